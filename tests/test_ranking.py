"""The fitted ranking of pronoun referents (koreanews.ranking)."""

from __future__ import annotations

import json
from importlib import resources

import koreanews
from koreanews import ranking


def test_the_shipped_weights_cover_every_feature() -> None:
    data = json.loads(
        resources.files("koreanews").joinpath("ranking_weights.json").read_text("utf-8")
    )
    assert set(data["pronoun"]) == set(ranking.FEATURES)
    assert ranking.weights() == data["pronoun"]


def test_score_is_linear_in_the_features() -> None:
    w = ranking.weights()
    assert ranking.score({"bias": 1.0}) == w["bias"]
    both = ranking.score({"bias": 1.0, "subject": 1.0})
    assert abs(both - (w["bias"] + w["subject"])) < 1e-9
    assert ranking.score({}) == 0.0


def test_mention_count_feature_grows_slowly() -> None:
    assert ranking.mention_count_feature(0) == 0.0
    assert ranking.mention_count_feature(1) < ranking.mention_count_feature(10) < 3


def test_he_said_after_a_speaker_goes_to_that_speaker() -> None:
    text = (
        " date 2022-05 Harbour strike\n\n"
        '"We will not move," said union leader Park Dong-hwa. Minister Lee Jae-won met '
        'the union on Friday.\n\n"Nothing has changed," he said.'
    )
    article = koreanews.parse(text, lang="en")
    last = article.quotes[-1]
    assert last.evidence is not None
    assert last.evidence.resolver == "pronoun"
    assert last.speaker is not None
    assert last.speaker.name in {"Park Dong-hwa", "Lee Jae-won"}


def test_a_pronoun_explanation_shows_the_ranked_candidates() -> None:
    text = (
        " date 2022-05 Kop\n\nMoon Jae-in ontmoette Kim Jong-un in Panmunjom. "
        "„Het was een goed gesprek”, zei hij."
    )
    _, notes = koreanews.explain(text, lang="nl")
    lines = notes[0].notes
    assert any(line.startswith("pronoun of gender m: ranked candidates") for line in lines)
