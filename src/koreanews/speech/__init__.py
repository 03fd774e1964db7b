"""The speech stage: who is named in an article and who said each quotation.

One stage, in small modules, run by :func:`analyse`:

* :mod:`~koreanews.speech.entities`: the people, organisations and places the
  content blocks name (one reading of the blocks; the quotation regions of the
  quote stage say which words are quoted), and the resolvers that turn a source
  phrase into one of them (exact, surname, role, pronoun, new, unnamed);
* :mod:`~koreanews.speech.attribution`: cues, source phrases (subject rules) and
  the ordered link rules of each language that give a quotation its cue and
  source; indirect speech; runs, introduced and heading quotations;
* :mod:`~koreanews.speech.ranking`: the fitted ranking of a pronoun's candidates;
* :mod:`~koreanews.speech.evidence`: the confidence of a rule and resolver pair;
* :mod:`~koreanews.speech.annotator`: where an optional annotator's parse adds
  entities and sources.

Every quotation leaves with its :class:`~koreanews.Evidence`; ``koreanews explain``
shows the decisions behind it (see :doc:`/speakers`).
"""

from __future__ import annotations

import attrs

from .._context import Context, QuoteDraft
from ..gazetteer import entry
from ..models import Entity
from . import annotator, attribution, entities

__all__ = ["analyse"]


def analyse(ctx: Context, drafts: list[QuoteDraft]) -> tuple[list[QuoteDraft], dict[str, Entity]]:
    """Attribute *drafts* (sorted by ``(span.start, -span.end)``), add indirect speech,
    and return every quotation in order with the article's entities by key."""
    cast = entities.find_entities(ctx, drafts)
    drafts = attribution.attribute(ctx, drafts, cast)
    if ctx.annotation is not None:
        drafts = annotator.improve(ctx, drafts, cast)
    return drafts, _labelled(cast.entities(), ctx.lang)


def _labelled(found: dict[str, Entity], lang: str) -> dict[str, Entity]:
    """Give every gazetteer entity the gazetteer's usual name in *lang* as its label."""
    for key, entity in found.items():
        if entity.id is not None:
            found[key] = attrs.evolve(entity, label=entry(entity.id).name_in(lang))
    return found
