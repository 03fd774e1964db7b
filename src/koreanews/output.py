"""Streaming writers for parsed articles: JSON Lines and Parquet.

:class:`JsonLinesWriter` writes one :meth:`Article.to_json <koreanews.Article.to_json>`
document per line: the lossless format.  :class:`ParquetWriter` (the ``parquet``
extra, through pyarrow) writes two flat tables for analysis, one row per article
and one row per quote, in row groups of ``batch_size`` articles so memory stays
flat however many articles pass through.  The columns are listed in
:data:`ARTICLE_COLUMNS` and :data:`QUOTE_COLUMNS`.

Parquet strings are UTF-8, which cannot hold a lone surrogate (a ``str`` can):
the rows put U+FFFD in its place, one character for one, so offsets still
hold.  JSON Lines keep it, as a ``\\udXXX`` escape (see :doc:`/json`).
"""

from __future__ import annotations

import os
import re
from collections.abc import Sequence
from pathlib import Path
from types import TracebackType
from typing import IO, Any, Protocol, TypeVar

import attrs

from .exceptions import MissingDependencyError
from .models import Article, EntityKind, json_chunks

__all__ = [
    "ARTICLE_COLUMNS",
    "QUOTE_COLUMNS",
    "ArticleWriter",
    "JsonLinesWriter",
    "ParquetWriter",
    "Prepared",
    "arrow_schema",
    "article_row",
    "prepare_jsonl",
    "prepare_parquet",
    "quote_rows",
    "quotes_path",
]

#: Columns of the article table: name, Arrow type, meaning.
ARTICLE_COLUMNS: tuple[tuple[str, str, str], ...] = (
    ("id", "int64", "position of the article's input in the run (0-based)"),
    ("source", "string", "the file the article came from (null for a text)"),
    ("lang", "string", "the article's language: nl or en"),
    ("date", "string", "the header date as YYYY-MM or YYYY-MM-DD (null without header)"),
    ("year", "int32", "year of the date (null without header)"),
    ("month", "int32", "month of the date (null without header)"),
    ("day", "int32", "day of the date (null when the header gives no day)"),
    ("headings", "list<string>", "headlines and subheadings, in order"),
    ("paragraphs", "list<string>", "content paragraphs, boilerplate removed"),
    ("boilerplate", "list<string>", "what was classified as boilerplate"),
    ("people", "list<string>", "canonical names of persons, in order of first mention"),
    ("organisations", "list<string>", "canonical names of organisations"),
    ("n_quotes", "int32", "number of quotes (rows of the quote table)"),
    ("warnings", "list<string>", "problems met while parsing"),
    ("text", "string", "the raw input text; every offset indexes it"),
)

#: Columns of the quote table: name, Arrow type, meaning.
QUOTE_COLUMNS: tuple[tuple[str, str, str], ...] = (
    ("article_id", "int64", "the id of the article row"),
    ("source", "string", "the article's file (null for a text)"),
    ("date", "string", "the article's date, as in the article table"),
    ("article_lang", "string", "the article's language"),
    ("index", "int32", "position of the quote in the article (0-based)"),
    ("kind", "string", "direct, partial, indirect or term"),
    ("text", "string", "the quoted words, marks excluded"),
    ("speaker", "string", "canonical name of the speaker (null when unknown)"),
    ("speaker_kind", "string", "person, organisation or place (null without speaker)"),
    ("cue", "string", "the cue as written: zegt, aldus, said, ':' ... (null if none)"),
    ("source_text", "string", "the phrase naming the source, as written"),
    ("lang", "string", "language of the quoted words"),
    ("start", "int64", "start offset of the quote in the article text"),
    ("end", "int64", "end offset (exclusive) of the quote in the article text"),
)


def quotes_path(path: str | os.PathLike[str]) -> Path:
    """Where :class:`ParquetWriter` puts the quotes: ``out.parquet`` -> ``out.quotes.parquet``."""
    p = Path(path)
    stem = p.name[: -len(".parquet")] if p.name.endswith(".parquet") else p.name
    return p.with_name(f"{stem}.quotes.parquet")


_SURROGATE = re.compile("[\ud800-\udfff]")


def _utf8(value: Any) -> Any:
    """*value* with every lone surrogate in its strings replaced by U+FFFD."""
    if isinstance(value, str):
        if value.isascii() or _SURROGATE.search(value) is None:
            return value
        return _SURROGATE.sub("\ufffd", value)
    if isinstance(value, list):
        return [_utf8(v) for v in value]
    return value


def _row(values: dict[str, Any]) -> dict[str, Any]:
    return {key: _utf8(value) for key, value in values.items()}


def _names(article: Article, kind: EntityKind) -> list[str]:
    return [e.name for e in article.entities if e.kind is kind]


def article_row(article: Article, id: int) -> dict[str, Any]:
    """The row of the article table for *article* (see :data:`ARTICLE_COLUMNS`)."""
    date = article.date
    return _row(
        {
            "id": id,
            "source": article.source,
            "lang": article.lang,
            "date": None if date is None else date.isoformat(),
            "year": None if date is None else date.year,
            "month": None if date is None else date.month,
            "day": None if date is None else date.day,
            "headings": list(article.headings),
            "paragraphs": list(article.paragraphs),
            "boilerplate": list(article.boilerplate),
            "people": _names(article, EntityKind.PERSON),
            "organisations": _names(article, EntityKind.ORGANISATION),
            "n_quotes": len(article.quotes),
            "warnings": list(article.warnings),
            "text": article.text,
        }
    )


def quote_rows(article: Article, id: int) -> list[dict[str, Any]]:
    """The rows of the quote table for *article* (see :data:`QUOTE_COLUMNS`)."""
    date = None if article.date is None else article.date.isoformat()
    return [
        _row(
            {
                "article_id": id,
                "source": article.source,
                "date": date,
                "article_lang": article.lang,
                "index": i,
                "kind": q.kind.value,
                "text": q.text,
                "speaker": None if q.speaker is None else q.speaker.name,
                "speaker_kind": None if q.speaker is None else q.speaker.kind.value,
                "cue": q.cue,
                "source_text": q.source_text,
                "lang": q.lang,
                "start": q.span.start,
                "end": q.span.end,
            }
        )
        for i, q in enumerate(article.quotes)
    ]


@attrs.frozen
class Prepared:
    """An article turned into what a writer writes, where it was parsed.

    Worker processes prepare their articles (:func:`prepare_jsonl`,
    :func:`prepare_parquet`) so that only plain strings and rows travel back,
    and serialising runs in parallel too.
    """

    #: The number of quotes of the article (for the run's summary).
    quotes: int
    #: What the writer's :meth:`~ArticleWriter.write_prepared` takes.
    data: Any
    #: Where the article came from (:attr:`Article.source <koreanews.Article.source>`).
    source: str | None = None
    #: True when the article's text is empty or only white space (the command line says so).
    empty: bool = False

    @classmethod
    def of(cls, article: Article, data: Any) -> Prepared:
        """*data* prepared from *article*, with the article's quote count, source and emptiness."""
        return cls(len(article.quotes), data, article.source, not article.text.strip())


def prepare_jsonl(article: Article, id: int) -> Prepared:
    """The JSON line of *article*, for :meth:`JsonLinesWriter.write_prepared`.

    Its :attr:`~Prepared.data` is a list of strings that, joined, are
    :meth:`Article.to_json() <koreanews.Article.to_json>`: they are written one
    after another, so a very large article is never held twice.
    """
    return Prepared.of(article, json_chunks(article))


def prepare_parquet(article: Article, id: int) -> Prepared:
    """The rows of *article*, for :meth:`ParquetWriter.write_prepared`."""
    return Prepared.of(article, (article_row(article, id), quote_rows(article, id)))


class ArticleWriter(Protocol):
    """What the command line and the Dask helper write articles through."""

    def write(self, article: Article, id: int) -> None:
        """Write one article; *id* is its position in the run."""
        ...

    def write_prepared(self, data: Any) -> None:
        """Write the :attr:`Prepared.data` of one article."""
        ...

    def close(self) -> None:
        """Flush and close."""
        ...


_W = TypeVar("_W", bound="_ClosingWriter")


class _ClosingWriter:
    """``with Writer(...) as writer:`` closes the writer at the end of the block."""

    def close(self) -> None:
        raise NotImplementedError

    def __enter__(self: _W) -> _W:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


class JsonLinesWriter(_ClosingWriter):
    """One JSON document per line (:meth:`Article.to_json`): lossless, streaming."""

    def __init__(self, stream: IO[str]) -> None:
        self._stream = stream

    def write(self, article: Article, id: int = 0) -> None:
        """Write :meth:`Article.to_json() <koreanews.Article.to_json>` and a line break."""
        self.write_prepared(json_chunks(article))

    def write_prepared(self, data: str | Sequence[str]) -> None:
        """Write one JSON line: a string, or strings to write one after another."""
        # Pieces rather than one copy of a line that may be hundreds of megabytes.
        if isinstance(data, str):
            self._stream.write(data)
        else:
            for chunk in data:
                self._stream.write(chunk)
        self._stream.write("\n")

    def close(self) -> None:
        self._stream.flush()


def _pyarrow() -> Any:
    try:
        import pyarrow
        import pyarrow.parquet
    except ImportError:
        raise MissingDependencyError("pyarrow", "parquet", "Parquet output") from None
    return pyarrow


def _arrow_type(pa: Any, name: str) -> Any:
    if name.startswith("list<"):
        return pa.list_(_arrow_type(pa, name[5:-1]))
    return {"string": pa.string(), "int64": pa.int64(), "int32": pa.int32()}[name]


def arrow_schema(columns: tuple[tuple[str, str, str], ...]) -> Any:
    """The :class:`pyarrow.Schema` of :data:`ARTICLE_COLUMNS` or :data:`QUOTE_COLUMNS`."""
    pa = _pyarrow()
    return pa.schema(
        [
            pa.field(name, _arrow_type(pa, kind), metadata={"doc": doc})
            for name, kind, doc in columns
        ]
    )


class ParquetWriter(_ClosingWriter):
    """Two Parquet files: articles at *path*, quotes at :func:`quotes_path` of it.

    Rows are buffered and written in row groups of *batch_size* articles.
    Needs pyarrow (``pip install 'koreanews[parquet]'``); raises
    :class:`~koreanews.MissingDependencyError` without it.
    """

    def __init__(
        self,
        path: str | os.PathLike[str],
        *,
        quotes: str | os.PathLike[str] | None = None,
        batch_size: int = 1000,
    ) -> None:
        pa = _pyarrow()
        self.path = Path(path)
        self.quotes_path = Path(quotes) if quotes is not None else quotes_path(path)
        self._batch_size = batch_size
        self._article_schema = arrow_schema(ARTICLE_COLUMNS)
        self._quote_schema = arrow_schema(QUOTE_COLUMNS)
        self._articles: list[dict[str, Any]] = []
        self._quotes: list[dict[str, Any]] = []
        self._pa = pa
        self._article_writer = pa.parquet.ParquetWriter(str(self.path), self._article_schema)
        self._quote_writer = pa.parquet.ParquetWriter(str(self.quotes_path), self._quote_schema)

    def write(self, article: Article, id: int) -> None:
        self.write_prepared((article_row(article, id), quote_rows(article, id)))

    def write_prepared(self, data: tuple[dict[str, Any], list[dict[str, Any]]]) -> None:
        row, quotes = data
        self._articles.append(row)
        self._quotes.extend(quotes)
        if len(self._articles) >= self._batch_size:
            self._flush()

    def _flush(self) -> None:
        pa = self._pa
        if self._articles:
            table = pa.Table.from_pylist(self._articles, schema=self._article_schema)
            self._article_writer.write_table(table)
        if self._quotes:
            table = pa.Table.from_pylist(self._quotes, schema=self._quote_schema)
            self._quote_writer.write_table(table)
        self._articles = []
        self._quotes = []

    def close(self) -> None:
        self._flush()
        self._article_writer.close()
        self._quote_writer.close()
