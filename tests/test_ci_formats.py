"""CI formats: `--format github` anywhere, CHECKER_NO_ANNOTATIONS, JUnit test cases at their
rules, `checker diff --fail-on-change`, and the example workflow (valid, least privilege, one
audit run that annotates and summarises once)."""

from __future__ import annotations

import json
import re
import shlex
import shutil
import xml.etree.ElementTree as ET
from itertools import product
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml
from conftest import ROOT, VECTORS, bundled_results
from test_chinese_output import english_words
from typer.testing import CliRunner

from checker.cli import app
from checker.judge.verdict import Status
from checker.report.changes import Change, ChangeGate, Changes

runner = CliRunner()
ANNOTATION = re.compile(r"^::error file=([^,]+),line=(\d+),col=(\d+)::(.+)$")
NOT_IN_ACTIONS = {"GITHUB_ACTIONS": "", "CHECKER_NO_ANNOTATIONS": ""}
WORKFLOW = ROOT / "docs" / "github-actions.yml"


def check(*args: str, env: dict[str, str] | None = None) -> Any:
    return runner.invoke(app, ["check", "--rules", str(ROOT / "rules"), "--seeds", str(ROOT / "seeds"),
                               "--as-of", "2026-11-25", *args], env=env)


def locations(fail_on: set[str]) -> dict[tuple[str, int, int], str]:
    """Where each rule of these statuses is, from the JSON report: (file, line, col) → id."""
    report = json.loads(check("--format", "json", "--fail-on", "none").stdout)
    found = {}
    for result in report["results"]:
        if result["status"] in fail_on:
            file, line, col = result["location"].rsplit(":", 2)
            found[(file, int(line), int(col))] = result["id"]
    return found


# --- --format github and CHECKER_NO_ANNOTATIONS ---------------------------------------------

def test_format_github_annotates_outside_github_actions() -> None:
    result = check("--format", "github", "--fail-on", "unreported", env=NOT_IN_ACTIONS)
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    matches = [ANNOTATION.match(line) for line in lines]
    assert all(matches), [line for line, m in zip(lines, matches, strict=True) if not m]  # stdout holds nothing else
    expected = locations({"unreported"})
    assert len(lines) == len(expected) == len(bundled_results("unreported"))
    for match in matches:
        assert match is not None
        rule = expected[(match[1], int(match[2]), int(match[3]))]
        assert match[4].startswith(f"{rule} (") and "unreported: target " in match[4]
    assert "::" not in result.stderr


def test_format_github_in_chinese() -> None:
    result = check("--format", "github", "--fail-on", "unreported", "--lang", "zh", env=NOT_IN_ACTIONS)
    texts = [ANNOTATION.match(line)[4] for line in result.stdout.splitlines()]  # type: ignore[index]
    assert len(texts) == len(bundled_results("unreported")) and all("：未报告：目标" in text for text in texts)
    assert [word for text in texts for word in english_words(text)] == []


def test_format_github_with_nothing_to_say_prints_nothing() -> None:
    result = check("--format", "github", env=NOT_IN_ACTIONS)  # --fail-on missed: none missed
    assert result.exit_code == 0 and result.stdout == ""


def _in_actions(tmp_path: Path, **extra: str) -> dict[str, str]:
    summary = tmp_path / "summary.md"
    summary.write_text("", encoding="utf-8")
    return {"GITHUB_ACTIONS": "true", "GITHUB_STEP_SUMMARY": str(summary), "CHECKER_NO_ANNOTATIONS": "", **extra}


def _annotations(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.startswith("::")]


def test_under_github_actions_fail_on_statuses_are_annotated_once(tmp_path: Path) -> None:
    env = _in_actions(tmp_path)
    result = check("--format", "json", "--fail-on", "unreported", env=env)
    assert result.exit_code == 1
    json.loads(result.stdout)  # the report stays parsable: the annotations go to stderr
    assert len(_annotations(result.stderr)) == len(bundled_results("unreported"))
    # --format github under GitHub Actions: the report is the annotations, not printed twice
    result = check("--format", "github", "--fail-on", "unreported", env=env)
    assert len(_annotations(result.stdout)) == len(bundled_results("unreported")) and _annotations(result.stderr) == []
    assert len(set(_annotations(result.stdout))) == len(bundled_results("unreported"))
    assert Path(env["GITHUB_STEP_SUMMARY"]).read_text("utf-8").count("# Plan targets and reported outcomes") == 2


@pytest.mark.parametrize(("value", "annotated"), [("1", False), ("true", False), ("0", True), ("", True)])
def test_checker_no_annotations(tmp_path: Path, value: str, annotated: bool) -> None:
    env = _in_actions(tmp_path, CHECKER_NO_ANNOTATIONS=value)
    result = check("--fail-on", "unreported", env=env)
    assert result.exit_code == 1
    assert (len(_annotations(result.stdout + result.stderr)) == len(bundled_results("unreported"))) is annotated
    if not annotated:
        assert "::" not in result.stdout + result.stderr
    # the job summary is written all the same
    assert Path(env["GITHUB_STEP_SUMMARY"]).read_text("utf-8").startswith("# Plan targets and reported outcomes")


def test_checker_no_annotations_does_not_silence_format_github(tmp_path: Path) -> None:
    env = _in_actions(tmp_path, CHECKER_NO_ANNOTATIONS="1")
    result = check("--format", "github", "--fail-on", "unreported", env=env)
    assert len(_annotations(result.stdout)) == len(bundled_results("unreported"))


# --- JUnit test cases at their rules --------------------------------------------------------

def test_junit_cases_carry_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "report.xml"
    assert check("--format", "junit", "--output", str(path), "--fail-on", "none").exit_code == 0
    cases = ET.parse(path).getroot().findall("./testsuite/testcase")
    expected = {rule: where for where, rule in locations({s.value for s in Status}).items()}
    assert len(cases) == len(expected) == len(bundled_results())
    for case in cases:
        file, line, _ = expected[case.attrib["name"].split(":")[0]]
        assert (case.attrib["file"], int(case.attrib["line"])) == (file, line)
    files = {result["location"].split(":")[0] for result in bundled_results()}
    assert {case.attrib["file"] for case in cases} == files >= {"rules/hebi.yaml", "rules/zhengzhou.yaml"}


# --- checker diff --fail-on-change ----------------------------------------------------------

@pytest.fixture(scope="module")
def saved(tmp_path_factory: pytest.TempPathFactory) -> Any:
    path = tmp_path_factory.mktemp("reports") / "base.json"
    assert check("--format", "json", "--fail-on", "none", "--output", str(path)).exit_code == 0
    return json.loads(path.read_text(encoding="utf-8"))


def _write(tmp_path: Path, name: str, report: Any) -> str:
    path = tmp_path / name
    path.write_text(json.dumps(report, ensure_ascii=False), encoding="utf-8")
    return str(path)


def _with(report: Any, rule: str, status: str | None) -> Any:
    """The report with one rule's status changed (None: the rule removed)."""
    results = [dict(r) for r in report["results"] if r["id"] != rule or status is not None]
    for result in results:
        if result["id"] == rule:
            result["status"] = status
    return {**report, "results": results}


def _new_rule(report: Any, status: str) -> Any:
    added = {"id": "new-rule", "region": "某市", "indicator": "某指标", "status": status}
    return {**report, "results": [*report["results"], added]}


def diff(tmp_path: Path, old: Any, new: Any, *args: str) -> Any:
    return runner.invoke(app, ["diff", _write(tmp_path, "old.json", old), _write(tmp_path, "new.json", new), *args])


MET = "xinxiang-2023-public-kindergartens"  # met as of 2026-11-25
UNREPORTED = "zhengzhou-14th-fyp-school-construction"  # unreported as of 2026-11-25


@pytest.mark.parametrize(("change", "worse", "any_change"), [
    ("same", False, False),
    ("met → missed", True, True),
    ("met → pending", True, True),
    ("unreported → met", False, True),
    ("unreported → invalid", True, True),
    ("new missed", True, True),
    ("new invalid", True, True),
    ("new disputed", True, True),
    ("new pending", False, True),
    ("new met", False, True),
    ("removed", False, True),
])
def test_fail_on_change(saved: Any, tmp_path: Path, change: str, worse: bool, any_change: bool) -> None:
    assert saved["results"] and {r["id"]: r["status"] for r in saved["results"]}[MET] == "met"
    new = {
        "same": saved,
        "met → missed": _with(saved, MET, "missed"),
        "met → pending": _with(saved, MET, "pending"),
        "unreported → met": _with(saved, UNREPORTED, "met"),
        "unreported → invalid": _with(saved, UNREPORTED, "invalid"),
        "removed": _with(saved, MET, None),
    }.get(change) or _new_rule(saved, change.split()[1])
    assert diff(tmp_path, saved, new).exit_code == 0  # the default: none
    assert diff(tmp_path, saved, new, "--fail-on-change", "none").exit_code == 0
    result = diff(tmp_path, saved, new, "--fail-on-change", "worse")
    assert result.exit_code == (1 if worse else 0)
    if worse:
        changed = "new-rule" if change.startswith("new") else MET if change.startswith("met") else UNREPORTED
        assert result.stderr.startswith("checker: 1 rules changed status for the worse: " + changed)
        assert len(result.stderr.splitlines()) == 1
    else:
        assert result.stderr == ""
    result = diff(tmp_path, saved, new, "--fail-on-change", "any")
    assert result.exit_code == (1 if any_change else 0)
    if any_change:
        assert result.stderr.startswith("checker: 1 rules changed status: ")


def test_fail_on_change_between_two_real_reports(tmp_path: Path) -> None:
    old, new = tmp_path / "old.json", tmp_path / "new.json"
    runner.invoke(app, ["check", "--rules", str(ROOT / "rules"), "--seeds", str(ROOT / "seeds"), "--as-of",
                        "2024-06-30", "--format", "json", "--fail-on", "none", "--output", str(old)])
    check("--format", "json", "--fail-on", "none", "--output", str(new))
    forward = runner.invoke(app, ["diff", str(old), str(new), "--fail-on-change", "worse", "--format", "json"])
    assert forward.exit_code == 1
    changed = json.loads(forward.stdout)["changed"]  # the report is printed whole all the same
    rank = {status: status.traits.rank for status in Status}
    worse = [c["id"] for c in changed if c["before"] and c["after"] and rank[c["after"]] < rank[c["before"]]]
    assert len(worse) > 5 and all(c["before"] == "pending" for c in changed if c["id"] in worse)
    # one line: how many, the first five (worst first, as the report lists them), then a count
    listed = ", ".join(f"{rule} (pending → unreported)" for rule in worse[:5])
    assert forward.stderr == (f"checker: {len(worse)} rules changed status for the worse: {listed}, "
                              f"and {len(worse) - 5} more\n")
    backward = runner.invoke(app, ["diff", str(new), str(old), "--fail-on-change", "worse"])
    assert backward.exit_code == 1 and "met → pending" in backward.stderr  # met then, pending earlier


@pytest.mark.parametrize("value", ["wrose", "", "worse,any", "WORSE"])
def test_fail_on_change_bad_value(saved: Any, tmp_path: Path, value: str) -> None:
    result = diff(tmp_path, saved, saved, "--fail-on-change", value)
    assert result.exit_code == 2
    assert result.stderr == (f"checker: --fail-on-change: {value!r} is not a choice; use one of none, worse, any\n")
    zh = diff(tmp_path, saved, saved, "--fail-on-change", value, "--lang", "zh")
    assert zh.exit_code == 2 and "不是可用的选项" in zh.stderr and len(zh.stderr.splitlines()) == 1


def test_worse_follows_the_status_ranking() -> None:
    for before, after in product([*Status, None], repeat=2):
        change = Change("r", "某市", "某指标", before, after)
        if before is not None and after is not None:
            assert change.worse is (after.traits.rank < before.traits.rank)
        elif before is None and after is not None:
            assert change.worse is (after in (Status.missed, Status.disputed, Status.invalid))
        else:
            assert change.worse is False
    changes = Changes("2024-06-30", "2026-11-25", [Change("a", "", "", Status.met, Status.missed),
                                                   Change("b", "", "", Status.missed, Status.met)])
    assert [c.id for c in changes.failing(ChangeGate.worse)] == ["a"]
    assert [c.id for c in changes.failing(ChangeGate.any)] == ["a", "b"]
    assert changes.failing(ChangeGate.none) == []


# --- the example workflow -------------------------------------------------------------------

def _workflow(path: Path = WORKFLOW) -> Any:
    document = yaml.safe_load(path.read_text(encoding="utf-8"))
    document["on"] = document.pop(True)  # YAML 1.1 reads the key `on` as true
    return document


def _steps() -> list[Any]:
    return [step for job in _workflow()["jobs"].values() for step in job["steps"]]


def _check_runs() -> list[list[str]]:
    """Every `checker check` command line of the workflow's run scripts, as words."""
    found = []
    for step in _steps():
        for line in step.get("run", "").splitlines():
            for command in re.split(r"&&|\|\||;|\(|\)", line):
                words = shlex.split(command.strip())
                if "checker" in words and words[words.index("checker") + 1:][:1] == ["check"]:
                    found.append(words)
    return found


@pytest.mark.parametrize("path", [WORKFLOW, ROOT / ".github" / "workflows" / "ci.yml"], ids=["example", "project"])
def test_the_workflow_is_valid(path: Path) -> None:
    schema = json.loads((VECTORS / "github-workflow" / "github-workflow.json").read_text(encoding="utf-8"))
    assert schema["$id"] == "https://json.schemastore.org/github-workflow.json"
    validator = jsonschema.Draft7Validator(schema)
    workflow = _workflow(path)
    assert [error.message for error in validator.iter_errors(workflow)] == []
    assert list(validator.iter_errors({**workflow, "permissions": {"security-events": "admin"}}))  # it checks
    assert set(workflow["permissions"].values()) <= {"read", "write"}


def test_the_project_ci_tests_the_lowest_versions() -> None:
    workflow = _workflow(ROOT / ".github" / "workflows" / "ci.yml")
    assert workflow["permissions"] == {"contents": "read"}
    runs = {name: [step.get("run", "") for step in job["steps"]] for name, job in workflow["jobs"].items()}
    assert "bash .ci/run" in runs["test"] and any(".ci/lowest" in run for run in runs["lowest"])
    python = {name: next(s["with"]["python-version"] for s in job["steps"] if "setup-python" in s.get("uses", ""))
              for name, job in workflow["jobs"].items()}
    requires = re.search(r'requires-python = ">=([0-9.]+)"', (ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert requires is not None and python["lowest"] == requires[1]  # the oldest Python the project allows


def test_the_workflow_has_least_privilege() -> None:
    workflow = _workflow()
    assert workflow["permissions"] == {"contents": "read", "security-events": "write", "actions": "read"}
    assert all("permissions" not in job for job in workflow["jobs"].values())  # no job widens them


def test_the_workflow_audits_once_and_uploads_its_sarif() -> None:
    runs = _check_runs()
    # the tree under review is checked once; any other run (the baseline, in the main branch's
    # worktree) has GitHub's reporting off, so it neither annotates nor writes the job summary
    audits = [words for words in runs if words[:3] != ["env", "-u", "GITHUB_ACTIONS"]]
    assert len(audits) == 1, runs
    [audit] = audits
    assert audit[audit.index("--format") + 1] == "sarif"
    sarif_file = audit[audit.index("--output") + 1]
    uploads = [s for s in _steps() if s.get("uses", "").startswith("github/codeql-action/upload-sarif@")]
    assert len(uploads) == 1 and uploads[0]["with"]["sarif_file"] == sarif_file
    assert "!cancelled()" in uploads[0]["if"]  # uploaded when the audit exits 1 or 2 too
    assert all("checker check" not in step.get("run", "") or step.get("name") in ("Audit", "Report of the main branch")
               for step in _steps())


def test_the_workflow_audit_writes_the_summary_and_each_annotation_once(tmp_path: Path,
                                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    """The audit's command line, run as the workflow runs it: one report in the job summary,
    one annotation per finding, and a SARIF file the upload step finds."""
    [audit] = [w for w in _check_runs() if w[:3] != ["env", "-u", "GITHUB_ACTIONS"]]
    args = [word for word in audit[audit.index("check"):] if not word.startswith("${")]
    shutil.copytree(ROOT / "rules", tmp_path / "rules")
    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
    path = tmp_path / "rules" / "xinxiang.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("value: 27所", "value: 28所", 1), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    env = _in_actions(tmp_path)
    result = runner.invoke(app, [*args, "--as-of", "2026-11-25"], env=env)
    assert result.exit_code == 2
    assert Path(env["GITHUB_STEP_SUMMARY"]).read_text("utf-8").count("# Plan targets and reported outcomes") == 1
    annotations = _annotations(result.stdout + result.stderr)
    assert len(annotations) == len(set(annotations)) == 1 and "rules/xinxiang.yaml" in annotations[0]
    sarif_file = audit[audit.index("--output") + 1]
    assert json.loads((tmp_path / sarif_file).read_text("utf-8"))["runs"][0]["results"][0]["ruleId"] == "invalid"
