"""How likely a candidate pair is a real conflict: a small logistic model over what the rules saw.

`kit.contradictions` proposes pairs and scores each by the signal that proposed it (a denial,
two figures, two dates). That score alone ranks a denial paired with the wrong claim of its
story as high as the right one. The ranker weighs it with what no single rule sees: how far
apart the two claims are, whether two different sources speak, how many words rare in the
story they share, and in how many other pairs each claim stands. Its output is the pair's
``score``: the chance, from 0 to 1, that an annotator would call the pair a conflict.

The weights are fit by ``tools/fit_ranker.py`` on the annotated articles in
``tests/fixtures/heldout`` (plain logistic regression, L2-penalised; the script prints the
cross-validated figures) and written below on the features' own scale, so each reads as
"this much more log-odds per unit". Nothing is learnt at run time: the same pair gets the
same score on any machine.

>>> x = features(rule=0.9, kind="quantity", distance=1, lead=True, deny=(False, False),
...              sources=("Ann Vole", "Bo Lint"), types=("person", "official"), shared_entities=1,
...              jaccard=0.2, rare_shared=2, place=0, n_pairs=2)
>>> 0.5 < probability(x) < 1
True
"""
from __future__ import annotations

import math

KINDS = ("denial", "quantity", "temporal", "account", "negation")
FAR = 30  # sentences: beyond this (or across stories) distance says nothing more
NAMES = ("rule",) + tuple("kind_" + k for k in KINDS) + (
    "log_distance", "adjacent", "lead", "deny_any", "deny_both", "different_sources", "document", "unattributed",
    "anonymous", "shared_entities", "jaccard", "rare_shared", "log_place", "log_pairs", "denial_jaccard",
    "quantity_different_sources", "both_people", "best_words", "denial_later",
    "words_only", "both_figures", "both_times", "signals", "contrast", "lead_log_distance", "lead_denial")

# fit by tools/fit_ranker.py on the 1,360 held-out articles and the seed (its figures: docs/heldout.md); the
# features' raw scale
BIAS = -0.9336
WEIGHTS: dict[str, float] = {
    "rule": 1.7325,
    "kind_denial": -0.4257,
    "kind_quantity": 0.3383,
    "kind_temporal": -0.0471,
    "kind_account": 0.4092,
    "kind_negation": -0.3819,
    "log_distance": -1.2465,
    "adjacent": -0.0082,
    "lead": -0.5356,
    "deny_any": -0.6404,
    "deny_both": 0.1699,
    "different_sources": 0.7731,
    "document": -0.1819,
    "unattributed": -0.7731,
    "anonymous": -0.1027,
    "shared_entities": 0.1210,
    "jaccard": 3.0134,
    "rare_shared": 0.3641,
    "log_place": -0.0748,
    "log_pairs": -0.2595,
    "denial_jaccard": 2.5023,
    "quantity_different_sources": 0.4189,
    "both_people": 0.2152,
    "best_words": 0.0508,
    "denial_later": 1.2170,
    "words_only": -0.2931,
    "both_figures": -0.0498,
    "both_times": -0.0754,
    "signals": 0.2697,
    "contrast": 0.2207,
    "lead_log_distance": 0.3736,
    "lead_denial": 0.0274,
}


def features(*, rule: float, kind: str, distance: int | None, lead: bool, deny: tuple[bool, bool],
             sources: tuple[str | None, str | None], types: tuple[str | None, str | None], shared_entities: int,
             jaccard: float, rare_shared: int, place: int, n_pairs: int, best_words: int = 0,
             denial_later: bool = False, words_only: bool = False, figures: tuple[bool, bool] = (False, False),
             times: tuple[bool, bool] = (False, False), signals: int = 0, contrast: bool = False) -> list[float]:
    """The pair's features in the order of ``NAMES``.

    ``distance`` is the number of sentences between the claims (None across stories);
    ``place`` the pair's worst place among either claim's pairs (0: the best of both);
    ``n_pairs`` how many pairs the two claims stand in together; ``best_words`` for how many of
    its two claims it is the pair sharing the most words; ``denial_later``: a denial answers the
    other claim, told before it.
    """
    far = FAR if distance is None else min(abs(distance), FAR)
    different = bool(sources[0] and sources[1] and sources[0] != sources[1])
    deny_any = deny[0] or deny[1]
    x = [rule] + [1.0 if kind == k else 0.0 for k in KINDS] + [
        math.log1p(far), float(far == 1), float(lead and distance is not None), float(deny_any),
        float(deny[0] and deny[1]), float(different), float("document" in types), float("unattributed" in types),
        float("anonymous" in types), float(min(shared_entities, 3)), jaccard, float(min(rare_shared, 3)),
        math.log1p(place), math.log1p(n_pairs), jaccard if deny_any else 0.0,
        float(kind == "quantity" and different), float(types[0] in _PEOPLE and types[1] in _PEOPLE),
        float(best_words), float(denial_later), float(words_only), float(figures[0] and figures[1]),
        float(times[0] and times[1]), float(signals), float(contrast),
        math.log1p(far) if lead and distance is not None else 0.0, float(lead and distance is not None and deny_any)]
    return x


_PEOPLE = frozenset({"person", "official"})
_W = [WEIGHTS[n] for n in NAMES]


def probability(x: list[float]) -> float:
    """The model's chance that a pair with features ``x`` is a conflict."""
    z = BIAS
    for w, v in zip(_W, x):
        z += w * v
    return 1.0 / (1.0 + math.exp(-z)) if z > -40 else 0.0
