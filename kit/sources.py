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
    published = {}
    if articles is not None and not articles.empty and "published_utc" in articles:
        published = dict(zip(articles["article_id"], articles["published_utc"]))
    recs = []
    for (source, stype), g in attributed.groupby(["source", "source_type"], sort=True, observed=True):
        via = list(dict.fromkeys(v for vs in g["via"] for v in vs))
        seen = [published.get(a) for a in g["article_id"]]
        seen = [s for s in seen if s is not None and not pd.isna(s)]
        recs.append(dict(
            source=source, source_type=stype, via=via, n_claims=len(g),
            n_hedged=int(g["hedges"].map(bool).sum()), n_denials=int((g["stance"] == "denies").sum()),
            first_seen=min(seen) if seen else pd.NaT, claim_ids=g["claim_id"].tolist(),
            articles=list(dict.fromkeys(g["article_id"])),
        ))
    recs.sort(key=lambda r: (-r["n_claims"], r["source"]))
    return to_frame(recs, "sources")
