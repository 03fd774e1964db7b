"""Hypothesis properties of :func:`koreanews.parse` on article-like and hostile text."""

from __future__ import annotations

import json
from pathlib import Path

import attrs
import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

import koreanews
from invariants import check_article, check_blocks, check_round_trip, first_bad_byte
from koreanews import Article, InternalError, KoreanewsError
from koreanews.models import (
    Block,
    BlockKind,
    Entity,
    EntityKind,
    NewsDate,
    Quote,
    QuoteKind,
    Span,
)
from strategies import PROPERTY_SETTINGS, articles, headers, hostile_texts, paragraphs


def _parse(text: str | bytes, **kwargs: object) -> Article | None:
    """Parse; a KoreanewsError is an allowed outcome (None), anything else fails.

    InternalError is a KoreanewsError too, but it wraps a bug in a stage: it fails.
    """
    try:
        return koreanews.parse(text, **kwargs)  # type: ignore[arg-type]
    except InternalError:
        raise
    except KoreanewsError:
        return None


# -- spans, blocks, quotes --------------------------------------------------------


@PROPERTY_SETTINGS
@given(articles())
def test_clean_articles_keep_every_invariant(text: str) -> None:
    check_article(text, koreanews.parse(text))


@PROPERTY_SETTINGS
@given(articles(noise=True))
def test_noisy_articles_keep_every_invariant(text: str) -> None:
    check_article(text, koreanews.parse(text))


@PROPERTY_SETTINGS
@given(hostile_texts())
def test_hostile_text_keeps_every_invariant(text: str) -> None:
    check_article(text, koreanews.parse(text))


@PROPERTY_SETTINGS
@given(headers(valid=True), paragraphs())
def test_valid_header_gives_a_date_and_a_header_block(head: str, body: str) -> None:
    article = koreanews.parse(head + body)
    assert article.date is not None
    first = article.blocks[0]
    assert first.kind is BlockKind.HEADER
    assert first.text.lower().startswith("date")
    check_blocks(head + body, article)


@PROPERTY_SETTINGS
@given(headers(valid=False), paragraphs())
def test_invalid_header_is_a_warning_not_an_error(head: str, body: str) -> None:
    article = koreanews.parse(head + body)
    assert article.date is None
    assert article.warnings
    check_blocks(head + body, article)
    with pytest.raises(koreanews.HeaderError):
        koreanews.parse(head + body, strict=True)


@PROPERTY_SETTINGS
@given(paragraphs())
def test_quotes_show_their_words_in_the_input(text: str) -> None:
    article = koreanews.parse(" date 2018-02 " + text)
    for quote in article.quotes:
        if len(quote.parts) <= 1:
            assert quote.span.slice(article.text).split() == quote.text.split()


# -- the only exceptions ----------------------------------------------------------


@PROPERTY_SETTINGS
@given(
    hostile_texts(),
    st.sampled_from([None, "nl", "en"]),
    st.booleans(),
)
def test_parse_str_raises_only_koreanews_errors(text: str, lang: str | None, strict: bool) -> None:
    article = _parse(text, lang=lang, strict=strict)
    if article is not None:
        check_article(text, article, round_trip=False)
        if lang is not None:
            assert article.lang == lang


@PROPERTY_SETTINGS
@given(st.binary(max_size=400))
def test_parse_bytes_raises_only_input_errors(data: bytes) -> None:
    bad = first_bad_byte(data)
    if bad is not None:
        with pytest.raises(koreanews.InputError) as info:
            koreanews.parse(data)
        assert info.value.offset == bad
        return
    check_article(data.decode("utf-8"), koreanews.parse(data), round_trip=False)


@PROPERTY_SETTINGS
@given(articles(noise=True))
def test_utf8_bytes_parse_like_the_str(text: str) -> None:
    assume("\ud800" not in text)
    assert koreanews.parse(text.encode("utf-8")) == koreanews.parse(text)


@PROPERTY_SETTINGS
@given(st.one_of(st.integers(), st.none(), st.lists(st.text(max_size=3), max_size=2)))
def test_non_text_input_is_an_input_error(value: object) -> None:
    with pytest.raises(koreanews.InputError):
        koreanews.parse(value)  # type: ignore[arg-type]


# -- JSON round trip ----------------------------------------------------------------


@PROPERTY_SETTINGS
@given(articles(noise=True))
def test_parsed_articles_round_trip_through_json(text: str) -> None:
    check_round_trip(koreanews.parse(text))


_texts = st.text(max_size=30)
_optional_texts = st.none() | _texts


@st.composite
def _spans(draw: st.DrawFn) -> Span:
    start = draw(st.integers(0, 10_000))
    return Span(start, start + draw(st.integers(0, 500)))


@st.composite
def _dates(draw: st.DrawFn) -> NewsDate:
    date = draw(st.dates())
    return NewsDate(date.year, date.month, draw(st.sampled_from([None, date.day])))


_entities = st.builds(
    Entity,
    name=_texts,
    kind=st.sampled_from(EntityKind),
    mentions=st.lists(_spans(), max_size=3).map(tuple),
    roles=st.lists(_texts, max_size=2).map(tuple),
    id=_optional_texts,
)
_quotes = st.builds(
    Quote,
    text=_texts,
    kind=st.sampled_from(QuoteKind),
    span=_spans(),
    speaker=st.none() | _entities,
    cue=_optional_texts,
    cue_span=st.none() | _spans(),
    source_text=_optional_texts,
    source_span=st.none() | _spans(),
    lang=st.sampled_from([None, "nl", "en"]),
    parts=st.lists(_spans(), max_size=3).map(tuple),
    marks=st.none() | st.tuples(_texts, _texts),
)
_blocks = st.builds(
    Block,
    kind=st.sampled_from(BlockKind),
    text=_texts,
    span=_spans(),
    lang=st.sampled_from([None, "nl", "en"]),
    rule=_optional_texts,
)
_models = st.builds(
    Article,
    text=st.text(max_size=100),
    lang=st.sampled_from(["nl", "en"]),
    date=st.none() | _dates(),
    blocks=st.lists(_blocks, max_size=4).map(tuple),
    quotes=st.lists(_quotes, max_size=4).map(tuple),
    entities=st.lists(_entities, max_size=4).map(tuple),
    warnings=st.lists(_texts, max_size=2).map(tuple),
    source=_optional_texts,
)


@PROPERTY_SETTINGS
@given(_models)
def test_any_article_model_round_trips_through_json(article: Article) -> None:
    check_round_trip(article)
    assert Article.from_dict(article.to_dict()).to_dict() == article.to_dict()


@PROPERTY_SETTINGS
@given(_models)
def test_round_trip_distinguishes_articles(article: Article) -> None:
    changed = attrs.evolve(article, text=article.text + "x")
    assert Article.from_json(changed.to_json()) != article


# -- determinism within one process ------------------------------------------------


@PROPERTY_SETTINGS
@given(articles(noise=True), articles(noise=True))
def test_parsing_other_text_in_between_changes_nothing(first: str, other: str) -> None:
    before = koreanews.parse(first)
    koreanews.parse(other)
    assert koreanews.parse(first) == before
    assert koreanews.parse(first).to_json() == before.to_json()


# -- real articles (measured only, never copied) ------------------------------------


def test_gold_articles_keep_every_invariant(gold_dir: Path) -> None:
    count = 0
    for path in sorted(gold_dir.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                text = json.loads(line)["text"]
                check_article(text, koreanews.parse(text))
                count += 1
    assert count > 0
