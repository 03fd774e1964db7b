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
    #: What the later stages read of the text, found once and shared (see
    #: :meth:`content_blocks` and :func:`koreanews.quotes.shared_regions`).
    reading: Reading = attrs.Factory(lambda: Reading())

    def content_blocks(self) -> list[Block]:
        """Paragraphs, the headline and headings: the blocks where quotations are looked for.

        Found once for the blocks as they stand (again when they change); the list is
        shared, not to be changed.
        """
        reading = self.reading
        blocks = tuple(self.blocks)  # compared item by item, by identity first
        if reading.content is None or reading.content_of != blocks:
            paragraph, heading, headline = (
                BlockKind.PARAGRAPH,
                BlockKind.HEADING,
                BlockKind.HEADLINE,
            )
            reading.content = [
                b
                for b in self.blocks
                if b.kind is paragraph or b.kind is heading or b.kind is headline
            ]
            reading.content_of = blocks
        return reading.content


@attrs.define
class Reading:
    """One reading of the text shared by the stages after the block stage: the content
    blocks and the quotation regions, each found once."""

    #: The content blocks, and the blocks they were found among.
    content: list[Block] | None = None
    content_of: tuple[Block, ...] = ()
    #: The drafts the regions were found for, and the regions (start, end, draft, part).
    regions_of: tuple[QuoteDraft, ...] = ()
    regions: list[tuple[int, int, int, int]] | None = None


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
    #: Key of the speaker in the article's :class:`~koreanews.speech.entities.Cast`, if resolved.
    speaker_key: str | None = None
    lang: str | None = None
    evidence: Evidence | None = None
    #: Explanation notes (only while ``koreanews explain`` collects them).
    trace: list[str] = attrs.Factory(list)
