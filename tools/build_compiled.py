"""Build kit's compiled variant into a folder, beside the source tree (never inside it).

    python tools/build_compiled.py build/compiled
    PYTHONPATH=build/compiled python bench/run.py     # the same bench, compiled

The folder gets a copy of ``kit/`` with the modules setup.py lists compiled by mypyc
next to their sources (Python imports the compiled ones first), and of ``notebooks/`` for
``kit render``. ``KIT_COMPILE=1 pip install .`` builds the same modules into an installed kit.
"""
from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Literal

ROOT = Path(__file__).resolve().parent.parent


def compiled_modules() -> list[str]:
    """The module paths setup.py compiles (one list, read from there)."""
    import ast

    tree = ast.parse((ROOT / "setup.py").read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and any(getattr(t, "id", None) == "COMPILED" for t in node.targets):
            return list(ast.literal_eval(node.value))
    raise RuntimeError("setup.py has no COMPILED list")


OptLevel = Literal["0", "1", "2", "3"]
OPT_LEVELS: tuple[OptLevel, ...] = ("0", "1", "2", "3")


def build(out: Path, *, opt_level: OptLevel = "3") -> Path:
    """Compile into ``out``; ``opt_level`` is the C compiler's (mypyc's default, 3, for speed).

    The generated C is the same at every level, so the frames are too: the tests build at
    "0", which takes a quarter of the time (gcc on one large C file is most of the build).
    """
    if opt_level not in OPT_LEVELS:
        raise ValueError(f"opt_level={opt_level!r} is not valid; use one of {', '.join(OPT_LEVELS)}")
    out = Path(out).resolve()
    if out == ROOT or ROOT in out.parents and out.parts[len(ROOT.parts)] == "kit":
        raise ValueError(f"out={out} is not valid; give a folder outside kit/ and the source tree root")
    shutil.rmtree(out / "kit", ignore_errors=True)
    out.mkdir(parents=True, exist_ok=True)
    shutil.copytree(ROOT / "kit", out / "kit", ignore=shutil.ignore_patterns("__pycache__", "*.so"))
    # kit.render finds the curated notebooks beside the package, as in the source tree
    shutil.rmtree(out / "notebooks", ignore_errors=True)
    shutil.copytree(ROOT / "notebooks", out / "notebooks", ignore=shutil.ignore_patterns(".ipynb_checkpoints"))
    # mypy's settings are the project's ([tool.mypy]), as for KIT_COMPILE=1 pip install .
    cmd = [sys.executable, "-m", "mypyc", "--config-file", str(ROOT / "pyproject.toml"), *compiled_modules()]
    env = {**os.environ, "MYPYC_OPT_LEVEL": opt_level}
    done = subprocess.run(cmd, cwd=out, capture_output=True, text=True, env=env)
    if done.returncode != 0:
        # mypyc reports its errors (and its own internal ones) on stdout: keep them in the failure
        errors = [x for x in (done.stdout + done.stderr).splitlines() if "error" in x.lower()]
        raise RuntimeError(f"mypyc failed (exit {done.returncode}):\n" + "\n".join(errors[-20:]))
    return out


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("out", type=Path, help="folder to build into (build/compiled)")
    p.add_argument("--opt-level", choices=OPT_LEVELS, default="3", help="the C compiler's optimisation level")
    args = p.parse_args(argv)
    out = build(args.out, opt_level=args.opt_level)
    print(f"compiled {', '.join(compiled_modules())} into {out / 'kit'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
