"""The typed, frozen data model of a parsed article.

Every class here is an immutable :mod:`attrs` class.  Offsets (:class:`Span`)
always index the original input string, so ``text[span.start:span.end]`` shows
exactly what was found.  :meth:`Article.to_dict` and :meth:`Article.from_dict`
are a lossless round trip through plain JSON types.
"""

from __future__ import annotations

import datetime as _dt
import enum
import json
from collections.abc import Iterable, Mapping
from typing import Any

import attrs
from attrs.validators import get_disabled as _validators_disabled

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
#: :attr:`Quote.evidence`; :meth:`Article.from_dict` still reads version 1.
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
        return [self.start, self.end]

    @classmethod
    def from_list(cls, value: list[int] | tuple[int, int]) -> Span:
        start, end = value
        return cls(int(start), int(end))


@attrs.frozen
class NewsDate:
    """The date of an article, with the precision the header gave.

    >>> NewsDate(2018, 2).isoformat()
    '2018-02'
    >>> NewsDate(2018, 2, 14).isoformat()
    '2018-02-14'
    """

    year: int
    month: int
    day: int | None = None

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
    """What a block of the article is."""

    PARAGRAPH = "paragraph"
    #: The article's own title, usually its first line (at most one per article).
    HEADLINE = "headline"
    #: A subheading (intertitle) inside the article.
    HEADING = "heading"
    BOILERPLATE = "boilerplate"
    CAPTION = "caption"
    #: The ``date`` header line that starts the article.
    HEADER = "header"

    def __str__(self) -> str:
        return self.value


class QuoteKind(str, enum.Enum):
    """How a quotation reports words (see :doc:`/conventions`)."""

    DIRECT = "direct"
    PARTIAL = "partial"
    INDIRECT = "indirect"
    TERM = "term"

    def __str__(self) -> str:
        return self.value


class EntityKind(str, enum.Enum):
    """The kind of a named entity."""

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


@attrs.frozen
class Block:
    """A paragraph, heading, piece of boilerplate or caption, with its span."""

    kind: BlockKind = attrs.field(converter=_block_kind)
    text: str
    span: Span
    lang: str | None = None
    #: The rule that classified the block (for example ``"nl:ad-marker"``), if any.
    rule: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind.value,
            "text": self.text,
            "span": self.span.to_list(),
            "lang": self.lang,
            "rule": self.rule,
        }

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Block:
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

    ``name`` is the canonical form: the fullest form of the name the article
    gives ("Mike Pence" when the article also says "Pence").
    """

    name: str
    kind: EntityKind = attrs.field(default=EntityKind.PERSON, converter=_entity_kind)
    #: Every place the entity is mentioned, surname, role and pronoun mentions included.
    mentions: tuple[Span, ...] = attrs.field(default=(), converter=_spans)
    #: Roles and titles given to the entity ("vice-president", "leider").
    roles: tuple[str, ...] = attrs.field(default=(), converter=_strings)
    #: A stable identifier from the gazetteer (``"gpe:north-korea"``), when known.
    id: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "kind": self.kind.value,
            "mentions": [m.to_list() for m in self.mentions],
            "roles": list(self.roles),
            "id": self.id,
        }

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Entity:
        return cls(
            name=d["name"],
            kind=EntityKind(d.get("kind", "person")),
            mentions=tuple(Span.from_list(m) for m in d.get("mentions", ())),
            roles=tuple(d.get("roles", ())),
            id=d.get("id"),
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
    """

    #: The rule that found the quotation's source phrase or cue, as
    #: ``"<language>:<rule>"`` ("nl:after-quote", "en:colon"); None when no rule fired.
    rule: str | None = None
    #: How the source became an entity: ``"exact"``, ``"surname"``, ``"role"``,
    #: ``"pronoun"``, ``"run"`` (a continuation of the previous speaker), ``"heading"``,
    #: ``"relay"``, ``"unnamed"`` (an unnamed source: no speaker), ``"new"`` (a name
    #: first met as the source), or None when nothing was resolved.
    resolver: str | None = None
    #: How sure the attribution is, from 0 to 1.
    confidence: float = attrs.field(default=0.0, validator=_confidence)

    def to_dict(self) -> dict[str, Any]:
        return {"rule": self.rule, "resolver": self.resolver, "confidence": self.confidence}

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Evidence:
        return cls(d.get("rule"), d.get("resolver"), float(d.get("confidence", 0.0)))


@attrs.frozen
class Quote:
    """A quotation: the words, their kind, who said them and where.

    For quotes in quotation marks ``span`` covers the words between the marks,
    so ``text[span.start:span.end]`` shows them.  A quote that runs over several
    paragraphs has one span per paragraph in ``parts``; its ``text`` is those
    parts joined by a newline, re-opening marks left out.
    """

    text: str
    kind: QuoteKind = attrs.field(converter=_quote_kind)
    span: Span
    speaker: Entity | None = None
    #: The cue as written: "zegt", "aldus", "said", ":" ...; None when there is none.
    cue: str | None = None
    cue_span: Span | None = None
    #: The phrase that names the source as written ("een woordvoerder", "Pence").
    source_text: str | None = None
    source_span: Span | None = None
    lang: str | None = None
    #: One span per paragraph for a quote over several paragraphs, else empty.
    parts: tuple[Span, ...] = attrs.field(default=(), converter=_spans)
    #: The opening and closing marks as written ("„", "”"), None for indirect speech.
    marks: tuple[str, str] | None = None
    #: Why the quotation has this speaker: the rule, the resolver and a confidence.
    evidence: Evidence | None = None

    def to_dict(self) -> dict[str, Any]:
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
    """One parsed article.  Build it with :func:`koreanews.parse`."""

    #: The raw input text, exactly as given; every span indexes it.
    text: str
    #: The article's main language: ``"nl"`` or ``"en"``.
    lang: str
    date: NewsDate | None = None
    blocks: tuple[Block, ...] = attrs.field(default=(), converter=_blocks)
    quotes: tuple[Quote, ...] = attrs.field(default=(), converter=_quotes)
    entities: tuple[Entity, ...] = attrs.field(default=(), converter=_entities)
    #: Problems met while parsing (a malformed header in lenient mode, ...).
    warnings: tuple[str, ...] = attrs.field(default=(), converter=_strings)
    #: Where the text came from (a file path), when known.
    source: str | None = None

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
        """A dictionary of plain JSON types; :meth:`from_dict` restores an equal article."""
        return {
            "schema": SCHEMA_VERSION,
            "source": self.source,
            "lang": self.lang,
            "date": None if self.date is None else self.date.isoformat(),
            "text": self.text,
            "blocks": [b.to_dict() for b in self.blocks],
            "quotes": [q.to_dict() for q in self.quotes],
            "entities": [e.to_dict() for e in self.entities],
            "warnings": list(self.warnings),
        }

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Article:
        """Rebuild an article written by :meth:`to_dict`."""
        schema = d.get("schema", SCHEMA_VERSION)
        if schema not in _READABLE_SCHEMAS:
            raise ValueError(
                f"unsupported article schema {schema!r} "
                f"(this koreanews reads {', '.join(map(str, sorted(_READABLE_SCHEMAS)))})"
            )
        date = d.get("date")
        return cls(
            text=d["text"],
            lang=d["lang"],
            date=None if date is None else NewsDate.fromisoformat(date),
            blocks=tuple(Block.from_dict(b) for b in d.get("blocks", ())),
            quotes=tuple(Quote.from_dict(q) for q in d.get("quotes", ())),
            entities=tuple(Entity.from_dict(e) for e in d.get("entities", ())),
            warnings=tuple(d.get("warnings", ())),
            source=d.get("source"),
        )

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        # Articles cross process boundaries by the thousand (parse_many): pickled as
        # one tuple of plain values instead of a few hundred small objects, which
        # makes dumping and loading several times faster on both sides of the pipe.
        return _unpack_article, (_pack_article(self),)

    def to_json(self, **kwargs: Any) -> str:
        """The article as one JSON document (``ensure_ascii=False`` by default)."""
        kwargs.setdefault("ensure_ascii", False)
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_json(cls, data: str | bytes) -> Article:
        """Rebuild an article from :meth:`to_json` output."""
        return cls.from_dict(json.loads(data))


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
    return (e.name, e.kind, _pack_spans(e.mentions), e.roles, e.id)


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
