"""How fast is koreanews?  One run, five figures.

1. ``parse`` on one core: articles/s and MB/s on ~2 KB news articles.
2. The same texts through a naive regex pass (find the quotation marks and the
   capitalised words): the floor any parser must stand on; the ratio says what
   the real parser costs on top of just reading the text.
3. Growth with text length: the same articles made ten times longer; the ratio
   of the times should be about 10 (linear), at most 12.
4. ``parse_many`` with 1, 2 and N worker processes: the speed-up.
5. Optionally (``--profile``) a pyinstrument profile of ``parse``.

Texts: the gold articles when ``../shared/gold`` sits beside the repository,
otherwise ``examples/articles`` plus articles generated here from templates.
Run from the repository root::

    python benchmarks/bench_parse.py            # about half a minute
    python benchmarks/bench_parse.py --quick    # a few seconds, rougher
    python benchmarks/bench_parse.py --profile  # and where the time goes

Times are the best of a few repeats (wall clock and CPU of this process), so
other programs on a shared machine disturb them less; the load average is
printed with the results.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import resource
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import koreanews
from koreanews.corpus import _parse_many
from koreanews.header import parse_header
from koreanews.output import prepare_jsonl

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT.parent / "shared" / "gold"
EXAMPLES = ROOT / "examples" / "articles"

TARGETS = {
    "articles_per_s": 2000.0,  # at least, one core, ~2 KB articles
    "naive_ratio": 30.0,  # at most
    "length_ratio": 12.0,  # at most, for 10x the text
    "speedup_2": 1.7,  # at least, 2 workers over 1
    "first_sight_per_cpu_s": 700.0,  # at least, each article parsed once in a fresh process
}

# --------------------------------------------------------------------------- texts

_NAIVE_MARKS = re.compile(r"[\"“”„‘’'«»]")
_NAIVE_CAPS = re.compile(r"\b[A-Z][a-z]+(?:[- ][A-Z][a-z]+)*")

_NL = {
    "heads": [
        "Noord-Korea test opnieuw raket",
        "Seoul wil praten over spoorlijn",
        "Vakbond dreigt met nieuwe staking",
    ],
    "people": ["Kim Min-ji", "Park Ji-hoon", "Lee Soo-jin", "Choi Dong-hyun", "Jan de Vries"],
    "lines": [
        '"{q}", zegt {p} tegen persbureau Yonhap.',
        "{p} zei dat de regering {x} wil bespreken.",
        "Volgens {p} is de situatie {x}.",
        "‘{q}’, aldus {p}.",
        "De minister spreekt van ‘{t}’.",
        "Het ministerie in Seoul maakte dinsdag bekend dat de gesprekken doorgaan.",
        "Analisten verwachten dat de spanningen de komende weken zullen oplopen.",
        "Lees ook: Zuid-Korea verhoogt de defensie-uitgaven",
    ],
    "quotes": [
        "We blijven met iedereen in gesprek",
        "Dit is geen moment om af te wachten",
        "Onze deur staat open, maar niet eindeloos",
    ],
    "extra": ["ernstig", "onzeker", "beter dan vorig jaar", "de grenscontroles"],
    "terms": ["maximale druk", "nieuwe fase", "rode lijn"],
}

_EN = {
    "heads": [
        "North Korea fires another missile",
        "Seoul offers talks on the railway",
        "Shipyard union threatens new strike",
    ],
    "people": ["Kim Min-ji", "Park Ji-hoon", "Lee Soo-jin", "Choi Dong-hyun", "Sarah Miller"],
    "lines": [
        '"{q}," {p} told Reuters.',
        "{p} said that the government wanted to discuss {x}.",
        "According to {p}, the situation is {x}.",
        '"{q}," said {p}.',
        'The minister spoke of a "{t}".',
        "The ministry in Seoul said on Tuesday that the talks would go on.",
        "Analysts expect tensions to rise in the coming weeks.",
        "Read more: South Korea raises defence spending",
    ],
    "quotes": [
        "We will keep talking to everyone",
        "This is no time to wait and see",
        "Our door is open, but not for ever",
    ],
    "extra": ["serious", "uncertain", "better than last year", "the border checks"],
    "terms": ["maximum pressure", "new phase", "red line"],
}


def generated_paragraph(rng: random.Random, lang: dict[str, list[str]]) -> str:
    """One made-up paragraph of one to three sentences from the templates *lang*."""
    return " ".join(
        rng.choice(lang["lines"]).format(
            q=rng.choice(lang["quotes"]),
            p=rng.choice(lang["people"]),
            x=rng.choice(lang["extra"]),
            t=rng.choice(lang["terms"]),
        )
        for _ in range(rng.randint(1, 3))
    )


def generated_article(rng: random.Random, size: int = 2000) -> str:
    """A made-up news article of about *size* characters (Dutch or English)."""
    lang = rng.choice((_NL, _EN))
    parts = [f" date 20{rng.randint(10, 23)}-{rng.randint(1, 12):02d} {rng.choice(lang['heads'])}"]
    length = len(parts[0])
    while length < size:
        paragraph = generated_paragraph(rng, lang)
        parts.append(paragraph)
        length += len(paragraph) + 2
    return "\n\n".join(parts)


def load_texts(count: int, seed: int = 7) -> tuple[list[str], str]:
    """*count* texts and where they came from."""
    texts: list[str] = []
    origin = ""
    if GOLD.is_dir() and any(GOLD.glob("*.jsonl")):
        for path in sorted(GOLD.glob("*.jsonl")):
            with open(path, encoding="utf-8") as handle:
                texts.extend(json.loads(line)["text"] for line in handle if line.strip())
        origin = f"gold articles ({GOLD.name}/*.jsonl)"
    else:
        texts.extend(p.read_text(encoding="utf-8") for p in sorted(EXAMPLES.glob("*.txt")))
        rng = random.Random(seed)
        texts.extend(generated_article(rng) for _ in range(max(0, 40 - len(texts))))
        origin = "examples/articles + generated articles"
    return [texts[i % len(texts)] for i in range(count)], origin


def two_kb(texts: Sequence[str], size: int = 2000) -> list[str]:
    """The texts cut or repeated to about *size* characters, header kept.

    Short articles are padded with their own body; long ones are cut at a
    paragraph break, so every text is a plausible ~2 KB article.
    """
    out = []
    for text in texts:
        grown = text
        body = text[body_start(text) :]
        while len(grown) < size:
            grown = grown + "\n\n" + body
        cut = grown.rfind("\n", 0, size + 200)
        out.append(grown[: cut if cut > size // 2 else size + 200])
    return out


def longer(text: str, times: int) -> str:
    """*text* with its body repeated *times* times (one header)."""
    start = body_start(text)
    return text[:start] + "\n\n".join([text[start:]] * times)


def body_start(text: str) -> int:
    return parse_header(text).body_start


# --------------------------------------------------------------------------- timing


def best_of(repeats: int, run: Callable[[], None]) -> tuple[float, float]:
    """Best wall and CPU seconds of *repeats* runs."""
    walls, cpus = [], []
    for _ in range(repeats):
        wall, cpu = time.perf_counter(), time.process_time()
        run()
        walls.append(time.perf_counter() - wall)
        cpus.append(time.process_time() - cpu)
    return min(walls), min(cpus)


def parse_all(texts: Sequence[str]) -> Callable[[], None]:
    def run() -> None:
        for text in texts:
            koreanews.parse(text)

    return run


def naive_all(texts: Sequence[str]) -> Callable[[], None]:
    def run() -> None:
        for text in texts:
            _NAIVE_MARKS.findall(text)
            _NAIVE_CAPS.findall(text)

    return run


def first_sight(texts: Sequence[str]) -> float:
    """CPU seconds per article when each distinct text is parsed once, in a fresh process
    whose word caches only saw generated articles: what a new corpus costs."""
    import subprocess
    import tempfile

    distinct = list(dict.fromkeys(texts))
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False, encoding="utf-8") as f:
        json.dump(distinct, f)
        path = f.name
    try:
        out = subprocess.run(
            [sys.executable, __file__, "--first-sight-child", path],
            check=True,
            capture_output=True,
            text=True,
        ).stdout
    finally:
        os.unlink(path)
    return float(out.strip().splitlines()[-1])


def _first_sight_child(path: str) -> None:
    texts = json.loads(Path(path).read_text(encoding="utf-8"))
    rng = random.Random(11)
    for _ in range(20):  # imports, profiles, weights: loaded on generated text only
        koreanews.parse(generated_article(rng))
    start = time.process_time()
    for text in texts:
        koreanews.parse(text)
    print((time.process_time() - start) / len(texts))


def children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def many(
    texts: Sequence[str], workers: int, finish: Callable[..., Any] | None = None
) -> tuple[float, float]:
    """Wall seconds, and CPU seconds of this process and its workers together.

    With *finish* (the command line's way) each article is turned into its JSON
    line where it was parsed, and only that string travels back.
    """
    wall, cpu, child = time.perf_counter(), time.process_time(), children_cpu()
    count = sum(1 for _ in _parse_many(texts, workers, chunksize=32, finish=finish))
    assert count == len(texts)
    used = time.process_time() - cpu + children_cpu() - child
    return time.perf_counter() - wall, used


# --------------------------------------------------------------------------- main


def main(argv: Sequence[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--quick", action="store_true", help="fewer texts and repeats")
    p.add_argument("--workers", type=int, default=os.cpu_count() or 2, help="N (default: CPUs)")
    p.add_argument("--json", action="store_true", help="print the figures as JSON too")
    p.add_argument("--stages", action="store_true", help="CPU time of each pipeline stage")
    p.add_argument(
        "--profile", action="store_true", help="stages, and a pyinstrument profile of parse"
    )
    p.add_argument("--first-sight-child", metavar="JSON", help=argparse.SUPPRESS)
    args = p.parse_args(argv)
    if args.first_sight_child:
        _first_sight_child(args.first_sight_child)
        return 0

    n, repeats, seconds = (100, 2, 1.0) if args.quick else (400, 3, 4.0)
    source, origin = load_texts(n)
    texts = two_kb(source)
    mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    mean_kb = 1000 * mb / len(texts)
    for text in texts[:20]:  # warm up: imports, profiles, langdetect
        koreanews.parse(text)
    load_before = os.getloadavg()
    results: dict[str, Any] = {
        "python": sys.version.split()[0],
        "koreanews": koreanews.__version__,
        "cpus": os.cpu_count(),
        "texts": origin,
        "articles": len(texts),
        "mean_kb": round(mean_kb, 2),
        "raw_mean_kb": round(statistics.mean(len(t.encode()) for t in source) / 1000, 2),
    }

    raw_wall, _ = best_of(repeats, parse_all(source))
    results["raw_articles_per_s"] = len(source) / raw_wall
    wall, cpu = best_of(repeats, parse_all(texts))
    results["parse_wall_s"] = wall
    results["parse_cpu_s"] = cpu
    results["articles_per_s"] = len(texts) / wall
    results["articles_per_cpu_s"] = len(texts) / cpu
    results["mb_per_s"] = mb / wall
    results["first_sight_ms"] = 1000 * first_sight(texts)
    results["first_sight_per_cpu_s"] = 1000 / results["first_sight_ms"]

    naive_wall, naive_cpu = best_of(repeats * 2, naive_all(texts))
    results["naive_articles_per_s"] = len(texts) / naive_wall
    results["naive_ratio"] = cpu / naive_cpu
    results["naive_ratio_wall"] = wall / naive_wall

    short = texts[: max(20, n // 8)]
    long10 = [longer(t, 10) for t in short]
    _, t1 = best_of(repeats, parse_all(short))
    _, t10 = best_of(max(2, repeats // 2), parse_all(long10))
    results["length_1x_cpu_s"] = t1
    results["length_10x_cpu_s"] = t10
    results["length_ratio"] = t10 / t1

    # About *seconds* of work for one worker, so pool start-up counts but does not dominate.
    pool_n = max(200, min(20_000, int(results["articles_per_s"] * seconds)))
    pool_texts = [texts[i % len(texts)] for i in range(pool_n)]
    speed: dict[int, float] = {}
    efficiency: dict[int, float] = {}
    for workers in sorted({1, 2, args.workers}):
        wall_s, cpu_s = many(pool_texts, workers)
        speed[workers] = len(pool_texts) / wall_s
        # CPU per article in process vs in the pool (workers + this process).
        efficiency[workers] = (results["parse_cpu_s"] / len(texts)) / (cpu_s / len(pool_texts))
    results["parse_many_cpu_efficiency"] = {str(k): v for k, v in efficiency.items()}
    # The command line's path: JSON lines made in the workers (compared with the same in process).
    _, cli_cpu_1 = many(pool_texts, 1, prepare_jsonl)
    cli_wall_2, cli_cpu_2 = many(pool_texts, 2, prepare_jsonl)
    results["cli_path_2_workers_per_s"] = len(pool_texts) / cli_wall_2
    results["cli_path_2_workers_efficiency"] = cli_cpu_1 / cli_cpu_2
    results["parse_many_articles"] = pool_n
    results["parse_many_articles_per_s"] = {str(k): v for k, v in speed.items()}
    results["speedup_2"] = speed[2] / speed[1]
    results[f"speedup_{args.workers}"] = speed[args.workers] / speed[1]
    results["load_average"] = [round(x, 2) for x in (*load_before, *os.getloadavg()[:1])]

    report(results, args.workers)
    if args.stages or args.profile:
        per_stage = stages(texts)
        results["stages_cpu_ms_per_article"] = per_stage
        total = per_stage["total"]
        print()
        print(f"CPU per article by stage ({total:.2f} ms in all):")
        for name, ms in sorted(per_stage.items(), key=lambda kv: -kv[1]):
            if name != "total":
                print(f"  {name:<12} {ms:7.3f} ms  {100 * ms / total:5.1f}%")
    if args.json:
        print(json.dumps(results, indent=2))
    if args.profile:
        profile(texts)
    return 0


def verdict(ok: bool) -> str:
    return "ok  " if ok else "MISS"


def report(r: dict[str, Any], n: int) -> None:
    t = TARGETS
    print(f"koreanews {r['koreanews']} on Python {r['python']}, {r['cpus']} CPUs")
    print(
        f"texts: {r['articles']} x ~{r['mean_kb']:.1f} KB from {r['texts']} "
        f"(padded or cut to ~2 KB; as they come, mean {r['raw_mean_kb']:.1f} KB: "
        f"{r['raw_articles_per_s']:,.0f} articles/s)"
    )
    la = r["load_average"]
    print(f"load average before: {la[0]} {la[1]} {la[2]}, after: {la[3]} (shared machine?)")
    print()
    print("Verdicts use CPU time, which other programs on the machine disturb least.")
    print(
        f"[{verdict(r['articles_per_cpu_s'] >= t['articles_per_s'])}] parse, one core: "
        f"{r['articles_per_cpu_s']:,.0f} articles per CPU-second, "
        f"{r['mb_per_s'] * r['parse_wall_s'] / r['parse_cpu_s']:.2f} MB per CPU-second "
        f"(wall clock: {r['articles_per_s']:,.0f} articles/s, {r['mb_per_s']:.2f} MB/s; "
        f"target >= {t['articles_per_s']:,.0f})"
    )
    print(
        f"[{verdict(r['first_sight_per_cpu_s'] >= t['first_sight_per_cpu_s'])}] parse on first "
        f"sight (each distinct article once, in a fresh process): "
        f"{r['first_sight_per_cpu_s']:,.0f} articles per CPU-second "
        f"({r['first_sight_ms']:.2f} ms each; target >= {t['first_sight_per_cpu_s']:,.0f})"
    )
    print(
        f"[{verdict(r['naive_ratio'] <= t['naive_ratio'])}] vs naive regex pass "
        f"({r['naive_articles_per_s']:,.0f} articles/s): parse takes {r['naive_ratio']:.1f}x "
        f"the CPU time ({r['naive_ratio_wall']:.1f}x wall; target <= {t['naive_ratio']:.0f}x)"
    )
    print(
        f"[{verdict(r['length_ratio'] <= t['length_ratio'])}] 10x longer texts take "
        f"{r['length_ratio']:.1f}x the CPU time ({r['length_1x_cpu_s'] * 1000:.0f} ms -> "
        f"{r['length_10x_cpu_s'] * 1000:.0f} ms; target <= {t['length_ratio']:.0f}x)"
    )
    speeds = r["parse_many_articles_per_s"]
    line = ", ".join(f"{k} worker{'s' if k != '1' else ''}: {v:,.0f}/s" for k, v in speeds.items())
    eff = r["parse_many_cpu_efficiency"]
    print(
        f"[{verdict(r['speedup_2'] >= t['speedup_2'])}] parse_many ({r['parse_many_articles']} "
        f"articles, wall clock): {line}; 2 workers = {r['speedup_2']:.2f}x, "
        f"{n} = {r[f'speedup_{n}']:.2f}x (target 2 workers >= {t['speedup_2']}x)"
    )
    print(
        "       CPU efficiency of the pool (CPU per article in process / in the pool, "
        "workers and parent together): "
        + ", ".join(f"{k}: {v:.2f}" for k, v in eff.items())
        + "; on idle cores the speed-up approaches workers x efficiency"
    )
    print(
        f"       the command line's path (JSON made in the workers), 2 workers: "
        f"{r['cli_path_2_workers_per_s']:,.0f}/s, CPU efficiency "
        f"{r['cli_path_2_workers_efficiency']:.2f}"
    )


def stages(texts: Sequence[str]) -> dict[str, float]:
    """CPU milliseconds per article spent in each pipeline stage."""
    from koreanews import pipeline, speech

    spent: dict[str, float] = {}

    def timed(name: str, func: Callable[..., Any]) -> Callable[..., Any]:
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            start = time.process_time()
            try:
                return func(*args, **kwargs)
            finally:
                spent[name] = spent.get(name, 0.0) + time.process_time() - start

        return wrapper

    patches = [
        (pipeline.header, "parse_header", "header"),
        (pipeline.blocks, "split_blocks", "blocks"),
        (pipeline.quotes, "find_quotes", "quotes"),
        (speech.entities, "find_entities", "entities"),
        (speech.attribution, "attribute", "attribution"),
        (speech.annotator, "improve", "improve"),
        (pipeline, "detect_language", "langid"),
    ]
    languages = getattr(pipeline, "TextLanguages", None)  # the body's words, read once
    if languages is not None:
        patches += [(languages, "__init__", "langid"), (languages, "language", "langid")]
    patches = [(m, a, n) for m, a, n in patches if m is not None and hasattr(m, a)]
    saved = [(module, attr, getattr(module, attr)) for module, attr, _ in patches]
    for module, attr, name in patches:
        setattr(module, attr, timed(name, getattr(module, attr)))
    try:
        total = time.process_time()
        parse_all(texts)()
        spent["total"] = time.process_time() - total
    finally:
        for module, attr, func in saved:
            setattr(module, attr, func)
    spent["rest"] = spent["total"] - sum(v for k, v in spent.items() if k != "total")
    return {k: 1000 * v / len(texts) for k, v in spent.items()}


def profile(texts: Sequence[str]) -> None:
    try:
        from pyinstrument import Profiler
    except ImportError:
        print("--profile needs pyinstrument: pip install pyinstrument", file=sys.stderr)
        return
    profiler = Profiler(interval=0.0002)
    profiler.start()
    for _ in range(3):
        parse_all(texts)()
    profiler.stop()
    print(profiler.output_text(unicode=False, color=False, show_all=False))


if __name__ == "__main__":
    sys.exit(main())
