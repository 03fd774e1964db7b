"""The reading of an article that the stages share: content blocks, quotation regions,
and the tokenisers and word look-ups that read them once.

The texts here are written for these tests.
"""

from __future__ import annotations

import re

import pytest

from koreanews._context import Context
from koreanews.lang import get_profile
from koreanews.models import Block, BlockKind, Span
from koreanews.quotes import find_quotes, quote_regions, shared_regions
from koreanews.speech import attribution, entities


def context(text: str, lang: str = "nl") -> Context:
    """A context whose blocks are the non-empty lines of *text*, all paragraphs."""
    ctx = Context(text=text, lang=lang, profile=get_profile(lang))
    for m in re.finditer(r"[^\n]+", text):
        ctx.blocks.append(Block(BlockKind.PARAGRAPH, m.group(0), Span(m.start(), m.end())))
    return ctx


TEXT = (
    'Minister Park zei: "We blijven praten." Hij vertrok daarna.\n'
    "Volgens de woordvoerder is er 'geen haast'.\n"
    "Copyright 2024 Persbureau"
)


def test_content_blocks_are_found_once_and_again_when_the_blocks_change() -> None:
    ctx = context(TEXT)
    first = ctx.content_blocks()
    assert ctx.content_blocks() is first
    assert [b.kind for b in first] == [BlockKind.PARAGRAPH] * 3
    last = ctx.blocks[-1]
    ctx.blocks[-1] = Block(BlockKind.BOILERPLATE, last.text, last.span)  # same length
    assert [b.text for b in ctx.content_blocks()] == [b.text for b in first[:2]]
    ctx.blocks.append(Block(BlockKind.HEADING, "Kop", Span(0, 3)))
    assert ctx.content_blocks()[-1].text == "Kop"


def test_quotation_regions_are_shared_for_the_same_drafts_only() -> None:
    ctx = context(TEXT)
    drafts = find_quotes(ctx)
    assert len(drafts) == 2
    regions = shared_regions(ctx, drafts)
    assert regions == quote_regions(ctx.text, drafts)
    assert shared_regions(ctx, list(drafts)) is regions  # the same drafts, another list
    fewer = shared_regions(ctx, drafts[1:])
    assert fewer == quote_regions(ctx.text, drafts[1:])
    assert fewer is not regions
    again = shared_regions(ctx, drafts)  # the first drafts once more: found again
    assert again == regions
    assert again is not regions


def _reference_tokens(text: str, start: int, end: int) -> list[tuple[int, int, str, str]]:
    """The attribution tokens of ``text[start:end]`` read with the pattern in place."""
    return [
        (m.start(), m.end(), m.group(), "p" if m.lastindex is None else "w")
        for m in attribution._TOKEN.finditer(text, start, end)
    ]


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("Hij zei 't is goed, volgens Jan-Willem (D66).", 0),
        ("Kijk: 't huis van de U.S.-ambassadeur staat er nog.", 6),
        ("Schip't roer", 5),  # an apostrophe glued to the word before the piece
        ("x’t zei hij", 1),
        ("‘t Kan, aldus de burgemeester...", 0),
    ],
)
def test_the_sentence_tokeniser_reads_as_the_pattern_does_in_place(text: str, start: int) -> None:
    rules = attribution._rules(get_profile("nl"))
    toks, _cands, _quotes, _phrased = attribution._tokenize(text, start, len(text), (), rules)
    assert [(t.start, t.end, t.text, t.kind) for t in toks] == _reference_tokens(
        text, start, len(text)
    )


def test_the_sentence_tokeniser_makes_each_quotation_one_token() -> None:
    text = 'Hij zei "we gaan door" en vertrok.'
    rules = attribution._rules(get_profile("nl"))
    s, e = text.index('"'), text.rindex('"') + 1
    toks, cands, quotes, _ = attribution._tokenize(text, 0, len(text), [(s, e, 0, 0)], rules)
    assert [t.text for t in toks] == ["Hij", "zei", text[s:e], "en", "vertrok", "."]
    assert quotes == [2]
    assert [toks[c].low for c in cands] == ["zei"]
    words = [(t.start, t.end, t.text) for t in toks if t.kind != "q"]
    expected = [
        x[:3] for x in _reference_tokens(text, 0, s) + _reference_tokens(text, e, len(text))
    ]
    assert words == expected


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_a_word_ends_in_a_title_when_a_suffix_of_it_is_one(lang: str) -> None:
    """The suffix look-up finds what the pattern of every title finds, tried from each
    position on: the same starts, left to right."""
    profile = get_profile(lang)
    lex = entities._lexicon(profile)
    assert lex.compound is not None
    words = ["woordvoerder", "regering", "kabinet", "spokesman", "government", "premier"]
    words += sorted(lex.long_titles)[::7]
    for word in words:
        for prefix in ("", "x", "ab", "abc", "staats", "oud", "vice"):
            n = prefix + word
            expected = []
            at = 0
            while (m := lex.compound.search(n, at)) is not None:
                expected.append(m.start())
                at = m.start() + 1
            assert entities._title_suffixes(n, lex) == expected, n
