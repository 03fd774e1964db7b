"""Per-language data: one module per language, one registry line each.

>>> from koreanews.lang import get_profile
>>> get_profile("nl").name
'Dutch'
"""

from __future__ import annotations

from ..exceptions import UnsupportedLanguageError
from . import en, nl
from ._profile import LanguageProfile, ReportingVerb

__all__ = ["LanguageProfile", "ReportingVerb", "get_profile", "supported_languages"]

_REGISTRY: dict[str, LanguageProfile] = {
    en.PROFILE.code: en.PROFILE,
    nl.PROFILE.code: nl.PROFILE,
}


def supported_languages() -> tuple[str, ...]:
    """The language codes koreanews has a profile for, sorted."""
    return tuple(sorted(_REGISTRY))


def get_profile(lang: str) -> LanguageProfile:
    """The :class:`LanguageProfile` for *lang* (an ISO 639-1 code such as ``"nl"``)."""
    try:
        return _REGISTRY[lang]
    except KeyError:
        raise UnsupportedLanguageError(lang, supported_languages()) from None
