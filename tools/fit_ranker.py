"""Fit `kit.rank`'s weights on the annotated articles, and say how well they rank pairs unseen.

    python tools/fit_ranker.py                      # tests/fixtures/heldout, ../shared/eval/score.py
    python tools/fit_ranker.py --folds 2 --l2 1.0

Every candidate pair `kit.contradictions.pair_table` proposes within one article is labelled a
conflict when the gold file lists its two sentences in any tier. A logistic regression
(Newton's method, L2-penalised, on standardised features) is fit on them. The script then
scores with the evaluation's own scorer, per fold: the articles of one fold ranked by weights
fit on the others, against the rules' score alone. It prints the weights on the features' raw
scale, to paste into ``kit/rank.py``. Deterministic: folds are every n-th article by name.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from pathlib import Path

import numpy as np
import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import kit  # noqa: E402
from kit import rank  # noqa: E402
from kit.contradictions import pair_table  # noqa: E402


def _scorer(path: Path):
    spec = importlib.util.spec_from_file_location("kit_score", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _sentence_of(gold: dict, text: str, start: int, end: int) -> str | None:
    """The gold sentence a claim's span falls in (most overlap, at least half), as the scorer aligns it."""
    best, most = None, 0
    for key, s in gold["sentences"].items():
        i = text.find(s)
        if i < 0:
            continue
        o = min(end, i + len(s)) - max(start, i)
        if o > most:
            best, most, span = key, o, (i, i + len(s))
    if best is None or most < 0.5 * min(span[1] - span[0], max(1, end - start)):
        return None
    return best


def _conflicts(gold: dict) -> set[frozenset]:
    out: set[frozenset] = set()
    for c in gold.get("contradictions", []):
        a = c["a"] if isinstance(c["a"], list) else [c["a"]]
        b = c["b"] if isinstance(c["b"], list) else [c["b"]]
        out |= {frozenset((x, y)) for x in a for y in b}
    return out


def _fit(X: np.ndarray, y: np.ndarray, l2: float, weight: np.ndarray | None = None) -> tuple[float, np.ndarray]:
    weight = np.ones(len(X)) if weight is None else weight
    mu, sd = X.mean(0), X.std(0)
    sd[sd == 0] = 1.0
    Z = np.hstack([(X - mu) / sd, np.ones((len(X), 1))])
    w = np.zeros(Z.shape[1])
    penalty = np.r_[np.ones(Z.shape[1] - 1), 0.0] * l2
    for _ in range(100):
        p = 1 / (1 + np.exp(-Z @ w))
        step = np.linalg.solve((Z * (weight * p * (1 - p))[:, None]).T @ Z + np.diag(penalty),
                               Z.T @ (weight * (p - y)) + penalty * w)
        w -= step
        if np.abs(step).max() < 1e-9:
            break
    raw = w[:-1] / sd  # back on the features' own scale
    return float(w[-1] - (raw * mu).sum()), raw


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--held", type=Path, default=ROOT / "tests" / "fixtures" / "heldout")
    ap.add_argument("--seed-weight", type=float, default=1.0,
                    help="also fit on the seed (seeds/, ../shared/gold), its pairs counted this many times")
    ap.add_argument("--scorer", type=Path, default=ROOT.parent / "shared" / "eval" / "score.py")
    ap.add_argument("--folds", type=int, default=2)
    ap.add_argument("--l2", type=float, default=1.0)
    args = ap.parse_args(argv)
    score = _scorer(args.scorer)
    sets = [(args.held / "articles", args.held / "gold")]
    if args.seed_weight:
        sets.append((ROOT / "seeds", args.scorer.parent.parent / "gold"))
    articles = kit.load_articles([str(a) for a, _ in sets])
    result = kit.analyze(articles)
    claims = result.claims
    table = pair_table(claims, result.timeline)
    stems = articles["path"].map(lambda p: Path(str(p)).stem)
    golds = {p.name[: -len(".gold.json")]: json.loads(p.read_text(encoding="utf-8"))
             for _, g in sets for p in sorted(g.glob("*.gold.json"))}
    seed_stems = {p.name[: -len(".gold.json")] for p in sorted(sets[1][1].glob("*.gold.json"))} if args.seed_weight else set()
    art_of = dict(zip(claims["claim_id"], claims["article_id"]))
    stem_of = dict(zip(articles["article_id"], stems))
    text_of = dict(zip(articles["article_id"], articles["text"]))
    sent = {}
    for c in claims.itertuples():
        gold = golds.get(stem_of[c.article_id])
        sent[c.claim_id] = _sentence_of(gold, text_of[c.article_id], int(c.start), int(c.end)) if gold else None
    table["stem"] = [stem_of[art_of[a]] if art_of[a] == art_of[b] else None for a, b in zip(table["claim_a"], table["claim_b"])]
    table = table[table["stem"].isin(golds)].reset_index(drop=True)
    conflicts = {stem: _conflicts(g) for stem, g in golds.items()}
    table["y"] = [float(frozenset((sent[a], sent[b])) in conflicts[s]) if sent[a] and sent[b] else 0.0
                  for a, b, s in zip(table["claim_a"], table["claim_b"], table["stem"])]
    table["w"] = [args.seed_weight if stem in seed_stems else 1.0 for stem in table["stem"]]
    names = list(rank.NAMES)
    order = sorted(set(golds) - seed_stems)
    fold_of = {stem: n % args.folds for n, stem in enumerate(order)}
    figures = ("contra_core_r@10", "contra_r@10", "contra_p@10")

    def figures_of(stems_in: list[str], weights: tuple[float, np.ndarray] | None) -> dict[str, float]:
        part = table[table["stem"].isin(stems_in)]
        if weights is None:
            s = part["rule"].to_numpy()
        else:
            s = 1 / (1 + np.exp(-(weights[0] + part[names].to_numpy() @ weights[1])))
        con = pd.DataFrame({"claim_a": part["claim_a"], "claim_b": part["claim_b"], "score": np.round(s, 3)})
        frames = {n: getattr(result, n) for n in ("claims", "entities", "mentions", "timeline")}
        frames["contradictions"] = con.sort_values("score", ascending=False, kind="stable")
        out: dict[str, list[float]] = {f: [] for f in figures}
        for stem in stems_in:
            row = articles[stems == stem].iloc[0].to_dict()
            got = score.score_article(golds[stem], row, frames)
            for f in figures:
                if got.get(f) is not None:
                    out[f].append(got[f])
        return {f: round(sum(v) / len(v), 4) for f, v in out.items()}

    print(f"{len(table)} pairs in {len(golds)} articles, {int(table['y'].sum())} of them conflicts")
    for k in range(args.folds):
        train = [s for s in order if fold_of[s] != k]
        test = [s for s in order if fold_of[s] == k]
        part = table[table["stem"].isin(train + sorted(seed_stems))]
        weights = _fit(part[names].to_numpy(), part["y"].to_numpy(), args.l2, part["w"].to_numpy())
        print(f"fold {k}: rules alone {figures_of(test, None)}  ranked {figures_of(test, weights)}")
    bias, raw = _fit(table[names].to_numpy(), table["y"].to_numpy(), args.l2, table["w"].to_numpy())
    if seed_stems:
        print(f"seed: rules alone {figures_of(sorted(seed_stems), None)}  ranked {figures_of(sorted(seed_stems), (bias, raw))}")
    print(f"BIAS = {bias:.4f}")
    print("WEIGHTS: dict[str, float] = {")
    for name, w in zip(names, raw):
        print(f'    "{name}": {w:.4f},')
    print("}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
