"""Split the article body into paragraphs, headings, boilerplate and captions.

Baseline: every non-empty line is a paragraph.  (To be refined.)
"""

from __future__ import annotations

import re

from ._context import Context
from .models import Block, BlockKind, Span

__all__ = ["split_blocks"]

_LINE = re.compile(r"[^\r\n]+")


def split_blocks(ctx: Context) -> list[Block]:
    """Blocks covering every non-whitespace character of ``ctx.text[ctx.body_start:]``."""
    blocks: list[Block] = []
    for m in _LINE.finditer(ctx.text, ctx.body_start):
        line = m.group(0)
        stripped = line.strip()
        if not stripped:
            continue
        start = m.start() + (len(line) - len(line.lstrip()))
        end = start + len(stripped)
        blocks.append(Block(BlockKind.PARAGRAPH, stripped, Span(start, end)))
    return blocks
