"""`kit.analyze`: articles in, the contract's frames out.

Work is split in two: :func:`analyze_article` does everything one article needs on
its own (sentences, entities, claims, times) and returns picklable records, so it can
be cached, spread over processes or run on Dask; :func:`combine` does what needs the
whole corpus (one canonical entity across articles, contradictions, sources).

>>> import kit
>>> result = kit.analyze(kit.load_articles("seeds/"))  # doctest: +SKIP
>>> result.claims[["source", "cue"]].head(2)             # doctest: +SKIP
"""
from __future__ import annotations

import gc
import hashlib
import re
import warnings
from collections import Counter, defaultdict
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Literal

import pandas as pd

from kit.schema import empty_frame, to_frame

ANALYSIS_VERSION = "1"  # bump when per-article output changes: invalidates caches


@dataclass
class ArticleResult:
    """Everything one article yields on its own (picklable, cacheable)."""

    article_id: str
    claims: list = field(default_factory=list)     # dicts, claims columns
    entities: list = field(default_factory=list)   # dicts: name, type, aliases, roles, epithets, is_outlet
    mentions: list = field(default_factory=list)   # dicts: name, text, start, end, kind
    times: list = field(default_factory=list)      # dicts, timeline columns
    timings: dict = field(default_factory=dict)
    error: str | None = None                       # why the extractors gave up on it (then no records)


class AnalysisWarning(UserWarning):
    """An article the extractors failed on: it has no claims, entities or times (the others do)."""


@dataclass
class Analysis:
    """The frames of the contract for a set of articles."""

    articles: pd.DataFrame = field(default_factory=lambda: empty_frame("articles"))
    claims: pd.DataFrame = field(default_factory=lambda: empty_frame("claims"))
    entities: pd.DataFrame = field(default_factory=lambda: empty_frame("entities"))
    mentions: pd.DataFrame = field(default_factory=lambda: empty_frame("mentions"))
    timeline: pd.DataFrame = field(default_factory=lambda: empty_frame("timeline"))
    contradictions: pd.DataFrame = field(default_factory=lambda: empty_frame("contradictions"))
    sources: pd.DataFrame = field(default_factory=lambda: empty_frame("sources"))
    timings: dict = field(default_factory=dict)

    def __repr__(self) -> str:
        sizes = ", ".join(f"{n}={len(getattr(self, n))}" for n in
                          ("articles", "claims", "entities", "mentions", "timeline", "contradictions", "sources"))
        return f"Analysis({sizes})"


# where public bodies' years start in April: Canada, Britain, India, Japan, Hong Kong, Singapore, and Belize, Jamaica,
# Barbados, Bermuda, the Turks and Caicos, Gibraltar, the Isle of Man, Botswana, Namibia and Malawi (not Ireland's: the
# calendar's; nor South Africa's, whose municipalities count from July)
_APRIL_COUNTRIES = {"CA", "GB", "IN", "JP", "HK", "SG", "BZ", "JM", "BB", "BM", "TC", "GI", "IM", "BW", "NA", "MW"}
_JULY_COUNTRIES = {"AU", "NZ", "KE", "UG", "TZ", "RW", "PK", "EG", "BD"}  # (and July: SPLIT_JULY's, by their places)


def _country_of(ents) -> str | None:
    """The country most of an article's places are in ("Dartmouth", "Lake Banook": Canada), else None."""
    from kit.lexicons import main_country

    return main_country([p for m in ents.mentions if m.kind == "name" and m.name in ents.entities
                         and ents.entities[m.name].type in {"GPE", "LOC"} for p in dict.fromkeys((m.name, m.text))])


_PROPRIETARY = re.compile(r"(?:\bPty\.?|\(Pty\))\s+(?:Ltd|Limited)\b")


def _hemisphere_of(ents, text: str = "") -> str | None:
    """Whose seasons an article's are: by the places it names, else by the places its bodies are named for
    ("Wollongong City Council", "Transport for NSW": a story that names no town on its own), or by the national
    days of the south it names ("injured on Australia Day": a story of suburbs no list knows)."""
    from kit.lexicons import CANADIAN_PROVINCES, hemisphere, us_states

    if _FALL_SEASON.search(text):
        return "north"  # "last fall", "this fall": the season's North American name (Australia and New Zealand say autumn)
    if "Pty" in text and _PROPRIETARY.search(text):
        return "south"  # "Kessler Civil Pty Ltd", "Thaba Holdings (Pty) Ltd": a firm as Australia and southern Africa form one
    named = [m.name for m in ents.mentions if m.kind == "name" and m.name in ents.entities]
    # a national body named for its country tells whose story it is before any town does ("NZ Transport Agency"
    # beside a "Westport" only the US's is known to the lists), when all such bodies are of one hemisphere
    sides = {hemisphere([c]) for n in dict.fromkeys(named) if ents.entities[n].type == "ORG"
             for c in _countries_named_by(n)}
    if len(sides) == 1 and None not in sides:
        return sides.pop()
    # each place by its name and by the forms it is written in ("Baton Rouge" of "East Baton Rouge")
    # (and a province or state a body is named for, once: "B.C. Utilities Commission" beside "North Shore", which
    # New Zealand has too)
    regions = set(CANADIAN_PROVINCES) | set(CANADIAN_PROVINCES.values()) | us_states()
    # (and the places bodies are named for, beside the towns: "City of Cape Town", "Western Cape High Court" beside a
    # "Delft" the Netherlands has too; "EPA Victoria" beside an "Ararat" that is also Armenia's)
    side = hemisphere([p for m in ents.mentions if m.kind == "name" and m.name in ents.entities
                       and ents.entities[m.name].type in {"GPE", "LOC"} for p in dict.fromkeys((m.name, m.text))]
                      + [w for n in dict.fromkeys(named) if ents.entities[n].type == "ORG"
                         and (w := n.split()[0]) in regions]
                      + [p for n in dict.fromkeys(named) if ents.entities[n].type == "ORG" for p in _places_of_body(n)])
    if side is None:  # (an outlet named for its town: "Bendigo Advertiser", "The Timaru Herald")
        outlets = [n.split() for n in dict.fromkeys(named) if ents.entities[n].is_outlet]
        side = hemisphere([" ".join(w[k:k + 1 + extra]) for w in outlets for k in (0, 1) for extra in (0, 1)
                           if len(w) > k + extra + 1 and w[k][:1].isupper() and w[k] not in _COMPASS])  # (not "Western Telegraph")
    if side is None:  # (a council named for its town: the words before "City Council", "Shire Council")
        words = [n.split() for n in dict.fromkeys(named) if ents.entities[n].type == "ORG"
                 and n.split()[-1].lower() in _LOCAL_GOVERNMENTS]
        side = hemisphere([" ".join(w[:k]) for w in words for k in (1, 2) if len(w) > k and w[k].lower() in _COUNCIL_WORDS
                           and w[0].lower() not in _COUNCIL_WORDS | _NO_TOWN])  # ("Metro Council" is no town's)
    if side is None and (_SOUTHERN_DAYS.search(text) or _SOUTHERN_WORDS.search(text)):
        side = "south"  # (before a body named for its state: "Victoria Police" is not British Columbia's)
    if side is None:  # (a public body named for its state: "NSW Office of Local Government", "Transport for NSW")
        words = [n.split() for n in dict.fromkeys(named) if ents.entities[n].type == "ORG"]
        side = hemisphere([w[0] for w in words if len(w) > 1 and w[0] not in _COMPASS | _NO_PLACE]
                          + [w[-1] for w in words if len(w) > 2 and w[-2] in {"for", "of"}])
    return side


# national days kept only in the south's countries (Australia's, New Zealand's)
_SOUTHERN_DAYS = re.compile(r"\b(?:Australia\s+Day|Anzac\s+Day|Waitangi\s+Day|Matariki)\b")
# words only the south's English uses, for a story of hamlets no list knows ("a prescribed burn ... bushfire risk"
# near Witchcliffe; North America says wildfire, Britain heath fire), and the title of Australia's and New Zealand's
# councillors ("Cr Anita Veldhuizen"; Britain writes Cllr)
_SOUTHERN_WORDS = re.compile(r"\b[Bb]ushfires?\b|\bCr\.?\s+[A-Z][a-z]")
# ("Northern Fish Harvesters' Union" is no body of Fiji's Northern Division)
_COMPASS = {"North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Central"}
# a body's first word that some town is also called: "Federal Highway Administration" is no body of Federal, Argentina
_NO_PLACE = {"Federal", "Golden"}
# autumn as North America names it, with a word that makes it the season ("a fall in prices" is not)
_FALL_SEASON = re.compile(r"\b(?:[Ll]ast|[Tt]his|[Nn]ext|[Ee]arly|[Ll]ate|[Mm]id-?)\s*fall\b(?!\s+(?:in|of)\s+(?!(?:19|20)\d\d))"
                          r"|\b(?:[Tt]he|[Ii]n|[Bb]y|[Uu]ntil)\s+(?:the\s+)?fall\s+of\s+(?:19|20)\d\d\b")


def _places_of_body(name: str) -> list[str]:
    """The place words a body's name holds: after its "of" ("City of Cape Town"), its first two words ("Western Cape
    High Court"), its last after initials ("EPA Victoria").

    >>> _places_of_body("City of Cape Town"), _places_of_body("EPA Victoria")
    (['Cape Town'], ['Victoria'])
    """
    w = name.split()
    out = []
    if "of" in w[1:-1] and all(x[:1].isupper() for x in w[w.index("of") + 1:]):
        out.append(" ".join(w[w.index("of") + 1:]))
    if len(w) > 2 and w[0] in _COMPASS and w[1][:1].isupper():
        out.append(" ".join(w[:2]))
    if len(w) == 2 and w[0].isupper() and len(w[0]) >= 2 and w[1][:1].isupper():
        out.append(w[1])
    return out


def _countries_named_by(name: str) -> list[str]:
    """The country a body's name opens or closes with ("NZ Transport Agency", "Fisheries and Oceans Canada").

    >>> _countries_named_by("NZ Transport Agency Waka Kotahi"), _countries_named_by("Transport Scotland")
    (['NZ'], ['Scotland'])
    """
    from kit.lexicons import AUSTRALIAN_STATES, national_names

    w = name.split()
    if len(w) < 2:
        return []
    ends = {" ".join(w[:2]), w[0], " ".join(w[-2:]), w[-1]}
    # (and a state's, "Ambulance Tasmania"; not Victoria's, which British Columbia's capital shares)
    return sorted(e for e in ends if e in national_names() or e in AUSTRALIAN_STATES and e != "Victoria")


_LOCAL_GOVERNMENTS = {"council", "municipality", "shire", "corporation"}
_COUNCIL_WORDS = _LOCAL_GOVERNMENTS | {"city", "town", "district", "regional"}  # what may follow the town's name
_NO_TOWN = {"metro", "metropolitan", "county", "parish", "borough", "village", "state", "provincial", "national", "local",
            "community", "common", "legislative", "executive", "security", "general"}


def _hid(prefix: str, *parts: Any) -> str:
    return prefix + hashlib.sha1("|".join(map(str, parts)).encode("utf-8")).hexdigest()[:15]


def analyze_article(article: dict) -> ArticleResult:
    """Sentences, entities, claims and times of one article row (a dict of the articles frame).

    An article the extractors fail on yields no records and the error, which :func:`combine`
    reports as an :class:`AnalysisWarning` naming the file: one odd article never stops a corpus.

    >>> analyze_article({"article_id": "a1", "text": "Title\\nThe mayor said the bridge was safe."}).claims[0]["cue"]
    'said'
    """
    try:
        return _analyze_article(article)
    except Exception as exc:  # (any extractor's bug, on text no test foresaw)
        return ArticleResult(article_id=str(article.get("article_id")), error=f"{type(exc).__name__}: {exc}")


def _analyze_article(article: dict) -> ArticleResult:
    import time

    from kit.claims import attribute_sentences, claim_record
    from kit.entities import find_entities
    from kit.epithets import link_bare_council, link_kin_called, link_person_told_before_named, link_told_before_named
    from kit.nlp import split_body
    from kit.lexicons import hemisphere
    from kit.timeline import _SEASON_WORD, _YEAR_RE, APRIL_YEAR, CANADA, IRELAND, CLOCK_AT_NIGHT, DAY_OF_MONTH_TOLD, FISCAL_FROM_START, NATIONAL_DAY_NAMES, SPLIT_APRIL, SPLIT_JULY, SPLIT_YEAR_ANY, find_times

    aid = str(article["article_id"])
    text = str(article.get("text") or "")
    sections = article.get("sections")
    sections = list(sections) if isinstance(sections, (list, tuple)) else []
    t0 = time.perf_counter()
    sents = split_body(text, title=str(article.get("title") or "") or None, sections=sections)
    t1 = time.perf_counter()
    ents = find_entities(sents)
    t2 = time.perf_counter()
    claims = attribute_sentences(aid, sents, ents)
    link_told_before_named(sents, ents)
    link_person_told_before_named(sents, ents)
    link_kin_called(sents, ents)
    link_bare_council(sents, ents)
    t3 = time.perf_counter()
    anchor = article.get("published")
    anchor = None if anchor is None or (not isinstance(anchor, str) and pd.isna(anchor)) else pd.Timestamp(anchor)
    if anchor is not None and anchor.tzinfo is not None:
        anchor = anchor.tz_localize(None)  # the wall-clock date the article was written on
    by_sent = defaultdict(list)
    for c in claims:
        by_sent[c.sentence_id].append(c)
    times = []
    told_year: int | None = None  # the last year the article told, for "that year", "the previous year"
    # whose seasons: looked up only when the article has one ("the spring of 2019" in Waikato is September's)
    southern = _SEASON_WORD.search(text) is not None and _hemisphere_of(ents, text) == "south"
    fiscal = "financial year" in text or "fiscal" in text
    split_year = SPLIT_YEAR_ANY.search(text) is not None
    # (the country most of its places are in, looked up only for a story that counts years so)
    national_day = " Day" in text and NATIONAL_DAY_NAMES.search(text) is not None
    country = _country_of(ents) if fiscal or split_year or national_day else None
    april_year = fiscal and (APRIL_YEAR.search(text) is not None or country in _APRIL_COUNTRIES)
    fiscal_from_start = "fiscal" in text and FISCAL_FROM_START.search(text) is not None
    canada = "Thanksgiving" in text and CANADA.search(text) is not None
    irish = "ank holiday" in text and IRELAND.search(text) is not None and "Northern Ireland" not in text
    split_april = split_year and (APRIL_YEAR.search(text) is not None or SPLIT_APRIL.search(text) is not None)
    split_july = not split_april and split_year and (
        SPLIT_JULY.search(text) is not None or _PROPRIETARY.search(text) is not None or country in _JULY_COUNTRIES)
    told_day: tuple[int, pd.Timestamp] | None = None  # (sentence, day): the last single day told, for "the next day"
    told_month: pd.Timestamp | None = None  # the last single month told, for "that month"
    told_night = False
    told_week: pd.Timestamp | None = None  # the Monday of the last week gone by told, for "on the Tuesday"
    for s in sents:
        day_before = told_day[1] if told_day is not None and s.sid - told_day[0] <= 3 else None
        found = find_times(s.text, anchor=anchor, told_year=told_year, southern=southern, april_year=april_year,
                           told_day=day_before, fiscal_from_start=fiscal_from_start, canada=canada, irish=irish,
                           split_april=split_april, told_month=told_month, told_night=told_night, split_july=split_july,
                           national=country, told_week=told_week)
        told = [int(y) for t in found if t.resolved for y in _YEAR_RE.findall(t.text)]
        told_year = told[-1] if told else told_year
        days = [t for t in found if t.granularity == "day" and not pd.isna(t.value_start) and t.value_start == t.value_end
                and t.note != DAY_OF_MONTH_TOLD]  # ("not notified on the 18th": a day recalled, not the story's)
        told_day = (s.sid, days[-1].value_start) if days else told_day
        weeks = [t for t in found if (t.granularity == "week" and not pd.isna(t.value_start) or t in days)
                 and anchor is not None and t.value_end < anchor.normalize()]
        if weeks:
            told_week = weeks[-1].value_start.normalize() - pd.Timedelta(days=weeks[-1].value_start.weekday())
        told_night = days[-1].note == CLOCK_AT_NIGHT if days else told_night  # ("at 11:42 p.m.": "12:20 a.m." is the next day)
        months = [t for t in found if t.granularity in {"month", "day"} and not pd.isna(t.value_start)
                  and t.value_start.to_period("M") == t.value_end.to_period("M")]
        told_month = months[-1].value_start.replace(day=1) if months else told_month
        for t in found:
            cands = by_sent.get(s.sid, [])
            # two speakers in one sentence: the date belongs to the nearer cue
            pos = s.start + t.start
            claim = min(cands, key=lambda c: abs((c.cue_start if c.cue_start is not None else c.start) - pos),
                        default=None)
            if pd.isna(t.value_start) or pd.isna(t.value_end):
                # no interval of days to place it by ("before 2020"; "last week" with no publication date)
                if claim is not None:
                    claim.undated.append(t.text)
                continue
            times.append(dict(
                event_id=_hid("t", aid, s.start + t.start, t.text), article_id=aid,
                claim_id=claim.claim_id if claim else None, expression=t.text, start=t.value_start, end=t.value_end,
                granularity=t.granularity, anchor=anchor if anchor is not None else pd.NaT,
                source=claim.source if claim else None, source_type=claim.source_type if claim else "unattributed",
                description=_describe(claim.content if claim else s.text), resolved=t.resolved, note=t.note,
                expr_start=s.start + t.start, expr_end=s.start + t.end,
            ))
    t4 = time.perf_counter()
    counts = Counter(m.name for m in ents.mentions)
    entities = [dict(name=e.name, type=e.type, aliases=sorted(e.aliases), roles=list(dict.fromkeys(e.roles + e.posts)),
                     epithets=list(dict.fromkeys(e.epithets)), is_outlet=e.is_outlet, n_mentions=counts[e.name])
                for e in ents.entities.values()]
    mentions = [dict(name=m.name, text=m.text, start=m.start, end=m.end, kind=m.kind) for m in ents.mentions]
    return ArticleResult(aid, [claim_record(c) for c in claims], entities, mentions, times,
                         dict(sentences=t1 - t0, entities=t2 - t1, claims=t3 - t2, timeline=t4 - t3))


def _describe(text: str, n: int = 140) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= n else text[: n - 1] + "…"


# -- the corpus-wide step ------------------------------------------------------------------------
def _canonical_map(results: list[ArticleResult], rulings: list[dict]) -> tuple[dict, dict, dict]:
    """Local (article) names -> corpus-wide canonical names, with types and outlet flags."""
    votes: dict[str, Counter] = defaultdict(Counter)
    outlet: dict[str, bool] = {}
    for r in results:
        for e in r.entities:
            votes[e["name"]][e["type"]] += e.get("n_mentions", 1) or 1
            outlet[e["name"]] = outlet.get(e["name"], False) or bool(e.get("is_outlet"))
    names = sorted(votes)
    by_last: dict[str, list[str]] = defaultdict(list)
    for n in names:
        if " " in n:
            by_last[n.split()[-1]].append(n)
    canon = {n: n for n in names}
    for n in names:
        if " " in n:
            continue
        hits = [m for m in by_last.get(n, []) if votes[m].most_common(1)[0][0] == "PERSON"]
        if len(hits) == 1 and votes[n].most_common(1)[0][0] in {"PERSON", "ORG"}:
            canon[n] = hits[0]
            # a surname read alone as a firm ("Kaplanoğlu" beside "Kaplanoğlu Tekstil") is the person's: it votes so
            votes[n] = Counter({"PERSON": sum(votes[n].values())})
    for rule in rulings or []:
        if rule.get("action") == "merge" and rule.get("a") and rule.get("b"):
            # merge_entities(a, b): b is merged into a, whose name is kept
            a, b = rule["a"], rule["b"]
            target, gone = canon.get(a, a), canon.get(b, b)
            for k, v in list(canon.items()):
                if v == gone or k == b:
                    canon[k] = target
    types = {}
    for n in names:
        types.setdefault(canon[n], Counter()).update(votes[n])
    types = {k: v.most_common(1)[0][0] for k, v in types.items()}
    outlets = {canon[n] for n in names if outlet.get(n)}
    return canon, types, outlets


_MENTION_COLS = ("article_id", "entity_id", "name", "text", "start", "end", "kind")


def _drain(results: list):
    """Yield and drop each result, so its records are freed once copied (peak memory)."""
    results.reverse()
    while results:
        yield results.pop()


def _file_of(articles: pd.DataFrame, article_id: str) -> str:
    """The file an article came from (its id when the frame has no path), for a warning about it."""
    if "path" not in articles.columns:
        return article_id
    paths = articles.loc[articles["article_id"].astype(str) == article_id, "path"]
    return str(paths.iloc[0]) if len(paths) else article_id


def combine(articles: pd.DataFrame, results: list[ArticleResult], *, entity_rulings: list[dict] | None = None,
            consume: bool = False) -> Analysis:
    """Join per-article results into the corpus-wide frames.

    ``consume=True`` empties ``results`` as it goes (what :func:`analyze` does with its own list).
    """
    import time

    from kit.contradictions import find_contradictions
    from kit.sources import summarize_sources

    t0 = time.perf_counter()
    if consume:
        results.sort(key=lambda r: r.article_id)
    else:
        results = sorted(results, key=lambda r: r.article_id)
    splits = {(r["entity"], r["alias"]) for r in entity_rulings or [] if r.get("action") == "split"}
    canon, types, outlets = _canonical_map(results, entity_rulings or [])
    split_alias = {alias for _, alias in splits}

    def c(name):
        return canon.get(name, name) if name is not None else None

    claims, times = [], []
    mentions: dict[str, list] = {col: [] for col in _MENTION_COLS}  # columns, not a dict per mention: memory
    entity_id = lru_cache(maxsize=None)(lambda name: _hid("e", name))
    ent_acc: dict[str, dict] = {}
    stage = Counter()
    for r in _drain(results) if consume else results:
        if r.error:
            warnings.warn(f"{_file_of(articles, r.article_id)}: not analyzed ({r.error}); its claims, entities and "
                          "times are missing, the other articles' are complete", AnalysisWarning, stacklevel=2)
        stage.update(r.timings)
        for e in r.entities:
            name = c(e["name"])
            acc = ent_acc.setdefault(name, dict(name=name, type=types.get(name, e["type"]), aliases=set(), roles=[],
                                                epithets=[], articles=set(), n_mentions=0))
            acc["aliases"].update(a for a in e["aliases"] if a not in split_alias)
            acc["aliases"].update(e.get("epithets", []))
            acc["roles"].extend(e["roles"])
            acc["epithets"].extend(e.get("epithets", []))
            acc["articles"].add(r.article_id)
        for m in r.mentions:
            name = m["text"] if (c(m["name"]), m["text"]) in splits or m["text"] in split_alias else c(m["name"])
            if name not in ent_acc:
                ent_acc[name] = dict(name=name, type=types.get(m["name"], "ORG"), aliases={m["text"]}, roles=[],
                                     epithets=[], articles={r.article_id}, n_mentions=0)
            for col, v in zip(_MENTION_COLS, (r.article_id, entity_id(name), name, m["text"], m["start"], m["end"],
                                              m["kind"])):
                mentions[col].append(v)
            ent_acc[name]["n_mentions"] += 1
        for cl in r.claims:
            cl = cl if consume else dict(cl)  # drained results are ours to change
            cl["source"] = c(cl["source"]) if cl["source_type"] not in {"anonymous", "document"} else cl["source"]
            cl["via"] = [c(v) for v in cl["via"]]
            cl["entities"] = list(dict.fromkeys(c(e) for e in cl["entities"]))
            if cl["source_type"] == "organization" and cl["source"] in outlets:
                cl["source_type"] = "outlet"
            elif cl["source_type"] == "organization" and types.get(cl["source"]) == "PERSON":
                cl["source_type"] = "person"  # "Kaplanoğlu said": the surname, read alone as a firm, is the person's
            claims.append(cl)
        for t in r.times:
            t = t if consume else dict(t)
            t["source"] = c(t["source"]) if t["source_type"] not in {"anonymous", "document"} else t["source"]
            times.append(t)
    ent_recs = []
    for name in sorted(ent_acc):
        acc = ent_acc[name]
        for entity, alias in splits:
            if c(entity) == name:
                acc["aliases"].discard(alias)
        ent_recs.append(dict(entity_id=_hid("e", name), name=name, type=acc["type"],
                             aliases=sorted(acc["aliases"] | {name}), roles=list(dict.fromkeys(acc["roles"])),
                             n_mentions=acc["n_mentions"], articles=sorted(acc["articles"]),
                             epithets=list(dict.fromkeys(acc["epithets"]))))
    t1 = time.perf_counter()
    claims_df = to_frame(claims, "claims")
    timeline_df = to_frame(times, "timeline")
    mentions_df = to_frame(mentions, "mentions")
    del claims, times, mentions  # the records are in the frames now: free them before the next step
    contra = find_contradictions(claims_df, timeline_df)
    t2 = time.perf_counter()
    arts = articles if articles is not None else empty_frame("articles")
    out = Analysis(
        articles=arts.reset_index(drop=True),
        claims=claims_df,
        entities=to_frame(ent_recs, "entities"),
        mentions=mentions_df,
        timeline=timeline_df,
        contradictions=contra,
        sources=summarize_sources(claims_df, arts),
    )
    out.timings = dict(stage, combine=t1 - t0, contradictions=t2 - t1)
    return out


@contextmanager
def gc_paused():
    """Pause the cyclic garbage collector for a bulk step.

    Analysis allocates millions of small, acyclic objects (tokens, records); every full
    collection walks all of them, which cost a fifth of analyze's time at 2,000 articles.
    Reference counting still frees everything; the collector resumes afterwards.

    >>> with gc_paused():
    ...     gc.isenabled()
    False
    """
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def _records(articles: pd.DataFrame) -> list[dict]:
    cols = [c for c in ("article_id", "title", "text", "published", "sections") if c in articles.columns]
    return articles[cols].to_dict("records")


def analyze(
    articles: pd.DataFrame,
    *,
    workers: int = 1,
    engine: Literal["local", "dask"] = "local",
    entity_rulings: list[dict] | None = None,
) -> Analysis:
    """Analyze an articles frame (from :func:`kit.load_articles`) into the contract's frames.

    ``workers`` spreads articles over processes; ``engine="dask"`` runs the per-article
    work on Dask (the ``dask`` extra). The result is the same either way.
    """
    if engine not in ("local", "dask"):
        raise ValueError(f"engine={engine!r} is not valid; choose one of 'local', 'dask'")
    if not isinstance(workers, int) or workers < 1:
        raise ValueError(f"workers={workers!r} is not valid; give a positive integer")
    if articles is None or len(articles) == 0:
        return Analysis(articles=articles if articles is not None else empty_frame("articles"))
    missing = {"article_id", "text"} - set(articles.columns)
    if missing:
        raise ValueError(f"articles is missing columns {sorted(missing)}; pass the frame kit.load_articles returns")
    recs = _records(articles)
    with gc_paused():
        return _analyze(articles, recs, workers=workers, engine=engine, entity_rulings=entity_rulings)


def _analyze(articles, recs, *, workers, engine, entity_rulings) -> Analysis:
    if engine == "dask":
        import dask.bag as db

        results = db.from_sequence(recs, npartitions=max(1, min(len(recs), workers * 4))).map(analyze_article).compute()
    elif workers > 1 and len(recs) > 1:
        from concurrent.futures import ProcessPoolExecutor

        with ProcessPoolExecutor(max_workers=workers) as pool:
            results = list(pool.map(analyze_article, recs, chunksize=max(1, len(recs) // (workers * 8))))
    else:
        results = [analyze_article(r) for r in recs]
    results = list(results)  # one list, drained by combine: each article's records are freed once copied
    return combine(articles, results, entity_rulings=entity_rulings, consume=True)


