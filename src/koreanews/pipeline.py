"""Run the stages, one way, from raw text to a frozen :class:`~koreanews.Article`.

::

    raw text -> header -> blocks -> language -> quotes -> speech -> Article
"""

from __future__ import annotations

import codecs
import os
import warnings as _warnings
from pathlib import Path
from typing import Literal

from . import _trace, blocks, header, quotes, speech
from ._context import Context, QuoteDraft
from .annotation import Annotation, Annotator
from .exceptions import AnnotatorError, InputError, InputWarning, InternalError, KoreanewsError
from .lang import get_profile
from .langid import TextLanguages, detect_language
from .models import Article, Block, BlockKind, Entity, Quote

__all__ = ["decode", "parse", "parse_file"]

#: Sets a field of a new frozen instance (what the constructors attrs generates do).
_setattr = object.__setattr__

#: The language assumed when neither the caller nor the detector can tell.
DEFAULT_LANG = "nl"

#: From this length on (characters) the language reader is not kept through the parse.
_LARGE_TEXT = 1_000_000

#: The warning of an article whose text is empty or only white space.
EMPTY_TEXT = "the text is empty: there is nothing to parse"


#: Who reads an error's hint: a Python caller (keyword arguments) or a command-line user (flags).
Audience = Literal["python", "cli"]

#: The ``errors`` values that make sense for decoding an article.
ERRORS = ("strict", "replace", "ignore")

_HINTS: dict[str, dict[str, str]] = {
    "python": {
        "decode": (
            "if the text is in another encoding pass it, for example encoding='cp1252' "
            "(Windows-1252) or encoding='latin-1'; or pass errors='replace' to substitute "
            "U+FFFD for undecodable bytes"
        ),
        "encoding": (
            "pass a Python codec name, such as encoding='utf-8', encoding='cp1252' "
            "(Windows-1252) or encoding='latin-1'"
        ),
        "errors": "pass errors='strict', errors='replace' or errors='ignore'",
    },
    "cli": {
        "decode": (
            "if the file is in another encoding name it, for example --encoding cp1252 "
            "(Windows-1252) or --encoding latin-1; or add --errors replace to substitute "
            "U+FFFD for undecodable bytes"
        ),
        "encoding": (
            "use a Python codec name, such as --encoding utf-8, --encoding cp1252 "
            "(Windows-1252) or --encoding latin-1"
        ),
        "errors": "use --errors strict, --errors replace or --errors ignore",
    },
}


def check_codec(encoding: str, errors: str, *, audience: Audience = "python") -> None:
    """Raise :class:`~koreanews.InputError` unless *encoding* and *errors* can decode text."""
    hints = _HINTS[audience]
    if not isinstance(encoding, str):
        raise InputError(
            f"encoding must be a str, got {type(encoding).__name__}; {hints['encoding']}"
        )
    if not isinstance(errors, str):
        raise InputError(f"errors must be a str, got {type(errors).__name__}; {hints['errors']}")
    try:
        info = codecs.lookup(encoding)
    except LookupError:
        raise InputError(f"unknown encoding {encoding!r}; {hints['encoding']}") from None
    if not getattr(info, "_is_text_encoding", True):
        raise InputError(
            f"{encoding!r} is not a text encoding (it turns bytes into bytes); {hints['encoding']}"
        )
    try:
        codecs.lookup_error(errors)
    except LookupError:
        raise InputError(f"unknown errors value {errors!r}; {hints['errors']}") from None


def decode(
    data: bytes,
    *,
    encoding: str = "utf-8",
    errors: str = "strict",
    source: str | None = None,
    audience: Audience = "python",
) -> str:
    """Decode *data*; a byte-order mark is kept as a character so offsets stay honest.

    With ``errors="strict"`` undecodable bytes raise :class:`~koreanews.InputError`
    carrying the byte offset; ``"replace"`` and ``"ignore"`` behave as in
    :meth:`bytes.decode`.  An unknown *encoding* or *errors* value raises
    :class:`~koreanews.InputError` too, whether or not the bytes need it.  The
    hint in a message names keyword arguments for *audience* ``"python"`` and
    command-line flags for ``"cli"``.
    """
    try:
        check_codec(encoding, errors, audience=audience)
    except InputError as exc:
        raise InputError(str(exc), source=source) from None
    try:
        return data.decode(encoding, errors)
    except UnicodeDecodeError as exc:
        raise InputError(
            f"byte {exc.start} is not valid {exc.encoding} ({exc.reason}); "
            f"{_HINTS[audience]['decode']}",
            source=source,
            offset=exc.start,
        ) from None


def _to_text(text: object, source: str | None, encoding: str, errors: str) -> str:
    if isinstance(text, str):
        return text
    if isinstance(text, (bytes, bytearray, memoryview)):
        return decode(bytes(text), encoding=encoding, errors=errors, source=source)
    raise InputError(
        f"expected the article as str or bytes, got {type(text).__name__}; "
        "use parse_file() for a path",
        source=source,
    )


#: The longest str that :func:`parse` checks for being a file name.
_PATH_LENGTH = 4096


def _warn_if_path(text: str, stacklevel: int) -> None:
    """Warn when *text* is nothing but the path of an existing file."""
    if len(text) > _PATH_LENGTH or "\n" in text or not text.strip():
        return
    try:
        is_file = os.path.isfile(text)
    except (OSError, ValueError):  # pragma: no cover - isfile swallows these itself
        return
    if is_file:
        _warnings.warn(
            f"parse() was given the str {text!r}, which is the path of an existing file: "
            "it was parsed as the text of an article. To read the file use "
            "koreanews.parse_file(path) (or pass Path(path) to parse_many())",
            InputWarning,
            stacklevel=stacklevel + 1,
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
    encoding: str = "utf-8",
    errors: str = "strict",
) -> Article:
    """Parse one article.

    :param text: the article, header included (``" date 2018-02 ..."``): a str, or
        bytes decoded with *encoding*.  A str is always the text itself, never a
        file name: a str that is nothing but the path of an existing file is
        parsed as it is, with an :class:`~koreanews.InputWarning` that names
        :func:`parse_file`.
    :param lang: ``"nl"`` or ``"en"`` to skip language detection.
    :param strict: raise :class:`~koreanews.HeaderError` for a missing or
        malformed date header instead of recording a warning.
    :param annotator: an optional :class:`~koreanews.annotation.Annotator` (such
        as :class:`koreanews.annotators.StanzaAnnotator`) or a ready
        :class:`~koreanews.annotation.Annotation` of this text.
    :param source: where the text came from, kept on the article.
    :param encoding: how bytes are decoded (default UTF-8; ``"cp1252"`` for
        Windows-1252, ``"latin-1"``); ignored for a str.
    :param errors: what to do with bytes that are not valid in *encoding*:
        ``"strict"`` (the default) raises :class:`~koreanews.InputError` with the
        byte offset, ``"replace"`` puts U+FFFD in their place, ``"ignore"``
        drops them.
    :raises KoreanewsError: and nothing else.

    >>> article = parse(' date 2018-02 Kim Jong-un zegt: "We zijn klaar voor overleg."')
    >>> article.date.isoformat(), article.lang
    ('2018-02', 'nl')
    >>> parse(b" date 2018-02 Caf\\xe9 Seoul", encoding="cp1252").text
    ' date 2018-02 Café Seoul'
    """
    if isinstance(text, str):
        _warn_if_path(text, stacklevel=2)
    raw = _to_text(text, source, encoding, errors)
    return _parse_text(raw, lang=lang, strict=strict, annotator=annotator, source=source)


def _parse_text(
    raw: str,
    *,
    lang: str | None,
    strict: bool,
    annotator: Annotator | Annotation | None,
    source: str | None,
) -> Article:
    """Parse a decoded text; nothing but :class:`~koreanews.KoreanewsError` escapes."""
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
    if not raw or raw.isspace():
        warnings = [EMPTY_TEXT]
    # The body's words are read once, for the article and for each block and quote.
    languages = TextLanguages(raw, head.body_start)
    if lang is None:
        # The body is sliced for this call only: a copy of a long text kept for the
        # whole parse would add its size to the peak memory.
        body_lang = languages.language(raw[head.body_start :], head.body_start, DEFAULT_LANG)
        article_lang = body_lang or DEFAULT_LANG
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
    # The reader holds a few numbers per word.  For a very long text the entity and
    # speech stages, whose working memory is the peak of a parse, run without it, and
    # the text is read again for the languages of the quotes: the same answers, for a
    # few percent more time.
    kept: TextLanguages | None = languages if len(raw) < _LARGE_TEXT else None
    del languages
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
            if kept is None:
                kept = TextLanguages(raw, head.body_start)
            d.lang = kept.language(d.text, d.span.start, article_lang, min_chars=40)
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

    :param path: the file, as a str or :class:`os.PathLike` (such as :class:`pathlib.Path`).
    :param encoding: the file's encoding (default UTF-8; ``"cp1252"`` for
        Windows-1252, ``"latin-1"``).
    :param errors: ``"strict"``, ``"replace"`` or ``"ignore"``, as for :func:`parse`.
    :param lang: as for :func:`parse`.
    :param strict: as for :func:`parse`.
    :param annotator: as for :func:`parse`.
    :raises InputError: when *path* is not a path, the file cannot be read, or
        it cannot be decoded (with the byte offset), or *encoding* or *errors*
        is unknown.
    """
    return read_file(
        path, encoding=encoding, errors=errors, lang=lang, strict=strict, annotator=annotator
    )


def read_file(
    path: object,
    *,
    encoding: str = "utf-8",
    errors: str = "strict",
    lang: str | None = None,
    strict: bool = False,
    annotator: Annotator | None = None,
    audience: Audience = "python",
) -> Article:
    """:func:`parse_file`, with hints in its errors for *audience* (see :func:`decode`)."""
    try:
        name = os.fspath(path)  # type: ignore[call-overload]
    except TypeError:
        raise InputError(
            f"expected a path (str or os.PathLike), got {type(path).__name__}; "
            "for the text of an article use parse()"
        ) from None
    if isinstance(name, bytes):
        name = os.fsdecode(name)
    try:
        check_codec(encoding, errors, audience=audience)
    except InputError as exc:
        raise InputError(str(exc), source=name) from None
    try:
        data = Path(name).read_bytes()
    except (OSError, ValueError) as exc:  # ValueError: a NUL character in the path
        message = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        raise InputError(f"cannot read file: {message}", source=name) from None
    raw = decode(data, encoding=encoding, errors=errors, source=name, audience=audience)
    del data  # not kept through the parse: a large file would count twice in the peak
    return _parse_text(raw, lang=lang, strict=strict, annotator=annotator, source=name)
