"""pyproject.toml and environment.yml name the same runtime dependencies; the seed is intact."""
from __future__ import annotations

import os
import re
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent


def _name(req: str) -> str:
    return re.split(r"[<>=!~;\[ ]", req.strip(), maxsplit=1)[0].lower().replace("_", "-")


def test_environment_yml_matches_pyproject():
    py = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["dependencies"]
    env = yaml.safe_load((ROOT / "environment.yml").read_text())["dependencies"]
    conda = {_name(d) for d in env if isinstance(d, str)} - {"python", "pip"}
    assert {_name(d) for d in py} == conda


def test_seed_is_byte_identical_to_shared():
    shared = ROOT.parent / "shared" / "seeds"
    for mine in (ROOT / "seeds").glob("*.txt"):
        theirs = shared / mine.name
        if theirs.exists():  # CI and developers have ../shared beside the project
            assert mine.read_bytes() == theirs.read_bytes()
    assert (ROOT / "seeds" / "000_ba1ba088aba1f641.txt").stat().st_size == 4155


def test_public_names_resolve():
    import kit

    assert "load_articles" in kit.__all__ and "analyze" in kit.__all__
    assert kit.__version__


@pytest.mark.parametrize(("out", "opt_level", "message"), [
    ("kit", "3", "is not valid; give a folder outside kit/"),
    ("elsewhere", "fast", "opt_level='fast' is not valid; use one of 0, 1, 2, 3"),
])
def test_the_compiled_build_refuses_bad_arguments_before_building(tmp_path, out, opt_level, message):
    sys.path.insert(0, str(ROOT / "tools"))
    try:
        import build_compiled
    finally:
        sys.path.remove(str(ROOT / "tools"))
    folder = ROOT / "kit" if out == "kit" else tmp_path / out
    with pytest.raises(ValueError, match=re.escape(message)):
        build_compiled.build(folder, opt_level=opt_level)
    assert not (tmp_path / out).exists()


@pytest.mark.slow
def test_installed_kit_carries_the_notebooks_render_needs(tmp_path):
    """A plain (non-editable) install has no notebooks/ beside it: ``kit render`` reads its own copy."""
    target = tmp_path / "site"
    subprocess.run([sys.executable, "-m", "pip", "install", "--no-deps", "--no-build-isolation", "--quiet",
                    "--target", str(target), str(ROOT)], check=True, capture_output=True, timeout=600)
    probe = "from kit import render; print('\\n'.join(str(p) for p in render._notebook_paths(None)))"
    out = subprocess.run([sys.executable, "-c", probe], cwd=tmp_path, env={**os.environ, "PYTHONPATH": str(target)},
                         check=True, capture_output=True, text=True, timeout=120).stdout.split()
    assert [Path(p).name for p in out] == [
        "00_start_here.ipynb", "01_sourcing.ipynb", "02_contradictions.ipynb", "03_timeline.ipynb"]
    for p in map(Path, out):
        assert p.parent == target / "kit" / "_notebooks"
        assert p.read_bytes() == (ROOT / "notebooks" / p.name).read_bytes()
    assert not (ROOT / "kit" / "_notebooks").exists()  # a checkout reads notebooks/ itself
