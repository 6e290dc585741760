"""Per-article analysis cache, keyed by content: reopening a case re-analyzes nothing,
and an added or edited article costs only its own analysis.

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
