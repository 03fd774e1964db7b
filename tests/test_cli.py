"""The ``koreanews`` command line: parse and eval."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

import koreanews
from koreanews import Article
from koreanews.cli import main

NL = (
    " date 2023-04 Kersenbloesem in Jinhae\n\n"
    "Honderdduizenden bezoekers komen dit weekend naar Jinhae voor de kersenbloesem. "
    '"Zo vroeg bloeiden de bomen nog nooit", zegt gids Kwon Da-som.\n'
)
EN = (
    " date 2023-04-02 Cherry blossoms draw crowds to Jinhae\n\n"
    "Hundreds of thousands of visitors are expected in Jinhae this weekend. "
    '"The trees have never bloomed this early," said guide Kwon Da-som.\n'
)


@pytest.fixture
def articles(tmp_path: Path) -> list[Path]:
    nl = tmp_path / "nl.txt"
    en = tmp_path / "en.txt"
    nl.write_text(NL, encoding="utf-8")
    en.write_text(EN, encoding="utf-8")
    return [nl, en]


def _errors(stderr: str) -> list[str]:
    """The error lines of stderr (it may also carry a progress summary)."""
    return [line for line in stderr.splitlines() if "error" in line]


def _jsonl(text: str) -> list[Article]:
    return [Article.from_json(line) for line in text.splitlines() if line.strip()]


def test_parse_prints_json_lines(articles: list[Path], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", *map(str, articles)]) == 0
    out, err = capsys.readouterr()
    parsed = _jsonl(out)
    assert [a.source for a in parsed] == [str(p) for p in articles]
    assert [a.date.isoformat() if a.date else None for a in parsed] == ["2023-04", "2023-04-02"]
    assert [a.lang for a in parsed] == ["nl", "en"]
    assert parsed[0] == koreanews.parse_file(articles[0])
    assert _errors(err) == []


def test_parse_format_text(articles: list[Path], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", "--format", "text", str(articles[1])]) == 0
    out = capsys.readouterr().out
    assert str(articles[1]) in out
    assert "2023-04-02" in out
    with pytest.raises(json.JSONDecodeError):
        json.loads(out.splitlines()[0])


def test_parse_output_file(
    articles: list[Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "out.jsonl"
    assert main(["parse", "-o", str(target), *map(str, articles)]) == 0
    assert capsys.readouterr().out == ""
    assert len(_jsonl(target.read_text(encoding="utf-8"))) == 2


def _stdin(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))


def test_parse_stdin(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    _stdin(monkeypatch, NL.encode("utf-8"))
    assert main(["parse", "-"]) == 0
    (article,) = _jsonl(capsys.readouterr().out)
    assert article.text == NL
    assert article.source == "<stdin>"


def test_parse_stdin_bad_bytes(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _stdin(monkeypatch, b" date 2023-04 Caf\xe9")
    assert main(["parse", "-"]) != 0
    assert "<stdin>" in capsys.readouterr().err
    _stdin(monkeypatch, b" date 2023-04 Caf\xe9")
    assert main(["parse", "--errors", "replace", "-"]) == 0
    (article,) = _jsonl(capsys.readouterr().out)
    assert article.text.endswith("Caf\ufffd")


def test_bad_file_is_reported_and_the_others_are_parsed(
    articles: list[Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "missing.txt"
    broken = tmp_path / "broken.txt"
    broken.write_bytes(b" date 2023-04 \xff\xfe kapot")
    code = main(["parse", str(articles[0]), str(missing), str(broken), str(articles[1])])
    out, err = capsys.readouterr()
    assert code != 0
    assert [a.source for a in _jsonl(out)] == [str(articles[0]), str(articles[1])]
    lines = _errors(err)
    assert len(lines) == 2  # one line per bad file
    assert str(missing) in lines[0]
    assert str(broken) in lines[1]
    assert "byte 14" in lines[1]


def test_strict_header(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "nodate.txt"
    path.write_text("Een artikel zonder kop.", encoding="utf-8")
    assert main(["parse", str(path)]) == 0
    (article,) = _jsonl(capsys.readouterr().out)
    assert article.date is None
    assert article.warnings
    assert main(["parse", "--strict", str(path)]) != 0
    (line,) = _errors(capsys.readouterr().err)
    assert str(path) in line
    # the hint names what works on the command line, not the Python keyword
    assert "leave out --strict" in line
    assert "strict=True" not in line
    assert main(["render", "--strict", str(path), "-o", str(tmp_path / "a.html")]) != 0
    (line,) = _errors(capsys.readouterr().err)
    assert "leave out --strict" in line


def test_lang_option(articles: list[Path], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", "--lang", "nl", str(articles[1])]) == 0
    (article,) = _jsonl(capsys.readouterr().out)
    assert article.lang == "nl"


def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["parse"])
    assert info.value.code == 2
    with pytest.raises(SystemExit) as info:
        main(["parse", "--lang", "de", "x.txt"])
    assert info.value.code == 2
    with pytest.raises(SystemExit) as info:
        main([])
    assert info.value.code == 2
    capsys.readouterr()


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["--version"])
    assert info.value.code == 0
    assert koreanews.__version__ in capsys.readouterr().out


def test_python_dash_m(articles: list[Path]) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "koreanews", "parse", str(articles[0])],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    (article,) = _jsonl(result.stdout)
    assert article.date is not None
    assert article.date.isoformat() == "2023-04"


# -- eval ---------------------------------------------------------------------


def _gold(tmp_path: Path) -> Path:
    records = [
        {
            "id": "nl-1",
            "lang": "nl",
            "text": NL,
            "date": "2023-04",
            "headings": ["Kersenbloesem in Jinhae"],
            "boilerplate": [],
            "quotes": [
                {
                    "text": "Zo vroeg bloeiden de bomen nog nooit",
                    "kind": "direct",
                    "speaker": "Kwon Da-som",
                    "cue": "zegt",
                }
            ],
            "people": ["Kwon Da-som"],
        },
        {
            "id": "en-1",
            "lang": "en",
            "text": EN,
            "date": "2023-04-02",
            "quotes": [],
        },
    ]
    path = tmp_path / "gold.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    return path


def test_eval_table(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["eval", str(_gold(tmp_path))]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split()[-3:] == ["en", "nl", "all"]
    date_row = next(line for line in lines if line.startswith("date"))
    assert date_row.split()[-3:] == ["1.000", "1.000", "1.000"]
    articles = next(line for line in lines if line.startswith("articles"))
    assert articles.split()[-3:] == ["1", "1", "2"]  # articles per column
    # the second section: the speakers of matched quotes per rule and per resolver
    assert any(line.startswith("speakers of matched quotes") for line in lines)
    assert [line.split()[0] for line in lines if line.endswith("recall")] == ["rule", "resolver"]


def test_eval_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    gold = _gold(tmp_path)
    assert main(["eval", "--json", str(gold), str(gold)]) == 0
    report = json.loads(capsys.readouterr().out)
    assert set(report["by_lang"]) == {"en", "nl"}
    assert report["overall"]["date_accuracy"] == 1.0
    assert report["counts"]["nl"]["articles"] == 2
    assert set(report["articles"]) == {"nl-1", "en-1"}


def test_eval_bad_gold_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text("{oops\n", encoding="utf-8")
    assert main(["eval", str(bad)]) != 0
    err = capsys.readouterr().err
    assert f"{bad}:1" in err


# -- encodings, empty files, the text format ---------------------------------------------


def test_encoding_option(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "cafe.txt"
    path.write_bytes(NL.replace("Jinhae", "Café Jinhae").encode("cp1252"))
    assert main(["parse", str(path)]) == 1
    (line,) = _errors(capsys.readouterr().err)
    # the hint names what works here: the flags, not Python's keyword arguments
    assert "--encoding cp1252" in line
    assert "--errors replace" in line
    assert "errors=" not in line
    assert "encoding=" not in line
    assert main(["parse", "--encoding", "cp1252", str(path)]) == 0
    (article,) = _jsonl(capsys.readouterr().out)
    assert "Café Jinhae" in article.text


def test_unknown_encoding_is_a_usage_error(
    articles: list[Path], capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as info:
        main(["parse", "--encoding", "bogus", str(articles[0])])
    assert info.value.code == 2
    err = capsys.readouterr().err
    assert "unknown encoding 'bogus'" in err
    assert "--encoding cp1252" in err


def test_an_empty_file_is_reported(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    blank = tmp_path / "blank.txt"
    blank.write_text("  \n\n", encoding="utf-8")
    assert main(["parse", str(empty), str(blank), "-q"]) == 0
    err = capsys.readouterr().err.splitlines()
    assert err == [
        f"koreanews: warning: {empty}: the file is empty (no text to parse)",
        f"koreanews: warning: {blank}: the file is empty (no text to parse)",
    ]


def test_empty_standard_input_is_reported(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _stdin(monkeypatch, b"")
    assert main(["parse", "-", "-j", "2"]) == 0
    assert "<stdin>: the input is empty" in capsys.readouterr().err


MULTI = (
    " date 2023-04 Staking in Ulsan\n\n"
    "De vakbond houdt vol. “We gaan door tot het einde.\n\n"
    "“Niemand hier wil dit, maar we hebben geen keus,” zegt vakbondsleider Ko Eun-ji.\n"
)


def test_format_text_keeps_each_quote_on_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "multi.txt"
    path.write_text(MULTI, encoding="utf-8")
    (quote,) = [q for q in koreanews.parse_file(path).quotes if "\n" in q.text]
    assert main(["parse", "--format", "text", str(path)]) == 0
    out = capsys.readouterr().out
    (line,) = [line for line in out.splitlines() if "We gaan door" in line]
    assert "Niemand hier wil dit" in line  # the second paragraph is on the same line
    assert " ¶ " in line
    assert line.startswith(f"  {quote.kind.value}")
    assert all(not line.startswith("“") for line in out.splitlines())
