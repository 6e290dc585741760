"""Measure kit.explore.filter_claims over 100,000 synthetic claims (target: < 100 ms).

Run: python bench/filter_claims_speed.py
"""
from __future__ import annotations

import time

import numpy as np

from kit.explore import filter_claims
from kit.schema import SOURCE_TYPES, to_frame

N = 100_000
rng = np.random.default_rng(0)
people = [f"Synthetic Person {i}" for i in range(500)]  # synthetic names
records = [
    {
        "claim_id": f"c{i}", "article_id": f"a{i % 1000}", "sentence": f"Synthetic sentence {i} about thing {i % 97}.",
        "source": people[i % 500], "source_type": SOURCE_TYPES[i % len(SOURCE_TYPES)],
        "stance": "denies" if i % 11 == 0 else "asserts", "hedges": ["reportedly"] if i % 5 == 0 else [],
        "entities": [people[(i * 7) % 500], people[(i * 13) % 500]],
    }
    for i in range(N)
]
claims = to_frame(records, "claims")
cases = {
    "source_type": dict(source_type=["person", "official"]),
    "source": dict(source=people[:20]),
    "entity": dict(entity=people[3]),
    "hedged": dict(hedged=True),
    "text": dict(text="THING 42"),
    "all": dict(source_type="person", entity=people[:50], hedged=False, stance="asserts", text="thing", article=[f"a{i}" for i in range(500)]),
}
filter_claims(claims, entity="x")  # first call builds the per-frame cache (not counted below)
for name, kw in cases.items():
    t = time.perf_counter()
    for _ in range(5):
        out = filter_claims(claims, **kw)
    ms = (time.perf_counter() - t) / 5 * 1000
    print(f"{name:12s} {ms:7.1f} ms  rows={len(out)}")
t = time.perf_counter()
filter_claims(claims.copy(), entity=people[3], text="thing")
print(f"cold (cache build + filter) {(time.perf_counter() - t) * 1000:7.1f} ms")
