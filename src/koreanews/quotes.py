"""Quotation marks -> quotation spans and kinds.  (Baseline: none found yet.)"""

from __future__ import annotations

from ._context import Context, QuoteDraft

__all__ = ["find_quotes"]


def find_quotes(ctx: Context) -> list[QuoteDraft]:
    """The quotations in quotation marks in the article's content blocks."""
    return []
