"""People, organisations and places, and the resolution of speakers to them.

The contract other stages rely on:

* ``find_entities(ctx) -> Cast`` runs before attribution and records every
  mention it can find in the content blocks (full names, surnames, Korean
  names, organisations, places, roles, pronouns).
* ``Cast.resolve(phrase, span) -> str | None``: the *key* of the entity a
  source phrase refers to.  ``phrase`` is the source phrase exactly as written
  in ``ctx.text`` at ``span`` ("Kim Sung-han", "Pence", "de vicepresident",
  "De Zuid-Koreaanse president", "hij", "het Witte Huis", "persbureau Yonhap",
  "Coach Troussier", "Mr Kim").  Surnames and roles resolve to the nearest
  earlier full name / person; pronouns to the person they refer back to.
  Unnamed sources ("een woordvoerder", "analisten", "a spokesman") give None.
  The span is recorded as a mention of the entity found.
* ``Cast.add(name, span, kind)``: record a mention found by another stage
  (for example a named entity from an annotator); returns the key.
* ``Cast.entities() -> dict[str, Entity]``: the final entities by key, in order
  of first mention; ``Entity.name`` is the canonical (fullest) name.

Everything is rule-based and linear in the length of the article: one
tokenisation of the content blocks, one pass of the gazetteer's regular
expression, then a few passes over the tokens.  The per-language word lists
(titles, honorifics, given names, unnamed-source nouns, ...) are the
``-- entities`` section of :mod:`koreanews.lang`.
"""

from __future__ import annotations

import bisect
import operator
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence

import attrs

from .. import _trace, gazetteer
from .._context import Context, QuoteDraft
from ..lang import LanguageProfile
from ..models import Block, BlockKind, Entity, EntityKind, Span
from ..names import (
    COMMON_GIVEN_NAMES,
    FAMILY_NAME_FIRST,
    FEMALE_GIVEN_NAMES,
    MALE_GIVEN_NAMES,
    name_key,
    parse_korean_name,
    surname_keys,
)
from ..quotes import shared_regions
from .ranking import mention_count_feature, score

__all__ = ["Cast", "find_entities"]

#: A word: letters, digits, apostrophes and hyphens, or initials ("U.S."); the same as
#: ``(?:[^\W\d_]\.){2,}|[^\W\d_][\w'’-]*``, written with the first letter outside
#: the alternatives, which the regular expression engine finds faster.
_TOKEN = re.compile(r"[^\W\d_](?:\.[^\W\d_]\.(?:[^\W\d_]\.)*|[\w'’-]*)")
#: A capital inside one word ("ProRail", "PostNL", "YouTube"): a brand or organisation,
#: unless a surname's prefix opens it ("McCain", "DeSantis", "LaGuardia", "O'Brien").
_INNER_CAPITAL = re.compile(r"[a-z][A-Z]")
_CAPITAL_PREFIXES = ("Mc", "Mac", "De", "Di", "Da", "Du", "Le", "La", "Van", "Von", "O'", "D'")


def _camel_case(word: str) -> bool:
    """True for one word with a capital inside that no surname prefix explains."""
    return (
        _INNER_CAPITAL.search(word) is not None
        and "-" not in word
        and not word.startswith(_CAPITAL_PREFIXES)
    )


#: An acronym after a word ("de FNV", "het CDA"): an organisation not indexed as a name.
_WORD_AND_ACRONYM = re.compile(r"(\w+)\s+([A-Z][A-Z&]{1,6})(?![\w’'-])")
_TOKEN_PARTS = re.compile(f"({_TOKEN.pattern})")  # splits a text into gap, word, gap ...
_POSSESSIVE = re.compile(r"['’]s?$")
#: A person's initials written as one word: "J.J.", "T.J.".
_INITIALS = re.compile(r"(?:[A-Z]\.){2,3}")
#: The first characters of the marks that open or close a quotation ("“", ",,", "''" ...)
#: and of a line break: a character class is searched much faster than alternatives.
_MARK_STARTS = re.compile(r"[“”„\"«»\n,']")
_OPENING = frozenset(("“", "„", "«", ",,"))
_HEADINGS = frozenset((BlockKind.HEADING, BlockKind.HEADLINE))
_CLOSING = frozenset(("”", "»", "''"))
_INITIAL_GAP = re.compile(
    r"[!?:;\"“”„«»()\[\]|•\n–—]|(?:^|\s)-(?:\s|$)|['‘’](?:\s|$)|(?:^|\s)['‘’]"
)
_SPAN_ORDER = operator.attrgetter("start", "end")
_PUNCTUATION = re.compile(r"[^\w\s'’-]")
_LAST_WORD = re.compile(r"(\w+) $")
#: The word right after a phrase, one space on ("The Clinton| campaign").
_WORD_AFTER_PHRASE = re.compile(r" (\w[\w-]*)")
#: The last word before a position, and the word before it: "to Mr. " -> ("to", "Mr").
_LAST_TWO_WORDS = re.compile(r"(?:(\w+)\s+)?(\w+)\.?\s$")
_COLON_QUOTE = re.compile(r"\s*:\s*[\"“„‘'«]")


def _last_two_words(text: str, lo: int, pos: int) -> tuple[str | None, str] | None:
    """The groups of ``_LAST_TWO_WORDS.search(text, lo, pos)``, or None when it finds none.

    Most calls end after a word (and a full stop) and a space ("to Kim", "Mr. Kim"):
    then the words are read back from *pos* character by character (``\\w`` is
    ``str.isalnum`` or "_", ``\\s`` is ``str.isspace``), instead of a search that tries
    the pattern at every position of the window.  Without a space before *pos* nothing
    matches ('"Kim', "(Kim"); the other calls use the pattern.
    """
    if pos - lo < 2 or not text[pos - 1].isspace():
        return None
    r = pos - 2
    if text[r] == ".":
        r -= 1
    if r < lo or not (text[r].isalnum() or text[r] == "_"):
        m = _LAST_TWO_WORDS.search(text, lo, pos)
        return None if m is None else (m.group(1), m.group(2))
    end = r + 1
    while r > lo and (text[r - 1].isalnum() or text[r - 1] == "_"):
        r -= 1
    first: str | None = None
    if r > lo and text[r - 1].isspace():
        s = r - 1
        while s > lo and text[s - 1].isspace():
            s -= 1
        if s > lo and (text[s - 1].isalnum() or text[s - 1] == "_"):
            q = s - 1
            while q > lo and (text[q - 1].isalnum() or text[q - 1] == "_"):
                q -= 1
            first = text[q:s]
    return first, text[r:end]


_CAP_PARTICLES = frozenset(
    ("de", "van", "der", "den", "ter", "ten", "von", "da", "di", "del", "della", "la", "le")
) | frozenset(("du", "des", "al", "el", "bin", "vande", "vanden", "vander"))
#: The gaps before the "t" of a particle written with an apostrophe ("van 't", "van ‘t")
_APOSTROPHE_T_GAPS = frozenset((" '", " ‘", " ’"))
#: Particles after "van" that make it a name particle, not a preposition ("van der Wal")
_NAME_ONLY_PARTICLES = frozenset(("der", "den", "t", "ter", "ten"))
#: Arabic name particles, in lower case inside a name after a given name ("Mohamed el
#: Amrani", "Ali ben Salah", "Ahmed al-Sayed"); elsewhere the same letters are words
#: ("al", "ben" in Dutch).
_GIVEN_NAME_PARTICLES = frozenset(("el", "al", "ben", "bin", "ibn", "abu", "ould"))
_HYPHEN_PARTICLE = re.compile(r"(?:el|al|ben|bin|ibn|abu|ould)-[^\W\d_]")


#: A first name and the initial of the surname ("Martien R."): how Dutch news names a
#: suspect, a victim or a witness.
_PRIVATE_NAME = re.compile(r"[^\W\d_][\w'’-]+ [A-Z]\.")
#: A word of a phrase before a name in apposition (see ``_Finder.role_before_comma``).
_PHRASE_WORD = re.compile(r"[^\W\d_][\w'’-]*")
#: An age in parentheses right after a name ("Anouk (34)"): a person.
_AGE_AFTER = re.compile(r" \((?:[1-9]\d?|1[01]\d)\)")
#: Roman numerals that follow a club's name ("Willem II") or a ruler's.
_ROMAN_NUMERALS = frozenset(("II", "III", "IV", "VI", "VII", "VIII", "IX", "XI", "XII"))
#: The lower-case word right before a position (one space apart), and the one after.
_VERB_BEFORE = re.compile(r"(?<![\w-])([a-zà-ÿ]+) \Z")
_WORD_AFTER = re.compile(r" ([a-zà-ÿ]+)\b")


#: Three or four capitals: initials that may stand for a person ("HVH", "JFK"); two
#: are too often a country or an organisation ("VS", "OM").
_LETTER_INITIALS = re.compile(r"[A-Z]{3,4}")


def _initials(name: str, profile: LanguageProfile) -> set[str]:
    """The ways *name* is written with initials: one capital per word or part of a
    hyphenated word, a fused particle ("Vanhaezebrouck") giving one for itself and one
    for the rest (:func:`_fused_initials`)."""
    options: list[list[str]] = []
    for word in name.replace("-", " ").split():
        if not word[:1].isalpha():
            return set()
        options.append(sorted(_fused_initials(word.casefold(), profile)))
    if not 2 <= len(options) <= 4:
        return set()  # one word has no initials; more are never abbreviated so
    out = {""}
    for choice in options:
        out = {head + c for head in out for c in choice}
    return out


def _fused_initials(low: str, profile: LanguageProfile) -> set[str]:
    """The initials of one lower-case word: its first letter, or one for each particle
    it starts with and one for the rest ("vandersteen": "V", "VS", "VDS")."""
    out = {low[0].upper()}
    for particle in profile.name_particles:
        rest = low[len(particle) :]
        if len(particle) >= 2 and low.startswith(particle) and len(rest) > 2 and rest.isalpha():
            out.update(low[0].upper() + tail for tail in _fused_initials(rest, profile))
    return out


def _role_compound(text: str) -> bool:
    """True for a capitalised compound that ends in a lower-case noun ("NOS-hoofdredacteur",
    "LTO-voorzitter", "Oranje-international"): a role, never part of a name."""
    if not text[:1].isupper():
        return False
    last = text.rpartition("-")[2]
    return len(last) >= 5 and last.isalpha() and last.islower()


_FOLDED: dict[str, str] = {}


def _fold(text: str) -> str:
    """*text* without accents, case-folded (cached: names recur across articles)."""
    folded = _FOLDED.get(text)
    if folded is None:
        if "’" in text or "‘" in text:  # "van ’t Oever" is "van 't Oever"
            folded = _fold(text.replace("’", "'").replace("‘", "'"))
        elif text.isascii():
            folded = text.casefold()
        else:
            decomposed = unicodedata.normalize("NFKD", text)
            folded = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
        if len(_FOLDED) > 50_000:
            _FOLDED.clear()
        _FOLDED[text] = folded
    return folded


def _norm_title(word: str) -> str:
    return word.casefold().rstrip(".").replace("-", "").replace(" ", "")


class _Tok:
    """One word of a content block (a plain slotted class: there are many)."""

    __slots__ = (
        "allcaps",
        "block",
        "cap",
        "end",
        "gap",
        "initial",
        "joined",
        "low",
        "possessive",
        "quoted",
        "start",
        "text",
    )

    def __init__(
        self,
        start: int,
        end: int,
        text: str,
        low: str,
        cap: bool,
        allcaps: bool,
        possessive: bool,
        initial: bool,
        gap: str,
        block: int,
        quoted: bool,
        joined: bool,
    ) -> None:
        self.start = start
        self.end = end  # possessive removed
        self.text = text
        self.low = low
        self.cap = cap
        self.allcaps = allcaps
        self.possessive = possessive
        self.initial = initial
        self.gap = gap  # the text between the previous token and this one (same block)
        self.block = block
        self.quoted = quoted
        #: follows the previous token of the same block after one space (or after the dot
        #: of an initial: "Donald J. Trump")
        self.joined = joined


#: What the tokeniser needs to know of a word as written (see :func:`_word_info`):
#: (word, low, cap, possessive, cut, kept, allcaps, plain, first).
_WordInfo = tuple[str, str, bool, bool, int, bool, bool, bool, bool]


@attrs.frozen
class _Lexicon:
    """Per-profile lookups, built once per language."""

    titles: frozenset[str]
    multi_titles: tuple[tuple[str, ...], ...]
    title_words: frozenset[str]
    compound: re.Pattern[str] | None
    #: The titles of :attr:`compound` (five letters or more) as a set: a word ends in
    #: one when one of its suffixes is in it (see :func:`_title_suffixes`)
    long_titles: frozenset[str]
    #: The last five letters of those titles -> their lengths, longest first
    title_tails: dict[str, tuple[int, ...]]
    given: frozenset[str]
    never: frozenset[str]
    speech: frozenset[str]
    according: tuple[tuple[str, ...], ...]
    org_suffix: re.Pattern[str] | None
    org_compound: re.Pattern[str] | None
    byline: re.Pattern[str] | None
    abbreviations: frozenset[str]
    #: (words, normalised form) of every title of several words
    multi_norm: tuple[tuple[tuple[str, ...], str], ...]
    honorific_norms: frozenset[str]
    #: (normalised noun, gender) of the gendered nouns
    gender_norms: tuple[tuple[str, str], ...]
    #: Lower-case words the detection rules look at; other lower-case words are left out
    #: of the token list (most words of an article: they only separate names)
    keep: frozenset[str]
    #: The tokeniser's cache: word as written -> what it is (see ``_word_info``)
    words: dict[str, _WordInfo] = attrs.field(factory=dict, eq=False)
    #: The finder's cache: capitalised word -> ``_name_kind`` of it
    name_kinds: dict[str, int] = attrs.field(factory=dict, eq=False)
    #: The finder's cache: lower-case word -> ``_org_word`` of it
    org_words: dict[str, bool] = attrs.field(factory=dict, eq=False)
    #: The finder's cache: lower-case word -> ``_org_head`` of it
    org_heads: dict[str, bool] = attrs.field(factory=dict, eq=False)
    #: The finder's cache: lower-case word -> ``_role_word`` of it
    role_words: dict[str, bool] = attrs.field(factory=dict, eq=False)
    #: Endings of compounds that name a street or another place ("Wilhelminalaan")
    place_compound: re.Pattern[str] | None = None


_LEXICONS: dict[int, tuple[LanguageProfile, _Lexicon]] = {}


def _lexicon(profile: LanguageProfile) -> _Lexicon:
    cached = _LEXICONS.get(id(profile))
    if cached is not None and cached[0] is profile:
        return cached[1]
    lex = _build_lexicon(profile)
    _LEXICONS[id(profile)] = (profile, lex)
    return lex


def _suffix_pattern(words: Iterable[str]) -> re.Pattern[str] | None:
    ordered = sorted(words, key=len, reverse=True)
    if not ordered:
        return None
    return re.compile("(?:" + "|".join(re.escape(w) for w in ordered) + ")$")


def _kept_words(
    profile: LanguageProfile,
    titles: set[str],
    title_words: set[str],
    speech: set[str],
    according: tuple[tuple[str, ...], ...],
) -> frozenset[str]:
    keep = set(titles) | title_words | speech | _CAP_PARTICLES
    for words in (
        profile.determiners,
        profile.name_particles,
        profile.conjunctions,
        profile.source_prepositions,
        profile.pronouns,
        profile.honorifics,
        profile.title_abbreviations,
        profile.role_modifiers,
        profile.gendered_nouns,
        profile.organisation_nouns,
        profile.organisation_heads,
        profile.unnamed_sources,
        profile.place_words,
        profile.titles,
    ):
        keep.update(w.casefold() for w in words)
    for phrase in according:
        keep.update(phrase)
    keep.update(w.casefold() for w in gazetteer.first_words() if w[:1].islower())
    keep.update(w.casefold().strip("'’‘") for w in profile.name_particles)  # "'t" -> "t"
    return frozenset(keep)


def _tails(titles: Iterable[str]) -> dict[str, tuple[int, ...]]:
    """The last :data:`_LONG_TITLE` letters of each of *titles* -> the lengths of the
    titles that end in them, longest first."""
    lengths: dict[str, set[int]] = {}
    for t in titles:
        lengths.setdefault(t[-_LONG_TITLE:], set()).add(len(t))
    return {tail: tuple(sorted(sizes, reverse=True)) for tail, sizes in lengths.items()}


def _build_lexicon(profile: LanguageProfile) -> _Lexicon:
    singles: set[str] = set()
    multi: list[tuple[str, ...]] = []
    words: set[str] = set()
    for t in profile.titles:
        parts = t.casefold().split()
        singles.add(_norm_title(t))
        if len(parts) > 1:
            multi.append(tuple(parts))
            words.update(parts)
    long_titles = sorted((t for t in singles if len(t) >= 5), key=len, reverse=True)
    compound = (
        re.compile("(?:" + "|".join(re.escape(t) for t in long_titles) + ")$")
        if long_titles
        else None
    )
    never = set(profile.function_words) | set(profile.non_names) | set(profile.pronouns)
    never |= set(profile.weekdays) | set(profile.complementizers) | set(profile.determiners)
    never |= set(profile.conjunctions) | set(profile.unnamed_sources)
    never |= {m for m in profile.months if len(m) > 3}
    speech = set(profile.speech_verbs) | set(profile.separable_verbs)
    speech |= {c.casefold() for c in profile.after_quote_cues}
    according = tuple(tuple(a.casefold().split()) for a in profile.according_to)
    given = frozenset(
        COMMON_GIVEN_NAMES | FEMALE_GIVEN_NAMES | MALE_GIVEN_NAMES | profile.given_names
    )
    return _Lexicon(
        titles=frozenset(singles),
        multi_titles=tuple(multi),
        title_words=frozenset(words),
        compound=compound,
        long_titles=frozenset(long_titles),
        title_tails=_tails(long_titles),
        given=given,
        never=frozenset(never - {g.casefold() for g in given}),
        speech=frozenset(speech),
        according=according,
        org_suffix=_suffix_pattern(n for n in profile.organisation_nouns if len(n) >= 6),
        org_compound=_suffix_pattern(profile.organisation_suffixes),
        place_compound=_suffix_pattern(profile.place_suffixes),
        abbreviations=frozenset(
            set(profile.abbreviations) | set(profile.honorifics) | set(profile.title_abbreviations)
        ),
        multi_norm=tuple((m, _norm_title(" ".join(m))) for m in multi),
        honorific_norms=frozenset(_norm_title(h) for h in profile.honorifics),
        gender_norms=tuple((_norm_title(g), sex) for g, sex in profile.gendered_nouns.items()),
        keep=_kept_words(profile, singles, words, speech, according),
        byline=(
            re.compile(r"(?:" + "|".join(profile.byline_openers) + r")\s+(?=\w)", re.IGNORECASE)
            if profile.byline_openers
            else None
        ),
    )


class _Ent:
    """One entity being built (a plain slotted class: made and changed in hot loops)."""

    __slots__ = (
        "first_form",
        "forms",
        "full_forms",
        "gender",
        "gid",
        "key",
        "kind",
        "korean",
        "mentions",
        "metonym_forms",
        "nationality",
        "role_heads",
        "roles",
        "starts",
    )

    def __init__(self, key: str, kind: EntityKind) -> None:
        self.key = key
        self.kind = kind
        self.forms: dict[str, int] = {}  # form -> count
        self.first_form: dict[str, int] = {}
        self.full_forms: set[str] = set()
        self.mentions: list[Span] = []
        #: The starts of :attr:`mentions`, sorted (for counting those before a position).
        self.starts: list[int] = []
        self.roles: list[str] = []
        self.role_heads: set[str] = set()
        self.nationality: str | None = None
        self.gender: str | None = None
        self.korean = False
        self.gid: str | None = None
        self.metonym_forms: set[str] = set()

    def add_form(self, form: str, pos: int, full: bool = False) -> None:
        forms = self.forms
        if form in forms:
            forms[form] += 1
        else:
            forms[form] = 1
            self.first_form[form] = pos
        if full:
            self.full_forms.add(form)

    def canonical(self) -> str:
        def order(form: str) -> tuple[int, int, int]:
            return (-self.forms[form], self.first_form[form], 0)

        if len(self.forms) == 1:  # the only form (most entities): nothing to choose
            return next(iter(self.forms))
        if self.kind is EntityKind.PERSON:
            pool = sorted(self.full_forms or self.forms)
            if self.korean:
                return min(pool, key=order)
            return min(pool, key=lambda f: (-len(f.split()), *order(f)))
        pool = [f for f in self.forms if f not in self.metonym_forms] or list(self.forms)
        return min(pool, key=order)


#: How far before a same-named person after a preposition a subject mention may be to win
#: over it (characters: about a sentence).
_OBLIQUE_REACH = 200


@attrs.define
class _Mention:
    start: int
    end: int
    key: str
    sentence: int
    possessive: bool = False
    quoted: bool = False


class Cast:
    """The entities of one article, built by :func:`find_entities`."""

    def __init__(self, text: str = "", profile: LanguageProfile | None = None) -> None:
        self._text = text
        self._profile = profile
        self._ents: dict[str, _Ent] = {}
        self._mentions: list[_Mention] = []
        self._starts: list[int] = []
        self._sentence_starts: list[int] = [0]
        self._quoted: list[tuple[int, int]] = []
        self._surnames: dict[str, list[str]] = {}
        self._spans: set[tuple[int, int]] = set()
        self._keyed_spans: set[tuple[str, int, int]] = set()
        #: The resolver behind the last :meth:`resolve` ("exact", "surname", "role" ...).
        self.how = "unnamed"
        #: Whether the last :meth:`_role` found no holder and took the person a pronoun
        #: would mean: a guess, not recorded as a mention for later pronouns.
        self._guessed = False

    # -- building -------------------------------------------------------------

    def _entity(self, key: str, kind: EntityKind) -> _Ent:
        ent = self._ents.get(key)
        if ent is None:
            ent = self._ents[key] = _Ent(key, kind)
        return ent

    def _sentence_of(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self._sentence_starts, pos) - 1)

    def _in_quote(self, pos: int) -> bool:
        i = bisect.bisect_right(self._quoted, (pos, 1 << 62)) - 1
        return i >= 0 and self._quoted[i][0] <= pos < self._quoted[i][1]

    def _record(
        self, key: str, span: Span, *, possessive: bool = False, quoted: bool | None = None
    ) -> None:
        start, end = span.start, span.end
        keyed = (key, start, end)
        if keyed not in self._keyed_spans:
            self._keyed_spans.add(keyed)
            ent = self._ents[key]
            ent.mentions.append(span)
            bisect.insort(ent.starts, start)
        if (start, end) in self._spans:
            return
        self._spans.add((start, end))
        sentence = bisect.bisect_right(self._sentence_starts, start) - 1  # _sentence_of
        mention = _Mention(
            start,
            end,
            key,
            sentence if sentence > 0 else 0,
            possessive,
            self._in_quote(start) if quoted is None else quoted,
        )
        i = bisect.bisect_right(self._starts, start)
        self._starts.insert(i, start)
        self._mentions.insert(i, mention)

    def name_of(self, key: str) -> str:
        """The canonical name of the entity *key* as it stands now."""
        return self._ents[key].canonical()

    def names_someone(self, span: Span) -> bool:
        """True when a mention of a person or organisation recorded so far overlaps *span*."""
        i = bisect.bisect_left(self._starts, span.end)
        return any(
            m.end > span.start and self._ents[m.key].kind is not EntityKind.PLACE
            for m in self._mentions[max(0, i - 8) : i]
        )

    def referred_to(
        self, key: str, pos: int, pronouns: Mapping[str, str], since: int | None = None
    ) -> bool:
        """True when the text from the end of the paragraph of *since* (default: from the
        start of the paragraph of *pos*) to the end of the sentence of *pos* names the
        entity *key* outside quotations or holds one of *pronouns* (pronoun -> "m", "f"
        or "n") that fits it: "n" an organisation, "m" or "f" a person of that gender or
        of none known."""
        text = self._text
        if since is None:
            start = text.rfind("\n", 0, pos) + 1
        else:  # the prose after the paragraph of *since*
            start = text.find("\n", since, pos)
            if start < 0:
                start = since
        s = self._sentence_of(pos) + 1
        end = self._sentence_starts[s] if s < len(self._sentence_starts) else len(text)
        nl = text.find("\n", pos, end)
        if nl >= 0:
            end = nl
        i = bisect.bisect_left(self._starts, start)
        j = bisect.bisect_left(self._starts, end)
        if any(m.key == key and not m.quoted for m in self._mentions[i:j]):
            return True
        ent = self._ents.get(key)
        if ent is None or not pronouns:
            return False
        org = ent.kind is not EntityKind.PERSON
        for m in _PHRASE_WORD.finditer(self._text, start, end):
            g = pronouns.get(m.group().lower().replace("’", "'").split("'", 1)[0])
            if g is None or self._in_quote(m.start()):
                continue
            if (g == "n") == org and (org or ent.gender is None or ent.gender == g):
                return True
        return False

    def prose_between(self, start: int, end: int) -> int:
        """How many words the text from the end of the paragraph of *start* to *end* holds."""
        nl = self._text.find("\n", start, end)
        return 0 if nl < 0 else len(self._text[nl:end].split())

    def covers(self, span: Span) -> bool:
        """True when a mention recorded so far overlaps *span*."""
        i = bisect.bisect_left(self._starts, span.end)
        return any(m.end > span.start for m in self._mentions[max(0, i - 8) : i])

    def _index_person(self, key: str, name: str) -> None:
        for k in (*surname_keys(name), _fold(name)):
            keys = self._surnames.setdefault(k, [])
            if key not in keys:
                keys.append(key)

    def add(self, name: str, span: Span, kind: EntityKind = EntityKind.PERSON) -> str:
        """Record a mention of *name*; returns the entity's key."""
        name = " ".join(name.split())  # whitespace runs as one space
        if not isinstance(kind, EntityKind):
            kind = EntityKind(kind)
        if (
            kind is EntityKind.PERSON
            and self._profile is not None
            and " " in name
            and name.split(" ", 1)[0].casefold() in self._profile.event_nouns
        ):
            kind = EntityKind.ORGANISATION  # "Operatie Alfa": an event, no person
        elif kind is EntityKind.PERSON and gazetteer.is_place_name(name):
            kind = EntityKind.PLACE  # "volgens Hilversum": the town speaks
        if kind is EntityKind.PERSON:
            name = self._without_roles(name)
            last = name.rsplit(" ", 1)[-1]
            if (
                " " in name
                and len(last) == 1
                and last.isupper()
                and self._text[span.end : span.end + 1] == "."
            ):
                name += "."  # "Anton R." as in the text, as the entities stage finds it
            key = self._person_key_for(name, span.start)
            if key is None:
                key = self._person_at(name, span)
            if key is None:
                key = "person:" + name_key(name)
                ent = self._entity(key, kind)
                ent.korean = parse_korean_name(name) is not None
                self._index_person(key, name)
            ent = self._ents[key]
            ent.add_form(name, span.start, full=name_key(name) == key[len("person:") :])
        else:
            entry = gazetteer.lookup(name)
            if entry is not None:
                key = entry.id
                ent = self._entity(key, entry.kind)
                ent.gid = entry.id
                if gazetteer.is_metonym(name):
                    ent.metonym_forms.add(name)
            else:
                key = f"{kind.value}:{_fold(name)}"
                ent = self._entity(key, kind)
            ent.add_form(name, span.start)
        self._record(key, span)
        return key

    def _without_roles(self, name: str) -> str:
        """*name* without the roles written before it: "Kamerlid Jan Smit", "Vlaams minister
        Jan Smit", "NOS-hoofdredacteur Jan Smit" are all "Jan Smit" (honorifics stay)."""
        profile = self._profile
        if profile is None or " " not in name:
            return name
        lex = _lexicon(profile)
        words = name.split(" ")
        cut = 0
        while cut < len(words) - 1:
            word = words[cut]
            low = word.casefold().rstrip(".")
            if low in profile.honorifics:
                break
            if not (
                _is_title(low, lex, profile)
                or _role_compound(word)
                or low in profile.role_modifiers
                or (word[:1].isupper() and _title_after_modifiers(words, cut + 1, lex, profile))
            ):
                break
            cut += 1
        if cut == 0 or not any(w[:1].isupper() for w in words[cut:]):
            return name
        return " ".join(words[cut:])

    def _person_at(self, name: str, span: Span) -> str | None:
        """A person found inside *span* whose name starts with *name* ("Ruud" of the
        phrase "trainer Ruud" before "Ruud van 't Schip")."""
        lo = bisect.bisect_left(self._starts, span.start)
        hi = bisect.bisect_left(self._starts, span.end)
        folded = _fold(name) + " "
        for m in self._mentions[lo:hi]:
            ent = self._ents[m.key]
            if ent.kind is EntityKind.PERSON and _fold(ent.canonical()).startswith(folded):
                return m.key
        return None

    # -- lookups --------------------------------------------------------------

    def _first_seen(self, key: str) -> int:
        for m in self._mentions:
            if m.key == key:
                return m.start
        return 1 << 62

    def _main_figure(self, key: str) -> tuple[int, int]:
        """Sorts the person named most so far first, then the one named first."""
        ent = self._ents.get(key)
        return (-len(ent.starts) if ent is not None else 0, self._first_seen(key))

    def _honorific_gender(self, pos: int) -> str | None:
        """The gender of the honorific or gendered title right before *pos* ("Mrs.",
        "Mr", "meneer"), or None."""
        profile = self._profile
        if profile is None:
            return None
        words = _last_two_words(self._text, max(0, pos - 16), pos)
        if words is None:
            return None
        return profile.gendered_nouns.get(words[1].casefold())

    def _person_key_for(self, name: str, pos: int) -> str | None:
        """The person *name* stands for at *pos*: same full name, or nearest earlier full name."""
        key = "person:" + name_key(name)
        if key in self._ents:
            return key
        candidates = self._surnames.get(_fold(name), [])
        if not candidates:
            words = name.split(" ")
            if len(words) > 1 and words[0].casefold() in _CAP_PARTICLES:
                candidates = self._surnames.get(_fold(" ".join(words[1:])), [])
        if not candidates:
            return None
        if len(candidates) == 1:
            return candidates[0]
        gender = self._honorific_gender(pos)
        if gender is not None:
            # "Mrs. Clinton" beside "Hillary Clinton" and "Bill Clinton": the woman
            fitting = [k for k in candidates if k in self._ents and self._ents[k].gender == gender]
            if len(fitting) == 1:
                return fitting[0]
        if not any(self._ents[k].korean for k in candidates if k in self._ents):
            # "Clinton" beside "Hillary Clinton" and "Bill Clinton": the one the article
            # names most, its main figure (relatives go by their given names)
            return min(candidates, key=self._main_figure)
        wanted = set(candidates)
        oblique: _Mention | None = None
        for m in self._persons_before(pos):
            if m.key not in wanted:
                continue
            if oblique is not None and oblique.start - m.end > _OBLIQUE_REACH:
                break
            if oblique is None and self._after_preposition(m.start):
                # "Kim Yo Jong, the sister of Kim Jong Un, said ... Kim said": a name after
                # a preposition is less salient than the subject just before it
                oblique = m
                continue
            return m.key
        if oblique is not None:
            return oblique.key
        return min(candidates, key=self._first_seen)

    # -- resolution -----------------------------------------------------------

    def resolve(
        self, phrase: str, span: Span, speakers: Sequence[tuple[str, int]] | None = None
    ) -> str | None:
        """The key of the entity *phrase* (found at *span*) refers to, or None.

        :attr:`how` then names the resolver that decided: ``"exact"`` (the phrase names
        the entity as its canonical form does), ``"surname"`` (a shorter form of an
        earlier name), ``"role"``, ``"pronoun"``, ``"initials"`` (a person named before,
        by initials: "HVH"), ``"new"`` (a name first met here) or ``"unnamed"`` (no
        entity: an unnamed source).

        *speakers*, the speakers of the quotations before the phrase as ``(key,
        position)``, latest first, let a pronoun be ranked among its candidates with the
        fitted weights of :mod:`koreanews.speech.ranking`.
        """
        profile = self._profile
        text = phrase.strip()
        if not text:
            self.how = "unnamed"
            return None
        lead = len(phrase) - len(phrase.lstrip())
        start = span.start + lead
        end = start + len(text)
        lo = bisect.bisect_left(self._starts, start)
        hi = bisect.bisect_left(self._starts, end)
        # a name that ends in an initial's dot the phrase left out ("van Anton R")
        dot = end + 1 if self._text[end : end + 1] == "." else end
        inner = [m for m in self._mentions[lo:hi] if m.end <= dot]
        if not inner:
            inner = [m for m in self._mentions[max(0, lo - 8) : lo + 1] if m.start <= start < m.end]
            inner = [m for m in inner if end <= m.end]
        words: list[str] = _TOKEN.findall(text)
        lows = [w.casefold() for w in words]
        if (
            profile is not None
            and len(words) == 1
            and _LETTER_INITIALS.fullmatch(text)
            and gazetteer.lookup(text) is None
        ):
            initialled = self._initialled(text, start, profile)
            if initialled is not None:
                # "aldus HVH" after "Hein Vanhaezebrouck": a person by their initials
                self._record(initialled, Span(start, end))
                self.how = "initials"
                return initialled
        if (
            profile is not None
            and len(lows) >= 4
            and lows[2] in profile.place_prepositions
            and inner
            and all(
                m.start >= start + _word_offset(text, 3)
                and self._ents[m.key].kind is EntityKind.PLACE
                for m in inner
            )
        ):
            # "de regering in Tokio" after "de Japanse regering": the place is no part
            # of the source
            named = self._named_organisation(lows[:2], start, profile)
            if named is not None:
                self._record(named, Span(start, end))
                self.how = "role"
                return named
        if (
            profile is not None
            and not inner
            and len(words) >= 2
            and words[0][:1].isupper()
            and lows[0] in profile.name_particles
            and words[-1][:1].isupper()
        ):
            particled = self._person_key_for(text, start)
            if particled is not None:
                # "zei De Jonge" after "Hugo de Jonge": a surname that reads as a word
                self._record(particled, Span(start, end))
                self.how = "surname"
                return particled
        if profile is not None and not inner and len(words) == 2:
            described = self._described(text, words, lows, start, profile)
            if described is not None:
                # "zegt de bakker" after "bakker Henk Visser"; "de Tilburger"
                _trace.note(
                    f"description {text!r}: {self._ents[described].canonical()}, "
                    "the person introduced with that word (or a pronoun there)"
                )
                self._record(described, Span(start, end))
                self.how = "role"
                return described
        if profile is not None and self._name_as_modifier(words, lows, end, profile):
            # "The Clinton campaign said", "an FBI investigation found": the name only
            # modifies the noun after the phrase, someone or something unnamed
            self.how = "unnamed"
            return None
        if profile is not None and inner and self._affiliate(lows, inner, end, profile):
            # "one Clinton aide", "a senior Cruz adviser": someone unnamed of that side
            self.how = "unnamed"
            return None
        if profile is not None:
            unnamed_key = (id(profile), text)
            if unnamed_key in _UNNAMED:
                unnamed_at = _UNNAMED[unnamed_key]
            else:
                unnamed_at = _unnamed_index(words, lows, profile)
                if len(_UNNAMED) > 50_000:
                    _UNNAMED.clear()
                _UNNAMED[unnamed_key] = unnamed_at
            cut = start + _word_offset(text, unnamed_at) if unnamed_at is not None else 0
            if unnamed_at is not None and any(m.start <= cut < m.end for m in inner):
                unnamed_at = None  # a name that holds the word: "het Noord-Koreaanse leger"
            if unnamed_at is not None and not inner and unnamed_at == len(lows) - 1:
                # "de Japanse regering", "the Chinese army": a country's institution speaks
                organisation = self._organisation_phrase(words, lows, start, end, profile)
                if organisation is not None:
                    self.how = "exact"
                    return organisation
            if (
                not inner
                and lows
                and lows[-1] in profile.institution_nouns
                and all(w in profile.definite_determiners for w in lows[:-1])
            ):
                # "de politie meldt": the institution itself speaks
                institution = words[-1].lower()
                known = f"{EntityKind.ORGANISATION.value}:{_fold(institution)}" in self._ents
                self.how = "exact" if known else "new"
                return self.add(institution, Span(start, end), EntityKind.ORGANISATION)
            at = 0  # the first word after the definite determiners
            while at < len(lows) - 1 and lows[at] in profile.definite_determiners:
                at += 1
            if (
                unnamed_at is None
                and at < len(words)
                and self._titled_organisation(words, lows, at, inner, profile)
            ):
                # "The University of Michigan said", "Bank of America said": the whole name
                organisation_start = start + _word_offset(text, at)
                self.how = "exact"
                return self.add(
                    text[organisation_start - start :],
                    Span(organisation_start, end),
                    EntityKind.ORGANISATION,
                )
            place_of = _institution_of_place(
                words, lows, at, inner, self._ents, self._text, profile
            )
            if place_of is not None:
                # "volgens de gemeente Utrecht", "de provincie Groningen meldt": the
                # institution of that place speaks, not the place
                self.how = "new"
                return self.add(place_of, Span(start, end), EntityKind.ORGANISATION)
            if unnamed_at is not None and lows[unnamed_at] in profile.organisation_nouns:
                # "the Yonhap news agency", "Reuters news agency": the named organisation
                # itself (but "a Yonhap reporter" stays unnamed: a person noun)
                owners = [
                    m
                    for m in inner
                    if m.start < cut and self._ents[m.key].kind is EntityKind.ORGANISATION
                ]
                if owners:
                    self._record(owners[-1].key, Span(start, end))
                    self.how = "exact"
                    return owners[-1].key
            if unnamed_at is not None:
                # "een woordvoerder van het Witte Huis": unnamed, even if a name follows "van"
                before = [
                    m
                    for m in inner
                    if m.start < cut and self._ents[m.key].kind is EntityKind.PERSON
                ]
                if not before and self._titled_organisation(
                    words, lows, unnamed_at, inner, profile
                ):
                    # "the Ministry of Foreign Affairs said": an organisation's own name
                    key = self.add(text[cut - start :], Span(cut, end), EntityKind.ORGANISATION)
                    self.how = "exact"
                    return key
                if not before and not _title_before_name(words, unnamed_at):
                    named = self._named_organisation(lows, start, profile)
                    if named is not None:
                        # "the ministry said" after "the Ministry of Unification"
                        self._record(named, Span(start, end))
                        self.how = "role"
                        return named
                    if lows[0] in profile.definite_determiners:
                        # "de woordvoerder" after "Kim Eui-kyeom, de woordvoerder van Moon"
                        role = _role_in(words, profile)
                        if role is not None:
                            holder = self._role(role[0], role[1], start, strict=True)
                            if holder is not None:
                                self._record(holder, Span(start, end))
                                self.how = "role"
                                return holder
                    self.how = "unnamed"
                    return None
            organisation = self._organisation_phrase(words, lows, start, end, profile)
            if organisation is not None and not inner:
                self.how = "exact"
                return organisation
        if inner and profile is not None:
            holder = self._owned_role(text, start, inner, profile)
            if holder is not None:
                # "Smit's attorney said" after "his attorney, Jan de Vries,"
                self._record(holder, Span(start, end))
                self.how = "role"
                return holder
            head = self._head_of(text, start, inner, profile)
            if head is not None:
                # "de zus van Kim", "the president of South Korea", "Kim's sister"
                if head[0] is None:
                    self.how = "unnamed"
                    return None
                holder = self._role(head[0], head[1], start)
                if holder is not None:
                    self._record(holder, Span(start, end))
                self.how = "role"
                return holder
        if inner:
            key = self._described_name(inner, profile) or _best_inner(inner, self._ents, self._text)
            self._record(key, Span(start, end))
            self.how = "exact" if self._full_form(key, text) else "surname"
            return key
        if (
            profile is not None
            and len(lows) == 1
            and lows[0] in profile.plural_pronouns
            and self._next_to_plural_verb(start, end, profile)
        ):
            # "Ze spraken van ...", "zeiden zij": a group, not one person
            self.how = "unnamed"
            return None
        if profile is not None and len(lows) == 1 and lows[0] in profile.pronouns:
            gender = profile.pronouns[lows[0]]
            found, holder = self._noun_antecedent(start, gender, profile)
            if found:
                # "De voorzitter vroeg ... „…”, zei hij": the person that noun means, and
                # none when no one was named with it
                if holder is not None:
                    self._record(holder, Span(start, end))
                self.how = "pronoun" if holder is not None else "unnamed"
                return holder
            if speakers is None:
                referent = self._pronoun(start, gender)
            else:
                referent = self._ranked_pronoun(start, gender, speakers)
            if referent is not None:
                self._record(referent, Span(start, end))
            self.how = "pronoun"
            return referent
        if profile is not None:
            role = _role_in(words, profile)
            if role is not None and lows[0] in profile.indefinite_determiners:
                self.how = "unnamed"  # "a senior adviser said": someone new, unnamed
                return None
            if role is not None:
                self._guessed = False
                holder = self._role(role[0], role[1], start)
                if holder is not None and not self._guessed:
                    # "De voorzitter vroeg ... Hij zei": a guess is no antecedent of "hij"
                    self._record(holder, Span(start, end))
                self.how = "role"
                return holder
        if profile is not None:
            generic = self._generic_organisation(lows, start, profile)
            if generic is not None:
                # "heeft de vakbond laten weten" after "de FNV": that organisation
                self._record(generic, Span(start, end))
                self.how = "role"
                return generic
        name = _name_in(words, profile)
        if name is None:
            self.how = "unnamed"
            return None
        entry = gazetteer.lookup(name)
        if entry is not None and entry.kind is not EntityKind.PERSON:
            self.how = "new"
            return self.add(name, Span(start, end), entry.kind)
        if name.isupper() and len(name) > 1 and " " not in name:
            self.how = "new"
            return self.add(name, Span(start, end), EntityKind.ORGANISATION)
        if profile is not None:
            last = name.rsplit(" ", 1)[-1].casefold()
            if (
                last in profile.organisation_heads
                or _organisation_name(name, profile)
                or name in profile.known_organisations
            ):
                self.how = "new"
                return self.add(name, Span(start, end), EntityKind.ORGANISATION)
            if (
                " " not in name
                and lows[0] == name.casefold()
                and name.casefold().endswith(profile.plural_suffixes)
                and self._person_key_for(name, start) is None
                and name not in FAMILY_NAME_FIRST
                and name not in _lexicon(profile).given
                and gazetteer.known_surname(name) is None
                and self._at_sentence_start(start)
            ):
                self.how = "unnamed"
                return None  # "Critics said", "Tegenstanders waarschuwden": a common noun
            if (
                " " not in name
                and self._at_sentence_start(start)
                and self._person_key_for(name, start) is None
                and name not in FAMILY_NAME_FIRST
                and name not in _lexicon(profile).given
                and gazetteer.known_surname(name) is None
                and self._text.count(name) == 1
                and not self._after_quote_that_runs_on(start)
                and not self._reporting_verb_after(end, name, profile)
            ):
                # one capitalised word opening a sentence, never written again and never
                # found as a name: a common word ("Speaking", "Around", "Twenty-four")
                self.how = "unnamed"
                return None
            if (
                " " not in name
                and name in words[1:]
                and words[words.index(name) - 1] in profile.definite_determiners
                and name not in _lexicon(profile).given
                and self._person_key_for(name, start) is None
            ):
                # "volgens het Rijksmuseum", "zegt de Rabobank", "the Pentagon said": an
                # article in lower case before one capitalised word names no person
                self.how = "new"
                return self.add(name, Span(start, end), EntityKind.ORGANISATION)
        self.how = "new"
        return self.add(name, Span(start, end), EntityKind.PERSON)

    def _name_as_modifier(
        self, words: list[str], lows: list[str], end: int, profile: LanguageProfile
    ) -> bool:
        """True for an article and capitalised words only ("The Clinton", "an FBI") that
        the text goes on with a lower-case noun ("campaign", "investigation", "poll"):
        the phrase was cut before its head, which is no name.  A reporting verb, an
        auxiliary or a word with a verb's ending after it ("The Saudis have warned",
        "The Whigs said") keeps the name."""
        if len(words) < 2 or (
            lows[0] not in profile.definite_determiners
            and lows[0] not in profile.indefinite_determiners
        ):
            return False
        if not all(w[:1].isupper() for w in words[1:]):
            return False
        m = _WORD_AFTER_PHRASE.match(self._text, end)
        if m is None:
            return False
        nxt = m.group(1)
        low = nxt.casefold()
        if not nxt.islower() or len(low) < 2:
            return False
        return not (
            low in profile.speech_verbs
            or low in profile.auxiliaries
            or low in profile.clause_auxiliaries
            or low in profile.source_stop_words
            or low in profile.function_words
            or low in profile.complementizers
            or low in profile.relative_pronouns
            or low in profile.irregular_verbs
            or (
                low.endswith(profile.verb_endings)
                and not (profile.non_verb_endings and low.endswith(profile.non_verb_endings))
            )
        )

    def _affiliate(
        self, lows: list[str], inner: list[_Mention], end: int, profile: LanguageProfile
    ) -> bool:
        """True for a phrase headed by a title or an unnamed source with a person's name
        only as a modifier before it and no definite article or possessive ("one Clinton
        aide", "a senior Cruz adviser", "Top Trump strategist"): someone of that person's
        side, unnamed.  "Clinton's aide" (an owned role), "the Cruz adviser" (perhaps one
        named before) and "Trump adviser Roger Stone" (a name after the title) are not."""
        head = lows[-1]
        if head not in profile.titles and head not in profile.unnamed_sources:
            return False
        if lows[0] in profile.definite_determiners or len(lows) < 2:
            return False
        if any(m.possessive or m.end >= end for m in inner):
            return False
        return all(self._ents[m.key].kind is EntityKind.PERSON for m in inner)

    def _described_name(self, inner: list[_Mention], profile: LanguageProfile | None) -> str | None:
        """The person a phrase ends with when a name and a role come before it as
        modifiers: "Sanders campaign manager Jeff Weaver", "Trump adviser Roger Stone",
        also with a capitalised title ("Clinton Communications Director Ann Reyes")."""
        if profile is None or len(inner) < 2:
            return None
        last, prev = inner[-1], inner[-2]
        if self._ents[last.key].kind is not EntityKind.PERSON or last.possessive:
            return None
        gap = _TOKEN_PARTS.split(self._text[prev.end : last.start])
        words = gap[1::2]
        if not words or len(words) > 4 or any(g.strip() for g in gap[::2]):
            return None  # a comma, a dash or a parenthesis: no modifier
        for w in words:
            low = w.casefold()
            if (
                (not w.islower() and low not in profile.titles)
                or low in profile.source_stop_words
                or low in profile.source_prepositions
                or low in profile.conjunctions
                or low in profile.determiners
                or low in profile.name_particles
            ):
                return None
        return last.key

    def _owned_role(
        self, text: str, start: int, inner: list[_Mention], profile: LanguageProfile
    ) -> str | None:
        """The person the article gave the role in "X's attorney" (a possessive person,
        then a title): that person, not X; None when nobody holds the role (then the
        source stays unnamed)."""
        owners = [m for m in inner if m.possessive]
        whole = [m for m in inner if m.start <= start and m.end >= start + len(text)]
        if len(owners) != 1 or len(inner) != 1 + len(whole):
            return None
        if whole:
            return whole[0].key  # the phrase was resolved before
        owner = owners[0]
        if self._ents[owner.key].kind is not EntityKind.PERSON:
            return None
        lex = _lexicon(profile)
        heads: set[str] = set()
        for w in _TOKEN.findall(text[owner.end - start :]):
            low = w.casefold()
            if low in profile.unnamed_sources:
                return None  # "X's spokesman": unnamed, whoever it is
            if _is_title(low, lex, profile):
                heads |= _title_heads(low, lex, profile)
        heads -= lex.honorific_norms
        if not heads:
            return None
        holder = self._role(heads, None, start, strict=True)
        return holder if holder != owner.key else None

    def _titled_organisation(
        self,
        words: list[str],
        lows: list[str],
        at: int,
        inner: list[_Mention],
        profile: LanguageProfile,
    ) -> bool:
        """True when the phrase from word *at* names an organisation by a capitalised head
        and a capitalised complement: "Ministry of Foreign Affairs", "Ministry of the
        People's Security"; not "a Ministry of Defence official"."""
        head = words[at]
        if (
            not head[:1].isupper()
            or lows[at] not in profile.organisation_heads
            or at + 2 >= len(words)
            or lows[at + 1] not in profile.source_prepositions
            or not words[-1][:1].isupper()
            or any(self._ents[m.key].kind is EntityKind.PERSON for m in inner)
        ):
            return False
        return all(
            w[:1].isupper() or low in profile.determiners or low in profile.conjunctions
            for w, low in zip(words[at + 2 :], lows[at + 2 :], strict=True)
        )

    def _named_organisation(
        self, lows: list[str], pos: int, profile: LanguageProfile
    ) -> str | None:
        """The organisation a definite organisation noun refers back to: "the ministry"
        -> the last organisation named before *pos* whose name holds "ministry", within
        the six sentences before."""
        if (
            len(lows) != 2
            or lows[0] not in profile.definite_determiners
            or lows[1] not in profile.organisation_heads
        ):
            return None
        sentence = self._sentence_of(pos)
        i = bisect.bisect_left(self._starts, pos)
        mentions = self._mentions
        for k in range(i - 1, -1, -1):  # back from pos, without copying the list
            m = mentions[k]
            if sentence - m.sentence > 6:
                break
            ent = self._ents[m.key]
            if m.quoted or ent.kind is not EntityKind.ORGANISATION:
                continue
            if any(lows[1] in _TOKEN.findall(form.casefold()) for form in ent.forms):
                return m.key
        return None

    def _described(
        self, text: str, words: list[str], lows: list[str], pos: int, profile: LanguageProfile
    ) -> str | None:
        """The person a definite description at *pos* refers back to: "de bakker" -> the
        person last named right after the word "bakker" (within 25 sentences); "de
        Tilburger", a demonym, -> the person a pronoun there would mean."""
        if words[0] not in profile.definite_determiners:
            return None  # also "De Jong": a capital article is part of a name
        noun = words[1]
        if profile.age_noun and re.fullmatch(rf"\w+\s+(?:{profile.age_noun})", text):
            return self._pronoun(pos, "")  # "de 67-jarige"
        if noun[:1].islower():
            sentence = self._sentence_of(pos)
            for m in self._persons_before(pos):
                if sentence - m.sentence > 25:
                    break
                if m.quoted:
                    continue
                before = _PREVIOUS_WORD.search(self._text, max(0, m.start - 40), m.start)
                if before is not None and before.group(1).casefold() == lows[1]:
                    return m.key
            return None
        if (
            not profile.demonym_endings
            or not noun.isalpha()
            or not (lows[1].endswith(profile.demonym_endings) or lows[1] in profile.demonym_words)
            or gazetteer.lookup(noun) is not None
            or self._person_key_for(noun, pos) is not None
            or noun in _lexicon(profile).given
        ):
            return None
        return self._pronoun(pos, "")

    def _next_to_plural_verb(self, start: int, end: int, profile: LanguageProfile) -> bool:
        """True when the verb next to the pronoun at *start*-*end* is a plural form of a
        reporting verb or auxiliary: the verb right before it ("zeiden ze"; "heeft ze
        laten weten" is singular), else the word right after it ("Ze spraken van")."""
        verbs, plural = _plural_verbs(profile)
        before = _PREVIOUS_WORD.search(self._text, max(0, start - 40), start)
        if before is not None and before.group(1).casefold() in verbs:
            return before.group(1).casefold() in plural
        after = _NEXT_WORD.match(self._text, end)
        return after is not None and after.group(1).casefold() in plural

    def _generic_organisation(
        self, lows: list[str], pos: int, profile: LanguageProfile
    ) -> str | None:
        """The organisation a definite generic noun stands for: "de vakbond" -> the one
        organisation named (outside quotations) earlier in its sentence or in the sentence
        before; None when none or several are."""
        if (
            not 1 <= len(lows) <= 2
            or (len(lows) == 2 and lows[0] not in profile.definite_determiners)
            or lows[-1] not in profile.generic_organisation_nouns
        ):
            return None  # one word: "Het dagblad meldt", its article read as impersonal
        sentence = self._sentence_of(pos)
        i = bisect.bisect_left(self._starts, pos)
        found: set[str] = set()
        mentions = self._mentions
        for k in range(i - 1, -1, -1):  # back from pos, without copying the list
            m = mentions[k]
            if sentence - m.sentence > 1:
                break
            if m.quoted or m.end > pos:
                continue
            if self._ents[m.key].kind is EntityKind.ORGANISATION:
                found.add(m.key)
        if found:
            return found.pop() if len(found) == 1 else None
        # "Personeel van de FNV staakt, meldt de vakbond": an acronym is no indexed name
        begin = self._sentence_starts[max(0, sentence - 1)]
        acronyms = {
            m.group(2)
            for m in _WORD_AND_ACRONYM.finditer(self._text, begin, pos)
            if m.group(1).casefold() in profile.definite_determiners
            and not self._in_quote(m.start(2))
            and gazetteer.lookup(m.group(2)) is None
        }
        if len(acronyms) != 1:
            return None
        name = acronyms.pop()
        at = self._text.rindex(name, begin, pos)
        return self.add(name, Span(at, at + len(name)), EntityKind.ORGANISATION)

    def _initialled(self, letters: str, pos: int, profile: LanguageProfile) -> str | None:
        """The one person named before *pos* whose initials are *letters* ("HVH": Hein
        Vanhaezebrouck, with the particle of a surname that fuses one: "Van|haezebrouck");
        None when none or several are."""
        found = {
            key
            for key, ent in self._ents.items()
            if ent.kind is EntityKind.PERSON
            and ent.starts
            and ent.starts[0] < pos
            and letters in _initials(ent.canonical(), profile)
        }
        return found.pop() if len(found) == 1 else None

    def _full_form(self, key: str, phrase: str) -> bool:
        """True when *phrase* holds the entity's fullest form (not only a surname)."""
        ent = self._ents[key]
        words = len(phrase.split())
        return any(len(form.split()) <= words for form in (ent.full_forms or ent.forms))

    def _reporting_verb_after(self, end: int, name: str, profile: LanguageProfile) -> bool:
        """A reporting verb follows the one-word *name* ending at *end* ("Okafor said"): by
        position the name is the verb's subject, a surname, unless it is a participle or a
        number ("Speaking", "Twenty-four"). Not where the verb comes second: a word before
        it there is mostly a fronted adverb ("Bovendien zegt hij")."""
        if profile.verb_second or name.casefold().endswith("ing") or not name.isalpha():
            return False
        m = _NEXT_WORD.match(self._text, end)
        return m is not None and m.group(1).casefold() in profile.speech_verbs

    def _after_quote_that_runs_on(self, pos: int) -> bool:
        """*pos* follows a quotation that ends in a comma, "?" or "!" inside its marks
        ('"We stay," Smith said'): the reporter's sentence goes on with its source."""
        before = self._text[max(0, pos - 4) : pos].rstrip(" ")
        return len(before) >= 2 and before[-1] in "\"”’'»" and before[-2] in ",?!"

    def _at_sentence_start(self, pos: int) -> bool:
        before = self._text[max(0, pos - 4) : pos].rstrip(" ")
        return (
            not before
            or before[-1] in ".!?:\n\"“”„«»'‘’"
            or self._sentence_starts[self._sentence_of(pos)] == pos
        )

    def _organisation_phrase(
        self, words: list[str], lows: list[str], start: int, end: int, profile: LanguageProfile
    ) -> str | None:
        """The organisation a phrase like "the Chinese army" / "het Chinese leger" names: the
        gazetteer's entity where it has one, else the phrase itself; None for other phrases."""
        if not lows or lows[-1] not in profile.organisation_heads:
            return None  # most phrases: tested first
        k = 0
        while k < len(lows) and lows[k] in profile.determiners:
            k += 1
        rest = words[k:]
        if len(rest) < 2:
            return None
        if not all(gazetteer.country_of_adjective(w) is not None for w in rest[:-1]):
            return None
        name = " ".join(rest)
        entry = gazetteer.lookup(name)
        return self.add(
            name, Span(start, end), EntityKind.ORGANISATION if entry is None else entry.kind
        )

    def _head_of(
        self, text: str, start: int, inner: list[_Mention], profile: LanguageProfile
    ) -> tuple[set[str] | None, str | None] | None:
        """The head noun of a phrase whose name is only a complement, or None.

        ``(None, None)`` when the head is no title ("de zus van Kim"); ``(titles,
        country)`` when it is one ("the president of South Korea").
        """
        first = inner[0]  # the mentions are in order of their start
        if first.start <= start and not first.possessive:
            return None  # no word before the name, no possessive name: the name is the head
        lex = _lexicon(profile)
        words = [(start + w.start(), w.group(0)) for w in _TOKEN.finditer(text)]
        before = [w for pos, w in words if pos < first.start]
        after = [w for pos, w in words if pos >= first.end]
        if before and before[-1].casefold() in profile.source_prepositions:
            head = before[:-1]
        elif first.possessive and after and not any(m.start > first.start for m in inner):
            head = after
        else:
            return None
        heads: set[str] = set()
        nouns = 0
        for w in head:
            low = w.casefold()
            if low in profile.determiners or low in profile.role_modifiers:
                continue
            if gazetteer.country_of_adjective(low) is not None:
                continue
            if _is_title(low, lex, profile):
                heads |= _title_heads(low, lex, profile)
            elif w[:1].islower():
                nouns += 1
        if not heads and not nouns:
            return None  # only names before the preposition: "Pence van de VS"?
        ent = self._ents[first.key]
        if heads and ent.kind is EntityKind.PLACE and ent.gid is not None:
            return heads, ent.gid
        return None, None

    def _persons_before(self, pos: int) -> Iterable[_Mention]:
        i = bisect.bisect_left(self._starts, pos)
        mentions, ents = self._mentions, self._ents
        # bounded, so that a pathological text stays linear: 400 mentions is pages back
        for k in range(i - 1, max(-1, i - 401), -1):
            m = mentions[k]
            if ents[m.key].kind is EntityKind.PERSON:
                yield m

    def _after_preposition(self, pos: int) -> bool:
        """True when the word before *pos*, past an honorific or a title ("to Mr.
        Sanders", "met met president Moon"), is a preposition ("of", "van", "to", "by")."""
        profile = self._profile
        if profile is None:
            return False
        words = _last_two_words(self._text, max(0, pos - 40), pos)
        if words is None:
            return False
        first, word = words[0], words[1].casefold()
        if first is not None and (
            word in profile.honorifics
            or word in profile.titles
            or word in profile.title_abbreviations
        ):
            word = first.casefold()
        return (
            word in profile.source_prepositions
            or word in profile.place_prepositions
            or word in profile.agent_prepositions
        )

    def _subject_pronoun(self, sentence: int, before: int, gender: str) -> int | None:
        """The start of a subject pronoun of *gender* among the first words of *sentence*
        (before *before*): "Hij ontmoette Trump" -> the position of "Hij"."""
        profile = self._profile
        if profile is None or not 0 <= sentence < len(self._sentence_starts):
            return None
        start = self._sentence_starts[sentence]
        for n, w in enumerate(_TOKEN.finditer(self._text, start, min(before, start + 80))):
            if n >= 4:
                break
            low = w.group(0).casefold()
            if low in profile.subject_pronouns and profile.pronouns.get(low) == gender:
                return w.start()
        return None

    def pronoun_candidates(
        self, pos: int, gender: str, speakers: Sequence[tuple[str, int]]
    ) -> dict[str, dict[str, float]]:
        """The persons a pronoun of *gender* at *pos* may refer to, with their features
        (:data:`koreanews.speech.ranking.FEATURES`), nearest first.

        Candidates are the persons named outside quotations in the six sentences
        before (a known gender other than the pronoun's rules one out) and the speaker
        of the last quotation.  *speakers* are ``(key, position)``, latest first.
        """
        sentence = self._sentence_of(pos)
        near: list[_Mention] = []
        for m in self._persons_before(pos):
            if sentence - m.sentence > 6:
                break
            if not m.quoted:
                near.append(m)
        # the subject of each sentence: its first person not after a preposition
        subjects: dict[int, int] = {}
        for m in reversed(near):  # in order of position
            if m.sentence not in subjects and not self._after_preposition(m.start):
                subjects[m.sentence] = m.start
        last = speakers[0][0] if speakers else None
        recent = {key for key, _ in speakers[1:4]}
        out: dict[str, dict[str, float]] = {}

        def add(key: str, dist: int, m: _Mention | None) -> None:
            ent = self._ents[key]
            if ent.kind is not EntityKind.PERSON:
                return
            if gender in ("m", "f") and ent.gender is not None and ent.gender != gender:
                return
            before = bisect.bisect_left(ent.starts, pos)
            first = ent.starts[0] if ent.starts else pos
            out[key] = {
                "bias": 1.0,
                f"dist{min(dist, 3)}": 1.0,
                "subject": float(m is not None and subjects.get(m.sentence) == m.start),
                "possessive": float(m is not None and m.possessive),
                "gender_match": float(ent.gender is not None and ent.gender == gender),
                "gender_unknown": float(ent.gender is None),
                "last_speaker": float(key == last),
                "recent_speaker": float(key != last and key in recent),
                "mentions": mention_count_feature(before),
                "early": float(self._sentence_of(first) <= 1),
            }

        for m in near:
            if m.key not in out:
                add(m.key, sentence - m.sentence, m)
        if last is not None and last not in out and last in self._ents:
            back = sentence - self._sentence_of(speakers[0][1])
            if back <= 3:  # a speaker quoted just before, though not named since
                add(last, back, None)
        choice = self._pronoun(pos, gender)
        if choice is not None and choice not in out:
            add(choice, 6, None)
        if choice is not None and choice in out:
            out[choice]["rule_choice"] = 1.0
        return out

    def _ranked_pronoun(
        self, pos: int, gender: str, speakers: Sequence[tuple[str, int]]
    ) -> str | None:
        """The best-scoring candidate of :meth:`pronoun_candidates` (the nearest on a tie)."""
        cands = self.pronoun_candidates(pos, gender, speakers)
        if not cands:
            return None
        scored = [(score(f), -n, key) for n, (key, f) in enumerate(cands.items())]
        best = max(scored)
        if _trace.active():
            shown = ", ".join(
                f"{self._ents[k].canonical()} {sc:.2f} [{_on(cands[k])}]"
                for sc, _, k in sorted(scored, reverse=True)[:5]
            )
            _trace.note(f"pronoun of gender {gender or '?'}: ranked candidates {shown}")
            _trace.record(
                ("pronoun", pos, {self._ents[k].canonical(): f for k, f in cands.items()})
            )
        return best[2]

    def _noun_antecedent(
        self, pos: int, gender: str, profile: LanguageProfile
    ) -> tuple[bool, str | None]:
        """(True, holder) when the nearest sentence before the pronoun at *pos* (its own
        one up to it, then two more) that names a person by a name or a noun opens with
        a definite phrase headed by a person noun and holds no name ("De voorzitter van
        de rechtbank vroeg ..."): the pronoun means that person, the one given that role
        before or None (unnamed); (False, None) otherwise."""
        sentence = self._sentence_of(pos)
        i = bisect.bisect_left(self._starts, pos)
        j = i
        for back in range(3):
            n = sentence - back
            if n < 0:
                return False, None
            start = self._sentence_starts[n]
            end = pos if back == 0 else self._sentence_starts[n + 1]
            if self._in_quote(start):
                continue
            k = j
            while k > 0 and self._mentions[k - 1].start >= start:
                k -= 1
            named = any(
                self._ents[m.key].kind is EntityKind.PERSON and not m.quoted
                for m in self._mentions[k:j]
            )
            j = k
            if named:
                return False, None
            words = _TOKEN.findall(self._text, start, min(end, start + 80))
            lows = [w.casefold() for w in words[:4]]
            if len(lows) < 2 or lows[0] not in profile.definite_determiners:
                continue
            head = next((w for w in lows[1:] if not w.endswith("e") or w in profile.titles), "")
            if head not in profile.titles and head not in profile.gendered_nouns:
                continue  # not a person ("De krant hekelde ...")
            noun_gender = profile.gendered_nouns.get(head)
            if noun_gender is not None and gender in ("m", "f") and noun_gender != gender:
                return False, None
            role = _role_in(words[: lows.index(head) + 1], profile)
            if role is None:
                return True, None
            return True, self._role(role[0], role[1], start, strict=True)
        return False, None

    def _first_name_only(self, ent: _Ent) -> bool:
        """True when every form of *ent* is one given name or a name and an initial:
        someone the article calls by the first name alone ("Sanne (17)") or with the
        initial of the surname ("Martien R."), a private person."""
        profile = self._profile
        if profile is None or ent.korean:
            return False
        given = _lexicon(profile).given
        return all(
            (" " not in form and form in given) or _PRIVATE_NAME.fullmatch(form) is not None
            for form in ent.forms
        )

    def _pronoun(
        self, pos: int, gender: str, other_role: set[str] | None = None, depth: int = 0
    ) -> str | None:
        """The person a pronoun at *pos* refers back to: subject-first, sentence by sentence.

        With *other_role*, people known by a different title are passed over.
        """
        sentence = self._sentence_of(pos)
        by_sentence: dict[int, list[_Mention]] = {}
        latest = -1  # the last sentence with a candidate (the mentions come latest first)
        for m in self._persons_before(pos):
            if sentence - m.sentence > 6:
                break
            if m.sentence < latest and (gender != "f" or sentence - m.sentence > 2):
                break  # only that sentence is read below (for "she", also the last three)
            if m.possessive or m.quoted:
                continue
            ent = self._ents[m.key]
            if other_role is not None and ent.role_heads and not ent.role_heads & other_role:
                continue
            if other_role is not None and self._first_name_only(ent):
                continue  # "Sanne (17)": a child or a witness holds no title
            if ent.gender is not None and gender in ("m", "f") and ent.gender != gender:
                continue
            by_sentence.setdefault(m.sentence, []).append(m)
            if latest < 0:
                latest = m.sentence
        if depth == 0 and _trace.active():
            seen = ", ".join(
                f"{self._ents[m.key].canonical()} ({_back(sentence - k)})"
                for k in sorted(by_sentence, reverse=True)
                for m in by_sentence[k]
            )
            _trace.note(f"pronoun of gender {gender or '?'}: candidates {seen or 'none'}")
        if gender == "f":
            # the marked case: a woman named nearby is preferred to people of unknown gender
            for s in sorted(by_sentence, reverse=True):
                if sentence - s > 2:
                    break
                for m in sorted(by_sentence[s], key=lambda m: m.start):
                    if self._ents[m.key].gender == gender:
                        if self._subject_pronoun(s, m.start, gender) is not None:
                            break  # "She ... than Clinton": the subject is "she" again
                        return m.key
        for s in sorted(by_sentence, reverse=True):
            # the subject: the first person named, not as the complement of a preposition
            # ("The sister of Kim Jong-un, Kim Yo-jong, ..." -> Kim Yo-jong)
            subjects = [m for m in by_sentence[s] if not self._after_preposition(m.start)]
            first = min(subjects or by_sentence[s], key=lambda m: m.start)
            if depth < 3 and gender in ("m", "f"):
                # "Moon zei ... Hij ontmoette Trump. Hij zei ...": the unresolved subject
                # pronoun of that sentence goes on referring to its own antecedent
                subject = self._subject_pronoun(s, first.start, gender)
                if subject is not None and subject < pos:
                    referent = self._pronoun(subject, gender, other_role, depth + 1)
                    if referent is not None:
                        return referent
            return first.key
        return None

    def _role(
        self, heads: set[str], nationality: str | None, pos: int, strict: bool = False
    ) -> str | None:
        """The person last given one of *heads* ("president"), compatible with *nationality*.

        With *strict*, only a person who was given the role; otherwise also the nearest
        person of that nationality or, failing that, the person a pronoun would refer to.
        """

        korean_nat = nationality is not None and "korea" in nationality

        def fits(ent: _Ent, strict: bool = True) -> bool:
            if nationality is None:
                return True
            if ent.nationality is not None:
                return ent.nationality == nationality
            if korean_nat:
                return ent.korean
            return not strict and not ent.korean

        specific = {h for h in heads if not any(o != h and o.endswith(h) for o in heads)}
        holders = [e for e in self._ents.values() if specific & e.role_heads and fits(e, False)]
        if not holders:
            holders = [e for e in self._ents.values() if heads & e.role_heads and fits(e, False)]
        if _trace.active():
            names = ", ".join(e.canonical() for e in holders) or "none"
            _trace.note(f"role {'/'.join(sorted(heads))}: holders {names}")
        if holders:
            keys = {e.key for e in holders}
            for m in self._persons_before(pos):
                if m.key in keys:
                    return m.key
            later = [(self._first_seen(k), k) for k in keys]
            return min(later)[1]
        if strict:
            return None
        if nationality is not None:
            for m in self._persons_before(pos):
                if not m.quoted and fits(self._ents[m.key]):
                    return m.key
            return None
        # the person a pronoun would mean, named in this sentence or the one before: a
        # title is no pronoun and does not reach back as far
        referent = self._pronoun(pos, "", heads)
        self._guessed = referent is not None
        return referent

    # -- output -----------------------------------------------------------------

    def first_person(self) -> str | None:
        """The key of the first person the article names outside quotations, or None."""
        for m in self._mentions:
            if not m.quoted and self._ents[m.key].kind is EntityKind.PERSON:
                return m.key
        return None

    def named_after_role(self, phrase: str, pos: int, key: str) -> bool:
        """True when *phrase* at *pos* is a definite role with no name ("de trainer") and
        *key* a person first named after it who holds no other role: the role may be
        theirs ("zei de trainer", and later "reageerde Van Dijk")."""
        profile = self._profile
        ent = self._ents.get(key)
        if profile is None or ent is None or ent.kind is not EntityKind.PERSON:
            return False
        words: list[str] = _TOKEN.findall(phrase)
        if len(words) < 2 or words[0].casefold() not in profile.definite_determiners:
            return False
        role = _role_in(words, profile)
        if role is None or (ent.role_heads and not ent.role_heads & role[0]):
            return False
        return self._first_seen(key) > pos

    def owned_role_named_later(self, phrase: str, pos: int, key: str) -> bool:
        """True when *phrase* at *pos* is a title owned by one person and nothing else
        ("Smit's attorney", "the lawyer for Smit", not "Smit's spokesman": that stays
        unnamed) and *key* a person other than the owner, first named after it and holding
        no other role: the title may be theirs ("Smit's attorney said ...", and later
        "Jan de Vries told reporters ...")."""
        profile = self._profile
        ent = self._ents.get(key)
        if profile is None or ent is None or ent.kind is not EntityKind.PERSON:
            return False
        end = pos + len(phrase)
        lo = bisect.bisect_left(self._starts, pos)
        hi = bisect.bisect_left(self._starts, end)
        inner = [m for m in self._mentions[lo:hi] if m.end <= end]
        if len(inner) != 1:
            return False
        owner = inner[0]
        if owner.key == key or self._ents[owner.key].kind is not EntityKind.PERSON:
            return False
        if owner.possessive and owner.start == pos:
            words = _TOKEN.findall(self._text[owner.end : end])
        else:
            # "the lawyer for Smit", "de advocaat van Smit": a definite title, then the owner
            words = _TOKEN.findall(self._text[pos : owner.start])
            lows = [w.casefold() for w in words]
            if (
                owner.end != end
                or len(lows) < 3
                or lows[0] not in profile.definite_determiners
                or lows[-1] not in profile.source_prepositions
            ):
                return False
            words = words[1:-1]
        lex = _lexicon(profile)
        heads: set[str] = set()
        for w in words:
            low = w.casefold()
            if low in profile.unnamed_sources:
                return False
            if _is_title(low, lex, profile):
                heads |= _title_heads(low, lex, profile)
            elif heads:
                return False  # "Smit's attorney general": no longer a plain title
        heads -= lex.honorific_norms
        if not heads or (ent.role_heads and not ent.role_heads & heads):
            return False
        return self._first_seen(key) > pos

    def is_organisation(self, key: str) -> bool:
        """True when the entity *key* is an organisation."""
        ent = self._ents.get(key)
        return ent is not None and ent.kind is EntityKind.ORGANISATION

    def entities(self) -> dict[str, Entity]:
        """The final entities by key, in order of first mention."""
        out: list[tuple[int, str, Entity]] = []
        for key, ent in self._ents.items():
            if not ent.mentions or not ent.forms:
                continue
            # sorted by position (start, end): compared as tuples, faster than as Spans;
            # ``_record`` keeps each span once per entity
            spans = ent.mentions
            mentions = tuple(sorted(spans, key=_SPAN_ORDER) if len(spans) > 1 else spans)
            roles = tuple(dict.fromkeys(ent.roles)) if ent.roles else ()
            out.append(
                (
                    mentions[0].start,
                    key,
                    Entity(ent.canonical(), ent.kind, mentions, roles, ent.gid),
                )
            )
        out.sort()  # by (start, key): the keys differ, the entities are never compared
        return {key: entity for _, key, entity in out}


def _word_offset(text: str, index: int) -> int:
    for i, m in enumerate(_TOKEN.finditer(text)):
        if i == index:
            return m.start()
    return len(text)


def _institution_of_place(
    words: list[str],
    lows: list[str],
    k: int,
    inner: Sequence[_Mention],
    ents: dict[str, _Ent],
    text: str,
    profile: LanguageProfile,
) -> str | None:
    """The name "gemeente Utrecht" for a phrase "de gemeente Utrecht": the determiners
    before word *k*, one institution noun, then only a name (of its place: "Utrecht" may
    have been taken for a club); else None."""
    if k + 1 >= len(lows) or lows[k] not in profile.institution_nouns:
        return None
    if any(ents[m.key].kind is EntityKind.PERSON for m in inner):
        return None
    place = " ".join(words[k + 1 :])
    if inner and text[inner[0].start : inner[-1].end] != place:
        return None
    if not all(w[:1].isupper() for w in words[k + 1 :]):
        return None
    return f"{lows[k]} {place}"


def _best_inner(inner: list[_Mention], ents: dict[str, _Ent], text: str = "") -> str:
    if len(inner) == 1:
        return inner[0].key
    if text:
        # a place or organisation right before another name modifies it:
        # "the U.S. [Defense Department]", "de Noord-Koreaanse [KCNA]"
        starts = {m.start for m in inner}
        heads = [
            m
            for m in inner
            if ents[m.key].kind is EntityKind.PERSON
            or not (m.end + 1 in starts and text[m.end : m.end + 1] == " ")
        ]
        inner = heads or inner

    def rank(m: _Mention) -> tuple[int, bool, int]:
        ent = ents[m.key]
        if ent.kind is EntityKind.PERSON:
            return (0, m.possessive, m.start)
        if ent.gid is not None:
            return (1, m.possessive, m.start)
        return (2, m.possessive, m.start)

    return min(inner, key=rank).key


#: (profile id, source phrase) -> _unnamed_index of its words (phrases recur)
_UNNAMED: dict[tuple[int, str], int | None] = {}
#: The reporting verb and auxiliary forms of each profile, by id: all, and the plural.
_PLURAL_VERBS: dict[int, tuple[frozenset[str], frozenset[str]]] = {}
_NEXT_WORD = re.compile(r"[ \t]+(\w+)")
_PREVIOUS_WORD = re.compile(r"(\w+)[ \t]+$")


def _plural_verbs(profile: LanguageProfile) -> tuple[frozenset[str], frozenset[str]]:
    """The forms of *profile*'s reporting verbs, cue phrases and auxiliaries, and those of
    them that end in one of its plural verb endings."""
    found = _PLURAL_VERBS.get(id(profile))
    if found is None:
        forms = {f for v in profile.reporting_verbs for f in v.forms}
        forms |= profile.cue_phrase_starts | profile.auxiliaries | profile.clause_auxiliaries
        ends = profile.plural_verb_endings
        found = (frozenset(forms), frozenset(f for f in forms if ends and f.endswith(ends)))
        _PLURAL_VERBS[id(profile)] = found
    return found


def _unnamed_index(words: list[str], lows: list[str], profile: LanguageProfile) -> int | None:
    for i, w in enumerate(lows):
        if w in profile.unnamed_sources or (w in profile.unnamed_heads and i == len(lows) - 1):
            return i
        if w in profile.determiners or w in profile.role_modifiers:
            continue
        if (
            i + 1 < len(lows)
            and words[i][:1].isupper()
            and ("." in words[i] or words[i].endswith(("'s", "’s")) or gazetteer.lookup(words[i]))
        ):
            continue  # "a senior U.S. official", "Japan's chief spokesman"
        if gazetteer.country_of_adjective(w) is not None:
            continue
        if i + 1 < len(lows) and gazetteer.country_of_adjective(f"{w} {lows[i + 1]}"):
            continue
        if w in ("some", "sommige", "several", "enkele", "many", "veel", "two", "twee", "one"):
            continue
        if w.isalpha() and w == w.lower() and i + 1 < len(lows):
            # an adjective before the noun ("hoge", "senior", "anonieme")
            continue
        return None
    return None


def _title_before_name(words: list[str], i: int) -> bool:
    """True when the word at *i* is a title directly followed by a capitalised name."""
    return i + 1 < len(words) and words[i + 1][:1].isupper()


def _role_in(words: list[str], profile: LanguageProfile) -> tuple[set[str], str | None] | None:
    """(title heads, nationality) of a role without a name ("de Zuid-Koreaanse president")."""
    lex = _lexicon(profile)
    heads: set[str] = set()
    nationality: str | None = None
    lows = [w.casefold() for w in words]
    i = 0
    while i < len(lows):
        w = lows[i]
        if i + 1 < len(lows):
            nat = gazetteer.country_of_adjective(f"{words[i]} {words[i + 1]}")
            if nat is not None:
                nationality = nat
                i += 2
                continue
        if i > 0 and words[i][:1].isupper() and lows[i - 1].rstrip(".") in profile.honorifics:
            return None  # "Mr. Singer", "Ms. King": a surname after an honorific
        nat = gazetteer.country_of_adjective(w)
        if nat is not None and not heads:
            nationality = nat
        elif _is_title(w, lex, profile):
            heads |= _title_heads(w, lex, profile)
        elif w in profile.determiners or w in profile.role_modifiers or w in lex.title_words:
            pass
        elif words[i][:1].isupper() and i + 1 < len(words) and _is_title(lows[i + 1], lex, profile):
            pass  # a capitalised adjective before a title ("de Antwerpse burgemeester")
        elif (
            words[i][:1].isupper()
            and heads
            and i > 1
            and lows[i - 1] in profile.source_prepositions
            and lows[i - 2] not in profile.source_prepositions
            and words[i] not in lex.given
        ):
            break  # "de coach van PSV": the role, whose team or town follows
        elif words[i][:1].isupper() and i > 0:
            return None  # a name: not a bare role
        elif heads and w in profile.name_particles:
            pass
        elif w not in profile.determiners and heads:
            break
        i += 1
    joined = _norm_title(" ".join(lows))
    for multi, norm in lex.multi_norm:
        if norm in joined:
            heads |= {norm, _norm_title(multi[0])}
    heads -= lex.honorific_norms
    return (heads, nationality) if heads else None


def _name_in(words: list[str], profile: LanguageProfile | None) -> str | None:
    """The capitalised name inside a source phrase ("Coach Troussier" -> "Troussier")."""
    if profile is None:
        name = " ".join(w for w in words if w[:1].isupper())
        return name or None
    lex = _lexicon(profile)
    out: list[str] = []
    for i, w in enumerate(words):
        low = w.casefold()
        if not out and (
            low in profile.determiners
            or _is_title(low, lex, profile)
            or (i + 1 < len(words) and _is_title(words[i + 1].casefold(), lex, profile))
            or low in profile.honorifics
            or low in lex.title_words
            or low in profile.role_modifiers
            or gazetteer.country_of_adjective(low) is not None
            or not w[:1].isupper()
        ):
            continue
        if out and not w[:1].isupper() and low not in profile.name_particles:
            break
        if out and len(w) > 1 and w.isupper() and "." not in w:
            break  # an acronym after a name is an organisation: "Jan Smit CD&V-schepen"
        if w.endswith(("'s", "’s")) and i + 1 < len(words):
            return None  # "Smollett's attorney": the owner is not the source
        out.append(_POSSESSIVE.sub("", w) if w.endswith(("'s", "’s")) else w)
    while out and out[-1].casefold() in profile.name_particles:
        out.pop()
    if not out or out[0].casefold() in lex.never:
        return None
    return " ".join(out)


_TITLE_CACHE: dict[tuple[int, str], bool] = {}
#: The shortest title of :attr:`_Lexicon.long_titles`.
_LONG_TITLE = 5


def _is_title(low: str, lex: _Lexicon, profile: LanguageProfile) -> bool:
    key = (id(profile), low)
    hit = _TITLE_CACHE.get(key)
    if hit is None:
        if len(_TITLE_CACHE) > 100_000:
            _TITLE_CACHE.clear()
        hit = _TITLE_CACHE[key] = _is_title_uncached(low, lex, profile)
    return hit


def _is_title_uncached(low: str, lex: _Lexicon, profile: LanguageProfile) -> bool:
    n = _norm_title(low)
    if not n:
        return False
    if n in lex.titles or n in profile.title_abbreviations or n in profile.honorifics:
        return True
    if "-" in low and _norm_title(low.rsplit("-", 1)[1]) in lex.titles:
        return True  # "oud-premier", "ex-president"
    if len(n) >= 8:
        found = _title_suffixes(n, lex)
        return bool(found) and found[0] >= 3
    return False


def _title_suffixes(n: str, lex: _Lexicon) -> list[int]:
    """Where the titles that the normalised word *n* ends in start, left to right: what
    ``lex.compound.search(n, at)`` finds from each next *at* on, by a look-up of the
    suffixes as long as the titles that end in the same five letters, instead of a
    regular expression tried at each position."""
    lengths = lex.title_tails.get(n[-_LONG_TITLE:])
    if lengths is None:
        return []  # most words
    size = len(n)
    titles = lex.long_titles
    return [size - k for k in lengths if k <= size and n[size - k :] in titles]


_TITLE_HEADS: dict[tuple[int, str], frozenset[str]] = {}


def _title_heads(low: str, lex: _Lexicon, profile: LanguageProfile) -> set[str]:
    """The titles a title word stands for (a new set: see :func:`_title_heads_uncached`)."""
    key = (id(profile), low)
    heads = _TITLE_HEADS.get(key)
    if heads is None:
        if len(_TITLE_HEADS) > 50_000:
            _TITLE_HEADS.clear()
        heads = _TITLE_HEADS[key] = frozenset(_title_heads_uncached(low, lex, profile))
    return set(heads)


def _title_heads_uncached(low: str, lex: _Lexicon, profile: LanguageProfile) -> set[str]:
    """The titles a title word stands for: itself and, for a compound, its base title.

    "buitenlandminister" is also a "minister", "politiewoordvoerder" a
    "woordvoerder"; but a "vicepresident" or an "oud-premier" is no "president"
    or "premier" (a role modifier changes the title).
    """
    n = _norm_title(low)
    heads = {n}
    if n in profile.title_abbreviations:
        heads.add(_norm_title(profile.title_abbreviations[n]))
    if "-" in low:
        prefix, _, last = low.rpartition("-")
        if prefix.rsplit("-", 1)[-1] not in profile.role_modifiers:
            heads.add(_norm_title(last))
    # every title the word ends in: "buitenlandminister" -> also "minister"
    for at in _title_suffixes(n, lex):
        if at == 0 or n[:at] not in profile.role_modifiers:
            heads.add(n[at:])
    return heads


# -- detection ------------------------------------------------------------------


@attrs.define
class _Cand:
    first: int  # token indexes, inclusive
    last: int
    kind: str  # "person", "org", "place", "single"
    evidence: bool = False
    roles: list[tuple[str, set[str], str | None]] = attrs.Factory(list)
    gender: str | None = None


def _quoted_regions(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of double-quoted text in ``text[start:end]``, paired left to right (linear)."""
    regions: list[tuple[int, int]] = []
    segment = text[start:end]
    if not (
        '"' in segment
        or "“" in segment
        or "”" in segment
        or "„" in segment
        or "«" in segment
        or "»" in segment
        or ",," in segment
        or "''" in segment
    ):
        return regions  # most paragraphs: a few C-speed scans instead of the regex
    open_at = -1
    resume = start  # after a ",," or "''", its second character starts nothing
    for m in _MARK_STARTS.finditer(text, start, end):
        at = m.start()
        if at < resume:
            continue
        mark = m.group()
        if mark in ",'":
            if at + 1 >= end or text[at + 1] != mark:
                continue
            mark += mark
        resume = at + len(mark)
        if mark == "\n":
            open_at = -1
        elif open_at < 0:
            if mark in _OPENING or mark == '"':
                open_at = at
        elif mark in _CLOSING or mark == '"' or (mark == "“" and text[open_at] == "„"):
            regions.append((open_at, resume))
            open_at = -1
    return regions


def _title_case(text: str, start: int, end: int) -> bool:
    """True for a short line in title case ("Trump And Kim Meet At The DMZ")."""
    if end - start > 200 or text.find("\n", start, end) >= 0:
        return False
    words = [w for w in _TOKEN.findall(text, start, end) if len(w) >= 3]
    if len(words) < 4:
        return False
    caps = sum(1 for w in words if w[0].isupper())
    return caps >= 0.7 * len(words)


#: Words a byline may hold between names ("Van onze correspondent in Seoel Jan Smit").
_BYLINE_GLUE = frozenset(("en", "and", "in", "uit", "te", "from"))


def _byline_end(text: str, start: int, end: int, lex: _Lexicon) -> int:
    """The end of a byline line at *start* ("Van onze correspondent Jan Smit"), or *start*.

    Only a short line that opens with a byline phrase and goes on with one to five
    capitalised words (and name particles), up to a comma or the end of the line.
    """
    if lex.byline is None:
        return start
    nl = text.find("\n", start, end)
    line_end = end if nl < 0 else nl
    if line_end - start > 100:
        return start
    m = lex.byline.match(text, start, line_end)
    if m is None:
        return start
    rest = text[m.end() : line_end].split(",", 1)[0].split()
    if not 1 <= len(rest) <= 6 or (not rest[0][:1].isupper() and rest[0] not in _BYLINE_GLUE):
        return start
    if rest[0].casefold() in lex.never:
        return start
    for word in rest:
        if not (word[:1].isupper() or word.casefold() in _CAP_PARTICLES or word in _BYLINE_GLUE):
            return start
    return line_end


def _word_info(raw: str, lex: _Lexicon, profile: LanguageProfile) -> _WordInfo:
    """*raw* (a match of ``_TOKEN``) without a trailing possessive or hyphen, and its classes.

    ``cut``: the number of characters removed at the end; ``kept``: the word becomes a
    token; ``plain``: a lower-case word as written that only counts as seen in lower case;
    ``first``: the word (a token) starts a gazetteer name.
    """
    last = raw[-1]
    if last in "'’-":
        word, possessive = raw.rstrip("'’-"), False
    elif last == "s" and len(raw) > 3 and raw[-2] in "'’":
        word, possessive = raw[:-2], True
        if raw[:1].isupper() and word.lower() in profile.name_possessives:
            word, possessive = raw, False  # "People's Daily": part of the name
    else:
        word, possessive = raw, False
    low = word.lower()
    cap = low[0] != word[0] and word[0].isupper()
    kept = cap or low in lex.keep or "-" in low or (len(low) >= 8 and _is_title(low, lex, profile))
    allcaps = cap and len(word) > 1 and word.isupper()
    plain = not kept and low == raw
    first = kept and word in gazetteer.first_words()
    return word, low, cap, possessive, len(raw) - len(word), kept, allcaps, plain, first


#: gap -> (a line break, "!" or "?" in it; a full stop in it; it starts with the full
#: stop; it sets the next word apart like a sentence start: see ``_INITIAL_GAP``)
_GAPS: dict[str, tuple[bool, bool, bool, bool]] = {}


def _gap_info(gap: str) -> tuple[bool, bool, bool, bool]:
    info = _GAPS.get(gap)
    if info is None:
        if len(_GAPS) > 50_000:
            _GAPS.clear()
        info = _GAPS[gap] = (
            "\n" in gap or "!" in gap or "?" in gap,
            "." in gap,
            gap.startswith("."),
            _INITIAL_GAP.search(gap) is not None,
        )
    return info


def _tokenise(
    ctx: Context, blocks: list[Block], regions_in: Sequence[tuple[int, int]] | None = None
) -> tuple[list[_Tok], list[int], list[int], list[int], list[tuple[int, int]], set[str]]:
    """The words of the content blocks that the rules look at, the indexes of the
    capitalised ones and of those that start a gazetteer name, the sentence starts, the
    quoted regions and every lower-case word.

    Every word counts for sentences and sentence-initial capitals, but only capitalised
    words and the lower-case words of ``_Lexicon.keep`` (titles, particles, cues ...)
    become tokens: a left-out word stays in the ``gap`` of the next token, so that two
    names with a word between them are never joined.
    """
    profile = ctx.profile
    lex = _lexicon(profile)
    infos = lex.words  # per word as written: what it is (most words recur)
    if len(infos) > 50_000:
        infos.clear()
    lower_seen: set[str] = set()
    add_lower = lower_seen.add
    toks: list[_Tok] = []
    append = toks.append
    caps: list[int] = []  # the indexes of the capitalised tokens
    firsts: list[int] = []  # the indexes of the tokens that start a gazetteer name
    n = 0  # len(toks)
    sentence_starts: list[int] = []
    quoted: list[tuple[int, int]] = []
    sentence = -1
    abbreviations = lex.abbreviations
    text = ctx.text
    split = _TOKEN_PARTS.split
    new = object.__new__
    particles = profile.name_particles
    for bi, block in enumerate(blocks):
        b0, b1 = block.span.start, block.span.end
        if regions_in is None:
            regions = _quoted_regions(text, b0, b1)  # left to right, not overlapping
        else:
            lo = bisect.bisect_left(regions_in, (b0, -1))
            hi = bisect.bisect_left(regions_in, (b1, -1))
            regions = [r for r in regions_in[lo:hi] if r[1] <= b1]
        quoted.extend(regions)
        nq = len(regions)
        qi = 0
        b0 = _byline_end(text, b0, b1, lex)
        kept_end = b0
        prev: _WordInfo | None = None  # the previous word of the block
        last: _Tok | None = None  # the previous token of the block
        # The block is read piece by piece between single spaces (a word never holds a
        # space): most pieces are one word seen before, a key of ``infos``, which needs no
        # regular expression; the others are split into gap, word, gap ... like the whole
        # block would be.  Positions are counted along: no match object per word.
        pos = b0  # the end of the previous word
        pending = 0  # the length of the text between the previous word and the piece
        one = ["", "", ""]  # (gap, word, gap) of a piece that is one word
        for piece in text[b0:b1].split(" "):
            info = infos.get(piece)
            if info is not None:
                if info[7] and pending == 1 and prev is not None:
                    # the common case, a plain lower-case word after one space: it only
                    # counts as a word seen in lower case and as the previous word
                    add_lower(piece)
                    prev = info
                    pos += 1 + len(piece)
                    continue
                one[0] = text[pos : pos + pending]
                one[1] = piece
                parts = one
                pending = 1
            else:
                parts = split(piece)
                if len(parts) == 1:  # no word
                    pending += len(piece) + 1
                    continue
                parts[0] = text[pos : pos + pending + len(parts[0])]
                pending = len(parts[-1]) + 1
            k = 1
            while k < len(parts):  # the last gap has no word
                gap = parts[k - 1]
                raw = parts[k]
                k += 2
                info = infos.get(raw)
                if info is None:
                    info = infos[raw] = _word_info(raw, lex, profile)
                if gap == " " and prev is not None:
                    if info[7]:
                        # the common case, a plain lower-case word after one space: it only
                        # counts as a word seen in lower case and as the previous word
                        add_lower(raw)
                        prev = info
                        pos += 1 + len(raw)
                        continue
                    start = pos + 1
                    initial = False
                elif prev is None:
                    start = pos + len(gap)
                    initial = True
                    sentence += 1
                    sentence_starts.append(start)
                else:
                    start = pos + len(gap)
                    breaks, dot, dot_first, apart = _gap_info(gap)
                    if breaks or (
                        dot
                        and not (
                            dot_first
                            and (prev[1] in abbreviations or len(prev[0]) == 1 or "." in prev[0])
                        )
                    ):
                        initial = True
                        sentence += 1
                        sentence_starts.append(start)
                    else:
                        initial = apart
                prev = info
                pos = end = start + len(raw)
                word, low, cap, possessive, cut, kept, allcaps, _, first = info
                if cap:
                    caps.append(n)
                else:
                    add_lower(low)
                    if not kept:
                        continue
                if first:
                    firsts.append(n)
                n += 1
                # what _Tok() would build, without a Python call per token
                tok = new(_Tok)
                tok.start = start
                tok.end = end - cut
                tok.text = word
                tok.low = low
                tok.cap = cap
                tok.allcaps = allcaps
                tok.possessive = possessive
                tok.initial = initial
                tok.gap = gap = text[kept_end:start]
                tok.joined = (
                    last is not None
                    and not last.possessive
                    and (
                        gap == " "
                        or (
                            gap == ". "
                            and len(last.text) == 1
                            and last.cap
                            and (cap or low in particles)  # "J. Smit", "J. de Vries"
                        )
                    )
                )
                tok.block = bi
                if nq:
                    while qi < nq and regions[qi][1] <= start:
                        qi += 1
                    tok.quoted = qi < nq and regions[qi][0] < start
                else:
                    tok.quoted = False
                append(tok)
                last = tok
                kept_end = end
    quoted.sort()
    return toks, caps, firsts, sentence_starts, quoted, lower_seen


#: What a capitalised word can be wherever it stands (see :func:`_name_kind`).
_NOT_NAME, _NAME, _MONTH = 0, 1, 2


def _name_kind(text: str, low: str, lex: _Lexicon, profile: LanguageProfile) -> int:
    """``_NOT_NAME`` for a word that is never part of a name (a function word, a speech
    verb, a title, a nationality adjective, a compound noun), ``_MONTH`` for a month (a
    name word unless a number stands near), ``_NAME`` for other words."""
    if low in lex.never or low in lex.speech:
        return _NOT_NAME
    if (
        _is_title(low, lex, profile)
        or low.rstrip(".") in profile.honorifics
        or low in lex.title_words
        or low in profile.role_modifiers
        or gazetteer.country_of_adjective(low) is not None
    ):
        return _NOT_NAME
    if "-" in text:
        last = text.rsplit("-", 1)[1]
        if len(last) > 6 and last.islower():
            return _NOT_NAME  # a compound noun: "Noord-Korea-deskundige", "VN-veiligheidsraad"
    return _MONTH if low in profile.months else _NAME


def _org_head(low: str, lex: _Lexicon, profile: LanguageProfile) -> bool:
    """True for a word that ends an organisation's name: "Department", "Arbeiderspartij"."""
    compound = lex.org_compound
    return low in profile.organisation_heads or (
        compound is not None and (m := compound.search(low)) is not None and m.start() >= 3
    )


def _organisation_name(name: str, profile: LanguageProfile) -> bool:
    """True for a name that ends in a compound organisation head ("Koninklijke
    Voetbalbond"), opens with an organisation noun ("Omroep Brabant",
    "Woningcorporatie Ymere") or is one word with a capital inside ("ProRail"): no
    person."""
    lex = _lexicon(profile)
    words = name.casefold().split()
    if len(words) < 2:
        return _camel_case(name)
    return _org_head(words[-1], lex, profile) or _org_word(words[0], lex, profile)


def _org_word(low: str, lex: _Lexicon, profile: LanguageProfile) -> bool:
    """True for an organisation noun, or a compound ending in one ("persbureau")."""
    return low in profile.organisation_nouns or (
        lex.org_suffix is not None
        and lex.org_suffix.search(low) is not None
        and not _is_title(low, lex, profile)
    )


def _role_word(low: str, lex: _Lexicon, profile: LanguageProfile) -> bool:
    """True for a word that :meth:`_Finder.roles_before` does not stop at straight away
    when it stands right before a name: a title, honorific, title word, role modifier,
    gendered noun or organisation noun."""
    low = low.rstrip(".")
    return (
        low in profile.gendered_nouns
        or _org_word(low, lex, profile)
        or low in profile.honorifics
        or _is_title(low, lex, profile)
        or low in lex.title_words
        or low in profile.role_modifiers
    )


class _Finder:
    """One article's detection state (see :func:`find_entities`)."""

    def __init__(self, ctx: Context, regions: Sequence[tuple[int, int]] | None = None) -> None:
        self.ctx = ctx
        self.text = ctx.text
        self.profile = ctx.profile
        self.lex = _lexicon(ctx.profile)
        self.blocks = ctx.content_blocks()
        self._headings: dict[int, bool] = {}  # block index -> heading(block), when asked
        #: the tokens; the capitalised ones; those that start a gazetteer name
        self.toks, self.caps, self.firsts, sentence_starts, quoted, self.lower_seen = _tokenise(
            ctx, self.blocks, regions
        )
        self.cast = Cast(ctx.text, ctx.profile)
        self.cast._sentence_starts = sentence_starts or [0]
        self.cast._quoted = quoted
        self._cap_mid: set[str] | None = None  # see cap_mid()
        self._capital_particle_names: set[str] | None = None  # see capital_particle_names()
        self.gaz: set[int] = set()  # the tokens inside gazetteer names
        #: (first token, last token, name, entry, metonym) of every gazetteer name found
        self.gaz_names: list[tuple[int, int, str, gazetteer.GazetteerEntry, bool]] = []
        #: last token -> first token of every place name of the gazetteer found
        self.gaz_ending: dict[int, int] = {}
        #: the first tokens of the place names that start an organisation's name
        self.absorbed: set[int] = set()
        self.name_kinds = self.lex.name_kinds  # word -> _name_kind(word), per language
        self.org_words = self.lex.org_words  # low word -> _org_word(word), per language
        self.org_heads = self.lex.org_heads  # low word -> _org_head(word), per language
        self.role_words = self.lex.role_words  # low word -> _role_word(word), per language
        if (
            max(
                len(self.name_kinds), len(self.org_words), len(self.org_heads), len(self.role_words)
            )
            > 50_000
        ):
            self.name_kinds.clear()
            self.org_words.clear()
            self.org_heads.clear()
            self.role_words.clear()
        self._gender: str | None = None  # gender hint of the candidate being classified
        self._kin = False  # a family noun stands right before that candidate
        self._surnames: set[str] | None = None  # see surnames()

    # -- token classes ---------------------------------------------------------

    def heading(self, bi: int) -> bool:
        """True when content block *bi* is a heading or a short line in title case
        (decided when first asked: most blocks never are)."""
        found = self._headings.get(bi)
        if found is None:
            block = self.blocks[bi]
            found = self._headings[bi] = block.kind in _HEADINGS or _title_case(
                self.text, block.span.start, block.span.end
            )
        return found

    def adjective_at(self, i: int) -> tuple[str, int] | None:
        """(country id, tokens used) of a nationality adjective ending at token *i*."""
        t = self.toks[i]
        if i > 0 and self.toks[i].gap == " ":
            nat = gazetteer.country_of_adjective(f"{self.toks[i - 1].text} {t.text}")
            if nat is not None:
                return nat, 2
        nat = gazetteer.country_of_adjective(t.text)
        return (nat, 1) if nat is not None else None

    def _particle_surname(self, i: int) -> bool:
        """True when token *i*, a role modifier's form ("Jonge"), follows a lower-case
        name particle right after a capitalised word: "Hugo de Jonge"."""
        toks = self.toks
        t = toks[i]
        if i < 2 or t.low not in self.profile.role_modifiers or not t.joined:
            return False
        k = i - 1
        while k > 0 and not toks[k].cap and toks[k].low in self.profile.name_particles:
            if not toks[k].joined:
                return False
            k -= 1
        return k < i - 1 and toks[k].cap and toks[k].low not in self.profile.determiners

    def _middle_initial(self, i: int) -> bool:
        """True for one capital letter with its dot between two capitalised words of one
        name ("William A. Ackman", "Jan I. de Vries"), whatever word the letter spells."""
        toks = self.toks
        if i == 0 or i + 1 >= len(toks) or not self.dotted_initial(i):
            return False
        before, after = toks[i - 1], toks[i + 1]
        return (
            toks[i].joined
            and after.joined
            and before.cap
            and (after.cap or after.low in self.profile.name_particles)
        )

    def nameword(self, i: int) -> bool:
        t = self.toks[i]
        if not t.cap or (t.allcaps and not self.initials(i)):
            return False
        if i in self.gaz:
            return self._first_name_of_place(i)  # "Paris Martin", "Israel Watson"
        kind = self.name_kinds.get(t.text)
        if kind is None:
            kind = self.name_kinds[t.text] = _name_kind(t.text, t.low, self.lex, self.profile)
        if kind == _NOT_NAME and self._first_name_of_place(i):
            kind = _NAME  # "German Turner": a nationality word that is a first name here
        if kind == _NOT_NAME and self._particle_surname(i):
            kind = _NAME  # "Hugo de Jonge": a modifier's form as a surname after a particle
        if kind == _NOT_NAME and self._middle_initial(i):
            kind = _NAME  # "William A. Ackman": an initial, not the article "a"
        if kind == _NOT_NAME or (kind == _MONTH and self.month_context(i)):
            return False
        if t.low in self.lower_seen and (t.initial or self.heading(t.block)):
            return t.text in FAMILY_NAME_FIRST or t.text in self.lex.given
        if (
            t.initial
            and len(t.low) >= 7
            and self.profile.adverb_endings
            and t.low.endswith(self.profile.adverb_endings)
            and t.text not in self.lex.given
        ):
            return False  # "Interestingly Blocher said": an adverb opens the sentence
        if (
            t.initial
            and len(t.low) >= 6
            and self.profile.opener_verb_endings
            and t.low.endswith(self.profile.opener_verb_endings)
            and t.text not in self.lex.given
            and t.text not in self.cap_mid()
            and self._name_follows(i)
            and self._named_without(i)
        ):
            return False  # "Watching Smith speak, ...": a verb form opens the sentence
        # the first word of a quotation is a sentence start: a name only with support
        return not (
            t.quoted
            and t.initial
            and t.gap.endswith(("“", '"', "„", "‘", "'"))
            and not (
                (t.text in self.lex.given or t.text in FAMILY_NAME_FIRST) and self._name_follows(i)
            )
        )

    def initials(self, i: int) -> bool:
        """Token *i* is a person's initials before a surname ("J.J. Brannick"), not an
        abbreviation ("U.S.", "D.C."): dotted letters, then a capitalised word that is no
        title."""
        t = self.toks[i]
        if _INITIALS.fullmatch(t.text) is None or t.low.rstrip(".") in self.lex.abbreviations:
            return False
        nxt = i + 1
        if nxt >= len(self.toks) or not self.toks[nxt].joined:
            return False
        after = self.toks[nxt]
        toks = self.toks
        while (
            nxt + 1 < len(toks)
            and not after.cap
            and after.low in self.profile.name_particles
            and toks[nxt + 1].joined
        ):
            nxt += 1  # "P.J. van der Linden": particles, then the surname
            after = toks[nxt]
        return (
            after.cap
            and not after.allcaps
            and nxt not in self.gaz
            and not _is_title(after.low, self.lex, self.profile)
        )

    def _first_name_of_place(self, i: int) -> bool:
        """True when token *i*, a place or nationality word that is also a first name
        ("Paris", "Israel", "German", "Jordan"), opens a person's name: a name word
        follows on the same line and the article also writes that word without it
        ("Paris Martin ... Martin said"; not "Paris Saint-Germain", "German Chancellor")."""
        toks = self.toks
        nxt = i + 1
        if (
            toks[i].text not in self.lex.given
            or not self.name_follows_on(i)
            or nxt in self.gaz
            or toks[nxt].allcaps
            or (i > 0 and toks[i].joined and toks[i - 1].low in self.profile.place_prepositions)
        ):
            return False
        return self.nameword(nxt) and self._named_without(i)

    def _named_without(self, i: int) -> bool:
        """True when the word after token *i* is also written without it ("Smith" alone
        elsewhere, not only "Watching Smith")."""
        text = self.ctx.text
        nxt = self.toks[i + 1].text
        return text.count(nxt) > text.count(f"{self.toks[i].text} {nxt}")

    def _name_follows(self, i: int) -> bool:
        """True when a capitalised word follows token *i* in the same name ("Donald Trump")."""
        nxt = i + 1
        return nxt < len(self.toks) and self.toks[nxt].joined and self.toks[nxt].cap

    def month_context(self, i: int) -> bool:
        """A digit near the month-like word on its own line ("13 jan", "jan. 2019"; not
        "Jan Smit" under the header's date)."""
        before = self.text[max(0, self.toks[i].start - 4) : self.toks[i].start]
        after = self.text[self.toks[i].end : self.toks[i].end + 5]
        near = before.rpartition("\n")[2] + after.partition("\n")[0]
        return any(c.isdigit() for c in near)

    def cap_mid(self) -> set[str]:
        """The words written with a capital inside a sentence (made when first asked)."""
        if self._cap_mid is None:
            self._cap_mid = {t.text for t in self.toks if t.cap and not t.initial}
        return self._cap_mid

    def cap_particle(self, i: int) -> bool:
        t = self.toks[i]
        return t.cap and t.low in _CAP_PARTICLES and i + 1 < len(self.toks)

    # -- passes -----------------------------------------------------------------

    def run(self) -> Cast:
        self.gazetteer_pass()
        cands = self.candidates()
        self.assign(cands)
        if self.ctx.annotation is not None:
            self.annotated()
        return self.cast

    def annotated(self) -> None:
        """Add the annotator's named entities that the rules did not find."""
        assert self.ctx.annotation is not None
        kinds = {
            "PER": EntityKind.PERSON,
            "PERSON": EntityKind.PERSON,
            "ORG": EntityKind.ORGANISATION,
            "LOC": EntityKind.PLACE,
            "GPE": EntityKind.PLACE,
        }
        blocks = [b.span for b in self.blocks]
        taken = sorted(self.cast._spans)
        starts = [a for a, _ in taken]
        for ne in self.ctx.annotation.entities:
            kind = kinds.get(ne.label.upper())
            if kind is None or not any(b.contains(ne.span) for b in blocks):
                continue
            k = bisect.bisect_right(starts, ne.span.end) - 1
            if k >= 0 and taken[k][1] > ne.span.start:
                continue  # overlaps a mention the rules found
            name = ne.span.slice(self.text).strip()
            if not name or name.casefold() in self.lex.never:
                continue
            self.cast.add(name, ne.span, kind)

    def gazetteer_pass(self) -> None:
        toks, text = self.toks, self.text
        n = len(toks)
        free = 0  # the first token not inside a name found
        for i in self.firsts:
            if i < free:
                continue
            t = toks[i]
            found = gazetteer._name_at(text, t.start, t.text)
            if found is None:
                continue
            end = t.start + len(found[0])
            j = i
            while j + 1 < n and toks[j + 1].start < end:
                j += 1
            if j == i and found[1].kind is not EntityKind.PERSON and self._given_before_particle(i):
                continue  # "Lotte de Wit", "Florence van Dijk": a given name, not the place
            self.gaz.update(range(i, j + 1))
            self.gaz_names.append((i, j, *found))
            if found[1].kind is EntityKind.PLACE and not found[2]:
                self.gaz_ending[j] = i
            free = j + 1

    def _given_before_particle(self, i: int) -> bool:
        """Token *i* is a known given name followed by a surname that opens with a
        particle ("Lotte de Wit"): a person's name, whatever else the word names."""
        toks = self.toks
        return (
            i + 2 < len(toks)
            and toks[i].text in self.lex.given
            and toks[i + 1].low in self.profile.name_particles
            and not toks[i + 1].cap
            and toks[i + 1].joined
            and (toks[i + 2].cap or toks[i + 2].low in self.profile.name_particles)
        )

    def runs(self) -> Iterable[tuple[int, int]]:
        """Maximal sequences of name words (with particles) on one line."""
        toks = self.toks
        n = len(toks)
        caps = self.caps
        ncaps = len(caps)
        nameword = self.nameword
        given = self.lex.given
        place_particles = self.profile.place_particles
        c = 0
        while c < ncaps:
            i = caps[c]
            c += 1
            if not (nameword(i) or (toks[i].low in _CAP_PARTICLES and self.particle_start(i))):
                continue
            j = i
            while (
                j + 1 < n
                and (toks[j + 1].joined or self.particle_tok(j + 1))
                and not toks[j].possessive
            ):
                k = j + 1
                while (
                    k < n
                    and self.particle_tok(k)
                    and (not toks[k].cap or toks[k].low in _CAP_PARTICLES)
                ):
                    k += 1
                if (
                    k > j + 1
                    and toks[j + 1].low in self.profile.affiliation_particles
                    and (j > i or toks[i].text not in given)
                    and not all(toks[m].text in given for m in range(i, j + 1))
                    and not self.van_name(j + 1, k)
                ):
                    break  # "Hoekstra van Philips": a preposition, not a particle
                if (
                    toks[j + 1].low in _GIVEN_NAME_PARTICLES
                    and j == i
                    and toks[i].text not in given
                ):
                    break  # "Rutte al Brussel": a word, not "Mohamed el Amrani"
                if toks[j + 1].low in place_particles and (
                    k == j + 2 or (j + 2 < n and toks[j + 2].cap)
                ):
                    # "Jan Smit in Hilversum", "Mahdi in De Zevende Dag" (but "Sophie in
                    # 't Veld")
                    break
                if k < n and toks[k].joined and nameword(k) and not toks[k].initial:
                    j = k
                elif (
                    k == j + 1
                    and toks[k].joined
                    and _HYPHEN_PARTICLE.match(toks[k].text)
                    and (j > i or toks[i].text in given)
                ):
                    j = k  # "Ahmed al-Sayed", "Omar bin-Laden"
                else:
                    break
            yield i, j
            while c < ncaps and caps[c] <= j:
                c += 1

    def particle_tok(self, k: int) -> bool:
        """Token *k* is a name particle joined to the word before ("van", "der", "'t")."""
        t = self.toks[k]
        if t.low == "t":
            return t.gap in _APOSTROPHE_T_GAPS or (t.joined and "'t" in self.profile.name_particles)
        return t.joined and t.low in self.profile.name_particles

    def van_name(self, v: int, k: int) -> bool:
        """The particles from token *v* ("van") up to the name word at *k* are part of a
        name, not a preposition: "van der Wal", "van 't Oever" (no preposition is followed
        by "der" or "'t"), or the article also writes the name with a capital: "Van Dalen"."""
        toks = self.toks
        if k >= len(toks) or not toks[k].cap:
            return False
        if k - v >= 2 and toks[v + 1].low in _NAME_ONLY_PARTICLES:
            return True
        tail = self.text[toks[v].start : toks[k].end]
        return tail[:1].upper() + tail[1:] in self.capital_particle_names()

    def capital_particle_names(self) -> set[str]:
        """Every name the article writes with a capital particle first ("Van Dalen", "Van
        der Wal"), as written (made once, when first asked: linear in the article)."""
        if self._capital_particle_names is None:
            found: set[str] = set()
            toks = self.toks
            n = len(toks)
            for i in self.caps:
                if toks[i].low not in _CAP_PARTICLES:
                    continue
                k = i + 1
                while k < n and self.particle_tok(k) and not toks[k].cap:
                    k += 1
                if k < n and toks[k].cap and (toks[k].joined or self.particle_tok(k - 1)):
                    found.add(self.text[toks[i].start : toks[k].end])
            self._capital_particle_names = found
        return self._capital_particle_names

    def particle_start(self, i: int) -> bool:
        """A capitalised particle that starts a name: "De Croo", "Van der Berg"."""
        if not self.cap_particle(i):
            return False
        toks = self.toks
        k = i + 1
        while k < len(toks) and self.particle_tok(k) and not toks[k].cap:
            k += 1
        return (
            k < len(toks)
            and toks[k].joined
            and self.nameword(k)
            and not (toks[i].initial and toks[k].low in self.lower_seen)
        )

    def split_korean(self, i: int, j: int) -> list[tuple[int, int, bool]]:
        """Split a run around the Korean names in it: (first, last, is_korean)."""
        out: list[tuple[int, int, bool]] = []
        k = i
        seg = i
        while k <= j:
            t = self.toks[k]
            found = 0
            if t.text in FAMILY_NAME_FIRST:
                for length in (3, 2):
                    end = k + length - 1
                    if end > j:
                        continue
                    name = self.text[t.start : self.toks[end].end]
                    korean = parse_korean_name(name)
                    if korean is not None and len(korean.syllables) == 1:
                        given = self.toks[k + 1]
                        if given.low in self.lower_seen or self.heading(given.block):
                            continue  # "Kim Meet" in a title-case headline
                    if korean is not None:
                        found = length
                        break
            elif "-" in t.text and parse_korean_name(t.text) is not None:
                found = 1
            if found:
                if seg < k:
                    out.append((seg, k - 1, False))
                out.append((k, k + found - 1, True))
                k += found
                seg = k
            else:
                k += 1
        if seg <= j:
            out.append((seg, j, False))
        return out

    def roles_before(self, i: int) -> tuple[list[tuple[str, set[str], str | None]], bool, bool]:
        """Titles right before token *i*: (roles, honorific seen, organisation noun seen)."""
        toks = self.toks
        profile, lex = self.profile, self.lex
        roles: list[tuple[str, set[str], str | None]] = []
        honorific = org = False
        j = i - 1
        first_title = role_start = -1
        heads: set[str] = set()
        nationality: str | None = None
        if i > 0 and toks[i].joined and toks[i - 1].low in profile.source_prepositions:
            return roles, False, False  # "voorzitter van Vooruit": the name is a complement
        block = toks[i].block
        if j < 0 or toks[j].block != block:
            return roles, False, False
        low = toks[j].low
        role_word = self.role_words.get(low)
        if role_word is None:
            role_word = self.role_words[low] = _role_word(low, lex, profile)
        if not role_word and not _role_compound(toks[j].text):
            return roles, False, False  # the loop below would stop at this word, finding nothing
        org_words = self.org_words
        while j >= 0 and i - j <= 8 and toks[j].block == block:
            nxt = toks[j + 1].gap
            if nxt.strip() not in ("", ".") or "\n" in nxt:
                break
            t = toks[j]
            low = t.low.rstrip(".")
            if first_title >= 0 and j > 0 and low in profile.source_prepositions:
                # "de woordvoerder van president Moon": Moon is president, not spokesman;
                # but "minister van Buitenlandse Zaken" is one title
                span = _norm_title(self.text[toks[j - 1].start : toks[i - 1].end])
                if not any(low in multi and norm in span for multi, norm in lex.multi_norm):
                    break
            if j == i - 1 and first_title < 0 and low in profile.gendered_nouns:
                # "zijn zus Kim Yo-jong", "his sister Kim Yo-jong"
                self._gender = profile.gendered_nouns[low]
                self._kin = True
            if j in self.gaz:
                break  # "White House press secretary Sarah Sanders"
            org_word = org_words.get(low)
            if org_word is None:
                org_word = org_words[low] = _org_word(low, lex, profile)
            if org_word:
                org = j == i - 1
                break
            if low in profile.honorifics:
                honorific = True
                if t.low in profile.gendered_nouns:
                    self._gender = profile.gendered_nouns[t.low]
                first_title = role_start = j
            elif _is_title(low, lex, profile):
                heads |= _title_heads(low, lex, profile)
                first_title = role_start = j
            elif j == i - 1 and _role_compound(t.text):
                # "NOS-hoofdredacteur Jan Smit", "Oranje-international Jan Smit"
                heads.add(_norm_title(t.text.rpartition("-")[2]))
                first_title = role_start = j
            elif first_title >= 0 and (adj := self.adjective_at(j)) is not None:
                nationality = adj[0]
                j -= adj[1] - 1
            elif (
                low in lex.title_words
                or low in profile.role_modifiers
                or (first_title >= 0 and low in profile.name_particles)
                or (first_title >= 0 and t.cap and j > 0 and not t.initial and len(t.text) > 1)
            ):
                if first_title >= 0 and low not in profile.name_particles:
                    role_start = j
            else:
                break  # no title before: no adjective of one either
            if t.initial:
                break
            j -= 1
        if first_title >= 0 and heads:
            words = self.text[toks[role_start].start : toks[i - 1].end]
            low_words = _norm_title(words)
            for _multi, norm in self.lex.multi_norm:
                if norm in low_words:
                    heads |= {norm}
            heads -= self.lex.honorific_norms
            if heads:
                for g, sex in self.lex.gender_norms:
                    if g in heads:
                        self._gender = sex
                roles.append((words.rstrip(". "), heads, nationality))
        return roles, honorific or bool(heads), org

    def speech_next(self, j: int) -> bool:
        n = len(self.toks)
        k = j + 1
        if k >= n or self.toks[k].block != self.toks[j].block:
            return False
        toks = self.toks
        gap = toks[k].gap
        if gap.strip(" ,") == "" and "\n" not in gap and toks[k].low in self.lex.speech:
            separable = self.profile.separable_verbs.get(toks[k].low)
            if (
                separable
                and toks[k].low not in self.profile.speech_verbs
                and not self.particle_follows(k, separable)
            ):
                return False  # "Haacht houden vast aan": no "houden vol", no speech
            after = toks[k + 1] if k + 1 < n and toks[k + 1].block == toks[k].block else None
            # "Gisteren zei Trump ...": the subject follows the verb
            return not (
                after is not None
                and after.gap == " "
                and (after.low in self.profile.pronouns or (after.cap and not after.initial))
            )
        # "Kim Jong-un: '...'" at the start of a block or sentence
        return _COLON_QUOTE.match(gap) is not None

    def inverted_before_clause(self, a: int) -> bool:
        """Where the finite verb comes second: one capitalised word between a finite verb
        and a complementizer with a personal pronoun ("Daarna leerde Koeman dat hij ...")
        is the inverted subject, a person, unless the word is also written in lower case
        or names a known place or organisation."""
        profile = self.profile
        t = self.toks[a]
        if not profile.verb_second or t.initial or t.allcaps or t.quoted:
            return False
        if t.low in self.lower_seen:
            return False
        before = _VERB_BEFORE.search(self.text, max(0, t.start - 40), t.start)
        after = _WORD_AFTER.match(self.text, t.end)
        if before is None or after is None or after.group(1) not in profile.complementizers:
            return False
        pronoun = _WORD_AFTER.match(self.text, after.end())
        if pronoun is None or pronoun.group(1) not in profile.subject_pronouns:
            return False  # "dat hij ...": the clause goes on about a person
        low = before.group(1)
        finite = (
            low in profile.clause_auxiliaries
            or low in profile.irregular_verbs
            or low in self.lex.speech
            or (
                len(low) > 3
                and low.endswith(profile.verb_endings)
                and low not in profile.function_words
                and low not in profile.source_stop_words
            )
        )
        return finite and gazetteer.lookup(t.text) is None

    def particle_follows(self, k: int, particles: tuple[str, ...]) -> bool:
        """One of *particles* follows token *k* in its sentence ("geeft ... aan")."""
        start = self.toks[k].end
        end = min(len(self.text), start + 300)
        for stop in (". ", "\n", "? ", "! "):
            at = self.text.find(stop, start, end)
            if at >= 0:
                end = at
        words = set(_TOKEN.findall(self.text, start, end + 1))
        return any(p in words for p in particles)

    def speech_before(self, i: int) -> bool:
        if i == 0 or self.toks[i].gap.strip() != "":
            return False
        p = self.toks[i - 1]
        if p.block != self.toks[i].block:
            return False
        if p.low in self.lex.speech:
            return True
        for phrase in self.lex.according:
            n = len(phrase)
            if i - n >= 0 and tuple(t.low for t in self.toks[i - n : i]) == phrase:
                return True
        return False

    def apposition(
        self, j: int
    ) -> tuple[bool, str | None, tuple[str, set[str], str | None] | None]:
        """A title or kinship noun in an apposition after token *j* ("Kim, de zus van ...").

        Returns (found, gender, role): the role is (title, heads, nationality) for a title
        ("Kim Eui-kyeom, de woordvoerder van Moon" -> "woordvoerder"), so that "de
        woordvoerder" later refers back to him.
        """
        toks = self.toks
        k = j + 1
        if k >= len(toks) or toks[k].gap.strip() != "," or toks[k].block != toks[j].block:
            return False, None, None
        nationality: str | None = None
        for m in range(k, min(k + 5, len(toks))):
            t = toks[m]
            if m > k and (_PUNCTUATION.search(t.gap) is not None or t.start - toks[k].start > 50):
                return False, None, None  # left-out words may stand between, not punctuation
            if t.low in self.profile.gendered_nouns and not _is_title(
                t.low, self.lex, self.profile
            ):
                return True, self.profile.gendered_nouns[t.low], None
            if _is_title(t.low, self.lex, self.profile):
                heads = _title_heads(t.low, self.lex, self.profile)
                heads -= self.lex.honorific_norms
                role = (t.text, heads, nationality) if heads else None
                gender = self.profile.gendered_nouns.get(t.low)
                return True, gender, role
            nat = gazetteer.country_of_adjective(t.low)
            if nat is not None:
                nationality = nat
            elif t.cap and m > k:
                return False, None, None
        return False, None, None

    def role_before_comma(self, a: int, b: int) -> tuple[str, set[str], str | None] | None:
        """The role of a name set off by commas after a definite title ("De advocaat van de
        verdachte, Joost van Dalen, stelt", "volgens de trainer, Piet Mol."): (title, heads,
        nationality), or None.  The title must head the first noun phrase of its clause:
        "de broer van de burgemeester, Jan Smit" names no burgemeester."""
        toks = self.toks
        profile, lex = self.profile, self.lex
        t = toks[a]
        if a == 0 or not t.gap.endswith(", ") or toks[a - 1].block != t.block:
            return None
        if b + 1 < len(toks) and toks[b + 1].block == t.block:
            after = toks[b + 1].gap
            if not after.startswith((", ", ". ")) and after not in (",", "."):
                return None  # the name runs on: "de trainer, Piet Mol en ..." is a list
        comma = t.start - 2
        seg = self.text[max(0, comma - 80) : comma]
        cut = max(seg.rfind(ch) for ch in '.!?;:,\n"“”„()')
        words = _PHRASE_WORD.findall(seg[cut + 1 :])
        lows = [w.casefold() for w in words]
        # the first article ("dat", "die" may be a pronoun or a conjunction: "Dat zei de
        # burgemeester, Karin Bos.")
        articles = (
            profile.definite_determiners - profile.complementizers - profile.relative_pronouns
        )
        det = next((k for k, w in enumerate(lows) if w in articles), -1)
        if det < 0 or det + 1 >= len(words):
            return None
        if any(w[:1].isupper() for w in words[det + 1 :]):
            return None  # "de voorzitter van Ajax, Piet Mol": an owner named too
        first = det + 1
        while first + 1 < len(words) and lows[first] in profile.role_modifiers:
            first += 1  # "de nieuwe burgemeester"
        head = lows[first]
        if head in profile.unnamed_sources or not _is_title(head, lex, profile):
            return None
        heads = _title_heads(head, lex, profile) - lex.honorific_norms
        title = " ".join(words[det + 1 :])
        low_title = _norm_title(title)
        for _multi, norm in lex.multi_norm:
            if norm in low_title:
                heads |= {norm}
        if not heads:
            return None
        for g, sex in lex.gender_norms:
            if g in heads:
                self._gender = sex
        return title, heads, None

    def candidates(self) -> list[_Cand]:
        toks = self.toks
        cands: list[_Cand] = []
        for i, j in self.runs():
            org_start = self.organisation_start(i, j)
            if org_start is not None:
                # "the U.S. Defense Department", "de Nationale Veiligheidsraad"
                if org_start >= 0:
                    end = self.organisation_end(j)  # "Vluchtelingenwerk Nederland"
                    cands.append(_Cand(org_start, j if end is None else end, "org", True))
                continue
            if (
                i < j
                and toks[i].initial
                and toks[i].text not in self.lex.given
                and toks[i].text not in FAMILY_NAME_FIRST
                and toks[i + 1].text in self.lex.given
                and not self.particle_start(i)
            ):
                i += 1  # a descriptive noun before a name: "Sinoloog Jan Smit"
                # (but "Ter Horst", "De Bruno": a particle opens a surname)
            for a, b, korean in self.split_korean(i, j):
                self._gender = None
                self._kin = False
                cand = self.classify(a, b, korean)
                if cand is not None:
                    cand.gender = self._gender
                    cands.append(cand)
        # all-caps words that act as sources ("meldt CNN") or follow an organisation noun;
        # organisation words that are no name word ("the Foreign Ministry")
        covered = {k for c in cands for k in range(c.first, c.last + 1)}
        heads = self.profile.organisation_heads
        for i in self.caps:
            if i in self.gaz or i in covered:
                continue
            t = toks[i]
            if t.allcaps and len(t.text) >= 2 and t.low not in self.lex.never:
                _, _, org = self.roles_before(i)
                if org or self.speech_before(i) or self.speech_next(i):
                    cands.append(_Cand(i, i, "org", True))
            elif t.low in heads and i > 0 and toks[i].joined and toks[i - 1].cap:
                org_start = self.organisation_start(i, i)
                if org_start is not None and 0 <= org_start < i:
                    cands.append(_Cand(org_start, i, "org", True))
        cands.sort(key=lambda c: c.first)
        return cands

    def organisation_start(self, i: int, j: int) -> int | None:
        """For a run that ends in an organisation word, the token where the organisation
        name starts (-1: no organisation and no person); None for other runs.

        "Defense Department", "General Assembly", "Arbeiderspartij": the capitalised
        words before the head belong to the organisation's name, never to a person.
        """
        toks = self.toks
        last = toks[j]
        if last.text in FAMILY_NAME_FIRST or last.text in self.lex.given:
            return None
        low = last.low
        head = self.org_heads.get(low)
        if head is None:
            head = self.org_heads[low] = _org_head(low, self.lex, self.profile)
        if not head:
            return None
        a = i
        while (
            a > 0
            and toks[a].joined
            and toks[a - 1].cap
            and toks[a - 1].low not in self.profile.determiners
            and toks[a - 1].low not in self.lex.speech
            and (toks[a - 1].low,) not in self.lex.according  # "Volgens Staatsbosbeheer"
        ):
            if (a - 1) in self.gaz:
                # a place written out at the start of the name: "Korea Universiteit",
                # "Korea Herald" (but "the U.S. Defense Department" keeps its place)
                place = self.gaz_ending.get(a - 1)
                if place is None or toks[a - 1].allcaps or "." in toks[a - 1].text:
                    break
                a = place
                self.absorbed.add(a)
                break
            a -= 1
        while a < j and toks[a].low in self.profile.determiners:
            a += 1  # "De Vrijheidspartij"
        if a == j and toks[j].initial and low in self.profile.organisation_heads:
            return -1  # "Department officials said": a common noun
        return a

    def surnames(self) -> set[str]:
        """The words that follow a given name somewhere in the article ("Smit" of "Jan
        Smit"): surnames of named people, never an organisation's words."""
        if self._surnames is None:
            toks, given, n = self.toks, self.lex.given, len(self.toks)
            self._surnames = {
                toks[k + 1].text
                for k in self.caps
                if toks[k].text in given and k + 1 < n and toks[k + 1].joined and toks[k + 1].cap
            }
        return self._surnames

    def organisation_tail(self, a: int, b: int) -> int | None:
        """The last token of an organisation's name that the run *a*..*b* opens, or None.

        An organisation, not a person, is named by a run that a place or country follows
        ("Veilig Verkeer Nederland", "Vluchtelingenwerk Nederland", "NEC Nijmegen"), a
        legal form in capitals ("Heijmans Infra BV", "Bouwbedrijf Jansen B.V."), or, for
        one word, a Roman numeral or a speaking acronym ("Willem II", "Jong PSV"), and by one word
        that is a compound of an organisation word ("Vluchtelingenwerk",
        "Dierenbescherming").  A run that opens with a given name or ends in the surname
        of someone named in the article is a person's name; so is one word before a place
        after a verb that is no speech verb ("Dinsdag verlaat Verstappen Nederland").
        """
        toks = self.toks
        first, last = toks[a], toks[b]
        nxt = b + 1
        follows = self.name_follows_on(b)
        if follows and a == b and toks[nxt].text in _ROMAN_NUMERALS:
            return nxt  # "Willem II": a club (a ruler has a title: "koning Willem II")
        if (
            first.text in self.lex.given
            or first.text in FAMILY_NAME_FIRST
            or last.text in self.surnames()
            or gazetteer.known_surname(last.text) is not None
        ):
            return None
        if follows:
            single_ok = (
                a < b
                or first.initial
                or nxt not in self.gaz  # only a place needs it
                or self.speech_before(a)
                or _org_head(last.low, self.lex, self.profile)
            )
            end = self.organisation_end(b, single_ok, follows=True)
            if end is not None:
                return end
        if (
            follows
            and a == b
            and toks[nxt].allcaps
            and len(toks[nxt].text) >= 2
            and "." not in toks[nxt].text
            and toks[nxt].low not in self.lex.never
            and not self.initials(nxt)
            and (self.speech_before(a) or self.speech_next(nxt))
            and not gazetteer.is_place_name(first.text)
        ):
            return nxt  # "aldus Jong PSV", "zegt Jong AZ": a word before an acronym
        if a == b and len(last.low) >= 8 and (not last.initial or self.speech_next(b)):
            # a common noun may open a sentence: "Vrijwilligerswerk is ..."
            compound = self.lex.org_compound
            m = compound.search(last.low) if compound is not None else None
            if m is not None and m.start() >= 4 and not _is_title(last.low, self.lex, self.profile):
                return b  # "Vluchtelingenwerk", "Dierenbescherming", "Slachtofferhulp"
        return None

    def place_compound(self, b: int) -> bool:
        """Token *b* is a compound that names a street, bridge, school or other place
        ("Wilhelminalaan", "Clausbrug", "Coenschool"): no name of a person ends in one."""
        pattern = self.lex.place_compound
        t = self.toks[b]
        if pattern is None or t.allcaps or t.text in self.lex.given:
            return False
        m = pattern.search(t.low)
        return m is not None and m.start() >= 3

    def name_follows_on(self, b: int) -> bool:
        """Token *b* + 1 goes on the name that ends at *b*: one space, same line."""
        nxt = b + 1
        return (
            nxt < len(self.toks)
            and self.toks[nxt].joined
            and self.toks[nxt].block == self.toks[b].block
            and not self.toks[b].possessive
            and not self.toks[nxt].quoted
        )

    def organisation_end(
        self, b: int, single_ok: bool = True, follows: bool | None = None
    ) -> int | None:
        """The end of an organisation's name that ends at *b* or goes on with a legal
        form ("Heijmans Infra BV", "Acme Holding N.V.") or a place or country ("Veilig
        Verkeer Nederland", "Universiteit Utrecht"); None when neither follows.  The
        place is then part of the name, not a place of its own."""
        if not (self.name_follows_on(b) if follows is None else follows):
            return None
        toks = self.toks
        nxt = b + 1
        if toks[nxt].allcaps:
            if toks[nxt].low.replace(".", "") in self.profile.organisation_heads:
                return nxt  # "Heijmans Infra BV", "Bouwbedrijf Jansen B.V."
            return None
        if nxt not in self.gaz or not single_ok:
            return None
        for i, j, _name, entry, metonym in self.gaz_names:
            if i == nxt:
                if entry.kind is not EntityKind.PLACE or metonym:
                    return None
                self.absorbed.add(nxt)
                return j  # "Veilig Verkeer Nederland", "zegt Vluchtelingenwerk Nederland"
        return None

    def _after_place_preposition(self, a: int) -> bool:
        """The word right before token *a* is one of the profile's place prepositions."""
        start = self.toks[a].start
        m = _PREVIOUS_WORD.search(self.text, max(0, start - 24), start)
        return m is not None and m.group(1).casefold() in self.profile.place_prepositions

    def classify(self, a: int, b: int, korean: bool) -> _Cand | None:
        toks = self.toks
        profile, lex = self.profile, self.lex
        roles, titled, org = self.roles_before(a)
        if not korean and not titled and (end := self.organisation_tail(a, b)) is not None:
            return _Cand(a, end, "org", True)
        if not korean and (titled or a < b) and self.place_compound(b):
            # "Koningin Wilhelminalaan", "Prins Clausbrug", "Pieter Calandlaan" (one word
            # alone may still be a surname: "besefte Hoekstraat dat hij ...")
            return _Cand(a, b, "place", False)
        last = toks[b].low
        if (
            not korean
            and not titled
            and b > a
            and toks[a].cap
            and toks[a].low in profile.definite_determiners
            and self._after_place_preposition(a)
        ):
            # "naar De Kuip", "in Het Lage Land": after a preposition of place, a name
            # that opens with a capitalised article names a place or venue
            return _Cand(a, b, "place", False)
        if (
            not korean
            and not titled
            and not org
            and a > 0
            and toks[a].joined
            and toks[a - 1].low in profile.determiners
        ):
            return None  # "the Kim regime", "de Trump-regering"
        if not korean and not titled and self.span_text(a, b) in profile.known_organisations:
            return _Cand(a, b, "org", True)  # "Vooruit", "Open Vld": no person
        if not korean and (org or (b > a and (last in profile.organisation_heads))):
            return _Cand(a, b, "org", True)
        if not korean and not titled and b > a and _org_word(toks[a].low, lex, profile):
            return _Cand(a, b, "org", True)  # "Omroep Brabant", "Woningcorporatie Ymere"
        if (
            not korean
            and not titled
            and toks[a].text not in lex.given
            and (
                toks[a].low in profile.place_words
                or (
                    toks[b].low in profile.place_words
                    and toks[b - 1].low not in profile.name_particles
                )
            )
        ):
            return _Cand(a, b, "place", False)
        if (
            not korean
            and a == b
            and a + 1 < len(toks)
            and toks[a + 1].joined
            and toks[a + 1].low in profile.organisation_heads
        ):
            return None
        if not korean and toks[a].low in profile.event_nouns and b > a:
            return None  # "Operatie Alfa", "Operation Desert Storm": an event
        if (
            not korean
            and not titled
            and a > 0
            and toks[a].joined
            and toks[a - 1].allcaps
            and toks[a - 1].block == toks[a].block
            and toks[a].text not in lex.given
            and (a - 1) not in self.gaz
        ):
            return _Cand(a - 1, b, "org", True)  # "FNV Metaal", "CNV Jongeren"
        if (
            not korean
            and not titled
            and a == b
            and (_camel_case(toks[a].text) or any(ch.isdigit() for ch in toks[a].text))
        ):
            if self.text[toks[a].start - 1 : toks[a].start] in ("@", "#", "/"):
                return None  # "@SpeakerRyan", "#FeelTheBern": a handle or a tag
            return _Cand(a, b, "org", True)  # "ProRail", "PostNL", "Studio040": no person
        length = b - a + 1
        if (
            not korean
            and not titled
            and length >= 2
            and toks[a].text not in lex.given
            and b + 1 < len(toks)
            and toks[b + 1].joined
            and not toks[b + 1].cap
            and (
                toks[b + 1].low in profile.unnamed_sources
                or _is_title(toks[b + 1].low, lex, profile)
            )
        ):
            # "a state Emergency Management spokesman": the name modifies the noun
            return _Cand(a, b, "org", True)
        if (
            not korean
            and not titled
            and a > 0
            and toks[a].joined
            and not toks[a - 1].cap
            and toks[a - 1].low in profile.place_words
            and toks[a].text not in lex.given
        ):
            return _Cand(a, b, "place", False)  # "in de wijk De Reit", "the island Jeju"
        kin = self._kin
        evidence = korean or titled
        if not evidence and length == 1 and kin and toks[a].text in lex.given:
            evidence = True  # "his mother Janet", "zijn broer Jordan"
        if not evidence and length >= 2 and toks[a].text in lex.given:
            evidence = True
        if (
            not evidence
            and length >= 2
            and a > 0
            and toks[a].joined
            and not toks[a - 1].initial
            and self.adjective_at(a - 1) is not None
        ):
            evidence = True  # "de Iraanse Rahim Sadeghi", "the Iranian Rahim Sadeghi"
        if (
            not evidence
            and length == 2
            and self.dotted_initial(b)
            and len(toks[a].text) >= 3
            and toks[a].low not in self.lower_seen
        ):
            evidence = True  # "Martien R.": a suspect or witness named by initial
        if (
            not evidence
            and length >= 2
            and (self.initials(a) or (len(toks[a].text) == 1 and self.dotted_initial(a)))
        ):
            evidence = True  # "P.J. van der Linden", "J. de Vries": initials, then a surname
        after_place = a > 0 and toks[a].joined and toks[a - 1].low in profile.place_prepositions
        if (
            not evidence
            and self.cap_particle(a)
            and not toks[a].initial
            and length >= 2
            and all(toks[k].low in profile.name_particles for k in range(a, b))
        ):
            if after_place:
                return _Cand(a, b, "place", False)  # "in Den Bosch", "naar De Panne"
            evidence = True
        after_preposition = (
            a > 0 and toks[a].joined and toks[a - 1].low in profile.source_prepositions
        )
        aged = _AGE_AFTER.match(self.text, self.end_of(b)) is not None
        if not evidence and (
            (self.speech_next(b) and not after_preposition)
            or self.speech_before(a)
            or (length == 1 and self.inverted_before_clause(a))
            or aged
        ):
            evidence = True  # also "Anouk (34)", "Wouter (52) uit Emmen": an age
        app, gender, app_role = self.apposition(b)
        if app:
            evidence = True
            if gender is not None:
                self._gender = gender
            if app_role is not None:
                roles = [*roles, app_role]
        if not roles and not korean and (before := self.role_before_comma(a, b)) is not None:
            evidence = True  # "De advocaat van de verdachte, Joost van Dalen, stelt ..."
            roles = [before]
        if (
            not korean
            and a > 0
            and toks[a].joined
            and toks[a - 1].cap
            and toks[a - 1].low in profile.role_modifiers
            and gazetteer.is_place_name(self.span_text(a - 1, b))
        ):
            return _Cand(a - 1, b, "place", False)  # "New Hampshire": no "new" person
        if (
            not korean
            and not titled
            and (not app or after_place)
            and toks[a].text not in lex.given
            and gazetteer.is_place_name(self.span_text(a, b))
        ):
            # "Texas", "Hilversum": a place, no person; also before an apposition that
            # belongs to the sentence's subject ("in New Hampshire, a young woman asked")
            return _Cand(a, b, "place", False)
        if not evidence and length >= 2 and gazetteer.known_person(self.span_text(a, b)):
            evidence = True
        if not evidence and length == 1 and gazetteer.known_surname(toks[a].text) is not None:
            evidence = True
        if toks[a].quoted and not korean and self.scare_quoted(a, b):
            return None  # a nickname or title in quotation marks: “President Evil”
        if (
            length == 1
            and evidence
            and not korean
            and not titled
            and not app
            and toks[a].initial
            and toks[a].text not in self.cap_mid()
            and toks[a].text not in FAMILY_NAME_FIRST
            and gazetteer.known_surname(toks[a].text) is None
        ):
            # "Critics said ...", "Critici zeggen ...": a sentence-initial capital with no
            # other support is a common noun, a plural one certainly
            if toks[a].low.endswith(profile.plural_suffixes) and not (
                aged and toks[a].text in lex.given
            ):
                return None
            evidence = aged  # "Sanne (17) werd ...": an age makes the first word a name
        if length >= 2 and _role_compound(toks[a].text):
            a, length = a + 1, length - 1  # "Oscar-winner Sarandon": a role, then the name
        if length >= 3 and toks[b].low.rstrip(".") in profile.name_suffixes:
            b, length = b - 1, length - 1  # "Harry B. Harris Jr.": the surname is Harris
        kind = "person" if (length >= 2 or korean) else "single"
        return _Cand(a, b, kind, evidence, roles)

    def scare_quoted(self, a: int, b: int) -> bool:
        """True when tokens a..b end a short quotation that holds no sentence."""
        quoted = self.cast._quoted
        k = bisect.bisect_right(quoted, (self.toks[a].start, 1 << 62)) - 1
        if k < 0:
            return False
        q0, q1 = quoted[k]
        return q1 - 1 == self.toks[b].end and q1 - q0 <= 40 and self.toks[a].start - q0 <= 30

    def span_text(self, a: int, b: int) -> str:
        return self.text[self.toks[a].start : self.end_of(b)]

    def dotted_initial(self, b: int) -> bool:
        """Token *b* is a capital initial with its dot ("R." in "Martien R.")."""
        t = self.toks[b]
        return len(t.text) == 1 and t.cap and self.text[t.end : t.end + 1] == "."

    def end_of(self, b: int) -> int:
        """The end of a name that ends at token *b*: after the dot of an initial."""
        end = self.toks[b].end
        return end + 1 if self.dotted_initial(b) else end

    # -- assignment ---------------------------------------------------------------

    def heading_names(self, cands: list[_Cand]) -> None:
        """Narrow a name of a title-case heading to the full name it holds that the body
        gives ("Glenn Beck Blasts Drudge", "Celebrating Hillary Clinton" -> "Glenn Beck",
        "Hillary Clinton"): the capitals of a heading join words that are no name."""
        toks = self.toks
        body: set[tuple[str, ...]] = set()
        heads: list[_Cand] = []
        for c in cands:
            if c.kind != "person":
                continue
            if self.heading(toks[c.first].block):
                heads.append(c)
            else:
                body.add(tuple(toks[i].text for i in range(c.first, c.last + 1)))
        for c in heads:
            words = [toks[i].text for i in range(c.first, c.last + 1)]
            if tuple(words) in body:
                continue
            found = [
                (b - a, a)
                for a in range(len(words))
                for b in range(a + 2, len(words) + 1)
                if (b - a < len(words)) and tuple(words[a:b]) in body
            ]
            if found:
                n, a = max(found)
                c.first, c.last = c.first + a, c.first + a + n - 1

    def assign(self, cands: list[_Cand]) -> None:
        cast = self.cast
        toks = self.toks
        profile = self.profile
        # organisations and places from the gazetteer and from the runs
        for k, last, name, entry, metonym in self.gaz_names:
            if k in self.absorbed:
                continue  # part of an organisation's name: "Korea Universiteit"
            start = toks[k].start
            key = entry.id
            ent = cast._entity(key, entry.kind)
            ent.gid = entry.id
            if metonym:
                ent.metonym_forms.add(name)
            ent.add_form(name, start)
            cast._record(
                key,
                Span(start, start + len(name)),
                possessive=toks[last].possessive,
                quoted=toks[k].quoted,
            )
        text = self.text
        self.heading_names(cands)
        named = [(c, text[toks[c.first].start : self.end_of(c.last)]) for c in cands]
        org_forms = {_fold(name) for c, name in named if c.kind == "org"}
        # "actiegroep Tegenwind Veenkoloniën ... riep Tegenwind op": the first word of an
        # organisation's name alone is that organisation
        given = self.lex.given
        #: the first words that are such a short form only (not an organisation's whole name)
        first_only: set[str] = set()
        for c, name in named:
            if c.kind == "org" and " " in name and name[:1].isupper():
                first = name.split(" ", 1)[0]
                if first not in given and _fold(first) not in org_forms:
                    first_only.add(_fold(first))
        org_forms |= first_only
        # a name of several words whose surname the article also uses alone, or gives
        # with evidence ("Karin Krukkert" ... "aldus Krukkert"; "Maggie De Block" ...
        # "minister De Block") is a person's full name
        alone = {_fold(name) for c, name in named if c.kind == "single" or c.evidence}
        for c, name in named:
            if (
                c.kind == "person"
                and not c.evidence
                and " " in name
                and any(k in alone for k in surname_keys(name))
                and not self.opening_article(c)
            ):
                c.evidence = True
        # full names first, so that surnames can find them
        registered: dict[str, str] = {}
        for c, name in named:
            if c.kind == "person" and c.evidence:
                key = "person:" + name_key(name)
                if key not in registered:
                    registered[key] = name
        # a "full" name that is only the tail of another ("De Wever" of "Bart De Wever")
        tails: set[str] = set()
        for _key, name in registered.items():
            tails.update(surname_keys(name))
        for key, name in registered.items():
            if name_key(name) in tails and len(name.split()) < 4:
                continue
            ent = cast._entity(key, EntityKind.PERSON)
            ent.korean = parse_korean_name(name) is not None
            known = gazetteer.known_person(name)
            if known is not None:
                ent.gid = known.id
            cast._index_person(key, name)
        single_evidence = {
            _fold(name) for c, name in named if c.kind in ("single", "person") and c.evidence
        }
        leftovers: list[_Cand] = []
        for c, name in named:
            if c.kind == "place":
                continue
            t = toks[c.first]
            span = Span(t.start, self.end_of(c.last))
            if c.kind == "org":
                cast.add(name, span, EntityKind.ORGANISATION)
                continue
            possessive = toks[c.last].possessive
            folded = _fold(name)
            if (
                folded in org_forms
                and c.kind == "single"
                and not _person_first_word(cast, folded in first_only, name, span.start)
            ):
                cast.add(name, span, EntityKind.ORGANISATION)
                continue
            key = "person:" + name_key(name)
            if key in cast._ents and c.kind == "person":
                ent = cast._ents[key]
                ent.add_form(name, span.start, full=True)
            else:
                found = cast._person_key_for(name, span.start)
                if found is None:
                    if self.plain_single_person(c) or (c.evidence and c.kind == "single"):
                        found = "person:" + name_key(name)
                        ent = cast._entity(found, EntityKind.PERSON)
                        ent.korean = t.text in FAMILY_NAME_FIRST
                        known = gazetteer.known_surname(name)
                        if known is not None:
                            ent.gid = known.id
                        cast._index_person(found, name)
                        ent.add_form(name, span.start, full=True)
                    elif folded in single_evidence:
                        found = "person:" + name_key(name)
                        ent = cast._entity(found, EntityKind.PERSON)
                        cast._index_person(found, name)
                        ent.add_form(name, span.start, full=True)
                    else:
                        leftovers.append(c)
                        continue
                else:
                    cast._ents[found].add_form(name, span.start)
                key = found
            ent = cast._ents[key]
            cast._record(key, span, possessive=possessive, quoted=t.quoted)
            if ent.gender is None and c.kind == "person" and not ent.korean:
                if t.text in FEMALE_GIVEN_NAMES:
                    ent.gender = "f"
                elif t.text in MALE_GIVEN_NAMES:
                    ent.gender = "m"
            for role, heads, nationality in c.roles:
                ent.roles.append(role)
                ent.role_heads |= heads
                if nationality is not None and ent.nationality is None:
                    ent.nationality = nationality
            if c.gender is not None and ent.gender is None:
                ent.gender = c.gender
        # coordination: "Kim en Trump", "Pence and Moon"
        singles = [c for c in leftovers if c.kind == "single"]
        if not singles:
            return
        by_token: dict[int, _Mention] = {}  # the persons' mentions before any added here
        for mention in cast._mentions:
            if cast._ents[mention.key].kind is EntityKind.PERSON:
                by_token[mention.start] = mention
        for c in singles:
            a = c.first
            near: list[int] = []
            if (
                a >= 2
                and toks[a - 1].low in profile.conjunctions
                and toks[a].joined
                and toks[a - 1].joined
            ):
                near.append(toks[a - 2].start)
            if (
                a + 2 < len(toks)
                and toks[a + 1].low in profile.conjunctions
                and toks[a + 2].joined
                and toks[a + 1].gap.strip(" ,") == ""
            ):
                near.append(toks[a + 2].start)
            if any(p in by_token for p in near):
                name = self.span_text(a, a)
                cast.add(name, Span(toks[a].start, toks[a].end), EntityKind.PERSON)
        # pronoun-free gender hints from honorifics are set in roles_before

    def opening_article(self, c: _Cand) -> bool:
        """True for an article that opens the sentence and one word ("De Drachtster
        werd ..."): "de Drachtster" elsewhere is a noun, not the surname "De X"."""
        first = self.toks[c.first]
        return (
            c.last == c.first + 1
            and first.initial
            and first.low in self.profile.determiners
            and first.low in self.profile.name_particles
        )

    def plain_single_person(self, c: _Cand) -> bool:
        """A lone Korean family name acting as a name ("Kim", "Moon"), not "the Kim regime"."""
        if c.kind != "single":
            return False
        t = self.toks[c.first]
        if t.text not in FAMILY_NAME_FIRST or len(t.text) < 3:
            return False
        if t.low in self.lower_seen:
            return False
        if c.first > 0 and t.joined and self.toks[c.first - 1].low in self.profile.determiners:
            return t.initial
        return True


def _title_after_modifiers(
    words: list[str], i: int, lex: _Lexicon, profile: LanguageProfile
) -> bool:
    """True when *words* from *i* hold a title, after role modifiers, before the last word
    ("Senate Majority Whip John Cornyn": "Majority Whip" after "Senate")."""
    while i < len(words) - 1 and words[i].casefold() in profile.role_modifiers:
        i += 1
    return i < len(words) - 1 and _is_title(words[i].casefold(), lex, profile)


def _person_first_word(cast: Cast, first_only: bool, name: str, pos: int) -> bool:
    """True when *name*, alone, is the first word of an organisation's name only and the
    surname of a person the article names in full ("Trump" of "Trump University" beside
    "Donald Trump"): the person, not the organisation."""
    return first_only and cast._person_key_for(name, pos) is not None


def find_entities(ctx: Context, drafts: Sequence[QuoteDraft] | None = None) -> Cast:
    """Find the entities named in the article's content blocks.

    *drafts*, the quotations of :func:`koreanews.quotes.find_quotes` sorted by
    ``(span.start, -span.end)``, say which text is quoted (in any quotation marks, single
    ones included): a name said inside a quotation is never the antecedent of a pronoun.
    Without them, double quotation marks are paired here.
    """
    regions = None
    if drafts is not None:
        regions = [(s, e) for s, e, _, _ in shared_regions(ctx, drafts)]
    return _Finder(ctx, regions).run()


def _on(features: dict[str, float]) -> str:
    """The features of a candidate that are on, for an explanation."""
    return " ".join(
        name if value == 1.0 else f"{name}={value:.1f}"
        for name, value in features.items()
        if value and name != "bias"
    )


def _back(sentences: int) -> str:
    """ "this sentence", "1 sentence back", "3 sentences back"."""
    if sentences == 0:
        return "this sentence"
    return f"{sentences} sentence{'s' if sentences != 1 else ''} back"
