"""`kit render`: offline HTML of the curated notebooks, escaped, byte-identical on re-render."""
from __future__ import annotations

import importlib
import re
import shutil
from html.parser import HTMLParser
from pathlib import Path

import nbformat
import pytest

kr = importlib.import_module("kit.render")  # the module (kit.render is also the function)

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
PAGES = ["index.html", "00_start_here.html", "01_sourcing.html", "02_contradictions.html", "03_timeline.html"]
XSS = ["<script>alert(1)</script>", "<img src=x onerror=alert(1)>", '<a href="javascript:alert(1)">']


def _copy_case(src: Path, dest: Path) -> Path:
    # A copy, so the case file and cache kit writes into <folder>/.kit/ stay out of the repo.
    shutil.copytree(src, dest, ignore=shutil.ignore_patterns(".kit"))
    return dest


class _Dom(HTMLParser):
    """Tags with their attributes, the code of executable scripts, and the visible text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict]] = []
        self.scripts: list[str] = []
        self.text: list[str] = []
        self._in: tuple[str, dict] | None = None

    def handle_starttag(self, tag, attrs):
        attrs = {k: (v or "") for k, v in attrs}
        self.tags.append((tag, attrs))
        if tag in ("script", "style"):
            self._in = (tag, attrs)

    def handle_endtag(self, tag):
        if self._in and tag == self._in[0]:
            self._in = None

    def handle_data(self, data):
        if self._in is None:
            self.text.append(data)
        elif self._in[0] == "script" and self._in[1].get("type", "text/javascript") in ("text/javascript", "module"):
            self.scripts.append(data)


def _dom(path: Path) -> _Dom:
    dom = _Dom()
    dom.feed(path.read_text(encoding="utf-8"))
    return dom


@pytest.fixture(scope="module")
def seed_render(tmp_path_factory):
    base = tmp_path_factory.mktemp("render")
    case = _copy_case(ROOT / "seeds", base / "seeds")
    first = kr.render(case, out=base / "first")
    second = kr.render(case, out=base / "second")
    return case, first, second


@pytest.fixture(scope="module")
def xss_render(tmp_path_factory):
    base = tmp_path_factory.mktemp("xss")
    case = _copy_case(FIXTURES / "xss_case", base / "xss_case")
    return case, kr.render(case, out=base / "out")


@pytest.mark.slow
def test_render_writes_index_and_four_pages(seed_render):
    _, first, _ = seed_render
    assert [p.name for p in first] == PAGES
    assert all(p.stat().st_size > 0 for p in first)


@pytest.mark.slow
@pytest.mark.parametrize("page", PAGES)
def test_pages_load_nothing_from_the_network(seed_render, page):
    dom = _dom(seed_render[1][0].parent / page)
    external = [(t, a) for t, a in dom.tags
                if re.match(r"(https?:)?//", a.get("src", "")) or (t == "link" and re.match(r"(https?:)?//", a.get("href", "")))]
    assert external == []
    assert [a["src"] for t, a in dom.tags if t == "script" and "src" in a] == []


@pytest.mark.slow
@pytest.mark.parametrize("page", PAGES[1:])
def test_pages_inline_the_widget_renderer_and_state(seed_render, page):
    html = (seed_render[1][0].parent / page).read_text(encoding="utf-8")
    assert 'define("@jupyter-widgets/html-manager"' in html  # embed-amd.js, inlined
    assert "requirejs" in html
    assert html.count('<script type="application/vnd.jupyter.widget-state+json">') == 1
    # Model ids are renumbered in creation order: no random uuid4 hex left.
    ids = set(re.findall(r'"model_id": "([0-9a-f]{32})"', html))
    assert ids and all(i.startswith("0000000000") for i in ids)


@pytest.mark.slow
@pytest.mark.parametrize("page", PAGES)
def test_rerender_is_byte_identical(seed_render, page):
    _, first, second = seed_render
    assert (first[0].parent / page).read_bytes() == (second[0].parent / page).read_bytes()


@pytest.mark.slow
@pytest.mark.parametrize("page", PAGES)
def test_pages_hold_no_machine_paths(seed_render, page):
    case_dir, first, _ = seed_render
    html = (first[0].parent / page).read_text(encoding="utf-8")
    assert str(case_dir.resolve().parent) not in html
    assert str(ROOT) not in html


@pytest.mark.slow
def test_index_counts_match_the_case(seed_render):
    import kit
    from kit.notebook import frame_counts

    case_dir, first, _ = seed_render
    counts = frame_counts(kit.open_case(case_dir))
    text = " ".join(" ".join(_dom(first[0]).text).split())
    for name in ("articles", "claims", "sources", "entities", "timeline", "contradictions"):
        assert f"{name} {counts[name]}" in text
    for page in PAGES[1:]:
        assert f'href="{page}"' in first[0].read_text(encoding="utf-8")
    assert "Sourcing: who says what" in text
    assert "See how each article knows what it says" in text  # the notebook's purpose, as plain text


@pytest.mark.slow
@pytest.mark.parametrize("page", PAGES)
def test_hostile_article_text_is_shown_as_text(xss_render, page):
    _, pages = xss_render
    dom = _dom(pages[0].parent / page)
    assert not any(t == "img" and "onerror" in a for t, a in dom.tags)
    assert not any(a.get("href", "").lower().startswith("javascript:") for _, a in dom.tags)
    assert not any("alert(1)" in code for code in dom.scripts)


@pytest.mark.slow
@pytest.mark.parametrize("page, shown", [
    ("index.html", XSS[0]),
    ("00_start_here.html", XSS[0]),        # the headline in the articles table
    ("01_sourcing.html", XSS[1]),          # the denial, in the denials list
])
def test_hostile_text_is_visible_escaped(xss_render, page, shown):
    _, pages = xss_render
    assert shown in "".join(_dom(pages[0].parent / page).text)


def test_stabilise_renumbers_ids_and_their_references():
    nb = nbformat.v4.new_notebook()
    a, b = "a" * 32, "b" * 32
    nb.metadata["widgets"] = {kr.WIDGET_STATE: {"state": {a: {"state": {"children": [f"IPY_MODEL_{b}"]}}, b: {"state": {}}}}}
    nb.cells.append(nbformat.v4.new_code_cell("x", outputs=[nbformat.v4.new_output(
        "display_data", {"application/vnd.jupyter.widget-view+json": {"model_id": a, "version_major": 2}})]))
    nb.cells[0].metadata["execution"] = {"iopub.status.busy": "2026-01-01T00:00:00Z"}
    out = kr.stabilise(nb)
    state = out.metadata["widgets"][kr.WIDGET_STATE]["state"]
    one, two = f"{1:032x}", f"{2:032x}"
    assert list(state) == [one, two]
    assert state[one]["state"]["children"] == [f"IPY_MODEL_{two}"]
    assert out.cells[0].outputs[0]["data"]["application/vnd.jupyter.widget-view+json"]["model_id"] == one
    assert "execution" not in out.cells[0].metadata


@pytest.mark.parametrize("title, escaped", [
    ("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"),
    ('<img src=x onerror="alert(1)">', "&lt;img src=x onerror=&quot;alert(1)&quot;&gt;"),
    ("Åsa & Öberg", "Åsa &amp; Öberg"),
])
def test_index_html_escapes_article_fields(title, escaped):
    page = kr.index_html({"case": title, "counts": {"claims": 3},
                          "articles": [{"title": title, "outlet": title, "published": "", "claims": 1}]},
                         [("00_start_here.html", title, title)])
    assert title not in page
    assert page.count(escaped) == 6  # <title>, <h1>, link text, blurb, article title, outlet


def test_missing_vendored_scripts_name_the_fix(tmp_path):
    with pytest.raises(kr.RenderError, match=r"make vendor"):
        kr.vendored_scripts(tmp_path)


def test_vendored_scripts_cannot_close_their_element(tmp_path):
    (tmp_path / "require.js").write_text('var s = "</script><b>";\n//# sourceMappingURL=require.js.map\n')
    (tmp_path / "embed-amd.js").write_text("x = 1;\n")
    scripts = kr.vendored_scripts(tmp_path)
    assert scripts["require.js"] == 'var s = "<\\/script><b>";\n\n'


@pytest.mark.parametrize("argv, code, message", [
    (["no/such/folder"], 2, "case_folder='no/such/folder' is not a folder"),
])
def test_cli_reports_a_bad_case_folder(capsys, argv, code, message):
    assert kr.main_cli(argv) == code
    assert message in capsys.readouterr().err


def test_cli_prints_where_the_html_is(monkeypatch, capsys, tmp_path):
    calls = []

    def fake_render(case_folder, *, out):
        calls.append((case_folder, out))
        return [Path(out) / name for name in PAGES]

    monkeypatch.setattr(kr, "render", fake_render)
    assert kr.main_cli(["my_case", "--out", str(tmp_path / "site")]) == 0
    printed = capsys.readouterr().out.splitlines()
    assert calls == [("my_case", str(tmp_path / "site"))]
    assert printed[0] == str(tmp_path / "site" / "index.html")
    assert printed[-1] == f"Open {(tmp_path / 'site' / 'index.html').resolve().as_uri()} in a browser (works offline)."


def test_notebooks_argument_names_the_valid_values(tmp_path):
    with pytest.raises(kr.RenderError, match=r"notebooks=.*valid: a folder of \.ipynb files"):
        kr.render(ROOT / "seeds", out=tmp_path, notebooks=[tmp_path / "nope.ipynb"])
