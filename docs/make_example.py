"""Render the example article shown on the "Seeing an article" page.

The docs build runs :func:`write_example` (from ``conf.py``), so the page always
shows what the current parser and renderer make; nothing it writes is committed.
By hand::

    python docs/make_example.py              # the page and its embed
    python docs/make_example.py --screenshot # also a PNG, with headless Chromium

It writes ``docs/_static/example.html`` (the standalone page),
``docs/_static/example-embed.html`` (an ``<iframe srcdoc=...>`` that the docs
include, so the example needs no static-file configuration and keeps its own
styles apart from the theme's) and, with ``--screenshot``,
``docs/_static/example.png``.
"""

from __future__ import annotations

import argparse
import html
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ARTICLE = ROOT / "examples" / "articles" / "en-shipyard-strike.txt"
STATIC = ROOT / "docs" / "_static"

sys.path.insert(0, str(ROOT / "src"))

import koreanews  # noqa: E402


def screenshot(page: Path, png: Path) -> None:
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        raise SystemExit("no chromium on the PATH; install it or leave out --screenshot")
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(
            [
                chromium,
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--hide-scrollbars",
                f"--user-data-dir={profile}",
                "--window-size=900,1500",
                f"--screenshot={png}",
                page.as_uri(),
            ],
            check=True,
            capture_output=True,
            timeout=120,
        )


def write_example(static: Path = STATIC) -> koreanews.Article:
    """Parse and render the example article into *static*; return the article."""
    text = ARTICLE.read_text(encoding="utf-8")
    article = koreanews.parse(text, source=ARTICLE.name)
    page = koreanews.render_html(article)
    static.mkdir(parents=True, exist_ok=True)
    (static / "example.html").write_text(page, encoding="utf-8")
    embed = (
        '<iframe class="koreanews-example" title="An example article rendered by koreanews" '
        'loading="lazy" sandbox="allow-scripts" '
        'style="width: 100%; height: 40rem; border: 1px solid #ccc; border-radius: 6px;" '
        f'srcdoc="{html.escape(page, quote=True)}"></iframe>\n'
    )
    (static / "example-embed.html").write_text(embed, encoding="utf-8")
    return article


def main() -> None:
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("--screenshot", action="store_true", help="also write example.png")
    args = options.parse_args()
    article = write_example()
    if args.screenshot:
        screenshot(STATIC / "example.html", STATIC / "example.png")
    print(f"{ARTICLE.name}: {len(article.quotes)} quotes -> {STATIC.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
