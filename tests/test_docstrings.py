"""The runnable example in each engine module's docstrings stays true."""
from __future__ import annotations

import doctest
import importlib

import pytest

MODULES = ["kit.schema", "kit.nlp", "kit.lexicons", "kit.entities", "kit.claims", "kit.timeline",
           "kit.contradictions", "kit.sources"]


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name):
    result = doctest.testmod(importlib.import_module(name), optionflags=doctest.ELLIPSIS)
    assert result.attempted > 0 and result.failed == 0
