"""Who a noun phrase names: a person, an organisation, a document, an unnamed source.

:mod:`kit.claims` finds the cues of a sentence; this module reads the noun phrases around them
("A senior nurse at St Aldric's", "the spokesperson", "His lawyers", "The report by the
Inspectorate") as parties, and the pronouns ("he", "she", "it") as the speakers before them.

>>> from kit.nlp import split_body
>>> from kit.entities import find_entities
>>> sents = split_body("T\\nThe mayor Ann Vole spoke.\\n")
>>> reader = PhraseReader(sents[0], find_entities(sents), Context())
>>> reader.party(0, 4).name
'Ann Vole'
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from spacy.lang.en.stop_words import STOP_WORDS

from kit.entities import _AGENT_ENDS, _GOVERNMENT_OF_FIRST, FACILITY_NOUNS, ArticleEntities, Mention, _region_comma
from kit.lexicons import (
    ANONYMOUS_NOUNS, BE_FORMS, COMPANY_NOUNS, DOCUMENT_NOUNS, FEMALE_NOUNS, HONORIFICS, INSTITUTION_WORDS, MALE_NOUNS,
    ORG_WORDS, OUTLET_NOUNS, PERSON_EPITHET_NOUNS, REPORTING_VERBS, SPOKES_NOUNS, TITLE_WORDS, places,
)
from kit.nlp import DATELINE, Sentence, Tok, lead_dateline

# the words that end a body's own name or description ("the city government"): never a "he" or a "she"
_BODY_WORDS = INSTITUTION_WORDS | {"city", "town", "municipality", "board"}
_PLACE_NAME_ENDS = {"County", "City", "Province", "State", "Region", "District", "Borough", "Parish"}
_RUN_PLACES = {"Forest", "Park", "Reserve", "Refuge", "Monument"}  # a place run by its own office, which speaks for it
_PLACED_BODIES = {"district", "group", "charity", "union", "association", "network", "coalition", "campaign", "cooperative",
                  "co-operative", "co-op", "club", "society"}  # ("A Logan County farmers cooperative says")
_SUBJECT_PRONOUNS = {"they", "he", "she", "we", "i", "you"}
_GOVERNING = {"Government", "Council", "Executive", "Administration", "Authority", "Municipality"}
_COUNTED_PEOPLE = {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several", "some", "former",
                   "many", "dozens", "hundreds"}
_PLACE_GOVERNED = {"city", "town", "municipality", "village", "state", "province", "county", "borough", "district"}
_ONE_PERSON = {"spokesperson", "official", "employee", "source", "worker", "staffer", "insider", "engineer", "officer",
               "executive", "manager", "lawyer", "aide", "member", "resident", "witness"}  # nouns for one person, either sex
_BOSSES = {"chief", "boss", "head", "leader", "director", "chairman", "chairwoman", "chair", "president", "ceo"}
_BOUNDARY = {
    "that", "which", "who", "whom", "but", "while", "although", "though", "because", "if", "when", "after",
    "before", "as", "so", "than", "since", "until", "whereas", "where", "and", "or", ";", ":", "(", ")", "what",
    "whether", "how", "why",
}
_DETERMINERS = {"the", "a", "an", "'s", "’s", "this", "that", "its", "his", "her", "their", "our"}
_GOV = {"government", "ministry", "authorities", "administration", "police", "army", "military", "kremlin",
        "pentagon", "council", "commission", "parliament", "congress", "senate", "office", "department", "house"}
_INSTITUTIONS = {"police", "prosecutors", "government", "ministry", "military", "army", "court", "parliament",
                 "regulator", "regulators", "agency", "department", "commission", "council", "company", "firm",
                 "embassy", "cabinet", "presidency", "prosecutor's", "coroner", "watchdog"}
# plural staff who speak for the body named with them: "Officials of the NEB said", "NABU investigators say"
_ASIDE_AFTER = re.compile(r"\s*,\s*(?:who|speaking)\b[^,]{0,80},")  # ", who asked not to be named,"
_UNNAMED = re.compile(r"\banonymity\b|\bnot to be (?:named|identified)\b|\bnot (?:authori[sz]ed|allowed|permitted) to "
                      r"(?:speak|comment|talk)", re.I)
_BODY_PLURALS = {"officials", "investigators", "inspectors", "auditors", "prosecutors", "detectives", "officers",
                 "analysts", "economists", "researchers", "scientists"}  # ("Analysts at the bank Brandauer & Co. estimated")
_POLICE_NAMES = {"Police", "Constabulary", "Garda", "Gardaí"}  # a force by its name ("Sussex Police", "Kent Constabulary")
_DELIBERATIVE = {"council", "committee", "board", "commission", "assembly", "senate", "congress", "parliament"}
# the words of the gendered-noun lists that describe nobody: pronouns and honorifics ("The Tribune she learned")
_NOT_DESCRIPTIONS = {"she", "her", "he", "him", "his", "mrs", "ms", "mr", "sir", "dame", "lord", "lady"}
_SMALL_COUNTS = {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"}
_FRONTED_PREPOSITIONS = {"in", "on", "at", "during", "after", "before", "since", "later", "earlier"}
# bodies of a place, never the person who spoke for them ("The county further told the court")
_PLACE_BODIES = {"county", "district", "province", "state", "government", "party", "police", "region", "ward"}
_SERVES = re.compile(r"\b(?:for|to|of)\b")


def _modifies_unnamed(said: list[str], word: str) -> bool:
    """Whether ``word`` (in ``said``, past its first word) only says whose an unnamed speaker is: "council" of "a
    senior council official", not the speaker's own noun ("doctor" of "a doctor at the hospital").

    >>> _modifies_unnamed(["a", "senior", "council", "official"], "council"), _modifies_unnamed(["a", "doctor"], "doctor")
    (True, False)
    """
    k = said.index(word, 1)
    return k + 1 < len(said) and said[k + 1] in ANONYMOUS_NOUNS


_NOUN_BEFORE = {
    "the", "a", "an", "these", "those", "this", "that", "of", "his", "her", "their", "its", "about", "such",
    "'s", "’s", "media", "news", "press", "no", "any", "many", "several", "some", "in", "on", "with", "for",
    "our", "my", "your", "whose", "which", "first", "new", "latest", "recent", "earlier", "initial", "unconfirmed",
}
_ON_RECORD = {"spokesman", "spokeswoman", "spokesperson", "spokespeople", "spokesmen", "spokeswomen",
              "representative", "representatives", "press", "rep", "reps"}  # ("A rep for Halcyon Row rejected that")
_BODIES_BY_LAST_WORD = {"district", "county", "authority", "agency", "board", "commission", "trust"}
_LOCAL_OFFICIALS = {"city", "municipal", "town", "borough", "shire", "hamlet", "village"}
_COMPILED = {"compiled", "collected", "gathered", "kept", "supplied"}
_EMPLOYED = {"employed", "working"}  # (not "engineers hired by the commune": its experts, speaking for it)
_PLURAL_DETERMINERS = {"two", "three", "four", "five", "several", "some", "many", "both", "few", "dozens", "hundreds"}
_POSSESSIVE_DETERMINERS = {"his", "her", "their", "its"}
_QUOTES = {'"', "“", "”", "'", "‘", "’", "«", "»"}
# legal forms spelled like English words, which end a firm's name only in capitals ("Nordvika Laks AS")
_CAPS_LEGAL_FORMS = {"AS", "SA", "AB", "AG", "NV", "BV", "OY"}
# who speaks for a person ("his lawyers said")
_REPRESENTATIVES = {"lawyer", "lawyers", "attorney", "attorneys", "solicitor", "solicitors", "spokesman", "spokeswoman",
                    "spokesperson", "representative", "representatives", "counsel", "camp", "campaign", "team"}
_SOME = {"one", "two", "three", "four", "some", "several", "many", "most", "few", "none", "neither", "both", "each"}
# the word that ends a noun's head: "A source at X", "people familiar with"
_HEAD_STOPS = {"of", "for", "from", "with", "at", "in", "close", "familiar", "who", "on", "to", "that", "which", "under", "through",
               # ("Landowners along the North Road", "Residents living near the tip": people, where they are)
               "along", "around", "across", "outside", "beside", "living", "within", "inside", "behind"}  # ("the practice behind the plan")
_DOC_PREPOSITIONS = {"by", "of", "from", "into", "on"}  # "a report by", "a summary from": a document's maker
_PRONOUNS = {"he", "she", "him", "her", "his", "hers", "they", "them", "their"}


# the desks a body speaks through: "the press service of the ministry", "the press office of the governor"
_PRESS_DESKS = {("press", "service"), ("press", "office"), ("press", "centre"), ("press", "center"),
                ("media", "office"), ("press", "secretariat"), ("information", "office"), ("communications", "office")}

# a body's part that speaks for it: "The Rostov region branch of the Emergency Situations Ministry"
_BRANCH_NOUNS = {"branch", "directorate", "division", "unit", "department", "wing", "chapter", "bureau"}


# a legislator's initials and the words of the seat they hold ("the MP": "Member for Rockhampton")
_MEMBER_TITLES = {"mp": {"mp", "member"}, "mla": {"mla", "member"}, "msp": {"msp", "member"}, "mpp": {"mpp", "member"},
                  "ms": {"ms", "member"}, "td": {"td", "teachta"}, "mhk": {"mhk", "member"}}
# a body people or a firm form, not a government: a place's own ("Revelstoke's biggest snowmobile club"), or what an
# apposition calls a body before its clause ("X, a Sunnyside-based union that says")
_CIVIC_HEADS = {"club", "group", "association", "union", "society", "coalition", "alliance", "network", "collective",
                "company", "firm", "charity", "campaign", "operator", "carrier", "developer", "provider", "utility",
                "organisation", "organization", "nonprofit", "cooperative"}


@dataclass
class Party:
    """Who a claim is attributed to, as resolved from the text."""

    name: str | None
    type: str
    text: str = ""
    start: int | None = None
    end: int | None = None
    via: list = field(default_factory=list)
    gender: str | None = None
    co: list | None = None  # who else says it: "Brennholt and Vallée said"



class Context:
    """What earlier sentences established: recent speakers, for "he" and "she"."""

    def __init__(self) -> None:
        self.speakers: list[tuple[int, Party]] = []  # (sid, party)
        self.people: list[tuple[int, Party]] = []
        self.documents: list[tuple[int, Party]] = []  # "The report appears to ...": for an "It notes" that follows


_THE_OR_HONORIFIC = frozenset({"the"} | HONORIFICS)  # "Mr Mac Giolla Phádraig put it to ..., which he said"


_FORMER = {"former", "retired", "longtime", "long-time", "veteran"}
# the bodies whose officials speak for them, unnamed ("District officials say")
_OFFICIALS_OF = {"county", "city", "town", "village", "district", "ministry", "company", "department", "agency", "authority",
                 "council", "board", "port", "hospital", "university", "school"}
# what a headline's "group" can be named
_GROUP_NAMES = {"association", "society", "alliance", "coalition", "club", "group", "union", "federation", "network",
                "committee", "collective", "forum", "chamber", "friends"}
# a body as a sentence's subject, before a verb that could be a plural noun ("But the council claims NHS Lothian pulled out")
_BODY_SUBJECTS = {"council", "company", "firm", "ministry", "government", "union", "department", "agency", "authority",
                  "board", "hospital", "university", "contractor", "operator", "city", "county", "district", "bank",
                  "association", "federation", "trust", "commission", "committee", "municipality", "regulator", "utility"}
# the bodies a headline or a lead names bare, or by their kind alone ("Water district says", "a local hiking club")
_BARE_HEADS = (_BODY_SUBJECTS - {"city", "county"}) | {"club", "society", "chamber"}


class PhraseReader:
    """One sentence's tokens read as noun phrases: who a phrase names, and who a pronoun is."""

    def __init__(self, sent: Sentence, ents: ArticleEntities, ctx: Context):
        self.s, self.ents, self.ctx = sent, ents, ctx
        self.t: list[Tok] = sent.tokens
        self.L = [t.lower for t in self.t]
        self.n = len(self.t)
        self._frames: list[dict] = []  # the sentence's attributions so far (the claims reader fills it)

    def opening(self) -> int:
        """The first token past a wire dateline that opens one of the first sentences ("FRANKFURT, Nov 26 (Reuters) -
        German car parts maker X ... said": X, not the city), else 0."""
        if self.n and self.t[0].is_upper and self.s.sid <= 3 and (dl := DATELINE.match(self.s.text)):
            return next((z for z in range(self.n) if self.t[z].start >= self.s.start + dl.end()), 0)
        if self.n > 3 and self.t[0].is_title and self.s.sid <= 3 and self.t[1].text == "," \
                and (town := lead_dateline(self.s.text)) is not None and town.re is not DATELINE:
            return next((z for z in range(self.n) if self.t[z].start >= self.s.start + town.end()), 0)  # ("Nuku'alofa, Tonga A")
        return 0

    # -- spans and noun phrases -------------------------------------------------------------
    def bare_body(self, i: int, j: int) -> Party | None:
        """The one organisation whose name has the words of the bare noun phrase t[i:j] (its head, or a group's
        kind, and the most of its modifiers), else None."""
        head, mods = self.L[j - 1], {w.rstrip("’'") for w in self.L[i:j - 1]} - {"", "'", "’"}
        heads = {head} | (_GROUP_NAMES if head == "group" else set())
        if head not in _BARE_HEADS and head not in _GROUP_NAMES:
            return None
        scores = {}
        for n, e in self.ents.entities.items():
            if e.type not in {"ORG", "GPE"} or e.is_outlet or e.type == "GPE" and head not in n.lower().split():
                continue  # (a district may be typed as its place: "Souris River Joint Water Resource District")
            words = set(n.lower().split())
            if words & heads:
                scores[n] = len(words & mods) + (2 if head in words else 1)
        best = max(scores.values(), default=0)
        top = [n for n, v in scores.items() if v == best]
        if best < 2 or len(top) != 1:
            return None
        return Party(top[0], "organization", self.text(i, j), self.t[i].start, self.t[j - 1].end)

    def _told_of(self, p: Party | None) -> Party | None:
        """``p``, its words kept as an epithet of the body it names ("regional district", "a local hiking club" of the
        one so named), as a later pass would have linked them."""
        if p is not None and p.name and p.start is not None and p.end is not None and p.text \
                and not any(m.start == p.start and m.end == p.end for m in self.ents.mentions):
            self.ents.mentions.append(Mention(p.name, p.text, p.start, p.end, "epithet", self.s.sid))
            self.ents.mentions.sort(key=lambda m: (m.start, m.end))
        return p

    def text(self, i: int, j: int) -> str:
        if i >= j:
            return ""
        return self.s.text[self.t[i].start - self.s.start:self.t[j - 1].end - self.s.start]

    def _place_after_preposition(self, m, i: int) -> bool:
        """Whether the name ``m`` is a place after a preposition, past the first word ``i`` of a phrase ("landowners
        near Currow", "residents of Fintry"): where the people are, not who they are."""
        e = self.ents.entities.get(m.name)
        z = next((z for z in range(i + 1, self.n) if self.t[z].start == m.start), None)
        return e is not None and e.type in {"GPE", "LOC"} and z is not None \
            and self.L[z - 1] in {"near", "in", "from", "of", "at", "around", "outside"}

    def mentions(self, i: int, j: int, kinds=("name", "epithet")) -> list[Mention]:
        if i >= j:
            return []
        return self.ents.at(self.t[i].start, self.t[j - 1].end, kinds=kinds)

    def _sole_holder(self, fits: Callable[[str], bool]) -> str | None:
        """The one person whose role ``fits`` (a test of the role's text), or None when none or several do."""
        holders = [n for n, e in self.ents.entities.items() if e.type == "PERSON" and any(fits(str(r)) for r in e.roles)]
        return holders[0] if len(holders) == 1 else None

    def _placed_speaker(self, words: list[str], i: int, j: int, span: dict[str, Any]) -> Party | None:
        """"The Goleen fisherman said", "The Fianna Fáil councillor said": someone by a place's or a party's name and
        a person's noun, as Irish and British papers write it. The speaker of the sentence before, where they were
        quoted; else someone unnamed (never the place or the party)."""
        head = words[-1]
        if self.t[j - 1].is_cap or not self.t[j - 1].is_alpha or not (
                head in PERSON_EPITHET_NOUNS or head in MALE_NOUNS or head in FEMALE_NOUNS or head in TITLE_WORDS
                or len(head) > 5 and head.endswith(("man", "woman"))
                or len(head) > 5 and head.endswith(_AGENT_ENDS) and head not in STOP_WORDS and head not in COMPANY_NOUNS
                and head not in OUTLET_NOUNS
                and head not in DOCUMENT_NOUNS and head not in FACILITY_NOUNS) \
                or head in SPOKES_NOUNS or head in ANONYMOUS_NOUNS:  # ("the Woolomin lucerne grower")
            return None
        # (a former post first: "the former Redmond city councilor", a post held before, not the one held now)
        i1 = i + 1 + (self.L[i + 1] in _FORMER)
        former = i1 > i + 1
        inner = self.mentions(i1, j - 1, kinds=("name",))
        # (a trade's word may come between: "the Woolomin lucerne grower")
        k = j - 1
        while k > i1 + 1 and self.t[k - 1].is_alpha and not self.t[k - 1].is_cap and j - 1 - k < 2 \
                and self.L[k - 1] not in STOP_WORDS:
            k -= 1
        if not inner or not all(self.t[z].is_cap for z in range(i1, k)) \
                or any(self.kind_of(m.name) == "person" for m in inner) \
                or inner[0].start != self.t[i1].start or inner[-1].end != self.t[k - 1].end:
            return None
        linked = [m for m in self.mentions(i, j, kinds=("epithet",)) if m.start == self.t[i].start
                  and self.kind_of(m.name) == "person"]
        if linked:  # ("The Ballydehob businessman": the one the article gave a firm's post)
            return Party(linked[0].name, "person", **span)
        if head in TITLE_WORDS:
            # a post ("The UWDA chief", "the Fianna Fáil councillor"): the one person whose role has it and names the
            # body; else the speaker just quoted, where their role has it; else left to the rules below
            body = {w.lower() for m in inner for w in [m.text, m.name] + list(self.ents.entities[m.name].aliases)
                    if self.ents.entities.get(m.name) is not None}
            holders = [n for n, e in self.ents.entities.items() if e.type == "PERSON" and any(
                head in r.lower().split() and any(b in r.lower() for b in body) for r in e.roles)]
            if len(holders) == 1:
                return Party(holders[0], "person", **span)
            if self.ctx.speakers and self.s.sid - self.ctx.speakers[-1][0] <= 1:
                last = self.ctx.speakers[-1][1]
                e = self.ents.entities.get(last.name) if last.name else None
                # (or one the article gave no role but a title: "Cllr Tadhg Cotter (FF)")
                if last.type == "person" and e is not None and (not e.roles or former
                                                                or any(head in r.lower().split() for r in e.roles)):
                    return Party(last.name, "person", **span, gender=last.gender)
            return None
        # (two back, where the quote ran over the sentence before: '"We had rain ... Then ...," the grower said')
        if self.ctx.speakers and self.s.sid - self.ctx.speakers[-1][0] <= 2:
            last = self.ctx.speakers[-1][1]
            g = self._gender(words)
            if last.type == "person" and last.name and (g is None or last.gender in (None, g)):
                return Party(last.name, "person", **span, gender=last.gender or g)
        return Party(span["text"], "anonymous", **span, gender=self._gender(words))

    def _just_quoted(self, words: list[str], i: int, j: int, span: dict[str, Any]) -> Party | None:
        """"the ..." (t[i:j]) as the person who spoke just before, described: '"...," the East Side mom said' by a
        gendered or a person's noun, '"...," the chief health officer said' by the post the article gave them."""
        last = self.ctx.speakers[-1][1]
        head = words[-1]
        if j - i >= 6 and words[-2] == "-" and words[-3] == "of" and words[-4] == "-":
            head = words[-5]  # "the mum-of-two": a mother
        elif j - i >= 4 and words[-2] == "of" and (words[-1] in _SMALL_COUNTS or words[-1].isdigit()):
            head = words[-3]  # "the mother of three"
        # "the retired school cafeteria manager": a life, described, no post held now
        retired = j - i >= 3 and words[1] == "retired" and words[-1] not in _NOT_DESCRIPTIONS
        body_between = last.type != "person" or not last.name
        if body_between:
            # (a parent is no body: "According to the father-of-four" just after the airport authority's statement
            # is the driver quoted before it; '"...," the mother of three says' after what police say)
            quoted = i > 0 and any(self.t[z].text in {"”", '"'} for z in range(max(0, i - 2), i))
            people = [p for sid, p in self.ctx.speakers if p.type == "person" and p.name and self.s.sid - sid <= 3 + quoted]
            if not people or not (head in FEMALE_NOUNS or head in MALE_NOUNS or retired and quoted) \
                    or words[-2] != "-" and not quoted:
                return None
            last = people[-1]
        if (head in FEMALE_NOUNS or head in MALE_NOUNS or head in PERSON_EPITHET_NOUNS or retired) \
                and (head not in TITLE_WORDS or retired) \
                and head not in ANONYMOUS_NOUNS and head not in SPOKES_NOUNS and head not in _NOT_DESCRIPTIONS \
                and all(self.t[z].is_alpha or self.t[z].text == "-" for z in range(i + 1, j)) \
                and not any(self.kind_of(m.name) == "person" for m in self.mentions(i, j, kinds=("name", "epithet"))):
            g = self._gender(words)  # (not the place in it: "the East Side mom")
            if g is None or last.gender in (None, g):
                return Party(last.name, "person", **span, gender=last.gender or g)
        if body_between:
            return None
        if head in _MEMBER_TITLES and all(self.t[z].is_alpha and not self.t[z].is_cap or self.t[z].text == "-"
                                          for z in range(i + 1, j - 1)):
            # '"...," the first-term MP said' after "Member for Rockhampton Jarrod Bellamy said": the member just quoted
            e = self.ents.entities.get(last.name)
            if e is not None and any(w in _MEMBER_TITLES[head] for r in list(e.roles) + list(e.described)
                                     for w in r.lower().replace(".", "").split()):
                return Party(last.name, "person", **span, gender=last.gender)
        if all(self.t[z].is_alpha and not self.t[z].is_cap for z in range(i + 1, j)) \
                and head not in ORG_WORDS and head not in COMPANY_NOUNS and head not in INSTITUTION_WORDS \
                and head not in DOCUMENT_NOUNS and head not in OUTLET_NOUNS and head not in _BODY_WORDS \
                and head not in _PLACE_BODIES:
            # (a body is never its chair: "According to the union" after its president spoke; and by the post
            # itself, not whom it serves: "spokesperson for the governor" is no governor)
            e = self.ents.entities.get(last.name)
            if e is not None and any(head in _SERVES.split(r.lower(), 1)[0].replace("-", " ").split()
                                     or head + "s" in r.lower().split()  # ("Councilors Cole Weatherby and ...")
                                     for r in list(e.roles) + list(e.described)):
                return Party(last.name, "person", **span, gender=last.gender)
            if head in TITLE_WORDS and head.endswith(_AGENT_ENDS) and i > 0 and any(
                    self.t[z].text in {"”", '"'} for z in range(max(0, i - 2), i)) and not any(
                    x.type == "PERSON" and any(head in r.lower().split() for r in list(x.roles) + list(x.described))
                    for x in self.ents.entities.values()):
                # '"...," the pharmacist said': a trade no one was given, right after a quotation, is the one quoted
                return Party(last.name, "person", **span, gender=last.gender)
        return None

    def party(self, i: int, j: int) -> Party | None:
        """Resolve the noun phrase t[i:j] to a party."""
        while i < j and (self.t[i].text in _QUOTES or self.t[i].text == ","):
            i += 1
        while j > i and (self.t[j - 1].text in _QUOTES or self.t[j - 1].text in {",", "."}):
            j -= 1
        if j - i >= 3 and self.L[j - 1] in {"itself", "themselves"}:
            j -= 1  # "The permit application itself, a copy of which ..., lists": the application
        if i >= j:
            return None
        words = self.L[i:j]
        span: dict[str, Any] = dict(text=self.text(i, j), start=self.t[i].start, end=self.t[j - 1].end)
        if j - i >= 4 and (c := next((z for z in range(j - 2, i, -1) if self.t[z].text == ","), None)) is not None \
                and c - i >= 2 and (state := [m for m in self.mentions(c + 1, j, kinds=("name",))
                                              if m.start == self.t[c + 1].start and m.end == self.t[j - 1].end]) \
                and places().get(state[0].name) == "GPE" and (firm_at := self.mentions(i, c, kinds=("name",))) \
                and firm_at[-1].end == self.t[c - 1].end and self.kind_of(firm_at[-1].name) in {"organization", "person"}:
            # "BioAir Process Systems of Cranston, Rhode Island": the firm, not the state its town is in
            return self.party(i, c)
        if j - i == 2 and words[1] == "officials" and self.t[i].is_title and words[0] in _OFFICIALS_OF:
            # "District officials say", "County officials said": the one body of that kind the story names, for
            # which they speak (of 18 held-out annotations, 11 name the body, 2 only the officials)
            kind = words[0]
            # (the body named by that kind, last or first: "Oak Hollow Public Service District", "County of Kauaʻi";
            # not a city's council, whose officials are not its councillors)
            of_kind = [n for n, ent in self.ents.entities.items() if ent.type in {"ORG", "GPE"} and not ent.is_outlet
                       and (n.lower().split()[-1] == kind or n.lower().startswith(kind + " of "))
                       and (ent.type == "ORG" or kind in {"county", "district"})]
            if len(of_kind) == 1:
                return Party(of_kind[0], "organization", **span)
        if 3 <= j - i <= 6 and words[0] in {"a", "an"} and self.s.sid <= 4:  # (a lead, past a standfirst of two)
            # a lead's "a local hiking club says", "A hawkers' group here has accused": the one body the story names
            # later by those words ("Bow Corridor Hiking Club", "Kinta Hawkers Welfare Association")
            stop = j - 1 if words[-1] == "here" else j
            b = i + 1 + (words[1] == "local")
            if b + 2 < stop and self.t[b].is_title and any(self.kind_of(m.name) in {"official", "organization"}
                                                           for m in self.mentions(b, b + 1, kinds=("name",))):
                b += 1  # "A Mandurah boating club that has operated ... says": past its town
            if stop - b >= 2 and all(self.t[z].is_alpha and not self.t[z].is_cap and self.L[z] not in _HEAD_STOPS
                                     and self.L[z] not in _DETERMINERS or self.t[z].text in {"’", "'"} for z in range(b, stop)) \
                    and (found := self.bare_body(b, stop)) is not None and found.name is not None:
                return self._told_of(Party(found.name, found.type, **span))  # (the description an epithet of it)
        if j - i == 1 and words[0] in {"he", "she", "they", "it"}:
            return self.pronoun(words[0], i)
        if j - i == 1 and self.t[i].is_title and (founder := self._founder(i)) is not None:
            return Party(founder, "person", **span)
        if j - i >= 5 and any(self.L[z] in TITLE_WORDS for z in range(i, min(j, i + 3))) \
                and (held := self._post_then_name(i, j)) is not None:
            return Party(held, "person", **span)
        if j - i >= 6 and words[0] == "the" and self.t[i + 1].text[:1].isdigit() and "old" in words[2:6]:
            # "The 58-year-old former naval officer disputed": the person the age names, whatever title follows
            aged = [m for m in self.mentions(i, j, kinds=("epithet",)) if m.start == self.t[i].start
                    and self.kind_of(m.name) == "person"]
            if aged:
                return Party(aged[0].name, "person", **span)
        if 2 <= j - i <= 6 and words[0] == "the" and self.ctx.speakers and (self.s.sid - self.ctx.speakers[-1][0] <= 1 or (
                self.s.sid - self.ctx.speakers[-1][0] == 2 and not any(
                    m.kind == "name" and m.sid == self.s.sid - 1 and self.kind_of(m.name) == "person" for m in self.ents.mentions))) \
                and (described := self._just_quoted(words, i, j, span)) is not None:
            return described
        if 3 <= j - i <= 5 and words[0] == "the" and (placed := self._placed_speaker(words, i, j, span)) is not None:
            return placed
        if j - i >= 3 and words[-1] in {"he", "she", "they", "it"} and words[0] in _FRONTED_PREPOSITIONS \
                and all(self.t[z].is_alpha for z in range(i, j)):
            return self.pronoun(words[-1], j - 1)  # "In parliament on Tuesday she accused": a phrase fronted, no comma
        if j - i >= 3 and words[-1] in {"he", "she", "they", "it"} and words[0] in {"a", "an", "the"} \
                and self.t[j - 2].is_alpha and not self.t[j - 2].is_cap:
            return self.pronoun(words[-1], j - 1)  # "..., an amount it says will be covered": a relative clause's own subject
        if 3 <= j - i <= 4 and words[0] in {"a", "an", "the"} and words[-1] in _OWN_WORK and self.t[i + 1].is_cap:
            # "a Guardian investigation has found", "an AP analysis": the outlet's own reporting
            own = [m for m in self.mentions(i + 1, j - 1, kinds=("name",)) if self.kind_of(m.name) == "outlet"]
            if own:
                return Party(own[0].name, "outlet", **span)
        if 3 <= j - i <= 4 and words[0] in {"a", "an"} and self.t[i + 1].is_cap and self.t[j - 1].is_alpha \
                and not self.t[j - 1].is_cap and words[-1] not in COMPANY_NOUNS and words[-1] not in _BODY_WORDS \
                and words[-1] not in ANONYMOUS_NOUNS and words[-1] not in SPOKES_NOUNS and words[-1] not in TITLE_WORDS and (
                    words[-1] in FEMALE_NOUNS or words[-1] in MALE_NOUNS or words[-1] in PERSON_EPITHET_NOUNS
                    or words[-1].endswith(_AGENT_ENDS)) \
                and (named := self.mentions(i + 1, j - 1, kinds=("name",))) and all(
                    self.ents.entities.get(m.name) is not None and self.ents.entities[m.name].type in {"GPE", "LOC"}
                    for m in named):
            # "An Austinmer grandmother says", "A Tawaroa beekeeper said": someone of that place, unnamed here
            return Party(span["text"], "anonymous", **span, gender=self._gender(words))
        if 4 <= j - i <= 9 and words[0] in {"a", "an"} and self.t[j - 1].is_alpha and not self.t[j - 1].is_cap \
                and (words[-1] in COMPANY_NOUNS or words[-1] in _BODY_WORDS or words[-1] in _PLACED_BODIES) \
                and (i == 0 or self.t[i - 1].text in {"—", "–", "-", ":", ","} or self.L[i - 1] in {"but", "and", "while"}) \
                and all((self.t[z].is_alpha or self.t[z].text.rstrip(".").isalpha() or self.t[z].text in {"'", "’"})
                        and self.L[z] not in {"by", "of", "for", "in", "at", "from", "with", "and"} for z in range(i + 1, j)) \
                and (named := self.mentions(i + 1, j - 1, kinds=("name",))) and all(
                    self.ents.entities.get(m.name) is not None and m.end < self.t[j - 1].start
                    and (self.ents.entities[m.name].type in {"GPE", "LOC"} or m.name.split()[-1] in _PLACE_NAME_ENDS
                         or self.ents.entities[m.name].type == "ORG" and m.end < self.t[j - 2].start)
                    for m in named):
            # "A north St. Louis County fire district says", "A Broken Bow internet company": a body of that place,
            # unnamed here (not the place); the one body whose name has its kind's words, where the story names it
            # later ("a North Shore ratepayers’ group": "West Arm Ratepayers Association")
            kind_words = {self.L[z] for z in range(i + 1, j - 1) if self.t[z].is_alpha and not self.t[z].is_cap
                          and len(self.L[z]) > 4 and self.L[z].endswith("s")}
            so_called = [n for n, e in self.ents.entities.items() if kind_words and e.type == "ORG"
                         and kind_words <= {w.lower().strip("'’") for w in n.split()}]
            if len(so_called) == 1:
                return Party(so_called[0], "organization", **span)
            return Party(span["text"], "anonymous", **span)
        if j - i >= 4 and words[0] == "the" and words[1] in COMPANY_NOUNS and words[2] in {"behind", "running", "operating"}:
            # "The company behind Kōwhai Grove says": the firm the article calls "the company", not the home it runs
            behind = [m for m in self.mentions(i, i + 2, kinds=("epithet",)) if m.start == self.t[i].start
                      and self.kind_of(m.name) == "organization"]
            if behind:
                return Party(behind[0].name, "organization", **span)
        if j - i == 2 and words[0] == "the" and self.t[i + 1].text == "Opposition" \
                and not self.mentions(i, j, kinds=("name", "epithet")):
            # "The Opposition says": the parties out of government, a body in Westminster-style parliaments
            return Party("Opposition", "organization", **span)
        aside = _ASIDE_AFTER.match(self.s.text, self.t[j - 1].end - self.s.start)
        if aside is not None and _UNNAMED.search(aside.group(0)) and all(
                self._place_after_preposition(m, i) for m in self.mentions(i, j, kinds=("name",))):
            # (a place is no speaker: "Two landowners near Currow, who asked not to be named, claimed")
            # "the site's contractor, who asked not to be named, said": someone unnamed, whatever the article
            # called a contractor before; through the outlet the aside names ("who spoke to Hetq on condition of
            # anonymity")
            a0, a1 = self.s.start + aside.start(), self.s.start + aside.end()
            via = [m.name for m in self.ents.at(a0, a1, kinds=("name",)) if self.ents.entities.get(m.name) is not None
                   and self.ents.entities[m.name].is_outlet
                   and re.search(r"\b(?:spoke|spoken|speaking|talked|talking|told)\s+(?:to\s+|with\s+)?(?:the\s+)?$",
                                 self.s.text[max(0, m.start - self.s.start - 20):m.start - self.s.start])]
            # (and whose the aside says: "who asked not to be named because she fears for her safety")
            told = re.search(r"\b(she|her|he|his|him)\b", aside.group(0))
            gender = self._gender(words) or (None if told is None else "female" if told.group(1) in {"she", "her"} else "male")
            return Party(span["text"], "anonymous", **span, gender=gender, via=via)
        if j - i >= 3 and self.t[j - 1].is_cap and (not self.t[i].is_cap or j - i >= 4):
            # "leader of opposition Ramnivas Dhatarwal alleged": a title in lower case, then the person's name; after a
            # body too ("Top of the South Care Workers Association organiser Josh Ferris said", "ACC head of corporate
            # communications Namakau Mubita confirmed")
            tail = [m for m in self.mentions(i + 1, j, kinds=("name",)) if m.end == self.t[j - 1].end
                    and m.start > self.t[i].start and self.kind_of(m.name) == "person"]
            k0 = next((z for z in range(i, j) if tail and self.t[z].start >= tail[0].start), j)
            low = [z for z in range(i, k0) if not self.t[z].is_cap]
            bodied = self.t[i].is_cap  # (a body's name first, its own "of the" in lower case)
            if tail and low and low[-1] == k0 - 1 and (bodied or len(low) == k0 - i) \
                    and all(self.t[z].is_alpha or self.t[z].text in {"-", "'s", "’s"} for z in range(low[0], k0)) \
                    and (any(self.L[z] in TITLE_WORDS for z in low)
                         # ("Director of education Darren Kostiuk rejected": the post first, its field in lower case)
                         or self.L[i] in TITLE_WORDS and low[0] == i + 1 and self.L[i + 1] in {"of", "for"}) \
                    and not any(self.L[z] in DOCUMENT_NOUNS or self.L[z] in {"by", "a", "an"}
                                or self.L[z] == "for" and (z + 1 == k0 or self.t[z + 1].is_cap)
                                or bodied and self.L[z] == "and" for z in low):
                # (not "a preliminary report by marine surveyor Petros Mavrommatis": the report; nor "a spokesman
                # for Kessling": someone unnamed, for him; but "Mayoral committee member for human settlements Riaan
                # Swartbooi": his portfolio, in lower case)
                return Party(tail[0].name, "person", **span)
        if j - i >= 4 and words[0] == "the" and words[2] == "of" and words[1] in _PLACE_GOVERNED:
            # "The city of Bordeaux, which owns the collection, said": the place, speaking as its government
            named = [m for m in self.mentions(i + 3, j, kinds=("name",)) if m.start == self.t[i + 3].start
                     and m.end == self.t[j - 1].end and self.kind_of(m.name) == "official"]
            if named:
                return Party(named[0].name, "official", **span)
        if j - i == 1 and words[0] in {"another", "one"} and any(
                p.type == "anonymous" and self.s.sid - sid <= 3 for sid, p in self.ctx.speakers[-3:]):
            # "Three former nurse reviewers ... said ... Another said": one more of the unnamed just quoted
            return Party(span["text"], "anonymous", **span)
        if j - i == 2 and words == ["the", "opposition"]:
            # "The opposition says ...": the party the article introduced as the opposition ("The opposition Alliance
            # for Democratic Renewal", "ADR, the main opposition party,")
            parties = [n for n, e in self.ents.entities.items() if e.type == "ORG" and any(
                "opposition" in str(d).lower().split() for d in list(e.epithets) + list(e.roles) + list(e.described))]
            if len(parties) == 1:
                return Party(parties[0], "organization", **span)
        if j - i == 2 and words[1] in {"officials", "administration", "hall"} and words[0] in _LOCAL_OFFICIALS:
            # "City officials say", "City administration says", "Municipal officials said": the one city government
            # the article names ("Municipality of Anchorage"; not a council, whose officials are its members:
            # "Brightwater City Council")
            governments = [n for n, e in self.ents.entities.items() if e.type == "ORG" and not e.is_outlet and (
                n.split()[0] in _GOVERNMENT_OF_FIRST and n.split()[1:2] == ["of"]
                or len(n.split()) >= 2 and n.split()[-1] == "Municipality")]
            if len(governments) == 1:
                return Party(governments[0], "official", **span)
        if j - i == 2 and words[1] in {"officials", "staff"} and words[0] in _BODIES_BY_LAST_WORD and self.t[i].is_cap:
            # "District officials dispute that figure": the one body whose name ends so ("Fernhollow School District")
            ended = [n for n, e in self.ents.entities.items() if e.type == "ORG" and not e.is_outlet
                     and n.split()[-1].lower() == words[0]]
            if len(ended) == 1:
                return Party(ended[0], "organization", **span)
        if j - i == 1 and words[0] in TITLE_WORDS and self.s.sid <= 3 and not words[0].endswith("s"):
            # a headline's "Mayor says ...; mayor insists ...": the one person the story gives that post
            holder = self._sole_holder(lambda r: r.lower().split()[-1:] == words)
            if holder is not None:
                return Party(holder, "person", **span)
        if j - i == 1 and self.s.sid <= 3 and (words[0] in COMPANY_NOUNS or words[0] in _BODY_WORDS) \
                and not self.t[i].text.isupper():
            # a headline's "..., contractor says it never saw the report": the one body the story calls "the
            # contractor" (named so the same way by every later mention)
            called = [n for n, e in self.ents.entities.items() if e.type == "ORG" and not e.is_outlet
                      and any(str(x).lower() == "the " + words[0] for x in e.epithets)]
            if len(called) == 1:
                return Party(called[0], "organization", **span)
        if 3 <= j - i <= 4 and words[0] in {"its", "their"} and words[-1] in TITLE_WORDS and all(
                self.t[z].is_alpha and not self.t[z].is_cap for z in range(i + 1, j)):
            # "Its chief executive said": the one person the story gives that post ("Curtis Rademacher, Lakefront's
            # chief executive")
            holder = self._sole_holder(lambda r: " ".join(words[1:]) in r.lower())
            if holder is not None:
                return Party(holder, "person", **span)
        if words in (["officers"], ["police"], ["police", "officers"], ["detectives"]):
            # "Sussex Police asked ... Officers say 47 incidents ...": the one police force the article names
            forces = [n for n, e in self.ents.entities.items() if e.type == "ORG" and not e.is_outlet
                      and not _POLICE_NAMES.isdisjoint(n.split())]
            if len(forces) == 1:
                return Party(forces[0], "official", **span)
        if j - i == 2 and words[0] == "the" and words[1] in _PLACE_GOVERNED:
            # "The county disputes that account": the one body named as that place's government ("Nakuru County
            # Government", "Harlow District Council"), where the article names one
            head = words[1].capitalize()
            governments = [n for n, e in self.ents.entities.items() if e.type == "ORG" and head in n.split()[1:-1]
                           and n.split()[-1] in _GOVERNING]
            if len(governments) == 1 and not any(n.split()[-1] == head for n in self.ents.entities):  # (not "Kisumu County")
                return Party(governments[0], "official", **span)
        if i == 0 and 3 <= j - i <= 4 and words[-1] in COMPANY_NOUNS and all(
                self.t[z].is_alpha and not self.t[z].is_cap for z in range(i + 1, j)):
            place = [m for m in self.mentions(i, i + 1, kinds=("name",)) if m.start == self.t[i].start
                     and m.end == self.t[i].end and self.kind_of(m.name) in {"place", "official"}]
            if place and self.ents.entities.get(place[0].name) is not None \
                    and self.ents.entities[place[0].name].type in {"GPE", "LOC"}:
                # "Sheffield engineering group says ...": a headline's firm by its town and trade, not the town
                firms = [n for n, e in self.ents.entities.items() if e.type == "ORG" and n.split()[-1].lower() == words[-1]]
                if len(firms) == 1:
                    return Party(firms[0], "organization", **span)
                return Party(span["text"], "anonymous", **span)
        if j - i == 2 and words[0] == "the" and words[1] in ANONYMOUS_NOUNS:
            # "the spokesperson added": the unnamed speaker just described ("A trust spokesperson denied")
            for sid, p in reversed(self.ctx.speakers):
                if self.s.sid - sid > 3:
                    break
                if p.text and p.text.lower().split()[-1] == words[1] and p.text.lower() != span["text"].lower():
                    return Party(p.name, p.type, **span, via=list(p.via), gender=p.gender)
        if j - i == 2 and words[0] == "the" and words[1] in {"official", "executive"}:
            # ("The executive said the report was a preliminary draft": the vice president just quoted)
            # "Livestock Undersecretary Nelson Balparda said ... The official also said": the titled person just quoted
            # (an unnamed official quoted since is read above)
            for sid, p in reversed(self.ctx.speakers):
                if self.s.sid - sid > 2:
                    break
                if p.type == "anonymous" and p.text and "official" in p.text.lower().split():
                    break
                e = self.ents.entities.get(p.name) if p.name else None
                if p.type == "person" and e is not None and any(
                        w.lower().rstrip(".") in TITLE_WORDS for r in e.roles for w in r.split()):
                    return Party(p.name, "person", **span, gender=p.gender)
        if j - i == 2 and words[0] == "the" and words[1].isalpha():
            # "A doctor at the regional hospital, who asked not to be named, said ... the doctor added": the unnamed
            # speaker just described by that noun (not someone named whom the article never called one)
            for sid, p in reversed(self.ctx.speakers):
                if self.s.sid - sid > 2:
                    break
                said = p.text.lower().split() if p.type == "anonymous" and p.text else []
                if said and words[1] in said[1:3] and said[0] in {"a", "an", "one", "another"} \
                        and not _modifies_unnamed(said, words[1]):
                    # (not "The ministry said" after "a ministry official", nor "The council denied this" after "a
                    # senior council official": the official's body)
                    # (not the outlet it first spoke to: "who spoke to Citi News ..." is that sentence's)
                    via = [v for v in p.via if not (self.ents.entities.get(v) is not None and self.ents.entities[v].is_outlet)]
                    return Party(p.name, p.type, **span, via=via, gender=p.gender)
        if j - i == 2 and words[0] in {"his", "her"} and words[1] in {"office", "aides"}:
            # "Mayor Graham Whitcombe has asked ..., his office said": for whom this sentence named first
            named = [m for m in self.mentions(0, i, kinds=("name",)) if self.kind_of(m.name) == "person"]
            if named:
                return Party(named[0].name, "person", **span)
            # "His office rejected the claim": the person named last in the sentences just before
            near = [m for m in self.ents.at(0, self.t[i].start, kinds=("name",)) if self.s.sid - m.sid <= 2
                    and self.kind_of(m.name) == "person"]
            if near:
                return Party(near[-1].name, "person", **span)
        if 3 <= j - i <= 5 and words[0] == "the" and words[-1] in TITLE_WORDS and words[-1] not in SPOKES_NOUNS:  # ("the ministry spokesperson": read below)
            # "The NTC chairman said": the one person the article gave that post, at that body if it says which
            inside = self.mentions(i + 1, j - 1, kinds=("name",))
            bodies = {m.name for m in inside if self.kind_of(m.name) != "person" and m.end <= self.t[j - 2].end}
            if bodies and all(self.t[z].is_cap or self.t[z].text in {"'s", "’s"} or self.L[z] in {"former", "then", "ex"}
                              for z in range(i + 1, j - 1)) \
                    and not any(m.end >= self.t[j - 1].end for m in inside):  # (not "The Health Service Executive")
                holders = [n for n, e in self.ents.entities.items() if e.type == "PERSON"
                           and any(words[-1] in r.lower().split() for r in e.roles)]
                # at that body: its name in the post, or named beside the person ("NTC Chairman Dr. X")
                at_org = [n for n in holders if any(og in self.ents.entities and any(
                    al.lower() in r.lower() for al in self.ents.entities[og].aliases | {og}) for r in self.ents.entities[n].roles
                    for og in bodies) or any(om.name in bodies for pm in self.ents.mentions if pm.name == n and pm.kind == "name"
                                            for om in self.ents.mentions if om.sid == pm.sid and om.kind == "name"
                                            and 0 <= pm.start - om.end <= 30)]
                if len(at_org) == 1:
                    return Party(at_org[0], "person", **span)
        of = words.index("of", 2) if j - i >= 5 and words[0] == "the" and "of" in words[2:-1] else -1
        if of > 0 and (words[of - 1] in _BRANCH_NOUNS or of == 3 and tuple(words[1:3]) in _PRESS_DESKS):
            # "The press service of the Ministry of Emergency Situations reported", "The Rostov region branch of the
            # Emergency Situations Ministry gave a different timeline": the body speaks through its desk or branch
            inner = self.party(i + of + 1, j)
            if inner is not None and inner.name and inner.type in {"organization", "official"}:
                return Party(inner.name, "official", **span)
        if j - i >= 4 and words[:3] == ["the", "office", "of"]:
            # "The office of Health Minister Glen Tremblay disputed": the office speaks for the person it names
            named = [m for m in self.mentions(i + 3, j, kinds=("name",)) if self.kind_of(m.name) == "person"]
            if named and named[-1].end == self.t[j - 1].end:
                return Party(named[-1].name, "person", **span)
        if j - i == 2 and words[0] == "its" and words[1] in _ON_RECORD:
            # '"No member of staff was ever asked ...," its spokesperson said': the organisation just told of
            ref = self.pronoun("it", i)
            if ref is not None and ref.type in {"organization", "official"}:
                return Party(ref.name, "official", **span, gender=self._gender(words))
        if j - i == 2 and words[0] in {"his", "her"} and words[1] in _REPRESENTATIVES:
            # "His lawyers said": they speak for him
            ref = self.pronoun("he" if words[0] == "his" else "she", i)
            if ref is not None and ref.type == "person":
                # "his lawyer suggested": the lawyer the article named as his ("Corbeil's lawyer, Hélène Vasseur")
                e = self.ents.entities.get(ref.name)
                aliases: set = e.aliases if e is not None else {ref.name}
                owns = {str(a).lower() + q + words[1] for a in aliases for q in ("'s ", "’s ")}
                counsel = [n for n, x in self.ents.entities.items() if x.type == "PERSON" and n != ref.name
                           and any(o in r.lower() for r in x.roles for o in owns)]
                if len(counsel) == 1:
                    return Party(counsel[0], "person", **span)
                return Party(ref.name, "person", **span, gender=ref.gender)
        if j - i == 3 and words[1] in {"'s", "’s"} and words[2] in _REPRESENTATIVES:
            # "Mthimkhulu's lawyers insisted": they speak for him
            owners = [m for m in self.mentions(i, i + 1, kinds=("name",)) if self.kind_of(m.name) == "person"]
            if owners:
                return Party(owners[0].name, "person", **span)
        if j - i >= 3 and words[0] == "the" and words[-1] in TITLE_WORDS | _REPRESENTATIVES:
            # "The firm's chief executive is said to have told": the person the article gave that role
            role = " ".join(words[1:]).replace(" 's", "'s").replace(" ’s", "’s")
            holder = self._sole_holder(lambda r: (r.lower().removeprefix("the ") + " ").startswith(role + " "))
            if holder is not None:
                return Party(holder, "person", **span)
        if j - i >= 4 and words[0] == "the" and words[-2] in {"'s", "’s"} and words[-1] in _BOSSES:
            # "The regulator's chief": the one person whose role names that organisation ("Executive Secretary of NFPEC")
            orgs = [m for m in self.mentions(i, j - 2) if self.kind_of(m.name) in {"organization", "official"}]
            if orgs:
                e = self.ents.entities.get(orgs[-1].name)
                names = set(e.aliases) if e is not None else {orgs[-1].name}
                heads = [n for n, x in self.ents.entities.items() if x.type == "PERSON" and any(
                    a in r for a in names if len(a) >= 3 for r in x.roles)]
                if len(heads) == 1:
                    return Party(heads[0], "person", **span)
        if j - i == 2 and words[0] in {"a", "the"} and words[1] in {"spokesman", "spokeswoman", "spokesperson"}:
            # "A spokeswoman said": for the organisation that spoke just before
            for sid, p in reversed(self.ctx.speakers):
                if self.s.sid - sid > 2:
                    break
                if p.name and p.type in {"official", "organization"}:
                    return Party(p.name, "official", **span, gender=self._gender(words))
        if j - i >= 4 and all(t.is_cap or t.lower in {"of", "the", "for", "and"} for t in self.t[i:j]):
            # "Deputy Commissioner of Police Anil Rathore": a capitalised title chain ending in the name
            tail = [m for m in self.mentions(i, j, kinds=("name",)) if m.end == self.t[j - 1].end]
            e = self.ents.entities.get(tail[-1].name) if tail else None
            if e is not None and e.type == "PERSON":
                return Party(e.name, "person", **span)
        if j - i >= 3 and words[0] in _SOME and words[1] == "of":
            # "One of them", "two of the lawyers": unnamed members of a group (not the group's voice)
            return Party(span["text"], "anonymous", **span)
        # "Musk's account described by Bremmer": the account's owner, relayed by the describer
        for k in range(i, j - 1):
            if words[k - i] in {"described", "relayed", "cited", "quoted", "reported", "recounted", "given", "seen",
                                "obtained", "reviewed", "published", "released", "leaked", "shared", "interviewed", "filed",
                                "brought", "submitted", "commissioned", "prepared", "signed", "issued", "sent",
                                "contacted", "questioned", "surveyed", "polled"} | _COMPILED \
                    and (words[k - i + 1] == "by" or (k + 2 < j and words[k - i + 2] == "by" and self.t[k + 1].is_cap)):
                if k == i and words[0] in _COMPILED:
                    continue
                if k == i:
                    return None  # "seen by the Courier": a participle phrase, not who speaks
                by = k + 1 if words[k - i + 1] == "by" else k + 2  # "filed Monday by 43 residents"
                if words[k - i] in _COMPILED:
                    # "figures compiled by the local council": its figures, a document (the maker as the way it came)
                    inner = self.party(i, k) if "," not in words[by + 1 - i:] and (
                        j >= self.n or self.t[j].text != ",") else None
                    if inner is None or inner.type != "document":
                        continue  # (not "a report compiled by the fire service, seen by The Edition": read at "seen by")
                    outer = self.party(by + 1, j)
                    return Party(span["text"], "document", **span, via=[outer.name] if outer is not None and outer.name
                                 and outer.type in {"organization", "official"} else [])
                inner, outer = self.party(i, k), self.party(by + 1, j)
                if inner and outer is None and inner.type == "document":
                    return Party(span["text"], "document", **span)  # "Emails seen by this newspaper"
                if inner and outer and inner.type == "document" and outer.type == "anonymous":
                    return Party(span["text"], "document", **span)  # "a lawsuit filed Monday by 43 residents"
                if inner and outer:
                    owner = self._owner(i, k) or inner
                    return Party(owner.name, owner.type, span["text"], span["start"], span["end"],
                                 via=outer.via + [outer.name] + owner.via)
        for k in range(i + 1, min(j - 2, i + 5)):
            if self.L[k] in _EMPLOYED and self.L[k + 1] in {"by", "for", "at", "with"} and self.t[k - 1].is_alpha \
                    and self.L[k - 1] not in _BODY_PLURALS and not self.mentions(i, k, kinds=("name",)):
                # "Drivers employed by Sadeem say", "a nurse working for the trust": its people, unnamed (not the firm)
                return Party(span["text"], "anonymous", **span, gender=self._gender(words))
        for k in range(i, min(j - 1, i + 4)):
            if self.L[k] in DOCUMENT_NOUNS and not self.t[k].is_cap and self.L[k + 1] in _SUBJECT_PRONOUNS \
                    and all(self.t[z].is_alpha and not self.t[z].is_cap for z in range(i, k)):
                # "according to copies they shared with ProPublica": a document, then a clause about it
                return Party(span["text"], "document", **span)
            if self.L[k] in DOCUMENT_NOUNS and not self.t[k].is_cap and self.L[k + 1] in {"the", "its", "their"} \
                    and k + 2 < j and any(self.L[z].endswith("ed") for z in range(k + 2, min(j, k + 4))) \
                    and all(self.t[z].is_alpha and (not self.t[z].is_cap or z == i and self.L[z] in {"a", "an", "the"})
                            for z in range(i, k)):
                # "A drawdown study the department released last week found": a document, then who made it
                return Party(self.text(i, k + 1), "document", span["text"], span["start"], span["end"])
        # the head noun: the last word before a prepositional phrase
        h = j
        for k in range(i + 1, j):
            if (words[k - i] in _HEAD_STOPS or words[k - i] in {"by", "for"} and words[k - i - 1] in DOCUMENT_NOUNS) \
                    and not (self.t[k - 1].text == "-" and not self.t[k - 1].ws) \
                    and not (words[k - i] == "of" and words[k - i - 1] in TITLE_WORDS | {"member"} and self.t[k - 1].is_cap
                             and k + 1 < j and self.t[k + 1].is_cap) \
                    and not (k + 1 < self.n and self.t[k + 1].is_cap and self.t[k - 1].is_cap and any(  # "The report by the Inspectorate"
                        m.start < self.t[k].start for m in self.mentions(k, k + 1, kinds=("name",)))):
                # (but "Kasubeta Member of Parliament Hon. X": a capitalised title, then the name it heads; "The
                # Ministry of Energy's performance report": inside a name, before its owner's "'s")
                h = k  # (but "conflict-of-interest forms": inside a hyphenated word)
                break
        head_i = h - 1
        while head_i > i and self.t[head_i].is_punct:
            head_i -= 1
        if head_i > i and self.L[head_i].endswith("ed") and not self.t[head_i].is_cap \
                and (self.L[head_i - 1] in DOCUMENT_NOUNS or self.L[head_i - 1] in ANONYMOUS_NOUNS):
            head_i -= 1  # a participle after its noun: "court documents unsealed in Columbus"
        head = self.L[head_i]
        if head_i > i and self.t[head_i].text.isdigit() and self.t[head_i - 1].text in {"Form", "Schedule", "Exhibit"}:
            head = "form"  # "according to its most recent Form 990": a numbered form, a document
        # "A London-based short seller": a name in a hyphenated modifier is not who the phrase names
        ms = [m for m in self.mentions(i, h) if self.s.text[m.end - self.s.start:m.end - self.s.start + 1] != "-"]
        head_m = [m for m in ms if m.start <= self.t[head_i].start < m.end]
        pp_ms = self.mentions(h, j)
        if (head in DOCUMENT_NOUNS or head == "form") and not head_m:
            return Party(span["text"], "document", **span)
        if head_m:
            m = head_m[-1]
            if m.kind == "epithet" and m.text.lower().split()[-1] in FACILITY_NOUNS:
                return None  # "the site had recorded": a mine or a dam speaks through its owner, not itself
            return Party(m.name, self.kind_of(m.name), **span, gender=self._gender(words))
        if head in _ON_RECORD and head_i > i and not self.t[head_i - 1].is_cap:
            # "A trust spokesperson", "a company spokeswoman": speaks for the organisation that noun names
            org = self._org_by_noun(self.L[head_i - 1], self.t[i].start)
            if org is not None:
                return Party(org, "official", **span, gender=self._gender(words))
        if head not in ANONYMOUS_NOUNS and head.endswith("s") and j - 1 == head_i > i and not self.t[head_i].is_cap \
                and (head[:-1] in PERSON_EPITHET_NOUNS or head[:-1] in TITLE_WORDS or head.endswith(("ers", "ists")))\
                and head not in COMPANY_NOUNS and head not in INSTITUTION_WORDS \
                and not _COUNTED_PEOPLE.isdisjoint(words[:2]) and ms:
            # "Three former Harbor Crest nurse reviewers said": people of the firm, unnamed (not the firm)
            return Party(span["text"], "anonymous", **span)
        if head in ANONYMOUS_NOUNS or (head.endswith("s") and head[:-1] in ANONYMOUS_NOUNS):
            affil = [m for m in ms + pp_ms if self.ents.entities.get(m.name) is not None
                     and self.ents.entities[m.name].type in {"PERSON", "ORG"} and not self.ents.entities[m.name].is_outlet]
            via = [m.name for m in pp_ms if self.ents.entities.get(m.name) is not None and self.ents.entities[m.name].is_outlet]
            named = [m for m in ms + pp_ms if m.end == self.t[j - 1].end and m.start > self.t[i].start
                     and self.kind_of(m.name) == "person" and self.t[j - 1].is_cap]
            name_at = next((x for x in range(i, j) if named and self.t[x].start == named[0].start), i)
            if named and name_at > i and (self.t[name_at - 1].is_cap or self.t[name_at - 1].text == "."):
                # "Cabinet member for children’s services Coun. Hazel Brannigan said": her post, then her name
                return Party(named[0].name, "person", **span)
            place = [m for m in ms if m.start == self.t[i].start and self.ents.entities.get(m.name) is not None
                     and self.ents.entities[m.name].type == "GPE" and m.name.split()[-1] in {"County", "City", "Council"}]
            if place and head in _BODY_PLURALS and not affil:
                # "Calder County emergency officials insisted": the county speaks
                return Party(place[0].name, "official", **span, via=via)
            if affil and (head in _BODY_PLURALS or head == "members" and affil[-1].end <= self.t[head_i].start
                          and affil[-1].name.split()[-1].lower() in _DELIBERATIVE
                          # "Members of the Ekh Gobi Herders' Cooperative say": the body they make up speaks
                          or head == "members" and head_i == i and self.t[i].is_cap and h < j and self.L[h] == "of"
                          and affil[-1].end == self.t[j - 1].end and affil[-1] in pp_ms) \
                    and words[0] not in _PLURAL_DETERMINERS and words[0] not in {"a", "an"} \
                    and self.kind_of(affil[-1].name) in {"organization", "official"}:
                # "Officials of the NEB said", "Calder County emergency officials insisted": the body speaks (and
                # "Baltimore City Council members accused": a council's members, as the council)
                return Party(affil[-1].name, "official", **span, via=via)
            if affil and head in _ON_RECORD and self.kind_of(affil[-1].name) != "person" and not (
                    words[0] in {"a", "an"} and _UNNAMED.search(self.s.text) is not None):
                # (but "A senior official in the ministry, who spoke on condition of anonymity, said": unnamed)
                # "a spokesperson for the Commission", "A Valtrona spokesman" speak as it; "a Treasury source"
                # stays anonymous
                return Party(affil[-1].name, "official", **span, via=via, gender=self._gender(words))
            if affil and head in _ON_RECORD:
                return Party(span["text"], "official", **span, via=via, gender=self._gender(words))
            town = [m for m in pp_ms if self.ents.entities.get(m.name) is not None and (
                self.ents.entities[m.name].type == "GPE" or self.ents.entities[m.name].type == "LOC"
                and m.name.split()[-1] in _RUN_PLACES)]  # ("A spokesperson for the Lolo National Forest")
            if head in _ON_RECORD and not affil and town and head_i + 2 < j and self.L[head_i + 1] == "for" \
                    and town[0].start in {self.t[head_i + 2].start, self.t[head_i + 2 + (self.L[head_i + 2] == "the")].start} \
                    and town[0].end == self.t[j - 1].end:
                # "A spokesperson for Kelbergen said": the commune (or the country) speaks
                return Party(town[0].name, "official", **span, via=via, gender=self._gender(words))
            places_named = [m.name for m in ms if m.end <= self.t[head_i].start
                            and self.ents.entities.get(m.name) is not None and self.ents.entities[m.name].type == "GPE"]
            if head in _ON_RECORD and not affil and places_named and words[0] in {"a", "an"} \
                    and _UNNAMED.search(self.s.text) is None:
                # "a Greater Wellington spokesperson": the one council named for that place speaks
                councils = [n for n, e in self.ents.entities.items()
                            if e.type == "ORG" and n.startswith(places_named[-1] + " ")
                            and n.split()[-1].lower() in {"council", "government", "authority", "administration"}]
                if len(councils) == 1:
                    return Party(councils[0], "official", **span, via=via, gender=self._gender(words))
            return Party(span["text"], "anonymous", **span, via=via, gender=self._gender(words))
        if words[0] in {"a", "an"} and head in _PANELS and not ms:
            # "A third-party committee said", "an external investigative panel found": a body, unnamed, not a person
            return Party(span["text"], "organization", **span)
        if words[0] in {"a", "an", "another", "one"} and self.t[head_i].is_alpha and not self.t[head_i].is_cap \
                and (all(m.start > self.t[head_i].start for m in ms) or head in _ONE_PERSON and head not in _ON_RECORD
                     # "Another London broker, who asked not to be named,": a person of the place, not its government
                     or len(head) > 4 and head.endswith(_AGENT_ENDS) and all(self._placed(m.name) for m in ms)):
            # ("A senior MMTA engineer, who did not wish to be named,": one of its people, not the authority)
            # "A senior nurse at St Aldric's": someone unnamed, described by where they work
            return Party(span["text"], "anonymous", **span, gender=self._gender(words))
        if ms and head in _INSTITUTIONS and not self.t[head_i].is_cap and self.kind_of(ms[-1].name) == "official" \
                and ms[-1].end <= self.t[head_i].start:
            # "Russia's foreign ministry", "the Czech embassy": that institution, named as written
            text = span["text"][4:] if span["text"].lower().startswith("the ") else span["text"]
            return Party(text, "official", **span)
        if ms and self.t[head_i].is_alpha and not self.t[head_i].is_cap and (head in PERSON_EPITHET_NOUNS
                                                                                       or head in TITLE_WORDS):
            # "the 61-year-old former Army sergeant said": the person the phrase's epithet is, not the Army
            people = [m for m in ms if m.kind == "epithet" and self.kind_of(m.name) == "person"]
            if people:
                return Party(people[0].name, "person", **span, gender=self._gender(words))
        if ms and len(head) > 4 and head.endswith("s") and not head.endswith("ss") and self.t[head_i].is_alpha \
                and not self.t[head_i].is_cap and head_i - i <= 6 \
                and (head[:-1] in PERSON_EPITHET_NOUNS or head[:-1].endswith(_AGENT_ENDS)) \
                and head[:-1] not in TITLE_WORDS and head not in _BODY_PLURALS \
                and all(m.end < self.t[head_i].start and self._placed(m.name) for m in ms) \
                and self.t[i].start == ms[0].start and all(
                    self.t[z].is_alpha and not self.t[z].is_cap or self.t[z].text in {"'s", "’s", "-"}
                    for z in range(head_i - 1, i, -1) if self.t[z].start >= ms[-1].end):
            # "Red Cliffs table grape growers say", "Albany’s whale-watching operators say": people of the place,
            # unnamed (not the place; but "Midway Township supervisors" hold its offices)
            return Party(span["text"], "anonymous", **span)
        if len(ms) == 1 and ms[0].start == self.t[i].start and head_i - i >= 3 and self.L[i + 1] in {"'s", "’s"} \
                and ms[0].end == self.t[i].end and self._placed(ms[0].name) and self.t[head_i].is_alpha \
                and not self.t[head_i].is_cap and head in _CIVIC_HEADS \
                and all(self.t[z].is_alpha and not self.t[z].is_cap or self.t[z].text == "-" for z in range(i + 2, head_i)):
            # "Revelstoke's biggest snowmobile club says": a body of the place, the one the story names by those
            # words, else unnamed (never the place; but "Anbar's agriculture directorate" is the province's own)
            found = self.bare_body(i + 2 + self.L[i + 2].endswith("est"), head_i + 1)
            if found is not None and found.name is not None:
                return self._told_of(Party(found.name, found.type, **span))
            return Party(span["text"], "anonymous", **span)
        if ms:
            m = ms[-1]
            return Party(m.name, self.kind_of(m.name), **span)
        if words[0] == "the" and 2 <= len(words) <= 5 and (head in PERSON_EPITHET_NOUNS or head == "old" and "year" in words
                                                      or words[1] in {"former", "retired"}) and self.t[head_i].is_alpha:
            # '"...," the former rider said': a description of someone already quoted, never named again here
            for sid, p in reversed(self.ctx.speakers):
                if self.s.sid - sid > 2:
                    break
                if p.type == "person" and p.name:
                    return Party(p.name, "person", **span, gender=p.gender)
        if head in _INSTITUTIONS or (head == "office" and words[0] in _POSSESSIVE_DETERMINERS):
            # "Police said", "the ministry said": an institution not named in the article
            return Party(span["text"], "organization" if head in {"company", "firm"} else "official", **span)
        if head in OUTLET_NOUNS:
            return None
        if any(w in TITLE_WORDS for w in words):
            return Party(span["text"], "anonymous", **span, gender=self._gender(words))
        if (words[0] in {"the", "a", "an", "one", "two", "three", "several", "some", "many", "another", "other", "each", "every"} or words[0] in _POSSESSIVE_DETERMINERS) \
                and sum(1 for t in self.t[i:j] if t.is_alpha) <= 6 \
                and self.t[head_i].is_alpha and not self.t[head_i].text[:1].isupper():
            # an unnamed speaker described by what they are: "the harbour master"
            return Party(span["text"], "anonymous", **span, gender=self._gender(words))
        hyphens = sum(self.t[z].text == "-" for z in range(i, head_i))  # ("Day-charter captains": one modifier)
        if head_i - i - hyphens <= 2 and len(head) > 4 and (head.endswith("s") and not head.endswith("ss") or head.endswith("men")
                                                  or head == "people") and head.isalpha() \
                and (not self.t[head_i].is_cap or (head_i == 0 or self.t[head_i - 1].text in {"—", "–", "-"}) and not ms) \
                and words[0] not in _NOUN_BEFORE:  # (capitalised first in the sentence, or after a dateline's dash)
            # a bare plural: "traders said", "local residents told reporters", "Commercial fishermen say"
            return Party(span["text"], "anonymous", **span)
        if "police" in words[:-1] and head in {"district", "service", "department", "force", "command", "station"}:
            # "Vest police district said": a police body named with its area, in lower case
            return Party(span["text"][4:] if words[0] == "the" else span["text"], "official", **span)
        return None

    def _placed(self, name: str) -> bool:
        e = self.ents.entities.get(name)
        return e is not None and e.type in {"GPE", "LOC"}

    def _org_by_noun(self, noun: str, before: int) -> str | None:
        """The organisation a common noun names ("trust", "council", "company"): the last one mentioned before."""
        ents = self.ents.entities
        if noun in COMPANY_NOUNS:
            # "the company": not a council, a university or a union
            names = {n for n, e in ents.items() if e.type == "ORG" and not e.is_outlet
                     and not INSTITUTION_WORDS & set(n.lower().split())}
        else:
            names = {n for n, e in ents.items() if e.type == "ORG" and noun in n.lower().split()}
        if not names and noun == "county":
            # "A county spokesperson dismissed that": the county the article names, where it names no county body
            names = {n for n, e in ents.items() if e.type == "GPE" and n.split()[-1] == "County"}
        if not names:
            return None
        names = names - self.ents.superseded or names  # (not the body another took over from)
        met = [m.name for m in self.ents.at(0, before, kinds=("name",)) if m.name in names]
        return met[-1] if met else None

    def _owner(self, i: int, k: int) -> Party | None:
        for x in range(i, k):
            if self.t[x].text in {"'s", "’s"}:
                ms = self.mentions(i, x)
                if ms and ms[-1].end <= self.t[x].start:  # (not inside a name: "the Auditor General's Department")
                    return Party(ms[-1].name, self.kind_of(ms[-1].name), self.text(i, x), self.t[i].start, self.t[x - 1].end)
        return None

    @staticmethod
    def _gender(words) -> str | None:
        if any(w in FEMALE_NOUNS for w in words):
            return "female"
        if any(w in MALE_NOUNS for w in words):
            return "male"
        return None

    def _post_then_name(self, i: int, j: int) -> str | None:
        """ "General manager of the BWA Jerome Harewood": a post of a body, then, with no comma, the person holding it."""
        named = self.mentions(i, j, kinds=("name",))
        if len(named) < 2 or named[-1].end != self.t[j - 1].end or self.kind_of(named[-1].name) != "person" \
                or self.kind_of(named[-2].name) not in {"organization", "official"} \
                or self.s.text[named[-2].end - self.s.start:named[-1].start - self.s.start].strip():
            return None
        return named[-1].name

    def _founder(self, i: int) -> str | None:
        """ "Ramcharan said" where the bare word is read as "Ramcharan Earthworks Ltd": the one person of that
        surname, the firm's namesake, who speaks (a firm named for its owner is called by the full name)."""
        w = self.t[i].text
        named = self.mentions(i, i + 1, kinds=("name",))
        if not named or self.kind_of(named[0].name) != "organization" or named[0].name.split()[0] != w \
                or named[0].text != w:
            return None
        people = [n for n, e in self.ents.entities.items() if e.type == "PERSON" and len(n.split()) >= 2 and n.split()[-1] == w]
        return people[0] if len(people) == 1 else None

    def kind_of(self, name: str) -> str:
        e = self.ents.entities.get(name)
        if e is None:
            return "anonymous"
        if e.is_outlet:
            return "outlet"
        if e.type == "PERSON":
            return "person"
        if e.type in {"GPE", "NORP"} or any(w.lower() in _GOV for w in name.split()):
            return "official"
        if e.type == "PRODUCT":
            return "document"
        return "organization"

    def pronoun(self, word: str, i: int) -> Party | None:
        # given names break ties ("she said" after "Luis Arredondo ..." and "Deborah Quist ..." is Quist), but
        # never leave a pronoun unread ("Andile Fourie ... she said": names carry no sure gender)
        want = {"he": "male", "she": "female"}.get(word)
        if want:
            p = self._pronoun(word, i, by_name=True)
            e = self.ents.entities.get(p.name) if p is not None and p.name else None
            if p is not None and (p.gender or (e.gender or e.name_gender if e is not None else None)) == want:
                return p  # (only someone the text or the name says is so: "Om Hany" is no man)
        return self._pronoun(word, i, by_name=False)

    def _opener(self, i: int, within: int, kinds: tuple, *, after: frozenset | set = frozenset()):
        """The entity the sentence opens with (or opens with after one of ``after``: "The Authority"), when that
        mention ends before token ``i`` and is its clause's subject (no "'s" or "," after it); else None."""
        first = {self.t[0].start} | ({self.t[1].start} if self.L[0] in after and self.n > 1 else set())
        opener = [m for m in self.mentions(0, min(i, within), kinds=kinds) if m.start in first]
        if not opener:
            return None
        end = next((y for y in range(self.n) if self.t[y].start >= opener[0].end), self.n)
        if end >= i or self.L[end] in {"'s", "’s", ","}:
            return None
        return self.ents.entities.get(opener[0].name)

    def _pronoun(self, word: str, i: int, *, by_name: bool) -> Party | None:
        want = {"he": "male", "she": "female"}.get(word)
        # by sentence; within one, a speaker before someone merely described ("a neurologist at ...")
        # (and of a sentence's speakers, its first: "X said ... not 60 as the owner claimed. '...,' he said" is X)
        ranked = sorted([(sid, 1, -k, p) for k, (sid, p) in enumerate(self.ctx.speakers)]
                        + [(sid, 0, k, p) for k, (sid, p) in enumerate(self.ctx.people)], key=lambda x: (x[0], x[1], x[2]))
        cands = [(sid, p) for sid, _, _, p in ranked]
        for k in range(len(self._frames) - 1, -1, -1):
            # "NHS Glenmoray told the Chronicle ... a figure it insisted": who spoke earlier in this sentence
            fp: Party = self._frames[k]["party"]
            if fp.name and fp.start is not None and fp.start < self.t[i].start and (
                    fp.type in {"organization", "official", "outlet"} if word == "it" else
                    fp.type == "person" and (not want or fp.gender in (None, want)) if want else False):
                return Party(fp.name, fp.type, self.t[i].text, self.t[i].start, self.t[i].end, gender=fp.gender)
        if word == "it" and i == 0 and self.ctx.documents and self.ctx.documents[-1][0] == self.s.sid - 1:
            # "The report appears to give some support to each. It notes that ...": the document just told of
            d = self.ctx.documents[-1][1]
            return Party(d.name, "document", self.t[i].text, self.t[i].start, self.t[i].end)
        if word == "it" and i > 3 and self.L[i - 1] == "what" and i + 1 < self.n \
                and self.L[i + 1] in {"said", "says", "claimed", "claims"} and self.L[i - 2] not in {"after", "of", "to"}:
            # "when Sukhoi Gruz, a Telegram channel, published what it said were copies": the body that did so
            before = {t.end: t.lower for t in self.t[:i]}
            body = next((self.ents.entities[m.name] for m in reversed(self.mentions(0, i - 1, kinds=("name",)))
                         if m.name in self.ents.entities and before.get(m.start - 1) not in {"a", "an"}), None)
            # (not "Telegram" of its description, "a Telegram channel")
            if body is not None and body.type == "ORG":
                return Party(body.name, self.kind_of(body.name), self.t[i].text, self.t[i].start, self.t[i].end)
        if word == "it" and i > 3:
            # "The Authority has attributed the flooding to rainfall, which it says was the heaviest": the body the
            # sentence opens with, not the last one quoted
            e = self._opener(i, 4, ("name", "epithet"), after={"the", "but", "and"})
            if e is not None and e.type == "ORG" and not any(self.t[z].text in _QUOTES for z in range(i)):
                return Party(e.name, self.kind_of(e.name), self.t[i].text, self.t[i].start, self.t[i].end)
        if want and i > 2:
            # "Kittredge first raised concerns at a rally last week, where he said": the person the sentence opens with
            # (or its epithet: "The deputy mayor is said to have known, though he told AK")
            e = self._opener(i, 3, ("name", "epithet"), after=_THE_OR_HONORIFIC)
            # (a given name of the other sex rules the opener out even then: "Reese was reportedly moved ..., she said"
            # of Darnell Reese is someone else's)
            if e is not None and e.type == "PERSON" and (e.gender or (e.name_gender if by_name else None)) in (None, want) \
                    and (e.gender or e.name_gender or want) == want \
                    and not any(self.t[z].text in _QUOTES for z in range(i)):  # (not a name inside the quotation)
                return Party(e.name, "person", self.t[i].text, self.t[i].start, self.t[i].end, gender=want)
        for sid, p in reversed(cands):
            if self.s.sid - sid > 3:
                break
            if word == "it":
                if p.type in {"person", "anonymous"}:
                    continue  # "It estimates that ...": the report or the body just quoted, not a person
            elif p.type in {"document", "outlet", "organization"} and word != "they":
                continue
            if want and p.type in {"anonymous", "official"} and _plural(p.text):
                continue  # "Analysts at the bank estimate ...": not who "he" is (nor the bank they speak for)
            if want and p.type == "official" and p.text and p.text.lower().split()[-1] in _BODY_WORDS:
                continue  # "the city government" is no "he" (but "a spokesman for the city" may be)
            e = self.ents.entities.get(p.name) if p.name and by_name else None
            gender = p.gender or (e.name_gender if e is not None and e.type == "PERSON" else None)
            if want and gender and gender != want:
                continue  # ("Luis Arredondo" is no "she")
            if want == "female" and p.gender is None and p.type != "person" and not (
                    self.s.sid - sid <= 1 and p.text and p.text.lower().split()[-1] in _ONE_PERSON
                    and i > 0 and (self.t[i - 1].text in _QUOTES or self.t[i - 1].text == ",")  # '"...," she said
                    and next((q for sid_q, q in self.ctx.speakers if sid_q == sid), None) is p):  # (its sentence's subject)
                continue  # an undescribed source is not guessed to be a woman (but "A ... spokesperson denied. ... she said")
            # (not the outlet it told: '"...," he said.' a paragraph on is said to no one in particular)
            return Party(p.name, p.type, self.t[i].text, self.t[i].start, self.t[i].end, gender=p.gender)
        if word == "it":
            if i <= 4:
                # "Corvane Logistics restated its revenue. On Monday, it said ...": the body the sentence before opened
                # on, when nobody has spoken yet
                prev = [m for m in self.ents.at(0, self.t[i].start, kinds=("name",)) if m.sid == self.s.sid - 1]
                e = self.ents.entities.get(prev[0].name) if prev else None
                if e is not None and e.type == "ORG" and not any(sid >= self.s.sid - 3 for sid, _ in cands):
                    return Party(e.name, self.kind_of(e.name), self.t[i].text, self.t[i].start, self.t[i].end)
            if i == 0 and self.n > 1 and self.L[1] not in BE_FORMS:
                # "The company, which employs 34 people, is said to be ... It also disputed claims": the body the
                # sentence before opened on, by its name or its epithet, whoever spoke last
                prev = sorted((m for m in self.ents.mentions if m.sid == self.s.sid - 1 and m.kind in ("name", "epithet")),
                              key=lambda m: m.start)
                e = self.ents.entities.get(prev[0].name) if prev and prev[0].text[:1].isupper() else None
                if e is not None and e.type == "ORG" and not e.is_outlet:
                    return Party(e.name, self.kind_of(e.name), self.t[i].text, self.t[i].start, self.t[i].end)
            return None
        # the nearest person named before the pronoun
        for m in reversed(self.ents.at(0, self.t[i].start, kinds=("name",))):
            e = self.ents.entities.get(m.name)
            if e is None or e.type != "PERSON" or self.s.sid - m.sid > 2:
                continue
            if want and (getattr(e, "gender", None) or (e.name_gender if by_name else None)) not in (None, want):
                continue
            return Party(m.name, "person", self.t[i].text, self.t[i].start, self.t[i].end, gender=want)
        return None

    def np_back(self, e: int) -> tuple[int, int]:
        """The noun phrase ending at token index e (inclusive), walking back."""
        k, reach = e, 12
        while k >= 0 and e - k < reach:
            w = self.L[k]
            if w == "," and 0 < k < e and _region_comma(self.t, k):
                k -= 1  # "the retired school bus driver from Brennan Mills, Ohio,": a town and its state
                reach += 2
                continue
            if w in _BOUNDARY and not (self.t[k].text in _CAPS_LEGAL_FORMS and k > 0 and self.t[k - 1].is_cap) \
                    and not (w == "that" and k > 0 and self.L[k - 1] in {"of", "at", "from"}) \
                    or (self.t[k].is_punct and self.t[k].text not in {"'s", "’s", "-", "&", ".", "/"} | _QUOTES) \
                    or (w == "-" and self.t[k].ws and k > 0 and self.t[k - 1].ws):  # (a spaced hyphen is a dash)
                # (but "Nordvika Laks AS": a legal form, not "as"; nor "Minutes of that meeting"; and "the Cottage and Small Industries Forum",
                # "the Ministry of Agriculture, Fisheries, Water and Land Reform": one name, back to its start)
                inside = [m for m in self.mentions(k, k + 1, kinds=("name",)) if m.start < self.t[k].start] \
                    if w in {"and", ","} and 0 < k < e and self.t[k - 1].is_alpha and self.t[k + 1].is_cap else []
                if not inside and w == "and" and 2 <= k < e - 1 and self.t[k - 1].is_alpha and not self.t[k - 1].is_cap \
                        and k >= 4 and self.L[k - 2] == "old" and self.L[k - 4] in {"year", "years"} and self.L[k + 1].isalpha():
                    k -= 1  # "The 58-year-old pepper and onion seller": two trades of one person, past an age
                    continue
                if not inside:
                    break
                k0 = k
                while k > 0 and self.t[k].start > inside[0].start:
                    k -= 1
                reach += k0 - k
                continue
            if w in REPORTING_VERBS and k != e and not (k > 0 and self.L[k - 1] in _DETERMINERS) \
                    and not (w in DOCUMENT_NOUNS and (self.L[k + 1] in _DOC_PREPOSITIONS or self.L[k + 1] == "for")) \
                    and not (w == "state" and k + 1 < self.n and self.t[k + 1].is_alpha and not self.t[k + 1].is_cap
                             and self.L[k + 1] not in _DETERMINERS and self.L[k + 1] != "that") \
                    and not (k > 0 and self.t[k].is_cap and self.mentions(k, k + 1, kinds=("name",))):
                break  # but "the state office", "An interim report by federal investigators": nouns ("Volta State
                # Mining Agency": a word of a name)
            k -= 1
        return k + 1, e + 1

    def document_before(self, e: int) -> Party | None:
        """The document whose noun phrase ends at token ``e``, over a phrase naming its maker: "A preliminary
        report of the irrigation division", "An autopsy summary from the Medical Examiner's Office"."""
        a, b = self.np_back(e)
        inside = [m for m in self.mentions(a, a + 1, kinds=("name",)) if m.start < self.t[a].start]
        while inside and a > 0 and self.t[a - 1].end > inside[0].start:
            a -= 1  # back to the start of a name the phrase began inside ("the National Environment and Planning Agency")
        if a > 0 and self.L[a - 1] == "the":
            a -= 1
        p = self.party(a, b)
        if p is not None and p.type != "document" and a >= 2 and self.L[a - 1] in _DOC_PREPOSITIONS \
                and self.L[a - 2] in DOCUMENT_NOUNS:
            p = self.party(self.np_back(a - 2)[0], b)
        return p

    def clause_subject(self, upto: int) -> Party | None:
        start = self.opening()
        first_comma = next((k for k in range(upto) if self.t[k].text == ","), None)
        if first_comma is not None and self.t[0].lower in {"moreover", "however", "meanwhile", "still", "also",
                                                           "although", "in", "publicly", "separately", "additionally",
                                                           # past a fronted phrase: "At a press conference in Nagoya on
                                                           # Thursday, President X bowed and apologized, but said"
                                                           "at", "on", "during", "after", "following", "speaking",
                                                           "addressing", "when", "while"}:
            start = first_comma + 1
            second = next((k for k in range(start + 1, min(upto, start + 5)) if self.t[k].text == ","), None)
            if second is not None and self.L[0] == "on" and all(self.t[z].is_cap for z in range(start, second)) \
                    and not any(self.kind_of(m.name) == "person"
                                for m in self.mentions(start, second, kinds=("name",))):
                start = second + 1  # "On Tuesday, Veterans Day, Dale Runkel stood ... and told": the day's name first
        elif first_comma is not None and first_comma < upto and any(
                self.L[z] in TITLE_WORDS or self.L[z] in _APPOSED_HEADS for z in range(first_comma)) \
                and (ap := self._apposed_person(first_comma)):
            return ap[0]  # "The Member of Parliament (MP) for Nsuopon, Hon. Kwaku Ampem-Darko, went further, alleging"
        if start < upto and self.L[start] in {"he", "she"}:
            # "He pointed to a Department of Health inspection ..., and said": he, not the body he pointed to
            return self.pronoun(self.L[start], start)
        aux = next((z for z in range(start + 1, upto) if self.L[z] in _SUBJECT_ENDS), None)
        if aux is not None and not self.mentions(start, start + 1) and not (
                self.L[aux] in {"are", "were"} and aux + 1 < upto and self.L[aux + 1].endswith("ed")):
            # "Hundreds of households living along the Red River have called on ..., saying": the people the
            # sentence opens on, not a name inside their description (not "People were called in ... and told")
            p = self.party(start, aux)
            if p is not None and p.type == "anonymous" and _plural(p.text):
                return p
        for m in self.mentions(start, upto):
            if self.kind_of(m.name) in {"organization", "official"}:
                # "Kowinyo returning officer Julius Kiprono Langat declared ..., saying": the officer, not his place
                z = next((z for z in range(start, upto) if self.t[z].start >= m.end), upto)
                e = z
                while e < upto and self.t[e].is_alpha and not self.t[e].is_cap:
                    e += 1
                if e > z and e - z <= 3 and any(self.L[q] in TITLE_WORDS for q in range(z, e)):
                    who = [x for x in self.mentions(e, upto, kinds=("name",)) if x.start == self.t[e].start
                           and self.kind_of(x.name) == "person"]
                    if who:
                        return Party(who[0].name, "person", who[0].text, who[0].start, who[0].end)
            return Party(m.name, self.kind_of(m.name), m.text, m.start, m.end)
        return None

    def _apposed_person(self, e: int) -> tuple[Party, int] | None:
        """The person named in apposition after the comma at ``e`` ("the group's director, Valeria Chávez,"),
        and the index after the name."""
        if e + 1 >= self.n or self.t[e].text != ",":
            return None
        x = e + 1
        while x < min(self.n, e + 4) and (self.L[x].rstrip(".") in HONORIFICS or self.L[x] == "." and x > e + 1
                                          or self.L[x] == "chief" and self.t[x].is_cap):  # ("Chief Ibinabo Wokoma")
            x += 1  # "Comrade Ngozi Okafor", "Dr Olumide Fashakin", "Hon. Kwaku Ampem-Darko"
        named = [m for m in self.mentions(x, min(self.n, x + 8), kinds=("name",)) if m.start == self.t[x].start]
        if not named or self.kind_of(named[0].name) != "person":
            return None
        m = named[0]
        end = next((y for y in range(x, self.n) if self.t[y].start >= m.end), self.n)
        if end + 1 < self.n and self.L[end] in {"of", "from", "with", "at"}:
            # "their attorney, Derek Skjerven of Grand Forks.": where they are from, or whose they are, after the name
            after = [a for a in self.mentions(end + 1, self.n, kinds=("name",)) if a.start == self.t[end + 1].start]
            nxt = next((y for y in range(end + 1, self.n) if after and self.t[y].start >= after[0].end), self.n)
            if after and (nxt == self.n or self.t[nxt].text in {",", ".", ";", ")"}):
                end = nxt
        if end < self.n and self.t[end].text not in {",", ".", ";", ")"} and self.t[end].text not in _QUOTES:
            return None  # "According to one source for the newspaper, Musk was ...": a subject, not an apposition
        return Party(m.name, "person", m.text, m.start, m.end), end


# the auxiliary after a sentence's subject ("Traders at the market in Giza have objected to ..., saying")
_SUBJECT_ENDS = {"have", "has", "had", "are", "were", "will", "would"}
# who a sentence's subject can be before the name in apposition ("The lawmaker representing Okrika Constituency in the
# Rivers State House of Assembly, Chief Ibinabo Wokoma, dismissed")
_APPOSED_HEADS = {"lawmaker", "legislator", "parliamentarian", "representative", "leader", "councillor", "councilor",
                  "headman"} | SPOKES_NOUNS
_PANELS = {"committee", "panel", "commission", "inquiry", "tribunal", "taskforce"}


_OWN_WORK = {"investigation", "analysis", "review", "survey", "count", "tally", "examination", "inquiry", "reporting"}


def _plural(text: str) -> bool:
    """Whether an unnamed source's description is of several people ("Analysts at the bank", "two officials")."""
    words = text.lower().split()
    if not words:
        return False
    if words[0] in _PLURAL_DETERMINERS:
        return True
    head = next((words[k - 1] for k in range(1, len(words)) if words[k] in _HEAD_STOPS), words[-1])
    return len(head) > 3 and head.endswith("s") and not head.endswith(("ss", "'s", "’s")) \
        or head in {"people", "men", "women", "children", "folk", "fishermen"}  # ("About a dozen people came")


# words that end a noun phrase's head: "two people familiar with", "a source at the ministry"
