"""Fit the confidence table of quotation evidence (``src/koreanews/speech/evidence_weights.json``).

    python tools/fit_confidence.py GOLD.jsonl [...] -o src/koreanews/speech/evidence_weights.json

Parses every training record, matches its quotations with the gold ones (the rules
of ``koreanews eval``) and counts, per rule, per resolver and per (rule, resolver)
pair, how many matched quotations got the right speaker.  Only training data may
be given: PolNeAR ``train.jsonl`` and the Dutch gold the rules were written on.
Records set aside by ``tools/goldsplit.py`` are always left out.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from goldsplit import training_records

import koreanews
from koreanews.evaluate import _direct_pairs, _indirect_pairs, _same_speaker


def _bare(rule: str | None) -> str:
    return "" if rule is None else rule.split(":", 1)[-1]


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("gold", nargs="+")
    ap.add_argument("-o", "--output", required=True)
    args = ap.parse_args()
    right: Counter[str] = Counter()
    seen: Counter[str] = Counter()
    for g in training_records(args.gold):
        article = koreanews.parse(g.text)
        pairs = [*_direct_pairs(g, article)[0], *_indirect_pairs(g, article)[0]]
        for gold, quote in pairs:
            ev = quote.evidence
            if ev is None:
                continue
            rule = _bare(ev.rule)
            resolver = ev.resolver or ("none" if quote.speaker is None else "?")
            ok = _same_speaker(
                gold.get("speaker"), None if quote.speaker is None else quote.speaker.name
            )
            for key in ("all", f"r:{rule}", f"v:{resolver}", f"p:{rule}|{resolver}"):
                seen[key] += 1
                right[key] += ok
    table: dict[str, object] = {
        "all": [right["all"], seen["all"]],
        "rules": {k[2:]: [right[k], n] for k, n in sorted(seen.items()) if k.startswith("r:")},
        "resolvers": {k[2:]: [right[k], n] for k, n in sorted(seen.items()) if k.startswith("v:")},
        "pairs": {k[2:]: [right[k], n] for k, n in sorted(seen.items()) if k.startswith("p:")},
    }
    Path(args.output).write_text(json.dumps(table, indent=1, sort_keys=True) + "\n", "utf-8")
    print(f"{seen['all']} matched quotations, {right['all']} with the right speaker")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
