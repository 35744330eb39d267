"""Work its review says is left for after the deadline (其余260户…将于2026年4月底前完成, 另有4处…顺延至2026年实施)
is not done by then: a figure or a claim of the plan met that its release takes back so is refused. A new target for
the next year, work of another thing, and a rest beyond a target already reached are left alone."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from evidence_helpers import write_releases

from checker.judge.pipeline import run_audit
from checker.judge.verdict import Status

PLAN = ("南州市2025年民生实事项目\n\n一、新建口袋公园20处。\n二、完成特殊困难老年人家庭居家适老化改造1000户。\n"
        "三、城镇老旧小区改造40个。\n四、新增公办幼儿园学位3600个。\n五、建成城区15分钟养老服务圈。\n")
PARKS = ("新建口袋公园", "value: 20处", "新建口袋公园20处")
HOMES = ("居家适老化改造", "value: 1000户", "完成特殊困难老年人家庭居家适老化改造1000户")
ESTATES = ("城镇老旧小区改造", "value: 40个", "城镇老旧小区改造40个")
PLACES = ("新增公办幼儿园学位", "value: 3600个", "新增公办幼儿园学位3600个")
CIRCLE = ("城区15分钟养老服务圈", "", "建成城区15分钟养老服务圈")


def judge(tmp_path: Path, review: str, rule: tuple[str, str, str], outcome: str) -> tuple[Status, list[str]]:
    seeds, rules = tmp_path / "seeds", tmp_path / "rules"
    write_releases(seeds, [("plan", PLAN, "2025-01-20", "南州市"), ("review", review, "2026-01-20", "南州市")],
                   "南州市人民政府办公室")
    rules.mkdir()
    indicator, target, plan_quote = rule
    outcome_lines = "".join(f"        {line}\n" for line in outcome.split("\n"))
    (rules / "rules.yaml").write_text(
        f"rules:\n  - id: left\n    region: 南州市\n    indicator: {indicator}\n    plan:\n"
        + (f"      {target}\n" if target else "")
        + f"      deadline: 2025年底\n      start: 2025-01-01\n      source: plan\n      quote: {plan_quote}\n"
        f"    outcomes:\n      - as_of: 2025-12-31\n        source: review\n{outcome_lines}", encoding="utf-8")
    audit = run_audit([rules], seeds, date(2026, 11, 30), 90, root=tmp_path)
    return audit.verdicts[0].status, [p.code for p in audit.problems()]


REVIEW = "南州市人民政府办公室关于2025年民生实事项目完成情况的通报\n\n"


@pytest.mark.parametrize(("rule", "sentences", "outcome"), [
    # the year's estates said done, whose own sentence defers part of the work
    (ESTATES, "全年改造城镇老旧小区42个，城镇老旧小区改造年度任务基本完成，部分小区附属工程顺延至2026年实施。",
     "value: 42个\nquote: 全年改造城镇老旧小区42个"),
    # a part of the town not yet served, in the sentence of the claim
    (CIRCLE, "主城区15分钟养老服务圈全面建成，江源区仍有6个社区尚未配建养老服务站点，"
             "将在2026年通过租赁、置换等方式补齐。",
     "achieved: true\nquote: 主城区15分钟养老服务圈全面建成"),
    # parks said built, and others of them put off to next year
    (PARKS, "全年新建口袋公园20处，群众满意度较高。受用地手续影响，另有部分口袋公园顺延至2026年建成开放。",
     "value: 20处\nquote: 全年新建口袋公园20处"),
])
def test_work_left_for_after_the_deadline_is_refused(tmp_path: Path, rule: tuple[str, str, str], sentences: str,
                                                     outcome: str) -> None:
    status, codes = judge(tmp_path, REVIEW + sentences + "\n", rule, outcome)
    assert status is not Status.met
    assert "outcome-work-left-over" in codes, codes


@pytest.mark.parametrize(("rule", "sentences", "outcome"), [
    # a target's own words: 力争, 确保
    (PARKS, "全年新建口袋公园22处。2026年，新建口袋公园力争完成省定目标任务，确保2026年按期完成。",
     "value: 22处\nquote: 全年新建口袋公园22处"),
    # next year's new target for the same thing
    (PARKS, "全年新建口袋公园22处。2026年，将继续新建口袋公园20处。", "value: 22处\nquote: 全年新建口袋公园22处"),
    # done beyond the target; the rest of the city's own list is more than the plan asked
    (HOMES, "特殊困难老年人家庭居家适老化改造年内完成并通过验收1050户，其余120户将于2026年4月底前完成。",
     "value: 1050户\nquote: 特殊困难老年人家庭居家适老化改造年内完成并通过验收1050户"),
    # the kindergartens deferred, after a semicolon: not the places, which the indicator counts
    (PLACES, "全年新建和改扩建公办幼儿园11所，新增公办幼儿园学位3720个；受征地拆迁影响，2所新建幼儿园未能按期完工，"
             "延至2026年春季开园。", "value: 3720个\nquote: 新增公办幼儿园学位3720个"),
    # another thing's work deferred (gas fittings in old estates)
    (ESTATES, "全年改造城镇老旧小区42个。老旧小区户内燃气设施改造其余部分将于2026年6月底前完成。",
     "value: 42个\nquote: 全年改造城镇老旧小区42个"),
    # work put off to the deadline's year, and done in it
    (PARKS, "全年新建口袋公园21处。2024年顺延的口袋公园已于2025年5月建成开放。",
     "value: 21处\nquote: 全年新建口袋公园21处"),
])
def test_a_new_target_another_thing_or_a_rest_beyond_the_target_is_no_work_left(
        tmp_path: Path, rule: tuple[str, str, str], sentences: str, outcome: str) -> None:
    status, codes = judge(tmp_path, REVIEW + sentences + "\n", rule, outcome)
    assert "outcome-work-left-over" not in codes, codes
    assert status is Status.met, codes


# --- the release says the target was not reached -------------------------------------------------------------

SHARE = ("基层医疗卫生机构诊疗量占比", "value: 65%", "基层医疗卫生机构诊疗量占比达到65%")
FOREST = ("植树造林", "value: 6万亩", "完成植树造林6万亩")
PLAN += "六、基层医疗卫生机构诊疗量占比达到65%。\n七、完成植树造林6万亩。\n"


@pytest.mark.parametrize(("rule", "sentences", "outcome", "code"), [
    # the old basis's figure, where the new basis's is said short of the target by its figure
    (SHARE, "按原口径计算，基层医疗卫生机构诊疗量占比为66.1%；"
            "按新口径，全市这一比例为62.8%，没有达到65%的目标。",
     "value: 66.1%\nquote: 基层医疗卫生机构诊疗量占比为66.1%", "outcome-short-said"),
    # the afforestation itself said short of the year's task (and the forestry work listed counted together)
    (FOREST, "全年完成植树造林、森林抚育等营造林任务6.6万亩。"
             "全年完成植树造林3800公顷（5.7万亩），受夏季极端高温干旱影响，未完成年度任务。",
     "value: 6.6万亩\nquote: 完成植树造林、森林抚育等营造林任务6.6万亩", "figure-counts-more"),
    (FOREST, "全年完成营造林任务6.6万亩。全年完成植树造林3800公顷（5.7万亩），受夏季极端高温干旱影响，未完成年度任务。",
     "value: 6.6万亩\nquote: 完成营造林任务6.6万亩", "outcome-short-said"),
])
def test_a_target_its_release_says_was_not_reached_is_refused(tmp_path: Path, rule: tuple[str, str, str],
                                                              sentences: str, outcome: str, code: str) -> None:
    status, codes = judge(tmp_path, REVIEW + sentences + "\n", rule, outcome)
    assert status is not Status.met
    assert code in codes, codes


@pytest.mark.parametrize(("rule", "sentences", "outcome"), [
    # another year's task not done
    (FOREST, "全年完成植树造林6.3万亩。对2024年未完成年度任务的县区，逐项明确整改措施。",
     "value: 6.3万亩\nquote: 全年完成植树造林6.3万亩"),
    # a part's (个别县)
    (FOREST, "全年完成植树造林6.3万亩，个别县植树造林未完成年度任务。",
     "value: 6.3万亩\nquote: 全年完成植树造林6.3万亩"),
    # another thing's target of the same figure, in another paragraph
    (SHARE, "基层医疗卫生机构诊疗量占比达到66.1%。\n\n全市城市生活垃圾分类覆盖率没有达到65%的目标。",
     "value: 66.1%\nquote: 基层医疗卫生机构诊疗量占比达到66.1%"),
    # a reporter's question
    (SHARE, "南州日报记者：\n基层医疗卫生机构诊疗量占比有没有达到65%的目标？\n\n市卫生健康委主任 张敏：\n"
            "感谢提问。全市基层医疗卫生机构诊疗量占比达到66.1%。",
     "value: 66.1%\nquote: 全市基层医疗卫生机构诊疗量占比达到66.1%"),
])
def test_a_shortfall_of_another_year_part_thing_or_a_question_is_left_alone(
        tmp_path: Path, rule: tuple[str, str, str], sentences: str, outcome: str) -> None:
    status, codes = judge(tmp_path, REVIEW + sentences + "\n", rule, outcome)
    assert "outcome-short-said" not in codes, codes
    assert status is Status.met, codes


# --- a list of things short of their targets (session 21) ----------------------------------------------------------

@pytest.mark.parametrize(("rule", "sentences", "outcome", "status"), [
    # the thing named in a list of things short of the year's target, in a section of problems
    (FOREST, "全年完成植树造林6.2万亩。\n三、存在问题\n"
             "部分指标与目标存在差距，森林抚育、植树造林和湿地修复面积未达到年度目标。",
     "value: 6.2万亩\nquote: 完成植树造林6.2万亩", Status.invalid),
    (SHARE, "基层医疗卫生机构诊疗量占比为66.1%。受人口外流影响，基层医疗卫生机构诊疗量占比不及预期。",
     "value: 66.1%\nquote: 基层医疗卫生机构诊疗量占比为66.1%", Status.invalid),
    # a part named short (部分县区), another thing short (森林抚育), are not the thing's shortfall
    (FOREST, "全年完成植树造林6.2万亩。部分县区植树造林未达到年度目标。", "value: 6.2万亩\nquote: 完成植树造林6.2万亩",
     Status.met),
    (FOREST, "全年完成植树造林6.2万亩。受干旱影响，森林抚育和湿地修复面积未达到年度目标。",
     "value: 6.2万亩\nquote: 完成植树造林6.2万亩", Status.met),
])
def test_a_thing_listed_short_of_its_target_is_refused(tmp_path: Path, rule: tuple[str, str, str], sentences: str,
                                                        outcome: str, status: Status) -> None:
    got, codes = judge(tmp_path, REVIEW + sentences + "\n", rule, outcome)
    assert got is status, codes
    assert ("outcome-short-said" in codes) is (status is Status.invalid), codes


@pytest.mark.parametrize(("sentence", "status"), [
    # the thing is among those done in full; the work left is the others'
    ("截至2025年12月31日，10件民生实事中，植树造林、医保参保3件已全面完成年度目标任务，老旧小区改造、供热管网改造等7件"
     "完成主体任务，剩余工程量已结转至2026年一季度继续实施。", Status.met),
    # among those whose work is left
    ("截至2025年12月31日，10件民生实事中，医保参保、普惠托育3件已全面完成年度目标任务，植树造林、供热管网改造等7件"
     "完成主体任务，剩余工程量已结转至2026年一季度继续实施。", Status.invalid),
    # said done in full, and a rest of its own put off: no other group named between
    ("植树造林任务全面完成，其中3个乡镇的补植工程顺延至2026年春季实施。", Status.invalid),
    # named in the group done in full, the rest of the items (其余7件) others'
    ("十件重点民生实事中，医保参保、植树造林、普惠托育等3件全面完成或超额完成，其余7件基本完成或完成大部分任务，"
     "未完成部分已结转至2026年继续实施。", Status.met),
    ("十件重点民生实事中，医保参保、普惠托育等3件全面完成或超额完成，其余7件基本完成或完成大部分任务，"
     "植树造林未完成部分已结转至2026年继续实施。", Status.invalid),
])
def test_work_left_over_is_of_the_things_it_names(tmp_path: Path, sentence: str, status: Status) -> None:
    got, codes = judge(tmp_path, REVIEW + "全年完成植树造林6.2万亩。" + sentence + "\n", FOREST,
                       "value: 6.2万亩\nquote: 完成植树造林6.2万亩")
    assert got is status, codes


# --- what was done, given after the figure (session 21) -------------------------------------------------------------

TEACHERS = ("公开招聘中小学教师", "value: 300名", "公开招聘中小学教师300名")
PLAN += "八、公开招聘中小学教师300名。\n"
HIRED = "value: 326名\nquote: 全年公开招聘中小学教师326名"


@pytest.mark.parametrize(("rule", "sentences", "outcome", "status"), [
    # posts advertised, then those in post; things ordered, then in use; work under way, then built
    (TEACHERS, "全年公开招聘中小学教师326名，截至12月底到岗261名。", HIRED,
     Status.invalid),
    (TEACHERS, "全年公开招聘中小学教师326名。受部分岗位报名人数不足影响，最终招聘到岗243名。",
     HIRED, Status.invalid),
    (FOREST, "全年实施植树造林6.6万亩。已完成植树造林5.1万亩，其余正在补植。",
     "value: 6.6万亩\nquote: 全年实施植树造林6.6万亩", Status.invalid),
    # those in post reach the target; a part in post; another place's; another thing's
    (TEACHERS, "全年公开招聘中小学教师326名，截至12月底到岗312名。", HIRED,
     Status.met),
    (TEACHERS, "全年公开招聘中小学教师326名，其中农村学校到岗176名。", HIRED,
     Status.met),
    (TEACHERS, "全年公开招聘中小学教师326名；东城区受编制调整影响，实际到岗24名。",
     HIRED, Status.met),
    (TEACHERS, "全年公开招聘中小学教师326名，新招聘的校医实际到岗48名。", HIRED,
     Status.met),
])
def test_what_was_done_given_after_the_figure_must_reach_the_target(
        tmp_path: Path, rule: tuple[str, str, str], sentences: str, outcome: str, status: Status) -> None:
    got, codes = judge(tmp_path, REVIEW + sentences + "\n", rule, outcome)
    assert got is status, codes
    assert ("outcome-done-short" in codes) is (status is Status.invalid), codes
