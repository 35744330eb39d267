"""Deadline words users write: the autumn term (2025年秋季, 2025年秋季学期, 秋季开学前), words of the
release's own year (年内, 今年) read against the date of the plan's release, and 上半年 without a
year refused with the form to write instead."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from conftest import SEEDS
from typer.testing import CliRunner

from checker.cli import app
from checker.diagnostics import PeriodError
from checker.inputs.releases import load_corpus
from checker.inputs.rules import LoadedRule, load_rules
from checker.judge.evaluate import evaluate
from checker.judge.evidence import verify_evidence
from checker.judge.reading import read_rule
from checker.judge.verdict import Status
from checker.language.periods import find_periods, parse_period
from checker.locale import words

EN, ZH = words("en"), words("zh")
RELEASED = date(2024, 1, 1)  # zhengzhou-2024-01-01, whose headline is 郑州今年将培育创建 100所新优质学校
runner = CliRunner()


def _read(text: str, reference: date | None = RELEASED) -> tuple[str | None, str]:
    period = parse_period(text, reference)
    return (period.start.isoformat() if period.start else None, period.end.isoformat())


@pytest.mark.parametrize(("text", "reference", "end"), [
    ("2025年秋季", None, "2025-09-01"),
    ("2025年秋季学期", None, "2025-09-01"),
    ("2025年秋季学期开学前", None, "2025-09-01"),
    ("到2025年秋季学期", None, "2025-09-01"),
    ("二〇二五年秋季", None, "2025-09-01"),
    ("秋季学期", date(2024, 1, 1), "2024-09-01"),
    ("秋季开学前", date(2024, 5, 20), "2024-09-01"),
    ("秋季", date(2023, 2, 1), "2023-09-01"),
    ("今年秋季开学前", date(2024, 3, 1), "2024-09-01"),
    ("明年秋季学期", date(2024, 3, 1), "2025-09-01"),
])
def test_the_autumn_term_begins_on_1_september(text: str, reference: date | None, end: str) -> None:
    assert _read(text, reference) == (None, end)


@pytest.mark.parametrize("text", ["秋季学期", "秋季开学前", "秋季"])
def test_the_autumn_term_without_a_year_needs_the_release_date(text: str) -> None:
    with pytest.raises(PeriodError) as error:
        parse_period(text)
    assert EN.message(error.value.message) == f"{text!r} names no year: write the year, e.g. 2025年{text}"


@pytest.mark.parametrize(("text", "reference", "example"), [
    ("上半年", date(2025, 3, 1), "2025年上半年"),
    ("上半年", date(2024, 12, 20), "2024年上半年"),
    ("下半年", date(2025, 3, 1), "2025年下半年"),
    ("上半年", None, "2025年上半年"),
])
def test_a_half_year_without_a_year_is_refused_with_the_form_to_write(text: str, reference: date | None,
                                                                       example: str) -> None:
    with pytest.raises(PeriodError) as error:
        parse_period(text, reference)
    assert error.value.message.code == "period-half-needs-year"
    assert EN.message(error.value.message) == (f"{text!r} names no year: write it, e.g. {example} ({text} alone "
                                               "could mean the release's year or the next)")
    assert f"例如{example}" in ZH.message(error.value.message)


@pytest.mark.parametrize(("text", "start", "end"), [
    ("2025年上半年", "2025-01-01", "2025-06-30"),
    ("今年上半年", "2024-01-01", "2024-06-30"),
    ("年内", "2024-01-01", "2024-12-31"),
    ("今年", "2024-01-01", "2024-12-31"),
    ("年底前", None, "2024-12-31"),
])
def test_words_of_the_year_are_read_against_the_release(text: str, start: str | None, end: str) -> None:
    assert _read(text) == (start, end)


def test_the_autumn_term_in_running_text() -> None:
    found = find_periods("力争2025年秋季学期投入使用，2026年秋季开学前全部建成，2024年秋季招生1200人")
    assert [(text, period.end.isoformat()) for text, period in found] == [
        ("2025年秋季学期", "2025-09-01"), ("2026年秋季开学前", "2026-09-01"), ("2024年秋季", "2024-09-01")]


def test_parse_period_on_the_command_line() -> None:
    result = runner.invoke(app, ["parse", "--period", "--json", "2025年秋季", "2025年秋季学期", "秋季学期", "年内",
                                 "上半年", "--release-date", "2024-05-01"])
    assert result.exit_code == 2  # 上半年 alone
    rows = json.loads(result.stdout)
    assert rows[:4] == [
        {"text": "2025年秋季", "start": None, "end": "2025-09-01"},
        {"text": "2025年秋季学期", "start": None, "end": "2025-09-01"},
        {"text": "秋季学期", "start": None, "end": "2024-09-01"},
        {"text": "年内", "start": "2024-01-01", "end": "2024-12-31"},
    ]
    assert "2024年上半年" in rows[4]["error"]


# --- in rules: read against the date of the release the plan cites ---------------------------

QUOTE = "郑州今年将培育创建 100所新优质学校"  # the headline of zhengzhou-2024-01-01


def _rule(tmp_path: Path, deadline: str, source: str = "zhengzhou-2024-01-01") -> LoadedRule:
    path = tmp_path / "rules.yaml"
    path.write_text(f"""rules:
  - id: zhengzhou-new-quality-schools
    region: 郑州市
    indicator: 培育创建新优质学校
    plan:
      value: 100所
      deadline: {deadline}
      source: {source}
      quote: "{QUOTE}"
    outcomes: []
""", encoding="utf-8")
    [loaded] = load_rules([path]).rules
    assert loaded.rule is not None and not loaded.diagnostics
    return loaded


def _published() -> dict[str, date]:
    return {rid: text.release.published for rid, text in load_corpus(SEEDS).releases.items()}


@pytest.mark.parametrize(("deadline", "start", "end"), [
    ("年内", date(2024, 1, 1), date(2024, 12, 31)),
    ("今年", date(2024, 1, 1), date(2024, 12, 31)),
    ("今年底", None, date(2024, 12, 31)),
    ("秋季学期", None, date(2024, 9, 1)),
    ("秋季开学前", None, date(2024, 9, 1)),
    ("2025年秋季", None, date(2025, 9, 1)),
])
def test_a_rule_deadline_is_read_against_its_plan_release(tmp_path: Path, deadline: str, start: date | None,
                                                          end: date) -> None:
    reading = read_rule(_rule(tmp_path, deadline), _published())
    assert not reading.diagnostics, [EN.diagnostic(d) for d in reading.diagnostics]
    assert (reading.plan.start, reading.plan.deadline) == (start, end)


def test_the_reference_is_the_release_the_plan_cites(tmp_path: Path) -> None:
    # the same words in a plan of another release: its own year
    reading = read_rule(_rule(tmp_path, "年内", source="hebi-2024-12-31"), _published())
    assert reading.plan.deadline == date(2024, 12, 31)
    reading = read_rule(_rule(tmp_path, "年内", source="xinxiang-2025-01-14"), _published())
    assert reading.plan.deadline == date(2025, 12, 31)


def test_without_the_release_dates_a_relative_deadline_is_unreadable(tmp_path: Path) -> None:
    reading = read_rule(_rule(tmp_path, "今年"))
    [problem] = reading.diagnostics
    assert "'今年': 今年 needs the date of the release it comes from" in EN.diagnostic(problem)
    reading = read_rule(_rule(tmp_path, "年内", source="no-such-release"), _published())
    assert "names no year" in EN.diagnostic(reading.diagnostics[0])


def test_a_half_year_in_a_rule_is_an_error_naming_the_form(tmp_path: Path) -> None:
    reading = read_rule(_rule(tmp_path, "上半年"), _published())
    [problem] = reading.diagnostics
    shown = EN.diagnostic(problem)
    assert shown.startswith(f"{tmp_path / 'rules.yaml'}:") and ":7:" in shown  # at the deadline's line
    assert "'上半年' names no year: write it, e.g. 2024年上半年" in shown
    assert reading.plan.deadline is None


def test_judged_with_the_evidence_checks(tmp_path: Path) -> None:
    """The pipeline's steps with the release dates given to the reading: 今年 in the deadline
    and 今年 in the quote are the same year, so the rule is valid and, with no outcome reported
    two years on, unreported."""
    corpus = load_corpus(SEEDS)
    published = _published()
    for deadline, status in (("今年", Status.unreported), ("年内", Status.unreported), ("明年", Status.invalid)):
        reading = read_rule(_rule(tmp_path, deadline), published)
        verdict = evaluate(reading, verify_evidence(reading, corpus), published, date(2026, 11, 25), 90)
        assert verdict.status is status, (deadline, [EN.diagnostic(d) for d in verdict.diagnostics])
    # 明年 in the deadline contradicts 今年 in the quote, read against the same release date
    assert any("the plan's quote says 今年, which is 2024 (its release was published on 2024-01-01), but the "
               "deadline is 2025-12-31" in EN.diagnostic(d) for d in verdict.diagnostics if d.is_error)
