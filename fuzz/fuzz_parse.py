#!/usr/bin/env python3
"""Coverage-guided fuzz target for :func:`koreanews.parse` (atheris / libFuzzer).

Each input is parsed three ways:

* as bytes: the only allowed error is :class:`koreanews.InputError`, raised
  exactly when the bytes are not UTF-8, with the offset of the first bad byte;
* as text (undecodable bytes become lone surrogates, the most hostile str a
  caller can pass): no error at all, and every invariant of
  ``tests/invariants.py`` must hold (spans, blocks, quotes, JSON round trip);
* as text with ``strict=True`` and a fixed language: only
  :class:`koreanews.HeaderError` may be raised.

Anything else (another exception, a failed invariant) is a finding.  See
``fuzz/README.md`` for how to run it; without atheris installed the same
checks run in a simple random-mutation loop (``--no-atheris``).
"""

from __future__ import annotations

import os
import random
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "tests"))  # the shared invariants

try:
    import atheris
except ImportError:  # pragma: no cover - depends on the environment
    atheris = None

if atheris is not None and "--no-atheris" not in sys.argv:
    with atheris.instrument_imports(include=["koreanews"]):
        import koreanews
else:
    import koreanews

from invariants import check_article, first_bad_byte  # noqa: E402
from koreanews import HeaderError, InputError  # noqa: E402


def test_one_input(data: bytes) -> None:
    """Parse *data* as bytes and as text; raise on any finding."""
    bad = first_bad_byte(data)
    try:
        article = koreanews.parse(data)
    except InputError as exc:
        if bad is None or exc.offset != bad:
            raise AssertionError(f"InputError {exc} but the first bad byte is {bad}") from exc
    else:
        if bad is not None:
            raise AssertionError(f"undecodable bytes (byte {bad}) parsed without an InputError")
        check_article(article.text, article, round_trip=False)

    text = data.decode("utf-8", "surrogateescape")
    check_article(text, koreanews.parse(text))

    lang = ("nl", "en")[len(data) % 2]
    try:
        strict = koreanews.parse(text, strict=True, lang=lang)
    except HeaderError:
        return
    assert strict.lang == lang
    assert strict.date is not None
    check_article(text, strict, round_trip=False)


# -- a fallback loop for machines without atheris --------------------------------------

_TOKENS = [
    b" date 2018-02 ", b"date ", b"\r\n", b"\r", b"\n\n", b"\xc2\xa0", b"\xe2\x80\x8b",
    b"\xef\xbb\xbf", b"\x00", b"\t", "„".encode(), "“".encode(), "”".encode(),
    "‘".encode(), "’".encode(), b"'", b'"', b",,", b"''", "«".encode(), "»".encode(),
    b"zegt", b"aldus", b"volgens", b"said", b"according to", b": ", b"Lees verder",
    b"Kim Jong-un", b"\xff", b"\xe2\x82",
]  # fmt: skip


def _mutate(rng: random.Random, data: bytes, corpus: list[bytes]) -> bytes:
    buf = bytearray(data)
    for _ in range(rng.randint(1, 8)):
        op = rng.randrange(5)
        pos = rng.randint(0, len(buf))
        if op == 0 and buf:
            del buf[pos : pos + rng.randint(1, 16)]
        elif op == 1:
            buf[pos:pos] = rng.choice(_TOKENS)
        elif op == 2 and buf:
            buf[min(pos, len(buf) - 1)] = rng.randrange(256)
        elif op == 3 and corpus:
            other = rng.choice(corpus)
            start = rng.randint(0, len(other))
            buf[pos:pos] = other[start : start + rng.randint(1, 200)]
        else:
            chunk = buf[pos : pos + rng.randint(1, 64)]
            buf[pos:pos] = chunk * rng.randint(1, 50)
    return bytes(buf[:20_000])


def _read_corpus(paths: list[str]) -> list[bytes]:
    corpus: list[bytes] = []
    for name in paths:
        path = Path(name)
        files = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
        corpus.extend(p.read_bytes() for p in files)
    return corpus or [b""]


def fallback_main(argv: list[str]) -> int:
    """``fuzz_parse.py --no-atheris [-max_total_time=N] [-seed=N] CORPUS...``"""
    seconds, seed, paths = 60.0, 0, []
    for arg in argv:
        if arg.startswith("-max_total_time="):
            seconds = float(arg.split("=", 1)[1])
        elif arg.startswith("-seed="):
            seed = int(arg.split("=", 1)[1])
        elif not arg.startswith("-"):
            paths.append(arg)
    corpus = _read_corpus(paths)
    rng = random.Random(seed)
    runs, deadline = 0, time.monotonic() + seconds
    for data in corpus:
        test_one_input(data)
        runs += 1
    while time.monotonic() < deadline:
        data = _mutate(rng, rng.choice(corpus), corpus)
        try:
            test_one_input(data)
        except Exception:
            crash = Path(os.environ.get("FUZZ_ARTIFACTS", ".")) / f"crash-{seed}-{runs}"
            crash.write_bytes(data)
            print(f"finding after {runs} runs, input saved to {crash}", file=sys.stderr)
            raise
        runs += 1
    print(f"Done {runs} runs in {seconds:.0f} second(s), no findings (seed {seed})")
    return 0


def main() -> int:
    if atheris is None or "--no-atheris" in sys.argv:
        return fallback_main([a for a in sys.argv[1:] if a != "--no-atheris"])
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()
    return 0


if __name__ == "__main__":
    sys.exit(main())
