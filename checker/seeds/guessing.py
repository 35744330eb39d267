"""Guesses from a release's own text: its title, its publisher, the date it states."""

from __future__ import annotations

import calendar
import re
import unicodedata
from datetime import date
from typing import Optional

from checker.diagnostics import CheckerError
from checker.frozen import record
from checker.language import regex
from checker.messages import Message

ISO_DATE = regex.compile(r"^\d{4}-\d{2}-\d{2}$")
ISO_MONTH = regex.compile(r"^(\d{4})-(\d{2})$")
TITLE_MIN, TITLE_MAX = 8, 60
TITLE_SEARCH_LINES = 50  # a title is near the top

PUBLISHER_LABELS = ("发布机构", "发布单位", "发布部门", "发文机关", "信息来源", "文章来源", "稿件来源", "来源")
DATE_LABELS = ("发布日期", "发布时间", "发文日期", "成文日期")
_PUBLISHER = regex.compile(r"(" + "|".join(PUBLISHER_LABELS) + r")\s*:\s*([^\s|丨,，;；:]{2,40})")
_STATED_DATE = regex.compile(r"(" + "|".join(DATE_LABELS) +
                             r")\s*:\s*(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})")
_BARE_DATE = regex.compile(r"^[\d\s年月日号时分秒:/.\-—()星期一二三四五六日天]+$")
_TITLE_LABEL = regex.compile(r"^(?:标题|题目|文章标题)\s*:")
_METADATA = regex.compile(r"(" + "|".join(PUBLISHER_LABELS + DATE_LABELS) +
                          r"|作者|编辑|记者|责任编辑)\s*:|记者|本报讯")


@record
class Guess:
    line: int
    value: str
    label: str = ""


def _lines(text: str) -> list[tuple[int, str]]:
    return [(number, unicodedata.normalize("NFKC", line).strip())
            for number, line in enumerate(text.split("\n"), start=1)]


def _simplified(line: str) -> str:
    """Labels read in either script (發布機構 is 发布机构); one character for one, so what a label
    introduces is taken from the line as written."""
    from checker.language.script import to_simplified

    return to_simplified(line)


def guess_title(text: str) -> Optional[Guess]:
    """The first non-empty line near the top that reads like a headline."""
    seen = 0
    for number, line in enumerate(text.split("\n"), start=1):
        stripped = line.strip()
        if not stripped:
            continue
        seen += 1
        if seen > TITLE_SEARCH_LINES:
            break
        folded = unicodedata.normalize("NFKC", stripped)
        if _TITLE_LABEL.match(folded):  # 标题：X is the title X
            stripped = re.split("[:：]", stripped, maxsplit=1)[1].strip()
            folded = unicodedata.normalize("NFKC", stripped)
        if not TITLE_MIN <= len(stripped) <= TITLE_MAX or _BARE_DATE.match(folded) \
                or _METADATA.search(_simplified(folded)):
            continue
        if not any(ch.isalpha() for ch in stripped):
            continue
        return Guess(number, " ".join(stripped.split()))
    return None


def guess_publisher(text: str) -> Optional[Guess]:
    for number, line in _lines(text):
        match = _PUBLISHER.search(_simplified(line))
        if match:
            value = line[match.start(2):match.end(2)].strip("()[]【】<>《》\"'“”")
            if len(value) >= 2:
                return Guess(number, value, line[match.start(1):match.end(1)])
    return None


def stated_date(text: str) -> Optional[tuple[Guess, date]]:
    for number, line in _lines(text):
        match = _STATED_DATE.search(_simplified(line))
        if match:
            try:
                day = date(int(match.group(2)), int(match.group(3)), int(match.group(4)))
            except ValueError:
                continue
            return Guess(number, line[match.start():match.end()], line[match.start(1):match.end(1)]), day
    return None


@record
class Published:
    """--published as given: a day (YYYY-MM-DD), or a month (YYYY-MM) when only the month is
    known, recorded as its last day: the latest date the release can have appeared, so nothing
    it reports is taken as known before it can have been."""

    day: date  # what the manifest records
    month_only: bool = False

    @property
    def shown(self) -> str:
        """As given: 2025-01 for a month, else the ISO date."""
        return self.day.strftime("%Y-%m") if self.month_only else self.day.isoformat()

    @property
    def earliest(self) -> date:
        """The first day the release can have appeared."""
        return self.day.replace(day=1) if self.month_only else self.day


def default_id(stem: str, published: Published) -> str:
    base = re.sub(r"[^a-z0-9]+", "-", stem.lower()).strip("-")
    return f"{base}-{published.shown}" if base else f"release-{published.shown}"


def parse_published(value: str) -> Published:
    """--published: exactly YYYY-MM-DD, or YYYY-MM (Python also takes 20250201 and week dates;
    the manifest does not)."""
    value = value.strip()
    try:
        month = ISO_MONTH.match(value)
        if month:
            year, number = int(month.group(1)), int(month.group(2))
            if year < 1 or not 1 <= number <= 12:
                raise ValueError
            return Published(date(year, number, calendar.monthrange(year, number)[1]), month_only=True)
        if not ISO_DATE.match(value):
            raise ValueError
        return Published(date.fromisoformat(value))
    except ValueError:
        raise CheckerError(Message("seeds-add-published-not-day-or-month", value=value)) from None
