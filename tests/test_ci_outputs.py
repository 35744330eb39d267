"""CI outputs: JUnit XML read by a JUnit library, GitHub annotations and job summary,
the baseline comparison, `checker diff`, and the published JSON Schema."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from conftest import ROOT, bundled_results
from junitparser import Error, Failure, JUnitXml
from typer.testing import CliRunner

from checker.cli import app

runner = CliRunner()


def check(*args: str, env: dict[str, str] | None = None) -> tuple[int, str, str]:
    result = runner.invoke(app, ["check", "--rules", str(ROOT / "rules"), "--seeds", str(ROOT / "seeds"), *args],
                           env=env)
    return result.exit_code, result.stdout, result.stderr


def test_junit_one_case_per_rule_grouped_by_region(tmp_path: Path) -> None:
    path = tmp_path / "report.xml"
    code, _, _ = check("--as-of", "2026-11-25", "--format", "junit", "--output", str(path), "--fail-on", "unreported")
    assert code == 1
    xml = JUnitXml.fromfile(str(path))
    suites = {suite.name: suite for suite in xml}
    assert set(suites) == {result["region"] for result in bundled_results()} >= {"新乡市", "郑州市", "鹤壁市", "晋城市"}
    cases = [case for suite in xml for case in suite]
    assert len(cases) == len(bundled_results())
    failed = {case.name.split(":")[0] for case in cases if any(isinstance(r, Failure) for r in case.result)}
    report = json.loads(check("--as-of", "2026-11-25", "--format", "json", "--fail-on", "none")[1])
    assert failed == {r["id"] for r in report["results"] if r["status"] == "unreported"}
    for region, suite in suites.items():
        assert suite.failures == len([r for r in bundled_results("unreported") if r["region"] == region])
    assert suites["郑州市"].failures > suites["新乡市"].failures > 0  # the counts differ: not one figure for all


def test_junit_invalid_rule_is_an_error(tmp_path: Path) -> None:
    rules = tmp_path / "rules"
    shutil.copytree(ROOT / "rules", rules)
    path = rules / "hebi.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("value: 60套", "value: 60磅", 1), encoding="utf-8")
    result = runner.invoke(app, ["check", "--rules", str(rules), "--seeds", str(ROOT / "seeds"),
                                 "--as-of", "2026-11-25", "--format", "junit", "--output", str(tmp_path / "r.xml")])
    assert result.exit_code == 2
    xml = JUnitXml.fromfile(str(tmp_path / "r.xml"))
    errors = [case for suite in xml for case in suite if any(isinstance(r, Error) for r in case.result)]
    assert [case.name.split(":")[0] for case in errors] == ["hebi-2025-community-fitness-equipment"]
    assert "磅" in errors[0].result[0].text


def test_github_annotations_and_step_summary(tmp_path: Path) -> None:
    rules = tmp_path / "rules"
    shutil.copytree(ROOT / "rules", rules)
    path = rules / "xinxiang.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("value: 27所", "value: 28所", 1), encoding="utf-8")
    line = next(i for i, row in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if "value: 28所" in row)
    summary = tmp_path / "summary.md"
    summary.write_text("earlier step\n", encoding="utf-8")
    env = {"GITHUB_ACTIONS": "true", "GITHUB_STEP_SUMMARY": str(summary)}
    result = runner.invoke(app, ["check", "--rules", str(rules), "--seeds", str(ROOT / "seeds"),
                                 "--as-of", "2026-11-25", "--format", "json"], env=env)
    assert result.exit_code == 2
    json.loads(result.stdout)  # the JSON report on stdout stays parsable: annotations go to stderr
    annotations = [row for row in result.stderr.splitlines() if row.startswith("::error")]
    assert annotations == [f"::error file={rules / 'xinxiang.yaml'},line={line},col=9::outcome value 28所 is not "
                           "in its quote, which states 27所"]
    written = summary.read_text(encoding="utf-8")
    assert written.startswith("earlier step\n# Plan targets and reported outcomes")
    assert "| invalid | 1 |" in written


def test_no_annotations_outside_github(tmp_path: Path) -> None:
    _, out, err = check("--as-of", "2026-11-25", env={"GITHUB_ACTIONS": ""})
    assert "::error" not in out + err


def test_baseline_shows_changed_statuses_first(tmp_path: Path) -> None:
    base = tmp_path / "base.json"
    assert check("--as-of", "2024-06-30", "--format", "json", "--output", str(base), "--fail-on", "none")[0] == 0
    code, out, _ = check("--as-of", "2025-06-01", "--baseline", str(base), "--format", "json", "--fail-on", "none")
    assert code == 0
    changes = json.loads(out)["changes"]
    assert changes["baseline_as_of"] == "2024-06-30"
    moved = {(c["id"], c["before"], c["after"]) for c in changes["changed"]}
    assert ("hebi-2024-special-education-school-coverage", "pending", "met") in moved
    assert ("xinxiang-2024-urban-new-jobs", "pending", "met") in moved
    assert ("zhengzhou-2024-new-quality-schools-first-batch", "pending", "unreported") in moved
    assert len(changes["changed"]) + len(changes["unchanged"]) == len(bundled_results())
    markdown = check("--as-of", "2025-06-01", "--baseline", str(base), "--format", "markdown", "--fail-on", "none")[1]
    changed_at = markdown.index("## What changed since 2024-06-30")
    assert changed_at < markdown.index("## Missed")
    assert "**pending → unreported**" in markdown and "**pending → met**" in markdown


def test_baseline_new_and_removed_rules(tmp_path: Path) -> None:
    base = tmp_path / "base.json"
    check("--as-of", "2026-11-25", "--format", "json", "--output", str(base), "--fail-on", "none")
    report = json.loads(base.read_text(encoding="utf-8"))
    report["results"] = [r for r in report["results"] if r["id"] != "hebi-2025-sports-events"]
    report["results"].append({"id": "gone-rule", "region": "某市", "indicator": "某指标", "status": "met"})
    base.write_text(json.dumps(report, ensure_ascii=False), encoding="utf-8")
    result = runner.invoke(app, ["diff", str(base), str(base)])
    assert result.exit_code == 0 and "0 rules changed status" in result.stdout
    new = tmp_path / "new.json"
    check("--as-of", "2026-11-25", "--format", "json", "--output", str(new), "--fail-on", "none")
    result = runner.invoke(app, ["diff", str(base), str(new), "--format", "json"])
    changed = {(c["id"], c["before"], c["after"]) for c in json.loads(result.stdout)["changed"]}
    assert changed == {("hebi-2025-sports-events", None, "unreported"), ("gone-rule", "met", None)}
    markdown = runner.invoke(app, ["diff", str(base), str(new), "--format", "markdown"]).stdout
    assert "new → unreported" in markdown and "met → removed" in markdown and "# Unchanged" in markdown


@pytest.mark.parametrize(("content", "message"), [
    ("not json", "not a JSON report"),
    ('{"results": [{"id": 1}]}', "not a checker JSON report"),
])
def test_bad_baseline_exit_2(tmp_path: Path, content: str, message: str) -> None:
    base = tmp_path / "base.json"
    base.write_text(content, encoding="utf-8")
    code, _, err = check("--baseline", str(base))
    assert code == 2 and message in err and str(base) in err


def test_schema_is_published_and_fresh() -> None:
    result = runner.invoke(app, ["schema"])
    assert result.exit_code == 0
    schema = json.loads(result.stdout)
    assert (ROOT / "rules.schema.json").read_text(encoding="utf-8") == result.stdout, \
        "rules.schema.json is stale: run `checker schema > rules.schema.json`"
    rule = schema["$defs"]["Rule"]
    assert set(rule["properties"]) == {"id", "region", "indicator", "measure", "plan", "outcomes", "note"}
    assert rule["additionalProperties"] is False
    assert set(schema["$defs"]["Outcome"]["properties"]) >= {"value", "completion", "achieved", "claim", "as_of",
                                                              "increment", "source", "quote"}


def test_validate_annotates_under_github_actions(tmp_path: Path) -> None:
    rules = tmp_path / "rules"
    shutil.copytree(ROOT / "rules", rules)
    path = rules / "jincheng.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("    plan:\n", "    plan:\n      dealine: 2025年\n", 1),
                    encoding="utf-8")
    result = runner.invoke(app, ["validate", "--rules", str(rules), "--seeds", str(ROOT / "seeds")],
                           env={"GITHUB_ACTIONS": "true"})
    assert result.exit_code == 2
    errors = [line for line in result.stdout.splitlines() if line.startswith("::error ")]
    assert len(errors) == 1 and "did you mean `deadline`?" in errors[0] and "jincheng.yaml,line=" in errors[0]
    warnings = [line for line in result.stdout.splitlines() if line.startswith("::warning ")]
    assert len(warnings) == 4  # the bundled rules' standing warnings
