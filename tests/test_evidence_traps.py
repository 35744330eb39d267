"""Traps a careless rule author falls into, found by probing releases and rules the checker had
never seen: each quote below is in the release, holds the declared figure, and still does not say
the rule's target was met (a promise, part of the work, a neighbour's figure, next year's target,
a running total, a forecast, a change). Each must make the rule invalid, with the code that says
why; the honest rule beside it must not be refused."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_evidence_claims import PLAN_TEXT, REVIEW_TEXT, World, rule, world

from checker.judge.verdict import Status

TRAPS_REVIEW = REVIEW_TEXT + """\
    市第三人民医院新院区将于2026年6月投入使用。市第五人民医院一期工程建成投用，二期工程正在建设。
    社区养老服务中心建设进度滞后，年底前将全部完成。
    除社区养老服务中心项目外，其余各项民生实事均已完成。
    年中新建公办幼儿园任务调整为8所，调整后的年度目标已全部完成。
    全年新建公办幼儿园不满9所。
    洛阳、开封两市城镇新增就业分别为8.6万人、7.2万人。洛阳市与开封市共新增就业15.8万人。
    河南省城镇新增就业120万人。
    三年来，全市累计新建公办幼儿园30所。
    截至2025年底，全市累计建成社区养老服务中心86个，其中当年新建10个。
    目前全市已建成社区养老服务中心96个。
    全市城镇新增就业预计达到8.5万人。
    前11个月，全市职工医保参保率为96%。全市职工医保参保人数增幅达到12.5%。
    职工医保参保率未达95%，为94.2%。
    全年城镇新增就业7.6万人，完成省定目标的120%。社区养老服务中心年度目标任务全面完成。
    全市新建社区养老服务中心11个（截至2025年9月底）。2024—2025年累计新建公办幼儿园17所。
    老旧小区改造阶段性任务全面完成。市第六人民医院完成竣工验收备案，计划2026年3月开诊。
    中心城区新建公办幼儿园4所。
    2024年至2027年，全市累计新增养老床位5000张。2024年以来，全市累计新增养老床位2860张，其中今年1-11月新增1640张。市第七人民医院预计明年3月投入使用。
    县城区新建公办幼儿园2所。全年新建、改扩建公办幼儿园40所。全年计划建成保障性租赁住房3000套，实际筹集保障性租赁住房1800套。
    （一）孟津区
    全区新建公办幼儿园6所。
    2026年主要预期目标是：新建公办幼儿园10所；城镇新增就业8万人以上。

    八、下一步工作安排

    1．新建公办幼儿园20所。
"""

PLANS = {
    "milestone": """\
        deadline: 2025年底
        source: plan-2025
        quote: 今年将新建社区养老服务中心12个
        """,
    "kindergartens": """\
        value: 9所
        deadline: 2025年底
        start: 2025-01-01
        source: plan-2025
        quote: 全年新建公办幼儿园9所
        """,
    "jobs": """\
        value: 不少于8万人
        deadline: 2025年底
        source: plan-2025
        quote: 城镇新增就业不少于8万人
        """,
    "centres": """\
        value: 12个
        deadline: 2025年底
        start: 2025-01-01
        source: plan-2025
        quote: 今年将新建社区养老服务中心12个
        """,
    "three-years": """\
        deadline: 2027年底
        start: 2025-01-01
        source: plan-2025
        quote: 今年将新建社区养老服务中心12个
        """,
    "beds": """\
        value: 5000张
        deadline: 2027年底
        start: 2024-01-01
        source: review-2026
        quote: 2024年至2027年，全市累计新增养老床位5000张
        """,
    "housing": """\
        value: 3000套
        deadline: 2025年底
        source: review-2026
        quote: 建成保障性租赁住房3000套
        """,
    "insured": """\
        value: 95%以上
        deadline: 2025年底
        source: plan-2025
        quote: 职工医保参保率稳定在95%以上
        """,
}


def entry(outcome: str) -> str:
    """One outcome as a YAML list item from its fields (one a line), of the review and as of the
    end of 2025 unless it says otherwise."""
    lines = outcome.split("\n")
    return "\n".join(["- " + lines[0], *("  " + line for line in lines[1:]),
                      *([] if "source:" in outcome else ["  source: review-2026"]),
                      *([] if "as_of:" in outcome else ["  as_of: 2025-12-31"])])


def _world(tmp_path: Path, plan: str, indicator: str, outcome: str, region: str = "洛阳市") -> World:
    text = rule(indicator, PLANS[plan], entry(outcome), measure="level" if plan == "insured" else "count")
    return world(tmp_path, PLAN_TEXT, TRAPS_REVIEW, text.replace("region: 洛阳市", f"region: {region}"))


@pytest.mark.parametrize(("plan", "indicator", "outcome", "code"), [
    # promised, or part of the work
    ("milestone", "市第三人民医院新院区", "achieved: true\nquote: 新院区将于2026年6月投入使用", "achieved-not-yet"),
    ("milestone", "市第五人民医院", "achieved: true\nquote: 市第五人民医院一期工程建成投用", "achieved-not-yet"),
    ("milestone", "社区养老服务中心", "claim: met\nquote: 社区养老服务中心建设进度滞后，年底前将全部完成",
     "claim-met-not-yet"),
    # the sentence excepts the indicator from what it says was done
    ("milestone", "社区养老服务中心", "claim: met\nquote: 其余各项民生实事均已完成", "claim-met-not-yet"),
    # a lowered target met is not the plan's
    ("kindergartens", "新建公办幼儿园", "claim: met\nquote: 调整后的年度目标已全部完成", "claim-met-not-yet"),
    # fewer than 9 is not 9
    ("kindergartens", "新建公办幼儿园", "value: 9所\nquote: 全年新建公办幼儿园不满9所", "figure-qualifier-differs"),
    # a neighbour's figure, two cities together, the province
    ("jobs", "城镇新增就业", "value: 7.2万人\nquote: 洛阳、开封两市城镇新增就业分别为8.6万人、7.2万人",
     "figure-other-region"),
    ("jobs", "城镇新增就业", "value: 15.8万人\nquote: 洛阳市与开封市共新增就业15.8万人", "figure-places-together"),
    ("jobs", "城镇新增就业", "value: 120万人\nquote: 河南省城镇新增就业120万人", "figure-other-region"),
    # running totals over more than the plan's year, and the stock built by now
    ("kindergartens", "新建公办幼儿园", "value: 30所\nquote: 全市累计新建公办幼儿园30所",
     "outcome-total-since-earlier"),
    ("centres", "新建社区养老服务中心", "value: 86个\nquote: 全市累计建成社区养老服务中心86个",
     "outcome-total-with-part"),
    ("centres", "新建社区养老服务中心", "value: 96个\nquote: 目前全市已建成社区养老服务中心96个",
     "outcome-figure-is-stock"),
    # next year's target, a forecast, the plan's own words
    ("jobs", "城镇新增就业", "value: 8万人以上\nquote: 城镇新增就业8万人以上", "outcome-figure-later-period"),
    ("jobs", "城镇新增就业", "value: 8.5万人\nquote: 全市城镇新增就业预计达到8.5万人", "outcome-figure-is-target"),
    ("kindergartens", "新建公办幼儿园", "value: 9所\nsource: plan-2025\nquote: 全年新建公办幼儿园9所",
     "outcome-quotes-plan"),
    # eleven months are not the year; a rate of growth is not a level
    ("insured", "职工医保参保率", "value: 96%\nquote: 全市职工医保参保率为96%", "outcome-date-differs"),
    ("insured", "职工医保参保率", "value: 12.5%\nquote: 全市职工医保参保人数增幅达到12.5%", "figure-is-change"),
    # a completion of the province's target its own sentence belies (7.6万 of 8万); a year's target for three years
    ("jobs", "城镇新增就业", "completion: 120%\nquote: 完成省定目标的120%", "completion-belied"),
    ("three-years", "社区养老服务中心", "claim: met\nquote: 社区养老服务中心年度目标任务全面完成",
     "completion-of-annual-target"),
    # a date in brackets after the figure; a total over two years; a stage; a use still to come
    ("centres", "新建社区养老服务中心", "value: 11个\nquote: 全市新建社区养老服务中心11个", "outcome-date-differs"),
    ("kindergartens", "新建公办幼儿园", "value: 17所\nquote: 累计新建公办幼儿园17所", "outcome-total-since-earlier"),
    ("milestone", "老旧小区改造", "claim: met\nquote: 老旧小区改造阶段性任务全面完成", "claim-met-not-yet"),
    ("milestone", "市第六人民医院", "achieved: true\nquote: 市第六人民医院完成竣工验收", "achieved-not-yet"),
    # what was raised is not what was built
    ("housing", "保障性租赁住房", "value: 1800套\nquote: 筹集保障性租赁住房1800套", "figure-started-not-built"),
    # the district's figure under its heading; the city's figure for a district
    ("kindergartens", "新建公办幼儿园", "value: 6所\nquote: 全区新建公办幼儿园6所", "figure-other-region"),
    # two kinds of work together for an indicator of one
    ("kindergartens", "新建公办幼儿园", "value: 40所\nquote: 新建、改扩建公办幼儿园40所", "figure-counts-more"),
    # a part of the region (县城区) for the whole, which the indicator counts
    ("kindergartens", "新建公办幼儿园", "value: 2所\nquote: 县城区新建公办幼儿园2所", "figure-of-part-region"),
    # next year's tasks, under a heading that names no year
    ("kindergartens", "新建公办幼儿园", "value: 20所\nquote: 新建公办幼儿园20所。\nas_of: 2025-12-31",
     "outcome-figure-in-tasks"),
])
def test_a_trapped_outcome_is_refused(tmp_path: Path, plan: str, indicator: str, outcome: str, code: str) -> None:
    w = _world(tmp_path, plan, indicator, outcome)
    assert code in w.codes() and w.status is Status.invalid, w.problems


@pytest.mark.parametrize(("plan", "indicator", "outcome", "status"), [
    # the year's part of a running total; 当年 is the year its sentence names, not the release's
    ("centres", "新建社区养老服务中心", "value: 10个\nquote: 其中当年新建10个", Status.missed),
    # the level after 未达95%: missed, and the 95% it falls short of is not a rival figure
    ("insured", "职工医保参保率", "value: 94.2%\nquote: 职工医保参保率未达95%，为94.2%", Status.missed),
    # fewer than 9, declared as such
    ("kindergartens", "新建公办幼儿园", "value: 不满9所\nquote: 全年新建公办幼儿园不满9所", Status.missed),
    # a part of the city the indicator names
    ("kindergartens", "中心城区新建公办幼儿园", "value: 4所\nquote: 中心城区新建公办幼儿园4所", Status.missed),
    # a running total since a multi-year plan began answers it, though its sentence gives the year's part
    ("beds", "新增养老床位", "value: 2860张\nquote: 全市累计新增养老床位2860张", Status.pending),
    # a year a use is promised for is no date of the outcome
    ("milestone", "市第七人民医院", "achieved: false\nquote: 市第七人民医院预计明年3月投入使用", Status.missed),
    # not done by its deadline: the year it is now promised for is no date of the outcome
    ("milestone", "市第三人民医院新院区", "achieved: false\nquote: 新院区将于2026年6月投入使用", Status.missed),
])
def test_the_honest_outcome_beside_a_trap_is_judged(tmp_path: Path, plan: str, indicator: str, outcome: str,
                                                    status: Status) -> None:
    w = _world(tmp_path, plan, indicator, outcome)
    assert w.codes() == [] and w.status is status, w.problems


def test_the_city_s_item_of_a_list_is_judged_unless_the_release_gives_its_year_short(tmp_path: Path) -> None:
    """洛阳、开封两市城镇新增就业分别为8.6万人、7.2万人: 8.6万人 is 洛阳市's (7.2万人, 开封市's, is no rival); the same
    review's 全年城镇新增就业7.6万人 of the city, short of the 8万人 the plan set, is."""
    listed = "    洛阳、开封两市城镇新增就业分别为8.6万人、7.2万人。\n"
    outcome = entry("value: 8.6万人\nquote: 洛阳、开封两市城镇新增就业分别为8.6万人、7.2万人")
    w = world(tmp_path, PLAN_TEXT, REVIEW_TEXT + listed, rule("城镇新增就业", PLANS["jobs"], outcome))
    assert w.codes() == [] and w.status is Status.met, w.problems
    belied = REVIEW_TEXT + listed + "    全年城镇新增就业7.6万人，完成省定目标的120%。\n"
    w = world(tmp_path / "belied", PLAN_TEXT, belied, rule("城镇新增就业", PLANS["jobs"], outcome))
    assert w.codes() == ["outcome-belied-elsewhere"] and w.status is Status.invalid, w.problems


def test_a_target_lowered_during_its_year_is_not_the_plan(tmp_path: Path) -> None:
    """年中…调整为8所: met against the lowered target, 8 built would meet a plan of 9."""
    plan = """\
        value: 8所
        deadline: 2025年底
        source: review-2026
        quote: 新建公办幼儿园任务调整为8所
        """
    w = world(tmp_path, PLAN_TEXT, TRAPS_REVIEW, rule("新建公办幼儿园", plan, """\
        - value: 不满9所
          as_of: 2025-12-31
          source: review-2026
          quote: 全年新建公办幼儿园不满9所
        """))
    assert "plan-target-adjusted" in w.codes() and w.status is Status.invalid, w.problems


def test_a_figure_naming_no_place_is_its_releases_regions(tmp_path: Path) -> None:
    """The city's 9所 (洛阳市's review, no place named) is not 偃师区's; 孟津区's own, under its
    heading, is 孟津区's."""
    w = _world(tmp_path, "kindergartens", "新建公办幼儿园", "value: 9所\nquote: 全市新建公办幼儿园9所", region="偃师区")
    assert "figure-of-release-region" in w.codes() and w.status is Status.invalid, w.problems
    w = _world(tmp_path / "own", "kindergartens", "新建公办幼儿园", "value: 6所\nquote: 全区新建公办幼儿园6所",
               region="孟津区")
    assert "figure-of-release-region" not in w.codes() and "figure-other-region" not in w.codes(), w.problems


# Other domains: ceilings, rates per head, levels reached (a third probe, of air, health, transport).
ENV_PLAN = """\
    台州市2025年重点民生实事

    全市细颗粒物（PM2.5）平均浓度降至25微克/立方米。每千人口医疗机构床位数达到6.5张。
    新开通公交线路10条。新增集中供热面积150万平方米。城乡低保标准提高到每人每月480元以上。
"""
ENV_REVIEW = """\
    台州市2025年重点民生实事完成情况

    全年PM2.5平均浓度为26.3微克/立方米，完成省下达的年度考核目标。全市医疗机构床位达到5.1万张。
    全市公交线路由172条增加到180条。全市集中供热面积达到3650万平方米。
    城乡低保标准提高到每人每年5600元。全市空气质量优良天数比率由年均84.1%上升至86.0%。
"""
ENV_PLANS = {
    "pm25": ("细颗粒物平均浓度", "value: 25微克/立方米\ncomparator: at_most\nquote: 平均浓度降至25微克/立方米"),
    "pm25-default": ("细颗粒物平均浓度", "value: 25微克/立方米\nquote: 平均浓度降至25微克/立方米"),
    "beds": ("每千人口医疗机构床位数", "value: 6.5张\nquote: 每千人口医疗机构床位数达到6.5张"),
    "bus": ("新开通公交线路", "value: 10条\nquote: 新开通公交线路10条"),
    "heating": ("新增集中供热面积", "value: 150万平方米\nquote: 新增集中供热面积150万平方米"),
    "dibao": ("城乡低保标准", "value: 480元以上\nquote: 城乡低保标准提高到每人每月480元以上"),
}


@pytest.mark.parametrize(("plan", "outcome", "code"), [
    # a target to bring something down is a ceiling: read as a floor, 26.3 would meet 25
    ("pm25-default", "value: 26.3微克/立方米\nquote: 全年PM2.5平均浓度为26.3微克/立方米", "plan-falling-target"),
    # a claim its own sentence belies: 26.3 is above the ceiling of 25
    ("pm25", "claim: met\nquote: 完成省下达的年度考核目标", "completion-belied"),
    # a total is not a figure per head; a year's standard is not a month's
    ("beds", "value: 5.1万张\nquote: 全市医疗机构床位达到5.1万张", "figure-per-differs"),
    ("dibao", "value: 5600元\nquote: 城乡低保标准提高到每人每年5600元", "figure-per-differs"),
    # the network's size and the total area reached are not what was added
    ("bus", "value: 180条\nquote: 全市公交线路由172条增加到180条", "outcome-figure-is-stock"),
    ("heating", "value: 3650万平方米\nquote: 全市集中供热面积达到3650万平方米", "outcome-figure-is-stock"),
])
def test_a_trapped_outcome_of_another_domain_is_refused(tmp_path: Path, plan: str, outcome: str, code: str) -> None:
    indicator, written = ENV_PLANS[plan]
    plan_yaml = "\n".join([*written.split("\n"), "deadline: 2025年底", "source: plan-2025"]) + "\n"
    measure = "count" if plan in ("bus", "heating") else "level"
    w = world(tmp_path, ENV_PLAN, ENV_REVIEW, rule(indicator, plan_yaml, entry(outcome), measure=measure))
    assert code in w.codes() and w.status is Status.invalid, w.problems


def test_a_level_after_the_level_it_rose_from_is_the_level() -> None:
    """由年均84.1%上升至86.0%: 84.1% is the earlier level, 86.0% the level reached."""
    from checker.language.claims import read_claims

    claims = {c.quantity.text: c for c in read_claims("全市空气质量优良天数比率由年均84.1%上升至86.0%。").claims}
    assert claims["84.1%"].earlier_level and not claims["86.0%"].earlier_level
    assert claims["86.0%"].subject == claims["84.1%"].subject


def test_a_target_per_head_is_a_level(tmp_path: Path) -> None:
    """每千人口6.5张 is a level: a mid-year 6.6张 does not settle it, the year's 6.2张 does (missed)."""
    review = ENV_REVIEW + "    6月底，每千人口医疗机构床位数达到6.6张。年末每千人口医疗机构床位数为6.2张。\n"
    text = rule("每千人口医疗机构床位数", "value: 6.5张\ndeadline: 2025年底\nsource: plan-2025\n"
                "quote: 每千人口医疗机构床位数达到6.5张\n", """\
        - value: 6.6张
          as_of: 2025-06-30
          source: review-2026
          quote: 6月底，每千人口医疗机构床位数达到6.6张
        - value: 6.2张
          as_of: 2025-12-31
          source: review-2026
          quote: 年末每千人口医疗机构床位数为6.2张
        """).replace("  measure: count\n", "")
    w = world(tmp_path, ENV_PLAN, review, text)
    assert w.codes() == [] and w.status is Status.missed, w.problems


def test_a_figure_of_a_part_is_not_the_whole(tmp_path: Path) -> None:
    """其中重点人群签约率达到81.5% is the key groups' rate, not 家庭医生签约率; 其中当年新建10个 (a time) is
    the year's part of a total, which a plan of the year asks for."""
    review = ENV_REVIEW + "    全市家庭医生签约率为45.2%，其中重点人群签约率达到81.5%。\n"
    plan = ENV_PLAN + "    家庭医生签约率达到50%以上。\n"
    written = "value: 50%以上\ndeadline: 2025年底\nsource: plan-2025\nquote: 家庭医生签约率达到50%以上\n"
    text = rule("家庭医生签约率", written, """\
        - value: 81.5%
          as_of: 2025-12-31
          source: review-2026
          quote: 其中重点人群签约率达到81.5%
        """, measure="level")
    w = world(tmp_path, plan, review, text)
    assert "figure-of-a-part" in w.codes() and w.status is Status.invalid, w.problems


def test_a_yearly_target_held_for_one_year_is_answered_by_the_years_figure(tmp_path: Path) -> None:
    """每年培训1000人次以上, held for 2025, is met by 全年培训1350人次 (no 每年 needed in the result)."""
    plan = ENV_PLAN + "    每年培训养老护理员1000人次以上。\n"
    review = ENV_REVIEW + "    全年，全市培训养老护理员1350人次。\n"
    written = ("value: 1000人次以上\ndeadline: 2025年底\nstart: 2025-01-01\nsource: plan-2025\n"
               "quote: 每年培训养老护理员1000人次以上\n")
    w = world(tmp_path, plan, review, rule("培训养老护理员", written, """\
        - value: 1350人次
          as_of: 2025-12-31
          source: review-2026
          quote: 全市培训养老护理员1350人次
        """))
    assert w.codes() == [] and w.status is Status.met, w.problems


@pytest.mark.parametrize(("place", "region", "same"), [
    ("宛城区", "宛城区", True), ("南阳", "南阳市", True), ("南阳市", "南阳", True),
    # two endings are two places (辽宁's 朝阳市, 北京's 朝阳区)
    ("朝阳市", "朝阳区", False), ("吉林市", "吉林省", False), ("卧龙区", "宛城区", False),
])
def test_a_place_is_the_region_only_by_its_name(place: str, region: str, same: bool) -> None:
    from checker.language.places import same_place

    assert same_place(place, region) is same


LISTED = ("城镇新增就业和农村劳动力转移就业分别为8.6万人、12万人", "新建城市书房、农家书屋分别达到15个、30个",
          "新建和改扩建幼儿园分别为5所、7所")


@pytest.mark.parametrize(("indicator", "plan_value", "value", "right"), [
    # each figure of a list with 分别 counts its own item, in order: the other item's is refused
    ("农村劳动力转移就业", "10万人", "8.6万人", False), ("农村劳动力转移就业", "10万人", "12万人", True),
    ("城镇新增就业", "8万人", "8.6万人", True),
    ("新建农家书屋", "20个", "15个", False), ("新建农家书屋", "20个", "30个", True),
    ("新建城市书房", "10个", "15个", True),
    # two kinds of work, one figure each: 5所 is the new ones' alone, not both together
    ("新建幼儿园", "4所", "5所", True), ("改扩建幼儿园", "6所", "5所", False), ("改扩建幼儿园", "6所", "7所", True),
])
def test_an_item_of_a_list_counts_its_own(tmp_path: Path, indicator: str, plan_value: str, value: str,
                                          right: bool) -> None:
    quote = next(text for text in LISTED if value in text)
    plan = ENV_PLAN + f"    {indicator}{plan_value}。\n"
    review = ENV_REVIEW + f"    {quote}。\n"
    written = (f"value: {plan_value}\ndeadline: 2025年底\nstart: 2025-01-01\nsource: plan-2025\n"
               f"quote: {indicator}{plan_value}\n")
    w = world(tmp_path, plan, review, rule(indicator, written, f"""\
        - value: {value}
          as_of: 2025-12-31
          source: review-2026
          quote: {quote}
        """))
    if right:
        assert w.codes() == [] and w.status is Status.met, w.problems
    else:
        assert w.codes() == ["figure-counts-other"] and w.status is Status.invalid, w.problems


# A fourth probe: a table of targets and results, a sentence's other figures, statistics alike in name.
TABLE_PLAN = """\
    安阳市2025年民生实事

    新建社区食堂50个。新增普惠托位3000个。新建城市书房10个。中心城区新增停车泊位6000个。
    城镇调查失业率控制在5.5%以内。公办在园幼儿占比达到55%。新建中小学校舍改造项目30个。城镇新增就业4.5万人以上。
"""
TABLE_REVIEW = """\
    安阳市2025年民生实事完成情况

    2025年，全市新增城镇就业4.1万人（上年同期4.6万人）。
    全市新增停车泊位8200个，其中中心城区新增停车泊位4600个。
    新建城市书房和农家书屋共15个，其中城市书房6个。
    城镇登记失业率3.1%。城镇调查失业率5.7%。
    公办幼儿园占比达到56%，公办在园幼儿占比52.3%。
    中小学校舍改造项目实施以来，累计完成校舍改造项目42个。

    项目            年度目标      完成情况
    新建社区食堂    50个          43个
    新增普惠托位    3000个        2650个
"""
TABLE_RULES = {
    "canteens": ("新建社区食堂", "50个", "新建社区食堂50个"),
    "nursery": ("新增普惠托位", "3000个", "新增普惠托位3000个"),
    "libraries": ("新建城市书房", "10个", "新建城市书房10个"),
    "parking": ("中心城区新增停车泊位", "6000个", "中心城区新增停车泊位6000个"),
    "unemployment": ("城镇调查失业率", "5.5%以内", "城镇调查失业率控制在5.5%以内"),
    "kindergartens": ("公办在园幼儿占比", "55%", "公办在园幼儿占比达到55%"),
    "schools": ("中小学校舍改造项目", "30个", "新建中小学校舍改造项目30个"),
    "jobs": ("城镇新增就业", "4.5万人以上", "城镇新增就业4.5万人以上"),
}


def _table_world(tmp_path: Path, plan: str, value: str, quote: str) -> World:
    indicator, target, plan_quote = TABLE_RULES[plan]
    level = plan in ("unemployment", "kindergartens")
    written = (f"value: {target}\n" + ("comparator: at_most\n" if plan == "unemployment" else "")
               + "deadline: 2025年底\n" + ("" if level else "start: 2025-01-01\n")
               + f"source: plan-2025\nquote: {plan_quote}\n")
    return world(tmp_path, TABLE_PLAN, TABLE_REVIEW, rule(indicator, written, f"""\
        - value: {value}
          as_of: 2025-12-31
          source: review-2026
          quote: "{quote}"
        """, measure="level" if level else "count"))


@pytest.mark.parametrize(("plan", "value", "quote", "code"), [
    # the target column of a table of results
    ("canteens", "50个", "新建社区食堂    50个", "outcome-figure-is-target"),
    ("nursery", "3000个", "新增普惠托位3000个", "outcome-figure-is-target"),
    # two things counted together; the whole city's figure for the part the indicator names
    ("libraries", "15个", "新建城市书房和农家书屋共15个", "figure-counts-more"),
    ("parking", "8200个", "全市新增停车泊位8200个", "figure-of-whole-region"),
    # another statistic of the same thing; a figure its sentence gives a better subject to
    ("unemployment", "3.1%", "城镇登记失业率3.1%", "figure-other-statistic"),
    ("kindergartens", "56%", "公办幼儿园占比达到56%", "figure-counts-other"),
    # a running total since the work began; the year before the sentence's (上年同期)
    ("schools", "42个", "累计完成校舍改造项目42个", "outcome-total-since-launch"),
    ("jobs", "4.6万人", "上年同期4.6万人", "outcome-year-differs"),
])
def test_a_trapped_figure_of_a_table_or_a_sentence_is_refused(tmp_path: Path, plan: str, value: str, quote: str,
                                                               code: str) -> None:
    w = _table_world(tmp_path, plan, value, quote)
    assert code in w.codes() and w.status is Status.invalid, w.problems


@pytest.mark.parametrize(("plan", "value", "quote", "status"), [
    # the results column of the row, quoted with its target: the target is no rival for it
    ("nursery", "2650个", "新增普惠托位    3000个        2650个", Status.missed),
    ("canteens", "43个", "新建社区食堂    50个          43个", Status.missed),
    ("libraries", "6个", "其中城市书房6个", Status.missed),
    ("parking", "4600个", "其中中心城区新增停车泊位4600个", Status.missed),
    ("unemployment", "5.7%", "城镇调查失业率5.7%", Status.missed),
    ("kindergartens", "52.3%", "公办在园幼儿占比52.3%", Status.missed),
    ("jobs", "4.1万人", "全市新增城镇就业4.1万人", Status.missed),
])
def test_the_honest_figure_of_a_table_or_a_sentence_is_judged(tmp_path: Path, plan: str, value: str, quote: str,
                                                               status: Status) -> None:
    w = _table_world(tmp_path, plan, value, quote)
    assert w.codes() == [] and w.status is status, w.problems


# A fifth probe: a press conference's transcript, a five-year plan's base, a mid-year report.
QA_PLAN = """\
    宝鸡市2025年十件民生实事

    农村自来水普及率达到92%以上。每个县（区）至少新建城市书房2个。新建城市书房30个。新改建农村公路500公里。
    新改建农村公路800公里。新增义务教育学位2.5万个。
"""
QA_REVIEW = """\
    宝鸡市2025年十件民生实事完成情况新闻发布会实录

    张建华：2025年，全市农村自来水普及率达到91.3%。新改建农村公路486公里。新建城市书房28个。

    记者（宝鸡电视台）：年初承诺的30个城市书房建得怎么样了？

    眉县水利局局长 赵志刚：近年来，我县农村自来水普及率达到98.2%。

    市交通运输局副局长 周涛：下一步，我们将新改建农村公路600公里。上半年已完成460公里，完成年度投资计划的112%。

    市教育局副局长 王芳：2024—2025学年，全市新增义务教育学位2.7万个；2025年新增义务教育学位2.3万个。

    三、赣县区农村自来水普及率达到96.3%。
"""
QA_RULES = {
    "water": ("农村自来水普及率", "value: 92%以上\nquote: 农村自来水普及率达到92%以上", "level"),
    "per-county": ("每个县（区）新建城市书房", "value: 2个\nquote: 每个县（区）至少新建城市书房2个", "count"),
    "libraries": ("新建城市书房", "value: 30个\nquote: 新建城市书房30个", "count"),
    "roads": ("新改建农村公路", "value: 500公里\nquote: 新改建农村公路500公里", "count"),
    "roads-800": ("新改建农村公路", "value: 800公里\nquote: 新改建农村公路800公里", "count"),
    "places": ("新增义务教育学位", "value: 2.5万个\nquote: 新增义务教育学位2.5万个", "count"),
}


def _qa_world(tmp_path: Path, plan: str, outcome: str, region: str = "宝鸡市") -> World:
    indicator, written, measure = QA_RULES[plan]
    plan_yaml = "\n".join([*written.split("\n"), "deadline: 2025年底", "source: plan-2025"]) + "\n"
    if measure == "count":
        plan_yaml += "start: 2025-01-01\n"
    text = rule(indicator, plan_yaml, entry(outcome), measure=measure).replace("region: 洛阳市", f"region: {region}")
    return world(tmp_path, QA_PLAN, QA_REVIEW, text, region="宝鸡市")


@pytest.mark.parametrize(("plan", "outcome", "code"), [
    # a county official's 我县 in a transcript is the county's; a district named like a word (赣县区)
    ("water", "value: 98.2%\nquote: 我县农村自来水普及率达到98.2%", "figure-other-region"),
    ("water", "value: 98.2%\nquote: 农村自来水普及率达到98.2%", "figure-other-region"),
    ("water", "value: 96.3%\nquote: 赣县区农村自来水普及率达到96.3%", "figure-other-region"),
    # the city's total for a target of each county
    ("per-county", "value: 28个\nquote: 新建城市书房28个", "figure-per-differs"),
    # the target a question restates; next year's work; a ratio of money spent; a school year
    ("libraries", "value: 30个\nquote: 30个城市书房", "outcome-figure-in-question"),
    ("roads", "value: 600公里\nquote: 我们将新改建农村公路600公里", "outcome-figure-is-target"),
    ("roads-800", "completion: 112%\nas_of: 2025-06-30\nquote: 完成年度投资计划的112%", "completion-not-of-work"),
    ("places", "value: 2.7万个\nquote: 全市新增义务教育学位2.7万个", "outcome-date-differs"),
])
def test_a_trapped_figure_of_a_transcript_is_refused(tmp_path: Path, plan: str, outcome: str, code: str) -> None:
    w = _qa_world(tmp_path, plan, outcome)
    assert code in w.codes() and w.status is Status.invalid, w.problems


@pytest.mark.parametrize(("plan", "outcome", "region", "status"), [
    ("water", "value: 91.3%\nquote: 全市农村自来水普及率达到91.3%", "宝鸡市", Status.missed),
    ("water", "value: 98.2%\nquote: 我县农村自来水普及率达到98.2%", "眉县", Status.met),
    ("roads", "value: 486公里\nquote: 新改建农村公路486公里", "宝鸡市", Status.missed),
    ("places", "value: 2.3万个\nquote: 2025年新增义务教育学位2.3万个", "宝鸡市", Status.missed),
])
def test_the_honest_figure_of_a_transcript_is_judged(tmp_path: Path, plan: str, outcome: str, region: str,
                                                     status: Status) -> None:
    w = _qa_world(tmp_path, plan, outcome, region=region)
    assert w.codes() == [] and w.status is status, w.problems


BASE_PLAN = """\
    赣州市“十四五”社会事业发展规划

    第一章 发展基础

    “十三五”期间，全市社会事业取得长足进步。农村自来水普及率达到86%，家庭医生签约率达到62%。

    第二章 主要目标

    到2025年，农村自来水普及率达到92%，家庭医生签约率达到75%。

    二、2025年为民办实事安排

    2025年，城镇新增就业8万人以上。
"""


@pytest.mark.parametrize(("quote", "value", "start", "code"), [
    # what the base section says was reached is not the target; a year's plan does not count from before it
    ("农村自来水普及率达到86%", "86%", "", "plan-figure-is-result"),
    ("城镇新增就业8万人以上", "8万人以上", "start: 2024-01-01\n", "plan-start-before-period"),
    # the target of 2025, counted from the plan's start (到2025年 is a deadline, not the period)
    ("农村自来水普及率达到92%", "92%", "start: 2021-01-01\n", None),
])
def test_a_plans_figure_is_its_target(tmp_path: Path, quote: str, value: str, start: str, code: str | None) -> None:
    w = world(tmp_path, BASE_PLAN, ENV_REVIEW, rule("农村自来水普及率" if "%" in value else "城镇新增就业",
                                                    f"value: {value}\ndeadline: 2025年底\n{start}source: plan-2025\n"
                                                    f"quote: {quote}\n", measure="level" if "%" in value else "count"))
    assert w.codes() == ([code] if code else []), w.problems


# A sixth probe, of honest rules: what a careful author writes must not be refused.
REVIEW_YEARS = """\
    泉州市教育资源扩容提质三年行动完成情况

    分年度看，2023年、2024年、2025年全市分别新建、改扩建中小学和幼儿园47所、58所、51所。
    截至2025年底，全市公办幼儿园在园幼儿占比达到57.6%，比2022年底提高9.4个百分点。
    三年来，全市新增学位10.8万个，其中新增公办学位8.3万个，超额完成三年行动目标任务。
    改造城镇老旧小区86个，超过年度计划的80个。
    2025年，全市PM2.5平均浓度为42微克/立方米，完成控制在45微克/立方米以内的年度目标。
"""
PLAN_YEARS = """\
    泉州市教育资源扩容提质三年行动计划（2023—2025年）

    2023年新建、改扩建中小学和幼儿园45所，2024年55所，2025年50所。到2025年，公办幼儿园在园幼儿占比达到55%。
    2023年至2025年，全市新增学位10万个以上。2025年底前完成适老化改造4000户，到2027年累计完成1.2万户。
"""


@pytest.mark.parametrize(("indicator", "plan", "outcome", "measure", "status"), [
    # a list of years with 分别: each figure is its own year's
    ("新建、改扩建中小学和幼儿园",
     "value: 45所\ndeadline: 2023年底\nstart: 2023-01-01\nquote: 2023年新建、改扩建中小学和幼儿园45所",
     "value: 47所\nas_of: 2023-12-31\nquote: 2023年、2024年、2025年全市分别新建、改扩建中小学和幼儿园47所、58所、51所",
     "count", Status.met),
    # the year a change is measured from is not the figure's year
    ("公办幼儿园在园幼儿占比", "value: 55%\ndeadline: 2025年底\nquote: 公办幼儿园在园幼儿占比达到55%",
     "value: 57.6%\nas_of: 2025-12-31\nquote: 全市公办幼儿园在园幼儿占比达到57.6%，比2022年底提高9.4个百分点", "level",
     Status.met),
    # a part (其中…) short of the whole's target does not belie a claim of exceeding it
    ("新增学位", "value: 10万个以上\ndeadline: 2025年底\nstart: 2023-01-01\nquote: 全市新增学位10万个以上",
     "claim: exceeded\nas_of: 2025-12-31\nquote: 新增学位10.8万个，其中新增公办学位8.3万个，超额完成三年行动目标任务",
     "count", Status.met),
    # a result quoted beside the target it restates; a target restated as 以内的年度目标 is no threshold
    ("改造城镇老旧小区", "value: 80个\ndeadline: 2025年底\nsource: review-2026\nquote: 超过年度计划的80个",
     "value: 86个\nas_of: 2025-12-31\nquote: 改造城镇老旧小区86个，超过年度计划的80个", "count", Status.met),
    ("PM2.5平均浓度", "value: 45微克/立方米以内\ndeadline: 2025年底\nsource: review-2026\n"
     "quote: 完成控制在45微克/立方米以内的年度目标",
     "value: 42微克/立方米\nas_of: 2025-12-31\nquote: 全市PM2.5平均浓度为42微克/立方米", "level", Status.met),
    # 50所 stands whole after 2025年, not inside 150所 (no other 50所 in the plan)
    ("新建、改扩建中小学和幼儿园", "value: 50所\ndeadline: 2025年底\nstart: 2025-01-01\nquote: 50所",
     "value: 51所\nas_of: 2025-12-31\nquote: 2023年、2024年、2025年全市分别新建、改扩建中小学和幼儿园47所、58所、51所",
     "count", Status.met),
])
def test_an_honest_rule_of_a_review_of_several_years_is_judged(tmp_path: Path, indicator: str, plan: str, outcome: str,
                                                                measure: str, status: Status) -> None:
    plan_yaml = plan + ("" if "source:" in plan else "\nsource: plan-2025") + "\n"
    body = entry(outcome)
    plan_text = PLAN_YEARS.replace("2023年新建", "三年共新建、改扩建中小学和幼儿园150所。2023年新建") \
        if "quote: 50所" in plan else PLAN_YEARS
    w = world(tmp_path, plan_text, REVIEW_YEARS, rule(indicator, plan_yaml, body, measure=measure))
    assert w.codes() == [] and w.status is status, w.problems


@pytest.mark.parametrize(("quote", "value", "deadline", "codes"), [
    # 1.2万户 is the 2027 target, though 完成 elides what it counts
    ("2025年底前完成适老化改造4000户，到2027年累计完成1.2万户", "1.2万户", "2027年底", []),
    # 4000户 is due by 2025, not 2027
    ("2025年底前完成适老化改造4000户，到2027年累计完成1.2万户", "4000户", "2027年底",
     ["plan-deadline-contradicts-quote"]),
])
def test_each_figure_of_a_plan_has_its_own_deadline(tmp_path: Path, quote: str, value: str, deadline: str,
                                                    codes: list[str]) -> None:
    w = world(tmp_path, PLAN_YEARS, REVIEW_YEARS, rule("适老化改造", f"value: {value}\ndeadline: {deadline}\n"
                                                       f"source: plan-2025\nquote: {quote}\n"))
    assert w.codes() == codes, w.problems


def test_a_year_of_a_list_is_not_another_years_figure(tmp_path: Path) -> None:
    """47所 is 2023's: declared as 2025's, it is refused, though the quote names 2025年 too."""
    w = world(tmp_path, PLAN_YEARS, REVIEW_YEARS, rule("新建、改扩建中小学和幼儿园", """\
        value: 50所
        deadline: 2025年底
        start: 2025-01-01
        source: plan-2025
        quote: 2025年50所
        """, """\
        - value: 47所
          as_of: 2025-12-31
          source: review-2026
          quote: 2023年、2024年、2025年全市分别新建、改扩建中小学和幼儿园47所、58所、51所
        """))
    assert "outcome-year-differs" in w.codes() and w.status is Status.invalid, w.problems


def test_a_part_a_sentence_opens_with_a_place_goes_on_to_its_end(tmp_path: Path) -> None:
    """其中，孟津区新建公办幼儿园4所，改扩建公办幼儿园6所: 6所 is 孟津区's too, not 洛阳市's."""
    review = REVIEW_TEXT + "    全市改扩建公办幼儿园31所，其中，孟津区新建公办幼儿园4所，改扩建公办幼儿园6所。\n"
    plan = "value: 30所\ndeadline: 2025年底\nstart: 2025-01-01\nsource: plan-2025\nquote: 改扩建公办幼儿园31所\n"
    outcome = "- value: {value}\n  as_of: 2025-12-31\n  source: review-2026\n  quote: {quote}\n"
    w = world(tmp_path, PLAN_TEXT, review, rule("改扩建公办幼儿园", plan.replace("30所", "31所"),
                                                outcome.format(value="6所", quote="改扩建公办幼儿园6所")))
    assert "figure-other-region" in w.codes() and w.status is Status.invalid, w.problems
    city = outcome.format(value="31所", quote="全市改扩建公办幼儿园31所")
    w = world(tmp_path / "city", PLAN_TEXT, review, rule("改扩建公办幼儿园", plan.replace("30所", "31所"), city))
    assert w.codes() == [] and w.status is Status.met, w.problems


def test_a_target_quoted_from_an_indicator_table_is_judged(tmp_path: Path) -> None:
    """每千名老年人拥有养老床位（张）  32  38: 38张 is the 2025 target (the unit is the label's); 32 the base."""
    plan = ("指标\t2020年\t2025年\t属性\n每千名老年人拥有养老床位（张）\t32\t38\t约束性\n")
    review = REVIEW_TEXT + "    全市每千名老年人拥有养老床位36.5张。\n"
    written = "value: 38张\ndeadline: 2025年底\nsource: plan-2025\nquote: 每千名老年人拥有养老床位（张） 32 38\n"
    outcome = ("- value: 36.5张\n  as_of: 2025-12-31\n  source: review-2026\n"
               "  quote: 全市每千名老年人拥有养老床位36.5张\n")
    beds = "每千名老年人拥有养老床位"
    w = world(tmp_path, plan, review, rule(beds, written, outcome, measure="level"))
    assert w.codes() == [] and w.status is Status.missed, w.problems
    w = world(tmp_path / "base", plan, review, rule(beds, written.replace("38张", "32张"), outcome, measure="level"))
    assert w.status is Status.invalid, w.problems


def test_a_plan_is_not_quoted_from_a_tables_results_column(tmp_path: Path) -> None:
    """新建社区食堂  50个  43个 under 年度目标 and 完成情况: 43个 is what was done; 50个 is the target."""
    quote = '"新建社区食堂    50个          43个"'
    for value, codes in (("43个", ["plan-figure-is-result"]), ("50个", [])):
        plan = f"value: {value}\ndeadline: 2025年底\nstart: 2025-01-01\nsource: review-2026\nquote: {quote}\n"
        w = world(tmp_path / value, TABLE_PLAN, TABLE_REVIEW, rule("新建社区食堂", plan))
        assert w.codes() == codes, w.problems


@pytest.mark.parametrize(("lead", "places"), [
    ("创建自治区级示范性综合实践基地", None),  # a level of the region, not a place
    ("2．新建自治区级绿色社区", None),
    ("宁夏回族自治区新建", ("宁夏回族自治区",)),
    ("恭城瑶族自治县完成", ("恭城瑶族自治县",)),
])
def test_an_autonomous_regions_level_is_no_place(lead: str, places: tuple[str, ...] | None):
    from checker.language.places import head_places

    found = head_places(lead)
    assert (found[0] if found else None) == places


@pytest.mark.parametrize(("lead", "places"), [
    ("红果街道新增养老床位", ("红果街道",)),  # a sub-district's figure, not the city's
    ("柏果镇建成", ("柏果镇",)),
    ("鄢陵县陈化店镇", ("鄢陵县",)),
    # towns and streets of no name
    ("城镇新增就业", None), ("全市城镇新增就业", None), ("特色小镇", None), ("各乡镇卫生院", None),
    ("重点镇建设", None),
    ("乡镇卫生院", None), ("新型城镇化", None), ("城市街道清扫", None), ("3个镇新建", None), ("中心镇", None),
])
def test_a_town_or_a_sub_district_is_a_place(lead: str, places: tuple[str, ...] | None):
    from checker.language.places import head_places

    found = head_places(lead)
    assert (found[0] if found else None) == places
