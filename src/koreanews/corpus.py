"""Parse many articles: :func:`parse_many` and :class:`ParseFailure`.

:func:`parse_many` streams: it reads its input lazily, keeps a bounded number
of chunks in flight and yields each result as soon as it may, so memory stays
flat on millions of inputs.  With ``workers`` greater than one it runs
:func:`~koreanews.parse` in a pool of processes; the functions sent to the
workers live at module level, so every start method (``fork``, ``forkserver``,
``spawn``) works.  An input that cannot be parsed becomes a
:class:`ParseFailure` in the output and the run goes on.
"""

from __future__ import annotations

import concurrent.futures as cf
import multiprocessing
import os
import pickle
import warnings
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures.process import BrokenProcessPool
from itertools import islice
from typing import Any, Literal, TypeAlias, overload

import attrs

from .annotation import Annotation, Annotator
from .exceptions import InputError, KoreanewsError
from .header import parse_header
from .models import Article
from .pipeline import Audience, article_language, check_codec, decode, parse, read_file

__all__ = ["Item", "NamedText", "ParseFailure", "Result", "parse_many"]

#: One input of :func:`parse_many`: a text (``str`` or UTF-8 ``bytes``) or a path.
Item: TypeAlias = "str | bytes | os.PathLike[str] | NamedText"

#: Items sent to a worker in one task, unless ``chunksize`` says otherwise.
DEFAULT_CHUNKSIZE = 32
#: Texts given to ``Annotator.annotate_many`` at once, unless ``chunksize`` says otherwise.
DEFAULT_BATCH_SIZE = 32
#: Chunks in flight per worker: enough to keep every worker busy, few enough to bound memory.
_CHUNKS_PER_WORKER = 4


@attrs.frozen
class ParseFailure:
    """An input that :func:`parse_many` could not parse, yielded in its place.

    >>> failure = ParseFailure(index=3, source="a.txt", error="InputError", message="a.txt: ...")
    >>> str(failure)
    'a.txt: ...'
    """

    #: Position of the input in the iterable given to :func:`parse_many` (0-based).
    index: int
    #: The path of a file input, or None for a text.
    source: str | None
    #: The class name of the exception (``"InputError"``, ``"HeaderError"`` ...).
    error: str
    #: The first line of the exception's message.
    message: str

    #: Always False: tells a failure from an :class:`~koreanews.Article` without isinstance.
    ok = False

    def where(self) -> str:
        """The path, or ``<item N>`` for a text."""
        return self.source if self.source is not None else f"<item {self.index}>"

    def __str__(self) -> str:
        where = self.where()
        return self.message if where in self.message else f"{where}: {self.message}"

    def to_dict(self) -> dict[str, Any]:
        """A dictionary of plain JSON types (``{"failure": true, ...}``)."""
        return {
            "failure": True,
            "index": self.index,
            "source": self.source,
            "error": self.error,
            "message": self.message,
        }


#: What :func:`parse_many` yields for each input.
Result: TypeAlias = "Article | ParseFailure"


#: Applied to each article where it was parsed (in the worker); must be picklable.
Finish: TypeAlias = "Callable[[Article, int], Any]"


@attrs.frozen
class _Options:
    """The parse options, sent once with every chunk (small and picklable)."""

    lang: str | None = None
    strict: bool = False
    encoding: str = "utf-8"
    errors: str = "strict"
    record: bool = True
    #: Turns ``(article, index)`` into what is sent back (for example a JSON line).
    finish: Finish | None = None
    #: Whose words the hints in error messages use: keyword arguments or command-line flags.
    audience: Audience = "python"


@attrs.frozen
class NamedText:
    """A text with the name it is known by (kept as ``Article.source``).

    >>> NamedText(' date 2018-02 "Ja", zegt Kim.', "kcna-0193").source
    'kcna-0193'
    """

    #: The article (``bytes`` are decoded like files).
    text: str | bytes
    #: Its name: an identifier, a URL, ``"<stdin>"`` ...
    source: str


def _source_of(item: object) -> str | None:
    if isinstance(item, NamedText):
        return item.source
    return os.fspath(item) if isinstance(item, os.PathLike) else None


def _failure(index: int, item: object, exc: BaseException) -> ParseFailure:
    lines = str(exc).splitlines()
    return ParseFailure(
        index=index,
        source=_source_of(item),
        error=type(exc).__name__,
        message=lines[0] if lines else type(exc).__name__,
    )


def _raisable(index: int, item: object, exc: Exception) -> Exception:
    """*exc* if it survives a trip between processes, else a KoreanewsError that says it."""
    try:
        pickle.loads(pickle.dumps(exc))
    except Exception:
        return KoreanewsError(str(_failure(index, item, exc)))
    return exc


def _parse_one(item: object, options: _Options) -> Article:
    source = None
    if isinstance(item, NamedText):
        source, item = item.source, item.text
    if isinstance(item, os.PathLike):
        return read_file(
            item,
            encoding=options.encoding,
            errors=options.errors,
            lang=options.lang,
            strict=options.strict,
            audience=options.audience,
        )
    if isinstance(item, (bytes, bytearray)):
        item = decode(
            bytes(item),
            encoding=options.encoding,
            errors=options.errors,
            source=source,
            audience=options.audience,
        )
    if not isinstance(item, str):
        raise InputError(
            f"expected a text (str, bytes) or a path, got {type(item).__name__}", source=source
        )
    return parse(item, lang=options.lang, strict=options.strict, source=source)


def _finish(article: Article, index: int, options: _Options) -> Any:
    return article if options.finish is None else options.finish(article, index)


def _parse_chunk(chunk: Sequence[tuple[int, object]], options: _Options) -> list[Any]:
    """Parse one chunk of ``(index, item)`` pairs (runs in a worker process)."""
    results: list[Any] = []
    for index, item in chunk:
        try:
            results.append(_finish(_parse_one(item, options), index, options))
        except Exception as exc:
            if not options.record:
                raise _raisable(index, item, exc) from None
            results.append(_failure(index, item, exc))
    return results


def _chunks(items: Iterable[object], size: int) -> Iterator[list[tuple[int, object]]]:
    numbered = enumerate(items)
    while chunk := list(islice(numbered, size)):
        yield chunk


def _in_process(items: Iterable[object], options: _Options) -> Iterator[Any]:
    for index, item in enumerate(items):
        try:
            result = _finish(_parse_one(item, options), index, options)
        except Exception as exc:
            if not options.record:
                raise
            result = _failure(index, item, exc)
        yield result


_Chunk: TypeAlias = "list[tuple[int, object]]"
_Future: TypeAlias = "cf.Future[list[Any]]"

#: The message of a failure whose worker process died (see :func:`parse_many`).
WORKER_DIED = (
    "the worker process died while parsing it (killed for lack of memory, "
    "or a crash in native code)"
)


class _Pool:
    """A process pool that survives the death of a worker.

    When a worker dies (the operating system killed it for memory, native code
    crashed), every task in flight fails with ``BrokenProcessPool``.  The pool
    is then replaced, the chunk that was being waited for is parsed again one
    item at a time (an item that kills a worker on its own becomes a
    :class:`ParseFailure`), and the other chunks in flight are sent again.
    """

    def __init__(self, workers: int, options: _Options, mp_context: str | None) -> None:
        self._workers = workers
        self._options = options
        self._context = multiprocessing.get_context(mp_context)
        self._executor = self._new()

    def _new(self) -> cf.ProcessPoolExecutor:
        return cf.ProcessPoolExecutor(max_workers=self._workers, mp_context=self._context)

    def submit(self, chunk: _Chunk) -> _Future:
        try:
            return self._executor.submit(_parse_chunk, chunk, self._options)
        except BrokenProcessPool as exc:
            # Broken before its futures said so: fail this one too, to be sent again.
            future: _Future = cf.Future()
            future.set_exception(exc)
            return future

    def renew(self) -> None:
        self._executor.shutdown(wait=True, cancel_futures=True)
        self._executor = self._new()

    def isolate(self, chunk: _Chunk) -> list[Any]:
        """Parse *chunk* item by item in a fresh pool; a killer item becomes a failure."""
        self.renew()
        results: list[Any] = []
        for index, item in chunk:
            try:
                results.extend(self.submit([(index, item)]).result())
            except BrokenProcessPool as exc:
                self.renew()
                failure = ParseFailure(index, _source_of(item), type(exc).__name__, WORKER_DIED)
                if not self._options.record:
                    raise KoreanewsError(str(failure)) from exc
                results.append(failure)
        return results

    def close(self) -> None:
        self._executor.shutdown(wait=True, cancel_futures=True)


def _pooled(
    items: Iterable[object],
    workers: int,
    options: _Options,
    *,
    ordered: bool,
    chunksize: int,
    mp_context: str | None,
) -> Iterator[Any]:
    chunks = _chunks(items, chunksize)
    limit = workers * _CHUNKS_PER_WORKER
    pool = _Pool(workers, options, mp_context)
    try:
        if ordered:
            queue: deque[tuple[_Future, _Chunk]] = deque()
            for chunk in islice(chunks, limit):
                queue.append((pool.submit(chunk), chunk))
            while queue:
                future, chunk = queue.popleft()
                try:
                    results = future.result()
                except BrokenProcessPool:
                    rest = [c for _, c in queue]
                    queue.clear()
                    results = pool.isolate(chunk)
                    queue.extend((pool.submit(c), c) for c in rest)
                if (more := next(chunks, None)) is not None:
                    queue.append((pool.submit(more), more))
                yield from results
        else:
            running: dict[_Future, _Chunk] = {}
            for chunk in islice(chunks, limit):
                running[pool.submit(chunk)] = chunk
            while running:
                done, _ = cf.wait(running, return_when=cf.FIRST_COMPLETED)
                for future in done:
                    if future not in running:  # failed with a dead worker and sent again
                        continue
                    chunk = running.pop(future)
                    try:
                        results = future.result()
                    except BrokenProcessPool:
                        # Every chunk in flight failed with it: send them all again.
                        rest = list(running.values())
                        running.clear()
                        results = pool.isolate(chunk)
                        running.update((pool.submit(c), c) for c in rest)
                    if (more := next(chunks, None)) is not None:
                        running[pool.submit(more)] = more
                    yield from results
    finally:
        pool.close()


def _annotated(
    items: Iterable[object], options: _Options, annotator: Annotator, batch_size: int
) -> Iterator[Any]:
    """Parse in this process, annotating each batch with one ``annotate_many`` call."""
    for chunk in _chunks(items, batch_size):
        ready: list[tuple[int, object, str, str]] = []
        out: dict[int, Any] = {}
        for index, item in chunk:
            try:
                raw, lang = _prepare(item, options)
            except Exception as exc:
                if not options.record:
                    raise
                out[index] = _failure(index, item, exc)
            else:
                ready.append((index, item, raw, lang))
        annotations: Sequence[Annotation | Annotator]
        try:
            annotations = annotator.annotate_many([r[2] for r in ready], [r[3] for r in ready])
            if len(annotations) != len(ready):
                raise KoreanewsError(
                    f"annotate_many returned {len(annotations)} annotations for {len(ready)} texts"
                )
        except Exception:
            if not options.record:
                raise
            # Find the culprit: annotate text by text, so only it fails.
            annotations = [annotator] * len(ready)
        for (index, item, raw, lang), annotation in zip(ready, annotations, strict=True):
            try:
                article = parse(
                    raw,
                    lang=lang,
                    strict=options.strict,
                    annotator=annotation,
                    source=_source_of(item),
                )
                out[index] = _finish(article, index, options)
            except Exception as exc:
                if not options.record:
                    raise
                out[index] = _failure(index, item, exc)
        for index, _item in chunk:
            yield out[index]


def _prepare(item: object, options: _Options) -> tuple[str, str]:
    """The text of *item* and the language it will be parsed in."""
    source = _source_of(item)
    if isinstance(item, NamedText):
        item = item.text
    data: bytes | None = None
    if isinstance(item, os.PathLike):
        try:
            with open(item, "rb") as handle:
                data = handle.read()
        except OSError as exc:
            raise InputError(f"cannot read file: {exc.strerror or exc}", source=source) from None
    elif isinstance(item, (bytes, bytearray)):
        data = bytes(item)
    if data is not None:
        raw = decode(
            data,
            encoding=options.encoding,
            errors=options.errors,
            source=source,
            audience=options.audience,
        )
    elif isinstance(item, str):
        raw = item
    else:
        raise InputError(
            f"expected a text (str, bytes) or a path, got {type(item).__name__}", source=source
        )
    head = parse_header(raw, strict=options.strict, source=source)
    return raw, article_language(raw[head.body_start :], options.lang)


@overload
def parse_many(
    items: Iterable[Item],
    workers: int | None = ...,
    *,
    ordered: bool = ...,
    lang: str | None = ...,
    strict: bool = ...,
    encoding: str = ...,
    errors: str = ...,
    chunksize: int | None = ...,
    annotator: Annotator | None = ...,
    on_error: Literal["raise"],
    mp_context: str | None = ...,
) -> Iterator[Article]: ...


@overload
def parse_many(
    items: Iterable[Item],
    workers: int | None = ...,
    *,
    ordered: bool = ...,
    lang: str | None = ...,
    strict: bool = ...,
    encoding: str = ...,
    errors: str = ...,
    chunksize: int | None = ...,
    annotator: Annotator | None = ...,
    on_error: Literal["record"] = ...,
    mp_context: str | None = ...,
) -> Iterator[Result]: ...


def parse_many(
    items: Iterable[Item],
    workers: int | None = None,
    *,
    ordered: bool = True,
    lang: str | None = None,
    strict: bool = False,
    encoding: str = "utf-8",
    errors: str = "strict",
    chunksize: int | None = None,
    annotator: Annotator | None = None,
    on_error: Literal["record", "raise"] = "record",
    mp_context: str | None = None,
) -> Iterator[Result]:
    """Parse many texts or files, streaming, optionally in a pool of processes.

    Each item is a text (``str``, or ``bytes`` decoded with *encoding*), a
    path (any :class:`os.PathLike`, such as :class:`pathlib.Path`; a plain
    ``str`` is always a text, so wrap file names in ``Path``), or a
    :class:`NamedText` (a text with the name kept as ``Article.source``).  The iterable is
    consumed lazily and at most a few chunks per worker are in flight, so a
    generator over millions of files runs in constant memory.

    :param items: an iterable of texts, paths and :class:`NamedText`, such as a
        list or a generator (never one ``str``: see below).
    :param workers: ``None`` or ``1`` parses in this process; ``N > 1`` starts
        *N* worker processes; ``0`` means one per CPU.
    :param ordered: ``True`` yields results in input order; ``False`` yields
        each chunk as soon as it is done (faster when inputs differ in size);
        use :attr:`ParseFailure.index` or ``Article.source`` to match them up.
    :param lang: as for :func:`~koreanews.parse`.
    :param strict: as for :func:`~koreanews.parse`.
    :param encoding: how files and ``bytes`` are decoded, as for
        :func:`~koreanews.parse_file` (default UTF-8).
    :param errors: what to do with undecodable bytes, as for
        :func:`~koreanews.parse_file` (default ``"strict"``).
    :param chunksize: items per task sent to a worker (default 32), or texts
        per ``annotate_many`` call with an *annotator* (default 32).
    :param annotator: an :class:`~koreanews.Annotator`; texts are then parsed in
        this process, in batches, with one ``annotate_many`` call per batch
        (*workers* is ignored, with a warning).
    :param on_error: ``"record"`` (the default) yields a :class:`ParseFailure`
        in place of an input that raised and goes on (also when the input made
        a worker process die: only that input fails); ``"raise"`` stops with
        the exception.
    :param mp_context: the :mod:`multiprocessing` start method for the pool
        (``"spawn"``, ``"forkserver"``, ``"fork"``); default: the platform's.
        Under ``spawn`` (Windows, macOS) call ``parse_many`` from code guarded
        by ``if __name__ == "__main__":``.
    :returns: an iterator of :class:`~koreanews.Article` and
        :class:`ParseFailure`, exactly one per input.
    :raises InputError: at once, when *items* is a single ``str``, ``bytes`` or
        path instead of an iterable of them (``parse_many([text])`` parses one
        text), or *encoding* or *errors* is unknown.

    >>> from pathlib import Path
    >>> results = list(parse_many([' date 2018-02 "Ja", zegt Kim.', Path("missing.txt")]))
    >>> [type(r).__name__ for r in results]
    ['Article', 'ParseFailure']
    >>> results[1].source
    'missing.txt'
    """
    return _parse_many(
        items,
        workers,
        ordered=ordered,
        lang=lang,
        strict=strict,
        encoding=encoding,
        errors=errors,
        chunksize=chunksize,
        annotator=annotator,
        on_error=on_error,
        mp_context=mp_context,
    )


def _check_items(items: object) -> None:
    """Refuse one text or one path where an iterable of them is expected."""
    if isinstance(items, (str, bytes, bytearray, NamedText)):
        what = "one text" if not isinstance(items, NamedText) else "one NamedText"
        raise InputError(
            f"parse_many() takes an iterable of articles and was given {what} "
            f"({type(items).__name__}), whose characters it would parse one by one; "
            "use parse(text) for one article, or parse_many([text]) for a list of one"
        )
    if isinstance(items, os.PathLike):
        raise InputError(
            f"parse_many() takes an iterable of articles and was given one path ({items!s}); "
            "use parse_file(path) for one file, or parse_many(sorted(folder.glob('*.txt'))) "
            "for the files of a folder"
        )
    if not isinstance(items, Iterable):
        raise InputError(
            f"parse_many() takes an iterable of articles (texts, paths, NamedText), "
            f"got {type(items).__name__}"
        )


def _parse_many(
    items: Iterable[Item],
    workers: int | None = None,
    *,
    ordered: bool = True,
    lang: str | None = None,
    strict: bool = False,
    encoding: str = "utf-8",
    errors: str = "strict",
    chunksize: int | None = None,
    annotator: Annotator | None = None,
    on_error: Literal["record", "raise"] = "record",
    mp_context: str | None = None,
    finish: Finish | None = None,
    audience: Audience = "python",
) -> Iterator[Any]:
    """:func:`parse_many`, with *finish* applied to each article where it was parsed."""
    _check_items(items)
    check_codec(encoding, errors, audience=audience)
    if on_error not in ("record", "raise"):
        raise ValueError(f"on_error must be 'record' or 'raise', got {on_error!r}")
    if chunksize is not None and chunksize < 1:
        raise ValueError(f"chunksize must be >= 1, got {chunksize}")
    if workers is not None and workers < 0:
        raise ValueError(f"workers must be >= 0, got {workers}")
    options = _Options(
        lang=lang,
        strict=strict,
        encoding=encoding,
        errors=errors,
        record=on_error == "record",
        finish=finish,
        audience=audience,
    )
    if annotator is not None:
        if workers is not None and workers > 1:
            warnings.warn(
                "parse_many runs an annotator in this process; workers is ignored",
                stacklevel=3,
            )
        return _annotated(items, options, annotator, chunksize or DEFAULT_BATCH_SIZE)
    if workers == 0:
        workers = os.cpu_count() or 1
    if workers is None or workers == 1:
        return _in_process(items, options)
    return _pooled(
        items,
        workers,
        options,
        ordered=ordered,
        chunksize=chunksize or DEFAULT_CHUNKSIZE,
        mp_context=mp_context,
    )
