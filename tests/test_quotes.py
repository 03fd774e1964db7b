"""Quotation marks -> quotations: pairing, apostrophes, nesting, paragraphs, kinds.

The articles here are short texts written for these tests.  Each paragraph is
one line; the helper builds the blocks itself so these tests do not depend on
the block splitter.
"""

from __future__ import annotations

import re

import pytest

import koreanews
from koreanews._context import Context, QuoteDraft
from koreanews.lang import get_profile
from koreanews.models import Block, BlockKind, QuoteKind, Span
from koreanews.quotes import find_quotes


def context(text: str, lang: str = "nl", headings: tuple[int, ...] = ()) -> Context:
    """A context whose blocks are the non-empty lines of *text* (line n in *headings*: heading)."""
    ctx = Context(text=text, lang=lang, profile=get_profile(lang))
    for n, m in enumerate(re.finditer(r"[^\n]+", text)):
        kind = BlockKind.HEADING if n in headings else BlockKind.PARAGRAPH
        ctx.blocks.append(Block(kind, m.group(0), Span(m.start(), m.end())))
    return ctx


def quotes(text: str, lang: str = "nl", headings: tuple[int, ...] = ()) -> list[QuoteDraft]:
    return find_quotes(context(text, lang, headings))


def texts(text: str, lang: str = "nl") -> list[str]:
    return [q.text for q in quotes(text, lang)]


# -- marks ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("opening", "closing"),
    [
        ("„", "”"),
        ("„", "“"),
        ("“", "”"),
        ("‘", "’"),
        ("'", "'"),
        ('"', '"'),
        (",,", "''"),
        ("«", "»"),
        ("‹", "›"),
        ("„", "’"),
        (",,", '"'),
        (",,", "’’"),
    ],
)
def test_every_pair_of_marks(opening: str, closing: str) -> None:
    text = (
        f"De minister zei: {opening}We blijven praten met het Noorden.{closing} Daarna vertrok hij."
    )
    (q,) = quotes(text)
    assert q.text == "We blijven praten met het Noorden."
    assert text[q.span.start : q.span.end] == q.text
    assert q.marks == (opening, closing)


def test_span_indexes_the_input_exactly() -> None:
    text = " date 2019-03 Kim lachte. \"Wij winnen\", zei Kim. Hij noemde het een 'grap'."
    for q in quotes(text):
        assert text[q.span.start : q.span.end] == q.text


def test_quotes_come_in_order_of_appearance() -> None:
    text = "'Eerst dit', zei Park. \"Dan dat\", zei Lee. „En tot slot dit”, zei Choi."
    assert texts(text) == ["Eerst dit", "Dan dat", "En tot slot dit"]


# -- apostrophes ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Korea's leider en zo'n twintig man vertrokken 's avonds naar m'n dorp.",
        "In de jaren '90 groeide Kim's macht; Guam's basis is groot.",
        "He said he doesn't like rock 'n' roll, and you shouldn‘t either.",
        "Trump's tweets and the Koreas' talks don't mix, in the '80s or now.",
        "Zo'n raket haalt Guam's kust niet, zei m'n buurman 's ochtends.",
    ],
)
def test_apostrophes_are_not_quotes(text: str) -> None:
    lang = "en" if " the " in text or "He " in text else "nl"
    assert quotes(text, lang) == []


def test_apostrophes_inside_a_single_quoted_quote() -> None:
    text = "'Kim's zus is zo'n sterke onderhandelaar', zei de minister."
    assert texts(text) == ["Kim's zus is zo'n sterke onderhandelaar"]


def test_years_and_possessives_around_a_real_quote() -> None:
    text = "Sinds '98 zegt Moon's partij: 'We willen vrede.'"
    assert texts(text) == ["We willen vrede."]


# -- nesting, headlines, paragraphs ------------------------------------------------------


def test_quote_inside_a_quote_is_a_term() -> None:
    text = "„Ze noemen het een ‘preventieve aanval’, maar het is oorlog”, zei Ri."
    qs = quotes(text)
    assert [q.text for q in qs] == [
        "Ze noemen het een ‘preventieve aanval’, maar het is oorlog",
        "preventieve aanval",
    ]
    assert qs[0].kind is QuoteKind.DIRECT
    assert qs[1].kind is QuoteKind.TERM


def test_quote_in_a_headline() -> None:
    text = "Kim Jong-un: 'We hebben de knop op ons bureau'\nPyongyang dreigt opnieuw."
    (q,) = quotes(text, headings=(0,))
    assert q.text == "We hebben de knop op ons bureau"
    assert q.kind is QuoteKind.DIRECT


def test_whole_headline_quote_is_direct_and_a_leading_word_is_partial() -> None:
    text = " date 2017-09 'Noord-Korea speelt met vuur'\n'Roekeloze' test leidt tot protest\nTekst."
    ctx = context(text, headings=(0, 1))
    ctx.blocks[0] = Block(BlockKind.HEADING, "'Noord-Korea speelt met vuur'", Span(14, 43))
    kinds = [(q.text, q.kind) for q in find_quotes(ctx)]
    assert kinds == [
        ("Noord-Korea speelt met vuur", QuoteKind.DIRECT),
        ("Roekeloze", QuoteKind.PARTIAL),
    ]


def test_quote_over_several_paragraphs_is_one_quote() -> None:
    text = (
        '"We gaan niet weg," zei de generaal. "Het leger blijft hier.\n'
        '"De soldaten hebben orders.\n'
        '"Meer zeg ik niet." Daarna liep hij weg.'
    )
    qs = quotes(text)
    assert [q.text for q in qs] == [
        "We gaan niet weg,",
        "Het leger blijft hier.\nDe soldaten hebben orders.\nMeer zeg ik niet.",
    ]
    multi = qs[1]
    assert len(multi.parts) == 3
    assert [text[p.start : p.end] for p in multi.parts] == multi.text.split("\n")
    assert multi.span == Span(multi.parts[0].start, multi.parts[-1].end)


def test_english_multi_paragraph_quote() -> None:
    text = (
        "“The talks were useful. We will meet again in Seoul.\n"
        "“Nobody expected a deal this week,” the minister said."
    )
    (q,) = quotes(text, "en")
    assert q.text == (
        "The talks were useful. We will meet again in Seoul.\nNobody expected a deal this week,"
    )


def test_unclosed_mark_stops_at_its_paragraph() -> None:
    text = (
        '"Dit is het einde van de dialoog, zei Kim.\nIn Seoul bleef het rustig.\nNiemand reageerde.'
    )
    (q,) = quotes(text)
    assert q.text == "Dit is het einde van de dialoog, zei Kim."
    assert "\n" not in q.text


def test_unclosed_single_mark_inside_a_paragraph_is_ignored() -> None:
    text = "De 'test was volgens experts mislukt.\nDaarna bleef het stil."
    assert quotes(text) == []


# -- kinds -----------------------------------------------------------------------------


def test_direct_partial_and_term() -> None:
    text = (
        "„We zijn klaar voor overleg”, zegt Moon. Hij spreekt van een „historische kans”. "
        "Het plan heet de zogenaamde „zonneschijnpolitiek”."
    )
    kinds = {q.text: q.kind for q in quotes(text)}
    assert kinds == {
        "We zijn klaar voor overleg": QuoteKind.DIRECT,
        "historische kans": QuoteKind.PARTIAL,
        "zonneschijnpolitiek": QuoteKind.TERM,
    }


def test_english_term_markers() -> None:
    text = "Trump used his “rocket man” nickname again for the so-called “hermit kingdom”."
    assert {q.kind for q in quotes(text, "en")} == {QuoteKind.TERM}


def test_direct_quote_after_a_comma_cue() -> None:
    (q,) = quotes("Coach Park said, “We played well and we deserved to win.”", "en")
    assert q.kind is QuoteKind.DIRECT


# -- hostile input -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        '"' * 1001,
        "'" * 1000 + "abc",
        "„a “b ‘c ”d ’e“ f" * 200,
        " ".join(['"woord'] * 1000),
        " ".join(["woord'"] * 1000),
        "«" * 500 + "»" * 500,
        '"a" "b" "c' * 300,
        "„" + "x" * 5000,
        ",,''" * 400,
    ],
)
def test_hostile_marks_do_not_crash(text: str) -> None:
    qs = quotes(text)
    for q in qs:
        assert 0 <= q.span.start <= q.span.end <= len(text)
    # a mark opens at most one quotation: never more quotations than marks
    assert len(qs) <= text.count('"') + text.count("'") + 2 * len(re.findall("[„“”‘’«»]", text))


def test_interleaved_marks() -> None:
    text = "„Een ‘twee” drie’ vier."
    qs = quotes(text)
    assert all(text[q.span.start : q.span.end] == q.text for q in qs)


def test_odd_number_of_straight_quotes() -> None:
    text = 'Hij zei "ja" en toen "nee en daarna "misschien".'
    assert "ja" in texts(text)


def test_through_parse() -> None:
    article = koreanews.parse(
        " date 2018-02 „We gaan praten”, zei Moon Jae-in dinsdag in Seoul.", lang="nl"
    )
    assert [q.text for q in article.quotes] == ["We gaan praten"]
