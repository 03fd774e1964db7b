"""People, organisations and places, and the resolution of speakers to them.

BASELINE (to be replaced).  The contract other stages rely on:

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
        words = phrase.split()
        while words and not words[0][:1].isupper():
            words.pop(0)
        name = " ".join(words)
        if not name:
            return None
        return self.add(name, span)

    def entities(self) -> dict[str, Entity]:
        """The final entities by key, in order of first mention."""
        ordered = sorted(self._names, key=lambda k: min(s.start for s in self._mentions[k]))
        return {
            k: Entity(k, self._names[k], tuple(sorted(set(self._mentions[k])))) for k in ordered
        }


def find_entities(ctx: Context) -> Cast:
    """Find the entities named in the article's content blocks."""
    return Cast()
