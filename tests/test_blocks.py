"""The block stage: paragraphs, headings, boilerplate and captions.

Every article here is written for these tests (Korea-themed news in Dutch and English).
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import koreanews
from koreanews._context import Context
from koreanews.blocks import split_blocks
from koreanews.lang import get_profile
from koreanews.models import Block, BlockKind
from strategies import PROPERTY_SETTINGS, articles, hostile_texts


def blocks_of(text: str, lang: str = "nl") -> list[Block]:
    return split_blocks(Context(text, lang, get_profile(lang)))


def kinds(text: str, lang: str = "nl") -> list[tuple[str, str]]:
    return [(b.kind.value, b.text) for b in blocks_of(text, lang)]


def check_cover(text: str, found: list[Block], start: int = 0) -> None:
    """Blocks are in order, do not overlap, index the text and cover every non-space."""
    covered = [False] * len(text)
    last_end = start
    for block in found:
        assert block.text == text[block.span.start : block.span.end]
        assert block.span.start >= last_end
        assert block.text == block.text.strip()
        assert block.text
        last_end = block.span.end
        for i in range(block.span.start, block.span.end):
            covered[i] = True
    for i, char in enumerate(text[start:], start):
        if not char.isspace():
            assert covered[i], f"character {i} ({char!r}) is in no block"


NL_ARTICLE = (
    "Seoul en Pyongyang praten weer\n"
    "\n"
    "Lotte Janssens\n"
    "\n"
    "14 februari 2018\n"
    "\n"
    "09u41\n"
    "\n"
    "Bron: Belga 3 De Zuid-Koreaanse regering heeft maandag een delegatie"
    " uit het Noorden ontvangen in de grensplaats Panmunjom.\n"
    "\n"
    "Lees verder na de advertentie\n"
    "\n"
    "Eerste stap De twee landen spraken af dat de families die door de"
    " oorlog gescheiden zijn elkaar in maart weer mogen zien.\n"
    "\n"
    '"We willen vooruit", zei de Zuid-Koreaanse minister van Hereniging na'
    " afloop. (LJ)\n"
    "\n"
    "Nieuwe sancties\n"
    "\n"
    "Washington reageerde terughoudend op het overleg en kondigde nieuwe"
    " sancties aan.\n"
    "\n"
    "Lees ook: Kim Jong-un nodigt Moon uit in Pyongyang\n"
    "\n"
    "ANP /upday\n"
)


def test_dutch_article_blocks() -> None:
    found = kinds(NL_ARTICLE)
    assert found == [
        ("headline", "Seoul en Pyongyang praten weer"),
        ("boilerplate", "Lotte Janssens"),
        ("boilerplate", "14 februari 2018"),
        ("boilerplate", "09u41"),
        ("boilerplate", "Bron: Belga 3"),
        (
            "paragraph",
            "De Zuid-Koreaanse regering heeft maandag een delegatie uit het Noorden "
            "ontvangen in de grensplaats Panmunjom.",
        ),
        ("boilerplate", "Lees verder na de advertentie"),
        ("heading", "Eerste stap"),
        (
            "paragraph",
            "De twee landen spraken af dat de families die door de oorlog gescheiden zijn "
            "elkaar in maart weer mogen zien.",
        ),
        (
            "paragraph",
            '"We willen vooruit", zei de Zuid-Koreaanse minister van Hereniging na afloop.',
        ),
        ("boilerplate", "(LJ)"),
        ("heading", "Nieuwe sancties"),
        (
            "paragraph",
            "Washington reageerde terughoudend op het overleg en kondigde nieuwe sancties aan.",
        ),
        ("boilerplate", "Lees ook: Kim Jong-un nodigt Moon uit in Pyongyang"),
        ("boilerplate", "ANP /upday"),
    ]
    check_cover(NL_ARTICLE, blocks_of(NL_ARTICLE))


EN_ARTICLE = (
    "world news\n"
    "\n"
    "Seoul Hosts Talks With the North\n"
    "Families split by the war may meet again in March\n"
    "\n"
    "Thursday, 15 February 2018\n"
    "\n"
    "Officials from both Koreas met at the border village. Photo: AP/Yonhap\n"
    "Officials from both Koreas met at the border village. Photo: AP/Yonhap\n"
    "\n"
    "SEOUL, Feb 14 (Reuters) - South Korea said on Wednesday it would"
    " resume reunions of families separated by the 1950-53 war.\n"
    "\n"
    '"We want to move forward," the unification minister told reporters.\n'
    "\n"
    "Advertisement\n"
    "\n"
    "Key Points:\n"
    "\n"
    "The talks lasted four hours.\n"
    "\n"
    "By Jane Holt\n"
    "\n"
    "(Reporting by Jane Holt; Editing by Tom Berg)\n"
    "\n"
    "Seoul Hosts Talks With the North\n"
    "\n"
    '3 Comments on "Seoul Hosts Talks With the North"\n'
    "\n"
    "  1. Reader says:\n"
    "\n"
    "Great piece, thanks.\n"
    "\n"
    "Leave a Reply\n"
)


def test_english_article_blocks() -> None:
    found = kinds(EN_ARTICLE, "en")
    assert found == [
        ("boilerplate", "world news"),
        ("headline", "Seoul Hosts Talks With the North"),
        ("heading", "Families split by the war may meet again in March"),
        ("boilerplate", "Thursday, 15 February 2018"),
        (
            "caption",
            "Officials from both Koreas met at the border village. Photo: AP/Yonhap\n"
            "Officials from both Koreas met at the border village. Photo: AP/Yonhap",
        ),
        ("boilerplate", "SEOUL, Feb 14 (Reuters) -"),
        (
            "paragraph",
            "South Korea said on Wednesday it would resume reunions of families separated "
            "by the 1950-53 war.",
        ),
        ("paragraph", '"We want to move forward," the unification minister told reporters.'),
        ("boilerplate", "Advertisement"),
        ("heading", "Key Points:"),
        ("paragraph", "The talks lasted four hours."),
        ("boilerplate", "By Jane Holt"),
        ("boilerplate", "(Reporting by Jane Holt; Editing by Tom Berg)"),
        ("boilerplate", "Seoul Hosts Talks With the North"),
        ("boilerplate", '3 Comments on "Seoul Hosts Talks With the North"'),
        ("boilerplate", "1. Reader says:"),
        ("boilerplate", "Great piece, thanks."),
        ("boilerplate", "Leave a Reply"),
    ]
    check_cover(EN_ARTICLE, blocks_of(EN_ARTICLE, "en"))


@pytest.mark.parametrize(
    ("line", "lang"),
    [
        ("02u14", "nl"),
        ("21:24", "nl"),
        ("00u00 0", "nl"),
        ("13 februari 2018", "nl"),
        ("14 feb. 2018", "nl"),
        ("2 Jan 2018", "en"),
        ("Thursday, 18 June 2020", "en"),
        ("Last modified on Tue 26 Sep 2017 04.59 EDT", "en"),
        ("Bron: Belga", "nl"),
        ("Bron: VTM NIEUWS 11", "nl"),
        ("Source: Yonhap News", "en"),
        ("© 2018 Mediahuis", "nl"),
        ("Ⓒ AP", "en"),
        ("Gepubliceerd op | Views: 120 | Onderwerpen: Noord-Korea", "nl"),
        ("Follow Kim Soo-min on Twitter @soomin", "en"),
        ("Read more: Seoul plans new talks", "en"),
        ("(read more)", "en"),
        ("VIDEO", "nl"),
        ("[LIVE: Timeline of the summit in Singapore]", "en"),
        ("2018年2月14日 / 1 天前", "en"),
        ("Door Pieter de Groot", "nl"),
        ("Door onze correspondent in Seoul", "nl"),
        ("Beeld AFP", "nl"),
        ("Foto: ANP", "nl"),
        ("Tags: Noord-Korea, Kim Jong-un", "nl"),
        ("The Associated Press contributed to this report.", "en"),
        ("Park Ji-won/AFP/Getty Images", "en"),
        ("By Sarah Kim (sarah@herald.example)", "en"),
        ("Updated: June 30, 2019 16:05 KST", "en"),
        ("Share on Facebook", "en"),
        ("— Kim Soo-min (@soomin) February 14, 2018", "en"),
    ],
)
def test_boilerplate_lines(line: str, lang: str) -> None:
    text = f"Kim ontmoet Moon in Panmunjom voor overleg.\n\n{line}\n\nHet overleg duurde uren."
    if lang == "en":
        text = f"Kim met Moon at the border for talks.\n\n{line}\n\nThe talks lasted for hours."
    found = kinds(text, lang)
    assert found[1] in (("boilerplate", line), ("caption", line))
    assert found[0][0] == found[2][0] == "paragraph"


@pytest.mark.parametrize(
    "paragraph",
    [
        "De Noord-Koreaanse leider zei dinsdag dat hij klaar is voor overleg met Seoul.",
        "Volgens De Standaard wil Moon de top nog dit jaar houden.",
        "Marc Van Damme heeft de delegatie in Seoul ontvangen en sprak van een doorbraak.",
        "Lees de verklaring van Pyongyang erop na: die is opvallend mild.",
        "Trump: „We zullen zien wat er gebeurt met Noord-Korea”, zei hij tegen de pers.",
        "Kim Yo-jong, de zus van de leider, stond op toen het team binnenkwam.",
    ],
)
def test_dutch_content_stays_paragraph(paragraph: str) -> None:
    text = f"Seoul verwelkomt zus van Kim\n\n{paragraph}\n\nDe gesprekken gaan woensdag verder."
    assert kinds(text)[1] == ("paragraph", paragraph)


@pytest.mark.parametrize(
    "paragraph",
    [
        "Last week The Guardian reported that the talks had stalled.",
        "Per The Korea Herald, the delegation arrived on Friday.",
        "In a statement on Tuesday, the ministry said:",
        "Moon told reporters: “We are ready to talk, but not at any price.”",
        "Source documents seen by reporters show the plan was drafted in May.",
    ],
)
def test_english_content_stays_paragraph(paragraph: str) -> None:
    text = f"Seoul Welcomes Kim's Sister\n\n{paragraph}\n\nThe talks resume on Wednesday."
    assert kinds(text, "en")[1] == ("paragraph", paragraph)


def test_glued_subheading_is_split() -> None:
    text = (
        "Kim stuurt zus naar Zuid-Korea.\n\n"
        "Handgeschreven brief De zus van de leider gaf president Moon een brief van haar broer.\n\n"
        "Reactie Ook het Witte Huis liet weten dat de druk op Pyongyang hoog blijft."
    )
    assert kinds(text) == [
        ("paragraph", "Kim stuurt zus naar Zuid-Korea."),
        ("heading", "Handgeschreven brief"),
        ("paragraph", "De zus van de leider gaf president Moon een brief van haar broer."),
        ("heading", "Reactie"),
        ("paragraph", "Ook het Witte Huis liet weten dat de druk op Pyongyang hoog blijft."),
    ]


def test_headline_with_quote_and_glued_byline_or_date() -> None:
    text = 'Moon: "De deur naar Pyongyang staat open" jvd\n\nMoon sprak maandag in Seoul.'
    assert kinds(text)[:2] == [
        ("headline", 'Moon: "De deur naar Pyongyang staat open"'),
        ("boilerplate", "jvd"),
    ]
    text = "Kim nodigt Moon uit in Pyongyang 12 februari 2018\n\nDe uitnodiging kwam onverwacht."
    assert kinds(text)[:2] == [
        ("headline", "Kim nodigt Moon uit in Pyongyang"),
        ("boilerplate", "12 februari 2018"),
    ]


def test_datelines_are_split_off() -> None:
    for dateline in ("SEOUL -", "HANOI (AFP) -", "Seoul (ANP) -", "PYONGYANG —"):
        paragraph = "De twee leiders tekenden een gezamenlijke verklaring over ontwapening."
        found = kinds(f"{dateline} {paragraph}")
        assert found == [("boilerplate", dateline), ("paragraph", paragraph)]


def test_reporter_tag_and_date_prefix() -> None:
    text = "Thursday, 18 June 2020 () North Korea blew up the liaison office on Tuesday. (KJ)"
    assert kinds(text, "en") == [
        ("boilerplate", "Thursday, 18 June 2020 ()"),
        ("paragraph", "North Korea blew up the liaison office on Tuesday."),
        ("boilerplate", "(KJ)"),
    ]


def test_single_line_breaks_and_wrapped_lines() -> None:
    text = (
        "Noord-Korea test opnieuw een raket\n"
        "Het projectiel vloog volgens het Japanse ministerie van Defensie ruim duizend\n"
        "kilometer ver en kwam in zee neer.\n"
        "Tokio protesteerde."
    )
    assert kinds(text) == [
        ("headline", "Noord-Korea test opnieuw een raket"),
        (
            "paragraph",
            "Het projectiel vloog volgens het Japanse ministerie van Defensie ruim duizend\n"
            "kilometer ver en kwam in zee neer.",
        ),
        ("paragraph", "Tokio protesteerde."),
    ]


def test_comment_section_ends_the_article() -> None:
    text = "Kim met Moon at the border.\n\nLeave a Reply\n\nThe talks were a great success!"
    assert kinds(text, "en") == [
        ("paragraph", "Kim met Moon at the border."),
        ("boilerplate", "Leave a Reply"),
        ("boilerplate", "The talks were a great success!"),
    ]


def test_title_alone_is_a_headline_not_boilerplate() -> None:
    assert kinds("Kim bezoekt Seoul") == [("headline", "Kim bezoekt Seoul")]


def test_rule_names_the_language() -> None:
    for block in blocks_of(NL_ARTICLE):
        assert block.rule is not None
        assert block.rule.startswith("nl:")


def test_body_start_is_respected() -> None:
    text = " date 2018-02 Kim zegt dat de Spelen een succes zijn.\n\n02u14"
    article = koreanews.parse(text)
    assert [b.kind.value for b in article.blocks] == ["header", "paragraph", "boilerplate"]
    assert article.paragraphs == ("Kim zegt dat de Spelen een succes zijn.",)


def test_long_line_is_linear() -> None:
    text = "Kim " + "zegt dat het goed gaat en " * 5000 + "klaar."
    found = blocks_of(text)
    assert [b.kind for b in found] == [BlockKind.PARAGRAPH]


@PROPERTY_SETTINGS
@given(articles(noise=True))
def test_blocks_cover_generated_articles(text: str) -> None:
    for lang in ("nl", "en"):
        check_cover(text, blocks_of(text, lang))


@PROPERTY_SETTINGS
@given(hostile_texts(), st.sampled_from(["nl", "en"]))
def test_blocks_cover_hostile_text(text: str, lang: str) -> None:
    check_cover(text, blocks_of(text, lang))


_SPACE = re.compile(r"\s+")


def _set_aside(gold_dir: Path, repo_root: Path) -> frozenset[str]:
    """The ids of the gold records set aside by ``tools/goldsplit.py``."""
    if not (repo_root / "tools" / "goldsplit.py").is_file():
        pytest.skip("tools/goldsplit.py is not part of this distribution")
    sys.path.insert(0, str(repo_root / "tools"))
    try:
        from goldsplit import held_out
    finally:
        sys.path.pop(0)
    return held_out(gold_dir)


#: The gold files this test was first written for.
_FIRST_GOLD = ("seeds.jsonl", "nl-dev.jsonl", "en-dev.jsonl")


def _gold_block_hits(
    paths: list[Path], aside: frozenset[str] = frozenset()
) -> tuple[int, int, int, int]:
    """(headings found, gold headings, boilerplate found, gold boilerplate) over the
    records of *paths* but those in *aside*; every record's blocks must cover its text."""
    heading_hits = heading_gold = boiler_hits = boiler_gold = 0
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            if record["id"] in aside:
                continue
            article = koreanews.parse(record["text"])
            check_cover(record["text"], list(article.blocks))
            found_h = {_SPACE.sub(" ", h) for h in article.headings}
            found_b = [_SPACE.sub(" ", b) for b in (*article.boilerplate, *article.captions)]
            for heading in record.get("headings") or ():
                heading_gold += 1
                heading_hits += _SPACE.sub(" ", heading) in found_h
            for boiler in record.get("boilerplate") or ():
                boiler_gold += 1
                boiler_hits += any(_SPACE.sub(" ", boiler) in b for b in found_b)
    return heading_hits, heading_gold, boiler_hits, boiler_gold


def test_gold_headings_and_boilerplate(gold_dir: Path) -> None:
    """On the first real articles, most gold headings and boilerplate strings are found."""
    paths = [gold_dir / name for name in _FIRST_GOLD if (gold_dir / name).is_file()]
    if not paths:
        pytest.skip("none of the first gold files is there")
    heading_hits, heading_gold, boiler_hits, boiler_gold = _gold_block_hits(paths)
    assert heading_hits >= 0.85 * heading_gold
    assert boiler_hits >= 0.85 * boiler_gold


def test_gold_headings_and_boilerplate_of_the_records_read(gold_dir: Path, repo_root: Path) -> None:
    """A regression guard at 0.90 over every gold record developers read: every gold file
    beside the repository (PolNeAR, in its own folder, annotates quotes only) but for
    the third of the newer files that ``tools/goldsplit.py`` sets aside.  Those records
    are measured with ``koreanews eval`` only (where they do not reach 0.90 yet)."""
    aside = _set_aside(gold_dir, repo_root)
    paths = sorted(gold_dir.glob("*.jsonl"))
    heading_hits, heading_gold, boiler_hits, boiler_gold = _gold_block_hits(paths, aside)
    assert heading_hits >= 0.90 * heading_gold
    assert boiler_hits >= 0.90 * boiler_gold


@pytest.mark.parametrize(
    ("text", "lang", "tail"),
    [
        ("Kim sprak in Seoul met Moon over de Spelen. Bron: Belga", "nl", "Bron: Belga"),
        ("Kim met Moon in Seoul to talk about the Games. (Reuters)", "en", "(Reuters)"),
        ("Kim met Moon in Seoul to talk about the Games. Source: Yonhap", "en", "Source: Yonhap"),
        ("Kim zei dat hij naar Seoul komt. (ANP/Belga)", "nl", "(ANP/Belga)"),
    ],
)
def test_glued_source_at_paragraph_end(text: str, lang: str, tail: str) -> None:
    assert kinds(text, lang) == [("paragraph", text[: -len(tail)].strip()), ("boilerplate", tail)]


def test_parenthesised_name_inside_a_sentence_stays() -> None:
    text = "Kim zei dat hij naar Seoul komt (Trump) en verder niets."
    assert kinds(text) == [("paragraph", text)]


def test_question_headlines_and_byline_with_role() -> None:
    text = (
        "Is Kim Jong-un Ready to Talk?\n\n"
        "Jane Holt, Asia correspondent\n\n"
        "North Korea said on Tuesday it was open to dialogue with the United States.\n\n"
        "What comes next?\n\n"
        "Analysts expect a summit in the spring, but much remains unclear.\n\n"
        '"Why should we wait?"\n\n'
        "Do you think the talks will lead to anything in the coming weeks?\n\n"
        "Moon asked the question during a press conference on Friday."
    )
    assert [kind for kind, _ in kinds(text, "en")] == [
        "headline",
        "boilerplate",
        "paragraph",
        "heading",
        "paragraph",
        "paragraph",
        "paragraph",
        "paragraph",
    ]


def test_metadata_line_with_date_time_and_source() -> None:
    text = (
        "Seoul wil meer kimchi uitvoeren\n\n12/11/19 - 02u14 Bron: Belga\n\n"
        "De regering trekt geld uit."
    )
    assert kinds(text)[1:3] == [("boilerplate", "12/11/19 - 02u14"), ("boilerplate", "Bron: Belga")]


@pytest.mark.parametrize(
    ("text", "lang", "heading"),
    [
        (
            "Nieuwe sancties De Amerikaanse regering kondigde dinsdag maatregelen aan.",
            "nl",
            "Nieuwe sancties",
        ),
        (
            "Nuclear talks The White House said on Monday that talks would resume.",
            "en",
            "Nuclear talks",
        ),
        ("Alexander De Croo heeft de delegatie in Seoul ontvangen.", "nl", None),
        ("Marc Van Ranst zegt dat het virus rondgaat in Seoul.", "nl", None),
        ("Last week The Guardian reported that the talks had stalled.", "en", None),
    ],
)
def test_glued_heading_before_names(text: str, lang: str, heading: str | None) -> None:
    # in the body a glued heading is a subheading; first in the article, the headline
    body = body_of(lang)
    found = kinds(f"{body}\n\n{text}", lang)
    first = kinds(text, lang)
    if heading is None:
        assert found == [("paragraph", body), ("paragraph", text)]
        assert first == [("paragraph", text)]
    else:
        rest = ("paragraph", text[len(heading) :].strip())
        assert found == [("paragraph", body), ("heading", heading), rest]
        assert first == [("headline", heading), rest]


def test_embedded_post_and_stacked_metadata() -> None:
    text = (
        "Trump and Kim sign agreement in Singapore\n\n"
        "June 12, 2018 / 4:52 AM / Updated 2 hours ago\n\n"
        "The two leaders signed a short document on Tuesday.\n\n"
        "We had a great meeting in Singapore\n"
        "— Kim Soo-min (@soomin) June 12, 2018\n\n"
        "The talks continue next month."
    )
    assert kinds(text, "en") == [
        ("headline", "Trump and Kim sign agreement in Singapore"),
        ("boilerplate", "June 12, 2018 / 4:52 AM / Updated 2 hours ago"),
        ("paragraph", "The two leaders signed a short document on Tuesday."),
        ("paragraph", "We had a great meeting in Singapore"),
        ("boilerplate", "— Kim Soo-min (@soomin) June 12, 2018"),
        ("paragraph", "The talks continue next month."),
    ]


def test_links_after_a_read_also_label() -> None:
    text = (
        "De leider stuurt zijn zus naar Pyeongchang, meldt Yonhap.\n\n"
        "Lees ook\n\n"
        "Zuid-Korea verwelkomt delegatie uit het Noorden\n\n"
        "Noord-Korea opent grens voor sporters\n\n"
        "Moon noemde het bezoek een belangrijke stap."
    )
    assert [kind for kind, _ in kinds(text)] == [
        "paragraph",
        "boilerplate",
        "boilerplate",
        "boilerplate",
        "paragraph",
    ]


def test_lines_without_punctuation_in_a_row_are_a_list() -> None:
    text = (
        "Kim stuurt zus naar de Spelen\n\n"
        "De leider stuurt zijn zus naar Pyeongchang, meldt Yonhap.\n\n"
        "De afspraken:\n"
        "Een gezamenlijk team voor het ijshockey\n"
        "Familiebezoeken in augustus\n\n"
        "Volgende stap\n\n"
        "Moon noemde het bezoek een belangrijke stap."
    )
    assert kinds(text) == [
        ("headline", "Kim stuurt zus naar de Spelen"),
        ("paragraph", "De leider stuurt zijn zus naar Pyeongchang, meldt Yonhap."),
        ("paragraph", "De afspraken:"),
        ("paragraph", "Een gezamenlijk team voor het ijshockey"),
        ("paragraph", "Familiebezoeken in augustus"),
        ("heading", "Volgende stap"),
        ("paragraph", "Moon noemde het bezoek een belangrijke stap."),
    ]


@pytest.mark.parametrize(
    ("byline", "lang"),
    [
        ("Van onze correspondent Pieter Janssens", "nl"),
        ("Door onze redacteur Sanne de Vries", "nl"),
        ("Van onze verslaggeefster Els Maes", "nl"),
        ("Door onze buitenlandredactie", "nl"),
        ("Door een onzer verslaggevers", "nl"),
        ("Van onze correspondent in Seoul", "nl"),
        ("Door Jan Smit, correspondent Azië", "nl"),
        ("Jan Smit, correspondent in Tokio", "nl"),
        ("Door Jan Smit | Belga", "nl"),
        ("By Jane Doe", "en"),
        ("By Jane Doe | AP", "en"),
        ("By Jane Doe in Seoul", "en"),
        ("Jane Doe, Seoul correspondent", "en"),
        ("By Jane Doe, Associated Press", "en"),
        ("From our correspondent in Seoul", "en"),
        ("By our foreign staff", "en"),
        ("By The Associated Press", "en"),
    ],
)
def test_bylines_under_the_headline_first_or_in_the_body(byline: str, lang: str) -> None:
    headline = "Kim bezoekt Seoul" if lang == "nl" else "Kim Visits Seoul"
    body = (
        "De leider kwam dinsdag aan voor een bezoek van drie dagen aan het zuiden."
        if lang == "nl"
        else "The leader arrived on Tuesday for a three-day visit to the South."
    )
    for text in (
        f"{headline}\n{byline}\n\n{body}",
        f"{byline}\n\n{body}",
        f"{body}\n\n{byline}\n\n{body}",
    ):
        assert ("boilerplate", byline) in kinds(text, lang), text
        assert not any(kind == "heading" and value == byline for kind, value in kinds(text, lang))


@pytest.mark.parametrize(
    "paragraph",
    [
        "Van onze correspondent hoorden we dat de grens dinsdag weer openging.",
        "Door de redactie werd het bericht later aangepast.",
        "Jan Smit, correspondent in Tokio, zag de raket boven Hokkaido vliegen.",
        "Door Kim, de leider van het regime, werd het bezoek afgezegd.",
    ],
)
def test_sentences_about_reporters_stay_paragraph(paragraph: str) -> None:
    text = f"Kim bezoekt Seoul\n\n{paragraph}\n\nDe gesprekken gaan woensdag verder."
    assert kinds(text)[1] == ("paragraph", paragraph)


def test_byline_glued_before_a_dateline() -> None:
    paragraph = "De leider kwam dinsdag aan voor een bezoek van drie dagen."
    for byline in ("Van onze correspondent Jan Smit SEOUL -", "Door onze verslaggever in Seoul –"):
        found = kinds(f"Kim bezoekt Seoul\n\n{byline} {paragraph}")
        assert found[-1] == ("paragraph", paragraph)
        assert " ".join(value for kind, value in found[1:-1] if kind == "boilerplate") == byline


@pytest.mark.parametrize(
    ("line", "initials", "stamp"),
    [
        ("Kim in gastenboek: ,,Een nieuw hoofdstuk begint'' mvdb", "mvdb", "12/03/18 - 14u05"),
        ("Moon wil snel nieuwe top met Kim kv", "kv", "12/03/18 - 14u05"),
        ("Moon wil snel nieuwe top met Kim jbg", "jbg", ""),
        ('Kim: "Wij zijn klaar voor overleg" ADN', "ADN", "ma 12/03/2018 - 09:41"),
        ('Kim: "Wij zijn klaar voor overleg" ad', "ad", "09:41"),
    ],
)
def test_reporter_initials_after_the_headline(line: str, initials: str, stamp: str) -> None:
    body = "De leider kwam dinsdag aan voor een bezoek van drie dagen aan het zuiden."
    text = f"{line}\n{stamp}\n\n{body}" if stamp else f"{line}\n\n{body}"
    found = kinds(text)
    assert found[0] == ("headline", line[: -len(initials)].rstrip())
    assert found[1] == ("boilerplate", initials)


@pytest.mark.parametrize(
    ("line", "lang"),
    [
        ("Moon en Kim stappen samen uit", "nl"),
        ("Kim ziet af van test op", "nl"),
        ("Toespraak van Kim live op tv", "nl"),
        ("Kim: ,,Wij geven niet op''", "nl"),
        ("Moon: „We praten verder” zei hij", "nl"),
        ("Pyongyang dreigt met kernwapen VS", "nl"),
        ("Kim neemt afscheid van oom", "nl"),
        ("Kim and Moon walk out", "en"),
        ("Kim speaks live on TV", "en"),
        ("Why Kim loves the gym", "en"),
        ('Kim: "No more tests" says KCNA', "en"),
    ],
)
def test_headline_last_words_are_not_initials(line: str, lang: str) -> None:
    body = "De leider kwam dinsdag aan voor een bezoek van drie dagen aan het zuiden."
    for stamp in ("12/03/18 - 14u05\n", ""):
        assert kinds(f"{line}\n{stamp}\n{body}", lang)[0] == ("headline", line)


def test_quoted_headline_word_with_a_vowel_needs_a_stamp_line() -> None:
    body = "De leider kwam dinsdag aan voor een bezoek van drie dagen aan het zuiden."
    line = "Kim: ,,Wij zijn klaar'' ok"
    assert kinds(f"{line}\n\n{body}")[0] == ("headline", line)


def test_glued_subheading_with_a_function_word_needs_a_lower_case_word_after_it() -> None:
    text = (
        "Seoul Hosts Film Week\n\n"
        "The festival opened on Friday with a film about fishermen on Jeju.\n\n"
        "Behind the camera The director, Yoon Mi-rae, spent two winters on the island."
    )
    assert kinds(text, "en")[2:] == [
        ("heading", "Behind the camera"),
        ("paragraph", "The director, Yoon Mi-rae, spent two winters on the island."),
    ]
    for paragraph in (
        "Later that day The Korea Herald reported that the talks had stalled.",
        "Kim and Moon The Guardian says met twice in secret before the summit.",
    ):
        assert kinds(f"Seoul Hosts Film Week\n\n{paragraph}", "en")[1] == ("paragraph", paragraph)


def test_blocks_are_the_same_without_the_rule_gates(
    monkeypatch: pytest.MonkeyPatch, examples_dir: Path
) -> None:
    """The word gates read from the profile patterns only skip work: without the
    standard library's private regex parser every rule runs and the blocks are the same."""
    from koreanews import blocks

    texts = [
        p.read_text(encoding="utf-8") for p in sorted((examples_dir / "articles").glob("*.txt"))
    ]
    texts += [
        " date 2020-01 Havenstaking in Ulsan\n\nArchieffoto: stakers bij de poort. Foto ANP\n\n"
        "De staking duurt voort, zegt de bond.",
        " date 2020-01 Ulsan strike goes on\n\nWorkers at the gate. Photo: Reuters\n\n"
        "The strike goes on, the union said.",
    ]
    gated = [koreanews.parse(t).blocks for t in texts]
    assert any(blocks._patterns(code).caption_words for code in ("nl", "en"))
    blocks._patterns.cache_clear()
    monkeypatch.setattr(blocks, "_sre_parser", None)
    try:
        assert not any(blocks._patterns(code).caption_words for code in ("nl", "en"))
        assert [koreanews.parse(t).blocks for t in texts] == gated
    finally:
        blocks._patterns.cache_clear()


@pytest.mark.parametrize("code", ["nl", "en"])
def test_whole_line_rules_tried_by_first_character_answer_as_the_joined_pattern(
    code: str,
) -> None:
    """The whole-line rules are tried only as far as the line's first character allows;
    every line, whatever it starts with, gets the answer of the one joined pattern."""
    from koreanews import blocks

    lines = blocks._patterns(code).lines
    whole = lines.joined()
    samples = [
        "Advertentie",
        "ADVERTISEMENT",
        "advertisement",
        "Lees ook: Havenstaking in Ulsan duurt voort",
        "Read more: Strike at the Ulsan port goes on",
        "Door Ria Kok",
        "By Jane Doe, AP",
        "14 februari 2018, 09:12",
        "May 4, 2021",
        "12:45",
        "(c) 2021 Nieuwsblad",
        "© 2021 The Daily Post",
        "Facebook Twitter WhatsApp",
        "ſponsored",  # an odd case of an ASCII letter opens the line: every rule
        "Kim Min-ji, correspondent in Seoul",
        "De bond wil praten met de directie van de werf.",
        "The union wants to talk to the yard's management.",
        "“Wij blijven staken”",
        "#Staking",
        "@janedoe",
    ]
    found = 0
    for line in samples:
        for text in (line, line.lower(), line.upper()):
            got = lines.fullmatch(text, 0, len(text))
            assert (got is None) == (whole.fullmatch(text, 0, len(text)) is None), text
            found += got is not None
    assert found  # some lines are boilerplate, so the comparison saw both answers


def test_first_characters_of_a_rule_are_read_from_the_parsed_pattern() -> None:
    from koreanews import blocks

    if blocks._sre_parser is None:
        pytest.skip("no private regular-expression parser")

    def starts(pattern: str) -> frozenset[str] | None:
        return blocks._starts(blocks._sre_parser.parse(pattern, re.I).data, re.I | re.U)[0]

    assert starts(r"(?:lees|kijk) ook") == set("lLkK")
    assert starts(r"\b(?:by )?\d+") == set("bB0123456789")
    assert starts(r"(?-i:[A-C])x") == set("ABC")
    assert starts(r"(?:x?)*y") == set("xXyY")
    assert starts(r".{1,30}»") == set(blocks._FIRST_CHARS) - {"\n"}
    assert starts(r"(?:a|(?<=x)b|(?P<c>c)(?P=c))d") == set("aAbBcC")
    assert starts(r"(?P<c>c)?(?P=c)d") is None  # a back reference may open it: any
    assert starts(r"(\w)\1") == {c for c in blocks._FIRST_CHARS if re.match(r"\w", c)}
    assert starts(r"[“„\"]") == set('“„"')


@pytest.mark.parametrize("code", ["nl", "en"])
def test_caption_markers_searched_by_their_own_words_answer_as_the_joined_pattern(
    code: str,
) -> None:
    """Each caption marker is searched for only on lines that hold a word it needs;
    a line holds a marker when the joined pattern finds one."""
    from koreanews import blocks

    markers = blocks._patterns(code).caption_markers
    assert markers is not None
    whole = markers.joined()
    samples = [
        "Ria Kok (links) en Piet Dekker bij de opening van de brug.",
        "Jane Doe, left, and John Roe at the opening of the bridge.",
        "Jane Doe, second from right, at the bridge (Reuters)",
        "De burgemeester, rechts, met de wethouder. Archieffoto ter illustratie",
        "In this undated photo released by the city, the old bridge.",
        "FILE - The bridge over the river in 2019.",
        "Archiefbeeld van de brug (2019)",
        "The bridge (left) is older than the dam, the council said.",
        "De brug (rechts op de foto) is ouder dan de dam.",
        "The left bank of the river, right beside the bridge.",
        "Geen foto bij dit bericht.",
    ]
    found = 0
    for line in samples:
        for text in (line, line.lower(), line.upper()):
            got = markers.search(text, 0, len(text), blocks._lowered(text))
            want = whole.search(text, 0, len(text))
            assert (got is None) == (want is None), text
            found += got is not None
    assert 0 < found < 3 * len(samples)


def test_floating_rules_are_gated_by_a_character_class_they_need() -> None:
    """A rule that opens with a wildcard and needs one of a few characters (a breadcrumb
    trail needs a "»", "›" or ">") is tried only on lines that hold one."""
    from koreanews import blocks

    if blocks._sre_parser is None:
        pytest.skip("no private regular-expression parser")
    assert blocks._needed_chars(blocks._parsed("[»›>]")[0][1]) == frozenset("»›>")
    assert blocks._needed_chars(blocks._parsed("[a-z]")[0][1]) is None
    assert blocks._needed_chars(blocks._parsed("[^»›]")[0][1]) is None
    for code in ("nl", "en"):
        assert "»" in (blocks._patterns(code).floating_words or ())


# -- real web text: the headline, page furniture, stamps, captions, datelines ----------------
#
# Every line below is written for these tests, in the style of text copied out of news
# pages; each pattern is tried in both languages.

NL_BODY = "De gemeente heeft dinsdag besloten het zwembad aan de Dorpsstraat te sluiten."
EN_BODY = "The city council voted on Tuesday to close the swimming pool on Mill Lane."
NL_MORE = "Herstel van de leidingen zou volgens de raad ruim twee miljoen euro kosten."
EN_MORE = "Repairing the pipes would cost more than two million pounds, the council said."


def body_of(lang: str) -> str:
    return NL_BODY if lang == "nl" else EN_BODY


def more_of(lang: str) -> str:
    return NL_MORE if lang == "nl" else EN_MORE


def _assert_furniture_between_paragraphs(line: str, lang: str) -> None:
    """*line* between two paragraphs is boilerplate or a caption; the paragraphs stay."""
    body, more = body_of(lang), more_of(lang)
    found = kinds(f"{body}\n\n{line}\n\n{more}", lang)
    assert found[0] == ("paragraph", body)
    assert found[1] in (("boilerplate", line), ("caption", line))
    assert found[2] == ("paragraph", more)


def headline_of(text: str, lang: str) -> str | None:
    article = koreanews.parse(f" date 2021-05 {text}", lang=lang)
    return article.headline


@pytest.mark.parametrize(
    ("text", "lang", "headline", "subheadings"),
    [
        # the first heading above the lead is the headline, the next one a standfirst
        (
            f"Zwembad Dorpsstraat gaat dicht\nLekkage maakt herstel te duur\n\n{NL_BODY}\n\n"
            f"Geen alternatief\n\n{NL_MORE}",
            "nl",
            "Zwembad Dorpsstraat gaat dicht",
            ("Lekkage maakt herstel te duur", "Geen alternatief"),
        ),
        (
            f"Council Votes to Close Mill Lane Pool\n\n{EN_BODY}\n\nWhat comes next\n\n{EN_MORE}",
            "en",
            "Council Votes to Close Mill Lane Pool",
            ("What comes next",),
        ),
        # no headline: the text starts with the lead; a later subheading is no headline
        (f"{NL_BODY}\n\nGeen alternatief\n\n{NL_MORE}", "nl", None, ("Geen alternatief",)),
        (f"{EN_BODY}\n\nWhat comes next\n\n{EN_MORE}", "en", None, ("What comes next",)),
        # a section label or a short topic line above the headline is furniture
        (
            f"Binnenland\nZwembad Dorpsstraat gaat dicht na lekkage\n\n{NL_BODY}",
            "nl",
            "Zwembad Dorpsstraat gaat dicht na lekkage",
            (),
        ),
        (
            f"Zwembaden\nZwembad Dorpsstraat gaat dicht na lekkage\n\n{NL_BODY}",
            "nl",
            "Zwembad Dorpsstraat gaat dicht na lekkage",
            (),
        ),
        (
            f"UK news\nCouncil votes to close Mill Lane pool after leak\n\n{EN_BODY}",
            "en",
            "Council votes to close Mill Lane pool after leak",
            (),
        ),
        # a "LIVE:" or "VIDEO |" label is split off the headline
        (
            f"LIVE: Raad stemt over sluiting zwembad\n\n{NL_BODY}",
            "nl",
            "Raad stemt over sluiting zwembad",
            (),
        ),
        (
            f"VIDEO | Council votes to close Mill Lane pool\n\n{EN_BODY}",
            "en",
            "Council votes to close Mill Lane pool",
            (),
        ),
        # a headline glued to the start of the lead
        (
            f"Zwembad aan de Dorpsstraat gaat dicht {NL_BODY}",
            "nl",
            "Zwembad aan de Dorpsstraat gaat dicht",
            (),
        ),
        # a subheading that names someone by an initial: "Ria K."
        (f"{NL_BODY}\n\nRia K.\n\n{NL_MORE}", "nl", None, ("Ria K.",)),
    ],
)
def test_headline_is_told_apart_from_subheadings(
    text: str, lang: str, headline: str | None, subheadings: tuple[str, ...]
) -> None:
    article = koreanews.parse(f" date 2021-05 {text}", lang=lang)
    assert article.headline == headline
    assert article.subheadings == subheadings
    assert article.headings == (*([headline] if headline else []), *subheadings)


@pytest.mark.parametrize(
    ("line", "lang", "label"),
    [
        ("VIDEO | Zo ging het zwembad dicht", "nl", "VIDEO |"),
        ("WATCH: The pool closes its doors", "en", "WATCH:"),
    ],
)
def test_labelled_heading_in_the_body_is_furniture(line: str, lang: str, label: str) -> None:
    body = body_of(lang)
    found = kinds(f"{body}\n\n{line}\n\n{more_of(lang)}", lang)
    assert found[1] == ("boilerplate", label)
    assert found[2] == ("boilerplate", line[len(label) :].strip())


@pytest.mark.parametrize(
    ("line", "lang"),
    [
        # navigation, site names, section labels
        ("Ga naar de inhoud", "nl"),
        ("Skip to main content", "en"),
        ("Switch to the desktop site", "en"),
        ("zwembadnieuws.nl", "nl"),
        ("www.poolnews.example.com", "en"),
        # video players and embeds
        ("Bekijk de video over de lekkage", "nl"),
        ("Video afspelen", "nl"),
        ("Play video", "en"),
        ("Media playback is unsupported on your device", "en"),
        ("Duur: 2:31", "nl"),
        # cookie walls, newsletters, feedback, share rows
        ("Om deze video te kunnen bekijken, moet je cookies accepteren.", "nl"),
        ("To view this content, you need to accept cookies.", "en"),
        ("Het Dorpsblad in je mailbox?", "nl"),
        ("Get our morning briefing in your inbox", "en"),
        ("Zie je een taalfout? Mail naar redactie@dorpsblad.example", "nl"),
        ("Spotted an error? Tell us at corrections@poolnews.example", "en"),
        ("Facebook Twitter WhatsApp E-mail", "nl"),
        ("Facebook Twitter Email", "en"),
        ("Connect on LinkedIn", "nl"),
        ("Advertisement - Scroll to continue", "en"),
        ("Supported by", "en"),
        ("Share full article", "en"),
        ("Lees het hele verhaal", "nl"),
        ("Dit artikel is gratis", "nl"),
        ("Deze video is niet meer beschikbaar", "nl"),
        ("Posted in Local News", "en"),
        ("Filed under Pools, Millbrook", "en"),
        ("Bookmark the permalink.", "en"),
        ("← Previous Post", "en"),
        ("Trending Now", "en"),
        ("Recommended from Editorial", "en"),
        ("Volgend artikel →", "nl"),
        ("Bewaard", "nl"),
        # notices
        ("Dorpsblad © 2021 Alle rechten voorbehouden", "nl"),
        ("Pool News © 2021 Pool News is not responsible for the content of external sites.", "en"),
        ("First broadcast on Radio Mill's Morning programme on Friday 7 May 2021.", "en"),
        ("Eerder uitgezonden op Radio Dorp", "nl"),
    ],
)
def test_page_furniture_lines(line: str, lang: str) -> None:
    body = body_of(lang)
    found = kinds(f"{body}\n\n{line}\n\n{more_of(lang)}", lang)
    assert found == [("paragraph", body), ("boilerplate", line), ("paragraph", more_of(lang))]


@pytest.mark.parametrize(
    ("lines", "lang"),
    [
        (["SEE ALSO: Council plans new sports hall"], "en"),
        (["Read more: Why old pools leak"], "en"),
        (["RELATED: Mill Lane residents protest"], "en"),
        (["Lees ook: Zwemclub zoekt een ander bad"], "nl"),
        (["Meer over zwembaden in de regio"], "nl"),
        (["Bekijk ook", "Zwemclub zoekt noodgedwongen een ander bad"], "nl"),
        (["Meer over", "Dorpsstraat", "Zwembaden", "Gemeenteraad"], "nl"),
        (["Related Topics", "Mill Lane", "Swimming"], "en"),
        (["Meer nieuws uit Dorpen", "Fietser gewond bij aanrijding op de Dorpsstraat"], "nl"),
        (["More news from Millbrook", "Cyclist hurt in crash on the High Street"], "en"),
        # share buttons, one a line, under their label
        (["Delen", "Facebook", "Twitter", "WhatsApp", "E-mail"], "nl"),
        (["Share this with", "Email", "Facebook", "Messenger", "LinkedIn"], "en"),
    ],
)
def test_link_lines(lines: list[str], lang: str) -> None:
    body = body_of(lang)
    links = "\n".join(lines)
    found = kinds(f"{body}\n\n{links}\n\n{more_of(lang)}", lang)
    assert found == [
        ("paragraph", body),
        *(("boilerplate", line) for line in lines),
        ("paragraph", more_of(lang)),
    ]


@pytest.mark.parametrize(
    ("line", "lang"),
    [
        ("By Jane Holt | 3 May 2021", "en"),
        ("Jane Holt3 May 2021", "en"),
        ("Posted: 4 May 2021, 09:12", "en"),
        ("Published : May 4, 2021 - 15:39 Updated : May 4, 2021 - 16:02", "en"),
        ("May 4, 2021 - 21:51 By Yonhap", "en"),
        ("Last updated 2 hours ago", "en"),
        ("Door Ria Kok | 3 mei 2021", "nl"),
        ("Ria Kok3 mei 2021", "nl"),
        ("13 mei 2021 02u14", "nl"),
        ("Redactie 12-05-21, 14:32 Laatste update: 15:10", "nl"),
        ("Publicatie: di 4 mei 2021 13.00 uur", "nl"),
        ("4 mei 2021 08:40Gewijzigd op 5 mei 2021 09:12", "nl"),
        ("Vandaag, 14:32", "nl"),
        ("Bron: Belga", "nl"),
        ("Door NU.nl/ANP", "nl"),
        ("Story by Jane Holt", "en"),
        ("Written by Jane Holt", "en"),
        ("Jane Holt | The Mill Courier", "en"),
        ("The Associated Press", "en"),
        ("Ria Kok | Dorpsblad", "nl"),
        ("Redactie", "nl"),
        ("Bron: ANP, Belga", "nl"),
        ("(Tekst: Ria Kok)", "nl"),
        ("Ria Kok en Piet Dekker 04-05-21, 09:12", "nl"),
        ("4 mei 09:12", "nl"),
        ("May 4, 9:12 am", "en"),
        ("By Jane Holt • 3 min read", "en"),
    ],
)
def test_bylines_and_stamps(line: str, lang: str) -> None:
    body = body_of(lang)
    for text in (f"{line}\n\n{body}", f"{body}\n\n{line}\n\n{more_of(lang)}"):
        found = kinds(text, lang)
        assert ("boilerplate", line) in found, text
        assert [k for k, _ in found].count("paragraph") == text.count(body) + text.count(
            more_of(lang)
        )


@pytest.mark.parametrize(
    ("headline", "glued", "stamp", "lang"),
    [
        ("Zwembad Dorpsstraat gaat dicht", "Ria Kok", "13/05/21 - 09u12", "nl"),
        ("Zwembad Dorpsstraat gaat dicht", "Ria Kok13 mei 2021", "", "nl"),
        ("Zwembad Dorpsstraat gaat dicht", "13/05/21 - 09u12", "", "nl"),
        ("Mill Lane pool to close after leak", "Jane Holt3 May 2021", "", "en"),
        ("Mill Lane pool to close after leak", "By Jane Holt | 3 May 2021", "", "en"),
    ],
)
def test_byline_or_stamp_glued_to_the_headline(
    headline: str, glued: str, stamp: str, lang: str
) -> None:
    body = body_of(lang)
    text = f"{headline} {glued}\n{stamp}\n\n{body}" if stamp else f"{headline} {glued}\n\n{body}"
    found = kinds(text, lang)
    assert found[:2] == [("headline", headline), ("boilerplate", glued)]


def test_name_at_the_end_of_a_headline_without_a_stamp_line_stays() -> None:
    for line in ("Wethouder ontmoet Ria Kok", "Zwembad dicht volgens Ria Kok"):
        assert kinds(f"{line}\n13/05/21 - 09u12\n\n{NL_BODY}")[0] == ("headline", line)
    assert kinds(f"Raad spreekt met Ria Kok\n\n{NL_BODY}")[0] == (
        "headline",
        "Raad spreekt met Ria Kok",
    )


@pytest.mark.parametrize(
    ("line", "lang"),
    [
        ("Swimmers leave the pool for the last time. (Photo: Reuters)", "en"),
        ("A lifeguard locks the gate on Tuesday. (Jane Holt/Getty Images)", "en"),
        ("PHOTO: AFP", "en"),
        ("Mayor Tom Reed, left, and lifeguard Sam Lee, right, at the pool on Monday.", "en"),
        ("FILE - In this 2019 photo, children swim in the Mill Lane pool.", "en"),
        ("Children swim in the pool on its last day. Yonhap", "en"),
        ("De laatste zwemmers verlaten het bad. (Foto: ANP)", "nl"),
        ("Badmeester Piet Dekker (links) en wethouder Ria Kok bij het bad.", "nl"),
        ("Foto ter illustratie.", "nl"),
        ("© ANP", "nl"),
        ("Het bad op de laatste dag. Belga", "nl"),
        ("(AP Photo/Jane Holt, File)", "en"),
        ("Swimmers leave the pool in this undated photo released by the club. (Yonhap)", "en"),
        ("The pool on its last day. KCNA via REUTERS", "en"),
        ("Swimmers leave the pool on its last day. Credit: Jane Holt for The Courier", "en"),
        ("Swimmers leave the pool on its last day. (Courtesy of Mill Lane Swimming Club)", "en"),
        ("File photo of the Mill Lane pool in 2019.", "en"),
        ("Archiefbeeld van het zwembad aan de Dorpsstraat.", "nl"),
        ("This photo, taken on May 4, 2021, shows swimmers leaving the pool. (Yonhap)", "en"),
        ("This undated image shows the Mill Lane pool in 1968.", "en"),
        ("Swimmers leave the pool on Tuesday. (AP Photo/Jane Holt, File)", "en"),
    ],
)
def test_captions_and_credits(line: str, lang: str) -> None:
    body = body_of(lang)
    found = kinds(f"{body}\n\n{line}\n\n{more_of(lang)}", lang)
    assert found[0] == ("paragraph", body)
    assert found[2] == ("paragraph", more_of(lang))
    assert found[1] in (("caption", line), ("boilerplate", line))


@pytest.mark.parametrize(
    ("paragraph", "tail", "lang"),
    [
        (EN_BODY, "(Photo: Reuters)", "en"),
        (NL_BODY, "(foto Belga)", "nl"),
        ("Love this pool! pic.twitter.com/abc123", "— Sam Lee (@samlee) May 4, 2021", "en"),
        ("Wat een mooi bad! pic.twitter.com/abc123", "— Ria Kok (@riakok) 4 mei 2021", "nl"),
    ],
)
def test_credit_or_post_signature_glued_to_a_paragraph(
    paragraph: str, tail: str, lang: str
) -> None:
    text = f"{paragraph} {tail}"
    found = kinds(text, lang)
    # a photo credit makes the whole line a caption; a post keeps its text
    assert found in ([("caption", text)], [("paragraph", paragraph), ("boilerplate", tail)])


@pytest.mark.parametrize(
    ("dateline", "lang"),
    [
        ("SEOUL, May 4 (Yonhap) --", "en"),
        ("LONDON (Reuters) -", "en"),
        ("PYONGYANG —", "en"),
        ("HILVERSUM (ANP).", "nl"),
        ("Gent -", "nl"),
        ("Leeuwarden –", "nl"),
        ("BERLIN/PARIS (Reuters) -", "en"),
        ("'S-HERTOGENBOSCH -", "nl"),
        ("Seoul/Pyongyang -", "nl"),
        ("Den Haag -", "nl"),
    ],
)
def test_datelines_before_the_lead(dateline: str, lang: str) -> None:
    body = body_of(lang)
    assert kinds(f"{dateline} {body}", lang) == [("boilerplate", dateline), ("paragraph", body)]
    # alone on its line
    if dateline.split()[0].isupper():
        assert kinds(f"{dateline}\n{body}", lang)[0] == ("boilerplate", dateline)


def test_title_case_dateline_only_before_the_lead() -> None:
    later = "Kees - de badmeester - sloot als laatste de deur."
    assert kinds(f"{NL_BODY}\n\n{later}")[1] == ("paragraph", later)


@pytest.mark.parametrize(
    ("lang", "first", "copy", "rest"),
    [
        (
            "nl",
            "Het bad werd in 1968 geopend door burgemeester Jansen.",
            "Voor veel kinderen was het de plek waar ze leerden zwemmen.",
            "Nu moet het na ruim vijftig jaar dicht.",
        ),
        (
            "en",
            "The pool was opened in 1968 by the then mayor.",
            "For many children it was the place where they learned to swim.",
            "Now it has to close after more than fifty years.",
        ),
    ],
)
def test_sentence_printed_twice_is_a_pull_quote(
    lang: str, first: str, copy: str, rest: str
) -> None:
    later = "Dat vonden velen jammer." if lang == "nl" else "Many were sad about that."
    text = f"{first} {copy} {rest}\n\n{later} {copy}"
    found = kinds(text, lang)
    assert found == [
        ("paragraph", first),
        ("boilerplate", copy),
        ("paragraph", rest),
        ("paragraph", f"{later} {copy}"),
    ]


def test_shortened_pull_quote_glued_before_a_quotation() -> None:
    text = (
        "Het bad ging in 1968 open. Veel kinderen uit het dorp leerden er zwemmen "
        '"Het was ons tweede huis", zegt oud-badmeester Piet Dekker.\n\n'
        "Veel kinderen uit het dorp en de buurgemeenten leerden er in de zomer zwemmen."
    )
    found = kinds(text)
    assert ("boilerplate", "Veel kinderen uit het dorp leerden er zwemmen") in found
    assert any(v.startswith('"Het was ons tweede huis"') for k, v in found if k == "paragraph")


def test_reported_speech_printed_twice_stays_text() -> None:
    said = "Volgens de wethouder is herstel van het oude bad veel te duur."
    text = f"{said} De raad stemt volgende week.\n\nDe raad stemt volgende week. {said}"
    assert [k for k, _ in kinds(text)] == ["paragraph", "paragraph"]


@pytest.mark.parametrize(
    ("line", "lang"),
    [
        ('Wethouder Kok: "We hadden geen keus." Foto: ANP', "nl"),
        ("Mayor Reed, left, said: “We had no choice.” Photo: Reuters", "en"),
        ('"We sluiten met pijn in het hart", zegt Kok. (Foto: ANP)', "nl"),
    ],
)
def test_boilerplate_never_holds_a_quotation_with_a_cue(line: str, lang: str) -> None:
    body = body_of(lang)
    found = kinds(f"{body}\n\n{line}\n\n{more_of(lang)}", lang)
    assert ("paragraph", line) in found
    article = koreanews.parse(f" date 2021-05 {body}\n\n{line}\n\n{more_of(lang)}", lang=lang)
    assert article.quotes
    for block in (*article.boilerplate, *article.captions):
        assert not any(q.text in block for q in article.quotes)


def test_link_with_a_quotation_stays_boilerplate() -> None:
    line = 'Lees ook: "We hadden geen keus", zegt wethouder over zwembad'
    assert kinds(f"{NL_BODY}\n\n{line}\n\n{NL_MORE}")[1] == ("boilerplate", line)


def test_list_under_a_colon_line_is_text() -> None:
    text = (
        f"{NL_BODY}\n\nDe gemeente noemt drie redenen:\n"
        "de hoge energiekosten\nlekkende leidingen\nTe weinig bezoekers\n\n"
        f"{NL_MORE}"
    )
    found = kinds(text)
    assert [k for k, _ in found] == ["paragraph"] * 6


@pytest.mark.parametrize(
    "paragraph",
    [
        "Door de lekkage staat de kelder al weken onder water.",
        "Kees, links van de ingang, wachtte op de sleutel.",
        "De raad stemde met 20 tegen 15 stemmen voor sluiting.",
        "Brussel en Den Haag volgen de discussie met belangstelling.",
        "Op 4 mei 2021 om 14.00 uur gaat het bad voor het laatst open.",
        "Meer nieuws uit Dorpen volgt later deze week.",
        "Facebook haalde het bericht van de zwemclub dinsdag offline.",
        "De redactie van het Dorpsblad sprak met de badmeester.",
        "Op een archieffoto uit 1968 is het bad nog nieuw.",
        "Deze video is gemaakt door leerlingen van de zwemclub.",
    ],
)
def test_dutch_text_like_furniture_stays_paragraph(paragraph: str) -> None:
    found = kinds(f"Zwembad gaat dicht\n\n{NL_BODY}\n\n{paragraph}\n\n{NL_MORE}")
    assert found[2] == ("paragraph", paragraph)


@pytest.mark.parametrize(
    "paragraph",
    [
        "The move is seen as a blow to local swimming clubs.",
        "By May 2021 the council had spent 3 million pounds on repairs.",
        "Posted notices on the gate told swimmers the pool was shut.",
        "More than 400 people signed a petition to save the pool.",
        "Photos of the empty pool were shared widely on Tuesday.",
        "More news from the council is expected later this week.",
        "Twitter removed the swimming club's post on Tuesday.",
        "The club keeps a file photo archive of every swimming gala since 1968.",
        "Posted in the town hall, the notice told swimmers the pool was shut.",
        "Next article in the series will look at the town's libraries.",
        "Supported by the council, the club raised 20,000 pounds.",
        "The Associated Press reported the closure on Tuesday.",
    ],
)
def test_english_text_like_furniture_stays_paragraph(paragraph: str) -> None:
    found = kinds(f"Pool to Close\n\n{EN_BODY}\n\n{paragraph}\n\n{EN_MORE}", "en")
    assert found[2] == ("paragraph", paragraph)


def test_new_rules_are_linear() -> None:
    """Long lines full of what the new rules look for ("(@", "©", dates, quotes)."""
    for unit in ("(@a) ", "© 2021 ", "4 mei 2021 ", '"a" zegt ', "Kees, left, ", "Ria K. "):
        text = ("Ria Kok " + unit * 3000).strip()
        for lang in ("nl", "en"):
            check_cover(text, blocks_of(text, lang))


@pytest.mark.parametrize(
    ("line", "glued", "lang"),
    [
        # a date, a time, a comment counter and the place the story is about
        (f"13 mei 2021 09u12 0 Dorpen {NL_BODY}", "13 mei 2021 09u12 0 Dorpen", "nl"),
        (f"09u12 3 Sint-Joris {NL_BODY}", "09u12 3 Sint-Joris", "nl"),
        ('09u12 0 Dorpen "We sluiten het bad", zegt de wethouder.', "09u12 0 Dorpen", "nl"),
        (f"May 4, 2021 09:12 5 Millbrook {EN_BODY}", "May 4, 2021 09:12 5 Millbrook", "en"),
        # no place: the lead opens with a name, or with a function word and a lower-case word
        ("09u12 0 Wethouder Ria Kok sluit het zwembad aan de Dorpsstraat.", "09u12 0", "nl"),
        (f"09u12 0 {NL_BODY}", "09u12 0", "nl"),
        # a number after a date without a time is the lead's, not a counter
        ("13 mei 2021 3 Dorpen sluiten hun zwembad na de zomer.", "13 mei 2021", "nl"),
    ],
)
def test_stamp_counter_and_place_before_the_lead(line: str, glued: str, lang: str) -> None:
    found = kinds(line, lang)
    assert found[0] == ("boilerplate", glued)
    assert found[1] == ("paragraph", line[len(glued) :].strip())


@pytest.mark.parametrize(
    ("site", "lang"),
    [
        ("Het Dorpsblad", "nl"),
        ("The Mill Courier", "en"),
    ],
)
def test_site_name_above_a_section_label_or_a_labelled_headline(site: str, lang: str) -> None:
    headline = (
        "Raad stemt dinsdag over sluiting van het zwembad"
        if lang == "nl"
        else "Council votes to close the Mill Lane pool"
    )
    section = "Binnenland" if lang == "nl" else "UK news"
    body = body_of(lang)
    for head in (f"{site}\n{section}\n{headline}", f"{site}\nLIVE: {headline}"):
        article = koreanews.parse(f" date 2021-05 {head}\n\n{body}", lang=lang)
        assert article.headline == headline, head
        assert site in article.boilerplate


@pytest.mark.parametrize(
    ("headline", "standfirst", "lang"),
    [
        ("Zwembad gaat dicht", "Lekkende leidingen maken herstel veel te duur", "nl"),
        ("Pool shuts early", "Leaking pipes make repairs far too costly for the town", "en"),
    ],
)
def test_short_headline_over_a_standfirst_is_no_kicker(
    headline: str, standfirst: str, lang: str
) -> None:
    article = koreanews.parse(
        f" date 2021-05 {headline}\n{standfirst}\n\n{body_of(lang)}", lang=lang
    )
    assert article.headline == headline
    assert article.subheadings == (standfirst,)


@pytest.mark.parametrize(
    ("headline", "stamp", "lang"),
    [
        ("Zwembad Dorpsstraat gaat dicht", "Gepubliceerd: 4 mei 2021, 09:12", "nl"),
        ("Zwembad Dorpsstraat gaat dicht", "Laatst bijgewerkt op 4 mei 2021 om 09:12", "nl"),
        ("Mill Lane pool to close after leak", "Posted: 4 May 2021, 09:12", "en"),
        ("Mill Lane pool to close after leak", "Updated May 4, 2021 at 9:12", "en"),
    ],
)
def test_stamp_with_a_stamp_word_glued_to_the_headline(
    headline: str, stamp: str, lang: str
) -> None:
    found = kinds(f"{headline} {stamp}\n\n{body_of(lang)}", lang)
    assert found[:2] == [("headline", headline), ("boilerplate", stamp)]
    # alone on its line under the headline
    found = kinds(f"{headline}\n{stamp}\n\n{body_of(lang)}", lang)
    assert found[:2] == [("headline", headline), ("boilerplate", stamp)]


@pytest.mark.parametrize(
    ("caption", "rest", "lang"),
    [
        (
            "A lifeguard locks the gate on Tuesday. (Jane Holt/Getty Images)",
            EN_MORE,
            "en",
        ),
        ("Swimmers leave the pool for the last time. (Photo: Reuters)", EN_MORE, "en"),
        ("De badmeester sluit dinsdag het hek. (Ria Kok/ANP)", NL_MORE, "nl"),
        ("De laatste zwemmers verlaten het bad. (Foto: ANP)", NL_MORE, "nl"),
    ],
)
def test_caption_glued_to_the_start_of_a_paragraph(caption: str, rest: str, lang: str) -> None:
    body = body_of(lang)
    found = kinds(f"{body}\n\n{caption} {rest}", lang)
    assert found == [("paragraph", body), ("caption", caption), ("paragraph", rest)]


@pytest.mark.parametrize(
    ("line", "lang"),
    [
        # a party or a place in parentheses is no credit
        (
            "Wethouder Ria Kok (VVD) stemde tegen. Herstel van het bad is volgens haar te duur.",
            "nl",
        ),
        ("Mayor Tom Reed (Labour) voted against. He said the repairs were far too costly.", "en"),
        # a credit followed by a lower-case word is inside a sentence
        ("De foto (Foto: ANP) werd dinsdag genomen bij de ingang van het zwembad.", "nl"),
    ],
)
def test_parentheses_inside_a_paragraph_are_no_glued_caption(line: str, lang: str) -> None:
    assert kinds(f"{body_of(lang)}\n\n{line}", lang)[1:] == [("paragraph", line)]


def test_glued_caption_that_reports_speech_stays_text() -> None:
    line = f"Wethouder Kok zei dinsdag dat het bad dichtgaat. (Ria Kok/ANP) {NL_MORE}"
    assert kinds(f"{NL_BODY}\n\n{line}") == [("paragraph", NL_BODY), ("paragraph", line)]


def test_glued_caption_with_a_quotation_and_a_cue_stays_text() -> None:
    line = f'"We sluiten met pijn in het hart", zegt Kok. (Foto: ANP) {NL_MORE}'
    found = kinds(f"{NL_BODY}\n\n{line}")
    assert ("caption", '"We sluiten met pijn in het hart", zegt Kok. (Foto: ANP)') not in found
    assert all(k == "paragraph" for k, _ in found)


def test_comment_counter_ends_the_article_but_a_reactions_heading_does_not() -> None:
    quote = '"Een goed besluit", zegt zwemclubvoorzitter Piet Dekker.'
    found = kinds(
        f"Zwembad gaat dicht\n\n{NL_BODY}\n\nReacties\n\n{quote}\n\nGeen reactie\n\n{NL_MORE}"
    )
    assert ("heading", "Reacties") in found
    assert ("paragraph", quote) in found
    assert ("heading", "Geen reactie") in found
    for marker in ("12 reacties", "Reacties (12)", "Reacties:"):
        found = kinds(f"{NL_BODY}\n\n{marker}\n\nWat een onzin, dat bad was prima.")
        assert [k for k, _ in found] == ["paragraph", "boilerplate", "boilerplate"], marker


@pytest.mark.parametrize(
    ("teaser", "blurb", "lang"),
    [
        (
            "Oude beelden tonen het zwembad in zijn gloriejaren",
            "Oude beelden van het bad uit de jaren zeventig.",
            "nl",
        ),
        (
            "Archive footage shows Mill Lane pool in its heyday",
            "Archive footage of the pool in its best years. The diving board went in 1990.",
            "en",
        ),
    ],
)
def test_long_heading_and_short_blurb_ending_the_article_are_a_teaser(
    teaser: str, blurb: str, lang: str
) -> None:
    body, more = body_of(lang), more_of(lang)
    found = kinds(f"{body}\n\n{more}\n\n{teaser}\n\n{blurb}", lang)
    assert found == [
        ("paragraph", body),
        ("paragraph", more),
        ("boilerplate", teaser),
        ("boilerplate", blurb),
    ]


@pytest.mark.parametrize(
    ("heading", "last", "lang"),
    [
        # a short subheading over the last section
        ("Geen geld", "Herstel van het oude bad is volgens de raad veel te duur.", "nl"),
        # the last section reports speech
        (
            "Oude beelden tonen het zwembad in zijn gloriejaren",
            "Volgens de wethouder komt er in 2025 een nieuw bad.",
            "nl",
        ),
        (
            "Archive footage shows Mill Lane pool in its heyday",
            '"We will miss it," said swimmer Sam Lee.',
            "en",
        ),
        # a quotation as the last subheading
        (
            "‘Oude beelden tonen het zwembad in zijn gloriejaren’",
            "Oude beelden van het bad uit de jaren zeventig.",
            "nl",
        ),
        # a last section of three sentences
        (
            "Archive footage shows Mill Lane pool in its heyday",
            "It opened in 1968. It had a diving board. Thousands learned to swim there.",
            "en",
        ),
    ],
)
def test_last_section_of_the_article_is_no_teaser(heading: str, last: str, lang: str) -> None:
    body, more = body_of(lang), more_of(lang)
    found = kinds(f"{body}\n\n{more}\n\n{heading}\n\n{last}", lang)
    assert found[2:] == [("heading", heading), ("paragraph", last)]


@pytest.mark.parametrize(
    ("headline", "lang"),
    [
        # the words of a quotation after a colon are not counted as a run of function words
        ("Wethouder niet onder de indruk: ‘Het is voor ons veel te duur en dat was het al’", "nl"),
        ("Mayor on the pool: 'It was never going to be there for all of us to use'", "en"),
        # a question, then a phrase
        ("Nieuw zwembad voor Dorpen? Raad kiest tussen drie plannen", "nl"),
        ("New pool for Millbrook? Council weighs three plans", "en"),
    ],
)
def test_headline_with_a_quotation_or_a_question_first(headline: str, lang: str) -> None:
    article = koreanews.parse(f" date 2021-05 {headline}\n\n{body_of(lang)}", lang=lang)
    assert article.headline == headline


@pytest.mark.parametrize(
    ("line", "lang"),
    [
        # no colon before the quotation: still a sentence without its full stop
        ("De wethouder zei dat het voor ons veel te duur is en dat was het al", "nl"),
        # two sentences, then a phrase
        ("Het bad is dicht. Het was te duur. Drie plannen voor een nieuw bad", "nl"),
    ],
)
def test_sentence_like_first_lines_are_no_headline(line: str, lang: str) -> None:
    article = koreanews.parse(f" date 2021-05 {line}\n\n{body_of(lang)}", lang=lang)
    assert article.headline is None


@pytest.mark.parametrize(
    ("caption", "lang"),
    [
        ("Children swim in the Mill Lane pool on its last day in May. Yonhap", "en"),
        ("Kinderen zwemmen op de laatste dag in het bad aan de Dorpsstraat. Belga", "nl"),
    ],
)
def test_caption_sentence_glued_into_a_paragraph_is_cut_out(caption: str, lang: str) -> None:
    copy = caption.rsplit(" ", 1)[0]
    body, more = body_of(lang), more_of(lang)
    found = kinds(f"{body}\n\n{caption}\n\n{copy} {more}", lang)
    assert found == [
        ("paragraph", body),
        ("caption", caption),
        ("boilerplate", copy),
        ("paragraph", more),
    ]


def test_reported_speech_repeating_a_caption_stays_text() -> None:
    caption = "Mayor Tom Reed said the pool would close for good in May. Reuters"
    copy = caption.rsplit(" ", 1)[0]
    found = kinds(f"{EN_BODY}\n\n{caption}\n\n{copy} {EN_MORE}", "en")
    assert found[-1] == ("paragraph", f"{copy} {EN_MORE}")


@pytest.mark.parametrize(
    "tail",
    ["Image copyright Reuters", "Image caption Swimmers leave the Mill Lane pool on Tuesday"],
)
def test_picture_label_glued_to_the_end_of_a_paragraph(tail: str) -> None:
    assert kinds(f"{EN_BODY} {tail}\n\n{EN_MORE}", "en") == [
        ("paragraph", EN_BODY),
        ("boilerplate", tail),
        ("paragraph", EN_MORE),
    ]
    # inside a sentence it is text
    line = f"The council published the image caption text {EN_MORE[0].lower()}{EN_MORE[1:]}"
    assert kinds(line, "en") == [("paragraph", line)]


def test_dateline_under_the_headline_is_no_glued_heading() -> None:
    for dateline in ("Den Haag -", "Sint-Niklaas –"):
        found = kinds(f"Zwembad gaat dicht\n\n{dateline} {NL_BODY}")
        assert found == [
            ("headline", "Zwembad gaat dicht"),
            ("boilerplate", dateline),
            ("paragraph", NL_BODY),
        ]


@pytest.mark.parametrize(
    ("byline", "lang"),
    [("Jane Holt and Tom Reed", "en"), ("Ria Kok en Piet Dekker", "nl")],
)
def test_two_names_under_the_headline_are_a_byline(byline: str, lang: str) -> None:
    article = koreanews.parse(
        f" date 2021-05 Pool to Close\n{byline}\n\n{body_of(lang)}", lang=lang
    )
    assert article.headline == "Pool to Close"
    assert byline in article.boilerplate
    # a subheading that joins two things in the body stays a heading
    article = koreanews.parse(
        f" date 2021-05 {body_of(lang)}\n\n{byline}\n\n{more_of(lang)}", lang=lang
    )
    assert article.subheadings == (byline,)


@pytest.mark.parametrize(
    ("glued", "lang"),
    [
        # a stamp read token by token, with a stamp word or the author's name
        ("Ria Kok 4 mei 2021 09:12", "nl"),
        ("Gepubliceerd: 4 mei 2021", "nl"),
        ("Vandaag om 09:12", "nl"),
        ("Redactie 04-05-21, 09:12", "nl"),
        ("Posted: 4 May 2021, 09:12", "en"),
        ("Jane Holt 4 May 2021", "en"),
        ("Updated May 4, 2021", "en"),
        # a byline, a credit, an agency
        ("Door Ria Kok", "nl"),
        ("By Jane Holt", "en"),
        ("By Jane Holt, Reuters", "en"),
        ("Bron: ANP", "nl"),
        ("Foto: Ria Kok / ANP", "nl"),
        ("Beeld ANP", "nl"),
        ("PHOTO: AFP", "en"),
        ("ANP", "nl"),
        ("Reuters", "en"),
    ],
)
def test_byline_stamp_or_credit_glued_to_the_lead(glued: str, lang: str) -> None:
    body = body_of(lang)
    headline = "Zwembad gaat dicht" if lang == "nl" else "Pool to close"
    assert kinds(f"{headline}\n\n{glued} {body}", lang) == [
        ("headline", headline),
        ("boilerplate", glued),
        ("paragraph", body),
    ]


@pytest.mark.parametrize(
    ("line", "lang"),
    [
        # a stamp word or a name that opens a sentence
        ("Gepubliceerd in 2019 bleek het rapport al snel achterhaald.", "nl"),
        ("Vandaag om 09:12 ging het bad voor het laatst open.", "nl"),
        ("Door Ria Kok werd het bad in 1968 geopend.", "nl"),
        ("By 2021 the pool had lost half its swimmers.", "en"),
        ("Reuters reported the closure on Tuesday.", "en"),
        ("Posted notices on 4 May 2021 told swimmers the pool was shut.", "en"),
    ],
)
def test_sentences_that_open_like_a_stamp_or_byline_stay_whole(line: str, lang: str) -> None:
    headline = "Zwembad gaat dicht" if lang == "nl" else "Pool to close"
    assert kinds(f"{headline}\n\n{line}", lang) == [("headline", headline), ("paragraph", line)]


def test_stamp_word_line_with_a_glued_sentence_is_not_all_boilerplate() -> None:
    line = f"Gepubliceerd: 4 mei 2021 {NL_BODY}"
    found = kinds(f"Zwembad gaat dicht\n\n{line}")
    assert ("paragraph", NL_BODY) in found


def test_glued_prefix_and_caption_rules_are_linear() -> None:
    """Long lines full of what the glued-prefix, caption and stamp rules look for."""
    import time

    units = ("(Foto: ANP) ", "09u12 0 Dorpen ", "By Jane Holt ", "Posted: 4 May 2021 ", "Ria Kok ")
    for unit in units:
        text = ("Ria Kok " + unit * 3000).strip()
        for lang in ("nl", "en"):
            began = time.perf_counter()
            check_cover(text, blocks_of(text, lang))
            assert time.perf_counter() - began < 5, unit


# -- headlines and subheadings in the shapes real pages give them ------------------------


@pytest.mark.parametrize(
    ("line", "lang"),
    [
        # a quotation printed as a headline or subheading, many function words and all
        ("'We konden niet anders dan het bad sluiten'", "nl"),
        ("“Het is voor ons veel te duur en dat was het al”", "nl"),
        (",,Ik vind dat we er allemaal voor moeten gaan staan''", "nl"),
        ("'It's not the end of the world for us'", "en"),
        ("“I think all of us have to stand up for it”", "en"),
    ],
)
def test_quotation_alone_on_a_line_is_a_heading(line: str, lang: str) -> None:
    body, more = body_of(lang), more_of(lang)
    assert headline_of(f"{line}\n\n{body}", lang) == line
    article = koreanews.parse(f" date 2021-05 {body}\n\n{line}\n\n{more}", lang=lang)
    assert article.subheadings == (line,)


@pytest.mark.parametrize(
    ("line", "lang"),
    [
        # a quotation that ends its sentence, or that has its cue on the line, is text
        ("'We konden niet anders dan het bad sluiten.'", "nl"),
        ("'We konden niet anders dan het bad sluiten', zegt de wethouder", "nl"),
        ("“It is not the end of the world for us,” she said", "en"),
        # a quotation and more words after it
        ("'We konden niet anders' en dat was het dan voor de zwemmers van het bad", "nl"),
    ],
)
def test_quotation_with_more_on_the_line_is_no_heading(line: str, lang: str) -> None:
    body, more = body_of(lang), more_of(lang)
    article = koreanews.parse(f" date 2021-05 {body}\n\n{line}\n\n{more}", lang=lang)
    assert article.headings == ()


@pytest.mark.parametrize(
    ("text", "lang", "headline", "glued"),
    [
        # a short headline glued to the lead: the headline, not a subheading
        (f"Zwembad dicht {NL_BODY}", "nl", "Zwembad dicht", None),
        (f"Mill Lane pool to close {EN_BODY}", "en", "Mill Lane pool to close", None),
        # a headline glued before a dateline, a byline or a stamp that open the lead
        (f"Zwembad gaat dicht DORPEN - {NL_BODY}", "nl", "Zwembad gaat dicht", "DORPEN -"),
        (
            f"Pool to close after leak MILLBROOK — {EN_BODY}",
            "en",
            "Pool to close after leak",
            "MILLBROOK —",
        ),
        (
            f"Mill Lane pool to close By Jane Holt {EN_BODY}",
            "en",
            "Mill Lane pool to close",
            "By Jane Holt",
        ),
        (f"Zwembad gaat dicht Door Ria Kok {NL_BODY}", "nl", "Zwembad gaat dicht", "Door Ria Kok"),
        (
            f"Zwembad gaat dicht 4 mei 2021 09:12 {NL_BODY}",
            "nl",
            "Zwembad gaat dicht",
            "4 mei 2021 09:12",
        ),
        (
            f"Pool to close after leak May 4, 2021 {EN_BODY}",
            "en",
            "Pool to close after leak",
            "May 4, 2021",
        ),
    ],
)
def test_headline_glued_to_the_lead(text: str, lang: str, headline: str, glued: str | None) -> None:
    found = kinds(text, lang)
    assert found[0] == ("headline", headline)
    if glued is not None:
        assert found[1] == ("boilerplate", glued)
    assert found[-1] == ("paragraph", body_of(lang))


@pytest.mark.parametrize(
    ("line", "lang"),
    [
        # a time inside a sentence, in parentheses or after a preposition, is no stamp
        ("De raket vloog om 7.55 uur lokale tijd (zaterdag 23.55 uur Belgische tijd) over.", "nl"),
        ("Het bad ging dicht om 09:12 Nederlandse tijd, zegt de gemeente.", "nl"),
        ("The pool closed at 9:12 Tuesday morning, the council said.", "en"),
    ],
)
def test_sentence_with_a_time_is_no_glued_headline(line: str, lang: str) -> None:
    assert kinds(line, lang) == [("paragraph", line)]


@pytest.mark.parametrize(
    ("line", "headline", "tail", "lang"),
    [
        # a capitalised byline opener and a name end the headline line
        (
            "Zwembad Dorpsstraat gaat dicht Door Ria Kok",
            "Zwembad Dorpsstraat gaat dicht",
            "Door Ria Kok",
            "nl",
        ),
        ("Mill Lane pool to close By JANE HOLT", "Mill Lane pool to close", "By JANE HOLT", "en"),
        (
            "Mill Lane pool to close By Jane Holt, Reuters",
            "Mill Lane pool to close",
            "By Jane Holt, Reuters",
            "en",
        ),
        # the site's name after a bar, as in a page title
        (
            "Zwembad Dorpsstraat gaat dicht | Dorpsblad",
            "Zwembad Dorpsstraat gaat dicht",
            "| Dorpsblad",
            "nl",
        ),
        (
            "Mill Lane pool to close | Millbrook News",
            "Mill Lane pool to close",
            "| Millbrook News",
            "en",
        ),
        (
            "Zwembad Dorpsstraat gaat dicht | dorpsblad.nl",
            "Zwembad Dorpsstraat gaat dicht",
            "| dorpsblad.nl",
            "nl",
        ),
    ],
)
def test_byline_or_site_name_at_the_end_of_the_headline(
    line: str, headline: str, tail: str, lang: str
) -> None:
    found = kinds(f"{line}\n\n{body_of(lang)}", lang)
    assert found[:2] == [("headline", headline), ("boilerplate", tail)]


@pytest.mark.parametrize(
    ("line", "lang"),
    [
        # "door" or "by" in lower case is part of the headline
        ("Zwembad Dorpsstraat gered door Ria Kok", "nl"),
        ("Mill Lane pool saved by Jane Holt", "en"),
    ],
)
def test_lower_case_byline_word_in_the_headline_stays(line: str, lang: str) -> None:
    assert headline_of(f"{line}\n\n{body_of(lang)}", lang) == line


@pytest.mark.parametrize(
    ("kicker", "headline", "lang"),
    [
        # a one-word label over a headline of three or four words
        ("Dorpsblad", "Zwembad Dorpsstraat gaat dicht", "nl"),
        ("Zwembaden", "Bad gaat dicht", "nl"),
        ("Millbrook", "Mill Lane pool closes", "en"),
    ],
)
def test_one_word_label_over_a_short_headline(kicker: str, headline: str, lang: str) -> None:
    found = kinds(f"{kicker}\n{headline}\n\n{body_of(lang)}", lang)
    assert found[:2] == [("boilerplate", kicker), ("headline", headline)]


@pytest.mark.parametrize(
    ("line", "lang"),
    [
        # "the text goes on below the advert", in its several wordings
        ("Tekst gaat verder onder de advertentie", "nl"),
        ("Het artikel gaat verder na de reclame", "nl"),
        ("Lees verder onder de advertentie", "nl"),
        ("Article continues below advertisement", "en"),
        ("Story continues after the ad", "en"),
        # single-word widgets and link headers
        ("Nieuwsbrief", "nl"),
        ("Luister", "nl"),
        ("Meer nieuws", "nl"),
        ("Listen", "en"),
        ("Newsletter", "en"),
        ("More news", "en"),
        # cookie notices and wire notices
        ("Wij gebruiken cookies om de site voor u te verbeteren.", "nl"),
        ("Dorpsblad.nl maakt gebruik van cookies.", "nl"),
        ("This website uses cookies to improve your experience.", "en"),
        ("This material may not be published, broadcast, rewritten or redistributed.", "en"),
        ("Copyright 2021 The Associated Press. All rights reserved.", "en"),
        ("Dit artikel is geschreven door Ria Kok.", "nl"),
        # an agency alone in parentheses, a reporter and the agency, a credit via an agency
        ("(Belga)", "nl"),
        ("(Reuters)", "en"),
        ("Ria Kok, ANP", "nl"),
        ("Ria Kok / Belga", "nl"),
        ("Jane Holt, Associated Press", "en"),
        ("Jane Holt/The Courier via AP", "en"),
    ],
)
def test_more_page_furniture_lines(line: str, lang: str) -> None:
    _assert_furniture_between_paragraphs(line, lang)


@pytest.mark.parametrize(
    ("paragraph", "lang"),
    [
        # sentences about cookies, news, listening or an agency are text
        ("De bakker gebruikt cookies van zijn oma in het nieuwe recept.", "nl"),
        ("Hij luisterde niet naar de raad van de zwemclub.", "nl"),
        ("The council said it would listen to the swimmers before it votes.", "en"),
        ("Ria Kok werkte jaren voor ANP in Seoul.", "nl"),
        ("Jane Holt, a lifeguard, told the Associated Press she was sad.", "en"),
    ],
)
def test_text_about_furniture_words_stays_paragraph(paragraph: str, lang: str) -> None:
    body = body_of(lang)
    found = kinds(f"{body}\n\n{paragraph}", lang)
    assert found == [("paragraph", body), ("paragraph", paragraph)]


@pytest.mark.parametrize(
    ("title", "stamp", "lang"),
    [
        # a first line over a byline or stamp is the headline, whatever its punctuation
        ("Zwembad dicht. Raad zoekt alternatief", "4 mei 2021, 09:12", "nl"),
        ("Pool closes. Swimmers angry", "By Jane Holt", "en"),
        ("Pool closes. Swimmers angry", "Updated 2 hours ago", "en"),
        # ... or its length
        (
            "Zwembad gaat dicht omdat herstel van de lekkende leidingen volgens de gemeente veel"
            " te duur is geworden en er geen geld meer is voor een nieuw bad in Dorpen",
            "Door Ria Kok",
            "nl",
        ),
    ],
)
def test_first_line_over_a_byline_or_stamp_is_the_headline(
    title: str, stamp: str, lang: str
) -> None:
    body = body_of(lang)
    found = kinds(f"{title}\n\n{stamp}\n\n{body}", lang)
    assert found == [("headline", title), ("boilerplate", stamp), ("paragraph", body)]


def test_first_paragraph_over_a_stamp_with_nothing_after_it_stays() -> None:
    # a short article signed at its end: no text follows the byline
    text = "Zwembad dicht. Raad zoekt alternatief voor de zwemclub\n\nDoor Ria Kok"
    assert kinds(text)[0] == ("paragraph", "Zwembad dicht. Raad zoekt alternatief voor de zwemclub")


@pytest.mark.parametrize(
    ("line", "lang"),
    [
        # a caption that ends in a photographer and an agency, in either order, in
        # parentheses, in brackets or after a bar, with or without a full stop before it
        ("Swimmers leave the pool on Tuesday (Jane Holt/The Courier)", "en"),
        ("Swimmers leave the pool on Tuesday. [Jane Holt/Al Jazeera]", "en"),
        ("Swimmers leave the pool on Tuesday. | Jane Holt/AP", "en"),
        ("De laatste zwemmers verlaten het bad op dinsdag. (ANP / Ria Kok)", "nl"),
        # a caption of one sentence that ends in a copyright mark and its credit
        ("De laatste zwemmers verlaten het bad. © ANP", "nl"),
        ("Het zwembad aan de Dorpsstraat © Google Streetview", "nl"),
        ("Swimmers leave the pool on Tuesday. © Jane Holt", "en"),
        # an agency after the caption's sentence; credits and labels alone
        ("Swimmers leave the pool on Tuesday. Getty", "en"),
        ("FOTO ANP", "nl"),
        ("Illustratiebeeld", "nl"),
        ("(AP Photo)", "en"),
        ("Courtesy of Jane Holt", "en"),
    ],
)
def test_more_caption_shapes(line: str, lang: str) -> None:
    body, more = body_of(lang), more_of(lang)
    found = kinds(f"{body}\n\n{line}\n\n{more}", lang)
    assert found == [("paragraph", body), ("caption", line), ("paragraph", more)]


@pytest.mark.parametrize(
    ("paragraph", "lang"),
    [
        # two sentences before the copyright mark: text, the credit split off
        ("Het bad gaat dicht. De raad zoekt een ander bad. © ANP", "nl"),
        # a reporting word: text
        ("The pool will close, the mayor said. © Jane Holt", "en"),
        # a notice with a year is no caption's credit
        ("Het bad aan de Dorpsstraat gaat na vijftig jaar dicht. © 2021 Dorpsblad", "nl"),
        # agency tags after the last sentence, in parentheses, stay a glued tag
        ("Het bad gaat dinsdag dicht. (ANP/Belga)", "nl"),
    ],
)
def test_text_that_ends_in_a_credit_stays_text(paragraph: str, lang: str) -> None:
    body = body_of(lang)
    found = kinds(f"{body}\n\n{paragraph}", lang)
    assert found[1][0] == "paragraph"


@pytest.mark.parametrize(
    ("line", "lang"),
    [
        # share, link and reading widgets, "read next" and "about the author" headers
        ("Copy this link", "en"),
        ("Close share panel", "en"),
        ("These are external links and will open in a new window", "en"),
        ("X (Twitter)", "en"),
        ("Advertisement 2", "en"),
        ("Advertentie 2", "nl"),
        ("Don't Miss", "en"),
        ("Report a typo", "en"),
        ("You might also like", "en"),
        ("About the author", "en"),
        ("Over de auteur", "nl"),
        ("Mail de redactie", "nl"),
        ("Kopieer link", "nl"),
        ("Reading time: 3 minutes", "en"),
        ("Get the latest news delivered daily", "en"),
        ("Jane Holt on Twitter: @janeholt", "en"),
        ("Staff Reporter", "en"),
        ("Associated Press writers Tom Reed and Sam Lee contributed.", "en"),
        ("Last Modified: May 4, 2021 @ 9:12 am", "en"),
        ("(END)", "en"),
    ],
)
def test_widget_lines(line: str, lang: str) -> None:
    body, more = body_of(lang), more_of(lang)
    found = kinds(f"{body}\n\n{line}\n\n{more}", lang)
    assert found == [("paragraph", body), ("boilerplate", line), ("paragraph", more)]


@pytest.mark.parametrize(
    ("paragraph", "lang"),
    [
        ("Hundreds of volunteers contributed.", "en"),
        ("The swimmers want to save the pool.", "en"),
        ("Reporters from three papers asked the mayor about the pool.", "en"),
    ],
)
def test_sentences_with_widget_words_stay_text(paragraph: str, lang: str) -> None:
    body = body_of(lang)
    assert kinds(f"{body}\n\n{paragraph}", lang) == [("paragraph", body), ("paragraph", paragraph)]


@pytest.mark.parametrize(
    ("heading", "rest", "lang"),
    [
        # a subheading glued before a sentence that opens with an adverb, a quantifier or
        # a conjunction (not only a function word)
        ("Woede bij zwemmers", "Toch wil de raad het besluit niet terugdraaien.", "nl"),
        ("Oppositie", "Zowel de SP als de VVD stemden tegen het voorstel.", "nl"),
        ("Dertig jaar", "In 1991 werd het bad geopend door de toenmalige burgemeester.", "nl"),
        ("Backlash", "Several swimmers say the decision was taken without them.", "en"),
        ("Angry swimmers", "Still the council will not change its mind on the pool.", "en"),
        # ... or before a quotation opened with ",,"
        ("Woede bij zwemmers", ",,Dit is een schande'', zegt een van de leden van de club.", "nl"),
    ],
)
def test_subheading_glued_before_a_sentence_opener(heading: str, rest: str, lang: str) -> None:
    body = body_of(lang)
    found = kinds(f"{body}\n\n{heading} {rest}", lang)
    assert found == [("paragraph", body), ("heading", heading), ("paragraph", rest)]


def test_subheading_glued_before_a_common_word_written_in_lower_case_elsewhere() -> None:
    # "herstel" is written in lower case in the article: "Herstel" opens a sentence
    body = "De gemeente wil het herstel van het zwembad niet betalen, zegt de wethouder."
    rest = "Herstel zou volgens de raad ruim twee miljoen euro kosten."
    found = kinds(f"{body}\n\nHoge kosten {rest}")
    assert found == [("paragraph", body), ("heading", "Hoge kosten"), ("paragraph", rest)]
    # a name is never written in lower case: no subheading before it
    line = "Hoge kosten Dekker zou volgens de raad ruim twee miljoen euro betalen."
    assert kinds(f"{body}\n\n{line}") == [("paragraph", body), ("paragraph", line)]


@pytest.mark.parametrize(
    ("paragraph", "lang"),
    [
        # a common word inside a name in title case is no sentence start
        ("Mill Lane Pool is closing after fifty years of use by the town.", "en"),
        ("Openbaar Ministerie eist een straf van drie jaar tegen de man.", "nl"),
    ],
)
def test_names_in_title_case_are_no_glued_subheading(paragraph: str, lang: str) -> None:
    body = body_of(lang) + " Het ministerie van de raad zegt niets over de pool."
    found = kinds(f"{body}\n\n{paragraph}", lang)
    assert found == [("paragraph", body), ("paragraph", paragraph)]


@pytest.mark.parametrize(
    ("headline", "initials"),
    [
        # a reporter's initials in capitals over a date line, not written again in the text
        ("Zwembad Dorpsstraat gaat dicht", "ADN"),
        ("Raad zoekt nieuw bad voor zwemclub", "SVM"),
        ("Zwemmers boos op gemeente", "TVDH"),
    ],
)
def test_initials_in_capitals_after_the_headline_over_a_stamp(headline: str, initials: str) -> None:
    found = kinds(f"{headline} {initials}\n\n4 mei 2021, 09:12\n\n{NL_BODY}")
    assert found[:3] == [
        ("headline", headline),
        ("boilerplate", initials),
        ("boilerplate", "4 mei 2021, 09:12"),
    ]


@pytest.mark.parametrize(
    "headline",
    [
        # an abbreviation the article uses again is part of the headline
        "Staking treft KLM",
        # after a function word or a reporting word it is a name
        "Zwembad dicht volgens TVDH",
        "Wethouder boos, zegt VVD",
    ],
)
def test_abbreviation_ending_the_headline_stays(headline: str) -> None:
    body = f"{NL_BODY} De KLM zegt niets."
    assert headline_of(f"{headline}\n\n4 mei 2021, 09:12\n\n{body}", "nl") == headline


@pytest.mark.parametrize(
    ("line", "headline", "glued", "stamp"),
    [
        # more than one name, several initials, a name after a question
        (
            "Zwembad Dorpsstraat dicht Ria Kok en Piet Dekker",
            "Zwembad Dorpsstraat dicht",
            "Ria Kok en Piet Dekker",
            "12 mei 2021",
        ),
        (
            "Zwembad Dorpsstraat dicht ADN, SVM",
            "Zwembad Dorpsstraat dicht",
            "ADN, SVM",
            "12 mei 2021",
        ),
        (
            "Gaat het zwembad dicht? Ria Kok",
            "Gaat het zwembad dicht?",
            "Ria Kok",
            "12/05/21 - 09u12",
        ),
        # a word of boilerplate: the desk, the agency
        (
            "Zwembad Dorpsstraat dicht Redactie",
            "Zwembad Dorpsstraat dicht",
            "Redactie",
            "12 mei 2021",
        ),
        ("Zwembad Dorpsstraat dicht Belga", "Zwembad Dorpsstraat dicht", "Belga", "12 mei 2021"),
        # a name or initials and a date with a time, on the headline's line
        (
            "Zwembad Dorpsstraat dicht Ria Kok 12/05/21 - 09u12",
            "Zwembad Dorpsstraat dicht",
            "Ria Kok 12/05/21 - 09u12",
            "",
        ),
        (
            "Zwembad Dorpsstraat dicht KV 12/05/21 - 09u12",
            "Zwembad Dorpsstraat dicht",
            "KV 12/05/21 - 09u12",
            "",
        ),
    ],
)
def test_metadata_glued_to_the_end_of_the_headline(
    line: str, headline: str, glued: str, stamp: str
) -> None:
    text = f"{line}\n\n{stamp}\n\n{NL_BODY}" if stamp else f"{line}\n\n{NL_BODY}"
    assert kinds(text)[:2] == [("headline", headline), ("boilerplate", glued)]


@pytest.mark.parametrize(
    "headline",
    [
        # a word of boilerplate after a function word or a reporting word is the headline's
        "Zwembad dicht volgens Redactie",
        "Zwembad dicht, meldt Belga",
    ],
)
def test_boilerplate_word_after_a_function_or_reporting_word_stays(headline: str) -> None:
    assert headline_of(f"{headline}\n\n12 mei 2021\n\n{NL_BODY}", "nl") == headline


@pytest.mark.parametrize(
    ("line", "lang"),
    [
        # footer links and comment widgets
        ("Terms of Use", "en"),
        ("Privacy Policy", "en"),
        ("View comments", "en"),
        ("Please enable JavaScript to view the comments", "en"),
        ("Privacybeleid", "nl"),
        ("Bekijk alle reacties", "nl"),
        ("Download onze app", "nl"),
        # a wire photo's caption with a long date before "photo"
        ("In this Tuesday, May 4, 2021, photo, swimmers leave the Mill Lane pool.", "en"),
    ],
)
def test_footer_and_comment_widgets(line: str, lang: str) -> None:
    _assert_furniture_between_paragraphs(line, lang)


@pytest.mark.parametrize(
    ("line", "lang"),
    [
        ("May 4", "en"),
        ("4 mei", "nl"),
        ("5 hrs ago", "en"),
        ("Jane Holt · Reporter", "en"),
        ("Jane Holt And Tom Reed, Associated Press", "en"),
        ("Reuters Staff", "en"),
        ("Sections", "en"),
    ],
)
def test_short_stamps_and_bylines(line: str, lang: str) -> None:
    body, more = body_of(lang), more_of(lang)
    found = kinds(f"{body}\n\n{line}\n\n{more}", lang)
    assert found == [("paragraph", body), ("boilerplate", line), ("paragraph", more)]


@pytest.mark.parametrize(
    ("lines", "lang"),
    [
        # the headlines under a header of a list of other stories are links
        (["Trending Stories", "Cyclist hurt in crash on the High Street"], "en"),
        (["You might also like", "Cyclist hurt in crash on the High Street"], "en"),
        (["Meest gelezen", "Fietser gewond bij aanrijding op de Dorpsstraat"], "nl"),
        (["Laatste nieuws", "Fietser gewond bij aanrijding op de Dorpsstraat"], "nl"),
    ],
)
def test_headlines_under_a_story_list_header_are_links(lines: list[str], lang: str) -> None:
    body, more = body_of(lang), more_of(lang)
    links = "\n".join(lines)
    found = kinds(f"{body}\n\n{links}\n\n{more}", lang)
    assert found == [
        ("paragraph", body),
        *(("boilerplate", line) for line in lines),
        ("paragraph", more),
    ]


@pytest.mark.parametrize(
    ("line", "headline", "glued"),
    [
        # pieces of metadata glued one after another are split one by one
        (
            "Zwembad Dorpsstraat dicht Ria Kok Bron: Belga",
            "Zwembad Dorpsstraat dicht",
            ["Ria Kok", "Bron: Belga"],
        ),
        (
            "Zwembad Dorpsstraat dicht Bewerkt door: Ria Kok",
            "Zwembad Dorpsstraat dicht",
            ["Bewerkt door: Ria Kok"],
        ),
        # an agency in capitals, even when the article names it again
        ("Zwembad Dorpsstraat dicht ANP", "Zwembad Dorpsstraat dicht", ["ANP"]),
    ],
)
def test_metadata_glued_in_sequence_to_the_headline(
    line: str, headline: str, glued: list[str]
) -> None:
    body = f"{NL_BODY} Dat meldt ANP."
    found = kinds(f"{line}\n\n12 mei 2021\n\n{body}")
    assert found[: 1 + len(glued)] == [("headline", headline), *(("boilerplate", g) for g in glued)]


@pytest.mark.parametrize(
    ("glued", "lang"),
    [
        # initials or a name between a headline and a stamp, all glued to the lead
        ("KAR/ADPW", "nl"),
        ("Ria Kok", "nl"),
        ("kv", "nl"),
    ],
)
def test_initials_between_a_glued_headline_and_a_stamp(glued: str, lang: str) -> None:
    line = f"Zwembad Dorpsstraat gaat dicht {glued} 30 september 2019 17u28 0 Dorpen {NL_BODY}"
    assert kinds(line, lang) == [
        ("headline", "Zwembad Dorpsstraat gaat dicht"),
        ("boilerplate", glued),
        ("boilerplate", "30 september 2019 17u28 0 Dorpen"),
        ("paragraph", NL_BODY),
    ]


@pytest.mark.parametrize(
    ("line", "lang"),
    [
        # blog and theme furniture, breadcrumbs
        ("- Advertisement -", "en"),
        ("- Advertentie -", "nl"),
        ("Cancel reply", "en"),
        ("POPULAR POSTS", "en"),
        ("Previous articleMill Lane pool to close", "en"),
        ("You must be logged in to post a comment.", "en"),
        ("Posted by Jane Holt", "en"),
        ("Written by Jane Holt on May 4, 2021", "en"),
        ("Home » News » Local", "en"),
        ("Home > Nieuws > Regio", "nl"),
    ],
)
def test_blog_furniture_and_breadcrumbs(line: str, lang: str) -> None:
    body, more = body_of(lang), more_of(lang)
    found = kinds(f"{body}\n\n{line}\n\n{more}", lang)
    assert found == [("paragraph", body), ("boilerplate", line), ("paragraph", more)]
