"""The language profiles: reporting verbs by lemma and the lists computed from them."""

from __future__ import annotations

import attrs
import pytest

import koreanews
from koreanews.lang import LanguageProfile, get_profile, supported_languages
from koreanews.lang._profile import ReportingVerb, derived_verb_lists


@pytest.mark.parametrize("lang", supported_languages())
def test_every_form_of_a_reporting_verb_is_a_cue_word(lang: str) -> None:
    profile = get_profile(lang)
    assert profile.reporting_verbs
    for verb in profile.reporting_verbs:
        for form in verb.forms:
            if verb.separable:
                assert verb.particles
                assert set(verb.particles) <= set(profile.separable_verbs[form])
            else:
                assert form in profile.speech_verbs
        assert set(verb.bare_clause) <= set(verb.forms)
        assert set(verb.bare_clause) <= profile.bare_clause_verbs


@pytest.mark.parametrize("lang", supported_languages())
def test_each_lemma_is_entered_once(lang: str) -> None:
    lemmas = [v.lemma for v in get_profile(lang).reporting_verbs]
    assert len(lemmas) == len(set(lemmas))


def test_joined_forms_are_cues_of_their_own() -> None:
    verbs = (ReportingVerb("toevoegen", ("voegt",), particles=("toe",), joined=("toevoegde",)),)
    speech, separable, _, _ = derived_verb_lists(verbs)
    assert speech == {"toevoegde"}
    assert separable == {"voegt": ("toe",)}
    nl = get_profile("nl")
    assert {"toevoegde", "aangaf", "meedeelde"} <= nl.speech_verbs
    assert "uitspraken" not in nl.speech_verbs  # a noun, never a joined cue


def test_separable_verbs_merge_their_particles() -> None:
    verbs = (
        ReportingVerb("aangeven", ("geeft", "gaf"), particles=("aan",)),
        ReportingVerb("toegeven", ("geeft",), particles=("toe",)),
        ReportingVerb("zeggen", ("zegt", "zei")),
    )
    speech, separable, bare, addressee = derived_verb_lists(verbs)
    assert speech == {"zegt", "zei"}
    assert separable == {"geeft": ("aan", "toe"), "gaf": ("aan",)}
    assert bare == addressee == frozenset()


def test_a_verb_with_an_optional_particle_is_a_cue_alone_too() -> None:
    verb = ReportingVerb("aankondigen", ("kondigt",), particles=("aan",), particle_optional=True)
    speech, separable, _, _ = derived_verb_lists((verb,))
    assert "kondigt" in speech
    assert separable == {"kondigt": ("aan",)}


def test_a_new_verb_entered_once_makes_all_its_forms_cues() -> None:
    base = get_profile("nl")
    verb = ReportingVerb("fluisteren", ("fluistert", "fluisterde", "gefluisterd"))
    profile = attrs.evolve(base, reporting_verbs=(*base.reporting_verbs, verb))
    assert {"fluistert", "fluisterde", "gefluisterd"} <= profile.speech_verbs
    assert "fluistert" not in base.speech_verbs


def test_a_string_of_forms_is_refused() -> None:
    with pytest.raises(TypeError, match="one string"):
        ReportingVerb("zeggen", "zegt")  # type: ignore[arg-type]


def test_the_dutch_twitter_forms_are_cues() -> None:
    text = " date 2021-01 Kop\n\nDe minister had getweet: „We houden vol.”"
    (quote,) = koreanews.parse(text, lang="nl").quotes
    assert quote.cue == "getweet"


def test_profiles_are_language_profiles() -> None:
    assert all(isinstance(get_profile(code), LanguageProfile) for code in supported_languages())
