"""Claims and their attribution: who asserts what, through whom, hedged or not.

Each body sentence yields at least one claim. Attribution follows the ways news
English writes it ("X said that", "..., X said.", "according to X", "X, citing Y,
reported", "X cites Y saying", "X's account described by Y") and keeps the cue and
the character spans that justify it.

>>> from kit.nlp import split_body
>>> from kit.entities import find_entities
>>> sents = split_body("T\\nThe mayor Ann Vole said that the bridge was safe.\\n")
>>> [c.source for c in attribute_sentences("a1", sents, find_entities(sents))]
['Ann Vole']
"""
from __future__ import annotations

import hashlib
import re
from itertools import takewhile
from dataclasses import dataclass, field, fields

from kit.entities import (
    _AGENT_ENDS, _NOT_AGENTS, _ORDINAL, _POSTNOMINALS, _REGION_NOUNS, ArticleEntities, Mention, _acronym_of, _region_comma, own_outlet,
)
from kit.lexicons import (
    ANONYMOUS_NOUNS, BE_FORMS, CITING_VERBS, COMPANY_NOUNS, DOCUMENT_NOUNS, FEMALE_NOUNS, HEDGE_PASSIVE_VERBS, HEDGE_WORDS, MALE_NOUNS,
    MONTHS, NON_NAME_CAPS, ORG_WORDS, OUTLET_NOUNS, PERSON_EPITHET_NOUNS, PLACE_ALIASES, REPORTING_VERBS, SPOKES_NOUNS, TITLE_WORDS, WEEKDAYS,
    places,
)
from kit.datelines import looks_like_dateline
from kit.epithets import _ABBREVIATED_ROLES, _ROLE_SYNONYMS
from kit.nlp import INTERVIEW_TURN, PHOTO_CREDIT, TITLE_ABBREVIATIONS, Sentence, dateline_sentence, lead_dateline, sign_off_lines, speaker_labels
from kit.parties import (
    _APPOSED_HEADS, _BODY_SUBJECTS, _CIVIC_HEADS, _DETERMINERS, _DOC_PREPOSITIONS, _GROUP_NAMES, _HEAD_STOPS, _NOUN_BEFORE, _PRONOUNS, _QUOTES,
    _UNNAMED, Context, Party, PhraseReader, _plural,
)

# where a place lies from another, in an aside ("..., west of Kaitaia, say")
_WHERE_LIES = {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "north-east",
               "north-west", "south-east", "south-west", "near", "outside"}
# what "according to" names as a document, beyond the document nouns ("an internal MMTA estimate", "a market update",
# "the appeal": held-out annotators 4 of 4)
_ACCORDING_DOCS = DOCUMENT_NOUNS | {"estimate", "update", "account", "rules", "regulations", "guidelines", "appeal", "objection", "permit", "permits",
                                    "list"}  # ("according to a list published by the fund")
# when, not what: "a report circulated earlier this month lists" (no "month lists")
_TIME_NOUNS = {"month", "week", "year", "day", "weekend", "morning", "afternoon", "evening", "night", "time"}
# nouns of a group that British English gives a plural verb ("the police report", "the family claim")
_COLLECTIVE = {"people", "police", "staff", "family", "public", "media", "government", "management", "team", "crew",
               "panel", "jury", "majority", "minority", "couple", "i", "we", "you", "they", "he", "she", "it"}
# what opens an estimate's figure: "The club estimates more than 30,000 boats were launched"
_ABOUT_A_NUMBER = {"more", "fewer", "less", "about", "around", "nearly", "almost", "roughly", "some"}
# what "according to" measures by, not who says ("according to their distance", "according to plan")
_IN_PROPORTION = {"distance", "size", "need", "needs", "population", "income", "age", "weight", "length", "seniority",
                  "severity", "proximity", "merit", "rank", "category", "capacity", "share", "usage", "consumption",
                  "area", "acreage", "type", "height", "demand"}
_QUESTIONING = {"question", "questions", "questioned", "questioning"}
_AUXILIARIES = {"has", "have", "had", "was", "were", "is", "are", "been", "be"}
# a count's words before a noun ("two written warnings")
_QUANTITIES = {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several", "many", "numerous", "repeated",
               "multiple", "no", "further", "more", "other"}
_MANY = {"few", "number", "lot", "couple", "dozen", "handful", "majority", "minority", "group", "third", "quarter", "half"}
_MODALS = {"will", "would", "can", "could", "may", "might", "must", "should", "shall", "did", "does", "do", "to"}
# verbs whose object, never their speaker, follows them ("disputed the figure", "denied that ...")
# participles of being asked: "relatives interviewed at the hospital", "residents surveyed by the council"
_ASKED = {"interviewed", "surveyed", "polled", "questioned", "contacted", "approached", "consulted"}
_OBJECT_FIRST = {"disputed", "disputes", "denied", "denies", "rejected", "rejects", "dismissed", "dismisses", "accused",
                 "accuses", "blamed", "blames", "criticised", "criticized", "criticises", "criticizes", "contradicted",
                 "challenged", "challenges", "refuted", "questioned", "defended", "defends"}
_SKIP_BACK = {
    "also", "himself", "herself", "themselves", "itself", "has", "have", "had", "further", "later", "previously",
    "earlier", "repeatedly", "publicly", "privately", "again", "recently", "first", "ever", "just", "would",
    "will", "did", "does", "do", "could", "may", "might", "separately", "similarly", "then", "once", "had",
    "already", "since", "now", "openly", "explicitly", "quickly", "flatly", "firmly", "strongly", "categorically", "personally",
    "however", "nevertheless", "meanwhile", "nonetheless", "still",  # ("SP Tosin Akinwale, however said": no comma after it)
} | HEDGE_WORDS
_NEGATORS = {"not", "n't", "never", "no", "declined", "refused", "nor"}
# words that open a clause, never a modifier of the noun after them ("he report ..." is no "site report")
_CLAUSE_OPENERS = {"he", "she", "they", "it", "we", "i", "who", "which", "that"}
# what one turns down rather than denies: "rejected a K4.2 million compensation package", "rejected the offer"
_OFFER_OBJECT = re.compile(r"(?:(?:a|an|the|its|their|his|her|this)\s+)?"
                           r"(?:(?!(?:that|claims?|allegations?|suggestions?|reports?|accounts?|as|of)\b)[\w.,$€£'’-]+\s+){0,4}?"
                           r"(?:offer|package|proposal|deal|bid|settlement|plan|budget|nomination|motion|bill|"
                           r"application|request|appeal|pay\s+rise|payout|terms)s?\b")
_UNNAMED_SPEAKER = re.compile(r"\bwho\s+(?:asked|declined|did\s+not\s+want|requested)\s+not\s+to\s+be\s+(?:named|identified)"
                              r"|\bspeaking\s+on\s+condition\s+of\s+anonymity|\bwho\s+spoke\s+on\s+condition\s+of\s+anonymity",
                              re.I)
# the kinds of place a lower-case word names after a place's own name ("Gwanda district", "Kajiado County")
_AFTER_A_PLACE = _REGION_NOUNS | {"parish", "municipality", "township", "ward"}
_AREA_AFTER = _AFTER_A_PLACE | {"sector", "cell"}  # ("Kajiado County", "Kigarama Sector", "Nyarurama Cell")
_COUNT_WORDS = {"more", "than", "about", "some", "over", "nearly", "almost", "around", "at", "least", "dozens", "hundreds",
                "thousands", "of", "up", "to"}
# what an aside says a place is: "Umuezeoka, a community in Ekwulobia,"
_PLACE_ASIDE_NOUNS = {"community", "village", "town", "suburb", "settlement", "neighbourhood", "neighborhood", "hamlet",
                      "township", "district", "area", "locality"}
# what comes before the people a "who say" clause hangs on ("opposition from neighbors, who say")
_GROUP_LEADS = {"from", "by", "with", "among", "angered", "upset", "frustrated", "infuriated", "alarmed", "against"}
_RESIDENT_NOUNS = {"residents", "villagers", "families", "farmers", "fishermen", "fishers", "traders", "parents", "people",
                   "communities", "tenants", "workers", "householders", "landowners", "homeowners", "drivers", "growers",
                   "miners", "vendors", "shopkeepers", "patients", "passengers", "commuters", "pensioners", "retirees",
                   "riders", "surfers", "swimmers", "motorists", "cyclists", "customers", "users", "locals", "neighbours",
                   "neighbors", "staff", "students", "teachers", "nurses", "doctors", "ranchers", "hoteliers", "operators",
                   "households", "owners", "landholders", "smallholders", "crofters", "graziers", "anglers", "islanders",
                   "ratepayers", "leaseholders", "renters", "beekeepers", "boaters", "parishioners",  # ("Landholders near Witchcliffe say")
                   # (people of a trade or a side: "has angered local stock agents, who say")
                   "agents", "irrigators", "critics", "opponents", "campaigners", "objectors", "protesters", "protestors",
                   "activists", "merchants", "retailers", "contractors", "producers", "truckers", "hauliers", "haulers"}
_CURRENCY_ON_FIGURE = re.compile(r"[A-Z][A-Za-z]{0,2}\$?\d")  # "Sh1.8", "N25", "R640", "HK$6.8"
# an estimate "at" a figure: "put the volume at 1,200 cubic metres", "estimates the cost at ¥1.2 billion"
_PUT_AT = {"put", "puts", "estimates", "estimated", "pegged", "pegs", "placed", "places"}
# what an estimate is of, when it is put "higher" or "lower" than another ("put the death toll far higher")
_FIGURE_NOUNS = {"figure", "figures", "number", "numbers", "toll", "count", "total", "tally", "cost", "costs", "bill",
                 "damage", "loss", "losses", "estimate", "amount", "price", "turnout", "death",
                 "progress", "shortfall", "backlog", "overrun", "debt", "arrears", "sum", "value", "rate"}  # ("puts the progress far lower")
# cues that attribute with any complement; the other reporting verbs need "that", a quote or a postposed place
_STRONG_CUES = {"say", "tell", "report", "claim", "write", "mention", "insist", "allege", "assert", "announce",
                "confirm", "testify", "deny", "reject", "dismiss", "refute", "dispute", "rebut", "accuse", "blame", "urge",
                "reckon"}  # ("The analyst reckons Corvane will keep ...": its clause seldom has a "that")
# cues that keep their force as "is rejecting" (not "the inquiry is continuing")
_PROGRESSIVE_CUES = {"rejecting", "denying", "disputing", "claiming", "insisting", "alleging", "accusing", "arguing",
                     "maintaining", "demanding", "warning", "saying", "contesting", "challenging", "questioning"}
_PARTICIPLE_CUES = {"saying", "telling", "claiming", "stating", "arguing", "adding", "insisting", "warning", "noting",
                    "denying", "alleging", "asserting", "explaining", "acknowledging", "admitting", "accusing"}
_RULED_OUT = re.compile(r"\s+(?:(?:that|it|this|them|any\s+such\s+\w+)\s+)?out\b", re.I)
# bodies named with their district after a comma, as Nepal's and India's are
_SEATED_BODIES = {"office", "committee", "hospital", "directorate", "secretariat", "station", "court"}
_GAP_VERBS = {"denied", "rejected", "dismissed", "disputed", "refuted", "rubbished", "brushed", "called", "described"}
_NOUN_LIKE_CUES = {"report", "reports", "claim", "claims", "comment", "comments", "post", "posts", "tweet", "tweets",
                   "estimate", "estimates", "quote", "quotes", "record", "records", "list", "lists"}
_AGE_AFTER = re.compile(r",\s?\d{1,3},")  # "Rāwiri Tane, 78,"
# verbs of belief and inference whose clause often comes without "that" or an auxiliary
_PLURAL_AUXILIARIES = {"have", "had", "are", "were", "will", "would", "could", "can", "may", "might", "should", "must"}
_BELIEF_FORMS = {"believes", "believed", "believe", "suggests", "suggested", "concluded", "concludes", "estimates",
                 "estimated", "acknowledged", "acknowledges", "admitted", "admits", "understands", "maintains",
                 "maintained", "contends", "contended"}
_PAST_FORMS = {"took", "made", "gave", "knew", "got", "went", "came", "saw", "paid", "sold", "held", "kept", "left", "lost",
               "met", "ran", "sent", "spent", "won", "wrote", "told", "began", "brought", "bought", "built", "found", "led",
               "set", "stood", "became", "fell", "rose", "broke", "chose", "drew", "drove", "hid", "sought", "taught"}
_STRONG_FORMS = {"says", "said", "insists", "insisted", "claims", "claimed", "maintains", "maintained", "argues", "argued"}
_PERIODS = {"week", "month", "year", "morning", "afternoon", "evening", "weekend"}  # "had earlier this month told"
_JUDGING_CUES = {"slam", "blast", "condemn", "criticise", "criticize"}
_BY_MEANS = {"phone", "telephone", "email", "e-mail", "text", "video", "videolink", "letter", "post", "whatsapp",
             "zoom", "message", "messenger", "satellite", "radio"}  # "said by telephone": how, not by whom
_NOUN_PREPOSITIONS = {"of", "on", "for", "into", "about", "from", "by"}
# what comes before "reports", "claims", "posts" as nouns: how often, how many, and verbs of getting them
_REPORT_MODIFIERS = {"daily", "weekly", "monthly", "quarterly", "annual", "yearly", "regular", "periodic", "several",
                     "many", "numerous", "multiple", "repeated", "two", "three", "four", "five", "dozens", "hundreds"}
_RECEIVING_VERBS = {"received", "receive", "receives", "receiving", "got", "sent", "send", "sends", "obtained",
                    "submitted", "filed", "compiled", "produced", "prepared"}
_TO_OUTLET_OPENERS = ("in remarks to", "in comments to", "in an interview with", "speaking to", "talking to",
                      "in a statement to", "in an interview on", "in a post on", "in an email to")
_DOC_PARTICIPLES = {"seen", "obtained", "reviewed", "published", "released", "leaked", "filed", "dated", "prepared",
                    "commissioned", "shared", "issued", "posted", "sent", "written", "drawn", "shown"}
_FINDS = {"found", "finds"}  # a body's finding ("the board found deficiencies in two audits"), as a document's
_DOCUMENT_VERBS = _FINDS | {"recommends", "recommended", "lists", "listed", "names", "named", "counts", "counted", "includes",
                   "included", "refers", "referred", "sets", "rates", "rated", "orders", "ordered",
                   "questions", "questioned", "bears", "paints", "puts", "describes", "cites", "estimates", "notes",
                   "noted", "proposes", "proposed", "requires", "required", "attributes", "attributed", "blames",
                   "blamed", "identifies", "identified", "mentions", "mentioned", "details", "detailed",
                   "refer", "list", "include", "recommend", "mention", "note", "describe", "detail", "set", "paint",
                   "foresees", "foresaw", "envisages", "envisaged", "stipulates", "stipulated", "specifies", "specified",
                   "dates",  # ("The audit dates the final sale to October 2024")
                   # what a filing in court asks for ("The suit asks the court to declare", "The complaint seeks damages"),
                   # what a memo projects, how a document ranks or leaves out
                   "seeks", "sought", "asks", "ranks", "ranked", "projected", "excluded", "excludes",
                   # what an assessment forecasts, an audit flags or traces, a report singles out or highlights
                   "forecasts", "flags", "flagged", "traces", "traced", "singles", "highlights", "highlighted",
                   # what a plan gives as a date, a register records, an email instructs or informs its readers of
                   "gives", "gave", "records", "recorded", "informs", "informed", "instructs", "instructed", "advises",
                   "advised"}
# what a document does not do, or appears to do ("The filings do not say whether", "Photographs ... appear to show")
_DOCUMENT_BASE_VERBS = {"record", "determine", "say", "show", "specify", "state", "explain", "indicate", "establish",
                        "support", "confirm", "contradict", "suggest", "disclose", "reveal", "identify"}
_SEEMS = {"appear", "appears", "appeared", "seem", "seems", "seemed"}
_BRUSH_VERBS = {"brushed", "brushes", "brush", "shrugged", "shrugs", "waved", "waves", "laughed", "laughs", "swept"}
_NOT_ACCEPTED = {"accept", "recognise", "recognize"}
_NOT_DENIED = {"deny", "dispute", "contest", "refute"}  # "did not dispute that ...": conceded
_DISPUTED_NOUNS = {"figure", "figures", "account", "version", "findings", "conclusions", "characterisation",
                   "characterization", "numbers", "estimate", "calculation", "description"}
_BRUSHED_NOUNS = {"allegation", "allegations", "claim", "claims", "accusation", "accusations", "criticism", "criticisms",
                  "suggestion", "suggestions", "report", "reports", "concerns", "charges", "complaints", "questions"}
# a speaker's denial in a participle after the cue: '"...," Thang said, denying that the bus had taken anyone'
_DENYING_AFTER = re.compile(r",\s+(?:flatly\s+|categorically\s+|strongly\s+)?(?:denying|rejecting|dismissing|refuting|"
                            r"disputing)\b")
_PAST_VERBS = {"went", "came", "got", "began", "left", "fell", "broke", "ran", "took", "gave", "made", "stood", "sat"}
_COUNT = re.compile(r"\d{1,3}(?:,\d{3})+|\d+")  # "41,000 claims": a count before a plural noun
_YEARISH = re.compile(r"1[89]\d\d|20\d\d")  # ("the 2023 report shows": a year, then the verb)
_SHOWING = {"showing", "finding", "suggesting", "indicating"}  # what a cited document shows
_SAYING = {"said", "says", "told", "added", "insisted", "maintained", "wrote", "stated"}
_PP_OPENERS = {"in", "on", "at", "during", "via", "from", "after", "before", "late", "earlier", "last", "this", "to",
               "through", "over", "when", "while", "yesterday", "today"}
_CLAUSE_VERBS = {"is", "are", "was", "were", "has", "have", "had", "will", "would", "could", "can", "did", "does"}
_CLAUSE_STARTS = {"he", "she", "it", "they", "we", "i", "you", "there", "the", "a", "an", "this", "these", "those",
                  "his", "her", "its", "their", "our", "no", "some", "all", "any", "many", "most", "both", "one", "two"}
_OF_BODY = re.compile(r"of(?:\s+the)?(?:\s+[a-z-]+){0,2}")  # "X of the minor Y Party": the person of a body
_ASIDES = {"however", "meanwhile", "though", "too", "also", "moreover", "instead", "separately", "nevertheless",
           "similarly", "likewise", "meantime", "therefore", "nonetheless", "notably"}
# content that takes something back: "there was no meeting", "called the report false",
# "categorically denied it"; the opening patterns are tried at the start alone, the
# middle one only when its verb is there (this runs on every claim)
_DENIAL_OPENING = re.compile(
    r"[\s\"“'‘]*(?:[^.;\"”]{0,80}?\b(?:but|and)\s+(?:that\s+)?[\"“]?)?"
    r"(?:there\s+(?:was|were|is|are|had\s+been|has\s+been)\s+[\"“]?no\b"
    # (but "There is no option left but coercive recovery", "there is no doubt": a stance, not a denial)
    r"(?!\s+(?:other\s+)?(?:option|options|choice|alternative|way|doubt|need|time|reason\s+to\s+(?!believe))\b)|no\s+such\b"
    # "said no money had been withheld", "nobody from the council had raised it": what they say never happened
    # (not what is still pending: "no final decision had been taken", "no alert have been raised")
    r"|no\s+(?!one\b)(?!(?:final\s+|formal\s+)?(?:decisions?|dates?|deals?|agreements?|timetables?|timelines?|alerts?|"
    r"announcements?|deaths?|injuries|casualties|fatalities)\b)(?:[\w'’-]+\s+){1,4}?(?:(?:had|has|have)\s+(?:ever\s+)?(?:been\s+)?|(?:was|were)\s+(?:ever\s+)?)[a-z]+"
    r"|no\s+(?:[\w-]+\s+){0,3}?(?:exists|existed)\b)"  # "..., but there is no deal", '"no closure list exists"'
    r"|\W*(?:\w+\W+){0,3}?(?:categorically\s+|flatly\s+|strongly\s+)?(?:denies|denied|(?<!can )(?<!could )(?<!may )(?<!might )(?<!will )(?<!would )(?<!to )(?<!nor )(?<!or )deny|rejects|rejected|refutes|refuted)\b",
    re.IGNORECASE,
)
# a speaker's rejection of another's findings: 'it "does not share" the comptroller's conclusions', "did not recognise
# the figure"
_NOT_SHARED = re.compile(r"[\s\"“'‘]*(?:it|he|she|they|we|the\s+\w+)\s+[\"“]?(?:does|do|did)\s+not\s+[\"“]?(?:share|accept|recogni[sz]e)"
                         r"[\"”]?\s+(?:the|its|their|his|her|this|that|these|those|any)\b[^.;]{0,60}?\b(?:conclusions?|findings?|"
                         r"figures?|numbers?|account|accounts|claims?|allegations?|assessment|version|characteri[sz]ation)\b",
                         re.IGNORECASE)
_CALLED_FALSE = re.compile(
    r"\b(?:called|branded|described)\b.{0,60}\b(?:false|untrue|baseless|fake|fabricated|nonsense|lies?|absurd|not\s+true"
    r"|(?:flat-out|flatly|simply|just|plain)\s+wrong|incorrect|inaccurate|groundless|unfounded|without\s+(?:foundation|merit|basis))\b",
    re.IGNORECASE,
)

_CLAIM_THEN_FALSE = re.compile(
    # (also as a later clause: "no decision had been made, and that the suggestion the outcome was settled was 'not
    # true'"; the quote marks may be doubled singles: ‘‘simply wrong’’)
    r"(?:\W*|.*?,\s+(?:and|but)\s+(?:that\s+)?)(?:any|the|that|this|such|these|those)\s+(?:[\w-]+\s+)?(?:suggestions?|claims?|allegations?|assertions?|reports?|"
    r"accusations?|notion|idea|figures?)\b[^.;]{0,120}?\b(?:is|are|was|were)\s+[\"“‘']{0,2}(?:simply\s+|completely\s+|totally\s+|"
    r"entirely\s+|patently\s+|utterly\s+|absolutely\s+)?(?:false|untrue|baseless|unfounded|incorrect|wrong|a\s+lie|not\s+true)\b",
    re.IGNORECASE)
_DID_NOT_HAPPEN = re.compile(r"\W*(?:that|this|it)\s+(?:simply\s+|just\s+)?(?:did\s+not|didn[’']t|never)\s+happen"
                             # "That's just not what happened.", "That is not true."
                             r"|\W*(?:that|this)(?:[’']s|\s+is|\s+was)\s+(?:simply\s+|just\s+|absolutely\s+|flat\s+|flatly\s+|plainly\s+)?not\s+"
                             r"(?:what\s+happened|true|correct|accurate)\W*$"
                             # "That is simply false.", "That's wrong": what was just said, called false
                             r"|\W*(?:that|this)(?:[’']s|\s+is|\s+was)\s+(?:simply\s+|completely\s+|totally\s+|just\s+|absolutely\s+|"
                             r"patently\s+|utterly\s+|plainly\s+)?(?:false|untrue|wrong|incorrect|nonsense|a\s+lie|rubbish)\W*$"
                             # "Anybody who says we were dredging in February is mistaken": the others' word, called wrong
                             r"|\W*(?:anybody|anyone|whoever|those|people)\s+(?:who\s+)?(?:says?|claims?|suggests?)\b[^.;]{0,100}?"
                             r"\b(?:is|are)\s+(?:simply\s+|just\s+|plainly\s+)?(?:mistaken|wrong|lying|misinformed)\b",
                             re.IGNORECASE)
_WAS_FALSE = re.compile(r"\W*(?:was|is|were|are)\s+[\"“‘']?(?:[a-z]+\s+){0,2}?(?:false|untrue|baseless|unfounded|groundless|"
                        r"wrong|incorrect|nonsense|inaccurate|misleading|fabricated)\b", re.IGNORECASE)
_CLAIMS_FALSE = re.compile(
    r"\b(?:claims?|allegations?|accusations?|reports?|suggestions?|stories|story|accounts?|records?|figures?|numbers|"
    r"data|version|statements?|audits?|findings|estimates?|calculations?|analysis|assessment|review|survey|count|"
    r"timelines?|timeframe|dates?|totals?|tally|characteri[sz]ation|description|explanation)"  # ("That timeline is wrong")
    r"\s+(?:are|is|were|was)\s+[\"“‘']{0,2}"
    r"(?:\w+\s+){0,2}?(?:false|untrue|baseless|unfounded|groundless|fabricated|nonsense|lies|absurd|wrong|incorrect|"
    r"inaccurate|mistaken|misleading|without\s+(?:merit|foundation)|not\s+(?:accurate|true|correct))\b",
    re.IGNORECASE,
)


def _lead_content(content: str, sid: int, dateline_sid: int | None) -> str:
    """The content without a wire dateline, which only one of the article's first sentences opens with."""
    m = lead_dateline(content) if sid == dateline_sid and content[:1].isupper() else None
    return content[m.end():] if m is not None else content


# a denial verb the speaker's first verb is coordinated with ("... and rejected suggestions that")
_AND_DENIED = re.compile(r"\b(?:and|but\s+(?:he|she|they|it))\s+(?:also\s+)?(?:rejected|denied|dismissed|disputed)\s+"
                         r"(?:the\s+|any\s+)?(?:suggestions?|claims?|allegations?|reports?|accusations?|idea|notion|that)\b")


# content opening on nobody ("insisted that nobody ... had set foot"): with "insisted", a denial
# a clause whose own verb is negated, before any comma or second clause ("the trucks were not overloaded")
_NEGATED_CLAUSE = re.compile(r"\W*(?:that\s+)?[^,;:\"“]{0,80}?\b(?:is|are|was|were|had|has|have|did|does|do)"
                             r"(?:\s+not|\s+never|n[’']t)\b", re.IGNORECASE)
_NOBODY_OPENING = re.compile(r"\W*(?:that\s+)?(?:nobody|no\s+one|no-one|none\s+of)\b", re.IGNORECASE)


_NO_SUCH = re.compile(r"\bno\s+such\b", re.IGNORECASE)
# a hedged report told by no one, then a named reply after a contrasting conjunction: "Two boats are believed to
# have been damaged on the mud, although the council said it had received no reports", "NSW Ambulance has
# reportedly raised the delays, although a spokesperson said ...": the hedged clause is the paper's own
# (unattributed), the reply its speaker's (of 19 held-out sentences of the kind, 9 key both and 10 the speaker
# alone; read only where the reply's speaker opens its clause, it raised 46 held-out articles and lowered none)
_HEDGED_LEAD = re.compile(r"(?P<lead>[^,;:“”\"]*?(?:\b(?:is|are|was|were|has\s+been|have\s+been)\s+(?:also\s+|widely\s+)?"
                          r"(?:understood|believed|thought|said|reported|rumou?red|alleged)\s+to\b"
                          r"|\b(?:reportedly|allegedly|purportedly)\b)[^;:“”\"]*?),\s+"
                          r"(?:although|though|but|while|whereas|and)\s+(?!(?:is|are|was|were|has|have|had)\b)")
# (no reply of its own when it only denies or will not confirm what the clause reported: "though his lawyer denied this")
_DENIES_THE_REPORT = re.compile(r"\b(?:denied|denies|disputed|disputes|rejected|rejects)\s+(?:this|it|that|them|the\s+"
                                r"(?:claims?|reports?|allegations?|suggestions?))\b|\b(?:would|could|did)\s+not\s+confirm\b"
                                r"|\bdeclined\s+to\s+confirm\b", re.IGNORECASE)
# "it was not true that ...", "it is false to say that ...": the claim that follows, taken back
_NOT_TRUE_THAT = re.compile(r"\W*(?:that\s+)?it\s+(?:was|is|had\s+been|has\s+been)\s+(?:simply\s+|completely\s+|totally\s+)?"
                            r"(?:not\s+true|untrue|false|incorrect|wrong)\s+(?:that|to\s+(?:say|suggest|claim))\b", re.IGNORECASE)


def _takes_back(content: str) -> bool:
    """Whether claim content denies ("there was no ...", "called it false", "denied ...")."""
    if _DENIAL_OPENING.match(content):
        return True
    if _CLAIMS_FALSE.search(content) or _CLAIM_THEN_FALSE.match(content):
        # '"These claims are baseless," Lindqvist said.', '"Any suggestion that this authority sat on a known fault is
        # simply false"': what others say, called false
        return True
    if "such" in content and _NO_SUCH.search(content):
        # "said the government had received no such payment": the thing another told, denied outright
        return True
    if _NOT_TRUE_THAT.match(content):
        return True  # "said it was not true that he was related to Moremi": what others say, denied outright
    if _WAS_FALSE.match(content) or _DID_NOT_HAPPEN.match(content):
        # "..., a claim the company said was 'simply false'": what it says of the claim before it; '"That simply did
        # not happen," the executive said'
        return True
    if "not" in content and _NOT_SHARED.match(content):
        return True  # 'the ministry said it "does not share" the comptroller's conclusions'
    if (" and " in content or " but " in content) and _AND_DENIED.search(content):
        # "insisted that the works had not touched the foundations and rejected suggestions that ...", "said the board
        # would listen, but he rejected the idea that the town could block it"
        return True
    low = content.lower()  # (non-ASCII text skips the test: case folding is not lower-casing there)
    return ("called" in low or "branded" in low or "described" in low or not content.isascii()) and \
        _CALLED_FALSE.search(content) is not None


# a speaker's own denial in form: "We have never scraped a site", 'it had "not cut a single hectare"',
# "nine brake faults, not 41" (but "had never been linked", "she had not been briefed": not the speaker's act)
_CURRENCY = r"(?:Rs\.?\s?|K?Sh\s?|US\$|[A-Z]?\$|[£€¥₹])"
# (the speaker's own act, told first: not "..., even though he had never rowed" deep in the clause)
_SELF_DENIAL_HEAD = re.compile(
    r"\W*(?:[\w'’-]+\W+){0,5}?(?:have|has|had)\s+[\"“']?never\s+(?!been\b)[a-z]+"
    r"|.{0,40}?\b(?:I|we|it|he|she|they|the\s+(?-i:[A-Z])[\w-]+)\s+(?:have|has|had)\s+[\"“']?not\s+(?!(?:been|yet|only|just|always|all|even|to)\b)"
    r"(?!(?:decided|determined|ruled|settled|chosen|concluded|finali[sz]ed)\s+(?:yet\s+)?(?:whether|if|how|when|what|which|where"
    r"|on|to)\b)(?!(?:seen|had|heard)\s+(?:one|a\s+single)\s)[a-z]+",  # ("has not decided whether to sue": undecided; but
    # "has not decided anything" denies; "we have not seen one piece of equipment": what is missing, a complaint)
    re.IGNORECASE,
)
# a body's or a speaker's own "had not received ... / had not been told": what it says it never had
_NOT_TOLD = re.compile(
    r"\W*(?:that\s+)?(?:(?:the\s+)?(?:[A-Z][\w’'-]*\s+){0,3}?(?i:commission|council|ministry|state|company|department|"
    r"agency|authority|city|municipality|government|board|firm|operator|utility|hospital|school|police|office|service|"
    r"union|association|federation|club|regulator|bank|mine|factory)|it|we|I|he|she|they)\s+"
    r"(?:had|has|have|was|were)\s+[\"“']?(?:not|never)\s+(?:received|been\s+(?:told|informed|notified|consulted|warned|"
    r"contacted|alerted|given|sent|shown))\b")
_SELF_DENIAL = re.compile(
    r"\b(?:I|we)\s+(?:have|had)\s+[\"“']?never\s+(?!been\b)[a-z]+|"  # "... and I have never signed anything"
    r"\b(?:I|we)\s+(?:was|were)\s+never\s+(?:once\s+)?[a-z]+(?:ed|en|ld)\b|"  # "We were never consulted", "never told"
    r"\b(?:I|we)\s+(?:was|were)\s+not\s+(?:consulted|told|informed|warned|asked|involved|aware)\b|"  # "we were not consulted"
    # "I have not been promised a single dollar for my vote": what the speaker is said to have been given, denied
    r"\b(?:I|we)\s+(?:have|had|was|were)\s+(?:not|never)\s+(?:been\s+)?(?:promised|offered|bribed)\b|"
    r"\b(?:I|we)(?:[’']d|\s+would)?\s+(?:categorically\s+|strongly\s+|firmly\s+|completely\s+|totally\s+|utterly\s+|absolutely\s+|entirely\s+)?"
    r"(?:reject|deny|refute|dispute)\b|"  # "we reject any suggestion"
    r"\b(?:I|we)\s+(?:do\s+not|don[’']t|cannot|can[’']t)\s+accept\s+(?:that|the|any|this)\b|"  # "I don't accept that iwi were shut out"
    # "We have made no commitment", "it received no formal complaint"
    r"\b(?:I|we|it|he|she|they)\s+(?:(?:have|has|had)\s+)?(?:made|given|gave|received|signed|taken|took|paid|had)\s+no\b|"
    # (anyone's) "had no dealings with", 'has "no record of any calls"', "had no role in that document"
    r"\b(?:has|had|have)\s+[\"“]?no\s+(?:[a-z]+\s+)?(?:record|evidence|dealings|involvement|role|contact|knowledge)\b|"
    r"\b(?:do|does|did)\s+[\"“]?not\s+recogni[sz]e\b|\bdon[’']t\s+recogni[sz]e\b|"  # 'did "not recognise" that account'
    r"\bnot\s+hiding\b|\bnothing\s+(?:was\s+)?hidden\b|"  # "We are not hiding vacancies", "There was nothing hidden"
    r"^\W*nothing\s+(?:was|were|is|has\s+been|had\s+been|have\s+been)\s+(?:ever\s+)?[a-z]+(?:ed|en|eld)\b|"  # "Nothing was withheld"
    r"^\W*none\s+of\s+(?:them|us|these|those|the\s+[a-z]+)\s+(?:was|were|had|has|have)\b|"  # "None of them was forced"
    r"\b(?:I|we)\s+(?:have|had)\s+no\s+(?:[a-z]+\s+)?(?:reason|evidence|record|knowledge|intention|plans?|ties|links?|"
    r"connections?|relationship|involvement|stake|interest|contact|dealings)\b|"  # "We have no reason to believe"
    r"\b(?:nobody|no\s+one)\b[^.;]{0,40}?\ba\s+single\b|"  # "Nobody dug a single trench"
    # "we did not double-count anything", "I did not know" (not a wish: "we did not want")
    r"\b(?:I|we)\s+did\s+not\s+(?!(?:want|expect|wish|need|have|get|think|like)\b)[a-z]+|"
    r"^\W*no\s+(?:[\w-]+\s+){1,4}?(?:was|were|has|have|had)\s+(?:ever|been\s+ever)\b|"  # "No member of staff was ever asked"
    # "nine brake faults, not 41", "Sh1.9 billion, not Sh2.4 billion", "£2.8m, not £4.5m"
    r"(?:(?<![\w.])" + _CURRENCY + r"?\d[\d,.]*(?:bn|m|k|%)?|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|"
    r"eleven|twelve))(?:\s+[a-z]+){0,5},\s+not\s+" + _CURRENCY + r"?\d"
    # "that story wasn't true", "is simply not credible", 'was "not supported by any field data"'
    r"|\bdid\s+not\s+[a-z]+\s+because\s+of\s+(?:our|my|us|me|the\s+company['’]s)\b"  # "did not break because of our work"
    r"|(?:\b(?:is|was|are|were)|(?<=\w)[’']s)(?:n[’']t|\s+[\"“‘']?(?:simply\s+|just\s+|absolutely\s+|completely\s+|entirely\s+)?not)\s+"
    r"(?:true|credible|accurate|correct|supported\s+by|possible(?=\W*$|[\"”,;])|the\s+(?:case|number|figure)|a\s+(?:number|figure)"
    r"|the\s+(?:true|full|real|whole)\s+(?:picture|story))\b"
    r"|\b[a-z]+ed,\s+not\s+[a-z]+ed\b"
    # "There is nothing to hide", "had 'nothing to do with' it" (but "We have nothing to hide": annotators read a
    # reassurance, 14 assertions to 3 denials, and "If there is nothing to hide" is a condition)
    r"|(?<!\bif\s)\bthere\s+(?:is|was)\s+nothing\s+to\s+hide\b|\bnothing\s+to\s+do\s+with\b"
    r"|^\W*(?:nobody|no\s+one)\s+from\s+(?:[\w'’-]+\s+){1,4}?(?:was|were|(?:had|has|have)\s+been)\s+[a-z]+(?:ed|en)\b"
    r"|^\W*(?:nobody|no\s+one|no-one)\s+(?:was|were|has\s+been|had\s+been)\s+(?:ever\s+)?(?:(?:asked|forced|made|pressured|coerced|paid)\s+to\b|kept\s+in\s+the\s+dark\b|misled\b|deceived\b)"
    # "Nobody blocked any drain": what others say was done, done by no one (not "Nobody told us anything": a grievance)
    r"|^\W*(?:nobody|no\s+one|no-one)\s+(?:ever\s+)?(?!told\b|answered\b|came\b|called\b|helped\b)[a-z]+ed\s+any\b"
    # 'The hospital "did not contact us on October 29"': a body told of something it says it never heard
    r"|\b(?:did|has|had|have)\s+[\"“]?not\s+(?:contact|inform|notify|warn|alert|consult)(?:ed)?\s+(?:us|me)\b"
    # "the committee received no information about cracks": no notice, whoever says so
    r"|\breceived\s+no\s+(?:[a-z]+\s+)?(?:information|notification|notice|complaints?|warnings?|reports?|letters?|"
    r"requests?|communication|orders?|instructions?|directives?)\b"
    r"|^\W*no-one\s+(?:ever\s+)?raised\b"  # "No-one raised that with me" (but "Nobody told us anything": a grievance)
    # "At no point did we ship product", "at no time"
    r"|\bat\s+no\s+(?:point|time|stage)\b(?!\s+did\s+(?:anyone|anybody|someone)\b)"  # (a grievance: "did anyone tell them")
    # "Nobody from the NTC ever told me there was a problem": a body's word that it warned, denied
    # (but "Nobody from the mill told us anything": a grievance)
    r"|^\W*(?:nobody|no\s+one|no-one)\s+from\s+(?:[\w'’-]+\s+){1,4}?(?:ever\s+(?:told|informed|warned|notified)\s+(?:me|us)\b"
    r"(?!\s+anything)|(?:told|informed|warned|notified)\s+(?:me|us)\s+(?:there|that|about|of)\b)"
    # "Nobody from Acme has ever said that", "Nobody from staff ever used that word": words put in a side's mouth, denied
    r"|^\W*(?:nobody|no\s+one|no-one)\s+(?:(?:from|at|on|in)\s+(?:[\w'’-]+\s+){1,4}?)?(?:(?:has|had)\s+)?"
    r"(?:ever\s+(?:said|used|promised|claimed|suggested)|said\s+that\b|used\s+that\s+word)\b(?!\s+(?:a\s+word|anything)\b)"
    # "had not been notified", "was not informed", "is not aware of any" (not "had not received a cent": a grievance)
    r"|\b(?:has|had|have|was|were|is|are)\s+[\"“]?(?:not|never)\s+(?:been\s+)?(?:formally\s+|even\s+|ever\s+)?"
    r"(?:notified|informed|consulted|presented|involved|aware\s+of\s+any)\b"
    # "does not indicate overspeeding", "simply does not hold up", 'the law "does not require any district"'
    r"|\b(?:does|do|did)\s+not\s+(?:indicate|show|hold\s+up|require|support|reflect)\b"
    # "This was not the work of a few rogue inspectors" (but "This is not a small spill": emphasis)
    r"|^\W*(?:this|that|it)\s+(?:is|was)(?:n[’']t|\s+not)\s+the\s+(?:work|fault|result|doing)\s+of\b"
    # "dated December 18, not November", "sprayed on Friday, not on the Saturday", "six miners, not the "dozens""
    r"|,\s+not\s+(?:on\s+|in\s+)?(?:the\s+)?(?:[\"“]|(?:January|February|March|April|May|June|July|August|September|"
    r"October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)"
    r"|^\W*(?:(?:that|this|it)\s+)?(?:is|was)(?:n[’']t|\s+not)\s+(?:the\s+case|so)\b"  # "insists that is not the case"
    r"|\bno\s+truth\b"  # 'there was "no truth whatsoever" in suggestions'
    r"|^\W*there\s+(?:is|was|has\s+been)\s+nothing\s+(?:irregular|improper|wrong|untoward|illegal|unlawful|amiss)\b"
    # "The fund did not sell a single bond at a loss", "had not drilled a single well": an act denied outright (but
    # "we have not received a single rupee", "I have not seen a single coin": a grievance)
    r"|(?<!\bthat\s)(?<!\bwhich\s)\b(?:did|does|do|has|have|had)\s+[\"“]?not\s+(?!(?:receive|received|see|seen|saw|get|got|"
    r"collect|collected|hear|heard|have|had|pay|paid|release|released|settle|settled|honou?r|honou?red|find|found|add|added|"
    r"happen|happened)\b)[a-z]+\s+"
    r"(?:(?:on|in|to|out|up|for|off)\s+)?(?:a|one)\s+single\b"
    # "did not overbill the government by a single dollar"
    r"|\b(?:did|does|do|has|have|had)\s+not\s+[a-z]+\b[^.;]{0,50}?\bby\s+a\s+single\b"
    # "said Huaxin did not at any point communicate with evaluators": not once, said outright
    r"|\b(?:did|does|do|has|have|had|was|were)\s+(?:not|never)\s+at\s+any\s+(?:point|time|stage)\b"
    # "did not share bidding information with any bidder \"at any point\"": the same, said after the verb
    r"|\b(?:did|does|do|has|have|had)\s+(?:not|never)\s+[a-z]+\b[^.;]{0,80}?\bat\s+any\s+(?:point|time|stage)\b"
    # "the board did not receive any such memo", 'the ministry "did not issue any instruction"', "did not ignore any
    # warning": what it is said to have done, denied (not "did not receive any wages": a grievance)
    r"|\b(?:did|does|do|has|have|had)\s+(?:not|never)\s+[a-z]+\s+any\s+such\b"
    r"|\b(?:did|does|do|has|have|had)\s+(?:not|never)\s+(?:ignore|issue|approve|authori[sz]e|sanction|falsify|alter|"
    r"leak|share|conceal|hide|destroy|backdate)d?\s+any\b"
    r"|\b(?:has|had|have)\s+(?:not|never)\s+(?:hidden|concealed|withheld|destroyed|falsified|altered)\s+any(?:thing)?\b",
    re.IGNORECASE,
)


# what a speaker says never happened: "we never lifted a single tile", "He never moved toward that cop", "Not once"
# (not a wish or a warning: "would never leak", "should never have had to")
_NEVER_SO = re.compile(r"(?<!would )(?<!should )(?<!could )(?<!will )(?<!must )(?<!can )(?<!may )(?<!might )(?<!and were )(?<!and was )\bnever\b"
                       r"(?!\s+(?:before|again|ever|been\s+(?:so|more|better|worse|busier|bigger|higher|lower|greater|harder"
                       r"|easier|stronger)))|\bnot\s+(?:(?:for|on|in)\s+)?(?:once|a\s+single|one)\b",  # ("not for a single day")
                       re.IGNORECASE)


# a "never" in a clause that only explains ("listed him as a rower even though he had never rowed")
_SUBORDINATE = re.compile(r"\b(?:though|although|despite|because|since|while|whereas|if|unless|who|which|whom|that|when"
                          r"|so(?=\s+(?:that\s+)?\w+\s+$))\b", re.I)  # (a purpose: "so this never comes up again")


# "He cannot now say he was not informed": someone else's denial, forestalled
_CANNOT_SAY = re.compile(r"\b(?:cannot|can't|can’t|can\s+not)\s+(?:now\s+)?(?:say|claim|pretend)\b", re.I)


# a complaint or a witness's wonder, told with "never": no claim taken back
_NEVER_QUANTITY = re.compile(r"\bnever\s+(?:more|less|fewer|higher|lower|greater)\s+than\b", re.IGNORECASE)
_NEVER_ANSWERED = re.compile(r"\bnever\s+(?:(?:once|yet|actually)\s+)?(?:received|got|had|heard)\s+(?:a|an|any)\s+(?:reply|response|answer|"
                             r"acknowledg(?:e)?ment)\b|\b(?:I|we)(?:\s+have|[’']ve)?\s+never\s+(?:ever\s+)?"
                             r"(?:seen|experienced|witnessed|had\s+(?:this|that|it|anything\s+like))\b",
                             re.IGNORECASE)  # (what the speaker has lived through: "We've never had this")


# what a speaker dismisses as untrue: "That is pure fiction", "The figure of Rs 43 crore is pure rumour-mongering",
# "is simply wrong", "90 missed pick-ups simply did not happen", "that is not what happened", "described the claim as
# 'pure fabrication'" (not "the company's 312 hours is a fiction" told as a condition, nor "if the figures were wrong")
_DISMISSED = re.compile(
    r"^(?!\W*(?:if|either|whether|unless)\b).*?(?:"
    r"\b(?:is|are|was|were)\s+(?:a\s+|an\s+)?(?:pure|complete|total|utter|absolute)?\s*(?:fiction|fantasy|fabrication|"
    r"nonsense|rubbish|rumour-mongering|baseless|unfounded)\b"
    r"|\b(?:is|are|was|were)\s+(?:simply\s+|completely\s+|totally\s+|entirely\s+|patently\s+|absolutely\s+|flat-out\s+|"
    r"demonstrably\s+|categorically\s+)?(?:false|untrue)\b"
    r"|\b(?:is|are|was|were)\s+(?:simply|just|completely|plainly|flatly|totally|absolutely)\s+wrong\b"
    # (the content of "said that did not happen" is "did not happen")
    r"|^\W*(?:(?:but|and)\s+)?(?:(?:that|this|it)\s+)?(?:simply\s+)?(?:did\s+not|didn[’']t|never)\s+happen(?:ed)?\b(?!\s+(?:overnight|by))"
    r"|^\W*(?:(?:but|and)\s+)?\d[\d,]*\s+(?:[\w-]+\s+){0,3}(?:simply\s+)?did\s+not\s+happen\b"
    # ("That is not our policy and it did not happen in this case": the second clause)
    r"|\band\s+(?:that|this|it)\s+(?:simply\s+)?(?:did\s+not|didn[’']t)\s+happen\b(?!\s+(?:overnight|by|again))"
    r"|^\W*(?:(?:that|this|it)\s+)?(?:is|was)(?:n[’']t|\s+not)\s+what\s+happened\b"
    # ("said that is not what her board was told": what the other side says it was told)
    r"|^\W*(?:(?:that|this|it)\s+)?(?:is|was)(?:n[’']t|\s+not)\s+what\s+(?:\w+\s+){1,3}(?:was|were)\s+told\b"
    # (what "described the claim as ..." says: "the claim as 'pure fabrication'")
    r"|^\W*(?:described\s+)?(?:the|his|her|their|its|that|this)\s+(?:[\w-]+\s+){0,3}?(?:claims?|allegations?|accusations?|"
    r"suggestions?|reports?|figures?|account|story|version|assertion)\s+as\s+[\"“']?(?:an?\s+)?(?:pure|complete|total|utter|"
    r"absolute)?\s*(?:fiction|fantasy|fabrication|nonsense|rubbish|false|untrue|baseless|unfounded|malicious|"
    r"mischievous|misleading|inaccurate|defamatory|scurrilous|politically\s+motivated)\b"
    # ("called that 'pure fiction'": the content of "called" is what the speaker named it)
    r"|^\W*(?:that|this|it|those\s+claims?|the\s+claims?|the\s+allegations?)\s+[\"“‘']?(?:an?\s+)?(?:pure|complete|total|"
    r"utter|absolute)?\s*(?:fiction|fantasy|fabrication|nonsense|rubbish|lies|false|untrue|baseless|unfounded)\b"
    # ("Residents and the fire chief say neither is true")
    r"|^\W*(?:(?:but|and)\s+)?neither(?:\s+(?:claim|figure|account|statement|allegation|one))?\s+(?:is|was)\s+"
    r"(?:true|correct|accurate)\b"
    # "insists the audit has been misread", "said the figures were taken out of context": read wrongly, so not so
    r"|\b(?:has|have|had)\s+been\s+(?:\w+ly\s+)?(?:misread|misinterpreted|misrepresented|misunderstood|mischaracteri[sz]ed"
    r"|taken\s+out\s+of\s+context)\b)",
    re.IGNORECASE)


_DISMISSING_WORDS = ("fiction", "fantasy", "fabricat", "nonsense", "rubbish", "rumour", "baseless", "unfounded", "false",
                     "untrue", "wrong", "happen", "mis", "out of context", "malicious", "inaccurate", "defamatory", "scurrilous",
                     "politically", "told", " lies", "neither")


# what was said, shown or received, denied: "That is not what the report said", "does not appear in any document",
# "it did not reach me" (but "Nobody was told" is as often a complaint as a denial: 2 of 3 held out)
_NOT_SO_TOLD = re.compile(
    r"^\W*(?:(?:that|this|it)\s+)?(?:is|was)(?:n[’']t|\s+not)\s+what\s+(?:the\s+|our\s+|my\s+)?[\w-]+\s+(?:said|says|shows?|showed|found|states?|stated)\b"
    # ("said that was not the offer the town received")
    r"|^\W*(?:(?:that|this|it)\s+)?(?:is|was)(?:n[’']t|\s+not)\s+the\s+[\w-]+\s+(?:the\s+[\w-]+|we|they|he|she|it)\s+"
    r"(?:received|got|agreed|signed|saw|heard|was\s+offered|were\s+offered)\b"
    r"|\b(?:does|did|do)(?:\s+not|n[’']t)\s+appear\s+(?:in|on)\s+any\b"
    r"|\b(?:it|they|that|the\s+[\w-]+)\s+(?:did(?:\s+not|n[’']t)|never)\s+reach(?:ed)?\s+(?:me|us)\b",
    re.IGNORECASE)


# others "were never consulted", told by the speaker: a grievance, not a denial (of 27 held-out claims told so of a
# third party, 2 are denials; "We were never consulted" stays one, and so does "said it had not been consulted": 4
# of 5 held out)
_NEVER_CONSULTED = re.compile(r"\W*(?:that\s+)?(?!(?:I|we|We)\b)(?:[\w'’-]+\s+){1,5}?(?:was|were)\s+(?:never|not)\s+"
                              r"(?:(?:properly|formally|even|ever|once|meaningfully)\s+)?consulted\b")


def _denies_in_form(content: str) -> bool:
    """Whether attributed content denies in form ("we have never ...", "nine, not 41")."""
    if "consulted" in content and _NEVER_CONSULTED.match(content):
        return False
    low = content.lower()
    if any(w in low for w in _DISMISSING_WORDS) and _DISMISSED.search(content):
        return True
    if ("not" in low or "n't" in low or "n’t" in low or "never" in low) \
            and _NOT_SO_TOLD.search(content):
        return True
    if ("say" in content or "claim" in content or "pretend" in content) and _CANNOT_SAY.search(content):
        return False
    if "never" in content and _NEVER_ANSWERED.search(content):
        return False  # "had written to the ministry but never received a reply", "I have never seen waves like that"
    if "never" in content and "never" not in _NEVER_QUANTITY.sub("", content) \
            and " not " not in content and "n't" not in content and "n’t" not in content:
        return False  # "at never more than 900 on a good day": a figure's ceiling, no denial
    return ("never" in content or "not" in content or "n't" in content or "n’t" in content or "othing" in content
            or " no " in content or content[:3].lower() == "no " or content[:4].lower() in {"none", "not "} or "obody" in content or "single" in content or "reject" in content or "deny" in content
            or "refute" in content or "dispute" in content or "no truth" in content or "accept" in content
            or "o one" in content) \
        and (_SELF_DENIAL_HEAD.match(content) is not None or _SELF_DENIAL.search(content) is not None
             or _NOT_TOLD.match(content) is not None
             or any(not _subordinate_before(content, m.start()) and _THEY_BEFORE.search(content, max(0, m.start() - 30), m.start()) is None
                    for m in _NEVER_SO.finditer(content)))


# "they never even replied", "they never come back": others' failing, a complaint (of 23 held-out claims with "they
# never", 2 are denials)
_THEY_BEFORE = re.compile(r"\b[Tt]hey\s+(?:(?:had|have|has|were|was|did)\s+)?(?:\w+ly\s+|even\s+)?$")


def _subordinate_before(content: str, k: int) -> bool:
    """Whether the "never" at ``k`` is in a clause that only explains; the content's own first word is
    no conjunction ("That never happened": a demonstrative)."""
    m = _SUBORDINATE.search(content, max(0, k - 40), k)
    if m is None and _BARE_RELATIVE.search(content[max(0, k - 40):k]) is not None:
        return True  # "fined for overstaying a limit they never knew existed": a relative clause with no "that"
    return m is not None and not (m.group().lower() == "that" and not content[:m.start()].strip(" \"“'‘"))


_BARE_RELATIVE = re.compile(r"\b(?:a|an|the|any)\s+[a-z]+\s+(?:they|we|he|she|you)\s+$")


# "gave a different version", "tells a different story": a speaker's own account, in other words
_ACCOUNT_VERBS = {"gave", "gives", "give", "offered", "offers", "offer", "painted", "paints", "paint", "presented",
                  "presents", "provided", "provides", "described", "describe", "describes"}  # ("described a different process")
_ACCOUNT_NOUNS = {"account", "version", "story", "picture", "explanation", "narrative", "view", "count", "figure", "figures",
                  "tally", "estimate", "number", "timeline", "process", "sequence", "chain"}  # ("gave a different count")
_OTHER_ACCOUNT = {"different", "contrasting", "conflicting", "another", "rival", "alternative", "opposing", "contradictory",
                  "smaller", "lower", "higher", "larger", "bigger"}  # ("gave a much smaller figure")


@dataclass
class ClaimRec:
    claim_id: str
    article_id: str
    sentence_id: int
    start: int
    end: int
    sentence: str
    content: str
    source: str | None
    source_type: str
    via: list
    cue: str | None
    stance: str
    hedges: list
    entities: list
    cue_start: float | None = None
    cue_end: float | None = None
    source_start: float | None = None
    source_end: float | None = None
    source_text: str | None = None
    # time expressions of the sentence that cannot be placed on the timeline ("before 2020", or any
    # relative date when the article has no publication date): kept here, never as rows without bounds
    undated: list = field(default_factory=list)


_CLAIM_FIELDS = tuple(f.name for f in fields(ClaimRec))


def claim_record(c: ClaimRec) -> dict:
    """The claim as a dict of its fields (the claims frame's columns and the offsets)."""
    d = getattr(c, "__dict__", None)  # pure Python: the instance's own dict, no copy
    return d if d is not None else {f: getattr(c, f) for f in _CLAIM_FIELDS}  # compiled: no __dict__


def _coordinated(a: "_SentenceAttributor", f: dict) -> list[dict]:
    """The first of two speakers a sentence opens with, joined by "and": "Villagers and the ward councillor, Mr Thomas
    Lakane, blame ..." and "Ms Nangali and other farmers said" are two parties' claims, the frame's and this one's."""
    p: Party = f["party"]
    if f["kind"] != "verb" or p.start is None or f["ci"] is None or p.type == "document":
        return []  # (not "A noise and vibration report ... found": one document)
    o0 = 1 if a.n > 1 and a.L[0] in {"but", "and", "yet", "however", "both"} else 0
    first = next((z for z in range(a.n) if a.t[z].start >= p.start), None)
    k_and = next((z for z in range(o0 + 1, min(o0 + 5, a.n)) if a.L[z] == "and"), None)
    if first is None or k_and is None or not (first <= f["ci"]) or any(
            not a.t[z].is_alpha and not (a.t[z].is_cap and a.L[z].rstrip(".") in TITLE_ABBREVIATIONS)  # ("Mr. Ramana and")
            or a.L[z] in REPORTING_VERBS or a.L[z] in _CLAUSE_VERBS or a.L[z] in _PAST_VERBS
            or z > o0 and a.L[z].endswith("ed") and not a.t[z].is_cap for z in range(o0, k_and)):
        return []  # (not '"The heating went off and the children were freezing," she said': a clause, no speaker)
    if any(m.start < a.t[k_and].start < m.end for m in a.mentions(o0, min(a.n, k_and + 4), kinds=("name",))):
        return []  # ("Harrowfield and Dunmere Hospitals Trust said": one name)
    if first <= k_and:
        # the frame's party spans both ("Vaitkūnas and Šalkauskas both said"): the other is the one it did not read
        last = max((z for z in range(first, f["ci"]) if p.end is not None and a.t[z].end <= p.end), default=None)
        if last is None or last <= k_and:
            return []
        left, right = a.party(o0, k_and), a.party(k_and + 1, last + 1)
        other = right if left is not None and (left.name, left.type) == (p.name, p.type) else left
    else:
        other = a.party(o0, k_and)
    if other is None or other.name is None or (other.name, other.type) == (p.name, p.type):
        return []
    if a.t[k_and - 1].is_cap and k_and + 2 < a.n and (a.t[k_and + 1].is_cap or a.L[k_and + 1] == "the" and a.t[k_and + 2].is_cap
                                                          and k_and - 1 > o0) \
            and other.type in {"anonymous", "official"}:
        return []  # ("Cabinet Spokesman and Minister Asanka Weerakoon", "Minister of Energy and Mines, Mr X": one title;
        # "The Minister for Fisheries and the Blue Economy, Jean-Marc Hoareau,")
    if other.type == "anonymous" and p.type == "person" and a.L[k_and - 1] in TITLE_WORDS \
            and a.t[o0].is_cap and a.L[o0] not in {"the", "a", "an"}:
        return []  # ("Committee chairperson and Kisumu Senator Fredrick Ayieko said": two titles of one person)
    return [dict(f, party=other)]


def claim_id(article_id: str, start: int, cue_start, source) -> str:
    raw = f"{article_id}|{start}|{cue_start}|{source}"
    return "c" + hashlib.sha1(raw.encode("utf-8")).hexdigest()[:15]


_SKIP_BEFORE_BE = _SKIP_BACK | {"widely", "generally", "not", "n't"}
_SKIP_BEFORE_NEGATION = _SKIP_BACK | {"yet", "to", "not", "n't", "has", "have", "had", "did", "does", "do", "is", "was"}


_ESTIMATE_WORDS = {"about", "around", "roughly", "some", "nearly", "almost", "fewer", "less", "more", "over", "under",
                   "just", "only", "at", "between", "up", "one", "two", "three", "four", "five", "six", "seven", "eight",
                   "nine", "ten", "a", "several", "dozens", "hundreds", "thousands", "no", "not", "approximately", "close", "well",
                   # ("puts the number of confirmed cases at eleven")
                   "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
                   "twenty", "thirty", "forty", "fifty"}
_RECKONINGS = {"calculation", "calculations", "estimate", "estimates", "count", "reckoning", "analysis", "account"}
_WHERE_BASED = {"based", "headquartered", "located", "registered"}
_IRREGULAR_PARTICIPLES = {"seen", "shown", "given", "taken", "held", "kept", "sent", "made", "found", "written", "drawn"}
_PAST_SENT = {"sent", "made", "wrote", "gave", "filed", "drew", "took", "kept"}  # a clause's past verb ("the company made")
_ASIDE_PAIRS = {("by", "contrast"), ("in", "contrast"), ("for", "example"), ("for", "instance"), ("in", "turn"),
                ("of", "course"), ("in", "fact"), ("for", "now"), ("in", "response")}
_APPEAR = {"appear", "appears", "appeared", "seem", "seems", "seemed"}
# the words before an unnamed speaker's noun ("a worker", "two landowners near Currow, who asked not to be named,")
_ONE_OR_SOME = {"a", "an", "one", "another", "two", "three", "four", "five", "several", "some", "other"}
# After "it is understood", a word that cannot open the clause it hedges ("it was reported by", "it is thought to")
_NOT_A_CLAUSE_START = {"to", "by", "as", "in", "on", "at", "for", "with", "from", "of", "and", "or", "that", "when",
                       "if", "whether", "necessary", "best", "likely", "unlikely", "possible", "wise", "fit", "not"}
_HEDGE_CUES = set(HEDGE_WORDS) | set(HEDGE_PASSIVE_VERBS) | _APPEAR | {"may", "might", "could"}


# titles before a name that opens a sentence ("Cllr Nadia Chaudhry-Ellis, cabinet member for ..., insisted")
_OPENING_TITLES = {"cllr", "cr", "coun", "councillor", "dr", "mr", "mrs", "ms", "prof", "rep", "sen", "hon", "mayor"}


class _SentenceAttributor(PhraseReader):
    """The cues of one sentence and who each attributes what to."""

    def __init__(self, sent: Sentence, ents: ArticleEntities, ctx: Context):
        super().__init__(sent, ents, ctx)
        self.quoted = self._quoted()

    def _quoted(self) -> set:
        """Token indexes inside quotation marks: a verb there is the quote's, not an attribution."""
        inside, opened = False, None
        out: set[int] = set()
        text = self.s.text
        # (single marks too, where the sentence quotes with them: "‘We were told to go ahead ... prove it."; never
        # inside double marks, where they quote within a quotation: '"He called it ‘a disgrace’," she said.')
        single = ("‘" in text or "’ " in text or text.endswith("’")) and '"' not in text and "“" not in text \
            and "”" not in text
        if '"' not in text and "“" not in text and "”" not in text and not single:
            return out
        marks = {"“", "”", '"'} | ({"‘", "’"} if single else set())
        for k, t in enumerate(self.t):
            if t.text in marks and not (t.text == "’" and k > 0 and not self.t[k - 1].ws and self.t[k - 1].is_alpha
                                        and not inside and self.t[k - 1].lower.endswith("s")):  # (not "workers’ pay")
                opening = t.text in {"“", "‘"} or (t.text == '"' and not inside)
                if not inside and opened is None and k > 0 and (t.text in {"”", "’"} or t.text == '"' and self.t[k - 1].text in {
                        ",", ".", "?", "!"} and not self.t[k - 1].ws):
                    out.update(range(k))  # '... 11 others are still trapped," Mr Okwir told': a quotation opened before
                    opened = -1
                    continue
                if opening and not inside:
                    inside, opened = True, k
                elif inside:
                    inside = False
                continue
            if inside:
                out.add(k)
        if inside and opened is not None and opened > 0:  # an unclosed quote: trust nothing after it to be quoted
            out -= set(range(opened, self.n))
        # (but a sentence that opens on the mark is a quotation running on into the next one: '"What the MCE is saying
        # is not true. ...," the chief said.': its "saying" is the chief's words)
        return out

    # -- cues ----------------------------------------------------------------------------------
    def hedges(self) -> list[tuple[str, int]]:
        out = []
        for k, w in [(k, w) for k, w in enumerate(self.L) if w in _HEDGE_CUES]:
            if w in HEDGE_WORDS:
                out.append((self.t[k].text, k))
            if w in HEDGE_PASSIVE_VERBS and k + 2 < self.n and self.L[k + 1] == "to" and self._be_before(k) \
                    and self.L[k + 2] not in _DETERMINERS and not self.t[k + 2].is_cap:  # (not "was reported to the board")
                out.append((self.text(k, k + 2), k))
            elif w in HEDGE_PASSIVE_VERBS and k + 3 < self.n and self.L[k + 1] == "not" and self.L[k + 2] == "to" \
                    and self._be_before(k) and self.t[k + 3].is_alpha and self.L[k + 3] not in _DETERMINERS:
                out.append((self.text(k, k + 3), k))  # "are understood not to have been briefed": the guess negated
            elif w in {"may", "might", "could"} and k + 2 < self.n and self.L[k + 1] == "have" and self.t[k + 2].is_alpha \
                    and self.L[k + 2] not in _DETERMINERS and self.L[k + 2] not in {"to", "no", "any", "some", "more", "enough"} \
                    and not (k > 0 and self.L[k - 1] in {"none", "nothing", "nobody"}):
                # (not "may have to run patrols", "could have a contractor on site": a need, a having; nor "none could
                # have been given": nothing was)
                out.append((self.text(k, k + 2), k))  # "may have escaped", "could have put": a guess about the past
            elif w in _APPEAR and k + 1 < self.n and self.L[k + 1] == "to" \
                    and not (k >= 2 and self.L[k - 1] in {"n't", "n’t", "not"} and self.L[k - 2] in {"ca", "can", "could"}):
                # (not "the only ones who can't seem to count": what they fail at, no guess)
                out.append((self.text(k, k + 2), k))  # "It appears to have spent", "seemed to confirm"
            elif w in HEDGE_PASSIVE_VERBS and k >= 2 and k + 1 < self.n and self.L[k + 1] == "that" \
                    and self.L[k - 1] in BE_FORMS and self.L[k - 2] == "it":
                out.append((self.text(k - 2, k + 1), k - 2))  # "It is alleged that", "it was understood that"
            elif w in HEDGE_PASSIVE_VERBS and k >= 2 and k + 4 < self.n and self.L[k - 1] in BE_FORMS and self.L[k - 2] == "it" \
                    and self.t[k + 1].text == "," and self.L[k + 2] in _ASIDES and self.t[k + 3].text == "," \
                    and self.L[k + 4] == "that":
                out.append((self.text(k - 2, k + 1), k - 2))  # "It is believed, however, that": the aside inside it
            elif w in HEDGE_PASSIVE_VERBS and k >= 2 and k + 2 < self.n and self.L[k - 1] in BE_FORMS and self.L[k - 2] == "it" \
                    and self.t[k + 1].is_alpha and (self.L[k + 1] not in _NOT_A_CLAUSE_START
                                                    or self.L[k + 1] == "at" and self.L[k + 2] in {"least", "most"}):
                out.append((self.text(k - 2, k + 1), k - 2))  # "It is understood inspectors are also looking": the "that" left out
        return out

    def _be_before(self, k: int) -> bool:
        x = k - 1
        while x >= 0 and self.L[x] in _SKIP_BEFORE_BE:
            x -= 1
        return x >= 0 and self.L[x] in BE_FORMS

    def _negated(self, k: int) -> bool:
        x = k - 1
        steps = 0
        while x >= 0 and steps < 4:
            if self.L[x] in _NEGATORS:
                return True
            if self.L[x] not in _SKIP_BEFORE_NEGATION:
                return False
            x -= 1
            steps += 1
        return False

    def verb_ok(self, k: int) -> bool:
        w = self.L[k]
        if k > 0 and (self.t[k].is_cap or self.t[k - 1].text == "-" and not self.t[k - 1].ws):
            return False  # "in Ogun State,", "Singapore-listed": a name's word, a compound's, not the verb
        if k > 0 and self._inside_name(k):
            return False  # "seen by Jutarnji list": a lower-case word inside a name
        prev = self.L[k - 1] if k else ""
        if w.endswith("s") and k > 1 and _COUNT.fullmatch(self.t[k - 1].text) and not _YEARISH.fullmatch(self.t[k - 1].text) \
                and self.t[k - 2].text != "-" and self.L[k - 2].rstrip(".") not in MONTHS \
                and not self._inside_name(k - 1):  # (but "on Oct. 3 shows", "Transit Union Local 1189 says")
            return False  # "a backlog of 41,000 claims", "12 reports": a count of a noun, no verb
        progressive = w in _PROGRESSIVE_CUES and k >= 2 and (prev in {"is", "are", "was", "were"} or k >= 3 and prev in {
            "also", "still", "now"} and self.L[k - 2] in {"is", "are", "was", "were"})  # ("is also questioning")
        if w.endswith("ing") and not progressive:
            return False  # "claiming", "stating": continues the main cue (but "Blue Horizon is rejecting")
        nxt = self.L[k + 1] if k + 1 < self.n else ""
        if w == "written" and k + 1 < self.n and self.t[k + 1].is_alpha and not self.t[k + 1].is_cap and nxt not in _DETERMINERS \
                and (prev in _DETERMINERS or prev in {"first", "second", "formal", "his", "her", "its", "their", "our", "my", "your"}
                     or prev in _QUANTITIES or self.t[k - 1].text.isdigit() or self.t[k - 1].text in {"'s", "’s"}):
            return False  # "the union's first written request", "two written warnings": an adjective before its noun
        if w in _QUESTIONING and nxt not in {"why", "whether", "how", "if"} \
                and not any(self.L[x] in _SAID_THINGS and self.L[x + 1] == "that" for x in range(k + 1, min(self.n - 1, k + 5))):
            # (but "is questioning council’s claim that ...": a claim doubted, told with it; "questioned the figure,
            # saying ...": what is said comes with "saying")
            return False  # "police had questioned the captain", "raised questions": no doubt spoken with its clause
        if w in {"confirm", "verify"} and k >= 2 and (
                (back := [x for x in self.L[max(0, k - 5):k] if x != "independently"])[-2:] in (["could", "not"], ["unable", "to"])
                or back[-1:] == ["cannot"] or back[-3:] == ["been", "able", "to"] and "not" in back):
            return False  # "the Guardian could not independently confirm this": what no one could check, no claim
        if w in _NOUN_LIKE_CUES and not w.endswith("s") and k >= 1 and self.t[k - 1].is_alpha and not self.t[k - 1].is_cap \
                and (nxt in REPORTING_VERBS or nxt in _DOCUMENT_VERBS) and nxt.endswith(("s", "ed")) and nxt not in _NOUN_LIKE_CUES:
            return False  # "The Sept. 22 staff report recommends": the report, then its own verb
        if w in {"claims", "reports", "allegations", "accusations", "warnings"} and k >= 2 and self.t[k - 2].is_alpha \
                and (self.t[k - 1].text in {"'s", "’s"} or self.t[k - 1].text in {"'", "’"} and self.L[k - 2].endswith("s")
                     and not self.t[k - 2].ws):
            return False  # "dismissed the traders’ claims as ...": the noun after its owner's possessive
        if w in {"claims", "allegations", "accusations"} and k >= 1 and self.t[k - 1].text == "," and any(
                self.L[x] in {"has", "have", "had"} and (self.L[x + 1].endswith("ed") or self.L[x + 1] in _GAP_VERBS)
                and self.L[x + 2] in {"as", ",", ".", ";"} for x in range(k + 2, min(self.n - 2, k + 6))):
            # "have accused a private abattoir of ..., claims the company has dismissed as a smear campaign": the noun,
            # its relative clause missing its object
            return False
        if w in {"claims", "reports", "complaints"} and k >= 2 and self.t[k - 1].is_alpha and not self.t[k - 1].is_cap \
                and not prev.endswith("s") and self.L[k - 2].endswith("ed") and k >= 3 and self.L[k - 3] in _AUXILIARIES:
            return False  # "has lodged variation claims worth $4.1 million": the noun after a verb and its modifier
        if w in DOCUMENT_NOUNS and (nxt.endswith("ed") or nxt in {"by", "written", "drawn", "seen", "shown", "sent"}) and any(
                self.L[z] in {"a", "an", "the"} and all((self.t[y].is_alpha or self.t[y].text == "-") and not self.t[y].is_cap
                                                        and self.L[y] not in _CLAUSE_OPENERS for y in range(z + 1, k))
                for z in range(max(0, k - 6 if "-" in self.L[max(0, k - 5):k] else k - 4), k - 1)):
            # "a site inspection report prepared in August by ... records": a noun, the report ("A follow-up inspection
            # report dated Aug. 3 lists": past a compound's hyphen)
            return False
        if w in DOCUMENT_NOUNS and not w.endswith("s") and k >= 2 and any(
                self.L[z] in {"a", "an"} and all(self.t[y].is_alpha and not self.t[y].is_cap and self.L[y] not in _CLAUSE_OPENERS
                                                 and self.L[y] not in _MODALS and not self.L[y].endswith("s")
                                                 and self.L[y] not in _MANY for y in range(z + 1, k))
                for z in range(max(0, k - 4), k - 1)):  # (but "A few residents report": plural)
            return False  # "A confidential cost report, tabled ...": "a cost" cannot "report" (a singular, no modal): the noun
        if w in _NOUN_LIKE_CUES and not w.endswith("s") and k >= 2 and self.t[k - 1].is_alpha and not self.t[k - 1].is_cap \
                and not prev.endswith("s") and prev not in _COLLECTIVE and prev not in _BODY_SUBJECTS \
                and prev not in COMPANY_NOUNS and prev not in REPORTING_VERBS and prev not in _MODALS and any(
                    self.L[z] in {"a", "an", "the", "this", "that", "its", "their", "his", "her", "our"}
                    and not (z > 0 and self.L[z - 1] in _PREPOSITIONS)  # (not "Residents of the Saltings development claim")
                    # (a body's name inside is its report, the body's claim: "a HIQA inspection report published ... found")
                    and not any(self.t[y].is_cap and self.L[y].rstrip(".") not in MONTHS for y in range(z + 1, k))
                    and all((self.t[y].is_alpha or self.t[y].text.isdigit()) and self.L[y] not in _CLAUSE_OPENERS
                            and self.L[y] not in _MODALS and self.L[y] not in BE_FORMS and self.L[y] not in REPORTING_VERBS
                            and self.L[y] not in _ASIDES and not self.L[y].endswith("ly")  # ("The documents also record")
                            and self.L[y] not in {"to", "not", "and", "or", "who", "which", "that", "it", "they", "now", "still"}
                            for y in range(z + 1, k)) for z in range(max(0, k - 6), k - 1)):
            # "the revised cost estimate “stands”", "An April 29 inspection report, obtained by The Day, found": a
            # singular noun cannot "estimate" or "report" (no "-s"): the noun, its compound
            return False
        if w in _NOUN_LIKE_CUES and w.endswith("s") and k <= 4 and k + 2 < self.n and (nxt.endswith("ed") or nxt in {
                "seen", "written", "drawn", "shown", "sent"}) and self.L[k + 2] in {"with", "by", "to", "in", "on", "at", "under"} \
                and all(self.t[y].is_alpha and self.L[y] not in REPORTING_VERBS for y in range(k)):
            return False  # "Campaign finance reports filed with the County Clerk ... show": the reports, a noun
        if w in DOCUMENT_NOUNS and not w.endswith("s") and k >= 2 and prev in DOCUMENT_NOUNS and not prev.endswith("s") \
                and any(self.L[z] in {"a", "an", "the"} for z in range(max(0, k - 4), k - 1)):
            return False  # "An internal audit report, seen by The Nation, found": the report, a compound noun
        if w in DOCUMENT_NOUNS and not w.endswith("s") and k >= 2 and self.t[k - 1].is_cap and k - 1 not in self.quoted \
                and self.L[k - 2] in {"a", "an", "the", "this", "that", "its", "their", "his", "her"}:
            return False  # "the Telford report relied on": a report named for its author, no one reporting
        if w in DOCUMENT_NOUNS and not w.endswith("s") and nxt in {"that", "which"} and k >= 2 and self.L[k - 2] in {"a", "an", "the"} \
                and self.t[k - 1].is_alpha and not self.t[k - 1].is_cap and self.L[k - 1] not in REPORTING_VERBS \
                and not (prev in DOCUMENT_NOUNS and prev.endswith("s")):  # (but "The minutes record that": a verb)
            return False  # "A progress report that the engineers delivered ... shows": a noun, with its clause (but
            # "The decision records that": a verb)
        if k in self.quoted or (prev == "to" and not (k >= 2 and self.L[k - 2] in _APPEAR)) or (prev in REPORTING_VERBS and not (
                prev in _NOUN_LIKE_CUES and (k == 1 or self.L[k - 2] not in REPORTING_VERBS))  # ("Records show")
                and not (k >= 2 and self.L[k - 2] in {"the", "this", "that"})):  # but "Court records show", "the dispute said"
            return False  # a verb inside a quotation, "expected to testify", "rejected claims that"
        by_agent = nxt == "by" and not (k + 2 < self.n and self.L[k + 2] in _BY_MEANS)  # (but "said by telephone")
        if prev == "," and w.endswith("ed") and k >= 2 and not self.t[k - 2].is_punct:
            close = next((x for x in range(k + 1, min(self.n, k + 5)) if self.t[x].text == ","), None)
            if close is not None and close > k + 1 and close + 1 < self.n and not self.L[close + 1].endswith("ing") \
                    and not any(self.t[x].is_cap and self.L[x] not in WEEKDAYS and self.L[x] not in MONTHS
                                or self.L[x] in {"that", "the", "a", "an", "this", "it", "any", "its"} for x in range(k + 1, close)):
                return False  # "The recall, announced Thursday, covers": a participle, no speaker's verb
        adverb = prev in {"earlier", "first"} and w not in _NOUN_LIKE_CUES  # "had earlier told", not "an earlier report"
        adverb = adverb or prev in {"which", "who"} and k >= 2 and self.t[k - 2].text == "," and (
            w in _STRONG_FORMS or w in {"denied", "denies", "disputed", "disputes"})  # ", which says", ", which denied"
        adverb = adverb or prev == "that" and k >= 4 and self.L[k - 2] in _CIVIC_HEADS and w in _STRONG_FORMS \
            and self._apposed_name(k - 1) is not None  # "X, a Sunnyside-based union that says it represents ..."
        if w in _NOUN_LIKE_CUES and k >= 2 and self.L[k - 2] in {"a", "an", "the", "this", "its", "their", "his", "her"} \
                and self.t[k - 1].is_alpha and not self.t[k - 1].is_cap \
                and (nxt.endswith("ed") or nxt in REPORTING_VERBS or nxt in {"by", "of", "on", "from", "in", "for", ","}):
            return False  # "a progress report submitted ...": a noun after its modifier, not "the union reports that"
        if w in {"blamed", "accused", "criticised", "criticized", "cited", "reported", "disputed"} \
                and nxt in {"for", "in", "as"} and k >= 2 and self.L[k - 2] in {"the", "a", "an"} \
                and self.t[k - 1].is_alpha and not self.t[k - 1].is_cap:
            return False  # "the timing of the meal blamed for the outbreak": a participle after its noun
        if w in {"state", "states"} and (nxt not in {"that", "the", "a", "an", "its", "their", "his", "her", ",", '"', "“"}
                                         and not (nxt == "." and self.L[k - 1] in DOCUMENT_NOUNS)
                                         or k >= 2 and self.t[k - 1].is_cap and nxt == ","):
            return False  # "the largest state shippers", "EU state aid rules", "the capital of Amazonas state,": the noun
        if w in {"disputes", "claims", "reports", "complaints", "denials", "warnings"} and k >= 4 \
                and self.t[k - 2].text == "-" and not self.t[k - 3].ws and not self.t[k - 2].ws \
                and not self.t[k - 1].is_cap and self.L[k - 4] in {"in", "of", "over", "on", "about", "with", "and"}:
            return False  # "in water-rights disputes along the Red River": a noun after its compound modifier
        if w in {"dispute", "denial", "counter", "call", "finding", "record"} and k >= 2 \
                and self.L[k - 2] in {"the", "a", "an", "this", "that", "its", "their"} \
                and self.t[k - 1].is_alpha and not self.t[k - 1].is_cap and self.L[k - 1].endswith(("est", "al", "er")) \
                and (nxt in BE_FORMS or (nxt in WEEKDAYS or nxt in {"yesterday", "today"}) and k + 2 < self.n
                     and self.L[k + 2] in BE_FORMS):
            return False  # "The sharpest dispute (Tuesday) is over when ...": a noun after its adjective, then its verb
        if w.startswith(("slam", "blast", "hit")) and nxt in {"into", "onto", "against", "through", "shut"}:
            return False  # "the catamaran slammed into the pier": a blow, not a rebuke
        if w == "record" and nxt != "that" and not any(self.L[z] in DOCUMENT_NOUNS for z in range(max(0, k - 2), k)) \
                and not (k >= 4 and self.t[k - 1].text == "," and self.L[k - 2] in _ASIDES and self.L[k - 4] in DOCUMENT_NOUNS) \
                and not (self.L[0] in DOCUMENT_NOUNS and self.L[0].endswith("s") and self.t[k - 1].text == ","
                         and self.L[1] == "of") \
                and not ((mo := self.minutes_at()) is not None and not any(
                    self.L[z] in REPORTING_VERBS for z in range(mo + 2, k))):  # ("Minutes of the Sept. 16 meeting,
            # posted ..., record a motion"; "Minutes of the January 19 meeting of X record an official telling")
            # (but "The minutes, however, record only six votes": the document, past an aside)
            return False  # "handled record cargo", "a record harvest" (but "Minutes ... record that", "The documents
            # also record a serious injury")
        own_name = prev in {"'s", "’s"} and any(m.end == self.t[k - 1].end for m in self.mentions(k - 1, k, kinds=("name",)))
        if prev in _NOUN_BEFORE and not adverb and not (k >= 2 and self.t[k - 1].is_cap) and not own_name \
                and not (prev in {"media", "news", "press"} and w not in _NOUN_LIKE_CUES) or by_agent \
                or self._be_before(k) and not progressive \
                or self._negated(k):  # (but "Kyodo News said": a name's last word)
            return False
        after = next((x for x in range(k + 1, min(self.n, k + 3)) if not self.L[x].endswith("ly")), k + 1)
        if after < self.n and self.L[after] == "to" and w in _TO_VERBS and not any(
                self.L[x] == "that" or self.t[x].text in _QUOTES for x in range(after + 1, min(self.n, after + 9))):
            # "had written to the ministry": a letter, not what it said; "that Kowalczyk report daily to the
            # police station": he presents himself
            return False
        if prev in {"would", "will", "could", "can", "might", "should"} and nxt in {"", ".", "!", "?", ";"} \
                and k >= 2 and self.L[k - 2] in {"it", "he", "she", "they", "we"}:
            return False  # "did not say when it would report.": no content (but "the Echo can reveal." has)
        if prev in DOCUMENT_NOUNS and w in {"posted", "published", "released", "issued", "obtained", "leaked", "shared",
                                            "sent", "filed", "seen", "reviewed"}:
            return False  # "in a statement posted on social media": the statement, not a second speaker
        if w in _NOUN_LIKE_CUES and nxt in REPORTING_VERBS and not nxt.endswith("ing") and not self.t[k + 1].is_cap:
            return False  # "Court records show": the noun before the verb
        if w in {"call", "calls", "called"} and (prev in {"-", "so", "be", "been", "was", "were", "is", "are"} or not self._called_on_to(k) and (
                nxt in {"off", "in", "up", "out", "back", "to", "into", "at", "by", "upon", "for", "on"}
                or k + 1 < self.n and self.t[k + 1].is_cap
                or not any(self.t[x].text in _QUOTES for x in range(k + 1, min(self.n, k + 9))))):
            # ("called on the council to publish": a demand, as annotators read it; "called for help", "called for an
            # independent review" mostly not)
            return False  # "called the denial 'a familiar script'" attributes; "called for", "so-called" do not
        if w in _THAT_ONLY and nxt != "that":
            return False  # "agreed to pay", "accepted the offer": a deal, not speech ("agreed that ..." is)
        if w in _FAULTED and not any(self.L[x] in _SAID_THINGS for x in range(k + 1, min(self.n, k + 4))):
            return False
        if w in {"contested", "assured", "assures"} and (prev in BE_FORMS or prev in HEDGE_WORDS or nxt == "by"):
            return False  # "was reportedly assured by the operator", "was contested by": the passive, no speaker here
        if w == "contested" and not any(self.L[x] in _SAID_THINGS for x in range(k + 1, min(self.n, k + 4))):
            return False  # "contested the claim" (not "contested the election")
        if w in {"assured", "assures"} and not any(self.L[x] == "that" for x in range(k + 1, min(self.n, k + 5))):
            return False  # "assured residents that the water was safe" (not "assured of a seat")
        if w in {"dispute", "disputes"} and nxt in {"in", "over", "about", "with", "between", "on", "at", "involving", "."} \
                and k >= 2 and self.t[k - 1].is_alpha and not self.t[k - 1].is_cap and self.L[k - 2] in {"the", "a", "an", "this", "that"} \
                and not (nxt == "." and w.endswith("s")):
            return False  # "to rule on the boundary dispute in the first quarter": the noun (not "a figure the city disputes.")
        if w == "dispute" and k >= 1 and self.L[k - 1] in {"a", "an", "the"} and nxt in {"over", "about", "between", "with"}:
            return False  # "A dispute over the upgrade ... has reached the Legislative Assembly": the noun
        if nxt in {"responsibility", "credit"}:
            return False  # "claimed responsibility for the attack": no claim about the world
        if nxt in {"each", "one"} and k + 2 < self.n and self.L[k + 2] in {"other", "another"} \
                or prev in {"trade", "trades", "traded", "trading", "exchange", "exchanged"} and not self.t[k - 1].is_cap:
            # "the ministry and a distributor blame each other", "trade blame": a quarrel, no claim (but "The
            # Ministry of Trade said": a name's last word)
            return False
        if w in _NOUN_LIKE_CUES and k >= 2 and self.t[k - 1].is_alpha and not self.t[k - 1].is_cap \
                and not prev.endswith("s") and (self.L[k - 2] in _DETERMINERS or self.L[k - 2] == "-") \
                and prev not in _TIME_NOUNS \
                and not ((nxt in _CLAUSE_STARTS or nxt == "that") and w.endswith("s")) \
                and not (w.endswith("s") and k + 2 < self.n and self.t[k + 1].is_alpha and not self.t[k + 1].is_cap
                         and nxt.endswith("s") and not nxt.endswith("ss") and self.L[k + 2] in _PLURAL_AUXILIARIES) \
                and not (w.endswith("s") and prev in _BODY_SUBJECTS and k + 2 < self.n and self.t[k + 1].is_cap
                         and self.t[k + 1].is_alpha) \
                and not (w.endswith("s") and k >= 3 and self.t[k - 3].text == "," and nxt in {".", "!", "?", ""}) \
                and not (w.endswith("s") and k == 2 and (nxt[:1].isdigit() or nxt in _ABOUT_A_NUMBER)) \
                and not (w.endswith("s") and prev in DOCUMENT_NOUNS and not prev.endswith("s")
                         and (nxt[:1].isdigit() or nxt in {"a", "an", "the", "its", "their", "his", "her", "no"})):
            # (but "The paper claims the", and "..., the suit claims.": a speaker after the claim; "The report records
            # 212 hectares": a document, then its verb)
            return False  # "Nimbra's blog post", "a police report", "The 94-page report": a compound noun
        if nxt in {"of"} and w not in {"said", "says"} or (w in _NOUN_LIKE_CUES and nxt in _NOUN_PREPOSITIONS):
            # (but '"That is simply not true," Mendenhall said of the builder's account': speech about it)
            return False  # "a flood-risk report for months", "claims about the deal": the noun
        plain = [x for x in range(max(0, k - 3), k) if all(
            self.t[z].is_alpha and not self.t[z].is_cap and self.L[z] != "by" for z in range(x + 1, k))]
        if w in _NOUN_LIKE_CUES and any(self.L[x] in _RECEIVING_VERBS or self.L[x] in _REPORT_MODIFIERS and x >= k - 2
                                        for x in plain):
            return False  # "had received monthly freight reports since August": what they got, not who reports
        return True

    def frames(self) -> list[dict]:
        out: list[dict] = []
        self._frames = out
        L, n = self.L, self.n
        that_after: list[int] = []
        for k in ([k for k, w in enumerate(L) if w == "by"] if "by" in L else ()):
            if k + 3 < n and L[k + 1] in {"his", "her", "their"} and L[k + 2] in _RECKONINGS and self.t[k + 3].text == ",":
                # "By her calculation, the drop shrinks to 12 per cent": according to her
                p = self.pronoun({"his": "he", "her": "she"}.get(L[k + 1], "they"), k + 1)
                if p is not None:
                    out.append(dict(kind="according", party=p, cue=self.text(k, k + 3), ci=k, cj=k + 3,
                                    clause=k + 4, stance="asserts", content=self._content_after(k + 4, k)))
                continue
            # "By the deputy ministry's count, each passenger cost ...": according to whose count
            r = next((r for r in range(k + 2, min(n - 1, k + 8)) if L[r] in _RECKONINGS and L[r - 1] in {"'s", "’s"}
                      and self.t[r + 1].text == ","), None)
            if r is not None and (k == 0 or self.t[k - 1].text in _QUOTES) and k not in self.quoted:
                p = self.party(k + 1, r - 1)
                if p is not None:
                    out.append(dict(kind="according", party=p, cue=self.text(k, r + 1), ci=k, cj=r + 1,
                                    clause=r + 2, stance="asserts", content=self._content_after(r + 2, k)))
        for k in ([k for k, w in enumerate(L) if w == "according"] if "according" in L else ()):
            # ('"According to the manifest, 29 people have been rescued," Ms Nzowa said': her sourcing, her claim)
            if k + 1 < n and L[k + 1] == "to" and k not in self.quoted and not (
                    k + 3 < n and (L[k + 2] in _IN_PROPORTION | {"plan", "schedule"} or L[k + 3] in _IN_PROPORTION
                                   and L[k + 2] in {"their", "its", "his", "her", "each"})):
                # (not "shared ... according to their distance from the turbines", "according to plan": a measure)
                e = k + 2
                while e < n and self.t[e].text != "," and (self.t[e].text != "." or e + 1 < n and not self.t[e - 1].ws
                                                          and self.L[e - 1] in TITLE_ABBREVIATIONS and self.t[e + 1].is_cap):
                    e += 1  # (past a title's point: "according to Coun. Marcel Lindquist")
                p = self.party(k + 2, e)
                if p is None or p.type == "anonymous" or L[k + 2] in {"a", "an"} and L[k + 3] in DOCUMENT_NOUNS \
                        and k + 4 < e and L[k + 4] in {"the", "its", "his", "her", "their"}:
                    # "according to a report published Tuesday", "a training script provided by a former supervisor",
                    # "a complaint the alliance filed": the document, whoever made it
                    d = next((z for z in range(k + 2, e - 1) if L[z] in DOCUMENT_NOUNS and not self.t[z].is_cap
                              and (L[z + 1].endswith("ed") or L[z + 1] in _IRREGULAR_PARTICIPLES or L[z + 1] == "due"
                                   # ("an assessment the agency shared with both governments": a clause without "that")
                                   or L[z + 1] in {"the", "its", "his", "her", "their"} and z > k + 2)), None)
                    doc = self.party(k + 2, d + 1) if d is not None else None
                    p = doc if doc is not None and doc.type == "document" else p
                    if p is not None and p.type == "anonymous" and L[e - 1] in {"response", "reply", "answer"} \
                            and L[k + 2] in {"its", "his", "her", "their", "the", "a", "an"}:
                        p = Party(p.text, "document", p.text, p.start, p.end)  # "according to its response": written
                who = next((z for z in range(k + 3, e) if L[z] in {"who", "whose"}), None)
                if p is not None and who is not None:
                    # "according to two MOPT engineers who spoke on condition of anonymity": its people, unnamed
                    p = self._unnamed_member(p, k + 2, who, e) or p
                if (p is None or p.type == "anonymous") and e == k + 3 and L[k + 2] in {"him", "her", "them"}:
                    p = self.pronoun({"him": "he", "her": "she"}.get(L[k + 2], "they"), k + 2)  # "According to him,"
                if p is None or p.type in {"anonymous", "official"}:
                    named = self._apposed_person(e)  # "according to its director, Óscar Mendieta Rivas"
                    if named is not None:
                        p, e = named[0], named[1]
                nxt = e + 1
                while nxt < n and self.t[nxt].text in _QUOTES:
                    nxt += 1
                if nxt < n and L[nxt] in {"citing", "quoting"}:
                    e2 = self._list_end(nxt + 1)
                    inner = self.party(nxt + 1, e2)
                    if inner and p:
                        inner.via = p.via + [p.name] + inner.via
                        p = inner
                    e = e2
                if p is not None and p.type in {"organization", "official", "anonymous"} \
                        and (doc := self._according_document(k + 2, e)) is not None:
                    p = doc  # "according to an internal MMTA estimate", "a market update lodged with the ASX": written
                if p:
                    # ("..., according to two people involved, who asked not to be identified": what comes after
                    # is about them; the claim is before)
                    about = k > 1 and self.t[k - 1].text == "," and e + 1 < n and L[e + 1] in {"who", "whose"}
                    out.append(dict(kind="according", party=p, cue="according to", ci=k, cj=k + 2,
                                    clause=e + 1, stance="asserts",
                                    content=self.text(0, k - 1).strip(' "“”') if about else self._content_after(e + 1, k)))
        for k in ([k for k, w in enumerate(L) if w in _PUT_AT] if not _PUT_AT.isdisjoint(L) else ()):
            # (further when a figure's noun comes first: "puts the cost of replacing the planks and propping the
            # worst-affected rooms at between £9m and £11m")
            # ("estimated the damage to coral reefs and to the fish cages of ... fishermen from leaking fuel at P38
            # million": no comma or clause on the way)
            reach = 21 if not _FIGURE_NOUNS.isdisjoint(L[k + 1:k + 4]) else 11
            ats = [x for x in range(k + 2, min(n, k + reach)) if L[x] == "at"]
            # (the "at" before a figure: "put the number of jobs at risk at 420")
            at = next((x for x in ats if self._figure_at(x + 1)), ats[0] if ats else None)
            if at is not None and at - k >= 17 and any(self.t[x].is_punct or L[x] in REPORTING_VERBS for x in range(k + 1, at)):
                at = None
            while at is not None and at + 2 < n and self.t[at + 1].text in _QUOTES:
                at += 1  # ('put the revenue lost at "less than GH¢700 million"')
            if at is not None and L[k] in {"put", "puts", "placed", "places"} and not self._figure_at(at + 1):
                at = None  # ("put the number on the picket line lower still, at “never more than 900”": lower, then how)
            if at is None and L[k] in {"put", "puts", "placed", "places"} and k + 1 < n \
                    and L[k + 1] in {"the", "its", "their", "his", "her", "our"}:
                # "Mercier-Holt put the figure much lower", "put the number of workers inside far lower": an estimate
                # against the one just told
                hl = next((x for x in range(k + 2, min(n, k + 10)) if L[x] in {"higher", "lower"}), None)
                if hl is not None and not any(self.t[x].is_punct for x in range(k + 2, hl)) \
                        and not _FIGURE_NOUNS.isdisjoint(L[k + 2:k + 4]):
                    subj = self.subject(k)
                    if subj is not None:
                        # (to the sentence's end: "put the number of injured higher, saying 23 people had been ...")
                        out.append(dict(kind="verb", party=subj, cue=self.t[k].text, ci=k, cj=k + 1,
                                        stance="asserts", content=self._content_after(k + 1, None)))
                continue
            if at is not None and L[at + 1] == "a" and not (at + 2 < n and L[at + 2] in {"third", "quarter", "half", "fifth",
                                                                                        "tenth", "million", "billion"}):
                at = None  # ("to put a motion to members at a meeting": a place, no figure)
            if at is not None and L[k + 1] not in {"in", "on", "off", "up", "out", "forward", "down", "back", "away"} \
                    and self._figure_at(at + 1):
                # ("The university put the figure at €2.7 million", "The commission put voter turnout at 54.1 per cent")
                # "Qoriwayra put the volume at roughly 1,200 cubic metres": an estimate, and whose
                subj = self.subject(k)
                if subj is not None:
                    e = next((x for x in range(at + 1, n) if self.t[x].text in {",", ";", "."}), n)
                    out.append(dict(kind="verb", party=subj, cue=self.text(k, at + 1), ci=k, cj=at + 1,
                                    stance="asserts", content=self.text(k + 1, e)))
        for k in ([k for k, w in enumerate(L) if w == "declined"] if "declined" in L else ()):
            x_to = next((x for x in range(k + 1, min(n - 1, k + 4)) if L[x] == "to"), None)
            if x_to is not None and L[x_to + 1] in _DECLINED_TO and k not in self.quoted and x_to + 3 < n \
                    and self.t[x_to + 2].is_alpha:  # what they would not say ("where it was found"), not a bare "comment"
                # "Sgt. Dana Whitcomb, a department spokeswoman, declined Monday to say where it was found"
                subj = self.subject(k)
                if subj is not None and subj.type != "document":
                    out.append(dict(kind="verb", party=subj, cue=self.text(k, x_to + 2), ci=k, cj=x_to + 2,
                                    stance="asserts", content=self._content_after(x_to + 2, None)))
        for k in ([k for k, w in enumerate(L) if w == "pleaded"] if "pleaded" in L else ()):
            if k + 1 < n and (L[k + 1] == "guilty" or k + 2 < n and L[k + 1] == "not" and L[k + 2] == "guilty"):
                subj = self.subject(k)  # "Gregory Tanselle, the founder of ..., has pleaded not guilty"
                if subj is not None:
                    cj = k + (2 if L[k + 1] == "guilty" else 3)
                    out.append(dict(kind="verb", party=subj, cue=self.text(k, cj), ci=k, cj=cj,
                                    stance="denies" if L[k + 1] == "not" else "asserts",
                                    content=self._content_after(k + 1, None)))
        for k in ([k for k, w in enumerate(L) if w in _DOCUMENT_VERBS or w in _DOCUMENT_BASE_VERBS and k >= 2 and (
                L[k - 1] == "not" and L[k - 2] in {"do", "does", "did"} or L[k - 1] == "to" and L[k - 2] in _SEEMS)]
                  if not _DOCUMENT_VERBS.isdisjoint(L) or not _DOCUMENT_BASE_VERBS.isdisjoint(L) else ()):
            # (and "The minutes do not record", "A maintenance report ... appears to support": a document's word too)
            # "The report recommended a fine of Dh150,000", "The FIR names four officials", "The memo ... sets out":
            # what a document holds, whatever verb tells it (a person's "lists" or "names" is no claim)
            if k == 0 or k in self.quoted or self.t[k].is_cap or k + 1 >= n or self.t[k - 1].text == "-" \
                    or L[k - 1] in {"the", "a", "an", "its", "their", "his", "her", "these", "those"} \
                    or any(f["ci"] is not None and f["ci"] <= k < f["cj"] for f in out) \
                    or self._inside_name(k) or self.t[0].text in {'"', "“"} and not any(
                        t.text in {'"', "“", "”"} for t in self.t[1:]) \
                    or L[k] in _NOUN_LIKE_CUES and self.t[k - 1].is_alpha and not self.t[k - 1].is_cap \
                    and L[k - 1] not in DOCUMENT_NOUNS and k >= 2 and L[k - 2] in _DETERMINERS:
                # (nor in a quotation's first sentence: '"The entry at 6.48 refers to a brief alarm. ...," he said';
                # nor a participle as an adjective: "payments to the flagged workers")
                # (nor a name's word: "seen by Jutarnji list"; nor a noun: "at a parliamentary estimates hearing")
                continue
            # (a document's negated or seeming verb: its subject before the auxiliary, "The minutes do not record")
            subj = self.subject(k - 2 if L[k] in _DOCUMENT_BASE_VERBS and L[k] not in _DOCUMENT_VERBS else k)
            first = next((z for z in range(k) if subj is not None and subj.start is not None
                          and self.t[z].start >= subj.start), k)
            if subj is not None and (subj.type == "document" or L[k] in _FINDS and subj.type in {"official", "organization"}) \
                    and not (L[k] in _FINDS and L[k + 1] == "that") \
                    and "according" not in L and L[k - 1] not in {"which", "whom"} \
                    and not any(L[z] in REPORTING_VERBS or L[z] in {"that", "because", "after", "when", "if", "unless", "whether"}
                                for z in range(first)) \
                    and not (subj.end is not None and any(L[z] in REPORTING_VERBS and self.t[z - 1].end == subj.end
                                                          and REPORTING_VERBS[L[z]][0] != L[z] and L[z + 1] != "by"
                                                          for z in range(first + 1, k))):
                # (not a noun after the document's own verb: "Our own review found ... in legitimate change orders")
                # (not inside what another says: "denied ..., saying an internal audit had identified 38 deaths")
                cj = k + 2 if L[k + 1] in {"to", "out"} else k + 1  # ("refers to", "sets out")
                out.append(dict(kind="verb", party=subj, cue=self.text(k, cj), ci=k, cj=cj, stance="asserts",
                                content=self._content_after(cj, None)))
        for k in ([k for k, w in enumerate(L) if w in _BRUSH_VERBS] if not _BRUSH_VERBS.isdisjoint(L) else ()):
            # "Villaraza ... has brushed off the allegations": a denial told without "deny"
            if k + 1 < n and L[k + 1] in {"off", "aside", "away"} and k not in self.quoted and any(
                    L[x] in _BRUSHED_NOUNS for x in range(k + 2, min(n, k + 6))):
                subj = self.subject(k)
                if subj is not None and subj.type != "document":
                    out.append(dict(kind="verb", party=subj, cue=self.text(k, k + 2), ci=k, cj=k + 2,
                                    stance="denies", content=self._content_after(k + 2, None)))
        for k in ([k for k, w in enumerate(L) if w in _NOT_ACCEPTED or w in _NOT_DENIED]
                  if not _NOT_ACCEPTED.isdisjoint(L) or not _NOT_DENIED.isdisjoint(L) else ()):
            # "The trust does not accept that.", "the ministry did not recognise the figures": what another said, denied
            # ("He did not dispute that some overtime had gone unrecorded": a denial withheld, what they concede)
            if k < 3 or L[k - 1] != "not" or L[k - 2] not in {"does", "did", "do"} or k + 1 >= n or k in self.quoted:
                continue
            conceded = L[k] in _NOT_DENIED
            if conceded and not (L[k + 1] == "that" and k + 2 < n and self.t[k + 2].is_alpha) or not conceded and not (
                    L[k + 1] in {"this", "these", "those"} or L[k + 1] == "that" and (k + 2 >= n or self.t[k + 2].is_punct)
                    # "did not accept that the contract was to blame": a clause told, denied (not "that offer")
                    or L[k + 1] == "that" and L[k] == "accept" and any(
                        L[x] in BE_FORMS or L[x] in _CLAUSE_VERBS or L[x] in {"would", "will", "could", "should"}
                        or L[x].endswith("ed") and len(L[x]) > 5 and self.t[x].is_alpha and not self.t[x].is_cap
                        for x in range(k + 3, min(n, k + 9)))  # ("that the letter amounted to a warning")
                    or L[k + 1] in {"the", "its", "their", "his", "her"} and any(
                        L[x] in _BRUSHED_NOUNS or L[x] in _DISPUTED_NOUNS for x in range(k + 2, min(n, k + 5)))):
                continue
            subj = self.subject(k - 2)
            if subj is not None and subj.type != "document":
                out.append(dict(kind="verb", party=subj, cue=self.text(k - 2, k + 1), ci=k - 2, cj=k + 1,
                                stance="asserts" if conceded else "denies", content=self._content_after(k + 1, None)))
        for k in ([k for k, w in enumerate(L) if w == "further" and k > 0 and L[k - 1] in {"went", "goes", "go"}
                   and (k + 1 == n or L[k + 1] in {".", ",", ":", "still", "than", "and", "in", "on"})]
                  if "further" in L else ()):
            # "Budromost Północ, the firm that renovated the bridge, went further still.": a speaker's account, outdone
            if k not in self.quoted and (subj := self.subject(k - 1)) is not None and subj.type != "document":
                out.append(dict(kind="verb", party=subj, cue=self.text(k - 1, k + 1), ci=k - 1, cj=k + 1,
                                stance="asserts", content=self._content_after(k + 1, None)))
        for k in ([k for k, w in enumerate(L) if w in _ACCOUNT_VERBS] if not _ACCOUNT_VERBS.isdisjoint(L) else ()):
            noun = next((x for x in range(k + 2, min(n, k + 7 if "set" in L[k + 2:k + 5] else k + 5)) if L[x] in _ACCOUNT_NOUNS), None)
            # ("gave yet another set of figures")
            if noun is not None and (L[k + 1] in {"a", "an"} or L[k + 1] == "yet" and L[k + 2] == "another") \
                    and any(L[x] in _OTHER_ACCOUNT for x in range(k + 1, noun)) \
                    and k not in self.quoted:
                # "Valtellina president Ottavio Rizzardi gave a different version": an account of their own, whose
                subj = self.subject(k)
                if subj is not None:
                    out.append(dict(kind="verb", party=subj, cue=self.text(k, noun + 1), ci=k, cj=noun + 1,
                                    stance="asserts", content=self._content_after(noun + 1, None)))
        for k in [k for k, w in enumerate(L) if w in {"read", "reads"} and k >= 2 and L[k - 1] in DOCUMENT_NOUNS
                  and L[k - 2] in {"the", "its", "their", "his", "her", "a"}]:
            # '"There is no evidence ...," the statement read.' and 'The letter reads: "..."': the document, which
            # speaks for whoever issued it (``_statement_issuers``)
            before = k >= 4 and self.t[k - 3].text in _QUOTES and self.t[k - 4].text in {",", ".", "?", "!"}
            after = k + 2 < n and self.t[k + 1].text == ":" and self.t[k + 2].text in _QUOTES
            subj = self.party(k - 2, k) if before or after else None
            if subj is not None:
                out.append(dict(kind="verb", party=subj, cue=self.t[k].text, ci=k, cj=k + 1, stance="asserts",
                                content=self.text(0, k - 3) if before else self.text(k + 2, n)))
        for k in ([k for k, w in enumerate(L) if w == "asked"] if "asked" in L else ()):
            subj, quote_end = None, k - 1  # the closing quote
            if k >= 2 and self.t[k - 1].text in _QUOTES and self.t[k - 2].text in {"?", ","}:
                subj = self._after_subject(k)  # '"How does a family rebuild with that?" asked the 47-year-old'
            elif k >= 3 and L[k - 1] in {"he", "she", "they"} and self.t[k - 2].text in _QUOTES \
                    and self.t[k - 3].text in {"?", ","}:
                subj, quote_end = self.pronoun(L[k - 1], k - 1), k - 2  # '"Is it safe?" she asked.'
            elif (q := next((x for x in range(k - 2, max(1, k - 9), -1) if self.t[x].text in _QUOTES), None)) is not None \
                    and self.t[q - 1].text in {"?", ","} and all(self.t[x].is_alpha or self.t[x].text in {"-", "'s", "’s"}
                                                               or self.t[x].text.isdigit()  # ("the 62-year-old asked")
                                                               for x in range(q + 1, k)):
                subj, quote_end = self.party(q + 1, k), q  # '"How can they say we were illegal?" the cooperative leader asked.'
            if subj is not None:
                out.append(dict(kind="verb", party=subj, cue="asked", ci=k, cj=k + 1, stance="asserts",
                                content=self.text(0, quote_end + 1)))
        for k, w in [(k, w) for k, w in enumerate(L) if w in REPORTING_VERBS]:
            if w in {"saying", "telling"} and k >= 3 and L[k - 1] == "as" and L[k - 2] in {"quoted", "cited"} \
                    and not any(k > t_ for t_ in that_after):
                # "Its director, Tomás Iriarte, was quoted as saying that ...": the subject of "was"
                subj = self.subject(k - 3 if L[k - 3] in BE_FORMS else k - 2)
                if subj is not None:
                    out.append(dict(kind="verb", party=subj, cue=self.text(k - 2, k + 1), ci=k - 2, cj=k + 1,
                                    stance="asserts", content=self._content_verb(k, subj)))
                    that_after.append(k)
                continue
            if w.endswith(("ed", "en")) and k not in self.quoted and self._be_before(k) and w not in CITING_VERBS \
                    and not any(k > t_ for t_ in that_after):
                passive = self._passive(k)
                if passive is not None:
                    out.append(passive)
                    continue
            if not self.verb_ok(k):
                continue
            aside = self._answering_aside(k)
            if any(k > t_ for t_ in that_after) and aside < 0:
                continue  # a cue inside another's reported clause (but "..., a claim the firm rejected")
            lemma, stance = REPORTING_VERBS[w]
            if lemma == "reject" and _OFFER_OBJECT.match(" ".join(L[k + 1:k + 7])) is not None:
                # "have rejected a K4.2 million compensation package": turning an offer down denies no claim
                stance = "asserts"
            if w in CITING_VERBS:
                # "X cites Y saying that ..."
                subj = self.subject(k)
                e = k + 1
                while e < n and L[e] not in {"saying", "as", "that", ",", "who", "."}:
                    e += 1
                src = self.party(k + 1, e)
                named = self._apposed_person(e)
                if named is not None:
                    # "quoted Upper Korrah's relief commissioner, Mary Achol Garang, as saying": the name in apposition
                    src = named[0]
                    e = next((x for x in range(e + 1, n) if self.L[x] in {"saying", "as", "that"}), e)
                showing = next((x for x in range(k + 2, e) if L[x] in _SHOWING), None) if e < n and L[e] == "," else None
                if showing is not None and (doc := self.party(k + 1, showing)) is not None and doc.type == "document":
                    # "She cited an analysis by her office showing prices up just 3.1%, and said ...": what the
                    # document shows is its claim, relayed by her; what she said after is hers
                    doc.via = subj.via + [subj.name] + doc.via if subj and subj.name else doc.via
                    out.append(dict(kind="cite", party=doc, cue=self.t[k].text, ci=k, cj=k + 1, stance="asserts",
                                    content=self.text(showing + 1, e)))
                    if subj is not None and subj.name and e + 2 < n and L[e + 1] == "and" and L[e + 2] in REPORTING_VERBS:
                        said = e + 2  # (its own cue, read here: the document is not who said it)
                        out.append(dict(kind="verb", party=subj, cue=self.t[said].text, ci=said, cj=said + 1,
                                        stance=REPORTING_VERBS[L[said]][1], content=self._content_verb(said, subj)))
                        that_after.append(e + 1)
                    continue
                if subj and src:
                    src.via = subj.via + [subj.name] + src.via
                    out.append(dict(kind="cite", party=src, cue=self.t[k].text, ci=k, cj=k + 1, stance="asserts",
                                    content=self._content_after(e + 1 if e < n and L[e] != "saying" else e + 2, None)))
                    that_after.append(e)
                continue
            subj = self.party(aside, self._skip_back(k, aside)) if aside >= 0 else self.subject(k)
            if subj is None:
                continue
            if self._inside_previous(out, k, subj):
                continue  # "Lindqvist said the plant's own tests had found ...": part of what he said
            if lemma not in _STRONG_CUES and stance != "denies" and subj.type != "document" and not self._complement(k, subj) \
                    and not (lemma in _JUDGING_CUES and self._reason_after(k)) \
                    and not (lemma == "describe" and self._reason_after(k, bare_as=True)):
                continue  # "added two players", "posted a photo": the verb, not an attribution (a document's verbs are its content)
            window = " ".join(L[k + 1:k + 6])
            if lemma == "tell" or "interview with" in window or window.startswith(("to ", "in an interview")):
                # "told The Northern Ledger", "in an interview with the Valley Post": the outlet relays it
                to = [m for m in self.mentions(k + 1, min(n, k + 8)) if self.kind_of(m.name) == "outlet"]
                if to and to[0].name != subj.name and to[0].name not in subj.via:
                    subj.via = [to[0].name] + subj.via
            elif " ".join(L[:4]).startswith(_TO_OUTLET_OPENERS) and subj.start is not None:
                # "In remarks to the Jordan News Agency, Petra, Hiyari said": the outlet named before the speaker
                to = [m for m in self.mentions(1, k) if self.kind_of(m.name) == "outlet" and m.end <= subj.start]
                if to and to[0].name != subj.name and to[0].name not in subj.via:
                    subj.via = [to[0].name] + subj.via
            content = self._content_verb(k, subj)
            if k >= 2 and L[k - 1] in {"which", "who"} and self.t[k - 2].text == ",":
                content = content.split(", ")[0]  # "..., which says it notified him on May 2, declined": the clause
            c = next((x for x in range(k + 1, min(n, k + 8)) if L[x] in {"citing", "quoting"} and self.t[x - 1].text == ","), None)
            if c is not None and not (subj.type == "document" and "that" in L[k + 1:c]):
                # (a document cites no one: "Minutes show that councillors were unanimous, citing drainage": they did)
                # "..., the agency reported on Tuesday, citing internal documents": they are the source, it relays
                inner = self.party(c + 1, self._list_end(c + 1))
                if inner is not None and subj.name is not None:
                    inner.via = subj.via + [subj.name] + inner.via
                    subj = inner
            if subj.gender is None and subj.type in {"anonymous", "official"} and not _plural(subj.text or "") \
                    and (k + 1 < n and L[k + 1] in {"she", "he"} or k + 2 < n and L[k + 1] == "that" and L[k + 2] in {"she", "he"}):
                # "a vendor who asked not to be named said she had ...": what she says of herself says who she is
                subj.gender = "female" if "she" in L[k + 1:k + 3] else "male"
            out.append(dict(kind="verb", party=subj, cue=self.t[k].text, ci=k, cj=k + 1, stance=stance,
                            content=content))
            if subj.type == "anonymous" and len(out) > 1 and self._tells_speaker(k):
                # (a teller inside another's account: no speaker a later "he said" is; and what they told is told
                # as news, no denial: "a site manager had told him that it would never come within a mile")
                out[-1]["relayed"], out[-1]["stance"] = True, "asserts"
            for other in subj.co or ():
                out.append(dict(kind="verb", party=other, cue=self.t[k].text, ci=k, cj=k + 1, stance=stance,
                                content=content))
            self._trim_previous(out)
            if k + 1 < n and (L[k + 1] == "that" or (k + 2 < n and L[k + 2] == "that")):
                that_after.append(k + 1)
            part = next((x for x in range(k + 2, min(n, k + 6)) if L[x] in _PARTICIPLE_CUES and self.t[x - 1].text == ","), None)
            if part is not None:
                that_after.append(part)  # "disputed this, saying three firms had written ...": one frame
        first_part = next((k for k, w in enumerate(L) if w in _PARTICIPLE_CUES and k > 1 and self.t[k - 1].text == ","
                           and k not in self.quoted), None)
        kept = None  # (the cues inside a "saying", put aside while its own subject is looked for)
        if out and first_part is not None and L[first_part] == "saying" \
                and all(f.get("ci") is not None and f["ci"] > first_part and f["party"].type == "document" for f in out):
            # "Babu also questioned the residents' figure, saying a survey commissioned by the company found ...": the
            # man saying it (the survey's finding is what he says), when no cue comes before his "saying"
            kept, out = out, []
        if not out:
            for k, w in [(k, w) for k, w in enumerate(L) if w in _PARTICIPLE_CUES or w == "writing"]:
                if w == "writing" and not any(L[x] == "that" for x in range(k + 1, min(n, k + 16))):
                    continue  # "resigned Monday, writing in a letter to the board that ...": only with its clause
                if k > 1 and self.t[k - 1].text == "," and k not in self.quoted:
                    subj = self.clause_subject(k - 1)
                    if subj is not None and w == "accusing" and (place := self.ents.entities.get(subj.name or "")) is not None \
                            and place.type in {"GPE", "LOC"}:
                        subj = None  # ("tenants of a tower in Dubai's Al Barsha have filed cases, accusing": not the place)
                    if subj is not None:
                        lemma, stance = REPORTING_VERBS[w]
                        content = self._content_verb(k)
                        if w in {"telling", "writing"}:
                            # "gave yet another figure, telling Kitenderi FM, a local radio station, on Monday that
                            # ...": the outlet relays it, and what was told (or written) follows "that"
                            to = [m for m in self.mentions(k + 1, min(n, k + 8)) if self.kind_of(m.name) == "outlet"]
                            if to and to[0].name != subj.name and to[0].name not in subj.via:
                                subj.via = [to[0].name] + subj.via
                            that = next((x for x in range(k + 1, min(n, k + 16)) if L[x] == "that"
                                         and x not in self.quoted), None)
                            if that is not None:
                                content = _unquoted(self.text(that + 1, n).strip(" .:")).rstrip(" .") or content
                        out.append(dict(kind="verb", party=subj, cue=self.t[k].text, ci=k, cj=k + 1, stance=stance,
                                        content=content))
                        break
            if kept and not out:
                out = kept  # (no subject for the "saying": the cues inside it stand)
        if out and n > 3 and L[0] in {"writing", "speaking", "in"} and L[1] in {"in", "for", "to", "an", "a"}:
            # "Writing in El Diario, economist Laura Benet argued": the outlet that carries it relays it
            to = [m for m in self.mentions(1, min(n, 8)) if self.kind_of(m.name) == "outlet"]
            for f in out:
                if to and f["party"].name and to[0].name != f["party"].name and to[0].name not in f["party"].via:
                    f["party"].via = [to[0].name] + f["party"].via
        self._relayed_after(out)
        self._seen_by(out)
        return self._combine(out)

    def _seen_by(self, frames: list[dict]) -> None:
        """"A report by X, commissioned by Y and seen by La Nación, found": the outlet that saw a document relays it."""
        for f in frames:
            p = f["party"]
            if p.type != "document" or f.get("ci") is None or p.end is None:
                continue
            p_end = next((z for z in range(self.n) if self.t[z].start >= p.end), self.n)
            # (before the cue, or just after the document when the cue came first: "According to the report, seen
            # by the Tiroler Tageszeitung, the check ...")
            for z in range(1, max(f["ci"] - 1, min(self.n - 1, p_end + 4))):
                if self.L[z] == "by" and self.L[z - 1] in {"seen", "obtained", "reviewed", "viewed", "published"} \
                        and self.t[z].start >= p.end:
                    # (the outlet, or one named after its kind: "seen by the newspaper La Tercera", "first published
                    # by the Lima newspaper La República")
                    at = z + 2 if self.L[z + 1] == "the" and z + 2 < self.n else z + 1  # ("seen by the Ledger")
                    to = self.mentions(at, min(self.n, at + 4), kinds=("name",))[:1] if self._outlet_at(at) else [
                        m for m in self.mentions(z + 1, min(self.n, z + 7), kinds=("name",))
                        if self.kind_of(m.name) == "outlet" and any(
                            self.L[y] in OUTLET_NOUNS for y in range(z + 1, z + 7) if self.t[y].end <= m.start)]
                    if to and to[0].name not in p.via:
                        p.via = p.via + [to[0].name]

    def _relayed_after(self, frames: list[dict]) -> None:
        """ "X insisted ..., telling Kymata FM that ...", "X rejected it in an interview with Kymata FM": the outlet
        named after the cue relays what X said."""
        L = self.L
        for k in range(1, self.n - 2):
            if L[k] in {"telling", "told"} and self.t[k - 1].text == ",":
                at = k + 1
            elif L[k] in {"talking", "speaking"} and L[k + 1] == "to":
                at = k + 2
            elif L[k] == "interview" and L[k + 1] == "with" and k >= 2 and L[k - 1] in {"an", "the"}:
                at = k + 2
            else:
                continue
            to = [m for m in self.mentions(at, min(self.n, at + 5)) if self.kind_of(m.name) == "outlet"]
            if not to:
                continue
            # (or an aside before the cue: "A former employee, speaking to Heimildin on condition of anonymity, said")
            upto = self.n if L[k] in {"talking", "speaking"} and self.t[k - 1].text == "," else k
            for f in frames:
                p = f["party"]
                if f.get("ci") is not None and f["ci"] < upto and p.name and p.name != to[0].name and to[0].name not in p.via \
                        and p.type != "outlet":
                    p.via = p.via + [to[0].name]

    def _skip_back(self, k: int, floor: int) -> int:
        """Where the subject before cue ``k`` ends: back over "has strongly" and the like."""
        e = k
        while e > floor and self.L[e - 1] in _SKIP_BACK:
            e -= 1
        return e

    def _answering_aside(self, k: int) -> int:
        """ "..., a claim the firm rejected": where the subject of a cue in an aside answering what came before
        starts ("the firm"), or -1."""
        end = k
        if k >= 2 and self.t[k - 1].text == ",":
            # (past an aside on the speaker: "..., a claim the Kenora District Services Board, which runs local
            # paramedic services, said it could not confirm")
            c = next((z for z in range(k - 2, max(0, k - 14), -1) if self.t[z].text == ","), None)
            if c is not None and self.L[c + 1] in {"which", "who"}:
                end = c
        for x in range(end - 1, max(0, end - 10), -1):
            if self.t[x].text == ",":
                w = self.L[x + 1] if x + 1 < end else ""
                if w in {"allegations", "claims", "accusations", "charges"} and x + 2 < end:
                    return x + 2
                if w in {"a", "an"} and x + 3 < end and self.L[x + 2] in _ANSWERED_NOUNS:
                    return x + 3
                return -1
        return -1

    def _tells_speaker(self, k: int) -> bool:
        """Whether cue ``k`` is "told him" (or "told them", "had told her"): someone told the speaker."""
        return self.L[k] in {"told", "tells"} and k + 1 < self.n and self.L[k + 1] in {"him", "her", "them", "us", "me"}

    def _inside_previous(self, frames: list[dict], k: int, subj: Party) -> bool:
        """Whether cue ``k``, with an unnamed subject, sits in the clause reported by the cue before it."""
        if subj.type not in {"anonymous", "document"} or subj.start is None or not frames:
            return False
        if subj.type == "anonymous" and self._tells_speaker(k) and not _plural(subj.text or ""):
            return False  # "Abdelhamid said the building's watchman told him ...": a teller the speaker relays
        f = frames[-1]
        ci, p = f["ci"], f["party"]
        if f["kind"] != "verb" or ci is None or ci >= k or p.start is None or p.start > self.t[ci].start:
            return False
        return subj.start > self.t[ci].end and not any(
            self.t[x].text in {",", ";", ":"} or self.t[x].text in _QUOTES or self.L[x] in {"while", "but", "and", "whereas"}
            for x in range(ci + 1, k))

    def _apposed_name(self, that: int) -> Party | None:
        """The body named before the apposition a relative "that" closes: "X, a Sunnyside-based union that"."""
        if that < 4 or self.L[that - 1] not in _CIVIC_HEADS:
            return None
        c = next((z for z in range(that - 2, max(0, that - 9), -1) if self.t[z].text == ","), None)
        if c is None or c < 1 or self.L[c + 1] not in {"a", "an"} or not all(
                self.t[z].is_alpha or self.t[z].text in {"-", "'", "’"} for z in range(c + 1, that)):
            return None
        ends = [m for m in self.mentions(max(0, c - 8), c, kinds=("name",)) if m.end == self.t[c - 1].end]
        if ends and self.kind_of(ends[-1].name) in {"organization", "official"}:
            m = ends[-1]
            return Party(m.name, self.kind_of(m.name), m.text, m.start, m.end)
        return None

    def _passive(self, k: int) -> dict | None:
        """ "The contamination was first reported last week by the Ledger-Dispatch": who reported it follows "by"."""
        by = next((x for x in range(k + 1, min(self.n, k + 7)) if self.L[x] == "by"), None)
        if by is None or any(self.t[x].is_punct for x in range(k + 1, by)) or self.L[k] in _QUESTIONING:
            return None  # (not "was questioned by police": an interview, no claim)
        e = by + 1
        while e < self.n and self.t[e].text not in {",", ".", ";", ":"} and self.L[e] != "that":
            e += 1
        p = self.party(by + 1, e)
        if p is None or p.type in {"anonymous", "official"}:
            named = self._apposed_person(e)  # "rejected by the union's national secretary, Comrade Ngozi Okafor,"
            if named is not None:
                p, e = named
                while e < self.n and self.t[e].text not in {",", ".", ";", ":"} and self.L[e] != "that":
                    e += 1
        if p is None or p.type not in {"outlet", "person", "organization", "official"} and not (
                # "That account is disputed by two BMC board members, who spoke on condition of anonymity": unnamed
                p.type == "anonymous" and REPORTING_VERBS[self.L[k]][1] == "denies"):
            return None
        be = k - 1
        while be > 0 and self.L[be] not in BE_FORMS:
            be -= 1
        if self.L[k] in {"rejected", "refused", "turned"} and be > 0 and not any(
                self.L[z] in _SAID_THINGS or self.L[z] in _THAT_WORDS for z in range(max(0, be - 8), be)) \
                and any(self.L[z] in REPORTING_VERBS for z in range(0, max(0, be - 1))):
            return None  # "Griffith said a rival bid ... had been rejected by the Board": a decision she reports, no denial
        content = self.text(e + 1, self.n).strip(" .") if e < self.n and self.L[e] == "that" else self.text(0, be).strip(' ,"“”')
        return dict(kind="verb", party=p, cue=self.t[k].text, ci=k, cj=k + 1, stance=REPORTING_VERBS[self.L[k]][1],
                    content=content or self.s.text)

    def _reason_after(self, k: int, *, bare_as: bool = False) -> bool:
        """ "blasted the council for dragging its feet", "slammed the plan as 'reckless'": the judgement's grounds (and
        with ``bare_as``, "described the offer as a sticking plaster": what the speaker calls it, quoted or not)."""
        for x in range(k + 2, min(self.n - 1, k + 9)):
            if self.t[x].text in {",", ".", ";"}:
                return False
            if self.L[x] == "for" and self.L[x + 1].endswith("ing") \
                    or self.L[x] == "as" and (bare_as or self.t[x + 1].text in _QUOTES):
                return True
        return False

    def _called_on_to(self, k: int) -> bool:
        """ "called on the council and the OPW to publish ...": a demand (not "called on Monday", "called on the radio
        show", "called on residents at home")."""
        if self.L[k] not in {"call", "calls", "called"} or k + 2 >= self.n or self.L[k + 1] != "on":
            return False
        after = self.L[k + 2]
        return not (self.t[k + 2].is_punct or after[:1].isdigit() or after in WEEKDAYS or after.rstrip(".") in MONTHS
                    or after in {"the", "a", "an"} and k + 3 < self.n
                    and self.L[k + 3] in {"meeting", "vote", "debate", "hearing", "phone", "radio", "show", "programme"}) \
            and "to" in self.L[k + 3:k + 15]

    def _complement(self, k: int, subj: Party) -> bool:
        """A weak reporting verb attributes only with a clause or a quote after it, or postposed."""
        if self._called_on_to(k):
            return True  # "She called on the council to publish ...": a demand
        x = k + 1
        while x < min(self.n, k + 11):
            if self.L[x] == "that" or self.t[x].text in _QUOTES or self.t[x].text == ":":
                return True
            if self.L[x] == "to" and self.L[k] == "expects" and k + 1 < x <= k + 6 and self.L[k + 1] != "to" \
                    and not any(self.L[z] in REPORTING_VERBS for z in range(k)):
                return True  # "expects the arbitration to take at least 18 months": a forecast (not "expects to", nor
                # one inside what someone said: "Castellanos said she expects ...")
            if self.t[x].text == "," and x + 2 < self.n and self.L[x + 1] in _ASIDES and self.t[x + 2].text == ",":
                x += 3  # "She acknowledged, however, that ..."
                continue
            if self.t[x].text in {",", ".", ";"}:
                break
            x += 1
        if self.L[k] in _BELIEF_FORMS and k + 2 < self.n and self.t[k + 1].is_alpha and not self.t[k + 1].is_cap \
                and self.L[k + 1].endswith("s") and not self.L[k + 1].endswith("ss") and self.L[k + 2] in _PLURAL_AUXILIARIES:
            return True  # "estimates businesses have lost $1.3 million": a bare plural, then its verb
        if self.L[k] in _BELIEF_FORMS and self.L[k].endswith("s") and k + 2 < self.n and (self.t[k + 1].text[:1].isdigit() or self.L[k + 1] in _ABOUT_A_NUMBER) \
                and any(self.L[x] in _PLURAL_AUXILIARIES or self.L[x] in {"is", "was"} for x in range(k + 2, min(self.n, k + 8))):
            return True  # "estimates more than 30,000 boats were launched": a figure, then its verb
        named_first = self.L[k] in _BELIEF_FORMS and k + 1 < self.n and self.t[k + 1].is_cap and self.t[k + 1].is_alpha
        if k + 2 < self.n and (self.L[k + 1] in _CLAUSE_STARTS or named_first):
            # "suggested the bridge may have been overloaded": a clause without "that"
            for x in range(k + 2, min(self.n, k + 8)):
                if self.t[x].is_punct:
                    break
                if self.L[x] in _CLAUSE_VERBS or self.L[x] in {"may", "might", "must", "should"}:
                    return True
                if (x >= k + 3 or named_first or self.L[k + 1] in {"he", "she", "they", "we", "it"}) \
                        and self.L[k] in _BELIEF_FORMS and not self.t[x].is_cap \
                        and (self.L[x] in _PAST_FORMS or self.L[x].endswith("ed")):
                    return True  # "The watchdog believes the firms took turns", "estimates Brightpath overbilled the
                    # NDIS", "maintains it only became aware": a clause in the past, no "that"
        # postposed: "..., his lawyer suggested earlier this week, without giving details." (up to the next comma)
        rest = list(takewhile(lambda t: t.text not in {",", ";", "."}, self.t[k + 1:]))
        if len(rest) <= 4 and subj.start is not None and subj.start > self.s.start:
            i = next((x for x in range(self.n) if self.t[x].start == subj.start), 0)
            return i > 0 and (self.t[i - 1].text == "," or self.t[i - 1].text in _QUOTES)
        return False

    def _trim_previous(self, frames: list[dict]) -> None:
        """Two speakers in one sentence: the first one's clause ends where the second's begins."""
        if len(frames) < 2:
            return
        a, b = frames[-2], frames[-1]
        cut = b["party"].start
        if cut is None or a["ci"] is None or self.t[a["ci"]].start >= cut:
            return
        text = a["content"] or ""
        pos = text.find(self.s.text[cut - self.s.start:cut - self.s.start + 12])
        if pos > 0:
            a["content"] = re.sub(r"[\s,;]*(?:\b(?:while|whereas|but|and|although|though)\b)?[\s,;]*$", "", text[:pos])

    def _list_end(self, i: int) -> int:
        """End of a cited list: "American, European, and Russian sources" stops at ", reported"."""
        e = i
        while e < self.n:
            if self.t[e].text == ",":
                nx = self.t[e + 1] if e + 1 < self.n else None
                if nx is None or not (nx.text[:1].isupper() and nx.lower not in {"the", "a", "an"} or nx.lower in {"and", "or"}):
                    return e
            if self.t[e].text == ".":
                return e
            e += 1
        return e

    def _document_before(self, y: int, x: int) -> Party | None:
        """The document that opens the sentence before the aside ``y``..``x`` on who has a copy: "However, the report
        of the Central Drugs Testing Laboratory, a copy of which was seen by The Hindu, shows"."""
        o0 = 2 if self.n > 2 and self.L[0] in _ASIDES and self.t[1].text == "," else 0
        if self.L[o0] not in {"a", "an", "the", "that", "this"}:  # ("That report, a copy of which ...")
            return None
        d = next((z for z in range(o0 + 1, min(o0 + 5, y)) if self.L[z] in DOCUMENT_NOUNS and not self.t[z].is_cap), None)
        if d is None or not all(self.t[z].is_alpha and not self.t[z].is_cap for z in range(o0 + 1, d)) \
                or not (d + 1 == y or self.L[d + 1] in _DOC_PREPOSITIONS | {"by"}):
            return None
        # (the outlet that has the copy relays it: ``_seen_by``)
        return Party(self.text(o0, d + 1), "document", self.text(o0, d + 1), self.t[o0].start, self.t[d].end)

    def _two_asides(self, x: int) -> bool:
        """Whether the comma at ``x`` closes two asides after the name the sentence opens with: "Rupert Oyelaran, a
        fund manager at Halewood, one of Kelstow’s ten largest shareholders, said", "R. Saravanan, the MLA from
        Gingee, who raised the issue, claimed"."""
        commas = [z for z in range(1, x) if self.t[z].text == ","]
        # (and a title first: "Choi Dong-hyun, CEO of Seojin Marine Tech Co., one of the 14 subcontractors, said")
        return len(commas) == 2 and (self.L[commas[0] + 1] in {"a", "an", "the"} or self._role_word(commas[0] + 1)
                                     or self.L[commas[0] + 1].rstrip(".") in TITLE_WORDS) \
            and (self.L[commas[1] + 1:commas[1] + 3] == ["one", "of"] or self.L[commas[1] + 1] in {"a", "an", "the", "who"})

    def _glossed(self, x: int) -> bool:
        """Whether the comma at ``x`` closes a title glossed after the name the sentence opens with: "Jürgen
        Weißenborn, the Landrat, or district administrator, of Mühlenau, told"."""
        commas = [z for z in range(1, x) if self.t[z].text == ","]
        return len(commas) in (2, 3) and self.L[commas[0] + 1] in {"a", "an", "the"} and self.L[commas[1] + 1] == "or" \
            and all(self.t[z].is_alpha and not self.t[z].is_cap for z in range(commas[1] + 2, (commas + [x])[2])) \
            and (len(commas) == 2 or self.L[commas[2] + 1] in {"of", "in", "at", "for"})

    def _of_address(self, x: int) -> Party | None:
        """The person before an address apposition that ends at the comma ``x``: "Declan Mac Cárthaigh (61), of
        Oldtown Road, Clane, Co Kildare, has pleaded" (courts' and police reports), not the town."""
        y = next((y for y in range(x - 2, max(0, x - 16), -1) if self.t[y].text == "," and self.L[y + 1] == "of"), None)
        if y is None or not all(self.t[z].is_cap or self.t[z].text in {",", "-"} or self.t[z].text.isdigit()
                                or self.L[z] in {"of", "the", "and"} for z in range(y + 1, x)):
            return None
        end = y - 1
        if end >= 3 and self.t[end].text == ")" and self.t[end - 1].text.isdigit() and self.t[end - 2].text == "(":
            end -= 3  # "(61)": the age, as Irish and British courts' reports give it
        elif end >= 2 and self.t[end].text.isdigit() and self.t[end - 1].text == ",":
            end -= 2  # "Ruiz, 34, of Elm Street,"
        who = [m for m in self.mentions(0, end + 1, kinds=("name",)) if m.end == self.t[end].end]
        if who and self.kind_of(who[-1].name) == "person":
            m = who[-1]
            return Party(m.name, "person", m.text, m.start, m.end)
        return None

    def _outlet_at(self, i: int) -> bool:
        """Whether the name at token ``i`` is a news outlet's ("obtained by Rappler")."""
        named = self.mentions(i, min(self.n, i + 4), kinds=("name",))
        return bool(named) and named[0].start == self.t[i].start and self.kind_of(named[0].name) == "outlet"

    def _region_after(self, a: int, c: int) -> bool:
        """Whether the comma at ``c`` parts a place, told in the description after the comma at ``a``, from its region:
        "a retired seamstress from Gilkes Gap, St Lucy,"."""
        return self.t[c - 1].is_cap and self.t[c + 1].is_cap and any(self.L[z] in {"from", "in", "of", "near"}
                                                                    for z in range(a + 1, c - 1))

    def _list_comma(self, c: int, k: int) -> bool:
        """Whether the comma at ``c`` parts names in a list that "and" closes before the next comma: "the Deputy for
        St Mary, St Ouen and St Peter,"."""
        if not (self.t[c - 1].is_cap and c + 1 < k and self.t[c + 1].is_cap):
            return False
        z = c + 1
        while z < k and self.t[z].is_cap:
            z += 1
        return z + 1 < k and self.L[z] in {"and", "or"} and self.t[z + 1].is_cap

    def _of_place_and_region(self, o0: int, k: int) -> Party | None:
        """ "Deanna Whitford of Kessock Bay, Argyll said": the person the sentence opens on, past her place and its
        region (no comma before the verb to close them)."""
        c = next((z for z in range(k - 2, max(o0, k - 5), -1) if self.t[z].text == ","), None)
        if c is None or not all(self.t[z].is_cap for z in range(c + 1, k)):
            return None
        p = next((z for z in range(c - 2, max(o0, c - 6), -1) if self.L[z] in {"of", "from"}), None)
        if p is None or not all(self.t[z].is_cap for z in range(p + 1, c)):
            return None
        m = next((m for m in self.mentions(o0, p, kinds=("name",)) if m.end == self.t[p - 1].end
                  and m.start <= self.t[min(o0 + 2, p - 1)].start), None)  # (past a title: "Tuai Rumah Jimbun ...")
        if m is None or self.kind_of(m.name) != "person":
            return None
        return Party(m.name, "person", m.text, m.start, m.end)

    def _titled_then_named(self, o0: int, k: int) -> Party | None:
        """ "The Senator representing Rivers West Senatorial District, Senator Boma Datonye-Harry, said": the person
        named after the title the sentence opens on (not the place the title is of)."""
        if k < 5 or self.t[k - 1].text != "," or self.L[o0] != "the" or self.L[o0 + 1] not in TITLE_WORDS:
            return None
        c0 = next((z for z in range(k - 2, max(o0, k - 9), -1) if self.t[z].text == ","), None)
        if c0 is None or any(self.t[z].text in _QUOTES for z in range(o0, k)):
            return None
        m = next((m for m in self.mentions(c0 + 1, k - 1, kinds=("name",)) if m.end == self.t[k - 2].end), None)
        if m is None or self.kind_of(m.name) != "person":
            return None
        return Party(m.name, "person", m.text, m.start, m.end)

    def _named_then_apposed(self, o0: int, k: int) -> Party | None:
        """ "Olivier Nshimiye, managing director of Kivu Hills Coffee Ltd, a washing station operator, said": the
        person the sentence opens on, past two descriptions (of them and of their firm)."""
        if k < 6 or self.t[k - 1].text != ",":
            return None
        opening = self._opening_person(o0, k)
        if opening is None:
            return None
        m, e = opening
        commas = [z for z in range(e, k) if self.t[z].text == ","]
        if e >= k or self.t[e].text != "," or len(commas) != 3 or any(
                self.L[z] in REPORTING_VERBS or self.t[z].text in _QUOTES or self.t[z].text in {";", "("} for z in range(e, k)):
            return None
        # a relative clause only in the firm's description: "..., the St Lucia-based firm that supplied the plant, told"
        if any(self.L[z] in {"who", "which", "whose", "that"} for z in range(e, commas[1])) or self.L[commas[1] + 1] not in {
                "a", "an", "the"} and any(self.L[z] in {"who", "which", "whose", "that"} for z in range(commas[1], k)):
            return None
        if not all(self.t[c + 1].is_alpha and (not self.t[c + 1].is_cap or self.L[c + 1] in {"a", "an", "the"}
                                               or x > 0 and self._region_after(commas[x - 1], c)
                                               or x == 0 and self._titled_role(c + 1, commas[1]))
                   for x, c in enumerate(commas[:-1])):
            return None  # (each description in lower case: a role, "a washing station operator"; or a title of a
            # firm's, capitalised: "Project Manager of Bhuvanagiri Infratech Pvt. Ltd.")
        return Party(m.name, "person", m.text, m.start, m.end)

    def _role_of_firm_then_clause(self, e: int, k: int) -> bool | None:
        """After a name (at ``e``, a comma), its age, a post of a firm's and a clause of the firm's before the cue:
        "Derek Sproat (58), director of Glenhapple Haulage Ltd, which holds the contract, said" (True); None when
        the words are not so."""
        if e >= k - 2 or self.t[e].text != "," or any(
                self.L[z] in REPORTING_VERBS or self.t[z].text in _QUOTES or self.t[z].text in {";", "(", ":"}
                for z in range(e + 1, k)):
            return None
        commas = [z for z in range(e, k - 1) if self.t[z].text == ","]
        if len(commas) == 3 and all(self.t[z].text.isdigit() for z in range(commas[0] + 1, commas[1])):
            commas = commas[1:]  # ", 58,": the age
        if len(commas) != 2 or self.L[commas[1] + 1] not in {"which", "whose"}:
            return None
        a, b = commas[0] + 1, commas[1]
        if not (self.t[a].is_alpha and not self.t[a].is_cap or self._titled_role(a, b)):
            return None
        of = next((z for z in range(a, b - 1) if self.L[z] == "of" and self.t[z + 1].is_cap), None)
        if of is None or any(self.kind_of(x.name) == "person" for x in self.mentions(a, b, kinds=("name",))):
            return None
        return True

    def _titled_role(self, a: int, b: int) -> bool:
        """Whether tokens ``a`` to ``b`` are a capitalised post of a body's: "Project Manager of Acme Ltd" (a title's
        word, then "of"), not a name."""
        of = next((z for z in range(a, min(b, a + 4)) if self.L[z] == "of"), None)
        return of is not None and of > a and self.L[of - 1] in TITLE_WORDS \
            and all(self.t[z].is_cap and not any(self.kind_of(x.name) == "person"
                                                 for x in self.mentions(z, z + 1, kinds=("name",)))
                    for z in range(a, of))  # (a firm's name may have taken the title in: "Project Manager of Acme Ltd")

    def _figure_at(self, x: int) -> bool:
        """Whether a figure starts at token ``x``: a digit, an estimate's word ("roughly"), a currency before it ("€2.7
        million", "Rp 1.1 trillion", "EGP 1.8 billion", "Sh1.8 billion")."""
        if x >= self.n:
            return False
        w = self.t[x].text
        return (w[:1].isdigit() or self.L[x] in _ESTIMATE_WORDS or w[:1] in "$€£¥₹₦₱" and x + 1 < self.n
                or x + 1 < self.n and self.t[x + 1].text[:1].isdigit() and 2 <= len(w) <= 3 and w[:1].isupper()
                or _CURRENCY_ON_FIGURE.match(w) is not None)

    def _opening_person(self, at: int, k: int) -> tuple[Mention, int] | None:
        """The person named at token ``at`` (a sentence's opening) and the token after the name, before ``k``."""
        m = next((m for m in self.mentions(at, at + 1, kinds=("name",)) if m.start == self.t[at].start), None)
        if m is None or self.kind_of(m.name) != "person":
            return None
        return m, next((z for z in range(at, k) if self.t[z].start >= m.end), k)

    def _named_then_described(self, o0: int, k: int) -> Party | None:
        """ "Cllr Nadia Chaudhry-Ellis, cabinet member for children, young people and families, insisted", "Hsu Chin-fa
        (許金發), 63, a vegetable farmer whose fields draw water from the canal, said": the person the sentence opens
        on, past their age and one description (a list's commas in it, or a relative clause of its own)."""
        if k < 5 or self.t[k - 1].text != ",":
            return None
        opening = self._opening_person(o0 + 1 if self.L[o0].rstrip(".") in _OPENING_TITLES and o0 + 1 < k else o0, k)
        if opening is None:
            return None
        m, e = opening
        if e < k and self.t[e].text == "(":  # the name in its own script, or the age, in brackets
            e = next((z + 1 for z in range(e, min(k, e + 6)) if self.t[z].text == ")"), k)
        if (firm := self._role_of_firm_then_clause(e, k)) is not None:
            return Party(m.name, "person", m.text, m.start, m.end) if firm else None
        if e >= k - 2 or self.t[e].text != "," or any(
                self.L[z] in REPORTING_VERBS or self.t[z].text in _QUOTES or self.t[z].text in {";", "(", ":"}
                for z in range(e, k)) or self.mentions(e, k - 1, kinds=("name",)):
            return None
        commas = [z for z in range(e, k - 1) if self.t[z].text == ","]
        start, aged = e + 1, False
        if len(commas) >= 2 and all(self.t[z].text.isdigit() for z in range(commas[0] + 1, commas[1])):
            start, aged = commas[1] + 1, True  # ", 63,": the age
            commas = commas[1:]
        if not (self.t[start].is_alpha and not self.t[start].is_cap or self.L[start] in {"a", "an", "the"}):
            return None
        if len(commas) == 1:
            # one description: with the age before it ("63, a vegetable farmer whose fields ..."), theirs; else
            # ``_named_then_apposed`` and the rest read it
            return Party(m.name, "person", m.text, m.start, m.end) if aged and self.L[start] in {"a", "an", "the"} else None
        inner = commas[1:]
        listed = all(self.t[c + 1].is_alpha and not self.t[c + 1].is_cap and self.L[c + 1] not in {"who", "which"}
                     for c in inner) and any(self.L[z] in {"and", "or"} for z in range(inner[-1], k - 1))
        if not listed:
            return None
        return Party(m.name, "person", m.text, m.start, m.end)

    def minutes_at(self) -> int | None:
        """Where "Minutes of ..." or "minutes from ..." opens the sentence (after "But", "However,"), else None."""
        o = 1 if self.n > 1 and self.L[0] in {"but", "and", "yet"} else 0
        if self.n > o + 2 and self.L[o] in {"however", "meanwhile"} and self.t[o + 1].text == ",":
            o += 2
        return o if self.n > o + 2 and self.L[o] == "minutes" and self.L[o + 1] in {"of", "from"} else None

    def _body_role_at(self, i: int, x: int) -> bool:
        """Whether a body's name and its possessive open a role at ``i``: "NHS Dumfries and Galloway’s director of
        nursing, midwifery and allied health professions"."""
        m = next((m for m in self.mentions(i, x, kinds=("name",)) if m.start == self.t[i].start), None)
        z = next((z for z in range(i, x) if self.t[z].start >= m.end), None) if m is not None else None
        return z is not None and z + 1 < x and self.t[z].text in {"'s", "’s"} \
            and (self._role_word(z + 1) or self.L[z + 1].rstrip(".") in TITLE_WORDS)

    def _according_document(self, i: int, e: int) -> Party | None:
        """A document "according to" names by its kind, whoever made it (of 26 such held-out annotations with a body's
        name inside, 20 are the document, 4 the body): "an internal MMTA estimate", "a police statement read out in court",
        "a preliminary account released by ...", "the COA report"; else None (not "the company's statement", a body's
        own words, nor "a person familiar with its findings")."""
        if e - i < 2 or self.L[i] not in {"a", "an", "the"}:
            return None
        head = next((z for z in range(i + 1, min(e, i + 6)) if self.L[z] in _ACCORDING_DOCS and not self.t[z].is_cap), None)
        if head is None or any(self.t[z].text in {"'s", "’s"} or self.L[z] in ANONYMOUS_NOUNS for z in range(i, head)):
            return None
        while head + 1 < e and self.L[head + 1] in _ACCORDING_DOCS and not self.t[head + 1].is_cap:
            head += 1  # "a draft permit posted on ...": the compound's last noun
        after = head + 1
        if after < e and not (self.L[after].endswith("ed") or self.L[after] in _IRREGULAR_PARTICIPLES
                              or self.L[after] in {"read", "by", "from", "of", "on", "dated", "issued", "obtained", "seen"}):
            return None
        end = e if after < e else head + 1
        return Party(self.text(i, end), "document", self.text(i, end), self.t[i].start, self.t[end - 1].end)

    def standfirst_body(self, k: int) -> Party | None:
        """A standfirst's bare subject, as a headline writes it: "Business group says ..." is the one organisation
        whose name has its words ("Charleville Business Association"), else None."""
        if self.s.sid != 0 or not self.t[0].is_title:
            return None
        if k > 4 and self.t[k - 1].text == ",":
            # "Water district stands by appraisals, says most owners have signed": one subject for both verbs
            h = next((z for z in (1, 2) if self.L[z] in _BODY_SUBJECTS or self.L[z] in _GROUP_NAMES), None)
            if h is None or not self.t[h + 1].is_alpha or self.t[h + 1].is_cap \
                    or any(self.L[z] in {"and", "but", "while", "as", "after", "when"} or self.t[z].text in {";", ":"}
                           for z in range(h + 1, k)):
                return None
            k = h + 1
        semi = next((z for z in range(k - 1, 0, -1) if self.t[z].text in {";", "–", "—"}), None)
        if semi is not None and 2 <= k - semi - 1 <= 3 and all(
                (self.t[z].is_alpha or self.t[z].text in {"'", "’"}) and not self.t[z].is_cap for z in range(semi + 1, k)):
            # "Operator says a cut forced the increase; regional district says there was no cut", "...; builders' group
            # says it was shut out": the second clause's own bare subject
            return self._told_of(self.bare_body(semi + 1, k))
        if not 2 <= k <= 4 or any(not (self.t[z].is_alpha or self.t[z].text in {"'", "’"}) or z and self.t[z].is_cap
                                  for z in range(k)):
            return None  # (a plural's apostrophe too: "Tenants' association says")
        return self._told_of(self.bare_body(0, k))

    def subject(self, k: int) -> Party | None:
        if (bare := self.standfirst_body(k)) is not None:
            return bare
        o0 = 1 if self.n > 1 and self.L[0] in {"but", "and", "yet"} else 0  # ("But a site inspection report prepared")
        if self.n > 2 and self.L[o0] in {"however", "meanwhile", "separately"} and self.t[o0 + 1].text == "," \
                and self.L[o0 + 2] in {"a", "an"}:
            o0 += 2  # "However, an internal Corrbridge email ..., seen by The Irish News, appears to show"
        elif k > 6 and self.L[0] == "it" and self.L[1] in BE_FORMS and self.L[2] in HEDGE_PASSIVE_VERBS and self.L[3] == "that" \
                and self.L[4] in {"a", "an", "the"}:
            o0 = 4  # "It is understood that an internal email sent ... warned": the subject after the hedge's "that"
        if (self.t[0].is_upper or self.t[0].is_title) and self.s.sid <= 3:
            # "PORT MARIA, St Mary: Fishers in this north-coast town say": the sentence opens after its dateline
            o0 = self.opening() or o0
        if (mo := self.minutes_at()) is not None and mo + 2 < k \
                and (self.L[k] in _DOCUMENT_VERBS or self.L[k] in _DOCUMENT_BASE_VERBS) \
                and not any(self.L[z] in REPORTING_VERBS or self.t[z].text in _QUOTES for z in range(mo + 2, k)):
            # "Minutes of the council's infrastructure committee meeting on February 18 record", "Minutes of the
            # municipal executive meeting held on February 12, 2023, however, show", "However, minutes from the
            # Sept. 22 council meeting show": the minutes, whatever meeting
            stop = next((z for z in range(mo + 2, k)
                         if self.t[z].text == "," or self.L[z] in {"on", "held", "dated"}), k)
            return Party(self.text(mo, stop), "document", self.text(mo, stop), self.t[mo].start, self.t[stop - 1].end)
        if k - o0 >= 3 and self.L[k - 1] == "statement" and (
                self.L[k - 2] in {"'s", "’s"} or k - o0 >= 4 and self.L[k - 3] in {"'s", "’s"} and self.t[k - 2].is_alpha
                and not self.t[k - 2].is_cap) and self.L[o0] not in {"a", "an"}:
            # "The agency’s statement said", "Brightmoor’s statement said": the body that made it (held-out annotators
            # require it, 6 of 6; but "The fund’s statements put": its financial statements, documents)
            owner = self.party(o0, k - 2 if self.L[k - 2] in {"'s", "’s"} else k - 3)
            if owner is not None and owner.type in {"organization", "official", "person"}:
                owner.text = self.text(o0, k)
                return owner
        e0 = o0 + 2 if self.L[o0] in {"however", "meanwhile", "but"} and self.t[o0 + 1].text == "," else o0
        if self.L[e0] in DOCUMENT_NOUNS and self.L[e0].endswith("s") and e0 + 2 < k and self.L[e0 + 1] == "between" \
                and not any(self.t[z].text in _QUOTES or self.L[z] in REPORTING_VERBS and not self.t[z].is_cap
                            for z in range(e0 + 2, k)):
            # "However, emails between the company and council officers, seen by the Herald, show": the emails (not
            # either side of them)
            return Party(self.text(e0, e0 + 1), "document", self.text(e0, e0 + 1), self.t[e0].start, self.t[e0].end)
        d = next((z for z in range(o0 + 1, min(o0 + 7, k)) if self.L[z] in DOCUMENT_NOUNS and not self.t[z].is_cap), None)
        if d is not None and k >= 2 and self.L[k - 1] in {"he", "she", "they", "we", "i"} and self.t[k - 2].text == ",":
            d = None  # "The letter offered $150,000, he said, and only if ...": the speaker after the comma, not the letter
        if o0 == 0 and self.L[0] in DOCUMENT_NOUNS and self.L[0].endswith("s") and self.L[1] in {"the", "its", "their"} \
                and (self.L[k] in _DOCUMENT_VERBS or self.L[k] in _DOCUMENT_BASE_VERBS) \
                and not any(self.L[z] in _DOCUMENT_VERBS or self.L[z] in REPORTING_VERBS for z in range(1, k)):
            d = 0  # "Reports the hospital filed with the department show": the bare plural opening the sentence
        while d is not None and d + 2 < k and self.L[d + 1] in DOCUMENT_NOUNS and not self.t[d + 1].is_cap \
                and not self.L[d].endswith("s"):
            d += 1  # "an internal audit report dated February 3": the compound's last noun
        if d is not None and d + 4 < k and self.t[d + 1].text == "," and self.L[d + 2] in {"last", "first", "recently", "originally"} \
                and (self.L[d + 3].endswith("ed") or self.L[d + 3] in _IRREGULAR_PARTICIPLES) and self.t[k - 1].text == "," \
                and not any(self.L[z] in REPORTING_VERBS or self.t[z].text in _QUOTES for z in range(d + 3, k)):
            # "Stridely's privacy policy, last updated in January, states": the document, past when it was updated
            p = self.party(o0, d + 1)
            if p is not None and p.type == "document":
                return p
        if d is not None and d + 1 < k and (
                self.L[o0] in {"a", "an", "the"}
                and (d < o0 + 5 or d == o0 + 5 and any(self.t[z].is_cap for z in range(o0 + 1, d)))  # ("An internal Nova
                # Scotia Health review dated June 12, a copy of which ..., found": a name inside)
                and all(self.t[z].is_alpha and (not self.t[z].is_cap or self.L[o0] in {"a", "an"} and not any(
                    self.L[y] in {"said", "says"} for y in range(d + 1, self.n))) for z in range(o0 + 1, d))
                # "Public Health Scotland (PHS) figures published last Tuesday show", "Freedom of information data
                # released to the party shows": whose figures, then how they came out
                or o0 == 0 and self.t[0].is_cap and self.L[0] not in NON_NAME_CAPS and (all(
                    self.t[z].is_cap or self.t[z].text in {"(", ")", "-", "&"} or self.L[z] in {"of", "and"}
                    or self.L[z] == "to" and self.t[z + 1].is_cap  # ("Right to Information documents obtained by")
                    or self.L[z - 1] == "of" and self.t[z].is_alpha for z in range(1, d))
                    # "Campaign finance records filed with the Commission on Elections": a common noun opening it
                    or self.t[0].is_title and d >= 2 and not self.mentions(0, 1)
                    and all(self.t[z].is_alpha and not self.t[z].is_cap for z in range(1, d)))
                # (but "Water samples taken by Colectivo Yakuchay showed": the group that took them; "obtained by
                # Rappler": the outlet that has them)
                # (a document "by" someone is theirs: "A memo by the investigating judge ... paints yet another picture")
                and (self.L[d + 1] == "by" or all(self._outlet_at(z + 1) for z in range(d + 1, k) if self.L[z] == "by"))
                # "Nevada business filings reviewed by Fortune show ...", "Internal records obtained by the BBC show":
                # a bare plural, then the outlet that saw it
                or self.L[d].endswith("s") and d - o0 <= 3 and self.t[o0].is_title and self.L[o0] not in NON_NAME_CAPS
                and all(self.t[z].is_alpha for z in range(o0, d)) and self.L[d + 1] in {"reviewed", "seen", "obtained"}
                and all(self._outlet_at(z + 1) for z in range(d + 1, k) if self.L[z] == "by")) \
                and (self.L[d + 1] in _IRREGULAR_PARTICIPLES or self.L[d + 1].endswith("ed")
                     or (self.L[d + 1] == "by" or self.L[d + 1] == "to" and self.L[d + 2] in {"the", "a", "an", "its", "their"})
                     and self.L[o0] in {"a", "an", "the"} and any(self.t[z].text == "," for z in range(d + 2, k))
                     # "A staff report to county council dated Feb. 11, however, says": whom it went to, then its date
                     or self.L[d + 1] == "to" and self.L[o0] in {"a", "an", "the"}
                     and any(self.L[z] == "dated" for z in range(d + 3, min(k, d + 11)))
                     # "A staff report to councillors found": whom it went to, then what it finds (no comma, a
                     # document's verb; but "An annex to the draft estimates": a part of another document)
                     or self.L[d + 1] == "to" and self.L[o0] in {"a", "an", "the"} and k - d <= 9
                     and (self.L[k] in _DOCUMENT_VERBS or self.L[k] in _DOCUMENT_BASE_VERBS)
                     and not any(self.t[z].text in {",", ";"} or self.L[z] in DOCUMENT_NOUNS for z in range(d + 1, k))) \
                and not any(self.L[z] in REPORTING_VERBS and z != d + 1 and not self.t[z].is_cap  # (not "the Post")
                            or self.t[z].text in _QUOTES for z in range(d + 2, k)):
            # "A report released in September by the Coalition, a nonprofit that tracks ..., found": the report,
            # whatever is said between about who made it
            if self.L[d + 1] == "by":  # "The report by the Passenger Rail Safety Inspectorate (PRSI), released ...": whose
                stop = next((z for z in range(d + 2, k) if self.t[z].text in {",", "("} or self.L[z] in REPORTING_VERBS), k)
                p = self.party(o0, stop)
                if p is not None and p.type == "document":
                    return p
            return Party(self.text(o0, d + 1), "document", self.text(o0, d + 1), self.t[o0].start, self.t[d].end)
        if d is not None and d < o0 + 5 and d + 3 < k and (
                self.L[o0] in {"a", "an", "the"} and all(self.t[z].is_alpha and not self.t[z].is_cap for z in range(o0 + 1, d))
                # (or a bare plural: "But quarterly reports the authority filed with the DEC ... show", "annual
                # flow-meter reports the plant filed")
                or self.L[d].endswith("s") and all((self.t[z].is_alpha or self.t[z].text == "-")
                                                   and (not self.t[z].is_cap or z == 0) for z in range(o0, d))) \
                and (self.L[d + 1] in {"the", "its", "their", "his", "her"} or self.t[d + 1].is_cap
                     or self.L[d + 1] == "that" and (self.L[d + 2] in {"the", "its", "their"} or self.t[d + 2].is_cap)) \
                and (self.L[k].endswith("s") and not self.L[k].endswith("ss")
                     or self.L[d].endswith("s") and not self.L[k].endswith("s")) \
                and not any(self.t[z].text in _QUOTES for z in range(d + 1, k)):
            # "A letter the Bureau sent to the Ministry on November 3, seen by Addis Standard, states", "A quarterly
            # filing the company made with the SEC shows": the document, then the clause on who wrote it (no "that")
            v = next((z for z in range(d + 2, min(k, d + 6)) if self.t[z].is_alpha and not self.t[z].is_cap
                      and (self.L[z].endswith("ed") or self.L[z] in _IRREGULAR_PARTICIPLES or self.L[z] in _PAST_SENT)), None)
            if v is not None:
                return Party(self.text(o0, d + 1), "document", self.text(o0, d + 1), self.t[o0].start, self.t[d].end)
        if d is not None and self.L[o0] in {"a", "an", "the"}:
            while d + 1 < k and self.L[d + 1] in DOCUMENT_NOUNS:
                d += 1  # "an audit report"
            if d + 2 < k and self.L[d + 1] in _DOC_PREPOSITIONS and all(
                    self.t[z].is_cap or self.t[z].text in {"(", ")", "-", "&", "'s", "’s"} or self.t[z].text.isdigit()
                    or self.L[z] in {"of", "on", "the", "and", "for"} or _ORDINAL.fullmatch(self.L[z])
                    for z in range(d + 2, k)) and self.t[d + 2].text not in {"(", ")"}:
                # "A 2024 annual audit report of the Commission on Audit (COA) on the Department of Public Works and
                # Highways (DPWH) Capiz 1st District Engineering Office found": the report, whatever names its maker
                return Party(self.text(o0, d + 1), "document", self.text(o0, d + 1), self.t[o0].start, self.t[d].end)
        if (p := self._residents_aside(o0, k)) is not None:
            return p
        twice = self._named_then_apposed(o0, k) or self._named_then_described(o0, k)
        if twice is not None:
            return twice
        titled = self._titled_then_named(o0, k) or self._of_place_and_region(o0, k)
        if titled is not None:
            return titled
        a1 = o0
        if self.L[o0] in _PP_OPENERS | {"back", "meanwhile", "elsewhere", "nearby", "outside"}:
            # "Back on the beach, a vendor who ...": past a phrase fronted before the subject
            c0 = next((z for z in range(o0 + 1, min(k, o0 + 8)) if self.t[z].text == ","), None)
            a1 = c0 + 1 if c0 is not None and c0 + 2 < k else o0
        if self.L[a1] in _ONE_OR_SOME and self.t[a1 + 1].is_alpha and not self.t[a1 + 1].is_cap:
            c1 = next((z for z in range(a1 + 2, k) if self.t[z].text == ","), None)
            if c1 is not None and c1 + 1 < k \
                    and _UNNAMED_SPEAKER.search(self.s.text, self.t[c1].start - self.s.start, self.t[k].start - self.s.start):
                # "An engineer with the project's consultant, Gihon Axis, who asked not to be named, said": the
                # engineer, unnamed (not the firm apposed to the consultant)
                p = self.party(a1, next((z for z in range(a1 + 2, c1) if self.L[z] in {"who", "which", "that"}), c1))
                if p is not None and p.type == "anonymous":
                    return p
                if p is not None and p.type in {"organization", "official"} and p.text is not None:
                    # "a pharmacist employed by the chain, who spoke on condition of anonymity": the pharmacist, not
                    # the chain that employs her
                    return Party(p.text, "anonymous", p.text, p.start, p.end)
            rel = next((z for z in range(a1 + 2, min(a1 + 8, k)) if self.L[z] in {"who", "whose"}), None)
            if rel is not None and not any(self.t[z].text in {",", ";"} or self.t[z].text in _QUOTES for z in range(rel, k)):
                # "A family whose Żabbar home was crushed ... says": the family, unnamed (not the place in its clause)
                p = self.party(a1, rel)
                if p is not None and p.type == "anonymous":
                    return p
                if p is not None and (member := self._unnamed_member(p, a1, rel, k)) is not None:
                    return member
        if self.L[a1] in {"a", "an", "one"} and self.t[a1 + 1].is_cap and (unnamed := self._unnamed_of_body(a1, k)) is not None:
            # "A Finance employee who asked not to be named because ... said", "A Thunder Bay Transit driver, who spoke
            # on condition of anonymity ..., said": one of the body's people, unnamed (not the body)
            return unnamed
        if self.L[a1] in {"a", "an", "one", "two", "three", "several"} and k - a1 <= 16 and any(
                self.L[z] in {"familiar", "close"} and self.L[z + 1] in {"with", "to"} for z in range(a1 + 2, min(a1 + 5, k - 1))) \
                and not any(self.t[z].text in {",", ";"} or self.t[z].text in _QUOTES for z in range(a1, k)):
            # "A person familiar with talks between the company and the co-operative said": the person, unnamed
            # (not whoever the talks were with)
            p = self.party(a1, k)
            if p is not None and p.type == "anonymous":
                return p
        h0 = o0  # ("More than 200 households in Nyarurama Cell, Kigarama Sector, have rejected": past the count)
        while h0 + 1 < k and (self.L[h0] in _COUNT_WORDS or self.t[h0].text.replace(",", "").isdigit()):
            h0 += 1
        if h0 > o0 and self.L[h0] in _RESIDENT_NOUNS and self.L[h0 + 1] in {"of", "in", "from"} and (
                self.t[h0 - 1].text.replace(",", "").isdigit() or self.L[h0 - 1] == "of"):
            o0 = h0
        if self.L[o0] in _RESIDENT_NOUNS and o0 + 2 < k and self.L[o0 + 1] in {"of", "in", "from"} and self.t[o0 + 2].is_cap \
                and self.t[k - 1].text == "," \
                and (c := next((z for z in range(o0 + 3, min(k, o0 + 7)) if self.t[z].text == ","), None)) is not None \
                and c + 2 < k and self.L[c + 1] in {"a", "an", "the"} \
                and any(self.L[z] in _PLACE_ASIDE_NOUNS for z in range(c + 2, min(k, c + 5))) \
                and not any(self.t[z].text in _QUOTES or self.L[z] in REPORTING_VERBS for z in range(c + 1, k - 1)):
            # "Residents of Kalirchhara, the hillside settlement where the landslide struck ... (23 August), said":
            # the people, past the aside on their place
            return Party(self.text(o0, c), "anonymous", self.text(o0, c), self.t[o0].start, self.t[c - 1].end)
        if self.L[o0] in _RESIDENT_NOUNS and o0 + 2 < k and self.L[o0 + 1] in {"of", "in", "from"} and self.t[o0 + 2].is_cap:
            # "Residents of Sokotey, Abrakpo and Nyameduase also accused", "Parents in Al-Jishah, Al-Tarf and Al-Qarn
            # told": the people, unnamed (not their towns)
            e = o0 + 2
            while e < k and (self.t[e].is_cap or self.t[e].text in {",", "-"} or self.L[e] == "and"
                             # ("Residents of Kisaju in Isinya, Kajiado County,", "VILLAGERS in Ntalale, Gwanda district,")
                             or self.L[e] in {"in", "near", "of"} and e + 1 < k and self.t[e + 1].is_cap
                             # ("Residents of Umuezeoka, a community in Ekwulobia, ...": the place said in an aside)
                             or self.L[e] in {"a", "an"} and self.t[e - 1].text == "," and e + 3 < k
                             and self.L[e + 1] in _PLACE_ASIDE_NOUNS and self.L[e + 2] in {"in", "of", "near", "outside"}
                             and self.t[e + 3].is_cap
                             or self.L[e - 1] in {"a", "an"} and self.L[e] in _PLACE_ASIDE_NOUNS
                             or self.L[e - 1] in _PLACE_ASIDE_NOUNS and self.L[e] in {"in", "of", "near", "outside"}
                             or self.L[e] in _AFTER_A_PLACE and self.t[e - 1].is_cap):
                e += 1
            if e > o0 + 3 and all(self.L[z] in _SKIP_BACK for z in range(e, k)):
                while self.t[e - 1].text == ",":
                    e -= 1
                return Party(self.text(o0, e), "anonymous", self.text(o0, e), self.t[o0].start, self.t[e - 1].end)
        p0 = o0 + 3 if o0 + 2 < k and self.L[o0 + 1] == "and" and self.L[o0 + 2] in _RESIDENT_NOUNS else o0 + 1
        # ("Residents of Low Moor Lane, some of whom asked not to be named, say": the people, past the aside)
        k0 = self._of_whom_before(k - 1, o0) or k
        if self.L[o0] in _RESIDENT_NOUNS and p0 + 1 < k0 and (self.L[p0] in {
                "of", "in", "along", "near", "from", "around", "on", "across", "at", "between", "interviewed", "surveyed",
                "contacted", "below", "above", "beside", "behind", "outside", "inside"}
                or self.L[p0] in {"north", "south", "east", "west", "downstream", "upstream"} and self.L[p0 + 1] == "of") \
                and k0 - o0 <= 16 and not any(self.t[z].text in {",", ";"} or self.t[z].text in _QUOTES for z in range(o0, k0)):
            # ("Riders on the authority's Route 74 between Paterson and Wayne said", "Surfers and swimmers at Saunton")
            # "Residents of more than a dozen villages along the Nam Sakhone River say": the residents, unnamed
            e = k0
            while e > o0 + 2 and self.L[e - 1] in _SKIP_BACK:
                e -= 1
            return Party(self.text(o0, e), "anonymous", self.text(o0, e), self.t[o0].start, self.t[e - 1].end)
        x = k - 1
        if self.L[k] in _PROGRESSIVE_CUES and x >= 1 and self.L[x] in {"is", "are", "was", "were"}:
            x -= 1  # "Blue Horizon is rejecting ...": the subject of "is"
        while x >= 0:
            if (self.L[x] in _SKIP_BACK or self._manner_adverb(x)) and not self._named(x):  # ("Do denied": Do Jae-woong)
                x -= 1
            elif x >= 2 and self.t[x].text in _QUOTES and self.t[x - 2].text in _QUOTES \
                    and (self.L[x - 1] in _SKIP_BACK or self._manner_adverb(x - 1)):
                x -= 3  # 'and "categorically" denied': the adverb the firm's statement used, quoted
            elif x >= 1 and self.L[x] in _PERIODS and self.L[x - 1] in {"this", "last", "next"}:
                x -= 2  # "had earlier this month told"
            elif x >= 3 and self.L[x] == "ago" and self.L[x - 1].rstrip("s") in _PERIODS:
                x -= 3  # "An inspection report by the agency two years ago found"
            elif x >= 2 and self.L[x] in WEEKDAYS and self.L[x - 1] in {"on", "last", "this"} \
                    and (self.t[x - 2].text in {")", ","} or self.L[x - 1] == "on" and self.t[x - 2].is_alpha
                         and "by" not in self.L[:x]):  # ("Council members on Tuesday accused", not
                # "measurements published by the Office on Thursday showed": whose they are, for the document reader)
                # "The Bharatiya Jan Morcha (BJM) on Wednesday alleged", "..., Henrique Paiva, on Wednesday denied":
                # past the day, to the bracket or the apposition's comma
                x -= 2
            else:
                break
        if x >= 3 and self.t[x].text == "," and self.t[x - 1].text == ")":
            # "Hsieh's lawyer, Pan Yi-chun (潘怡君), said", "The lawyer, Pan Yi-chun (45), said": the name in its own
            # script, or the age, in brackets after the name
            y = next((y for y in range(x - 2, max(0, x - 6), -1) if self.t[y].text == "("), None)
            if y is not None and y >= 1 and self.t[y - 1].is_alpha and all(
                    self.t[z].text.isdigit() or not any("a" <= c.lower() <= "z" for c in self.t[z].text)
                    for z in range(y + 1, x - 1)):
                x = y - 1
        if x >= 6 and (aside := self._of_whom_before(x, max(0, x - 30))) is not None:
            x = aside  # "The farmers, some of whom have watered their herds there for two decades, accuse": an aside
        if x >= 6 and self.t[x].text == ",":
            # "an inspection report ..., a copy of which was seen by Gulf Sentinel, found": who saw it is an aside
            y = next((y for y in range(x - 1, max(0, x - 16), -1) if self.t[y].text == ","), None)
            if y is not None and y + 4 < x and (self.L[y + 1:y + 5] == ["a", "copy", "of", "which"]
                                                or self.L[y + 1:y + 4] == ["which", "was", "seen"]):
                doc = self._document_before(y, x)
                if doc is not None:
                    return doc
                x = y - 1
            elif y is not None and y + 3 < x and y >= 2 and self.L[y + 2] in {"which", "whom"} \
                    and self.L[y + 1] in {"on", "in", "at", "for", "to", "of", "with", "from", "under", "through", "by"}:
                x = y - 1  # "Minutes of the committee, on which the union has held a seat since 2019, show": an aside
            elif y is not None and y + 2 < x and self.L[y + 1] == "where" and y >= 2:
                # "Dr X, the director of Y Hospital, where most of the injured were taken, said": where is an aside
                x = y
            elif y is not None and self.L[y + 1] not in {"which", "who"}:
                # "Bahaghari Sea Transport Inc., which has operated the roll-on, roll-off ferry ... since 2018,
                # insisted": a relative clause with a comma of its own, between two words of a list
                z = next((z for z in range(y - 1, max(0, x - 30), -1) if self.t[z].text == "," and
                          self.L[z + 1] in {"which", "who"}), None)
                # (each comma in it is a list's: before a lower-case word, or a name with "and" or "or" to follow)
                if z is not None and z >= 2 and all(
                        self.t[c - 1].is_alpha and self.t[c + 1].is_alpha and self.L[c + 1] not in REPORTING_VERBS
                        and self.L[c + 1] not in {"who", "which"} and self.L[c + 1] not in _ASIDES
                        and (not self.t[c + 1].is_cap or any(self.L[e] in {"and", "or"} for e in range(c + 1, x)))
                        for c in range(z + 1, x) if self.t[c].text == ",") \
                        and not any(self.t[c].text in _QUOTES for c in range(z, x)):
                    x = z + 1
        if x >= 5 and self.t[x].text == "," and self.L[x - 1] == "part" and self.L[x - 3] == "for" \
                and self.t[x - 4].text == "," and self.t[x - 5].is_alpha:  # (after a bracket: read below)
            x -= 4  # "A ministry spokesperson, for his part, told": an aside between commas
            while x >= 0 and self.L[x] in _SKIP_BACK and not self._named(x):
                x -= 1
        if x >= 3 and self.t[x].text == "," and self.L[x - 1] in _ASIDES and self.t[x - 2].text == ",":
            x -= 3  # "Sources in the wing, however, claimed": an aside between commas
            while x >= 0 and self.L[x] in _SKIP_BACK and not self._named(x):
                x -= 1
            y = next((y for y in range(x, max(0, x - 12), -1) if self.t[y].text == ","), None)
            if y is not None and y >= 1 and self._named(y - 1) and all(
                    self.t[z].is_alpha and (not self.t[z].is_cap or self.L[z - 1] in {"of", "the"}) for z in range(y + 1, x + 1)):
                x = y - 1  # "Abdul Mannan Talukder, headmaster of the school, however, said": the name before the apposition
        elif x >= 4 and self.t[x].text == "," and (self.L[x - 2], self.L[x - 1]) in _ASIDE_PAIRS and self.t[x - 3].text == ",":
            x -= 4  # "The PEB's canvass, by contrast, records"
            while x >= 0 and self.L[x] in _SKIP_BACK and not self._named(x):
                x -= 1
        if x >= 1 and self.t[x].text == ")":
            # "John Thune (R-S.D.) said": a parenthesis after the subject is not the subject
            o = next((y for y in range(x - 1, max(-1, x - 9), -1) if self.t[y].text == "("), None)
            if o is not None:
                x = o - 1
                while x >= 0 and self.L[x] in _SKIP_BACK and not self._named(x):
                    x -= 1
        if x >= 2 and self.L[x] == "to" and self.L[x - 1] in HEDGE_PASSIVE_VERBS and self._be_before(x - 1):
            # "The report is understood to have warned", "he is said to have told": the subject of "is"
            x -= 2
            while x >= 0 and (self.L[x] in _SKIP_BEFORE_BE or self.L[x] in BE_FORMS):
                x -= 1
        if x >= 1 and self.L[x] == "to" and self.L[x - 1] in _APPEAR:
            x -= 2  # "A leaked audit appears to show": the subject of "appears"
            while x >= 0 and self.L[x] in _SKIP_BACK and not self._named(x):
                x -= 1
        if x < 0:
            return None
        w = self.L[x]
        if w in {"which", "who"} and x >= 2 and self.t[x - 1].text == ",":
            # "The International Cycling Union, which says it notified him on May 2,": the name the clause is about
            lead = next((z for z in range(x - 3, max(-1, x - 6), -1) if not (
                self.t[z].is_alpha and not self.t[z].is_cap and self.L[z] not in _GROUP_LEADS)), None)
            if w == "who" and self.L[x - 2] in _RESIDENT_NOUNS and self.t[x - 2].is_alpha and not self.t[x - 2].is_cap \
                    and lead is not None and lead >= x - 5 and self.L[lead] in _GROUP_LEADS \
                    and not any(self.L[z] in ORG_WORDS for z in range(lead + 1, x - 2)):  # (not "a visit by authority staff")
                # "has run into stiff opposition from neighbors, who say", "has angered local stock agents, who say":
                # the people, unnamed (not a street before)
                return Party(self.text(lead + 1, x - 1), "anonymous", self.text(lead + 1, x - 1), self.t[lead + 1].start,
                             self.t[x - 2].end)
            a, b = self.np_back(self._before_asides(x - 2))
            p = self.party(a, b)
            if p is not None and p.type not in {"anonymous", "unattributed"}:
                return p
            # "a setback for the small biotech, which says ...": the name or description the clause hangs on
            ends = [m for m in self.mentions(max(0, x - 6), x - 1) if m.end == self.t[x - 2].end]
            if ends and self.kind_of(ends[-1].name) in {"organization", "official", "person"}:
                m = ends[-1]
                return Party(m.name, self.kind_of(m.name), m.text, m.start, m.end)
        if w == "that" and (apposed := self._apposed_name(x)) is not None:
            return apposed  # "Sindicato de Trabajadores del Valle, a Sunnyside-based union that says ...": the name
        if w in {"but", "and"}:
            if self._frames:  # "the authority said ... and dismissed ...": the same speaker
                p = self._frames[-1]["party"]
                return Party(p.name, p.type, p.text, p.start, p.end, via=list(p.via), gender=p.gender)
            return self.clause_subject(x)
        if self.t[x].text == "," and x >= 2 and self.t[x - 1].text.isdigit() and self.t[x - 2].text == "," \
                and len(self.t[x - 1].text) <= 3:  # (not "dated October 17, 2024, found": a year)
            x -= 3  # "Dahl, 58, denied": an age in apposition
            a, b = self.np_back(x)
            return self.party(a, b)
        if self.t[x].text == "," and x == k - 1 and k + 2 < self.n and not self.t[k + 1].is_cap \
                and self.L[k] in {"reports", "reported", "writes", "wrote"}:
            # "..., reports news website Onet, citing a source", "..., writes the daily Gazeta Wyborcza": the outlet
            # after its verb, described in lower case
            z = next((z for z in range(k + 1, min(self.n, k + 6)) if self.t[z].is_cap), None)
            named = [m for m in self.mentions(z, min(self.n, z + 6), kinds=("name",)) if m.start == self.t[z].start] \
                if z is not None and all(self.L[q] in OUTLET_NOUNS or self.L[q] in _OUTLET_DESCRIPTORS
                                         for q in range(k + 1, z)) else []
            if named and self.kind_of(named[0].name) in {"outlet", "organization"}:
                m = named[0]
                return Party(m.name, "outlet", m.text, m.start, m.end)
        if self.t[x].text == "," and x == k - 1 and self.s.sid <= 1 and 1 <= self.n - k - 1 <= 3 \
                and self.L[k] in {"says", "say", "warns", "claims", "insists"} and self.L[-1] in _BODY_SUBJECTS \
                and all(self.t[z].is_alpha and not self.t[z].is_cap for z in range(k + 1, self.n)):
            # a standfirst's "..., says association": the body after the verb, in lower case and with no article
            return self.bare_body(k + 1, self.n) or self.party(k + 1, self.n)
        if self.t[x].text == "," and x == k - 1 and k + 1 < self.n and self.t[k + 1].is_cap and self.L[k] in {
                "said", "says", "added", "explained", "argued", "warned", "wrote"}:
            named = [m for m in self.mentions(k + 1, min(self.n, k + 6), kinds=("name",)) if m.start == self.t[k + 1].start]
            if not named and self.L[k + 1] in TITLE_WORDS:
                # "..., said Minister for Digital Development and Information Desmond Quek": past the title
                z = k + 1
                while z < min(self.n, k + 12) and (self.t[z].is_cap or self.L[z] in {"for", "of", "and", "&", "the"}):
                    z += 1
                named = [m for m in self.mentions(k + 1, z, kinds=("name",)) if self.kind_of(m.name) == "person"][:1]
            end = next((y for y in range(k + 1, self.n) if named and self.t[y].start >= named[0].end), self.n)
            if named and self.kind_of(named[0].name) in {"person", "official", "organization", "outlet"} and (
                    end >= self.n or self.t[end].text in {",", ".", ";"} or self.L[end] in {"on", "in", "at"}):
                if named[0].start > self.t[k + 1].start or self.t[end].text not in {",", ".", ";"}:
                    m = named[0]  # (after a title, or before "on July 8": the person named)
                    return Party(m.name, self.kind_of(m.name), m.text, m.start, m.end)
                return self._after_subject(k)  # "..., a nature reserve south of the island, said Nadia Rahman"
        c1 = next((y for y in range(1, x) if self.t[y].text == ","), x)  # the first comma, where an apposition opens
        if self.t[x].text == "," and (x > 20 or x > 12 and self._two_asides(x) or x > 6 and self._glossed(x)
                                      or x > 6 and self._body_role_at(c1 + 1, x)):
            # "Blue Horizon Transit Limited, the operator of the coaster bus that plunged into a gully along the
            # ... road on Tuesday evening, is rejecting": the name that opens the sentence, past a long apposition
            o = 1 if self.L[0] in {"but", "and", "yet"} else 0  # ("But Gillian Rennie, the board's director ..., denied")
            opening = [m for m in self.mentions(o, c1, kinds=("name",)) if m.start == self.t[o].start] if c1 < x else []
            if opening and opening[0].end == self.t[c1 - 1].end and (self.L[c1 + 1] in {"a", "an", "the"}
                                                                     or self._role_word(c1 + 1)
                                                                     or self.L[c1 + 1].rstrip(".") in TITLE_WORDS
                                                                     or self._body_role_at(c1 + 1, x)) \
                    and not any(self.L[z] in REPORTING_VERBS or self.t[z].text in _QUOTES for z in range(c1 + 1, x)) \
                    and self.kind_of(opening[0].name) in {"person", "official", "organization"}:
                m = opening[0]
                return Party(m.name, self.kind_of(m.name), m.text, m.start, m.end)
        if self.t[x].text == "," and self.L[k] in {"says", "claims", "insists", "argues", "warns", "say", "claim", "insist", "argue"} \
                and 2 <= x <= 14 and not any(self.t[z].is_punct for z in range(x)) \
                and any(self.L[z] in BE_FORMS or self.L[z] in _MODALS for z in range(1, x)) \
                and k + 1 < self.n and (self.L[k + 1] in _DETERMINERS or self.t[k + 1].is_cap or self.L[k + 1] in _RESIDENT_NOUNS):
            # "The water is unsafe, says the group.": a clause of its own before the comma (its verb "is"), its speaker
            # after the cue, no subject before it (not "The company, based in Wilson, says": no verb before the comma)
            if (post := self._after_subject(k)) is not None:
                return post
        if self.t[x].text == ",":
            # "X, citing Y, reported" / "the president of ..., Ian Bremmer, reported"
            c = next((y for y in range(x - 1, -1, -1) if self.L[y] in {"citing", "quoting"}), None)
            if c is not None and not any(self.L[y] in REPORTING_VERBS and y not in (c,) and self.L[y - 1] not in _DETERMINERS
                                         or self.L[y] in _NEW_CLAUSE for y in range(c + 1, x)):
                # ("the state energy department": a noun; but "..., citing an order book, while Jonathan Prewett, an
                # analyst at X, wrote": a new clause, its own subject)
                src = self.party(c + 1, x)
                a, b = self.np_back(c - 2) if c >= 2 and self.t[c - 1].text == "," else self.np_back(c - 1)
                outer = self.party(a, b)
                if src and outer:
                    src.via = outer.via + [outer.name] + src.via
                    return src
                return outer or src
            for c in range(x - 1, max(0, x - 25), -1):
                # "The 94-page report, obtained by The Wexley Lantern, the campus student newspaper, found":
                # the document before the participle, whatever the phrase after it holds
                if self.t[c].text == "," and (self.L[c + 1].endswith(("ed", "en")) or self.L[c + 1] in _IRREGULAR_PARTICIPLES) \
                        and self.t[c + 1].is_alpha and not self.t[c + 1].is_cap:
                    e = self._before_asides(c - 1)
                    dated = next((z for z in range(c - 1, max(0, c - 6), -1) if self.L[z] == "dated"), None)
                    if dated is not None and dated >= 1 and self.L[dated - 1] in DOCUMENT_NOUNS:
                        e = dated - 1  # "Letters dated February 5, seen by the Goulburn Post, ask": past the date
                    p = self.document_before(e)
                    if p is not None and p.type == "document":
                        return p
                    break
            # "The 62-year-old businessman, who runs three vessels through his company, Kisima Marine Services Ltd,
            # said": the person before the relative clause, however many names it holds (a hedge inside it is no
            # speech of its own: "Hefetz, who is said to be an acquaintance of the founder, Eran Golan, rejected")
            rc = next((z for z in range(1, x) if self.L[z] in {"who", "whose"} and self.t[z - 1].text == ","), None)
            if rc is not None and rc >= 2 and not any(self.t[z].text in _QUOTES or self.L[z] in {"said", "says", "told"}
                                                      and self.L[z + 1] != "to" for z in range(rc, x)):
                b2 = self._before_asides(rc - 2)
                a1, b1 = self.np_back(b2)
                if a1 == 0 or self.t[a1 - 1].text in _QUOTES or all(self.t[z].is_cap for z in range(a1)):
                    who = [m for m in self.mentions(a1, b1) if m.end == self.t[b2].end and self.kind_of(m.name) == "person"]
                    if who:
                        return Party(who[-1].name, "person", who[-1].text, who[-1].start, who[-1].end)
            if (home := self._of_address(x)) is not None:
                return home
            # "Robert Lindqvist, the chief executive, said" / "Amira Haddad, who led the unit, said"
            y = next((y for y in range(x - 1, max(-1, x - 32), -1) if self.t[y].text == "," and not self._comma_in_place(y)), None)
            if y is not None and y >= 2 and (ap := self._apposed_person(y)) is not None and ap[1] == x:
                # "The lawmaker representing Okrika Constituency in the Rivers State House of Assembly, Chief Ibinabo
                # Wokoma, dismissed", "the Managing Director, Engr. Dagogo Ibiama, said": a description, then the name
                o = y - 1
                while o > 0 and self.t[o - 1].text != "," and not self.t[o - 1].text in _QUOTES:
                    o -= 1
                if o == y - 1 and o >= 3 and _acronym_of(self.t, o):
                    o -= 2  # "Chairman of X Committee, CDC, Chief Y, said": back over the body's acronym
                    while o > 0 and self.t[o - 1].text != "," and not self.t[o - 1].text in _QUOTES:
                        o -= 1
                if (self.L[o] in {"the", "a", "an", "its", "his", "her", "their"} or o == 0 and self.t[0].is_cap
                        and (self.L[0] in TITLE_WORDS or self.L[0] in {"permanent", "deputy", "acting", "chief"})) and (any(
                        self.L[z] in TITLE_WORDS or self.L[z] in _APPOSED_HEADS or self.L[z] in PERSON_EPITHET_NOUNS
                        for z in range(o + (o > 0), min(y, o + 4))) or self.t[o + 1].is_cap and not any(
                        self.kind_of(m.name) == "person" for m in self.mentions(o, y, kinds=("name",)))):
                    # (and "The Turaga ni Koro of Nacamaki Village, Sakiusa Ravono, says": a title in its language)
                    return Party(ap[0].name, "person", self.text(y + 1, x), self.t[y + 1].start, self.t[x - 1].end)
            if y is not None and y > 0:
                before = self._before_asides(y - 1)
                if before >= 2 and self.t[before].text in _POSTNOMINALS and self.t[before - 1].is_cap:
                    before -= 1  # "Rosalind Meacher KC, counsel for the claimant, put": the name before the letters
                a0, b0 = self.np_back(before)
                if a0 >= 3 and self.L[a0 - 1] in {"and", "or"} and self.t[a0 - 2].is_cap:
                    # "the Deputy for St Mary, St Ouen and St Peter, who": the whole list of names, back to its head
                    a1 = self.np_back(a0 - 2)[0]
                    while a1 >= 2 and self.t[a1 - 1].text == "," and self._list_comma(a1 - 1, y):
                        a0 = a1 = self.np_back(a1 - 2)[0]
                if a0 >= 2 and self.L[a0 - 1] in {"who", "that"} and self.L[y + 1].endswith("ing"):
                    # "A technician who took part in the inspection, speaking on condition of anonymity, said":
                    # the noun before the relative clause
                    a0, b0 = self.np_back(a0 - 2)
                named = self.mentions(a0, b0, kinds=("name",))
                if named and any((self.L[z] in _HEAD_STOPS or self.L[z] == "by") and not (
                        # (but "Senior Superintendent of Police Marlon Beckford, head of ..., told": a title's "of",
                        # capitals from there to the person named)
                        self.L[z] in {"of", "for"} and self.L[z - 1] in TITLE_WORDS and not self.t[y + 1].is_cap
                        and self.kind_of(named[-1].name) == "person" and named[-1].end == self.t[before].end
                        and all(self.t[q].is_cap for q in range(z + 1, before + 1)))
                                 for z in range(a0, b0) if self.t[z].start < named[0].start):
                    named = []  # "A source at Vantor-Eskel, speaking ..., said", "Documents filed by X in Italy, ...,"
                if named and any(self.L[z] in {"of", "for"} and self.L[z - 1] in TITLE_WORDS for z in range(a0 + 1, b0)
                                 if self.t[z].start < named[-1].start) and self.t[y + 1].is_cap:
                    named = []  # "The Assembly Member for the Abotiakrom East Electoral Area, Mr Yaw Boakye-Ansah, told"
                if named and named[-1].end == self.t[before].end:  # (not "A former Bindaree Water employee, who")
                    m = named[-1]
                    if len(named) >= 2 and self.kind_of(named[-2].name) == "person" and self.kind_of(m.name) != "person" \
                            and _OF_BODY.fullmatch(self.s.text[named[-2].end - self.s.start:m.start - self.s.start].strip()):
                        m = named[-2]  # "Benjamin Arkwright of Lowell & Haskett LLP, who represents Pardell, said" (and
                        # "Rep. Baek Myung-ho of the minor Korea Renewal Party, a member of ..., said")
                    return Party(m.name, self.kind_of(m.name), m.text, m.start, m.end)
                if not named and self.L[y + 1] in {"a", "an"}:
                    # "The 64-year-old, a former district nurse, said": the person the epithet names
                    epi = [m for m in self.mentions(a0, b0, kinds=("epithet",)) if m.end == self.t[before].end
                           and self.kind_of(m.name) == "person"]
                    if epi:
                        return Party(epi[-1].name, "person", epi[-1].text, epi[-1].start, epi[-1].end)
                if self.L[y + 1] in {"who", "whose", "which", "in", "at", "from", "near"} or self.L[y + 1].endswith("ing") \
                        and not self.t[y + 1].is_cap:  # (not "Ing. Kwabena Owusu-Ansah": an engineer's title)
                    # ("Residents of Kelburra, in the NSW Central West, say")
                    # "Three former employees, who spoke on condition of anonymity, said",
                    # "A source at the team, speaking on condition of anonymity, said"
                    if self.L[a0] in {"of", "from"} and a0 >= 2 and self.t[a0 - 1].text == ",":
                        # "Margaret Roe, 81, of Glanton, who has ..., said": the person, not where she lives
                        z = a0 - 2
                        if z >= 2 and self.t[z].text.isdigit() and self.t[z - 1].text == ",":
                            z -= 2
                        who = [m for m in self.mentions(*self.np_back(z), kinds=("name",))
                               if m.end == self.t[z].end and self.kind_of(m.name) == "person"]
                        if who:
                            return Party(who[-1].name, "person", who[-1].text, who[-1].start, who[-1].end)
                    p = self.party(a0, b0)
                    if p is not None and p.type == "anonymous" and self.L[y + 1] in {"who", "whose", "which"} \
                            and a0 >= 2 and self.t[a0 - 1].text == ",":
                        # "Kamrul Bhuiyan, managing director of Meghbarta Group, which owns the factory, rejected":
                        # the person the role is apposed to
                        named = self.mentions(*self.np_back(a0 - 2), kinds=("name",))
                        if named and named[-1].end == self.t[a0 - 2].end and self.kind_of(named[-1].name) == "person":
                            m = named[-1]
                            return Party(m.name, "person", m.text, m.start, m.end)
                    if p is not None:
                        return p
                if self.L[y + 1] in {"a", "an", "the"} or self.L[y + 1] == "one" and self.L[y + 2] == "of":
                    # two appositions: "Aisha Bwalya, a senior fellow at the Institute, a Lusaka think tank, said",
                    # "Choi Dong-hyun, CEO of Seojin Marine Tech Co., one of the 14 subcontractors, said",
                    # "Abdul Talukder, proprietor of Rupali Builders, the contractor that did the work, told"
                    y2 = next((z for z in range(y - 1, max(-1, y - 20), -1) if self.t[z].text == ","), None)
                    if y2 is not None and y2 > 0 and (self.L[y2 + 1] in {"a", "an", "the"} or self._role_word(y2 + 1)):
                        named = self.mentions(*self.np_back(y2 - 1), kinds=("name",))
                        if named and named[-1].end == self.t[y2 - 1].end and self.kind_of(named[-1].name) == "person":
                            m = named[-1]
                            return Party(m.name, "person", m.text, m.start, m.end)
                    rel_at = next((z for z in range(y + 2, x) if self.L[z] in {"who", "that"}), None)
                    if rel_at is not None and not any(self.t[z].text in _QUOTES for z in range(y, x)):
                        # "Another depositor, a property agent who declined to be named, said": the one described
                        p = self.party(a0, b0) or self.party(y + 1, rel_at)
                        if p is not None:
                            return p
            if y is not None and y > 0 and self.L[y + 1] in _WHERE_BASED and not self.t[y + 1].is_cap:
                # "The company, based in Wilson, N.C., says": the noun before where it is, not the place
                p = self.party(*self.np_back(self._before_asides(y - 1)))
                if p is not None:
                    return p
            a, b = self.np_back(self._before_asides(x - 1))  # (over "(ECFF)": "..., the Federation (ECFF), rejected")
            p = self.party(a, b)
            if p is not None:
                return p
            part = y + 1 if y is not None and y + 2 < x and self.L[y + 1] in _ASIDES else y  # ", also seen by the daily,"
            if y is not None and y > 0 and part is not None and self.L[part + 1].endswith(("ed", "en")) \
                    and self.t[part + 1].is_alpha and not self.t[part + 1].is_cap:
                # "The report, published on Tuesday by the Audit Office, found": the noun before the participle
                p = self.party(*self.np_back(self._before_asides(y - 1)))  # (over "(PRSI)")
                if p is not None:
                    return p
            # postposed: '"...," said Ann Vole.' (but "Unison, which represents ..., disputed the figure": a verb
            # and its object, no speaker after it)
            if self.L[k] in _OBJECT_FIRST and k + 1 < self.n and (self.L[k + 1] in _DETERMINERS or self.L[k + 1] == "that"):
                return None
            return self._after_subject(k)
        if self.t[x].text in _QUOTES:
            return self._after_subject(k)
        a, b = self.np_back(x)
        # "Outage records published on Ridgewire's website show", "Documents tabled before a House committee
        # show": the noun before the participle
        y = next((y for y in range(a, max(0, x - 18), -1)
                  if self.t[y].is_punct and not (self.t[y].text == "-" and not self.t[y].ws and not self.t[y - 1].ws)
                  or self.t[y].text in _QUOTES  # (past a compound's hyphen: "by Anchorage-based Tidewater Economics")
                  or (self.L[y].endswith("ed") or self.L[y] in _IRREGULAR_PARTICIPLES) and not self.t[y].is_cap
                  and (self.L[y - 1] in DOCUMENT_NOUNS or self.L[y - 1] in ANONYMOUS_NOUNS
                       or self.t[y - 1].text == ")" and y >= 2)), None)
        if y is not None and not self.t[y].is_punct and self.t[y].text not in _QUOTES:
            # ("A report by the Hidalgo Superior Audit Office (ASEH) published in June found": the report)
            p = self.document_before(self._before_asides(y - 1)) if self.t[y - 1].text == ")" \
                else self.party(*self.np_back(y - 1))
            if p is not None:
                return p
        asked = next((z for z in range(max(1, a), x) if self.L[z] in _ASKED and self.L[z - 1].endswith("s")
                      and self.t[z - 1].is_alpha and not self.t[z - 1].is_cap), None)
        if asked is not None and not any(self.t[z].is_punct or self.t[z].text in _QUOTES for z in range(asked, x)):
            # "Several patients and relatives interviewed at the hospital on Monday claimed": those asked
            p = self.party(*self.np_back(asked - 1))
            if p is not None and p.type == "anonymous":
                return p
        rel = self._relative_clause_before(a, x)
        if rel is not None:
            # "A breach notice that Nimbra filed with the office tells", "A woman who was working there told":
            # the noun before the relative clause
            a0, b0 = self.np_back(rel - 1)
            p = self.party(a0, b0)
            if p is not None:
                return self._unnamed_member(p, a0, rel, k) or p
        o = a + 1 if self.L[a] == "of" else a
        if o >= 5 and self.L[o - 1] == "of" and self.t[o - 3].text.isdigit() \
                and (self.t[o - 4].text, self.t[o - 2].text) in {(",", ","), ("(", ")")}:
            # "Salote Koroivuki, 34, of Naivucu Settlement said": the person, her age, then where she lives (or the age
            # in brackets, as Zimbabwe's papers print it: "Mrs Sukoluhle Moyo (64) of Nkulumane said")
            who = [m for m in self.mentions(0, o - 4, kinds=("name",)) if m.end == self.t[o - 5].end]
            if who and self.kind_of(who[-1].name) == "person":
                return Party(who[-1].name, "person", who[-1].text, who[-1].start, who[-1].end)
        p = self.party(a, b)
        if p is None and (lead := next((h for h in range(0, min(3, x - 2)) if self.L[h + 1].endswith("ing")
                                        and self.t[h + 1].is_alpha and not self.t[h + 1].is_cap
                                        and self.L[h].endswith("s")), None)) is not None \
                and not any(self.t[z].is_punct or self.t[z].text in _QUOTES or self.L[z] in REPORTING_VERBS
                            for z in range(lead + 1, x)):
            # "PARENTS fighting to save a York primary school have accused": the bare plural before its participle
            p = self.party(0, lead + 1)
            if p is not None and p.type == "anonymous":
                return p
            p = None
        if p is None and a >= 2 and self.L[a - 1] in {"for", "of", "on", "from", "into"} and self.L[a - 2] in DOCUMENT_NOUNS:
            # "The ministry's performance report for the 2023/24 financial year states": the report
            p = self.party(self.np_back(a - 2)[0], b)
            if p is not None:
                return p
        if p is not None and p.co is None and a >= 2 and self.L[a] not in {"the", "a", "an"}:
            # "Brennholt and Vallée said": both
            first = self.mentions(*self.np_back(a - 2), kinds=("name",)) if self.L[a - 1] == "and" else []
            if first and first[-1].end == self.t[a - 2].end and self.kind_of(first[-1].name) == p.type \
                    and first[-1].name != p.name:
                m = first[-1]
                p.co = [Party(m.name, p.type, m.text, m.start, m.end)]
        return p

    def _residents_aside(self, o0: int, k: int) -> Party | None:
        """ "Residents of Glenoak Manor, off the Glenavy Road, claim", "More than 300 smallholder farmers in Nkoanekoli
        Ward, Meru District, say": the people, unnamed, past an aside on their place closed by a comma before the cue
        (not "Residents of Fintry, the council said", whose cue follows no comma)."""
        c = o0
        while c < min(k, o0 + 3) and self.t[c].is_cap:
            c += 1
        if c > o0 and c + 2 < k and self.L[c] in _RESIDENT_NOUNS and self.L[c + 1] in {"who", "whose"} and not any(
                self.t[z].text in _QUOTES or self.t[z].text == ";" or self.L[z] in REPORTING_VERBS for z in range(c + 1, k)):
            # "Castlecliff residents whose homes flooded in October say": the people, unnamed (not their place)
            return Party(self.text(o0, c + 1), "anonymous", self.text(o0, c + 1), self.t[o0].start, self.t[c].end)
        h = o0
        while h + 1 < k and (self.L[h] in _COUNT_WORDS or self.t[h].text.replace(",", "").isdigit()):
            h += 1
        b = h  # (the people, past their count: "households in Nyarurama Cell", "smallholder farmers in ...")
        if self.L[h] not in _RESIDENT_NOUNS and h + 1 < k and self.L[h + 1] in _RESIDENT_NOUNS and self.t[h].text.islower():
            h += 1  # ("smallholder farmers")
        if not (self.L[h] in _RESIDENT_NOUNS and h + 2 < k and self.L[h + 1] in {"of", "in", "from", "near", "around", "along"}
                and self.t[h + 2].is_cap):
            return None
        e = k
        while e > h + 3 and self.L[e - 1] in _SKIP_BACK:
            e -= 1
        if self.t[e - 1].text != "," or e - h > 25 or any(
                self.t[z].text in _QUOTES or self.t[z].text == ";" or self.L[z] in REPORTING_VERBS for z in range(h, e - 1)):
            return None
        c = next(z for z in range(h + 2, e) if self.t[z].text == ",")
        if all(self.t[z].is_cap or self.t[z].text == "," or self.L[z] in _AREA_AFTER for z in range(c, e - 1)):
            c = e - 1  # ("Residents of Kisaju in Isinya, Kajiado County, have accused": past the county too)
        return Party(self.text(b, c), "anonymous", self.text(b, c), self.t[b].start, self.t[c - 1].end)

    def _of_whom_before(self, c: int, lo: int) -> int | None:
        """The comma opening an aside of "some of whom", "many of which" that the comma at ``c`` closes (looking back
        no further than ``lo``)."""
        if self.t[c].text != ",":
            return None
        y = next((y for y in range(c - 1, lo, -1) if self.t[y].text == ","), None)
        if y is None or y < 1 or y + 4 > c or self.L[y + 2:y + 4] not in (["of", "whom"], ["of", "which"]) \
                or not self.t[y + 1].is_alpha or self.t[y + 1].is_cap:
            return None
        return y

    def _unnamed_member(self, p: Party, a: int, rel: int, end: int) -> Party | None:
        """One of a body's people whom a relative clause from ``rel`` to ``end`` leaves unnamed ("A CNE geologist who
        asked not to be named", "two MOPT engineers who spoke on condition of anonymity"): anonymous, not the body."""
        if p.type not in {"official", "organization"} or self.L[a] not in {"a", "an", "one", "two", "three", "several"} \
                or self.L[rel] not in {"who", "whose"} \
                or _UNNAMED.search(self.s.text, self.t[rel].start - self.s.start, self.t[end - 1].end - self.s.start) is None:
            return None
        text = self.text(a, rel)
        return Party(text, "anonymous", text, self.t[a].start, self.t[rel - 1].end)

    def _unnamed_of_body(self, a: int, k: int) -> Party | None:
        """ "A Finance employee who asked not to be named because ..." before the cue at ``k``: the capitalised words
        name the body, the lower-case noun after them is its person, and the clause says they go unnamed."""
        h = a + 1
        while h < k and (self.t[h].is_cap or self.t[h].text in {"&", "-"}):
            h += 1
        if h == a + 1 or h >= k - 2 or h - a > 6 or not self._role_word(h):
            return None
        rel = h + 2 if self.t[h + 1].text == "," else h + 1
        if rel >= k or self.L[rel] != "who" \
                or _UNNAMED.search(self.s.text, self.t[rel].start - self.s.start, self.t[k - 1].end - self.s.start) is None \
                or any(self.t[z].text in _QUOTES or self.L[z] in REPORTING_VERBS and z != rel + 1
                       and self.L[z] not in {"speak", "spoke", "speaking", "comment", "talk"}
                       and not (z + 2 < k and self.L[z + 1] == "not" and self.L[z + 2] == "to") for z in range(rel + 1, k)):
            # (no quotation or other cue inside the clause: "asked not to be named" and "to speak" are its own, and so
            # is the reason: "because staff have been told not to comment")
            return None
        text = self.text(a, h + 1)
        return Party(text, "anonymous", text, self.t[a].start, self.t[h].end)

    def _role_word(self, x: int) -> bool:
        """ "proprietor" of ", proprietor of Rupali Builders,": a bare lowercase noun opening an apposition."""
        w = self.L[x]
        return self.t[x].is_alpha and not self.t[x].is_cap and w not in _DETERMINERS \
            and w not in {"who", "whose", "which", "that", "when", "where"} and not w.endswith(("ing", "ed", "ly")) \
            and w not in REPORTING_VERBS

    def _comma_in_place(self, c: int) -> bool:
        """A comma around a state ("in Oakland, Calif., who", "in Marlow Falls, Connecticut, has"): inside a place,
        not between phrases."""
        t, known = self.t, places()

        def state(a: int) -> bool:
            return t[a].text in PLACE_ALIASES and t[a].text.endswith(".") or t[a].is_cap and known.get(t[a].text) == "GPE" \
                and a >= 2 and t[a - 2].is_cap

        # ("Kansas City, Missouri-based company": the state before a hyphen, too; "Knockcullen, Co Offaly,": a county)
        def state2(a: int) -> bool:  # (a state of two words: "Sioux Falls, South Dakota-based")
            return a + 1 < self.n and t[a].is_cap and t[a + 1].is_cap \
                and known.get(f"{t[a].text} {t[a + 1].text}") == "GPE"

        return (c + 2 < self.n and t[c + 2].text in {",", "-"} and state(c + 1)) or (c >= 2 and t[c - 2].text == "," and state(c - 1)) \
            or (c + 3 < self.n and t[c + 3].text in {",", "-"} and state2(c + 1)) \
            or (c >= 3 and t[c - 3].text == "," and state2(c - 2)) \
            or _region_comma(t, c) or (c >= 3 and t[c - 2].text in {"Co", "County"} and _region_comma(t, c - 3)) \
            or any(m.start < t[c].start < m.end for m in self.mentions(c, c + 1, kinds=("name",))) \
            or (c >= 1 and self.L[c - 1] in _SEATED_BODIES and c + 2 < self.n and t[c + 1].is_cap and t[c + 1].is_alpha
                and t[c + 2].text == ",")  # ("an engineer at the Infrastructure Development Office, Sindhuli,": its district)
        # (and a comma inside a body's name: "the Ministry of Energy, Water Resources and Irrigation")

    def _manner_adverb(self, x: int) -> bool:
        """ "Dunmore, 54, furiously denied": an adverb in "-ly" before the cue (but "the family said")."""
        return len(self.L[x]) > 5 and self.L[x].endswith("ly") and self.t[x].is_alpha and not self.t[x].is_cap \
            and x > 0 and self.L[x - 1] not in _DETERMINERS

    def _relative_clause_before(self, a: int, x: int) -> int | None:
        """The "that"/"which"/"who" opening a relative clause that ends at ``x`` (no comma or quote in it)."""
        o = (self.opening() or 0) if self.s.sid <= 3 and self.L[0] not in {"a", "an"} else 0
        far = self.L[o] in {"a", "an"}
        for r in range(min(a, x), max(0, x - (25 if far else 15)), -1):
            w = self.L[r]
            if self.t[r].text in {",", ";", ":"} or self.t[r].text in _QUOTES or (
                    w in REPORTING_VERBS and r != x and not (r > 0 and self.L[r - 1] in _DETERMINERS)
                    and not (far and not w.endswith(("s", "ed")) and w not in {"said", "told"})):
                return None  # (a bare "state" in "a $6.2 million state grant" is no verb)
            if w in {"who", "which", "whom"} or (w == "that" and r == a - 1 and any(
                    self.t[z].is_alpha and not self.t[z].is_cap and (self.L[z].endswith("ed") or self.L[z] in _CLAUSE_VERBS)
                    for z in range(a, x + 1))) \
                    or w == "that" and 2 <= r - o <= 8 and self.L[o] in {"a", "an"} and self.t[r - 1].is_alpha \
                    and not self.t[r - 1].is_cap and self.t[r + 1].is_alpha and not self.t[r + 1].is_cap \
                    and (self.L[r + 1].endswith("ed") or self.L[r + 1] in _CLAUSE_VERBS) \
                    or w == "that" and r >= 2 and self.L[r - 2] in {"the", "a", "an"} and x - r <= 5 \
                    and self.t[r - 1].is_alpha and not self.t[r - 1].is_cap and self.L[r - 1] not in REPORTING_VERBS \
                    and self.t[r + 1].is_alpha and not self.t[r + 1].is_cap \
                    and (self.L[r + 1].endswith(("s", "ed")) or self.L[r + 1] in _CLAUSE_VERBS):
                # ("..., but the company that runs it insists": the company, past its short clause)
                # ("A Broken Bow internet company that received a $6.2 million state grant to bring ... to rural Custer
                # and Valley counties says": the company, however far its clause runs)
                if w in {"which", "whom"} and r < x and all(
                        (self.t[z].is_alpha or self.t[z].text in {"'s", "’s", "-", "&"}) and not self.L[z].endswith("ed")
                        and self.L[z] not in _CLAUSE_VERBS and self.L[z] not in REPORTING_VERBS for z in range(r + 1, x + 1)):
                    return None  # "the level at which the Minnesota Department of Health says": the clause's own speaker
                if w in {"which", "whom"} and r > 1 and self.L[r - 1] in _PREPOSITIONS:
                    return r - 1  # "The promoter of a concert at which a stand collapsed has insisted"
                return r if r > 0 else None
        return None

    def _inside_name(self, k: int) -> bool:
        """Whether token k is inside a name that began before it ("list" of "Jutarnji list")."""
        return any(m.start < self.t[k].start for m in self.mentions(k, k + 1, kinds=("name",)))

    def _named(self, x: int) -> bool:
        """Whether token x is a capitalised name's word ("Do" of "Do Jae-woong"), not the auxiliary it spells."""
        return self.t[x].is_cap and bool(self.mentions(x, x + 1, kinds=("name",)))

    def _before_asides(self, x: int) -> int:
        """Back over an age or a parenthesis before a comma: "Drozdowski, 29, who", "the Agency (GCSA), the body"."""
        if x >= 2 and self.t[x].text.isdigit() and self.t[x - 1].text == ",":
            return x - 2
        # "Rep. Elena Marchetti-Ruiz, D-Ariz., whose", "Sen. Dale Whitcomb, R-Jonesboro, who", "D-Little Rock": a
        # legislator's party and state or home town
        dash = next((z for z in range(x - 1, max(3, x - 4), -1) if self.t[z].text == "-"), None)
        if dash is not None and self.t[dash - 1].text in {"R", "D", "I"} and self.t[dash - 2].text == "," \
                and all(self.t[z].text[:1].isupper() or self.t[z].text == "." for z in range(dash + 1, x + 1)):
            return dash - 3
        if x >= 1 and self.t[x].text == ")":
            o = next((z for z in range(x - 1, max(-1, x - 9), -1) if self.t[z].text == "("), None)
            if o is not None and o > 0:
                return o - 1
        # "Families in the Kōhatu Valley, west of Kaitaia, say": where the place lies, an aside
        c = next((z for z in range(x - 1, max(0, x - 6), -1) if self.t[z].text == ","), None)
        if c is not None and c > 1 and self.L[c + 1] in _WHERE_LIES and self.t[x].is_cap and not self.t[c + 1].is_cap \
                and (self.L[c + 2] == "of" or self.L[c + 1] in {"near", "outside"}) \
                and all(self.t[z].is_cap or self.L[z] in {"of", "the"} for z in range(c + 2, x + 1)):
            return c - 1  # (not "South Antrim MLA Gillian Rankin": a name that opens with its compass point)
        return x

    def _after_subject(self, k: int) -> Party | None:
        e = k + 1
        while e < self.n and self.t[e].text not in {",", ".", ";"}:
            e += 1
        if e == k + 1 or any(self.L[x] in _CLAUSE_VERBS for x in range(k + 1, e)):
            return None  # 'said staff had been warned': a clause, not a postposed speaker
        p = self.party(k + 1, e)
        if p is not None and p.type == "anonymous" and e + 1 < self.n and self.t[e].text == ",":
            # 'said the report's lead author, ecologist Jonas Ekdahl.': the person named after the description
            named = next((m for m in self.mentions(e + 1, min(self.n, e + 6), kinds=("name",))
                          if self.kind_of(m.name) == "person"), None)
            if named is not None:
                z = next((z for z in range(e + 1, self.n) if self.t[z].end >= named.end), self.n)
                if all(self.t[y].start >= named.start or self.t[y].is_alpha and (
                        not self.t[y].is_cap or self.L[y] in TITLE_WORDS or self.L[y] in TITLE_ABBREVIATIONS)
                       or self.t[y].text == "." and self.L[y - 1] in TITLE_ABBREVIATIONS for y in range(e + 1, z + 1)) \
                        and (z + 1 >= self.n or self.t[z + 1].text in {".", ",", ";"} | _QUOTES):
                    return Party(named.name, "person", named.text, named.start, named.end)
        return p

    def _content_after(self, i: int, cut: int | None) -> str:
        if i >= self.n:
            return self.text(0, cut).rstrip(" ,") if cut else ""
        return self.text(i, self.n).strip(" ,.") if cut is None or cut < i else self.text(i, self.n)

    def _content_verb(self, k: int, subj: Party | None = None) -> str:
        n = self.n
        if subj is not None and subj.start is not None and subj.start > self.t[k].start:
            return self.text(0, k).strip(' ,"“”')  # '"...," said Peter Lowe': the clause is before the cue
        # postposed cue: '"...," he told reporters' / '..., the documents show.'
        if subj is not None and subj.start is not None and subj.start > self.s.start \
                and not (k + 1 < n and self.t[k + 1].text == ":"):  # 'Asked ..., Okonkwo replied: "No."'
            i = next((x for x in range(n) if self.t[x].start == subj.start), None)
            while i is not None and i > 1 and (self.L[i - 1] in {"the", "a", "an"} or self.t[i - 1].is_cap):
                i -= 1  # "..., the Parana State Audit Court said in a report": back to the noun phrase's start
            # (up to ", adding that ...": a second clause of the same speaker, after the cue's own words)
            added = next((x for x in range(k + 2, n) if self.L[x] in _PARTICIPLE_CUES and self.t[x - 1].text == ","), n)
            r0 = k + 1
            if self.L[k] in {"told", "tells", "tell"} and k + 1 < n:
                # ("..., Annelies Verhaegen, told Belga News Agency on Wednesday": past whom it was told to)
                at = self.t[k + 2].start if k + 2 < n and self.L[k + 1] == "the" else self.t[k + 1].start
                to = [m for m in self.mentions(k + 1, min(n, k + 6)) if m.start == at]
                r0 = next((x for x in range(k + 1, n) if self.t[x].start >= to[0].end), n) if to else r0
                if to and r0 + 2 < n and self.t[r0].text == "(" and self.t[r0 + 2].text == ")":
                    r0 += 3  # "told the Polish Press Agency (PAP)": past its initials
            rest = [t for t in self.t[r0:added] if not t.is_punct]
            comma = next((x for x in range(k + 1, n) if self.t[x].text == ","), n)
            # "said on Jan. 15, a week after warning that ...": what follows the comma is not the cue's
            rest_words = {t.lower for t in self.t[r0:min(comma, added)]} if rest and rest[0].lower in _PP_OPENERS \
                else {t.lower for t in rest}
            # after the cue, a few words or only where and when: "wrote in a post on LinkedIn on Sunday"
            postposed = "that" not in rest_words and ((len(rest) <= 4 or rest[0].lower in _PP_OPENERS) and not rest_words & _CLAUSE_VERBS
                                                      or self._object_then_participle(k)
                                                      # ("..., she said, calling the result ...": a participle phrase)
                                                      or k + 2 < n and self.t[k + 1].text == "," and self.L[k + 2].endswith("ing"))
            if i is not None and i > 1 and self.L[i - 1] == "and" and postposed:
                # "..., residents and a local lawmaker said this week": back over the first of two speakers
                i = next((x + 1 for x in range(i - 2, max(0, i - 8), -1) if self.t[x].text == ","), i)
            # (but "On Monday, Ann Vole said the officers ...": a fronted phrase of when or where is no content)
            fronted = i is not None and self.L[0] in _PP_OPENERS and not any(
                self.t[x].text in {",", ";"} or self.t[x].text in _QUOTES for x in range(i - 1))
            if i is not None and i > 0 and (self.t[i - 1].text in _QUOTES or (self.t[i - 1].text == "," and postposed
                                                                           and not fronted)):
                return self.text(0, self._before_apposition(i - 1)).strip(' ,"“”')
            if i is not None and i > 0 and self.t[i - 1].text == "," and k + 2 < n and self.t[k + 1].text == "," \
                    and not fronted and self.t[k + 2].is_alpha:
                # "The audit, she says, counted claims that ...": the cue between commas, its clause around it
                rest_text = _unquoted(self.text(k + 2, n).strip(" .:")).rstrip(" .")
                return (self.text(0, self._before_apposition(i - 1)).strip(' ,"“”') + " " + rest_text).strip()
        j = k + 1
        that = next((x for x in range(k + 1, min(n, k + 9)) if self.L[x] == "that" and x not in self.quoted), None)
        if that is not None and that > k + 2 and self.L[that - 1] == "and":
            that = None  # "said 23 people had been examined and that three ...": the first of two clauses
        elif that is not None and self.L[k] not in {"told", "tells", "tell"} and self.L[k + 1] not in _PP_OPENERS \
                and any(self.t[x].text[:1].isdigit() for x in range(k + 1, that)):
            that = None  # "said about 35,000 tonnes of cane that had been cut ...": a relative "that", after a noun
        if that is not None and not any(self.t[x].text in _QUOTES for x in range(k + 1, that)):
            j = that + 1  # "said in a statement on Thursday that ...", "told reporters that ..."
            if self._that_is_a_determiner(that):
                j = that  # "disputed that account", "rejected that estimate as speculation"
        if j == k + 1 and self.L[k] in {"told", "tells", "tell"}:
            # "told Kestrel News she saw ...": the content starts after whom it was told to
            to = [m for m in self.mentions(k + 1, min(n, k + 6)) if m.start == self.t[k + 1].start]
            if to:
                j = next((x for x in range(k + 1, n) if self.t[x].start >= to[0].end), n)
            elif k + 1 < n and self.L[k + 1] in _HEARERS:
                j = k + 2
        after = _unquoted(self.text(j, n).strip(" .:")).rstrip(" .")
        if after:
            return after
        x = k - 1
        while x > 0 and self.t[x].text not in {",", "”", '"'}:
            x -= 1
        return self.text(0, x).strip(' ,"“”') or self.s.text

    def _that_is_a_determiner(self, that: int) -> bool:
        """ "that account" rather than "that he lied": a common noun follows, and no verb of a clause."""
        rest = [t for t in self.t[that + 1:that + 8] if not t.is_punct]
        if not rest:
            return False
        if len(rest) <= 2 and that + 1 + len(rest) >= self.n - 1:
            return True
        first = rest[0]
        return (first.is_alpha and not first.is_cap and first.lower not in _CLAUSE_STARTS
                and not any(t.lower in _CLAUSE_VERBS or t.lower in _NEGATORS or (t.lower.endswith("ed") and not t.is_cap)
                            for t in rest))

    def _object_then_participle(self, k: int) -> bool:
        """'..., two diplomats told the newspaper, speaking on condition of anonymity.': after "told", an
        object and a participle phrase, no reported clause."""
        if self.L[k] not in {"told", "tells", "tell"}:
            return False
        comma = next((x for x in range(k + 1, min(self.n, k + 6)) if self.t[x].text == ","), None)
        return comma is not None and comma + 1 < self.n and self.L[comma + 1].endswith("ing")

    def _before_apposition(self, c: int) -> int:
        """Where the clause ends before ", <role>, <Name> said": the comma opening the role ("its chief executive")."""
        for y in range(c - 1, max(-1, c - 9), -1):
            if self.t[y].text == ",":
                return y if any(self.L[x] in TITLE_WORDS for x in range(y + 1, c)) else c
        return c

    def _combine(self, frames: list[dict]) -> list[dict]:
        """"According to X, Y claimed": Y is the source and X relays it."""
        out = []
        skip = set()
        for a_i, a in enumerate(frames):
            if a["kind"] != "according":
                continue
            for b_i, b in enumerate(frames):
                if b["kind"] != "verb" or b_i in skip:
                    continue
                p = b["party"]
                first = self.t[a["clause"]].start if a["clause"] < self.n else None
                if first is not None and p.start is not None and abs(p.start - first) <= 1 and b["ci"] - a["clause"] <= 4 \
                        and a["party"].type not in {"document", "anonymous"}:  # ("According to court filings, X told":
                    # both the filings and X are sources, neither relays the other)
                    b["party"].via = a["party"].via + [a["party"].name] + p.via
                    skip.add(a_i)
        for i, f in enumerate(frames):
            if i not in skip:
                out.append(f)
        return out


_PREPOSITIONS = {"at", "in", "on", "by", "for", "from", "with", "to", "of", "under", "through", "during", "after"}
_DECLINED_TO = {"say", "confirm", "discuss", "answer", "elaborate", "specify", "explain", "disclose",
                "reveal", "identify", "name", "detail", "address"}
_TO_VERBS = {"written", "wrote", "write", "writes", "posted", "report", "reports", "reported"}
_ANSWERED_NOUNS = {"claim", "charge", "allegation", "accusation", "suggestion", "version", "characterisation",
                   "characterization", "figure", "account"}
_HEARERS = {"reporters", "journalists", "me", "us", "him", "her", "them", "lawmakers", "parliament", "police",
            "investigators", "officials", "mps", "congress", "supporters", "staff", "employees", "viewers", "listeners"}


def _unquoted(text: str) -> str:
    """Text without the quotation marks that open or close it unpaired ('"We were kept in the dark')."""
    t = text.strip()
    if sum(t.count(q) for q in ('"', "“", "”")) % 2 == 1:
        t = t[1:] if t[:1] in {'"', "“"} else t[:-1] if t[-1:] in {'"', "”"} else t
    elif t[:1] in {'"', "“"} and t[-1:] in {'"', "”"} and sum(t.count(q) for q in ('"', "“", "”")) == 2:
        t = t[1:-1]
    return t.strip()


# a closing single mark: not an apostrophe inside a word ("it’s"), nor a plural's ("the workers’ pay")
_SINGLE_CLOSE = re.compile(r"(?<![sS])’(?![A-Za-z])|(?<=[sS])’(?=[,.;:?!]|\s*$)")


def _not_one_quotation(text: str, quote_open: bool, n_quotes: int) -> bool:
    """Whether a sentence is NOT one whole quotation: the one test for a continued quote's speaker."""
    t = text.strip()
    return quote_open or n_quotes != 2 or t[:1] not in {'"', "“", "‘"} or t[-1:] not in {'"', "”", "’"}


_INDEFINITE = {"a", "an", "one"}
_PERSON_NOUNS = (FEMALE_NOUNS | MALE_NOUNS) - _PRONOUNS


# the cues of a finding: what it says was missing is a fact it found ("noted that no inspection had been recorded")
_NEW_CLAUSE = {"while", "whereas", "although", "though"}
_THAT_ONLY = {"agreed", "agrees", "accepted", "accepts", "gathered", "gathers", "charged"}  # speech only when a clause follows
# a denial only of what someone said: "faulted the claims", not "faulted the police for ..."
_FAULTED = {"faulted", "faults"}
_SAID_THINGS = {"claim", "claims", "allegation", "allegations", "report", "reports", "figure", "figures", "account",
                "statement", "statements", "assertion", "assertions", "accusation", "accusations", "story", "narrative"}
_THAT_WORDS = {"that", "this", "it", "these", "those", "suggestion", "suggestions", "idea", "proposal", "request", "version"}
_FINDING_CUES = {"noted", "notes", "found", "finds", "showed", "shows", "revealed", "reveals", "discovered", "recorded",
                 "concluded", "concludes", "observed"}
_DENIAL_VERB = re.compile(r"\b(?:denie[sd]|deny|reject(?:s|ed)?|refute[sd]?|dispute[sd]?)\b", re.I)
# what an outlet named after its verb is described as: "reports news website Onet", "writes the daily Rzeczpospolita"
_OUTLET_DESCRIPTORS = {"the", "news", "website", "portal", "online", "business", "financial", "local", "regional",
                       "national", "state", "public", "private", "independent", "investigative", "liberal",
                       "conservative", "economic", "commercial", "daily", "weekly", "tabloid", "broadcaster"}
# a source's sentence of its own, after what it said: "The press service of the ministry reported."
_BARE_REPORTS = {"reported", "said", "informed", "stated", "reports", "says", "added", "noted", "clarified"}


# the lower-case words a place's name or a clock holds ("Dar es Salaam", "5:18 pm CST")
_NAME_PARTICLES = {"es", "el", "al", "de", "del", "la", "le", "da", "do", "dos", "van", "von", "of", "the", "and", "pm", "am",
                   "p.m.", "a.m.", "on", "upon", "sur", "y"}


def _no_words(s: Sentence) -> bool:
    """A short sentence with no word in lower case longer than a particle ("Dar es Salaam.", "Posted: Tuesday,
    November 24, 2026."), nor a quotation mark: a place, a date or a credit, no statement; so is a photographer's
    credit in brackets or a reporter's contact."""
    toks = s.tokens
    if s.text.lstrip()[:1] == "(" and PHOTO_CREDIT.fullmatch(s.text.strip()) \
            or " be " in s.text and _REACHED_AT.match(s.text):
        # "(Jack Hennessey photo)" closing a caption: a photographer's credit; "Nora Whitcombe can be reached at ...":
        # the reporter's contact (read for the name, which annotators list, but no statement)
        return True
    return len(toks) <= 10 and not any(t.is_alpha and t.text.islower() and t.lower not in _NAME_PARTICLES for t in toks) \
        and not any(t.text in _QUOTES for t in toks)


_REACHED_AT = re.compile(r"(?:[\w'’.-]+\s+){1,4}(?:can|may)\s+be\s+(?:reached|contacted)\s+at\s")


def attribute_sentences(article_id: str, sentences: list[Sentence], ents: ArticleEntities) -> list[ClaimRec]:
    """Claims of one article, in sentence order."""
    ctx = Context()
    out: list[ClaimRec] = []
    line, quote_open = None, False
    pending: list[ClaimRec] = []  # a quotation running over several sentences
    introduced: set[str] = set()  # the people named in an earlier sentence
    quoted_speaker: dict | None = None  # the last speaker quoted directly in this paragraph, and their cue
    carried: dict | None = None  # the speaker whose quotation closed the paragraph before
    last_quoted = False  # whether the sentence before was a quoted speaker's
    dateline_sid = dateline_sentence(sentences)
    signed_off = sign_off_lines(sentences)
    # a paper that quotes with single marks ("‘We were told ... prove it. Nobody ...,’ said Mr Coughlan")
    single = any("‘" in s.text for s in sentences) and not any('"' in s.text or "“" in s.text for s in sentences)
    for s in sentences:
        if s.line in signed_off:
            continue  # "Reach her at kahrendt@dmreg.com.": the page's sign-off, no claim
        if _no_words(s):
            continue  # "Mwanza.", "BELIZE CITY, Thurs.", "5:18 pm CST.", "[YONHAP]": a dateline's or a credit's piece
        first_of_line = s.line != line
        if first_of_line:
            carried = quoted_speaker if last_quoted else None
            line, quote_open, pending, quoted_speaker = s.line, False, [], None
        a = _SentenceAttributor(s, ents, ctx)
        hedges = [h for h, _ in a.hedges()]
        frames = a.frames()
        n_quotes = sum(s.text.count(q) for q in ('"', "“", "”")) + (
            s.text.count("‘") + len(_SINGLE_CLOSE.findall(s.text)) if single else 0)
        starts_quoted = quote_open or s.text.lstrip()[:1] in ({'"', "“", "‘"} if single else {'"', "“"})
        if frames and quote_open and pending and not n_quotes:
            # '"The minister says he found out in September. The minutes say May. Both cannot be true," Tibbetts
            # said.': a sentence wholly inside a running quotation; its "say" is the quoted speaker's words
            frames = []
        if frames and quote_open and pending:
            # '"We will not back down. The people have spoken," said Amal Noor.': the earlier
            # sentences of the quotation are hers too
            f0 = frames[0]
            p0 = f0["party"]
            # (the outlet it was told to goes with the sentence that says so: '"... That's all," he told the Herald.')
            earlier_via = [v for v in p0.via if v != p0.name
                           and not (ents.entities.get(v) is not None and ents.entities[v].is_outlet)]
            for c in pending:
                c.source, c.source_type, c.via = p0.name, p0.type, list(earlier_via)
                c.cue, c.cue_start, c.cue_end = f0["cue"], a.t[f0["ci"]].start, a.t[f0["cj"] - 1].end
                c.source_start, c.source_end, c.source_text = p0.start, p0.end, p0.text or None
                c.claim_id = claim_id(article_id, c.start, c.cue_start, c.source)
                c.content = _unquoted(c.content).rstrip(" .") or c.content  # what they said, without the marks
                if c.stance == "asserts" and (_takes_back(c.content) or _denies_in_form(c.content)):
                    c.stance = "denies"  # '"We were never consulted. Not once," she said.': the quotation denies
            pending = []
        was_open, quote_open = quote_open, quote_open ^ (n_quotes % 2 == 1)
        ent_names = list(dict.fromkeys(m.name for m in ents.at(s.start, s.end) if ents.entities.get(m.name)
                                       and ents.entities[m.name].type != "NORP"))
        if not frames and first_of_line and carried is not None and not _not_one_quotation(s.text, quote_open, n_quotes) \
                and (len(sentences) <= s.sid + 1 or sentences[s.sid + 1].line != s.line):
            # a paragraph that is all quotation, right after one that closed on a quoted speaker:
            # news carries the speaker over ('"Nobody was ever in danger," she added. / "We will rebuild."')
            quoted_speaker = dict(carried, left_open=quote_open)
        if frames and n_quotes:
            told = [f for f in frames if not f.get("relayed")]  # (not a teller the speaker relays)
            f0 = told[-1] if told else frames[-1]
            if f0["party"].name:
                quoted_speaker = dict(party=f0["party"], cue=f0["cue"], cue_span=(a.t[f0["ci"]].start, a.t[f0["cj"] - 1].end),
                                      left_open=quote_open)
        elif not frames and quoted_speaker is not None and (
                first_of_line or not _not_one_quotation(s.text, quote_open, n_quotes) or (was_open and quoted_speaker["left_open"])
                or (starts_quoted and not was_open and quote_open)
                or not first_of_line and s.text[:1] == "(" and s.text.rstrip(" .").endswith(")")):
            # '"We followed every rule," Dana Okafor said. "Any suggestion we hid data is false."' and
            # 'Okoro said: "We were kept in the dark. We were told it was fine."': a quotation of its own
            # right after a quoted speaker, or the rest of theirs, in one paragraph, is theirs too; so is a
            # bracket after it ('"Wala na kami ...," Lorna Arceño told Rappler. (We have not seen a single worker.)')
            q = quoted_speaker["party"]
            frames = [dict(kind="continued", party=Party(q.name, q.type, q.text, q.start, q.end, via=[],
                                                         gender=q.gender),
                           cue=quoted_speaker["cue"], ci=None, cj=None, cue_span=quoted_speaker["cue_span"],
                           stance="asserts", content=_unquoted(s.text).rstrip(" ."))]
            # ('"...," she says. "Our own people walked this creek. There is oil ...": a quotation of hers that
            # runs on into the next sentence is hers there too)
            quoted_speaker["left_open"] = quoted_speaker["left_open"] or quote_open
        if a.n >= 3 and a.t[a.n - 1].text == "." and a.L[a.n - 2] in _BARE_REPORTS and not n_quotes \
                and not first_of_line and (not frames or len(frames) == 1 and frames[0]["ci"] == a.n - 2) \
                and not any(a.t[z].is_punct and a.t[z].text not in {"'s", "’s", "-", "(", ")"} or a.L[z] in BE_FORMS
                            or a.L[z] in REPORTING_VERBS for z in range(a.n - 2)):  # (only who: "The toll rose, police said.")
            # "The accident occurred at 4.30 am. The press service of the Ministry of Emergency Situations reported.":
            # a source named in a sentence of its own, after what it reported (as outlets translating from Russian
            # write it); both sentences are its
            back = frames[0]["party"] if frames else a.party(0, a.n - 2)
            prev = [c for c in out if c.sentence_id == s.sid - 1]
            if back is not None and back.name and back.type != "unattributed" and len(prev) == 1 and prev[0].source is None:
                if not frames:
                    frames = [dict(kind="after", party=back, cue=a.t[a.n - 2].text, ci=a.n - 2, cj=a.n - 1,
                                   stance="asserts", content=s.text.rstrip(" ."))]
                c = prev[0]
                c.source, c.source_type, c.via = back.name, back.type, [v for v in back.via if v != back.name]
                c.source_start, c.source_end, c.source_text = back.start, back.end, back.text or None
                c.cue, c.cue_start, c.cue_end = frames[0]["cue"], a.t[a.n - 2].start, a.t[a.n - 2].end
                c.claim_id = claim_id(article_id, c.start, c.cue_start, c.source)
        if frames and (lead := _HEDGED_LEAD.match(s.text)) is not None \
                and all(f["ci"] is not None and a.t[f["ci"]].start - s.start >= lead.end()
                        # (the reply's speaker opens the clause: not "..., and gardai were called, she said", nor
                        # "..., and the team reportedly left, according to a person familiar with it")
                        and f["party"].start is not None and 0 <= f["party"].start - s.start - lead.end() <= 12
                        for f in frames) \
                and _DENIES_THE_REPORT.search(s.text, lead.end()) is None:
            frames = [dict(kind="none", party=Party(None, "unattributed"), cue=None, ci=None, cj=None,
                           stance="asserts", content=lead.group("lead"))] + frames
        if not frames:
            frames = [dict(kind="none", party=Party(None, "unattributed"), cue=None, ci=None, cj=None,
                           stance="asserts", content=s.text)]
        last_quoted = bool(n_quotes) and frames[-1]["party"].name is not None
        frames = frames + [g for f in frames for g in _coordinated(a, f)]
        for f in frames:
            p: Party = f["party"]
            cue_start, cue_end = f.get("cue_span") or (None, None)
            if f["ci"] is not None:
                cue_start, cue_end = a.t[f["ci"]].start, a.t[f["cj"] - 1].end
            stance = f["stance"]
            if f.get("relayed"):
                pass  # (what a teller told the speaker is told as news: "would never come within a mile")
            elif stance == "asserts" and f["cj"] is not None and f["cue"] and f["cue"].lower() in _SAYING \
                    and _DENYING_AFTER.match(s.text, a.t[f["cj"] - 1].end - s.start):
                stance = "denies"  # '"...," Ms. Varadharajan said, rejecting the federation's claim'
            elif stance == "asserts" and (_takes_back(f["content"] or "") or (
                    p.type != "unattributed" and (p.type != "document" or _SPEAKING_DOCUMENT.search(p.text or ""))
                    and _denies_in_form(f["content"] or ""))) and not (
                    # (a policy or a report that "never" does something states it; a statement or a letter denies)
                    (f["cue"] or "").lower() in _FINDING_CUES and not _DENIAL_VERB.search(f["content"] or "")):
                # (what inspectors "noted" or a report "found" was not there is a finding, not a denial)
                stance = "denies"
            elif stance == "asserts" and cue_end is not None and "true" in s.text \
                    and _NOT_TRUE_THAT.match(s.text, cue_end - s.start) is not None:
                stance = "denies"  # "said it was not true that he was related to Moremi" (the content is after "that")
            elif stance == "asserts" and (f["cue"] or "").lower() in {"insisted", "insists", "maintained", "maintains"} \
                    and (_NOBODY_OPENING.match(f["content"] or "") or _NEGATED_CLAUSE.match(f["content"] or "")):
                # "insisted that nobody from the agency had set foot in the cellars", "insisted that the trucks using
                # the bridge were not overloaded": a speaker's denial
                stance = "denies"
            elif stance == "asserts" and cue_start is not None and (f["cue"] or "").lower() in {"described", "called", "branded"} \
                    and _CALLED_FALSE.match(s.text, cue_start - s.start):
                stance = "denies"  # "..., a claim that Mr. Ramana described as “baseless”"
            elif stance == "asserts" and cue_end is not None and (f["cue"] or "").lower() in {"ruled", "rules"} \
                    and _RULED_OUT.match(s.text, cue_end - s.start):
                stance = "denies"  # "The minister ruled that out.": a denial of what was put to her
            via = [v for v in dict.fromkeys(p.via) if v and v != p.name]
            names = list(ent_names)
            if p.name and p.type not in {"anonymous", "document", "official"} and p.name not in names:
                names.append(p.name)
            out.append(ClaimRec(
                claim_id=claim_id(article_id, s.start, cue_start, p.name),
                article_id=article_id, sentence_id=s.sid, start=s.start, end=s.end, sentence=s.text,
                content=_lead_content((f["content"] or s.text).strip(), s.sid, dateline_sid), source=p.name, source_type=p.type, via=via,
                cue=f["cue"], stance=stance, hedges=hedges, entities=names,
                cue_start=cue_start, cue_end=cue_end, source_start=p.start, source_end=p.end,
                source_text=p.text or None,
            ))
            if p.name and (p.text or "").lower() in _PRONOUNS and p.start is not None and p.end is not None \
                    and p.name in ents.entities:
                # a resolved "he"/"she" is a mention of its speaker too
                ents.mentions.append(Mention(p.name, p.text, p.start, p.end, "pronoun", s.sid))
            if p.name and not f.get("relayed"):
                ctx.speakers.append((s.sid, p))
            elif starts_quoted and quote_open and not p.name:
                pending.append(out[-1])
        d = next((d for d in range(1, min(4, a.n)) if a.L[d] in DOCUMENT_NOUNS and not a.t[d].is_cap), None)
        if d is not None and a.L[0] in {"the", "this", "that", "its"} and all(a.t[z].is_alpha for z in range(d)) \
                and d + 1 < a.n and a.L[d + 1] not in {"'s", "’s", "of"}:
            # a sentence about a document ("The report appears to ..."): what a next sentence's "It notes" is
            ctx.documents.append((s.sid, Party(a.text(0, d + 1), "document", a.text(0, d + 1), a.t[0].start, a.t[d].end)))
        # people described in this sentence, for a later "she"/"he"
        for k in [k for k, w in enumerate(a.L) if w in _INDEFINITE]:
            e = k + 1
            while e < a.n and e - k < 7 and not a.t[e].is_punct and a.L[e] not in REPORTING_VERBS:
                if a.L[e] in ANONYMOUS_NOUNS or a.L[e] in _PERSON_NOUNS:
                    person = a.party(k, e + 1)
                    if person is not None:
                        ctx.people.append((s.sid, person))
                    break
                e += 1
        if not frames or frames[0]["party"].name is None or all(f["party"].type == "document" for f in frames):
            # (a document speaking introduces no one: "who said documents she had obtained showed")
            # "For Rāwiri Tane, 78, who farms sheep ...": someone introduced with an age, for the "he said" that follows
            for m in ents.at(s.start, s.end, kinds=("name",)):
                e_ = ents.entities.get(m.name)
                after = s.text[m.end - s.start:m.end - s.start + 6]
                if e_ is not None and e_.type == "PERSON" and _AGE_AFTER.match(after):
                    ctx.people.append((s.sid, Party(m.name, "person", m.text, m.start, m.end, gender=e_.gender)))
            # "Ashcombe, a shipping magnate, first asked the city ... He has since said": the sentence's subject
            # (not a name opening a quotation)
            opening = [] if quote_open else [m for m in ents.at(s.start, min(s.end, s.start + 40), kinds=("name",))
                                             if s.text[:m.start - s.start].strip().lower() in {"", "but", "and", "yet"}]
            e_ = ents.entities.get(opening[0].name) if opening else None
            if e_ is not None and e_.type == "PERSON":
                m = opening[0]
                ctx.people.append((s.sid, Party(m.name, "person", m.text, m.start, m.end, gender=e_.gender)))
            elif not quote_open:
                # "The report comes a week after independent board member Ieva Stonkutė resigned. In her letter, she
                # wrote": someone the article introduces here, with a title, for the "she" that follows
                for m in ents.at(s.start, s.end, kinds=("name",)):
                    e_ = ents.entities.get(m.name)
                    if e_ is not None and e_.type == "PERSON" and e_.roles and m.name not in introduced:
                        ctx.people.append((s.sid, Party(m.name, "person", m.text, m.start, m.end, gender=e_.gender)))
        introduced.update(m.name for m in ents.at(s.start, s.end, kinds=("name",)))
    _statement_issuers(out, sentences, article_id)
    _interview_answers(out, sentences, ents, article_id)
    _transcript_turns(out, sentences, ents, article_id)
    _told_to_us(out, sentences, article_id)
    _outlet_voice(out, sentences, ents, article_id)
    _named_later(out, sentences, ents, article_id)
    _described_speakers(out, ents)
    ents.mentions.sort(key=lambda m: (m.start, m.end))
    # one claim per id: a cue read twice ("estimated the spill at" and "estimated") is one attribution
    kept: dict[str, ClaimRec] = {}
    for c in out:
        kept.setdefault(c.claim_id, c)
    return list(kept.values())


_SPEAKING_DOCUMENT = re.compile(r"(?i)\b(?:statement|release|letter|e-?mail|response|reply|post|tweet|submission|"
                                r"filing|affidavit|testimony|message|note)s?\b")
_ISSUED = re.compile(r"\b(statement|release)\b", re.IGNORECASE)


def _described_speakers(claims: list[ClaimRec], ents: ArticleEntities) -> None:
    """'"...," the retired schoolteacher said': a description the speaker's claim was given to is a mention of them,
    where no name or epithet already covers it."""
    for c in claims:
        t = c.source_text or ""
        if c.source_type != "person" or not c.source or c.source_start is None or c.source_end is None \
                or not t.lower().startswith("the ") or len(t.split()) < 2 or len(t.split()) > 5 \
                or not all(w.isalpha() and (w.islower() or w[:1].isupper() and k < len(t.split()) - 1
                                            or w.isupper() and w.lower() in TITLE_WORDS)  # ("the retired GP")
                           and w not in COMPANY_NOUNS and w not in ORG_WORDS for k, w in enumerate(t.split()) if k):
            continue  # (a post at a body is the epithet linker's to give: "the union leader")
        a, b = int(c.source_start), int(c.source_end)
        e = ents.entities.get(c.source)
        if e is None or ents.at(a, b, kinds=("epithet", "pronoun")) or any(  # ("The Goleen fisherman": a place in it)
                ents.entities.get(m.name) is not None and ents.entities[m.name].type == "PERSON"
                for m in ents.at(a, b, kinds=("name",))):
            continue
        ents.mentions.append(Mention(c.source, t, a, b, "epithet", c.sentence_id))
        e.epithets.append(t)


def _give_turn(c: ClaimRec, article_id: str, cue: str, cue_start: int, cue_end: int, label: str) -> None:
    """Claim ``c`` (its source set) is said in a turn of an interview or a transcript: the label is its cue, and
    no part of what it says ("FORTIER: That is not accurate." says "That is not accurate.", a denial)."""
    c.via, c.cue, c.cue_start, c.cue_end = [], cue, cue_start, cue_end
    if label and c.content.startswith(label):
        c.content = c.content[len(label):].strip()
    if c.stance == "asserts" and (_takes_back(c.content) or _denies_in_form(c.content)):
        c.stance = "denies"
    c.claim_id = claim_id(article_id, c.start, c.cue_start, c.source)


def _attribute_late(c: ClaimRec, article_id: str, source: str, source_type: str, text: str, at: int) -> None:
    """Give claim ``c``, read as no one's, the source a pass over the whole article found: its words ``text`` at
    offset ``at`` are both the source's span and the cue."""
    c.source, c.source_type, c.source_text = source, source_type, text
    c.source_start, c.source_end = at, at + len(text)
    c.cue, c.cue_start, c.cue_end = text.split()[-1], at, at + len(text)
    c.claim_id = claim_id(article_id, c.start, c.cue_start, c.source)


_QUOTE_CHARS = ('"', "“", "”")
# the outlet's own unnamed sources, in the writer's voice: "..., we're told.", "Its status page, we understand, is ..."
_TOLD_TO_US = re.compile(r"\b(?:[Ww]e(?:['’]re| are| were| have been|['’]ve been)|I(?:['’]m| am| have been|['’]ve been))"
                         r"\s+(?:told|informed)\b|\b(?:we|I) understand\b|\bwe hear\b")


def _told_to_us(claims: list[ClaimRec], sentences: list[Sentence], article_id: str) -> None:
    """A claim no one is named for, that the writer was told by someone unnamed: "The rebuild storm saturated the
    network within 20 minutes, we're told." (outside quotation marks: "'We are told nothing,' she said" is hers)"""
    for c in claims:
        if c.source is not None or c.cue is not None:
            continue
        s = sentences[c.sentence_id]
        m = _TOLD_TO_US.search(s.text)
        if m is None or sum(s.text.count(q, 0, m.start()) for q in _QUOTE_CHARS) % 2:
            continue
        _attribute_late(c, article_id, m.group(0), "anonymous", m.group(0), s.start + m.start())


_WE_DID = re.compile(r"We\s+(?:were|have|had|could|also|then|found|matched|placed|identified|geolocated|traced|analy[sz]ed"
                     r"|reviewed|obtained|contacted|asked|established|confirmed|verified|compared|checked|located)\b")


def _outlet_voice(claims: list[ClaimRec], sentences: list[Sentence], ents: ArticleEntities, article_id: str) -> None:
    """The outlet's own reporting in the first person plural: "We were able to geolocate nine of the videos"
    (Bellingcat). Only where the outlet is known as the one its sources talk to ("told Bellingcat"), and only in a
    paragraph with no quotation marks (a "We" inside someone's quotation is theirs)."""
    if not any(c.source is None and c.cue is None and sentences[c.sentence_id].text.startswith("We ") for c in claims):
        return
    own = own_outlet(sentences, ents.mentions, {n for n, e in ents.entities.items() if e.is_outlet})
    if own is None:
        return
    lines_quoted = {s.line for s in sentences if any(q in s.text for q in _QUOTE_CHARS)}
    for c in claims:
        s = sentences[c.sentence_id]
        if c.source is not None or c.cue is not None or s.line in lines_quoted or not _WE_DID.match(s.text):
            continue
        _attribute_late(c, article_id, own, "outlet", "We", s.start)


_UNNAMED_LABELS = {"UNIDENTIFIED", "UNKNOWN", "UNNAMED", "CROWD", "PROTESTER", "PROTESTERS"}


def _transcript_turns(claims: list[ClaimRec], sentences: list[Sentence], ents: ArticleEntities, article_id: str) -> None:
    """In a transcript, what a turn says is its speaker's ("FORTIER: That is not accurate."): the person the
    label names (by the name the text gives them, or their family name), or someone unnamed ("UNIDENTIFIED MALE")."""
    labels = speaker_labels(sentences)
    if not labels:
        return
    people: dict[str, str] = {}
    surnames: dict[str, set[str]] = {}
    for name, e in ents.entities.items():
        if e.type == "PERSON":
            for a in list(e.aliases) + [name]:
                people.setdefault(str(a).lower(), name)
            surnames.setdefault(name.split()[-1].lower(), set()).add(name)
    for family, named in surnames.items():
        if len(named) == 1:
            people.setdefault(family, next(iter(named)))  # "FORTIER:" of "Élise Fortier", when she is the only one
    line_of = {s.sid: s.line for s in sentences}
    turn_of = {line_of[sid]: (sid, end, label) for sid, (end, label) in labels.items()}
    for c in claims:
        turn = turn_of.get(line_of.get(c.sentence_id, -1))
        if turn is None or c.source is not None:
            continue
        sid, end, label = turn
        who = people.get(label.lower()) or people.get(label.split()[-1].lower())
        start = sentences[sid].start
        if who is not None:
            c.source, c.source_type = who, "person"
        elif label.split()[0] in _UNNAMED_LABELS:
            c.source, c.source_type = label.title(), "anonymous"
        else:
            continue
        c.source_text, c.source_start, c.source_end = label, start, start + len(label)
        _give_turn(c, article_id, label + ":", start, end, sentences[sid].text[:end - start] if c.sentence_id == sid else "")


# what ends the noun of "A company hired to plow ...", "A TRIBAL chief in South Choiseul": its head is the word before
_POST_MODIFIER = {"who", "which", "that", "whose", "in", "on", "of", "from", "at", "for", "with", "to", "by", "near",
                  "hired", "based", "appointed", "contracted", "commissioned", "running", "living", "representing"}
_ORG_NOUNS = {"group", "watchdog", "union", "charity", "association", "authority", "agency", "body", "council", "bank", "district",
              "regulator", "organisation", "organization", "network", "coalition", "alliance", "campaign", "society"}


def _lede_head(text: str) -> str | None:
    """The noun an indefinite description ends in: "A Belfast-based company hired to run ..." -> "company"."""
    head = None
    for w in re.findall(r"[\w'’-]+", text)[1:8]:
        low = w.lower()
        if low in _POST_MODIFIER or head is not None and low.endswith(("ed", "ing")):
            break
        head = low
    return head


def _the_same_later(sentences: list[Sentence], ents: ArticleEntities, name: str, head: str, after: int) -> None:
    """"A Kingstanding mum says ..." named Shereen Akhtar-Doyle: a later "the mum" that no other mention covers is
    her too (the epithets step read it as the unnamed one the lead had introduced)."""
    covered = [(m.start, m.end) for m in ents.mentions]
    for x in sentences:
        if x.end <= after:
            continue
        toks = x.tokens
        for k in range(len(toks) - 1):
            if toks[k].lower == "the" and toks[k + 1].lower == head and not toks[k + 1].is_cap \
                    and (k + 2 >= len(toks) or not toks[k + 2].is_alpha or toks[k + 2].is_cap
                         or toks[k + 2].lower in REPORTING_VERBS or toks[k + 2].lower in BE_FORMS) \
                    and not any(a < toks[k + 1].end and toks[k].start < b for a, b in covered):
                text = f"{toks[k].text} {toks[k + 1].text}"
                ents.mentions.append(Mention(name, text, toks[k].start, toks[k + 1].end, "epithet", x.sid))


def _named_later(claims: list[ClaimRec], sentences: list[Sentence], ents: ArticleEntities, article_id: str) -> None:
    """A lead that describes its speaker before naming them: "A Kingstanding mum says ..." / "Shereen Akhtar-Doyle,
    41, says ...", or a standfirst's "a councillor says ..." / "Cllr Gareth Pennington said". The description speaks
    for the one the next paragraph opens with, else the first one named later whose description or title it echoes."""
    if not any(c.source_type == "anonymous" and (c.source_text or "")[:2] in {"A ", "An", "a ", "an"}
               and c.sentence_id < 12 for c in claims):
        return  # (the first two paragraphs' sentences are among the first dozen)
    # (a standfirst and the first paragraph, or the first two: not a date line read as a sentence)
    lede: set[int] = set()
    for row in sentences:
        if row.line in lede:
            continue
        if len(lede) == 2:
            break
        if len(row.tokens) >= 6 and not looks_like_dateline(row.text):
            lede.add(row.line)
    by_sid = {row.sid: row for row in sentences}
    first: dict[str, Mention] = {}
    for m in ents.mentions:
        if m.kind == "name" and m.name not in first:
            first[m.name] = m
    linked: set[tuple[int, int]] = set()
    given: dict[tuple[str, int], float] = {}  # (name, sentence) -> where the description it was given starts
    for c in claims:
        s = by_sid.get(c.sentence_id)
        text = c.source_text or ""
        if c.source_type != "anonymous" or s is None or s.line not in lede or c.source_start is None \
                or text.split()[:1] not in (["A"], ["An"], ["a"], ["an"]):
            continue
        head = _lede_head(text)
        placed = any(w[:1].isupper() for w in text.split()[1:-1])  # "A Bong County lawmaker": one, placed
        if head is None or head in ANONYMOUS_NOUNS and not placed or head in SPOKES_NOUNS or head in DOCUMENT_NOUNS \
                or head.endswith("s") and not head.endswith("ss") or _UNNAMED_SPEAKER.search(s.text):
            continue
        org = head in COMPANY_NOUNS or head in _ORG_NOUNS
        person = not org and (head in FEMALE_NOUNS or head in MALE_NOUNS or head in PERSON_EPITHET_NOUNS
                              or head in TITLE_WORDS)
        if not (org or person or head.endswith(_AGENT_ENDS) and head not in _NOT_AGENTS):
            continue  # (not "a bitter dispute has broken out"; "a developer", "a short seller" may be a firm)
        later = [n for n, m in first.items() if m.start > s.end and (ent := ents.entities.get(n)) is not None
                 and not ent.is_outlet and (ent.type == "ORG" and not person or ent.type == "PERSON" and not org)
                 and given.get((n, s.sid), c.source_start) == c.source_start]  # (two descriptions in a sentence: two)
        # the next paragraph opens with the one described: "Brealey Grounds Services Inc., the Peterborough-based firm"
        opener = next((x for x in sentences if x.line == s.line + 1), None)  # (not past a byline after a standfirst)
        name = None
        if opener is not None and opener.tokens and (org or person):
            at = opener.tokens[1].start if opener.tokens[0].lower == "the" and len(opener.tokens) > 1 else opener.tokens[0].start
            name = next((n for n in later if first[n].start in {opener.tokens[0].start, at}), None)
        if name is None:
            # the first one named later whose description has the noun: "Ashcombe Research, a London-based short
            # seller," or the title written before the name ("Cllr" of "a councillor")
            for n in later:
                e = ents.entities[n]
                said = " ".join([n, *e.roles, *e.described, *e.kinds, *e.epithets]).lower()
                x = by_sid.get(first[n].sid)
                before = x.text[:first[n].start - x.start].split()[-1:] if x is not None else []
                title = _ABBREVIATED_ROLES.get(before[0].lower().rstrip("."), "") if before else ""
                if head in re.findall(r"[\w-]+", said) or title == head or head in _ROLE_SYNONYMS.get(title, ()):
                    # ("Rep." of "a lawmaker")
                    name = n
                    break
        body = max(lede) if len(lede) == 2 else -1
        if name is None and (org or person) and s.line < body != s.line + 1:
            # a standfirst's "A watchdog says ..." / "..., the Local Government and Social Care Ombudsman has found":
            # the first one the first paragraph has speak, if that is where they are first named
            for c2 in claims:
                x2 = by_sid.get(c2.sentence_id)
                if x2 is None or x2.line != body or not c2.source or c2.source_type in {"anonymous", "unattributed"}:
                    continue
                lead_one = first.get(c2.source)
                named_at = by_sid.get(lead_one.sid) if lead_one is not None else None
                if c2.source in later and named_at is not None and named_at.line == body:
                    name = c2.source
                break
        if name is None:
            continue
        e = ents.entities[name]
        given[(name, c.sentence_id)] = c.source_start
        c.source = name
        c.source_type = "person" if e.type == "PERSON" else "organization"
        c.claim_id = claim_id(article_id, c.start, c.cue_start, c.source)
        span = (int(c.source_start), int(c.source_end or c.source_start))
        if span not in linked:
            linked.add(span)
            described = text[:text.lower().find(head, len(text.split()[0])) + len(head)]
            ents.mentions.append(Mention(name, described, span[0], span[0] + len(described), "epithet", c.sentence_id))
            e.epithets.append(described)
            _the_same_later(sentences, ents, name, head, span[1])
            for c3 in claims:  # ('"...," the mum said': her too)
                if c3.source_type == "anonymous" and (c3.source_text or "").lower() == "the " + head \
                        and c3.source_start is not None and c3.source_start > span[1]:
                    c3.source, c3.source_type = name, c.source_type
                    c3.claim_id = claim_id(article_id, c3.start, c3.cue_start, c3.source)


def _interview_answers(claims: list[ClaimRec], sentences: list[Sentence], ents: ArticleEntities, article_id: str) -> None:
    """In a question-and-answer interview, what an "A:" line says is the interviewee's: the person the
    introduction names most (a Q&A names its speaker once, before the questions)."""
    firsts = [s for s in sentences if s.para_first or s.sid == 0 or sentences[s.sid - 1].line != s.line]
    turns = [(s, INTERVIEW_TURN.match(s.text)) for s in firsts]
    answers = {s.line: s for s, m in turns if m is not None and m.group("who") == "A"}
    questions = [s for s, m in turns if m is not None and m.group("who") == "Q"]
    if len(answers) < 2 or not questions:
        return
    first_q = min(s.start for s in questions)
    counts: dict[str, int] = {}
    for m in ents.mentions:
        e = ents.entities.get(m.name)
        if m.start < first_q and e is not None and e.type == "PERSON":
            counts[m.name] = counts.get(m.name, 0) + 1
    if not counts:
        return
    who = max(sorted(counts), key=lambda k: counts[k])
    line_of = {s.sid: s.line for s in sentences}
    for c in claims:
        label = answers.get(line_of.get(c.sentence_id, -1))
        if label is None or c.source is not None:
            continue
        m = INTERVIEW_TURN.match(label.text)
        assert m is not None
        c.source, c.source_type = who, "person"
        _give_turn(c, article_id, "A:", label.start + len(label.text) - len(label.text.lstrip()), label.start + m.end() - 1,
                   label.text[:m.end()] if c.sentence_id == label.sid else "")


def _statement_issuers(claims: list[ClaimRec], sentences: list[Sentence], article_id: str) -> None:
    """'The company said in a statement that ...', then '..., the statement added': the statement speaks for
    whoever issued it, told in this paragraph or the one before."""
    line_of = {s.sid: s.line for s in sentences}
    issuer: dict[str, ClaimRec] = {}
    for c in claims:
        low = (c.source or "").lower()
        if c.source and c.source_type not in {"document", "anonymous", "unattributed"}:
            for m in _ISSUED.finditer(c.sentence):
                issuer[m.group(1).lower()] = c
        elif c.source_type == "document" and low.startswith("the ") and low.split()[-1] in issuer:
            x = issuer[low.split()[-1]]
            if 0 <= line_of.get(c.sentence_id, -9) - line_of.get(x.sentence_id, 9) <= 1:
                c.source, c.source_type, c.via = x.source, x.source_type, list(x.via)
                c.claim_id = claim_id(article_id, c.start, c.cue_start, c.source)
