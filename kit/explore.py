"""Pure explorer functions: filter the frames and turn them into safe HTML.

Every widget in :mod:`kit.widgets` wraps one of these, so everything a widget shows
can be reproduced (and tested) without a browser. Article text is untrusted: every
piece of it goes through :func:`html.escape` before it reaches a string of HTML.

>>> from kit.schema import to_frame
>>> claims = to_frame([{"claim_id": "c1", "sentence": "Acme said it <b>won</b>.",
...                     "source": "Acme", "source_type": "organization", "cue": "said",
...                     "stance": "asserts"}], "claims")   # synthetic
>>> len(filter_claims(claims, source_type="organization"))
1
>>> "&lt;b&gt;won&lt;/b&gt;" in claims_to_html(claims)
True
"""
from __future__ import annotations

import html
import weakref
from typing import Any, Iterable, Literal, Sequence

import numpy as np
import pandas as pd

from kit.schema import SOURCE_TYPES, STANCES

SourceType = Literal["outlet", "person", "official", "organization", "anonymous", "document", "unattributed"]
Stance = Literal["asserts", "denies"]
SummaryBy = Literal["article_id", "outlet", "source", "source_type"]
SUMMARY_BY = ["article_id", "outlet", "source", "source_type"]
SUMMARY_COLUMNS = ["named", "anonymous", "unattributed", "hedged", "denied", "total"]
VERDICTS = ["confirmed", "explained", "not_a_conflict", "open"]

# Source types that count as "named" in a sourcing summary: everything with a
# name the reader could check, i.e. neither anonymous nor unattributed.
_UNNAMED = {"anonymous", "unattributed"}

_STYLE = (
    "<style>"
    ".kit-claims{font-family:sans-serif;font-size:14px}"
    ".kit-claim{border-bottom:1px solid #ddd;padding:4px 0}"
    ".kit-meta{color:#555;font-size:12px}"
    "mark.kit-source{background:#cde4ff}"
    "mark.kit-cue{background:#ffe7a8}"
    "mark.kit-hedge{background:#ffc9c9}"
    ".kit-table{border-collapse:collapse;font-size:13px}"
    ".kit-table th,.kit-table td{border:1px solid #ccc;padding:2px 6px;text-align:left;vertical-align:top}"
    ".kit-pair{display:flex;gap:12px}.kit-pair>div{flex:1;border:1px solid #ccc;padding:6px}"
    "</style>"
)


def esc(value: Any) -> str:
    """Escape anything for HTML text or a quoted attribute; None and NaN become "".

    >>> esc('<img src=x onerror="alert(1)">')
    '&lt;img src=x onerror=&quot;alert(1)&quot;&gt;'
    """
    if value is None or value is pd.NA or value is pd.NaT or (isinstance(value, float) and np.isnan(value)):
        return ""
    if isinstance(value, (list, tuple, np.ndarray)):
        return ", ".join(esc(v) for v in value)
    if isinstance(value, pd.Timestamp):
        return html.escape(value.strftime("%Y-%m-%d") if value == value.normalize() else str(value))
    return html.escape(str(value), quote=True)


# ---------------------------------------------------------------- filtering


def _values(value: str | Iterable[str] | None, name: str, valid: Sequence[str] | None = None) -> list[str] | None:
    """Normalise a str-or-list filter argument; check it against a vocabulary."""
    if value is None:
        return None
    values = [value] if isinstance(value, str) else list(value)
    if valid is not None:
        bad = [v for v in values if v not in valid]
        if bad:
            raise ValueError(f"{name}={bad[0]!r} is not a valid {name}; valid: {list(valid)}")
    return values


class _Prepared:
    """Per-frame precomputation that makes repeated filtering cheap."""

    def __init__(self, claims: pd.DataFrame):
        self.n = len(claims)
        self.sentence_lower = claims["sentence"].astype(str).str.lower().to_numpy(dtype=object)
        self.hedged = np.fromiter((bool(h) for h in claims["hedges"]), dtype=bool, count=self.n)
        # Flattened (row position, entity) pairs: one vectorised lookup answers any entity filter.
        lists = [v if isinstance(v, list) else [] for v in claims["entities"].tolist()]
        lens = np.fromiter((len(v) for v in lists), dtype=np.int64, count=self.n)
        self.entity_pos = np.repeat(np.arange(self.n), lens)
        self.entity_val = np.array([e for v in lists for e in v], dtype=object)


# id(frame) -> (weakref to frame, column data addresses, prepared). The weakref and the
# addresses guard against a recycled id or a replaced column.
_CACHE: dict[int, tuple[Any, Any, _Prepared]] = {}


def _address(col: pd.Series) -> int:
    """An identity for a column's data that survives re-selecting the column."""
    arr = col.array
    if isinstance(arr, pd.arrays.NumpyExtensionArray):  # object columns: a fresh wrapper each time
        return arr.to_numpy().__array_interface__["data"][0]
    return id(arr)


def _prepared(claims: pd.DataFrame) -> _Prepared:
    key = id(claims)
    hit = _CACHE.get(key)
    # The address of the columns' data changes when a column is replaced (copy-on-write).
    stamp = tuple(_address(claims[c]) for c in ("entities", "sentence", "hedges"))
    if hit is not None and hit[0]() is claims and hit[2].n == len(claims) and hit[1] == stamp:
        return hit[2]
    prep = _Prepared(claims)
    try:
        ref = weakref.ref(claims, lambda _r, k=key: _CACHE.pop(k, None))
    except TypeError:  # pragma: no cover - DataFrames are weak-referenceable
        return prep
    _CACHE[key] = (ref, stamp, prep)
    return prep


def filter_claims(
    claims: pd.DataFrame,
    *,
    source: str | Iterable[str] | None = None,
    source_type: SourceType | Iterable[SourceType] | None = None,
    entity: str | Iterable[str] | None = None,
    article: str | Iterable[str] | None = None,
    hedged: bool | None = None,
    stance: Stance | Iterable[Stance] | None = None,
    text: str | None = None,
) -> pd.DataFrame:
    """The claims matching every given filter (None means "any"); list args match any value.

    ``entity`` matches the ``entities`` list column, ``text`` is a case-insensitive
    substring of ``sentence``. Precomputed lookups are cached per frame, so a widget
    re-filtering the same frame stays fast.

    >>> from kit.schema import to_frame
    >>> c = to_frame([{"claim_id": "a", "sentence": "X said so.", "source_type": "person",
    ...                "stance": "asserts", "entities": ["Ola Nordmann"]},
    ...               {"claim_id": "b", "sentence": "Y denied it.", "source_type": "official",
    ...                "stance": "denies"}], "claims")   # synthetic
    >>> filter_claims(c, entity="Ola Nordmann")["claim_id"].tolist()
    ['a']
    >>> filter_claims(c, stance=["denies"], text="DENIED")["claim_id"].tolist()
    ['b']
    """
    source_types = _values(source_type, "source_type", SOURCE_TYPES)
    stances = _values(stance, "stance", STANCES)
    sources = _values(source, "source")
    entities = _values(entity, "entity")
    articles = _values(article, "article")
    if hedged is not None and not isinstance(hedged, (bool, np.bool_)):
        raise TypeError(f"hedged={hedged!r} must be True, False or None")
    if text is not None and not isinstance(text, str):
        raise TypeError(f"text={text!r} must be a str or None")
    if len(claims) == 0:
        return claims.copy()
    mask = np.ones(len(claims), dtype=bool)
    if sources is not None:
        mask &= claims["source"].isin(sources).to_numpy()
    if source_types is not None:
        mask &= claims["source_type"].isin(source_types).to_numpy()
    if stances is not None:
        mask &= claims["stance"].isin(stances).to_numpy()
    if articles is not None:
        mask &= claims["article_id"].isin(articles).to_numpy()
    if hedged is not None or entities is not None or text:
        prep = _prepared(claims)
        if hedged is not None:
            mask &= prep.hedged if hedged else ~prep.hedged
        if entities is not None:
            hit = np.zeros(len(claims), dtype=bool)
            hit[prep.entity_pos[pd.Index(entities).get_indexer(prep.entity_val) >= 0]] = True
            mask &= hit
        if text:
            needle = text.lower()
            mask &= np.fromiter((needle in s for s in prep.sentence_lower), dtype=bool, count=len(claims))
    return claims[mask]


def filter_timeline(
    timeline: pd.DataFrame,
    *,
    start: Any = None,
    end: Any = None,
    entity: str | Iterable[str] | None = None,
    source: str | Iterable[str] | None = None,
    claims: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """Events overlapping ``[start, end]`` (inclusive days), by entity and source.

    Undated (NaT) events are kept only when no date bound is given. ``entity`` matches
    the ``entities`` of the event's claim (pass ``claims``), or an ``entities`` column
    of the timeline, or else a case-insensitive substring of the description.

    >>> from kit.schema import to_frame
    >>> t = to_frame([{"event_id": "e1", "start": "2024-01-01", "end": "2024-12-31"},
    ...               {"event_id": "e2", "start": "2020-05-01", "end": "2020-05-01"}],
    ...              "timeline")   # synthetic
    >>> filter_timeline(t, start="2024-06-01")["event_id"].tolist()
    ['e1']
    """
    sources = _values(source, "source")
    entities = _values(entity, "entity")
    lo = pd.Timestamp(start) if start is not None else None
    hi = pd.Timestamp(end) if end is not None else None
    if lo is not None and hi is not None and lo > hi:
        raise ValueError(f"start={start!r} is after end={end!r}")
    mask = pd.Series(True, index=timeline.index)
    if lo is not None or hi is not None:
        ev_start = timeline["start"]
        ev_end = timeline["end"].fillna(ev_start)
        mask &= ev_start.notna()
        if lo is not None:
            mask &= ev_end >= lo
        if hi is not None:
            mask &= ev_start <= hi
    if sources is not None:
        mask &= timeline["source"].isin(sources)
    if entities is not None:
        wanted = set(entities)
        if claims is not None and len(claims):
            lookup = dict(zip(claims["claim_id"], claims["entities"]))
            hits = [bool(wanted.intersection(lookup.get(c) or [])) for c in timeline["claim_id"]]
        elif "entities" in timeline.columns:
            hits = [isinstance(v, list) and bool(wanted.intersection(v)) for v in timeline["entities"]]
        else:
            lowered = [e.lower() for e in entities]
            hits = [any(e in str(d).lower() for e in lowered) for d in timeline["description"]]
        mask &= np.array(hits, dtype=bool)
    return timeline[mask.to_numpy(dtype=bool)]


def review_queue(contradictions: pd.DataFrame) -> pd.DataFrame:
    """Pairs in review order: open ones first, then by score (highest first).

    Adds ``verdict`` ("open" when missing) and ``reviewed`` (verdict is not "open").

    >>> from kit.schema import to_frame
    >>> c = to_frame([{"claim_a": "a", "claim_b": "b", "score": 0.2},
    ...               {"claim_a": "c", "claim_b": "d", "score": 0.9}], "contradictions")
    >>> review_queue(c)["claim_a"].tolist()
    ['c', 'a']
    """
    out = contradictions.copy()
    if "verdict" not in out.columns:
        out["verdict"] = "open"
    out["verdict"] = out["verdict"].astype(object).where(out["verdict"].notna(), "open").astype(str)
    out["reviewed"] = out["verdict"] != "open"
    out = out.sort_values(["reviewed", "score"], ascending=[True, False], kind="stable")
    return out.reset_index(drop=True)


# ---------------------------------------------------------------- summaries


def sourcing_summary(
    claims: pd.DataFrame, *, by: SummaryBy = "article_id", articles: pd.DataFrame | None = None
) -> pd.DataFrame:
    """Per ``by`` value: claims from named / anonymous / unattributed sources, hedged, denied.

    ``by="outlet"`` reads an ``outlet`` column of the claims, or maps ``article_id``
    through ``articles``. Rows are sorted by the ``by`` value, so output is stable.

    >>> from kit.schema import to_frame
    >>> c = to_frame([{"article_id": "a1", "source_type": "anonymous", "hedges": ["reportedly"]},
    ...               {"article_id": "a1", "source_type": "person", "stance": "denies"}],
    ...              "claims")   # synthetic
    >>> sourcing_summary(c)[["named", "anonymous", "hedged", "denied"]].to_numpy().tolist()
    [[1, 1, 1, 1]]
    """
    if by not in SUMMARY_BY:
        raise ValueError(f"by={by!r} is not a valid grouping; valid: {SUMMARY_BY}")
    if by == "outlet" and "outlet" not in claims.columns:
        if articles is None:
            raise ValueError("by='outlet' needs an 'outlet' column in claims or the articles frame (articles=...)")
        outlets = dict(zip(articles["article_id"], articles["outlet"]))
        keys = claims["article_id"].map(outlets)
    else:
        keys = claims[by]
    keys = keys.astype(object).where(keys.notna(), "(none)").astype(str)
    st = claims["source_type"].astype(object)
    counts = pd.DataFrame(
        {
            by: keys.to_numpy(),
            "named": (~st.isin(_UNNAMED) & st.notna()).to_numpy(dtype=int),
            "anonymous": (st == "anonymous").to_numpy(dtype=int),
            "unattributed": (st == "unattributed").to_numpy(dtype=int),
            "hedged": claims["hedges"].map(lambda h: int(bool(h)) if isinstance(h, list) else 0).to_numpy(dtype=int),
            "denied": (claims["stance"].astype(object) == "denies").to_numpy(dtype=int),
            "total": np.ones(len(claims), dtype=int),
        }
    )
    out = counts.groupby(by, sort=True).sum().reset_index()
    return out[[by] + SUMMARY_COLUMNS].astype({c: "int64" for c in SUMMARY_COLUMNS})


# ---------------------------------------------------------------- HTML


def _find(haystack_lower: str, needle: str | None, taken: list[tuple[int, int, str]]) -> tuple[int, int] | None:
    """First occurrence of ``needle`` (case-insensitive) not overlapping a taken span."""
    if not needle:
        return None
    needle_lower = needle.lower()
    pos = haystack_lower.find(needle_lower)
    while pos >= 0:
        end = pos + len(needle_lower)
        if all(end <= a or pos >= b for a, b, _ in taken):
            return pos, end
        pos = haystack_lower.find(needle_lower, pos + 1)
    return None


def _span(row: Any, which: str, sentence: str, expected: str | None) -> tuple[int, int] | None:
    """The ``which`` (cue/source) span relative to the sentence, if its offsets are usable."""
    s, e = row.get(f"{which}_start"), row.get(f"{which}_end")
    base = row.get("start")
    try:
        s, e, base = int(s) - int(base), int(e) - int(base), int(base)
    except (TypeError, ValueError):  # NaN / None: no offsets recorded
        return None
    if not (0 <= s < e <= len(sentence)):
        return None
    # Offsets are into the article; if they disagree with the text we expect, search instead.
    if expected and sentence[s:e].lower() != str(expected).lower():
        return None
    return s, e


def _highlight(row: Any) -> str:
    """The sentence with source, cue and hedges wrapped in ``<mark>``, all text escaped."""
    sentence = str(row.get("sentence") or "")
    lower = sentence.lower()
    spans: list[tuple[int, int, str]] = []
    source_text = row.get("source_text") or row.get("source")
    for which, cls, expected in (("source", "kit-source", row.get("source_text")), ("cue", "kit-cue", row.get("cue"))):
        found = _span(row, which, sentence, expected)
        if found is None:
            found = _find(lower, source_text if which == "source" else row.get("cue"), spans)
        if found is not None and all(found[1] <= a or found[0] >= b for a, b, _ in spans):
            spans.append((found[0], found[1], cls))
    hedges = row.get("hedges")
    for hedge in hedges if isinstance(hedges, (list, tuple)) else []:
        found = _find(lower, hedge, spans)
        if found is not None:
            spans.append((found[0], found[1], "kit-hedge"))
    out, pos = [], 0
    for a, b, cls in sorted(spans):
        out.append(esc(sentence[pos:a]))
        out.append(f'<mark class="{cls}">{esc(sentence[a:b])}</mark>')
        pos = b
    out.append(esc(sentence[pos:]))
    return "".join(out)


def _claim_block(row: Any, *, extra: str = "") -> str:
    st = esc(row.get("source_type"))
    hedges = row.get("hedges")
    meta = [
        f'<span class="kit-src kit-st-{st}">{esc(row.get("source")) or "(unattributed)"}</span>',
        st,
        f'<span class="kit-article">{esc(row.get("article_id"))}</span>',
        esc(row.get("stance")),
    ]
    if isinstance(hedges, (list, tuple)) and hedges:
        meta.append("hedged: " + esc(list(hedges)))
    # Analyst judgements a case adds to its claims frame.
    for col in ("tags", "notes"):
        value = row.get(col)
        if isinstance(value, (list, tuple)) and value:
            meta.append(f'<span class="kit-{col}">{col}: {esc(list(value))}</span>')
    return (
        f'<div class="kit-claim" data-claim-id="{esc(row.get("claim_id"))}">'
        f'<div class="kit-meta">{" · ".join(m for m in meta if m)}{extra}</div>'
        f'<div class="kit-sentence">{_highlight(row)}</div></div>'
    )


def claims_to_html(claims: pd.DataFrame, *, limit: int = 200) -> str:
    """Claims as HTML: each sentence with its source, cue and hedges in ``<mark>``.

    Spans come from ``source_start/end`` and ``cue_start/end`` (offsets into the article,
    the sentence starting at ``start``); without them the text is searched for. At most
    ``limit`` claims are rendered, with a line saying how many were left out.

    >>> from kit.schema import to_frame
    >>> c = to_frame([{"sentence": "Kari Nord allegedly said <script>.", "source": "Kari Nord",
    ...                "cue": "said", "hedges": ["allegedly"], "source_type": "person",
    ...                "stance": "asserts"}], "claims")   # synthetic
    >>> h = claims_to_html(c)
    >>> '<mark class="kit-cue">said</mark>' in h, "<script>" in h
    (True, False)
    """
    if limit < 0:
        raise ValueError(f"limit={limit!r} must be >= 0")
    n = len(claims)
    if n == 0:
        return _STYLE + '<div class="kit-claims"><p class="kit-empty">No claims match.</p></div>'
    rows = claims.head(limit).to_dict("records")
    body = "".join(_claim_block(r) for r in rows)
    more = f'<p class="kit-more">{n - len(rows)} more claims not shown (limit {limit}).</p>' if n > len(rows) else ""
    return f'{_STYLE}<div class="kit-claims">{body}{more}</div>'


def _table(frame: pd.DataFrame, columns: Sequence[str], *, empty: str) -> str:
    cols = [c for c in columns if c in frame.columns]
    if len(frame) == 0:
        return f'{_STYLE}<p class="kit-empty">{esc(empty)}</p>'
    head = "".join(f"<th>{esc(c)}</th>" for c in cols)
    body = "".join(
        "<tr>" + "".join(f"<td>{esc(v)}</td>" for v in row) + "</tr>"
        for row in frame[cols].itertuples(index=False, name=None)
    )
    return f'{_STYLE}<table class="kit-table"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>'


def sources_to_html(sources: pd.DataFrame) -> str:
    """The sources frame (with grades when present) as an escaped HTML table.

    >>> from kit.schema import to_frame
    >>> "&lt;i&gt;" in sources_to_html(to_frame([{"source": "<i>", "n_claims": 1}], "sources"))
    True
    """
    columns = ["source", "source_type", "via", "n_claims", "n_hedged", "n_denials",
               "reliability", "credibility", "grade", "grade_note", "notes", "first_seen", "articles"]
    return _table(sources, columns, empty="No sources.")


def entities_table(entities: pd.DataFrame) -> str:
    """Entities with aliases, epithets and roles as an escaped HTML table.

    >>> from kit.schema import to_frame
    >>> "Åsa Öberg" in entities_table(to_frame([{"name": "Åsa Öberg", "type": "PERSON"}], "entities"))
    True
    """
    columns = ["name", "type", "aliases", "epithets", "roles", "n_mentions", "articles"]
    return _table(entities, columns, empty="No entities.")


def pair_to_html(
    pair_row: Any,
    claims: pd.DataFrame,
    *,
    articles: pd.DataFrame | None = None,
    timeline: pd.DataFrame | None = None,
) -> str:
    """One contradiction pair side by side: both sentences, sources, dates, the reason.

    Dates are the articles' ``published`` (when ``articles`` is given) and the times the
    claims mention (when ``timeline`` is given).

    >>> from kit.schema import to_frame
    >>> c = to_frame([{"claim_id": "a", "sentence": "It rained."},
    ...               {"claim_id": "b", "sentence": "It did not rain."}], "claims")
    >>> p = {"claim_a": "a", "claim_b": "b", "kind": "negation", "score": 0.8, "reason": "rain"}
    >>> "It did not rain." in pair_to_html(p, c)
    True
    """
    pair = dict(pair_row) if not isinstance(pair_row, dict) else pair_row
    by_id = claims.set_index("claim_id", drop=False) if len(claims) else None
    published = {}
    if articles is not None and len(articles) and "published" in articles.columns:
        published = dict(zip(articles["article_id"], articles["published"]))
    sides = []
    for key in ("claim_a", "claim_b"):
        cid = pair.get(key)
        if by_id is None or cid not in by_id.index:
            sides.append(f'<div class="kit-side"><p class="kit-missing">claim {esc(cid)} not found</p></div>')
            continue
        row = by_id.loc[cid]
        row = (row.iloc[0] if isinstance(row, pd.DataFrame) else row).to_dict()
        dates = []
        pub = published.get(row.get("article_id"))
        if pub is not None and not pd.isna(pub):
            dates.append(f"published {esc(pd.Timestamp(pub))}")
        if timeline is not None and len(timeline):
            for ev in timeline[timeline["claim_id"] == cid].to_dict("records"):
                when = esc(ev.get("start")) + (f"–{esc(ev.get('end'))}" if ev.get("end") != ev.get("start") else "")
                dates.append(f"“{esc(ev.get('expression'))}” = {when or 'undated'}")
        extra = f'<div class="kit-dates">{"; ".join(dates)}</div>' if dates else ""
        sides.append(f'<div class="kit-side">{_claim_block(row, extra=extra)}</div>')
    score = pair.get("score")
    score_txt = f"{float(score):.2f}" if isinstance(score, (int, float)) and not pd.isna(score) else ""
    verdict = pair.get("verdict") or "open"
    note = pair.get("verdict_note")
    note_html = f'<div class="kit-note">note: {esc(note)}</div>' if note else ""
    return (
        f'{_STYLE}<div class="kit-pair-box">'
        f'<div class="kit-reason"><b>{esc(pair.get("kind"))}</b> {score_txt}: {esc(pair.get("reason"))}'
        f' — verdict: <span class="kit-verdict">{esc(verdict)}</span></div>{note_html}'
        f'<div class="kit-pair">{"".join(sides)}</div></div>'
    )


__all__ = [
    "filter_claims", "filter_timeline", "review_queue", "sourcing_summary", "claims_to_html",
    "sources_to_html", "entities_table", "pair_to_html", "esc", "VERDICTS",
]
