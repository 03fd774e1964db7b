"""Cues, sources, continuation and indirect speech, in Dutch and English.

The short articles here are written for these tests.  A stub cast stands in for
:class:`koreanews.speech.entities.Cast`: it resolves a phrase to itself without leading
articles, and unnamed sources and pronouns to None, so the tests check the
source phrases this stage finds.  A few tests go through :func:`koreanews.parse`.
"""

from __future__ import annotations

import re
from typing import Any

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

import koreanews
from invariants import call_count
from koreanews._context import Context, QuoteDraft
from koreanews.lang import get_profile, supported_languages
from koreanews.models import Block, BlockKind, QuoteKind, Span
from koreanews.quotes import find_quotes
from koreanews.speech.attribution import attribute

UNNAMED = {"woordvoerder", "woordvoerster", "analisten", "officials", "spokesman", "bron"}
PRONOUNS = {"hij", "zij", "ze", "he", "she"}


class StubCast:
    """Resolves "de minister Park" to "minister Park"; unnamed sources and pronouns to None."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, Span]] = []
        self.how = "exact"

    def resolve(self, phrase: str, span: Span, speakers: object = None) -> str | None:
        self.calls.append((phrase, span))
        words = phrase.split()
        if words[0].lower() in PRONOUNS or any(w.lower() in UNNAMED for w in words):
            return None
        while words and words[0].lower() in {"de", "het", "een", "the", "a", "an"}:
            words.pop(0)
        return " ".join(words) or None


def run(text: str, lang: str = "nl", headings: tuple[int, ...] = ()) -> list[QuoteDraft]:
    ctx = Context(text=text, lang=lang, profile=get_profile(lang))
    for n, m in enumerate(re.finditer(r"[^\n]+", text)):
        kind = BlockKind.HEADING if n in headings else BlockKind.PARAGRAPH
        ctx.blocks.append(Block(kind, m.group(0), Span(m.start(), m.end())))
    cast: Any = StubCast()
    return attribute(ctx, find_quotes(ctx), cast)


def one(text: str, lang: str = "nl", kind: QuoteKind | None = None) -> QuoteDraft:
    found = [q for q in run(text, lang) if kind is None or q.kind is kind]
    assert len(found) == 1, [(q.kind, q.text) for q in found]
    return found[0]


def who(q: QuoteDraft) -> tuple[str | None, str | None]:
    return q.source_text, q.cue


# -- Dutch: direct quotations -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "source", "cue"),
    [
        ("„We zijn klaar”, zegt Lee Jae-sung tegen persbureau Yonhap.", "Lee Jae-sung", "zegt"),
        ("'Dat is onaanvaardbaar', aldus Park.", "Park", "aldus"),
        ("'Geen commentaar', zo reageerde minister Choi zondag.", "minister Choi", "reageerde"),
        ("„We wachten af,” zei de Zuid-Koreaanse president.", "de Zuid-Koreaanse president", "zei"),
        ("Maar nu zegt Park: „We gaan praten.”", "Park", "zegt"),
        ("Moon: 'We gaan door met de gesprekken.'", "Moon", ":"),
        ("Park heeft in een verklaring gezegd: „De grens blijft dicht.”", "Park", "gezegd"),
        (
            "„De raket is geland”, bevestigt het ministerie van Defensie.",
            "het ministerie van Defensie",
            "bevestigt",
        ),
        ("„Er volgen sancties”, twitterde Trump dinsdag.", "Trump", "twitterde"),
    ],
)
def test_dutch_cues_and_sources(text: str, source: str, cue: str) -> None:
    q = one(text, kind=QuoteKind.DIRECT)
    assert who(q) == (source, cue)
    assert q.cue_span is not None
    assert text[q.cue_span.start : q.cue_span.end] == cue
    assert q.source_span is not None
    assert text[q.source_span.start : q.source_span.end] == source


def test_dutch_unnamed_source_keeps_its_phrase() -> None:
    q = one("„Het onderzoek loopt nog”, zei een woordvoerder van het leger.")
    assert q.source_text == "een woordvoerder"
    assert q.speaker_key is None


def test_dutch_partial_quotes() -> None:
    qs = run(
        "Park spreekt van „een historische dag”. Choi had het over een 'gevaarlijke escalatie'. "
        "Lee noemt de test een „provocatie”."
    )
    assert [(q.text, q.source_text, q.cue) for q in qs] == [
        ("een historische dag", "Park", "spreekt van"),
        ("gevaarlijke escalatie", "Choi", "had het over"),
        ("provocatie", "Lee", "noemt"),
    ]
    assert {q.kind for q in qs} == {QuoteKind.PARTIAL}


def test_dutch_continuation_in_the_next_paragraph() -> None:
    qs = run(
        "„De test is geslaagd”, zei generaal Ri.\n"
        "„Het volgende doel is de Stille Oceaan.”\n"
        "Analisten twijfelen."
    )
    assert [(q.speaker_key, q.cue) for q in qs] == [("generaal Ri", "zei"), ("generaal Ri", None)]


def test_continuation_stops_at_another_speaker() -> None:
    qs = run("„Ja”, zei Park. „Nee”, zei Lee.\n„Misschien.”")
    assert [q.speaker_key for q in qs] == ["Park", "Lee", "Lee"]


def test_pronoun_goes_to_the_previous_speaker() -> None:
    qs = run("„We praten”, zei Moon. „Maar niet lang”, voegde hij eraan toe.")
    assert [q.speaker_key for q in qs] == ["Moon", "Moon"]
    assert qs[1].source_text == "hij"


# -- English: a run of quotations and the prose between them ---------------------------------


def _en_speakers(text: str) -> list[str | None]:
    article = koreanews.parse(text, lang="en")
    return [q.speaker.name if q.speaker else None for q in article.quotes]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # a fragment in prose that never refers to the speaker before: a title, no one's
        (
            "“We will win this fight,” Senator Ann Reyes said on Monday.\n\n"
            "The council votes in March, when the new “Clean Streets” program starts.",
            ["Ann Reyes", None],
        ),
        # the prose names the speaker again, or refers to her by a pronoun of her gender
        (
            "“We will win,” Tom Berg said.\n\n"
            "Berg went on to praise the “steady hand” of the mayor.",
            ["Tom Berg", "Tom Berg"],
        ),
        (
            "“We will win,” Mrs. Ann Reyes said.\n\n"
            "The plan passed on Friday, a day after her call for “a fresh start.”",
            ["Ann Reyes", "Ann Reyes"],
        ),
        (
            "“We will win,” Mrs. Ann Reyes said.\n\n"
            "The plan passed on Friday, a day after his call for “a fresh start.”",
            ["Ann Reyes", None],
        ),
        # a full quotation after a paragraph about something else: no one's
        (
            "“We will win,” Tom Berg said.\n\nThe vote is on Friday.\n\n"
            "“Nobody wants to pay more.”",
            ["Tom Berg", None],
        ),
        # near-misses: the paragraph between is about him, or there is none
        (
            "“We will win,” Tom Berg said.\n\nBerg has led the council since 2010.\n\n"
            "“Nobody wants to pay more.”",
            ["Tom Berg", "Tom Berg"],
        ),
        (
            "“We will win,” Tom Berg said.\n\n“Nobody wants to pay more.”",
            ["Tom Berg", "Tom Berg"],
        ),
        # an organisation's statement goes on without its name
        (
            "“We will appeal,” the Ohio Farm Bureau said in a statement.\n\n"
            "Farmers in the north fear the “slow death” of small farms.",
            ["Ohio Farm Bureau", "Ohio Farm Bureau"],
        ),
    ],
)
def test_a_run_does_not_cross_prose_that_never_refers_to_its_speaker(
    text: str, speakers: list[str | None]
) -> None:
    assert _en_speakers(text) == speakers


# -- one decision per source phrase ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Ann Reyes spoke in Ohio on Monday.\n\n"
            "Reyes campaign chairman Tom Berg called the plan “a mess” and “a waste of money.”",
            "en",
        ),
        (
            "Ann Reyes spoke in Ohio on Monday.\n\n"
            "Later, Reyes spokesman Tom Berg said the plan was “a mess,” “a waste” and “a joke.”",
            "en",
        ),
        (
            "Anna de Vries sprak maandag in Utrecht.\n\n"
            "De Vries-woordvoerder Tom Berg noemde het plan „een puinhoop” en „geldverspilling”.",
            "nl",
        ),
        (
            "Anna de Vries sprak maandag in Utrecht.\n\n"
            "Campagneleider Tom Berg van De Vries noemde het plan „een puinhoop” en "
            "„geldverspilling”.",
            "nl",
        ),
    ],
)
def test_quotations_of_one_source_phrase_share_its_speaker(text: str, lang: str) -> None:
    # the second quotation of a phrase that names two people gets the same one as the first
    quotes = koreanews.parse(text, lang=lang).quotes
    assert len(quotes) >= 2
    assert {q.speaker.name if q.speaker else None for q in quotes} == {"Tom Berg"}


# -- Dutch: indirect speech ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "clause", "source", "cue"),
    [
        (
            "De minister zei dinsdag dat de sancties van kracht blijven.",
            "de sancties van kracht blijven",
            "De minister",
            "zei",
        ),
        (
            "De regering verwacht dat de gesprekken volgende week beginnen.",
            "de gesprekken volgende week beginnen",
            "De regering",
            "verwacht",
        ),
        (
            "Eerder stelde de VS dat een top pas na concrete stappen kan.",
            "een top pas na concrete stappen kan",
            "de VS",
            "stelde",
        ),
        (
            "Het overleg wordt volgende maand hervat, aldus een woordvoerder.",
            "Het overleg wordt volgende maand hervat",
            "een woordvoerder",
            "aldus",
        ),
        (
            "De grens blijft voorlopig dicht, zei Moon na afloop.",
            "De grens blijft voorlopig dicht",
            "Moon",
            "zei",
        ),
        (
            "Wanneer de top plaatsvindt, is nog onduidelijk, gaf Kim nog mee.",
            "Wanneer de top plaatsvindt, is nog onduidelijk",
            "Kim",
            "gaf",
        ),
        (
            "Volgens persbureau Yonhap is de raket in zee gestort.",
            "is de raket in zee gestort",
            "persbureau Yonhap",
            "Volgens",
        ),
        (
            "Moon sprak zondag de hoop uit dat beide landen er samen uitkomen.",
            "beide landen er samen uitkomen",
            "Moon",
            "sprak",
        ),
        (
            "Het was minister Ri die in New York zei dat de test doorgaat.",
            "de test doorgaat",
            "minister Ri",
            "zei",
        ),
    ],
)
def test_dutch_indirect_speech(text: str, clause: str, source: str, cue: str) -> None:
    q = one(text, kind=QuoteKind.INDIRECT)
    assert (q.text, q.source_text, q.cue) == (clause, source, cue)
    assert text[q.span.start : q.span.end] == q.text


def test_name_in_apposition_is_the_source() -> None:
    q = one(
        "De zus van de leider, Kim Yo-jong, had vorige week gewaarschuwd dat de grens dichtgaat.",
        kind=QuoteKind.INDIRECT,
    )
    assert q.source_text == "Kim Yo-jong"


def test_subject_before_a_relative_clause_with_a_colon_quote() -> None:
    q = one("Een diplomaat, die anoniem wil blijven, zei tegen de krant: ‘Dit kwam onverwacht.’")
    assert (q.kind, q.source_text, q.cue) == (QuoteKind.DIRECT, "Een diplomaat", "zei")


def test_speaker_named_right_after_a_bare_quote() -> None:
    qs = run(
        "‘We zijn niet bang voor sancties.’ Aan het woord is diplomaat Park Min-soo, "
        "die al twintig jaar in Pyongyang woont. ‘Het land is sterker dan ooit.’"
    )
    assert [(q.source_text, q.cue) for q in qs] == [
        ("diplomaat Park Min-soo", "Aan het woord is"),
        ("diplomaat Park Min-soo", None),
    ]


def test_a_presenter_phrase_does_not_take_an_attributed_quote() -> None:
    qs = run("‘We wachten af’, zei Lee. Aan het woord is nu minister Choi.")
    assert [(q.source_text, q.cue) for q in qs] == [("Lee", "zei")]


def test_plural_separable_verb_with_fused_particle() -> None:
    q = one("Deskundigen wijzen erop dat de raket verder vliegt.", kind=QuoteKind.INDIRECT)
    assert (q.text, q.source_text, q.cue) == ("de raket verder vliegt", "Deskundigen", "wijzen")


def test_volgens_in_the_middle_takes_the_whole_sentence() -> None:
    q = one("Noord-Korea heeft volgens analisten geen werkende raket.", kind=QuoteKind.INDIRECT)
    assert q.text == "Noord-Korea heeft volgens analisten geen werkende raket"
    assert q.speaker_key is None


def test_volgens_needs_a_source_that_can_speak() -> None:
    assert run("Noord-Korea mag volgens de resoluties geen raketten testen.") == []


def test_partial_inside_indirect_speech_counts_twice() -> None:
    qs = run("Moon zei dat de gesprekken „zeer nuttig” waren.")
    assert [(q.kind, q.text, q.source_text) for q in qs] == [
        (QuoteKind.INDIRECT, "de gesprekken „zeer nuttig” waren", "Moon"),
        (QuoteKind.PARTIAL, "zeer nuttig", "Moon"),
    ]


def test_no_indirect_speech_without_a_reporting_verb() -> None:
    assert run("Kim reisde dat weekend naar Hanoi, waar hij Trump ontmoette.") == []


@pytest.mark.parametrize(
    "text",
    ["Lee said goodbye to the crowd at the port.", "Kim said thanks to the workers who stayed."],
)
def test_said_with_an_object_is_no_indirect_speech(text: str) -> None:
    assert run(text, "en") == []


def test_zeggen_without_a_speaker_is_not_a_cue() -> None:
    qs = run("Dat er niemand werd opgepakt, zegt weinig over het gevaar, zegt agent Jan de Vries.")
    assert [(q.text, q.source_text) for q in qs] == [
        ("Dat er niemand werd opgepakt, zegt weinig over het gevaar", "agent Jan de Vries")
    ]


# -- English --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "source", "cue"),
    [
        ('"We are ready to talk," said Pence.', "Pence", "said"),
        ("“The launch failed,” the agency said in a statement.", "the agency", "said"),
        ("“We will fight for three points,” Coach Park stated.", "Coach Park", "stated"),
        ("Coach Park stated, “We will fight for three points.”", "Coach Park", "stated"),
        ("“It was a warning,” Kim Yo-jong said of the drills.", "Kim Yo-jong", "said"),
        ("The ministry added: “The border stays closed.”", "The ministry", "added"),
        ("“This is not a threat” - Commissioner Lee", "Commissioner Lee", "-"),
        ("“Nobody wins a nuclear war,” said Moon, who met Kim twice.", "Moon", "said"),
        (
            "“We expect more tests,” a spokesman for the army told Reuters.",
            "a spokesman for the army",
            "told",
        ),
    ],
)
def test_english_cues_and_sources(text: str, source: str, cue: str) -> None:
    q = one(text, "en", kind=QuoteKind.DIRECT)
    assert who(q) == (source, cue)


def test_english_headline_colon() -> None:
    qs = run(
        "N. Korea's Kim Jong Un: ‘I have a button on my desk’\nThe speech was long.", "en", (0,)
    )
    assert [(q.text, q.source_text, q.cue) for q in qs] == [
        ("I have a button on my desk", "Kim Jong Un", ":")
    ]


def test_english_partials_and_possessive_speech_noun() -> None:
    qs = run(
        "Trump threatened the North “with fire and fury” on Tuesday. "
        "Analysts recalled Moon's promise to “never give up” on talks.",
        "en",
    )
    assert [(q.text, q.source_text, q.cue) for q in qs] == [
        ("with fire and fury", "Trump", "threatened"),
        ("never give up", "Moon", "promise"),
    ]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Japan's chief cabinet secretary said that Tokyo would protest.",
            "Japan's chief cabinet secretary",
        ),
        (
            "The South Korean defence ministry said that the missile fell into the sea.",
            "The South Korean defence ministry",
        ),
    ],
)
def test_english_sources_with_modifiers(text: str, source: str) -> None:
    assert one(text, "en", kind=QuoteKind.INDIRECT).source_text == source


def test_english_abbreviation_inside_a_source() -> None:
    q = one(
        "A senior U.S. official, speaking on condition of anonymity, said the talks stalled.", "en"
    )
    assert (q.kind, q.text, q.source_text) == (
        QuoteKind.INDIRECT,
        "the talks stalled",
        "A senior U.S. official",
    )


def test_english_called_a() -> None:
    q = one("Moon called the meeting a “peace handshake” on Monday.", "en")
    assert (q.kind, q.source_text, q.cue) == (QuoteKind.PARTIAL, "Moon", "called")


def test_english_pronoun_after_a_quote() -> None:
    qs = run("“We are ready,” Pence said.\n“We have always been ready,” he added.", "en")
    assert [q.speaker_key for q in qs] == ["Pence", "Pence"]


@pytest.mark.parametrize(
    ("text", "clause", "source", "cue"),
    [
        (
            "Kim told Reuters that the talks would resume in May.",
            "the talks would resume in May",
            "Kim",
            "told",
        ),
        (
            "Siemens said on Friday it had set up a task force.",
            "it had set up a task force",
            "Siemens",
            "said",
        ),
        (
            "Hanjin said on Tuesday its quarterly profit fell by half.",
            "its quarterly profit fell by half",
            "Hanjin",
            "said",
        ),
        (
            "Park, who leads the dockers' union, said workers would strike again.",
            "workers would strike again",
            "Park",
            "said",
        ),
        (
            "Kim said nothing would change at the shipyard.",
            "nothing would change at the shipyard",
            "Kim",
            "said",
        ),
        (
            "Moon welcomed the offer, saying the two Koreas should talk.",
            "the two Koreas should talk",
            "Moon",
            "saying",
        ),
        (
            "The ministry said on Friday Kim would visit Moscow.",
            "Kim would visit Moscow",
            "The ministry",
            "said",
        ),
        (
            "Spokeswoman Jane Doe told reporters the summit would go ahead.",
            "the summit would go ahead",
            "Spokeswoman Jane Doe",
            "told",
        ),
        (
            "According to Yonhap, the missile flew 800 kilometres.",
            "the missile flew 800 kilometres",
            "Yonhap",
            "According to",
        ),
        (
            "The talks ended without a deal, officials said.",
            "The talks ended without a deal",
            "officials",
            "said",
        ),
        (
            "Trump welcomed the news, but cautioned that sanctions would stay.",
            "sanctions would stay",
            "Trump",
            "cautioned",
        ),
        (
            "It was announced on Monday that the summit is off.",
            "the summit is off",
            None,
            "announced",
        ),
    ],
)
def test_english_indirect_speech(text: str, clause: str, source: str | None, cue: str) -> None:
    q = one(text, "en", kind=QuoteKind.INDIRECT)
    assert (q.text, q.source_text, q.cue) == (clause, source, cue)


def test_unambiguous_verb_after_a_noun_marker() -> None:
    q = one("Japanese media speculated the launch had failed.", "en", kind=QuoteKind.INDIRECT)
    assert (q.text, q.source_text) == ("the launch had failed", "Japanese media")


def test_dutch_clause_that_is_mostly_a_quotation_is_only_a_partial() -> None:
    qs = run("Moon zei dat „we de procedures oversloegen en gewoon met elkaar praatten”.")
    assert [q.kind for q in qs] == [QuoteKind.PARTIAL]


def test_english_clause_that_is_mostly_a_quotation_counts_twice() -> None:
    qs = run("Pence promised that the U.S. “will remain firm until the program ends.”", "en")
    assert [q.kind for q in qs] == [QuoteKind.INDIRECT, QuoteKind.PARTIAL]


def test_english_reports_that_has_no_named_source() -> None:
    q = one("Markets fell after reports that the North had tested a missile.", "en")
    assert q.kind is QuoteKind.INDIRECT
    assert q.text == "the North had tested a missile"
    assert q.source_text is None
    assert q.speaker_key is None


def test_english_inverted_subject_needs_the_end_of_the_clause() -> None:
    q = one("Prof Han, of Korea University, said Moon's visit may help.", "en")
    assert (q.text, q.source_text) == ("Moon's visit may help", "Prof Han")


def test_terms_get_no_speaker() -> None:
    qs = run("Trump repeated his “rocket man” nickname, Pence said.", "en")
    term = next(q for q in qs if q.kind is QuoteKind.TERM)
    assert term.speaker_key is None
    assert term.cue is None


# -- order, robustness, the whole pipeline -----------------------------------------------------


def test_all_quotes_in_order_of_appearance() -> None:
    qs = run(
        "Moon zei dat de top doorgaat. „We zijn er klaar voor”, zei hij. "
        "Volgens Seoul is de datum nog niet bekend."
    )
    starts = [q.span.start for q in qs]
    assert starts == sorted(starts)
    assert [q.kind for q in qs] == [QuoteKind.INDIRECT, QuoteKind.DIRECT, QuoteKind.INDIRECT]


@pytest.mark.parametrize(
    "text",
    [
        "zei zei zei dat dat dat, aldus aldus volgens volgens:" * 200,
        '"' * 999 + " zei hij",
        "said that said that according to, said: “a" * 300,
        ", zegt , zegt ," * 500,
    ],
)
def test_hostile_text_does_not_crash(text: str) -> None:
    for q in run(text) + run(text, "en"):
        assert 0 <= q.span.start <= q.span.end <= len(text)


@pytest.mark.parametrize(
    ("lang", "unit"),
    [
        ("nl", "zei dat Kim, aldus Park volgens Lee"),
        ("en", "said that Kim, told reporters according to Lee"),
        ("nl", "„a” zei hij „b c” aldus X,"),
        ("nl", "De test mislukte, zei Kim nog,"),
        ("en", "The test failed, officials said,"),
        ("nl", "het is volgens Kim niet waar"),
    ],
)
def test_work_grows_linearly_in_one_long_sentence(lang: str, unit: str) -> None:
    small = call_count(lambda: run(" ".join([unit] * 60), lang))
    large = call_count(lambda: run(" ".join([unit] * 240), lang))
    assert large <= 1.5 * 4 * small + 5_000, (small, large)


def test_through_parse_with_the_real_cast() -> None:
    text = (
        " date 2018-02 De Zuid-Koreaanse president Moon Jae-in zei dinsdag dat hij Kim "
        "wil ontmoeten. "
        "„We moeten praten”, zei Moon."
    )
    article = koreanews.parse(text, lang="nl")
    kinds = [q.kind for q in article.quotes]
    assert kinds == [QuoteKind.INDIRECT, QuoteKind.DIRECT]
    direct = article.quotes[1]
    assert direct.cue == "zei"
    assert direct.source_text == "Moon"
    assert direct.speaker is not None
    assert "Moon" in direct.speaker.name


# -- generalisation: word order, appositions, auxiliaries, passives ----------------------


def _indirect_of(text: str, lang: str) -> QuoteDraft:
    return one(text, lang, kind=QuoteKind.INDIRECT)


@pytest.mark.parametrize(
    ("text", "source", "cue"),
    [
        ("Daarna zei Trump dat de sancties van kracht blijven.", "Trump", "zei"),
        ("Vorige week verklaarde de minister dat het leger klaar is.", "de minister", "verklaarde"),
        ("Gisteren liet het ministerie weten dat de oefening doorgaat.", "het ministerie", "liet"),
        ("Dinsdag zei Moon dat de grens open blijft.", "Moon", "zei"),
        ("Eind vorige maand stelde de regering dat er geen test komt.", "de regering", "stelde"),
        ("Twee dagen later zei Kim dat de test geslaagd was.", "Kim", "zei"),
        ("Uiteindelijk stelde de minister dat er geen akkoord is.", "de minister", "stelde"),
        # a subject and an indirect object: no fronted adverbial
        ("Moon vertelde Trump dat de top doorgaat.", "Moon", "vertelde"),
    ],
)
def test_dutch_verb_second_after_a_fronted_adverbial(text: str, source: str, cue: str) -> None:
    assert who(_indirect_of(text, "nl")) == (source, cue)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("On Tuesday, Pence said the allies would stay united.", "Pence"),
        (
            "South Korean President Moon Jae-in on Friday told reporters that talks would resume.",
            "South Korean President Moon Jae-in",
        ),
        ("Kim last week said that the tests would go on.", "Kim"),
    ],
)
def test_english_time_words_before_the_verb_are_no_source(text: str, source: str) -> None:
    assert _indirect_of(text, "en").source_text == source


def test_dutch_relative_clause_between_subject_and_cue() -> None:
    q = one(
        "De Zuid-Koreaanse president Moon Jae-in, die ook aanwezig was, sprak van "
        "'een nieuw begin'."
    )
    assert who(q) == ("De Zuid-Koreaanse president Moon Jae-in", "sprak van")


def test_english_apposition_between_subject_and_cue() -> None:
    q = _indirect_of("Lee Sang-min, a former diplomat, said the talks had stalled.", "en")
    assert who(q) == ("Lee Sang-min", "said")
    assert q.text == "the talks had stalled"


@pytest.mark.parametrize(
    ("text", "lang", "source", "cue"),
    [
        (
            "De generaal zou de lancering een ‘duidelijk signaal’ hebben genoemd.",
            "nl",
            "De generaal",
            "genoemd",
        ),
        (
            "Minister Park heeft de lancering gisteren een ‘ernstige provocatie’ genoemd.",
            "nl",
            "Minister Park",
            "genoemd",
        ),
        ("Senator Graham has said the North is “very dangerous”.", "en", "Senator Graham", "said"),
    ],
)
def test_auxiliary_before_the_cue(text: str, lang: str, source: str, cue: str) -> None:
    q = one(text, lang, kind=QuoteKind.PARTIAL)
    assert who(q) == (source, cue)


def test_dutch_passive_takes_the_agent_or_no_source() -> None:
    q = one("De raket werd door het leger een ‘grote stap vooruit’ genoemd.")
    assert who(q) == ("het leger", "genoemd")
    q = one("De test werd in Seoul een ‘provocatie’ genoemd.")
    assert q.source_text is None
    assert q.cue == "genoemd"


def test_english_passive_takes_the_agent() -> None:
    q = one("The launch was called a “grave threat” by the Japanese government.", "en")
    assert q.source_text == "the Japanese government"
    # a progressive is no passive
    q = one("Vice President Lee is reaffirming his call for “real steps” on Monday.", "en")
    assert q.source_text == "Vice President Lee"


def test_source_is_the_subject_not_the_object() -> None:
    q = one(
        "De zus van de leider, Kim Yo-jong, heeft de nieuwe Zuid-Koreaanse regering "
        'gewaarschuwd om "niet te spelen met vuur".'
    )
    assert who(q) == ("Kim Yo-jong", "gewaarschuwd")


def test_headline_cues() -> None:
    qs = run("Seoul summit: Moon hails ‘new era’ with Kim\nThe two leaders met.", "en", (0,))
    assert [(q.text, q.kind, q.source_text, q.cue) for q in qs] == [
        ("new era", QuoteKind.PARTIAL, "Moon", "hails")
    ]


def test_headline_fragment_is_no_indirect_speech() -> None:
    qs = run("‘Little tyrant’ on a dangerous path, Moon tells UN\nThe speech was long.", "en", (0,))
    assert [q.kind for q in qs] == [QuoteKind.PARTIAL]
    assert qs[0].source_text == "Moon"
    # a headline that is a clause of speech is indirect speech
    qs = run("North tests new missile, Seoul says\nThe launch was at dawn.", "en", (0,))
    assert [(q.kind, q.text) for q in qs] == [(QuoteKind.INDIRECT, "North tests new missile")]


def test_english_bare_clause_before_an_embedded_that() -> None:
    q = _indirect_of(
        "The minister said the generals had demanded that all drills be stopped.", "en"
    )
    assert q.text == "the generals had demanded that all drills be stopped"
    q = _indirect_of("The minister said on Monday that all drills would be stopped.", "en")
    assert q.text == "all drills would be stopped"


def test_volgens_and_according_to_with_a_pronoun() -> None:
    text = "Experts zijn somber. Volgens hen is er nog geen akkoord in zicht."
    q = _indirect_of(text, "nl")
    assert who(q) == ("hen", "Volgens")
    assert q.text == "is er nog geen akkoord in zicht"
    q = _indirect_of("Diplomats are gloomy. According to them, no deal is in sight.", "en")
    assert who(q) == ("them", "According to")
    # a plural pronoun names nobody the article's cast knows
    art = koreanews.parse(" date 2019-03 " + text, lang="nl")
    assert [(q.kind, q.speaker) for q in art.quotes] == [(QuoteKind.INDIRECT, None)]


def test_role_after_an_apposition_is_passed_to_the_cast() -> None:
    text = (
        "Volgens Park Ji-won, de woordvoerder van Moon, is de top een succes. "
        "De woordvoerder benadrukte dat er nog veel werk is."
    )
    ctx = Context(text=text, lang="nl", profile=get_profile("nl"))
    ctx.blocks.append(Block(BlockKind.PARAGRAPH, text, Span(0, len(text))))
    cast = StubCast()
    qs = attribute(ctx, find_quotes(ctx), cast)  # type: ignore[arg-type]
    assert [(q.text, q.source_text) for q in qs] == [
        ("is de top een succes", "Park Ji-won"),
        ("er nog veel werk is", "De woordvoerder"),
    ]
    at = text.index("De woordvoerder")
    assert ("De woordvoerder", Span(at, at + len("De woordvoerder"))) in cast.calls


def test_unnamed_source_with_a_dotted_organisation() -> None:
    text = "A spokesman for the U.S. Defense Department said the drills would go on."
    q = _indirect_of(text, "en")
    assert q.source_text == "A spokesman for the U.S. Defense Department"
    assert q.speaker_key is None


def test_role_subject_after_a_fronted_phrase() -> None:
    qs = run(
        "Mr Kim responded two days later. In a rare statement, the North Korean leader "
        "called Mr Moon a “spineless puppet”.",
        "en",
    )
    assert [(q.text, q.source_text, q.cue) for q in qs] == [
        ("spineless puppet", "the North Korean leader", "called")
    ]


def test_through_parse_speakers_of_the_new_patterns() -> None:
    art = koreanews.parse(
        " date 2019-03 President Moon Jae-in met the press on Monday. "
        "Daarna zei Moon dat de gesprekken worden hervat.",
        lang="nl",
    )
    assert [(q.kind, q.speaker.name if q.speaker else None) for q in art.quotes] == [
        (QuoteKind.INDIRECT, "Moon Jae-in")
    ]


def test_trigger_trie_matches_exactly_the_words() -> None:
    from koreanews.speech.attribution import _trie

    pattern = re.compile(r"(?<!\w)" + _trie(["zei", "zegt", "ze", "said"]) + r"(?!\w)")
    assert [m.group() for m in pattern.finditer("ze zei zegt zeg zeiden said saids")] == [
        "ze",
        "zei",
        "zegt",
        "said",
    ]
    assert re.compile(_trie([])).search("anything") is None


def test_sentences_without_cue_words_keep_their_quotations() -> None:
    # no reporting word: the bare quotation continues the previous speaker
    qs = run("„We komen terug”, zei Park. „Dat is zeker.” De Verenigde Staten zwijgen.")
    assert [(q.text, q.source_text) for q in qs] == [
        ("We komen terug", "Park"),
        ("Dat is zeker.", "Park"),
    ]
    # a capitalised reporting word at the start of a sentence is still a cue
    q = one("Zegt Park: „We wachten af.”")
    assert who(q) == ("Park", "Zegt")


def test_dutch_inverted_subject_stops_before_the_object() -> None:
    q = one("Vorige maand waarschuwde Kim Yo-jong de Verenigde Staten om ‘geen fouten te maken’.")
    assert who(q) == ("Kim Yo-jong", "waarschuwde")
    # a particle inside a name stays: "Cao de Benós"
    q = one("„We zijn niet bang”, zei de Spanjaard Alejandro Cao de Benós.")
    assert q.source_text == "de Spanjaard Alejandro Cao de Benós"


def test_dutch_weekday_compound_is_fronted() -> None:
    text = "Donderdagavond liet de Noord-Koreaanse leider weten dat hij tevreden is."
    q = _indirect_of(text, "nl")
    assert who(q) == ("de Noord-Koreaanse leider", "liet")


def test_volgens_with_a_relative_clause() -> None:
    q = _indirect_of(
        "Volgens de president Moon Jae-in, die in Seoul sprak, is de vrede dichtbij.", "nl"
    )
    assert who(q) == ("de president Moon Jae-in", "Volgens")
    assert q.text == "is de vrede dichtbij"


def test_english_describe_as_with_an_object() -> None:
    q = one("Moon Jae-in on Monday described the meeting as “a turning point”.", "en")
    assert who(q) == ("Moon Jae-in", "described the meeting as")


def test_according_to_with_an_apposition() -> None:
    q = _indirect_of(
        "According to Lee Jin-ho, a spokesman for the ministry, the talks went well.", "en"
    )
    assert who(q) == ("Lee Jin-ho", "According to")
    assert q.text == "the talks went well"


def test_passive_auxiliary_of_another_verb_phrase_is_no_passive() -> None:
    assert who(_indirect_of("Kim werd boos en zei dat de test doorgaat.", "nl")) == ("Kim", "zei")
    q = _indirect_of("Kim was angry and said the test would go on.", "en")
    assert who(q) == ("Kim", "said")


def test_english_object_and_infinitive_is_no_reported_clause() -> None:
    qs = run(
        "The leader's sister, Kim Yo-jong, warned the new government to “stop the provocations”.",
        "en",
    )
    assert [(q.kind, q.text, q.source_text) for q in qs] == [
        (QuoteKind.PARTIAL, "stop the provocations", "Kim Yo-jong")
    ]


def test_english_called_with_a_name_and_a_place_phrase() -> None:
    q = one("Moon on Twitter called Kim “a reliable partner”.", "en")
    assert who(q) == ("Moon", "called")
    q = one("Moon called Kim “Mister Reliable”.", "en")
    assert who(q) == ("Moon", "called")


def test_reported_clauses_with_irregular_verbs() -> None:
    assert _indirect_of("Moon said the summit went well.", "en").text == "the summit went well"
    assert _indirect_of("The talks went well, Moon said.", "en").text == "The talks went well"
    q = _indirect_of("De gesprekken liepen goed af, zei Moon.", "nl")
    assert q.text == "De gesprekken liepen goed af"


def test_other_cue_finds_what_the_plain_pattern_finds() -> None:
    import random

    from koreanews.speech.attribution import _other_cue

    plain = re.compile(r":|(?<!\w)[-—–]|[—–]|\w['’]s(?!\w)")
    rng = random.Random(3)
    for _ in range(20_000):
        text = "".join(rng.choice("a_1 :-—–'’s.\n") for _ in range(rng.randrange(9)))
        start = rng.randrange(len(text) + 1)
        end = rng.randrange(start, len(text) + 1)
        assert _other_cue(text, start, end) == (plain.search(text, start, end) is not None)


_CUE_PHRASES = [
    (code, phrase) for code in supported_languages() for phrase in get_profile(code).cue_phrases
]


@pytest.mark.parametrize(("code", "phrase"), _CUE_PHRASES)
@settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.data())
def test_every_cue_phrase_starts_with_a_listed_start_word(
    code: str, phrase: str, data: st.DataObject
) -> None:
    """A cue phrase whose first word is missing from ``cue_phrase_starts`` would never
    be searched for: the two lists of a profile must agree."""
    pattern = re.compile(phrase, re.IGNORECASE)
    found = pattern.search(data.draw(st.from_regex(pattern)))
    assert found is not None
    match = found.group()
    first = match.split(" ", 1)[0].lower()
    assume(first.isascii())  # "ſ" and "ı" match "s" and "i" under IGNORECASE; news has neither
    assert first in get_profile(code).cue_phrase_starts, (code, phrase, match)


def test_dat_meldt_x_reports_the_sentence_before() -> None:
    qs = run("Bij de brand in de haven vielen twee doden. Dat meldt persbureau Yonhap.")
    assert [(q.kind, q.text, q.source_text, q.cue) for q in qs] == [
        (
            QuoteKind.INDIRECT,
            "Bij de brand in de haven vielen twee doden",
            "persbureau Yonhap",
            "Dat meldt",
        )
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Het regent al dagen in Busan. Dat zegt niets over de oogst.",  # no source
        "De haven is dicht.\nDat meldt persbureau Yonhap.",  # another paragraph
    ],
)
def test_clause_presenter_needs_a_source_and_the_same_paragraph(text: str) -> None:
    assert [q for q in run(text) if q.kind is QuoteKind.INDIRECT] == []


def test_clause_presenter_leaves_a_quotation_to_the_presenter() -> None:
    qs = run("„We gaan door met de staking.” Dat zegt vakbondsleider Park.")
    assert [(q.kind, q.source_text) for q in qs] == [(QuoteKind.DIRECT, "vakbondsleider Park")]


@pytest.mark.parametrize(
    ("headline", "clause"),
    [
        ("Hanjin says dock workers will strike again", "dock workers will strike again"),
        ("Busan port says container traffic fell sharply", "container traffic fell sharply"),
        ("Lee says goodbye to the dockers of Busan", None),
    ],
)
def test_headline_says_reports_a_clause_without_articles(headline: str, clause: str | None) -> None:
    found = [q.text for q in run(headline, "en", headings=(0,)) if q.kind is QuoteKind.INDIRECT]
    assert found == ([clause] if clause else [])
    # in running text a bare noun needs an auxiliary after it
    assert [
        q for q in run(headline + ".", "en") if q.text == "container traffic fell sharply"
    ] == []


# -- general source patterns (written for these tests) -------------------------------


def test_a_country_institution_speaks_as_an_organisation() -> None:
    """ "de Japanse regering", "the Chinese army": a country's institution is a source."""
    text = " date 2019-03 Kop\n\n„Blijf binnen”, zei de Japanse regering in een bericht."
    (quote,) = koreanews.parse(text, lang="nl").quotes
    assert quote.speaker is not None
    assert quote.speaker.name == "Japanse regering"


def test_a_possessive_owner_is_not_the_source() -> None:
    """ "the mayor's lawyer said": the lawyer spoke, not the mayor."""
    text = (
        " date 2019-03 Appeal\n\nMayor Jung Hae-in lost the case on Monday. "
        "Jung Hae-in's lawyer said the ruling would be appealed within a week."
    )
    article = koreanews.parse(text, lang="en")
    (quote,) = [q for q in article.quotes if q.kind is QuoteKind.INDIRECT]
    assert quote.speaker is None or quote.speaker.name != "Jung Hae-in"


def test_the_phrase_before_a_colon_is_the_source_when_the_clause_opens_otherwise() -> None:
    text = (
        " date 2019-03 Kop\n\nDe stijging verbaast econoom Sanne de Wit niet: "
        "„Dit zagen we al maanden aankomen.”"
    )
    (quote,) = koreanews.parse(text, lang="nl").quotes
    assert quote.speaker is not None
    assert quote.speaker.name == "Sanne de Wit"


def test_a_determiner_after_a_korean_name_starts_a_new_phrase() -> None:
    text = (
        " date 2019-03 Kop\n\nMinister Ri Son-gwon sprak dinsdag. De test vindt volgens "
        "Ri de Japanse Zee als doelgebied plaats."
    )
    article = koreanews.parse(text, lang="nl")
    (quote,) = [q for q in article.quotes if q.kind is QuoteKind.INDIRECT]
    assert quote.speaker is not None
    assert quote.speaker.name == "Ri Son-gwon"


def test_a_bare_quotation_after_a_sentence_about_a_named_person_is_theirs() -> None:
    text = (
        " date 2021-06 Kop\n\nDe bakkerij bestaat veertig jaar. Marijke van Loon staat er "
        "sinds de opening achter de toonbank. „Elke ochtend om vier uur begin ik.”"
    )
    (quote,) = koreanews.parse(text, lang="nl").quotes
    assert quote.speaker is not None
    assert quote.speaker.name == "Marijke van Loon"
    assert quote.evidence is not None
    assert quote.evidence.rule == "nl:previous-subject"


def test_a_bare_quotation_after_a_sentence_without_a_person_continues_the_run() -> None:
    text = (
        ' date 2021-06 Kop\n\n"We open at dawn," said baker Lim Ha-eun. The shop is '
        'forty years old. "Nothing has changed since."'
    )
    quotes = koreanews.parse(text, lang="en").quotes
    assert [q.speaker.name if q.speaker else None for q in quotes] == ["Lim Ha-eun"] * 2
    assert quotes[1].evidence is not None
    assert quotes[1].evidence.resolver == "run"


def test_a_quotation_in_a_headline_takes_the_speaker_of_its_words_in_the_body() -> None:
    text = (
        " date 2021-06 ‘Geen dag zonder brood’\n\n"
        "De bakkerij bestaat veertig jaar. „Er was geen dag zonder brood”, zegt bakker "
        "Marijke van Loon."
    )
    article = koreanews.parse(text, lang="nl")
    heading = article.quotes[0]
    assert heading.text == "Geen dag zonder brood"
    assert heading.speaker is not None
    assert heading.speaker.name == "Marijke van Loon"
    assert heading.evidence is not None
    assert heading.evidence.resolver == "heading"


def test_a_fragment_without_a_cue_is_its_own_sentence_subjects() -> None:
    text = (
        " date 2016-05 Kop\n\nSenator Maria Lopez met the farmers on Friday. Lopez now "
        'wants to "fight for every farm" in the budget talks.'
    )
    article = koreanews.parse(text, lang="en")
    (quote,) = [q for q in article.quotes if q.kind is QuoteKind.PARTIAL]
    assert quote.speaker is not None
    assert quote.speaker.name == "Maria Lopez"
    assert quote.evidence is not None
    assert quote.evidence.rule == "en:sentence-subject"


def test_a_title_case_headline_makes_no_speaker_of_its_words() -> None:
    text = (
        ' date 2016-05 Budget Fight Over "Fake" Numbers Heats Up Again\n\n'
        "The budget passed on Monday."
    )
    article = koreanews.parse(text, lang="en")
    (quote,) = article.quotes
    assert quote.speaker is None
    assert [p.name for p in article.people] == []


def test_a_capitalised_title_before_a_name_in_apposition_gives_the_name() -> None:
    text = (
        " date 2019-05 Kop\n\nThe Home Secretary, Sajid Patel, said the plan was unworkable "
        "and would fail."
    )
    (quote,) = koreanews.parse(text, lang="en").quotes
    assert quote.speaker is not None
    assert quote.speaker.name == "Sajid Patel"


def test_british_single_quotation_marks_and_apostrophes() -> None:
    text = (
        " date 2019-05 Kop\n\nFarmers met the minister, Emma Hart, on Monday. 'We can't "
        "accept a deal that doesn't protect us,' Ms Hart told the BBC. 'It's not what "
        "people voted for.'"
    )
    quotes = koreanews.parse(text, lang="en").quotes
    assert [q.text for q in quotes] == [
        "We can't accept a deal that doesn't protect us,",
        "It's not what people voted for.",
    ]
    assert [q.speaker.name if q.speaker else None for q in quotes] == ["Emma Hart"] * 2


def test_a_cue_in_a_subordinate_clause_takes_that_clauses_subject() -> None:
    text = (
        " date 2018-01 Kop\n\nDonald Trump reageerde fel. De krant hekelde de president nadat "
        "hij had getweet: „Mijn knop is groter.”"
    )
    (quote,) = koreanews.parse(text, lang="nl").quotes
    assert quote.cue == "getweet"
    assert quote.speaker is not None
    assert quote.speaker.name == "Donald Trump"


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        (
            "At a town hall on Monday, Sen. Tom Harlan (R-Ohio) said the deal was "
            '"dead on arrival."',
            "en",
            "Sen. Tom Harlan",
        ),
        (
            "Speaking later on the same show, Rep. Ann Cole (D-Mo.), who backs the bill, "
            'said it would be "a gift to farmers."',
            "en",
            "Rep. Ann Cole",
        ),
        (
            "Na het debat bleef de zaal vol. Kamerlid Jan Smit (VVD), die het plan steunt, "
            "zei dinsdag dat het „onhaalbaar” is.",
            "nl",
            "Kamerlid Jan Smit",
        ),
    ],
)
def test_a_parenthesis_between_the_name_and_the_verb_keeps_the_name(
    text: str, lang: str, speaker: str
) -> None:
    quotes = run(text, lang)
    assert quotes
    assert {q.source_text for q in quotes} == {speaker}


def test_a_parenthesis_after_a_thing_gives_no_speaker() -> None:
    # near miss: the parenthesis follows a noun, not a name, so the sentence subject stays
    text = (
        "At the hearing, the draft budget (in its third version) said spending would "
        '"rise sharply."'
    )
    quotes = run(text, "en")
    assert all(q.source_text != "budget" for q in quotes)


def test_a_full_name_after_a_fronted_phrase_and_before_an_apposition_is_the_source() -> None:
    text = (
        " date 2016-08 Kop\n\nIn July, Sara Linden, vice chairman of the firm, told a "
        'magazine that the owner is "very involved" in the designs.'
    )
    quotes = run(text, "en")
    assert quotes
    assert {q.source_text for q in quotes} == {"Sara Linden"}


def test_a_name_after_a_verb_in_a_fronted_phrase_is_no_source() -> None:
    # near miss: "meeting Sara Linden" makes her an object, not the subject
    text = (
        " date 2016-08 Kop\n\nAfter meeting Sara Linden, a supplier, the board told a "
        'magazine that the owner is "very involved" in the designs.'
    )
    quotes = run(text, "en")
    assert quotes
    assert all(q.source_text != "Sara Linden" for q in quotes)


@pytest.mark.parametrize(
    ("before", "speaker"),
    [
        (
            "The Unification Ministry said on Monday that talks would resume.",
            "Unification Ministry",
        ),
        # near miss: "it" never refers back to a person
        ("Mark Ellison, a strategist, said on Monday that talks would resume.", None),
    ],
)
def test_it_said_refers_back_to_the_organisation_quoted_before(
    before: str, speaker: str | None
) -> None:
    text = f' date 2016-05 Kop\n\n{before} It said the North had sent "a positive signal."'
    quotes = koreanews.parse(text, lang="en").quotes
    last = [q for q in quotes if q.kind is QuoteKind.PARTIAL]
    assert [q.speaker.name if q.speaker else None for q in last] == [speaker]


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        ('Mayor Lee Min-ho in Busan said the port was "ready."', "Mayor Lee Min-ho"),
        ('The report carried by the agency monitored in Seoul said it was "ready."', None),
    ],
)
def test_the_place_of_a_statement_is_no_source(sentence: str, source: str | None) -> None:
    quotes = run(f" date 2016-08 Kop\n\n{sentence}", "en")
    assert quotes
    assert {q.source_text for q in quotes} <= {source, "The report", "the agency"}
    assert all(q.source_text not in ("Busan", "Seoul") for q in quotes)


def _speakers(text: str, lang: str = "nl") -> list[str | None]:
    return [q.speaker.name if q.speaker else None for q in koreanews.parse(text, lang=lang).quotes]


def test_a_finite_verb_and_a_name_after_a_bare_quotation_give_its_speaker() -> None:
    text = (
        " date 2024-05 Feest in Gent\n\n"
        "Minister Anna de Vries opende het feest. „Het is een mooie dag”, zegt De Vries. "
        "„De wereld is onrustig. Maar hier dansen we gewoon verder”, was "
        "parlementsvoorzitter Pieter Jansen bijzonder scherp.\n\n"
        "Wethouder Karel Peeters denkt aan de toekomst. „Ik denk dat het beter kan. Je "
        "blijft vaststellen dat het niet werkt”, besluit Peeters."
    )
    quotes = koreanews.parse(text, lang="nl").quotes
    assert [q.speaker.name if q.speaker else None for q in quotes] == [
        "Anna de Vries",
        "Pieter Jansen",
        "Karel Peeters",
    ]
    assert quotes[1].evidence is not None
    assert quotes[1].evidence.rule == "nl:verb-after-quote"
    assert quotes[2].cue == "besluit"


def test_no_verb_after_a_bare_quotation_keeps_the_run() -> None:
    # a conjunction or subordinator after the comma opens a clause of its own: the name
    # in it is no speaker, and the run goes on
    text = (
        " date 2024-05 Markt\n\n"
        "„We gaan gewoon door”, zei marktmeester Els Bakker. „De kramen staan er "
        "morgen weer”, terwijl wethouder Tom Visser toekeek.\n\n"
        "„Niemand hoeft zich zorgen te maken”, maar Tom Visser was niet overtuigd."
    )
    assert _speakers(text) == ["Els Bakker"] * 3


def test_a_pronoun_after_the_verb_leaves_the_subject_before_in_place() -> None:
    text = (
        " date 2024-05 Toneel\n\n"
        "Acteur Sem de Boer speelt vanavond een nieuw stuk. Het script krijgt hij pas op "
        "het toneel.\n\n"
        "De Boer heeft zoiets nog nooit gedaan. „Ik weet van niets. Het publiek weet ook "
        "van niets. Dat maakt het spannend. We zien wel wat er komt. Ik heb er zin in. "
        "Er zijn veel voorstellingen afgezegd. Ik sta er gewoon. Het wordt een avontuur. "
        "Misschien wordt het een ramp, misschien een feest”, lacht hij."
    )
    assert _speakers(text) == ["Sem de Boer"]


@pytest.mark.parametrize(
    ("text", "lang", "speakers"),
    [
        (
            "De gemeente wil een nieuwe sjerp. Senator Jan Smit (VVD): „Dit is onzin.” "
            "Hetzelfde geluid bij wethouder Piet de Groot (CDA): „Ook ik vind het onzin.”",
            "nl",
            ["Jan Smit", "Piet de Groot"],
        ),
        (
            'The council wants a new logo. Senator Jane Reed (D-Ohio): "This is a waste." '
            'The same tune from councillor Tom Baker (R): "I agree with her."',
            "en",
            ["Jane Reed", "Tom Baker"],
        ),
    ],
)
def test_a_name_and_a_parenthesis_before_a_colon_give_the_speaker(
    text: str, lang: str, speakers: list[str]
) -> None:
    assert _speakers(" date 2024-05 Kop\n\n" + text, lang) == speakers


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        (
            " date 2024-05 Sjerp\n\n„Ik draag hem gewoon”, zegt burgemeester Jan Smit."
            "\n\n„Vreemde keuze”\n\nOok wethouder Els Bakker houdt vast aan de oude sjerp. "
            "„Ik vind het een vreemde keuze. Ik verander niets.”",
            "nl",
            "Els Bakker",
        ),
        (
            ' date 2024-05 Sashes\n\n"I will keep wearing it," said Mayor Jane Reed.'
            '\n\n"A strange choice"\n\nCouncillor Tom Baker is not moving either. '
            '"I think it is a strange choice. Nothing changes for me," Baker said.',
            "en",
            "Tom Baker",
        ),
    ],
)
def test_a_subheading_quotation_takes_the_speaker_of_its_words_not_the_run(
    text: str, lang: str, speaker: str
) -> None:
    article = koreanews.parse(text, lang=lang)
    heading = next(q for q in article.quotes if q.text.lower().startswith(("vreemde", "a str")))
    assert heading.speaker is not None
    assert heading.speaker.name == speaker
    assert heading.evidence is not None
    assert heading.evidence.resolver == "heading"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Burgemeester Jan Smit opende het zorgcentrum. „Het is een mooi gebouw”, zei "
            "Smit. „We houden contact met de bewoners”, zegt een van de medewerkers. "
            "„Het valt mee”, zegt een van hen.",
            "nl",
        ),
        (
            'Mayor Jane Reed opened the care home. "It is a fine building," Reed said. '
            '"We keep in touch with the residents," said one of the officials. "It is '
            'fine," said one of them.',
            "en",
        ),
    ],
)
def test_one_of_a_group_is_an_unnamed_source_not_the_run(text: str, lang: str) -> None:
    quotes = koreanews.parse(" date 2024-05 Kop\n\n" + text, lang=lang).quotes
    assert [q.speaker.name if q.speaker else None for q in quotes] == [
        "Jan Smit" if lang == "nl" else "Jane Reed",
        None,
        None,
    ]
    assert [q.evidence.resolver if q.evidence else None for q in quotes[1:]] == ["unnamed"] * 2


def test_the_spokesman_of_an_organisation_stays_unnamed() -> None:
    # near miss: "van" after a noun of its own is no group ("de woordvoerder van de politie")
    text = (
        " date 2024-05 Kop\n\nDe politie zoekt getuigen. „We weten nog weinig”, zegt een "
        "woordvoerder van de politie."
    )
    quote = koreanews.parse(text, lang="nl").quotes[0]
    assert quote.speaker is None
    assert quote.source_text == "een woordvoerder"


@pytest.mark.parametrize(
    ("sentence", "clause", "cue"),
    [
        ("Wethouder Els Bakker zegt het besluit te betreuren.", "het besluit te betreuren", "zegt"),
        (
            "Els Bakker liet na afloop weten in gesprek te willen met de bewoners.",
            "in gesprek te willen met de bewoners",
            "liet",
        ),
        (
            "Els Bakker riep de inwoners op om kalm te blijven.",
            "kalm te blijven",
            "riep",
        ),
        (
            "Els Bakker meldde twee auto's in beslag te hebben genomen, maar ook dat er "
            "niemand gewond is.",
            "twee auto's in beslag te hebben genomen",
            "meldde",
        ),
    ],
)
def test_dutch_reported_infinitive_clause(sentence: str, clause: str, cue: str) -> None:
    text = " date 2024-05 Kop\n\nIn Gent is het onrustig. " + sentence
    quotes = [q for q in koreanews.parse(text, lang="nl").quotes if q.kind is QuoteKind.INDIRECT]
    assert [q.text for q in quotes][:1] == [clause]
    assert quotes[0].cue == cue
    assert quotes[0].speaker is not None
    assert quotes[0].speaker.name == "Els Bakker"
    assert quotes[0].evidence is not None
    assert quotes[0].evidence.rule == "nl:infinitive"


@pytest.mark.parametrize(
    "sentence",
    [
        "Els Bakker vertelde over haar plan om te stoppen.",  # "om" after a phrase of its own
        "Els Bakker schreef geschiedenis door handen te schudden met de koning.",  # a means
        "Het overleg met Els Bakker dreigt te mislukken.",  # "dreigt te": no speech
        "Els Bakker was gewaarschuwd te stoppen met schelden.",  # a participle
        "Els Bakker zegt niets. Het is te laat.",  # "te laat" is a degree
    ],
)
def test_dutch_infinitives_that_report_nothing(sentence: str) -> None:
    text = " date 2024-05 Kop\n\nIn Gent is het onrustig. " + sentence
    quotes = koreanews.parse(text, lang="nl").quotes
    assert [q.text for q in quotes if q.kind is QuoteKind.INDIRECT] == []


def test_english_infinitives_are_left_alone() -> None:
    text = " date 2024-05 Head\n\nThe town is restless. Mayor Jane Reed said to be sorry."
    quotes = koreanews.parse(text, lang="en").quotes
    assert all(q.evidence is None or q.evidence.rule != "en:infinitive" for q in quotes)


def test_an_institution_that_is_the_subject_speaks_as_itself() -> None:
    text = (
        " date 2024-05 Kop\n\nIn Utrecht is een man aangehouden. De politie meldt dat het om "
        "een inbraak gaat. „We zoeken nog getuigen”, zegt de politie. „Het vuur was snel "
        "uit”, zegt een woordvoerder van de brandweer."
    )
    quotes = koreanews.parse(text, lang="nl").quotes
    assert [q.speaker.name if q.speaker else None for q in quotes] == [
        "politie",
        "politie",
        None,
    ]
    assert quotes[0].speaker is not None
    assert quotes[0].speaker.kind.value == "organisation"


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        (
            "Trainer Hugo Vandersteen was niet tevreden. „Dit was niets”, aldus HVDS na afloop.",
            "nl",
            "Hugo Vandersteen",
        ),
        (
            'Coach John Frank Kelly was not pleased. "That was nothing," JFK said after the match.',
            "en",
            "John Frank Kelly",
        ),
    ],
)
def test_initials_stand_for_the_person_named_before(text: str, lang: str, speaker: str) -> None:
    assert _speakers(" date 2024-05 Kop\n\n" + text, lang) == [speaker]


def test_two_capitals_are_no_initials() -> None:
    text = (
        " date 2024-05 Kop\n\nMinister Vera Smit is in New York. „Dit is een goed akkoord”, "
        "aldus de VS."
    )
    assert _speakers(text) != ["Vera Smit"]


@pytest.mark.parametrize(
    ("text", "lang", "speakers"),
    [
        (
            "Advocaat Jan Smit verliet de zaal. De voorzitter van de rechtbank vroeg de "
            "verdachten of ze het begrepen. „Het proces gaat door”, zei hij.",
            "nl",
            [None, None],  # the reported question, then the quotation
        ),
        (
            # near miss: the role was given to a named person before
            "Voorzitter Piet Mulder opende de zitting. Advocaat Jan Smit verliet de "
            "zaal. De voorzitter vroeg de verdachten of ze het begrepen. „Het "
            "proces gaat door”, zei hij.",
            "nl",
            ["Piet Mulder", "Piet Mulder"],
        ),
        (
            "Lawyer John Smith left the court. The chairman of the court asked the "
            'defendants whether they understood. "The trial goes on," he said.',
            "en",
            [None],
        ),
    ],
)
def test_a_pronoun_after_an_unnamed_person_is_unnamed(
    text: str, lang: str, speakers: list[str | None]
) -> None:
    assert _speakers(" date 2024-05 Kop\n\n" + text, lang) == speakers


def test_a_relayed_source_speaks_for_itself() -> None:
    text = (
        " date 2024-05 Raket\n\nNoord-Korea heeft een raket getest. „De test was een "
        "succes”, meldt Yonhap op basis van KCNA. Het persbureau Yonhap meldt op basis van "
        "het staatspersbureau KCNA dat de raket in zee viel. „Er is niets gebeurd”, zegt "
        "Yonhap op basis van eigen onderzoek."
    )
    quotes = koreanews.parse(text, lang="nl").quotes
    assert [q.speaker.name if q.speaker else None for q in quotes] == ["KCNA", "KCNA", "Yonhap"]
    assert quotes[0].evidence is not None
    assert quotes[0].evidence.rule == "nl:after-quote"


def test_english_relays_are_not_read_yet() -> None:
    # the English profile names no relay phrases: the reporting agency stays the source
    text = (
        ' date 2024-05 Missile\n\nNorth Korea tested a missile. "The test was a success," '
        "Yonhap reported, citing KCNA."
    )
    assert _speakers(text, "en") == ["Yonhap"]


@pytest.mark.parametrize(
    ("text", "lang", "speakers"),
    [
        (
            "Feyenoord-trainer Arne Slot was tevreden. PSV-coach Peter Bosz keek ook "
            "tevreden terug. „Dit was verdiend”, zei de coach van PSV. „Wij waren sterker”, "
            "zei de advocaat van Jan Smit.",
            "nl",
            ["Peter Bosz", None],  # the lawyer of someone is not that someone
        ),
        (
            "Chelsea manager Tom Reed was pleased. Arsenal coach Peter Bosz looked back "
            'too. "We deserved it," said the coach of Arsenal.',
            "en",
            ["Peter Bosz"],
        ),
    ],
)
def test_a_role_of_a_team_or_town_is_its_holder(text: str, lang: str, speakers: list[str]) -> None:
    assert _speakers(" date 2024-05 Kop\n\n" + text, lang) == speakers


def test_a_pronoun_after_an_unnamed_protester_is_unnamed() -> None:
    text = (
        " date 2024-05 Kop\n\nBurgemeester Jan Vos hield een toespraak. Een actievoerder "
        "verstoorde die. De actievoerder vroeg aandacht voor daklozen. „Ze slapen buiten”, "
        "zei hij. „Wij luisteren”, zei Vos later."
    )
    assert _speakers(text) == [None, "Jan Vos"]


@pytest.mark.parametrize(
    ("intro", "phrase"),
    [
        ("Minister Karin Bos van Financiën", "de bewindsvrouw"),
        ("Burgemeester Jan Vos van Zwolle", "de burgervader"),
        ("Kamerlid Piet Mulder", "de parlementariër"),
        ("Minister-president Jan Vos", "de premier"),
    ],
)
def test_a_dutch_word_for_a_title_given_before_is_its_holder(intro: str, phrase: str) -> None:
    text = (
        f" date 2024-05 Kop\n\n{intro} sprak in Den Haag. Een journalist stelde een vraag. "
        f"„Daar ga ik niet over”, zei {phrase}."
    )
    expected = intro.split(" ", 1)[1].removesuffix(" van Financiën").removesuffix(" van Zwolle")
    assert _speakers(text) == [expected]


@pytest.mark.parametrize(
    ("sentence", "clauses"),
    [
        ("Els Bakker denkt niet dat de regels strenger worden.", ["de regels strenger worden"]),
        ("Els Bakker gelooft dat de zaak goed afloopt.", ["de zaak goed afloopt"]),
        ("Els Bakker denkt na over haar toekomst.", []),  # no clause: nothing reported
    ],
)
def test_dutch_belief_verbs_report_their_clause(sentence: str, clauses: list[str]) -> None:
    text = " date 2024-05 Kop\n\nIn Gent is het onrustig. " + sentence
    quotes = koreanews.parse(text, lang="nl").quotes
    assert [q.text for q in quotes if q.kind is QuoteKind.INDIRECT] == clauses
    assert all(q.speaker is not None and q.speaker.name == "Els Bakker" for q in quotes)


@pytest.mark.parametrize(
    ("sentence", "clause", "speaker"),
    [
        (
            "De school blijft de hele week dicht, heeft de gemeente laten weten.",
            "De school blijft de hele week dicht",
            "gemeente",
        ),
        (
            "De weg blijft nog even dicht, heeft wethouder Els Bakker maandag gezegd.",
            "De weg blijft nog even dicht",
            "Els Bakker",
        ),
    ],
)
def test_dutch_trailing_cue_after_an_auxiliary(sentence: str, clause: str, speaker: str) -> None:
    text = " date 2024-05 Kop\n\nIn Gent is het onrustig. " + sentence
    quotes = [q for q in koreanews.parse(text, lang="nl").quotes if q.kind is QuoteKind.INDIRECT]
    assert [q.text for q in quotes] == [clause]
    assert quotes[0].speaker is not None
    assert quotes[0].speaker.name == speaker


def test_english_trailing_cue_after_an_auxiliary_is_left_alone() -> None:
    # English puts no finite verb before the subject: "..., has the council said" is no cue
    text = " date 2024-05 Head\n\nThe road stays closed, has the council said."
    quotes = koreanews.parse(text, lang="en").quotes
    assert [q.text for q in quotes if q.kind is QuoteKind.INDIRECT] == []


def test_dutch_clause_after_the_words_a_thing_is_called() -> None:
    text = (
        " date 2024-05 Kop\n\nBestuurder Els Bakker noemt het in een verklaring „enorm "
        "teleurstellend” dat de directie niet is meegegaan."
    )
    quotes = koreanews.parse(text, lang="nl").quotes
    indirect = [q for q in quotes if q.kind is QuoteKind.INDIRECT]
    assert [q.text for q in indirect] == ["de directie niet is meegegaan"]
    assert indirect[0].speaker is not None
    assert indirect[0].speaker.name == "Els Bakker"


def test_english_that_after_a_quoted_phrase_may_be_relative() -> None:
    text = (
        " date 2024-05 Head\n\nThe two men issued a statement describing their talks as a "
        "“very good step” that covered many areas."
    )
    quotes = koreanews.parse(text, lang="en").quotes
    assert [q.text for q in quotes if q.kind is QuoteKind.INDIRECT] == []


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Verdachte Anton R. zweeg. „Het vonnis ligt al klaar”, aldus de advocaat van Anton R.",
            "nl",
        ),
    ],
)
def test_the_lawyer_of_a_person_named_by_initial_is_unnamed(text: str, lang: str) -> None:
    assert _speakers(" date 2024-05 Kop\n\n" + text, lang) == [None]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ('First, Lopez attacked the governor for being a "failed leader."', "Maria Lopez"),
        ('In a fiery speech, Lopez attacked the mayor, calling him "a coward."', "Maria Lopez"),
        # near misses: the phrase after the comma names no one, or the comma comes late
        ('In a fiery speech, the crowd attacked the mayor, calling him "a coward."', None),
        (
            "After the long and tiring meeting with the farmers in the hall of the town, "
            'Lopez attacked the mayor, calling him "a coward."',
            None,
        ),
    ],
)
def test_a_fragment_is_the_subjects_after_a_fronted_phrase(
    sentence: str, speaker: str | None
) -> None:
    text = f" date 2016-05 Kop\n\nSenator Maria Lopez met the farmers on Friday.\n\n{sentence}"
    article = koreanews.parse(text, lang="en")
    (quote,) = [q for q in article.quotes if q.kind is QuoteKind.PARTIAL]
    assert (quote.speaker.name if quote.speaker else None) == speaker


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        (
            '"There is no plan," Maria Lopez, who served as chief of staff, told reporters.',
            "en",
            "Maria Lopez",
        ),
        (
            "Maria Lopez, who served as chief of staff, told reporters there was no plan.",
            "en",
            "Maria Lopez",
        ),
        # near miss: the name opening the sentence is no subject of "told"
        (
            "Maria Lopez is assuring voters after a woman in Worcester told her she is "
            '"too nice" for the job.',
            "en",
            None,
        ),
        # verb second: the phrase after the verb is the subject
        ("„Er is geen plan”, vertelde Maria Lopez aan verslaggevers.", "nl", "Maria Lopez"),
    ],
)
def test_the_phrase_after_told_is_the_addressee(text: str, lang: str, speaker: str | None) -> None:
    article = koreanews.parse(f" date 2016-05 Kop\n\nThe talks went on.\n\n{text}", lang=lang)
    assert article.quotes
    assert {q.speaker.name if q.speaker else None for q in article.quotes} == {speaker}


# -- an exchange: the answer to a question belongs to the other party ----------------

_EN_EXCHANGE = (
    " date 2023-05 Bridge talks\n\n"
    "Reporter Lena Hart spoke with Mayor Tom Calder in his office on Tuesday.\n\n"
    '"We will rebuild the old bridge," Calder said.\n\n'
    '"When will the work start?" Hart asked.\n\n'
    '"Next spring, if the council agrees to the budget."\n'
)


def test_an_answer_after_an_asked_question_goes_to_the_other_party() -> None:
    article = koreanews.parse(_EN_EXCHANGE, lang="en")
    assert [q.speaker.name if q.speaker else None for q in article.quotes] == [
        "Tom Calder",
        "Lena Hart",
        "Tom Calder",
    ]
    evidence = article.quotes[2].evidence
    assert evidence is not None
    assert evidence.rule == "en:answer"


def test_a_question_answered_in_its_own_paragraph_stays_with_the_asker() -> None:
    # the words after the question in the same paragraph are the asker's own
    text = _EN_EXCHANGE.replace('Hart asked.\n\n"Next', 'Hart asked. "Next')
    assert _speakers(text, "en") == ["Tom Calder", "Lena Hart", "Lena Hart"]


def test_a_question_said_rather_than_asked_continues_the_run() -> None:
    # "..., she said": a rhetorical question, no exchange
    text = _EN_EXCHANGE.replace("Hart asked", "Hart said")
    assert _speakers(text, "en") == ["Tom Calder", "Lena Hart", "Lena Hart"]


def test_a_question_after_the_askers_own_words_continues_the_run() -> None:
    # no one else spoke before the question: nobody to answer
    text = _EN_EXCHANGE.replace("Calder said", "Hart said")
    assert _speakers(text, "en") == ["Lena Hart", "Lena Hart", "Lena Hart"]


_NL_EXCHANGE = (
    " date 2023-05 Overleg over de brug\n\n"
    "Verslaggever Lena Hart sprak dinsdag met burgemeester Tom Calder op het stadhuis.\n\n"
    "„We bouwen de oude brug opnieuw”, zei Calder.\n\n"
    "„Wanneer begint het werk?”, vroeg Hart.\n\n"
    "„Volgend voorjaar, als de raad het geld geeft.”\n"
)


def test_the_dutch_profile_can_turn_on_answers_through_its_data(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import attrs

    from koreanews import lang

    nl = get_profile("nl")
    on = attrs.evolve(nl, question_marks=("?",), question_cues=("vroeg", "vraagt"))
    monkeypatch.setitem(lang._REGISTRY, "nl", on)
    assert _speakers(_NL_EXCHANGE, "nl") == ["Tom Calder", "Lena Hart", "Tom Calder"]
    monkeypatch.setitem(lang._REGISTRY, "nl", attrs.evolve(nl, question_marks=()))
    assert _speakers(_NL_EXCHANGE, "nl")[2] == "Lena Hart"


# -- a person named with the body they belong to ---------------------------------


def test_a_named_person_of_an_organisation_is_the_speaker_not_the_organisation() -> None:
    text = (
        " date 2023-05 Trade\n\nEconomists disagree about the cause.\n\n"
        "Maria Lenz of Westfield University said that the skilled workers were harder to "
        "replace. Tom Raye at the Hillcrest Institute argued the tariffs came far too late.\n"
    )
    assert _speakers(text, "en") == ["Maria Lenz", "Tom Raye"]


def test_an_organisation_of_a_place_stays_the_organisation() -> None:
    # no given name before the preposition: the whole phrase is the body
    text = (
        " date 2023-05 Trade\n\nEconomists disagree about the cause.\n\n"
        "The University of Westfield said that the skilled workers were harder to replace.\n"
    )
    article = koreanews.parse(text, lang="en")
    assert [q.source_text for q in article.quotes] == ["The University of Westfield"]
    assert "Westfield" not in {p.name for p in article.people}


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # the one organisation named before in the sentence
        (
            "Het personeel van de Algemene Bond legt vrijdag het werk neer, heeft de "
            "vakbond dinsdag laten weten. „We hebben geen keus meer”, schreef de vakbond.",
            ["Algemene Bond", "Algemene Bond"],
        ),
        # "Het dagblad" at a sentence start, with the verb "omschrijven ... als"
        (
            "Het Brabants Dagblad publiceerde het plan. Het dagblad omschreef het als "
            "„een gevaarlijke gok”.",
            ["Brabants Dagblad"],
        ),
        # an acronym after "de" is that organisation
        (
            "De leden van de ABVV zullen de haven blokkeren, heeft de vakbond aangekondigd.",
            ["ABVV"],
        ),
        # near miss: two organisations before it, so it stays unnamed
        (
            "De Algemene Bond en de Christelijke Bond praten met Philips. „Het bod is te "
            "laag”, zei de vakbond.",
            [None],
        ),
        # near miss: no organisation at all, so it stays unnamed
        ("Het loonbod is te laag. „We gaan staken”, zei de vakbond.", [None]),
    ],
)
def test_a_generic_noun_stands_for_the_organisation_named_before(
    text: str, speakers: list[str | None]
) -> None:
    assert _speakers(" date 2024-05 Kop\n\n" + text) == speakers


_ROLE_FIRST = (
    " date 2024-04 Zege in de Kuip\n\n"
    "„Dit is een overwinning die we nodig hadden”, zei de trainer na afloop. „Dit geeft "
    "vertrouwen.”\n\n"
    "Op de tribune protesteerden fans tegen de club. „Ik begrijp die onvrede wel”, "
    "reageerde {later}."
)


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        (_ROLE_FIRST.format(later="Jan van der Berg"), "nl", "Jan van der Berg"),
        # near miss: the next speaker holds another role
        (_ROLE_FIRST.format(later="voorzitter Karel Dekker"), "nl", None),
        (
            ' date 2024-04 Win at home\n\n"We needed this win," the coach said after the '
            'game. "It gives us confidence."\n\nFans protested outside. "I understand the '
            'anger," said Tom Baker.',
            "en",
            "Tom Baker",
        ),
    ],
)
def test_a_role_named_only_later_is_the_next_speaker_named(
    text: str, lang: str, speaker: str | None
) -> None:
    found = _speakers(text, lang)
    assert found[:2] == [speaker, speaker]


def test_a_role_is_not_given_to_an_organisation_speaking_next() -> None:
    text = _ROLE_FIRST.format(later="de politie")
    assert _speakers(text)[:2] == [None, None]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("De buren van Anna de Vries waren boos. Ze spraken van een „schande”.", None),
        ("„Dit is een schande”, zeiden ze na afloop.", None),
        ("„Dit is een schande”, hebben zij laten weten.", None),
        # near misses: a singular verb next to "ze" is the woman named before
        ("„Dit is een schande”, zei ze na afloop.", "Anna de Vries"),
        ("„Dit is een schande”, heeft ze laten weten.", "Anna de Vries"),
        ("Ze sprak van een „schande”.", "Anna de Vries"),
    ],
)
def test_ze_next_to_a_plural_verb_is_a_group(sentence: str, speaker: str | None) -> None:
    text = " date 2024-05 Kop\n\nWethouder Anna de Vries bezocht de buurt. " + sentence
    assert _speakers(text)[-1] == speaker


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        (
            "„Blijf binnen”, zei de Japanse regering in een alarm. „Er is geen schade”, zei "
            "de regering in Tokio later.",
            "nl",
            "Japanse regering",
        ),
        (
            '"Stay inside," the Japanese government said in an alert. "There is no damage," '
            "the government in Tokyo said later.",
            "en",
            "Japanese government",
        ),
        # near miss: no government named before, so it stays unnamed
        ("Het alarm ging om zeven uur. „Er is geen schade”, zei de regering in Tokio.", "nl", None),
    ],
)
def test_an_institution_in_a_place_is_the_one_named_before(
    text: str, lang: str, speaker: str | None
) -> None:
    assert _speakers(" date 2022-10 Alarm\n\n" + text, lang)[-1] == speaker


@pytest.mark.parametrize(
    ("sentence", "clause", "speaker"),
    [
        (
            "Wethouder Anna de Vries vindt dat het plein sneller klaar moet.",
            "het plein sneller klaar moet",
            "Anna de Vries",
        ),
        (
            "Wethouder Anna de Vries liet in een interview optekenen dat ze in juni stopt.",
            "ze in juni stopt",
            "Anna de Vries",
        ),
        (
            "Wethouder Anna de Vries liet merken dat ze boos was.",
            "ze boos was",
            "Anna de Vries",
        ),
    ],
)
def test_dutch_opinion_and_let_know_verbs_report(sentence: str, clause: str, speaker: str) -> None:
    quotes = koreanews.parse(" date 2024-05 Kop\n\n" + sentence, lang="nl").quotes
    found = [(q.text, q.speaker.name if q.speaker else None) for q in quotes]
    assert found == [(clause, speaker)]


def test_dutch_finding_something_is_no_report() -> None:
    text = " date 2024-05 Kop\n\nDe politie vond een wapen in de auto van de verdachte."
    assert not koreanews.parse(text, lang="nl").quotes


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("Het plein is volgens de man veel te donker.", True),
        ("Volgens de vrouw is het plein te donker.", True),
        # near miss: "volgens" a thing reports no one
        ("Het plein is volgens de regels te donker.", False),
    ],
)
def test_dutch_according_to_a_man_or_woman_reports(sentence: str, found: bool) -> None:
    quotes = koreanews.parse(" date 2024-05 Kop\n\n" + sentence, lang="nl").quotes
    assert [q.kind for q in quotes] == ([QuoteKind.INDIRECT] if found else [])
    assert all(q.speaker is None for q in quotes)


def test_dutch_comparing_someone_with_a_quoted_phrase_reports() -> None:
    text = (
        " date 2024-05 Kop\n\nMinister Karel Smit sprak gisteren. Daarna vergeleek "
        "wethouder Anna de Vries het plan met een „kaartenhuis”."
    )
    assert _speakers(text) == ["Anna de Vries"]


@pytest.mark.parametrize(
    ("sentence", "cue"),
    [
        ("Het plan is goed, zei Karel Smit, die toevoegde dat hij snel wil beginnen.", "toevoegde"),
        ("Karel Smit las een brief voor, nadat hij aangaf dat hij snel wil beginnen.", "aangaf"),
    ],
)
def test_dutch_separable_verb_joined_in_a_subordinate_clause(sentence: str, cue: str) -> None:
    quotes = koreanews.parse(" date 2024-05 Kop\n\n" + sentence, lang="nl").quotes
    found = [(q.text, q.cue, q.speaker.name if q.speaker else None) for q in quotes]
    assert ("hij snel wil beginnen", cue, "Karel Smit") in found


def test_dutch_relative_clause_after_two_names_names_neither() -> None:
    text = (
        " date 2024-05 Kop\n\nHet plan is goed, zeiden Karel Smit en Anna de Vries, die "
        "benadrukten dat ze snel willen beginnen."
    )
    assert _speakers(text)[-1] is None


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        (
            "Bakker Henk Visser (67) sluit zaterdag zijn winkel. Klanten kwamen afscheid "
            "nemen. „Ik zou het zo weer doen”, zegt de bakker.",
            "nl",
            "Henk Visser",
        ),
        (
            "Visser Jan Bakker (52) uit Urk ving een steur. „Zo'n vis zie je zelden”, "
            "vertelt de Urker.",
            "nl",
            "Jan Bakker",
        ),
        (
            "Baker Tom Hill closes his shop on Saturday. Customers came to say goodbye. "
            '"I would do it again," the baker said.',
            "en",
            "Tom Hill",
        ),
        (
            "Henk Visser sluit zaterdag zijn winkel. „Het is mooi geweest”, zegt de 67-jarige.",
            "nl",
            "Henk Visser",
        ),
        (
            "Anna Bos won de rit. „Dit is mijn mooiste zege”, zei de Noorse.",
            "nl",
            "Anna Bos",
        ),
        (
            "Henk Visser won de rit. „Dit is mijn mooiste zege”, zei de Belg.",
            "nl",
            "Henk Visser",
        ),
        # near miss: no one was named right after the noun, so it stays unnamed
        (
            "Henk Visser (67) sluit zaterdag zijn winkel. „Jammer”, zegt de bakker.",
            "nl",
            None,
        ),
    ],
)
def test_a_definite_description_is_the_person_introduced_with_it(
    text: str, lang: str, speaker: str | None
) -> None:
    assert _speakers(" date 2024-03 Kop\n\n" + text, lang)[-1] == speaker


_INTERVIEW = (
    " date 2024-03 Interview\n\nBurgemeester Anna de Vries van Zwolle is een jaar in "
    "functie. We spraken haar op het stadhuis.\n\n{question}\n\n„Het was een druk jaar. "
    "Er gebeurde veel.”\n\nWat wilt u nog bereiken?\n\n„Meer woningen.”"
)


def test_dutch_interview_answers_are_the_interviewees() -> None:
    text = _INTERVIEW.format(question="Hoe kijkt u terug op het eerste jaar?")
    assert _speakers(text) == ["Anna de Vries", "Anna de Vries"]
    quotes = koreanews.parse(text, lang="nl").quotes
    assert quotes[0].evidence.rule == "nl:interview"


def test_english_interview_answers_are_the_interviewees() -> None:
    text = (
        " date 2024-03 Interview\n\nMayor Tom Hill has been in office for a year. We met "
        'him at city hall.\n\nHow was the first year?\n\n"It was busy. A lot happened."'
    )
    assert _speakers(text, "en") == ["Tom Hill"]


def test_a_quotation_after_a_statement_is_no_answer() -> None:
    text = _INTERVIEW.format(question="Het was een lang jaar voor de stad.")
    assert _speakers(text)[0] is None


_OWNED_ROLE_LATER = (
    " date 2024-03 Singer to appeal\n\nLONDON (AP) - {source} said on Sunday he would "
    "appeal the verdict against the singer.\n\nThe jury deliberated for two days.\n\n"
    "After the verdict, {later} told reporters that Brandt was disappointed."
)


@pytest.mark.parametrize(
    ("source", "later", "speaker"),
    [
        # the owned title is the person named right after it, who speaks next
        ("Peter Brandt’s defense attorney", "Laura Finch", "Laura Finch"),
        ("Peter Brandt's lawyer", "Laura Finch", "Laura Finch"),
        # near misses: a spokesman stays unnamed; a person given another title is
        # someone else; the owner is no one's lawyer
        ("Peter Brandt's spokesman", "Laura Finch", None),
        ("Peter Brandt’s defense attorney", "prosecutor Laura Finch", None),
        ("Peter Brandt’s defense attorney", "Peter Brandt", None),
    ],
)
def test_an_owned_title_is_the_person_named_after_it(
    source: str, later: str, speaker: str | None
) -> None:
    text = _OWNED_ROLE_LATER.format(source=source, later=later)
    assert _speakers(text, "en")[0] == speaker


@pytest.mark.parametrize(
    ("source", "speaker"),
    [
        ("De advocaat van Peter Brandt", "Laura Fink"),
        ("Een woordvoerder van Peter Brandt", None),
    ],
)
def test_dutch_a_role_of_a_named_owner_is_the_person_named_after_it(
    source: str, speaker: str | None
) -> None:
    text = (
        f" date 2024-03 Zanger gaat in beroep\n\n{source} zei zondag dat hij in beroep "
        "gaat tegen het vonnis.\n\nDe jury beraadslaagde twee dagen.\n\nNa de uitspraak "
        "zei Laura Fink tegen verslaggevers dat Brandt teleurgesteld was."
    )
    assert _speakers(text)[0] == speaker


def test_a_definite_title_for_a_named_owner_is_the_person_named_after_it() -> None:
    text = _OWNED_ROLE_LATER.format(source="The lawyer for Peter Brandt", later="Laura Finch")
    assert _speakers(text, "en")[0] == "Laura Finch"
    text = _OWNED_ROLE_LATER.format(source="A spokesman for Peter Brandt", later="Laura Finch")
    assert _speakers(text, "en")[0] is None


@pytest.mark.parametrize(
    ("sentence", "clause"),
    [
        ("The ministry said several people died in the fire.", "several people died in the fire"),
        ("The ministry said 12 people were arrested.", "12 people were arrested"),
        (
            "The ministry said more than 100 people were arrested.",
            "more than 100 people were arrested",
        ),
        (
            "The ministry, which runs the police, said such reports have angered the public.",
            "such reports have angered the public",
        ),
        # near misses: a quantifier as the object, a clause only after "when" or "that"
        ("Kim stopped short of saying more when asked whether he would resign.", None),
        ("He said some things that were hurtful.", None),
        ("He said all this to the committee on Monday.", None),
    ],
)
def test_a_quantifier_or_a_number_opens_a_reported_clause(
    sentence: str, clause: str | None
) -> None:
    text = (
        " date 2024-03 Ministry warns critics\n\nSEOUL (Yonhap) - The Ministry of Public "
        f"Order on Monday threatened to punish its critics.\n\n{sentence}\n"
    )
    indirect = [
        q.text for q in koreanews.parse(text, lang="en").quotes if q.kind is QuoteKind.INDIRECT
    ]
    assert indirect == ([clause] if clause else [])


_IT_AFTER_UNNAMED = (
    " date 2024-03 Agency warns farmers\n\nThe Food Safety Authority warned on Monday that "
    "the drought will cut the harvest.\n\n{middle}The report carried by local media said that "
    "prices would rise.\n\nIt said the government should help farmers."
)


def test_it_goes_past_an_unnamed_source_to_the_organisation_quoted_last() -> None:
    text = _IT_AFTER_UNNAMED.format(middle="")
    assert _speakers(text, "en") == ["Food Safety Authority", None, "Food Safety Authority"]


def test_it_does_not_reach_an_organisation_quoted_long_before() -> None:
    middle = "Rain fell in the north.\n\nThe rivers are low.\n\nFarmers sold cattle.\n\n"
    text = _IT_AFTER_UNNAMED.format(middle=middle)
    assert _speakers(text, "en")[-1] is None


# -- Dutch domestic news: court roles that nobody named holds stay unnamed ------------------


def _speakers_nl(text: str) -> list[tuple[str, str | None]]:
    article = koreanews.parse(" date 2023-05 Kop\n\n" + text, lang="nl")
    return [(q.text, q.speaker.name if q.speaker else None) for q in article.quotes]


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        # the prosecutor is unnamed; the lawyer named after him holds another role
        (
            "Volgens de officier van justitie ging het om een poging tot doodslag. "
            "„Dit was geen ongeluk”, zei de officier.\n"
            "De advocaat van de verdachte, Joost van Dalen, stelt dat zijn cliënt zich "
            "verdedigde. „Hij werd eerst aangevallen”, zei Van Dalen.",
            "Dit was geen ongeluk",
            None,
        ),
        (
            "„De straf moet omhoog”, zegt de aanklager.\n"
            "De raadsman van de man, Ellen Kok, vindt de eis te hoog. „Veel te zwaar”, zegt Kok.",
            "De straf moet omhoog",
            None,
        ),
        # a child named by the first name is no judge
        (
            "Bram (12) zag de auto wegrijden. „Het ging heel snel”, zegt hij.\n"
            "De rechter oordeelde dat de zaak over twee weken verder gaat.",
            "de zaak over twee weken verder gaat",
            None,
        ),
        # near miss: the role named with the name is theirs
        (
            "De nieuwe burgemeester, Karin Bos, opende het gebouw. „Ik ben trots”, zei de "
            "burgemeester.",
            "Ik ben trots",
            "Karin Bos",
        ),
        (
            "Bram (12) zag de auto wegrijden. „Het ging heel snel”, zegt hij.",
            "Het ging heel snel",
            "Bram",
        ),
    ],
)
def test_dutch_court_roles_stay_unnamed(text: str, quote: str, speaker: str | None) -> None:
    assert (quote, speaker) in _speakers_nl(text)


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        # a surname with a particle that reads as a word ("jonge", "nieuwe")
        (
            "Minister Hugo de Jonge bezocht het ziekenhuis. „De zorg kraakt”, zei De Jonge.",
            "De zorg kraakt",
            "Hugo de Jonge",
        ),
        (
            "Annet de Nieuwe won de sprint. Volgens De Nieuwe was de wind gunstig.",
            "was de wind gunstig",
            "Annet de Nieuwe",
        ),
        # near miss: the adjective with a lower-case article is no name
        ("„We hebben gewonnen”, zei de jonge spits na afloop.", "We hebben gewonnen", None),
        # police and municipality: the institution speaks, its spokesperson is unnamed
        (
            "De politie laat weten dat er twee mannen zijn aangehouden in de wijk.",
            "er twee mannen zijn aangehouden in de wijk",
            "politie",
        ),
        (
            "De gemeente laat in een verklaring weten dat de weg tot maandag dicht blijft.",
            "de weg tot maandag dicht blijft",
            "gemeente",
        ),
        (
            "Dat meldt de brandweer. „Er zijn geen gewonden”, zegt een woordvoerder van de "
            "veiligheidsregio.",
            "Er zijn geen gewonden",
            None,
        ),
        # witnesses stay unnamed, also through a pronoun
        (
            "Een buurtbewoner vertelt dat hij een harde knal hoorde. „De ramen trilden”, zegt hij.",
            "De ramen trilden",
            None,
        ),
        # local politics and sport: a title with the name, then the title alone
        (
            "Wethouder Karin Bos (VVD) opende de school. „Dit is een mooie dag”, aldus de "
            "wethouder.",
            "Dit is een mooie dag",
            "Karin Bos",
        ),
        (
            "Trainer Arne Slot was tevreden. Aanvoerder Jan de Boer was kritischer. „We moeten "
            "scherper zijn”, zegt de aanvoerder.",
            "We moeten scherper zijn",
            "Jan de Boer",
        ),
    ],
)
def test_dutch_domestic_speakers(text: str, quote: str, speaker: str | None) -> None:
    assert (quote, speaker) in _speakers_nl(text)


# -- Dutch reported questions and appeals ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "clause", "source", "cue"),
    [
        (
            "De rechter vroeg de verdachte of hij begreep wat de gevolgen waren.",
            "hij begreep wat de gevolgen waren",
            "De rechter",
            "vroeg",
        ),
        (
            "Jan de Vries vraagt zich af of de gemeente wel genoeg heeft gedaan.",
            "de gemeente wel genoeg heeft gedaan",
            "Jan de Vries",
            "vraagt",
        ),
        (
            "Karin Bos vroeg zich hardop af of er wel genoeg agenten op straat zijn.",
            "er wel genoeg agenten op straat zijn",
            "Karin Bos",
            "vroeg",
        ),
        (
            "Gisteren vroegen de bewoners of Karin Bos de flat wilde bezoeken.",
            "Karin Bos de flat wilde bezoeken",
            "de bewoners",
            "vroegen",
        ),
        # an appeal whose addressee is long or coordinated
        (
            "Gedeputeerde Jan Smit riep de bewoners en de ondernemers van de wijk op om met "
            "elkaar in gesprek te gaan.",
            "met elkaar in gesprek te gaan",
            "Gedeputeerde Jan Smit",
            "riep",
        ),
        (
            "Wethouder Els Kok roept ouders, leraren en buren op om samen te praten.",
            "samen te praten",
            "Wethouder Els Kok",
            "roept",
        ),
    ],
)
def test_dutch_reported_questions_and_appeals(
    text: str, clause: str, source: str, cue: str
) -> None:
    q = one(text, kind=QuoteKind.INDIRECT)
    assert (q.text, q.source_text, q.cue) == (clause, source, cue)


@pytest.mark.parametrize(
    "text",
    [
        # "of" as "or" after asking for something
        "De burgemeester vroeg om meer geld of meer personeel voor de politie in de stad.",
        # "of" after a verb that reports no question
        "Jan Smit wist niet of zijn buurman thuis was die avond.",
    ],
)
def test_dutch_of_without_a_question_is_no_clause(text: str) -> None:
    assert [q for q in run(text) if q.kind is QuoteKind.INDIRECT] == []


def test_dutch_title_nobody_holds_is_no_antecedent_for_the_next_pronoun() -> None:
    # the chairwoman is unnamed; her title must not make the suspect the "hij" after it
    text = (
        "Het AD verwacht dat alleen Martijn Bol op de zitting verschijnt. Zijn advocaat komt "
        "niet. De voorzitter van de rechtbank vroeg de verdachte of hij de gevolgen begreep. "
        "Hij zei de beslissing te betreuren."
    )
    said = {q.text: q.speaker for q in koreanews.parse(" date 2023-05 Kop\n\n" + text).quotes}
    assert said["de beslissing te betreuren"] is None


def _speaker_after(paragraphs: str, lang: str) -> tuple[str | None, str | None]:
    """The speaker and rule of the one direct quotation of a short article."""
    lead = (
        "Senator Maria Lopez and Governor Tom Baker spoke in Ohio on Monday."
        if lang == "en"
        else "Wethouder Anna de Vries en Kamerlid Els Smit spraken maandag in Assen."
    )
    text = f" date 2021-04 Debat\n\n{lead}\n\n" + paragraphs.replace("\n", "\n\n")
    article = koreanews.parse(text, lang=lang)
    found = [q for q in article.quotes if q.kind is QuoteKind.DIRECT]
    assert len(found) == 1, [(q.kind, q.text) for q in article.quotes]
    q = found[0]
    return (q.speaker.name if q.speaker else None), (q.evidence.rule if q.evidence else None)


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        ('In her closing remarks, Lopez declared:\n"We will not stop here."', "en", "Maria Lopez"),
        ("The governor later wrote:\n“The plan is dead.”", "en", "Tom Baker"),
        (
            'As Baker observed, the winner was not on the stage:\n"It was the stage."',
            "en",
            "Tom Baker",
        ),
        ("In a speech in 1990, she insisted:\n“Nobody can stop us now.”", "en", "Maria Lopez"),
        ('Senator Lopez (D-Ohio):\n"The bill must pass."', "en", "Maria Lopez"),
        ("De Vries verklaarde daarna:\n„We gaan gewoon door.”", "nl", "Anna de Vries"),
        ("Kamerlid Smit (VVD):\n„Dit is onverstandig.”", "nl", "Els Smit"),
    ],
)
def test_a_paragraph_ending_with_an_introduction_gives_the_next_quotation_its_speaker(
    text: str, lang: str, speaker: str
) -> None:
    assert _speaker_after(text, lang) == (speaker, f"{lang}:colon-paragraph")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # the object before the colon is no source
        ('A man interrupted the candidate:\n"You stole it."', "en"),
        # a label or a list announced with a colon, no one introduced
        ('Key points:\n"Build, repair, wait."', "en"),
        ('The plan has three parts:\n"Build, repair, wait."', "en"),
        # a paragraph between the introduction and the quotation
        ('Lopez said:\nThe crowd cheered.\n"We won."', "en"),
        ("Het plan heeft drie delen:\n„Bouwen en wachten.”", "nl"),
    ],
)
def test_a_paragraph_ending_with_a_colon_but_no_introduction_gives_no_source(
    text: str, lang: str
) -> None:
    assert _speaker_after(text, lang)[1] != f"{lang}:colon-paragraph"


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        ('Hours later, Trump returned the compliment, saying, "He is a fine man."', "Trump"),
        (
            'On Monday, Minister Jan Berg met the critics, saying, "The plan stands."',
            "Minister Jan Berg",
        ),
        ('In a long interview, Ann Reyes defended the deal, noting, "It works."', "Ann Reyes"),
        ('Later, Tom Berg thanked the crowd, adding, "We will be back."', "Tom Berg"),
    ],
)
def test_a_participle_cue_goes_past_a_fronted_adverbial_to_the_subject(
    sentence: str, source: str
) -> None:
    q = one(sentence, "en", QuoteKind.DIRECT)
    assert q.source_text == source


@pytest.mark.parametrize(
    ("sentence", "cue", "source"),
    [
        ('"We are not done yet," Lopez continued.', "continued", "Lopez"),
        ('"Stop the count!" a man in the crowd shouted.', "shouted", "a man"),
        ('"I may need a bigger desk," Governor Baker joked.', "joked", "Governor Baker"),
        ('Anna Reyes conceded: "The numbers are bad."', "conceded", "Anna Reyes"),
        ('"It is a disgrace," the mayor lamented on Monday.', "lamented", "the mayor"),
        ('Anna Reyes shot back: "Read the bill first."', "shot back", "Anna Reyes"),
        ('"Nobody asked you," an angry Berg retaliated.', "retaliated", "an angry Berg"),
        ('Governor Baker pointed out: "We paid for it."', "pointed out", "Governor Baker"),
    ],
)
def test_english_reporting_verbs_of_manner_are_cues(sentence: str, cue: str, source: str) -> None:
    q = one(sentence, "en", QuoteKind.DIRECT)
    assert (q.cue, q.source_text) == (cue, source)


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        (
            "Downing Street said on Monday that talks failed, adding that the minister stays.",
            "Downing Street",
        ),
        ('"We will wait," Tom Berg said, adding that nobody was hurt.', "Tom Berg"),
        (
            "Senator Ann Reyes told reporters the plan was dead, arguing that it cost too much.",
            "Senator Ann Reyes",
        ),
    ],
)
def test_a_participle_cue_shares_the_subject_of_the_reporting_verb_before_it(
    sentence: str, source: str
) -> None:
    found = [q for q in run(sentence, "en") if q.kind is QuoteKind.INDIRECT]
    assert (found[-1].cue or "").endswith("ing")
    assert found[-1].source_text == source


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        (
            '"It was close," said Republican political consultant Jim Hale.',
            "Republican political consultant Jim Hale",
        ),
        (
            '"He will be back," said Ohio State University political scientist Ann Reyes.',
            "Ohio State University political scientist Ann Reyes",
        ),
        ('"Nobody saw it coming," veteran columnist Tom Berg said.', "veteran columnist Tom Berg"),
        ('"We lost the state," said local activist Mia Park.', "local activist Mia Park"),
    ],
)
def test_an_occupation_with_its_modifiers_before_a_name_is_one_source(
    sentence: str, source: str
) -> None:
    assert one(sentence, "en", QuoteKind.DIRECT).source_text == source


def test_a_capitalised_reporting_verb_in_a_headline_is_no_name_word() -> None:
    article = koreanews.parse(
        ' date 2016-02 Senator Berg Says Ohio Will "Fight On"\n\n'
        "Senator Tom Berg spoke in Columbus on Monday.",
        lang="en",
    )
    assert "Tom Berg" in [p.name for p in article.people]
    assert not [p.name for p in article.people if "Says" in p.name]


@pytest.mark.parametrize("surname", ["Hale", "Brown", "Okafor"])
@pytest.mark.parametrize(
    "body",
    [
        '"We are not going anywhere," {name} said on Tuesday.',
        '"Why would we wait?" {name} asked reporters.',
        '"Enough!" {name} shouted from the stage.',
    ],
)
def test_a_surname_met_once_right_after_a_quotation_is_its_speaker(surname: str, body: str) -> None:
    # the reporter's sentence runs on after ',"' / '?"' / '!"': the surname is no
    # capitalised sentence opener, even when the article never names the person again
    assert _speakers("date 2016-05\n\n" + body.format(name=surname) + "\n", "en") == [surname]


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("Police said the driver was taken to hospital after the crash on Friday.", "police"),
        ('"The road will stay closed until Monday," the police said on Friday night.', "police"),
        ("The army said the drill near the border would go on for three more days.", "army"),
        ("A police spokesman said the driver was taken to hospital after the crash.", None),
        ("Police officers said the driver was taken to hospital after the crash.", None),
    ],
)
def test_an_english_public_service_speaks_as_itself(body: str, speaker: str | None) -> None:
    # FORMAT.md: an organisation that is itself the subject is the speaker; someone
    # unnamed who speaks for it is unnamed
    assert _speakers("date 2019-04\n\n" + body + "\n", "en") == [speaker]


_DUTCH_LEAD = "date 2018-03\n\nDe gemeenteraad vergaderde dinsdagavond tot laat.\n\n"


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        # an institution after "volgens" is a source like "volgens de politie"
        ("Volgens de gemeente is de schade aan het gemaal groot.", "gemeente"),
        ("Volgens de provincie gaat de weg pas in mei weer open.", "provincie"),
        # the institution of a named place, not the place
        ("Volgens de gemeente Zwolle is de schade aan het gemaal groot.", "gemeente Zwolle"),
        (
            "De provincie Drenthe laat weten dat de weg pas in mei weer opengaat.",
            "provincie Drenthe",
        ),
        # a name before an apposition in commas, a verb with no speaker after it
        ("Sanne Kok, directeur van de school, noemt het besluit „onbegrijpelijk”.", "Sanne Kok"),
        ("Ruud Vos, die al jaren wethouder is, noemt het plan „een gemiste kans”.", "Ruud Vos"),
        # near-misses: after a fronted phrase or clause the verb is inverted
        (
            "Na de vergadering, die lang duurde, noemde burgemeester Ruud Vos het plan „onzin”.",
            "Ruud Vos",
        ),
        (
            "In Zwolle, de hoofdstad van de provincie, noemt wethouder Ruud Vos het plan „onzin”.",
            "Ruud Vos",
        ),
    ],
)
def test_dutch_sources_in_domestic_shapes(body: str, speaker: str) -> None:
    assert _speakers(_DUTCH_LEAD + body + "\n", "nl") == [speaker]


@pytest.mark.parametrize("month_name", ["Jan", "Mei"])
def test_a_first_name_like_a_month_under_the_header_date_is_a_name(month_name: str) -> None:
    # the digits of the header's date are on another line: "Jan Smit" is a person
    text = f"date 2018-03\n\n{month_name} Smit zei dat het besluit onbegrijpelijk is.\n"
    assert _speakers(text, "nl") == [f"{month_name} Smit"]


@pytest.mark.parametrize(
    ("lang", "body", "speaker"),
    [
        ("en", "Since the flood, Okafor says, far too many homes have stood empty.", "Okafor"),
        (
            "en",
            "Mayor Jane Ortiz spoke on Monday. The plan, she said, would protect schools.",
            "Jane Ortiz",
        ),
        ("nl", "Het plan, zei Ruud Vos, beschermt de scholen in de wijk tegen water.", "Ruud Vos"),
        ("nl", "Sinds de storm, zegt Vos, staan veel huizen in de wijk leeg.", "Vos"),
    ],
)
def test_a_cue_in_commas_inside_the_reported_sentence(lang: str, body: str, speaker: str) -> None:
    article = koreanews.parse("date 2018-03\n\n" + body + "\n", lang=lang)
    quotes = [q for q in article.quotes if q.kind is koreanews.QuoteKind.INDIRECT]
    assert len(quotes) == 1
    assert quotes[0].speaker is not None
    assert quotes[0].speaker.name == speaker
    assert quotes[0].evidence is not None
    assert quotes[0].evidence.rule.endswith("parenthetical-cue")


@pytest.mark.parametrize(
    "body",
    [
        # the words after the second comma are no clause of their own
        "The plan, she said, in full.",
        # an apposition, no cue: nothing reported
        "The plan, a costly one, would protect the schools in the district.",
    ],
)
def test_no_parenthetical_cue_without_a_clause_after_it(body: str) -> None:
    article = koreanews.parse("date 2018-03\n\n" + body + "\n", lang="en")
    assert not [
        q
        for q in article.quotes
        if q.evidence is not None and q.evidence.rule.endswith("parenthetical-cue")
    ]


@pytest.mark.parametrize(
    "body",
    [
        "Lund told reporters she would vote against the bill.",
        "Lund told supporters he would fight on.",
        "Lund later told reporters she had not decided.",
    ],
)
def test_a_pronoun_after_the_addressee_opens_the_reported_clause(body: str) -> None:
    # "told reporters she would ...": the addressee ends before the pronoun subject
    article = koreanews.parse(
        "date 2018-03\n\nSenator Amy Lund is undecided.\n\n" + body + "\n", lang="en"
    )
    (quote,) = article.quotes
    assert quote.speaker is not None
    assert quote.speaker.name == "Amy Lund"
    assert quote.text.split()[0] in ("she", "he")


@pytest.mark.parametrize(
    ("lang", "body", "text", "speaker"),
    [
        (
            "en",
            "Talks will resume on Friday, according to a union spokeswoman.",
            "Talks will resume on Friday",
            None,
        ),
        (
            "en",
            "Talks will resume on Friday, according to Lisa Park, a union spokeswoman.",
            "Talks will resume on Friday",
            "Lisa Park",
        ),
        (
            "nl",
            "De gesprekken worden vrijdag hervat, volgens een woordvoerster van de bond.",
            "De gesprekken worden vrijdag hervat",
            None,
        ),
        # near-miss: the source first, the clause after it
        (
            "en",
            "According to Lisa Park, a union spokeswoman, talks will resume on Friday.",
            "talks will resume on Friday",
            "Lisa Park",
        ),
    ],
)
def test_according_to_at_the_end_reports_the_clause_before_it(
    lang: str, body: str, text: str, speaker: str | None
) -> None:
    article = koreanews.parse(
        "date 2018-03\n\nThe strike entered its third day.\n\n" + body + "\n", lang=lang
    )
    (quote,) = article.quotes
    assert quote.text == text
    assert (quote.speaker.name if quote.speaker is not None else None) == speaker


@pytest.mark.parametrize(
    ("lang", "body"),
    [
        (
            "en",
            "Kim Yo Jong, the sister of Kim Jong Un, said the talks were useless. "
            '"Seoul should stop dreaming," Kim said.',
        ),
        (
            "nl",
            "Kim Yo-jong, de zus van Kim Jong-un, zei dat de gesprekken zinloos zijn. "
            "„Seoul moet ophouden met dromen”, zei Kim.",
        ),
    ],
)
def test_a_shared_korean_family_name_is_the_subject_not_the_name_after_a_preposition(
    lang: str, body: str
) -> None:
    article = koreanews.parse("date 2018-03\n\nThe talks stalled.\n\n" + body + "\n", lang=lang)
    direct = [q for q in article.quotes if q.kind is koreanews.QuoteKind.DIRECT]
    assert len(direct) == 1
    assert direct[0].speaker is not None
    assert direct[0].speaker.name.replace("-", " ").casefold() == "kim yo jong"


@pytest.mark.parametrize(
    ("lang", "body", "speaker"),
    [
        (
            "en",
            "The University of Leeds said on Monday that enrolment rose by a tenth.",
            "University of Leeds",
        ),
        (
            "en",
            "Bank of Scotland said on Monday that its profits rose by a tenth this year.",
            "Bank of Scotland",
        ),
        (
            "nl",
            "De Universiteit van Tilburg meldt dat het aantal studenten met een tiende steeg.",
            "Universiteit van Tilburg",
        ),
        (
            "en",
            "Duke Energy said crews from three states were on their way to the coast.",
            "Duke Energy",
        ),
    ],
)
def test_an_organisation_named_by_head_and_complement_speaks_whole(
    lang: str, body: str, speaker: str
) -> None:
    article = koreanews.parse(
        "date 2018-03\n\nThe storm hit the coast.\n\n" + body + "\n", lang=lang
    )
    (quote,) = article.quotes
    assert quote.speaker is not None
    assert quote.speaker.name == speaker
    assert quote.speaker.kind is koreanews.EntityKind.ORGANISATION


@pytest.mark.parametrize(
    ("lang", "body", "speaker"),
    [
        ("en", 'Hale, for his part, called the criticism "political theater."', "Tom Hale"),
        (
            "en",
            "Hale, in a statement on Monday, said the plan would save the city money.",
            "Tom Hale",
        ),
        (
            "nl",
            "Hale noemde de kritiek „toneel”. Diaz, van haar kant, noemt het plan „een ramp”.",
            "Rosa Diaz",
        ),
    ],
)
def test_a_phrase_set_off_between_subject_and_cue(lang: str, body: str, speaker: str) -> None:
    article = koreanews.parse(
        "date 2018-03\n\nMayor Tom Hale and councilwoman Rosa Diaz clashed.\n\n"
        '"We warned them," an aide said.\n\n' + body + "\n",
        lang=lang,
    )
    last = article.quotes[-1]
    assert last.speaker is not None
    assert last.speaker.name == speaker


@pytest.mark.parametrize(
    ("lang", "body", "speaker"),
    [
        ("en", "Okafor said the school would reopen in the autumn.", "Okafor"),
        # near-misses: a plural noun with a plural verb is no one named
        ("nl", "Tegenstanders zeggen dat de ouders te laat zijn ingelicht.", None),
        ("nl", "Ouders waarschuwden dat de school te vroeg dichtgaat.", None),
    ],
)
def test_a_lone_surname_opening_a_sentence_before_its_verb(
    lang: str, body: str, speaker: str | None
) -> None:
    text = "date 2018-03\n\nDe school aan de Dorpsstraat gaat dicht.\n\n" + body + "\n"
    assert _speakers(text, lang) == [speaker]


@pytest.mark.parametrize(
    ("body", "speaker", "cue"),
    [
        ("„Dit kan zo niet langer”, klinkt het bij de FNV.", "FNV", "klinkt het"),
        (
            "„Dit kan zo niet langer”, zo klonk het bij wethouder Ruud Vos.",
            "Ruud Vos",
            "zo klonk het",
        ),
        # near-misses: no source after the phrase, or an unnamed group
        ("„Dit kan zo niet langer”, klinkt het.", None, "klinkt het"),
        ("„Dit kan zo niet langer”, klinkt het bij de buren.", None, "klinkt het"),
    ],
)
def test_the_source_after_bij_in_a_dutch_cue_phrase(
    body: str, speaker: str | None, cue: str
) -> None:
    article = koreanews.parse(
        "date 2018-03\n\nDe raad sprak gisteren met de FNV.\n\n" + body + "\n", lang="nl"
    )
    (quote,) = article.quotes
    assert quote.cue == cue
    assert (quote.speaker.name if quote.speaker is not None else None) == speaker
