"""Quotation marks -> quotation spans and kinds.

Every quotation mark in a content block is classified by its context: a mark
after a space (or at the start of the block) and before a word can *open*; a
mark after a word and before a space or punctuation can *close*; a mark between
two letters (``Kim's``, ``zo'n``, ``shouldn‘t``) or at the start of a listed
apostrophe word (``'s avonds``, ``'90``, ``rock 'n' roll``) is an apostrophe.
Low marks (``„``, ``,,``, ``«``) only open and ``»`` only closes.

Marks are then paired in one pass with a stack, double marks with double and
single with single; an opener left over may still close on a mark of the other
kind (``„…’``, ``,,…"``).  A quotation left open at the end of a paragraph goes
on into the next paragraph when that paragraph starts with an opening mark (the
news convention for a quote of several paragraphs); otherwise it ends with its
paragraph.  Everything is linear in the length of the text.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

import attrs

from ._context import Context, QuoteDraft
from .lang import LanguageProfile
from .models import Block, BlockKind, QuoteKind, Span

__all__ = ["find_quotes", "quote_regions", "shared_regions"]

#: A quotation mark, two-character marks first.  Every alternative is a plain character
#: (no class): then the regular expression engine skips ahead to the next candidate
#: character at C speed, about three times faster than trying each position.
_MARK = re.compile(r",,|''|’’|‘‘|„|“|”|\"|‘|’|'|‚|«|»|‹|›")
_DOUBLE = frozenset({"„", "“", "”", '"', "«", "»", ",,", "''", "’’", "‘‘"})
_OPEN_ONLY = frozenset({"„", ",,", "«", "‹", "‚"})
_CLOSE_ONLY = frozenset({"»", "›"})
_QUOTE_CHARS = "„“”\"‘’'‚«»‹›"
_SPACE_BEFORE = "([{—–-/:" + _QUOTE_CHARS
_SPACE_AFTER = ".,;:!?)]}—–-…/" + _QUOTE_CHARS
_APOSTROPHES = "'’‘`´"
_YEAR = re.compile(r"['’‘]\d\d(?:s\b|\b)")
#: How deep a closing mark looks into the stack of open marks for its partner.
_MAX_DEPTH = 4
#: Quotations inside quotations are reported one level deep.
_MAX_NESTING = 2
#: How many left-over marks per block the second (mixed pair) pass considers.
_MAX_MIXED = 64

_CACHE: dict[str, tuple[LanguageProfile, _Compiled]] = {}


@attrs.frozen
class _Compiled:
    apostrophe: re.Pattern[str] | None
    term_before: re.Pattern[str] | None
    term_after: re.Pattern[str] | None
    #: The longest match of ``term_before``: a character, the longest marker, three more.
    term_before_reach: int = 0


def _word_alternation(words: Sequence[str]) -> str:
    parts = sorted({w for w in words if w}, key=len, reverse=True)
    return "|".join(re.escape(w).replace("'", f"[{_APOSTROPHES}]") for w in parts)


def _compiled(profile: LanguageProfile) -> _Compiled:
    hit = _CACHE.get(profile.code)
    if hit is not None and hit[0] is profile:
        return hit[1]
    lead = [w for w in profile.apostrophe_words if w[:1] in _APOSTROPHES]
    apostrophe = re.compile(rf"(?:{_word_alternation(lead)})(?!\w)", re.I) if lead else None
    before = _word_alternation(profile.term_markers_before)
    after = _word_alternation(profile.term_markers_after)
    compiled = _Compiled(
        apostrophe,
        re.compile(rf"(?:^|\W)(?:{before})\W{{0,3}}\Z", re.I) if before else None,
        re.compile(rf"\W{{0,3}}(?:{after})(?!\w)", re.I) if after else None,
        1 + max(map(len, profile.term_markers_before), default=0) + 3,
    )
    _CACHE[profile.code] = (profile, compiled)
    return compiled


@attrs.define
class _Mark:
    start: int
    end: int
    text: str
    double: bool
    opens: bool
    closes: bool
    partner: int = -1  # index of the paired mark in the block's list


def _scan_marks(text: str, block: Block, comp: _Compiled) -> list[_Mark]:
    """The quotation marks of one block, classified by their context."""
    marks: list[_Mark] = []
    lo, hi = block.span.start, block.span.end
    pos = lo
    while True:
        m = _MARK.search(text, pos, hi)
        if m is None:
            break
        start, end = m.span()
        pos = end
        mark = m.group(0)
        prev = text[start - 1] if start > lo else " "
        nxt = text[end] if end < hi else " "
        if mark in _APOSTROPHES or mark == "‚":
            if prev.isalnum() and nxt.isalnum():
                continue  # Kim's, zo'n, don't, shouldn‘t
            if comp.apostrophe is not None and (prev.isspace() or start == lo):
                a = comp.apostrophe.match(text, start, hi)
                if a is not None:
                    pos = a.end()
                    continue  # 's avonds, 't, rock 'n' roll
            if _YEAR.match(text, start, hi) and not (prev.isalnum()):
                continue  # '90, ’70s
        space_before = prev.isspace() or prev in _SPACE_BEFORE
        space_after = nxt.isspace() or nxt in _SPACE_AFTER
        opens = space_before and not space_after
        closes = space_after and not space_before
        if mark in _OPEN_ONLY:
            opens, closes = not space_after, False
        elif mark in _CLOSE_ONLY:
            opens, closes = False, not space_before
        if opens or closes:
            marks.append(_Mark(start, end, mark, mark in _DOUBLE, opens, closes))
    return marks


def _pair(marks: list[_Mark]) -> list[int]:
    """Pair the marks in place; returns the indexes of openers left unclosed."""
    stack: list[int] = []
    left_open: list[int] = []
    left_close: list[int] = []
    for i, mk in enumerate(marks):
        if mk.closes:
            found = -1
            for depth in range(1, min(len(stack), _MAX_DEPTH) + 1):
                if marks[stack[-depth]].double == mk.double:
                    found = depth
                    break
            if found > 0:
                for _ in range(found - 1):
                    left_open.append(stack.pop())
                o = stack.pop()
                marks[o].partner, mk.partner = i, o
                continue
            if not mk.opens:
                left_close.append(i)
                continue
        if mk.opens:
            stack.append(i)
    left_open.extend(stack)
    left_open.sort()
    # Mixed pairs: an opener left over closes on the next left-over closer of the
    # other kind („…’  ,,…"), when that does not cross a pair already made.
    result: list[int] = []
    ci = 0
    for n, o in enumerate(left_open):
        if n >= _MAX_MIXED:
            result.append(o)
            continue
        while ci < len(left_close) and left_close[ci] < o:
            ci += 1
        if ci < len(left_close):
            c = left_close[ci]
            if marks[c].double != marks[o].double and not _crosses(marks, o, c):
                marks[o].partner, marks[c].partner = c, o
                ci += 1
                continue
        result.append(o)
    return result


def _crosses(marks: list[_Mark], o: int, c: int) -> bool:
    """True when a pair already made starts or ends (but not both) between *o* and *c*."""
    if c - o > _MAX_MIXED:
        return True
    for k in range(o + 1, c):
        p = marks[k].partner
        if p >= 0 and not o < p < c:
            return True
    return False


def _trim(text: str, start: int, end: int) -> Span | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end) if end > start else None


@attrs.define
class _Open:
    """A quotation still open at the end of a paragraph."""

    parts: list[Span]
    opening: str
    double: bool


def find_quotes(ctx: Context) -> list[QuoteDraft]:
    """The quotations in quotation marks in the article's content blocks, in order."""
    text = ctx.text
    comp = _compiled(ctx.profile)
    found: list[tuple[tuple[Span, ...], str, str]] = []
    pending: _Open | None = None

    def finish(op: _Open, closing: str) -> None:
        found.append((tuple(op.parts), op.opening, closing))

    content = ctx.content_blocks()
    for block in content:
        marks = _scan_marks(text, block, comp)
        if not marks:
            # no quotation here, and a quotation left open does not go on into this block
            if pending is not None:
                finish(pending, "")
                pending = None
            continue
        dangling = _pair(marks)
        first = _first_mark(text, block, marks)
        # continuation of a quotation left open in the previous paragraph
        if pending is not None:
            if first is not None and marks[first].opens and block.kind is BlockKind.PARAGRAPH:
                mk = marks[first]
                if mk.partner >= 0:
                    span = _trim(text, mk.end, marks[mk.partner].start)
                    if span is not None:
                        pending.parts.append(span)
                    finish(pending, marks[mk.partner].text)
                    pending = None
                    mk.partner = marks[mk.partner].partner = -2  # consumed
                else:
                    span = _trim(text, mk.end, block.span.end)
                    if span is not None:
                        pending.parts.append(span)
                    dangling = [d for d in dangling if d != first]
                    mk.partner = -2
            else:
                finish(pending, "")
                pending = None
        for i, mk in enumerate(marks):
            if mk.partner > i:
                span = _trim(text, mk.end, marks[mk.partner].start)
                if span is not None:
                    op = _Open([span], mk.text, mk.double)
                    finish(op, marks[mk.partner].text)
        # the outermost opener left unclosed runs to the end of its paragraph
        if pending is None:
            for d in dangling:
                mk = marks[d]
                if _inside_pair(marks, d):
                    continue
                span = _trim(text, mk.end, block.span.end)
                if span is None:
                    break
                if mk.double or mk.start == block.span.start:
                    pending = _Open([span], mk.text, mk.double)
                break
    if pending is not None:
        finish(pending, "")
    found.sort(key=lambda f: (f[0][0].start, -f[0][-1].end))
    drafts: list[QuoteDraft] = []
    open_ends: list[int] = []  # ends of the kept quotations that enclose the next one
    for parts, opening, closing in found:
        start, end = parts[0].start, parts[-1].end
        while open_ends and open_ends[-1] <= start:
            open_ends.pop()
        if len(open_ends) >= _MAX_NESTING:
            continue  # a quote in a quote in a quote: reporting every level is quadratic
        open_ends.append(end)
        one = len(parts) == 1
        drafts.append(
            QuoteDraft(  # text, kind, span, parts, marks
                text[start:end] if one else "\n".join(p.slice(text) for p in parts),
                QuoteKind.DIRECT,
                parts[0] if one else Span(start, end),
                () if one else parts,
                (opening, closing),
            )
        )
    _classify(ctx, drafts, comp, [b.span.start for b in content])
    return drafts


def _first_mark(text: str, block: Block, marks: list[_Mark]) -> int | None:
    if marks and marks[0].start == block.span.start:
        return 0
    return None


def _inside_pair(marks: list[_Mark], index: int) -> bool:
    """True when the mark at *index* lies between the two marks of a pair (bounded look)."""
    for k in range(index - 1, max(-1, index - _MAX_MIXED), -1):
        p = marks[k].partner
        if p > index:
            return True
    return False


def _classify(
    ctx: Context, drafts: list[QuoteDraft], comp: _Compiled, block_starts: list[int]
) -> None:
    """Set the kind: term (nested, or marked as a name), direct or partial."""
    text = ctx.text
    term_before, term_after = comp.term_before, comp.term_after
    outer_end = -1
    for d in drafts:
        span_start, span_end = d.span.start, d.span.end
        if span_end <= outer_end:  # nested
            d.kind = QuoteKind.TERM
            continue
        outer_end = span_end
        marks = d.marks
        open_at = span_start - (len(marks[0]) if marks else 1)
        n = bisect.bisect_right(block_starts, open_at) - 1
        block_start = block_starts[n] if n >= 0 else 0
        before = text[max(block_start, open_at - 40) : open_at]
        close_at = span_end + (len(marks[1]) if marks else 1)
        after = text[close_at : close_at + 40]
        # A marker ends the text before the quote: only its last characters need a look.
        reach = max(0, len(before) - comp.term_before_reach)
        if (term_before is not None and term_before.search(before, reach)) or (
            term_after is not None and term_after.match(after)
        ):
            d.kind = QuoteKind.TERM
            continue
        lead = before.rstrip()
        first = d.text[:1]
        capital = first.isupper() or first.isdigit()
        # (the words are counted last: the cheap tests rule out most quotes)
        embedded = after[:1] == " " and after[1:2].islower() and len(d.text.split()) <= 2
        if embedded:
            d.kind = QuoteKind.PARTIAL  # "'Reckless' launch draws ...": a word of the sentence
        elif not lead or lead[-1] in ".!?:;—–-" or lead[-1] in _QUOTE_CHARS:
            d.kind = QuoteKind.DIRECT if capital or not lead else QuoteKind.PARTIAL
        elif capital and (
            lead[-1] == "," or (_ends_sentence(d.text) and _followed_by_cue_comma(after))
        ):
            d.kind = QuoteKind.DIRECT
        else:
            d.kind = QuoteKind.PARTIAL


def _ends_sentence(words: str) -> bool:
    return words.rstrip()[-1:] in ".!?,"


def _followed_by_cue_comma(after: str) -> bool:
    return after[:1] in ",."


def _outer(text: str, span: Span) -> tuple[int, int]:
    """The extent of a quotation part with its marks."""
    s, e = span.start, span.end
    while s > 0 and text[s - 1] in _REGION_CHARS:
        s -= 1
    while e < len(text) and text[e] in _REGION_CHARS and text[e] != ",":
        e += 1
    return s, e


#: The marks (and the comma of ",,") that may stand around a quotation part.
_REGION_CHARS = _QUOTE_CHARS + ","


def quote_regions(text: str, drafts: Sequence[QuoteDraft]) -> list[tuple[int, int, int, int]]:
    """(start, end, draft, part) of every outermost quotation part, marks included, in order.

    *drafts* are sorted by ``(span.start, -span.end)``; a part nested inside the previous
    one is left out.  Every later stage reads the quotation regions from here, so a
    quotation convention is known in one place (this module).
    """
    out: list[tuple[int, int, int, int]] = []
    last_end = -1
    for n, d in enumerate(drafts):
        parts = d.parts or (d.span,)
        for k, part in enumerate(parts):
            s, e = _outer(text, part)
            if s < last_end:
                continue  # nested inside the previous quotation
            out.append((s, e, n, k))
            last_end = e
    out.sort()
    return out


def shared_regions(ctx: Context, drafts: Sequence[QuoteDraft]) -> list[tuple[int, int, int, int]]:
    """:func:`quote_regions` of *drafts* in *ctx*'s text, found once for the stages that
    read them (the entity and attribution stages): found again only for other drafts, or
    the same in another order.  The list is shared, not to be changed; the drafts'
    spans and parts must not change between the calls that share it (no stage between
    the entity and attribution stages changes them)."""
    reading = ctx.reading
    regions = reading.regions
    of = reading.regions_of
    if (
        regions is None
        or len(of) != len(drafts)
        or not all(a is b for a, b in zip(of, drafts, strict=True))
    ):
        regions = reading.regions = quote_regions(ctx.text, drafts)
        reading.regions_of = tuple(drafts)
    return regions
