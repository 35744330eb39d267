"""Data-driven cases: each folder in tests/cases/ is a tiny world (made-up releases, one or
two rules) and the verdicts expected of it on given dates. See tests/cases/README.md.

Every expected entry is one audit through the Python API (`run_audit`, then the report
record every format is made from); the run's exit code (`exit_code`) and every key the
entry gives are asserted. The cases in CLI run once more through a real `python -m checker`,
to show the command line says the same.
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
from conftest import CASES, ROOT

from checker.cli.common import exit_code
from checker.judge.pipeline import run_audit
from checker.judge.verdict import Status
from checker.locale import Lang, words
from checker.report.record import ReportRecord, report_record

CLI = {"count-met-exact", "invalid-unknown-release", "range-outcome-proves-neither"}
DEFAULT_GRACE = 90
FAIL_ON = frozenset({Status.missed})

# keys an expected entry may have; anything else is a typo in the case
ENTRY_KEYS = {"as_of", "grace_days", "id", "status", "basis", "late", "progress", "trend", "comparator",
              "outcome_as_of", "problems_contain", "notes_contain", "note_contains", "exit_code"}


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
        return int(entry["exit_code"])
    return {"invalid": 2, "missed": 1}.get(entry["status"], 0)


def _audit(folder: Path, entry: dict[str, Any]) -> tuple[int, ReportRecord]:
    as_of = entry["as_of"] if isinstance(entry["as_of"], date) else date.fromisoformat(entry["as_of"])
    audit = run_audit([folder / "rules"], folder / "seeds", as_of, entry.get("grace_days", DEFAULT_GRACE),
                      root=ROOT)
    # the record is what the JSON report dumps: made the same way, and round-tripped through JSON
    record = json.loads(json.dumps(report_record(audit, words(Lang.en)), ensure_ascii=False))
    return exit_code(audit, FAIL_ON), record


def _cli(folder: Path, entry: dict[str, Any]) -> tuple[int, ReportRecord]:
    args = ["check", "--rules", str(folder / "rules"), "--seeds", str(folder / "seeds"), "--lang", "en",
            "--as-of", str(_text(entry["as_of"])), "--grace-days", str(entry.get("grace_days", DEFAULT_GRACE)),
            "--format", "json"]
    done = subprocess.run([sys.executable, "-m", "checker", *args], capture_output=True, text=True,
                          encoding="utf-8", cwd=ROOT, timeout=60, check=False)
    assert done.stdout.strip(), f"no report on stdout (exit {done.returncode}); stderr:\n{done.stderr}"
    return done.returncode, json.loads(done.stdout)


def _check(code: int, report: ReportRecord, entry: dict[str, Any]) -> None:
    results = report["results"]
    if entry.get("id"):
        chosen = [r for r in results if r["id"] == entry["id"]]
        assert len(chosen) == 1, f"no single result with id {entry['id']!r} in {[r['id'] for r in results]}"
        result = chosen[0]
    else:
        assert len(results) == 1, f"expected one result, got {[r['id'] for r in results]}"
        result = results[0]
    context = json.dumps({k: result[k] for k in ("status", "basis", "late", "progress", "trend", "outcome",
                                                    "problems", "notes", "note")}, ensure_ascii=False, indent=1)

    assert result["status"] == entry["status"], context
    for key in ("basis", "late", "trend"):
        if key in entry:
            assert result[key] == entry[key], f"{key}: {context}"
    if "progress" in entry:
        if entry["progress"] is None:
            assert result["progress"] is None, f"progress: {context}"
        else:
            # the report holds progress to 4 places: an expected value to 4 places is met exactly
            assert result["progress"] == pytest.approx(entry["progress"], abs=1e-9), f"progress: {context}"
    if result["status"] != "met" and result["progress"] is not None:
        assert result["progress"] != 1.0, f"a plan not met shown at 100%: {context}"
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
    for fragment in entry.get("notes_contain", []):
        assert any(fragment in note for note in result["notes"]), f"note {fragment!r}: {context}"
    if "note_contains" in entry:
        assert entry["note_contains"] in (result["note"] or ""), f"note: {context}"
    if entry["status"] != "invalid":
        assert result["problems"] == [], f"problems on a valid rule: {context}"
    assert report["problems"] == [] or entry["status"] == "invalid", f"file problems: {report['problems']}"
    assert code == _expected_exit(entry), f"exit code {code}\n{context}"


@pytest.mark.parametrize(("folder", "entry"), _entries())
def test_case(folder: Path, entry: dict[str, Any]) -> None:
    _check(*_audit(folder, entry), entry)


@pytest.mark.parametrize(("folder", "entry"), [p for p in _entries() if p.values[0].name in CLI])
def test_case_through_the_command_line(folder: Path, entry: dict[str, Any]) -> None:
    _check(*_cli(folder, entry), entry)
