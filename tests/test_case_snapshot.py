"""Reopening an unchanged case reads one snapshot: no loading, no analysis, no combining.

Any change the loader or the engine would see (an edited, added or removed file, the
folder's articles.csv, a ruling, the engine's version, the size limit) misses it. Uses
the synthetic loader and engine of case_fakes (invented names).
"""
from __future__ import annotations

import os
import shutil
import time

import pandas as pd
import pytest

import case_fakes
import kit
import kit.cache
import kit.case

REAL_LOADER = kit.case._load_articles
OLD = time.time() - 3600  # file times an hour ago: outside the "racily clean" window


@pytest.fixture
def folder(tmp_path, monkeypatch):
    folder = case_fakes.fresh_case(tmp_path, monkeypatch)
    _age(folder)
    return folder


def _age(folder, when=OLD):
    for path in folder.iterdir():
        if path.is_file():
            os.utime(path, (when, when))


def _combines() -> int:
    return len(case_fakes.RULINGS)  # the fake combine records each call


def test_unchanged_folder_reopens_from_the_snapshot(folder, monkeypatch):
    monkeypatch.setattr(kit.cache, "RACY_SECONDS", 0.0)  # ctime is "now" in a fresh tmp dir
    first = kit.open_case(folder, author="synthetic-ana")
    assert (_combines(), sorted(case_fakes.CALLS)) == (1, ["a1", "a2"])
    loads, load = [], case_fakes.load_articles
    monkeypatch.setattr(case_fakes, "load_articles", lambda f, **kw: loads.append(f) or load(f, **kw))
    reopened = kit.open_case(folder, author="synthetic-ana")
    assert (_combines(), loads, sorted(case_fakes.CALLS)) == (1, [], ["a1", "a2"])
    for name in ("articles", "claims", "contradictions", "sources", "entities"):
        pd.testing.assert_frame_equal(getattr(reopened, name), getattr(first, name))
    assert len(list((folder / ".kit" / "snapshot").iterdir())) == 1  # one snapshot, the latest


def test_a_snapshot_gone_before_its_frames_are_read_is_recomputed(folder, monkeypatch):
    # another notebook on the folder saved a newer snapshot (the old one is removed)
    # after this one reopened: the frames come from the engine again, all of them
    monkeypatch.setattr(kit.cache, "RACY_SECONDS", 0.0)
    first = kit.open_case(folder)
    reopened = kit.open_case(folder)
    shutil.rmtree(folder / ".kit" / "snapshot")
    pd.testing.assert_frame_equal(reopened.claims, first.claims)
    pd.testing.assert_frame_equal(reopened.contradictions, first.contradictions)
    assert _combines() == 2


def _edit_same_size(folder):
    path = folder / "a1.txt"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("3 March", "4 March"), encoding="utf-8")
    _age(folder, OLD + 60)  # a later time, the size unchanged


CHANGES = {
    "edited, same size": (_edit_same_size, 4),
    "added": (lambda f: (case_fakes.write_articles(f, {"a3.txt": "Synthetic: new\nIlse Marten: Gate shut.\n"}),
                         _age(f, OLD + 60)), 5),
    "removed": (lambda f: (f / "a2.txt").unlink(), 2),
    "articles.csv": (lambda f: ((f / "articles.csv").write_text("file,outlet\na1.txt,Synthetic Wire\n"),
                                _age(f, OLD + 60)), 4),
}


@pytest.mark.parametrize("change", CHANGES)
def test_a_changed_folder_misses_the_snapshot(folder, monkeypatch, change):
    monkeypatch.setattr(kit.cache, "RACY_SECONDS", 0.0)
    apply, n_claims = CHANGES[change]
    kit.open_case(folder)
    apply(folder)
    reopened = kit.open_case(folder)
    assert _combines() == 2
    assert len(reopened.claims) == n_claims


@pytest.mark.parametrize("change", ["ruling", "engine version", "size limit"])
def test_rulings_engine_and_limits_are_in_the_key(folder, monkeypatch, change):
    monkeypatch.setattr(kit.cache, "RACY_SECONDS", 0.0)
    case = kit.open_case(folder)
    if change == "ruling":
        case.merge_entities("Mara Quill", "Oren Vasko")
    elif change == "engine version":
        monkeypatch.setattr(case_fakes, "ANALYSIS_VERSION", "synthetic-2")
    else:
        monkeypatch.setenv("KIT_MAX_BYTES", "1000")
    kit.open_case(folder)
    assert _combines() == 2
    if change == "ruling":
        assert case_fakes.RULINGS[-1] == [{"action": "merge", "a": "Mara Quill", "b": "Oren Vasko"}]


def test_a_file_changed_just_now_is_not_trusted(folder):
    # default window: the articles were written (ctime) moments ago, so a same-tick
    # edit could hide behind an unchanged stamp; nothing is snapshotted
    kit.open_case(folder)
    kit.open_case(folder)
    assert _combines() == 2
    assert list((folder / ".kit").glob("snapshot/*")) == []


@pytest.mark.filterwarnings("ignore:.*no dateline")
def test_loader_warnings_are_replayed_on_a_snapshot_hit(folder, monkeypatch):
    monkeypatch.setattr(kit.case, "_load_articles", REAL_LOADER)
    monkeypatch.setattr(kit.cache, "RACY_SECONDS", 0.0)
    with pytest.warns(UserWarning) as first:
        kit.open_case(folder)
    with pytest.warns(UserWarning) as again:
        kit.open_case(folder)
    assert _combines() == 1
    assert sorted(str(w.message) for w in again) == sorted(str(w.message) for w in first) != []
    assert {w.category for w in again} == {w.category for w in first}


def test_folder_stamp_skips_hidden_folders_and_sees_every_file(folder, monkeypatch):
    monkeypatch.setattr(kit.cache, "RACY_SECONDS", 0.0)
    (folder / ".kit").mkdir(exist_ok=True)
    (folder / ".kit" / "x.pkl").write_bytes(b"synthetic")
    (folder / "__pycache__").mkdir()
    (folder / "articles.csv").write_text("file,outlet\n")
    _age(folder)
    names = [entry[0] for entry in kit.cache.folder_stamp(folder)]
    assert names == ["a1.txt", "a2.txt", "articles.csv"]
