"""Build ``src/koreanews/data/given_names_world.tsv`` from gender-guesser's name dictionary.

    pip download --no-deps gender-guesser==0.4.0 && unzip gender_guesser-0.4.0-*.whl
    python tools/build_world_given_names.py gender_guesser/data/nam_dict.txt

``nam_dict.txt`` (Jörg Michael, 2007-2008) lists about 48,000 first names with their
sex and a frequency digit (1 = rare to D = extremely common) for each of 55 countries.
Its data are under the GNU Free Documentation License 1.2 or later, and so is the file
this script derives from it (the header says so); gender-guesser's code (GPL) is not
used, and nothing of the package runs at parse time.

Only names that are common (a least frequency digit per country) in a country whose
people our news names often are kept: the Netherlands, Belgium, East Frisia, Germany,
France, Poland, Turkey, the Arab world, or the countries given by ``--countries``.
English first names come from the US Census list (``tools/build_given_names.py``), so
Britain, Ireland and the US are left out here.  A name's sex is the one its lines give
more than three times as often, counting each country's frequency digit as a power of
two (``m``, ``f``, or ``-`` for both).  Names that are also common Dutch or English
words at a sentence start ("Dan", "Wil", "Mei", "Brit", "Noor") are left out: a
capital on them says too little.
"""

from __future__ import annotations

import argparse
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "src" / "koreanews" / "data" / "given_names_world.tsv"

#: The dictionary's countries in the order of its frequency columns (from column 31).
_COUNTRIES = """great_britain ireland usa italy malta portugal spain france belgium luxembourg
    the_netherlands east_frisia germany austria swiss iceland denmark norway sweden finland
    estonia latvia lithuania poland czech_republic slovakia hungary romania bulgaria
    bosnia croatia kosovo macedonia montenegro serbia slovenia albania greece russia belarus
    moldova ukraine armenia azerbaijan georgia the_stans turkey arabia israel china india
    japan korea vietnam other_countries"""
COUNTRIES = _COUNTRIES.split()

#: Each country with the least frequency digit a name must reach there: the Dutch
#: language area counts names that are rarer elsewhere.
_DEFAULT = "the_netherlands:3 belgium:3 east_frisia:3 germany:5 france:5 poland:5 turkey:5 arabia:5"
DEFAULT_COUNTRIES = _DEFAULT.split()

#: First names that are as often a common Dutch or English word at the start of a
#: sentence or in a headline; the hand-kept lists in ``koreanews.names`` may still
#: hold some of them.
_WORDS = """dan wil mag kan mei juni juli maart mars zon ster hoop vrede roos iris lente
    winter zomer storm engel noor brit fries prins koning hertog graaf heer vorst ben zeg
    hier daar even ook om tot door bij dus toch nog al als een het des der den ter ten
    van von de la le du di da del dos das bin ibn abu el al ben mit am an in im so
    will may june april august rose grant hope joy faith rich bill ray dean chance major
    king page price love young long sharp guy art sunny summer autumn dawn star sky
    angel merry carol christian miles freeman else ed mac don son lee ma my
    sterling justice royal prince marshall hunter chase mason lane dale glen drew
    duke earl frank mark bob kim jo sun moon rain gift blue gold silver golden
    china india asia europa america paris london berlin roma said can carry marry lies
    constant desire harm joke hero mine tiny tea jihad alien hay rim ward ant mat wolf
    floor rein ton toon elke trees dik heide leen riet roman lieve lama"""
WORDS = frozenset(_WORDS.split())

_MALE = {"M": 1.0, "1M": 1.0, "?M": 0.75, "?": 0.5, "?F": 0.25}


def read(path: Path, countries: list[str]) -> dict[str, tuple[float, float]]:
    """(male, female) weight of each name common in one of *countries* ("name:digit")."""
    pairs = [c.partition(":") for c in countries]
    columns = [COUNTRIES.index(c) for c, _, _ in pairs]
    floors = [int(d or "1", 16) for _, _, d in pairs]
    out: dict[str, tuple[float, float]] = {}
    common: set[str] = set()
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.rstrip("\r")
        if not line or line[0] in "#=" or len(line) < 31 or line[29] == "+":
            continue
        code, name = line.split()[:2]
        if "+" in name or not name.replace("-", "").replace("'", "").isalpha():
            continue
        digits = [line[30 + i] if 30 + i < len(line) else " " for i in columns]
        freqs = [int(d, 16) if d in "0123456789ABCDEF" else 0 for d in digits]
        if any(f >= floor for f, floor in zip(freqs, floors, strict=True)):
            common.add(name)
        weight = sum(2.0**f for f in freqs if f)
        male = _MALE.get(code, 0.0)
        m, f = out.get(name, (0.0, 0.0))
        out[name] = (m + weight * male, f + weight * (1.0 - male))
    return {name: out[name] for name in common}


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("nam_dict", type=Path, help="gender_guesser/data/nam_dict.txt")
    ap.add_argument("--countries", nargs="*", default=DEFAULT_COUNTRIES, help="country:digit")
    args = ap.parse_args()
    rows = []
    for name, (m, f) in sorted(read(args.nam_dict, args.countries).items()):
        if name.casefold() in WORDS or len(name) < 3:
            continue
        sex = "m" if m > 3 * f else "f" if f > 3 * m else "-"
        rows.append(f"{name}\t{sex}")
    header = (
        "# First names common in the Netherlands, Belgium, East Frisia, Germany, France,\n"
        "# Poland, Turkey and the Arab world, with the sex they are given to (m, f, or - for\n"
        "# both); built by tools/build_world_given_names.py from nam_dict.txt\n"
        "# (c) 2007-2008 Jörg Michael, as shipped in gender-guesser 0.4.0.\n"
        "# This file is subject to the GNU Free Documentation License, Version 1.2 or any\n"
        "# later version published by the Free Software Foundation; with no Invariant\n"
        "# Sections, no Front-Cover Texts, and no Back-Cover Texts.  It is a modified\n"
        "# version of nam_dict.txt (a selection of its names, one sex per name) and is\n"
        "# released under the same licence: https://www.gnu.org/licenses/fdl-1.2.html\n"
        "# (a copy: GFDL-1.2.txt beside this file).\n"
    )
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(header + "\n".join(rows) + "\n", encoding="utf-8")
    print(f"{len(rows)} names written to {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
