"""Quote-aware sentence splitting with per-language abbreviations."""

from __future__ import annotations

from koreanews.lang import LanguageProfile, get_profile
from koreanews.models import Span
from koreanews.sentences import split_sentences

NL = get_profile("nl")
EN = get_profile("en")


def sentences(
    text: str, profile: LanguageProfile = NL, protected: tuple[Span, ...] = ()
) -> list[str]:
    return [s.slice(text) for s in split_sentences(text, 0, None, profile, protected)]


def test_plain_sentences() -> None:
    text = "Kim reisde naar Hanoi. Trump kwam een dag later! Was dat toeval? Niemand weet het."
    assert sentences(text) == [
        "Kim reisde naar Hanoi.",
        "Trump kwam een dag later!",
        "Was dat toeval?",
        "Niemand weet het.",
    ]


def test_offsets_index_the_text() -> None:
    text = "  Eerste zin.   Tweede zin.  "
    spans = split_sentences(text, 0, None, NL)
    assert [s.slice(text) for s in spans] == ["Eerste zin.", "Tweede zin."]
    assert spans[0].start == 2


def test_dutch_abbreviations_do_not_end_a_sentence() -> None:
    text = "Volgens dhr. Park en prof. Lee is het o.a. een kwestie van tijd. Daarna volgt meer."
    assert len(sentences(text)) == 2


def test_english_abbreviations_and_initials() -> None:
    text = "Gov. Doug Smith met Mr. Kim in the U.S. capital. N. Korea was not amused. J. Lee left."
    assert sentences(text, EN) == [
        "Gov. Doug Smith met Mr. Kim in the U.S. capital.",
        "N. Korea was not amused.",
        "J. Lee left.",
    ]


def test_no_split_before_a_lower_case_word() -> None:
    assert len(sentences("De test om 7.55 uur. maar niet heus. Einde.")) == 2


def test_protected_quotation_stays_whole() -> None:
    text = "“We komen. We blijven. We winnen,” zei Kim. Daarna vertrok hij."
    inner = Span(1, text.index("”"))
    assert sentences(text, NL, (inner,)) == [
        "“We komen. We blijven. We winnen,” zei Kim.",
        "Daarna vertrok hij.",
    ]


def test_a_quotation_that_ends_a_sentence_may_end_it() -> None:
    text = "‘We zijn niet bang.’ Aan het woord is een diplomaat."
    inner = Span(1, text.index("’"))
    assert sentences(text, NL, (inner,)) == [
        "‘We zijn niet bang.’",
        "Aan het woord is een diplomaat.",
    ]


def test_sentence_after_a_closing_quote_and_bracket() -> None:
    text = 'Hij zei het al (en "niemand" luisterde.) Toen kwam de raket.'
    assert len(sentences(text)) == 2


def test_range_inside_a_longer_text() -> None:
    text = "Kop\nEerste zin. Tweede zin.\nVolgende alinea."
    start = text.index("Eerste")
    end = text.index("\nVolgende")
    spans = split_sentences(text, start, end, NL)
    assert [s.slice(text) for s in spans] == ["Eerste zin.", "Tweede zin."]


def test_without_a_profile_every_boundary_counts() -> None:
    assert len(split_sentences("Dhr. Park kwam. Hij bleef.")) == 3


def test_long_text_is_handled() -> None:
    text = "Kim sprak. " * 20000
    assert len(split_sentences(text, 0, None, NL)) == 20000


def test_a_question_in_quotation_marks_and_its_named_speaker_are_one_sentence() -> None:
    text = '"Who pays for the dam?" Nora Vance asked. "Not us!" Ellis said. The vote followed.'
    assert sentences(text, EN) == [
        '"Who pays for the dam?" Nora Vance asked.',
        '"Not us!" Ellis said.',
        "The vote followed.",
    ]


def test_a_question_before_a_new_sentence_still_ends_it() -> None:
    # the words after the question are no name and verb, or the mark is outside quotes
    text = '"Who pays for the dam?" The vote followed. Who pays? Ellis said nothing.'
    assert sentences(text, EN) == [
        '"Who pays for the dam?"',
        "The vote followed.",
        "Who pays?",
        "Ellis said nothing.",
    ]
