"""Data-driven cases: each folder in tests/cases/ is a tiny world (made-up releases, one or
two rules) and the verdicts expected of it on given dates. See tests/cases/README.md.

Every expected entry is one run of `checker check ... --format json`; the run's exit code
and every key the entry gives are asserted. Most runs go through typer's CliRunner (in
process, fast); the cases in SUBPROCESS go through a real `python -m checker`.
"""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import yaml
from typer.testing import CliRunner

from checker.cli import app

CASES = Path(__file__).resolve().parent / "cases"
ROOT = CASES.parent.parent
SUBPROCESS = {"count-met-exact", "invalid-unknown-release"}
DEFAULT_GRACE = 90

# keys an expected entry may have; anything else is a typo in the case
ENTRY_KEYS = {"as_of", "grace_days", "id", "status", "basis", "late", "progress", "trend", "comparator",
              "outcome_as_of", "problems_contain", "exit_code"}


def _text(value: Any) -> Any:
    return value.isoformat() if isinstance(value, date) else value


def _entries() -> list[Any]:
    params = []
    for folder in sorted(p for p in CASES.iterdir() if p.is_dir()):
        expected = yaml.safe_load((folder / "expected.yaml").read_text(encoding="utf-8"))
        assert isinstance(expected, list) and expected, f"{folder.name}/expected.yaml: a non-empty list"
        seen: dict[str, int] = {}
        for entry in expected:
            unknown = set(entry) - ENTRY_KEYS
            assert not unknown, f"{folder.name}/expected.yaml: unknown keys {sorted(unknown)}"
            label = f"{folder.name}@{_text(entry['as_of'])}"
            if entry.get("grace_days") is not None:
                label += f"+grace{entry['grace_days']}"
            if entry.get("id"):
                label += f"#{entry['id']}"
            seen[label] = seen.get(label, 0) + 1
            if seen[label] > 1:
                label += f"-{seen[label]}"
            params.append(pytest.param(folder, entry, id=label))
    return params


def _expected_exit(entry: dict[str, Any]) -> int:
    if "exit_code" in entry:
        return entry["exit_code"]
    return {"invalid": 2, "missed": 1}.get(entry["status"], 0)


def _run(folder: Path, entry: dict[str, Any]) -> tuple[int, str, str]:
    args = ["check", "--rules", str(folder / "rules"), "--seeds", str(folder / "seeds"),
            "--as-of", _text(entry["as_of"]), "--grace-days", str(entry.get("grace_days", DEFAULT_GRACE)),
            "--format", "json"]
    if folder.name in SUBPROCESS:
        done = subprocess.run([sys.executable, "-m", "checker", *args], capture_output=True, text=True,
                              encoding="utf-8", cwd=ROOT, timeout=60)
        return done.returncode, done.stdout, done.stderr
    result = CliRunner().invoke(app, args, catch_exceptions=False)
    stderr = ""
    try:
        stderr = result.stderr
    except ValueError:  # older click: stderr mixed into output
        pass
    return result.exit_code, result.stdout, stderr


@pytest.mark.parametrize(("folder", "entry"), _entries())
def test_case(folder: Path, entry: dict[str, Any]) -> None:
    code, stdout, stderr = _run(folder, entry)
    assert stdout.strip(), f"no report on stdout (exit {code}); stderr:\n{stderr}"
    report = json.loads(stdout)
    results = report["results"]
    if entry.get("id"):
        chosen = [r for r in results if r["id"] == entry["id"]]
        assert len(chosen) == 1, f"no single result with id {entry['id']!r} in {[r['id'] for r in results]}"
        result = chosen[0]
    else:
        assert len(results) == 1, f"expected one result, got {[r['id'] for r in results]}"
        result = results[0]
    context = json.dumps({k: result[k] for k in ("status", "basis", "late", "progress", "trend", "outcome",
                                                    "problems", "note")}, ensure_ascii=False, indent=1)

    assert result["status"] == entry["status"], context
    for key in ("basis", "late", "trend"):
        if key in entry:
            assert result[key] == entry[key], f"{key}: {context}"
    if "progress" in entry:
        if entry["progress"] is None:
            assert result["progress"] is None, f"progress: {context}"
        else:
            assert result["progress"] == pytest.approx(entry["progress"], abs=1e-4), f"progress: {context}"
    if "comparator" in entry:
        assert result["plan"]["comparator"] == entry["comparator"], f"comparator: {context}"
    if "outcome_as_of" in entry:
        if entry["outcome_as_of"] is None:
            assert result["outcome"] is None, f"outcome: {context}"
        else:
            assert result["outcome"] is not None, f"outcome: {context}"
            assert result["outcome"]["as_of"] == _text(entry["outcome_as_of"]), f"outcome: {context}"
    for fragment in entry.get("problems_contain", []):
        assert any(fragment in problem for problem in result["problems"]), f"problem {fragment!r}: {context}"
    if entry["status"] != "invalid":
        assert result["problems"] == [], f"problems on a valid rule: {context}"
    assert report["problems"] == [] or entry["status"] == "invalid", f"file problems: {report['problems']}"
    assert code == _expected_exit(entry), f"exit code {code}; stderr:\n{stderr}\n{context}"
