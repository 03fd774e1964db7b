"""parse_many: in process and in a pool, ordered and as completed, failures recorded."""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest

from koreanews import Annotation, Article, InputError, InputWarning, KoreanewsError, parse_many
from koreanews.corpus import NamedText, ParseFailure, _parse_many

NL = ' date 2019-03 "Het overleg gaat door", zegt minister Kang Kyung-wha. Nummer {i}.'
EN = " date 2019-03 Seoul said on Monday that talks would go on. Item {i}."


def texts(n: int) -> list[str]:
    return [(NL if i % 2 else EN).format(i=i) for i in range(n)]


@pytest.fixture
def corpus(tmp_path: Path) -> list[Path]:
    paths = []
    for i in range(6):
        path = tmp_path / f"a{i}.txt"
        path.write_text(NL.format(i=i), encoding="utf-8")
        paths.append(path)
    (tmp_path / "a2.txt").write_bytes(b" date 2019-03 \xff\xfe kapot")
    paths.append(tmp_path / "missing.txt")
    return paths


def test_texts_in_process_keep_order() -> None:
    items = texts(5)
    results = list(parse_many(items))
    assert [r.text for r in results if isinstance(r, Article)] == items
    assert all(r.source is None for r in results if isinstance(r, Article))


def test_bytes_are_texts_and_paths_are_files(tmp_path: Path) -> None:
    path = tmp_path / "one.txt"
    path.write_text(EN.format(i=1), encoding="utf-8")
    first, second = parse_many([EN.format(i=0).encode(), path])
    assert isinstance(first, Article)
    assert first.text == EN.format(i=0)
    assert isinstance(second, Article)
    assert second.source == str(path)


def test_a_plain_string_is_never_a_path(tmp_path: Path) -> None:
    path = tmp_path / "one.txt"
    path.write_text(EN.format(i=1), encoding="utf-8")
    with pytest.warns(InputWarning, match=r"Path\(path\) to parse_many"):
        (result,) = parse_many([str(path)])
    assert isinstance(result, Article)
    assert result.text == str(path)


@pytest.mark.parametrize(
    "items",
    [" date 2020-01 Hoi", b" date 2020-01 Hoi", NamedText(" date 2020-01 Hoi", "hoi")],
    ids=["str", "bytes", "NamedText"],
)
def test_one_text_instead_of_an_iterable_is_an_input_error(items: object) -> None:
    with pytest.raises(InputError, match=r"parse\(text\) for one article") as info:
        parse_many(items)  # type: ignore[arg-type]  # raised at the call, not when iterated
    assert "parse_many([text])" in str(info.value)


def test_one_path_instead_of_an_iterable_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"parse_file\(path\) for one file"):
        parse_many(tmp_path / "one.txt")  # type: ignore[arg-type]
    with pytest.raises(InputError, match="iterable"):
        parse_many(42)  # type: ignore[arg-type]


def test_an_unknown_encoding_or_errors_value_fails_at_the_call() -> None:
    with pytest.raises(InputError, match=r"unknown encoding 'bogus'.*encoding='cp1252'"):
        parse_many([b"x"], encoding="bogus")
    with pytest.raises(InputError, match=r"unknown errors value 'bogus'.*errors='replace'"):
        parse_many([b"x"], errors="bogus")


def test_bytes_in_another_encoding(tmp_path: Path) -> None:
    text = " date 2020-01 Café in Seoul: “Goed”, zegt Kim."
    path = tmp_path / "cp1252.txt"
    path.write_bytes(text.encode("cp1252"))
    results = list(parse_many([path, text.encode("cp1252")], encoding="cp1252"))
    assert [r.text for r in results if isinstance(r, Article)] == [text, text]
    (failure,) = parse_many([path])  # UTF-8 by default: the hint names the keyword arguments
    assert isinstance(failure, ParseFailure)
    assert "encoding='cp1252'" in failure.message
    assert "errors='replace'" in failure.message
    assert "--" not in failure.message


def test_bad_files_are_recorded_and_the_run_goes_on(corpus: list[Path]) -> None:
    results = list(parse_many(corpus))
    assert len(results) == len(corpus)
    failures = [r for r in results if isinstance(r, ParseFailure)]
    assert [(f.index, f.source, f.error) for f in failures] == [
        (2, str(corpus[2]), "InputError"),
        (6, str(corpus[6]), "InputError"),
    ]
    assert "byte 14" in failures[0].message
    assert str(corpus[6]) in str(failures[1])
    assert sum(isinstance(r, Article) for r in results) == 5


def test_wrong_item_type_is_a_failure() -> None:
    (result,) = parse_many([42])  # type: ignore[list-item]
    assert isinstance(result, ParseFailure)
    assert result.source is None
    assert result.where() == "<item 0>"
    assert "int" in result.message


def test_on_error_raise_stops_with_the_error(corpus: list[Path]) -> None:
    results = parse_many(corpus, on_error="raise")
    assert isinstance(next(results), Article)
    assert isinstance(next(results), Article)
    with pytest.raises(InputError, match="byte 14"):
        next(results)


def test_on_error_raise_in_a_pool(corpus: list[Path]) -> None:
    with pytest.raises(KoreanewsError, match=r"a2\.txt"):
        list(parse_many(corpus, workers=2, chunksize=1, on_error="raise"))


def test_failure_to_dict_and_str() -> None:
    failure = ParseFailure(index=4, source=None, error="HeaderError", message="no header")
    assert failure.to_dict() == {
        "failure": True,
        "index": 4,
        "source": None,
        "error": "HeaderError",
        "message": "no header",
    }
    assert str(failure) == "<item 4>: no header"
    assert failure.ok is False


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"on_error": "ignore"}, "on_error"),
        ({"chunksize": 0}, "chunksize"),
        ({"workers": -1}, "workers"),
    ],
)
def test_bad_arguments_fail_at_the_call(kwargs: dict[str, object], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        parse_many(["x"], **kwargs)  # type: ignore[call-overload]


def mixed_items(n: int, bad_every: int, tmp_path: Path) -> tuple[list[str | Path], set[int]]:
    """n small texts with a missing file at every bad_every-th position."""
    items: list[str | Path] = []
    bad: set[int] = set()
    for i, text in enumerate(texts(n)):
        if i % bad_every == bad_every - 1:
            items.append(tmp_path / f"missing-{i}.txt")
            bad.add(i)
        else:
            items.append(text)
    return items, bad


def test_pool_ordered_loses_and_duplicates_nothing(tmp_path: Path) -> None:
    items, bad = mixed_items(2000, 401, tmp_path)
    results = list(parse_many(items, workers=2, chunksize=64))
    assert len(results) == len(items)
    for i, (item, result) in enumerate(zip(items, results, strict=True)):
        if i in bad:
            assert isinstance(result, ParseFailure)
            assert result.index == i
            assert result.source == str(item)
        else:
            assert isinstance(result, Article)
            assert result.text == item


def test_pool_as_completed_loses_and_duplicates_nothing(tmp_path: Path) -> None:
    items, bad = mixed_items(2000, 499, tmp_path)
    results = list(parse_many(items, workers=2, ordered=False, chunksize=16))
    assert len(results) == len(items)
    got_texts = sorted(r.text for r in results if isinstance(r, Article))
    assert got_texts == sorted(t for i, t in enumerate(items) if i not in bad)
    assert sorted(r.index for r in results if isinstance(r, ParseFailure)) == sorted(bad)


def counting(items: Sequence[str], pulled: list[int]) -> Iterator[str]:
    for item in items:
        pulled[0] += 1
        yield item


def test_input_is_consumed_lazily_in_process() -> None:
    pulled = [0]
    results = parse_many(counting(texts(1000), pulled))
    next(results)
    assert pulled[0] == 1


def test_pool_keeps_a_bounded_number_of_items_in_flight() -> None:
    pulled = [0]
    results = parse_many(counting(texts(100_000), pulled), workers=2, chunksize=5)
    for _ in range(12):
        next(results)
    # 2 workers x 4 chunks x 5 items at the start, one more chunk per chunk yielded.
    assert pulled[0] <= 2 * 4 * 5 + 3 * 5
    results.close()


def test_spawned_workers_parse_too() -> None:
    items = texts(40)
    results = list(parse_many(items, workers=2, chunksize=8, mp_context="spawn"))
    assert [r.text for r in results if isinstance(r, Article)] == items


class FakeAnnotator:
    """Counts calls; annotates nothing (an empty Annotation)."""

    def __init__(self, fail_batch: bool = False) -> None:
        self.batches: list[tuple[int, tuple[str, ...]]] = []
        self.single = 0
        self.fail_batch = fail_batch

    def annotate(self, text: str, lang: str) -> Annotation:
        self.single += 1
        if "kapot" in text:
            raise KoreanewsError("annotator choked")
        return Annotation()

    def annotate_many(self, texts: Sequence[str], langs: Sequence[str]) -> list[Annotation]:
        self.batches.append((len(texts), tuple(langs)))
        if self.fail_batch:
            raise KoreanewsError("batch failed")
        return [Annotation() for _ in texts]


def test_annotator_is_called_once_per_batch() -> None:
    annotator = FakeAnnotator()
    items = texts(10)
    results = list(parse_many(items, annotator=annotator, chunksize=4))
    assert [r.text for r in results if isinstance(r, Article)] == items
    assert [size for size, _ in annotator.batches] == [4, 4, 2]
    assert annotator.batches[0][1] == ("en", "nl", "en", "nl")
    assert annotator.single == 0


def test_annotator_batch_failure_isolates_the_bad_text(corpus: list[Path]) -> None:
    annotator = FakeAnnotator(fail_batch=True)
    items: list[str | Path] = [NL.format(i=0), NL.format(i=1) + " kapot", *corpus[:2]]
    results = list(parse_many(items, annotator=annotator, chunksize=10))
    assert [type(r).__name__ for r in results] == [
        "Article",
        "ParseFailure",
        "Article",
        "Article",
    ]
    assert annotator.single == 4
    assert results[2].source == str(corpus[0])


def test_annotator_with_unreadable_file_records_it(corpus: list[Path]) -> None:
    results = list(parse_many(corpus, annotator=FakeAnnotator()))
    assert [r.index for r in results if isinstance(r, ParseFailure)] == [2, 6]


def test_annotator_with_workers_warns() -> None:
    with pytest.warns(UserWarning, match="workers is ignored"):
        results = list(parse_many(texts(2), workers=2, annotator=FakeAnnotator()))
    assert len(results) == 2


def test_named_texts_keep_their_name_in_a_pool() -> None:
    items = [NamedText(text, f"doc-{i}") for i, text in enumerate(texts(20))]
    items[5] = NamedText(b" date 2019-01 \xff", "doc-5")
    results = list(parse_many(items, workers=2, chunksize=3, ordered=False))
    sources = sorted(r.source or "" for r in results)
    assert sources == sorted(f"doc-{i}" for i in range(20))
    (failure,) = [r for r in results if isinstance(r, ParseFailure)]
    assert str(failure).startswith("doc-5: byte 14")


def test_finish_runs_where_the_article_is_parsed() -> None:
    results = list(_parse_many(texts(10), 2, chunksize=2, finish=article_pid))
    pids = {pid for pid, _ in results}
    assert os.getpid() not in pids
    assert [index for _, index in results] == list(range(10))


def article_pid(article: Article, index: int) -> tuple[int, int]:
    return os.getpid(), index


def die_on_seven(article: Article, index: int) -> int:
    """A finish hook that kills its worker process at input 7."""
    if index == 7:
        os._exit(1)
    return index


@pytest.mark.parametrize(("ordered", "chunksize"), [(True, 4), (False, 4), (True, 1), (False, 1)])
def test_a_dead_worker_costs_one_failure_and_nothing_else(ordered: bool, chunksize: int) -> None:
    results = list(
        _parse_many(texts(40), 2, chunksize=chunksize, ordered=ordered, finish=die_on_seven)
    )
    assert len(results) == 40
    failures = [r for r in results if isinstance(r, ParseFailure)]
    assert [(f.index, f.error) for f in failures] == [(7, "BrokenProcessPool")]
    assert "worker process died" in failures[0].message
    indices = sorted(r for r in results if isinstance(r, int))
    assert indices == [i for i in range(40) if i != 7]
    if ordered:
        assert [r if isinstance(r, int) else r.index for r in results] == list(range(40))


def test_a_dead_worker_with_on_error_raise() -> None:
    with pytest.raises(KoreanewsError, match="worker process died"):
        list(_parse_many(texts(10), 2, chunksize=4, on_error="raise", finish=die_on_seven))
