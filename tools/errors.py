"""List what the parser gets wrong on gold files, record by record (a development aid).

    python tools/errors.py GOLD.jsonl [...] [--only speakers,indirect,people,quotes,blocks]
        [--id ID]

Records set aside by ``tools/goldsplit.py`` are refused: their scores may be read
(``koreanews eval``), their errors may not.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from goldsplit import held_out

import koreanews
from koreanews.evaluate import (
    _collapse,
    _indirect_match,
    _match,
    _norm,
    _same_speaker,
    load_gold,
)
from koreanews.models import QuoteKind


def _who(q: koreanews.Quote) -> str | None:
    return None if q.speaker is None else q.speaker.name


def _why(q: koreanews.Quote) -> str:
    ev = getattr(q, "evidence", None)
    if ev is None:
        return ""
    return f" [{ev.rule}/{ev.resolver} {ev.confidence:.2f}]"


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("gold", nargs="+")
    ap.add_argument("--only", default="speakers,indirect,people,quotes,blocks")
    ap.add_argument("--id", action="append")
    args = ap.parse_args()
    only = set(args.only.split(","))
    for path in args.gold:
        aside = held_out(Path(path).resolve().parent)
        for g in load_gold(path):
            if g.id in aside:
                continue
            if args.id and g.id not in args.id:
                continue
            a = koreanews.parse(g.text)
            out: list[str] = []
            gq = [q for q in g.quotes if q.get("kind") in ("direct", "partial")]
            pq = [q for q in a.quotes if q.kind in (QuoteKind.DIRECT, QuoteKind.PARTIAL)]
            pairs = _match(gq, pq, lambda x, y: _norm(x["text"]) == _norm(y.text))
            if "speakers" in only:
                for gi, pi in pairs:
                    gs, p = gq[gi].get("speaker"), pq[pi]
                    if not _same_speaker(gs, _who(p)):
                        out.append(
                            f"  SPK gold={gs!r} pred={_who(p)!r} src={p.source_text!r} "
                            f"cue={p.cue!r}{_why(p)} | {p.text[:70]!r}"
                        )
            if "quotes" in only:
                got = {gi for gi, _ in pairs}
                used = {pi for _, pi in pairs}
                for gi, q in enumerate(gq):
                    if gi not in got:
                        out.append(f"  MISS {q['kind']} {q['text'][:80]!r}")
                terms = {_norm(q["text"]) for q in g.quotes if q.get("kind") == "term"}
                for pi, q in enumerate(pq):
                    if pi not in used and _norm(q.text) not in terms:
                        out.append(f"  EXTRA {q.kind.value} {q.text[:80]!r}")
            if "indirect" in only:
                gi_ = [q for q in g.quotes if q.get("kind") == "indirect"]
                pi_ = [q for q in a.quotes if q.kind is QuoteKind.INDIRECT]
                ip = _match(gi_, pi_, lambda x, y: _indirect_match(x["text"], y.text))
                for gi, pi in ip:
                    gs, p = gi_[gi].get("speaker"), pi_[pi]
                    if not _same_speaker(gs, _who(p)):
                        out.append(
                            f"  ISPK gold={gs!r} pred={_who(p)!r} src={p.source_text!r} "
                            f"cue={p.cue!r}{_why(p)} | {p.text[:60]!r}"
                        )
                got = {gi for gi, _ in ip}
                used = {pi for _, pi in ip}
                for n, q in enumerate(gi_):
                    if n not in got:
                        out.append(f"  IMISS spk={q.get('speaker')!r} {q['text'][:80]!r}")
                for n, q in enumerate(pi_):
                    if n not in used:
                        out.append(f"  IEXTRA spk={_who(q)!r} cue={q.cue!r} {q.text[:80]!r}")
            if "people" in only:
                gp = {p.casefold() for p in g.people}
                pp = {e.name.casefold() for e in a.people}
                if g.people or "annotated" not in g.text:
                    for e in a.people:
                        if e.name.casefold() not in gp and g.people:
                            out.append(f"  PEOPLE+ {e.name!r}")
                    for p in g.people:
                        if p.casefold() not in pp:
                            out.append(f"  PEOPLE- {p!r}")
            if "blocks" in only:
                ph = [_collapse(h) for h in a.headings]
                for h in g.headings:
                    if _collapse(h) not in ph:
                        out.append(f"  HEAD- {h[:80]!r}")
                gh = [_collapse(h) for h in g.headings]
                for h in ph:
                    if h not in gh and g.headings:
                        out.append(f"  HEAD+ {h[:80]!r}")
                pb = [_collapse(b) for b in (*a.boilerplate, *a.captions)]
                for b in g.boilerplate:
                    if not any(_collapse(b) in p for p in pb):
                        out.append(f"  BOIL- {b[:80]!r}")
                gb = [_collapse(b) for b in g.boilerplate]
                for p in pb:
                    if not any(p in x or x in p for x in gb) and g.boilerplate:
                        out.append(f"  BOIL+ {p[:80]!r}")
            if out:
                print(f"== {g.id}")
                print("\n".join(out))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
