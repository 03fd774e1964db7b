"""How sure an attribution is: the confidence of a (rule, resolver) pair.

The confidence of a quotation's :class:`~koreanews.Evidence` is the share of
quotations with the same rule and resolver that had the right speaker in the
training data, smoothed towards the rule's and the resolver's own shares where
the pair was seen rarely.  The table is fitted by ``tools/fit_confidence.py`` and
shipped as ``evidence_weights.json`` beside this module; parsing reads it once and
needs no fitting library.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any

__all__ = ["confidence"]

#: How many observations the smoothing prior is worth.
_PRIOR = 4.0
#: The share assumed where nothing is known.
_DEFAULT = 0.5


@cache
def _table() -> dict[str, Any]:
    try:
        raw = resources.files(__package__).joinpath("evidence_weights.json").read_text("utf-8")
    except (OSError, ModuleNotFoundError):  # pragma: no cover - a broken installation
        return {}
    data: dict[str, Any] = json.loads(raw)
    return data


def _share(entry: Any, prior: float) -> float:
    """The smoothed share of right speakers of a ``[right, seen]`` entry."""
    if not entry:
        return prior
    right, seen = float(entry[0]), float(entry[1])
    return (right + _PRIOR * prior) / (seen + _PRIOR)


@cache
def confidence(rule: str, resolver: str | None, has_speaker: bool = True) -> float:
    """The confidence of an attribution by *rule* (without the language prefix) and
    *resolver*, between 0 and 1.

    >>> 0.0 <= confidence("after-quote", "exact") <= 1.0
    True
    """
    table = _table()
    overall = _share(table.get("all"), _DEFAULT)
    by_rule = _share(table.get("rules", {}).get(rule), overall)
    key = resolver if resolver is not None else ("none" if not has_speaker else "?")
    by_resolver = _share(table.get("resolvers", {}).get(key), overall)
    prior = (by_rule + by_resolver) / 2
    value = _share(table.get("pairs", {}).get(f"{rule}|{key}"), prior)
    return round(min(1.0, max(0.0, value)), 3)
