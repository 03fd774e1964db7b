"""The set-aside third of the newer gold files: measured, never read.

The gold files that came after the first rules were written (``nl-dev-world``,
``nl-dev-domestic``, ``en-dev-world``) are split once, by a rule anyone can
re-run: within each file the records are ordered by the SHA-1 of their ``id`` and
the first third (rounded) is set aside.  Developers read the errors of the other
two thirds only; the set-aside records are scored, never inspected, and no weight
is fitted on them (``tools/fit_weights.py`` leaves them out).

    python tools/goldsplit.py ../shared/gold OUT/

writes ``OUT/<file>.visible.jsonl`` and ``OUT/<file>.heldout.jsonl`` for each split
file, so that ``koreanews eval`` can score the two parts apart.
"""

from __future__ import annotations

import hashlib
import json
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from koreanews.evaluate import GoldArticle

#: The gold files that are split (the first gold, seeds, nl-dev and en-dev, was read
#: in full before the split was made).
SPLIT_FILES = ("nl-dev-world.jsonl", "nl-dev-domestic.jsonl", "en-dev-world.jsonl")


def _order(record_id: str) -> str:
    return hashlib.sha1(record_id.encode("utf-8")).hexdigest()


def held_out_ids(ids: Iterable[str]) -> frozenset[str]:
    """The ids set aside among the *ids* of one gold file: a third of them, rounded."""
    ordered = sorted(ids, key=_order)
    return frozenset(ordered[: round(len(ordered) / 3)])


def held_out(gold_dir: Path) -> frozenset[str]:
    """Every set-aside id of the split files in *gold_dir*."""
    out: set[str] = set()
    for name in SPLIT_FILES:
        path = gold_dir / name
        if path.is_file():
            ids = [json.loads(line)["id"] for line in path.read_text("utf-8").splitlines() if line]
            out |= held_out_ids(ids)
    return frozenset(out)


def training_records(paths: Iterable[str]) -> Iterator[GoldArticle]:
    """The gold records of *paths* a weight may be fitted on: never PolNeAR dev (it is
    for measuring) and never a set-aside record."""
    from koreanews.evaluate import load_gold

    for path in paths:
        if "polnear/dev" in path.replace("\\", "/"):
            raise SystemExit("polnear/dev.jsonl is for measuring, never for fitting")
        aside = held_out(Path(path).resolve().parent)
        yield from (g for g in load_gold(path) if g.id not in aside)


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    gold_dir, out = Path(argv[0]), Path(argv[1])
    out.mkdir(parents=True, exist_ok=True)
    aside = held_out(gold_dir)
    for name in SPLIT_FILES:
        path = gold_dir / name
        if not path.is_file():
            continue
        lines = [line for line in path.read_text("utf-8").splitlines() if line.strip()]
        stem = name.removesuffix(".jsonl")
        parts: dict[str, list[str]] = {"visible": [], "heldout": []}
        for line in lines:
            parts["heldout" if json.loads(line)["id"] in aside else "visible"].append(line)
        for part, chosen in parts.items():
            (out / f"{stem}.{part}.jsonl").write_text("".join(x + "\n" for x in chosen), "utf-8")
        print(f"{name}: {len(parts['visible'])} visible, {len(parts['heldout'])} set aside")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
