"""Linguistic annotation an optional annotator adds to an article.

An :class:`Annotation` holds sentences, tokens (with lemma, part of speech and
dependency head) and named-entity spans, all as offsets into the article's own
input text.  The rule-based stages use it when present and fall back on their
own rules where it is silent.  :class:`Annotator` is the protocol a backend
(such as :class:`koreanews.annotators.StanzaAnnotator`) implements.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from typing import Protocol, runtime_checkable

import attrs

from .models import Span, _spans

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


def _tokens(value: Iterable[Token]) -> tuple[Token, ...]:
    return tuple(value)


def _entities(value: Iterable[NamedEntity]) -> tuple[NamedEntity, ...]:
    return tuple(value)


@attrs.frozen
class Annotation:
    """Sentences, tokens and entities of one text, as offsets into that text.

    Tokens are the syntactic words, in text order; ``Token.head`` indexes
    :attr:`tokens`.  The query methods below use indexes built once, when the
    annotation is made, so each look-up costs a binary search, not a scan.
    """

    sentences: tuple[Span, ...] = attrs.field(default=(), converter=_spans)
    tokens: tuple[Token, ...] = attrs.field(default=(), converter=_tokens)
    entities: tuple[NamedEntity, ...] = attrs.field(default=(), converter=_entities)
    _starts: tuple[int, ...] = attrs.field(init=False, repr=False, eq=False)
    _ends: tuple[int, ...] = attrs.field(init=False, repr=False, eq=False)
    _children: tuple[tuple[int, ...], ...] = attrs.field(init=False, repr=False, eq=False)
    _sentence_starts: tuple[int, ...] = attrs.field(init=False, repr=False, eq=False)

    def __attrs_post_init__(self) -> None:
        n = len(self.tokens)
        children: list[list[int]] = [[] for _ in range(n)]
        for i, token in enumerate(self.tokens):
            if token.head >= n or token.head < -1 or token.head == i:
                raise ValueError(f"token {i} ({token.text!r}) has an invalid head {token.head}")
            if token.head >= 0:
                children[token.head].append(i)
        # Tokens are in text order; the ends of multi-word expansions repeat, so
        # a running maximum keeps the end index sorted for binary search.
        ends: list[int] = []
        top = 0
        for token in self.tokens:
            top = max(top, token.span.end)
            ends.append(top)
        object.__setattr__(self, "_starts", tuple(t.span.start for t in self.tokens))
        object.__setattr__(self, "_ends", tuple(ends))
        object.__setattr__(self, "_children", tuple(tuple(c) for c in children))
        object.__setattr__(self, "_sentence_starts", tuple(s.start for s in self.sentences))

    def token_indices(self, span: Span) -> range:
        """Indexes of the tokens that overlap *span* (an empty range when none do)."""
        first = bisect_right(self._ends, span.start)
        last = bisect_left(self._starts, span.end)
        return range(first, max(first, last))

    def token_at(self, offset: int) -> int | None:
        """Index of the token covering character *offset*, or None."""
        found = self.token_indices(Span(offset, offset + 1))
        return found.start if found else None

    def children(self, index: int) -> tuple[int, ...]:
        """Indexes of the tokens whose head is token *index*, in text order."""
        return self._children[index]

    def dependents(self, index: int, *deprels: str) -> tuple[int, ...]:
        """Children of *index* with a relation in *deprels* (``nsubj`` takes ``nsubj:pass``)."""
        wanted = set(deprels)
        return tuple(
            c
            for c in self._children[index]
            if (rel := self.tokens[c].deprel) is not None
            and (rel in wanted or rel.split(":", 1)[0] in wanted)
        )

    def subtree(self, index: int, *, exclude: frozenset[str] = frozenset()) -> list[int]:
        """Token *index* and everything below it, in text order.

        Children attached with a relation in *exclude* (``"appos"``, or a subtype
        such as ``"acl:relcl"``) are left out together with their own subtrees.
        """
        found = [index]
        stack = [index]
        while stack:
            for child in self._children[stack.pop()]:
                rel = self.tokens[child].deprel or ""
                if rel in exclude or rel.split(":", 1)[0] in exclude:
                    continue
                found.append(child)
                stack.append(child)
        found.sort()
        return found

    def span_of(self, indexes: Sequence[int]) -> Span:
        """The span from the first to the last of the tokens *indexes* (not empty)."""
        return Span(
            min(self.tokens[i].span.start for i in indexes),
            max(self.tokens[i].span.end for i in indexes),
        )

    def sentence_at(self, offset: int) -> int | None:
        """Index of the sentence covering character *offset*, or None."""
        i = bisect_right(self._sentence_starts, offset) - 1
        if i >= 0 and offset < self.sentences[i].end:
            return i
        return None

    def entities_in(self, span: Span) -> tuple[NamedEntity, ...]:
        """The named entities that overlap *span*, in text order."""
        return tuple(e for e in self.entities if e.span.overlaps(span))


@runtime_checkable
class Annotator(Protocol):
    """What :func:`koreanews.parse` needs from an optional NLP backend."""

    def annotate(self, text: str, lang: str) -> Annotation:
        """Annotate one text written in *lang*."""
        ...

    def annotate_many(self, texts: Sequence[str], langs: Sequence[str]) -> list[Annotation]:
        """Annotate many texts in one batch; the result is in input order."""
        ...
