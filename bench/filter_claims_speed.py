"""Measure kit.explore.filter_claims over 100,000 claims (target: < 100 ms).

Run: python bench/filter_claims_speed.py   (synthetic claims)
``bench/run.py`` calls :func:`time_filters` on claims the engine extracted.
"""
from __future__ import annotations

import time

import numpy as np
import pandas as pd

from kit.explore import filter_claims
from kit.schema import SOURCE_TYPES, to_frame

N = 100_000


def synthetic_claims(n: int = N) -> pd.DataFrame:
    """``n`` synthetic claims (invented "Synthetic Person i" names)."""
    people = [f"Synthetic Person {i}" for i in range(500)]
    records = [
        {
            "claim_id": f"c{i}", "article_id": f"a{i % 1000}", "sentence": f"Synthetic sentence {i} about thing {i % 97}.",
            "source": people[i % 500], "source_type": SOURCE_TYPES[i % len(SOURCE_TYPES)],
            "stance": "denies" if i % 11 == 0 else "asserts", "hedges": ["reportedly"] if i % 5 == 0 else [],
            "entities": [people[(i * 7) % 500], people[(i * 13) % 500]],
        }
        for i in range(n)
    ]
    return to_frame(records, "claims")


def cases_for(claims: pd.DataFrame) -> dict[str, dict]:
    """Filter arguments a widget sends, built from the frame's own values."""
    sources = claims["source"].dropna().value_counts().index.tolist()
    entities = pd.Series([e for es in claims["entities"] for e in es]).value_counts().index.tolist()
    articles = list(dict.fromkeys(claims["article_id"]))
    word = next((w for w in str(claims["sentence"].iloc[len(claims) // 2]).split() if len(w) > 5), "the")
    return {
        "source_type": dict(source_type=["person", "official"]),
        "source": dict(source=sources[:20]),
        "entity": dict(entity=entities[min(3, len(entities) - 1)]),
        "hedged": dict(hedged=True),
        "text": dict(text=word.upper()),
        "all": dict(source_type="person", entity=entities[:50], hedged=False, stance="asserts", text=word,
                    article=articles[: max(1, len(articles) // 2)]),
    }


def time_filters(claims: pd.DataFrame, cases: dict[str, dict] | None = None, *, repeat: int = 5) -> dict:
    """Mean ms per call for each case (warm per-frame cache), plus ``cold`` (cache build + one filter)."""
    cases = cases or cases_for(claims)
    out = {}
    fresh = claims.copy()  # a frame filter_claims has not seen: the first call builds its lookups
    t = time.perf_counter()
    rows = filter_claims(fresh, **list(cases.values())[-1])
    out["cold"] = ((time.perf_counter() - t) * 1000, len(rows))
    filter_claims(claims, hedged=True)  # warm this frame's cache (not counted below)
    for name, kw in cases.items():
        t = time.perf_counter()
        for _ in range(repeat):
            rows = filter_claims(claims, **kw)
        out[name] = ((time.perf_counter() - t) / repeat * 1000, len(rows))
    return out


def main() -> None:
    claims = synthetic_claims()
    for name, (ms, rows) in time_filters(claims).items():
        print(f"{name:12s} {ms:7.1f} ms  rows={rows}")


if __name__ == "__main__":
    main()
