"""Improve speakers and entities with an annotator's dependency parse and named entities.

Runs after attribution, only when the article has an
:class:`~koreanews.annotation.Annotation`.  The rule path stays in charge: a
speaker it found is kept, unless it is only a pronoun ("hij", "she") and the
parse names someone.  What the parse adds:

* the subject (``nsubj``, ``nsubj:pass``) of the cue verb is the source:
  ``Kim, die gisteren terugkeerde uit Washington, zei: "..."``;
* a preposition cue (``volgens``, ``according to``) points at the noun it
  belongs to;
* a direct quote without any cue hangs (``ccomp``, ``parataxis``) under a verb
  outside it whose subject is the source: ``"...", grapte Moon``;
* the names the annotator tags (``PER``, ``ORG``, ``LOC``) in the article's
  content are recorded in the cast.
"""

from __future__ import annotations

from ._context import Context, QuoteDraft
from .annotation import Annotation
from .entities import Cast
from .evidence import confidence
from .models import EntityKind, Evidence, QuoteKind, Span

__all__ = ["improve"]

#: Named-entity labels -> the kind of entity recorded in the cast.
_KINDS = {"PER": EntityKind.PERSON, "ORG": EntityKind.ORGANISATION, "LOC": EntityKind.PLACE}

#: Relations of a subject to its verb (subtypes such as ``nsubj:pass`` included).
_SUBJECT = "nsubj"

#: Relations by which a quotation and the verb that reports it are linked.
_QUOTE_LINKS = frozenset({"ccomp", "parataxis"})

#: Dependents left out of a source phrase: clauses, appositions, punctuation.
_NOT_IN_PHRASE = frozenset(
    {
        "acl",
        "advcl",
        "appos",
        "cc",
        "ccomp",
        "conj",
        "dep",
        "discourse",
        "dislocated",
        "list",
        "orphan",
        "parataxis",
        "punct",
        "reparandum",
        "vocative",
        "xcomp",
    }
)

_VERBS = ("VERB", "AUX")


def improve(ctx: Context, drafts: list[QuoteDraft], cast: Cast) -> list[QuoteDraft]:
    """Add the annotator's entities to *cast* and fill in missing speakers of *drafts*.

    Returns *drafts* (changed in place); without an annotation it does nothing.
    """
    annotation = ctx.annotation
    if annotation is None or not annotation.tokens:
        return drafts
    add_entities(ctx, annotation, cast)
    for draft in drafts:
        improve_speaker(ctx, annotation, draft, cast)
    return drafts


def add_entities(ctx: Context, annotation: Annotation, cast: Cast) -> None:
    """Record the annotator's person, organisation and place names found in content blocks."""
    content = [b.span for b in ctx.content_blocks()]
    for entity in annotation.entities:
        kind = _KINDS.get(entity.label)
        if kind is None or not any(block.contains(entity.span) for block in content):
            continue
        if cast.covers(entity.span):
            # the rules found a name here already: the annotator's entity may be only a
            # part of it ("Jong-un" of "Kim Jong-un"), never a second entity
            continue
        name = entity.span.slice(ctx.text).strip()
        if name:
            cast.add(name, entity.span, kind)


def _is_pronoun(ctx: Context, phrase: str | None) -> bool:
    return phrase is not None and phrase.strip().lower() in ctx.profile.pronouns


def improve_speaker(ctx: Context, annotation: Annotation, draft: QuoteDraft, cast: Cast) -> None:
    """Give *draft* the source the parse finds, where the rule path left none or a pronoun."""
    if draft.kind is QuoteKind.TERM:
        return
    rule_pronoun = draft.speaker_key is not None and _is_pronoun(ctx, draft.source_text)
    if draft.speaker_key is not None and not rule_pronoun:
        return
    source: int | None = None
    verb: int | None = None
    if draft.cue_span is not None:
        source = source_of_cue(annotation, draft.cue_span)
    if source is None and draft.kind is QuoteKind.DIRECT:
        found = source_of_quote(annotation, draft.span)
        if found is not None:
            source, verb = found
    if source is None:
        return
    span = phrase_span(annotation, source)
    if span.overlaps(draft.span):  # a parse that puts the speaker inside the quote
        return
    phrase = span.slice(ctx.text)
    if _is_pronoun(ctx, phrase) and rule_pronoun:
        return
    key = cast.resolve(phrase, span)
    if key is None and annotation.tokens[source].upos == "PROPN":
        labels = [e.label for e in annotation.entities_in(span)]
        kind = _KINDS.get(labels[0], EntityKind.PERSON) if labels else EntityKind.PERSON
        key = cast.add(phrase, span, kind)
    if key is None:
        return
    draft.speaker_key = key
    draft.source_text = phrase
    draft.source_span = span
    rule = "dependency-subject"
    resolver = getattr(cast, "how", None)
    draft.evidence = Evidence(
        f"{ctx.profile.code}:{rule}", resolver, confidence(rule, resolver, key is not None)
    )
    if draft.cue is None and verb is not None:
        draft.cue_span = annotation.tokens[verb].span
        draft.cue = draft.cue_span.slice(ctx.text)


def subject_of(annotation: Annotation, verb: int) -> int | None:
    """The subject of token *verb*: its own, or that of the verb it is coordinated with.

    For an auxiliary (``heeft`` in ``heeft gezegd``) the subject of its verb.
    """
    found = annotation.dependents(verb, _SUBJECT)
    if found:
        return found[0]
    token = annotation.tokens[verb]
    rel = (token.deprel or "").split(":", 1)[0]
    if token.head >= 0 and (rel == "conj" or rel in ("aux", "cop")):
        found = annotation.dependents(token.head, _SUBJECT)
        if found:
            return found[0]
    return None


def source_of_cue(annotation: Annotation, cue_span: Span) -> int | None:
    """The token heading the source of the cue at *cue_span*, or None.

    A verb gives its subject; a preposition (``volgens``, ``according to``)
    the noun it is the case marker of.
    """
    indexes = annotation.token_indices(cue_span)
    ordered = sorted(indexes, key=lambda i: annotation.tokens[i].upos not in _VERBS)
    for i in ordered:
        token = annotation.tokens[i]
        subject = subject_of(annotation, i)
        if subject is not None and subject not in indexes:
            return subject
        rel = (token.deprel or "").split(":", 1)[0]
        if rel == "case" and token.head >= 0 and token.head not in indexes:
            return token.head
    return None


def source_of_quote(annotation: Annotation, quote: Span) -> tuple[int, int] | None:
    """(source, verb) for a quotation linked to a reporting verb outside it, or None.

    The verb governs the quote (``ccomp``) or hangs under it (``parataxis``),
    lies outside the quote and has a subject outside the quote.
    """
    inside = annotation.token_indices(quote)
    candidates: list[int] = []
    for i in inside:
        token = annotation.tokens[i]
        rel = (token.deprel or "").split(":", 1)[0]
        if token.head >= 0 and token.head not in inside and rel in _QUOTE_LINKS:
            candidates.append(token.head)
        for child in annotation.children(i):
            child_rel = (annotation.tokens[child].deprel or "").split(":", 1)[0]
            if child not in inside and child_rel in _QUOTE_LINKS:
                candidates.append(child)
    for verb in candidates:
        if annotation.tokens[verb].upos != "VERB":
            continue
        subject = subject_of(annotation, verb)
        if subject is not None and subject not in inside:
            return subject, verb
    return None


def phrase_span(annotation: Annotation, head: int) -> Span:
    """The span of the noun phrase headed by token *head*, without clauses, appositions
    and its own preposition.

    A common-noun head with a proper name in apposition (``de minister, Kang
    Kyung-wha,``) gives the name.
    """
    if annotation.tokens[head].upos != "PROPN":
        for other in annotation.dependents(head, "appos"):
            if annotation.tokens[other].upos == "PROPN":
                head = other
                break
    members = set(annotation.subtree(head, exclude=_NOT_IN_PHRASE))
    # The phrase's own preposition ("volgens", "according to") is no part of the name.
    for marker in annotation.dependents(head, "case"):
        members.difference_update(annotation.subtree(marker))
    first = last = head
    while first - 1 in members:
        first -= 1
    while last + 1 in members:
        last += 1
    return annotation.span_of((first, last))
