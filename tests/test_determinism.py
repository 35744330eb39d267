"""The same inputs and --as-of give byte-identical reports: whatever the hash seed of the
process, and whatever order the files were created in on disk.

Each run is a real process (PYTHONHASHSEED only takes effect at start-up). Two workspaces
hold the same files, one created in sorted order and one in reverse order; the runs are
compared format by format. A second pair of workspaces adds broken input, so the order of
problems and invalid rules is held to the same standard.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from conftest import ROOT

AS_OF = "2026-11-25"
FORMATS = ("markdown", "json", "junit")
SEEDS_OF_HASH = ("0", "4242", "random")

# Broken input added to the "hostile" workspaces: each spoils something different.
BROKEN = {
    "rules/zz-broken/tag.yaml": "rules:\n  - !custom {id: a}\n",
    "rules/zz-broken/dup-key.yaml": "rules: []\nrules: []\n",
    "rules/zz-broken/empty.yaml": "",
    "rules/aa-early.yml": (
        "rules:\n"
        "  - id: xinxiang-2023-public-kindergartens\n"  # a duplicate id across files
        "    region: 新乡市\n"
        "    indicator: 重复\n"
        "    plan: {value: 26所, deadline: 2023年底, source: xinxiang-2024-01-22,\n"
        "           quote: 计划任务是新建和改扩建公办幼儿园26所}\n"
        "  - id: misspelt\n"
        "    region: 某市\n"
        "    indicator: 拼错\n"
        "    plan: {valeu: 1所, dealine: 2023年, source: nowhere, quote: q}\n"
        "  - id: unknown-source\n"
        "    region: 某市\n"
        "    indicator: 未知来源\n"
        "    plan: {value: 1所, deadline: 2023年, source: no-such-release, quote: 一所}\n"
        "    outcomes:\n"
        "      - {value: 2所, as_of: 2023-12-31, source: xinxiang-2024-01-22, quote: 不在这里2所}\n"
    ),
    "seeds/unlisted-b.txt": "不在清单里\n",
    "seeds/unlisted-a.txt": "也不在清单里\n",
}


def _files(hostile: bool) -> list[tuple[str, bytes]]:
    files = [(f"{folder}/{path.relative_to(ROOT / folder)}", path.read_bytes())
             for folder in ("rules", "seeds") for path in sorted((ROOT / folder).rglob("*")) if path.is_file()]
    if hostile:
        files += [(name, text.encode("utf-8")) for name, text in BROKEN.items()]
    return sorted(files)


def _build(root: Path, files: list[tuple[str, bytes]]) -> Path:
    for name, data in files:
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    return root


@pytest.fixture(scope="module", params=["bundled", "hostile"])
def workspaces(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    files = _files(request.param == "hostile")
    forward = _build(tmp_path_factory.mktemp(f"{request.param}-forward"), files)
    backward = _build(tmp_path_factory.mktemp(f"{request.param}-backward"), list(reversed(files)))
    return forward, backward


def _run(cwd: Path, hash_seed: str, *args: str) -> tuple[int, bytes, bytes]:
    env = {key: value for key, value in os.environ.items()
           if key not in ("GITHUB_ACTIONS", "GITHUB_STEP_SUMMARY", "FORCE_COLOR", "NO_COLOR")}
    env["PYTHONHASHSEED"] = hash_seed
    env["COLUMNS"] = "200"
    done = subprocess.run([sys.executable, "-m", "checker", *args], cwd=cwd, env=env, capture_output=True, timeout=120)
    assert b"Traceback" not in done.stderr, done.stderr.decode("utf-8", "replace")
    return done.returncode, done.stdout, done.stderr


def test_reports_are_byte_identical(workspaces: tuple[Path, Path]) -> None:
    forward, backward = workspaces
    jobs = [(place, seed, fmt) for place, seed in ((forward, "0"), (backward, "4242"), (backward, "random"))
            for fmt in FORMATS]
    with ThreadPoolExecutor(max_workers=min(len(jobs), (os.cpu_count() or 2) + 1)) as pool:
        results = list(pool.map(lambda job: _run(job[0], job[1], "check", "--as-of", AS_OF, "--format", job[2],
                                                 "--fail-on", "none"), jobs))
    by_format: dict[str, list[tuple[int, bytes]]] = {}
    for (place, seed, fmt), (code, out, _) in zip(jobs, results, strict=True):
        assert out, f"no {fmt} report from {place} with PYTHONHASHSEED={seed}"
        by_format.setdefault(fmt, []).append((code, out))
    report = json.loads(by_format["json"][0][1])
    if "hostile" in forward.name:  # the broken input really is in the run
        assert report["summary"]["invalid"] >= 3 and len(report["problems"]) >= 5, report["problems"]
    for fmt, outputs in by_format.items():
        first = outputs[0]
        for other in outputs[1:]:
            assert other[0] == first[0], f"{fmt}: exit codes differ"
            assert other[1] == first[1], f"{fmt}: the reports differ between hash seeds / file creation orders"


def test_validate_and_table_are_byte_identical(workspaces: tuple[Path, Path]) -> None:
    forward, backward = workspaces
    jobs = [(forward, "0", ("validate",)), (backward, "4242", ("validate",)),
            (forward, "0", ("check", "--as-of", AS_OF)), (backward, "4242", ("check", "--as-of", AS_OF))]
    with ThreadPoolExecutor(max_workers=4) as pool:
        (v1, v2, t1, t2) = list(pool.map(lambda job: _run(job[0], job[1], *job[2]), jobs))
    assert v1 == v2
    assert t1 == t2


def test_copying_the_folders_does_not_change_the_report(tmp_path: Path) -> None:
    """shutil.copytree (another creation order and other mtimes) against the repository."""
    shutil.copytree(ROOT / "rules", tmp_path / "rules")
    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
    args = ("check", "--as-of", AS_OF, "--format", "json", "--fail-on", "none")
    assert _run(tmp_path, "1", *args) == _run(ROOT, "2", *args)
