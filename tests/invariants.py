"""Invariants every parsed article must satisfy, whatever the input.

Shared by the property tests, the hostile-input tests and the fuzz target
(``fuzz/fuzz_parse.py``), so a failure found by one is checked by all.

* every span indexes the input text;
* ``block.text == text[block.span]``; every character that is not whitespace
  (nor an invisible format character such as a zero-width space or a byte-order
  mark) lies in exactly one block, the header block included;
* a quote in one paragraph shows its words at ``text[quote.span]``; a quote
  over several paragraphs is its parts joined by newlines;
* quotes come in order of appearance;
* :meth:`~koreanews.Article.to_json` / :meth:`~koreanews.Article.to_dict`
  round trips are lossless.
"""

from __future__ import annotations

import json
import pickle
import sys
import unicodedata
from collections.abc import Callable

from koreanews import Article
from koreanews.models import Span

__all__ = [
    "call_count",
    "check_article",
    "check_blocks",
    "check_quotes",
    "check_round_trip",
    "first_bad_byte",
    "ignorable",
]


def call_count(fn: Callable[[], object]) -> int:
    """How many Python and C functions *fn* calls: a deterministic measure of work."""
    calls = 0

    def profile(frame: object, event: str, arg: object) -> None:
        nonlocal calls
        if event in ("call", "c_call"):
            calls += 1

    sys.setprofile(profile)
    try:
        fn()
    finally:
        sys.setprofile(None)
    return calls


def first_bad_byte(data: bytes) -> int | None:
    """The offset of the first byte that is not valid UTF-8, or None."""
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as exc:
        return exc.start
    return None


def ignorable(chars: str) -> bool:
    """True when *chars* is only whitespace and invisible format characters (Cf)."""
    return all(c.isspace() or unicodedata.category(c) == "Cf" for c in chars)


def _in_bounds(span: Span, text: str, what: str) -> None:
    assert 0 <= span.start <= span.end <= len(text), f"{what} {span} outside 0..{len(text)}"


def _same_words(a: str, b: str) -> bool:
    return a.split() == b.split()


def check_blocks(text: str, article: Article) -> None:
    """Blocks index the text, do not overlap on content and cover all content."""
    spans = []
    for block in article.blocks:
        _in_bounds(block.span, text, f"{block.kind} block")
        assert block.text == block.span.slice(text), (
            f"{block.kind} block text {block.text!r} != text[span] {block.span.slice(text)!r}"
        )
        spans.append(block.span)
    spans.sort()
    covered = 0  # everything before this offset is accounted for
    for span in spans:
        if span.start < covered:
            overlap = text[span.start : covered]
            assert ignorable(overlap), f"blocks overlap on content {overlap!r} at {span}"
        else:
            gap = text[covered : span.start]
            assert ignorable(gap), f"content {gap[:80]!r} at {covered} is in no block"
        covered = max(covered, span.end)
    tail = text[covered:]
    assert ignorable(tail), f"content {tail[:80]!r} at {covered} is in no block"


def check_quotes(text: str, article: Article) -> None:
    """Quote spans index the text and show the quote's words."""
    starts = [q.span.start for q in article.quotes]
    assert starts == sorted(starts), f"quotes out of order: {starts}"
    for quote in article.quotes:
        _in_bounds(quote.span, text, "quote")
        for part in quote.parts:
            _in_bounds(part, text, "quote part")
            assert quote.span.contains(part), f"part {part} outside quote span {quote.span}"
        if len(quote.parts) > 1:
            joined = "\n".join(p.slice(text) for p in quote.parts)
            assert _same_words(quote.text, joined), f"{quote.text!r} != parts {joined!r}"
        else:
            shown = quote.span.slice(text)
            assert _same_words(quote.text, shown), f"{quote.text!r} != text[span] {shown!r}"
        for phrase, span, what in (
            (quote.cue, quote.cue_span, "cue"),
            (quote.source_text, quote.source_span, "source"),
        ):
            if span is not None:
                _in_bounds(span, text, what)
            if span is not None and phrase is not None and len(span) == len(phrase):
                assert span.slice(text) == phrase, f"{what} {phrase!r} != {span.slice(text)!r}"
        if quote.speaker is not None:
            for mention in quote.speaker.mentions:
                _in_bounds(mention, text, "speaker mention")
    for entity in article.entities:
        for mention in entity.mentions:
            _in_bounds(mention, text, f"mention of {entity.name!r}")


def check_round_trip(article: Article) -> None:
    """JSON, dict and pickle round trips give an equal article."""
    assert Article.from_json(article.to_json()) == article
    assert Article.from_json(article.to_json(ensure_ascii=True)) == article
    # to_json encodes the lists a batch at a time: the same document as the dictionary
    assert json.loads(article.to_json()) == json.loads(json.dumps(article.to_dict()))
    assert Article.from_dict(article.to_dict()) == article
    assert Article.from_dict(json.loads(json.dumps(article.to_dict()))) == article
    for protocol in (2, pickle.HIGHEST_PROTOCOL):
        restored = pickle.loads(pickle.dumps(article, protocol=protocol))
        assert restored == article
        assert restored.to_json() == article.to_json()


def check_article(text: str, article: Article, *, round_trip: bool = True) -> None:
    """Every invariant of a parse of *text* (a str)."""
    assert article.text == text
    assert article.lang in ("nl", "en"), article.lang
    check_blocks(text, article)
    check_quotes(text, article)
    if round_trip:
        check_round_trip(article)
