"""The bilingual gazetteer: stable ids across languages, abbreviations, metonyms."""

from __future__ import annotations

import pytest

from koreanews import gazetteer
from koreanews.models import EntityKind


@pytest.mark.parametrize(
    ("phrase", "entry_id"),
    [
        ("Noord-Korea", "gpe:north-korea"),
        ("North Korea", "gpe:north-korea"),
        ("DPRK", "gpe:north-korea"),
        ("Pyongyang", "gpe:pyongyang"),
        ("Zuid-Korea", "gpe:south-korea"),
        ("the Republic of Korea", "gpe:south-korea"),
        ("ROK", "gpe:south-korea"),
        ("Seoul", "gpe:seoul"),
        ("de VS", "gpe:united-states"),
        ("Verenigde Staten", "gpe:united-states"),
        ("the U.S.", "gpe:united-states"),
        ("United States", "gpe:united-states"),
        ("Washington", "gpe:washington"),
        ("Washington D.C.", "gpe:washington"),
        ("Rusland", "gpe:russia"),
        ("Russia", "gpe:russia"),
        ("VN", "org:united-nations"),
        ("the UN", "org:united-nations"),
        ("KCNA", "org:kcna"),
        ("the Korean Central News Agency", "org:kcna"),
        ("Yonhap", "org:yonhap"),
        ("het Witte Huis", "org:white-house"),
        ("the White House", "org:white-house"),
        ("het Pentagon", "org:pentagon"),
        ("Belga", "org:belga"),
        ("ANP", "org:anp"),
        ("AFP", "org:afp"),
        ("Reuters", "org:reuters"),
        ("Japan's", "gpe:japan"),
    ],
)
def test_lookup(phrase: str, entry_id: str) -> None:
    entry = gazetteer.lookup(phrase)
    assert entry is not None
    assert entry.id == entry_id


@pytest.mark.parametrize("phrase", ["us", "vs", "Kim Jong-un", "de president", ""])
def test_lookup_misses(phrase: str) -> None:
    assert gazetteer.lookup(phrase) is None


def test_ids_are_unique_and_every_entry_has_a_name() -> None:
    ids = [e.id for e in gazetteer.ENTRIES + gazetteer.PEOPLE]
    assert len(ids) == len(set(ids))
    for e in gazetteer.ENTRIES:
        assert e.names
        assert e.id.split(":")[0] in ("gpe", "org")
        assert e.kind in (EntityKind.PLACE, EntityKind.ORGANISATION)


def test_names_in_both_languages() -> None:
    north = gazetteer.entry("gpe:north-korea")
    assert north.name_in("nl") == "Noord-Korea"
    assert north.name_in("en") == "North Korea"
    assert gazetteer.entry("org:white-house").name_in("nl") == "Witte Huis"
    with pytest.raises(KeyError):
        gazetteer.entry("gpe:atlantis")


def test_adjectives() -> None:
    assert gazetteer.country_of_adjective("Zuid-Koreaanse") == "gpe:south-korea"
    assert gazetteer.country_of_adjective("north korean") == "gpe:north-korea"
    assert gazetteer.country_of_adjective("Amerikaanse") == "gpe:united-states"
    assert gazetteer.country_of_adjective("groene") is None


def test_find_all_prefers_the_longest_name_and_keeps_offsets() -> None:
    text = "Noord-Korea en de Verenigde Staten: volgens KCNA sprak Pyongyang van een 'daad'."
    found = list(gazetteer.find_all(text))
    assert [m.text for m in found] == ["Noord-Korea", "Verenigde Staten", "KCNA", "Pyongyang"]
    for m in found:
        assert text[m.span.start : m.span.end] == m.text
    assert [m.entry.id for m in found] == [
        "gpe:north-korea",
        "gpe:united-states",
        "org:kcna",
        "gpe:pyongyang",
    ]
    assert not any(m.metonym for m in found)  # a capital is a place of its own


@pytest.mark.parametrize(
    ("city", "country"),
    [
        ("Seoul", "gpe:south-korea"),
        ("Seoel", "gpe:south-korea"),
        ("Pyongyang", "gpe:north-korea"),
        ("Washington D.C.", "gpe:united-states"),
        ("Den Haag", "gpe:netherlands"),
    ],
)
def test_a_capital_is_a_place_of_its_own_linked_to_its_country(city: str, country: str) -> None:
    found = gazetteer.lookup(city)
    assert found is not None
    assert found.kind is EntityKind.PLACE
    assert found.id != country
    assert found.country == country
    assert gazetteer.entry(country).country is None


def test_find_all_respects_word_boundaries() -> None:
    assert list(gazetteer.find_all("Koreaanse Zuid-Koreanen USAF")) == []
    assert [m.text for m in gazetteer.find_all("North Korea's leader")] == ["North Korea"]


def test_known_people() -> None:
    person = gazetteer.known_person("Kim Jong Un")
    assert person is not None
    assert person.id == "per:kim-jong-un"
    assert gazetteer.known_surname("Trump") is not None
    assert gazetteer.known_surname("Kim") is None


def test_match_at_agrees_with_find_all() -> None:
    text = "Volgens Japan's krant en de Verenigde Staten sprak het Korean People's Army."
    expected = [(m.span, m.entry.id) for m in gazetteer.find_all(text)]
    found = []
    for word in ("Japan", "Verenigde", "Korean"):
        start = text.index(word)
        m = gazetteer.match_at(text, start, word)
        assert m is not None
        found.append((m.span, m.entry.id))
    assert found == expected
    assert gazetteer.match_at(text, 0, "Volgens") is None
