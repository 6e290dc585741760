"""Scale-out gives the same frames: ``analyze(workers=N)`` and ``engine="dask"`` against one process.

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
