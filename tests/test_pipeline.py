"""koreanews.parse / parse_file: input types, decoding, language, header modes."""

from __future__ import annotations

import json
import subprocess
import sys
import warnings
from pathlib import Path

import pytest

import koreanews
from koreanews import (
    Article,
    BlockKind,
    HeaderError,
    InputError,
    KoreanewsError,
    NewsDate,
    UnsupportedLanguageError,
)
from koreanews.pipeline import decode

NL = (
    " date 2022-06 De haven van Incheon breidt uit\n\n"
    "De haven van Incheon krijgt een nieuwe containerterminal. Volgens havendirecteur "
    'Yoon Ha-neul is de uitbreiding nodig omdat de vraag blijft groeien. "We lopen '
    'tegen de grenzen van de oude kades aan", zegt Yoon.\n'
)
EN = (
    " date 2022-06 Incheon port to expand\n\n"
    "The port of Incheon will get a new container terminal. Port director Yoon Ha-neul "
    'said the expansion was needed because demand kept growing. "We are running out of '
    'room at the old quays," Yoon said.\n'
)


def test_parse_str() -> None:
    article = koreanews.parse(NL)
    assert isinstance(article, Article)
    assert article.text == NL
    assert article.date == NewsDate(2022, 6)
    assert article.lang == "nl"
    assert article.warnings == ()
    assert article.source is None
    assert article.blocks[0].kind is BlockKind.HEADER


def test_parse_english() -> None:
    article = koreanews.parse(EN)
    assert article.lang == "en"
    assert article.date is not None
    assert article.date.isoformat() == "2022-06"


def test_parse_bytes_equals_parse_str() -> None:
    assert koreanews.parse(NL.encode("utf-8")) == koreanews.parse(NL)
    assert koreanews.parse(bytearray(NL.encode("utf-8"))) == koreanews.parse(NL)


def test_spans_index_the_input() -> None:
    article = koreanews.parse(NL)
    for block in article.blocks:
        assert block.span.slice(NL) == block.text
    for quote in article.quotes:
        assert 0 <= quote.span.start <= quote.span.end <= len(NL)


@pytest.mark.parametrize("value", [None, 42, 3.5, ["a list"], Path("article.txt")])
def test_wrong_type_is_an_input_error(value: object) -> None:
    with pytest.raises(InputError, match="str or bytes"):
        koreanews.parse(value)  # type: ignore[arg-type]


def test_invalid_utf8_reports_the_byte_offset() -> None:
    data = b" date 2020-01 Caf\xe9 in Seoul"
    with pytest.raises(InputError) as info:
        koreanews.parse(data)
    assert info.value.offset == 17
    assert "byte 17" in str(info.value)
    assert isinstance(info.value, ValueError)


def test_decode_errors_replace_and_ignore() -> None:
    data = b" date 2020-01 Caf\xe9 in Seoul"
    assert decode(data, errors="replace") == " date 2020-01 Caf\ufffd in Seoul"
    assert decode(data, errors="ignore") == " date 2020-01 Caf in Seoul"
    with pytest.raises(InputError, match="encoding"):
        decode(data, encoding="no-such-codec")


def test_decode_keeps_a_byte_order_mark() -> None:
    assert decode("\ufeff date 2020-01 x".encode()) == "\ufeff date 2020-01 x"


def test_lang_override() -> None:
    article = koreanews.parse(EN, lang="nl")
    assert article.lang == "nl"
    assert koreanews.parse(NL, lang="en").lang == "en"


@pytest.mark.parametrize("lang", ["de", "NL", "", "english"])
def test_unsupported_language(lang: str) -> None:
    with pytest.raises(UnsupportedLanguageError) as info:
        koreanews.parse(NL, lang=lang)
    assert "nl" in info.value.supported


@pytest.mark.parametrize(
    "text",
    [
        "Geen kop boven dit artikel.",
        " date 2018-13 Een onmogelijke maand.",
        " date morgen Een datum zonder cijfers.",
        "",
    ],
)
def test_lenient_header_keeps_the_text_and_warns(text: str) -> None:
    article = koreanews.parse(text)
    assert article.date is None
    assert article.text == text
    assert len(article.warnings) == 1
    with pytest.raises(HeaderError):
        koreanews.parse(text, strict=True)


def test_lenient_without_header_keeps_all_content() -> None:
    text = "Geen kop boven dit artikel.\n\nWel twee alinea's."
    article = koreanews.parse(text)
    covered = "".join(b.text for b in article.blocks)
    assert "Geen kop boven dit artikel." in covered
    assert "alinea's" in covered


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        (" date 2018-02 x", "2018-02"),
        ("date 2018-02-14 x", "2018-02-14"),
        ("  DATE 2018-02 x", "2018-02"),
        (" date 14 februari 2018 x", "2018-02-14"),
        (" date Feb 2018 x", "2018-02"),
    ],
)
def test_header_forms(text: str, iso: str) -> None:
    article = koreanews.parse(text, strict=True)
    assert article.date is not None
    assert article.date.isoformat() == iso


def test_parse_file(tmp_path: Path) -> None:
    path = tmp_path / "haven.txt"
    path.write_text(NL, encoding="utf-8")
    article = koreanews.parse_file(path)
    assert article.source == str(path)
    assert article.text == NL
    assert koreanews.parse_file(str(path)) == article


def test_parse_file_missing_is_an_input_error(tmp_path: Path) -> None:
    missing = tmp_path / "missing.txt"
    with pytest.raises(InputError) as info:
        koreanews.parse_file(missing)
    assert str(missing) in str(info.value)
    assert info.value.source == str(missing)


def test_parse_file_directory_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError):
        koreanews.parse_file(tmp_path)


def test_parse_file_bad_bytes(tmp_path: Path) -> None:
    path = tmp_path / "latin1.txt"
    path.write_bytes(" date 2020-01 Café".encode("latin-1"))
    with pytest.raises(InputError) as info:
        koreanews.parse_file(path)
    assert info.value.offset == 17
    assert str(path) in str(info.value)
    article = koreanews.parse_file(path, errors="replace")
    assert article.text.endswith("Caf\ufffd")
    assert koreanews.parse_file(path, encoding="latin-1").text.endswith("Café")


# -- encodings -------------------------------------------------------------------------

CP1252 = " date 2020-01 Café in Seoul: “Goed”, zegt Kim – echt."


def test_parse_bytes_in_another_encoding() -> None:
    data = CP1252.encode("cp1252")
    assert koreanews.parse(data, encoding="cp1252").text == CP1252
    assert koreanews.parse(data, encoding="cp1252") == koreanews.parse(CP1252)
    with pytest.raises(InputError) as info:
        koreanews.parse(data)  # UTF-8 by default
    assert info.value.offset == 17
    replaced = koreanews.parse(data, errors="replace").text
    assert replaced.startswith(" date 2020-01 Caf\ufffd in Seoul")
    assert "\ufffd" not in koreanews.parse(data, errors="ignore").text
    # a str is already text: encoding and errors do not apply to it
    assert koreanews.parse(CP1252, encoding="ascii").text == CP1252


def test_the_decode_hint_names_what_works_in_python() -> None:
    with pytest.raises(InputError) as info:
        koreanews.parse(CP1252.encode("cp1252"))
    message = str(info.value)
    # the keyword arguments parse() has, and no command-line flags
    assert "encoding='cp1252'" in message
    assert "errors='replace'" in message
    assert "--" not in message
    koreanews.parse(CP1252.encode("cp1252"), encoding="cp1252", errors="replace")


def test_the_decode_hint_names_flags_on_the_command_line() -> None:
    with pytest.raises(InputError) as info:
        decode(CP1252.encode("cp1252"), audience="cli")
    message = str(info.value)
    assert "--encoding cp1252" in message
    assert "--errors replace" in message
    assert "errors=" not in message


@pytest.mark.parametrize("data", [b"ascii only", b"Caf\xe9"], ids=["valid", "invalid"])
def test_an_unknown_errors_value_is_named(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(data)
    with pytest.raises(InputError) as info:
        koreanews.parse_file(path, errors="bogus")
    message = str(info.value)
    assert "unknown errors value 'bogus'" in message
    assert "encoding" not in message.split(";")[0]  # not "unknown encoding 'utf-8'"
    assert "errors='replace'" in message
    assert str(path) in message
    with pytest.raises(InputError, match="unknown errors value 'bogus'"):
        koreanews.parse(data, errors="bogus")


@pytest.mark.parametrize("encoding", ["bogus", "base64", "rot13"])
def test_an_unknown_or_non_text_encoding_is_named(encoding: str) -> None:
    with pytest.raises(InputError, match=rf"'{encoding}'.*encoding='cp1252'"):
        koreanews.parse(b"x", encoding=encoding)


# -- API traps -------------------------------------------------------------------------


def test_a_path_given_to_parse_warns(tmp_path: Path) -> None:
    path = tmp_path / "haven.txt"
    path.write_text(NL, encoding="utf-8")
    with pytest.warns(koreanews.InputWarning, match=r"parse_file\(path\)") as caught:
        article = koreanews.parse(str(path))
    assert article.text == str(path)  # parsed as the text it is
    assert caught[0].filename == __file__  # points at the caller
    assert str(path) in str(caught[0].message)


@pytest.mark.parametrize(
    "text", [NL, "/no/such/file.txt", "", "Seoul", f"{Path(__file__).parent}"], ids=repr
)
def test_texts_that_are_not_paths_of_files_do_not_warn(text: str) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        koreanews.parse(text)


def test_a_file_holding_a_path_does_not_warn(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(str(path), encoding="utf-8")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert koreanews.parse_file(path).text == str(path)


@pytest.mark.parametrize("value", [None, 42, ["a.txt"]])
def test_parse_file_of_something_that_is_no_path(value: object) -> None:
    with pytest.raises(InputError, match=r"expected a path .*got (NoneType|int|list)"):
        koreanews.parse_file(value)  # type: ignore[arg-type]


@pytest.mark.parametrize("text", ["", "   ", "\n\n", " \t\r\n"])
def test_an_empty_text_says_so(text: str) -> None:
    article = koreanews.parse(text)
    assert article.warnings == ("the text is empty: there is nothing to parse",)


def test_parse_raises_only_koreanews_errors() -> None:
    for bad in (b"\xff\xfe\xfa", 1, object()):
        with pytest.raises(KoreanewsError):
            koreanews.parse(bad)  # type: ignore[arg-type]


def test_parse_examples(example_articles: list[Path]) -> None:
    assert len(example_articles) >= 3
    langs = set()
    for path in example_articles:
        article = koreanews.parse_file(path, strict=True)
        assert article.date is not None
        langs.add(article.lang)
        assert Article.from_json(article.to_json()) == article
    assert langs == {"nl", "en"}


def test_example_script(examples_dir: Path) -> None:
    script = examples_dir / "parse_article.py"
    article = examples_dir / "articles" / "en-shipyard-strike.txt"
    result = subprocess.run(
        [sys.executable, str(script), str(article), "--json"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert Article.from_json(result.stdout) == koreanews.parse_file(article)
    result = subprocess.run(
        [sys.executable, str(script), str(article)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert "date:     2020-08" in result.stdout


# -- nothing but KoreanewsError escapes parse -------------------------------------------


def test_a_bug_in_a_stage_becomes_internal_error(monkeypatch: pytest.MonkeyPatch) -> None:
    from koreanews import quotes

    def broken(ctx: object) -> list[object]:
        raise IndexError("list index out of range")

    monkeypatch.setattr(quotes, "find_quotes", broken)
    with pytest.raises(koreanews.InternalError, match=r"IndexError.*please report") as info:
        koreanews.parse(" date 2018-02 Kim zegt niets.", source="kim.txt")
    assert isinstance(info.value.__cause__, IndexError)
    assert "kim.txt" in str(info.value)


def test_a_failing_annotator_becomes_annotator_error() -> None:
    class Broken:
        def annotate(self, text: str, lang: str) -> koreanews.Annotation:
            raise ValueError("model exploded")

        def annotate_many(self, texts: object, langs: object) -> list[koreanews.Annotation]:
            raise ValueError("model exploded")

    with pytest.raises(koreanews.AnnotatorError, match="Broken failed: ValueError: model exploded"):
        koreanews.parse(" date 2018-02 Kim zegt niets.", annotator=Broken())


def test_every_real_article_parses_without_an_internal_error(gold_dir: Path) -> None:
    """Every gold and PolNeAR text parses: real text reaches corners invented text does not."""
    paths = sorted(gold_dir.glob("*.jsonl")) + sorted(gold_dir.glob("polnear/*.jsonl"))
    failed = []
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                record = json.loads(line)
                try:
                    koreanews.parse(record["text"])
                except koreanews.InternalError as exc:
                    failed.append(f"{record.get('id')}: {exc}")
    assert not failed, failed[:5]
