"""Traps and honest rules of two more probes of releases the checker had never seen (a 人大 report,
a 督查通报 naming counties, a departmental summary with 下步打算, a table of ten items set out with
single spaces, a review of several years): each trap must be refused with the code that says why,
each honest rule judged as an auditor would."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_evidence_claims import World, rule, world
from test_evidence_traps import entry

from checker.judge.verdict import Status

PLAN = """\
    株洲市2025年民生实事

    改造城市燃气老旧管道200公里。完成农村户厕改造2万户。新建城市绿道120公里。
    义务教育学校课后服务学生参与率达到95%。完成食品安全监督抽检4.8万批次。
    城市公共厕所新建改建300座。义务教育巩固率达到98%。新建、改扩建公办中小学和幼儿园120所。
    改造城镇老旧小区200个。学前教育毛入园率达到95%。
"""
REVIEW = """\
    株洲市2025年民生实事完成情况

    一、完成情况
    截至11月底，距离完成改造燃气老旧管道200公里的目标还差28公里。若天气条件允许，全年可完成改造燃气老旧管道200公里。
    12月底前应完成改造燃气老旧管道200公里。各县区要确保12月底前完成改造城市燃气老旧管道200公里。
    全州县农村户厕改造完成年度任务的112%。龙胜各族自治县完成农村户厕改造4000户，超额完成年度任务。
    七星区新建城市绿道30公里，完成年度任务的150%。全市超额完成上半年目标任务。
    全市义务教育学校课后服务覆盖率达到100%，学生参与率达到92.4%。
    全年完成食品安全监督抽检4.62万批次，完成食用农产品快检42.6万批次。
    九年义务教育巩固率2023年、2024年、2025年依次为96.8%、97.2%、97.5%，未达到98%的目标。
    三年来，全市新建、改扩建公办中小学和幼儿园132所，超过三年行动确定的120所目标任务。
    全市改造城镇老旧小区210个，其中红山区62个、松山区55个、宁城县31个。
    全市学前教育毛入园率从2022年的91.2%提高到2025年的95.6%。

    2025年民生实事完成情况表
    序号 项目 目标任务 完成情况 完成率
    1 城市公共厕所新建改建 300座 276座 92%
    2 城市绿道建设 120公里 131公里 109.2%

    二、下步打算
    完成食品安全监督抽检5万批次。
"""
PLANS = {
    "gas": ("改造城市燃气老旧管道", "value: 200公里\nquote: 改造城市燃气老旧管道200公里"),
    "toilets": ("农村户厕改造", "value: 2万户\nquote: 完成农村户厕改造2万户"),
    "greenways": ("城市绿道建设", "value: 120公里\nquote: 新建城市绿道120公里"),
    "afterschool": ("义务教育学校课后服务学生参与率", "value: 95%\nquote: 义务教育学校课后服务学生参与率达到95%"),
    "sampling": ("食品安全监督抽检", "value: 4.8万批次\nquote: 完成食品安全监督抽检4.8万批次"),
    "public-toilets": ("城市公共厕所新建改建", "value: 300座\nquote: 城市公共厕所新建改建300座"),
    "consolidation": ("义务教育巩固率", "value: 98%\nquote: 义务教育巩固率达到98%"),
    "schools": ("新建、改扩建公办中小学和幼儿园", "value: 120所\nquote: 新建、改扩建公办中小学和幼儿园120所"),
    "communities": ("改造城镇老旧小区", "value: 200个\nquote: 改造城镇老旧小区200个"),
    "enrolment": ("学前教育毛入园率", "value: 95%\nquote: 学前教育毛入园率达到95%"),
}
LEVELS = ("afterschool", "consolidation", "enrolment")
YEARS = "九年义务教育巩固率2023年、2024年、2025年依次为"


def _world(tmp_path: Path, plan: str, outcome: str, region: str = "株洲市") -> World:
    indicator, written = PLANS[plan]
    plan_yaml = "\n".join([*written.split("\n"), "deadline: 2025年底", "source: plan-2025"]) + "\n"
    if plan not in LEVELS:
        plan_yaml += "start: 2025-01-01\n"
    text = rule(indicator, plan_yaml, entry(outcome), measure="level" if plan in LEVELS else "count")
    return world(tmp_path, PLAN, REVIEW, text.replace("region: 洛阳市", f"region: {region}"), region="株洲市")


@pytest.mark.parametrize(("plan", "outcome", "code"), [
    # what is yet to be done: the distance to a target, a condition, what should or must be done
    ("gas", "value: 200公里\nquote: 距离完成改造燃气老旧管道200公里的目标", "outcome-figure-is-target"),
    ("gas", "value: 200公里\nquote: 全年可完成改造燃气老旧管道200公里", "outcome-figure-is-target"),
    ("gas", "value: 200公里\nquote: 应完成改造燃气老旧管道200公里", "outcome-figure-is-target"),
    ("gas", "value: 200公里\nquote: 确保12月底前完成改造城市燃气老旧管道200公里", "outcome-figure-is-target"),
    # a county's ratio or claim is not the city's (全州县, an autonomous county, 七星区 are places)
    ("toilets", "completion: 112%\nquote: 全州县农村户厕改造完成年度任务的112%", "claim-other-region"),
    ("toilets", "claim: exceeded\nquote: 龙胜各族自治县完成农村户厕改造4000户，超额完成年度任务", "claim-other-region"),
    ("greenways", "completion: 150%\nquote: 完成年度任务的150%", "claim-other-region"),
    # the half year's target is not the year's
    ("toilets", "claim: exceeded\nquote: 全市超额完成上半年目标任务", "completion-of-part-target"),
    # another rate of the same thing; another kind of check, in the same unit
    ("afterschool", "value: 100%\nquote: 全市义务教育学校课后服务覆盖率达到100%", "figure-other-statistic"),
    ("sampling", "value: 42.6万批次\nquote: 完成食用农产品快检42.6万批次", "figure-other-statistic"),
    # next year's task under 下步打算; a table's 完成率 declared as a level; a cell without its row
    ("sampling", "value: 5万批次\nquote: 完成食品安全监督抽检5万批次", "outcome-figure-in-tasks"),
    ("public-toilets", "value: 92%\nquote: 城市公共厕所新建改建 300座 276座 92%", "figure-is-completion-ratio"),
    ("greenways", "value: 131公里\nquote: 131公里", "figure-row-unquoted"),
    # 2023's figure of a list of years declared as 2025's
    ("consolidation", f"value: 96.8%\nquote: {YEARS}96.8%", "outcome-year-differs"),
])
def test_a_trap_of_a_held_out_release_is_refused(tmp_path: Path, plan: str, outcome: str, code: str) -> None:
    w = _world(tmp_path, plan, outcome)
    assert code in w.codes() and w.status is Status.invalid, w.problems


@pytest.mark.parametrize(("plan", "outcome", "region", "status"), [
    # the rate the indicator names; the checks it names
    ("afterschool", "value: 92.4%\nquote: 学生参与率达到92.4%", "株洲市", Status.missed),
    ("sampling", "value: 4.62万批次\nquote: 全年完成食品安全监督抽检4.62万批次", "株洲市", Status.missed),
    # a table's row: the results column, the 完成率 column
    ("public-toilets", "value: 276座\nquote: 城市公共厕所新建改建 300座 276座", "株洲市", Status.missed),
    ("public-toilets", "completion: 92%\nquote: 城市公共厕所新建改建 300座 276座 92%", "株洲市", Status.missed),
    # each year of a list with 依次; going past the target (超过…目标任务); a place of a list with 其中
    ("consolidation", f"value: 97.5%\nquote: {YEARS}96.8%、97.2%、97.5%", "株洲市",
     Status.missed),
    ("schools", "claim: exceeded\nquote: 新建、改扩建公办中小学和幼儿园132所，超过三年行动确定的120所目标任务",
     "株洲市",
     Status.met),
    ("communities", "value: 31个\nquote: 其中红山区62个、松山区55个、宁城县31个", "宁城县", Status.missed),
    # the level reached, after the level it rose from
    ("enrolment", "value: 95.6%\nquote: 全市学前教育毛入园率从2022年的91.2%提高到2025年的95.6%", "株洲市", Status.met),
])
def test_an_honest_rule_of_a_held_out_release_is_judged(tmp_path: Path, plan: str, outcome: str, region: str,
                                                        status: Status) -> None:
    w = _world(tmp_path, plan, outcome, region=region)
    assert w.codes() == [] and w.status is status, w.problems


# A third round: a transcript whose speakers stand on lines of their own, a province's article, a
# review that restates its targets beside the results.
PLAN_3 = """\
    泰安市2025年民生实事

    农村自来水普及率达到98%。每千人口医疗卫生机构床位数达到7.2张。城镇调查失业率控制在5.5%以内。
    新增公共停车泊位1万个。城乡居民基本医疗保险参保率稳定在99%以上。
"""
REVIEW_3 = """\
    泰安市2025年民生实事完成情况新闻发布会实录

    市水利局副局长 李红梅：
    2025年，全市农村自来水普及率达到97.6%。

    肥城市副市长 王磊：
    2025年，我市农村自来水普及率达到99.5%，提前完成年度目标。

    市卫生健康委主任 赵刚：
    每千人口医疗卫生机构床位数2021年至2025年逐年为6.4张、6.6张、6.9张、7.1张、7.3张。全省农村自来水普及率目标全面完成。
    城镇登记失业率4.6%，低于5.5%的控制目标；全市新增公共停车泊位1.2万个（含2024年结转的1200个），新增充电桩3000个。
    全市户籍人口基本医疗保险参保率99.6%。代表们认为，全市民生实事总体完成较好。
"""
PLANS_3 = {
    "water": ("农村自来水普及率", "value: 98%\nquote: 农村自来水普及率达到98%", "level"),
    "beds": ("每千人口医疗卫生机构床位数", "value: 7.2张\nquote: 每千人口医疗卫生机构床位数达到7.2张", "level"),
    "insured": ("城乡居民基本医疗保险参保率", "value: 99%以上\nquote: 城乡居民基本医疗保险参保率稳定在99%以上",
                "level"),
    "unemployment": ("城镇调查失业率",
                     "value: 5.5%\ncomparator: at_most\nsource: review-2026\nquote: 5.5%的控制目标", "level"),
}


def _world_3(tmp_path: Path, plan: str, outcome: str) -> World:
    indicator, written, measure = PLANS_3[plan]
    plan_yaml = "\n".join([*written.split("\n"), "deadline: 2025年底",
                           *([] if "source:" in written else ["source: plan-2025"])]) + "\n"
    text = rule(indicator, plan_yaml, entry(outcome), measure=measure).replace("region: 洛阳市", "region: 泰安市")
    return world(tmp_path, PLAN_3, REVIEW_3, text, region="泰安市")


@pytest.mark.parametrize(("plan", "outcome", "code"), [
    # 我市 said by a county-level city's official, standing on the line above, is that city's
    ("water", "value: 99.5%\nquote: 农村自来水普及率达到99.5%", "figure-other-region"),
    ("water", "claim: met\nquote: 提前完成年度目标", "claim-other-region"),
    # the province's claim; an appraisal; another statistic named before the cut quote
    ("water", "claim: met\nquote: 全省农村自来水普及率目标全面完成", "claim-other-region"),
    ("insured", "value: 99.6%\nquote: 基本医疗保险参保率99.6%", "figure-other-statistic"),
])
def test_a_trap_of_a_third_round_is_refused(tmp_path: Path, plan: str, outcome: str, code: str) -> None:
    w = _world_3(tmp_path, plan, outcome)
    assert code in w.codes() and w.status is Status.invalid, w.problems


@pytest.mark.parametrize(("plan", "outcome", "status"), [
    ("water", "value: 97.6%\nquote: 全市农村自来水普及率达到97.6%", Status.missed),
    # each year of 2021年至2025年逐年为…; the target a comparison restates is the target itself
    ("beds", "value: 7.3张\nquote: 2021年至2025年逐年为6.4张、6.6张、6.9张、7.1张、7.3张", Status.met),
    ("unemployment", "value: 4.6%\nquote: 城镇登记失业率4.6%", None),
])
def test_an_honest_rule_of_a_third_round_is_judged(tmp_path: Path, plan: str, outcome: str,
                                                   status: Status | None) -> None:
    w = _world_3(tmp_path, plan, outcome)
    if status is None:  # (the plan is accepted; the outcome is another statistic)
        assert "figure-other-statistic" in w.codes() and "figure-qualifier-differs" not in w.codes(), w.problems
    else:
        assert w.codes() == [] and w.status is status, w.problems


def test_a_year_in_brackets_dates_only_what_is_in_them() -> None:
    from datetime import date

    from checker.language.claims import read_claims

    text = "2026年，改造城镇老旧小区120个（含2025年顺延的7个），新增养老床位800张。"
    periods = {c.quantity.text: c.period for c in read_claims(text, date(2026, 1, 20)).claims}
    assert periods["800张"] is not None and periods["800张"].end == date(2026, 12, 31)
    assert periods["7个"] is not None and periods["7个"].end == date(2025, 12, 31)


def test_work_carried_over_from_the_year_before_is_not_the_years(tmp_path: Path) -> None:
    """新建城市绿道108公里。…108公里中有21公里为2024年结转项目: 108 counts 2024's work too."""
    review = REVIEW + "    全市新建城市绿道108公里。需要说明的是，108公里中有21公里为2024年结转项目在今年完工的部分。\n"
    plan = "value: 120公里\ndeadline: 2025年底\nstart: 2025-01-01\nsource: plan-2025\nquote: 新建城市绿道120公里\n"
    w = world(tmp_path, PLAN, review, rule("新建城市绿道", plan, """\
        - value: 108公里
          as_of: 2025-12-31
          source: review-2026
          quote: 全市新建城市绿道108公里
        """).replace("region: 洛阳市", "region: 株洲市"), region="株洲市")
    assert "outcome-counts-carried-over" in w.codes() and w.status is Status.invalid, w.problems


def test_a_task_of_a_reviews_next_steps_is_no_target_of_the_year_reviewed(tmp_path: Path) -> None:
    """三、下步打算 … 新建农贸市场快检室30个, in a review of 2026-01: a plan of the year after, not 2025's."""
    review = REVIEW.replace("    二、下步打算\n", "    二、下步打算\n    新建农贸市场快检室30个。\n")
    plan = "value: 30个\ndeadline: 2025年底\nstart: 2025-01-01\nsource: review-2026\nquote: 新建农贸市场快检室30个\n"
    w = world(tmp_path, PLAN, review, rule("新建农贸市场快检室", plan).replace("region: 洛阳市", "region: 株洲市"),
              region="株洲市")
    assert "plan-task-deadline-passed" in w.codes() and w.status is Status.invalid, w.problems


@pytest.mark.parametrize(("extra", "indicator", "plan_value", "value", "quote", "code"), [
    # a list of targets a host announces before a colon is no report of results
    ("市委、市政府确定了12件为民办实事，其中包括：改造提升背街小巷150条，新增公共停车泊位1万个。", "改造提升背街小巷",
     "150条", "150条", "改造提升背街小巷150条", "outcome-figure-is-target"),
    # a total (合计) beside the items its sentence gives: 132 is new and replacement buses together
    ("新增新能源公交车86辆，更新淘汰老旧公交车46辆，合计投放新能源公交车132辆。", "新增新能源公交车", "120辆", "132辆",
     "投放新能源公交车132辆", "figure-counts-other"),
])
def test_a_figure_of_a_list_announced_or_summed_is_refused(tmp_path: Path, extra: str, indicator: str,
                                                           plan_value: str, value: str, quote: str,
                                                           code: str) -> None:
    review = REVIEW.replace("    一、完成情况\n", f"    一、完成情况\n    {extra}\n")
    plan = (f"value: {plan_value}\ndeadline: 2025年底\nstart: 2025-01-01\nsource: plan-2025\n"
            f"quote: {indicator}{plan_value}\n")
    text = rule(indicator, plan, entry(f"value: {value}\nquote: {quote}")).replace("region: 洛阳市", "region: 株洲市")
    w = world(tmp_path, PLAN + f"    {indicator}{plan_value}。\n", review, text, region="株洲市")
    assert code in w.codes() and w.status is Status.invalid, w.problems


def test_what_was_built_is_not_what_is_in_use(tmp_path: Path) -> None:
    """新建老年食堂64个, and a sentence on 新建的64个…中有13个…尚未投入运营: for 新建60个并全部投入运营, not met."""
    said = ("全市新建老年食堂64个，全年提供助餐服务326万人次。"
            "经代表视察，新建的64个老年食堂中有13个因未配备服务人员尚未投入运营。")
    review = REVIEW.replace("    一、完成情况\n", f"    一、完成情况\n    {said}\n")
    plan = ("value: 60个\ndeadline: 2025年底\nstart: 2025-01-01\nsource: plan-2025\n"
            "quote: 新建老年食堂60个并全部投入运营\n")
    text = rule("新建老年食堂", plan, entry("value: 64个\nquote: 全市新建老年食堂64个"))
    text = text.replace("region: 洛阳市", "region: 株洲市")
    w = world(tmp_path, PLAN + "    新建老年食堂60个并全部投入运营。\n", review, text, region="株洲市")
    assert "figure-not-all-in-use" in w.codes() and w.status is Status.invalid, w.problems


# A fourth round: a 人大 report that checks the government's figures, a review whose quote cuts
# off what its figure counts.
PLAN_4 = """\
    株洲市2025年民生实事

    新建改建城市公共厕所150座。完成农村户厕改造2万户。新建城市绿道120公里。
"""
REVIEW_4 = """\
    关于2025年民生实事办理情况的调研报告

    市政府报告称，全年新建改建城市公共厕所162座，超额完成年度任务。调研组实地核查发现，部分公厕尚在施工，实际建成并投入使用145座。
    全年完成农村户厕改造1.6万户，完成老旧小区燃气用户改造2.3万户。
    经核实，全市农村户厕改造1.6万户均已通过验收。
    全市新建城市绿道125公里。抽查发现，12公里绿道存在路面破损问题。
"""
PLANS_4 = {
    "toilets": ("新建改建城市公共厕所", "value: 150座\nquote: 新建改建城市公共厕所150座"),
    "latrines": ("农村户厕改造", "value: 2万户\nquote: 完成农村户厕改造2万户"),
    "greenways": ("新建城市绿道", "value: 120公里\nquote: 新建城市绿道120公里"),
}


def _world_4(tmp_path: Path, plan: str, outcome: str) -> World:
    indicator, written = PLANS_4[plan]
    plan_yaml = "\n".join([*written.split("\n"), "deadline: 2025年底", "start: 2025-01-01", "source: plan-2025"]) + "\n"
    text = rule(indicator, plan_yaml, entry(outcome)).replace("region: 洛阳市", "region: 株洲市")
    return world(tmp_path, PLAN_4, REVIEW_4, text, region="株洲市")


@pytest.mark.parametrize(("plan", "outcome", "code"), [
    # the government's figure, and its claim, that the deputies' check takes back (实际建成…145座)
    ("toilets", "value: 162座\nquote: 全年新建改建城市公共厕所162座", "outcome-corrected-later"),
    ("toilets", "claim: exceeded\nquote: 全年新建改建城市公共厕所162座，超额完成年度任务", "outcome-corrected-later"),
    # a quote that keeps only 改造 of what its figure counts (老旧小区燃气用户改造)
    ("latrines", "value: 2.3万户\nquote: 改造2.3万户", "figure-subject-cut"),
])
def test_a_trap_of_a_fourth_round_is_refused(tmp_path: Path, plan: str, outcome: str, code: str) -> None:
    w = _world_4(tmp_path, plan, outcome)
    assert code in w.codes() and w.status is Status.invalid, w.problems


@pytest.mark.parametrize(("plan", "outcome", "status"), [
    # the checked figure itself; a check that confirms the figure before it
    ("toilets", "value: 145座\nquote: 实际建成并投入使用145座", Status.missed),
    ("latrines", "value: 1.6万户\nquote: 全年完成农村户厕改造1.6万户", Status.missed),
    ("latrines", "value: 1.6万户\nquote: 改造1.6万户", Status.missed),
    # a check that finds faults in a part (抽查发现，12公里…存在问题) corrects nothing
    ("greenways", "value: 125公里\nquote: 全市新建城市绿道125公里", Status.met),
])
def test_an_honest_rule_of_a_fourth_round_is_judged(tmp_path: Path, plan: str, outcome: str,
                                                    status: Status) -> None:
    w = _world_4(tmp_path, plan, outcome)
    assert w.codes() == [] and w.status is status, w.problems
