"""Hostile and broken files (issue 8, loader half): the good ones always load, each bad one
gives one warning naming it, and nothing but LoadError ever escapes. All content is synthetic."""
from __future__ import annotations

import os
import random
import tempfile
import warnings
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kit.load import LoadError, LoadWarning, load_articles

MAX_BYTES = 3_000_000  # the whole table loads under this limit, so "oversize" stays small on disk
GOOD_BODY = "Synthetic headline for {name}\n25 October 2024 06:06\nThe invented council met on Friday.\n"

# name -> bytes (or a callable making the file), and the reason its warning must carry.
BAD: list[tuple[str, object, str]] = [
    ("empty.txt", b"", "empty file"),
    ("blank.txt", b"  \n\t\n   \n", "empty file"),
    ("image.png", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, "binary file (PNG image)"),
    ("nul.txt", b"Synthetic title\x00\x00\nbody\x00text\n", "NUL bytes"),
    ("undecodable.txt", b"Synthetic title\n\x81\x8d\x8f\x90\x9d body\n", "undecodable bytes"),
    ("controls.txt", b"Synthetic title\n" + bytes(range(1, 9)) * 40, "control characters"),
    ("oversize.txt", b"Synthetic title\n" + b"x" * MAX_BYTES, "over the size limit"),
    ("number.json", b"42", "JSON of the wrong shape"),
    ("no_fields.json", b'{"a": 1, "b": [2]}', "without a string title and text"),
    ("numbers.json", b"[1, 2, 3]", "no usable records"),
    ("broken.json", b'{"title": "Synthetic", "text": ', "invalid JSON"),
    ("deep.json", b"[" * 100_000 + b"]" * 100_000, "nested too deeply"),
    ("empty_list.json", b"[]", "holds no records"),
    ("unclosed.md", b"---\ntitle: Synthetic\nBody without a closing line.\n", "no closing '---'"),
    ("bad_yaml.md", b"---\ntitle: [unclosed\n---\nBody.\n", "malformed front matter"),
    ("list_front.md", b"---\n- a\n- b\n---\nBody.\n", "not a mapping"),
    ("no_title.md", b"---\noutlet: Invented Wire\n---\nJust body text.\n", "no recognisable title"),
    ("punctuation.txt", b"!!! ???\nBody sentence.\n", "no recognisable title"),
    ("one_mb_line.txt", b"word " * 200_000, "no recognisable title (first line is 999,999 characters)"),
    ("script_only.html", b"<html><body><script>alert('x')</script></body></html>", "no article text"),
    ("deep.html", b"<html><body>" + b"<div>" * 50_000 + b"<p>Deep synthetic text of an article paragraph.</p>"
     + b"</div>" * 50_000 + b"</body></html>", "no article text"),
    ("loop", lambda p: os.symlink(p.name, p), "symlink loop"),
    ("fifo", lambda p: os.mkfifo(p), "not a regular file"),
]

# Awkward but legitimate: each loads, quietly, with this article_id.
GOOD: list[tuple[str, object, str]] = [
    ("name with spaces.txt", None, "name with spaces"),
    ("\u00fcn\u00efc\u00f6d\u00e9 \u2013 \u8a18\u4e8b.txt", None, "\u00fcn\u00efc\u00f6d\u00e9 \u2013 \u8a18\u4e8b"),
    ("-leading-dash.txt", None, "-leading-dash"),
    ("--double-dash.md", b"---\ntitle: Dashes\npublished: 2024-10-25\n---\nBody.\n", "--double-dash"),
    ("hundred_k_lines.txt", ("Synthetic long file\n2024-10-25\n"
                             + "".join(f"Line {i} of the body.\n" for i in range(100_000))).encode(), "hundred_k_lines"),
    ("utf16_no_bom.txt", GOOD_BODY.format(name="utf16").encode("utf-16-le"), "utf16_no_bom"),
    ("aliases.md", b"---\ntitle: Aliases\ndate: 2024-10-25\na: &a [x, x, x, x, x, x, x, x, x]\n"
                   b"b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\n"
                   b"outlet: *c\n---\nBody.\n", "aliases"),
    ("far_future.txt", b"Synthetic\n1 January 9999 09:00\nBody.\n", "far_future"),
    ("impossible.txt", b"Synthetic\n32 October 2024\nBody.\n", "impossible"),
]


def _make(folder: Path, name: str, content: object) -> Path:
    path = folder / name
    if callable(content):
        content(path)
    else:
        path.write_bytes(content if content is not None else GOOD_BODY.format(name=name).encode())
    return path


@pytest.fixture(scope="module")
def hostile_folder(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("hostile")
    for name, content, _ in BAD + GOOD:
        _make(folder, name, content)
    os.symlink(".", folder / "dir_loop")  # a folder linking to itself is never walked into
    return folder


@pytest.fixture(scope="module")
def hostile_load(hostile_folder):
    """The folder loaded once with errors="warn": (frame, warning messages)."""
    return _load(hostile_folder)


def _load(source, **kw):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        df = load_articles(source, max_bytes=MAX_BYTES, **kw)
    return df, [str(w.message) for w in caught if issubclass(w.category, LoadWarning)]


def test_good_files_load_beside_bad_ones(hostile_load):
    df, _ = hostile_load
    assert sorted(df["article_id"]) == sorted(aid for _, _, aid in GOOD)
    row = df.set_index("article_id").loc["hundred_k_lines"]
    assert row.text.count("\n") == 100_002 and row.published == pd.Timestamp("2024-10-25")
    assert df.set_index("article_id").loc["utf16_no_bom", "title"] == "Synthetic headline for utf16"
    assert df.set_index("article_id").loc["aliases", "outlet"] is None  # a list is not an outlet


@pytest.mark.parametrize("name,content,reason", BAD, ids=[b[0] for b in BAD])
def test_each_bad_file_warns_once_naming_it(hostile_folder, hostile_load, name, content, reason):
    _, warned = hostile_load
    mine = [w for w in warned if w.startswith((hostile_folder / name).as_posix() + ": ")]
    assert len(mine) == 1 and reason in mine[0]


def test_only_expected_warnings(hostile_folder, hostile_load):
    _, warned = hostile_load
    noted = {"far_future.txt": "outside the years", "impossible.txt": "impossible date"}
    expected = {(hostile_folder / n).as_posix() for n, _, _ in BAD} | {(hostile_folder / n).as_posix() for n in noted}
    assert {w.split(": ", 1)[0] for w in warned} == expected
    assert len(warned) == len(expected)


@pytest.mark.parametrize("name,content,reason", BAD, ids=[b[0] for b in BAD])
def test_each_bad_file_raises_load_error(tmp_path, name, content, reason):
    path = _make(tmp_path, name, content)
    with pytest.raises(LoadError) as info:
        _load(path, errors="raise")
    assert info.value.path == str(path) and reason in info.value.reason
    assert str(info.value) == f"{path}: {info.value.reason}"


def test_skip_is_silent(hostile_folder):
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        df = load_articles(hostile_folder, errors="skip", max_bytes=MAX_BYTES)
    assert len(df) == len(GOOD)


def test_missing_paths_and_empty_globs(tmp_path):
    good = _make(tmp_path, "good.txt", None)
    df, warned = _load([good, tmp_path / "missing.txt", str(tmp_path / "nothing-*.txt")])
    assert df["article_id"].tolist() == ["good"]
    assert warned == [f"{tmp_path / 'missing.txt'}: no such file or folder",
                      f"{tmp_path / 'nothing-*.txt'}: no files match this pattern"]
    with pytest.raises(LoadError, match="no such file or folder"):
        load_articles(tmp_path / "missing.txt", errors="raise")


def test_jsonl_with_one_bad_line_keeps_the_good_records(tmp_path):
    _make(tmp_path, "wire.jsonl", b'{"title": "Good one", "text": "Body."}\n{not json\n[1]\n'
                                  b'{"title": "Good two", "text": "Body."}\n')
    df, warned = _load(tmp_path)
    assert df["article_id"].tolist() == ["wire-0", "wire-3"]
    assert warned == [f"{tmp_path / 'wire.jsonl'}: record 1: invalid JSON on line 2: Expecting property name "
                      "enclosed in double quotes: line 1 column 2 (char 1); record 2: a JSON record must be an "
                      "object, not list"]  # one warning for the file


def test_file_size_limit_is_configurable(tmp_path):
    path = _make(tmp_path, "story.txt", None)
    size = path.stat().st_size
    assert len(load_articles(path, max_bytes=size, errors="raise")) == 1
    with pytest.raises(LoadError, match=f"over the size limit of {size - 1:,}"):
        load_articles(path, max_bytes=size - 1, errors="raise")


EXTENSIONS = [".txt", ".md", ".html", ".json", ".jsonl", ""]


def _try_bytes(data: bytes, ext: str) -> str:
    """'article' or 'LoadError'; any other exception propagates (a crash)."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"fuzz{ext}"
        path.write_bytes(data)
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                df = load_articles(path, errors="raise")
        except LoadError:
            return "LoadError"
        assert len(df) == 1
        assert path.read_bytes() == data  # never modified
        return "article"


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.binary(max_size=3000), ext=st.sampled_from(EXTENSIONS))
def test_arbitrary_bytes_give_one_article_or_load_error(data, ext):
    assert _try_bytes(data, ext) in ("article", "LoadError")


@settings(max_examples=100, deadline=None)
@given(text=st.text(max_size=500), ext=st.sampled_from(EXTENSIONS))
def test_arbitrary_text_gives_one_article_or_load_error(text, ext):
    assert _try_bytes(text.encode("utf-8", "surrogatepass"), ext) in ("article", "LoadError")


def test_count_hostile_inputs_without_a_crash(tmp_path):
    rng = random.Random(20241025)  # deterministic
    tried, crashes, outcomes = 0, [], {"article": 0, "LoadError": 0}
    cases = [(n, c) for n, c, _ in BAD + GOOD if not callable(c)]
    cases += [(f"random_{i}{ext}", bytes(rng.randrange(256) for _ in range(rng.randrange(1, 4000))))
              for i, ext in enumerate(EXTENSIONS * 10)]
    cases += [(f"mutated_{i}{ext}", _mutate(rng, GOOD_BODY.format(name=i).encode()))
              for i, ext in enumerate(EXTENSIONS * 10)]
    for name, content in cases:
        tried += 1
        try:
            outcomes[_try_bytes(content if content is not None else GOOD_BODY.encode(), Path(name).suffix)] += 1
        except Exception as exc:  # noqa: BLE001 - counting crashes is the point
            crashes.append(f"{name}: {type(exc).__name__}: {exc}")
    print(f"\nhostile inputs tried: {tried}, crashes: {len(crashes)}, outcomes: {outcomes}")
    assert tried == len(cases) and tried >= 150
    assert crashes == []
    assert outcomes["article"] > 0 and outcomes["LoadError"] > 0


def _mutate(rng: random.Random, data: bytes) -> bytes:
    out = bytearray(data)
    for _ in range(rng.randrange(1, 8)):
        out[rng.randrange(len(out))] = rng.randrange(256)
    return bytes(out)
