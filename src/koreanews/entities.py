"""People, organisations and places, and the resolution of speakers to them.

Baseline interface (to be refined): :class:`Cast` collects the entities of one
article and resolves a source phrase (full name, surname, role, pronoun,
organisation) found at some offset to the entity it refers to.
"""

from __future__ import annotations

from ._context import Context
from .models import Entity, EntityKind, Span

__all__ = ["Cast", "find_entities"]


class Cast:
    """The entities of one article, built by :func:`find_entities`."""

    def __init__(self) -> None:
        self._names: dict[str, EntityKind] = {}
        self._mentions: dict[str, list[Span]] = {}

    def add(self, name: str, span: Span, kind: EntityKind = EntityKind.PERSON) -> str:
        """Record a mention of *name*; returns the entity's key."""
        self._names.setdefault(name, kind)
        self._mentions.setdefault(name, []).append(span)
        return name

    def resolve(self, phrase: str, span: Span) -> str | None:
        """The key of the entity *phrase* (found at *span*) refers to, or None."""
        phrase = phrase.strip()
        if not phrase:
            return None
        if phrase in self._names:
            self._mentions[phrase].append(span)
            return phrase
        if phrase[:1].isupper():
            return self.add(phrase, span)
        return None

    def entities(self) -> dict[str, Entity]:
        """The final entities by key, in order of first mention."""
        ordered = sorted(self._names, key=lambda k: min(s.start for s in self._mentions[k]))
        return {
            k: Entity(k, self._names[k], tuple(sorted(set(self._mentions[k])))) for k in ordered
        }


def find_entities(ctx: Context) -> Cast:
    """Find the entities named in the article's content blocks."""
    return Cast()
