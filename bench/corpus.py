"""A synthetic news corpus for benchmarks and scale tests: plain-text articles in the
seed's layout (title line, lead line, dateline "25 October 2024 06:06", paragraphs).

Everything here is invented (people, outlets, places, organisations) and recombined
from small lists by a seeded random generator, so article ``i`` is the same text in a
corpus of any size and on any machine. The sentences use the attribution patterns the
engine has to handle ("X said that", "according to the <Outlet>", "<Outlet>, citing
<anonymous>, reported that", denials, hedges, dates relative and absolute, "only once"
against "regular contact", titles, epithets, appositions), so every stage does real work.

>>> import tempfile
>>> paths = write_corpus(tempfile.mkdtemp(), 3)
>>> [p.name for p in paths]
['synthetic_00000.txt', 'synthetic_00001.txt', 'synthetic_00002.txt']
>>> article(0) == article(0)
True
"""
from __future__ import annotations

import random
from pathlib import Path

# --- invented lists (synthetic: none of these is a real person, outlet or place) -------------
FIRST_MALE = ["Oskar", "Tavin", "Lorcan", "Emeric", "Dario", "Fenwick", "Corvin", "Anselm", "Bastien", "Marek",
              "Ilyas", "Joren", "Kasimir", "Teodor", "Valen", "Ruslan"]
FIRST_FEMALE = ["Marta", "Ysolde", "Brina", "Calla", "Delphine", "Ottilie", "Sunniva", "Liesl", "Noemi",
                "Tamsin", "Vesna", "Kaia", "Rosalind", "Ilse", "Mirela", "Anouk"]
LAST = ["Quist", "Brandvik", "Halloran", "Vettori", "Okonkwe", "Strand", "Lindqvar", "Marrow", "Pelletane",
        "Drozdan", "Castellane", "Ferrow", "Ambrecht", "Solvey", "Karvonen", "Ruiz-Amaro", "Tilbury", "Vance-Orr",
        "Haddow", "Mireaux", "Oyelaran", "Petrakis", "Szalay", "Wendholt"]
OUTLETS = ["Harrow Gazette", "Valmora Times", "Northreach Herald", "Corvane Post", "Ostrel Daily",
           "Kestrin Tribune", "Lindmark Chronicle", "Brasko Monitor", "Tallow Bay Courier", "Ember Wire"]
OUTLET_SHORT = {"Harrow Gazette": "the Gazette", "Valmora Times": "the Times", "Northreach Herald": "the Herald"}
PLACES = [("Verloria", "Verlorian"), ("Calderra", "Calderran"), ("Ostmark", "Ostmarkian"), ("Zelenova", "Zelenovan"),
          ("Tarvikstan", "Tarvik"), ("Aurelia Minor", "Aurelian"), ("Brenholt", "Brenholtian"), ("Saravel", "Saravelian")]
REGIONS = ["Kessel Valley", "the Dunmore coast", "Port Ambry", "the Halvard region", "Lake Orrin", "Mirrow Heights"]
ORGS = ["Tessaro Holdings", "Quillon Energy", "Marrowick Group", "Vantre Logistics", "Ardeya Mining",
        "Pellucid Systems", "Caskett Shipping", "Orbeline Networks", "Halcyon Grain Trust", "Stonemere Capital"]
PRODUCTS = ["the Lumen satellite network", "the Corridor pipeline", "the Skyvault data platform",
            "the Meridian port terminal", "the Helix drone programme", "the Tidewater rail link"]
MINISTRIES = ["Foreign", "Defence", "Finance", "Interior", "Energy", "Trade"]
ANONYMOUS = ["two senior officials", "people familiar with the matter", "current and former officials",
             "a former intelligence officer", "three diplomats", "an adviser to the ministry",
             "sources close to the negotiations", "a senior customs official"]
ANON_ONE = ["a former official", "a former intelligence officer", "a senior diplomat", "a company insider",
            "a person close to the board"]
EPITHETS = ["billionaire", "businessman", "tycoon", "investor"]
TOPICS = ["the port concession", "the grain contracts", "the mining licences", "the satellite deal",
          "the pipeline route", "the tax settlement", "the arms shipments", "the bank merger"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
NUMBERS = ["two", "three", "four", "five", "six", "several", "a dozen"]


def _person(rng: random.Random) -> dict:
    female = rng.random() < 0.45
    first = rng.choice(FIRST_FEMALE if female else FIRST_MALE)
    last = rng.choice(LAST)
    return dict(full=f"{first} {last}", last=last, he="she" if female else "he", his="her" if female else "his",
                him="her" if female else "him", self="herself" if female else "himself")


def article(i: int, *, seed: int = 7) -> str:
    """The text of synthetic article ``i`` (seed's plain-text layout)."""
    rng = random.Random(f"kit-bench-{seed}-{i}")  # str seeds are stable across runs and machines
    year = rng.randint(2020, 2025)
    month, day = rng.randint(1, 12), rng.randint(1, 28)
    hour, minute = rng.randint(0, 23), rng.randint(0, 59)
    dateline = f"{day} {MONTHS[month - 1]} {year} {hour:02d}:{minute:02d}"
    since = rng.randint(year - 4, year - 1)
    tycoon, official, exec_, analyst = (_person(rng) for _ in range(4))
    epithet = rng.choice(EPITHETS)  # "the billionaire" later refers back to the titled name
    if epithet == "businessman" and tycoon["he"] == "she":
        epithet = "businesswoman"
    title_word = epithet.capitalize()
    country, adj = rng.choice(PLACES)
    other_country, other_adj = rng.choice([p for p in PLACES if p[0] != country])
    ministry = rng.choice(MINISTRIES)
    outlet, outlet2 = rng.sample(OUTLETS, 2)
    short = OUTLET_SHORT.get(outlet, "the newspaper")
    org, org2 = rng.sample(ORGS, 2)
    product, topic, region = rng.choice(PRODUCTS), rng.choice(TOPICS), rng.choice(REGIONS)
    anon, anon1 = rng.choice(ANONYMOUS), rng.choice(ANON_ONE)
    once_year = rng.randint(since - 3, since - 1)
    ev_month, ev_year = rng.choice(MONTHS), rng.randint(since, year)
    n = rng.choice(NUMBERS)
    T, O, X = tycoon, official, exec_

    title = rng.choice([
        f"{T['full']}'s secret talks with {adj} minister raise alarm",
        f"{org} owner accused of hidden contacts in {country}",
        f"Questions grow over {T['last']}'s ties to {O['full']}",
        f"{outlet} report on {topic} prompts denials",
    ])
    lead = (f"The {outlet}, citing {anon}, reported that {title_word} {T['full']} has been in regular contact with "
            f"{adj} {ministry} Minister {O['full']} since {since}. {O['last']} allegedly pressed the owner of {org} "
            f"to delay {product}.")
    pool = [
        f"According to the {outlet}, {T['last']} and {O['last']} discussed {topic} in {ev_month} {ev_year}.",
        f"{T['full']} said that {T['his']} meetings with {adj} officials concerned only business matters.",
        f"The talks covered {topic} and the future of {product}, {T['last']} said.",
        f"{O['full']} denied that {O['he']} had ever discussed {topic} with {T['last']}.",
        f"{T['last']} {T['self']} denied these reports, claiming {T['he']} had spoken to {O['last']} only once, "
        f"in {once_year}, and the topic was \"shipping.\"",
        f"Moreover, {short} cites {anon1} saying that at the end of last year, {O['last']} asked {T['last']} not to "
        f"expand {product} into {other_country}.",
        f"The {outlet2}, citing {rng.choice(ANONYMOUS)}, reported that {org} paid consultants linked to "
        f"{O['last']} in {rng.choice(MONTHS)} {rng.randint(since, year)}.",
        f"The {epithet}'s contacts with {adj} officials were reportedly continued while {T['he']} was preparing "
        f"to buy {org2}.",
        f"{O['last']} allegedly threatened {org}'s owner during a call in {rng.choice(MONTHS)} {ev_year}.",
        f"{X['full']}, the chief executive of {org}, told reporters that the company had complied with every rule.",
        f"The company's chief financial officer, {analyst['full']}, said that the accounts for {year - 1} were "
        f"audited twice.",
        f"The {org} website states that {product} will be available in {region} soon.",
        f"\"We have nothing to hide,\" {X['last']} said.",
        f"People familiar with the matter told the {outlet2} that the {epithet} was said to have offered a stake "
        f"in {org2}.",
        f"{T['full']} has not yet commented on the revelations published by the {outlet}.",
        f"In {ev_month} {ev_year}, the analyst {analyst['full']} reported that {T['last']} had met {O['last']} "
        f"{n} times in {region}.",
        f"{X['last']} rejected {analyst['last']}'s account and insisted that {org} never paid any official.",
        f"The {epithet} has held talks with {other_adj} investors since {since}, {rng.choice(ANON_ONE)} said.",
        f"{org2} has operated in {region} since {rng.randint(2005, 2019)} and employs about "
        f"{rng.randint(2, 90) * 100} people.",
        f"{ministry} Minister {O['full']} of {country} met {other_adj} delegates at the end of last year.",
        f"The {outlet} notes that {O['last']} is accused by {other_adj} authorities of directing the smear "
        f"campaigns against {org2}.",
        f"{O['last']} reportedly received payments from {org} in {rng.randint(since, year)}.",
        f"Officials in {country} allegedly knew about the contacts for months.",
        f"A spokeswoman for {org} declined to comment on {topic}.",
        f"\"The meetings were about {topic} and nothing else,\" {T['he']} emphasized.",
        f"The {epithet} spoke with {O['last']} regularly, according to {anon1}.",
        f"{analyst['full']} wrote that the contracts for {product} were signed in {rng.choice(MONTHS)} "
        f"{rng.randint(since, year)}.",
        f"Last week, {O['last']} told the {outlet2} that {O['he']} had only met the {epithet} once.",
        f"{region} saw protests after the {outlet} published the documents in {ev_month}.",
    ]
    pool = [x[0].upper() + x[1:] for x in pool]  # "the Dunmore coast saw..." opens a sentence
    rng.shuffle(pool)
    body, k = [], 0
    n_paras = rng.randint(6, 11)
    for p in range(n_paras):
        size = rng.randint(2, 4)
        sents = pool[k:k + size]
        k += size
        if not sents:
            break
        if p in (2, 5) and rng.random() < 0.7:  # a subheading, like the seed's
            body.append(rng.choice([f"Talks in {region}", f"Denials from {country}", "A closely guarded secret",
                                    f"{org} under scrutiny"]))
        body.append(" ".join(sents))
    return "\n".join([title, lead, dateline, *body])


def write_corpus(folder: str | Path, n: int, *, seed: int = 7) -> list[Path]:
    """Write articles ``0..n-1`` as ``synthetic_00000.txt``... into ``folder``; return their paths."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(n):
        path = folder / f"synthetic_{i:05d}.txt"
        path.write_text(article(i, seed=seed) + "\n", encoding="utf-8")
        paths.append(path)
    return paths
