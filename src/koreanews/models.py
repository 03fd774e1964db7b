"""The typed, frozen data model of a parsed article.

Every class here is an immutable :mod:`attrs` class.  Offsets (:class:`Span`)
always index the original input string, so ``text[span.start:span.end]`` shows
exactly what was found.  :meth:`Article.to_dict` and :meth:`Article.from_dict`
are a lossless round trip through plain JSON types; the layout is described in
:doc:`/json`.
"""

from __future__ import annotations

import datetime as _dt
import enum
import json
import re
from collections.abc import Iterable, Iterator, Mapping
from itertools import islice
from typing import Any

import attrs
from attrs.validators import get_disabled as _validators_disabled

from .exceptions import ArticleFormatError

__all__ = [
    "Article",
    "Block",
    "BlockKind",
    "Entity",
    "EntityKind",
    "Evidence",
    "NewsDate",
    "Quote",
    "QuoteKind",
    "Span",
]

#: Version of the dictionary layout written by :meth:`Article.to_dict`.  Version 2 added
#: :attr:`Quote.evidence`, refers to a quote's speaker by its position in ``entities``
#: instead of copying the entity, writes a block's text (and a quote's source phrase and
#: marks) only where it is not what the article's text shows at its span, and leaves out
#: empty and null fields (see :doc:`/json`); :meth:`Article.from_dict` still reads
#: version 1.
SCHEMA_VERSION = 2
#: Every layout :meth:`Article.from_dict` reads.
_READABLE_SCHEMAS = frozenset((1, 2))

#: Sets a field of a frozen instance (what the constructors attrs generates do).
_setattr = object.__setattr__


def _spans(value: Iterable[Span]) -> tuple[Span, ...]:
    return tuple(value)


def _strings(value: Iterable[str]) -> tuple[str, ...]:
    return tuple(value)


def _blocks(value: Iterable[Block]) -> tuple[Block, ...]:
    return tuple(value)


def _quotes(value: Iterable[Quote]) -> tuple[Quote, ...]:
    return tuple(value)


def _entities(value: Iterable[Entity]) -> tuple[Entity, ...]:
    return tuple(value)


def _non_negative(instance: object, attribute: attrs.Attribute[int], value: int) -> None:
    if value < 0:
        raise ValueError(f"{attribute.name} must be >= 0, got {value}")


@attrs.frozen
class Span:
    """A half-open character range ``[start, end)`` into the original input text.

    Spans are ordered by ``(start, end)``.

    Attributes:
        start (int): The offset of the first character (0-based, >= 0).
        end (int): The offset just after the last character (>= ``start``).
    """

    start: int = attrs.field(validator=_non_negative)
    end: int = attrs.field()

    @end.validator
    def _check_end(self, attribute: attrs.Attribute[int], value: int) -> None:
        if value < self.start:
            raise ValueError(f"Span end ({value}) is before its start ({self.start})")

    # Spans are made by the hundred per article: the constructor and the comparisons
    # are written out (the same checks, in the same order, as the field validators,
    # which attrs.validate still runs) instead of the generic ones attrs generates.
    def __init__(self, start: int, end: int) -> None:
        _setattr(self, "start", start)
        _setattr(self, "end", end)
        if (start < 0 or end < start) and not _validators_disabled():
            if start < 0:
                raise ValueError(f"start must be >= 0, got {start}")
            raise ValueError(f"Span end ({end}) is before its start ({start})")

    def __lt__(self, other: Span) -> bool:
        if other.__class__ is self.__class__:
            return (self.start, self.end) < (other.start, other.end)
        return NotImplemented

    def __le__(self, other: Span) -> bool:
        if other.__class__ is self.__class__:
            return (self.start, self.end) <= (other.start, other.end)
        return NotImplemented

    def __gt__(self, other: Span) -> bool:
        if other.__class__ is self.__class__:
            return (self.start, self.end) > (other.start, other.end)
        return NotImplemented

    def __ge__(self, other: Span) -> bool:
        if other.__class__ is self.__class__:
            return (self.start, self.end) >= (other.start, other.end)
        return NotImplemented

    def __len__(self) -> int:
        return self.end - self.start

    def slice(self, text: str) -> str:
        """Return the part of *text* this span covers."""
        return text[self.start : self.end]

    def contains(self, other: Span) -> bool:
        """True when *other* lies entirely inside this span."""
        return self.start <= other.start and other.end <= self.end

    def overlaps(self, other: Span) -> bool:
        """True when the two spans share at least one character."""
        return self.start < other.end and other.start < self.end

    def to_list(self) -> list[int]:
        """``[start, end]``, as the JSON layout writes a span."""
        return [self.start, self.end]

    @classmethod
    def from_list(cls, value: list[int] | tuple[int, int]) -> Span:
        """The inverse of :meth:`to_list`."""
        start, end = value
        return cls(int(start), int(end))


@attrs.frozen
class NewsDate:
    """The date of an article, with the precision the header gave.

    Dates are totally ordered, in the order of their :meth:`isoformat` strings:
    a month-only date sorts before every day of that month, and after every day
    of the months before it.

    >>> NewsDate(2018, 2).isoformat()
    '2018-02'
    >>> NewsDate(2018, 2, 14).isoformat()
    '2018-02-14'
    >>> dates = [NewsDate(2018, 3), NewsDate(2018, 2, 14), NewsDate(2018, 2)]
    >>> [date.isoformat() for date in sorted(dates)]
    ['2018-02', '2018-02-14', '2018-03']

    Attributes:
        year (int): The year, 1 to 9999.
        month (int): The month, 1 to 12.
        day (int | None): The day of the month, or None when the header gave only a month.
    """

    year: int
    month: int
    day: int | None = None

    def _key(self) -> tuple[int, int, int]:
        # A month without a day sorts as day 0: before the 1st, like "2018-02" < "2018-02-01".
        return (self.year, self.month, self.day or 0)

    def __lt__(self, other: NewsDate) -> bool:
        if other.__class__ is self.__class__:
            return self._key() < other._key()
        return NotImplemented

    def __le__(self, other: NewsDate) -> bool:
        if other.__class__ is self.__class__:
            return self._key() <= other._key()
        return NotImplemented

    def __gt__(self, other: NewsDate) -> bool:
        if other.__class__ is self.__class__:
            return self._key() > other._key()
        return NotImplemented

    def __ge__(self, other: NewsDate) -> bool:
        if other.__class__ is self.__class__:
            return self._key() >= other._key()
        return NotImplemented

    def __attrs_post_init__(self) -> None:
        if not 1 <= self.month <= 12:
            raise ValueError(f"month must be 1..12, got {self.month}")
        if not 1 <= self.year <= 9999:
            raise ValueError(f"year must be 1..9999, got {self.year}")
        if self.day is not None:
            _dt.date(self.year, self.month, self.day)  # raises ValueError if impossible

    @property
    def precision(self) -> str:
        """``"day"`` when the header gave a day, otherwise ``"month"``."""
        return "month" if self.day is None else "day"

    def isoformat(self) -> str:
        """``YYYY-MM`` for a month, ``YYYY-MM-DD`` for a day."""
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    def to_date(self) -> _dt.date:
        """A :class:`datetime.date`; the first of the month when no day is known."""
        return _dt.date(self.year, self.month, self.day or 1)

    @classmethod
    def fromisoformat(cls, value: str) -> NewsDate:
        """Parse ``YYYY-MM`` or ``YYYY-MM-DD`` (the inverse of :meth:`isoformat`)."""
        parts = value.split("-")
        if len(parts) not in (2, 3) or not all(p.isdigit() for p in parts):
            raise ValueError(f"not a YYYY-MM or YYYY-MM-DD date: {value!r}")
        day = int(parts[2]) if len(parts) == 3 else None
        return cls(int(parts[0]), int(parts[1]), day)

    def __str__(self) -> str:
        return self.isoformat()


class BlockKind(str, enum.Enum):
    """What a block of the article is.

    ``PARAGRAPH``
        Article content.
    ``HEADLINE``
        The article's own title, usually its first line (at most one per article).
    ``HEADING``
        A subheading (intertitle) inside the article.
    ``BOILERPLATE``
        Not article content: advertising markers, "Lees ook" links, bylines,
        time stamps, share widgets, copyright lines.
    ``CAPTION``
        A photo caption or credit.
    ``HEADER``
        The ``date`` header line that starts the article.
    """

    PARAGRAPH = "paragraph"
    HEADLINE = "headline"
    HEADING = "heading"
    BOILERPLATE = "boilerplate"
    CAPTION = "caption"
    HEADER = "header"

    def __str__(self) -> str:
        return self.value


class QuoteKind(str, enum.Enum):
    """How a quotation reports words (see :doc:`/conventions`).

    ``DIRECT``
        A full clause or sentence of speech or writing in quotation marks.
    ``PARTIAL``
        A fragment of someone's words in quotation marks, inside the reporter's sentence.
    ``INDIRECT``
        Reported speech without quotation marks ("zegt dat ...", "volgens X ...").
    ``TERM``
        Quotation marks that report nobody's words: titles, names, scare quotes.
    """

    DIRECT = "direct"
    PARTIAL = "partial"
    INDIRECT = "indirect"
    TERM = "term"

    def __str__(self) -> str:
        return self.value


class EntityKind(str, enum.Enum):
    """The kind of a named entity: ``PERSON``, ``ORGANISATION`` or ``PLACE``."""

    PERSON = "person"
    ORGANISATION = "organisation"
    PLACE = "place"

    def __str__(self) -> str:
        return self.value


# The kind converters: a member passes as it is (calling the enum costs ten times more).
def _block_kind(value: BlockKind | str) -> BlockKind:
    return value if value.__class__ is BlockKind else BlockKind(value)


def _quote_kind(value: QuoteKind | str) -> QuoteKind:
    return value if value.__class__ is QuoteKind else QuoteKind(value)


def _entity_kind(value: EntityKind | str) -> EntityKind:
    return value if value.__class__ is EntityKind else EntityKind(value)


def _short(text: str, width: int = 40) -> str:
    """*text* on one line, cut to about *width* characters with an ellipsis."""
    line = " ".join(text.split())
    return line if len(line) <= width else line[: width - 1].rstrip() + "…"


@attrs.frozen
class Block:
    """A paragraph, heading, piece of boilerplate or caption, with its span.

    Attributes:
        kind (BlockKind): What the block is: paragraph, headline, heading,
            boilerplate, caption or header.
        text (str): The block's text: exactly ``article.text[span.start:span.end]``.
        span (Span): Where the block lies in the article's text.
        lang (str | None): The block's language (``"nl"``, ``"en"``); a short
            block takes the article's.
        rule (str | None): The rule that classified the block (for example
            ``"nl:ad-marker"``), if any.
    """

    kind: BlockKind = attrs.field(converter=_block_kind)
    text: str
    span: Span
    lang: str | None = None
    rule: str | None = None

    def __repr__(self) -> str:
        return (
            f"Block({self.kind.value}, {_short(self.text)!r}, span={self.span!r}, "
            f"lang={self.lang!r}, rule={self.rule!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        """The block alone, with its text (inside an article dictionary the text is left out)."""
        return {
            "kind": self.kind.value,
            "text": self.text,
            "span": self.span.to_list(),
            "lang": self.lang,
            "rule": self.rule,
        }

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Block:
        """The inverse of :meth:`to_dict`."""
        return cls(
            kind=BlockKind(d["kind"]),
            text=d["text"],
            span=Span.from_list(d["span"]),
            lang=d.get("lang"),
            rule=d.get("rule"),
        )


@attrs.frozen
class Entity:
    """A person, organisation or place named in the article.

    Attributes:
        name (str): The canonical name: the fullest form of the name the article
            gives ("Mike Pence" when the article also says "Pence").
        kind (EntityKind): Person, organisation or place.
        mentions (tuple[Span, ...]): Every place the entity is mentioned, surname,
            role and pronoun mentions included, in order.
        roles (tuple[str, ...]): Roles and titles given to the entity
            ("vice-president", "leider").
        id (str | None): A stable identifier from the gazetteer
            (``"gpe:north-korea"``), when known: the same in every article, in
            both languages.
        label (str | None): The gazetteer's usual name for the entity in the
            article's language, when the gazetteer knows it: "Verenigde Staten"
            in every Dutch article and "United States" in every English one,
            whether the article writes "VS", "de Verenigde Staten" or "U.S.".
            ``name`` is the form this article gives; count a corpus by ``id``
            (across languages) or ``label`` (within one).
    """

    name: str
    kind: EntityKind = attrs.field(default=EntityKind.PERSON, converter=_entity_kind)
    mentions: tuple[Span, ...] = attrs.field(default=(), converter=_spans)
    roles: tuple[str, ...] = attrs.field(default=(), converter=_strings)
    id: str | None = None
    label: str | None = None

    def __repr__(self) -> str:
        return (
            f"Entity({self.name!r}, {self.kind.value}, mentions={len(self.mentions)}, "
            f"roles={self.roles!r}, id={self.id!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        """A dictionary of plain JSON types; :meth:`from_dict` restores an equal entity."""
        return {
            "name": self.name,
            "kind": self.kind.value,
            "mentions": [m.to_list() for m in self.mentions],
            "roles": list(self.roles),
            "id": self.id,
            "label": self.label,
        }

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Entity:
        """The inverse of :meth:`to_dict`."""
        return cls(
            name=d["name"],
            kind=EntityKind(d.get("kind", "person")),
            mentions=tuple(Span.from_list(m) for m in d.get("mentions", ())),
            roles=tuple(d.get("roles", ())),
            id=d.get("id"),
            # an article's JSON leaves out a gazetteer entity's label when it is its name
            label=d["label"] if "label" in d else (d["name"] if d.get("id") else None),
        )


def _optional_span(value: Any) -> Span | None:
    return None if value is None else Span.from_list(value)


def _confidence(instance: object, attribute: attrs.Attribute[float], value: float) -> None:
    if not 0.0 <= value <= 1.0:
        raise ValueError(f"confidence must be between 0 and 1, got {value}")


@attrs.frozen
class Evidence:
    """Why a quotation has the speaker it has (see :doc:`/speakers`).

    >>> Evidence("nl:after-quote", "surname", 0.92).to_dict()
    {'rule': 'nl:after-quote', 'resolver': 'surname', 'confidence': 0.92}

    Attributes:
        rule (str | None): The rule that found the quotation's source phrase or
            cue, as ``"<language>:<rule>"`` ("nl:after-quote", "en:colon"); None
            when no rule fired.
        resolver (str | None): How the source became an entity: ``"exact"``,
            ``"surname"``, ``"role"``, ``"pronoun"``, ``"initials"``, ``"run"`` (a continuation
            of the previous speaker), ``"heading"``, ``"relay"``, ``"unnamed"``
            (an unnamed source: no speaker), ``"new"`` (a name first met as the
            source), or None when nothing was resolved.
        confidence (float): How sure the attribution is, from 0 to 1.
    """

    rule: str | None = None
    resolver: str | None = None
    confidence: float = attrs.field(default=0.0, validator=_confidence)

    def to_dict(self) -> dict[str, Any]:
        """``{"rule": ..., "resolver": ..., "confidence": ...}``."""
        return {"rule": self.rule, "resolver": self.resolver, "confidence": self.confidence}

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Evidence:
        """The inverse of :meth:`to_dict`."""
        return cls(d.get("rule"), d.get("resolver"), float(d.get("confidence", 0.0)))


@attrs.frozen
class Quote:
    """A quotation: the words, their kind, who said them and where.

    ``str(quote)`` reads as speaker, cue, kind and words::

        Moon Jae-in [zegt] direct: “We zijn klaar”

    Attributes:
        text (str): The quoted words, quotation marks excluded.  A quote over
            several paragraphs is its parts joined by a newline, re-opening
            marks left out.
        kind (QuoteKind): Direct, partial, indirect or term.
        span (Span): Where the words lie in the article's text (between the
            marks for a quote in quotation marks), so ``text[span.start:span.end]``
            shows them; for a quote over several paragraphs, from the first
            part's start to the last part's end.
        speaker (Entity | None): Who said it: one of the article's
            :attr:`~Article.entities`, or None for an unnamed source and for terms.
        cue (str | None): The reporting word as written: "zegt", "aldus",
            "said", ":" ...; None when there is none.
        cue_span (Span | None): Where the cue lies in the text.
        source_text (str | None): The phrase that names the source, as written
            ("een woordvoerder", "Pence"); kept when the source is unnamed too.
        source_span (Span | None): Where that phrase lies in the text.
        lang (str | None): The language of the quoted words; a short quote
            takes its block's.
        parts (tuple[Span, ...]): One span per paragraph for a quote over several
            paragraphs, else empty.
        marks (tuple[str, str] | None): The opening and closing marks as written
            ("„", "”"), None for indirect speech.
        evidence (Evidence | None): Why the quotation has this speaker: the
            rule, the resolver and a confidence.
    """

    text: str
    kind: QuoteKind = attrs.field(converter=_quote_kind)
    span: Span
    speaker: Entity | None = None
    cue: str | None = None
    cue_span: Span | None = None
    source_text: str | None = None
    source_span: Span | None = None
    lang: str | None = None
    parts: tuple[Span, ...] = attrs.field(default=(), converter=_spans)
    marks: tuple[str, str] | None = None
    evidence: Evidence | None = None

    def __repr__(self) -> str:
        speaker = None if self.speaker is None else self.speaker.name
        return (
            f"Quote({self.kind.value}, {_short(self.text)!r}, speaker={speaker!r}, "
            f"cue={self.cue!r}, span={self.span!r})"
        )

    def __str__(self) -> str:
        opening, closing = self.marks if self.marks is not None else ("", "")
        words = f"{opening}{self.text}{closing}"
        if self.kind is QuoteKind.TERM:
            return f"term: {words}"
        if self.speaker is not None:
            who = self.speaker.name
        elif self.source_text:
            who = f"unnamed ({self.source_text})"
        else:
            who = "unknown speaker"
        cue = f" [{self.cue}]" if self.cue else ""
        return f"{who}{cue} {self.kind.value}: {words}"

    def to_dict(self) -> dict[str, Any]:
        """The quote alone, its speaker copied in full.

        Inside :meth:`Article.to_dict` a quote refers to its speaker by the
        entity's position in ``entities`` instead (see :doc:`/json`).
        """
        return {
            "text": self.text,
            "kind": self.kind.value,
            "span": self.span.to_list(),
            "speaker": None if self.speaker is None else self.speaker.to_dict(),
            "cue": self.cue,
            "cue_span": None if self.cue_span is None else self.cue_span.to_list(),
            "source_text": self.source_text,
            "source_span": None if self.source_span is None else self.source_span.to_list(),
            "lang": self.lang,
            "parts": [p.to_list() for p in self.parts],
            "marks": None if self.marks is None else list(self.marks),
            "evidence": None if self.evidence is None else self.evidence.to_dict(),
        }

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Quote:
        """The inverse of :meth:`to_dict`."""
        speaker = d.get("speaker")
        marks = d.get("marks")
        evidence = d.get("evidence")
        return cls(
            text=d["text"],
            kind=QuoteKind(d["kind"]),
            span=Span.from_list(d["span"]),
            speaker=None if speaker is None else Entity.from_dict(speaker),
            cue=d.get("cue"),
            cue_span=_optional_span(d.get("cue_span")),
            source_text=d.get("source_text"),
            source_span=_optional_span(d.get("source_span")),
            lang=d.get("lang"),
            parts=tuple(Span.from_list(p) for p in d.get("parts", ())),
            marks=None if marks is None else (marks[0], marks[1]),
            evidence=None if evidence is None else Evidence.from_dict(evidence),
        )


@attrs.frozen
class Article:
    """One parsed article.  Build it with :func:`koreanews.parse`.

    ``repr(article)`` is one short line (date, language, counts, the first
    words); the views :attr:`headings`, :attr:`paragraphs`, :attr:`people` ...
    select from the fields below.

    Attributes:
        text (str): The raw input text, exactly as given; every span indexes it.
        lang (str): The article's main language: ``"nl"`` or ``"en"``.
        date (NewsDate | None): The header's date, or None without a (readable) header.
        blocks (tuple[Block, ...]): The header, headline, headings, paragraphs,
            boilerplate and captions, in order; together they hold every
            visible character of the text.
        quotes (tuple[Quote, ...]): The quotations, in order of appearance.
        entities (tuple[Entity, ...]): The people, organisations and places
            named, in order of first mention.
        warnings (tuple[str, ...]): Problems met while parsing (a malformed
            header in lenient mode, an empty text ...).
        source (str | None): Where the text came from (a file path), when known.
    """

    text: str
    lang: str
    date: NewsDate | None = None
    blocks: tuple[Block, ...] = attrs.field(default=(), converter=_blocks)
    quotes: tuple[Quote, ...] = attrs.field(default=(), converter=_quotes)
    entities: tuple[Entity, ...] = attrs.field(default=(), converter=_entities)
    warnings: tuple[str, ...] = attrs.field(default=(), converter=_strings)
    source: str | None = None

    def __repr__(self) -> str:
        date = "no date" if self.date is None else self.date.isoformat()
        start = next((b.span.end for b in self.blocks if b.kind is BlockKind.HEADER), 0)
        where = f"{self.source!r}, " if self.source is not None else ""
        counts = ", ".join(
            f"{n} {word if n == 1 else plural}"
            for n, word, plural in (
                (len(self.text), "char", "chars"),
                (len(self.blocks), "block", "blocks"),
                (len(self.quotes), "quote", "quotes"),
                (len(self.entities), "entity", "entities"),
            )
        )
        words = _short(self.text[start : start + 200], 50)
        return f"<Article {where}{date}, {self.lang}, {counts}: {words!r}>"

    def _blocks_of(self, kind: BlockKind) -> tuple[str, ...]:
        return tuple(b.text for b in self.blocks if b.kind is kind)

    @property
    def headline(self) -> str | None:
        """The article's headline (its title), or None when the text has none."""
        for b in self.blocks:
            if b.kind is BlockKind.HEADLINE:
                return b.text
        return None

    @property
    def headings(self) -> tuple[str, ...]:
        """The headline and the subheadings, in order."""
        headline, heading = BlockKind.HEADLINE, BlockKind.HEADING
        return tuple(b.text for b in self.blocks if b.kind is heading or b.kind is headline)

    @property
    def subheadings(self) -> tuple[str, ...]:
        """The subheadings, in order: :attr:`headings` without the headline."""
        return self._blocks_of(BlockKind.HEADING)

    @property
    def paragraphs(self) -> tuple[str, ...]:
        """The article's content paragraphs, boilerplate removed."""
        return self._blocks_of(BlockKind.PARAGRAPH)

    @property
    def boilerplate(self) -> tuple[str, ...]:
        """Everything that was classified as boilerplate: nothing is silently lost."""
        return self._blocks_of(BlockKind.BOILERPLATE)

    @property
    def captions(self) -> tuple[str, ...]:
        """Photo captions and credits."""
        return self._blocks_of(BlockKind.CAPTION)

    def _entities_of(self, kind: EntityKind) -> tuple[Entity, ...]:
        return tuple(e for e in self.entities if e.kind is kind)

    @property
    def people(self) -> tuple[Entity, ...]:
        """Persons, in order of first mention."""
        return self._entities_of(EntityKind.PERSON)

    @property
    def organisations(self) -> tuple[Entity, ...]:
        """Organisations (agencies, parties, companies), in order of first mention."""
        return self._entities_of(EntityKind.ORGANISATION)

    @property
    def places(self) -> tuple[Entity, ...]:
        """Countries, cities and other places, in order of first mention."""
        return self._entities_of(EntityKind.PLACE)

    def to_dict(self) -> dict[str, Any]:
        """A dictionary of plain JSON types; :meth:`from_dict` restores an equal article.

        The text is written once: a block is its span (its text is the slice of
        the article's text under it), a quote refers to its speaker by the
        entity's position in ``entities``, its evidence is ``[rule, resolver,
        confidence]``, and empty or null fields are left out.  :doc:`/json`
        says what each part is for.
        """
        return _article_dict(self)

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Article:
        """Rebuild an article written by :meth:`to_dict` (schema 2, or 1 of older versions).

        :raises ArticleFormatError: when *d* is not such a dictionary; the
            message names the part that is wrong.
        """
        return _article_from_dict(d)

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        # Articles cross process boundaries by the thousand (parse_many): pickled as
        # one tuple of plain values instead of a few hundred small objects, which
        # makes dumping and loading several times faster on both sides of the pipe.
        return _unpack_article, (_pack_article(self),)

    def to_json(self, **kwargs: Any) -> str:
        """The article as one JSON document, on one line.

        Keyword arguments go to :func:`json.dumps`: the defaults are
        ``ensure_ascii=False`` and, without ``indent``, no spaces after ``,``
        and ``:``.  A lone surrogate in a string (a ``str`` may hold one, UTF-8
        cannot) is written as a ``\\udXXX`` escape, so the document can always
        be written as UTF-8, and :meth:`from_json` reads the same string back.
        """
        kwargs.setdefault("ensure_ascii", False)
        if kwargs.get("indent") is None:
            kwargs.setdefault("separators", (",", ":"))
        if kwargs.keys() == {"ensure_ascii", "separators"} and kwargs["separators"] == (",", ":"):
            return "".join(json_chunks(self, ensure_ascii=bool(kwargs["ensure_ascii"])))
        return _escape_surrogates(json.dumps(self.to_dict(), **kwargs))

    @classmethod
    def from_json(cls, data: str | bytes) -> Article:
        """Rebuild an article from :meth:`to_json` output.

        :raises ArticleFormatError: when *data* is not JSON, or not an article.
        """
        try:
            d = json.loads(data)
        except (ValueError, TypeError) as exc:  # JSONDecodeError and UnicodeDecodeError
            raise ArticleFormatError(f"not valid JSON ({exc})") from None
        return cls.from_dict(d)


#: A lone surrogate: a str may hold one, UTF-8 cannot encode it.
_SURROGATE = re.compile("[\ud800-\udfff]")


def _escape_surrogate(match: re.Match[str]) -> str:
    return f"\\u{ord(match.group()):04x}"


def _escape_surrogates(encoded: str) -> str:
    """JSON text with every lone surrogate written as an escape (only inside strings)."""
    if not encoded.isascii() and _SURROGATE.search(encoded) is not None:
        return _SURROGATE.sub(_escape_surrogate, encoded)
    return encoded


# -- the dictionary layout ----------------------------------------------------------
# What Article.to_dict writes (schema 2, docs/json.md): the text once, a block as its
# span, a quote's speaker as a position in "entities", null and empty fields left out,
# and a block's or quote's language left out where it is the article's.


def _span_list(span: Span) -> list[int]:
    return [span.start, span.end]


def _is_slice(value: str, span: Span, text: str) -> bool:
    """True when *value* is what *span* covers of *text* (so it need not be written)."""
    return span.end <= len(text) and text[span.start : span.end] == value


def _block_dict(b: Block, text: str, lang: str) -> dict[str, Any]:
    span = b.span
    d: dict[str, Any] = {"kind": b.kind.value, "span": [span.start, span.end]}
    if not _is_slice(b.text, span, text):  # only a block built by hand
        d["text"] = b.text
    if b.lang != lang:
        d["lang"] = b.lang
    if b.rule is not None:
        d["rule"] = _short_rule(b.rule, lang)
    return d


def _short_rule(rule: str | None, lang: str | None) -> str | None:
    """A rule name as an article's JSON writes it: without the article's language
    ("paragraph" for "nl:paragraph" in a Dutch article); a name without a language
    gets a leading colon (":header"), so that :func:`_full_rule` can tell them apart."""
    if rule is None or lang is None:
        return rule
    if ":" not in rule:
        return ":" + rule
    prefix = lang + ":"
    return rule[len(prefix) :] if rule.startswith(prefix) else rule


def _full_rule(rule: str | None, lang: str | None) -> str | None:
    """The inverse of :func:`_short_rule` (a name with a language is left as it is)."""
    if rule is None or lang is None or not isinstance(rule, str):
        return rule
    if rule.startswith(":"):
        return rule[1:]
    return rule if ":" in rule else f"{lang}:{rule}"


def _quote_dict(q: Quote, text: str, lang: str, speaker: Any) -> dict[str, Any]:
    d: dict[str, Any] = {"text": q.text, "kind": q.kind.value, "span": _span_list(q.span)}
    if speaker is not None:
        d["speaker"] = speaker
    if q.cue is not None:
        d["cue"] = q.cue
    if q.cue_span is not None:
        d["cue_span"] = _span_list(q.cue_span)
    source = q.source_span
    if q.source_text is not None and (source is None or not _is_slice(q.source_text, source, text)):
        d["source_text"] = q.source_text
    if source is not None:
        d["source_span"] = _span_list(source)
        if q.source_text is None:
            d["source_text"] = None
    if q.lang != lang:
        d["lang"] = q.lang
    if q.parts:
        d["parts"] = [[p.start, p.end] for p in q.parts]
    if q.marks != _marks_around(q.kind, q.span, text):
        d["marks"] = None if q.marks is None else list(q.marks)
    evidence = q.evidence
    if evidence is not None:
        d["evidence"] = [_short_rule(evidence.rule, lang), evidence.resolver, evidence.confidence]
    return d


def _marks_around(kind: QuoteKind, span: Span, text: str) -> tuple[str, str] | None:
    """The marks a quote's JSON leaves out: the characters just before and after its span.

    None for indirect speech, which has no marks.  Marks of more than one
    character (``,,``) or none (an unclosed quotation) differ, and are written.
    """
    if kind is QuoteKind.INDIRECT:
        return None
    start, end = span.start, span.end
    return (text[start - 1 : start] if start > 0 else "", text[end : end + 1])


def _entity_dict(e: Entity) -> dict[str, Any]:
    d: dict[str, Any] = {"name": e.name}
    if e.kind is not EntityKind.PERSON:  # Entity.from_dict reads a missing kind as a person
        d["kind"] = e.kind.value
    if e.mentions:
        d["mentions"] = [[m.start, m.end] for m in e.mentions]
    if e.roles:
        d["roles"] = list(e.roles)
    if e.id is not None:
        d["id"] = e.id
    if e.label != (e.name if e.id is not None else None):  # else Entity.from_dict knows it
        d["label"] = e.label
    return d


def _quote_dicts(a: Article) -> Iterator[dict[str, Any]]:
    text, lang = a.text, a.lang
    by_identity = {id(e): n for n, e in enumerate(a.entities)}
    by_value: dict[Entity, int] | None = None
    for q in a.quotes:
        speaker: Any = None
        if q.speaker is not None:
            speaker = by_identity.get(id(q.speaker))
            if speaker is None:  # an equal copy, or an entity that is not the article's
                if by_value is None:
                    by_value = {}
                    for n, e in enumerate(a.entities):
                        by_value.setdefault(e, n)
                speaker = by_value.get(q.speaker)
                if speaker is None:
                    speaker = q.speaker.to_dict()
        yield _quote_dict(q, text, lang, speaker)


def _head_dict(a: Article) -> dict[str, Any]:
    return {
        "schema": SCHEMA_VERSION,
        "source": a.source,
        "lang": a.lang,
        "date": None if a.date is None else a.date.isoformat(),
    }


def _list_dicts(a: Article) -> Iterator[tuple[str, Iterable[Any]]]:
    """The lists of the layout, in order, each as an iterator of its items."""
    text, lang = a.text, a.lang
    yield "blocks", (_block_dict(b, text, lang) for b in a.blocks)
    yield "quotes", _quote_dicts(a)
    yield "entities", map(_entity_dict, a.entities)
    yield "warnings", iter(a.warnings)


def _article_dict(a: Article) -> dict[str, Any]:
    d = _head_dict(a)
    d["text"] = a.text
    for key, items in _list_dicts(a):
        d[key] = list(items)
    return d


#: Items of a list encoded at once by :func:`json_chunks`.
_BATCH = 512
#: From this length of text on (characters) :func:`json_chunks` encodes batch by batch.
_CHUNKED_FROM = 50_000


def json_chunks(a: Article, *, ensure_ascii: bool = False) -> list[str]:
    """:meth:`Article.to_json`, in pieces that are written one after another.

    Joined, the pieces are ``to_json()``: ``json.dumps(a.to_dict(),
    separators=(",", ":"))`` with lone surrogates escaped.  Neither the whole
    dictionary nor the whole document is ever built: the dictionary of a long
    article holds several objects per quote, block and mention, and the lists
    are encoded a batch of items at a time, so writing a very large article
    (:class:`koreanews.output.JsonLinesWriter`) takes about the memory of its
    JSON text once.
    """
    encode = json.JSONEncoder(ensure_ascii=ensure_ascii, separators=(",", ":")).encode
    if len(a.text) < _CHUNKED_FROM:  # an ordinary article: one piece, made at once
        return [_escape_surrogates(encode(_article_dict(a)))]
    chunks = [encode(_head_dict(a))[:-1], ',"text":', _escape_surrogates(encode(a.text))]
    for key, items in _list_dicts(a):
        chunks.append(f',"{key}":[')
        comma = ""
        while batch := list(islice(items, _BATCH)):
            chunks.append(comma + _escape_surrogates(encode(batch)[1:-1]))
            comma = ","
        chunks.append("]")
    chunks[-1] += "}"
    chunks[0] = _escape_surrogates(chunks[0])
    return chunks


def _where(part: str, index: int | None = None, field: str | None = None) -> str:
    where = part if index is None else f"{part}[{index}]"
    return where if field is None else f"{where}.{field}"


def _describe(exc: Exception) -> str:
    if isinstance(exc, KeyError):
        return f"the field {exc.args[0]!r} is missing"
    return f"{type(exc).__name__}: {exc}"


def _list_of(d: Mapping[str, Any], key: str) -> list[Any]:
    value = d.get(key)
    if value is None:
        return []
    if not isinstance(value, list | tuple):
        raise ArticleFormatError(f"expected a list, got {type(value).__name__}", where=key)
    return list(value)


def _text_of(b: Mapping[str, Any], span: Span, text: str) -> str:
    written = b.get("text")
    if written is not None:
        return str(written)
    if span.end > len(text):
        raise ValueError(f"span {span.to_list()} runs past the end of the text ({len(text)})")
    return text[span.start : span.end]


def _entity_at(
    value: Any, entities: tuple[Entity, ...], known: dict[Entity, Entity]
) -> Entity | None:
    if value is None:
        return None
    if isinstance(value, Mapping):  # schema 1 (or a speaker that is not the article's)
        if not known:
            known.update((e, e) for e in reversed(entities))
        entity = Entity.from_dict(value)
        return known.get(entity, entity)  # the article's own entity when it is among them
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"expected an entity index or an entity, got {type(value).__name__}")
    if not 0 <= value < len(entities):
        raise IndexError(f"entity {value} does not exist (the article has {len(entities)})")
    return entities[value]


def _article_from_dict(d: Mapping[str, Any]) -> Article:
    if not isinstance(d, Mapping):
        raise ArticleFormatError(f"expected a JSON object (a dict), got {type(d).__name__}")
    if d.get("failure") is True:
        raise ArticleFormatError(
            "this is a ParseFailure record (an input that could not be parsed), not an article"
        )
    schema = d.get("schema", SCHEMA_VERSION)
    if schema not in _READABLE_SCHEMAS:
        raise ArticleFormatError(
            f"unsupported schema {schema!r}: this koreanews reads "
            f"{', '.join(map(str, sorted(_READABLE_SCHEMAS)))}; "
            "a newer koreanews may have written it",
            where="schema",
        )
    missing = [k for k in ("text", "lang") if k not in d]
    if missing:
        keys = ", ".join(repr(k) for k in list(d)[:5]) or "none"
        raise ArticleFormatError(
            f"the field{'s' if len(missing) > 1 else ''} {' and '.join(missing)} "
            f"{'are' if len(missing) > 1 else 'is'} missing (fields found: {keys})"
        )
    text, lang = d["text"], d["lang"]
    if not isinstance(text, str):
        raise ArticleFormatError(f"expected a string, got {type(text).__name__}", where="text")
    date = d.get("date")
    try:
        news_date = None if date is None else NewsDate.fromisoformat(date)
    except (ValueError, TypeError, AttributeError) as exc:
        raise ArticleFormatError(_describe(exc), where="date") from None

    entities = []
    for n, e in enumerate(_list_of(d, "entities")):
        try:
            entities.append(Entity.from_dict(e))
        except (KeyError, ValueError, TypeError, AttributeError) as exc:
            raise ArticleFormatError(_describe(exc), where=_where("entities", n)) from None
    cast = tuple(entities)

    blocks = []
    default_lang = None if schema == 1 else lang  # schema 1 wrote every language
    for n, b in enumerate(_list_of(d, "blocks")):
        try:
            span = Span.from_list(b["span"])
            block_text, block_lang = _text_of(b, span, text), b.get("lang", default_lang)
            rule = b.get("rule") if schema == 1 else _full_rule(b.get("rule"), lang)
            blocks.append(Block(b["kind"], block_text, span, block_lang, rule))
        except (KeyError, ValueError, TypeError, AttributeError) as exc:
            raise ArticleFormatError(_describe(exc), where=_where("blocks", n)) from None

    quotes = []
    known: dict[Entity, Entity] = {}
    for n, q in enumerate(_list_of(d, "quotes")):
        try:
            quotes.append(_quote_from_dict(q, text, default_lang, cast, known))
        except (KeyError, ValueError, TypeError, AttributeError, IndexError) as exc:
            raise ArticleFormatError(_describe(exc), where=_where("quotes", n)) from None

    try:
        return Article(
            text=text,
            lang=lang,
            date=news_date,
            blocks=tuple(blocks),
            quotes=tuple(quotes),
            entities=cast,
            warnings=tuple(_list_of(d, "warnings")),
            source=d.get("source"),
        )
    except (ValueError, TypeError) as exc:
        raise ArticleFormatError(_describe(exc)) from None


def _quote_from_dict(
    q: Mapping[str, Any],
    text: str,
    lang: str | None,
    entities: tuple[Entity, ...],
    known: dict[Entity, Entity],
) -> Quote:
    span = Span.from_list(q["span"])
    kind = _quote_kind(q["kind"])
    # Left out: the characters around the span (schema 1 wrote every field).
    written = "marks" in q or lang is None
    marks = q.get("marks") if written else _marks_around(kind, span, text)
    evidence = q.get("evidence")
    source_span = _optional_span(q.get("source_span"))
    if "source_text" in q or lang is None:  # schema 1 wrote every field
        source_text = q.get("source_text")
    else:  # left out: the slice of the text under the source's span
        source_text = None if source_span is None else _text_of({}, source_span, text)
    return Quote(
        text=q["text"],
        kind=kind,
        span=span,
        speaker=_entity_at(q.get("speaker"), entities, known),
        cue=q.get("cue"),
        cue_span=_optional_span(q.get("cue_span")),
        source_text=source_text,
        source_span=source_span,
        lang=q.get("lang", lang),
        parts=tuple(Span.from_list(p) for p in q.get("parts") or ()),
        marks=None if marks is None else (marks[0], marks[1]),
        evidence=_evidence_from(evidence, lang),
    )


def _evidence_from(value: Any, lang: str | None) -> Evidence | None:
    """``[rule, resolver, confidence]`` as the article layout writes it (the rule without
    the article's language, see :func:`_short_rule`), or a dict."""
    if value is None:
        return None
    if isinstance(value, Mapping):
        return Evidence.from_dict(value)
    rule, resolver, confidence = value
    return Evidence(_full_rule(rule, lang), resolver, float(confidence))


# -- pickling ---------------------------------------------------------------------
# An article is packed into nested tuples of str, int and None (which pickle handles
# in C) and unpacked without running converters or validators: the values come from
# an article that passed them.  The layout is private to one koreanews version.

_new = object.__new__


def _pack_spans(spans: tuple[Span, ...]) -> tuple[int, ...]:
    flat: list[int] = []
    for span in spans:
        flat += (span.start, span.end)
    return tuple(flat)


def _pack_entity(e: Entity) -> tuple[Any, ...]:
    return (e.name, e.kind, _pack_spans(e.mentions), e.roles, e.id, e.label)


def _pack_evidence(e: Evidence) -> tuple[Any, ...]:
    return (e.rule, e.resolver, e.confidence)


def _pack_article(a: Article) -> tuple[Any, ...]:
    index = {id(e): n for n, e in enumerate(a.entities)}
    quotes = []
    for q in a.quotes:
        speaker: Any = None
        if q.speaker is not None:
            speaker = index.get(id(q.speaker))  # the article's own entity, by position
            if speaker is None:
                speaker = _pack_entity(q.speaker)
        cue, source = q.cue_span, q.source_span
        quotes.append(
            (
                q.text,
                q.kind,
                q.span.start,
                q.span.end,
                speaker,
                q.cue,
                None if cue is None else (cue.start, cue.end),
                q.source_text,
                None if source is None else (source.start, source.end),
                q.lang,
                _pack_spans(q.parts),
                q.marks,
                None if q.evidence is None else _pack_evidence(q.evidence),
            )
        )
    date = a.date
    return (
        a.text,
        a.lang,
        None if date is None else (date.year, date.month, date.day),
        tuple((b.kind, b.text, b.span.start, b.span.end, b.lang, b.rule) for b in a.blocks),
        tuple(quotes),
        tuple(_pack_entity(e) for e in a.entities),
        a.warnings,
        a.source,
    )


def _span(start: int, end: int) -> Span:
    span: Span = _new(Span)
    _setattr(span, "start", start)
    _setattr(span, "end", end)
    return span


def _unpack_spans(flat: tuple[int, ...]) -> tuple[Span, ...]:
    return tuple(_span(flat[k], flat[k + 1]) for k in range(0, len(flat), 2))


def _unpack_entity(p: tuple[Any, ...]) -> Entity:
    entity: Entity = _new(Entity)
    _setattr(entity, "name", p[0])
    _setattr(entity, "kind", p[1])
    _setattr(entity, "mentions", _unpack_spans(p[2]))
    _setattr(entity, "roles", p[3])
    _setattr(entity, "id", p[4])
    _setattr(entity, "label", p[5])
    return entity


def _unpack_block(p: tuple[Any, ...]) -> Block:
    block: Block = _new(Block)
    _setattr(block, "kind", p[0])
    _setattr(block, "text", p[1])
    _setattr(block, "span", _span(p[2], p[3]))
    _setattr(block, "lang", p[4])
    _setattr(block, "rule", p[5])
    return block


def _unpack_quote(p: tuple[Any, ...], entities: tuple[Entity, ...]) -> Quote:
    quote: Quote = _new(Quote)
    speaker, cue_span, source_span = p[4], p[6], p[8]
    if speaker is not None:
        speaker = entities[speaker] if isinstance(speaker, int) else _unpack_entity(speaker)
    _setattr(quote, "text", p[0])
    _setattr(quote, "kind", p[1])
    _setattr(quote, "span", _span(p[2], p[3]))
    _setattr(quote, "speaker", speaker)
    _setattr(quote, "cue", p[5])
    _setattr(quote, "cue_span", None if cue_span is None else _span(*cue_span))
    _setattr(quote, "source_text", p[7])
    _setattr(quote, "source_span", None if source_span is None else _span(*source_span))
    _setattr(quote, "lang", p[9])
    _setattr(quote, "parts", _unpack_spans(p[10]))
    _setattr(quote, "marks", p[11])
    evidence = p[12]
    if evidence is not None:
        packed, evidence = evidence, _new(Evidence)
        _setattr(evidence, "rule", packed[0])
        _setattr(evidence, "resolver", packed[1])
        _setattr(evidence, "confidence", packed[2])
    _setattr(quote, "evidence", evidence)
    return quote


def _unpack_article(p: tuple[Any, ...]) -> Article:
    entities = tuple(_unpack_entity(e) for e in p[5])
    article: Article = _new(Article)
    _setattr(article, "text", p[0])
    _setattr(article, "lang", p[1])
    date = p[2]
    _setattr(article, "date", None if date is None else NewsDate(*date))
    _setattr(article, "blocks", tuple(_unpack_block(b) for b in p[3]))
    _setattr(article, "quotes", tuple(_unpack_quote(q, entities) for q in p[4]))
    _setattr(article, "entities", entities)
    _setattr(article, "warnings", p[6])
    _setattr(article, "source", p[7])
    return article
