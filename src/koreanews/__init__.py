"""koreanews: structured data from Dutch and English news articles.

>>> import koreanews
>>> article = koreanews.parse(' date 2018-02 "We zijn klaar", zegt Moon Jae-in.')
>>> article.date.isoformat()
'2018-02'
"""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

from .annotation import Annotation, Annotator
from .corpus import NamedText, ParseFailure, parse_many
from .evaluate import evaluate, load_gold
from .exceptions import (
    AnnotatorError,
    ArticleFormatError,
    GoldFormatError,
    HeaderError,
    InputError,
    InputWarning,
    InternalError,
    KoreanewsError,
    KoreanewsWarning,
    MissingDependencyError,
    UnsupportedLanguageError,
)
from .explain import QuoteExplanation, explain
from .langid import detect_language
from .models import (
    Article,
    Block,
    BlockKind,
    Entity,
    EntityKind,
    Evidence,
    NewsDate,
    Quote,
    QuoteKind,
    Span,
)
from .pipeline import parse, parse_file
from .render import render_html, render_index

try:
    __version__ = version("koreanews")
except PackageNotFoundError:  # pragma: no cover - running from a source tree
    __version__ = "0.0.0"

__all__ = [
    "Annotation",
    "Annotator",
    "AnnotatorError",
    "Article",
    "ArticleFormatError",
    "Block",
    "BlockKind",
    "Entity",
    "EntityKind",
    "Evidence",
    "GoldFormatError",
    "HeaderError",
    "InputError",
    "InputWarning",
    "InternalError",
    "KoreanewsError",
    "KoreanewsWarning",
    "MissingDependencyError",
    "NamedText",
    "NewsDate",
    "ParseFailure",
    "Quote",
    "QuoteExplanation",
    "QuoteKind",
    "Span",
    "UnsupportedLanguageError",
    "__version__",
    "detect_language",
    "evaluate",
    "explain",
    "load_gold",
    "parse",
    "parse_file",
    "parse_many",
    "render_html",
    "render_index",
]
