"""Train the tiny Dutch stanza models shipped in this folder, on synthetic sentences.

The models only have to be real: stanza.Pipeline loads them from this folder
with download_method=None, exactly as it loads downloaded models, so the tests
run StanzaAnnotator end to end (tokenizer, tagger, identity lemmatizer,
dependency parser, named entities) without a download.  The sentences are
made up below from a few templates in the style of Dutch news (invented or
public names), with the UD analysis and entities each template has.  About
ten minutes on one CPU core:

    python tests/data/tiny_stanza/make_models.py [tokenize pos depparse ner]

writes nl/{tokenize,pretrain,pos,depparse,ner}/synthetic.pt and resources.json
next to this file (only the named models, when some are named).
"""

from __future__ import annotations

import json
import random
import shutil
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
PACKAGE = "synthetic"

NAMES = [
    ("Kim", "Yo-jong"),
    ("Moon", "Jae-in"),
    ("Kang", "Kyung-wha"),
    ("Lee", "Jae-myung"),
    ("Park", "Ji-won"),
    ("Choi", "Min-ho"),
    ("Han", "Duck-soo"),
    ("Yoon", "Suk-yeol"),
    ("Jan", "Bakker"),
    ("Anna", "Visser"),
]
ORGS = ["Yonhap", "KCNA", "Belga", "Reuters", "Kyodo"]
PLACES = ["Seoul", "Pyongyang", "Washington", "Tokio", "Panmunjom", "Brussel", "Peking"]
VERBS = ["zei", "zegt", "meldde", "verklaarde", "benadrukte", "schreef", "grapte", "stelde"]
ADVS = ["maandag", "gisteren", "vandaag", "later", "opnieuw", "woensdag"]
#: Clauses: (text, upos, head within the clause (0: the clause's root), deprel).
CLAUSES = [
    [
        ("de", "DET", 2, "det"),
        ("gesprekken", "NOUN", 4, "nsubj:pass"),
        ("worden", "AUX", 4, "aux:pass"),
        ("hervat", "VERB", 0, "root"),
    ],
    [
        ("de", "DET", 2, "det"),
        ("grens", "NOUN", 3, "nsubj"),
        ("blijft", "VERB", 0, "root"),
        ("dicht", "ADJ", 3, "xcomp"),
    ],
    [
        ("de", "DET", 2, "det"),
        ("raket", "NOUN", 6, "nsubj"),
        ("is", "AUX", 6, "aux"),
        ("in", "ADP", 5, "case"),
        ("zee", "NOUN", 6, "obl"),
        ("geland", "VERB", 0, "root"),
    ],
    [
        ("het", "DET", 2, "det"),
        ("overleg", "NOUN", 3, "nsubj"),
        ("verliep", "VERB", 0, "root"),
        ("constructief", "ADJ", 3, "xcomp"),
    ],
    [
        ("we", "PRON", 3, "nsubj"),
        ("zijn", "AUX", 3, "cop"),
        ("klaar", "ADJ", 0, "root"),
        ("voor", "ADP", 5, "case"),
        ("overleg", "NOUN", 3, "obl"),
    ],
    [
        ("dit", "PRON", 5, "nsubj"),
        ("is", "AUX", 5, "cop"),
        ("pas", "ADV", 5, "advmod"),
        ("het", "DET", 5, "det"),
        ("begin", "NOUN", 0, "root"),
    ],
]

NO_SPACE_BEFORE = {".", ",", ":", "?", ")"}


class Sentence:
    """Tokens with UD heads and relations, built left to right."""

    def __init__(self) -> None:
        self.rows: list[dict[str, object]] = []
        self.quotes = 0

    def add(self, text: str, upos: str, deprel: str = "dep", head: int = 0, ner: str = "O") -> int:
        if text == '"':
            self.quotes += 1
            closing = self.quotes % 2 == 0
        else:
            closing = False
        if self.rows and (text in NO_SPACE_BEFORE or closing):
            self.rows[-1]["space"] = False
        self.rows.append(
            {
                "text": text,
                "upos": upos,
                "head": head,
                "deprel": deprel,
                "ner": ner,
                "space": not (text == '"' and not closing) and text != "(",
            }
        )
        return len(self.rows)

    def attach(self, index: int, head: int, deprel: str | None = None) -> None:
        self.rows[index - 1]["head"] = head
        if deprel is not None:
            self.rows[index - 1]["deprel"] = deprel

    def name(self, rng: random.Random, deprel: str, head: int = 0) -> int:
        first, last = rng.choice(NAMES)
        n = self.add(first, "PROPN", deprel, head, "B-PER")
        self.add(last, "PROPN", "flat", n, "E-PER")
        return n

    def clause(self, rng: random.Random, capital: bool = False) -> int:
        base = len(self.rows)
        root = 0
        for i, (text, upos, head, deprel) in enumerate(rng.choice(CLAUSES)):
            word = text.capitalize() if capital and i == 0 else text
            index = self.add(word, upos, deprel, base + head if head else 0)
            if not head:
                root = index
        return root


def said_that(s: Sentence, rng: random.Random) -> None:
    subject = s.name(rng, "nsubj")
    verb = s.add(rng.choice(VERBS), "VERB", "root")
    s.attach(subject, verb)
    s.add(rng.choice(ADVS), "ADV", "advmod", verb)
    mark = s.add("dat", "SCONJ", "mark")
    root = s.clause(rng)
    s.attach(mark, root)
    s.attach(root, verb, "ccomp")
    s.add(".", "PUNCT", "punct", verb)


def quote_first(s: Sentence, rng: random.Random) -> None:
    opening = s.add('"', "PUNCT", "punct")
    root = s.clause(rng, capital=True)
    s.attach(root, 0, "root")
    s.attach(opening, root)
    s.add('"', "PUNCT", "punct", root)
    s.add(",", "PUNCT", "punct")
    verb = s.add(rng.choice(VERBS), "VERB", "parataxis", root)
    s.attach(verb - 1, verb)
    s.name(rng, "nsubj", verb)
    s.add(".", "PUNCT", "punct", root)


def colon_quote(s: Sentence, rng: random.Random) -> None:
    subject = s.name(rng, "nsubj")
    verb = s.add(rng.choice(VERBS), "VERB", "root")
    s.attach(subject, verb)
    colon = s.add(":", "PUNCT", "punct")
    opening = s.add('"', "PUNCT", "punct")
    root = s.clause(rng, capital=True)
    s.attach(root, verb, "ccomp")
    s.attach(colon, root)
    s.attach(opening, root)
    s.add(".", "PUNCT", "punct", root)
    s.add('"', "PUNCT", "punct", root)


def according_to(s: Sentence, rng: random.Random) -> None:
    case = s.add("Volgens", "ADP", "case")
    org = s.add(rng.choice(ORGS), "PROPN", "obl", ner="S-ORG")
    s.attach(case, org)
    verb = s.add(rng.choice(VERBS), "VERB", "root")
    s.attach(org, verb)
    s.name(rng, "nsubj", verb)
    place_case = s.add("in", "ADP", "case")
    place = s.add(rng.choice(PLACES), "PROPN", "obl", verb, "S-LOC")
    s.attach(place_case, place)
    mark = s.add("dat", "SCONJ", "mark")
    root = s.clause(rng)
    s.attach(mark, root)
    s.attach(root, verb, "ccomp")
    s.add(".", "PUNCT", "punct", verb)


def relative_clause(s: Sentence, rng: random.Random) -> None:
    subject = s.name(rng, "nsubj")
    comma = s.add(",", "PUNCT", "punct")
    who = s.add("die", "PRON", "nsubj")
    adv = s.add(rng.choice(ADVS), "ADV", "advmod")
    case = s.add("uit", "ADP", "case")
    place = s.add(rng.choice(PLACES), "PROPN", "obl", ner="S-LOC")
    s.attach(case, place)
    back = s.add("terugkwam", "VERB", "acl:relcl", subject)
    for i in (comma, who, adv, place):
        s.attach(i, back)
    s.add(",", "PUNCT", "punct", back)
    verb = s.add(rng.choice(VERBS), "VERB", "root")
    s.attach(subject, verb)
    mark = s.add("dat", "SCONJ", "mark")
    root = s.clause(rng)
    s.attach(mark, root)
    s.attach(root, verb, "ccomp")
    s.add(".", "PUNCT", "punct", verb)


def in_place(s: Sentence, rng: random.Random) -> None:
    case = s.add("In", "ADP", "case")
    place = s.add(rng.choice(PLACES), "PROPN", "obl", ner="S-LOC")
    s.attach(case, place)
    verb = s.add(rng.choice(VERBS), "VERB", "root")
    s.attach(place, verb)
    s.add(rng.choice(ORGS), "PROPN", "nsubj", verb, "S-ORG")
    s.add(rng.choice(ADVS), "ADV", "advmod", verb)
    mark = s.add("dat", "SCONJ", "mark")
    root = s.clause(rng)
    s.attach(mark, root)
    s.attach(root, verb, "ccomp")
    s.add(".", "PUNCT", "punct", verb)


def header(s: Sentence, rng: random.Random) -> None:
    root = s.add("date", "NOUN", "root")
    s.add(f"20{rng.randint(10, 25)}-0{rng.randint(1, 9)}", "NUM", "nummod", root)


TEMPLATES: list[Callable[[Sentence, random.Random], None]] = [
    said_that,
    quote_first,
    colon_quote,
    according_to,
    relative_clause,
    in_place,
]


def paragraph(rng: random.Random) -> list[Sentence]:
    sentences = []
    if rng.random() < 0.3:
        s = Sentence()
        header(s, rng)
        sentences.append(s)
    for _ in range(rng.randint(1, 4)):
        s = Sentence()
        rng.choice(TEMPLATES)(s, rng)
        sentences.append(s)
    return sentences


def tokenizer_text(paragraphs: list[list[Sentence]]) -> tuple[str, str]:
    """Text and character labels: 1 ends a token, 2 ends a sentence, 0 otherwise."""
    texts, labels = [], []
    for sentences in paragraphs:
        text: list[str] = []
        label: list[str] = []
        for n, s in enumerate(sentences):
            if n:
                text.append(" ")
                label.append("0")
            for i, row in enumerate(s.rows):
                word = str(row["text"])
                text.append(word)
                label.append("0" * (len(word) - 1) + ("2" if i == len(s.rows) - 1 else "1"))
                if row["space"] and i < len(s.rows) - 1:
                    text.append(" ")
                    label.append("0")
        texts.append("".join(text))
        labels.append("".join(label))
    return "\n\n".join(texts) + "\n", "\n\n".join(labels) + "\n"


def conllu(paragraphs: list[list[Sentence]]) -> str:
    lines = []
    for sentences in paragraphs:
        for s in sentences:
            for i, row in enumerate(s.rows, 1):
                misc = "_" if row["space"] else "SpaceAfter=No"
                lines.append(
                    f"{i}\t{row['text']}\t{row['text']}\t{row['upos']}\t_\t_\t{row['head']}"
                    f"\t{row['deprel']}\t_\t{misc}"
                )
            lines.append("")
    return "\n".join(lines) + "\n"


def write_data(folder: Path, name: str, rng: random.Random, count: int) -> dict[str, Path]:
    paragraphs = [paragraph(rng) for _ in range(count)]
    text, labels = tokenizer_text(paragraphs)
    paths = {k: folder / f"{name}.{k}" for k in ("txt", "labels", "conllu")}
    paths["txt"].write_text(text, encoding="utf-8")
    paths["labels"].write_text(labels, encoding="utf-8")
    paths["conllu"].write_text(conllu(paragraphs), encoding="utf-8")
    ner = [
        [{"text": row["text"], "ner": row["ner"]} for row in s.rows]
        for sentences in paragraphs
        for s in sentences
    ]
    paths["ner.json"] = folder / f"{name}.ner.json"
    paths["ner.json"].write_text(json.dumps(ner), encoding="utf-8")
    return paths


def write_pretrain(folder: Path, conllu_file: Path, target: Path, dim: int = 8) -> None:
    from stanza.models.common.pretrain import Pretrain

    rng = random.Random(3)
    words = sorted(
        {
            line.split("\t")[1].lower()
            for line in conllu_file.read_text("utf-8").splitlines()
            if line
        }
    )
    vectors = folder / "vectors.txt"
    with vectors.open("w", encoding="utf-8") as f:
        f.write(f"{len(words)} {dim}\n")
        for word in words:
            f.write(word + " " + " ".join(f"{rng.uniform(-1, 1):.3f}" for _ in range(dim)) + "\n")
    Pretrain(str(target), str(vectors)).load()


PROCESSORS = ("tokenize", "pos", "depparse", "ner")


def main(argv: list[str]) -> None:
    import torch
    from stanza.models import ner_tagger, parser, tagger, tokenizer

    torch.set_num_threads(1)
    wanted = argv or list(PROCESSORS)
    rng = random.Random(20190701)
    out = HERE / "nl"
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        train = write_data(folder, "train", rng, 400)
        dev = write_data(folder, "dev", rng, 40)
        (folder / "mwt.json").write_text("[]", encoding="utf-8")  # Dutch has no MWTs
        pretrain = out / "pretrain" / f"{PACKAGE}.pt"
        pretrain.parent.mkdir(parents=True, exist_ok=True)
        if not argv:
            pretrain.unlink(missing_ok=True)  # Pretrain.load() would reuse an old one
        write_pretrain(folder, train["conllu"], pretrain)
        small = [
            "--word_emb_dim", "16", "--char_emb_dim", "16", "--char_hidden_dim", "16",
            "--hidden_dim", "32", "--wordvec_pretrain_file", str(pretrain),
            "--lang", "nl", "--shorthand", "nl_synthetic", "--cpu", "--seed", "7",
            "--save_dir", str(folder),
        ]  # fmt: skip
        biaffine = [
            "--tag_emb_dim",
            "8",
            "--deep_biaff_hidden_dim",
            "32",
            "--transformed_dim",
            "16",
        ]
        if "tokenize" in wanted:
            tokenizer.main([
                "--txt_file", str(train["txt"]), "--label_file", str(train["labels"]),
                "--dev_txt_file", str(dev["txt"]), "--dev_label_file", str(dev["labels"]),
                "--conll_file", str(folder / "tok.conllu"),
                "--mwt_json_file", str(folder / "mwt.json"),
                "--lang", "nl", "--shorthand", "nl_synthetic",
                "--emb_dim", "16", "--hidden_dim", "32", "--max_seqlen", "100",
                "--steps", "600", "--eval_steps", "100", "--batch_size", "16",
                "--save_dir", str(folder), "--save_name", "tokenize.pt", "--cpu", "--seed", "7",
            ])  # fmt: skip
        if "pos" in wanted:
            tagger.main([
                "--train_file", str(train["conllu"]), "--eval_file", str(dev["conllu"]),
                "--output_file", str(folder / "pos.conllu"),
                "--composite_deep_biaff_hidden_dim", "16",
                "--max_steps", "400", "--eval_interval", "100", "--batch_size", "200",
                "--save_name", "pos.pt", *small, *biaffine,
            ])  # fmt: skip
        if "depparse" in wanted:
            parser.main([
                "--train_file", str(train["conllu"]), "--eval_file", str(dev["conllu"]),
                "--output_file", str(folder / "dep.conllu"),
                "--max_steps", "600", "--eval_interval", "100", "--batch_size", "1000",
                "--save_name", "depparse.pt", *small, *biaffine,
            ])  # fmt: skip
        if "ner" in wanted:
            ner_tagger.main([
                "--train_file", str(train["ner.json"]), "--eval_file", str(dev["ner.json"]),
                "--max_steps", "400", "--eval_interval", "100", "--batch_size", "32",
                "--save_name", "ner.pt", *[a for a in small if a not in ("--lang", "nl")],
            ])  # fmt: skip
        for processor in wanted:
            target = out / processor / f"{PACKAGE}.pt"
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy(folder / f"{processor}.pt", target)
    needs_pretrain = {"dependencies": [{"model": "pretrain", "package": PACKAGE}]}
    default = {"tokenize": PACKAGE, "pos": PACKAGE, "lemma": "identity", "depparse": PACKAGE,
               "ner": PACKAGE}  # fmt: skip
    resources = {
        "nl": {
            "lang_name": "Dutch",
            "tokenize": {PACKAGE: {}},
            "pretrain": {PACKAGE: {}},
            "pos": {PACKAGE: needs_pretrain},
            "depparse": {PACKAGE: needs_pretrain},
            "ner": {PACKAGE: needs_pretrain},
            "default_processors": default,
            "packages": {"default": default},
        }
    }
    (HERE / "resources.json").write_text(json.dumps(resources, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1:])
