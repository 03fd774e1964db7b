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
from bisect import bisect_left
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
#: pieces never all stand in memory as strings at once.
_CHUNK_CHARS = 1 << 16
#: Bits of one packed number (an array holds 63 and a sign).
_PACK_BITS = 62
#: The narrowest count field: texts up to 32,768 characters share one packing, and
#: with it the cache of what each piece adds.
_MIN_WIDTH = 15
#: Pieces up to this long are remembered; a remembered piece costs one dict look-up.
_CACHED_PIECE_CHARS = 40
#: Each packing's cache of pieces is emptied when it holds more than this.
_MAX_CACHED_PIECES = 50_000
#: Characters that never stand in a word: the text is cut into pieces at them (after
#: mapping the others to a space), so that a piece holds whole words.
_CUT = " "
_ALSO_CUT = ("\n", "\t", "\r", "“", "”", "„", '"', "«", "»")


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


class _PieceWeights(dict[str, int]):
    """What each lower-case piece of text adds to one packed running count, remembered.

    A piece's words are those :data:`_WORD` finds in it; a piece of letters and
    digits alone is one word.  With *offset* the piece's length and the character
    that cuts it off (one) are added in the bits from *offset* on: the running count
    then also says where each piece starts.
    """

    __slots__ = ("_letters", "_offset", "_weights")

    def __init__(self, fields: tuple[int, ...], width: int, offset: int | None) -> None:
        super().__init__()
        self._weights = _weights(fields, width)
        self._letters = 0 in fields
        self._offset = offset

    def __missing__(self, piece: str) -> int:
        weights = self._weights
        if piece.isalnum():  # one word (``\w`` is exactly what isalnum() accepts, and "_")
            value = weights.get(piece, len(piece) if self._letters else 0)
        else:
            words = _WORD.findall(piece)
            value = sum(map(weights.get, words, map(len, words) if self._letters else repeat(0)))
        if self._offset is not None:
            value += (len(piece) + 1) << self._offset
        if len(piece) <= _CACHED_PIECE_CHARS:
            if len(self) >= _MAX_CACHED_PIECES:
                self.clear()
            self[piece] = value
        return value


# Texts up to 32,768 characters use one packing; longer ones one for about each
# doubling of the length: a few caches of pieces, each bounded, stand at a time.
@lru_cache(maxsize=8)
def _piece_weights(fields: tuple[int, ...], width: int, offset: int | None) -> _PieceWeights:
    return _PieceWeights(fields, width, offset)


class TextLanguages:
    """:func:`detect_language` for many parts of one text, its words read once.

    ``text[start:]`` is cut into pieces at spaces (and at other characters that
    never stand in a word: line breaks, double quotation marks), so that the
    words of the text are those of its pieces; running counts of letters and of
    each language's function words are kept per piece, and what a piece adds is
    remembered from one text to the next.  The language of a part is then worked
    out from those counts, exactly as :func:`detect_language` would from the part
    alone: whole pieces from the counts, a piece cut by either end of the part
    read on its own.  Parts the counts cannot stand for (a text whose lower case is
    not one character for one, a string that is not the text at the offset given)
    go to :func:`detect_language` itself.

    The running counts are packed, as many as fit, into one number per piece, each
    count in ``width`` bits (enough for the length of the text), the first number
    topped by where the piece starts: a count over a part is then one subtraction
    and a shift, and the pieces of a part are found by bisection.
    """

    __slots__ = (
        "_base",
        "_mask",
        "_offset",
        "_packs",
        "_pair",
        "_pieces",
        "_text",
        "_usable",
        "_width",
    )

    def __init__(self, text: str, start: int = 0) -> None:
        self._text = text
        self._base = start
        # Offsets carry over only when lower-casing maps each character to one
        # character on its own (a capital sigma lower-cases by its neighbours).
        self._usable = "Σ" not in text
        self._pair = False
        if not self._usable:
            return
        width = max(max(len(text) - start, 1).bit_length(), _MIN_WIDTH)
        self._mask = (1 << width) - 1
        self._width = width
        # The offsets (relative to start) run to one past the end of the text.
        per_pack = max(1, (_PACK_BITS - max(len(text) - start + 1, 1).bit_length()) // width)
        # Letters and two languages' function words in one number: language() reads them inline.
        self._pair = len(_LANGS) == 2 and per_pack >= 3
        # Field 0 counts letters, field k + 1 the function words of the k-th language.
        fields = list(range(len(_LANGS) + 1))
        layout = [tuple(fields[k : k + per_pack]) for k in range(0, len(fields), per_pack)]
        offset = len(layout[0]) * width
        self._offset = offset
        self._pieces = [
            _piece_weights(pack, width, offset if k == 0 else None) for k, pack in enumerate(layout)
        ]
        # tables[0][k] >> offset is where piece k starts (relative to start); piece k
        # ends one character before piece k + 1 starts (the last entry is one past the
        # end of the text).
        tables: list[list[int] | array[int]] = [[0] for _ in layout]
        end = len(text)
        if start >= end:  # nothing after the start: one empty piece
            tables = [[0, self._pieces[k][""]] for k in range(len(layout))]
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
            for char in _ALSO_CUT:
                if char in lower:
                    lower = lower.replace(char, _CUT)
            pieces = lower.split(_CUT)
            del lower
            if stop < end:
                pieces.pop()  # the empty piece after the space the chunk ends with
            for table, weights in zip(tables, self._pieces, strict=True):
                # The last count is where this chunk starts.
                table.extend(accumulate(map(weights.__getitem__, pieces), initial=table.pop()))
            del pieces
            start = stop
            if isinstance(tables[0], list) and len(tables[0]) > _COMPACT_FROM:
                tables = [array("q", t) for t in tables]  # 8 bytes a number
        self._packs = [
            (tuple(slot * width for slot in range(len(pack))), table)
            for pack, table in zip(layout, tables, strict=True)
        ]

    def language(
        self, text: str, start: int, default: str | None = None, *, min_chars: int = 20
    ) -> str | None:
        """``detect_language(text, default, min_chars=min_chars)`` for the *text* at *start*."""
        if len(text) < min_chars:
            return default
        if not self._usable or start < self._base or not self._text.startswith(text, start):
            return detect_language(text, default, min_chars=min_chars)
        base, offset = self._base, self._offset
        starts = self._packs[0][1]
        stop = start + min(len(text), _MAX_CHARS)
        # Whole pieces i to j - 1 lie in the part (the first piece starting at or
        # after its start, up to the last ending by its end); a piece cut by its
        # start (before i) or by its end (j) counts as the cut text alone, as the
        # part alone reads it.
        i = bisect_left(starts, (start - base) << offset)
        j = bisect_left(starts, (stop + 2 - base) << offset) - 1
        cut: list[str] = []
        first_start = base + (starts[i] >> offset)
        if first_start > start + 1:
            cut.append(self._text[start : min(first_start - 1, stop)].lower())
        if j >= i:
            last_start = base + (starts[j] >> offset)
            if last_start < stop:
                cut.append(self._text[last_start:stop].lower())
        mask = self._mask
        if self._pair:
            # The common case, letters and two languages in one packed count: the
            # verdict of _decide when the function words settle it, in a few operations.
            pieces = self._pieces[0]
            packed = starts[j] - starts[i] if j > i else 0
            for piece in cut:
                packed += pieces[piece]
            width = self._width
            letters = packed & mask
            if letters < min_chars:
                return default
            first, second = (packed >> width) & mask, (packed >> (2 * width)) & mask
            # Ties go to the first code, as in the sorted ranking.
            top, runner_up = (second, first) if second > first else (first, second)
            if top >= _MIN_HITS and top >= _MIN_LEAD * max(runner_up, 1):
                return _LANGS[1] if second > first else _LANGS[0]
            hits = [first, second]
        else:
            counts: list[int] = []
            for (shifts, table), pieces in zip(self._packs, self._pieces, strict=True):
                packed = table[j] - table[i] if j > i else 0
                packed += sum(map(pieces.__getitem__, cut))
                counts += [(packed >> shift) & mask for shift in shifts]
            letters, *hits = counts
            if letters < min_chars:
                return default
        return _decide(text, sorted(zip(map(neg, hits), _LANGS, strict=True)), letters, default)
