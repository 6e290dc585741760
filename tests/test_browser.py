"""Real-browser checks (Debian's chromium through Playwright): the notebooks live in
JupyterLab, the rendered pages offline, and hostile article text never runs.

Screenshots go to ``test-artifacts/`` for a human to look at.
"""
from __future__ import annotations

import os
import re
import secrets
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import nbformat
import pytest

from kit.render import NOTEBOOKS

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
ARTIFACTS = ROOT / "test-artifacts"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run"]
XSS_TEXT = "<script>alert(1)</script>"


# ---------------------------------------------------------------- browser and server


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    ARTIFACTS.mkdir(exist_ok=True)
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield b
        b.close()


class Watched:
    """A page with its console errors, page errors, failed requests and dialogs recorded."""

    def __init__(self, browser, *, offline: bool):
        self.page = browser.new_page(viewport={"width": 1280, "height": 900})
        self.errors: list[str] = []
        self.failed: list[str] = []
        self.dialogs: list[str] = []
        self.blocked: list[str] = []
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("requestfailed", lambda r: self.failed.append(r.url))
        self.page.on("dialog", self._dialog)
        if offline:
            self.page.route("**/*", self._file_only)

    def _dialog(self, dialog):
        self.dialogs.append(f"{dialog.type}: {dialog.message}")
        dialog.dismiss()

    def _file_only(self, route):
        if route.request.url.startswith("file:"):
            route.continue_()
        else:  # everything else is the network: refuse it, and remember it was asked for
            self.blocked.append(route.request.url)
            route.abort()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def lab(tmp_path_factory):
    """JupyterLab on 127.0.0.1 over a temporary copy of the notebooks and cases."""
    root = tmp_path_factory.mktemp("lab")
    shutil.copytree(ROOT / "notebooks", root / "notebooks")
    for src in (ROOT / "seeds", FIXTURES / "xss_case"):
        shutil.copytree(src, root / src.name, ignore=shutil.ignore_patterns(".kit"))
    # The hostile case through the sourcing notebook: only the parameters cell differs.
    nb = nbformat.read(root / "notebooks" / "01_sourcing.ipynb", as_version=4)
    nb.cells[1].source = nb.cells[1].source.replace('"../seeds"', '"../xss_case"')
    nbformat.write(nb, root / "notebooks" / "xss_01_sourcing.ipynb")

    # Silence the "get notified about Jupyter news?" toast: answer it in the user settings.
    notify = root / ".settings" / "@jupyterlab" / "apputils-extension" / "notification.jupyterlab-settings"
    notify.parent.mkdir(parents=True)
    notify.write_text('{"fetchNews": "false", "checkForUpdates": false}')

    port, token = _free_port(), secrets.token_hex(16)
    env = {k: v for k, v in os.environ.items() if k != "KIT_CASE"}  # the notebooks' own CASE applies
    env.update(JUPYTERLAB_SETTINGS_DIR=str(root / ".settings"), JUPYTERLAB_WORKSPACES_DIR=str(root / ".workspaces"),
               JUPYTER_RUNTIME_DIR=str(root / ".runtime"), KIT_AUTHOR="browser-test")
    cmd = [sys.executable, "-m", "jupyterlab", "--no-browser", "--allow-root", "--ip=127.0.0.1", f"--port={port}",
           f"--IdentityProvider.token={token}", "--ServerApp.open_browser=False", f"--ServerApp.root_dir={root}",
           "--LabApp.news_url=None", "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate",
           "--LabApp.expose_app_in_browser=True"]
    log = open(root / "lab.log", "w")
    proc = subprocess.Popen(cmd, env=env, stdout=log, stderr=subprocess.STDOUT, cwd=root)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 90
        while True:
            try:
                with urllib.request.urlopen(f"{url}/api/status?token={token}", timeout=2) as r:
                    if r.status == 200:
                        break
            except OSError:
                pass
            if proc.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"JupyterLab did not start:\n{(root / 'lab.log').read_text()[-3000:]}")
            time.sleep(0.5)
        yield {"url": url, "token": token, "root": root}
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
        log.close()


_ALL_RAN = """() => {
  const w = window.jupyterapp && window.jupyterapp.shell.currentWidget;
  if (!w || !w.sessionContext || !w.sessionContext.session || !w.sessionContext.session.kernel) return false;
  if (w.sessionContext.session.kernel.status !== 'idle') return false;
  return w.content.widgets.every(c => c.model.type !== 'code' || (c.model.executionCount !== null && c.promptNode.textContent.indexOf('*') < 0));
}"""
_ERRORS = """() => window.jupyterapp.shell.currentWidget.content.widgets
  .filter(c => c.model.type === 'code')
  .flatMap(c => c.model.outputs.toJSON().filter(o => o.output_type === 'error').map(o => o.ename + ': ' + o.evalue))"""


def _open_and_run(browser, lab, name: str) -> Watched:
    w = Watched(browser, offline=False)
    page = w.page
    # A workspace of its own: JupyterLab would otherwise reopen the previous test's notebook too.
    page.goto(f"{lab['url']}/lab/workspaces/{Path(name).stem}/tree/notebooks/{name}?token={lab['token']}")
    page.wait_for_function("() => window.jupyterapp && window.jupyterapp.shell.currentWidget "
                           "&& window.jupyterapp.shell.currentWidget.sessionContext "
                           "&& window.jupyterapp.shell.currentWidget.sessionContext.isReady", timeout=60_000)
    page.evaluate("() => window.jupyterapp.commands.execute('notebook:run-all-cells')")
    try:
        page.wait_for_function(_ALL_RAN, timeout=120_000, polling=500)
    except Exception:
        page.screenshot(path=str(ARTIFACTS / f"lab_{Path(name).stem}_timeout.png"))
        raise
    page.wait_for_selector(".jp-OutputArea-output .widget-label", timeout=30_000)
    assert page.evaluate(_ERRORS) == []
    return w


def _close(w: Watched) -> None:
    """Shut the notebook's kernel down and close the tab."""
    try:
        w.page.evaluate("() => window.jupyterapp.shell.currentWidget.sessionContext.shutdown()")
    finally:
        w.page.close()


def _label(page, pattern: str) -> str:
    """Text of the first widget label matching ``pattern`` (a regex)."""
    loc = page.locator(".widget-label").filter(has_text=re.compile(pattern)).first
    loc.wait_for(timeout=15_000)
    return loc.inner_text()


def _dropdown(page, description: str):
    return page.locator(".widget-dropdown").filter(has=page.locator(f'label:text-is("{description}")')).locator("select").first


# ---------------------------------------------------------------- (a) live in JupyterLab


def _change_00(page, lab) -> tuple[str, str]:
    # EntityView: picking another entity changes the aliases offered for a split.
    entity, alias = _dropdown(page, "entity"), _dropdown(page, "alias")
    entity.scroll_into_view_if_needed()
    names = entity.locator("option").all_inner_texts()
    before = (entity.input_value(), "|".join(alias.locator("option").all_inner_texts()))
    entity.select_option(label=names[-1] if entity.input_value() != names[-1] else names[0])
    page.wait_for_timeout(500)
    return "|".join(before), f"{entity.input_value()}|{'|'.join(alias.locator('option').all_inner_texts())}"


def _change_01(page, lab) -> tuple[str, str]:
    # ClaimExplorer: text nobody wrote leaves no claim on display.
    before = _label(page, r"^\d+ of \d+ claims$")
    text = page.locator(".widget-text").filter(has=page.locator('label:text-is("text")')).locator("input")
    text.fill("zz-no-such-words-zz")
    text.press("Enter")
    page.wait_for_function("() => [...document.querySelectorAll('.widget-label')].some(e => /^0 of \\d+ claims$/.test(e.textContent))")
    return before, _label(page, r"^0 of \d+ claims$")


def _change_02(page, lab) -> tuple[str, str]:
    # ContradictionReview: a verdict is counted, and it is in the case file on disk.
    import kit

    before = _label(page, r"reviewed$")
    page.locator("button.widget-button", has_text="not a conflict").first.click()
    page.wait_for_function("() => [...document.querySelectorAll('.widget-label')].some(e => /^1 of \\d+ reviewed$/.test(e.textContent))")
    verdicts = kit.open_case(lab["root"] / "seeds").contradictions["verdict"].astype(str).value_counts()
    assert verdicts.get("not_a_conflict") == 1
    return before, _label(page, r"reviewed$")


def _change_03(page, lab) -> tuple[str, str]:
    # TimelineExplorer: a start date after every event empties the plot.
    before = _label(page, r"^\d+ of \d+ events$")
    date = page.locator(".widget-datepicker").filter(has=page.locator('label:text-is("from")')).locator("input")
    date.fill("2100-01-01")
    date.dispatch_event("change")
    page.wait_for_function("() => [...document.querySelectorAll('.widget-label')].some(e => /^0 of \\d+ events$/.test(e.textContent))")
    return before, _label(page, r"^0 of \d+ events$")


CHANGES = {"00_start_here.ipynb": _change_00, "01_sourcing.ipynb": _change_01,
           "02_contradictions.ipynb": _change_02, "03_timeline.ipynb": _change_03}


@pytest.mark.slow
@pytest.mark.parametrize("name", NOTEBOOKS)
def test_notebook_runs_in_jupyterlab_and_its_filter_changes_the_view(browser, lab, name):
    w = _open_and_run(browser, lab, name)
    try:
        before, after = CHANGES[name](w.page, lab)
        assert before != after
        w.page.screenshot(path=str(ARTIFACTS / f"lab_{Path(name).stem}.png"), full_page=False)
        assert w.dialogs == []
    finally:
        _close(w)


# ---------------------------------------------------------------- (b) rendered, offline


@pytest.fixture(scope="module")
def rendered(tmp_path_factory):
    from kit.render import render

    base = tmp_path_factory.mktemp("rendered")
    out = {}
    for src in (ROOT / "seeds", FIXTURES / "xss_case"):
        case = shutil.copytree(src, base / src.name, ignore=shutil.ignore_patterns(".kit"))
        out[src.name] = render(case, out=base / f"{src.name}_html")
    return out


def _open_offline(browser, path: Path) -> Watched:
    w = Watched(browser, offline=True)
    w.page.goto(path.as_uri())
    w.page.wait_for_load_state("load")
    return w


@pytest.mark.slow
@pytest.mark.parametrize("page_name", ["index.html", *[n.replace(".ipynb", ".html") for n in NOTEBOOKS]])
def test_rendered_page_works_offline(browser, rendered, page_name):
    path = rendered["seeds"][0].parent / page_name
    w = _open_offline(browser, path)
    try:
        if page_name != "index.html":
            # The widget renderer replaced each saved view with a live widget tree.
            w.page.wait_for_selector(".widget-subarea .jupyter-widgets", timeout=30_000)
            assert w.page.locator(".widget-subarea").first.is_visible()
            assert w.page.locator(".widget-label").count() > 0
            w.page.locator(".widget-subarea").last.scroll_into_view_if_needed()
        w.page.screenshot(path=str(ARTIFACTS / f"rendered_{path.stem}.png"), full_page=False)
        assert (w.blocked, w.failed, w.errors, w.dialogs) == ([], [], [], [])
    finally:
        w.page.close()


# ---------------------------------------------------------------- (c) hostile text never runs


@pytest.mark.slow
@pytest.mark.parametrize("page_name", ["index.html", *[n.replace(".ipynb", ".html") for n in NOTEBOOKS]])
def test_hostile_article_stays_text_in_rendered_page(browser, rendered, page_name):
    path = rendered["xss_case"][0].parent / page_name
    w = _open_offline(browser, path)
    try:
        if page_name != "index.html":
            w.page.wait_for_selector(".widget-subarea .jupyter-widgets", timeout=30_000)
        w.page.wait_for_timeout(500)  # give an injected handler (img onerror) its chance to fire
        assert w.dialogs == []
        assert w.page.evaluate("() => document.querySelectorAll('img[onerror], a[href^=\"javascript:\"]').length") == 0
        if page_name in ("index.html", "00_start_here.html", "01_sourcing.html"):
            assert XSS_TEXT in w.page.inner_text("body")
    finally:
        w.page.close()


@pytest.mark.slow
def test_hostile_article_stays_text_in_jupyterlab(browser, lab):
    w = _open_and_run(browser, lab, "xss_01_sourcing.ipynb")
    try:
        w.page.wait_for_timeout(500)
        assert w.dialogs == []
        body = w.page.inner_text(".jp-NotebookPanel")
        assert XSS_TEXT in body
        w.page.get_by_text(XSS_TEXT).first.scroll_into_view_if_needed()
        assert w.page.evaluate("() => document.querySelectorAll('img[onerror], a[href^=\"javascript:\"]').length") == 0
        w.page.screenshot(path=str(ARTIFACTS / "lab_xss_01_sourcing.png"), full_page=False)
    finally:
        _close(w)
