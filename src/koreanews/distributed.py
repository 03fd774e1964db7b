"""Parse a corpus on a Dask cluster (the ``dask`` extra).

:func:`parse_bag` maps :func:`koreanews.parse_file` over a :class:`dask.bag.Bag`
of file paths; :func:`write_bag` writes the result as Parquet (an article table
and a quote table, one file per partition) or JSON Lines.  Dask is imported only
when these functions are called; without it they raise
:class:`~koreanews.MissingDependencyError` naming ``pip install 'koreanews[dask]'``.

::

    from dask.distributed import Client
    from koreanews.distributed import parse_bag, write_bag

    client = Client("scheduler:8786")          # or LocalCluster()
    bag = parse_bag(sorted(Path("corpus").rglob("*.txt")), partition_size=500)
    summary = write_bag(bag, "parsed/", format="parquet")
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any, Literal

import attrs

from .corpus import ParseFailure, _failure, _Options, _parse_one
from .exceptions import MissingDependencyError
from .models import Article
from .output import ParquetWriter, _pyarrow

__all__ = ["WriteSummary", "parse_bag", "write_bag"]


def _bag_module() -> Any:
    try:
        import dask.bag
    except ImportError:
        raise MissingDependencyError("dask", "dask", "Parsing on a Dask cluster") from None
    return dask.bag


def _parse_partition(pairs: Iterable[tuple[int, str]], options: _Options) -> list[dict[str, Any]]:
    """Parse one partition of ``(id, path)`` pairs into dictionaries (runs on a worker)."""
    out: list[dict[str, Any]] = []
    for index, name in pairs:
        path = Path(name)
        try:
            record = _parse_one(path, options).to_dict()
        except Exception as exc:
            if not options.record:
                raise
            record = _failure(index, path, exc).to_dict()
        record["id"] = index
        out.append(record)
    return out


def parse_bag(
    paths: Iterable[str | os.PathLike[str]],
    *,
    npartitions: int | None = None,
    partition_size: int | None = None,
    lang: str | None = None,
    strict: bool = False,
    encoding: str = "utf-8",
    errors: str = "strict",
    on_error: Literal["record", "raise"] = "record",
) -> Any:
    """A :class:`dask.bag.Bag` of article dictionaries, one per path, lazily parsed.

    Each element is :meth:`Article.to_dict() <koreanews.Article.to_dict>` plus
    ``"id"``, the position of its path in *paths*.  A file that cannot be parsed
    gives :meth:`ParseFailure.to_dict() <koreanews.ParseFailure.to_dict>`
    instead (``{"failure": True, "id": ..., "source": ..., "message": ...}``),
    unless ``on_error="raise"``.  Workers read the files themselves, so the
    paths must be readable where the workers run.

    :param paths: file paths; the list is materialised to number them.
    :param npartitions: as for :func:`dask.bag.from_sequence` (default: about
        100 partitions).
    :param partition_size: as for :func:`dask.bag.from_sequence`.
    :param lang: as for :func:`koreanews.parse_file`.
    :param strict: as for :func:`koreanews.parse_file`.
    :param encoding: as for :func:`koreanews.parse_file`.
    :param errors: as for :func:`koreanews.parse_file`.
    :param on_error: ``"record"`` (a failure dictionary in place of a file that
        cannot be parsed) or ``"raise"``.
    """
    bag = _bag_module()
    if on_error not in ("record", "raise"):
        raise ValueError(f"on_error must be 'record' or 'raise', got {on_error!r}")
    pairs = [(i, os.fspath(p)) for i, p in enumerate(paths)]
    options = _Options(
        lang=lang, strict=strict, encoding=encoding, errors=errors, record=on_error == "record"
    )
    if npartitions is None and partition_size is None:
        npartitions = max(1, min(100, len(pairs)))
    seq = bag.from_sequence(pairs, npartitions=npartitions, partition_size=partition_size)
    return seq.map_partitions(_parse_partition, options)


@attrs.frozen
class WriteSummary:
    """What :func:`write_bag` wrote."""

    articles: int
    quotes: int
    failures: tuple[ParseFailure, ...]
    #: The files written, in partition order.
    files: tuple[str, ...]


def _write_partition(
    records: Sequence[dict[str, Any]], directory: str, fmt: str, partition: int
) -> list[dict[str, Any]]:
    """Write one partition; returns one small dictionary of counts (runs on a worker)."""
    articles = quotes = 0
    failures: list[dict[str, Any]] = []
    files: list[str] = []
    name = f"part-{partition:05d}"
    root = Path(directory)
    if fmt == "parquet":
        path = root / "articles" / f"{name}.parquet"
        quotes_path = root / "quotes" / f"{name}.parquet"
        files += [str(path), str(quotes_path)]
        with ParquetWriter(path, quotes=quotes_path) as parquet:
            for record in records:
                if record.get("failure"):
                    failures.append(record)
                    continue
                article = Article.from_dict(record)
                parquet.write(article, record["id"])
                articles += 1
                quotes += len(article.quotes)
    else:
        path = root / f"{name}.jsonl"
        files.append(str(path))
        with open(path, "w", encoding="utf-8") as stream:
            for record in records:
                if record.get("failure"):
                    failures.append(record)
                    continue
                stream.write(json.dumps(record, ensure_ascii=False) + "\n")
                articles += 1
                quotes += len(record.get("quotes", ()))
    return [{"articles": articles, "quotes": quotes, "failures": failures, "files": files}]


def write_bag(
    bag: Any,
    directory: str | os.PathLike[str],
    *,
    format: Literal["parquet", "jsonl"] = "parquet",
    compute: bool = True,
) -> Any:
    """Write a bag from :func:`parse_bag` to *directory*, one file per partition.

    ``format="parquet"`` writes ``articles/part-NNNNN.parquet`` and
    ``quotes/part-NNNNN.parquet`` (the columns of
    :data:`koreanews.output.ARTICLE_COLUMNS` and
    :data:`~koreanews.output.QUOTE_COLUMNS`; read a whole table with
    ``pyarrow.parquet.read_table(directory / "articles")``).
    ``format="jsonl"`` writes ``part-NNNNN.jsonl``, one article dictionary per
    line (with its ``"id"``).  Failures are not written; they come back in the
    :class:`WriteSummary`.  With ``compute=False`` the delayed bag of counts is
    returned instead, to compute later.
    """
    if format not in ("parquet", "jsonl"):
        raise ValueError(f"format must be 'parquet' or 'jsonl', got {format!r}")
    db = _bag_module()
    root = Path(directory)
    if format == "parquet":
        _pyarrow()  # fail here, not on every worker
        (root / "articles").mkdir(parents=True, exist_ok=True)
        (root / "quotes").mkdir(parents=True, exist_ok=True)
    else:
        root.mkdir(parents=True, exist_ok=True)
    partitions = db.range(bag.npartitions, npartitions=bag.npartitions)
    counts = db.map_partitions(_write_partition_indexed, bag, partitions, str(root), format)
    if not compute:
        return counts
    parts = counts.compute()
    return WriteSummary(
        articles=sum(p["articles"] for p in parts),
        quotes=sum(p["quotes"] for p in parts),
        failures=tuple(
            ParseFailure(
                index=f["index"], source=f["source"], error=f["error"], message=f["message"]
            )
            for p in parts
            for f in p["failures"]
        ),
        files=tuple(f for p in parts for f in p["files"]),
    )


def _write_partition_indexed(
    records: Iterable[dict[str, Any]], partition: Iterable[int], directory: str, fmt: str
) -> list[dict[str, Any]]:
    (number,) = list(partition)
    return _write_partition(list(records), directory, fmt, number)
