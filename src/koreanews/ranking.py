"""Ranking candidate speakers by named features with fitted weights.

A pronoun source ("zei hij", "she said") may refer to any person named in the
sentences before it.  Each candidate is described by named features (how far
back it was named, whether it was the subject there, whether it spoke last,
gender agreement, how often the article names it); a linear score with weights
fitted by ``tools/fit_ranking.py`` (logistic regression on training articles)
picks the candidate.  The weights ship as ``ranking_weights.json`` beside this
module: parsing needs no fitting library.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from functools import cache
from importlib import resources

__all__ = ["FEATURES", "mention_count_feature", "score", "weights"]

#: The features of a pronoun's candidate referent, in the order of the weight file.
FEATURES = (
    "bias",
    # the sentence of the candidate's nearest mention: this one, 1, 2, 3 or more back
    "dist0",
    "dist1",
    "dist2",
    "dist3",
    # that mention is the first person named in its sentence, not after a preposition
    "subject",
    # that mention is a possessive ("Kim's sister")
    "possessive",
    # the candidate's known gender is the pronoun's; its gender is not known
    "gender_match",
    "gender_unknown",
    # the candidate is the speaker of the last attributed quotation; of one of the
    # three before it
    "last_speaker",
    "recent_speaker",
    # log(1 + mentions before the pronoun)
    "mentions",
    # first named in the article's first two sentences
    "early",
    # the candidate the subject-first rule picks (the nearest sentence's subject, a
    # subject pronoun followed back to its own referent, a woman named nearby for "she")
    "rule_choice",
)

#: Used when no fitted weights are shipped: the nearest subject, the last speaker first.
_FALLBACK = {
    "dist0": 2.0,
    "dist1": 1.5,
    "dist2": 0.8,
    "subject": 1.0,
    "possessive": -0.5,
    "gender_match": 0.5,
    "last_speaker": 1.5,
    "recent_speaker": 0.5,
    "mentions": 0.3,
    "rule_choice": 2.0,
}


@cache
def weights(model: str = "pronoun") -> Mapping[str, float]:
    """The fitted weights of *model* (``"pronoun"``), or built-in ones when none ship."""
    try:
        raw = resources.files(__package__).joinpath("ranking_weights.json").read_text("utf-8")
        data = json.loads(raw)
    except (OSError, ValueError, ModuleNotFoundError):  # pragma: no cover - broken install
        data = {}
    table = data.get(model)
    if not isinstance(table, dict):
        return dict(_FALLBACK)
    return {str(k): float(v) for k, v in table.items()}


def score(features: Mapping[str, float], model: str = "pronoun") -> float:
    """The linear score of a candidate with *features* (missing features are 0)."""
    w = weights(model)
    return sum(w.get(name, 0.0) * value for name, value in features.items())


def mention_count_feature(count: int) -> float:
    """The ``mentions`` feature of a candidate named *count* times before the pronoun."""
    return math.log1p(count)
