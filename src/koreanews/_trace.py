"""Explanation notes collected while ``koreanews explain`` parses an article.

The stages call :func:`note` at their decisions; outside :func:`collecting` it costs
one context-variable read and records nothing.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any

import attrs

__all__ = [
    "Notes",
    "active",
    "collecting",
    "keep_quotes",
    "mark",
    "note",
    "note_on",
    "record",
    "since",
]


@attrs.define
class Notes:
    """What one traced parse recorded."""

    #: Notes in the order they were made.
    lines: list[str] = attrs.Factory(list)
    #: Each final quotation's own notes, in the order of ``Article.quotes``.
    quotes: list[tuple[str, ...]] = attrs.Factory(list)
    #: Structured records for fitting (``tools/fit_ranking.py``): the candidates of each
    #: ranked decision with their features.
    records: list[tuple[Any, ...]] = attrs.Factory(list)


_NOTES: ContextVar[Notes | None] = ContextVar("koreanews_trace", default=None)


def active() -> bool:
    """True while notes are being collected."""
    return _NOTES.get() is not None


def note(line: str) -> None:
    """Record *line* when notes are being collected."""
    notes = _NOTES.get()
    if notes is not None:
        notes.lines.append(line)


def record(item: tuple[Any, ...]) -> None:
    """Keep a structured record when notes are being collected."""
    notes = _NOTES.get()
    if notes is not None:
        notes.records.append(item)


def note_on(lines: list[str], line: str) -> None:
    """Append *line* to *lines* (a quotation's own notes) when notes are being collected."""
    if _NOTES.get() is not None:
        lines.append(line)


def mark() -> int:
    """The number of notes so far (to take the notes made after it with :func:`since`)."""
    notes = _NOTES.get()
    return 0 if notes is None else len(notes.lines)


def since(at: int) -> list[str]:
    """The notes made since :func:`mark` returned *at*."""
    notes = _NOTES.get()
    return [] if notes is None else notes.lines[at:]


def keep_quotes(traces: list[tuple[str, ...]]) -> None:
    """Record each final quotation's notes (the pipeline's last step, when collecting)."""
    notes = _NOTES.get()
    if notes is not None:
        notes.quotes = traces


@contextmanager
def collecting() -> Iterator[Notes]:
    """Collect notes inside the ``with`` block."""
    notes = Notes()
    token = _NOTES.set(notes)
    try:
        yield notes
    finally:
        _NOTES.reset(token)
