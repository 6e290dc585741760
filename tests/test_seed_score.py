"""The seed's figures stay at or above the targets of ../shared/eval/README.md."""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
TARGETS = {
    "title_ok": 1, "published_ok": 1, "sections_ok": 1, "attribution_f1": 0.90, "claim_sentences_covered": 1,
    "denial_f1": 1, "hedge_f1": 0.90, "entity_f1": 0.90, "entity_type_acc": 0.90, "epithet_r": 0.80,
    "role_r": 0.80, "time_detect_r": 0.90, "time_detect_p": 0.90, "time_value_acc": 0.90,
    "contra_core_r@10": 1, "contra_r@10": 0.80, "contra_p@10": 0.50,
}


def _scorer():
    path = SHARED / "eval" / "score.py"
    spec = importlib.util.spec_from_file_location("kit_score", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@pytest.fixture(scope="module")
def seed_scores(seed_articles, seed_analysis):
    if not (SHARED / "gold").is_dir():  # pragma: no cover - CI and developers have ../shared
        pytest.fail("../shared/gold is missing: the seed cannot be scored")
    score = _scorer()
    frames = {n: getattr(seed_analysis, n) for n in ("claims", "entities", "mentions", "timeline", "contradictions")}
    out = {}
    for gfile in sorted((SHARED / "gold").glob("*.gold.json")):
        gold = json.loads(gfile.read_text(encoding="utf-8"))
        stem = gfile.name[: -len(".gold.json")]
        rows = seed_articles[seed_articles["path"].map(lambda p: Path(str(p)).stem == stem)]
        assert not rows.empty, f"{stem} not loaded"
        out[stem] = score.score_article(gold, rows.iloc[0].to_dict(), frames)
    return out


# what the seed scores now: a change that costs the seed anything is a regression, even above the target
# (P@10 went from 0.78 to 0.67 when far-apart pairs past the lead began to rank lower: one pair of nine, for
# +0.05 core recall and +0.03 P@10 on the hundred held-out articles and +0.09 core recall on round nineteen)
HELD = {figure: 1 for figure in TARGETS} | {"contra_p@10": 0.66}


@pytest.mark.parametrize("figure,held", sorted(HELD.items()))
def test_seed_keeps_its_score(seed_scores, figure, held):
    for stem, figures in seed_scores.items():
        assert float(figures[figure]) >= held, (stem, figure, figures[figure])


@pytest.mark.parametrize("figure,target", sorted(TARGETS.items()))
def test_seed_meets_target(seed_scores, figure, target):
    for stem, figures in seed_scores.items():
        assert figures[figure] is not None and float(figures[figure]) >= target, (stem, figure, figures[figure])
