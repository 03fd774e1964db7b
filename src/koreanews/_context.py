"""Private working state shared by the pipeline stages of one parse."""

from __future__ import annotations

import attrs

from .annotation import Annotation
from .lang import LanguageProfile
from .models import Block, BlockKind, Evidence, QuoteKind, Span


@attrs.define
class Context:
    """Everything the stages know about the article being parsed."""

    text: str
    lang: str
    profile: LanguageProfile
    body_start: int = 0
    blocks: list[Block] = attrs.Factory(list)
    annotation: Annotation | None = None

    def content_blocks(self) -> list[Block]:
        """Paragraphs, the headline and headings: the blocks where quotations are looked for."""
        paragraph, heading, headline = BlockKind.PARAGRAPH, BlockKind.HEADING, BlockKind.HEADLINE
        return [
            b for b in self.blocks if b.kind is paragraph or b.kind is heading or b.kind is headline
        ]


@attrs.define
class QuoteDraft:
    """A quotation being built by the quote and attribution stages (mutable)."""

    text: str
    kind: QuoteKind
    span: Span
    parts: tuple[Span, ...] = ()
    marks: tuple[str, str] | None = None
    cue: str | None = None
    cue_span: Span | None = None
    source_text: str | None = None
    source_span: Span | None = None
    #: Key of the speaker in the article's :class:`~koreanews.entities.Cast`, if resolved.
    speaker_key: str | None = None
    lang: str | None = None
    evidence: Evidence | None = None
    #: Explanation notes (only while ``koreanews explain`` collects them).
    trace: list[str] = attrs.Factory(list)
