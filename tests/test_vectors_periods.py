"""Periods and deadlines against hand-picked Recognizers-Text and JioNLP date cases.

Data: tests/vectors/recognizers_text_datetime.json and tests/vectors/jionlp_time.json. Their
expected outputs are converted to our Period(start, end), both ends inclusive dates: Recognizers'
exclusive period ends lose a day, jionlp's 00:00:00..23:59:59 spans become dates, and where their
semantics differ from ours (ISO dates are deadlines for us, 今年 is the whole reference year, 'A-B年'
includes year B) the case says so in "converted".
"""

from __future__ import annotations

import json
from datetime import date

import pytest
from conftest import VECTORS

from checker.diagnostics import CheckerError, PeriodError
from checker.language.periods import parse_period

FILES = ("recognizers_text_datetime.json", "jionlp_time.json")


def _load(name: str) -> dict:
    return json.loads((VECTORS / name).read_text(encoding="utf-8"))


def _params(section: str) -> list:
    return [pytest.param(c, id=c["id"]) for name in FILES for c in _load(name).get(section, [])]


def _d(s: str | None) -> date | None:
    return None if s is None else date.fromisoformat(s)


@pytest.mark.parametrize("case", _params("period"))
def test_parse_period(case: dict) -> None:
    ref = _d(case.get("reference"))
    p = parse_period(case["input"], reference=ref)
    where = f"{case['input']!r} (reference {ref}; {case['origin']})"
    assert p.start == _d(case["start"]), f"{where}: expected start {case['start']}, got {p.start}"
    assert p.end == _d(case["end"]), f"{where}: expected end {case['end']}, got {p.end}"


@pytest.mark.parametrize("case", _params("period_error"))
def test_parse_period_rejects(case: dict) -> None:
    with pytest.raises(PeriodError):
        got = parse_period(case["input"], reference=_d(case.get("reference")))
        pytest.fail(f"{case['input']!r} should not be read, got {got}")


def test_period_error_is_a_checker_error() -> None:
    assert issubclass(PeriodError, CheckerError)


@pytest.mark.parametrize("name", FILES)
def test_tables_keep_their_attribution(name: str) -> None:
    src = _load(name)["_source"]
    assert src["project"] and src["commit"] and src["licence"]
