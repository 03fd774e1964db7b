"""The ``koreanews`` command line.

``koreanews parse FILE... | -``
    Parse articles and print one JSON object per line (``--format text`` for a
    readable summary).
``koreanews eval GOLD.jsonl...``
    Score the parser against gold files and print the table (``--json``).
``koreanews render FILE... -o OUT``
    Write an HTML view of one article (``OUT`` is the page), or of several
    files or a directory of ``*.txt`` files (``OUT`` is a directory with one
    page per article and an ``index.html``).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from . import __version__
from .evaluate import evaluate, format_table, load_gold
from .exceptions import KoreanewsError
from .models import Article
from .pipeline import decode, parse, parse_file
from .render import render_html, render_index

__all__ = ["main"]


def summary(article: Article) -> str:
    """A readable, multi-line summary of *article*."""
    lines = [f"== {article.source or '<text>'}"]
    lines.append(
        f"date: {article.date.isoformat() if article.date else '-'}   language: {article.lang}"
    )
    for warning in article.warnings:
        lines.append(f"warning: {warning}")
    for heading in article.headings:
        lines.append(f"heading: {heading}")
    lines.append(f"paragraphs: {len(article.paragraphs)}   boilerplate: {len(article.boilerplate)}")
    for text in article.boilerplate:
        lines.append(f"  boilerplate: {text}")
    if article.people:
        lines.append("people: " + ", ".join(p.name for p in article.people))
    for q in article.quotes:
        who = q.speaker.name if q.speaker else "?"
        cue = f" [{q.cue}]" if q.cue else ""
        lines.append(f"  {q.kind.value:<8} {who}{cue}: {q.text}")
    return "\n".join(lines)


def _write(out: TextIO, article: Article, fmt: str) -> None:
    if fmt == "text":
        out.write(summary(article) + "\n\n")
    else:
        out.write(article.to_json() + "\n")


def _cmd_parse(args: argparse.Namespace) -> int:
    with contextlib.ExitStack() as stack:
        out: TextIO = (
            stack.enter_context(open(args.output, "w", encoding="utf-8"))
            if args.output
            else sys.stdout
        )
        return _parse_files(args, out)


def _parse_files(args: argparse.Namespace, out: TextIO) -> int:
    failures = 0
    for name in args.files:
        try:
            if name == "-":
                raw = decode(sys.stdin.buffer.read(), errors=args.errors, source="<stdin>")
                article = parse(raw, lang=args.lang, strict=args.strict, source="<stdin>")
            else:
                article = parse_file(name, lang=args.lang, strict=args.strict, errors=args.errors)
        except KoreanewsError as exc:
            failures += 1
            first = str(exc).splitlines()[0]
            shown = first if name in first else f"{name}: {first}"
            print(f"koreanews: error: {shown}", file=sys.stderr)
            continue
        _write(out, article, args.format)
    return 1 if failures else 0


def _cmd_eval(args: argparse.Namespace) -> int:
    gold = [record for path in args.gold for record in load_gold(path)]
    report = evaluate(gold)
    if args.json:
        print(json.dumps(report.to_dict(), indent=2))
    else:
        print(format_table(report))
    return 0


def _render_inputs(names: Sequence[str]) -> tuple[list[str], bool]:
    """The files to render, and whether the output is a corpus directory."""
    files: list[str] = []
    corpus = len(names) > 1
    for name in names:
        path = Path(name)
        if name != "-" and path.is_dir():
            corpus = True
            files.extend(str(f) for f in sorted(path.glob("*.txt")) if f.is_file())
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


def _read_article(name: str, args: argparse.Namespace) -> Article | None:
    try:
        if name == "-":
            raw = decode(sys.stdin.buffer.read(), errors=args.errors, source="<stdin>")
            return parse(raw, lang=args.lang, strict=args.strict, source="<stdin>")
        return parse_file(name, lang=args.lang, strict=args.strict, errors=args.errors)
    except KoreanewsError as exc:
        first = str(exc).splitlines()[0]
        shown = first if name in first else f"{name}: {first}"
        print(f"koreanews: error: {shown}", file=sys.stderr)
        return None


def _cmd_render(args: argparse.Namespace) -> int:
    files, corpus = _render_inputs(args.files)
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
    for name in files:
        article = _read_article(name, args)
        if article is None:
            failures += 1
            continue
        page = _page_name(name, used)
        (out / page).write_text(render_html(article, index_href="index.html"), encoding="utf-8")
        rendered.append((article, page))
    index = render_index(rendered, title=args.title or "Articles")
    (out / "index.html").write_text(index, encoding="utf-8")
    return 1 if failures else 0


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
        help="parse articles and print JSON Lines",
        description="Parse article files (or - for standard input).",
    )
    pp.add_argument("files", nargs="+", metavar="FILE", help="article files, or - for stdin")
    pp.add_argument(
        "--format",
        choices=("jsonl", "text"),
        default="jsonl",
        help="output format (default: jsonl)",
    )
    pp.add_argument("-o", "--output", metavar="FILE", help="write here instead of stdout")
    pp.add_argument("--lang", choices=("nl", "en"), help="skip language detection")
    pp.add_argument(
        "--strict", action="store_true", help="fail on a missing or malformed date header"
    )
    pp.add_argument(
        "--errors",
        choices=("strict", "replace", "ignore"),
        default="strict",
        help="what to do with undecodable bytes (default: strict)",
    )
    pp.set_defaults(func=_cmd_parse)

    pe = sub.add_parser(
        "eval",
        help="score the parser against gold files",
        description="Score the parser against gold JSON Lines files.",
    )
    pe.add_argument("gold", nargs="+", metavar="GOLD", help="gold .jsonl files")
    pe.add_argument("--json", action="store_true", help="print the scores as JSON")
    pe.set_defaults(func=_cmd_eval)

    pr = sub.add_parser(
        "render",
        help="write an HTML view of articles",
        description=(
            "Render one article as a self-contained HTML page (OUT is the page, "
            "standard output without -o), or several files or a directory of *.txt "
            "files as a folder OUT with one page per article and an index.html."
        ),
    )
    pr.add_argument("files", nargs="+", metavar="FILE", help="article files or directories")
    pr.add_argument("-o", "--output", metavar="OUT", help="the HTML file, or the output directory")
    pr.add_argument("--title", help="page title (default: the first heading)")
    pr.add_argument("--lang", choices=("nl", "en"), help="skip language detection")
    pr.add_argument(
        "--strict", action="store_true", help="fail on a missing or malformed date header"
    )
    pr.add_argument(
        "--errors",
        choices=("strict", "replace", "ignore"),
        default="strict",
        help="what to do with undecodable bytes (default: strict)",
    )
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
