"""An HTML view of a parsed article, and an index page for a corpus.

:func:`render_html` turns an :class:`~koreanews.Article` into one self-contained
page (inline CSS and a few lines of inline JavaScript, nothing fetched from the
network): headings as headings, boilerplate and captions greyed out and
labelled, every quotation highlighted in its speaker's colour, and a legend of
the speakers with their quote counts.  :func:`render_index` makes the page that
links the pages of a corpus.

The page is built from spans: the raw text is walked once, cut at every block
and quote boundary, and each piece is escaped with :func:`html.escape`.  Quote
elements nest (a partial quote inside an indirect clause); spans that cross
are closed and re-opened, so the tags are always well formed.

>>> from koreanews import Article, Quote, Span
>>> text = 'Kim zegt: "Wij zijn klaar."'
>>> quote = Quote("Wij zijn klaar.", "direct", Span(11, 26))
>>> article = Article(text=text, lang="nl", quotes=[quote])
>>> page = render_html(article, title="Voorbeeld")
>>> '<mark class="q q-direct c-none" data-quote="0" data-kind="direct"' in page
True
"""

from __future__ import annotations

import html
import re
import zlib
from collections.abc import Iterable, Sequence
from urllib.parse import quote as _url_quote

import attrs

from .exceptions import KoreanewsError
from .lang import get_profile
from .models import Article, Block, BlockKind, Quote, QuoteKind

__all__ = ["NEUTRAL", "PALETTE", "Colour", "render_html", "render_index"]


@attrs.frozen
class Colour:
    """A palette entry: a light ``fill`` for highlights, a strong ``line`` for underlines."""

    name: str
    fill: str
    line: str


#: Speaker colours: light fills on which dark text stays readable (contrast
#: above 10:1 with the page's text colour) and strong hues for the underlines
#: of indirect speech.
PALETTE: tuple[Colour, ...] = (
    Colour("blue", "#cfe3ff", "#1f6fd1"),
    Colour("orange", "#ffdcb5", "#d46a00"),
    Colour("green", "#c8eed5", "#1a8a4a"),
    Colour("red", "#ffd0d6", "#c8283e"),
    Colour("purple", "#e3d4ff", "#7a3fd1"),
    Colour("teal", "#c2ecef", "#0f8a92"),
    Colour("yellow", "#fff0a3", "#a07e00"),
    Colour("brown", "#ead6c2", "#8a5a2b"),
    Colour("magenta", "#fbd0f0", "#b0308f"),
    Colour("olive", "#dfeeb5", "#5d7d12"),
)

#: The colour of quotes whose speaker is unknown, and of terms.
NEUTRAL = Colour("grey", "#e4e4e4", "#6b6b6b")

_KIND_WORDS = {
    QuoteKind.DIRECT: "direct quote",
    QuoteKind.PARTIAL: "partial quote",
    QuoteKind.INDIRECT: "indirect speech",
    QuoteKind.TERM: "term",
}

_BLOCK_LABELS = {
    BlockKind.BOILERPLATE: "boilerplate",
    BlockKind.CAPTION: "caption",
    BlockKind.HEADER: "date header",
}

# Characters not allowed (or invisible) in an HTML document: C0 and C1 controls
# other than tab, newline and carriage return, and lone surrogates.
_UNSAFE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")


def _visible(match: re.Match[str]) -> str:
    code = ord(match.group(0))
    if code < 0x20:
        return chr(0x2400 + code)  # Control Pictures: U+2400 SYMBOL FOR NULL ...
    if code == 0x7F:
        return "\u2421"
    return "\ufffd"


def _esc(text: str) -> str:
    """*text* escaped for element content and (double-quoted) attribute values."""
    return html.escape(_UNSAFE.sub(_visible, text), quote=True)


# ------------------------------------------------------------------------- speakers

_NO_SPEAKER = "none"
_TERM = "term"


@attrs.define
class _Speaker:
    key: str
    name: str
    slot: int
    counts: dict[QuoteKind, int] = attrs.Factory(dict)

    @property
    def total(self) -> int:
        return sum(self.counts.values())


def _speakers(quotes: Sequence[Quote]) -> dict[tuple[str, str], _Speaker]:
    """Legend entries in order of first quote, each with its quote counts.

    Keys are ``("speaker", name)``, ``("none", "")`` for quotes without a
    speaker and ``("term", "")`` for terms.  A speaker's colour is chosen from
    its name, so it tends to be the same on every page of a corpus; two
    speakers of one article share a colour only when there are more speakers
    than palette entries.
    """
    taken: set[int] = set()
    named = 0
    result: dict[tuple[str, str], _Speaker] = {}
    for q in quotes:
        ident = _ident(q)
        entry = result.get(ident)
        if entry is None:
            if ident[0] == "speaker":
                name = ident[1]
                slot = zlib.crc32(name.casefold().encode("utf-8", "surrogatepass")) % len(PALETTE)
                while slot in taken and len(taken) < len(PALETTE):
                    slot = (slot + 1) % len(PALETTE)
                taken.add(slot)
                named += 1
                entry = _Speaker(f"s{named}", name, slot)
            else:
                entry = _Speaker(ident[0], "", -1)
            result[ident] = entry
        entry.counts[q.kind] = entry.counts.get(q.kind, 0) + 1
    return result


def _ident(q: Quote) -> tuple[str, str]:
    if q.kind is QuoteKind.TERM:
        return (_TERM, "")
    if q.speaker is None:
        return (_NO_SPEAKER, "")
    return ("speaker", q.speaker.name)


def _colour_class(entry: _Speaker) -> str:
    return f"c{entry.slot}" if entry.slot >= 0 else "c-none"


# ------------------------------------------------------------------------- segments


@attrs.frozen
class _Seg:
    """An element to wrap around ``text[start:end]`` (empty when ``start == end``)."""

    start: int
    end: int
    open_tag: str
    close_tag: str
    #: Among segments with the same span, the lower rank is the outer element.
    rank: int

    def sort_key(self) -> tuple[int, int, int]:
        return (self.start, -self.end, self.rank)


def _quote_title(q: Quote) -> str:
    words = [_KIND_WORDS[q.kind]]
    if q.kind is not QuoteKind.TERM:
        if q.speaker is not None:
            words.append(f"speaker: {q.speaker.name}")
        elif q.source_text:
            words.append(f"speaker: unknown ({q.source_text})")
        else:
            words.append("speaker: unknown")
        words.append(f"cue: {q.cue if q.cue else 'none'}")
        ev = q.evidence
        if ev is not None:
            words.append(
                f"why: rule {ev.rule or 'none'}, resolver {ev.resolver or 'none'}, "
                f"confidence {ev.confidence:.2f}"
            )
    if q.lang:
        words.append(f"language: {q.lang}")
    return " · ".join(words)


def _quote_segs(
    quotes: Sequence[Quote], speakers: dict[tuple[str, str], _Speaker], length: int, lang: str
) -> list[_Seg]:
    """Every piece of every quote (one per part), and its cue and source, as segments."""
    segs: list[_Seg] = []
    for index, q in enumerate(quotes):
        entry = speakers[_ident(q)]
        colour = _colour_class(entry)
        attributes = (
            f'class="q q-{q.kind.value} {colour}" data-quote="{index}" '
            f'data-kind="{q.kind.value}" '
            f'data-speaker="{_esc(q.speaker.name) if q.speaker else ""}" '
            f'data-cue="{_esc(q.cue or "")}" data-key="{entry.key}"'
        )
        if q.source_text:
            attributes += f' data-source="{_esc(q.source_text)}"'
        if q.lang:
            attributes += f' data-lang="{_esc(q.lang)}"'
            if q.lang != lang:
                attributes += f' lang="{_esc(q.lang)}"'
        if q.evidence is not None:
            ev = q.evidence
            attributes += (
                f' data-rule="{_esc(ev.rule or "")}" data-resolver="{_esc(ev.resolver or "")}"'
                f' data-confidence="{ev.confidence:.2f}"'
            )
        attributes += f' title="{_esc(_quote_title(q))}" tabindex="0"'
        pieces = q.parts or (q.span,)
        for n, span in enumerate(pieces):
            start, end = max(0, span.start), min(span.end, length)
            if start > end:
                continue
            part = f' data-part="{n + 1}/{len(pieces)}"' if len(pieces) > 1 else ""
            segs.append(_Seg(start, end, f"<mark {attributes}{part}>", "</mark>", len(segs)))
        if q.kind is QuoteKind.TERM:
            continue
        for extra, cls in ((q.source_span, "source"), (q.cue_span, "cue")):
            if extra is None:
                continue
            start, end = max(0, extra.start), min(extra.end, length)
            if start < end:
                tag = f'<span class="{cls} {colour}" data-quote="{index}" data-key="{entry.key}">'
                segs.append(_Seg(start, end, tag, "</span>", len(segs)))
    return segs


def _render_run(text: str, start: int, end: int, segs: Sequence[_Seg]) -> str:
    """``text[start:end]``, escaped, with *segs* (all inside that range) as nested elements.

    The range is cut at every segment boundary; at each cut the open elements
    that end (or no longer nest) are closed and the ones that start are opened,
    outer ones first, so crossing segments are closed and re-opened and the
    output is always well formed.
    """
    starts: dict[int, list[_Seg]] = {}
    empties: dict[int, list[_Seg]] = {}
    points = {start, end}
    for s in segs:
        (empties if s.start == s.end else starts).setdefault(s.start, []).append(s)
        points.add(s.start)
        points.add(s.end)
    ordered = sorted(points)
    out: list[str] = []
    stack: list[_Seg] = []
    active: list[_Seg] = []
    for i, at in enumerate(ordered):
        active = [s for s in active if s.end > at]
        active.extend(starts.get(at, ()))
        wanted = sorted(active, key=_Seg.sort_key)
        keep = 0
        while keep < len(stack) and keep < len(wanted) and stack[keep] is wanted[keep]:
            keep += 1
        out.extend(s.close_tag for s in reversed(stack[keep:]))
        out.extend(s.open_tag + s.close_tag for s in empties.get(at, ()))
        out.extend(s.open_tag for s in wanted[keep:])
        stack = wanted
        if i + 1 < len(ordered):
            out.append(_esc(text[at : ordered[i + 1]]))
    return "".join(out)


# --------------------------------------------------------------------------- blocks


@attrs.frozen
class _Container:
    """A block of the page: an article block, or text that no block covers."""

    start: int
    end: int
    block: Block | None


def _containers(article: Article) -> list[_Container]:
    """Non-overlapping blocks in text order, with any uncovered non-blank text between."""
    text = article.text
    length = len(text)
    result: list[_Container] = []

    def gap(lo: int, hi: int) -> None:
        piece = text[lo:hi]
        if piece.strip():
            lo += len(piece) - len(piece.lstrip())
            hi -= len(piece) - len(piece.rstrip())
            result.append(_Container(lo, hi, None))

    done = 0
    for block in sorted(article.blocks, key=lambda b: (b.span.start, b.span.end)):
        start, end = max(block.span.start, done), min(block.span.end, length)
        if end <= start:
            continue
        gap(done, start)
        result.append(_Container(start, end, block))
        done = end
    gap(done, length)
    return result


def _open_block(container: _Container, labelled: bool) -> tuple[str, str]:
    block = container.block
    if block is None:
        kind, tag = "text", "p"
        title = "text outside any block"
        label = "unclassified" if labelled else ""
    else:
        kind = block.kind.value
        tag = "h2" if block.kind is BlockKind.HEADING else "p"
        title = kind + (f" (rule: {block.rule})" if block.rule else "")
        label = _BLOCK_LABELS.get(block.kind, "")
    lang = f' lang="{_esc(block.lang)}"' if block is not None and block.lang else ""
    head = (
        f'<{tag} class="block b-{kind}" data-block="{kind}" '
        f'data-start="{container.start}" data-end="{container.end}"{lang} '
        f'title="{_esc(title)}">'
    )
    if label:
        head += f'<span class="badge">{_esc(label)}</span> '
    return head, f"</{tag}>"


def _body(article: Article, speakers: dict[tuple[str, str], _Speaker]) -> str:
    text = article.text
    segs = sorted(_quote_segs(article.quotes, speakers, len(text), article.lang), key=_Seg.sort_key)
    containers = _containers(article)
    labelled = bool(article.blocks)
    out: list[str] = []
    pending = 0  # the next segment, in order of start, not yet seen
    live: list[_Seg] = []  # segments that may reach into the current container
    for c in containers:
        while pending < len(segs) and segs[pending].start <= c.end:
            live.append(segs[pending])
            pending += 1
        inside: list[_Seg] = []
        still: list[_Seg] = []
        for s in live:
            if s.start == s.end:  # an empty quote: shown once, here (or at the start)
                inside.append(
                    s if s.start >= c.start else attrs.evolve(s, start=c.start, end=c.start)
                )
                continue
            lo, hi = max(s.start, c.start), min(s.end, c.end)
            if lo < hi:
                inside.append(
                    s if (lo, hi) == (s.start, s.end) else attrs.evolve(s, start=lo, end=hi)
                )
            if s.end > c.end:
                still.append(s)
        live = still
        head, tail = _open_block(c, labelled)
        out.append(head + _render_run(text, c.start, c.end, inside) + tail)
    return "\n".join(out)


# ------------------------------------------------------------------------- the page

_CSS = """
:root { color-scheme: light; --ink: #1b1b1b; --muted: #6a6a6a; --rule: #dedede; }
* { box-sizing: border-box; }
body { margin: 0; background: #fafaf7; color: var(--ink);
  font: 17px/1.6 Georgia, "Times New Roman", serif; }
main { max-width: 46rem; margin: 0 auto; padding: 1.5rem 1.25rem 3rem; }
header.meta, .legend, .ui, table { font-family: system-ui, -apple-system, "Segoe UI", Roboto,
  "Helvetica Neue", Arial, sans-serif; }
h1 { font-size: 1.6rem; line-height: 1.25; margin: 0 0 .4rem; }
.facts { color: var(--muted); font-size: .9rem; margin: 0 0 1rem; }
.facts span + span::before { content: " · "; }
.warning { color: #8a4b00; font-size: .85rem; margin: .2rem 0; }
.legend { border: 1px solid var(--rule); border-radius: 6px; background: #fff;
  padding: .6rem .8rem; font-size: .85rem; margin-bottom: 1.5rem; }
.legend h2 { font-size: .8rem; text-transform: uppercase; letter-spacing: .05em;
  color: var(--muted); margin: 0 0 .4rem; }
.legend ul { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap;
  gap: .3rem .9rem; }
.legend li { display: flex; align-items: center; gap: .35rem; cursor: default; }
.legend .count { font-variant-numeric: tabular-nums; color: var(--muted); }
.legend .key { margin-top: .5rem; color: var(--muted); }
.swatch { display: inline-block; width: 1.1em; height: 1.1em; border-radius: 3px;
  background: var(--fill); border: 2px solid var(--line); }
.swatch.s-term { background: transparent; border-style: dotted; }
.block { margin: 0 0 1rem; white-space: pre-wrap; overflow-wrap: anywhere; }
h2.block { font-size: 1.2rem; line-height: 1.3; margin: 1.6rem 0 .6rem; }
.b-boilerplate, .b-caption, .b-header, .b-text { color: var(--muted); font-size: .85rem; }
.b-boilerplate, .b-header { font-family: system-ui, sans-serif; }
.b-caption { font-style: italic; border-left: 3px solid var(--rule); padding-left: .6rem; }
.b-boilerplate mark.q, .b-caption mark.q { opacity: .8; }
.badge { display: inline-block; font: 600 .65rem/1.5 system-ui, sans-serif; font-style: normal;
  text-transform: uppercase; letter-spacing: .05em; color: #555; background: #ececec;
  border: 1px solid #d6d6d6; border-radius: 3px; padding: 0 .3rem; vertical-align: .1em; }
mark.q { color: inherit; background: var(--fill); border-radius: 3px; padding: .05em 0;
  box-decoration-break: clone; -webkit-box-decoration-break: clone; }
mark.q-indirect { background: transparent; text-decoration: underline 3px var(--line);
  text-underline-offset: .22em; text-decoration-skip-ink: none; }
mark.q-term { background: transparent; border: 1px dashed var(--line); padding: 0 .1em; }
mark.q:focus { outline: 2px solid var(--line); outline-offset: 1px; position: relative; }
mark.q:focus::after { content: attr(title); position: absolute; left: 0; top: 100%; z-index: 2;
  margin-top: .35rem; width: max-content; max-width: 22rem; white-space: normal;
  font: .8rem/1.4 system-ui, sans-serif; font-style: normal; color: #fff; background: #333;
  padding: .3rem .5rem; border-radius: 4px; pointer-events: none; }
.cue { font-weight: 600; text-decoration: underline dotted var(--line); }
.source { font-weight: 600; border-bottom: 2px solid var(--line); }
body.spot mark.q:not(.hi) { opacity: .3; }
body.spot mark.q.hi { outline: 2px solid var(--line); }
table { border-collapse: collapse; width: 100%; font-size: .9rem; }
th, td { text-align: left; padding: .35rem .5rem; border-bottom: 1px solid var(--rule);
  vertical-align: top; }
td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; }
td.date { white-space: nowrap; }
td .file { display: block; color: var(--muted); font-size: .8rem; overflow-wrap: anywhere; }
main.wide { max-width: 64rem; }
"""

_JS = """
document.querySelectorAll(".legend li[data-key]").forEach(function (li) {
  function on() {
    document.body.classList.add("spot");
    document.querySelectorAll('mark.q[data-key="' + li.dataset.key + '"]')
      .forEach(function (m) { m.classList.add("hi"); });
  }
  function off() {
    document.body.classList.remove("spot");
    document.querySelectorAll("mark.q.hi").forEach(function (m) { m.classList.remove("hi"); });
  }
  li.addEventListener("mouseenter", on); li.addEventListener("mouseleave", off);
  li.addEventListener("focus", on); li.addEventListener("blur", off);
});
"""


def _palette_css() -> str:
    rules = [f".c{i} {{ --fill: {c.fill}; --line: {c.line}; }}" for i, c in enumerate(PALETTE)]
    rules.append(f".c-none {{ --fill: {NEUTRAL.fill}; --line: {NEUTRAL.line}; }}")
    return "\n".join(rules) + "\n"


def _page(title: str, lang: str, body: str, *, script: bool, wide: bool = False) -> str:
    js = f"<script>{_JS}</script>\n" if script else ""
    main_class = ' class="wide"' if wide else ""
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{_esc(lang)}">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<meta name="generator" content="koreanews">\n'
        f"<title>{_esc(title)}</title>\n<style>{_CSS}{_palette_css()}</style>\n</head>\n"
        f"<body>\n<main{main_class}>\n{body}\n</main>\n{js}</body>\n</html>\n"
    )


def _language_name(code: str) -> str:
    try:
        return f"{code} ({get_profile(code).name})"
    except KoreanewsError:
        return code


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def _counts_text(counts: dict[QuoteKind, int]) -> str:
    return ", ".join(f"{counts[k]} {k.value}" for k in QuoteKind if counts.get(k))


def _legend(speakers: dict[tuple[str, str], _Speaker]) -> str:
    items: list[str] = []
    ordered = [s for s in speakers.values() if s.slot >= 0]
    ordered += sorted((s for s in speakers.values() if s.slot < 0), key=lambda s: s.key)
    for sp in ordered:
        if sp.key == _TERM:
            label, swatch = "terms (no speaker)", "swatch s-term c-none"
        elif sp.key == _NO_SPEAKER:
            label, swatch = "speaker unknown", "swatch c-none"
        else:
            label, swatch = sp.name, f"swatch {_colour_class(sp)}"
        detail = _counts_text(sp.counts)
        items.append(
            f'<li data-key="{sp.key}" data-speaker="{_esc(sp.name if sp.slot >= 0 else "")}" '
            f'data-count="{sp.total}" tabindex="0" title="{_esc(detail)}">'
            f'<span class="{swatch}" aria-hidden="true"></span>'
            f'<span class="name">{_esc(label)}</span> '
            f'<span class="count">{sp.total}</span></li>'
        )
    if not items:
        items.append('<li class="empty">no quotations found</li>')
    return (
        '<section class="legend" aria-label="Speakers">\n<h2>Speakers</h2>\n<ul>\n'
        + "\n".join(items)
        + "\n</ul>\n"
        '<p class="key">Filled: direct and partial quotes · underlined: indirect speech · '
        "dashed box: terms. Hover a quote for its kind, speaker and cue.</p>\n</section>"
    )


def _file_name(source: str | None) -> str:
    return source.replace("\\", "/").rsplit("/", 1)[-1] if source else ""


def _default_title(article: Article) -> str:
    if article.headings:
        return article.headings[0]
    return _file_name(article.source) or "Article"


def render_html(
    article: Article, *, title: str | None = None, index_href: str | None = None
) -> str:
    """One self-contained HTML page showing *article* and its quotations.

    :param title: the page title; by default the first heading, else the
        source's file name.
    :param index_href: when given, the page links back to this address (the
        corpus index).

    Every quotation is a ``<mark>`` element with ``data-kind``, ``data-speaker``
    (empty when unknown), ``data-cue`` and ``data-quote`` (its index in
    ``article.quotes``); a quote over several paragraphs has one element per
    part.  Blocks carry ``data-block`` (their kind).
    """
    page_title = title if title is not None else _default_title(article)
    speakers = _speakers(article.quotes)
    facts = [
        f'<span data-field="date">{_esc(str(article.date)) if article.date else "no date"}</span>',
        f'<span data-field="lang">{_esc(_language_name(article.lang))}</span>',
        f'<span data-field="quotes">{_plural(len(article.quotes), "quotation")}</span>',
    ]
    if article.source:
        facts.append(f'<span data-field="source">{_esc(article.source)}</span>')
    head = [f'<header class="meta">\n<h1>{_esc(page_title)}</h1>']
    if index_href is not None:
        head.insert(0, f'<p class="ui"><a href="{_esc(index_href)}">&larr; all articles</a></p>')
    head.append(f'<p class="facts">{"".join(facts)}</p>')
    head.extend(f'<p class="warning">warning: {_esc(w)}</p>' for w in article.warnings)
    head.append("</header>")
    body = (
        "\n".join(head)
        + "\n"
        + _legend(speakers)
        + f'\n<article lang="{_esc(article.lang)}">\n'
        + _body(article, speakers)
        + "\n</article>"
    )
    return _page(page_title, article.lang, body, script=bool(article.quotes))


def render_index(articles: Iterable[tuple[Article, str]], *, title: str = "Articles") -> str:
    """An HTML page linking the pages of a corpus: ``(article, href)`` pairs, in order.

    Each row gives the article's title, date, language and quote counts.
    """
    rows: list[str] = []
    for article, href in articles:
        speakers = {q.speaker.name for q in article.quotes if q.speaker is not None}
        counts = {k: sum(1 for q in article.quotes if q.kind is k) for k in QuoteKind}
        date = article.date.isoformat() if article.date else ""
        name = _file_name(article.source)
        file = f'<span class="file">{_esc(name)}</span>' if name else ""
        rows.append(
            f'<tr data-date="{_esc(date)}" data-lang="{_esc(article.lang)}" '
            f'data-quotes="{len(article.quotes)}">'
            f'<td><a href="{_esc(_url_quote(href))}">{_esc(_default_title(article))}</a>'
            f"{file}</td>"
            f'<td class="date">{_esc(date) or "&ndash;"}</td><td>{_esc(article.lang)}</td>'
            f'<td class="n">{len(article.quotes)}</td>'
            + "".join(f'<td class="n">{counts[k]}</td>' for k in QuoteKind)
            + f'<td class="n">{len(speakers)}</td></tr>'
        )
    header = "".join(f'<th class="n">{k.value}</th>' for k in QuoteKind)
    body = (
        f'<header class="meta">\n<h1>{_esc(title)}</h1>\n'
        f'<p class="facts"><span>{_plural(len(rows), "article")}</span></p>\n</header>\n'
        '<table>\n<thead><tr><th>article</th><th>date</th><th>lang</th><th class="n">quotes</th>'
        f'{header}<th class="n">speakers</th></tr></thead>\n<tbody>\n'
        + "\n".join(rows)
        + "\n</tbody>\n</table>"
    )
    return _page(title, "en", body, script=False, wide=True)
