"""The Annotation container and its queries (no NLP library needed)."""

from __future__ import annotations

import pytest

from koreanews import Annotation, Annotator
from koreanews.annotation import NamedEntity, Token
from koreanews.models import Span

TEXT = "Moon Jae-in, die terugkwam, zei ja. Kim lachte."


def _tokens() -> list[Token]:
    rows = [  # text, head, deprel, sentence
        ("Moon", 6, "nsubj", 0),
        ("Jae-in", 0, "flat", 0),
        (",", 4, "punct", 0),
        ("die", 4, "nsubj", 0),
        ("terugkwam", 0, "acl:relcl", 0),
        (",", 4, "punct", 0),
        ("zei", -1, "root", 0),
        ("ja", 6, "obj", 0),
        (".", 6, "punct", 0),
        ("Kim", 10, "nsubj", 1),
        ("lachte", -1, "root", 1),
        (".", 10, "punct", 1),
    ]
    tokens = []
    cursor = 0
    for word, head, deprel, sentence in rows:
        start = TEXT.index(word, cursor)
        cursor = start + len(word)
        tokens.append(Token(Span(start, cursor), word, head=head, deprel=deprel, sentence=sentence))
    return tokens


@pytest.fixture
def annotation() -> Annotation:
    return Annotation(
        sentences=[Span(0, 35), Span(36, 47)],
        tokens=_tokens(),
        entities=[
            NamedEntity(Span(0, 11), "Moon Jae-in", "PER"),
            NamedEntity(Span(36, 39), "Kim", "PER"),
        ],
    )


def test_token_indices_and_token_at(annotation: Annotation) -> None:
    assert list(annotation.token_indices(Span(28, 34))) == [6, 7]  # "zei ja"
    assert list(annotation.token_indices(Span(30, 33))) == [6, 7]  # touches both
    assert list(annotation.token_indices(Span(31, 32))) == []  # the space between
    assert annotation.token_at(0) == 0
    assert annotation.token_at(TEXT.index("lachte") + 3) == 10
    assert annotation.token_at(TEXT.index(" Kim")) is None
    assert annotation.token_at(len(TEXT)) is None


def test_children_dependents_and_subtree(annotation: Annotation) -> None:
    assert annotation.children(6) == (0, 7, 8)
    assert annotation.dependents(4, "nsubj") == (3,)
    assert annotation.dependents(0, "acl") == (4,)  # a subtype counts for its relation
    assert annotation.dependents(0, "acl:relcl") == (4,)
    assert annotation.subtree(0) == [0, 1, 2, 3, 4, 5]
    assert annotation.subtree(0, exclude=frozenset({"acl"})) == [0, 1]
    assert annotation.span_of(annotation.subtree(0, exclude=frozenset({"acl"}))) == Span(0, 11)


def test_sentences_and_entities(annotation: Annotation) -> None:
    assert annotation.sentence_at(0) == 0
    assert annotation.sentence_at(40) == 1
    assert annotation.sentence_at(35) is None
    assert [e.text for e in annotation.entities_in(Span(5, 40))] == ["Moon Jae-in", "Kim"]
    assert annotation.entities_in(Span(12, 30)) == ()


def test_equality_ignores_the_indexes(annotation: Annotation) -> None:
    again = Annotation(
        sentences=list(annotation.sentences),
        tokens=list(annotation.tokens),
        entities=list(annotation.entities),
    )
    assert again == annotation
    assert hash(again) == hash(annotation)
    assert Annotation() != annotation
    assert list(Annotation().token_indices(Span(0, 5))) == []


@pytest.mark.parametrize("head", [12, -2, 3])
def test_invalid_heads_are_refused(head: int) -> None:
    tokens = _tokens()
    tokens[3] = Token(tokens[3].span, "die", head=head)
    with pytest.raises(ValueError, match="invalid head"):
        Annotation(tokens=tokens)


def test_annotator_protocol_is_runtime_checkable() -> None:
    class Echo:
        def annotate(self, text: str, lang: str) -> Annotation:
            return Annotation()

        def annotate_many(self, texts: list[str], langs: list[str]) -> list[Annotation]:
            return [Annotation() for _ in texts]

    assert isinstance(Echo(), Annotator)
    assert not isinstance(object(), Annotator)
