"""Why each quotation has the speaker it has: the notes behind ``koreanews explain``.

:func:`explain` parses an article while the stages record their decisions: for
each quotation the link rules tried in order (and what each found), the cue and
the source phrase with the subject rule that found it, the resolver that turned
the phrase into an entity (with the candidates a pronoun or a role could refer
to), and the resulting :class:`~koreanews.Evidence`.  See :doc:`/speakers`.
"""

from __future__ import annotations

import attrs

from . import _trace
from .annotation import Annotation, Annotator
from .models import Article, Quote
from .pipeline import parse

__all__ = ["QuoteExplanation", "explain", "format_explanation"]


@attrs.frozen
class QuoteExplanation:
    """One quotation and the notes of how its speaker was chosen."""

    #: The quotation, as :attr:`Article.quotes` holds it.
    quote: Quote
    #: The decisions, in the order they were taken.
    notes: tuple[str, ...] = ()


def explain(
    text: str | bytes,
    *,
    lang: str | None = None,
    annotator: Annotator | Annotation | None = None,
    source: str | None = None,
) -> tuple[Article, tuple[QuoteExplanation, ...]]:
    """Parse *text* like :func:`koreanews.parse` and explain every quotation.

    :param text: the article, header included.
    :param lang: ``"nl"`` or ``"en"`` to skip language detection.
    :param annotator: an optional annotator or annotation, as for :func:`koreanews.parse`.
    :param source: where the text came from, kept on the article.
    :returns: the article and one :class:`QuoteExplanation` per quotation, in order.

    >>> article, notes = explain(' date 2018-02 „We zijn klaar”, zegt Moon Jae-in.')
    >>> notes[0].quote.speaker.name
    'Moon Jae-in'
    >>> print(notes[0].notes[0])  # doctest: +NORMALIZE_WHITESPACE
    link rule after-quote: after-quote -> cue 'zegt' (verb), source 'Moon Jae-in'
    (subject rule inverted)
    """
    with _trace.collecting() as collected:
        article = parse(text, lang=lang, annotator=annotator, source=source)
    traces = collected.quotes
    out = tuple(
        QuoteExplanation(q, traces[n] if n < len(traces) else ())
        for n, q in enumerate(article.quotes)
    )
    return article, out


def _short(text: str, width: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def format_explanation(article: Article, explanations: tuple[QuoteExplanation, ...]) -> str:
    """The explanations as the plain text ``koreanews explain`` prints."""
    lines = [
        f"{article.source or '<text>'}: {article.lang}, "
        f"{article.date.isoformat() if article.date else 'no date'}, "
        f"{len(article.quotes)} quotations",
        "people: " + (", ".join(p.name for p in article.people) or "-"),
        "",
    ]
    for n, ex in enumerate(explanations, 1):
        q = ex.quote
        who = q.speaker.name if q.speaker is not None else "-"
        lines.append(f"[{n}] {q.kind.value} {q.span.start}-{q.span.end}: {_short(q.text)!r}")
        lines.append(f"    speaker {who}; cue {q.cue or '-'}; source phrase {q.source_text or '-'}")
        ev = q.evidence
        if ev is not None:
            lines.append(
                f"    evidence: rule {ev.rule or '-'}, resolver {ev.resolver or '-'}, "
                f"confidence {ev.confidence:.2f}"
            )
        lines.extend(f"    - {note}" for note in ex.notes)
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"
