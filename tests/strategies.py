"""Hypothesis strategies for article-like text, and a seeded sampler of the same texts.

Everything here is written for the project: short Dutch and English news
sentences about Korea, headers valid and invalid, every kind of quotation mark,
words with apostrophes, boilerplate lines, and the debris of web crawls
(CRLF and lone CR, tabs, non-breaking and zero-width spaces, NUL and control
characters, byte-order marks, mixed scripts).

* :func:`articles` draws a whole article (optional header, blocks, separators)
  and, with ``noisy=True``, sprinkles crawl debris over it.
* :func:`hostile_texts` mixes :func:`articles` with raw random unicode.
* :func:`sample_articles` builds the same kind of text from a seeded
  :class:`random.Random`, for tests that must send fixed inputs to a fresh
  process (hypothesis draws cannot be replayed across processes cheaply).

``PROPERTY_SETTINGS`` is the settings decorator for the property tests:
``deadline=None`` (a shared, busy machine must not make them flaky) and a
moderate number of examples, raised with ``KOREANEWS_MAX_EXAMPLES=1000``.
"""

from __future__ import annotations

import os
import random
from collections.abc import Sequence

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

__all__ = [
    "APOSTROPHE_WORDS",
    "BOILERPLATE_LINES",
    "EN_SENTENCES",
    "HEADINGS",
    "INVALID_HEADERS",
    "NL_SENTENCES",
    "NOISE_CHARACTERS",
    "PROPERTY_SETTINGS",
    "QUOTE_MARKS",
    "QUOTE_PAIRS",
    "SEPARATORS",
    "VALID_HEADERS",
    "articles",
    "blocks",
    "headers",
    "hostile_texts",
    "noisy",
    "paragraphs",
    "quoted",
    "sample_articles",
]

_EXAMPLES = int(os.environ.get("KOREANEWS_MAX_EXAMPLES", "40"))

_HEALTH = [HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much]

settings.register_profile(
    "koreanews-thorough", max_examples=1000, deadline=None, suppress_health_check=_HEALTH
)

#: Settings for every property test of the reliability suite.
PROPERTY_SETTINGS = settings(max_examples=_EXAMPLES, deadline=None, suppress_health_check=_HEALTH)

# -- vocabulary -----------------------------------------------------------------

NL_SENTENCES: tuple[str, ...] = (
    "Noord-Korea heeft opnieuw een raket getest boven de Japanse Zee.",
    "De Zuid-Koreaanse president reist volgende week naar Washington.",
    "Volgens analisten wil Pyongyang vooral tijd winnen.",
    "Het overleg in Panmunjom duurde ruim drie uur.",
    "De minister zegt dat de sancties voorlopig blijven.",
    "Kim Jong-un liet zich na de test fotograferen met zijn generaals.",
    "In Seoul gingen duizenden mensen de straat op.",
    "De Verenigde Naties roepen beide landen op tot kalmte.",
    "Het persbureau Yonhap meldt dat de grens dicht blijft.",
    "Park Min-ji, woordvoerster van het ministerie, bevestigt het nieuws.",
    "Dat is zo'n beetje het enige wat vaststaat.",
    "'s Avonds werd het stil in de hoofdstad.",
    "De vicepresident geeft aan dat er geen haast is.",
    "Er is nog geen datum voor een nieuwe top.",
)

EN_SENTENCES: tuple[str, ...] = (
    "North Korea fired another missile into the sea on Tuesday.",
    "South Korea's president will travel to Washington next week.",
    "According to analysts, Pyongyang is playing for time.",
    "The talks at the border village lasted more than three hours.",
    "The minister said that sanctions would stay in place.",
    "Kim Jong-un was photographed with his generals after the launch.",
    "Thousands of people marched through central Seoul.",
    "The United Nations urged both sides to show restraint.",
    "Yonhap news agency reported that the border would stay closed.",
    "Lee Sang-ho, a spokesman for the ministry, confirmed the report.",
    "It's the only thing everyone agrees on, officials say.",
    "The '90s summit is still remembered in the capital.",
    "Mr. Moon told reporters he was not in a hurry.",
    "No date has been set for another summit.",
)

#: Short lines that read as subheadings.
HEADINGS: tuple[str, ...] = (
    "Strenge sancties",
    "Geen haast",
    "Nieuwe top in zicht?",
    "Talks stall",
    "A cautious welcome",
    "Reactie Seoul",
)

#: Lines that are not article content.
BOILERPLATE_LINES: tuple[str, ...] = (
    "Lees verder na de advertentie",
    "Lees ook: Raketproef zet regio op scherp",
    "Bron: Belga",
    "02u14",
    "VIDEO",
    "Foto: ANP",
    "Read more: Missile test alarms region",
    "Advertisement",
    "© 2018 Example News",
    "Share this article",
)

# fmt: off
#: Words whose apostrophes are not quotation marks.
APOSTROPHE_WORDS: tuple[str, ...] = (
    "zo'n", "m'n", "z'n", "'s", "'t", "d'r", "Kim's", "don't", "shouldn‘t", "it’s",
    "'90s", "o'clock", "rock 'n' roll", "auto's", "foto’s", "ma'am",
)

#: Every quotation mark a crawl may contain.
QUOTE_MARKS: tuple[str, ...] = (
    "„", "“", "”", "‘", "’", "'", '"', ",,", "''", "«", "»", "‹", "›", "‚", "‟", "`", "´",
)

#: Opening and closing marks as writers pair them (and some as they should not).
QUOTE_PAIRS: tuple[tuple[str, str], ...] = (
    ("„", "”"), ("„", "“"), ("“", "”"), ("‘", "’"), ("'", "'"), ('"', '"'),
    (",,", "''"), ("«", "»"), ("»", "«"), ("‹", "›"), ("‚", "‘"), ("”", "”"), ("’", "’"),
)

#: What separates blocks: newlines of every convention, blank lines, stray spaces.
SEPARATORS: tuple[str, ...] = (
    "\n", "\n\n", "\r\n", "\r\n\r\n", "\r", "\r\r", "\n \n", "\n\t\n", "\n\n\n", " \n",
    "\u2028", "\u0085", "\n\u00a0\n",
)

#: Crawl debris: invisible, control and odd whitespace characters.
NOISE_CHARACTERS: tuple[str, ...] = (
    "\t", "\u00a0", "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\x00", "\x01",
    "\x07", "\x08", "\x0b", "\x0c", "\x1b", "\x1f", "\x7f", "\u0085", "\u2028", "\u2029",
    "\u200e", "\u200f", "\u00ad", "\ufffd", "\u3000", "\u2009", "\u0301",
)

#: Other scripts that turn up in news about Korea (and some that should not).
FOREIGN_WORDS: tuple[str, ...] = (
    "김정은", "조선중앙통신", "서울", "Пхеньян", "平壤", "ソウル", "بيونغ يانغ", "🚀", "👍🏽",
    "Ελλάδα", "x\u0301", "ﬁnal",
)
# fmt: on

VALID_HEADERS: tuple[str, ...] = (
    " date 2018-02 ",
    "date 2018-02 ",
    " date 2018-02-14 ",
    " date 14 februari 2018 ",
    " date Feb 14, 2018 ",
    " date 3 okt. 2017 ",
    " date March 2019 ",
    " DATE 2018-2 ",
    " date 2018-02\n",
    " date 2018-02\r\n",
    "\n date 2020-12-31 ",
    "\t date 1999-09 ",
)

INVALID_HEADERS: tuple[str, ...] = (
    " date 2018-13 ",
    " date 0000-01 ",
    " date 2018-02-30 ",
    " date foo ",
    " datum 2018-02 ",
    " date ",
    "date",
    " date 99 februari 2018 ",
    " date 2018 ",
    " dated 2018-02 ",
    " date 2018-02-14-07 ",
    " date 32 maart 2018 ",
    " date 9999999999-01 ",
    " date -2018-02 ",
)

# -- strategies -----------------------------------------------------------------


def headers(valid: bool | None = None) -> st.SearchStrategy[str]:
    """A ``date`` header (``valid=True``), a malformed one (``False``) or either (None)."""
    good = st.sampled_from(VALID_HEADERS)
    bad = st.sampled_from(INVALID_HEADERS)
    if valid is True:
        return good
    if valid is False:
        return bad
    return st.one_of(good, bad, st.just(""))


def _sentences() -> st.SearchStrategy[str]:
    return st.sampled_from(NL_SENTENCES + EN_SENTENCES)


@st.composite
def quoted(draw: st.DrawFn) -> str:
    """A sentence in quotation marks, with or without attribution, sometimes nested."""
    opening, closing = draw(st.sampled_from(QUOTE_PAIRS))
    words = draw(_sentences())
    if draw(st.booleans()):
        inner_open, inner_close = draw(st.sampled_from(QUOTE_PAIRS))
        cut = draw(st.integers(0, len(words)))
        words = f"{words[:cut]}{inner_open}{draw(_sentences())}{inner_close}{words[cut:]}"
    quote = f"{opening}{words}{closing}"
    frame = draw(
        st.sampled_from(
            (
                "{q}",
                "{q}, zegt Kim.",
                "{q} aldus de minister.",
                "Moon zei: {q}",
                "{q}, said Lee.",
                "The minister said: {q}",
                "Volgens Park is het {q}.",
                "{q} - Commissioner Choi",
                "Pence spreekt van {q}.",
            )
        )
    )
    return frame.format(q=quote)


@st.composite
def paragraphs(draw: st.DrawFn) -> str:
    """One paragraph: sentences, quotes and apostrophe words."""
    parts = draw(
        st.lists(
            st.one_of(
                _sentences(),
                quoted(),
                st.sampled_from(APOSTROPHE_WORDS),
                st.sampled_from(FOREIGN_WORDS),
                st.sampled_from(QUOTE_MARKS),  # a stray, unbalanced mark
            ),
            min_size=1,
            max_size=5,
        )
    )
    return " ".join(parts)


@st.composite
def _multi_paragraph_quote(draw: st.DrawFn) -> str:
    """A quote over several paragraphs, re-opened at each one (English style)."""
    opening, closing = draw(st.sampled_from(QUOTE_PAIRS))
    body = draw(st.lists(_sentences(), min_size=2, max_size=4))
    sep = draw(st.sampled_from(("\n", "\n\n", "\r\n")))
    lines = [f"{opening}{s}" for s in body]
    lines[-1] += closing
    return sep.join(lines)


def blocks() -> st.SearchStrategy[str]:
    """One block of an article: paragraph, heading, boilerplate or a long quote."""
    return st.one_of(
        paragraphs(),
        st.sampled_from(HEADINGS),
        st.sampled_from(BOILERPLATE_LINES),
        _multi_paragraph_quote(),
        st.just(""),
    )


@st.composite
def noisy(draw: st.DrawFn, text: str) -> str:
    """*text* with crawl debris inserted at a few random places."""
    chars = list(text)
    for _ in range(draw(st.integers(0, 6))):
        pos = draw(st.integers(0, len(chars)))
        chars.insert(pos, draw(st.sampled_from(NOISE_CHARACTERS)))
    return "".join(chars)


@st.composite
def articles(draw: st.DrawFn, *, noise: bool = False, header: bool | None = None) -> str:
    """A whole article: optional header, blocks joined by assorted separators."""
    parts = draw(st.lists(blocks(), min_size=0, max_size=6))
    text = draw(headers(header))
    for i, part in enumerate(parts):
        if i:
            text += draw(st.sampled_from(SEPARATORS))
        text += part
    if noise:
        text = draw(noisy(text))
    return text


def hostile_texts() -> st.SearchStrategy[str]:
    """Anything a crawl might hand over: noisy articles, random unicode, quote storms."""
    return st.one_of(
        articles(noise=True),
        st.text(),
        st.lists(st.sampled_from((*QUOTE_MARKS, " ", "a", "\n")), max_size=200).map("".join),
        st.builds(lambda h, t: h + t, headers(), st.text(max_size=100)),
        st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=300),
    )


# -- a seeded sampler for fresh-process tests --------------------------------------


def _choice(rng: random.Random, items: Sequence[str]) -> str:
    return items[rng.randrange(len(items))]


def _sample_paragraph(rng: random.Random) -> str:
    parts: list[str] = []
    for _ in range(rng.randint(1, 4)):
        roll = rng.random()
        sentence = _choice(rng, NL_SENTENCES + EN_SENTENCES)
        if roll < 0.4:
            opening, closing = QUOTE_PAIRS[rng.randrange(len(QUOTE_PAIRS))]
            parts.append(f"{opening}{sentence}{closing}, zegt Kim Jong-un.")
        elif roll < 0.5:
            parts.append(_choice(rng, APOSTROPHE_WORDS))
        else:
            parts.append(sentence)
    return " ".join(parts)


def sample_articles(seed: int, count: int, *, noise: bool = True) -> list[str]:
    """*count* article texts drawn from ``random.Random(seed)``; the same list every time."""
    rng = random.Random(seed)
    texts: list[str] = []
    for _ in range(count):
        text = _choice(rng, VALID_HEADERS + INVALID_HEADERS + ("",))
        for i in range(rng.randint(1, 8)):
            if i:
                text += _choice(rng, SEPARATORS)
            roll = rng.random()
            if roll < 0.15:
                text += _choice(rng, HEADINGS)
            elif roll < 0.3:
                text += _choice(rng, BOILERPLATE_LINES)
            else:
                text += _sample_paragraph(rng)
        if noise:
            chars = list(text)
            for _ in range(rng.randint(0, 4)):
                chars.insert(rng.randint(0, len(chars)), _choice(rng, NOISE_CHARACTERS))
            text = "".join(chars)
        texts.append(text)
    return texts
