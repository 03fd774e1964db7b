"""The error hierarchy: one root, the expected built-ins, useful messages."""

from __future__ import annotations

from pathlib import Path

import pytest

import koreanews
from koreanews import (
    AnnotatorError,
    ArticleFormatError,
    GoldFormatError,
    HeaderError,
    InputError,
    InputWarning,
    KoreanewsError,
    KoreanewsWarning,
    MissingDependencyError,
    UnsupportedLanguageError,
)


@pytest.mark.parametrize(
    ("error", "builtin"),
    [
        (InputError, ValueError),
        (HeaderError, ValueError),
        (UnsupportedLanguageError, ValueError),
        (MissingDependencyError, ImportError),
        (AnnotatorError, RuntimeError),
        (GoldFormatError, ValueError),
        (ArticleFormatError, ValueError),
    ],
)
def test_hierarchy(error: type[Exception], builtin: type[Exception]) -> None:
    assert issubclass(error, KoreanewsError)
    assert issubclass(error, builtin)


def test_root_is_an_exception() -> None:
    assert issubclass(KoreanewsError, Exception)
    assert not issubclass(KoreanewsError, (ValueError, ImportError, RuntimeError))


def _public(base: type[BaseException]) -> list[type[BaseException]]:
    return [
        getattr(koreanews, name)
        for name in koreanews.__all__
        if isinstance(getattr(koreanews, name), type) and issubclass(getattr(koreanews, name), base)
    ]


def test_every_public_error_is_a_koreanews_error() -> None:
    errors = [e for e in _public(BaseException) if not issubclass(e, Warning)]
    assert len(errors) >= 8
    assert all(issubclass(e, KoreanewsError) for e in errors)


def test_every_public_warning_is_a_koreanews_warning() -> None:
    warnings = _public(Warning)
    assert InputWarning in warnings
    assert all(issubclass(w, KoreanewsWarning) for w in warnings)
    assert issubclass(KoreanewsWarning, UserWarning)
    assert not issubclass(KoreanewsWarning, KoreanewsError)


def test_every_public_error_is_documented() -> None:
    for error in _public(BaseException):
        assert error.__doc__, error
        assert error.__name__ in (Path(__file__).parent.parent / "docs" / "api.md").read_text()


def test_article_format_error_names_the_part() -> None:
    err = ArticleFormatError("the field 'span' is missing", where="quotes[3]")
    assert (err.where, err.reason) == ("quotes[3]", "the field 'span' is missing")
    assert "quotes[3]: the field 'span' is missing" in str(err)
    assert "Article.to_dict()" in str(err)  # what it expected


def test_header_error_carries_position_and_context() -> None:
    text = " date 2018-02 eerste regel\ntweede regel met een fout erin"
    err = HeaderError("something is wrong", text=text, line=2, column=22, source="a.txt")
    assert (err.line, err.column, err.source) == (2, 22, "a.txt")
    assert err.reason == "something is wrong"
    snippet, caret = err.context.splitlines()
    assert "tweede regel met een fout erin" in snippet
    # The caret sits under the 22nd character of the line.
    assert caret.index("^") - 4 == snippet.strip().index("fout")
    message = str(err)
    assert message.startswith("a.txt:2:22: something is wrong")
    assert err.context in message
    assert "strict" in message  # says how to accept articles without a header


def test_header_error_without_source() -> None:
    err = HeaderError("bad", text="date 2018-13", line=1, column=6)
    assert str(err).startswith("line 1:6: bad")
    assert err.source is None


def test_header_error_from_parse_points_at_the_date() -> None:
    text = "\n date 2018-13 Een artikel"
    with pytest.raises(HeaderError) as info:
        koreanews.parse(text, strict=True)
    assert info.value.line == 2
    assert info.value.column == 7
    assert "2018-13" in info.value.context


def test_input_error_carries_offset_and_source() -> None:
    err = InputError("byte 3 is not valid", source="x.txt", offset=3)
    assert (err.offset, err.source) == (3, "x.txt")
    assert str(err) == "x.txt: byte 3 is not valid"
    assert str(InputError("plain")) == "plain"


def test_missing_dependency_names_the_extra() -> None:
    err = MissingDependencyError("pyarrow", "parquet", "Writing Parquet")
    assert (err.package, err.extra, err.feature) == ("pyarrow", "parquet", "Writing Parquet")
    assert "pip install 'koreanews[parquet]'" in str(err)
    assert "'pyarrow'" in str(err)
    assert str(err).startswith("Writing Parquet")


def test_unsupported_language_lists_the_supported_ones() -> None:
    err = UnsupportedLanguageError("de", ("en", "nl"))
    assert (err.lang, err.supported) == ("de", ("en", "nl"))
    assert "'de'" in str(err)
    assert "en, nl" in str(err)


def test_gold_format_error_names_file_and_line() -> None:
    assert str(GoldFormatError("bad", path="g.jsonl", line=4)) == "g.jsonl:4: bad"
    assert str(GoldFormatError("bad", path="g.jsonl")) == "g.jsonl: bad"
    assert str(GoldFormatError("bad")) == "bad"


def test_one_except_clause_catches_them_all() -> None:
    for error in (InputError("x"), AnnotatorError("x"), GoldFormatError("x")):
        with pytest.raises(KoreanewsError):
            raise error
