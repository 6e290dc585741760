"""An optional compiled build, for speed: ``KIT_COMPILE=1 pip install .``.

It compiles the rule passes with mypyc (plain, type-checked Python; the compiled modules
give the same frames, which tests/test_compiled.py checks). Without KIT_COMPILE, kit is pure
Python. Not with an editable install (-e): the compiled modules would land in kit/ and shadow
later edits of their sources; `make compiled` builds beside the tree instead.
Everything else is in pyproject.toml.
"""
import os

from setuptools import setup

# modules that are type-clean under mypy and hot in kit.analyze (bench/run.py --profile)
COMPILED = ["kit/nlp.py", "kit/entities.py", "kit/claims.py", "kit/timeline.py", "kit/contradictions.py"]

ext_modules = []
if os.environ.get("KIT_COMPILE") == "1":
    from mypyc.build import mypycify

    ext_modules = mypycify(COMPILED, opt_level="3")  # mypy's settings: [tool.mypy] in pyproject.toml

setup(ext_modules=ext_modules)
