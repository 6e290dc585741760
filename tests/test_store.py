"""The case store: an append-only SQLite event log that survives crashes and refuses bad files."""
from __future__ import annotations

import multiprocessing
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from kit.store import MIGRATIONS, SCHEMA_VERSION, CaseError, Store

ROOT = Path(__file__).resolve().parent.parent


def _event(uid: str, target: str = "c1") -> dict:
    return {"uid": uid, "ts": "2024-01-01T00:00:00.000000+00:00", "author": "synthetic-analyst",
            "action": "note", "target": target, "payload": {"text": uid}, "schema_version": SCHEMA_VERSION}


def test_append_then_read_back_in_order(tmp_path):
    store = Store(tmp_path / "case.sqlite")
    first = store.append("grade", "Synthetic Wire", {"reliability": "B", "credibility": 2}, author="ana")
    second = store.append("note", "c1", {"text": "ünïcode kept"}, author="ben")
    events = store.events()
    assert [e["seq"] for e in events] == [first["seq"], second["seq"]] == [1, 2]
    assert [(e["author"], e["action"], e["target"]) for e in events] == [("ana", "grade", "Synthetic Wire"),
                                                                         ("ben", "note", "c1")]
    assert events[1]["payload"] == {"text": "ünïcode kept"}
    assert events[0]["ts"].endswith("+00:00") and events[0]["schema_version"] == SCHEMA_VERSION
    assert len({e["uid"] for e in events}) == 2


def test_fresh_store_is_wal_and_at_the_current_schema(tmp_path):
    Store(tmp_path / "case.sqlite")
    con = sqlite3.connect(tmp_path / "case.sqlite")
    assert con.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert con.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == len(MIGRATIONS)
    con.close()


def test_reopening_keeps_events_and_does_not_rerun_migrations(tmp_path):
    Store(tmp_path / "case.sqlite").append("note", "c1", {"text": "x"}, author="ana")
    assert [e["target"] for e in Store(tmp_path / "case.sqlite").events()] == ["c1"]


@pytest.mark.parametrize("sql", ["UPDATE events SET author = 'mallory'", "DELETE FROM events"])
def test_the_log_refuses_edits(tmp_path, sql):
    store = Store(tmp_path / "case.sqlite")
    store.append("note", "c1", {"text": "x"}, author="ana")
    con = sqlite3.connect(tmp_path / "case.sqlite")
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        con.execute(sql)
    con.close()
    assert [e["author"] for e in store.events()] == ["ana"]


def test_insert_many_is_idempotent_by_uid(tmp_path):
    store = Store(tmp_path / "case.sqlite")
    assert store.insert_many([_event("u1"), _event("u2")]) == 2
    assert store.insert_many([_event("u2"), _event("u1"), _event("u3")]) == 1
    assert [e["uid"] for e in store.events()] == ["u1", "u2", "u3"]


@pytest.mark.parametrize("content", [
    os.urandom(4096),  # random bytes
    b"SQLite format 3\x00" + b"\xff" * 200,  # the right header, garbage after it
    b"not a database\n",  # a text file where the store should be
])
def test_corrupt_store_raises_and_is_left_untouched(tmp_path, content):
    path = tmp_path / "case.sqlite"
    path.write_bytes(content)
    with pytest.raises(CaseError, match="case.sqlite"):
        Store(path)
    assert path.read_bytes() == content


def test_store_from_a_newer_schema_raises_and_is_left_untouched(tmp_path):
    path = tmp_path / "case.sqlite"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE events (seq INTEGER)")
    con.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    con.commit()
    con.close()
    before = path.read_bytes()
    with pytest.raises(CaseError, match=r"case\.sqlite.*newer kit"):
        Store(path)
    assert path.read_bytes() == before


WRITER = textwrap.dedent("""
    import sys
    from kit.store import Store
    store = Store(sys.argv[1])
    for i in range(1_000_000):
        store.append("note", "c1", {"text": str(i)}, author="synthetic-writer")
        print(i, flush=True)  # printed only once the transaction has committed
""")


@pytest.mark.slow  # spawns processes
def test_sigkill_mid_write_keeps_every_committed_event(tmp_path):
    path = tmp_path / "case.sqlite"
    proc = subprocess.Popen([sys.executable, "-c", WRITER, str(path)], stdout=subprocess.PIPE, text=True, cwd=ROOT)
    committed = [int(proc.stdout.readline()) for _ in range(40)]
    proc.send_signal(signal.SIGKILL)  # lands while the writer is in its next transaction(s)
    proc.wait()
    proc.stdout.close()
    texts = [int(e["payload"]["text"]) for e in Store(path).events()]
    assert texts[: len(committed)] == committed == list(range(40))
    assert texts == list(range(len(texts)))  # nothing half-written, nothing out of order
    con = sqlite3.connect(path)
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    con.close()


HALF_WRITER = textwrap.dedent("""
    import sys
    from kit.store import Store
    store = Store(sys.argv[1])
    for i in range(5):
        store.append("note", "c1", {"text": str(i)}, author="synthetic-writer")
    with store._transaction() as con:  # the sixth judgement: inserted, never committed
        Store._insert(con, {"uid": "half", "ts": "t", "author": "w", "action": "note", "target": "c1",
                            "payload": {"text": "5"}, "schema_version": 1})
        print("in transaction", flush=True)
        sys.stdin.readline()  # wait here, holding the write lock, until killed
""")


@pytest.mark.slow  # spawns processes
def test_sigkill_inside_a_transaction_loses_only_the_uncommitted_judgement(tmp_path):
    path = tmp_path / "case.sqlite"
    proc = subprocess.Popen([sys.executable, "-c", HALF_WRITER, str(path)], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, text=True, cwd=ROOT)
    assert proc.stdout.readline() == "in transaction\n"
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    proc.stdin.close(), proc.stdout.close()
    store = Store(path)  # the lock died with the process; the half transaction is rolled back
    assert [e["payload"]["text"] for e in store.events()] == ["0", "1", "2", "3", "4"]
    store.append("note", "c1", {"text": "after"}, author="ana")
    assert len(store.events()) == 6


def _open_and_write(path: str, n: int) -> None:
    store = Store(path)
    for i in range(n):
        store.append("note", "c1", {"text": str(i)}, author=f"synthetic-{os.getpid()}")


@pytest.mark.slow  # spawns processes
def test_processes_opening_a_new_store_at_once_all_write(tmp_path):
    # The first open of a case switches the file to WAL; racing openers must wait, not fail.
    path = tmp_path / ".kit" / "case.sqlite"
    spawn = multiprocessing.get_context("spawn")
    procs = [spawn.Process(target=_open_and_write, args=(str(path), 10)) for _ in range(4)]
    for p in procs:
        p.start()
    for p in procs:
        p.join()
    assert [p.exitcode for p in procs] == [0, 0, 0, 0]
    events = Store(path).events()
    assert len(events) == 40 and len({e["author"] for e in events}) == 4


def test_a_folder_that_cannot_hold_the_store_is_a_case_error(tmp_path):
    blocker = tmp_path / ".kit"
    blocker.write_text("a file where the folder should be")
    with pytest.raises(CaseError, match=r"cannot write the case file .*case\.sqlite"):
        Store(blocker / "case.sqlite")
    assert blocker.read_text() == "a file where the folder should be"


@pytest.mark.parametrize("name", ["case.sqlite", "with space #and?query%20.sqlite"])
def test_relative_and_odd_paths_reopen(tmp_path, monkeypatch, name):
    monkeypatch.chdir(tmp_path)
    Store(Path("sub") / name).append("note", "c1", {"text": "x"}, author="ana")
    assert len(Store(Path("sub") / name).events()) == 1  # the second open runs the read-only check
    assert sorted(p.name for p in (tmp_path / "sub").iterdir()) == [name]
