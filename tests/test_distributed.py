"""The Dask helper, on a real local cluster of worker processes."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from koreanews import MissingDependencyError
from koreanews.distributed import WriteSummary, parse_bag, write_bag

EN = " date 2017-0{m} North Korea said on Tuesday that it would not talk. Article {m}."


@pytest.fixture
def files(tmp_path: Path) -> list[Path]:
    root = tmp_path / "in"
    root.mkdir()
    paths = []
    for m in range(1, 8):
        path = root / f"{m}.txt"
        path.write_text(EN.format(m=m), encoding="utf-8")
        paths.append(path)
    paths[3].write_bytes(b" date 2017-04 \xff")
    return paths


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    pytest.importorskip("dask.bag")
    distributed = pytest.importorskip("distributed")
    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        yield client


@pytest.mark.slow
def test_parse_bag_on_a_local_cluster(client: Any, files: list[Path]) -> None:
    bag = parse_bag(files, npartitions=3)
    assert bag.npartitions == 3
    records = bag.compute()
    assert [r["id"] for r in records] == list(range(7))
    assert [bool(r.get("failure")) for r in records] == [False] * 3 + [True] + [False] * 3
    assert records[0]["date"] == "2017-01"
    assert records[0]["source"] == str(files[0])
    assert records[3]["source"] == str(files[3])
    # The workers really were other processes.
    pids = client.run(lambda: __import__("os").getpid())
    assert len(set(pids.values())) == 2


@pytest.mark.slow
def test_write_bag_parquet(client: Any, files: list[Path], tmp_path: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    out = tmp_path / "out"
    summary = write_bag(parse_bag(files, npartitions=2), out)
    assert isinstance(summary, WriteSummary)
    assert summary.articles == 6
    assert [f.source for f in summary.failures] == [str(files[3])]
    articles = pq.read_table(out / "articles")
    assert sorted(articles.column("id").to_pylist()) == [0, 1, 2, 4, 5, 6]
    assert pq.read_table(out / "quotes").num_rows == summary.quotes


@pytest.mark.slow
def test_write_bag_jsonl(client: Any, files: list[Path], tmp_path: Path) -> None:
    out = tmp_path / "out"
    summary = write_bag(parse_bag(files, npartitions=2), out, format="jsonl")
    assert len(summary.files) == 2
    records = [
        json.loads(line)
        for name in summary.files
        for line in Path(name).read_text(encoding="utf-8").splitlines()
    ]
    assert [r["id"] for r in records] == [0, 1, 2, 4, 5, 6]


def test_bad_format_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="format"):
        write_bag(None, tmp_path, format="csv")  # type: ignore[arg-type]


def test_missing_dask_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "dask", None)
    monkeypatch.setitem(sys.modules, "dask.bag", None)
    with pytest.raises(MissingDependencyError, match=r"pip install 'koreanews\[dask\]'"):
        parse_bag(["a.txt"])
