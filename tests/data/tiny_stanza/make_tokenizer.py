"""Train the tiny Dutch stanza tokenizer shipped in this folder, on synthetic sentences.

The model only has to be real: stanza.Pipeline loads it from this folder with
download_method=None, the same way it loads downloaded models, so the tests
run StanzaAnnotator end to end without a download.  It is trained on
sentences made up below (Dutch news phrasing, names invented or public), in a
few minutes on one CPU core:

    python tests/data/tiny_stanza/make_tokenizer.py

writes nl/tokenize/synthetic.pt and resources.json next to this file.
"""

from __future__ import annotations

import json
import random
import shutil
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent

NAMES = [
    "Kim Yo-jong", "Moon Jae-in", "Kang Kyung-wha", "Lee Jae-myung", "Park Ji-won",
    "Choi Min-ho", "Han Duck-soo", "Jan de Vries", "Anna Bakker", "Pieter Jansen",
]
ORGS = ["Yonhap", "KCNA", "het Witte Huis", "de VN", "persbureau Belga", "de regering"]
PLACES = ["Seoul", "Pyongyang", "Washington", "Tokio", "Panmunjom", "Brussel", "Peking"]
VERBS = ["zei", "zegt", "meldde", "verklaarde", "benadrukte", "schreef", "grapte"]
CLAUSES = [
    "de gesprekken worden hervat",
    "er geen reden is tot paniek",
    "de raket in zee is geland",
    "het overleg constructief verliep",
    "de grens voorlopig dicht blijft",
    "we klaar zijn voor overleg",
    "dit pas het begin is",
]
ADVS = ["maandag", "gisteren", "vandaag", "later", "opnieuw", "woensdagavond"]


def words(text: str) -> list[tuple[str, bool]]:
    """(token, space after) for a sentence; punctuation is split off."""
    out: list[tuple[str, bool]] = []
    for chunk in text.split(" "):
        lead = ""
        while chunk and chunk[0] in "\"(":
            out.append((chunk[0], False))
            chunk = chunk[1:]
        trail: list[str] = []
        while chunk and chunk[-1] in ".,:\")?":
            trail.insert(0, chunk[-1])
            chunk = chunk[:-1]
        if chunk:
            out.append((chunk, not trail))
        out.extend((t, False) for t in trail)
        if out:
            out[-1] = (out[-1][0], True)
        del lead
    out[-1] = (out[-1][0], False)
    return out


def sentence(rng: random.Random) -> str:
    name, org, place = rng.choice(NAMES), rng.choice(ORGS), rng.choice(PLACES)
    verb, clause, adv = rng.choice(VERBS), rng.choice(CLAUSES), rng.choice(ADVS)
    templates = [
        f"{name} {verb} {adv} dat {clause}.",
        f'"{clause.capitalize()}", {verb} {name}.',
        f'{name} {verb}: "{clause.capitalize()}."',
        f"Volgens {org} {verb} {name} in {place} dat {clause}.",
        f"{name}, die {adv} in {place} was, {verb} dat {clause}.",
        f"In {place} {verb} {org} {adv} dat {clause}.",
        f"Waarom {verb} {name} dat {clause}?",
        f"{name} (62) {verb} in {place} dat {clause}.",
    ]
    text = rng.choice(templates)
    return text[0].upper() + text[1:]


def paragraph(rng: random.Random) -> tuple[str, str]:
    """Text and character labels: 1 ends a token, 2 ends a sentence, 0 otherwise."""
    text: list[str] = []
    labels: list[str] = []
    for n in range(rng.randint(1, 4)):
        if n:
            text.append(" ")
            labels.append("0")
        tokens = words(sentence(rng))
        for i, (token, space) in enumerate(tokens):
            text.append(token)
            end = "2" if i == len(tokens) - 1 else "1"
            labels.append("0" * (len(token) - 1) + end)
            if space:
                text.append(" ")
                labels.append("0")
    return "".join(text), "".join(labels)


def write(folder: Path, name: str, rng: random.Random, count: int) -> tuple[Path, Path]:
    pairs = [paragraph(rng) for _ in range(count)]
    txt, lab = folder / f"{name}.txt", folder / f"{name}.labels"
    txt.write_text("\n\n".join(p[0] for p in pairs) + "\n", encoding="utf-8")
    lab.write_text("\n\n".join(p[1] for p in pairs) + "\n", encoding="utf-8")
    return txt, lab


def main() -> None:
    import torch
    from stanza.models import tokenizer

    torch.set_num_threads(1)

    rng = random.Random(20190701)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        train_txt, train_lab = write(folder, "train", rng, 400)
        dev_txt, dev_lab = write(folder, "dev", rng, 40)
        (folder / "mwt.json").write_text("[]", encoding="utf-8")  # Dutch has no MWTs
        tokenizer.main(
            [
                "--txt_file", str(train_txt), "--label_file", str(train_lab),
                "--dev_txt_file", str(dev_txt), "--dev_label_file", str(dev_lab),
                "--conll_file", str(folder / "dev.conllu"),
                "--mwt_json_file", str(folder / "mwt.json"),
                "--lang", "nl", "--shorthand", "nl_synthetic",
                "--emb_dim", "16", "--hidden_dim", "32", "--max_seqlen", "100",
                "--steps", "600", "--eval_steps", "100", "--batch_size", "16",
                "--save_dir", str(folder), "--save_name", "synthetic.pt",
                "--cpu", "--seed", "7",
            ]
        )
        target = HERE / "nl" / "tokenize"
        target.mkdir(parents=True, exist_ok=True)
        shutil.copy(folder / "synthetic.pt", target / "synthetic.pt")
    resources = {
        "nl": {
            "lang_name": "Dutch",
            "tokenize": {"synthetic": {}},
            "default_processors": {"tokenize": "synthetic"},
            "packages": {"default": {"tokenize": "synthetic"}},
        }
    }
    (HERE / "resources.json").write_text(json.dumps(resources, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
