"""What the curated notebooks call: open the case they are pointed at, and summarise it.

The notebooks in ``notebooks/`` stay short calls into this module, :mod:`kit.explore`,
:mod:`kit.widgets` and :mod:`kit.plots`. Every summary line printed here is built from
the case's frames, so what a notebook prints can be checked against them.

>>> case = open_case("../seeds")          # doctest: +SKIP
>>> print(describe(case))                 # doctest: +SKIP
case seeds: 1 articles, 20 claims, ...
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pandas as pd

CASE_ENV = "KIT_CASE"
FRAMES = ("articles", "claims", "sources", "entities", "mentions", "timeline", "contradictions")


def case_folder(default: str | os.PathLike) -> Path:
    """The folder a notebook opens: ``$KIT_CASE`` when set, else ``default``.

    A relative ``default`` is read from the working directory, which is the notebook's
    own folder in JupyterLab and when kit renders it.

    >>> case_folder(".").is_dir()
    True
    """
    chosen = os.environ.get(CASE_ENV) or default
    folder = Path(chosen)
    if not folder.is_dir():
        where = f"${CASE_ENV}" if os.environ.get(CASE_ENV) else "CASE"
        raise FileNotFoundError(
            f"{where}={str(chosen)!r} is not a folder (working directory {Path.cwd().name!r}); "
            "valid: a folder of articles, e.g. CASE = '../seeds' in the parameters cell"
        )
    return folder


def open_case(default: str | os.PathLike, *, author: str | None = None) -> Any:
    """:func:`kit.open_case` on :func:`case_folder` ``(default)``.

    Also lets pandas show text columns in full: the notebooks' tables hold sentences
    and reasons an analyst has to read whole.
    """
    import kit

    pd.set_option("display.max_colwidth", None)
    return kit.open_case(case_folder(default), author=author)


def frame_counts(case: Any) -> dict[str, int]:
    """Rows per frame of the case, in :data:`FRAMES` order."""
    return {name: len(getattr(case, name)) for name in FRAMES}


def describe(case: Any) -> str:
    """One line per frame: what was loaded and found (``"claims: 20"``), headed by the case's name."""
    counts = frame_counts(case)
    lines = [f"case {case.folder.resolve().name}"]
    lines += [f"{name}: {n}" for name, n in counts.items()]
    return "\n".join(lines)


def articles_table(case: Any) -> pd.DataFrame:
    """The loaded articles with what was found in each: claims, distinct sources, dated events."""
    arts, claims, timeline = case.articles, case.claims, case.timeline
    out = arts[["article_id", "title", "outlet", "published"]].copy()
    out["claims"] = out["article_id"].map(claims["article_id"].value_counts()).fillna(0).astype(int)
    out["sources"] = out["article_id"].map(claims.groupby("article_id")["source"].nunique()).fillna(0).astype(int)
    out["events"] = out["article_id"].map(timeline["article_id"].value_counts()).fillna(0).astype(int)
    return out.reset_index(drop=True)


def entity_table(case: Any) -> pd.DataFrame:
    """People, organisations and places with every alias and role, most mentioned first."""
    ents = case.entities
    cols = [c for c in ("name", "type", "aliases", "roles", "n_mentions", "articles") if c in ents.columns]
    out = ents[cols].sort_values(["n_mentions", "name"], ascending=[False, True], kind="stable")
    for col in ("aliases", "roles", "articles"):
        if col in out.columns:
            out[col] = out[col].map(lambda v: ", ".join(v) if isinstance(v, list) else "")
    return out.reset_index(drop=True)


def sourcing_line(claims: pd.DataFrame) -> str:
    """``"20 claims: 9 named, 6 anonymous, 5 unattributed; 4 hedged, 1 denied"``."""
    st = claims["source_type"].astype(object)
    anonymous, unattributed = int((st == "anonymous").sum()), int((st == "unattributed").sum())
    named = len(claims) - anonymous - unattributed
    hedged = int(claims["hedges"].map(lambda h: bool(h) if isinstance(h, list) else False).sum())
    denied = int((claims["stance"].astype(object) == "denies").sum())
    return (f"{len(claims)} claims: {named} named, {anonymous} anonymous, {unattributed} unattributed; "
            f"{hedged} hedged, {denied} denied")


def open_pairs(case: Any) -> pd.DataFrame:
    """Contradiction candidates still without a verdict, best first, with both sentences."""
    pairs = case.contradictions
    pairs = pairs[pairs["verdict"].astype(object).fillna("open") == "open"]
    sentences = dict(zip(case.claims["claim_id"], case.claims["sentence"]))
    out = pairs[["kind", "score", "reason", "claim_a", "claim_b"]].copy()
    out["sentence_a"] = out["claim_a"].map(sentences)
    out["sentence_b"] = out["claim_b"].map(sentences)
    return out.sort_values("score", ascending=False, kind="stable").reset_index(drop=True)


def review_line(case: Any) -> str:
    """``"3 of 5 pairs open; 2 judged (1 confirmed, 1 explained)"``."""
    verdicts = case.contradictions["verdict"].astype(object).fillna("open")
    judged = verdicts[verdicts != "open"].value_counts().sort_index()
    detail = ", ".join(f"{n} {v.replace('_', ' ')}" for v, n in judged.items())
    return (f"{int((verdicts == 'open').sum())} of {len(verdicts)} pairs open; "
            f"{len(verdicts) - int((verdicts == 'open').sum())} judged" + (f" ({detail})" if detail else ""))


def timeline_table(case: Any) -> pd.DataFrame:
    """Dated events by source with how uncertain each date is and whether it is contested.

    ``days`` is the width of the interval the expression allows (1 for an exact day);
    ``contested`` marks events whose claim is in a contradiction candidate.
    """
    tl, pairs = case.timeline, case.contradictions
    contested = set(pairs["claim_a"].astype(str)) | set(pairs["claim_b"].astype(str))
    out = tl[["source", "source_type", "expression", "start", "end", "granularity", "description", "claim_id"]].copy()
    out["days"] = ((out["end"] - out["start"]).dt.days + 1).astype("Int64")
    out["contested"] = out["claim_id"].astype(str).isin(contested)
    out["source"] = out["source"].astype(object).where(out["source"].notna(), "(unattributed)")
    out = out.sort_values(["start", "source"], kind="stable", na_position="last")
    return out[["start", "end", "days", "granularity", "expression", "source", "source_type", "contested",
                "description"]].reset_index(drop=True)


def timeline_line(case: Any) -> str:
    """``"7 events from 4 sources; 2 contested; 1 undated"``."""
    table = timeline_table(case)
    return (f"{len(table)} events from {table['source'].nunique()} sources; "
            f"{int(table['contested'].sum())} contested; {int(table['start'].isna().sum())} undated")


def show(ax: Any) -> Any:
    """A kit plot (a matplotlib Axes on a bare Figure) as a PNG image for the notebook."""
    from IPython.display import Image

    from kit.plots import to_png

    return Image(data=to_png(ax), format="png")
