"""``koreanews parse`` over corpora: directories, workers, progress, summary, Parquet."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from koreanews.cli import _progress_bar, _update_total, build_parser, main

NL = ' date 2019-0{m} "We blijven praten", zegt minister Chung Eui-yong in Seoul.'


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    root = tmp_path / "corpus"
    (root / "2019" / "maart").mkdir(parents=True)
    for m in (1, 2):
        (root / f"top{m}.txt").write_text(NL.format(m=m), encoding="utf-8")
    for m in (3, 4, 5):
        (root / "2019" / "maart" / f"deep{m}.txt").write_text(NL.format(m=m), encoding="utf-8")
    (root / "2019" / "notes.md").write_text(NL.format(m=6), encoding="utf-8")
    (root / "2019" / "broken.txt").write_bytes(b" date 2019-07 \xff kapot")
    return root


def read_jsonl(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_directory_without_recursive_takes_top_files(
    tree: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out.jsonl"
    assert main(["parse", str(tree), "-o", str(out)]) == 0
    assert [r["date"] for r in read_jsonl(out)] == ["2019-01", "2019-02"]
    err = capsys.readouterr().err
    assert "koreanews: 2 articles" in err
    assert "0 failures" in err


@pytest.mark.parametrize("workers", [None, "2"])
def test_recursive_parse_reports_the_bad_file_and_goes_on(
    tree: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], workers: str | None
) -> None:
    out = tmp_path / "out.jsonl"
    args = ["parse", str(tree), "--recursive", "-o", str(out)]
    if workers:
        args += ["--workers", workers]
    assert main(args) == 1
    records = read_jsonl(out)
    # A directory's own files first, then its subdirectories, each sorted by name.
    assert [Path(str(r["source"])).name for r in records] == [
        "top1.txt",
        "top2.txt",
        "deep3.txt",
        "deep4.txt",
        "deep5.txt",
    ]
    err = capsys.readouterr().err.splitlines()
    errors = [line for line in err if "error" in line]
    assert len(errors) == 1
    assert str(tree / "2019" / "broken.txt") in errors[0]
    assert err[-1].startswith("koreanews: 5 articles, 5 quotes, 1 failure in ")


def test_glob_pattern(tree: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    assert main(["parse", str(tree), "-r", "--glob", "*.md", "-o", str(out), "-q"]) == 0
    assert [r["date"] for r in read_jsonl(out)] == ["2019-06"]


def test_quiet_prints_no_summary(tree: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", str(tree / "top1.txt"), "--quiet"]) == 0
    captured = capsys.readouterr()
    assert captured.err == ""
    assert json.loads(captured.out)["date"] == "2019-01"


def test_empty_directory_warns(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", str(tmp_path), "-q"]) == 0
    assert "no files matching '*.txt'" in capsys.readouterr().err


def test_stdin_and_missing_file(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    class In:
        buffer = __import__("io").BytesIO(NL.format(m=8).encode())

    monkeypatch.setattr(sys, "stdin", In)
    missing = tmp_path / "weg.txt"
    assert main(["parse", "-", str(missing)]) == 1
    captured = capsys.readouterr()
    assert json.loads(captured.out)["source"] == "<stdin>"
    assert f"koreanews: error: {missing}: cannot read file" in captured.err


def test_progress_bar_on_a_terminal(
    tree: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    pytest.importorskip("tqdm")
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    assert main(["parse", str(tree / "top1.txt"), str(tree / "top2.txt")]) == 0
    err = capsys.readouterr().err
    assert "2/2" in err


@pytest.mark.parametrize("workers", [None, "2"])
def test_a_folder_run_has_a_total_and_a_time_estimate(
    tree: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    workers: str | None,
) -> None:
    pytest.importorskip("tqdm")
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    args = ["parse", str(tree), str(tree / "top1.txt"), "-r", "-o", str(tmp_path / "o.jsonl")]
    assert main([*args, *(["-j", workers] if workers else [])]) == 1
    err = capsys.readouterr().err
    assert "7/7" in err  # 6 files in the tree and one named
    assert "<00:00" in err  # the time left, which tqdm shows only with a total


def test_the_inputs_of_a_folder_run_are_counted_while_it_runs(
    tree: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pytest.importorskip("tqdm")
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    args = build_parser().parse_args(["parse", str(tree), "-", "-r"])
    bar = _progress_bar(args)
    try:
        assert bar.total is None  # the count runs in a thread: the run need not wait
        assert bar.koreanews_count.wait(timeout=30) == 7
        _update_total(bar)
        assert bar.total == 7
    finally:
        bar.close()


def test_no_tqdm_no_bar_no_crash(
    tree: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setitem(sys.modules, "tqdm", None)
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    assert main(["parse", str(tree / "top1.txt")]) == 0
    err = capsys.readouterr().err
    assert "1/1" not in err
    assert "koreanews: 1 article, 1 quote, 0 failures in " in err


def test_parquet_output(tree: Path, tmp_path: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    out = tmp_path / "corpus.parquet"
    code = main(["parse", str(tree), "-r", "--format", "parquet", "-o", str(out), "-q"])
    assert code == 1  # broken.txt
    articles = pq.read_table(out)
    assert articles.num_rows == 5
    assert articles.column("id").to_pylist() == [0, 1, 3, 4, 5]  # input 2 is broken.txt
    quotes = pq.read_table(tmp_path / "corpus.quotes.parquet")
    assert set(quotes.column("article_id").to_pylist()) <= {0, 1, 3, 4, 5}


def test_parquet_needs_an_output_file(tree: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", str(tree), "--format", "parquet"]) == 2
    assert "needs -o" in capsys.readouterr().err


def test_unwritable_output(tree: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "no" / "such" / "dir.jsonl"
    assert main(["parse", str(tree), "-o", str(out)]) == 2
    assert "cannot write" in capsys.readouterr().err


def test_interrupt_keeps_a_valid_parquet_file(
    tree: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    from koreanews import output

    original = output.ParquetWriter.write_prepared
    calls = []

    def write_then_interrupt(self: output.ParquetWriter, data: object) -> None:
        if len(calls) == 2:
            raise KeyboardInterrupt
        calls.append(1)
        original(self, data)  # type: ignore[arg-type]

    monkeypatch.setattr(output.ParquetWriter, "write_prepared", write_then_interrupt)
    out = tmp_path / "part.parquet"
    assert main(["parse", str(tree), "-r", "--format", "parquet", "-o", str(out), "-q"]) == 130
    assert pq.read_table(out).num_rows == 2
    assert "interrupted after 2 articles" in capsys.readouterr().err
