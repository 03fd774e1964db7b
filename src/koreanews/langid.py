"""Language identification, restricted to the supported languages and deterministic.

Two signals are combined.  First a fast count of each profile's function words
("de", "het", "the", "of" ...), which settles almost every news paragraph in
microseconds.  When that count is too small or too even to decide, langdetect
is asked, with its models restricted to the supported languages and a fixed
seed, so the same text gives the same answer in every process.  Texts too short
for either signal inherit a default (the article's language for a block or a
quote).
"""

from __future__ import annotations

import re
import threading
from array import array
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from functools import lru_cache
from itertools import accumulate, repeat
from operator import neg
from typing import Any

from .lang import get_profile, supported_languages

__all__ = ["detect_language"]

#: Words, with an inner apostrophe ("zo'n"); ``\w`` is three times faster than a letters-only class.
_WORD = re.compile(r"\w+(?:['’]\w+)?")
#: The same words as one group: :meth:`re.Pattern.split` then gives them with the text between.
_WORD_SPLIT = re.compile(r"(\w+(?:['’]\w+)?)")
#: Function-word hits needed, and the lead over the runner-up, to decide without langdetect.
_MIN_HITS = 3
_MIN_LEAD = 2.0
#: Texts with fewer letters than this take the default (when given) rather than langdetect.
_LANGDETECT_MIN_LETTERS = 120
#: Only the first characters of a text are read (langdetect reads 2,000 of them too).
_MAX_CHARS = 2000

_LANGS = supported_languages()

_lock = threading.Lock()
_factory: Any = None


#: (code, membership test of its function words) per supported language, in code order.
_FUNCTION_WORDS: tuple[tuple[str, Any], ...] = tuple(
    (code, get_profile(code).function_words.__contains__) for code in supported_languages()
)


def _function_word_scores(words: Sequence[str], langs: Sequence[str]) -> dict[str, int]:
    if langs == _LANGS:
        return {code: sum(map(contains, words)) for code, contains in _FUNCTION_WORDS}
    return {code: sum(map(get_profile(code).function_words.__contains__, words)) for code in langs}


def _langdetect_factory() -> Any:
    """A langdetect factory that knows only the supported languages, seeded."""
    global _factory
    with _lock:
        if _factory is None:
            from importlib import resources

            from langdetect.detector_factory import DetectorFactory

            factory = DetectorFactory()
            profiles = resources.files("langdetect") / "profiles"
            payloads = [
                (profiles / code).read_text(encoding="utf-8") for code in supported_languages()
            ]
            factory.load_json_profile(payloads)
            factory.set_seed(0)
            _factory = factory
        return _factory


def _langdetect(text: str) -> str | None:
    from langdetect.lang_detect_exception import LangDetectException

    detector = _langdetect_factory().create()
    detector.append(text[:2000])
    try:
        result: str = detector.detect()
    except LangDetectException:
        return None
    return result if result in _LANGS else None


def detect_language(text: str, default: str | None = None, *, min_chars: int = 20) -> str | None:
    """The language of *text* (``"nl"`` or ``"en"``), or *default* when it cannot tell.

    Texts with fewer than *min_chars* word characters (letters, digits) return
    *default* straight away: language identification is unreliable on a few words.
    Texts too short for langdetect to be reliable (under 120 word characters)
    that the function words do not settle also take *default* when one is given.

    >>> detect_language("De president zegt dat het land klaar is voor overleg.")
    'nl'
    >>> detect_language("The president said that the country was ready for talks.")
    'en'
    >>> detect_language("Kim!", default="nl")
    'nl'
    """
    if len(text) < min_chars:
        return default
    # The opening of a long text settles its language: bounded work per call.
    words = _WORD.findall(text[:_MAX_CHARS].lower())
    letters = sum(map(len, words))
    if letters < min_chars:
        return default
    scores = _function_word_scores(words, _LANGS)
    return _decide(text, sorted([(-scores[code], code) for code in _LANGS]), letters, default)


def _decide(
    text: str, ranked: list[tuple[int, str]], letters: int, default: str | None
) -> str | None:
    """The verdict of :func:`detect_language` on *text*.

    *ranked* holds ``(-hits, code)`` for each supported language, most function-word
    hits first (ties in code order); *letters* counts the word characters read.
    """
    top, best = ranked[0]
    top = -top
    runner_up = -ranked[1][0] if len(ranked) > 1 else 0
    if top >= _MIN_HITS and top >= _MIN_LEAD * max(runner_up, 1):
        return best
    if default is not None and letters < _LANGDETECT_MIN_LETTERS:
        # Too short for langdetect to be reliable (and it costs about a millisecond):
        # keep the default unless the function words clearly say otherwise.
        return best if top >= 2 and runner_up == 0 else default
    if default is not None and top == 0:
        # Not a single function word in either language: no running prose (names,
        # lists, debris) that langdetect could place better than the default.
        return default
    return _langdetect(text) or (best if top > runner_up else default)


#: Lists of more numbers than this are kept as arrays (8 bytes a number instead of about 40).
_COMPACT_FROM = 20_000
#: A long text is read this many characters at a time (cut after a space), so that its
#: words never all stand in memory as strings at once.
_CHUNK_CHARS = 1 << 16
#: Bits of one packed number (an array holds 63 and a sign).
_PACK_BITS = 62


@lru_cache(maxsize=64)
def _weights(fields: tuple[int, ...], width: int) -> dict[str, int]:
    """What each function word adds to one packed running count.

    *fields* are the counts packed in one number, *width* bits each: 0 for letters
    (added by the caller as the default), ``k + 1`` for the function words of the
    k-th language.
    """
    weights: dict[str, int] = {}
    for slot, field in enumerate(fields):
        if field:
            for word in get_profile(_LANGS[field - 1]).function_words:
                base = weights.get(word, len(word) if 0 in fields else 0)
                weights[word] = base + (1 << (slot * width))
    return weights


class TextLanguages:
    """:func:`detect_language` for many parts of one text, its words read once.

    The words of ``text[start:]`` are found in one pass, with their offsets and
    running counts of letters and of each language's function words; the language
    of a part is then worked out from those counts, exactly as
    :func:`detect_language` would from the part alone.  Parts the counts cannot
    stand for (one that starts inside a word, a text whose lower case is not one
    character for one, a string that is not the text at the offsets given) go to
    :func:`detect_language` itself.

    The running counts are packed, as many as fit, into one number per word, each
    count in ``width`` bits (enough for the length of the text): a count over a part
    is then one subtraction and a shift.
    """

    __slots__ = ("_base", "_ends", "_mask", "_packs", "_starts", "_text", "_usable")

    def __init__(self, text: str, start: int = 0) -> None:
        self._text = text
        self._base = start
        # Offsets carry over only when lower-casing maps each character to one
        # character on its own (a capital sigma lower-cases by its neighbours).
        self._usable = "Σ" not in text
        if not self._usable:
            return
        width = max(len(text) - start, 1).bit_length()
        self._mask = (1 << width) - 1
        per_pack = max(1, _PACK_BITS // width)
        # Field 0 counts letters, field k + 1 the function words of the k-th language.
        fields = list(range(len(_LANGS) + 1))
        layout = [tuple(fields[k : k + per_pack]) for k in range(0, len(fields), per_pack)]
        starts: list[int] | array[int] = []
        ends: list[int] | array[int] = []
        tables: list[list[int] | array[int]] = [[0] for _ in layout]
        end = len(text)
        while start < end:
            # Cut after a space: no word runs over a space, so the words are those of
            # the whole text.
            stop = (
                end
                if end - start <= _CHUNK_CHARS
                else text.rfind(" ", start, start + _CHUNK_CHARS) + 1
            )
            if stop <= start:
                stop = text.find(" ", start + _CHUNK_CHARS) + 1 or end
            lower = text[start:stop].lower()
            if len(lower) != stop - start:
                self._usable = False
                return
            parts = _WORD_SPLIT.split(lower)
            offsets = list(accumulate(map(len, parts), initial=start))
            starts.extend(offsets[1:-1:2])
            ends.extend(offsets[2::2])
            words = parts[1::2]
            del parts, lower, offsets
            for k, pack in enumerate(layout):
                weights = _weights(pack, width)
                added = (
                    map(weights.get, words, map(len, words))
                    if 0 in pack
                    else map(weights.get, words, repeat(0))
                )
                table = tables[k]
                # The last count is where this chunk starts.
                table.extend(accumulate(added, initial=table.pop()))
            start = stop
            if isinstance(starts, list) and len(starts) > _COMPACT_FROM:
                # Offsets in 4 bytes where they fit, the packed counts in 8.
                kind = "I" if len(text) < 1 << 32 and array("I").itemsize >= 4 else "q"
                starts, ends = array(kind, starts), array(kind, ends)
                tables = [array("q", t) for t in tables]
        self._starts, self._ends = starts, ends
        self._packs = [
            (tuple(slot * width for slot in range(len(pack))), table)
            for pack, table in zip(layout, tables, strict=True)
        ]

    def _counts(self, i: int, j: int) -> list[int]:
        """Letters, then each language's function words, in words ``i`` to ``j - 1``."""
        mask = self._mask
        counts: list[int] = []
        for shifts, table in self._packs:
            packed = table[j] - table[i]
            counts += [(packed >> shift) & mask for shift in shifts]
        return counts

    def language(
        self, text: str, start: int, default: str | None = None, *, min_chars: int = 20
    ) -> str | None:
        """``detect_language(text, default, min_chars=min_chars)`` for the *text* at *start*."""
        if len(text) < min_chars:
            return default
        if not self._usable or start < self._base or not self._text.startswith(text, start):
            return detect_language(text, default, min_chars=min_chars)
        starts, ends = self._starts, self._ends
        i = bisect_left(starts, start)
        if i and ends[i - 1] > start:
            # A word runs into the part: read on its own, the part splits it differently.
            return detect_language(text, default, min_chars=min_chars)
        stop = start + min(len(text), _MAX_CHARS)
        j = bisect_right(ends, stop)
        # A word cut off by the end of the part (or of its opening) is read from the cut text.
        if len(self._packs) == 1:
            ((shifts, table),) = self._packs
            packed = table[j] - table[i]
            mask = self._mask
            letters, *hits = [(packed >> shift) & mask for shift in shifts]
        else:
            letters, *hits = self._counts(i, j)
        if j < len(starts) and starts[j] < stop:
            tail = _WORD.findall(self._text[starts[j] : stop].lower())
            letters += sum(map(len, tail))
            hits = [
                n + sum(map(contains, tail))
                for n, (_code, contains) in zip(hits, _FUNCTION_WORDS, strict=True)
            ]
        if letters < min_chars:
            return default
        return _decide(text, sorted(zip(map(neg, hits), _LANGS, strict=True)), letters, default)
