"""Golden reports of the bundled rules, compared byte for byte, and the check command's
exit codes. Regenerate after a deliberate change with:

    CHECKER_UPDATE_GOLDEN=1 .venv/bin/python -m pytest tests/test_reports.py

and review the diff (reports/compliance.md is the committed report of the bundled rules).
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest
from conftest import ROOT, bundled_results
from typer.testing import CliRunner

from checker.cli import app
from checker.judge.verdict import Status

AS_OF = "2026-11-25"  # the date the committed report is made for
GOLDEN = {
    ("markdown", "en"): ROOT / "reports" / "compliance.md",
    ("markdown", "zh"): ROOT / "reports" / "compliance.zh.md",
    ("json", "en"): ROOT / "tests" / "golden" / "compliance.json",
    ("table", "en"): ROOT / "tests" / "golden" / "table.en.txt",
    ("table", "zh"): ROOT / "tests" / "golden" / "table.zh.txt",
}
runner = CliRunner()


def _check(*args: str) -> tuple[int, str]:
    result = runner.invoke(app, ["check", "--rules", str(ROOT / "rules"), "--seeds", str(ROOT / "seeds"), *args])
    return result.exit_code, result.stdout


@pytest.mark.parametrize(("fmt", "lang"), sorted(GOLDEN))
def test_golden_report(fmt: str, lang: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.chdir(ROOT)  # rule locations are shown relative to the working folder
    written = tmp_path / "report"  # the table as a file: the width of a file, not of a terminal
    code, _ = _check("--as-of", AS_OF, "--format", fmt, "--fail-on", "none", "--lang", lang, "--output", str(written))
    assert code == 0
    text = written.read_text(encoding="utf-8")
    path = GOLDEN[(fmt, lang)]
    if os.environ.get("CHECKER_UPDATE_GOLDEN"):
        path.write_text(text, encoding="utf-8")
    assert text == path.read_text(encoding="utf-8"), f"{path} is stale: regenerate it (see this module's docstring)"


def test_bundled_verdicts(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    code, text = _check("--as-of", AS_OF, "--format", "json", "--fail-on", "none")
    report = json.loads(text)
    assert report["as_of"] == AS_OF
    assert {status.value for status in Status} <= set(report["summary"])
    scorecard = report["summary"]["scorecard"]
    assert scorecard["due"] == sum(region["due"] for region in report["summary"]["regions"])
    assert scorecard["met"] + scorecard["missed"] + scorecard["unreported"] + scorecard["other"] == scorecard["due"]
    assert report["summary"]["invalid"] == 0 and report["problems"] == []
    by_id = {r["id"]: r for r in report["results"]}
    kindergartens = by_id["xinxiang-2023-public-kindergartens"]
    assert (kindergartens["status"], kindergartens["basis"], kindergartens["progress"]) == ("met", "measured", 1.0385)
    assert kindergartens["outcome"]["figure"] == "27" and kindergartens["outcome"]["final"] is True
    assert by_id["xinxiang-2023-new-skilled-workers"]["basis"] == "derived"
    assert by_id["xinxiang-2023-boarding-primary-projects"]["late"] is True
    assert by_id["zhengzhou-2025-group-schooling-coverage"]["status"] == "unreported"
    assert by_id["jincheng-weak-link-improvement-funds"]["progress"] == 0.9053
    for result in report["results"]:
        assert {"id", "region", "indicator", "status", "basis", "late", "progress", "trend", "plan", "outcome",
                "problems"} <= set(result)


def test_as_of_before_the_outcomes_were_published(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    _, text = _check("--as-of", "2023-06-30", "--format", "json", "--fail-on", "none")
    by_id = {r["id"]: r for r in json.loads(text)["results"]}
    assert by_id["xinxiang-2023-public-kindergartens"]["status"] == "pending"
    assert by_id["xinxiang-2023-public-kindergartens"]["outcome"] is None


def test_grace_days_turn_pending_into_unreported(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    _, text = _check("--as-of", "2026-02-01", "--format", "json", "--fail-on", "none")
    statuses = {r["id"]: r["status"] for r in json.loads(text)["results"]}
    assert statuses["zhengzhou-2025-principal-studios"] == "pending"
    _, text = _check("--as-of", "2026-02-01", "--grace-days", "10", "--format", "json", "--fail-on", "none")
    statuses = {r["id"]: r["status"] for r in json.loads(text)["results"]}
    assert statuses["zhengzhou-2025-principal-studios"] == "unreported"


@pytest.mark.parametrize(("fail_on", "code"), [("missed", 0), ("unreported", 1), ("met,pending", 1), ("none", 0)])
def test_exit_codes(fail_on: str, code: int) -> None:
    assert _check("--as-of", AS_OF, "--format", "json", "--fail-on", fail_on)[0] == code


def test_usage_errors_exit_2() -> None:
    assert _check("--fail-on", "late")[0] == 2
    assert _check("--format", "xml")[0] == 2
    assert _check("--as-of", "2026-13-01")[0] == 2


def test_invalid_rule_exits_2_and_is_shown(tmp_path: Path) -> None:
    rules = tmp_path / "rules"
    shutil.copytree(ROOT / "rules", rules)
    path = rules / "xinxiang.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("value: 27所", "value: 27人次", 1), encoding="utf-8")
    result = runner.invoke(app, ["check", "--rules", str(rules), "--seeds", str(ROOT / "seeds"),
                                 "--as-of", AS_OF, "--format", "json"])
    assert result.exit_code == 2
    report = json.loads(result.stdout)
    bad = [r for r in report["results"] if r["status"] == "invalid"]
    assert [r["id"] for r in bad] == ["xinxiang-2023-public-kindergartens"]
    assert "cannot be compared" in bad[0]["problems"][0] and "人次" in bad[0]["problems"][0]
    assert len(report["results"]) == len(bundled_results())


def test_no_rules_exit_2(tmp_path: Path) -> None:
    result = runner.invoke(app, ["check", "--rules", str(tmp_path), "--seeds", str(ROOT / "seeds")])
    assert result.exit_code == 2
    assert "no rules found" in result.stderr


def test_output_written_atomically_and_byte_identical(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    first, second = tmp_path / "a.md", tmp_path / "b.md"
    for path in (first, second):
        assert _check("--as-of", AS_OF, "--format", "markdown", "--output", str(path))[0] == 0
    assert first.read_bytes() == second.read_bytes() == GOLDEN[("markdown", "en")].read_bytes()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.md", "b.md"]  # no temporary left behind


def test_unwritable_output_fails_before_work(tmp_path: Path) -> None:
    code, _ = _check("--output", str(tmp_path / "missing" / "report.md"))
    assert code == 2
