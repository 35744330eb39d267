"""The claim reader: what a span of release text says about each figure in it."""

from __future__ import annotations

from datetime import date

import pytest

from checker.language.claims import Claim, ClaimKind, Direction, likeness, read_claims

PUBLISHED = date(2025, 1, 20)


def _claims(text: str) -> dict[str, Claim]:
    return {"".join(c.quantity.text.split()): c for c in read_claims(text, PUBLISHED).claims}


@pytest.mark.parametrize(("text", "figure", "subject"), [
    ("全年新建公办幼儿园9所，改扩建公办幼儿园31所。", "31所", "改扩建公办幼儿园"),
    ("计划任务是新建和改扩建中小学54所", "54所", "新建和改扩建中小学"),
    ("新建和改扩建54所中小学", "54所", "新建和改扩建中小学"),
    ("截至目前，全县累计建成标准化学校318所", "318所", "建成标准化学校"),
    ("到“十四五”末，全市续改建中小学150所", "150所", "续改建中小学"),
    ("力争至2026年新增小学学位9万多个", "9万多个", "新增小学学位"),
    ("共计规划中央、省、市县资金2.3485亿元", "2.3485亿元", "规划中央、省、市县资金"),
    ("近9000人参加线上招聘会", "近9000人", "参加线上招聘会"),
    ("考核不合格率从18.03%降至8.07%", "8.07%", "考核不合格率"),
])
def test_subjects(text: str, figure: str, subject: str) -> None:
    assert _claims(text)[figure].subject == subject


def test_a_list_of_ratios_belongs_to_the_figures_before_it() -> None:
    claims = _claims("2024年，全市培训6.1万人次，新增技能人才3.2万人，新增高技能人才1.1万人，"
                     "分别完成省定目标的121.5%、108.2%、104.9%。")
    assert claims["108.2%"].subject == "新增技能人才完成省定目标" and claims["108.2%"].ratio
    assert claims["104.9%"].item_of is not None and claims["104.9%"].kind is ClaimKind.outcome
    single = _claims("新增返乡农民工创业3.1万人,完成省定目标的348.6%")
    assert single["348.6%"].subject == "新增返乡农民工创业完成省定目标"


@pytest.mark.parametrize(("text", "figure", "direction", "relative"), [
    ("职工医保参保率同比下降0.4个百分点", "0.4个百分点", Direction.decrease, True),
    ("城乡居民收入增长2倍", "2倍", Direction.increase, True),
    ("地区生产总值比上年增长6.5%", "6.5%", Direction.increase, True),
    ("床位数比上年增加120张", "120张", Direction.increase, False),
])
def test_changes(text: str, figure: str, direction: Direction, relative: bool) -> None:
    change = _claims(text)[figure].change
    assert change is not None and (change.direction, change.relative) == (direction, relative)


@pytest.mark.parametrize("text", ["覆盖率提高到96%", "不合格率降至8.07%", "参保率达到95%", "新增学位6200个"])
def test_levels_are_not_changes(text: str) -> None:
    assert all(c.change is None for c in read_claims(text, PUBLISHED).claims)


def test_an_earlier_level() -> None:
    claims = _claims("义务教育大班额比例由9.6%降至2.1%")
    assert claims["9.6%"].earlier_level and claims["9.6%"].kind is ClaimKind.stat
    assert not claims["2.1%"].earlier_level


def test_negation_completion_and_progress() -> None:
    reading = read_claims("受资金影响，该项目未能完成年度任务，仅建成9个，另有3个正在开工建设。", PUBLISHED)
    completion = {w.text: w.negated for w in reading.completion}
    assert completion == {"完成": True, "建成": False}
    assert {w.text for w in reading.progress} >= {"正在", "开工建设"}
    claims = {c.quantity.text: c for c in reading.claims}
    assert claims["9个"].completed and not claims["9个"].started
    assert claims["3个"].started and not claims["3个"].completed


def test_periods_running_totals_and_relative_years() -> None:
    reading = read_claims("今年将新建养老服务中心12个；截至目前累计建成标准化学校318所；2026年前完成改造。", PUBLISHED)
    claims = {c.quantity.text: c for c in reading.claims}
    assert claims["12个"].period_text == "今年" and claims["12个"].period is not None
    assert claims["12个"].period.end == date(2025, 12, 31) and claims["12个"].kind is ClaimKind.plan
    assert claims["318所"].cumulative and not claims["12个"].cumulative
    assert ("今年", 2025) in reading.relative_years
    assert reading.ambiguous == ("2026年前",)


def test_a_period_after_the_first_figure_dates_only_its_part() -> None:
    # a period opening a sentence dates all its parts; one that a 其中 part states, after the
    # sentence's first figures, dates that part alone (a held-out 政府工作报告's 十件民生实事)
    claims = _claims("2026年，新建改扩建中小学幼儿园15所；新增普惠托位1500个。")
    assert claims["1500个"].period is not None and claims["1500个"].period.end == date(2026, 12, 31)
    claims = _claims("新建改扩建中小学幼儿园15所，新增学位1.2万个以上，其中2026年秋季开学前中心城区新增公办学位4000个；"
                     "新增普惠托位1500个；上半年完成中心城区15处易涝积水点改造。")
    assert claims["4000个"].period is not None and claims["4000个"].period.end == date(2026, 9, 1)
    assert claims["1500个"].period is None or claims["1500个"].period.end != date(2026, 9, 1)
    assert claims["15处"].period_text != "2026年秋季开学前"


@pytest.mark.parametrize(("text", "figure", "kind"), [
    ("2026年计划新增城镇就业8万人", "8万人", ClaimKind.plan),
    ("2024年全市实际新增城镇就业8.3万人", "8.3万人", ClaimKind.outcome),
    ("全市现有中小学校1766所", "1766所", ClaimKind.stat),
    ("城乡低保标准提高到每人每月650元", "650元", ClaimKind.other),
])
def test_kinds_where_the_wording_says(text: str, figure: str, kind: ClaimKind) -> None:
    assert _claims(text)[figure].kind is kind


def test_positions_point_at_the_text_as_written() -> None:
    text = "全市新建公办幼\n\n儿园 9 所，改扩建３１所。"
    claims = read_claims(text, PUBLISHED).claims
    assert [text[c.start:c.end] for c in claims] == ["9 所", "３１所"]


def test_traditional_text_reads_as_simplified() -> None:
    claims = _claims("全市新建公辦幼兒園9所，實際完成投資2.5億元。")
    assert claims["9所"].subject == "新建公办幼儿园"
    assert "2.5億元" in claims and claims["2.5億元"].quantity.value == 250000000


def test_headlines_end_a_clause_only_in_a_release() -> None:
    text = "我市新增城镇就业8.8万人\n\n□记者 李蕊\n\n1月22日上午，我市召开发布会。"
    assert _claims(text)["8.8万人"].subject == "新增城镇就业"
    assert "记者" not in _claims(text)["8.8万人"].subject


@pytest.mark.parametrize(("a", "b", "expected"), [
    ("新建和改扩建公办幼儿园", "新建和改扩建公办幼儿园", 1.0),
    ("新建公办幼儿园", "城镇新增就业", 0.0),
])
def test_likeness(a: str, b: str, expected: float) -> None:
    assert likeness(a, b) == expected
    kindergartens = "新建和改扩建公办幼儿园"
    assert likeness(kindergartens, kindergartens) > likeness(kindergartens, "新建和改扩建中小学校")
