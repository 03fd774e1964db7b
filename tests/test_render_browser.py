"""The HTML view in a real browser: headless Chromium loads the page from a file.

Skipped when no ``chromium`` (or ``chromium-browser``) is on the PATH; CI installs
Debian's ``chromium`` package.
"""

from __future__ import annotations

import shutil
import struct
import subprocess
import zlib
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path

import pytest

from koreanews import Article, Block, BlockKind, Entity, NewsDate, Quote, Span, render_html
from koreanews.render import PALETTE

pytestmark = pytest.mark.slow

TEXT = (
    " date 2019-06 Seoul en Tokio praten weer\n"
    'De Japanse premier zegt dat de gesprekken "constructief" waren. '
    '"We zijn een stap verder", zei minister Park Ji-hoon.\n'
    '"Er is nog veel werk", aldus Sato Kenji.\n'
    "Lees verder na de advertentie\n"
)


def span_of(needle: str) -> Span:
    i = TEXT.index(needle)
    return Span(i, i + len(needle))


def line_of(prefix: str) -> Span:
    i = TEXT.index(prefix)
    return Span(i, TEXT.index("\n", i))


def article() -> Article:
    park, sato = Entity("Park Ji-hoon"), Entity("Sato Kenji")
    return Article(
        text=TEXT,
        lang="nl",
        date=NewsDate(2019, 6),
        blocks=[
            Block(BlockKind.HEADING, "", span_of("Seoul en Tokio praten weer")),
            Block(BlockKind.PARAGRAPH, "", line_of("De Japanse")),
            Block(BlockKind.PARAGRAPH, "", line_of('"Er is')),
            Block(BlockKind.BOILERPLATE, "", line_of("Lees verder")),
        ],
        quotes=[
            Quote(
                'de gesprekken "constructief" waren',
                "indirect",
                span_of('de gesprekken "constructief" waren'),
                speaker=sato,
                cue="zegt",
            ),
            Quote("constructief", "partial", span_of("constructief"), speaker=sato, cue="zegt"),
            Quote(
                "We zijn een stap verder",
                "direct",
                span_of("We zijn een stap verder"),
                speaker=park,
                cue="zei",
            ),
            Quote("Er is nog veel werk", "direct", span_of("Er is nog veel werk"), speaker=sato),
        ],
    )


def find_chromium() -> str:
    for name in ("chromium", "chromium-browser"):
        path = shutil.which(name)
        if path:
            return path
    pytest.skip("no chromium binary on the PATH (apt-get install chromium)")


def run_chromium(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    command = [
        find_chromium(),
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        "--hide-scrollbars",
        f"--user-data-dir={tmp_path / 'profile'}",
        *args,
    ]
    return subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)


@pytest.fixture
def page(tmp_path: Path) -> Path:
    path = tmp_path / "article.html"
    path.write_text(render_html(article()), encoding="utf-8")
    return path


class Elements(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.found: list[tuple[str, dict[str, str]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.found.append((tag, {k: v or "" for k, v in attrs}))


def test_dom_has_highlighted_quotes_and_legend(tmp_path: Path, page: Path) -> None:
    result = run_chromium(tmp_path, "--dump-dom", page.as_uri())
    assert result.returncode == 0, result.stderr[-2000:]
    dom = Elements()
    dom.feed(result.stdout)
    marks = [a for tag, a in dom.found if tag == "mark"]
    assert [(m["data-kind"], m["data-speaker"]) for m in marks] == [
        ("indirect", "Sato Kenji"),
        ("partial", "Sato Kenji"),
        ("direct", "Park Ji-hoon"),
        ("direct", "Sato Kenji"),
    ]
    assert marks[2]["data-cue"] == "zei"
    assert "speaker: Park Ji-hoon" in marks[2]["title"]
    legend = {a["data-speaker"]: a["data-count"] for tag, a in dom.found if tag == "li"}
    assert legend == {"Sato Kenji": "3", "Park Ji-hoon": "1"}
    assert any(a.get("data-block") == "boilerplate" for _, a in dom.found)


def test_legend_hover_picks_out_a_speaker(tmp_path: Path) -> None:
    page = tmp_path / "hover.html"
    hover = (
        "<script>document.querySelector('.legend li[data-speaker=\"Park Ji-hoon\"]')"
        ".dispatchEvent(new Event('mouseenter'));</script></body>"
    )
    page.write_text(render_html(article()).replace("</body>", hover), encoding="utf-8")
    result = run_chromium(tmp_path, "--dump-dom", page.as_uri())
    assert result.returncode == 0, result.stderr[-2000:]
    dom = Elements()
    dom.feed(result.stdout)
    (body,) = [a for tag, a in dom.found if tag == "body"]
    assert "spot" in body.get("class", "").split()
    lit = [
        m["data-speaker"] for tag, m in dom.found if tag == "mark" and "hi" in m["class"].split()
    ]
    assert lit == ["Park Ji-hoon"]


def png_pixels(data: bytes) -> tuple[int, int, Counter[tuple[int, int, int]]]:
    """Width, height and the RGB colours (every 4th pixel of each row) of an 8-bit PNG."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pos, idat, header = 8, b"", b""
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos : pos + 4])
        kind, body = data[pos + 4 : pos + 8], data[pos + 8 : pos + 8 + length]
        if kind == b"IHDR":
            header = body
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    width, height, depth, colour_type = struct.unpack(">IIBB", header[:10])
    assert depth == 8
    assert colour_type in (2, 6)
    channels = 3 if colour_type == 2 else 4
    raw = zlib.decompress(idat)
    stride = width * channels
    previous = bytearray(stride)
    colours: Counter[tuple[int, int, int]] = Counter()
    for y in range(height):
        row = raw[y * (stride + 1) : (y + 1) * (stride + 1)]
        kind, line = row[0], bytearray(row[1:])
        for i in range(stride):
            left = line[i - channels] if i >= channels else 0
            up = previous[i]
            corner = previous[i - channels] if i >= channels else 0
            if kind == 1:
                line[i] = (line[i] + left) & 0xFF
            elif kind == 2:
                line[i] = (line[i] + up) & 0xFF
            elif kind == 3:
                line[i] = (line[i] + (left + up) // 2) & 0xFF
            elif kind == 4:
                p = left + up - corner
                pa, pb, pc = abs(p - left), abs(p - up), abs(p - corner)
                pred = left if pa <= pb and pa <= pc else up if pb <= pc else corner
                line[i] = (line[i] + pred) & 0xFF
        colours.update((line[x], line[x + 1], line[x + 2]) for x in range(0, stride, channels * 4))
        previous = line
    return width, height, colours


def hex_rgb(value: str) -> tuple[int, int, int]:
    return int(value[1:3], 16), int(value[3:5], 16), int(value[5:7], 16)


def test_screenshot_shows_the_colours(tmp_path: Path, page: Path) -> None:
    shot = tmp_path / "article.png"
    result = run_chromium(tmp_path, "--window-size=800,700", f"--screenshot={shot}", page.as_uri())
    assert result.returncode == 0, result.stderr[-2000:]
    data = shot.read_bytes()
    assert len(data) > 10_000
    width, height, colours = png_pixels(data)
    assert (width, height) == (800, 700)
    assert len(colours) > 50  # text, highlights, legend: not a blank page
    # Both speakers' direct quotes are painted in their fill colour: far more
    # pixels than the small swatches in the legend.
    painted = [hex_rgb(c.fill) for c in PALETTE if colours[hex_rgb(c.fill)] > 300]
    assert len(painted) == 2, {c.name: colours[hex_rgb(c.fill)] for c in PALETTE}
