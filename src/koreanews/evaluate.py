"""Score the parser against gold annotation files (the rules of the gold ``FORMAT.md``).

Measures, micro-averaged per language and overall:

* **quotes**: precision, recall and F1 of ``direct`` + ``partial`` quotes; texts
  match after collapsing whitespace and stripping spaces and ``, . ; : ! ?`` from
  both ends; predictions that match a gold ``term`` count neither way.
* **speaker**: share of matched quotes whose speaker equals the gold speaker
  (case-insensitive; ``null`` must match ``null``).
* **indirect**: a predicted indirect quote matches a gold one when at least half
  of the gold clause's words are in it; precision, recall, F1, speaker accuracy.
* **date**: exact match.  **headings**: precision and recall of exact strings.
* **headline**: over the records whose first gold heading is the article's headline
  (nothing but gold boilerplate before it in the body), whether the predicted
  headline equals it.
* **boilerplate**: recall counts a gold string inside some predicted string;
  precision counts a predicted string that contains or lies inside a gold one.
  Captions count as boilerplate here: they are not article content.  **Quotes lost**:
  gold quotes (all kinds but ``term``) whose text lies inside predicted boilerplate
  or a caption and inside no predicted paragraph or heading.
* A record with ``"annotated": [...]`` skips the headline measure unless
  ``headings`` is listed, and the quotes lost unless ``boilerplate`` is.
* **people**: precision and recall of person names (case-insensitive).
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

import attrs

from .exceptions import GoldFormatError
from .header import parse_header
from .models import Article, BlockKind, Quote, QuoteKind
from .pipeline import parse

__all__ = ["GoldArticle", "Score", "evaluate", "format_table", "load_gold"]

_SPACE = re.compile(r"\s+")
_WORD = re.compile(r"\w+")
_STRIP = " ,.;:!?"
_REQUIRED = ("id", "text", "quotes")
#: The blocks that hold article text.
_CONTENT = (BlockKind.PARAGRAPH, BlockKind.HEADLINE, BlockKind.HEADING)


@attrs.frozen
class GoldArticle:
    """One gold record (see the gold ``FORMAT.md``)."""

    id: str
    lang: str
    text: str
    date: str | None
    headings: tuple[str, ...]
    boilerplate: tuple[str, ...]
    quotes: tuple[Mapping[str, Any], ...]
    people: tuple[str, ...]
    source: str | None = None
    #: The fields that were annotated (``"annotated"`` in the record); None: all of them.
    annotated: tuple[str, ...] | None = None


def load_gold(path: str | os.PathLike[str]) -> list[GoldArticle]:
    """Read a gold JSON Lines file.

    :raises GoldFormatError: with the file and line of a malformed record.
    """
    name = os.fspath(path)
    records: list[GoldArticle] = []
    try:
        lines = Path(name).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise GoldFormatError(f"cannot read gold file: {exc}", path=name) from None
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            d = json.loads(line)
        except json.JSONDecodeError as exc:
            raise GoldFormatError(f"not valid JSON: {exc.msg}", path=name, line=number) from None
        if not isinstance(d, dict) or any(k not in d for k in _REQUIRED):
            raise GoldFormatError(
                f"a gold record needs the fields {', '.join(_REQUIRED)}", path=name, line=number
            )
        records.append(
            GoldArticle(
                id=str(d["id"]),
                lang=str(d.get("lang") or "?"),
                text=d["text"],
                date=d.get("date"),
                headings=tuple(d.get("headings") or ()),
                boilerplate=tuple(d.get("boilerplate") or ()),
                quotes=tuple(d["quotes"]),
                people=tuple(d.get("people") or ()),
                source=d.get("source"),
                annotated=None if d.get("annotated") is None else tuple(d["annotated"]),
            )
        )
    return records


def _norm(text: str) -> str:
    return _SPACE.sub(" ", text).strip(_STRIP)


def _collapse(text: str) -> str:
    return _SPACE.sub(" ", text).strip()


def _speaker_name(quote: Quote) -> str | None:
    return None if quote.speaker is None else quote.speaker.name


def _same_speaker(a: str | None, b: str | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return a.casefold() == b.casefold()


@attrs.define
class Score:
    """Counts behind every measure; add scores to pool them."""

    quote_tp: int = 0
    quote_pred: int = 0
    quote_gold: int = 0
    speaker_ok: int = 0
    indirect_tp: int = 0
    indirect_pred: int = 0
    indirect_gold: int = 0
    indirect_speaker_ok: int = 0
    date_ok: int = 0
    articles: int = 0
    heading_tp: int = 0
    heading_pred: int = 0
    heading_gold: int = 0
    boiler_found: int = 0
    boiler_gold: int = 0
    boiler_ok: int = 0
    boiler_pred: int = 0
    headline_ok: int = 0
    headline_gold: int = 0
    lost_quotes: int = 0
    lost_checked: int = 0
    people_tp: int = 0
    people_pred: int = 0
    people_gold: int = 0

    def __add__(self, other: Score) -> Score:
        return Score(
            **{f.name: getattr(self, f.name) + getattr(other, f.name) for f in attrs.fields(Score)}
        )

    def measures(self) -> dict[str, float | None]:
        """Every measure as a ratio (None where its denominator is zero)."""

        def ratio(a: int, b: int) -> float | None:
            return a / b if b else None

        def f1(p: float | None, r: float | None) -> float | None:
            if r is None:  # nothing to find
                return None
            if p is None:  # nothing predicted, so nothing found: recall is 0
                return 0.0
            return 2 * p * r / (p + r) if p + r else 0.0

        qp, qr = ratio(self.quote_tp, self.quote_pred), ratio(self.quote_tp, self.quote_gold)
        ip = ratio(self.indirect_tp, self.indirect_pred)
        ir = ratio(self.indirect_tp, self.indirect_gold)
        return {
            "quote_precision": qp,
            "quote_recall": qr,
            "quote_f1": f1(qp, qr),
            "speaker_accuracy": ratio(self.speaker_ok, self.quote_tp),
            "indirect_precision": ip,
            "indirect_recall": ir,
            "indirect_f1": f1(ip, ir),
            "indirect_speaker_accuracy": ratio(self.indirect_speaker_ok, self.indirect_tp),
            "date_accuracy": ratio(self.date_ok, self.articles),
            "heading_precision": ratio(self.heading_tp, self.heading_pred),
            "heading_recall": ratio(self.heading_tp, self.heading_gold),
            "heading_f1": f1(
                ratio(self.heading_tp, self.heading_pred), ratio(self.heading_tp, self.heading_gold)
            ),
            "boilerplate_precision": ratio(self.boiler_ok, self.boiler_pred),
            "boilerplate_recall": ratio(self.boiler_found, self.boiler_gold),
            "headline_accuracy": ratio(self.headline_ok, self.headline_gold),
            # a count, not a ratio: every lost quote is one too many
            "quotes_lost": self.lost_quotes if self.lost_checked else None,
            "people_precision": ratio(self.people_tp, self.people_pred),
            "people_recall": ratio(self.people_tp, self.people_gold),
        }


def _match(
    gold: Sequence[Any], pred: Sequence[Any], same: Callable[[Any, Any], bool]
) -> list[tuple[int, int]]:
    """Greedy one-to-one matching in order of appearance: (gold index, pred index)."""
    used: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            if pi not in used and same(g, p):
                used.add(pi)
                pairs.append((gi, pi))
                break
    return pairs


def _words(text: str) -> list[str]:
    return [w.casefold() for w in _WORD.findall(text)]


def _indirect_match(gold_text: str, pred_text: str) -> bool:
    gold_words = _words(gold_text)
    if not gold_words:
        return False
    pred_words = set(_words(pred_text))
    return sum(1 for w in gold_words if w in pred_words) * 2 >= len(gold_words)


def score_article(gold: GoldArticle, article: Article) -> Score:
    """Compare one parsed article with its gold record."""
    s = Score(articles=1)
    s.date_ok = int((article.date.isoformat() if article.date else None) == gold.date)

    # direct + partial quotes
    gold_q = [q for q in gold.quotes if q.get("kind") in ("direct", "partial")]
    gold_terms = {_norm(q["text"]) for q in gold.quotes if q.get("kind") == "term"}
    pred_q = [q for q in article.quotes if q.kind in (QuoteKind.DIRECT, QuoteKind.PARTIAL)]
    pred_q = [
        q
        for q in pred_q
        if _norm(q.text) not in gold_terms or any(_norm(g["text"]) == _norm(q.text) for g in gold_q)
    ]
    pairs = _match(gold_q, pred_q, lambda g, p: _norm(g["text"]) == _norm(p.text))
    s.quote_tp, s.quote_pred, s.quote_gold = len(pairs), len(pred_q), len(gold_q)
    s.speaker_ok = sum(
        _same_speaker(gold_q[gi].get("speaker"), _speaker_name(pred_q[pi])) for gi, pi in pairs
    )

    # indirect speech
    gold_i = [q for q in gold.quotes if q.get("kind") == "indirect"]
    pred_i = [q for q in article.quotes if q.kind is QuoteKind.INDIRECT]
    ipairs = _match(gold_i, pred_i, lambda g, p: _indirect_match(g["text"], p.text))
    s.indirect_tp, s.indirect_pred, s.indirect_gold = len(ipairs), len(pred_i), len(gold_i)
    s.indirect_speaker_ok = sum(
        _same_speaker(gold_i[gi].get("speaker"), _speaker_name(pred_i[pi])) for gi, pi in ipairs
    )

    # headings
    gold_h = [_collapse(h) for h in gold.headings]
    pred_h = [_collapse(h) for h in article.headings]
    s.heading_tp = len(_match(gold_h, pred_h, lambda g, p: g == p))
    s.heading_pred, s.heading_gold = len(pred_h), len(gold_h)

    # boilerplate
    gold_b = [_collapse(b) for b in gold.boilerplate]
    # Captions and photo credits are not article content either.
    pred_b = [_collapse(b) for b in (*article.boilerplate, *article.captions)]
    s.boiler_gold, s.boiler_pred = len(gold_b), len(pred_b)
    s.boiler_found = sum(1 for g in gold_b if any(g in p for p in pred_b))
    s.boiler_ok = sum(1 for p in pred_b if any(p in g or g in p for g in gold_b))
    _score_headline(s, gold, article)
    if _annotated(gold, "boilerplate"):
        _score_lost(s, gold, article, pred_b)

    # people
    gold_p = [p.casefold() for p in gold.people]
    pred_p = [e.name.casefold() for e in article.people]
    s.people_tp = len(_match(gold_p, pred_p, lambda g, p: g == p))
    s.people_pred, s.people_gold = len(pred_p), len(gold_p)
    return s


def _score_lost(s: Score, gold: GoldArticle, article: Article, pred_b: Sequence[str]) -> None:
    """Gold quotes whose words are only in predicted boilerplate or captions.

    A quote printed twice, once in the text and once in a pull quote or a comment
    heading, is not lost: its text is still in a paragraph or heading.
    """
    content = [_collapse(b.text) for b in article.blocks if b.kind in _CONTENT]
    lost = [_collapse(q["text"]) for q in gold.quotes if q.get("kind") != "term"]
    s.lost_checked = len(lost)
    s.lost_quotes = sum(
        1 for q in lost if q and any(q in p for p in pred_b) and not any(q in c for c in content)
    )


def _annotated(gold: GoldArticle, field: str) -> bool:
    return gold.annotated is None or field in gold.annotated


def _gold_headline(gold: GoldArticle) -> str | None:
    """The record's first heading if it is the article's headline, else None.

    It is when nothing but whitespace and gold boilerplate stands before it in the body
    (furniture above the title, a "LIVE:" label glued to it).
    """
    if not gold.headings or not _annotated(gold, "headings"):
        return None
    first = gold.headings[0]
    body_start = parse_header(gold.text).body_start
    at = gold.text.find(first, body_start)
    if at < 0:
        return None
    before = gold.text[body_start:at]
    for boiler in sorted(gold.boilerplate, key=len, reverse=True):
        before = before.replace(boiler, " ")
    return None if before.strip() else first


def _score_headline(s: Score, gold: GoldArticle, article: Article) -> None:
    expected = _gold_headline(gold)
    if expected is not None:
        s.headline_gold = 1
        found = article.headline
        s.headline_ok = int(found is not None and _collapse(found) == _collapse(expected))


@attrs.frozen
class Report:
    """The scores of an evaluation: per language, overall and per article."""

    by_lang: Mapping[str, Score]
    overall: Score
    by_article: Mapping[str, Score]

    def to_dict(self) -> dict[str, Any]:
        return {
            "overall": self.overall.measures(),
            "by_lang": {k: v.measures() for k, v in self.by_lang.items()},
            "counts": {k: attrs.asdict(v) for k, v in self.by_lang.items()},
            "articles": {k: v.measures() for k, v in self.by_article.items()},
        }


def evaluate(gold: Iterable[GoldArticle], *, parser: Callable[[str], Article] = parse) -> Report:
    """Parse every gold text with *parser* and score it against the gold record."""
    by_lang: dict[str, Score] = {}
    by_article: dict[str, Score] = {}
    for record in gold:
        article = parser(record.text)
        score = score_article(record, article)
        by_article[record.id] = score
        by_lang[record.lang] = by_lang.get(record.lang, Score()) + score
    overall = sum(by_lang.values(), Score())
    return Report(dict(sorted(by_lang.items())), overall, by_article)


_ROWS = (
    ("quote_precision", "quotes      precision"),
    ("quote_recall", "            recall"),
    ("quote_f1", "            F1"),
    ("speaker_accuracy", "speaker     accuracy"),
    ("indirect_precision", "indirect    precision"),
    ("indirect_recall", "            recall"),
    ("indirect_f1", "            F1"),
    ("indirect_speaker_accuracy", "            speaker accuracy"),
    ("date_accuracy", "date        accuracy"),
    ("heading_precision", "headings    precision"),
    ("heading_recall", "            recall"),
    ("heading_f1", "            F1"),
    ("headline_accuracy", "headline    accuracy"),
    ("boilerplate_precision", "boilerplate precision"),
    ("boilerplate_recall", "            recall"),
    ("quotes_lost", "            quotes lost"),
    ("people_precision", "people      precision"),
    ("people_recall", "            recall"),
)


def _cell(value: float | None) -> str:
    if value is None:
        return f"{'-':>8}"
    return f"{value:>8d}" if isinstance(value, int) else f"{value:>8.3f}"


def format_table(report: Report) -> str:
    """The report as a plain-text table, one column per language and one overall."""
    columns = [*report.by_lang.items(), ("all", report.overall)]
    measures = [(name, score.measures()) for name, score in columns]
    width = max(len(label) for _, label in _ROWS) + 2
    lines = ["measure".ljust(width) + "".join(f"{name:>8}" for name, _ in measures)]
    lines.append("-" * len(lines[0]))
    for key, label in _ROWS:
        cells = "".join(_cell(m[key]) for _, m in measures)
        lines.append(label.ljust(width) + cells)
    counts = "".join(f"{score.articles:>8}" for _, score in columns)
    lines.append("articles".ljust(width) + counts)
    return "\n".join(lines)
