"""One very large article through ``koreanews parse``: time and memory, 2 to 20 MB.

Each size runs in a fresh process that does what ``koreanews parse FILE -o
OUT.jsonl`` does (it calls the command line's own ``main``), so its peak
resident memory is that of the command alone.  The article is one header
followed by the content paragraphs of the example articles of one language,
interleaved with paragraphs made from templates, so its people are named and
quoted again and again, as in a long transcript or a file of many articles
glued together: the case where output that copies each speaker into each quote
grows with quotes x mentions.

Run from the repository root::

    python benchmarks/bench_large.py                # 2, 5, 10 and 20 MB, a few minutes
    python benchmarks/bench_large.py --sizes 1,2    # quicker
    python benchmarks/bench_large.py --profile      # and where the time goes at the largest
                                                    # (a separate, slower run)
    python benchmarks/bench_large.py --json         # and every figure as JSON

Verdicts: the CPU time at the largest size divided by that at the smallest is
at most 1.2 times the ratio of the sizes (linear growth gives the ratio
itself), and the peak memory at 20 MB stays under 1 GB.  The parse and the
JSON are timed apart (CPU seconds; "parse" includes reading and decoding).
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import os
import pstats
import random
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples" / "articles"
sys.path.insert(0, str(Path(__file__).resolve().parent))

TARGETS = {
    "growth": 1.2,  # at most: time ratio / size ratio
    "peak_mb_at_20": 1000.0,  # at most, peak resident memory of the command at 20 MB
}


# --------------------------------------------------------------------------- the article


def paragraphs(lang: str) -> list[str]:
    """The content paragraphs and headings of the example articles of *lang*."""
    import koreanews
    from koreanews import BlockKind

    found: list[str] = []
    for path in sorted(EXAMPLES.glob(f"{lang}-*.txt")):
        article = koreanews.parse_file(path)
        found += [
            b.text for b in article.blocks if b.kind in (BlockKind.PARAGRAPH, BlockKind.HEADING)
        ]
    return found


def generated(rng: random.Random, lang: str) -> str:
    """One paragraph from the templates of ``bench_parse.py``."""
    import bench_parse

    data = bench_parse._EN if lang == "en" else bench_parse._NL
    return bench_parse.generated_paragraph(rng, data)


def large_article(megabytes: float, lang: str, seed: int = 11) -> str:
    """One article of about *megabytes* MB (UTF-8) in *lang*."""
    rng = random.Random(seed)
    pool = paragraphs(lang)
    head = " date 2020-08 " + ("Een heel lang artikel" if lang == "nl" else "A very long article")
    parts = [head]
    size = len(head.encode())
    target = int(megabytes * 1_000_000)
    i = 0
    while size < target:
        paragraph = pool[i % len(pool)] if i % 2 == 0 else generated(rng, lang)
        parts.append(paragraph)
        size += len(paragraph.encode()) + 2
        i += 1
    return "\n\n".join(parts)


# --------------------------------------------------------------------------- one size, in a child


def peak_mb() -> float:
    """Peak resident memory of this process, in MB.

    On Linux from ``VmHWM``: ``ru_maxrss`` of a process started by a fork keeps the
    high-water mark of the parent it was forked from, even after ``exec``.
    """
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1e3  # kB
    except OSError:
        pass
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 1e6 if sys.platform == "darwin" else peak / 1e3  # bytes on macOS, KB on Linux


def child(path: str, out: str, profile: bool) -> dict[str, Any]:
    """Run ``koreanews parse PATH -o OUT -q`` here, timing the parse and the JSON apart."""
    from koreanews import cli, corpus

    spent = {"parse": 0.0, "json": 0.0}

    def timed(name: str, func: Callable[..., Any]) -> Callable[..., Any]:
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            start = time.process_time()
            try:
                return func(*args, **kwargs)
            finally:
                spent[name] += time.process_time() - start

        return wrapper

    corpus.read_file = timed("parse", corpus.read_file)  # type: ignore[assignment]
    cli.prepare_jsonl = timed("json", cli.prepare_jsonl)  # type: ignore[assignment]
    before = peak_mb()
    wall, cpu = time.perf_counter(), time.process_time()
    profiler = cProfile.Profile() if profile else None
    if profiler is not None:
        profiler.enable()
    code = cli.main(["parse", path, "-o", out, "-q"])
    if profiler is not None:
        profiler.disable()
    result: dict[str, Any] = {
        "exit": code,
        "wall_s": time.perf_counter() - wall,
        "cpu_s": time.process_time() - cpu,
        "parse_s": spent["parse"],
        "json_s": spent["json"],
        "peak_mb": peak_mb(),
        "peak_mb_before": before,
        "input_mb": os.path.getsize(path) / 1e6,
        "output_mb": os.path.getsize(out) / 1e6,
    }
    if profiler is not None:
        stream = io.StringIO()
        stats = pstats.Stats(profiler, stream=stream)
        stats.sort_stats("cumulative").print_stats(30)
        stats.sort_stats("tottime").print_stats(20)
        result["profile"] = stream.getvalue()
    return result


def run_size(megabytes: float, lang: str, folder: Path, profile: bool) -> dict[str, Any]:
    path = folder / f"large-{megabytes:g}mb.txt"
    path.write_text(large_article(megabytes, lang), encoding="utf-8")
    out = folder / f"large-{megabytes:g}mb.jsonl"
    command = [sys.executable, __file__, "--child", str(path), str(out)]
    if profile:
        command.append("--profile")
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"the run at {megabytes:g} MB failed:\n{done.stderr}")
    result: dict[str, Any] = json.loads(done.stdout)
    result["megabytes"] = megabytes
    check_output(out)
    path.unlink()
    out.unlink()
    return result


def check_output(out: Path) -> None:
    """The output is one JSON line that reads back into an article."""
    import koreanews

    lines = out.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 1, f"{out}: {len(lines)} lines"
    koreanews.Article.from_json(lines[0])


# --------------------------------------------------------------------------- main


def verdict(ok: bool) -> str:
    return "ok  " if ok else "MISS"


def main(argv: Sequence[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--sizes", default="2,5,10,20", help="sizes in MB (default: 2,5,10,20)")
    p.add_argument("--lang", default="en", choices=("en", "nl"), help="the article's language")
    p.add_argument("--profile", action="store_true", help="cProfile the largest size")
    p.add_argument("--json", action="store_true", help="print the figures as JSON too")
    p.add_argument("--child", nargs=2, metavar=("PATH", "OUT"), help=argparse.SUPPRESS)
    args = p.parse_args(argv)
    if args.child:
        print(json.dumps(child(args.child[0], args.child[1], args.profile)))
        return 0

    sizes = sorted(float(s) for s in args.sizes.split(","))
    results = []
    with tempfile.TemporaryDirectory(prefix="koreanews-large-") as folder:
        for megabytes in sizes:
            r = run_size(megabytes, args.lang, Path(folder), profile=False)
            results.append(r)
            print(
                f"{r['input_mb']:6.1f} MB in: {r['cpu_s']:6.1f} CPU-s, {r['wall_s']:.1f} s wall "
                f"({r['parse_s']:.1f} s parse, {r['json_s']:.1f} s JSON, "
                f"{r['cpu_s'] / r['input_mb']:.2f} s/MB), JSON {r['output_mb']:.1f} MB "
                f"({r['output_mb'] / r['input_mb']:.2f}x), peak memory {r['peak_mb']:.0f} MB "
                f"({r['peak_mb_before']:.0f} MB after start-up)",
                flush=True,
            )
    first, last = results[0], results[-1]
    if len(results) > 1:
        size_ratio = last["input_mb"] / first["input_mb"]
        time_ratio = last["cpu_s"] / first["cpu_s"]
        growth = time_ratio / size_ratio
        print(
            f"[{verdict(growth <= TARGETS['growth'])}] {size_ratio:.1f}x the text takes "
            f"{time_ratio:.1f}x the CPU time (parse {last['parse_s'] / first['parse_s']:.1f}x, "
            f"JSON {last['json_s'] / max(first['json_s'], 1e-9):.1f}x; linear: "
            f"{size_ratio:.1f}x; target <= {TARGETS['growth']} x linear)"
        )
    at_20 = [r for r in results if r["megabytes"] >= 20]
    if at_20:
        peak = at_20[0]["peak_mb"]
        print(
            f"[{verdict(peak < TARGETS['peak_mb_at_20'])}] peak memory at "
            f"{at_20[0]['input_mb']:.0f} MB: {peak:.0f} MB (target < "
            f"{TARGETS['peak_mb_at_20']:.0f} MB)"
        )
    if args.profile:  # a run of its own: the profiler slows the timed runs down unevenly
        with tempfile.TemporaryDirectory(prefix="koreanews-large-") as folder:
            profiled = run_size(sizes[-1], args.lang, Path(folder), profile=True)
        print()
        print(f"cProfile of koreanews parse on {profiled['input_mb']:.0f} MB:")
        print(profiled.get("profile", ""))
    if args.json:
        print(json.dumps([{k: v for k, v in r.items() if k != "profile"} for r in results]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
