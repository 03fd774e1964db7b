"""The typed container for everything koreanews knows about one language.

A :class:`LanguageProfile` is pure data: word lists and regular expressions.
The pipeline stages read it and never branch on the language code, so adding
a language means writing one module in :mod:`koreanews.lang` and registering it.
Sections (dates, blocks, sentences, quotes, attribution, entities) mirror the
pipeline stages that use them.
"""

from __future__ import annotations

from collections.abc import Mapping

import attrs

__all__ = ["LanguageProfile"]


def _frozen_words(words: object) -> frozenset[str]:
    if isinstance(words, str):
        raise TypeError("expected a collection of words, not one string")
    return frozenset(str(w) for w in words)  # type: ignore[attr-defined]


@attrs.frozen
class LanguageProfile:
    """Everything koreanews knows about one language, as data."""

    #: ISO 639-1 code ("nl").
    code: str
    #: English name of the language ("Dutch").
    name: str

    # -- dates -------------------------------------------------------------
    #: Month names and abbreviations, lower case, without a final dot -> 1..12.
    months: Mapping[str, int] = attrs.field(factory=dict)
    #: Weekday names and abbreviations, lower case.
    weekdays: frozenset[str] = attrs.field(factory=frozenset, converter=_frozen_words)

    # -- blocks ------------------------------------------------------------
    #: Regular expressions that match a whole line of boilerplate (case-insensitive).
    boilerplate_lines: tuple[str, ...] = ()
    #: Regular expressions for boilerplate glued to the start of a block.
    boilerplate_prefixes: tuple[str, ...] = ()
    #: Regular expressions for boilerplate glued to the end of a block.
    boilerplate_suffixes: tuple[str, ...] = ()
    #: Regular expressions that match a whole line that is a photo caption or credit.
    caption_lines: tuple[str, ...] = ()
    #: Frequent lower-case function words; a run of text with many of them is a sentence.
    function_words: frozenset[str] = attrs.field(factory=frozenset, converter=_frozen_words)

    # -- sentences ---------------------------------------------------------
    #: Abbreviations (lower case, without the final dot) after which a sentence goes on.
    abbreviations: frozenset[str] = attrs.field(factory=frozenset, converter=_frozen_words)

    # -- quotes ------------------------------------------------------------
    #: Words written with an apostrophe that are never quotation marks ("zo'n", "'s").
    apostrophe_words: frozenset[str] = attrs.field(factory=frozenset, converter=_frozen_words)

    # -- attribution -------------------------------------------------------
    #: Every inflected form of the reporting verbs ("zegt", "zei", "said", "says").
    speech_verbs: frozenset[str] = attrs.field(factory=frozenset, converter=_frozen_words)
    #: Separable reporting verbs: finite form -> particles that complete it ("geeft" -> "aan").
    separable_verbs: Mapping[str, tuple[str, ...]] = attrs.field(factory=dict)
    #: Multi-word cues that introduce a source ("volgens", "according to").
    according_to: tuple[str, ...] = ()
    #: Cues that follow the quote and precede the source ("aldus").
    after_quote_cues: tuple[str, ...] = ()
    #: Words that open a reported clause ("dat", "that").
    complementizers: frozenset[str] = attrs.field(factory=frozenset, converter=_frozen_words)

    # -- entities ----------------------------------------------------------
    #: Titles and roles that can stand before a name or for a person ("president").
    titles: frozenset[str] = attrs.field(factory=frozenset, converter=_frozen_words)
    #: Personal pronouns that can refer back to a speaker: pronoun -> "m", "f" or "n".
    pronouns: Mapping[str, str] = attrs.field(factory=dict)
    #: Head nouns of unnamed sources ("woordvoerder", "analisten", "spokesman").
    unnamed_sources: frozenset[str] = attrs.field(factory=frozenset, converter=_frozen_words)
    #: Lower-case particles inside names ("van", "de", "der").
    name_particles: frozenset[str] = attrs.field(factory=frozenset, converter=_frozen_words)
