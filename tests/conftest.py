"""Shared fixtures: the seed folder and its analysis, computed once per session."""
from __future__ import annotations

import os
from pathlib import Path

import matplotlib
import pytest

matplotlib.use("Agg")
os.environ.setdefault("MPLBACKEND", "Agg")

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SEED_FILE = SEEDS / "000_ba1ba088aba1f641.txt"


@pytest.fixture(scope="session")
def seed_dir() -> Path:
    return SEEDS


@pytest.fixture(scope="session")
def seed_articles():
    import kit

    return kit.load_articles(SEEDS)


@pytest.fixture(scope="session")
def seed_analysis(seed_articles):
    import kit

    return kit.analyze(seed_articles)
