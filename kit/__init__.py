"""kit: claims, entities, timelines and contradictions from news articles.

>>> import kit
>>> articles = kit.load_articles("seeds/")      # doctest: +SKIP
>>> result = kit.analyze(articles)              # doctest: +SKIP
>>> result.claims[["source", "cue", "content"]]  # doctest: +SKIP
"""
from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

__version__ = "0.1.0"

# Public name -> module. Imported lazily so `import kit` stays fast and a notebook
# that only loads articles never pays for spaCy.
_EXPORTS = {
    "load_articles": "kit.load",
    "LoadError": "kit.load",
    "LoadWarning": "kit.load",
    "analyze": "kit.analysis",
    "Analysis": "kit.analysis",
    "AnalysisWarning": "kit.analysis",
    "to_frame": "kit.schema",
    "empty_frame": "kit.schema",
    "open_case": "kit.case",
    "Case": "kit.case",
    "CaseError": "kit.case",
    "filter_claims": "kit.explore",
    "claims_to_html": "kit.explore",
    "render_case": "kit.render",
}

_ALIASES = {"render_case": "render"}  # the module kit.render keeps its own name

__all__ = sorted(_EXPORTS) + ["__version__"]


def __getattr__(name: str):
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'kit' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), _ALIASES.get(name, name))
    globals()[name] = value
    return value


def __dir__():
    return __all__


if TYPE_CHECKING:  # pragma: no cover
    from kit.analysis import Analysis, AnalysisWarning, analyze
    from kit.case import Case, CaseError, open_case
    from kit.explore import claims_to_html, filter_claims
    from kit.load import LoadError, LoadWarning, load_articles
    from kit.render import render as render_case
    from kit.schema import empty_frame, to_frame
