"""Scale-out gives the same frames: ``analyze(workers=N)`` and ``engine="dask"`` against one process;
and the sources frame, built in one pass, equals a groupby of the claims.

The corpus is the benchmark's synthetic generator (bench/corpus.py: invented people,
outlets and places, seeded), so what is tested here is what is measured there.
"""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pandas as pd
import pytest

import kit

ROOT = Path(__file__).resolve().parent.parent
FRAMES = ("articles", "claims", "entities", "mentions", "timeline", "contradictions", "sources")
N_ARTICLES = 20


def _corpus_module():
    spec = importlib.util.spec_from_file_location("bench_corpus", ROOT / "bench" / "corpus.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


corpus = _corpus_module()


@pytest.fixture(scope="module")
def articles(tmp_path_factory):
    folder = tmp_path_factory.mktemp("synthetic_corpus")
    corpus.write_corpus(folder, N_ARTICLES)
    return kit.load_articles(folder)


@pytest.fixture(scope="module")
def serial(articles):
    return kit.analyze(articles, workers=1)


def assert_same_frames(got, expected):
    for name in FRAMES:
        pd.testing.assert_frame_equal(getattr(got, name), getattr(expected, name), obj=name)


# --- the generator: deterministic, invented, and exercising every stage ---
def test_generator_is_deterministic_and_articles_differ(tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    corpus.write_corpus(a, 5)
    corpus.write_corpus(b, 5)
    texts = [p.read_text(encoding="utf-8") for p in sorted(a.iterdir())]
    assert texts == [p.read_text(encoding="utf-8") for p in sorted(b.iterdir())]
    assert len(set(texts)) == 5
    assert corpus.article(3) == texts[3].rstrip("\n")  # article i is the same in a corpus of any size


def test_generator_uses_no_name_of_the_seed(seed_articles):
    seed_text = seed_articles["text"].iloc[0]
    invented = [*corpus.FIRST_MALE, *corpus.FIRST_FEMALE, *corpus.LAST, *corpus.OUTLETS,
                *(p for p, _ in corpus.PLACES), *corpus.ORGS]
    assert [name for name in invented if name in seed_text] == []


def test_generated_articles_load_in_the_seed_layout(articles):
    assert len(articles) == N_ARTICLES
    assert articles["published"].notna().all()
    first = articles.iloc[0]
    assert first["text"].split("\n")[0] == first["title"]
    assert first["lead"].startswith("The ") and ", citing " in first["lead"]


@pytest.mark.parametrize("column, expected", [
    ("source_type", {"outlet", "person", "anonymous", "document", "unattributed"}),
    ("stance", {"asserts", "denies"}),
])
def test_the_corpus_gives_every_stage_work(serial, column, expected):
    assert expected <= set(serial.claims[column].astype(str))


def test_the_corpus_gives_hedges_times_and_contradictions(serial):
    hedges = {h for hs in serial.claims["hedges"] for h in hs}
    assert {"allegedly", "reportedly"} <= hedges
    expressions = set(serial.timeline["expression"])
    assert "at the end of last year" in expressions
    assert any(e.startswith("since 20") for e in expressions)
    assert any(e.startswith("in ") and e[3:].split()[0] in corpus.MONTHS for e in expressions)  # "in March 2023"
    assert {"denial"} <= set(serial.contradictions["kind"].astype(str))


# --- scale-out: the same frames as one process ---
@pytest.mark.slow
@pytest.mark.parametrize("workers", [2, 3])
def test_process_pool_gives_the_same_frames(articles, serial, workers):
    assert_same_frames(kit.analyze(articles, workers=workers), serial)


@pytest.fixture(scope="module")
def dask_client():
    import distributed  # the dask extra, installed by `make test`

    cluster = distributed.LocalCluster(n_workers=2, processes=True, threads_per_worker=1,
                                       dashboard_address=None, silence_logs=40)
    client = distributed.Client(cluster)
    try:
        yield client
    finally:
        client.close()
        cluster.close()


@pytest.mark.slow
@pytest.mark.parametrize("workers", [1, 2])
def test_dask_gives_the_same_frames(articles, serial, dask_client, workers):
    from distributed import get_task_stream

    with get_task_stream(dask_client) as stream:
        result = kit.analyze(articles, engine="dask", workers=workers)
    assert_same_frames(result, serial)
    # the per-article work ran as tasks on the cluster's two worker processes, not here
    assert len(stream.data) >= 1
    assert {task["worker"] for task in stream.data} <= set(dask_client.scheduler_info()["workers"])


# --- the same frames and ids on any machine: nothing may hang on set or dict order of strings ---
_ANALYZE_TO_PICKLE = """
import pickle, sys
import kit
r = kit.analyze(kit.load_articles(sys.argv[1]))
frames = {n: getattr(r, n) for n in sys.argv[3:]}
with open(sys.argv[2], "wb") as fh:
    pickle.dump(frames, fh)
"""


@pytest.mark.slow
def test_frames_do_not_depend_on_the_hash_seed(tmp_path, seed_dir):
    import os
    import pickle
    import shutil
    import subprocess
    import sys

    folder = tmp_path / "case"
    corpus.write_corpus(folder, N_ARTICLES)
    for p in Path(seed_dir).iterdir():
        if p.is_file():
            shutil.copy(p, folder / p.name)
    runs = []
    for hash_seed in ("1", "4242"):  # string hashing, hence set order, differs between the two
        out = tmp_path / f"frames-{hash_seed}.pkl"
        subprocess.run([sys.executable, "-c", _ANALYZE_TO_PICKLE, str(folder), str(out), *FRAMES], check=True,
                       cwd=ROOT, env={**os.environ, "PYTHONHASHSEED": hash_seed})
        runs.append(pickle.loads(out.read_bytes()))
    assert len(runs[0]["claims"]) > 100 and len(runs[0]["contradictions"]) > 10
    for name in FRAMES:
        pd.testing.assert_frame_equal(runs[0][name], runs[1][name], obj=name)


def _sources_by_groupby(claims: pd.DataFrame, articles: pd.DataFrame | None = None) -> pd.DataFrame:
    """The plain definition of the sources frame: a pandas groupby (what kit.sources did before its one pass)."""
    from kit.schema import to_frame

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
                first_seen=("_seen", "min"), claim_ids=("claim_id", list),
                articles=("article_id", lambda v: list(dict.fromkeys(v))),
                via=("via", lambda vs: list(dict.fromkeys(v for lst in vs for v in lst)))).reset_index()
    agg = agg.sort_values(["n_claims", "source"], ascending=[False, True], kind="stable")
    return to_frame(agg.to_dict("records"), "sources")


def _tied_claims() -> pd.DataFrame:
    """One source under two types, equal counts, a missing type and no publication dates."""
    from kit.schema import to_frame

    rows = [dict(claim_id=f"c{k}", article_id=f"a{k % 3}", source=src, source_type=st, stance=stance,
                 hedges=["may"] if k % 2 else [], via=["Wire"] if k % 4 == 0 else [])
            for k, (src, st, stance) in enumerate([
                ("Zoë Ørsted", "person", "asserts"), ("Zoë Ørsted", "official", "denies"), ("Bo Lint", "person", "asserts"),
                ("Bo Lint", "person", "denies"), (None, "unattributed", "asserts"), ("Zoë Ørsted", "person", "asserts"),
                ("Zoë Ørsted", "official", "asserts"), ("Ann Vole", None, "asserts")])]
    return to_frame(rows, "claims")


@pytest.mark.parametrize("case", ["synthetic", "seed", "tied", "object types", "unattributed only"])
def test_sources_equal_a_groupby_of_the_claims(case, serial, articles, seed_analysis):
    claims, arts = {
        "synthetic": lambda: (serial.claims, articles),
        "seed": lambda: (seed_analysis.claims, seed_analysis.articles),
        "tied": lambda: (_tied_claims(), None),
        "object types": lambda: (_tied_claims().assign(source_type=lambda f: f["source_type"].astype(object)), None),
        "unattributed only": lambda: (_tied_claims().assign(source=None), None),
    }[case]()
    from kit.sources import summarize_sources

    got, want = summarize_sources(claims, arts), _sources_by_groupby(claims, arts)
    assert len(got) > 0 or case == "unattributed only"
    pd.testing.assert_frame_equal(got, want)
