"""The stanza annotator: loading without downloads, and the mapping of stanza's output.

No model is downloaded here.  Documents are built from token dictionaries (what
a Dutch or English pipeline returns for short articles written for the tests)
and go through the same code a pipeline's output takes.  The test with real
models runs only when ``KOREANEWS_STANZA_DIR`` names a folder of downloaded
stanza models (see docs/stanza.md).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any, ClassVar

import pytest

import koreanews
import stanza_docs
from koreanews import AnnotatorError, KoreanewsError, MissingDependencyError
from koreanews.annotation import Annotation
from koreanews.annotators import stanza as backend
from koreanews.models import Span


@pytest.fixture
def stanza() -> Any:
    return pytest.importorskip("stanza")


def _texts(annotation: Annotation, text: str) -> list[str]:
    return [t.span.slice(text) for t in annotation.tokens]


# -- no stanza, no torch on import ----------------------------------------------------


def test_import_koreanews_loads_neither_stanza_nor_torch() -> None:
    code = (
        "import sys, koreanews, koreanews.annotators, koreanews.pipeline; "
        "koreanews.parse(' date 2018-02 Kim zegt: \"Ja.\"'); "
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'stanza', 'torch'}))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    assert out.stdout.strip() == "[]"


def test_missing_stanza_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "stanza", None)  # makes `import stanza` fail
    with pytest.raises(MissingDependencyError, match=r"pip install 'koreanews\[stanza\]'") as info:
        backend.StanzaAnnotator()
    assert isinstance(info.value, KoreanewsError)
    assert isinstance(info.value, ImportError)
    assert info.value.package == "stanza"


# -- loading: never downloads, clear errors ----------------------------------------


@pytest.mark.stanza
def test_empty_model_dir_names_download_call_and_folder(stanza: Any, tmp_path: Path) -> None:
    annotator = backend.StanzaAnnotator("nl", dir=tmp_path)
    with pytest.raises(AnnotatorError) as info:
        annotator.load()
    message = str(info.value)
    assert 'stanza.download("nl"' in message
    assert "model_dir=" in message
    assert str(tmp_path) in message
    assert list(tmp_path.iterdir()) == []  # nothing was downloaded


@pytest.mark.stanza
def test_annotate_with_missing_models_raises_annotator_error(stanza: Any, tmp_path: Path) -> None:
    annotator = backend.StanzaAnnotator("nl", dir=tmp_path)
    with pytest.raises(AnnotatorError, match=r"no resources\.json"):
        annotator.annotate(" date 2018-02 Kim zegt: ja.", "nl")


def _resources(tmp_path: Path, languages: dict[str, dict[str, Any]]) -> Path:
    (tmp_path / "resources.json").write_text(json.dumps(languages), encoding="utf-8")
    return tmp_path


@pytest.mark.stanza
def test_missing_language_folder_is_named(stanza: Any, tmp_path: Path) -> None:
    _resources(tmp_path, {"nl": {"tokenize": {"alpino": {}}, "lang_name": "Dutch"}})
    with pytest.raises(AnnotatorError, match=r"folder .* is missing") as info:
        backend.StanzaAnnotator("nl", dir=tmp_path).load()
    assert str(tmp_path / "nl") in str(info.value)
    assert 'stanza.download("nl"' in str(info.value)


@pytest.mark.stanza
def test_real_pipeline_on_folder_without_model_files(stanza: Any, tmp_path: Path) -> None:
    """stanza.Pipeline itself runs (download_method=None) and fails; we report it."""
    _resources(
        tmp_path,
        {
            "nl": {
                "tokenize": {"alpino": {}},
                "default_processors": {"tokenize": "alpino"},
                "lang_name": "Dutch",
            }
        },
    )
    (tmp_path / "nl").mkdir()
    annotator = backend.StanzaAnnotator("nl", dir=tmp_path, processors="tokenize", use_gpu=False)
    with pytest.raises(AnnotatorError, match="cannot build the stanza pipeline") as info:
        annotator.load()
    assert 'stanza.download("nl"' in str(info.value)
    assert not (tmp_path / "nl" / "tokenize").exists()  # nothing was downloaded


class _RecordingPipeline:
    calls: ClassVar[list[dict[str, Any]]] = []

    def __init__(self, **kwargs: Any) -> None:
        type(self).calls.append(kwargs)


@pytest.mark.stanza
@pytest.mark.parametrize(
    ("lang", "entry", "expected"),
    [
        ("nl", {"tokenize": {}, "pos": {}}, "tokenize,pos,lemma,depparse,ner"),
        ("en", {"tokenize": {}, "mwt": {}}, "tokenize,mwt,pos,lemma,depparse,ner"),
    ],
)
def test_pipeline_options(
    stanza: Any,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    lang: str,
    entry: dict[str, Any],
    expected: str,
) -> None:
    _resources(tmp_path, {lang: entry})
    (tmp_path / lang).mkdir()
    _RecordingPipeline.calls = []
    monkeypatch.setattr(stanza, "Pipeline", _RecordingPipeline)
    annotator = backend.StanzaAnnotator(lang, dir=tmp_path, use_gpu=False, pos_batch_size=500)
    pipeline = annotator.load()
    assert annotator.load() is pipeline  # built once
    (call,) = _RecordingPipeline.calls
    assert call["processors"] == expected  # Dutch has no multi-word-token model
    assert call["download_method"] is None
    assert call["dir"] == str(tmp_path)
    assert call["lang"] == lang
    assert call["use_gpu"] is False
    assert call["pos_batch_size"] == 500


@pytest.mark.stanza
def test_default_model_dir_follows_environment(
    stanza: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("STANZA_RESOURCES_DIR", str(tmp_path))
    assert backend.default_model_dir() == str(tmp_path)
    assert backend.StanzaAnnotator().dir == str(tmp_path)
    monkeypatch.delenv("STANZA_RESOURCES_DIR")
    from stanza.resources.common import DEFAULT_MODEL_DIR

    assert backend.default_model_dir() == str(DEFAULT_MODEL_DIR)


# -- mapping a stanza Document onto the article's offsets -----------------------------


@pytest.mark.stanza
@pytest.mark.parametrize("in_misc", [False, True])
def test_dutch_document_maps_onto_offsets(stanza: Any, in_misc: bool) -> None:
    doc = stanza_docs.document("stanza_nl", in_misc=in_misc)
    text = doc.text
    annotation = backend.annotation_from_stanza(doc, text)
    assert [t.text for t in annotation.tokens] == _texts(annotation, text)
    assert len(annotation.tokens) == sum(len(s.words) for s in doc.sentences)
    assert [s.slice(text) for s in annotation.sentences][2] == (
        '"Dit is pas het begin", grapte Kang Kyung-wha in Seoul.'
    )
    kim = annotation.token_at(text.index("Kim"))
    assert kim is not None
    token = annotation.tokens[kim]
    assert (token.lemma, token.upos, token.deprel, token.sentence) == ("Kim", "PROPN", "nsubj", 1)
    assert annotation.tokens[token.head].text == "las"
    assert [(e.text, e.label) for e in annotation.entities] == [
        ("Seoul", "LOC"),
        ("Kim Yo-jong", "PER"),
        ("Noord-Koreaanse", "MISC"),
        ("Pyongyang", "LOC"),
        ("Kang Kyung-wha", "PER"),
        ("Seoul", "LOC"),
        ("Yonhap", "ORG"),
        ("Moon Jae-in", "PER"),
        ("Washington", "LOC"),
    ]
    for entity in annotation.entities:
        assert entity.span.slice(text) == entity.text


@pytest.mark.stanza
def test_offsets_in_misc_and_in_keys_agree(stanza: Any) -> None:
    keys = backend.annotation_from_stanza(stanza_docs.document("stanza_en"))
    misc = backend.annotation_from_stanza(stanza_docs.document("stanza_en", in_misc=True))
    assert keys == misc


@pytest.mark.stanza
def test_english_multi_word_token_and_ontonotes_labels(stanza: Any) -> None:
    doc = stanza_docs.document("stanza_en")
    annotation = backend.StanzaAnnotator.from_document(doc, doc.text)
    text = doc.text
    do = next(i for i, t in enumerate(annotation.tokens) if t.text == "do")
    nt = annotation.tokens[do + 1]
    assert annotation.tokens[do].span.slice(text) == "do"
    assert (nt.text, nt.lemma, nt.span.slice(text)) == ("n't", "not", "n't")
    assert annotation.tokens[nt.head].text == "want"
    # DATE is not a name; GPE is a place, PERSON a person.
    assert [(e.text, e.label) for e in annotation.entities] == [
        ("Panmunjom", "LOC"),
        ("Moon Jae-in", "PER"),
        ("US", "LOC"),
        ("Moon", "PER"),
        ("Yonhap", "ORG"),
        ("Tokyo", "LOC"),
    ]


@pytest.mark.stanza
def test_document_of_the_body_is_shifted_onto_the_whole_text(stanza: Any) -> None:
    from stanza.models.common.doc import Document

    data = stanza_docs.load("stanza_nl")
    full = data["text"]
    header = " date 2019-07 "
    headline = [  # the first sentence without the header's tokens
        ["Seoul", "Seoul", "PROPN", 2, "nsubj", "S-LOC"],
        ["blijft", "blijven", "VERB", 0, "root", "O"],
        ["kalm", "kalm", "ADJ", 2, "xcomp", "O"],
        ["na", "na", "ADP", 6, "case", "O"],
        ["nieuwe", "nieuw", "ADJ", 6, "amod", "O"],
        ["raketproef", "raketproef", "NOUN", 2, "obl", "O"],
    ]
    body_data = dict(data, text=full[len(header) :], sentences=[headline, *data["sentences"][1:]])
    doc = Document(stanza_docs.token_dicts(body_data), text=body_data["text"])
    annotation = backend.annotation_from_stanza(doc, full)
    assert [t.text for t in annotation.tokens] == _texts(annotation, full)
    assert annotation.tokens[0].span == Span(full.index("Seoul"), full.index("Seoul") + 5)
    assert (
        len(annotation.tokens)
        == len(backend.annotation_from_stanza(stanza_docs.document("stanza_nl")).tokens) - 2
    )
    assert [e.span for e in annotation.entities] == [
        e.span for e in backend.annotation_from_stanza(stanza_docs.document("stanza_nl")).entities
    ]


@pytest.mark.stanza
def test_document_without_text_uses_token_texts_and_ner_tags(stanza: Any) -> None:
    from stanza.models.common.doc import Document

    data = stanza_docs.load("stanza_nl")
    doc = Document(stanza_docs.token_dicts(data))  # no text: no doc.ents either
    assert doc.text is None
    with pytest.raises(AnnotatorError, match="no text"):
        backend.annotation_from_stanza(doc)
    annotation = backend.annotation_from_stanza(doc, data["text"])
    assert [t.text for t in annotation.tokens] == _texts(annotation, data["text"])
    assert ("Kang Kyung-wha", "PER") in [(e.text, e.label) for e in annotation.entities]


@pytest.mark.stanza
def test_tokens_not_in_the_text_are_left_out(stanza: Any) -> None:
    from stanza.models.common.doc import Document

    text = "Moon zei ja."
    sentence = [
        {"id": 1, "text": "Moon", "head": 2, "deprel": "nsubj", "start_char": 0, "end_char": 4},
        {"id": 2, "text": "zegt", "head": 0, "deprel": "root", "start_char": 5, "end_char": 9},
        {"id": 3, "text": "ja", "head": 2, "deprel": "obj", "start_char": 9, "end_char": 11},
        {"id": 4, "text": ".", "head": 2, "deprel": "punct", "start_char": 11, "end_char": 12},
    ]
    annotation = backend.annotation_from_stanza(Document([sentence]), text)
    assert [t.text for t in annotation.tokens] == ["Moon", "ja", "."]
    assert [t.head for t in annotation.tokens] == [-1, -1, -1]  # their head is gone
    assert [t.deprel for t in annotation.tokens] == ["nsubj", "obj", "punct"]


def test_bioes_and_bio_tags_are_decoded() -> None:
    tags = ["B-PER", "E-PER", "O", "S-LOC", "I-ORG", "I-ORG", "B-PER", "B-PER", None]
    assert list(backend._decode_tags(tags)) == [
        (0, 1, "PER"),
        (3, 3, "LOC"),
        (4, 5, "ORG"),
        (6, 6, "PER"),
        (7, 7, "PER"),
    ]


# -- batching: one pipeline call per batch of documents -------------------------------


class _FakePipeline:
    """Answers a list of stanza Documents with the fixtures' analyses, as bulk processing does."""

    def __init__(self, docs: dict[str, Any]) -> None:
        self.docs = docs
        self.calls: list[int] = []

    def __call__(self, docs: Sequence[Any]) -> list[Any]:
        assert isinstance(docs, list)
        self.calls.append(len(docs))
        return [self.docs[d.text] for d in docs]


@pytest.mark.stanza
@pytest.mark.parametrize(("batch_size", "calls"), [(32, [2]), (1, [1, 1])])
def test_annotate_many_batches_through_one_pipeline_call(
    stanza: Any, tmp_path: Path, batch_size: int, calls: list[int]
) -> None:
    nl = stanza_docs.document("stanza_nl")
    en = stanza_docs.document("stanza_en")
    annotator = backend.StanzaAnnotator(("nl", "en"), dir=tmp_path, batch_size=batch_size)
    fake_nl = _FakePipeline({nl.text: nl, en.text: en})
    annotator._pipelines["nl"] = fake_nl
    texts = [nl.text, "Een Duitse tekst.", "   ", en.text]
    results = annotator.annotate_many(texts, ["nl", "de", "nl", "nl"])
    assert fake_nl.calls == calls
    assert results[0] == backend.annotation_from_stanza(nl, nl.text)
    assert results[1] == Annotation()  # a language it has no models for
    assert results[2] == Annotation()  # nothing to annotate
    assert results[3] == backend.annotation_from_stanza(en, en.text)
    assert annotator.annotate(nl.text, "nl") == results[0]
    with pytest.raises(AnnotatorError, match="2 texts but 1 languages"):
        annotator.annotate_many(texts[:2], ["nl"])


@pytest.mark.stanza
def test_a_failing_model_becomes_annotator_error(stanza: Any, tmp_path: Path) -> None:
    def broken(docs: Sequence[Any]) -> list[Any]:
        raise RuntimeError("CUDA out of memory")

    annotator = backend.StanzaAnnotator("nl", dir=tmp_path)
    annotator._pipelines["nl"] = broken
    with pytest.raises(AnnotatorError, match="CUDA out of memory"):
        annotator.annotate("Kim zegt ja.")


# -- with real models, when configured --------------------------------------------------


@pytest.mark.stanza
@pytest.mark.slow
def test_real_models(stanza: Any) -> None:
    model_dir = os.environ.get("KOREANEWS_STANZA_DIR")
    if not model_dir:
        pytest.skip("set KOREANEWS_STANZA_DIR to a folder of downloaded stanza models (nl, en)")
    import koreanews

    annotator = backend.StanzaAnnotator(("nl", "en"), dir=model_dir, use_gpu=False)
    text = (
        " date 2019-07 Kang Kyung-wha, die gisteren uit Tokio terugkeerde, zei: "
        '"We blijven praten met Pyongyang." Volgens Yonhap verliep het overleg goed.'
    )
    (annotation,) = annotator.annotate_many([text], ["nl"])
    assert annotation.tokens
    assert [t.text for t in annotation.tokens if t.upos != "X"] == [
        t.span.slice(text) for t in annotation.tokens if t.upos != "X"
    ]
    assert any(e.label == "PER" and "Kang" in e.text for e in annotation.entities)
    article = koreanews.parse(text, annotator=annotator)
    assert any(q.speaker is not None and "Kang" in q.speaker.name for q in article.quotes)


@pytest.mark.stanza
def test_a_normalised_character_keeps_its_offsets(stanza: Any) -> None:
    from stanza.models.common.doc import Document

    text = "Kim zei \u2018ja\u2019."
    sentence = [
        {"id": 1, "text": "Kim", "head": 2, "deprel": "nsubj", "start_char": 0, "end_char": 3},
        {"id": 2, "text": "zei", "head": 0, "deprel": "root", "start_char": 4, "end_char": 7},
        {"id": 3, "text": "'", "head": 4, "deprel": "punct", "start_char": 8, "end_char": 9},
        {"id": 4, "text": "ja", "head": 2, "deprel": "obj", "start_char": 9, "end_char": 11},
    ]
    annotation = backend.annotation_from_stanza(Document([sentence]), text)
    assert [t.span.slice(text) for t in annotation.tokens] == ["Kim", "zei", "\u2018", "ja"]
    assert annotation.tokens[2].text == "'"


# -- a real stanza.Pipeline, loaded from disk: the tiny synthetic tokenizer -------------

TINY = Path(__file__).resolve().parent / "data" / "tiny_stanza"

TINY_TEXTS = [
    ' date 2019-07 Kim Yo-jong zei maandag dat de grens voorlopig dicht blijft. "We zijn '
    'klaar voor overleg", zei Moon Jae-in.',
    "Volgens Yonhap verklaarde Park Ji-won in Seoul dat de gesprekken worden hervat.",
    'Lee Jae-myung benadrukte: "Er is geen reden tot paniek."',
]


@pytest.mark.stanza
def test_tiny_model_through_a_real_pipeline(stanza: Any) -> None:
    annotator = backend.StanzaAnnotator("nl", dir=TINY, processors="tokenize", use_gpu=False)
    pipeline = annotator.load()
    assert isinstance(pipeline, stanza.Pipeline)
    calls: list[int] = []
    real = pipeline.process

    def spy(doc: Any, processors: Any = None) -> Any:
        calls.append(len(doc) if isinstance(doc, list) else 1)
        return real(doc, processors)

    pipeline.process = spy
    annotations = annotator.annotate_many(TINY_TEXTS, ["nl"] * 3)
    assert calls == [3]  # one bulk call for the three texts
    for text, annotation in zip(TINY_TEXTS, annotations, strict=True):
        assert annotation.tokens
        assert [t.text for t in annotation.tokens] == _texts(annotation, text)
        for sentence in annotation.sentences:
            assert sentence.slice(text).strip() == sentence.slice(text)
    first = [t.text for t in annotations[0].tokens]
    assert first[-9:] == ["klaar", "voor", "overleg", '"', ",", "zei", "Moon", "Jae-in", "."]
    assert [t.text for t in annotations[2].tokens][:4] == ["Lee", "Jae-myung", "benadrukte", ":"]
    assert annotator.annotate(TINY_TEXTS[1], "nl") == annotations[1]


@pytest.mark.stanza
def test_tiny_model_folder_lacks_a_processor(stanza: Any) -> None:
    annotator = backend.StanzaAnnotator("nl", dir=TINY, processors="tokenize,sentiment")
    with pytest.raises(AnnotatorError, match="cannot build the stanza pipeline") as info:
        annotator.load()
    assert str(TINY) in str(info.value)


@pytest.mark.stanza
def test_tiny_models_with_the_default_processors(stanza: Any) -> None:
    """All default processors but mwt, which Dutch lacks, from disk; NER names people."""
    annotator = backend.StanzaAnnotator("nl", dir=TINY, use_gpu=False)
    assert annotator.processors == backend.DEFAULT_PROCESSORS
    text = (
        " date 2019-07 Volgens Yonhap verklaarde Park Ji-won in Seoul dat de grens dicht blijft. "
        'Choi Min-ho zei: "We zijn klaar voor overleg."'
    )
    annotation = annotator.annotate(text, "nl")
    assert [(e.text, e.label) for e in annotation.entities] == [
        ("Yonhap", "ORG"),
        ("Park Ji-won", "PER"),
        ("Seoul", "LOC"),
        ("Choi Min-ho", "PER"),
    ]
    article = koreanews.parse(text, annotator=annotator)
    names = [p.name for p in article.people]
    assert "Park Ji-won" in names
    assert "Choi Min-ho" in names


@pytest.mark.stanza
def test_tiny_models_parse_and_attribute(stanza: Any) -> None:
    """Tokenizer, tagger, identity lemmas and parser from disk, then koreanews.parse."""
    annotator = backend.StanzaAnnotator(
        "nl", dir=TINY, processors="tokenize,pos,lemma,depparse", use_gpu=False
    )
    text = ' date 2019-07 "Dit is pas het begin", grapte Kang Kyung-wha.'
    annotation = annotator.annotate(text, "nl")
    words = [t.text for t in annotation.tokens]
    kang, verb = words.index("Kang"), words.index("grapte")
    assert annotation.tokens[kang].upos == "PROPN"
    assert annotation.tokens[kang].lemma == "Kang"  # the identity lemmatizer
    assert annotation.dependents(verb, "nsubj") == (kang,)
    article = koreanews.parse(text, annotator=annotator)
    (quote,) = article.quotes
    assert quote.text == "Dit is pas het begin"
    assert quote.speaker is not None
    assert quote.speaker.name == "Kang Kyung-wha"
