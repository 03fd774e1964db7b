"""The ``date`` header: formats, precision, leniency and strict errors."""

from __future__ import annotations

import pytest

import koreanews
from koreanews.exceptions import HeaderError
from koreanews.header import parse_header
from koreanews.models import NewsDate


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        (" date 2018-02 ", "2018-02"),
        ("date 2018-02 ", "2018-02"),
        ("  date 2019-10-16 ", "2019-10-16"),
        (" date 2018-2 ", "2018-02"),
        (" DATE 2018-02 ", "2018-02"),
        (" Date 2018-02 ", "2018-02"),
        (" date 14 februari 2018 ", "2018-02-14"),
        (" date 3 maart 2017 ", "2017-03-03"),
        (" date 14 feb. 2018 ", "2018-02-14"),
        (" date 14 Feb 2018 ", "2018-02-14"),
        (" date Feb 2018 ", "2018-02"),
        (" date februari 2018 ", "2018-02"),
        (" date Feb 14, 2018 ", "2018-02-14"),
        (" date 1 oktober 2019 ", "2019-10-01"),
        (" date October 2019 ", "2019-10"),
        (" date 30 mei 2019 ", "2019-05-30"),
        ("\ufeff date 2018-02 ", "2018-02"),
        ("\ufeffdate 2018-02-14 ", "2018-02-14"),
        ("\n\tdate 2018-02 ", "2018-02"),
    ],
)
def test_valid_headers(header: str, expected: str) -> None:
    text = header + "Kim Jong-un bezoekt Seoul."
    result = parse_header(text)
    assert result.date is not None
    assert result.date.isoformat() == expected
    assert result.warning is None
    assert text[result.body_start :] == "Kim Jong-un bezoekt Seoul."
    assert result.span is not None
    assert text[result.span.start : result.span.end].lower().startswith("date")


def test_precision_is_kept() -> None:
    month = parse_header(" date 2018-02 Kim.").date
    day = parse_header(" date 2018-02-14 Kim.").date
    assert month == NewsDate(2018, 2, None)
    assert day == NewsDate(2018, 2, 14)
    assert month is not None
    assert day is not None
    assert month.isoformat() == "2018-02"
    assert day.isoformat() == "2018-02-14"


def test_body_starts_on_next_line_when_header_stands_alone() -> None:
    text = " date 2018-02\nKim Jong-un bezoekt Seoul."
    assert text[parse_header(text).body_start :] == "Kim Jong-un bezoekt Seoul."


@pytest.mark.parametrize(
    "text",
    [
        " date 2018-13 Kim komt naar Seoul.",
        " date 2018-00 Kim komt naar Seoul.",
        " date 2018-02-30 Kim komt naar Seoul.",
        " date 2019-02-29 Kim komt naar Seoul.",
        " date 31 april 2018 Kim komt naar Seoul.",
    ],
)
def test_impossible_dates_are_never_accepted(text: str) -> None:
    lenient = parse_header(text)
    assert lenient.date is None
    assert lenient.span is None
    assert lenient.body_start == 0
    assert lenient.warning is not None
    assert "impossible" in lenient.warning
    with pytest.raises(HeaderError):
        parse_header(text, strict=True)


def test_leap_day_is_accepted() -> None:
    assert parse_header(" date 2020-02-29 Kim.").date == NewsDate(2020, 2, 29)


@pytest.mark.parametrize(
    "text",
    [
        "Kim Jong-un bezoekt Seoul.",
        " date Kim Jong-un bezoekt Seoul.",
        " date gisteren Kim Jong-un bezoekt Seoul.",
        " dated 2018-02 Kim Jong-un bezoekt Seoul.",
        "",
    ],
)
def test_missing_or_malformed_header_is_lenient(text: str) -> None:
    result = parse_header(text)
    assert result.date is None
    assert result.body_start == 0
    assert result.warning


def test_strict_error_has_line_and_column() -> None:
    text = "\n\n  date 2018-99 Kim komt."
    with pytest.raises(HeaderError) as info:
        parse_header(text, strict=True, source="kim.txt")
    error = info.value
    assert error.line == 3
    assert error.column == 8
    assert error.source == "kim.txt"
    assert "2018-99" in error.context
    assert "kim.txt:3:8" in str(error)
    assert isinstance(error, koreanews.KoreanewsError)


def test_strict_error_for_missing_header_points_at_the_text() -> None:
    with pytest.raises(HeaderError) as info:
        parse_header("  Kim komt naar Seoul.", strict=True)
    assert info.value.line == 1
    assert info.value.column == 3


def test_parse_records_warning_and_keeps_text() -> None:
    article = koreanews.parse("Kim Jong-un bezoekt Seoul en spreekt met Moon.")
    assert article.date is None
    assert article.warnings
    assert article.paragraphs == ("Kim Jong-un bezoekt Seoul en spreekt met Moon.",)
    with pytest.raises(HeaderError):
        koreanews.parse("Kim Jong-un bezoekt Seoul.", strict=True)
