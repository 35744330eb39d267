"""Deadlines and periods: 2025年底, 到2027年, "十四五"末, 2026年秋季开学前, 2016年至2020年.

Each expression becomes a `Period`: an end date, and a start date where the expression
names a span (2025年 is all of 2025; 到2027年 and 2025年底 only name an end). Relative
words (今年, 明年, 去年) need the date of the release they come from, and so do words of
the release's own year written without one (年内, 年底, 秋季开学前, 一季度). The autumn term
(秋季, 秋季学期, 秋季开学前) begins on 1 September. 上半年 and 下半年 without a year are refused:
in a plan they may mean the release's year or the next, so the year must be written (2025年上半年).
"""

from __future__ import annotations

import bisect
import calendar
import functools
import re
import unicodedata
from datetime import date

from checker.diagnostics import PeriodError, QuantityError
from checker.frozen import record
from checker.language import regex
from checker.language.numerals import parse_chinese_numeral
from checker.language.regex import starting_with
from checker.messages import Message


@record
class Period:
    """A stretch of time a text names: its first day (None if it names only an end) and its last."""

    start: date | None
    end: date

    def __str__(self) -> str:
        return f"{self.start.isoformat()}..{self.end.isoformat()}" if self.start else self.end.isoformat()


# The five-year plans from the sixth (1981–1985) on are regular: the nth starts in 1981 + 5(n − 6).
FIVE_YEAR_PLAN = regex.compile(r"^([一二三四五六七八九十]+)五(规划)?(末|期末|末期|期间|时期)?$")
YEAR = r"(\d{4}|[〇○零一二三四五六七八九]{4})"
# (not 当年 or 次年: "that year", "the year after", are of a year the text names, not of the release)
RELATIVE_YEARS = {"今年": 0, "本年": 0, "明年": 1, "去年": -1, "上年": -1, "过去一年": -1, "前年": -2, "后年": 2}
# the words of RELATIVE_YEARS where they are words (not 调整后年度目标, 此后年均: 后 of another word)
RELATIVE_YEAR_WORDS = regex.compile(r"过去一年|今年|本年|明年|去年|上年|(?<![之此以然随整])(?:前年|后年)(?![度均])")
# in running text, words that date something in the year of the release they stand in
THIS_YEAR = {"年内": (12, 31), "年底前": (12, 31), "年底": (12, 31), "年末": (12, 31), "上半年": (6, 30),
             "下半年": (12, 31)}
# the autumn term (2025年秋季, 2025年秋季学期, 秋季开学前): it begins on 1 September
AUTUMN_TERM = ("秋季学期开学前", "秋季学期开学", "秋季开学前", "秋季开学", "秋季学期", "秋季")
AUTUMN_TERM_STARTS = (9, 1)
LEADS = ("力争到", "力争至", "力争在", "争取到", "截止到", "截至", "截止", "到", "至", "于", "在", "力争")
QUOTES = "“”\"'‘’「」『』《》"


def parse_period(text: str, reference: date | None = None) -> Period:
    """Read a deadline or period expression; raise PeriodError naming what was not understood."""
    s = unicodedata.normalize("NFKC", text)
    s = "".join(ch for ch in s if not ch.isspace() and ch not in QUOTES)
    if not s:
        raise PeriodError(Message("period-empty"))
    if re.fullmatch(r"\d{4}-\d{1,2}-\d{1,2}", s):
        return Period(None, _date(text, *map(int, s.split("-"))))

    deadline = False  # 到2027年 names an end, not the whole year
    for lead in LEADS:
        if s.startswith(lead) and len(s) > len(lead):
            s, deadline = s[len(lead):], True
            break

    plan = FIVE_YEAR_PLAN.match(s)
    if plan:
        return _five_year_plan(text, plan)

    # 2016年至2020年, 2021—2035年, 2017至2020年, 2023-2025年
    span = re.fullmatch(YEAR + r"年?(?:至|到|-|—|–|~)" + YEAR + r"年?", s)
    if span:
        first, last = _year(text, span.group(1)), _year(text, span.group(2))
        _check_year(text, first)
        _check_year(text, last)
        if last < first:
            raise PeriodError(Message("period-ends-before-start", text=text, last=last, first=first))
        return Period(date(first, 1, 1), date(last, 12, 31))

    match = re.match(YEAR + "年", s)
    if match:
        year, rest = _year(text, match.group(1)), s[match.end():]
    else:
        relative = next((word for word in RELATIVE_YEARS if s.startswith(word)), None)
        if relative:
            if reference is None:
                raise PeriodError(Message("period-relative-needs-date", text=text, word=relative))
            year, rest = reference.year + RELATIVE_YEARS[relative], s[len(relative):]
        elif s.startswith(("上半年", "下半年")):
            # 上半年 in a plan of December may be the next year's: the author says which
            word = s[:3]
            example = f"{reference.year if reference else 2025}年{word}"
            raise PeriodError(Message("period-half-needs-year", text=text, word=word, example=example))
        elif s.startswith(("年底", "年末", "年内", "全年")) or _quarter(s) or s in AUTUMN_TERM:
            if reference is None:  # the example year is followed by 年 (2025年秋季学期), not doubled (2025年底)
                raise PeriodError(Message("period-no-year", text=text, rest=s if s.startswith("年") else f"年{s}"))
            year, rest = reference.year, s
        else:
            raise PeriodError(Message("period-unreadable", text=text))
    return _within_year(text, year, rest, deadline)


def _within_year(text: str, year: int, rest: str, deadline: bool) -> Period:
    _check_year(text, year)
    whole = Period(None if deadline else date(year, 1, 1), date(year, 12, 31))
    rest = rest.removeprefix("年") if rest.startswith("年底") or rest.startswith("年末") else rest
    if rest in ("", "度", "全年", "年度", "内", "年内"):
        return whole
    if rest in ("底", "末", "年底", "年末", "底前", "末前", "年底前", "年末前"):
        return Period(None, date(year, 12, 31))
    if rest in ("上半年",):
        return Period(date(year, 1, 1), date(year, 6, 30))
    if rest in ("下半年",):
        return Period(date(year, 7, 1), date(year, 12, 31))
    if rest in AUTUMN_TERM:
        return Period(None, date(year, *AUTUMN_TERM_STARTS))  # the start of the autumn term
    if rest == "前":
        raise PeriodError(Message("period-ambiguous-before", text=text, year=year, previous=year - 1))
    quarter = _quarter(rest)
    if quarter:
        number, end_only = quarter
        first = date(year, 3 * number - 2, 1)
        last = date(year, 3 * number, calendar.monthrange(year, 3 * number)[1])
        return Period(None if end_only else first, last)
    month = re.fullmatch(r"(\d{1,2})月(?:(\d{1,2})[日号](前|之前)?|(底|末|底前|末前))?", rest)
    if month:
        number = int(month.group(1))
        if not 1 <= number <= 12:
            raise PeriodError(Message("period-no-such-month", text=text, month=number))
        last_day = calendar.monthrange(year, number)[1]
        if month.group(2):
            day = _date(text, year, number, int(month.group(2)))
            return Period(None if month.group(3) else day, day)  # (12月31日前: by that day)
        if month.group(4):
            return Period(None, date(year, number, last_day))
        return Period(date(year, number, 1), date(year, number, last_day))
    raise PeriodError(Message("period-trailing", text=text, rest=rest, year=year))


def _quarter(s: str) -> tuple[int, bool] | None:
    match = re.fullmatch(r"第?([一二三四1-4])季度(末|底)?", s)
    if not match:
        return None
    number = "一二三四".find(match.group(1)) + 1 or int(match.group(1))
    return number, bool(match.group(2))


def _five_year_plan(text: str, match: re.Match[str]) -> Period:
    try:
        number = int(parse_chinese_numeral(match.group(1)))
    except QuantityError as error:
        raise PeriodError(Message("period-bad-numeral", text=text, reason=error.message)) from error
    if number < 6:
        raise PeriodError(Message("period-early-five-year-plan", text=text))
    first = 1981 + 5 * (number - 6)
    _check_year(text, first + 4)
    end = date(first + 4, 12, 31)
    return Period(None, end) if match.group(3) in ("末", "期末", "末期") else Period(date(first, 1, 1), end)


def _check_year(text: str, year: int) -> None:
    """Dates hold the years 1 to 9999; a period outside them is an error, never a crash."""
    if not 1 <= year <= 9999:
        raise PeriodError(Message("period-year-out-of-range", text=text, year=year))


def _year(text: str, written: str) -> int:
    if written.isdigit():
        return int(written)
    try:
        return int(parse_chinese_numeral(written))
    except QuantityError as error:
        raise PeriodError(Message("period-bad-year", text=text, year=written)) from error


def _date(text: str, year: int, month: int, day: int) -> date:
    try:
        return date(year, month, day)
    except ValueError as error:
        raise PeriodError(Message("period-no-such-date", text=text, reason=str(error))) from error


# Deadline words inside running text (a plan's quote): to check a declared deadline
# against what the quote itself says.
# A year, then a span (2025年至2027年) or a year's part (2025年底): a year's digits are read once for
# both (no writing of a year is both Arabic and Chinese).
_MONTH_NUMBER = r"(?:1[0-2]|0?[1-9])"
_IN_TEXT = starting_with(
    r"十\d〇○零一二三四五六七八九",
    r"十[三四五六七八九]五(?:规划)?(?:末|期末|期间|时期)?"
    r"|" + YEAR + r"(?:年?(?:至|到|-|—|–)" + YEAR + r"年"
    # 2025年1-9月 (months a figure covers: read here, parse_period takes no span of months), 2025年6月底
    + r"|年(?P<first>" + _MONTH_NUMBER + r")月?[-—–~～至到](?P<last>" + _MONTH_NUMBER + r")月(?:底|末|份)?"
    + r"|年" + _MONTH_NUMBER + r"月(?:底|末|份)?"
    + r"|年(?:年底|年末|底|末|上半年|下半年|" + "|".join(AUTUMN_TERM) + r"|度)?)"
)
_STARTS = ("以来", "起", "开始", "启动", "至今", "实施以来")


def find_periods(text: str) -> list[tuple[str, Period]]:
    """The deadline and period expressions in running text, skipping those that name a
    beginning (2019年以来, 从2012年起), bare years that are part of a full date, and
    2025年前, which says no date for sure (before 2025, or by 2025?)."""
    s = "".join(ch for ch in unicodedata.normalize("NFKC", text) if not ch.isspace())
    return [(written, period) for written, period, _, _ in periods_in(s)]


def periods_in(s: str) -> list[tuple[str, Period, int, int]]:
    """As `find_periods`, in flat text (normalised, no whitespace), with where each is in it."""
    # 到“十四五”末 is 到十四五末: quotes are dropped, and positions mapped back past them
    dropped = [m.start() for m in _QUOTE_MARKS.finditer(s)]
    t = _QUOTE_MARKS.sub("", s) if dropped else s

    def kept(i: int) -> int:  # the position in s of character i of t: i plus the marks dropped before it
        at = i
        while at != i + (skipped := bisect.bisect_right(dropped, at)):
            at = i + skipped
        return at

    found: list[tuple[str, Period, int, int]] = []
    for match in _IN_TEXT.finditer(t):
        after = t[match.end():match.end() + 4]
        if after.startswith(_STARTS) or _MONTH.match(after) or _DAY.match(after):
            continue  # (2025年9月20日: a full date is when something happened)
        # 2025年前 says no date for sure; 2027年底前 and 2025年6月底前 do
        if after.startswith("前") and not after.startswith("前后") and match.group().endswith("年"):
            continue
        if t[max(0, match.start() - 1):match.start()] in ("从", "自"):
            continue
        try:
            if match.group("last"):
                year, first, last = int(match.group(1)), int(match.group("first")), int(match.group("last"))
                if first > last:
                    continue
                period = Period(date(year, first, 1), _month_end(year, last))
            else:
                period = _parse_cached(match.group())
        except (PeriodError, ValueError):
            continue
        found.append((match.group(), period, kept(match.start()), kept(match.end() - 1) + 1))
    return found


_MONTH = regex.compile(r"\d{1,2}月")
_DAY = regex.compile(r"\d{1,2}[日号]")
_QUOTE_MARKS = regex.compile("[" + re.escape(QUOTES) + "]")


@functools.lru_cache(maxsize=1024)
def _parse_cached(text: str) -> Period:
    return parse_period(text)


_SINCE = regex.compile(r"(?:自|从)((?:19|20)\d\d)年|((?:19|20)\d\d)年(?:以来|起|开始|至今)")


# since a plan period began, or for some years back ("十四五"以来, 三年来, 近年来): `year` is the year the
# figure is of
_SINCE_PLAN = regex.compile(r"十([三四五六])五[”\"']?(?:以来|期间|时期)")
_SINCE_SPAN = regex.compile(r"(?:近|过去|这)([两二三四五六七八九十]|\d{1,2})年(?:来|以来)?|"
                            r"([两二三四五六七八九十]|\d{1,2})年(?:来|以来)|近年来|多年来|近几年|历年来")
_YEARS_TOTAL = regex.compile(r"((?:19|20)\d\d)年?[-—–~至到]((?:19|20)\d\d)年(?:累计|共|合计|总计)")
_FIVE_YEAR_PLANS = {"三": 2016, "四": 2021, "五": 2026, "六": 2031}


def since_year(text: str, year: int | None = None) -> int | None:
    """The last year the text counts from (自2012年以来, 2019年起, “十四五”以来, and, given the year
    the figure is of, 三年来 or 近年来): a running total since then."""
    text = "".join(ch for ch in unicodedata.normalize("NFKC", text) if not ch.isspace() and ch not in QUOTES)
    found = [(m.end(), int(m.group(1) or m.group(2))) for m in _SINCE.finditer(text)]
    found += [(m.end(), _FIVE_YEAR_PLANS[m.group(1)]) for m in _SINCE_PLAN.finditer(text)]
    found += [(m.end(), int(m.group(1))) for m in _YEARS_TOTAL.finditer(text)]  # 2024—2025年累计
    if year is not None:
        for m in _SINCE_SPAN.finditer(text):
            count = m.group(1) or m.group(2)
            span = (int(count) if count.isdigit() else int(parse_chinese_numeral(count))) if count else 2
            found.append((m.end(), year - max(span, 2) + 1))  # (近年来: at least two years)
    return max(found)[1] if found else None


_YEAR_IN_TEXT = regex.compile(r"(?<!\d)((?:19|20)\d\d)年(?!以来|起|开始|至今)")


def stated_years(text: str) -> list[tuple[str, int]]:
    """Every year the text dates something in (2023年, 2024年10月底), skipping years that
    name a beginning (2019年以来, 从2012年起)."""
    s = "".join(ch for ch in unicodedata.normalize("NFKC", text) if not ch.isspace() and ch not in QUOTES)
    return [(m.group(), int(m.group(1))) for m in _YEAR_IN_TEXT.finditer(s)
            if s[max(0, m.start() - 1):m.start()] not in ("从", "自", "由")
            and not BASE_BEFORE.search(s, max(0, m.start() - 3), m.start())]


# a year a change is measured from (比2022年底提高2.1个百分点, 较2024年底提高): the base, not the figure's
BASE_BEFORE = regex.compile(r"(?:比|较|相比|相较|对比)$")


# A figure dated to a day, a month's end or part of a year (截至2025年6月底, 2025年1-6月, 2025年上半年):
# what date the figure is as of, and where its period began. Years alone are stated_years'
# business; a date that starts something (2025年3月以来, 自2025年3月起) dates no figure.
_DATED = regex.compile(
    r"(?:(?P<year>(?:19|20)\d\d)年|(?<![\d截]))(?:"
    r"(?P<month>1[0-2]|0?[1-9])月(?P<day>[12][0-9]|3[01]|0?[1-9])[日号]"
    r"|(?:(?P<from>1[0-2]|0?[1-9])月?|一)?[-—–~～至到](?P<to>1[0-2]|0?[1-9])月(?:底|末|份)?"
    r"|(?P<month_end>1[0-2]|0?[1-9])月(?:底|末|份)?"
    r"|(?P<part>上半年|下半年|前三季度|第一季度|一季度|第二季度|二季度|第三季度|三季度|第四季度|四季度|春季学期)"
    r"|(?<![提超])前(?P<months>1[0-2]|[1-9]|十[一二]?|[一二三四五六七八九])个月)"  # (提前一个月完成: early, no date)
    r"(?!以来|起|开始|启动|以前|之前|前)")
_PARTS = {"上半年": (1, 6), "下半年": (7, 12), "前三季度": (1, 9), "第一季度": (1, 3), "一季度": (1, 3),
          "第二季度": (4, 6), "二季度": (4, 6), "第三季度": (7, 9), "三季度": (7, 9), "第四季度": (10, 12),
          "四季度": (10, 12), "春季学期": (3, 7)}


def dated_span(text: str, year: int | None = None) -> tuple[str, date, date] | None:
    """The first day, month's end, span of months or part of a year `text` dates a figure to
    (截至2025年6月底, 2025年1-6月, 2025年上半年, 2025年11月底), as written, with where its period
    begins and the date it is as of (a figure up to a day or a month's end runs from 1 January);
    None where it names none. A date written without its year (截至11月底, 1-9月, 上半年) is of the
    last year the text names before it, or else of `year` (None: such a date is not read)."""
    s = "".join(ch for ch in unicodedata.normalize("NFKC", text) if not ch.isspace() and ch not in QUOTES)
    across = _ACROSS_YEARS.search(s) if "月" in s else None
    if across is not None:  # (2024年10月至2025年12月: a span over two years, first)
        first, last = (int(across.group(k)) for k in (1, 2)), (int(across.group(k)) for k in (3, 4))
        (y1, m1), (y2, m2) = tuple(first), tuple(last)
        if 1 <= m1 <= 12 and 1 <= m2 <= 12 and (y1, m1) < (y2, m2):
            return across.group(), date(y1, m1, 1), _month_end(y2, m2)
    found = _first_dated(s, year)
    school = _SCHOOL_YEAR.search(s) if "学年" in s else None  # 2024—2025学年: September to August
    if school and (found is None or school.start() < found[0]):
        return school.group(), date(int(school.group(1)), 9, 1), date(int(school.group(2)), 8, 31)
    return None if found is None else found[1:]


_PUT_OFF = ("推迟至", "推迟到", "延至", "延期至", "顺延至", "推至", "延后至")
_ACROSS_YEARS = regex.compile(r"((?:19|20)\d\d)年(1[0-2]|0?[1-9])月[-—–~～至到]"
                              r"((?:19|20)\d\d)年(1[0-2]|0?[1-9])月(?:底|末|份)?")
_SCHOOL_YEAR = regex.compile(r"((?:19|20)\d\d)[-—–~～至到]((?:19|20)\d\d)学年")


def _first_dated(s: str, year: int | None) -> tuple[int, str, date, date] | None:
    """dated_span's reading of `s` (flat), with where the date found starts."""
    for m in _DATED.finditer(s):
        if not m.group():
            continue
        lead = s[max(0, m.start() - 2):m.start()]
        if lead.endswith(("从", "自")) or s[max(0, m.start() - 3):m.start()].endswith(_PUT_OFF):
            continue  # (推迟至2026年3月: when something is put off to, no date a figure is as of)
        # a bare date (2025年12月20日，市政府召开…) may be when something was said, not what a
        # figure is as of: only 截至…, a span of months, part of a year or a month's end (底, 末) date one
        if not (lead.endswith(("截至", "截止", "到", "至")) or m.group("to") or m.group("part") or m.group("months")
                or m.group().endswith(("底", "末", "份"))):
            continue
        if m.group("year"):
            of = int(m.group("year"))
        else:
            named = [found for _, found in stated_years(s[:m.start()])]
            if named:
                of = named[-1]
            elif year is not None:
                of = year
            else:
                continue
        january = date(of, 1, 1)
        if m.group("day"):
            try:
                return m.start(), m.group(), january, date(of, int(m.group("month")), int(m.group("day")))
            except ValueError:
                continue
        if m.group("to"):
            first, last = int(m.group("from") or 1), int(m.group("to"))
            if first > last:
                continue
            return m.start(), m.group(), date(of, first, 1), _month_end(of, last)
        if m.group("month_end"):
            month = int(m.group("month_end"))  # (12月份…失业率为4.9%: the month's own, from its first day)
            return m.start(), m.group(), date(of, month, 1) if m.group().endswith("份") else january, \
                _month_end(of, month)
        if m.group("months"):  # 前11个月
            months = m.group("months")
            last = int(months) if months.isdigit() else int(parse_chinese_numeral(months))
            return m.start(), m.group(), january, _month_end(of, last)
        first, last = _PARTS[m.group("part")]
        return m.start(), m.group(), date(of, first, 1), _month_end(of, last)
    return None


def dated_at(text: str, year: int | None = None) -> tuple[str, date] | None:
    """What `dated_span` finds, as written, and the date the figure is as of."""
    found = dated_span(text, year)
    return None if found is None else (found[0], found[2])


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])
