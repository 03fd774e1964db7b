"""Hostile input: bad bytes, odd characters, huge and pathological articles.

Every input here must parse without crashing, keep the invariants of
``tests/invariants.py`` and take time linear in its length.  Growth is checked
without wall-clock assertions: by counting Python calls (deterministic), and,
for work done inside the regex engine, by parsing inputs large enough that a
super-linear pattern would run into the per-test time limit.  Speed itself is
measured by ``benchmarks/``, never here.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import pytest

import koreanews
from invariants import call_count, check_article, check_blocks
from koreanews import Article, InputError
from koreanews.lang import supported_languages
from koreanews.models import BlockKind

ARTICLE_NL = (
    " date 2018-02 Noord-Korea stuurt delegatie naar Seoul\n"
    "De Noord-Koreaanse leider Kim Jong-un stuurt zijn zus naar de Olympische Spelen.\n"
    "„We willen praten, maar niet onder druk”, zegt minister Cho Myoung-gyon.\n"
    "Lees verder na de advertentie\n"
    "Geen haast\n"
    "Volgens analisten wil Pyongyang vooral tijd winnen. 'Het is zo'n klassieke zet', "
    "aldus onderzoeker Park Min-ji.\n"
)
ARTICLE_EN = (
    " date 2019-06-30 Leaders meet at the border\n"
    "Moon Jae-in said that the meeting was “a historic moment” for the peninsula.\n"
    "“We will keep talking,\n"
    "“and we won't stop until there is peace,” the president told reporters.\n"
    "Read more: Talks resume\n"
)


def parse_checked(text: str, **kwargs: object) -> Article:
    article = koreanews.parse(text, **kwargs)  # type: ignore[arg-type]
    check_article(text, article)
    return article


def assert_linear_calls(make: Callable[[int], str], n: int, factor: int = 4) -> None:
    """Parsing ``make(factor * n)`` does at most ~``factor`` times the work of ``make(n)``."""
    koreanews.parse(make(n))  # warm caches and lazy imports
    small = call_count(lambda: koreanews.parse(make(n)))
    large = call_count(lambda: koreanews.parse(make(factor * n)))
    assert large <= 1.5 * factor * small + 10_000, (small, large)


# -- bytes and files -----------------------------------------------------------------

INVALID_UTF8 = [
    (b"abc\xffdef", 3),
    (b"\x80", 0),
    (b" date 2018-02 Kim\xe2\x82", 17),  # truncated three-byte sequence
    (b"ok \xc0\xaf overlong", 3),
    (b"surrogate \xed\xa0\x80 encoded", 10),
    ("één ".encode() + b"\xfe", 6),
]


@pytest.mark.parametrize(("data", "offset"), INVALID_UTF8)
def test_invalid_utf8_bytes_raise_input_error_with_offset(data: bytes, offset: int) -> None:
    with pytest.raises(InputError) as info:
        koreanews.parse(data)
    assert info.value.offset == offset
    assert f"byte {offset}" in str(info.value)
    assert isinstance(info.value, ValueError)


@pytest.mark.parametrize(("data", "offset"), INVALID_UTF8)
def test_invalid_utf8_file_raises_input_error_naming_file(
    tmp_path: Path, data: bytes, offset: int
) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(data)
    with pytest.raises(InputError) as info:
        koreanews.parse_file(path)
    assert info.value.offset == offset
    assert info.value.source == str(path)
    assert str(path) in str(info.value)
    assert "errors='replace'" in str(info.value)


@pytest.mark.parametrize(("data", "offset"), INVALID_UTF8)
def test_errors_replace_substitutes_and_parses(tmp_path: Path, data: bytes, offset: int) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(data)
    article = koreanews.parse_file(path, errors="replace")
    assert "\ufffd" in article.text
    assert article.text.index("\ufffd") == len(data[:offset].decode("utf-8"))
    check_article(article.text, article)
    ignored = koreanews.parse_file(path, errors="ignore")
    assert "\ufffd" not in ignored.text


def test_unknown_encoding_and_missing_file_are_input_errors(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE_NL, encoding="utf-8")
    with pytest.raises(InputError, match="encoding"):
        koreanews.parse_file(path, encoding="no-such-codec")
    with pytest.raises(InputError, match="cannot read"):
        koreanews.parse_file(tmp_path / "missing.txt")
    with pytest.raises(InputError):
        koreanews.parse_file(tmp_path)  # a directory
    with pytest.raises(InputError, match="cannot read"):
        koreanews.parse_file(str(tmp_path / "nul\x00byte.txt"))


def test_other_encodings_are_honoured(tmp_path: Path) -> None:
    path = tmp_path / "latin1.txt"
    path.write_bytes(ARTICLE_NL.replace("„", '"').replace("”", '"').encode("latin-1"))
    article = koreanews.parse_file(path, encoding="latin-1")
    assert article.date is not None
    assert article.date.isoformat() == "2018-02"


# -- byte-order marks, newlines, odd characters ---------------------------------------


def test_bom_is_kept_as_text_and_the_header_still_found() -> None:
    text = "\ufeff" + ARTICLE_NL
    article = parse_checked(text)
    assert article.text[0] == "\ufeff"
    assert article.date is not None
    assert article.date.isoformat() == "2018-02"
    from_bytes = koreanews.parse(text.encode("utf-8"))
    assert from_bytes == article


def test_bom_file_keeps_offsets_honest(tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbf" + ARTICLE_EN.encode("utf-8"))
    article = koreanews.parse_file(path)
    assert article.date is not None
    for block in article.blocks:
        assert article.text[block.span.start : block.span.end] == block.text


@pytest.mark.parametrize("newline", ["\r\n", "\r", "\n\r", "\u2028", "\x85"])
def test_other_newlines_give_the_same_blocks(newline: str) -> None:
    for source in (ARTICLE_NL, ARTICLE_EN):
        text = source.replace("\n", newline)
        article = parse_checked(text)
        if newline in ("\r\n", "\r"):
            reference = koreanews.parse(source)
            assert [(b.kind, b.text) for b in article.blocks] == [
                (b.kind, b.text) for b in reference.blocks
            ]
            assert [q.text.split() for q in article.quotes] == [
                q.text.split() for q in reference.quotes
            ]


@pytest.mark.parametrize(
    "char",
    ["\x00", "\x01", "\x07", "\x08", "\x0b", "\x0c", "\x1b", "\x1f", "\x7f", "\x9b", "\ufffd"],
)
def test_control_characters_anywhere(char: str) -> None:
    for source in (ARTICLE_NL, ARTICLE_EN):
        for i in range(0, len(source) + 1, 17):
            parse_checked(source[:i] + char + source[i:])
    parse_checked(char * 1000)
    parse_checked(ARTICLE_NL.replace(" ", char))


@pytest.mark.parametrize("char", ["\t", "\u00a0", "\u202f", "\u2009", "\u3000"])
def test_tabs_and_unusual_spaces(char: str) -> None:
    for source in (ARTICLE_NL, ARTICLE_EN):
        article = parse_checked(source.replace(" ", char))
        assert article.blocks
        parse_checked(source.replace("\n", "\n" + char * 3))
        parse_checked(char + source.replace("\n", char + "\n"))


def test_header_separated_by_tabs() -> None:
    article = parse_checked("\tdate\t2018-02\tKim Jong-un zegt niets.")
    assert article.date is not None


@pytest.mark.parametrize("char", ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad"])
def test_zero_width_characters(char: str) -> None:
    for source in (ARTICLE_NL, ARTICLE_EN):
        parse_checked(source.replace(" ", " " + char))
        parse_checked(source.replace("\n", "\n" + char + "\n"))
        parse_checked(char.join(source))


def test_lone_surrogates_in_str() -> None:
    text = ARTICLE_NL.replace("Kim", "K\udcffim")
    article = parse_checked(text)
    assert "\udcff" in article.text


def test_mixed_scripts() -> None:
    text = (
        " date 2018-02 김정은 위원장이 말했다. «Мы готовы», сказал он.\n"
        "平壤 ソウル بيونغ يانغ 🚀🚀🚀 „Ελλάδα”\n"
        "Kim zegt: „조선은 준비됐다.” Moon said: “We are ready.” 👍🏽\n"
    )
    parse_checked(text)
    parse_checked(text * 50)


# -- empty and degenerate --------------------------------------------------------------


@pytest.mark.parametrize("text", ["", " ", "\n", "\r\n\r\n", "\t \u00a0\u3000 ", "\n" * 10_000])
def test_empty_and_whitespace_only(text: str) -> None:
    article = parse_checked(text)
    assert article.date is None
    assert article.lang in supported_languages()
    assert not [b for b in article.blocks if b.kind is not BlockKind.HEADER]
    assert article.quotes == ()


@pytest.mark.parametrize(
    "text", [" date 2018-02", " date 2018-02 ", " date 2018-02\n", " date 2018-02-14\r\n\r\n  "]
)
def test_header_with_nothing_after_it(text: str) -> None:
    article = parse_checked(text)
    assert article.date is not None
    assert [b.kind for b in article.blocks] == [BlockKind.HEADER]


@pytest.mark.parametrize("text", ["date", " date ", "date\n", " date 2018-", " date 14 "])
def test_truncated_header(text: str) -> None:
    article = parse_checked(text)
    assert article.date is None
    assert article.warnings


# -- pathological quotation marks ------------------------------------------------------

MARK_STORMS: dict[str, Callable[[int], str]] = {
    "straight": lambda n: '"' * n,
    "single": lambda n: "'" * n,
    "low-high": lambda n: "„" * n,
    "pairs": lambda n: "“”" * (n // 2),
    "reversed pairs": lambda n: "”“" * (n // 2),
    "words": lambda n: '"a" ' * (n // 2),
    "interleaved": lambda n: "„a ‘b” c’ " * (n // 4),
    "guillemets": lambda n: "«»›‹" * (n // 4),
    "apostrophes": lambda n: "zo'n m'n don't 's " * (n // 5),
    "open only": lambda n: ("„Kim zegt " * n)[: 10 * n],
    "every mark": lambda n: ("„“”‘’'\",,''«»‹›" * n)[:n],
}


@pytest.mark.parametrize("name", sorted(MARK_STORMS))
def test_100000_quote_marks(name: str) -> None:
    text = " date 2018-02 " + MARK_STORMS[name](100_000)
    article = koreanews.parse(text)
    check_article(text, article, round_trip=False)


@pytest.mark.parametrize("name", sorted(MARK_STORMS))
def test_quote_marks_take_linear_work(name: str) -> None:
    assert_linear_calls(lambda n: " date 2018-02 " + MARK_STORMS[name](n), 2_000)


@pytest.mark.parametrize(
    "text",
    [
        "„Kim zegt dat het klaar is, zegt Moon.",
        "Kim zegt dat het klaar is”, zegt Moon.",
        "“Begin\n\nnever closed\n\n“still open\n\nthe end.",
        "„a ‘b” c’ d” e“ ‘f",
        "«a »b« c»",
        "'''''' \"\"\"\" ,,,, ''''",
        "“”“”“”",
        "„”",
        "„",
    ],
)
def test_unbalanced_and_interleaved_marks(text: str) -> None:
    for variant in (text, " date 2018-02 " + text, text + "\n" + text):
        parse_checked(variant)


@pytest.mark.parametrize("depth", [10, 1_000, 3_000])
def test_deeply_nested_quotes(depth: int) -> None:
    nested = "“‘" * depth + "woord" + "’”" * depth
    words = "".join(f"„laag {i} ‘" for i in range(depth)) + "kern" + "’ eind”" * depth
    for text in (" date 2018-02 Kim zegt: " + nested + ", aldus Moon.", " date 2018-02 " + words):
        article = parse_checked(text)
        # Reporting every level would make the output quadratic in the input.
        assert sum(len(q.text) for q in article.quotes) <= 20 * len(text)


# -- size --------------------------------------------------------------------------------


def _long_article(n: int) -> str:
    body = (ARTICLE_NL[14:] + ARTICLE_EN[19:]) * (n // (len(ARTICLE_NL) + len(ARTICLE_EN)) + 1)
    return " date 2018-02 " + body[:n]


@pytest.mark.slow
def test_10_megabyte_article() -> None:
    text = _long_article(10_000_000)
    article = koreanews.parse(text)
    assert article.date is not None
    assert len(article.blocks) > 50_000
    check_blocks(text, article)


def test_1_megabyte_article() -> None:
    text = _long_article(1_000_000)
    check_article(text, koreanews.parse(text), round_trip=False)


def test_work_grows_linearly_with_article_length() -> None:
    assert_linear_calls(_long_article, 20_000)


@pytest.mark.parametrize(
    "make",
    [
        pytest.param(lambda n: "a" * n, id="one long word"),
        pytest.param(lambda n: "A" * n, id="one long capital word"),
        pytest.param(lambda n: "Kim " * (n // 4), id="one long line of names"),
        pytest.param(lambda n: "Kim-" * (n // 4), id="one long hyphenated name"),
        pytest.param(lambda n: "a." * (n // 2), id="abbreviation dots"),
        pytest.param(lambda n: "!" * n, id="exclamation marks"),
        pytest.param(lambda n: "?…" * (n // 2) + "”", id="question marks and ellipses"),
        pytest.param(lambda n: "Lees ook " * (n // 9), id="boilerplate words"),
        pytest.param(lambda n: "zegt " * (n // 5), id="cue words"),
        pytest.param(lambda n: " " * n + "x", id="spaces"),
        pytest.param(lambda n: "\n" * n + "x", id="newlines"),
        pytest.param(lambda n: "date " * (n // 5), id="header words"),
        pytest.param(lambda n: "1" * n, id="digits"),
        pytest.param(lambda n: "Kim zegt dat " * (n // 13), id="indirect speech"),
        pytest.param(lambda n: ": " * (n // 2), id="colons"),
    ],
)
def test_degenerate_lines_take_linear_work(make: Callable[[int], str]) -> None:
    # From 8,000 characters on: below that, size thresholds (a token too long
    # to be a name, say) make small inputs cheaper than linear would predict.
    assert_linear_calls(lambda n: " date 2018-02 " + make(n), 8_000)
    # Work inside the regex engine is one call, so the count cannot see it; a
    # super-linear pattern on 200,000 characters runs into the per-test limit.
    parse_checked(" date 2018-02 " + make(200_000))


# -- the fuzz target and its seed corpus -------------------------------------------------


def _fuzz_target(repo_root: Path) -> Callable[[bytes], None]:
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "_koreanews_fuzz_target", repo_root / "fuzz" / "fuzz_parse.py"
    )
    if spec is None or spec.loader is None or not (repo_root / "fuzz").is_dir():
        pytest.skip("fuzz/ is not part of this distribution")
    module = importlib.util.module_from_spec(spec)
    argv = sys.argv
    sys.argv = [argv[0], "--no-atheris"]  # never instrument inside the test run
    try:
        spec.loader.exec_module(module)
    finally:
        sys.argv = argv
    target: Callable[[bytes], None] = module.test_one_input
    return target


def test_fuzz_seed_corpus_passes_the_fuzz_target(repo_root: Path) -> None:
    target = _fuzz_target(repo_root)
    seeds = sorted((repo_root / "fuzz" / "corpus").iterdir())
    seeds += sorted((repo_root / "examples" / "articles").glob("*.txt"))
    assert len(seeds) >= 10
    for path in seeds:
        target(path.read_bytes())
