"""Parse one article and print what koreanews found in it.

Usage::

    python examples/parse_article.py examples/articles/en-shipyard-strike.txt
    python examples/parse_article.py ARTICLE.txt --json > article.json
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

import koreanews

HERE = Path(__file__).resolve().parent
DEFAULT = HERE / "articles" / "nl-spoorlijn-grens.txt"


def describe(article: koreanews.Article) -> str:
    """A short report of one parsed article."""
    lines = [
        f"source:   {article.source}",
        f"date:     {article.date.isoformat() if article.date else 'unknown'}",
        f"language: {article.lang}",
        f"headings: {', '.join(article.headings) or '-'}",
        f"{len(article.paragraphs)} paragraphs, {len(article.boilerplate)} pieces of boilerplate",
    ]
    for text in article.boilerplate:
        lines.append(f"  removed: {text}")

    lines.append(f"{len(article.quotes)} quotations:")
    for quote in article.quotes:
        speaker = quote.speaker.name if quote.speaker else "(no speaker)"
        cue = f" [{quote.cue}]" if quote.cue else ""
        # Spans index the original text: show exactly what was found.
        found = quote.span.slice(article.text)
        lines.append(f"  {quote.kind.value:<8} {speaker}{cue}: {found}")

    speakers = Counter(q.speaker.name for q in article.quotes if q.speaker is not None)
    lines.append("speakers: " + (", ".join(f"{n} ({c})" for n, c in speakers.most_common()) or "-"))
    lines.append("people:   " + (", ".join(p.name for p in article.people) or "-"))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("path", nargs="?", default=str(DEFAULT), help="an article file")
    p.add_argument("--json", action="store_true", help="print the article as JSON")
    args = p.parse_args(argv)
    try:
        article = koreanews.parse_file(args.path)
    except koreanews.KoreanewsError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    if args.json:
        print(article.to_json(indent=2))
        # The JSON is a lossless round trip.
        assert koreanews.Article.from_json(article.to_json()) == article
    else:
        print(describe(article))
    return 0


if __name__ == "__main__":
    sys.exit(main())
