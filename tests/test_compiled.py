"""The compiled variant (setup.py's COMPILED modules, built by mypyc) gives the pure frames.

mypyc checks types at run time where Python does not, so a compiled module can fail
where the pure one passes; it must never answer differently. The variant is built once
into a temporary folder (tools/build_compiled.py), then a fresh interpreter that imports
kit from there analyses the seed and a synthetic corpus and runs the fast suite.
"""
from __future__ import annotations

import importlib.machinery
import pickle
import subprocess
import sys
import textwrap
from pathlib import Path

import pandas as pd
import pytest

import kit

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))
import build_compiled  # noqa: E402

pytestmark = pytest.mark.slow
FRAMES = ("articles", "claims", "entities", "mentions", "timeline", "contradictions", "sources")


@pytest.fixture(scope="module")
def compiled(tmp_path_factory) -> Path:
    # gcc at -O0: the same C, so the same frames, in a quarter of the -O3 build's time
    return build_compiled.build(tmp_path_factory.mktemp("compiled"), opt_level="0")


def _run(compiled: Path, code: str, *args: str) -> subprocess.CompletedProcess:
    """Python code in a fresh interpreter whose ``kit`` is the compiled one."""
    prelude = f"import sys; sys.path.insert(0, {str(compiled)!r})\n"
    return subprocess.run([sys.executable, "-c", prelude + textwrap.dedent(code), *args], cwd=ROOT,
                          capture_output=True, text=True, timeout=1200)


def test_the_listed_modules_load_compiled(compiled):
    names = [Path(m).stem for m in build_compiled.compiled_modules()]
    assert names == ["nlp", "entities", "epithets", "parties", "claims", "timeline", "contradictions"]
    out = _run(compiled, "import importlib; print('\\n'.join(importlib.import_module('kit.' + m).__file__ "
                         "for m in sys.argv[1:]))", *names)
    assert out.returncode == 0, out.stderr
    files = out.stdout.split()
    assert len(files) == len(names)
    for f in files:
        assert f.startswith(str(compiled)) and f.endswith(tuple(importlib.machinery.EXTENSION_SUFFIXES)), f


def test_compiled_frames_equal_the_pure_ones(compiled, tmp_path, seed_articles):
    from test_scale import corpus

    folder = tmp_path / "corpus"
    corpus.write_corpus(folder, 40)
    dump = tmp_path / "frames.pkl"
    out = _run(compiled, """
        import pickle, kit, kit.nlp
        assert kit.nlp.__file__.endswith(".so") or kit.nlp.__file__.endswith(".pyd")
        frames = {}
        for label, folder in (("seed", sys.argv[3]), ("synthetic", sys.argv[1])):
            result = kit.analyze(kit.load_articles(folder))
            frames[label] = {f: getattr(result, f) for f in %r}
        pickle.dump(frames, open(sys.argv[2], "wb"))
        """ % (FRAMES,), str(folder), str(dump), str(ROOT / "seeds"))
    assert out.returncode == 0, out.stderr
    frames = pickle.loads(dump.read_bytes())
    for label, articles in (("seed", seed_articles), ("synthetic", kit.load_articles(folder))):
        pure = kit.analyze(articles)
        assert len(pure.claims) > 0 and len(pure.timeline) > 0
        for f in FRAMES:
            pd.testing.assert_frame_equal(frames[label][f], getattr(pure, f), obj=f"{label} {f}")


def test_the_suite_passes_compiled(compiled):
    # the fast suite (the extraction tables and the held-out floors), without the docstring
    # examples (doctest cannot read a compiled module's examples) and this module; the slow
    # and browser tests drive the same frames through notebooks, processes and chromium
    out = _run(compiled, """
        import kit.entities, pytest
        assert kit.entities.__file__.startswith(sys.path[0]), kit.entities.__file__
        sys.exit(pytest.main(["-q", "-p", "no:cacheprovider", "-m", "not browser and not slow", "tests",
                              "--ignore=tests/test_docstrings.py", "--ignore=tests/test_compiled.py"]))
        """)
    assert out.returncode == 0, out.stdout[-3000:] + out.stderr[-3000:]
    assert " passed" in out.stdout and " failed" not in out.stdout
