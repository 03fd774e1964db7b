"""Run the stages, one way, from raw text to a frozen :class:`~koreanews.Article`.

::

    raw text -> header -> blocks -> language -> quotes -> speech -> Article
"""

from __future__ import annotations

import os
from pathlib import Path

from . import _trace, blocks, header, quotes, speech
from ._context import Context, QuoteDraft
from .annotation import Annotation, Annotator
from .exceptions import AnnotatorError, InputError, InternalError, KoreanewsError
from .lang import get_profile
from .langid import TextLanguages, detect_language
from .models import Article, Block, BlockKind, Entity, Quote

__all__ = ["decode", "parse", "parse_file"]

#: Sets a field of a new frozen instance (what the constructors attrs generates do).
_setattr = object.__setattr__

#: The language assumed when neither the caller nor the detector can tell.
DEFAULT_LANG = "nl"


def decode(
    data: bytes, *, encoding: str = "utf-8", errors: str = "strict", source: str | None = None
) -> str:
    """Decode *data*; a byte-order mark is kept as a character so offsets stay honest.

    With ``errors="strict"`` undecodable bytes raise :class:`~koreanews.InputError`
    carrying the byte offset; ``"replace"`` and ``"ignore"`` behave as in
    :meth:`bytes.decode`.
    """
    try:
        return data.decode(encoding, errors)
    except UnicodeDecodeError as exc:
        raise InputError(
            f"byte {exc.start} is not valid {exc.encoding} ({exc.reason}); "
            "pass errors='replace' to substitute U+FFFD for undecodable bytes",
            source=source,
            offset=exc.start,
        ) from None
    except LookupError:
        raise InputError(f"unknown encoding {encoding!r}", source=source) from None


def _to_text(text: object, source: str | None) -> str:
    if isinstance(text, str):
        return text
    if isinstance(text, (bytes, bytearray, memoryview)):
        return decode(bytes(text), source=source)
    raise InputError(
        f"expected the article as str or bytes, got {type(text).__name__}; "
        "use parse_file() for a path",
        source=source,
    )


def _build_quotes(drafts: list[QuoteDraft], people: dict[str, Entity]) -> tuple[Quote, ...]:
    # Positional arguments, in the order of Quote's fields: a third cheaper than keywords.
    return tuple(
        Quote(
            d.text,
            d.kind,
            d.span,
            None if d.speaker_key is None else people.get(d.speaker_key),
            d.cue,
            d.cue_span,
            d.source_text,
            d.source_span,
            d.lang,
            d.parts,
            d.marks,
            d.evidence,
        )
        for d in drafts
    )


def _draft_order(d: QuoteDraft) -> tuple[int, int]:
    return (d.span.start, -d.span.end)


def article_language(body: str, lang: str | None = None) -> str:
    """The language an article body is parsed in: *lang* when given (checked), else detected."""
    if lang is None:
        return detect_language(body, default=DEFAULT_LANG) or DEFAULT_LANG
    get_profile(lang)  # raises UnsupportedLanguageError
    return lang


def parse(
    text: str | bytes,
    *,
    lang: str | None = None,
    strict: bool = False,
    annotator: Annotator | Annotation | None = None,
    source: str | None = None,
) -> Article:
    """Parse one article.

    :param text: the article, header included (``" date 2018-02 ..."``); bytes are
        decoded as UTF-8.
    :param lang: ``"nl"`` or ``"en"`` to skip language detection.
    :param strict: raise :class:`~koreanews.HeaderError` for a missing or
        malformed date header instead of recording a warning.
    :param annotator: an optional :class:`~koreanews.annotation.Annotator` (such
        as :class:`koreanews.annotators.StanzaAnnotator`) or a ready
        :class:`~koreanews.annotation.Annotation` of this text.
    :param source: where the text came from, kept on the article.
    :raises KoreanewsError: and nothing else.

    >>> article = parse(' date 2018-02 Kim Jong-un zegt: "We zijn klaar voor overleg."')
    >>> article.date.isoformat(), article.lang
    ('2018-02', 'nl')
    """
    raw = _to_text(text, source)
    try:
        return _parse(raw, lang=lang, strict=strict, annotator=annotator, source=source)
    except KoreanewsError:
        raise
    except MemoryError:
        raise
    except Exception as exc:
        where = f" {source}" if source else ""
        raise InternalError(
            f"unexpected {type(exc).__name__} while parsing{where}: {exc}. "
            "This is a bug in koreanews: please report it with the article text."
        ) from exc


def _parse(
    raw: str,
    *,
    lang: str | None,
    strict: bool,
    annotator: Annotator | Annotation | None,
    source: str | None,
) -> Article:
    head = header.parse_header(raw, strict=strict, source=source)
    warnings: list[str] = [head.warning] if head.warning else []
    # The body's words are read once, for the article and for each block and quote.
    languages = TextLanguages(raw, head.body_start)
    if lang is None:
        body = raw[head.body_start :]
        article_lang = languages.language(body, head.body_start, DEFAULT_LANG) or DEFAULT_LANG
    else:
        article_lang = article_language(raw[head.body_start :], lang)
    ctx = Context(
        text=raw, lang=article_lang, profile=get_profile(article_lang), body_start=head.body_start
    )
    if head.span is not None:
        ctx.blocks.append(
            Block(
                BlockKind.HEADER, head.span.slice(raw), head.span, lang=article_lang, rule="header"
            )
        )
    body_blocks = blocks.split_blocks(ctx)
    for b in body_blocks:
        if not b.lang and b.kind is not BlockKind.HEADER:
            # The blocks are new and not yet shared: the language is set in place, the
            # way the constructor attrs generates sets a field, rather than copying
            # each block to change one field.
            _setattr(b, "lang", languages.language(b.text, b.span.start, article_lang))
    ctx.blocks.extend(body_blocks)
    if isinstance(annotator, Annotation):
        ctx.annotation = annotator
    elif annotator is not None:
        try:
            ctx.annotation = annotator.annotate(raw, article_lang)
        except KoreanewsError:
            raise
        except Exception as exc:
            raise AnnotatorError(
                f"the annotator {type(annotator).__name__} failed: {type(exc).__name__}: {exc}"
            ) from exc
    drafts = sorted(quotes.find_quotes(ctx), key=_draft_order)
    drafts, people = speech.analyse(ctx, drafts)
    for d in drafts:
        if d.lang is None:
            d.lang = languages.language(d.text, d.span.start, article_lang, min_chars=40)
    if _trace.active():
        _trace.keep_quotes([tuple(d.trace) for d in drafts])
    return Article(
        text=raw,
        lang=article_lang,
        date=head.date,
        blocks=tuple(ctx.blocks),
        quotes=_build_quotes(drafts, people),
        entities=tuple(people.values()),
        warnings=tuple(warnings),
        source=source,
    )


def parse_file(
    path: str | os.PathLike[str],
    *,
    encoding: str = "utf-8",
    errors: str = "strict",
    lang: str | None = None,
    strict: bool = False,
    annotator: Annotator | None = None,
) -> Article:
    """Read and parse one article file; ``source`` is set to the path.

    :raises InputError: when the file cannot be read or decoded (with the byte offset).
    """
    name = os.fspath(path)
    try:
        data = Path(name).read_bytes()
    except (OSError, ValueError) as exc:  # ValueError: a NUL character in the path
        message = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        raise InputError(f"cannot read file: {message}", source=name) from None
    raw = decode(data, encoding=encoding, errors=errors, source=name)
    return parse(raw, lang=lang, strict=strict, annotator=annotator, source=name)
