"""Quote-aware sentence splitting with per-language abbreviations.

A sentence ends at ``.``, ``!`` or ``?`` (closing quotation marks and brackets
may follow) when the next word starts a new sentence: an upper-case letter, a
digit or an opening quotation mark.  It does not end after an abbreviation from
the language profile (``dhr.``, ``Gov.``), after a single capital (``N. Korea``,
``J.F. Kennedy``) or inside a *protected* span such as a quotation, so a quote
of several sentences stays inside the sentence that attributes it.

Linear time: one regular-expression scan over the text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .lang import LanguageProfile
from .models import Span

__all__ = ["sentence_bounds", "split_sentences"]

# A sentence-final mark, the closing marks and brackets after it, then the
# whitespace before the next sentence.  The look-behind lets a match start only
# at the first mark of a run ("!!!"): otherwise a long run with no space after it
# is scanned again from every mark in it (quadratic time).  It comes after the first
# mark, so that the pattern starts with a character class, which the regex engine
# looks for at C speed instead of trying the pattern at every position.
_BOUNDARY = re.compile(r"[.!?…](?<![.!?…]{2})[.!?…]*[\"'”’»›)\]]*(\s+)")
# The word just before the final mark ("dhr", "U.S", "N"), matched on the reversed text
# before it: anchored, where searching for ``[\w.]+\Z`` tries every position.
_WORD_BEFORE_REVERSED = re.compile(r"[\w.]*")
_OPENERS = "\"'“‘„‚«‹(["
# A question or exclamation in quotation marks, then its speaker and verb: '"…?" Hart asked.'
_SPEAKER_AFTER = re.compile(r"(?:[A-Z][\w'’.-]*\s+){1,4}([a-z]+)\b")
_CLOSING_QUOTES = "\"'”’»›"
#: The reporting verb forms of each profile seen, by its identity.
_VERB_FORMS: dict[int, frozenset[str]] = {}


def _speaker_follows(text: str, m: re.Match[str], nxt: int, profile: LanguageProfile) -> bool:
    """True when the quotation that *m* closes ends with ``?`` or ``!`` and the next words
    are a capitalised name and a reporting verb of *profile* ('"…?" Hart asked.'): the
    quotation and its speaker are one sentence."""
    if text[m.start()] not in "?!" or not any(c in _CLOSING_QUOTES for c in m.group(0)):
        return False
    after = _SPEAKER_AFTER.match(text, nxt)
    if after is None:
        return False
    forms = _VERB_FORMS.get(id(profile))
    if forms is None:
        forms = frozenset(f for v in profile.reporting_verbs for f in v.forms)
        _VERB_FORMS[id(profile)] = forms
    return after.group(1) in forms


def _is_abbreviation(text: str, mark: int, profile: LanguageProfile) -> bool:
    """True when the ``.`` at *mark* ends an abbreviation or an initial."""
    if text[mark] != ".":
        return False
    before = text[max(0, mark - 24) : mark][::-1]
    m = _WORD_BEFORE_REVERSED.match(before)  # always matches, maybe nothing
    size = m.end() if m is not None else 0
    if not size:
        return False
    word = before[size - 1 :: -1]
    if len(word) == 1 and word.isalpha() and word.isupper():
        return True  # an initial: "N. Korea", "J. Smith"
    low = word.lower()
    if low in profile.abbreviations:
        return True
    # dotted abbreviations such as "U.S" or "e.g": letters with inner dots
    return "." in word and all(len(p) <= 2 for p in word.split(".") if p)


def split_sentences(
    text: str,
    start: int = 0,
    end: int | None = None,
    profile: LanguageProfile | None = None,
    protected: Sequence[Span] = (),
) -> list[Span]:
    """The sentences of ``text[start:end]`` as spans into *text*.

    :param profile: supplies the abbreviations after which a sentence goes on.
    :param protected: spans (sorted, not overlapping) inside which no sentence
        ends, for example quotations.
    """
    bounds = sentence_bounds(text, start, end, profile, [(p.start, p.end) for p in protected])
    return [Span(a, b) for a, b in bounds]


def sentence_bounds(
    text: str,
    start: int = 0,
    end: int | None = None,
    profile: LanguageProfile | None = None,
    protected: Sequence[Sequence[int]] = (),
) -> list[tuple[int, int]]:
    """:func:`split_sentences` with (start, end) pairs for spans (*protected* may hold
    longer tuples: the first two items are the span), for callers that need no
    :class:`Span` objects."""
    if end is None:
        end = len(text)
    spans: list[tuple[int, int]] = []
    sent_start = start
    while sent_start < end and text[sent_start].isspace():
        sent_start += 1
    guard = 0  # index into protected
    n_protected = len(protected)
    for m in _BOUNDARY.finditer(text, start, end):
        mark = m.start()
        cut, nxt = m.span(1)  # the sentence ends before the whitespace
        while guard < n_protected and protected[guard][1] <= mark:
            guard += 1
        if guard < n_protected and protected[guard][0] < mark and cut < protected[guard][1]:
            continue  # inside a quotation (its final mark, outside it, may end a sentence)
        if nxt >= len(text):
            continue
        ch = text[nxt]  # the next sentence starts with a capital, a digit or an opener
        if not (ch.isupper() or ch.isdigit() or ch in _OPENERS or text.startswith(",,", nxt)):
            continue
        if profile is not None and _is_abbreviation(text, mark, profile):
            continue
        if profile is not None and _speaker_follows(text, m, nxt, profile):
            continue
        if cut > sent_start:
            spans.append((sent_start, cut))
        sent_start = nxt
    tail_end = end
    while tail_end > sent_start and text[tail_end - 1].isspace():
        tail_end -= 1
    if tail_end > sent_start:
        spans.append((sent_start, tail_end))
    return spans
