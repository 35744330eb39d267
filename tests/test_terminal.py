"""The table in the panes people use: at 60, 80 and 200 columns every status is shown, every
figure is whole, nothing is wider than the pane, and the rule ids are there; messages are not
wrapped by the checker; the scorecard leads."""

from __future__ import annotations

import unicodedata

import pytest
from conftest import ROOT
from typer.testing import CliRunner

from checker.cli import app

AS_OF = "2026-11-25"


def _width(line: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in line)


def _table(columns: int, monkeypatch: pytest.MonkeyPatch, *extra: str) -> str:
    monkeypatch.chdir(ROOT)
    monkeypatch.setenv("COLUMNS", str(columns))
    result = CliRunner().invoke(app, ["check", "--as-of", AS_OF, "--fail-on", "none", *extra])
    assert result.exit_code == 0, result.output
    return result.stdout


def _report(monkeypatch: pytest.MonkeyPatch) -> dict:
    import json

    monkeypatch.chdir(ROOT)
    result = CliRunner().invoke(app, ["check", "--as-of", AS_OF, "--fail-on", "none", "--format", "json"])
    return json.loads(result.stdout)


def _rows(table: str) -> list[list[str]]:
    """Each table row's cells, the lines of a folded cell joined."""
    rows: list[list[str]] = []
    current: list[list[str]] = []
    for line in table.splitlines() + [""]:
        if line.startswith("│"):
            parts = [part.strip() for part in line.split("│")[1:-1]]
            current.append(parts)
        elif current:
            rows.append(["".join(cells) for cells in zip(*current, strict=True)])
            current = []
    return rows


@pytest.mark.parametrize("columns", [60, 80, 200])
def test_every_status_and_figure_is_whole_at_any_width(columns: int, monkeypatch: pytest.MonkeyPatch) -> None:
    from datetime import date

    from checker.judge.pipeline import run_audit
    from checker.locale import Lang, words
    from checker.report.phrases import target_text

    monkeypatch.chdir(ROOT)
    audit = run_audit([ROOT / "rules"], ROOT / "seeds", date.fromisoformat(AS_OF), 90)
    table = _table(columns, monkeypatch)
    lines = table.splitlines()
    table_lines = [line for line in lines if line[:1] in "┏┃┡│├└"]
    assert all(_width(line) <= columns for line in table_lines), max(map(_width, table_lines))
    assert "…" not in "\n".join(table_lines)  # nothing cut
    rows = [row for row in _rows(table) if len(row) in (3, 6)]
    for verdict in audit.verdicts:
        row = next((r for r in rows if r[0].startswith(verdict.rule_id)), None)
        assert row is not None, f"{verdict.rule_id} not shown at {columns} columns"
        assert row[-1].startswith(verdict.status.value)
        figure = target_text(verdict, words(Lang.en))
        assert any(figure in line for line in lines), figure  # on one line, whole


def test_figures_stay_on_one_line_in_the_narrow_layout(monkeypatch: pytest.MonkeyPatch) -> None:
    table = _table(60, monkeypatch)
    for figure in ("≥1.65亿元", "≥6万平方米", "≥3.5万个", "132.3% of target"):
        assert any(figure in line for line in table.splitlines()), figure


def test_scorecard_leads_the_table_and_the_markdown(monkeypatch: pytest.MonkeyPatch) -> None:
    report = _report(monkeypatch)
    table = _table(120, monkeypatch)
    assert table.lstrip().startswith("Scorecard as of 2026-11-25")
    overall = report["summary"]["scorecard"]
    assert f"{overall['due']}" in table.splitlines()[table.splitlines().index(
        next(line for line in table.splitlines() if "all regions" in line))]
    markdown = _table(120, monkeypatch, "--format", "markdown")
    assert markdown.index("## Scorecard") < markdown.index("| Status | Rules |")
    row = next(line for line in markdown.splitlines() if line.startswith("| **all regions** |"))
    cells = [part.strip() for part in row.strip("|").split("|")]
    assert cells[1:5] == [str(overall["due"]), str(overall["met"]), str(overall["missed"]), str(overall["unreported"])]
    share = overall["met"] / overall["due"]
    assert cells[6] == f"{share * 100:.1f}%" and cells[7].count("█") == round(20 * share)


def test_messages_are_never_wrapped_by_the_checker(monkeypatch: pytest.MonkeyPatch, tmp_path) -> None:
    import shutil

    monkeypatch.chdir(tmp_path)
    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
    shutil.copytree(ROOT / "rules", tmp_path / "rules")
    path = tmp_path / "rules" / "xinxiang.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("实际新建和改扩建公办幼儿园27所",
                                                               "实际新建和改扩建公办幼儿园28所"), encoding="utf-8")
    monkeypatch.setenv("COLUMNS", "60")
    result = CliRunner().invoke(app, ["check", "--as-of", AS_OF, "--fail-on", "none"])
    problem = next(line for line in result.stdout.splitlines() if line.startswith("invalid: "))
    assert problem.startswith("invalid: rules/xinxiang.yaml:") and _width(problem) > 60  # one line, whole


def test_author_notes_are_in_the_markdown_and_the_json(monkeypatch: pytest.MonkeyPatch) -> None:
    report = _report(monkeypatch)
    noted = next(r for r in report["results"] if r["id"] == "xinxiang-2023-public-kindergartens")
    assert {"on": "plan", "outcome": None, "text": noted["author_notes"][0]["text"]} in noted["author_notes"]
    markdown = _table(120, monkeypatch, "--format", "markdown")
    section = markdown[markdown.index("### xinxiang-2023-public-kindergartens\n"):]
    section = section[:section.index("\n### ")]
    assert "- Note by the rule's author (on the plan): 2023年民生实事项目计划任务" in section
    # the link to the details is the heading's own anchor
    assert "[xinxiang-2023-public-kindergartens](#xinxiang-2023-public-kindergartens)" in markdown


def test_markdown_cells_escape_what_markdown_would_read() -> None:
    from checker.report.text import cell

    assert cell("a\\b ~x~ $5 https://gov.cn/x www.gov.cn a|b *c*") == (
        "a\\\\b \\~x\\~ \\$5 https\\://gov.cn/x www\\.gov.cn a\\|b \\*c\\*")


def test_the_share_met_is_rounded_once() -> None:
    """6 of 11 is 54.545…%: shown 54.5%, not 54.6% (rounded from a share already rounded to 0.5455)."""
    from fractions import Fraction

    from checker.report.scorecard import Score, share_text

    for due in range(1, 61):
        for met in range(due + 1):
            exact = Fraction(met * 1000, due)  # tenths of a percent
            tenths = int(exact) + (1 if exact - int(exact) >= Fraction(1, 2) else 0)
            assert share_text(Score("", due, met, 0, 0, due - met)) == f"{tenths // 10}.{tenths % 10}%", (met, due)
