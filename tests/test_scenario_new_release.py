"""What a user does when a new release comes out: register it, cite it in rules, and run the
audit against the last report, as CI would."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from conftest import ROOT
from junitparser import Failure, JUnitXml
from typer.testing import CliRunner

from checker.cli import app

runner = CliRunner()

# A made-up 2025 review in the style of the Hebi release, stored in GBK as many sites serve it.
NEW_RELEASE = """鹤壁市教育体育局2025年工作总结
发布机构：鹤壁市教育体育局

2025年，全市更新建设社区健身器材62套，建设多功能运动场2个，
新建社会足球场5处，全年开展各级各类赛事活动40项。
"""
OUTCOMES = {
    "hebi-2025-community-fitness-equipment": ("62套", "更新建设社区健身器材62套"),
    "hebi-2025-multi-purpose-sports-courts": ("2个", "建设多功能运动场2个"),
    "hebi-2025-social-football-pitches": ("5处", "新建社会足球场5处"),
}


def _add_outcome(rules: Path, rule_id: str, value: str, quote: str, source: str) -> None:
    path = rules / "hebi.yaml"
    text = path.read_text(encoding="utf-8")
    start = text.index(f"  - id: {rule_id}\n")
    at = text.index("    outcomes: []", start)
    block = (f"    outcomes:\n      - value: {value}\n        as_of: 2025-12-31\n"
             f"        source: {source}\n        quote: \"{quote}\"\n")
    path.write_text(text[:at] + block + text[at + len("    outcomes: []\n"):], encoding="utf-8")


@pytest.fixture()
def workspace(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    for folder in ("rules", "seeds"):
        shutil.copytree(ROOT / folder, tmp_path / folder)
    shutil.copy(ROOT / "tests" / "golden" / "compliance.json", tmp_path / "main-report.json")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_new_release_changes_statuses(workspace: Path) -> None:
    download = workspace / "hebi-2025-review.txt"
    download.write_bytes(NEW_RELEASE.encode("gbk"))
    added = runner.invoke(app, ["seeds", "add", str(download), "--region", "鹤壁市", "--published", "2026-01-20",
                                "--id", "hebi-2026-01-20"])
    assert added.exit_code == 0, added.output
    assert "gb18030" in added.stdout
    manifest = (workspace / "seeds" / "releases.yaml").read_text(encoding="utf-8")
    assert manifest.startswith((ROOT / "seeds" / "releases.yaml").read_text(encoding="utf-8"))
    assert "encoding: gb18030" in manifest

    for rule_id, (value, quote) in OUTCOMES.items():
        _add_outcome(workspace / "rules", rule_id, value, quote, "hebi-2026-01-20")
    assert runner.invoke(app, ["validate"]).exit_code == 0

    def audit(*extra: str) -> tuple[int, str]:
        result = runner.invoke(app, ["check", "--as-of", "2026-11-25", "--baseline", "main-report.json", *extra])
        return result.exit_code, result.stdout

    code, out = audit("--format", "json")
    assert code == 1  # a plan was missed, and --fail-on defaults to missed
    changed = {c["id"]: (c["before"], c["after"]) for c in json.loads(out)["changes"]["changed"]}
    assert changed == {
        "hebi-2025-community-fitness-equipment": ("unreported", "met"),
        "hebi-2025-multi-purpose-sports-courts": ("unreported", "missed"),
        "hebi-2025-social-football-pitches": ("unreported", "met"),
    }
    markdown = audit("--format", "markdown")[1]
    section = markdown[markdown.index("## What changed"): markdown.index("## Missed")]
    assert section.index("unreported → missed") < section.index("unreported → met")  # bad news first
    # each changed rule links to its details further down the report
    assert "[hebi-2025-social-football-pitches](#hebi-2025-social-football-pitches)" in section
    assert "\n### hebi-2025-social-football-pitches\n" in markdown

    assert audit("--fail-on", "none")[0] == 0
    assert audit("--fail-on", "met")[0] == 1
    assert audit("--fail-on", "pending,invalid")[0] == 1

    assert audit("--format", "junit", "--output", "report.xml")[0] == 1
    cases = {case.name.split(":")[0]: case for suite in JUnitXml.fromfile("report.xml") for case in suite}
    failed = sorted(name for name, case in cases.items() if any(isinstance(r, Failure) for r in case.result))
    assert failed == ["hebi-2025-multi-purpose-sports-courts"]


def test_a_misquoted_outcome_is_annotated(workspace: Path) -> None:
    download = workspace / "hebi-2025-review.txt"
    download.write_bytes(NEW_RELEASE.encode("gbk"))
    assert runner.invoke(app, ["seeds", "add", str(download), "--region", "鹤壁市", "--published", "2026-01-20",
                               "--id", "hebi-2026-01-20"]).exit_code == 0
    _add_outcome(workspace / "rules", "hebi-2025-community-fitness-equipment", "63套", "更新建设社区健身器材63套",
                 "hebi-2026-01-20")
    result = runner.invoke(app, ["check", "--as-of", "2026-11-25", "--baseline", "main-report.json"],
                           env={"GITHUB_ACTIONS": "true", "GITHUB_STEP_SUMMARY": ""})
    assert result.exit_code == 2
    annotations = [line for line in result.stdout.splitlines() if line.startswith("::error")]
    assert len(annotations) == 1
    assert annotations[0].startswith("::error file=rules/hebi.yaml,line=")
    assert "outcome 1 quote not found in release hebi-2026-01-20" in annotations[0]
    assert "the closest passage is at line 4: 更新建设社区健身器材62套" in annotations[0]


def test_the_checker_drafts_what_a_new_release_answers(workspace: Path) -> None:
    """`seeds add` names the rules the release may answer; the Markdown report against the
    baseline lists those still without an outcome from it; `match --format yaml` prints the
    entries, and once they are pasted the list is empty."""
    download = workspace / "hebi-2025-review.txt"
    download.write_bytes(NEW_RELEASE.encode("gbk"))
    added = runner.invoke(app, ["seeds", "add", str(download), "--region", "鹤壁市", "--published", "2026-01-20",
                                "--id", "hebi-2026-01-20"])
    assert added.exit_code == 0, added.output
    for rule_id, (value, _quote) in OUTCOMES.items():
        assert any(rule_id in line and value in line for line in added.stdout.splitlines()), added.stdout
    assert "checker match hebi-2026-01-20 --format yaml" in added.stdout

    def answers() -> str:
        result = runner.invoke(app, ["check", "--as-of", "2026-11-25", "--baseline", "main-report.json",
                                     "--format", "markdown", "--fail-on", "none"])
        assert result.exit_code == 0, result.output
        section = result.stdout[result.stdout.index("## Rules the new releases may answer"):]
        return section[:section.index("\n## ", 3)]

    before = answers()
    for rule_id, (_value, quote) in OUTCOMES.items():
        assert f"[{rule_id}]" in before and quote in before
    stubs = runner.invoke(app, ["match", "hebi-2026-01-20", "--format", "yaml"]).stdout
    for rule_id, (value, quote) in OUTCOMES.items():
        assert f"{rule_id}:\n" in stubs and f"value: {value}" in stubs
        _add_outcome(workspace / "rules", rule_id, value, quote, "hebi-2026-01-20")
    after = answers()
    assert not any(f"[{rule_id}]" in after for rule_id in OUTCOMES)
