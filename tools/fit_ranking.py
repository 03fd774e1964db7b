"""Fit the weights of the pronoun ranking (``src/koreanews/speech/ranking_weights.json``).

    python tools/fit_ranking.py TRAIN.jsonl [...] -o src/koreanews/speech/ranking_weights.json
    python tools/fit_ranking.py TRAIN.jsonl [...] --folds 5     # cross-validated accuracy

Needs the development extra: ``pip install -e '.[fit]'`` (scikit-learn).

Every training article is parsed while koreanews records, for each pronoun source
it ranks ("he said", "zei ze"), the candidate persons and their features
(:data:`koreanews.speech.ranking.FEATURES`).  A quotation matched with gold (the rules of
``koreanews eval``) labels its candidates: the one whose name is the gold speaker
is right.  A logistic regression over the candidates of the decisions where the
right one was among them gives the weights.  Only training data may be given:
PolNeAR ``train.jsonl`` and Dutch gold the rules were written on; records set
aside by ``tools/goldsplit.py`` are always left out, ``polnear/dev.jsonl`` refused.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from goldsplit import training_records

import koreanews
from koreanews import _trace
from koreanews.evaluate import _direct_pairs, _indirect_pairs
from koreanews.speech.ranking import FEATURES

#: One decision: (article id, [(features, right?)]).
Decision = tuple[str, list[tuple[list[float], bool]]]


def decisions(paths: list[str]) -> list[Decision]:
    out: list[Decision] = []
    for g in training_records(paths):
        with _trace.collecting() as notes:
            article = koreanews.parse(g.text)
        ranked = {pos: cands for kind, pos, cands in notes.records if kind == "pronoun"}
        if not ranked:
            continue
        pairs = [*_direct_pairs(g, article)[0], *_indirect_pairs(g, article)[0]]
        used: set[int] = set()
        for gold, quote in pairs:
            span = quote.source_span
            speaker = gold.get("speaker")
            if span is None or span.start not in ranked or span.start in used or not speaker:
                continue
            used.add(span.start)
            wanted = speaker.casefold()
            rows = [
                ([feats.get(name, 0.0) for name in FEATURES], name.casefold() == wanted)
                for name, feats in ranked[span.start].items()
            ]
            if any(ok for _, ok in rows) and len(rows) > 1:
                out.append((g.id, rows))
    return out


def fit(train: list[Decision]) -> dict[str, float]:
    from sklearn.linear_model import LogisticRegression

    x = [f for _, rows in train for f, _ in rows]
    y = [int(ok) for _, rows in train for _, ok in rows]
    model = LogisticRegression(C=1.0, fit_intercept=False, max_iter=2000)
    model.fit(x, y)
    return {name: round(float(w), 4) for name, w in zip(FEATURES, model.coef_[0], strict=True)}


def accuracy(weights: dict[str, float], test: list[Decision]) -> float:
    right = 0
    for _, rows in test:
        scores = [sum(weights[n] * v for n, v in zip(FEATURES, f, strict=True)) for f, _ in rows]
        best = max(range(len(rows)), key=lambda k: (scores[k], -k))
        right += rows[best][1]
    return right / len(test) if test else 0.0


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("gold", nargs="+")
    ap.add_argument("-o", "--output")
    ap.add_argument("--folds", type=int, default=0)
    args = ap.parse_args()
    data = decisions(args.gold)
    print(f"{len(data)} ranked pronoun decisions with the right speaker among the candidates")
    rule = dict.fromkeys(FEATURES, 0.0) | {"rule_choice": 1.0}
    print(f"the subject-first rule alone: accuracy {accuracy(rule, data):.3f}")
    if args.folds:
        ids = sorted({i for i, _ in data})
        for k in range(args.folds):
            test_ids = set(ids[k :: args.folds])
            train = [d for d in data if d[0] not in test_ids]
            test = [d for d in data if d[0] in test_ids]
            w = fit(train)
            print(f"fold {k + 1}: {len(test)} decisions, accuracy {accuracy(w, test):.3f}")
    if args.output:
        weights = fit(data)
        table = {"pronoun": weights}
        Path(args.output).write_text(json.dumps(table, indent=1) + "\n", "utf-8")
        print(f"training accuracy {accuracy(weights, data):.3f}; weights: {weights}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
