"""Score the parser against gold annotation files (the rules of the gold ``FORMAT.md``).

Measures, micro-averaged per language and overall:

* **quotes**: precision, recall and F1 of ``direct`` + ``partial`` quotes; texts
  match after collapsing whitespace and stripping spaces and ``, . ; : ! ?`` from
  both ends; predictions that match a gold ``term`` count neither way.
* **speaker**: share of matched quotes whose speaker equals the gold speaker
  (case-insensitive; ``null`` must match ``null``).
* **kind**: share of matched ``direct`` + ``partial`` quotes whose kind equals the
  gold kind.  **cue**: share of matched quotes (direct, partial and indirect)
  whose cue equals the gold cue, or one contains the other as whole words
  (case-insensitive, whitespace collapsed; ``null`` must match ``null``).
* **indirect**: a predicted indirect quote matches a gold one when at least half
  of the gold clause's words are in it; precision, recall, F1, speaker accuracy,
  and span precision: over matched pairs, the share of the predicted clause's
  words that are in the gold clause.
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

A record with an ``annotated`` list (``["date", "quotes"]``) is measured only on
the fields it lists.  Beside the table, the speakers of matched quotes are
counted per attribution rule and per resolver (:attr:`Quote.evidence
<koreanews.Quote.evidence>`): :class:`EvidenceScore`.
"""

from __future__ import annotations

import json
import os
import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

import attrs

from .exceptions import GoldFormatError
from .header import parse_header
from .models import Article, BlockKind, Quote, QuoteKind
from .pipeline import parse

__all__ = ["EvidenceScore", "GoldArticle", "Score", "evaluate", "format_table", "load_gold"]

_SPACE = re.compile(r"\s+")
_WORD = re.compile(r"\w+")
_STRIP = " ,.;:!?"
_REQUIRED = ("id", "text", "quotes")
#: The blocks that hold article text.
_CONTENT = (BlockKind.PARAGRAPH, BlockKind.HEADLINE, BlockKind.HEADING)

#: The fields a record's ``annotated`` list may name (FORMAT.md).
ANNOTATABLE = ("date", "headings", "boilerplate", "quotes", "people")


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
    #: The fields that were annotated, when the record says (``("date", "quotes")``);
    #: None: all of them.  The measures of the other fields skip the record.
    annotated: tuple[str, ...] | None = None

    def measures(self, field: str) -> bool:
        """True when the record was annotated for *field* (one of :data:`ANNOTATABLE`)."""
        return self.annotated is None or field in self.annotated


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
        annotated = d.get("annotated")
        if annotated is not None and (
            not isinstance(annotated, list) or any(a not in ANNOTATABLE for a in annotated)
        ):
            raise GoldFormatError(
                f"'annotated' must be a list of field names out of {', '.join(ANNOTATABLE)}, "
                f"got {annotated!r}",
                path=name,
                line=number,
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
                annotated=None if annotated is None else tuple(annotated),
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


def _same_cue(gold: str | None, pred: str | None) -> bool:
    """Equal, or one holds the other as whole words (case-insensitive); null matches null."""
    g = _collapse(gold).casefold() if gold else ""
    p = _collapse(pred).casefold() if pred else ""
    if not g or not p:
        return not g and not p
    return g == p or _holds_words(g, p) or _holds_words(p, g)


def _holds_words(outer: str, inner: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(inner)}(?!\w)", outer) is not None


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
    # kind and cue of matched quotes, and how far predicted indirect clauses run
    kind_ok: int = 0
    cue_ok: int = 0
    cue_n: int = 0
    indirect_words: int = 0
    indirect_words_in_gold: int = 0
    date_ok: int = 0
    date_n: int = 0
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
            "indirect_span_precision": ratio(self.indirect_words_in_gold, self.indirect_words),
            "kind_accuracy": ratio(self.kind_ok, self.quote_tp),
            "cue_accuracy": ratio(self.cue_ok, self.cue_n),
            "date_accuracy": ratio(self.date_ok, self.date_n),
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


def _words_in_gold(gold_text: str, pred_text: str) -> tuple[int, int]:
    """The predicted clause's words, and how many of them the gold clause has.

    Each gold word counts as often as the gold clause has it, so a clause that
    runs on into the next sentence does not score on its repeated "de" or "the".
    """
    pred_words = Counter(_words(pred_text))
    return sum(pred_words.values()), sum((pred_words & Counter(_words(gold_text))).values())


Pairs = list[tuple[Mapping[str, Any], Quote]]


def _direct_pairs(gold: GoldArticle, article: Article) -> tuple[Pairs, int, int]:
    """Matched direct + partial (gold, predicted) quotes, the predictions, the gold ones."""
    gold_q = [q for q in gold.quotes if q.get("kind") in ("direct", "partial")]
    gold_terms = {_norm(q["text"]) for q in gold.quotes if q.get("kind") == "term"}
    pred_q = [q for q in article.quotes if q.kind in (QuoteKind.DIRECT, QuoteKind.PARTIAL)]
    pred_q = [
        q
        for q in pred_q
        if _norm(q.text) not in gold_terms or any(_norm(g["text"]) == _norm(q.text) for g in gold_q)
    ]
    pairs = _match(gold_q, pred_q, lambda g, p: _norm(g["text"]) == _norm(p.text))
    return [(gold_q[gi], pred_q[pi]) for gi, pi in pairs], len(pred_q), len(gold_q)


def _indirect_pairs(gold: GoldArticle, article: Article) -> tuple[Pairs, int, int]:
    """Matched indirect (gold, predicted) quotes, the predictions, the gold ones."""
    gold_i = [q for q in gold.quotes if q.get("kind") == "indirect"]
    pred_i = [q for q in article.quotes if q.kind is QuoteKind.INDIRECT]
    pairs = _match(gold_i, pred_i, lambda g, p: _indirect_match(g["text"], p.text))
    return [(gold_i[gi], pred_i[pi]) for gi, pi in pairs], len(pred_i), len(gold_i)


def score_article(gold: GoldArticle, article: Article) -> Score:
    """Compare one parsed article with its gold record."""
    s = Score(articles=1)
    s.date_ok = int((article.date.isoformat() if article.date else None) == gold.date)
    s.date_n = 1

    # direct + partial quotes
    pairs, s.quote_pred, s.quote_gold = _direct_pairs(gold, article)
    s.quote_tp = len(pairs)
    s.speaker_ok = sum(_same_speaker(g.get("speaker"), _speaker_name(p)) for g, p in pairs)
    s.kind_ok = sum(g.get("kind") == p.kind.value for g, p in pairs)

    # indirect speech
    ipairs, s.indirect_pred, s.indirect_gold = _indirect_pairs(gold, article)
    s.indirect_tp = len(ipairs)
    s.indirect_speaker_ok = sum(
        _same_speaker(g.get("speaker"), _speaker_name(p)) for g, p in ipairs
    )
    for g, p in ipairs:
        words, in_gold = _words_in_gold(g["text"], p.text)
        s.indirect_words += words
        s.indirect_words_in_gold += in_gold

    # cues of every matched quote (terms are not matched)
    s.cue_n = len(pairs) + len(ipairs)
    s.cue_ok = sum(_same_cue(g.get("cue"), p.cue) for g, p in (*pairs, *ipairs))

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
    if gold.measures("boilerplate"):
        _score_lost(s, gold, article, pred_b)

    # people
    gold_p = [p.casefold() for p in gold.people]
    pred_p = [e.name.casefold() for e in article.people]
    s.people_tp = len(_match(gold_p, pred_p, lambda g, p: g == p))
    s.people_pred, s.people_gold = len(pred_p), len(gold_p)
    return _only_annotated(s, gold)


#: Which annotated field each count of a :class:`Score` measures, by the start of its
#: name; every other count but ``articles`` measures the quotes.
_FIELD_PREFIXES = (
    ("date", ("date_",)),
    ("headings", ("heading_", "headline_")),
    ("boilerplate", ("boiler_",)),
    ("people", ("people_",)),
)


def _field_of(count: str) -> str | None:
    if count == "articles":
        return None
    for field, prefixes in _FIELD_PREFIXES:
        if count.startswith(prefixes):
            return field
    return "quotes"


def _only_annotated(s: Score, gold: GoldArticle) -> Score:
    """*s* with the counts of the fields *gold* was not annotated for set to zero."""
    if gold.annotated is None:
        return s
    for f in attrs.fields(Score):
        field = _field_of(f.name)
        if field is not None and not gold.measures(field):
            setattr(s, f.name, 0)
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


def _gold_headline(gold: GoldArticle) -> str | None:
    """The record's first heading if it is the article's headline, else None.

    It is when nothing but whitespace and gold boilerplate stands before it in the body
    (furniture above the title, a "LIVE:" label glued to it).
    """
    if not gold.headings or not gold.measures("headings"):
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


# -- speakers by rule and by resolver ------------------------------------------------

#: The row of the quotes whose :attr:`~koreanews.Quote.evidence` is None (or names no rule).
NO_EVIDENCE = "(none)"


@attrs.define
class EvidenceScore:
    """How right the speakers of matched quotes are, per rule and per resolver.

    Every matched quote (direct, partial and indirect) is counted under the
    rule and under the resolver of its :attr:`Quote.evidence
    <koreanews.Quote.evidence>` (:data:`NO_EVIDENCE` when it has none); for
    each name, ``n`` is the matched quotes it produced and ``ok`` those with
    the gold speaker.  Add scores to pool them.
    """

    #: rule -> [n, ok]
    rules: dict[str, list[int]] = attrs.field(factory=dict)
    #: resolver -> [n, ok]
    resolvers: dict[str, list[int]] = attrs.field(factory=dict)
    #: All matched quotes: the denominator of recall.
    matched: int = 0

    def add(self, quote: Quote, right: bool) -> None:
        """Count one matched *quote*; *right*: it has the gold speaker."""
        evidence = quote.evidence
        rule = (evidence.rule if evidence else None) or NO_EVIDENCE
        resolver = (evidence.resolver if evidence else None) or NO_EVIDENCE
        for table, name in ((self.rules, rule), (self.resolvers, resolver)):
            counts = table.setdefault(name, [0, 0])
            counts[0] += 1
            counts[1] += int(right)
        self.matched += 1

    def __add__(self, other: EvidenceScore) -> EvidenceScore:
        total = EvidenceScore(matched=self.matched + other.matched)
        for mine, theirs, into in (
            (self.rules, other.rules, total.rules),
            (self.resolvers, other.resolvers, total.resolvers),
        ):
            for table in (mine, theirs):
                for name, (n, ok) in table.items():
                    counts = into.setdefault(name, [0, 0])
                    counts[0] += n
                    counts[1] += ok
        return total

    def rows(self, by: str) -> list[tuple[str, int, float, float]]:
        """``(name, n, precision, recall)`` for *by* ``"rule"`` or ``"resolver"``, most used first.

        Precision is the share of the name's quotes with the right speaker;
        recall the right speakers it produced over all matched quotes.
        """
        table = self.rules if by == "rule" else self.resolvers
        return [
            (name, n, ok / n, ok / self.matched)
            for name, (n, ok) in sorted(table.items(), key=lambda kv: (-kv[1][0], kv[0]))
        ]

    def to_dict(self) -> dict[str, Any]:
        """``{"matched": N, "rules": {name: {n, precision, recall}}, "resolvers": {...}}``."""

        def section(by: str) -> dict[str, dict[str, float | int]]:
            return {
                name: {"n": n, "precision": precision, "recall": recall}
                for name, n, precision, recall in self.rows(by)
            }

        return {"matched": self.matched, "rules": section("rule"), "resolvers": section("resolver")}


def score_evidence(gold: GoldArticle, article: Article) -> EvidenceScore:
    """Count the matched quotes of *article* by rule and resolver (see :class:`EvidenceScore`)."""
    score = EvidenceScore()
    if not gold.measures("quotes"):
        return score
    for pairs in (_direct_pairs(gold, article)[0], _indirect_pairs(gold, article)[0]):
        for g, p in pairs:
            score.add(p, _same_speaker(g.get("speaker"), _speaker_name(p)))
    return score


@attrs.frozen
class Report:
    """The scores of an evaluation: per language, overall and per article."""

    by_lang: Mapping[str, Score]
    overall: Score
    by_article: Mapping[str, Score]
    #: Speakers of matched quotes per rule and per resolver, over all articles.
    evidence: EvidenceScore = attrs.field(factory=EvidenceScore)
    #: The same, per language.
    evidence_by_lang: Mapping[str, EvidenceScore] = attrs.field(factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {
            "overall": self.overall.measures(),
            "by_lang": {k: v.measures() for k, v in self.by_lang.items()},
            "counts": {k: attrs.asdict(v) for k, v in self.by_lang.items()},
            "articles": {k: v.measures() for k, v in self.by_article.items()},
            "evidence": {
                "overall": self.evidence.to_dict(),
                "by_lang": {k: v.to_dict() for k, v in self.evidence_by_lang.items()},
            },
        }


def evaluate(gold: Iterable[GoldArticle], *, parser: Callable[[str], Article] = parse) -> Report:
    """Parse every gold text with *parser* and score it against the gold record."""
    by_lang: dict[str, Score] = {}
    by_article: dict[str, Score] = {}
    evidence: dict[str, EvidenceScore] = {}
    for record in gold:
        article = parser(record.text)
        score = score_article(record, article)
        by_article[record.id] = score
        by_lang[record.lang] = by_lang.get(record.lang, Score()) + score
        evidence[record.lang] = evidence.get(record.lang, EvidenceScore()) + score_evidence(
            record, article
        )
    overall = sum(by_lang.values(), Score())
    return Report(
        dict(sorted(by_lang.items())),
        overall,
        by_article,
        sum(evidence.values(), EvidenceScore()),
        dict(sorted(evidence.items())),
    )


_ROWS = (
    ("quote_precision", "quotes      precision"),
    ("quote_recall", "            recall"),
    ("quote_f1", "            F1"),
    ("speaker_accuracy", "speaker     accuracy"),
    ("kind_accuracy", "kind        accuracy"),
    ("cue_accuracy", "cue         accuracy"),
    ("indirect_precision", "indirect    precision"),
    ("indirect_recall", "            recall"),
    ("indirect_f1", "            F1"),
    ("indirect_speaker_accuracy", "            speaker accuracy"),
    ("indirect_span_precision", "            span precision"),
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
    lines.extend(_evidence_table(report.evidence))
    return "\n".join(lines)


def _evidence_table(score: EvidenceScore) -> list[str]:
    """The second section: the speakers of matched quotes, per rule and per resolver."""
    lines = ["", f"speakers of matched quotes ({score.matched}), all languages"]
    for by in ("rule", "resolver"):
        rows = score.rows(by)
        width = max([len(by), *(len(name) for name, *_ in rows)]) + 2
        header = by.ljust(width) + f"{'n':>8}{'precision':>11}{'recall':>8}"
        lines += ["", header, "-" * len(header)]
        for name, n, precision, recall in rows:
            lines.append(name.ljust(width) + f"{n:>8}{precision:>11.3f}{recall:>8.3f}")
        if not rows:
            lines.append("(no matched quotes)")
    return lines
