"""JSON Lines and Parquet writers: rows, schema, round trips, the missing extra."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest

from koreanews import (
    Article,
    Block,
    BlockKind,
    Entity,
    EntityKind,
    MissingDependencyError,
    NewsDate,
    Quote,
    QuoteKind,
    Span,
)
from koreanews.output import (
    ARTICLE_COLUMNS,
    QUOTE_COLUMNS,
    JsonLinesWriter,
    ParquetWriter,
    article_row,
    prepare_jsonl,
    quote_rows,
    quotes_path,
)

TEXT = ' date 2018-02-14 Overleg\n"We willen praten", zegt Moon Jae-in in Seoul.'


def make_article(source: str | None = "a.txt") -> Article:
    start = TEXT.index("We willen")
    moon = Entity(
        "Moon Jae-in", EntityKind.PERSON, mentions=(Span(TEXT.index("Moon"), TEXT.index(" in")),)
    )
    return Article(
        text=TEXT,
        lang="nl",
        date=NewsDate(2018, 2, 14),
        blocks=(
            Block(BlockKind.HEADING, "Overleg", Span(17, 24)),
            Block(BlockKind.PARAGRAPH, TEXT[25:], Span(25, len(TEXT))),
        ),
        quotes=(
            Quote(
                "We willen praten",
                QuoteKind.DIRECT,
                Span(start, start + 16),
                speaker=moon,
                cue="zegt",
                lang="nl",
            ),
        ),
        entities=(moon, Entity("Yonhap", EntityKind.ORGANISATION)),
        source=source,
    )


def test_article_row_has_every_column() -> None:
    row = article_row(make_article(), 7)
    assert list(row) == [name for name, _, _ in ARTICLE_COLUMNS]
    assert row["id"] == 7
    assert (row["date"], row["year"], row["month"], row["day"]) == ("2018-02-14", 2018, 2, 14)
    assert row["headings"] == ["Overleg"]
    assert row["people"] == ["Moon Jae-in"]
    assert row["organisations"] == ["Yonhap"]
    assert row["n_quotes"] == 1


def test_quote_rows_index_the_text() -> None:
    article = make_article()
    (row,) = quote_rows(article, 3)
    assert list(row) == [name for name, _, _ in QUOTE_COLUMNS]
    assert row["article_id"] == 3
    assert (row["speaker"], row["speaker_kind"], row["cue"]) == ("Moon Jae-in", "person", "zegt")
    assert article.text[row["start"] : row["end"]] == row["text"]


def test_article_without_date_gives_nulls() -> None:
    row = article_row(Article(text="x", lang="en"), 0)
    assert (row["date"], row["year"], row["day"]) == (None, None, None)


def test_quotes_path() -> None:
    assert quotes_path("out/corpus.parquet") == Path("out/corpus.quotes.parquet")
    assert quotes_path("corpus") == Path("corpus.quotes.parquet")


def test_json_lines_round_trip() -> None:
    stream = io.StringIO()
    article = make_article()
    with JsonLinesWriter(stream) as writer:
        writer.write(article, 0)
        writer.write(article, 1)
    lines = stream.getvalue().splitlines()
    assert len(lines) == 2
    assert Article.from_json(lines[1]) == article


def test_parquet_tables(tmp_path: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    out = tmp_path / "corpus.parquet"
    with ParquetWriter(out, batch_size=2) as writer:
        for i in range(5):
            writer.write(make_article(source=f"{i}.txt"), i)
        writer.write(Article(text="leeg", lang="nl"), 5)
    articles = pq.read_table(out)
    quotes = pq.read_table(tmp_path / "corpus.quotes.parquet")
    assert articles.column_names == [name for name, _, _ in ARTICLE_COLUMNS]
    assert quotes.column_names == [name for name, _, _ in QUOTE_COLUMNS]
    assert articles.column("id").to_pylist() == [0, 1, 2, 3, 4, 5]
    assert articles.column("source").to_pylist()[-1] is None
    assert quotes.num_rows == 5
    assert quotes.column("article_id").to_pylist() == [0, 1, 2, 3, 4]
    assert pq.ParquetFile(out).metadata.num_row_groups == 3
    assert articles.to_pylist()[0] == article_row(make_article("0.txt"), 0)


def test_parquet_without_pyarrow(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setitem(sys.modules, "pyarrow", None)
    monkeypatch.setitem(sys.modules, "pyarrow.parquet", None)
    with pytest.raises(MissingDependencyError, match=r"koreanews\[parquet\]"):
        ParquetWriter(tmp_path / "x.parquet")


def _docs_parquet_example(repo_root: Path) -> str:
    page = (repo_root / "docs" / "corpus.md").read_text(encoding="utf-8")
    section = page[page.index("## Parquet") :]
    return section.split("```python\n", 1)[1].split("```", 1)[0]


def test_the_docs_parquet_example_runs_with_the_parquet_extra_alone(
    repo_root: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    pytest.importorskip("pyarrow.parquet")
    code = _docs_parquet_example(repo_root)
    assert "to_pandas" not in code
    with ParquetWriter(tmp_path / "corpus.parquet") as writer:
        for i in range(3):
            writer.write(make_article(source=f"{i}.txt"), i)
    monkeypatch.chdir(tmp_path)
    monkeypatch.setitem(sys.modules, "pandas", None)  # the extra does not install pandas
    exec(compile(code, "docs/corpus.md", "exec"), {})
    assert capsys.readouterr().out.splitlines() == ["Moon Jae-in 3"]


def test_a_lone_surrogate_becomes_u_fffd_in_parquet(tmp_path: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    text = " date 2018-02 Kim zegt: “Goed\udc80 zo”."
    quote = Quote("Goed\udc80 zo", "direct", Span(25, 33), speaker=Entity("Kim\ud800"))
    article = Article(text=text, lang="nl", quotes=[quote], entities=[quote.speaker])
    with ParquetWriter(tmp_path / "s.parquet") as writer:
        writer.write(article, 0)
    (row,) = pq.read_table(tmp_path / "s.parquet").to_pylist()
    assert row["text"] == text.replace("\udc80", "\ufffd")
    assert row["people"] == ["Kim\ufffd"]
    assert len(row["text"]) == len(text)  # offsets still hold
    (quote_row,) = pq.read_table(tmp_path / "s.quotes.parquet").to_pylist()
    assert quote_row["text"] == "Goed\ufffd zo"
    assert row["text"][quote_row["start"] : quote_row["end"]] == quote_row["text"]
    # JSON Lines keep the surrogate, escaped
    stream = io.StringIO()
    JsonLinesWriter(stream).write(article)
    stream.getvalue().encode("utf-8")
    assert Article.from_json(stream.getvalue()) == article


def test_a_json_line_is_prepared_in_pieces_that_join_to_to_json() -> None:
    article = make_article()
    prepared = prepare_jsonl(article, 0)
    assert not isinstance(prepared.data, str)  # never the whole line at once
    assert "".join(prepared.data) == article.to_json()
    assert (prepared.quotes, prepared.source, prepared.empty) == (1, "a.txt", False)
    stream = io.StringIO()
    writer = JsonLinesWriter(stream)
    writer.write_prepared(prepared.data)
    writer.write_prepared(article.to_json())  # a whole line is taken too
    writer.write(article)
    assert stream.getvalue() == (article.to_json() + "\n") * 3
    assert prepare_jsonl(Article(text=" \n", lang="nl"), 1).empty
