"""Cues, indirect speech and speakers.

Each content block is split into sentences (quotations kept whole) and each
sentence into word and punctuation tokens, a quotation being one token.  Cues
are found from the language profile: reporting verbs (also separable ones, "gaf
... mee"), multi-word cue phrases ("spreekt van"), "volgens"/"according to",
"aldus" and a colon before a quotation.  The source of a cue is the phrase that
is its subject: before the verb ("Pence said"), or after it when the verb is
inverted ("zegt Kim Sung-han tegen ...", "said Pence", "Eerder stelde de VS dat").

A quotation takes, in this order, the cue right after it (``"...", zei hij``),
the cue right before it (``Moon: "..."``, ``stated, "..."``), the nearest cue
before it in its sentence, the nearest after it; otherwise it continues the
previous quotation of the same or the previous paragraph.

Indirect speech is the clause after a cue and a complementizer ("zei dat ...",
"said that ...", or without one after "said" in English), the clause before a
cue at the end of the sentence ("..., zei Moon.", "..., aldus X.", "..., the
governor said.") and a sentence with "volgens X" / "according to X".

Source phrases are resolved with :meth:`~koreanews.speech.entities.Cast.resolve`;
pronouns ("hij", "he") go to the previous quotation's speaker when there is one
nearby.  Everything is linear in the length of the text.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Sequence
from typing import Any

import attrs

from .. import _trace
from .._context import Context, QuoteDraft
from ..lang import LanguageProfile
from ..models import BlockKind, Evidence, QuoteKind, Span
from ..names import COMMON_GIVEN_NAMES, FAMILY_NAME_FIRST, FEMALE_GIVEN_NAMES, MALE_GIVEN_NAMES
from ..quotes import shared_regions
from ..sentences import sentence_bounds
from .entities import Cast
from .evidence import confidence

__all__ = ["attribute"]

#: A word ("'t" of "van 't Schip" among them), or one mark of punctuation.
_TOKEN = re.compile(r"((?<!\w)['’‘]t(?!\w)|\w+(?:[-'’.]\w+)*)|[^\w\s]")
#: Marks that attribute a quotation without a cue word: a colon ("Moon: '...'"), a free
#: dash ("'...' - X") and a possessive ("Trump's threat to '...'").
#: Each branch starts with a plain character, which the regex engine scans for at C speed;
#: see :func:`_other_cue` for the word character before a possessive.
_OTHER_CUES = re.compile(r":|—|–|-(?<!\w-)|'(?<=\w')s(?!\w)|’(?<=\w’)s(?!\w)")
_CLAUSE_BREAK = frozenset({",", ";", ":", "(", ")", "—", "–", "-", "[", "]"})
_DASHES = frozenset({"-", "—", "–"})
#: How many tokens after a reporting verb its complementizer may come.
#: Korean family names in lower case: a determiner after one starts a new phrase
#: ("volgens Ri de Grote Oceaan").
_FAMILY_NAMES_LOW = frozenset(n.lower() for n in FAMILY_NAME_FIRST)
_NEAR = 12
_FAR = 28
#: Bounds that keep the work per cue constant in long sentences (linear time overall).
_WINDOW = 40  # tokens a clause boundary or a subject is looked for
_MAX_CLAUSE = 200  # tokens of one reported clause
_NEAR_CUES = 6  # cues looked at around one quotation
#: How many content blocks back a continuation or a pronoun may look for its speaker.
_BACK = 3
#: Given names, as written ("Maria"): a capitalised phrase opening with one is a person.
_GIVEN = COMMON_GIVEN_NAMES | FEMALE_GIVEN_NAMES | MALE_GIVEN_NAMES


class _Tok:
    """A word, a punctuation mark or (a :class:`_QuoteTok`) a whole quotation.

    Words and marks are built by :func:`_tokenize` without a constructor call.
    """

    __slots__ = ("cap", "end", "kind", "low", "start", "text")
    start: int
    end: int
    text: str
    low: str
    kind: str  # "w" word, "p" punctuation, "q" quotation
    cap: bool
    #: The quotation's draft and part; none for a word or a mark.
    draft = -1
    part = 0


class _QuoteTok(_Tok):
    """A whole quotation part."""

    __slots__ = ("draft", "part")

    def __init__(self, start: int, end: int, text: str, draft: int, part: int) -> None:
        self.start = start
        self.end = end
        self.text = text
        self.low = ""
        self.kind = "q"
        self.cap = False
        self.draft = draft
        self.part = part


@attrs.define
class _Cue:
    kind: str  # "verb", "phrase", "acc", "aldus"
    i: int  # first token
    j: int  # last token
    text: str
    span: Span


@attrs.frozen
class _Source:
    phrase: str | None
    span: Span | None
    #: No source of its own: the speaker of the previous quotation ("luidt het").
    follow: bool = False
    #: The subject rule that found the phrase ("inverted", "before-verb", ...).
    rule: str = ""


_NO_SOURCE = _Source(None, None)
_FOLLOW = _Source(None, None, True)
_SubjFn = Callable[[_Cue], tuple[_Source, bool]]
#: A link from a quotation to its cue: (cue, source, whether the cue introduces the
#: quotation directly, the name of the rule that made the link).
_Link = tuple[_Cue, _Source, bool, str]
#: A link rule: (sentence, quotation token, cues, subject finder) -> link or None.
_Linker = Callable[["_Sentence", int, list[_Cue], _SubjFn], "_Link | None"]


@attrs.frozen
class _Rules:
    """The profile's attribution data, compiled once per profile."""

    profile: LanguageProfile
    phrases: re.Pattern[str] | None
    according: tuple[tuple[str, ...], ...]
    aldus: tuple[tuple[str, ...], ...]
    #: The titles and unnamed sources of five letters or more: a word ending in one is a
    #: person noun ("politiewoordvoerder")
    person_suffix: tuple[str, ...] | None
    calendar: frozenset[str]
    #: Lower-case words that may start a cue: a sentence without one (and without a
    #: quotation) is skipped.
    triggers: frozenset[str]
    #: The profile's adverbial heads as a tuple, for str.endswith.
    adverbial_suffixes: tuple[str, ...]
    #: One case-sensitive pattern (a trie) for the triggers and the capitalised first words
    #: of multi-word cues ("Volgens"): a sentence without a match holds no cue word.
    trigger_re: re.Pattern[str]
    presenter: re.Pattern[str] | None
    #: The profile's clause presenters ("Dat meldt X."), or None.
    clause_presenter: re.Pattern[str] | None
    #: First word -> ("acc" or "aldus", all words) of the source-introducing cues.
    multi: dict[str, tuple[tuple[str, tuple[str, ...]], ...]]
    #: Whether a word may start a cue phrase (case-insensitive, as :attr:`phrases` reads
    #: it); None: any word may.
    phrase_start: re.Pattern[str] | None
    #: Separable verbs that are no other cue word -> a pattern for their particles (on
    #: lower-case text, also fused: "erop"): without one after the verb it is no cue.
    particles: dict[str, re.Pattern[str]]
    #: The words without which a cue in a sentence without quotations reports nothing
    #: when the sentence has no comma and no colon either (see :func:`_may_reach`):
    #: complementizers, verbs that take a bare clause or an addressee, "volgens".
    reach: re.Pattern[str]
    #: The ordered link rules for quotations and for fragments (partial quotations).
    quote_links: tuple[tuple[str, _Linker], ...] = ()
    partial_links: tuple[tuple[str, _Linker], ...] = ()
    person_memo: dict[str, bool] = attrs.field(factory=dict)
    #: Word or mark -> (lower case, kind, capitalised, flags) for :func:`_tokenize`; the
    #: flags are :data:`_CUE_WORD` and :data:`_PHRASE_WORD`.
    token_memo: dict[str, tuple[str, str, bool, int]] = attrs.field(factory=dict)


#: Token flags: a word whose lower case may start a cue, one that may start a cue phrase.
_CUE_WORD = 1
_PHRASE_WORD = 2


_CACHE: dict[str, _Rules] = {}


def _rules(profile: LanguageProfile) -> _Rules:
    hit = _CACHE.get(profile.code)
    if hit is not None and hit.profile is profile:
        return hit
    phrases = None
    if profile.cue_phrases:
        phrases = re.compile(
            r"(?<!\w)(?:" + "|".join(f"(?:{p})" for p in profile.cue_phrases) + r")(?!\w)", re.I
        )
    nouns = sorted(
        {w.lower() for w in (*profile.titles, *profile.unnamed_sources) if len(w) >= 5},
        key=len,
        reverse=True,
    )
    according = tuple(tuple(p.lower().split()) for p in profile.according_to)
    aldus = tuple(tuple(p.lower().split()) for p in profile.after_quote_cues)
    multi: dict[str, tuple[tuple[str, tuple[str, ...]], ...]] = {}
    for kind, table in (("acc", according), ("aldus", aldus)):
        for words in table:
            if words:
                multi[words[0]] = (*multi.get(words[0], ()), (kind, words))
    triggers = frozenset(
        (
            *profile.speech_verbs,
            *profile.separable_verbs,
            *(w[0] for w in according if w),
            *(w[0] for w in aldus if w),
        )
    )
    rules = _Rules(
        adverbial_suffixes=tuple(sorted(profile.adverbial_heads)),
        trigger_re=re.compile(
            r"(?<!\w)" + _trie((*triggers, *(w[:1].upper() + w[1:] for w in multi))) + r"(?!\w)"
        ),
        presenter=re.compile("(?:" + "|".join(profile.presenter_phrases) + r")(?!\w)", re.I)
        if profile.presenter_phrases
        else None,
        clause_presenter=re.compile("(?:" + "|".join(profile.clause_presenters) + r")(?!\w)", re.I)
        if profile.clause_presenters
        else None,
        multi=multi,
        profile=profile,
        phrases=phrases,
        according=according,
        aldus=aldus,
        person_suffix=tuple(nouns) if nouns else None,
        calendar=_calendar(profile),
        triggers=triggers,
        phrase_start=re.compile(
            "(?:" + "|".join(map(re.escape, sorted(profile.cue_phrase_starts))) + ")", re.I
        )
        if profile.cue_phrase_starts
        else None,
        particles={
            verb: re.compile(
                r"(?<!\w)"
                + ("(?:" + _trie(profile.particle_prefixes) + ")?")
                + _trie(parts)
                + r"(?!\w)"
            )
            for verb, parts in profile.separable_verbs.items()
            if verb not in profile.speech_verbs and verb not in multi
        },
        reach=re.compile(
            r"(?<!\w)"
            + _trie(
                (
                    *profile.complementizers,
                    *profile.question_complementizers,
                    *profile.bare_clause_verbs,
                    *profile.addressee_verbs,
                    *(w[0] for w in according if w),
                    *profile.infinitive_markers,
                )
            )
            + r"(?!\w)"
        ),
    )
    rules = attrs.evolve(
        rules,
        quote_links=_linkers(profile.quote_links),
        partial_links=_linkers(profile.partial_quote_links),
    )
    _CACHE[profile.code] = rules
    return rules


def _trie(words: Sequence[str]) -> str:
    """A regular expression that matches any of *words*, factored by common prefixes."""
    root: dict[str, Any] = {}
    for w in words:
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, Any]) -> str:
        alts = [re.escape(ch) + build(sub) for ch, sub in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(root) or "(?!)"


def _calendar(profile: LanguageProfile) -> frozenset[str]:
    """Full weekday and month names ("Jan" is a name more often than January)."""
    longest: dict[int, str] = {}
    for name, month in profile.months.items():
        if len(name) > len(longest.get(month, "")):
            longest[month] = name
    days = (d for d in profile.weekdays if len(d) >= 6)
    return frozenset((*days, *longest.values()))


# -- tokens ---------------------------------------------------------------------


def _tokenize(
    text: str, start: int, end: int, extents: Sequence[tuple[int, int, int, int]], rules: _Rules
) -> tuple[list[_Tok], list[int], list[int], bool]:
    """Tokens of ``text[start:end]``; each quotation extent (s, e, draft, part) is one token.

    Also the indices of the words that may start a cue (their lower case is a trigger),
    those of the quotations and whether a word may start a cue phrase.
    """
    toks: list[_Tok] = []
    cands: list[int] = []
    quotes: list[int] = []
    append = toks.append
    pos = start
    split = _TOKEN_PARTS.split
    new = object.__new__
    tok = _Tok
    memo = rules.token_memo
    phrased = False
    for s, e, d, p in (*(x for x in extents if x[1] > start and x[0] < end), (end, end, -1, 0)):
        if s > pos:
            parts: list[Any]  # str, and None for the word of a mark
            if pos > 0 and text[pos] in _APOSTROPHES:
                # the pattern's look-behind reads the character before the piece, which
                # a piece cut out of the text does not hold
                parts = _parts(text, pos, s)
            else:
                parts = split(text[pos:s])
            # a _Tok without a Python call per token; what it holds besides its place and
            # text depends on the text only, so it is looked up.  The parts are gap, token,
            # word (None for a mark), gap ...: positions are counted along
            at = pos + len(parts[0])
            for k in range(1, len(parts), 3):
                w = parts[k]
                t = new(tok)
                t.start = at
                at += len(w)
                t.end = at
                t.text = w
                at += len(parts[k + 2])
                info = memo.get(w)
                if info is None:
                    info = _token_info(w, parts[k + 1] is not None, rules)
                t.low, t.kind, t.cap, flags = info
                if flags:
                    if flags & _CUE_WORD:
                        cands.append(len(toks))
                    if flags & _PHRASE_WORD:
                        phrased = True
                append(t)
        if d >= 0:
            quotes.append(len(toks))
            append(_QuoteTok(s, e, text[s:e], d, p))
        pos = max(pos, e)
    return toks, cands, quotes, phrased


#: What :data:`_TOKEN` finds, as ``split`` cuts a text: gap, token, word (None for a
#: mark), gap ...
_TOKEN_PARTS = re.compile(f"({_TOKEN.pattern})")
_APOSTROPHES = frozenset("'’‘")


def _parts(text: str, start: int, end: int) -> list[Any]:
    """``_TOKEN_PARTS.split(text[start:end])`` as the pattern reads ``text`` itself (its
    look-behind sees the character before *start*)."""
    parts: list[Any] = []
    pos = start
    for m in _TOKEN.finditer(text, start, end):
        parts += (text[pos : m.start()], m.group(), m.group(1))
        pos = m.end()
    parts.append(text[pos:end])
    return parts


def _token_info(w: str, word: bool, rules: _Rules) -> tuple[str, str, bool, int]:
    """(lower case, kind, capitalised, flags) of the token *w*, remembered in
    :attr:`_Rules.token_memo`; *word*: a word, not a mark."""
    memo = rules.token_memo
    if len(memo) > 50_000:
        memo.clear()
    low = w.lower()
    if not word:
        info = memo[w] = (low, "p", False, 0)
        return info
    flags = _CUE_WORD if low in rules.triggers else 0
    phrase_start = rules.phrase_start
    if rules.phrases is not None and (
        phrase_start is None or phrase_start.fullmatch(w) is not None
    ):
        flags |= _PHRASE_WORD
    info = memo[w] = (low, "w", w[:1].isupper(), flags)
    return info


# -- phrases ----------------------------------------------------------------------


def _initials(t: _Tok) -> bool:
    """True for a name's initials before their last dot: "J.J" in "J.J. Smit", "K" in
    "Mary K. Olsen"."""
    return t.cap and (
        len(t.text) == 1 or re.fullmatch(r"(?:[^\W\d_]\.)+[^\W\d_]", t.text) is not None
    )


class _Sentence:
    """One sentence's tokens and the phrase finders over them."""

    def __init__(
        self,
        toks: list[_Tok],
        rules: _Rules,
        text: str,
        cands: list[int],
        quotes: list[int],
        phrased: bool = True,
        heading: bool = False,
    ) -> None:
        self.toks = toks
        #: Whether the sentence is a headline (articles and auxiliaries left out).
        self.heading = heading
        #: Indices of the words whose lower case may start a cue.
        self.cands = cands
        #: Indices of the quotations.
        self.quotes = quotes
        #: Whether a word may start a cue phrase.
        self.phrased = phrased
        self.text = text
        self.rules = rules
        self.p = rules.profile

    def word(self, k: int) -> _Tok | None:
        if 0 <= k < len(self.toks) and self.toks[k].kind == "w":
            return self.toks[k]
        return None

    def is_person_noun(self, low: str) -> bool:
        """A title, an unnamed source or an organisation ("woordvoerder", "politiewoordvoerder")."""
        memo = self.rules.person_memo
        hit = memo.get(low)
        if hit is None:
            p = self.p
            suffix = self.rules.person_suffix
            hit = (
                low in p.titles
                or low in p.unnamed_sources
                or low in p.organisation_heads
                or low in p.institution_nouns
                or (suffix is not None and low.endswith(suffix))
            )
            if len(memo) < 50_000:
                memo[low] = hit
        return hit

    def np_forward(self, k: int, limit: int = 9) -> tuple[int, int] | None:
        """The noun phrase that starts at token *k*: (first, last + 1)."""
        p = self.p
        toks = self.toks
        idx = k
        seen_cap = False
        taken = 0
        caps = 0
        while idx < len(toks) and taken < limit:
            t = toks[idx]
            if t.kind != "w":
                if (
                    t.text == "."
                    and taken
                    and (toks[idx - 1].low in p.abbreviations or _initials(toks[idx - 1]))
                    and idx + 1 < len(toks)
                    and (toks[idx + 1].cap or self.is_person_noun(toks[idx + 1].low))
                ):
                    idx += 1
                    continue
                break
            low = t.low
            if low in p.determiners and taken == 0:
                pass
            elif taken == 0 and low in p.pronouns:
                return (k, k + 1)
            elif taken == 1 and not toks[k].cap and (part := self._partitive(idx)) > idx:
                idx = part  # "een van de medewerkers", "one of them": a group's member
                break
            elif (
                t.cap
                and low not in self.rules.calendar
                and (low not in p.speech_verbs or self._name_word(idx))
                and not (
                    low in p.source_stop_words or low in p.complementizers or low in p.auxiliaries
                )
            ):
                seen_cap = True
                caps += 1
            elif (
                low in p.name_particles
                and idx + 1 < len(toks)
                and (
                    toks[idx + 1].cap
                    # "van 't Schip", "van der Wal": particles up to the name
                    or (
                        toks[idx + 1].low in p.name_particles
                        and idx + 2 < len(toks)
                        and (
                            toks[idx + 2].cap
                            or (toks[idx + 2].low in p.name_particles and idx + 3 < len(toks))
                        )
                    )
                )
                and taken
                and not (
                    low in p.determiners
                    and idx + 2 < len(toks)
                    and toks[idx + 2].cap
                    and (caps >= 2 or toks[idx - 1].low in _FAMILY_NAMES_LOW)
                )
            ):
                pass  # "Cao de Benós"; not "Kim Yo-jong de Verenigde Staten" (an object)
            elif low in p.determiners:
                break  # a second phrase begins ("told reporters the talks ...")
            elif low in p.pronouns and self._pronoun_subject(idx):
                break  # "told reporters she would ...": the pronoun opens a clause
            elif (not t.cap and low in p.name_particles) or (
                t.cap and (low in p.source_stop_words or low in p.complementizers)
            ):
                break
            elif (
                not t.cap
                and not seen_cap
                and low not in p.source_stop_words
                and low not in p.speech_verbs
                and low not in p.complementizers
                and low not in p.auxiliaries
                and low not in p.relative_pronouns
                and low not in self.rules.calendar
                and not self._verb_after_head(idx)
            ) or (not t.cap and seen_cap and self.is_person_noun(low)):
                pass
            elif not t.cap and seen_cap and (ahead := self._noun_ahead(idx)) > idx:
                # "de Zuid-Koreaanse generale staf", "South Korean foreign ministry"
                taken += ahead - idx
                idx = ahead
            else:
                break
            if t.text.endswith(p.possessive_suffixes):
                seen_cap = False  # "North Korea's state-run KCNA"
            idx += 1
            taken += 1
        while idx > k and (toks[idx - 1].low in p.determiners or toks[idx - 1].kind != "w"):
            idx -= 1
        return (k, idx) if idx > k else None

    def _pronoun_subject(self, idx: int) -> bool:
        """The pronoun at *idx* is followed by an auxiliary or a reporting verb: the subject
        of a clause ("she would", "he said"), not a possessive ("her supporters")."""
        toks, p = self.toks, self.p
        if idx + 1 >= len(toks):
            return False
        nxt = toks[idx + 1].low
        return nxt in p.auxiliaries or nxt in p.clause_auxiliaries or nxt in p.speech_verbs

    def _verb_after_head(self, idx: int) -> bool:
        """Token *idx*, a lower-case word, follows a title or institution noun and comes
        before a determiner: the verb of an inverted clause ("volgens de provincie gaat
        de weg ..."), no part of the phrase."""
        toks = self.toks
        return (
            idx > 0
            and idx + 1 < len(toks)
            and toks[idx + 1].low in self.p.determiners
            and self.is_person_noun(toks[idx - 1].low)
            and not self.is_person_noun(toks[idx].low)
        )

    def _partitive(self, idx: int) -> int:
        """The end of a group of people after a preposition at *idx* ("van de
        medewerkers", "of them"), or *idx* when none follows."""
        p = self.p
        toks = self.toks
        if toks[idx].low not in p.name_particles and toks[idx].low not in p.source_prepositions:
            return idx
        for m in range(idx + 1, min(idx + 5, len(toks))):
            t = toks[m]
            if t.kind != "w" or t.cap:
                return idx
            if self.is_person_noun(t.low) or (m == idx + 1 and t.low in p.source_pronouns):
                return m + 1
        return idx

    def _plain(self, t: _Tok) -> bool:
        """A lower-case word that may be a modifier inside a phrase."""
        p = self.p
        low = t.low
        return (
            t.kind == "w"
            and not t.cap
            and low not in p.source_stop_words
            and low not in p.speech_verbs
            and low not in p.complementizers
            and low not in p.auxiliaries
            and low not in p.determiners
            and low not in p.relative_pronouns
        )

    def _name_word(self, idx: int) -> bool:
        """True when the capitalised word at *idx*, which may be a reporting verb, is a
        word of a name: inside a sentence that is no headline and before another
        capitalised word that is no pronoun ("State University", not "Says He")."""
        toks = self.toks
        if self.heading or idx == 0 or idx + 1 >= len(toks):
            return False
        nxt = toks[idx + 1]
        return nxt.kind == "w" and nxt.cap and nxt.low not in self.p.pronouns

    def _noun_ahead(self, idx: int) -> int:
        """The index after a person or organisation noun within three plain words, or *idx*."""
        toks = self.toks
        for m in range(idx, min(len(toks), idx + 3)):
            if not self._plain(toks[m]):
                return idx
            if self.is_person_noun(toks[m].low):
                return m + 1
        return idx

    def np_backward(self, k: int) -> tuple[int, int] | None:
        """The name (with its title) that ends at token *k*."""
        p = self.p
        idx = k
        while idx >= 0 and k - idx < 8:
            t = self.toks[idx]
            if t.kind != "w":
                if (
                    t.text == "."
                    and k > idx > 0
                    and self.toks[idx - 1].cap
                    and (
                        "." in self.toks[idx - 1].text
                        or self.toks[idx - 1].low in p.abbreviations
                        or _initials(self.toks[idx - 1])
                    )
                ):
                    idx -= 1  # "the U.S. Defense Department"
                    continue
                break
            if idx == 0 and t.low in p.source_stop_words and t.low not in p.auxiliaries:
                break  # "As Anna Reyes observed": a capital opening the sentence, no name
            if (
                t.cap
                or self.is_person_noun(t.low)
                or (t.low in p.name_particles and idx < k and self.toks[idx + 1].cap)
            ):
                idx -= 1
                continue
            break
        if idx == k:
            return None
        # modifiers before the head: "Japan's chief cabinet secretary"
        m = idx
        while m >= 0 and idx - m < 3 and self._plain(self.toks[m]):
            m -= 1
        if m < idx and m >= 0 and (self.toks[m].cap or self.toks[m].low in p.determiners):
            idx = m
            while idx >= 0 and m - idx < 4 and self.toks[idx].cap:
                idx -= 1
        if idx >= 0 and self.toks[idx].kind == "w" and self.toks[idx].low in p.determiners:
            idx -= 1
        # "a spokesman for the army", "een medewerker van Moon": the phrase the preposition hangs on
        if idx >= 1 and self.toks[idx].low in p.source_prepositions and self.toks[idx].kind == "w":
            head = self.np_backward(idx - 1)
            if head is not None and self.is_person_noun(self.toks[idx - 1].low):
                return (head[0], k + 1)
            if head is not None and self._given_name_at(head):
                return (head[0], k + 1)  # "Maria Lenz of Westfield University": the person
        return (idx + 1, k + 1)

    def _given_name_at(self, np: tuple[int, int]) -> bool:
        """True when the phrase *np* is a name that opens with a known given name ("Maria
        Lenz"), after any title: a person, not the place or body after it."""
        toks = self.toks
        words = [t for t in toks[np[0] : np[1]] if t.kind == "w"]
        return (
            len(words) >= 2
            and all(t.cap for t in words)
            and any(t.text in _GIVEN or t.low in self.p.given_names for t in words[:-1])
        )

    def head(self, np: tuple[int, int] | None) -> tuple[int, int] | None:
        """The phrase up to its first particle: "resoluties" in "resoluties van de VN"."""
        if np is None:
            return None
        for k in range(np[0] + 1, np[1]):
            if self.toks[k].low in self.p.name_particles and not self.toks[k - 1].cap:
                return (np[0], k)
        return np

    def strong(self, np: tuple[int, int] | None) -> bool:
        """True when the phrase holds a name or a person noun (not just "a post")."""
        if np is None:
            return False
        words = self.toks[np[0] : np[1]]
        return any(t.cap and t.low not in self.p.determiners for t in words) or any(
            self.is_person_noun(t.low) for t in words
        )

    def valid(self, np: tuple[int, int] | None) -> bool:
        if np is None:
            return False
        words = self.toks[np[0] : np[1]]
        if any(t.cap and t.low not in self.p.determiners for t in words):
            return True
        if len(words) == 1 and words[0].low in self.p.pronouns:
            return True
        if self.is_person_noun(words[-1].low):
            return True
        if len(words) >= 3 and words[-1].low in self.p.source_pronouns:
            return True  # "one of them"
        return len(words) >= 2 and words[0].low in self.p.determiners

    def title_case(self) -> bool:
        """True for a sentence in title case, a headline ("Mayor Blasts Council Over Budget")."""
        words = [t for t in self.toks if t.kind == "w" and len(t.text) >= 3]
        return len(words) >= 4 and sum(1 for t in words if t.cap) >= 0.6 * len(words)

    def subject_like(self, np: tuple[int, int]) -> bool:
        """True when the phrase opens with a capital, a determiner or a pronoun, not with a
        lower-case word that may be a verb ("bekritiseerde de president")."""
        t = self.toks[np[0]]
        return t.cap or t.low in self.p.determiners or t.low in self.p.pronouns

    def first_np(self, lo: int, hi: int) -> tuple[int, int] | None:
        """The first noun phrase in tokens [lo, hi), leading stop words skipped."""
        k = lo
        hi_bound = min(hi, lo + _WINDOW)
        while k < hi_bound:
            t = self.toks[k]
            if t.kind == "w" and t.low not in self.p.source_stop_words:
                break
            k += 1
        if k >= hi_bound:
            return None
        np = self.np_forward(k)
        if np is None:
            return None
        return (np[0], min(np[1], hi))

    def source(self, np: tuple[int, int] | None, text: str, rule: str = "") -> _Source:
        """The source phrase *np*, found by the subject rule *rule*."""
        if np is None:
            return _NO_SOURCE
        a, b = np
        # "N. Korea's Kim Jong Un" -> "Kim Jong Un"
        for k in range(b - 2, a - 1, -1):
            t = self.toks[k]
            if (
                t.text.endswith(self.p.possessive_suffixes)
                and any(u.cap for u in self.toks[k + 1 : b])
                and not (t.cap and t.low[:-2] in self.p.name_possessives)
            ):
                a = k + 1
                break
        span = Span(self.toks[a].start, self.toks[b - 1].end)
        return _Source(span.slice(text), span, rule=rule)

    def clause_start(self, i: int) -> int:
        k = i - 1
        while k >= 0 and i - k <= _WINDOW:
            t = self.toks[k]
            if t.kind == "q" or (t.kind == "p" and t.text in _CLAUSE_BREAK):
                return k + 1
            if t.kind == "w" and (t.low in self.p.complementizers or t.low in self.p.subordinators):
                return k + 1
            k -= 1
        return k + 1


def _sentence(
    text: str,
    start: int,
    end: int,
    extents: Sequence[tuple[int, int, int, int]],
    rules: _Rules,
    heading: bool,
) -> _Sentence | None:
    """The tokens of ``text[start:end]`` as a :class:`_Sentence`; None when it has none."""
    toks, cands, quotes, phrased = _tokenize(text, start, end, extents, rules)
    if not toks:
        return None
    return _Sentence(toks, rules, text, cands, quotes, phrased, heading)


# -- cues ------------------------------------------------------------------------


def _find_cues(s: _Sentence, text: str) -> list[_Cue]:
    toks, p, rules = s.toks, s.p, s.rules
    cues: list[_Cue] = []
    taken: set[int] = set()
    matches = (
        list(rules.phrases.finditer(text, toks[0].start, toks[-1].end))
        if rules.phrases is not None and s.phrased and toks
        else []
    )
    if matches:
        by_start = {t.start: n for n, t in enumerate(toks) if t.kind == "w"}
        by_end = {t.end: n for n, t in enumerate(toks) if t.kind == "w"}
        for m in matches:
            i, j = by_start.get(m.start()), by_end.get(m.end())
            if i is None or j is None or any(toks[k].kind == "q" for k in range(i, j + 1)):
                continue
            if i > 0 and toks[i - 1].low in p.determiners:
                continue  # "his call for ...": a noun
            cues.append(_Cue("phrase", i, j, m.group(0), Span(m.start(), m.end())))
            taken.update(range(i, j + 1))
    for n in s.cands:
        if n in taken:
            continue
        t = toks[n]
        low = t.low
        prev = toks[n - 1].low if n else ""
        for kind, words in rules.multi.get(low, ()):
            if all(n + k < len(toks) and toks[n + k].low == w for k, w in enumerate(words)):
                j = n + len(words) - 1
                span = Span(t.start, toks[j].end)
                cues.append(_Cue(kind, n, j, span.slice(text), span))
                break
        if t.cap and n > 0:
            continue  # "United States"
        if prev in p.determiners or (prev in p.noun_markers and low in p.noun_forms):
            # "het bericht dat", "after reports that": a noun, reported speech without a source
            if low in p.speech_verbs and n + 1 < len(toks) and toks[n + 1].low in p.complementizers:
                cues.append(_Cue("noun", n, n, t.text, Span(t.start, t.end)))
            continue
        if low in p.speech_verbs:
            cues.append(_Cue("verb", n, n, t.text, Span(t.start, t.end)))
        elif low in p.separable_verbs:
            particles = p.separable_verbs[low]
            if _has_particle(toks, n, particles, p):
                cues.append(_Cue("verb", n, n, t.text, Span(t.start, t.end)))
    cues.sort(key=lambda c: c.i)
    return cues


def _has_particle(toks: list[_Tok], n: int, particles: tuple[str, ...], p: LanguageProfile) -> bool:
    """True when a particle of the verb at *n* ends its clause ("gaf ... mee", "wijst erop dat")."""
    complementizers = p.complementizers
    prefixes = p.particle_prefixes
    for k in range(n + 1, min(len(toks), n + 28)):
        t = toks[k]
        if t.kind == "q" or (t.kind == "p" and t.text in ".;:"):
            return False
        low = t.low
        if low not in particles:
            if not low.startswith(prefixes):
                continue
            fused = next(x for x in prefixes if low.startswith(x))
            if low[len(fused) :] not in particles:
                continue
        if k + 1 >= len(toks) or toks[k + 1].kind != "w" or toks[k + 1].low in complementizers:
            return True
        if _infinitive_start(toks, p, k + 1) is not None:
            return True  # "liet weten in gesprek te willen"
    return False


def _cue_at(cues: Sequence[_Cue], k: int) -> _Cue | None:
    """The cue that starts at token *k* (cues are sorted by their first token)."""
    n = bisect.bisect_left(cues, k, key=lambda c: c.i)
    while n < len(cues) and cues[n].i == k:
        if cues[n].kind != "noun":
            return cues[n]
        n += 1
    return None


# -- subjects ----------------------------------------------------------------------


def _subject(s: _Sentence, c: _Cue, text: str) -> tuple[_Source, bool]:
    """The source of cue *c* and whether the cue is valid."""
    p = s.p
    toks = s.toks
    if c.kind in ("acc", "aldus"):
        np = s.np_forward(c.j + 1)
        if np is not None and np[1] - np[0] == 1:
            low = toks[np[0]].low
            if low in p.pronouns or low in p.source_pronouns:
                return s.source(
                    np, text, "according-to"
                ), True  # "volgens hen", "according to them"
        strong = s.strong(s.head(np)) or (
            np is not None and any(t.low in p.gendered_nouns for t in toks[np[0] : np[1]])
        )  # "volgens de man", "volgens de vrouw"
        return s.source(np, text, "according-to"), strong
    if c.kind == "noun":
        return _NO_SOURCE, True
    cs = s.clause_start(c.i)
    lo = cs
    while lo < c.i and toks[lo].low in p.inversion_particles:
        lo += 1
    nxt = c.j + 1
    nxt_tok = toks[nxt] if nxt < len(toks) else None
    opens_clause = nxt_tok is None or nxt_tok.kind != "w" or nxt_tok.low in p.complementizers
    passive = _passive_source(s, lo, c, text)
    if passive is not None:
        return passive, True
    # the phrase after the verb, the subject when it is inverted: only looked at when
    # nothing comes before the verb or the language puts the verb second
    after: tuple[int, int] | None = None
    after_ok = False
    if lo >= c.i or p.verb_second:
        if (
            c.kind == "phrase"
            and nxt + 1 < len(toks)
            and toks[nxt].low in p.phrase_source_prepositions
        ):
            nxt += 1  # "„…”, klinkt het bij de vakbond": the source after the preposition
        after = s.np_forward(nxt)
        particles = p.separable_verbs.get(c.text.lower())
        if after is not None and particles:
            # "liet het ministerie weten": the particle ends the verb, not the phrase
            for m in range(after[0] + 1, after[1]):
                if toks[m].low in particles:
                    after = (after[0], m)
                    break
        after_ok = s.valid(after) and (after is None or toks[after[0]].low not in p.complementizers)
    if lo >= c.i:  # nothing before the verb in its clause: inverted, or a fronted clause
        if c.i == 0 and not p.verb_second:
            return _FOLLOW, True  # "Says he was ..." (a headline or a list item)
        addressee = not p.verb_second and c.text.lower() in p.addressee_verbs
        if addressee:
            after_ok = False  # the phrase after "told" is the addressee, never the subject
        if after_ok and after is not None:
            end = after[1]
            follow = toks[end] if end < len(toks) else None
            after_quote = c.i > 0 and (
                toks[c.i - 1].kind == "q"
                or (c.i > 1 and toks[c.i - 1].text == "," and toks[c.i - 2].kind == "q")
            )
            if p.verb_second and not after_quote and not s.strong(after):
                # "Sanne de Wit, directeur van de school, noemt het besluit ...": the verb
                # after an apposition in commas, followed by no name or person noun, is
                # not inverted; its subject is the name before the apposition
                appo = _appositive_subject(s, cs)
                if appo is not None and s.strong(appo):
                    return s.source(appo, text, "apposition"), True
            named = (
                s.strong(after)
                or toks[after[0]].low in p.pronouns
                or toks[after[1] - 1].low in p.source_pronouns  # "one of them"
            )
            if p.verb_second or (
                named
                and (
                    follow is None
                    or follow.kind != "w"
                    or (after_quote and follow.low in p.source_stop_words)
                )
            ):
                return s.source(after, text, "inverted"), True
        paren = _parenthesis_subject(s, cs - 1)
        if paren is not None:
            return s.source(paren, text, "parenthesis"), True
        appo = _appositive_subject(s, cs)
        if appo is not None:
            return s.source(appo, text, "apposition"), True
        if addressee:
            # "“...,” Verveer, who served under Lee, told reporters": the name after the
            # quotation that opens the sentence
            np = _addressee_subject(s, cs)
            if np is not None:
                return s.source(np, text, "earlier-subject"), True
        if c.kind == "phrase":
            return _FOLLOW, True
        if (
            opens_clause
            or c.text.lower() in p.bare_clause_verbs
            or (nxt_tok is not None and nxt_tok.low in p.source_stop_words)
        ):
            shared = _main_cue_source(s, c, text)
            if shared is not None:
                return shared, True
            # "Trump, who ..., said that", "Een diplomaat, die ..., zei tegen de NOS:"
            np = _earlier_subject(s, cs)
            if np is not None:
                return s.source(np, text, "earlier-subject"), True
        return _NO_SOURCE, False
    first = toks[lo]
    if first.kind == "w" and first.low in p.auxiliaries:
        # "De zus van de leider, Kim Yo-jong, heeft ... gewaarschuwd": the subject is before
        appo = _appositive_subject(s, cs)
        if appo is not None:
            return s.source(appo, text, "apposition"), True
    if p.verb_second and after_ok and _fronted_adverbial(s, lo, c.i):
        # "Daarna zei Trump", "Vorige week verklaarde de minister": the subject follows
        return s.source(after, text, "fronted-adverbial"), True
    for k in range(c.i - 1, lo, -1):
        if toks[k].kind == "w" and toks[k].low in p.relative_pronouns:
            np = s.np_backward(k - 1)
            if np is not None:
                return s.source(np, text, "relative-clause"), True
    if (
        lo == c.i - 1
        and lo > 1
        and toks[lo].kind == "w"
        and toks[lo].low in p.relative_pronouns
        and toks[lo - 1].text == ","
    ):
        # "zei Karel Smit, die toevoegde dat ...": the relative clause opens right
        # before the verb; its antecedent is the phrase before the comma
        np = s.np_backward(lo - 2)
        if (
            np is not None
            and s.strong(np)
            and not (np[0] > 0 and toks[np[0] - 1].low in p.conjunctions)  # "X en Y, die"
        ):
            return s.source(np, text, "relative-clause"), True
    if p.verb_second:
        np = s.first_np(lo, c.i)
        if np is not None and s.valid(np):
            if toks[np[0]].low in p.impersonal_subjects and np[1] - np[0] == 1:
                return _NO_SOURCE, True
            return s.source(np, text, "verb-second-subject"), True
    # the phrase right before the verb, auxiliaries and adverbs skipped
    k = c.i - 1
    while (
        k >= lo
        and toks[k].kind == "w"
        and (
            not toks[k].cap
            or (
                toks[k].low in s.rules.calendar
                and k > lo
                and toks[k - 1].low in p.source_stop_words
            )
        )
        and (
            toks[k].low in p.auxiliaries
            or toks[k].low in s.rules.calendar
            or toks[k].low in p.source_stop_words
        )
        and toks[k].low not in p.impersonal_subjects
    ):
        k -= 1
    if k > lo and toks[k].kind == "w" and toks[k].cap:
        # "Trump on Twitter called": a phrase with a name between the subject and the verb
        j = k
        while j > lo and k - j < 3 and toks[j].cap:
            j -= 1
        prep, before = toks[j], toks[j - 1]
        if (
            j > lo
            and prep.kind == "w"
            and not prep.cap
            and prep.low in p.source_stop_words
            and prep.low not in p.source_prepositions
            and prep.low not in p.auxiliaries
            and before.kind == "w"
            and (before.cap or s.is_person_noun(before.low))
        ):
            k = j - 1
    if k >= lo and toks[k].kind == "w":
        low = toks[k].low
        if (low in p.impersonal_subjects and not toks[k].cap) or (
            toks[k].cap and low in p.impersonal_subjects and k == lo
        ):
            if low in p.thing_pronouns and k == lo:
                # "It said ...": an organisation quoted before, or nobody (see _resolve)
                return s.source((k, k + 1), text, "thing-pronoun"), True
            return _NO_SOURCE, True
        if low in p.pronouns:
            return s.source((k, k + 1), text, "pronoun-subject"), True
        np = s.np_backward(k)
        if (
            np is not None
            and np[0] - 1 > lo
            and toks[np[0] - 1].low in p.place_prepositions
            and all(t.cap for t in toks[np[0] : np[1]])
        ):
            # "the agency, monitored in Seoul, said": the place of the statement is no
            # source; the phrase that opens the clause is
            first_np = s.first_np(lo, np[0] - 1)
            if first_np is not None and s.valid(first_np):
                return s.source(first_np, text, "before-place"), True
            return _NO_SOURCE, True
        if np is not None and s.valid(np):
            return s.source(np, text, "before-verb"), True
    np = s.first_np(lo, c.i)
    if (np is None or not s.valid(np)) and cs > 0:
        np = _earlier_subject(s, cs) or np
    if np is None and c.kind == "phrase":
        return _FOLLOW, True
    if np is None and p.verb_second and after_ok:
        return s.source(after, text, "inverted"), True
    return s.source(np, text, "first-phrase"), np is not None or opens_clause


def _main_cue_source(s: _Sentence, c: _Cue, text: str) -> _Source | None:
    """The source of the reporting verb before a participle cue *c* in its sentence
    ("Downing Street said on Monday, adding that ...", "“…,” Berg said, adding ..."):
    the participle shares that verb's subject; None when *c* is no participle or no
    such verb with a source comes before it."""
    p = s.p
    if not p.opener_verb_endings or not c.text.lower().endswith(p.opener_verb_endings):
        return None
    for other in reversed(_find_cues(s, text)):
        if other.j >= c.i or other.kind != "verb":
            continue
        if other.text.lower().endswith(p.opener_verb_endings):
            continue
        src, ok = _subject(s, other, text)
        if ok and src.phrase is not None:
            return src
        return None
    return None


def _fronted_adverbial(s: _Sentence, lo: int, hi: int) -> bool:
    """True when tokens [lo, hi) before a verb-second verb are an adverbial, not a subject:
    "Daarna", "Gisteren", "Vorige week", "Op dinsdag"."""
    toks, p = s.toks, s.p
    first = toks[lo]
    if first.kind != "w":
        return False
    low = first.low
    if low in p.source_stop_words or low in s.rules.calendar:
        return True
    if (
        hi - lo == 1
        and low.endswith(s.rules.adverbial_suffixes)
        and any(low.startswith(d) for d in s.rules.calendar)
    ):
        return True  # "Donderdagavond liet ...": a weekday compounded with a part of the day
    # "Vorige week", "Twee dagen later": a short phrase around a time noun
    words = toks[lo:hi]
    return (
        hi - lo <= 4
        and all(t.kind == "w" for t in words)
        and any(t.low in p.adverbial_heads for t in words)
    )


def _passive_source(s: _Sentence, lo: int, c: _Cue, text: str) -> _Source | None:
    """ "De raket werd door het leger ... genoemd", "was called ... by X": the agent, or no
    source at all; None when the clause is not passive."""
    toks, p = s.toks, s.p
    if c.kind not in ("verb", "phrase") or not p.passive_auxiliaries:
        return None
    if p.non_participle_endings and c.text.lower().endswith(p.non_participle_endings):
        return None
    aux = -1
    while lo > 0 and c.i - lo < _WINDOW and toks[lo - 1].kind == "q":
        lo -= 1  # a quotation inside the clause ("werd ... een ‘...’ genoemd")
        while lo > 0 and toks[lo - 1].kind == "w" and c.i - lo < _WINDOW:
            lo -= 1
    for k in range(lo, c.i):
        t = toks[k]
        if t.kind == "w" and (
            t.low in p.relative_pronouns or t.low in p.complementizers or t.low in p.conjunctions
        ):
            aux = -1  # "die ... werd", "Kim werd boos en zei": another verb phrase
        elif t.kind == "w" and t.low in p.passive_auxiliaries:
            aux = k
    if aux < 0 or (not p.verb_second and c.i - aux > 3):
        return None
    n = len(toks)
    for k in range(aux + 1, min(n, c.j + 1 + _WINDOW)):
        t = toks[k]
        if t.kind == "p" and t.text in ".;:!?":
            break
        if t.kind == "w" and t.low in p.agent_prepositions:
            np = s.np_forward(k + 1)
            if np is not None and s.valid(np):
                return s.source(np, text, "passive-agent")
    return _NO_SOURCE


def _appositive_subject(s: _Sentence, cs: int) -> tuple[int, int] | None:
    """The subject before an apposition or relative clause that ends at the comma before
    clause *cs*: "Moon, die ook aanwezig was, sprak", "X, a former official, said",
    "De zus van de leider, Kim Yo-jong, heeft"."""
    toks, p = s.toks, s.p
    if cs < 3 or toks[cs - 1].text != ",":
        return None
    c0 = cs - 2
    while c0 > 0 and cs - c0 < _WINDOW and toks[c0].text != ",":
        if toks[c0].kind == "q" or (toks[c0].kind == "p" and toks[c0].text in ".;:!?"):
            return None
        c0 -= 1
    if c0 <= 0 or toks[c0].text != ",":
        return None
    head = s.first_np(0, c0)
    if head is None or not s.valid(head) or head[1] < c0 - 6:
        # "Sen. Jan Smit (R-Ohio), who ..., said": the name before the parenthesis;
        # "In July, Jan Smit, chairman of X, told ...": the name after a fronted phrase
        head = _parenthesis_subject(s, c0 - 1) or _fronted_name(s, c0 - 1)
        if head is None:
            return None
    inner = toks[c0 + 1]
    if inner.kind == "w" and inner.low in p.relative_pronouns:
        return head
    if (
        inner.kind == "w"
        and (inner.low in p.source_prepositions or inner.low in p.place_prepositions)
        and cs - 1 - (c0 + 1) <= 5
        and s.strong(head)
        and not any(
            t.low in p.clause_auxiliaries or t.low in p.speech_verbs for t in toks[c0 + 1 : cs - 1]
        )
    ):
        return head  # "Hale, for his part, called ...": a phrase set off, then the verb
    appo = s.np_forward(c0 + 1)
    if appo is None:
        return None
    end = appo[1]
    while (
        end < cs - 1
        and toks[end].kind == "w"
        and (toks[end].low in p.name_particles or toks[end].low in p.source_prepositions)
    ):
        more = s.np_forward(end + 1)
        if more is None:
            break
        end = more[1]
    if end != cs - 1:
        return None
    if all(t.cap or t.low in p.name_particles for t in toks[appo[0] : appo[1]]) and (
        not all(t.cap for t in toks[head[0] : head[1]] if t.low not in p.determiners)
        # "The Home Secretary, Sajid Patel, said": a capitalised title, then the name
        or (s.is_person_noun(toks[head[1] - 1].low) and not s.is_person_noun(toks[appo[1] - 1].low))
    ):
        return appo  # a role, then the name: "De zus van de leider, Kim Yo-jong,"
    return head


def _parenthesis_subject(s: _Sentence, close: int) -> tuple[int, int] | None:
    """The name before a short parenthesis that ends at token *close*, right before the
    verb or its apposition: "Sen. Jan Smit (R-Ohio) said", "Jan Smit (VVD), ..., zei"."""
    toks = s.toks
    if close < 2 or toks[close].text != ")":
        return None
    k = close - 1
    while k > 0 and close - k <= 6 and toks[k].text != "(":
        t = toks[k]
        if (t.kind == "q" or (t.kind == "p" and t.text in ".;:!?,")) and (
            t.text != "." or not toks[k - 1].cap  # "(D-Mo.)": an abbreviation's stop
        ):
            return None
        k -= 1
    if k < 1 or toks[k].text != "(" or close - k < 2:
        return None
    name = k - 1
    if toks[name].kind != "w" or not toks[name].cap:
        return None
    np = s.np_backward(name)
    if np is None or not s.strong(np) or not any(t.cap for t in toks[np[0] : np[1]]):
        return None
    return np


def _fronted_name(s: _Sentence, k: int) -> tuple[int, int] | None:
    """The name that ends at token *k* and opens its clause after a fronted phrase and a
    comma ("In July, Jan Smit, ..."), or None."""
    toks = s.toks
    if k < 2 or toks[k].kind != "w" or not toks[k].cap:
        return None
    np = s.np_backward(k)
    if np is None or np[0] < 2 or toks[np[0] - 1].text != ",":
        return None
    if not all(t.kind == "w" and t.cap for t in toks[np[0] : np[1]]) or np[1] - np[0] < 2:
        return None  # a full name only: "Jan Smit", not "the company"
    return np


def _addressee_subject(s: _Sentence, cs: int) -> tuple[int, int] | None:
    """The name that opens the sentence (after a quotation that opens it) and is set off
    by a comma before clause *cs*: the subject of an addressee verb whose own clause has
    none."""
    toks = s.toks
    k = 0
    while k < cs and toks[k].kind != "w":
        k += 1
    if k >= cs:
        return None
    np = s.first_np(k, cs)
    if np is None or np[0] != k or not s.valid(np) or not s.strong(np):
        return None
    if np[1] >= cs or toks[np[1]].text != ",":
        return None  # not "Verveer, who ..., told" nor "Verveer, an aide, told"
    return np


def _earlier_subject(s: _Sentence, cs: int) -> tuple[int, int] | None:
    """The subject of the sentence before clause *cs*; a name in apposition wins
    ("De zus van Kim, Kim Yo-jong, had gewaarschuwd" -> "Kim Yo-jong")."""
    if cs <= 0:
        return None
    np = s.first_np(_after_fronted(s, cs), cs)
    if np is None or not s.valid(np):
        return None
    toks = s.toks
    k = np[1]
    while k < cs and toks[k].kind == "w" and k - np[1] < 6:
        k += 1  # "De zus van de leider, Kim Yo-jong,"
    if k < cs and toks[k].text == ",":
        appo = s.np_forward(k + 1)
        if (
            appo is not None
            and appo[1] < len(toks)
            and toks[appo[1]].text == ","
            and all(t.cap or t.low in s.p.name_particles for t in toks[appo[0] : appo[1]])
        ):
            return appo
    return np


#: The most tokens an adverbial fronted before an earlier subject may have ("On Monday,").
_SHORT_FRONTED = 5


def _after_fronted(s: _Sentence, cs: int) -> int:
    """The first token after a short adverbial fronted with a comma before clause *cs*
    ("Hours later, Trump ...", "On Monday, the ministry ...", "In a statement, Smit
    ..."), else 0: the subject comes after it."""
    toks = s.toks
    for k in range(min(cs, _SHORT_FRONTED + 1)):
        t = toks[k]
        if t.kind == "q":
            return 0
        if t.kind == "p":
            if t.text == "," and k > 0 and _fronted_adverbial(s, 0, k):
                return k + 1
            return 0
    return 0


# -- the stage -----------------------------------------------------------------------


@attrs.define
class _Item:
    """A quotation waiting for its speaker, in order of appearance."""

    draft: QuoteDraft
    source: _Source
    block: int
    sentence: int
    continues: bool = False
    #: The rule that linked the quotation to its cue or source ("after-quote", "run" ...).
    rule: str = ""


def attribute(ctx: Context, quotes: list[QuoteDraft], cast: Cast) -> list[QuoteDraft]:
    """Attribute *quotes* to speakers and add indirect speech; returns all quotes in order."""
    text = ctx.text
    rules = _rules(ctx.profile)
    drafts = sorted(quotes, key=lambda q: (q.span.start, -q.span.end))
    extents = shared_regions(ctx, drafts)
    items: list[_Item] = []
    done: set[int] = set()
    sentence_no = 0
    ei = 0
    lowered = text.lower()
    if len(lowered) != len(text):
        lowered = ""  # a character that changes length when lower-cased: no shortcut
    # the last sentence of the block before, when that block ends with a colon
    intro: _Intro | None = None
    for bi, block in enumerate(ctx.content_blocks()):
        while ei < len(extents) and extents[ei][0] < block.span.start:
            ei += 1
        ej = ei
        while ej < len(extents) and extents[ej][0] < block.span.end:
            ej += 1
        block_ext = extents[ei:ej]
        opening, intro = intro, None
        if (
            not block_ext
            and lowered
            and _quiet(rules, lowered, block.span)
            and not _ends_with_colon(text, block.span)
        ):
            sentence_no += 1  # its sentences are not counted one by one: only adjacency matters
            continue
        ext_ends = [x[1] for x in block_ext]
        heading = block.kind is BlockKind.HEADING or block.kind is BlockKind.HEADLINE
        bounds = sentence_bounds(text, block.span.start, block.span.end, ctx.profile, block_ext)
        # the previous sentence of the block, if it holds no quotation and reported nothing
        plain: tuple[int, int] | None = None
        for start, end in bounds:
            sentence_no += 1
            a = bisect.bisect_right(ext_ends, start)
            b = a
            while b < len(block_ext) and block_ext[b][0] < end:
                b += 1
            sent_ext = block_ext[a:b]
            before, plain = plain, None
            if end >= block.span.end and _ends_with_colon(text, block.span):
                intro = _Intro(start, end, tuple(sent_ext), bi)
            if not sent_ext:
                plain = (start, end)
            reported = len(items)
            if lowered and not _may_report(rules, text, lowered, start, end, bool(sent_ext)):
                if not sent_ext:
                    continue
                if not _other_cue(text, start, end):
                    # no cue of any kind: each quotation continues the previous speaker
                    _bare_quotes(sent_ext, drafts, done, items, bi, sentence_no)
                    if opening is not None and start == bounds[0][0]:
                        _colon_paragraph(
                            text, rules, opening, start, items, reported, cast, heading
                        )
                    _own_subject(
                        text, rules, (start, end), sent_ext, items, reported, cast, heading
                    )
                    if before is not None:
                        _introduced(text, rules, before, start, items, reported, cast, heading)
                    _inverted_after(text, rules, (start, end), sent_ext, items, reported, cast)
                    continue
            s = _sentence(text, start, end, sent_ext, rules, heading)
            if s is None:
                continue
            if rules.presenter is not None and items:
                _presenter(s, rules.presenter, items[-1], bi, sentence_no)
            if rules.clause_presenter is not None and before is not None:
                item = _presented_clause(s, rules.clause_presenter, before, bi, sentence_no)
                if item is not None:
                    items.append(item)
            items.extend(_sentence_items(s, text, drafts, done, bi, sentence_no))
            if opening is not None and start == bounds[0][0]:
                _colon_paragraph(text, rules, opening, start, items, reported, cast, heading)
            _own_subject(text, rules, (start, end), sent_ext, items, reported, cast, heading, s)
            if before is not None:
                _introduced(text, rules, before, start, items, reported, cast, heading)
            _inverted_after(text, rules, (start, end), sent_ext, items, reported, cast, s)
            if len(items) > reported:
                plain = None
    for n, d in enumerate(drafts):
        if n not in done:  # not in a content block: keep it, unattributed
            items.append(_Item(d, _NO_SOURCE, -10, -10))
    items.sort(key=lambda it: (it.draft.span.start, -it.draft.span.end))
    _resolve(items, cast, ctx.profile)
    _role_named_later(ctx, items, cast)
    _question_answers(ctx, items, cast)
    _heading_quotes(ctx, items)
    return [it.draft for it in items]


def _question_answers(ctx: Context, items: list[_Item], cast: Cast) -> None:
    """In an interview, a quotation with no cue and no speaker that opens the block after a
    question (a block that ends in one of the profile's ``interview_question_marks``) is
    the answer of the person the article names first (rule "interview", resolver
    "interview"); the quotations that continue it follow."""
    blocks = ctx.content_blocks()
    marks = ctx.profile.interview_question_marks
    guest: str | None = None
    last: _Item | None = None
    for it in items:
        d = it.draft
        if d.kind is not QuoteKind.DIRECT:
            last = it
            continue
        answer = (
            d.speaker_key is None
            and it.continues
            and 0 < it.block < len(blocks)
            and d.span.start - blocks[it.block].span.start <= 1
            and bool(marks)
            and blocks[it.block - 1].text.rstrip().endswith(marks)
        )
        follows = (
            d.speaker_key is None
            and it.continues
            and last is not None
            and last.draft.evidence is not None
            and last.draft.evidence.resolver == "interview"
            and last.block >= it.block - 1
        )
        if answer or follows:
            if guest is None:
                guest = cast.first_person()
                if guest is None:
                    return
            d.speaker_key = guest
            d.evidence = _evidence(ctx.profile, "interview", "interview", guest)
            _trace.note_on(d.trace, "it answers the question before it: the interviewee's")
        last = it


def _role_named_later(ctx: Context, items: list[_Item], cast: Cast) -> None:
    """A quotation of a role no one holds yet ("zei de trainer") is the words of the
    person first named after it who speaks next, within :data:`_BACK` content blocks,
    and holds no other role (resolver "role-later"); the quotations that continue it
    follow."""
    for n, it in enumerate(items):
        d = it.draft
        if (
            d.speaker_key is not None
            or it.continues
            or d.kind is QuoteKind.TERM
            or d.source_text is None
            or d.source_span is None
            or (d.evidence is not None and d.evidence.resolver not in (None, "unnamed"))
        ):
            continue
        owned = d.evidence is not None and d.evidence.resolver == "unnamed"
        nxt = None
        for m in range(n + 1, len(items)):  # in text order: stop past the window
            o = items[m]
            if o.block > it.block + _BACK:
                break
            if (
                o.draft.speaker_key is not None
                and not o.continues
                and o.draft.source_span != d.source_span
            ):
                nxt = o
                break
        if (
            nxt is None
            or nxt.draft.speaker_key is None
            or not (
                cast.owned_role_named_later(
                    d.source_text, d.source_span.start, nxt.draft.speaker_key
                )
                if owned
                else cast.named_after_role(
                    d.source_text, d.source_span.start, nxt.draft.speaker_key
                )
            )
        ):
            continue
        span = d.source_span
        for o in items[n:]:
            if o is nxt:
                break
            od = o.draft
            if od.speaker_key is None and od.source_span == span:
                od.speaker_key = nxt.draft.speaker_key
                rule = od.evidence.rule if od.evidence is not None else None
                resolver = "run" if o is not it else "role-later"
                od.evidence = _evidence(
                    ctx.profile, (rule or "").partition(":")[2], resolver, od.speaker_key
                )
                _trace.note_on(od.trace, f"the role is named later: {cast.name_of(od.speaker_key)}")


def _heading_quotes(ctx: Context, items: list[_Item]) -> None:
    """A quotation in a headline or subheading without a speaker of its own takes the
    speaker of a quotation in the body that repeats its words (resolver "heading"); that
    wins over the run of the quotation before a subheading."""
    blocks = ctx.content_blocks()
    headed = [
        it
        for it in items
        if 0 <= it.block < len(blocks)
        and blocks[it.block].kind is not BlockKind.PARAGRAPH
        and (it.draft.speaker_key is None or it.continues)
        and it.draft.kind in (QuoteKind.DIRECT, QuoteKind.PARTIAL)
    ]
    if not headed:
        return
    body = [
        (_word_key(it.draft.text), it)
        for it in items
        if 0 <= it.block < len(blocks)
        and blocks[it.block].kind is BlockKind.PARAGRAPH
        and it.draft.speaker_key is not None
        and it.draft.kind is not QuoteKind.TERM
    ]
    for it in headed:
        words = _word_key(it.draft.text)
        if words.count(" ") < 1:
            continue  # one word is too little to recognise
        for said, other in body:
            if f" {words} " in f" {said} ":
                d, o = it.draft, other.draft
                d.speaker_key, d.source_text, d.source_span = (
                    o.speaker_key,
                    o.source_text,
                    o.source_span,
                )
                d.evidence = _evidence(ctx.profile, "heading", "heading", d.speaker_key)
                _trace.note_on(d.trace, f"its words come back in the body: {o.text[:60]!r}")
                break


def _word_key(text: str) -> str:
    """The words of *text*, lower case, one space apart (for comparing quotations)."""
    return " ".join(_WORDS.findall(text.casefold()))


def _subject_phrase(s: _Sentence, cast: Cast, hi: int) -> tuple[int, int] | None:
    """The sentence's subject among its first tokens before *hi*, when it names someone:
    a name the article knows, a full name outside a headline, or a personal pronoun."""
    toks = s.toks
    np = s.first_np(0, hi)
    if np is None or np[1] > hi:
        return None
    if not s.subject_like(np) and not s.is_person_noun(toks[np[0]].low):
        return None  # a lower-case word that may be a verb, not a title ("wethouder X")
    if np[1] - np[0] == 1 and toks[np[0]].low in s.p.pronouns:
        return np
    if not s.strong(np):
        return None
    known = cast.names_someone(Span(toks[np[0]].start, toks[np[1] - 1].end))
    if not known and (
        s.heading or s.title_case() or sum(1 for t in toks[np[0] : np[1]] if t.cap) < 2
    ):
        # a capitalised common noun opening the sentence ("Critics say"), or words of a
        # headline, where every word has a capital
        return None
    k = np[1]
    if k < len(toks) and toks[k].kind == "w" and toks[k].low in s.p.complementizers:
        return None
    return np


#: The most tokens a phrase fronted before the subject may have ("In a fiery speech,").
_FRONTED = 8


def _fronted_subject(s: _Sentence, cast: Cast, hi: int) -> tuple[int, int] | None:
    """The subject after a short phrase fronted with a comma, when it names someone:
    "First, Lopez attacked ...", "In a fiery speech, Lopez called him ..." -> Lopez."""
    toks = s.toks
    for k in range(min(hi, _FRONTED + 1)):
        t = toks[k]
        if t.kind == "q":
            return None
        if t.kind == "p" and t.text == ",":
            break
    else:
        return None
    if k == 0 or k + 1 >= hi:
        return None
    np = s.first_np(k + 1, hi)
    if np is None or np[0] != k + 1 or not s.subject_like(np) or not s.strong(np):
        return None
    if not cast.names_someone(Span(toks[np[0]].start, toks[np[1] - 1].end)):
        return None
    return np


def _own_subject(
    text: str,
    rules: _Rules,
    bounds: tuple[int, int],
    extents: Sequence[tuple[int, int, int, int]],
    items: list[_Item],
    first: int,
    cast: Cast,
    heading: bool,
    s: _Sentence | None = None,
) -> None:
    """A fragment (partial quotation) without a cue is the words of its own sentence's
    subject ("Sanders also pledged to “bring our revolution” to the convention"), when
    that subject names someone (rule "sentence-subject"); else it stays in the run."""
    for it in items[first:]:
        if not it.continues or it.draft.kind is not QuoteKind.PARTIAL:
            continue
        if s is None:
            s = _sentence(text, bounds[0], bounds[1], extents, rules, heading)
            if s is None:
                return
        at = next((k for k, t in enumerate(s.toks) if t.end > it.draft.span.start), 0)
        np = _subject_phrase(s, cast, at) or _fronted_subject(s, cast, at)
        if np is None:
            continue
        it.source = s.source(np, text, "sentence-subject")
        it.continues = False
        it.rule = "sentence-subject"
        _trace.note_on(
            it.draft.trace, f"no cue: the fragment's own sentence opens with {it.source.phrase!r}"
        )


@attrs.frozen
class _Intro:
    """The last sentence of a paragraph that ends with a colon: its bounds, the
    quotation regions in it and the paragraph's index."""

    start: int
    end: int
    extents: tuple[tuple[int, int, int, int], ...]
    block: int


def _opens(text: str, start: int, quote_start: int) -> bool:
    """True when only whitespace and the opening mark's own word lie between *start* and
    the quotation at *quote_start*: the quotation opens that stretch of text."""
    outer = quote_start
    while outer > start and not text[outer - 1].isspace():
        outer -= 1
    return not text[start:outer].strip()


def _ends_with_colon(text: str, span: Span) -> bool:
    """True when the block *span* of *text* ends with a colon (after trailing space)."""
    end = span.end
    while end > span.start and text[end - 1].isspace():
        end -= 1
    return end > span.start and text[end - 1] == ":"


def _colon_paragraph(
    text: str,
    rules: _Rules,
    intro: _Intro,
    start: int,
    items: list[_Item],
    first: int,
    cast: Cast,
    heading: bool,
) -> None:
    """A quotation without a cue that opens a paragraph right after a paragraph that
    ends with an introduction and a colon ("Cruz continued:", "In a statement, she
    wrote:", "Stated Stone:", "Senator Jan Smit (VVD):") is the words of the source
    that introduction names, found the way a colon in the quotation's own sentence is
    (rule "colon-paragraph")."""
    for it in items[first:]:
        if not it.continues or it.draft.kind is QuoteKind.TERM:
            continue
        if not _opens(text, start, it.draft.span.start):
            return  # the quotation does not open its paragraph
        s = _sentence(text, intro.start, intro.end, intro.extents, rules, heading)
        if s is None or s.toks[-1].text != ":":
            return
        found = _intro_source(s, text, cast)
        if found is None:
            return
        cue, src = found
        d = it.draft
        it.source = _relayed(s, src, cue)
        it.continues = False
        it.rule = "colon-paragraph"
        d.cue, d.cue_span = cue.text, cue.span
        _trace.note_on(d.trace, f"the paragraph before introduces {src.phrase!r}: {cue.text!r}")
        return


def _intro_source(s: _Sentence, text: str, cast: Cast) -> tuple[_Cue, _Source] | None:
    """The source a sentence that ends with a colon introduces: the subject of its last
    reporting verb or cue phrase that has one ("As Jan Smit observed, the winner was
    clear:", "In a 1963 speech, he declared:"), else the name the whole sentence is, when
    it names someone ("Senator Jan Smit (VVD):", not a label such as "Key points:");
    None when it has neither (the object before the colon, "interrupted the candidate:",
    is no source)."""
    toks = s.toks
    for c in reversed(_find_cues(s, text)):
        if c.kind in ("verb", "phrase"):
            src, ok = _subject(s, c, text)
            if ok and src.phrase is not None:
                return c, src
    end = len(toks) - 1
    if end > 0 and toks[end - 1].text == ")":
        while end > 0 and toks[end].text != "(":
            end -= 1
    np = s.first_np(0, end)
    if np is None or np[1] != end or not s.strong(np) or not s.subject_like(np):
        return None
    if not cast.names_someone(Span(toks[np[0]].start, toks[np[1] - 1].end)):
        return None
    colon = toks[-1]
    return _Cue("colon", len(toks) - 1, len(toks) - 1, ":", Span(colon.start, colon.end)), s.source(
        np, text
    )


def _introduced(
    text: str,
    rules: _Rules,
    before: tuple[int, int],
    start: int,
    items: list[_Item],
    first: int,
    cast: Cast,
    heading: bool,
) -> None:
    """A quotation without a cue that opens its sentence, right after a sentence of the
    same paragraph whose subject is a name ("Plantinga heeft dit nooit gedaan. „Ik ga er
    maar gewoon staan.”"), is that subject's (rule "previous-subject"); the resolver falls
    back to the run when the subject is no one it knows."""
    for it in items[first:]:
        if not it.continues or it.draft.kind is QuoteKind.TERM:
            continue
        if not _opens(text, start, it.draft.span.start):
            continue  # the quotation does not open its sentence
        s = _sentence(text, before[0], before[1], (), rules, heading)
        if s is None:
            return
        np = _subject_phrase(s, cast, len(s.toks))
        if np is None:
            return
        it.source = s.source(np, text, "previous-subject")
        it.continues = False
        it.rule = "previous-subject"
        _trace.note_on(it.draft.trace, f"the sentence before names {it.source.phrase!r} first")
        return


def _inverted_after(
    text: str,
    rules: _Rules,
    bounds: tuple[int, int],
    extents: Sequence[tuple[int, int, int, int]],
    items: list[_Item],
    first: int,
    cast: Cast,
    s: _Sentence | None = None,
) -> None:
    """Where the finite verb comes second, a quotation without a cue that opens its
    sentence and is followed by a comma, a finite verb and a subject that names someone
    ("„…”, besluit Peeters.", "„…”, was voorzitter Anna Smit scherp.") is that subject's:
    the quotation is the clause's first part (rule "verb-after-quote").  A name there
    also wins over the subject of the sentence before (rule "previous-subject")."""
    p = rules.profile
    if not p.verb_second:
        return
    for it in items[first:]:
        d = it.draft
        if d.kind is QuoteKind.TERM or not (it.continues or it.rule == "previous-subject"):
            continue
        if s is None:
            s = _sentence(text, bounds[0], bounds[1], extents, rules, False)
            if s is None:
                return
        toks = s.toks
        q = next((k for k, t in enumerate(toks) if t.kind == "q" and t.end >= d.span.end), -1)
        if q < 0 or toks[q].start > d.span.start or (q > 0 and toks[q - 1].text != ":"):
            continue  # the quotation does not open its sentence
        k = q + 1
        comma = d.text.rstrip().endswith(",")
        while k < len(toks) and toks[k].text == ",":
            comma, k = True, k + 1
        verb = s.word(k)
        if not comma or verb is None or not _finite_verb(p, verb):
            continue
        np = s.np_forward(k + 1)
        if np is None or not (s.subject_like(np) or s.is_person_noun(toks[np[0]].low)):
            continue
        span = Span(toks[np[0]].start, toks[np[1] - 1].end)
        pronoun = np[1] - np[0] == 1 and toks[np[0]].low in p.subject_pronouns
        if not pronoun and not (s.strong(np) and cast.names_someone(span)):
            continue
        if pronoun and not it.continues:
            continue  # the pronoun most likely means the subject before
        it.source = s.source(np, text, "inverted")
        it.continues = False
        it.rule = "verb-after-quote"
        d.cue, d.cue_span = verb.text, Span(verb.start, verb.end)
        _trace.note_on(d.trace, f"a finite verb and its subject follow it: {verb.text!r}")


def _finite_verb(p: LanguageProfile, t: _Tok) -> bool:
    """True when the lower-case word *t* may be a finite verb (by the profile's endings)."""
    low = t.low
    if t.cap or low in p.conjunctions or low in p.subordinators or low in p.complementizers:
        return False
    if low in p.clause_auxiliaries or low in p.speech_verbs or low in p.irregular_verbs:
        return True
    return (
        low not in p.function_words
        and low not in p.source_stop_words
        and len(low) > 3
        and low.endswith(p.verb_endings)
        and not (p.non_verb_endings and low.endswith(p.non_verb_endings))
    )


def _presented(s: _Sentence, presenter: re.Pattern[str]) -> tuple[str, Span, _Source] | None:
    """(cue, cue span, source) of a sentence without quotations that opens with a
    presenter naming a source ("Aan het woord is X", "Dat meldt X"), else None."""
    toks = s.toks
    m = presenter.match(s.text, toks[0].start)
    if m is None or s.quotes:
        return None
    k = next((n for n, t in enumerate(toks) if t.start >= m.end()), len(toks))
    np = s.np_forward(k)
    if np is None or not s.strong(np):
        return None
    return m.group(0), Span(m.start(), m.end()), s.source(np, s.text)


def _presenter(s: _Sentence, presenter: re.Pattern[str], last: _Item, block: int, no: int) -> None:
    """'‘We zijn niet bang.’ Aan het woord is X': X speaks the bare quotation before."""
    if not (last.continues and last.block == block and last.sentence == no - 1):
        return
    found = _presented(s, presenter)
    if found is None:
        return
    last.draft.cue, last.draft.cue_span, last.source = found
    last.continues = False
    last.rule = "presenter"


def _presented_clause(
    s: _Sentence, presenter: re.Pattern[str], before: tuple[int, int], block: int, no: int
) -> _Item | None:
    """ "Noord-Korea vuurde een raket af. Dat meldt het leger.": the sentence before,
    without quotation marks, is the indirect speech of the source after the presenter."""
    found = _presented(s, presenter)
    if found is None:
        return None
    cue, cue_span, source = found
    text = s.text
    start, end = before
    while end > start and (text[end - 1].isspace() or text[end - 1] in ".!?"):
        end -= 1
    if len(_WORDS.findall(text, start, end)) < 3:
        return None
    span = Span(start, end)
    draft = QuoteDraft(
        text=span.slice(text), kind=QuoteKind.INDIRECT, span=span, cue=cue, cue_span=cue_span
    )
    return _Item(draft, source, block, no - 1, rule="clause-presenter")


_WORDS = re.compile(r"\w+")


def _may_report(rules: _Rules, text: str, lowered: str, start: int, end: int, quoted: bool) -> bool:
    """False when the sentence ``text[start:end]`` can hold no cue (as :func:`_find_cues`
    reads them: a capitalised reporting word inside a sentence is a name, "United States";
    a separable verb needs its particle) or, without quotations (*quoted* false), no cue
    that reports anything (:func:`_may_reach`)."""
    if rules.presenter is not None and rules.presenter.match(lowered, start):
        return True
    hit = rules.trigger_re.search(text, start, end)
    if hit is not None:
        word = hit.group().lower()
    else:
        first = _WORDS.search(text, start, end)
        if first is None:
            return False
        word = first.group().lower()
        if word not in rules.triggers:
            # "Zegt ...", "Said ..." at the start of a sentence, or else a cue phrase
            if rules.phrases is None or rules.phrases.search(lowered, start, end) is None:
                return False
            word = ""
    if not quoted and not _may_reach(rules, text, lowered, start, end):
        return False
    return word not in rules.particles or _cue_word(rules, text, lowered, start, end)


def _cue_word(rules: _Rules, text: str, lowered: str, start: int, end: int) -> bool:
    """True when the sentence holds a word that may start a cue: a trigger in any case, not
    a separable verb without a particle after it, or a cue phrase."""
    if start > 0 and _WORDS.match(text, start - 1) is not None:
        return True  # glued to the text before: the patterns' word boundaries do not hold
    for m in rules.trigger_re.finditer(lowered, start, end):
        particles = rules.particles.get(m.group())
        if particles is None or particles.search(lowered, m.end(), end) is not None:
            return True
    return rules.phrases is not None and rules.phrases.search(lowered, start, end) is not None


def _may_reach(rules: _Rules, text: str, lowered: str, start: int, end: int) -> bool:
    """False when no cue of a sentence without quotations can report anything (see
    :func:`_indirect`): a clause follows a cue only after a complementizer, a colon or a
    verb that takes a bare clause or an addressee, or an infinitive marker; one precedes
    it only after a comma; "volgens X" needs none of these."""
    if text.find(",", start, end) >= 0 or text.find(":", start, end) >= 0:
        return True
    if start > 0 and _WORDS.match(text, start - 1) is not None:
        return True  # glued to the text before: the pattern's word boundary does not hold
    return rules.reach.search(lowered, start, end) is not None


def _other_cue(text: str, start: int, end: int) -> bool:
    """True when ``text[start:end]`` holds a colon, a dash or a possessive
    (:data:`_OTHER_CUES`)."""
    m = _OTHER_CUES.search(text, start, end)
    if m is not None and m.start() == start and text[start] in "'’":
        # a possessive's word character must be inside the text, not before *start*
        m = _OTHER_CUES.search(text, start + 1, end)
    return m is not None


def _quiet(rules: _Rules, lowered: str, span: Span) -> bool:
    """True when a block without quotations holds no cue word, cue phrase or presenter:
    none of its sentences can report anything, so it is not split into sentences."""
    start, end = span.start, span.end
    if rules.trigger_re.search(lowered, start, end) is not None:
        return False
    if rules.phrases is not None and rules.phrases.search(lowered, start, end) is not None:
        return False
    return rules.presenter is None or rules.presenter.search(lowered, start, end) is None


def _bare_quotes(
    extents: Sequence[tuple[int, int, int, int]],
    drafts: list[QuoteDraft],
    done: set[int],
    items: list[_Item],
    block: int,
    sentence_no: int,
) -> None:
    """The items of a sentence without any cue (what :func:`_sentence_items` gives it)."""
    for _s, _e, n, part in extents:
        if n in done:
            continue
        d = drafts[n]
        if d.kind is QuoteKind.TERM:
            done.add(n)
            items.append(_Item(d, _NO_SOURCE, block, sentence_no))
        elif part == 0:
            done.add(n)
            _trace.note_on(d.trace, "its sentence holds no cue word, colon, dash or possessive")
            items.append(_Item(d, _NO_SOURCE, block, sentence_no, continues=True, rule="run"))


def _sentence_items(
    s: _Sentence,
    text: str,
    drafts: list[QuoteDraft],
    done: set[int],
    block_index: int,
    sentence_no: int,
) -> list[_Item]:
    toks = s.toks
    cues = _find_cues(s, text)
    subjects: dict[int, tuple[_Source, bool]] = {}

    def subj(c: _Cue) -> tuple[_Source, bool]:
        got = subjects.get(c.i)
        if got is None:
            got = subjects[c.i] = _subject(s, c, text)
        return got

    items: list[_Item] = []
    attached: set[int] = set()  # cues that introduce a quotation directly
    for q in s.quotes:
        t = toks[q]
        if t.draft in done:
            continue
        d = drafts[t.draft]
        if d.kind is QuoteKind.TERM:
            done.add(t.draft)
            items.append(_Item(d, _NO_SOURCE, block_index, sentence_no))
            continue
        if t.part > 0:
            continue
        at = _trace.mark()
        found = _quote_cue(s, q, cues, subj, d.kind is QuoteKind.PARTIAL)
        if at or _trace.active():
            d.trace.extend(_trace.since(at))
        done.add(t.draft)
        if found is None:
            items.append(_Item(d, _NO_SOURCE, block_index, sentence_no, continues=True, rule="run"))
            continue
        cue, src, direct, rule = found
        if direct:
            attached.add(cue.i)
            if d.kind is QuoteKind.PARTIAL and d.text[:1].isupper() and _whole(s, q):
                d.kind = QuoteKind.DIRECT
        d.cue, d.cue_span = cue.text, cue.span
        items.append(_Item(d, _relayed(s, src, cue), block_index, sentence_no, rule=rule))
    items.extend(_indirect(s, text, cues, subj, attached, block_index, sentence_no))
    return items


def _relayed(s: _Sentence, src: _Source, cue: _Cue) -> _Source:
    """The source named after a relay phrase right after *src* or its *cue* ("meldt
    Yonhap op basis van KCNA", "Yonhap meldt op basis van KCNA": KCNA, whose words they
    are), else *src*."""
    phrases = s.p.relay_phrases
    if not phrases or src.span is None:
        return src
    toks = s.toks
    after = src.span.end if src.span.end > cue.span.end else cue.span.end
    k = next((n for n, t in enumerate(toks) if t.start >= after), len(toks))
    for phrase in phrases:
        words = phrase.split()
        end = k + len(words)
        if end < len(toks) and all(toks[k + n].low == w for n, w in enumerate(words)):
            np = s.np_forward(end)
            if np is not None and s.strong(np):
                return s.source(np, s.text, "relay")
    return src


def _whole(s: _Sentence, q: int) -> bool:
    """True when the quotation at *q* opens its clause (after a colon, a cue or the start)."""
    if q == 0:
        return True
    prev = s.toks[q - 1]
    return prev.kind == "p" and prev.text in ",:;—–-"


def _quote_cue(
    s: _Sentence, q: int, cues: list[_Cue], subj: _SubjFn, partial: bool
) -> _Link | None:
    """The first link the profile's ordered link rules find for the quotation at *q*: a
    fragment (*partial*) belongs to the reporting verb of its own clause first."""
    order = s.rules.partial_links if partial else s.rules.quote_links
    tracing = _trace.active()
    for name, linker in order:
        found = linker(s, q, cues, subj)
        if tracing:
            _trace.note(_trace_link(name, found))
        if found is not None:
            return found
    return None


def _cue_after(s: _Sentence, q: int, cues: list[_Cue], subj: _SubjFn) -> _Link | None:
    """The nearest cue after the quotation in its sentence that has a source."""
    n = bisect.bisect_right(cues, q, key=lambda c: c.i)
    for c in cues[n : n + _NEAR_CUES]:
        if c.i > q and c.kind != "noun":
            src, ok = subj(c)
            if ok:
                return c, src, False, "cue-after"
    return None


def _trace_link(name: str, found: _Link | None) -> str:
    if found is None:
        return f"link rule {name}: no cue with a source"
    cue, src, _, rule = found
    source = "no source phrase" if src.phrase is None else f"source {src.phrase!r}"
    how = f" (subject rule {src.rule})" if src.rule else ""
    return f"link rule {name}: {rule} -> cue {cue.text!r} ({cue.kind}), {source}{how}"


def _cue_after_quote(s: _Sentence, q: int, cues: list[_Cue], subj: _SubjFn) -> _Link | None:
    """'"...", zei hij', '"...," aldus X', '"...," the agency said', '" - X'."""
    toks, p = s.toks, s.p
    n = len(toks)
    k = q + 1
    while k < n and toks[k].kind == "p" and toks[k].text == ",":
        k += 1
    if k < n and toks[k].low in p.inversion_particles and _cue_at(cues, k + 1) is not None:
        k += 1
    c = _cue_at(cues, k)
    if c is not None:
        src, ok = subj(c)
        if ok:
            return c, src, True, "after-quote"
    if k < n and toks[k].kind == "w":
        np = s.np_forward(k)
        if np is not None and s.valid(np):
            m = np[1]
            while m < n and toks[m].low in p.auxiliaries:
                m += 1
            c = _cue_at(cues, m)
            if c is not None and c.kind in ("verb", "phrase"):
                return c, s.source(np, s.text), True, "after-quote-subject"
    if k < n and toks[k].kind == "p" and toks[k].text in _DASHES:
        np = s.np_forward(k + 1)
        if np is not None and s.strong(np) and np[1] >= n - 1:
            dash = toks[k]
            cue = _Cue("dash", k, k, dash.text, Span(dash.start, dash.end))
            return cue, s.source(np, s.text), True, "dash"
    return None


def _cue_before_quote(s: _Sentence, q: int, cues: list[_Cue], subj: _SubjFn) -> _Link | None:
    """'Moon: "..."', 'zegt Pence: "..."', 'stated, "..."'."""
    toks = s.toks
    if q > 0 and toks[q - 1].kind == "p" and toks[q - 1].text == ":":
        cs = s.clause_start(q - 1)
        n = bisect.bisect_left(cues, q - 1, key=lambda c: c.i)
        for c in reversed(cues[max(0, n - _NEAR_CUES) : n]):
            if cs <= c.i < q - 1 and c.kind in ("verb", "phrase"):
                src, ok = subj(c)
                if ok:
                    return c, src, True, "colon-cue"
        # the clause's first phrase ("Moon in een toespraak: '...'"), unless it is no
        # subject: then the phrase that ends at the colon ("The timing does not surprise
        # pollster Jan Smit: '...'", "bekritiseerde de president: '...'")
        cs = _clause_before_parenthesis(s, q, cs)
        np = s.first_np(cs, q - 1)
        if np is None or not s.strong(np) or not s.subject_like(np):
            end = q - 2
            if end > cs and toks[end].text == ")":
                # "Senator Jan Smit (VVD): '...'": the name before the parenthesis
                while end > cs and toks[end].text != "(":
                    end -= 1
                end -= 1
            back = s.np_backward(end) if end >= cs and toks[end].kind == "w" else None
            if back is not None and s.strong(back) and back[0] >= cs:
                np = back
        if np is not None and s.strong(np):
            colon = toks[q - 1]
            cue = _Cue("colon", q - 1, q - 1, ":", Span(colon.start, colon.end))
            return cue, s.source(np, s.text), True, "colon"
    if q > 1 and toks[q - 1].text == ",":
        before = _cue_at(cues, q - 2)
        if before is not None:
            src, ok = subj(before)
            if ok:
                return before, src, True, "comma-cue"
    return None


def _clause_before_parenthesis(s: _Sentence, q: int, cs: int) -> int:
    """The start of the clause before the colon at *q* - 1 when a parenthesis ends it
    ("wethouder Piet de Groot (CDA): „…”"): the clause the parenthesis is in, not the
    empty one after it; else *cs*."""
    toks = s.toks
    if cs != q - 1 or q < 3 or toks[q - 2].text != ")":
        return cs
    k = q - 3
    while k > 0 and q - k <= _WINDOW and toks[k].text != "(":
        k -= 1
    if toks[k].text != "(" or k == 0:
        return cs
    return s.clause_start(k)


def _cue_before(s: _Sentence, q: int, cues: list[_Cue], subj: _SubjFn) -> _Link | None:
    """The nearest cue before the quotation in its sentence ("Trump's threat to" first)."""
    toks, p = s.toks, s.p
    for k in range(q - 1, max(-1, q - 4), -1):
        t = toks[k]
        if t.kind != "w":
            break
        if t.low in p.speech_nouns and k > 0:
            owner = toks[k - 1]
            if owner.kind == "w" and owner.cap and owner.text.endswith(p.possessive_suffixes):
                np = s.np_backward(k - 1)
                if np is not None:
                    src = s.source(np, s.text)
                    if src.span is not None and src.phrase is not None:
                        cut = next(x for x in p.possessive_suffixes if src.phrase.endswith(x))
                        span = Span(src.span.start, src.span.end - len(cut))
                        cue = _Cue("noun", k, k, t.text, Span(t.start, t.end))
                        return cue, _Source(span.slice(s.text), span), False, "speech-noun"
    n = bisect.bisect_left(cues, q, key=lambda c: c.i)
    for c in reversed(cues[max(0, n - _NEAR_CUES) : n]):
        if c.j < q and c.kind not in ("aldus", "noun"):
            src, ok = subj(c)
            if ok:
                return c, src, False, "cue-before"
    return None


#: The link rules, by the names a language profile orders them with
#: (:attr:`~koreanews.lang.LanguageProfile.quote_links`).
_LINKERS: dict[str, _Linker] = {
    "after-quote": _cue_after_quote,
    "before-quote": _cue_before_quote,
    "cue-before": _cue_before,
    "cue-after": _cue_after,
}


def _linkers(names: Sequence[str]) -> tuple[tuple[str, _Linker], ...]:
    unknown = [n for n in names if n not in _LINKERS]
    if unknown:
        raise ValueError(f"unknown link rules {unknown}: known are {sorted(_LINKERS)}")
    return tuple((n, _LINKERS[n]) for n in names)


def _two_words(toks: Sequence[_Tok], lo: int, hi: int) -> bool:
    """True when tokens [lo, hi) hold at least two words (looking no further)."""
    seen = False
    for k in range(lo, hi):
        if toks[k].kind == "w":
            if seen:
                return True
            seen = True
    return False


def _quoted_share(toks: Sequence[_Tok], lo: int, hi: int) -> float:
    total = quoted = 0
    for t in toks[lo:hi]:
        size = t.end - t.start
        total += size
        if t.kind == "q":
            quoted += size
    return quoted / total if total else 1.0


def _indirect(
    s: _Sentence,
    text: str,
    cues: list[_Cue],
    subj: _SubjFn,
    attached: set[int],
    block_index: int,
    sentence_no: int,
) -> list[_Item]:
    toks, p = s.toks, s.p
    n = len(toks)
    made: list[Span] = []

    def emit(lo: int, hi: int, c: _Cue, src: _Source, rule: str) -> _Item | None:
        src = _relayed(s, src, c)
        lo = max(lo, hi - _MAX_CLAUSE)
        while lo < hi and toks[lo].kind == "p" and toks[lo].text in ",;:":
            lo += 1
        while hi > lo and toks[hi - 1].kind == "p" and toks[hi - 1].text in ".,;:!?":
            hi -= 1
        if hi - lo < 3 or not _two_words(toks, lo, hi):
            return None
        # without quotations in the sentence the share is 0.0 (the tokens have a length)
        if (_quoted_share(toks, lo, hi) if s.quotes else 0.0) > p.max_quoted_share:
            return None
        span = Span(toks[lo].start, toks[hi - 1].end)
        if any(span.overlaps(m) for m in made[-_NEAR_CUES:]):
            return None
        made.append(span)
        d = QuoteDraft(
            text=span.slice(text),
            kind=QuoteKind.INDIRECT,
            span=span,
            cue=c.text,
            cue_span=c.span,
        )
        if _trace.active():
            how = f" (subject rule {src.rule})" if src.rule else ""
            d.trace.append(
                f"clause rule {rule}: cue {c.text!r} ({c.kind}), source {src.phrase!r}{how}"
            )
        return _Item(d, src, block_index, sentence_no, rule=rule)

    out: list[_Item] = []
    for c in sorted(cues, key=lambda c: (c.kind != "acc", c.i)):
        if c.i in attached:
            continue
        comp = None if c.kind == "acc" else _complementizer(s, c)
        if (
            comp is None
            and c.kind in ("verb", "phrase")
            and not (
                c.kind == "verb"
                and (c.text.lower() in p.bare_clause_verbs or c.text.lower() in p.addressee_verbs)
            )
            and not (c.j + 2 < n and toks[c.j + 1].text == ":" and toks[c.j + 2].kind != "q")
            and text.find(",", toks[0].start, toks[c.i].start) < 0
            and _infinitive_clause(s, c, c.j + 1) is None
        ):
            # no clause after the cue and no comma before it for a trailing one
            # (see _trailing_start): nothing to report, whatever the source
            continue
        src, ok = subj(c)
        if not ok:
            continue
        item = None
        if c.kind == "acc":
            np_end = _np_end(s, c)
            if np_end < n and toks[np_end].kind == "q":
                continue  # "volgens X „...”": the quotation is X's, not a paraphrase
            if c.i == 0 or toks[c.i - 1].text == ",":
                hi = _clause_end(s, cues, np_end)
                if c.i > 1 and not _has_verb(s, np_end, hi) and _has_verb(s, 0, c.i - 1):
                    # "Talks will resume, according to a spokeswoman." / "..., according
                    # to Lisa Park, a spokeswoman.": no clause after the source (at most
                    # an apposition): the clause before the comma is reported
                    item = emit(0, c.i - 1, c, src, "according-to")
                else:
                    item = emit(np_end, hi, c, src, "according-to")
            else:
                item = emit(0, _clause_end(s, cues, c.i), c, src, "according-to")
            if item is not None:
                out.append(item)
            continue
        if c.kind == "noun":
            if comp == c.j + 1:
                item = emit(comp + 1, _clause_end(s, cues, comp + 1), c, src, "speech-noun-clause")
                if item is not None:
                    out.append(item)
            continue
        if comp is not None:
            item = emit(comp + 1, _clause_end(s, cues, comp + 1), c, src, "complementizer")
        elif c.kind == "verb" and (
            c.text.lower() in p.bare_clause_verbs or c.text.lower() in p.addressee_verbs
        ):
            k = c.j + 1
            if c.text.lower() in p.addressee_verbs:
                # "told reporters the talks would resume": the addressee first
                addressee = s.np_forward(k)
                if addressee is None or (src.span is not None and src.span.start >= toks[c.j].end):
                    continue
                k = addressee[1]
            k = _skip_adverbials(s, k)
            t = s.word(k)
            if (
                t is not None
                and (
                    t.low in p.pronouns
                    or t.low in p.determiners
                    or t.low in p.impersonal_subjects
                    or (t.cap and t.low not in s.rules.calendar)
                    or _bare_subject(s, k)
                    or _quantified_subject(s, k)
                )
                and not _is_inverted_subject(s, c, k, src)
            ):
                end = _clause_end(s, cues, k)
                if _has_verb(s, k, end):  # not "warned the government to ..."
                    item = emit(k, end, c, src, "bare-clause")
        if item is None and comp is None and c.kind in ("verb", "phrase"):
            inverted = src.span is not None and src.span.start >= toks[c.j].end
            # "meldde de politie ... te hebben genomen": after the inverted subject
            lo = _infinitive_clause(s, c, _past_cue(s, c, src))
            if (
                lo is not None
                and not (inverted and toks[lo - 1].low in p.infinitive_openers)
                and not _after_auxiliary(s, c)
            ):
                # not "riep X op om ..." with X taken for the subject (X is addressed),
                # nor "was gewaarschuwd te ..." (a participle)
                item = emit(
                    lo,
                    _infinitive_end(s, lo, _clause_end(s, cues, lo)),
                    c,
                    src,
                    "infinitive",
                )
        if item is None and c.j + 2 < n and toks[c.j + 1].text == ":" and toks[c.j + 2].kind != "q":
            item = emit(c.j + 2, n, c, src, "colon-clause")
        if item is None and comp is None:
            lo = _trailing_start(s, c, src, cues, subj)
            if lo is not None and _has_verb(s, 0, lo):
                item = emit(0, lo, c, src, "trailing-cue")
            elif lo is not None and lo >= 2:
                stop = _parenthetical_end(s, c, src, cues)
                if stop is not None:
                    # "Since the crash, Ortiz says, far too many drivers ...", "Het plan,
                    # zei Ortiz, beschermt ...": the cue in commas inside the reported
                    # sentence, which goes on after it
                    item = emit(0, stop, c, src, "parenthetical-cue")
        if item is not None:
            out.append(item)
    return out


def _infinitive_clause(s: _Sentence, c: _Cue, k: int) -> int | None:
    """The start of a reported infinitive clause after the cue *c*, looked for from token
    *k*: "zei [de beslissing te betreuren]", "liet na afloop weten [in gesprek te
    willen]" (after the verb's particle), "riep de inwoners op om [kalm te blijven]"
    (after an opener such as "om").  None where there is none or the language reads none."""
    toks, p = s.toks, s.p
    if not p.infinitive_markers or c.text.lower() in p.infinitive_exceptions:
        return None
    particles = p.separable_verbs.get(c.text.lower(), ())
    for m in range(k, min(len(toks), k + 14)):
        t = toks[m]
        if particles and t.text == ",":
            continue  # "roept ouders, leraren en buren op om ...": a list before the particle
        if t.kind != "w" or t.low in p.complementizers or t.low in p.subordinators:
            break
        if t.low in particles:
            return _infinitive_start(toks, p, m + 1)
        if t.low in p.infinitive_openers:
            # "riep X op om ...", not "vertelde over zijn plan om ..."
            if any(toks[x].low in p.source_stop_words for x in range(k, m - 1)):
                return None
            return _infinitive_start(toks, p, m)
    return _infinitive_start(toks, p, k)


def _after_auxiliary(s: _Sentence, c: _Cue) -> bool:
    """True when an auxiliary stands right before the cue: the cue is a participle
    ("was gewaarschuwd", "had gezegd")."""
    return c.i > 0 and s.toks[c.i - 1].low in s.p.clause_auxiliaries


def _infinitive_end(s: _Sentence, lo: int, hi: int) -> int:
    """The end of an infinitive clause [lo, hi): before a comma and a conjunction or
    adverb that open a clause of their own ("..., maar ook ...")."""
    toks, p = s.toks, s.p
    for k in range(lo + 1, hi - 1):
        if toks[k].text == "," and toks[k + 1].low in p.source_stop_words:
            return k
    return hi


def _infinitive_start(toks: Sequence[_Tok], p: LanguageProfile, k: int) -> int | None:
    """*k* (after an opener there) when an infinitive clause starts at token *k*: the
    marker and an infinitive within a few words, with no clause break, verb or quotation
    before them; else None."""
    if not p.infinitive_markers or k >= len(toks):
        return None
    lo = k + 1 if toks[k].low in p.infinitive_openers else k
    for m in range(lo, min(len(toks) - 1, lo + 10)):
        t = toks[m]
        if t.kind != "w" or t.low in p.infinitive_openers or t.low in p.agent_prepositions:
            return None  # also "door handen te schudden": a means, not what was said
        if (
            t.low in p.complementizers
            or t.low in p.subordinators
            or t.low in p.clause_auxiliaries
            or t.low in p.speech_verbs
        ):
            return None
        if t.low in p.infinitive_markers:
            nxt = toks[m + 1]
            if nxt.kind == "w" and not nxt.cap and nxt.low.endswith(p.infinitive_endings):
                return lo
            if m == lo:
                return None  # "te weinig", "te laat": a degree, no infinitive
    return None


def _bare_subject(s: _Sentence, k: int) -> bool:
    """True for a bare noun as the subject of a clause with an auxiliary after it
    ("said workers would strike", "said prices were rising") or, in a headline, which
    leaves articles out, of any clause ("Moon says talks with North will resume")."""
    p = s.p
    t, aux = s.word(k), s.word(k + 1)
    if (
        t is None
        or not t.low.isalpha()
        or t.low in p.source_stop_words
        or t.low in p.clause_auxiliaries
    ):
        return False
    if aux is not None and aux.low in p.clause_auxiliaries:
        return True
    if (
        aux is not None
        and p.plural_suffixes
        and t.low.endswith(p.plural_suffixes)
        and (aux.low in p.source_prepositions or aux.low in p.place_prepositions)
    ):
        # "said crews from three states were on their way": a short phrase between
        for j in range(k + 2, k + 6):
            u = s.word(j)
            if u is None or u.low in p.complementizers or u.low in p.relative_pronouns:
                break
            if u.low in p.clause_auxiliaries:
                return True
    return s.heading and t.low not in p.say_objects


def _quantified_subject(s: _Sentence, k: int) -> bool:
    """True for a quantifier, a demonstrative or a number opening a clause ("said several
    people were hurt", "said 12 people were hurt"; see ``clause_quantifiers``)."""
    p = s.p
    t = s.word(k)
    if t is None or not (
        t.low in p.clause_quantifiers or (p.clause_quantifiers and t.low[:1].isdigit())
    ):
        return False
    toks = s.toks
    for j in range(k + 1, min(k + 9, len(toks))):
        u = toks[j]
        if u.kind != "w":
            if u.text in ",." and toks[j - 1].low[:1].isdigit():
                continue  # "34,570 people"
            return False
        low = u.low
        if low in p.quantifier_stops:
            return False
        if (
            low in p.clause_auxiliaries
            or low in p.irregular_verbs
            or (not u.cap and low.endswith(p.quantifier_verb_endings))
        ):
            return True
    return False


def _has_verb(s: _Sentence, lo: int, hi: int) -> bool:
    """True when tokens [lo, hi) may hold a finite verb: reported speech is a clause, not a
    phrase ("‘Rocket Man’ on a suicide mission, Trump tells UN")."""
    p = s.p
    endings = p.verb_endings
    if not endings:
        return True
    for t in s.toks[lo:hi]:
        if t.kind != "w":
            continue
        low = t.low
        if low in p.clause_auxiliaries or low in p.speech_verbs or low in p.irregular_verbs:
            return True
        if (
            not t.cap
            and len(low) > 3
            and low.endswith(endings)
            and not (p.non_verb_endings and low.endswith(p.non_verb_endings))
        ):
            return True
    return False


def _np_end(s: _Sentence, c: _Cue) -> int:
    np = s.np_forward(c.j + 1)
    end = np[1] if np is not None else c.j + 1
    # "volgens een hoge medewerker van Moon": the rest of the phrase
    while end < len(s.toks) and s.toks[end].kind == "w" and s.toks[end].low in s.p.name_particles:
        more = s.np_forward(end + 1)
        if more is None:
            break
        end = more[1]
    toks = s.toks
    if end + 1 < len(toks) and toks[end].text == "," and toks[end + 1].low in s.p.relative_pronouns:
        # "volgens Moon, die in Seoul sprak, is ...": the relative clause is no report
        k = end + 2
        while k < len(toks) and k - end < _WINDOW and toks[k].text not in ",.;:!?":
            k += 1
        if k < len(toks) and toks[k].text == ",":
            return k + 1
    if end + 1 < len(toks) and toks[end].text == ",":
        # "volgens Kim, de woordvoerder van Moon, is ...": the apposition is no clause
        appo = s.np_forward(end + 1)
        k = appo[1] if appo is not None else end
        while (
            k < len(toks)
            and toks[k].kind == "w"
            and (toks[k].low in s.p.name_particles or toks[k].low in s.p.source_prepositions)
        ):
            more = s.np_forward(k + 1)
            if more is None:
                break
            k = more[1]
        if appo is not None and k < len(toks) and toks[k].text == "," and s.valid(appo):
            end = k + 1
    return end


def _is_inverted_subject(s: _Sentence, c: _Cue, k: int, src: _Source) -> bool:
    return src.span is not None and src.span.start == s.toks[k].start


def _skip_adverbials(s: _Sentence, k: int) -> int:
    """Skip "on Friday", "Tuesday", "in a statement" after a verb (bounded)."""
    toks, p = s.toks, s.p
    for _ in range(3):
        t = s.word(k)
        if t is None:
            return k
        if t.low in s.rules.calendar:
            k += 1
            continue
        if t.low in p.source_stop_words and t.low not in p.complementizers:
            m = k + 1
            dated = False
            while m < len(toks) and m - k <= 4 and toks[m].kind == "w":
                tm = toks[m]
                if tm.low in s.rules.calendar:
                    dated = True
                elif not tm.text.isdigit() and (
                    # "on Tuesday its profit fell": the clause starts after the date
                    dated or not (tm.low in p.determiners or tm.cap)
                ):
                    break
                m += 1
            if m > k + 1 and (m >= len(toks) or toks[m].low in s.rules.calendar or m - k >= 2):
                k = m
                continue
            return k
        return k
    return k


def _complementizer(s: _Sentence, c: _Cue) -> int | None:
    toks, p = s.toks, s.p
    last_comma = False
    bare = c.text.lower() in p.bare_clause_verbs
    complementizers, verbs, auxiliaries = p.complementizers, p.speech_verbs, p.clause_auxiliaries
    asks = c.text.lower() in p.question_verbs
    first = c.j + 1
    for k in range(first, min(len(toks), first + _FAR)):
        t = toks[k]
        kind = t.kind
        if kind == "w":
            low = t.low
            if low in complementizers or (
                # "vroeg ... of hij ...": a reported question opens as a clause does
                asks and low in p.question_complementizers and _question_opens(s, k + 1)
            ):
                if k - c.j <= _NEAR and (not last_comma or toks[k - 1].text == ","):
                    return k
                if toks[k - 1].text == ",":
                    return k
                return None
            if k > first and (low in verbs or (bare and low in auxiliaries)):
                # another reporting verb, or "said the North Koreans had demanded that
                # ...": a clause comes first
                return None
        elif (
            kind == "q"
            and p.verb_second  # "as a “...” that": an English "that" may be relative
            and _short_fragment(t)
            and k + 1 < len(toks)
            and toks[k + 1].low in complementizers
        ):
            continue  # "noemt het „enorm teleurstellend” dat ...": the words it is called
        elif kind == "q" or t.text in ".;:!?":
            return None
        elif t.text == ",":
            last_comma = True
    return None


def _question_opens(s: _Sentence, k: int) -> bool:
    """True when a reported question's clause starts at token *k*: a pronoun, an
    article or a name as its subject ("of hij ...", "of de gemeente ...", "of er ..."),
    not "vroeg om hulp of advies"."""
    t = s.word(k)
    p = s.p
    return t is not None and (
        t.low in p.pronouns
        or t.low in p.plural_pronouns
        or t.low in p.definite_determiners
        or t.low in p.impersonal_subjects
        or t.low in p.particle_prefixes
        or t.cap
    )


def _short_fragment(t: _Tok) -> bool:
    """True for a quotation of a few words inside a sentence ("„enorm teleurstellend”")."""
    return t.part == 0 and len(t.text) <= 40 and not any(m in t.text for m in ".!?")


def _clause_end(s: _Sentence, cues: Sequence[_Cue], lo: int) -> int:
    """End of the reported clause from *lo*: the sentence end or a trailing ", zei X"."""
    toks, p = s.toks, s.p
    limit = min(len(toks), lo + _MAX_CLAUSE)
    n = bisect.bisect_right(cues, lo + 1, key=lambda c: c.i)
    for c in cues[n : n + _NEAR_CUES]:
        if c.i >= limit:
            break
        if c.kind not in ("verb", "aldus", "phrase"):
            continue
        before = toks[c.i - 1]
        if before.text == ",":
            return c.i - 1
        if before.low in p.source_stop_words and toks[c.i - 2].text == "," and c.i - 2 > lo:
            return c.i - 2  # ", maar zei ook dat ...", ", and said ..."
    return limit


def _past_cue(s: _Sentence, c: _Cue, src: _Source) -> int:
    """The token after cue *c*, and after its subject where the subject follows the cue
    (inverted: "zei Ortiz", "meldde de politie")."""
    toks = s.toks
    m = c.j + 1
    if src.span is not None and src.span.start >= toks[c.j].end:
        while m < len(toks) and toks[m].start < src.span.end:
            m += 1
    return m


def _parenthetical_end(s: _Sentence, c: _Cue, src: _Source, cues: Sequence[_Cue]) -> int | None:
    """For a cue clause set off by commas inside its sentence (", Ortiz says,"): the end of
    the reported sentence when the words after the second comma go on with a verb of
    their own; else None."""
    toks = s.toks
    n = len(toks)
    m = _past_cue(s, c, src)  # past the inverted subject: ", zei Ortiz,"
    if m >= n - 2 or toks[m].text != ",":
        return None
    end = _clause_end(s, cues, m + 1)
    if end - (m + 1) < 3 or not _has_verb(s, m + 1, end):
        return None
    return end


def _trailing_start(
    s: _Sentence, c: _Cue, src: _Source, cues: Sequence[_Cue], subj: _SubjFn
) -> int | None:
    """For a cue that ends its sentence ("..., zei Moon.", "..., the governor said."):
    the comma before the cue clause."""
    toks, p = s.toks, s.p
    n = len(toks)
    if c.kind not in ("verb", "aldus"):
        return None
    k = c.i - 1
    while k > 0 and toks[k].kind == "w" and toks[k].low in p.inversion_particles:
        k -= 1
    if k > 0 and toks[k].text == ",":
        comma = k  # inverted: ", zei Moon", ", zo verklaarde hij", ", aldus X"
        if src.span is None or src.span.start < toks[c.j].end:
            return None
    else:
        # ", the governor said": only the source (and auxiliaries) between comma and verb
        if src.span is None or src.follow:
            return None
        m = c.i - 1
        while (
            m >= 0
            and toks[m].kind == "w"
            and (
                toks[m].low in p.auxiliaries or (p.verb_second and toks[m].low in s.rules.calendar)
            )
        ):
            m -= 1  # also "..., heeft de bond maandag aangekondigd"
        if m < 0 or toks[m].end != src.span.end:
            return None
        while m >= 0 and toks[m].start > src.span.start:
            m -= 1
        comma = m - 1
        if p.verb_second and comma > 1 and toks[comma].low in p.clause_auxiliaries:
            comma -= 1  # "..., heeft wethouder X gezegd": the finite verb before the subject
        if comma <= 0 or toks[comma].text != ",":
            return None
    m = _past_cue(s, c, src)
    words = 0
    while m < n and not (toks[m].kind == "p" and toks[m].text in ",.;!?"):
        if toks[m].kind == "q" or toks[m].text == ":" or toks[m].low in p.complementizers:
            return None
        words += 1
        m += 1
    if words > 4:
        return None
    n = bisect.bisect_left(cues, comma, key=lambda c: c.i)
    if any(o.kind in ("verb", "phrase", "acc") and subj(o)[1] for o in cues[max(0, n - 3) : n]):
        return None
    return comma


# -- speakers -----------------------------------------------------------------------


def _resolve(items: list[_Item], cast: Cast, profile: LanguageProfile) -> None:
    last: _Item | None = None
    prior: _Item | None = None  # the quotation before *last*
    #: The speakers so far, latest first, each once: (key, position of the quotation).
    speakers: list[tuple[str, int]] = []
    named: _Item | None = None  # the last quotation with a speaker
    #: The speaker and resolver of each source phrase resolved so far, by its span.
    decided: dict[tuple[int, int], tuple[str | None, str]] = {}
    for it in items:
        if last is not None and last.draft.speaker_key is not None:
            key = last.draft.speaker_key
            if not speakers or speakers[0][0] != key:
                speakers = [(key, last.draft.span.start), *(x for x in speakers if x[0] != key)]
                del speakers[8:]
        d = it.draft
        if d.kind is QuoteKind.TERM:
            continue
        src = it.source
        if it.continues or src.follow:
            left = False  # the run stops at prose about someone else
            if _answer_of_exchange(it, last, prior, profile):
                resolver: str | None = "run"
                it.rule = "answer"
                _trace.note_on(d.trace, "no cue after a question of another speaker: the answer")
            elif _prose_leaves_run(it, last, cast, profile):
                resolver, left = None, True
                _trace.note_on(
                    d.trace,
                    "no cue of its own, after prose that never refers to the speaker "
                    "before: no speaker",
                )
            else:
                resolver = "run" if _continue_run(it, last) else None
            d.evidence = _evidence(profile, it.rule or "follow", resolver, d.speaker_key)
            if _trace.active() and it.rule != "answer" and not left:
                d.trace.append(
                    "no cue of its own: it continues the previous quotation's speaker"
                    if resolver == "run"
                    else "no cue of its own and no quotation before it nearby: no speaker"
                )
            prior, last = last, it
            continue
        d.source_text, d.source_span = src.phrase, src.span
        resolver = None
        if src.phrase is not None and src.span is not None:
            at = _trace.mark()
            mention = (src.span.start, src.span.end)
            if mention in decided:
                # another quotation of the same source phrase: the same person, not a
                # second decision that the first one's record could sway
                d.speaker_key, resolver = decided[mention]
                _trace.note_on(d.trace, "the same source phrase as a quotation before")
            else:
                d.speaker_key = cast.resolve(src.phrase, src.span, speakers)
                resolver = cast.how
                decided[mention] = (d.speaker_key, resolver)
            if at or _trace.active():
                d.trace.extend(_trace.since(at))
            if (
                d.speaker_key is None
                and resolver != "unnamed"
                and src.phrase.lower() in profile.pronouns
                and last is not None
                and last.sentence >= it.sentence - 1
            ):
                # "he said" right after a quotation: the cast knows no better antecedent
                d.speaker_key = last.draft.speaker_key
                resolver = "pronoun"
                _trace.note_on(d.trace, "the pronoun goes to the previous quotation's speaker")
        if (
            d.speaker_key is None
            and src.phrase is not None
            and src.phrase.lower() in profile.thing_pronouns
            and last is not None
        ):
            # "The ministry said ... It said ...": the organisation quoted before, also
            # past an unnamed source ("The report carried by the agency said ...")
            before = last if last.draft.speaker_key is not None else named
            if (
                before is not None
                and before.draft.speaker_key is not None
                and before.block >= it.block - _BACK
                and cast.is_organisation(before.draft.speaker_key)
            ):
                d.speaker_key = before.draft.speaker_key
                resolver = "pronoun"
                _trace.note_on(
                    d.trace,
                    "'it' goes to the organisation quoted "
                    + ("before" if before is last else "last"),
                )
        if d.speaker_key is None and it.rule in (
            "previous-subject",
            "sentence-subject",
            "verb-after-quote",
        ):
            # the sentence before names no one known: the run goes on
            if _continue_run(it, last):
                resolver = "run"
            else:
                d.source_text = d.source_span = None
                resolver = None
        if d.speaker_key is None and resolver != "unnamed":
            resolver = None
        d.evidence = _evidence(profile, it.rule, resolver, d.speaker_key)
        if _trace.active():
            who = "nobody" if d.speaker_key is None else cast.name_of(d.speaker_key)
            _trace.note_on(d.trace, f"resolver {resolver}: {src.phrase!r} -> {who}")
        if d.speaker_key is not None:
            named = it
        prior, last = last, it


def _answer_of_exchange(
    it: _Item, last: _Item | None, prior: _Item | None, profile: LanguageProfile
) -> bool:
    """Give *it*, a quotation without a cue that opens a paragraph, the speaker of *prior*
    when *last*, just before it, ends its paragraph with a question that its own asking
    cue (:attr:`LanguageProfile.question_cues`) gives to someone else than *prior*, whose
    quotation is at most one paragraph before the question: in an exchange the answer
    belongs to the other party.  True when it did."""
    if (
        not profile.question_marks
        or last is None
        or prior is None
        or last.continues
        or last.draft.kind is not QuoteKind.DIRECT
        or it.draft.kind is not QuoteKind.DIRECT
        or (last.draft.cue or "").lower() not in profile.question_cues
        or it.block != last.block + 1
        or prior.block < last.block - 1
    ):
        return False
    asker, other = last.draft.speaker_key, prior.draft.speaker_key
    if asker is None or other is None or asker == other:
        return False
    if not last.draft.text.rstrip().endswith(profile.question_marks):
        return False
    d = it.draft
    d.speaker_key, d.source_text, d.source_span = (
        other,
        prior.draft.source_text,
        prior.draft.source_span,
    )
    return True


def _prose_leaves_run(it: _Item, last: _Item | None, cast: Cast, profile: LanguageProfile) -> bool:
    """True when *it*, a quotation with no cue in another paragraph than the quotation
    *last* before it, follows prose that never refers to the speaker of *last*: a
    quotation continues a speaker only where the reporter's prose around it is about
    them.  A fragment (partial quotation) needs its own paragraph, up to the end of its
    sentence, to name that speaker or hold a pronoun that fits them
    (:attr:`LanguageProfile.run_pronouns`: 'Smit went on to praise the "steady hand"
    of ...', 'her call for "a fresh start"'); a full quotation needs that of the prose
    since *last*, where there is any (more than three words).  Else the fragment is a
    title, a slogan or the words of someone unnamed, and the quotation someone else's:
    no speaker.  An organisation's statement goes on without its name ('The statement
    called the drills "a rehearsal for war"'): its run is kept."""
    if (
        not profile.run_pronouns
        or last is None
        or last.block == it.block
        or last.draft.speaker_key is None
        or cast.is_organisation(last.draft.speaker_key)
    ):
        return False
    d, key = it.draft, last.draft.speaker_key
    if d.kind is QuoteKind.PARTIAL:
        return not cast.referred_to(key, d.span.start, profile.run_pronouns)
    if cast.prose_between(last.draft.span.end, d.span.start) < 4:
        return False
    return not cast.referred_to(key, d.span.start, profile.run_pronouns, last.draft.span.end)


def _continue_run(it: _Item, last: _Item | None) -> bool:
    """Give *it* the speaker and source of the quotation *last* before it, when that is
    at most :data:`_BACK` content blocks back; True when it did."""
    if last is None or last.block < it.block - _BACK:
        return False
    d, before = it.draft, last.draft
    d.speaker_key, d.source_text, d.source_span = (
        before.speaker_key,
        before.source_text,
        before.source_span,
    )
    return True


def _evidence(
    profile: LanguageProfile, rule: str, resolver: str | None, speaker: str | None
) -> Evidence:
    """The evidence of a quotation: its rule and resolver, and how often that pair is right."""
    named = f"{profile.code}:{rule}" if rule else None
    return Evidence(named, resolver, confidence(rule, resolver, speaker is not None))
