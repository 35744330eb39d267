"""`checker parse`: the JSON contract, the table, errors and exit codes, through the real CLI."""

from __future__ import annotations

import json
import subprocess
import sys

from typer.testing import CliRunner

from checker.cli import app

runner = CliRunner()


def test_json_keys_and_values() -> None:
    result = runner.invoke(app, ["parse", "--json", "1.28万个", "85%以上", "20-30人", "一万零一", "3.5万"])
    assert result.exit_code == 0
    rows = json.loads(result.stdout)
    assert [set(row) for row in rows] == [{"text", "value", "unit", "qualifier", "upper"}] * 5
    assert rows[0] == {"text": "1.28万个", "value": "12800", "unit": "个", "qualifier": "exact", "upper": None}
    assert rows[1] == {"text": "85%以上", "value": "85", "unit": "%", "qualifier": "at_least", "upper": None}
    assert rows[2]["qualifier"] == "range" and (rows[2]["value"], rows[2]["upper"]) == ("20", "30")
    assert (rows[3]["value"], rows[3]["unit"]) == ("10001", "")
    assert (rows[4]["value"], rows[4]["unit"]) == ("35000", "")


def test_unreadable_expression_is_an_error_object_and_exit_2() -> None:
    result = runner.invoke(app, ["parse", "--json", "35.27亿元", "3千万亿日元", "26所"])
    assert result.exit_code == 2
    rows = json.loads(result.stdout)
    assert rows[0]["value"] == "3527000000" and rows[2]["value"] == "26"
    assert set(rows[1]) == {"text", "error"} and "日元" in rows[1]["error"]


def test_period_json() -> None:
    result = runner.invoke(app, ["parse", "--period", "--json", "2025年底", "十四五末", "2016年至2020年", "明年",
                                 "--release-date", "2024-05-01"])
    assert result.exit_code == 0
    assert json.loads(result.stdout) == [
        {"text": "2025年底", "start": None, "end": "2025-12-31"},
        {"text": "十四五末", "start": None, "end": "2025-12-31"},
        {"text": "2016年至2020年", "start": "2016-01-01", "end": "2020-12-31"},
        {"text": "明年", "start": "2025-01-01", "end": "2025-12-31"},
    ]


def test_period_error_exit_2() -> None:
    result = runner.invoke(app, ["parse", "--period", "--json", "2025-02-30", "2025年"])
    assert result.exit_code == 2
    rows = json.loads(result.stdout)
    assert "no such date" in rows[0]["error"] and rows[1]["end"] == "2025-12-31"


def test_table_shows_dimension_and_names_the_bad_part() -> None:
    result = runner.invoke(app, ["parse", "百余人次", "5磅"])
    assert result.exit_code == 2
    assert "person_time" in result.stdout and "more_than" in result.stdout
    assert "unknown measure word '磅'" in result.stderr


def test_python_dash_m_and_console_script_agree() -> None:
    out = subprocess.run([sys.executable, "-m", "checker", "parse", "--json", "35.27亿元"],
                         capture_output=True, text=True, check=True)
    assert json.loads(out.stdout)[0]["value"] == "3527000000"


def test_bad_release_date_is_a_usage_error() -> None:
    result = runner.invoke(app, ["parse", "--period", "今年", "--release-date", "yesterday"])
    assert result.exit_code == 2
    assert "YYYY-MM-DD" in result.output


def test_escape_sequences_in_input_are_shown_not_emitted() -> None:
    result = runner.invoke(app, ["parse", "\x1b[31m5所", "[red]6所[/red]"])
    assert result.exit_code == 2
    assert "\x1b" not in result.stdout + result.stderr
    assert "\\x1b[31m5所" in result.stdout and "[red]6所[/red]" in result.stdout
