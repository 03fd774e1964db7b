"""The ``date`` header that starts each article.

An article usually begins with a space, the word ``date``, a space and a date,
with the article text following on the same line::

     date 2018-02 Noord-Korea heeft ...

Accepted dates: ``YYYY-MM``, ``YYYY-MM-DD``, and a month name in any supported
language with or without a day (``14 februari 2018``, ``Feb 2018``,
``14 feb. 2018``, ``Feb 14, 2018``), parsed with :mod:`dateutil`.
"""

from __future__ import annotations

import datetime as _dt
import re

import attrs
from dateutil import parser as _dateparser

from .exceptions import HeaderError
from .lang import get_profile, supported_languages
from .models import NewsDate, Span

__all__ = ["HeaderResult", "parse_header"]


def _all_months() -> dict[str, int]:
    months: dict[str, int] = {}
    for code in supported_languages():
        months.update(get_profile(code).months)
    return months


_MONTHS = _all_months()


class _ParserInfo(_dateparser.parserinfo):
    """dateutil's parser, taught the month names of every supported language."""

    def __init__(self) -> None:
        by_number: dict[int, list[str]] = {}
        for name, number in _MONTHS.items():
            by_number.setdefault(number, []).append(name)
        self.MONTHS = [tuple(by_number[n]) for n in range(1, 13)]  # type: ignore[misc]
        super().__init__(dayfirst=True)


_PARSERINFO = _ParserInfo()
_MONTH_ALT = "|".join(sorted(map(re.escape, _MONTHS), key=len, reverse=True))

#: Space inside the header line: tabs and no-break spaces count, newlines do not.
_HSPACE = r"[ \t\u00a0\u2007\u202f]"
# A byte-order mark (kept as a character by decode()) may precede the keyword.
_KEYWORD = re.compile(rf"\A[\s\ufeff]*(date)\b{_HSPACE}*", re.IGNORECASE)
_ISO = re.compile(r"(\d{4})-(\d{1,2})(?:-(\d{1,2}))?(?![\w-])")
_TEXTUAL = re.compile(
    rf"(?:(?:\d{{1,2}})\.?{_HSPACE}+)?(?:{_MONTH_ALT})\.?{_HSPACE}+"
    rf"(?:\d{{1,2}},?{_HSPACE}+)?\d{{4}}(?!\w)",
    re.IGNORECASE,
)
_TRAILING_SPACE = re.compile(rf"{_HSPACE}*(?:\r?\n|\r)?")
# What a malformed date looks like, to point at it in the error.
_TOKEN = re.compile(r"\S{1,40}")


@attrs.frozen
class HeaderResult:
    """What :func:`parse_header` found."""

    #: The date, or None when there is no (valid) header.
    date: NewsDate | None
    #: The span of the header itself (``date`` and the date), or None.
    span: Span | None
    #: Offset where the article body begins.
    body_start: int
    #: Why there is no date, when there is none.
    warning: str | None = None


def _line_col(text: str, offset: int) -> tuple[int, int]:
    line = text.count("\n", 0, offset) + 1
    last_nl = text.rfind("\n", 0, offset)
    return line, offset - last_nl


def _fail(text: str, offset: int, message: str, strict: bool, source: str | None) -> HeaderResult:
    if strict:
        line, column = _line_col(text, offset)
        raise HeaderError(message, text=text, line=line, column=column, source=source)
    line, column = _line_col(text, offset)
    return HeaderResult(None, None, 0, f"header {line}:{column}: {message}")


def _textual_date(expr: str) -> NewsDate:
    """Parse a date written with a month name; raise ValueError if it is impossible."""
    cleaned = " ".join(expr.replace(",", " ").split())
    first = _dateparser.parse(cleaned, parserinfo=_PARSERINFO, default=_dt.datetime(1900, 1, 1))
    second = _dateparser.parse(cleaned, parserinfo=_PARSERINFO, default=_dt.datetime(1900, 1, 2))
    has_day = first.day == second.day
    return NewsDate(first.year, first.month, first.day if has_day else None)


def parse_header(text: str, *, strict: bool = False, source: str | None = None) -> HeaderResult:
    """Find the ``date`` header at the start of *text*.

    In lenient mode (the default) a missing or malformed header gives a result
    with ``date=None``, ``body_start=0`` (the whole text is content) and a
    ``warning``.  With ``strict=True`` it raises :class:`~koreanews.HeaderError`
    with the line and column of the problem.

    >>> parse_header(" date 2018-02 Kim zegt ...").date
    NewsDate(year=2018, month=2, day=None)
    >>> parse_header("date 14 februari 2018 Kim ...").date.isoformat()
    '2018-02-14'
    """
    keyword = _KEYWORD.match(text)
    if keyword is None:
        offset = len(text) - len(text.lstrip())
        return _fail(text, offset, "no 'date' header at the start of the article", strict, source)
    pos = keyword.end()
    iso = _ISO.match(text, pos)
    textual = None if iso else _TEXTUAL.match(text, pos)
    try:
        if iso is not None:
            day = iso.group(3)
            date = NewsDate(int(iso.group(1)), int(iso.group(2)), int(day) if day else None)
            end = iso.end()
        elif textual is not None:
            date = _textual_date(textual.group(0))
            end = textual.end()
        else:
            token = _TOKEN.match(text, pos)
            found = token.group(0) if token else "nothing"
            return _fail(
                text,
                pos,
                f"expected a date such as 2018-02 after 'date', found {found!r}",
                strict,
                source,
            )
    except (ValueError, OverflowError) as exc:
        return _fail(text, pos, f"impossible date: {exc}", strict, source)
    span = Span(keyword.start(1), end)
    trailing = _TRAILING_SPACE.match(text, end)
    body_start = trailing.end() if trailing else end
    return HeaderResult(date, span, body_start)
