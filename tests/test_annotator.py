"""The post-pass that improves speakers and entities with an annotation.

The annotations come from real ``stanza.Document`` objects built from the
fixtures in ``tests/data`` (short articles written for the tests) and mapped by
the same code a pipeline's output takes; the hand-made ones need no stanza.
"""

from __future__ import annotations

from typing import Any

import pytest

import koreanews
import stanza_docs
from koreanews import pipeline
from koreanews._context import Context, QuoteDraft
from koreanews.annotation import Annotation, NamedEntity, Token
from koreanews.lang import get_profile
from koreanews.models import Block, BlockKind, EntityKind, QuoteKind, Span
from koreanews.speech import annotator

# -- helpers -------------------------------------------------------------------------


class RecordingCast:
    """Follows the Cast contract: names resolve to themselves, unnamed sources to None."""

    UNNAMED = frozenset({"een woordvoerder", "the talks", "a spokesman"})

    def __init__(self) -> None:
        self.added: list[tuple[str, Span, EntityKind]] = []
        self.resolved: list[tuple[str, Span]] = []

    def add(self, name: str, span: Span, kind: EntityKind = EntityKind.PERSON) -> str:
        self.added.append((name, span, kind))
        return name

    def covers(self, span: Span) -> bool:
        return any(span.overlaps(added) for _, added, _ in self.added)

    def resolve(self, phrase: str, span: Span) -> str | None:
        self.resolved.append((phrase, span))
        if phrase.lower() in self.UNNAMED:
            return None
        return phrase


def _blocks(text: str, boilerplate_first_line: bool = False) -> list[Block]:
    """A header block for ' date YYYY-MM ', then one block per line."""
    blocks = [Block(BlockKind.HEADER, text[1:13], Span(1, 13))]
    start = 14
    for number, line in enumerate(text[14:].split("\n")):
        if line:
            if number == 0:
                kind = BlockKind.BOILERPLATE if boilerplate_first_line else BlockKind.HEADING
            else:
                kind = BlockKind.PARAGRAPH
            blocks.append(Block(kind, line, Span(start, start + len(line))))
        start += len(line) + 1
    return blocks


def _context(text: str, lang: str, annotation: Annotation | None, **kw: Any) -> Context:
    return Context(
        text=text,
        lang=lang,
        profile=get_profile(lang),
        body_start=14,
        blocks=_blocks(text, **kw),
        annotation=annotation,
    )


def _span(text: str, part: str, after: str = "") -> Span:
    start = text.index(part, text.index(after) if after else 0)
    return Span(start, start + len(part))


def _draft(
    text: str,
    quote: str,
    kind: QuoteKind = QuoteKind.DIRECT,
    cue: str | None = None,
    **kw: Any,
) -> QuoteDraft:
    draft = QuoteDraft(text=quote, kind=kind, span=_span(text, quote), **kw)
    if cue is not None:
        draft.cue = cue
        draft.cue_span = _span(text, cue)
    return draft


@pytest.fixture
def nl() -> tuple[str, Annotation]:
    pytest.importorskip("stanza")
    from koreanews.annotators import annotation_from_stanza

    doc = stanza_docs.document("stanza_nl")
    return doc.text, annotation_from_stanza(doc, doc.text)


@pytest.fixture
def en() -> tuple[str, Annotation]:
    pytest.importorskip("stanza")
    from koreanews.annotators import annotation_from_stanza

    doc = stanza_docs.document("stanza_en")
    return doc.text, annotation_from_stanza(doc, doc.text)


# -- speakers ----------------------------------------------------------------------------


def test_subject_of_the_cue_verb_is_the_speaker(nl: tuple[str, Annotation]) -> None:
    text, annotation = nl
    draft = _draft(text, "We blijven praten.", cue="zei")
    cast = RecordingCast()
    annotator.improve(_context(text, "nl", annotation), [draft], cast)  # type: ignore[arg-type]
    # The relative clause between subject and verb is left out of the phrase.
    assert draft.speaker_key == "Moon Jae-in"
    assert draft.source_text == "Moon Jae-in"
    assert draft.source_span == _span(text, "Moon Jae-in")
    assert ("Moon Jae-in", _span(text, "Moon Jae-in")) in cast.resolved


def test_speaker_from_rules_is_kept(nl: tuple[str, Annotation]) -> None:
    text, annotation = nl
    draft = _draft(text, "We blijven praten.", cue="zei")
    draft.speaker_key, draft.source_text = "Washington", "Washington"
    cast = RecordingCast()
    annotator.improve(_context(text, "nl", annotation), [draft], cast)  # type: ignore[arg-type]
    assert draft.speaker_key == "Washington"
    assert cast.resolved == []


def test_pronoun_from_rules_gives_way_to_the_subject(nl: tuple[str, Annotation]) -> None:
    text, annotation = nl
    draft = _draft(text, "We blijven praten.", cue="zei")
    draft.speaker_key, draft.source_text = "Kim Yo-jong", "ze"
    annotator.improve(_context(text, "nl", annotation), [draft], RecordingCast())  # type: ignore[arg-type]
    assert draft.speaker_key == "Moon Jae-in"


def test_quote_without_cue_hangs_under_its_verb(nl: tuple[str, Annotation]) -> None:
    text, annotation = nl
    draft = _draft(text, "Dit is pas het begin")
    annotator.improve(_context(text, "nl", annotation), [draft], RecordingCast())  # type: ignore[arg-type]
    assert draft.speaker_key == "Kang Kyung-wha"
    assert draft.cue == "grapte"
    assert draft.cue_span == _span(text, "grapte")


@pytest.mark.parametrize("kind", [QuoteKind.PARTIAL, QuoteKind.TERM])
def test_partial_and_term_quotes_without_cue_stay_unattributed(
    nl: tuple[str, Annotation], kind: QuoteKind
) -> None:
    text, annotation = nl
    draft = _draft(text, "Dit is pas het begin", kind=kind)
    cast = RecordingCast()
    annotator.improve(_context(text, "nl", annotation), [draft], cast)  # type: ignore[arg-type]
    assert draft.speaker_key is None
    assert draft.cue is None
    assert cast.resolved == []


def test_volgens_points_at_its_noun(nl: tuple[str, Annotation]) -> None:
    text, annotation = nl
    draft = _draft(text, "verliep het overleg constructief", QuoteKind.INDIRECT, cue="Volgens")
    annotator.improve(_context(text, "nl", annotation), [draft], RecordingCast())  # type: ignore[arg-type]
    assert draft.speaker_key == "Yonhap"
    assert draft.cue == "Volgens"


def test_english_cues(en: tuple[str, Annotation]) -> None:
    text, annotation = en
    said = _draft(text, "the talks would go on", QuoteKind.INDIRECT, cue="said")
    joked = _draft(text, "We don't want to rush this,", source_text="the talks")
    according = _draft(text, "the envoy left for Tokyo", QuoteKind.INDIRECT, cue="According to")
    drafts = [said, joked, according]
    out = annotator.improve(_context(text, "en", annotation), drafts, RecordingCast())  # type: ignore[arg-type]
    assert out is drafts
    assert said.speaker_key == "President Moon Jae-in"  # the cast strips titles, not this pass
    assert joked.speaker_key == "Moon"
    assert (joked.cue, joked.source_text) == ("joked", "Moon")
    assert according.speaker_key == "Yonhap"


def test_unnamed_subject_leaves_no_speaker(en: tuple[str, Annotation]) -> None:
    text, annotation = en
    # The subject of "go" is "the talks": the cast resolves it to nobody.
    draft = _draft(text, "would go on", QuoteKind.INDIRECT, cue="go")
    annotator.improve(_context(text, "en", annotation), [draft], RecordingCast())  # type: ignore[arg-type]
    assert draft.speaker_key is None


def test_without_annotation_nothing_changes() -> None:
    text = ' date 2019-07 Kop\n"Ja", zei Kim.\n'
    draft = _draft(text, "Ja")
    cast = RecordingCast()
    assert annotator.improve(_context(text, "nl", None), [draft], cast) == [draft]  # type: ignore[arg-type]
    assert (draft.speaker_key, cast.added, cast.resolved) == (None, [], [])


# -- hand-made annotations (no stanza needed) -------------------------------------------


def _annotation(text: str, rows: list[tuple[str, str, int, str]], ents: Any = ()) -> Annotation:
    """Tokens from (text, upos, head, deprel) rows; head is 0-based, -1 for the root."""
    tokens = []
    cursor = 0
    for word, upos, head, deprel in rows:
        start = text.index(word, cursor)
        cursor = start + len(word)
        tokens.append(Token(Span(start, cursor), word, upos=upos, head=head, deprel=deprel))
    entities = [NamedEntity(_span(text, name), name, label) for name, label in ents]
    return Annotation(sentences=[Span(14, len(text))], tokens=tokens, entities=entities)


APPOS = ' date 2019-07 Kop\nDe minister, Kang Kyung-wha, zei: "We praten."\n'


def test_name_in_apposition_is_preferred_over_the_role() -> None:
    rows = [
        ("date", "X", 8, "dep"),
        ("2019-07", "NUM", 0, "nummod"),
        ("Kop", "NOUN", 0, "flat"),
        ("De", "DET", 4, "det"),
        ("minister", "NOUN", 8, "nsubj"),
        (",", "PUNCT", 6, "punct"),
        ("Kang", "PROPN", 4, "appos"),
        ("Kyung-wha", "PROPN", 6, "flat"),
        ("zei", "VERB", -1, "root"),
    ]
    annotation = _annotation(APPOS, rows)
    draft = _draft(APPOS, "We praten.", cue="zei")
    annotator.improve(_context(APPOS, "nl", annotation), [draft], RecordingCast())  # type: ignore[arg-type]
    assert draft.source_text == "Kang Kyung-wha"


PRONOUN = ' date 2019-07 Kop\n"Ja", zei hij.\n'
#: Its parse: "hij" is the subject of "zei".
PRONOUN_ROWS = [
    ("date", "X", 4, "dep"),
    ("2019-07", "NUM", 0, "nummod"),
    ("Kop", "NOUN", 0, "flat"),
    ("Ja", "INTJ", -1, "root"),
    ("zei", "VERB", 3, "parataxis"),
    ("hij", "PRON", 4, "nsubj"),
]


def test_pronoun_subject_does_not_replace_the_rules_pronoun() -> None:
    annotation = _annotation(PRONOUN, PRONOUN_ROWS)
    draft = _draft(PRONOUN, "Ja", cue="zei", speaker_key="Moon Jae-in", source_text="hij")
    cast = RecordingCast()
    annotator.improve(_context(PRONOUN, "nl", annotation), [draft], cast)  # type: ignore[arg-type]
    assert draft.speaker_key == "Moon Jae-in"


def test_pronoun_subject_is_resolved_when_rules_found_nobody() -> None:
    annotation = _annotation(PRONOUN, PRONOUN_ROWS)
    draft = _draft(PRONOUN, "Ja", cue="zei")
    cast = RecordingCast()
    annotator.improve(_context(PRONOUN, "nl", annotation), [draft], cast)  # type: ignore[arg-type]
    assert cast.resolved == [("hij", _span(PRONOUN, "hij"))]
    assert draft.speaker_key == "hij"  # RecordingCast resolves every phrase to itself


ORG = " date 2019-07 Kop\nYonhap meldde dat de top doorgaat.\n"


class NobodyCast(RecordingCast):
    def resolve(self, phrase: str, span: Span) -> str | None:
        self.resolved.append((phrase, span))
        return None


def test_proper_noun_the_cast_does_not_know_is_added_with_its_ner_kind() -> None:
    rows = [
        ("date", "X", 4, "dep"),
        ("2019-07", "NUM", 0, "nummod"),
        ("Kop", "NOUN", 0, "flat"),
        ("Yonhap", "PROPN", 4, "nsubj"),
        ("meldde", "VERB", -1, "root"),
    ]
    annotation = _annotation(ORG, rows, [("Yonhap", "ORG")])
    draft = _draft(ORG, "de top doorgaat.", QuoteKind.INDIRECT, cue="meldde")
    cast = NobodyCast()
    annotator.improve(_context(ORG, "nl", annotation), [draft], cast)  # type: ignore[arg-type]
    span = _span(ORG, "Yonhap")
    assert cast.added.count(("Yonhap", span, EntityKind.ORGANISATION)) == 2  # NER, then speaker
    assert draft.speaker_key == "Yonhap"


# -- entities ------------------------------------------------------------------------------


def test_named_entities_in_content_are_added_with_their_kind(nl: tuple[str, Annotation]) -> None:
    text, annotation = nl
    cast = RecordingCast()
    annotator.improve(_context(text, "nl", annotation), [], cast)  # type: ignore[arg-type]
    assert [(name, kind) for name, _, kind in cast.added] == [
        ("Seoul", EntityKind.PLACE),
        ("Kim Yo-jong", EntityKind.PERSON),
        ("Pyongyang", EntityKind.PLACE),
        ("Kang Kyung-wha", EntityKind.PERSON),
        ("Seoul", EntityKind.PLACE),
        ("Yonhap", EntityKind.ORGANISATION),
        ("Moon Jae-in", EntityKind.PERSON),
        ("Washington", EntityKind.PLACE),
    ]  # MISC ("Noord-Koreaanse") is no entity of the cast
    for name, span, _ in cast.added:
        assert span.slice(text) == name


def test_named_entities_outside_content_are_ignored(nl: tuple[str, Annotation]) -> None:
    text, annotation = nl
    cast = RecordingCast()
    ctx = _context(text, "nl", annotation, boilerplate_first_line=True)
    annotator.improve(ctx, [], cast)  # type: ignore[arg-type]
    assert cast.added[0][0] == "Kim Yo-jong"  # the headline's Seoul is in boilerplate now


# -- through koreanews.parse ----------------------------------------------------------------


class FakeAnnotator:
    """An Annotator whose annotate() returns a ready annotation, recording its calls."""

    def __init__(self, annotation: Annotation) -> None:
        self.annotation = annotation
        self.calls: list[tuple[str, str]] = []

    def annotate(self, text: str, lang: str) -> Annotation:
        self.calls.append((text, lang))
        return self.annotation

    def annotate_many(self, texts: Any, langs: Any) -> list[Annotation]:
        return [self.annotate(t, lang) for t, lang in zip(texts, langs, strict=True)]


def _speakers(article: koreanews.Article) -> dict[str, str | None]:
    return {q.text: q.speaker.name if q.speaker else None for q in article.quotes}


def test_parse_uses_the_annotation(nl: tuple[str, Annotation]) -> None:
    text, annotation = nl
    annotator = FakeAnnotator(annotation)
    article = koreanews.parse(text, annotator=annotator)
    assert annotator.calls == [(text, "nl")]
    speakers = _speakers(article)
    assert speakers["Dit is pas het begin"] == "Kang Kyung-wha"
    assert speakers["We blijven praten."] == "Moon Jae-in"
    names = [p.name for p in article.people]
    assert "Kim Yo-jong" in names  # named, never quoted: found by NER
    assert koreanews.parse(text, annotator=annotation) == article


def test_parse_english_with_annotation(en: tuple[str, Annotation]) -> None:
    text, annotation = en
    article = koreanews.parse(text, annotator=FakeAnnotator(annotation))
    speaker = _speakers(article)["We don't want to rush this,"]
    assert speaker is not None
    assert "Moon" in speaker


def test_parse_speaker_only_the_parse_can_find(
    nl: tuple[str, Annotation], monkeypatch: pytest.MonkeyPatch
) -> None:
    """With the rule path giving no speaker at all, the parse still finds both."""
    text, annotation = nl

    def no_rules(ctx: Context, drafts: list[QuoteDraft], cast: Any) -> list[QuoteDraft]:
        return drafts

    def two_quotes(ctx: Context) -> list[QuoteDraft]:
        return [_draft(text, "Dit is pas het begin"), _draft(text, "We blijven praten.", cue="zei")]

    monkeypatch.setattr(pipeline.speech.attribution, "attribute", no_rules)
    monkeypatch.setattr(pipeline.quotes, "find_quotes", two_quotes)
    assert _speakers(koreanews.parse(text)) == {
        "Dit is pas het begin": None,
        "We blijven praten.": None,
    }
    assert _speakers(koreanews.parse(text, annotator=FakeAnnotator(annotation))) == {
        "Dit is pas het begin": "Kang Kyung-wha",
        "We blijven praten.": "Moon Jae-in",
    }


def test_a_source_inside_the_quote_is_refused() -> None:
    text = ' date 2019-07 Kop\n"Kim zegt ja", meldde de krant.\n'
    rows = [
        ("date", "X", 5, "dep"),
        ("2019-07", "NUM", 0, "nummod"),
        ("Kop", "NOUN", 0, "flat"),
        ("Kim", "PROPN", 4, "nsubj"),
        ("zegt", "VERB", -1, "root"),
        ("ja", "INTJ", 4, "obj"),
        ("meldde", "VERB", 4, "parataxis"),
    ]
    annotation = _annotation(text, rows)
    draft = _draft(text, "Kim zegt ja", cue="zegt")  # a cue found inside the quote
    cast = RecordingCast()
    annotator.improve(_context(text, "nl", annotation), [draft], cast)  # type: ignore[arg-type]
    assert draft.speaker_key is None
    assert cast.resolved == []


def test_an_annotator_entity_inside_a_found_name_adds_no_entity() -> None:
    """An annotator entity covering only "Jong-un" of "Kim Jong-un" is no second person."""
    text = ' date 2018-02 Kop\nKim Jong-un zegt: "We zijn klaar."\n'
    rows = [
        ("date", "X", 2, "dep"),
        ("2018-02", "NUM", 0, "nummod"),
        ("Kim", "PROPN", 4, "nsubj"),
        ("Jong-un", "PROPN", 2, "flat"),
        ("zegt", "VERB", -1, "root"),
    ]
    annotation = _annotation(text, rows, [("Jong-un", "PER")])
    article = koreanews.parse(text, annotator=annotation)
    assert [p.name for p in article.people] == ["Kim Jong-un"]
    assert article.quotes[0].speaker is not None
    assert article.quotes[0].speaker.name == "Kim Jong-un"
