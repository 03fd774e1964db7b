"""The same input gives the same Article: in this process, in a fresh one, everywhere.

A fresh interpreter gets a different hash seed (so set and dict-of-str order
differ), a different time zone and a different locale; the parsed articles,
compared as JSON, must not change.  langdetect must be seeded: undecided texts
that reach it give one answer, every time.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import koreanews
from koreanews.langid import detect_language
from strategies import sample_articles

# Texts with few function words, so that language identification falls through
# to langdetect (written for these tests).
UNDECIDED = [
    "Kim Jong-un Moon Jae-in Pyongyang Seoul Panmunjom Kaesong Yonhap KCNA Busan Incheon",
    "Olympische Spelen Pyeongchang: Noord-Korea, Zuid-Korea, hockey, delegatie, cheerleaders",
    "Summit diplomacy: denuclearisation, sanctions relief, missiles, Washington, Beijing",
    "Raketten, sancties, topontmoeting, Trump, Kim, Singapore, denuclearisatie, inspecties",
    "Samsung Hyundai LG chaebol export halfgeleiders scheepsbouw Ulsan Geoje werven",
]

_SCRIPT = r"""
import json, locale, sys
try:
    locale.setlocale(locale.LC_ALL, "")
except locale.Error:
    pass
import koreanews
from koreanews.langid import detect_language
with open(sys.argv[1], encoding="utf-8") as f:
    job = json.load(f)
def dump(article):
    return article.to_json(ensure_ascii=True, sort_keys=True)
out = {
    "articles": [dump(koreanews.parse(t)) for t in job["texts"]],
    "files": [dump(koreanews.parse_file(p)) for p in job["files"]],
    "langs": [detect_language(t) for t in job["undecided"]],
}
with open(sys.argv[2], "w", encoding="utf-8") as f:
    json.dump(out, f, ensure_ascii=True)
"""

ENVIRONMENTS = {
    "utc": {"PYTHONHASHSEED": "0", "TZ": "UTC", "LC_ALL": "C.UTF-8"},
    "seoul": {"PYTHONHASHSEED": "4242", "TZ": "Asia/Seoul", "LC_ALL": "C", "LANG": "C"},
    "amsterdam": {
        "PYTHONHASHSEED": "random",
        "TZ": "Europe/Amsterdam",
        "LC_ALL": "nl_NL.UTF-8",
        "LANG": "nl_NL.UTF-8",
    },
    "hawaii": {"PYTHONHASHSEED": "987654321", "TZ": "HST10", "LC_ALL": "POSIX"},
}


def _example_files(repo_root: Path) -> list[str]:
    return sorted(str(p) for p in (repo_root / "examples" / "articles").glob("*.txt"))


def _job() -> dict[str, list[str]]:
    return {"texts": sample_articles(20181113, 40), "undecided": UNDECIDED}


def _in_this_process(job: dict[str, list[str]]) -> dict[str, list[str | None]]:
    return {
        "articles": [
            koreanews.parse(t).to_json(ensure_ascii=True, sort_keys=True) for t in job["texts"]
        ],
        "files": [
            koreanews.parse_file(p).to_json(ensure_ascii=True, sort_keys=True) for p in job["files"]
        ],
        "langs": [detect_language(t) for t in job["undecided"]],
    }


def _fresh_process(
    job: dict[str, list[str]], env_update: dict[str, str], tmp_path: Path
) -> dict[str, list[str | None]]:
    job_file, out_file = tmp_path / "job.json", tmp_path / "out.json"
    job_file.write_text(json.dumps(job), encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "PYTHONHASH"))}
    env.update(env_update)
    subprocess.run(
        [sys.executable, "-c", _SCRIPT, str(job_file), str(out_file)],
        env=env,
        check=True,
        timeout=600,
    )
    result: dict[str, list[str | None]] = json.loads(out_file.read_text(encoding="utf-8"))
    return result


def test_fresh_processes_give_the_same_articles(repo_root: Path, tmp_path: Path) -> None:
    job = _job()
    job["files"] = _example_files(repo_root)
    expected = _in_this_process(job)
    for name, env in ENVIRONMENTS.items():
        got = _fresh_process(job, env, tmp_path)
        for key in ("articles", "files", "langs"):
            assert len(expected[key]) == len(got[key])
            for i, (a, b) in enumerate(zip(expected[key], got[key], strict=True)):
                assert a == b, f"{name}: {key}[{i}] differs in a fresh process"


def test_the_job_really_exercises_the_parser() -> None:
    job = _job()
    articles = [koreanews.parse(t) for t in job["texts"]]
    assert any(a.date is not None for a in articles)
    assert any(a.date is None for a in articles)
    assert {a.lang for a in articles} == {"nl", "en"} or len(articles) < 10
    assert job == _job(), "the seeded sampler must give the same texts every time"


@pytest.mark.parametrize("text", UNDECIDED)
def test_langdetect_is_seeded(text: str) -> None:
    answers = {detect_language(text) for _ in range(25)}
    assert len(answers) == 1


def test_example_articles_parse_the_same_twice(repo_root: Path) -> None:
    for path in _example_files(repo_root):
        first = koreanews.parse_file(path)
        koreanews.parse(" date 2020-01 Iets heel anders, zegt Kim: „Ja.”")
        assert koreanews.parse_file(path) == first
