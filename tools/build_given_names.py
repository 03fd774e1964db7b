"""Build ``src/koreanews/data/given_names.tsv`` from the 1990 US Census name lists.

    pip install names==0.3.0        # the lists ship in this package (the data: public domain)
    python tools/build_given_names.py

The US Census Bureau's 1990 frequency lists of first names (``dist.male.first``,
``dist.female.first``) are works of the US government, in the public domain.  Each
name with a share of at least ``--min-share`` percent of its sex is kept, with the
sex it is given to more than three times as often as the other (``m``, ``f``) or
``-`` when neither dominates.  Names that are also common English words (``will``,
``may``, ``june`` ...) are left out: a capital on them says too little.
"""

from __future__ import annotations

import argparse
from importlib import resources
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "src" / "koreanews" / "data" / "given_names.tsv"

#: First names that are as often common words at the start of a sentence or in a
#: headline ("Will the ...", "May 4", "Rich countries").
_WORDS = """will may june april august rose grant hope joy faith rich bill ray dean chance
    major king page price love young long sharp gay guy pat art sunny summer autumn
    winter dawn star honey iris ivy lily daisy holly violet ruby pearl crystal amber
    jewel angel precious destiny harmony heaven trinity sky storm rocky rusty dusty
    sandy misty brandy candy ginger cherry sugar penny merry carol noel easter christian
    miles freeman young else an ed al mac don son la le lee van von ma so my
    tom jack frank earl duke drew lane dale gale glen hunter chase mason tucker cash
    royal prince marshall sterling justice"""
WORDS = frozenset(_WORDS.split())


def read(name: str) -> dict[str, float]:
    text = resources.files("names").joinpath(name).read_text(encoding="ascii")
    out: dict[str, float] = {}
    for line in text.splitlines():
        parts = line.split()
        if len(parts) >= 2:
            out[parts[0].capitalize()] = float(parts[1])
    return out


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--min-share", type=float, default=0.002)
    args = ap.parse_args()
    male, female = read("dist.male.first"), read("dist.female.first")
    rows = []
    for name in sorted(set(male) | set(female)):
        m, f = male.get(name, 0.0), female.get(name, 0.0)
        if max(m, f) < args.min_share or name.casefold() in WORDS or len(name) < 3:
            continue
        sex = "m" if m > 3 * f else "f" if f > 3 * m else "-"
        rows.append(f"{name}\t{sex}")
    OUT.parent.mkdir(parents=True, exist_ok=True)
    header = (
        "# First names of the 1990 US Census (public domain), with the sex they are given\n"
        "# to (m, f, or - for both); built by tools/build_given_names.py\n"
    )
    OUT.write_text(header + "\n".join(rows) + "\n", encoding="utf-8")
    print(f"{len(rows)} names written to {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
