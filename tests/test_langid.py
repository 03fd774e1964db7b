"""Language identification: Dutch, English, short texts, determinism."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from koreanews.langid import detect_language

NL_TEXTS = [
    "De Zuid-Koreaanse president zei dinsdag dat hij bereid is om met het Noorden te praten.",
    "Volgens het persbureau Yonhap heeft Noord-Korea opnieuw een raket afgevuurd richting zee.",
    "Kim Yo-jong gaf een brief van haar broer aan president Moon en nodigde hem uit.",
]
EN_TEXTS = [
    "The South Korean president said on Tuesday that he was willing to talk with the North.",
    "According to the Yonhap news agency, North Korea has fired another missile into the sea.",
    "Kim Yo-jong handed a letter from her brother to President Moon and invited him.",
]


@pytest.mark.parametrize("text", NL_TEXTS)
def test_dutch(text: str) -> None:
    assert detect_language(text) == "nl"
    assert detect_language(text, default="en") == "nl"


@pytest.mark.parametrize("text", EN_TEXTS)
def test_english(text: str) -> None:
    assert detect_language(text) == "en"
    assert detect_language(text, default="nl") == "en"


@pytest.mark.parametrize("text", ["Kim!", "Seoul", "", "  ", "Moon Jae-in", "2018"])
def test_short_text_takes_the_default(text: str) -> None:
    assert detect_language(text, default="nl") == "nl"
    assert detect_language(text, default="en") == "en"
    assert detect_language(text) is None


def test_names_without_function_words_take_the_default() -> None:
    text = "Kim Jong-un, Moon Jae-in, Pyongyang, Panmunjom, Kaesong, Yonhap, Pyeongchang"
    assert detect_language(text, default="en") == "en"
    assert detect_language(text, default="nl") == "nl"


def test_only_supported_languages() -> None:
    german = "Der südkoreanische Präsident sagte am Dienstag, er sei zu Gesprächen bereit."
    assert detect_language(german) in ("nl", "en", None)


def test_long_text_reads_only_its_opening() -> None:
    text = NL_TEXTS[0] + " " + " ".join(EN_TEXTS * 200)
    assert detect_language(text[:2000]) == detect_language(text)


def test_deterministic_within_a_process() -> None:
    ambiguous = "Moon Jae-in in Seoul, Kim Jong-un in Pyongyang: summit talks op 27 april"
    first = detect_language(ambiguous)
    assert all(detect_language(ambiguous) == first for _ in range(20))


def test_deterministic_across_processes() -> None:
    texts = [
        "Moon Jae-in in Seoul, Kim Jong-un in Pyongyang: summit talks op 27 april",
        "Panmunjom summit Kim Moon handshake historisch moment grens",
        *NL_TEXTS,
        *EN_TEXTS,
    ]
    script = (
        "import json, sys\n"
        "from koreanews.langid import detect_language\n"
        "texts = json.loads(sys.stdin.read())\n"
        "print(json.dumps([detect_language(t) for t in texts]))\n"
    )
    here = [detect_language(t) for t in texts]
    for seed in ("0", "1"):
        out = subprocess.run(
            [sys.executable, "-c", script],
            input=json.dumps(texts),
            capture_output=True,
            text=True,
            check=True,
            env={**os.environ, "PYTHONHASHSEED": seed},
        )
        assert json.loads(out.stdout) == here
