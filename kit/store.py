"""The case file's event log: an append-only SQLite table, one transaction per judgement.

The log is never updated or deleted from; the analyst's current view is derived from it
(see :mod:`kit.case`). Standard-library ``sqlite3`` only, WAL mode so readers never block
the writer, and a busy timeout so two notebooks writing at once wait instead of failing.

>>> import tempfile, pathlib
>>> store = Store(pathlib.Path(tempfile.mkdtemp()) / "case.sqlite")
>>> store.append("note", "c1", {"text": "check the date"}, author="synthetic-analyst")["seq"]
1
>>> [e["target"] for e in store.events()]
['c1']
"""
from __future__ import annotations

import contextlib
import json
import sqlite3
import time
import uuid
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterable, Iterator

# Migration N brings a store from user_version N to N+1. Append, never edit: a store on
# disk may be at any earlier version.
MIGRATIONS: list[str] = [
    """
    CREATE TABLE events (
        seq            INTEGER PRIMARY KEY AUTOINCREMENT,
        uid            TEXT NOT NULL UNIQUE,
        ts             TEXT NOT NULL,
        author         TEXT NOT NULL,
        action         TEXT NOT NULL,
        target         TEXT NOT NULL,
        payload        TEXT NOT NULL,
        schema_version INTEGER NOT NULL
    );
    -- The log is append-only: the database itself refuses edits and deletions.
    CREATE TRIGGER events_no_update BEFORE UPDATE ON events
        BEGIN SELECT RAISE(ABORT, 'the case log is append-only'); END;
    CREATE TRIGGER events_no_delete BEFORE DELETE ON events
        BEGIN SELECT RAISE(ABORT, 'the case log is append-only'); END;
    """,
]
SCHEMA_VERSION = len(MIGRATIONS)
BUSY_TIMEOUT_MS = 30_000
_HEADER = b"SQLite format 3\x00"
_COLUMNS = ("seq", "uid", "ts", "author", "action", "target", "payload", "schema_version")


class CaseError(Exception):
    """The case file cannot be used as it is (corrupt, or written by a newer kit)."""


def utc_now() -> str:
    """UTC time as ISO 8601 with microseconds: sorts as text in time order."""
    return datetime.now(timezone.utc).isoformat(timespec="microseconds")


class Store:
    """The event log at ``path`` (created with its folder when missing)."""

    def __init__(self, path: str | Path):
        self.path = Path(path)
        self._check_readable()
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._migrate()
        except (OSError, sqlite3.OperationalError) as exc:  # a read-only folder, a full disk
            raise CaseError(f"cannot write the case file {self.path}: {exc}") from exc

    def _check_readable(self) -> None:
        # Everything here only reads: a file we cannot use must stay byte-for-byte as found.
        if not self.path.exists() or self.path.stat().st_size == 0:
            return
        with open(self.path, "rb") as fh:
            if fh.read(len(_HEADER)) != _HEADER:
                raise CaseError(f"{self.path} is not a case file (not an SQLite database); "
                                "it was left untouched - move it aside to start a new case")
        try:
            con = sqlite3.connect(f"{self.path.absolute().as_uri()}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
            try:
                version = con.execute("PRAGMA user_version").fetchone()[0]
                con.execute("SELECT count(*) FROM sqlite_master").fetchone()
            finally:
                con.close()
        except sqlite3.DatabaseError as exc:
            raise CaseError(f"{self.path} is corrupt ({exc}); it was left untouched") from exc
        if version > SCHEMA_VERSION:
            raise CaseError(f"{self.path} was written by a newer kit (schema {version}, this kit reads "
                            f"up to {SCHEMA_VERSION}); upgrade kit - the file was left untouched")

    @contextlib.contextmanager
    def _connect(self) -> Iterator[sqlite3.Connection]:
        # A connection per operation: safe from any thread (widget callbacks) and holds no lock.
        con = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
        try:
            con.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            con.execute("PRAGMA synchronous = FULL")  # a judgement reported saved is on disk
            yield con
        finally:
            con.close()

    @contextlib.contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        with self._connect() as con:
            con.execute("BEGIN IMMEDIATE")  # take the write lock now: no upgrade deadlocks
            try:
                yield con
            except BaseException:
                con.execute("ROLLBACK")
                raise
            con.execute("COMMIT")

    def _migrate(self) -> None:
        self._use_wal()
        with self._transaction() as con:
            version = con.execute("PRAGMA user_version").fetchone()[0]  # re-read under the lock
            for step in range(version, SCHEMA_VERSION):
                for statement in _statements(MIGRATIONS[step]):
                    con.execute(statement)
            con.execute(f"PRAGMA user_version = {max(version, SCHEMA_VERSION)}")

    def _use_wal(self) -> None:
        # Switching a fresh file to WAL needs an exclusive lock and SQLite does not wait for
        # it (no busy handler), so when several processes open a new case at once, retry.
        deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
        while True:
            try:
                with self._connect() as con:
                    if con.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
                        con.execute("PRAGMA journal_mode = WAL")
                return
            except sqlite3.OperationalError as exc:
                if "locked" not in str(exc) or time.monotonic() > deadline:
                    raise
                time.sleep(0.01)

    def append(self, action: str, target: str, payload: dict, *, author: str) -> dict:
        """Record one judgement in its own transaction; return the stored event."""
        event = {"uid": uuid.uuid4().hex, "ts": utc_now(), "author": author, "action": action,
                 "target": target, "payload": payload, "schema_version": SCHEMA_VERSION}
        with self._transaction() as con:
            event["seq"] = self._insert(con, event)
        return event

    def insert_many(self, events: Iterable[dict]) -> int:
        """Add events from elsewhere (an export) in one transaction; known uids are skipped."""
        added = 0
        with self._transaction() as con:
            for event in events:
                added += self._insert(con, event, ignore=True) is not None
        return added

    @staticmethod
    def _insert(con: sqlite3.Connection, event: dict, *, ignore: bool = False) -> int | None:
        verb = "INSERT OR IGNORE" if ignore else "INSERT"
        cur = con.execute(
            f"{verb} INTO events (uid, ts, author, action, target, payload, schema_version) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            (event["uid"], event["ts"], event["author"], event["action"], event["target"],
             json.dumps(event["payload"], sort_keys=True, ensure_ascii=False), event["schema_version"]))
        return cur.lastrowid if cur.rowcount else None

    def events(self) -> list[dict]:
        """Every event, in the order they reached this store."""
        with self._connect() as con:
            rows = con.execute(f"SELECT {', '.join(_COLUMNS)} FROM events ORDER BY seq").fetchall()
        return [dict(zip(_COLUMNS, row[:6] + (json.loads(row[6]), row[7]))) for row in rows]


def _statements(script: str) -> list[str]:
    """Split a migration into statements (execute() takes one; executescript() would commit)."""
    out, buf = [], ""
    for line in script.splitlines(keepends=True):
        if line.strip().startswith("--"):
            continue
        buf += line
        if sqlite3.complete_statement(buf):
            out.append(buf.strip())
            buf = ""
    return [s for s in out if s]
