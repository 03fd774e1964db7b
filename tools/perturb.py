"""Metamorphic tests of the speaker rules: make gold records unfamiliar, score again.

    python tools/perturb.py GOLD.jsonl [...] [--do rename,verbs,titles] [--seeds 1,2,3]
        [--write DIR] [--flips]

Each transformation must not change who said what:

- ``rename``: every person of the record (its ``people``, and speakers whose first
  word is a known first name) gets another plausible name of the same language
  area and sex, consistently: full name, surname alone (with or without a Dutch
  tussenvoegsel), first name alone, possessive, initial + surname.  The gold
  fields are renamed the same way, so the record stays scorable.
- ``verbs``: reporting verbs outside quotation marks swapped for a synonym in the
  same tense and person (one mapping per record; the gold cues follow it).
- ``titles``: a role word before a name swapped for another of the same kind
  (minister/staatssecretaris, burgemeester/wethouder, coach/trainer, ...).

For every file and seed the tool prints speaker accuracy, indirect speaker accuracy
and people precision/recall before and after the transformation; ``--flips`` lists
the quotes whose speaker was right before and wrong after (the brittle places),
``--write DIR`` writes the transformed records as JSON Lines (give a folder outside
the repository).  Records set aside by ``tools/goldsplit.py`` are skipped, and the
PolNeAR dev file is refused: their scores are read with ``koreanews eval`` only.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from goldsplit import held_out

import koreanews
from koreanews.evaluate import (
    GoldArticle,
    _direct_pairs,
    _indirect_pairs,
    _same_speaker,
    evaluate,
    load_gold,
)

_DATA = Path(koreanews.__file__).resolve().parent / "data"

#: Common Dutch and Flemish surnames, with and without a tussenvoegsel.
NL_SURNAMES = (
    "de Vries",
    "van den Berg",
    "van Dijk",
    "Bakker",
    "Janssen",
    "Visser",
    "Smit",
    "Meijer",
    "de Boer",
    "Mulder",
    "de Groot",
    "Bos",
    "Vos",
    "Peters",
    "Hendriks",
    "van Leeuwen",
    "Dekker",
    "Brouwer",
    "de Wit",
    "Dijkstra",
    "Smits",
    "de Graaf",
    "van der Meer",
    "van der Linden",
    "Kok",
    "Jacobs",
    "de Haan",
    "Vermeulen",
    "van den Heuvel",
    "van der Veen",
    "van den Broek",
    "de Bruijn",
    "van der Heijden",
    "Schouten",
    "van Beek",
    "Willems",
    "van Vliet",
    "van de Ven",
    "Hoekstra",
    "Maas",
    "Verhoeven",
    "Koster",
    "van Dam",
    "van der Wal",
    "Blom",
    "Huisman",
    "Peeters",
    "Maes",
    "Claes",
    "Goossens",
    "Wouters",
    "De Smet",
    "Mertens",
    "Van den Bossche",
    "De Backer",
    "Vandenberghe",
    "Verstraeten",
    "Lambrechts",
    "ter Horst",
    "in 't Veld",
    "Kuipers",
    "Veenstra",
    "Postma",
    "Bulut",
    "El Amrani",
)

#: Common English surnames.
EN_SURNAMES = (
    "Smith",
    "Johnson",
    "Williams",
    "Jones",
    "Miller",
    "Davis",
    "Wilson",
    "Anderson",
    "Taylor",
    "Thomas",
    "Moore",
    "Martin",
    "Jackson",
    "Thompson",
    "Harris",
    "Clark",
    "Lewis",
    "Robinson",
    "Walker",
    "Allen",
    "Wright",
    "Scott",
    "Adams",
    "Nelson",
    "Campbell",
    "Mitchell",
    "Roberts",
    "Carter",
    "Phillips",
    "Evans",
    "Turner",
    "Parker",
    "Collins",
    "Edwards",
    "Stewart",
    "Morris",
    "Murphy",
    "Rogers",
    "Morgan",
    "Cooper",
    "Peterson",
    "Bailey",
    "Kelly",
    "Howard",
    "Richardson",
    "Watson",
    "Bennett",
    "Hughes",
    "Sanders",
    "Myers",
    "Ross",
    "Foster",
    "O'Brien",
    "McCarthy",
    "MacDonald",
    "Gonzalez",
    "Ramirez",
    "Nguyen",
    "Patel",
    "Kowalski",
    "Fitzgerald",
)

KO_SURNAMES = (
    "Kim",
    "Lee",
    "Park",
    "Choi",
    "Jung",
    "Kang",
    "Cho",
    "Yoon",
    "Jang",
    "Lim",
    "Han",
    "Oh",
    "Seo",
    "Shin",
    "Kwon",
    "Hwang",
    "Ahn",
    "Song",
    "Yoo",
    "Hong",
    "Moon",
    "Ban",
    "Chung",
    "Ri",
    "Pak",
)
KO_GIVEN = (
    "Min-jun",
    "Seo-yeon",
    "Ji-ho",
    "Ha-eun",
    "Do-yoon",
    "Ji-woo",
    "Eun-ji",
    "Sung-min",
    "Young-soo",
    "Hye-jin",
    "Jae-won",
    "Soo-ah",
    "Kyung-hwa",
    "Dong-hyun",
)

_PARTICLES = frozenset(
    [
        "van",
        "de",
        "der",
        "den",
        "het",
        "ter",
        "ten",
        "te",
        "in",
        "'t",
        "von",
        "da",
        "di",
        "du",
        "le",
        "la",
        "del",
    ]
)

#: Reporting verbs swapped for a synonym of the same tense and person: from -> to.
VERBS: Mapping[str, Mapping[str, tuple[str, ...]]] = {
    "nl": {
        "zegt": ("stelt", "vertelt", "benadrukt", "verklaart", "meldt", "zegt"),
        "zei": ("stelde", "vertelde", "benadrukte", "verklaarde", "meldde", "zei"),
        "gezegd": ("gesteld", "verteld", "benadrukt", "verklaard", "gemeld", "gezegd"),
    },
    "en": {
        "said": ("added", "noted", "stated", "explained", "argued", "said"),
        "says": ("adds", "notes", "states", "explains", "argues", "says"),
    },
}

#: Role words, swapped within their family (case follows the text); "A|B" are the
#: forms of one title (a word and its abbreviation), swapped together.
TITLES: Mapping[str, tuple[tuple[str, ...], ...]] = {
    "nl": (
        ("minister", "staatssecretaris"),
        ("burgemeester", "wethouder", "gedeputeerde"),
        ("trainer", "coach"),
        ("voorzitter", "directeur", "topman"),
        ("premier", "minister-president"),
        ("president", "leider"),
        ("Kamerlid", "fractievoorzitter"),
    ),
    "en": (
        ("Minister", "Secretary"),
        ("Senator|Sen.", "Representative|Rep.", "Governor|Gov."),
        ("coach", "manager"),
        ("chairman", "chief executive", "director"),
        ("President", "Prime Minister"),
    ),
}

_WORD_CHARS = r"[\w'’-]"


def _load_given() -> dict[str, dict[str, str]]:
    """First name -> sex, per language area ("en": US census list, "nl": world list)."""
    out: dict[str, dict[str, str]] = {}
    for lang, file in (("en", "given_names.tsv"), ("nl", "given_names_world.tsv")):
        names: dict[str, str] = {}
        for line in (_DATA / file).read_text(encoding="utf-8").splitlines():
            if line.startswith("#") or "\t" not in line:
                continue
            name, sex = line.split("\t")[:2]
            names[name] = sex
        out[lang] = names
    return out


_GIVEN = _load_given()


def _is_given(word: str) -> str | None:
    """The sex a first name is given to ("m", "f", "-" for both), None for no first name;
    a list that knows the sex wins over one that says "both"."""
    found = [names[word] for names in _GIVEN.values() if word in names]
    definite = [s for s in found if s != "-"]
    return definite[0] if definite else (found[0] if found else None)


def _pool(lang: str, sex: str | None) -> list[str]:
    names = _GIVEN["nl" if lang == "nl" else "en"]
    return sorted(n for n, s in names.items() if len(n) >= 4 and n.isalpha() and s == (sex or "-"))


_KOREAN_GIVEN = re.compile(r"[A-Z][a-z]{1,4}-[A-Za-z][a-z]{1,4}")


def _is_korean(tokens: list[str]) -> bool:
    if len(tokens) in (2, 3) and _KOREAN_GIVEN.fullmatch(tokens[-1]) and len(tokens[0]) <= 4:
        return True
    if not tokens or tokens[0] not in KO_SURNAMES:
        return False
    rest = tokens[1:]
    return (
        not rest
        or all("-" in t for t in rest)
        or (len(rest) == 2 and all(len(t) <= 4 for t in rest))
    )


def _persons(g: GoldArticle) -> list[str]:
    names = list(g.people)
    for q in g.quotes:
        s = q.get("speaker")
        if s and s not in names:
            first = s.split()[0]
            if len(s.split()) >= 2 and (_is_given(first) or _is_korean(s.split())):
                names.append(s)
    return names


def _words_of(text: str) -> set[str]:
    return set(re.findall(r"\w+", text))


def _rename_map(g: GoldArticle, rng: random.Random) -> dict[str, str]:
    """Old string -> new string for every form of every person's name."""
    taken = _words_of(g.text)
    mapping: dict[str, str] = {}
    surnames = NL_SURNAMES if g.lang == "nl" else EN_SURNAMES

    def fresh(options: Iterable[str]) -> str:
        pool = [o for o in options if not (_words_of(o) & taken)]
        pick = rng.choice(pool)
        taken.update(_words_of(pick))
        return pick

    def put(old: str, new: str) -> None:
        if old and old not in mapping:
            mapping[old] = new
        if old[:1].islower():
            put(old[:1].upper() + old[1:], new[:1].upper() + new[1:])

    for name in _persons(g):
        tokens = name.split()
        if not tokens or name in mapping:
            continue
        if _is_korean(tokens):
            family = mapping.get(tokens[0]) or fresh(KO_SURNAMES)
            put(tokens[0], family)
            if len(tokens) > 1:
                given = fresh(KO_GIVEN)
                put(name, f"{family} {given if '-' in name else given.title().replace('-', ' ')}")
                if "-" in tokens[-1]:  # the article may spell it "Jong-Un" or "Jong Un"
                    put(f"{tokens[0]} {tokens[-1].title()}", f"{family} {given.title()}")
                    put(
                        f"{tokens[0]} {tokens[-1].title().replace('-', ' ')}",
                        f"{family} {given.title().replace('-', ' ')}",
                    )
            continue
        if len(tokens) == 1:
            if tokens[0] in mapping:
                continue
            put(tokens[0], fresh(s for s in surnames if " " not in s))
            continue
        first, rest = tokens[0], tokens[1:]
        while len(rest) > 1 and rest[0][:1].isupper() and rest[0].casefold() not in _PARTICLES:
            rest = rest[1:]  # middle names stay; the surname is what follows them
        surname = " ".join(rest)
        new_first = mapping.get(first) or fresh(_pool(g.lang, _is_given(first)))
        new_surname = mapping.get(surname) or fresh(surnames)
        middle = " ".join(tokens[1 : len(tokens) - len(rest)])
        put(name, " ".join(p for p in (new_first, middle, new_surname) if p))
        put(f"{first} {surname}", f"{new_first} {new_surname}")
        put(f"{first[0]}. {surname}", f"{new_first[0]}. {new_surname}")
        # a surname without its first name opens with a capital ("Van der Meer zei")
        put(surname, new_surname[:1].upper() + new_surname[1:])
        put(first, new_first)
    return mapping


def _name_sub(mapping: Mapping[str, str]) -> Callable[[str], str]:
    if not mapping:
        return lambda s: s
    keys = sorted(mapping, key=len, reverse=True)
    pattern = re.compile(
        r"(?<![\w])(" + "|".join(re.escape(k) for k in keys) + r")(?=(?:['’]?s)?(?!\w))"
    )
    return lambda s: pattern.sub(lambda m: mapping[m.group(1)], s)


def _quoted_spans(g: GoldArticle) -> list[tuple[int, int]]:
    """Character spans of the text inside quotation marks (gold quotes and paired marks)."""
    spans: list[tuple[int, int]] = []
    for q in g.quotes:
        if q.get("kind") == "indirect":
            continue
        for part in str(q["text"]).split("\n"):
            if len(part) < 3:
                continue
            start = 0
            while (i := g.text.find(part, start)) >= 0:
                spans.append((i, i + len(part)))
                start = i + 1
    for m in re.finditer(r"“[^”\n]*”|\"[^\"\n]*\"|„[^”“\n]*[”“]", g.text):
        spans.append(m.span())
    return spans


def _sub_outside(
    text: str,
    pattern: re.Pattern[str],
    repl: Callable[[re.Match[str]], str],
    spans: list[tuple[int, int]],
) -> str:
    def keep(m: re.Match[str]) -> str:
        if any(a <= m.start() < b for a, b in spans):
            return m.group(0)
        return repl(m)

    return pattern.sub(keep, text)


def _case_like(model: str, word: str) -> str:
    if model[:1].isupper():
        return word[:1].upper() + word[1:]
    if model[:1].islower() and not word[1:2].isupper() and word != word.upper():
        return word[:1].lower() + word[1:]
    return word


def _swap_map(g: GoldArticle, rng: random.Random, kind: str) -> dict[str, str]:
    mapping: dict[str, str] = {}
    if kind == "verbs":
        for old, options in VERBS.get(g.lang, {}).items():
            mapping[old] = rng.choice([o for o in options if o != old])
    else:
        for family in TITLES.get(g.lang, ()):
            order = list(family)
            rng.shuffle(order)
            for i, entry in enumerate(order):
                # "Governor|Gov.": the forms of one title follow the same swap
                forms, into = entry.split("|"), order[(i + 1) % len(order)].split("|")
                for k, old in enumerate(forms):
                    mapping[old] = into[k] if k < len(into) else into[0]
    return mapping


def _swap(g: GoldArticle, mapping: Mapping[str, str], kind: str) -> GoldArticle:
    if not mapping:
        return g
    keys = sorted(mapping, key=len, reverse=True)
    alts = "|".join(re.escape(k) for k in keys)
    if kind == "verbs":
        pattern = re.compile(rf"(?<![\w-])({alts})(?![\w-])", re.IGNORECASE)
    else:  # every mention of the role, so that a later "de minister" still fits
        pattern = re.compile(rf"(?<![\w-])({alts})(?![\w-])", re.IGNORECASE)
    lowered = {k.casefold(): v for k, v in mapping.items()}

    def repl(m: re.Match[str]) -> str:
        old = m.group(1)
        return _case_like(old, lowered[old.casefold()])

    spans = _quoted_spans(g)
    text = _sub_outside(g.text, pattern, repl, spans)
    quotes = []
    for q in g.quotes:
        q = dict(q)
        if q.get("kind") == "indirect":
            q["text"] = pattern.sub(repl, q["text"])
        if kind == "verbs" and q.get("cue"):
            q["cue"] = pattern.sub(repl, q["cue"])
        quotes.append(q)
    return _replace(g, text=text, quotes=tuple(quotes))


def _replace(g: GoldArticle, **changes: Any) -> GoldArticle:
    d = {
        "id": g.id, "lang": g.lang, "text": g.text, "date": g.date, "headings": g.headings,
        "boilerplate": g.boilerplate, "quotes": g.quotes, "people": g.people,
        "source": g.source, "annotated": g.annotated,
    }  # fmt: skip
    d.update(changes)
    return GoldArticle(**d)


def rename(g: GoldArticle, rng: random.Random) -> GoldArticle:
    sub = _name_sub(_rename_map(g, rng))
    quotes = []
    for q in g.quotes:
        q = dict(q)
        q["text"] = sub(q["text"])
        if q.get("speaker"):
            q["speaker"] = sub(q["speaker"])
        quotes.append(q)
    return _replace(
        g,
        text=sub(g.text),
        headings=tuple(sub(h) for h in g.headings),
        boilerplate=tuple(sub(b) for b in g.boilerplate),
        quotes=tuple(quotes),
        people=tuple(sub(p) for p in g.people),
    )


def transform(g: GoldArticle, do: Iterable[str], seed: int) -> GoldArticle:
    rng = random.Random(f"{seed}:{g.id}")
    for step in do:
        if step == "rename":
            g = rename(g, rng)
        elif step in ("verbs", "titles"):
            g = _swap(g, _swap_map(g, rng, step), step)
        else:
            raise SystemExit(f"unknown transformation {step!r}")
    return g


def _record(g: GoldArticle) -> dict[str, Any]:
    d: dict[str, Any] = {
        "id": g.id, "lang": g.lang, "source": g.source, "text": g.text, "date": g.date,
        "headings": list(g.headings), "boilerplate": list(g.boilerplate),
        "quotes": [dict(q) for q in g.quotes], "people": list(g.people),
    }  # fmt: skip
    if g.annotated is not None:
        d["annotated"] = list(g.annotated)
    return d


def _speaker_hits(g: GoldArticle) -> list[tuple[int, str, str | None, str | None, str]]:
    """(gold index, quote, gold speaker, predicted speaker, rule) of every matched quote."""
    a = koreanews.parse(g.text)
    index = {id(q): i for i, q in enumerate(g.quotes)}
    out = []
    for kind, (pairs, _, _) in (("D", _direct_pairs(g, a)), ("I", _indirect_pairs(g, a))):
        for gq, p in pairs:
            ev = getattr(p, "evidence", None)
            rule = "" if ev is None else f"{ev.rule}/{ev.resolver}"
            who = None if p.speaker is None else p.speaker.name
            out.append((index[id(gq)], f"{kind} {gq['text']}", gq.get("speaker"), who, rule))
    return out


_MEASURES = ("speaker_accuracy", "indirect_speaker_accuracy", "people_precision", "people_recall")


def _fmt(m: Mapping[str, Any]) -> str:
    return "  ".join(
        f"{k.replace('_accuracy', '').replace('indirect_speaker', 'ind_spk')}="
        + ("   -  " if m.get(k) is None else f"{m[k]:.3f}")
        for k in _MEASURES
    )


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("gold", nargs="+")
    ap.add_argument("--do", default="rename,verbs,titles")
    ap.add_argument("--seeds", default="1,2,3")
    ap.add_argument("--write", help="folder for the transformed records (outside the repository)")
    ap.add_argument("--flips", action="store_true", help="list quotes whose speaker changed")
    ap.add_argument("--limit", type=int, default=0, help="only the first N records of each file")
    args = ap.parse_args()
    do = [d for d in args.do.split(",") if d]
    seeds = [int(s) for s in args.seeds.split(",")]
    for path in args.gold:
        if Path(path).name == "dev.jsonl" and "polnear" in str(Path(path).resolve()).lower():
            raise SystemExit("PolNeAR dev is measured with koreanews eval only")
        aside = held_out(Path(path).resolve().parent)
        if path.endswith(".heldout.jsonl"):
            raise SystemExit("set-aside records are measured with koreanews eval only")
        records = [g for g in load_gold(path) if g.id not in aside]
        if args.limit:
            records = records[: args.limit]
        base = evaluate(records).overall.measures()
        print(f"{Path(path).name:<32} original   {_fmt(base)}")
        before = {g.id: _speaker_hits(g) for g in records} if args.flips else {}
        for seed in seeds:
            changed = [transform(g, do, seed) for g in records]
            m = evaluate(changed).overall.measures()
            print(f"{'':<32} seed {seed:<5} {_fmt(m)}")
            if args.write:
                out = Path(args.write) / f"{Path(path).stem}.{'+'.join(do)}.{seed}.jsonl"
                out.parent.mkdir(parents=True, exist_ok=True)
                out.write_text(
                    "".join(json.dumps(_record(g), ensure_ascii=False) + "\n" for g in changed),
                    encoding="utf-8",
                )
            if args.flips:
                for g in changed:
                    after = _speaker_hits(g)
                    old = {i: _same_speaker(gs, ps) for i, _, gs, ps, _ in before[g.id]}
                    for i, t, gs, ps, rule in after:
                        if old.get(i) and not _same_speaker(gs, ps):
                            print(f"    FLIP {g.id} gold={gs!r} pred={ps!r} [{rule}] | {t[:60]!r}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
