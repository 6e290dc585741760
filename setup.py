"""An optional compiled build, for speed: ``KIT_COMPILE=1 pip install .``.

It compiles the rule passes with mypyc (plain, type-checked Python; the compiled modules
give the same frames, which tests/test_compiled.py checks). Without KIT_COMPILE, kit is pure
Python. Not with an editable install (-e): the compiled modules would land in kit/ and shadow
later edits of their sources; `make compiled` builds beside the tree instead.
Everything else is in pyproject.toml.
"""
import os
import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

HERE = Path(__file__).resolve().parent

# modules that are type-clean under mypy and hot in kit.analyze (bench/run.py --profile)
COMPILED = ["kit/nlp.py", "kit/entities.py", "kit/epithets.py", "kit/parties.py", "kit/claims.py", "kit/timeline.py",
            "kit/contradictions.py"]

ext_modules = []
if os.environ.get("KIT_COMPILE") == "1":
    from mypyc.build import mypycify

    ext_modules = mypycify(COMPILED, opt_level="3")  # mypy's settings: [tool.mypy] in pyproject.toml



class BuildWithNotebooks(build_py):
    """Ship the curated notebooks inside the package (kit/_notebooks/), so that ``kit render``
    finds them after a plain ``pip install .``; a source checkout reads ``notebooks/`` itself."""

    def run(self):
        super().run()
        if self.editable_mode:
            return  # an editable install reads notebooks/ beside kit/
        out = Path(self.build_lib) / "kit" / "_notebooks"
        out.mkdir(parents=True, exist_ok=True)
        for nb in sorted((HERE / "notebooks").glob("[0-9]*.ipynb")):
            shutil.copyfile(nb, out / nb.name)


setup(ext_modules=ext_modules, cmdclass={"build_py": BuildWithNotebooks})
