"""The curated notebooks: committed clean, and each one runs headless against two cases,
printing what the case's frames say."""
from __future__ import annotations

import importlib.util
import json
from html import escape
import shutil
from pathlib import Path

import nbformat
import pytest

from kit import notebook as nbk
from kit.render import NOTEBOOKS, execute

ROOT = Path(__file__).resolve().parent.parent
NB_DIR = ROOT / "notebooks"
CASES = {
    "seeds": ROOT / "seeds",
    "synthetic_case": Path(__file__).resolve().parent / "fixtures" / "synthetic_case",  # synthetic, invented names
}
# The line each notebook's setup cell prints, computed here from the same case's frames.
PRINTED = {
    "00_start_here.ipynb": lambda case: nbk.describe(case),
    "01_sourcing.ipynb": lambda case: nbk.sourcing_line(case.claims),
    "02_contradictions.ipynb": lambda case: nbk.review_line(case),
    "03_timeline.ipynb": lambda case: nbk.timeline_line(case),
}
# A widget label each notebook shows, computed from the frames.
LABELS = {
    "00_start_here.ipynb": None,
    "01_sourcing.ipynb": lambda case: f"{len(case.claims)} of {len(case.claims)} claims",
    "02_contradictions.ipynb": lambda case: f"0 of {len(case.contradictions)} reviewed",
    "03_timeline.ipynb": lambda case: f"{len(case.timeline)} of {len(case.timeline)} events",
}


def _load(name: str) -> nbformat.NotebookNode:
    return nbformat.read(NB_DIR / name, as_version=4)


# ---------------------------------------------------------------- committed form (fast)


@pytest.mark.parametrize("name", NOTEBOOKS)
def test_committed_without_outputs(name):
    nb = _load(name)
    nbformat.validate(nb)
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert [(c.outputs, c.execution_count) for c in code] == [([], None)] * len(code)
    assert "widgets" not in nb.metadata


@pytest.mark.parametrize("name", NOTEBOOKS)
def test_opens_with_purpose_method_caveats_then_parameters(name):
    nb = _load(name)
    intro = nb.cells[0]
    assert intro.cell_type == "markdown" and intro.source.startswith("# ")
    for part in ("**What it is for.**", "**Method.**", "**Caveats.**"):
        assert part in intro.source
    params = nb.cells[1]
    assert params.metadata.get("tags") == ["parameters"]
    assert 'CASE = "../seeds"' in params.source
    assert "nb.open_case(CASE)" in nb.cells[2].source


@pytest.mark.parametrize("name", NOTEBOOKS)
def test_code_cells_are_short_calls_into_kit(name):
    for cell in _load(name).cells:
        if cell.cell_type == "code":
            assert len(cell.source.splitlines()) <= 5
            assert "def " not in cell.source and "for " not in cell.source


def test_committed_notebooks_are_what_the_generator_writes():
    spec = importlib.util.spec_from_file_location("make_notebooks", ROOT / "tools" / "make_notebooks.py")
    gen = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(gen)
    assert [f"{n}.ipynb" for n in gen.NOTEBOOKS] == list(NOTEBOOKS)
    for stem, cells in gen.NOTEBOOKS.items():
        built = json.loads(nbformat.writes(gen.build(stem, cells)))
        assert built == json.loads((NB_DIR / f"{stem}.ipynb").read_text(encoding="utf-8"))


# ---------------------------------------------------------------- executed (slow)


@pytest.fixture(scope="module")
def case_copies(tmp_path_factory):
    # Copies: opening a case writes its cache and case file into <folder>/.kit/.
    base = tmp_path_factory.mktemp("cases")
    return {k: shutil.copytree(v, base / k, ignore=shutil.ignore_patterns(".kit")) for k, v in CASES.items()}


@pytest.fixture(scope="module")
def run(case_copies):
    """run(notebook, case_name) -> (executed notebook, the case), each executed once."""
    import kit

    done: dict[tuple[str, str], tuple] = {}

    def _run(name: str, case_name: str):
        if (name, case_name) not in done:
            folder = case_copies[case_name]
            done[name, case_name] = (execute(NB_DIR / name, folder), kit.open_case(folder))
        return done[name, case_name]

    return _run


def _stream(cell) -> str:
    return "".join(o.get("text", "") for o in cell.outputs if o.output_type == "stream" and o.name == "stdout")


def _labels(nb) -> set[str]:
    state = nb.metadata.get("widgets", {}).get("application/vnd.jupyter.widget-state+json", {}).get("state", {})
    return {m["state"].get("value") for m in state.values() if m.get("model_name") == "LabelModel"}


@pytest.mark.slow
@pytest.mark.parametrize("case_name", list(CASES))
@pytest.mark.parametrize("name", NOTEBOOKS)
def test_notebook_runs_and_prints_the_frames(run, case_name, name):
    nb, case = run(name, case_name)

    code = [c for c in nb.cells if c.cell_type == "code"]
    assert [c.execution_count for c in code] == list(range(1, len(code) + 1))
    errors = [o for c in code for o in c.outputs if o.output_type == "error"]
    assert errors == []
    assert _stream(nb.cells[2]).strip().startswith(PRINTED[name](case))
    if LABELS[name] is not None:
        assert LABELS[name](case) in _labels(nb)


@pytest.mark.slow
@pytest.mark.parametrize("case_name", list(CASES))
def test_start_here_lists_every_article_and_entity(run, case_name):
    nb, case = run("00_start_here.ipynb", case_name)
    html = "".join(o.get("data", {}).get("text/html", "") for c in nb.cells if c.cell_type == "code" for o in c.outputs)
    for article_id in case.articles["article_id"]:
        assert f"<td>{escape(article_id, quote=False)}</td>" in html
    for name in case.entities["name"]:
        assert f"<td>{escape(name, quote=False)}</td>" in html
