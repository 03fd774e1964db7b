"""Korean name normalisation, name keys, surname keys and same_person."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from koreanews.names import (
    is_korean_syllables,
    name_key,
    normalise_korean_name,
    parse_korean_name,
    same_person,
    surname_keys,
)


@pytest.mark.parametrize(
    "spelling",
    ["Kim Jong Un", "Kim Jong-un", "Kim Jong-Un", "Kim Jongun", "Kim-Jong-un", "Kim  Jong-un"],
)
def test_spellings_of_one_korean_name_normalise_alike(spelling: str) -> None:
    assert normalise_korean_name(spelling) == "Kim Jongun"
    assert name_key(spelling) == name_key("Kim Jong-un")


@pytest.mark.parametrize(
    ("name", "family", "given"),
    [
        ("Moon Jae-in", "Moon", "Jae-in"),
        ("Ri Yong Ho", "Ri", "Yong-ho"),
        ("Choe Son-hui", "Choe", "Son-hui"),
        ("Kang Kyung-wha", "Kang", "Kyung-wha"),
        ("Koh Yu-Hwan", "Koh", "Yu-hwan"),
        ("Shin Tae Yong", "Shin", "Tae-yong"),
        ("Hwang Kyo-ahn", "Hwang", "Kyo-ahn"),
    ],
)
def test_parse_korean_name(name: str, family: str, given: str) -> None:
    parsed = parse_korean_name(name)
    assert parsed is not None
    assert parsed.family == family
    assert parsed.given == given


@pytest.mark.parametrize(
    "name", ["Mike Pence", "Kim Clijsters", "Hong Kong", "Moon", "Kim", "Park Avenue Hotel"]
)
def test_names_that_are_not_korean(name: str) -> None:
    assert parse_korean_name(name) is None


def test_korean_family_and_given_name_must_both_match() -> None:
    assert name_key("Kim Yo-jong") != name_key("Kim Jong-un")
    assert name_key("Kim Jong-un") != name_key("Kim Jong-il")
    assert not same_person("Kim Yo-jong", "Kim Jong-un")


def test_non_korean_names_keep_their_form() -> None:
    assert normalise_korean_name("  Mike   Pence ") == "Mike Pence"
    assert normalise_korean_name("Pence's") == "Pence"
    assert name_key("Alejandro Cao de Benós") == name_key("alejandro cao de benos")


def test_surname_keys() -> None:
    assert surname_keys("Kim Yo-jong") == ("kim", "yojong")
    assert surname_keys("Bart De Wever") == ("de wever", "wever")
    assert surname_keys("Mark van der Berg") == ("van der berg",)  # "Van der Berg" alone
    assert surname_keys("Mike Pence") == ("pence",)


@pytest.mark.parametrize(
    ("short", "full", "expected"),
    [
        ("Pence", "Mike Pence", True),
        ("De Croo", "Alexander De Croo", True),
        ("Kim", "Kim Sung-han", True),
        ("Moon", "Kim Sung-han", False),
        ("Mike Pence", "Mike Pompeo", False),
        ("Ri Yong Ho", "Ri Yong-ho", True),
    ],
)
def test_same_person(short: str, full: str, expected: bool) -> None:
    assert same_person(short, full) is expected
    assert same_person(full, short) is expected


def test_syllables() -> None:
    assert is_korean_syllables("jongun", 2)
    assert is_korean_syllables("Hwan", 1)
    assert not is_korean_syllables("Hotel", 1)
    assert not is_korean_syllables("Clijsters")


_SYLLABLES = st.sampled_from(
    ["jong", "un", "yo", "jae", "in", "sung", "han", "yong", "ho", "son", "hui", "kyung", "wha"]
)


@given(_SYLLABLES, _SYLLABLES, st.sampled_from(["Kim", "Ri", "Moon", "Park", "Choe"]))
def test_any_spelling_of_a_generated_name_gives_one_key(first: str, second: str, fam: str) -> None:
    forms = [
        f"{fam} {first.capitalize()}-{second}",
        f"{fam} {first.capitalize()} {second.capitalize()}",
        f"{fam} {first.capitalize()}-{second.capitalize()}",
        f"{fam}-{first.capitalize()}-{second}",
    ]
    keys = {name_key(f) for f in forms}
    assert len(keys) == 1
    assert {normalise_korean_name(f) for f in forms} == {f"{fam} {(first + second).capitalize()}"}


def test_middle_initials_do_not_matter() -> None:
    assert name_key("Donald J. Trump") == name_key("Donald Trump")
    assert same_person("George W. Bush", "George Bush")
    assert name_key("J. Smith") != name_key("John Smith")


def test_name_key_folds_case_of_korean_names() -> None:
    from koreanews.names import name_key

    assert name_key("kim jong-un") == name_key("Kim Jong Un") == name_key("KIM JONG UN")
    assert name_key("moon jae-in") == name_key("Moon Jae-in")
    assert name_key("de croo") == name_key("De Croo")


def test_census_first_names_are_given_names_with_their_sex() -> None:
    """The shipped 1990 US Census list widens the given names (public domain data)."""
    from koreanews.names import COMMON_GIVEN_NAMES, FEMALE_GIVEN_NAMES, MALE_GIVEN_NAMES

    assert {"Zachary", "Gwendolyn", "Leroy", "Marjorie"} <= COMMON_GIVEN_NAMES
    assert "Gwendolyn" in FEMALE_GIVEN_NAMES
    assert "Leroy" in MALE_GIVEN_NAMES
    assert not FEMALE_GIVEN_NAMES & MALE_GIVEN_NAMES
    # common English words that are also first names are left out of the census list
    assert "Will" not in COMMON_GIVEN_NAMES or "Will" in MALE_GIVEN_NAMES


def test_an_unknown_full_name_with_a_census_first_name_is_a_person() -> None:
    import koreanews

    text = (
        ' date 2016-04 Kop\n\nGwendolyn Hartwell runs the shelter. "We are full every '
        'night," Hartwell said.'
    )
    article = koreanews.parse(text, lang="en")
    assert [p.name for p in article.people] == ["Gwendolyn Hartwell"]
    assert article.quotes[0].speaker is not None
    assert article.quotes[0].speaker.name == "Gwendolyn Hartwell"
