"""`checker check --format sarif`: SARIF 2.1.0 that the official schema accepts and GitHub code
scanning can take (every result at a file, line and column), with the same findings as the
annotations, in the reader's language, the same bytes for the same inputs."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from conftest import ROOT, VECTORS, bundled_results
from test_chinese_output import english_words
from typer.testing import CliRunner

import checker
from checker.cli import app
from checker.report.formats import Format
from checker.report.sarif import artifact_uri

runner = CliRunner()
SCHEMA = json.loads((VECTORS / "sarif" / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
VALIDATOR = jsonschema.Draft4Validator(SCHEMA, format_checker=jsonschema.Draft4Validator.FORMAT_CHECKER)


def sarif(*args: str, rules: Path | str = ROOT / "rules", env: dict[str, str] | None = None) -> tuple[int, Any, str]:
    result = runner.invoke(app, ["check", "--rules", str(rules), "--seeds", str(ROOT / "seeds"), "--format", "sarif",
                                 *args], env=env)
    return result.exit_code, json.loads(result.stdout), result.stderr


def json_report(*args: str) -> Any:
    result = runner.invoke(app, ["check", "--rules", str(ROOT / "rules"), "--seeds", str(ROOT / "seeds"),
                                 "--format", "json", "--fail-on", "none", *args])
    return json.loads(result.stdout)


def schema_errors(log: Any) -> list[str]:
    return [f"{list(error.absolute_path)}: {error.message}" for error in VALIDATOR.iter_errors(log)]


def where(result: Any) -> tuple[str, int, int]:
    physical = result["locations"][0]["physicalLocation"]
    return physical["artifactLocation"]["uri"], physical["region"]["startLine"], physical["region"]["startColumn"]


def broken_rules(tmp_path: Path) -> Path:
    """A copy of the bundled rules with one outcome that its quote does not state."""
    rules = tmp_path / "rules"
    shutil.copytree(ROOT / "rules", rules)
    path = rules / "xinxiang.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("value: 27所", "value: 28所", 1), encoding="utf-8")
    return rules


def test_the_schema_is_the_official_one_and_it_rejects_what_it_should() -> None:
    assert SCHEMA["id"] == "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
    code, log, _ = sarif("--as-of", "2026-11-25", "--fail-on", "unreported")
    assert code == 1 and schema_errors(log) == []
    # the vendored schema really checks: a level SARIF does not know, a line 0, a result without a message
    result = log["runs"][0]["results"][0]
    for damage in ({"level": "fatal"}, {"locations": [{"physicalLocation": {"artifactLocation": {"uri": "a"},
                                                                           "region": {"startLine": 0}}}]}):
        assert schema_errors({**log, "runs": [{**log["runs"][0], "results": [{**result, **damage}]}]})
    assert schema_errors({**log, "runs": [{**log["runs"][0], "results": [{"ruleId": "missed"}]}]})


def test_results_are_the_fail_on_statuses_at_their_rules() -> None:
    report = json_report("--as-of", "2026-11-25")
    code, log, _ = sarif("--as-of", "2026-11-25", "--fail-on", "unreported,pending")
    assert code == 1
    run = log["runs"][0]
    assert log["version"] == "2.1.0" and len(log["runs"]) == 1
    driver = run["tool"]["driver"]
    assert driver["name"] == "checker" and driver["version"] == checker.__version__
    assert [rule["id"] for rule in driver["rules"]] == ["invalid", "unreported", "pending", "input"]
    expected = {r["id"]: r for r in report["results"] if r["status"] in ("unreported", "pending")}
    assert len(expected) == len(bundled_results("unreported", "pending"))
    results = run["results"]
    assert {r["properties"]["rule"]: r["ruleId"] for r in results} == {i: r["status"] for i, r in expected.items()}
    for result in results:
        rule = expected[result["properties"]["rule"]]
        file, line, col = rule["location"].rsplit(":", 2)
        assert where(result) == (file, int(line), int(col))
        assert result["level"] == "error"
        assert driver["rules"][result["ruleIndex"]]["id"] == result["ruleId"]
        assert result["message"]["text"].startswith(f"{rule['id']} ({rule['indicator']}): {rule['status']}")
        assert ": target " in result["message"]["text"]
    assert run["properties"]["summary"]["unreported"] == len(bundled_results("unreported"))
    assert run["properties"]["fail_on"] == ["pending", "unreported"]


def test_nothing_to_report_is_an_empty_valid_run() -> None:
    code, log, _ = sarif("--as-of", "2026-11-25")  # --fail-on missed: none missed
    assert code == 0 and schema_errors(log) == []
    assert log["runs"][0]["results"] == []
    assert [rule["id"] for rule in log["runs"][0]["tool"]["driver"]["rules"]] == ["invalid", "missed", "input"]


def test_an_invalid_rule_is_a_result_at_its_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    rules = broken_rules(tmp_path)
    monkeypatch.chdir(tmp_path)
    line = next(i for i, row in enumerate((rules / "xinxiang.yaml").read_text("utf-8").splitlines(), 1)
                if "value: 28所" in row)
    code, log, _ = sarif("--as-of", "2026-11-25", "--fail-on", "none", rules="rules")
    assert code == 2 and schema_errors(log) == []
    [result] = log["runs"][0]["results"]
    assert result["ruleId"] == "invalid" and result["level"] == "error"
    assert where(result) == ("rules/xinxiang.yaml", line, 9)  # relative to the working folder
    assert result["message"]["text"] == "outcome value 28所 is not in its quote, which states 27所"
    assert result["properties"] == {"rule": "xinxiang-2023-public-kindergartens", "code": "quantity-not-in-quote"}


def test_a_problem_with_an_input_file_is_a_result_too(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
    manifest = tmp_path / "seeds" / "releases.yaml"
    text = manifest.read_text(encoding="utf-8")
    digest = "e1ef35dce63bd8dc22815d72099c9b7f2bf68765b6f42d2fd6ac2aa89d80a6fb"
    manifest.write_text(text.replace(digest, "0" * 64), encoding="utf-8")
    line = next(i for i, row in enumerate(text.splitlines(), 1) if digest in row)
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["check", "--rules", str(ROOT / "rules"), "--seeds", "seeds", "--as-of", "2026-11-25",
                                 "--format", "sarif"])
    assert result.exit_code == 2
    log = json.loads(result.stdout)
    assert schema_errors(log) == []
    inputs = [r for r in log["runs"][0]["results"] if r["ruleId"] == "input"]
    assert len(inputs) == 1 and inputs[0]["level"] == "error" and "no longer match the sha256" in \
        inputs[0]["message"]["text"]
    assert where(inputs[0]) == ("seeds/releases.yaml", line, 5)  # the digest in the manifest
    # the rules citing the altered release are invalid, each problem a result at the rule
    invalid = [r for r in log["runs"][0]["results"] if r["ruleId"] == "invalid"]
    assert invalid and all(where(r)[0].endswith("rules/xinxiang.yaml") for r in invalid)


def test_every_result_has_a_file_location_and_no_rules_is_a_notification(tmp_path: Path) -> None:
    (tmp_path / "rules").mkdir()
    code, log, _ = sarif("--as-of", "2026-11-25", rules=tmp_path / "rules")
    assert code == 2 and schema_errors(log) == []
    run = log["runs"][0]
    assert run["results"] == []
    [invocation] = run["invocations"]
    assert invocation["executionSuccessful"] is False
    assert [n["level"] for n in invocation["toolExecutionNotifications"]] == ["error"]
    assert "no rules" in invocation["toolExecutionNotifications"][0]["message"]["text"]


def test_sarif_in_chinese(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    broken_rules(tmp_path)
    monkeypatch.chdir(tmp_path)
    code, log, _ = sarif("--as-of", "2026-11-25", "--fail-on", "unreported", "--lang", "zh", rules="rules")
    assert code == 2 and schema_errors(log) == []
    run = log["runs"][0]
    assert run["language"] == "zh"
    texts = [r["message"]["text"] for r in run["results"]]
    texts += [d[key]["text"] for d in run["tool"]["driver"]["rules"] for key in ("shortDescription", "fullDescription")]
    [invalid] = [r for r in run["results"] if r["ruleId"] == "invalid"]
    assert "28所未出现在其引文中（引文所列数量：27所）" in invalid["message"]["text"]
    assert sum("）：未报告：目标" in text for text in texts) == len(bundled_results("unreported"))
    assert run["tool"]["driver"]["rules"][1]["shortDescription"]["text"] == "目标未报告"
    assert [word for text in texts for word in english_words(text)] == []


def test_same_inputs_same_bytes(tmp_path: Path) -> None:
    def run(seed: str) -> bytes:
        out = tmp_path / f"{seed}.sarif"
        subprocess.run([sys.executable, "-m", "checker", "check", "--as-of", "2026-11-25", "--format", "sarif",
                        "--fail-on", "unreported,pending", "--output", str(out)], cwd=ROOT, check=False,
                       env={**os.environ, "PYTHONHASHSEED": seed}, capture_output=True)
        return out.read_bytes()

    first = run("1")
    assert first == run("2") and first.count(b'"ruleId"') == len(bundled_results("unreported", "pending"))


def test_artifact_uri(tmp_path: Path) -> None:
    assert artifact_uri("rules/xinxiang.yaml") == "rules/xinxiang.yaml"
    assert artifact_uri(str(tmp_path / "rules" / "a.yaml"), cwd=tmp_path) == "rules/a.yaml"
    assert artifact_uri("规则/新 乡.yaml") == "%E8%A7%84%E5%88%99/%E6%96%B0%20%E4%B9%A1.yaml"
    assert artifact_uri("a:b.yaml") == "a%3Ab.yaml"  # never read as a URI scheme
    outside = artifact_uri("/elsewhere/rules/a.yaml", cwd=tmp_path)
    assert outside == "file:///elsewhere/rules/a.yaml"


def test_sarif_and_github_are_machine_formats() -> None:
    assert Format("sarif").machine and Format("github").machine
    result = runner.invoke(app, ["check", "--format", "sarf"])
    assert result.exit_code == 2 and "sarif" in result.stderr and "github" in result.stderr
