"""The case file: cached analysis, judgements joined into the frames, and the store's guarantees.

The loader and the engine are replaced by the synthetic fakes of ``case_fakes`` so these
tests exercise the case file alone (and stay fast).
"""
from __future__ import annotations

import doctest
import json
import multiprocessing
import os
import sqlite3

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import case_fakes
import kit
import kit.cache
import kit.case
import kit.schema
import kit.store
from kit.case import CREDIBILITY, RELIABILITY, VERDICTS, CaseError

REAL_LOADER = kit.case._load_articles  # kept before the fixture swaps in the synthetic one


@pytest.fixture
def folder(tmp_path, monkeypatch):
    return case_fakes.fresh_case(tmp_path, monkeypatch)


@pytest.fixture
def case(folder):
    return kit.open_case(folder, author="synthetic-ana")


def _pair(case):
    return tuple(case.contradictions[["claim_a", "claim_b"]].iloc[0])


def _claim(case, content):
    claims = case.claims
    return claims.loc[claims["content"] == content, "claim_id"].item()


# --- the analysis cache ---
def test_first_open_analyzes_each_article_once_and_reopen_none(folder):
    kit.open_case(folder)
    assert sorted(case_fakes.CALLS) == ["a1", "a2"]
    case_fakes.CALLS.clear()
    reopened = kit.open_case(folder)
    assert case_fakes.CALLS == []
    assert len(reopened.claims) == 4


@pytest.mark.parametrize("change, analyzed", [
    ({"a3.txt": "Synthetic: new\nIlse Marten: Bridge closed again.\n"}, ["a3"]),  # an added article
    ({"a1.txt": "Synthetic: harbour fire\nMara Quill: Depot burned on 4 March.\n"}, ["a1"]),  # an edited one
])
def test_a_changed_article_costs_only_its_own_analysis(folder, change, analyzed):
    kit.open_case(folder)
    case_fakes.CALLS.clear()
    case_fakes.write_articles(folder, change)
    kit.open_case(folder)
    assert case_fakes.CALLS == analyzed


def test_cache_files_are_named_by_hash_and_a_broken_one_is_recomputed(folder):
    kit.open_case(folder)
    files = sorted((folder / ".kit" / "cache").iterdir())
    assert len(files) == 2
    assert all(len(f.stem) == 64 and set(f.stem) <= set("0123456789abcdef") and f.suffix == ".pkl" for f in files)
    files[0].write_bytes(b"\x80truncated")
    case_fakes.CALLS.clear()
    reopened = kit.open_case(folder)
    assert len(case_fakes.CALLS) == 1 and len(reopened.claims) == 4


def test_cache_key_depends_on_content_and_version(monkeypatch):
    row = {"article_id": "a1", "title": "T", "published": pd.Timestamp("2024-10-25 06:06"), "text": "Body."}
    key = kit.cache.article_key(row)
    assert key == kit.cache.article_key(dict(row, path="moved/a1.txt"))
    assert key != kit.cache.article_key(dict(row, text="Body!"))
    assert key != kit.cache.article_key(row, salt="engine-2")
    monkeypatch.setattr(kit, "__version__", "999")
    assert key != kit.cache.article_key(row)


def test_bumping_the_engine_version_reanalyzes_everything(folder, monkeypatch):
    kit.open_case(folder)
    case_fakes.CALLS.clear()
    monkeypatch.setattr(case_fakes, "ANALYSIS_VERSION", "synthetic-2")
    kit.open_case(folder)
    assert sorted(case_fakes.CALLS) == ["a1", "a2"]


@pytest.mark.filterwarnings("ignore:.*no dateline")
def test_with_the_real_loader_the_case_files_are_not_read_as_articles(folder, monkeypatch):
    monkeypatch.setattr(kit.case, "_load_articles", REAL_LOADER)
    case = kit.open_case(folder)
    case.grade_source("Mara Quill", "B", 2)
    case_fakes.CALLS.clear()
    reopened = kit.open_case(folder)
    assert case_fakes.CALLS == []  # the real loader's rows hit the cache too
    assert reopened.articles["article_id"].tolist() == ["a1", "a2"]  # .kit/ is not an article folder
    assert reopened.sources.set_index("source").loc["Mara Quill", "grade"] == "B2"


# --- the Admiralty scale and grading sources ---
def test_admiralty_scale_as_data():
    assert list(RELIABILITY) == ["A", "B", "C", "D", "E", "F"]
    assert list(CREDIBILITY) == [1, 2, 3, 4, 5, 6]
    scale = kit.case.admiralty_scale()
    assert scale.groupby("axis")["code"].apply(list).to_dict() == {
        "credibility": ["1", "2", "3", "4", "5", "6"], "reliability": ["A", "B", "C", "D", "E", "F"]}
    assert scale.set_index("code").loc["B", "meaning"] == "Usually reliable"


@pytest.mark.parametrize("reliability, credibility, grade", [("A", 1, "A1"), ("B", "2", "B2"), ("F", 6, "F6")])
def test_grade_source_joins_into_sources(case, reliability, credibility, grade):
    case.grade_source("Mara Quill", reliability, credibility, note="synthetic note")
    row = case.sources.set_index("source").loc["Mara Quill"]
    assert (row["reliability"], row["credibility"], row["grade"], row["grade_note"]) == (
        reliability, int(credibility), grade, "synthetic note")
    other = case.sources.set_index("source").loc["Teodor Lenz"]
    assert other["grade"] is None and other["reliability"] is None and pd.isna(other["credibility"])
    assert other["grade_note"] == ""


def test_last_grade_wins_and_history_keeps_both(case):
    case.grade_source("Mara Quill", "B", 2)
    case.grade_source("Mara Quill", "D", 4, note="retracted a story")
    assert case.sources.set_index("source").loc["Mara Quill", "grade"] == "D4"
    assert case.history()["action"].tolist() == ["grade", "grade"]


# --- ruling on contradictions, tags, notes ---
def test_rule_is_unordered_and_defaults_to_open(case):
    a, b = _pair(case)
    assert case.contradictions["verdict"].tolist() == ["open"]
    case.rule(b, a, "explained", note="two different fires")
    row = case.contradictions.iloc[0]
    assert (row["verdict"], row["verdict_note"]) == ("explained", "two different fires")
    assert list(case.contradictions["verdict"].cat.categories) == VERDICTS
    assert case.history()["target"].tolist() == ["|".join(sorted((a, b)))]


TAG_OPS = st.lists(st.tuples(st.sampled_from(["tag", "untag"]), st.sampled_from(["c1", "c2"]),
                             st.lists(st.sampled_from(["fire", "date", "map"]), min_size=1, max_size=3)), max_size=20)


@settings(max_examples=200, deadline=None)
@given(ops=TAG_OPS, order=st.randoms(use_true_random=False))
def test_replay_matches_a_model_whatever_order_the_log_arrives_in(ops, order):
    events = [{"seq": i, "ts": f"2024-01-01T00:00:{i:02d}", "action": action, "target": target,
               "payload": {"tags": tags}} for i, (action, target, tags) in enumerate(ops)]
    model: dict[str, list[str]] = {}
    for action, target, tags in ops:
        current = model.setdefault(target, [])
        for t in tags:
            if action == "tag" and t not in current:
                current.append(t)
            if action == "untag" and t in current:
                current.remove(t)
    order.shuffle(events)  # an import appends old events late: time order still decides
    assert kit.case.replay(events)["tags"] == model


def test_tags_and_notes_on_claims(case):
    c = _claim(case, "Depot burned on 3 March.")
    case.tag(c, "fire", "date-check")
    case.untag(c, "date-check")
    case.tag(c, "fire", "follow-up")
    case.note(c, "call the harbour master")
    case.note(c, "second note")
    row = case.claims.set_index("claim_id").loc[c]
    assert row["tags"] == ["fire", "follow-up"]
    assert row["notes"] == ["call the harbour master", "second note"]
    untouched = case.claims.set_index("claim_id").drop(index=c)
    assert untouched["tags"].map(len).sum() == 0 and untouched["notes"].map(len).sum() == 0


def test_notes_on_sources_entities_and_pairs(case):
    a, b = _pair(case)
    entity = case.entities.set_index("name").loc["Oren Vasko", "entity_id"]
    case.note("Teodor Lenz", "a harbour pilot")
    case.note(entity, "same person as the ferry captain?")
    case.note(f"{b}|{a}", "check both dates")
    assert case.sources.set_index("source").loc["Teodor Lenz", "notes"] == ["a harbour pilot"]
    assert case.entities.set_index("entity_id").loc[entity, "notes"] == ["same person as the ferry captain?"]
    assert case.contradictions["notes"].iloc[0] == ["check both dates"]


def test_two_case_objects_see_each_others_writes(folder):
    first, second = kit.open_case(folder, author="ana"), kit.open_case(folder, author="ben")
    first.grade_source("Mara Quill", "C", 3)
    second.rule(*_pair(second), "confirmed")
    assert first.contradictions["verdict"].tolist() == ["confirmed"]
    assert second.sources.set_index("source").loc["Mara Quill", "grade"] == "C3"
    assert first.history()["author"].tolist() == ["ana", "ben"]


# --- entity rulings ---
def test_merge_and_split_reach_combine_on_refresh(case):
    case.merge_entities("Mara Quill", "Oren Vasko")
    case.split_entity("Teodor Lenz", "Lenz")
    case.refresh()
    assert case_fakes.RULINGS[-1] == [{"action": "merge", "a": "Mara Quill", "b": "Oren Vasko"},
                                      {"action": "split", "entity": "Teodor Lenz", "alias": "Lenz"}]
    entities = case.entities.set_index("name")
    assert list(entities.index) == ["Mara Quill", "Teodor Lenz"]
    assert entities.loc["Mara Quill", "aliases"] == ["Mara Quill", "Quill", "Oren Vasko", "Vasko"]
    assert entities.loc["Teodor Lenz", "aliases"] == ["Teodor Lenz"]
    assert case.orphans().empty  # a merged name lives on as an alias


def test_entity_rulings_apply_when_the_case_is_reopened(case, folder):
    case.merge_entities(case.entities.set_index("name").loc["Mara Quill", "entity_id"], "Teodor Lenz")
    assert list(kit.open_case(folder).entities["name"]) == ["Mara Quill", "Oren Vasko"]


# --- bad arguments: ValueError naming the value and the valid ones, nothing written ---
BAD_CALLS = [
    (lambda c: c.grade_source("Mara Quill", "G", 2), ["'G'", "'A'", "'F'"]),
    (lambda c: c.grade_source("Mara Quill", "B", 7), ["7", "1, 2, 3, 4, 5, 6"]),
    (lambda c: c.grade_source("Mara Quill", "B", "two"), ["'two'", "1, 2, 3, 4, 5, 6"]),
    (lambda c: c.grade_source("Mara Quil", "B", 2), ["'Mara Quil'", "close matches: ['Mara Quill']"]),
    (lambda c: c.rule(*_pair(c), "maybe"), ["'maybe'", "'confirmed'", "'not_a_conflict'"]),
    (lambda c: c.rule(_pair(c)[0], "no-such-claim", "confirmed"), ["'no-such-claim'", _pair]),
    (lambda c: c.rule(_pair(c)[0], _pair(c)[0], "confirmed"), ["same claim"]),
    (lambda c: c.tag("no-such-claim", "fire"), ["'no-such-claim'", _pair]),
    (lambda c: c.tag(_pair(c)[0]), ["at least one"]),
    (lambda c: c.note("Nobody Known", "text"), ["'Nobody Known'", "'Mara Quill'"]),
    (lambda c: c.note("Mara Quill", "  "), ["empty"]),
    (lambda c: c.merge_entities("Mara Quill", "Mara Quil"), ["'Mara Quil'", "close matches: ['Mara Quill']"]),
    (lambda c: c.merge_entities("Mara Quill", "Mara Quill"), ["already one entity"]),
    (lambda c: c.split_entity("Mara Quill", "Vasko"), ["'Vasko'", "['Quill']"]),
    (lambda c: c.export(c.folder / "out.xlsx"), ["'.xlsx'", "'.json'", "'.csv'"]),
]


@pytest.mark.parametrize("call, fragments", BAD_CALLS)
def test_bad_arguments_raise_and_write_nothing(case, call, fragments):
    case.grade_source("Teodor Lenz", "B", 2)
    before = len(case.history())
    with pytest.raises(ValueError) as info:
        call(case)
    message = str(info.value)
    for fragment in fragments:
        expected = [str(x) for x in fragment(case)] if callable(fragment) else [fragment]
        assert any(e in message for e in expected), (expected, message)
    assert len(case.history()) == before


def test_open_case_on_a_missing_folder(tmp_path):
    with pytest.raises(ValueError, match="not a directory"):
        kit.open_case(tmp_path / "nowhere")


@pytest.mark.parametrize("name, extra", [
    ("claims", ["tags", "notes"]), ("entities", ["notes"]),
    ("sources", ["reliability", "credibility", "grade", "grade_note", "notes"]),
    ("contradictions", ["verdict", "verdict_note", "notes"]), ("articles", []), ("mentions", []), ("timeline", []),
])
def test_an_empty_folder_gives_empty_frames_with_every_column(tmp_path, folder, name, extra):
    (tmp_path / "empty").mkdir()
    frame = getattr(kit.open_case(tmp_path / "empty"), name)
    assert len(frame) == 0
    assert list(frame.columns) == list(kit.schema.COLUMNS[name]) + extra


# --- who wrote it ---
@pytest.mark.parametrize("arg, env, user, expected", [
    ("ana", "ben", "carl", "ana"),
    (None, "ben", "carl", "ben"),
    (None, None, "carl", "carl"),
    (None, None, OSError("no login"), "unknown"),
])
def test_author_from_argument_env_or_os_user(folder, monkeypatch, arg, env, user, expected):
    if env:
        monkeypatch.setenv("KIT_AUTHOR", env)

    def getuser():
        if isinstance(user, Exception):
            raise user
        return user

    monkeypatch.setattr(kit.case.getpass, "getuser", getuser)
    case = kit.open_case(folder, author=arg)
    case.grade_source("Mara Quill", "A", 1)
    history = case.history()
    assert list(history.columns) == ["seq", "ts", "author", "action", "target", "payload"]
    assert history["author"].tolist() == [expected]
    assert history["payload"].iloc[0] == {"reliability": "A", "credibility": 1, "note": ""}


# --- stable ids and orphans ---
def test_judgements_on_changed_or_removed_articles_are_reported_not_dropped(case, folder):
    a, b = _pair(case)
    ferry = _claim(case, "Ferry service resumed.")
    case.rule(a, b, "confirmed")
    case.tag(ferry, "transport")
    case.grade_source("Oren Vasko", "B", 2)
    case.grade_source("Mara Quill", "A", 2)
    case_fakes.write_articles(folder, {"a2.txt": "Synthetic: follow-up\nTeodor Lenz: Depot burned on 9 June.\n"})
    (folder / "a1.txt").unlink()
    case.refresh()
    orphans = case.orphans()
    assert orphans["action"].tolist() == ["rule", "tag", "grade", "grade"]
    assert orphans["target"].tolist()[1:] == [ferry, "Oren Vasko", "Mara Quill"]
    assert all("no longer in the articles" in r for r in orphans["reason"])
    assert len(case.history()) == 4  # still in the log, and back in the view if the articles return
    case_fakes.write_articles(folder)
    case.refresh()
    assert case.orphans().empty
    assert case.claims.set_index("claim_id").loc[ferry, "tags"] == ["transport"]


# --- export and import ---
def test_export_json_then_import_is_idempotent(case, folder, tmp_path):
    case.grade_source("Mara Quill", "B", 3, note="synthetic")
    case.rule(*_pair(case), "not_a_conflict")
    exported = case.export(tmp_path / "ana.json")
    doc = json.loads(exported.read_text(encoding="utf-8"))
    assert doc["format"] == "kit-case" and len(doc["events"]) == 2

    other = kit.open_case(case_fakes.write_articles(tmp_path / "colleague"), author="ben")
    other.tag(other.claims["claim_id"].iloc[0], "mine")
    assert other.import_(exported) == 2
    assert other.import_(exported) == 0
    assert len(other.history()) == 3
    assert other.sources.set_index("source").loc["Mara Quill", "grade"] == "B3"
    assert other.contradictions["verdict"].tolist() == ["not_a_conflict"]
    assert sorted(other.history()["author"]) == ["ben", "synthetic-ana", "synthetic-ana"]


def test_an_older_imported_judgement_does_not_overrule_a_newer_one(case, tmp_path):
    colleague = kit.open_case(case_fakes.write_articles(tmp_path / "colleague"), author="ben")
    colleague.grade_source("Mara Quill", "E", 5)
    exported = colleague.export(tmp_path / "ben.json")
    case.grade_source("Mara Quill", "B", 2)  # made after ben's
    assert case.import_(exported) == 1
    assert case.sources.set_index("source").loc["Mara Quill", "grade"] == "B2"
    assert case.history()["author"].tolist() == ["synthetic-ana", "ben"]


def test_export_csv_is_the_current_view(case, tmp_path):
    case.grade_source("Mara Quill", "B", 2)
    case.grade_source("Mara Quill", "C", 3, note="later")
    case.tag(_pair(case)[0], "fire")
    frame = pd.read_csv(case.export(tmp_path / "view.csv"), keep_default_na=False)
    assert frame[["action", "target", "value", "note"]].values.tolist() == [
        ["grade", "Mara Quill", "C3", "later"], ["tag", _pair(case)[0], "fire", ""]]
    assert set(frame["author"]) == {"synthetic-ana"}


def test_export_csv_defuses_formulas_from_articles(folder, tmp_path):
    case_fakes.write_articles(folder, {"evil.txt": "Synthetic\n=HYPERLINK(\"http://x\"): Depot burned.\n"})
    case = kit.open_case(folder, author="@synthetic")
    case.grade_source('=HYPERLINK("http://x")', "E", 5, note="+1 from desk")
    frame = pd.read_csv(case.export(tmp_path / "view.csv"), keep_default_na=False)
    assert frame.iloc[0][["target", "note", "author"]].tolist() == ["'=HYPERLINK(\"http://x\")", "'+1 from desk",
                                                                    "'@synthetic"]
    doc = json.loads(case.export(tmp_path / "log.json").read_text(encoding="utf-8"))
    assert doc["events"][0]["target"] == '=HYPERLINK("http://x")'


@pytest.mark.parametrize("content, error, match", [
    ("not json", ValueError, "not a readable case export"),
    ('{"format": "other", "events": []}', ValueError, "not a case export"),
    ('{"format": "kit-case", "schema_version": 99, "events": []}', CaseError, "newer kit"),
    ('{"format": "kit-case", "schema_version": 1, "events": [{"uid": "u"}]}', ValueError, "lacks one of"),
    ('{"format": "kit-case", "schema_version": 1, "events": [{"uid": "u", "ts": "t", "author": "x", "action": "grade",'
     ' "target": "Mara Quill", "payload": {"reliability": "Z"}, "schema_version": 1}]}', ValueError, "malformed 'grade'"),
    ('{"format": "kit-case", "schema_version": 1, "events": [{"uid": "u", "ts": "t", "author": "x", "action": "drop",'
     ' "target": "x", "payload": {}, "schema_version": 1}]}', ValueError, "action='drop' is unknown"),
])
def test_import_rejects_what_is_not_an_export(case, tmp_path, content, error, match):
    path = tmp_path / "bad.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(error, match=match):
        case.import_(path)
    assert case.history().empty


# --- the store as seen through open_case ---
def test_corrupt_store_is_a_clear_error_and_never_overwritten(folder):
    store = folder / ".kit" / "case.sqlite"
    store.parent.mkdir()
    garbage = os.urandom(8192)
    store.write_bytes(garbage)
    with pytest.raises(CaseError, match=r"case\.sqlite"):
        kit.open_case(folder)
    assert store.read_bytes() == garbage


def test_store_from_a_newer_kit_is_a_clear_error_and_never_overwritten(case, folder):
    case.grade_source("Mara Quill", "A", 1)
    path = folder / ".kit" / "case.sqlite"
    con = sqlite3.connect(path)
    con.execute(f"PRAGMA user_version = {kit.store.SCHEMA_VERSION + 1}")
    con.execute("PRAGMA journal_mode = DELETE")  # fold the WAL in so the file holds everything
    con.close()
    before = path.read_bytes()
    with pytest.raises(CaseError, match=r"case\.sqlite.*newer kit"):
        kit.open_case(folder)
    assert path.read_bytes() == before


@pytest.mark.slow  # spawns processes
def test_two_processes_writing_at_once_lose_nothing(case, folder):
    spawn = multiprocessing.get_context("spawn")
    procs = [spawn.Process(target=case_fakes.write_notes, args=(str(folder), who, 25)) for who in ("ana", "ben")]
    for p in procs:
        p.start()
    for p in procs:
        p.join()
    assert [p.exitcode for p in procs] == [0, 0]
    history = case.history()
    assert history["author"].value_counts().to_dict() == {"ana": 25, "ben": 25}
    assert sorted(history["seq"]) == list(range(1, 51))
    for who in ("ana", "ben"):
        assert sorted(history.loc[history["author"] == who, "payload"].map(lambda p: int(p["text"].split()[1]))) \
            == list(range(25))


def test_names_from_articles_never_become_paths(folder, tmp_path):
    hostile = "../../etc/passwd"
    case_fakes.write_articles(folder, {"evil.txt": f"Synthetic: hostile\n{hostile}: Depot burned at night.\n"})
    before = {p for p in tmp_path.rglob("*")}
    case = kit.open_case(folder, author="../../synthetic")
    case.grade_source(hostile, "E", 5, note=hostile)
    case.note(hostile, hostile)
    case.tag(case.claims["claim_id"].iloc[0], hostile)
    case.export(folder / ".kit" / "export.json")
    assert case.sources.set_index("source").loc[hostile, "grade"] == "E5"
    created = {p.relative_to(folder).as_posix() for p in set(tmp_path.rglob("*")) - before}
    for rel in created:
        assert rel in {".kit", ".kit/case.sqlite", ".kit/case.sqlite-wal", ".kit/case.sqlite-shm",
                       ".kit/cache", ".kit/export.json"} or (rel.startswith(".kit/cache/") and len(rel) == 11 + 64 + 4)
    assert not any("passwd" in p.name for p in tmp_path.parent.rglob("*"))


@pytest.mark.parametrize("module", [kit.case, kit.store, kit.cache])
def test_docstring_examples_run(module):
    result = doctest.testmod(module)
    assert result.failed == 0 and result.attempted > 0


def test_the_real_engine_reopens_from_cache_with_the_same_frames(tmp_path, seed_dir, monkeypatch):
    import kit.analysis

    folder = tmp_path / "seed-case"
    folder.mkdir()
    for article in seed_dir.glob("*.txt"):
        (folder / article.name).write_bytes(article.read_bytes())
    calls, real = [], kit.analysis.analyze_article
    monkeypatch.setattr(kit.analysis, "analyze_article", lambda row: calls.append(row["article_id"]) or real(row))
    case = kit.open_case(folder, author="synthetic-ana")
    source = case.sources["source"].iloc[0]
    case.grade_source(source, "C", 3)
    reopened = kit.open_case(folder)
    assert calls == case.articles["article_id"].tolist()  # the second open analyzed nothing
    for name in ("claims", "entities", "timeline", "contradictions", "sources"):
        pd.testing.assert_frame_equal(getattr(reopened, name), getattr(case, name))
    assert reopened.sources.set_index("source").loc[source, "grade"] == "C3"
