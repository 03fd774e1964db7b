"""The HTML view: structure, escaping and well-formed nesting, checked with html.parser."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import koreanews
from koreanews import Article, Block, BlockKind, Entity, NewsDate, Quote, QuoteKind, Span
from koreanews.cli import main
from koreanews.render import NEUTRAL, PALETTE, render_html, render_index
from strategies import PROPERTY_SETTINGS, articles

# What the page shows for characters HTML cannot carry (controls, lone surrogates).
UNSAFE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")
SUBSTITUTES = re.compile("[\u2400-\u2421\ufffd]")

TEXT = (
    " date 2018-02-14 Moon wil praten met Pyongyang\n"
    "Lees ook: Noord-Korea test weer een raket\n"
    'SEOUL - President Moon Jae-in zegt dat hij "op korte termijn" naar Pyongyang wil reizen. '
    '"We moeten de dialoog gaande houden", zei hij dinsdag.\n'
    'Volgens minister Kang Kyung-wha is de "zonneschijnpolitiek" niet terug.\n'
    '"Dit is geen toegeving.\n'
    '"Het is een kans," aldus Kang.\n'
    "Een bron meldt dat de <script>alert(1)</script> top & meer in mei kan plaatsvinden.\n"
    "Foto: Moon Jae-in in Seoul (ANP)\n"
)

MOON = Entity("Moon Jae-in")
KANG = Entity("Kang Kyung-wha")


def at(needle: str, start: int = 0) -> Span:
    """The span of the first *needle* in TEXT at or after *start*."""
    i = TEXT.index(needle, start)
    return Span(i, i + len(needle))


def line_span(prefix: str) -> Span:
    i = TEXT.index(prefix)
    return Span(i, TEXT.index("\n", i))


def quote(needle: str, kind: str, speaker: Entity | None, cue: str | None, **kw: object) -> Quote:
    span = kw.pop("span", None) or at(needle)
    return Quote(needle, kind, span, speaker=speaker, cue=cue, **kw)  # type: ignore[arg-type]


def sample() -> Article:
    header = Span(0, len(" date 2018-02-14"))
    heading = at("Moon wil praten met Pyongyang")
    blocks = [
        Block(BlockKind.HEADER, header.slice(TEXT), header),
        Block(BlockKind.HEADLINE, heading.slice(TEXT), heading, lang="nl"),
        Block(BlockKind.BOILERPLATE, "", line_span("Lees ook"), rule="nl:read-also"),
        Block(BlockKind.PARAGRAPH, "", line_span("SEOUL"), lang="nl"),
        Block(BlockKind.PARAGRAPH, "", line_span("Volgens"), lang="nl"),
        Block(BlockKind.PARAGRAPH, "", line_span('"Dit is'), lang="nl"),
        Block(BlockKind.PARAGRAPH, "", line_span('"Het is'), lang="nl"),
        Block(BlockKind.PARAGRAPH, "", line_span("Een bron"), lang="nl"),
        Block(BlockKind.CAPTION, "", line_span("Foto:")),
    ]
    multi_parts = (at("Dit is geen toegeving."), at("Het is een kans,"))
    quotes = [
        quote(
            'hij "op korte termijn" naar Pyongyang wil reizen',
            "indirect",
            MOON,
            "zegt",
            cue_span=at("zegt"),
            source_span=at("President Moon Jae-in"),
        ),
        quote("op korte termijn", "partial", MOON, "zegt"),
        quote("We moeten de dialoog gaande houden", "direct", MOON, "zei", cue_span=at("zei")),
        quote('is de "zonneschijnpolitiek" niet terug', "indirect", KANG, "Volgens"),
        quote("zonneschijnpolitiek", "term", None, None),
        Quote(
            "Dit is geen toegeving.\nHet is een kans,",
            "direct",
            Span(multi_parts[0].start, multi_parts[1].end),
            speaker=KANG,
            cue="aldus",
            parts=multi_parts,
            marks=('"', '"'),
        ),
        quote(
            "de <script>alert(1)</script> top & meer in mei kan plaatsvinden",
            "indirect",
            None,
            "meldt",
        ),
    ]
    return Article(
        text=TEXT,
        lang="nl",
        date=NewsDate(2018, 2, 14),
        blocks=blocks,
        quotes=quotes,
        entities=[MOON, KANG],
        source="moon.txt",
    )


VOID = {"meta", "br", "img", "hr", "input", "link", "wbr"}


class Tree(HTMLParser):
    """Collects elements with their attributes, text and ancestors; checks nesting."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, dict[str, str]]] = []
        self.elements: list[dict[str, object]] = []
        self.open: list[dict[str, object]] = []
        self.errors: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        element: dict[str, object] = {
            "tag": tag,
            "attrs": {k: v or "" for k, v in attrs},
            "text": [],
            "ancestors": [e["tag"] for e in self.open],
            "parents": list(self.open),
        }
        self.elements.append(element)
        if tag not in VOID:
            self.open.append(element)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in VOID:
            self.open.pop()

    def handle_endtag(self, tag: str) -> None:
        if not self.open or self.open[-1]["tag"] != tag:
            self.errors.append(f"</{tag}> closes {self.open[-1]['tag'] if self.open else None}")
            return
        self.open.pop()

    def handle_data(self, data: str) -> None:
        self.text.append(data)
        for element in self.open:
            element["text"].append(data)  # type: ignore[union-attr]

    def find(self, tag: str, **attrs: str) -> list[dict[str, object]]:
        return [
            e
            for e in self.elements
            if e["tag"] == tag
            and all(e["attrs"].get(k.rstrip("_").replace("_", "-")) == v for k, v in attrs.items())  # type: ignore[union-attr]
        ]

    def blocks(self) -> list[dict[str, object]]:
        return [e for e in self.elements if "data-block" in e["attrs"]]  # type: ignore[operator]


def parse_html(page: str) -> Tree:
    tree = Tree()
    tree.feed(page)
    tree.close()
    assert tree.errors == []
    assert tree.open == []
    return tree


def text_of(element: dict[str, object]) -> str:
    return "".join(element["text"])  # type: ignore[arg-type]


def attr(element: dict[str, object], name: str) -> str:
    return element["attrs"][name]  # type: ignore[index,no-any-return]


@pytest.fixture(scope="module")
def page() -> str:
    return render_html(sample())


@pytest.fixture(scope="module")
def tree(page: str) -> Tree:
    return parse_html(page)


def test_page_is_one_well_formed_document(page: str, tree: Tree) -> None:
    assert page.startswith("<!DOCTYPE html>")
    assert [e["tag"] for e in tree.elements[:3]] == ["html", "head", "meta"]
    assert attr(tree.elements[0], "lang") == "nl"


def test_page_is_self_contained(page: str) -> None:
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", page)
    assert "@import" not in page
    assert "url(" not in page
    assert "<link" not in page


def test_every_quote_has_marks_with_its_data(tree: Tree) -> None:
    article = sample()
    for index, q in enumerate(article.quotes):
        marks = tree.find("mark", data_quote=str(index))
        assert len(marks) == max(1, len(q.parts)), q.text
        for mark in marks:
            assert attr(mark, "data-kind") == q.kind.value
            assert attr(mark, "data-speaker") == (q.speaker.name if q.speaker else "")
            assert attr(mark, "data-cue") == (q.cue or "")
            assert q.kind.value in attr(mark, "title")
            assert f"q-{q.kind.value}" in attr(mark, "class").split()
        assert "\n".join(text_of(m) for m in marks) == q.text


def test_quote_title_shows_kind_speaker_and_cue(tree: Tree) -> None:
    (mark,) = tree.find("mark", data_quote="2")
    assert attr(mark, "title") == "direct quote · speaker: Moon Jae-in · cue: zei"


def test_unnamed_source_and_foreign_quote() -> None:
    text = 'Een woordvoerder zei: "We are ready."'
    q = Quote(
        "We are ready.",
        "direct",
        at_in(text, "We are ready."),
        cue="zei",
        lang="en",
        source_text="Een woordvoerder",
    )
    (mark,) = parse_html(render_html(Article(text=text, lang="nl", quotes=[q]))).find("mark")
    assert attr(mark, "title") == (
        "direct quote · speaker: unknown (Een woordvoerder) · cue: zei · language: en"
    )
    assert attr(mark, "data-source") == "Een woordvoerder"
    assert attr(mark, "lang") == "en"


def at_in(text: str, needle: str) -> Span:
    i = text.index(needle)
    return Span(i, i + len(needle))


def test_nested_quotes_nest(tree: Tree) -> None:
    (partial,) = tree.find("mark", data_kind="partial")
    (outer,) = tree.find("mark", data_quote="0")
    assert outer in partial["parents"]  # type: ignore[operator]
    (term,) = tree.find("mark", data_kind="term")
    assert tree.find("mark", data_quote="3")[0] in term["parents"]  # type: ignore[operator]


def test_multi_paragraph_quote_has_one_mark_per_part(tree: Tree) -> None:
    marks = tree.find("mark", data_quote="5")
    assert [attr(m, "data-part") for m in marks] == ["1/2", "2/2"]
    assert [m["ancestors"][-1] for m in marks] == ["p", "p"]  # type: ignore[index]


def test_speaker_colours_are_stable_and_distinct(tree: Tree) -> None:
    def colour(mark: dict[str, object]) -> str:
        return next(c for c in attr(mark, "class").split() if c.startswith("c"))

    moon = {colour(m) for m in tree.find("mark", data_speaker="Moon Jae-in")}
    kang = {colour(m) for m in tree.find("mark", data_speaker="Kang Kyung-wha")}
    assert len(moon) == len(kang) == 1
    assert moon != kang
    assert moon != {"c-none"}
    nobody = {colour(m) for m in tree.find("mark", data_speaker="")}
    assert nobody == {"c-none"}
    again = parse_html(render_html(sample()))
    assert {colour(m) for m in again.find("mark", data_speaker="Moon Jae-in")} == moon


def test_many_speakers_use_the_whole_palette() -> None:
    names = [f"Spreker {i}" for i in range(len(PALETTE) + 2)]
    text = " ".join(f'"{n}"' for n in names)
    quotes = [
        Quote(n, "direct", Span(text.index(n), text.index(n) + len(n)), speaker=Entity(n))
        for n in names
    ]
    tree = parse_html(render_html(Article(text=text, lang="nl", quotes=quotes)))
    classes = [attr(m, "class").split()[-1] for m in tree.find("mark")]
    assert len(set(classes[: len(PALETTE)])) == len(PALETTE)
    assert len(tree.find("li", data_count="1")) == len(names)


def test_legend_counts_quotes_per_speaker(tree: Tree) -> None:
    legend = {attr(li, "data-key"): li for li in tree.find("li") if "data-key" in li["attrs"]}  # type: ignore[operator]
    by_speaker = {attr(li, "data-speaker"): attr(li, "data-count") for li in legend.values()}
    assert by_speaker["Moon Jae-in"] == "3"
    assert by_speaker["Kang Kyung-wha"] == "2"
    assert attr(legend["none"], "data-count") == "1"
    assert attr(legend["term"], "data-count") == "1"
    assert "Moon Jae-in" in text_of(legend["s1"])
    assert "1 partial" in attr(legend["s1"], "title")


def test_article_text_is_escaped(page: str, tree: Tree) -> None:
    assert "<script>alert(1)</script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt; top &amp; meer" in page
    scripts = tree.find("script")
    assert len(scripts) == 1  # the page's own
    assert "alert" not in text_of(scripts[0])
    (mark,) = tree.find("mark", data_quote="6")
    assert text_of(mark) == "de <script>alert(1)</script> top & meer in mei kan plaatsvinden"


def test_blocks_keep_their_kind(tree: Tree) -> None:
    (headline,) = tree.find("h2", data_block="headline")
    assert text_of(headline) == "Moon wil praten met Pyongyang"
    (boiler,) = tree.find("p", data_block="boilerplate")
    assert text_of(boiler).startswith("boilerplate ")
    assert "nl:read-also" in attr(boiler, "title")
    (caption,) = tree.find("p", data_block="caption")
    assert "caption" in text_of(caption)
    assert len(tree.find("p", data_block="paragraph")) == 5


def test_meta_shows_date_and_language(tree: Tree) -> None:
    (date,) = tree.find("span", data_field="date")
    assert text_of(date) == "2018-02-14"
    (lang,) = tree.find("span", data_field="lang")
    assert text_of(lang) == "nl (Dutch)"
    (title,) = tree.find("title")
    assert text_of(title) == "Moon wil praten met Pyongyang"


def test_all_article_text_is_shown(page: str) -> None:
    without_badges = re.sub(r'<span class="badge">[^<]*</span>', "", page)
    (article,) = parse_html(without_badges).find("article")
    assert re.sub(r"\s+", "", text_of(article)) == re.sub(r"\s+", "", TEXT)


def test_article_without_anything() -> None:
    tree = parse_html(render_html(Article(text="", lang="en")))
    assert tree.find("mark") == []
    (date,) = tree.find("span", data_field="date")
    assert text_of(date) == "no date"
    assert tree.find("li", class_="empty")
    assert tree.find("script") == []


def test_article_without_blocks_shows_raw_text() -> None:
    text = "Eerste regel\n\nTweede <b>regel</b> met \x00 en \ud800"
    q = Quote("Tweede", "direct", Span(14, 20))
    page = render_html(Article(text=text, lang="xx", quotes=[q]))
    tree = parse_html(page)
    (block,) = tree.find("p", data_block="text")
    assert text_of(block).startswith("Eerste regel\n\nTweede <b>regel</b> met \u2400 en \ufffd")
    assert text_of(tree.find("mark")[0]) == "Tweede"
    (lang,) = tree.find("span", data_field="lang")
    assert text_of(lang) == "xx"
    page.encode("utf-8")  # no lone surrogates left


def test_crossing_and_out_of_range_spans_stay_well_formed() -> None:
    text = "abcdefghij"
    quotes = [
        Quote("cdef", "direct", Span(2, 6)),
        Quote("efgh", "indirect", Span(4, 8), speaker=Entity("X")),
        Quote("", "direct", Span(5, 5)),
        Quote("ij", "direct", Span(8, 99)),
    ]
    blocks = [Block("paragraph", "abcde", Span(0, 5)), Block("paragraph", "fghij", Span(3, 10))]
    tree = parse_html(render_html(Article(text=text, lang="en", blocks=blocks, quotes=quotes)))
    assert "".join(text_of(m) for m in tree.find("mark", data_quote="1")) == "efgh"
    assert "".join(text_of(m) for m in tree.find("mark", data_quote="0")) == "cdef"
    assert len(tree.find("mark", data_quote="2")) == 1
    assert "".join(text_of(m) for m in tree.find("mark", data_quote="3")) == "ij"
    assert "".join(text_of(b) for b in tree.blocks()) == text


def test_parsed_article_renders() -> None:
    article = koreanews.parse(' date 2019-03 Kim zegt: "We zijn klaar."\n\nTweede alinea.')
    tree = parse_html(render_html(article, title="<Titel>"))
    (title,) = tree.find("title")
    assert text_of(title) == "<Titel>"
    assert len(tree.find("mark")) == len(article.quotes)


def _with_subheading_only() -> Article:
    text = " date 2019-03 Kim zegt dat hij komt.\n\nEen nieuwe ronde\n\nMoon is blij."
    sub = Span(text.index("Een nieuwe"), text.index("Een nieuwe") + len("Een nieuwe ronde"))
    return Article(
        text=text,
        lang="nl",
        blocks=[Block(BlockKind.HEADING, sub.slice(text), sub, lang="nl")],
        source="corpus/ronde.txt",
    )


def test_subheading_never_titles_the_page() -> None:
    article = _with_subheading_only()
    tree = parse_html(render_html(article))
    (title,) = tree.find("title")
    assert text_of(title) == "ronde.txt"
    (sub,) = tree.find("h3", data_block="heading")
    assert text_of(sub) == "Een nieuwe ronde"
    assert tree.find("h2", data_block="heading") == []
    index = parse_html(render_index([(article, "ronde.html")]))
    (link,) = index.find("a")
    assert text_of(link) == "ronde.txt"


def test_parsed_headline_titles_the_page() -> None:
    text = (
        " date 2019-03 Kim reist naar Seoul\n\nDe leider komt dinsdag aan.\n\n"
        "Eerste dag\n\nHij zegt niets."
    )
    article = koreanews.parse(text, lang="nl")
    assert article.headline == "Kim reist naar Seoul"
    assert article.subheadings == ("Eerste dag",)
    tree = parse_html(render_html(article))
    (title,) = tree.find("title")
    assert text_of(title) == "Kim reist naar Seoul"
    assert [text_of(h) for h in tree.find("h3", data_block="heading")] == ["Eerste dag"]


def test_index_links_every_article(tmp_path: Path) -> None:
    other = Article(text="Geen datum", lang="en", source="b.txt")
    tree = parse_html(render_index([(sample(), "a page.html"), (other, "b.html")]))
    rows = tree.find("tr", data_lang="nl") + tree.find("tr", data_lang="en")
    assert [attr(r, "data-quotes") for r in rows] == ["7", "0"]
    links = [attr(a, "href") for a in tree.find("a")]
    assert links == ["a%20page.html", "b.html"]
    assert attr(rows[0], "data-date") == "2018-02-14"
    assert [text_of(f) for f in tree.find("span", class_="file")] == ["moon.txt", "b.txt"]
    assert "<td>nl</td>" in render_index([(sample(), "a.html")])


def test_cli_renders_one_file(tmp_path: Path) -> None:
    src = tmp_path / "kim.txt"
    src.write_text(' date 2019-03 Kim zegt: "We zijn klaar."\n', encoding="utf-8")
    out = tmp_path / "kim.html"
    assert main(["render", str(src), "-o", str(out)]) == 0
    tree = parse_html(out.read_text(encoding="utf-8"))
    (date,) = tree.find("span", data_field="date")
    assert text_of(date) == "2019-03"


def test_cli_renders_a_directory(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text(" date 2019-03 Een.\n", encoding="utf-8")
    (corpus / "index.txt").write_text(" date 2019-04 Twee.\n", encoding="utf-8")
    (corpus / "bad.txt").write_bytes(b" date 2019-05 \xff\n")
    out = tmp_path / "site"
    assert main(["render", str(corpus), "-o", str(out)]) == 1
    assert "bad.txt" in capsys.readouterr().err
    assert sorted(p.name for p in out.iterdir()) == ["a.html", "index-2.html", "index.html"]
    tree = parse_html((out / "index.html").read_text(encoding="utf-8"))
    assert [attr(a, "href") for a in tree.find("a")] == ["a.html", "index-2.html"]
    page = parse_html((out / "a.html").read_text(encoding="utf-8"))
    assert [attr(a, "href") for a in page.find("a")] == ["index.html"]


def test_cli_site_index_titles_pages_by_headline(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "kim.txt").write_text(
        " date 2019-03 Kim reist naar Seoul\n\nDe leider komt dinsdag aan.\n", encoding="utf-8"
    )
    (corpus / "moon.txt").write_text(
        " date 2019-03 Moon wacht af.\n\nGeen haast\n\nDe president zegt weinig.\n",
        encoding="utf-8",
    )
    out = tmp_path / "site"
    assert main(["render", str(corpus), "-o", str(out)]) == 0
    tree = parse_html((out / "index.html").read_text(encoding="utf-8"))
    assert [text_of(a) for a in tree.find("a")] == ["Kim reist naar Seoul", "moon.txt"]


def test_cli_renders_one_file_into_a_directory(tmp_path: Path) -> None:
    src = tmp_path / "kim.txt"
    src.write_text(" date 2019-03 Kim.\n", encoding="utf-8")
    assert main(["render", str(src), "-o", f"{tmp_path / 'site'}/"]) == 0
    assert sorted(p.name for p in (tmp_path / "site").iterdir()) == ["index.html", "kim.html"]


def test_cli_warns_about_an_empty_directory(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["render", str(tmp_path), "-o", str(tmp_path / "site")]) == 0
    assert "no *.txt files" in capsys.readouterr().err
    assert (tmp_path / "site" / "index.html").is_file()


def test_cli_renders_parse_output(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for name, body in (("een", "Een."), ("twee", "Twee.")):
        (tmp_path / f"{name}.txt").write_text(f" date 2019-0{len(name)} {body}\n", encoding="utf-8")
    parsed = tmp_path / "parsed.jsonl"
    assert (
        main(["parse", str(tmp_path / "een.txt"), str(tmp_path / "twee.txt"), "-o", str(parsed)])
        == 0
    )
    with parsed.open("a", encoding="utf-8") as stream:
        stream.write("\n[1, 2]\n")
        stream.write(Article(text="Drie.", lang="nl").to_json() + "\n")
    capsys.readouterr()
    assert main(["render", str(parsed), "-o", str(tmp_path / "site")]) == 1
    assert "parsed.jsonl:4: not an article" in capsys.readouterr().err
    pages = sorted(p.name for p in (tmp_path / "site").iterdir())
    assert pages == ["een.html", "index.html", "parsed-5.html", "twee.html"]
    tree = parse_html((tmp_path / "site" / "index.html").read_text(encoding="utf-8"))
    assert [attr(r, "data-date") for r in tree.find("tr") if "data-date" in r["attrs"]] == [
        "2019-03",
        "2019-04",
        "",
    ]


def test_cli_several_files_need_a_directory(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Een.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Twee.", encoding="utf-8")
    assert main(["render", str(tmp_path / "a.txt"), str(tmp_path / "b.txt")]) == 2


def test_exported() -> None:
    assert koreanews.render_html is render_html
    assert koreanews.render_index is render_index
    assert QuoteKind.TERM.value == "term"


def squeeze(text: str) -> str:
    """*text* without whitespace and without what the page substitutes for unsafe characters."""
    return "".join(SUBSTITUTES.sub("", UNSAFE.sub("", text)).split())


def shown_text(page: str) -> str:
    (article,) = parse_html(re.sub(r'<span class="badge">[^<]*</span>', "", page)).find("article")
    return squeeze(text_of(article))


@st.composite
def spans(draw: st.DrawFn, length: int) -> Span:
    start = draw(st.integers(0, length))
    return Span(start, draw(st.integers(start, length + 3)))


@st.composite
def hand_built(draw: st.DrawFn) -> Article:
    """Any text with any blocks and quotes: overlapping, crossing, empty, out of range."""
    text = draw(st.text(max_size=60))
    n = len(text)
    blocks = draw(
        st.lists(st.builds(Block, st.sampled_from(list(BlockKind)), st.just(""), spans(n)))
    )
    speakers = st.none() | st.sampled_from([MOON, KANG, Entity("<b>\"&'</b>")])
    quotes = draw(
        st.lists(
            st.builds(
                Quote,
                st.just(""),
                st.sampled_from(list(QuoteKind)),
                spans(n),
                speaker=speakers,
                cue=st.none() | st.text(max_size=5),
                parts=st.lists(spans(n), max_size=3),
            ),
            max_size=8,
        )
    )
    return Article(
        text=text, lang=draw(st.sampled_from(["nl", "en", "zz"])), blocks=blocks, quotes=quotes
    )


@PROPERTY_SETTINGS
@given(hand_built())
def test_any_spans_give_well_formed_pages(article: Article) -> None:
    page = render_html(article)
    tree = parse_html(page)  # asserts that every tag closes in order
    assert shown_text(page) == squeeze(article.text)
    for index, q in enumerate(article.quotes):
        for mark in tree.find("mark", data_quote=str(index)):
            assert attr(mark, "data-kind") == q.kind.value
            assert attr(mark, "data-speaker") == (q.speaker.name if q.speaker else "")
    counts = {
        attr(li, "data-key"): int(attr(li, "data-count"))
        for li in tree.find("li")
        if "data-key" in li["attrs"]
    }  # type: ignore[operator]
    assert sum(counts.values()) == len(article.quotes)


@PROPERTY_SETTINGS
@given(articles(noise=True))
def test_parsed_articles_render(text: str) -> None:
    article = koreanews.parse(text)
    page = render_html(article)
    tree = parse_html(page)
    assert shown_text(page) == squeeze(text)
    assert {int(attr(m, "data-quote")) for m in tree.find("mark")} <= set(
        range(len(article.quotes))
    )


def luminance(colour: str) -> float:
    channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    r, g, b = (c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: str, b: str) -> float:
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_palette_is_readable(page: str) -> None:
    ink = re.search(r"--ink: (#[0-9a-f]{6})", page)
    paper = re.search(r"body \{[^}]*background: (#[0-9a-f]{6})", page)
    assert ink
    assert paper
    for colour in (*PALETTE, NEUTRAL):
        assert contrast(ink.group(1), colour.fill) >= 7, colour  # WCAG AAA for text
        assert contrast(paper.group(1), colour.line) >= 3, colour  # WCAG 1.4.11 for marks
        assert f"--fill: {colour.fill}; --line: {colour.line};" in page
    assert len({c.fill for c in PALETTE}) == len(PALETTE)


def test_cli_render_reports_a_broken_link_as_parse_does(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text(" date 2019-03 Een.\n", encoding="utf-8")
    (corpus / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    assert main(["parse", str(corpus), "-q", "-o", str(tmp_path / "out.jsonl")]) == 1
    parse_error = capsys.readouterr().err
    assert main(["render", str(corpus), "-o", str(tmp_path / "site")]) == 1
    render_error = capsys.readouterr().err
    for err in (parse_error, render_error):
        assert f"{corpus / 'gone.txt'}: cannot read file: No such file or directory" in err
    assert sorted(p.name for p in (tmp_path / "site").iterdir()) == ["a.html", "index.html"]


def test_cli_render_says_a_file_is_empty(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "leeg.txt").write_text("", encoding="utf-8")
    assert main(["render", str(tmp_path / "leeg.txt"), "-o", str(tmp_path / "leeg.html")]) == 0
    assert "leeg.txt: the file is empty" in capsys.readouterr().err


def test_cli_render_reads_another_encoding(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src = tmp_path / "cafe.txt"
    src.write_bytes(' date 2019-03 Café Kim zegt: "Goed."\n'.encode("cp1252"))
    assert main(["render", str(src), "-o", str(tmp_path / "a.html")]) == 1
    err = capsys.readouterr().err
    assert "--encoding cp1252" in err
    assert "errors=" not in err
    assert main(["render", str(src), "--encoding", "cp1252", "-o", str(tmp_path / "a.html")]) == 0
    assert "Café" in (tmp_path / "a.html").read_text(encoding="utf-8")
