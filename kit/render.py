"""Render the curated notebooks of a case to self-contained HTML that opens offline.

Each notebook in ``notebooks/`` is executed against the case folder (the kernel is the
current interpreter's ipykernel; the folder reaches it as ``$KIT_CASE``), its widget
state is stored, and it is exported with nbconvert's "lab" template whose scripts
(require.js and the widget renderer, vendored by ``tools/vendor.sh``) are inlined, so
the pages work from a file with no network. Widget ids are renumbered and timings left
out: rendering the same case twice gives the same bytes.

>>> pages = render("seeds", out="rendered")   # doctest: +SKIP
>>> [p.name for p in pages][0]                # doctest: +SKIP
'index.html'
"""
from __future__ import annotations

import argparse
import html
import json
import os
import re
import sys
import tempfile
from collections.abc import Iterable, Sequence
from pathlib import Path

import nbformat

ROOT = Path(__file__).resolve().parent
# an installed kit carries a copy of the notebooks (setup.py); a source checkout has notebooks/ beside kit/
NOTEBOOK_DIR = ROOT / "_notebooks" if (ROOT / "_notebooks").is_dir() else ROOT.parent / "notebooks"
NOTEBOOKS = ("00_start_here.ipynb", "01_sourcing.ipynb", "02_contradictions.ipynb", "03_timeline.ipynb")
VENDOR_DIR = ROOT / "_vendor"
VENDOR_FILES = ("require.js", "embed-amd.js")
TEMPLATE = ROOT / "templates" / "offline.html.j2"
WIDGET_STATE = "application/vnd.jupyter.widget-state+json"


class RenderError(RuntimeError):
    """A case could not be rendered (missing folder, vendored scripts or a failing cell)."""


def vendored_scripts(folder: Path = VENDOR_DIR) -> dict[str, str]:
    """The inlined scripts, keyed by file name, made safe to sit inside ``<script>``.

    >>> sorted(vendored_scripts())   # doctest: +SKIP
    ['embed-amd.js', 'require.js']
    """
    scripts = {}
    for name in VENDOR_FILES:
        path = folder / name
        if not path.is_file():
            raise RenderError(
                f"{path.name} is missing from kit/_vendor/: run `make vendor` (tools/vendor.sh) "
                "once with npm access; rendered pages inline it instead of fetching it from a CDN"
            )
        text = path.read_text(encoding="utf-8")
        # Source maps are only fetched by developer tools, but their relative URLs would
        # point next to the HTML file; and "</script" would end the inline element early.
        text = re.sub(r"^//# sourceMappingURL=.*$", "", text, flags=re.M)
        scripts[name] = re.sub(r"</(script)", r"<\\/\1", text, flags=re.I)
    return scripts


def _kernel_manager(spec_dir: Path):
    """A kernel manager whose ``python3`` is this interpreter's ipykernel, whatever
    kernelspecs the user or the system has installed."""
    from ipykernel.kernelspec import write_kernel_spec
    from jupyter_client.kernelspec import KernelSpecManager
    from jupyter_client.manager import AsyncKernelManager

    write_kernel_spec(spec_dir / "python3")
    ksm = KernelSpecManager(kernel_dirs=[str(spec_dir)])
    return AsyncKernelManager(kernel_name="python3", kernel_spec_manager=ksm)


def execute(notebook: Path, case_folder: Path, *, timeout: int = 600) -> nbformat.NotebookNode:
    """Run ``notebook`` headless against ``case_folder`` and return it with outputs and widget state.

    >>> nb = execute(Path("notebooks/00_start_here.ipynb"), Path("seeds"))   # doctest: +SKIP
    """
    from nbclient import NotebookClient
    from nbclient.exceptions import CellExecutionError

    nb = nbformat.read(notebook, as_version=4)
    case = Path(case_folder).resolve()
    try:  # relative to the notebook (its kernel's working directory): no machine paths in outputs
        case_env = os.path.relpath(case, notebook.parent.resolve())
    except ValueError:  # another drive (Windows)
        case_env = str(case)
    env = dict(os.environ, KIT_CASE=case_env, PYTHONHASHSEED="0", MPLBACKEND="module://matplotlib_inline.backend_inline")
    with tempfile.TemporaryDirectory(prefix="kit-kernel-") as spec_dir, open(Path(spec_dir) / "stderr", "w+") as log:
        client = NotebookClient(
            nb,
            km=_kernel_manager(Path(spec_dir)),
            timeout=timeout,
            store_widget_state=True,
            record_timing=False,
            resources={"metadata": {"path": str(notebook.parent.resolve())}},
        )
        try:
            # The kernel's stderr (ipykernel's start-up warnings) goes to a log shown only on failure.
            client.execute(env=env, stderr=log)
        except (CellExecutionError, RuntimeError) as err:
            log.seek(0)
            raise RenderError(f"{notebook.name} failed against {case_folder}: {err}\nkernel stderr:\n{log.read()[-2000:]}") from err
    return stabilise(nb)


def stabilise(nb: nbformat.NotebookNode) -> nbformat.NotebookNode:
    """Renumber widget model ids in creation order and drop per-run metadata.

    >>> nb = nbformat.v4.new_notebook()
    >>> nb.metadata["widgets"] = {WIDGET_STATE: {"state": {"f" * 32: {}}}}
    >>> list(stabilise(nb).metadata["widgets"][WIDGET_STATE]["state"])
    ['00000000000000000000000000000001']
    """
    state = nb.metadata.get("widgets", {}).get(WIDGET_STATE, {}).get("state", {})
    ids = {old: f"{n:032x}" for n, old in enumerate(state, start=1)}
    for cell in nb.cells:
        cell.metadata.pop("execution", None)
    text = json.dumps(nb, sort_keys=False)
    if ids:
        # Not \b: an id also sits inside "IPY_MODEL_<id>" references.
        text = re.sub(r"(?<![0-9a-f])[0-9a-f]{32}(?![0-9a-f])", lambda m: ids.get(m.group(0), m.group(0)), text)
    return nbformat.from_dict(json.loads(text))


def to_html(nb: nbformat.NotebookNode, *, title: str) -> str:
    """Export an executed notebook to one offline HTML page."""
    from nbconvert import HTMLExporter

    exporter = HTMLExporter(
        template_file=str(TEMPLATE),
        embed_images=True,
        exclude_input_prompt=True,
        exclude_output_prompt=True,
    )
    nb.metadata["title"] = title
    body, _ = exporter.from_notebook_node(nb, resources={"kit_vendor": vendored_scripts(), "metadata": {"name": title}})
    return body


def notebook_title(nb: nbformat.NotebookNode, default: str) -> tuple[str, str]:
    r"""(title, first paragraph) of a notebook's opening markdown cell, as plain text.

    >>> cell = nbformat.v4.new_markdown_cell("# Sourcing\n\n**What it is for.** See *who*\nsays `what`.\n\nMore.")
    >>> notebook_title(nbformat.v4.new_notebook(cells=[cell]), "x")
    ('Sourcing', 'See who says what.')
    """
    for cell in nb.cells:
        if cell.cell_type == "markdown":
            lines = cell.source.splitlines()
            title = next((ln.lstrip("#").strip() for ln in lines if ln.startswith("#")), default)
            paragraphs = re.split(r"\n\s*\n", "\n".join(ln for ln in lines if not ln.startswith("#")).strip())
            blurb = re.sub(r"^\*\*[^*]+\*\*\s*", "", " ".join(paragraphs[0].split()))  # drop the bold label
            return title, re.sub(r"[*`]", "", blurb)
    return default, ""


def case_summary(case_folder: Path) -> dict[str, object]:
    """Counts and article list of a case for the index page."""
    import kit

    case = kit.open_case(case_folder)
    counts = {
        name: len(getattr(case, name))
        for name in ("articles", "claims", "sources", "entities", "timeline", "contradictions")
    }
    articles = [
        {
            "title": row.title,
            "outlet": row.outlet or "",
            "published": "" if row.published is None or str(row.published) == "NaT" else str(row.published),
            "claims": int((case.claims["article_id"] == row.article_id).sum()),
        }
        for row in case.articles.itertuples()
    ]
    return {"case": case_folder.resolve().name, "counts": counts, "articles": articles}


def index_html(summary: dict, pages: Sequence[tuple[str, str, str]]) -> str:
    """The index page: the case's counts and articles, and a link per notebook page.

    Everything that comes from the articles is escaped.

    >>> "&lt;b&gt;" in index_html({"case": "c", "counts": {}, "articles": [{"title": "<b>"}]}, [])
    True
    """
    e = html.escape
    counts = "".join(f"<tr><th>{e(k)}</th><td>{int(v)}</td></tr>" for k, v in summary["counts"].items())
    arts = "".join(
        f"<tr><td>{e(str(a.get('title', '')))}</td><td>{e(str(a.get('outlet', '')))}</td>"
        f"<td>{e(str(a.get('published', '')))}</td><td>{int(a.get('claims', 0))}</td></tr>"
        for a in summary["articles"]
    )
    links = "".join(
        f'<li><a href="{e(href)}">{e(title)}</a><br><span class="blurb">{e(blurb)}</span></li>'
        for href, title, blurb in pages
    )
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>Case {e(summary["case"])}: kit notebooks</title>
<style>
body {{ font-family: sans-serif; max-width: 60em; margin: 2em auto; padding: 0 1em; color: #222; }}
table {{ border-collapse: collapse; margin: 0.5em 0 1.5em; }}
th, td {{ border: 1px solid #ccc; padding: 3px 8px; text-align: left; vertical-align: top; }}
li {{ margin-bottom: 0.8em; }} .blurb {{ color: #555; font-size: 90%; }}
</style>
</head>
<body>
<h1>Case: {e(summary["case"])}</h1>
<p>Rendered by kit from the articles of the case folder. Every page below opens offline;
its widgets show the state saved when it was rendered (open the notebooks in JupyterLab to work with them live).</p>
<h2>Notebooks</h2>
<ul>{links}</ul>
<h2>What was loaded</h2>
<table>{counts}</table>
<h2>Articles</h2>
<table><tr><th>title</th><th>outlet</th><th>published</th><th>claims</th></tr>{arts}</table>
</body>
</html>
"""


def _notebook_paths(notebooks: str | os.PathLike | Iterable[str | os.PathLike] | None) -> list[Path]:
    if notebooks is None:
        paths = [NOTEBOOK_DIR / name for name in NOTEBOOKS]
    elif isinstance(notebooks, (str, os.PathLike)) and Path(notebooks).is_dir():
        paths = sorted(Path(notebooks).glob("[0-9]*.ipynb"))
    elif isinstance(notebooks, (str, os.PathLike)):
        paths = [Path(notebooks)]
    else:
        paths = [Path(p) for p in notebooks]
    missing = [str(p) for p in paths if not p.is_file()]
    if missing or not paths:
        raise RenderError(f"notebooks={notebooks!r}: no such notebook(s) {missing}; valid: a folder of .ipynb files, "
                          f"a list of .ipynb paths, or None for the curated {list(NOTEBOOKS)}")
    return paths


def render(
    case_folder: str | os.PathLike = "seeds",
    *,
    out: str | os.PathLike = "rendered",
    notebooks: str | os.PathLike | Iterable[str | os.PathLike] | None = None,
    timeout: int = 600,
) -> list[Path]:
    """Execute the curated notebooks against ``case_folder``; write ``out/index.html`` and one page each.

    Returns the written paths, index first.

    >>> render("seeds", out="rendered")   # doctest: +SKIP
    [PosixPath('rendered/index.html'), PosixPath('rendered/00_start_here.html'), ...]
    """
    case = Path(case_folder)
    if not case.is_dir():
        raise RenderError(f"case_folder={str(case_folder)!r} is not a folder; valid: a folder of articles, e.g. 'seeds'")
    paths = _notebook_paths(notebooks)
    vendored_scripts()  # fail before spending minutes executing
    out_dir = Path(out)
    out_dir.mkdir(parents=True, exist_ok=True)

    written, pages = [], []
    for path in paths:
        nb = execute(path, case, timeout=timeout)
        title, blurb = notebook_title(nb, path.stem)
        target = out_dir / f"{path.stem}.html"
        target.write_text(to_html(nb, title=title), encoding="utf-8")
        written.append(target)
        pages.append((target.name, title, blurb))

    index = out_dir / "index.html"
    index.write_text(index_html(case_summary(case), pages), encoding="utf-8")
    return [index, *written]


def main_cli(argv: Sequence[str] | argparse.Namespace | None = None) -> int:
    """``kit render [CASE_FOLDER] [--out rendered/]``: render and print where the pages are."""
    if isinstance(argv, argparse.Namespace):
        args = argv
    else:
        parser = argparse.ArgumentParser(prog="kit render", description=main_cli.__doc__)
        parser.add_argument("case_folder", nargs="?", default="seeds", help="folder of articles (default: seeds)")
        parser.add_argument("--out", default="rendered", help="where the HTML goes (default: rendered/)")
        args = parser.parse_args(argv)
    try:
        pages = render(getattr(args, "case_folder", "seeds"), out=getattr(args, "out", "rendered"))
    except RenderError as err:
        print(f"kit render: {err}", file=sys.stderr)
        return 2
    for page in pages:
        print(page)
    print(f"Open {pages[0].resolve().as_uri()} in a browser (works offline).")
    return 0



if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main_cli(sys.argv[1:]))
