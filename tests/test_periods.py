"""Deadlines and periods, with the expressions of the seed releases."""

from __future__ import annotations

from datetime import date

import pytest

from checker.diagnostics import PeriodError
from checker.language.periods import dated_at, dated_span, find_periods, parse_period

REFERENCE = date(2024, 3, 1)

CASES = [
    ("2025年", "2025-01-01", "2025-12-31"),
    ("到2027年", None, "2027-12-31"),
    ("至2026年", None, "2026-12-31"),
    ("力争到2035年", None, "2035-12-31"),
    ("2025年底", None, "2025-12-31"),
    ("2025年末", None, "2025-12-31"),
    ("2025年年底", None, "2025-12-31"),
    ("截至2023年底", None, "2023-12-31"),
    ("2025年度", "2025-01-01", "2025-12-31"),
    ("2025年上半年", "2025-01-01", "2025-06-30"),
    ("2025年下半年", "2025-07-01", "2025-12-31"),
    ("今年上半年", "2024-01-01", "2024-06-30"),
    ("一季度", "2024-01-01", "2024-03-31"),
    ("2024年第四季度", "2024-10-01", "2024-12-31"),
    ("2026年秋季开学前", None, "2026-09-01"),
    ("2025年秋季", None, "2025-09-01"),
    ("2025年秋季学期", None, "2025-09-01"),
    ("秋季学期", None, "2024-09-01"),
    ("年内", "2024-01-01", "2024-12-31"),
    ("“十四五”末", None, "2025-12-31"),
    ('"十四五"末', None, "2025-12-31"),
    ("十三五期间", "2016-01-01", "2020-12-31"),
    ("十五五", "2026-01-01", "2030-12-31"),
    ("2016年至2020年", "2016-01-01", "2020-12-31"),
    ("2021—2035年", "2021-01-01", "2035-12-31"),
    ("2017至2020年", "2017-01-01", "2020-12-31"),
    ("今年", "2024-01-01", "2024-12-31"),
    ("明年", "2025-01-01", "2025-12-31"),
    ("去年底", None, "2023-12-31"),
    ("2025-12-31", None, "2025-12-31"),
    ("２０２５年底", None, "2025-12-31"),
    ("二〇二五年", "2025-01-01", "2025-12-31"),
    ("2024年10月12日", "2024-10-12", "2024-10-12"),
    ("2024年9月", "2024-09-01", "2024-09-30"),
    ("2024年2月底", None, "2024-02-29"),
]


@pytest.mark.parametrize(("text", "start", "end"), CASES, ids=[c[0] for c in CASES])
def test_reads_periods(text: str, start: str | None, end: str) -> None:
    period = parse_period(text, REFERENCE)
    assert (period.start.isoformat() if period.start else None, period.end.isoformat()) == (start, end)


@pytest.mark.parametrize(("text", "named"), [
    ("2025-02-30", "no such date"),
    ("2025年前", "ambiguous"),
    ("下个月", "not a deadline"),
    ("2025年春节", "春节"),
    ("2020年至2016年", "before it starts"),
    ("2024年13月", "no month 13"),
    ("一五", "sixth"),
    ("上半年", "write it, e.g. 2024年上半年"),
    ("下半年", "write it, e.g. 2024年下半年"),
])
def test_refuses_naming_what_was_not_understood(text: str, named: str) -> None:
    with pytest.raises(PeriodError) as error:
        parse_period(text, REFERENCE)
    assert named in str(error.value)


def test_relative_words_need_a_release_date() -> None:
    with pytest.raises(PeriodError, match="needs the date of the release"):
        parse_period("今年")


def test_periods_in_running_text_skip_beginnings() -> None:
    text = "从2019年启动了工程,2012年以来新建中小学,力争到2025年完成,2024年10月12日举行"
    assert [(t, str(p.end)) for t, p in find_periods(text)] == [("2025年", "2025-12-31")]


@pytest.mark.parametrize(("text", "expected"), [
    ("截至2025年6月底，全市新增就业4.6万人", ("2025年6月底", date(2025, 6, 30))),
    ("2025年1-9月，新建幼儿园7所", ("2025年1-9月", date(2025, 9, 30))),
    ("２０２５年上半年，全市", ("2025年上半年", date(2025, 6, 30))),  # full width
    ("2025年前三季度", ("2025年前三季度", date(2025, 9, 30))),
    ("截止2024年2月底", ("2024年2月底", date(2024, 2, 29))),  # a leap year's February
    ("截至2025年11月20日", ("2025年11月20日", date(2025, 11, 20))),
    ("2025年12月20日，市政府召开新闻发布会", None),  # when it was said, not what a figure is as of
    ("自2025年3月底起，累计发放", None),  # a beginning
    ("2025年3月以来", None),
    ("2025年，全市新增就业8.3万人", None),  # a year: stated_years' business
])
def test_dated_at(text: str, expected: tuple[str, date] | None) -> None:
    assert dated_at(text) == expected


@pytest.mark.parametrize(("text", "begins", "ends"), [
    ("2025年7-12月，全市新增就业3.7万人", date(2025, 7, 1), date(2025, 12, 31)),
    ("2025年下半年", date(2025, 7, 1), date(2025, 12, 31)),
    ("2025年第三季度", date(2025, 7, 1), date(2025, 9, 30)),
    ("截至2025年6月底", date(2025, 1, 1), date(2025, 6, 30)),  # up to a month's end: since January
])
def test_dated_span(text: str, begins: date, ends: date) -> None:
    found = dated_span(text)
    assert found is not None and found[1:] == (begins, ends)
