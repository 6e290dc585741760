"""One thousand three hundred and sixty articles scored with the client's scorer (``../shared/eval/score.py``), as a
floor.

Colleagues wrote them in two hundred and twenty-eight rounds and annotated them in the gold schema (``kit-gold/1``)
without reading the kit's code; every person, firm and outlet is invented. Each round was scored
before any rule was written for it: ``docs/heldout.md`` lists every round's articles, its held-out
figures and the rules it led to.

The floors below are what the general rules the rounds led to reach on all 1,240 articles, rounded
down; they guard those rules, and they are not a held-out measure any more (the contradiction ranker,
`kit.rank`, is fit on these articles too: its out-of-fold figures are in ``docs/heldout.md``).
"""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

import kit

ROOT = Path(__file__).resolve().parent.parent
HELD = Path(__file__).parent / "fixtures" / "heldout"
SCORER = ROOT.parent / "shared" / "eval" / "score.py"
FLOORS = {
    # (sections: annotators disagree on a summary box's label: "What you need to know:" is a subheading in rounds 19
    # and 29, while round 27 leaves out both it and "Key points:"; the kit keeps the label, so two of the 580 miss)
    # (published: annotators disagree on the Kathmandu Post's "Published at : <date>" over "Updated at : <date> <time>":
    # four rounds read the update's time as the day's only one, round 99 the date alone; the kit follows the four)
    # (denial: 0.94 on the first 712, and still 0.942 there; the 36 of rounds 121 to 126 reach 0.895, their annotators
    # reading more sentences with "never" as assertions and more reported negations as denials: 0.9398 on all 748,
    # 0.938 on all 784, 0.934 on all 820: the 36 of rounds 133 to 138 reach 0.841; 0.937 on all 832)
    "title_ok": 1, "published_ok": 0.99, "sections_ok": 0.98, "claim_sentences_covered": 1,
    "attribution_f1": 0.93, "denial_f1": 0.93, "hedge_f1": 0.96, "entity_f1": 0.96, "entity_type_acc": 0.95,
    "epithet_r": 0.70, "role_r": 0.85, "time_detect_r": 0.97, "time_detect_p": 0.98, "time_value_acc": 0.95,
    "contra_core_r@10": 0.60, "contra_r@10": 0.50, "contra_p@10": 0.46,
}


@pytest.fixture(scope="module")
def macro():
    if not SCORER.is_file():  # pragma: no cover - CI and developers have ../shared
        pytest.fail("../shared/eval/score.py is missing: the held-out articles cannot be scored")
    spec = importlib.util.spec_from_file_location("kit_score_heldout", SCORER)
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)
    articles = kit.load_articles(HELD / "articles")
    r = kit.analyze(articles)
    frames = {n: getattr(r, n) for n in ("claims", "entities", "mentions", "timeline", "contradictions")}
    per = []
    for gfile in sorted((HELD / "gold").glob("*.gold.json")):
        gold = json.loads(gfile.read_text(encoding="utf-8"))
        stem = gfile.name[: -len(".gold.json")]
        rows = articles[articles["path"].map(lambda p: Path(str(p)).stem == stem)]
        per.append(score.score_article(gold, rows.iloc[0].to_dict(), frames))
    assert len(per) == 1360
    return {k: sum(float(p[k]) for p in per if p.get(k) is not None) / sum(p.get(k) is not None for p in per)
            for k in FLOORS}


@pytest.mark.parametrize("figure,floor", sorted(FLOORS.items()))
def test_held_out_articles_stay_above_their_floor(macro, figure, floor):
    assert macro[figure] >= floor, (figure, round(macro[figure], 3))
