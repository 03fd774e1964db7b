"""Stanza as an optional annotator: sentences, lemmas, dependencies and named entities.

Install with ``pip install 'koreanews[stanza]'`` and download the models once
(``stanza.download("nl")``); :class:`StanzaAnnotator` never downloads anything
at run time.  Stanza and torch are imported only when a :class:`StanzaAnnotator`
is made or a stanza ``Document`` is converted, never by ``import koreanews``.

Everything stanza returns is mapped onto the offsets of the article's own text
(an :class:`~koreanews.annotation.Annotation`), so later stages can compare it
with the spans the rule-based stages find.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

from ..annotation import Annotation, NamedEntity, Token
from ..exceptions import AnnotatorError, MissingDependencyError
from ..models import Span

__all__ = [
    "DEFAULT_BATCH_SIZE",
    "DEFAULT_PROCESSORS",
    "NER_LABELS",
    "StanzaAnnotator",
    "annotation_from_stanza",
    "default_model_dir",
]

#: The processors a :class:`StanzaAnnotator` runs unless told otherwise.  ``mwt``
#: is dropped for languages whose models have no multi-word-token expander
#: (Dutch has none; English has one).
DEFAULT_PROCESSORS = "tokenize,mwt,pos,lemma,depparse,ner"

#: Texts given to one pipeline call by :meth:`StanzaAnnotator.annotate_many`.
DEFAULT_BATCH_SIZE = 32

#: Entity types of stanza's NER models (CoNLL-02/03 and OntoNotes tag sets) ->
#: the labels of :class:`~koreanews.annotation.NamedEntity`.  Types not listed
#: (dates, numbers, amounts) are not names and are dropped.
NER_LABELS: Mapping[str, str] = {
    "PER": "PER",
    "PERSON": "PER",
    "ORG": "ORG",
    "LOC": "LOC",
    "GPE": "LOC",
    "FAC": "LOC",
    "MISC": "MISC",
    "NORP": "MISC",
    "EVENT": "MISC",
    "PRODUCT": "MISC",
    "WORK_OF_ART": "MISC",
    "LAW": "MISC",
    "LANGUAGE": "MISC",
}

#: How far past the previous token a token's text is looked for when the
#: offsets stanza gives do not match the text (a document annotated elsewhere).
_SEARCH_WINDOW = 200

_FEATURE = "StanzaAnnotator"


def _import_stanza() -> Any:
    try:
        import stanza
    except ImportError:
        raise MissingDependencyError("stanza", "stanza", _FEATURE) from None
    return stanza


def default_model_dir() -> str:
    """Where stanza looks for models: ``$STANZA_RESOURCES_DIR``, else stanza's own default.

    Stanza's default is a per-version folder in the user's cache directory
    (``~/.cache/stanza/<version>/resources`` on Linux; older releases used
    ``~/stanza_resources``).
    """
    env = os.environ.get("STANZA_RESOURCES_DIR")
    if env:
        return env
    _import_stanza()
    from stanza.resources.common import DEFAULT_MODEL_DIR

    return str(DEFAULT_MODEL_DIR)


def _download_hint(lang: str, model_dir: str) -> str:
    return (
        "StanzaAnnotator never downloads models; download them once with\n"
        f'    python -c \'import stanza; stanza.download("{lang}", model_dir="{model_dir}")\'\n'
        "or pass dir= (or set STANZA_RESOURCES_DIR) to the folder that holds them."
    )


class StanzaAnnotator:
    """An :class:`~koreanews.annotation.Annotator` backed by a stanza pipeline.

    :param lang: the language, or languages, this annotator has models for.
        Texts in another language get an empty annotation, so the rule-based
        stages handle them alone.  ``None`` accepts any language it is asked for.
    :param dir: the stanza model folder; default :func:`default_model_dir`.
    :param use_gpu: passed to :class:`stanza.Pipeline`: ``None`` uses a GPU when
        torch sees one, ``False`` forces the CPU.
    :param processors: the stanza processors to run.  ``mwt`` is dropped for a
        language without a multi-word-token model.
    :param batch_size: texts per pipeline call in :meth:`annotate_many`.
    :param kwargs: further :class:`stanza.Pipeline` options (``package=``,
        ``device=``, ``pos_batch_size=``, ``tokenize_pretokenized=``...).

    The pipeline is built on first use (or by :meth:`load`), with
    ``download_method=None``.

    :raises MissingDependencyError: when stanza is not installed.
    """

    def __init__(
        self,
        lang: str | Sequence[str] | None = "nl",
        dir: str | os.PathLike[str] | None = None,
        use_gpu: bool | None = None,
        processors: str | Mapping[str, str] = DEFAULT_PROCESSORS,
        batch_size: int = DEFAULT_BATCH_SIZE,
        **kwargs: Any,
    ) -> None:
        if batch_size < 1:
            raise ValueError(f"batch_size must be at least 1, got {batch_size}")
        self._stanza = _import_stanza()
        if lang is None:
            self.langs: tuple[str, ...] | None = None
        elif isinstance(lang, str):
            self.langs = (lang,)
        else:
            self.langs = tuple(lang)
        self.dir = os.fspath(dir) if dir is not None else default_model_dir()
        self.use_gpu = use_gpu
        self.processors = processors
        self.batch_size = batch_size
        self._kwargs = kwargs
        self._pipelines: dict[str, Any] = {}

    def __repr__(self) -> str:
        return (
            f"StanzaAnnotator(lang={self.langs!r}, dir={self.dir!r}, "
            f"use_gpu={self.use_gpu!r}, processors={self.processors!r})"
        )

    # -- loading -------------------------------------------------------------

    def handles(self, lang: str) -> bool:
        """True when this annotator annotates texts in *lang*."""
        return self.langs is None or lang in self.langs

    def load(self, lang: str | None = None) -> Any:
        """Build (once) and return the :class:`stanza.Pipeline` for *lang*.

        :raises AnnotatorError: when the models are not in :attr:`dir`; the
            message names the folder and the ``stanza.download`` call to run.
        """
        code = lang or self._default_lang()
        pipeline = self._pipelines.get(code)
        if pipeline is None:
            pipeline = self._build(code)
            self._pipelines[code] = pipeline
        return pipeline

    def _default_lang(self) -> str:
        if not self.langs:
            raise AnnotatorError("no language given: pass lang= to StanzaAnnotator or annotate()")
        return self.langs[0]

    def _processors_for(self, lang: str, resources: Mapping[str, Any]) -> str | Mapping[str, str]:
        if not isinstance(self.processors, str):
            return self.processors
        names = [p.strip().lower() for p in self.processors.split(",") if p.strip()]
        if "mwt" not in resources:
            names = [p for p in names if p != "mwt"]
        return ",".join(names)

    def _build(self, lang: str) -> Any:
        model_dir = self.dir
        hint = _download_hint(lang, model_dir)
        index = Path(model_dir) / "resources.json"
        if not index.is_file():
            raise AnnotatorError(
                f"no stanza models for {lang!r} in {model_dir}: it has no resources.json.\n{hint}"
            )
        try:
            resources = json.loads(index.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise AnnotatorError(f"cannot read {index}: {exc}\n{hint}") from exc
        code = lang
        entry = resources.get(code)
        if isinstance(entry, dict) and "alias" in entry:
            code = str(entry["alias"])
            entry = resources.get(code)
        if not isinstance(entry, dict):
            raise AnnotatorError(f"stanza's resources.json in {model_dir} knows no {lang!r}")
        if not (Path(model_dir) / code).is_dir():
            raise AnnotatorError(
                f"no stanza models for {lang!r} in {model_dir}: "
                f"the folder {Path(model_dir) / code} is missing.\n{hint}"
            )
        options = dict(self._kwargs)
        options.setdefault("logging_level", "WARN")
        try:
            return self._stanza.Pipeline(
                lang=code,
                dir=model_dir,
                processors=self._processors_for(code, entry),
                use_gpu=self.use_gpu,
                download_method=None,
                **options,
            )
        except Exception as exc:  # stanza raises many kinds; report them as one
            raise AnnotatorError(
                f"cannot build the stanza pipeline for {lang!r} from {model_dir}: {exc}\n{hint}"
            ) from exc

    # -- annotating ----------------------------------------------------------

    def annotate(self, text: str, lang: str | None = None) -> Annotation:
        """Annotate one text written in *lang* (default: the annotator's first language)."""
        return self.annotate_many([text], [lang])[0]

    def annotate_many(
        self, texts: Sequence[str], langs: Sequence[str | None] | None = None
    ) -> list[Annotation]:
        """Annotate many texts, :attr:`batch_size` per pipeline call; results in input order.

        Texts of one language go through stanza's bulk processing: one
        pipeline call with a list of ``stanza.Document`` objects per batch.
        """
        if langs is None:
            langs = [None] * len(texts)
        if len(langs) != len(texts):
            raise AnnotatorError(f"got {len(texts)} texts but {len(langs)} languages")
        results: list[Annotation] = [Annotation()] * len(texts)
        groups: dict[str, list[int]] = {}
        for i, (text, lang) in enumerate(zip(texts, langs, strict=True)):
            code = lang or self._default_lang()
            if text.strip() and self.handles(code):
                groups.setdefault(code, []).append(i)
        for code, indexes in groups.items():
            pipeline = self.load(code)
            for chunk in _batches(indexes, self.batch_size):
                docs = [self._stanza.Document([], text=texts[i]) for i in chunk]
                try:
                    done = pipeline(docs)
                except Exception as exc:  # a model failing on a text
                    raise AnnotatorError(
                        f"stanza failed on a batch of {len(docs)} texts: {exc}"
                    ) from exc
                for i, doc in zip(chunk, done, strict=True):
                    results[i] = annotation_from_stanza(doc, texts[i])
        return results

    @staticmethod
    def from_document(doc: Any, text: str | None = None) -> Annotation:
        """The :class:`Annotation` of a ``stanza.Document`` annotated elsewhere."""
        return annotation_from_stanza(doc, text)


def _batches(items: Sequence[int], size: int) -> Iterator[Sequence[int]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


# -- mapping a stanza Document onto the text -------------------------------------


def _locate(text: str, token: Any, delta: int, cursor: int) -> Span | None:
    """The span of stanza *token* in *text*, at or after *cursor*, or None."""
    word: str = token.text or ""
    start, end = token.start_char, token.end_char
    if start is not None:
        at = start + delta
        if at >= cursor and text.startswith(word, at):
            return Span(at, at + len(word))
    if word:
        found = text.find(word, cursor, cursor + _SEARCH_WINDOW + len(word))
        if found >= 0:
            return Span(found, found + len(word))
    if start is not None and end is not None and end - start == len(word):
        span = Span(start + delta, end + delta)
        piece = span.slice(text)
        if span.start >= cursor and len(piece) == len(word) and not any(c.isspace() for c in piece):
            # The tokenizer normalised a character (a quotation mark); trust its offsets.
            return span
    return None


def _word_span(text: str, word: Any, delta: int, token: Span) -> Span:
    """The span of a syntactic *word* of a written token: its own where stanza gives
    one that matches the text (``do`` + ``n't``), else the whole token's."""
    start, end = word.start_char, word.end_char
    if start is not None and end is not None:
        span = Span(start + delta, end + delta) if start <= end else token
        if token.contains(span) and span.slice(text) == word.text:
            return span
    return token


def _decode_tags(tags: Sequence[str | None]) -> Iterator[tuple[int, int, str]]:
    """(first, last, type) of the entities in BIOES or BIO *tags*."""
    begin: int | None = None
    kind = ""
    for i, tag in enumerate([*tags, "O"]):
        prefix, _, label = (tag or "O").partition("-")
        if begin is not None and (prefix in ("B", "S", "O") or label != kind):
            yield begin, i - 1, kind
            begin = None
        if prefix in ("B", "S") or (prefix in ("I", "E") and begin is None and label):
            begin, kind = i, label
        if prefix in ("E", "S") and begin is not None:
            yield begin, i, kind
            begin = None


def annotation_from_stanza(doc: Any, text: str | None = None) -> Annotation:
    """Map a ``stanza.Document`` onto the offsets of *text* (default: ``doc.text``).

    Works for the output of a pipeline and for documents built elsewhere (from
    CoNLL-U or token dictionaries).  When ``doc.text`` is a part of *text*
    (say, the article body without its header), offsets are shifted to match;
    tokens whose text cannot be found near their place are left out.
    Multi-word tokens become one :class:`~koreanews.annotation.Token` per
    syntactic word, with the word's own span where stanza gives one that
    matches the text (``do`` + ``n't``), else the written token's (``du`` ->
    ``de le``).
    """
    if text is None:
        text = doc.text
        if text is None:
            raise AnnotatorError("the stanza Document has no text; pass the text it annotates")
    delta = 0
    if doc.text and doc.text != text:
        found = text.find(doc.text)
        delta = found if found >= 0 else 0

    tokens: list[Token] = []
    sentences: list[Span] = []
    entities: list[NamedEntity] = []
    token_spans: dict[int, Span] = {}
    cursor = 0
    for sentence in doc.sentences:
        located: list[tuple[Any, Span]] = []
        for token in sentence.tokens:
            span = _locate(text, token, delta, cursor)
            if span is None:
                continue
            cursor = span.end
            token_spans[id(token)] = span
            for word in token.words or ():
                located.append((word, _word_span(text, word, delta, span)))
        if not located:
            continue
        base = len(tokens)
        index_of = {word.id: base + n for n, (word, _) in enumerate(located)}
        number = len(sentences)
        for word, span in located:
            head = word.head
            tokens.append(
                Token(
                    span=span,
                    text=word.text,
                    lemma=word.lemma,
                    upos=word.upos,
                    head=index_of.get(head, -1) if head else -1,
                    deprel=word.deprel,
                    sentence=number,
                )
            )
        sentences.append(Span(located[0][1].start, located[-1][1].end))
        if not doc.ents:
            tags = [t.ner for t in sentence.tokens]
            for first, last, kind in _decode_tags(tags):
                _add_entity(entities, text, token_spans, sentence.tokens[first : last + 1], kind)
    for ent in doc.ents:
        _add_entity(entities, text, token_spans, ent.tokens, ent.type)
    return Annotation(sentences=sentences, tokens=tokens, entities=entities)


def _add_entity(
    entities: list[NamedEntity],
    text: str,
    token_spans: Mapping[int, Span],
    ent_tokens: Sequence[Any],
    kind: str | None,
) -> None:
    label = NER_LABELS.get((kind or "").upper())
    if label is None or not ent_tokens:
        return
    first = token_spans.get(id(ent_tokens[0]))
    last = token_spans.get(id(ent_tokens[-1]))
    if first is None or last is None or last.end <= first.start:
        return
    span = Span(first.start, last.end)
    entities.append(NamedEntity(span=span, text=span.slice(text), label=label))
