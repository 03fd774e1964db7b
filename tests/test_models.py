"""The data model: validation, formatting and the lossless dict/JSON round trip."""

from __future__ import annotations

import datetime as dt
import enum
import json
import pickle
import pydoc
import re
from pathlib import Path

import attrs
import pytest

import koreanews
from koreanews import (
    Article,
    ArticleFormatError,
    Block,
    BlockKind,
    Entity,
    EntityKind,
    Evidence,
    KoreanewsError,
    NewsDate,
    Quote,
    QuoteKind,
    Span,
)
from koreanews.models import json_chunks

DATA = Path(__file__).parent / "data"

TEXT = (
    " date 2021-03-09 Bakkers in Busan\n\n"
    "„We bakken al veertig jaar”, zegt bakker Jang Mi-ok. Volgens Jang gaat het goed."
)


def _article() -> Article:
    """A hand-built article that uses every field of every class."""
    jang = Entity(
        "Jang Mi-ok",
        EntityKind.PERSON,
        mentions=(Span(76, 86), Span(96, 100)),
        roles=("bakker",),
        id=None,
    )
    busan = Entity("Busan", kind="place", mentions=[Span(28, 33)], id="gpe:busan", label="Busan")
    direct = Quote(
        text="We bakken al veertig jaar",
        kind=QuoteKind.DIRECT,
        span=Span(36, 61),
        speaker=jang,
        cue="zegt",
        cue_span=Span(64, 68),
        source_text="bakker Jang Mi-ok",
        source_span=Span(69, 86),
        lang="nl",
        parts=(Span(36, 61),),
        marks=("„", "”"),
        evidence=Evidence("nl:after-quote", "exact", 0.9),
    )
    indirect = Quote(text="gaat het goed", kind="indirect", span=Span(101, 114), cue="Volgens")
    return Article(
        text=TEXT,
        lang="nl",
        date=NewsDate(2021, 3, 9),
        blocks=[
            Block(BlockKind.HEADER, "date 2021-03-09", Span(1, 16), lang="nl", rule="header"),
            Block("heading", "Bakkers in Busan", Span(17, 33), lang="nl"),
            Block(BlockKind.PARAGRAPH, TEXT[35:], Span(35, len(TEXT)), lang="nl", rule=None),
        ],
        quotes=[direct, indirect],
        entities=[jang, busan],
        warnings=["a warning"],
        source="bakkers.txt",
    )


# -- Span -------------------------------------------------------------------


def test_span_basics() -> None:
    span = Span(2, 5)
    assert len(span) == 3
    assert span.slice("abcdefg") == "cde"
    assert span.contains(Span(3, 5))
    assert not span.contains(Span(1, 3))
    assert span.overlaps(Span(4, 9))
    assert not span.overlaps(Span(5, 9))  # half-open: touching is not overlapping
    assert Span(0, 0).slice("abc") == ""
    assert Span.from_list(span.to_list()) == span
    assert sorted([Span(3, 4), Span(1, 9), Span(1, 2)]) == [Span(1, 2), Span(1, 9), Span(3, 4)]


@pytest.mark.parametrize(("start", "end"), [(-1, 3), (5, 4), (-3, -1)])
def test_span_rejects_bad_offsets(start: int, end: int) -> None:
    with pytest.raises(ValueError, match=r"Span end|start must be"):
        Span(start, end)


def test_span_is_frozen() -> None:
    span = Span(1, 2)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        span.start = 0  # type: ignore[misc]


# -- NewsDate ---------------------------------------------------------------


def test_newsdate_keeps_its_precision() -> None:
    month = NewsDate(2018, 2)
    day = NewsDate(2018, 2, 14)
    assert (month.isoformat(), month.precision) == ("2018-02", "month")
    assert (day.isoformat(), day.precision) == ("2018-02-14", "day")
    assert str(day) == "2018-02-14"
    assert month.to_date() == dt.date(2018, 2, 1)
    assert day.to_date() == dt.date(2018, 2, 14)
    assert NewsDate(5, 1).isoformat() == "0005-01"


@pytest.mark.parametrize("value", ["2018-02", "2018-02-14", "1999-12-31", "2020-02-29"])
def test_newsdate_isoformat_round_trip(value: str) -> None:
    assert NewsDate.fromisoformat(value).isoformat() == value


@pytest.mark.parametrize(
    ("year", "month", "day"),
    [(2018, 13, None), (2018, 0, None), (2018, 2, 30), (2019, 2, 29), (0, 1, None), (2018, 4, 31)],
)
def test_newsdate_rejects_impossible_dates(year: int, month: int, day: int | None) -> None:
    with pytest.raises(ValueError, match=r"month|year|day"):
        NewsDate(year, month, day)


@pytest.mark.parametrize("value", ["2018", "2018-2-x", "18-02-01-01", "feb 2018", "", "2018-13"])
def test_newsdate_fromisoformat_rejects_junk(value: str) -> None:
    with pytest.raises(ValueError, match=r"YYYY-MM|month must be"):
        NewsDate.fromisoformat(value)


# -- enums ------------------------------------------------------------------


@pytest.mark.parametrize("kind", [BlockKind, QuoteKind, EntityKind])
def test_enums_are_str(kind: type[enum.Enum]) -> None:
    for member in kind:
        assert isinstance(member, str)
        assert member == member.value
        assert str(member) == member.value
        assert kind(member.value) is member
        assert json.dumps(member) == json.dumps(member.value)


def test_quote_kinds_are_the_four_of_the_format() -> None:
    assert {k.value for k in QuoteKind} == {"direct", "partial", "indirect", "term"}


def test_converters_accept_plain_strings() -> None:
    assert Block("caption", "Foto: AP", Span(0, 8)).kind is BlockKind.CAPTION
    assert Quote("x", "term", Span(0, 1)).kind is QuoteKind.TERM
    with pytest.raises(ValueError, match="speech"):
        Quote("x", "speech", Span(0, 1))


# -- Article ----------------------------------------------------------------


def test_article_views() -> None:
    article = _article()
    assert article.headings == ("Bakkers in Busan",)
    assert article.paragraphs == (TEXT[35:],)
    assert article.boilerplate == ()
    assert article.captions == ()
    assert [p.name for p in article.people] == ["Jang Mi-ok"]
    assert [p.name for p in article.places] == ["Busan"]
    assert article.organisations == ()
    for quote in article.quotes:
        assert quote.span.slice(article.text) == quote.text
    assert [m.slice(article.text) for m in article.people[0].mentions] == ["Jang Mi-ok", "Jang"]
    assert isinstance(article.blocks, tuple)
    assert isinstance(article.quotes, tuple)


def test_article_dict_round_trip() -> None:
    article = _article()
    data = article.to_dict()
    assert data["date"] == "2021-03-09"
    assert data["quotes"][0]["kind"] == "direct"
    # the quote refers to its speaker by the entity's position, never a copy of it
    assert data["quotes"][0]["speaker"] == 0
    assert data["entities"][0]["name"] == "Jang Mi-ok"
    assert Article.from_dict(data) == article
    restored = Article.from_dict(data)
    assert restored.quotes[0].speaker is restored.entities[0]


def test_article_json_round_trip() -> None:
    article = _article()
    encoded = article.to_json()
    assert "„" in encoded  # ensure_ascii=False by default
    assert json.loads(encoded) == article.to_dict()  # plain JSON types only
    assert Article.from_json(encoded) == article
    assert Article.from_json(encoded.encode("utf-8")) == article
    assert Article.from_json(article.to_json(indent=2, ensure_ascii=True)) == article


@pytest.mark.parametrize("protocol", [2, pickle.HIGHEST_PROTOCOL])
def test_article_pickle_round_trip(protocol: int) -> None:
    article = _article()
    restored = pickle.loads(pickle.dumps(article, protocol=protocol))
    assert restored == article
    assert restored.to_json() == article.to_json()
    # the speaker is the entity of the article, not a copy of it
    assert restored.quotes[0].speaker is restored.entities[0]
    assert type(restored.blocks[0].kind) is BlockKind
    assert hash(restored.blocks[1].span) == hash(article.blocks[1].span)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        restored.lang = "en"  # type: ignore[misc]


def test_pickle_keeps_a_speaker_that_is_not_among_the_entities() -> None:
    article = _article()
    stranger = Entity("Kim Dae-ho", mentions=(Span(0, 3),))
    quote = attrs.evolve(article.quotes[1], speaker=stranger)
    changed = attrs.evolve(article, quotes=(article.quotes[0], quote))
    restored = pickle.loads(pickle.dumps(changed))
    assert restored == changed
    assert restored.quotes[1].speaker == stranger


def test_minimal_article_round_trip() -> None:
    article = Article(text="", lang="en")
    assert article.date is None
    assert Article.from_json(article.to_json()) == article


def test_from_dict_rejects_an_unknown_schema() -> None:
    data = _article().to_dict()
    data["schema"] = 999
    with pytest.raises(ArticleFormatError, match="schema"):
        Article.from_dict(data)


def test_schema_1_articles_still_load() -> None:
    """A line written by koreanews before schema 2 (speakers copied into each quote)."""
    line = (DATA / "schema1-article.json").read_text(encoding="utf-8")
    data = json.loads(line)
    assert data["schema"] == 1
    assert any(isinstance(q["speaker"], dict) for q in data["quotes"])  # the old layout
    article = Article.from_json(line)
    assert all(q.evidence is None for q in article.quotes)
    assert all(b.span.slice(article.text) == b.text for b in article.blocks)
    for quote, written in zip(article.quotes, data["quotes"], strict=True):
        assert quote.text == written["text"]
        assert quote.lang == written["lang"]
        if written["speaker"] is None:
            assert quote.speaker is None
        else:  # the article's own entity, not a copy
            assert quote.speaker is not None
            assert quote.speaker.name == written["speaker"]["name"]
            assert any(quote.speaker is e for e in article.entities)
    # and it is written again in the current layout, losslessly
    assert Article.from_json(article.to_json()) == article


@pytest.mark.parametrize("confidence", [-0.1, 1.5])
def test_evidence_confidence_lies_between_0_and_1(confidence: float) -> None:
    with pytest.raises(ValueError, match="confidence"):
        Evidence("nl:colon", "exact", confidence)


def test_article_is_frozen_and_hashable_parts() -> None:
    article = _article()
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        article.lang = "en"  # type: ignore[misc]
    assert hash(article.quotes[0].span) == hash(Span(36, 61))


# -- the JSON layout (schema 2) -----------------------------------------------------


def test_the_text_is_written_once() -> None:
    article = _article()
    data = article.to_dict()
    assert "text" not in data["blocks"][2]  # a block is its span
    assert [TEXT[slice(*b["span"])] for b in data["blocks"]] == [b.text for b in article.blocks]
    assert "source_text" not in data["quotes"][0]  # the slice under source_span
    assert data["quotes"][0]["source_span"] == [69, 86]
    assert "lang" not in data["quotes"][0]  # the article's
    assert data["quotes"][1]["lang"] is None  # differs from the article's: written
    # empty and null fields are left out
    assert set(data["quotes"][1]) == {"text", "kind", "span", "cue", "lang"}
    assert article.to_json().count("We bakken al veertig jaar") == 2  # text, quote


def test_marks_are_written_only_where_the_text_does_not_show_them() -> None:
    text = " date 2021-03 ,,Ja'', zei hij. “Nee, zei ze. Kim zei dat het kan."
    span = Span(text.index("Ja"), text.index("Ja") + 2)
    double = Quote("Ja", "direct", span, marks=(",,", "''"))  # two characters each
    single = Quote(
        "Nee", "direct", Span(text.index("Nee"), text.index("Nee") + 3), marks=("“", ",")
    )
    unclosed = attrs.evolve(single, marks=("“", ""))
    bare = attrs.evolve(single, marks=None)  # built by hand: no marks at all
    indirect = Quote("het kan", "indirect", Span(text.index("het kan"), text.index("het kan") + 7))
    quotes = [double, single, unclosed, bare, indirect]
    article = Article(text=text, lang="nl", quotes=quotes)
    written = [q.get("marks", "absent") for q in article.to_dict()["quotes"]]
    assert written == [[",,", "''"], "absent", ["“", ""], None, "absent"]
    assert Article.from_dict(article.to_dict()) == article
    assert Article.from_json(article.to_json()) == article


def test_evidence_is_written_as_rule_resolver_confidence() -> None:
    data = _article().to_dict()
    # the rule without the article's language ("nl:"), which the reader puts back
    assert data["quotes"][0]["evidence"] == ["after-quote", "exact", 0.9]
    assert Article.from_dict(data).quotes[0].evidence == Evidence("nl:after-quote", "exact", 0.9)
    assert "evidence" not in data["quotes"][1]
    data["quotes"][0]["evidence"] = {"rule": "nl:colon", "resolver": "role", "confidence": 0.5}
    assert Article.from_dict(data).quotes[0].evidence == Evidence("nl:colon", "role", 0.5)


@pytest.mark.parametrize(
    ("rule", "written"),
    [
        ("nl:paragraph", "paragraph"),  # the article's language is left out
        ("en:byline", "en:byline"),  # another language's rule stays whole
        ("header", ":header"),  # a rule of no language is marked as such
        (None, None),
    ],
)
def test_a_rule_is_written_without_the_articles_language(
    rule: str | None, written: str | None
) -> None:
    block = Block("paragraph", "Hoi", Span(0, 3), lang="nl", rule=rule)
    evidence = Evidence(rule, "exact", 0.5)
    quote = Quote("Hoi", "direct", Span(0, 3), evidence=evidence)
    article = Article(text="Hoi", lang="nl", blocks=[block], quotes=[quote])
    data = article.to_dict()
    assert data["blocks"][0].get("rule") == written
    assert data["quotes"][0]["evidence"][0] == written
    assert Article.from_dict(data) == article
    assert Article.from_json(article.to_json()) == article


def test_json_is_at_most_three_times_the_text_of_the_gold_articles(gold_dir: Path) -> None:
    """The issue's measure: the text once, plus what a reader needs without slicing."""
    text_bytes = json_bytes = 0
    for path in sorted(gold_dir.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                text = json.loads(line)["text"]
                text_bytes += len(text.encode("utf-8"))
                json_bytes += len(koreanews.parse(text).to_json().encode("utf-8"))
    assert json_bytes <= 3 * text_bytes, json_bytes / text_bytes


def test_a_block_whose_text_is_not_its_slice_keeps_its_text() -> None:
    article = Article(
        text="abc", lang="nl", blocks=[Block("paragraph", "xyz", Span(0, 3), lang="nl")]
    )
    assert article.to_dict()["blocks"][0]["text"] == "xyz"
    assert Article.from_dict(article.to_dict()) == article


def test_a_speaker_outside_the_entities_is_written_in_full() -> None:
    article = _article()
    stranger = Entity("Kim Dae-ho", mentions=(Span(0, 3),))
    quote = attrs.evolve(article.quotes[1], speaker=stranger)
    changed = attrs.evolve(article, quotes=(article.quotes[0], quote))
    data = changed.to_dict()
    assert data["quotes"][0]["speaker"] == 0
    assert data["quotes"][1]["speaker"]["name"] == "Kim Dae-ho"
    assert Article.from_dict(data) == changed
    # an equal copy of an article's entity is written as its position
    copy = attrs.evolve(article.quotes[0], speaker=Entity.from_dict(article.entities[0].to_dict()))
    assert attrs.evolve(article, quotes=[copy]).to_dict()["quotes"][0]["speaker"] == 0


def test_json_grows_linearly_with_quotes_and_mentions() -> None:
    """The old layout copied the speaker with all its mentions into every quote."""

    def article(n: int) -> Article:
        words = "x" * (10 * n)
        kim = Entity("Kim", mentions=[Span(i, i + 1) for i in range(n)])
        quotes = [Quote("x", "direct", Span(i, i + 1), speaker=kim) for i in range(n)]
        return Article(text=words, lang="nl", quotes=quotes, entities=[kim])

    small, large = len(article(100).to_json()), len(article(1000).to_json())
    assert large < 11 * small  # quadratic growth would make it about 100 times


@pytest.mark.parametrize("ensure_ascii", [False, True])
def test_to_json_is_json_dumps_of_to_dict(ensure_ascii: bool) -> None:
    """to_json encodes its lists a batch at a time, to the same document."""
    many = [
        Quote(f"woord {i} „x”", "direct", Span(i, i + 1), speaker=_article().entities[i % 2])
        for i in range(1300)
    ]
    long = attrs.evolve(_article(), quotes=many, text=TEXT + " lang„”" * 10_000)  # in batches
    for article in (_article(), Article(text="", lang="en"), long):
        expected = json.dumps(article.to_dict(), ensure_ascii=ensure_ascii, separators=(",", ":"))
        assert article.to_json(ensure_ascii=ensure_ascii) == expected
        assert article.to_json(separators=(", ", ": ")) == json.dumps(
            article.to_dict(), ensure_ascii=False
        )


def test_to_json_is_compact_unless_indented() -> None:
    article = _article()
    assert '"schema":2,' in article.to_json()
    assert '"schema": 2,' in article.to_json(indent=2)
    assert "\n" not in article.to_json()


def test_a_lone_surrogate_is_escaped_in_the_pieces_of_a_long_article() -> None:
    text = "\udc80 x" * 30_000
    article = Article(text=text, lang="nl", source="\ud800.txt", warnings=["\udfff"])
    pieces = json_chunks(article)
    assert len(pieces) > 1
    for piece in pieces:
        piece.encode("utf-8")
    assert Article.from_json("".join(pieces)) == article


def test_a_lone_surrogate_is_escaped_in_json() -> None:
    text = " date 2021-03 Kim zegt: „Goed\ud800 zo”."
    article = Article(text=text, lang="nl", quotes=[Quote("Goed\ud800 zo", "direct", Span(25, 33))])
    encoded = article.to_json()
    assert "\ud800" not in encoded
    assert "\\ud800" in encoded
    encoded.encode("utf-8")  # can be written as UTF-8
    assert Article.from_json(encoded) == article
    assert Article.from_json(article.to_json(ensure_ascii=True)) == article
    # a high and a low surrogate side by side are, in JSON, the character they encode
    odd = Article(text="\ud83d\ude00", lang="en")
    assert Article.from_json(odd.to_json()).text == "\U0001f600"


# -- from_dict / from_json errors ---------------------------------------------------


@pytest.mark.parametrize(
    ("data", "where", "what"),
    [
        ({"foo": 1}, None, "text and lang are missing"),
        ([1, 2], None, "expected a JSON object"),
        ({"failure": True, "index": 3}, None, "ParseFailure"),
        ({"text": "x", "lang": "nl", "schema": 7}, "schema", "unsupported schema 7"),
        ({"text": 5, "lang": "nl"}, "text", "expected a string"),
        ({"text": "x", "lang": "nl", "date": "morgen"}, "date", "YYYY-MM"),
        ({"text": "x", "lang": "nl", "blocks": [{"kind": "paragraph"}]}, "blocks[0]", "'span'"),
        ({"text": "x", "lang": "nl", "blocks": {"a": 1}}, "blocks", "expected a list"),
        (
            {"text": "x", "lang": "nl", "blocks": [{"kind": "x", "span": [0, 1]}]},
            "blocks[0]",
            "'x' is not a valid BlockKind",
        ),
        (
            {"text": "x", "lang": "nl", "blocks": [{"kind": "paragraph", "span": [0, 9]}]},
            "blocks[0]",
            "runs past the end",
        ),
        (
            {
                "text": "x",
                "lang": "nl",
                "quotes": [{"text": "x", "kind": "direct", "span": [0, 1], "speaker": 2}],
            },
            "quotes[0]",
            "entity 2 does not exist",
        ),
        ({"text": "x", "lang": "nl", "entities": [{"kind": "person"}]}, "entities[0]", "'name'"),
    ],
)
def test_from_dict_says_what_is_wrong_and_where(data: object, where: str | None, what: str) -> None:
    with pytest.raises(ArticleFormatError) as info:
        Article.from_dict(data)  # type: ignore[arg-type]
    assert info.value.where == where
    assert what in str(info.value)
    assert isinstance(info.value, KoreanewsError)


@pytest.mark.parametrize("data", ["{not json", b"\xff\xfe", "", "[1, 2"])
def test_from_json_of_junk_is_an_article_format_error(data: str | bytes) -> None:
    with pytest.raises(ArticleFormatError, match="not valid JSON"):
        Article.from_json(data)


# -- ordering, reprs and help --------------------------------------------------------


def test_newsdates_are_totally_ordered() -> None:
    dates = [
        NewsDate(2019, 1),
        NewsDate(2018, 2, 28),
        NewsDate(2018, 2),
        NewsDate(2018, 2, 1),
        NewsDate(2018, 1, 31),
        NewsDate(2018, 3),
    ]
    ordered = sorted(dates)
    assert [d.isoformat() for d in ordered] == [
        "2018-01-31",
        "2018-02",  # a month sorts before every day of it
        "2018-02-01",
        "2018-02-28",
        "2018-03",
        "2019-01",
    ]
    # the same order as the isoformat strings
    assert ordered == sorted(dates, key=NewsDate.isoformat)
    month, first = NewsDate(2018, 2), NewsDate(2018, 2, 1)
    assert (month < first, month <= first, first > month, first >= month) == (True,) * 4
    assert (month < month, month <= month, month >= month, month > month) == (
        False,
        True,
        True,
        False,
    )
    assert month != first
    with pytest.raises(TypeError):
        _ = month < dt.date(2018, 2, 1)  # type: ignore[operator]
    articles = [Article("b", "nl", date=d) for d in dates]
    assert [a.date for a in sorted(articles, key=lambda a: a.date)] == ordered  # type: ignore[arg-type, return-value]


def test_article_repr_is_short() -> None:
    long_text = TEXT + " Meer tekst." * 2000
    article = attrs.evolve(_article(), text=long_text)
    shown = repr(article)
    assert len(shown) < 250
    for part in ("'bakkers.txt'", "2021-03-09", "nl", "3 blocks", "2 quotes", "2 entities"):
        assert part in shown
    assert "Bakkers in Busan" in shown  # the first words after the header
    assert "date 2021" not in shown
    assert repr(Article(text="", lang="en")).startswith("<Article no date, en, 0 chars")


def test_quote_and_entity_reprs_are_short() -> None:
    article = _article()
    many = attrs.evolve(article.entities[0], mentions=[Span(i, i + 1) for i in range(5000)])
    quote = attrs.evolve(article.quotes[0], speaker=many, text="lang " * 1000)
    assert len(repr(many)) < 120
    assert "mentions=5000" in repr(many)
    assert len(repr(quote)) < 200
    assert "speaker='Jang Mi-ok'" in repr(quote)
    assert len(repr(article.blocks[2])) < 150


def test_str_of_a_quote_reads_as_speaker_cue_and_words() -> None:
    direct, indirect = _article().quotes
    assert str(direct) == "Jang Mi-ok [zegt] direct: „We bakken al veertig jaar”"
    assert str(indirect) == "unknown speaker [Volgens] indirect: gaat het goed"
    unnamed = Quote("Nee", "direct", Span(0, 3), source_text="een woordvoerder", marks=('"', '"'))
    assert str(unnamed) == 'unnamed (een woordvoerder) direct: "Nee"'
    assert str(Quote("rode lijn", "term", Span(0, 9), marks=("‘", "’"))) == "term: ‘rode lijn’"


@pytest.mark.parametrize("cls", [Span, NewsDate, Block, Entity, Evidence, Quote, Article])
def test_help_describes_every_field(cls: type) -> None:
    shown = pydoc.render_doc(cls, renderer=pydoc.plaintext)
    for field in attrs.fields(cls):
        # "name (type): description" in the class docstring, which help() shows
        match = re.search(rf"^\s*\|?\s+{field.name} \([^)]*\): \S", shown, re.MULTILINE)
        assert match, f"{cls.__name__}.{field.name} is not described in help()"


@pytest.mark.parametrize("cls", [BlockKind, QuoteKind, EntityKind])
def test_help_describes_every_kind(cls: type[enum.Enum]) -> None:
    assert cls.__doc__ is not None
    for member in cls:
        assert member.name in cls.__doc__


@pytest.mark.parametrize(
    ("name", "id_", "label"),
    [
        ("VS", "gpe:united-states", "Verenigde Staten"),  # the label differs: written
        ("Busan", "gpe:busan", "Busan"),  # the label is the name: left out, restored
        ("Busan", "gpe:busan", None),  # made by hand without a label
        ("Jang Mi-ok", None, None),  # not in the gazetteer
        ("Jang Mi-ok", None, "Jang Mi-ok"),  # a label set by hand
    ],
)
def test_an_entity_label_survives_the_article_json(
    name: str, id_: str | None, label: str | None
) -> None:
    entity = Entity(name, mentions=[Span(0, 2)], id=id_, label=label)
    article = Article(text="VS", lang="nl", entities=[entity])
    again = Article.from_json(article.to_json())
    assert again.entities[0].label == label
    assert again == article
    assert Entity.from_dict(entity.to_dict()) == entity


def test_an_article_leaves_out_the_kind_of_a_person_and_reads_it_back() -> None:
    data = _article().to_dict()
    person, place = data["entities"]
    assert "kind" not in person
    assert place["kind"] == "place"
    again = Article.from_dict(data)
    assert [e.kind for e in again.entities] == [EntityKind.PERSON, EntityKind.PLACE]
