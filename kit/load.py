"""Load articles from folders, files and globs into the contract's ``articles`` frame.

Formats (plain text in the seed's layout, Markdown with front matter, saved HTML, JSON,
JSON Lines) are in :mod:`kit.formats`; datelines in :mod:`kit.datelines`. This module
finds the files, reads and decodes them safely, applies a folder's ``articles.csv`` and
gives every article a stable id. Files on disk are only ever read.

>>> df = load_articles("seeds/")                           # doctest: +SKIP
>>> df.loc[0, "published"]                                  # doctest: +SKIP
Timestamp('2024-10-25 06:06:00')
"""
from __future__ import annotations

import codecs
import csv
import errno
import glob
import hashlib
import io
import os
import re
import stat
import unicodedata
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Literal, Union

import pandas as pd

from kit.datelines import Dateline, parse_date_value, to_utc
from kit.formats import FormatError, Parsed, parse, sniff
from kit.schema import to_frame

Errors = Literal["warn", "skip", "raise"]
ERRORS: tuple[str, ...] = ("warn", "skip", "raise")
Source = Union[str, os.PathLike, Iterable[Union[str, os.PathLike]]]
DEFAULT_MAX_BYTES = 20_000_000
OVERRIDES_FILE = "articles.csv"
PROGRESS_FROM = 30  # files; fewer load before a bar would be worth drawing
_FUTURE_SLACK = pd.Timedelta(days=1)  # naive datelines are read as UTC: allow for the zone they omit
_NS_MIN, _NS_MAX = pd.Timestamp("1678-01-01"), pd.Timestamp("2261-12-31")
_CONTROLS = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f]")  # C0 and C1 controls, not \t \n \v \f \r
_MAGIC = {b"\x89PNG": "PNG image", b"GIF8": "GIF image", b"\xff\xd8\xff": "JPEG image",
          b"%PDF": "PDF document", b"PK\x03\x04": "ZIP archive", b"\x1f\x8b": "gzip archive"}


class LoadError(ValueError):
    """A file that cannot be loaded as an article: ``path`` and ``reason`` say which and why."""

    def __init__(self, path: str, reason: str):
        super().__init__(f"{path}: {reason}")
        self.path, self.reason = path, reason

    def __reduce__(self):  # picklable, so it survives a trip through worker processes
        return (type(self), (self.path, self.reason))


class LoadWarning(UserWarning):
    """A file skipped, or loaded with a problem (an unresolvable date), under ``errors="warn"``."""


@dataclass(frozen=True)
class Problem:
    """One problem met while loading; ``fatal`` problems mean the file (or record) was not loaded."""

    path: str
    reason: str
    fatal: bool


@dataclass(frozen=True)
class _Item:
    display: str  # the path as the caller gave it (joined with the file's place in a folder), posix
    real: str     # the path to open
    key: str      # machine-independent: relative to the common folder of the sources; hashed on a clash


def load_articles(source: Source, *, errors: Errors = "warn", max_bytes: int | None = None,
                  problems: list | None = None) -> pd.DataFrame:
    """Load every article under ``source`` (a folder, a file, a glob, or a list of them).

    Returns the ``articles`` frame sorted by ``article_id``. Bad files are skipped with a
    :class:`LoadWarning` each (``errors="warn"``), silently (``"skip"``), or raise
    :class:`LoadError` (``"raise"``). Every problem is also appended to ``problems`` (if
    given) and listed in ``df.attrs["problems"]`` as :class:`Problem` records.
    ``max_bytes`` (default ``$KIT_MAX_BYTES`` or 20 MB) caps the size of one file.

    >>> load_articles("seeds/000_ba1ba088aba1f641.txt")["title"].iloc[0]  # doctest: +SKIP
    "Elon Musk's secret talks with Putin spark global concern"
    """
    if errors not in ERRORS:
        raise ValueError(f"errors={errors!r} is not valid; valid: {list(ERRORS)}")
    limit = _max_bytes(max_bytes)
    found: list[Problem] = []

    def report(path: str, reasons: list[tuple[str, bool]]) -> None:
        """All of one file's problems as (reason, fatal): one warning, or a LoadError if any is fatal."""
        if not reasons:
            return
        for reason, fatal in reasons:
            found.append(Problem(path, reason, fatal))
            if problems is not None:
                problems.append(found[-1])
        message = "; ".join(reason for reason, _ in reasons)
        if errors == "raise" and any(fatal for _, fatal in reasons):
            raise LoadError(path, message)
        if errors != "skip":
            warnings.warn(f"{path}: {message}", LoadWarning, stacklevel=3)

    items = _expand(source, report)
    overrides: dict[str, dict[str, dict[str, str]]] = {}
    now = pd.Timestamp.now("UTC").tz_localize(None)
    rows: list[dict] = []
    for item in _progress(items):
        try:
            parsed = read_file(item.real, max_bytes=limit)
        except FormatError as exc:
            report(item.display, [(str(exc), True)])
            continue
        folder = os.path.dirname(item.real)
        if folder not in overrides:
            overrides[folder] = _read_overrides(folder, os.path.dirname(item.display), report)
        override = overrides[folder].get(os.path.basename(item.real), {})
        reasons: list[tuple[str, bool]] = []
        for index, art in enumerate(parsed):
            multi = len(parsed) > 1 or getattr(art, "index", None) is not None
            where = f"record {index}: " if multi else ""
            if isinstance(art, FormatError):  # one bad record of a JSON list: the others still load
                reasons.append((f"{where}{art}", True))
                continue
            rows.append(_row(item, art, index if multi else None, override, now))
            reasons += [(f"{where}{note}", False) for note in rows[-1].pop("_notes")]
        report(item.display, reasons)
    _assign_ids(rows)
    df = to_frame(sorted(rows, key=lambda r: r["article_id"]), "articles")
    df = df.drop(columns=[c for c in df.columns if c.startswith("_")])
    df.attrs["problems"] = list(found)
    return df


def _max_bytes(max_bytes: int | None) -> int:
    if max_bytes is None:
        env = os.environ.get("KIT_MAX_BYTES", "").strip()
        if not env:
            return DEFAULT_MAX_BYTES
        try:
            max_bytes = int(env)
        except ValueError:
            raise ValueError(f"KIT_MAX_BYTES={env!r} is not a whole number of bytes") from None
    if isinstance(max_bytes, bool) or not isinstance(max_bytes, int) or max_bytes <= 0:
        raise ValueError(f"max_bytes={max_bytes!r} must be a positive whole number of bytes")
    return max_bytes


def _progress(items: list[_Item]):
    if len(items) <= PROGRESS_FROM:
        return items
    from tqdm.auto import tqdm  # only archives pay for it

    return tqdm(items, desc="loading articles", unit="file", disable=None)


# --- finding files ---------------------------------------------------------------------------


def _expand(source: Source, report) -> list[_Item]:
    sources = [source] if isinstance(source, (str, os.PathLike)) else list(source)
    found: list[tuple[str, str]] = []  # (display, root): root is the folder given, or the file's own folder
    for src in sources:
        if not isinstance(src, (str, os.PathLike)):
            raise TypeError(f"source={src!r} is not a path; give a str or Path, or a list of them")
        given = os.fspath(src)
        if os.path.isdir(given):
            found += [(path, given) for path in _walk(given)]
        elif os.path.basename(given).lower() == OVERRIDES_FILE:
            report(given, [(f"{OVERRIDES_FILE} holds its folder's metadata, not an article", True)])
        elif os.path.lexists(given):  # files, and symlinks that may turn out to be loops
            found.append((given, os.path.dirname(given) or "."))
        elif glob.has_magic(given):
            matches = sorted(m for m in glob.glob(given, recursive=True)
                             if os.path.basename(m).lower() != OVERRIDES_FILE)
            for match in matches:
                found += ([(path, match) for path in _walk(match)] if os.path.isdir(match)
                          else [(match, os.path.dirname(match) or ".")])
            if not matches:
                report(given, [("no files match this pattern", True)])
        else:
            report(given, [("no such file or folder", True)])
    if not found:
        return []
    # Keys are paths relative to the common folder of all roots: the same on every machine.
    base = os.path.commonpath([os.path.abspath(root) for _, root in found])
    seen: set[str] = set()
    items = []
    for display, _ in found:
        real = os.path.realpath(display)
        if real in seen:  # the same file named twice (a folder and a glob) loads once
            continue
        seen.add(real)
        key = Path(os.path.relpath(os.path.abspath(display), base)).as_posix()
        items.append(_Item(Path(display).as_posix(), display, key))
    return items


def _walk(folder: str) -> list[str]:
    out = []
    # Symlinked folders are not followed, so a link back up the tree cannot loop.
    for dirpath, dirnames, filenames in os.walk(folder, followlinks=False):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith((".", "__")))
        for name in sorted(filenames):
            if not name.startswith(".") and name.lower() != OVERRIDES_FILE:
                rel = os.path.relpath(os.path.join(dirpath, name), folder)
                out.append(os.path.join(folder, rel))
    return out


# --- reading one file ----------------------------------------------------------------------


def read_file(path: str | os.PathLike, *, max_bytes: int = DEFAULT_MAX_BYTES) -> list[Parsed | FormatError]:
    """Read, decode and parse one file; FormatError says why it cannot be an article."""
    path = os.fspath(path)
    data = _read_bytes(path, max_bytes)
    text = decode(data)
    return parse(text, sniff(text, os.path.splitext(path)[1]))


def _read_bytes(path: str, max_bytes: int) -> bytes:
    try:
        info = os.stat(path)
        if not stat.S_ISREG(info.st_mode):  # FIFOs and devices would block or never end
            raise FormatError("not a regular file")
        if info.st_size > max_bytes:
            raise FormatError(f"file of {info.st_size:,} bytes is over the size limit of {max_bytes:,} "
                              "(max_bytes or KIT_MAX_BYTES)")
        with open(path, "rb") as fh:
            data = fh.read(max_bytes + 1)
    except OSError as exc:
        reason = "symlink loop" if exc.errno == errno.ELOOP else (exc.strerror or str(exc))
        raise FormatError(f"cannot read: {reason}") from None
    if len(data) > max_bytes:  # grew while we read it
        raise FormatError(f"file is over the size limit of {max_bytes:,} bytes")
    return data


def decode(data: bytes) -> str:
    """Bytes to text: BOMs honoured, UTF-16 without BOM detected, else UTF-8, else cp1252.

    Newlines are normalised to ``\\n``; binary content raises FormatError.

    >>> decode(b"caf\\xe9\\r\\n"), decode("\\ufeffok".encode("utf-8"))
    ('café\\n', 'ok')
    """
    encoding = None
    for bom, enc in ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
                     (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                     (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            encoding = enc
            break
    encoding = encoding or _utf16_without_bom(data)
    if encoding is None:
        for magic, kind in _MAGIC.items():
            if data.startswith(magic):
                raise FormatError(f"binary file ({kind}), not text")
        if b"\x00" in data:
            raise FormatError("binary file (NUL bytes), not text")
    candidates = [encoding] if encoding else ["utf-8", "cp1252"]
    for enc in candidates:
        try:
            text = data.decode(enc)
            break
        except UnicodeDecodeError:
            continue
    else:
        raise FormatError(f"undecodable bytes: not {' or '.join(candidates)}")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    controls = len(_CONTROLS.findall(text)) if _CONTROLS.search(text) else 0
    if controls and controls > len(text) // 200:  # more than 0.5%: not prose
        raise FormatError(f"binary file ({controls:,} control characters), not text")
    return text


def _utf16_without_bom(data: bytes) -> str | None:
    sample = data[:4096]
    if len(sample) < 4 or len(sample) % 2:
        return None
    half = len(sample) // 2
    even, odd = sample[0::2].count(0) / half, sample[1::2].count(0) / half
    if odd > 0.3 and even < 0.05:
        return "utf-16-le"
    if even > 0.3 and odd < 0.05:
        return "utf-16-be"
    return None


# --- articles.csv, rows and ids ----------------------------------------------------------------


def _read_overrides(folder: str, display_folder: str, report) -> dict[str, dict[str, str]]:
    path = os.path.join(folder, OVERRIDES_FILE)
    shown = (Path(display_folder) / OVERRIDES_FILE).as_posix()
    if not os.path.isfile(path):
        return {}
    try:
        rows = list(csv.DictReader(io.StringIO(decode(_read_bytes(path, DEFAULT_MAX_BYTES)))))
    except (FormatError, csv.Error) as exc:
        report(shown, [(f"ignored: {exc}", False)])
        return {}
    if rows and "file" not in rows[0]:
        report(shown, [(f"ignored: no 'file' column (columns: {sorted(k for k in rows[0] if k)})", False)])
        return {}
    out = {}
    for row in rows:
        name = os.path.basename((row.get("file") or "").strip())
        if name:
            out[name] = {k: (row.get(k) or "").strip() for k in ("outlet", "url", "published")}
    return out


def _row(item: _Item, art: Parsed, index: int | None, override: dict, now: pd.Timestamp) -> dict:
    published: Dateline = art.published
    notes = list(art.notes)
    if override.get("published"):  # its date replaces the file's, and the file's date problems with it
        published = parse_date_value(override["published"])
        notes = [f"articles.csv: {published.note}"] if published.note else []
    value = published.value
    utc = to_utc(value)
    if not pd.isna(utc) and not (_NS_MIN <= utc <= _NS_MAX):
        # datetime64[ns] (the contract's published_utc) cannot hold it: keep `published`, not the sort key
        notes.append(f"date {value} is outside the years 1678-2261: published_utc is NaT")
        utc = pd.NaT
    if not pd.isna(utc) and utc > now + _FUTURE_SLACK:
        notes.append(f"dateline in the future ({value}): kept")
    stem = unicodedata.normalize("NFC", Path(item.display).stem)  # macOS writes names decomposed
    return {
        "article_id": stem if index is None else f"{stem}-{index}",
        "_key": unicodedata.normalize("NFC", item.key if index is None else f"{item.key}#{index}"),
        "path": item.display, "title": art.title, "lead": art.lead,
        "published": value, "published_utc": utc,
        "outlet": override.get("outlet") or art.outlet, "url": override.get("url") or art.url,
        "sections": list(art.sections), "text": art.text, "_notes": notes,
    }


def _assign_ids(rows: list[dict]) -> None:
    """Stems are ids; on a clash each clashing id gets a short hash of its path within the source."""
    counts: dict[str, int] = {}
    for row in rows:
        counts[row["article_id"]] = counts.get(row["article_id"], 0) + 1
    taken = {i for i, n in counts.items() if n == 1}
    for row in rows:
        if counts[row["article_id"]] > 1:
            digest = hashlib.sha1(row["_key"].encode("utf-8", "surrogatepass")).hexdigest()
            new, n = f"{row['article_id']}-{digest[:6]}", 0
            while new in taken:  # vanishingly rare: a stem that already ends like a hash
                n += 1
                new = f"{row['article_id']}-{digest[:6]}-{n}"
            row["article_id"] = new
            taken.add(new)
