"""Epithets: the descriptions an article uses for a name it has already given ("the billionaire" is
Elon Musk, "the regulator" the Digital Asset Conduct Office, "the 61-year-old" whoever was said to be 61).

What the names are and which mentions they have come from :mod:`kit.entities`; this module links the
descriptions to them, each as an ``epithet`` mention, by what the text says (a role, an age, an
apposition, what an organisation's name says it is) and, failing that, by what was named just before.

>>> from kit.nlp import split_body
>>> from kit.entities import find_entities
>>> ents = find_entities(split_body("T\\nThe Marine Safety Office opened an inquiry. The regulator said so.\\n"))
>>> ents.entities["Marine Safety Office"].epithets
['The regulator']
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from functools import lru_cache

from kit.entities import (
    FACILITY_NOUNS, FINITE_AUX, _AUXILIARIES, _CAUSE_VERBS, _LOCAL_KINDS, _LOCAL_PEOPLE, _ROUTE_NOUNS, _CLAUSE_WORDS, _CLUB_FIRST, _CLUB_LAST, _CORPORATE_SUFFIXES, _DEMONYMS, _LEGAL_FORMS, _LEGISLATORS, _LOC_WORDS,
    _PERIOD_WORDS, _PLACE_KINDS, _POSSESSIVES, _TOWN_OFFICES, _REGION_NOUNS, _SHIP_NOUNS, _VENUE_FIRST, ArticleEntities, Entity, Mention, _based_comma, _role_head, _span_text,
    own_outlet, title_initials, titled_holder,
)
from kit.lexicons import (
    BE_FORMS, ANONYMOUS_NOUNS, COMPANY_NOUNS, COMPASS, DOCUMENT_NOUNS, FIRM_NAME_WORDS, FIRM_TITLES, GENERIC_PERSON_NOUNS, INSTITUTION_WORDS, NON_NAME_CAPS, ORG_WORDS,
    FEMALE_NOUNS, MALE_NOUNS, OUTLET_NAME_WORDS, OUTLET_NOUNS, PERSON_EPITHET_NOUNS, REPORTING_VERBS, TITLE_WORDS, cities, countries,
    AP_STATE_ABBREVIATIONS, CO_OP_SPELLINGS, BROADCASTERS, CARE_HOME_WORDS, IRREGULAR_DEMONYMS, SPOKES_NOUNS, WIRE_AGENCIES, capital_cities, demonyms, national_names, us_states,
)
from kit.nlp import Sentence, Tok
from kit.parties import _DETERMINERS, _UNNAMED

# "the state government", "the provincial government": the place of that tier whose name says it
_TIER_PLACES = {"state": "state", "provincial": "province", "county": "county", "regional": "region"}
_LEGISLATURE_WORDS = {"assembly", "parliament", "congress", "senate", "council", "legislature"}
# a works told of by what it does, and the words of its trade any of which its name may hold: "the abattoir" of "Mau
# Prime Meats Ltd", "the crusher" of "... Crusher Udhyog", "the range" of "Pilchuck Ridge Rifle & Pistol Club"
_MEAT_WORKS = {"abattoir", "abattoirs", "meats", "meat", "slaughterhouse"}
_WORKS_BY_TRADE = {"abattoir": _MEAT_WORKS, "slaughterhouse": _MEAT_WORKS,
                   "crusher": {"crusher", "crushers", "crushing", "aggregate", "aggregates"},
                   "range": {"rifle", "pistol", "gun", "shooting", "range"}}
_ORG_HEADS = {"authority", "body", "ministry", "agency", "department", "council", "commission", "committee", "board",
              "union", "party", "court", "police", "government", "bank", "university", "institute", "foundation",
              "regulator", "tribunal", "parliament", "assembly", "federation", "association", "office",
              "trust", "team", "club", "hospital", "school", "alliance", "coalition", "charity", "watchdog", "bureau",
              "league", "museum", "franchise", "directorate", "inspectorate", "administration", "secretariat", "college",
              "collective", "cooperative", "forum", "network", "force", "tribe", "clan", "metro", "railways", "lab", "clinic",
              "gallery", "panel", "iwi", "fund", "port", "practice", "course"} | set(CO_OP_SPELLINGS) | set(_WORKS_BY_TRADE)
# who works at a works, after its noun: "the mine electrician", "the abattoir workers" (not "the mine operator")
_WORKER_ENDS = ("ian", "ist", "man", "woman", "worker", "workers", "employee", "employees", "staff", "hand", "hands")
# a firm told of by its works: "the factory" of "Nurjahan Knit Composite Ltd", "the plant" of a refiner
_WORKS_NOUNS = {"factory", "plant", "mill", "smelter", "refinery"}
# what a service is named for, and what "the ..." means on its own: "the fire" is the blaze, not "Cal Fire"
_DEED_NOUNS = {"fire", "rescue"}
_EPITHET_NOUNS = PERSON_EPITHET_NOUNS | OUTLET_NOUNS | COMPANY_NOUNS | _WORKS_NOUNS
# the members of a body, told of in the plural, and how the body's name begins ("the auditors" of "Supreme Audit Office")
_MEMBERS_OF_BODY = {"auditors": ("audit",), "inspectors": ("inspectorate", "inspection"),
                    "investigators": ("investigat",), "prosecutors": ("prosecut", "attorney"),
                    "researchers": ("lab", "laborator", "institut", "research")}  # ("the researchers" of "Citadel Privacy Lab")
_EPITHET_HEADS = _EPITHET_NOUNS | _ORG_HEADS | set(_MEMBERS_OF_BODY)
_REGULATOR_NAMES = {"authority", "commission", "office", "agency", "inspectorate", "directorate", "administration",
                    "bureau", "regulator", "ombudsman"}
# a central bank is a country's regulator, no firm: "Central Bank of Nigeria", "SA Reserve Bank", "the apex bank"
_CENTRAL_BANK_WORDS = {"central", "reserve", "apex"}
_LAB_NAMES = {"lab", "labs", "laboratory", "laboratories", "analytical", "analytics", "diagnostics", "laboratorios"}
# the words in an organisation's name that tell what "the regulator", "the club", "the union" is
# what a building is told of as, and how its name ends ("the development" of "The Kemuning Residences")
_BUILDING_NOUNS = {"building", "tower", "block", "development", "condominium", "condo", "estate", "project", "complex",
                   "structure"}
_BUILDING_NAME_ENDS = {"residences", "residence", "towers", "tower", "apartments", "plaza", "mall", "heights", "mansions",
                       "condominium", "condominiums", "block", "building",  # ("the three-storey Calder Block")
                       "manor", "gardens", "meadows", "grove", "mews", "estate"}  # ("the estate" of "Glenoak Manor")
# trades a person plies as often as a firm: a headline's "Operator insists no defect was reported to him"
_ONE_MANS_TRADES = {"operator", "trader", "dealer", "broker", "builder"}
# bodies told of as "the trust", "the fund" whose names need not say so
_BODIES_BY_STORY = {"trust", "fund", "charity", "foundation"}
_FUND_ENDS = ("fund", "fonds", "fonden", "fondet", "fondo", "fundo")  # (a fund's own word, in compounds too)
_FUND_WORDS = {"fund", "funds", "pension", "pensions", "investment", "investments", "capital", "asset", "assets", "wealth",
               "endowment", "superannuation", "provident", "retirement", "ventures", "equity"}
_KIND_NAME_WORDS = {
    "home": {"home"},  # (and a care home named in its own language: ``_of_kind``)
    "regulator": _REGULATOR_NAMES, "watchdog": _REGULATOR_NAMES,
    "authority": {"authority", "agency", "office", "commission", "administration", "inspectorate", "directorate",
                  "council"},  # ("the authority" of a county council)
    "agency": {"agency", "office", "bureau", "administration", "directorate", "commission", "authority", "corps",
               "division", "service", "department"},  # ("Colorado Division of Housing", "National Park Service")
    "ministry": {"ministry", "department"}, "department": {"department", "ministry"},
    # "the school" of "Sonoran Heights Preparatory Academy", "Kelmscott Grammar"
    "school": {"school", "academy", "preparatory", "prep", "grammar", "lycée", "gymnasium"},
    # "the lab" of "Aorangi Analytical", "Kessel Diagnostics"
    "lab": _LAB_NAMES, "laboratory": _LAB_NAMES,
    "clinic": {"clinic", "clinics", "surgery"},
    # "the practice" of "Wey Valley Medical Partnership", "Castle Street Surgery": a doctors' practice
    "practice": {"practice", "surgery"},
    "course": {"course", "links"},  # "the course" of "Chaparral Vista Golf Club" (below), "Royal Dornoch Links"
    **_WORKS_BY_TRADE,
    "union": {"union", "federation", "syndicate"},
    # (an organisation, not a place, named "... City" or "... Town" is a club: "Brackenford City", "Luton Town")
    "club": {"club", "city", "town", "rangers", "county"} | _CLUB_LAST | _CLUB_FIRST,
    "party": {"party", "alliance", "front", "movement", "labour", "labor", "conservatives", "democrats", "republicans",
              "greens", "liberals", "socialists", "tories"},  # "the party" of "Scottish Labour"
    "court": {"court", "tribunal"}, "tribunal": {"tribunal", "court"},
    # "the panel" of "Court of Arbitration for Sport", of "Public Investments Committee"
    "panel": {"panel", "committee", "tribunal", "court"},
    "police": {"police", "constabulary", "garda", "gardaí"},
    "hospital": {"hospital", "infirmary", "clinic"},
    "university": {"university", "college"}, "college": {"college"},
    "board": {"board"}, "trust": {"trust"},  # (and "NHS ...": a health board or trust, whatever its areas)
    "force": {"force", "police", "guard", "constabulary", "gendarmerie"},  # "the force" of "Hellenic Coast Guard"
    "cooperative": {"cooperative", "co-operative", "co-op", "coop"},
    # "the charity" of "Lanternhouse Trust" (a charity called something else, "Renal Voices, a charity,", is
    # found by what it was called first)
    "charity": {"trust", "foundation", "charity", "fund", "appeal", "society", "mission"},
    # (and "Silver Sage Community Services", "Valley Street Outreach": a nonprofit named for what it does)
    "nonprofit": {"trust", "foundation", "charity", "fund", "society", "institute", "project", "services", "outreach",
                  "network", "coalition", "alliance", "association", "initiative"},
    "foundation": {"foundation", "trust", "fund"},
    "league": {"league", "association", "federation", "conference"},
    "metro": {"metropolitan", "metro"},  # "the metro" of "Ntabazwe Metropolitan Municipality"
    "railways": {"railway", "railways", "rail"},  # "the railways" of "Deccan Railway"
    # "the tribe" of "Tesoyo Band of Indians", "Ngāti Rangi Tribe", "Kettle Creek Nation"
    "tribe": {"tribe", "band", "nation", "indians", "pueblo", "rancheria"}, "band": {"band"}, "iwi": {"iwi"},
}
_POSSESSED_PEOPLE = GENERIC_PERSON_NOUNS | {"ceo", "chief", "boss"}  # "Musk's chief"
_COUNTRY_NOUNS = {"country", "nation"}
# a trade before "firm"/"company" and the words a firm of that trade is named with
_TRADE_MODIFIERS = {"mining": {"mining", "mines", "minerals", "resources", "copper", "gold"},
                    "oil": {"oil", "petroleum", "energy"}, "energy": {"energy", "power", "oil", "gas"},
                    "construction": {"construction", "builders", "contracting", "engineering", "works"},
                    "shipping": {"shipping", "lines", "maritime", "marine"}, "insurance": {"insurance", "assurance"},
                    "logistics": {"logistics", "freight", "transport"}, "security": {"security", "guarding"},
                    "accounting": {"accountants", "accounting", "audit"}, "accountancy": {"accountants", "accounting"},
                    "law": {"llp", "partners", "associates", "chambers", "law"}, "chemical": {"chemical", "chemicals"},
                    "pharmaceutical": {"pharma", "pharmaceuticals"}, "telecoms": {"telecom", "telecoms", "mobile"}}
# a lead's trade: "A water company has been accused ...": the story's "the company" is that one
_LEAD_TRADES = _TRADE_MODIFIERS | {"water": {"water", "waters"}}
_LEAD_TRADE = re.compile(r"\b(?:[Aa]n?|[Tt]he)\s+(" + "|".join(_LEAD_TRADES) + r")\s+(?:company|firm)\b")
_FIRM_HEADS = {"firm", "company", "group", "operator", "giant", "conglomerate"}
# what an anti-graft body's name says (and Nepal's "Commission for the Investigation of Abuse of Authority")
_ANTI_GRAFT = {"corruption", "graft", "integrity", "ethics", "abuse"}
# what kind of body "the civic body", "the governing body", "the trade body" is: the words its name may have
_TRADE_BODY_NAMES = {"association", "federation", "chamber", "council", "confederation", "forum", "alliance", "society"}
_BODY_SAYS = {"civic": {"municipality", "municipal", "corporation", "council", "city", "town"},
             "governing": {"federation", "union", "association", "council", "board", "confederation", "committee"},
             "trade": _TRADE_BODY_NAMES, "umbrella": _TRADE_BODY_NAMES, "industry": _TRADE_BODY_NAMES,
             "professional": _TRADE_BODY_NAMES | {"institute", "college"},
             "regulatory": _REGULATOR_NAMES | {"board", "council"}, "statutory": _REGULATOR_NAMES | {"board", "council"}}
_WHOSE_KIN = re.compile(r"\bwhose\s+(?:[\w-]+\s+){0,2}?\w+\s*$")  # "..., whose (89-year-old) mother " before a name: the kin of the one before
_COUNT_WORDS = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"}
_PARENT_NOUNS = {"mother", "father", "grandmother", "grandfather", "parent", "grandparent", "mum", "dad"}
# (a member, or a committee's chair, of a legislature: "chairman of the House Committee on Agriculture in the ... House
# of Assembly" is a lawmaker)
_LOCAL_GOVERNMENT_OF = {"council": {"City", "Town", "Municipality", "Shire", "Borough", "Village"},
                        "city": {"City", "Municipality"}, "municipality": {"Municipality", "City", "Town"},
                        "town": {"Town"}, "shire": {"Shire"}, "borough": {"Borough"}, "village": {"Village"}}
_LEGISLATURES = (r"House of (?:Representatives|Assembly|Commons|Delegates)|(?:National|Legislative|Provincial|State|Regional) Assembly"
                 r"|Senate|Parliament|Congress|(?i:legislature)|Legislative Council|Majlis|Shura|Khural|Duma|Diet|Sejm|Knesset"
                 r"|Storting|Riksdag|Folketing|Bundestag|Rada|Lok Sabha|Rajya Sabha|Dewan Rakyat|House Commission")
_LEGISLATURE_MEMBER = re.compile(rf"\b(?i:member|chairman|chairwoman|chairperson|chair|speaker|whip)\b.*\b(?:{_LEGISLATURES})\b"
                                 # ("the National Assembly Member for Niamina Dankunku": The Gambia's; "Sudurpaschim
                                 # Provincial Assembly member", "Legislative Council member")
                                 rf"|\b(?:{_LEGISLATURES}) (?i:member)\b")
# the trades a firm set in apposition is "the company" for, in the next sentence ("the contractor, X Ltd,"; not "the
# administrators, Y Advisory,", nor a law firm)
_APPOSED_TRADES = {"contractor", "subcontractor", "supplier", "operator", "developer", "builder", "manufacturer",
                   "maker", "producer", "hauler", "carrier", "miner"}
_WORKS_NAME_ENDS = {"project", "pipeline", "greenway", "corridor", "railway", "bypass", "redevelopment", "scheme",
                    "solar farm", "wind farm", "transmission line"}
_LOWER_TIERS = {"community", "parish", "youth", "student", "students", "residents"}  # councils that govern no place
_PUBLIC_HEADS_BY_FIELD = {"authority", "agency", "department", "ministry", "regulator", "body", "service"}
# the fields a public body is named for ("Nova Scotia Health", "Transport Scotland"), not its tier ("local", "federal")
_FIELDS = {"health", "education", "transport", "transportation", "water", "environment", "environmental", "housing",
           "planning", "roads", "energy", "fisheries", "wildlife", "forestry", "parks", "tourism", "agriculture",
           "aviation", "revenue", "electricity", "waste", "conservation"}
_PUBLIC_UTILITY_HEADS = {"administration", "commission", "authority", "board", "corporation"}
_ROLE_SYNONYMS = {"attorney": {"lawyer"}, "lawyer": {"attorney"}, "barrister": {"lawyer"}, "solicitor": {"lawyer"},
                  "counsel": {"lawyer"}, "chairperson": {"chair", "chairman", "chairwoman", "leader"},
                  "chairman": {"chair", "leader"}, "chairwoman": {"chair", "leader"},
                  "spokesperson": {"spokesman", "spokeswoman"}, "physician": {"doctor"},
                  "doctor": {"physician"}, "senator": {"lawmaker", "legislator"},
                  "representative": {"lawmaker", "legislator", "congressman", "congresswoman"},
                  "congressman": {"lawmaker", "legislator"}, "congresswoman": {"lawmaker", "legislator"},
                  "assemblyman": {"lawmaker", "legislator"}, "assemblywoman": {"lawmaker", "legislator"},
                  "councillor": {"councilor"}, "councilor": {"councillor"},
                  "ceo": {"executive"}, "executive": {"ceo"},
                  "justice": {"judge"}, "magistrate": {"judge"}, "ruler": {"monarch"}, "king": {"monarch"}, "queen": {"monarch"},  # "Madam Justice Corinne Ho": "the judge"  # "the chief executive" of "Seorim Cell CEO Do Jae-woong"
                  # ("the deputy": a parliament's member, as Arab, Latin and French papers call one; "the Garff
                  # member" of "Garff MHK Andrew Kinrade")
                  **{x: {"lawmaker", "legislator", "deputy", "member"} for x in _LEGISLATORS - {"councillor", "councilor", "alderman"}},
                  "deputy": {"lawmaker", "legislator"},  # "a deputy of the Oliy Majlis": "the lawmaker"
                  # sport: "Kenyan marathon runner X", later "the athlete"
                  **{x: {"athlete"} for x in ("runner", "sprinter", "marathoner", "cyclist", "swimmer", "jumper",
                                              "thrower", "hurdler", "steeplechaser", "rower", "skier", "boxer")}}
for _a, _b in (("lawmaker", "legislator"), ("legislator", "lawmaker")):
    _ROLE_SYNONYMS[_a] = _ROLE_SYNONYMS.get(_a, set()) | {_b}  # "Lawmaker Cheang Hoi Lam": "the legislator"
# ("the ARP lawmaker" of "the MPA from X")
# "the senior officer" of "Pol Col Surasak ..., superintendent of ... police station": a rank is an officer (an
# officer is no commissioner: "The 61-year-old commissioner" is not the "chief operations officer")
for _rank in ("col", "colonel", "commander", "superintendent", "supt", "comptroller", "inspector", "insp", "sergeant",
              "sgt", "lieutenant", "lt", "captain", "capt", "constable", "commissioner", "major", "maj", "gen", "general"):
    _ROLE_SYNONYMS[_rank] = _ROLE_SYNONYMS.get(_rank, set()) | {"officer"}
# a title abbreviated before a name, and what the text calls its holder later ("Gov. X": "the governor")
_ABBREVIATED_ROLES = {"gov": "governor", "rep": "representative", "sen": "senator", "sec": "secretary",
                      "cllr": "councillor", "clr": "councillor", "supt": "superintendent", "insp": "inspector", "atty": "attorney",
                      "gen": "general", "col": "colonel", "lt": "lieutenant", "sgt": "sergeant", "capt": "captain",
                      "cmdr": "commander", "pres": "president", "amb": "ambassador", "det": "detective",
                      "coun": "councillor", "cr": "councillor", "prof": "professor", "sup": "supervisor", "ald": "alderman"}
_HONORIFIC_OFFICES = {"councillor"}  # offices written as an honorific ("Cllr", "Coun"), never as a role
# the words of a public body's name, whatever its kind ("the agency" of "Airservices Australia", "Santé Québec")
_PUBLIC_NAME_WORDS = {"ministry", "department", "authority", "office", "agency", "commission", "service", "services",
                      "administration", "bureau", "directorate", "inspectorate", "secretariat", "institute", "centre",
                      "center", "council", "board", "australia", "canada", "québec", "quebec", "ireland", "scotland",
                      "wales", "england", "zealand", "superintendency", "coordinator", "corps", "force", "police"}
# the words that may follow a noun phrase's last word ("to the nonprofit until", "the nonprofit that")
_AFTER_A_NOUN = {"until", "in", "to", "for", "and", "but", "or", "that", "which", "who", "with", "from", "of", "on", "at",
                 "by", "over", "after", "before", "since", "as", "because", "while", "when"}
# the words that name a body of people, campaigners, residents, parents: what "the group" is before any firm
_GROUP_NAME_WORDS = {"alliance", "association", "coalition", "collective", "network", "campaign", "movement", "forum",
                     "watch", "united", "families", "parents", "residents", "citizens", "tenants", "friends", "concerned",
                     "action", "ratepayers", "neighbours", "neighbors", "advocates", "survivors", "victims",
                     "save", "stop", "against", "clean", "preservation"}  # ("Save Coldcleugh School": a campaign by
# its cause; "Seaton Carew Clean Air Group", "Residents Against the Incinerator", "Stop the Quarry Group"; not
# "protection" nor "conservation": the words of agencies, "Environment Protection Authority")
_BOSS_WORDS = {"boss", "chief", "head", "supremo"}  # who runs a body, by the body's name ("the Torwood boss")
# a paper's short name that is also a person's noun ("told the Leader", "seen by the Star"): never that person
_PAPER_TITLES = {"leader", "star", "advocate", "examiner", "standard", "observer", "guardian", "independent", "citizen"}
_CAMPAIGN_KINDS = {"group", "campaign", "coalition", "movement"}  # what a "Save ...", "Keep ..." body is


def _campaign_for(name: str, kind: str) -> bool:
    """Whether a body is a campaign for a thing of that kind, not one: "Save Coldcleugh School" is no school, "Stop the
    Quarry" no quarry."""
    return name.split()[0] in _CAUSE_VERBS and kind not in _CAMPAIGN_KINDS


def _group_named(name: str) -> bool:
    """Whether a body's name says it is a body of people: "Marlow Ratepayers Association", "Upper Hudson Riverwatch",
    "Kestrel Bay Waterkeeper"."""
    words = [w.strip("'’") for w in name.lower().split()]
    return not _GROUP_NAME_WORDS.isdisjoint(words) or any(w.endswith(("watch", "keeper", "keepers")) for w in words)


_MEMBER_BODIES = {"alliance", "association", "coalition", "collective", "network", "federation", "campaign", "society",
                  "movement", "forum", "caucus", "league", "lobby"}  # what "the group" can be when no firm is one
# a firm that advises, and one that also reports on others (neither is "the contractor" or "the company" of a story)
_ADVISERS = {"associates", "consulting", "consultants", "consultancy", "advisory", "advisers", "advisors"}
_COMMENTATORS = _ADVISERS | {"research", "accounting", "analytics"}
# the people a body of members is named for ("Teme Valley Bus Users Group", "Marlow Ratepayers Association")
_PEOPLE_WORDS = {"users", "residents", "passengers", "tenants", "families", "parents", "ratepayers", "commuters", "consumers"}
_COMPANY_KIND_WORDS = {
    "airline": {"air", "airlines", "airways"}, "carrier": {"air", "airlines", "airways"},
    # (and in the languages of its name: "Banco Alcor", "Banque Delvaux", "Banca Monteverde")
    "bank": {"bank", "bancorp", "banking", "banco", "banca", "banque", "banka", "bankası"},
    "lender": {"bank", "bancorp", "banking", "finance", "credit", "banco", "banca", "banque", "banka", "bankası"},
    "miner": {"mining", "resources", "minerals", "metals", "gold", "minera", "mineradora", "mineração"}, "insurer": {"insurance", "assurance", "assurances", "insurances", "seguros", "versicherung", "assicurazioni"},
    "carmaker": {"motors", "motor", "automotive"}, "automaker": {"motors", "motor", "automotive"},
    "drugmaker": {"pharma", "pharmaceuticals", "therapeutics", "biotech", "biosciences"},
    "biotech": {"therapeutics", "biotech", "biosciences", "bio", "biologics", "genomics", "biopharma"},
    "contractor": {"contracting", "builders", "construction", "constructors", "contractors", "engineering", "works", "civil", "civils", "drilling"},
    "builder": {"builders", "construction", "homes", "contracting"},
    "housebuilder": {"homes", "housing", "developments", "construction"}, "homebuilder": {"homes", "housing", "developments", "construction"},
    "developer": {"properties", "development", "developments", "estates", "developers"}, "operator": {"operations", "logistics", "railway", "railways", "rail", "transit", "ferries", "airlines", "airways", "bus", "buses", "metro", "lines"},
    "retailer": {"stores", "retail", "mart"}, "chipmaker": {"semiconductor", "semiconductors"},
    "producer": {"foods", "farms", "meats", "dairy", "mining", "resources", "energy", "oil", "steel", "wines", "vineyards"},
    "refiner": {"refining", "refinery", "refineries", "oil", "petroleum"}, "brewer": {"brewing", "brewery", "breweries"},
    "utility": {"water", "power", "energy", "electric", "electricity", "gas", "utilities", "sewerage"},
    "telco": {"telecom", "telecoms", "mobile", "telecommunications", "networks"},
    "shipper": {"shipping", "lines", "logistics", "freight"},
    "factory": {"factory", "factories", "mill", "mills", "industries", "manufacturing", "works", "textiles", "textile",
                "garments", "apparel", "knit", "knitwear", "fabrics", "foods", "steel", "cement", "chemicals"},
    "plant": {"plant", "refining", "refinery", "chemical", "chemicals", "energy", "power", "steel", "cement"},
    "mill": {"mill", "mills", "textiles", "paper", "steel", "sugar"}, "miller": {"milling", "mill", "mills", "sugar"},
    "smelter": {"smelting", "aluminium", "aluminum", "metals", "mining"},
    "caterer": {"catering", "caterers", "kitchen", "kitchens"},
    # "the winery" of "Kōwhai Ridge Wines" (not the labour contractor named beside it)
    "winery": {"wines", "wine", "winery", "wineries", "vineyards", "vineyard", "estate", "cellars"},
    "brewery": {"brewing", "brewery", "breweries", "brewers"}, "distillery": {"distillery", "distilleries", "distillers", "distilling", "spirits"},
}
# "the Malaysian national said": someone of that country, the person just named
_NATIONAL_NOUNS = {"national", "citizen"}
# what someone just named is called next ("The retired teacher said"); not "the consultant", "the rider",
# who are as often a firm or someone named paragraphs before
# what someone is of a thing the story is about, whoever was named last: "the owner", "the founder"
_OWNING_NOUNS = {"owner", "founder", "landlord", "heir", "heiress", "investor"}
# (not "new" nor "old": "the new council" is no "New Plymouth District Council")
_POSITION_WORDS = {"upper", "lower", "north", "south", "east", "west", "inner", "outer"}
# a place a firm is said to be based in, just before its name ("by Bismarck-based Prairie Valuation Group")
_BASED_BEFORE = re.compile(r"\b([A-Z][\w'’.]*(?:\s[A-Z][\w'’.]*)?)-based\s+"
                           r"(?:(?:firm|company|developer|contractor)\s+)?$")
_NEAR_PERSON_NOUNS = {"teacher", "farmer", "nurse", "driver", "fisherman", "student", "worker", "resident", "patient",
                      "pensioner", "retiree", "widow", "widower", "mother", "father", "veteran", "victim", "player",
                      "lawyer", "doctor", "gp", "engineer", "grandmother", "grandfather", "vendor", "shopkeeper", "trader",
                      "villager", "passenger", "survivor", "homeowner", "tenant", "parent", "mum", "dad", "executive",
                      "senior",  # ("the Aberdeen senior said"; but "the senior officer" is an officer: see below)
                      # (trades a person is introduced by: "The retired logger said", "the oyster grower said")
                      "grower", "logger", "tailor", "shipwright", "rancher", "fitter", "mechanic", "carpenter",
                      "plumber", "electrician", "baker", "butcher", "beekeeper", "hairdresser", "publican", "winemaker",
                      "miner", "labourer", "laborer", "midwife", "paramedic", "firefighter", "shopowner", "storekeeper",
                      "schoolteacher", "postmistress", "postmaster", "seller", "guide", "carer", "caregiver", "volunteer",
                      "restaurateur", "hotelier", "landowner", "florist"}
# what "the 52-year-old ..." goes on with
_AGED_NOUNS = PERSON_EPITHET_NOUNS | {"farmer", "resident", "student", "worker", "driver", "patient", "mother", "father",
                                      "grandmother", "grandfather", "widow", "veteran", "fisherman", "nurse", "teacher",
                                      "pensioner", "victim", "suspect", "defendant", "engineer", "official", "activist",
                                      "executive", "employee", "staffer"}  # ("The 54-year-old executive": the one a firm's post was given)


# "the agency" of a body the text called a regulator ("Helvemed, the Swiss medicines regulator")
_WATCHDOGS = {"regulator", "watchdog", "agency", "authority"}
# the kind in the languages whose names open with it ("the federation" of "Federación Nacional de Estudiantes")
_ROMANCE_KINDS = {
    "federation": {"federación", "federação", "federazione", "fédération"},
    "union": {"unión", "união", "sindicato", "sindacato", "syndicat", "confédération", "confederación", "confederação",
              "confederazione", "gewerkschaft", "vakbond"},
    "hospital": {"hospitalier", "hôpital", "hospital", "ospedale", "krankenhaus", "klinikum", "ziekenhuis"},
    "party": {"partido", "partito", "parti"}, "court": {"tribunal", "corte", "cour"},
    "association": {"asociación", "associação", "associazione"}, "ministry": {"ministerio", "ministério", "ministero", "ministère"},
    "agency": {"agencia", "agência", "agenzia", "agence"}, "institute": {"instituto", "istituto", "institut"},
    "commission": {"comisión", "comissão", "commissione"}, "council": {"consejo", "conselho", "consiglio", "conseil"},
    "foundation": {"fundación", "fundação", "fondazione", "fondation"},
    "university": {"universidad", "universidade", "università", "université"},
    "police": {"policía", "polícia", "polizia", "carabineros", "gendarmería", "gendarmerie"},
    "cooperative": {"cooperativa", "coopérative", "cooperatie", "genossenschaft", "spółdzielnia"},
    "company": {"compañía", "companhia", "compagnia", "compagnie", "empresa", "sociedad", "società", "société"},
    "bank": {"banco", "banca", "banque"}, "network": {"rede", "rete", "réseau"},
    "clinic": {"clinique", "clínica", "clinica", "klinik"},
    "museum": {"musée", "museo", "museu"}, "gallery": {"galerie", "galería", "galleria"},
    "hospital": {"hôpital", "hospitalier", "hospitalario", "hospitalar", "ospedale", "ospedaliera", "krankenhaus", "spital"},
}


_BASED_AFTER = re.compile(r"-(?:based|headquartered|registered|owned)\b")
_TOWN_HEADS = {"town", "township", "city", "municipality", "village"}
# (a defunct body may still be the story's: "depositors of the defunct Truefold Microfinance Bank ... the bank")
_SUPERSEDED = re.compile(r"\b(?:took\s+over\b[^.;]{0,60}\bfrom|replaced|replacing|succeeded)\s+(?:the\s+)?$", re.IGNORECASE)
# "officers at the former Harrogate Borough Council": a public body gone, whose successor is "the council" (not "the
# defunct Truefold Microfinance Bank": a firm gone, still the story's)
_FORMER_BODY = re.compile(r"\bthe\s+(?:former|now[-\s]abolished|abolished)\s+$", re.IGNORECASE)
_SUCCEEDED_BODIES = {"Council", "Authority", "Board", "Commission", "Corporation", "Department", "Agency", "Trust"}
_TOWN_GOVERNMENT_WORDS = {"Metro", "Municipality", "Council", "City", "County", "Town", "Shire", "Borough", "Village"}
_REGION_WORDS = (_REGION_NOUNS - {"department", "county", "district"}) | {"oblast"}  # what pycountry's subdivisions are


@lru_cache(maxsize=1)
def _regions() -> frozenset:
    """Names of provinces and states (pycountry's subdivisions that are no city): what "the province" can be."""
    import pycountry

    towns = cities()
    # (a province that shares its name with its capital is still a province: "Krabi", "Ontario")
    return frozenset(s.name for s in pycountry.subdivisions if s.name not in towns or s.type.split()[-1].lower() in {
        "province", "state", "region", "territory", "oblast", "prefecture"})


def _parent_of_count(toks: list, k: int) -> bool:
    """Whether token ``k`` opens "mother of five", "grandfather of three"."""
    return k + 2 < len(toks) and toks[k].lower in _PARENT_NOUNS and toks[k + 1].lower == "of" \
        and toks[k + 2].lower in _COUNT_WORDS


def _modifier_in(name: str, word: str) -> bool:
    """Whether ``word`` only qualifies the body a name heads ("charity" in "Charity Commission for England and Wales",
    "union" in "Union Bank"): the name's head, before its "of" or "for" or last, is another organisation word."""
    parts = name.lower().split()
    cut = next((k for k, w in enumerate(parts) if w in {"of", "for"} and k > 0), len(parts))
    return word in parts[:cut - 1] and parts[cut - 1] != word and parts[cut - 1] in ORG_WORDS


def _head_of(name: str) -> str:
    """A name's head word: its last (past a legal form: "Crestline Bank Plc"), or the one before its "of", "for" or
    "on" ("Council" of "Council for University Education").

    >>> _head_of("Korean Council for University Education"), _head_of("Cheongram University")
    ('council', 'university')
    """
    parts = [w for w in name.lower().replace("(", " ").replace(")", " ").split()
             if w.rstrip(".") not in _LEGAL_FORMS and w.rstrip(".") not in _CORPORATE_SUFFIXES] or name.lower().split()
    of = next((k for k, w in enumerate(parts) if w in {"of", "for", "on"} and k > 0), len(parts))
    return parts[of - 1]


_TRADES = {"nurses", "midwives", "pilots", "drivers", "teachers", "doctors", "miners", "dockers", "seafarers", "journalists",
           "sramik", "firefighters", "paramedics", "physicians", "lecturers", "educators", "porters", "officers",
           "controllers", "attendants", "engineers", "technicians", "clerks", "farmworkers", "labourers", "laborers"}
_LABOUR_BODIES = {"association", "organisation", "organization", "federation", "sanghati", "syndicate", "congress",
                  "alliance", "league", "union", "guild", "council"}


_AGENCY_FIELDS = {"health", "transport", "fisheries", "sport", "water", "forestry", "biosecurity", "housing", "heritage",
                  "parks", "tourism", "revenue", "customs", "immigration", "environment", "energy", "education"}


def _country_name(name: str) -> bool:
    """A country's or a US state's name ("New Zealand", "England", "Victoria" is neither)."""
    return name in national_names() or name in us_states()


def _of_kind(name: str, kind: str) -> bool:
    """Whether an organisation's name says it is a ``kind`` ("the regulator" of "Digital Asset Conduct Office"):
    by its head word, the last ("Redmarsh United", not "Redmarsh United Supporters' Trust"), or a club's first ("FC")."""
    words = _KIND_NAME_WORDS.get(kind)
    if not words:
        return False
    parts = name.lower().split()
    if _campaign_for(name, kind):
        return False
    of = next((k for k, w in enumerate(parts) if w in {"of", "for"}), len(parts))  # "Federal Office for Medicinal Products"
    return (parts[-1] in words or 0 < of < len(parts) and parts[of - 1] in words
            or parts[0] in _CLUB_FIRST and kind == "club" or kind == "police" and "police" in parts
            or kind in {"iwi", "tribe"} and parts[0] in _IWI_FIRST  # "the iwi" of "Ngāti Tāwhiri"
            or kind in {"regulator", "watchdog"} and "bank" in parts and not _CENTRAL_BANK_WORDS.isdisjoint(parts)
            or kind in {"regulator", "watchdog"} and parts[-1] == "safety" and "for" not in parts  # "New Zealand Food Safety"
            or kind in {"board", "trust"} and parts[0] == "nhs"
            or kind == "force" and not words.isdisjoint(parts)  # "the force" of "Police Scotland"
            # (a works by any word of its trade: "the abattoir" of "Mau Prime Meats Ltd")
            or kind in _WORKS_BY_TRADE and not words.isdisjoint(parts)
            or kind == "metro" and "metropolitan" in parts  # "the metro" of "Ntabazwe Metropolitan Municipality"
            or kind == "home" and parts[0] in CARE_HOME_WORDS  # "the home" of "Woonzorgcentrum Ter Linde"
            # "the hospital" of "Dufferin Highlands Health Centre"
            or kind in {"hospital", "clinic"} and len(parts) > 2 and parts[-1] in {"centre", "center"}
            and parts[-2] in {"health", "medical"}  # ("the clinic" of "Silverleaf Family Medical Centre")
            or kind == "clinic" and parts[-2:] == ["urgent", "care"]  # ("Ōtaki Urgent Care")
            or kind == "practice" and len(parts) > 2 and parts[-2] in {"medical", "health"}
            and parts[-1] in {"partnership", "practice", "group", "centre", "center"}
            or kind == "course" and len(parts) > 2 and parts[-2] == "golf" and parts[-1] in {"club", "course", "links"}
            # "the agency" of "Health New Zealand", "Sport England", "Transport for NSW": a country's service, by its field
            or kind == "agency" and len(parts) >= 2 and parts[0] in _AGENCY_FIELDS
            and (parts[1] == "for" or _country_name(" ".join(name.split()[1:])))
            or kind == "union" and not {"workers", "employees", "teamsters", "guild"}.isdisjoint(parts)  # "... Workers Local 2281"
            # (or any union's branch by its number: "CUPE Local 4482", "UFCW Local 401")
            or kind == "union" and len(parts) >= 2 and parts[-2] == "local" and parts[-1].isdigit()
            # "Air Line Pilots Association", "Irish Nurses and Midwives Organisation", "Garment Sramik Sanghati": a
            # body of workers by trade
            or kind == "union" and not _TRADES.isdisjoint(w.strip("'’") for w in parts) and parts[-1] in _LABOUR_BODIES)


def _so_described(e, name: str, head: str) -> bool:
    """Whether the article says ``name`` is a ``head``: a person's role or description has the word, an
    organisation's name or kind does ("A safety regulator" of "Passenger Rail Safety Inspectorate", by kind)."""
    if e.type == "PERSON":
        return any(head in r.lower().replace("-", " ").split() for r in list(e.roles) + list(e.described))
    return e.type == "ORG" and (head in name.lower().split() or head in e.kinds or _of_kind(name, head))


def _team_like(name: str) -> bool:
    """Whether a name reads as a sports team's: a place, then a plural ("Port Halloran Breakers")."""
    parts = name.split()
    last = parts[-1].lower()
    return len(parts) >= 2 and last.endswith("s") and not last.endswith(("ss", "'s", "’s")) and len(last) > 4 \
        and last not in ORG_WORDS and last not in FIRM_NAME_WORDS and last not in _CORPORATE_SUFFIXES


_SAID_BEFORE = re.compile(r"\b(?:said|says|told|added|explained|insisted)\s*$")
_SAID_AFTER = re.compile(r"\s*(?:said|says|told|added|explained|insisted)\b")


def _speaks(s: Sentence, m) -> bool:
    """Whether the name mention ``m`` is a speaker in its sentence ("said Sunmaya Bhujel", "Bhujel said")."""
    a, b = m.start - s.start, m.end - s.start
    return bool(_SAID_BEFORE.search(s.text[max(0, a - 14):a]) or _SAID_AFTER.match(s.text, b))


def _office_in_aside(toks: list, head_i: int, role_heads: dict) -> str | None:
    """The one person holding an office that the aside after an epithet names: "The 61-year-old, who took over as
    chief executive in March, denied" (whoever the article called chief executive)."""
    if head_i + 2 >= len(toks) or toks[head_i + 1].text != "," or toks[head_i + 2].lower not in {"who", "a", "an"}:
        return None
    k = head_i + 2
    while k < len(toks) and k < head_i + 16 and toks[k].text != ",":
        k += 1
    holders = {n for t in toks[head_i + 3:k] for n in role_heads.get(t.lower, ())}
    return holders.pop() if len(holders) == 1 else None


# what is said of a person on trial, right after the name and its asides ("Declan Mac Cárthaigh (61), of Oldtown Road,
# Clane, has pleaded not guilty to", "Ms Lee denies the charges"; one person: not "X and Y were charged")
_ON_TRIAL = re.compile(r"^(?:\s*\(\d{1,3}\))?(?:,[^.;:\"“”]{0,80}?,)?\s+(?:(?:has|had|also|previously|earlier|)\s*)*"
                       r"(?:pleaded|pled|denies (?:the |all )?(?:charges?|counts?)|(?:is|was) (?:charged|accused|"
                       r"on trial)|stands? (?:accused|trial)|went on trial)\b")


_PARTY_WORDS = {"democrat": "D", "republican": "R", "independent": "I"}
# "Sen. Glenn Sowerby (R-Ohio)", "Rep. Denise Aldana, D-Md.," / "Rep. Denise Aldana of Maryland"
_TAG_AFTER = re.compile(r"\s*[,(]\s*([RDI])-([A-Z][\w.]*(?: [A-Z][\w.]*)?)[),]")
_STATE_AFTER = re.compile(r" of ([A-Z][a-z]+(?: [A-Z][a-z]+)?)\b")
# "the Ohio Republican", "the Virginia Democrat’s top aide"
_PARTY_EPITHET = re.compile(r"\b[Tt]he ((?:[A-Z][a-z]+ ){1,2})(Democrat|Republican|independent|Independent)\b")


def _link_party_members(sentences: list[Sentence], out: ArticleEntities, taken: set, persons: list[str]) -> None:
    """ "the Ohio Republican": the one person of that state and party the story tagged ("Sen. Glenn Sowerby
    (R-Ohio)") or placed ("Rep. Denise Aldana of Maryland"), as US political reporting names lawmakers."""
    if not any("Democrat" in x.text or "Republican" in x.text for x in sentences):
        return
    text_of = {x.sid: x for x in sentences}
    member: dict[str, tuple[str | None, str]] = {}
    for m in out.mentions:
        x = text_of.get(m.sid)
        if m.kind != "name" or m.name not in persons or x is None:
            continue
        after = x.text[m.end - x.start:m.end - x.start + 40]
        if (t := _TAG_AFTER.match(after)) is not None:
            state = AP_STATE_ABBREVIATIONS.get(t.group(2), t.group(2))
            if state in us_states():
                member[m.name] = (t.group(1), state)
        elif (o := _STATE_AFTER.match(after)) is not None and o.group(1) in us_states() and m.name not in member:
            member[m.name] = (None, o.group(1))
    if not member:
        return
    for x in sentences:
        for e in _PARTY_EPITHET.finditer(x.text):
            state, party = e.group(1).strip(), _PARTY_WORDS[e.group(2).lower()]
            who = [n for n, (p, st) in member.items() if st == state and p in (None, party)]
            span = (x.start + e.start(), x.start + e.end())
            if len(who) == 1 and span not in taken:
                taken.add(span)
                out.mentions.append(Mention(who[0], e.group(0), span[0], span[1], "epithet", x.sid))
                out.entities[who[0]].epithets.append(e.group(0))


def _of_its_country(ents: dict, target: str, modifiers: list, head: str, mentions: list[Mention], at: int) -> str | None:
    """The body an epithet's country adjective allows: "The Azerbaijani ministry" is "Azerbaijan’s Defense Ministry",
    never "Armenian Defense Ministry"; of none so named, none."""
    said = [t.text for t in modifiers if t.is_cap and t.lower in demonyms()]
    if not said:
        return target
    def of(n: str) -> bool:
        words = set(n.replace("’s", " ’s").replace("'s", " 's").split())
        return any(d in words or any(c in words for c in _countries_of(d)) for d in said)
    if of(target):
        return target
    named = [n for n in ents if ents[n].type == "ORG" and of(n) and head in n.lower().split()]
    if len(named) > 1:  # (of several, the one named last before the epithet)
        named = [m.name for m in reversed(mentions) if m.start < at and m.name in named][:1] or named
    if len(named) == 1:
        return named[0]
    foreign = any(w.lower() in demonyms() or w in countries() for w in target.replace("’s", "").replace("'s", "").split())
    return None if foreign else target  # (another country's body is not it; a body of none may be)




def _countries_of(demonym: str) -> list[str]:
    """ "Azerbaijani" -> ["Azerbaijan"]: the countries whose adjective it is, by the forms demonyms() derives."""
    low = demonym.lower()
    out = [c for c in IRREGULAR_DEMONYMS.get(low, ()) if c in countries()]
    for cut, add in ((1, ""), (2, "o"), (2, "e"), (3, "o"), (3, "e"), (3, ""), (3, "y"), (3, "a")):
        if len(low) > cut:
            name = (low[:-cut] + add).capitalize()
            if name in countries():
                out.append(name)
    return out


_LAWYER_OF = re.compile(r"^(?:the )?(.+?)['’]s? (?:lawyer|attorney|solicitor|counsel|defence lawyer|defense attorney)\b",
                       re.IGNORECASE)


def _represented(ents: dict, persons: list[str]) -> list[str]:
    """The one person a lawyer of the article speaks for, by the lawyer's role ("Marchbanks’ lawyer")."""
    found = []
    for n in persons:
        for r in ents[n].roles:
            if (m := _LAWYER_OF.match(r)) is not None:
                owner = m.group(1).strip()
                who = [p for p in persons if p != n and (owner == p or owner in ents[p].aliases)]
                if len(who) == 1 and who[0] not in found:
                    found.append(who[0])
    return found if len(found) == 1 else []


def _defendants(sentences: list[Sentence], out: ArticleEntities, persons: list[str]) -> list[str]:
    """The one person the article puts on trial, if exactly one: whose name is followed by "pleaded", "is charged
    with", "denies the charges" (courts' reports then say "the accused" and "the defendant")."""
    text_of = {x.sid: x for x in sentences}
    found = []
    for m in out.mentions:
        if m.kind == "name" and m.name in persons and m.name not in found:
            x = text_of.get(m.sid)
            if x is not None and _ON_TRIAL.match(x.text[m.end - x.start:m.end - x.start + 160]):
                found.append(m.name)
    return found if len(found) == 1 else []


# a case's caption: "Keswell v Pellham Crouch LLP", "Smith v. Jones" (the claimant, then the defendant)
_CAPTION = re.compile(r" v\.? (?=[A-Z])")


def _caption(sentences: list[Sentence], out: ArticleEntities) -> tuple[str | None, str | None]:
    """The two parties of the first case caption whose both sides are names the article has ("Keswell v Pellham
    Crouch LLP"): the claimant (plaintiff, appellant) and the defendant (respondent)."""
    for x in sentences:
        for m in _CAPTION.finditer(x.text):
            a0, b0 = x.start + m.start(), x.start + m.end()
            left = [n.name for n in out.mentions if n.kind == "name" and n.sid == x.sid and n.end == a0]
            right = [n.name for n in out.mentions if n.kind == "name" and n.sid == x.sid and n.start == b0]
            if left and right and left[0] != right[0]:
                return _entity_of(out, left[0]), _entity_of(out, right[0])
    return None, None


def _entity_of(out: ArticleEntities, name: str) -> str:
    """The entity a surface is an alias of ("Keswell" of "Dorian Keswell"), else the surface."""
    return next((n for n, e in out.entities.items() if name == n or name in e.aliases), name)


def link_epithets(sentences: list[Sentence], links: list[tuple], out: ArticleEntities) -> None:
    """Add to ``out`` the epithets of its entities: descriptions that refer back to a name ("the billionaire",
    "the regulator", "the 61-year-old"), each as a mention and in the entity's epithets.

    ``links`` are the epithets the collection step found in apposition ("Musk's company, SpaceX").
    """
    ents = out.entities
    counts = Counter(m.name for m in out.mentions if m.kind == "name")
    persons = [n for n in ents if ents[n].type == "PERSON"]
    # common nouns that end an organisation's name here: "the exchange" when "Kestrel Exchange" was named
    heads = {n.split()[-1].lower() for n in ents if ents[n].type == "ORG" and " " in n} | {
        n.split()[0].lower() for n in ents if ents[n].type == "ORG" and " " in n  # "the museum" of "Museum Het Waaghuis"
        and n.split()[-1].lower() not in ORG_WORDS} | {  # (not "the government" of "Government General Hospital")
        n.split()[1].lower() for n in ents if ents[n].type == "ORG" and len(n.split()) >= 3
        and n.split()[0] in {"Te", "Ngā", "La", "Le", "El", "Il", "Der", "Die", "Het", "De"}}  # "the rūnanga" of "Te Rūnanga o ..."
    org_words = {h for h in heads if h.isalpha()} & (ORG_WORDS | COMPANY_NOUNS | {"district"}) \
        - _CORPORATE_SUFFIXES - OUTLET_NAME_WORDS - _DEED_NOUNS
    for n in ents:
        if ents[n].type == "ORG" and n.split()[-1] == "Schools":
            ents[n].kinds.add("district")  # "the district" of "Charlotte-Mecklenburg Schools": a school district
    if not heads.isdisjoint(CARE_HOME_WORDS):
        org_words.add("home")  # "the home", "the care home" of a care home named in its language ("Woonzorgcentrum X")
    outlets = [n for n in ents if ents[n].is_outlet]
    # the facilities named with their kind ("the Yanaorqo copper mine"): "the mine", and "the site" for any of them
    facilities = {k for n in ents for k in ents[n].kinds if k in FACILITY_NOUNS or k in _ROUTE_NOUNS}
    if facilities:
        facilities.add("site")
    # the common noun that ends one name of several words ("Jail" of "Calder County Jail"), not a firm's legal form
    name_heads: dict[str, list[str]] = {}
    for n in ents:
        parts = n.split()
        if len(parts) >= 3 and parts[-1][:1].isdigit():
            parts = parts[:-1]  # "the line" of "Metro Line 11"
        if len(parts) >= 3 and parts[-1].lower().rstrip(".") in {"co", "corp", "inc", "ltd", "plc", "llc", "bhd", "ag", "sa"}:
            parts = parts[:-1]  # "the railway" of "Nishi-Honshu Railway Co."
        of = next((x for x in range(1, len(parts) - 1) if parts[x] in {"for", "of"}), None)
        if of is not None and ents[n].type == "ORG":
            parts = parts[:of]  # "the center" of "Hollis Center for Trade Policy", never "the policy"
        if len(parts) >= 2 and ents[n].type != "PERSON" and parts[-1].isalpha() and len(parts[-1]) > 2 and (
                parts[-1][:1].isupper() or ents[n].type == "PRODUCT" and parts[-1].islower()) \
                and parts[-1].lower() not in _CORPORATE_SUFFIXES and parts[-1].lower() not in OUTLET_NAME_WORDS \
                and parts[-1].lower() not in {"city", "town", "village"} \
                and not (ents[n].type == "ORG" and parts[-1].lower() in _DEED_NOUNS) \
                and not (ents[n].is_outlet and parts[-1].lower() in DOCUMENT_NOUNS | {"report"}):
            # ("the city" is any city; "the report" is no programme "Morning Report")
            name_heads.setdefault(parts[-1].lower(), []).append(n)
            if parts[-1].lower() in {"highway", "motorway", "expressway"}:
                name_heads.setdefault("road", []).append(n)  # "the road" of "State Highway 38"
        if len(parts) >= 2 and parts[0] in _VENUE_FIRST and ents[n].type != "PERSON":
            name_heads.setdefault(parts[0].lower(), []).append(n)  # "the casino" of "Casino Golden Crane"
        if len(parts) >= 2 and ents[n].type != "PERSON" and parts[-1].isalpha():
            if parts[-1].lower() in {"greenway", "trail", "cycleway", "highway", "motorway", "expressway", "bypass", "railway"}:
                name_heads.setdefault("route", []).append(n)  # "the route" of "Maine Valley Greenway"

    # what a thing's description says it is ("The Tskhratskaro Express, a ten-seat gondola linking ..."): "the gondola"
    desc_heads: dict[str, list[str]] = {}
    for n in ents:
        if ents[n].type in {"ORG", "PRODUCT", "LOC", "FAC"}:
            for r in ents[n].roles:
                h = _description_head(r)
                if h and h not in PERSON_EPITHET_NOUNS and h not in COMPANY_NOUNS and h not in _PLACE_KINDS \
                        and h not in OUTLET_NOUNS:
                    desc_heads.setdefault(h, []).append(n)
    capitals = [n for n in ents if ents[n].type == "GPE" and n in capital_cities()]
    # "told the House": the one legislature the article names ("National Assembly", "Ndarasha County Assembly")
    legislatures = [n for n in ents if ents[n].type == "ORG" and not _LEGISLATURE_WORDS.isdisjoint(n.lower().split())]
    # a title's initials: "the RC" of "Mtwara Regional Commissioner Hamisi Mtalika", "The PS" of a permanent secretary
    role_acronyms: dict[str, list[str]] = {}
    for n in persons:
        for r in ents[n].roles:
            head_part = re.split(r"\s+(?:for|of|at|in)\s+", r, maxsplit=1)[0]  # "District Chief Executive for Wassa East": DCE
            for part in dict.fromkeys((r, head_part)):
                for acronym in title_initials([w for w in re.split(r"[\s’']+", part) if w.isalpha() and w.lower() != "s"]):
                    role_acronyms.setdefault(acronym, []).append(n)
            for acronym in re.findall(r"\(([A-Z]{2,5})\)", r):  # "The Divisional Officer (DO) for Bétaré-Oya": "the DO"
                role_acronyms.setdefault(acronym, []).append(n)
            words = [w for w in r.split() if w.lower() not in {"of", "the"}]
            if 2 <= len(words) <= 4 and " of " in r and all(w[:1].isupper() for w in words) \
                    and words[0].lower().rstrip(".") in TITLE_WORDS | {"deputy", "assistant", "inspector", "superintendent"}:
                # "the SP" of "Superintendent of Police G. Rajasekaran", "the IGP" of "Inspector General of Police"
                role_acronyms.setdefault("".join(w[0] for w in words).upper(), []).append(n)
    first: dict[str, int] = {}  # each name's earliest mention, epithets added below included

    def top(names, at: int, weight=None):
        names = [n for n in names if counts[n]]
        # an epithet refers back: the names already met, when there are any
        names = [n for n in names if first[n] < at] or names
        w = weight or {}
        return max(names, key=lambda n: (counts[n] * w.get(n, 1.0), -first[n])) if names else None

    line_of = {x.sid: x.line for x in sentences}
    start_of = {x.sid: x.start for x in sentences}

    def apposed_firm(s: Sentence, at: int) -> str | None:
        """The firm set in apposition last ("the contractor, X Ltd,"), in this sentence or the one before."""
        since = start_of.get(s.sid - 1, s.start)
        recent = [(at_link, n) for kind, kinds in firm_links.items() if kind in _APPOSED_TRADES
                  for at_link, n in kinds if since <= at_link < at]
        return max(recent)[1] if recent else None

    link_kinds: set[str] = set()  # "The fund, Iprevar,": later "the fund" is Iprevar
    firm_links: dict[str, list[tuple[int, str]]] = {}  # "the contractor, X Ltd,": later "the contractor" is X
    for name, start, end, sid, text in links:
        if name in ents or name in {a for e in ents.values() for a in e.aliases}:
            target = next((e.name for e in ents.values() if name in e.aliases), name)
            out.mentions.append(Mention(target, text, start, end, "epithet", sid))
            ents[target].epithets.append(text)
            words = text.lower().split()
            # ("the capital of Amazonas state" is a capital, not a state)
            kind = words[words.index("of") - 1] if "of" in words[1:] else words[-1]
            if kind.isalpha() and ents[target].type != "PERSON" and kind not in COMPANY_NOUNS:  # (firms: by kind below)
                ents[target].kinds.add(kind)
                link_kinds.add(kind)
            elif kind in COMPANY_NOUNS and ents[target].type == "ORG" and len(words) == 2:  # (not "the Uruguayan company")
                firm_links.setdefault(kind, []).append((start, target))  # "the contractor, Clearwater Systems Ltd,"
    # a lead that describes a body before naming it: "... before a regional transport authority decided to scrap
    # their ferry." / "Östgöta Skärgårdstrafik, which runs ..., announced": later "the authority" is that body
    for z, s0 in enumerate(sentences[:3]):
        # (the name opens one of the next two sentences: "The authority insists ..." may come between)
        starts = {x.tokens[0].start for x in sentences[z + 1:z + 3] if x.tokens}
        opener = next((m for m in out.mentions if m.kind == "name" and m.start in starts
                       and m.name in ents and ents[m.name].type == "ORG" and not ents[m.name].is_outlet), None)
        if opener is None or any(m.name == opener.name and m.sid <= s0.sid for m in out.mentions):
            continue
        st = s0.tokens
        for k in [k for k, t in enumerate(st) if t.lower in {"a", "an"}]:
            e = next((x for x in range(k + 1, min(len(st), k + 5)) if not (st[x].is_alpha and not st[x].is_cap)
                      or st[x].lower in _ORG_HEADS), None)
            if e is not None and st[e].lower in _ORG_HEADS and ents[opener.name].kinds.isdisjoint(_ORG_HEADS):
                ents[opener.name].kinds.add(st[e].lower)
                link_kinds.add(st[e].lower)
    for m in out.mentions:
        if m.start < first.get(m.name, m.start + 1):
            first[m.name] = m.start
    taken = {(m.start, m.end) for m in out.mentions}
    # name mentions by start, for "inside a name?" (no name mention is added below)
    named = sorted((m.start, m.end) for m in out.mentions if m.kind == "name")
    named_starts = [a for a, _ in named]
    name_starts = set(named_starts)
    name_at = {m.start: m.name for m in out.mentions if m.kind == "name"}  # (no name mention is added below)
    name_ends = {m.end: m.name for m in out.mentions if m.kind == "name" and m.name in ents}
    longest = max((b - a for a, b in named), default=0)
    line_of = {x.sid: x.line for x in sentences}  # paragraphs: "the 47-year-old" names someone of this one or the last
    text_of = {x.sid: x for x in sentences}
    # places named as where another place is: "Hveragerði in South Iceland", "Pontevedra, Capiz"
    gpe = [m for m in out.mentions if m.kind == "name" and m.name in ents and ents[m.name].type == "GPE"]
    containers = {b.name for a, b in zip(gpe, gpe[1:]) if a.sid == b.sid and a.name != b.name
                  and text_of[a.sid].text[a.end - text_of[a.sid].start:b.start - text_of[a.sid].start] in {", ", " in "}}
    role_heads: dict[str, list[str]] = {}  # the noun of each role ("chemist" of "an environmental chemist at ...")
    for n in persons:
        for r in ents[n].roles:
            head = _role_head(r)  # "fisherman" of "retired fisherman from Kessock Harbour"
            head = _ABBREVIATED_ROLES.get(head, head)  # "State Sen.": a senator
            if re.search(r"\bmember of (?:the )?(?:[a-z]+ )?council\b", r.lower()):
                for h in ("councillor", "councilor"):  # "an opposition member of the town council": "the councillor"
                    role_heads.setdefault(h, []).append(n)
            if "member of parliament" in r.lower() or "member of congress" in r.lower() or _LEGISLATURE_MEMBER.search(r):
                # (and "the member representing Gwandara-Rimau in the House of Representatives", "a member of the
                # National Assembly")
                for h in ("mp", "lawmaker", "legislator", "representative", "parliamentarian", "deputy"):  # "The MP", "the lawmaker",
                    # "The parliamentary representative" of "Member of Parliament for ..."
                    role_heads.setdefault(h, []).append(n)
            if "-in-" in head:
                head = head.split("-")[0]  # "the editor" of "editor-in-chief of the journal"
            elif head.count("-") == 1 and head.replace("-", "").isalpha():
                role_heads.setdefault(head, []).append(n)  # "the vice-president", "the co-founder": the whole word
            if head.isalpha() and head not in NON_NAME_CAPS:
                for h in {head} | _ROLE_SYNONYMS.get(head, set()):  # "the lawyer" of "a civil rights attorney"
                    role_heads.setdefault(h, []).append(n)
            words = r.lower().replace(".", "").split()
            if len(words) <= 3:  # a title of abbreviations: "Det Sgt" is a detective as well as a sergeant
                for w in words[:-1]:
                    if _ABBREVIATED_ROLES.get(w, w) == "detective":
                        role_heads.setdefault("detective", []).append(n)
    for m in out.mentions:
        # an honorific that is an office, abbreviated before a name: "Cllr Helen Stirk" is "the Labour councillor"
        if m.kind == "name" and m.name in persons and m.sid in text_of:
            named_in = text_of[m.sid]
            words_before = named_in.text[:m.start - named_in.start].split()
            honour = _ABBREVIATED_ROLES.get(words_before[-1].lower().rstrip("."), "") if words_before else ""
            if honour in _HONORIFIC_OFFICES and m.name not in role_heads.get(honour, ()):
                role_heads.setdefault(honour, []).append(m.name)
    on_trial = _defendants(sentences, out, persons)
    for n in on_trial:  # "the accused", "the defendant", "his client": who is on trial
        for h in ("accused", "defendant"):
            role_heads.setdefault(h, []).append(n)
    claimant, defendant = _caption(sentences, out)
    if claimant is not None and claimant in persons:  # "In Keswell v Pellham Crouch LLP, ...": "the claimant" is Keswell
        for h in ("claimant", "plaintiff", "appellant", "applicant", "petitioner"):
            role_heads.setdefault(h, []).append(claimant)
    if defendant is not None and defendant in persons:
        for h in ("defendant", "respondent"):
            role_heads.setdefault(h, []).append(defendant)
    # (else "his client" is whoever the article gave a lawyer: "Marchbanks’ lawyer, Daniel Okafor,")
    client = on_trial or _represented(ents, persons)
    indefinite: dict[str, int] = {}  # where "an engineer", "a senior aid worker" first came: someone unnamed
    for s in sentences:
        st = s.tokens
        for k in [k for k, t in enumerate(st) if t.lower in {"a", "an"}]:
            for x in range(k + 1, min(k + 5, len(st))):
                if (st[x].lower in _AGED_NOUNS or st[x].lower in _ROLE_SYNONYMS) and not st[x].is_cap:
                    for h in {st[x].lower} | _ROLE_SYNONYMS.get(st[x].lower, set()):  # "A physician ...": "the doctor"
                        indefinite.setdefault(h, st[x].start)
                    break
    based_at: dict[str, list[str]] | None = None  # a place, the firms named as based there ("Bismarck-based X")

    def firms_based_in(place: str) -> list[str]:
        """The bodies the article named as based in ``place``: "the Bismarck firm" of "Bismarck-based Prairie
        Valuation Group", not the residents' group told of more."""
        nonlocal based_at
        if based_at is None:
            based_at = {}
            for m in out.mentions:
                if m.kind == "name" and m.name in ents and ents[m.name].type == "ORG" and (x := text_of.get(m.sid)) \
                        and (b := _BASED_BEFORE.search(x.text, 0, max(0, m.start - x.start))) is not None:
                    based_at.setdefault(b.group(1).lower(), []).append(m.name)
        return list(dict.fromkeys(based_at.get(place, [])))

    def near_person(head: str, s: Sentence, start_i: int) -> str | None:
        """The person named last in this paragraph or the one before, unless "an engineer at the company, who
        asked not to be named," came first: then "the engineer" is that one."""
        at = s.tokens[start_i].start
        if (kin := _PARENT_OF.match(s.text, at - s.start)) is not None:
            # "The mother-of-two said", paragraphs after "Marisa Joseph, 41, a mother-of-two who lives ...": the one
            # person the article called so
            said = kin.group(1).lower().replace("-", " ")
            holders = [n for n in persons if any(said in r.lower().replace("-", " ") for r in ents[n].roles)]
            if len(holders) == 1:
                return holders[0]
        if indefinite.get(head, 1 << 62) < at:
            return None
        if head in _BUSINESS_PEOPLE:
            # "the 52-year-old businessman": the one person the article gave a firm's post, wherever named
            heads = [n for n in persons if first.get(n, at) < at and any(
                not (FIRM_TITLES | {"director"}).isdisjoint(r.lower().split())
                and INSTITUTION_WORDS.isdisjoint(r.lower().split()) for r in ents[n].roles)]
            if len(heads) == 1:
                return heads[0]
        other = "male" if head in FEMALE_NOUNS else "female" if head in MALE_NOUNS else None
        same_line = [x for x in sentences if x.line == s.line and x.start <= at]
        near = [m for m in out.mentions if m.kind == "name" and m.name in persons and m.start < at
                and line_of.get(m.sid, -9) >= s.line - 1
                and (other is None or (ents[m.name].gender or ents[m.name].name_gender) != other)  # (not "the mother": Theo)
                # (nor one named inside the quote this speaker closes: '"... I visit Jean every day ...," the pensioner said')
                and not (line_of.get(m.sid) == s.line and _quoted_at(same_line, m.start))]
        if not near and any(_PRONOUN_SUBJECT.search(x.text) for x in sentences if x.line == s.line - 1):
            # 'Sian Pugh, 41, said ... / "...," she told the Argus. / "...," the mother-of-two added': the paragraph
            # before speaks of the one named in the paragraph before it
            near = [m for m in out.mentions if m.kind == "name" and m.name in persons and m.start < at
                    and line_of.get(m.sid, -9) == s.line - 2
                    and (other is None or (ents[m.name].gender or ents[m.name].name_gender) != other)]
        if not near:
            return None
        # the first person of the last sentence naming any: "Cheung Mei-ling, 67, ... said she had never met Ho.
        # '...,' the retired teacher said" is Cheung, not Ho
        return next(m for m in near if m.sid == near[-1].sid).name

    for s in sentences:  # descriptions in apposition first: they say what kind of thing a name is
        _described_after(ents, out, s.tokens, s, name_ends, taken, first)
    # what "the company" can be: the firms (kinds included, from the descriptions just linked), else any
    # organisation that is no institution nor outlet
    ships = [n for n in ents if ents[n].type == "PRODUCT" and (
        any(_role_head(r) in _SHIP_NOUNS for r in ents[n].roles) or ents[n].votes["SHIP"])]
    strong, weak = _firms(ents, persons)
    buildings = [n for n in ents if ents[n].type != "PERSON" and n.split()[-1].lower() in _BUILDING_NAME_ENDS]
    # what "the project" is: the one works the story names by its kind ("Ash Creek Regional Pipeline", "Talbragar
    # Ridge Solar Farm")
    works = [n for n in ents if ents[n].type not in {"PERSON", "GPE"} and len(n.split()) >= 2
             and (n.split()[-1].lower() in _WORKS_NAME_ENDS or " ".join(n.lower().split()[-2:]) in _WORKS_NAME_ENDS)]
    unmarked = [n for n in ents if ents[n].type == "ORG" and not ents[n].is_outlet and not _central_bank(ents[n], n)
                and not any(w.lower() in INSTITUTION_WORDS or w.lower() == "house" for w in n.split())
                and not _town_government(n)]  # ("the Town": Canmore's government, no firm)
    # "the company": the organisation most told about, a firm's marks counting for more ("Norvanta", named
    # ten times, over "Cerevia Therapeutics", named once)
    companies = list(dict.fromkeys(strong + weak + unmarked))
    firm_weight = {n: 2.0 for n in weak} | {n: 5.0 for n in strong}
    # a lead may open on someone it names only later ("A safety regulator has accused ...")
    based_only: set[str] | None = None  # the places named only as where a firm is based
    lead = {x.sid for x in sentences[:2]}
    lead_trade = next((m.group(1) for x in sentences[:3] if (m := _LEAD_TRADE.search(x.text))), None)
    # bodies the story names as replaced ("took over the harbour from Scarborough Borough Council"): "the council"
    # later is their successor, not them (kept for the claims reader's "A council spokesperson" too)
    out.superseded = superseded = {
        m.name for m in out.mentions if m.kind == "name" and m.sid in text_of
        and (_SUPERSEDED.search(text_of[m.sid].text, max(0, m.start - text_of[m.sid].start - 80),
                                m.start - text_of[m.sid].start)
             or m.name.rsplit(" ", 1)[-1] in _SUCCEEDED_BODIES
             and _FORMER_BODY.search(text_of[m.sid].text, max(0, m.start - text_of[m.sid].start - 20),
                                     m.start - text_of[m.sid].start))}
    for s in sentences:
        toks = s.tokens
        # an epithet starts at "the" or at a possessive: look at those tokens alone
        for i, t in [(i, t) for i, t in enumerate(toks) if t.lower == "the" or t.text in _POSSESSIVES
                     or t.lower == "this" and i + 1 < len(toks) and toks[i + 1].lower in _THIS_HEADS
                     or t.lower in _OWN_DETERMINERS and i + 1 < len(toks) and toks[i + 1].lower in _OWN_NOUNS
                     or i == 0 and (t.lower in _MEMBERS_OF_BODY or t.lower in {"a", "an"} and s.sid in lead
                                    or len(toks) > 1 and toks[1].lower in REPORTING_VERBS and t.is_title)
                     or t.lower == "police" and _bare_police(toks, i)]:
            head_i, start_i, org_i = None, None, -1
            if t.lower in {"the", "a", "an", "this"}:  # ("this refinery", "this company": as "the")
                compound = _place_compound(toks, i + 1)  # "the Kansas City, Missouri-based company", "the Dayton, Ohio, company"
                # "the [world 's] [richest|South African-born|Russian] NOUN"
                for k in range(i + 1, min(i + 9, len(toks))):  # (up to "the Kansas City, Missouri-based company")
                    w = toks[k]
                    if w.is_cap and k > i + 1 and (_place_compound(toks, k) or _joined_participle(w) or compound
                                                    and k + 2 < len(toks) and toks[k + 1].text == "-"
                                                    and toks[k + 2].lower in _COMPOUND_PARTICIPLES):
                        continue  # "City" of "the Kansas City, Missouri-based company", "Bay" of "the Montego Bay-based
                        # company": a place's word, no head
                    if k == i + 1 and w.text == "First" and k + 1 < len(toks) and toks[k + 1].text == "Nation" \
                            and any(n.endswith(" Nation") for n in ents):
                        head_i = k + 1  # "The First Nation has rejected the offer": the Nation the story names
                        break
                    if w.is_cap and k == i + 1 and k + 1 < len(toks) and (
                            (toks[k + 1].lower in _NEAR_PERSON_NOUNS or toks[k + 1].lower in _BUSINESS_PEOPLE) and w.end in name_ends
                            and ents[name_ends[w.end]].type == "GPE" or toks[k + 1].lower in {"man", "woman"}):
                        # "the Paphos teacher told", "the Carrigbawn woman said" (the town a hospital is named for): a
                        # person from there, neither the place nor the body
                        head_i = k + 1
                        break
                    if w.is_cap and k + 1 < len(toks) and (toks[k + 1].lower in PERSON_EPITHET_NOUNS
                                                           or toks[k + 1].lower in role_heads) and k == i + 1 \
                            and w.start in name_starts:
                        head_i, org_i = k + 1, k  # "the Velmont boss": a person of the organisation named
                        break
                    if w.is_cap and k == i + 1 and k + 2 < len(toks) and toks[k + 1].is_cap and toks[k + 1].lower in role_heads \
                            and (toks[k + 2].lower in _AUXILIARIES or toks[k + 2].lower in REPORTING_VERBS) \
                            and any(f"{w.lower} {toks[k + 1].lower}" in r.lower()
                                                               for n in role_heads[toks[k + 1].lower] for r in ents[n].roles):
                        head_i = k + 1  # "the Permanent Secretary" of "The ministry's Permanent Secretary, Dr X": that title
                        break
                    if w.is_cap and k == i + 1 and k + 1 < len(toks) and (toks[k + 1].lower in _PARTY_MEMBERS or w.lower
                                                                         == "opposition" and (toks[k + 1].lower in SPOKES_NOUNS
                                                                                              or toks[k + 1].lower == "critic")) \
                            and w.start not in name_starts:
                        head_i = k + 1  # "The Opposition MP said", "the Labour MP": a legislator, by party
                        break
                    if w.is_cap and k == i + 1 and w.start in name_starts:
                        e = next((x for x in range(k + 1, min(k + 5, len(toks))) if not toks[x].is_cap), len(toks))
                        if e < len(toks) and (toks[e].lower in OUTLET_NOUNS or toks[e].lower in COMPANY_NOUNS) \
                                and toks[e - 1].end in name_ends and ents[name_ends[toks[e - 1].end]].type == "GPE":
                            head_i = e  # "The Buenos Aires daily reported", "the Dartmouth firm": of that city, no place
                            break
                        if (toks[e - 1].lower in _LEGISLATORS or toks[e - 1].text == "GP") and e - 1 > k:
                            head_i = e - 1  # "the Mwembe Kuu MP": a legislator, named for the constituency
                            break
                        if e < len(toks) and toks[e].lower in _PARTY_MEMBERS and toks[e - 1].end in name_ends \
                                and ents[name_ends[toks[e - 1].end]].type in {"ORG", "NORP"}:
                            head_i = e  # "the Sinn Féin councillor", "the Green Party councillor": a member, by party
                            break
                        office = next((y for y in range(e, min(e + 2, len(toks))) if toks[y].is_alpha and not toks[y].is_cap
                                       and toks[y].lower in TITLE_WORDS and toks[y].lower in role_heads), None)
                        if office is not None and toks[e - 1].end in name_ends \
                                and ents[name_ends[toks[e - 1].end]].type == "GPE" \
                                and all(toks[y].is_alpha and not toks[y].is_cap for y in range(e, office)):
                            head_i = office  # "A Madera County supervisor", "A Calgary city councillor": who holds it there
                            break
                        if e + 1 < len(toks) and toks[e].lower in {"ward", "district", "riding", "constituency"} \
                                and toks[e + 1].lower in _LEGISLATORS:
                            head_i = e + 1  # "the Bayfield ward councillor"
                            break
                    if w.lower in {"clinic", "lab", "body", "defendant", "claimant", "plaintiff", "respondent"} \
                            and k + 1 < len(toks) and toks[k + 1].lower in _EPITHET_HEADS:
                        continue  # "the clinic group", "the lab director", "the defendant firm": a noun before the head
                    if w.lower in _WORKS_BY_TRADE and k + 1 < len(toks) and (toks[k + 1].lower in PERSON_EPITHET_NOUNS
                                                                           or toks[k + 1].lower in TITLE_WORDS
                                                                           or toks[k + 1].lower.endswith(_WORKER_ENDS)):
                        continue  # "the retired mine electrician", "the quarry manager": a person of the works
                    if w.lower == "nonprofit" and k == i + 1 and (k + 1 >= len(toks) or not toks[k + 1].is_alpha
                                                                 or toks[k + 1].lower in REPORTING_VERBS
                                                                 or toks[k + 1].lower in _AUXILIARIES
                                                                 or toks[k + 1].lower.endswith("ly")
                                                                 or toks[k + 1].lower in _AFTER_A_NOUN):
                        head_i = k  # "the nonprofit said", "the nonprofit's director" (but "the nonprofit ambulance service")
                        break
                    if k + 2 < len(toks) and toks[k + 1].text == "-" and not w.ws and w.is_alpha and not w.is_cap \
                            and (toks[k + 2].lower.endswith("ed") or toks[k + 2].lower in {"run", "owned", "built"}):
                        continue  # "the state-owned operator": a compound's first word, no head (not "the mother-of-two")
                    if w.lower == "year" and k + 2 < len(toks) and toks[k + 1].text == "-" and toks[k + 2].lower == "old":
                        continue  # "The 63-year-old executive": an age, whatever name ends in "Year" ("Lunar New Year")
                    if k == i + 1 and w.is_cap and w.lower in _PAPER_TITLES and i > 0 and toks[i - 1].lower in {"told", "by", "to"}:
                        break  # "he told the Leader", "obtained by the Leader": the paper, by its short name
                    if w.lower in _EPITHET_HEADS or w.lower in role_heads or w.lower in _LOC_WORDS or w.lower in facilities or w.lower in link_kinds \
                            or w.lower in _TE_REO_LOC \
                            or (k == i + 1 and k + 3 < len(toks) and toks[k + 1].text in _POSSESSIVES and not w.is_cap
                                and (toks[k + 2].lower in TITLE_WORDS or toks[k + 3].lower in TITLE_WORDS)) \
                            or (w.lower in _SHIP_NOUNS and ships) or (w.lower in _BUILDING_NOUNS and len(buildings) == 1) \
                            or (w.lower == "project" and len(works) == 1) \
                            or w.lower in _PLACE_KINDS or w.lower in _AGED_NOUNS or (w.lower in _COUNTRY_NOUNS and k == i + 1) \
                            or w.lower in _NEAR_PERSON_NOUNS and not (w.lower == "senior" and k + 1 < len(toks) and toks[k + 1].is_alpha
                                                                      and toks[k + 1].lower not in REPORTING_VERBS) \
                            or (w.lower in _NATIONAL_NOUNS and toks[k - 1].lower in _DEMONYMS and k + 1 < len(toks)
                                and (toks[k + 1].is_punct or toks[k + 1].lower in REPORTING_VERBS)) \
                            or (k == i + 1 and w.is_cap and w.lower in _DEMONYMS and k + 1 < len(toks)  # "The Kenyan, who"
                                and (toks[k + 1].text in {",", "."} or toks[k + 1].lower in REPORTING_VERBS
                                     or toks[k + 1].lower in _AUXILIARIES)) \
                            or (w.lower in name_heads and not w.is_cap) or (w.lower in desc_heads and not w.is_cap) \
                            or (w.lower == "capital" and k == i + 1 and capitals) \
                            or (w.text == "House" and k == i + 1 and legislatures) \
                            or (k == i + 1 and w.text in role_acronyms and w.text.isupper()) \
                            or (k == i + 1 and w.text.isupper() and w.lower in _LEGISLATORS and k + 1 < len(toks)
                                and toks[k + 1].lower in REPORTING_VERBS) \
                            or w.lower in org_words or (w.lower == "old" and k >= i + 4 and toks[k - 1].text == "-"
                                                     and toks[k - 2].lower == "year" and toks[k - 4].text.isdigit()):
                        head_i = k  # "the property developer", "the 61-year-old"
                        break
                    if k > i + 1 and toks[i + 1].lower == "former" and w.is_alpha and not w.is_cap and k + 1 < len(toks) \
                            and _speaks_next(toks, k + 1):
                        head_i = k  # "the former rider said": someone who was one, speaking
                        break
                    if w.is_punct and w.text not in {"-", "'s", "’s"} and not _based_comma(toks, k) and not (
                            w.text == "," and toks[k - 1].is_cap and compound) and not (  # ("the nurses' union")
                            w.text in {"'", "’"} and toks[k - 1].lower.endswith("s") and not toks[k - 1].is_cap) \
                            or (w.lower in NON_NAME_CAPS and w.lower not in {"former", "first", "new", "then"}
                                                                       and not (k + 1 < len(toks) and toks[k + 1].text == "-")):  # ("two-term")
                        break
                    if w.is_cap and w.lower not in _DEMONYMS and k + 1 < len(toks) and toks[k + 1].text not in {"-"} \
                            and w.text.lower() not in {"south", "north", "east", "west"} and not _place_compound(toks, k) \
                            and not compound:
                        break
                start_i = i
            elif t.text in _POSSESSIVES and i > 0 and toks[i - 1].is_cap and i + 1 < len(toks) \
                    and toks[i + 1].lower in _POSSESSED_PEOPLE and not _title_goes_on(toks, i + 2):
                start_i, head_i = i - 1, i + 1  # (but "Deccan Railway's chief public relations officer": a title)
            elif t.lower in _OWN_DETERMINERS and toks[i + 1].lower in _OWN_NOUNS:
                noun = toks[i + 1].lower
                # the people named in this sentence or the one before
                near = [m for m in out.mentions if m.name in persons and s.sid - 1 <= m.sid <= s.sid]
                if noun == "client":
                    # "Counsel said flight records would show that his client flew": whom the defence speaks for
                    owner = client[0] if client else None
                elif noun in _OWN_BODY_HEADS:
                    # "Minister for Housing Pádraig Mulcahy ... said his department had": the department of his portfolio
                    owner = _portfolio_body(ents, noun, [m.name for m in near])
                else:
                    # "Brent Stellner, president of Stellner Hayes, said his company ...": the firm his role names (of
                    # the person named last, in this sentence or the one before)
                    before = [m.name for m in near if m.start < t.start]
                    owner = _firm_of_people(ents, before[-1:], companies, any_title=True) \
                        if before and t.lower in {"his", "her"} else None
                    if owner is None and before and t.lower in {"his", "her"} and noun in {"company", "firm"} and any(
                            not (FIRM_TITLES | _BUSINESS_PEOPLE).isdisjoint(re.split(r"[\s’']+", r.lower()))
                            for r in ents[before[-1]].roles):
                        # "But Nkhata Drilling Limited managing director Given Siwale disputed ...": the one firm named
                        # where the article introduced him, a firm's head
                        intro = min(m.sid for m in out.mentions if m.name == before[-1])
                        there = {m.name for m in out.mentions if m.sid == intro and m.kind == "name"
                                 and (m.name in strong or m.name in weak)}
                        owner = there.pop() if len(there) == 1 else strong[0] if len(strong) == 1 else None
                span = (t.start, toks[i + 1].end)
                if owner is not None and span not in taken:
                    taken.add(span)
                    text = _span_text(toks, i, i + 2)
                    out.mentions.append(Mention(owner, text, span[0], span[1], "epithet", s.sid))
                    ents[owner].epithets.append(text)
                continue
            elif i == 0 and t.lower in _MEMBERS_OF_BODY:
                start_i = head_i = 0  # "Prosecutors allege ...": the prosecutors' office the article named
            elif i == 0 and t.is_title and len(toks) > 1 and toks[1].lower in REPORTING_VERBS and toks[1].ws is not None \
                    and (t.lower in COMPANY_NOUNS or t.lower in _ORG_HEADS and t.lower not in _MEMBERS_OF_BODY) \
                    and t.lower not in _ONE_MANS_TRADES:
                start_i = head_i = 0  # "Developer denies works started before permit": a headline's bare noun, "the developer"
            elif t.lower == "police":
                start_i = head_i = i  # "Police, however, said": the one police body the article names
            if head_i is None or start_i is None:
                continue
            if t.lower == "the" and head_i + 2 < len(toks) and toks[head_i + 1].text in _POSSESSIVES \
                    and (toks[head_i + 2].lower in TITLE_WORDS or head_i + 3 < len(toks) and toks[head_i + 3].lower in TITLE_WORDS
                         and toks[head_i + 2].is_alpha and not toks[head_i + 2].is_cap):  # ("the hospital's medical superintendent")
                # "The firm's chief executive is said to have told": the person the article gave that role
                e_t = head_i + 2
                while e_t + 1 < len(toks) and toks[e_t + 1].lower in TITLE_WORDS and toks[e_t].ws \
                        or e_t + 2 < len(toks) and toks[e_t + 1].text == "-" and not toks[e_t].ws and not toks[e_t + 1].ws:
                    e_t += 1 if toks[e_t].ws else 2  # ("The company's vice-chairman": the whole compound)
                role = _span_text(toks, start_i + 1, e_t + 1).lower()
                title = _span_text(toks, head_i + 2, e_t + 1).lower()
                holders = [n for n in persons if any((r.lower().removeprefix("the ") + " ").startswith(role + " ")
                                                     for r in ents[n].roles)] or [
                    n for n in persons if any(r.lower().removeprefix("the ").startswith(title + " ")
                                              and toks[head_i].lower in r.lower().split() for r in ents[n].roles)] or [
                    # ("the company's chief executive" of "Seorim Cell CEO Do Jae-woong": the one firm's chief)
                    n for n in persons if toks[head_i].lower in COMPANY_NOUNS and any(
                        title in r.lower().replace("ceo", "chief executive") for r in ents[n].roles)]
                # ("the hospital's medical superintendent" of "the medical superintendent of the DHQ hospital")
                span = (toks[start_i].start, toks[e_t].end)
                if len(holders) == 1 and span not in taken:
                    taken.add(span)
                    text = _span_text(toks, start_i, e_t + 1)
                    out.mentions.append(Mention(holders[0], text, span[0], span[1], "epithet", s.sid))
                    ents[holders[0]].epithets.append(text)  # ("The firm" goes on to be the firm's)
            old_i = head_i if toks[head_i].lower == "old" and toks[head_i - 1].text == "-" else -1
            # a compound title ends at its last noun: "the chief executive" is no "the chief" (and "the 58-year-old
            # general manager" is an age, then a title)
            while head_i + 1 < len(toks) and toks[head_i].ws and (toks[head_i + 1].lower in PERSON_EPITHET_NOUNS or (
                    toks[head_i + 1].lower in role_heads and (toks[head_i + 1].lower in TITLE_WORDS or toks[head_i].lower == "old"))
                    or toks[head_i + 1].lower in _FIRM_HEADS and (toks[head_i].lower in _TRADE_MODIFIERS
                                                                  or toks[head_i].lower in _SHIP_NOUNS)  # ("the ferry company")
                    or toks[head_i].lower == "port" and (toks[head_i + 1].lower in _FIRM_HEADS  # ("the port operator")
                                                         or toks[head_i + 1].lower in COMPANY_NOUNS)):
                head_i += 1  # ("the union convener", "the mining firm")
            end_i = head_i
            if head_i + 4 < len(toks) and toks[head_i + 1].text == "-" and toks[head_i + 2].lower == "of" \
                    and toks[head_i + 3].text == "-" and toks[head_i + 4].lower in _COUNT_WORDS:
                end_i = head_i + 4  # "the mother-of-two": the mother, a span to "two"
            elif _parent_of_count(toks, head_i):
                end_i = head_i + 2  # "the grandmother of four", "the father of three": written without hyphens
            if head_i + 1 < len(toks) and toks[head_i].ws and not toks[head_i + 1].is_cap \
                    and (toks[head_i + 1].lower in name_heads and toks[head_i].lower not in name_heads
                         or toks[head_i + 1].lower in _ORG_HEADS and toks[head_i].lower not in _ORG_HEADS) \
                    and toks[head_i].lower not in _AGED_NOUNS and toks[head_i].lower != "old":
                # "the coast guard" of "Hellenic Coast Guard", "the health authority": the last noun ends it
                head_i += 1
            is_age = old_i >= 0
            number = toks[old_i - 4].text if is_age and old_i >= 4 else ""  # "61" of "the 61-year-old"
            if is_age and head_i == old_i and head_i + 1 < len(toks) and (toks[head_i + 1].lower in _DEMONYMS
                                                                           or toks[head_i + 1].lower in _AGED_NOUNS
                                                                           or toks[head_i + 1].lower in role_heads
                                                                           and toks[head_i + 1].lower in TITLE_WORDS):
                head_i += 1  # "the 47-year-old Norwegian", "The 52-year-old farmer", "The 61-year-old commissioner"
                if _parent_of_count(toks, head_i):
                    end_i = head_i + 2  # "the 52-year-old mother of five"
            elif is_age and head_i == old_i and head_i + 2 < len(toks) and toks[head_i + 1].is_cap \
                    and toks[head_i + 1].is_alpha and not toks[head_i + 2].is_cap \
                    and (toks[head_i + 2].lower in _AGED_NOUNS or toks[head_i + 2].lower in role_heads
                         and toks[head_i + 2].lower in TITLE_WORDS):
                head_i += 2  # "The 54-year-old Bedminster councillor": past the place, the councillor
            after_i = end_i if end_i > head_i else head_i  # (past "of four" in "the grandmother of four")
            nxt = toks[after_i + 1] if after_i + 1 < len(toks) else None
            # "accused the company of counting only ...": what it is accused of, not whose company it is
            g_i = after_i + 3 if after_i + 3 < len(toks) and toks[after_i + 2].text in {'"', "“", "'", "‘"} else after_i + 2
            of_doing = nxt is not None and nxt.lower == "of" and g_i < len(toks) \
                and toks[g_i].lower.endswith("ing") and toks[g_i].is_alpha and not toks[g_i].is_cap
            if nxt is not None and not of_doing and (nxt.lower in {"of", "'s"} and toks[head_i].lower not in _EPITHET_NOUNS
                                    and not (nxt.lower == "'s" and toks[head_i].lower in role_heads)  # "the superintendent's office"
                                    and not (nxt.lower == "'s" and toks[head_i].lower in _ORG_HEADS)  # "the authority's records"
                                    and not (nxt.lower == "'s" and (toks[head_i].lower in name_heads or toks[head_i].lower in org_words)
                                             and not toks[head_i].is_cap)  # "the exchange's founder" of "Kestrel Exchange"
                                    and not (nxt.lower == "'s" and toks[head_i].lower in _PLACE_KINDS)  # "the city's south side"
                                    and not (nxt.lower == "'s" and toks[head_i].lower in _COUNTRY_NOUNS)
                                    or nxt.lower == "of" or nxt.is_cap and nxt.ws is not None and toks[head_i].ws
                                    and nxt.lower not in NON_NAME_CAPS):
                if nxt.is_cap and nxt.lower != "of" \
                        and (described := name_at.get(nxt.start) or (name_at.get(toks[after_i + 2].start)
                                                                     if nxt.lower in {"a", "o", "the", "el", "la", "le", "il", "al"}
                                                                     and after_i + 2 < len(toks) else None)) is not None \
                        and described in ents \
                        and (ents[described].type == "ORG") == (toks[head_i].lower in COMPANY_NOUNS | OUTLET_NOUNS | org_words) \
                        and (toks[start_i].start, toks[head_i].end) not in taken:
                    # "the Dartmouth firm Tidewater Structural Ltd.", "the Manaus newspaper A Crítica": a description
                    # of the name that follows it
                    span = (toks[start_i].start, toks[head_i].end)
                    taken.add(span)
                    text = _span_text(toks, start_i, head_i + 1)
                    out.mentions.append(Mention(described, text, span[0], span[1], "epithet", s.sid))
                    ents[described].epithets.append(text)
                continue  # "the president of X", "the billionaire Elon Musk": a role, not an epithet
            if toks[head_i].lower in {"daily", "weekly", "monthly"} and nxt is not None and nxt.is_alpha and not nxt.is_cap \
                    and nxt.lower not in REPORTING_VERBS and nxt.lower not in _AUXILIARIES and not nxt.lower.endswith("ed") \
                    and nxt.lower not in {"is", "was", "are", "were", "which", "that", "who", "quoted", "cited"}:
                continue  # "the highest weekly total": an adjective, no paper (but "the daily reported")
            apposed = None
            if head_i + 2 < len(toks) and toks[head_i + 1].text == "," and not is_age:
                # "Vallée's chief executive, Bérénice Laporte,": the name that follows
                apposed = next((m.name for m in out.mentions if m.kind == "name" and m.start == toks[head_i + 2].start
                                and m.name in ents and ents[m.name].type == "PERSON"), None)
            head = "cooperative" if toks[head_i].lower in CO_OP_SPELLINGS else toks[head_i].lower
            if head_i >= start_i + 3 and toks[head_i - 1].text == "-" and not toks[head_i - 2].ws and not toks[head_i - 1].ws \
                    and toks[head_i - 2].lower + "-" + head in role_heads:
                head = toks[head_i - 2].lower + "-" + head  # "The vice-president said": no president
            aged: list[str] = []  # whoever had that age ("Dolores Whitcomb, 61,")
            if is_age:
                head = "year-old"
                # (or a role that says it: "Guadalupe Carrillo, a 54-year-old seamstress")
                aged = [n for n in persons if number in ents[n].ages or any(
                    r.lower().removeprefix("a ").startswith(number + "-year-old") for r in ents[n].roles)]
            words = [w.lower for w in toks[start_i:head_i + 1]]
            target = None
            after_name = _apposed_name(name_ends, toks, start_i)
            if head_i + 1 < len(toks) and toks[head_i + 1].lower in REPORTING_VERBS or _verb_and_object(toks, head_i + 1):
                # "against Corvane Freight Systems, the union announced": a speaker, no apposition; nor "seen by
                # BusinessDay, the company owed N412m": the clause's subject
                after_name = None
            if after_name is not None and head_i + 2 < len(toks) and toks[head_i + 1].text in {"’s", "'s"} \
                    and _title_then_name(toks, head_i + 2):
                after_name = None  # "sent to the Arab Times, the company’s general manager, Eng Talal ...": his firm
            if after_name is not None and toks[0].lower == "according" and not any(t.text == "," for t in toks[:start_i - 1]) \
                    and (next((t.text for t in toks[head_i + 1:] if t.is_punct and t.text not in {"'s", "’s", "-"}), "") != ","
                         or head_i + 1 < len(toks) and toks[head_i + 1].is_alpha and not toks[head_i + 1].is_cap
                         and toks[head_i + 1].lower not in _APPOSITION_GOES_ON):
                # "According to documents seen by the daily Népszava, the company's management": the clause (and
                # "According to Vannier, the athlete ate pork liver ..., two days before": its verb, whatever comma after)
                after_name = None
            # (a bare "the council" is the one named "... Council" before the one described as a county council)
            kinded = [] if len(words) == 2 and head in name_heads else [
                n for n in ents if ents[n].type != "PERSON" and head in ents[n].kinds
                and not (head in OUTLET_NOUNS and ents[n].type == "GPE")] or [  # (a city's daily is no city)
                n for n in ents if head == "site" and ents[n].type != "PERSON" and not ents[n].kinds.isdisjoint(facilities)] or \
                list(dict.fromkeys(desc_heads.get(head, ())))
            if head in _TOWN_HEADS:
                kinded = [n for n in kinded if not _region_named(n)]  # (a region is no town: "South Iceland")
            if not kinded and head in _WATCHDOGS and not any(head in n.lower().split() for n in ents):
                # "the agency" of "Helvemed, the Swiss medicines regulator", when no name says "Agency"
                kinded = [n for n in ents if ents[n].type == "ORG" and not _WATCHDOGS.isdisjoint(ents[n].kinds)
                          and not ents[n].is_outlet]  # (a news agency regulates nothing: "news agency ANP")
            local = [n for n in ents if ents[n].type == "ORG" and n.split()[0] in _LOCAL_GOVERNMENT_OF.get(head, ())
                     and n.split()[1:2] == ["of"]] if len(words) == 2 and words[0] == "the" else []
            if not local and head == "shire" and len(words) == 2 and words[0] == "the":
                # "the shire" of "Wellington Shire Council": Australia's local government named with the word inside
                local = [n for n in ents if ents[n].type == "ORG" and "Shire" in n.split()[1:]]
            if not local and head == "municipality" and len(words) == 2 and words[0] == "the":
                # (or named with the word last: "Buffalo City Metro", a South African metropolitan municipality;
                # "Cape Breton Regional Municipality")
                local = [n for n in ents if ents[n].type == "ORG" and len(n.split()) >= 2 and n.split()[-1] in {"Metro", "Municipality"}]
            if not local and head == "municipality" and len(words) == 2 and words[0] == "the":
                # (or by its initials: "the RM of Estevan No. 5", a Saskatchewan rural municipality)
                local = [n for n in ents if ents[n].type in {"ORG", "GPE"} and n.split()[:2] in (["RM", "of"], ["R.M.", "of"])]
            if len(local) == 1 and not (head == "council" and any(
                    n.split()[-1] == "Council" for n in ents if ents[n].type == "ORG")):
                # "the council", "the city" of "City of Newcastle", "the town" of "Town of Hamburg", "the municipality"
                # of "Municipality of Anchorage": the local government the story names so (not the city, a place)
                target = local[0]
            elif head in _MEMBERS_OF_BODY and len(words) <= 2 and (
                    bodies := [n for n in ents if ents[n].type == "ORG" and not ents[n].is_outlet and any(
                        w.startswith(_MEMBERS_OF_BODY[head]) for w in n.lower().replace("-", " ").split())]):
                # "the auditors" of the "Supreme Audit Office", "Prosecutors" of "the US Attorney's Office": the one
                # body whose name says what its members do (of several, none)
                target = bodies[0] if len(bodies) == 1 else None
            elif apposed is not None and (head in PERSON_EPITHET_NOUNS or head in role_heads):
                target = apposed
            elif org_i >= 0:
                # the person most recently described with that organisation: "Velmont's chief executive, Karin Aldous"
                org = toks[org_i].text
                staff = [n for n in persons if any(org in a.split() or org + "'s" in a or org + "’s" in a
                                                   for a in list(ents[n].aliases) + ents[n].epithets + ents[n].roles)]
                body = next((m.name for m in out.mentions if m.kind == "name" and m.start == toks[org_i].start
                             and m.name in ents), None)
                if not staff and body is not None:
                    # "the NDL boss" of "Ravu Tau, chief executive of Niugini DataLink Limited": the body by any name
                    staff = [n for n in persons if any(a in r for a in ents[body].aliases | {body} if len(a) > 2
                                                       for r in ents[n].roles)]
                if not staff and body is not None and ents[body].type == "ORG" and toks[org_i + 1].lower in _BOSS_WORDS:
                    # (or the one person the story gave a firm's post, the firm left to "Its": "Its managing director,
                    # Graham Stoddart, said ... The Torwood boss described")
                    firm_heads = [n for n in persons if any(not FIRM_TITLES.isdisjoint(re.split(r"[\s’']+", r.lower()))
                                                       and " of " not in r for r in ents[n].roles)]  # (not another body's)
                    staff = firm_heads if len(firm_heads) == 1 else []
                before = [m for m in out.mentions if m.name in staff and m.start < toks[start_i].start]
                # (else whoever holds that office: "the ARP lawmaker" of "Dahri, the MPA from Dhandwala")
                target = before[-1].name if before else top(list(dict.fromkeys(role_heads[head])), toks[start_i].start) \
                    if head in role_heads and head not in PERSON_EPITHET_NOUNS else None
            elif after_name is not None and (ents[after_name].type == "PERSON") == (head in PERSON_EPITHET_NOUNS
                                                                                  or head == "year-old"):
                target = after_name  # "Holm Estates, the developer's main company,": the name just before
            elif kinded and head not in PERSON_EPITHET_NOUNS:
                # "the agency" of "The National Cyber Incident Office (NCIO), the federal agency that ..."
                # (or one whose name says it, met before: "the group" of "Kilcarran Clinic Group", named first,
                # and not the "patient advocacy group" introduced later)
                so_named = [n for n in ents if ents[n].type == "ORG" and n not in kinded and head in n.lower().split()]
                before = [m for m in out.mentions if m.name in kinded and m.start < toks[start_i].start] or [
                    m for m in out.mentions if m.name in so_named and m.start < toks[start_i].start]
                # (the one named last: mentions are in the order they were found, epithets after names)
                target = max(before, key=lambda m: m.start).name if before else kinded[0] if len(kinded) == 1 else None
                if head in FACILITY_NOUNS and len(words) == 2 and len(set(kinded)) > 1:
                    # two plants: the one the story is about, told of most ("the Kurotaki nuclear power plant"), not
                    # one named in passing ("since the accident at the Fukushima Daiichi plant")
                    target = top(list(dict.fromkeys(kinded)), toks[start_i].start) or target
            elif (head in _ORG_HEADS and head not in COMPANY_NOUNS) or head in org_words or head == "nonprofit":
                # "the exchange" of "Kestrel Exchange", "the group" of "Kestrel Customers Action Group"
                # (a name whose own head is another kind is no such body: "Government General Hospital")
                # ("the board" of "Strata Titles Boards": a body named in the plural)
                orgs = [n for n in ents if ents[n].type == "ORG" and (head in n.lower().split() or head + "s" == n.lower().split()[-1]
                                                                     and not {"for", "of"} & set(n.lower().split())  # (not
                                                                     # "the school" of "State Board for Charter Schools")
                                                                     or not _ROMANCE_KINDS.get(
                    head, set()).isdisjoint(n.lower().split())) and not (
                    n.split()[-1].lower() in ORG_WORDS and n.split()[-1].lower() != head and n.split()[0].lower() == head
                    and n.lower().split()[1:2] != ["of"]) and not (head in _BODIES_BY_STORY and _modifier_in(n, head))
                    and not _campaign_for(n, head)] or [  # (but "the bureau" of "Bureau of Claimant Services")
                    n for n in ents if ents[n].type == "ORG" and head in ents[n].kinds] or [  # "the team Vantor-Eskel"
                    n for n in ents if ents[n].type == "ORG" and not ents[n].is_outlet  # "the regulator" of "... Office"
                    and _of_kind(n, head)] or [
                    n for n in ents if head in {"team", "franchise", "club"} and ents[n].type == "ORG" and _team_like(n)]
                if head == "authority" and words[-2:] == ["local", "authority"]:
                    # "the local authority": the council that governs the place, not a national authority nor a
                    # community or parish council ("Argyll and Bute Council" beside "Lismore Community Council")
                    orgs = [n for n in ents if ents[n].type == "ORG" and not ents[n].is_outlet
                            and n.split()[-1] == "Council" and _LOWER_TIERS.isdisjoint(n.lower().split())] or orgs
                orgs = [n for n in orgs if n not in superseded] or orgs
                headed = [n for n in orgs if _head_of(n) == head]
                if headed and len(headed) < len(orgs):
                    orgs = headed  # "the university" of "Cheongram University", not "Korean Council for University Education"
                if head == "bank":  # (the bank of the story, not the central bank; "the apex bank" is that one)
                    orgs = [n for n in orgs if _central_bank(ents[n], n) == ("apex" in words or "central" in words)] or orgs
                elif head in {"regulator", "watchdog"}:  # (a central bank only when no body is named a regulator)
                    orgs = [n for n in orgs if not _central_bank(ents[n], n)] or orgs
                mods_said = [w for w in words[1:-1] if w.isalpha() and w not in _DEMONYMS and len(w) > 2]
                so_fit = [n for n in orgs if mods_said and set(mods_said) | {head} <= set(n.lower().split())] or [
                    # (or a place so named: "the middle school" of "Bridger Creek Middle School", not "... High School")
                    n for n in ents if mods_said and ents[n].type in {"LOC", "FAC", "GPE"}
                    and set(mods_said) | {head} <= set(n.lower().split())]
                if not so_fit and mods_said and (head in _PUBLIC_HEADS_BY_FIELD or head == "board") \
                        and set(mods_said) <= _FIELDS:
                    # "the health authority" of "Nova Scotia Health": the one body named for that field (not a town
                    # council that "authority" may also mean); "the health board" of "NHS Dumfries and Galloway",
                    # Scotland's and Wales's boards named by the service's initials (not an "Integration Joint Board")
                    so_fit = [n for n in ents if ents[n].type == "ORG" and not ents[n].is_outlet
                              and set(mods_said) <= set(n.lower().split()) | (
                                  {"health"} if n.split()[0] in {"NHS", "HSE"} and len(n.split()) > 1 else set())]
                    so_fit = so_fit if len(so_fit) == 1 else []
                if len(so_fit) == 1:
                    orgs = so_fit  # "the levee district": the district whose name says levee, of two districts
                elif len(so_fit) > 1 and all(ents[n].type == "ORG" for n in so_fit):
                    # "the parish council" of two parish councils (and a borough council): the one the story is
                    # about, told of most, not the borough council met last nor the other parish named in passing
                    orgs = [top(so_fit, toks[start_i].start) or so_fit[0]]
                if head == "agency" and len(words) == 2:
                    # not a body this sentence calls by its own kind ("The agency said the authority has until Nov. 14")
                    # (a name told before it is what it refers back to: "alerted the Therapeutic Goods Administration
                    # ... and had given the agency the data")
                    named_before = [(m.start, m.end) for m in out.mentions if m.kind == "name" and m.sid == s.sid
                                    and m.end <= toks[start_i].start]
                    kinds_here = {t2.lower for t2 in toks if t2.lower in INSTITUTION_WORDS
                                  and not any(a <= t2.start < b for a, b in named_before)} - {"agency"}
                    orgs = [n for n in orgs if n.split()[-1].lower() not in kinds_here]
                dems = [w for w in words[1:-1] if w in _DEMONYMS]
                if dems and len(orgs) > 1:
                    # "the Belgian club" of "Belgian side KSV Lindeveld": the one the article called Belgian
                    by_dem = [n for n in orgs if any(dems[0] in str(a).lower().split() for a in list(ents[n].epithets)
                                                     + list(ents[n].roles) + list(ents[n].described))]
                    if len(by_dem) == 1:
                        orgs = by_dem
                tiered = not orgs and head in {"government", "administration"} and len(words) == 3 and words[1] in _TIER_PLACES
                if tiered:
                    # "the state government" where no body is named so: the state the story is about ("Kadaura
                    # State"), not a body whose name says "State" ("Kadaura State House of Assembly")
                    tier = [n for n in ents if ents[n].type == "GPE" and (
                        n.split()[-1].lower() == _TIER_PLACES[words[1]] or words[1] == "state" and n in us_states())]
                    pick = max(tier, key=lambda n: (counts[n], -first.get(n, 0))) if tier else None
                    orgs = [pick] if pick else []
                if not orgs and not tiered:  # (a tier's government with no such place: none, not any name with the word)
                    # "the health authority" of "Maritime Coastal Health": the one organisation whose name has the
                    # words before the kind
                    mods = [w for w in words[1:-1] if w.isalpha() and w not in _DEMONYMS and len(w) > 2]
                    orgs = [n for n in ents if mods and ents[n].type == "ORG" and not ents[n].is_outlet
                            and set(mods) <= set(n.lower().split())]
                    orgs = orgs if len(orgs) == 1 else []
                said = [_BODY_SAYS[w] for w in words[1:-1] if w in _BODY_SAYS] if head == "body" else []
                if said:
                    # "the civic body" of "Indore Municipal Corporation": a body whose name says that kind (a
                    # municipality may be a place), else the public body (no firm, no outlet) met last
                    orgs = [n for n in ents if ents[n].type in {"ORG", "GPE"} and not ents[n].is_outlet
                            and not said[0].isdisjoint(n.lower().split())] or [
                        n for n in ents if ents[n].type == "ORG" and not ents[n].is_outlet and n not in firm_weight]
                if "graft" in words or "corruption" in words or "antigraft" in words:
                    # "the anti-graft agency" of "Ethics and Anti-Corruption Commission", not any agency
                    orgs = [n for n in ents if ents[n].type == "ORG" and not _ANTI_GRAFT.isdisjoint(
                        n.lower().replace("-", " ").split())] or orgs
                members = [toks[x - 1].lower.rstrip("s") for x in range(start_i + 2, head_i) if toks[x].text in {"'", "’"}]
                if members:
                    # "the pilots' union": the body whose name says whose it is ("Vereinigung Regionalpiloten"), not
                    # any union
                    orgs = [n for n in orgs if all(w in n.lower() for w in members)]
                if not orgs and head in {"department", "agency"} and len(words) == 2:
                    # "NSW Health ... the department", "Indigenous Services Canada ... the department": the one public
                    # body named before, whatever its name says, when no firm, outlet or civic body is it (and "Hauora
                    # Rāwhiti ... the agency")
                    at = toks[start_i].start
                    bodies = [n for n in ents if ents[n].type == "ORG" and not ents[n].is_outlet and n not in firm_weight
                              and _NOT_FIRM_NAMES.isdisjoint(n.lower().split()) and first.get(n, at) < at]
                    if len(bodies) > 1:
                        # (of several, the public body told of most, twice as often as any other: "Airservices
                        # Australia", "Santé Québec"; no firm, co-operative or hospital)
                        worded = sorted((b for b in bodies if not _PUBLIC_NAME_WORDS.isdisjoint(b.lower().split())),
                                       key=lambda body: (-counts[body], first.get(body, 0)))
                        bodies = worded[:1] if worded and counts[worded[0]] >= 2 * max(
                            [1] + [counts[b] for b in bodies if b != worded[0]]) else []
                    orgs = bodies if len(bodies) == 1 else []
                if not orgs and len(words) == 2 and head in _BODIES_BY_STORY:
                    # "the trust" of "Live Ardmuir", "the fund" of "Provincial Pension Investment Corp.": no name says
                    # it, so the body the story is about whose name says no other kind (a fund: whose name is money's)
                    funds = [n for n in ents if not ents[n].is_outlet]
                    pool = ([n for n in funds if any(w.endswith(_FUND_ENDS) for w in n.lower().split())]  # "Pensioenfonds ..."
                            or [n for n in funds if ents[n].type == "ORG"
                                and not _FUND_WORDS.isdisjoint(n.lower().replace(".", "").split())]) \
                        if head == "fund" else [n for n in unmarked if n not in firm_weight]
                    pick = top(pool, toks[start_i].start)
                    orgs = [pick] if pick else []
                if not orgs and head == "government" and len(words) == 2:
                    # "the government" where no body is named so: the country the story is about (or, in none, its
                    # state or province: "Queensland")
                    states = [n for n in ents if ents[n].type == "GPE" and n in countries()] or [
                        n for n in ents if ents[n].type == "GPE" and n in _regions()]
                    orgs = [max(states, key=lambda n: (counts[n], -first.get(n, 0)))] if states else []
                if head in {"agency", "department"} and 2 <= len(words) <= 3 and orgs \
                        and not any(first.get(n, 1 << 30) < toks[start_i].start for n in orgs):
                    # the body its name calls so is named only later: the national body of this sentence or the one
                    # before, named for its country ("the Inland Fisheries Ireland (IFI) hotline ... IFI has disputed
                    # that ... the state agency said"; the "Environmental Protection Agency" comes later)
                    lately_named = sorted((m for m in out.mentions if m.kind == "name" and m.name in ents
                                           and ents[m.name].type == "ORG" and not ents[m.name].is_outlet
                                           and m.name.split()[-1] in countries()
                                           and s.sid - 1 <= m.sid <= s.sid
                                           and m.start < toks[start_i].start
                                           and _NOT_FIRM_NAMES.isdisjoint(m.name.lower().split())), key=lambda m: m.start)
                    # (and the body the last such epithet was, just before: "the state agency said ... The agency said")
                    called_so = sorted((m for m in out.mentions if m.kind == "epithet" and m.name in ents
                                        and m.text.lower().split()[-1] == head and m.start < toks[start_i].start
                                        and s.sid - 2 <= m.sid <= s.sid), key=lambda m: m.start)
                    if called_so:
                        orgs = [called_so[-1].name]
                    elif lately_named:
                        orgs = [lately_named[-1].name]
                before = [m for m in out.mentions if m.name in orgs and m.start < toks[start_i].start]
                # (the one so named when it is named only later: "..., the provincial police office said")
                target = before[-1].name if before else orgs[0] if len(orgs) == 1 else None
                if head == "club" and len(words) == 2 and len(orgs) > 1:
                    # a story of two clubs: the one it is about, told of most ("Brackenford City ... the club were
                    # promoted"), not the one last described ("Belgian side KSV Lindeveld") or met ("against Redcastle City")
                    target = top(orgs, toks[start_i].start) or target
                if len(words) == 1 and len(orgs) != 1:
                    target = None  # a bare "police" of several forces is none of them
            elif head in _SHIP_NOUNS and ships and (head != "carrier" or any(
                    "carrier" in r.lower() for n in ships for r in ents[n].roles)):
                # "the ferry", "the cargo ship": the ship so described, else the one most told about
                so = [n for n in ships if any(head in r.lower().split() for r in ents[n].roles)]
                before = [m for m in out.mentions if m.name in (so or ships) and m.start < toks[start_i].start]
                met = {m.name for m in before}  # (never a ship named only later: "The ferry collided with X")
                target = before[-1].name if so and before else top([n for n in ships if n in met], toks[start_i].start)
            elif (head in OUTLET_NOUNS or head in COMPANY_NOUNS) and ("former" in words or "retired" in words):
                target = near_person(head, s, start_i)  # "the former broadcaster": someone who was one, not a firm
            elif head in name_heads and len(name_heads[head]) == 1 and head not in PERSON_EPITHET_NOUNS:
                target = name_heads[head][0]  # "the jail" of "Calder County Jail", "the county" of "Calder County"
            elif head in {"municipality", "district"} and len(words) == 2 and head in name_heads:
                # "the municipality" beside "Kuwait Municipality" and a "Farwaniya Municipality" branch: the one told
                # most about, a government, never a town the story is in ("the district" beside "School District 57"
                # and a "Regional District of Fraser-Fort George": the school district the story is about)
                target = top(name_heads[head], toks[start_i].start)
            elif head in OUTLET_NOUNS:
                # "Corriere della Sera reported ... The newspaper said": the outlet just named, in this paragraph or
                # the one before (not the wire the story is from, named more often), else the one most told about
                just = [m for m in out.mentions if m.kind == "name" and m.name in outlets and m.start < toks[start_i].start
                        and line_of.get(m.sid, -9) >= s.line - 1]
                def printed(n: str) -> bool:  # ("the newspaper" is no radio station named between)
                    return _BROADCAST_WORDS.isdisjoint(n.lower().split()) and n.lower() not in WIRE_AGENCIES \
                        and n.lower() not in BROADCASTERS and "heard" not in ents[n].kinds \
                        and not any(_BROADCAST_WORDS.intersection(d.lower().split()) for d in ents[n].roles + ents[n].described)
                if head in _PRINT_NOUNS:
                    just = [m for m in just if printed(m.name)]
                    papers = [n for n in outlets if printed(n)]
                    # (no paper among them: "the paper" is one the text did not make out, not the broadcaster)
                    target = just[-1].name if just else top(papers, toks[start_i].start) if papers else None
                else:
                    target = just[-1].name if just else top(outlets, toks[start_i].start)
            elif head in COMPANY_NOUNS or head in _WORKS_NOUNS:
                # "the airline" of "Safra Air" among other firms; "the miner" of "Qoriwayra Resources"; "the group"
                # of "Meghbarta Group" (its own word ending the name; not "National Company Law Tribunal")
                kind = [n for n in ents if ents[n].type == "ORG" and (INSTITUTION_WORDS.isdisjoint(n.lower().split())
                                                                      or n.lower().split()[-1] == head)  # ("... School Transport Group")
                        and n.split()[0] != "Public"  # (no government department: "Public Works Director Troy Vantassel")
                        and (not _COMPANY_KIND_WORDS.get(head, set()).isdisjoint(n.lower().split())
                             or n.lower().split()[-1] == head)
                        # (no body of its users: "the operator" is not the "Teme Valley Bus Users Group")
                        and (head == "group" or n.lower().split()[-1] in _COMPANY_KIND_WORDS.get(head, set())
                             or n.lower().split()[-1] not in _MEMBER_BODIES and _PEOPLE_WORDS.isdisjoint(n.lower().split()))
                        # (no consultant: "the contractor" is not "Long Range Engineering Associates")
                        and not (head in {"contractor", "builder"} and not _ADVISERS.isdisjoint(n.lower().split()))]
                if head_i + 2 < len(toks) and toks[head_i + 1].text == "," and (firm := next(
                        (m for m in out.mentions if m.kind == "name" and m.start == toks[head_i + 2].start
                         and m.name in ents and ents[m.name].type == "ORG" and not ents[m.name].is_outlet), None)) is not None \
                        and not any(t.lower in {"and", "or"} for t in toks[head_i + 2:head_i + 12] if t.start >= firm.end):
                    # "The contractor, Harborline Dredge & Marine Inc. of Fairhaven, rejected": the firm named (not a
                    # list: "The train operator, Trafikverket and commuters now disagree")
                    kind = [firm.name]
                if not kind and head == "utility":
                    # the body described as one ("Simasca, the municipal water utility"); else a public utility
                    # named as an administration, a commission, an authority: "Gölçayır Water and Sewerage
                    # Administration", "National Water Commission" (no regulator: "Regional Inspectorate of
                    # Environment and Water")
                    kind = [n for n in ents if ents[n].type == "ORG" and any(
                        "utility" in d.lower().split() for d in ents[n].described)
                    ] or [n for n in ents if ents[n].type == "ORG" and n.lower().split()[-1] in _PUBLIC_UTILITY_HEADS
                          and not _COMPANY_KIND_WORDS["utility"].isdisjoint(n.lower().split())] or [
                        n for n in ents if ents[n].type == "ORG" and n.split()[-1] == "Hydro"]  # "Nelson Hydro"
                if not kind and head == "group" and len(words) <= 3:
                    # "Washdyke Residents' Association chairwoman Leanne Mapp said the group had": the body of members
                    # this sentence named before it, whatever firms the story has; else a body of people by what its
                    # name says ("Concerned Families of Marlow", "Harmon Falls Tenants United", "Celebes Resource
                    # Watch"), before any firm; else, where no firm is a group, any body of members ("Home Goods
                    # Importers Alliance")
                    # (or the one body an earlier epithet called a group: "A disability advocacy group has accused"
                    # of "Louth Access for All", whose name says no kind)
                    called_group = {m.name for m in out.mentions if m.kind == "epithet" and m.start < toks[start_i].start
                                    and m.name in ents and ents[m.name].type == "ORG" and not ents[m.name].is_outlet
                                    and "group" in m.text.lower().split()[:4]}
                    kind = [m.name for m in out.mentions if m.sid == s.sid and m.start < toks[start_i].start
                            and m.name in ents and ents[m.name].type == "ORG" and not ents[m.name].is_outlet
                            and m.name.lower().split()[-1] in _MEMBER_BODIES][-1:] or (
                        list(called_group) if len(called_group) == 1 else []) or [
                        n for n in ents if ents[n].type == "ORG" and not ents[n].is_outlet and n not in firm_weight
                        and not _GROUP_NAME_WORDS.isdisjoint(w.strip("'’") for w in n.lower().split())
                        and n.lower().split()[-1] not in {"party", "council", "commission", "committee"}] or [
                        n for n in ents if not strong and not weak and ents[n].type == "ORG" and not ents[n].is_outlet
                        and n.lower().split()[-1] in _MEMBER_BODIES]
                apposed = [n for at_link, n in firm_links.get(head, []) if at_link < toks[start_i].start]
                if apposed and len(set(apposed)) == 1 and words[0] in {"the", "this"}:
                    kind = apposed[:1]  # the firm the article called so in apposition, before any other
                # "the bank", "the lender" of the bank the story is about, not of the regulator beside it; "the apex
                # bank" of that regulator
                central = "apex" in words or "central" in words
                kind = [n for n in kind if _central_bank(ents[n], n) == central] or kind
                if defendant is not None and defendant not in persons and ("defendant" in words or "respondent" in words
                                                                           or claimant in persons and len(words) == 2
                                                                           and head in {"firm", "company"}):
                    # "the defendant firm" of "Keswell v Pellham Crouch LLP"; "the firm" too, where a person sued it
                    kind = [defendant]
                if head in {"company", "firm"} and len(words) in (3, 4) \
                        and (based_firms := firms_based_in(" ".join(words[1:-1]))):
                    kind = based_firms  # "the Bismarck firm": the one named as based there
                trade = [_TRADE_MODIFIERS[w] for w in words[1:-1] if w in _TRADE_MODIFIERS]
                if not trade and not kind and head in {"company", "firm"} and lead_trade:
                    trade = [_LEAD_TRADES[lead_trade]]
                if trade:
                    # "the mining firm": the firm whose name says mining ("Mwalusha Copper Mines Plc"), not a
                    # watchdog named for it ("Mining Accountability Watch")
                    kind = [n for n in ents if ents[n].type == "ORG" and not set(trade[0]).isdisjoint(n.lower().split())
                            and _NOT_FIRM_NAMES.isdisjoint(n.lower().split())] or kind
                mods = [w for w in words[1:-1] if w in _DEMONYMS]
                if mods:
                    # "the German group": the firm the article called German ("German pump maker Kessler-Wendt")
                    national = [n for n in ents if ents[n].type == "ORG" and any(
                        m in d.lower().split() for m in mods for d in list(ents[n].described) + list(ents[n].roles))]
                    if national:
                        kind = national
                    else:  # not one the article called something else ("Swedish pump maker Norrhamn")
                        foreign = {n for n in ents if any(w in _DEMONYMS and w not in mods for d in
                                                          list(ents[n].described) + list(ents[n].roles) for w in d.lower().split())}
                        kind = [n for n in kind if n not in foreign] or [n for n in companies if n not in foreign]
                at = toks[start_i].start
                said = [w for w in words[1:-1] if w.isalpha() and len(w) > 2 and w not in _DEMONYMS and w not in _TRADE_MODIFIERS]
                named_so = [n for n in ents if said and ents[n].type == "ORG" and not ents[n].is_outlet
                            and set(said) <= set(n.lower().split())]
                if len(named_so) == 1:
                    kind = named_so  # "the church group" of "Highlands Church Relief Network": its name says so
                if head == "developer" and not any(first[n] < at for n in (kind or companies) if counts[n]):
                    # "The property developer allegedly used the foundation": no firm yet, a person; but a firm the
                    # story later names as one ("The developer, Greenfront Coastal Properties Limited, ...") is it
                    called = [n for n in kind if any(name == n and "developer" in text.lower() for name, _s, _e, _i, text in links)]
                    # (or the one registered firm the story names by a developer's words: "Permata Kinta Properties
                    # Sdn Bhd", named paragraphs after "a private developer")
                    registered = [n for n in kind if not _FIRM_LEGAL.isdisjoint(w.rstrip(".") for w in n.lower().split())]
                    called = called or (registered if len(registered) == 1 else [])
                    target = top(called, at) if called else top(persons, at)
                else:
                    # "Ashworth denied the company had received ...": the one firm a person of this sentence works for
                    own = _firm_of_people(ents, [m.name for m in out.mentions if m.sid == s.sid and m.name in persons],
                                          companies) if head in _FIRM_HEADS and not kind and head_i + 1 < len(toks) \
                        and toks[head_i + 1].lower in _AUXILIARIES else None  # (what it had done, not what was done to it)
                    pool = kind or companies
                    if head == "utility":  # ("the power utility" is no "Buffalo City Metro", a town's government)
                        pool = [n for n in pool if not _town_government(n)] or pool
                    if not kind and head not in {"company", "firm", "group", "business"}:
                        # ("the supplier" is a firm with a firm's marks, where there is one, not a council told more;
                        # nor an adviser: "Straitsbridge Advisory" is no operator;
                        # nor a body of people: "Invermay Flood Action Group" is no contractor)
                        pool = [n for n in pool if n in strong and _COMMENTATORS.isdisjoint(n.lower().split())
                                and _GROUP_NAME_WORDS.isdisjoint(n.lower().split())] or pool
                    if head in {"company", "firm"} and not kind:
                        # (an adviser, a research house or an accountant is rarely "the company" a story is about:
                        # "Halberd Research" beside "Kestrel Bay Gold")
                        pool = [n for n in pool if n.lower().split()[-1] not in _COMMENTATORS] or pool
                        # (nor is a body of people: "Upper Hudson Riverwatch" beside "Kinderhook Civil Constructors")
                        pool = [n for n in pool if not _group_named(n)] or pool
                    if not kind and head in {"company", "firm"} and strong and not any(first.get(n, 1 << 30) < at
                                                                                      for n in strong + weak):
                        pool = strong  # a lead that names its firm only later, after a body ("... the company and the ministry")
                    target = own or top(pool, at, None if kind else firm_weight)
            elif aged:
                before = [m for m in out.mentions if m.name in aged and m.start < toks[start_i].start]
                target = before[-1].name if before else top(aged, toks[start_i].start)
            elif is_age and (of_age := [n for n in dict.fromkeys(role_heads.get(toks[head_i].lower, ()))
                                        if not (number and n in ents and ents[n].ages and number not in ents[n].ages)]):
                # "the 57-year-old governor": the one governor named; of several, the one most told about (never one
                # whose age the article gave otherwise)
                target = top(of_age, toks[start_i].start)
            elif is_age and toks[head_i].lower in _BUSINESS_PEOPLE and (biz := near_person(toks[head_i].lower, s, start_i)) \
                    and not (number and biz in ents and ents[biz].ages and number not in ents[biz].ages):
                target = biz  # "The 54-year-old executive": the person given a firm's post, not the lawmaker named last
            elif head == "year-old" and (held := _office_in_aside(toks, head_i, role_heads)):
                # no age given, an office after it: "The 61-year-old, who took over as chief executive in March,"
                target = held
            elif head == "year-old":
                # no age given: the person just named ("She said ... the 61-year-old said"), though not one whose
                # age the article gave otherwise ("Mr Ó Dubhghaill (57)" is not "the 34-year-old")
                ageless = [n for n in persons if not (number and ents[n].ages and number not in ents[n].ages)]
                # (nor one of the other sex than the sentence's pronoun: "The 74-year-old said he spent ...")
                pronoun = _PRONOUN_AFTER.match(s.text, toks[head_i].end - s.start)
                other = None if pronoun is None else "female" if pronoun.group(1).lower() in {"he", "his", "him"} else "male"
                ageless = [n for n in ageless if other is None or (ents[n].gender or ents[n].name_gender) != other]
                near = [m for m in out.mentions if m.kind == "name" and m.name in ageless
                        and m.sid < s.sid and line_of.get(m.sid, -9) >= s.line - 1]  # not one named in this very quote
                if not near:
                    # (or the paragraph before that, past a quotation of theirs: 'Dr Helen Varley insisted ... /
                    # "...," she said. / The 56-year-old said')
                    near = [m for m in out.mentions if m.kind == "name" and m.name in ageless
                            and m.sid < s.sid and line_of.get(m.sid, -9) == s.line - 2]
                # (of those, one just quoted: '"...," said Sunmaya Bhujel, whose husband Jit Bahadur Bhujel is missing.
                # The 34-year-old ... said': she, not her husband)
                spoke = [m for m in near if m.sid == near[-1].sid and _speaks(text_of[m.sid], m)]
                if not spoke and near and _WHOSE_KIN.search(text_of[near[-1].sid].text[:near[-1].start - text_of[near[-1].sid].start]):
                    # ("Ganesh Lokhande, whose father Shankar Lokhande underwent surgery, alleged ... / the
                    # 34-year-old ... told": the one the sentence is about, not the kin in its aside)
                    spoke = [next(m for m in near if m.sid == near[-1].sid)]
                target = (spoke or near)[-1].name if near else top(ageless, toks[start_i].start)
            elif head in role_heads and head not in PERSON_EPITHET_NOUNS and not (
                    head == "member" and not any(w in r.lower().split() for n in role_heads[head] for r in ents[n].roles
                                                 for w in words[1:-1] + ["member"])):
                # "the chemist" of "Priya Venkataraman, an environmental chemist at Alderbrook University"; of
                # several so described, the one named last ("the two-term councillor"); "the Garff member" of "Garff
                # MHK Andrew Kinrade" (by the seat its role names: "the board member" is no TD)
                holding = set(role_heads[head])
                before = [m for m in out.mentions if m.kind == "name" and m.name in holding and m.start < toks[start_i].start]
                # (the one named last, by where: a name found by its alias is listed after the others)
                target = max(before, key=lambda m: m.start).name if before and len(holding) > 1 \
                    else top(role_heads[head], toks[start_i].start)
            elif head in _PARTY_MEMBERS or head in _NEAR_PERSON_NOUNS and head not in PERSON_EPITHET_NOUNS \
                    or head in _NATIONAL_NOUNS:
                # "the Mwembe Kuu MP", "The retired teacher": whoever holds that office, else the person named
                # in this paragraph or the last
                holders = [n for n in persons if any(head in r.lower().split() for r in ents[n].roles)]
                target = holders[-1] if len(holders) == 1 else None if holders else near_person(head, s, start_i)
            elif head in _LOC_WORDS or head in _TE_REO_LOC:
                # ("the awa" of "Waikōrari River": the river, in te reo Māori)
                kind_words = _LOC_NAME_WORDS.get(_TE_REO_LOC.get(head, head), {_TE_REO_LOC.get(head, head)})
                locs = [n for n in ents if ents[n].type == "LOC" and not kind_words.isdisjoint(n.lower().split())]
                target = top(locs, toks[start_i].start)  # "the river"
                if target is None and head == "island" and len(words) == 2:
                    # "the island" where no name says island ("Sanday", "Alderney", "Puerto Rico"): the place the story
                    # has told most about so far
                    so_far = [n for n in ents if ents[n].type in {"GPE", "LOC"} and first.get(n, 1 << 30) < toks[start_i].start]
                    target = top(so_far, toks[start_i].start)
            elif len(words) == 2 and toks[head_i].text in role_acronyms and toks[head_i].text.isupper():
                holders = list(dict.fromkeys(role_acronyms[toks[head_i].text]))
                before = [m for m in out.mentions if m.name in holders and m.start < toks[start_i].start]
                target = before[-1].name if before else holders[0] if len(holders) == 1 else None
            elif head == "house" and toks[head_i].text == "House" and len(words) == 2:
                target = legislatures[0] if len(legislatures) == 1 else None
            elif head == "capital" and len(words) == 2 and capitals:
                # "the capital": the capital city the article names (of the country it names most, when several)
                target = max(capitals, key=lambda n: (counts[n], -first.get(n, 0)))
            elif head in _COUNTRY_NOUNS:
                # "the country": the country the article names most, of those named before
                # (its name inside other names counts: "Ghana Cocoa Board", "Ghana Immigration Service")
                nations = [n for n in ents if ents[n].type == "GPE" and n in countries()]
                told = {n: sum(x.text.count(n) for x in sentences) for n in nations}
                target = max(nations, key=lambda n: (told[n], counts[n], -first.get(n, 0))) if nations else None
            elif head in _DEMONYMS and len(words) == 2 and len(nationals := [
                    n for n in persons if any(head in r.lower().split() for r in list(ents[n].roles) + list(ents[n].described))]) == 1:
                target = nationals[0]  # "The Kenyan": the one person the article describes as Kenyan
            elif head in _REGION_NOUNS and len(words) == 2 and len(
                    kinded := [n for n in ents if ents[n].type == "GPE" and head in ents[n].kinds]) == 1:
                target = kinded[0]  # "the district": the one place the article calls a district
            elif head in _PLACE_KINDS:
                # "the town", "the province": the place last named in this paragraph or the one before,
                # not a country (which the text calls "the country"); a province or a state is no town
                if based_only is None:
                    # (not "Toronto-based Halberd Civil": where a firm is from, no place the story is in)
                    based = [(m.name, _BASED_AFTER.match(text_of[m.sid].text, m.end - text_of[m.sid].start) is not None)
                             for m in out.mentions if m.kind == "name" and m.name in ents and ents[m.name].type == "GPE"
                             and m.sid in text_of]
                    based_only = {n for n, _ in based} - {n for n, b in based if not b}
                near = [m for m in out.mentions if m.kind == "name" and m.start < toks[start_i].start
                        and m.name in ents and ents[m.name].type == "GPE" and m.name not in countries()
                        and line_of.get(m.sid, -9) >= s.line - 1 and m.name not in based_only]
                if head in _REGION_WORDS:
                    regions = [n for n in ents if ents[n].type == "GPE" and n in _regions()]
                    # (no region the lists know: a place named just before that is no known city, "in Camarines
                    # Oriental, ... the province's governor")
                    near = [m for m in near if m.name in regions] or (
                        [m for m in near if m.name not in cities()] if not regions else
                        [max((m for m in out.mentions if m.name in regions), key=lambda m: (counts[m.name], -m.start))])
                elif head in {"town", "village", "city", "hamlet", "township", "suburb", "settlement", "community",
                              "municipality", "commune"}:
                    near = [m for m in near if m.name not in _regions()  # ("the town" is no province, nor "X County")
                            and not _region_named(m.name)]
                    # nor the area a town was placed in ("Hveragerði in South Iceland", "Pontevedra, Capiz")
                    near = [m for m in near if m.name not in containers] or near
                if head in {"county", "parish", "borough"}:
                    # "the county" of the last "X County" named, not a town between ("Rocky Mount", its seat)
                    counties = {n for n in ents if ents[n].type == "GPE" and (n.split()[-1].lower() == head
                                                                             or n.lower().startswith(head + " "))}
                    near = [m for m in near if m.name in counties] if counties else near
                target = near[-1].name if near else None
                if target is None and head in {"county", "parish", "borough"} and len(words) == 2:
                    # none named near: the one the story opened on ("Franklin County supervisors voted ...")
                    named_so = [n for n in ents if ents[n].type == "GPE" and n.split()[-1].lower() == head
                                and first.get(n, 1 << 30) < toks[start_i].start]
                    target = min(named_so, key=lambda n: first[n]) if named_so else None
                if head in {"village", "hamlet", "township", "shire", "settlement"} and len(words) == 2:
                    own_kind = [n for n in ents if ents[n].type != "PERSON" and len(n.split()) >= 2 and (
                        n.split()[-1].lower() == head or n.lower().startswith(head + " of "))
                        and first.get(n, 1 << 30) < toks[start_i].start]
                    if len(own_kind) == 1:
                        target = own_kind[0]  # "the village" of "Raeside Village", "the shire" of "Shire of Leonora": named so
                if head == "community" and len(words) == 2:
                    nations = [n for n in ents if n.endswith(" Nation") and not ents[n].is_outlet]
                    if len(nations) == 1 and first.get(nations[0], 1 << 30) < toks[start_i].start:
                        target = nations[0]  # "Wapanohk Lake Cree Nation ... the community": a First Nation is one
                # "Haugen told CBC News the town had ...": the town of that sentence's mayor ("Watrous Mayor")
                mayors = {n for m in out.mentions if m.sid == s.sid and m.name in persons and m.start < toks[start_i].start
                       for r in ents[m.name].roles if not _TOWN_OFFICES.isdisjoint(r.lower().split())
                       for n in ents if ents[n].type == "GPE" and n not in countries()
                       and f" {n.lower()} " in f" {r.lower()} "} if head in _TOWN_HEADS and len(words) == 2 else set()
                if len(mayors) == 1:
                    target = mayors.pop()
                elif target is not None and head in {"city", "town"} and len(words) == 2:
                    # "the city" of the city the story is about (named eight times), not a town named once just before
                    main = max((n for n in ents if ents[n].type == "GPE" and n not in countries() and n not in _regions()
                                and n not in containers and not _region_named(n)),
                               key=lambda n: (counts[n], -first.get(n, 0)), default=None)
                    if main is not None and first.get(main, 1 << 30) < toks[start_i].start and (
                            counts[main] >= 3 and counts[main] >= 3 * counts[target]
                            # (or a district the lists know no city by: "Dubrava" of Zagreb, "Jardim Buriti" of Manaus)
                            or target not in cities() and main in cities() and counts[main] >= counts[target]):
                        target = main
                if target is None and head in _TOWN_HEADS and len(words) == 2:
                    # named only far back: the town the article tells most about (no country, region or area a town
                    # is in; a capital is no "town"), one the article called so first ("the town of Carverton")
                    towns = [n for n in ents if ents[n].type == "GPE" and n not in countries() and n not in _regions()
                             and n not in containers and (head in {"city", "municipality"} or n not in capital_cities())
                             and not _region_named(n) and n not in based_only]  # (nor "Lääne-Viru County", "Co Antrim")
                    target = top([n for n in towns if head in ents[n].kinds] or towns, toks[start_i].start)
                # "the city" of "the Rakvere city government": the town's government, where the article names it so
                # (and "the city" of "City of Brandon", of "Tartu City Government" told of more than the district
                # or the town named just before)
                orgs_named = [n for n in ents if ents[n].type == "ORG"]
                council = [n for n in orgs_named if n.split()[-2:-1] == [head]  # "the Rakvere city government"
                           and n.split()[-1] in {"government", "council", "administration"}
                           and (target is None or n.startswith(target + " "))] + [
                    n for n in orgs_named  # "Tartu City Government", "City of Brandon"
                    if (n.lower().split()[-2:-1] == [head] and n.split()[-1].lower() in {"government", "administration"}
                        or n.startswith(f"{head.capitalize()} of ") and len(n.split()) <= 4)
                    and (target is None or n.startswith(target + " ") or target not in n
                         and (counts[n] > counts[target] or target not in cities()))]  # (a district: "Ropka")
                if council and len(words) == 2:  # (of "Tartu City Council" and "Tartu City Government", the one told of most)
                    target = max(council, key=lambda n: (counts[n], -first.get(n, 0)))
            elif head in PERSON_EPITHET_NOUNS:
                mods = [w for w in words if w in _DEMONYMS]
                # "the airline boss": who holds a post at the airline ("the airline's chief executive")
                # (or "the union leader": who holds a post at the union)
                firms = [w for w in words[1:-1] if w in COMPANY_NOUNS or w in _BODY_KINDS]
                by_firm = [n for n in persons if firms and any(
                    any(f in r.lower().replace("'s", " ").replace("’s", " ").split() for f in firms) for r in ents[n].roles)
                    and (head not in SPOKES_NOUNS or any("spokes" in r.lower() for r in ents[n].roles))]
                # (but "the council spokeswoman" is no director of the council: a spokesperson by role only)
                # (a role's own words, before whom it serves: not "spokesperson for the governor" for "the governor")
                roled = by_firm or [n for n in persons if any(head in _SERVING.split(r.lower(), 1)[0].split()
                                                              and all(m in r.lower() for m in mods) for r in ents[n].roles)] or [
                    n for n in persons if any(head in _SERVING.split(r.lower(), 1)[0].split()
                                              for r in ents[n].roles)] or [  # "the Norwegian executive"
                    n for n in persons if any(not _ROLE_SYNONYMS.get(head, set()).isdisjoint(r.lower().split())
                                              for r in ents[n].roles)] or [  # "the lawyer" of "a civil rights attorney"
                    # "the youth leader" of the "youth president of Owukiri community": a leading post, the words said
                    # (and "the budget chief" of "head of planning and budget")
                    n for n in persons if head in {"leader", "chief", "boss"} and words[1:-1] and any(
                        not _LEADING_POSTS.isdisjoint(r.lower().split()) and all(w in r.lower().split() for w in words[1:-1])
                        for r in ents[n].roles)] or [
                    n for n in dict.fromkeys(role_heads.get(head, ()))]  # "the governor" of "Gov. Reynaldo Villaceran"
                if len(roled) > 1:
                    # "The former zonal chairman": the one whose role has those words ("a former chairman of the ... zone")
                    fit = {n: _role_fit(ents[n].roles, words[1:-1]) for n in roled}
                    best = max(fit.values())
                    roled = [n for n in roled if fit[n] == best] if best else roled
                if roled:
                    before = [m for m in out.mentions if m.name in roled and m.start < toks[start_i].start]
                    target = before[-1].name if before else top(roled, toks[start_i].start)
                elif len(kinded) == 1 and ents[kinded[0]].type == "ORG":
                    target = kinded[0]  # "the consultant" of "the consultant, Kolfe Consulting Engineers PLC,": no one's post
                elif head in GENERIC_PERSON_NOUNS and nxt is not None and nxt.lower in {"who", "whose", "whom"}:
                    target = None  # "the woman who died": someone the clause describes, not one named before
                elif head in GENERIC_PERSON_NOUNS:
                    # "the woman": not someone the text or the given name says is a man
                    other = "male" if head in FEMALE_NOUNS else "female" if head in MALE_NOUNS else None
                    fits = [n for n in persons if other is None or (ents[n].gender or ents[n].name_gender) != other]
                    # (the one named in this paragraph or the sentence before: '..., Noreen Collins said ... "...,"
                    # the woman said'; else, and for an owner or a founder, the one most talked of)
                    # (or, the paragraph opening on a quote, the sentence before it: 'Anne Marie Lynch, whose father
                    # ..., said ...' / '"Daddy is on that bus ...," the Collinstown woman said.')
                    opener = min((x for x in line_of if line_of[x] == s.line), default=s.sid)
                    quoted_open = text_of[opener].text[:1] in {'"', "“", "‘", "'"} if opener in text_of else False
                    recent = [m.name for m in out.mentions if m.name in fits and m.kind == "name"
                              and (line_of.get(m.sid) == s.line or m.sid == s.sid - 1 or quoted_open and m.sid == opener - 1)
                              and m.start < toks[start_i].start] if head not in _OWNING_NOUNS else []
                    target = recent[-1] if len(set(recent)) == 1 else top(fits, toks[start_i].start)
                    owned = [w for w in words[1:-1] if w.isalpha() and len(w) > 2] if head in _OWNING_NOUNS else []
                    if owned:
                        # "The café owner said", after "Tamara Wiens, who opened the Gulch Grind café, said": the one
                        # named just before in a sentence that tells of that thing, not the one most talked of
                        told_of = {m.name for m in out.mentions if m.name in fits and m.kind == "name" and m.sid == s.sid - 1
                                   and m.start < toks[start_i].start and any(w in text_of[m.sid].text.lower().split() for w in owned)}
                        target = told_of.pop() if len(told_of) == 1 else target
                    if head in _BUSINESS_PEOPLE and target is not None and ents[target].roles and not any(
                            _business_post(r) for r in ents[target].roles) and (biz := near_person(head, s, start_i)):
                        target = biz  # "The Ballydehob businessman": the one given a firm's post, not the engineer named last
                elif head in _NEAR_PERSON_NOUNS:
                    target = near_person(head, s, start_i)  # "The retired teacher said"
            if target is None and t.lower == "the" and head in _BUILDING_NOUNS and len(words) <= 3 \
                    and toks[i + 1].lower not in {"new", "proposed", "planned", "replacement", "temporary", "old"}:
                # (not "the new building" that would replace it)
                # "the building", "the development" of "Orchid Bay Residences": the one building the story names
                target = buildings[0] if len(buildings) == 1 else works[0] if head == "project" and len(works) == 1 \
                    and not buildings else None
            if target is None and t.lower == "the" and toks[i + 1].lower == "former" and head_i + 1 < len(toks) \
                    and _speaks_next(toks, head_i + 1):
                target = near_person(head, s, start_i)  # (a past the article tells only here: "the former envoy")
            if target is not None and start_i >= 2 and toks[start_i - 1].lower in {"and", "or"} \
                    and _coordinated_name(toks, start_i - 2, [m for m in out.mentions if m.sid == s.sid]) == target:
                target = None  # "the Water Corporation of Anguilla (WCA) and the company that operates the plant": two
            if target is not None and t.lower in {"a", "an"} and not _so_described(ents[target], target, head):
                target = None  # (a lead's "A man" is whoever the story is about only when it says so)
            if t.lower == "the" and head_i == start_i + 1 and head in _SPOKEN_HEADS and start_i >= 2 and (
                    toks[start_i - 1].lower in REPORTING_VERBS or toks[start_i - 1].lower == "that"
                    and toks[start_i - 2].lower in REPORTING_VERBS):  # (the subject of what was said, no one else)
                # "A spokesperson for NSW Health said the department was not notified": the body that speaker speaks for
                target = _spoken_for(toks, s.sid, start_i, out.mentions, ents) or target
            if target is not None and t.lower == "the" and (level := [w for w in words[1:-1] if w in _LOCAL_TIERS]) \
                    and not set(level) <= set(target.lower().split()):
                tiered_names = [n for n in ents if ents[n].type == "ORG" and set(level) | {head} <= set(n.lower().split())]
                if len(tiered_names) == 1:
                    target = tiered_names[0]  # "the regional council" of "Bay of Plenty Regional Council", not the city's
                elif "state" in level and "local" in target.lower().split():
                    target = None  # "the state government" is no "Ibadan South-West Local Government"
            if len(words) == 3 and words[1] in _POSITION_WORDS and t.lower == "the":
                # "the upper lake" of "Upper Spruce Lake" beside "Lower Spruce Lake": the one its name places so
                placed = [n for n in ents if n.split()[0].lower() == words[1] and n.split()[-1].lower() == head]
                target = placed[0] if len(placed) == 1 else target
            if target is not None and ents[target].type == "ORG":
                target = _of_its_country(ents, target, toks[start_i + 1:head_i], head, out.mentions, toks[start_i].start)
            if target is not None and head in {"company", "firm"} and len(words) == 2 and t.lower == "the" \
                    and (just_apposed := apposed_firm(s, toks[start_i].start)) is not None:
                # "serviced by the contractor, Mkhiweni Electro-Mech (Pty) Ltd, ... / a job card from the company": the
                # firm just set in apposition, this sentence or the last (not "Eswatini Electricity Company", by name)
                target = just_apposed
            if target is None:
                continue
            end_i = max(end_i, head_i)
            span = (toks[start_i].start, toks[end_i].end)
            if span in taken or toks[head_i].end in name_ends and (not toks[head_i].is_cap or any(
                    span[0] < a for a, b in named[bisect_left(named_starts, span[0]):bisect_right(named_starts, span[1])]
                    if b == span[1])) or any(a <= span[0] < b and b >= span[1] for a, b in named[
                    bisect_left(named_starts, span[0] - longest):bisect_right(named_starts, span[0])]):
                continue  # already a mention, or inside a name
            taken.add(span)
            text = _span_text(toks, start_i, end_i + 1)
            out.mentions.append(Mention(target, text, span[0], span[1], "epithet", s.sid))
            if span[0] < first.get(target, span[0] + 1):
                first[target] = span[0]
            ents[target].epithets.append(text)
    _link_clients(sentences, out, taken)
    _link_own_outlet(sentences, out, taken, outlets)
    _link_party_members(sentences, out, taken, persons)
    out.mentions.sort(key=lambda m: (m.start, m.end))


# the nouns of a firm told before its name ("a Kharkiv-based company", "a little-known supplier")
_FIRM_INTRO_HEADS = (COMPANY_NOUNS - {"group", "giant", "holding", "company's"}) | {
    "subcontractor", "manufacturer", "trader", "exporter", "importer", "developer", "fund", "consortium"}
# a place or a facility told before its name ("a 32-storey tower", "a village primary school", "a cargo vessel")
_SETTLEMENT_NOUNS = {"village", "town", "hamlet", "settlement", "township"}
_PLACE_INTRO_HEADS = (FACILITY_NOUNS - {"site", "stop", "field", "yard", "camp", "farm"}) | _SETTLEMENT_NOUNS | {
    "school", "hospital", "clinic", "centre", "center", "mall", "building", "home", "development", "stadium", "market",
    "vessel", "ship", "ferry", "tanker", "trawler"}


# kinds of facility one may be told as another ("a Kowloon shopping centre" / "Harbour Crest Mall")
_FACILITY_KINDS = [{"centre", "center", "mall", "plaza", "complex", "arcade"}, {"tower", "building", "block", "house"},
                   {"plant", "factory", "works", "facility", "mill", "refinery", "smelter"},
                   {"port", "harbour", "harbor", "wharf", "terminal", "pier", "jetty", "quay"},
                   {"hospital", "clinic", "infirmary"}, {"school", "college", "academy"}, {"stadium", "arena", "ground"}]


def _same_facility(a: str, b: str) -> bool:
    return a == b or any(a in kinds and b in kinds for kinds in _FACILITY_KINDS)


_KIN_CALLED = {"mum": "mother", "mom": "mother", "mam": "mother", "mummy": "mother", "mommy": "mother",
               "dad": "father", "daddy": "father"}


def link_kin_called(sentences: list[Sentence], out: ArticleEntities) -> None:
    """ "Joanne Whitmore, whose 89-year-old mother Iris ..." / "Mum has lived in that room for four years": "Mum" is
    the one person the article calls someone's mother (a speaker's word for her, no name of its own).

    >>> from kit.nlp import split_body; from kit.entities import find_entities
    >>> s = split_body("T\\nAnn Lee, whose mother Iris Lee lives there, spoke.\\n'Mum loves it,' she said.\\n")
    >>> e = find_entities(s); link_kin_called(s, e)
    >>> [(m.name, m.text) for m in e.mentions if m.text == "Mum"]
    [('Iris Lee', 'Mum')]
    """
    called = [(x, k) for x in sentences if any(w in x.text for w in ("Mum", "Mom", "Mam", "Dad"))
              for k, t in enumerate(x.tokens) if t.is_cap and t.lower in _KIN_CALLED]
    if not called:
        return
    covered = {(m.start, m.end) for m in out.mentions}
    text_of = {x.sid: x for x in sentences}
    named_as: dict[str, set[str]] = {}  # "mother" -> who is named right after the word ("mother Iris")
    for m in out.mentions:
        row = text_of.get(m.sid)
        e = out.entities.get(m.name)
        if m.kind == "name" and row is not None and e is not None and e.type == "PERSON":
            before = row.text[max(0, m.start - row.start - 12):m.start - row.start].lower().split()
            if before and before[-1] in {"mother", "father"}:
                named_as.setdefault(before[-1], set()).add(m.name)
    for x, k in called:
        tok = x.tokens[k]
        holders = sorted(named_as.get(_KIN_CALLED[tok.lower], ()))
        if len(holders) != 1 or (tok.start, tok.end) in covered:
            continue
        out.mentions.append(Mention(holders[0], tok.text, tok.start, tok.end, "epithet", x.sid))
    out.mentions.sort(key=lambda m: (m.start, m.end))


_LOCAL_TIERS = {"regional", "district", "city", "county", "town", "borough", "parish", "municipal", "provincial", "state"}
_STREET_ENDS = {"street", "road", "avenue", "lane", "drive", "way", "close", "crescent", "terrace", "boulevard", "rd", "ave",
                "blvd", "highway", "parade", "st"}
_HOME_NAME_ENDS = {"lodge", "house", "manor", "court", "hall", "grange", "gardens", "villa", "home", "homes", "residence"}
# a facility told before its name that the story goes on calling by its noun ("a Wednesfield care home" /
# "Beechcroft Lodge" ... "the home")
_CALLED_AGAIN = {"home", "tower", "hospital", "clinic", "school", "stadium", "mall", "hotel", "factory", "plant", "mine"}


def _called_again(sentences: list[Sentence], out: ArticleEntities, taken: set, name: str, noun: str, after: int) -> None:
    """Each later "the home" (or "the 42-bed home") that no other mention covers: the facility told as "a ... home"."""
    covered = [(m.start, m.end) for m in out.mentions]
    for x in sentences:
        if x.end <= after or noun not in x.text.lower():
            continue
        toks = x.tokens
        for k in range(len(toks) - 1):
            if toks[k].lower != "the":
                continue
            # ("the home", "the care home", "the 42-bed home")
            h = next((z for z in range(k + 1, min(len(toks), k + 5)) if toks[z].lower == noun), None)
            if h is not None and not all(toks[z].text[:1].isdigit() or toks[z].text == "-"
                                         or toks[z].is_alpha and not toks[z].is_cap for z in range(k + 1, h)):
                h = None
            if h is None or toks[h].is_cap or h + 1 < len(toks) and (toks[h + 1].lower in {"of", "'s", "’s"}
                                                                      or toks[h + 1].is_alpha and not toks[h + 1].is_cap
                                                                      and toks[h + 1].lower in _PLACE_INTRO_HEADS):
                continue  # (not "the home of", "the home secretary"; "the home's" is another's epithet step)
            span = (toks[k].start, toks[h].end)
            if span in taken or any(a < span[1] and span[0] < b for a, b in covered):
                continue
            taken.add(span)
            out.mentions.append(Mention(name, _span_text(toks, k, h + 1), span[0], span[1], "epithet", x.sid))


def link_told_before_named(sentences: list[Sentence], out: ArticleEntities) -> None:
    """"Ukraine's Defense Ministry paid a Kharkiv-based company almost twice the market price ..." / "Stalevyi Shchyt,
    which ...": a firm told before its name is the first firm named next (in this paragraph or the two after), one
    the article had not named before; a place or a facility ("a 32-storey tower") the first one named in this
    paragraph or the next. Run after the claims: who speaks as "A Manitoba meat processor" is read there.

    >>> from kit.nlp import split_body; from kit.entities import find_entities
    >>> s = split_body("T\\nThe ministry paid a Kharkiv-based company twice the price.\\nStalevyi Shchyt Ltd denied it.\\n")
    >>> e = find_entities(s); link_told_before_named(s, e)
    >>> [(m.name, m.text) for m in e.mentions if m.kind == "epithet"]
    [('Stalevyi Shchyt Ltd', 'a Kharkiv-based company')]
    """
    # the descriptions first (most articles have none): "a"/"an", a few modifiers, the noun
    told: list[tuple[Sentence, int, int]] = []
    for s in sentences:
        toks = s.tokens
        for k in [k for k, t in enumerate(toks) if t.lower in {"a", "an"}]:
            head = next((x for x in range(k + 1, min(len(toks), k + 7)) if (toks[x].lower in _FIRM_INTRO_HEADS
                                                                            or toks[x].lower in _PLACE_INTRO_HEADS)
                         and not toks[x].is_cap), None)
            if head is None:
                continue
            while head + 1 < len(toks) and (toks[head + 1].lower in _FIRM_INTRO_HEADS or toks[head + 1].lower
                                            in _PLACE_INTRO_HEADS) and not toks[head + 1].is_cap:
                head += 1  # "a water tanker company", "a private terminal operator": the last noun is the head
            after = toks[head + 1].lower if head + 1 < len(toks) else "."
            # (and no second determiner within: "a short seller accused the insurer" is no description)
            if any(toks[x].is_punct and toks[x].text != "-" or toks[x].lower in _DETERMINERS for x in range(k + 1, head)) \
                    or after in ANONYMOUS_NOUNS or after in SPOKES_NOUNS or after in TITLE_WORDS \
                    or after in PERSON_EPITHET_NOUNS or after in DOCUMENT_NOUNS:
                continue  # (not "a company spokesman", "a company official", "a company report")
            told.append((s, k, head))
    if not told:
        return
    ents = out.entities
    firm_told = any(s.tokens[head].lower in _FIRM_INTRO_HEADS for s, _k, head in told)
    strong, weak = _firms(ents, [n for n in ents if ents[n].type == "PERSON"]) if firm_told else ([], [])
    companies = set(strong + weak)  # (a firm by its marks: not any organisation, such as "Queenslanders" misread)
    names = [m for m in out.mentions if m.kind == "name" and m.name in companies]
    places = [m for m in out.mentions if m.kind == "name" and m.name in ents and ents[m.name].type in {"FAC", "LOC", "GPE",
                                                                                                     "PRODUCT", "ORG"}]
    line_of = {x.sid: x.line for x in sentences}
    first: dict[str, int] = {}
    first_line: dict[str, int] = {}  # (a place a headline or a standfirst named: still told before its name below)
    for m in out.mentions:
        if m.kind == "name":  # (not "the contractor" of a standfirst, already read as the firm named below)
            first[m.name] = min(first.get(m.name, m.start), m.start)
        first_line[m.name] = min(first_line.get(m.name, 1 << 30), line_of.get(m.sid, 1 << 30))
    taken = {(m.start, m.end) for m in out.mentions}
    linked = False
    for s, k, head in told:
        toks = s.tokens
        span = (toks[k].start, toks[head].end)
        if span in taken:
            continue
        if toks[head].lower in _FIRM_INTRO_HEADS:
            target = next((m.name for m in names if m.start > toks[head].start and first.get(m.name, -1) >= s.start
                           and line_of.get(m.sid, 1 << 30) <= s.line + 2), None)
        else:
            # "a 32-storey tower" / "Marwan Heights", "a village" / "Gornja Lukovica": a place or a facility named
            # next, in this paragraph or the next (a body only when its name says the noun: "... Primary School")
            noun = toks[head].lower
            target = next((m.name for m in places if m.start > toks[head].start
                           and (first.get(m.name, -1) >= s.start
                                or first_line.get(m.name, 1 << 30) <= 2 and ents[m.name].type in {"ORG", "FAC"})
                           and line_of.get(m.sid, 1 << 30) <= s.line + 1 and (
                               ents[m.name].type == "GPE" and noun in _SETTLEMENT_NOUNS
                               or ents[m.name].type in {"FAC", "LOC"} and noun not in _SETTLEMENT_NOUNS
                               and m.name.lower().split()[-1] not in _STREET_ENDS  # (a care home is no lane)
                               # (a mine is no "... Dam": a name that says another kind of facility)
                               and (m.name.lower().split()[-1] not in _PLACE_INTRO_HEADS
                                    or _same_facility(m.name.lower().split()[-1], noun))
                               or ents[m.name].type == "PRODUCT" and noun in _SHIP_NOUNS
                               or ents[m.name].type == "ORG" and (noun in m.name.lower().split()
                                                                  or noun == "mine" and "mining" in m.name.lower().split()
                                                                  or noun == "home" and m.name.lower().split()[-1]
                                                                  in _HOME_NAME_ENDS))), None)
        if target is None:
            continue
        taken.add(span)
        # (a mention only: "a company" is no alias of the firm)
        out.mentions.append(Mention(target, _span_text(toks, k, head + 1), span[0], span[1], "epithet", s.sid))
        linked = True
        if toks[head].lower in _CALLED_AGAIN and not any(
                n != target and toks[head].lower in n.lower().split() for n in ents):
            _called_again(sentences, out, taken, target, toks[head].lower, span[1])
    if linked:
        out.mentions.sort(key=lambda m: (m.start, m.end))


# who "a"/"an" introduces before the article names them: "A Hamilton councillor is calling for ...", "a 68-year-old
# grandmother from Lushikishini", "an Opposition senator" (not "a spokesperson" or "a source": nobody named later)
_PERSON_INTRO_HEADS = (_AGED_NOUNS | _NEAR_PERSON_NOUNS | _LOCAL_PEOPLE | {
    "councillor", "councilor", "councilman", "councilwoman", "senator", "judge", "lawmaker", "legislator", "coach",
    "consultant", "accountant", "dealer", "native", "national", "citizen", "teenager", "diplomat", "scientist",
    "campaigner", "whistleblower", "mechanic", "electrician", "plumber", "carer", "caregiver", "midwife", "paramedic",
    "firefighter", "pilot", "labourer", "laborer", "miner", "businessman", "businesswoman", "landowner", "entrepreneur",
    "chef", "baker", "publican", "grandparent", "parent", "member", "professor", "colleague", "objector", "mediator",
    "administrator", "manager", "treasurer", "inspector", "corporator", "politician", "assemblyperson", "defendant",
    "expert", "researcher", "retiree", "representative", "rep", "sleuth", "hydrogeologist", "geologist", "economist",
    "adviser", "advisor"}) - {
    "staffer", "senior", "head", "chief", "spokesman", "spokeswoman", "year-old", "suspect", "victim", "star", "host",
    "general", "king", "queen", "president", "premier",
    # (as often a firm: "a road contractor", "a local builder", "a Taiwanese client", "a stock market-listed landlord")
    "contractor", "builder", "client", "landlord", "owner", "investor", "grower", "trader", "vendor", "supplier"}
# what makes the noun a modifier of another ("a passenger ferry", "a rider advocacy group", "a member body")
_AFTER_PERSON_MODIFIER = {"ferry", "vessel", "ship", "boat", "bus", "train", "flight", "advocacy", "body", "group",
                          "groups", "association", "union", "organisation", "organization", "network", "committee",
                          "inquiry", "panel", "firm", "company", "agency", "service", "services", "state", "states"}
# what a description of someone unnamed is said after: a list of parties ("the utility, a member of parliament and
# local officials"), someone's kin ("the son of an 87-year-old man"), a predicate ("This is a man who ...")
_BEFORE_PERSON_INTRO = {"and", "or", "of", "as", "like"} | BE_FORMS
_AGE = re.compile(r"\d{1,3}-year-old")
# what keeps someone unnamed beyond the parties' own marks (`_UNNAMED`: "asked not to be named", "anonymity")
_KEPT_UNNAMED = re.compile(r"declined\s+to\s+be\s+(?:named|identified)|(?:did\s+not|didn[’']t)\s+want\s+to\s+be\s+"
                           r"(?:named|identified)|\bunnamed\b|member\s+of\s+the\s+public", re.IGNORECASE)


def link_person_told_before_named(sentences: list[Sentence], out: ArticleEntities) -> list[Mention]:
    """ "A Hamilton councillor is calling for an audit ..." / "Coun. Simran Grewal said ...": someone told before
    their name is the first person the article names next (in a later sentence of this paragraph or the two after),
    one it had not named before and does not name in the description's own sentence. Returns the mentions it added.

    >>> from kit.nlp import split_body; from kit.entities import find_entities
    >>> s = split_body("T\\nA Hamilton councillor wants an audit of the program.\\nSimran Grewal said the city overpaid.\\n")
    >>> e = find_entities(s); added = link_person_told_before_named(s, e)
    >>> [(m.name, m.text) for m in e.mentions if m.text.startswith("A ")]
    [('Simran Grewal', 'A Hamilton councillor')]
    """
    told: list[tuple[Sentence, int, int]] = []
    for s in sentences:
        toks = s.tokens
        if not any(t.lower in {"a", "an"} for t in toks) or _UNNAMED.search(s.text) or _KEPT_UNNAMED.search(s.text):
            continue
        for k in [k for k, t in enumerate(toks) if t.lower in {"a", "an"}]:
            head = next((x for x in range(k + 1, min(len(toks), k + 9)) if toks[x].lower in _PERSON_INTRO_HEADS
                         and not toks[x].is_cap), None)
            if head is None or any(toks[x].is_punct and toks[x].text != "-" or toks[x].lower in _DETERMINERS
                                   or toks[x].lower in _PERSON_INTRO_HEADS or toks[x].lower in COMPANY_NOUNS
                                   or toks[x].lower in {"whose", "who", "which", "that"} for x in range(k + 1, head)) \
                    or toks[head - 1].text == "-":
                continue  # (one noun phrase: not "a mother whose son", "a company whose director", "a four-member")
            after = toks[head + 1].lower if head + 1 < len(toks) else "."
            if after in ANONYMOUS_NOUNS or after in SPOKES_NOUNS or after in _PERSON_INTRO_HEADS or after in {"'s", "’s"} \
                    or after in _AFTER_PERSON_MODIFIER:
                continue  # (not "a resident spokesperson", nor "a farmer's", a possessive of someone else)
            told.append((s, k, head))
    if not told:
        return []
    ents = out.entities
    line_of = {x.sid: x.line for x in sentences}
    first: dict[str, int] = {}
    for m in out.mentions:
        if m.kind == "name" and m.name in ents and ents[m.name].type == "PERSON":
            first[m.name] = min(first.get(m.name, m.start), m.start)
    persons = [m for m in out.mentions if m.kind == "name" and m.name in first and first[m.name] == m.start]
    ending = {m.end: m.name for m in out.mentions if m.name in ents and ents[m.name].type == "PERSON"}
    taken = {(m.start, m.end) for m in out.mentions}
    linked: list[Mention] = []
    used: dict[int, set[str]] = {}  # who a sentence's descriptions went to ("a consultant paid an executive": two people)
    for s, k, head in told:
        toks = s.tokens
        span = (toks[k].start, toks[head].end)
        if span in taken:
            continue
        # "Ghulam Sarwar, a 58-year-old vegetable vendor who ...", "Joanne Peatling, 56, a grandmother", "Gráinne Early
        # (52), a mother": the person just named
        b, target = k - 1, None
        if b >= 1 and toks[b].text == ",":
            b -= 1
            if b >= 2 and toks[b].text.isdigit() and toks[b - 1].text == ",":
                b -= 2  # (an age between commas)
            elif b >= 3 and toks[b].text == ")" and toks[b - 1].text.isdigit() and toks[b - 2].text == "(":
                b -= 3  # (an age in brackets)
            target = ending.get(toks[b].end) if b >= 0 else None
        if target is None:
            if any(s.start <= first[n] < s.end for n in first) or k and toks[k - 1].lower in _BEFORE_PERSON_INTRO \
                    or k and toks[k - 1].text == ",":
                continue  # (someone named in the sentence itself: the description is theirs, or of someone beside them)
            gone = used.setdefault(s.sid, set())
            # whom the article later calls by the same noun ("an officer" ... "the officer"), else the first person
            # named next that no other description of the sentence took
            noun, age = toks[head].lower, _AGE.search(s.text, toks[k].start - s.start, toks[head].end - s.start)
            target = next((m.name for m in out.mentions if m.kind == "epithet" and m.start >= s.end and m.name in first
                           and m.name not in gone and (m.text.lower().split()[-1] == noun
                                                       or age is not None and age.group() in m.text)), None) or next(
                (m.name for m in persons if m.start >= s.end and m.name not in gone
                 and line_of.get(m.sid, 1 << 30) <= s.line + 2), None)
            if target is not None:
                gone.add(target)
        if target is None:
            continue
        taken.add(span)
        linked.append(Mention(target, _span_text(toks, k, head + 1), span[0], span[1], "epithet", s.sid))
    if linked:
        out.mentions.extend(linked)
        out.mentions.sort(key=lambda m: (m.start, m.end))
    return linked


# what comes before a bare "council" that names the body ("from council", "if council paid"; and a reporting verb or
# an "-ed" form: "told council", "invoiced council"), and after it ("council had", "council's own plumbers", "Council
# knew"; and a reporting verb or an "-ed" form: "Council voted")
_BEFORE_BARE_COUNCIL = {"to", "from", "by", "with", "for", "at", "before", "against", "on", "into", "through", "about",
                        "until", "and", "or", "but", "that", "if", "when", "while", "as", "because", "than", "where",
                        "whether", "unless", "after", "so", "asks", "urges", "pay", "pays", "paid", "met", "meet", "meets",
                        "of"}  # ("a fraction of council's estimate")
_COUNCIL_MODIFIERS = {"the", "a", "an", "this", "that", "its", "their", "his", "her", "city", "county", "district", "town",
                      "parish", "borough", "regional", "local", "state", "shire", "village", "community", "municipal"}
_AFTER_BARE_COUNCIL = FINITE_AUX | _AUXILIARIES | {"since", "it", "staff", "officers", "ca", "wo",  # ("on council since")
    "knew", "knows", "votes", "approves", "decides", "paid", "pays", "owes", "wants", "needs", "meets", "met", "are",
    "was", "were", "on", "in", "at", "for", "to", "about", "last", "this", "next", "and", "but", "or", "which", "who",
    "that", "because", "until", "before", "after", "over", "with", "without", "if", "when", "'s", "’s",
    # a verb of its own clause ("Council keeps saying", "if council extends the lease") and a day ("told council Monday")
    "keeps", "extends", "plans", "intends", "expects", "agrees", "accepts", "refuses", "continues", "remains", "hopes",
    "believes", "holds", "takes", "gives", "makes", "gets", "sets", "seeks", "has", "monday", "tuesday", "wednesday",
    "thursday", "friday", "saturday", "sunday"}


def link_bare_council(sentences: list[Sentence], out: ArticleEntities) -> None:
    """"told council on Tuesday", "The delays came from council", "Council voted 10-3": "council" with no article is the
    council the article names (of several, a town's or a district's before a national one, then the one told of most);
    where none is named a council, the municipality ("City of Newcastle", "Cape Breton Regional Municipality").

    >>> from kit.nlp import split_body; from kit.entities import find_entities
    >>> s = split_body("T\\nNorton Town Council paid the firm.\\nThe firm invoiced council for the work.\\n")
    >>> e = find_entities(s); link_bare_council(s, e)
    >>> [(m.name, m.text) for m in e.mentions if m.kind == "epithet"]
    [('Norton Town Council', 'council')]
    """
    bare = [(x, k) for x in sentences if "ouncil" in x.text for k, t in enumerate(x.tokens) if t.lower == "council"
            and (t.text == "council" or k == 0 or x.tokens[k - 1].text in {'"', "“", "‘", "'"})]
    if not bare:
        return
    ents = out.entities
    orgs = [n for n in ents if ents[n].type == "ORG" and not ents[n].is_outlet]
    councils = [n for n in orgs if n.lower().split()[-1] == "council"]
    local = [n for n in councils if not _LOCAL_KINDS.isdisjoint(n.lower().split())]
    towns = [n for n in orgs if n.lower().split()[-1] == "municipality" or n.split()[0] in {"City", "Town", "Municipality",
                                                                                          "Shire", "Borough", "County"}
             and len(n.split()) > 2 and n.split()[1] == "of"]
    pool = local or councils or towns
    if not pool and (made := _town_council(sentences, out)) is not None:
        pool = [made]
    if not pool:
        return
    told = Counter(m.name for m in out.mentions if m.name in pool)
    target = max(pool, key=lambda n: (told[n], -pool.index(n)))
    taken = {(m.start, m.end) for m in out.mentions}
    inside = [(m.start, m.end) for m in out.mentions if m.kind == "name"]
    added = False
    for x, k in bare:
        toks = x.tokens
        t = toks[k]
        if (t.start, t.end) in taken or any(a <= t.start < b for a, b in inside):
            continue  # (the word of a name: "Bulawayo City Council")
        prev = toks[k - 1] if k > 0 else None
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        if prev is not None and not (prev.is_punct and prev.text != "-") and prev.lower not in _BEFORE_BARE_COUNCIL \
                and prev.lower not in REPORTING_VERBS and not (prev.lower.endswith("ed") and prev.is_alpha and not prev.is_cap) \
                and not (nxt is not None and nxt.lower in REPORTING_VERBS and prev.lower not in _COUNCIL_MODIFIERS):
            # (but "a change council says": the council, subject of its own clause)
            continue  # ("the council", "city council", "a council spokeswoman": not bare, or described)
        if nxt is not None and not (nxt.is_punct and nxt.text != "-") and nxt.lower not in _AFTER_BARE_COUNCIL \
                and not (nxt.lower.endswith(("ed", "ing")) and nxt.is_alpha and not nxt.is_cap) and nxt.lower not in REPORTING_VERBS:
            continue  # ("council tax", "council officials", "council-owned": a noun it describes)
        out.mentions.append(Mention(target, t.text, t.start, t.end, "epithet", x.sid))
        added = True
    if added:
        out.mentions.sort(key=lambda m: (m.start, m.end))


def _town_council(sentences: list[Sentence], out: ArticleEntities) -> str | None:
    """"Squamish council approved the fees": a town's council the story names only so, in lower case (no body of
    that name found), made one, so that its bare "council" has a body to be."""
    for x in sentences:
        if "council" not in x.text:
            continue
        toks = x.tokens
        for k in range(1, len(toks)):
            if toks[k].text != "council" or not toks[k - 1].is_cap:
                continue
            place = [m for m in out.at(toks[k - 1].start, toks[k - 1].end, kinds=("name",)) if m.end == toks[k - 1].end
                     and out.entities.get(m.name) is not None and out.entities[m.name].type == "GPE"]
            if not place:
                continue
            name = f"{place[0].text} council"
            if name not in out.entities:
                out.entities[name] = Entity(name, type="ORG", aliases={name})
            out.mentions.append(Mention(name, name, place[0].start, toks[k].end, "name", x.sid))
            out.mentions.sort(key=lambda m: (m.start, m.end))
            return name
    return None


# what an outlet calls itself: "told this newspaper", "seen by this publication", "Speaking to this medium"
_SELF_OUTLET_NOUNS = {"newspaper", "paper", "publication", "medium", "website", "outlet", "daily", "weekly", "magazine",
                      "station", "portal", "newsroom"}


_OUTLET_WORKS = {"article", "story", "report", "piece", "series", "column", "editorial", "investigation", "'s", "’s"}


def _link_own_outlet(sentences: list[Sentence], out: ArticleEntities, taken: set, outlets: list[str]) -> None:
    """"this newspaper": the outlet publishing the story, which its sources are told to ("told Amandala"); of several
    so told, the one told most. None when no outlet is told anything (the story may not name its own)."""
    own = own_outlet(sentences, out.mentions, outlets)
    if own is None:
        return
    for s in sentences:
        toks = s.tokens
        for i in range(len(toks) - 1):
            if toks[i].lower == "this" and toks[i + 1].lower in _SELF_OUTLET_NOUNS and (i + 2 >= len(toks) or toks[i + 2].lower
                                                                                    not in _OUTLET_WORKS):
                span = (toks[i].start, toks[i + 1].end)
                if span in taken:
                    continue
                taken.add(span)
                text = _span_text(toks, i, i + 2)
                out.mentions.append(Mention(own, text, span[0], span[1], "epithet", s.sid))
                out.entities[own].epithets.append(text)


_LEADING_POSTS = {"president", "chairman", "chairperson", "chairwoman", "chair", "head", "coordinator", "convener",
                  "director", "chief"}
# a legislator told of by party ("The Opposition parliamentarian", "the Labour MP")
_PARTY_MEMBERS = _LEGISLATORS | {"parliamentarian", "lawmaker", "legislator"}
_BODY_KINDS = {"union", "party", "association", "federation", "council", "committee", "coalition", "alliance", "league",
               "movement", "club", "cooperative", "chamber"}
_PRINT_NOUNS = {"newspaper", "paper", "daily", "tabloid", "weekly", "broadsheet"}
_BROADCAST_WORDS = {"radio", "tv", "television", "fm", "am", "channel", "broadcaster", "station", "agency", "wire"}
_COMPOUND_PARTICIPLES = {"based", "born", "headquartered", "listed", "registered", "owned", "flagged", "raised", "bred"}


def _description_head(desc: str) -> str:
    """The noun a thing's description ends on, before what qualifies it: "gondola" of "ten-seat gondola linking the
    center of the resort", "terminal" of "container terminal at the port" (a role's head, before any participle)."""
    words = desc.split()
    cut = next((x for x, w in enumerate(words) if x > 0 and w.lower().endswith("ing") and len(w) > 5), len(words))
    head = _role_head(" ".join(words[:cut]))
    return head if head.isalpha() else ""


def _joined_participle(tok) -> bool:
    """A capitalised token with its participle joined on: "Tenn.-based", "Calif.-based"."""
    return tok.is_cap and "-" in tok.text and tok.lower.rsplit("-", 1)[-1] in _COMPOUND_PARTICIPLES


def _place_compound(toks: list, k: int) -> bool:
    """Whether the capitalised words from ``k`` make a place in a compound: "the Sao Paulo-based company"."""
    e = k
    while e + 1 < len(toks) and (toks[e + 1].is_cap or toks[e + 1].text == "," and e + 2 < len(toks)
                                 and toks[e + 2].is_cap) and e - k < 5:
        e += 1  # (and "the Kansas City, Missouri-based company": a city and its state)
        if _joined_participle(toks[e]):
            return True  # "the Nashville, Tenn.-based company": the state's abbreviation and "-based" one token
    return e > k and e + 2 < len(toks) and (toks[e + 1].text == "-" and toks[e + 2].lower in _COMPOUND_PARTICIPLES or (
        # "the Dayton, Ohio, company": a city and its state between commas, then the kind
        toks[e + 1].text == "," and toks[e + 2].lower in COMPANY_NOUNS and any(t.text == "," for t in toks[k:e])))


def _speaks_next(toks: list, k: int) -> bool:
    """Whether a speaker's words follow token ``k``: a reporting verb ("said", "told"), or ", who"."""
    t = toks[k]
    return t.lower in REPORTING_VERBS or t.text == "," and k + 1 < len(toks) and toks[k + 1].lower == "who"


_LAWYERS = {"lawyer", "lawyers", "attorney", "attorneys", "solicitor", "solicitors", "barrister", "counsel", "advocate"}
_CLIENT_OWNERS = {"his", "her", "their", "my", "our"}


def _link_clients(sentences: list[Sentence], out: ArticleEntities, taken: set) -> None:
    """ "his client": whom the lawyer represents, from "X's lawyer", "a lawyer for X", "counsel to X" or "representing
    X" in the same sentence, else the last such told before it."""
    ents = out.entities
    names = {(m.start, m.end): m.name for m in out.mentions if m.kind == "name" and m.name in ents}
    starts = {a: n for (a, _), n in names.items()}
    ends = {b: n for (_, b), n in names.items()}
    end_of = {a: b for a, b in names}
    told: list[tuple[int, int, str]] = []  # (sentence id, offset, client)
    for s in sentences:
        toks = s.tokens
        if not any(t.lower in _LAWYERS or t.lower in {"representing", "represents"} for t in toks):
            continue
        for k, t in enumerate(toks):
            client = None
            if t.lower in _LAWYERS and k >= 2 and toks[k - 1].text in _POSSESSIVES:
                client = ends.get(toks[k - 2].end)  # "Drozdowski's lawyer"
            elif (t.lower in _LAWYERS and k + 2 < len(toks) and toks[k + 1].lower in {"for", "to"}) \
                    or (t.lower in {"representing", "represents"} and k + 1 < len(toks)):
                x = k + 2 if t.lower in _LAWYERS else k + 1  # "a lawyer for Marchetti", "counsel to Ubadike"
                client = starts.get(toks[x].start) if x < len(toks) else None
                if client is None and t.lower in {"representing", "represents"}:
                    # "who represents the mother, Diane Whitcombe": the name the description leads to
                    y = next((y for y in range(x, min(len(toks), x + 6)) if toks[y].start in starts
                              or toks[y].text in {".", ";"} or toks[y].lower in REPORTING_VERBS), None)
                    if y is not None and toks[y].start in starts:
                        client, x = starts[toks[y].start], y
                if client is not None and ents[client].type == "ORG":
                    # "Lawyer for Golden Reed VIP Club founder Kuan Tak-seng": the person the title names
                    end = end_of[toks[x].start]
                    y = next((y for y in range(x, min(len(toks), x + 10)) if toks[y].end == end), None)
                    person = starts.get(toks[y + 2].start) if y is not None and y + 2 < len(toks) \
                        and toks[y + 1].lower in TITLE_WORDS else None
                    if person is not None and ents[person].type == "PERSON":
                        client = person
            if client is not None and ents[client].type in {"PERSON", "ORG"}:
                told.append((s.sid, t.start, client))
    if not told:
        return
    for s in sentences:
        toks = s.tokens
        for k in range(len(toks) - 1):
            if toks[k].lower not in _CLIENT_OWNERS or toks[k + 1].lower not in {"client", "clients"}:
                continue
            here = [c for sid, _, c in told if sid == s.sid]
            before = [c for sid, at, c in told if sid < s.sid or sid == s.sid and at < toks[k].start]
            client = here[0] if here else before[-1] if before else None
            span = (toks[k].start, toks[k + 1].end)
            if client is None or span in taken:
                continue
            taken.add(span)
            text = _span_text(toks, k, k + 2)
            out.mentions.append(Mention(client, text, span[0], span[1], "epithet", s.sid))
            ents[client].epithets.append(text)


_FIRM_LEGAL = _LEGAL_FORMS | {"llp", "lp", "tbk", "s.a", "sarl", "srl", "bv", "kk"}
_FIRM_NOUNS = COMPANY_NOUNS - {"group", "business", "operator"}
# people told of by their business, who head or own a firm
_BUSINESS_PEOPLE = {"businessman", "businesswoman", "businesspeople", "entrepreneur", "tycoon", "magnate", "industrialist",
                    "executive"}
# a utility named for what it supplies, last: "Wensum Valley Water", "Kestrel Power" (not "Water Resources Department")
_UTILITY_ENDS = {"water", "power", "electric", "electricity"}
_NOT_FIRMS = {"nonprofit", "non-profit", "advocacy", "charity", "campaign", "volunteer", "ngo", "activist", "rights"}
_NOT_FIRM_NAMES = _NOT_FIRMS | {"watch", "accountability", "coalition", "network", "forum", "alliance", "association",
                                "union", "society", "institute", "council", "commission", "ministry", "agency",
                                "department"}  # ("the construction firm" is no "Department of Public Works")


def _central_bank(e, name: str) -> bool:
    """Whether an organisation is a central bank, a country's regulator and no firm: by its name ("Central Bank of
    Sri Lanka", "South African Reserve Bank") or by what the article calls it ("the apex bank", "the central bank")."""
    words = set(name.lower().split())
    said = [d.lower().split() for d in list(e.described) + list(e.roles) + list(e.epithets)]
    return "bank" in words and (not _CENTRAL_BANK_WORDS.isdisjoint(words) or any(
        "bank" in d and not _CENTRAL_BANK_WORDS.isdisjoint(d) for d in said))


def _coordinated_name(toks: list, k: int, mentions: list) -> str | None:
    """The name that ends at token ``k`` (past an acronym in brackets after it), before an "and": "the Water
    Corporation of Anguilla (WCA) and ..."."""
    if toks[k].text == ")":
        k = next((z - 1 for z in range(k - 1, max(-1, k - 6), -1) if toks[z].text == "("), k)
    return next((m.name for m in mentions if m.kind == "name" and m.end == toks[k].end), None) if k >= 0 else None


def _town_government(name: str) -> bool:
    """A town's government by its name: "Town", "Buffalo City Metro", "Town of Canmore", "Ards Borough Council"."""
    w = name.split()
    return w[-1] in _TOWN_GOVERNMENT_WORDS or len(w) > 2 and w[1] == "of" and w[0] in _TOWN_GOVERNMENT_WORDS


def _firms(ents, persons) -> tuple[list[str], list[str]]:
    """The organisations "the company" can be: those with a firm's strong marks (a legal form, "Kyma Lines Ltd";
    described as one, "the company, Dukaanpe", "pump maker Kessler-Wendt"; the firm of someone's chief executive),
    and those whose name has a trade in it ("Harwell Valley Meats"); never a ministry, an outlet or a charity."""
    roles = [r.lower() for p in persons for r in ents[p].roles]
    strong: list[str] = []
    weak: list[str] = []
    for n, e in ents.items():
        words = [w.rstrip(".") for w in n.lower().replace(",", " ").split()]
        if e.type != "ORG" or e.is_outlet or not INSTITUTION_WORDS.isdisjoint(words) or "house" in words:
            continue
        said = [d.lower().split() for d in list(e.described) + list(e.roles)] + [list(e.kinds)]
        if any(not _NOT_FIRMS.isdisjoint(d) for d in said) or _central_bank(e, n):
            continue  # "a nonprofit advocacy group"; a central bank
        if e.is_company or not _FIRM_LEGAL.isdisjoint(words) or words[0] == "pt" \
                or any(not _FIRM_NOUNS.isdisjoint(d) for d in said) \
                or any(any(a.lower() in r for a in e.aliases) and not FIRM_TITLES.isdisjoint(r.replace("'s", " ").split())
                       and "committee" not in r  # (not "chairperson of the Sangguniang Panlungsod’s committee")
                       for r in roles):
            strong.append(n)
        elif not FIRM_NAME_WORDS.isdisjoint(words) or words[-1] in _UTILITY_ENDS:
            weak.append(n)
    return strong, weak


def _firm_of_people(ents, people: list[str], firms: list[str], *, any_title: bool = False) -> str | None:
    """The one firm of ``firms`` whose name a role of ``people`` gives ("Tītī Ridge's chief executive"), else None
    (``any_title``: whatever the role, "president of Stellner Hayes" too)."""
    found: set[str] = set()
    for p in dict.fromkeys(people):
        for r in ents[p].roles:
            if not any_title and FIRM_TITLES.isdisjoint(r.lower().replace("'s", " ").replace("’s", " ").split()) \
                    and SPOKES_NOUNS.isdisjoint(r.lower().split()):
                continue  # a firm's head or its spokesperson speaks for it; a lawyer or a researcher at a firm speaks of others
            padded = " " + re.sub(r"['’]s\b", "", r) + " "
            found.update(f for f in firms if any(" " + a + " " in padded for a in {f} | ents[f].aliases))
    return found.pop() if len(found) == 1 else None


_SPOKEN_HEADS = {"department", "regulator", "agency", "ministry", "authority", "board", "council", "office", "service",
                 "commission", "company", "firm", "utility", "watchdog", "organisation", "organization", "union", "hospital"}


def _spoken_for(toks: list, sid: int, before: int, mentions: list, ents) -> str | None:
    """The one organisation a spokesperson earlier in this sentence speaks for: "A spokesperson for NSW Health said",
    "a SafeWork SA spokesman said"; else None."""
    found: set[str] = set()
    for k in range(before):
        if toks[k].lower not in SPOKES_NOUNS:
            continue
        at = {toks[k - 1].end} if k else set()
        after = {toks[x].start for x in (k + 2, k + 3) if x < before and toks[k + 1].lower == "for"
                 and (x == k + 2 or toks[k + 2].lower == "the")}
        found.update(m.name for m in mentions if m.sid == sid and m.kind == "name" and m.name in ents
                     and ents[m.name].type == "ORG" and not ents[m.name].is_outlet and (m.end in at or m.start in after))
    return found.pop() if len(found) == 1 else None


# what "this" refers back with, as "the" does ("this refinery", "this company"); not an outlet ("this newspaper" is
# the story's own), nor a place ("in this municipality": where a speaker is)
_THIS_HEADS = (COMPANY_NOUNS | FACILITY_NOUNS | _WORKS_NOUNS | _BODY_KINDS | {"ministry", "department", "agency", "bank",
                                                                            "hospital", "school", "project", "regulator"}) \
    - OUTLET_NOUNS - _PLACE_KINDS
_OWN_DETERMINERS = {"his", "her", "my", "our", "their"}
_OWN_BODY_HEADS = {"department", "ministry"}  # "his department", "my ministry": of the speaker's portfolio
_OWN_NOUNS = _OWN_BODY_HEADS | {"client", "company", "firm"}  # what "his ..." may refer to
_NOT_PORTFOLIO = {"minister", "secretary", "deputy", "cabinet", "department", "ministry", "state", "junior", "senior",
                  "acting", "former", "the", "for", "of", "and"}


def _portfolio_body(ents, head: str, people: list[str]) -> str | None:
    """The department or ministry (``head``) whose name shares a portfolio word with a role of ``people``
    ("Department of Housing" of "Minister for Housing"); the only one named, if their roles name none."""
    bodies = [n for n in ents if ents[n].type == "ORG" and head in n.lower().split()]
    words = {w.strip(",.'’") for p in people for r in ents[p].roles for w in r.lower().split()} - _NOT_PORTFOLIO
    fit = [n for n in bodies if not words.isdisjoint(n.lower().replace(",", " ").split())]
    if len(fit) == 1:
        return fit[0]
    return bodies[0] if len(bodies) == 1 and people else None


def _role_fit(roles: list, modifiers: list) -> int:
    """How many of an epithet's modifiers its roles share, by their first letters ("zonal" of "zone")."""
    stems = {w[:4] for r in roles for w in r.lower().split()}
    return sum(1 for w in modifiers if w.isalpha() and w[:4] in stems)


# what goes on in an apposition after its noun ("the athlete's lawyer", "the mayor of", "the athlete who")
_APPOSITION_GOES_ON = {"of", "at", "for", "in", "on", "from", "with", "who", "whose", "and", "to", "based", "since"}
_SERVING = re.compile(r" (?:for|to) ")  # "spokesperson for the governor": whom a role serves is no holder of it
_TE_REO_LOC = {"awa": "river", "maunga": "mount", "moana": "sea"}  # te reo Māori words for natural features
# what a natural feature's name calls it in its own language: "the island" of "Koh Prao Noi" (Thai), "Pulau
# Bangka" (Malay), "Isla Mujeres"; "the river" of "Sungai Kapuas"; "the lake" of "Danau Toba", "Lago Verde"
_LOC_NAME_WORDS = {
    "island": {"island", "koh", "ko", "pulau", "nusa", "isla", "ilha", "île", "ile", "isola", "insel"},
    "river": {"river", "sungai", "rio", "río", "rivière", "fleuve"},
    "lake": {"lake", "danau", "lago", "lac", "laguna"},
    "mountain": {"mountain", "mount", "gunung", "monte", "mont", "doi"},
}
_IWI_FIRST = {"ngāti", "ngati", "ngāi", "ngai"}  # how Māori tribes' names open ("Ngāti Porou", "Ngāi Tahu")


# what opens a verb's object ("owed N412m", "denied that", "breached the permit"), never a participle's phrase
_OBJECT_STARTS = {"the", "a", "an", "that", "its", "his", "her", "their", "it", "them", "him", "no", "nearly"}
_AMOUNT_START = re.compile(r"^[^\W\d]{0,3}\$?\d")  # "N412m", "$4", "RM20", "12"


def _business_post(role: str) -> bool:
    """Whether a role is a post in business: an owner's, a firm's director's ("the firm's managing director")."""
    words = role.lower().replace("'s", " ").replace("’s", " ").split()
    return not (FIRM_TITLES | {"businessman", "businesswoman", "entrepreneur"}).isdisjoint(words) \
        or not COMPANY_NOUNS.isdisjoint(words)  # (not "Senior executive engineer": a council's)


def _region_named(name: str) -> bool:
    """Whether a place's name says it is a region, no town: "Lääne-Viru County", "Co Antrim"."""
    w = name.split()
    return w[-1].lower() in _REGION_NOUNS or w[0] in {"Co", "Co.", "County"} \
        or len(w) >= 2 and w[0].lower() in COMPASS and " ".join(w[1:]) in countries()  # ("South Iceland")


def _verb_and_object(toks: list[Tok], k: int) -> bool:
    """Whether token ``k`` is a past verb with its object after it ("owed N412m", "breached the permit"): a clause
    goes on there, where a participle ("founded in 1990") would describe."""
    return k + 1 < len(toks) and toks[k].lower.endswith("ed") and toks[k].is_alpha and (
        toks[k + 1].lower in _OBJECT_STARTS or bool(_AMOUNT_START.match(toks[k + 1].text)))


_PRONOUN_AFTER = re.compile(r"[^,;\"“”]{0,40}?\b(?:said|says|told|added|insisted|recalled)\s+(he|she|his|her)\b", re.IGNORECASE)
# "the mother-of-two", "the father of three": the kin words and counts ``_parent_of_count`` reads, hyphens or not
_PARENT_OF = re.compile(r"(?i:the)\s+((?:" + "|".join(sorted(_PARENT_NOUNS, key=len, reverse=True)) + r")(?:-of-|\s+of\s+)(?:"
                        + "|".join(sorted(_COUNT_WORDS, key=len, reverse=True)) + r"))\b")
_PRONOUN_SUBJECT = re.compile(r"\b(?:[Ss]he|[Hh]e)\s+(?:said|says|told|added|explained|recalled|insisted|claimed)\b")


def _quoted_at(line: list[Sentence], pos: int) -> bool:
    """Whether ``pos`` lies inside a quotation opened earlier in its paragraph (``line``: its sentences, in order)."""
    opened = 0
    straight = 0
    for x in line:
        part = x.text[:max(0, pos - x.start)]
        opened += part.count("“") - part.count("”")
        straight += part.count('"')
    return opened > 0 or straight % 2 == 1


def _described_after(ents, out, toks, s, name_ends, taken, first) -> None:
    """"Veldra Bank, the Vilnius-based lender that ...", "Pulau Kelisa, a nature reserve south of the main
    island,": a description in apposition after an organisation's or a place's name."""
    for c in [c for c, t in enumerate(toks) if t.text == ","]:
        if c == 0 or c + 2 >= len(toks) or toks[c + 1].lower not in {"the", "a", "an"}:
            continue
        before = c - 1
        if toks[before].text == ")" and before >= 3 and toks[before - 2].text == "(":
            before -= 3  # "The National Cyber Incident Office (NCIO), the federal agency ..."
        target = name_ends.get(toks[before].end)
        if target is None or ents[target].type == "PERSON" or toks[c + 2].lower in _PERIOD_WORDS:
            continue  # (a person's description is a role; "to China, a day after ...": when, not what China is)
        k = c + 2
        while k < len(toks) and k - c <= 10 and toks[k].text not in {",", ".", ";", ":", ")", "(", '"', "“", "”"} \
                and toks[k].lower not in FINITE_AUX \
                and toks[k].lower not in _CLAUSE_WORDS and toks[k].lower not in {"and", "or", "but"} and not (
                    toks[k].lower.endswith("ed") and toks[k].is_alpha and not toks[k].is_cap and toks[k - 1].text != "-"):
            k += 1
        head = toks[k - 1]
        if k < len(toks) and toks[k].lower in FINITE_AUX:
            continue  # "In a corner of the San Joaquin Valley, a court decree from 1984 was supposed to": a clause
        if k < len(toks) and toks[k].lower in {"which", "whom"} and head.lower in {"of", "in", "to", "by", "from"}:
            continue  # "Tacloban City, a copy of which was obtained by ...": the aside of what came before
        if toks[c + 1].lower in {"a", "an"} and titled_holder(toks, next(
                (x for x in range(before, -1, -1) if x == 0 or not (toks[x - 1].is_cap or toks[x - 1].text == "-")), 0), c + 2):
            continue  # "Rep. Baek of the minor Korea Renewal Party, a member of ...": the lawmaker's description
        if k == c + 2 or k - c > 10 or not (head.is_alpha and not head.is_cap) or (
                k < len(toks) and toks[k].text not in {",", ".", ";"} and toks[k].lower not in _CLAUSE_WORDS
                and not toks[k].lower.endswith("ed")) or k < len(toks) and toks[k].lower in REPORTING_VERBS:
            continue  # (", the union announced": a speaker after the name, no apposition)
        if _verb_and_object(toks, k):
            continue  # "seen by BusinessDay, the company owed N412m": a clause's verb and its object, no participle
        if head.lower in TITLE_WORDS and any(t.text in {"’s", "'s"} for t in toks[c + 1:k]) and _title_then_name(toks, c + 2):
            continue  # "sent to the Arab Times, the company’s general manager, Eng Talal ...": a person's title
        if toks[0].lower == "according" and not any(t.text == "," for t in toks[:c]) and (k >= len(toks) or toks[k].text != ","):
            continue  # "According to the Transport Ministry, the audit found ...": the fronted phrase ends at the comma
        span = (toks[c + 1].start, head.end)
        if span in taken:
            continue
        taken.add(span)
        text = _span_text(toks, c + 1, k)
        out.mentions.append(Mention(target, text, span[0], span[1], "epithet", s.sid))
        first[target] = min(first.get(target, span[0]), span[0])
        ents[target].epithets.append(text)
        ents[target].kinds.add(head.lower)  # "the federal agency that ...": the agency


def _title_goes_on(toks: list[Tok], k: int) -> bool:
    """Whether lower-case words from token ``k`` run on to a title's word ("public relations officer" after "chief"):
    "chief" is then part of a longer title, not the head of its own."""
    return k < len(toks) and toks[k].lower not in TITLE_WORDS and any(
        toks[x].lower in TITLE_WORDS and all(t.is_alpha and not t.is_cap for t in toks[k:x + 1])
        for x in range(k + 1, min(len(toks), k + 3)))


def _bare_police(toks: list[Tok], i: int) -> bool:
    """"Police said", "told police that": the police as a body, no name or other noun beside it."""
    before_ok = i == 0 or toks[i - 1].is_punct or toks[i - 1].lower in {"and", "but", "by", "that", "to", "with", "told"}
    after = toks[i + 1] if i + 1 < len(toks) else None
    return before_ok and after is not None and (after.text in {",", "."} or after.lower in REPORTING_VERBS
                                                  or after.lower in _AUXILIARIES or after.lower in {"are", "were", "was", "is", "that"})


def _title_then_name(toks: list[Tok], i: int) -> bool:
    """Whether a title's word comes within a few words of token ``i``, then a comma and a name ("general manager, Eng
    Talal Al-Dowaihi"): a person's title in apposition, not a description of the name before it."""
    for x in range(i, min(len(toks) - 2, i + 4)):
        if toks[x].lower in TITLE_WORDS and toks[x + 1].text == "," and toks[x + 2].is_cap:
            return True
        if not toks[x].is_alpha:
            return False
    return False


def _apposed_name(name_ends: dict[int, str], toks: list[Tok], i: int) -> str | None:
    """The name right before ", " + the epithet at token ``i`` ("Lumora, the streaming service")."""
    if i < 2 or toks[i - 1].text != ",":
        return None
    return name_ends.get(toks[i - 2].end)
