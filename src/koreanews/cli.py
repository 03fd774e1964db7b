"""The ``koreanews`` command line.

``koreanews parse PATH... [-r] [--workers N] [-o OUT]``
    Parse article files and directories (or ``-`` for standard input) and
    write one JSON object per line (``--format text`` for a readable summary,
    ``--format parquet`` for an article table and a quote table).
``koreanews eval GOLD.jsonl...``
    Score the parser against gold files and print the table (``--json``).
``koreanews explain FILE...``
    For each quotation of each article, the rules tried, the cue and source phrase
    found, the resolver that chose the speaker and the evidence.
``koreanews render FILE... -o OUT``
    Write an HTML view of one article (``OUT`` is the page), or of several
    files or a directory of ``*.txt`` files (``OUT`` is a directory with one
    page per article and an ``index.html``).
"""

from __future__ import annotations

import argparse
import contextlib
import fnmatch
import json
import os
import sys
import threading
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, TextIO

import attrs

from . import __version__
from .corpus import Item, NamedText, ParseFailure, _parse_many
from .evaluate import evaluate, format_table, load_gold
from .exceptions import ArticleFormatError, InputError, KoreanewsError
from .explain import explain, format_explanation
from .lang import supported_languages
from .models import Article, BlockKind
from .output import (
    ArticleWriter,
    JsonLinesWriter,
    ParquetWriter,
    Prepared,
    prepare_jsonl,
    prepare_parquet,
)
from .pipeline import ERRORS, check_codec, decode, parse, read_file
from .render import render_html, render_index

__all__ = ["main"]


def _one_line(text: str) -> str:
    """*text* on one line: white space, line breaks included, collapsed to one space."""
    return " ".join(text.split())


def _quote_line(text: str) -> str:
    """A quote's words on one line; ``¶`` marks where a paragraph of a long quote ends."""
    return " ¶ ".join(_one_line(part) for part in text.split("\n") if part.strip())


def _plural(count: int, word: str) -> str:
    """``1 failure``, ``2 failures``."""
    return f"{count} {word}{'' if count == 1 else 's'}"


def summary(article: Article) -> str:
    """A readable summary of *article*: one line per fact, one line per quote.

    The paragraphs of a quote over several paragraphs are joined on its line
    with ``¶``.
    """
    lines = [f"== {article.source or '<text>'}"]
    lines.append(
        f"date: {article.date.isoformat() if article.date else '-'}   language: {article.lang}"
    )
    for warning in article.warnings:
        lines.append(f"warning: {_one_line(warning)}")
    for heading in article.headings:
        lines.append(f"heading: {_one_line(heading)}")
    lines.append(f"paragraphs: {len(article.paragraphs)}   boilerplate: {len(article.boilerplate)}")
    for text in article.boilerplate:
        lines.append(f"  boilerplate: {_one_line(text)}")
    if article.people:
        lines.append("people: " + ", ".join(_one_line(p.name) for p in article.people))
    for q in article.quotes:
        who = _one_line(q.speaker.name) if q.speaker else "?"
        cue = f" [{_one_line(q.cue)}]" if q.cue else ""
        lines.append(f"  {q.kind.value:<8} {who}{cue}: {_quote_line(q.text)}")
    return "\n".join(lines)


def _write(out: TextIO, article: Article, fmt: str) -> None:
    if fmt == "text":
        out.write(summary(article) + "\n\n")
    else:
        out.write(article.to_json() + "\n")


def _walk(directory: Path, pattern: str, recursive: bool) -> Iterator[Path]:
    """Files in *directory* whose name matches *pattern*, sorted, found lazily."""
    for root, dirs, files in os.walk(directory):
        dirs.sort()
        for name in sorted(files):
            if fnmatch.fnmatch(name, pattern):
                yield Path(root, name)
        if not recursive:
            return


def _parse_inputs(args: argparse.Namespace) -> Iterator[Item]:
    """The items for :func:`parse_many`: file paths, directory walks, standard input."""
    for name in args.files:
        if name == "-":
            yield NamedText(sys.stdin.buffer.read(), "<stdin>")
        elif os.path.isdir(name):
            found = 0
            for path in _walk(Path(name), args.glob, args.recursive):
                found += 1
                yield path
            if not found:
                hint = "" if args.recursive else " (add --recursive for subdirectories)"
                print(
                    f"koreanews: warning: no files matching {args.glob!r} in {name}{hint}",
                    file=sys.stderr,
                )
        else:
            yield Path(name)


class _Count:
    """Counts the inputs of a run in a thread, so the run starts before the count ends.

    Directories are walked twice, once here and once lazily for the parse: a
    listing costs far less than parsing, and it gives the progress bar a total
    and a time estimate.
    """

    def __init__(self, args: argparse.Namespace) -> None:
        self.total: int | None = None
        self._args = args
        self._thread = threading.Thread(target=self._run, name="koreanews-count", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        args = self._args
        total = 0
        for name in args.files:
            if name != "-" and os.path.isdir(name):
                total += sum(1 for _ in _walk(Path(name), args.glob, args.recursive))
            else:
                total += 1
        self.total = total

    def wait(self, timeout: float | None = None) -> int | None:
        self._thread.join(timeout)
        return self.total


def _progress_bar(args: argparse.Namespace) -> Any:
    """A tqdm bar on stderr, or None (--quiet, stderr not a terminal, tqdm not installed).

    Its total (and so its time estimate) is the number of inputs: known at once
    for files, counted in a thread for directories (see :func:`_update_total`).
    """
    if args.quiet or not sys.stderr.isatty():
        return None
    try:
        from tqdm import tqdm
    except ImportError:
        return None
    plain_files = all(n == "-" or not os.path.isdir(n) for n in args.files)
    # No monitor thread: worker processes may be forked after the bar starts.
    tqdm.monitor_interval = 0
    bar = tqdm(
        total=len(args.files) if plain_files else None,
        unit=" articles",
        file=sys.stderr,
        dynamic_ncols=True,
    )
    bar.koreanews_count = None if plain_files else _Count(args)
    return bar


def _update_total(bar: Any) -> None:
    """Give *bar* its total once the thread that counts the inputs is done."""
    count = getattr(bar, "koreanews_count", None)
    if count is not None and count.total is not None:
        bar.total = count.total
        bar.koreanews_count = None
        bar.refresh()


def _prepare_text(article: Article, id: int) -> Prepared:
    """``--format text``, prepared where the article was parsed."""
    return Prepared.of(article, summary(article) + "\n\n")


def _empty_warning(source: str | None) -> str:
    name = source or "<text>"
    what = "the input" if name == "<stdin>" else "the file"
    return f"koreanews: warning: {name}: {what} is empty (no text to parse)"


class _TextWriter:
    """``--format text``: the readable summary of each article."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def write(self, article: Article, id: int) -> None:
        _write(self._stream, article, "text")

    def write_prepared(self, data: str) -> None:
        self._stream.write(data)

    def close(self) -> None:
        self._stream.flush()


def _cmd_parse(args: argparse.Namespace) -> int:
    if args.format == "parquet" and args.output in (None, "-"):
        print("koreanews: error: --format parquet needs -o FILE.parquet", file=sys.stderr)
        return 2
    if args.workers is not None and args.workers < 0:
        print("koreanews: error: --workers must be 0 (one per CPU) or more", file=sys.stderr)
        return 2
    started = time.perf_counter()
    articles = quotes = failures = 0
    bar = _progress_bar(args)
    say = print if bar is None else bar.write
    with contextlib.ExitStack() as stack:
        try:
            writer: ArticleWriter
            if args.format == "parquet":
                writer = ParquetWriter(args.output)
            else:
                stream: TextIO = (
                    stack.enter_context(open(args.output, "w", encoding="utf-8"))
                    if args.output and args.output != "-"
                    else sys.stdout
                )
                writer = JsonLinesWriter(stream) if args.format == "jsonl" else _TextWriter(stream)
            stack.callback(writer.close)
        except OSError as exc:
            print(f"koreanews: error: cannot write {args.output}: {exc.strerror}", file=sys.stderr)
            return 2
        if bar is not None:
            stack.callback(bar.close)
        prepare = {"jsonl": prepare_jsonl, "parquet": prepare_parquet}.get(
            args.format, _prepare_text
        )
        # Articles are serialised where they are parsed: only strings and rows travel.
        results = _parse_many(
            _parse_inputs(args),
            args.workers,
            lang=args.lang,
            strict=args.strict,
            encoding=args.encoding,
            errors=args.errors,
            finish=prepare,
            audience="cli",
        )
        interrupted = False
        try:
            for result in results:
                if isinstance(result, ParseFailure):
                    failures += 1
                    say(f"koreanews: error: {result}{_hint(result.error)}", file=sys.stderr)
                else:
                    if result.empty:
                        say(_empty_warning(result.source), file=sys.stderr)
                    writer.write_prepared(result.data)
                    articles += 1
                    quotes += result.quotes
                if bar is not None:
                    _update_total(bar)
                    bar.update(1)
        except KeyboardInterrupt:
            # What was written stays valid: the writer is closed on the way out.
            interrupted = True
        else:
            if bar is not None and bar.total is None:  # finished before the count did
                bar.total = bar.n
                bar.refresh()
    if not args.quiet or interrupted:
        seconds = time.perf_counter() - started
        rate = articles / seconds if seconds > 0 else 0.0
        print(
            f"koreanews: {'interrupted after ' if interrupted else ''}"
            f"{_plural(articles, 'article')}, {_plural(quotes, 'quote')}, "
            f"{_plural(failures, 'failure')} in {seconds:.1f} s ({rate:.0f} articles/s)",
            file=sys.stderr,
        )
    if interrupted:
        return 130
    return 1 if failures else 0


def _cmd_eval(args: argparse.Namespace) -> int:
    gold = [record for path in args.gold for record in load_gold(path)]
    report = evaluate(gold)
    if args.json:
        print(json.dumps(report.to_dict(), indent=2))
    else:
        print(format_table(report))
    return 0


def _cmd_explain(args: argparse.Namespace) -> int:
    failures = 0
    for name in args.files:
        try:
            if name == "-":
                data, source = sys.stdin.buffer.read(), "<stdin>"
            else:
                data, source = Path(name).read_bytes(), name
        except OSError as exc:
            print(f"koreanews: error: {name}: cannot read file: {exc.strerror}", file=sys.stderr)
            failures += 1
            continue
        try:
            raw = decode(
                data, encoding=args.encoding, errors=args.errors, source=source, audience="cli"
            )
            article, notes = explain(raw, lang=args.lang, source=source)
        except KoreanewsError as exc:
            print(f"koreanews: error: {exc}", file=sys.stderr)
            failures += 1
            continue
        print(format_explanation(article, notes))
    return 1 if failures else 0


def _render_inputs(names: Sequence[str], output: str | None) -> tuple[list[str], bool]:
    """The files to render, and whether the output is a corpus directory.

    It is one when there are several files, a directory among them, or when
    OUT is an existing directory or ends with a slash.
    """
    files: list[str] = []
    corpus = len(names) > 1 or (
        output not in (None, "-") and (output.endswith(("/", os.sep)) or Path(output).is_dir())
    )
    for name in names:
        path = Path(name)
        if name.endswith(".jsonl"):
            corpus = True
        if name != "-" and path.is_dir():
            corpus = True
            # The files `koreanews parse DIR` reads: a broken link is listed, and reported.
            found = [str(f) for f in _walk(path, "*.txt", recursive=False)]
            if not found:
                print(f"koreanews: warning: no *.txt files in {name}", file=sys.stderr)
            files.extend(found)
        else:
            files.append(name)
    return files, corpus


def _page_name(name: str, used: set[str]) -> str:
    stem = Path(name).stem or "article"
    page, n = stem, 1
    while page.casefold() in used or page.casefold() == "index":
        n += 1
        page = f"{stem}-{n}"
    used.add(page.casefold())
    return page + ".html"


#: What to do about an error, in the command line's words, by the error's class name.
_ERROR_HINTS = {
    "HeaderError": (
        " (start the article with a header such as ' date 2018-02 ' or"
        " 'date 14 februari 2018', or leave out --strict to accept articles without one)"
    ),
}


def _hint(error: str) -> str:
    return _ERROR_HINTS.get(error, "")


def _read_article(name: str, args: argparse.Namespace) -> Article | None:
    codec = {"encoding": args.encoding, "errors": args.errors}
    try:
        if name == "-":
            data = sys.stdin.buffer.read()
            raw = decode(data, source="<stdin>", audience="cli", **codec)
            article = parse(raw, lang=args.lang, strict=args.strict, source="<stdin>")
        else:
            article = read_file(name, lang=args.lang, strict=args.strict, audience="cli", **codec)
    except KoreanewsError as exc:
        first = str(exc).splitlines()[0]
        shown = first if name in first else f"{name}: {first}"
        print(f"koreanews: error: {shown}{_hint(type(exc).__name__)}", file=sys.stderr)
        return None
    if not article.text.strip():
        print(_empty_warning(article.source), file=sys.stderr)
    return article


def _read_articles(name: str, args: argparse.Namespace) -> Iterator[tuple[str, Article | None]]:
    """``(name for the page, article or None)`` for one input.

    A ``.jsonl`` file holds articles written by ``koreanews parse``, one a line;
    any other file is an article to parse.
    """
    if not name.endswith(".jsonl"):
        yield name, _read_article(name, args)
        return
    try:
        with open(name, encoding="utf-8") as stream:
            for number, line in enumerate(stream, 1):
                if line.strip():
                    yield _article_line(name, number, line)
    except (OSError, UnicodeDecodeError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else exc
        print(f"koreanews: error: {name}: cannot read file: {reason}", file=sys.stderr)
        yield name, None


def _article_line(name: str, number: int, line: str) -> tuple[str, Article | None]:
    try:
        article = Article.from_json(line)
    except ArticleFormatError as exc:
        print(f"koreanews: error: {name}:{number}: {exc}", file=sys.stderr)
        return name, None
    return article.source or f"{Path(name).stem}-{number}", article


def _for_index(article: Article) -> Article:
    """What the index needs of *article*, so a large corpus is not kept in memory."""
    return attrs.evolve(
        article,
        text="",
        # the headline titles the index row; a subheading never does
        blocks=[b for b in article.blocks if b.kind is BlockKind.HEADLINE][:1],
        quotes=[attrs.evolve(q, text="", parts=()) for q in article.quotes],
        entities=(),
    )


def _cmd_render(args: argparse.Namespace) -> int:
    files, corpus = _render_inputs(args.files, args.output)
    if not corpus:
        article = _read_article(files[0], args)
        if article is None:
            return 1
        page = render_html(article, title=args.title)
        if args.output in (None, "-"):
            sys.stdout.write(page)
        else:
            Path(args.output).write_text(page, encoding="utf-8")
        return 0
    if not args.output or args.output == "-":
        print("koreanews: error: rendering several articles needs -o DIRECTORY", file=sys.stderr)
        return 2
    if "-" in files:
        print("koreanews: error: standard input (-) renders one article only", file=sys.stderr)
        return 2
    out = Path(args.output)
    out.mkdir(parents=True, exist_ok=True)
    used: set[str] = set()
    rendered: list[tuple[Article, str]] = []
    failures = 0
    for name, article in (item for file in files for item in _read_articles(file, args)):
        if article is None:
            failures += 1
            continue
        page = _page_name(name, used)
        (out / page).write_text(render_html(article, index_href="index.html"), encoding="utf-8")
        rendered.append((_for_index(article), page))
    index = render_index(rendered, title=args.title or "Articles")
    (out / "index.html").write_text(index, encoding="utf-8")
    return 1 if failures else 0


def _add_reading_options(parser: argparse.ArgumentParser) -> None:
    """The options on how articles are read, shared by the subcommands that read them."""
    parser.add_argument("--lang", choices=supported_languages(), help="skip language detection")
    parser.add_argument(
        "--strict", action="store_true", help="fail on a missing or malformed date header"
    )
    parser.add_argument(
        "--encoding",
        default="utf-8",
        type=_encoding,
        metavar="CODEC",
        help="the encoding of the files (default: utf-8; cp1252 for Windows-1252, latin-1)",
    )
    parser.add_argument(
        "--errors",
        choices=ERRORS,
        default="strict",
        help=(
            "what to do with bytes that are not valid in the encoding: strict fails "
            "(default), replace puts U+FFFD in their place, ignore drops them"
        ),
    )


def _encoding(value: str) -> str:
    """Check ``--encoding`` while the arguments are read (a clear usage error)."""
    try:
        check_codec(value, "strict", audience="cli")
    except InputError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None
    return value


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the ``koreanews`` command."""
    p = argparse.ArgumentParser(
        prog="koreanews",
        description="Structured data from Dutch and English news articles.",
    )
    p.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")

    pp = sub.add_parser(
        "parse",
        help="parse articles and write JSON Lines (or text, or Parquet)",
        description=(
            "Parse article files, directories of them (-r for subdirectories) "
            "or - for standard input.  A file that cannot be parsed is reported "
            "on stderr and the others are parsed; the exit status is then 1."
        ),
    )
    pp.add_argument(
        "files", nargs="+", metavar="PATH", help="article files, directories, or - for stdin"
    )
    pp.add_argument(
        "-r", "--recursive", action="store_true", help="also parse files in subdirectories"
    )
    pp.add_argument(
        "--glob",
        default="*.txt",
        metavar="PATTERN",
        help="file names to parse in directories (default: *.txt)",
    )
    pp.add_argument(
        "--format",
        choices=("jsonl", "text", "parquet"),
        default="jsonl",
        help=(
            "output format (default: jsonl); parquet writes articles to FILE.parquet "
            "and quotes to FILE.quotes.parquet (needs koreanews[parquet])"
        ),
    )
    pp.add_argument("-o", "--output", metavar="FILE", help="write here instead of stdout")
    pp.add_argument(
        "-j",
        "--workers",
        type=int,
        metavar="N",
        help="parse in N worker processes (0: one per CPU; default: in this process)",
    )
    pp.add_argument(
        "-q", "--quiet", action="store_true", help="no progress bar and no summary line"
    )
    _add_reading_options(pp)
    pp.set_defaults(func=_cmd_parse)

    pe = sub.add_parser(
        "eval",
        help="score the parser against gold files",
        description="Score the parser against gold JSON Lines files.",
    )
    pe.add_argument("gold", nargs="+", metavar="GOLD", help="gold .jsonl files")
    pe.add_argument("--json", action="store_true", help="print the scores as JSON")
    pe.set_defaults(func=_cmd_eval)

    px = sub.add_parser(
        "explain",
        help="show why each quotation has its speaker",
        description=(
            "For each quotation of each article: the link rules tried in order, the cue "
            "and source phrase found (with the subject rule), the resolver that turned the "
            "phrase into a speaker (with the candidates it weighed) and the evidence."
        ),
    )
    px.add_argument("files", nargs="+", metavar="FILE", help="article files, or - for stdin")
    _add_reading_options(px)
    px.set_defaults(func=_cmd_explain)

    pr = sub.add_parser(
        "render",
        help="write an HTML view of articles",
        description=(
            "Render one article as a self-contained HTML page (OUT is the page, "
            "standard output without -o), or several files or a directory of *.txt "
            "files as a folder OUT with one page per article and an index.html."
        ),
    )
    pr.add_argument(
        "files",
        nargs="+",
        metavar="FILE",
        help="article files, directories of *.txt, or .jsonl output of koreanews parse",
    )
    pr.add_argument("-o", "--output", metavar="OUT", help="the HTML file, or the output directory")
    pr.add_argument("--title", help="page title (default: the first heading)")
    _add_reading_options(pr)
    pr.set_defaults(func=_cmd_render)
    return p


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    args = build_parser().parse_args(argv)
    try:
        code: int = args.func(args)
    except KoreanewsError as exc:
        print(f"koreanews: error: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        return 0
    return code


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
