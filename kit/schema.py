"""The frames of the public contract (``shared/spec/data-model.md``) in one place.

Extractors produce typed records (dataclasses or dicts); :func:`to_frame` is the
only place that turns them into DataFrames with the contract's columns and dtypes,
and it returns an empty frame with the right columns for empty input.

>>> to_frame([], "claims").columns[:3].tolist()
['claim_id', 'article_id', 'sentence_id']
"""
from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from typing import Any, Iterable, Literal

import pandas as pd

FrameName = Literal["articles", "claims", "entities", "mentions", "timeline", "contradictions", "sources"]

SOURCE_TYPES = ["outlet", "person", "official", "organization", "anonymous", "document", "unattributed"]
STANCES = ["asserts", "denies"]
ENTITY_TYPES = ["PERSON", "ORG", "GPE", "LOC", "PRODUCT", "EVENT", "NORP", "FAC", "OUTLET", "LAW"]
MENTION_KINDS = ["name", "epithet", "pronoun"]
GRANULARITIES = ["day", "week", "month", "quarter", "half", "season", "year", "decade", "range", "unknown"]
CONTRADICTION_KINDS = ["denial", "temporal", "quantity", "negation", "account", "attribution"]

# column -> dtype kind: "str", "optstr" (str or None), "int", "float", "bool", "list",
# "time" (datetime64), "object", or a list of categories.
COLUMNS: dict[str, dict[str, Any]] = {
    "articles": {
        "article_id": "str", "path": "str", "title": "str", "lead": "str",
        "published": "object", "published_utc": "time", "outlet": "optstr", "url": "optstr",
        "sections": "list", "text": "str",
    },
    "claims": {
        "claim_id": "str", "article_id": "str", "sentence_id": "int", "start": "int", "end": "int",
        "sentence": "str", "content": "str", "source": "optstr", "source_type": SOURCE_TYPES,
        "via": "list", "cue": "optstr", "stance": STANCES, "hedges": "list", "entities": "list",
        "cue_start": "float", "cue_end": "float", "source_start": "float", "source_end": "float",
        "source_text": "optstr", "undated": "list",
    },
    "entities": {
        "entity_id": "str", "name": "str", "type": ENTITY_TYPES, "aliases": "list", "roles": "list",
        "n_mentions": "int", "articles": "list", "epithets": "list",
    },
    "mentions": {
        "article_id": "str", "entity_id": "str", "name": "str", "text": "str",
        "start": "int", "end": "int", "kind": MENTION_KINDS,
    },
    "timeline": {
        "event_id": "str", "article_id": "str", "claim_id": "optstr", "expression": "str",
        "start": "time", "end": "time", "granularity": GRANULARITIES, "anchor": "time",
        "source": "optstr", "source_type": SOURCE_TYPES, "description": "str",
        "resolved": "bool", "note": "str", "expr_start": "int", "expr_end": "int",
    },
    "contradictions": {
        "claim_a": "str", "claim_b": "str", "kind": CONTRADICTION_KINDS, "score": "float",
        "reason": "str",
    },
    "sources": {
        "source": "str", "source_type": SOURCE_TYPES, "via": "list", "n_claims": "int",
        "n_hedged": "int", "n_denials": "int", "first_seen": "time", "claim_ids": "list",
        "articles": "list",
    },
}


def _as_dict(rec: Any) -> dict:
    if type(rec) is dict:
        return rec  # pandas only reads it
    if dataclasses.is_dataclass(rec) and not isinstance(rec, type):
        return {f.name: getattr(rec, f.name) for f in dataclasses.fields(rec)}
    return dict(rec)


def _coerce(series: pd.Series, kind: Any) -> pd.Series:
    if isinstance(kind, list):
        return pd.Series(pd.Categorical(series.astype(object), categories=kind), index=series.index)
    if kind == "str":
        return series.astype(object).where(series.notna(), "").astype(str)
    if kind == "optstr":
        return series.astype(object).where(series.notna(), None)
    if kind == "int":
        return series.astype("int64")
    if kind == "float":
        return series.astype("float64")
    if kind == "bool":
        return series.astype(bool)
    if kind == "time":
        def one(v):
            # one value at a time, so a date outside datetime64[ns] (before 1678, after 2261) is NaT, not an error
            try:
                t = pd.Timestamp(v)
                if t is pd.NaT:
                    return pd.NaT
                if t.tzinfo is not None:
                    t = t.tz_convert("UTC").tz_localize(None)
                return t.as_unit("ns")
            except (ValueError, TypeError, OverflowError, pd.errors.OutOfBoundsDatetime):
                return pd.NaT
        try:
            out = pd.to_datetime(series, errors="coerce", utc=True).dt.tz_localize(None)
            return out.astype("datetime64[ns]")
        except (ValueError, TypeError, OverflowError, pd.errors.OutOfBoundsDatetime):
            return pd.Series([one(v) for v in series], index=series.index, dtype="datetime64[ns]")
    if kind == "list":
        return pd.Series([list(v) if isinstance(v, (list, tuple)) else [] for v in series.tolist()],
                         index=series.index, dtype=object)
    return series.astype(object)


def to_frame(records: Iterable[Any] | Mapping[str, list], name: FrameName) -> pd.DataFrame:
    """Turn records (dataclasses or dicts), or a mapping of column lists, into the contract's frame ``name``.

    Columns not in the contract are kept after the contract's own.

    >>> to_frame([{"source": "Reuters", "source_type": "outlet", "n_claims": 1,
    ...            "n_hedged": 0, "n_denials": 0}], "sources")["source_type"].iloc[0]
    'outlet'
    """
    if name not in COLUMNS:
        raise ValueError(f"name={name!r} is not a frame of the contract; valid: {sorted(COLUMNS)}")
    spec = COLUMNS[name]
    if isinstance(records, Mapping):  # columns already: no per-row dict (large frames)
        df = pd.DataFrame(dict(records))
    else:
        df = pd.DataFrame([_as_dict(r) for r in records])
    if df.empty:
        df = pd.DataFrame({c: pd.Series([], dtype=object) for c in spec})
    for col, kind in spec.items():
        if col not in df.columns:
            default = [] if kind == "list" else None
            df[col] = pd.Series([default if kind != "list" else [] for _ in range(len(df))], index=df.index, dtype=object)
            if kind in ("int",):
                df[col] = 0
            if kind == "float":
                df[col] = float("nan")
            if kind == "bool":
                df[col] = False
        df[col] = _coerce(df[col], kind)
    extra = [c for c in df.columns if c not in spec]
    return df[list(spec) + extra].reset_index(drop=True)


def empty_frame(name: FrameName) -> pd.DataFrame:
    """An empty frame with the contract's columns and dtypes.

    >>> len(empty_frame("timeline")), "granularity" in empty_frame("timeline")
    (0, True)
    """
    return to_frame([], name)
