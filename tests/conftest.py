"""Shared fixtures.

``gold_dir`` points at the real, annotated articles in ``../shared/gold`` next
to the repository (or at ``$KOREANEWS_GOLD_DIR``, for a checkout kept elsewhere,
such as a git worktree); tests that use it skip cleanly when it is not there (a
plain clone, an sdist).  ``examples_dir`` holds the example articles written
for this project.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parent.parent
GOLD_DIR = Path(
    os.environ.get("KOREANEWS_GOLD_DIR")
    or os.environ.get("KOREANEWS_GOLD")
    or REPO_ROOT.parent / "shared" / "gold"
)
EXAMPLES_DIR = REPO_ROOT / "examples"


@pytest.fixture(scope="session")
def repo_root() -> Path:
    """The root of the source checkout."""
    return REPO_ROOT


@pytest.fixture(scope="session")
def gold_dir() -> Path:
    """The folder of gold ``*.jsonl`` files; skips the test when it is missing."""
    if not GOLD_DIR.is_dir() or not any(GOLD_DIR.glob("*.jsonl")):
        pytest.skip("no gold data: ../shared/gold/*.jsonl beside the repository")
    return GOLD_DIR


@pytest.fixture(scope="session")
def examples_dir() -> Path:
    """The ``examples/`` folder (``examples/articles/*.txt`` are example articles)."""
    if not (EXAMPLES_DIR / "articles").is_dir():
        pytest.skip("examples/articles is not part of this distribution")
    return EXAMPLES_DIR


@pytest.fixture(scope="session")
def example_articles(examples_dir: Path) -> list[Path]:
    """Every example article, sorted by name."""
    return sorted((examples_dir / "articles").glob("*.txt"))
