"""Per-article analysis cache, keyed by content: reopening a case re-analyzes nothing,
and an added or edited article costs only its own analysis. On top of it, a snapshot of
the whole case (articles and combined frames) keyed by the folder's file stamps makes
reopening an unchanged folder skip loading and combining too.

Files are named by a SHA-256 of the article's content and kit's version, never by
anything an article says, so no title or source can steer a write outside the cache.

>>> import tempfile
>>> rows = [{"article_id": "synthetic-1", "title": "T", "text": "Body."}]
>>> cached_map(rows, lambda row: row["text"].upper(), tempfile.mkdtemp())
['BODY.']
"""
from __future__ import annotations

import hashlib
import json
import os
import pickle
import tempfile
from pathlib import Path
from typing import Any, Callable, Iterable

# What identifies an article's content; "path" is left out so a moved folder stays cached.
KEY_FIELDS = ("article_id", "title", "lead", "published", "outlet", "url", "sections", "text")


def article_key(row: dict, *, salt: str = "") -> str:
    """SHA-256 hex of (kit version, ``salt`` (the engine's version), the article's content)."""
    from kit import __version__

    parts = [__version__, salt] + [_plain(row.get(field)) for field in KEY_FIELDS]
    blob = json.dumps(parts, ensure_ascii=False, default=str)
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


def _plain(value: Any) -> Any:
    if isinstance(value, (list, tuple)):
        return [str(v) for v in value]
    return None if value is None else str(value)  # Timestamps, NaT: their text is stable


def cached_map(rows: Iterable[dict], fn: Callable[[dict], Any], cache_dir: str | Path, *, salt: str = "") -> list:
    """``[fn(row) for row in rows]``, reading each result from ``cache_dir`` when present."""
    cache_dir = Path(cache_dir)
    cache_dir.mkdir(parents=True, exist_ok=True)
    out = []
    for row in rows:
        path = cache_dir / f"{article_key(row, salt=salt)}.pkl"
        result = _read(path)
        if result is None:
            result = fn(row)
            if getattr(result, "error", None) is None:  # (a failed article is tried again next time)
                _write_atomic(path, result)
        out.append(result)
    return out


def _read(path: Path) -> Any:
    try:
        with open(path, "rb") as fh:
            return pickle.load(fh)
    except FileNotFoundError:
        return None
    except Exception:  # truncated or from an incompatible kit: a miss, recomputed and rewritten
        return None


def _write_atomic(path: Path, value: Any) -> None:
    # Write beside the target then rename: a reader (or a crash) never sees half a file.
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=".pkl")
    try:
        with os.fdopen(fd, "wb") as fh:
            pickle.dump(value, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    except BaseException:
        _unlink_quietly(tmp)
        raise


def _unlink_quietly(path: str) -> None:
    try:
        os.unlink(path)
    except OSError:
        pass


# --- the whole case: reopening an unchanged folder skips loading and combining ---------------
RACY_SECONDS = 2.0  # a file changed this recently may change again within the same timestamp tick


def folder_stamp(folder: str | Path) -> list | None:
    """What the loader would see in ``folder``, cheaply: (path, size, mtime, ctime, inode) per file.

    Walks like :func:`kit.load._walk` (hidden and ``__`` folders skipped, ``.kit/`` among
    them) but keeps every file, ``articles.csv`` included. None when a file changed in
    the last :data:`RACY_SECONDS`: a second edit within the same clock tick would leave
    the same stamp, so such a folder is never trusted (git's "racily clean" rule).
    """
    import time

    folder = Path(folder)
    newest_ok = time.time_ns() - int(RACY_SECONDS * 1e9)
    out = []
    for dirpath, dirnames, filenames in os.walk(folder, followlinks=False):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith((".", "__")))
        prefix = os.path.relpath(dirpath, folder).replace(os.sep, "/") + "/"  # once per folder, not per file
        prefix = "" if prefix == "./" else prefix
        for name in sorted(filenames):
            path = os.path.join(dirpath, name)
            rel = prefix + name
            try:
                st = os.stat(path)  # follows symlinks, as reading does
            except OSError as exc:
                out.append((rel, "error", exc.errno))
                continue
            if max(st.st_mtime_ns, st.st_ctime_ns) > newest_ok:
                return None
            out.append((rel, st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino))
    return out


def code_digest() -> str:
    """SHA-256 of kit's own source files: any change to the code invalidates whole-case snapshots."""
    h = hashlib.sha256()
    for path in sorted(Path(__file__).resolve().parent.glob("*.py")):
        h.update(path.name.encode("utf-8") + b"\0" + path.read_bytes())
    return h.hexdigest()


def snapshot_key(*parts: Any) -> str:
    """SHA-256 hex of ``parts`` (JSON-able) and kit's version and code."""
    from kit import __version__

    blob = json.dumps([__version__, code_digest(), *parts], ensure_ascii=False, default=str)
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


def read_snapshot(snap_dir: str | Path, key: str) -> dict | None:
    """The snapshot saved under ``key`` as ``{part: path}`` (read each with :func:`read_part`), or None."""
    folder = Path(snap_dir) / key
    index = _read(folder / "index.pkl")
    if not isinstance(index, list):
        return None
    parts = {name: folder / f"{i}.pkl" for i, name in enumerate(index)}
    return parts if all(p.exists() for p in parts.values()) else None


def read_part(path: Path) -> Any:
    """One part of a snapshot; None when it is gone (a newer snapshot replaced it) or broken."""
    import gc

    gc.disable()  # unpickling many lists triggers the cycle collector again and again
    try:
        return _read(path)
    finally:
        gc.enable()


def write_snapshot(snap_dir: str | Path, key: str, parts: dict[str, Any]) -> None:
    """Save ``parts`` (name -> value, one file each so each can be read on its own) under
    ``key``, keeping only this snapshot in ``snap_dir``."""
    import shutil

    snap_dir = Path(snap_dir)
    snap_dir.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(dir=snap_dir, prefix=".tmp-"))
    try:
        for i, value in enumerate(parts.values()):
            _write_atomic(tmp / f"{i}.pkl", value)
        _write_atomic(tmp / "index.pkl", list(parts))  # last: a snapshot with an index is whole
        try:
            os.replace(tmp, snap_dir / key)
        except OSError:  # another process saved the same key first: theirs is as good
            shutil.rmtree(tmp, ignore_errors=True)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    for old in snap_dir.iterdir():
        if old.name != key and not old.name.startswith("."):  # ".tmp-*": another writer's, mid-write
            shutil.rmtree(old, ignore_errors=True)
