"""pyproject.toml and environment.yml name the same runtime dependencies; the seed is intact."""
from __future__ import annotations

import re
import tomllib
from pathlib import Path

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
