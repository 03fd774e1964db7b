"""Linguistic annotation an optional annotator adds to an article.

An :class:`Annotation` holds sentences, tokens (with lemma, part of speech and
dependency head) and named-entity spans, all as offsets into the article's own
input text.  The rule-based stages use it when present and fall back on their
own rules where it is silent.  :class:`Annotator` is the protocol a backend
(such as :class:`koreanews.annotators.StanzaAnnotator`) implements.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol, runtime_checkable

import attrs

from .models import Span

__all__ = ["Annotation", "Annotator", "NamedEntity", "Token"]


@attrs.frozen
class Token:
    """One word with its analysis; ``head`` indexes ``Annotation.tokens`` (-1 = root)."""

    span: Span
    text: str
    lemma: str | None = None
    upos: str | None = None
    head: int = -1
    deprel: str | None = None
    sentence: int = 0


@attrs.frozen
class NamedEntity:
    """A named-entity span with its label (``PER``, ``ORG``, ``LOC``, ``MISC``)."""

    span: Span
    text: str
    label: str


@attrs.frozen
class Annotation:
    """Sentences, tokens and entities of one text, as offsets into that text."""

    sentences: tuple[Span, ...] = attrs.field(default=(), converter=tuple)
    tokens: tuple[Token, ...] = attrs.field(default=(), converter=tuple)
    entities: tuple[NamedEntity, ...] = attrs.field(default=(), converter=tuple)


@runtime_checkable
class Annotator(Protocol):
    """What :func:`koreanews.parse` needs from an optional NLP backend."""

    def annotate(self, text: str, lang: str) -> Annotation:
        """Annotate one text written in *lang*."""
        ...

    def annotate_many(self, texts: Sequence[str], langs: Sequence[str]) -> list[Annotation]:
        """Annotate many texts in one batch; the result is in input order."""
        ...
