"""The errors koreanews raises.

Every error derives from :class:`KoreanewsError`, so one ``except`` clause
catches them all.  Each subclass also derives from the built-in exception a
Python programmer would expect (``ValueError``, ``ImportError`` ...), and its
message says what went wrong, where, and how to fix it.
"""

from __future__ import annotations

__all__ = [
    "AnnotatorError",
    "ArticleFormatError",
    "GoldFormatError",
    "HeaderError",
    "InputError",
    "InputWarning",
    "InternalError",
    "KoreanewsError",
    "KoreanewsWarning",
    "MissingDependencyError",
    "UnsupportedLanguageError",
]


class KoreanewsError(Exception):
    """The root of every error koreanews raises."""


class InputError(KoreanewsError, ValueError):
    """The input could not be read as text.

    Raised for bytes that are not valid in the given encoding (``offset`` is the
    byte offset of the first bad byte), for an unknown ``encoding`` or ``errors``
    value, for a file that cannot be opened, and for input of the wrong type
    (``parse_file(None)``, ``parse_many("one text")``).  ``source`` is the file
    or name of the input, when known.
    """

    def __init__(self, message: str, *, source: str | None = None, offset: int | None = None):
        self.source = source
        self.offset = offset
        where = f"{source}: " if source else ""
        super().__init__(f"{where}{message}")


def _context(text: str, line: int, column: int, width: int = 60) -> str:
    """The line of *text* around (line, column), with a caret under the column."""
    lines = text.splitlines() or [""]
    current = lines[line - 1] if 0 < line <= len(lines) else ""
    start = max(0, column - 1 - width // 2)
    snippet = current[start : start + width]
    caret = " " * (column - 1 - start) + "^"
    return f"    {snippet}\n    {caret}"


class HeaderError(KoreanewsError, ValueError):
    """The ``date`` header is missing or malformed (raised with ``strict=True``).

    ``line`` and ``column`` are 1-based and point at the offending text;
    ``context`` shows that line with a caret under the column.
    """

    def __init__(
        self,
        message: str,
        *,
        text: str = "",
        line: int = 1,
        column: int = 1,
        source: str | None = None,
    ):
        self.reason = message
        self.line = line
        self.column = column
        self.source = source
        self.context = _context(text, line, column)
        where = f"{source}:" if source else "line "
        hint = (
            "An article should start with a header such as ' date 2018-02 ' "
            "(or 'date 2018-02-14', 'date 14 februari 2018'); "
            "parse without strict=True to accept articles without one."
        )
        super().__init__(f"{where}{line}:{column}: {message}\n{self.context}\n{hint}")


class UnsupportedLanguageError(KoreanewsError, ValueError):
    """A language code was asked for that koreanews has no profile for."""

    def __init__(self, lang: str, supported: tuple[str, ...]):
        self.lang = lang
        self.supported = supported
        super().__init__(
            f"unsupported language {lang!r}; supported: {', '.join(supported)}. "
            "Pass lang=None to detect the language."
        )


class MissingDependencyError(KoreanewsError, ImportError):
    """An optional dependency is needed for a feature but is not installed."""

    def __init__(self, package: str, extra: str, feature: str):
        self.package = package
        self.extra = extra
        self.feature = feature
        super().__init__(
            f"{feature} needs the optional package {package!r}, which is not installed. "
            f"Install it with: pip install 'koreanews[{extra}]'"
        )


class AnnotatorError(KoreanewsError, RuntimeError):
    """An annotator (such as stanza) could not be built or failed on a text."""


class InternalError(KoreanewsError, RuntimeError):
    """An unexpected error inside a pipeline stage: a bug in koreanews.

    :func:`koreanews.parse` raises only :class:`KoreanewsError`, so one odd
    article cannot stop a corpus run with an exception nobody expected; the
    original exception is kept as ``__cause__``.  Please report it together
    with the article text.
    """


class GoldFormatError(KoreanewsError, ValueError):
    """A gold annotation file does not follow the format of ``FORMAT.md``."""

    def __init__(self, message: str, *, path: str | None = None, line: int | None = None):
        self.path = path
        self.line = line
        where = ""
        if path is not None:
            where = f"{path}:{line}: " if line is not None else f"{path}: "
        super().__init__(f"{where}{message}")


class ArticleFormatError(KoreanewsError, ValueError):
    """A dictionary or JSON document is not an article that koreanews wrote.

    Raised by :meth:`Article.from_dict <koreanews.Article.from_dict>` and
    :meth:`Article.from_json <koreanews.Article.from_json>`.  ``where`` names
    the part of the document that is wrong (``"text"``, ``"quotes[3].span"``),
    or is None when the document as a whole is.
    """

    def __init__(self, message: str, *, where: str | None = None):
        self.reason = message
        self.where = where
        located = f"{where}: " if where else ""
        super().__init__(
            f"not an article written by Article.to_dict() or koreanews parse: {located}{message}"
        )


class KoreanewsWarning(UserWarning):
    """The root of every warning koreanews gives.

    Silence them all with
    ``warnings.simplefilter("ignore", koreanews.KoreanewsWarning)``.
    """


class InputWarning(KoreanewsWarning):
    """The input is probably not what the caller meant.

    Given by :func:`koreanews.parse` for a ``str`` that is nothing but the path
    of an existing file: it is parsed as the text it is, and the warning names
    :func:`koreanews.parse_file` (or ``Path(...)`` for
    :func:`koreanews.parse_many`), which read the file.
    """
