"""Cues, indirect speech and speakers.  (Baseline: nothing attributed yet.)"""

from __future__ import annotations

from ._context import Context, QuoteDraft
from .entities import Cast

__all__ = ["attribute"]


def attribute(ctx: Context, quotes: list[QuoteDraft], cast: Cast) -> list[QuoteDraft]:
    """Attribute *quotes* to speakers and add indirect speech; returns all quotes in order."""
    return sorted(quotes, key=lambda q: q.span.start)
