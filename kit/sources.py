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
    """Group attributed claims by source; ``first_seen`` is the earliest publication date.

    Sources come most-cited first, then by name. One pass over the columns: a groupby with
    list aggregations cost more than the rest of a small corpus's bookkeeping.
    """
    if claims is None or claims.empty or not claims["source"].notna().any():
        return to_frame([], "sources")
    published = {}
    if articles is not None and not articles.empty and "published_utc" in articles:
        published = dict(zip(articles["article_id"], articles["published_utc"]))
    types = claims["source_type"]
    # a source type sorts as the groupby did: by its place among the categories, when it has one
    order = {c: k for k, c in enumerate(types.cat.categories)} if isinstance(types.dtype, pd.CategoricalDtype) else None
    groups: dict[tuple, dict] = {}
    for src, src_ok, st, st_ok, cid, aid, hedges, stance, via in zip(
            claims["source"].tolist(), claims["source"].notna().tolist(), types.tolist(), types.notna().tolist(),
            claims["claim_id"].tolist(), claims["article_id"].tolist(), claims["hedges"].tolist(),
            claims["stance"].tolist(), claims["via"].tolist()):
        if not (src_ok and st_ok):
            continue  # unattributed (no source), or no type to group it under
        g = groups.get((src, st))
        if g is None:
            g = groups[(src, st)] = dict(n_hedged=0, n_denials=0, seen=[], claim_ids=[], articles={}, via={})
        g["n_hedged"] += bool(hedges)
        g["n_denials"] += stance == "denies"
        seen = published.get(aid)
        if seen is not None and not pd.isna(seen):
            g["seen"].append(seen)
        g["claim_ids"].append(cid)
        g["articles"][aid] = None
        g["via"].update(dict.fromkeys(via))
    keys = sorted(groups, key=lambda k: (-len(groups[k]["claim_ids"]), k[0], order[k[1]] if order else k[1]))
    cols = dict(source=[], source_type=[], n_claims=[], n_hedged=[], n_denials=[], first_seen=[], claim_ids=[],
                articles=[], via=[])
    for src, st in keys:
        g = groups[(src, st)]
        cols["source"].append(src)
        cols["source_type"].append(st)
        cols["n_claims"].append(len(g["claim_ids"]))
        cols["n_hedged"].append(g["n_hedged"])
        cols["n_denials"].append(g["n_denials"])
        cols["first_seen"].append(min(g["seen"]) if g["seen"] else pd.NaT)
        cols["claim_ids"].append(g["claim_ids"])
        cols["articles"].append(list(g["articles"]))
        cols["via"].append(list(g["via"]))
    return to_frame(cols, "sources")
