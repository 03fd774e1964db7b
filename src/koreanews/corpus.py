"""Parse many articles: :func:`parse_many`.  (Baseline: sequential.)"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator

from .models import Article
from .pipeline import parse, parse_file

__all__ = ["parse_many"]


def parse_many(
    items: Iterable[str | os.PathLike[str]], *, workers: int | None = None, lang: str | None = None
) -> Iterator[Article]:
    """Parse texts or paths (``os.PathLike``) one after another, in input order."""
    for item in items:
        if isinstance(item, os.PathLike):
            yield parse_file(item, lang=lang)
        else:
            yield parse(item, lang=lang)
