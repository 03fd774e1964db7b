"""tools/perturb.py: the metamorphic transformations keep a gold record scorable.

Every record here is written for these tests.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path
from types import ModuleType

import pytest

from koreanews.evaluate import GoldArticle

_TOOLS = Path(__file__).resolve().parent.parent / "tools"


@pytest.fixture(scope="module")
def perturb() -> ModuleType:
    if not (_TOOLS / "perturb.py").is_file():
        pytest.skip("tools/perturb.py is not part of this distribution")
    sys.path.insert(0, str(_TOOLS))
    try:
        import perturb as module
    finally:
        sys.path.pop(0)
    return module


_RECORD = GoldArticle(
    id="t-1",
    lang="nl",
    text=(
        " date 2024-03 Wethouder Anouk van der Horst opende het park. „Dit is een mooie dag”, "
        "zegt Van der Horst. Minister Kim Sun-hee was er ook. Volgens Kim is het park een "
        "voorbeeld. A. van der Horsts plan kostte een miljoen. Van der Horst zei dat er meer komt."
    ),
    date="2024-03",
    headings=(),
    boilerplate=(),
    quotes=(
        {
            "text": "Dit is een mooie dag",
            "kind": "direct",
            "speaker": "Anouk van der Horst",
            "cue": "zegt",
        },
        {
            "text": "is het park een voorbeeld",
            "kind": "indirect",
            "speaker": "Kim Sun-hee",
            "cue": "Volgens",
        },
        {
            "text": "er meer komt",
            "kind": "indirect",
            "speaker": "Anouk van der Horst",
            "cue": "zei",
        },
    ),
    people=("Anouk van der Horst", "Kim Sun-hee"),
)


def test_rename_replaces_every_form_of_a_name_in_text_and_gold(perturb: ModuleType) -> None:
    for seed in range(5):
        g = perturb.rename(_RECORD, random.Random(seed))
        assert "Horst" not in g.text
        assert "Kim" not in g.text
        assert "Sun-hee" not in g.text
        full, korean = g.people
        assert g.quotes[0]["speaker"] == g.quotes[2]["speaker"] == full
        assert g.quotes[1]["speaker"] == korean
        surname = full.split(" ", 1)[1]
        assert f"zegt {surname[:1].upper()}{surname[1:]}." in g.text
        assert korean.split()[0] in g.text.replace(korean, "")  # "Volgens Park"
        for q in g.quotes:
            if q["kind"] != "indirect":
                assert q["text"] in g.text


def test_verbs_swap_outside_quotation_marks_and_the_cue_follows(perturb: ModuleType) -> None:
    record = GoldArticle(
        id="t-2",
        lang="en",
        text=' date 2024-03 "He said nothing," Lisa Crane said. Crane says the plan works.',
        date="2024-03",
        headings=(),
        boilerplate=(),
        quotes=(
            {"text": "He said nothing,", "kind": "direct", "speaker": "Lisa Crane", "cue": "said"},
            {"text": "the plan works", "kind": "indirect", "speaker": "Lisa Crane", "cue": "says"},
        ),
        people=("Lisa Crane",),
    )
    g = perturb.transform(record, ["verbs"], 1)
    assert '"He said nothing,"' in g.text
    assert " Lisa Crane said." not in g.text
    assert "Crane says" not in g.text
    assert g.quotes[0]["cue"] in g.text
    assert g.quotes[1]["cue"] in g.text
