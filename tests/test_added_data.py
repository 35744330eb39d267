"""Adding data must not break the tests: a user registers a new release and writes a rule on it,
regenerates the golden reports with the command the README gives, and the tests that count what
the outputs name (annotations, JUnit cases, SARIF results, regions, releases) still pass, because
they count from the committed report (conftest.bundled_results), not from a number in the test."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

from conftest import EXTRACTION, ROOT
from typer.testing import CliRunner

from checker.cli import app

NEW_RELEASE = EXTRACTION / "heldout" / "releases" / "h3-mianyang-2027-plan.txt"  # never among the seeds
NEW_RULE = """\
rules:
  - id: mianyang-2025-nursing-beds-share
    region: 绵阳市
    indicator: 养老机构护理型床位占比
    measure: level
    plan:
      value: 60%以上
      deadline: 2025年底
      source: {source}
      quote: "到2025年底，全市养老机构护理型床位占比达到60%以上"
    outcomes: []
"""
# The tests whose expectations are counts over the bundled data.
COUNTING = ["tests/test_ci_formats.py", "tests/test_ci_outputs.py", "tests/test_sarif.py", "tests/test_reports.py",
            "tests/test_cli_conventions.py::test_quiet_prints_the_problems_only_and_verbose_more"]


def test_a_new_release_and_rule_keep_the_tests_passing(tmp_path: Path) -> None:
    project = tmp_path / "project"
    for folder in ("rules", "seeds", "tests", "reports", "docs", ".github", ".ci"):
        shutil.copytree(ROOT / folder, project / folder, ignore=shutil.ignore_patterns("__pycache__"))
    for file in ("pyproject.toml", "rules.schema.json", "report.schema.json", "README.md"):
        shutil.copy(ROOT / file, project / file)
    before = json.loads((project / "tests" / "golden" / "compliance.json").read_text(encoding="utf-8"))

    added = CliRunner().invoke(app, ["seeds", "add", str(NEW_RELEASE), "--seeds", str(project / "seeds"),
                                     "--region", "绵阳市", "--published", "2025-05-20",
                                     "--publisher", "绵阳市人民政府办公室"])
    assert added.exit_code == 0, added.output
    source = next(entry["id"] for entry in _manifest(project) if entry["region"] == "绵阳市")
    (project / "rules" / "mianyang.yaml").write_text(NEW_RULE.format(source=source), encoding="utf-8")

    env = {**os.environ, "CI": "true", "CHECKER_UPDATE_GOLDEN": "1"}
    pytest = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider"]
    regenerate = subprocess.run([*pytest, "tests/test_reports.py::test_golden_report"], cwd=project, env=env,
                                capture_output=True, text=True, timeout=600)
    assert regenerate.returncode == 0, regenerate.stdout[-3000:]
    after = json.loads((project / "tests" / "golden" / "compliance.json").read_text(encoding="utf-8"))
    new = {result["id"]: result for result in after["results"]}.get("mianyang-2025-nursing-beds-share")
    assert new is not None and new["status"] == "unreported"  # due 2025年底, nothing reported: counted below
    assert len(after["results"]) == len(before["results"]) + 1 and len(after["releases"]) == len(before["releases"]) + 1

    del env["CHECKER_UPDATE_GOLDEN"]
    counted = subprocess.run([*pytest, *COUNTING], cwd=project, env=env, capture_output=True, text=True, timeout=600)
    assert counted.returncode == 0, counted.stdout[-3000:]


def _manifest(project: Path) -> list[dict]:
    import yaml

    return yaml.safe_load((project / "seeds" / "releases.yaml").read_text(encoding="utf-8"))["releases"]
