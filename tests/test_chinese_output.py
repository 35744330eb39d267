"""In Chinese, the checker speaks Chinese: the table, the Markdown report, `validate` and its
errors hold no English words but ids, units, file paths, codes and what the user types
(YAML field names in backticks, options, format names)."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from conftest import ROOT
from typer.testing import CliRunner

from checker.cli import app
from checker.judge.verdict import Status

runner = CliRunner()

# What may stay in Latin letters: names of encodings, formats and file types, the date format
# a user types, the command and the values a user writes in YAML.
ALLOWED = {"UTF", "GB", "GBK", "BOM", "NUL", "LF", "CRLF", "CR", "YAML", "JSON", "PDF", "Word", "Excel", "ZIP",
           "PNG", "JPEG", "gzip", "docx", "xlsx", "doc", "xls", "txt", "MB", "YYYY", "MM", "DD", "checker", "seeds",
           "add", "sha", "true", "false", "none", "table", "markdown", "json", "junit", "sarif", "github", "at_least",
           "more_than",
           "at_most", "less_than", "exactly", "between", "count", "level", "exceeded", "not_met", "value",
           "completion", "achieved", "claim"} | {status.value for status in Status}  # values a user types
_STRIP = [
    re.compile(r"`[^`]*`"),  # field names and values, as written in YAML
    re.compile(r'<a id="[^"]*"></a>|\]\(#[^)]*\)'),  # anchors
    re.compile(r"&[a-z]+;"),  # HTML entities (&gt;)
    re.compile(r"[\w./-]+\.(?:yaml|yml|txt|json|md|xml)(?![A-Za-z0-9])"),  # file paths
    re.compile(r"(?<![\w-])--[a-z][a-z-]*"),  # options
    re.compile(r"(?<![A-Za-z0-9])[a-z0-9]+(?:-[a-z0-9]+)+(?![A-Za-z0-9])"),  # rule and release ids, codes
    re.compile(r"\\x[0-9a-f]{2}"),  # control characters shown
    re.compile(r"(?<![A-Za-z0-9])[0-9a-f]{12,64}(?![A-Za-z0-9])"),  # sha256 digests
]


def english_words(text: str, typed: tuple[str, ...] = ()) -> list[str]:
    """The English words in `text`, but for what is allowed and what the user typed (echoed back)."""
    for pattern in _STRIP:
        text = pattern.sub(" ", text)
    echoed = {word for typed_text in typed for word in re.findall(r"[A-Za-z_]+", typed_text)}
    return [word for word in re.findall(r"[A-Za-z][A-Za-z_]+", text) if word not in ALLOWED | echoed]


def test_the_detector_finds_english() -> None:
    assert english_words("rules/x.yaml:3:5: 第1个结果的`as_of`：无效") == []
    assert english_words("计划 value is not in its quote") == ["is", "not", "in", "its", "quote"]


def _run(*args: str, env: dict[str, str] | None = None) -> tuple[int, str]:
    result = runner.invoke(app, [*args, "--lang", "zh"], env=env)
    return result.exit_code, result.stdout + result.stderr


@pytest.mark.parametrize("fmt", ["table", "markdown", "junit"])
def test_reports_in_chinese(fmt: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.chdir(ROOT)
    out = tmp_path / "report"
    code, said = _run("check", "--as-of", "2026-11-25", "--format", fmt, "--fail-on", "none", "--output", str(out))
    assert code == 0, said
    text = out.read_text(encoding="utf-8")
    if fmt == "junit":
        text = re.sub(r"<[^>]*>", " ", text)  # the XML's own names are its format
    # the notes rule authors wrote are shown in their own words (the bundled ones are English)
    text = re.sub(r"规则作者注（[^）]*）：.*", " ", text)
    assert "已达成" in text and "未报告" in text
    assert english_words(text) == []


# One mistake of each kind a rule author makes, each in a copy of the bundled rules.
MISTAKES = [
    ("rules/zhengzhou.yaml", "deadline: 十四五末", "dealine: 十四五末"),
    ("rules/xinxiang.yaml", 'quote: "实际新建和改扩建公办幼儿园27所"', 'quote: "实际新建和改扩建公办幼儿园28所"'),
    ("rules/xinxiang.yaml", "value: 27所", "value: 29所"),
    ("rules/xinxiang.yaml", "value: 27所", "value: 27人次"),
    ("rules/xinxiang.yaml", "value: 27所", "value: 27磅"),
    ("rules/zhengzhou.yaml", "deadline: 十四五末", "deadline: 2025年前"),
    ("rules/xinxiang.yaml", "source: xinxiang-2024-01-22", "source: xinxiang-2024-01-23"),
    ("rules/xinxiang.yaml", "as_of: 2023-12-31", "as_of: 2023-02-30"),
    ("rules/xinxiang.yaml", "measure: count", "measure: sum"),
    ("rules/xinxiang.yaml", "  - id: xinxiang-2023-public-kindergartens\n",
     "  - id: xinxiang-2023-public-kindergartens\n    id: again\n"),
    ("rules/hebi.yaml", "rules:\n", "rules:\n\t- oops\n"),
    ("seeds/releases.yaml", "sha256: e1ef35dce63bd8dc22815d72099c9b7f2bf68765b6f42d2fd6ac2aa89d80a6fb",
     "sha256: 0000000000000000000000000000000000000000000000000000000000000000"),
]


@pytest.mark.parametrize(("file", "old", "new"), MISTAKES, ids=[f"{m[0]}:{m[2][:24]}" for m in MISTAKES])
def test_validate_speaks_chinese(file: str, old: str, new: str, tmp_path: Path,
                                 monkeypatch: pytest.MonkeyPatch) -> None:
    for folder in ("rules", "seeds"):
        shutil.copytree(ROOT / folder, tmp_path / folder)
    path = tmp_path / file
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    code, said = _run("validate")
    assert code == 2, said
    assert re.search(r"[\u4e00-\u9fff]", said)
    typed = tuple(re.findall(r"[A-Za-z_]+", new))
    assert english_words(said, typed) == [], said
    code, said = _run("check", "--as-of", "2026-11-25", env={"COLUMNS": "200"})
    assert code == 2 and english_words(said, typed) == [], said


@pytest.mark.parametrize("args", [
    ["check", "--as-of", "2025-02-30"],
    ["check", "--format", "xml"],
    ["check", "--fail-on", "bogus"],
    ["check", "--seeds", "no-such-folder"],
    ["check", "--output", "no-such-folder/report.md"],
    ["check", "--baseline", "README.md"],
    ["parse", "3千万亿日元", "二二所", "85%以上以下"],
    ["parse", "--period", "2025年前", "0000年底", "2025年13月"],
    ["diff", "README.md", "README.md"],
    ["seeds", "add", "README.md", "--region", "某市", "--published", "2025-02-30"],
])
def test_errors_speak_chinese(args: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    code, said = _run(*args)
    assert code == 2, said
    assert re.search(r"[\u4e00-\u9fff]", said)
    assert english_words(said, tuple(args)) == [], said
