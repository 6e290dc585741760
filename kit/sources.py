"""The sources frame: one row per source, derived from the claims.

>>> from kit.schema import to_frame
>>> claims = to_frame([dict(claim_id="c1", article_id="a", source="Ann Vole", source_type="person",
...                         stance="denies", hedges=[])], "claims")
>>> summarize_sources(claims)[["source", "n_claims", "n_denials"]].values.tolist()
[['Ann Vole', 1, 1]]
"""
from __future__ import annotations

import pandas as pd

from kit.schema import to_frame


def summarize_sources(claims: pd.DataFrame, articles: pd.DataFrame | None = None) -> pd.DataFrame:
    """Group attributed claims by source; ``first_seen`` is the earliest publication date."""
    if claims is None or claims.empty:
        return to_frame([], "sources")
    attributed = claims[claims["source"].notna()]
    if attributed.empty:
        return to_frame([], "sources")
    published = {}
    if articles is not None and not articles.empty and "published_utc" in articles:
        published = dict(zip(articles["article_id"], articles["published_utc"]))
    g = attributed.assign(
        _hedged=attributed["hedges"].map(bool), _denial=attributed["stance"] == "denies",
        _seen=attributed["article_id"].map(published),
    ).groupby(["source", "source_type"], sort=True, observed=True)
    agg = g.agg(n_claims=("claim_id", "size"), n_hedged=("_hedged", "sum"), n_denials=("_denial", "sum"),
                first_seen=("_seen", "min"), claim_ids=("claim_id", list), articles=("article_id", _unique),
                via=("via", _flat_unique)).reset_index()
    agg = agg.sort_values(["n_claims", "source"], ascending=[False, True], kind="stable")
    return to_frame(agg.to_dict("records"), "sources")


def _unique(values) -> list:
    return list(dict.fromkeys(values))


def _flat_unique(lists) -> list:
    return list(dict.fromkeys(v for vs in lists for v in vs))
