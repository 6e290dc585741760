"""Entities of one article: names, their types, aliases, roles and epithets.

Rule-based over spaCy's tokens, so it runs offline and every decision has a reason:
a capitalised run is a name candidate; titles before it ("Russian President") and
appositions around it ("the then-head of Roscosmos, Dmitry Rogozin") become roles;
a surname or an acronym seen beside a full name becomes its alias; "the billionaire"
resolves to the entity the text itself called a billionaire, "the newspaper" to the
outlet the article cites, "the company" to the company in focus.

>>> from kit.nlp import split_body
>>> ents = find_entities(split_body("T\\nBillionaire Ann Vole met Bo Lint. The billionaire said so.\\n"))
>>> sorted(ents.entities)
['Ann Vole', 'Bo Lint']
>>> [m.text for m in ents.mentions if m.kind == "epithet"]
['The billionaire']
"""
from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from spacy.lang.en.stop_words import STOP_WORDS

from kit.lexicons import (
    ANONYMOUS_NOUNS, BE_FORMS, INSTITUTION_WORDS, BROADCASTERS, FIRM_TITLES, COMPANY_NOUNS, LOWERCASE_WIRES, WIRE_AGENCIES, COMPASS, CURRENCY_SIGNS, DOCUMENT_NOUNS, FIRM_NAME_WORDS, HONORIFICS, MONTHS, NEWSPAPER_WORDS, NON_ENTITY_ACRONYMS, NON_NAME_CAPS,
    LEGISLATURE_NAMES, ORG_WORDS, OUTLET_NAME_WORDS, OUTLET_NOUNS, PERSON_EPITHET_NOUNS, PLACE_ALIASES, PLACE_NOUNS, PRODUCT_NOUNS, REPORTING_VERBS,
    AP_STATE_ABBREVIATIONS, AUSTRALIAN_STATES, CANADIAN_PROVINCES, DEMONYMS, IRREGULAR_DEMONYMS, RANK_INITIALS, ROMANCE_ORG_HEADS, TITLE_WORDS, WEEKDAYS, cities, countries, currency_codes, demonyms, given_names, places, state_demonyms, surnames, us_states,
)
from kit.nlp import ABBREVIATED_GIVEN, CLOSERS, DATELINE, DEGREE, TITLE_ABBREVIATIONS, Sentence, Tok, dateline_sentence, lead_dateline, speaker_labels

_DEMONYMS = demonyms()
_NEWS_FIRST = {"business", "news", "media", "market", "markets"}  # a paper named "... Day": "Business Day", "NewsDay"
_BEFORE_A_MONTH = {"in", "on", "since", "until", "till", "by", "from", "of", "to", "between", "early", "late", "mid", "and",
                   "before", "after", "during", "through", "last", "next", "this"}
# the provinces and states whose departments are named for the province, then its fields ("Manitoba Agriculture and
# Resource Development", "Queensland Fire and Emergency Services")
_STATES_BEFORE_PORTFOLIOS = frozenset(CANADIAN_PROVINCES.values()) | AUSTRALIAN_STATES
_BRACKETED_ACRONYM = re.compile(r"\(([A-Z]{2,6})\)$")
_PLACE_FIRST_WORDS = {"junta", "gobierno", "ciudad", "casa", "puerto", "porto", "villa", "san", "santa", "santo", "são",
                      "sao", "rio", "río", "costa", "isla", "monte", "port", "fort", "mount", "lake", "cape", "saint"}
_PARTICLE_NAME = re.compile(r"[A-Z][a-zà-ÿ]+ (?:de|van|von|da|di|du|der|den|ten|ter|van der|van den|de la) [A-Z][a-zà-ÿ]+")
_ADJECTIVE_ENDS = ("al", "ive", "ous", "ful", "able", "ible")  # "additional", "extensive": no noun of a title
_AGENT_ENDS = ("or", "er", "ist", "ian", "ant", "yst")  # who does something: "negotiator", "campaigner", "analyst"
_NOT_AGENTS = {"other", "another", "either", "neither", "under", "after", "together", "former", "latter", "rather",
               "whether", "further", "corner", "border", "number", "order", "center", "matter", "letter", "quarter",
               "water", "paper", "power", "error", "factor", "sector", "floor", "major", "minor", "interior", "exterior"}
# what a public service or utility's name ends in, never a surname's ("Cal Fire", "Northern Rail")
_SERVICE_ENDS = {"fire", "rescue", "ambulance", "water", "energy", "rail", "transit", "telecom"}  # (not "Power": Samantha Power)
_COUNCIL_NOUNS = {"government", "council", "administration", "hall", "authorities"}
# a place's own office, named in lower case after it: "the Rostov region prosecutor’s office", "the Madrid regional
# government"
_LOCAL_LEVELS = {"city", "town", "municipal", "region", "regional", "district", "provincial", "province", "county",
                 "state", "public", "oblast", "prefectural"}
_OFFICE_HOLDERS = {"prosecutor", "governor", "mayor", "attorney", "ombudsman", "prefect", "sheriff", "coroner",
                   "comptroller"}
_LOCAL_BODIES = {"prefecture", "assembly", "police"}  # ("the Nagano prefectural assembly", "... prefectural police")
_STAFF_WORDS = {"staff", "personnel", "management", "leadership", "administration", "crew", "everyone", "nobody"}
# "City of ...", "Hamlet of ...": a place's government, named for the place
_GOVERNMENT_OF_FIRST = {"City", "Town", "Municipality", "Borough", "Village", "Township", "Shire", "Hamlet",
                        "RM"}  # ("RM of Estevan No. 5": a Saskatchewan rural municipality, by its initials)
# a place's government that owns what follows: "Littlefield Township's Tamarack Point Park" is the township's park
_OWNING_GOVERNMENTS = {"Township", "County", "Borough", "Shire", "Municipality", "Council", "Parish"}
# (and two words: "Regional District of Fraser-Fort George", "Rural Municipality of Sherwood", British Columbia's
# and Saskatchewan's governments, named before their place)
_GOVERNMENT_OF_FIRST_TWO = {"Regional District", "Regional Municipality", "Rural Municipality", "County Borough",
                            "Municipal District", "Royal Borough", "District Municipality", "Borough District"}
_LOCAL_KINDS = {"metropolitan", "borough", "district", "county", "city", "town", "municipal", "regional", "shire",
                "parish", "village", "rural", "urban", "unitary"}  # what kind of place a council is for
# verbs a name as subject goes on with ("Shell has", "Apple will"), not a noun after an adjective
_AUXILIARIES = {"has", "have", "had", "will", "would", "could", "can", "may", "might", "must", "should", "does", "did",
                "do", "also", "not", "never", "still", "says", "later", "then"}
# what a description's noun says an organisation is, not a person ("a meatpacking plant in Tacuarembó")
_ORG_DESCRIPTION_KINDS = {"company", "firm", "corporation", "conglomerate", "startup", "bank", "plant", "factory", "mill",
                          "refinery", "smelter", "meatpacker", "exporter", "laboratory", "lab",
                                         "importer", "manufacturer", "maker", "distributor", "retailer", "chain", "lender",
                                         "insurer", "airline", "cooperative", "union", "association", "charity", "ngo",
                                         "nonprofit", "non-profit", "agency", "authority", "watchdog", "regulator"}
_PARK_KINDS = {"technology", "industrial", "business", "science", "national", "theme", "office", "retail", "nature",
               "memorial", "safari", "wind", "solar", "eco", "marine", "forest", "wildlife", "game", "state", "provincial",
               "regional", "country", "holiday", "amusement", "water", "trailer", "caravan", "skate", "innovation", "tech"}
# a hall named for its use, no one's surname: "Peace Memorial Hall", "Aith Public Hall" (but a city's, a town's or a
# county's hall stands for its government as often as for the building: "City Hall said", "Bucharest City Hall")
_HALL_KINDS = {"memorial", "village", "community", "parish", "church", "civic", "masonic", "scout",
               "music", "concert", "market", "public", "sports", "drill", "guild", "mission", "temperance"}
_CONNECTORS = {"of", "de", "del", "della", "der", "van", "von", "al", "bin", "binti", "bint", "anak", "a/l", "a/p", "la", "le", "du", "da", "&", "dello", "delle",
               "degli", "dei", "di", "do", "dos", "das", "des", "y", "ya", "e", "et", "en", "und", "og", "och", "ter", "ten", "den",
               "yr", "na", "nan", "ng"}  # (Welsh "the": "Maes yr Onnen"; Gaelic "of the": "Comhairle nan Eilean Siar",
# "Baile na Creige"; Tagalog "of": "Samahang Magsasaka ng Gitnang Luzon")
# ("La Voce dello Sport", "Derechos y Protesta", "Sauti ya Mbarani FM", "Pensioenfonds Havens en Logistiek")
_JOINERS = {"-"}
# the verb a campaign's name opens on ("Save Our Pool", "Keep Coyote Wash Open", "Stop the Quarry")
_CAUSE_VERBS = {"Keep", "Save", "Stop", "Protect", "Defend", "Restore", "Reclaim"}
_LOC_WORDS = {"river", "lake", "mountain", "mountains", "valley", "sea", "ocean", "island", "islands", "bay",
              "street", "avenue", "road", "square", "boulevard", "desert", "forest", "coast", "strait", "canal",
              "lane", "terrace", "crescent", "highway", "motorway", "bridge", "creek", "reservation", "heights",
              "peninsula", "lagoon", "gulf", "basin", "plateau", "glacier", "estuary", "reef", "wetlands", "marae", "sound",
              "firth", "loch", "fjord", "inlet",  # (waters: "Yell Sound", "Moray Firth")
              "parade", "esplanade", "promenade", "rd", "ave", "blvd", "hwy",  # ("Culver Parade", "Maungatapere Rd")
              "stream", "way", "drive", "close", "greenway", "trail", "cycleway", "walkway", "bypass",  # ("Mangarara Stream", "Marram Way")
              "ward", "viaduct", "tunnel", "arena", "dam", "pier", "wharf", "quay", "sands", "headland", "cliffs",
              "nagar", "chowk", "marg", "bazaar", "bazar",  # (South Asian localities and roads: "Gandhi Nagar")
              "residences", "towers", "apartments", "plaza", "mall",  # (buildings: "Orchid Bay Residences")
              "gorge", "canyon", "ravine", "gully", "caye",  # ("Kawarau Gorge", "Ambergris Caye"; a Bahamian "Cay" is a settlement)
              "block"}  # (a building: "the three-storey Calder Block")
_LOC_FIRST = {"river", "lake", "mount", "mt", "cape", "isle", "loch", "massif",  # "River Brayle", "Lake Kivu": a natural feature
              "laguna", "lago", "salar", "cerro", "sierra", "sungai", "bukit", "pulau", "gunung", "danau", "wadi", "jebel",
              "jabal", "lac", "mont", "monte", "isla", "ilha", "koh", "shatt", "khor"}  # (and "Laguna Jachucu", "Sungai Kelubi", "Pulau Kelisa")
_LOC_FIRST_OF = {"bay", "gulf", "sea", "strait", "straits", "mouth", "isle", "isles"}  # "Bay of Bengal", "Gulf of Aden"
# last words that are surnames too ("Hall", "North") but more often end a place's name
_PLACE_ENDS = {"hall", "day", "ridge", "north", "south", "east", "west", "park", "estate", "hill", "hills", "wood", "woods",
               "field", "fields", "ford", "green", "marsh", "brook", "dale", "vale", "cross", "gate", "mills"}
_PLACE_LAST = {"county", "township", "parish", "prefecture", "governorate", "oblast", "regency", "province", "territory", "town", "commune",
               "constituency"}  # ("Clarence Town": no one surnamed Town)
# a seat's district: "Rivers West Senatorial District", "the 4th Congressional District" (a place, no body)
_ELECTORAL = {"senatorial", "congressional", "electoral", "federal", "legislative", "assembly", "parliamentary"}
_TOWN_FIRST = {"kampung", "kampong", "taman", "barangay", "colonia", "aldea", "vila", "rumah", "nanga"}
# ("Taman Seri Kenanga": a town; "Rumah Jimbun", "Nanga Sebatu": a Sarawak longhouse, a river mouth's village)
_STREET_FIRST = {"jalan", "calle", "rue", "avenida", "rua", "lorong", "via"}  # "Jalan Kemuning": a street
_EVENT_FIRST = {"typhoon", "hurricane", "cyclone", "tropical"}  # "Typhoon Marilag": a storm, nobody's name
_OUTLET_FIRST = {"radio", "radyo", "rádio", "tv", "channel", "television", "news", "daily", "agence", "agencia"}
_CLUB_FIRST = {"fc", "sc", "ac", "cf", "cd", "afc", "sv", "fk", "nk", "sk", "us", "as", "ss", "sporting", "atletico",
               "athletic", "real", "dynamo", "olympique", "racing", "deportivo", "pro",
               "ksv", "kv", "krc", "kaa", "rsc", "kvc", "vfb", "vfl", "tsv", "fsv", "sd", "ud", "rcd"}  # "SC Alvorada", "US Valtellina", "KSV Lindeveld": a club
_CLUB_LAST = {"united", "rovers", "athletic", "wanderers", "albion", "hotspur"}  # "Leeds United": a club
_CLAUSE_WORDS = {"that", "which", "who", "whom", "whose", "saying", "said", "says", "told", "when", "while", "because"}


_TITLE_OR_COMPANY = TITLE_WORDS | COMPANY_NOUNS
_MUNICIPAL_TIERS = {"local", "district", "metropolitan", "rural", "urban", "town", "city", "municipal", "county"}
_CARE_FIELDS = {"rehabilitation", "nursing", "recovery", "rehab"}
# what a hospital is named for ("Heart and Multispeciality Hospital", "Eye and Ear Hospital")
_MEDICAL_FIELDS = {"heart", "eye", "ear", "cancer", "kidney", "maternity", "cardiac", "dental", "orthopaedic", "orthopedic",
                   "multispeciality", "multispecialty", "superspeciality", "superspecialty", "trauma", "chest", "skin"}
_CENTRES = {"center", "centre", "home"}
# what names a party's group on a council or in a legislature ("the Labour group", "the Liberal Democrat group")
_PARTY_WORDS = {"labour", "labor", "conservative", "conservatives", "liberal", "democrat", "democrats", "democratic",
                "lib", "dem", "dems", "green", "greens", "tory", "reform", "independent", "independents", "snp", "plaid",
                "republican", "republicans", "ndp", "alliance", "unionist", "progressive"}
# titles far more often given names before a bare surname ("Dean Coverdale"): as titles, they come before a full name
_TITLES_AS_NAMES = {"dean"}
_POSSESSIVES = {"'s", "’s"}
# what follows a name ending in "'s" that owns nothing: a clause's end, or a verb of speech in a form no noun takes
_PLACE_MODIFIER_ENDS = {"based", "born", "headquartered", "listed", "registered", "bred", "raised"}
_ROMANCE_OF = {"da", "de", "do", "das", "dos", "del", "della", "di", "du", "des"}
_ELLIPSIS_BEFORE = {"the", "than", "nor", "as", "his", "her", "their", "its", "whose", "to", "with"}
_AFTER_OWN_NAME = {",", ".", ";", ":", ")", "said", "says", "told", "denied", "denies", "added", "warned", "insisted",
                   "argued", "rejected", "disputed", "declined", "wrote", "responded", "replied", "countered"}
# a state's bodies that each country has one of, named after its possessive ("Azerbaijan’s Foreign Ministry")
_STATE_BODY_HEADS = {"ministry", "army", "navy", "embassy", "coastguard", "guard", "forces", "parliament", "police"}
# what "The <noun> that runs the academy, <Name>," describes: an organisation
_ORG_DESCRIPTORS = COMPANY_NOUNS | {"trust", "charity", "body", "organisation", "organization", "foundation", "group",
                                    "agency", "authority", "council", "network", "union", "association", "consortium"}
_CORPORATE_SUFFIXES = {"inc", "corp", "corporation", "ltd", "plc", "llc", "co", "ag", "sa", "nv", "se", "asa", "ab",
                       "gmbh", "holdings", "group", "bhd", "berhad", "sdn", "pty", "pte", "limited",
                       "oü", "uab", "sia", "oy", "oyj", "kft", "zrt", "bv", "aps", "spa",
                       "saog", "saoc",  # "Nordvik Lines Inc." is Nordvik (Oman's public and closed joint-stock companies)
                       "dac", "clg", "ood", "eood", "ead"}  # (Bulgaria's limited and sole-owner companies; Ireland's designated activity company, and company limited by guarantee)
_LEGAL_SUFFIXES = {"inc", "corp", "corporation", "ltd", "plc", "llc", "limited", "pty", "pte", "bhd", "gmbh", "dac"}  # (no "group")
# where a registered firm's name ends: nothing after "for" is of it ("Bayu Cempaka Development Sdn Bhd for The Cempaka
# Residences": the firm, then what it builds; but "Corporation for Public Broadcasting")
_LEGAL_ENDS = (_LEGAL_SUFFIXES - {"corporation"}) | {"llp", "berhad", "sdn"}
# "N14.2", "Sh1.9", "Rs40", "Rs.48", "Dh150", "R640", "J$3.5", "VND450", "RM500": money, not names
_MONEY_TOKEN = re.compile(r"(?:[A-Z]{1,3}\d+[.,]\d+|(?:[A-Z][a-z]{1,2}\.?|[A-ZĐ]{2,3}\$?|[A-Z]\$|ZiG)\d[\d,]*(?:\.\d+)?"
                          r"|[A-Z]\d{3,}|[A-Z]\d[\d,.]*)(?:bil|bn|tn|mn|mil|m|k|b|tr|cr)?")  # "N64bn", "N1.2tn", "RM2.5mil", "VNĐ45"
# "(R-S.D.)", "R-Harlow Springs": a US lawmaker's party and state, or a state legislator's home town
_PARTY_TAG = re.compile(r"(?:[RDI]|Rep|Dem|Ind)-[A-Z][A-Za-z.]{1,5}|(?:[RDI])-[A-Z][a-z]+\.?(?: [A-Z][a-z.]+){0,2}")  # ("D-St. Louis")
_POSSESSIVE_ORG_HEADS = {"college", "university", "hospital", "school", "church", "cathedral", "academy", "infirmary",
                         "office", "bench", "inn", "congress", "party", "alliance", "movement", "front", "union",
                         "liberation", "army", "committee", "court", "council", "assembly", "bank", "daily",
                         "procuracy", "association", "federation", "cooperative", "league", "forum", "institute", "department",
                         # (a family's firm by its trade: "Daly’s Coaches", "Murphy's Garage")
                         "coaches", "garage", "bakery", "pharmacy", "motors", "haulage", "butchers", "hardware", "hotel",
                         "pub", "restaurant", "cafe", "café", "diner", "salon", "jewellers", "supermarket"}
# ("the Court of King's Bench", "the Progressive People's Congress", "People's Committee", "Fishermen's Association",
# "the Auditor General’s Department")
_POSSESSIVE_PLACE_HEADS = {"cove", "bay", "point", "creek", "harbour", "harbor", "hill", "island", "landing", "town",
                           "vineyard", "crossing", "corner", "pen", "gap", "bridge", "mill", "well", "wharf", "rest",
                           "valley", "village", "ridge", "lane", "end", "green", "park", "spring", "springs", "field",
                           "fields", "farm", "pass", "hollow", "quarter", "cay", "cays", "beach", "rock",
                           "wood", "heath"}  # "Roper's Cove", "Harker's Crossing"
_POSSESSIVE_NAME_HEADS = _POSSESSIVE_ORG_HEADS | _POSSESSIVE_PLACE_HEADS
# plurals that take "'s", inside a name as "Workers'" is: "the Scarborough and Filey Fishermen's Society" (not split
# at the "'s" into a person and a "Society")
_PLURALS_TAKING_S = ("men", "children", "people")


@dataclass
class Mention:
    name: str  # canonical name within the article
    text: str
    start: int
    end: int
    kind: str  # name | epithet | pronoun
    sid: int


@dataclass
class Entity:
    name: str
    type: str = "ORG"
    aliases: set = field(default_factory=set)
    roles: list = field(default_factory=list)
    epithets: list = field(default_factory=list)
    votes: Counter = field(default_factory=Counter)
    is_outlet: bool = False
    is_company: bool = False
    gender: str | None = None  # from an honorific or a gendered title, when the text gives one
    name_gender: str | None = None  # what its given name suggests ("Deborah Quist"): weaker, a tiebreak only
    kinds: set = field(default_factory=set)  # what the text calls it before its name ("the team Vantor-Eskel")
    described: list = field(default_factory=list)  # the descriptions before its name ("Dutch financial daily")
    ages: set = field(default_factory=set)  # "Dolores Whitcomb, 61,": for "the 61-year-old"
    # "who chairs the South Grey Health Coalition": posts told in a relative clause, listed with the roles but never
    # read for who a description is (a chair of a group is not "the group"; a lawyer for landowners not "the landowners")
    posts: list = field(default_factory=list)


@dataclass
class ArticleEntities:
    entities: dict  # name -> Entity
    mentions: list  # list[Mention], in text order

    _index: tuple[int, list[int] | None, int] | None = field(default=None, repr=False, compare=False)
    # bodies the story names as replaced ("took over the harbour from Scarborough Borough Council"): no "the council"
    superseded: set = field(default_factory=set, repr=False, compare=False)

    def at(self, start: int, end: int, *, kinds=("name", "epithet", "pronoun")) -> list[Mention]:
        """Mentions overlapping the character span, in text order."""
        ms = self.mentions
        if self._index is None or self._index[0] != len(ms):
            found = [m.start for m in ms]
            ordered = all(a <= b for a, b in zip(found, found[1:]))
            self._index = (len(ms), found if ordered else None, max((m.end - m.start for m in ms), default=0))
        _, starts, longest = self._index
        if starts is None:  # still being built: not in text order yet
            return [m for m in ms if m.start < end and start < m.end and m.kind in kinds]
        # a mention overlapping [start, end) starts before end and less than ``longest`` before start
        lo, hi = bisect_left(starts, start - longest + 1), bisect_left(starts, end)
        return [m for m in ms[lo:hi] if start < m.end and m.kind in kinds]


_CLUB_NAME_WORDS = {"hockey", "football", "soccer", "rugby", "basketball", "baseball", "cricket", "netball", "club", "fc",
                    "team", "sporting"}


def _acronym_of(toks: list[Tok], k: int) -> bool:
    """Whether token ``k``, after a comma, is the acronym of the capitalised words before that comma ("Community
    Development Committee, CDC")."""
    acr = toks[k].text
    if not (acr.isupper() and acr.isalpha() and 2 <= len(acr) <= 6) or k < 2 or toks[k - 1].text != ",":
        return False
    caps = "".join(t.text[0] for t in toks[max(0, k - 10):k - 1] if t.is_cap and t.is_alpha)
    return caps.endswith(acr)


def titled_holder(toks: list[Tok], i: int, k: int) -> str | None:
    """The titled person whose body the name at ``i`` is, when the description at ``k`` is a member's: "Rep. Baek
    Myung-ho of the minor Korea Renewal Party, a member of the education committee," (the member is the lawmaker)."""
    if k < 1 or toks[k - 1].lower not in {"a", "an"} or toks[k].lower not in {"member", "former"}:
        return None
    x = i - 1
    while x > 0 and toks[x].is_alpha and not toks[x].is_cap and toks[x].lower not in {"of", "the"} and i - x <= 3:
        x -= 1  # ("the minor", "the ruling", "the opposition")
    if x > 0 and toks[x].lower == "the":
        x -= 1
    if x < 2 or toks[x].lower != "of":
        return None
    a = x - 1
    while a > 0 and (toks[a - 1].is_cap or toks[a - 1].text == "-" and not toks[a - 1].ws):
        a -= 1
    titled = False
    while a < x - 1 and (toks[a].lower.rstrip(".") in TITLE_ABBREVIATIONS or toks[a].lower in TITLE_WORDS
                         or toks[a].lower in _LEGISLATORS or toks[a].text == "."):
        a, titled = a + 1, True  # past the title, which says a person holds it ("Rep.", "MP", "Sen.")
    return _span_text(toks, a, x) if titled and a < x else None


def _runs(sent: Sentence) -> list[tuple[int, int]]:
    """Maximal runs of capitalised tokens (with inner connectors), as token index ranges."""
    if sent.runs is None:
        sent.runs = _find_runs(sent.tokens)
        # "Councilors Cole Weatherby and Dana Kittredge": a plural title before names, no part of the first
        sent.runs = [(a + 1, b) if b - a >= 3 and _plural_title(sent.tokens, a) else (a, b) for a, b in sent.runs]
        if "(" in sent.text:
            sent.runs = _by_acronym(sent.tokens, sent.runs)
        if '"' in sent.text or "“" in sent.text:
            sent.runs = _quoted_titles(sent.tokens, sent.runs)
        if "’" in sent.text or "'" in sent.text or "day " in sent.text:
            sent.runs = _holidays_and_plural_owners(sent.tokens, sent.runs)
    return sent.runs


_HOLIDAY_HEADS = {"Day", "Birthday", "Eve"}
_NAMED_WEEKDAYS = {"good", "black", "ash", "maundy", "super", "holy", "cyber", "bloody", "shrove", "palm", "easter",
                   "giving", "plough", "blue", "fat", "small"}  # "Good Friday", "Super Tuesday": a day's own name


def _holidays_and_plural_owners(toks: list[Tok], runs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """"Father’s Day", "the King’s Birthday": a holiday, no name; "Churchill Patients’ Voice": one name past its
    plural's apostrophe; "told The Eastern Graphic Tuesday": the paper, not its weekday."""
    out: list[tuple[int, int]] = []
    skip = False
    for k, (a, b) in enumerate(runs):
        if skip:
            skip = False
            continue
        nxt = runs[k + 1] if k + 1 < len(runs) else None
        if nxt is not None and nxt[0] == b + 1 and b < len(toks) and toks[b].text in {"’s", "'s"} \
                and toks[nxt[0]].text in _HOLIDAY_HEADS and nxt[1] == nxt[0] + 1 and b - a == 1:
            skip = True  # "Father’s Day", "Mother’s Day", "the King’s Birthday"
            continue
        if nxt is not None and nxt[0] == b + 1 and b < len(toks) and toks[b].text in {"’", "'"} \
                and toks[b - 1].lower.endswith("s") and not toks[b - 1].lower.endswith("ss") and nxt[1] - nxt[0] <= 2 \
                and b - a >= 2 and not (nxt[1] < len(toks) and toks[nxt[1]].lower in {
                    "branch", "office", "chapter", "division", "unit", "wing", "arm", "members", "member", "group"}):
            # (not "NSW Farmers’ Goulburn branch": a body's branch by its town)
            out.append((a, nxt[1]))  # "Churchill Patients’ Voice"
            skip = True
            continue
        if b - a >= 3 and toks[b - 1].lower in WEEKDAYS and toks[b - 1].is_title:
            b -= 1  # "The Eastern Graphic Tuesday"
        if b - a >= 2 and toks[b - 1].text == "I" and b < len(toks) and toks[b].lower[1:] in {"ll", "m", "ve", "d"}:
            b -= 1  # "By the time I get to Egremont I’ll have missed it": the town, then the speaker's "I"
        out.append((a, b))
    return out


def _quoted_titles(toks: list[Tok], runs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A programme's title in quotes, its later words in lower case: 'told ETV's "Aktuaalne kaamera"' (one name,
    not "Aktuaalne")."""
    out = []
    for a, b in runs:
        if a >= 2 and toks[a - 1].text in {'"', "“"} and (toks[a - 2].text in {"'s", "’s"} or toks[a - 2].lower == "told"):
            q = b
            while q < len(toks) and q - b < 3 and toks[q].is_alpha and not toks[q].is_cap:
                q += 1
            if q > b and q < len(toks) and toks[q].text in {'"', "”"}:
                b = q
        out.append((a, b))
    return out


# Mongolian names as the press writes them: the father's initial and a dot, no space ("G.Enkhtuya", "Ts.Batzorig")
_DOTTED_INITIAL = re.compile(r"[A-Z][a-z]?\.[A-Z][a-z]{2,}(?:-[A-Z][a-z]+)*")  # (and "G.Bat-Ochir")
# lower-case words inside a family name ("Leroy van Heyningen", "Ana da Silva"), never a name's first or last word
_SURNAME_PARTICLES = {"van", "von", "der", "den", "de", "da", "dos", "das", "del", "di", "du", "le", "la", "ter", "ten"}


def _opens_dotted_name(toks: list[Tok], j: int) -> bool:
    """Whether a Mongolian name starts at ``j``: "D.Solongo" (one token), "G.Bat" of "G.Bat-Ochir", "Ts" "." "Enkhjargal"."""
    t = toks[j].text
    if _DOTTED_INITIAL.match(t):
        return True
    return len(t) <= 2 and t[:1].isupper() and j + 2 < len(toks) and toks[j + 1].text == "." and not toks[j].ws \
        and not toks[j + 1].ws and _DOTTED_INITIAL.fullmatch(t + "." + toks[j + 2].text) is not None


def _bare_initial(text: str) -> bool:
    """One capital letter, with or without its full stop: the "K" and "R." of "K R Manjunath Prasad"."""
    return len(text.rstrip(".")) == 1 and text[:1].isupper()
# capitalised function words that open no name mid-sentence ("of The New York Times" keeps its own "The")
_FUNCTION_CAPS = {"the", "a", "an", "his", "her", "its", "our", "my", "your", "their", "in", "on", "at", "of", "for",
                  "and", "but", "or", "to", "by", "as", "if", "so", "no", "not", "all", "any"}
_ACRONYM_LINKS = {"of", "the", "for", "and", "on", "in", "&", "de", "la", "del", "des", "du"}


def _by_acronym(toks: list[Tok], runs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """One run for a name its acronym spells, whatever lower-case words it has: "Agency for Regulation and
    Development of the Financial Market (ARDFM)" (the runs would cut it at "and" and "of the")."""
    for p in range(1, len(toks) - 2):
        if toks[p].text != "(" or toks[p + 2].text != ")":
            continue
        acr = toks[p + 1].text
        if not (3 <= len(acr) <= 8 and acr.isalpha() and acr.isupper()):
            continue
        letters, a = "", p
        while a > 0 and p - a < 16 and len(letters) < len(acr):
            w = toks[a - 1]
            if w.is_cap and w.is_alpha:
                letters = w.text[0] + letters
            elif w.is_cap and "-" in w.text and all(x[:1].isupper() and x.isalpha() for x in w.text.split("-")):
                letters = "".join(x[0] for x in w.text.split("-")) + letters  # "Auditor-General of South Africa (AGSA)"
            elif w.lower not in _ACRONYM_LINKS:
                break
            a -= 1
        if letters != acr or toks[a].lower in _ACRONYM_LINKS:
            continue
        inside = [r for r in runs if r[0] < p and r[1] > a]
        if inside and inside[0][0] < a and (all(t.lower in NON_NAME_CAPS for t in toks[inside[0][0]:a])
                                            or a - inside[0][0] <= 2 and all(t.is_cap for t in toks[inside[0][0]:a])):
            # ("The Agency ...": the run's opener comes along; so does the place the office serves: "the Pontevedra
            # Municipal Disaster Risk Reduction and Management Office (MDRRMO)")
            a = inside[0][0]
        if len(inside) >= 2 and all(a <= r[0] and r[1] <= p for r in inside):
            runs = sorted([r for r in runs if r not in inside] + [(a, p)])
    return runs


def _legal_comma(toks: list[Tok], j: int) -> bool:
    """Whether the comma at ``j`` sits inside a firm's legal form: "Phou Luang Power Co., Ltd"."""
    return toks[j].text == "," and j > 0 and toks[j - 1].text in {"Co.", "Co"} and j + 1 < len(toks) \
        and toks[j + 1].lower.rstrip(".") in {"ltd", "inc", "llc", "plc", "jsc"}


# particles a name opens on in lower case, capitalised only first in a sentence ("d'Entremont", "al-Darraji")
_OPENING_PARTICLES = ("d'", "d’", "l'", "l’", "al-", "el-")
_ARABIC_ARTICLES = {"al", "el", "ad", "as", "ash", "at", "az", "ar", "an", "ud", "ul"}


def _arabic_article(toks: list[Tok], i: int) -> bool:
    """Whether ``i`` starts an Arabic article written onto a capitalised word ("al-Darraji", "el-Sisi")."""
    return i + 2 < len(toks) and toks[i].text in _ARABIC_ARTICLES and toks[i + 1].text == "-" and not toks[i].ws \
        and not toks[i + 1].ws and toks[i + 2].is_cap and (i == 0 or toks[i - 1].ws)  # (not "Eid-ul-Fitr")


# bodies posted in a country, named with it: "the European Union Mission in Armenia", "the British High Commission in"
_POSTED_BODIES = {"mission", "embassy", "delegation", "consulate", "commission", "office", "representation"}


_DEFINED_TERMS = re.compile(r"(?P<long>[A-Z][\w&'’.-]*(?:,?\s+[A-Z][\w&'’.-]*){0,6})\s+\((?:the\s+)?[\"“](?P<a>[A-Z][\w&'’.-]*"
                            r"(?:\s+[A-Z][\w&'’.-]*){0,3})[\"”](?:,?\s+or\s+(?:the\s+)?[\"“](?P<b>[A-Z][\w&'’.-]*)[\"”])?\)")
_CAMEL = re.compile(r"[a-z]{1,6}[A-Z][A-Za-z]{1,12}")


_SAINT_ABBREVIATIONS = {"sta", "sto", "ste"}  # ("Santa", "Santo", "Sainte")
# what a firm named "X for Y" ends with ("Misr Horizon for Markets Development", "Nile Company for Cotton Trading")
_FIRM_FIELDS = {"development", "investment", "investments", "trading", "industries", "industry", "construction",
                "contracting", "services", "trade", "projects", "engineering"}


def _firm_field_after(toks: list[Tok], j: int) -> bool:
    """Whether the capitalised words after "for" at ``j`` end in a trade (a firm's name goes on through them)."""
    e = j + 1
    while e < len(toks) and toks[e].is_cap and e - j <= 4:
        e += 1
    return e > j + 1 and toks[e - 1].lower in _FIRM_FIELDS and not (e < len(toks) and toks[e].is_cap)
# a firm's last word before "of" and its town (not "Bank of England", "University of Washington": named so)
_FIRMS_FROM = {"partners", "holdings", "associates", "developers", "properties", "ventures", "builders", "contractors",
               "inc", "inc.", "llc", "ltd", "ltd.", "corp", "corp.", "co.", "company"}


# the legal forms that close a registered firm's name (not "Group": "Barclays and Lloyds Banking Group" are two)
_CLOSING_FORMS = {"limited", "ltd", "llc", "inc", "plc", "pty", "pvt", "llp", "gmbh", "bv", "nv", "srl", "sarl", "ltda", "jsc",
                  "cc", "bhd", "berhad", "pte"}  # (a close corporation, "CC": southern Africa's small firms)


# the bodies a headline names bare ("Water district stands by ...", "Business group says ...")
_BARE_BODY_HEADS = {"district", "group", "council", "union", "association", "chamber", "board", "authority", "agency",
                    "company", "firm", "club", "utility", "department", "ministry", "trust", "society"}
# bodies named for two fields ("Chamber of Commerce and Industry", "Committee on Energy and Environmental Protection")
_TWO_FIELD_HEADS = {"chamber", "committee", "department", "ministry", "commission"}


def _and_in_portfolio(toks: list[Tok], i: int, j: int) -> bool:
    """Whether the "and" at ``j`` joins the two fields a body is named for: "Buffalo City Chamber of Business and
    Industry" (but "the Ministry of Health and Ministry of Finance", "Department of Labor and Jane Roe" are two)."""
    of = next((x for x in range(j - 1, i, -1) if toks[x].lower in {"of", "on", "for"}), None)
    if of is None or toks[of - 1].lower not in _TWO_FIELD_HEADS or j - of > 4:
        return False
    k = j + 1
    while k < len(toks) and k - j <= 3 and toks[k].is_cap and toks[k].is_alpha:
        if toks[k].lower in INSTITUTION_WORDS or toks[k].lower in given_names():
            return False
        k += 1
    return k > j + 1 and (k == len(toks) or not toks[k].is_cap)


def _and_in_firm(toks: list[Tok], i: int, j: int) -> bool:
    """Whether the "and" at ``j`` joins the words of one firm's name: a legal form closes the words after it, and
    none before it is a body's, a legal form or a given name ("Kenya Power and Lighting Company Limited"; but "John
    Banda and Acme Ltd", "Acme Ltd and Beta Ltd", "the Ministry of Water and Acme Ltd" are two)."""
    if _and_in_portfolio(toks, i, j):
        return True
    i0 = i + 1 if toks[i].lower in {"a", "an", "the"} and j - i == 2 else i  # ("A Sport and Recreation Victoria spokesperson")
    if j - i0 == 1 and toks[i0].lower in _SERVICE_PAIRS and toks[j + 1].lower in _SERVICE_PAIRS and j + 2 < len(toks) \
            and toks[j + 2].is_cap and toks[j + 2].lower not in _SERVICE_PAIRS:
        return True  # "Fire and Rescue NSW", "Parks and Wildlife Tasmania", "Fire and Emergency New Zealand": one service
    # (a given name first is a person's, "John Banda and Acme Ltd", unless a trade ends the words before "and":
    # "Noor Fabrics and Processing (Pvt) Limited")
    if toks[i].lower in given_names() and toks[j - 1].lower not in FIRM_NAME_WORDS \
            or any(t.lower.rstrip(".") in _LEGAL_FORMS or t.lower in INSTITUTION_WORDS for t in toks[i:j]):
        return False
    k = j + 1
    while k < len(toks) and k - j <= 6 and (toks[k].is_cap or toks[k].text in {"&", "(", ")"}):  # (and "(Pvt) Ltd")
        if toks[k].lower.rstrip(".") in _CLOSING_FORMS and k > j + 1:
            return True
        if toks[k].lower in {"board", "trust"} and toks[k - 1].lower in {"health", "care", "nhs", "hospitals"} and k > j + 2:
            return True  # "NHS North East and North Cumbria Integrated Care Board", "Cardiff and Vale University Health Board"
        k += 1
    return False


# a clause's subject capitalised at a sentence's start, no title's word ("It orders Acme to move ...")
_SUBJECT_PRONOUNS = {"it", "he", "she", "they", "we", "i", "you", "this", "that", "there"}
# the two things a public service is named for, before its state or country ("Fire and Rescue NSW")
_SERVICE_PAIRS = {"fire", "rescue", "emergency", "parks", "wildlife", "ambulance", "roads", "maritime", "lands", "survey",
                  "sport", "recreation"}  # ("Sport and Recreation Victoria")


# an elected member's title, whose "of" after the name is the seat ("State Sen. Rita Vandersnick of Ord")
_MEMBER_TITLES = {"rep", "sen", "senator", "representative", "congressman", "congresswoman", "assemblyman",
                  "assemblywoman", "assemblymember", "delegate", "councilman", "councilwoman", "alderman", "cllr", "cr"}


# the last words of a firm's name, after which "of <town>" says where it is: "BioAir Process Systems of Cranston"
_FIRM_LAST = {"systems", "services", "technologies", "industries", "associates", "partners", "holdings", "inc", "llc",
              "ltd", "corp", "consulting", "engineering", "construction", "solutions", "enterprises", "contractors"}


# what a district that is a body serves ("Ledge Light Health District", "Oak Hollow Water District")
_SERVICE_DISTRICTS = {"health", "school", "water", "fire", "irrigation", "sanitation", "sanitary", "park", "parks",
                      "library", "transit", "utility", "conservancy", "conservation", "hospital", "drainage", "sewer"}


def _firm_of_town(toks: list[Tok], i: int, j: int) -> bool:
    """Whether the "of" at ``j`` follows a firm's name and comes before its town: "BioAir Process Systems of Cranston,
    Rhode Island" is the firm, then where it is (not "Bank of Ireland")."""
    return j - i >= 2 and toks[j - 1].lower.rstrip(".") in _FIRM_LAST and j + 1 < len(toks) \
        and (toks[j + 1].text in cities() or places().get(toks[j + 1].text) == "GPE") \
        and (j + 2 >= len(toks) or not toks[j + 2].is_cap)


_PLACE_SERVICES = {"service", "services", "network", "system"}  # what a town's name before them is the town of


def _person_of(toks: list[Tok], i: int, j: int) -> bool:
    """Whether the "of" at ``j`` follows a person's given and family names: "Sioned Hamer of Radnor Rural Planning" is
    Hamer, then her firm (not "Bank of Ireland", nor "Lord Smith of Finsbury": a title opens that run)."""
    return j - i == 2 and toks[i].lower in given_names() and toks[i].is_title and toks[i + 1].is_title \
        and toks[i + 1].lower not in given_names() and toks[i + 1].lower not in INSTITUTION_WORDS \
        and toks[i + 1].lower not in ORG_WORDS and (i == 0 or toks[i - 1].lower.rstrip(".") not in TITLE_WORDS)


def _plural_title(toks: list[Tok], p: int) -> bool:
    """Whether token ``p`` is a title in the plural before a given name: "Councilors" of "Councilors Cole Weatherby
    and Dana Kittredge" (not "Mrs")."""
    w = toks[p]
    return w.is_title and len(w.text) > 5 and w.lower.endswith("s") and w.lower[:-1] in TITLE_WORDS \
        and w.lower.rstrip(".") not in HONORIFICS and p + 1 < len(toks) and toks[p + 1].lower in given_names()


def _member_for(toks: list[Tok], i: int, j: int) -> bool:
    """Whether the "of" at ``j`` follows an elected member's title and given name: "Rep. Josephus B. Gbenyon of Bong
    County Electoral District #4" is Gbenyon, then the seat."""
    t = next((x for x in range(j - 3, max(-1, i - 3), -1) if toks[x].lower.rstrip(".") in _MEMBER_TITLES), None)
    if t is None:
        return False
    words = [x for x in toks[t + 1:j] if x.text != "."]
    return len(words) >= 2 and (words[0].lower in given_names() or len(words[0].text.rstrip(".")) == 1)


_STREET_WORDS = {"street", "avenue", "road", "st", "ave", "rd", "boulevard", "blvd", "drive", "lane", "parkway",
                 "terrace", "place", "way"}


# what ends a valley's or a shore's name, and the people a body named for a road or one of those is made of
# ("Carranbeg Road Residents' Group", "Peel Valley Irrigators' Association")
_AREA_WORDS = {"valley", "river", "lake", "creek", "bay", "island", "coast", "harbour", "harbor", "shore", "hills", "ridge"}
_ROAD_PEOPLE = {"residents", "ratepayers", "tenants", "neighbours", "neighbors", "community", "action", "users",
                "homeowners", "businesses", "traders", "families", "parents"}


def _named_for_road(w: list[str]) -> bool:
    """Whether a name's words are a road's (a valley's), then its people's body: "Carranbeg Road Residents' Group",
    "Peel Valley Irrigators' Association" (but "Brantwell Road Services Ltd." is a firm of that trade)."""
    people = w[2].lower().strip("'’") if len(w) >= 4 else ""
    return len(w) >= 4 and (w[1].lower().rstrip(".") in _STREET_WORDS or w[1].lower() in _AREA_WORDS) \
        and (people in _ROAD_PEOPLE or people.endswith(("ers", "ors")))


def _caps_acronym(toks: list[Tok], i: int) -> bool:
    """Whether a month's abbreviation in capitals is a body's initials: "The DEC said" (New York's Department of
    Environmental Conservation), not "DEC 5"."""
    return toks[i].text.isupper() and len(toks[i].text) == 3 and toks[i].text != "MAY" \
        and not (i + 1 < len(toks) and (toks[i + 1].text[:1].isdigit() or toks[i + 1].text == "."))


def _numbered_street(toks: list[Tok], i: int) -> bool:
    """Whether token ``i`` is an ordinal before a street's word ("13th Avenue", "34th Street")."""
    return i + 1 < len(toks) and toks[i].ws and toks[i + 1].is_cap and toks[i + 1].lower.rstrip(".") in _STREET_WORDS \
        and _ORDINAL.fullmatch(toks[i].lower) is not None


def _find_runs(toks: list[Tok]) -> list[tuple[int, int]]:
    out, i, n = [], 0, len(toks)
    while i < n:
        if toks[i].text in LOWERCASE_WIRES and (i == 0 or toks[i - 1].lower in {"to", "by", "the", "told", "from", "and",
                                                                                 ","}):
            out.append((i, i + 1))  # "according to dpa", "told the dpa news agency": a wire written in lower case
            i += 1
            continue
        if i == 0 and toks[0].text == "SOURCE" and n > 1 and toks[1].is_cap:
            i += 1  # a wire release's foot, "SOURCE Voltera Cell Technologies, Inc.": the issuer's name after it
            continue
        if i + 1 < n and toks[i + 1].text == "." and DEGREE.fullmatch(toks[i].text):
            i += 2  # "a final-year M.Sc. Chemistry student": a degree, no name (nor the subject after it)
            while i < n and toks[i].is_cap:
                i += 1
            continue
        if i > 0 and _CAMEL.fullmatch(toks[i].text) and not toks[i - 1].text.endswith("-"):
            out.append((i, i + 1))  # "medRxiv", "talkSPORT", "eBay": a name in lower camel case
            i += 1
            continue
        numbered_street = _numbered_street(toks, i)  # ("13th Avenue South": a street named by its number)
        if toks[i].is_cap or numbered_street or _arabic_article(toks, i):  # (and "al-Mirbad substation": a name that opens on "al-")
            j = i + 3 if not toks[i].is_cap and not numbered_street else i + 1
            while j < n:
                if _numbered_street(toks, j) and toks[j - 1].ws:
                    j += 1  # "South 34th Street"
                    continue
                if (toks[j].is_cap and toks[j - 1].ws or (toks[j].is_cap and toks[j - 1].text in _JOINERS)) \
                        and not (toks[j].text[-1:].isdigit() and _MONEY_TOKEN.fullmatch(toks[j].text)):
                    j += 1  # (but "paid Kirima Sh960 million": a firm, then an amount)
                elif toks[j].lower == "the" and toks[j - 1].text in _CAUSE_VERBS and j + 1 < n \
                        and toks[j + 1].is_cap and toks[j].ws:
                    j += 2  # "Keep the Fairgrounds Whole", "Save the Ridge": a campaign named for its cause
                elif toks[j].lower in _CONNECTORS and j + 1 < n and toks[j + 1].is_cap and toks[j].ws \
                        and not (j + 3 < n and toks[j + 2].text == "-" and toks[j + 3].lower in _PLACE_MODIFIER_ENDS) \
                        and not (toks[j].lower == "of" and (_member_for(toks, i, j) or _firm_of_town(toks, i, j)
                                                            or _person_of(toks, i, j))):
                    j += 2  # (not "CTO of Leeds-based online florist Petalpost": a place as a modifier, no name's part)
                elif toks[j].lower == "and" and toks[j].ws and j + 2 < n and toks[j + 1].is_cap and _and_in_firm(toks, i, j):
                    j += 2  # "Mphamvu Drilling and Civil Works Limited": one firm, its legal form closing the name
                elif toks[j].is_alpha and not toks[j].is_cap and len(toks[j].text) <= 3 and j + 1 < n and toks[j + 1].is_cap \
                        and toks[j].ws and toks[j - 1].ws and any(" ".join(t.text for t in toks[k:j + 2]) in cities() for k in range(i, j)):
                    j += 2  # "Dar es Salaam", "Sharm el Sheikh": a city whose name has a particle the lists know
                elif toks[j].text in {"an", "na"} and j + 1 < n and toks[j + 1].is_cap and toks[j].ws and toks[j - 1].ws \
                        and (toks[j - 1].text in _IRISH_HEADS or any(c in "áéíóúÁÉÍÓÚ" for c in toks[j - 1].text + toks[j + 1].text)):
                    j += 2  # "Iarnród an Iarthair", "Bord na Móna": an Irish name's "of the"
                elif toks[j].text == "o" and j + 1 < n and toks[j + 1].is_cap \
                        and any(t.text in {"Te", "Ngā", "Nga"} for t in toks[i:j]):
                    j += 2  # "Te Rūnanga o Ngāti Kahurere": a Māori name's "of"
                elif toks[j].lower == "for" and (j - i == 1 or toks[j - 1].lower in _GROUP_PLURALS) and j + 2 < n \
                        and toks[j + 1].is_cap and toks[j + 2].is_cap \
                        and toks[j].ws and toks[j + 1].ws and (toks[j - 1].lower in _GROUP_PLURALS or (
                            toks[i].lower.endswith("s") and toks[i].lower[:-1] in _DEMONYMS) or (
                            toks[i].text.endswith("ns") and toks[i].text[:-2] in places())):
                    j += 3  # "Arizonans for Ballot Integrity", "Parents for Safe Streets": a campaign group
                elif toks[j - 1].ws and _arabic_article(toks, j):
                    j += 3  # "Saad al-Darraji", "Shatt al-Arab", "Abu al-Khasib": the article joined to its word
                elif toks[j - 1].ws and _ELIDED.fullmatch(toks[j].text):
                    j += 1  # "Côte d'Ivoire", "Val d'Oise": an elided particle joined to a capital
                elif toks[j].text == "-" and j + 1 < n and not toks[j - 1].ws and not toks[j].ws \
                        and toks[j + 1].lower in _JAPANESE_BODY_ENDS and toks[j + 1].text.islower():
                    j += 2  # "Hoshinomori-kai": a Japanese body's name, its kind joined in lower case
                elif toks[j].text == "-" and j + 3 < n and not toks[j - 1].ws and not toks[j].ws and toks[j + 1].text.islower() \
                        and toks[j + 1].is_alpha and toks[j + 1].ws and toks[j + 2].is_cap \
                        and toks[j + 1].lower not in _PLACE_MODIFIER_ENDS and (
                            e := next((x for x in range(j + 2, min(n, j + 6)) if not toks[x].is_cap), min(n, j + 6))) \
                        and toks[e - 1].lower in _LAW_HEADS:
                    j += 2  # "the Fast-track Approvals Act": a law's name with a compound in lower case
                elif toks[j].text in {"'", "‘", '"', "“"} and toks[j - 1].ws \
                        and (q := next((x for x in range(j + 2, min(n - 1, j + 5)) if not toks[x].is_cap), n)) < n - 1 \
                        and toks[q].text in {"'", "’", '"', "”"} and toks[q + 1].is_cap and toks[q].ws \
                        and all(toks[x].is_cap for x in range(j + 1, q)):
                    j = q + 2  # "Delroy 'Bigga' Wint", 'Ernesto "Ka Erning" Bautista': a nickname inside the name
                elif toks[j].text in {"'", "’"} and not toks[j - 1].ws and toks[j - 1].text.endswith("s") and j + 1 < n \
                        and toks[j + 1].is_cap and toks[j].ws and (toks[j + 1].lower in ORG_WORDS or toks[j + 1].lower in {
                            "representatives", "party", "union", "association", "forum", "federation", "league"}):
                    j += 2  # "House of Peoples' Representatives", "Beneficiaries' Association": a plural's apostrophe
                elif toks[j].text == "/" and not toks[j - 1].ws and not toks[j].ws and j + 1 < n and toks[j + 1].is_cap \
                        and toks[j - 1].text.isupper() and toks[j + 1].text.isupper() and toks[j - 1].is_alpha:
                    j += 2  # "RFE/RL": two acronyms joined by a slash, one name
                elif toks[j].text == "." and toks[j - 1].text == "No" and not toks[j - 1].ws and j + 1 < n \
                        and toks[j + 1].text.isdigit() and j - i >= 2 and toks[j - 2].is_cap:
                    j += 2  # "Court of First Instance No. 47": a numbered court or unit, one name
                elif toks[j].text == "." and toks[j - 1].text == "Ma" and not toks[j - 1].ws and j + 1 < n \
                        and toks[j + 1].is_cap and toks[j].ws:
                    j += 2  # "Ma. Lourdes Vergara-Tan": Maria, shortened (the sentence goes on: kit.nlp)
                elif toks[j].text == "." and not toks[j - 1].ws and toks[j - 1].lower in _ABBREVIATED_LEGAL \
                        and j + 1 < n and toks[j + 1].is_cap \
                        and toks[j + 1].lower.rstrip(".") in _CORPORATE_SUFFIXES | {"ltd", "co"}:
                    j += 2  # "Zarbaf Builders Pvt. Ltd."
                elif toks[j].text == "(" and j + 3 < n and (toks[j + 1].lower in {"pvt", "pty", "private"} or toks[j + 1].is_cap) \
                        and toks[j + 2].text == ")" and toks[j + 3].lower.rstrip(".") in {"ltd", "limited", "pte", "bhd", "plc",
                                                                                         "co", "inc", "corp", "llc"}:
                    j += 4  # "Zarbaf Builders (Pvt) Ltd", "Thaba Holdings (Pty) Ltd", "Bright Forest Timber (SI) Ltd",
                    # "Lucky Orchid Garment (Cambodia) Co Ltd": the country in brackets, then the legal form
                elif toks[j].lower in {"of", "for"} and j + 2 < n and toks[j + 1].lower == "the" and toks[j + 2].is_cap \
                        and toks[j - 1].lower in ORG_WORDS and toks[j + 2].lower not in NON_NAME_CAPS \
                        and toks[j - 1].lower.rstrip(".") not in _LEGAL_ENDS:  # (not "... Sdn Bhd for The Cempaka Residences")
                    j += 3  # "Office of the Auditor-General", "Office of the Prime Minister", "Ministry for the Environment"
                elif toks[j].lower in {"in", "to"} and toks[j - 1].lower in _POSTED_BODIES and j + 1 < n \
                        and toks[j + 1].text in countries() and j - i >= 2:
                    j += 2  # "European Union Mission in Armenia", "the Mission to Fiji": a body posted in a country
                elif toks[j].text == "(" and j + 3 < n and toks[j + 1].is_cap and toks[j + 1].is_alpha and toks[j + 2].text == ")" \
                        and toks[j + 3].text in {"Act", "Bill", "Regulations", "Order"} and toks[j - 1].is_cap:
                    j += 4  # "the Civic Government (Scotland) Act 1982": a law's name, its country in brackets
                elif toks[j].lower in {"for", "on"} and toks[j - 1].lower.rstrip(".") not in _LEGAL_ENDS \
                        and (toks[j - 1].lower in ORG_WORDS or toks[j - 1].lower == "state"
                                                          or toks[j - 1].lower in {"minister", "commissioner", "regulator"}) \
                        and j + 1 < n and toks[j + 1].is_cap \
                        and toks[j + 1].lower not in WEEKDAYS and toks[j + 1].lower.rstrip(".") not in MONTHS \
                        and toks[j + 1].lower not in _HOLIDAYS \
                        and not (i == 0 and j == 1 and toks[0].lower in DOCUMENT_NOUNS):  # not "Office on Monday", "Court on Nov. 3"
                    # (nor "Records on ClinicalTrials.gov show": a sentence's first word, a document)
                    j += 2  # "Office for Budget Responsibility", "Committee on Foreign Affairs"
                elif toks[j].lower == "for" and j - i >= 2 and j + 1 < n and toks[j + 1].text == "All" and toks[j].ws \
                        and (j + 2 >= n or not toks[j + 2].is_cap):
                    j += 2  # "Louth Access for All", "Justice for All": a campaign named for everyone
                elif toks[j].lower == "for" and j - i >= 2 and _firm_field_after(toks, j):
                    j += 2  # "Misr Horizon for Markets Development": a firm named, in the Arabic way, for its trade
                elif toks[j].text == "-" and j + 3 < n and (toks[j + 1].lower in _NAME_PARTICLES or toks[j + 1].is_alpha
                                                            and toks[j + 1].text.islower() and len(toks[j + 1].text) <= 3
                                                            and toks[j + 1].lower not in STOP_WORDS
                                                            and toks[j + 1].lower not in {"ul", "ud", "ur", "un"}) \
                        and toks[j + 2].text == "-" \
                        and (toks[j + 3].is_cap or toks[j + 1].lower in {"y", "yr"} and toks[j + 3].is_alpha) \
                        and not toks[j - 1].ws and not toks[j].ws and not toks[j + 1].ws:
                    # "Saint-Aubin-sur-Lèze", "Stratford-upon-Avon", "Khomo-ea-Mollo": a particle between hyphens
                    # (in Welsh, the word after it in lower case: "Glan-y-dŵr", "Llwyn-y-brân")
                    j += 4
                elif toks[j].lower == "attached" and j + 3 < n and toks[j + 1].lower == "to" and toks[j + 2].lower == "the" \
                        and toks[j + 3].is_cap and toks[j - 1].lower in {"office", "prosecutor's", "directorate"}:
                    j += 3  # "the Prosecutor's Office attached to the Bacău Tribunal": one body, named with its court
                elif toks[j].lower == "and" and j + 1 < n and toks[j + 1].is_cap and toks[j].ws and toks[j - 1].is_cap \
                        and _law_ahead(toks, j + 1) and not _law_ahead(toks, i):
                    j += 2  # "the Local Government Official Information and Meetings Act": one law, two fields
                elif toks[j].lower == "to" and j + 1 < n and toks[j + 1].is_cap and toks[j].ws and _law_ahead(toks, j + 1):
                    j += 2  # "the Access to Information Act", "the Right to Information Act": a law's name
                elif toks[j].lower == "to" and j - i <= 2 and j + 2 < n and toks[j + 1].is_cap and toks[j].ws \
                        and (i == 0 or toks[i - 1].lower == "the") and not toks[i].lower.endswith("ing") \
                        and _body_after(toks, j + 1):
                    j += 2  # "The Sea to Sky Climbers' Alliance", "the Coast to Coast Cycling Club": one body's name
                elif toks[j].lower == "and" and j + 3 < n and toks[j + 1].lower == "the" and toks[j + 2].is_cap \
                        and (toks[j + 3].is_cap and j + 4 < n and not toks[j + 4].is_cap and toks[j + 3].lower in _PORTFOLIO_WORDS
                             or not toks[j + 3].is_cap and toks[j + 2].lower in _PORTFOLIO_WORDS) \
                        and any(toks[x].lower in {"ministry", "minister", "department", "secretary"}
                                and toks[x + 1].lower in {"of", "for"} for x in range(i, j - 1)):
                    j += 2  # "Minister for Fisheries and the Blue Economy": one portfolio, "the" inside it
                elif toks[j].lower == "and" and j - i - (toks[i].lower in NON_NAME_CAPS) <= (
                        6 if toks[j - 1].lower in _MEMBER_PLURALS or toks[j - 1].lower == "fire" or toks[j - 1].lower in _PORTFOLIO_WORDS and any(
                            toks[x].lower in _BODY_HEADS and toks[x + 1].lower in {"of", "on", "for"} for x in range(i, j - 1))
                        else 4) \
                        and _joint_name_after(toks, i, j):  # ("The Directorate of Factory Safety and Inspection")
                    j += 1  # "Harrowfield and Dunmere Hospitals Trust": two places' joint institution
                elif toks[j].text == "," and (end := _portfolio_end(toks, i, j)) is not None:
                    j = end  # "Ministry of Energy, Water Resources and Irrigation"
                    break
                elif (toks[j].lower in _CONNECTORS and j + 2 < n and toks[j + 1].lower in _CONNECTORS
                      and toks[j + 2].is_cap):
                    j += 3  # "Ursula von der Berg"
                elif toks[j].text in _JOINERS and not toks[j - 1].ws and j + 1 < n and toks[j + 1].is_cap:
                    j += 2
                elif toks[j].text == "." and toks[j - 1].lower in _SAINT_ABBREVIATIONS and not toks[j - 1].ws \
                        and j + 1 < n and toks[j + 1].is_cap:
                    j += 2  # "Sta. Filomena", "Sto. Tomas": a place named for a saint, abbreviated
                elif toks[j].text == "." and not toks[j - 1].ws and not toks[j].ws and j + 1 < n \
                        and toks[j + 1].is_cap and _DOTTED_INITIAL.fullmatch(toks[j - 1].text + "." + toks[j + 1].text):
                    j += 2  # "Ts.Batzorig", "MP Ts.Enkhjargal": a Mongolian name, the father's initial written onto it
                elif toks[j].text == "." and j - i == 1 and toks[j - 1].text in ABBREVIATED_GIVEN and not toks[j - 1].ws \
                        and toks[j].ws and j + 1 < n and toks[j + 1].is_cap:
                    j += 2  # "Ch. Venkata Rithvik Rao", "Md. Rafiqul Islam": a given or family name cut short, then the name
                elif toks[j].text == "-" and not toks[j - 1].ws and not toks[j].ws and j + 1 < n \
                        and toks[j + 1].text in _PLACE_SUFFIXES:
                    j += 2  # "Mapo-gu", "Yeouido-dong", "Minato-ku", "Mukurwe-ini": a place's suffix of its own language
                elif toks[j].text == "-" and not toks[j - 1].ws and not toks[j].ws and j + 1 < n and j - i >= 2 \
                        and toks[j + 1].is_alpha and not toks[j + 1].is_cap and 2 <= len(toks[j + 1].text) <= 6 \
                        and len(toks[j - 1].text) <= 5 and toks[j + 1].lower not in _HYPHEN_SUFFIXES \
                        and (toks[j + 1].lower not in _HYPHEN_WORDS
                             or toks[j + 1].lower == "wing" and toks[j - 1].text not in {"Left", "Right", "Far"}):
                    j += 2  # "Raymond Au Yeung Chi-kin", "Ryu Dong-hyeok", "Tang Kwok-wing": a Cantonese or Korean given name
                elif toks[j].text == "-" and toks[j - 1].text == "Co" and not toks[j - 1].ws and not toks[j].ws and j + 1 < n \
                        and toks[j + 1].lower in {"operative", "op"}:
                    j += 2  # "Southfield Dairy Co-operative", "Harbour Co-op": no company ("Co") cut short
                elif _legal_comma(toks, j):
                    j += 2  # "Phou Luang Power Co., Ltd": the legal form after its comma
                elif (toks[j].text in {"'", "’"} and toks[j - 1].lower.endswith("s")
                      or toks[j].text in _POSSESSIVES and toks[j - 1].lower.endswith(_PLURALS_TAKING_S)) \
                        and not toks[j - 1].ws and j + 1 < n and toks[j + 1].is_cap and (toks[j + 1].lower in ORG_WORDS or any(
                            toks[x].lower in ORG_WORDS for x in range(j + 2, min(n, j + 5))
                            if all(t.is_cap for t in toks[j + 1:x + 1]))):  # ("the Citizens’ Budget Watch Initiative")
                    j += 2  # "the Maritime Workers' Federation": a plural possessive inside a name
                elif toks[j].text in _POSSESSIVES and sum(t.text != "-" for t in toks[i:j]) <= 5 and j + 1 < n \
                        and toks[j + 1].is_cap and (
                        toks[j + 1].lower in _POSSESSIVE_NAME_HEADS or j + 2 < n and toks[j + 2].lower in _POSSESSIVE_NAME_HEADS
                        and toks[j + 2].is_cap) \
                        and _span_text(toks, i, j) not in countries() and _span_text(toks, i, j) not in places() \
                        and not (toks[j - 1].lower in ORG_WORDS and toks[j + 1].lower == "department") \
                        and not (toks[j - 1].lower in _CORPORATE_WORDS and j - i >= 2) \
                        and not (toks[j - 1].text in _OWNING_GOVERNMENTS and j - i >= 2):  # ("Yilgarn Crest Mining's Minnie Creek")
                    # (but "Germany's Federal Office for ...", "Marlborough's Kōtare Valley", "The Government's
                    # Department for Business and Trade")
                    j += 2  # "King's College London", "St Mary's Hospital": the possessive is part of the name
                elif toks[j].text in _POSSESSIVES and not toks[j - 1].ws and (j + 1 == n or toks[j + 1].text in _AFTER_OWN_NAME) \
                        and toks[j - 1].is_cap and toks[j - 1].is_alpha and not toks[j - 1].is_upper \
                        and (i == 0 or toks[i - 1].lower not in _ELLIPSIS_BEFORE) and _span_text(toks, i, j) not in places():
                    # (not "the Taoiseach's nor the CSO's.", "higher than Apple's,": the figure or thing owned, elided)
                    # "Moody's said", "a rating by Moody's.", "McDonald's, which ...": nothing owned follows, so the
                    # possessive is the firm's own name (and the past of speech is no noun: not "Moody's reported losses")
                    j += 1
                    break
                else:
                    break
            lone = j == i + 1 or j == i + 2 and toks[i].lower in {"the", "a", "la", "le", "l'"}
            if lone and toks[j - 1].lower in _FRENCH_HEADS and j + 1 < n and (toks[j].lower in _FR_PARTICLES or (
                    toks[j].lower.endswith(_FR_ADJECTIVE) and toks[j].is_alpha and not toks[j].is_cap)):
                # "Centre hospitalier de Castelnérac", "Confédération des travailleurs de la santé": a French body's
                # name goes on in lower case, through its articles and prepositions
                x = j
                while x < n and x - j < 7 and (toks[x].lower in _FR_PARTICLES or toks[x].is_alpha and (
                        toks[x].is_cap and toks[x - 1].lower in _FR_PARTICLES
                        or not toks[x].is_cap and (toks[x - 1].lower in _FR_PARTICLES or toks[x].lower.endswith(_FR_ADJECTIVE)))):
                    x += 1
                while x > j and toks[x - 1].lower in _FR_PARTICLES:
                    x -= 1
                j = x
            if j + 1 < n and toks[j - 1].ws and toks[j].text[:1].isdigit() and (_NUMBER_IN_NAME.fullmatch(toks[j].text) or (
                    toks[j - 1].text == "Local" and toks[j].text.isdigit() and len(toks[j].text) == 4)) \
                    and not toks[j + 1].text[:1].isdigit() and toks[j + 1].lower not in _NUMBER_UNITS and (
                    j - i >= 2 and toks[j - 1].lower in _NUMBERED_NOUNS | {"region", "line"}
                    or j - i == 1 and toks[i].text in _NUMBERED_ROUTES  # "Line 11": a metro line
                    # "County Road 16", "Range Road 212", "Forest Road 99": a rural road by its number
                    or j - i >= 2 and toks[j - 1].lower == "road" and toks[j - 2].lower in {"county", "range", "township",
                                                                                          "forest", "farm", "state"}
                    or i > 0 and (toks[i - 1].lower in _SHIP_NOUNS or toks[i - 1].lower in {"station", "radio"})):
                j += 1  # "Care Workers United Local 212" (and "Local 1189"), "Provincial Police Region 8", "the speedboat Nam Phet 9"
            elif j < n and j - i <= 2 and toks[j].lower in _PAPER_NAME_NOUNS and not toks[j].is_cap and toks[j].ws is not None \
                    and toks[j - 1].is_cap and toks[j - 1].is_alpha and not toks[j - 1].is_upper \
                    and toks[j - 1].lower not in NON_NAME_CAPS:  # (not "the PDRRMO list")
                j += 1  # "Jutarnji list", "Lidové noviny", "Večernje novosti": a paper named in its language, its noun in lower case
            elif j + 2 < n and toks[j - 1].ws and _MODEL_NUMBER.fullmatch(toks[j].text) and j - i <= 2 \
                    and toks[j - 1].lower not in NON_NAME_CAPS and (toks[j + 1].lower in _MODEL_NOUNS or (
                        toks[j + 1].is_alpha and not toks[j + 1].is_cap and toks[j + 2].lower in _MODEL_NOUNS)):
                j += 1  # "the ComfortGlow 1500 ceramic heater": a product's model number is its name's
            if not (j - i == 1 and i > 0 and toks[i - 1].text == "," and toks[i].lower.rstrip(".") in _CORPORATE_SUFFIXES):
                out.append((i, j))  # (", Inc." after a firm's name: its legal form, no name of its own)
            i = j
        else:
            i += 1
    return _listed_names(toks, out)


def _listed_names(toks: list[Tok], runs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A body named for a list of fields: "Meteorology, Climatology and Geophysics Agency", "the Net Zero, Energy and
    Transport Committee" (the fields before the last are runs of their own, joined here by their commas and "and")."""

    def field(r: tuple[int, int]) -> bool:
        return r[1] - r[0] <= 3 and toks[r[0]].text not in places() and all(
            t.is_title and t.is_alpha and t.lower not in NON_NAME_CAPS for t in toks[r[0]:r[1]])

    k = len(runs) - 1
    while k >= 1:
        i2, j2 = runs[k]
        if toks[j2 - 1].lower in ORG_WORDS and j2 - i2 <= 8:
            joined = any(toks[x].lower == "and" for x in range(i2 + 1, j2 - 1))
            m = k
            if not joined and runs[m - 1][1] == i2 - 1 and toks[i2 - 1].lower == "and" and field(runs[m - 1]):
                m -= 1  # "Energy" and "Transport Committee", two runs
            elif not joined:
                k -= 1
                continue  # (a list ends on "and": "Pardell, Benjamin Arkwright of Lowell & Haskett LLP" is none)
            commas = 0
            while m >= 1 and runs[m - 1][1] == runs[m][0] - 1 and toks[runs[m][0] - 1].text == "," and field(runs[m - 1]):
                m -= 1
                commas += 1
            if commas and m < k:
                runs[m:k + 1] = [(runs[m][0], j2)]
                k = m
        k -= 1
    return runs


# common nouns a name can follow as what it is: "the Danish company Norrvik Nutrition"
_ORG_BEFORE = COMPANY_NOUNS | OUTLET_NOUNS | {"team", "club", "party", "charity", "brand", "label", "band", "league",
                                             "union", "outfit", "side", "bank", "lender", "watchdog", "regulator",
                                             "nonprofit", "non-profit", "foundation", "consultancy", "consultants", "think-tank",
                                             "site", "station", "portal", "collective", "coalition", "alliance",
                                             "movement", "association", "organisation", "organization", "ngo"}
_NAME_PARTICLES = {"sur", "sous", "upon", "on", "en", "le", "la", "les", "de", "du", "des", "am", "an", "im", "der",
                   "lès", "lez", "in", "under", "by", "next", "the", "y", "i"}  # (and "Coed-y-Bryn", "Mazar-i-Sharif")
_NEWSPAPER_ENDINGS = tuple(w for w in NEWSPAPER_WORDS if len(w) >= 6)  # "Het Beursdagblad", "Abendzeitung"
# what a community's group is called, named for the places it speaks for ("Risby and Saxham Battery Action Group")
_GROUP_LAST = {"group", "association", "committee", "alliance", "coalition", "network", "society", "forum", "campaign"}
# a firm's post after its name, before its holder's ("Southern Reef Abalone managing director Fiona Achterberg")
_FIRM_HEADS_AFTER = {"managing", "ceo", "founder", "co-founder", "proprietor", "cfo", "coo", "cto"}
# (fewer, where only "in X" elsewhere tells the town: a "society", a "network" is as often a firm's, "Nationwide")
_COMMUNITY_LAST = {"group", "association", "committee", "coalition", "campaign"}
_TOWN_WORDS = {"harbour", "harbor", "falls", "springs", "creek", "heights", "beach", "junction", "crossing", "landing",
               "ferry", "bridge", "village", "town", "city", "county", "bay", "cove", "point", "hills", "valley"}
_FIRM_POSTS = {"ceo", "cfo", "coo", "cto", "shareholders", "subsidiary", "chairman", "chairwoman", "chairperson"}
_FIRM_POSTS2 = {("chief", "executive"), ("general", "manager"), ("managing", "director"), ("chief", "financial"),
                ("chief", "operating"), ("board", "of"), ("parent", "company"), ("share", "price")}
_KIN = {"daughter", "son", "wife", "husband", "mother", "father", "sister", "brother", "widow", "widower", "grandmother",
        "grandfather", "granddaughter", "grandson", "niece", "nephew", "uncle", "aunt", "cousin", "fiancée", "fiancé",
        "stepfather", "stepmother", "stepson", "stepdaughter", "child", "children", "sons", "daughters", "parents"}
_OFFICE_TITLES = {"ombudsman", "ombudsperson"}  # a title that is also the office's name
_PERIOD_WORDS = {"day", "week", "month", "year", "decade", "fortnight", "moment", "minute", "hour", "night", "morning",
                 "evening", "while", "few", "couple"}
FINITE_AUX = {"was", "were", "is", "are", "has", "have", "had", "will"}  # a clause's own verb, after its subject
_LOCATIVE = {"in", "at", "from", "near", "outside", "across", "to", "into", "around", "of", "between"}


_CORE_ORG_WORDS = ORG_WORDS - OUTLET_NAME_WORDS - {"house", "force", "capital", "reserve"}  # (also surnames)
_PRESS_NOUNS = {"newspaper", "journal", "paper", "daily", "outlet", "publication", "magazine", "broadcaster", "weekly",
                "tabloid", "newsletter", "website", "station", "channel", "blog", "portal", "podcast"}  # ("a Telegram channel")
# what a firm's name ends with: its first word alone is the firm ("Valtrona" of "Valtrona Pharma")
_CORPORATE_WORDS = {"health", "management", "pharma", "pharmaceuticals", "therapeutics", "biotech", "holdings", "group", "inc", "corp", "ltd",
                    "plc", "llc", "labs", "technologies", "systems", "energy", "mining", "resources", "capital",
                    "partners", "shipping", "airlines", "motors", "media", "ventures", "industries", "logistics",
                    "exchange", "bank", "insurance", "securities", "software", "solutions", "consulting", "telecom"}
# what "the town", "the province" can be: a place the article names
_LOCALITY_NOUNS = {"town", "village", "settlement", "city", "community", "hamlet", "township", "suburb", "municipality",
                   "neighborhood", "neighbourhood", "colonia", "barangay", "commune", "island", "resort"}
_REGION_NOUNS = {"province", "state", "region", "department", "county", "district", "territory", "prefecture", "regency",
                 "canton", "shire"}
_PLACE_KINDS = _LOCALITY_NOUNS | _REGION_NOUNS
_GOVERNING_LAST = {"office", "council", "government", "administration", "authority", "assembly", "board", "court", "municipality"}
_KIND_OFFICE_OF = re.compile(r"(?:the\s+)?([a-z]+)\s+([a-z]+)\s+of\s+(\S.*)")  # "district administrator of Mühlenau"
# what a body's name is when one of these follows it ("the Madres Buscadoras collective"): "the collective" is it
_ROUTE_NOUNS = {"line", "road", "railway", "highway", "route", "corridor", "motorway", "expressway", "pipeline", "link"}
_ROUTE_MODIFIERS = {"branch", "rail", "railway", "main", "trunk", "bus", "ferry", "coastal", "national", "gas", "oil"}
# who and what a place has, told of it either way: "the mayor of X", "X's mayor"
_OF_A_PLACE_TOO = {"mayor", "residents", "townspeople", "villagers", "inhabitants", "outskirts", "suburbs"}
# and its parts: "Kerekhalom's independent mayor", "Bodufenmaa's eastern shore"
_PLACE_PEOPLE = _OF_A_PLACE_TOO | {"municipality", "townsfolk", "northern", "southern", "eastern", "western", "shore",
                                   "coast", "coastline", "lagoon", "hinterland", "beaches"}
_ORG_AFTER = {"collective", "cooperative", "network", "forum", "coalition", "alliance", "movement", "campaign", "tribe", "clan", "group"}
_STATE_MEDIA_NOUNS = {"news", "broadcaster", "television", "tv", "radio", "media", "newspaper"}
_OUTLET_AFTER = {"newspaper", "daily", "weekly", "tabloid", "broadcaster"}  # ("Público newspaper reported")
# what a name is when a common noun follows it, past at most two more ("the Yanaorqo copper mine", "the Skarvøy
# site", "the Sanjhali medium irrigation dam"): "the mine" and "the site" refer back to it
_WORKINGS_CAPPED = {"Mine", "Quarry", "Landfill", "Reservoir", "Colliery", "Marina"}  # (a "Refinery" is as often the firm)
FACILITY_NOUNS = {"mine", "dam", "quarry", "landfill", "refinery", "smelter", "site", "pipeline", "reservoir", "camp",
                  "tower", "farm", "field", "oilfield", "terminal", "tunnel", "complex", "estate", "project", "plant",
                  "bridge", "shaft", "factory", "warehouse", "depot", "wharf", "pier", "jetty", "substation", "barrage",
                  "embankment", "barracks", "prison", "jail", "canal", "stop", "yard", "shipyard", "dockyard"}
# what an apposition calls a name, when it says what kind of thing it is
_PLACE_ROLE_HEADS = (_PLACE_KINDS | {"municipality", "borough", "parish", "island", "port"}) - {"community", "state", "department"}
_PERSON_ROLE_HEADS = {"executive", "director", "president", "chair", "chairman", "chairwoman", "chairperson", "minister", "secretary",
                      "spokesperson", "spokesman", "spokeswoman", "analyst", "economist", "researcher", "professor",
                      "lecturer", "lawyer", "attorney", "officer", "manager", "governor", "mayor", "senator", "ceo",
                      "founder", "scientist", "journalist", "reporter", "editor", "commissioner", "councillor", "chief",
                      "superintendent", "commander", "convener", "convenor", "head", "lawmaker", "legislator"}
_ORG_ROLE_HEADS = (_ORG_DESCRIPTORS | _PRESS_NOUNS | {"party", "club", "team", "affiliate", "subsidiary"}) - {
    "producer", "contractor", "operator", "maker", "supplier", "carrier", "business"}  # (also what a person is)
_ROLE_PP = re.compile(r" (?:of|at|for|from|in|with|on|to|who|which|that|based|representing|serving|overseeing|heading) ")
_THE_NP_END = {",", ".", ";", ":", ")", "'s", "’s", "and", "or", "has", "have", "had", "will", "would", "could", "can",
               "may", "might", "must", "should", "who", "which", "that"}
_POST_WORDS = {"letter", "mail", "postal", "rural"}  # a carrier of letters is a person
_SHIP_NOUNS = {"ferry", "vessel", "ship", "tanker", "freighter", "trawler", "carrier", "yacht", "liner", "barge",
               "dredger", "tug", "warship", "frigate", "destroyer", "submarine", "catamaran", "schooner", "dhow",
               "speedboat", "boat"}
# the last word of a firm's or a body's name that no surname is ("Coralbay Health", "Thalassini Ferries"): a firm's
# trade (lexicons' FIRM_NAME_WORDS, not the short legal forms), or what a public body calls itself
_TRADE_LAST = {w for w in FIRM_NAME_WORDS if len(w) > 3 and w.isalpha()} | {
    "ferries", "coatings", "media", "trust", "fund", "foundation", "institute", "services"}
_SAINT_FIRST = {"san", "santa", "são", "sao", "sankt", "santo"}
# what an office is before its title's noun: "Divisional Officer", "Parliamentary Representative"
_OFFICE_ADJECTIVES = {"divisional", "subdivisional", "district", "provincial", "regional", "parliamentary", "county",
                      "municipal", "senior", "principal", "zonal", "sub-county"}
_TITLE_PREFIXES = {"permanent", "deputy", "chief", "acting", "executive", "assistant", "general", "vice", "interim"}
# letters after a person's name: senior counsel, honours ("SC" alone is also India's Supreme Court)
_POSTNOMINALS = {"SC", "QC", "KC", "OBE", "MBE", "CBE", "KBE", "DBE", "FRS"}
# a public body named for its service and its place: "Environment Southland", "Transport Canada", "Sport England"
_SERVICE_FIRST = {"environment", "transport", "health", "education", "police", "sport", "heritage", "housing", "tourism",
                  "fire", "ambulance", "water", "forestry", "fisheries", "energy", "justice", "statistics", "immigration"}
# a title's field word ("Health Minister") that also names a body's field, before the body's kind
_FIELD_TITLES = {"health", "finance", "interior", "justice", "defence", "defense", "foreign"}
_FIELD_BODIES = {"department", "ministry", "authority", "agency", "service", "services", "board", "commission",
                 "directorate", "office", "unit", "division"}
# what "An Austinmer grandmother says" calls someone of a place
_LOCAL_PEOPLE = {"grandmother", "grandfather", "mother", "father", "mum", "dad", "widow", "widower", "pensioner", "resident",
              "woman", "man", "teenager", "farmer", "homeowner", "villager", "fisherman", "beekeeper", "shopkeeper"}
_COMPASS_OF = {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "north-east",
               "north-west", "south-east", "south-west", "outskirts", "heart", "centre", "center"}
_IRISH_CONSONANTS = set("BCDFGLMNPRST")
# what follows a body's name, "the Save Trevellas Valley group": the name is a group's, though its last word is a place's
_GROUP_AFTER = {"group", "campaign", "coalition", "alliance", "movement", "collective"}
_LEGISLATORS = {"mp", "msp", "mla", "mlc", "mep", "mpp", "td", "mca", "mpa", "mna", "mha", "mhk", "councillor", "councilor", "alderman"}  # "the Mid Glenmoray MSP": after a constituency
# what a party's acronym comes before: "DA councillor", "ANC MP", "PTI lawmaker"
_PARTY_OFFICES = _LEGISLATORS | {"councillors", "mps", "mlas", "lawmaker", "lawmakers", "legislator", "senator", "caucus",
                                 "candidate", "supporters", "activists", "stalwart"}
_PERSON_ROLE_HEADS |= _LEGISLATORS  # ("Mir Shahnawaz Dahri, the MPA from Dhandwala,")
# trades and callings only people have ("Marjeta, a nurse at the clinic who ..., said": a woman named alone)
_PERSON_ROLE_HEADS |= {"broker", "trader", "farmer", "worker", "resident", "nurse", "doctor", "teacher", "engineer",
                       "accountant", "activist", "campaigner", "whistleblower", "employee", "fisherman", "miner",
                       "shopkeeper", "driver", "pensioner", "student", "mother", "father", "widow"}
# a route named by its number alone ("Line 11", "Route 9", "Highway 1"): a place
_NUMBERED_ROUTES = {"Line", "Route", "Highway"}
_BRACKETED_FORMS = {"pty", "pvt", "private", "proprietary", "gmbh", "nz", "uk"}  # "X (Pty) Ltd", "Y (Pvt) Ltd"
# kinds of firm a person can be too: before a given name, a person's trade ("trucking operator Brent Dallow")
_PERSON_TRADES = {"operator", "contractor", "developer", "trader", "dealer", "supplier", "producer", "broker", "builder"}
_NUMBERED_NOUNS = {"ward", "local", "district", "section", "article", "clause", "terminal", "gate", "flight", "route",
                   "platform", "room", "level", "phase", "stage", "block", "unit", "lot", "precinct", "chapter",
                   "schedule", "rule", "paragraph", "amendment", "exhibit", "count", "zone", "sector", "pier", "berth",
                   "highway", "motorway", "expressway", "tank", "lift", "shaft", "reactor", "station",
                   "ditch", "drain"}  # ("State Highway 38", "Tank 4", "Pump Station 217", "County Ditch 57")
_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)")
# a firm named by what its people do: "The administrators, Calloway Reid Advisory,", "the liquidators, X LLP,"
_FIRMS_AS_PEOPLE = {"administrators", "liquidators", "receivers", "auditors", "insurers"}
# the last word of a chief's title, before the one name the chief goes by (Malawi, Zambia: "Senior Chief Mwanza")
_CHIEF_TITLES = {"head", "chief", "headman", "headwoman", "authority", "chieftainess"}
_PLAIN_HONORIFICS = {"mr", "mrs", "ms", "miss", "mx"}
# title words that are also family names, as the last word after a given name ("Rolston Major", "Ann Bishop")
_SURNAME_TITLES = {"major", "bishop", "judge", "dean", "king", "marshal", "marshall", "sheriff", "provost", "warden",
                   "reeve", "chancellor", "constable", "prior"}
# the posts "Mr" addresses by their title alone ("Mr Speaker", "Mr President")
_ADDRESSED = {"speaker", "president", "chairman", "chairwoman", "chairperson", "chair", "mayor", "secretary", "minister",
              "justice", "commissioner", "ambassador", "governor", "premier", "deputy", "prime", "director", "principal"}
# "Datuk Seri Ahmad Fauzi", "Dato' Sri Lee": a Malaysian honorific's second word (not "Sri Mulyani Indrawati")
_SECOND_HONORIFICS = {"seri", "sri"}


# "Tan Sri Abdul Halim", "Puan Sri Noraini": honorifics only as a pair ("Tan" alone is a surname)
_PAIRED_TRADES = {"oil": {"gas"}, "food": {"beverage"}, "mining": {"exploration"}, "import": {"export"},
                  "exploration": {"production"}, "engineering": {"construction"}, "marine": {"offshore"},
                  "fish": {"game", "wildlife"}, "parks": {"wildlife", "recreation"}}  # ("Colorado Parks and Wildlife")
_HOLIDAYS = {"christmas", "easter", "diwali", "deepavali", "hanukkah", "passover", "thanksgiving",
             "halloween", "navratri", "vesak", "nowruz"}  # (not "Eid", "Ramadan": surnames too)
_HOLIDAY_NAME = re.compile(r"(?:\b(?:Martin Luther King,? Jr\.?|MLK|Memorial|Boxing|Waitangi|Australia|Anzac|Canada|Remembrance"
                           r"|Labor|Labour|Independence|Victoria|Thanksgiving|Christmas|New Year['’]s|St\.? [A-Z][a-z]+['’]s"
                           r"|Valentine['’]s|Presidents['’]?|Family) Day|\bFourth of July)$")
_TITLE_MODIFIERS = {"acting", "interim", "former", "deputy", "new", "outgoing", "incoming"}  # "the acting MD"
_RESIDENTS = {"residents", "locals", "villagers", "ratepayers", "homeowners", "householders"}  # of a place: "Rakaia Huts residents"
_SCHOOL_BREAKS = {  # the holidays named "<word> Break"
    "march", "spring", "winter", "summer", "christmas", "easter", "half-term", "mid-term", "reading"}
_NUMBERED_SEATS = {"ward", "district", "precinct", "division"}  # "Ward 4 Coun.", "District 3 Supervisor"
_GREATER = {"gran", "greater", "grande", "grand", "metro"}  # "Gran Rosario": the area around a city, no one surnamed so
_PATRONYMIC_LINKS = {"bin", "binti", "bint", "anak", "a/l", "a/p"}  # "son of", "daughter of" in Malay, Arabic and Iban names: "Jimbun anak Ngelai"
_PAIRED_HONORIFICS = {"tan": "sri", "puan": "sri", "tuai": "rumah"}  # (and the Iban longhouse chief's "Tuai Rumah")
# the kind a Japanese body's name ends on, joined by a hyphen: "-kai" (association), "-gumi" (builder), "-kumiai" (union)
_JAPANESE_BODY_ENDS = {"kai", "gumi", "kumiai", "rengo", "kyokai"}
# what one holds in a firm: "Shares in Harbourline", "a stake in Corvane" (no place)
_HELD_IN = {"shares", "stake", "stakes", "stock", "holding", "holdings", "investment", "investments", "investors",
            "interest", "equity"}
# a county's own bodies, named for it ("Kiboro County Assembly"; not "Carrawong District Hospital")
_COUNTY_BODIES = {"Assembly", "Government", "Council", "Police", "Executive", "Commissioner", "Secretary", "Treasury",
                  "Public", "Governor"}


def _subject_after(toks: list[Tok], i: int) -> bool:
    """Whether the capitalised words at ``i``, after a comma, are a clause's subject: a verb follows them."""
    k = i
    while k < len(toks) and (toks[k].is_cap or toks[k].text == "-"):
        k += 1
    return k > i and k < len(toks) and toks[k].is_alpha and not toks[k].is_cap and (
        toks[k].lower in REPORTING_VERBS or toks[k].lower in _SUBJECT_VERBS or toks[k].lower.endswith("ed") and len(toks[k].lower) > 4)


_SUBJECT_VERBS = {"has", "had", "is", "was", "will", "would", "could", "can", "did", "does", "spent", "paid", "made", "took",
                 "gave", "won", "lost", "sold", "bought", "began", "knew", "told", "says", "said"}


def _second_honorific(toks: list[Tok], i: int) -> bool:
    return i > 0 and (toks[i].lower in _SECOND_HONORIFICS and toks[i - 1].lower.rstrip(".'’") in {"datuk", "dato", "datin"}
                      or _PAIRED_HONORIFICS.get(toks[i - 1].lower) == toks[i].lower)


_NAME_HONORIFICS = {"haji", "hajah"}  # the pilgrim's honorific, which Kurdish and Arabic names also carry inside them


def _honorific(toks: list[Tok], i: int) -> bool:
    """ "Dr.", "Mr", "Datuk Seri", "Tan Sri": a word before a name that is no part of it."""
    if toks[i].lower in _NAME_HONORIFICS and i > 0 and toks[i - 1].is_cap and toks[i - 1].is_alpha \
            and toks[i - 1].lower.rstrip(".") not in HONORIFICS and toks[i - 1].lower not in TITLE_WORDS:
        return False  # "Nasreen Haji Omar", "Dilshad Haji Saeed": inside a name, part of it (but "Awang Haji Rosli")
    return toks[i].lower.rstrip(".") in HONORIFICS or _second_honorific(toks, i) or (
        toks[i].lower in _PAIRED_HONORIFICS and i + 2 < len(toks) and toks[i + 1].lower == _PAIRED_HONORIFICS[toks[i].lower]
        and toks[i + 2].is_cap)


_PATRONYMICS = ("sson", "arson", "dóttir", "dottir")  # Icelandic family names: the father's name and "son of", "daughter of" ("Þórðarson")
# a middle name from the father's in Russian and the languages that write it so ("Talantbek Asanovich Zhumabaev"):
# the person goes by the given and family names too ("Talantbek Zhumabaev")
_MIDDLE_PATRONYMICS = ("ovich", "evich", "ovna", "evna", "ovych", "ivna", "ich", "uly", "kyzy", "qizi", "ogly", "oglu")
# traditional rulers' titles, before a stool or throne name that may end in a regnal number ("Nana Kwesi Ampem II")
_RULER_TITLES = {"nana", "togbe", "togbui", "oba", "obi", "igwe", "emir", "ooni", "kabaka", "mwami", "naa", "ratu"}
_REGNAL = re.compile(r"[IVX]{1,5}")
# a chief's title before the name, as Malawian, Zambian and Ghanaian papers write it
_CHIEFS_TITLES = ("traditional authority ", "senior chief ", "paramount chief ", "sub-chief ", "inkosi ",
                  "group village headman ", "village headman ") + tuple(sorted(t + " " for t in _RULER_TITLES))
_PLURAL_ACRONYM = re.compile(r"[A-Z]{2,}s")  # "MSPs", "MCAs": people, by their office
# the prefixes of ships' names: motor vessel, motor tanker, steamship, research vessel, His/Her Majesty's Ship ...
# the nouns of papers' names in Slavic languages, written in lower case after the capitalised word
# the AP abbreviations of states that are also words: a state only after a town and its comma ("Houma, La.")
# what an American special district provides: a district so named is a body, not an area
_DISTRICT_SERVICES = {"protection", "supply", "control", "abatement", "improvement", "management", "services", "authority"}
_SERVICE_DISTRICTS = {"levee", "school", "water", "fire", "irrigation", "sanitation", "drainage", "hospital", "utility",
                      "transit", "conservation", "park", "parks", "library", "sewer", "flood", "port", "airport", "health"}
# the suffixes of places' names in Korean (district, neighbourhood, city, county, province, township, village, road),
# Japanese (ward, city, town, village, prefecture) and the Bantu locative ("Mukurwe-ini")
_PLACE_SUFFIXES = {"gu", "dong", "si", "gun", "do", "eup", "myeon", "ri", "ro", "gil", "ku", "shi", "cho", "machi", "mura",
                   "ken", "ini"}
# a mountain's, lake's or pass's first word in French, Italian, Spanish and Romansh; a hotel's or estate's
_ROMANCE_PEAKS = {"pointe", "mont", "col", "lac", "aiguille", "dent", "piz", "pic", "cima", "monte", "lago", "sierra",
                  "cerro", "volcán", "nevado", "passo", "massif"}
_ROMANCE_HOUSES = {"hôtel", "château", "auberge", "albergo", "hostal", "hacienda", "domaine", "clinique", "clínica", "clinica"}
_NAMED_AS = {"known", "dubbed", "nicknamed", "called", "named"}  # "the statue, known as the Kpendu bronze"
_SCHOOL_YEARS = {"form", "term", "grade", "class", "standard", "year", "semester"}
_NUMBERED_NOUNS |= _SCHOOL_YEARS  # ("a Year 9 student", "Grade 10": a school's year)
_NUMBER_WORDS_UP = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"}
_WORDLIKE_STATES = {k: AP_STATE_ABBREVIATIONS[k] for k in ("La.", "Miss.", "Ind.", "Wash.", "Md.", "Mo.", "Pa.", "Va.",
                                                           "Ga.", "Del.")}
_PAPER_NAME_NOUNS = {"list", "listy", "noviny", "novine", "novosti", "vjesnik", "vesti", "vijesti", "dnevnik", "gazeta"}
_SHIP_PREFIXES = {"MV", "M/V", "MS", "MT", "M/T", "SS", "RV", "HMS", "USS", "FV", "MY", "HMAS", "HMCS", "HMNZS", "INS",
                  "KRI", "BRP", "RFA", "ORP", "HNLMS", "MF", "M/F"}  # ("MF Horneland": a Nordic motor ferry)
_PAPER_ADJECTIVES = {"local", "national", "regional", "public", "private", "independent", "official", "online", "leading",
                     "daily", "weekly", "influential", "popular", "financial", "business", "investigative"}
_DAY_WORDS = {"yesterday", "today", "tonight", "earlier", "recently"}
_SPOKE_TO = {"speaking", "spoke", "talking", "talked", "said", "confirmed", "explained", "admitted", "insisted"}
_BROADCAST = re.compile(r"(?i)\b(?:radio|television|tv|fm)\s+(?:station|channel|network)\b"
                        r"|\bnews\s+(?:site|website|portal|outlet|service)\b|\b(?:weekly|daily|monthly)\s+(?:magazine|newspaper|paper)\b")
# ("tech news site Circuit Asia", "Shukan Tenbo, the weekly magazine that ...")
_APPOSED_BODIES = {"fund", "trust", "charity", "foundation", "union", "association", "consortium", "agency", "regulator",
                   "watchdog", "council", "authority", "board", "party", "club", "team", "league"}
_FRENCH_HEADS = {"centre", "confédération", "fédération", "syndicat", "caisse", "société", "compagnie", "conseil",
                 "tribunal", "cour", "agence", "institut", "hôpital", "communauté", "union", "association", "ministère",
                 "direction", "chambre", "établissement", "régie", "office", "collectif", "mutuelle", "groupement"}
_FR_PARTICLES = {"de", "du", "des", "la", "le", "les", "d'", "l'", "et", "d’", "l’"}
_FR_ADJECTIVE = ("ier", "ière", "ale", "aux", "ique", "aire", "elle", "ienne", "oise", "aise", "ive", "eur", "euse")
_GROUP_PLURALS = {"citizens", "parents", "mothers", "residents", "taxpayers", "voters", "families", "friends",
                  "neighbours", "neighbors", "women", "veterans", "students", "patients", "farmers", "workers"}
# the people a volunteer body is named for, in the plural ("Cowichan River Stewards", "Lagoon Keepers")
_STEWARD_PLURALS = {"stewards", "keepers", "guardians", "defenders", "protectors", "watchers", "volunteers", "rangers"}
_ELIDED = re.compile(r"(?:d|l|dell|dall|degl)['’][A-ZÀ-Ý][\w-]+")
_LEGISLATOR_TITLES = {"parliament", "assembly", "congress"}  # "Member of Parliament (MP)"
# a Korean or Cantonese name: the family name, then a hyphenated given name ("Pyo Gwang-il", "Ho Ka-chun")
_FAMILY_FIRST = re.compile(r"\b([A-Z][a-z]{0,5}) ([A-Z][a-z]{1,5})-([a-z]{1,6})\b")
# finite verbs of saying that end a subject, never an apposition ("X, the hospital's medical superintendent said")
_SPEAKING = {"said", "says", "told", "tells", "added", "claimed", "claims", "insisted", "insists", "denied", "denies",
             "confirmed", "confirms", "warned", "warns", "argued", "argues", "wrote", "writes", "alleged", "alleges"}
# (a one-word name opening a sentence that speaks at once: not one that denies, "Serebrianka denied ... on March 10")
_SPEECH_NOW = _SPEAKING - {"denied", "denies"}
# the capitalised last word of an area's name, which makes it a place ("Oyo State", "Central River Region")
_PLACE_SUFFIXES_CAPPED = {"State", "Region", "Province", "District", "County", "Prefecture", "Regency", "Governorate"}
# what follows a place's name in its full form ("Gomba District", "Kisalamanyi Village"); never "City" nor
# "Municipality", which name a city beside its country or a town's council
_AREA_SUFFIXES = {"district", "village", "region", "province", "regency", "prefecture", "state", "county", "sub-county",
                  "township", "commune"}  # (not "Odesa" of "Odesa Oblast": a city, and its region)
_TITLE_MODIFIERS = {"former", "then", "ex", "late", "acting", "outgoing", "incoming", "interim", "current", "new"}
_MODEL_NUMBER = re.compile(r"\d{2,4}[A-Za-z]?")
_MODEL_NOUNS = {"heater", "heaters", "stroller", "strollers", "cooker", "cookers", "aircraft", "jet", "jets", "drone",
                "drones", "tablet", "tablets", "laptop", "laptops", "printer", "boiler", "boilers", "scooter", "scooters",
                "charger", "chargers", "helmet", "helmets", "crib", "cribs", "phone", "phones", "smartphone", "car",
                "cars", "truck", "trucks", "model", "models", "vehicle", "vehicles", "engine", "engines", "device",
                "devices", "pump", "pumps", "ventilator", "ventilators", "fryer", "fryers", "dryer", "dryers"}
_NUMBER_IN_NAME = re.compile(r"\d{1,3}(?:\.\d)?")  # "Local 212", "Lakeland 94.7" (a station's frequency)
_NUMBER_UNITS = {"%", "per", "percent", "million", "billion", "km", "kilometres", "metres", "people", "years", "-"}
# common nouns for people that open a sentence before a name: "Passenger Annelie Brodersen, 37, said"
_PERSON_NOUNS_FIRST = {"passenger", "witness", "neighbour", "neighbor", "resident", "customer", "voter", "shopper",
                       "parent", "survivor", "farmer", "fisherman", "student", "worker", "driver", "patient", "widow",
                       "veteran", "nurse", "teacher", "pensioner", "victim", "retiree", "homeowner", "tenant", "mother",
                       "father", "protester", "commuter", "motorist", "villager", "shopkeeper", "trader", "vendor", "herder",
                       "grower", "beekeeper", "tailor", "seamstress", "baker", "butcher", "carpenter", "mechanic",
                       "electrician", "plumber", "welder", "barber", "hairdresser", "cleaner", "labourer", "laborer",
                       "hawker", "smallholder", "rancher", "chef", "cook", "settler", "planter", "fisher", "miner",
                       "landowner", "householder", "rider", "cyclist", "pedestrian", "investor", "borrower", "buyer",
                       "depositor", "caregiver", "carer", "volunteer"}  # ("Tailor Nurul Hidayah Zakaria, 41,")
_LEGAL_FORMS = _CORPORATE_SUFFIXES | {"consortium", "pvt", "private", "limited", "company", "jsc", "pjsc", "ojsc", "cjsc", "tbk",
                                      "srl", "sarl", "ltda", "sas"}  # ("Tan Hung Textile Dyeing JSC")
# what follows an age in apposition when no comma does: "Smith, 45 and a father of two", "Smith, 45 said"
_AFTER_AGE = {"and", "said", "says", "told", "who", "is", "was", "has", "had", "added"}
# what kind of body a name is, when it opens a sentence before the name ("Operator Sydhavets Færger says")
_BODY_DESCRIPTIONS = _ORG_DESCRIPTION_KINDS - COMPANY_NOUNS  # "private Tartu laboratory Labrium": a body's kind, no firm's
_KIND_OPENERS = _OUTLET_AFTER | {"magazine", "operator", "contractor", "developer",
                 "carrier", "insurer", "retailer", "lender", "regulator", "watchdog", "consultancy", "manufacturer", "carmaker",
                 "airline", "miner", "utility"}
_PLACE_PARTICLE = re.compile(r"\w-(?:in|upon|on|under|by|sur|sous|lès|les)-[A-Z]")  # a town's name, hyphens and all
# the offices of a town ("Watrous Mayor", "mayor of Quinta Normal"), not of a region ("Erongo governor")
_TOWN_OFFICES = {"mayor", "mayoress", "deputy-mayor", "reeve", "alderman", "burgomaster", "alcalde", "alcaldesa", "headman"}
# a firm's trade before its own name, in Spanish, Portuguese, Italian, French: "Minera Cordillera Blanca SpA"
_TRADE_FIRST = {"constructora", "construtora", "inmobiliaria", "imobiliária", "comercializadora", "distribuidora",
                "transportadora", "minera", "mineradora", "empresa", "industrias", "indústrias", "laboratorios",
                "farmacéutica", "grupo", "gruppo", "groupe", "compañía", "companhia", "compagnia", "compagnie", "frigorífico"}
_VENUE_FIRST = {"Casino", "Hotel", "Motel", "Resort"}  # a venue named by its kind first (Macau, Europe)
_LEGAL_PREFIXES = {"pt", "cv", "ud", "jsc", "ooo", "oao", "pao", "zao"}  # "PT Sentosa Rimba Perkasa": a form before the name
_CLUB_SUFFIXES = {"fc", "afc", "cf", "sc", "fk", "bk", "if"}  # "Ħal Sajjied" of "Ħal Sajjied FC"
_PORTFOLIO_TITLES = {"minister", "secretary", "cabinet", "commissioner", "spokesperson", "spokesman", "spokeswoman"}
# words that are no role before a name: verbs of speech, time, function words ("told reporter Anna Lee")
_NOT_ROLE_WORDS = (set(REPORTING_VERBS) | BE_FORMS | set(WEEKDAYS) | set(MONTHS) | _LOCATIVE | _CONNECTORS | {
    "the", "a", "an", "and", "or", "but", "to", "with", "by", "for", "on", "as", "that", "this", "his", "her", "their",
    "its", "our", "my", "your", "morning", "afternoon", "evening", "night", "yesterday", "today", "tonight", "week",
    "month", "year", "ago", "later", "earlier", "then", "when", "after", "before", "while", "where", "who", "has",
    "have", "had", "not", "also", "only", "like", "including", "against", "said", "says", "told", "asked",
    # irregular participles: "has taken budget carrier X to court" says what was done to X, not what X is
    "taken", "given", "shown", "seen", "known", "chosen", "driven", "written", "brought", "bought", "sold", "won",
    "built", "paid", "held", "kept", "sent", "made", "found", "drawn", "begun", "done", "gone", "spent", "struck",
    "sworn", "thrown", "hidden", "broken", "spoken"})
_NOT_FACILITY_MODS = _NOT_ROLE_WORDS | {"of", "in", "at", "from", "is", "was", "were", "are", "will", "would"}
_RANK_ABBREVIATIONS = TITLE_ABBREVIATIONS - _SAINT_ABBREVIATIONS - {"mr", "mrs", "ms", "dr", "hon", "prof", "st", "engr", "eng", "ing", "lic", "arq", "mgr", "barr", "fr", "rev"}
# participles that describe what someone is, not what was done: "a retired seafood trader", "a registered nurse"
_ADJECTIVE_PARTICIPLES = {"retired", "unemployed", "self-employed", "registered", "licensed", "qualified", "trained",
                          "certified", "disabled", "married", "divorced", "widowed", "experienced", "skilled",
                          "respected", "renowned", "celebrated", "decorated", "accredited", "chartered",
                          "elected", "unelected", "appointed", "unnamed", "bereaved", "displaced"}  # (before a noun)
# plurals that modify a noun ("water services regulator", "consumer affairs reporter"), not verbs ("joins")
_MODIFIER_PLURALS = {"news", "sports", "arms", "savings", "goods", "services", "affairs", "resources", "works", "relations",
                     "rights", "operations", "communications", "customs", "sales", "markets", "securities", "waters"}
_IRISH_HEADS = {"Bord", "Conradh", "Foras", "Údarás", "Comhairle", "Cumann", "Raidió", "Oifig", "Iarnród", "Teach"}
_TRADE_PAIRS = {"road", "roads", "bridge", "bridges", "oil", "gas", "water", "power", "light", "steel", "iron", "coal",
                "engineering", "construction", "trading", "investment", "development", "marine", "shipping", "rail",
                "port", "ports", "food", "beverage", "energy", "chemical", "electric", "property", "land", "sea", "air",
                "rubber", "timber", "sugar", "mining", "minerals", "metals", "pulp", "paper", "textile", "garment", "tea"}
# words that open a noun phrase or a relative clause, not a verb ("..., the lender said" / "..., who")
_NP_OPENERS = {"the", "a", "an", "this", "that", "these", "those", "its", "his", "her", "their", "our", "who", "which"}
_FRONTED_PREPOSITIONS = {"in", "at", "on", "to", "after", "before", "during", "with", "under", "from", "for", "by",
                         "against", "despite", "following", "within", "through", "into"}
_VERB_ENDINGS = ("ly", "ed", "ing")  # "Volchek reportedly left Prague", "include selling Vallée": no role
_ORG_DESCRIPTION_HEADS = (_ORG_BEFORE | {"body", "association"}) - {"company's"}  # (_ORG_BEFORE holds the firms' and outlets' nouns)
_ROLE_PHRASES = {"member of parliament", "member of congress", "member of the european parliament",
                 "member of the legislative assembly", "member of the house of representatives", "justice of the peace"}
_HYPHEN_SUFFIXES = {"led", "run", "era", "born", "like", "wide", "free", "made", "size", "type", "old", "long",
                    "based", "owned", "style"}
_HYPHEN_WORDS = {"backed", "funded", "linked", "listed", "style", "level", "scale", "class", "wing", "year", "day",
                 "week", "month", "based", "aligned", "friendly", "focused", "facing", "sized", "only", "term", "time"}
_ABBREVIATED_LEGAL = {"pvt", "co", "bros", "intl"}
# "Shares of Seorim Advanced Materials fell": what the sentence is about, of the name that follows
_PART_OF = {"shares", "stock", "members", "officials", "staff", "employees", "workers", "drivers", "passengers", "students", "supporters", "critics", "most", "some",
            "many", "all", "none", "parts", "leaders", "executives", "families", "relatives", "fans", "users",
            "customers", "owners", "patients", "victims", "representatives", "investors", "shareholders", "analysts",
            "lawyers", "rivals", "sources", "documents", "copies", "details", "images", "photos", "footage", "results",
            "depositors", "savers", "clients", "residents", "tenants", "pensioners", "farmers", "traders",
            "creditors", "bondholders", "lenders", "parents", "contractors", "suppliers"}
_OF_A_PLACE = _OF_A_PLACE_TOO | {"governor", "people", "centre", "center", "streets", "mayors", "governors", "citizens",
                                 "ruler", "chieftaincy",
                                 # ("Riders of St. Albert’s on-demand transit service say": its people, no name)
                                 "riders", "commuters", "passengers", "patients", "customers", "neighbours", "neighbors",
                                 "homeowners", "locals", "ratepayers", "motorists", "businesses", "shoppers"}
# offices that end a title-cased role ("Chief Medical Director", "Chief Operating Officer")
_OFFICE_NOUNS = {"member", "director", "manager", "officer", "secretary", "minister", "president", "chairman", "chairwoman",
                 "chairperson", "commissioner", "superintendent", "administrator", "coordinator", "controller",
                 "registrar", "executive", "treasurer", "auditor", "spokesperson", "spokesman", "spokeswoman"}
# the members an organisation is named after ("Allied Health Workers", "Fish Farmers' Cooperative")
_MEMBER_PLURALS = {"workers", "employees", "farmers", "tenants", "teachers", "nurses", "doctors", "drivers",
                   "producers", "growers", "fishermen", "residents", "students", "pilots", "journalists", "miners",
                   "supporters", "fans", "members", "shareholders", "parents", "customers", "victims", "families",
                   "fishers", "traders", "vendors", "owners", "operators", "users", "depositors", "investors",
                   "pensioners", "taxpayers", "consumers", "patients", "survivors", "tenants", "hawkers", "retailers",
                   "exporters", "importers", "manufacturers", "dealers", "contractors"}




# bodies one word names ("the Treasury and Federal Reserve" are two)
_LONE_BODIES = {"treasury", "pentagon", "kremlin", "vatican", "congress", "senate", "parliament", "cabinet",
                "government", "police", "army", "navy", "military", "judiciary", "presidency"}


# bodies named for what they are in charge of: "Ministry of Energy, Water Resources and Irrigation"
_PORTFOLIO_HEADS = {"ministry", "department", "minister", "secretary", "undersecretary", "under-secretary", "subsecretary", "directorate", "commission", "committee"}
_BODY_HEADS = _PORTFOLIO_HEADS | {"office", "agency", "bureau", "authority", "council", "board", "ministries"}
# a body's last word, whatever place opens its name ("Lake Zone Marine Transport Authority")
_BODY_WORDS = (_BODY_HEADS - {"minister", "secretary", "ministries"}) | {
    "inspectorate", "association", "union", "federation", "company", "trust", "corporation", "service", "services",
    "police", "university", "college", "school", "hospital"}
# what governments put in a portfolio (not "Ministry of Health, Oxfam and Unicef")
_PORTFOLIO_WORDS = {"budget", "property", "energy", "water", "resources", "irrigation", "health", "education", "transport", "agriculture",
                    "fisheries", "environment", "trade", "industry", "labour", "labor", "finance", "planning", "housing",
                    "infrastructure", "culture", "community", "sport", "sports", "youth", "tourism", "science", "technology",
                    "information", "communications", "justice", "affairs", "development", "works", "mines", "mining",
                    "land", "lands", "forestry", "forests", "climate", "shipping", "ports", "aviation", "highways",
                    "roads", "employment", "welfare", "security", "defence", "defense", "commerce", "investment",
                    "heritage", "arts", "media", "power", "petroleum", "oil", "gas", "livestock", "food", "rural",
                    "urban", "family", "women", "children", "social", "care", "services", "innovation", "digital",
                    "economy", "economic", "public", "administration", "interior", "home", "foreign", "cooperatives", "wellness",
                    "marine", "maritime", "natural", "wildlife", "safety", "disaster", "management", "local",
                    "research", "sanitation", "training", "immigration", "veterans", "integration", "cooperation",
                    "telecommunications", "telecoms", "migration", "asylum", "citizenship", "refugees", "equality",
                    "gender", "pensions", "consumer", "competition", "reform", "reconstruction", "statistics", "nature",
                    "minerals", "elections", "inclusion", "relations", "oceans", "space", "conservation", "parks", "protection",
                    "biodiversity", "stewardship",  # ("Ministry of Water, Land and Resource Stewardship")
                    "attractions", "recreation",  # ("Department of Biodiversity, Conservation and Attractions")
                    "regional", "construction", "communication", "industries", "planning", "utilities", "water",
                    "production", "procurement", "supply", "logistics", "matters", "chieftaincy", "market", "enterprise", "business", "disability"}  # ("Ministry of Education and Research", "Ministry of Trade and Regional Integration")
_PORTFOLIO_WORDS |= {w + "s" for w in _PORTFOLIO_WORDS if not w.endswith("s")}  # ("Tourism, Investments and Aviation")


def _portfolio_end(toks: list[Tok], i: int, j: int) -> int | None:
    """Where "Ministry of Energy, Water Resources and Irrigation" ends, from the comma at ``j``, or None:
    a list of capitalised subjects after "<head> of", closed by "and" and one last subject."""
    # the head before "of" or "on": "Ministry of ...", "Parliamentary Portfolio Committee on Lands, Agriculture, ..."
    k = next((x for x in range(i + 1, j) if toks[x].lower in {"of", "on", "for"}), None)
    if k is None or k + 1 >= j or not (toks[k - 1].lower in _PORTFOLIO_HEADS or toks[k - 1].lower in {"committee", "commissioner"}):
        return None  # ("The Commissioner for Finance, Budget and Economic Planning, Aisha Ozigi-Bello,": a title too)
    m, n = j, len(toks)
    while m < n and toks[m].text == ",":
        # ("Department of Climate Change, Energy, the Environment and Water": a "the" inside the list)
        s0 = m + 1 + int(m + 2 < n and toks[m + 1].lower == "the" and toks[m + 2].is_cap)
        e = s0
        while e < n and toks[e].is_cap and toks[e].lower not in _BODY_HEADS and e - s0 <= 2:
            e += 1
        if e == s0 or _PORTFOLIO_WORDS.isdisjoint(t.lower for t in toks[s0:e]):
            return None
        the = int(e + 2 < n and toks[e + 1].lower == "the" and toks[e + 2].is_cap)  # ("Agriculture, Food and the Marine")
        if e < n and toks[e].lower == "and" and e + 1 + the < n and toks[e + 1 + the].is_cap \
                and toks[e + 1 + the].lower not in _BODY_HEADS:
            f = e + 1 + the
            while f < n and toks[f].is_cap and f - e <= 3 + the:
                f += 1
            last = {t.lower for t in toks[e + 1 + the:f]}
            return f if (f >= n or not toks[f].is_cap) and not _PORTFOLIO_WORDS.isdisjoint(last) else None
        m = e
    return None


_LAW_HEADS = {"act", "bill", "ordinance", "regulations", "treaty"}  # what ends a law's name, and no other's
_LAW_WORDS = _LAW_HEADS | {"law", "code", "rules", "convention", "protocol"}


def _law_ahead(toks: list[Tok], m: int) -> bool:
    """Whether the capitalised words from ``m`` end in a law's noun ("... to Information Act")."""
    while m < len(toks) and toks[m].is_cap:
        m += 1
    return toks[m - 1].lower in _LAW_WORDS


# what a relative clause says someone holds: "who chairs ...", "who represents ...", "who runs a gift shop ..."
_POST_VERBS = {"chairs", "co-chairs", "represents", "runs", "heads", "leads", "oversees", "owns", "co-owns", "manages",
               "directs", "sits", "farms", "operates", "coordinates", "co-ordinates", "coaches", "edits", "founded",
               "co-founded", "keeps"}
# ... or held for a while: "who has led the district since 2021", "who has driven for Great Flats for 16 years"
_POSTS_HELD = {"led", "served", "chaired", "run", "owned", "represented", "farmed", "managed", "headed", "driven",
               "fished", "worked", "taught", "coached", "operated", "edited", "directed", "co-owned"}
# a body its members form, the kind whose name may hold "to" ("Sea to Sky Climbers' Alliance"; not "Newcastle Airport")
_MEMBERS_BODIES = {"alliance", "association", "society", "club", "coalition", "trust", "network", "group", "collective",
                   "league", "federation", "foundation", "committee", "union", "cooperative", "co-operative"}


def _body_after(toks: list[Tok], k: int) -> bool:
    """Whether capitalised words from ``k`` (a plural's apostrophe among them) run on to an organisation's word."""
    m = k
    while m < len(toks) and (toks[m].is_cap or toks[m].text in {"'", "’"} and toks[m - 1].lower.endswith("s")):
        m += 1
    return m - k >= 2 and toks[m - 1].lower in _MEMBERS_BODIES


def _joint_name_after(toks: list[Tok], i: int, j: int) -> bool:
    """Whether "<run> and" at ``j`` goes on into one name: capitalised words after it ending in a plural and an
    organisation word ("... and Dunmere Hospitals Trust"), none before it ("Barclays and Lloyds Banking Group" stays two)."""
    m, words = j + 1, list[str]()
    while m < len(toks) and (toks[m].is_cap or toks[m].text in {"'", "’"} and words and words[-1].endswith("s")
                             and m + 1 < len(toks) and toks[m + 1].is_cap
                             or toks[m].text == "-" and not toks[m].ws and m + 1 < len(toks) and toks[m + 1].is_cap):
        if toks[m].is_cap:  # (over "Anti-Corruption")
            words.append(toks[m].lower)
        m += 1
    if m + 2 < len(toks) and toks[m].text == "(" and toks[m + 2].text == ")" and len(toks[m + 1].text) >= 3 \
            and toks[m + 1].text.isupper() \
            and toks[m + 1].text == "".join(t.text[0] for t in toks[i:m] if t.is_cap and t.lower not in NON_NAME_CAPS):
        return True  # "National Environment and Planning Agency (NEPA)": the acronym says it is one name
    h = i + (toks[i].lower in NON_NAME_CAPS)
    if j - h == 3 and toks[h].lower in ORG_WORDS and toks[h + 1].lower in {"of", "for"} and len(words) == 1 \
            and words[0].endswith("s") and toks[j - 1].lower.endswith("s") and m + 1 < len(toks) and toks[m].lower == "of":
        return True  # "the College of Physicians and Surgeons of Saskatchewan": a body of two professions, and its place
    if j - h >= 2 and toks[j - 1].lower in _PAIRED_TRADES and words and words[0] in _PAIRED_TRADES[toks[j - 1].lower] \
            and (len(words) == 1 or words[-1].rstrip(".") in _LEGAL_FORMS or len(words) == 2 and words[-1] in ORG_WORDS):
        # "Amaseri Oil and Gas Limited": a firm named for its two trades, the pair every such firm has (and a body
        # for two: "Otago Fish and Game Council")
        return True
    if m + 2 < len(toks) and toks[m].text == "(" and toks[m + 2].text == ")" and toks[m + 1].text.isupper() \
            and 2 <= len(toks[m + 1].text) <= 6 and 1 <= len(words) <= 2 and words[-1] in _BODY_WORDS and j - h <= 3:
        # "the Norwegian Water Resources and Energy Directorate (NVE)": one body with its initials, in its own language
        return True
    if j - h == 4 and toks[h + 1].lower in ORG_WORDS and toks[h + 2].lower in {"of", "for", "on"} and len(words) == 1 \
            and toks[h].is_cap and not (m < len(toks) and toks[m].is_cap):
        # "the Flemish Agency for Care and Health", "the House Committee on Agriculture and Food": a body named for its
        # two fields
        return True
    if j - h == 1 and len(words) == 2 and toks[m - 1].text in countries() and toks[h].lower.endswith("s") \
            and words[0].endswith("s") and toks[h].lower in _PORTFOLIO_WORDS:
        return True  # "Fisheries and Oceans Canada": a federal department, its portfolio, then the country
    if j - h == 4 and toks[h + 1].lower in ORG_WORDS and toks[h + 2].lower in {"of", "for"} and 1 <= len(words) <= 2 \
            and toks[h].is_cap and toks[h].text in places():
        return True  # "the California Department of Forestry and Fire Protection": a place's body for two fields
    if 1 <= len(words) <= 3 and words[-1] in _LAW_HEADS and j - h <= 3:
        return True  # "the Mine Health and Safety Act", "the Occupational Health and Safety Act": one law
    if j - h == 1 and len(words) == 2 and words[-1] in {"unit", "department", "ward", "division", "section"} \
            and toks[h].text not in places() and toks[j + 1].text not in places():
        return True  # "the hospital's Accident and Emergency Unit": a unit named for its two fields
    if j - h == 2 and len(words) == 2 and toks[j - 1].lower in _PORTFOLIO_WORDS \
            and (words[0] in _PORTFOLIO_WORDS or words[0] in _CARE_FIELDS) and (words[1] in _BODY_WORDS or words[1] in _CENTRES
                                                                             or words[1] == "cabinet"):
        # "Lusumpuko Water and Sanitation Company", "Nakuru Water and Sewerage Company": a firm of two trades
        # ("Maplebrook Health and Rehabilitation Center": a care home of two; "Kentucky Energy and Environment
        # Cabinet": a state's department, as Kentucky names them)
        return True
    if 1 <= j - h <= 2 and len(words) == 2 and toks[j - 1].lower == "civil" and words[0] == "administrative" \
            and words[1] in {"tribunal", "appeals"}:
        return True  # "Victorian Civil and Administrative Tribunal", "NSW Civil and Administrative Tribunal"
    if 1 <= j - h <= 3 and 1 <= len(words) <= 2 and toks[j - 1].lower in _MEDICAL_FIELDS \
            and words[-1] in {"hospital", "hospitals", "institute", "clinic", "centre", "center"} \
            and (len(words) == 1 or words[0] in _MEDICAL_FIELDS):
        return True  # "Mediora Heart and Multispeciality Hospital", "Royal Eye and Ear Hospital": a hospital of two fields
    if 1 <= j - h <= 2 and len(words) == 2 and words[1] == "fire" and m + 1 < len(toks) and toks[m].lower == "and" \
            and toks[m + 1].lower in {"rescue", "emergency"}:
        return True  # "County Durham and Darlington Fire and Rescue Service": one service for two areas
    if 1 <= j - h <= 3 and len(words) == 2 and toks[j - 1].lower in _PORTFOLIO_WORDS and words[0] in _PORTFOLIO_WORDS \
            and words[1] in {"services", "department", "division", "agency"} and toks[h].is_cap:
        return True  # "Snohomish County Planning and Development Services": a county's department of two fields
    if j - h == 1 and 2 <= len(words) <= 3 and toks[h].lower in _PORTFOLIO_WORDS and words[0] in _PORTFOLIO_WORDS \
            and toks[m - 1].text in countries():
        return True  # "Environment and Climate Change Canada": a federal department, its two fields, then the country
    if j - h == 2 and 2 <= len(words) <= 3 and toks[h + 1].lower in _PORTFOLIO_WORDS and words[0] in _PORTFOLIO_WORDS \
            and toks[h].text in _STATES_BEFORE_PORTFOLIOS:
        return True  # "Manitoba Environment and Climate Change": a province's department, named for its two fields
    if j - h == 1 and len(words) == 2 and words[1] in {"police", "constabulary"} and toks[h].is_cap \
            and (toks[h].text in places() or toks[j + 1].text in places()):
        return True  # "Devon and Cornwall Police", "Avon and Somerset Constabulary": one force for two areas
    if j - h == 1 and len(words) == 1 and words[0] in OUTLET_NAME_WORDS and h > 0 and toks[h - 1].lower == "the":
        return True  # "The Globe and Mail", "the Mail and Guardian": a paper's name of two
    if j - h == 1 and 2 <= len(words) <= 3 and words[-1] == "council" and toks[h].lower not in ORG_WORDS \
            and all(w in {"city", "borough", "county", "district", "community", "parish", "town"} for w in words[1:-1]):
        # "Perth and Kinross Council", "Brighton and Hove City Council": one council for two places (and a town's and
        # the country round it: "Haddington and District Community Council")
        return True
    if toks[h].text == "NHS" and 1 <= j - h - 1 <= 2 and 1 <= len(words) <= 2:
        return True  # "NHS Greater Glasgow and Clyde", "NHS Dumfries and Galloway": Scottish boards named for two areas
    heads = _BODY_HEADS | {"registry", "register", "institute"}
    if h + 2 < j and toks[h + 1].lower in heads and toks[h + 2].lower == "of" and toks[h].is_cap:
        h += 1  # "Public Registry of Property and Commerce": a head after its adjective
    if h + 1 < j and toks[h].lower in {"institute", "academy", "school", "college"} and toks[h + 1].lower == "of" \
            and len(words) == 1 and m < len(toks) and not toks[m].is_cap \
            and (words[0].endswith(("tion", "ogy", "ics", "ment", "ence", "ance", "ing", "ure", "ies"))
                 or words[0] in {"science", "medicine", "art", "arts", "design", "research", "health", "law", "policy"}):
        # "National Institute of Technology and Evaluation": an institute named for its fields (not "... and Harvard")
        return True
    # (the portfolio's last words before a title: "Ministry of Water and Irrigation Secretary General Nisreen Haddadin")
    titled = next((x for x, w in enumerate(words) if w.rstrip(".") in TITLE_WORDS and x >= 1), None)
    if titled is not None and len(words) - titled >= 3:
        words, m = words[:titled], m - (len(words) - titled)
    # (or before the minister's own name: "Minister of Local Government and Public Works Gift Mashonganyika said")
    named = next((x for x in range(1, len(words) - 1) if len(words) - x <= 3 and words[x - 1] in _PORTFOLIO_WORDS
                  and (words[x] in given_names() or len(words) - x == 2 and not any(
                      w in _PORTFOLIO_WORDS or w in ORG_WORDS for w in words[x:]))), None) if titled is None and toks[h].lower == "minister" else None
    if named is not None:
        words, m = words[:named], m - (len(words) - named)
    if h + 1 < j and toks[h].lower in heads and toks[h + 1].lower in {"of", "for"} and 1 <= len(words) <= 3 \
            and words[0] not in _BODY_HEADS and not _PORTFOLIO_WORDS.isdisjoint(words) \
            and m < len(toks) and (not toks[m].is_cap or titled is not None or named is not None):
        return True  # "Ministry of Ports and Shipping", "Department for Business and Trade": a portfolio
    if 2 <= len(words) <= 3 and words[-1].rstrip(".") in _LEGAL_SUFFIXES and (toks[j - 1].lower not in ORG_WORDS - {
            "builders", "construction"} or len(words) == 2 and words[0] in ORG_WORDS) \
            and toks[j - 1].lower.rstrip(".") not in _CORPORATE_SUFFIXES:
        # "Bluewater Dredge and Marine Limited", "Goldridge Builders and Supply Corporation": one firm (and two trades
        # joined: "Tsehay Alem Printing and Packaging PLC")
        return True
    if len(words) < 2 or not (words[-1] in ORG_WORDS or words[-1] in _MEMBER_PLURALS):
        return False
    if toks[j - 1].lower in _MEMBER_PLURALS and words[0] in _MEMBER_PLURALS and words[-1] in ORG_WORDS:
        return True  # "Hawassa City Minibus Taxi Owners and Drivers Association": two kinds of member, one body
    if toks[j - 1].lower in _TRADE_PAIRS and words[0] in _TRADE_PAIRS:
        return True  # "Huaxin Tongda Road and Bridge Group", "Delta Oil and Gas Ltd": a trade pair inside one name
    if len(words) == 2 and toks[j - 1].lower.endswith("ing") and words[0].endswith("ing") and len(words[0]) > 5 \
            and words[1] in {"club", "association", "society"}:
        return True  # "Rakaia Huts Boating and Fishing Club", "Walking and Cycling Club": a club of two pastimes
    if toks[j - 1].lower == "fire" and words[0] in {"rescue", "emergency", "ambulance"}:
        return True  # "North Bay Fire and Emergency Services", "Fire and Rescue Service": one service of two kinds
    # (a possessive is a "the": "The Assembly's Public Accounts and Investments Committee")
    # (and "an": "an Occupational Safety and Health Administration compliance officer")
    the = i > 0 and (toks[i - 1].lower in {"the", "a", "an"} or toks[i - 1].text in _POSSESSIVES)
    while i < j and toks[i].lower in NON_NAME_CAPS:
        the = the or toks[i].lower in {"the", "a", "an"}  # ("A Food and Drug Administration spokesperson")
        i += 1  # "The"
    if the and j - i == 1 and len(words) == 2 and words[-1] in ORG_WORDS and toks[i].lower not in _LONE_BODIES:
        return True  # "the Securities and Exchange Commission": one word before "and" is no body of its own
    if j - i == 3 and toks[i].lower in ORG_WORDS and toks[i + 1].lower == "of":
        return True  # "Federation of Clinical and Allied Health Workers", "Department of Health and Social Care"
    plural = words[-2]  # "... and Dunmere Hospitals Trust", "... and Bus Workers' Union", "Port and Waterways Authority"
    if toks[j - 1].lower in _MEMBER_PLURALS and words[0] in _MEMBER_PLURALS and words[-1] in ORG_WORDS and len(words) == 2:
        return True  # "Rejang Jaya Market Hawkers and Traders Association": two trades, one body
    # one "the" for both ("the United Rail and Bus Workers' Union"): one name, whatever the words before "and"
    # (a first part ending in its own kind is a body of its own: "the Health Ministry and Police Service"; but
    # "the Gaming Inspection and Coordination Bureau" is one)
    field = j - i >= 2 and toks[j - 2].lower == "local" and toks[j - 1].lower == "government"  # a field, no body
    if the and j - i <= 4 and (words[-1] in ORG_WORDS and (toks[j - 1].lower not in ORG_WORDS or field)
                               or words[-1] in _MEMBER_PLURALS and toks[j - 1].lower not in _BODY_HEADS):
        return True  # "the Nigerian Fuel Pricing and Equalisation Commission", "the United Logistics and Warehouse Workers"
    return (j - i <= 2 and plural.endswith("s") and not plural.endswith("ss") and plural not in ORG_WORDS
            and (the or not any(t.lower in ORG_WORDS for t in toks[i:j])))


# the first word of a Spanish-speaking town's or neighbourhood's name, before its article ("Villa Los Aromos")
_SPANISH_SETTLEMENTS = {"Villa", "Barrio", "Colonia", "Población", "Altos", "Lomas", "Valle", "Pueblo", "Cerro", "Ciudad",
                        "Nueva", "Nuevo", "Reparto", "Rincón"}
# what a title is "of" in one word, the name right after it: "Commissioner of Police", "Secretary of State"
_ONE_WORD_PORTFOLIOS = {"police", "state", "prisons", "customs", "immigration", "defence", "defense", "justice", "transport",
                        "health", "education", "finance", "agriculture", "energy", "interior", "labour", "labor", "tourism",
                        "trade", "environment", "housing"}


def _based_comma(toks: list[Tok], c: int) -> bool:
    """Whether the comma at ``c`` sits between a place and its state before "-based" ("Kansas City, Missouri-based")."""
    return 0 < c and c + 3 < len(toks) and toks[c].text == "," and toks[c - 1].is_cap and toks[c + 1].is_cap \
        and toks[c + 2].text == "-" and toks[c + 3].lower in {"based", "headquartered", "born", "registered", "listed"}


def _region_comma(toks: list[Tok], c: int) -> bool:
    """Whether the comma at ``c`` sits between a town and its county or state ("from Knockcullen, Co Offaly,",
    "in Tampa, Florida,")."""
    if not (0 < c < len(toks) - 1 and toks[c].text == "," and toks[c - 1].is_cap and toks[c + 1].is_cap):
        return False
    if toks[c + 1].text in {"Co", "County"} and c + 2 < len(toks) and toks[c + 2].is_cap:
        return True
    k = c + 1
    while k < len(toks) and toks[k].is_cap and k - c <= 3:
        k += 1
    return (k >= len(toks) or toks[k].text in {",", ".", ";"}) and _span_text(toks, c + 1, k) in us_states()


def _in_order(short: list[str], long: list[str]) -> bool:
    """Whether the words of ``short`` are words of ``long`` in the same order."""
    it = iter(long)
    return all(w in it for w in short)


def _acronym_after(w: list[str]) -> bool:
    """Whether a name of two words ends on an acronym that is no legal form: "Hamilton LRT" (of a city, the city's
    light rail: "Hamilton" is the city), not "Nordvik AS"."""
    return len(w[1]) >= 2 and w[1].isupper() and w[1].isalpha() and w[1].lower() not in _CORPORATE_SUFFIXES \
        and w[1].lower() not in _LEGAL_FORMS and w[1].lower() not in _CLUB_SUFFIXES


def _with_bodies_led_by(s: str, hits: list[str], words_of: list[tuple[str, list[str]]],
                        seen_at: dict[str, int]) -> list[str]:
    """``hits`` for the bare body word ``s`` with the names it leads ("Department of ..."): "The Department" beside
    "Department of Infrastructure, Ports and Transport" and "Audit Department" is the one the story met first."""
    led = [m for m, w in words_of if len(w) >= 3 and w[0] == s and w[1] == "of"]
    if not led or not hits:
        return hits or led
    return [min(hits + led, key=lambda m: seen_at.get(m, 1 << 30))]


def _first_named(hits: list[str], s: str, canon: dict[str, str], seen_at: dict[str, int]) -> list[str]:
    """Of several people whose family name is ``s``, the one the article named first, whom the story follows ("Ms
    Pettigrew" of "Maree Pettigrew" and her mother "Joan Pettigrew"); other hits unchanged."""
    if len({canon[h] for h in hits}) > 1 and all(_person_named(h, s) for h in hits):
        return [min(hits, key=lambda m: seen_at.get(m, 1 << 30))]
    return hits


def _person_named(name: str, s: str) -> bool:
    """Whether ``name`` is a person's with the family name ``s``: "Lorraine Hallett", and "Gord Hallett" too, whose
    given name is a short form no list holds (no body's word in it)."""
    w = name.split()
    return len(w) >= 2 and w[-1] == s and (w[0].lower() in given_names() or all(
        x[:1].isupper() and x.lower() not in ORG_WORDS and x.lower().rstrip(".") not in _CORPORATE_SUFFIXES for x in w))


def _words_back(toks: list[Tok], j: int, n: int) -> int:
    """Where the last ``n`` words before token ``j`` start, a hyphened word counting as one ("Mwaanga-Phiri")."""
    k = j
    for _ in range(n):
        k -= 1
        while k > 0 and (toks[k].text == "-" or toks[k - 1].text == "-") and not toks[k - 1].ws:
            k -= 1
    while k >= 2 and (toks[k].text in _GAELIC_PARTICLES or toks[k - 1].text in _GAELIC_PARTICLES) and toks[k - 1].is_cap:
        k -= 1  # "Seán Ó Baoill", "Bríd Nic Giolla Easpaig": an Irish family name's particle, and the given name before it
    return max(k, 0)


_GAELIC_PARTICLES = {"Ó", "O", "Ní", "Nic", "Mac", "Mhic", "Uí", "Mic", "Bean"}


def _back_over_list(toks: list[Tok], i: int) -> tuple[int, bool]:
    """Back from the capitalised words at ``i`` over a list of them ("Roads and Public Works", "Climate, Energy and
    the Environment"): the index of the word before the list, and whether a comma or "and" joined it."""
    k, joined = i - 1, False
    while k > 0 and (toks[k].is_cap or toks[k].lower in {"and", "&", ",", "the"}) and i - k < 10:
        joined = joined or toks[k].lower in {"and", "&", ","}
        k -= 1
    return k, joined


def _portfolio_of_title(toks: list[Tok], i: int) -> bool:
    """Whether the capitalised words at ``i`` follow "for" after a title and its acronym: "Member (CEC) for Roads and
    Public Works", "Commissioner (CS) for Health" (a title without acronym is read with its portfolio elsewhere)."""
    k, _ = _back_over_list(toks, i)
    return k >= 4 and toks[k].lower == "for" and toks[k - 1].text == ")" and toks[k - 3].text == "(" \
        and toks[k - 2].text.isupper() and toks[k - 4].lower.rstrip(".") in TITLE_WORDS | _OFFICE_NOUNS


def _in_portfolio_list(toks: list[Tok], i: int) -> bool:
    """Whether the capitalised words at ``i`` go on a minister's list of portfolios, past a comma or "and":
    "Energy" and "Environment" of "Minister for Climate, Energy and the Environment Gerard Tuohy"."""
    k, joined = _back_over_list(toks, i)
    return joined and k >= 1 and toks[k].lower == "for" and toks[k - 1].lower.rstrip(".") in TITLE_WORDS \
        and toks[i].lower in _PORTFOLIO_WORDS


def _bracket_or_owner(toks: list[Tok], x: int) -> bool:
    """Whether token ``x`` is the bracket of a name's acronym ("(NBWU)") or a plural's apostrophe ("Farmers'")."""
    t = toks[x]
    if t.text == ")":
        return x >= 2 and toks[x - 1].is_upper and toks[x - 2].text == "("
    if t.text == "(":
        return x + 2 < len(toks) and toks[x + 1].is_upper and toks[x + 2].text == ")" and x > 0 and toks[x - 1].is_cap
    if t.text in {"'", "’"}:
        return x > 0 and toks[x - 1].is_cap and toks[x - 1].lower.endswith("s") and t.ws
    return False


def _spells_title(words: list[str], acronym: str) -> bool:
    """Whether ``acronym`` joins the initials of a title's last two to five words ("CPRO" of "chief public relations
    officer"), the last a title's word.

    >>> _spells_title(["Deccan", "Railway's", "chief", "public", "relations", "officer"], "CPRO")
    True
    >>> _spells_title(["Department", "of", "Public", "Works"], "DPW")
    False
    """
    if not words or words[-1].lower() not in TITLE_WORDS:
        return False
    return any("".join(w[0] for w in words[-n:]).upper() == acronym for n in range(2, min(5, len(words)) + 1))


_QUOTES_SET = {'"', "“", "”"}


def _all_titles(toks: list[Tok]) -> bool:
    """Whether the words are a post and nothing else ("Managing Director", "Deputy Chairman")."""
    return all(t.lower.rstrip(".") in TITLE_WORDS or t.lower in _TITLE_PREFIXES or t.lower in FIRM_TITLES for t in toks)


def title_initials(words: list[str]) -> set[str]:
    """The initials of a title's last two and three words, when the last is a title ("RC" of "Mtwara Regional
    Commissioner", "PS" of "permanent secretary"; never over "the" or "of").

    >>> sorted(title_initials(["Mtwara", "Regional", "Commissioner"]))
    ['MRC', 'RC']
    """
    if not words or words[-1].lower() not in TITLE_WORDS:
        return set()
    out = set()
    for size in (2, 3):
        part = words[-size:]
        if len(part) == size and all(w[:1].isalpha() and w.lower() not in {"the", "a", "an", "of"} for w in part):
            out.add("".join(w[0] for w in part).upper())
    return out


def _sentence_initial(sent: Sentence, i: int) -> bool:
    toks = sent.tokens
    k = i - 1
    while k >= 0 and toks[k].text in {'"', "“", "'", "‘", "(", "[", "«", "„", "‹", "»"}:  # (guillemets: «People were ...»)
        k -= 1
    # (after a quote opening, "shouting \"Drop it\"", or a dateline's dash, "BRENNAN FALLS, Wis. — Body camera")
    return k < 0 or toks[k].text in {":", ";", "—", "–", "):"} or (  # ("KUCHING (Dec 3): Residents": one token "):")
        k < i - 1 and toks[k + 1].text in {'"', "“"} and toks[k].ws and toks[k].is_alpha and not toks[k].is_cap
        and toks[k].lower not in _LOCATIVE and toks[k].lower not in {"the", "a", "an", "by", "for", "with", "on"}
        and i + 1 < len(toks) and toks[i + 1].is_alpha and not toks[i + 1].is_cap)


def _span_text(toks: list[Tok], i: int, j: int) -> str:
    """The tokens ``i:j`` as written, one space where there was whitespace."""
    if j - i <= 1:
        return toks[i].text.strip() if j > i else ""
    return ("".join([t.text + " " if t.ws else t.text for t in toks[i:j - 1]]) + toks[j - 1].text).strip()


# an institution's head noun ("Agency", "Office") makes a name an outlet only with a media word:
# "Xinhua News Agency" and "British Broadcasting Corporation" are outlets, "European Medicines
# Agency" and "Post Office" are not
_MEDIA_WORDS = {"news", "press", "broadcasting", "television", "radio", "tv", "newspaper", "newspapers", "media"}
_MEDIA_HEADS = {"agency", "corporation", "company", "network", "service", "group", "inc", "corp", "co", "ltd",
                "plc", "llc", "media"}

_INSTITUTION_HEADS = (ORG_WORDS - OUTLET_NAME_WORDS) | {"agency"}


def _outlet_name(name: str) -> bool:
    """Whether an organisation's name is a news outlet's ("The Northern Ledger", "Xinhua News Agency")."""
    words = [w.lower().rstrip(".") for w in re.split(r"[\s-]+", name) if w]
    if len(words) >= 2 and name.split()[-1] in _PAPER_NAME_NOUNS:
        return True  # "Jutarnji list", "Lidové noviny": a paper named in its language
    if words and words[0] in BROADCASTERS:
        return True  # "Yle", "RTÉ News": a public broadcaster (a name of its own, never a short form's word)
    if len(words) == 1 and len(words[0]) > 6 and words[0].endswith(("news", "press")) and name[:1].isupper():
        return True  # "Interpressnews", "MercoPress": an agency's name run together
    if len(words) == 2 and name.split()[-1] == "Live" and name[:1].isupper() and words[0] not in ORG_WORDS:
        return True  # "Devon Live", "Hull Live": a county's or a city's news site
    raw = [w.rstrip(".") for w in re.split(r"[\s-]+", name) if w]
    if not any(w in OUTLET_NAME_WORDS and not (
            len(words) > 1 and w in WIRE_AGENCIES and w not in NEWSPAPER_WORDS and len(w) <= 4 and not r.isupper())
               for w, r in zip(words, raw)):
        return False  # (a wire's short name inside a longer one only in capitals: "SPA", not the firm "Minera X SpA")
    if "news" not in words and "press" not in words and any(
            w == "agency" and k + 1 < len(words) and words[k + 1] in {"for", "of"} for k, w in enumerate(words)):
        return False  # "the Flemish Agency for Care and Health": a public body's "agency for", no news agency
    if words[-1] in _INSTITUTION_HEADS:
        return words[-1] in _MEDIA_HEADS and any(w in _MEDIA_WORDS for w in words[:-1])
    return True


# function words an acronym leaves out, in English, the Romance and the Germanic languages ("Calq": Cooperativa Agraria Lechera
# del Queguay)
_ACRONYM_SKIPS = {"the", "of", "and", "for", "&", "de", "del", "la", "las", "los", "el", "y", "e", "da", "do", "das", "dos",
                  "des", "du", "di", "della", "delle", "et",
                  "en", "van", "der", "den", "het", "voor", "und", "für", "og", "och"}  # ("PHL": Pensioenfonds Havens en Logistiek)


def _acronym(name: str) -> str:
    words = [w for w in re.split(r"[\s-]+", name) if w and w.lower() not in _ACRONYM_SKIPS]
    return "".join(w[0] for w in words).upper()


def _acronyms(name: str) -> set[str]:
    """A name's acronyms, with and without its legal form: "SRP" of "PT Sentosa Rimba Perkasa"."""
    words = name.split()
    while len(words) > 2 and words[0].lower().rstrip(".") in _LEGAL_PREFIXES:
        words = words[1:]
    while len(words) > 2 and words[-1].lower().rstrip(".") in _LEGAL_FORMS:
        words = words[:-1]
    out = {_acronym(name), _acronym(" ".join(words))}
    if len(words) >= 3 and words[0].isupper() and words[0].isalpha() and len(words[0]) <= 4 and not words[1].isupper():
        out.add(_acronym(" ".join(words[1:])))  # "EPA" of "NSW Environment Protection Authority": the state's prefix left out
    for k in (1, 2):
        if len(words) - k >= 3 and (" ".join(words[:k]) in us_states() or " ".join(words[:k]) in AP_STATE_ABBREVIATIONS):
            out |= _acronyms(" ".join(words[k:]))  # "DEQ" of "Virginia Department of Environmental Quality": its state left out
    parts = [w for w in re.split(r"[\s-]+", name) if w and w.lower() != "the"]
    if len(parts) >= 3 and any(w.islower() for w in parts):
        # "MDOT" of "Michigan Department of Transportation", "TfL" of "Transport for London", "TCEQ" of "Texas
        # Commission on Environmental Quality": the small words in capitals, in lower case, or left out
        out.add("".join(w[0] for w in parts).upper())
        out.add("".join(w[0] for w in parts))
        out.add("".join(w[0] for w in parts if not w.islower()).upper())
    return out


def _tail_acronyms(name: str) -> set[str]:
    """The acronyms of a body's last three words or more: "NRD" of "Lower Platte South Natural Resources District"
    (its area's name left out; tried only where no whole name's acronym fits).

    >>> sorted(_tail_acronyms("Lower Platte South Natural Resources District"))
    ['NRD', 'PSNRD', 'SNRD']
    """
    words = name.split()
    if not words or not (words[-1].lower() in ORG_WORDS or words[-1] == "District"):
        return set()
    return {_acronym(" ".join(words[k:])) for k in range(1, len(words) - 2) if all(w[:1].isupper() for w in words[k:])}


def _clipped(short: str, name: str) -> bool:
    """Whether ``short`` joins the first letters of each of a name's words: "DepEd" of "Department of Education",
    "FinCEN" of "Financial Crimes Enforcement Network"; or, its pieces of three letters or more, the starts of some of
    them in order: "PenCom" of "National Pension Commission"."""
    pieces = re.findall(r"[A-Z][a-z]*", short)
    words = [w for w in name.split() if w.lower() not in {"the", "of", "and", "for", "&"}]
    if len(pieces) < 2 or "".join(pieces) != short or not any(len(p) > 1 for p in pieces):
        return False
    if len(pieces) == len(words):
        return all(w.lower().startswith(p.lower()) for p, w in zip(pieces, words))
    k = 0
    for w in words:
        if k < len(pieces) and len(pieces[k]) >= 3 and w.lower().startswith(pieces[k].lower()) and len(w) > len(pieces[k]):
            k += 1
    return k == len(pieces)


def _syllabic(short: str, name: str) -> bool:
    """Whether ``short`` is the start of each word of ``name`` in turn, every word giving at least a letter and
    three words or more ("Ivesco": Indus Valley Electric Supply Company).

    Two words will do when each gives three letters or more ("Comelec": Commission on Elections).

    >>> _syllabic("Ivesco", "Indus Valley Electric Supply Company"), _syllabic("Ivan", "Indus Valley Association")
    (True, False)
    >>> _syllabic("Comelec", "Commission on Elections"), _syllabic("Coel", "Commission on Elections")
    (True, False)
    """
    words = [w.lower() for w in name.split() if w.lower() not in _ACRONYM_SKIPS | {"on", "to", "in"}]
    if len(words) < 2 or not all(w.isalpha() for w in words):
        return False
    least = 1 if len(words) >= 3 else 3
    target = short.lower()

    def fits(pos: int, k: int) -> bool:
        if k == len(words):
            return pos == len(target)
        w = words[k]
        return any(target.startswith(w[:n], pos) and fits(pos + n, k + 1)
                   for n in range(least, min(len(w), len(target) - pos) + 1))
    return fits(0, 0)


def _letters_in_order(acronym: str, name: str) -> bool:
    """Whether the acronym's letters occur in the name in order, the first one first ("FECAHW" of "Federation ...")."""
    low, k = name.lower(), 0
    if not low or low[0] != acronym[0].lower():
        return False
    for ch in acronym.lower():
        k = low.find(ch, k)
        if k < 0:
            return False
        k += 1
    return True


def _join_short_and_names(sentences: list[Sentence]) -> None:
    """A body met by its full name with an "and" inside ("Power and Water Corporation") is the same body when the
    story later drops its last word ("Power and Water disputes those figures"): the two runs around "and" become one."""
    fronts = set[tuple[str, str]]()
    for s in sentences:
        for i, j in _runs(s):
            toks = s.tokens
            for k in range(i + 1, j - 2):
                if toks[k].lower == "and" and toks[j - 1].lower in ORG_WORDS:
                    fronts.add((_span_text(toks, i, k), _span_text(toks, k + 1, j - 1)))
    if not fronts:
        return
    for s in sentences:
        runs, toks = _runs(s), s.tokens
        for x in range(len(runs) - 2, -1, -1):
            (i1, j1), (i2, j2) = runs[x], runs[x + 1]
            if i2 == j1 + 1 and toks[j1].lower == "and" \
                    and (_span_text(toks, i1, j1), _span_text(toks, i2, j2)) in fronts:
                runs[x:x + 2] = [(i1, j2)]


class _Builder:
    def __init__(self, sentences: list[Sentence]):
        self.sentences = sentences
        _join_short_and_names(sentences)
        self.places = places()
        self.cities = cities()
        self.raw: list[tuple[str, int, int, int, dict]] = []  # (surface, start, end, sid, features)
        self.council_towns: set[str] = set()  # "Rakvere" of "the Rakvere city government"
        self.defined: list[tuple[str, str]] = []  # a press release's defined terms: ("Company", "Voltera Cell ...")
        self.dateline: tuple[int, int] = (0, 0)  # span of a wire dateline's place (collect)
        self.roles: dict[str, list[str]] = defaultdict(list)
        # ("who chairs the group": a person's post, told in a clause; kept apart, as it says nothing of what they are)
        self.clause_roles: dict[str, list[str]] = defaultdict(list)
        self.norp: list[tuple[str, int, int, int]] = []
        self.press: set[str] = set()  # names described as a newspaper, a magazine ... in apposition
        self._epithet_links: list[tuple] = []  # "Musk's company, SpaceX": (name, start, end, sid, text)
        self._late_links: list[tuple] = []  # "SpaceX, a rocket company,": the same, linked after the rest
        self.title_acronyms: dict[str, str] = {}  # "The District Chief Executive (DCE) for Nsuopon, Mr X,": DCE -> X
        caps_mid: Counter[str] = Counter()
        # two capitalised words in a row inside a sentence: "Mother Lode" of "owner, Mother Lode Electric Co."
        self.pairs_mid: set[tuple[str, str]] = set()
        for s in sentences:
            for i, j in _runs(s):
                if j - i > 1 and not _sentence_initial(s, i):
                    self.pairs_mid.add((s.tokens[i].text, s.tokens[i + 1].text))
                # words of multi-word names count too: "Quist told..." after "Marta Quist"
                for k in range(i if not _sentence_initial(s, i) or j - i > 1 else j, j):
                    if (k == i or k == j - 1 or s.tokens[j - 1].lower not in ORG_WORDS
                        or k == i + 1 and j - i >= 4 and s.tokens[i].text in countries()) \
                            and not (j - i > 1 and s.tokens[k].lower in ORG_WORDS):
                        # (not "Fire" of "Waitaha Rural Fire Service": "Fire crews said"; nor "Court" of
                        # "the Court of King's Bench": "Court filings show")
                        caps_mid[s.tokens[k].text] += 1
                        w = s.tokens[k].text
                        if w.startswith(_OPENING_PARTICLES):
                            # "d'Entremont" inside a name: "D'Entremont told CBC News" opening a sentence is it
                            caps_mid[w[0].upper() + w[1:]] += 1
        self.caps_mid = caps_mid
        # family names before a hyphenated given name ("Do" of "Do Jae-woong"): a name even when it is also a word
        self.family_first = {m.group(1) for s in sentences if "-" in s.text for m in _FAMILY_FIRST.finditer(s.text)
                             if m.group(3) not in _HYPHEN_SUFFIXES and m.group(3) not in _HYPHEN_WORDS
                             and m.group(1).lower() not in {"the", "a", "an", "in", "on", "at", "by", "for", "but", "as"}}
        self._lowercase: set[str] | None = None  # the article's words written in lower case, on first use
        self._dotted: set[str] | None = None
        self._titles: set[str] | None = None

    def dotted_tails(self) -> set[str]:
        """The names after a father's initial ("Enkhtuya" of "G.Enkhtuya"): a later "Enkhtuya said" is her."""
        if self._dotted is None:
            self._dotted = {t.text.split(".", 1)[1] for s in self.sentences for t in s.tokens
                            if "." in t.text and _DOTTED_INITIAL.fullmatch(t.text)}
        return self._dotted

    def title_initials(self) -> set[str]:
        """The initials of the titles the article writes out ("RC" of "Regional Commissioner", "PS" of "permanent
        secretary"): "the RC said" is that official, not an organisation called RC."""
        if self._titles is None:
            self._titles = set()
            for s in self.sentences:
                toks = s.tokens
                for k, t in enumerate(toks):
                    if t.lower in TITLE_WORDS:
                        self._titles |= title_initials([x.text for x in toks[max(0, k - 2):k + 1]])
            # (not one the article gives in brackets after the title: "Municipal Chief Executive (MCE)" is read there)
            bracketed = {toks[k].text for s in self.sentences for toks in [s.tokens] for k in range(1, len(toks) - 1)
                         if toks[k - 1].text == "(" and toks[k + 1].text == ")"}
            self._titles -= bracketed
        return self._titles

    def lowercase(self) -> set[str]:
        """The words the article writes in lower case (nouns, verbs): what a name made of them is not (a person)."""
        if self._lowercase is None:
            self._lowercase = {t.lower for s in self.sentences for t in s.tokens
                               if t.is_alpha and not t.is_cap and len(t.lower) > 2} - _CONNECTORS
        return self._lowercase

    def _link_description(self, s: Sentence, name_i: int, role: str, surface: str) -> None:
        """"the Brussels law firm Delacroix Verhoeven", "Azerbaijan’s state news agency AZERTAC": the description
        before a body's name, with its article or owner, is an epithet of it."""
        toks = s.tokens
        end = toks[name_i - 1].end
        at = s.text.rfind(role, 0, end - s.start)
        if at < 0 or s.start + at + len(role) != end:
            return
        k = next((x for x, t in enumerate(toks) if t.start == s.start + at), None)
        if k is None:
            return
        if k >= 1 and toks[k - 1].lower in {"the", "a", "an"}:
            k -= 1
        elif k >= 2 and toks[k - 1].text in _POSSESSIVES and toks[k - 2].is_cap:
            k -= 2
        if k < name_i - 1:
            self._epithet_links.append((surface, toks[k].start, end, s.sid, _span_text(toks, k, name_i)))

    def _lowercase_title(self, toks: list[Tok], i: int, j: int) -> bool:
        """Whether the name t[i:j] opens with a title in any language: a word the article writes in lower case
        elsewhere, before a given name ("Informateur Wilma ter Horst", later "the informateur")."""
        return j - i >= 3 and toks[i].is_cap and toks[i].is_alpha and toks[i + 1].is_cap \
            and toks[i].lower in self.lowercase() and toks[i].lower not in given_names() \
            and toks[i + 1].lower in given_names() and toks[i + 1].lower not in self.lowercase() \
            and not any(t.lower in ORG_WORDS or t.lower in _BODY_WORDS or t.lower in _LOC_WORDS or t.lower in PLACE_NOUNS
                        or t.lower in COMPASS or t.lower in TITLE_WORDS or t.lower in OUTLET_NAME_WORDS
                        for t in toks[i:j])  # (given names are noisy: "Western North Region", "Government General Hospital")

    # -- candidates -------------------------------------------------------------------------
    def collect(self) -> None:
        # the wire dateline opens the first paragraph, after a standfirst if there is one
        sid = dateline_sentence(self.sentences)
        first = next((x for x in self.sentences[:3] if x.sid == sid), None)
        m = lead_dateline(first.text) if first is not None else None
        if m is None:
            # (past a photo's caption before the first paragraph: "... in Iloilo City. PN FILE PHOTO" / "ILOILO City –")
            later = next((x for x in self.sentences[:4] if x.para_first and x is not first
                          and (mm := lead_dateline(x.text)) is not None and mm.re is DATELINE), None)
            if later is not None:
                first, m = later, lead_dateline(later.text)
        # the place of a wire dateline ("SAN FRANCISCO — "): a place, though written in capitals
        key = "place" if m is not None and m.re is DATELINE and m.group("place") else "town"  # (AFP's "Nairobi (AFP) -")
        self.dateline = (first.start + m.start(key), first.start + m.end(key)) if first is not None and m else (0, 0)
        if first is not None and m is not None and m.re is not DATELINE:
            # "Nuku'alofa, Tonga A dispute ...": no dash ends the dateline, so its last name ends where it does
            cut = first.start + m.end()
            split_runs = []
            for a, b in _runs(first):
                k = next((x for x in range(a + 1, b) if first.tokens[x].start >= cut), b) if first.tokens[a].start < cut else b
                split_runs += [(a, k), (k, b)] if k < b else [(a, b)]
            first.runs = split_runs
        # a transcript's speaker labels ("ÉLISE FORTIER, CANADIAN MINISTER ...:") are no names in capitals: the
        # speakers are named in the text, and each turn is theirs (``kit.claims``)
        labels = speaker_labels(self.sentences)
        for s in self.sentences:
            label_end = labels[s.sid][0] if s.sid in labels else -1
            for i, j in _runs(s):
                if s.tokens[i].start < label_end:
                    continue
                if j - i >= 3 and s.tokens[i].lower not in TITLE_WORDS and (
                        (d := j - 1 if _DOTTED_INITIAL.fullmatch(s.tokens[j - 1].text) else j - 3) > i
                        and _opens_dotted_name(s.tokens, d) and s.tokens[d - 1].is_cap):  # (not "Folha de S.Paulo")
                    # "Performance Audit Department of the National Audit Office D.Solongo": the body, then the
                    # Mongolian name after it (a title's run, "Executive Director of Khar Tal Mining LLC D.Tsogtbayar",
                    # is read whole: the post is the name's role)
                    self._candidate(s, i, d)
                    self._candidate(s, d, j)
                    continue
                self._candidate(s, i, j)
            if "ministry" in s.text:
                self._lowercase_ministries(s)
            if " city " in s.text or " town " in s.text or " municipal " in s.text or "’s office" in s.text \
                    or "'s office" in s.text or "al government" in s.text or "al council" in s.text or " prefecture" in s.text \
                    or "al assembly" in s.text or "al police" in s.text:
                self._lowercase_councils(s)
            if "-" in s.text or "–" in s.text:
                self._routes(s)
            if " as the " in s.text:
                self._known_as(s)
            if "(" in s.text:
                for m in _DEFINED_TERMS.finditer(s.text):
                    # 'Voltera Cell Technologies, Inc. ("Voltera" or the "Company")': both short forms are it
                    self.defined += [(short, m.group("long").rstrip(",. ")) for short in (m.group("a"), m.group("b")) if short]
            self._appositions(s)

    def _known_as(self, s: Sentence) -> None:
        """A thing named with a common noun after its name: "the statue, known as the Kpendu bronze", "a tunnel dubbed
        the Rakow bypass" (the whole phrase is its name, and "the bronze" refers back to it)."""
        toks = s.tokens
        for k in range(1, len(toks) - 3):
            if toks[k].lower != "as" or toks[k + 1].lower != "the" or toks[k - 1].lower not in _NAMED_AS:
                continue
            i = j = k + 2
            while j < len(toks) and toks[j].is_cap and toks[j].is_alpha and toks[j].lower not in NON_NAME_CAPS:
                j += 1
            if j == i or j - i > 3 or j >= len(toks) or not toks[j].is_alpha or toks[j].is_cap \
                    or toks[j].lower in STOP_WORDS or toks[j].lower.endswith(("ed", "ing", "ly")):
                continue
            if j + 1 < len(toks) and toks[j + 1].is_alpha and not toks[j + 1].is_cap and toks[j + 1].lower not in STOP_WORDS:
                continue  # (not a phrase that goes on: "known as the Kpendu trade routes ...")
            feats = self._features(s, i, j + 1)
            feats["known_as"] = True
            self.raw.append((_span_text(toks, i, j + 1), toks[i].start, toks[j].end, s.sid, feats))

    def _lowercase_ministries(self, s: Sentence) -> None:
        """A ministry written in lower case, as wires write them: "the transport ministry", "Russia's foreign
        ministry", "the Czech foreign ministry" (its country kept: two countries' ministries are two bodies)."""
        toks = s.tokens
        for j, t in enumerate(toks):
            if t.text != "ministry":
                continue
            i = j
            while i > 0 and toks[i - 1].is_alpha and not toks[i - 1].is_cap and (
                    toks[i - 1].lower in _PORTFOLIO_WORDS or toks[i - 1].lower in {"deputy", "civil"}):
                i -= 1
            if i == j or not any(toks[x].lower in _PORTFOLIO_WORDS for x in range(i, j)):
                continue  # "the ministry": an epithet, not a name
            if i >= 2 and toks[i - 1].text in {"'s", "’s"} and toks[i - 2].is_cap and toks[i - 2].text in self.places:
                i -= 2  # "Russia's foreign ministry"
            elif i >= 1 and toks[i - 1].is_cap and (toks[i - 1].lower in _DEMONYMS or toks[i - 1].text == "Union"):
                i -= 1  # "the Czech foreign ministry", "the Union civil aviation ministry"
            if any(a <= t.start < b for _, a, b, _, _ in self.raw[-8:]):
                continue  # inside a name already read ("the Ministry of ..."): not twice
            feats = self._features(s, i, j + 1)
            self.raw.append((_span_text(toks, i, j + 1), toks[i].start, toks[j].end, s.sid, feats))

    def _routes(self, s: Sentence) -> None:
        """A route named for the two places it joins: "the Pápa–Kerekhalom branch line", "the Laiagam–Porgera road"
        (a place of its own, which "the line" and "the road" refer back to)."""
        toks = s.tokens
        for k in range(3, len(toks)):
            if toks[k].lower not in _ROUTE_NOUNS or toks[k].is_cap:
                continue
            m = k
            while m > k - 2 and toks[m - 1].lower in _ROUTE_MODIFIERS:
                m -= 1
            if m < 3 or toks[m - 2].text not in {"-", "–"} or toks[m - 3].ws or toks[m - 2].ws \
                    or not toks[m - 1].is_cap or not toks[m - 3].is_cap:
                continue
            a = m - 3
            while a >= 2 and toks[a - 1].text in {"-", "–"} and not toks[a - 1].ws and not toks[a - 2].ws and toks[a - 2].is_cap:
                a -= 2  # "the Zadar-Rava-Iž line": a route through three places
            feats = self._features(s, a, k + 1)
            feats["route"] = toks[k].lower
            # named without its kind of line ("branch", "rail"): "the Pápa–Kerekhalom branch line" is the
            # "Pápa–Kerekhalom line" too
            self.raw.append((_span_text(toks, a, m) + " " + toks[k].text, toks[a].start, toks[k].end, s.sid, feats))

    def _lowercase_councils(self, s: Sentence) -> None:
        """A place's government or office written in lower case after its name: "the Rakvere city government", "the
        Tarrow town council", "the Rostov region prosecutor’s office", "the Madrid regional government" (a body of its
        own, not the place)."""
        toks = s.tokens
        for k in range(1, len(toks) - 1):
            if not toks[k - 1].is_cap or toks[k - 1].lower in NON_NAME_CAPS or toks[k - 1].lower in _DEMONYMS:
                continue
            e = k
            while e < len(toks) and e - k < 2 and toks[e].lower in _LOCAL_LEVELS and not toks[e].is_cap:
                e += 1  # "region", "regional", "public": the level of the office
            if e + 2 < len(toks) and toks[e].lower in _OFFICE_HOLDERS and not toks[e].is_cap \
                    and toks[e + 1].text in _POSSESSIVES and toks[e + 2].lower == "office":
                e += 3  # "Angoulême prosecutor's office"
            elif e > k and e < len(toks) and toks[e].lower in _COUNCIL_NOUNS | _LOCAL_BODIES and not toks[e].is_cap:
                e += 1  # "Basra provincial council"
            else:
                continue
            i = k - 1
            while i > 0 and toks[i - 1].is_cap and toks[i - 1].lower not in NON_NAME_CAPS and k - i < 3:
                i -= 1
            if i > 0 and toks[i - 1].lower not in {"the", "of", "by", "from", "with", "to", "and", "for"}:
                continue
            # the town's name is read inside the body's name, and stays a town's name ("Kelbridge" elsewhere)
            self.council_towns.add(_span_text(toks, i, k))
            self.raw = [r for r in self.raw if not (r[1] == toks[i].start and r[2] == toks[k - 1].end)]
            feats = self._features(s, i, e)
            self.raw.append((_span_text(toks, i, e), toks[i].start, toks[e - 1].end, s.sid, feats))

    def _candidate(self, s: Sentence, i: int, j: int) -> None:
        toks = s.tokens
        if j < len(toks) - 1 and toks[j].text == "." and toks[j + 1].is_cap and all(t.lower in HONORIFICS for t in toks[i:j]):
            return  # "Datuk Ir. Kamarulzaman bin Yusof": honorifics before the name, no name of their own
        i0 = i + (toks[i].lower == "the")
        party_group = 0 < i0 < j < len(toks) and toks[i0 - 1].lower == "the" and toks[j].text == "group" \
            and all(t.lower in _PARTY_WORDS for t in toks[i0:j])
        if party_group:
            i, j = i0, j + 1  # "The Liberal Democrat group disputes": a party's members on a council, a body of their own
        amount = j + 1 if j + 1 < len(toks) and toks[j].text == "." else j  # ("Rs. 4.5 million")
        if j - i >= 2 and amount < len(toks) and toks[amount].text[:1].isdigit() and (
                toks[j - 1].text in currency_codes() or toks[j - 1].text.rstrip(".") in CURRENCY_SIGNS):
            j -= 1  # "fined Renovia RON 20,000", "Suwa Sevana Rs. 4.5 million": the firm, then the currency
        if j - i >= 2 and toks[j - 1].lower in _HOLIDAYS:
            j -= 1  # "Leeds Christmas markets": the city, then the feast
        if toks[j - 1].text in {"Day", "July"} and _HOLIDAY_NAME.search(_span_text(toks, max(0, i - 5), j)):
            return  # "Memorial Day", "Martin Luther King Jr. Day", "Fourth of July": a day, nobody's name
        if toks[i].text[:1] in {"-", "–"} or j - i >= 3 and toks[i].lower in _HOLIDAYS and toks[i + 1].text in {"-", "–"}:
            return  # "the Christmas-New Year period": two feasts, no name
        if i == 0 and j == 1 and len(toks) > 2 and toks[1].is_alpha and not toks[1].is_cap \
                and toks[1].lower in _BARE_BODY_HEADS and s.text.rstrip()[-1:] not in {".", "!", "?", '"', "”", "’", ")"}:
            return  # "Water district stands by appraisals": a headline's bare subject, its first word no name
        if j + 1 < len(toks) and toks[j].text in _POSSESSIVES and toks[j + 1].text == "Day" \
                and _HOLIDAY_NAME.search(_span_text(toks, i, j + 2)):
            return  # "Valentine’s Day"
        if j - i >= 2 and toks[j - 1].text in {"Democrat", "Republican"} and i > 0 and toks[i - 1].lower in {"a", "an"}:
            return  # "Assemblyman Victor Salerno, a Passaic Democrat,": a party member from a place, no name
        if toks[j - 1].text == "Break" and (j - i == 2 and toks[i].lower in _SCHOOL_BREAKS
                                            or j - i == 1 and i > 0 and toks[i - 1].lower in _SCHOOL_BREAKS):
            return  # "over March Break": a school holiday
        if j - i == 1 and toks[i].text.endswith("-based") and toks[i].text[:-6] in AP_STATE_ABBREVIATIONS:
            return  # "the Nashville, Tenn.-based company": where a firm is, no name
        if 2 <= j - i <= 3 and toks[j - 1].lower in TITLE_WORDS and toks[j - 1].lower not in ORG_WORDS \
                and ((place := _span_text(toks, i, j - 1)) in self.places or place in self.cities or place in places()
                     or j - i == 3 and toks[i + 1].lower in _REGION_NOUNS and toks[i].is_alpha) \
                and j + 1 < len(toks) and toks[j].text == "," and toks[j + 1].is_cap:
            j -= 1  # "Mombasa Governor, Dr Jane Roe, said", "Malaita Province Premier, Honourable X,": a place, a title
        if toks[0].is_upper and len(toks[0].text) > 1 and all(t.is_upper or not t.is_alpha for t in toks[:j]) and all(
                t.is_alpha and (t.lower in STOP_WORDS or t.lower in NON_NAME_CAPS or t.lower in self.lowercase())
                for t in toks[i:j]):
            return  # "PARENTS OF MORE than 130 children": a lede's first words in capitals, no name
        if j - i == 3 and toks[i].is_upper and toks[i].is_alpha and 2 <= len(toks[i].text) <= 6 \
                and toks[i].lower.rstrip(".") not in TITLE_WORDS and toks[i].lower.rstrip(".") not in TITLE_ABBREVIATIONS \
                and toks[i].text not in _SHIP_PREFIXES and toks[i + 1].lower in given_names() \
                and toks[i + 1].is_title and toks[i + 2].is_title \
                and toks[i + 2].lower not in ORG_WORDS and i > 0 and toks[i - 1].lower in {"the", "of"}:
            # "general manager of the BWA Jerome Harewood": a body's initials, then the person
            self._candidate(s, i, i + 1)
            self._candidate(s, i + 1, j)
            return
        of = next((x for x in range(i + 2, min(j - 1, i + 4)) if toks[x].lower == "of"), None)
        if of is not None and toks[i].lower in given_names() and all(t.is_cap and t.lower not in ORG_WORDS
                                                                     and t.lower not in _BODY_HEADS for t in toks[i:of]) \
                and toks[j - 1].lower in ORG_WORDS and toks[of + 1].lower not in {"the", "state"}:
            # "Riaan Pretorius of Pretorius Ndaba Attorneys": a person, then the firm they are of
            self._candidate(s, i, of)
            self._candidate(s, of + 1, j)
            return
        if j - i == 1 and j < len(toks) and toks[i].lower in {"channel", "radio"} and toks[j].text.isdigit() \
                and len(toks[j].text) <= 2 and (j + 1 == len(toks) or toks[j + 1].lower in REPORTING_VERBS
                                                 or i > 0 and toks[i - 1].lower in {"told", "to", "on"}):
            j += 1  # "Channel 5 reported", "told Radio 4": a station's name ends on its number
        if i > 0 and toks[i - 1].lower in _SHIP_NOUNS and j < len(toks) and toks[j].text.isdigit() and len(toks[j].text) >= 3 \
                and toks[j - 1].ws and (j + 1 == len(toks) or toks[j + 1].text not in {"-", "/", "%"}):
            j += 1  # "the trawler Qiong Wen Yu 20817": a boat's name ends on its hull number
        if i > 0 and toks[i].text in {"M", "B", "K", "T"} and toks[i - 1].text[-1:].isdigit() and not toks[i - 1].ws:
            i += 1  # "$50M ARR": a figure's "M", no name's first letter
            if i >= j:
                return
        if i > 0 and toks[i].text in {"AM", "PM"} and toks[i - 1].text[:1].isdigit() and j - i <= 2:
            return  # "2:15 PM PDT": a clock time's zone, no name
        if i == 0 and j - i >= 2 and toks[0].lower.endswith("ing") and len(toks[0].text) > 6 and toks[0].text[1:].islower() \
                and (j < len(toks) and toks[j].text in {"'s", "’s", ","} or _span_text(toks, 1, j) in countries()) \
                and toks[0].lower not in _CLUB_FIRST \
                and toks[0].text not in places() and toks[0].lower not in surnames() and toks[0].lower not in given_names():
            i = 1  # "Assessing Keswell's loss, the judge ...", "Neighbouring Malaysia": a participle, then the name
        x = i + 1 if toks[i].text.endswith(".") else i + 2
        if j - i <= 2 and len(toks[i].text.rstrip(".")) == 1 and x < len(toks) and x >= j \
                and (x == i + 1 or toks[i + 1].text == ".") and toks[x].is_alpha and not toks[x].is_cap:
            return  # "E. coli", "S. aureus": a genus's initial before its species, no name
        if j - i >= 4 and i >= 3 and toks[j - 3].lower in _BODY_WORDS and toks[i - 1].lower == "the" and toks[i - 2].lower == "of" \
                and toks[i - 3].lower.rstrip(".") in TITLE_WORDS and all(
                    t.is_cap and t.is_alpha and t.lower not in ORG_WORDS and t.lower.rstrip(".") not in TITLE_WORDS
                    and t.lower not in NON_NAME_CAPS for t in toks[j - 2:j]) \
                and j < len(toks) and toks[j].lower in REPORTING_VERBS:
            # "Deputy Chairman of the Water Committee Hrachya Avetisyan told reporters": the body, then its officer
            t0 = i - 3
            while t0 > 0 and (toks[t0 - 1].lower.rstrip(".") in TITLE_WORDS or toks[t0 - 1].lower in _TITLE_PREFIXES) \
                    and toks[t0 - 1].is_alpha:
                t0 -= 1
            self._candidate(s, i, j - 2)
            self._candidate(s, j - 2, j)
            self.roles[_span_text(toks, j - 2, j)].append(_span_text(toks, t0, j - 2))
            return
        if 2 <= j - i <= 4 and toks[j - 1].lower in {"democrat", "republican"} and (
                i > 0 and toks[i - 1].lower == "the" and _span_text(toks, i, j - 1) in us_states()
                or toks[i].lower == "the" and _span_text(toks, i + 1, j - 1) in us_states()):
            return  # "the Ohio Republican": a lawmaker described by state and party (kit.epithets), no name
        if j - i == 1 and (toks[i].lower[:-1] in WEEKDAYS and toks[i].lower.endswith("s")
                           or toks[i].lower in {"tues", "weds", "thurs"}):
            return  # "blasts only on Wednesdays", "Tues. Nov. 24": days, no name
        if j - i >= 2 and i > 0 and toks[i - 1].lower in {"the", "its", "his", "her", "their", "'s", "’s"} \
                and _all_titles(toks[i:j]) and j < len(toks) and toks[j].text == ",":
            # "the Managing Director, Engr. Dagogo Ibiama,", "Medora Healthcare's Managing Director, Ruwan de Alwis,":
            # a title before the name in apposition, no name
            return
        if i > 0 and toks[i - 1].lower in {"its", "his", "her", "their"} and j - i >= 3 and toks[i].lower in TITLE_WORDS \
                and toks[i + 1].lower in {"of", "for"} and toks[j - 1].lower not in _BODY_WORDS:
            return  # "by its Head of Media and Public Affairs, Mrs ...": a post, no body
        if i >= 2 and toks[i - 1].lower == "and" and toks[i - 2].is_cap and j + 1 < len(toks) and toks[j].text == "," \
                and toks[j + 1].lower.rstrip(".") in HONORIFICS and any(
                    toks[x].lower in TITLE_WORDS and toks[x + 1].lower in {"of", "for"} for x in range(max(0, i - 6), i - 2)):
            return  # "Head of Media and Public Affairs, Mrs Chinyere Okonkwo-Udeh": the post's last words, no name
        if j - i >= 2 and toks[i].text.isupper() and toks[i].is_alpha and 2 <= len(toks[i].text) <= 6 \
                and _all_titles(toks[i + 1:j]) and toks[j - 1].lower in TITLE_WORDS and j < len(toks) and toks[j].text == ",":
            self._candidate(s, i, i + 1)  # "NPA Managing Director, Madam Hawa M. Massaquoi,": the authority's initials
            return
        x_of = next((x for x in range(i + 1, j - 2) if toks[x].lower == "of"), None)
        if x_of is not None and toks[x_of - 1].lower in TITLE_WORDS and toks[x_of + 1].lower != "the" \
                and (toks[j - 1].lower in ORG_WORDS or toks[j - 1].lower.rstrip(".") in _LEGAL_FORMS) \
                and all(t.is_cap for t in toks[x_of + 1:j]) and j < len(toks) and toks[j].text == "," \
                and j + 1 < len(toks) and toks[j + 1].lower in {"which", "who", "that"}:
            # "The Operations Manager of Asaase Sika Mining Limited, which holds the licence, Kwame Owusu-Ansah,":
            # a title of a firm, the firm named (the person is named after the clause)
            self._candidate(s, x_of + 1, j)
            return
        if j - i == 1 and i > 0 and toks[i - 1].text in _POSSESSIVES and j < len(toks) and not toks[j].is_cap \
                and toks[j].lower in {"office", "offices", "department", "unit", "division", "branch", "wing", "desk", "team"}:
            return  # "the Board's State office", "the council's Planning department": a capitalised word of a unit
        if j - i == 1 and toks[i].text == "Me" and i > 0 and toks[i - 1].text in {"'", "’"} and not toks[i - 1].ws:
            return  # "'Me 'Mamotšelisi Ramone": the Sesotho for "Mrs", no name
        if j - i == 2 and toks[i].text == "New" and toks[i + 1].text == "Year" or j - i == 1 and toks[i].text in {"Eve", "Day"} \
                and i >= 2 and toks[i - 1].text in {"'s", "’s"} and toks[i - 2].text == "Year":
            return  # "New Year's Eve": a day, no name
        if j - i == 1 and toks[i].text in {"Image", "Photo", "Picture", "Credit"} and j < len(toks) and toks[j].text == ":":
            return  # "(Image: Submitted)": a photo's credit, its label no name
        if toks[j - 1].text == "Eve" and j - i <= 3 and j - 2 >= 0 and toks[j - 2].lower in _HOLIDAYS:
            return  # "on Christmas Eve", "On Christmas Eve," opening a sentence: the feast's eve, no one named Eve
        if j - i == 1 and toks[i].text in {"US", "U.S.", "U.S"} and j < len(toks) and toks[j].lower in {"dollar", "dollars", "cents"}:
            return  # "3.3 million US dollars": the currency, no mention of the country
        initial = _sentence_initial(s, i)
        if j - i >= 2 and toks[j - 1].lower in WEEKDAYS and toks[j - 2].lower in OUTLET_NAME_WORDS:
            j -= 1  # "told the Star Thursday": the paper, then the day (no one named Thursday, titled Star)
        elif j - i == 2 and toks[j - 1].lower in WEEKDAYS and i > 0 and toks[i - 1].lower in {"in", "at", "from"} \
                and toks[i].lower not in _NAMED_WEEKDAYS:
            j -= 1  # "in an interview in Kabwe Friday": the town, then the day
        # strip openers and months ("In October", "The Kremlin")
        while i < j and not (j - i >= 2 and toks[i].text in _SHIP_PREFIXES) \
                and (toks[i].lower in NON_NAME_CAPS and not (j - i == 1 and toks[i].text.isupper() and len(toks[i].text) == 2
                                                                 and toks[i].lower in HONORIFICS)  # ("told DR": no "Dr")
                         or toks[i].lower.rstrip(".") in MONTHS and not _caps_acronym(toks, i)
                         or toks[i].lower in WEEKDAYS) and not (j - i == 1 and toks[i].text in self.family_first) \
                and not (toks[i].lower == "first" and i + 1 < j and toks[i + 1].lower in {"nation", "nations"}):
            if toks[i].lower == "new" and j - i > 1 and (not initial or _span_text(toks, i, j) in self.places
                                                         or _span_text(toks, i, i + 2) in places()):
                break  # "New Zealand", "New South Wales", "New Zealand Food Safety" (but "New rules came in")
            if toks[i].lower == "may" and j - i > 1 and not initial:
                break
            if toks[i].text == "Jan" and j - i >= 2 and toks[i + 1].text[:1].isupper() and not (
                    i > 0 and toks[i - 1].lower in _BEFORE_A_MONTH):
                break  # "president Jan Lethborg": a given name (January is "Jan." or "in Jan 2024")
            if toks[i].text == "An" and j - i >= 2 and toks[i + 1].text[:1] in _IRISH_CONSONANTS \
                    and not toks[i + 1].text.isupper():
                break  # "An Coimisiún Pleanála", "An Bord Pleanála", "An Post": Irish's article, part of the name
                # (English writes "an" only before a vowel's sound: "An Ulster Bank spokesman")
            if not initial and j - i >= 3 and len(toks[i].text) <= 3 and toks[i].text.istitle() and i > 0 \
                    and toks[i - 1].is_alpha and not toks[i - 1].is_cap and toks[i].lower not in _FUNCTION_CAPS \
                    and toks[i].lower not in WEEKDAYS and toks[i].lower.rstrip(".") not in MONTHS:
                break  # "Finance director Do Thi Ngoc Lan": a short family name mid-sentence, before the rest of the name
            if toks[i].lower in WEEKDAYS and i + 1 < j and toks[i].text.isupper() and toks[i + 1].text.isupper() \
                    and len(toks[i + 1].text) > 2:
                break  # "seen by SUNDAY PUNCH": a masthead in capitals
            if toks[i].lower in WEEKDAYS and i + 1 < j and toks[i + 1].lower in OUTLET_NAME_WORDS and not (
                    i > 0 and toks[i - 1].lower in {"on", "since", "until", "by", "last", "next", "this", "every"}):
                break  # "The Sunday Ledger", "the Sunday Times": the paper's name
            i += 1
            initial = False if i < j else initial
        if j - i == 2 and toks[i].lower in _SCHOOL_YEARS and (toks[i + 1].lower in _NUMBER_WORDS_UP or toks[i + 1].text.isdigit()):
            return  # "Form Two", "Term One", "Grade 10": a school's year or term, no name
        if j - i == 1 and i > 0 and (toks[i - 1].lower == "the" or i > 1 and toks[i - 2].lower == "the"
                                     and toks[i - 1].lower in _TITLE_MODIFIERS) \
                and toks[i].text.isupper() and 2 <= len(toks[i].text) <= 3 and toks[i].text in self.title_initials():
            return  # "the RC said", "the acting MD": the Regional Commissioner the article named, by the title's initials
        if j - i == 1 and 2 <= i and toks[i - 1].text == "(" and j < len(toks) and toks[j].text == ")" \
                and toks[i].text.isupper() and _spells_title([t.text for t in toks[max(0, i - 6):i - 1]], toks[i].text):
            return  # "chief public relations officer (CPRO) Manoj Kelkar": a title's initials, no body
        if j - i >= 2 and toks[i].text in {"NGO", "NGOs"}:
            i += 1  # "the Bertoua-based NGO Green Lom Initiative": what kind of body, then its name
        if j - i == 1 and toks[i].text == "House" and i > 0 and toks[i - 1].lower == "the" and (
                j >= len(toks) or not toks[j].is_cap and toks[j].lower != "of"):
            return  # "told the House that": the legislature the article names, by its chamber (epithets)
        if j - i == 1 and toks[i].lower in {"indigenous", "aboriginal"}:
            return  # "Indigenous leaders said": a people's adjective, no name (but "Xerimã Indigenous Territory")
        if _portfolio_of_title(toks, i):
            return  # "the County Executive Committee Member (CEC) for Roads and Public Works": what the post covers
        for_role = None
        if _in_portfolio_list(toks, i):
            while i < j and toks[i].lower in _PORTFOLIO_WORDS:
                i += 1  # "Minister for Climate, Energy and the Environment Gerard Tuohy": the name after the list
            if i >= j:
                return
            t0 = i - 1
            while t0 > 0 and toks[t0].lower != "for":
                t0 -= 1
            for_role, initial = _span_text(toks, t0 - 1, i), False  # (the post, the name's role)
        if j - i == 1 and j + 1 < len(toks) and toks[j].text == "-" and not toks[j - 1].ws and toks[j + 1].is_alpha \
                and not toks[j + 1].is_cap and toks[i].lower in self.lowercase():
            return  # "the State-owned operator": a common noun in a compound, written in lower case elsewhere
        if i >= 2 and j - i >= 3 and toks[i - 1].lower == "for" and (toks[i - 2].lower in _LEGISLATORS or toks[i - 2].text
                                                                     == "Representative" or toks[i - 2].text == "Member"
                                                                     and not (i >= 3 and toks[i - 3].is_cap)
                                                                     and toks[i].lower not in _PORTFOLIO_WORDS) \
                and toks[j - 1].lower not in COMPASS | {"central", "rural", "urban"}:  # (not "MP for St Mary Central said")
            # "Independent TD for Galway West Aoife Keverney", "Member for Heathcote Liam Corrigan": the constituency, then
            # the name (and the post, her role)
            k2 = _words_back(toks, j, 2)
            t0 = i - 2
            while t0 > 0 and toks[t0 - 1].is_cap and toks[t0 - 1].lower not in NON_NAME_CAPS:
                t0 -= 1
            for_role = _span_text(toks, t0, k2)
            self._candidate(s, i, k2)
            i = k2
        if j - i == 1 and i <= 2 and len(toks[i].text) > 2 and toks[i].text.isupper() and toks[i].is_alpha \
                and j < len(toks) and toks[j].is_alpha and not toks[j].is_cap and (toks[i].lower in self.lowercase() or (
                    len(toks[i].text) >= 5 and i >= 1 and toks[i - 1].lower in {"a", "an", "the"}
                    and any(w.startswith(toks[i].lower[:4]) for w in self.lowercase()))):  # (but "COCOBOD says", "cocoa")
            # "A SCHOOL meals contractor", "A TRIBAL chief" (the article writes "tribe"): a lead's first words set in
            # capitals, a word written elsewhere
            return
        if initial and j - i > 3 and toks[i + 1].lower == "of" and toks[i].lower.endswith("s") \
                and toks[i].lower not in ORG_WORDS and toks[i].lower in self.lowercase():
            i, initial = i + 2, False  # "Creditors of Wingford Land Group, the ... developer,": the creditors of a name
        elif initial and j - i > 2 and (toks[i].lower in _OF_A_PLACE or toks[i].lower in _PART_OF) and toks[i + 1].lower == "of":
            i, initial = i + 2, False  # "Residents of Ccochapata, a village ...": the place, not a name "Residents of"
        if j - i == 4 and toks[i + 2].lower == "of" and j < len(toks) and toks[j].text == "," and not any(
                t.lower in ORG_WORDS or t.lower.rstrip(".") in TITLE_WORDS or t.lower in ROMANCE_ORG_HEADS
                for t in toks[i:i + 2]):
            self._candidate(s, i, i + 2)  # "For Deanna Whitford of Kessock, Man.,": a person, then her town
            self._candidate(s, i + 3, j)
            return
        o2 = next((x for x in range(i + 2, j - 1) if toks[x].lower == "of"), None)
        if o2 is not None and toks[o2 - 1].lower in _TRADE_LAST - {"bank", "company", "corporation"} \
                and j + 1 < len(toks) and toks[j].text == "," and toks[j + 1].is_cap \
                and (toks[j + 1].text in PLACE_ALIASES or toks[j + 1].text.rstrip(".") + "." in PLACE_ALIASES
                     or toks[j + 1].text in self.places):
            self._candidate(s, i, o2)  # "Northshield Water Systems of Pinewood Falls, Man.": a firm, then its town
            self._candidate(s, o2 + 1, j)
            return
        ofs = next((x for x in range(i + 2, j - 1) if toks[x].lower == "of"), None)
        if ofs is not None and ofs - i <= 4 and _span_text(toks, ofs + 1, j) in us_states() \
                and (i > 0 and toks[i - 1].lower.rstrip(".") in TITLE_WORDS | TITLE_ABBREVIATIONS
                     or toks[i].lower.rstrip(".") in TITLE_WORDS | TITLE_ABBREVIATIONS or toks[i].lower in given_names()) \
                and all(t.is_cap or t.text == "." for t in toks[i:ofs]):
            self._candidate(s, i, ofs)  # "Rep. Denise Aldana of Maryland": a lawmaker, then her state
            self._candidate(s, ofs + 1, j)
            return
        if ofs is not None and any(toks[x].lower in _PATRONYMIC_LINKS and toks[x + 1].is_cap for x in range(i + 1, ofs - 1)) \
                and toks[ofs + 1].is_cap:
            self._candidate(s, i, ofs)  # "Jimbun anak Ngelai of Rumah Jimbun": a person named by the father, then the place
            self._candidate(s, ofs + 1, j)
            return
        if ofs is not None and ofs - i >= 2 and toks[ofs - 1].lower in _FIRMS_FROM and j - ofs <= 3 \
                and _span_text(toks, ofs + 1, j) in self.cities:
            self._candidate(s, i, ofs)  # "Norbeck Urban Partners of Bellingham": a firm, then the town it is from
            self._candidate(s, ofs + 1, j)
            return
        if ofs is not None and 2 <= ofs - i <= 3 and toks[i].lower in given_names() and j - ofs <= 4 \
                and all(t.is_cap and t.is_alpha and t.lower not in ORG_WORDS and t.lower.rstrip(".") not in TITLE_WORDS
                        for t in toks[i:ofs]) \
                and ((place := _span_text(toks, ofs + 1, j)) in self.cities or place in cities() or place in places()):
            self._candidate(s, i, ofs)  # "Alicia Trammell of Pine Bluff": a person, then her town
            self._candidate(s, ofs + 1, j)
            return
        titled = int(i < j and toks[i].lower.rstrip(".") in TITLE_WORDS)
        if not titled and i + 1 < j and toks[i + 1].lower.rstrip(".") in TITLE_WORDS and toks[i].lower not in ORG_WORDS:
            titled = 2  # "Barangay Captain Lucena Bagaipo of ...", "Village Chief Ana Ruiz of ...": a title of two words
        o = next((x for x in range(i + 2, min(j - 1, i + 4 + max(titled - 1, 0))) if toks[x].lower == "of"), None)
        if titled == 2 and o is not None and o - i < 4:
            o = None  # "the Managing Director of Greenvale Asset Partners": a title of a body, no name between
        if o is not None and (toks[j - 1].lower in ORG_WORDS or toks[j - 1].lower in _LEGAL_FORMS
                              or any(t.text == "&" or t.lower in _MEMBER_PLURALS for t in toks[o + 1:j])
                              # (a title, then two names: a person, "Chief Loretta Greyeyes of Red Willow Cree Nation")
                              or titled and o - i >= 3 and j - o > 2
                              # (a given name and a surname, then a name of two words that is no place: "Hennie
                              # Pretorius of Ribbok Civils")
                              or o - i - titled >= 2 and j - o > 2 and toks[i + titled].lower in given_names()
                              and _span_text(toks, o + 1, j) not in self.places and _span_text(toks, o + 1, j) not in self.cities
                              and _span_text(toks, o + 1, j) not in places()) \
                and not any(t.lower in ORG_WORDS or t.lower.rstrip(".") in TITLE_WORDS or t.lower in ROMANCE_ORG_HEADS
                            or t.lower in NON_NAME_CAPS or not t.is_alpha for t in toks[i + titled:o]):
            self._candidate(s, i, o)  # "Sarah Kinnealy of Morrow Pike LLP", "of Ostrander & Vail": a person, her firm
            self._candidate(s, o + 1, j)
            return
        if j - i == 1 and j < len(toks) and (
                toks[j].text == "." and toks[i].lower in TITLE_ABBREVIATIONS  # "Hon." before a name
                or toks[j].text[:1].isdigit() and (toks[i].lower in _NUMBERED_NOUNS or toks[i].lower[:-1] in _NUMBERED_NOUNS
                                                   and toks[i].lower.endswith("s") or len(toks[i].text) == 2
                                                   and toks[i].text.isupper() and toks[j].text.isdigit())
                or i > 0 and toks[i].lower in _NUMBERED_NOUNS and _ORDINAL.fullmatch(toks[i - 1].lower)):
            return  # "Ward 14", "Local 718", "flight EF 2316", "whose 9th District": a numbered thing, not a name
        if initial and (j - i >= 3 or j - i == 2 and _DOTTED_INITIAL.fullmatch(toks[i + 1].text)) \
                and toks[i].lower in _PERSON_NOUNS_FIRST and (toks[i].text, toks[i + 1].text) not in self.pairs_mid:
            # (but "Mother Lode Electric says": a name written so inside a sentence too)
            lead_role: str | None = toks[i].text  # "Passenger Annelie Brodersen, 37, said"
            i, initial = i + 1, False
        else:
            lead_role = None
        if j + 3 < len(toks) and toks[j].lower == "and" and toks[j + 1].is_cap \
                and toks[j + 1].lower.rstrip(".") not in TITLE_WORDS and not any(
                t.lower in ORG_WORDS for t in toks[i:j]):
            m = j + 2
            while m < len(toks) and toks[m].is_cap and toks[m].lower.rstrip(".") not in TITLE_WORDS:
                m += 1
            if m < len(toks) and toks[m].is_cap and toks[m].lower in _PORTFOLIO_TITLES:
                return  # "Blue Economy and Maritime Affairs Cabinet Secretary Halima Bwanaheri": a portfolio
        name_after = j - i >= 3 and toks[j - 1].lower in TITLE_ABBREVIATIONS and j < len(toks) and toks[j].text == "."
        if name_after:
            j -= 1  # "Gitiri Ward MCA Hon. Jeremiah Mburu": the title belongs to the name after it
        if j - i >= 4 and [t.lower for t in toks[j - 3:j]] == ["member", "of", "parliament"]:
            j -= 3  # "Kasubeta Member of Parliament Hon. Brighton Mwaanga-Phiri": the constituency, a place
            if toks[j - 1].lower == "the":
                j -= 1
        postnominal = ""
        if j - i >= 3 and toks[j - 1].text in _POSTNOMINALS:
            j -= 1  # "Úna Ní Mhurchú SC, prosecuting,", "Dame Ann Leslie DBE": letters after a person's name, not of it
            postnominal = toks[j].text
            if j + 2 < len(toks) and toks[j + 1].text == "," and toks[j + 2].lower in {"prosecuting", "defending"}:
                postnominal += ", " + toks[j + 2].text  # counsel's side, as the courts' reports give it
        if j - i >= 2 and (toks[j - 1].lower in _LEGISLATORS or toks[j - 1].text == "GP" and i > 0 and toks[i - 1].lower == "the"):
            j -= 1  # "the Mwembe Kuu MP told journalists", "the Ōtaki GP said": the constituency, the town: a place
            if j - i == 1 and toks[i].lower in NON_NAME_CAPS:
                return
        while j > i and (toks[j - 1].lower in _CONNECTORS and not toks[j - 1].is_cap or toks[j - 1].text in _JOINERS):
            # (but "Hari Das", "Ángel Di": a capitalised particle ending a name is the surname)
            j -= 1
        if i >= j:
            return
        honorific, professor = None, False
        inner = next((x for x in range(j - 2, i, -1) if toks[x].lower.rstrip(".") in HONORIFICS and toks[x].is_cap
                      and toks[x - 1].lower not in _PATRONYMIC_LINKS and _honorific(toks, x)), None)  # ("binti Haji Abdul Karim": the father's)
        if inner is not None and toks[i].lower not in given_names() and inner + 1 < j \
                and not any(t.lower.rstrip(".") in TITLE_WORDS for t in toks[i:inner]):  # (titles are read below)
            i = inner  # "... Provincial Affairs and Devolution Cde Edmund Zvavahera": the name after the honorific
        while i < j - 1 and _honorific(toks, i) and toks[i].text not in _SHIP_PREFIXES:
            # (but "the 86-metre MS Nordvåg": a motor ship, in capitals)
            honorific = honorific if _second_honorific(toks, i) else toks[i].lower.rstrip(".")
            professor = professor or honorific == "prof"
            i += 1  # "Dr. Amira Haddad", "Mr. Lindqvist": the name without the honorific
        of = next((x for x in range(i + 2, min(j - 1, i + 4)) if toks[x].lower == "of"), None)
        if of is not None and (honorific or toks[i].lower in given_names()) and j - of - 1 <= 2 \
                and all(t.is_cap and t.is_alpha and t.lower not in ORG_WORDS and t.lower.rstrip(".") not in TITLE_WORDS
                        for t in toks[i:of]) and all(t.is_cap for t in toks[of + 1:j]):
            # "Mr Tom Reed of Nkulumane said": a person, then where they live (no name runs on past "of")
            n_raw = len(self.raw)
            self._candidate(s, of + 1, j)
            if len(self.raw) > n_raw:
                self.raw[-1][4]["place_of"] = True
            j = of
        # demonyms and titles in front of a name: "Russian President Vladimir Putin"
        k, role_start = i, i
        # a name kept whole, no title or demonym stripped: "the Star reported" (a newspaper, not a star), "Scottish
        # Labour", "Welsh Labour" (a party named for its nation: no adjective before a party adjective)
        kept_whole = party_group or j - i == 1 and i > 0 and toks[i - 1].lower == "the" and toks[i].lower in OUTLET_NAME_WORDS \
            or j - i == 2 and toks[i].lower in _DEMONYMS and toks[i + 1].text in {"Labour", "Labor"} \
            or j - i == 1 and toks[i].text.isupper() and len(toks[i].text) == 2 and toks[i].lower in HONORIFICS \
            or j - i >= 2 and toks[i].text in _SHIP_PREFIXES \
            or j - i == 2 and toks[i].lower in {"prince", "king", "queen", "princess"} and _span_text(toks, i, j) in cities() \
            or j - i == 1 and i > 0 and toks[i - 1].lower.rstrip(".") in _PLAIN_HONORIFICS and toks[i].lower not in _ADDRESSED \
            or 2 <= j - i <= 3 and toks[i].lower in _SERVICE_FIRST and toks[i].is_cap and toks[i + 1].is_cap \
            and PLACE_ALIASES.get(served := _span_text(toks, i + 1, j), served) in countries() \
            or j - i >= 3 and toks[i].lower in {"general", "federal", "national", "central"} and toks[i + 1].lower in ORG_WORDS \
            or j - i >= 4 and j + 2 < len(toks) and toks[j].text == "(" and toks[j + 2].text == ")" and toks[j + 1].text.isupper() \
            and _acronym(_span_text(toks, i, j)) == toks[j + 1].text and not (j + 3 < len(toks) and toks[j + 3].is_cap)
        # ("Prince George", "Prince Albert": a city named for a royal, no title; "Health Canada", "Health NZ": a public
        # body named for its service and its country, no "Health" title; "Mr Major", "Mrs Bishop": a surname
        # that is a title's word, after "Mr" (but "Mr Speaker", "Madam President": a post addressed);
        # "told DR"; "the MS Nordvåg", a ship, no "Ms"; "the General Authority of Civil Aviation": an adjective before a
        # body's kind, no title; "the Auditor-General of South Africa (AGSA)": an office its acronym spells whole)
        while not kept_whole and k < j and (toks[k].lower in _DEMONYMS or toks[k].lower.rstrip(".") in TITLE_WORDS
                                            or toks[k].lower in _OFFICE_ADJECTIVES and k + 1 < j  # "Divisional Officer X"
                                            and toks[k + 1].lower.rstrip(".") in TITLE_WORDS
                                            and toks[k + 1].lower not in _PORTFOLIO_WORDS) and not (  # (not "County Health Team")
                k + 1 < j and toks[k + 1].text in _POSSESSIVES) and not (  # "King's College": a name's first word
                # "the Health Department of Northwest Michigan", "the Justice Department": a body's field, no title
                k + 1 < j and toks[k].lower in _FIELD_TITLES and toks[k + 1].lower in _FIELD_BODIES) and not (
                # "spokesman Dean Rourke": after a title in lower case, a given name, not a second title
                k == i and j - k == 2 and i > 0 and not toks[i - 1].is_cap and toks[i - 1].lower in TITLE_WORDS
                and toks[k].lower in given_names()) and not (
                # "Dean Coverdale, who runs a haulage business": a given name; a dean is "Dean Ann Roe", "the dean"
                k == i and j - k == 2 and toks[k].lower in _TITLES_AS_NAMES):
            if j - i == 1 and toks[k].lower in _OFFICE_TITLES and toks[k].is_cap:
                break  # "the Ombudsman": an office named by its title (but "Ombudsman Samuel Martires": a person)
            if k + 2 < j and toks[k + 1].text == "-" and not toks[k].ws:
                if j - (k + 3) < 2:
                    if k == i and k + 3 == j and j + 1 < len(toks) and toks[j].lower == "of" and toks[j + 1].lower == "the":
                        return  # "The Director-General of the Lagos State ... Agency, Dr X": a title, of a body
                    break  # "the Auditor-General": an office named by its compound title
                k += 2  # "Attorney-General Jane Doe": the compound is the title
            k += 1
        if k == j - 1 and k > i and (toks[k].lower in _LOC_WORDS or toks[k].lower in _TOWN_WORDS) \
                or k > i and toks[j - 1].lower in _LAW_HEADS:
            k = i  # "Regent Street", "Prince Regent Bridge": a place named for a title ("the Official Information Act": a law)
        if i < k < j - 3:
            # "Deputy Infrastructure Minister Andrzej Kubacki": a portfolio between two titles
            t2 = next((x for x in range(min(j - 3, k + 2), k, -1) if toks[x].lower.rstrip(".") in TITLE_WORDS), None)
            if t2 is not None and all(w.is_cap for w in toks[k:t2]):  # ("Deputy Police Commissioner Anil Rathore")
                k = t2 + 1
        if i < k < j - 1 and toks[k].lower == "of" and toks[j - 1].lower.rstrip(".") in _CORPORATE_SUFFIXES \
                and i > 0 and toks[i - 1].text == ",":
            self._candidate(s, k + 1, j)  # "Jarmo Rissanen, CEO of Vaarametsä Oy,": the title's firm, named
            return
        if i < k < j and toks[k].lower in {"of", "for"} and toks[j - 1].lower not in ORG_WORDS and (
                any(t.lower == "for" for t in toks[k:j]) or toks[j - 1].lower == "state"):
            # "Minister of State for Housing Niamh Corrigan": a portfolio word, then the name;
            # "Minister of State for Health," or "Secretary of State": a role with no name
            c = max(x for x in range(k, j) if toks[x].lower in {"of", "for"})
            if j - c - 1 < 3 or toks[j - 1].lower in _PORTFOLIO_WORDS or all(not t.ws for t in toks[c + 1:j - 1]) \
                    or toks[j - 1].lower in COMPASS | {"central", "rural", "urban"} and toks[c].lower == "for":
                # (and "Minister of State for Masvingo Provincial Affairs": a portfolio to its last word; "Member of
                # Parliament for St Mary Central": a constituency to its last word; "for Kgomodiatshaba-Letlole": one word)
                return
            k = max(c + 2, _words_back(toks, j, 2))  # ("Minister for Health Colm Mac Aodha": an Irish particle)
        elif i < k < j - 3 and toks[k].lower == "of" and toks[j - 1].lower not in ORG_WORDS:
            if name_after:
                return  # "Minister of Mines and Minerals Development Hon. Gift Sichinsambwe": a portfolio, the name after
            # "Deputy Commissioner of Police Anil Rathore", "Secretary of State Ann Vole": the last two words, or all
            # three after a one-word portfolio ("Superintendent of Police Ganesh Bahadur Karki")
            of_k = k
            k = k + 2 if toks[k + 1].lower in _ONE_WORD_PORTFOLIOS and j - k - 2 == 3 else max(k + 2, _words_back(toks, j, 2))
            hon = next((x for x in range(of_k + 2, k) if _honorific(toks, x) and toks[x].is_cap
                        and toks[x - 1].lower not in _PATRONYMIC_LINKS), None)
            if hon is not None:
                k = hon  # "Acting Director of Housing Development Dayang Hajah Siti Norhayati binti Haji Abdul Karim"
            if _DOTTED_INITIAL.fullmatch(toks[j - 1].text) and j - 1 > of_k + 1:
                k = j - 1  # "Executive Director of Khar Tal Mining LLC D.Tsogtbayar": a Mongolian name, one word
            if k - of_k >= 3 and toks[k - 1].lower.rstrip(".") in _LEGAL_FORMS and toks[k - 1].lower != "company":
                self._candidate(s, of_k + 1, k)  # "Director of Araksjur CJSC Vahagn Melikyan": the firm is named too
        if k == i and j - i >= 3:
            # a title after the institution it belongs to: "Senate Majority Leader John Thune",
            # "Bank of England Governor Andrew Bailey"; the name is the two or three words after it
            t = next((x for x in range(j - 3, max(i, j - 8) - 1, -1) if toks[x].lower.rstrip(".") in TITLE_WORDS
                      or toks[x].lower in _LEGISLATORS), None)  # ("Kalulu Ward MCA Esther Awino Odhiambo")
            if t is None and j - i >= 4 and toks[j - 2].lower in _CHIEF_TITLES and toks[j - 1].is_alpha \
                    and toks[j - 1].lower not in ORG_WORDS and toks[j - 1].lower not in TITLE_WORDS \
                    and toks[j - 1].text not in self.places and toks[j - 1].text not in places():
                t = j - 2  # "Group Village Head Mwanasalu", "Traditional Authority Kasisi": a chief known by one name
            h = t + 1 if t is not None else j
            while h < j - 1 and _honorific(toks, h):
                h += 1  # ("Industry Minister Datuk Seri Wan Azhar Wan Ismail": the name after the honorifics)
            while h < j - 2 and _bare_initial(toks[h].text):
                h += 1  # ("BDA Commissioner K R Manjunath Prasad": initials before the name are no words of it)
            if t is not None and t > i and not any(w.lower in ORG_WORDS or w.lower in TITLE_WORDS and not (
                    x == j - 1 and x - 1 > t and toks[x].lower in _SURNAME_TITLES and toks[x - 1].is_alpha
                    and toks[x - 1].ws)  # ("Minister Rolston Major"; not "Auditor-General")
                    or not (
                    w.is_cap or w.text == "-" or toks[x - 1].text == "-"  # ("Seorim Cell CEO Do Jae-woong")
                    or w.lower in _SURNAME_PARTICLES and t + 1 < x < j - 1)  # ("VROMI Minister Leroy van Heyningen")
                    for x, w in enumerate(toks[t + 1:j], t + 1)) and sum(w.text != "-" and w.lower not in _SURNAME_PARTICLES
                                                                        for w in toks[h:j]) <= (
                        # (four after a given name: "El Guarco Mayor Marta Elena Brenes Solís", two family names; or
                        # after an honorific)
                        # (five when a lineage's title comes back: Malaysia's "Wan Nur Aisyah Wan Harun")
                        5 if any(w.text == toks[h].text for w in toks[h + 2:j])
                        else 4 if toks[h].lower in given_names() or h > t + 1 else 3):
                k = t + 1
                # the institution is a name of its own: "Bank of England", "Ministry of Water and Irrigation"
                # (or the chief's title itself: "District Education Authority Lahore")
                tt = next((x for x in range(i, k) if toks[x].lower.rstrip(".") in TITLE_WORDS or toks[x].lower in _LEGISLATORS), t)
                while tt > i and (toks[tt - 1].lower in _OFFICE_ADJECTIVES or toks[tt - 1].lower in _TITLE_PREFIXES):
                    tt -= 1
                if tt - i >= 3 and toks[i].lower in ORG_WORDS and any(w.lower == "of" for w in toks[i + 1:tt - 1]) \
                        and toks[tt - 1].is_cap:
                    self._candidate(s, i, tt)
                elif (tt - i >= 3 and toks[tt - 1].lower in ORG_WORDS or tt - i >= 2 and toks[tt - 1].text == "Nation") \
                        and all(w.is_cap and w.is_alpha for w in toks[i:tt]) and toks[i].lower not in NON_NAME_CAPS:
                    self._candidate(s, i, tt)  # "Condamine Plains Regional Council Mayor Trish Kelleher": the council too
                    # (and "Wapisiw Lake Cree Nation Chief Harvey Nanowin": the First Nation)
            elif toks[j - 3].lower in ORG_WORDS and any(w.lower in TITLE_WORDS for w in toks[i:j - 3]) and not any(
                    w.lower in ORG_WORDS or w.lower in TITLE_WORDS or w.lower.rstrip(".") in _LEGAL_FORMS or not w.is_cap
                    for w in toks[j - 2:j]):  # (but "Managing Director of Ewatomi Petroleum Storage Limited")
                k = j - 2  # "Acting Commissioner of Police Anil Rathore": a run that opens with no title
        mp = next((x for x in range(i, j - 4) if toks[x].lower == "member" and toks[x + 1].lower == "of"
                   and toks[x + 2].lower in _LEGISLATOR_TITLES and toks[x + 3].is_cap and toks[x + 4].is_cap), None)
        if mp is not None and k <= mp + 1:
            k = mp + 3  # "Kalwesa Central Member of Parliament Kelvin Mutale Nkonde": the seat and its title, then the name
        if k < j and k > i and any(t.lower.rstrip(".") in TITLE_WORDS or t.lower in _LEGISLATORS for t in toks[i:k]) \
                and toks[j - 1].lower not in ORG_WORDS and toks[k].lower not in _LOC_WORDS and not (  # "Interior Ministry"
                    # is a name, not a title + name; "King Street East" a street
                    toks[j - 1].lower == "executive" and any(t.lower in ORG_WORDS for t in toks[k:j - 1])):
            # (and "Health Service Executive", a body whose kind comes before "Executive")
            e_role = k
            while e_role - 1 > role_start and toks[e_role - 1].lower.rstrip(".") in HONORIFICS | {"."} \
                    and toks[e_role - 2].lower.rstrip(".") in TITLE_WORDS and toks[e_role - 2].lower.rstrip(".") not in HONORIFICS:
                e_role -= 1  # "City Clerk Mr Edward Kolaeo": the clerk (the honorific is no part of the post)
            if role_start == i and i >= 2 and toks[i - 1].text.isdigit() and toks[i - 2].lower in _NUMBERED_SEATS:
                role_start = i - 2  # "Ward 4 Coun. Oksana Melnyk": the seat's number is part of the title
            role = _span_text(toks, role_start, e_role)
            if role.lower() in RANK_INITIALS:
                # "traffic spokesperson SP Emmanuel Nkusi Rugamba": the post before the rank says more
                role = self._title_before(toks, role_start) or role
            name_i = k
            while name_i < j - 1 and _honorific(toks, name_i) and toks[name_i].is_cap:
                honorific = honorific or toks[name_i].lower.rstrip(".")
                name_i += 1  # "ERA Deputy Director General Ato Fikadu Wondimagegn": the honorific after the title
        else:
            role, name_i = None, i
        if k >= j:
            return  # "the Russian President's administration": a role with no name
        if _span_text(toks, i, j).lower() in _ROLE_PHRASES:
            return  # "Opal Henry-Brissett, Member of Parliament for the area,": a role
        if name_i == i and not kept_whole and (all(t.lower in _DEMONYMS for t in toks[i:j] if t.text not in _JOINERS)
                                               or _span_text(toks, i, j).lower() in _DEMONYMS
                                               or j - i == 1 and toks[i].lower in state_demonyms()):  # ("zero Kansans")
            self.norp.append((_span_text(toks, i, j), toks[i].start, toks[j - 1].end, s.sid))
            return
        if toks[j - 1].lower in _OFFICE_NOUNS and not (  # (but "Office of the Prime Minister": a body, its office's)
                name_i == i and j - i >= 4 and toks[i].lower in {"office", "bureau", "cabinet"} and toks[i + 1].lower == "of") \
                and (name_i > i or j - name_i <= 6 and (
                toks[j - 1].lower not in {"director", "executive"} or any(t.lower in TITLE_WORDS for t in toks[name_i:j - 1])
                and not any(t.lower in ORG_WORDS for t in toks[name_i:j - 1]))):
            # (but "the Health Service Executive": a body's name, its kind before "Executive")
            return  # "Chief Medical Director", "The Returning Officer for the constituency": a role, with no name in it
        j2 = j  # ("Commissioner for Oil and Gas Matters, Mr. X,": the portfolio's last words after "and")
        if j + 1 < len(toks) and toks[j].lower == "and" and toks[j + 1].is_cap:
            j2 = next((x for x in range(j + 1, min(len(toks), j + 5)) if not toks[x].is_cap), j)
        if name_i == i and j2 + 2 < len(toks) and toks[j2].text == "," and toks[j2 + 1].is_cap:
            o = next((x for x in range(i + 1, j - 1) if toks[x].lower in {"of", "for"}), None)
            if o is not None and toks[o - 1].lower in TITLE_WORDS:
                # "The Chief Executive of Volta Mining, Kofi Mensah, said": a role, then the one who holds it; the
                # name is the organisation's
                name_i = o + 1 + (toks[o + 1].lower == "the")
                if name_i >= j or not toks[name_i].is_cap or all(
                        t.lower in _PORTFOLIO_WORDS or t.lower == "and" or t.text == "," for t in toks[name_i:j2]):
                    return  # ("The Commissioner for Finance, Budget and Economic Planning, X,": a portfolio, no body)
        if name_i < j - 1 and toks[name_i].lower in {"of", "for"}:
            name_i += 1  # "The President of Ukraine": Ukraine, after the role
        if name_i > i + 1 and toks[name_i - 1].lower in {"of", "for"} and toks[j - 1].lower not in PLACE_NOUNS \
                and _span_text(toks, name_i, j) not in self.places and _span_text(toks, name_i, j) not in self.cities \
                and not any(t.lower in ORG_WORDS for t in toks[name_i:j]):
            return  # "former Deputy Minister of Roads": a portfolio, not a name (but "The President of Ukraine")
        if name_i >= j:
            return
        if name_i == i and self._lowercase_title(toks, i, j):
            role, name_i = role or toks[i].text, i + 1
        if j - name_i >= 3 and name_i >= 2 and toks[name_i].lower in _PORTFOLIO_WORDS and toks[name_i - 2].is_cap \
                and toks[name_i - 1].lower in {"and", "&"} and toks[name_i + 1].lower in given_names():
            name_i += 1  # "Minister for Digital Development and Information Desmond Quek": the portfolio's last word
        if name_i == i and i >= 2 and toks[i - 1].text in _POSSESSIVES and toks[i - 2].text in countries() \
                and (i == 2 or not toks[i - 3].is_cap) and 2 <= j - i <= 3 and toks[j - 1].lower in _STATE_BODY_HEADS \
                and all(t.is_cap and t.is_alpha for t in toks[i:j]):
            # "Armenia’s Defense Ministry" and "Azerbaijan’s Defense Ministry": two bodies, each of its country
            name_i = i - 2
        surface = _span_text(toks, name_i, j)
        if surface.endswith(".") and surface.count(".") == 1 and (j == len(toks) or toks[j].text in CLOSERS):
            surface = surface[:-1]  # "platform X." closing a sentence (but "Nordvik Lines Inc. will")
        in_dateline = self.dateline[0] <= toks[name_i].start and toks[j - 1].end <= self.dateline[1]
        if initial and name_i == i and j - name_i == 1 and j + 1 < len(toks) and toks[j].lower in OUTLET_NOUNS \
                and toks[j + 1].is_cap and self.caps_mid[toks[name_i].text] == 0:
            return  # "Business daily Äripäev reported": what kind of paper, its name after it
        if initial and name_i == i and j - name_i >= 2 and toks[name_i].lower in _KIND_OPENERS \
                and toks[name_i + 1].lower.rstrip(".") not in TITLE_WORDS:
            name_i += 1  # "Newspaper VG reported", "Operator Sydhavets Færger says": its kind opens the sentence, its name after it
            surface = _span_text(toks, name_i, j)
        if initial and name_i == i and j - name_i == 1 and self.caps_mid[toks[name_i].text] == 0 \
                and surface not in self.places and not in_dateline and not self._apposed_speaker(toks, name_i, j) \
                and surface.lower() not in WIRE_AGENCIES and surface not in self.dotted_tails() \
                and not (j < len(toks) and toks[j].lower in OUTLET_NOUNS - {"website", "site", "channel", "network"}) \
                and not (surface.isupper() and surface.isalpha() and 3 <= len(surface) <= 8 and j < len(toks)
                         and toks[j].lower in REPORTING_VERBS and surface.lower() not in TITLE_WORDS) \
                and not self._speaker_alone(toks, name_i, j) \
                and not (j + 1 < len(toks) and toks[j].lower in _LOCAL_PEOPLE and toks[j + 1].is_cap) \
                and not (j < len(toks) and toks[j].lower in {"reported", "reports", "quoted"}
                         and not (surface.endswith("s") and surface[1:].islower())  # (a plural, but "JoyNews")
                         and not (surface.endswith("ing") and surface[1:].islower() and toks[j].lower == "reports")  # ("Ticketing reports ... tell": the reports)
                         and toks[name_i].lower not in self.lowercase() and toks[name_i].lower not in ANONYMOUS_NOUNS):
            # (but "Reuters reported", "Público newspaper reported", "Alwasat reported on Sunday": a paper; "Highfields
            # mum Kirsty Habermann said": the place she is of)
            return  # "Concerns were raised": a capitalised opener seen nowhere else (but "GACA said": an acronym)
        if initial and name_i == i and j - name_i == 1 and toks[name_i].lower in self.lowercase() and j + 1 < len(toks) \
                and toks[j].is_alpha and not toks[j].is_cap and toks[j].lower not in REPORTING_VERBS \
                and toks[j].lower not in BE_FORMS and toks[j].lower not in _AUXILIARIES and not toks[j].lower.endswith("ed"):
            return  # "Local fishermen tell a different story": an adjective the article writes in lower case too
        if initial and name_i == i and j - name_i == 1 and toks[name_i].lower in ANONYMOUS_NOUNS \
                and j < len(toks) and not toks[j].is_cap:
            return  # "Residents tell a different story": people unnamed, whatever name holds the word elsewhere
        if len(surface) == 1 and not self._next_to(toks, name_i, j, PRODUCT_NOUNS):
            return  # a lone letter is a name only beside "platform", "app", ...
        if not any(c.isalpha() for c in surface) or surface.upper() in NON_ENTITY_ACRONYMS or _PARTY_TAG.fullmatch(surface) \
                or _MONEY_TOKEN.fullmatch(surface) and not (name_i > 0 and toks[name_i - 1].lower in OUTLET_NOUNS) and not (
                    # (nor "N1 reported", "told N1": a channel that speaks or is told)
                    len(surface) <= 3 and (j < len(toks) and toks[j].lower in REPORTING_VERBS
                                           or name_i > 0 and toks[name_i - 1].lower == "told"
                                           or name_i > 1 and toks[name_i - 1].lower == "to" and toks[name_i - 2].lower
                                           in {"according", "spoke", "speaking", "talking"})):
            # (but "public broadcaster M1": a channel's name)
            return  # (and "N14.2 billion", naira: an amount, not a name)
        if j < len(toks) and toks[j].ws is not None and len(surface.rstrip(".")) <= 3 \
                and (toks[j].text[:1].isdigit() or toks[j].text == "." and j + 1 < len(toks) and toks[j + 1].text[:1].isdigit()) \
                and (surface in currency_codes() or surface.rstrip(".") in CURRENCY_SIGNS):
            return  # "EGP 1.2 billion", "Hr 580 million", "NAf. 145,000": a currency before its figure
        if j + 1 < len(toks) and toks[j].text == "$" and toks[j + 1].text[:1].isdigit() and len(surface) <= 3:
            return  # "US $2.6 million", "NZ $40": a dollar's country, not the country
        if surface in {"First Nations", "First Nation"}:
            return  # "five other First Nations": Canada's Indigenous communities in general
        feats = self._features(s, name_i, j)
        # a title before the name, lowercase or not: "Chinese leader Xi Jinping"
        if role is None and not (j < len(toks) and toks[j].is_alpha and not toks[j].is_cap and toks[j].lower in TITLE_WORDS):
            # (not "the 61-year-old former Army sergeant": a body before a title modifies it, and has no title)
            role = self._title_before(toks, name_i) or lead_role or for_role
        if j < len(toks) and toks[j].lower in _LEGISLATORS or name_i >= 2 and toks[name_i - 1].lower == "for" \
                and (toks[name_i - 2].lower in _LEGISLATORS or toks[name_i - 2].text == "Member" and not (
                    name_i >= 3 and toks[name_i - 3].is_cap)):
            feats["constituency"] = True  # "the Mwembe Kuu MP", "TD for Galway West"
        desc = self._description_before(toks, name_i)
        if desc:
            feats["described"] = desc  # "the Dutch financial daily Het Beursdagblad": what an organisation is
            self._link_description(s, name_i, desc, surface)
        if name_i >= 2 and toks[name_i - 1].text == "." and toks[name_i - 2].lower in _RANK_ABBREVIATIONS:
            feats["rank"] = toks[name_i - 2].text + "."  # "Sgt. Dana Whitcomb", "Ald. Denise Farrow"
        role_words = role.split() if role else []
        # (after a preposition, what the firm is: "regional head of operator Weserland Bahn")
        of = max((x for x, w in enumerate(role_words) if w in {"of", "at"}), default=-1)
        if role and role_words[-1].lower() in _BODY_DESCRIPTIONS and len(role_words) <= 4 \
                and not any(w.lower() in PERSON_EPITHET_NOUNS for w in role_words):
            feats.setdefault("described", role)  # "private Tartu laboratory Labrium": what a body is, no title
            self._link_description(s, name_i, role, surface)
        elif role and role_words[-1].lower() in COMPANY_NOUNS and not any(
                w.lower() in PERSON_EPITHET_NOUNS for w in role_words[of + 1:-1]) \
                and not (role_words[-1].lower() in _PERSON_TRADES and toks[name_i].lower in given_names()
                         and len(surface.split()) >= 2):  # (not "Former operator Graham Tuckett": a trade he plied)
            # "German carmaker Vossberg Automobilwerke", "rival lender X": what a firm is, not a person's title
            feats.setdefault("described", role)
            feats["apposition"] = "company"
            self._link_description(s, name_i, role, surface)
        elif role:
            feats["title"] = role
            bracket = _BRACKETED_ACRONYM.search(role)
            if bracket and _spells_title(role[:bracket.start()].split(), bracket.group(1)):
                # "officer (CPRO) Manoj Kelkar": "The CPRO said" later (a title's own initials, not a body's)
                self.title_acronyms[bracket.group(1)] = surface
        if postnominal and not feats.get("title"):
            feats["title"] = postnominal
        if in_dateline:
            feats["dateline"] = True
        if professor:
            feats["rank"] = "Prof."  # "Prof. Dr. Matthias Brenninger": "the professor" later
        if honorific is None and name_i >= 1 and toks[name_i - 1].lower.rstrip(".") in HONORIFICS:
            honorific = toks[name_i - 1].lower.rstrip(".")  # "said Mrs Funmilayo Ayanleke": left out of the span
        elif honorific is None and name_i >= 2 and toks[name_i - 1].text == "." and toks[name_i - 2].lower in HONORIFICS:
            honorific = toks[name_i - 2].lower  # "Mrs. Ayanleke"
        if honorific:
            feats["honorific"] = honorific
            feats["gender"] = {"mr": "male", "sir": "male", "shri": "male", "mrs": "female", "ms": "female",
                               "miss": "female", "dame": "female", "smt": "female", "shrimati": "female"}.get(honorific)
        if toks[name_i].lower in {"and", "&", "of", "for"}:
            return  # "Deputy Minister of Energy and Mines, Mr X": what is left of a portfolio is no name
        self.raw.append((surface, toks[name_i].start, toks[j - 1].end, s.sid, feats))

    @staticmethod
    def _next_to(toks, i, j, words) -> bool:
        before = toks[i - 1].lower if i > 0 else ""
        after = toks[j].lower if j < len(toks) else ""
        return before in words or after in words

    def _title_before(self, toks: list[Tok], i: int) -> str | None:
        p = i - 1
        if p >= 3 and toks[p].lower == "and" and toks[p - 1].is_cap:
            p -= 1  # "Councilors Cole Weatherby and Dana Kittredge": the second name, past the first
            while p > 0 and toks[p - 1].is_cap and toks[p - 1].lower.rstrip("s") not in TITLE_WORDS:
                p -= 1
            p -= 1
        if p >= 0 and _plural_title(toks, p):
            return toks[p].text[:-1]  # "Councilors Cole Weatherby and Dana Kittredge": each a Councilor
        if i >= 4 and toks[i - 1].text == ")" and toks[i - 3].text == "(" and toks[i - 2].text.isupper() \
                and (toks[i - 4].lower in TITLE_WORDS | _PORTFOLIO_WORDS
                     # ("Mahlangatsha Member of Parliament (MP) Sandile Mkhonta")
                     or i >= 6 and [t.lower for t in toks[i - 6:i - 3]] == ["member", "of", "parliament"]):
            # "Commissioner of railway safety (CRS) Prakash Venkatraman": the title before its acronym
            title = self._title_before(toks, i - 3)
            if title is None:  # "Commissioner of railway safety": a title, then what it is of
                x = next((x for x in range(i - 5, max(-1, i - 10), -1) if toks[x].lower in TITLE_WORDS
                          and all(t.is_alpha and (not t.is_cap or t.lower in {"of", "for"}) for t in toks[x + 1:i - 3])), None)
                title = _span_text(toks, x, i - 3) if x is not None else None
            if title is None and toks[i - 4].is_cap:
                x = i - 4  # "Ulipur Upazila Nirbahi Officer (UNO) Tahmina Sultana": the capitalised title, whole
                while x > 0 and (toks[x - 1].is_cap or toks[x - 1].lower == "of" and x >= 2 and toks[x - 2].is_cap) \
                        and i - 4 - x < 4:
                    x -= 1
                title = _span_text(toks, x, i - 3)
            return title + " (" + toks[i - 2].text + ")" if title else None
        if i >= 3 and toks[i - 1].is_alpha and not toks[i - 1].is_cap and toks[i - 1].lower not in STOP_WORDS \
                and (x := next((x for x in range(i - 3, max(-1, i - 6), -1) if toks[x].is_cap and toks[x].lower in TITLE_WORDS
                                and toks[x + 1].lower in {"of", "for"}
                                and all(t.is_alpha and not t.is_cap and t.lower not in STOP_WORDS and t.lower not in COMPANY_NOUNS
                                        and t.lower not in ORG_WORDS for t in toks[x + 2:i])), None)) is not None \
                and (x == 0 or not toks[x - 1].is_cap):
            return _span_text(toks, x, i)  # "Director of education Darren Kostiuk": the post, its field in lower case
        if i >= 2 and toks[i - 1].text == "." and toks[i - 2].lower in TITLE_ABBREVIATIONS:
            i -= 2  # "Committee chairperson Hon. Abdalla Kazungu": the title before the abbreviation
            m = i
            while m > 0 and (toks[m - 1].is_cap or toks[m - 1].lower in {"of", "for", "and", "&"}) and i - m < 10:
                m -= 1
            while m < i and not toks[m].is_cap:
                m += 1
            if m < i - 2 and (any(t.lower in TITLE_WORDS or t.lower == "member" for t in toks[m:m + 2])
                              or [t.lower for t in toks[i - 3:i]] == ["member", "of", "parliament"]) \
                    and any(t.lower in {"of", "for"} for t in toks[m:i]):
                return _span_text(toks, m, i)  # "Minister of Mines and Minerals Development Hon. Gift Sichinsambwe"
        elif i >= 2 and toks[i - 1].is_cap and toks[i - 1].lower in HONORIFICS and toks[i - 2].lower in TITLE_WORDS:
            i -= 1  # "LZMTA director general Eng Peter Lusinde": the title before the honorific
        elif i >= 3 and _second_honorific(toks, i - 1) and toks[i - 3].lower in TITLE_WORDS:
            i -= 2  # "managing director Datuk Seri Tan Kok Wah", "chairman Tan Sri Abdul Halim": before both words
        k = i
        while k > 0 and (toks[k - 1].lower in TITLE_WORDS and (not toks[k - 1].is_cap or k < i)
                         or k < i and k >= 2 and toks[k - 1].text == "-" and not toks[k - 1].ws and not toks[k - 2].ws
                         and toks[k - 2].lower in TITLE_WORDS and not toks[k - 2].is_cap):
            k -= 1  # (and "secretary-general": a title's compound)
        if 0 < k < i and toks[k - 1].text == "managing":
            k -= 1  # "Akamas Ferries managing director Andreas Hadjikyriakou" (capitalised, it opens a name of its own)
        if 2 <= k < i and toks[k - 1].text == "of" and toks[k - 2].lower in TITLE_WORDS and not toks[k - 2].is_cap \
                and not toks[k].is_cap:
            k -= 2  # "leader of opposition Ramnivas Dhatarwal", "chief of staff Ana Ruiz": one title
            while k > 0 and toks[k - 1].lower in TITLE_WORDS and not toks[k - 1].is_cap:
                k -= 1
        if k == i and i >= 3 and toks[i - 1].is_alpha and not toks[i - 1].is_cap:
            # "NZTA regional manager of maintenance and operations Craig Oosthuizen", "member of parliament Aune
            # Shivolo": a title, then what it is of in lower case
            of = next((x for x in range(i - 2, max(0, i - 6), -1) if toks[x].lower == "of"), None)
            if of is not None and (toks[of - 1].lower in TITLE_WORDS or toks[of - 1].lower == "member") \
                    and all(t.is_alpha and not t.is_cap and (t.lower not in _NOT_ROLE_WORDS or t.lower == "and")
                            for t in toks[of + 1:i]):
                title = self._title_before(toks, of)
                if title:
                    return title + " " + _span_text(toks, of, i)
        if k == i:
            # "Kusumdihi sarpanch Sanjukta Majhi", "Lead investigator Matthias Oberreiter": an opening noun phrase
            # that ends in a common noun right before the name
            if i > 0 and toks[i - 1].is_alpha and not toks[i - 1].is_cap and toks[i - 1].lower not in _NOT_ROLE_WORDS \
                    and not toks[i - 1].lower.endswith(_VERB_ENDINGS) and not (
                        toks[i - 1].lower.endswith(_ADJECTIVE_ENDS) and toks[i - 1].lower not in TITLE_WORDS
                        and toks[i - 1].lower not in PERSON_EPITHET_NOUNS):  # ("Schools receive additional Commonwealth")
                f = i - 1
                if f > 1 and toks[f].lower not in STOP_WORDS and toks[f - 1].is_alpha and not toks[f - 1].is_cap \
                        and toks[f - 1].lower not in _NOT_ROLE_WORDS \
                        and toks[f - 1].lower not in STOP_WORDS and not toks[f - 1].lower.endswith(_VERB_ENDINGS) \
                        and toks[f - 2].is_cap:
                    f -= 1  # "Wainikoro cane farmer Shalendra Kumar": a noun before the noun
                start = self._phrase_start(toks, f)
                if start is not None and start < f and all(t.is_cap and t.lower not in _SUBJECT_PRONOUNS for t in toks[start:f]):
                    return _span_text(toks, start, i)  # (capitalised words, then the one noun; not "It orders Acme to")
                g = f
                while g >= 3 and toks[g - 2].text == "-" and not toks[g - 2].ws and not toks[g - 3].ws \
                        and toks[g - 1].is_alpha and toks[g - 3].is_alpha and not toks[g - 3].is_cap:
                    g -= 3  # "Kenyan middle-distance runner Beatrice Samoei": over the compound, then the demonym
                while g > 0 and toks[g - 1].lower in _DEMONYMS:
                    g -= 1
                if g < f and (g == 0 or toks[g - 1].is_punct or toks[g - 1].lower in _NP_OPENERS) \
                        and (toks[f].lower.endswith(_AGENT_ENDS) or toks[f].lower in PERSON_EPITHET_NOUNS):
                    return _span_text(toks, g, i)
            return None
        # one lower-case word between title words: "Chief financial officer", "deputy foreign minister"
        while k > 1 and toks[k - 1].is_alpha and not toks[k - 1].is_cap and toks[k - 2].lower in TITLE_WORDS \
                and toks[k - 1].lower not in _CONNECTORS:
            k -= 2
            while k > 0 and toks[k - 1].lower in TITLE_WORDS:
                k -= 1
        if k > 2 and all(t.is_alpha and not t.is_cap and t.lower not in _CONNECTORS and t.lower not in STOP_WORDS
                         for t in toks[k - 2:k]) and toks[k - 3].lower in TITLE_WORDS and not toks[k - 3].is_cap:
            k -= 3  # two between: "chief public relations officer"
        # adjectives in front of the title: "Chinese leader", "right-wing commentator"
        while k > 0 and (toks[k - 1].lower in _DEMONYMS or (k > 2 and toks[k - 2].text == "-" and not toks[k - 3].ws)):
            k -= 3 if toks[k - 2].text == "-" and toks[k - 1].lower not in _DEMONYMS else 1
        start = self._phrase_start(toks, k)  # "Water resources minister", "Elbflug chief executive"
        if all(t.lower in _TITLE_MODIFIERS for t in toks[k:i]):
            return None  # "four former Iprevar executives": a word that only qualifies a title is none
        if start is None and k >= 2 and toks[k - 1].is_alpha and not toks[k - 1].is_cap \
                and toks[k - 1].lower not in _NOT_ROLE_WORDS and not toks[k - 1].lower.endswith(_VERB_ENDINGS) \
                and toks[k - 1].lower not in _TITLE_MODIFIERS and (toks[k - 2].is_punct or toks[k - 2].lower in _NP_OPENERS
                                                                    or toks[k - 2].lower == "by"):  # ("a report by marine surveyor X")
            start = k - 1  # '"...," association spokesperson Murray Feeney said': what the title is of
        elif start is None and k >= 2 and toks[k - 1].is_alpha and not toks[k - 1].is_cap \
                and toks[k - 1].lower not in _NOT_ROLE_WORDS and not toks[k - 1].lower.endswith(_VERB_ENDINGS) \
                and toks[k - 1].lower not in _TITLE_MODIFIERS and toks[k - 2].text.isupper() and toks[k - 2].is_alpha \
                and 2 <= len(toks[k - 2].text) <= 5 and (k == 2 or toks[k - 3].is_punct or toks[k - 3].lower in _NP_OPENERS):
            start = k - 2  # "PN transport spokesperson Claudette Vella Agius": the party's initials, then the portfolio
        elif start is None and k >= 3 and all(t.is_alpha and not t.is_cap and t.lower not in _NOT_ROLE_WORDS
                                              and t.lower not in STOP_WORDS and not t.lower.endswith(_VERB_ENDINGS)
                                              and t.lower not in _TITLE_MODIFIERS for t in toks[k - 2:k]) \
                and (toks[k - 3].is_punct or toks[k - 3].lower in _NP_OPENERS or toks[k - 3].lower in {"by", "after"}):
            start = k - 2  # "after water resources minister Devkinandan Bhadviya": two words of what it is of
        return _span_text(toks, start if start is not None else max(k, 0), i)

    @staticmethod
    def _description_before(toks: list[Tok], i: int) -> str | None:
        """ "German signalling maker Brennholt", "the Lusaka-based broadcaster Zed Horizon": a description
        ending in an organisation's kind right before its name."""
        if i < 1 or toks[i - 1].lower not in _ORG_DESCRIPTION_HEADS or toks[i - 1].is_cap:
            return None
        k = i - 1
        while k > 0 and i - k < 5:
            w = toks[k - 1]
            if w.lower in _DEMONYMS or w.is_cap and k - 1 > 0 and not toks[k - 2].is_cap and toks[k - 2].is_alpha \
                    and not toks[k].is_cap and w.lower not in NON_NAME_CAPS:
                k -= 1  # "German signalling maker", "the Prague daily", "told Odia news channel": its left edge
                break
            if w.text == "-" or k >= 2 and toks[k - 2].text == "-" and not toks[k - 2].ws:
                k -= 1  # "Lusaka-based", "church-backed"
                if w.text == "-" and k > 0 and not toks[k - 1].ws:
                    k -= 1
                    break
                continue
            if not (w.is_alpha and not w.is_cap and w.lower not in _NOT_ROLE_WORDS and not w.lower.endswith(("ly", "ed"))
                    and (not w.lower.endswith("s") or w.lower in _MODIFIER_PLURALS)):
                break  # (not "joins", "reportedly", "published")
            k -= 1
        while k < i - 1 and toks[k].text == "-":
            k += 1
        return _span_text(toks, k, i)

    @staticmethod
    def _phrase_start(toks: list[Tok], k: int) -> int | None:
        """Where the sentence's opening noun phrase begins, when token ``k`` is inside it (None when it is not)."""
        m, extra = k, 0
        # (a body's name in capitals counts as one word: "Kampung Sungai Kelubi Settlers' Action Committee chairman")
        while m > 0 and (k - m < 5 + extra or k - m < 9 and all(t.is_cap or t.text in {"'", "’"} for t in toks[m - 1:k])) \
                and (toks[m - 1].is_alpha or toks[m - 1].text == "-" or _bracket_or_owner(toks, m - 1)
                     # ("Fish & Game environmental officer", "Local 4 President": a name's ampersand, its number)
                     or m >= 2 and toks[m - 2].is_cap and toks[m].is_cap
                     and (toks[m - 1].text == "&" or toks[m - 1].text.isdigit() and len(toks[m - 1].text) <= 4)
                     # ("Ward 12 councillor": a numbered ward's)
                     or m >= 2 and toks[m - 2].lower in {"ward", "district", "division", "precinct", "zone", "local"}
                     and toks[m - 1].text.isdigit() and len(toks[m - 1].text) <= 3) \
                and (toks[m - 1].lower not in _NOT_ROLE_WORDS or toks[m - 1].text == "&" and m >= 2 and toks[m - 2].is_cap) \
                and (not toks[m - 1].lower.endswith(_VERB_ENDINGS)
                                                                  # ("North Haven Surf Life Saving Club president": a name's word)
                                                                  or toks[m - 1].is_cap and toks[m].is_cap
                                                                  # ("Ophir Ridge Mining general manager": a firm's last word)
                                                                  or toks[m - 1].is_cap and m >= 2 and toks[m - 2].is_cap or (
                    # "Catamarca mining secretary", "Kowinyo returning officer": a noun in -ing before the title
                    toks[m - 1].lower.endswith("ing") and toks[m].lower in TITLE_WORDS and not toks[m - 1].is_cap
                    and (m == 1 or toks[m - 2].is_cap))):
            m -= 1
            if not toks[m].is_alpha or toks[m].is_upper and m > 0 and toks[m - 1].text == "(":
                extra += 1  # "Namibian Bulk Water Utility (NBWU) spokesperson", "Kanhsi Farmers' Association chairman"
        q = m
        while q > 0 and toks[q - 1].text in {'"', "“", "‘", "'"}:
            q -= 1
        if q == 1 and toks[0].lower in {"but", "and", "so", "yet"}:
            q = 0  # "But committee vice-chairperson Hon. Ruth Langat"
        if q > 0 and not (toks[q - 1].text == "," and m < k and all(t.is_cap or t.text in {"'", "’", "(", ")"} for t in toks[m:k])):
            # (after a fronted clause, a body's name: "When contacted, Bukit Kelubi Agro Sdn Bhd managing director")
            return None
        while m < k and toks[m].lower in {"but", "and", "so", "yet", "the", "a", "an", "-"}:
            m += 1
        return m if m <= k and (toks[m].is_cap or m > 0) else None  # (after "But": "But committee vice-chairperson")

    @staticmethod
    def _past_the(toks: list[Tok], i: int) -> tuple[str, str]:
        """The two words before "the" and its modifiers ahead of token ``i``: "told", "" of "told the state-run X"."""
        z = i - 1
        while z >= 1 and i - z <= 5 and (toks[z].text == "-" or toks[z - 1].text == "-" or toks[z + 1].text == "-"
                                         or toks[z].lower in _PAPER_ADJECTIVES):
            z -= 1  # (a compound's words, "state-run", or "the local daily")
        if z < 1 or toks[z].lower != "the":
            return "", ""
        return toks[z - 1].lower, toks[z - 2].lower if z >= 2 else ""

    def _features(self, s: Sentence, i: int, j: int) -> dict:
        toks = s.tokens
        before = toks[i - 1].lower if i > 0 else ""
        before2 = toks[i - 2].lower if i > 1 else ""
        after = toks[j].lower if j < len(toks) else ""
        after2 = toks[j + 1].lower if j + 1 < len(toks) else ""
        after3 = toks[j + 2].lower if j + 2 < len(toks) else ""
        f = {"the": before == "the", "after": after, "before": before, "before2": before2, "after2": after2, "after3": after3,
             "after2_cap": j + 1 < len(toks) and toks[j + 1].is_cap,
             "before3": toks[i - 3].lower if i > 2 else "",
             # "The Akamas Star, which was carrying 296 passengers": a ship, a plane, a bus
             "carrying": "carrying" in s.text and "carrying" in (ahead := [t.lower for t in toks[j:j + 10]])
                         and not {"passengers", "crew"}.isdisjoint(ahead),
             "past_the": self._past_the(toks, i),
             "after2_cap": j + 1 < len(toks) and toks[j + 1].is_cap,
             "possessive": after in {"'s", "’s"}, "n": j - i,
             # a capital "The" inside a sentence belongs to the name: "obtained by The Wexley Lantern"
             "The": i >= 2 and toks[i - 1].text == "The" and toks[i - 2].is_alpha,
             # "the Gyeonggi-based company", "the Seongnam, Gyeonggi-based company": where a firm is, a place
             "based": after == "-" and after2 in {"based", "headquartered", "born"} or _based_comma(toks, j)}
        # coordination: "between Russia and Crimea", "the Zaporizhzhia and Kherson regions"
        # (not the comma that ends a fronted phrase before the subject's verb: "According to the Controller of
        # Budget, Nyakemba spent", "In a statement to MNN, Tandlewood said")
        if after in {"and", "or", ","} and j + 1 < len(toks) and not (after == "," and _subject_after(toks, j + 1)):
            f["coord_next"] = toks[j + 1].text
        if before in {"and", "or", ","} and i >= 2 and not (before == "," and _subject_after(toks, i)):
            f["coord_prev"] = toks[i - 2].text
        k = j
        while k < len(toks) and (toks[k].is_cap or toks[k].lower in {"and", "or", ","}) and k - j < 6:
            k += 1
        f["head_after"] = toks[k].lower if k < len(toks) else ""
        if k + 1 < len(toks) and toks[k].lower in {"state", "public"} and toks[k + 1].lower in _STATE_MEDIA_NOUNS:
            # "told the Armenpress state news agency", "the NHK public broadcaster": a state's outlet, not a state
            f["head_after"] = toks[k + 1].lower
            f["after"] = "broadcaster" if toks[k + 1].lower not in {"news", "newspaper"} else "newspaper"
        after3 = toks[j + 2].lower if j + 2 < len(toks) else ""
        # "Kerekhalom's independent mayor", "Tarrow's residents": a place, by whom it has
        f["place_of"] = f["possessive"] and (after2 in _PLACE_PEOPLE or after3 in _PLACE_PEOPLE and toks[j + 1].is_alpha
                                             and not toks[j + 1].is_cap)
        # "New York (MNN) —": the wire agency that filed the story
        f["wire"] = before == "(" and after == ")" and after2 in {"—", "–", "-", "--"}
        # a firm by its officers: "Minera Quilapana's general manager", "Harwell Valley's chief executive"
        f["firm_of"] = f["possessive"] and (after2 in _FIRM_POSTS or (after2, after3) in _FIRM_POSTS2)
        # a person by kin: "His daughter, Carys Pritchard-Lewis,", "Shazia Bibi, whose 12-year-old daughter was"
        f["kin"] = (before in _KIN or before == "," and before2 in _KIN) or after == "," and after2 == "whose" and (
            after3 in _KIN or after3 in {"home", "house", "body"} or after3.isdigit())
        if after == "(" and after2.isdigit() and len(after2) <= 2 and after3 == ")":
            f["age"] = after2  # "Pramila Behera (52)"
        for k in range(j, min(j + 3, len(toks))):
            if toks[k].lower in FACILITY_NOUNS and not toks[k].is_cap:
                f["facility"] = toks[k].lower
                break
            if not toks[k].is_alpha or toks[k].is_cap or toks[k].lower in _NOT_FACILITY_MODS or toks[k].lower in STOP_WORDS:
                break  # (not "the UzhavarNet portal without any site visit": a facility noun past a function word)
        return f

    def _appositions(self, s: Sentence) -> None:
        """"the then-head of Roscosmos, Dmitry Rogozin" and "Musk's company, SpaceX"."""
        toks = s.tokens
        self._appositions_after(s)
        self._roles_held_then(s)
        if "who" in s.text:
            self._relative_roles(s)
        # commas inside one name ("the Ministry of Agriculture, Fisheries, Water and Land Reform"): no apposition
        listed = [(a, b) for a, b in _runs(s) if any(toks[x].text == "," for x in range(a + 1, b - 1))]
        inner = {x for a, b in listed for x in range(a + 1, b - 1) if toks[x].text == ","}
        inner_and = {x for a, b in listed for x in range(a + 1, b - 1) if toks[x].lower == "and"}
        listed_words = sum(b - a for a, b in listed)
        for c, t in enumerate(toks):
            if t.text != "," or c + 1 >= len(toks) or not toks[c + 1].is_cap or c in inner or _based_comma(toks, c):
                continue
            # back to the determiner that opens the noun phrase ("the deputy chief of the
            # ... administration"), or to a possessive owner ("Musk's company")
            # "The Operations Manager of Asaase Sika Mining Limited, which holds the licence, Kwame Owusu-Ansah,":
            # the role before a relative clause, the name after it
            rc = next((y for y in range(c - 3, max(0, c - 20), -1) if toks[y].text == ","), None)
            after = next((z for z in range(c + 1, min(len(toks), c + 8)) if not (toks[z].is_cap or toks[z].text in {".", "-"})),
                         len(toks))
            rc = rc if rc is not None and toks[rc + 1].lower in {"which", "who"} and rc >= 2 and not any(
                t.text in _QUOTES_SET for t in toks[rc:c]) and toks[c - 1].is_alpha and not toks[c - 1].is_cap \
                and toks[c - 1].lower not in COMPANY_NOUNS and toks[c - 1].lower not in TITLE_WORDS \
                and after + 1 < len(toks) and toks[after].text == "," and toks[after + 1].lower in REPORTING_VERBS else c
            # "The officer who fired, Travis Kemper,": a title before the clause that picks him out
            who = next((y for y in range(c - 2, max(1, c - 8), -1) if toks[y].text in {",", ";", ":"}
                        or toks[y].lower == "who"), None) if rc == c else None
            if who is not None and toks[who].lower == "who" and toks[who - 1].lower in TITLE_WORDS \
                    and toks[who - 2].lower == "the" and (who == 2 or toks[who - 3].is_punct):
                rc = who
            k, det, poss, has_role, org_head = rc - 1, None, None, False, -1
            acronym = None
            # "The trust that runs the academy, Northgate Learning,": an organisation described by a clause
            y = next((y for y in range(c - 2, max(1, c - 12), -1) if toks[y].text in {",", ";", ":"}
                      or toks[y].lower in {"that", "which"}), None)
            if y is not None and toks[y].lower in {"that", "which"} and toks[y - 1].lower in _ORG_DESCRIPTORS \
                    and toks[y - 2].lower in {"the", "a", "an"}:
                det, has_role, org_head, k = y - 2, True, y - 1, -1  # (k: no walk back)
            while k >= 0 and rc - k <= 18 + listed_words:  # (a name with a list in it counts as one word)
                w = toks[k]
                if w.lower in TITLE_WORDS or w.lower in COMPANY_NOUNS or w.lower in _FIRMS_AS_PEOPLE and k == rc - 1:
                    has_role = True
                elif k == rc - 1 and w.is_alpha and not w.is_cap and after > c + 1 and (
                        toks[after - 1].lower in _LEGAL_SUFFIXES or toks[after - 1].text == "." and after > c + 2
                        and toks[after - 2].lower in _LEGAL_SUFFIXES):
                    has_role = True  # "the consultant, Kolfe Consulting Engineers PLC,": what a firm is called
                if w.text == ")" and k >= 3 and toks[k - 2].text == "(" and toks[k - 1].text.isupper() \
                        and toks[k - 3].lower in TITLE_WORDS | _LEGISLATOR_TITLES:
                    acronym, has_role, k = toks[k - 1].text, True, k - 3  # "The Member of Parliament (MP) for Nsuopon,"
                    continue
                if w.text == ")" and k >= 3 and toks[k - 2].text == "(" and toks[k - 3].is_cap and (
                        toks[k - 1].text.isupper() or toks[k - 1].is_alpha and toks[k - 1].is_cap and len(toks[k - 1].text) <= 8):
                    k -= 3  # "the Director General of the Port Louis Maritime Authority (PLMA), Vikash Dhunnoo,": over the
                    continue  # body's acronym (or its short name: "The Dar Rapid Transit Agency (Dart) chief executive")
                if rc - k == 1 and k >= 3 and toks[k - 1].text == "," and _acronym_of(toks, k):
                    k -= 2  # "Chairman of Amatebe Community Development Committee, CDC, Chief Godspower Ebiowei,": over the
                    continue  # body's acronym, set off by commas as Nigerian papers print it
                if (w.text in {",", ";", ":", '"', "“", "”", "(", ")"} or w.lower in _CLAUSE_WORDS) and k not in inner:
                    break
                if w.lower in {"the", "a", "an", "his", "her", "its", "their"} and not (k > 0 and toks[k - 1].lower in {"of", "for", "at", "in", "on"}) \
                        and not (k > 0 and toks[k - 1].lower == "and" and k - 1 in inner_and):  # ("Food and the Marine")
                    det = k
                    break
                if w.text in {"'s", "’s"} and poss is None and k > 0:
                    poss = k
                k -= 1
            body = det is not None and toks[rc - 1].lower in _APPOSED_BODIES and not any(
                t.lower in _NOT_ROLE_WORDS or t.lower in {"of", "at", "in"} for t in toks[det + 1:rc])
            if body:
                has_role = True  # "The fund, Iprevar,": a body named in apposition (not "The president of the union, X,")
            # "Opposition spokesman on the environment, Marvin Samuda, accused": a title opening the sentence, no "the"
            # (an owner inside the title owns no name: "Leader of the council's Independent group, Cllr Gethin Rowlands,")
            inner_poss = poss is not None and poss >= 3 and toks[poss - 2].lower == "the" \
                and toks[poss - 3].lower in {"of", "for", "at", "in", "on"}
            bare = det is None and (poss is None or inner_poss) and k < 0 and toks[0].is_cap \
                and toks[0].lower not in NON_NAME_CAPS and any(t.lower in TITLE_WORDS for t in toks[:min(rc, 3)])
            if bare:
                poss = None
            if not has_role or (det is None and poss is None and not bare):
                continue
            opener = det if det is not None else poss
            fronted = opener is not None and opener >= 2 and toks[opener - 1].lower in _FRONTED_PREPOSITIONS \
                and toks[0].lower in _FRONTED_PREPOSITIONS and not any(t.text == "," for t in toks[:rc])
            if poss is not None and any(t.lower in _TITLE_OR_COMPANY for t in toks[poss + 1:rc]):
                det = None  # "Musk's company, SpaceX": the owner opens the phrase
            if det is not None:
                np_start, role_i = det, det + 1
            elif bare:
                np_start, role_i = 0, 0
            else:
                assert poss is not None  # one of the two, checked above
                np_start = poss - 1
                while np_start > 0 and toks[np_start - 1].is_cap:
                    np_start -= 1
                role_i = poss + 1
            # the name right after the comma, without an honorific ("officer, Dr. Tobias Wren,"), or after a place and
            # its kind ("The administrators, Brisbane firm Calloway Reid Advisory,")
            first_i = c + 3 if c + 3 < len(toks) and toks[c + 1].is_cap and toks[c + 2].lower in COMPANY_NOUNS \
                and toks[c + 3].is_cap and toks[c + 1].text in self.cities else c + 1
            based_at = c + 4 < len(toks) and toks[c + 1].is_cap and toks[c + 2].text == "-" and toks[c + 3].lower == "based" \
                and toks[c + 4].is_cap
            if based_at:
                first_i = c + 4  # "the contractor, Calgary-based Ridgeline Power Services,": the firm after where it is
            j = first_i
            while j < len(toks) and (toks[j].is_cap or toks[j].text in _JOINERS or toks[j].text == "." and j + 1 < len(toks)
                                     and toks[j - 1].lower in TITLE_ABBREVIATIONS and toks[j + 1].is_cap
                                     # ("Mkhiweni Electro-Mech (Pty) Ltd": a legal form in brackets)
                                     or toks[j].text == "(" and j > c + 1 and j + 2 < len(toks) and toks[j + 2].text == ")"
                                     and toks[j + 1].text.strip(".").lower() in _BRACKETED_FORMS
                                     or toks[j].text == ")" and j > c + 2 and toks[j - 2].text == "("
                                     or _legal_comma(toks, j) or j > c + 1 and j + 1 < len(toks) and toks[j + 1].is_cap
                                     and toks[j].lower in _CONNECTORS and toks[j].lower not in {"of", "&"}):
                # ("Executive, Hon. Samuel Owusu-Bempah": over the abbreviation's stop; "Co., Ltd"; "Ruud de Haan")
                j += 1
                if j + 1 < len(toks) and j - 1 > c + 1 and toks[j].text == "-" and not toks[j - 1].ws and not toks[j].ws \
                        and toks[j + 1].is_alpha and not toks[j + 1].is_cap and not toks[j + 1].lower.endswith(("ed", "run")):
                    j += 2  # "Kwok Mei-lin": a given name of two syllables, its second in lower case
            i0 = first_i
            while i0 < j - 1 and (_honorific(toks, i0) or toks[i0].lower.rstrip(".") in TITLE_ABBREVIATIONS
                                  or toks[i0].text == "." or toks[i0].lower in {"his", "her"} and _honorific(toks, i0 + 1)):
                # ("His Majesty Etienne Doko Ngbwa": the name after the style)
                i0 += 1
            t0 = i0
            while t0 < j - 2 and toks[t0].lower in TITLE_WORDS and toks[t0].is_cap:
                t0 += 1
            if t0 > i0 and (t0 - i0 >= 2 or toks[t0].lower in given_names() or j - t0 >= 2) and not any(
                    t.lower in ORG_WORDS for t in toks[t0:j]):
                i0 = t0  # "..., Assistant Comptroller Yaw Boateng-Kyei,": the name after the title
            name = _span_text(toks, i0, j)
            if name.lower() in NON_NAME_CAPS or not name or _PARTY_TAG.fullmatch(name):
                continue  # (", D-St. Louis,": a legislator's party and home, after the name)
            if j == c + 2 and j + 1 < len(toks) and toks[j].text == "," and toks[j + 1].is_cap and _acronym_of(toks, c + 1):
                continue  # ("Chairman of X Committee, CDC, Chief Y,": the body's acronym, the name after it)
            if toks[c - 1].is_cap and i0 == c + 1 and (name in us_states() or name in countries() or name in places()
                                                       or name.split()[0] in {"Co", "Co.", "County"}):
                continue  # "a direct-mail firm in Tampa, Florida", "from Knockcullen, Co Offaly": a town and its region
            if j < len(toks) and toks[j].text not in {",", ".", ";", ")", "!", "?"} and not (
                    # ("Its managing director, Manus Gildea (58), said": an age in brackets after the name)
                    toks[j].text == "(" and j + 3 < len(toks) and toks[j + 1].text.isdigit() and toks[j + 2].text == ")"
                    and toks[j + 3].text in {",", "."}) and not (
                    toks[j].lower == "of" and j + 1 < len(toks) and toks[j + 1].is_cap and (
                        det is not None and toks[det].lower in {"his", "her", "their", "its"} or det is None and poss is not None)):
                # ("Her lawyer, Mr Darren Pereira of X,", "Keane's attorney, Priya Castellanos of Hale & Ormond LLP,")
                continue  # "last year, Putin asked": a clause, not an apposition
            if fronted and j + 1 < len(toks) and toks[j].text == ",":
                v = j + 1
                if _PARTY_TAG.fullmatch(toks[v].text) or v + 2 < len(toks) and _PARTY_TAG.fullmatch(
                        toks[v].text + toks[v + 1].text + toks[v + 2].text):
                    v = next((x + 1 for x in range(v, min(len(toks), v + 6)) if toks[x].text == ","), v)
                if v < len(toks) and toks[v].is_alpha and not toks[v].is_cap and toks[v].lower not in _NP_OPENERS:
                    # "In a letter sent Monday to the Army's assistant secretary, U.S. Rep. Glen Ostby, R-Iowa, wrote":
                    # the phrase ends at the comma, and the name is the subject (not "..., Mrs X, the lender said")
                    continue
            # "The university's provost, Celeste Amundsen,": whose provost is part of the role
            role = _span_text(toks, np_start if poss is not None and det is None else role_i, rc)
            # the role's noun is before its first preposition ("The chief executive of the company, Jane Doe,": a
            # person; "The previous operator on the Iž line, Linija Dalmare,": a company)
            pre = next((x for x in range(role_i + 1, rc) if toks[x].lower in {"of", "for", "at", "in", "on"}), None)
            head = toks[pre - 1].lower if pre is not None and org_head < 0 else toks[rc - 1].lower
            kind = "company" if head in COMPANY_NOUNS or body or org_head >= 0 or head in _FIRMS_AS_PEOPLE or based_at \
                or name.split()[-1].lower().rstrip(".") in _LEGAL_SUFFIXES else "role"  # ("the consultant, X PLC,")
            if kind == "role":
                self.roles[name].append(role)
                if acronym is not None:
                    self.title_acronyms[acronym] = name
            self.raw.append((name, toks[i0].start, toks[j - 1].end, s.sid, {"apposition": kind, "n": j - i0}))
            if kind == "company":
                end = org_head + 1 if org_head >= 0 else rc  # "The trust" of "The trust that runs the academy"
                self._epithet_links.append((name, toks[np_start].start, toks[end - 1].end, s.sid,
                                            _span_text(toks, np_start, end)))

    def _apposed_speaker(self, toks: list[Tok], i: int, j: int) -> bool:
        """Whether an opening word is a name described in apposition before its verb ("Ferreo, the private operator
        that took over the service, said"): no opener ("However, the ministry said") nor a word the text uses."""
        w = toks[i].lower
        if j + 4 < len(toks) and toks[j].text == "," and toks[j + 1].text.isdigit() and len(toks[j + 1].text) <= 3 \
                and toks[j + 2].text == ",":
            j += 2  # "Sutarjo, 52, a fish trader, said": past the age
        if j + 2 >= len(toks) or toks[j].text != "," or toks[j + 1].lower not in {"the", "a", "an"} \
                or w in NON_NAME_CAPS or w.endswith("ly") or w in self.lowercase() or not toks[i].is_alpha:
            return False
        return any(toks[x].lower in REPORTING_VERBS and toks[x - 1].text == "," for x in range(j + 3, min(len(toks), j + 25)))

    @staticmethod
    def _place_after(toks: list[Tok], k: int) -> bool:
        """Whether the noun phrase at ``k`` says what kind of place a name is: "the island's main port"."""
        e = next((x for x in range(k + 1, min(len(toks), k + 7)) if toks[x].is_punct and toks[x].text not in {"'s", "’s", "-"}),
                 None)
        return e is not None and toks[e].text in {",", "."} and toks[e - 1].lower in _PLACE_ROLE_HEADS

    def _roles_held_then(self, s: Sentence) -> None:
        """"Fergal Ó Dubhghaill, then a senior executive planner with the council,": a role held at the time."""
        toks, n = s.tokens, len(s.tokens)
        for i, j in _runs(s):
            if not (j + 3 < n and toks[j].text == "," and toks[j + 1].lower in {"then", "now", "formerly", "previously"}
                    and toks[j + 2].lower in {"a", "an", "the"} and j - i >= 2):
                continue
            e = j + 3
            while e < n and e - j < 18 and toks[e].text not in {",", ".", ";", "(", ")"} and toks[e].lower not in _CLAUSE_WORDS:
                e += 1
            words = [t.lower for t in toks[j + 3:e]]
            if not any(w in TITLE_WORDS or len(w) > 4 and w.endswith(_AGENT_ENDS) and w not in _NOT_AGENTS for w in words):
                continue  # ("..., then the largest in the region,": no post)
            h = i
            while h < j - 1 and (_honorific(toks, h) or toks[h].lower in TITLE_WORDS):
                h += 1
            self.roles[_span_text(toks, h, j)].append(_span_text(toks, j + 3, e))

    def _speaker_alone(self, toks: list[Tok], i: int, j: int) -> bool:
        """A one-word name that opens a sentence and speaks at once: "Gardaí said 22 children ...", "Unison, which
        represents most library staff, said ..." (no common word: "Staff said", "Everyone says", "Police said")."""
        w = toks[i].lower
        if not toks[i].is_alpha or len(w) < 3 or w.endswith(("s", "ly")) and toks[i].text[1:].islower() \
                or w in STOP_WORDS or w in NON_NAME_CAPS or w in ANONYMOUS_NOUNS or w in ORG_WORDS or w in TITLE_WORDS \
                or w in PERSON_EPITHET_NOUNS or w in COMPANY_NOUNS or w in DOCUMENT_NOUNS or w in _STAFF_WORDS \
                or w in self.lowercase():
            return False
        if j < len(toks) and toks[j].lower in _SPEECH_NOW:
            return True
        close = next((x for x in range(j + 2, min(len(toks) - 1, j + 25)) if toks[x].text == ","), None) \
            if j + 1 < len(toks) and toks[j].text == "," and toks[j + 1].lower in {"which", "who"} else None
        # (past its relative clause, any reporting verb: "Unison, which represents most of the staff, disputed")
        return close is not None and (toks[close + 1].lower in _SPEECH_NOW or toks[close + 1].lower in REPORTING_VERBS)

    def _named_alone(self, toks: list[Tok], i: int, j: int) -> bool:
        """Whether the sentence opens on a name alone, described, then speaking: "Dmitry, a grain broker in
        Novorossiysk who ..., said" (not "Separately, a broker said": no comma closes the description)."""
        if toks[i].lower in self.lowercase() or toks[i].lower.endswith("ly") or not toks[i].is_alpha:
            return False
        close = next((x for x in range(j + 2, min(len(toks) - 1, j + 30)) if toks[x].text == ","), None)
        return close is not None and toks[close + 1].lower in REPORTING_VERBS and any(
            t.lower in PERSON_EPITHET_NOUNS or t.lower.endswith(_AGENT_ENDS) for t in toks[j + 2:close])

    def _relative_roles(self, s: Sentence) -> None:
        """"Marion Teeple, who chairs the South Grey Health Coalition,": the post a relative clause gives, as written
        (held-out annotators keep 62 such roles whole: "who chairs ...", "who represents ...", "who runs ...")."""
        toks, n = s.tokens, len(s.tokens)
        for i, j in _runs(s):
            j0 = j
            if j + 4 < n and toks[j].text == "," and toks[j + 1].text.isdigit() and toks[j + 2].text == ",":
                j += 2  # "Janet Calloway, 72, who chairs": past the age
            elif j + 4 < n and toks[j].text == "(" and toks[j + 2].text == ")" and toks[j + 3].text == ",":
                j += 3  # "Coun Alison Brereton (Ind), who represents": past the party or the age in brackets
            if j + 3 >= n or toks[j].text != "," or toks[j + 1].lower != "who" or not (
                    toks[j + 2].lower in _POST_VERBS or toks[j + 2].lower == "speaks" and toks[j + 3].lower == "for"
                    or toks[j + 2].lower == "has" and toks[j + 3].lower in _POSTS_HELD):
                continue
            e = next((x for x in range(j + 3, min(n, j + 18)) if toks[x].text in {",", ";", "."} or toks[x].text in _QUOTES_SET
                      or toks[x].lower in REPORTING_VERBS and x > j + 3), None)
            if e is None or e - j < 4 or (toks[e].text != "," and not toks[e].lower in REPORTING_VERBS):
                continue  # (a clause that runs on: no post to keep)
            if toks[e].text == "," and e + 1 < n and toks[e + 1].is_cap \
                    and (e2 := next((x for x in range(e + 1, min(n, e + 14)) if toks[x].text in {",", ";", "."}), None)) \
                    and any(toks[x].lower == "and" for x in range(e + 1, e2)):
                e = e2  # "who represents Wester Ross, Strathpeffer and Lochalsh on The Highland Council,": the whole list
            h = i
            while h < j0 - 1 and (toks[h].lower in NON_NAME_CAPS or toks[h].lower.rstrip(".") in TITLE_WORDS | HONORIFICS):
                h += 1  # ("Coun. Darlene Foisy, who chairs ...": the name, past the title)
            self.clause_roles[_span_text(toks, h, j0)].append(_span_text(toks, j + 1, e))

    def _appositions_after(self, s: Sentence) -> None:
        """"Peter Lowe, chief economist at Carrow Bank,": a role after the name."""
        toks, n = s.tokens, len(s.tokens)
        for i, j0 in _runs(s):
            j = j0
            if j + 4 < n and toks[j].text == "," and toks[j + 1].text.isdigit() and toks[j + 2].text == ",":
                j += 2  # "Gordon MacInnis, 71, a retired fisherman": past the age
            elif j + 5 < n and toks[j].text == "(" and toks[j + 1].text.isdigit() and len(toks[j + 1].text) <= 3 \
                    and toks[j + 2].text == ")" and toks[j + 3].text == ",":
                j += 3  # "Hiroyuki Nagasawa (67), president of Yukimori Kanko Co.,": the age in brackets, as Japan writes it
            if _based_comma(toks, j):
                continue  # "the Kansas City, Missouri-based company": a place and its state, not an apposition
            if j + 2 >= n or toks[j].text != "," or j0 - i < 2 and not (
                    (toks[j + 1].lower in {"a", "an"} or toks[j + 1].lower == "the" and self._place_after(toks, j + 1))
                    and toks[i].lower not in NON_NAME_CAPS
                    and (not _sentence_initial(s, i) or self.caps_mid[toks[i].text] > 0 or self._named_alone(toks, i, j))):
                continue  # (a surname alone when a description follows: "Brandt, a seven-year veteran who")
            k = j + 1
            if i > 0 and toks[i - 1].lower in {"representing", "for", "of", "from", "in", "at"} and toks[k].is_cap \
                    and toks[k].lower.rstrip(".") in TITLE_WORDS | HONORIFICS and k + 1 < n and toks[k + 1].is_cap:
                continue  # "The Senator representing Rivers West, Senator Boma Datonye-Harry,": the titled name is he
            if toks[k].lower in REPORTING_VERBS or toks[k].lower in BE_FORMS or toks[k].lower in {"has", "have", "had"} \
                    or toks[k].lower in {"and", "or", "but", "while", "whereas", "although", "though"}:
                # "..., Madres Buscadoras de Los Altos, rejected the governor's account": the verb, no role; nor
                # "Joel Stannard, and sent goalkeeper Ryan Pask the wrong way": the next clause
                continue
            if toks[k].lower in {"the", "a", "an"}:
                k += 1
                e2 = next((x for x in range(k, min(n, k + 6)) if toks[x].text in {",", ".", ";"}
                           or toks[x].lower in {"that", "which"}), None)  # ("the weekly magazine that first reported")
                if e2 is not None and toks[e2 - 1].lower in _PRESS_NOUNS:
                    h = i
                    while h < j0 - 1 and toks[h].lower in NON_NAME_CAPS:
                        h += 1
                    self.press.add(_span_text(toks, h, j0))  # "The Wexley Lantern, the campus student newspaper,"
                    self.roles[_span_text(toks, h, j0)].append(_span_text(toks, j + 1, e2))
            # a title ("chief economist at ...") or what someone is ("an environmental chemist at ...")
            # (an age or a place first: "a 41-year-old teacher from Leeds", "a Tawaroa beekeeper")
            dem = k
            while dem < n and toks[dem].is_cap and toks[dem].lower in demonyms():
                dem += 1  # "a Somali American parent": nationalities, then what the person is
            described = toks[j + 1].lower in {"a", "an"} and (toks[k].is_alpha and not toks[k].is_cap or (
                dem > k and dem < n and toks[dem].is_alpha and not toks[dem].is_cap) or (
                (toks[k].text[:1].isdigit() or toks[k].is_cap) and k + 1 < n and (toks[k + 1].text == "-" or (
                    toks[k + 1].is_alpha and not toks[k + 1].is_cap))))
            # "the Waitaha Rural Fire Service's regional commander": a title after an organisation's possessive
            poss = next((x for x in range(k, min(n, k + 8)) if toks[x].text in _POSSESSIVES), None)
            stop = next((x for x in range(k, min(n, k + 6)) if toks[x].text in {",", ".", ";"} or toks[x].lower in _CLAUSE_WORDS), min(n, k + 6))
            # (a title past a portfolio of two: "the district relief and rehabilitation officer")
            titled = any(t.lower in TITLE_WORDS for t in toks[k:k + 3]) or toks[stop - 1].lower in TITLE_WORDS or (
                poss is not None and any(t.lower in TITLE_WORDS for t in toks[poss + 1:poss + 4])) or (
                # "council’s waste and recycling portfolio spokeswoman,": a long portfolio after the possessive
                poss is not None and (c := next((x for x in range(poss + 1, min(n, poss + 9)) if toks[x].text in {",", ";"}
                                                 or toks[x].lower in REPORTING_VERBS), None)) is not None
                and toks[c].text == "," and c > poss + 1 and toks[c - 1].lower in TITLE_WORDS
                and all(t.is_alpha and not t.is_cap or t.lower == "and" for t in toks[poss + 1:c])) or any(
                # "pension negotiator at the transport union": one who does something, at or of a body
                toks[x].lower in {"at", "of", "for", "with"} and toks[x - 1].is_alpha and not toks[x - 1].is_cap
                and len(toks[x - 1].text) > 4 and toks[x - 1].lower.endswith(_AGENT_ENDS)
                and toks[x - 1].lower not in _NOT_AGENTS for x in range(k + 1, min(stop, k + 4)))
            # "the Landrat, or district administrator, of Mühlenau": a title in another language, glossed
            gloss = next((x for x in range(k + 3, min(n, k + 8)) if toks[x].text in {",", ".", ";"}), None) \
                if k + 3 < n and toks[k + 1].text == "," and toks[k + 2].lower == "or" else None
            if gloss is not None and gloss > k + 3 and all(t.is_alpha and not t.is_cap for t in toks[k + 3:gloss]) \
                    and toks[gloss - 1].lower in TITLE_WORDS:
                titled = True
            else:
                gloss = None
            # "Kyrtonas, the island's main port,": what kind of place a name is
            placed = toks[j + 1].lower == "the" and toks[stop - 1].lower in _PLACE_ROLE_HEADS and stop - k <= 5
            # "Servicios Ambientales del Valle, the private company that has operated ...": what kind of body it is
            placed = placed or toks[j + 1].lower == "the" and toks[stop - 1].lower in _ORG_DESCRIPTION_KINDS and stop - k <= 4 \
                and stop < n and toks[stop].lower in {"that", "which", ",", "whose"}
            if toks[j + 1].lower in {"a", "an"} and toks[k].lower in _PERIOD_WORDS and not (k + 1 < n and toks[k + 1].text == "-"):
                # (but "a day-charter captain": a compound)
                continue  # "to China, a day after a leaked audit suggested": when, not what China is
            if not (described or titled or placed) or toks[k].lower in _CLAUSE_WORDS or toks[j + 1].lower in {"as", "with"}:
                continue  # (not "in Camarines Oriental, as an opposition lawmaker accused")
            e = k
            while e < n and (toks[e].text not in {",", ".", ";", "(", ")", '"', "“", "”"} or _based_comma(toks, e)
                             or _region_comma(toks, e)) and e - k < 18 \
                    and toks[e].lower not in _CLAUSE_WORDS and not (e > k + 1 and toks[e].lower in _SPEAKING
                                                                   and toks[e - 1].is_alpha
                                                                   and toks[e - 1].lower not in _NP_OPENERS) and not (
                        e > k and toks[e].lower.endswith("ed") and toks[e].is_alpha and not toks[e].is_cap
                        and not (toks[e].lower == "based" and e + 1 < n and toks[e + 1].lower in {"in", "at"})  # ("based in Lyon")
                        and toks[e - 1].text != "-" and not (e >= 2 and toks[e - 1].lower.endswith("ly")
                                                             and toks[e - 2].lower in {"the", "a", "an"})  # ("the newly formed group")
                        and not (toks[e].lower in _ADJECTIVE_PARTICIPLES and e + 1 < n
                                                             and toks[e + 1].is_alpha and not toks[e + 1].is_cap
                                                             and toks[e + 1].lower not in _NOT_ROLE_WORDS)) and not (
                        # but "the Oslo-based charity", "a 67-year-old retired seafood trader"
                        # "a schoolteacher travelling to Raipur": a participle after the noun ends the role
                        e > k and toks[e].lower.endswith("ing") and toks[e].is_alpha and not toks[e].is_cap
                        and e + 1 < n and toks[e + 1].lower in {"to", "in", "at", "on", "for", "from", "with", "as"}):
                e += 1  # up to a clause or a participle: "a copper trader controlled by ..."
                if e < n and e > k + 1 and toks[e].lower in {"the", "a", "an"} and toks[e - 1].is_alpha \
                        and not toks[e - 1].is_cap and toks[e - 1].lower not in STOP_WORDS \
                        and not toks[e - 1].lower.endswith(("ing", "ed")):  # (but "a lawyer representing a group")
                    break  # "a structural engineer the municipality hired": a clause with its own subject
            if e < n and toks[e].lower in {"which", "whom"} and toks[e - 1].lower in {"of", "in", "to", "by", "from"}:
                continue  # "Tacloban City, a copy of which was obtained by ...": the aside of what came before
            if toks[j + 1].is_cap and all(t.is_cap for t in toks[j + 1:e]) and e < n and toks[e].is_alpha and not toks[e].is_cap \
                    and (toks[e].lower in REPORTING_VERBS or toks[e].lower.endswith("ed")):
                continue  # "In Keswell v Pellham Crouch LLP, Mr Justice Haverley ruled": the clause's subject, no role
            aux = next((x for x in range(k + 1, e) if toks[x].lower in FINITE_AUX), None)
            if aux is not None and not any(toks[x].lower in {"where", "when", "that", "who", "whose"} for x in range(k + 1, aux)):
                # "In a corner of the San Joaquin Valley, a court decree from 1984 was supposed to": a clause (but "an
                # island where X is building a resort")
                continue
            relative = e < n and toks[e].lower in {"the", "a", "an"}
            if not relative and e < n and toks[e].text not in {",", ".", ";", "("} and toks[e].lower not in _CLAUSE_WORDS \
                    and not toks[e].lower.endswith(("ed", "ing")) or e < n and e > k + 1 and toks[e].lower in _SPEAKING:
                continue  # (but "general secretary of the Union (URBWU), who"; and "X, the hospital's chief said": a
                # new clause's subject)
            if toks[0].lower == "according" and not any(t.text == "," for t in toks[:j]) and (e >= n or toks[e].text != ","):
                continue  # "According to documents seen by the daily Népszava, the company's management drew up": the clause
                # (but "According to Dmytro Sahaidak, the outlet's editor-in-chief, the samples")
            h = i
            while h < j0 - 1 and (_honorific(toks, h) or toks[h].lower in TITLE_WORDS and j0 - h >= 3
                                  or toks[h].lower == "the" or toks[h].lower in NON_NAME_CAPS and j0 - h >= 3
                                  or toks[h].text.endswith(".") and toks[h].lower.rstrip(".") in TITLE_ABBREVIATIONS):
                # ("Rep. Lee Sang-hoon, a member of ...")
                # ("The Amber Horizon, a 9,400-container vessel,", "For Tebogo Mokoena, a winch operator,")
                h += 1  # "Dr. Priya Venkataraman", "Chief Emeka Okonkwo-Udeh": the name as collected, without the title
            if h == i and self._lowercase_title(toks, h, j0):
                h += 1  # "Informateur Wilma ter Horst, a former mayor of Zwolle,"
            t = max((x for x in range(h, j0 - 2) if toks[x].lower.rstrip(".") in TITLE_WORDS
                     or toks[x].lower in _LEGISLATORS), default=None)  # ("Independent TD Mattie Coyle, a ...,")
            if t is not None and all(toks[y].is_cap for y in range(t + 1, j0)):
                h = t + 1  # "Ports and Shipping Minister Chaminda Rathnayake, a former chairman of the LMPA,"
            name = _span_text(toks, h, j0 - 1 if j0 - h >= 3 and toks[j0 - 1].lower in _LEGISLATORS else j0)
            # ("Stuart Cashen MHK, the department's member ...": the name, its seat's letters after it)
            if name.split()[0].lower() in NON_NAME_CAPS:
                continue
            if (holder := titled_holder(toks, i, k)) is not None:
                name = holder  # "Rep. Baek Myung-ho of the minor Korea Renewal Party, a member of ...": the lawmaker's
            role = _span_text(toks, j + 1 if toks[j + 1].lower not in {"the", "a", "an"} or poss is not None else j + 2, e)
            after = next((x for x in range(e + 1, min(n, e + 5)) if not toks[x].is_cap), None) \
                if e + 2 < n and toks[e].text == "," and toks[e + 1].is_cap else None
            if after is not None and after - e >= 3 and toks[after].lower in REPORTING_VERBS and titled \
                    and toks[j + 1].lower not in {"a", "an"}:
                # "Speaking to The Clare Echo, Uisce Éireann’s regional infrastructure manager for the Mid-West, Kevin
                # Rynne said": the post of the name after it, as Irish papers write it (not the paper's)
                name = _span_text(toks, e + 1, after)
            # "a neuroscientist and the former dean of its College": two roles
            self.roles[name].extend(r for r in re.split(r"\s+and\s+(?=(?:the|a|an)\s)", role) if r)
            if gloss is not None:  # "district administrator of Mühlenau": the gloss, with what the title is of
                z = gloss + 1 if gloss + 1 < n and toks[gloss].text == "," and toks[gloss + 1].lower in {"of", "in", "at", "for"} \
                    else gloss
                w = next((y for y in range(z, min(n, z + 8)) if toks[y].text in {",", ".", ";"}), z)
                self.roles[name].append(_span_text(toks, k + 3, gloss) + (" " + _span_text(toks, z, w) if w > z else ""))
            if " based in " in role or " based at " in role:
                self.roles[name].append(role.split(" based ")[0])  # "a paramedic based in ...": "paramedic" too
            if described and poss is None:
                # "Larchmont Appeals Group, a direct-mail firm in Tampa,": what kind of body, an epithet of it
                head = next((x for x in range(k, e) if not (toks[x].is_alpha or toks[x].text == "-")
                             or toks[x].lower in STOP_WORDS), e) - 1
                if head > k and toks[head].lower in _ORG_DESCRIPTION_KINDS and not toks[head].is_cap:
                    self._late_links.append((name, toks[j + 1].start, toks[head].end, s.sid,
                                             _span_text(toks, j + 1, head + 1)))
            if e + 2 < n and toks[e].text == "(" and toks[e + 2].text == ")" and toks[e + 1].text.isupper() \
                    and _spells_title(role.split(), toks[e + 1].text):
                self.title_acronyms[toks[e + 1].text] = name  # "X, upazila nirbahi officer (UNO) of Ulipur,": "The UNO"

    # -- canonical names, aliases and types -----------------------------------------------
    def resolve(self) -> ArticleEntities:
        # "Jürgen Weißenborn, the Landrat, or district administrator,": "The Landrat" after that is his title, no name
        titles = {r for rs in self.roles.values() for r in rs if " " not in r and r[:1].isupper()}
        if titles:
            self.raw = [r for r in self.raw if not (r[0] in titles and r[4].get("before") == "the")]
        surfaces = Counter(r[0] for r in self.raw)
        for sf in surfaces:
            w = sf.split()
            if len(w) >= 3 and w[-2] in {"Town", "City", "Municipal", "Village"} and w[-1].lower() in _COUNCIL_NOUNS:
                self.council_towns.add(" ".join(w[:-2]))  # "Omarumbo Bay" of "Omarumbo Bay Town Council": a town
            elif len(w) >= 3 and w[1] == "County" and w[2] in _COUNTY_BODIES and w[0] in surfaces:
                self.council_towns.add(w[0])  # "Kiboro" of "Kiboro County Police": a county, also on its own
            elif len(w) >= 3 and w[0] in _GOVERNMENT_OF_FIRST and w[1] == "of" and " ".join(w[2:]) in surfaces:
                self.council_towns.add(" ".join(w[2:]))  # "Pond Inlet" of "Hamlet of Pond Inlet": the place, also on its own
            elif len(w) >= 4 and w[2] == "of" and f"{w[0]} {w[1]}" in _GOVERNMENT_OF_FIRST_TWO and " ".join(w[3:]) in surfaces:
                self.council_towns.add(" ".join(w[3:]))  # "Drogheda" of "Borough District of Drogheda"
        canon: dict[str, str] = {}
        multi = sorted({s for s in surfaces if " " in s or "-" in s}, key=lambda x: (-len(x), x))
        for s in sorted(surfaces, key=lambda x: (-len(x), x)):
            canon[s] = PLACE_ALIASES.get(s, s)
        owned: dict[str, list[str]] = defaultdict(list)  # "Defense Ministry" -> the countries' ones named
        bare: dict[str, str] = {}
        for sf in surfaces:  # "Armenia’s Defense Ministry" is "the Armenian Defense Ministry"
            if (m := _COUNTRY_BODY.match(sf)) and m.group(1) in countries():
                same = [f"{d} {m.group(2)}" for d in _demonym_forms(m.group(1))]
                canon[sf] = next((x for x in same if x in surfaces), sf)
                owned[m.group(2)].append(sf)
        for rest, holders in owned.items():
            for sf in holders:
                if canon[sf] == sf and (forms := _demonym_forms(sf.split("’")[0].split("'")[0])):
                    canon[sf] = f"{forms[0]} {rest}"  # "Azerbaijan’s Foreign Ministry": the Azerbaijani Foreign Ministry
            if len(holders) == 1:
                bare[holders[0]] = rest  # (its name without the country, as other stories would write it)
            if len(holders) == 1 and rest in surfaces:
                # one country's, named bare after: "Ukraine's Defense Ministry ... The Defense Ministry rejected" (two
                # countries' stay apart: "Armenia’s" and "Azerbaijan’s Defense Ministry")
                canon[holders[0]] = canon[rest] = rest
        for sf in list(surfaces):
            own = next((sf + p for p in ("'s", "’s") if sf + p in surfaces), None)
            if own is not None and canon[sf] == sf and canon[own] == own:
                # "Moody's analysts": the firm whose name is "Moody's" (told so: "Moody's said"); but a name told
                # bare more often than with the possessive is the bare one ("... than to Ribáguas’s.")
                if surfaces[own] >= surfaces[sf]:
                    canon[sf] = own
                else:
                    canon[own] = sf
        for sf, _, _, _, f in self.raw:
            if f.get("dateline") and sf.isupper() and canon[sf] == sf:
                canon[sf] = sf.title()  # "SAN FRANCISCO" is San Francisco, named so in the body too
            elif canon[sf] == sf and len(sf.split()[0]) >= 3 and sf.split()[0].isupper() and not sf.isupper() \
                    and (body := next((x for x in surfaces if x != sf and x.lower() == sf.lower()), None)) is not None:
                canon[sf] = body  # "ILOILO City – ": Iloilo City, its first word set in capitals by a dateline
            if sf in _WORDLIKE_STATES and f.get("before") == ",":
                canon[sf] = _WORDLIKE_STATES[sf]  # "HOUMA, La. (AP)": the state, after its town's comma
        placey = {sf for sf, _, _, _, f in self.raw
                  if f.get("head_after") in PLACE_NOUNS or f.get("before") in {"in", "from", "near", "outside"}
                  and f.get("after") not in TITLE_WORDS  # (not "a challenge from Wendham defender Joel Stannard")
                  and f.get("before2") not in _HELD_IN  # (nor "Shares in Harbourline fell")
                  or (f.get("after") == "," and f.get("coord_next") in self.places)}  # "Carverton, Ohio"
        # "the municipality of Strijenwaard": a place, never the surname of "Gemeentebelang Strijenwaard"
        town_of = {sf for sf, _, _, _, f in self.raw if f.get("before") == "of" and f.get("before2") in _PLACE_ROLE_HEADS}
        words_of = [(m, m.split()) for m in multi]
        # ("Enkhtuya" of "G.Enkhtuya": the name after its father's initial)
        words_of += [(m, m.replace(".", ". ", 1).split()) for m in surfaces if _DOTTED_INITIAL.fullmatch(m)]
        acronyms = None
        ends = {end: sf for sf, _, end, _, _ in self.raw if " " in sf}
        honored = {sf for sf, _, _, _, f in self.raw if f.get("honorific") or (  # ("Dallow, who owns Dallow Haulage,")
            " " not in sf and f.get("after") == "," and f.get("after2") == "who" and not f.get("before", "").isalpha())}
        which_d = {sf for sf, _, _, _, f in self.raw if " " not in sf and f.get("after") == "," and f.get("after2") == "which"}
        based = {sf for sf, _, _, _, f in self.raw if f.get("based")}  # ("the Sacramento-based utility": the city)
        lived_in = {sf for sf, _, _, _, f in self.raw if f.get("before") in {"in", "near"} and f.get("after") not in _POSSESSIVES}
        starts_of: dict[str, list[int]] = defaultdict(list)
        for sf, st, _, _, _ in self.raw:
            starts_of[sf].append(st)
        seen_at = {sf: min(v) for sf, v in starts_of.items()}
        for s in surfaces:
            if " " in s:
                continue
            # a surname (or a Chinese-style family name) of a longer name; an acronym of one
            place_like = s in placey or s in self.places
            # ("Al-Darraji" opening a sentence is "al-Darraji" of "Saad al-Darraji")
            low_s = s[0].lower() + s[1:] if s[:1].isupper() and s.lower().startswith(_OPENING_PARTICLES) else s
            hits = [m for m, w in words_of if m != s and w[0] not in TITLE_WORDS and (w[-1] in (s, low_s) and s not in town_of
                                                                                    and w[0].lower() not in _GREATER and not (
                place_like and any(x.lower() in ORG_WORDS or x == "of" for x in w)) or (  # not "... Bench of Manitoba"
                w[0] == s and (len(w) == 2 and not (s in self.cities and (_acronym_after(w) or s in based))
                               or w[-1].lower().rstrip(".") in _CORPORATE_SUFFIXES
                               and not _named_for_road(w)
                               # (not "Carranbeg" of "Carranbeg Road Residents' Group": the road's place)
                               # "Norvane" of "Norvane Infrastructure Partners"; "Observatório" of "Observatório da Água"
                               or len(w) == 3 and w[-1].lower() in _CORPORATE_WORDS and s.lower() not in ORG_WORDS
                               or len(w) >= 3 and w[1] in _ROMANCE_OF and s.lower() not in ORG_WORDS
                               # "Chan" of "Chan Kok Wai": a Chinese family name, first
                               or len(w) == 3 and all(len(x) <= 4 and x.isalpha() for x in w) and s.lower() in surnames()
                               and not any(x.lower() in ORG_WORDS for x in w))
                and (not place_like or w[-1].lower().rstrip(".") in _CORPORATE_WORDS and s not in self.places  # "a stake in Corvane"
                     and not (s in lived_in and (s in self.cities or w[-1].lower() in _GROUP_LAST)))
                # (but "fishermen in Aberystwyth" beside "Aberystwyth Harbour Users' Group", "villagers in Risby" beside
                # "Risby and Saxham Battery Action Group": the place a community's group is named for)
                and (w[-1].lower() not in OUTLET_NAME_WORDS or s.isupper() and w[-1] == "News")) or (
                # "Voyageurs" of "Ottawa Voyageurs Hockey Club": a club by its nickname, past its town
                len(w) >= 3 and w[1] == s and (w[0] in self.places or w[0] in self.cities)
                and all(x.lower() in _CLUB_NAME_WORDS for x in w[2:])))]
            # ("Orvell" is not the "Orvell Courier"; but "RTÉ" is "RTÉ News")
            long = hits[0].split() if len(hits) == 1 else []
            if len(long) == 2 and long[0] == s and long[1].lower().rstrip(".") not in _CORPORATE_WORDS | _LEGAL_FORMS | ORG_WORDS \
                    and sum(st < seen_at.get(hits[0], -1) for st in starts_of[s]) >= 2:
                hits = []  # "Murmurly" twice before "Murmurly Recap", its product: the firm, not a short form of it
            if place_like and any(len(w) == 2 and w[-1] == s and len(w[0]) >= 2 and w[0].isupper() for m, w in words_of):
                hits = []  # "Capiz" of "DPWH Capiz", "Glenmoray" of "NHS Glenmoray": the place a body's office serves
            if hits and s.lower() in ORG_WORDS:
                hits = _with_bodies_led_by(s, hits, words_of, seen_at)
            acr = []
            if s.isupper() and len(s) >= 2:
                acronyms = acronyms or [(m, _acronyms(m)) for m in multi]
                # (dotted, or with an ampersand: "the M.E.N." of "Manchester Evening News", "The P&J")
                undotted = s.replace(".", "").replace("&", "")
                acr = [m for m, a in acronyms if s in a or len(undotted) >= 2 and undotted in a]
                if not acr:
                    # "Federation of Clinical and Allied Health Workers (FECAHW)": in brackets right after the name,
                    # its letters in order
                    acr = [m for st, m in ((st, ends.get(st - 2) or ends.get(st - 1)) for sf, st, _, _, f in self.raw
                                           if sf == s and f.get("before") == "(")
                           if m and (_letters_in_order(s, m) or any(x.lower() in ORG_WORDS for x in m.split()))]
                    # (or an institution's, whatever its letters: "Federal Aviation Office (LBA)")
                if not acr:
                    # "Amatebe Community Development Committee, CDC,": set off by commas right after the name, as
                    # Nigerian papers print it, spelling the name (or the name past its place)
                    acr = [m for st, m in ((st, ends.get(st - 2)) for sf, st, _, _, f in self.raw
                                           if sf == s and f.get("before") == "," and f.get("after") == ",")
                           if m and len(m.split()) >= 3 and s in _acronyms(m) | _acronyms(m.split(" ", 1)[1])]
                if not acr and len(s) >= 4:
                    # "LASEMA" of "Lagos State Emergency Management Agency": the start of each word, in capitals
                    acr = [m for m in multi if m[0] == s[0] and m.count(" ") >= 2 and m.split()[-1].lower() in ORG_WORDS
                           and _syllabic(s, m)]
                if not acr and len(s) >= 3:
                    acr = [m for m in multi if s in _tail_acronyms(m)]  # "NRD" of "... Natural Resources District"
            elif len(s) >= 3 and s[0].isupper() and not s.isupper() and any(c.isupper() for c in s[1:]) and s.isalpha():
                acr = [m for m in multi if _clipped(s, m)] or [  # "DepEd" of "Department of Education"
                    m for m in multi if s in _acronyms(m)]  # "TfL", "TfGM": the small words in lower case
            elif len(s) >= 4 and s[0].isupper() and s[1:].islower() and s.isalpha() and s not in countries():
                # (not "Armenia" of "Armenia’s Defense Ministry": a country is no body's short name)
                acr = [m for m in multi if m[0] == s[0] and m.count(" ") >= 2 and _syllabic(s, m)
                       and m.split()[0] != s] or [  # (not "Tamworth" of "Tamworth Town Hall": its first word, whole)
                    m for m in multi if m[0] == s[0] and (s.upper() in _acronyms(m)
                                                          or s.upper() == "".join(w[0] for w in m.split()).upper())]
                # ("Ivesco" of "Indus Valley Electric Supply Company"; "Fomca", "Nersa": an acronym in title case, as
                # British and South African papers write one that is said as a word)
            if not hits and not acr and s[:1].isupper() and s.isalpha() and (s[1:].islower() and len(s) >= 4 or (
                    not s.isupper() and any(c.isupper() for c in s[1:]))):  # ("Water and Sewer Institute (AyA)")
                # "The National Search and Rescue Agency (Basarnas)": its short name in its own language, in brackets
                acr = [m for st, m in ((st, ends.get(st - 2) or ends.get(st - 1)) for sf, st, _, _, f in self.raw
                                       if sf == s and f.get("before") == "(" and f.get("after") == ")")
                       if m and m.split()[-1].lower() in ORG_WORDS]
            if s.isupper() and len({canon[a] for a in acr}) == 1 and hits and all(h.split()[0] == s for h in hits):
                # "the MACC Act": a law named after the commission, "DPWH Capiz": an office of the department; the
                # acronym stays the body it spells
                hits = []
            if s.isupper() and len({canon[a] for a in acr}) == 1 and hits and all(
                    len(h.split()) == 2 and h.split()[1] == s and h.split()[0] in self.places for h in hits):
                # "The Pahang MACC": the commission's office in a state is the commission its acronym spells
                for h in hits:
                    canon[h] = canon[acr[0]]
                hits = []
            if any(len(w) >= 3 and w[0] == s and w[1] in _PATRONYMIC_LINKS for m, w in words_of):
                # "Jimbun" of "Jimbun anak Ngelai": a person named by the father is called by the given name
                hits = [m for m, w in words_of if len(w) >= 3 and w[0] == s and w[1] in _PATRONYMIC_LINKS]
            if len({canon[h] for h in hits}) > 1 and s in which_d and s not in honored:
                # "Brandauer, which was founded in 1952,": the firm "Brandauer Maschinenbau", not "Rainer Brandauer"
                hits = [m for m in hits if not (m.split()[-1] == s and m.split()[0].lower() in given_names())] or hits
            if len({canon[h] for h in hits}) > 1 and s not in honored and not place_like:
                # "Pothier also said": the person "Yvon Pothier", not his firm "Pothier Live Lobster Ltd."
                people = {canon[m] for m in hits if m.split()[-1] == s and m.split()[0].lower() in given_names() and not any(
                    x.lower() in ORG_WORDS or x.lower().rstrip(".") in _CORPORATE_SUFFIXES for x in m.split())}
                if len(people) == 1 and all(m.split()[-1] == s or m.split()[0] == s for m in hits) \
                        and not any(canon[m] not in people and _person_named(m, s) for m in hits):  # (two people)
                    hits = [m for m in hits if canon[m] in people]
                else:
                    hits = _first_named(hits, s, canon, seen_at)  # "Markowski" of the father and of his son
            if len({canon[h] for h in hits}) > 1 and s in honored:
                # "Mr Pereira": the lawyer "Darren Pereira", not his firm "Pereira & Ang Law Corporation"
                hits = [m for m in hits if not any(x.lower() in ORG_WORDS or x.lower().rstrip(".") in _CORPORATE_SUFFIXES
                                                   for x in m.split())] or hits
                hits = [m for m in hits if m.split()[-1] == s] or hits  # (a surname ends a name: not "Dallow Haulage")
                # ("Mr Halley": "Ewan Halley", not "Kinloch Halley", the first words of a longer name: a firm's short name)
                hits = [m for m in hits if not any(x.startswith(m + " ") for x, _ in words_of)] or hits
                hits = _first_named(hits, s, canon, seen_at)
            if len({canon[h] for h in hits}) == 1:
                canon[s] = canon[hits[0]]
            elif len({canon[a] for a in acr}) == 1:
                canon[s] = canon[acr[0]]
        for sf in surfaces:
            w = sf.split()
            # ("Wapisiw Lake" of "Wapisiw Lake Cree Nation": a nation named for its place and its people)
            cut = 2 if len(w) >= 3 and w[-1] == "Nation" else 1
            if len(w) >= 2 and (cut == 2 or w[-1].lower() in _AREA_SUFFIXES and w[-1][:1].isupper()) \
                    and (short := " ".join(w[:-cut])) in canon \
                    and canon[short] == short and short.split()[-1].lower() not in ORG_WORDS:
                canon[short] = canon[sf]  # "Nsuopon" of "Nsuopon District", "Amikwabi" of "Amikwabi First Nation"
        for acronym, holder in self.title_acronyms.items():
            if acronym in canon and holder in canon:
                canon[acronym] = canon[holder]  # "The DCE also said": the one who holds that office here
        # "Port Halsey, Wash.": a town before its state, never the first words of "Port Halsey Transit Riders Union"
        regioned = {sf for sf, _, _, _, f in self.raw if f.get("after") == "," and (
            f.get("coord_next") in self.places or str(f.get("coord_next", "")).rstrip(".") + "." in AP_STATE_ABBREVIATIONS)}
        self._short_forms(surfaces, canon, words_of, placey, regioned)
        for sf in surfaces:  # "Halcyon" of "Halcyon Ridge", itself since found short for "Halcyon Ridge Capital"
            t = canon[sf]
            if " " not in sf and t != sf and t in surfaces and canon[t] != t and canon[t] in surfaces and (
                    t.startswith(sf + " ") and (canon[t].startswith(t + " ") and canon[t].split()[-1].lower()
                                                not in _GOVERNING_LAST  # ("Seo District" of its office stays apart)
                                                or canon[t].split()[0] == sf and canon[t].split()[-1] == t.split()[-1])
                    or t.endswith(" " + sf) and canon[t].endswith(" " + sf)):
                # (and "Moorbeck" of "Moorbeck Council", short for "Moorbeck Metropolitan Borough Council"; "Ndeda" of
                # "Beatrice Ndeda", short for "Beatrice Akoth Ndeda")
                canon[sf] = canon[t]
        for term, defined_as in self.defined:
            defines = [x for x in surfaces if defined_as.startswith(x) and x != term]
            if term in surfaces and defines:
                canon[term] = canon[max(defines, key=len)]
        for sf in surfaces:
            if " " not in sf and sf in countries() and canon[sf] != sf and canon[sf] not in countries() \
                    and canon[sf] not in PLACE_ALIASES.values() and not (
                        canon[sf].split()[0] != sf and canon[sf].split()[0].lower() in given_names()):
                # (but "Montenegro" of "Javiera Montenegro Salinas" is hers)
                canon[sf] = PLACE_ALIASES.get(sf, sf)  # "China" is no short form of "South China Sea", "France" of
                # "Tour de France"
        for sf in surfaces:
            if " " not in sf and canon[sf] == sf and sf[:1].isupper() and sf[1:].islower() \
                    and sf.lower() in _BODY_HEADS - {"minister", "secretary"}:
                # "the Ministry said": the one ministry the article names in full ("Ministry of Health")
                full = {canon[m] for m in multi if m.split()[0] == sf or m.split()[-1] == sf}
                if len(full) == 1:
                    canon[sf] = full.pop()
        for sf in surfaces:
            if sf.endswith(" ministry") and " Ministry" not in sf:
                # "the labor ministry" of "Ministry of Employment and Labor" named before it: the one ministry so named
                said = {w for w in sf.lower().split() if w in _PORTFOLIO_WORDS}
                named = {canon[x] for x in surfaces if "Ministry" in x and said <= set(x.lower().replace(",", " ").split())}
                if len(named) == 1:
                    canon[sf] = named.pop()
        ents: dict[str, Entity] = {}
        mentions: list[Mention] = []
        spans: set = set()
        # a family name two people of the story share: "Mr Tidewell" is the man of them, "Mrs Tidewell" the woman
        by_family: dict[str, list[str]] = defaultdict(list)
        for n in dict.fromkeys(canon.values()):
            if len(n.split()) >= 2:
                by_family[n.split()[-1]].append(n)
        for surface, start, end, sid, feats in self.raw:
            name = canon[surface]
            if feats.get("gender") and len(by_family.get(surface, ())) >= 2:
                fits = [n for n in by_family[surface] if given_names().get(n.split()[0].lower()) == feats["gender"]]
                name = fits[0] if len(fits) == 1 else name
            e = ents.get(name)
            if e is None:
                e = ents[name] = Entity(name)
            e.aliases.add(surface)
            self._vote(e, surface, feats)
            if feats.get("title"):
                e.roles.append(feats["title"])
            if feats.get("described"):
                e.described.append(feats["described"])
            if feats.get("rank"):
                e.roles.append(feats["rank"])
                e.votes["PERSON_STRONG"] += 1
            if feats.get("apposition") == "company":
                e.is_company = True
            if feats.get("after") in _PARTY_OFFICES and surface.isupper() and surface.isalpha() and 2 <= len(surface) <= 5 \
                    and surface not in PLACE_ALIASES and surface not in places():
                e.votes["ORG_STRONG"] += 1  # "DA councillor Priya Naidoo-Mbatha", "an ANC councillor": a party
            if feats.get("before") in _ORG_BEFORE:
                e.kinds.add(feats["before"])
            if feats.get("after") in _PLACE_KINDS or feats.get("after") in _ORG_AFTER \
                    or (feats.get("after") in _OUTLET_AFTER and not feats.get("after2_cap")
                        and not (feats.get("the") and (surface in self.places or surface in cities()))):  # (not "the Zagreb daily": a city's paper)
                # "Ilaya Sur province", "the Ccochapata community", "the Madres Buscadoras collective", "Público
                # newspaper" (but "Marathi daily Lokvarta": the language of a paper named next)
                e.kinds.add(feats["after"])
            elif feats.get("before") == "of" and feats.get("before2") in _PLACE_KINDS:
                e.kinds.add(feats["before2"])  # "the town of Carverton"
            elif feats.get("after") in _MUNICIPAL_TIERS and feats.get("after2") in _PLACE_KINDS:
                e.kinds.add(feats["after2"])  # "the Mbokodo local municipality": "the municipality" after
            if feats.get("route"):
                e.kinds.add(feats["route"])  # "the line" of "the Pápa–Kerekhalom branch line"
                e.votes["ROUTE"] += 1
            if feats.get("facility") and surface not in self.places and surface not in regioned:
                # (not "the Ohio plant", nor "the Carverton plant" of "Carverton, Ohio": a facility in a place)
                e.kinds.add(feats["facility"])
                e.votes["FACILITY"] += 1
            if feats.get("after") == "," and str(feats.get("after2", "")).isdigit() and not (
                    str(feats.get("after3", "")).isalpha() and feats.get("after3") not in _AFTER_AGE):
                # ("Corbeil, 26, said", but not "According to the Health Board, 23 cases": a count)
                e.ages.add(feats["after2"])
            a2 = str(feats.get("after2", ""))
            if feats.get("after") == "," and (a2 in {"r", "d"} and feats.get("after3") == "-" or a2[:2] in {"r-", "d-"}):
                # "Tamika Orrell, D-St. Louis,": a Democrat ("The Democrat said"), "R-Iowa" a Republican
                e.described.append("Republican" if a2[0] == "r" else "Democrat")
            if feats.get("age"):
                e.ages.add(feats["age"])
            if feats.get("wire"):
                e.kinds.add("newswire")
            if feats.get("gender"):
                e.gender = feats["gender"]
            if (start, end) in spans:
                continue
            spans.add((start, end))
            mentions.append(Mention(name, surface, start, end, "name", sid))
        for surface, roles in self.roles.items():
            if surface in canon and canon[surface] in ents:
                ents[canon[surface]].roles.extend(roles)
            for r in roles:  # "district administrator of Mühlenau", "the district collector of Wayanad": a district
                if (m := _KIND_OFFICE_OF.fullmatch(r)) and m.group(1).lower() in _PLACE_KINDS \
                        and m.group(2).lower() in TITLE_WORDS and canon.get(m.group(3), "") in ents:
                    ents[canon[m.group(3)]].kinds.add(m.group(1).lower())
        for surface in self.press:
            if surface in canon and canon[surface] in ents:
                ents[canon[surface]].kinds.add("newspaper")
        # coordination spreads place-ness: "between Russia and Crimea"
        for _ in range(2):
            for surface, start, end, sid, feats in self.raw:
                e = ents[canon[surface]]
                for key in ("coord_next", "coord_prev"):
                    other = feats.get(key)
                    if other and other in canon and ents.get(canon[other]) and (
                            ents[canon[other]].votes.get("GPE", 0) >= 2
                            and ents[canon[other]].votes.get("GPE", 0) >= ents[canon[other]].votes.get("ORG", 0)
                            # (or a town the gazetteer knows, told of as nothing else: "to Motueka, Blenheim or even
                            # Christchurch")
                            or other in cities() and ents[canon[other]].votes.get("ORG", 0) <= 1) \
                            and not any(w.lower() in ORG_WORDS for w in e.name.split()):
                        # ("in Saxony and Thuringia": the second is where the first is)
                        e.votes["GPE"] += 2
        for e in ents.values():
            e.type = self._type(e)
            if e.type == "PERSON" and len(e.name.split()) >= 2:
                given = e.name.split()[0].lower()
                e.name_gender = given_names().get(given) or given_names().get(_unaccented(given))  # ("Pádraig": padraig)
            e.roles = list(dict.fromkeys(r for r in e.roles if r))
            called = e.roles + e.described + [r for a in e.aliases for r in self.roles.get(a, [])]
            named_outlet = e.type == "ORG" and (_outlet_name(e.name) or bool(e.kinds & OUTLET_NOUNS) or e.votes["NEWS_SHOW"] > 0 or any(  # "the daily X"
                _BROADCAST.search(d) for d in called) or any(  # "local radio station Lakeland 94.7"
                d.lower().split()[-1:] == [w] for d in called for w in _OUTLET_AFTER))  # "the daily El País", "the daily Népszava"
            # "told Vísir that", "speaking to Heimildin": a body that sources talk to, named in a few words, is a paper
            # (not "told Parliament", "told the Ministry of Health": a body named for what it is)
            e.is_outlet = named_outlet or (
                e.type == "ORG" and e.votes["TOLD"] > 0 and e.votes["TOLD"] * 2 >= e.votes["N"] and len(e.name.split()) <= 3
                and not any(w.lower() in ORG_WORDS or w.lower() in _LEGAL_FORMS or w.lower() in LEGISLATURE_NAMES
                            for w in e.name.split())
                and not e.kinds & _ORG_AFTER and e.name.title() not in self.places)
            if e.is_outlet and not named_outlet:
                e.kinds.add("heard")  # (an outlet only by being told: no newspaper, for "the newspaper")
            if e.type != "PERSON":
                # "the opposition Green Party": a title before a name is a person's; a description after it stays,
                # and one before it that says what kind of organisation it is ("Dutch financial daily")
                e.roles = list(dict.fromkeys([r for a in e.aliases for r in self.roles.get(a, [])] + e.described))
        for surface, roles in self.clause_roles.items():
            if surface in canon and canon[surface] in ents and ents[canon[surface]].type == "PERSON":
                ents[canon[surface]].posts.extend(roles)
        for n, s_, e_, sid in self.norp:
            nm = n
            ents.setdefault(nm, Entity(nm, type="NORP")).aliases.add(n)
            ents[nm].type = "NORP"
            mentions.append(Mention(nm, n, s_, e_, "name", sid))
        mentions.sort(key=lambda m: (m.start, m.end))
        for sf, rest in bare.items():
            if canon.get(sf) in ents:
                ents[canon[sf]].aliases.add(rest)
        out = ArticleEntities(ents, mentions)
        from kit.epithets import link_epithets  # (imported here: it imports this module)

        link_epithets(self.sentences, self._epithet_links, out)
        # descriptions after a body's name ("X, a direct-mail firm in Tampa,"): epithets, added last so that they
        # never decide which body a later "the firm" is
        spans = {(m.start, m.end) for m in out.mentions}
        for name, start, end, sid, text in self._late_links:
            target = name if name in ents else next((e.name for e in ents.values() if name in e.aliases), None)
            if target is not None and ents[target].type == "ORG" and (start, end) not in spans:
                out.mentions.append(Mention(target, text, start, end, "epithet", sid))
                ents[target].epithets.append(text)
        for e in ents.values():
            e.aliases = set(e.aliases)
        return out

    def _short_forms(self, surfaces: Counter, canon: dict[str, str], words_of: list, placey: set, regioned: set) -> None:
        """Shorter forms of longer names, looked up by their words (each table is built once per article):
        "Valadares Lobo" of "Henrique Valadares Lobo", "St Aldric" of "St Aldric's Hospital", "Tembo Ridge" of
        "Tembo Ridge Mining", "Bureau" of "Ohio Bureau of Environmental Quality", "Meridian" of "Meridian Press
        Agency" (never where a place would stand)."""
        suffix: dict[tuple, list[str]] = defaultdict(list)  # a person-like name's last words
        stem: dict[tuple, list[str]] = defaultdict(list)  # an organisation's name without its last word
        prefix: dict[tuple, list[str]] = defaultdict(list)  # its first words, two or more
        first: dict[str, list[str]] = defaultdict(list)  # an organisation's first word (names of three words or more)
        inner: dict[str, list[str]] = defaultdict(list)  # a word after the first
        possessor: dict[str, list[str]] = defaultdict(list)  # "St Aldric" of "St Aldric's Hospital"
        for m, w in words_of:
            last = w[-1].lower()
            if last in _CLUB_SUFFIXES and len(w) >= 2 and not w[-1].islower():
                stem[tuple(w[:-1])].append(m)  # "Ħal Sajjied" of "Ħal Sajjied FC"
            if len(w) >= 3 and last.isdigit() and len(last) >= 3:
                stem[tuple(w[:-1])].append(m)  # "Qiong Wen Yu" of the trawler "Qiong Wen Yu 20817"
            if last == "development" and len(w) == 3 and "of" not in w and "for" not in w:
                stem[tuple(w[:-1])].append(m)  # "Fortune Crest" of the developer "Fortune Crest Development"
            if last == "district" and len(w) == 4 and w[-2].lower() in _SERVICE_DISTRICTS and " ".join(w[:-2]) not in placey \
                    and " ".join(w[:-2]) not in self.places and w[-3].lower() not in PLACE_NOUNS:
                # "Ledge Light" of "Ledge Light Health District": a body, no place (not "Yellow Jacket Mesa", where
                # the farmers are)
                prefix[tuple(w[:-2])].append(m)
            if last in ORG_WORDS:
                stem[tuple(w[:-1])].append(m)
                for k in range(2, len(w) - 1):
                    if w[k].lower().rstrip("'’") not in _MEMBER_PLURALS and w[k - 1].lower() not in PLACE_NOUNS \
                            and not (k == 2 and _named_for_road(w)) \
                            and w[k].lower() not in PLACE_NOUNS and w[k].lower() != "municipal":
                        # (not "X United" of "X United Supporters' Trust", nor "Verde Mesa County" of its court, nor
                        # "Omarumbo Bay" of "Omarumbo Bay Town Council": the town the council runs)
                        prefix[tuple(w[:k])].append(m)  # "Cedar Line" of "Cedar Line Environmental Consulting"
                if (len(w) >= 3 or last in _CORPORATE_WORDS) and not (
                        len(w) == 3 and w[1].lower() in _TOWN_WORDS | {"town", "city", "district", "municipal", "county", "parish",
                                                                       "borough", "community", "township", "shire"}
                        and last in _GOVERNING_LAST) and not (w[1] == "and" and (last == "council" or last in _GROUP_LAST)) \
                        and not _named_for_road(w):
                    # (not "Kalwesa" of "Kalwesa Town Council": the town it runs, nor "Seascale" of its parish council;
                    # nor "Perth" of "Perth and Kinross Council", one of the two places it runs, nor "Risby" of "Risby and
                    # Saxham Battery Action Group"; nor "Carranbeg" of "Carranbeg Road Residents' Group")
                    first[w[0]].append(m)  # "Meridian" of "Meridian Press Agency", "Valtrona" of "Valtrona Pharma"
                if len(w) >= 4 and w[0] in countries() and w[1].lower() not in ORG_WORDS and w[1] not in self.places:
                    first[w[1]].append(m)  # "Huaxin" of "China Huaxin Hydro Engineering Corporation": past its country
            elif last in _CLUB_LAST and len(w) == 2:
                first[w[0]].append(m)  # "Wendham" of "Wendham Athletic": a club by its town
            elif len(w) >= 3 and all(x[:1].isupper() for x in w) and not (
                    w[0].lower() in given_names() or w[0] in self.places or w[0].lower() in NON_NAME_CAPS) \
                    and not FIRM_NAME_WORDS.isdisjoint(x.lower() for x in w[1:]) and not last.endswith("s"):
                first[w[0]].append(m)  # "Mātai" of "Mātai Dairy Nutrition": a firm's trade after its own word
            elif len(w) >= 3 and (last in _TRADE_LAST or last.endswith("s") and not last.endswith("ss")) \
                    and all(x[:1].isupper() or x == "&" for x in w[1:]) and w[0][:1].isupper() \
                    and w[0].lower() not in given_names():
                # "Brightpath" of "Brightpath Community Supports": a trade or a plural ends it ("Siyakhula Pipe & Civils")
                first[w[0]].append(m)
                if last not in _TRADE_LAST and not any(x.lower() in ORG_WORDS for x in w):
                    suffix[tuple(w[1:])].append(m)  # ("Tres Cerros" of "Frigorífico Tres Cerros": a plural place name)
            elif w[0].lower() not in TITLE_WORDS and not any(
                    x.lower() in ORG_WORDS or x.lower() in {"of", "&"} or not x[:1].isupper() and x.lower() not in _CONNECTORS
                    for x in w):  # ("Al Ghafli" of "Humaid Saif Al Ghafli", "von der Berg" of "Ursula von der Berg")
                for k in range(2, len(w)):
                    if w[-k - 1].lower() in {"de", "del", "of", "do", "da"} and w[-k][:1].isupper():
                        continue  # "Los Altos" of "Madres Buscadoras de Los Altos": the place it is named for
                    suffix[tuple(w[-k:])].append(m)
            if len(w) >= 4 and "and" in w[1:-1] and last.rstrip(".") in _CLOSING_FORMS and w[0][:1].isupper() \
                    and w[0].lower() not in given_names() and w[0] not in self.places:
                first[w[0]].append(m)  # "Omuramba" of "Omuramba Drilling and Civils CC": a firm's name with its "and"
            if len(w) >= 3 and w[0].lower() in _TRADE_FIRST:
                # "Cordillera Blanca" of "Minera Cordillera Blanca SpA": a firm named for its trade, then its own name
                core = w[1:-1] if last.rstrip(".") in _LEGAL_FORMS else w[1:]
                if all(x[:1].isupper() for x in core):
                    if len(core) >= 2:
                        suffix[tuple(core)].append(m)
                    elif core:
                        first[core[0]].append(m)
            if len(w) >= 3 and last in ORG_WORDS and (w[0] in self.places or w[0] in self.cities or w[0].lower() in _DEMONYMS):
                # "Water Development Board" of "Bangladesh Water Development Board", "Public Roads Administration" of
                # "Norwegian Public Roads Administration"
                suffix[tuple(w[1:])].append(m)
            if len(w) >= 4 and last in ORG_WORDS and w[1] in {"County", "City", "Borough", "Shire", "Parish"} \
                    and w[2].lower() != "of":
                # "Planning Commission" of "Lincoln-Lancaster County Planning Commission": the body, its county left out
                suffix[tuple(w[2:])].append(m)
            if len(w) >= 4 and last in ORG_WORDS and " ".join(w[:2]) in us_states():
                suffix[tuple(w[2:])].append(m)  # "Insurance Reserve Fund" of "North Dakota Insurance Reserve Fund"
            if len(w) >= 3 and "-" in w[-1] and w[-1].split("-", 1)[1][:1].islower():
                suffix[tuple(w[1:-1])].append(m)  # "Au Yeung" of "Raymond Au Yeung Chi-kin": the family name, between
            for x in w[1:]:
                inner[x].append(m)
            for q in ("'s ", "’s "):
                if q in m and not m.split(q, 1)[1][:1].islower() and m.split(q)[0] not in countries():
                    # (not "Russia" of "Russia's foreign ministry", nor of "Armenia’s Defense Ministry")
                    possessor[m.split(q)[0]].append(m)
        person_like = {m for m, w in words_of if all(x[:1].isupper() and x.lower() not in ORG_WORDS for x in w)}
        # ("two Rakaia Huts residents": the place they live in, not the first words of "Rakaia Huts Boating and Fishing
        # Club")
        peopled = {sf for sf, _, _, _, f in self.raw if " " in sf and f.get("after") in _RESIDENTS}
        feats_of: dict[str, list[dict]] = defaultdict(list)
        first_seen: dict[str, int] = {}
        for sf, start, _, _, f in self.raw:
            feats_of[sf].append(f)
            first_seen.setdefault(sf, start)
        for s in surfaces:
            if s.endswith(".") and s[:-1] in surfaces and canon[s[:-1]] == s[:-1]:
                canon[s[:-1]] = s  # "Grenmark Sports Consulting Ltd" closing a sentence is "... Ltd."
        for s in surfaces:
            if canon[s] != s:
                continue
            ws = s.split()
            hits = suffix.get(tuple(ws), []) + possessor.get(s, []) if len(ws) >= 2 else list(possessor.get(s, []))
            if not hits and len(ws) >= 2 and ws[0].lower() in _CONNECTORS:
                hits = list(suffix.get((ws[0].lower(), *ws[1:]), []))  # "Van Rensburg" opening a sentence: "van Rensburg"
            if not hits and len(ws) >= 2 and ws[-1].lower() in ORG_WORDS:
                # "Forest Department" of "Forest Department Sarawak" (a body, then its state); "State Water Board" of
                # "State Water Resources Control Board" (its first and last words and some between, in order)
                hits = [m for m, w in words_of if len(w) == len(ws) + 1 and w[:-1] == ws and w[-1] in self.places] or [
                    m for m, w in words_of if len(ws) >= 3 and len(w) > len(ws) and w[0] == ws[0] and w[-1] == ws[-1]
                    and _in_order(ws, w) and not {"and", "&", "of", "for"} & {x.lower() for x in w if x not in ws}]
                # (not "Ministry of Transport" of "Ministry of Works and Transport": another portfolio)
            if not hits and len(ws) >= 3 and ws[-1].lower() in ORG_WORDS:
                # "Woodford Fiscal Court" of "Woodford County Fiscal Court": a county's body, "County" left out
                hits = [m for m, w in words_of if len(w) == len(ws) + 1 and w[1] == "County" and w[:1] + w[2:] == ws]
            if not hits and len(ws) >= 2:
                # "San Lucas" of "San Lucas del Yacaré": the name before its connector
                hits = [m for m, w in words_of if len(w) > len(ws) + 1 and w[:len(ws)] == ws
                        and w[len(ws)].lower() in _CONNECTORS | {"del", "de", "do", "da", "dos", "das", "des", "di"}]
            if not hits and len(ws) == 1:
                # "Echevarría" of "Ramón Echevarría Lozano": a Spanish first surname
                # (or a Chinese family name after an English given name: "Ooi" of "Kelvin Ooi Teik Seng")
                hits = [m for m, w in words_of if len(w) in (3, 4) and w[1] == s and m in person_like] or [
                    m for m, w in words_of if len(w) == 4 and w[2] == s and m in person_like]  # "María Guadalupe Treviño Caldera"
            if not hits and len(ws) == 1 and s in _GOVERNMENT_OF_FIRST | {"Council"}:
                # "the City" of "City of Greater Geraldton", "the Council" of "Ararat Rural City Council": the one
                # local government the story names with that word first (or, a council, last)
                hits = [m for m, w in words_of if len(w) >= 3 and (w[0] == s and w[1] == "of" or s == "Council" and w[-1] == s)]
                hits = hits if len(hits) == 1 else []
            if not hits and len(ws) == 1:
                # "Cork" of "Co Cork": the county named without its prefix
                hits = [m for m, w in words_of if len(w) == 2 and w[0] in {"Co", "Co.", "County"} and w[1] == s]
            if not hits and len(ws) == 1 and any(f.get("honorific") or f.get("before") in HONORIFICS for f in feats_of[s]):
                # "Mr Lim" of "Lim Boon Kiat", "Mr Suresh" of "Suresh Pillai": where a family name comes first, or
                # a given name is the polite form
                hits = [m for m, w in words_of if len(w) in (2, 3) and w[0] == s and m in person_like]
            if not hits and len(ws) == 1 and s not in self.places and s not in placey:
                # "Guðrún said" of "Guðrún Ósk Valsdóttir": where a patronymic ends the name, people go by their
                # given name
                hits = [m for m, w in words_of if len(w) >= 2 and w[0] == s and m in person_like
                        and w[-1].lower().endswith(_PATRONYMICS)]
                hits = hits if len(hits) == 1 else []
            if not hits and len(ws) == 1 and s not in self.places and s not in placey:
                # "Sa'ilele said" of "Sa'ilele Tavita Fa'alogo", "Fergal" of "Fergal Ó Dubhghaill": the first word of
                # one name of three words or more given a role or title (a matai title, a given name)
                hits = [m for m, w in words_of if len(w) >= 3 and w[0] == s and m in person_like and (
                    self.roles.get(m) or any(f.get("title") or f.get("rank") or f.get("honorific") for f in feats_of[m]))
                    and not any(x.lower() in _LOC_WORDS or x.lower() in PLACE_NOUNS for x in w)]
                hits = hits if len(hits) == 1 else []
            if not hits and len(ws) >= 2 and all(w.lower().rstrip(".") in TITLE_WORDS or w.lower() == "pol" for w in ws[:-1]):
                # "Pol Col Surasak" of "Surasak Thongmeechai": a rank, then the given name (or the family name)
                hits = [m for m, w in words_of if m != s and len(w) in (2, 3) and ws[-1] in (w[0], w[-1]) and m in person_like
                        and not any(x.lower() in _LOC_WORDS or x.lower() in PLACE_NOUNS or x.lower() in TITLE_WORDS for x in w)]
            if not hits and len(ws) >= 2 and ws[-1].isupper() and len(ws[-1]) >= 2:
                # "Malta FA" of "Malta Football Association": its first words, then an acronym of the rest
                hits = [m for m, w in words_of if len(w) > len(ws) and w[:len(ws) - 1] == ws[:-1]
                        and _acronym(" ".join(w[len(ws) - 1:])) == ws[-1]]
            if not hits and len(ws) >= 2 and ws[-1].lower() not in ORG_WORDS and s not in self.places \
                    and s not in self.cities and ws[-1].lower() not in _PLACE_LAST and s not in regioned and s not in peopled \
                    and not (("'s " in s or "’s " in s) and ws[-1].lower() in _POSSESSIVE_PLACE_HEADS):
                # (but "Nova Scotia" of "Nova Scotia Pharmacy Workers' Union" is the province it is named for, and
                # "Dar es Salaam" of "Dar es Salaam Commuters Association" the city)
                hits = list(stem.get(tuple(ws), [])) or list(prefix.get(tuple(ws), []))
            elif not hits and len(ws) >= 2:
                # "Baharini Logistics" of "Baharini Logistics Consortium Ltd": the name without its legal form
                # (or its trade: "Dewa Electric" of "Dewa Electric Power Company")
                hits = [m for m in prefix.get(tuple(ws), []) + stem.get(tuple(ws), [])
                        if all(x.lower().rstrip(".") in _LEGAL_FORMS for x in m.split()[len(ws):])] or [
                    m for m, w in words_of if len(w) == len(ws) + 2 and w[:len(ws)] == ws
                    and w[-2].lower() in _TRADE_PAIRS and w[-1].lower().rstrip(".") in _LEGAL_FORMS]
            if not hits and len(ws) >= 2 and not (len(ws) == 2 and any(_named_for_road(w) for _, w in words_of
                                                                       if w[:2] == ws)):
                # "Tauá Serrana" of "Tauá Serrana Mineração S.A.": the start of one name that ends in a legal form
                # (not "Carranbeg Road" of "Carranbeg Road Residents' Group": the road it is named for)
                hits = [m for m, w in words_of if len(w) > len(ws) and w[:len(ws)] == ws
                        and w[-1].lower().replace(".", "") in _CORPORATE_SUFFIXES] or [
                    # (or a trade's plural: "Kinderhook Civil" of "Kinderhook Civil Constructors")
                    m for m, w in words_of if len(w) == len(ws) + 1 and w[:len(ws)] == ws and s not in self.places
                    and s not in placey and w[-1].lower() in _TRADE_LAST and w[-1].endswith("s")
                    and not w[-1].endswith("ss")]
            if not hits and len(ws) == 2 and ws[-1].lower() in _COUNCIL_NOUNS:
                # "Moorbeck Council" of "Moorbeck Metropolitan Borough Council": the council without its kind of place
                hits = [m for m, w in words_of if len(w) > 2 and w[0] == ws[0] and w[-1] == ws[-1]
                        and all(x.lower() in _LOCAL_KINDS for x in w[1:-1])]
            if not hits and len(ws) >= 2 and ws[0].isupper() and 2 <= len(ws[0]) <= 3:
                # "TA Chimbwete" of "Traditional Authority Chimbwete": a title's initials before the name
                hits = [m for m, w in words_of if len(w) == len(ws) - 1 + len(ws[0]) and w[len(ws[0]):] == ws[1:]
                        and "".join(x[0] for x in w[:len(ws[0])]).upper() == ws[0]]
            if not hits and len(ws) == 2 and ws[0].lower() in _RULER_TITLES:
                # "Nana Ampem" of "Nana Kwesi Ampem II": a traditional ruler by title and stool name
                hits = [m for m, w in words_of if len(w) >= 3 and w[0] == ws[0] and (
                    w[-1] == ws[1] or _REGNAL.fullmatch(w[-1]) and w[-2] == ws[1])]
            if not hits and len(ws) == 2 and s in person_like and s not in placey:
                # "Talantbek Zhumabaev" of "Talantbek Asanovich Zhumabaev": the name without the father's; "Beatrice
                # Ndeda" of "Beatrice Akoth Ndeda": without the middle name, where one person has those two
                hits = [m for m, w in words_of if len(w) == 3 and w[0] == ws[0] and w[2] == ws[1] and m in person_like
                        and (w[1].lower().endswith(_MIDDLE_PATRONYMICS) or ws[0].lower() in given_names()
                             and w[1].lower() not in NON_NAME_CAPS and w[1][:1].isupper() and "." not in w[1])]
                hits = hits if len({canon[h] for h in hits}) == 1 else []
            if not hits and len(ws) == 2 and s in person_like and s not in placey:
                # "Nik Faridah" of "Nik Faridah Nik Ismail", "Che Rusli" of "Che Rusli Mat Daud": where people are
                # called by their given names, the first two words of one four-word name given a role
                hits = [m for m, w in words_of if len(w) == 4 and w[:2] == ws and m in person_like and (
                    self.roles.get(m) or any(f.get("title") or f.get("rank") or f.get("honorific") for f in feats_of[m]))]
                hits = hits if len(hits) == 1 else []
            if not hits and len(ws) == 1 and s.lower() in ORG_WORDS:
                hits = _with_bodies_led_by(s, list(inner.get(s, [])), words_of, first_seen)
            if not hits and len(ws) == 1 and s in first and (s not in placey or len(feats_of[s]) >= 4 and not any(
                    f.get("head_after") in PLACE_NOUNS for f in feats_of[s])) and s not in self.places \
                    and s not in self.council_towns and not any(  # ("Hamilton" of "Hamilton City Council": the city)
                    (f.get("coord_next") in surfaces or f.get("coord_prev") in surfaces)
                    and f.get("after") not in ("'s", "’s") for f in feats_of[s]) \
                    and 4 * sum(f.get("before") in _LOCATIVE and f.get("before2") != "according"
                                and not (f.get("before") == "of" and f.get("after") in ("'s", "’s")) for f in feats_of[s]) \
                    <= len(feats_of[s]):  # (once "at Brightpath" among four: not a place; "of Seorim's revenue" never)
                hits = list(first[s])
                if s in placey or s in self.cities or any(f.get("before") in {"in", "near"} for f in feats_of[s]):
                    # ("in Ōtaki" beside "Ōtaki Health Action Group": the town its people's group is named for; a
                    # known town the same, "Kirkcaldy’s Christmas lights" beside "Kirkcaldy Area Committee")
                    hits = [h for h in hits if len(h.split()) < 3 or h.split()[-1].lower() not in _COMMUNITY_LAST]
                rivals = [m for m, w in words_of if w[0] == s and m not in person_like and m not in hits] if hits else []
                if rivals or len({canon[h] for h in hits}) > 1:
                    # "Kestrel" among "Kestrel Exchange" and "Kestrel Customers Action Group": the one met first,
                    # the firm the others are named after
                    hits = [min(hits + rivals, key=lambda m: first_seen.get(m, 1 << 30))]
            if len({canon[h] for h in hits}) == 1:
                canon[s] = canon[hits[0]]
            elif len(ws) == 1 and len(hits) > 1 and all(h in person_like for h in hits):
                # "Anzures" of "Rogelio Anzures Villaseñor" and of his sister "Daniela Anzures Villaseñor": the one
                # the article named first, whom it is about
                canon[s] = canon[min(hits, key=lambda m: first_seen.get(m, 1 << 30))]

    def _vote(self, e: Entity, surface: str, f: dict) -> None:
        v = e.votes
        words = surface.replace("-", " ").split()
        last = words[-1].lower() if words else ""
        # ("the Mullingar service": maybe a service in that town, which "in Mullingar" outvotes; no body's "the")
        place_service = f.get("after") in _PLACE_SERVICES and f.get("n", 1) == 1
        if surface in self.places or surface in PLACE_ALIASES or surface in self.council_towns:
            v[self.places.get(surface, "GPE")] += 10
        elif surface in _WORDLIKE_STATES and f.get("before") == ",":
            v["GPE"] += 10  # "Port Halsey, Wash.": the state
        if f.get("based") and last not in ORG_WORDS:
            v["GPE"] += 3
        if last in ORG_WORDS or f.get("apposition") == "company" or len(words) >= 2 and words[-1] in _PAPER_NAME_NOUNS:
            v["ORG"] += 4  # (and "Jutarnji list", a paper)
        if last == "district" and len(words) >= 2 and (words[-2].lower() in _SERVICE_DISTRICTS or len(words) >= 3 and any(
                w.lower() in _SERVICE_DISTRICTS for w in words[-3:-1]) and words[-2].lower() in _DISTRICT_SERVICES):
            v["SERVICE_DISTRICT"] += 1  # "Lower Bayou Levee District", "Harmon Unified School District": a public body
            # (and "Fee Fee Valley Fire Protection District")
        v["N"] += 1
        if len(words) >= 2 and words[-1].lower().endswith(_PATRONYMICS) and all(w[:1].isupper() for w in words):
            v["PERSON"] += 4  # "Guðrún Ósk Valsdóttir", "Bjarki Þór Steinsson": a patronymic ends a person's name
        # ("told the Nation yesterday": past "the")
        b, b2 = f["past_the"] if f.get("past_the", ("", ""))[0] else (f.get("before", ""), f.get("before2", ""))
        if (b == "told" or b == "to" and b2 in _SPOKE_TO or b == "with" and b2 in {"interview", "interviews"}
                or b == "by" and b2 in {"seen", "reviewed", "viewed"}) \
                and (f.get("after") in STOP_WORDS or f.get("after") in _DAY_WORDS or not f.get("after", "").isalpha()) \
                and not _PLURAL_ACRONYM.fullmatch(surface):
            # "told Vísir that", "speaking to Heimildin": who hears a source speak (not "told Odia news channel X",
            # nor "told MSPs")
            v["TOLD"] += 1
        if f.get("dateline"):
            v["DATELINE"] += 1
        if f.get("before") in {"programme", "program", "bulletin", "show"} and f.get("before2") in {"news", "current"}:
            v["NEWS_SHOW"] += 1  # "Sveriges Radio's news programme Ekot": an outlet
        if f.get("title") or f.get("apposition") == "role" or f.get("honorific") or f.get("kin"):
            v["PERSON_STRONG"] += 1
        if f.get("title") or f.get("honorific"):
            v["PERSON"] += 4
        if f.get("apposition") == "role":
            v["PERSON"] += 3
        if f.get("known_as"):
            v["MODEL"] += 1  # "known as the Kpendu bronze": a thing, named with its kind
        if place_service and f.get("before") not in PRODUCT_NOUNS:
            v["SERVICE"] += 1
        elif f.get("after") in PRODUCT_NOUNS or f.get("before") in PRODUCT_NOUNS or \
                (f.get("after2") in PRODUCT_NOUNS and f.get("after") not in {"and", "or", ","}):
            v["PRODUCT"] += 3
        elif _MODEL_NUMBER.fullmatch(words[-1]) and len(words) >= 2 and (
                f.get("after") in _MODEL_NOUNS or f.get("after2") in _MODEL_NOUNS and f.get("after") not in {"and", "or", ","}):
            v["MODEL"] += 1  # "the ComfortGlow 1500 ceramic heater": a model, named with its number
        if f.get("constituency") or f.get("place_of"):
            v["GPE"] += 4
        if f.get("before") in {"a", "an"} and f.get("n", 1) == 1 and last not in ORG_WORDS and not f.get("possessive") \
                and f.get("after2") in {"says", "said", "say", "told", "claims", "claimed", ",", "who"} \
                and f.get("after", "") in _LOCAL_PEOPLE:
            v["GPE"] += 3  # "An Austinmer grandmother says", "a Tawaroa beekeeper, who": someone of that place
        if f.get("n", 1) == 1 and last not in ORG_WORDS and not f.get("possessive") and (
                f.get("before") == "of" and str(f.get("before2", "")).lower() in _COMPASS_OF
                or f.get("before") in {"neighbouring", "neighboring", "nearby"}):
            v["GPE"] += 3  # "a quarry operator west of Whangārei", "families from Kufranjah and neighbouring Anjara"
        if f.get("n", 1) == 1 and last not in ORG_WORDS and not f.get("possessive") and f.get("after", "") in _LOCAL_PEOPLE \
                and f.get("after2_cap"):
            v["GPE"] += 3  # "Highfields mum Kirsty Habermann", "Glenvale homeowner Amrit Sandhu": the place they are of
        if f.get("after") in _TOWN_OFFICES and not f.get("possessive") and last not in ORG_WORDS:
            v["GPE"] += 3  # "Faaborg-Midtfyn mayor Birgitte Lauesen": the town a mayor runs
        if f.get("head_after") in PLACE_NOUNS or (f.get("before") == "of" and f.get("before2") in PLACE_NOUNS):
            v["GPE"] += 3  # "the Kherson region", "the southern city of Kherovka"
        elif f.get("before") == "of" and (f.get("before2") in _OF_A_PLACE
                                          or f.get("before2") in {",", ")"} and str(f.get("before3", "")).isdigit()):
            v["GPE"] += 4  # "a two-term mayor of San Ramil", "residents of Ccochapata", "Travis Greene, 27, of Bartica"
        elif f.get("before") in {"in", "from", "near", "outside", "at"} and last in _TOWN_WORDS:
            v["GPE"] += 4  # "a fisherman from Kessock Harbour"
        elif f.get("before") in {"in", "from", "into", "across", "near", "around", "off", "above", "below", "beyond"} \
                and f.get("n") == 1 and last not in ORG_WORDS \
                and not (f.get("before") == "from" and f.get("before2") in DOCUMENT_NOUNS | {"call", "calls", "word"}):
            # (but "an email from Coralbay", "a report from X": who sent it, not where it came from)
            v["GPE"] += 2  # "review of port subsidies in Valmora"
        elif f.get("before") == "from" and last not in ORG_WORDS and str(f.get("before2", "")) in _PERSON_ROLE_HEADS:
            v["GPE"] += 3  # "a teacher from Al-Ahsa": where someone is from
        elif f.get("before") in {"in", "near"} and not f.get("possessive") and last not in ORG_WORDS:
            v["GPE_IN"] += 1  # "offices in Los Angeles"
        if f.get("before") in _SHIP_NOUNS and not (f.get("before") == "carrier" and last in ORG_WORDS):
            # (but "budget carrier Tallwind Airlines": an airline)
            v["SHIP"] += 1  # "the Liberian-flagged bulk carrier Astraia Trader", "the ferry Kymothoe Express"
        if f.get("carrying") and last not in _LEGAL_FORMS and (
                f.get("after") in {"was", "were", "is"} and f.get("after2") == "carrying"
                or f.get("after") == "," and f.get("after2") in {"which", "carrying"} and f.get("before") in {"the", ""}):
            v["SHIP"] += 1
        if len(words) >= 2 and words[0] in _SHIP_PREFIXES:
            v["SHIP"] += 1  # "MV Bahaghari Dos", "MT Nordic Star": a ship by its prefix
        if f.get("after") == "," and f.get("after2") == "which":
            v["WHICH"] += 1  # "Maritime Coastal Health, which said": a thing, not a person ("who")
        elif f.get("after") == "," and f.get("after2") == "who" and not f.get("the") and last not in ORG_WORDS \
                and not f.get("before", "").isalpha():  # (not "from Invercarse, who": the person before it)
            v["WHO"] += 1  # "Ros Pendleby, who founded the group in 2021, said": a person
        if f.get("head_after") in _LOC_WORDS and f.get("after") == f.get("head_after"):
            v["LOC_AFTER"] += 1  # "the Pont-Haut viaduct", "the Dreuze valley"
        if f.get("the") and not place_service:
            v["ORG"] += 2
            a = f.get("after", "")
            if a in _THE_NP_END or a in REPORTING_VERBS or a in BE_FORMS or a.endswith("ed") and a.isalpha():
                v["THE"] += 1  # "the Breakers filed", "the Breakers, who": the name is the whole phrase
                v["THE_LONG"] += len(words) >= 2  # ("the Vrelant": a painting named for its painter)
        if f.get("The"):
            v["THE_MID"] += 1
        if f.get("before") in {"of"} and f.get("before2") in {"head", "chief", "director", "ceo", "president", "founder", "owner"}:
            v["ORG"] += 2
        if f.get("n", 1) >= 2 and last not in ORG_WORDS and surface not in self.places:
            v["PERSON"] += 2
        if f.get("possessive") and f.get("after2") in {"owner", "founder", "ceo", "boss", "chief"}:
            v["ORG"] += 2
        if f.get("before") in _ORG_BEFORE and not (f.get("before") in _PERSON_TRADES and len(words) >= 2
                                                    and words[0].lower() in given_names()):
            # (but "Wairoa trucking operator Brent Dallow": a trade a person plies too, before a given name)
            v["ORG_STRONG"] += 1  # "the Danish company Norrvik Nutrition", "the team Vantor-Eskel"
        if f.get("firm_of") or f.get("after") in _FIRM_HEADS_AFTER and surface not in self.places and not f.get("possessive"):
            v["FIRM_OF"] += 1  # "Harwell Valley's chief executive", "Southern Reef Abalone managing director Fiona Achterberg"
        if f.get("the") and f.get("after") in _GROUP_AFTER and not f.get("possessive"):
            v["GROUP"] += 1  # "the Save Trevellas Valley group", "the Keep Ashford Green campaign": a body of people
        v["ORG"] += 1  # the default for a lone unknown name

    def _type(self, e: Entity) -> str:
        """Ordered rules, strongest evidence first; votes only break the weak cases."""
        v = e.votes
        if v["DATELINE"]:
            return "GPE"
        if v["ROUTE"]:
            return "LOC"  # "the Laiagam–Porgera road": a route between two places
        if v["SERVICE_DISTRICT"]:
            return "ORG"  # "Lower Bayou Levee District": a body that runs a levee, not an area
        if any(len(w) >= 3 and w[0] in _GOVERNMENT_OF_FIRST and w[1] == "of" and not v["PERSON_STRONG"]
               or len(w) >= 4 and w[2] == "of" and f"{w[0]} {w[1]}" in _GOVERNMENT_OF_FIRST_TWO
               for w in (a.split() for a in e.aliases)):
            return "ORG"  # "the City of Thunder Bay", "Municipality of Anchorage": the place's government, a body
        multi = [a.split() for a in e.aliases if " " in a]
        if (named := [w for w in multi if w[0][:1].isupper()]) and all(w[-1] == "Day" for w in named) \
                and not e.is_outlet and not any(w[0].lower() in _NEWS_FIRST for w in named):
            return "EVENT"  # "Terry Fox Day", "Botswana Day": a holiday, though named for a person
        if any(len(w) == 2 and w[-1] == "Municipality" and w[0].lower() in given_names() for w in multi) \
                and not v["PERSON_STRONG"] and not e.gender:
            return "ORG"  # "George Municipality": a town's government, though a given name opens it
        if any(w[0] == "An" and w[1][:1] in _IRISH_CONSONANTS for w in multi) and not v["PERSON_STRONG"]:
            return "ORG"  # "An Garda Síochána", "An Bord Pleanála": an Irish body, by its article
        if any(len(w) >= 2 and "." in w[-1][:-1] and w[-1].lower().replace(".", "") in _CORPORATE_SUFFIXES for w in multi) \
                and not v["PERSON_STRONG"]:
            return "ORG"  # "Oyster Ridge Development N.V.", "Tecnovia S.A.": a firm by its dotted legal form
        if any(len(w) >= 3 and w[-1].lower().rstrip(".") in _LEGAL_SUFFIXES | {"llp", "pte", "bhd"} for w in multi):
            return "ORG"  # "Kaimai Coast Packhouse Ltd", though called "Kaimai Coast" too: a registered firm
        if any(len(w) >= 2 and w[0] in _VENUE_FIRST and all(x[:1].isupper() for x in w) for w in multi) \
                and not v["PERSON_STRONG"]:
            return "ORG"  # "Casino Golden Crane", "Hotel Rialto": a business named by its kind, first
        if multi and not v["PERSON_STRONG"] and not e.gender and not e.is_company and all(
                w[-1] in _PLACE_SUFFIXES_CAPPED and all(x[:1].isupper() for x in w)
                and not any(x.lower() in ORG_WORDS for x in w[:-1]) for w in multi) \
                and all(" " in a or a.isupper() for a in e.aliases):
            return "GPE"  # "Central River Region (CRR)", "Oyo State", "Manzini Region": an area, by the word that ends it
        if multi and not v["PERSON_STRONG"] and not e.gender and not e.ages and not e.roles and not e.is_company and any(
                w[-1] in _WORKINGS_CAPPED and all(x[:1].isupper() for x in w) and not any(x.lower() in ORG_WORDS for x in w)
                and (v["THE"] or w[0].lower() not in given_names() or w[-1] == "Marina") for w in multi):
            # ("Nelson Marina": a town's marina, though a given name opens it)
            return "LOC"  # "the Silver Creek Mine", "Bullion Ridge Quarry": a working named by its kind, nobody's name
        first_words = {a.split()[0].lower() for a in e.aliases if " " in a}
        if any(len(w) >= 2 and _REGNAL.fullmatch(w[-1]) and w[-2].lower() in ORG_WORDS for w in (a.split() for a in e.aliases)):
            return "ORG"  # "House Commission VI", "Commission VI": a numbered body, not a king
        if any((a.lower().startswith(_CHIEFS_TITLES) or a.startswith("TA ")) and len(a.split()) >= 2 for a in e.aliases):
            return "PERSON"  # "Traditional Authority Chimbwete", "TA Chimbwete", "Nana Kwesi Ampem II": a chief
        if not v["PERSON_STRONG"] and not e.gender and not first_words.isdisjoint(_ROMANCE_PEAKS) \
                and e.name.split()[-1].lower() not in ORG_WORDS:  # (not "Sierra Ventosa ... Association")
            return "LOC"  # "Pointe du Mourin", "Cerro Azul": a mountain named in its language, not a "du" surname
        if not v["PERSON_STRONG"] and not e.gender and not first_words.isdisjoint(_ROMANCE_HOUSES):
            return "ORG"  # "Hôtel du Mourin", "Château de Vaux": a business, not a person
        if v["MODEL"] and not v["PERSON_STRONG"] and not e.gender and not e.ages:
            return "PRODUCT"  # "the ComfortGlow 1500 ceramic heater": a model named with its number
        if any(_DOTTED_INITIAL.fullmatch(a) for a in e.aliases) and not e.is_company:
            return "PERSON"  # "G.Enkhtuya": a Mongolian name, its father's initial written onto it
        if any(_INITIALS_SURNAME.fullmatch(a) for a in e.aliases) and not e.is_company and not v["ORG_STRONG"] \
                and not any(w.lower() in ORG_WORDS for a in e.aliases for w in a.split()):
            return "PERSON"  # "R. Saravanan", "G. Rajasekaran": initials before the name, as South India writes it
        place = [self.places.get(a) or ("GPE" if a in PLACE_ALIASES or a in self.council_towns or (  # ("Dar es Salaam": a city, its particle lower-case)
            len(a.split()) >= 3 and any(w.islower() for w in a.split()[1:-1]) and a in cities()) else None) for a in e.aliases]
        if any(place) and e.name.split()[-1].lower() not in ORG_WORDS and not ((v["PERSON_STRONG"] or e.roles and not e.is_company) and any(
                not p and len(a.split()) >= 2 and a.split()[0].lower() in given_names() for a, p in zip(e.aliases, place))):
            # (but "Attorney General Denise Harrow": "Harrow said" is her, whatever town has that name; and
            # "Francisca das Chagas Lima, president of the residents' association": a given name and a role)
            return next(p for p in place if p)
        words = [a.replace("-", " ").split() for a in e.aliases]
        if (v["SHIP"] or {_role_head(r) for a in e.aliases for r in self.roles.get(a, ()) if not _POST_WORDS.intersection(
                r.lower().split())} & _SHIP_NOUNS) and not v["PERSON_STRONG"] and not e.gender:
            # (not "Arlo Tvedt, a retired letter carrier")
            return "PRODUCT"  # "the bulk carrier Astraia Trader", "The Amber Horizon, a 9,400-container vessel"
        if any(len(w) >= 3 and "for" in w[1:-1] and w[w.index("for") - 1].lower() in _GROUP_PLURALS for w in words):
            return "ORG"  # "Mount Carrow Parents for Safe Classrooms": a campaign group, whatever it opens with
        if any(len(w) >= 2 and w[-1].lower() in _GROUP_PLURALS | _STEWARD_PLURALS for w in words) \
                and not v["PERSON_STRONG"] and not e.gender and not e.ages:
            return "ORG"  # "Cowichan River Stewards", "Harbour Guardians": a body of people, named for what they do
        if any(len(w) >= 2 and w[0].lower() in _EVENT_FIRST for w in words):
            return "EVENT"
        if any(len(w) >= 3 and w[0] in _CAUSE_VERBS for w in words) and not v["PERSON_STRONG"] and not e.gender:
            return "ORG"  # "Keep Coyote Wash Open", "Save Our Pool": a campaign, named for its cause
        if any(len(w) >= 2 and w[-1].lower() in _LAW_HEADS for w in words) \
                and not v["PERSON_STRONG"] and not e.gender:
            return "LAW"  # "the Access to Information Act", "the Finance Bill": a law, nobody's voice
        if any(a.endswith(" Nation") and len(a.split()) >= 2  # ("Wapanohk Lake Cree Nation", "Navajo Nation")
               and a.split()[-2] not in {"United", "Rainbow", "Host", "Member", "Daily", "Sunday"} for a in e.aliases) and not v["PERSON_STRONG"]:
            return "GPE"  # "Kiskisiw Lake First Nation": a community and its land (not Kenya's "Daily Nation")
        if not e.is_company and (e.ages or any("year-old" in r for r in e.roles)):
            return "PERSON"  # "Corbeil, 26,", "Suresh Pillai, a 44-year-old dentist": only people have ages
        if {_role_head(r) for a in e.aliases for r in self.roles.get(a, ())} & _ORG_DESCRIPTION_KINDS \
                and not v["PERSON_STRONG"] and not e.gender:
            return "ORG"  # "Frigorífico Tres Cerros, a meatpacking plant in ...": what the description says it is
        if any(2 <= len(w) <= 3 and w[0].lower() in _SERVICE_FIRST and " ".join(w[1:]) in places() for w in words) \
                and not v["PERSON_STRONG"]:
            return "ORG"  # "Environment Southland", "Health Canada", "Police Scotland": a public body of a place
        if (v["FIRM_OF"] or v["GROUP"]) and not v["PERSON_STRONG"] and not e.gender:
            return "ORG"  # "Harwell Valley's chief executive": only firms have one; "the Mersey Valley group"
        if not e.kinds.isdisjoint({"newspaper", "daily", "tabloid", "weekly", "magazine", "broadcaster"}) \
                and not v["PERSON_STRONG"] and not e.gender and not e.ages:
            return "ORG"  # "told Al-Akhbar newspaper": a paper, whatever its name looks like
        if not v["PERSON_STRONG"] and not e.gender and not e.ages and any(
                a.isupper() and a.isalpha() and any(" " in b and (_letters_in_order(a, b) if len(a) >= 3 else a == "".join(
                    w[0] for w in b.split()) and b.split()[0].lower() not in given_names()
                    and TITLE_WORDS.isdisjoint(b.lower().split())) for b in e.aliases) for a in e.aliases):
            # (two letters: the initials exactly, of no given name nor title: "Nieuw Midden (NM)", not "Grant
            # Pemberton" of "a GP" nor "Managing Director" of "MD")
            return "ORG"  # "Namibian Bulk Water Utility (NBWU)": a body goes by its initials, a person hardly
        if any(len(w) >= 2 and (w[0].lower() in _STREET_FIRST or w[0].lower().rstrip(".") in _LOC_FIRST
                                and not w[0].isupper() or len(w) >= 3 and w[1] == "of" and w[0].lower() in _LOC_FIRST_OF)
               and w[-1].lower() not in _BODY_WORDS and w[-1].lower() not in ORG_WORDS  # ("Lake Country Health Network")
                and w[-1].lower() not in {"court", "courts", "tribunal"} for w in words) \
                and not v["PERSON_STRONG"] and e.name.split()[-1].lower() not in ORG_WORDS:
            # (not "MT Ebube Star", nor "Lake Zone Marine Transport Authority", nor "Sierra Ventosa ... Association"
            # by its short name)
            return "LOC"
        if any(len(w) == 2 and w[0] in {"Co", "Co."} and w[1][:1].isupper() and w[1].lower() not in ORG_WORDS for w in words) \
                and not v["PERSON_STRONG"]:
            return "GPE"  # "Co Tyrone", "Co. Kerry": an Irish county (no firm abbreviated "Co")
        if e.name.split()[-1].lower() in ORG_WORDS and not v["PERSON_STRONG"] and not e.gender and any(
                len(w) >= 2 and w[-1].lower() in _LOC_WORDS for w in words) and e.name.split()[-1].lower() not in _LOC_WORDS:
            return "ORG"  # "Bann Valley Regional College", though called "Bann Valley" too: the college
        if any(w and (w[-1].lower() in _LOC_WORDS or len(w) >= 3 and w[-1].lower() in COMPASS and w[-2].lower() in _LOC_WORDS
                      or len(w) >= 2 and w[-1] in {"St", "St."}  # ("Ruthven St": a street, "St" closing its name)
                      or len(w) >= 2 and w[-1].isdigit() and (  # ("King Street East": a street and its part)
                w[-2].lower() in _LOC_WORDS and len(w) >= 3 or w[-2] in _NUMBERED_ROUTES))  # ("Line 11": a metro line)
               for w in words) or any(
                len(w) >= 2 and (w[-1].lower() == "park" and w[-2].lower() in _PARK_KINDS
                                 or w[-1].lower() == "hall" and w[-2].lower() in _HALL_KINDS) for w in words):
            return "LOC"  # (and "Diamond Technology Park", "Kruger National Park": no one surnamed Park)
        if not v["PERSON_STRONG"] and not e.gender and (
                any(len(w) >= 2 and (w[0].lower() in _TOWN_FIRST or w[-1].lower() in _PLACE_LAST
                                     or w[-1].lower() == "district" and w[-2].lower() in _ELECTORAL)
                    and not ORG_WORDS & {x.lower().rstrip("'’s") for x in w} for w in words)):
            return "GPE"  # "Taman Seri Kenanga", "Bukayingo Sub-county", "Calder County": a place by its own words
        if any(len(w) >= 2 and any(x.lower() in NEWSPAPER_WORDS or x.lower().endswith(_NEWSPAPER_ENDINGS) for x in w)
               for w in words) or any(_outlet_name(a) and not any(x.lower() in given_names() for x in a.split())
                                      for a in e.aliases if " " in a or a[1:] != a[1:].lower()) \
                and not v["PERSON_STRONG"]:  # ("Zodiak Broadcasting Station", "MercoPress")
            return "ORG"  # "El Diario Económico", "Hamburger Rundschau": a newspaper, wherever it is "in"
        if any(("'s " in a or "’s " in a) and a.split()[-1].lower() in _POSSESSIVE_PLACE_HEADS for a in e.aliases):
            return "GPE"  # "Roper's Cove"
        if any(len(w) >= 2 and w[-1].lower() in _AREA_SUFFIXES and " ".join(w[:-1]) in e.aliases for w in
               (a.split() for a in e.aliases)) and not v["PERSON_STRONG"]:
            return "GPE"  # "Nsuopon District", also named "Nsuopon": a district
        if e.is_company or any("&" in a or ("'s " in a or "’s " in a) and any(x in _POSSESSIVE_ORG_HEADS for x in a.lower().split())
                               for a in e.aliases) or any(w and (w[-1].lower() in ORG_WORDS or w[0].lower() in _OUTLET_FIRST
                                      or ({"of", "for", "on"} & {x.lower() for x in w}
                                          and any(x.lower() in ORG_WORDS for x in w))) for w in words):
            return "ORG"  # "Carrow Bank", "Radio Metro", "Office for Fiscal Responsibility", "Bank of Norway"
        if not v["PERSON_STRONG"] and any(len(w) == 2 and w[0].lower().rstrip(".") in {"st", "saint", "sainte"}
                                           and "'" not in w[1] and "’" not in w[1] for w in words):
            return "GPE"  # "St Elizabeth", "St Louis": a place named for a saint (people named so carry a title)
        if not v["PERSON_STRONG"] and not e.ages and not e.gender:
            if any(len(w) == 2 and w[0] in {"Port", "Fort"} for w in words) or any(
                    _PLACE_PARTICLE.search(a) for a in e.aliases):
                return "GPE"  # "Port Halloran", "Fort Ashby", "Barrow-in-Furness", "Stoke-on-Trent": a town
            if any(len(w) == 2 and w[0].lower() in PLACE_NOUNS and (w[1].lower() in _NUMBER_WORDS_UP or w[1].isdigit())
                   for w in words):
                return "GPE"  # "Region Seven", "District 4": an area by its number
            if any(len(w) >= 2 and w[0].lower() in _SAINT_FIRST for w in words):
                return "GPE"  # "San Lucas del Yacaré", "São Bento": a saint's name in a Romance language, a place
            heads = {_role_head(r) for r in e.roles}
            if heads & _PERSON_ROLE_HEADS and not heads & _ORG_ROLE_HEADS:
                return "PERSON"  # "Ryu Dong-hyeok, the company's chief executive," (named "Ryu" later, like a firm)
            if heads & _PLACE_ROLE_HEADS:
                return "GPE"  # "Pulo Verde, a town of 39,812 registered voters"
            if heads & _ORG_ROLE_HEADS and not v["GPE"] and not v["GPE_IN"]:
                return "ORG"  # "Radyo Ilaya, a local station" (never "in" it)
        if any(len(w) >= 2 and (w[0].lower() in ROMANCE_ORG_HEADS or w[0].lower() in _CLUB_FIRST or w[0] in {"PT", "Bord"}
                                or len(w[0]) >= 3 and w[0].isupper() and w[0].isalpha() and not _person_in_capitals(w))
               for w in words):
            # (but "HANNAH DOWSON", a credit in capitals)
            return "ORG"  # "Asociación de Clubes Profesionales": the head comes first; "NHS Glenmoray", "BBC Scotland"
        if v["ORG_STRONG"] and not v["PERSON_STRONG"]:
            return "ORG"
        if v["GPE_IN"] and v["GPE_IN"] == v["N"] and not v["PERSON_STRONG"]:
            return "GPE"  # only ever "in X", never titled: a place
        if not v["PERSON_STRONG"] and all(a in self.cities or a.title() in self.cities for a in e.aliases):
            return "GPE"  # "the Rotterdam terminal", "San Francisco": a town or city, named as nothing else
        if v["GPE"] >= 3 and not v["PERSON_STRONG"] and not e.roles \
                and not any(len(w) >= 2 and w[-1].lower() in _TRADE_LAST for w in words):  # ("Coralbay Health")
            return "GPE"  # "South Sudan's Upper Korrah state": a place noun after the name
        if not v["PERSON_STRONG"] and not e.ages:
            if any(len(w) >= 2 and (w[-1] == "AI" or w[-1].lower() in _CLUB_LAST) for w in words):
                return "ORG"  # "Lumora AI", "Brackwell United"
            if any(len(w) >= 3 and any(x.lower() in _CORE_ORG_WORDS for x in w[:-1]) for w in words):
                return "ORG"  # "Real Club Deportivo Torrelumbre", "Federal Teaching Hospital Ajiroko"
            singles = {w[0] for w in words if len(w) == 1}
            # (but "Yusuf Harahap, who ...", "Ratna Sembiring, the group's coordinator": a given name, as Indonesians
            # are called by theirs)
            called_by_given = v["WHO"] or e.roles and not {_role_head(r) for r in e.roles} & _ORG_ROLE_HEADS
            if any(len(w) >= 2 and w[0] in singles and w[-1] not in singles and not w[-1].lower().endswith(_PATRONYMICS)
                   and not (called_by_given and w[0].lower() in given_names()) for w in words) \
                    and not any(_FAMILY_FIRST.fullmatch(a) for a in e.aliases):  # (but "Pyo" of "Pyo Gwang-il", "Halla" of
                # "Halla Björk Sverrisdóttir")
                return "ORG"  # "Lumora" of "Lumora AI": people are called by their last name, firms by their first
            if any(len(w) >= 2 and w[0].lower() in COMPASS for w in words) and not (v["FIRM_OF"] or e.is_company):
                return "LOC"  # "the East Rand", "North Sea" (not "Southern Reef Abalone", whose managing director spoke)
            if v["THE_MID"]:
                return "ORG"  # "The Circuit Report"
        if all(x.isupper() and len(x) >= 1 for w in words for x in w if x.isalpha()) and not v["PERSON_STRONG"]:
            if all(_person_in_capitals(w) for w in words):
                return "PERSON"  # "Picture: HANNAH DOWSON", "DANA RUIZ/The Daily Sentinel": a photographer's credit
            return "ORG"  # "K-IFRS": letters in capitals are an acronym, nobody's name
        if not v["PERSON_STRONG"] and not e.ages and not e.gender and not e.roles \
                and len({x.lower() for w in words for x in w if x.lower() in self.lowercase()}) >= 2:
            return "ORG"  # "World Food Programme", "Tandlewood Juvenile Products": words the article also uses as nouns
        if v["LOC_AFTER"] and v["LOC_AFTER"] * 2 >= v["N"] and not v["PERSON_STRONG"] and not e.gender:
            return "LOC"  # "the Pont-Haut viaduct": what the text calls it
        if v["WHICH"] and not v["PERSON_STRONG"] and not e.gender and not e.ages:
            return "ORG"
        if v["WHO"] and not v["THE"] and all(2 <= len(w) <= 3 for w in words if len(w) > 1) \
                and not any(x.lower() in ORG_WORDS for w in words for x in w):
            return "PERSON"  # ("M. Kathirvelan, who was Collector of Villupuram till August,")
        if not v["PERSON_STRONG"] and not e.gender and not e.ages and any(
                len(w) >= 2 and (w[-1].lower() in _TRADE_LAST or not {"workers", "employees", "teamsters"}.isdisjoint(
                    x.lower() for x in w)) for w in words):  # ("United Refinery Workers Local 2281")
            return "ORG"  # "Maritime Coastal Health", "Thalassini Ferries": a trade ends the name"
        if (v["THE"] >= 2 or v["THE_LONG"] and all(len(w) <= 2 for w in words)) and not v["PERSON_STRONG"] \
                and not e.ages and not e.gender and not e.roles:
            return "ORG"  # "the Breakers", "the Massif Central": nobody's name follows "the"
        if not e.kinds.isdisjoint(FACILITY_NOUNS) and not v["PERSON_STRONG"] and not e.gender and not e.ages and not e.roles \
                and v["FACILITY"] * 4 >= v["N"]:  # (not "a Pemex pipeline" of a firm named ten times)
            return "LOC"  # "the Ras Al Sawadi desalination plant": a place named with its kind, nobody's name
        if not v["PERSON_STRONG"] and not e.gender and not e.ages and any(
                len(w) >= 3 and w[1] in {"Los", "Las", "La", "El"} and w[0] in _SPANISH_SETTLEMENTS for w in words):
            return "GPE"  # "Villa Los Aromos", "Lomas Las Palmas": a neighbourhood, named as Spanish names places
        if all(a[:3] in {"al-", "el-"} for a in e.aliases) and not v["PERSON_STRONG"] and not e.gender \
                and not e.ages and not e.roles:
            # "al-Mirbad substation", "in al-Hartha": a name that opens on its article, lower case, is no one's
            return "LOC" if not e.kinds.isdisjoint(FACILITY_NOUNS) or v["GPE"] < 2 else "GPE"
        if any(_FAMILY_FIRST.fullmatch(a) for a in e.aliases) and not e.kinds and not v["ORG_STRONG"]:
            return "PERSON"  # "Jang Min-seok", "Kao Wen-pin": a family name, then a hyphened given name
        if not v["PERSON_STRONG"] and not e.gender and not e.ages and all(len(w) >= 2 for w in words) \
                and not e.roles and not any(x.lower() in given_names() and (k == 0 or w[k + 1].lower() not in _PLACE_ENDS)
                                            for w in words for k, x in enumerate(w[:-1])) \
                and not any(w[-1].lower() in surnames() and w[-1].lower() not in _PLACE_ENDS for w in words) \
                and not any(_PARTICLE_NAME.fullmatch(a) and a.split()[0].lower() not in ROMANCE_ORG_HEADS | ORG_WORDS
                            | _PLACE_FIRST_WORDS and a.split()[-1] not in places() for a in e.aliases):
            # ("Ruud de Haan": a given name, a particle, a family name; not "Junta de Andalucía")
            return "ORG"  # "Kahikatea Analytical", named in full only, no title, no given name: no one's name
            # (but a given name inside, before a place's word, is the place's: "Tarrow Ridge Estate")
        if not v["PERSON_STRONG"] and not e.gender and not e.ages and not e.roles \
                and all(len(w) >= 2 and w[-1].lower() in _SERVICE_ENDS for w in words):
            return "ORG"  # "Cal Fire", "Tom Rail": a service's name, whatever given name opens it
        if v["TOLD"] and not v["PERSON_STRONG"] and not e.gender and not e.ages and not e.roles \
                and any(_outlet_name(a) for a in e.aliases):
            return "ORG"  # "told Devon Live": an outlet, though a given name opens its name
        if v["PERSON"] >= 3 or any(len(w) >= 2 for w in words):
            return "PERSON"
        if v["PRODUCT"] or v["SERVICE"] and not v["GPE"]:
            return "PRODUCT"
        gpe = v["GPE"] + 2 * v["SERVICE"]  # ("in Mullingar", then "the Mullingar service": the town's, twice over)
        if gpe >= 2 and gpe >= v["ORG"] - gpe:
            return "GPE"
        return "ORG"

    # -- epithets -----------------------------------------------------------------------------


def _person_in_capitals(w: list[str]) -> bool:
    """Whether the words of a name printed in capitals are a person's: a given name first (no weekday: "SUNDAY
    PUNCH" is a paper), a family name after it, no body's or paper's word.

    >>> _person_in_capitals(["HANNAH", "DOWSON"]), _person_in_capitals(["SUNDAY", "PUNCH"])
    (True, False)
    """
    return len(w) in (2, 3) and all(x.isupper() for x in w) and w[0].lower() in given_names() \
        and w[0].lower() not in WEEKDAYS and len(w[-1]) >= 3 and w[-1].isalpha() \
        and not any(x.lower() in ORG_WORDS or x.lower() in OUTLET_NAME_WORDS for x in w)


_INITIALS_SURNAME = re.compile(r"(?:[A-Z]\.\s?){1,3}[A-Z][a-z'’-]{2,}")
_COUNTRY_BODY = re.compile(r"^(\w+)['’]s (.+)$")


def _demonym_forms(country: str) -> list[str]:
    """ "Armenia" -> ["Armenian"], "Azerbaijan" -> ["Azerbaijani", ...]: the adjectives its people go by, as
    :func:`kit.lexicons.demonyms` derives them."""
    low = country.lower()
    forms = [low + "n"] if low.endswith("a") else [low[:-1] + "an", low[:-1] + "ian"] if low.endswith(("o", "e")) \
        else [low + "an"] if low.endswith("y") else [low + "ian", low + "ese", low + "i"]
    irregular = [d.capitalize() for d, names in IRREGULAR_DEMONYMS.items() if country in names]
    # (the listed ones, or "-a" + "n", which is sure; not "Azerbaijanian", a derived guess)
    return irregular + [f.capitalize() for f in forms if f in DEMONYMS or low.endswith("a") and f == low + "n"]


def _unaccented(word: str) -> str:
    """ "pádraig" -> "padraig": a given name the lexicon writes without its accents."""
    return unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode("ascii")


def _role_head(role: str) -> str:
    """The noun a role phrase is about: "town" of "town of 39,812", "station" of "a local station"."""
    low = role.lower()
    if "member of parliament" in low or "member of the national assembly" in low:
        return "mp"  # "Kasubeta Member of Parliament": a legislator ("the lawmaker", "the MP")
    words = _ROLE_PP.split(low, 1)[0].split()
    if len(words) >= 2 and words[-1] in {"general", "designate", "elect"}:
        words = words[:-1]  # "director general", "minister-designate": the office before its modifier
    return words[-1].strip(".,;:'’") if words else ""


def find_entities(sentences: list[Sentence]) -> ArticleEntities:
    """Entities and mentions of one article's body sentences."""
    b = _Builder(sentences)
    b.collect()
    return b.resolve()


def own_outlet(sentences: list[Sentence], mentions: list[Mention], outlets: set[str] | list[str]) -> str | None:
    """The outlet publishing the story: the one of ``outlets`` its sources are told to ("told Amandala", "said in a
    statement to Rest of World"), of several the one told most; None when no outlet is told anything."""
    told: Counter = Counter()
    text_of = {s.sid: s for s in sentences}
    for m in mentions:
        s0 = text_of.get(m.sid)
        if s0 is not None and m.kind == "name" and m.name in outlets:
            before = s0.text[max(0, m.start - s0.start - 14):m.start - s0.start].lower().split()
            if before and before[-1] in {"told", "to", "by"}:
                told[m.name] += 1
    return max(told, key=lambda n: (told[n], n)) if told else None
