"""Traps and honest rules of two more probes of releases the checker had never seen (a 人大 report,
a 督查通报 naming counties, a departmental summary with 下步打算, a table of ten items set out with
single spaces, a review of several years): each trap must be refused with the code that says why,
each honest rule judged as an auditor would."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from evidence_helpers import write_releases
from test_evidence_claims import PLAN as PLAN_ID
from test_evidence_claims import RELEASES, World, rule, world
from test_evidence_traps import entry

from checker.diagnostics import QuantityError
from checker.judge.pipeline import run_audit
from checker.judge.verdict import Status
from checker.language.quantity import parse_quantity

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


def _judged(tmp_path: Path, texts: tuple[str, str], indicator: str, written: str, outcome: str, region: str,
            measure: str = "count", extra: tuple[str, ...] = ()) -> World:
    """A rule of a 2025 plan (`written`: its value and quote) with one outcome, judged on the two texts;
    a count with a value starts with 2025."""
    plan_yaml = "\n".join([*written.split("\n"), "deadline: 2025年底", "source: plan-2025",
                           *(["start: 2025-01-01"] if measure == "count" and "value" in written else []),
                           *extra]) + "\n"
    text = rule(indicator, plan_yaml, entry(outcome), measure=measure).replace("region: 洛阳市", f"region: {region}")
    return world(tmp_path, *texts, text, region=region)


def _world_4(tmp_path: Path, plan: str, outcome: str) -> World:
    return _judged(tmp_path, (PLAN_4, REVIEW_4), *PLANS_4[plan], outcome, "株洲市")


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


# A fifth round (probes of 芜湖, 九江, 柳州, 南阳, 大同, 湖州 and of 金华, 台州, 漳州, 常德, 舒城县, 自贡,
# 秦皇岛, 榆林): work a sentence says is partly undone, steps before the work, the part and the whole,
# periods longer than the plan's, notes in brackets, a journalist's words, errata.
PLAN_5 = """\
    开州市2025年民生实事

    1.改造城镇老旧小区150个。2.新增社会办养老机构10家并投入运营。3.新建公办幼儿园12所。
    4.PM2.5平均浓度控制在26微克/立方米以内。5.新增普惠托位2000个。6.新改建农村公路500公里。
    7.森林覆盖率达到24%。8.建成并开放城市书房20个。9.新建社区嵌入式养老服务综合体20个。
    10.推动市第二人民医院新院区建成投用。11.市儿童医院开诊运行。12.人均预期寿命达到80.6岁。
    13.新增婴幼儿托位3000个。14.新建改扩建乡镇卫生院6所。15.新增公办学位1.2万个。
    16.新增护理型床位1500张。17.新增技能人才3万人。18.每千人口执业（助理）医师数达到3.4人。
"""
REVIEW_5 = """\
    开州市2025年民生实事完成情况新闻发布会

    市住房城乡建设局副局长 黄永强：
    2025年，全市改造城镇老旧小区150个，惠及居民3.3万户，其中138个小区已完成竣工验收，其余12个小区收尾工程尚未完工。全市累计改造城镇老旧小区1036个。
    全年新签约社会办养老机构12家，其中已投入运营6家。全年开工建设公办幼儿园15所，建成投用9所。
    全市PM2.5平均浓度为26.8微克/立方米。市区PM2.5平均浓度为25.4微克/立方米。
    新增养育托育托位2680个，其中普惠托位1860个。2024—2025年，全市新改建农村公路1006公里。
    全市森林覆盖率达到24.1%（为2024年森林资源年度监测数据，2025年数据尚未发布）。
    在养老方面，新建社区嵌入式养老服务综合体21个。此外，依托党群服务中心新建社区养老服务站点26个。
    市第二人民医院新院区已于12月竣工，待完成医疗设备安装调试和消防验收后投入使用。
    市儿童医院于2025年9月28日正式开诊运行。全市人均预期寿命达到80.8岁。
    全年新增婴幼儿托位3260个，超额完成了新增3000个的年度目标，每千人口托位数为4.1个。
    全年新增养老床位2680张。
    全年开展职业技能培训4.1万人。
    每千人口执业（助理）医师数3.31人。全市每千人口卫生技术人员数达到9.6人。

    记者（开州日报）：
    据了解，2025年全市已建成城市书房20个。这些书房是否都已对外开放？

    市文化广电旅游局副局长 周丽：
    新建的20个城市书房已全部完工，正陆续对外开放。

    项目	年初安排	实际完成
    新增公办学位（个）	12000	11260
    新建改扩建乡镇卫生院（所）	6	8

    注：1.新建改扩建乡镇卫生院完成数中含2024年结转项目3所。
"""
PLANS_5 = {
    "housing": ("改造城镇老旧小区", "value: 150个\nquote: 改造城镇老旧小区150个", "count"),
    "care-homes": ("新增社会办养老机构并投入运营", "value: 10家\nquote: 新增社会办养老机构10家并投入运营", "count"),
    "kindergartens": ("新建公办幼儿园", "value: 12所\nquote: 新建公办幼儿园12所", "count"),
    "pm25": ("PM2.5平均浓度", "value: 26微克/立方米以内\nquote: PM2.5平均浓度控制在26微克/立方米以内", "level"),
    "childcare": ("新增普惠托位", "value: 2000个\nquote: 新增普惠托位2000个", "count"),
    "roads": ("新改建农村公路", "value: 500公里\nquote: 新改建农村公路500公里", "count"),
    "forest": ("森林覆盖率", "value: 24%\nquote: 森林覆盖率达到24%", "level"),
    "reading-rooms": ("建成并开放城市书房", "value: 20个\nquote: 建成并开放城市书房20个", "count"),
    "embedded": ("新建社区嵌入式养老服务综合体", "value: 20个\nquote: 新建社区嵌入式养老服务综合体20个", "count"),
    "hospital": ("市第二人民医院新院区建成投用", "quote: 推动市第二人民医院新院区建成投用", "count"),
    "children": ("市儿童医院开诊运行", "quote: 市儿童医院开诊运行", "count"),
    "life": ("人均预期寿命", "value: 80.6岁\nquote: 人均预期寿命达到80.6岁", "level"),
    "places": ("新增婴幼儿托位", "value: 3000个\nquote: 新增婴幼儿托位3000个", "count"),
    "clinics": ("新建改扩建乡镇卫生院", "value: 6所\nquote: 新建改扩建乡镇卫生院6所", "count"),
    "school-places": ("新增公办学位", "value: 1.2万个\nquote: 新增公办学位1.2万个", "count"),
    "nursing-beds": ("新增护理型床位", "value: 1500张\nquote: 新增护理型床位1500张", "count"),
    "talent": ("新增技能人才", "value: 3万人\nquote: 新增技能人才3万人", "count"),
    "doctors": ("每千人口执业（助理）医师数", "value: 3.4人\nquote: 每千人口执业（助理）医师数达到3.4人", "level"),
}


def _world_5(tmp_path: Path, plan: str, outcome: str) -> World:
    indicator, written, measure = PLANS_5[plan]
    return _judged(tmp_path, (PLAN_5, REVIEW_5), indicator, written, outcome, "开州市", measure,
                   ("comparator: at_most",) if plan == "pm25" else ())


@pytest.mark.parametrize(("plan", "outcome", "code"), [
    # the rest of it undone; a step before the work; work started for a plan of work done
    ("housing", "value: 150个\nquote: 全市改造城镇老旧小区150个", "outcome-includes-unfinished"),
    ("care-homes", "value: 12家\nquote: 全年新签约社会办养老机构12家", "figure-started-not-built"),
    ("kindergartens", "value: 15所\nquote: 全年开工建设公办幼儿园15所", "figure-started-not-built"),
    # a part of the region for the whole; the whole where its sentence gives the part named
    ("pm25", "value: 25.4微克/立方米\nquote: 市区PM2.5平均浓度为25.4微克/立方米", "figure-of-part-region"),
    ("childcare", "value: 2680个\nquote: 新增养育托育托位2680个", "figure-whole-of-part"),
    # two years for a plan of one; a running total not begun in the year; a note giving another year
    ("roads", "value: 1006公里\nquote: 全市新改建农村公路1006公里", "outcome-period-longer"),
    ("housing", "value: 1036个\nquote: 全市累计改造城镇老旧小区1036个", "outcome-total-unbounded"),
    ("forest", "value: 24.1%\nquote: 全市森林覆盖率达到24.1%", "outcome-year-differs"),
    # a journalist's words; use still to come; another thing the sentence before names
    ("reading-rooms", "value: 20个\nquote: 2025年全市已建成城市书房20个", "outcome-figure-in-question"),
    ("reading-rooms", "achieved: true\nquote: 新建的20个城市书房已全部完工，正陆续对外开放", "achieved-not-yet"),
    ("hospital", "achieved: true\nquote: 市第二人民医院新院区已于12月竣工，待完成医疗设备安装调试和消防验收后投入使用",
     "achieved-not-yet"),
    ("embedded", "value: 26个\nquote: 新建社区养老服务站点26个", "figure-counts-other"),
    # a table's target column; a note under the table on the row's work carried over
    ("school-places", "value: 12000个\nquote: 新增公办学位（个） 12000", "outcome-figure-is-target"),
    ("clinics", "value: 8所\nquote: 新建改扩建乡镇卫生院（所） 6 8", "outcome-counts-carried-over"),
    # all beds for the nursing beds; people trained for skilled workers certified; another statistic
    # beside the indicator's, whose name the author types with full-width brackets
    ("nursing-beds", "value: 2680张\nquote: 全年新增养老床位2680张", "figure-other-statistic"),
    ("talent", "value: 4.1万人\nquote: 全年开展职业技能培训4.1万人", "figure-other-statistic"),
    # (卫生技术人员 is another statistic than 执业（助理）医师 by name, whatever figure its sentence gives beside)
    ("doctors", "value: 9.6人\nquote: 全市每千人口卫生技术人员数达到9.6人", "figure-other-statistic"),
])
def test_a_trap_of_a_fifth_round_is_refused(tmp_path: Path, plan: str, outcome: str, code: str) -> None:
    w = _world_5(tmp_path, plan, outcome)
    assert code in w.codes() and w.status is Status.invalid, w.problems


@pytest.mark.parametrize(("plan", "outcome", "status"), [
    # the part done; the whole's own figure; the figure beside another year's in the paragraph
    ("housing", "value: 138个\nquote: 其中138个小区已完成竣工验收", Status.missed),
    ("kindergartens", "value: 9所\nquote: 建成投用9所", Status.missed),
    ("pm25", "value: 26.8微克/立方米\nquote: 全市PM2.5平均浓度为26.8微克/立方米", Status.missed),
    ("childcare", "value: 1860个\nquote: 其中普惠托位1860个", Status.missed),
    ("embedded", "value: 21个\nquote: 新建社区嵌入式养老服务综合体21个", Status.met),
    # a milestone in its own words; a statistic whose name holds 预期; a per-head figure beside a count
    ("children", "achieved: true\nquote: 市儿童医院于2025年9月28日正式开诊运行", Status.met),
    ("life", "value: 80.8岁\nquote: 全市人均预期寿命达到80.8岁", Status.met),
    ("places", "claim: exceeded\nquote: 全年新增婴幼儿托位3260个，超额完成了新增3000个的年度目标", Status.met),
    # the results column, and a row the note does not name
    ("school-places", "value: 11260个\nquote: 新增公办学位（个） 12000 11260", Status.missed),
    ("doctors", "value: 3.31人\nquote: 每千人口执业（助理）医师数3.31人", Status.missed),
])
def test_an_honest_rule_of_a_fifth_round_is_judged(tmp_path: Path, plan: str, outcome: str,
                                                   status: Status) -> None:
    w = _world_5(tmp_path, plan, outcome)
    assert w.codes() == [] and w.status is status, w.problems


# Honest rules the fifth round's probes wrote that were refused: a plan of 2021 with a deadline of a
# year, a table row whose two columns agree, a flood-season deadline, the year that names a programme.
PLAN_6 = """\
    开州市“十四五”就业和民生发展规划

    到2025年，建成高技能人才培训基地10个。2024年汛期前完成水毁工程修复。
    指标                      “十三五”完成     2025年目标     属性
    零就业家庭动态清零率（%）    100              100            约束性
    城市社区嵌入式服务设施（个）  —                10             预期性
"""
REVIEW_6 = """\
    开州市2026年一季度民生实事推进情况

    2023年，全市高技能人才培训基地达到10个，提前完成“十四五”规划目标。零就业家庭动态清零率保持100%。
    特困人员供养服务设施护理型床位占比由2020年的21%提高到46.5%。海港区东部排水管网改造工程完成总工程量的78%。
    至此，2025年民生实事确定的10个城市社区嵌入式服务设施全部建成投用。2024年5月，水毁工程修复全部完成。
"""


@pytest.mark.parametrize(("indicator", "plan", "outcome", "measure", "status"), [
    # 到2025年 in a plan of 2021, reached in 2023: met early, not an outcome before a period of 2025 alone
    ("高技能人才培训基地", "value: 10个\ndeadline: 2025年\nquote: 建成高技能人才培训基地10个",
     "value: 10个\nas_of: 2023-12-31\nquote: 全市高技能人才培训基地达到10个", "count", Status.met),
    # a row whose base and target agree: the plan is the target column's
    ("零就业家庭动态清零率", "value: 100%\ndeadline: 2025年底\nquote: 零就业家庭动态清零率（%） 100 100",
     "value: 100%\nas_of: 2025-12-31\nquote: 零就业家庭动态清零率保持100%", "level", Status.met),
    # 2025年 names the programme (2025年民生实事确定的10个…), and all ten are done
    ("城市社区嵌入式服务设施", "value: 10个\ndeadline: 2025年底\nquote: 城市社区嵌入式服务设施（个） — 10",
     "value: 10个\nas_of: 2025-12-31\nquote: 至此，2025年民生实事确定的10个城市社区嵌入式服务设施全部建成投用", "count",
     Status.met),
    # a deadline inside the year its quote names (2024年汛期前)
    ("水毁工程修复", "deadline: 2024-05-31\nquote: 2024年汛期前完成水毁工程修复",
     "achieved: true\nas_of: 2024-05-31\nquote: 2024年5月，水毁工程修复全部完成", "count", Status.met),
])
def test_an_honest_rule_of_a_plan_years_before_is_judged(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                         indicator: str, plan: str, outcome: str, measure: str,
                                                         status: Status) -> None:
    monkeypatch.setitem(RELEASES, PLAN_ID, ("开州市“十四五”就业和民生发展规划", "2021-11-30"))
    text = rule(indicator, plan + "\nsource: plan-2025\n", entry(outcome), measure=measure)
    w = world(tmp_path, PLAN_6, REVIEW_6, text.replace("region: 洛阳市", "region: 开州市"), region="开州市",
              as_of="2026-12-01")
    assert w.codes() == [] and w.status is status, w.problems


# A sixth round (probes of 开封, 安庆, 吉安, 达州, 长治 and of 许昌, 蚌埠, 日照, 武胜县).
PLAN_7 = """\
    开州市2025年十件民生实事

    1.新增学位1.5万个。2.新建社区养老服务站点40个。3.新建城市书房10个。4.新增城市公共停车泊位6000个。
    5.学前教育毛入园率达到92%。6.中小学专任教师本科以上学历比例达到85%。7.村卫生室医保结算全覆盖。
    8.建成城市地下综合管廊8公里。9.新建农村区域养老服务中心20个。10.改造农村户厕（民生实事）1.2万户。
    11.城镇新增就业5.5万人以上。12.每个乡镇办好1所以上公办中心幼儿园。13.新增集中供热面积300万平方米。
    14.新建公办幼儿园9所。15.新建、改扩建中小学和幼儿园12所。
"""
REVIEW_7 = """\
    开州市2025年民生实事完成情况新闻发布会

    市政府副秘书长 王建华：
    全年新建、改扩建中小学和幼儿园20所，其中17所已竣工，3所主体完工、计划今年春季学期交付；已投用学校新增学位1.32万个。20所学校项目全部建成后，可新增学位1.56万个。
    建成社区养老服务站点43个（含提升改造原有站点17个）。
    这几年，我们坚持每年办好一批民生实事，全市新建城市书房26个。全年新增城市公共停车泊位6200个。
    抽样调查显示，95.3%的受访家长对学前教育表示满意。全市学前教育毛入园率达到94.6%。
    以市第一中学为例，该校专任教师本科以上学历比例达到100%。
    3个试点县率先实现村卫生室医保结算全覆盖。城市地下综合管廊建设均已完成“时间过半、任务过半”目标。
    市政府报告称，全年新建农村区域养老服务中心20个。调研组实地走访发现，20个农村区域养老服务中心中有7个仍在进行内部装修，尚不具备入住条件。
    统筹各类项目，全市全年改造农村户厕1.56万户，其中纳入民生实事的改造任务完成1.08万户。
    全市城镇新增就业5.82万人，完成年度目标的105.8%；新增技能人才1.61万人。
    全市97个乡镇均办有1所以上公办中心幼儿园。12所中小学和幼儿园项目全部开工，已竣工5所。

    市城市管理局局长 张卫东：
    这里我也更正一下：刚才提到的新增城市公共停车泊位6200个，经核对，准确数字应为5200个。

    序号  项目  目标  完成数
    1  新增集中供热面积（万平方米）  300  326

    注：新增集中供热面积完成数含待本采暖季后期并网的面积62万平方米。
"""
PLANS_7 = {
    "places": ("新增学位", "value: 1.5万个\nquote: 新增学位1.5万个"),
    "stations": ("新建社区养老服务站点", "value: 40个\nquote: 新建社区养老服务站点40个"),
    "reading-rooms": ("新建城市书房", "value: 10个\nquote: 新建城市书房10个"),
    "parking": ("新增城市公共停车泊位", "value: 6000个\nquote: 新增城市公共停车泊位6000个"),
    "enrolment": ("学前教育毛入园率", "value: 92%\nquote: 学前教育毛入园率达到92%"),
    "degrees": ("中小学专任教师本科以上学历比例", "value: 85%\nquote: 中小学专任教师本科以上学历比例达到85%"),
    "clinics": ("村卫生室医保结算全覆盖", "quote: 村卫生室医保结算全覆盖"),
    "tunnel": ("建成城市地下综合管廊", "value: 8公里\nquote: 建成城市地下综合管廊8公里"),
    "centres": ("新建农村区域养老服务中心", "value: 20个\nquote: 新建农村区域养老服务中心20个"),
    "latrines": ("改造农村户厕（民生实事）", "value: 1.2万户\nquote: 改造农村户厕（民生实事）1.2万户"),
    "jobs": ("城镇新增就业", "value: 5.5万人以上\nquote: 城镇新增就业5.5万人以上"),
    "kindergartens": ("每个乡镇公办中心幼儿园", "value: 1所以上\nquote: 每个乡镇办好1所以上公办中心幼儿园"),
    "heating": ("新增集中供热面积", "value: 300万平方米\nquote: 新增集中供热面积300万平方米"),
    "schools": ("新建、改扩建中小学和幼儿园", "value: 12所\nquote: 新建、改扩建中小学和幼儿园12所"),
}
LEVELS_7 = ("enrolment", "degrees", "kindergartens")


def _world_7(tmp_path: Path, plan: str, outcome: str) -> World:
    return _judged(tmp_path, (PLAN_7, REVIEW_7), *PLANS_7[plan], outcome, "开州市",
                   "level" if plan in LEVELS_7 else "count")


@pytest.mark.parametrize(("plan", "outcome", "code"), [
    ("places", "value: 1.56万个\nquote: 可新增学位1.56万个", "outcome-figure-is-target"),  # once all are built
    ("stations", "value: 43个\nquote: 建成社区养老服务站点43个", "figure-counts-more"),  # （含提升改造原有站点17个）
    ("reading-rooms", "value: 26个\nquote: 全市新建城市书房26个", "outcome-total-unbounded"),  # 这几年
    ("parking", "value: 6200个\nquote: 全年新增城市公共停车泊位6200个", "outcome-in-errata"),  # 准确数字应为5200个
    ("enrolment", "value: 95.3%\nquote: 95.3%", "figure-is-survey-share"),  # 的受访家长…表示满意
    ("degrees", "value: 100%\nquote: 该校专任教师本科以上学历比例达到100%", "figure-of-one-unit"),
    ("clinics", "achieved: true\nquote: 3个试点县率先实现村卫生室医保结算全覆盖", "claim-of-pilots"),
    ("tunnel", "claim: met\nquote: 城市地下综合管廊建设均已完成“时间过半、任务过半”目标", "completion-of-part-target"),
    ("centres", "value: 20个\nquote: 全年新建农村区域养老服务中心20个", "outcome-corrected-later"),  # 中有7个仍…
    ("latrines", "value: 1.56万户\nquote: 全市全年改造农村户厕1.56万户", "figure-whole-of-part"),  # 其中纳入民生实事的
    ("heating", "value: 326万平方米\nquote: 新增集中供热面积（万平方米） 300 326", "outcome-includes-unfinished"),
])
def test_a_trap_of_a_sixth_round_is_refused(tmp_path: Path, plan: str, outcome: str, code: str) -> None:
    w = _world_7(tmp_path, plan, outcome)
    assert code in w.codes() and w.status is Status.invalid, w.problems


@pytest.mark.parametrize(("plan", "outcome", "status"), [
    # 今年 of the part before the semicolon dates nothing after it; the corrected figure itself
    ("places", "value: 1.32万个\nquote: 已投用学校新增学位1.32万个", Status.missed),
    ("parking", "value: 5200个\nquote: 准确数字应为5200个", Status.missed),
    ("enrolment", "value: 94.6%\nquote: 全市学前教育毛入园率达到94.6%", Status.met),
    # the part a bracketed indicator names; a ratio not belied by another thing's figure beside it
    ("latrines", "value: 1.08万户\nquote: 其中纳入民生实事的改造任务完成1.08万户", Status.missed),
    ("jobs", "completion: 105.8%\nquote: 全市城镇新增就业5.82万人，完成年度目标的105.8%", Status.met),
    # each 乡镇 has one; the count done, beside the count started
    ("kindergartens", "value: 1所以上\nquote: 全市97个乡镇均办有1所以上公办中心幼儿园", Status.met),
    ("schools", "value: 5所\nquote: 已竣工5所", Status.missed),
])
def test_an_honest_rule_of_a_sixth_round_is_judged(tmp_path: Path, plan: str, outcome: str,
                                                   status: Status) -> None:
    w = _world_7(tmp_path, plan, outcome)
    assert w.codes() == [] and w.status is status, w.problems


# A seventh round's honest rules: a place list followed by 县域内, a time before 县财政, a new measure word.
PLAN_8 = """\
    新州市2025年卫生健康和学前教育工作要点

    分宜县、渝水区县域内就诊率分别达到90%、88%以上。三年内县财政安排学前教育专项资金不少于8000万元。
    全年开展学前教育督导检查不少于4轮次。城区急救平均反应时间控制在12分钟以内，农村地区控制在30分钟以内。
    零就业家庭保持动态清零。全市63个乡镇公共充电设施实现全覆盖。
"""
REVIEW_8 = """\
    新州市2025年卫生健康和学前教育工作总结

    分宜县、渝水区县域内就诊率分别达到91.2%、88.6%。县财政安排学前教育专项资金8600万元。
    全年开展学前教育督导检查5轮次。城区急救平均反应时间为11.5分钟，农村地区为27.8分钟。
    全市零就业家庭保持动态清零。新建公共充电桩2135个，全市63个乡镇公共充电设施覆盖率达到100%。
"""


@pytest.mark.parametrize(("region", "indicator", "plan", "outcome", "status"), [
    # 88% is 渝水区's: 县域内 after the list is no part of a place's name
    ("渝水区", "县域内就诊率", "value: 88%以上\nquote: 分宜县、渝水区县域内就诊率分别达到90%、88%以上",
     "value: 88.6%\nquote: 分宜县、渝水区县域内就诊率分别达到91.2%、88.6%", Status.met),
    # 三年内县财政: a time and the county's purse, not a place called 内县
    ("新州市", "学前教育专项资金", "value: 不少于8000万元\nquote: 三年内县财政安排学前教育专项资金不少于8000万元",
     "value: 8600万元\nquote: 县财政安排学前教育专项资金8600万元", Status.met),
    # 轮次 is a measure word (rounds)
    ("新州市", "学前教育督导检查", "value: 不少于4轮次\nquote: 全年开展学前教育督导检查不少于4轮次",
     "value: 5轮次\nquote: 全年开展学前教育督导检查5轮次", Status.met),
    # 农村地区 is an area of its own, not the 城区 of the clause before
    ("新州市", "农村地区急救平均反应时间", "value: 30分钟以内\ncomparator: at_most\nquote: 农村地区控制在30分钟以内",
     "value: 27.8分钟\nquote: 农村地区为27.8分钟", Status.met),
    # a milestone in its own words; the scope of a rate (63个乡镇) is no count done of another figure
    ("新州市", "零就业家庭动态清零", "quote: 零就业家庭保持动态清零",
     "achieved: true\nquote: 全市零就业家庭保持动态清零", Status.met),
    ("新州市", "乡镇公共充电设施全覆盖", "quote: 全市63个乡镇公共充电设施实现全覆盖",
     "claim: met\nquote: 新建公共充电桩2135个，全市63个乡镇公共充电设施覆盖率达到100%", Status.met),
])
def test_an_honest_rule_of_a_seventh_round_is_judged(tmp_path: Path, region: str, indicator: str, plan: str,
                                                     outcome: str, status: Status) -> None:
    measure = "level" if "%" in plan or "分钟" in plan else "count"
    text = rule(indicator, plan + "\ndeadline: 2025年底\nsource: plan-2025\n", entry(outcome), measure=measure)
    w = world(tmp_path, PLAN_8, REVIEW_8, text.replace("region: 洛阳市", f"region: {region}"), region="新州市")
    assert w.codes() == [] and w.status is status, w.problems


# An eighth round (probes of 商丘, 阜阳, 眉山): steps before the work, samples and first batches, work
# being built counted in, last year's pace, a pre-acceptance, renewal for additions.
PLAN_9 = """\
    新州市2025年民生实事

    创建省级优质中等职业学校5所。完成农村危房改造500户。新增新能源公交车300辆。建成公共充电桩1200个。
    全市中小学校食堂全部达到A级标准。建成智慧城市运行管理平台并投入运行。新改建农村公路200公里。
    全面完成“十四五”教育规划目标。县城污水处理厂建成投用。通过国家义务教育基本均衡复查。
    完成棚户区改造1800户。改造城镇老旧小区120个。完成校舍加固改造任务。完成医疗机构防汛安全隐患排查。
    城镇新增就业5万人。农村劳动力转移就业2万人。新建城市书房12个并对外开放。县城供水厂扩建工程建成投用。
"""
REVIEW_9 = """\
    新州市2025年民生实事完成情况

    推荐申报省级优质中等职业学校5所。完成农村住房安全隐患排查2.1万户。全年更新老旧公交车320辆。
    全市建成和在建公共充电桩1360个。抽查的120所中小学校食堂全部达到A级标准。
    首批监测点位投入运行。超额完成上年同期工作量。全面完成“十四五”教育规划确定的大部分目标任务。
    县城污水处理厂通过预验收，进入调试运行阶段。全市顺利通过国家义务教育基本均衡复查。
    2025年完成棚户区改造1260户，剩余540户因征收补偿未达成一致顺延至2026年。
    开工改造城镇老旧小区126个，完成改造122个。其中，有9个小区的外墙保温工程尚未完工。
    全年完成校舍安全隐患排查4326栋。汛期前完成全市医疗机构防汛安全隐患排查。
    全市城镇新增就业5.3万人，完成年度目标的106%；农村劳动力转移就业1.31万人。新建城市书房12个，已全部对外开放。
    部分乡镇供水站管护人员配备不足；县城供水厂扩建工程尚未完工。
"""


@pytest.mark.parametrize(("indicator", "plan", "outcome", "code"), [
    ("创建省级优质中等职业学校", "value: 5所\nquote: 创建省级优质中等职业学校5所",
     "value: 5所\nquote: 推荐申报省级优质中等职业学校5所", "figure-started-not-built"),
    ("完成农村危房改造", "value: 500户\nquote: 完成农村危房改造500户",
     "value: 2.1万户\nquote: 完成农村住房安全隐患排查2.1万户", "figure-started-not-built"),
    ("新增新能源公交车", "value: 300辆\nquote: 新增新能源公交车300辆",
     "value: 320辆\nquote: 全年更新老旧公交车320辆", "figure-other-statistic"),
    ("建成公共充电桩", "value: 1200个\nquote: 建成公共充电桩1200个",
     "value: 1360个\nquote: 全市建成和在建公共充电桩1360个", "figure-counts-more"),
    ("中小学校食堂全部达到A级标准", "quote: 全市中小学校食堂全部达到A级标准",
     "claim: met\nquote: 抽查的120所中小学校食堂全部达到A级标准", "claim-of-pilots"),
    ("智慧城市运行管理平台", "quote: 建成智慧城市运行管理平台并投入运行",
     "achieved: true\nquote: 首批监测点位投入运行", "claim-of-pilots"),
    ("新改建农村公路", "value: 200公里\nquote: 新改建农村公路200公里",
     "claim: exceeded\nquote: 超额完成上年同期工作量", "completion-of-part-target"),
    ("“十四五”教育规划目标", "quote: 全面完成“十四五”教育规划目标",
     "claim: met\nquote: 全面完成“十四五”教育规划确定的大部分目标任务", "claim-of-pilots"),  # (部分: a part)
    ("县城污水处理厂", "quote: 县城污水处理厂建成投用",
     "achieved: true\nquote: 县城污水处理厂通过预验收", "achieved-not-yet"),  # (and 进入调试运行阶段)
    # a part of the figure the next sentence says is not done; an inspection for the work
    ("改造城镇老旧小区", "value: 120个\nquote: 改造城镇老旧小区120个",
     "value: 122个\nquote: 完成改造122个", "outcome-includes-unfinished"),
    ("完成校舍加固改造任务", "quote: 完成校舍加固改造任务",
     "achieved: true\nquote: 全年完成校舍安全隐患排查4326栋", "achieved-started-only"),
])
def test_a_trap_of_an_eighth_round_is_refused(tmp_path: Path, indicator: str, plan: str, outcome: str,
                                              code: str) -> None:
    text = rule(indicator, plan + "\ndeadline: 2025年底\nsource: plan-2025\n", entry(outcome))
    w = world(tmp_path, PLAN_9, REVIEW_9, text.replace("region: 洛阳市", "region: 新州市"), region="新州市")
    assert code in w.codes() and w.status is Status.invalid, w.problems


@pytest.mark.parametrize(("indicator", "plan", "outcome", "status"), [
    ("国家义务教育基本均衡复查", "quote: 通过国家义务教育基本均衡复查",
     "achieved: true\nquote: 全市顺利通过国家义务教育基本均衡复查", Status.met),
    # what was completed, beside the rest the sentence says is postponed
    ("完成棚户区改造", "value: 1800户\nstart: 2025-01-01\nquote: 完成棚户区改造1800户",
     "value: 1260户\nquote: 2025年完成棚户区改造1260户", Status.missed),
    # an inspection that is itself the plan
    ("医疗机构防汛安全隐患排查", "quote: 完成医疗机构防汛安全隐患排查",
     "achieved: true\nquote: 汛期前完成全市医疗机构防汛安全隐患排查", Status.met),
    # (a ninth round's: another item after ； belies no ratio; a milestone's own words; a claim of work not
    # done may stand beside 部分 of another item)
    ("城镇新增就业", "value: 5万人\nquote: 城镇新增就业5万人",
     "completion: 106%\nquote: 全市城镇新增就业5.3万人，完成年度目标的106%", Status.met),
    ("新建城市书房并对外开放", "quote: 新建城市书房12个并对外开放",
     "achieved: true\nquote: 新建城市书房12个，已全部对外开放", Status.met),
    ("县城供水厂扩建工程建成投用", "quote: 县城供水厂扩建工程建成投用",
     "achieved: false\nquote: 部分乡镇供水站管护人员配备不足；县城供水厂扩建工程尚未完工", Status.missed),
])
def test_an_honest_rule_of_an_eighth_round_is_judged(tmp_path: Path, indicator: str, plan: str, outcome: str,
                                                     status: Status) -> None:
    text = rule(indicator, plan + "\ndeadline: 2025年底\nsource: plan-2025\n", entry(outcome))
    w = world(tmp_path, PLAN_9, REVIEW_9, text.replace("region: 洛阳市", "region: 新州市"), region="新州市")
    assert w.codes() == [] and w.status is status, w.problems


# A ninth round (probes of 驻马店, 宿州, 景德镇).
PLAN_10 = """\
    新州市2025年民生实事

    公办园在园幼儿占比达到55%。完成农村危房改造800户。新建城市书房18个。完成农村户厕改造1.5万户。
    实施城市更新项目30个。完成城镇老旧小区改造45个。完成既有住宅加装电梯100部。
    每个县（区）建成1个县级托育综合服务中心。
"""
REVIEW_10 = """\
    新州市2025年民生实事完成情况

    全市公办园在园幼儿占比为53.6%。市直学校方面，公办园在园幼儿占比达到61.2%。
    已开工的农村危房改造项目全部完工。目前全市已有城市书房46个。市里已向各县区下达农村户厕改造任务1.5万户。
    城市更新项目谋划储备42个，开工建设31个。
    全年完成城镇老旧小区改造45个，完成年度任务。其中，39个小区已完工交付，另有6个小区外立面改造顺延至2026年上半年完成。
    完成既有住宅加装电梯签约126部，已完工投用73部。
    全市5个县（区）中已有4个建成县级托育综合服务中心。
"""


@pytest.mark.parametrize(("indicator", "plan", "outcome", "measure", "code"), [
    ("公办园在园幼儿占比", "value: 55%\nquote: 公办园在园幼儿占比达到55%",
     "value: 61.2%\nquote: 公办园在园幼儿占比达到61.2%", "level", "figure-of-part-region"),
    ("完成农村危房改造", "quote: 完成农村危房改造800户",
     "claim: met\nquote: 已开工的农村危房改造项目全部完工", "count", "claim-of-pilots"),
    ("新建城市书房", "value: 18个\nstart: 2025-01-01\nquote: 新建城市书房18个",
     "value: 46个\nquote: 目前全市已有城市书房46个", "count", "outcome-figure-is-stock"),
    ("完成农村户厕改造", "value: 1.5万户\nstart: 2025-01-01\nquote: 完成农村户厕改造1.5万户",
     "value: 1.5万户\nquote: 下达农村户厕改造任务1.5万户", "count", "outcome-figure-is-target"),
    ("实施城市更新项目", "value: 30个\nstart: 2025-01-01\nquote: 实施城市更新项目30个",
     "value: 42个\nquote: 城市更新项目谋划储备42个", "count", "figure-started-not-built"),
    ("完成城镇老旧小区改造", "value: 45个\nstart: 2025-01-01\nquote: 完成城镇老旧小区改造45个",
     "value: 45个\nquote: 全年完成城镇老旧小区改造45个", "count", "outcome-includes-unfinished"),
    ("县级托育综合服务中心", "quote: 每个县（区）建成1个县级托育综合服务中心",
     "achieved: true\nquote: 全市5个县（区）中已有4个建成县级托育综合服务中心", "count", "claim-part-of-total"),
])
def test_a_trap_of_a_ninth_round_is_refused(tmp_path: Path, indicator: str, plan: str, outcome: str, measure: str,
                                            code: str) -> None:
    text = rule(indicator, plan + "\ndeadline: 2025年底\nsource: plan-2025\n", entry(outcome), measure=measure)
    w = world(tmp_path, PLAN_10, REVIEW_10, text.replace("region: 洛阳市", "region: 新州市"), region="新州市")
    assert code in w.codes() and w.status is Status.invalid, w.problems


def test_what_was_done_beside_what_was_signed_is_judged(tmp_path: Path) -> None:
    """完成既有住宅加装电梯签约126部，已完工投用73部: the 73 done are no less the indicator's than the 126 signed."""
    text = rule("完成既有住宅加装电梯", "value: 100部\nstart: 2025-01-01\ndeadline: 2025年底\nsource: plan-2025\n"
                "quote: 完成既有住宅加装电梯100部\n", entry("value: 73部\nquote: 已完工投用73部"))
    w = world(tmp_path, PLAN_10, REVIEW_10, text.replace("region: 洛阳市", "region: 新州市"), region="新州市")
    assert w.codes() == [] and w.status is Status.missed, w.problems


# Traps the review of these rounds' relaxations wrote against them: each relaxation is confined to the form
# it names.
REVIEW_11 = """\
    新州市2025年民生实事推进情况

    力争10个城市社区嵌入式服务设施年底前全部建成投用。
    2025年1-6月，市第一医院于2025年3月开诊，全市新建公办幼儿园12所。
    至此，2024年民生实事确定的10个城市社区嵌入式服务设施全部建成投用。
    全市97个乡镇中，有60个乡镇均办有1所以上公办中心幼儿园。

    二、确保2025年目标任务全面实现
    新建城市书房20个。
"""
PLAN_11 = """\
    新州市2025年民生实事

    建成城市社区嵌入式服务设施10个。新建公办幼儿园12所。每个乡镇办好1所以上公办中心幼儿园。新建城市书房20个。
"""


@pytest.mark.parametrize(("indicator", "plan", "outcome", "measure", "code"), [
    # a promise that all will be done names a target, not a set done
    ("城市社区嵌入式服务设施", "value: 10个\nquote: 建成城市社区嵌入式服务设施10个",
     "value: 10个\nquote: 力争10个城市社区嵌入式服务设施年底前全部建成投用", "count", "outcome-figure-is-target"),
    # an event's own date leaves the sentence's half-year standing
    ("新建公办幼儿园", "value: 12所\nquote: 新建公办幼儿园12所",
     "value: 12所\nquote: 全市新建公办幼儿园12所", "count", "outcome-date-differs"),
    # the programme of another year than the plan's
    ("城市社区嵌入式服务设施", "value: 10个\nquote: 建成城市社区嵌入式服务设施10个",
     "value: 10个\nquote: 至此，2024年民生实事确定的10个城市社区嵌入式服务设施全部建成投用", "count",
     "outcome-year-differs"),
    # 60 of 97 乡镇 is not each of them
    ("每个乡镇公办中心幼儿园", "value: 1所以上\nquote: 每个乡镇办好1所以上公办中心幼儿园",
     "value: 1所以上\nquote: 有60个乡镇均办有1所以上公办中心幼儿园", "level", "figure-per-differs"),
    # a heading that pledges its targets met sets tasks
    ("新建城市书房", "value: 20个\nquote: 新建城市书房20个",
     "value: 20个\nquote: 新建城市书房20个", "count", "outcome-figure-in-tasks"),
])
def test_a_relaxation_stays_confined_to_its_form(tmp_path: Path, indicator: str, plan: str, outcome: str,
                                                 measure: str, code: str) -> None:
    text = rule(indicator, plan + "\ndeadline: 2025年底\nsource: plan-2025\n", entry(outcome), measure=measure)
    w = world(tmp_path, PLAN_11, REVIEW_11, text.replace("region: 洛阳市", "region: 新州市"), region="新州市")
    assert code in w.codes() and w.status is Status.invalid, w.problems


def _target(indicator: str, target: str, measure: str, quote: str | None = None) -> str:
    """A plan of 2025 as YAML: a count starts with the year; the quote, unless given, is the indicator and its
    target (达到 for a level, 控制在 for a ceiling written …以内)."""
    start, verb = ("\nstart: 2025-01-01", "") if measure == "count" else ("", "达到")
    verb, comparator = ("控制在", "\ncomparator: at_most") if target.endswith("以内") else (verb, "")
    return f"value: {target}{start}{comparator}\nquote: {quote or indicator + verb + target}"


def _in_xinzhou(tmp_path: Path, texts: tuple[str, str], indicator: str, plan: str, outcome: str,
                measure: str) -> World:
    """A rule of 新州市 on a plan of 2025 (`plan`: its value, start and quote), one outcome, judged on the texts."""
    text = rule(indicator, plan + "\ndeadline: 2025年底\nsource: plan-2025\n", entry(outcome), measure=measure)
    return world(tmp_path, *texts, text.replace("region: 洛阳市", "region: 新州市"), region="新州市")


def _a_count(tmp_path: Path, indicator: str, plan: str, sentence: str, quote: str, value: str,
             measure: str = "count") -> World:
    """A count (or `measure`) plan of 新州市 for 2025 (`plan`, the indicator and its target) and one outcome quoted
    from `sentence`."""
    plan_text = "新州市2025年民生实事项目\n\n    " + plan + "。\n"
    review = "新州市2025年民生实事项目完成情况\n\n    " + sentence + "\n"
    return _in_xinzhou(tmp_path, (plan_text, review), indicator, _target(indicator, plan.removeprefix(indicator),
                                                                         measure, plan),
                       f"value: {value}\nquote: {quote}", measure)


# A tenth round (session 11: what was left of the rounds before, and probes of 洛阳, 宜昌, 聊城, 运城, 六安,
# 绵阳, 郴州, 沧州, 漯河).
PLAN_12 = """\
    新州市2025年工作目标

    PM2.5平均浓度控制在40微克/立方米以内。城镇新增就业4.5万人。下半年新增城市公共停车泊位2000个。
    九年义务教育巩固率达到97%。每个县（区）至少建成1所特殊教育学校。每个乡镇建成1个综合文化站。
    新建口袋公园30个。每千人口拥有3岁以下婴幼儿托位数达到4.5个。城镇新增就业累计20万人。
    为3万名农村适龄妇女免费开展“两癌”筛查。中小学专任教师本科以上学历比例不低于85%。65岁以上老年人健康管理率达到65%。
"""
REVIEW_12 = """\
    新州市2025年工作总结

    2025年，全市环境持续改善。全年PM2.5平均浓度为42微克/立方米。其中，下半年PM2.5平均浓度为38微克/立方米。
    全年城镇新增就业4.6万人，四季度新增就业1.2万人。2025年7—12月，新增城市公共停车泊位2300个。
    萧山县、泗水县等4个县（区）特殊教育学校建成招生，灵水县特殊教育学校主体完工，尚未招生。
    全市12个乡镇均建成综合文化站。全年打造口袋公园32个。其中，新建13个，提升改造19个。
    截至2025年底，每千人口托位数达到3.8个；按城镇常住人口计算，每千人口托位数达到7.6个。
    2025年城镇新增就业4.26万人，“十四五”以来累计城镇新增就业21.7万人。
    为3.2万名农村适龄妇女开展宫颈癌筛查，为2.6万名农村适龄妇女开展乳腺癌筛查。
    全市中小学专任教师本科以上学历比例达到83.9%。全市新招聘的1260名中小学教师本科以上学历比例达到98.5%。
    65岁以上老年人健康管理率达到63.8%，老年人中医药健康管理率达到72.5%。

    指标  规划目标  2024年  2025年  完成情况
    九年义务教育巩固率（%）  97  97.2  96.6  未完成
"""


@pytest.mark.parametrize(("indicator", "plan", "outcome", "measure", "code"), [
    # the average of the year's second half for the year's level; the last quarter's count for the year's
    ("PM2.5平均浓度", "value: 40微克/立方米以内\nquote: PM2.5平均浓度控制在40微克/立方米以内",
     "value: 38微克/立方米\nquote: 下半年PM2.5平均浓度为38微克/立方米", "level", "outcome-period-part"),
    ("城镇新增就业", "value: 4.5万人\nstart: 2025-01-01\nquote: 城镇新增就业4.5万人",
     "value: 1.2万人\nquote: 四季度新增就业1.2万人", "count", "outcome-period-part"),
    # a table's column of the year before, read as the plan's year
    ("九年义务教育巩固率", "value: 97%\nquote: 九年义务教育巩固率达到97%",
     "value: 97.2%\nquote: 九年义务教育巩固率（%）  97  97.2  96.6", "level", "outcome-year-differs"),
    # a count of places, for a plan of each of them
    ("每个县（区）至少建成1所特殊教育学校", "quote: 每个县（区）至少建成1所特殊教育学校",
     "achieved: true\nquote: 萧山县、泗水县等4个县（区）特殊教育学校建成招生", "count", "claim-some-places"),
    # a whole the next sentence splits into the part the indicator names and another
    ("新建口袋公园", "value: 30个\nstart: 2025-01-01\nquote: 新建口袋公园30个",
     "value: 32个\nquote: 全年打造口袋公园32个", "count", "figure-whole-of-part"),
    # a figure on a narrower basis, where its sentence gives the plain one first
    ("每千人口拥有3岁以下婴幼儿托位数", "value: 4.5个\nquote: 每千人口拥有3岁以下婴幼儿托位数达到4.5个",
     "value: 7.6个\nquote: 按城镇常住人口计算，每千人口托位数达到7.6个", "level", "figure-other-basis"),
    # one of the two cancers; a rate among the newly hired; the rate of a narrower kind
    ("农村适龄妇女“两癌”筛查", "value: 3万名\nstart: 2025-01-01\nquote: 为3万名农村适龄妇女免费开展“两癌”筛查",
     "value: 3.2万名\nquote: 为3.2万名农村适龄妇女开展宫颈癌筛查", "count", "figure-of-a-part"),
    ("中小学专任教师本科以上学历比例", "value: 不低于85%\nquote: 中小学专任教师本科以上学历比例不低于85%",
     "value: 98.5%\nquote: 全市新招聘的1260名中小学教师本科以上学历比例达到98.5%", "level", "figure-of-a-part"),
    ("65岁以上老年人健康管理率", "value: 65%\nquote: 65岁以上老年人健康管理率达到65%",
     "value: 72.5%\nquote: 老年人中医药健康管理率达到72.5%", "level", "figure-of-a-part"),
])
def test_a_trap_of_a_tenth_round_is_refused(tmp_path: Path, indicator: str, plan: str, outcome: str, measure: str,
                                            code: str) -> None:
    w = _in_xinzhou(tmp_path, (PLAN_12, REVIEW_12), indicator, plan, outcome, measure)
    assert code in w.codes() and w.status is Status.invalid, w.problems


@pytest.mark.parametrize(("indicator", "plan", "outcome", "measure", "status"), [
    ("PM2.5平均浓度", "value: 40微克/立方米以内\nquote: PM2.5平均浓度控制在40微克/立方米以内",
     "value: 42微克/立方米\nquote: 全年PM2.5平均浓度为42微克/立方米", "level", Status.missed),
    # a plan of the second half is answered by the second half's figure
    ("新增城市公共停车泊位", "value: 2000个\nstart: 2025-07-01\nquote: 下半年新增城市公共停车泊位2000个",
     "value: 2300个\nquote: 2025年7—12月，新增城市公共停车泊位2300个", "count", Status.met),
    ("九年义务教育巩固率", "value: 97%\nquote: 九年义务教育巩固率达到97%",
     "value: 96.6%\nquote: 九年义务教育巩固率（%）  97  97.2  96.6", "level", Status.missed),
    ("每个乡镇建成综合文化站", "quote: 每个乡镇建成1个综合文化站",
     "achieved: true\nquote: 全市12个乡镇均建成综合文化站", "count", Status.met),
    ("每千人口拥有3岁以下婴幼儿托位数", "value: 4.5个\nquote: 每千人口拥有3岁以下婴幼儿托位数达到4.5个",
     "value: 3.8个\nquote: 每千人口托位数达到3.8个", "level", Status.missed),
    # 以来 opens a period, not a basis
    ("城镇新增就业", "value: 20万人\nquote: 城镇新增就业累计20万人",
     "value: 21.7万人\nquote: “十四五”以来累计城镇新增就业21.7万人", "level", Status.met),
    ("中小学专任教师本科以上学历比例", "value: 不低于85%\nquote: 中小学专任教师本科以上学历比例不低于85%",
     "value: 83.9%\nquote: 全市中小学专任教师本科以上学历比例达到83.9%", "level", Status.missed),
    ("65岁以上老年人健康管理率", "value: 65%\nquote: 65岁以上老年人健康管理率达到65%",
     "value: 63.8%\nquote: 65岁以上老年人健康管理率达到63.8%", "level", Status.missed),
])
def test_an_honest_rule_of_a_tenth_round_is_judged(tmp_path: Path, indicator: str, plan: str, outcome: str,
                                                   measure: str, status: Status) -> None:
    w = _in_xinzhou(tmp_path, (PLAN_12, REVIEW_12), indicator, plan, outcome, measure)
    assert w.codes() == [] and w.status is status, w.problems


# Honest rules of the tenth round that were refused: a list's number before a year, a table's 完成率 column
# and a row quoted for both target and result, a label that holds a figure, a comparator declared apart
# from the value, money paid out, 片.
PLAN_13 = """\
    新州市“十四五”教育事业发展规划

    指标  2020年  2025年  属性
    56人以上大班额比例（%）  4.8  ≤2  约束性

    工作安排：
    1.2025年新建公办幼儿园12所。
    2.2026年秋季开学前，完成全市中小学教室照明改造1200间。
    城镇新增就业6万人以上。为困难群众发放一次性生活补贴。新建社会足球场10片。
"""
REVIEW_13 = """\
    新州市教育局2025年工作总结

    56人以上大班额比例降至1.6%。城镇新增就业6.3万人。困难群众一次性生活补贴足额发放到位。
    新建社会足球场10片，已全部对外开放。

    附表 2025年教育重点项目完成情况
    项目  年度目标  完成情况  完成率
    新增公办学位（个）  3600  3820  106.1%
    义务教育薄弱环节改善项目（个）  45  41  91.1%
    注：义务教育薄弱环节改善项目完成数中含2024年结转项目6个。
"""


@pytest.mark.parametrize(("indicator", "plan", "outcome", "measure", "status"), [
    ("56人以上大班额比例", "value: ≤2%\nsource: plan-2025\nquote: 56人以上大班额比例（%）  4.8  ≤2",
     "value: 1.6%\nquote: 56人以上大班额比例降至1.6%", "level", Status.met),
    ("中小学教室照明改造", "value: 1200间\ndeadline: 2026-09-01\nsource: plan-2025\n"
     "quote: 2026年秋季开学前，完成全市中小学教室照明改造1200间", None, "count", Status.pending),
    ("城镇新增就业", "value: 6万人\ncomparator: at_least\nstart: 2025-01-01\nsource: plan-2025\n"
     "quote: 城镇新增就业6万人以上", "value: 6.3万人\nquote: 城镇新增就业6.3万人", "count", Status.met),
    ("困难群众一次性生活补贴发放", "source: plan-2025\nquote: 为困难群众发放一次性生活补贴",
     "achieved: true\nquote: 困难群众一次性生活补贴足额发放到位", "count", Status.met),
    ("新建社会足球场", "value: 10片\nstart: 2025-01-01\nsource: plan-2025\nquote: 新建社会足球场10片",
     "value: 10片\nquote: 新建社会足球场10片，已全部对外开放", "count", Status.met),
    ("新增公办学位", "value: 3600个\nstart: 2025-01-01\nsource: review-2026\nquote: 新增公办学位（个）  3600",
     "completion: 106.1%\nquote: 新增公办学位（个）  3600  3820  106.1%", "count", Status.met),
    ("新增公办学位", "value: 3600个\nstart: 2025-01-01\nsource: review-2026\n"
     "quote: 新增公办学位（个）  3600  3820  106.1%",
     "value: 3820个\nquote: 新增公办学位（个）  3600  3820  106.1%", "count", Status.met),
    ("义务教育薄弱环节改善项目", "value: 45个\nstart: 2025-01-01\nsource: review-2026\n"
     "quote: 义务教育薄弱环节改善项目（个）  45",
     "completion: 91.1%\nquote: 义务教育薄弱环节改善项目（个）  45  41  91.1%", "count", Status.missed),
])
def test_an_honest_rule_refused_in_a_tenth_round_is_judged(tmp_path: Path, indicator: str, plan: str,
                                                           outcome: str | None, measure: str, status: Status) -> None:
    text = rule(indicator, plan + ("" if "deadline" in plan else "\ndeadline: 2025年底") + "\n",
                entry(outcome) if outcome else "", measure=measure)
    w = world(tmp_path, PLAN_13, REVIEW_13, text.replace("region: 洛阳市", "region: 新州市"), region="新州市")
    assert w.codes() == [] and w.status is status, w.problems


# Traps of the tenth round's second probe (an audit report, a press conference, a 人大 report, a review).
PLAN_14 = """\
    新州市2025年民生实事

    新建公共充电桩5000个。新增学位1.2万个。新建河洛书苑20个。城乡居民基本医疗保险参保率稳定在95%以上。
    完成农村户厕改造1.5万户。
    每千人口执业（助理）医师数达到3.4人。二级及以上综合医院设置老年医学科的比例达到60%以上。
    人均预期寿命达到79.5岁。3岁以下儿童系统管理率达到93%以上。空气质量优良天数比例达到70%以上。
    城镇调查失业率控制在5.5%以内。城市更新项目全年完成投资150亿元以上。建成省级区域医疗中心2个。
    市疾病预防控制中心迁建项目2025年建成投用。力争伊川县通过国家义务教育优质均衡发展县评估认定。
    学生体质健康达标率达到93%。每千人口医疗卫生机构床位数达到7.5张。公办园在园幼儿占比达到55%。
    新建城市书房15个。新增普惠性托位3000个。新建城市公共停车泊位5000个。完成农村寄宿制学校改造提升15所。
"""
REVIEW_14 = """\
    新州市2025年民生实事完成情况审计报告

    一、基本情况
    新建公共充电桩5360个；新增学位1.36万个；全市先后建成河洛书苑186个。完成农村户厕改造1.52万户。
    全市城乡居民基本养老保险参保率达到97.2%。每千人口注册护士4.1人。
    全市9家三级综合医院设置老年医学科的比例达到100%。分性别看，女性人均预期寿命为82.41岁。
    7岁以下儿童健康管理率达到96.1%。扣除沙尘天气影响后，全市空气质量优良天数比例为72.3%。
    从月度情况看，12月份全市城镇调查失业率为4.9%。全年实施城市更新项目96个，总投资216亿元。
    2个省级区域医疗中心建设项目已纳入省级建设名单。市疾控中心迁建项目已完成主体封顶。
    伊川县义务教育优质均衡发展工作顺利通过省级督导评估。
    在省教育厅组织的抽测中，我市抽测学校学生体质健康达标率达到95.1%。
    全市每千人口床位数（含医养结合机构床位）达到7.7张。2025年春季学期，全市公办园在园幼儿占比达到56.3%。
    全市城乡居民基本医疗保险参保率达到96.4%。新建城市书房15个。截至12月底，全市公办园在园幼儿占比为54.2%。
    全年新增托位3400个，每千人口拥有3岁以下婴幼儿托位数达到3.6个。完成农村寄宿制学校改造提升16所。

    项目  年度目标  完成情况  完成率
    新建城市公共停车泊位（个）  5000  5180  103.6%
    注：新建城市公共停车泊位完成数含施划的临时停车泊位1300个，临时泊位不纳入考核口径。

    二、审计发现的主要问题
    1.新增学位统计口径不严。新增学位中有2600个系利用原有校舍调整用途形成，不符合新增学位认定口径；扣除后，实际新增学位1.1万个。
    2.公共充电桩统计不实。新建的5360个充电桩中，有1200个为企业内部专用桩，不应计入公共充电桩。
    3.农村户厕改造完成数中含2024年结转项目2600户。
"""


@pytest.mark.parametrize(("indicator", "plan", "outcome", "measure", "code"), [
    # an audit's finding later in the release, by the indicator's words
    ("新建公共充电桩", "value: 5000个\nstart: 2025-01-01\nquote: 新建公共充电桩5000个",
     "value: 5360个\nquote: 新建公共充电桩5360个", "count", "outcome-found-overstated"),
    ("新增学位", "value: 1.2万个\nstart: 2025-01-01\nquote: 新增学位1.2万个",
     "value: 1.36万个\nquote: 新增学位1.36万个", "count", "outcome-found-overstated"),
    # work carried over counted in, as the audit's findings say
    ("农村户厕改造", "value: 1.5万户\nstart: 2025-01-01\nquote: 完成农村户厕改造1.5万户",
     "value: 1.52万户\nquote: 完成农村户厕改造1.52万户", "count", "outcome-found-overstated"),
    # the stock built over the years
    ("新建河洛书苑", "value: 20个\nstart: 2025-01-01\nquote: 新建河洛书苑20个",
     "value: 186个\nquote: 全市先后建成河洛书苑186个", "count", "outcome-total-unbounded"),
    # another statistic of a like name; a subset; a part of the population; another age band
    ("城乡居民基本医疗保险参保率", "value: 95%以上\nquote: 城乡居民基本医疗保险参保率稳定在95%以上",
     "value: 97.2%\nquote: 全市城乡居民基本养老保险参保率达到97.2%", "level", "figure-other-statistic"),
    ("每千人口执业（助理）医师数", "value: 3.4人\nquote: 每千人口执业（助理）医师数达到3.4人",
     "value: 4.1人\nquote: 每千人口注册护士4.1人", "level", "figure-other-statistic"),
    ("二级及以上综合医院设置老年医学科的比例",
     "value: 60%以上\nquote: 二级及以上综合医院设置老年医学科的比例达到60%以上",
     "value: 100%\nquote: 全市9家三级综合医院设置老年医学科的比例达到100%", "level", "figure-other-statistic"),
    ("人均预期寿命", "value: 79.5岁\nquote: 人均预期寿命达到79.5岁",
     "value: 82.41岁\nquote: 女性人均预期寿命为82.41岁", "level", "figure-of-a-part"),
    ("3岁以下儿童系统管理率", "value: 93%以上\nquote: 3岁以下儿童系统管理率达到93%以上",
     "value: 96.1%\nquote: 7岁以下儿童健康管理率达到96.1%", "level", "figure-of-a-part"),
    ("学生体质健康达标率", "value: 93%\nquote: 学生体质健康达标率达到93%",
     "value: 95.1%\nquote: 我市抽测学校学生体质健康达标率达到95.1%", "level", "figure-of-a-part"),
    # an adjusted figure; a month's; a term's; a budget for money spent; another kind counted in
    ("空气质量优良天数比例", "value: 70%以上\nquote: 空气质量优良天数比例达到70%以上",
     "value: 72.3%\nquote: 扣除沙尘天气影响后，全市空气质量优良天数比例为72.3%", "level", "figure-adjusted"),
    ("城镇调查失业率", "value: 5.5%以内\nquote: 城镇调查失业率控制在5.5%以内",
     "value: 4.9%\nquote: 12月份全市城镇调查失业率为4.9%", "level", "outcome-period-part"),
    ("公办园在园幼儿占比", "value: 55%\nquote: 公办园在园幼儿占比达到55%",
     "value: 56.3%\nquote: 2025年春季学期，全市公办园在园幼儿占比达到56.3%", "level", "outcome-date-differs"),
    ("城市更新项目完成投资", "value: 150亿元以上\nstart: 2025-01-01\nquote: 城市更新项目全年完成投资150亿元以上",
     "value: 216亿元\nquote: 全年实施城市更新项目96个，总投资216亿元", "count", "figure-other-statistic"),
    ("每千人口医疗卫生机构床位数", "value: 7.5张\nquote: 每千人口医疗卫生机构床位数达到7.5张",
     "value: 7.7张\nquote: 全市每千人口床位数（含医养结合机构床位）达到7.7张", "level", "figure-counts-more"),
    # all the new places for the 普惠性 ones; a note under the table that part of the row does not count
    ("新增普惠性托位", "value: 3000个\nstart: 2025-01-01\nquote: 新增普惠性托位3000个",
     "value: 3400个\nquote: 全年新增托位3400个", "count", "figure-lacks-kind"),
    ("新建城市公共停车泊位", "value: 5000个\nstart: 2025-01-01\nquote: 新建城市公共停车泊位5000个",
     "value: 5180个\nquote: 新建城市公共停车泊位（个）  5000  5180", "count", "outcome-found-overstated"),
    # a listing for the building; the shell; the province's assessment toward the nation's
    ("建成省级区域医疗中心", "value: 2个\nstart: 2025-01-01\nquote: 建成省级区域医疗中心2个",
     "value: 2个\nquote: 2个省级区域医疗中心建设项目已纳入省级建设名单", "count", "figure-started-not-built"),
    ("市疾病预防控制中心迁建项目建成投用", "quote: 市疾病预防控制中心迁建项目2025年建成投用",
     "achieved: true\nquote: 市疾控中心迁建项目已完成主体封顶", "count", "achieved-not-yet"),
    ("伊川县通过国家义务教育优质均衡发展县评估认定", "quote: 力争伊川县通过国家义务教育优质均衡发展县评估认定",
     "achieved: true\nquote: 伊川县义务教育优质均衡发展工作顺利通过省级督导评估", "count", "achieved-started-only"),
])
def test_a_trap_of_an_audit_and_a_review_is_refused(tmp_path: Path, indicator: str, plan: str, outcome: str,
                                                    measure: str, code: str) -> None:
    w = _in_xinzhou(tmp_path, (PLAN_14, REVIEW_14), indicator, plan, outcome, measure)
    assert code in w.codes() and w.status is Status.invalid, w.problems


@pytest.mark.parametrize(("indicator", "plan", "outcome", "measure", "status"), [
    # what no finding names; the figure a finding leaves; a month's end, not a month's own
    ("城乡居民基本医疗保险参保率", "value: 95%以上\nquote: 城乡居民基本医疗保险参保率稳定在95%以上",
     "value: 96.4%\nquote: 全市城乡居民基本医疗保险参保率达到96.4%", "level", Status.met),
    ("新建城市书房", "value: 15个\nstart: 2025-01-01\nquote: 新建城市书房15个",
     "value: 15个\nquote: 新建城市书房15个", "count", Status.met),
    ("新增学位", "value: 1.2万个\nstart: 2025-01-01\nquote: 新增学位1.2万个",
     "value: 1.1万个\nquote: 扣除后，实际新增学位1.1万个", "count", Status.missed),
    ("公办园在园幼儿占比", "value: 55%\nquote: 公办园在园幼儿占比达到55%",
     "value: 54.2%\nquote: 截至12月底，全市公办园在园幼儿占比为54.2%", "level", Status.missed),
    # work done on 16 schools (改造提升), no rise by 16
    ("完成农村寄宿制学校改造提升", "value: 15所\nstart: 2025-01-01\nquote: 完成农村寄宿制学校改造提升15所",
     "value: 16所\nquote: 完成农村寄宿制学校改造提升16所", "count", Status.met),
])
def test_an_honest_rule_of_an_audit_is_judged(tmp_path: Path, indicator: str, plan: str, outcome: str, measure: str,
                                              status: Status) -> None:
    w = _in_xinzhou(tmp_path, (PLAN_14, REVIEW_14), indicator, plan, outcome, measure)
    assert w.codes() == [] and w.status is status, w.problems


# Rounds twelve and thirteen (probes of 平顶山, 荆州, 德州, 邢台, 益阳; 十堰, 菏泽, 晋中, 玉溪; 孝感, 永州, 衡水, 临汾,
# 汉中; 遂宁, 乐山, 池州, 宣城).
PLAN_15 = """\
    新州市2025年民生实事

    新增公办义务教育学位1.2万个。新建公共充电桩3000个。完成农村户厕改造1.5万户。农村卫生厕所普及率达到88%。
    新能源公交车占比达到80%以上。每万人口高价值发明专利拥有量达到3件。普惠性幼儿园覆盖率达到90%。
    高中阶段毛入学率达到95%。开展免费职业技能培训3万人次。新建改扩建公办幼儿园10所。新建城市书房12个。
    临汾市污水处理厂三期扩建工程年内建成投运。建设老年助餐点100个并全部投入运营。新建改扩建中小学校12所。
    PM2.5平均浓度控制在40微克/立方米以内。为6万名农村适龄妇女免费开展宫颈癌筛查。
    支持市人民医院通过国家标准版胸痛中心认证。新增养老床位800张。新增公办学位3000个。建成社区食堂20个。
"""
REVIEW_15 = """\
    新州市2025年工作总结

    一、“十四五”时期主要成就
    五年来，全市新建改扩建中小学校68所。

    二、2025年工作回顾
    全年新增中小学学位1.38万个。新建各类充电桩5620个。全年完成农村户厕改造1.5万户（14962户）。
    在2个整县推进示范县，农村卫生厕所普及率达到96%以上。清洁能源和新能源公交车占比达到100%。
    每万人口发明专利拥有量达到5.8件。普惠性幼儿园覆盖率超过90%的县（市、区）达到9个。
    高中阶段毛入学率基本达到95%。发放职业技能培训补贴3.2万人次。非采暖季PM2.5平均浓度为36微克/立方米。
    10所公办幼儿园中，6所已建成，4所主体完工。12个城市书房中已有9个建成开放。
    临汾市污水处理厂三期扩建工程于11月建成通水，进入调试运行阶段。
    已建成老年助餐点103个。但调研组发现，其中有21个因运营主体退出处于停运状态。
    2024年10月至2025年12月，为6.4万名农村适龄妇女免费开展宫颈癌筛查。市人民医院通过国家胸痛中心（基层版）复评。建设家庭养老床位860张。
    新增公办学位3000个，目前已完成2100个。全年建成社区食堂20个，已投入运营16个。
"""


@pytest.mark.parametrize(("indicator", "plan", "outcome", "measure", "code"), [
    # the indicator's kind the figure does not say (公办义务教育, 公共, 高价值)
    ("新增公办义务教育学位", "value: 1.2万个\nstart: 2025-01-01\nquote: 新增公办义务教育学位1.2万个",
     "value: 1.38万个\nquote: 全年新增中小学学位1.38万个", "count", "figure-lacks-kind"),
    ("新建公共充电桩", "value: 3000个\nstart: 2025-01-01\nquote: 新建公共充电桩3000个",
     "value: 5620个\nquote: 新建各类充电桩5620个", "count", "figure-lacks-kind"),
    ("每万人口高价值发明专利拥有量", "value: 3件\nquote: 每万人口高价值发明专利拥有量达到3件",
     "value: 5.8件\nquote: 每万人口发明专利拥有量达到5.8件", "level", "figure-lacks-kind"),
    # rounded beside the exact figure; a rate of demonstration counties; two kinds together; a threshold; roughly
    ("农村户厕改造", "value: 1.5万户\nstart: 2025-01-01\nquote: 完成农村户厕改造1.5万户",
     "value: 1.5万户\nquote: 全年完成农村户厕改造1.5万户", "count", "figure-rounded"),
    ("农村卫生厕所普及率", "value: 88%\nquote: 农村卫生厕所普及率达到88%",
     "value: 96%以上\nquote: 在2个整县推进示范县，农村卫生厕所普及率达到96%以上", "level", "figure-of-a-part"),
    ("新能源公交车占比", "value: 80%以上\nquote: 新能源公交车占比达到80%以上",
     "value: 100%\nquote: 清洁能源和新能源公交车占比达到100%", "level", "figure-counts-more"),
    ("普惠性幼儿园覆盖率", "value: 90%\nquote: 普惠性幼儿园覆盖率达到90%",
     "value: 超过90%\nquote: 普惠性幼儿园覆盖率超过90%的县（市、区）达到9个", "level", "figure-is-threshold"),
    ("高中阶段毛入学率", "value: 95%\nquote: 高中阶段毛入学率达到95%",
     "value: 95%\nquote: 高中阶段毛入学率基本达到95%", "level", "figure-said-roughly"),
    # subsidies paid for training given; a season for the year; the set a sentence counts within
    ("免费职业技能培训", "value: 3万人次\nstart: 2025-01-01\nquote: 开展免费职业技能培训3万人次",
     "value: 3.2万人次\nquote: 发放职业技能培训补贴3.2万人次", "count", "figure-other-statistic"),
    ("新增养老床位", "value: 800张\nstart: 2025-01-01\nquote: 新增养老床位800张",
     "value: 860张\nquote: 建设家庭养老床位860张", "count", "figure-other-statistic"),
    ("PM2.5平均浓度", "value: 40微克/立方米以内\nquote: PM2.5平均浓度控制在40微克/立方米以内",
     "value: 36微克/立方米\nquote: 非采暖季PM2.5平均浓度为36微克/立方米", "level", "outcome-season"),
    ("新建改扩建公办幼儿园", "value: 10所\nstart: 2025-01-01\nquote: 新建改扩建公办幼儿园10所",
     "value: 10所\nquote: 10所公办幼儿园中，6所已建成", "count", "figure-is-set"),
    ("新建城市书房", "value: 12个\nstart: 2025-01-01\nquote: 新建城市书房12个",
     "value: 12个\nquote: 12个城市书房中已有9个建成开放", "count", "figure-is-set"),
    # commissioning for service; a part idle, said the next sentence
    ("临汾市污水处理厂三期扩建工程建成投运", "quote: 临汾市污水处理厂三期扩建工程年内建成投运",
     "achieved: true\nquote: 临汾市污水处理厂三期扩建工程于11月建成通水，进入调试运行阶段", "count",
     "achieved-not-yet"),
    ("建设老年助餐点并全部投入运营", "value: 100个\nstart: 2025-01-01\nquote: 建设老年助餐点100个并全部投入运营",
     "value: 103个\nquote: 已建成老年助餐点103个", "count", "figure-not-all-in-use"),
    # five years' results under their heading; fifteen months for a year
    ("新建改扩建中小学校", "value: 12所\nstart: 2025-01-01\nquote: 新建改扩建中小学校12所",
     "value: 68所\nquote: 全市新建改扩建中小学校68所", "count", "outcome-period-longer"),
    ("为农村适龄妇女免费开展宫颈癌筛查",
     "value: 6万名\nstart: 2025-01-01\nquote: 为6万名农村适龄妇女免费开展宫颈癌筛查",
     "value: 6.4万名\nquote: 为6.4万名农村适龄妇女免费开展宫颈癌筛查", "count", "outcome-period-starts-before"),
    # the task restated, beside the smaller part its sentence says is done
    ("新增公办学位", "value: 3000个\nstart: 2025-01-01\nquote: 新增公办学位3000个",
     "value: 3000个\nquote: 新增公办学位3000个", "count", "outcome-includes-unfinished"),
    # the basic edition's review for the standard edition's certification
    ("市人民医院通过国家标准版胸痛中心认证", "quote: 支持市人民医院通过国家标准版胸痛中心认证",
     "achieved: true\nquote: 市人民医院通过国家胸痛中心（基层版）复评", "count", "claim-other-kind"),
])
def test_a_trap_of_a_twelfth_round_is_refused(tmp_path: Path, indicator: str, plan: str, outcome: str,
                                              measure: str, code: str) -> None:
    w = _in_xinzhou(tmp_path, (PLAN_15, REVIEW_15), indicator, plan, outcome, measure)
    assert code in w.codes() and w.status is Status.invalid, w.problems


@pytest.mark.parametrize(("indicator", "plan", "outcome", "measure", "status"), [
    # the part done of a set is the outcome (refused before: 10所 "named it better")
    ("新建改扩建公办幼儿园", "value: 10所\nstart: 2025-01-01\nquote: 新建改扩建公办幼儿园10所",
     "value: 6所\nquote: 10所公办幼儿园中，6所已建成", "count", Status.missed),
    ("新建城市书房", "value: 12个\nstart: 2025-01-01\nquote: 新建城市书房12个",
     "value: 9个\nquote: 12个城市书房中已有9个建成开放", "count", Status.missed),
    # built, and some of it in use already: the figure built is a result
    ("建成社区食堂", "value: 20个\nstart: 2025-01-01\nquote: 建成社区食堂20个",
     "value: 20个\nquote: 全年建成社区食堂20个", "count", Status.met),
])
def test_an_honest_rule_of_a_twelfth_round_is_judged(tmp_path: Path, indicator: str, plan: str, outcome: str,
                                                     measure: str, status: Status) -> None:
    w = _in_xinzhou(tmp_path, (PLAN_15, REVIEW_15), indicator, plan, outcome, measure)
    assert w.codes() == [] and w.status is status, w.problems


# A thirteenth round (session 12: a trap of the rounds before, still met): a blanket claim that every
# livelihood project was completed, above a table of the same review whose figure falls short.
PLAN_16 = """\
    新州市2025年重点民生实事

    新增公办学位1.2万个。新建改扩建公办幼儿园15所。建设智慧安防学校150所。
"""
REVIEW_16 = """\
    新州市教育局2025年工作总结

    （七）教育民生实事全面完成
    新增公办学位、新建改扩建公办幼儿园、建设智慧安防学校等3项民生实事全部完成。具体如下：

    项目	年初安排	实际完成
    新增公办学位（个）	12000	11260
    新建改扩建公办幼儿园（所）	15	16
    建设智慧安防学校（所）	150	168

    注：新增公办学位中，约1500个学位顺延至2026年春季学期投入使用。
    2025年1—11月，全市新增公办学位9800个。
"""
_BLANKET = "claim: met\nquote: 新增公办学位、新建改扩建公办幼儿园、建设智慧安防学校等3项民生实事全部完成"


@pytest.mark.parametrize(("indicator", "plan", "outcome", "status"), [
    # the table's figure for the indicator falls short: the blanket claim cannot stand
    ("新增公办学位", "value: 1.2万个\nstart: 2025-01-01\nquote: 新增公办学位1.2万个", _BLANKET, Status.invalid),
    # where the table's figures reach the targets, the same claim stands
    ("新建改扩建公办幼儿园", "value: 15所\nstart: 2025-01-01\nquote: 新建改扩建公办幼儿园15所", _BLANKET, Status.met),
    ("建设智慧安防学校", "value: 150所\nstart: 2025-01-01\nquote: 建设智慧安防学校150所", _BLANKET, Status.met),
    # and the table's own figure is the outcome to quote
    ("新增公办学位", "value: 1.2万个\nstart: 2025-01-01\nquote: 新增公办学位1.2万个",
     "value: 11260个\nquote: 新增公办学位（个） 12000 11260", Status.missed),
])
def test_a_claim_is_held_to_its_own_release_s_figures(tmp_path: Path, indicator: str, plan: str, outcome: str,
                                                        status: Status) -> None:
    w = _in_xinzhou(tmp_path, (PLAN_16, REVIEW_16), indicator, plan, outcome, "count")
    assert w.status is status, w.problems
    assert ("completion-belied-in-release" in w.codes()) is (status is Status.invalid), w.problems


def test_a_figure_of_months_before_the_deadline_does_not_belie_a_claim_of_the_year(tmp_path: Path) -> None:
    """9800 of 1—11月 is short of 12000, but the claim is of the whole year: it is not belied by it
    (the table's 11260, as of the year's end, is what belies it above). (Without the note that puts 1500 places
    off to 2026, which leaves work over: test_remainders.py.)"""
    review = REVIEW_16.replace("新增公办学位（个）	12000	11260", "新增公办学位（个）	12000	12150").replace(
        "    注：新增公办学位中，约1500个学位顺延至2026年春季学期投入使用。\n", "")
    assert "顺延" not in review
    w = _in_xinzhou(tmp_path, (PLAN_16, review), "新增公办学位",
                    "value: 1.2万个\nstart: 2025-01-01\nquote: 新增公办学位1.2万个", _BLANKET, "count")
    assert w.codes() == [] and w.status is Status.met, w.problems


CEMETERIES = """\
    新州市2025年民政工作总结

    殡葬改革方面，灵水县被确定为全省殡葬改革试点县，成立了由县长任组长的领导小组。新建农村公益性公墓42个，覆盖全县80%以上的行政村。
    养老服务方面，新建村级幸福院56个，覆盖全县（市、区）90%以上的乡镇。
"""


@pytest.mark.parametrize(("indicator", "outcome", "status"), [
    # a county's figure, its county named the sentence before: 全县 is its scope, not the city's
    ("新建农村公益性公墓", "value: 42个\nquote: 新建农村公益性公墓42个", Status.invalid),
    # 全县（市、区）: every county of the city, the city's own figure
    ("新建村级幸福院", "value: 56个\nquote: 新建村级幸福院56个", Status.met),
])
def test_a_figure_whose_sentence_is_of_a_county_is_not_the_city_s(tmp_path: Path, indicator: str, outcome: str,
                                                                  status: Status) -> None:
    plan = "新州市2025年民政工作要点\n\n新建农村公益性公墓40个。新建村级幸福院50个。\n"
    target = {"新建农村公益性公墓": "40个", "新建村级幸福院": "50个"}[indicator]
    w = _in_xinzhou(tmp_path, (plan, CEMETERIES), indicator,
                    f"value: {target}\nstart: 2025-01-01\nquote: {indicator}{target}", outcome, "count")
    assert w.status is status, w.problems
    assert ("figure-other-region" in w.codes()) is (status is Status.invalid), w.problems


SEWAGE = """\
    新州市2025年民生实事完成情况

    市级下达农村生活污水治理补助资金5300万元，支持106个行政村开展治理。全年完成农村生活污水治理行政村98个。
"""


@pytest.mark.parametrize(("indicator", "plan", "outcome", "status"), [
    # villages funded to start treatment are not villages treated (the step is across the figure)
    ("农村生活污水治理行政村新增", "value: 100个\nstart: 2025-01-01\nquote: 农村生活污水治理行政村新增100个",
     "value: 106个\nquote: 支持106个行政村开展治理", Status.invalid),
    ("农村生活污水治理行政村新增", "value: 100个\nstart: 2025-01-01\nquote: 农村生活污水治理行政村新增100个",
     "value: 98个\nquote: 全年完成农村生活污水治理行政村98个", Status.missed),
    # where the plan itself is of support, the figure supported answers it
    ("支持行政村开展生活污水治理", "value: 100个\nstart: 2025-01-01\nquote: 支持100个行政村开展生活污水治理",
     "value: 106个\nquote: 支持106个行政村开展治理", Status.met),
])
def test_villages_funded_to_start_are_not_villages_treated(tmp_path: Path, indicator: str, plan: str, outcome: str,
                                                           status: Status) -> None:
    plans = "新州市2025年重点民生实事\n\n农村生活污水治理行政村新增100个。支持100个行政村开展生活污水治理。\n"
    w = _in_xinzhou(tmp_path, (plans, SEWAGE), indicator, plan, outcome, "count")
    assert w.status is status, w.problems
    assert ("figure-started-not-built" in w.codes()) is (status is Status.invalid), w.problems


EMPLOYMENT = """\
    新州市2025年就业工作情况

    全年城镇新增就业4.6万人，城镇失业人员再就业1.46万人，其中帮扶就业困难人员就业4120人。
"""


@pytest.mark.parametrize(("indicator", "target", "outcome", "status", "alone"), [
    # the unemployed back in work are not those with difficulties helped into work (in a release that gives
    # no figure of the latter to name it better), nor the other way
    ("帮扶就业困难人员就业", "4000人", "value: 1.46万人\nquote: 城镇失业人员再就业1.46万人", Status.invalid, True),
    ("帮扶就业困难人员就业", "4000人", "value: 4120人\nquote: 帮扶就业困难人员就业4120人", Status.met, False),
    ("城镇失业人员再就业", "1.2万人", "value: 4120人\nquote: 帮扶就业困难人员就业4120人", Status.invalid, False),
    ("城镇失业人员再就业", "1.2万人", "value: 1.46万人\nquote: 城镇失业人员再就业1.46万人", Status.met, True),
])
def test_the_unemployed_back_in_work_are_not_those_with_difficulties(tmp_path: Path, indicator: str, target: str,
                                                                     outcome: str, status: Status,
                                                                     alone: bool) -> None:
    plan = "新州市2025年就业工作要点\n\n帮扶就业困难人员就业4000人。城镇失业人员再就业1.2万人。\n"
    review = EMPLOYMENT.replace("，其中帮扶就业困难人员就业4120人", "") if alone else EMPLOYMENT
    w = _in_xinzhou(tmp_path, (plan, review), indicator,
                    f"value: {target}\nstart: 2025-01-01\nquote: {indicator}{target}", outcome, "count")
    assert w.status is status, w.problems


REVIEW_17 = """\
    新州市2025年民生实事办理情况新闻发布会

    序号  项目  年度目标  完成数  完成率
    1  新增公共充电桩  3000个  3420个  114%
    2  新建社区食堂  20个  22个  110%
    注：1.新建社区食堂完成数为截至12月20日数据。2.新增公共充电桩完成数中含企业内部专用桩520个。

    二、存在的主要问题
    检查组抽查发现，部分县区上报的家庭医生签约数据存在“签而不约”问题，全市家庭医生签约服务覆盖率实际水平明显低于上报的76.5%。
    全市家庭医生签约服务覆盖率达到76.5%，其中重点人群签约服务覆盖率达到86.2%。
"""


@pytest.mark.parametrize(("indicator", "target", "outcome", "measure", "status"), [
    # a note under the table: the count holds things of another kind (企业内部专用桩 among 公共充电桩)
    ("新增公共充电桩", "3000个", "value: 3420个\nquote: 新增公共充电桩  3000个  3420个", "count", Status.invalid),
    ("新建社区食堂", "20个", "value: 22个\nquote: 新建社区食堂  20个  22个", "count", Status.met),
    # a finding that the rate reported is above the true one; the other rate beside it stands
    ("家庭医生签约服务覆盖率", "75%", "value: 76.5%\nquote: 全市家庭医生签约服务覆盖率达到76.5%", "level",
     Status.invalid),
    ("重点人群签约服务覆盖率", "85%", "value: 86.2%\nquote: 其中重点人群签约服务覆盖率达到86.2%", "level",
     Status.met),
])
def test_a_note_or_finding_that_the_figure_holds_more_is_heeded(tmp_path: Path, indicator: str, target: str,
                                                                 outcome: str, measure: str, status: Status) -> None:
    plan = ("新州市2025年民生实事\n\n新增公共充电桩3000个。新建社区食堂20个。家庭医生签约服务覆盖率达到75%。"
            "重点人群签约服务覆盖率达到85%。\n")
    w = _in_xinzhou(tmp_path, (plan, REVIEW_17), indicator, _target(indicator, target, measure), outcome, measure)
    assert w.status is status, w.problems
    assert ("outcome-found-overstated" in w.codes()) is (status is Status.invalid), w.problems


# A fourteenth round (session 12, probes of 岳阳, 常德, 赣州, 宝鸡, 南充): steps before the work, corrections
# and findings in other words; and honest rules refused before.
PLAN_18 = """\
    新州市2025年重点民生实事

    既有住宅加装电梯300台。建成社区养老服务中心40个并投入运营。新增公共停车泊位8000个。重污染天数控制在8天以内。
    完成清洁取暖改造1万户。创建省级足球特色学校15所。新增公办中小学学位1万个。改造城镇老旧小区150个。
    空气质量优良天数比率达到75%。
"""
REVIEW_18 = """\
    新州市2025年民生实事完成情况发布会

    通过联合审查并取得施工许可的既有住宅加装电梯356台，已竣工投用263台。
    新挂牌社区养老服务中心44个，其中34个已投入运营。
    全年新增公共停车泊位8260个。需要说明的是，8260个中有1480个为临时泊位，按考核口径不计入。
    全年重污染天数6天。需要说明的是，经省生态环境厅核对，应为9天。
    入户摸底登记清洁取暖改造1.36万户，实际完成改造1.08万户。
    向省教育厅推荐省级足球特色学校18所。
    全年新建、改扩建中小学校14所，秋季学期投入使用11所，实际新增公办中小学学位1.06万个，其余3所将于2026年春季学期投入使用。
    老旧小区改造方面，全年完成改造172个。全年优良天数比率达到76.4%。
"""


@pytest.mark.parametrize(("indicator", "target", "outcome", "measure", "status"), [
    ("既有住宅加装电梯", "300台", "value: 356台\nquote: 通过联合审查并取得施工许可的既有住宅加装电梯356台", "count",
     Status.invalid),
    ("建成社区养老服务中心", "40个", "value: 44个\nquote: 新挂牌社区养老服务中心44个", "count", Status.invalid),
    ("新增公共停车泊位", "8000个", "value: 8260个\nquote: 全年新增公共停车泊位8260个", "count", Status.invalid),
    ("重污染天数", "8天以内", "value: 6天\nquote: 全年重污染天数6天", "level", Status.invalid),
    ("完成清洁取暖改造", "1万户", "value: 1.36万户\nquote: 入户摸底登记清洁取暖改造1.36万户", "count", Status.invalid),
    ("创建省级足球特色学校", "15所", "value: 18所\nquote: 向省教育厅推荐省级足球特色学校18所", "count", Status.invalid),
    # controls: the figure done beside the step; places added beside schools still to open; words no release needs
    ("完成清洁取暖改造", "1万户", "value: 1.08万户\nquote: 实际完成改造1.08万户", "count", Status.met),
    ("新增公办中小学学位", "1万个", "value: 1.06万个\nquote: 实际新增公办中小学学位1.06万个", "count", Status.met),
    ("改造城镇老旧小区", "150个", "value: 172个\nquote: 全年完成改造172个", "count", Status.met),
    ("空气质量优良天数比率", "75%", "value: 76.4%\nquote: 全年优良天数比率达到76.4%", "level", Status.met),
])
def test_a_trap_of_a_fourteenth_round_is_refused_and_its_controls_judged(tmp_path: Path, indicator: str, target: str,
                                                                        outcome: str, measure: str,
                                                                        status: Status) -> None:
    w = _in_xinzhou(tmp_path, (PLAN_18, REVIEW_18), indicator, _target(indicator, target, measure), outcome,
                    measure)
    assert w.status is status, w.problems


def test_a_claim_is_held_to_its_release_whatever_rule_read_the_release_first(tmp_path: Path) -> None:
    """The release's results are read once for every rule that quotes it: a rule judged before, with
    another deadline and another place, leaves the results a later rule is held to as they are."""
    import hashlib
    import textwrap
    from datetime import date

    import yaml

    from checker.judge.pipeline import run_audit

    seeds, rules = tmp_path / "seeds", tmp_path / "rules"
    seeds.mkdir()
    rules.mkdir()
    entries = []
    for release_id, text in ((PLAN_ID, PLAN_16), ("review-2026", REVIEW_16)):
        data = textwrap.dedent(text).encode("utf-8")
        (seeds / f"{release_id}.txt").write_bytes(data)
        title, published = RELEASES[release_id]
        entries.append({"id": release_id, "file": f"{release_id}.txt", "title": title, "publisher": "新州市人民政府",
                        "region": "新州市", "published": published, "sha256": hashlib.sha256(data).hexdigest()})
    (seeds / "releases.yaml").write_text(yaml.safe_dump({"releases": entries}, allow_unicode=True), encoding="utf-8")
    first = rule("新增公办学位", "value: 1.2万个\nstart: 2024-01-01\ndeadline: 2024年底\nsource: plan-2025\n"
                 "quote: 新增公办学位1.2万个\n", entry(_BLANKET))
    second = rule("新增公办学位", "value: 1.2万个\nstart: 2025-01-01\ndeadline: 2025年底\nsource: plan-2025\n"
                  "quote: 新增公办学位1.2万个\n", entry(_BLANKET))
    text = (first.replace("test-rule", "a-2024").replace("洛阳市", "东州市")
            + second.replace("test-rule", "b-2025").replace("洛阳市", "新州市"))
    (rules / "rules.yaml").write_text("rules:\n" + textwrap.indent(text, "  "), encoding="utf-8")
    audit = run_audit([rules], seeds, date(2026, 6, 30), 90, root=tmp_path, workers=1)
    verdict = next(v for v in audit.verdicts if v.rule_id == "b-2025")
    assert "completion-belied-in-release" in [d.code for d in verdict.diagnostics], verdict.diagnostics
    assert verdict.status is Status.invalid


# A fifteenth round (session 13: traps of the fourteenth round still met): a plan of work in use answered by
# work built or on trial; other work inside a count of new work; a rate of another thing with a like name, or
# of a part named before it; a step toward a title or a hiring; a reported figure beside the verified one; a
# finding that names the thing in other words.
PLAN_19 = """\
    新州市2025年重点民生实事

    市妇幼保健院新院区建成投用。市图书馆新馆建成并对外开放。第二污水处理厂扩建工程建成投运。市急救中心建成投用。
    新建口袋公园40个。新建改扩建公办幼儿园20所。公办幼儿园在园幼儿占比达到55%。生活垃圾回收利用率达到35%。
    中小学校食堂“明厨亮灶”覆盖率达到100%。创建国家森林城市。公开招聘中小学教师800名。新建社区卫生服务站30个。
    完成村卫生室标准化建设200个。
"""
REVIEW_19 = """\
    新州市2025年民生实事审计调查报告

    一、完成情况
    市妇幼保健院新院区于12月建成并投入试运行，正式开诊时间另行公布。市图书馆新馆已建成。
    第二污水处理厂扩建工程完成设备安装调试，具备通水运行条件。市急救中心已建成并正式投入使用。
    全年新建口袋公园46个，其中12个为原有街头游园提升改造。公办幼儿园学位占比57.2%，公办幼儿园在园幼儿占比53.6%。
    生活垃圾资源化利用率达到71.5%。全市公办中小学校食堂“明厨亮灶”覆盖率达到100%。
    国家森林城市创建顺利通过国家林草局现场考核。公开招聘中小学教师，进入体检考察环节852名，实际聘用815名。
    完成村卫生室标准化建设206个。

    表1 报告完成数与核查认定数对比
    项目  年度目标  报告完成数  核查认定数
    新建改扩建公办幼儿园（所）  20  22  18
    新建社区卫生服务站（个）  30  31  31

    二、发现的问题
    （一）部分项目以开工代替完工。2个县将已开工但尚未完工的9个村级卫生室项目一并上报为已完成。
"""


@pytest.mark.parametrize(("indicator", "plan", "outcome", "measure", "status"), [
    # built, on trial, ready to run, for a plan of work in use
    ("市妇幼保健院新院区建成投用", "quote: 市妇幼保健院新院区建成投用",
     "achieved: true\nquote: 市妇幼保健院新院区于12月建成并投入试运行", "count", Status.invalid),
    ("市图书馆新馆建成并对外开放", "quote: 市图书馆新馆建成并对外开放", "claim: met\nquote: 市图书馆新馆已建成",
     "count", Status.invalid),
    ("第二污水处理厂扩建工程建成投运", "quote: 第二污水处理厂扩建工程建成投运",
     "achieved: true\nquote: 第二污水处理厂扩建工程完成设备安装调试，具备通水运行条件", "count", Status.invalid),
    ("市急救中心建成投用", "quote: 市急救中心建成投用", "achieved: true\nquote: 市急救中心已建成并正式投入使用",
     "count", Status.met),
    # upgrades of old parks inside a count of new ones; a reported figure the check put lower, and one it kept
    ("新建口袋公园", "value: 40个\nstart: 2025-01-01\nquote: 新建口袋公园40个",
     "value: 46个\nquote: 全年新建口袋公园46个", "count", Status.invalid),
    ("新建改扩建公办幼儿园", "value: 20所\nstart: 2025-01-01\nquote: 新建改扩建公办幼儿园20所",
     "value: 22所\nquote: 新建改扩建公办幼儿园（所）  20  22  18", "count", Status.invalid),
    ("新建社区卫生服务站", "value: 30个\nstart: 2025-01-01\nquote: 新建社区卫生服务站30个",
     "value: 31个\nquote: 新建社区卫生服务站（个）  30  31  31", "count", Status.met),
    # a share of places for a share of children; 资源化 for 回收; the public schools' rate for all schools'
    ("公办幼儿园在园幼儿占比", "value: 55%\nquote: 公办幼儿园在园幼儿占比达到55%",
     "value: 57.2%\nquote: 公办幼儿园学位占比57.2%", "level", Status.invalid),
    ("公办幼儿园在园幼儿占比", "value: 55%\nquote: 公办幼儿园在园幼儿占比达到55%",
     "value: 53.6%\nquote: 公办幼儿园在园幼儿占比53.6%", "level", Status.missed),
    ("生活垃圾回收利用率", "value: 35%\nquote: 生活垃圾回收利用率达到35%",
     "value: 71.5%\nquote: 生活垃圾资源化利用率达到71.5%", "level", Status.invalid),
    ("中小学校食堂“明厨亮灶”覆盖率", "value: 100%\nquote: 中小学校食堂“明厨亮灶”覆盖率达到100%",
     "value: 100%\nquote: 全市公办中小学校食堂“明厨亮灶”覆盖率达到100%", "level", Status.invalid),
    # a site inspection toward a title; those shortlisted for a hiring, and those hired
    ("创建国家森林城市", "quote: 创建国家森林城市",
     "achieved: true\nquote: 国家森林城市创建顺利通过国家林草局现场考核", "count", Status.invalid),
    ("公开招聘中小学教师", "value: 800名\nstart: 2025-01-01\nquote: 公开招聘中小学教师800名",
     "value: 852名\nquote: 进入体检考察环节852名", "count", Status.invalid),
    ("公开招聘中小学教师", "value: 800名\nstart: 2025-01-01\nquote: 公开招聘中小学教师800名",
     "value: 815名\nquote: 实际聘用815名", "count", Status.met),
    # a finding of 村级卫生室 reported done unfinished, for 村卫生室标准化建设
    ("完成村卫生室标准化建设", "value: 200个\nstart: 2025-01-01\nquote: 完成村卫生室标准化建设200个",
     "value: 206个\nquote: 完成村卫生室标准化建设206个", "count", Status.invalid),
])
def test_a_trap_of_a_fifteenth_round_is_refused_and_its_controls_judged(tmp_path: Path, indicator: str, plan: str,
                                                                       outcome: str, measure: str,
                                                                       status: Status) -> None:
    w = _in_xinzhou(tmp_path, (PLAN_19, REVIEW_19), indicator, plan, outcome, measure)
    assert w.status is status, w.problems


# A sixteenth round (session 13, probes of 镇江, 扬州, 嘉兴, 绍兴, 泉州; 株洲, 衡阳, 襄阳, 泸州, 曲靖): an editor's
# note of a slip, a correction naming the row it corrects, findings in other words, a figure worth something in
# other terms, a yearly average answered by a total, a plan restated in a review, columns of targets, notes that
# date the text's figures; and honest rules refused before (progress on the year's task, the plan's own stage,
# money obtained, the corrected figure, a table of some of the items).
PLAN_20 = """\
    新州市2025年重点民生实事和主要目标

    改造城镇老旧小区60个。新建公共充电桩3000个。新建城市书房20家。快速通道完成主体工程。每千人口执业医师数达到3.4人。
    家庭医生签约覆盖率达到45%。净增规上工业企业100家。行政村5G网络通达率达到100%。年均新增城镇就业4万人以上。
    编制出台《新州市养老服务设施布局专项规划》。新建公办幼儿园8所。新增公办学前教育学位2700个。公办在园幼儿占比达到55%。
    全年争取中央和省级各类资金100亿元。完成高标准农田建设30万亩。城市生活垃圾回收利用率达到38%。
    农村自来水普及率达到95%。新增5G基站3000个。新建改扩建公办幼儿园20所。新筹集保障性租赁住房5000套。
"""
REVIEW_20 = """\
    新州市2025年民生实事完成情况新闻发布会实录

    市住建局：全年完成城镇老旧小区改造62个。全年新建公共充电桩3150个，超额完成年度任务。需要说明的是，其中约400个建在
    企业园区和机关单位内部，目前仅供本单位车辆使用。2025年新建城市书房任务20家，目前已建成开放12家，另有8家正在进行内部装修。
    快速通道主体工程已完工。新筹集保障性租赁住房5320套。
    市卫健委：2025年底，每千人口执业（助理）医师数达到3.72人。全市家庭医生签约覆盖率达到46.3%。
    市工信局：全年新增规上工业企业142家；同期退库企业58家。行政村5G网络通达率达到100%（具备条件的行政村）。
    市人社局：“十四五”期间，全市累计新增城镇就业19.2万人。
    市民政局：《新州市养老服务设施布局专项规划》已通过专家评审，目前正按程序报批。
    市教育局：全年新建改扩建公办幼儿园22所。全市新（改）建公办幼儿园11所。通过调整班额、挖潜扩容等方式，相当于新增公办
    学前教育学位3100个。市本级公办在园幼儿占比达到63.5%，全市公办在园幼儿占比达到53.8%。
    市发改委：全年争取中央和省级各类资金112.6亿元。完成高标准农田建设32.5万亩，其中4.6万亩为2024年度项目。
    城市生活垃圾回收利用率达到39.2%（中心城区）。
    市水利局：《新州市农村供水规划》提出，到2025年全市农村自来水普及率达到95%。目前全市农村自来水普及率为94.2%。

    表1　2025年民生实事完成情况（部分）
    项目  考核值  完成值
    新建城市书房（家）  20  12
    新增5G基站（个）  3000  3620

    二、存在的问题
    （一）附表中“新增5G基站”完成值为运营商报送数，经省通信管理局核定为2870个，以核定数为准。
    （二）新建改扩建公办幼儿园项目中，有2所仅实施了外墙粉刷和设施维修，不属于改扩建范围，但被计入完成数。
    （三）保障性租赁住房项目中，经核查有612套公租房重新申报，应予剔除。

    注：文中家庭医生签约相关数据均为截至2025年11月底统计数。

    【编者注】经核对，实录中“完成城镇老旧小区改造62个”为发布人口误，实际完成数为56个。
"""


@pytest.mark.parametrize(("indicator", "target", "outcome", "measure", "status"), [
    ("改造城镇老旧小区", "60个", "value: 62个\nquote: 全年完成城镇老旧小区改造62个", "count", Status.invalid),
    ("新建公共充电桩", "3000个", "value: 3150个\nquote: 全年新建公共充电桩3150个", "count", Status.invalid),
    ("每千人口执业医师数", "3.4人", "value: 3.72人\nquote: 每千人口执业（助理）医师数达到3.72人", "level",
     Status.invalid),
    ("家庭医生签约覆盖率", "45%", "value: 46.3%\nquote: 全市家庭医生签约覆盖率达到46.3%", "level", Status.invalid),
    ("净增规上工业企业", "100家", "value: 142家\nquote: 全年新增规上工业企业142家", "count", Status.invalid),
    ("行政村5G网络通达率", "100%", "value: 100%\nquote: 行政村5G网络通达率达到100%", "level", Status.invalid),
    ("新建公办幼儿园", "8所", "value: 11所\nquote: 全市新（改）建公办幼儿园11所", "count", Status.invalid),
    ("新增公办学前教育学位", "2700个", "value: 3100个\nquote: 相当于新增公办学前教育学位3100个", "count",
     Status.invalid),
    ("公办在园幼儿占比", "55%", "value: 63.5%\nquote: 市本级公办在园幼儿占比达到63.5%", "level", Status.invalid),
    ("完成高标准农田建设", "30万亩", "value: 32.5万亩\nquote: 完成高标准农田建设32.5万亩", "count", Status.invalid),
    ("城市生活垃圾回收利用率", "38%", "value: 39.2%\nquote: 城市生活垃圾回收利用率达到39.2%", "level", Status.invalid),
    ("农村自来水普及率", "95%", "value: 95%\nquote: 全市农村自来水普及率达到95%", "level", Status.invalid),
    ("新增5G基站", "3000个", "value: 3620个\nquote: 新增5G基站（个）  3000  3620", "count", Status.invalid),
    ("新增5G基站", "3000个", "value: 3000个\nquote: 新增5G基站（个）  3000  3620", "count", Status.invalid),
    ("新建改扩建公办幼儿园", "20所", "value: 22所\nquote: 全年新建改扩建公办幼儿园22所", "count", Status.invalid),
    ("新筹集保障性租赁住房", "5000套", "value: 5320套\nquote: 新筹集保障性租赁住房5320套", "count", Status.invalid),
    # controls: progress on the year's task; the rate of the whole; the figure as corrected; the level today;
    # money obtained; a row of a table of some of the items
    ("公办在园幼儿占比", "55%", "value: 53.8%\nquote: 全市公办在园幼儿占比达到53.8%", "level", Status.missed),
    ("新增5G基站", "3000个", "value: 2870个\nquote: 经省通信管理局核定为2870个", "count", Status.missed),
    ("农村自来水普及率", "95%", "value: 94.2%\nquote: 目前全市农村自来水普及率为94.2%", "level", Status.missed),
    ("争取中央和省级各类资金", "100亿元", "value: 112.6亿元\nquote: 全年争取中央和省级各类资金112.6亿元", "count",
     Status.met),
    ("新建城市书房", "20家", "value: 12家\nquote: 新建城市书房（家）  20  12", "count", Status.missed),
])
def test_a_trap_of_a_sixteenth_round_is_refused_and_its_controls_judged(tmp_path: Path, indicator: str, target: str,
                                                                       outcome: str, measure: str,
                                                                       status: Status) -> None:
    plan = next(line for line in PLAN_20.replace("。", "\n").split("\n") if indicator in line and target in line)
    w = _in_xinzhou(tmp_path, (PLAN_20, REVIEW_20), indicator, _target(indicator, target, measure, plan.strip()),
                    outcome, measure)
    assert w.status is status, w.problems


@pytest.mark.parametrize(("indicator", "plan", "outcome", "status"), [
    # a yearly average answered by a total over the years; a step before a document is issued; the plan's own stage
    ("新增城镇就业", "value: 4万人\ncomparator: at_least\nstart: 2025-01-01\nquote: 年均新增城镇就业4万人以上",
     "value: 19.2万人\nquote: 全市累计新增城镇就业19.2万人", Status.invalid),
    ("编制出台《新州市养老服务设施布局专项规划》", "quote: 编制出台《新州市养老服务设施布局专项规划》",
     "achieved: true\nquote: 《新州市养老服务设施布局专项规划》已通过专家评审", Status.invalid),
    ("快速通道完成主体工程", "quote: 快速通道完成主体工程", "achieved: true\nquote: 快速通道主体工程已完工",
     Status.met),
    # progress on the year's task, by now
    ("新建城市书房（建成开放）", "value: 20家\nstart: 2025-01-01\nquote: 新建城市书房20家",
     "value: 12家\nquote: 2025年新建城市书房任务20家，目前已建成开放12家", Status.missed),
])
def test_a_milestone_or_average_of_a_sixteenth_round_is_judged(tmp_path: Path, indicator: str, plan: str, outcome: str,
                                                               status: Status) -> None:
    w = _in_xinzhou(tmp_path, (PLAN_20, REVIEW_20), indicator, plan, outcome, "count")
    assert w.status is status, w.problems


# The same round's honest probe (茂名, 肇庆, 清远, 揭阳): a finding of places is no finding of schools; the second
# item of a note under a table is a note; a plan's figure before a result is neither the result nor its rival.
REVIEW_21 = """\
    新州市2025年民生实事审计调查报告

    截至2025年12月底，2025—2026年计划新建、改扩建的12所公办中小学校已建成7所。
    2025年全市计划公开招聘中小学教师800名，实际招聘到岗712名，未完成年度招聘计划。
    全市新建、改扩建公办幼儿园9所。

    项目  年度目标  完成数  完成率
    新建公共充电桩（个）  2000  2150  107.5%

    注：1.改造提升农村公路中，有13公里受强降雨影响顺延至2026年一季度完工。
    2.新建公共充电桩完成数中含企业内部专用桩260个。

    注：新增公办学前学位报告完成数中，有540个为原有民办幼儿园转为公办后重新核定的学位，不属于新增学位范围，审计已予剔除。
"""
PLAN_21 = """\
    新州市2025年重点民生实事

    2025—2026年，全市计划新建、改扩建公办中小学校12所。公开招聘中小学教师800名。新建、改扩建公办幼儿园8所。
    新建公共充电桩2000个。
"""


@pytest.mark.parametrize(("indicator", "plan", "outcome", "status"), [
    ("新建、改扩建公办幼儿园", "value: 8所\nstart: 2025-01-01\nquote: 新建、改扩建公办幼儿园8所",
     "value: 9所\nquote: 全市新建、改扩建公办幼儿园9所", Status.met),
    ("新建公共充电桩", "value: 2000个\nstart: 2025-01-01\nquote: 新建公共充电桩2000个",
     "value: 2150个\nquote: 新建公共充电桩（个）  2000  2150", Status.invalid),
    ("公开招聘中小学教师", "value: 800名\nstart: 2025-01-01\nquote: 公开招聘中小学教师800名",
     "value: 712名\nquote: 实际招聘到岗712名", Status.missed),
    ("新建、改扩建公办中小学校", "value: 12所\ndeadline: 2025年至2026年\nquote: 全市计划新建、改扩建公办中小学校12所",
     "value: 7所\nquote: 截至2025年12月底，2025—2026年计划新建、改扩建的12所公办中小学校已建成7所",
     Status.pending),
])
def test_an_honest_rule_of_a_sixteenth_round_is_judged(tmp_path: Path, indicator: str, plan: str, outcome: str,
                                                       status: Status) -> None:
    text = rule(indicator, plan + ("" if "deadline" in plan else "\ndeadline: 2025年底") + "\nsource: plan-2025\n",
                entry(outcome), measure="count")
    w = world(tmp_path, PLAN_21, REVIEW_21, text.replace("region: 洛阳市", "region: 新州市"), region="新州市",
              as_of="2026-08-31")
    assert w.status is status, w.problems


# A seventeenth round's traps (盐城, 淮安, 连云港, 宿迁, 湛江): a numeral that tells two rates apart, the first dose
# for the full course, approvals before the work, a finding of double registration, capacity at the year's end.
PLAN_22 = """\
    新州市2025年重点民生实事

    学前三年毛入园率达到95%。适龄女生HPV疫苗全程接种率达到80%。改造农村危房2000户。新增城镇就业5万人。
    新增普惠性托位3000个。
"""
REVIEW_22 = """\
    新州市2025年国民经济和社会发展统计公报

    全市学前一年毛入园率达到99.2%，学前三年毛入园率达到93.1%。适龄女生HPV疫苗首剂接种率达到86.5%，全程接种率为78.4%。
    全年通过审批农村危房改造2150户，已竣工验收1930户。全年新增城镇就业5.3万人。年末全市可提供普惠性托位1.18万个。
    审计发现，新增城镇就业人数中有3200人被重复登记。
"""


@pytest.mark.parametrize(("indicator", "target", "outcome", "measure", "status"), [
    ("学前三年毛入园率", "95%", "value: 99.2%\nquote: 全市学前一年毛入园率达到99.2%", "level", Status.invalid),
    ("学前三年毛入园率", "95%", "value: 93.1%\nquote: 学前三年毛入园率达到93.1%", "level", Status.missed),
    ("适龄女生HPV疫苗全程接种率", "80%", "value: 86.5%\nquote: 适龄女生HPV疫苗首剂接种率达到86.5%", "level",
     Status.invalid),
    ("改造农村危房", "2000户", "value: 2150户\nquote: 全年通过审批农村危房改造2150户", "count", Status.invalid),
    ("改造农村危房", "2000户", "value: 1930户\nquote: 已竣工验收1930户", "count", Status.missed),
    ("新增城镇就业", "5万人", "value: 5.3万人\nquote: 全年新增城镇就业5.3万人", "count", Status.invalid),
    ("新增普惠性托位", "3000个", "value: 1.18万个\nquote: 年末全市可提供普惠性托位1.18万个", "count", Status.invalid),
])
def test_a_trap_of_a_seventeenth_round_is_refused_and_its_controls_judged(tmp_path: Path, indicator: str, target: str,
                                                                         outcome: str, measure: str,
                                                                         status: Status) -> None:
    w = _in_xinzhou(tmp_path, (PLAN_22, REVIEW_22), indicator, _target(indicator, target, measure), outcome, measure)
    assert w.status is status, w.problems


# Review of the rounds above: what their exemptions must not let through. A result is only what 已 says done (not
# 计划…的12所…预计…建成7所); progress on the year's task is no more than the task (not 目前全市已建成…86家); a figure
# before a finding's words in their sentence is what they find fault with; a heading that names a year is a heading;
# a finding of several things counts each in its own unit (14个村级卫生室 beside 4所).
PLAN_23 = """\
    新州市2025年重点民生实事

    新建公办中小学校6所。新建城市书房20家。新建公共充电桩3000个。新建公厕150座。完成村卫生室标准化建设300个。
"""
REVIEW_23 = """\
    新州市2025年民生实事审计调查报告

    计划新建的12所公办中小学校预计年底前建成7所。2025年新建城市书房任务20家，目前全市已建成城市书房86家。
    全年新建公共充电桩3150个，其中约400个建在企业园区内部，仅供本单位车辆使用。全年新建公厕162座。
    完成村卫生室标准化建设306个。

    审计发现的问题：
    （一）2025年新建公厕情况。有12座为原有公厕更换标识，存在重复统计问题。
    （二）部分项目以开工代替完工。2个县将尚未完工的14个村级卫生室项目一并上报为已完成；1个县将4所仅完成主体施工的幼儿园计入完成数。
"""


@pytest.mark.parametrize(("indicator", "target", "outcome"), [
    ("新建公办中小学校", "6所", "value: 7所\nquote: 计划新建的12所公办中小学校预计年底前建成7所"),
    ("新建城市书房", "20家", "value: 86家\nquote: 2025年新建城市书房任务20家，目前全市已建成城市书房86家"),
    ("新建公共充电桩", "3000个", "value: 3150个\nquote: 全年新建公共充电桩3150个"),
    ("新建公厕", "150座", "value: 162座\nquote: 全年新建公厕162座"),
    ("完成村卫生室标准化建设", "300个", "value: 306个\nquote: 完成村卫生室标准化建设306个"),
])
def test_an_exemption_of_the_rounds_above_lets_no_trap_through(tmp_path: Path, indicator: str, target: str,
                                                               outcome: str) -> None:
    w = _in_xinzhou(tmp_path, (PLAN_23, REVIEW_23), indicator, _target(indicator, target, "count"), outcome, "count")
    assert w.status is Status.invalid, w.problems


# An eighteenth round (what was left of the seventeenth's probes, reworded): a host's list of what was arranged, a
# stage in a later clause, a finding in the next sentence that names no thing, a rate recomputed, last year's
# result under a review heading, part of a stock, points for area, rain and sewage pipes, a span since a campaign
# began, a kind given only to a part, a rate among a group, a finding in other words of the thing.
PLAN_24 = """\
    新州市2025年政府工作报告

    一、2024年工作回顾
    过去一年，全市新增公共充电桩4200个，新建城市书房26个。

    二、2025年工作安排
    新增公共充电桩5000个。新增普惠托位3000个。新建区域性养老服务中心10个。城镇新增就业5.5万人。
    城市生活污水集中收集率达到75%。近岸海域水质优良面积比例达到90%。新建改造雨水管网60公里。
    更新改造城市燃气老化管道250公里。中心城市新建城市绿道60公里。65岁以上老年人健康管理率达到70%。
    新增城市停车泊位1万个。安排教育专项资金3亿元。
"""
REVIEW_24 = """\
    新州市2025年民生实事完成情况通报

    主持人：2025年，市政府安排新增公共充电桩5000个、普惠托位3000个等十件民生实事，现将完成情况通报如下。
    一、完成情况
    全年新增普惠托位2870个。新建区域性养老服务中心10个，目前均已完成主体工程，正在办理竣工验收手续。
    市人社局报告全年城镇新增就业5.8万人。审计抽查发现，有5000人系同一人员在不同单位就业被重复登记。
    市住建局报送的城市生活污水集中收集率为76.2%。审计发现，该指标将河水入渗量计入收集量，据此重新测算，收集率约为70.5%。
    年末全市托育机构可提供托位1.6万个，其中普惠性托位1.1万个。全市监测点位水质优良比例为92.3%。
    新建改造雨污水管网64公里。燃气管道更新专项行动开展两年多来，共改造燃气老化管道312公里，其中2025年完成268公里。
    新建城市绿道65公里（含县城段24公里），其中中心城市41公里。参加家庭医生签约服务的老年人中，健康管理率达到80.2%。
    全市新增城市停车泊位1.26万个。全年安排教育专项资金3.2亿元。

    二、存在的问题
    （一）统计口径不一致。部分县区将机关单位内部泊位4200个计入新增。
"""


@pytest.mark.parametrize(("indicator", "target", "outcome", "measure", "status"), [
    ("新增普惠托位", "3000个", "value: 3000个\nquote: 市政府安排新增公共充电桩5000个、普惠托位3000个", "count",
     Status.invalid),
    ("新建区域性养老服务中心", "10个", "value: 10个\nquote: 新建区域性养老服务中心10个", "count", Status.invalid),
    ("城镇新增就业", "5.5万人", "value: 5.8万人\nquote: 市人社局报告全年城镇新增就业5.8万人", "count", Status.invalid),
    ("城市生活污水集中收集率", "75%", "value: 76.2%\nquote: 市住建局报送的城市生活污水集中收集率为76.2%", "level",
     Status.invalid),
    ("新增普惠托位", "3000个", "value: 1.1万个\nquote: 其中普惠性托位1.1万个", "count", Status.invalid),
    ("近岸海域水质优良面积比例", "90%", "value: 92.3%\nquote: 全市监测点位水质优良比例为92.3%", "level",
     Status.invalid),
    ("新建改造雨水管网", "60公里", "value: 64公里\nquote: 新建改造雨污水管网64公里", "count", Status.invalid),
    ("更新改造城市燃气老化管道", "250公里", "value: 312公里\nquote: 共改造燃气老化管道312公里", "count",
     Status.invalid),
    ("中心城市新建城市绿道", "60公里", "value: 65公里\nquote: 新建城市绿道65公里（含县城段24公里）", "count",
     Status.invalid),
    ("65岁以上老年人健康管理率", "70%", "value: 80.2%\nquote: 健康管理率达到80.2%", "level", Status.invalid),
    ("新增城市停车泊位", "1万个", "value: 1.26万个\nquote: 全市新增城市停车泊位1.26万个", "count", Status.invalid),
    # controls: the rate as recomputed; the year's part of a campaign's total; money allotted; what was done
    ("城市生活污水集中收集率", "75%", "value: 约70.5%\nquote: 据此重新测算，收集率约为70.5%", "level", Status.missed),
    ("更新改造城市燃气老化管道", "250公里", "value: 268公里\nquote: 其中2025年完成268公里", "count", Status.met),
    ("安排教育专项资金", "3亿元", "value: 3.2亿元\nquote: 全年安排教育专项资金3.2亿元", "count", Status.met),
    ("新增普惠托位", "3000个", "value: 2870个\nquote: 全年新增普惠托位2870个", "count", Status.missed),
])
def test_a_trap_of_an_eighteenth_round_is_refused_and_its_controls_judged(tmp_path: Path, indicator: str, target: str,
                                                                         outcome: str, measure: str,
                                                                         status: Status) -> None:
    w = _in_xinzhou(tmp_path, (PLAN_24, REVIEW_24), indicator, _target(indicator, target, measure), outcome, measure)
    assert w.status is status, w.problems


@pytest.mark.parametrize(("quote", "status"), [
    ("新增公共充电桩4200个", Status.invalid),  # (under 一、2024年工作回顾: last year's result)
    ("新增公共充电桩5000个", Status.missed),
])
def test_a_plan_s_figure_under_a_review_heading_is_no_target(tmp_path: Path, quote: str, status: Status) -> None:
    target = quote.removeprefix("新增公共充电桩")
    w = _in_xinzhou(tmp_path, (PLAN_24, REVIEW_24 + "    全年新增公共充电桩4600个。\n"), "新增公共充电桩",
                    _target("新增公共充电桩", target, "count", quote), "value: 4600个\nquote: 全年新增公共充电桩4600个",
                    "count")
    assert w.status is status, w.problems


# A nineteenth round (probes of 桂林, 北海, 玉林, 钦州, 梧州, 遵义, 六盘水, 安顺, 毕节, 铜仁, 天水, 张掖, 酒泉, 白银),
# reworded: a later sentence that comes back to the figure and takes part of it out; the items of a release's notes
# that name what is counted; work started said after the figure; a figure a year behind; imports and exports for
# exports; a regional title for a national one; students for residents; 将…计入 and 填报为; a preliminary review;
# the kind before the subject (市属); a plan of opening answered by rooms still to open.
PLAN_25 = """\
    新州市2025年重点工作目标

    新增城市停车泊位1万个。新改建农村公路800公里。引进急需紧缺专业人才100名。新建5G基站2000个。
    常住人口城镇化率达到52%。完成营造林30万亩。新建城区公办幼儿园3所。改造城镇老旧小区68个。
    个人卫生支出占卫生总费用的比重控制在27%以内。出口额达到150亿元。创建国家全域旅游示范区1个。
    居民健康素养水平达到30%。每千人口注册护士数达到3.6人。认定省级示范性普通高中8所。
    二级及以上综合医院设置老年医学科的比例达到60%。新建城市书房15家并全部对外开放。
"""
REVIEW_25 = """\
    新州市2025年工作情况通报

    全市新增城市停车泊位1.26万个。全年新改建农村公路862公里。全年引进急需紧缺专业人才126名。
    全年新建5G基站2310个。常住人口城镇化率为52.3%。全年完成营造林32.6万亩。新建城区公办幼儿园3所均已开工。
    全年改造城镇老旧小区68个（按新开工口径统计）。个人卫生支出占卫生总费用的比重为26.4%（核算结果滞后一年发布）。
    全年货物进出口总额168.5亿元。新城县通过自治区级全域旅游示范区验收。在校学生健康素养水平达到35.2%。
    每千人口注册护士数达到3.86人。8所学校通过省级示范性普通高中初评。
    市属二级及以上综合医院设置老年医学科的比例为100%，全市二级及以上综合医院设置老年医学科的比例为57.1%。
    全市新建城市书房15家，其中12家已对外开放，另外3家正在进行图书上架，预计春节前开放。

    需要说明的是，这1.26万个泊位中，有3100个是在待出让地块上临时划设的。862公里里头有148公里是县道升级改造，
    是交通部门另外安排的项目。核查发现，部分单位将尚未取得执业证书的护理人员计入注册护士，复核后每千人口注册护士数实为3.58人。
    上述126名人才中，有38名系从县级医院调入市级医院，属于系统内流动。

    注释：
    1.本通报中部分数据为初步统计数。
    2.常住人口城镇化率为2024年末数据，2025年数据另行发布。
    3.5G基站新建数含利用原4G站址加装设备开通的站点。
    4.营造林面积含森林抚育面积。
"""


@pytest.mark.parametrize(("indicator", "target", "outcome", "measure"), [
    ("新增城市停车泊位", "1万个", "value: 1.26万个\nquote: 全市新增城市停车泊位1.26万个", "count"),
    ("新改建农村公路", "800公里", "value: 862公里\nquote: 全年新改建农村公路862公里", "count"),
    ("引进急需紧缺专业人才", "100名", "value: 126名\nquote: 全年引进急需紧缺专业人才126名", "count"),
    ("新建5G基站", "2000个", "value: 2310个\nquote: 全年新建5G基站2310个", "count"),
    ("常住人口城镇化率", "52%", "value: 52.3%\nquote: 常住人口城镇化率为52.3%", "level"),
    ("完成营造林", "30万亩", "value: 32.6万亩\nquote: 全年完成营造林32.6万亩", "count"),
    ("新建城区公办幼儿园", "3所", "value: 3所\nquote: 新建城区公办幼儿园3所均已开工", "count"),
    ("改造城镇老旧小区", "68个", "value: 68个\nquote: 全年改造城镇老旧小区68个（按新开工口径统计）", "count"),
    ("个人卫生支出占卫生总费用的比重", "27%以内", "value: 26.4%\nquote: 个人卫生支出占卫生总费用的比重为26.4%",
     "level"),
    ("出口额", "150亿元", "value: 168.5亿元\nquote: 全年货物进出口总额168.5亿元", "count"),
    ("居民健康素养水平", "30%", "value: 35.2%\nquote: 在校学生健康素养水平达到35.2%", "level"),
    ("每千人口注册护士数", "3.6人", "value: 3.86人\nquote: 每千人口注册护士数达到3.86人", "level"),
    ("认定省级示范性普通高中", "8所", "value: 8所\nquote: 8所学校通过省级示范性普通高中初评", "count"),
    ("二级及以上综合医院设置老年医学科的比例", "60%",
     "value: 100%\nquote: 二级及以上综合医院设置老年医学科的比例为100%", "level"),
    ("新建城市书房15家并全部对外开放", "15家", "value: 15家\nquote: 全市新建城市书房15家", "count"),
])
def test_a_trap_of_a_nineteenth_round_is_refused(tmp_path: Path, indicator: str, target: str, outcome: str,
                                                 measure: str) -> None:
    plan = next(line for line in PLAN_25.replace("。", "\n").split("\n")
                if indicator[:4] in line and target[:2] in line)
    w = _in_xinzhou(tmp_path, (PLAN_25, REVIEW_25), indicator, _target(indicator, target, measure, plan.strip()),
                    outcome, measure)
    assert w.status is Status.invalid, w.problems


@pytest.mark.parametrize(("indicator", "target", "outcome", "measure", "status"), [
    # the whole's rate beside the narrower one; the figure as checked; a note that names another figure
    ("二级及以上综合医院设置老年医学科的比例", "60%",
     "value: 57.1%\nquote: 全市二级及以上综合医院设置老年医学科的比例为57.1%", "level", Status.missed),
    ("每千人口注册护士数", "3.6人", "value: 3.58人\nquote: 复核后每千人口注册护士数实为3.58人", "level", Status.missed),
    ("新建城区公办幼儿园", "3所", "value: 3所\nquote: 新建城区公办幼儿园3所", "count", Status.invalid),
])
def test_a_control_of_a_nineteenth_round_is_judged(tmp_path: Path, indicator: str, target: str, outcome: str,
                                                   measure: str, status: Status) -> None:
    plan = next(line for line in PLAN_25.replace("。", "\n").split("\n")
                if indicator[:4] in line and target[:2] in line)
    w = _in_xinzhou(tmp_path, (PLAN_25, REVIEW_25), indicator, _target(indicator, target, measure, plan.strip()),
                    outcome, measure)
    assert w.status is status, w.problems


def test_a_bare_scale_is_no_figure_but_a_threshold_is() -> None:
    """A table's 单位 cell (万人) drafted as a value read 1万人 once; 亿元以上 is the threshold idiom."""
    with pytest.raises(QuantityError):
        parse_quantity("万人")
    assert parse_quantity("亿元以上").value == 100_000_000


# Tables of the nineteenth round: a plan's table with a 领域 column merged down its rows (its label is the 指标
# column's); a table with a 单位 column; a table of single spaces whose last 备注 column rows leave empty, and a
# 备注 cell that says part is not done; a note that gives the counting basis.
PLAN_26 = """\
    新州市“十四五”卫生健康事业发展规划

    表1 主要指标
    领域  主要指标  2020年  2025年  属性
    健康水平  人均预期寿命（岁）  78.1  79  预期性
      婴儿死亡率（‰）  3.9  ≤5  预期性
    健康服务  每千人口医疗卫生机构床位数（张）  5.6  6.8  预期性
      每千人口执业（助理）医师数（人）  2.4  3.0  预期性

    2025年新建改造供水管网90公里。新增学位12000个。新建城市书房15家。新建改扩建义务教育学校12所。新增公共充电桩3000个。
"""
REVIEW_26 = """\
    新州市2025年民生实事完成情况

    全市人均预期寿命达到79.2岁，婴儿死亡率为3.6‰。每千人口医疗卫生机构床位数达到7.1张，每千人口执业（助理）医师数为2.9人。

    表2 城市建设主要指标
    指标  单位  完成数
    新增停车泊位  个  6120
    新建改造供水管网  公里  96

    表3 民生实事完成情况
    序号 项目 目标任务 完成数 完成率 备注
    1 新建改扩建义务教育学校（所） 12 12 100% 其中2所计划2026年春季学期交付
    2 新增学位（个） 12000 13200 110%
    3 新建城市书房（家） 15 16 106.7%
    4 新增公共充电桩（个） 3000 3420 114%
    注：1.充电桩数据由供电部门按报装接电户数统计。
"""


@pytest.mark.parametrize(("indicator", "plan", "outcome", "measure", "status"), [
    ("人均预期寿命", "value: 79岁\nquote: 健康水平  人均预期寿命（岁）  78.1  79  预期性",
     "value: 79.2岁\nquote: 全市人均预期寿命达到79.2岁", "level", Status.met),
    ("婴儿死亡率", "value: 5‰\ncomparator: at_most\nquote: 婴儿死亡率（‰）  3.9  ≤5  预期性",
     "value: 3.6‰\nquote: 婴儿死亡率为3.6‰", "level", Status.met),
    ("每千人口执业（助理）医师数", "value: 3.0人\nquote: 每千人口执业（助理）医师数（人）  2.4  3.0  预期性",
     "value: 2.9人\nquote: 每千人口执业（助理）医师数为2.9人", "level", Status.missed),
    ("新建改造供水管网", _target("新建改造供水管网", "90公里", "count"),
     "value: 96公里\nquote: 新建改造供水管网  公里  96", "count", Status.met),
    ("新增学位", _target("新增学位", "12000个", "count"),
     "value: 13200个\nquote: 2 新增学位（个） 12000 13200 110%", "count", Status.met),
    ("新建城市书房", _target("新建城市书房", "15家", "count"),
     "value: 16家\nquote: 3 新建城市书房（家） 15 16 106.7%", "count", Status.met),
    # traps: 12 holds 2 still to deliver; piles counted by connection applications
    ("新建改扩建义务教育学校", _target("新建改扩建义务教育学校", "12所", "count"),
     "value: 12所\nquote: 1 新建改扩建义务教育学校（所） 12 12 100%", "count", Status.invalid),
    ("新增公共充电桩", _target("新增公共充电桩", "3000个", "count"),
     "value: 3420个\nquote: 4 新增公共充电桩（个） 3000 3420 114%", "count", Status.invalid),
])
def test_a_table_of_the_nineteenth_round_is_read(tmp_path: Path, indicator: str, plan: str, outcome: str,
                                                 measure: str, status: Status) -> None:
    w = _in_xinzhou(tmp_path, (PLAN_26, REVIEW_26), indicator, plan, outcome, measure)
    assert w.status is status, w.problems


# Answers in a transcript of the nineteenth round: the question sets what the answer's figure is of, unless the
# answer says otherwise.
PLAN_27 = """\
    新州市2025年民生实事

    新增普惠性托位3000个。城镇调查失业率控制在5.5%以内。新建社区食堂80个。新建口袋公园30个。
"""
REVIEW_27 = """\
    新州市2025年民生实事完成情况新闻发布会实录

    主持人：下面进入提问环节。
    新州日报记者：2026年托育服务方面有哪些打算？
    市卫健委副主任 吴敏：主要有三项：一是新增普惠性托位4000个；二是开展托育从业人员培训。
    新州广播电视台记者：今年一季度受节后返岗影响，城镇调查失业率情况怎么样？
    市人社局副局长 王建国：城镇调查失业率为5.1%，低于控制目标。
    新州电视台记者：社区食堂连续四年列入民生实事，这几年总的建设情况怎么样？
    市民政局副局长 李静：四年下来，全市建成社区食堂268个。
    新州晚报记者：口袋公园建设情况如何？今年计划建多少个？
    市住建局副局长 赵磊：2025年全市新建口袋公园34个，已全部向市民开放。
"""


@pytest.mark.parametrize(("indicator", "target", "outcome", "measure", "status"), [
    ("新增普惠性托位", "3000个", "value: 4000个\nquote: 一是新增普惠性托位4000个", "count", Status.invalid),
    ("城镇调查失业率", "5.5%以内", "value: 5.1%\nquote: 城镇调查失业率为5.1%", "level", Status.invalid),
    ("新建社区食堂", "80个", "value: 268个\nquote: 全市建成社区食堂268个", "count", Status.invalid),
    # control: the answer says its own year and that the work is done, whatever the question asked
    ("新建口袋公园", "30个", "value: 34个\nquote: 2025年全市新建口袋公园34个", "count", Status.met),
])
def test_an_answer_is_of_what_its_question_asks(tmp_path: Path, indicator: str, target: str, outcome: str,
                                                measure: str, status: Status) -> None:
    w = _in_xinzhou(tmp_path, (PLAN_27, REVIEW_27), indicator, _target(indicator, target, measure), outcome, measure)
    assert w.status is status, w.problems


# Scopes of the nineteenth round: a numbered heading that names a district heads its section's figures; a check in
# another numbered item takes back only that item's figure; a note on the reported column is not on the verified one.
PLAN_28 = """\
    新州市2025年民生实事

    严重精神障碍患者规范管理率达到85%。新建村级养老服务站40个。新增城市停车泊位5000个。新建乡镇污水处理设施8座。
    新建公厕150座。
"""
REVIEW_28 = """\
    新州市人大常委会调研报告

    一、全市情况
    （五）新建村级养老服务站42个，全部投入运营。
    （七）市政府报告称，全市已新增城市停车泊位5600个；调研组实地核查发现，其中约900个为临时泊位，实际新增规范停车泊位4700个。
    （八）全市新建公厕162座。
    （九）经调研组核查，新建公厕实际为145座。


    表1 民生实事审计情况
    项目  年度目标  报告完成数  审计核实数
    新建乡镇污水处理设施（座）  8  8  6
    注：新建乡镇污水处理设施报告完成数中含尚未通水运行的设施2座。

    二、东城区重点公共卫生项目审计情况
    严重精神障碍患者规范管理率为88.2%，高血压患者规范管理率为72.4%。
"""


@pytest.mark.parametrize(("indicator", "target", "outcome", "measure", "status"), [
    ("严重精神障碍患者规范管理率", "85%", "value: 88.2%\nquote: 严重精神障碍患者规范管理率为88.2%", "level",
     Status.invalid),
    ("新增城市停车泊位", "5000个", "value: 5600个\nquote: 全市已新增城市停车泊位5600个", "count", Status.invalid),
    ("新建村级养老服务站", "40个", "value: 42个\nquote: 新建村级养老服务站42个，全部投入运营", "count", Status.met),
    # (the next item that checks the same thing takes it back)
    ("新建公厕", "150座", "value: 162座\nquote: 全市新建公厕162座", "count", Status.invalid),
    ("新建乡镇污水处理设施", "8座", "value: 6座\nquote: 新建乡镇污水处理设施（座）  8  8  6", "count", Status.missed),
    ("新建乡镇污水处理设施", "8座", "value: 8座\nquote: 新建乡镇污水处理设施（座）  8  8", "count", Status.invalid),
])
def test_a_heading_item_or_column_bounds_what_it_says(tmp_path: Path, indicator: str, target: str, outcome: str,
                                                     measure: str, status: Status) -> None:
    w = _in_xinzhou(tmp_path, (PLAN_28, REVIEW_28), indicator, _target(indicator, target, measure), outcome, measure)
    assert w.status is status, w.problems


def test_a_table_is_dated_by_the_words_above_it_not_by_another_row(tmp_path: Path) -> None:
    """A row's date is of its own line and of what introduces the table (截至2025年9月底…如下：), never of a 备注 of
    the row above it."""
    review = """\
    新州市人大常委会调研报告

    截至2025年9月底，民生实事完成情况如下：
    序号 项目 目标任务 完成数 完成率 备注
    1 新建改扩建义务教育学校（所） 12 12 100% 其中2所计划2026年春季学期交付
    2 新增学位（个） 12000 13200 110%
"""
    w = _in_xinzhou(tmp_path, (PLAN_26, review), "新增学位", _target("新增学位", "12000个", "count"),
                    "value: 13200个\nquote: 2 新增学位（个） 12000 13200 110%", "count")
    assert "outcome-date-differs" in w.codes() and w.status is Status.invalid, w.problems
    w = _in_xinzhou(tmp_path / "september", (PLAN_26, review), "新增学位", _target("新增学位", "12000个", "count"),
                    "value: 13200个\nas_of: 2025-09-30\nquote: 2 新增学位（个） 12000 13200 110%", "count")
    assert "outcome-date-differs" not in w.codes(), w.problems


# The last of the nineteenth round: a proposer's words a reply restates; a bracket after the figure that gives its
# basis; a finding of some of a set, named by place, not done.
PLAN_29 = """\
    新州市2025年民生实事

    既有住宅加装电梯40部。新增义务教育公办学位1万个。建成县域医疗次中心8个。
"""
REVIEW_29 = """\
    关于市政协十三届四次会议第0126号提案答复的函

    您在提案中指出，近年来我市已建成既有住宅加装电梯100余部。2025年已完成既有住宅加装电梯43部。
    全年新增义务教育公办学位1.08万个（按新建校舍设计规模测算）。全年建成县域医疗次中心8个。

    审计发现的主要问题：
    1.次中心功能未达标。8个次中心中，东城县、西城县2个次中心的住院综合楼消防验收未过，暂以原卫生院房屋开展服务。
"""


@pytest.mark.parametrize(("indicator", "target", "outcome", "status"), [
    ("既有住宅加装电梯", "40部", "value: 100部\nquote: 近年来我市已建成既有住宅加装电梯100余部", Status.invalid),
    ("既有住宅加装电梯", "40部", "value: 43部\nquote: 2025年已完成既有住宅加装电梯43部", Status.met),
    ("新增义务教育公办学位", "1万个", "value: 1.08万个\nquote: 全年新增义务教育公办学位1.08万个", Status.invalid),
    ("建成县域医疗次中心", "8个", "value: 8个\nquote: 全年建成县域医疗次中心8个", Status.invalid),
])
def test_words_of_others_a_basis_or_a_finding_by_place_are_heeded(tmp_path: Path, indicator: str, target: str,
                                                                  outcome: str, status: Status) -> None:
    w = _in_xinzhou(tmp_path, (PLAN_29, REVIEW_29), indicator, _target(indicator, target, "count"), outcome, "count")
    assert w.status is status, w.problems


@pytest.mark.parametrize(("review", "quote", "status"), [
    # another item's count across a ；is no total of this one; the same thing's is
    ("全年新增托位1180个；6个县（区）均建成综合托育服务中心。", "6个县（区）均建成综合托育服务中心", Status.met),
    ("年度计划新建综合托育服务中心8个；目前已建成综合托育服务中心6个。", "目前已建成综合托育服务中心6个",
     Status.invalid),
])
def test_a_claim_s_total_is_of_the_same_thing_across_a_semicolon(tmp_path: Path, review: str, quote: str,
                                                                  status: Status) -> None:
    plan = "新州市2025年民生实事\n\n    建成综合托育服务中心6个。\n"
    w = _in_xinzhou(tmp_path, (plan, "新州市2025年民生实事完成情况\n\n    " + review + "\n"), "建成综合托育服务中心",
                    "quote: 建成综合托育服务中心6个", f"achieved: true\nas_of: 2025-12-31\nquote: {quote}", "count")
    assert w.status is status, w.problems


@pytest.mark.parametrize(("as_of", "refused"), [("2024-12-31", False), ("2025-12-31", True)])
def test_a_bracket_that_dates_a_figure_is_its_date(tmp_path: Path, as_of: str, refused: bool) -> None:
    """2025年…为26.4%（为2024年卫生总费用核算数据）is 2024's figure: as of 2024 it is read, as of 2025 refused."""
    plan = "新州市2025年卫生健康工作要点\n\n    个人卫生支出占卫生总费用的比例控制在27%以内。\n"
    review = ("新州市2025年卫生健康工作总结\n\n    2025年，全市个人卫生支出占卫生总费用的比例为26.4%"
              "（为2024年卫生总费用核算数据），2025年数据尚未发布。\n")
    w = _in_xinzhou(tmp_path, (plan, review), "个人卫生支出占卫生总费用的比例",
                    "value: 27%\ncomparator: at_most\nquote: 个人卫生支出占卫生总费用的比例控制在27%以内",
                    f"value: 26.4%\nas_of: {as_of}\nquote: 个人卫生支出占卫生总费用的比例为26.4%", "level")
    assert (w.status is Status.invalid) is refused, w.problems


@pytest.mark.parametrize(("review", "quote", "value", "status"), [
    # the part its clause says is in use answers a plan of use, whatever the rest awaits
    ("新建社区食堂18个已全部完工，其中15个已投入运营，3个将于2026年春季启用。", "其中15个已投入运营", "15个",
     Status.missed),
    # a clause that says all are in use is taken back by a sentence that finds some are not
    ("新建社区食堂18个，已全部投入运营。经核查，18个社区食堂中有3个尚未投入运营。",
     "新建社区食堂18个，已全部投入运营", "18个", Status.invalid),
])
def test_a_plan_of_use_is_answered_by_what_its_clause_says_in_use(tmp_path: Path, review: str, quote: str, value: str,
                                                                   status: Status) -> None:
    plan = "新州市2025年民生实事\n\n    新建社区食堂18个并投入运营。\n"
    w = _in_xinzhou(tmp_path, (plan, "新州市2025年民生实事完成情况\n\n    " + review + "\n"), "新建社区食堂并投入运营",
                    "value: 18个\nstart: 2025-01-01\nquote: 新建社区食堂18个并投入运营",
                    f"value: {value}\nquote: {quote}", "count")
    assert w.status is status, w.problems


# A twentieth round (session 15: probes of 潍坊, 临沂, 东营, 烟台, 威海; 包头, 鄂尔多斯, 赤峰, 通辽, 呼伦贝尔; 大庆,
# 齐齐哈尔, 牡丹江, 佳木斯; and what was left of round 19).
PLAN_30 = """\
    新州市“十四五”卫生健康事业发展规划

    表1 主要发展指标
    领域  指标  2020年  2025年  属性
    健康水平  孕产妇死亡率（/10万）  12.5  ≤12  预期性
      甲乙类传染病报告发病率（1/10万）  186  ≤180  预期性
"""


@pytest.mark.parametrize(("indicator", "plan", "outcome", "status"), [
    ("孕产妇死亡率", "value: 12/10万\ncomparator: at_most\nquote: 孕产妇死亡率（/10万）  12.5  ≤12  预期性",
     "value: 10.8/10万\nquote: 全市孕产妇死亡率为10.8/10万", Status.met),
    ("孕产妇死亡率", "value: 12/10万\ncomparator: at_most\nquote: 孕产妇死亡率（/10万）  12.5  ≤12  预期性",
     "value: 13.6/十万\nquote: 全市孕产妇死亡率为13.6/十万", Status.missed),
    ("甲乙类传染病报告发病率", "value: 180/10万\ncomparator: at_most\n"
     "quote: 甲乙类传染病报告发病率（1/10万）  186  ≤180  预期性",
     "value: 176.4/10万\nquote: 甲乙类传染病报告发病率为176.4/10万", Status.met),
    # a rate per population is no count of people, nor a share in %
    ("孕产妇死亡率", "value: 12/10万\ncomparator: at_most\nquote: 孕产妇死亡率（/10万）  12.5  ≤12  预期性",
     "value: 3人\nquote: 全年孕产妇死亡3人", Status.invalid),
])
def test_a_rate_per_population_is_a_unit_of_its_own(tmp_path: Path, indicator: str, plan: str, outcome: str,
                                                     status: Status) -> None:
    review = ("新州市2025年卫生健康工作总结\n\n    全市孕产妇死亡率为10.8/10万，全年孕产妇死亡3人。"
              "甲乙类传染病报告发病率为176.4/10万。另：全市孕产妇死亡率为13.6/十万（按户籍人口计）。\n")
    w = _in_xinzhou(tmp_path, (PLAN_30, review), indicator, plan, outcome, "level")
    assert w.status is status, w.problems


PLAN_31 = """\
    新州市2025年民生实事

    新建社区嵌入式养老服务站点43个。为城乡低收入群体提供免费职业技能培训1.6万人。更新新能源公交车300辆。
    新建公共充电桩1500个。新建改造农村公路300公里。新建公办幼儿园6所。空气质量优良天数比例达到85%。
    新增国家级绿色工厂10家。市妇幼保健院新院区建成投入使用。
"""
REVIEW_31 = """\
    新州市2025年民生实事完成情况新闻发布会实录

    市民政局副局长 赵建军：全年建成社区嵌入式养老服务站点43个。
    市人社局副局长 王志刚：为城乡低收入群体提供免费职业技能培训1.62万人。
    市交通局副局长 孙立：全年更新新能源公交车312辆。
    新州日报记者：养老服务站点都已经运营了吗？
    赵建军：43个养老服务站点中，有9个目前已完成装修，正在招募运营机构，春节后陆续开门。
    王志刚：我也补充一点，免费职业技能培训的1.62万人是按参训人次汇总的，按人头计算是1.15万人。
    主持人：补充说明一点，刚才介绍的312辆新能源公交车，其中包含已签订购车合同、尚未交付的48辆。
    市能源局副局长 钱进：据各县区和充电运营企业报送，全年新建公共充电桩1650个，相关数据正由市能源局逐项核验。
    市卫健委副主任 吴敏：市妇幼保健院新院区已完成竣工验收，于2025年12月26日起试开诊，目前开放门诊及部分病区。
    市工信局副局长 周平：12家企业列入工业和信息化部2025年度绿色工厂公示名单。
    市生态环境局副局长 郑洁：全年空气质量优良天数比例为86.1%，夏秋季空气质量优良天数比例达到97.2%。
    市审计局：农村公路项目报告完成318公里，其中22公里为2024年结转项目，不应计入2025年完成数，核减后实际完成296公里。

    表1 2025年民生实事项目完成情况
    序号  项目  年度目标  完成数  备注
    1  新建公办幼儿园（所）  6  7  4所已交付使用，3所完成主体封顶
"""


@pytest.mark.parametrize(("indicator", "target", "outcome", "measure", "status"), [
    # traps: a later turn comes back to the figure (a part not yet open; another basis; a part not delivered)
    ("新建社区嵌入式养老服务站点", "43个", "value: 43个\nquote: 全年建成社区嵌入式养老服务站点43个", "count",
     Status.invalid),
    ("为城乡低收入群体提供免费职业技能培训", "1.6万人",
     "value: 1.62万人\nquote: 为城乡低收入群体提供免费职业技能培训1.62万人",
     "count", Status.invalid),
    ("更新新能源公交车", "300辆", "value: 312辆\nquote: 全年更新新能源公交车312辆", "count", Status.invalid),
    # a figure still being checked; a publicity list before the title; a season's level; a row's remark of a
    # stage
    ("新建公共充电桩", "1500个", "value: 1650个\nquote: 全年新建公共充电桩1650个", "count", Status.invalid),
    ("新增国家级绿色工厂", "10家", "value: 12家\nquote: 12家企业列入工业和信息化部2025年度绿色工厂公示名单", "count",
     Status.invalid),
    ("空气质量优良天数比例", "85%", "value: 97.2%\nquote: 夏秋季空气质量优良天数比例达到97.2%", "level",
     Status.invalid),
    ("新建公办幼儿园", "6所", "value: 7所\nquote: 1  新建公办幼儿园（所）  6  7", "count", Status.invalid),
    # controls: the year's level beside a season's; the corrected figure is the one to declare (and it falls short)
    ("空气质量优良天数比例", "85%", "value: 86.1%\nquote: 全年空气质量优良天数比例为86.1%", "level", Status.met),
    ("新建改造农村公路", "300公里", "value: 296公里\nquote: 核减后实际完成296公里", "count", Status.missed),
])
def test_a_trap_of_a_twentieth_round_is_refused_and_its_controls_judged(tmp_path: Path, indicator: str, target: str,
                                                                         outcome: str, measure: str,
                                                                         status: Status) -> None:
    w = _in_xinzhou(tmp_path, (PLAN_31, REVIEW_31), indicator, _target(indicator, target, measure), outcome, measure)
    assert w.status is status, w.problems


@pytest.mark.parametrize(("quote", "status"), [
    ("于2025年12月26日起试开诊，目前开放门诊及部分病区", Status.invalid),  # a trial, and a part open
    ("市妇幼保健院新院区已完成竣工验收", Status.invalid),  # built, not said in use
])
def test_a_trial_or_a_part_open_is_not_in_use(tmp_path: Path, quote: str, status: Status) -> None:
    w = _in_xinzhou(tmp_path, (PLAN_31, REVIEW_31), "市妇幼保健院新院区建成投入使用",
                    "quote: 市妇幼保健院新院区建成投入使用", f"achieved: true\nas_of: 2025-12-31\nquote: {quote}",
                    "count")
    assert w.status is status, w.problems
    open_in_full = REVIEW_31.replace("试开诊，目前开放门诊及部分病区", "正式开诊，门诊和全部病区均已开放")
    w = _in_xinzhou(tmp_path / "full", (PLAN_31, open_in_full), "市妇幼保健院新院区建成投入使用",
                    "quote: 市妇幼保健院新院区建成投入使用",
                    "achieved: true\nas_of: 2025-12-31\nquote: 于2025年12月26日起正式开诊，门诊和全部病区均已开放",
                    "count")
    assert w.status is Status.met, w.problems


# A twenty-first round (session 16: what was left of probes AI and AJ, in words of our own): a later sentence that
# counts the figure on the basis it should have had; a note that last year's figure stands in; a journalist's
# question that names the place or the figure the answer is of; parts that findings take out in other words; a span of
# years, a design capacity, sites chosen, a test before acceptance, places named without their 县, a part of the
# residents, another grade, a total over the years for a plan of each year, one section of a road.
PLAN_32 = """\
    新州市2025年民生实事和重点指标

    集团化办学覆盖率达到85%。农村牧区自来水普及率达到90%。为适龄妇女免费开展“两癌”筛查4万人。每万人口全科医生数达到4人。
    高中阶段教育毛入学率达到98%。空气质量优良天数比率达到85%。新建改扩建中小学幼儿园12所。新增普惠性托位2000个。
    建成高标准农田80万亩。新增中小学幼儿园学位2万个。新建改造农村公路1500公里。市妇幼保健院新增床位400张。
    新建城市书房40处。完成行政村生活污水治理150个。农村规模化供水工程覆盖人口比例达到92%。
    居民人均可支配收入达到55000元。农村居民人均可支配收入达到28000元。新增4A级旅游景区2家。文昌路北延工程全线建成通车。
    城镇新增就业4万人。“十四五”期间，每年新增城镇就业4万人以上。新建公共充电桩3000个。婴儿死亡率控制在4.5‰以内。
    年内实现乡镇快递服务全覆盖。普惠性幼儿园覆盖率达到85%。养老机构护理型床位占比达到55%。新增公办学位2万个。
    建成全民健身中心4个。为农村居民开展免费健康体检12万名。新建5G基站1500个。城乡居民医保参保率达到95%。
"""
REVIEW_32 = """\
    新州市2025年民生实事完成情况新闻发布会实录

    市教育局副局长 李红梅：全市新建改扩建中小学幼儿园13所，新增普惠性托位2150个。
    市生态环境局副局长 郑洁：全年全市空气质量优良天数比率为86.1%。
    新州日报记者：东山县是山区县，今年当地的生态环境质量怎么样？
    郑洁：这个问题我来回答。空气质量优良天数比率达到92.6%，森林覆盖率稳定在61%左右。
    新州晚报记者：13所学校是否都已经投入使用？
    李红梅：其中10所已在秋季学期投入使用，另外3所主体已完工，正在进行室内装修，预计2026年春季学期交付。
    新州电视台记者：托位的情况能否再具体介绍一下？
    李红梅：新增的普惠性托位里，有620个是幼儿园开设的托班学位，由教育部门另行统计，不在此次民生实事任务范围之内。
    市交通局副局长 孙立：通过两年攻坚，全市新建改造农村公路3260公里。
    孙立：文昌路北延工程南段已于10月建成通车，北段正在加紧施工。
    市文旅局副局长 周平：全年新增A级旅游景区9家，其中新评定4A级旅游景区2家。
    周平：全市审核确定城市书房建设点位46处，已建成开放38处。
    市卫健委副主任 吴敏：市妇幼保健院新院区规划床位600张，于12月起试运行。
"""
REVIEW_33 = """\
    新州市2025年重点工作推进情况的报告

    一、主要指标完成情况
    全年全体居民人均可支配收入52640元。按常住地分，城镇常住居民人均可支配收入63218元，农村常住居民人均可支配收入29306元。
    全市集团化办学覆盖率达到87%。全市农村牧区自来水普及率达到91.2%。为适龄妇女免费开展“两癌”筛查4.12万人。
    每万人口全科医生数达到4.3人。高中阶段教育毛入学率达到98.5%。建成高标准农田86万亩。新增中小学幼儿园学位21500个。
    168个行政村生活污水治理工程完成管网铺设和闭水试验，已有132个村的治理设施通过验收并投入运行。
    全市新建改造农村供水管网1200公里，东山、南岭、西河三地农村规模化供水工程覆盖人口比例达到96.5%。
    全年城镇新增就业3.86万人，“十四五”期间累计新增城镇就业21.3万人。

    二、存在的问题
    （一）统计口径有待规范。部分学校把只签了协议、未开展实质性共建的“挂名校”也算作集团成员校，按实质运行口径，全市集团化办学覆盖率约为78%。自来水普及率统计中，把季节性供水的牧区村也计为通自来水，若按常年稳定供水计算，普及率约为86%。“两癌”筛查人数按两项分别统计后相加，按实际受检人数计为2.3万人。高标准农田建设中，有12万亩是2024年度的建设任务，于2025年春季完工后一并报送。
    （二）数据报送不够严谨。经复核，部分县区上报的新增学位中有2860个属重复统计。需要说明的是，上述全科医生数包含了取得转岗培训合格证但未注册为全科医学专业的乡村医生612人，仅按注册口径统计，每万人口全科医生数为2.9人。

    说明：2025年度教育事业统计数据尚未公布，高中阶段教育毛入学率暂以上一年度数据填列。
"""


@pytest.mark.parametrize(("review", "indicator", "target", "outcome", "measure", "status"), [
    # traps of the transcript: the question names a county, or the figure; a part the answer leaves out of the task;
    # a span of two years; every grade for one; sites chosen; a design capacity
    (REVIEW_32, "空气质量优良天数比率", "85%", "value: 92.6%\nquote: 空气质量优良天数比率达到92.6%", "level",
     Status.invalid),
    (REVIEW_32, "新建改扩建中小学幼儿园", "12所", "value: 13所\nquote: 全市新建改扩建中小学幼儿园13所", "count",
     Status.invalid),
    (REVIEW_32, "新增普惠性托位", "2000个", "value: 2150个\nquote: 新增普惠性托位2150个", "count", Status.invalid),
    (REVIEW_32, "新建改造农村公路", "1500公里", "value: 3260公里\nquote: 全市新建改造农村公路3260公里", "count",
     Status.invalid),
    (REVIEW_32, "新增4A级旅游景区", "2家", "value: 9家\nquote: 全年新增A级旅游景区9家", "count", Status.invalid),
    (REVIEW_32, "新建城市书房", "40处", "value: 46处\nquote: 全市审核确定城市书房建设点位46处", "count",
     Status.invalid),
    (REVIEW_32, "市妇幼保健院新增床位", "400张", "value: 600张\nquote: 市妇幼保健院新院区规划床位600张", "count",
     Status.invalid),
    # its controls: the city's figure after the county's; the grade's own figure; the places open
    (REVIEW_32, "空气质量优良天数比率", "85%", "value: 86.1%\nquote: 全年全市空气质量优良天数比率为86.1%", "level",
     Status.met),
    (REVIEW_32, "新增4A级旅游景区", "2家", "value: 2家\nquote: 其中新评定4A级旅游景区2家", "count", Status.met),
    (REVIEW_32, "新建城市书房", "40处", "value: 38处\nquote: 已建成开放38处", "count", Status.missed),
    # traps of the report: each taken back by a finding or a note in other words than before
    (REVIEW_33, "集团化办学覆盖率", "85%", "value: 87%\nquote: 全市集团化办学覆盖率达到87%", "level", Status.invalid),
    (REVIEW_33, "农村牧区自来水普及率", "90%", "value: 91.2%\nquote: 全市农村牧区自来水普及率达到91.2%", "level",
     Status.invalid),
    (REVIEW_33, "为适龄妇女免费开展“两癌”筛查", "4万人", "value: 4.12万人\nquote: 为适龄妇女免费开展“两癌”筛查4.12万人",
     "count", Status.invalid),
    (REVIEW_33, "每万人口全科医生数", "4人", "value: 4.3人\nquote: 每万人口全科医生数达到4.3人", "level",
     Status.invalid),
    (REVIEW_33, "高中阶段教育毛入学率", "98%", "value: 98.5%\nquote: 高中阶段教育毛入学率达到98.5%", "level",
     Status.invalid),
    (REVIEW_33, "建成高标准农田", "80万亩", "value: 86万亩\nquote: 建成高标准农田86万亩", "count", Status.invalid),
    (REVIEW_33, "新增中小学幼儿园学位", "2万个", "value: 21500个\nquote: 新增中小学幼儿园学位21500个", "count",
     Status.invalid),
    # a test before acceptance; three counties named without 县; the town's residents; a total over five years
    (REVIEW_33, "完成行政村生活污水治理", "150个",
     "value: 168个\nquote: 168个行政村生活污水治理工程完成管网铺设和闭水试验", "count", Status.invalid),
    (REVIEW_33, "农村规模化供水工程覆盖人口比例", "92%",
     "value: 96.5%\nquote: 农村规模化供水工程覆盖人口比例达到96.5%", "level", Status.invalid),
    (REVIEW_33, "居民人均可支配收入", "55000元", "value: 63218元\nquote: 人均可支配收入63218元", "level",
     Status.invalid),
    # controls of the report: what was accepted; the residents' own figure; a part the indicator names
    (REVIEW_33, "完成行政村生活污水治理", "150个",
     "value: 132个\nquote: 已有132个村的治理设施通过验收并投入运行", "count", Status.missed),
    (REVIEW_33, "居民人均可支配收入", "55000元", "value: 52640元\nquote: 全年全体居民人均可支配收入52640元", "level",
     Status.missed),
    (REVIEW_33, "农村居民人均可支配收入", "28000元",
     "value: 29306元\nquote: 农村常住居民人均可支配收入29306元", "level", Status.met),
])
def test_a_trap_of_a_twenty_first_round_is_refused_and_its_controls_judged(
        tmp_path: Path, review: str, indicator: str, target: str, outcome: str, measure: str, status: Status) -> None:
    w = _in_xinzhou(tmp_path, (PLAN_32, review), indicator, _target(indicator, target, measure), outcome, measure)
    assert w.status is status, w.problems
    assert not any(p.message.code.startswith("quote-") for p in w.problems), w.problems  # (refused for what it says)


@pytest.mark.parametrize(("plan", "outcome", "status"), [
    # a plan of each year of five is not answered by the five years' total, but a plan of the year by its figure
    ("value: 4万人以上\nstart: 2021-01-01\nquote: “十四五”期间，每年新增城镇就业4万人以上",
     "value: 21.3万人\nquote: “十四五”期间累计新增城镇就业21.3万人", Status.invalid),
    ("value: 4万人\nstart: 2025-01-01\nquote: 城镇新增就业4万人", "value: 3.86万人\nquote: 全年城镇新增就业3.86万人",
     Status.missed),
])
def test_a_plan_of_each_year_is_not_answered_by_a_total_over_years(tmp_path: Path, plan: str, outcome: str,
                                                                   status: Status) -> None:
    w = _in_xinzhou(tmp_path, (PLAN_32, REVIEW_33), "新增城镇就业", plan, outcome, "count")
    assert w.status is status, w.problems


@pytest.mark.parametrize(("review", "quote", "status"), [
    (REVIEW_32, "文昌路北延工程南段已于10月建成通车", Status.invalid),  # one section of the road
    (REVIEW_32.replace("南段已于10月建成通车，北段正在加紧施工", "已于10月全线建成通车"),
     "文昌路北延工程已于10月全线建成通车", Status.met),
])
def test_one_section_is_not_the_whole_road(tmp_path: Path, review: str, quote: str, status: Status) -> None:
    w = _in_xinzhou(tmp_path, (PLAN_32, review), "文昌路北延工程全线建成通车", "quote: 文昌路北延工程全线建成通车",
                    f"achieved: true\nas_of: 2025-12-31\nquote: {quote}", "count")
    assert w.status is status, w.problems


REVIEW_34 = """\
    新州市2025年工作总结

    全年新建公共充电终端3420个。
    我市有东山县、南岭区2个国家级妇幼卫生监测点。根据监测结果，2025年婴儿死亡率为4.2‰。全市婴儿死亡率为4.3‰。
    寄递物流体系建设在东山县等3个县先行试点。乡镇快递服务实现全覆盖。其余县区将于2026年底前完成。
"""


@pytest.mark.parametrize(("indicator", "target", "outcome", "measure", "status"), [
    # the guns are not the piles; two monitoring sites are not the city; the rest of the places not yet served
    ("新建公共充电桩", "3000个", "value: 3420个\nquote: 全年新建公共充电终端3420个", "count", Status.invalid),
    ("婴儿死亡率", "4.5‰以内", "value: 4.2‰\nquote: 2025年婴儿死亡率为4.2‰", "level", Status.invalid),
    ("乡镇快递服务全覆盖", "", "achieved: true\nquote: 乡镇快递服务实现全覆盖", "count", Status.invalid),
    # controls: the city's rate; coverage with no rest left
    ("婴儿死亡率", "4.5‰以内", "value: 4.3‰\nquote: 全市婴儿死亡率为4.3‰", "level", Status.met),
])
def test_terminals_sites_and_the_rest_are_not_the_whole(tmp_path: Path, indicator: str, target: str, outcome: str,
                                                        measure: str, status: Status) -> None:
    plan = _target(indicator, target, measure) if target else "quote: 年内实现乡镇快递服务全覆盖"
    w = _in_xinzhou(tmp_path, (PLAN_32, REVIEW_34), indicator, plan, outcome, measure)
    assert w.status is status, w.problems
    assert not any(p.message.code.startswith("quote-") for p in w.problems), w.problems
    if target == "":  # (without the rest still to come, the coverage stands)
        done = REVIEW_34.replace("其余县区将于2026年底前完成。", "")
        assert _in_xinzhou(tmp_path / "done", (PLAN_32, done), indicator, plan, outcome, measure).status is Status.met


REVIEW_35 = """\
    关于全市民生实事项目实施情况的调研报告

    一、基本情况
    全市普惠性幼儿园覆盖率达到87.2%。养老机构护理型床位占比达到56.1%。城乡居民医保参保率达到96%。
    新增公办学位2.16万个。建成全民健身中心4个。为农村居民开展免费健康体检12.4万名。新建5G基站1800个。

    二、存在的主要问题
    （一）部分指标统计口径需要规范。一是普惠性幼儿园覆盖率。有23所园实际收费高于限价，若只统计实际执行普惠收费的园所，覆盖率为79.6%。二是养老机构护理型床位占比。部分机构把普通床位一同报作护理型床位，对照标准逐院核对，符合条件的约占47%。
    （二）部分项目统计不够严谨。新增的2.16万个公办学位中，约3800个是民办学校转为公办后直接划转过来的。12.4万这个数里有不少是同一个人被记了两次，按身份证号比对后实际受检人数为9.8万人。新建5G基站中，有612个是用原4G站址改造后充抵新建任务的。
    （三）部分全民健身中心管护经费不足，日常维护不到位。

    三、意见和建议
    加强统计核查。
"""


@pytest.mark.parametrize(("indicator", "target", "outcome", "measure", "status"), [
    # traps: a section of problems gives the rate counted properly, takes a part out of a count, or finds the same
    # people counted twice or old sites counted as new, in words of its own
    ("普惠性幼儿园覆盖率", "85%", "value: 87.2%\nquote: 全市普惠性幼儿园覆盖率达到87.2%", "level", Status.invalid),
    ("养老机构护理型床位占比", "55%", "value: 56.1%\nquote: 养老机构护理型床位占比达到56.1%", "level", Status.invalid),
    ("新增公办学位", "2万个", "value: 2.16万个\nquote: 新增公办学位2.16万个", "count", Status.invalid),
    ("为农村居民开展免费健康体检", "12万名", "value: 12.4万名\nquote: 为农村居民开展免费健康体检12.4万名", "count",
     Status.invalid),
    ("新建5G基站", "1500个", "value: 1800个\nquote: 新建5G基站1800个", "count", Status.invalid),
    # controls: a rate and a count the section finds no fault with; the rate as the section counts it
    ("城乡居民医保参保率", "95%", "value: 96%\nquote: 城乡居民医保参保率达到96%", "level", Status.met),
    ("建成全民健身中心", "4个", "value: 4个\nquote: 建成全民健身中心4个", "count", Status.met),
    ("普惠性幼儿园覆盖率", "85%", "value: 79.6%\nquote: 若只统计实际执行普惠收费的园所，覆盖率为79.6%", "level",
     Status.missed),
])
def test_a_section_of_problems_finds_fault_in_its_own_words(tmp_path: Path, indicator: str, target: str,
                                                            outcome: str, measure: str, status: Status) -> None:
    w = _in_xinzhou(tmp_path, (PLAN_32, REVIEW_35), indicator, _target(indicator, target, measure), outcome, measure)
    assert w.status is status, w.problems
    assert not any(p.message.code.startswith("quote-") for p in w.problems), w.problems


@pytest.mark.parametrize(("answer", "status"), [
    ("126个小区里，有14个小区的庭院硬化、绿化这部分要等今年开春化冻以后才能施工。", Status.invalid),
    ("126个小区里，有14个小区同步完成了加装电梯。", Status.met),  # (a part singled out, all of it done)
])
def test_a_later_answer_takes_a_part_out_with_li(tmp_path: Path, answer: str, status: Status) -> None:
    review = ("新州市2025年民生实事新闻发布会实录\n\n    市住建局副局长 刘强：全年改造城镇老旧小区126个。\n"
              "    新州日报记者：老旧小区改造都完工了吗？\n    刘强：" + answer + "\n")
    w = _in_xinzhou(tmp_path, (PLAN_32 + "    改造城镇老旧小区120个。\n", review), "改造城镇老旧小区",
                    _target("改造城镇老旧小区", "120个", "count"),
                    "value: 126个\nquote: 全年改造城镇老旧小区126个", "count")
    assert w.status is status, w.problems


@pytest.mark.parametrize(("sentence", "quote", "status"), [
    # 据市统计局: the 市 of a bureau names no place, and its figure is the city's
    ("据市统计局提供的数据，2025年全市城镇新增就业4.36万人。", "2025年全市城镇新增就业4.36万人", Status.met),
    # an estimate before the statistic is published
    ("据市统计局估算，2025年全市城镇新增就业4.36万人，正式数据尚未发布。", "2025年全市城镇新增就业4.36万人",
     Status.invalid),
    # the province's figure, as its bureau reports it, is not the city's
    ("据省人社厅通报的数据，全省城镇新增就业4.36万人。", "全省城镇新增就业4.36万人", Status.invalid),
])
def test_whose_figures_a_source_gives(tmp_path: Path, sentence: str, quote: str, status: Status) -> None:
    review = "新州市2025年就业工作总结\n\n    " + sentence + "\n"
    w = _in_xinzhou(tmp_path, (PLAN_32, review), "城镇新增就业", _target("城镇新增就业", "4万人", "count"),
                    f"value: 4.36万人\nquote: {quote}", "count")
    assert w.status is status, w.problems


# A twenty-second round (session 18: probes AO and AP, in words of our own): a step before the work in the clause
# before a figure with no doing of its own (已完成招标，涉及…; 采购合同已签订，共计…), funds paid out, equipment
# being tested, applications and sign-ups for a service, the main works of a building for the building in use, a
# length a plan draws, the mark a rate falls short of, old sites given a new name, things not done counted in
# (连同…在内), a total since an action of years began, two programmes counted together.
PLAN_33 = """\
    新州市2025年民生实事项目

    新建社区卫生服务站8个。改造供热老旧管网120公里。为600名残疾儿童提供康复救助。更新新能源公交车150辆。
    开展职业技能培训6万人。建成县域冷链物流中心3个。新建县级特困人员供养服务设施2个。建成社区养老服务中心10个。
    新建城市绿道30公里。老年人健康体检覆盖率达到70%。新增义务教育学位2000个。中心城区新增公共停车泊位3000个。
    新改建农村公路500公里。完成农村安居工程2000户。
"""
REVIEW_36 = """\
    新州市2025年民生实事项目推进情况

    一、卫生和养老
    全市新增社区卫生服务站9个，均由原有村卫生室挂牌转设。南城区新建社区卫生服务站3个，已全部开诊。
    受理残疾儿童康复救助申请652名，经审核为618名残疾儿童提供康复救助。
    老年人健康体检覆盖率与70%仅差0.6个百分点。
    10个社区养老服务中心主体工程全部完工，内部装修同步推进。
    2个县级特困人员供养服务设施项目资金已全部拨付到位。
    二、城市建设
    供热老旧管网改造工程已完成招标，涉及管网126公里。
    新能源公交车采购合同已签订，共计160辆。
    规划绿道总长32公里，全年新建城市绿道31.5公里。
    停车设施建设三年行动实施以来，中心城区新增公共停车泊位3400个。2025年中心城区新增公共停车泊位3120个。
    三、乡村和就业
    3个县域冷链物流中心均已进入设备调试阶段。
    全年职业技能培训报名人数达6.4万人，开展职业技能培训6.1万人。
    连同尚未投用的2所学校在内，新增义务教育学位2160个。
    完成农村公路新改建及养护工程540公里。农村安居工程和农村危房改造共完成2300户。
"""


@pytest.mark.parametrize(("indicator", "target", "outcome", "measure", "status"), [
    # traps
    ("新建社区卫生服务站", "8个", "value: 9个\nquote: 全市新增社区卫生服务站9个", "count", Status.invalid),
    ("为残疾儿童提供康复救助", "600名", "value: 652名\nquote: 受理残疾儿童康复救助申请652名", "count", Status.invalid),
    ("老年人健康体检覆盖率", "70%", "value: 70%\nquote: 老年人健康体检覆盖率与70%仅差0.6个百分点", "level",
     Status.invalid),
    ("建成社区养老服务中心", "10个", "value: 10个\nquote: 10个社区养老服务中心主体工程全部完工", "count",
     Status.invalid),
    ("新建县级特困人员供养服务设施", "2个", "value: 2个\nquote: 2个县级特困人员供养服务设施项目资金已全部拨付到位",
     "count", Status.invalid),
    ("改造供热老旧管网", "120公里", "value: 126公里\nquote: 供热老旧管网改造工程已完成招标，涉及管网126公里", "count",
     Status.invalid),
    ("更新新能源公交车", "150辆", "value: 160辆\nquote: 新能源公交车采购合同已签订，共计160辆", "count",
     Status.invalid),
    ("新建城市绿道", "30公里", "value: 32公里\nquote: 规划绿道总长32公里", "count", Status.invalid),
    ("中心城区新增公共停车泊位", "3000个",
     "value: 3400个\nquote: 停车设施建设三年行动实施以来，中心城区新增公共停车泊位3400个", "count", Status.invalid),
    ("建成县域冷链物流中心", "3个", "value: 3个\nquote: 3个县域冷链物流中心均已进入设备调试阶段", "count",
     Status.invalid),
    ("开展职业技能培训", "6万人", "value: 6.4万人\nquote: 全年职业技能培训报名人数达6.4万人", "count", Status.invalid),
    ("新增义务教育学位", "2000个", "value: 2160个\nquote: 连同尚未投用的2所学校在内，新增义务教育学位2160个", "count",
     Status.invalid),
    ("新改建农村公路", "500公里", "value: 540公里\nquote: 完成农村公路新改建及养护工程540公里", "count",
     Status.invalid),
    ("完成农村安居工程", "2000户", "value: 2300户\nquote: 农村安居工程和农村危房改造共完成2300户", "count",
     Status.invalid),
    # controls: the work itself, said after the step; the year's own figure; a length built beside the one planned
    ("为残疾儿童提供康复救助", "600名", "value: 618名\nquote: 经审核为618名残疾儿童提供康复救助", "count", Status.met),
    ("开展职业技能培训", "6万人", "value: 6.1万人\nquote: 开展职业技能培训6.1万人", "count", Status.met),
    ("新建城市绿道", "30公里", "value: 31.5公里\nquote: 全年新建城市绿道31.5公里", "count", Status.met),
    ("中心城区新增公共停车泊位", "3000个", "value: 3120个\nquote: 2025年中心城区新增公共停车泊位3120个", "count",
     Status.met),
])
def test_a_trap_of_a_twenty_second_round_is_refused_and_its_controls_judged(
        tmp_path: Path, indicator: str, target: str, outcome: str, measure: str, status: Status) -> None:
    quote = {"为残疾儿童提供康复救助": "为600名残疾儿童提供康复救助"}.get(indicator)
    w = _in_xinzhou(tmp_path, (PLAN_33, REVIEW_36), indicator, _target(indicator, target, measure, quote), outcome,
                    measure)
    assert w.status is status, w.problems
    assert not any(p.message.code.startswith("quote-") for p in w.problems), w.problems  # (refused for what it says)


@pytest.mark.parametrize(("indicator", "plan", "sentence", "quote", "value"), [
    # the people a service was given to, who had applied for it
    ("发放城镇住房保障租赁补贴", "发放城镇住房保障租赁补贴1000户", "全年向1260户申请家庭发放城镇住房保障租赁补贴。",
     "向1260户申请家庭发放城镇住房保障租赁补贴", "1260户"),
    # minors counted in are people, not work left undone
    ("新增城乡居民医保参保", "新增城乡居民医保参保3万人", "包括未成年人在内，全年新增城乡居民医保参保3.2万人。",
     "全年新增城乡居民医保参保3.2万人", "3.2万人"),
    # a length built as the plan drew it
    ("新建城市绿道", "新建城市绿道30公里", "全年完成规划建设的城市绿道总长31公里。", "完成规划建设的城市绿道总长31公里",
     "31公里"),
    # a sentence that says the work was done before a clause of its total
    ("新建城市书房", "新建城市书房20家", "完成选址的城市书房均已建成开放，共计22家。", "共计22家", "22家"),
])
def test_a_check_of_the_twenty_second_round_leaves_honest_words_alone(
        tmp_path: Path, indicator: str, plan: str, sentence: str, quote: str, value: str) -> None:
    w = _a_count(tmp_path, indicator, plan, sentence, quote, value)
    assert w.status is Status.met, w.problems


@pytest.mark.parametrize(("indicator", "plan", "sentence", "quote", "value"), [
    # done a month early: no date of the figure
    ("新增学位", "新增学位1800个", "新建改扩建公办幼儿园6所，新增学位1850个，提前一个月完成年度任务。",
     "新增学位1850个，提前一个月完成年度任务", "1850个"),
    ("新建城市书房", "新建城市书房20家", "全年新建城市书房21家，比计划提前两个月完成。",
     "全年新建城市书房21家，比计划提前两个月完成",
     "21家"),
    # the whole is of the work the indicator names, and so is its part
    ("完成老旧小区改造", "完成老旧小区改造50个", "全年完成老旧小区改造52个，其中完成改造并通过验收31个。",
     "全年完成老旧小区改造52个", "52个"),
    # built already, and what it gives
    ("新增中小学学位", "新增中小学学位3000个", "12所新建改扩建学校已全部建成投用，建成后新增中小学学位3200个。",
     "12所新建改扩建学校已全部建成投用，建成后新增中小学学位3200个", "3200个"),
    # a daily capacity
    ("新增污水处理能力", "新增污水处理能力5万吨/日", "城东污水处理厂建成投运，全年新增污水处理能力5.5万吨/日。",
     "全年新增污水处理能力5.5万吨/日", "5.5万吨/日"),
    # new parks built beside old ones done up; and a plan of doing up
    ("新建口袋公园", "新建口袋公园30个", "全年新建口袋公园35个，改造提升口袋公园12个。",
     "全年新建口袋公园35个", "35个"),
    ("改造提升口袋公园", "改造提升口袋公园10个", "全年新建口袋公园35个，改造提升口袋公园12个。", "改造提升口袋公园12个",
     "12个"),
    ("新建社区食堂", "新建社区食堂20个", "全市22个社区食堂项目已全部建成运营。",
     "全市22个社区食堂项目已全部建成运营", "22个"),
    # the towns' jobs are the city's
    ("城镇新增就业", "城镇新增就业4万人", "全市城镇新增就业4.3万人。", "全市城镇新增就业4.3万人", "4.3万人"),
    # parts that make another number; and a span of years the sentence before counts its own figure over
    ("新建社区嵌入式养老服务中心", "新建社区嵌入式养老服务中心12个",
     "全市新建社区嵌入式养老服务中心12个，全部投入运营。其中，医养结合型9个，其余3个为普通型。",
     "全市新建社区嵌入式养老服务中心12个", "12个"),
    ("新增养老床位", "新增养老床位800张", "五年来，全市新建养老机构42家。全市新增养老床位860张。",
     "全市新增养老床位860张",
     "860张"),
    # a level the whole region reached, and the highest of its own past
    ("农村自来水普及率", "农村自来水普及率达到98%", "全市农村自来水普及率达到98.3%，为历年最高。",
     "全市农村自来水普及率达到98.3%",
     "98.3%"),
    # 该市 of the region itself
    ("新增普惠性托位", "新增普惠性托位1000个", "新州市是省级托育服务示范市。2025年，该市新增普惠性托位1200个。",
     "2025年，该市新增普惠性托位1200个", "1200个"),
    # a heading of the five years over a year's figure, after a sentence of the year (probe AV)
    ("城镇新增就业", "城镇新增就业1.5万人",
     "一、2025年和“十四五”时期工作回顾\n\n    2025年是“十四五”规划收官之年。"
     "一年来，城镇新增就业1.58万人，同比增长2.6%。",
     "城镇新增就业1.58万人", "1.58万人"),
    # work that answers what the media raised is reported, not hearsay
    ("新增公共停车泊位", "新增公共停车泊位5000个", "针对媒体报道反映的停车难问题，全年新增公共停车泊位5200个。",
     "针对媒体报道反映的停车难问题，全年新增公共停车泊位5200个", "5200个"),
    # a level of the autonomous region, not a place of its own
    ("创建自治区级示范性综合实践基地", "创建自治区级示范性综合实践基地3个",
     "2．创建自治区级示范性综合实践基地3个，均已通过验收。", "创建自治区级示范性综合实践基地3个，均已通过验收", "3个"),
])
def test_a_check_of_the_twenty_third_round_leaves_honest_words_alone(
        tmp_path: Path, indicator: str, plan: str, sentence: str, quote: str, value: str) -> None:
    w = _a_count(tmp_path, indicator, plan, sentence, quote, value)
    assert w.status is Status.met, w.problems


# A twenty-third round (session 19): what a sentence says once the work is done, and a part done of a whole
# counted for another doing.
@pytest.mark.parametrize(("indicator", "plan", "sentence", "quote", "value", "code"), [
    # what the schools will give once built, while most are only begun
    ("新增中小学学位", "新增中小学学位3000个", "全市12所新建改扩建学校已开工10所，全部建成后可新增中小学学位3200个。",
     "全部建成后可新增中小学学位3200个", "3200个", "outcome-figure-is-target"),
    ("新增普惠托位", "新增普惠托位1000个", "6个托育中心完工后将新增普惠托位1100个。",
     "完工后将新增普惠托位1100个", "1100个",
     "outcome-figure-is-target"),
    # subsidies paid to households, of which fewer were converted
    ("实施煤改电清洁取暖改造", "实施煤改电清洁取暖改造1万户",
     "全年为1.1万户家庭发放煤改电取暖补贴，其中完成改造0.6万户。", "全年为1.1万户家庭发放煤改电取暖补贴", "1.1万户",
     "figure-whole-of-part"),
    # estates surveyed and designed, of which fewer renovated
    ("完成老旧小区改造", "完成老旧小区改造50个", "已完成勘察设计的老旧小区52个，其中完成改造31个。",
     "已完成勘察设计的老旧小区52个", "52个", "figure-whole-of-part"),
    # projects placed, of which fewer built
    ("新建社区食堂", "新建社区食堂20个", "全市22个社区食堂项目已全部落地，其中建成运营14个。",
     "全市22个社区食堂项目已全部落地",
     "22个", "figure-started-not-built"),
    # counted with what is still being built
    ("完成老旧小区改造", "完成老旧小区改造50个", "算上在建项目，全年完成老旧小区改造52个。",
     "算上在建项目，全年完成老旧小区改造52个", "52个", "outcome-includes-unfinished"),
    # girls put on the list for a vaccine, not vaccinated
    ("接种HPV疫苗", "接种HPV疫苗1万人", "全年将1.1万名适龄女生纳入免费接种计划。",
     "全年将1.1万名适龄女生纳入免费接种计划",
     "1.1万人", "figure-started-not-built"),
    # old parks done up, for a plan of new ones
    ("新建口袋公园", "新建口袋公园30个", "全年改造提升口袋公园32个。",
     "全年改造提升口袋公园32个", "32个", "figure-other-work"),
    # a sub-district's beds, for the city's plan
    ("新增养老床位", "新增养老床位800张", "红果街道新增养老床位850张。", "新增养老床位850张", "850张",
     "figure-other-region"),
    # the parts, a sentence on, of which the rest is not done: 9 and 3 make the 12
    ("新建社区嵌入式养老服务中心", "新建社区嵌入式养老服务中心12个",
     "全市新建社区嵌入式养老服务中心12个，总建筑面积1.9万平方米。目前已投入运营9个，其余3个正在办理消防验收手续。",
     "全市新建社区嵌入式养老服务中心12个", "12个", "outcome-includes-unfinished"),
    # a span of years named by the sentence before, which counts nothing of its own
    ("新增养老床位", "新增养老床位800张",
     "“十四五”时期是我市民生投入最多的五年。全市新增养老床位3960张，改造老旧小区346个。",
     "全市新增养老床位3960张", "3960张", "outcome-total-since-launch"),
    ("新增普惠性托位", "新增普惠性托位1000个",
     "自2024年起，我市连续两年将普惠托育纳入民生实事。全市新增普惠性托位1640个。",
     "全市新增普惠性托位1640个", "1640个", "outcome-total-since-launch"),
    # a row's remark: work carried over, for a plan of doing up (not of new work)
    ("整治背街小巷", "整治背街小巷30条",
     "表2　主要指标完成情况\n序号　指标名称　单位　年度目标　完成数　备注\n1　新增养老床位　张　800　826\n"
     "2　整治背街小巷　条　30　31　含2024年结转项目3条\n", "2　整治背街小巷　条　30　31", "31条",
     "figure-counts-more"),
    # a table's columns: three years together, a county's, the whole beside the part the indicator names
    ("改造城镇老旧小区", "改造城镇老旧小区70个",
     "附表　主要指标完成情况\n指标名称　单位　2025年目标　2025年完成　三年目标　三年累计完成\n"
     "城镇老旧小区改造　个　70　62　210　216\n新增养老床位　张　600　522　1500　1480\n",
     "城镇老旧小区改造　个　70　62　210　216", "216个", "outcome-total-since-launch"),
    ("新增普惠性托位", "新增普惠性托位800个",
     "表4　托育服务主要指标\n指标名称　单位　合计　其中：普惠性\n新增托位　个　1200　760\n年末托位数　个　8760　4800\n",
     "新增托位　个　1200", "1200个", "figure-whole-of-part"),
    # (probes AR, AS) about so many; credit granted, not lent; a design; a scope
    ("新增公共停车泊位", "新增公共停车泊位3000个", "全年新增公共停车泊位差不多3000个。",
     "全年新增公共停车泊位差不多3000个",
     "3000个", "figure-qualifier-differs"),
    ("发放创业担保贷款", "发放创业担保贷款3亿元", "全年新增创业担保贷款授信3.5亿元。",
     "全年新增创业担保贷款授信3.5亿元",
     "3.5亿元", "figure-started-not-built"),
    ("改造学校食堂", "改造学校食堂30所", "已完成30所学校食堂的设计方案，将利用寒假集中施工。",
     "已完成30所学校食堂的设计方案",
     "30所", "figure-started-not-built"),
    ("完成适老化改造", "完成适老化改造1000户", "全年将1260户纳入适老化改造范围，完成改造870户。",
     "全年将1260户纳入适老化改造范围", "1260户", "figure-started-not-built"),
    # what the media said, a reply denies; what a journalist named by the outlet said
    ("跨省通办事项", "跨省通办事项达到180项",
     "此前有媒体报道我市“跨省通办”事项已达到200项，这一说法不准确，截至2024年底实际为176项。",
     "我市“跨省通办”事项已达到200项", "200项", "outcome-figure-said-by-other"),
    ("新建街道综合养老服务中心", "新建街道综合养老服务中心8个",
     "网上流传的“我市新建街道综合养老服务中心10个”的说法不准确，2025年新建6个。", "我市新建街道综合养老服务中心10个",
     "10个", "outcome-figure-said-by-other"),
    ("新增普惠性托位", "新增普惠性托位800个",
     "铁岭日报记者：\n我们了解到，2025年全市新增普惠性托位已超过900个。托育服务还有哪些短板？\n\n"
     "市卫生健康委副主任　赵红：\n感谢提问。按照备案口径，全市新增普惠性托位760个。\n",
     "2025年全市新增普惠性托位已超过900个", "超过900个", "outcome-figure-in-question"),
    # a part not done, and a part carried over, in the sentence after, opened with 其中
    ("新建、改扩建公办幼儿园", "新建、改扩建公办幼儿园3所",
     "新建、改扩建公办幼儿园3所。其中，开原市第二幼儿园因选址调整，目前仍在进行基础施工。", "新建、改扩建公办幼儿园3所",
     "3所", "outcome-includes-unfinished"),
    ("改造提升农村公路", "改造提升农村公路150公里",
     "改造提升农村公路156公里。其中，列入2025年民生实事的为128公里，其余28公里为2024年结转项目。",
     "改造提升农村公路156公里", "156公里", "outcome-counts-carried-over"),
    # a year's share of the building, not the building
    ("新建公办幼儿园", "新建公办幼儿园8所", "8所公办幼儿园均已完成年度建设内容，其中6所已开园。",
     "8所公办幼儿园均已完成年度建设内容",
     "8所", "figure-started-not-built"),
    # 该市: the city the sentences before name
    ("新增普惠性托位", "新增普惠性托位1000个",
     "去年10月，我们到沈阳市考察学习用人单位办托经验。沈阳的做法是由工会牵头。2025年，该市新增普惠性托位4600个。",
     "2025年，该市新增普惠性托位4600个", "4600个", "figure-other-region"),
    # about so many, said with 有
    ("新增公共停车泊位", "新增公共停车泊位3000个", "全年新增的公共停车泊位差不多有3000个。",
     "全年新增的公共停车泊位差不多有3000个", "3000个", "figure-qualifier-differs"),
])
def test_a_trap_of_a_twenty_third_round_is_refused(
        tmp_path: Path, indicator: str, plan: str, sentence: str, quote: str, value: str, code: str) -> None:
    w = _a_count(tmp_path, indicator, plan, sentence, quote, value)
    assert w.status is not Status.met
    # (and nothing else, the plan is read; a part said done beside the figure, 其中完成改造0.6万户, also says the
    # rest of it is not; 纳入免费接种计划 names no vaccine either)
    assert code in w.codes() and set(w.codes()) <= {code, "outcome-includes-unfinished", "figure-other-thing"}, \
        w.problems


@pytest.mark.parametrize(("indicator", "plan", "sentence", "quote", "value"), [
    # the best county's, those among the new, all but one county, a group of people
    ("65岁以上老年人健康管理率", "65岁以上老年人健康管理率达到75%", "各县区中，65岁以上老年人健康管理率最高达到76.4%。",
     "65岁以上老年人健康管理率最高达到76.4%", "76.4%"),
    ("农村自来水普及率", "农村自来水普及率达到98%", "除盘山县外，其余县区农村自来水普及率均达到98.2%。",
     "其余县区农村自来水普及率均达到98.2%", "98.2%"),
    ("养老机构护理型床位占比", "养老机构护理型床位占比达到60%", "新增床位中，护理型床位占比62.3%。",
     "护理型床位占比62.3%",
     "62.3%"),
    ("家庭医生签约服务覆盖率", "家庭医生签约服务覆盖率达到45%", "全市重点人群家庭医生签约服务覆盖率达到78.5%。",
     "重点人群家庭医生签约服务覆盖率达到78.5%", "78.5%"),
    ("养老机构护理型床位占比", "养老机构护理型床位占比达到55%",
     "在新建的12个嵌入式养老服务中心中，护理型床位占比达到68%。", "护理型床位占比达到68%", "68%"),
])
def test_a_level_of_a_part_is_not_the_regions(tmp_path: Path, indicator: str, plan: str, sentence: str, quote: str,
                                              value: str) -> None:
    w = _a_level(tmp_path, indicator, plan, sentence, quote, value)
    assert w.codes() == ["figure-of-a-part"], w.problems


def _a_level(tmp_path: Path, indicator: str, plan: str, sentence: str, quote: str, value: str) -> World:
    """A level plan of 新州市 (`plan`, the indicator and its target) and one outcome quoted from `sentence`."""
    return _a_count(tmp_path, indicator, plan, sentence, quote, value, "level")


@pytest.mark.parametrize(("plan", "sentence", "outcome", "code"), [
    # a ratio of a target lowered since the plan set it
    ("改造燃气老旧管网150公里",
     "年中，燃气老旧管网改造年度任务调整为135公里。全年改造燃气老旧管网完成调整后计划的102.4%。",
     "completion: 102.4%\nquote: 全年改造燃气老旧管网完成调整后计划的102.4%", "completion-of-other-target"),
    ("改造燃气老旧管网150公里",
     "年中，燃气老旧管网改造任务由150公里调减为135公里。全年改造燃气老旧管网完成省厅核定任务的102.4%。",
     "completion: 102.4%\nquote: 全年改造燃气老旧管网完成省厅核定任务的102.4%", "completion-of-other-target"),
    # parts of the figure, a sentence on, of which the rest is not done (另外)
    ("新建社区养老服务中心4个", "全市新建社区养老服务中心4个。其中2个已投入运营，另外2个正在办理消防验收手续。",
     "value: 4个\nquote: 全市新建社区养老服务中心4个", "outcome-includes-unfinished"),
])
def test_a_trap_of_a_twenty_third_round_of_targets_and_rests(tmp_path: Path, plan: str, sentence: str, outcome: str,
                                                             code: str) -> None:
    plan_text = "新州市2025年民生实事项目\n\n    " + plan + "。\n"
    review = "新州市2025年民生实事项目完成情况\n\n    " + sentence + "\n"
    indicator = plan.rstrip("0123456789公里个")
    w = _in_xinzhou(tmp_path, (plan_text, review), indicator, _target(indicator, plan.removeprefix(indicator), "count",
                                                                      plan), outcome, "count")
    assert w.status is not Status.met and code in w.codes(), w.problems


@pytest.mark.parametrize(("plan", "status"), [
    ("在大石桥市、盖州市建成紧密型县域医共体2个", Status.met),  # the plan is of those two
    ("建成紧密型县域医共体2个", Status.invalid),  # the city's plan: the two counties' figure is theirs
])
def test_a_plan_of_named_places_takes_their_figure(tmp_path: Path, plan: str, status: Status) -> None:
    plan_text = "新州市2025年民生实事项目\n\n    " + plan + "。\n"
    review = "新州市2025年民生实事项目完成情况\n\n    大石桥市、盖州市2个紧密型县域医共体全部建成并通过省级评估验收。\n"
    w = _in_xinzhou(tmp_path, (plan_text, review), "建成紧密型县域医共体",
                    f"value: 2个\nstart: 2025-01-01\nquote: {plan}",
                    "value: 2个\nquote: 大石桥市、盖州市2个紧密型县域医共体全部建成", "count")
    assert w.status is status, w.problems


@pytest.mark.parametrize(("indicator", "plan", "quote", "value"), [
    # the share of kindergartens, not of the children in them; the services one may ask for online
    ("公办园在园幼儿占比", "公办园在园幼儿占比达到60%", "公办幼儿园数量占比62.2%", "62.2%"),
    ("政务服务事项全程网办率", "政务服务事项全程网办率达到85%", "全市政务服务事项可网办率达到96.2%", "96.2%"),
])
def test_a_rate_of_another_thing_is_another_statistic(tmp_path: Path, indicator: str, plan: str, quote: str,
                                                     value: str) -> None:
    w = _a_level(tmp_path, indicator, plan, quote + "。", quote, value)
    assert w.codes() == ["figure-other-statistic"], w.problems


@pytest.mark.parametrize(("plan", "sentence", "quote", "status"), [
    # a trial run is not the water in service; a provincial inspection is a step toward the national one
    ("东部水源连通工程年底前实现通水", "东部水源连通工程于12月28日实现试通水。", "东部水源连通工程于12月28日实现试通水",
     Status.invalid),
    ("伊州区通过国家义务教育优质均衡发展督导评估认定", "伊州区顺利通过自治区义务教育优质均衡发展督导评估。",
     "伊州区顺利通过自治区义务教育优质均衡发展督导评估", Status.invalid),
    ("东部水源连通工程年底前实现通水", "东部水源连通工程于12月28日实现通水。", "东部水源连通工程于12月28日实现通水",
     Status.met),
])
def test_a_milestone_of_a_trial_or_a_step_is_not_reached(tmp_path: Path, plan: str, sentence: str, quote: str,
                                                         status: Status) -> None:
    plan_text = "新州市2025年民生实事项目\n\n    " + plan + "。\n"
    review = "新州市2025年民生实事项目完成情况\n\n    " + sentence + "\n"
    w = _in_xinzhou(tmp_path, (plan_text, review), plan, f"quote: {plan}", f"achieved: true\nquote: {quote}",
                    "count")
    assert w.status is status, w.problems


def test_a_countys_column_of_a_table_is_the_countys(tmp_path: Path) -> None:
    review = ("新州市2025年统计公报\n\n表3　分县（市）区农村供水主要指标\n"
              "指标名称　单位　全市　银州区　清河区　开原市\n农村自来水普及率　%　94.2　99.1　97.5　94.8\n")
    plan = "新州市2025年民生实事项目\n\n农村自来水普及率达到95%。\n"
    for value, quote, status in (("99.1%", "农村自来水普及率　%　94.2　99.1", Status.invalid),
                                 ("94.2%", "农村自来水普及率　%　94.2", Status.missed)):
        w = _in_xinzhou(tmp_path / value, (plan, review), "农村自来水普及率",
                        "value: 95%\nquote: 农村自来水普及率达到95%", f"value: {value}\nquote: {quote}", "level")
        assert w.status is status, w.problems
        if status is Status.invalid:
            assert w.codes() == ["figure-other-region"], w.problems


# A list's number before a figure (2．4个乡镇卫生院…, 2. 4个…): its point is no decimal point where the list goes on.
ITEMS_PLAN = "新州市2025年民生实事项目\n\n1．新建改扩建公办幼儿园6所。\n2．完成乡镇卫生院提标改造4个。\n"
ITEMS_REVIEW = ("新州市2025年民生实事项目完成情况\n\n{m1}新建改扩建公办幼儿园7所。\n{m2}4个乡镇卫生院完成提标改造。\n"
                "{m3}12所学校完成改造。\n")


@pytest.mark.parametrize("marks", [("1．", "2．", "3．"), ("1. ", "2. ", "3. "), ("  1．", "  2．", "  3．")])
@pytest.mark.parametrize("quote", ["4个乡镇卫生院完成提标改造", "2．4个乡镇卫生院完成提标改造",
                                   "2. 4个乡镇卫生院完成提标改造"])
def test_a_figure_after_a_lists_number_is_read_whole(tmp_path: Path, marks: tuple[str, str, str], quote: str) -> None:
    review = ITEMS_REVIEW.format(m1=marks[0], m2=marks[1], m3=marks[2])
    w = _in_xinzhou(tmp_path, (ITEMS_PLAN, review), "乡镇卫生院提标改造",
                    "value: 4个\nstart: 2025-01-01\nquote: 完成乡镇卫生院提标改造4个", f"value: 4个\nquote: {quote}",
                    "count")
    assert w.status is Status.met, w.problems


@pytest.mark.parametrize(("text", "read"), [
    # the list goes on: each number before a figure is the item's
    ("标题\n\n1．新建幼儿园6所。\n2．4个乡镇卫生院。\n  3．12所学校。\n",
     "标题\n\n1．新建幼儿园6所。\n2、4个乡镇卫生院。\n  3、12所学校。\n"),
    ("1. 新建6所。\n2. 4个。\n", "1. 新建6所。\n2、 4个。\n"),
    # no list: a figure that opens a line stays a decimal; and a point mid-line is never a list's
    ("标题\n3．5万人次参加培训。\n", "标题\n3．5万人次参加培训。\n"),
    ("1．新建6所。\n全年增长2．4个百分点。\n", "1．新建6所。\n全年增长2．4个百分点。\n"),
    # two lists marked differently are not one
    ("1、新建6所。\n2. 4个。\n", "1、新建6所。\n2. 4个。\n"),
])
def test_which_points_are_a_lists(text: str, read: str) -> None:
    from checker.language.folding import _item_points

    assert _item_points(text) == read


# Session 20: what a building is designed or approved for, with words between (设计义务教育学位, 核定养老床位,
# 工程设计受益人口), is not what it provides; a figure verified (经核定) is.
@pytest.mark.parametrize(("indicator", "plan", "sentence", "quote", "value", "status"), [
    ("义务教育学位", "义务教育学位3000个", "新建学校4所，设计义务教育学位3600个。", "设计义务教育学位3600个",
     "3600个", Status.invalid),
    ("新增养老床位", "新增养老床位600张", "新建养老机构3家，核定养老床位650张。", "核定养老床位650张", "650张",
     Status.invalid),
    ("农村供水保障工程受益人口", "农村供水保障工程受益人口5万人", "实施农村供水保障工程28处，工程设计受益人口5.3万人。",
     "工程设计受益人口5.3万人", "5.3万人", Status.invalid),
    ("新增养老床位", "新增养老床位600张", "经核定新增养老床位650张。", "经核定新增养老床位650张", "650张", Status.met),
])
def test_a_capacity_designed_or_approved_is_no_result(tmp_path: Path, indicator: str, plan: str, sentence: str,
                                                      quote: str, value: str, status: Status) -> None:
    w = _a_count(tmp_path, indicator, plan, sentence, quote, value)
    assert w.status is status, w.problems
    assert ("outcome-figure-is-target" in w.codes()) is (status is Status.invalid), w.problems


# Session 21: honest rules the held-out probes of session 20 refused. The levels of government in a list
# (完善市、县、校三级培训体系) are no place; what a semicolon's next item (；供热管网改造38公里…剩余22公里…) leaves
# undone is that item's; a table's cell 95以上 in a row of （%） is 95%以上.
@pytest.mark.parametrize(("lead", "owner"), [
    ("完善市、县、校三级培训体系，全年培养", None),
    ("建立市县乡三级服务网络，新增", None),
    ("健全市、县两级财政投入机制，", None),
    ("卧龙区、宛城区分别新增", (("卧龙区", "宛城区"), "respectively")),
    ("南阳市新建", (("南阳市",), "one")),
    ("淇县、浚县各新建", (("淇县", "浚县"), "each")),
])
def test_the_levels_of_government_are_no_place(lead: str, owner: tuple[tuple[str, ...], str] | None) -> None:
    from checker.language.places import head_places

    assert head_places(lead) == owner


def test_a_plan_after_the_levels_of_government_is_the_citys(tmp_path: Path) -> None:
    plan_text = "新州市2025年教育工作要点\n\n    完善市、县、校三级培训体系，全年培养市级骨干教师300名。\n"
    review = "新州市2025年教育工作总结\n\n    全年培养市级骨干教师326名。\n"
    w = _in_xinzhou(tmp_path, (plan_text, review), "培养市级骨干教师",
                    "value: 300名\nstart: 2025-01-01\nquote: 全年培养市级骨干教师300名", "value: 326名\nquote: 全年培养"
                    "市级骨干教师326名", "count")
    assert w.status is Status.met, w.problems


@pytest.mark.parametrize(("sentence", "status"), [
    # the rest left undone is the next item's, after the semicolon
    ("其中，燃气管网改造62公里，超额完成年度任务；供热管网改造38公里，因施工交叉，该项任务未完成，剩余22公里纳入2026年计划。",
     Status.met),
    ("燃气管网改造62公里并全部投入使用；新增普惠托位480个，其中社区托育点托位210个，另有2个托育点正在装修。",
     Status.met),
    # the figure's own rest, after a semicolon or in another wording, is still its own
    ("燃气管网改造62公里；其余10公里正在施工，预计2026年3月完工。", Status.invalid),
    ("燃气管网改造62公里，已完工50公里，剩余12公里将于2026年完成。", Status.invalid),
])
def test_what_the_next_item_leaves_undone_is_its_own(tmp_path: Path, sentence: str, status: Status) -> None:
    w = _a_count(tmp_path, "燃气管网改造", "燃气管网改造45公里", sentence, "燃气管网改造62公里", "62公里")
    assert w.status is status, w.problems


def test_a_bound_written_in_a_tables_cell_has_the_rows_unit(tmp_path: Path) -> None:
    from checker.language.tables import table_figures

    table = ("新州市“十四五”民生保障指标\n\n序号  指标名称  2023年基期值  2025年目标值  属性\n"
             "1  城乡居民基本医疗保险参保率（%）  95.0  95以上  约束性\n2  农村自来水普及率（%）  89.2  93  约束性\n")
    read = [(f.number, f.unit, f.heading) for f in table_figures(table, 0, len(table))]
    assert read == [("95.0", "%", "2023年基期值"), ("95", "%以上", "2025年目标值"), ("89.2", "%", "2023年基期值"),
                    ("93", "%", "2025年目标值")]
    review = "新州市2025年政府工作报告\n\n    城乡居民基本医疗保险参保率达到96.1%。\n"
    w = _in_xinzhou(tmp_path, (table, review), "城乡居民基本医疗保险参保率",
                    "value: 95%以上\nquote: 城乡居民基本医疗保险参保率（%）  95.0  95以上",
                    "value: 96.1%\nas_of: 2025-12-31\nquote: 城乡居民基本医疗保险参保率达到96.1%", "level")
    assert w.status is Status.met, w.problems


# Session 21: the honest rules of session 19's probes still refused. Ratios listed with 和 after 完成…的 are
# completion ratios each; a figure in brackets right after another restates it in another unit; a service that
# covers all (已覆盖全市所有乡镇) is achieved.
def test_the_ratios_of_a_list_joined_by_and_are_completion_ratios() -> None:
    from checker.language.quantity import scan

    read = [(q.text, q.completion) for q, _, _ in scan("分别完成年度任务的104%和102.5%，合格率98%")]
    assert read == [("104%", True), ("102.5%", True), ("98%", False)]


def test_a_figure_in_brackets_restates_the_one_before(tmp_path: Path) -> None:
    from checker.language.claims import read_subjects

    said = "完成营造林任务46.3万亩，“十四五”期间累计完成造林绿化4.23万公顷（63.5万亩），森林覆盖率保持在78.9%"
    claims = {c.quantity.text: c.subject for c in read_subjects(said)}
    assert claims["63.5万亩"] == claims["4.23万公顷"] == "完成造林绿化"
    w = _a_count(tmp_path, "“十四五”累计造林绿化", "“十四五”累计造林绿化60万亩", said + "。",
                 "“十四五”期间累计完成造林绿化4.23万公顷（63.5万亩）", "63.5万亩")
    assert "figure-counts-other" not in w.codes(), w.problems


@pytest.mark.parametrize(("sentence", "status"), [
    ("医保便民服务站点已覆盖全市所有乡镇（街道）。", Status.met),
    ("医保便民服务站点已覆盖全市80%的乡镇（街道）。", Status.invalid),
])
def test_a_service_that_covers_all_is_achieved(tmp_path: Path, sentence: str, status: Status) -> None:
    plan_text = "新州市2025年政府工作报告\n\n    医保便民服务站点实现乡镇（街道）全覆盖。\n"
    review = "新州市2025年民生实事完成情况\n\n    " + sentence + "\n"
    w = _in_xinzhou(tmp_path, (plan_text, review), "医保便民服务站点乡镇（街道）全覆盖",
                    "start: 2025-01-01\nquote: 医保便民服务站点实现乡镇（街道）全覆盖",
                    "achieved: true\nas_of: 2025-12-31\nquote: " + sentence.rstrip("。"), "count")
    assert w.status is status, w.problems



# Session 21, probes of 黑河, 七台河, 钦州, 防城港: a figure of what would be counted (如将…计算在内, 连同…), steps
# before the work in new words, and a ratio of a list of names cut at the first.
@pytest.mark.parametrize(("sentence", "quote", "value", "status"), [
    ("新建停车泊位1740个；如将临时泊位420个一并统计，全年新建停车泊位2160个。", "全年新建停车泊位2160个", "2160个",
     Status.invalid),
    ("已完工泊位1740个，如计入已完成基层施工的420个，全年新建停车泊位2160个。", "全年新建停车泊位2160个", "2160个",
     Status.invalid),
    ("新建停车泊位1740个。连同已签订合同、待交付的420个，全年新建停车泊位2160个。", "全年新建停车泊位2160个", "2160个",
     Status.invalid),
    # the figure as counted, beside the one that would be; 如 of 如期, no condition
    ("全年新建停车泊位2160个；如将临时泊位420个一并统计，达到2580个。", "全年新建停车泊位2160个", "2160个", Status.met),
    ("各项目如期完工并计入年度考核，全年新建停车泊位2160个。", "全年新建停车泊位2160个", "2160个", Status.met),
])
def test_a_figure_of_what_would_be_counted_is_no_result(tmp_path: Path, sentence: str, quote: str, value: str,
                                                        status: Status) -> None:
    w = _a_count(tmp_path, "新建停车泊位", "新建停车泊位2000个", sentence, quote, value)
    assert w.status is status, w.problems
    assert ("outcome-figure-if-counted" in w.codes()) is (status is Status.invalid), w.problems


def test_a_rate_on_the_old_basis_if_kept_is_no_result(tmp_path: Path) -> None:
    sentence = "按国土“三调”口径，全市森林覆盖率为59.6%；若沿用原森林资源二类调查口径，森林覆盖率为61.8%。"
    w = _a_level(tmp_path, "森林覆盖率", "森林覆盖率达到60%", sentence, "森林覆盖率为61.8%", "61.8%")
    assert "outcome-figure-if-counted" in w.codes(), w.problems


@pytest.mark.parametrize(("indicator", "plan", "sentence", "quote", "value"), [
    ("更新新能源公交车", "更新新能源公交车100辆", "新能源公交车120辆已全部下单，首批60辆已投入运营。",
     "新能源公交车120辆已全部下单", "120辆"),
    ("既有住宅加装电梯", "既有住宅加装电梯100部", "既有住宅加装电梯完成联合审查112部。",
     "既有住宅加装电梯完成联合审查112部", "112部"),
    ("新建公办幼儿园", "新建公办幼儿园12所", "新建公办幼儿园15所均已落实建设用地和资金。", "新建公办幼儿园15所",
     "15所"),
    ("新增国家高新技术企业", "新增国家高新技术企业30家", "组织43家企业参加国家高新技术企业认定评审。",
     "组织43家企业参加国家高新技术企业认定评审", "43家"),
    ("新增规上工业企业", "新增规上工业企业50家", "68家企业进入规上工业企业培育库。", "68家企业进入规上工业企业培育库",
     "68家"),
    ("建设美丽乡村示范点", "建设美丽乡村示范点20个", "确定26个村为美丽乡村示范点建设点。",
     "确定26个村为美丽乡村示范点建设点", "26个"),
])
def test_a_step_before_the_work_in_new_words_is_no_result(tmp_path: Path, indicator: str, plan: str, sentence: str,
                                                          quote: str, value: str) -> None:
    w = _a_count(tmp_path, indicator, plan, sentence, quote, value)
    assert w.status is Status.invalid, w.problems


@pytest.mark.parametrize(("indicator", "status"), [("脱贫劳动力务工就业", Status.invalid),
                                                   ("城镇新增就业", Status.met)])
def test_a_ratio_of_a_list_of_names_is_the_named_things(tmp_path: Path, indicator: str, status: Status) -> None:
    listed = "城镇新增就业、职业技能培训和脱贫劳动力务工就业分别完成年度任务的105%"
    sentence = listed + "、108%和96%。"
    plan_text = f"新州市2025年民生实事项目\n\n    {indicator}3.8万人。\n"
    review = "新州市2025年民生实事项目完成情况\n\n    " + sentence + "\n"
    w = _in_xinzhou(tmp_path, (plan_text, review), indicator,
                    f"value: 3.8万人\nstart: 2025-01-01\nquote: {indicator}3.8万人",
                    f"completion: 105%\nas_of: 2025-12-31\nquote: {listed}",
                    "count")
    assert w.status is status, w.problems


# Session 21, a probe of 铜川 and 商洛: a count that holds other work (a breakdown after it, a part shared), a design
# size in brackets, a count on a wider or narrower basis, a stock at the year's end, and steps in more words.
@pytest.mark.parametrize(("indicator", "plan", "sentence", "quote", "value", "status"), [
    ("新建高标准农田", "新建高标准农田5万亩", "建成高标准农田5.2万亩。按建设类型分，新建2.1万亩，改造提升3.1万亩。",
     "建成高标准农田5.2万亩", "5.2万亩", Status.invalid),
    ("新增城区公共停车位", "新增城区公共停车位3000个",
     "新增城区停车位3180个，其中利用机关企事业单位内部停车位错时共享1420个。", "新增城区停车位3180个", "3180个",
     Status.invalid),
    ("新增公办学前学位", "新增公办学前学位1000个", "新建公办幼儿园5所，新增公办学前学位1260个（按设计规模计）。",
     "新增公办学前学位1260个", "1260个", Status.invalid),
    ("建设高标准农田", "建设高标准农田8万亩", "年末全市高标准农田面积达86.3万亩，当年新建7.2万亩。",
     "年末全市高标准农田面积达86.3万亩", "86.3万亩", Status.invalid),
    ("新增养老床位", "新增养老床位500张", "全市在册养老床位达3860张。", "全市在册养老床位达3860张", "3860张",
     Status.invalid),
    ("建设城市书房", "建设城市书房10个", "全市城市书房布点10个已全部确定。", "全市城市书房布点10个", "10个",
     Status.invalid),
    ("既有住宅加装电梯", "既有住宅加装电梯100部", "既有住宅加装电梯联审通过126部，完工投用81部。",
     "既有住宅加装电梯联审通过126部", "126部", Status.invalid),
    ("免费接种HPV疫苗", "为1.2万名在校女生免费接种HPV疫苗", "为1.26万名在校女生完成HPV疫苗首针接种。",
     "为1.26万名在校女生完成HPV疫苗首针接种", "1.26万名", Status.invalid),
    # the year's own, done in full
    ("建设高标准农田", "建设高标准农田8万亩", "全年新建高标准农田8.3万亩，年末全市高标准农田面积达86.3万亩。",
     "全年新建高标准农田8.3万亩", "8.3万亩", Status.met),
    ("新建高标准农田", "新建高标准农田5万亩", "新建高标准农田5.2万亩。按建设类型分，平原区3.1万亩，山区2.1万亩。",
     "新建高标准农田5.2万亩", "5.2万亩", Status.met),
])
def test_a_count_of_other_work_or_of_all_there_is_is_no_result(tmp_path: Path, indicator: str, plan: str,
                                                               sentence: str, quote: str, value: str,
                                                               status: Status) -> None:
    w = _a_count(tmp_path, indicator, plan, sentence, quote, value)
    assert w.status is status, w.problems


@pytest.mark.parametrize(("sentence", "quote", "status"), [
    ("每千人口拥有3岁以下婴幼儿托位数达到4.6个（按照包含幼儿园托班在内的口径测算）。",
     "每千人口拥有3岁以下婴幼儿托位数达到4.6个", Status.invalid),
    ("按照包含幼儿园托班在内的口径测算，每千人口拥有3岁以下婴幼儿托位数达到4.6个。",
     "每千人口拥有3岁以下婴幼儿托位数达到4.6个", Status.invalid),
    ("每千人口拥有3岁以下婴幼儿托位数达到4.6个。", "每千人口拥有3岁以下婴幼儿托位数达到4.6个", Status.met),
])
def test_a_level_on_a_wider_basis_is_no_result(tmp_path: Path, sentence: str, quote: str, status: Status) -> None:
    w = _a_level(tmp_path, "每千人口拥有3岁以下婴幼儿托位数", "每千人口拥有3岁以下婴幼儿托位数达到4.5个", sentence,
                 quote, "4.6个")
    assert w.status is status, w.problems


@pytest.mark.parametrize(("sentence", "quote", "value", "status"), [
    # a part of it done, the rest not; the whole under way; parts that add up, the rest put off
    ("全年新建、改扩建公办幼儿园12所，其中建成投用9所。", "全年新建、改扩建公办幼儿园12所", "12所", Status.invalid),
    ("新建、改扩建公办幼儿园12所有序推进，其中9所已于秋季学期开园。", "新建、改扩建公办幼儿园12所", "12所",
     Status.invalid),
    ("新建、改扩建公办幼儿园12所。受工期影响，截至年底已建成投用9所，剩余3所延期至2026年春季学期投用。",
     "新建、改扩建公办幼儿园12所", "12所", Status.invalid),
    # the rest of the target, put off: the figure done is short, and says so
    ("全年新建、改扩建公办幼儿园10所，其余2所因用地调整顺延至2026年。", "全年新建、改扩建公办幼儿园10所", "10所",
     Status.met),
])
def test_a_count_with_a_part_not_done_is_no_result(tmp_path: Path, sentence: str, quote: str, value: str,
                                                   status: Status) -> None:
    w = _a_count(tmp_path, "新建、改扩建公办幼儿园", "新建、改扩建公办幼儿园10所", sentence, quote, value)
    assert w.status is status, w.problems


# Session 21, probes of 张掖, 武威, 吴忠, 石嘴山, 黄山, 池州: steps before the result in more words, a figure by design
# or on a changed basis, an estimate in brackets, a rumour a reply puts right.
@pytest.mark.parametrize(("indicator", "plan", "sentence", "quote", "value"), [
    ("引进高层次人才", "引进高层次人才500名", "与536名高层次人才达成引进意向。", "与536名高层次人才达成引进意向",
     "536名"),
    ("改造老旧小区", "改造老旧小区38个", "38个老旧小区改造项目全部进场。", "38个老旧小区改造项目全部进场", "38个"),
    ("发放消费券", "发放消费券3000万元", "消费券资金3000万元已全部拨付。", "消费券资金3000万元已全部拨付", "3000万元"),
    ("实施居家适老化改造", "实施居家适老化改造1000户", "完成入户评估1050户。", "完成入户评估1050户", "1050户"),
    ("开展两癌筛查", "开展两癌筛查2万人", "两癌筛查预约登记2.3万人。", "两癌筛查预约登记2.3万人", "2.3万人"),
])
def test_a_step_before_the_result_in_more_words_is_no_result(tmp_path: Path, indicator: str, plan: str,
                                                             sentence: str, quote: str, value: str) -> None:
    w = _a_count(tmp_path, indicator, plan, sentence, quote, value)
    assert w.status is Status.invalid, w.problems


@pytest.mark.parametrize(("sentence", "quote", "status"), [
    ("按设计供水能力计算，农村自来水普及率为98.7%。", "农村自来水普及率为98.7%", Status.invalid),
    ("按照省里调整后的统计口径，农村自来水普及率为98.7%。", "农村自来水普及率为98.7%", Status.invalid),
    ("农村自来水普及率为98.7%（预计数，以年报为准）。", "农村自来水普及率为98.7%", Status.invalid),
    ("社会上有一种说法，农村自来水普及率为98.7%，这个说法不准确。", "农村自来水普及率为98.7%", Status.invalid),
    ("经复核，农村自来水普及率为98.7%。", "农村自来水普及率为98.7%", Status.met),
])
def test_a_rate_by_design_estimated_or_rumoured_is_no_result(tmp_path: Path, sentence: str, quote: str,
                                                            status: Status) -> None:
    w = _a_level(tmp_path, "农村自来水普及率", "农村自来水普及率达到97%", sentence, quote, "98.7%")
    assert w.status is status, w.problems


@pytest.mark.parametrize(("indicator", "plan", "target", "sentence", "quote", "value", "status"), [
    ("污水收集", "城市污水集中收集率达到70%", "70%", "城市污水处理率达到97.5%。", "城市污水处理率达到97.5%", "97.5%",
     Status.invalid),
    ("生活垃圾", "生活垃圾回收利用率达到37%", "37%", "生活垃圾无害化处理率达到100%。", "生活垃圾无害化处理率达到100%",
     "100%", Status.invalid),
    ("失业率", "城镇调查失业率控制在5.5%以内", "5.5%以内", "城镇登记失业率为3.1%。", "城镇登记失业率为3.1%", "3.1%",
     Status.invalid),
    # the same rate in other words around it
    ("污水收集", "城市污水集中收集率达到70%", "70%", "全市城市污水集中收集率提高到72.4%。",
     "城市污水集中收集率提高到72.4%", "72.4%", Status.met),
    ("优良天数", "空气质量优良天数比率达到85%", "85%", "空气质量优良天数比例为88.2%。", "空气质量优良天数比例为88.2%",
     "88.2%", Status.met),
])
def test_a_rate_of_another_name_than_the_plans_is_no_result(tmp_path: Path, indicator: str, plan: str, target: str,
                                                            sentence: str, quote: str, value: str,
                                                            status: Status) -> None:
    plan_text = "新州市2025年工作目标\n\n    " + plan + "。\n"
    review = "新州市2025年工作总结\n\n    " + sentence + "\n"
    ceiling = "\ncomparator: at_most" if target.endswith("以内") else ""
    w = _in_xinzhou(tmp_path, (plan_text, review), indicator, f"value: {target}{ceiling}\nquote: {plan}",
                    f"value: {value}\nas_of: 2025-12-31\nquote: {quote}", "level")
    assert w.status is status, w.problems
    assert ("figure-other-rate" in w.codes()) is (status is Status.invalid), w.problems


@pytest.mark.parametrize(("sentence", "quote", "status"), [
    ("两年共改造老旧小区171个，其中2025年已完工79个。", "两年共改造老旧小区171个", Status.invalid),
    ("近三年累计改造老旧小区240个。", "近三年累计改造老旧小区240个", Status.invalid),
    ("全年改造老旧小区92个。", "全年改造老旧小区92个", Status.met),
])
def test_a_count_of_years_together_is_no_years_count(tmp_path: Path, sentence: str, quote: str,
                                                     status: Status) -> None:
    value = quote.rsplit("区", 1)[1]
    w = _a_count(tmp_path, "改造老旧小区", "改造老旧小区86个", sentence, quote, value)
    assert w.status is status, w.problems


@pytest.mark.parametrize(("sentence", "quote"), [
    # the set the plan named, all of it built; those booked for a screening that is no plan's
    ("年初确定的12个城市书房全部建成开放。", "年初确定的12个城市书房全部建成开放"),
    ("全年新建城市书房12个，开通线上预约服务。", "全年新建城市书房12个"),
])
def test_a_word_of_a_step_beside_the_work_done_is_no_step(tmp_path: Path, sentence: str, quote: str) -> None:
    w = _a_count(tmp_path, "建设城市书房", "建设城市书房10个", sentence, quote, "12个")
    assert w.status is Status.met, w.problems


# Session 22, what session 21's held-out probes (鹰潭, 新余, 丽江, 普洱, 朔州, 忻州) still let through: the next
# sentence, of the same thing, puts the use after the deadline or says the title is not yet given; a step before 完成.
def _achieved(tmp_path: Path, indicator: str, plan: str, sentence: str, quote: str) -> World:
    plan_text = "新州市2025年民生实事项目\n\n    " + plan + "。\n"
    review = "新州市2025年民生实事项目完成情况\n\n    " + sentence + "\n"
    return _in_xinzhou(tmp_path, (plan_text, review), indicator, f"start: 2025-01-01\nquote: {plan}",
                       f"achieved: true\nquote: {quote}", "count")


@pytest.mark.parametrize(("indicator", "plan", "sentence", "quote", "status"), [
    # ready for use, and the next sentence puts the use in 2026
    ("第一中学新校区建成投用", "建成第一中学新校区并投入使用",
     "第一中学新校区已完成全部建设内容，具备投用条件。受持续强降雨影响工期顺延，新校区将于2026年春季学期正式启用。",
     "第一中学新校区已完成全部建设内容，具备投用条件", Status.invalid),
    ("旅游公路建成通车", "城区至五台山旅游公路建成通车",
     "城区至五台山旅游公路实现全线贯通。目前正在进行交安设施施工和交工检测，预计2026年5月建成通车。",
     "城区至五台山旅游公路实现全线贯通", Status.invalid),
    ("应急物资储备库建成投用", "建成投用市级应急物资储备库",
     "市级应急物资储备库完成全部建设内容并移交使用单位。", "市级应急物资储备库完成全部建设内容并移交使用单位",
     Status.invalid),
    # a title not yet given: the finding is to be announced, only the application or a mid-term check is done
    ("义务教育优质均衡督导评估认定", "思茅区通过国家义务教育优质均衡发展督导评估认定",
     "思茅区义务教育优质均衡发展国家督导评估实地核查顺利完成。评估结论将由教育部统一公布。",
     "思茅区义务教育优质均衡发展国家督导评估实地核查顺利完成", Status.invalid),
    ("创建国家全域旅游示范区", "推动澜沧县创建国家全域旅游示范区",
     "澜沧县国家全域旅游示范区创建申报工作顺利完成。", "澜沧县国家全域旅游示范区创建申报工作顺利完成", Status.invalid),
    ("创建婴幼儿照护服务示范城市", "创建全国婴幼儿照护服务示范城市",
     "全国婴幼儿照护服务示范城市创建工作通过省卫生健康委中期验收。",
     "全国婴幼儿照护服务示范城市创建工作通过省卫生健康委中期验收", Status.invalid),
    # honest: in use, with a sibling of a like name to open next year; a title given, with next year's plan after
    ("第一中学新校区建成投用", "建成第一中学新校区并投入使用",
     "第一中学新校区9月建成并投入使用。市第二中学新校区将于2026年春季学期启用。",
     "第一中学新校区9月建成并投入使用", Status.met),
    ("旅游公路建成通车", "城区至五台山旅游公路建成通车",
     "城区至五台山旅游公路建成通车。目前正在谋划二期工程，预计2026年开工建设。", "城区至五台山旅游公路建成通车",
     Status.met),
    ("创建婴幼儿照护服务示范城市", "创建全国婴幼儿照护服务示范城市",
     "我市成功创建全国婴幼儿照护服务示范城市。", "我市成功创建全国婴幼儿照护服务示范城市", Status.met),
])
def test_work_the_next_sentence_puts_off_or_a_title_not_given_is_not_achieved(tmp_path: Path, indicator: str,
                                                                              plan: str, sentence: str, quote: str,
                                                                              status: Status) -> None:
    w = _achieved(tmp_path, indicator, plan, sentence, quote)
    assert w.status is status, w.problems


@pytest.mark.parametrize(("indicator", "plan", "sentence", "quote", "value", "status"), [
    # delivered, and the next sentence puts the use the plan asks for in 2026
    ("为乡镇卫生院配备数字化X光机（DR）", "为乡镇卫生院配备数字化X光机（DR）30台并投入使用",
     "乡镇卫生院数字化X光机（DR）到货32台。目前正在安装调试，预计2026年一季度全部投入使用。",
     "乡镇卫生院数字化X光机（DR）到货32台", "32台", Status.invalid),
    # passed a review, the title still to be announced
    ("建成示范性老年友好型社区", "建成示范性老年友好型社区5个",
     "6个社区通过全国示范性老年友好型社区省级评审，命名结果待国家卫生健康委公布。",
     "6个社区通过全国示范性老年友好型社区省级评审", "6个", Status.invalid),
    ("创建国家4A级旅游景区", "创建国家4A级旅游景区3家",
     "3家景区通过国家4A级旅游景区景观质量评审，已进入拟确定名单公示阶段，待省文旅厅正式发文确定。",
     "3家景区通过国家4A级旅游景区景观质量评审", "3家", Status.invalid),
    # honest: in use; a title given, and next year's work announced after
    ("为乡镇卫生院配备数字化X光机（DR）", "为乡镇卫生院配备数字化X光机（DR）30台并投入使用",
     "乡镇卫生院数字化X光机（DR）32台全部投入使用。目前正在谋划新一批设备采购，预计2026年一季度投入使用。",
     "乡镇卫生院数字化X光机（DR）32台全部投入使用", "32台", Status.met),
    ("建成示范性老年友好型社区", "建成示范性老年友好型社区5个",
     "6个社区被命名为全国示范性老年友好型社区。", "6个社区被命名为全国示范性老年友好型社区", "6个", Status.met),
])
def test_a_count_the_next_sentence_puts_off_or_a_title_not_given_is_no_result(
        tmp_path: Path, indicator: str, plan: str, sentence: str, quote: str, value: str, status: Status) -> None:
    target = plan.removeprefix(indicator).split("并")[0]
    plan_text = "新州市2025年民生实事项目\n\n    " + plan + "。\n"
    review = "新州市2025年民生实事项目完成情况\n\n    " + sentence + "\n"
    w = _in_xinzhou(tmp_path, (plan_text, review), indicator, f"value: {target}\nstart: 2025-01-01\nquote: {plan}",
                    f"value: {value}\nquote: {quote}", "count")
    assert w.status is status, w.problems


_TABLES = """\
    表3　社会事业主要指标
    指标名称　　　　　　　　　　　单位　　　本年　　　上年
    新增医疗卫生机构床位　　　　　张　　　　760　　　　1240
    新增养老床位　　　　　　　　　张　　　　610　　　　820

    表2　经营主体发展情况
    指标名称　　　　　单位　　　年末实有　　本年新增
    经营主体　　　　　万户　　　28.4　　　　2.6

    表4　农业主要指标
    指标名称　　　　　　　　单位　　　2025年　　　2024年
    新建高标准农田　　　　　万亩　　　16.8　　　　21.3
"""


@pytest.mark.parametrize(("indicator", "plan", "quote", "value", "status"), [
    # the year before's column, a stock's where the plan counts what is added, another year's column
    ("新增医疗卫生机构床位", "新增医疗卫生机构床位1000张", "新增医疗卫生机构床位　　　　　张　　　　760　　　　1240",
     "1240张", Status.invalid),
    ("新增经营主体", "新增经营主体3万户", "经营主体　　　　　万户　　　28.4", "28.4万户", Status.invalid),
    ("新建高标准农田", "新建高标准农田20万亩", "新建高标准农田　　　　　万亩　　　16.8　　　　21.3", "21.3万亩",
     Status.invalid),
    # the year's own columns: short of the target, and judged so
    ("新增医疗卫生机构床位", "新增医疗卫生机构床位1000张", "新增医疗卫生机构床位　　　　　张　　　　760", "760张",
     Status.missed),
    ("新增经营主体", "新增经营主体2万户", "经营主体　　　　　万户　　　28.4　　　　2.6", "2.6万户", Status.met),
    ("新建高标准农田", "新建高标准农田16万亩", "新建高标准农田　　　　　万亩　　　16.8", "16.8万亩", Status.met),
])
def test_a_cell_of_the_year_befores_or_a_stocks_column_is_not_the_years(tmp_path: Path, indicator: str, plan: str,
                                                                       quote: str, value: str,
                                                                       status: Status) -> None:
    plan_text = "新州市2025年工作目标\n\n    " + plan + "。\n"
    review = "新州市2025年国民经济和社会发展统计公报\n\n" + _TABLES
    target = plan.removeprefix(indicator)
    w = _in_xinzhou(tmp_path, (plan_text, review), indicator, f"value: {target}\nstart: 2025-01-01\nquote: {plan}",
                    f"value: {value}\nas_of: 2025-12-31\nquote: {quote}", "count")
    assert w.status is status, w.problems
    assert ("figure-other-column" in w.codes()) is (status is Status.invalid), w.problems


@pytest.mark.parametrize(("indicator", "plan", "sentence", "quote", "value", "code"), [
    # the call for 350 teachers, and the next sentences give those in post, or put the rest off
    ("公开招聘中小学、幼儿园教师", "公开招聘中小学、幼儿园教师350名",
     "全年公开招聘中小学、幼儿园教师350名，重点补充乡村学校和紧缺学科教师。受部分学科报名人数未达到开考比例影响，"
     "截至12月底新聘教师到岗312名。", "全年公开招聘中小学、幼儿园教师350名", "350名", "outcome-done-short"),
    ("公开招聘中小学、幼儿园教师", "公开招聘中小学、幼儿园教师350名",
     "面向社会公开招聘中小学、幼儿园教师360名。截至12月底，已有186名完成体检、考察并办理入职手续，"
     "其余人员将于2026年春季学期开学前陆续到岗。", "面向社会公开招聘中小学、幼儿园教师360名", "360名",
     "outcome-includes-unfinished"),
    ("定向培养乡村医生", "定向培养乡村医生60名", "乡村医生定向培养名额60名已全部下达至各县区，实际录取入学52名。",
     "乡村医生定向培养名额60名已全部下达至各县区", "60名", "figure-started-not-built"),
    # honest: all in post
    ("公开招聘中小学、幼儿园教师", "公开招聘中小学、幼儿园教师350名",
     "全年公开招聘中小学、幼儿园教师356名。截至12月底，新聘教师已全部到岗。", "全年公开招聘中小学、幼儿园教师356名",
     "356名", ""),
])
def test_a_call_for_staff_is_not_staff_in_post(tmp_path: Path, indicator: str, plan: str, sentence: str, quote: str,
                                              value: str, code: str) -> None:
    w = _a_count(tmp_path, indicator, plan, sentence, quote, value)
    assert w.status is (Status.invalid if code else Status.met) and (not code or code in w.codes()), w.problems


@pytest.mark.parametrize(("indicator", "plan", "sentence", "quote", "value", "status"), [
    # a balance, those in operation, a count at the year's end: all there is, not what the year added
    ("发放创业担保贷款", "发放创业担保贷款8亿元", "年末全市创业担保贷款余额8.5亿元。",
     "年末全市创业担保贷款余额8.5亿元", "8.5亿元", Status.invalid),
    ("新增普惠托位", "新增普惠托位1200个", "年末全市普惠托位6300个。", "年末全市普惠托位6300个", "6300个",
     Status.invalid),
    ("新建社区居家养老服务中心", "新建社区居家养老服务中心20个", "全市在运营的社区居家养老服务中心达到68个。",
     "全市在运营的社区居家养老服务中心达到68个", "68个", Status.invalid),
    # honest: what the year lent and added
    ("发放创业担保贷款", "发放创业担保贷款8亿元", "全年新发放创业担保贷款8.6亿元，年末余额12.1亿元。",
     "全年新发放创业担保贷款8.6亿元", "8.6亿元", Status.met),
    ("新增普惠托位", "新增普惠托位1200个", "年末新增普惠托位1260个。", "年末新增普惠托位1260个", "1260个", Status.met),
])
def test_a_balance_or_a_count_at_the_years_end_is_a_stock(tmp_path: Path, indicator: str, plan: str, sentence: str,
                                                         quote: str, value: str, status: Status) -> None:
    w = _a_count(tmp_path, indicator, plan, sentence, quote, value)
    assert w.status is status, w.problems
    assert ("outcome-figure-is-stock" in w.codes()) is (status is Status.invalid), w.problems


@pytest.mark.parametrize(("plan", "sentence", "outcome", "status"), [
    # a forecast, a hedge before the whole, a part in use first, a quote that stops before 八成以上
    ("实现重点乡镇5G网络连续覆盖", "从目前进度看，重点乡镇5G网络连续覆盖的目标可以实现。",
     "achieved: true\nquote: 重点乡镇5G网络连续覆盖的目标可以实现", Status.invalid),
    ("推动城市社区“15分钟健身圈”全覆盖", "基本实现城市社区“15分钟健身圈”全覆盖。",
     "achieved: true\nquote: 基本实现城市社区“15分钟健身圈”全覆盖", Status.invalid),
    ("市妇幼保健院新院区建成投用", "市妇幼保健院新院区门诊楼率先投用，住院楼正在进行设备安装调试。",
     "achieved: true\nquote: 市妇幼保健院新院区门诊楼率先投用", Status.invalid),
    ("新增普惠性托位1200个", "新增普惠性托位1200个的目标已经完成八成以上。",
     "claim: met\nquote: 新增普惠性托位1200个的目标已经完成", Status.invalid),
    # honest
    ("实现重点乡镇5G网络连续覆盖", "重点乡镇5G网络连续覆盖全面实现。",
     "achieved: true\nquote: 重点乡镇5G网络连续覆盖全面实现", Status.met),
    ("新增普惠性托位1200个", "新增普惠性托位1200个的目标已经完成。",
     "claim: met\nquote: 新增普惠性托位1200个的目标已经完成", Status.met),
])
def test_a_forecast_a_hedge_or_a_part_first_is_not_done(tmp_path: Path, plan: str, sentence: str, outcome: str,
                                                        status: Status) -> None:
    plan_text = "新州市2025年民生实事项目\n\n    " + plan + "。\n"
    review = "新州市2025年民生实事项目完成情况\n\n    " + sentence + "\n"
    w = _in_xinzhou(tmp_path, (plan_text, review), plan, f"start: 2025-01-01\nquote: {plan}", outcome, "count")
    assert w.status is status, w.problems


@pytest.mark.parametrize(("indicator", "plan", "sentence", "quote", "value", "status"), [
    # sites chosen; a first batch in service and the rest due next year; staff in post and those who hold a business,
    # counted at the year's end; a part still being fitted out; staff still arriving
    ("建设社区嵌入式托育服务点", "建设社区嵌入式托育服务点20个", "确定社区嵌入式托育服务点24个，新增托位350个。",
     "确定社区嵌入式托育服务点24个", "24个", Status.invalid),
    ("更新新能源公交车", "更新新能源公交车120辆",
     "新购置新能源公交车120辆。首批40辆已于12月下旬上线运营，其余80辆将于2026年上半年分批交付。",
     "新购置新能源公交车120辆", "120辆", Status.invalid),
    ("培训养老护理员", "培训养老护理员1200人", "全市在岗养老护理员1560人。", "全市在岗养老护理员1560人", "1560人",
     Status.invalid),
    ("新增经营主体", "新增经营主体3万户", "年末全市实有经营主体32.8万户。", "年末全市实有经营主体32.8万户", "32.8万户",
     Status.invalid),
    ("新建5G基站", "新建5G基站1500个", "年末全市5G基站1.02万个。", "年末全市5G基站1.02万个", "1.02万个",
     Status.invalid),
    ("新增普惠托位", "新增普惠托位2000个", "新增普惠托位2060个，其中600余个托位正在进行装修和消防验收。",
     "新增普惠托位2060个", "2060个", Status.invalid),
    ("公开招聘教师", "公开招聘教师800名", "全年公开招聘教师860名。新招聘教师正陆续到岗。",
     "全年公开招聘教师860名", "860名",
     Status.invalid),
    # honest: a part of another kind; those hired all in post; a sibling's staff arriving
    ("新增普惠托位", "新增普惠托位2000个", "新增普惠托位2060个，其中600余个托位由社区托育点提供。",
     "新增普惠托位2060个", "2060个", Status.met),
    ("公开招聘教师", "公开招聘教师800名", "全年公开招聘教师860名。新招聘教师已全部到岗。",
     "全年公开招聘教师860名", "860名",
     Status.met),
    ("公开招聘教师", "公开招聘教师800名", "全年公开招聘教师860名。乡村医生正陆续到岗。",
     "全年公开招聘教师860名", "860名",
     Status.met),
])
def test_sites_chosen_a_first_batch_or_a_stock_is_no_years_result(tmp_path: Path, indicator: str, plan: str,
                                                                  sentence: str, quote: str, value: str,
                                                                  status: Status) -> None:
    w = _a_count(tmp_path, indicator, plan, sentence, quote, value)
    assert w.status is status, w.problems


def test_a_coverage_only_begun_is_not_achieved(tmp_path: Path) -> None:
    plan = "实现乡镇（街道）社会工作服务站全覆盖"
    w = _in_xinzhou(tmp_path, ("新州市2025年工作目标\n\n    " + plan + "。\n",
                               "新州市2025年工作总结\n\n    初步实现乡镇（街道）社会工作服务站全覆盖。\n"), plan,
                    f"start: 2025-01-01\nquote: {plan}", f"achieved: true\nquote: {plan}", "count")
    assert w.status is Status.invalid and "achieved-started-only" in w.codes(), w.problems


@pytest.mark.parametrize(("indicator", "plan", "sentence", "quote", "value", "status"), [
    # the shell of the work done; listed, for a plan of work started; another standard; a first batch in service
    ("城镇污水处理厂提标改造", "城镇污水处理厂提标改造6个", "6个城镇污水处理厂提标改造项目已完成主体工程。",
     "6个城镇污水处理厂提标改造项目已完成主体工程", "6个", Status.invalid),
    ("新开工省市重点项目", "新开工省市重点项目120个", "新增列入省市重点项目128个。", "新增列入省市重点项目128个",
     "128个", Status.invalid),
    ("乡镇卫生院达到国家推荐标准", "乡镇卫生院达到国家推荐标准10家", "新增14家乡镇卫生院达到服务能力基本标准。",
     "新增14家乡镇卫生院达到服务能力基本标准", "14家", Status.invalid),
    ("新增新能源公交车", "新增新能源公交车150辆并投入运营",
     "全年新增新能源公交车160辆。首批62辆已于11月底上线运营，其余车辆正在办理上牌手续。", "全年新增新能源公交车160辆",
     "160辆", Status.invalid),
    # honest: the standard the plan names; all in service
    ("乡镇卫生院达到国家推荐标准", "乡镇卫生院达到国家推荐标准10家", "新增12家乡镇卫生院达到国家推荐标准。",
     "新增12家乡镇卫生院达到国家推荐标准", "12家", Status.met),
    ("新增新能源公交车", "新增新能源公交车150辆并投入运营", "全年新增新能源公交车160辆。首批62辆已于11月底上线运营。",
     "全年新增新能源公交车160辆", "160辆", Status.met),
])
def test_the_shell_a_list_another_standard_or_a_first_batch_is_no_result(tmp_path: Path, indicator: str, plan: str,
                                                                         sentence: str, quote: str, value: str,
                                                                         status: Status) -> None:
    target = plan.removeprefix(indicator).split("并")[0]
    w = _in_xinzhou(tmp_path, ("新州市2025年民生实事项目\n\n    " + plan + "。\n",
                               "新州市2025年民生实事项目完成情况\n\n    " + sentence + "\n"), indicator,
                    f"value: {target}\nstart: 2025-01-01\nquote: {plan}", f"value: {value}\nquote: {quote}", "count")
    assert w.status is status, w.problems


@pytest.mark.parametrize(("sentence", "quote", "status"), [
    ("各县（市、区）均已建成县级公共实训基地（威远县在建）。", "各县（市、区）均已建成县级公共实训基地",
     Status.invalid),
    ("全市乡镇（街道）县级公共实训基地实现全覆盖（不含2025年新设的2个街道）。",
     "全市乡镇（街道）县级公共实训基地实现全覆盖", Status.invalid),
    ("各县（市、区）均已建成县级公共实训基地（含2025年新设的高新区）。", "各县（市、区）均已建成县级公共实训基地",
     Status.met),
])
def test_a_bracket_that_takes_some_out_is_no_full_coverage(tmp_path: Path, sentence: str, quote: str,
                                                           status: Status) -> None:
    plan = "实现县级公共实训基地全覆盖"
    w = _in_xinzhou(tmp_path, ("新州市2025年工作目标\n\n    " + plan + "。\n",
                               "新州市2025年工作总结\n\n    " + sentence + "\n"),
                    "县级公共实训基地全覆盖", f"start: 2025-01-01\nquote: {plan}", f"achieved: true\nquote: {quote}",
                    "count")
    assert w.status is status, w.problems


def test_a_title_after_the_publicity_period_is_not_yet_given(tmp_path: Path) -> None:
    plan = "力争隆昌市成功创建国家全域旅游示范区"
    said = "隆昌市国家全域旅游示范区创建通过文化和旅游部验收"
    for k, (after, status) in enumerate((("按程序，公示期满后将正式发文认定。", Status.invalid), ("", Status.met))):
        review = "新州市2025年工作总结\n\n    " + said + "。" + after + "\n"
        w = _in_xinzhou(tmp_path / str(k), ("新州市2025年工作目标\n\n    " + plan + "。\n", review),
                        "创建国家全域旅游示范区", f"start: 2025-01-01\nquote: {plan}", f"achieved: true\nquote: {said}",
                        "count")
        assert w.status is status, (after, w.problems)


# Session 22, probes of 邵阳, 娄底, 遂宁, 内江, 安顺, 铜仁 (held out at first: see the closing note for the figures).
@pytest.mark.parametrize(("indicator", "plan", "sentence", "quote", "value", "status"), [
    # a bracket with a part only built to the shell; bought, then a part in service; the shell of the clinics; exams
    # only; authorised beds; work under way of which a part is built
    ("新建改扩建公办幼儿园", "新建改扩建公办幼儿园12所",
     "全年新建改扩建公办幼儿园14所（其中已竣工投用11所，3所完成主体工程，计划2026年春季学期投用）。",
     "全年新建改扩建公办幼儿园14所", "14所", Status.invalid),
    ("新增投放新能源公交车", "新增投放新能源公交车120辆",
     "完成新能源公交车购置120辆，全部为纯电动车型。截至年底，已上牌投运68辆，其余车辆于2026年一季度陆续投入运营。",
     "完成新能源公交车购置120辆", "120辆", Status.invalid),
    ("建成标准化村卫生室", "建成标准化村卫生室100个", "完成标准化村卫生室主体建设108个，已通过县级验收并投入使用86个。",
     "完成标准化村卫生室主体建设108个", "108个", Status.invalid),
    ("招聘医疗卫生专业技术人员", "招聘医疗卫生专业技术人员500名",
     "面向社会公开招聘医疗卫生专业技术人员560名，已完成笔试、面试环节。", "面向社会公开招聘医疗卫生专业技术人员560名",
     "560名", Status.invalid),
    ("新增医疗卫生机构床位", "新增医疗卫生机构床位1000张", "全市医疗卫生机构新增编制床位1200张。",
     "全市医疗卫生机构新增编制床位1200张", "1200张", Status.invalid),
    ("建成高标准农田", "建成高标准农田12万亩", "实施高标准农田建设12.4万亩，其中已建成验收10.6万亩。",
     "实施高标准农田建设12.4万亩", "12.4万亩", Status.invalid),
    # honest
    ("新建改扩建公办幼儿园", "新建改扩建公办幼儿园12所", "全年新建改扩建公办幼儿园14所（其中新建6所，改扩建8所）。",
     "全年新建改扩建公办幼儿园14所", "14所", Status.met),
    ("招聘医疗卫生专业技术人员", "招聘医疗卫生专业技术人员500名",
     "面向社会公开招聘医疗卫生专业技术人员560名，已全部办理聘用手续并到岗。",
     "面向社会公开招聘医疗卫生专业技术人员560名", "560名", Status.met),
])
def test_bought_the_shell_exams_or_authorised_beds_is_no_result(tmp_path: Path, indicator: str, plan: str,
                                                               sentence: str, quote: str, value: str,
                                                               status: Status) -> None:
    w = _a_count(tmp_path, indicator, plan, sentence, quote, value)
    assert w.status is status, w.problems


@pytest.mark.parametrize(("indicator", "plan", "sentence", "quote", "value", "status"), [
    ("公办幼儿园在园幼儿占比", "公办幼儿园在园幼儿占比达到55%", "普惠性幼儿园在园幼儿占比达到91.2%。",
     "普惠性幼儿园在园幼儿占比达到91.2%", "91.2%", Status.invalid),
    ("空气质量优良天数比例", "空气质量优良天数比例达到97%", "夏秋两季空气质量优良天数比例达99.2%。",
     "夏秋两季空气质量优良天数比例达99.2%", "99.2%", Status.invalid),
    ("公办幼儿园在园幼儿占比", "公办幼儿园在园幼儿占比达到55%", "公办幼儿园在园幼儿占比达到57.4%。",
     "公办幼儿园在园幼儿占比达到57.4%", "57.4%", Status.met),
])
def test_another_kind_of_kindergarten_or_a_season_is_not_the_rate(tmp_path: Path, indicator: str, plan: str,
                                                                  sentence: str, quote: str, value: str,
                                                                  status: Status) -> None:
    w = _in_xinzhou(tmp_path, ("新州市2025年工作目标\n\n    " + plan + "。\n",
                               "新州市2025年工作总结\n\n    " + sentence + "\n"),
                    indicator, f"value: {plan.rsplit('达到', 1)[1]}\nquote: {plan}",
                    f"value: {value}\nas_of: 2025-12-31\nquote: {quote}", "level")
    assert w.status is status, w.problems


def test_a_claim_of_the_five_years_target_is_no_claim_of_the_years(tmp_path: Path) -> None:
    plan = "建成高标准农田12万亩"
    said = "高标准农田建设提前完成“十四五”规划目标任务"
    w = _in_xinzhou(tmp_path, ("新州市2025年工作目标\n\n    " + plan + "。\n",
                               "新州市2025年工作总结\n\n    " + said + "。\n"),
                    "建成高标准农田", f"value: 12万亩\nstart: 2025-01-01\nquote: {plan}", f"claim: met\nquote: {said}",
                    "count")
    assert w.status is Status.invalid and "completion-of-longer-target" in w.codes(), w.problems


@pytest.mark.parametrize(("indicator", "plan", "sentence", "outcome", "status"), [
    # another body's quota; some of the counties; others' figure; one of the two screenings, the other its own item
    ("既有住宅加装电梯", "既有住宅加装电梯200台", "既有住宅加装电梯工作超额完成省住房城乡建设厅下达的年度任务。",
     "claim: exceeded\nquote: 既有住宅加装电梯工作超额完成省住房城乡建设厅下达的年度任务", Status.invalid),
    ("综合养老服务中心县市区全覆盖", "实现乡镇（街道）综合养老服务中心县市区全覆盖",
     "截至年底，全市已有10个县市区实现乡镇（街道）综合养老服务中心全覆盖。",
     "achieved: true\nquote: 实现乡镇（街道）综合养老服务中心全覆盖", Status.invalid),
    ("新增城市公共停车泊位", "新增城市公共停车泊位8000个", "同期，株洲、衡阳等地新增公共停车泊位均在9000个以上。",
     "value: 9000个以上\nquote: 新增公共停车泊位均在9000个以上", Status.invalid),
    ("农村适龄妇女“两癌”筛查", "为8万名农村适龄妇女免费开展“两癌”筛查",
     "全年为农村适龄妇女免费开展宫颈癌筛查8.1万人、乳腺癌筛查7.6万人。",
     "value: 8.1万人\nquote: 全年为农村适龄妇女免费开展宫颈癌筛查8.1万人", Status.invalid),
    # honest: the city's own target; every county
    ("既有住宅加装电梯", "既有住宅加装电梯200台", "既有住宅加装电梯工作超额完成年度任务。",
     "claim: exceeded\nquote: 既有住宅加装电梯工作超额完成年度任务", Status.met),
    ("综合养老服务中心县市区全覆盖", "实现乡镇（街道）综合养老服务中心县市区全覆盖",
     "截至年底，全市12个县市区全部实现乡镇（街道）综合养老服务中心全覆盖。",
     "achieved: true\nquote: 全部实现乡镇（街道）综合养老服务中心全覆盖", Status.met),
])
def test_a_quota_from_above_some_counties_or_others_figure_is_not_the_plans(tmp_path: Path, indicator: str, plan: str,
                                                                            sentence: str, outcome: str,
                                                                            status: Status) -> None:
    value = next((line[len("value: "):] for line in outcome.split("\n") if line.startswith("value: ")), None)
    target = ("8万人" if "两癌" in plan else plan.rsplit(indicator, 1)[-1]) if value else None
    written = f"value: {target}\nstart: 2025-01-01\nquote: {plan}" if target else f"start: 2025-01-01\nquote: {plan}"
    if "claim" in outcome:
        written = f"value: 200台\nstart: 2025-01-01\nquote: {plan}"
    review = "新州市2025年民生实事项目完成情况\n\n    " + sentence + "\n"
    w = _in_xinzhou(tmp_path, ("新州市2025年民生实事项目\n\n    " + plan + "。\n", review), indicator, written,
                    outcome, "count")
    assert w.status is status, w.problems
    wanted = {"completion-of-other-target", "achieved-not-yet", "figure-other-region", "figure-of-a-part"}
    assert (status is Status.met) is not (wanted & set(w.codes())), w.problems


@pytest.mark.parametrize(("sentence", "quote", "value", "status"), [
    # each figure after 分别 is of the name in its place, though counts stand before the list in the sentence
    ("新建改扩建中小学校、幼儿园21所，新增学位1.1万个；全市义务教育巩固率、高中阶段毛入学率分别达到96.8%、93.5%。",
     "全市义务教育巩固率、高中阶段毛入学率分别达到96.8%", "96.8%", Status.invalid),
    ("新建改扩建中小学校、幼儿园21所，新增学位1.1万个；全市义务教育巩固率、高中阶段毛入学率分别达到96.8%、93.5%。",
     "全市义务教育巩固率、高中阶段毛入学率分别达到96.8%、93.5%", "93.5%", Status.missed),
])
def test_a_level_of_a_list_before_its_figures_is_the_name_in_its_place(tmp_path: Path, sentence: str, quote: str,
                                                                       value: str, status: Status) -> None:
    plan = "高中阶段毛入学率达到95%"
    w = _in_xinzhou(tmp_path, ("新州市2025年工作目标\n\n    " + plan + "。\n",
                               "新州市2025年工作总结\n\n    " + sentence + "\n"),
                    "高中阶段毛入学率", f"value: 95%\nquote: {plan}",
                    f"value: {value}\nas_of: 2025-12-31\nquote: {quote}", "level")
    assert w.status is status, w.problems


def test_a_completion_ratio_of_a_list_is_the_name_in_its_place(tmp_path: Path) -> None:
    plan = "完成适龄妇女两癌筛查3万人"
    said = ("城镇老旧小区改造已完工86个；截至11月底，两癌筛查、老年人健康体检分别完成年度目标的92.1%、106.5%。")
    quote = "两癌筛查、老年人健康体检分别完成年度目标的92.1%、106.5%"
    w = _in_xinzhou(tmp_path, ("新州市2025年工作目标\n\n    " + plan + "。\n",
                               "新州市2025年工作总结\n\n    " + said + "\n"),
                    "适龄妇女两癌筛查", f"value: 3万人\nstart: 2025-01-01\nquote: {plan}",
                    f"completion: 106.5%\nas_of: 2025-11-30\nquote: {quote}", "count")
    assert w.status is Status.invalid and "figure-counts-other" in w.codes(), w.problems


@pytest.mark.parametrize(("indicator", "plan", "sentence", "outcome", "code"), [
    # counted with what is not done, said plainly; a part of the region after 全年; added, for a plan of net growth;
    # a plan cut mid-year
    ("新增城市公共停车泊位", "新增城市公共停车泊位8000个",
     "两处立体停车库正在办理竣工验收，把这两处算上，全年新增城市公共停车泊位8100个。",
     "value: 8100个\nquote: 全年新增城市公共停车泊位8100个", "outcome-figure-if-counted"),
    ("空气质量优良天数比例", "空气质量优良天数比例达到92%", "全年市城区空气质量优良天数比例为93.2%，全市平均为90.4%。",
     "value: 93.2%\nquote: 全年市城区空气质量优良天数比例为93.2%", "figure-of-part-region"),
    ("净增规模以上工业企业", "净增规模以上工业企业50户", "全年新增规模以上工业企业86户。",
     "value: 86户\nquote: 全年新增规模以上工业企业86户", "figure-other-grade"),
    ("重点项目投资", "完成重点项目投资500亿元", "重点项目投资完成调整计划的104%。",
     "completion: 104%\nquote: 重点项目投资完成调整计划的104%", "completion-of-other-target"),
])
def test_a_figure_counted_with_more_of_a_part_or_of_a_changed_target_is_refused(tmp_path: Path, indicator: str,
                                                                                plan: str, sentence: str,
                                                                                outcome: str, code: str) -> None:
    level = plan.endswith("%")
    target = plan.rsplit("达到", 1)[1] if level else plan.removeprefix(indicator).removeprefix("完成重点项目投资")
    target = "500亿元" if "投资" in plan else target
    w = _in_xinzhou(tmp_path, ("新州市2025年工作目标\n\n    " + plan + "。\n",
                               "新州市2025年工作总结\n\n    " + sentence + "\n"), indicator,
                    f"value: {target}\nquote: {plan}" + ("" if level else "\nstart: 2025-01-01"),
                    outcome + "\nas_of: 2025-12-31", "level" if level else "count")
    assert w.status is Status.invalid and code in w.codes(), w.problems


@pytest.mark.parametrize(("indicator", "plan", "sentence", "quote", "value", "code"), [
    # money handed down, for a plan of money put in; counted by another unit than the plan's; two years together
    ("投入农村供水保障资金", "投入农村供水保障资金3亿元",
     "下达农村供水保障工程资金3.4亿元，实际完成支出2.6亿元。", "下达农村供水保障工程资金3.4亿元", "3.4亿元",
     "figure-started-not-built"),
    ("新建公共充电桩", "新建公共充电桩2000个", "全年新建公共充电基础设施2200个（按充电终端计），折合充电桩约1350台。",
     "全年新建公共充电基础设施2200个", "2200个", "figure-adjusted"),
    ("新增普惠性托位", "新增普惠性托位1200个", "连续两年将普惠托育纳入民生实事，全市共新增普惠性托位2150个。",
     "全市共新增普惠性托位2150个", "2150个", "outcome-total-unbounded"),
    # honest: the money spent; the plan's own unit
    ("投入农村供水保障资金", "投入农村供水保障资金3亿元", "全年投入农村供水保障资金3.2亿元。",
     "全年投入农村供水保障资金3.2亿元", "3.2亿元", ""),
    ("新建公共充电桩", "新建公共充电桩2000个", "全年新建公共充电桩2200个（按国家标准计）。", "全年新建公共充电桩2200个",
     "2200个", "figure-adjusted"),
])
def test_money_handed_down_another_unit_or_two_years_is_no_result(tmp_path: Path, indicator: str, plan: str,
                                                                  sentence: str, quote: str, value: str,
                                                                  code: str) -> None:
    w = _a_count(tmp_path, indicator, plan, sentence, quote, value)
    assert w.status is (Status.invalid if code else Status.met) and (not code or code in w.codes()), w.problems


@pytest.mark.parametrize(("indicator", "plan", "sentence", "quote", "value", "code"), [
    # surveyed, for a plan of 新（改）建; new and done-up together, for a plan of new; two programme years; a part done
    # after the year; projects brought in, of which fewer landed
    ("新（改）建农村卫生户厕", "新（改）建农村卫生户厕1.2万户", "全市摸排农村户厕1.35万户。",
     "全市摸排农村户厕1.35万户", "1.35万户", "figure-started-not-built"),
    ("高标准农田建设", "新建高标准农田25万亩", "全年新建和改造提升高标准农田26.3万亩，其中新建21.6万亩。",
     "全年新建和改造提升高标准农田26.3万亩", "26.3万亩", "figure-counts-more"),
    ("新建城市口袋公园", "新建城市口袋公园30个", "口袋公园建设纳入2024、2025年度民生实事，全市新建城市口袋公园41个。",
     "全市新建城市口袋公园41个", "41个", "outcome-total-unbounded"),
    ("新建城市口袋公园", "新建城市口袋公园30个",
     "全年新建城市口袋公园31个。其中，市区22个、县城9个；有4个项目于2026年1月完工并对外开放。",
     "全年新建城市口袋公园31个", "31个", "outcome-includes-unfinished"),
    ("招引落地亿元以上项目", "招引落地亿元以上项目120个", "新引进亿元以上项目132个，已落地开工97个。",
     "新引进亿元以上项目132个", "132个", "outcome-done-short"),
    # honest
    ("新建城市口袋公园", "新建城市口袋公园30个",
     "全年新建城市口袋公园31个。其中，市区22个、县城9个，均于年内对外开放。", "全年新建城市口袋公园31个", "31个", ""),
])
def test_surveyed_done_up_two_years_or_done_late_is_no_result(tmp_path: Path, indicator: str, plan: str, sentence: str,
                                                              quote: str, value: str, code: str) -> None:
    w = _in_xinzhou(tmp_path, ("新州市2025年民生实事项目\n\n    " + plan + "。\n",
                               "新州市2025年民生实事项目完成情况\n\n    " + sentence + "\n"), indicator,
                    f"value: {plan.removeprefix(indicator).removeprefix('新建高标准农田')}\nstart: 2025-01-01\n"
                    f"quote: {plan}", f"value: {value}\nas_of: 2025-12-31\nquote: {quote}", "count")
    assert w.status is (Status.invalid if code else Status.met) and (not code or code in w.codes()), w.problems


@pytest.mark.parametrize(("indicator", "plan", "target", "sentence", "quote", "value", "code"), [
    # a writer's 据了解; a forecast by the pace; a rate among a group, or among those eligible; two kinds together
    ("城镇新增就业", "城镇新增就业3.5万人", "3.5万人",
     "据了解，今年以来全市城镇新增就业已突破3.5万人，就业形势总体稳定。", "今年以来全市城镇新增就业已突破3.5万人",
     "3.5万人", "outcome-figure-said-by-other"),
    ("新建城市书房", "新建城市书房10个", "10个", "按现在的进度测算，年底前城市书房10个全部建成没有问题。",
     "年底前城市书房10个全部建成没有问题", "10个", "outcome-figure-is-target"),
    ("家庭医生签约服务覆盖率", "常住人口家庭医生签约服务覆盖率达到45%", "45%",
     "在纳入管理的重点人群中，家庭医生签约服务覆盖率达到82.3%。", "家庭医生签约服务覆盖率达到82.3%", "82.3%",
     "figure-of-a-part"),
    ("建制村通客车率", "建制村通客车率保持100%", "100%", "全市具备条件的建制村通客车率达到100%。",
     "建制村通客车率达到100%", "100%", "figure-of-a-part"),
    ("公办幼儿园在园幼儿占比", "公办幼儿园在园幼儿占比达到55%", "55%", "公办园和普惠性民办园在园幼儿占比达到92.6%。",
     "公办园和普惠性民办园在园幼儿占比达到92.6%", "92.6%", "figure-counts-more"),
    # honest: a rate of all
    ("家庭医生签约服务覆盖率", "常住人口家庭医生签约服务覆盖率达到45%", "45%",
     "在全市常住人口中，家庭医生签约服务覆盖率达到46.2%。", "家庭医生签约服务覆盖率达到46.2%", "46.2%", ""),
])
def test_hearsay_a_forecast_a_group_or_two_kinds_is_no_result(tmp_path: Path, indicator: str, plan: str, target: str,
                                                              sentence: str, quote: str, value: str,
                                                              code: str) -> None:
    measure = "level" if target.endswith("%") else "count"
    w = _in_xinzhou(tmp_path, ("新州市2025年工作目标\n\n    " + plan + "。\n",
                               "新州市2025年工作总结\n\n    " + sentence + "\n"), indicator,
                    f"value: {target}\nquote: {plan}" + ("\nstart: 2025-01-01" if measure == "count" else ""),
                    f"value: {value}\nas_of: 2025-10-22\nquote: {quote}" if measure == "count" else
                    f"value: {value}\nas_of: 2025-12-31\nquote: {quote}", measure)
    assert w.status in ((Status.invalid,) if code else (Status.met, Status.pending)) \
        and (not code or code in w.codes()), w.problems


@pytest.mark.parametrize(("indicator", "plan", "target", "sentence", "quote", "value", "code"), [
    # a quota of credit; students enrolled to become doctors; another standard; all revenue; a wider age band; a part
    # of a count at the year's end; a list in order with a shared tail or a shared per-head lead; safety checks
    ("发放创业担保贷款", "发放创业担保贷款20亿元", "20亿元",
     "全年各经办银行共核定创业担保贷款额度23.5亿元，发放17.8亿元。",
     "全年各经办银行共核定创业担保贷款额度23.5亿元", "23.5亿元", "figure-started-not-built"),
    ("为村卫生室补充乡村医生", "为村卫生室补充乡村医生200名", "200名",
     "今年乡村医生定向培养招生230名，毕业后将充实到村卫生室。",
     "今年乡村医生定向培养招生230名", "230名", "figure-started-not-built"),
    ("建成标准化村卫生室", "建成标准化村卫生室200个", "200个", "按照县级规范化标准新建、改造村卫生室215个。",
     "按照县级规范化标准新建、改造村卫生室215个", "215个", "figure-other-grade"),
    ("一般公共预算收入", "一般公共预算收入达到160亿元", "160亿元", "全口径财政收入完成235.6亿元。",
     "全口径财政收入完成235.6亿元",
     "235.6亿元", "figure-other-grade"),
    ("为65岁以上老年人免费健康体检", "为65岁以上老年人免费健康体检25万人", "25万人",
     "已为60岁以上老年人免费健康体检26.2万人。",
     "已为60岁以上老年人免费健康体检26.2万人", "26.2万人", "figure-other-grade"),
    ("新建公共充电桩", "新建公共充电桩2000个", "2000个", "年末全市充电桩5.8万个，其中公共充电桩1.46万个。",
     "其中公共充电桩1.46万个", "1.46万个", "outcome-figure-is-stock"),
    ("县城燃气普及率", "县城燃气普及率达到98%", "98%", "全市城市、县城燃气普及率依次为99.2%、97.1%。",
     "县城燃气普及率依次为99.2%", "99.2%", "figure-counts-other"),
    ("县城生活污水处理率", "县城生活污水处理率达到97%", "97%", "中心城区和县城生活污水处理率分别达到98.6%、95.2%。",
     "中心城区和县城生活污水处理率分别达到98.6%", "98.6%", "figure-counts-other"),
    ("农村危房改造", "完成农村危房改造1.2万户", "1.2万户", "全年完成农村危房安全鉴定1.35万户。",
     "全年完成农村危房安全鉴定1.35万户",
     "1.35万户", "figure-started-not-built"),
    # honest: the list item of the indicator's name
    ("县城燃气普及率", "县城燃气普及率达到98%", "98%", "全市城市、县城燃气普及率依次为99.2%、98.4%。",
     "城市、县城燃气普及率依次为99.2%、98.4%", "98.4%", ""),
])
def test_a_quota_students_a_standard_a_band_or_a_list_neighbour_is_no_result(
        tmp_path: Path, indicator: str, plan: str, target: str, sentence: str, quote: str, value: str,
        code: str) -> None:
    measure = "level" if target.endswith("%") else "count"
    w = _in_xinzhou(tmp_path, ("新州市2025年工作目标\n\n    " + plan + "。\n",
                               "新州市2025年工作总结\n\n    " + sentence + "\n"), indicator,
                    f"value: {target}\nquote: {plan}" + ("\nstart: 2025-01-01" if measure == "count" else ""),
                    f"value: {value}\nas_of: 2025-12-31\nquote: {quote}", measure)
    assert w.status is (Status.invalid if code else Status.met) and (not code or code in w.codes()), w.problems


@pytest.mark.parametrize(("plan", "sentence", "outcome", "code"), [
    ("补充中小学教师1200名", "公开招聘工作已顺利完成。", "claim: met\nquote: 公开招聘工作已顺利完成",
     "claim-met-partly"),
    ("新建公共充电桩3000个", "全市公共充电设施专项规划编制工作全面完成。",
     "claim: met\nquote: 全市公共充电设施专项规划编制工作全面完成", "claim-met-partly"),
    ("改造城镇老旧小区120个", "城镇老旧小区改造项目超额完成年度投资计划。",
     "claim: exceeded\nquote: 城镇老旧小区改造项目超额完成年度投资计划", "claim-met-unsaid"),
])
def test_a_claim_of_a_step_or_of_money_is_no_claim_of_the_work(tmp_path: Path, plan: str, sentence: str, outcome: str,
                                                               code: str) -> None:
    target = re.search(r"\d+[^\d]+$", plan).group()  # type: ignore[union-attr]
    w = _in_xinzhou(tmp_path, ("新州市2025年工作目标\n\n    " + plan + "。\n",
                               "新州市2025年工作总结\n\n    " + sentence + "\n"), plan.removesuffix(target),
                    f"value: {target}\nstart: 2025-01-01\nquote: {plan}", outcome, "count")
    assert w.status is Status.invalid, w.problems


def test_projects_all_started_are_not_all_done(tmp_path: Path) -> None:
    sentence = "全市110个城镇老旧小区改造项目开工率达100%，完工率达78%，惠及居民1.6万户。"
    w = _a_count(tmp_path, "完成改造城镇老旧小区", "完成改造城镇老旧小区110个", sentence,
                 "全市110个城镇老旧小区改造项目", "110个")
    assert w.status is Status.invalid and "figure-started-not-built" in w.codes(), w.problems


def test_a_part_word_after_a_line_broken_mid_sentence_is_no_part_of_the_region(tmp_path: Path) -> None:
    # (a release as a PDF gives it: 城区 opens a line, but is the kind of school the plan counts, not a part)
    review = "新州市2024年工作综述\n\n线。在各方支持下，实际改造提升\n\n城区小学 7 所，部分项目仍在\n\n加紧推进。\n"
    w = _in_xinzhou(tmp_path, ("新州市2024年工作要点\n\n    2024年，改造提升城区小学8所。\n", review),
                    "改造提升城区小学",
                    "value: 8所\nstart: 2024-01-01\nquote: 2024年，改造提升城区小学8所",
                    "value: 7所\nas_of: 2024-12-31\nquote: 实际改造提升城区小学7所", "count")
    assert "figure-of-part-region" not in w.codes(), w.problems


@pytest.mark.parametrize(("sentence", "quote", "value", "status"), [
    # the plan's quote names 护理型, the indicator drops it: the figure's sentence must say it
    ("全年新增养老床位1260张。", "全年新增养老床位1260张", "1260张", Status.invalid),
    ("全年新增护理型养老床位1060张。", "全年新增护理型养老床位1060张", "1060张", Status.met),
])
def test_a_kind_the_plans_quote_names_and_the_indicator_drops_is_still_asked(tmp_path: Path, sentence: str,
                                                                              quote: str, value: str,
                                                                              status: Status) -> None:
    plan = "新增护理型养老床位1000张"
    w = _in_xinzhou(tmp_path, ("新州市2025年民生实事项目\n\n    " + plan + "。\n",
                               "新州市2025年民生实事项目完成情况\n\n    " + sentence + "\n"), "新增养老床位",
                    f"value: 1000张\nstart: 2025-01-01\nquote: {plan}", f"value: {value}\nquote: {quote}", "count")
    assert w.status is status and (("figure-lacks-kind" in w.codes()) is (status is Status.invalid)), w.problems


@pytest.mark.parametrize(("head", "status"), [
    # a transcript of a meeting of 2025-12-29, published 2026-01-08: its 去年 is 2024
    ("2025年12月29日上午，新州市人民政府新闻办公室召开新闻发布会，通报全市民生实事推进情况。", Status.invalid),
    # no meeting at its head: 去年 is read against the day it was published, 2025
    ("新州市人民政府新闻办公室通报全市民生实事推进情况。", Status.met),
])
def test_last_year_in_a_transcript_is_the_meeting_years_last(tmp_path: Path, head: str, status: Status) -> None:
    review = ("新州市民生实事推进情况新闻发布会实录\n\n" + head
              + "\n\n【市文广新旅局负责人】去年全市新建城市书房34个。\n")
    seeds, rules = tmp_path / "seeds", tmp_path / "rules"
    write_releases(seeds, [("plan-2025", "新州市2025年民生实事项目\n\n    新建城市书房30个。\n", "2025-03-05",
                            "新州市"),
                           ("review-2026", review, "2026-01-08", "新州市")], "新州市人民政府")
    rules.mkdir()
    (rules / "rules.yaml").write_text(
        "rules:\n  - id: rooms\n    region: 新州市\n    indicator: 新建城市书房\n"
        "    plan: {value: 30个, deadline: 2025年底, start: 2025-01-01, source: plan-2025, quote: 新建城市书房30个}\n"
        "    outcomes:\n      - {value: 34个, as_of: 2025-12-31, source: review-2026,"
        " quote: 去年全市新建城市书房34个}\n",
        encoding="utf-8")
    audit = run_audit([rules], seeds, date(2026, 6, 30), 90, root=tmp_path)
    assert audit.verdicts[0].status is status, [p.code for p in audit.problems()]


@pytest.mark.parametrize(("sentence", "quote", "status"), [
    # money arrived, for a plan of money paid out; paid out
    ("学生资助资金5亿元全部足额到位。", "学生资助资金5亿元全部足额到位", Status.invalid),
    ("全年发放各类学生资助资金5.2亿元，足额发放到位。", "全年发放各类学生资助资金5.2亿元", Status.met),
])
def test_money_arrived_is_not_money_paid_out(tmp_path: Path, sentence: str, quote: str, status: Status) -> None:
    value = "5亿元" if "5亿元" in quote else "5.2亿元"
    w = _a_count(tmp_path, "发放各类学生资助资金", "发放各类学生资助资金5亿元", sentence, quote, value)
    assert w.status is status, w.problems


@pytest.mark.parametrize(("indicator", "plan", "sentence", "quote", "value", "status"), [
    # listed in a project database, awarded, sites chosen, drawn up, a list published, titles re-examined
    ("实施城市更新项目", "实施城市更新项目50个", "入库城市更新项目52个，总投资86亿元。", "入库城市更新项目52个", "52个",
     Status.invalid),
    ("更新新能源公交车", "更新新能源公交车120辆", "新能源公交车完成选型定标128辆。", "新能源公交车完成选型定标128辆",
     "128辆",
     Status.invalid),
    ("建成城市书房", "建成城市书房20个", "遴选城市书房点位22个，完成选址和设计方案。", "遴选城市书房点位22个", "22个",
     Status.invalid),
    ("实施城市更新项目", "实施城市更新项目50个", "策划生成城市更新项目72个，总投资156亿元。",
     "策划生成城市更新项目72个",
     "72个", Status.invalid),
    ("创建省级卫生乡镇", "创建省级卫生乡镇10个", "12个乡镇通过省级卫生乡镇复审。", "12个乡镇通过省级卫生乡镇复审",
     "12个",
     Status.invalid),
    ("新增经营主体", "新增经营主体4万户", "全市经营主体规模达41.2万户，同比增长6.9%。", "全市经营主体规模达41.2万户",
     "41.2万户", Status.invalid),
    ("新增公办学位", "新增公办学位5000个", "8所新建学校学位容量5400个，今年秋季学期实际投入使用学位3150个。",
     "8所新建学校学位容量5400个", "5400个", Status.invalid),
    # honest: firms entered in the statistics are the firms added
    ("新增规模以上工业企业", "新增规模以上工业企业20户", "新增入库规模以上工业企业23户，超额完成年度目标。",
     "新增入库规模以上工业企业23户", "23户", Status.met),
])
def test_listed_awarded_chosen_or_re_examined_is_no_result(tmp_path: Path, indicator: str, plan: str, sentence: str,
                                                           quote: str, value: str, status: Status) -> None:
    w = _a_count(tmp_path, indicator, plan, sentence, quote, value)
    assert w.status is status, w.problems


def test_a_rate_with_what_it_leaves_out_in_a_bracket_is_adjusted(tmp_path: Path) -> None:
    w = _a_level(tmp_path, "空气质量优良天数率", "空气质量优良天数率达到88%",
                 "全市空气质量优良天数率达88.6%（扣除沙尘天气影响），细颗粒物浓度持续下降。",
                 "全市空气质量优良天数率达88.6%", "88.6%")
    assert w.status is Status.invalid and "figure-adjusted" in w.codes(), w.problems


@pytest.mark.parametrize(("sentence", "quote", "value", "status"), [
    # the figure names the task in quotation marks; a figure done, beside a task named so
    ("“新建社区嵌入式服务设施40个”项目完成率为75%，其余项目因选址调整结转至2026年。", "新建社区嵌入式服务设施40个",
     "40个",
     Status.invalid),
    ("“新建社区嵌入式服务设施40个”项目全年建成社区嵌入式服务设施42个。", "全年建成社区嵌入式服务设施42个", "42个",
     Status.met),
])
def test_a_figure_that_names_a_task_in_quotation_marks_is_the_target(tmp_path: Path, sentence: str, quote: str,
                                                                     value: str, status: Status) -> None:
    w = _a_count(tmp_path, "新建社区嵌入式服务设施", "新建社区嵌入式服务设施40个", sentence, quote, value)
    assert w.status is status, w.problems


@pytest.mark.parametrize(("sentence", "quote", "status"), [
    # a title of another grade than the plan's, said with a word that now reads as done (成功创建)
    ("全年成功创建省级节水型城市，国家节水型城市创建工作通过现场考核验收。", "全年成功创建省级节水型城市",
     Status.invalid),
    ("全年成功创建国家节水型城市。", "全年成功创建国家节水型城市", Status.met),
])
def test_a_title_of_another_grade_is_not_the_plans_title(tmp_path: Path, sentence: str, quote: str,
                                                         status: Status) -> None:
    plan = "2025年底前创成国家节水型城市"
    w = _in_xinzhou(tmp_path, ("新州市2025年工作目标\n\n    " + plan + "。\n",
                               "新州市2025年工作总结\n\n    " + sentence + "\n"), "创成节水型城市",
                    f"start: 2025-01-01\nquote: {plan}", f"achieved: true\nquote: {quote}", "count")
    assert w.status is status and ("claim-other-kind" in w.codes()) is (status is Status.invalid), w.problems


# Session 23: what the held-out rounds 29–31 (GB, HA, HB) left passing, in general forms.
@pytest.mark.parametrize(("indicator", "plan", "sentence", "quote", "value", "code"), [
    # a hospital's other grade; the whole stock a count grew to; the centres' capacity beside the beds in use; the
    # places a service covers, not the centres built
    ("新创建三级甲等医院", "新创建三级甲等医院2家",
     "市第三人民医院、大竹县人民医院通过三级乙等医院评审，新增三级医院2家。", "新增三级医院2家", "2家",
     "figure-other-grade"),
    ("建成城市书房", "建成城市书房30个", "全年新建成城市书房21个。全市城市书房数量增至58个。",
     "全市城市书房数量增至58个", "58个", "outcome-figure-is-stock"),
    ("新增养老床位", "新增养老床位1000张",
     "新建成的12个区域性养老服务中心可提供床位1350张，目前已投入运营床位820张。",
     "新建成的12个区域性养老服务中心可提供床位1350张", "1350张", "outcome-done-short"),
    ("建成社区养老服务综合体", "建成社区养老服务综合体20个",
     "全年建成社区养老服务综合体13个，服务范围已覆盖20个街道（乡镇）。", "服务范围已覆盖20个街道（乡镇）", "20个",
     "figure-counts-reached"),
])
def test_another_grade_a_stock_grown_to_a_capacity_or_places_covered_is_no_result(
        tmp_path: Path, indicator: str, plan: str, sentence: str, quote: str, value: str, code: str) -> None:
    w = _a_count(tmp_path, indicator, plan, sentence, quote, value)
    assert w.status is Status.invalid and code in w.codes(), w.problems


@pytest.mark.parametrize(("indicator", "plan", "sentence", "quote", "value"), [
    # the plan's own grade; what was built beside the stock; capacity all in use; centres that cover places
    ("新创建三级甲等医院", "新创建三级甲等医院2家", "全年新创建三级甲等医院2家。", "全年新创建三级甲等医院2家", "2家"),
    ("建成城市书房", "建成城市书房30个", "全年新建成城市书房32个，全市城市书房数量增至58个。",
     "全年新建成城市书房32个", "32个"),
    ("新增养老床位", "新增养老床位1000张", "新建成的12个区域性养老服务中心可提供床位1350张，已全部投入运营。",
     "新建成的12个区域性养老服务中心可提供床位1350张", "1350张"),
    ("建成社区养老服务综合体", "建成社区养老服务综合体20个",
     "全年建成社区养老服务综合体21个，服务范围覆盖20个街道（乡镇）。", "全年建成社区养老服务综合体21个", "21个"),
    ("养老服务覆盖街道", "养老服务覆盖街道20个", "社区养老服务综合体服务范围已覆盖22个街道。",
     "社区养老服务综合体服务范围已覆盖22个街道", "22个"),
])
def test_the_plans_grade_what_was_built_or_capacity_in_use_is_a_result(
        tmp_path: Path, indicator: str, plan: str, sentence: str, quote: str, value: str) -> None:
    w = _a_count(tmp_path, indicator, plan, sentence, quote, value)
    assert w.status is Status.met, w.problems


@pytest.mark.parametrize(("plan", "sentence", "quote", "code"), [
    # a trial run, for a plan of production; another standard of the same assessment
    ("加快第五水厂建设，年内建成投产", "第五水厂建成试运营，计划2026年二季度正式向中心城区供水。", "第五水厂建成试运营",
     "achieved-use-unsaid"),
    ("通川区通过国家义务教育优质均衡发展督导评估", "通川区顺利通过国家义务教育基本均衡发展督导评估复查。",
     "通川区顺利通过国家义务教育基本均衡发展督导评估复查", "claim-other-kind"),
    # honest
    ("加快第五水厂建设，年内建成投产", "第五水厂建成投产，日供水能力新增10万吨。", "第五水厂建成投产", None),
    ("通川区通过国家义务教育优质均衡发展督导评估", "通川区顺利通过国家义务教育优质均衡发展督导评估。",
     "通川区顺利通过国家义务教育优质均衡发展督导评估", None),
])
def test_a_trial_run_or_another_standard_is_not_the_milestone(tmp_path: Path, plan: str, sentence: str, quote: str,
                                                               code: str | None) -> None:
    w = _in_xinzhou(tmp_path, ("新州市2025年工作目标\n\n    " + plan + "。\n",
                               "新州市2025年工作总结\n\n    " + sentence + "\n"), plan[-12:],
                    f"start: 2025-01-01\nquote: {plan}", f"achieved: true\nquote: {quote}", "count")
    if code is None:
        assert w.status is Status.met, w.problems
    else:
        assert w.status is Status.invalid and code in w.codes(), w.problems


# Session 23: held-out rounds 32–33 (IA 常德/岳阳, IB 湛江/茂名): a paragraph read on past the next sentence, a new
# statistical basis, a second unit, a programme's whole run, steps by other names.
@pytest.mark.parametrize(("indicator", "plan", "sentence", "quote", "value", "code"), [
    # a part not done, two sentences on, pointed back to (其中, 上述…中，仍有)
    ("新建、改扩建公办幼儿园", "新建、改扩建公办幼儿园20所",
     "全年新建、改扩建公办幼儿园21所，新增公办幼儿园学位6420个。新建幼儿园均按省一级幼儿园标准设计。"
     "需要说明的是，其中4所已完成主体工程，正在进行室内外装修，预计2026年春季学期投入使用。",
     "全年新建、改扩建公办幼儿园21所", "21所", "outcome-includes-unfinished"),
    ("新建、改扩建公办中小学校", "新建、改扩建公办中小学校30所",
     "全市新建、改扩建公办中小学校34所，新增公办学位3.6万个。新建学校主要分布在城区。上述学校中，仍有8所处于主体施工阶段。",
     "全市新建、改扩建公办中小学校34所", "34所", "outcome-includes-unfinished"),
    # those taken on, three sentences on, short of the target (the stage said after the count)
    ("引进急需紧缺医疗卫生人才", "引进急需紧缺医疗卫生人才1000名",
     "面向全国公开招聘引进急需紧缺医疗卫生人才1150名，其中硕士以上学历236名。招聘岗位重点向县级医院倾斜。"
     "截至2025年底，已有892名办理入职手续。", "面向全国公开招聘引进急需紧缺医疗卫生人才1150名", "1150名",
     "outcome-done-short"),
    # plaques, permits, goods delivered, vouchers
    ("建成镇（街）综合养老服务中心", "建成镇（街）综合养老服务中心60个", "全市已授牌镇（街）综合养老服务中心64个。",
     "全市已授牌镇（街）综合养老服务中心64个", "64个", "figure-started-not-built"),
    ("既有住宅加装电梯", "既有住宅加装电梯300部", "全年办理既有住宅加装电梯规划许可326部。",
     "全年办理既有住宅加装电梯规划许可326部", "326部", "figure-started-not-built"),
    ("适龄妇女“两癌”免费筛查", "为适龄妇女开展“两癌”免费筛查6万人", "全年共为6.4万名适龄妇女发放免费筛查券。",
     "全年共为6.4万名适龄妇女发放免费筛查券", "6.4万名", "figure-started-not-built"),
    # more counted in on a new basis; a second unit in a bracket; a programme's whole run beside the year's figure
    ("城镇新增就业", "城镇新增就业4.2万人",
     "按照新的统计口径，将新就业形态灵活就业人员纳入统计后，全年城镇新增就业4.36万人。", "全年城镇新增就业4.36万人",
     "4.36万人", "outcome-figure-if-counted"),
    ("新增普惠性托位", "新增普惠性托位1500个",
     "按照新的统计口径，全年新增普惠性托位1680个，按原口径计算为1240个。", "全年新增普惠性托位1680个", "1680个",
     "figure-not-former-basis"),
    ("补贴性职业技能培训", "开展补贴性职业技能培训3万人", "全年开展补贴性职业技能培训3.4万人（次）。",
     "全年开展补贴性职业技能培训3.4万人（次）", "3.4万人", "figure-adjusted"),
    ("新增普惠性托位", "新增普惠性托位2000个",
     "全年新增各类托位3960个，其中普惠性托位1680个。普惠托育服务扩容工程实施以来，全市新增普惠性托位2800个。",
     "普惠托育服务扩容工程实施以来，全市新增普惠性托位2800个", "2800个", "outcome-total-since-launch"),
])
def test_a_paragraphs_later_word_a_new_basis_or_a_step_by_another_name_is_no_result(
        tmp_path: Path, indicator: str, plan: str, sentence: str, quote: str, value: str, code: str) -> None:
    w = _a_count(tmp_path, indicator, plan, sentence, quote, value)
    assert w.status is Status.invalid and code in w.codes(), w.problems


@pytest.mark.parametrize(("indicator", "plan", "sentence", "quote", "value"), [
    # a later count of another thing, after a new matter opens (便民生活圈方面，…)
    ("改造提升农贸市场", "改造提升农贸市场15个",
     "去年我们改造提升农贸市场15个，全部按期完成。便民生活圈方面，目前已建成便民生活圈示范点7个，另有4个正在组织验收。",
     "去年我们改造提升农贸市场15个", "15个"),
    # a title's plaque; a part by kind, not by stage
    ("命名市级老年友好型社区", "命名市级老年友好型社区30个", "全年命名并授牌市级老年友好型社区32个。",
     "全年命名并授牌市级老年友好型社区32个", "32个"),
    ("新建、改扩建公办幼儿园", "新建、改扩建公办幼儿园20所",
     "全年新建、改扩建公办幼儿园21所，均已投入使用。新建幼儿园均按省一级幼儿园标准设计。其中农村幼儿园12所。",
     "全年新建、改扩建公办幼儿园21所", "21所"),
])
def test_a_paragraphs_later_word_of_another_thing_or_done_beyond_the_target_is_no_objection(
        tmp_path: Path, indicator: str, plan: str, sentence: str, quote: str, value: str) -> None:
    w = _a_count(tmp_path, indicator, plan, sentence, quote, value)
    assert w.status is Status.met, w.problems


def test_a_group_claim_excepting_a_long_list_is_no_claim_of_its_items(tmp_path: Path) -> None:
    plan = "建成街道综合养老服务中心15个"
    sentence = ("十件重点民生实事中，除普惠托育服务扩容、公共交通绿色出行、城区停车便民、养老服务提质4件外，"
                "其余6件均完成或超额完成年度目标任务。")
    texts = ("新州市2025年工作目标\n\n    " + plan + "。\n", "新州市2025年工作总结\n\n    " + sentence + "\n")
    w = _in_xinzhou(tmp_path, texts,
                    "建成街道综合养老服务中心", f"value: 15个\nstart: 2025-01-01\nquote: {plan}",
                    "claim: met\nquote: 其余6件均完成或超额完成年度目标任务", "count")
    assert w.status is Status.invalid and "claim-met-not-yet" in w.codes(), w.problems


# A twenty-fourth round (session 24: probes of 株洲, 衡阳, 柳州, 桂林, held out, and what was left of 常德, 岳阳,
# 湛江, 茂名): a plan of every place answered over fewer, a part's rate, a count of which a rate says only some was
# done, the kind given only as a share, a stock, another thing, a task or a journalist's premise as a result.
@pytest.mark.parametrize(("indicator", "plan", "sentence", "quote", "value", "measure", "code"), [
    # a rate of a part, after the whole's (其中…), or with the part's words before the indicator's
    ("重点人群家庭医生签约率", "重点人群家庭医生签约率达到75%",
     "全市重点人群签约率达71.8%，其中65岁以上老年人签约率达78.3%。", "其中65岁以上老年人签约率达78.3%", "78.3%",
     "level", "figure-of-subgroup"),
    ("城乡居民基本医疗保险参保率", "城乡居民基本医疗保险参保率达到95%",
     "全市中小学生城乡居民基本医疗保险参保率达到98.7%。", "全市中小学生城乡居民基本医疗保险参保率达到98.7%", "98.7%",
     "level", "figure-of-a-part"),
    ("65岁及以上老年人健康管理率", "65岁及以上老年人健康管理率达到72%",
     "家庭医生签约的65岁及以上老年人健康管理率达到81.3%。", "家庭医生签约的65岁及以上老年人健康管理率达到81.3%",
     "81.3%", "level", "figure-of-a-part"),
    # a count of which the clause gives only a share done at the last stage
    ("新增公办学位", "新增公办学位1.2万个", "全年新增公办学位1.25万个，截至年底学位交付率78.5%。",
     "全年新增公办学位1.25万个", "1.25万个", "count", "outcome-rate-short"),
    ("招聘引进紧缺学科教师", "招聘引进紧缺学科教师150名", "全年招聘引进紧缺学科教师162名，到岗率60.5%。",
     "全年招聘引进紧缺学科教师162名", "162名", "count", "outcome-rate-short"),
    # the kind given only as a share of the figure's whole
    ("新增公办学位", "新增公办学位1.2万个", "全年新增中小学及幼儿园学位1.26万个，公办学位占比75.4%。",
     "全年新增中小学及幼儿园学位1.26万个", "1.26万个", "count", "figure-lacks-kind"),
    ("新增养老机构护理型床位", "新增养老机构护理型床位1000张",
     "全年新增养老机构床位1080张，护理型床位占比提高到53.1%。",
     "全年新增养老机构床位1080张", "1080张", "count", "figure-lacks-kind"),
    # what there is, the year's addition apart; an item of a list of what there is
    ("新建城市书房", "新建城市书房15家", "全市已建成城市书房15家，比上年增加9家。", "全市已建成城市书房15家", "15家",
     "count", "outcome-figure-is-stock"),
    ("新增经营主体", "新增经营主体5万户", "全市经营主体数量突破40万户，新登记经营主体4.3万户。",
     "全市经营主体数量突破40万户", "40万户", "count", "outcome-figure-is-stock"),
    ("新建城市书房", "新建城市书房50个", "年末全市共有文化馆7个，公共图书馆7个，城市书房68个。", "城市书房68个", "68个",
     "count", "outcome-figure-is-stock"),
    # another thing than the indicator's
    ("更新新能源公交车", "更新新能源公交车200台", "全年更新新能源巡游出租车260台。", "全年更新新能源巡游出租车260台",
     "260台", "count", "figure-other-thing"),
    ("新建公交候车亭", "新建公交候车亭200个", "全年新增公交站点230个。", "全年新增公交站点230个", "230个", "count",
     "figure-other-thing"),
    # two years' work for a plan of one (no start declared: the plan's year is its deadline's)
    ("完成燃气管道老化更新改造", "完成燃气管道老化更新改造180公里",
     "自2024年启动实施以来，两年累计完成燃气管道更新改造236公里，其中本年度完成128公里。",
     "两年累计完成燃气管道更新改造236公里", "236公里", "count", "outcome-total-with-part"),
    # a count over more kinds of place than the plan's (towns too)
    ("建成街道综合养老服务中心", "建成街道综合养老服务中心12个", "全年建成乡镇（街道）综合养老服务中心13个。",
     "全年建成乡镇（街道）综合养老服务中心13个", "13个", "count", "figure-wider-places"),
    # a plan of a part of the city, and a count that names the part nowhere near it
    ("市城区新增义务教育公办学位", "市城区新增义务教育公办学位5000个", "全年新增义务教育公办学位6800个。",
     "全年新增义务教育公办学位6800个", "6800个", "count", "figure-part-unnamed"),
    # another thing, though the sentence names the plan's in another figure's clause
    ("更新新能源公交车", "更新新能源公交车200台",
     "全年新增和更新新能源公交车126辆，更新新能源巡游出租车260台。", "更新新能源巡游出租车260台", "260台",
     "count", "figure-other-thing"),
    # (the second pair of probes: 南充, 绵阳, 榆林, 延安)
    # a table's column of what was started
    ("打通断头路", "打通断头路10条", "表1 2025年城市更新类项目推进情况\n项目  年度计划  开工数  完工数\n"
     "老旧小区改造（个）  150  154  118\n打通断头路（条）  10  11  7\n", "打通断头路（条）  10  11  7", "11条",
     "count", "figure-started-not-built"),
    # each item of a 分别 list of things counts its own (养老 beds, not 护理型)
    ("新增护理型床位", "新增护理型床位600张", "全年新增养老床位、护理型床位分别为920张、560张。",
     "全年新增养老床位、护理型床位分别为920张、560张", "920张", "count", "figure-other-statistic"),
    # assessed, approved, built in the factory, sited, drawn, funded: before the service or the work
    ("新增门诊统筹定点医药机构", "新增门诊统筹定点医药机构200家", "通过评估的门诊统筹定点医药机构216家。",
     "通过评估的门诊统筹定点医药机构216家", "216家", "count", "figure-started-not-built"),
    ("新增（更新）新能源公交车", "新增（更新）新能源公交车200辆", "新增（更新）的210辆新能源公交车已全部完成生产下线。",
     "新增（更新）的210辆新能源公交车已全部完成生产下线", "210辆", "count", "figure-started-not-built"),
    ("建设社区养老服务综合体", "建设社区养老服务综合体10个", "社区养老服务综合体10个点位全部落地。",
     "社区养老服务综合体10个点位全部落地", "10个", "count", "figure-started-not-built"),
    ("开通社区微循环公交线路", "开通社区微循环公交线路15条", "社区微循环公交线路15条已完成线路规划和站点设置。",
     "社区微循环公交线路15条已完成线路规划和站点设置", "15条", "count", "figure-started-not-built"),
    # another basis after the figure; a first count revised in its sentence, or a figure once reported, corrected
    ("建设筹集配售型保障性住房", "建设筹集配售型保障性住房1200套",
     "按照包含在建项目的口径，全年筹集配售型保障性住房1260套；按已竣工交付口径统计为720套。",
     "全年筹集配售型保障性住房1260套", "1260套", "count", "figure-not-former-basis"),
    ("新增公办幼儿园学位", "新增公办幼儿园学位3000个",
     "新增公办幼儿园学位初报3260个，经与教育事业统计数据逐校核对，剔除已在上年投入使用的学位，调整为2780个。",
     "新增公办幼儿园学位初报3260个", "3260个", "count", "figure-revised-in-sentence"),
    ("新建公共停车位", "新建公共停车位5000个",
     "这里我也更正一个数据：今年9月我们通报的“新增公共停车位5600个”，经过复核，其中有1200个属于小区内部配建车位，"
     "调整后为4400个。", "新增公共停车位5600个", "5600个", "count", "figure-revised-in-sentence"),
    # those served by every project begun, fewer done
    ("惠及居民", "惠及居民2.6万户", "全市开工改造老旧小区154个，完工118个，惠及居民2.71万户。",
     "惠及居民2.71万户", "2.71万户", "count", "outcome-includes-unfinished"),
    # what the work brought about
    ("扶持创业", "扶持创业5000人", "发放创业担保贷款6.8亿元，扶持创业带动就业5600人。", "扶持创业带动就业5600人",
     "5600人", "count", "figure-counts-driven"),
    # the rest put off to 明年, said in a later answer of the transcript
    ("实施城市道路改造", "实施城市道路改造20条",
     "全年实施城市道路改造项目20条，主干道通行能力明显提升。\n\n问：还有哪些工作没有完成？\n\n答：一是城市道路改造"
     "项目中还有6条受地下管线迁改影响，将于明年5月底前完工。", "全年实施城市道路改造项目20条", "20条", "count",
     "outcome-work-left-over"),
])
def test_a_trap_of_a_twenty_fourth_round_is_refused(tmp_path: Path, indicator: str, plan: str, sentence: str,
                                                    quote: str, value: str, measure: str, code: str) -> None:
    w = _a_count(tmp_path, indicator, plan, sentence, quote, value, measure)
    assert w.status is Status.invalid and code in w.codes(), w.problems
    assert plan.startswith(indicator), "the plan's value is what follows the indicator in its quote"


@pytest.mark.parametrize(("indicator", "plan", "sentence", "quote", "value", "measure"), [
    # the part is the indicator's; a rate whose clause names the whole; an increase beside a count of what was added
    ("城镇职工基本医疗保险参保率", "城镇职工基本医疗保险参保率达到95%",
     "全市基本医疗保险参保率为94.1%，其中城镇职工基本医疗保险参保率达到98.2%。",
     "其中城镇职工基本医疗保险参保率达到98.2%", "98.2%", "level"),
    ("九年义务教育巩固率", "九年义务教育巩固率达到97%", "全市九年义务教育巩固率达到97.4%。",
     "全市九年义务教育巩固率达到97.4%",
     "97.4%", "level"),
    ("新增公办学位", "新增公办学位1.2万个", "全年新增公办学位1.36万个，截至年底学位交付率92%。",
     "全年新增公办学位1.36万个",
     "1.36万个", "count"),
    # a thing named before in the sentence, or a school by its shorter name
    ("新建中小学校", "新建中小学校10所", "全年新建中小学12所，均已投入使用。", "全年新建中小学12所", "12所", "count"),
    ("改造城镇燃气老旧管网", "改造城镇燃气老旧管网100公里",
     "城镇燃气老旧管网改造方面，全年改造104公里，均已通气运行。", "全年改造104公里", "104公里", "count"),
    # a list of shares, 分别: the measure the last item names is every item's
    ("学校食堂“明厨亮灶”覆盖率", "学校食堂“明厨亮灶”覆盖率达到100%",
     "全市学校食堂、大中型餐饮单位、连锁餐饮企业“明厨亮灶”覆盖率分别达到100%、93%、88%。",
     "全市学校食堂、大中型餐饮单位、连锁餐饮企业“明厨亮灶”覆盖率分别达到100%、93%、88%", "100%", "level"),
    # a year in a bracket is of what it holds
    ("每千人口拥有3岁以下婴幼儿托位数", "每千人口拥有3岁以下婴幼儿托位数达到4.5个",
     "全年新增普惠性托位1620个（含2024年结转项目新增托位410个），每千人口拥有3岁以下婴幼儿托位数达到4.6个。",
     "每千人口拥有3岁以下婴幼儿托位数达到4.6个", "4.6个", "level"),
])
def test_an_honest_rule_of_a_twenty_fourth_round_is_judged(tmp_path: Path, indicator: str, plan: str, sentence: str,
                                                         quote: str, value: str, measure: str) -> None:
    w = _a_count(tmp_path, indicator, plan, sentence, quote, value, measure)
    assert w.status is Status.met, w.problems


@pytest.mark.parametrize(("indicator", "plan", "sentence", "quote", "status"), [
    # a plan of every place of a kind answered over fewer, or over another kind
    ("行政村5G网络全覆盖", "行政村5G网络实现全覆盖", "全市乡镇和重点行政村实现5G网络全覆盖。",
     "全市乡镇和重点行政村实现5G网络全覆盖", Status.invalid),
    ("“一老一小”服务站全覆盖", "推动“一老一小”服务站在全市行政村（社区）全覆盖", "“一老一小”服务站实现镇街全覆盖。",
     "“一老一小”服务站实现镇街全覆盖", Status.invalid),
    ("城乡学校“专递课堂”全覆盖", "实现城乡学校“专递课堂”全覆盖", "“专递课堂”实现乡镇中心小学全覆盖。",
     "“专递课堂”实现乡镇中心小学全覆盖", Status.invalid),
    ("乡镇充电设施全覆盖", "实现乡镇充电设施全覆盖", "全市43个中心镇充电设施已实现全覆盖。",
     "全市43个中心镇充电设施已实现全覆盖", Status.invalid),
    # every place, or every finer one (乡镇 for 县市区), or by another word for the same (村（社区）)
    ("行政村5G网络全覆盖", "行政村5G网络实现全覆盖", "全市1234个行政村全部实现5G网络全覆盖。",
     "全市1234个行政村全部实现5G网络全覆盖", Status.met),
    ("综合服务设施全覆盖", "行政村（社区）综合服务设施实现全覆盖", "全市2468个村（社区）综合服务设施实现全覆盖。",
     "全市2468个村（社区）综合服务设施实现全覆盖", Status.met),
    ("综合养老服务中心全覆盖", "实现乡镇（街道）综合养老服务中心县市区全覆盖",
     "截至年底，全部实现乡镇（街道）综合养老服务中心全覆盖。", "全部实现乡镇（街道）综合养老服务中心全覆盖",
     Status.met),
    # the 预计 of the next part, after ；, is another hospital's
    ("市急救中心新址建成投用", "市急救中心新址建成投用",
     "市急救中心新址建成投用，院前急救平均反应时间缩短至11分钟；市妇幼保健院新院区门诊投入试运行，住院部预计2026年6月启用。",
     "市急救中心新址建成投用", Status.met),
])
def test_a_claim_of_every_place_or_of_a_thing_done_of_a_twenty_fourth_round(
        tmp_path: Path, indicator: str, plan: str, sentence: str, quote: str, status: Status) -> None:
    w = _achieved(tmp_path, indicator, plan, sentence, quote)
    assert w.status is status, w.problems
    assert status is Status.met or "claim-scope-narrower" in w.codes(), w.problems


def test_a_task_or_a_journalists_premise_is_no_result(tmp_path: Path) -> None:
    plan = "市妇幼保健院新院区建成投用"
    report = ("新州市2025年政府工作报告\n\n一、2024年工作回顾\n\n    全年新建公办幼儿园9所。\n\n"
              "二、2025年主要目标和工作安排\n\n    （三）建设健康新州。市妇幼保健院新院区建成投用，"
              "全民健身中心建成投用。\n")
    w = _in_xinzhou(tmp_path, ("新州市2025年民生实事项目\n\n    " + plan + "。\n", report), plan,
                    f"start: 2025-01-01\nquote: {plan}", f"achieved: true\nquote: {plan}", "count")
    assert w.status is Status.invalid and "claim-in-tasks" in w.codes(), w.problems
    presser = ("新州市2026年新闻发布会实录\n\n【新州电视台记者】我们注意到，全民健身中心去年底已经建成投用。市民很关心"
               "游泳馆什么时候能开放？\n\n【市体育局副局长】主体育馆已于去年12月28日开馆，游泳馆将于今年5月前完工。\n")
    w = _in_xinzhou(tmp_path / "presser", ("新州市2025年民生实事项目\n\n    全民健身中心建成投用。\n", presser),
                    "全民健身中心建成投用", "start: 2025-01-01\nquote: 全民健身中心建成投用",
                    "achieved: true\nquote: 全民健身中心去年底已经建成投用", "count")
    assert w.status is Status.invalid and "claim-in-question" in w.codes(), w.problems


@pytest.mark.parametrize(("indicator", "plan", "sentence", "quote", "value"), [
    # the same kinds of place; the part named in the sentence's topic; a count naming no thing, of its sentence's
    ("建成乡镇（街道）综合养老服务中心", "建成乡镇（街道）综合养老服务中心12个",
     "全年建成乡镇（街道）综合养老服务中心13个。", "全年建成乡镇（街道）综合养老服务中心13个", "13个"),
    ("市城区新增义务教育公办学位", "市城区新增义务教育公办学位5000个",
     "市城区教育方面，全年新建改扩建学校9所，新增义务教育公办学位5600个。", "新增义务教育公办学位5600个", "5600个"),
    ("改造城镇老旧小区", "改造城镇老旧小区200个", "全市改造城镇老旧小区210个，其中红山区62个、松山区55个、宁城县93个。",
     "全市改造城镇老旧小区210个", "210个"),
])
def test_a_count_of_the_plans_places_and_thing_is_judged(tmp_path: Path, indicator: str, plan: str, sentence: str,
                                                         quote: str, value: str) -> None:
    w = _a_count(tmp_path, indicator, plan, sentence, quote, value)
    assert w.status is Status.met, w.problems


def test_a_figure_under_last_years_review_is_last_years(tmp_path: Path) -> None:
    """A report of 2025-01 reviews 2024 under its first heading: a figure there, declared as of its publication, is
    2024's (the section dates it, no word of its sentence)."""
    report = ("新州市2025年政府工作报告\n\n一、2024年工作回顾\n\n    全年新增普惠性托位2160个。\n\n"
              "二、2025年主要目标和工作安排\n\n    新增普惠性托位2000个。\n")
    w = _in_xinzhou(tmp_path, ("新州市2025年民生实事项目\n\n    新增普惠性托位2000个。\n", report), "新增普惠性托位",
                    "value: 2000个\nstart: 2025-01-01\nquote: 新增普惠性托位2000个",
                    "value: 2160个\nas_of: 2025-01-20\nquote: 全年新增普惠性托位2160个", "count")
    assert w.status is Status.invalid and "outcome-year-differs" in w.codes(), w.problems


# The same round's second pair of probes (南充, 绵阳, 榆林, 延安), written against the checks above.
def test_an_honest_rule_of_the_second_pair_of_the_twenty_fourth_round_is_judged(tmp_path: Path) -> None:
    # the year's increase beside the year-end stock, declared as an increment
    sentence = "年末城市天然气用户38.6万户，比上年末增加2.3万户。"
    w = _in_xinzhou(tmp_path, ("新州市2025年民生实事项目\n\n    新增天然气用户2万户。\n",
                               "新州市2025年统计公报\n\n    " + sentence + "\n"), "新增天然气用户",
                    "value: 2万户\nstart: 2025-01-01\nquote: 新增天然气用户2万户",
                    "value: 2.3万户\nincrement: true\nquote: 年末城市天然气用户38.6万户，比上年末增加2.3万户", "count")
    assert w.status is Status.met, w.problems
    # 全年中心城区…: no 年中 (mid-year) in it; 按照原省定标准: no province named 原省
    w = _a_level(tmp_path / "pm", "中心城区空气质量优良天数比例", "中心城区空气质量优良天数比例达到85%",
                 "全年中心城区空气质量优良天数比例88.7%，PM2.5平均浓度31微克/立方米。",
                 "全年中心城区空气质量优良天数比例88.7%", "88.7%")
    assert w.status is Status.met, w.problems
    w = _a_level(tmp_path / "std", "城市社区综合服务设施达标率", "城市社区综合服务设施达标率达到95%",
                 "按照省定标准（每个社区不低于300平方米），全市城市社区综合服务设施达标率为96.4%。",
                 "全市城市社区综合服务设施达标率为96.4%", "96.4%")
    assert w.status is Status.met, w.problems


def test_what_was_really_done_said_elsewhere_in_the_release_is_the_outcome(tmp_path: Path) -> None:
    """A figure of posts advertised, where a section of problems in its release gives what was really done of the
    thing, short of the target: the outcome is that; a 实际 figure of another thing is no objection."""
    review = ("新州市2025年民生实事完成情况通报\n\n    一、完成情况\n\n    "
              "为基层医疗卫生机构公开招聘医学类专业毕业生240名。募集高校毕业生就业见习岗位2316个，实际上岗见习1522人。"
              "\n\n    二、存在问题\n\n    一是部分项目居民协调难度大，"
              "基层医疗卫生机构招聘的医学类专业毕业生实际到岗167名。\n")
    plan = "为基层医疗卫生机构补充医学类专业毕业生200名"
    w = _in_xinzhou(tmp_path, ("新州市2025年民生实事项目\n\n    " + plan + "。\n", review), plan.removesuffix("200名"),
                    f"value: 200名\nstart: 2025-01-01\nquote: {plan}",
                    "value: 240名\nquote: 为基层医疗卫生机构公开招聘医学类专业毕业生240名", "count")
    assert w.status is Status.invalid and "outcome-done-short" in w.codes(), w.problems
    # (nor a 实际 figure of another building of the thing: 续建, for 续改建)
    w = _in_xinzhou(tmp_path / "building", ("新州市2025年民生实事项目\n\n    续改建中小学79所。\n",
                                            "新州市2025年教育工作综述\n\n    一、学校建设\n\n    全年续改建中小学81所。"
                                            "\n\n    二、存在问题\n\n    部分项目进度偏慢，实际续建中小学25所。\n"),
                    "续改建中小学", "value: 79所\nstart: 2025-01-01\nquote: 续改建中小学79所",
                    "value: 81所\nquote: 全年续改建中小学81所", "count")
    assert w.status is Status.met, w.problems
    posts = "募集高校毕业生就业见习岗位"
    w = _in_xinzhou(tmp_path / "other", ("新州市2025年民生实事项目\n\n    " + posts + "2000个。\n", review), posts,
                    f"value: 2000个\nstart: 2025-01-01\nquote: {posts}2000个", f"value: 2316个\nquote: {posts}2316个",
                    "count")
    assert w.status is Status.met, w.problems


def test_a_table_with_a_heading_of_single_spaces_and_a_value_written_as_the_release_writes_it(tmp_path: Path) -> None:
    """(Blind probes of session 24, 德阳/宜昌 and 南宁/玉林: honest rules refused before.) A table's row under a heading
    whose first two cells are a single space apart (序号 项目) is read cell by cell, not as one number 1516106.7%;
    a value written with the release's bracketed second measure word (8316套（间）) is the figure before it."""
    table = ("新州市2025年民生实事完成情况\n\n附：部分项目完成情况统计表\n"
             "序号 项目                      年度目标  完成数  完成率\n"
             "1    城市阅读空间（个）        15        16      106.7%\n"
             "2    口袋公园（个）            30        19      63.3%\n")
    w = _in_xinzhou(tmp_path, ("新州市2025年民生实事项目\n\n    新建城市阅读空间15个。\n", table), "新建城市阅读空间",
                    "value: 15个\nstart: 2025-01-01\nquote: 新建城市阅读空间15个",
                    "value: 16个\nquote: 城市阅读空间（个）        15        16      106.7%", "count")
    assert w.status is Status.met, w.problems
    housing = "新州市2025年民生实事完成情况\n\n    全年筹集保障性租赁住房8316套（间），超额完成年度任务。\n"
    thing = "筹集保障性租赁住房"
    w = _in_xinzhou(tmp_path / "housing", ("新州市2025年民生实事项目\n\n    " + thing + "8000套（间）。\n", housing),
                    thing, f"value: 8000套（间）\nstart: 2025-01-01\nquote: {thing}8000套（间）",
                    f"value: 8316套（间）\nquote: 全年{thing}8316套（间）", "count")
    assert w.status is Status.met, w.problems


def test_a_thing_said_another_way_is_the_same_thing(tmp_path: Path) -> None:
    """新增公共停车位5600个 answers 新增公共停车泊位: 车位 and 泊位 are one thing."""
    w = _a_count(tmp_path, "新增公共停车泊位", "新增公共停车泊位5000个", "全年新增公共停车位5600个。",
                 "全年新增公共停车位5600个", "5600个")
    assert w.status is Status.met, w.problems


@pytest.mark.parametrize(("sentence", "quote", "value", "status"), [
    # a figure short of the target is missed, whatever rate follows it; a bare 完成率 is of the target
    ("全年新增公办学位1.1万个，截至年底学位交付率78.5%。", "全年新增公办学位1.1万个", "1.1万个", Status.missed),
    ("全年新增公办学位1.25万个，完成率104.2%。", "全年新增公办学位1.25万个", "1.25万个", Status.met),
])
def test_a_rate_after_a_figure_short_already_or_of_the_target(tmp_path: Path, sentence: str, quote: str, value: str,
                                                               status: Status) -> None:
    w = _a_count(tmp_path, "新增公办学位", "新增公办学位1.2万个", sentence, quote, value)
    assert w.status is status, w.problems


def test_those_served_short_already_are_missed(tmp_path: Path) -> None:
    w = _a_count(tmp_path, "惠及居民", "惠及居民3万户", "全市开工改造老旧小区154个，完工118个，惠及居民2.71万户。",
                 "惠及居民2.71万户", "2.71万户")
    assert w.status is Status.missed, w.problems


@pytest.mark.parametrize(("indicator", "plan", "sentence", "quote", "value", "measure", "status"), [
    # the kind word past the figure, in a clause of its own that does not say it of the figure: the whole's figure
    ("农村自来水普及率", "农村自来水普及率达到92%", "年末全市自来水普及率为96.2%，农村供水保障水平稳步提升。",
     "年末全市自来水普及率为96.2%", "96.2%", "level", Status.invalid),
    # said of the figure (均为): its kind; a statistic named another way (参加…保险人数 for …参保人数)
    ("新增公办学位", "新增公办学位3000个", "全年新增学位3200个，均为公办学位。", "全年新增学位3200个", "3200个",
     "count", Status.met),
    ("城乡居民基本医疗保险参保人数", "城乡居民基本医疗保险参保人数350万人",
     "年末参加城乡居民基本医疗保险人数352.6万人。", "年末参加城乡居民基本医疗保险人数352.6万人", "352.6万人", "count",
     Status.met),
])
def test_a_kind_word_past_the_figure_counts_only_where_said_of_it(
        tmp_path: Path, indicator: str, plan: str, sentence: str, quote: str, value: str, measure: str,
        status: Status) -> None:
    w = _a_count(tmp_path, indicator, plan, sentence, quote, value, measure)
    assert w.status is status, w.problems
    assert status is Status.met or "figure-lacks-kind" in w.codes(), w.problems


def test_a_finding_that_a_figure_was_higher_takes_nothing_back(tmp_path: Path) -> None:
    """(A blind probe of session 24, 赤峰/通辽.) A 人大 report's finding that lists figures found lower and one found
    higher than announced (中医馆, 最终建成数较发布会时增加4个) takes back only the lower ones."""
    report = ("新州市人大常委会关于2025年民生实事办理情况的调研报告\n\n    二、调研发现的数据差异\n\n    "
              "经调研组与有关部门逐项核实，"
              "部分项目数据与1月份新闻发布会通报存在差异：一是口袋公园，发布会通报的42个口袋公园中，有9个属于原有街头绿地提升改造，"
              "核减后实际新建33个；二是乡镇卫生院中医馆，由于4个项目于12月下旬通过验收，最终建成数较发布会时增加4个。\n\n"
              "    三、完成情况\n\n    截至2025年底实际建成乡镇卫生院中医馆22个（发布会时统计为18个）。\n")
    thing = "建设乡镇卫生院中医馆"
    w = _in_xinzhou(tmp_path, ("新州市2025年民生实事项目\n\n    " + thing + "20个。\n", report), thing,
                    "value: 20个\nstart: 2025-01-01\nquote: 建设乡镇卫生院中医馆20个",
                    "value: 22个\nquote: 截至2025年底实际建成乡镇卫生院中医馆22个（发布会时统计为18个）", "count")
    assert w.status is Status.met, w.problems
