"""The seed inventory (tests/vectors/seeds_derived/, copied from shared/vectors/seeds_derived/).

Three sources, all from the five seed releases:
  tricky_expected.json            40 hand-labelled hard cases -> parse_quantity / parse_period / find_quantities
  seed_quantities_classified.json the 415 digit expressions by pattern -> parse_quantity, with the expected
                                  value computed here independently from the pattern (number x 10^4 for 万,
                                  x 10^8 for 亿, qualifier from the lead/tail word), and for date and code
                                  patterns find_quantities must return nothing count-like
  numeral_hits_classified.json    every Chinese-numeral hit, classified by hand (count / arabic / noncount /
                                  skip) -> find_quantities on its context
What is left out, and why, is listed in tests/vectors/README.md.
"""

from __future__ import annotations

import calendar
import json
import re
from datetime import date
from decimal import Decimal

import pytest
from conftest import VECTORS

from checker.language.periods import parse_period
from checker.language.quantity import Qualifier, find_quantities, parse_quantity

SEEDS = VECTORS / "seeds_derived"


def _load(name: str):
    return json.loads((SEEDS / name).read_text(encoding="utf-8"))


def _ascii(s: str) -> str:
    return re.sub(r"[^0-9A-Za-z.]+", "", s).replace(".", "p") or "x"


def _tag(value: str) -> str:
    return format(Decimal(value).normalize(), "f").replace(".", "p")


def _show(found) -> str:
    return "[" + ", ".join(
        f"{f.quantity.value} {f.quantity.unit!r} {f.quantity.qualifier.value} @{f.start}:{f.end}" for f in found) + "]"


def check_quantity(text: str, value: str, unit: str, qualifier: str, upper: str | None = None,
                   completion: bool = False) -> None:
    q = parse_quantity(text)
    assert isinstance(q.value, Decimal)
    assert q.value == Decimal(value), f"{text!r}: expected value {value}, got {q.value}"
    assert q.unit == unit, f"{text!r}: expected unit {unit!r}, got {q.unit!r}"
    assert q.qualifier == Qualifier(qualifier), f"{text!r}: expected {qualifier}, got {q.qualifier}"
    if upper is None:
        assert q.upper is None, f"{text!r}: expected no upper bound, got {q.upper}"
    else:
        assert q.upper == Decimal(upper), f"{text!r}: expected upper {upper}, got {q.upper}"
    assert q.completion is completion, f"{text!r}: completion should be {completion}, got {q.completion}"


def check_found_at(text: str, start: int, end: int, value: str, unit: str | None, qualifier: str | None,
                   found=None) -> None:
    found = find_quantities(text) if found is None else found
    over = [f for f in found if f.start < end and f.end > start]
    assert over, f"{text!r}: nothing found at {text[start:end]!r} ({start}:{end}); found {_show(found)}"
    ok = [f for f in over if f.quantity.value == Decimal(value)
          and (unit is None or f.quantity.unit == unit)
          and (qualifier is None or f.quantity.qualifier == Qualifier(qualifier))]
    assert ok, f"{text!r}: at {text[start:end]!r} expected {value} {unit!r} {qualifier}, found {_show(over)}"


def check_nothing_at(text: str, start: int, end: int, why: str, found=None) -> None:
    found = find_quantities(text) if found is None else found
    over = [f for f in found if f.start < end and f.end > start]
    assert not over, f"{text!r}: {text[start:end]!r} must not be returned ({why}); found {_show(over)}"


def _period_of(text: str) -> tuple[date | None, date]:
    """Our expected Period for the seed date forms, computed from the pattern (independent of the parser)."""
    if m := re.fullmatch(r"(\d{4})年", text):
        y = int(m[1])
        return date(y, 1, 1), date(y, 12, 31)
    if m := re.fullmatch(r"(\d{4})年(\d{1,2})月", text):
        y, mo = int(m[1]), int(m[2])
        return date(y, mo, 1), date(y, mo, calendar.monthrange(y, mo)[1])
    if m := re.fullmatch(r"(\d{4})年(\d{1,2})月(\d{1,2})日", text):
        d = date(int(m[1]), int(m[2]), int(m[3]))
        return d, d
    if m := re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", text):
        return None, date(int(m[1]), int(m[2]), int(m[3]))
    if m := re.fullmatch(r"(\d{4})年?(?:至|—|-)(\d{4})年", text):
        return date(int(m[1]), 1, 1), date(int(m[2]), 12, 31)
    if m := re.fullmatch(r"(\d{4})年(?:底|末)", text):
        return None, date(int(m[1]), 12, 31)
    if m := re.fullmatch(r"(\d{4})年上半年", text):
        return date(int(m[1]), 1, 1), date(int(m[1]), 6, 30)
    if m := re.fullmatch(r"(\d{4})年下半年", text):
        return date(int(m[1]), 7, 1), date(int(m[1]), 12, 31)
    if m := re.fullmatch(r"(\d{4})年秋季开学前", text):
        return None, date(int(m[1]), 9, 1)
    raise ValueError(text)


# ---------------------------------------------------------------------------------------------
# tricky_expected.json

QUAL = {"eq": "exact", "gt": "more_than", "ge": "at_least", "le": "at_most", "approx": "about",
        "approx_below": "nearly", "range": "range", "of_target": "exact"}
TRICKY_FIND_VALUE_ONLY = {"20万人口以上的县区"}   # 人口 is a noun: unit and qualifier debatable, value is not
TRICKY_SKIPPED = {   # documented in README
    "六县(市、区)": "县 is not one of our measure words",
    "2023,": "a year without 年: find_quantities returns bare arabic numbers, and the spec's year rule needs 年",
    "1 月 14 日": "a month-day without a year is not one of our period forms",
}


def _tricky() -> tuple[list, list, list]:
    quantities, periods, finds = [], [], []
    for n, e in enumerate(_load("tricky_expected.json"), 1):
        text, qual = e["text"], e.get("qual")
        tid = f"tricky-{n:02d}-{qual or 'medals'}"
        if text in TRICKY_SKIPPED or "medals" in e or qual in ("year", "date"):
            continue
        if text in TRICKY_FIND_VALUE_ONLY:
            m = re.search(r"\d+万", text)
            assert m is not None
            finds.append(pytest.param(text, [(m.start(), m.end(), e["value"], None, None)], id=tid))
        elif qual in QUAL:
            if qual == "range":
                args = (e["lo"], e.get("unit", ""), "range", e["hi"], False)
            else:
                args = (e["value"], e.get("unit", ""), QUAL[qual], None, qual == "of_target")
            quantities.append(pytest.param(text, *args, id=tid))
        elif qual in ("deadline", "before"):
            periods.append(pytest.param(text, None, e["date"], id=tid))
        elif qual == "period":
            periods.append(pytest.param(text, e["lo"], e["hi"], id=tid))
        elif qual == "change":
            spans = [(m.start(), m.end(), v, e["unit"], None)
                     for m, v in zip(re.finditer(r"\d+(?:\.\d+)?%", text), (e["from"], e["to"]), strict=False)]
            finds.append(pytest.param(text, spans, id=tid))
        elif qual == "of_target_respectively":
            spans = [(m.start(), m.end(), v, e["unit"], None)
                     for m, v in zip(re.finditer(r"\d+(?:\.\d+)?%", text), e["values"], strict=False)]
            assert len(spans) == len(e["values"])
            finds.append(pytest.param(text, spans, id=tid))
        else:
            raise AssertionError(f"unhandled tricky entry {e}")
    return quantities, periods, finds


TRICKY_Q, TRICKY_P, TRICKY_F = _tricky()


@pytest.mark.parametrize("text, value, unit, qualifier, upper, completion", TRICKY_Q)
def test_tricky_quantity(text, value, unit, qualifier, upper, completion) -> None:
    check_quantity(text, value, unit, qualifier, upper, completion)


@pytest.mark.parametrize("text, start, end", TRICKY_P)
def test_tricky_period(text, start, end) -> None:
    p = parse_period(text)
    assert p.start == (None if start is None else date.fromisoformat(start)), f"{text!r}: start {p.start}"
    assert p.end == date.fromisoformat(end), f"{text!r}: end {p.end}"


@pytest.mark.parametrize("text, spans", TRICKY_F)
def test_tricky_find(text, spans) -> None:
    found = find_quantities(text)
    for start, end, value, unit, qualifier in spans:
        check_found_at(text, start, end, value, unit, qualifier, found)


def test_tricky_expected_is_fully_accounted_for() -> None:
    n = len(_load("tricky_expected.json"))
    skipped = sum(1 for e in _load("tricky_expected.json")
                  if e["text"] in TRICKY_SKIPPED or "medals" in e or e.get("qual") in ("year", "date"))
    assert len(TRICKY_Q) + len(TRICKY_P) + len(TRICKY_F) + skipped == n


# ---------------------------------------------------------------------------------------------
# seed_quantities_classified.json

ORACLE = re.compile(
    r"(?P<lead>达到|达|共计|共|约|近|超过|不少于)?(?P<num>\d+(?:\.\d+)?)(?P<m1>余|多)?(?P<scale>万|亿)?(?P<m2>余|多)?"
    r"(?P<unit>\D*?)(?P<tail>以上|左右|以下)?")
LEAD_Q = {"约": "about", "近": "nearly", "超过": "more_than", "不少于": "at_least"}
TAIL_Q = {"以上": "at_least", "左右": "about", "以下": "at_most"}
SCALE = {None: 1, "万": 10**4, "亿": 10**8}
QUANTITY_CATEGORIES = ("count:", "money:", "approx:", "bound:", "percent:", "range:", "duration")
NOT_OURS = {"6县": "县 is not one of our measure words"}


def expected_from_pattern(text: str) -> tuple[str, str, str, str | None, bool]:
    """(value, unit, qualifier, upper, completion) from the seed's own pattern, without the parser."""
    if m := re.fullmatch(r"完成省定目标的(\d+(?:\.\d+)?)%", text):
        return m[1], "%", "exact", None, True
    if m := re.fullmatch(r"(\d+)(?:-|至|—)(\d+)(\D+)", text):
        return m[1], m[3], "range", m[2], False
    m = ORACLE.fullmatch(text)
    assert m, f"test oracle cannot read {text!r}"
    quals = [q for q in (LEAD_Q.get(m["lead"] or ""), TAIL_Q.get(m["tail"] or ""),
                         "more_than" if (m["m1"] or m["m2"]) else None) if q]
    assert len(quals) <= 1, f"test oracle: two qualifiers in {text!r}"
    value = Decimal(m["num"]) * SCALE[m["scale"]]
    return str(value), m["unit"], quals[0] if quals else "exact", None, False


CATEGORY_SLUGS = [   # readable ASCII test ids for the categories (first matching prefix wins)
    ("code/name", "code"), ("date: Y年M月D日", "date-ymd"), ("date: Y年M月", "date-ym"),
    ("date: bare year YYYY年", "date-year"), ("date: bare year without", "date-bare"),
    ("date: year + relative", "date-anchor"), ("date: year range", "date-range"), ("date: ISO", "date-iso"),
    ("percent: from", "pct-change"), ("percent: plain", "pct"), ("percent: % of target", "pct-target"),
    ("percent: with 以上", "pct-ge"), ("percent: list", "pct-list"), ("medals", "medals"),
    ("bound: N+cl", "bound-tail"), ("bound: 超过", "bound-lead"), ("money: 亿元", "money-yi"),
    ("money: 万元", "money-wan"), ("money: 元", "money-yuan"), ("count: N万 + classifier", "count-wan"),
    ("count: N万 + noun", "count-wan-noun"), ("count: N + classifier", "count"), ("rank/ordinal", "rank"),
    ("approx: N余/多", "approx-more"), ("approx: 约", "approx-about"), ("approx: 近", "approx-nearly"),
    ("range:", "range"), ("duration", "duration"),
]


def _classified() -> tuple[list, list, list, list]:
    quantities, finds, nothing, periods = [], [], [], []
    data = _load("seed_quantities_classified.json")
    for cat, entries in data.items():
        short = next(slug for prefix, slug in CATEGORY_SLUGS if cat.startswith(prefix))
        seen: set[str] = set()
        for n, (seed, text, raw) in enumerate(entries, 1):
            tid = f"{short}-{seed}-{n:03d}"
            if cat.startswith(QUANTITY_CATEGORIES) and not cat.startswith(("percent: from", "percent: list")):
                if text in NOT_OURS:
                    continue
                if cat.startswith("duration") and not re.fullmatch(r"\d+分钟", text):
                    m = re.match(r"(\d+)(年)", text)   # 5年来, 36年的: a duration inside running text
                    assert m is not None
                    finds.append(pytest.param(text, [(m.start(), m.end(), m[1], m[2], "exact")], id=tid))
                    continue
                expected = expected_from_pattern(text)
                for form in dict.fromkeys((text, raw)):   # the raw form (spaces, line breaks) reads the same
                    quantities.append(pytest.param(form, *expected,
                                                   id=f"{tid}-{_tag(expected[0])}" + ("-raw" if form != text else "")))
            elif cat.startswith("percent: from"):
                ms = list(re.finditer(r"\d+(?:\.\d+)?%", text))
                finds.append(pytest.param(text, [(m.start(), m.end(), m[0][:-1], "%", None) for m in ms], id=tid))
            elif cat.startswith("percent: list"):
                ms = list(re.finditer(r"\d+(?:\.\d+)?%", text))
                finds.append(pytest.param(text, [(m.start(), m.end(), m[0][:-1], "%", "exact") for m in ms], id=tid))
            elif cat.startswith("date:"):
                if re.fullmatch(r"\d{4}", text):
                    continue   # "2023," -- see TRICKY_SKIPPED
                for form in dict.fromkeys((text, raw)):
                    years = [(m.start(), m.end()) for m in re.finditer(r"(?:19|20)\d\d", form)]
                    if years:
                        nothing.append(pytest.param(form, years, "a year (date), not a count", id=tid + "-find"
                                                    + ("-raw" if form != text else "")))
                if text not in seen:
                    seen.add(text)
                    try:
                        start, end = _period_of(text)
                    except ValueError:
                        continue   # 以来, 起, 年度, 学年, lists of days, month-day without year
                    periods.append(pytest.param(text, start, end, id=tid + "-period"))
            elif cat.startswith("rank/ordinal"):
                if text.startswith("第"):
                    m = re.search(r"\d+", text)
                    assert m is not None
                    nothing.append(pytest.param(text, [(m.start(), m.end())], "an ordinal rank", id=tid))
            elif cat.startswith("code/name"):
                nothing.append(pytest.param(text, None, "a code or name: no count-like unit", id=tid))
            # medals: not asserted (see README)
    return quantities, finds, nothing, periods


CLASSIFIED_Q, CLASSIFIED_F, CLASSIFIED_NOTHING, CLASSIFIED_P = _classified()


@pytest.mark.parametrize("text, value, unit, qualifier, upper, completion", CLASSIFIED_Q)
def test_classified_quantity(text, value, unit, qualifier, upper, completion) -> None:
    check_quantity(text, value, unit, qualifier, upper, completion)


@pytest.mark.parametrize("text, spans", CLASSIFIED_F)
def test_classified_find(text, spans) -> None:
    found = find_quantities(text)
    for start, end, value, unit, qualifier in spans:
        check_found_at(text, start, end, value, unit, qualifier, found)


@pytest.mark.parametrize("text, spans, why", CLASSIFIED_NOTHING)
def test_classified_not_a_count(text, spans, why) -> None:
    found = find_quantities(text)
    if spans is None:   # codes: whatever bare numbers are returned, none carries a measure word
        with_unit = [f for f in found if f.quantity.unit]
        assert not with_unit, f"{text!r}: {why}; found {_show(with_unit)}"
        return
    for start, end in spans:
        check_nothing_at(text, start, end, why, found)


@pytest.mark.parametrize("text, start, end", CLASSIFIED_P)
def test_classified_period(text, start, end) -> None:
    p = parse_period(text)
    assert (p.start, p.end) == (start, end), f"{text!r}: expected {start}..{end}, got {p.start}..{p.end}"


# ---------------------------------------------------------------------------------------------
# numeral_hits_classified.json

HITS = _load("numeral_hits_classified.json")["hits"]


@pytest.mark.parametrize("hit", [pytest.param(h, id=f"hit-{h['line']:03d}-{h['kind']}")
                                 for h in HITS if h["kind"] in ("count", "arabic", "noncount")])
def test_numeral_hit(hit: dict) -> None:
    text, start, end = hit["context"], hit["start"], hit["end"]
    if hit["kind"] == "noncount":
        check_nothing_at(text, start, end, hit["why"])
    else:
        check_found_at(text, start, end, hit["value"], hit["unit"], hit["qualifier"])


def test_numeral_hits_all_classified() -> None:
    lines = (SEEDS / "seed_chinese_numeral_hits.txt").read_text(encoding="utf-8").splitlines()[1:]
    assert len(HITS) == len(lines)
    assert all(h["kind"] in ("count", "arabic", "noncount", "skip") for h in HITS)
    assert all(h.get("why") for h in HITS if h["kind"] in ("skip", "noncount"))
