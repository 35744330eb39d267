"""Round 41 of held-out probes (session 26), written blind (their authors never ran the checker): 台州, 德州, 吕梁,
十堰; and honest rules of earlier rounds that were refused (宝鸡, 咸阳, 天水, 平凉). Each trap below is the shape of one
the checker judged met; each honest rule one it refused. The texts are new, written for these tests in the releases'
style, so that what is tested is the reading, not the probes' wording."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from evidence_helpers import write_releases
from test_evidence_round38 import judge

from checker.judge.pipeline import run_audit
from checker.judge.verdict import Status
from checker.language.quantity import parse_quantity

_LIST_PLAN = "城市、农村低保标准分别提高到每人每月不低于800元、每人每年不低于6000元"
_LIST_SAID = "城市、农村低保标准分别提高到每人每月815元和每人每年6120元"

TRAPS_41 = [
    # a value per month (as the release writes it) answered by its quote's figure per year
    ("城市低保标准", "城市低保标准提高到每人每月800元", "每人每月800元", "城市低保标准提高到每人每年9780元。",
     "城市低保标准提高到每人每年9780元", "每人每月9780元", "level", "figure-per-unquoted"),
    # the other name's figure of a list of names, each figure with its own per
    ("城市低保标准", _LIST_PLAN, "不低于800元", _LIST_SAID + "。", _LIST_SAID, "6120元", "level",
     "figure-counts-other"),
    ("农村低保标准", _LIST_PLAN, "不低于6000元", _LIST_SAID + "。", _LIST_SAID, "815元", "level", "figure-per-differs"),
    # a requirement set out before the figure (not one met)
    ("村卫生室标准化建设", "完成村卫生室标准化建设80个", "80个", "市卫健委要求，全年完成村卫生室标准化建设88个。",
     "全年完成村卫生室标准化建设88个", "88个", "count", "outcome-figure-is-target"),
    # the other item of a list whose first item carries the doing both share
    ("新建改扩建中小学（竣工投用）", "新建改扩建中小学12所、公办幼儿园8所", "12所",
     "全年新建改扩建公办幼儿园、中小学分别建成投用13所、9所，新增公办学位1.1万个。",
     "新建改扩建公办幼儿园、中小学分别建成投用13所、9所", "13所", "count", "figure-counts-other"),
    # work carried on, of which the sentence says fewer finished within the year (年内完工), the rest put off
    ("新建和改造提升高标准农田", "新建和改造提升高标准农田40万亩", "40万亩",
     "实施高标准农田建设项目41.2万亩，年内完工33.5万亩，其余项目今年汛期前全部完工。",
     "实施高标准农田建设项目41.2万亩", "41.2万亩", "count", "outcome-includes-unfinished"),
    # of a set, some put into use and the rest only promised (计划…启用)
    ("新建、改扩建中小学、幼儿园", "新建、改扩建中小学、幼儿园10所", "10所",
     "全年实施新建、改扩建中小学、幼儿园11所，其中8所已于秋季学期投入使用，3所主体完工，计划2026年春季学期启用。",
     "全年实施新建、改扩建中小学、幼儿园11所", "11所", "count", "outcome-includes-unfinished"),
    # a count said mostly finished (基本完工) after the quote, with a smaller part in use
    ("乡镇卫生院提档升级", "完成乡镇卫生院提档升级25家", "25家",
     "乡镇卫生院提档升级25家项目基本完工，其中17家已投入使用。",
     "乡镇卫生院提档升级25家", "25家", "count", "outcome-includes-unfinished"),
    # what some of the counties reach (中有4个…达到90%以上), not the city's rate
    ("县域就诊率", "县域就诊率达到90%以上", "90%以上", "全市7个县（市、区）中有5个县域就诊率达到90%以上。",
     "县域就诊率达到90%以上", "90%以上", "level", "figure-is-threshold"),
    # a rate computed on another basis, named in a clause before it, than the plan's
    ("清洁取暖率", "全市清洁取暖率（按户数计算）达到80%", "80%", "按建筑面积计算，全市清洁取暖率达到83.6%。",
     "全市清洁取暖率达到83.6%", "83.6%", "level", "figure-adjusted"),
    # last year's figure of the province, before the city's own
    ("农村自来水普及率", "农村自来水普及率达到92%", "92%", "去年全省农村自来水普及率达到93%，我市为90.5%。",
     "农村自来水普及率达到93%", "93%", "level", "figure-wider-region"),
    # those served by all the projects begun, of which its sentence says fewer finished
    ("老旧小区改造惠及居民", "老旧小区改造惠及居民1.2万户", "1.2万户",
     "改造城镇老旧小区108个（含2024年续建项目30个），其中已完工81个，其余项目将于2026年6月底前完工；改造项目惠及居民1."
     "31万户。",
     "改造项目惠及居民1.31万户", "1.31万户", "count", "outcome-includes-unfinished"),
    # a span of years in the sentence before (过去五年)
    ("新建改扩建公办幼儿园", "新建改扩建公办幼儿园12所", "12所",
     "过去五年，我们坚持在发展中保障和改善民生。新建改扩建公办幼儿园64所，新增学位4.2万个。",
     "新建改扩建公办幼儿园64所", "64所", "count", "outcome-total-since-launch"),
]

HONEST_41 = [
    # a value written with what it is per, as the release writes it (宝鸡, 咸阳)
    ("城市低保标准", "城市低保标准提高到每人每月800元", "每人每月800元", "城市低保标准提高到每人每月815元。",
     "城市低保标准提高到每人每月815元", "每人每月815元", "level"),
    ("困难残疾人生活补贴标准", "困难残疾人生活补贴标准提高到每人每月不低于95元", "每人每月不低于95元",
     "困难残疾人生活补贴标准提高到每人每月95元，惠及2.1万人。", "困难残疾人生活补贴标准提高到每人每月95元", "95元",
     "level"),
    # each name of a list its own figure, though each figure has words of its own (平凉)
    ("城市低保标准", _LIST_PLAN, "不低于800元", _LIST_SAID + "。", _LIST_SAID, "815元", "level"),
    ("农村低保标准", _LIST_PLAN, "不低于6000元", _LIST_SAID + "。", _LIST_SAID, "6120元", "level"),
    # a bare number the noun after it counts in people (天水)
    ("巩固提升农村人口供水保障水平", "巩固提升15万农村人口供水保障水平", "15万人",
     "全年巩固提升15.6万农村人口供水保障水平，新建改造供水工程42处。", "巩固提升15.6万农村人口供水保障水平", "15.6万人",
     "count"),
    # the item of a list whose first item carries the doing both share
    ("新建改扩建公办幼儿园", "新建改扩建中小学12所、公办幼儿园8所", "8所",
     "全年新建改扩建公办幼儿园、中小学分别建成投用13所、9所，新增公办学位1.1万个。",
     "新建改扩建公办幼儿园、中小学分别建成投用13所、9所", "13所", "count"),
    # the same basis before the figure as the plan's
    ("清洁取暖率", "全市清洁取暖率（按户数计算）达到80%", "80%", "按户数计算，全市清洁取暖率达到83.6%。",
     "全市清洁取暖率达到83.6%", "83.6%", "level"),
    # the figure of an item after a semicolon, which names a thing of its own, beside another item's parts
    ("农村供水工程巩固提升受益人口", "农村供水工程巩固提升受益农村人口25万人以上", "25万人以上",
     "全年完成农村清洁取暖改造4.6万户（其中空气源热泵2.2万户、电能直热1.5万户），均已通过验收；"
     "农村供水工程巩固提升惠及农村人口26.8万人。", "农村供水工程巩固提升惠及农村人口26.8万人", "26.8万人", "count"),
    # a requirement met, in the clause before the figure (襄阳)
    ("村卫生室标准化建设", "完成村卫生室标准化建设80个", "80个",
     "调研组抽查的村卫生室均达到标准化建设要求，全年村卫生室标准化建设88个的数据经县级验收资料核实无误。",
     "全年村卫生室标准化建设88个的数据经县级验收资料核实无误", "88个", "count"),
]


def test_a_value_per_head_and_month_is_read_as_its_figure() -> None:
    quantity = parse_quantity("每人每月不低于780元")
    assert (quantity.value, quantity.unit, quantity.qualifier.value) == (780, "元", "at_least")


def test_a_bare_number_counts_people_only_where_its_noun_does(tmp_path: Path) -> None:
    # (15万 of 15万亩 is no count of people, nor of households where its noun counts people)
    status, codes = judge(tmp_path / "a", "农村人口供水保障", "巩固提升15万农村人口供水保障水平", "15万户",
                          "全年巩固提升15.6万农村人口供水保障水平。", "巩固提升15.6万农村人口供水保障水平", "15.6万户")
    assert status is Status.invalid and "quantity-not-in-quote" in codes, codes


LATER_41 = [
    # a later release: the thing's figure, short, and 均略低于年度目标 of it and its neighbour
    ("县域就诊率", "县域就诊率达到90%以上", "90%以上", "全市县域就诊率达到90%以上。", "县域就诊率达到90%以上",
     "90%以上",
     "全市农村规模化供水工程覆盖人口比例为91.4%，县域就诊率为88.7%，均略低于年度目标。", "outcome-short-said-later"),
    # a later release takes the figure's things as a set, some of them still being built
    ("新建体育公园", "新建体育公园5个", "5个", "全年新建体育公园5个，新建百姓健身房42个。", "新建体育公园5个", "5个",
     "5个体育公园中，椒江、路桥2个因用地调整仍在施工。", "outcome-set-unfinished"),
]


@pytest.mark.parametrize(("indicator", "plan", "sentence", "quote", "outcome", "code"), [
    # the level a grade names, for a plan of the grade within it (二级 for 二级甲等)
    ("县级医院达到二级甲等以上水平", "每个县（市、区）均有1所以上县级医院达到二级甲等以上水平",
     "全市县级公立医院全部达到二级医院标准。", "全市县级公立医院全部达到二级医院标准", "achieved: true",
     "claim-other-kind"),
])
def test_a_milestone_trap_of_round_41_is_refused(tmp_path: Path, indicator: str, plan: str, sentence: str, quote: str,
                                                 outcome: str, code: str) -> None:
    status, codes = judge(tmp_path, indicator, plan, "", sentence, quote, outcome)
    assert status is Status.invalid and code in codes, codes


@pytest.mark.parametrize(("indicator", "plan", "sentence", "quote", "outcome"), [
    # another building's use promised, after a comma (市中医院新院区…预计今年3月正式开诊); 启用 is in use
    ("市妇女儿童医院建成投用", "市妇女儿童医院建成投用",
     "市妇女儿童医院于9月正式启用，市中医院新院区完成竣工验收、预计今年3月正式开诊，全市医疗卫生机构床位达到4.2万张。",
     "市妇女儿童医院于9月正式启用", "achieved: true"),
    # done by the year's end (已于2025年底前), not a promise of it
    ("新建改扩建中小学", "新建改扩建中小学10所",
     "2025年度确定的10所中小学新建改扩建项目已于2025年底前全部竣工投用。",
     "2025年度确定的10所中小学新建改扩建项目已于2025年底前全部竣工投用", "claim: met"),
])
def test_an_honest_milestone_of_round_41_is_judged(tmp_path: Path, indicator: str, plan: str, sentence: str,
                                                   quote: str, outcome: str) -> None:
    status, codes = judge(tmp_path, indicator, plan, "", sentence, quote, outcome)
    assert status is Status.met and codes == [], codes


@pytest.mark.parametrize(("indicator", "plan", "value", "sentence", "quote", "outcome"), [
    # an audit: the thing among the tasks done well; the fault found is of some others (但部分任务)
    ("义务教育学位", "新增义务教育学位5000个", "5000个",
     "从审计核定情况看，改造农村公路危桥、义务教育学位、城镇新增就业等任务完成情况较好，但部分任务完成数据的统计口径与"
     "清单要求"
     "不一致，存在多计、重复计算等问题。义务教育学位5240个经核实均为新建、改扩建学校实际投入使用学位，符合清单口径。",
     "义务教育学位5240个经核实均为新建、改扩建学校实际投入使用学位", "5240个"),
    # an audit's next item (二是) takes another thing's figure down, not this one's
    ("义务教育学位", "新增义务教育学位5000个", "5000个",
     "一是义务教育学位5240个经核实均为实际投入使用学位，符合清单口径。二是市卫生健康委报送的新增普惠性托位1980个中，有"
     "320个"
     "托位所在机构未实际开展收托，核减后为1660个。", "义务教育学位5240个经核实均为实际投入使用学位", "5240个"),
    # a figure an audit checked and found right, beside another it revised to the figure published
    ("新建公共快充桩", "新建公共充电桩2500个，其中快充桩不少于900个", "不少于900个",
     "市发展改革委通报的新建公共充电桩3100个，系将两家单位报送的数据简单相加，其中620个重复，剔除后为2480个，与公告数"
     "一致，"
     "其中快充桩1050个经核实无误。", "其中快充桩1050个经核实无误", "1050个"),
])
def test_an_honest_rule_beside_an_audits_findings_is_judged(tmp_path: Path, indicator: str, plan: str, value: str,
                                                            sentence: str, quote: str, outcome: str) -> None:
    status, codes = judge(tmp_path, indicator, plan, value, sentence, quote, outcome)
    assert status is Status.met and codes == [], codes


def test_a_plan_value_after_a_bracket_of_what_another_item_leaves_out_is_the_citys(tmp_path: Path) -> None:
    plan = "新改建农村公路800公里（不含日常养护和路面修补，国省干线公路改造不计入），改造农村公路危桥40座"
    status, codes = judge(tmp_path, "改造农村公路危桥", plan, "40座", "全年改造农村公路危桥43座。",
                          "改造农村公路危桥43座", "43座")
    assert status is Status.met and codes == [], codes


def test_an_as_of_a_few_days_after_a_year_end_review_is_said_not_refused(tmp_path: Path) -> None:
    args = ("新增普惠性托位", "新增普惠性托位2000个", "2000个", "全年新增普惠性托位2150个。",
            "全年新增普惠性托位2150个", "2150个")
    status, codes = judge(tmp_path / "a", *args, review_day="2025-12-28")
    assert status is Status.met and codes == [], codes  # (a warning: outcome-after-release)
    status, codes = judge(tmp_path / "b", *args, review_day="2025-12-10")  # (three weeks: a later figure)
    assert status is Status.invalid and "outcome-after-release" in codes, codes


def _audit(tmp_path: Path, releases: list[tuple[str, str, str]], rule: str) -> tuple[Status, list[str]]:
    """Releases of 新州市 (id, text, published) and one rule (YAML, indented as an item of `rules:`): the verdict
    and the codes of its errors."""
    write_releases(tmp_path / "seeds", [(rid, text, day, "新州市") for rid, text, day in releases], "新州市人民政府")
    (tmp_path / "rules").mkdir()
    (tmp_path / "rules" / "rules.yaml").write_text("rules:\n" + rule, encoding="utf-8")
    audit = run_audit([tmp_path / "rules"], tmp_path / "seeds", date(2026, 11, 30), 90, root=tmp_path)
    return audit.verdicts[0].status, [p.code for p in audit.problems() if p.severity.value == "error"]


_REPORT_2025 = ("report", "新州市2025年政府工作报告\n\n一、2024年工作回顾\n\n"
                "粮食生产再获丰收，粮食总产量稳定在150亿斤以上。\n\n"
                "二、2025年主要预期目标\n\n今年的主要预期目标是：城镇新增就业5万人以上；新增集中供热面积240万平方米；"
                "粮食总产量稳定在150亿斤以上。\n",
                "2025-01-14")
_BULLETIN_2025 = ("bulletin", "新州市2025年国民经济和社会发展统计公报\n\n"
                  "全年粮食总产量78.6亿公斤（157.2亿斤），比上年增长1.3%。"
                  "全年新增集中供热面积262万平方米。\n注：新增集中供热面积为供热主管部门年度核实数，较年初快报数（251"
                  "万平方米）"
                  "增加11万平方米。\n", "2026-03-20")


def test_a_plan_quote_under_last_years_review_and_among_this_years_targets_is_the_target(tmp_path: Path) -> None:
    rule = ("  - id: r\n    region: 新州市\n    indicator: 粮食总产量\n    measure: level\n"
            "    plan: {value: 150亿斤以上, deadline: 2025年底, source: report, quote: 粮食总产量稳定在150亿斤以上}\n"
            "    outcomes:\n      - {value: 157.2亿斤, as_of: 2025-12-31, source: bulletin, quote: （157.2亿斤）}\n")
    status, codes = _audit(tmp_path, [_REPORT_2025, _BULLETIN_2025], rule)
    assert "plan-figure-is-result" not in codes, codes


def test_a_later_note_giving_the_difference_of_an_upward_revision_leaves_the_first_figure(tmp_path: Path) -> None:
    review = ("review", "新州市2025年民生实事完成情况\n\n全年新增集中供热面积251万平方米。\n", "2026-01-20")
    rule = ("  - id: r\n    region: 新州市\n    indicator: 新增集中供热面积\n    measure: count\n"
            "    plan: {value: 240万平方米, deadline: 2025年底, start: 2025-01-01, source: report, "
            "quote: 新增集中供热面积240万平方米}\n"
            "    outcomes:\n"
            "      - {value: 251万平方米, as_of: 2025-12-31, source: review, quote: 全年新增集中供热面积251万平方米}\n"
            "      - {value: 262万平方米, as_of: 2025-12-31, source: bulletin,\n"
            "         quote: 全年新增集中供热面积262万平方米}\n")
    _, codes = _audit(tmp_path, [_REPORT_2025, review, _BULLETIN_2025], rule)
    assert "outcome-revised-later" not in codes, codes


_PROGRESS = ("progress", "新州市2025年度三年行动推进情况通报\n\n| 指标 | 年度目标 | 完成情况 | 完成率 | 备注 |\n"
             "| 新建改扩建中小学 | 12所 | 12所 | 100.0% | 均已开工，竣工投用8所 |\n"
             "| 新增老年助餐点 | 200个 | 214个 | 107.0% | 已全部挂牌 |\n", "2025-12-20")
_PLAN_2024 = ("plan", "新州市城乡公共服务三年行动方案（2024—2026年）\n\n"
              "每年新建改扩建中小学12所，每年新增老年助餐点200个。\n",
              "2024-04-16")


def _completion_rule(indicator: str, value: str, row: str, also: str = "") -> str:
    return (f"  - id: r\n    region: 新州市\n    indicator: {indicator}\n    measure: count\n"
            f"    plan: {{value: {value}, deadline: 2025年底, start: 2025-01-01, source: plan, "
            f"quote: 每年{indicator}{value}}}\n"
            f"    outcomes:\n      - {{completion: {row.split(' | ')[-1]}, as_of: 2025-12-15, source: progress, "
            f"quote: '{row}'}}\n{also}")


def test_a_completion_ratio_of_a_row_whose_remark_says_fewer_done_is_refused(tmp_path: Path) -> None:
    rule = _completion_rule("新建改扩建中小学", "12所", "新建改扩建中小学 | 12所 | 12所 | 100.0%")
    status, codes = _audit(tmp_path, [_PLAN_2024, _PROGRESS], rule)
    assert status is Status.invalid and "outcome-includes-unfinished" in codes, codes


@pytest.mark.parametrize(("later", "refused"), [
    ("经调研组逐一核对，2025年通报的新增老年助餐点214个中，有88个系原有食堂挂牌，剔除后2025年实际新增126个。", True),
    # (a full year's count above the row's, later: no cut)
    ("经核实，2025年全年新增老年助餐点221个。", False),
])
def test_a_completion_ratio_of_a_row_whose_result_a_later_release_cuts_is_refused(tmp_path: Path, later: str,
                                                                                  refused: bool) -> None:
    renda = ("renda", "新州市人大常委会调研报告\n\n" + later + "\n", "2026-06-20")
    rule = _completion_rule("新增老年助餐点", "200个", "新增老年助餐点 | 200个 | 214个 | 107.0%")
    status, codes = _audit(tmp_path, [_PLAN_2024, _PROGRESS, renda], rule)
    assert ("outcome-revised-later" in codes) is refused, codes


def test_work_put_off_in_a_later_years_sentence_is_not_the_earlier_years(tmp_path: Path) -> None:
    review = ("review", "新州市三年行动推进情况通报\n\n"
              "2024年实施乡村振兴重点项目216个。2025年实施乡村振兴重点项目196个，"
              "另有4个项目因用地调整结转至2026年实施。\n", "2025-12-22")
    rule = ("  - id: r\n    region: 新州市\n    indicator: 乡村振兴重点项目\n    measure: count\n"
            "    plan: {value: 200个以上, deadline: 2024年底, start: 2024-01-01, source: plan, "
            "quote: 每年实施乡村振兴重点项目200个以上}\n"
            "    outcomes:\n"
            "      - {value: 216个, as_of: 2024-12-31, source: review, quote: 2024年实施乡村振兴重点项目216个}\n")
    plan = ("plan", "新州市城乡公共服务三年行动方案（2024—2026年）\n\n"
            "每年新建改扩建中小学12所，每年实施乡村振兴重点项目200个以上。\n",
            "2024-04-16")
    _, codes = _audit(tmp_path, [plan, review], rule)
    assert "outcome-work-left-over" not in codes, codes


# Round 42 (session 26, blind probes of 金华, 孝感, 玉林, 锦州)
TRAPS_42 = [
    # a sentence that counts in, as a part, what the plan's bracket leaves out
    ("新增普惠性托位", "新增普惠性托位1000个（不含幼儿园开设托班提供的托位）", "1000个",
     "新增普惠性托位1180个，其中幼儿园开设托班新增托位410个。", "新增普惠性托位1180个", "1180个", "count",
     "figure-counts-excluded"),
    # the figure of a proposal filed, not yet in force
    ("门诊慢特病保障病种", "门诊慢特病保障病种扩大到60种", "60种",
     "门诊慢特病保障病种扩大到60种的调整方案已报省医保局备案，将自2026年1月1日起执行。", "门诊慢特病保障病种扩大到60种",
     "60种", "level", "outcome-figure-is-target"),
    # what would be with a part taken out, in a clause of its own (若剔除…，)
    ("公共供水管网漏损率", "公共供水管网漏损率控制在10%以内", "10%以内",
     "全市公共供水管网漏损率为10.4%，若剔除主干管爆管抢修等非常规漏失水量，漏损率为9.7%。", "漏损率为9.7%", "9.7%",
     "level", "outcome-figure-if-counted"),
    # another city's figure, named in a clause before it (同为…的柳州市，…)
    ("新增城市公共停车泊位", "三年新增城市公共停车泊位1.5万个", "1.5万个",
     "同为区域中心城市的柳州市，三年累计新增公共停车泊位1.86万个，值得借鉴。", "三年累计新增公共停车泊位1.86万个",
     "1.86万个", "count", "figure-other-region"),
    # the town's rate, said of a thing the clause before names, for the town-and-country's
    ("城乡社区老年助餐服务覆盖率", "城乡社区老年助餐服务覆盖率达到85%以上", "85%以上",
     "城市社区老年助餐服务实现全覆盖，覆盖率100%，农村社区覆盖率提高到76.2%。"
     "", "城市社区老年助餐服务实现全覆盖，覆盖率100%",
     "100%", "level", "figure-other-statistic"),
    # all places, for a plan of public ones, the public part given after (其中公办…)
    ("新增公办中小学和幼儿园学位", "新增公办中小学和幼儿园学位1万个", "1万个",
     "新建、改扩建中小学校15所，新增学位1.21万个，其中公办学位0.87万个。", "新增学位1.21万个", "1.21万个", "count",
     "figure-lacks-kind"),
    # a later same-release paragraph takes some of the figure out as another year's (结转)
    ("新建（改扩建）公办托育机构", "新建（改扩建）公办托育机构12家", "12家",
     "全年新建、改扩建公办托育机构13家。需要说明的是，新建、改扩建的13家公办托育机构中，有3家是2024年清单结转的续建项"
     "目。",
     "全年新建、改扩建公办托育机构13家", "13家", "count", "outcome-found-overstated"),
]

HONEST_42 = [
    # a bracket of what another total holds (合计…（含…移动式公厕12座）), not the figure's
    ("改造提升公厕", "新建改造城市公厕90座，其中新建35座、改造提升55座（不含临时移动式公厕）", "55座",
     "新建公厕40座、改造提升公厕58座，合计新建改造城市公厕98座（含在景区设置的移动式公厕9座，均计入新建）。",
     "改造提升公厕58座", "58座", "count"),
    # roads named as examples of the city's (解放路、中央大街等城市主次干道)
    ("维修改造城市主次干道", "维修改造城市主次干道25条", "25条", "维修改造解放路、中央大街等城市主次干道27条。",
     "维修改造解放路、中央大街等城市主次干道27条", "27条", "count"),
    # all of the figure's in use, said after it (全部按期投入使用)
    ("建成投用中小学校", "建成投用中小学校12所", "12所", "新建改扩建中小学校13所，全部按期投入使用。",
     "新建改扩建中小学校13所，全部按期投入使用", "13所", "count"),
    # a part whose thing is said after it (其中17家同步完成数字化改造)
    ("农贸市场同步实施数字化改造", "改造提升农贸市场25家，其中同步实施数字化改造的不少于15家", "不少于15家",
     "全年完成农贸市场改造提升28家，其中17家同步完成数字化改造。"
     "", "全年完成农贸市场改造提升28家，其中17家同步完成数字化改造",
     "17家", "count"),
    # the basis a bracket names, the one targets are judged on (考核口径), beside the live one
    ("空气质量优良天数比例", "空气质量优良天数比例达到83%以上", "83%以上",
     "全市优良天数比例（考核口径）为84.1%，完成年度目标；实况优良天数比例为81.7%。"
     "", "全市优良天数比例（考核口径）为84.1%",
     "84.1%", "level"),
    # the year of a report named in a bracket (2026年政府工作报告初步统计为…), not the figure's
    ("建设农村互助养老服务点", "建设农村互助养老服务点200个", "200个",
     "全年建成农村互助养老服务点208个（2026年政府工作报告初步统计为186个，年底前完工项目经验收后补录22个）。",
     "全年建成农村互助养老服务点208个（2026年政府工作报告初步统计为186个，年底前完工项目经验收后补录22个）", "208个",
     "count"),
    # what the year added to a stock (比上年末增加1860张), for a count of what was added in the year
    ("新增医疗卫生机构床位", "全市新增医疗卫生机构床位1500张以上", "1500张以上",
     "年末全市卫生机构实有床位4.21万张，比上年末增加1860张。", "卫生机构实有床位4.21万张，比上年末增加1860张", "1860张",
     "count"),
    # work carried over in the next item of the sentence (；完成危桥改造46座（含2024年结转项目19座）), not the figure's
    ("新改建农村公路", "新改建农村公路450公里", "450公里",
     "全年新改建农村公路486公里，完成年度任务的108%；完成危桥改造38座（含2024年结转项目12座）。"
     "", "全年新改建农村公路486公里",
     "486公里", "count"),
    # a figure given net of what was taken out (已核减…)
    ("新增城市公共停车泊位", "新增城市公共停车泊位5000个", "5000个",
     "全年新增城市公共停车泊位5360个，已核减部分县区将道路临时施划泊位计入的840个。", "全年新增城市公共停车泊位5360个",
     "5360个", "count"),
]


LATER_42 = [
    # a later release takes apart the figure as published, in quotation marks
    ("新增城市公园绿地面积", "新增城市公园绿地面积100公顷", "100公顷", "全年新增城市绿地面积162公顷。",
     "新增城市绿地面积162公顷", "162公顷", "“新增城市绿地面积162公顷”中，新增公园绿地面积为88公顷，其余为道路附属绿地"
                               "和防护绿地。",
     "outcome-revised-later"),
    # a later audit's item whose heading names the thing, and whose sentence gives what was really done
    ("完成既有住宅加装电梯", "完成既有住宅加装电梯250台", "250台", "全年既有住宅加装电梯完工投用268台。",
     "既有住宅加装电梯完工投用268台", "268台",
     "1．既有住宅加装电梯。市住房城乡建设局年终报送完工投用268台。经逐台核实，其中41台截至2025年底尚未通过特种设备监督"
     "检验，"
     "2025年实际完成227台。", "outcome-revised-later"),
    # a later bulletin: the figure short, then 未完成年度目标 with the target in a bracket
    ("国考断面水质优良比例", "国考断面水质优良比例达到85.7%以上", "85.7%以上", "全市国考断面水质优良比例85.7%（快报数"
                                                     "据）。",
     "国考断面水质优良比例85.7%", "85.7%",
     "全市14个国考断面中，水质优良断面11个，占78.6%，未完成年度目标（85.7%）。", "outcome-short-said-later"),
]


def test_a_milestone_of_the_shell_and_fittings_is_not_the_building_open(tmp_path: Path) -> None:
    status, codes = judge(tmp_path, "市少儿图书馆建成开放", "市少儿图书馆建成开放", "",
                          "市少儿图书馆完成主体施工和内部装修，正在进行设备调试和图书上架，计划明年“六一”前开馆。",
                          "市少儿图书馆完成主体施工和内部装修", "achieved: true")
    assert status is Status.invalid, codes


def test_a_claim_of_work_done_is_refused_by_a_problem_left_of_it(tmp_path: Path) -> None:
    sentence = ("（二）燃气管网更新改造超额完成年度任务。全年更新改造城市燃气老化管道186公里。\n\n三、存在的问题\n\n"
                "一是部分燃气管道改造项目已完成管道敷设，但受停气置换窗口限制，约28公里管段尚未完成置换通气。")
    status, codes = judge(tmp_path, "更新改造城市燃气老化管道", "更新改造城市燃气老化管道180公里", "180公里", sentence,
                          "燃气管网更新改造超额完成年度任务", "claim: met")
    assert status is Status.invalid and "outcome-found-overstated" in codes, codes


def test_none_left_is_what_a_plan_to_do_away_with_asks(tmp_path: Path) -> None:
    status, codes = judge(tmp_path, "消除劣Ⅴ类国考断面", "推进流域综合治理，消除劣Ⅴ类国考断面", "",
                          "全市12个国考断面中无劣Ⅴ类断面。", "全市12个国考断面中无劣Ⅴ类断面", "achieved: true")
    assert status is Status.met and codes == [], codes


def test_a_places_figure_of_a_list_of_equal_figures_is_its_own(tmp_path: Path) -> None:
    status, codes = judge(tmp_path, "陆川县完成乡镇卫生院提质改造", "陆川县完成乡镇卫生院提质改造10所", "10所",
                          "容县、陆川县、北流市分别完成乡镇卫生院提质改造10所、10所、8所。",
                          "容县、陆川县、北流市分别完成乡镇卫生院提质改造10所、10所、8所", "10所")
    assert status is Status.met and codes == [], codes


def test_a_county_table_reads_each_columns_measure_word_from_its_heading(tmp_path: Path) -> None:
    plan = ("plan", "新州市三年攻坚行动方案\n\n表1　各县（市、区）主要任务分解表\n"
            "县（市、区）　老旧小区改造（个）　口袋公园（个）\n东城区　40　6\n北流县　50　8\n合计　90　14\n"
            "", "2023-03-17")
    review = ("review", "新州市三年攻坚行动收官情况\n\n北流县三年完成城镇老旧小区改造52个。\n", "2026-01-15")
    rule = ("  - id: r\n    region: 新州市\n    indicator: 北流县完成城镇老旧小区改造\n    measure: count\n"
            "    plan: {value: 50个, deadline: 2025年底, source: plan, quote: 北流县　50　8}\n"
            "    outcomes:\n      - {value: 52个, as_of: 2025-12-31, source: review, quote: 北流县三年完成城镇老旧小区"
            "改造52个}\n")
    status, codes = _audit(tmp_path, [plan, review], rule)
    assert status is Status.met and codes == [], codes


def test_a_later_years_own_figure_short_of_a_plan_of_years_is_no_running_total(tmp_path: Path) -> None:
    plan = ("plan", "新州市充电基础设施三年行动方案\n\n到2025年底，新建公共充电桩3000个。\n", "2023-03-17")
    review = ("review", "新州市2026年政府工作报告\n\n2025年新建公共充电桩1186个，全市公共充电桩总量达到6850个。\n"
                        "", "2026-01-27")
    rule = ("  - id: r\n    region: 新州市\n    indicator: 新建公共充电桩\n    measure: count\n"
            "    plan: {value: 3000个, deadline: 2025年底, source: plan, quote: 新建公共充电桩3000个}\n"
            "    outcomes:\n      - {value: 1186个, as_of: 2025-12-31, source: review, quote: 2025年新建公共充电桩1186"
            "个}\n")
    status, codes = _audit(tmp_path, [plan, review], rule)
    assert status is Status.invalid and "outcome-year-part" in codes, codes
    # (with `increment: true` it is that year's part, summed with the others)
    status, codes = _audit(tmp_path / "b", [plan, review], rule.replace("1186个, as_of", "1186个, increment: true, as_"
                                                                                        "of"))
    assert "outcome-year-part" not in codes, codes


def test_a_clause_of_places_of_its_own_takes_no_place_from_the_clause_before(tmp_path: Path) -> None:
    plan = ("plan", "新州市2025年政府工作报告\n\n新建改造污水管网150公里，城区污水处理厂三期扩建工程建成投运，"
            "完成省下达的12个乡镇生活污水处理设施提质增效任务。\n", "2025-01-08")
    review = ("review", "新州市2025年生态环境状况公报\n\n全年完成12个乡镇生活污水处理设施提质增效任务。\n"
                        "", "2026-05-29")
    rule = ("  - id: r\n    region: 新州市\n    indicator: 乡镇生活污水处理设施提质增效\n    measure: count\n"
            "    plan: {value: 12个, deadline: 2025年底, source: plan, quote: 完成省下达的12个乡镇生活污水处理设施提质"
            "增效任务}\n"
            "    outcomes:\n      - {value: 12个, as_of: 2025-12-31, source: review, "
            "quote: 全年完成12个乡镇生活污水处理设施提质增效任务}\n")
    status, codes = _audit(tmp_path, [plan, review], rule)
    assert status is Status.met and codes == [], codes


_ROWS = ("附表：主要指标完成情况\n\n序号 指标 年度目标 完成情况 完成率\n"
         "5 建设社区嵌入式托育点 30个 32个（另有3个在建） 106.7%\n8 县级人民医院提标扩能 5家 5家（2家待投用） —\n"
         "9 升级建设中心卫生院 8家 8家 100.0%\n")


def test_a_cells_bracket_of_more_besides_is_no_part_of_its_figure_but_one_of_its_own_is(tmp_path: Path) -> None:
    status, codes = judge(tmp_path / "a", "建设社区嵌入式托育点", "建设社区嵌入式托育点30个", "30个", _ROWS,
                          "建设社区嵌入式托育点 30个 32个（另有3个在建）", "32个")
    assert status is Status.met and codes == [], codes
    status, codes = judge(tmp_path / "b", "县级人民医院提标扩能", "完成县级人民医院提标扩能5家", "5家", _ROWS,
                          "县级人民医院提标扩能 5家 5家（2家待投用）", "5家")
    assert status is Status.invalid and "outcome-includes-unfinished" in codes, codes


# Round 43 (session 26, blind probes of 泰安, 赣州, 汉中, 湛江)
TRAPS_43 = [
    # the public ones' rate, after the whole's (其中公办…)
    ("养老机构护理型床位占比", "全市养老机构护理型床位占比达到65%以上", "65%以上",
     "全市养老机构护理型床位占比提高到61.8%，其中公办养老机构护理型床位占比达到70.2%。",
     "公办养老机构护理型床位占比达到70.2%", "70.2%", "level", "figure-of-a-part"),
    # another statistic of the same bureau: all health workers, not doctors; jobs a fair offered, not traineeships
    ("每千人口执业（助理）医师数", "每千人口执业（助理）医师数达到3.0人", "3.0人", "每千人口卫生技术人员达到7.1人。",
     "每千人口卫生技术人员达到7.1人", "7.1人", "level", "figure-other-statistic"),
    ("开发就业见习岗位", "开发就业见习岗位3000个", "3000个", "“春风行动”系列招聘活动提供就业岗位11.8万个。",
     "系列招聘活动提供就业岗位11.8万个", "11.8万个", "count", "figure-other-statistic"),
    # one counted in before it is done, in a bracket (含…待…复核的…)
    ("城乡交通运输一体化5A级县区", "城乡交通运输一体化发展水平达到5A级的县区达到6个", "6个",
     "目前6个县区达到5A级标准（含已通过市级初评、待省交通运输厅复核的宁强县）。", "6个县区达到5A级标准", "6个", "count",
     "outcome-includes-unfinished"),
]

HONEST_43 = [
    # work that improves (提升改善), for an indicator of new and improved (新增和改善)
    ("新增和改善农村供水人口", "新增和改善农村供水人口30万人", "30万人", "全年提升改善农村供水人口31.4万人。",
     "全年提升改善农村供水人口31.4万人", "31.4万人", "count"),
    # a rate of coverage, for an indicator worded as the share covered (…覆盖的行政村比例)
    ("农村生活垃圾收运处置体系覆盖行政村比例", "农村生活垃圾收运处置体系覆盖的行政村比例达到95%以上", "95%以上",
     "全市1691个行政村中，已有1620个纳入农村生活垃圾收运处置体系，覆盖率95.8%。", "覆盖率95.8%", "95.8%", "level"),
    # the year's part of a plan of years (每年100个), no rival of the total
    ("新建、改造提升标准化村卫生室", "三年新建、改造提升标准化村卫生室300个，每年100个", "100个",
     "全年新建、改造提升标准化村卫生室118个。", "全年新建、改造提升标准化村卫生室118个", "118个", "count"),
]


LATER_43 = [
    # a later release: fewer of the figure's meet the plan's terms, short of the target by its figure
    ("新建社区食堂（老年助餐点）", "新建社区食堂（老年助餐点）50处", "50处", "全年新建社区食堂（老年助餐点）61处。",
     "全年新建社区食堂（老年助餐点）61处", "61处",
     "1．社区食堂。年终公布新建社区食堂（老年助餐点）61处，其中17处仅提供配送服务，按年度方案口径符合条件的为44处，"
     "未完成50处的目标。", "outcome-short-said-later"),
    # a later release: the year's figure checked (核实为), with the ratio of the target it makes
    ("城镇新增就业", "城镇新增就业6万人以上", "6万人以上", "全年城镇新增就业6.21万人。", "全年城镇新增就业6.21万人",
     "6.21万人", "经与社保参保数据比对，剔除重复登记等因素，2025年城镇新增就业核实为5.84万人，完成年度目标的97.3%。",
     "outcome-revised-later"),
    # a later release: of the figure's set, the rest done only after the year (其余8个于2026年3月前完成验收)
    ("完成城镇老旧小区改造", "完成城镇老旧小区改造90个（以完成竣工验收为准）"
                   "", "90个", "90个城镇老旧小区改造项目全部完工。",
     "90个城镇老旧小区改造项目全部完工", "90个",
     "90个完工的城镇老旧小区改造项目中，截至2025年底完成竣工验收的82个，其余8个于2026年3月前完成验收。",
     "outcome-set-unfinished"),
    # a later release: the figure named on a basis set aside (系按单线长度统计，折合管沟长度…)
    ("改造老旧供热管网", "改造老旧供热管网70公里（按管沟长度计）", "70公里", "完成老旧供热管网改造126公里。",
     "完成老旧供热管网改造126公里", "126公里", "老旧供热管网改造126公里系按单线长度统计，折合管沟长度63公里。",
     "outcome-revised-later"),
    # a later bulletin's own figure of the thing, short (全年新建…36.5万亩、改造提升…)
    ("新建高标准农田", "新建高标准农田40万亩", "40万亩", "建设高标准农田41.8万亩。"
                                       "", "建设高标准农田41.8万亩", "41.8万亩",
     "调研组查阅了有关统计资料。2025年全市新建高标准农田36.5万亩、改造提升5.3万亩。", "outcome-belied-elsewhere"),
]


def test_a_claim_of_the_year_done_is_refused_by_a_later_ratio_of_the_years_task_under_its_heading(
        tmp_path: Path) -> None:
    later = ("2．居家适老化改造。民政部门在发布会上表示已全面完成年度任务，但完成的1920户中有386户为2024年度结转项目，"
             "2025年度新实施并通过验收的为1534户，完成年度任务的85.2%。")
    status, codes = judge(tmp_path, "特殊困难老年人家庭居家适老化改造", "为1800户特殊困难老年人家庭实施居家适老化改造"
                                                        "", "",
                          "完成特殊困难老年人家庭适老化改造1920户，全面完成适老化改造年度任务。",
                          "全面完成适老化改造年度任务", "claim: met", later=later)
    assert status is Status.invalid and "outcome-short-said-later" in codes, codes


def test_a_completion_ratio_of_years_is_not_belied_by_the_months_figure_beside_it(tmp_path: Path) -> None:
    plan = ("plan", "新州市城乡公共服务三年行动计划（2024—2026年）\n\n三年建成村级互助养老服务站600个。\n"
                    "", "2024-05-20")
    review = ("review", "新州市第三方中期评估报告\n\n2026年1—7月建成村级互助养老服务站177个，累计建成625个，与县区上报"
                        "数一致，"
              "完成三年目标的104.2%。\n", "2026-08-20")
    rule = ("  - id: r\n    region: 新州市\n    indicator: 建成村级互助养老服务站\n    measure: count\n"
            "    plan: {value: 600个, deadline: 2026年底, source: plan, quote: 三年建成村级互助养老服务站600个}\n"
            "    outcomes:\n      - {completion: 104.2%, as_of: 2026-07-31, source: review, "
            "quote: 累计建成625个，与县区上报数一致，完成三年目标的104.2%}\n")
    status, codes = _audit(tmp_path, [plan, review], rule)
    assert status is Status.met and codes == [], codes


# Round 44 (session 26, blind probes of 岳阳, 济宁, 遵义, 茂名)
TRAPS_44 = [
    # the plan's own words of what counts as done (以交工验收为准), and a smaller part of the figure that reached it
    ("农村公路提质改造", "完成农村公路提质改造450公里（以交工验收为准）", "450公里",
     "农村公路提质改造完工486公里，其中已完成交工验收402公里，其余84公里计划于2026年一季度完成交工验收。",
     "农村公路提质改造完工486公里", "486公里", "count", "outcome-short-of-plan-terms"),
    ("乡镇卫生院提质改造", "完成25家乡镇卫生院提质改造（以达到国家“优质服务基层行”推荐标准为准）", "25家",
     "完成25家乡镇卫生院提质改造，经省级评估，其中19家达到“优质服务基层行”推荐标准、6家达到基本标准。",
     "完成25家乡镇卫生院提质改造", "25家", "count", "outcome-short-of-plan-terms"),
    # what the works will do once all built (全部建成后可…), not what they do
    ("提升农村人口供水保障水平", "提升10万农村人口供水保障水平", "10万人",
     "全年实施农村供水保障工程52处，其中建成通水40处，已建成工程提升8.6万农村人口供水保障水平，52处工程全部建成后可提升"
     "11.2万农村人口供水保障水平。", "提升11.2万农村人口供水保障水平", "11.2万人", "count", "outcome-figure-is-target"),
    # pipes of every kind, for the gas pipes the indicator names
    ("城市燃气老化管道更新改造", "更新改造城市燃气老化管道150公里", "150公里",
     "全年更新改造城市老化管道206公里，其中燃气管道131公里、供水管道48公里、排水管道27公里。",
     "全年更新改造城市老化管道206公里", "206公里", "count", "figure-lacks-kind"),
    # the rate among those who agreed (知情同意的), cut off the quote
    ("适龄女生HPV疫苗首针接种率", "全市适龄女生首针接种率达到90%以上", "90%以上",
     "知情同意的适龄女生首针接种率达到93.1%，全市适龄女生首针接种率为85.2%。", "适龄女生首针接种率达到93.1%", "93.1%",
     "level", "figure-of-a-part"),
    # all there are in the city (全市已建成), for a plan of new ones
    ("新建助老食堂", "新建助老食堂120处", "120处", "年末全市共有各类养老机构320家；全市已建成助老食堂540处。",
     "全市已建成助老食堂540处", "540处", "count", "outcome-figure-is-stock"),
    # the market towns only (建制镇), for the towns and townships (乡镇)
    ("乡镇生活污水处理设施覆盖率", "乡镇生活污水处理设施覆盖率达到85%以上", "85%以上",
     "全市建制镇生活污水处理设施覆盖率达到100%，乡镇（含乡）生活污水处理设施覆盖率为81.6%。",
     "全市建制镇生活污水处理设施覆盖率达到100%", "100%", "level", "figure-other-statistic"),
    # the figure of a bracket of another year (…37所（2024年为42所）)
    ("新建改扩建中小学幼儿园", "新建改扩建中小学幼儿园40所", "40所", "新建改扩建中小学幼儿园37所（2024年为42所）。",
     "新建改扩建中小学幼儿园37所（2024年为42所）", "42所", "count", "outcome-year-differs"),
]

HONEST_44 = [
    # a bracket that says why a first count was lower (…资料尚未报送), after what was really done
    ("完成乡镇卫生院提质改造", "完成乡镇卫生院提质改造60个", "60个",
     "经核实，2025年实际完成乡镇卫生院提质改造62个（年度通报统计时有4个项目竣工验收资料尚未报送）。",
     "2025年实际完成乡镇卫生院提质改造62个（年度通报统计时有4个项目竣工验收资料尚未报送）", "62个", "count"),
    # leaving out the private ones, of public places (（不含民办学校学位）)
    ("新增公办学位", "新增公办学位2万个", "2万个", "新增公办学位2.05万个（不含民办学校学位），完成年度目标的102.5%。",
     "新增公办学位2.05万个（不含民办学校学位）", "2.05万个", "count"),
    # last year's figure in a bracket of its own (（2024年为69.8%）)
    ("65岁及以上老年人健康管理率", "65岁及以上老年人健康管理率达到70%以上", "70%以上",
     "全市65岁及以上老年人健康管理率达到72.6%（2024年为69.8%）。"
     "", "全市65岁及以上老年人健康管理率达到72.6%（2024年为69.8%）",
     "72.6%", "level"),
]

LATER_44 = [
    # a later release: the figure as a report gave it, holding what was still being built (…中的4.6个含在建项目规划托位)
    ("每千人口拥有3岁以下婴幼儿托位数", "每千人口拥有3岁以下婴幼儿托位数达到4.5个", "4.5个",
     "每千人口拥有3岁以下婴幼儿托位数达到4.6个。", "每千人口拥有3岁以下婴幼儿托位数达到4.6个", "4.6个",
     "每千人口拥有3岁以下婴幼儿托位数按已备案、实际可提供托位计算为4.2个，政府工作报告中的4.6个含在建项目规划托位。",
     "outcome-revised-later"),
    # a later release: those a province's terms recognise (认定完成163个，另有29个…暂未予认定)
    ("自然村生活污水治理", "完成180个自然村生活污水治理", "180个", "完成192个自然村生活污水治理。",
     "完成192个自然村生活污水治理", "192个", "自然村生活污水治理按省考核口径认定完成163个，另有29个因配套管网未接通，"
                                "暂未予认定。",
     "outcome-revised-later"),
    # a later release: of the set, some put off to the year after (另有3个…延至2026年上半年完工)
    ("升级改造农贸市场", "升级改造农贸市场30个", "30个", "实施农贸市场升级改造30个。"
                                       "", "实施农贸市场升级改造30个", "30个",
     "30个升级改造农贸市场中，已完工并恢复营业27个，另有3个因产权纠纷等原因延至2026年上半年完工。"
     "", "outcome-set-unfinished"),
    # a later audit: the figure reported, then what its terms allow (…上报…112个。…按…认定口径，实际完成91个)
    ("社区老年食堂（助餐点）", "建设社区老年食堂（助餐点）100个（以建成并常态化开展助餐服务为准）", "100个",
     "建成社区老年食堂（助餐点）112个，超额完成年度任务。", "建成社区老年食堂（助餐点）112个", "112个",
     "1.社区老年食堂（助餐点）。市民政局上报建成社区老年食堂（助餐点）112个。审计抽查发现，其中21个至审计时未常态化开"
     "展助餐"
     "服务。按实施方案的认定口径，实际完成91个。", "outcome-revised-later"),
    # a later audit: reported, then a part counted in before it was checked (…826户，其中97户未经入户验收即计入…)
    ("困难重度残疾人家庭无障碍改造", "为800户困难重度残疾人家庭实施无障碍改造", "800户",
     "完成困难重度残疾人家庭无障碍改造826户。", "完成困难重度残疾人家庭无障碍改造826户", "826户",
     "2.困难重度残疾人家庭无障碍改造。市残联上报完成改造826户，其中97户未经入户验收即计入完成数，按认定口径实际完成729"
     "户。",
     "outcome-revised-later"),
]


def test_the_years_tasks_under_a_heading_of_them_are_no_results(tmp_path: Path) -> None:
    plan = ("plan", "新州市2025年重点民生实事\n\n为800户困难重度残疾人家庭实施无障碍改造。\n", "2025-02-17")
    report = ("report", "新州市2026年政府工作报告\n\n一、2025年工作回顾\n\n完成困难重度残疾人家庭无障碍改造826户。\n\n"
              "三、2026年主要工作\n\n2026年主要预期目标是：城镇新增就业5.5万人以上。重点抓好以下民生工作：\n"
              "（二）织密社会保障网。为困难重度残疾人家庭实施无障碍改造1000户。\n", "2026-01-30")
    rule = ("  - id: r\n    region: 新州市\n    indicator: 困难重度残疾人家庭无障碍改造\n    measure: count\n"
            "    plan: {value: 800户, deadline: 2025年底, source: plan, quote: 为800户困难重度残疾人家庭实施无障碍改造"
            "}\n"
            "    outcomes:\n      - {value: 1000户, as_of: 2025-12-31, source: report, "
            "quote: 为困难重度残疾人家庭实施无障碍改造1000户}\n")
    status, codes = _audit(tmp_path, [plan, report], rule)
    assert status is Status.invalid and "outcome-figure-is-target" in codes, codes


def test_a_total_since_last_year_said_months_after_is_of_the_day_it_was_said(tmp_path: Path) -> None:
    status, codes = judge(tmp_path, "新建绿道", "新建绿道80公里", "80公里", "去年以来，全市新建绿道102公里，新建改造口"
                                                                "袋公园89个。",
                          "去年以来，全市新建绿道102公里", "102公里", review_day="2026-06-18")
    assert status is Status.invalid and "outcome-date-differs" in codes, codes


def test_the_terms_said_once_for_every_item_of_the_plans_sentence_hold_for_each(tmp_path: Path) -> None:
    plan = ("plan", "新州市2025年重点民生实事\n\n完成农村公路提质改造450公里、安全生命防护工程300公里，改造农村公路危"
                    "桥40座"
            "（均以交工验收为准）。\n", "2025-02-17")
    review = ("review", "新州市2025年重点民生实事完成情况\n\n农村公路提质改造完工486公里，其中已完成交工验收402公里。"
                        "\n",
              "2026-01-16")
    rule = ("  - id: r\n    region: 新州市\n    indicator: 农村公路提质改造\n    measure: count\n"
            "    plan: {value: 450公里, deadline: 2025年底, source: plan, quote: 完成农村公路提质改造450公里}\n"
            "    outcomes:\n      - {value: 486公里, as_of: 2025-12-31, source: review, quote: 农村公路提质改造完工486"
            "公里}\n")
    status, codes = _audit(tmp_path, [plan, review], rule)
    assert status is Status.invalid and "outcome-short-of-plan-terms" in codes, codes

# Round 45 (session 26, blind probes of 衢州, 宿迁, 六盘水, 北海)
TRAPS_45 = [
    # built, for a plan that counts them once running (以建成并投入运营为准); its sentence says who will run them
    ("区域性居家养老服务中心", "新建区域性居家养老服务中心12家（以建成并投入运营为准）", "12家",
     "12家区域性居家养老服务中心已全部建成，部分中心正在招引第三方专业机构运营，预计春节前陆续开门服务。",
     "12家区域性居家养老服务中心已全部建成", "12家", "count", "figure-stage-unsaid"),
    # the work's length, with its progress under half (形象进度约45%)
    ("海岸带生态修复岸线", "完成海岸带生态修复岸线5公里", "5公里",
     "银滩岸段海岸带生态修复工程于10月进场施工，修复岸线6.2公里，目前完成护岸及沙滩修复形象进度约45%。",
     "修复岸线6.2公里", "6.2公里", "count", "outcome-includes-unfinished"),
    # existing ones recognised (认定), for new ones built; townships covered, for villages
    ("新建就业帮扶车间", "新建就业帮扶车间20个", "20个", "全年认定就业帮扶车间（基地）52个，吸纳就业3100人。",
     "认定就业帮扶车间（基地）52个", "52个", "count", "figure-other-statistic"),
    ("农村生活垃圾收运处置体系覆盖行政村比例", "农村生活垃圾收运处置体系覆盖行政村比例达到93%", "93%",
     "全市87个乡镇（街道）生活垃圾收运处置体系覆盖率达到100%。"
     "", "全市87个乡镇（街道）生活垃圾收运处置体系覆盖率达到100%",
     "100%", "level", "figure-other-statistic"),
    # all there are at the year's end (年末…累计63所), for a plan of new ones
    ("安置点配套新建改扩建幼儿园", "易地扶贫搬迁安置点配套新建改扩建幼儿园18所", "18所",
     "年末全市易地扶贫搬迁安置点配套幼儿园累计63所。", "年末全市易地扶贫搬迁安置点配套幼儿园累计63所", "63所", "count",
     "outcome-figure-is-stock"),
    # a pledge of the new year, said in January (我们将…)
    ("新增义务教育公办学位", "新增义务教育公办学位5000个", "5000个",
     "我们将续建和新开工公办幼儿园16所、新增义务教育公办学位5000个以上、建成村级互助养老服务站180个。",
     "新增义务教育公办学位5000个以上", "5000个以上", "count", "outcome-figure-is-target"),
]

HONEST_45 = [
    # the word of the work the indicator names (标准化提升33个), no change of a level
    ("村卫生室标准化提升", "完成30个村卫生室标准化提升", "30个",
     "完成村卫生室标准化提升33个（其中合浦县21个），超额完成30个的年度任务。", "完成村卫生室标准化提升33个", "33个",
     "count"),
    # each item of a 分别 list of rates its own, whatever word the other's name ends with (比例)
    ("农村卫生户厕普及率", "农村卫生户厕普及率达到76%", "76%",
     "年末农村生活垃圾收运处置体系覆盖行政村比例、农村卫生户厕普及率分别为92.4%、78.3%。",
     "农村生活垃圾收运处置体系覆盖行政村比例、农村卫生户厕普及率分别为92.4%、78.3%", "78.3%", "level"),
]

LATER_45 = [
    # a later bulletin: the figure as those started, fewer finished (新开工52个、完工41个)
    ("完成城镇老旧小区改造", "完成城镇老旧小区改造50个", "50个", "完成城镇老旧小区改造52个，惠及居民2.3万户。",
     "完成城镇老旧小区改造52个", "52个", "城镇老旧小区改造新开工52个、完工41个，其余11个跨年度实施。"
                             "", "outcome-set-unfinished"),
    # a later release: the report's figure holding work carried over (通报中…312公里，含2024年计划结转项目47公里)
    ("新改建农村公路", "新改建农村公路300公里", "300公里", "新改建农村公路312公里。"
                                         "", "新改建农村公路312公里", "312公里",
     "通报中新改建农村公路312公里，含2024年计划结转项目47公里，属于2025年计划项目的为265公里。"
     "", "outcome-revised-later"),
    # a later inspection: part of the figure's set does not meet the plan's terms (162个中有31个…不符合…)
    ("新建（提升）长者饭堂", "新建（提升）长者饭堂150个（以实际开餐运营为准）", "150个", "建成长者饭堂162个。",
     "建成长者饭堂162个", "162个",
     "长者饭堂方面，经全面自查并由暗访组复核，162个中有31个处于停止供餐或未实际运营状态，不符合“实际开餐运营”的完成标"
     "准。",
     "outcome-revised-later"),
]

def test_a_claim_against_a_goal_a_later_release_says_was_not_reached(tmp_path: Path) -> None:
    later = "截至2025年底，仍有217户有劳动力的搬迁家庭无人就业，“动态清零”目标未实现。"
    status, codes = judge(tmp_path, "有劳动力的搬迁家庭1户1人以上就业动态清零", "有劳动力的搬迁家庭实现1户1人以上就业"
                                                             "动态清零", "",
                          "有劳动力的搬迁家庭1户1人以上就业实现动态清零。"
                          "", "有劳动力的搬迁家庭1户1人以上就业实现动态清零",
                          "achieved: true", later=later)
    assert status is Status.invalid and "outcome-short-said-later" in codes, codes


def test_a_later_upward_revision_leaves_a_floors_figure_met(tmp_path: Path) -> None:
    later = "经自治区人力资源和社会保障厅最终核定，2025年全市城镇新增就业2.31万人，比市政府1月通报数多0.04万人。"
    status, codes = judge(tmp_path, "城镇新增就业", "城镇新增就业2.2万人以上", "2.2万人以上", "全市城镇新增就业2.27万"
                                                                          "人。",
                          "全市城镇新增就业2.27万人", "2.27万人", later=later)
    assert status is Status.met and codes == [], codes


_PLAN_YEARS = ("plan", "新州市三年攻坚行动计划（2024—2026年）\n\n（一）2024年。新改建农村公路500公里，改善农村寄宿制学"
                       "校办学"
               "条件30所。\n\n（二）2025年。新改建农村公路550公里，改善农村寄宿制学校办学条件28所。\n", "2024-03-15")


def test_a_plans_paragraph_of_a_year_dates_its_targets(tmp_path: Path) -> None:
    review = ("review", "新州市2025年度新闻发布会实录\n\n全年新改建农村公路498公里，2024年以来累计新改建农村公路1010公"
                        "里。\n",
              "2026-01-20")
    rule = ("  - id: r\n    region: 新州市\n    indicator: 新改建农村公路\n    measure: count\n"
            "    plan: {value: 550公里, deadline: 2025年底, source: plan, quote: 新改建农村公路550公里}\n"
            "    outcomes:\n      - {value: 1010公里, as_of: 2025-12-31, source: review, "
            "quote: 2024年以来累计新改建农村公路1010公里}\n")
    status, codes = _audit(tmp_path / "a", [_PLAN_YEARS, review], rule)
    assert status is Status.invalid and "outcome-total-since-earlier" in codes, codes
    earlier = ("review", "新州市2024年度推进情况通报\n\n改善农村寄宿制学校办学条件32所。\n", "2025-01-22")
    rule = ("  - id: r\n    region: 新州市\n    indicator: 改善农村寄宿制学校办学条件\n    measure: count\n"
            "    plan: {value: 28所, deadline: 2025年底, source: plan, quote: 改善农村寄宿制学校办学条件28所}\n"
            "    outcomes:\n      - {value: 32所, as_of: 2024-12-31, source: review, quote: 改善农村寄宿制学校办学条件"
            "32所}\n")
    status, codes = _audit(tmp_path / "b", [_PLAN_YEARS, earlier], rule)
    assert status is Status.invalid and "outcome-before-plan-year" in codes, codes


_COUNTY_TABLE = ("progress", "新州市2024年度推进情况通报\n\n表2 2024年度各县（市、区）主要任务完成情况\n"
                 "单位 | 村卫生室标准化任务（个） | 村卫生室标准化完成（个）\n东城区 | 12 | 14\n西城区 | 32 | 27\n"
                 "", "2025-01-22")


@pytest.mark.parametrize(("row", "value", "met"), [("东城区 | 12 | 14"
                                                    "", "14个", True), ("西城区 | 32 | 27", "32个", False)])
def test_a_table_of_bodies_reads_its_done_column_not_its_task_column(tmp_path: Path, row: str, value: str,
                                                                     met: bool) -> None:
    plan = ("plan", "新州市三年攻坚行动计划\n\n东城区完成村卫生室标准化建设12个，西城区完成村卫生室标准化建设30个。\n",
            "2024-03-15")
    place = row.split(" ")[0]
    target = "12个" if place == "东城区" else "30个"
    rule = (f"  - id: r\n    region: 新州市\n    indicator: {place}村卫生室标准化建设\n    measure: count\n"
            f"    plan: {{value: {target}, deadline: 2024年底, source: plan, "
            f"quote: {place}完成村卫生室标准化建设{target}}}\n"
            f"    outcomes:\n      - {{value: {value}, as_of: 2024-12-31, source: progress, quote: '{row}'}}\n")
    status, codes = _audit(tmp_path, [plan, _COUNTY_TABLE], rule)
    assert (status is Status.met and codes == []) if met else (status is Status.invalid
                                                               and "outcome-figure-is-target" in codes), codes


def test_a_countys_milestone_is_not_the_citys(tmp_path: Path) -> None:
    write_releases(tmp_path / "seeds", [
        ("plan", "新州市2025年为民办实事项目计划\n\n市第二人民医院综合楼建成投用。\n", "2025-03-06", "新州市"),
        ("county", "合浦县2026年政府工作报告\n\n县域医疗服务能力持续提升，第二人民医院综合楼建成投用，新增床位200张。"
                   "\n",
         "2026-02-10", "合浦县")], "新州市人民政府")
    (tmp_path / "rules").mkdir()
    (tmp_path / "rules" / "rules.yaml").write_text(
        "rules:\n  - id: r\n    region: 新州市\n    indicator: 市第二人民医院综合楼建成投用\n"
        "    plan: {deadline: 2025年底, source: plan, quote: 市第二人民医院综合楼建成投用}\n"
        "    outcomes:\n      - {achieved: true, as_of: 2025-12-31, source: county, quote: 第二人民医院综合楼建成投用}"
        "\n",
        encoding="utf-8")
    audit = run_audit([tmp_path / "rules"], tmp_path / "seeds", date(2026, 11, 30), 90, root=tmp_path)
    codes = [p.code for p in audit.problems() if p.severity.value == "error"]
    assert audit.verdicts[0].status is Status.invalid and "quote-other-region" in codes, codes


# Round 46 (blind probe of 安康): rows whose columns count other things, pace columns, parts of sums revised later,
# findings of the city's total, headings of progress
_TRAINING = ("progress", "新州市2025年度三年行动推进情况通报\n\n| 指标 | 年度目标 | 完成情况 | 完成率 |\n"
             "| 农村劳动力职业技能培训 | 1万人 | {done} | {ratio} |\n", "2025-12-20")


@pytest.mark.parametrize(("done", "ratio", "refused"), [("1.7万人次", "170.0%", True), ("1.2万人", "120.0%", False)])
def test_a_completion_ratio_of_a_row_done_in_another_measure_word_is_refused(tmp_path: Path, done: str, ratio: str,
                                                                             refused: bool) -> None:
    plan = ("plan", "新州市城乡公共服务三年行动方案（2024—2026年）\n\n每年农村劳动力职业技能培训1万人。\n"
                    "", "2024-04-16")
    progress = (_TRAINING[0], _TRAINING[1].format(done=done, ratio=ratio), _TRAINING[2])
    rule = _completion_rule("农村劳动力职业技能培训", "1万人", f"农村劳动力职业技能培训 | 1万人 | {done} | {ratio}")
    status, codes = _audit(tmp_path, [plan, progress], rule)
    assert ("completion-of-other-units" in codes) is refused, codes
    assert (status is Status.met) is not refused, codes


@pytest.mark.parametrize(("heading", "refused"), [("序时进度完成率", True), ("完成进度", False)])
def test_a_countys_ratio_in_a_column_of_the_pace_is_no_completion_of_its_task(tmp_path: Path, heading: str,
                                                                               refused: bool) -> None:
    plan = ("plan", "新州市城乡公共服务三年行动方案（2024—2026年）\n\n每年宁州县新建改造农村供水工程20处。\n"
                    "", "2024-04-16")
    progress = ("progress", "新州市2025年度三年行动推进情况通报\n\n"
                f"| 县（市、区） | 三年任务（处） | 两年序时任务（处） | 两年累计完成（处） | {heading} |\n"
                "| 宁州县 | 30 | 20 | 22 | 110.0% |\n", "2025-12-20")
    rule = _completion_rule("宁州县新建改造农村供水工程", "20处", "宁州县 | 30 | 20 | 22 | 110.0%")
    _, codes = _audit(tmp_path, [plan, progress], rule)
    assert ("completion-not-of-work" in codes) is refused, codes


_RETROFIT = [("plan", "新州市城乡公共服务三年行动方案（2024—2026年）\n\n到2026年，完成特殊困难老年人家庭适老化改造3000"
                      "户。\n",
              "2024-04-16"),
             ("report", "新州市2025年政府工作报告\n\n一、2024年工作回顾\n\n完成特殊困难老年人家庭适老化改造1120户。\n",
              "2025-01-20"),
             ("review", "新州市2025年民生实事完成情况\n\n全年完成特殊困难老年人家庭适老化改造1900户。\n", "2026-01-20")]


@pytest.mark.parametrize(("audit", "refused"), [
    ("四是2024年报送的1120户适老化改造中，含2023年度省级项目结转完成的236户。", True),
    ("四是2024年报送的1120户适老化改造经逐户核实，与验收资料一致。", False),
])
def test_a_part_of_a_sum_that_a_later_audit_takes_apart_is_refused(tmp_path: Path, audit: str, refused: bool) -> None:
    # (1120户 alone is short of 3000户; as a part of a sum it is revised all the same)
    audit_release = ("audit", "新州市审计局审计调查结果公告\n\n三、审计发现的主要问题\n\n" + audit + "\n", "2026-07-15")
    rule = ("  - id: r\n    region: 新州市\n    indicator: 特殊困难老年人家庭适老化改造\n    measure: count\n"
            "    plan: {value: 3000户, deadline: 2026年底, start: 2024-01-01, source: plan, "
            "quote: 完成特殊困难老年人家庭适老化改造3000户}\n"
            "    outcomes:\n"
            "      - {value: 1120户, as_of: 2024-12-31, increment: true, source: report, "
            "quote: 完成特殊困难老年人家庭适老化改造1120户}\n"
            "      - {value: 1900户, as_of: 2025-12-31, increment: true, source: review, "
            "quote: 全年完成特殊困难老年人家庭适老化改造1900户}\n")
    status, codes = _audit(tmp_path, [*_RETROFIT, audit_release], rule)
    assert ("outcome-revised-later" in codes) is refused, codes
    assert (status is Status.met) is not refused, codes


def test_a_countys_figure_under_a_heading_of_progress_is_no_task_nor_the_citys_finding(tmp_path: Path) -> None:
    plan = ("plan", "新州市城乡公共服务三年行动方案（2024—2026年）\n\n三年宁州县新建改造农村供水工程85处。\n"
                    "", "2024-04-16")
    audit = ("audit", "新州市审计局审计调查结果公告\n\n二、总体评价和目标任务进展\n"
                      "经逐项核实，截至2026年6月底，宁州县、平州县已提前完成三年供水工程建设任务，分别完成88处、57处。"
                      "\n\n"
                      "三、审计发现的主要问题\n"
                      "一是2025年报送新建改造农村供水工程226处中，有27处系2024年已计入完成的项目重复统计，核实后为199"
                      "处。\n",
             "2026-07-15")
    rule = ("  - id: r\n    region: 新州市\n    indicator: 宁州县新建改造农村供水工程\n    measure: count\n"
            "    plan: {value: 85处, deadline: 2026年底, start: 2024-01-01, source: plan, "
            "quote: 三年宁州县新建改造农村供水工程85处}\n"
            "    outcomes:\n"
            "      - {value: 88处, as_of: 2026-06-30, source: audit, quote: 分别完成88处、57处}\n")
    status, codes = _audit(tmp_path, [plan, audit], rule)
    assert status is Status.met, codes


@pytest.mark.parametrize(("indicator", "plan", "value", "met"), [
    # (the year's rise of the stock its sentence names is what a plan of new beds of that stock counts)
    ("新增医疗卫生机构床位", "全市新增医疗卫生机构床位1500张以上", "1500张以上", True),
    # (not what one hospital's new wing adds: the city's rise is another thing's)
    ("市红十字会医院新院区一期建成投用新增床位", "推进市红十字会医院新院区一期建成投用，新增床位600张", "600张", False),
])
def test_a_stocks_rise_on_last_year_is_what_a_plan_of_that_stock_adds(tmp_path: Path, indicator: str, plan: str,
                                                                      value: str, met: bool) -> None:
    status, codes = judge(tmp_path, indicator, plan, value, "年末全市医疗卫生机构实有床位2.36万张，比上年末增加1860张"
                                                            "。",
                          "医疗卫生机构实有床位2.36万张，比上年末增加1860张", "1860张")
    assert (status is Status.met) is met, codes
    assert ("figure-is-change" in codes) is not met, codes


@pytest.mark.parametrize(("finding", "refused"), [
    ("三是统计口径执行不够严格。个别县将单纯环境整治街巷计入背街小巷改造，经审核已予以剔除。", False),
    ("三是统计口径执行不够严格。个别县将单纯环境整治街巷计入背街小巷改造，涉及21条。", True),
])
def test_a_finding_of_items_already_taken_out_leaves_the_figure_published(tmp_path: Path, finding: str,
                                                                            refused: bool) -> None:
    status, codes = judge(tmp_path, "改造提升背街小巷", "改造提升背街小巷150条", "150条",
                          "全年改造提升背街小巷156条。\n二、存在的问题\n" + finding, "改造提升背街小巷156条", "156条")
    assert ("outcome-found-overstated" in codes) is refused, codes


def test_a_reported_columns_figure_the_verified_column_keeps_is_not_taken_back_by_its_ratio(tmp_path: Path) -> None:
    table = ("表1　2025年部分民生实事项目核查情况\n项目名称（计量单位）      年度目标    通报完成数    调研核实数    "
             "核实完成率\n"
             "家庭养老床位（张）        1000        1086          {verified}          {ratio}\n")
    for verified, ratio, refused in (("1086", "108.6%", False), ("960", "96.0%", True)):
        sentence = table.format(verified=verified, ratio=ratio)
        quote = sentence.splitlines()[2]
        status, codes = judge(tmp_path / verified, "建设家庭养老床位", "建设家庭养老床位1000张", "1000张", sentence,
                              quote, "1086张")
        assert ("outcome-found-overstated" in codes) is refused, codes


TRAPS_46 = [
    # a part of the people the plan counts, said after the figure of all (其中重度残疾人家庭860户)
    ("困难重度残疾人家庭无障碍改造", "为1200户困难重度残疾人家庭实施无障碍改造", "1200户",
     "完成困难残疾人家庭无障碍改造1350户，其中重度残疾人家庭860户；为困难残疾人适配辅助器具3426件（套）。",
     "完成困难残疾人家庭无障碍改造1350户", "1350户", "count", "figure-lacks-kind"),
    # the step before the work: the households assessed, not those whose homes were adapted (完工412户)
    ("困难重度残疾人家庭无障碍改造", "为1200户困难重度残疾人家庭实施无障碍改造", "1200户",
     "困难重度残疾人家庭无障碍改造已完成入户需求评估1260户，完工412户；适配辅助器具1540件（套）。",
     "已完成入户需求评估1260户", "1260户", "count", "figure-started-not-built"),
    # natural villages for administrative ones
    ("行政村农村生活污水治理", "完成100个行政村农村生活污水治理", "100个",
     "全年完成农村生活污水治理自然村（屯）126个，农村生活污水治理率提高到38.6%。",
     "全年完成农村生活污水治理自然村（屯）126个", "126个", "count", "figure-other-statistic"),
    # the figure before two kinds it counts together, of which the indicator names one
    ("帮扶城镇失业人员再就业", "帮扶城镇失业人员再就业1.2万人", "1.2万人",
     "2025年，全市共帮助1.35万名失业人员和农村劳动力实现就业，城镇新增就业等年度数据正在核对。",
     "全市共帮助1.35万名失业人员和农村劳动力实现就业", "1.35万名", "count", "figure-counts-more"),
    # a note under the release's table: part of the work only in its shell (4处易涝点仅完成主体工程)
    ("整治市区易涝点", "整治市区易涝点15处", "15处",
     "完成市区易涝点整治15处；新建改造排涝泵站4座。\n注：标*项目中，长洲区大塘片区、万秀区东中路等4处易涝点仅完成主体"
     "工程，尚未竣工验收。", "完成市区易涝点整治15处", "15处", "count", "outcome-note-qualifies"),
]
HONEST_46 = [
    # the figure before two kinds the indicator names both of
    ("农民工和返乡人员技能培训", "开展农民工和返乡人员技能培训5000人", "5000人",
     "全年培训5200名农民工和返乡人员，其中取得证书3100人。", "全年培训5200名农民工和返乡人员", "5200名", "count"),
    # a note of 4处 another indicator's (排涝泵站), not of the streets' points
    ("整治市区易涝点", "整治市区易涝点15处", "15处",
     "完成市区易涝点整治15处；新建改造排涝泵站4座。\n注：标*项目中，2座排涝泵站仅完成主体工程，尚未竣工验收。",
     "完成市区易涝点整治15处", "15处", "count"),
]
LATER_46 = [
    # a later release: the figure as counted on a basis set aside (系按…设计学位数统计)
    ("新增中小学和幼儿园学位", "新增学位1.2万个", "1.2万个",
     "全年实施新建、改扩建中小学校和幼儿园16所，其中11所已竣工交付；新增学位1.26万个；完成教室照明改造1286间。",
     "新增学位1.26万个", "1.26万个", "发布会通报新增学位1.26万个，系按16所学校项目设计学位数统计。"),
    # a later release: the figure named as a count of another thing (通报的1086名为全年申请并获批救助人数)
    ("残疾儿童康复救助", "为1000名残疾儿童提供康复救助", "1000名",
     "为1086名残疾儿童提供康复救助；为困难残疾人适配辅助器具3426件（套）。", "为1086名残疾儿童提供康复救助", "1086名",
     "三是残疾儿童康复救助。发布会通报的1086名为全年申请并获批救助人数，其中当年接受6个月以上规范康复训练的782名。"),
    # a later release: of the set, those done as the plan asks (52个小区中已通过竣工验收的39个), a date to come aside
    ("老旧小区改造惠及居民", "惠及居民1.3万户", "1.3万户", "完成城镇老旧小区改造52个，惠及居民1.42万户；既有住宅加装电"
                                         "梯108台。",
     "惠及居民1.42万户", "1.42万户", "（七）城镇老旧小区改造。52个小区中已通过竣工验收的39个，惠及居民1.06万户；其余13"
                             "个仍存在扫尾"
                                  "工程，预计2026年9月底前完成验收。"),
    # a later audit: of the set named, some not running (7个…中心中，有3个…尚未实际运营)
    ("建成运营区域性养老服务中心", "建成运营区域性养老服务中心7个", "7个", "建成运营区域性养老服务中心7个。",
     "建成运营区域性养老服务中心7个", "7个", "2025年建成的7个区域性养老服务中心中，有3个因护理人员未到位，至审计时尚未"
                              "实际运营。"),
]


# Round 47 (blind probes of 荆州, 上饶, 邯郸, 黔东南州)
TRAPS_47 = [
    # either of two grades, the indicator's one of them
    ("乡镇卫生院达到服务能力推荐标准", "新增15家乡镇卫生院达到服务能力推荐标准", "15家",
     "新增21家乡镇卫生院达到服务能力基本标准或推荐标准，其中达到推荐标准的9家。",
     "新增21家乡镇卫生院达到服务能力基本标准或推荐标准", "21家", "count", "figure-counts-more"),
    # the release names the figure again, later, on a basis the plan does not name
    ("新增和改善农村供水人口", "新增和改善农村供水人口30万人", "30万人",
     "新增和改善农村供水人口32.6万人。\n记者：农村供水受益人口是怎么统计的？\n"
     "市水利局局长：农村供水32.6万人是按工程设计受益人口统计的，其中已实现通水入户的26.9万人。",
     "新增和改善农村供水人口32.6万人", "32.6万人", "count", "outcome-note-qualifies"),
    # the item before it in its clause names the indicator's thing; the quote's shares no word with it
    ("新建标准化零工市场", "新建标准化零工市场12个", "12个", "全年开展各类职业技能培训6.3万人次；建成标准化零工市场9个"
                                         "、“家门口”就业驿站38个。",
     "“家门口”就业驿站38个", "38个", "count", "figure-counts-other"),
    # a running total after the year's own figure, the year named for that one
    ("发放创业担保贷款", "发放创业担保贷款20亿元", "20亿元", "全年发放创业担保贷款17.6亿元，全市累计发放创业担保贷款12"
                                         "6.5亿元。",
     "全市累计发放创业担保贷款126.5亿元", "126.5亿元", "count", "outcome-total-unbounded"),
    # the release comes back to the figure: the part done, then the rest being commissioned
    ("既有住宅加装电梯", "既有住宅加装电梯150部", "150部",
     "既有住宅加装电梯156部，超额完成150部的年度任务。\n记者：加装电梯是否都已经投入使用？\n"
     "市住建局局长：上述156部中，已竣工验收并投入使用的98部，其余58部已完成主体安装，正在进行调试和特种设备检验。",
     "既有住宅加装电梯156部", "156部", "count", "outcome-found-overstated"),
    # its sentence says, after a ；, the comparable figure short of the target (与…的年度目标尚有差距)
    ("全市接待游客", "全年接待游客1.7亿人次", "1.7亿人次",
     "按新制度，全年接待游客1.74亿人次，同比增长14.5%；按与年初目标可比的原口径测算，全年接待游客约1.61亿人次，"
     "与1.7亿人次的年度目标尚有差距。", "全年接待游客1.74亿人次", "1.74亿人次", "level", "outcome-short-said"),
    # works on the roads, not roads built
    ("新改建农村公路", "新改建农村公路1000公里", "1000公里", "全年实施农村公路安全生命防护工程和养护大中修工程1260公里"
                                           "。",
     "全年实施农村公路安全生命防护工程和养护大中修工程1260公里", "1260公里", "count", "figure-other-statistic"),
    # of every level, for the provincial ones
    ("省级乡村旅游重点村", "全市省级乡村旅游重点村达到50个", "50个",
     "全市省级乡村旅游重点村达到45个，加上市级乡村旅游重点村22个，全市各级乡村旅游重点村共67个。",
     "全市各级乡村旅游重点村共67个", "67个", "level", "figure-other-statistic"),
    # an estimate that opens the sentence, for each of its clauses
    ("全市旅游综合收入", "旅游综合收入达到1400亿元以上", "1400亿元以上",
     "预计全年接待游客1.56亿人次、增长13%，实现旅游综合收入1452亿元、增长14.8%。", "实现旅游综合收入1452亿元",
     "1452亿元", "level", "outcome-figure-is-target"),
]
TRAPS_47 += [
    # a note under the table: the figure is the central district's, the region's given beside it
    ("人均体育场地面积", "人均体育场地面积达到2.8平方米", "2.8平方米",
     "表1　2025年全市体育事业主要指标\n指标　　单位　　2025年　　比上年增长（%）\n"
     "人均体育场地面积　　平方米　　2.86　　4.4\n"
     "注：人均体育场地面积为中心城区数据，按全市体育场地面积和常住人口计算为2.61平方米。",
     "人均体育场地面积　　平方米　　2.86", "2.86平方米", "level", "outcome-note-qualifies"),
]
HONEST_47 = [
    # the same sentences, honestly read
    ("乡镇卫生院达到服务能力基本标准或推荐标准", "新增15家乡镇卫生院达到服务能力基本标准或推荐标准", "15家",
     "新增21家乡镇卫生院达到服务能力基本标准或推荐标准，其中达到推荐标准的9家。",
     "新增21家乡镇卫生院达到服务能力基本标准或推荐标准", "21家", "count"),
    ("新建标准化零工市场", "新建标准化零工市场8个", "8个", "全年开展各类职业技能培训6.3万人次；建成标准化零工市场9个、"
                                       "“家门口”就业驿站38个。",
     "建成标准化零工市场9个", "9个", "count"),
    ("全市旅游综合收入", "旅游综合收入达到1400亿元以上", "1400亿元以上",
     "全年接待游客1.56亿人次、增长13%，实现旅游综合收入1452亿元、增长14.8%。", "实现旅游综合收入1452亿元", "1452亿元",
     "level"),
    # 城乡 of the indicator is all of them
    ("新建城乡老年助餐点", "新建城乡老年助餐点100个", "100个", "全年新建老年助餐点138个，基本解决了中心城区“吃饭难”。",
     "全年新建老年助餐点138个", "138个", "count"),
    # 规模 of the indicator names no other thing
    ("脱贫人口（含监测对象）务工就业规模", "脱贫人口（含监测对象）务工就业规模稳定在50万人以上", "50万人以上",
     "脱贫人口（含监测对象）务工就业52.6万人，连续两年稳定在50万人以上。"
     "", "脱贫人口（含监测对象）务工就业52.6万人", "52.6万人",
     "level"),
    # the indicator's own part
    ("中心城区人均体育场地面积", "中心城区人均体育场地面积达到2.8平方米", "2.8平方米",
     "表1　2025年中心城区体育事业主要指标\n指标　　单位　　2025年　　比上年增长（%）\n"
     "中心城区人均体育场地面积　　平方米　　2.86　　4.4\n注：人均体育场地面积为中心城区数据。",
     "中心城区人均体育场地面积　　平方米　　2.86", "2.86平方米", "level"),
    # persons counted once each
    ("脱贫劳动力技能培训", "开展脱贫劳动力技能培训2万人", "2万人", "培训脱贫劳动力2.3万人（不含重复参训）；新建帮扶车"
                                           "间24个。",
     "培训脱贫劳动力2.3万人（不含重复参训）", "2.3万人", "count"),
    # a note that another release's figures were estimates, and this one's final
    ("全市接待游客", "全年接待游客突破1.5亿人次", "1.5亿人次",
     "全年接待游客1.52亿人次，比上年增长10.1%。\n说明：2025年1月市政府工作报告中接待游客、旅游综合收入为预计数，本公报"
     "为年报最终数。",
     "全年接待游客1.52亿人次", "1.52亿人次", "level"),
]
LATER_47 = [
    # a later review: of the figure reported, a part not done (全市上报完成改造的2036户中，有248户…), the paragraph's
    # topic named at its head (适老化改造方面，…)
    ("特殊困难老年人家庭适老化改造", "完成特殊困难老年人家庭适老化改造2000户", "2000户",
     "适老化改造方面，完成入户评估2150户，完成特殊困难老年人家庭适老化改造2036户。"
     "", "完成特殊困难老年人家庭适老化改造2036户",
     "2036户", "适老化改造方面，调研组随机抽查了5个县市区的312户改造对象。经抽查核实，全市上报完成改造的2036户中，有24"
              "8户仅完成"
              "入户评估或仅配发助行器、坐便椅等辅具，未实施居家环境改造，实际完成改造1788户。"),
]


def test_a_part_of_a_running_total_named_with_its_own_year_is_that_years(tmp_path: Path) -> None:
    sentence = "全年新增养老床位1980张；2025年以来累计新增护理型床位2860张，其中2025年新增护理型床位1540张。"
    status, codes = judge(tmp_path, "新增养老机构护理型床位", "新增养老机构护理型床位1200张", "1200张", sentence,
                          "2025年新增护理型床位1540张", "1540张", review_day="2026-06-10")
    assert status is Status.met, codes
    status, codes = judge(tmp_path / "total", "新增养老机构护理型床位", "新增养老机构护理型床位1200张"
                                                             "", "1200张", sentence,
                          "2025年以来累计新增护理型床位2860张", "2860张", review_day="2026-06-10")
    assert "outcome-date-differs" in codes, codes


@pytest.mark.parametrize(("later", "refused"), [
    ("一季度，全市城镇新增就业1.1万人，完成年度任务的22.0%。", False),  # (this year's task, in April)
    ("2025年，全市城镇新增就业4.6万人，完成年度任务的92.0%。", True),
])
def test_a_later_releases_shortfall_of_its_own_year_is_not_the_plans(tmp_path: Path, later: str,
                                                                     refused: bool) -> None:
    status, codes = judge(tmp_path, "城镇新增就业", "城镇新增就业5万人以上", "5万人以上", "全年城镇新增就业5.2万人。",
                          "全年城镇新增就业5.2万人", "5.2万人", later=later)
    assert ("outcome-short-said-later" in codes) is refused, codes


def test_an_achieved_building_in_use_is_not_said_by_another_buildings_use(tmp_path: Path) -> None:
    review = ("review", "新州市2025年民生实事完成情况\n\n市康复护理院项目完成竣工验收，市急救中心新址于10月正式投入使"
                        "用。\n",
              "2026-01-13")
    plan = ("plan", "新州市2025年民生实事项目\n\n推进市康复护理院建成投用。\n", "2025-02-20")
    rule = ("  - id: r\n    region: 新州市\n    indicator: 市康复护理院建成投用\n    measure: count\n"
            "    plan: {deadline: 2025年底, source: plan, quote: 市康复护理院建成投用}\n"
            "    outcomes:\n      - {achieved: true, as_of: 2025-12-31, source: review, quote: 市康复护理院项目完成竣"
            "工验收}\n")
    status, codes = _audit(tmp_path, [plan, review], rule)
    assert status is Status.invalid and "achieved-use-unsaid" in codes, codes


@pytest.mark.parametrize(("later", "refused"), [
    ("（一）清洁取暖。2025年农村清洁取暖改造实际完成2.1万户，仅完成年度计划的60%。"
     "", False),  # (one year's, not the total)
    ("（一）清洁取暖。经核实，2024—2025年累计完成农村清洁取暖改造5.6万户。", True),
])
def test_a_total_of_two_years_is_revised_only_by_a_total(tmp_path: Path, later: str, refused: bool) -> None:
    plan = ("plan", "新州市大气污染防治行动方案（2024—2025年）\n\n2024—2025年累计完成农村清洁取暖改造6万户。\n"
                    "", "2024-03-12")
    review = ("review", "新州市2025年工作新闻发布会\n\n2024—2025年累计完成农村清洁取暖改造6.3万户，完成省定两年目标。"
                        "\n", "2026-01-15")
    audit = ("renda", "新州市人大常委会调研报告\n\n" + later + "\n", "2026-04-20")
    rule = ("  - id: r\n    region: 新州市\n    indicator: 2024—2025年累计完成农村清洁取暖改造\n    measure: count\n"
            "    plan: {value: 6万户, deadline: 2025年底, source: plan, quote: 2024—2025年累计完成农村清洁取暖改造6万"
            "户}\n"
            "    outcomes:\n      - {value: 6.3万户, as_of: 2025-12-31, source: review, "
            "quote: 2024—2025年累计完成农村清洁取暖改造6.3万户}\n")
    status, codes = _audit(tmp_path, [plan, review, audit], rule)
    assert ("outcome-revised-later" in codes) is refused, codes
    assert (status is Status.met) is not refused, codes


# Round 48 (blind probes of 宜昌, 沧州, 桂林, 大同)
TRAPS_48 = [
    # the days of a holiday, not the year
    ("公交日均客运量", "公交日均客运量达到45万人次", "45万人次", "元旦、国庆等节假日公交客流明显增长，国庆假期期间公交"
                                           "日均客运量突破48万人次。",
     "国庆假期期间公交日均客运量突破48万人次", "48万人次", "level", "outcome-season"),
    # the premium and the subsidy together, for the subsidy
    ("居民医保人均财政补助标准", "居民医保人均财政补助标准提高到每人每年700元", "700元",
     "城乡居民医保筹资标准达到每人每年1070元，其中个人缴费400元。"
     "", "城乡居民医保筹资标准达到每人每年1070元", "1070元", "level",
     "figure-other-statistic"),
    # the best of the parts, named
    ("城市低保标准", "城市低保标准提高到每人每月不低于870元", "不低于870元", "城市低保标准最高的运河区、新华区达到每人"
                                                  "每月890元。",
     "城市低保标准最高的运河区、新华区达到每人每月890元", "890元", "level", "figure-of-a-part"),
    # a note that what was added is not yet in force
    ("门诊慢特病病种", "门诊慢特病病种由48种扩大到60种", "60种",
     "门诊慢特病病种扩大到60种。\n注：新增的12个门诊慢特病病种正在报省医保局备案，预计2026年一季度起执行。",
     "门诊慢特病病种扩大到60种", "60种", "count", "outcome-note-qualifies"),
    # the first of items that each have a figure, the indicator naming another
    ("煤电机组节能降碳改造", "完成煤电机组节能降碳改造120万千瓦", "120万千瓦",
     "全年新建智能化采掘工作面43处；完成煤电机组灵活性改造132万千瓦、节能降碳改造66万千瓦、供热改造60万千瓦。",
     "完成煤电机组灵活性改造132万千瓦", "132万千瓦", "count", "figure-counts-other"),
    # all there is now, for what is added
    ("新增集中供热面积", "新增集中供热面积300万平方米", "300万平方米",
     "目前市区集中供热面积1.23亿平方米，今年计划新增的300万平方米中已完成管网配套168万平方米。",
     "目前市区集中供热面积1.23亿平方米", "1.23亿平方米", "count", "outcome-figure-is-stock"),
    # the whole, whose part of the indicator's kind is given after it
    ("新增公办幼儿园学位", "新增公办幼儿园学位5400个", "5400个",
     "新建、改扩建公办幼儿园18所，新增学前教育学位6100个，其中公办学位4300个。"
     "", "新增学前教育学位6100个", "6100个", "count",
     "figure-lacks-kind"),
    # the rest of the figure's own measure word not done
    ("新改建农村公路", "新改建农村公路1000公里", "1000公里",
     "全年支持新改建农村公路1050公里，截至12月底已建成通车860公里，其余190公里为跨年度项目，将于2026年上半年完工。",
     "全年支持新改建农村公路1050公里", "1050公里", "count", "outcome-includes-unfinished"),
]
TRAPS_48 += [
    # (older probes, 宜宾 and 自贡) a part left out in a clause before the rate
    ("城市生活污水集中收集率", "城市生活污水集中收集率达到70%", "70%",
     "不计入2025年新划入的城市建成区扩展片区，城市生活污水集中收集率达到71.2%。"
     "", "城市生活污水集中收集率达到71.2%", "71.2%",
     "level", "figure-adjusted"),
    # a sentence before of five years, whose only figure is a mean of them
    ("新建5G基站", "新建5G基站2500个", "2500个",
     "过去五年，我们坚持创新驱动、数字赋能，全市地区生产总值年均增长7.2%。新建5G基站1.12万个，千兆光网覆盖所有乡镇。",
     "新建5G基站1.12万个", "1.12万个", "count", "outcome-total-since-launch"),
    # a completion ratio of the task as cut, in its paragraph
    ("补贴性职业技能培训", "开展补贴性职业技能培训2万人次", "2万人次",
     "受省级培训资金下达规模调整影响，我市年度补贴性职业技能培训任务由2万人次调整为1.5万人次。截至12月底，补贴性职业技"
     "能培训"
     "完成年度目标任务的104%。", "补贴性职业技能培训完成年度目标任务的104%", "completion: 104%", "count",
     "completion-of-adjusted-target"),
]
HONEST_48 = [
    # starts, for a plan of starts, whatever is built after them
    ("棚户区改造新开工", "棚户区改造新开工1500套", "1500套", "棚户区改造新开工1620套、基本建成1260套，交付安置房1240套"
                                           "。",
     "棚户区改造新开工1620套", "1620套", "count"),
    # the rest of another figure (断头路9条), not of the km; 新（改）建 in either width of bracket
    ("新（改）建城市道路", "新（改）建城市道路35公里", "35公里",
     "城市道路方面，全年新（改）建城市道路36.8公里，打通断头路9条，其余3条因涉及管线迁改，预计今年上半年打通。",
     "全年新（改）建城市道路36.8公里", "36.8公里", "count"),
    # 调整后年度目标 names no year after next
    ("城中村改造新开工安置住房", "新开工城中村改造安置住房4000套", "4000套",
     "全年完成征收签约4210户，完成调整后年度目标（4000户）的105.3%，新开工城中村改造安置住房4120套。",
     "新开工城中村改造安置住房4120套", "4120套", "count"),
    # a table whose title gives its unit
    ("西陵区新增公共停车泊位", "西陵区新增公共停车泊位3000个", "3000个",
     "各县市区2025年新增公共停车泊位完成情况（单位：个）\n地区        年度目标    已开工（含建成）    建成投用\n"
     "西陵区      3000        3420                3150\n伍家岗区    2200        2450                1980",
     "西陵区      3000        3420                3150", "3150个", "count"),
    # the drugs, counted as varieties
    ("集采中选药品落地品种", "集采中选药品落地品种达到500个以上", "500个以上",
     "全年落地执行国家和省级组织集采中选药品567个，通过集采为群众节约药品费用1.7亿元。",
     "全年落地执行国家和省级组织集采中选药品567个", "567个", "count"),
    # capacity in 万千瓦
    ("新能源并网装机", "新增新能源并网装机200万千瓦以上", "200万千瓦以上", "全年新增新能源并网装机218万千瓦，其中光伏1"
                                                 "52万千瓦。",
     "全年新增新能源并网装机218万千瓦", "218万千瓦", "count"),
    # advice, not a finding
    ("全市清洁取暖率", "全市清洁取暖率达到92%", "92%",
     "全市清洁取暖率达到93.1%。\n四、意见建议\n（一）对未通过验收煤矿和农村清洁取暖“改而不用”问题开展专项整改。",
     "全市清洁取暖率达到93.1%", "93.1%", "level"),
    # the part the plan's own quote names
    ("老旧小区供热二次管网改造", "完成市区237个老旧小区供热二次管网改造", "237个",
     "市区新增集中供热面积268万平方米，改造老旧供热管网131公里，完成市区237个老旧小区供热二次管网改造。",
     "完成市区237个老旧小区供热二次管网改造", "237个", "count"),
]
LATER_48 = [
    # another year's figure revised, beside words of this year's
    ("筹集保障性租赁住房", "筹集保障性租赁住房3000套", "3000套", "全年筹集保障性租赁住房3260套。"
                                             "", "全年筹集保障性租赁住房3260套",
     "3260套", "经复核，2026年一季度筹集保障性租赁住房数据由820套核减为690套，主要原因是部分项目与2025年已统计项目重复"
              "计入。"),
    # another subsidy's shortfall
    ("困难残疾人生活补贴标准", "困难残疾人生活补贴标准提高到每人每月不低于90元", "不低于90元",
     "困难残疾人生活补贴和重度残疾人护理补贴标准分别提高到每人每月90元、85元。"
     "", "困难残疾人生活补贴和重度残疾人护理补贴标准分别提高到每人每月90元",
     "90元", "2025年，重度残疾人护理补贴标准为每人每月85元，未达到90元的目标。"),
]


@pytest.mark.parametrize(("indicator", "plan", "value", "sentence", "quote", "outcome", "later"), LATER_48)
def test_a_later_release_of_another_thing_leaves_the_outcome(tmp_path: Path, indicator: str, plan: str, value: str,
                                                             sentence: str, quote: str, outcome: str,
                                                             later: str) -> None:
    status, codes = judge(tmp_path, indicator, plan, value, sentence, quote, outcome, later=later,
                          measure="level" if "元" in value else "count")
    assert status is Status.met, codes


def test_a_claim_met_is_refused_by_a_later_set_of_the_plans_figure_unfinished(tmp_path: Path) -> None:
    plan = ("plan", "新州市2025年能源工作要点\n\n完成剩余16座煤矿智能化改造。\n", "2025-04-08")
    report = ("report", "新州市2026年政府工作报告\n\n全市煤矿智能化改造任务全面完成。\n", "2026-01-20")
    renda = ("renda", "新州市人大常委会调研报告\n\n（二）重点工程推进不及预期。16座应改造煤矿中，13座已通过省级验收，"
                      "另有3座因停产整顿尚未完成验收。\n", "2026-09-15")
    rule = ("  - id: r\n    region: 新州市\n    indicator: 煤矿智能化改造\n    measure: count\n"
            "    plan: {value: 16座, deadline: 2025年底, source: plan, quote: 完成剩余16座煤矿智能化改造}\n"
            "    outcomes:\n      - {claim: met, as_of: 2025-12-31, source: report, quote: 全市煤矿智能化改造任务全面"
            "完成}\n")
    status, codes = _audit(tmp_path, [plan, report, renda], rule)
    assert status is Status.invalid and "outcome-set-unfinished" in codes, codes
    status, codes = _audit(tmp_path / "alone", [plan, report], rule)
    assert status is Status.met, codes


def test_a_share_a_rule_counts_is_judged_by_its_final_figure(tmp_path: Path) -> None:
    plan = ("plan", "新州市2025年为民办实事项目\n\n全市国控断面水质优良比例达到100%。\n", "2025-02-20")
    review = ("review", "新州市2025年为民办实事完成情况新闻发布会\n\n1—11月，全市国控断面水质优良比例保持100%。\n",
              "2026-01-13")
    rule = ("  - id: r\n    region: 新州市\n    indicator: 国控断面水质优良比例\n    measure: count\n"
            "    plan: {value: 100%, deadline: 2025年底, source: plan, quote: 全市国控断面水质优良比例达到100%}\n"
            "    outcomes:\n      - {value: 100%, as_of: 2025-11-30, source: review, "
            "quote: 1—11月，全市国控断面水质优良比例保持100%}\n")
    status, codes = _audit(tmp_path, [plan, review], rule)
    assert status is not Status.met and codes == [], (status, codes)


def test_the_whole_year_of_a_review_of_last_year_is_that_years(tmp_path: Path) -> None:
    plan = ("plan", "新州市2024年民生实事项目\n\n更新新能源公交车200辆。\n", "2024-02-06")
    review = ("review", "新州市2025年民生实事项目完成情况新闻发布会实录\n\n全年更新新能源公交车218辆。\n", "2026-01-21")
    rule = ("  - id: r\n    region: 新州市\n    indicator: 更新新能源公交车\n    measure: count\n"
            "    plan: {value: 200辆, deadline: 2024年底, source: plan, quote: 更新新能源公交车200辆}\n"
            "    outcomes:\n      - {value: 218辆, as_of: 2024-12-31, source: review, quote: 全年更新新能源公交车218辆"
            "}\n")
    status, codes = _audit(tmp_path, [plan, review], rule)
    assert status is Status.invalid and "outcome-year-differs" in codes, codes


# Round 49 (blind probes of 绵阳, 江门, 盐城, 开封)
TRAPS_49 = [
    # a claim of the province's task, where the sentence's figure of the plan's thing is started, not done
    ("改造城镇老旧小区", "改造城镇老旧小区210个", "210个",
     "截至12月底，210个小区全部开工，其中已完工186个，全面完成省下达的年度老旧小区改造任务；剩余24个小区正在进行收尾。",
     "全面完成省下达的年度老旧小区改造任务", "claim: met", "count", "completion-of-other-target"),
    # started, beside the next item's built, which is no word of its own
    ("建成城中村改造安置住房", "建成安置住房1.2万套", "1.2万套",
     "城中村改造有序推进，全年开工建设安置住房1.26万套、建成交付6800套，2300余户群众喜迁新居。"
     "", "全年开工建设安置住房1.26万套",
     "1.26万套", "count", "figure-started-not-built"),
    # the rise of a stock of every kind, for the offshore kind
    ("新增海上风电并网装机", "新增海上风电并网装机100万千瓦", "100万千瓦", "年末全市风电装机容量1655万千瓦，比上年末增"
                                                 "加131万千瓦。",
     "年末全市风电装机容量1655万千瓦，比上年末增加131万千瓦", "131万千瓦", "count", "figure-lacks-kind"),
]


def test_a_figure_of_no_year_in_a_bulletin_of_last_year_is_that_years(tmp_path: Path) -> None:
    plan = ("plan", "新州市2024年教育工作要点\n\n高中阶段毛入学率达到93%以上。\n", "2024-02-20")
    bulletin = ("bulletin", "新州市2025年国民经济和社会发展统计公报\n\n学前教育毛入园率91.8%，高中阶段毛入学率94.1%。"
                            "\n",
                "2026-03-26")
    rule = ("  - id: r\n    region: 新州市\n    indicator: 高中阶段毛入学率\n    measure: level\n"
            "    plan: {value: 93%以上, deadline: 2024年底, source: plan, quote: 高中阶段毛入学率达到93%以上}\n"
            "    outcomes:\n      - {value: 94.1%, as_of: 2024-12-31, source: bulletin, quote: 高中阶段毛入学率94.1%}"
            "\n")
    status, codes = _audit(tmp_path, [plan, bulletin], rule)
    assert status is Status.invalid and "outcome-year-differs" in codes, codes
HONEST_49 = [
    # a place named with a numeral and a measure word (三台县), in a list of places' figures
    ("三台县新增公办中小学学位", "其中，涪城区5000个、江油市2800个、三台县2400个、安州区1800个", "2400个",
     "其中江油市、三台县分别新增公办学位2860个、2410个，安州区新增公办学位1860个。"
     "", "江油市、三台县分别新增公办学位2860个、2410个",
     "2410个", "count"),
    # a rise on last year's end, of the stock before it, with 累计 the stock's word
    ("新增海上风电并网装机", "新增海上风电并网装机100万千瓦", "100万千瓦",
     "年末全市发电装机容量2836万千瓦，海上风电累计并网装机1298万千瓦，比上年末增加118万千瓦。",
     "海上风电累计并网装机1298万千瓦，比上年末增加118万千瓦", "118万千瓦", "count"),
    # a table whose topic the words just above it name
    ("新建改造高标准农田", "全市新建改造高标准农田35万亩", "35万亩",
     "2025年，全市新建改造高标准农田35.6万亩，超额完成年度任务。\n\n县（市、区）  年度任务（万亩）  完成（万亩）\n"
     "亭湖区        1.6               1.62\n合计          35.0              35.6",
     "合计          35.0              35.6", "35.6万亩", "count"),
]
LATER_49 = [
    # a later release that cuts a county's part of the city's figure (安州区有1080个学位…已予核减)
    ("安州区新增公办中小学学位", "安州区新增公办中小学学位1800个"
                     "", "1800个", "安州区新增公办学位1860个。", "安州区新增公办学位1860个",
     "1860个", "（一）部分数据统计不够严谨。经核实，此前公布的1.52万个中，安州区有1080个学位因配套道路未完工、2026年春"
              "季学期仍未"
              "招生，已予核减。"),
]


def test_a_later_comparison_with_the_figure_is_no_revision(tmp_path: Path) -> None:
    later = "与2025年全市新建改造高标准农田38.6万亩相比略有减少，主要是部分项目由新建调整为改造提升。"
    status, codes = judge(tmp_path, "新建改造高标准农田", "新建改造高标准农田38万亩", "38万亩", "全年新建改造高标准农"
                                                                          "田38.6万亩。",
                          "全年新建改造高标准农田38.6万亩", "38.6万亩", later=later)
    assert status is Status.met, codes


# Round 50 (blind probes of 咸阳, 湖州, 遂宁, 呼伦贝尔)
TRAPS_50 = [
    # a completion ratio of those built, for a plan that counts them once in use
    ("建成并投入运营社区嵌入式服务设施", "建成并投入运营社区嵌入式服务设施30个", "30个",
     "全年建成社区嵌入式服务设施32个，完成年度目标的106.7%。", "完成年度目标的106.7%", "completion: 106.7%", "count",
     "completion-stage-unsaid"),
    # a claim of the province's task whose sentence's only figure is all there are (累计), not the year's
    ("新建共富工坊", "新建共富工坊100家", "100家", "全市累计建成共富工坊1286家，超额完成省下达的年度目标任务。",
     "超额完成省下达的年度目标任务", "claim: met", "count", "completion-of-other-target"),
    # the target before the flood season (汛前), a part of the year's
    ("改造城市易涝点", "改造城市易涝点20处", "20处", "城市易涝点整治工作有序推进，完成汛前目标任务。",
     "完成汛前目标任务", "claim: met", "count", "completion-of-part-target"),
    # one of the two places the plan lists
    ("兴平市、渭城区城乡供水一体化工程", "建成兴平市、渭城区城乡供水一体化工程", "",
     "兴平市城乡供水一体化工程建成投运。",
     "兴平市城乡供水一体化工程建成投运", "achieved: true", "count", "achieved-not-yet"),
    # a figure in a bracket straight after another city's name
    ("新增命名未来社区", "新增命名未来社区25个", "25个",
     "与嘉兴市（新增命名未来社区27个）相比，我市新增命名未来社区19个。",
     "新增命名未来社区27个", "27个", "count", "figure-other-region"),
]

HONEST_50 = [
    # a set named in the next sentence, of another thing, with a count of its own
    ("新增普惠托位", "新增普惠托位1200个", "1200个",
     "全年新增普惠托位1260个。全年建成的32个社区嵌入式服务设施中，有9个尚未投入运营。",
     "全年新增普惠托位1260个", "1260个", "count"),
    # a county's own figure in the clause before, then the year's whole (全年)
    ("新建城市文化驿站", "新建城市文化驿站20家", "20家",
     "南浔区2家文化驿站已于12月完工，全年实际新建城市文化驿站21家。",
     "全年实际新建城市文化驿站21家", "21家", "count"),
    # the rise on last year's end, after the stock
    ("新增共富工坊", "新增共富工坊200家", "200家", "年末全市共有共富工坊1200家，比上年末增加236家。",
     "年末全市共有共富工坊1200家，比上年末增加236家", "236家", "count"),
    # 监督 of 监督抽检: the standard sampling, no narrower kind
    ("食品安全监督抽检合格率", "食品安全监督抽检合格率达到98%以上", "98%以上", "全市食品安全抽检合格率达到98.6%。",
     "全市食品安全抽检合格率达到98.6%", "98.6%", "level"),
    # households, which are the residents' (居民用户)
    ("居民用户加装燃气安全装置", "为居民用户加装燃气安全装置5万户", "5万户", "全年加装燃气安全装置5.12万户。",
     "全年加装燃气安全装置5.12万户", "5.12万户", "count"),
    # a platform put into operation (正式上线运行)
    ("市级智慧养老服务平台", "建成市级智慧养老服务平台", "", "市级智慧养老服务平台正式上线运行。",
     "市级智慧养老服务平台正式上线运行", "achieved: true", "count"),
    # a table of rates whose unit (%) its title gives two lines up, a county's two characters a full-width space apart
    ("乾县农村自来水普及率", "乾县农村自来水普及率达到90%", "90%",
     "附表：2025年各县（市、区）农村自来水普及率\n（单位：%）\n\n县（市、区）　　2025年目标　　完成\n"
     "乾　县　　90　　91.2\n礼泉县　　92　　93.1\n", "乾　县　　90　　91.2", "91.2%", "level"),
]


def test_a_figure_of_months_after_the_plans_year_is_none_of_its_work(tmp_path: Path) -> None:
    plan = ("plan", "新州市2025年民生实事项目\n\n完成城市燃气管道老化更新改造120公里。\n", "2025-02-20")
    news = ("news", "新州市城市燃气管道老化更新改造工作推进会召开\n\n"
                    "今年1—8月，全市完成城市燃气管道老化更新改造128公里。\n",
            "2026-09-10")
    rule = ("  - id: r\n    region: 新州市\n    indicator: 城市燃气管道老化更新改造\n    measure: count\n"
            "    plan: {value: 120公里, deadline: 2025年底, start: 2025-01-01, source: plan, "
            "quote: 完成城市燃气管道老化更新改造120公里}\n"
            "    outcomes:\n      - {value: 128公里, as_of: 2026-08-31, source: news, "
            "quote: 全市完成城市燃气管道老化更新改造128公里}\n")
    status, codes = _audit(tmp_path, [plan, news], rule)
    assert status is Status.invalid and "outcome-period-after-plan" in codes, codes


def test_the_whole_year_of_a_paragraph_opening_with_last_year_is_that_years(tmp_path: Path) -> None:
    plan = ("plan", "新州市2025年民生实事项目\n\n改造城市燃气老化管道120公里。\n", "2025-02-20")
    review = ("review", "新州市城市更新工作综述\n\n2024年，我市持续推进城市更新。全年改造城市燃气老化管道126公里。\n",
              "2026-01-14")
    rule = ("  - id: r\n    region: 新州市\n    indicator: 改造城市燃气老化管道\n    measure: count\n"
            "    plan: {value: 120公里, deadline: 2025年底, start: 2025-01-01, source: plan, "
            "quote: 改造城市燃气老化管道120公里}\n"
            "    outcomes:\n      - {value: 126公里, as_of: 2025-12-31, source: review, "
            "quote: 全年改造城市燃气老化管道126公里}\n")
    status, codes = _audit(tmp_path, [plan, review], rule)
    assert status is Status.invalid and "outcome-year-differs" in codes, codes


def test_a_later_rate_of_another_name_in_quotation_marks_is_no_revision(tmp_path: Path) -> None:
    later = "经核实，2025年依申请政务服务事项“最多跑一次”实现率为98.6%。"
    status, codes = judge(tmp_path, "依申请政务服务事项网上可办率", "依申请政务服务事项网上可办率达到98%", "98%",
                          "依申请政务服务事项网上可办率达99.2%。", "依申请政务服务事项网上可办率达99.2%", "99.2%",
                          measure="level", later=later)
    assert status is Status.met, codes


# Round 51 (blind probes of 淄博, 龙岩, 黄冈, 银川)
TRAPS_51 = [
    # parts after the figure that add up to it, one of them the indicator's thing, the other another kind of loan
    ("发放创业担保贷款", "发放创业担保贷款8亿元", "8亿元",
     "全年发放创业担保贷款9.8亿元，其中财政贴息的创业担保贷款7.5亿元，合作银行自营的普惠小微贷款2.3亿元。",
     "全年发放创业担保贷款9.8亿元", "9.8亿元", "count", "figure-counts-more"),
    # a total column that adds up the new and the renovated
    ("新建标准化村卫生室", "新建标准化村卫生室40个", "40个",
     "2025年各县（市、区）标准化村卫生室建设情况（单位：个）\n\n县（市、区）  任务数  新建  改造提升  合计\n"
     "安平县  14  15  6  21\n合计  40  35  12  47\n", "合计  40  35  12  47", "47个", "count", "figure-counts-more"),
    # all the area has built by now, for a plan of new ones
    ("中心城区新建口袋公园", "中心城区新建口袋公园20个", "20个", "中心城区已建成口袋公园58个，市民出门见绿更加便捷。",
     "中心城区已建成口袋公园58个", "58个", "count", "outcome-figure-is-stock"),
]

HONEST_51 = [
    # a 分别 list whose later item shares the first's head (新增养老机构), which the indicator names with the kind
    ("新增养老机构护理型床位", "新增养老机构护理型床位1200张", "1200张",
     "全年新增养老机构床位、护理型床位分别为1980张、1260张。",
     "新增养老机构床位、护理型床位分别为1980张、1260张", "1260张", "count"),
    ("宫颈癌免费筛查", "宫颈癌免费筛查4万人", "4万人", "宫颈癌、乳腺癌免费筛查分别完成4.2万人、3.9万人。",
     "宫颈癌、乳腺癌免费筛查分别完成4.2万人、3.9万人", "4.2万人", "count"),
    # the rest not done is of another thing's figure, between
    ("新建改扩建公办幼儿园", "新建改扩建公办幼儿园8所", "8所",
     "全年新建改扩建公办幼儿园9所，开工建设中小学校6所，其中建成投用4所，其余2所预计2026年秋季学期投用。",
     "全年新建改扩建公办幼儿园9所", "9所", "count"),
    # work carried over, in the bracket of the next item's figure
    ("新开通公交线路", "新开通公交线路15条", "15条",
     "新开通公交线路16条，新改建农村公路412公里（含2024年结转任务60公里）。",
     "新开通公交线路16条", "16条", "count"),
    # 我市's part of the province's figure
    ("适龄女生免费接种HPV疫苗", "为适龄女生免费接种HPV疫苗1.2万人", "1.2万人",
     "按照省统一部署，2025年全省为适龄女生免费接种HPV疫苗6.2万人，其中我市完成1.3万人。", "其中我市完成1.3万人",
     "1.3万人", "count"),
    # a title's two units, one a heading names (惠及户数), or one for each thing the headings name in turn
    ("改造城镇老旧小区", "改造城镇老旧小区60个", "60个",
     "2025年城镇老旧小区改造完成情况（单位：个、户）\n\n县（市、区）  年度任务  实际完成  惠及户数\n"
     "安平县  20  22  4100\n合计  60  63  12800\n", "合计  60  63  12800", "63个", "count"),
    ("既有住宅加装电梯", "既有住宅加装电梯80部", "80部",
     "各县（市、区）完成情况（单位：个、部）\n\n县（市、区）  老旧小区改造任务  老旧小区改造完成  加装电梯任务  "
     "加装电梯完成\n安平县  20  22  30  33\n合计  60  63  80  86\n", "合计  60  63  80  86", "86部", "count"),
]


def test_a_row_of_a_table_of_tasks_is_answered_by_starts_in_the_start_column(tmp_path: Path) -> None:
    plan = ("plan", "新州市2025年民生实事项目\n\n附件\n\n2025年任务分解表\n\n区县  城镇老旧小区改造（个）  "
                    "农村生活污水治理（个村）\n安平县  14  30\n合计  60  120\n", "2025-02-20")
    review = ("review", "新州市2025年民生实事完成情况\n\n2025年城镇老旧小区改造完成情况（单位：个）\n"
                        "区县  年度任务  开工  完工\n安平县  14  16  12\n合计  60  66  58\n", "2026-01-20")
    rule = ("  - id: r\n    region: 安平县\n    indicator: 改造城镇老旧小区\n    measure: count\n"
            "    plan: {value: 14个, deadline: 2025年底, start: 2025-01-01, source: plan, quote: 安平县  14  30}\n"
            "    outcomes:\n      - {value: 16个, as_of: 2025-12-31, source: review, quote: 安平县  14  16  12}\n")
    status, codes = _audit(tmp_path, [plan, review], rule)
    assert status is Status.invalid and "figure-started-not-built" in codes, codes
    done = rule.replace("value: 16个", "value: 12个")  # (the 完工 column: short of the task)
    status, codes = _audit(tmp_path / "done", [plan, review], done)
    assert status is Status.missed and codes == [], (status, codes)


# Round 52 (blind probes of 南平, 鞍山, 泰州, 周口)
TRAPS_52 = [
    # parts that add up to the figure, one the kind the indicator names (幼儿园), the other not
    ("新增公办学位（公办幼儿园）", "新增公办学位3000个", "3000个",
     "全市新增公办学位8400个，其中幼儿园学位2800个、中小学学位5600个。", "全市新增公办学位8400个", "8400个", "count",
     "figure-kind-a-part"),
    # a part of another kind (幼儿园) than the one the indicator adds to the figure's name (中小学)
    ("中小学新增学位", "新建改扩建中小学校6所，新增学位1万个", "1万个",
     "全年新建改扩建中小学校7所、公办幼儿园9所，新增学位1.26万个，其中幼儿园学位2900个。", "新增学位1.26万个",
     "1.26万个", "count", "figure-counts-more"),
]

LATER_52 = [
    # a part of the figure taken out as not new (并非新增)
    ("新增城市停车泊位", "新增城市停车泊位4500个", "4500个", "新增城市停车泊位4860个。", "新增城市停车泊位4860个",
     "4860个", "新增城市停车泊位4860个中，有920个系机关企事业单位内部停车位错时共享，并非新增泊位，按计划口径实际新增"
              "3940个。"),
    # the figure as reported, then found counted twice, a clause apart
    ("改造提升背街小巷", "改造提升背街小巷45条", "45条", "改造提升背街小巷48条。", "改造提升背街小巷48条", "48条",
     "市政府报告改造提升背街小巷48条，经调研组逐条核对，其中两区交界处7条街巷由两区分别统计上报，存在重复计算，实际完成"
     "41条。"),
    # the paragraph names the figure and its thing, a later sentence of it the figure as really done
    ("新建（改扩建）村卫生室", "新建（改扩建）村卫生室55个", "55个", "完成村卫生室新建改扩建58个。",
     "完成村卫生室新建改扩建58个", "58个",
     "1．重复统计。市卫生健康委报送的村卫生室新建改扩建完成数为58个。经核实，其中7个系2024年度项目结转至2025年完工，"
     "已计入2024年度完成数。扣除后，2025年度项目实际完成51个，未完成年度目标。"),
]

HONEST_52 = [
    # a title's two units over two things' columns, each a task and a built column
    ("新建居家社区养老服务照料中心", "新建居家社区养老服务照料中心40个", "40个",
     "各县（市、区）完成情况（单位：所、个）\n县（市、区）  幼儿园任务  幼儿园建成  照料中心任务  照料中心建成\n"
     "安平县  3  3  6  6\n合计  20  20  40  41\n", "合计  20  20  40  41", "41个", "count"),
    # the same figure in the start column and the done column
    ("改造城镇老旧小区", "改造城镇老旧小区60个", "60个",
     "2025年城镇老旧小区改造情况（单位：个）\n区县  年度任务  开工  完工\n安平县  14  15  15\n合计  60  62  62\n",
     "合计  60  62  62", "62个", "count"),
    # shows (演出), which 场 counts, the indicator's name in quotation marks
    ("“送戏下乡”演出", "开展“送戏下乡”演出1000场", "1000场", "全年送戏下乡1126场，超额完成年度任务。",
     "全年送戏下乡1126场，超额完成年度任务", "1126场", "count"),
]

_HALVES = ("review", "新州市2025年民生实事完成情况\n\n送戏下乡活动上半年完成452场，下半年完成618场。"
                     "城市公厕建设分两批实施，第一批17座已于6月底前投用，第二批25座于11月底前全部投用。\n",
           "2026-01-20")


@pytest.mark.parametrize(("indicator", "target", "outcomes"), [
    # the second half's figure, after the first half's in its sentence
    ("送戏下乡", "1000场", "      - {value: 452场, as_of: 2025-06-30, increment: true, source: review, "
                         "quote: 送戏下乡活动上半年完成452场}\n"
                         "      - {value: 618场, as_of: 2025-12-31, increment: true, source: review, "
                         "quote: 下半年完成618场}\n"),
    # batches, each of the thing the sentence names
    ("新建城市公厕", "40座", "      - {value: 17座, as_of: 2025-06-30, increment: true, source: review, "
                           "quote: 第一批17座已于6月底前投用}\n"
                           "      - {value: 25座, as_of: 2025-11-30, increment: true, source: review, "
                           "quote: 第二批25座于11月底前全部投用}\n"),
])
def test_increments_of_halves_and_batches_add_up(tmp_path: Path, indicator: str, target: str, outcomes: str) -> None:
    plan = ("plan", "新州市2025年民生实事项目\n\n开展送戏下乡1000场。新建城市公厕40座。\n", "2025-02-20")
    quote = "开展送戏下乡1000场" if indicator == "送戏下乡" else "新建城市公厕40座"
    rule = (f"  - id: r\n    region: 新州市\n    indicator: {indicator}\n    measure: count\n"
            f"    plan: {{value: {target}, deadline: 2025年底, start: 2025-01-01, source: plan, quote: {quote}}}\n"
            f"    outcomes:\n{outcomes}")
    status, codes = _audit(tmp_path, [plan, _HALVES], rule)
    assert status is Status.met and codes == [], (status, codes)


def test_an_audit_of_the_year_out_in_august_revises_its_figure(tmp_path: Path) -> None:
    finding = ("市人力资源社会保障局上报补贴性职业技能培训11.2万人次，审计抽查发现，由于统计口径调整，将线上学习平台"
               "注册学员3.1万人次一并计入，不属于补贴性职业技能培训，扣除后实际完成8.1万人次。\n")
    plan = ("plan", "新州市2025年民生实事项目\n\n开展补贴性职业技能培训10万人次。\n", "2025-02-20")
    review = ("review", "新州市2025年民生实事完成情况\n\n全年开展补贴性职业技能培训11.2万人次。\n", "2026-01-20")
    rule = ("  - id: r\n    region: 新州市\n    indicator: 补贴性职业技能培训\n    measure: count\n"
            "    plan: {value: 10万人次, deadline: 2025年底, start: 2025-01-01, source: plan, "
            "quote: 开展补贴性职业技能培训10万人次}\n"
            "    outcomes:\n      - {value: 11.2万人次, as_of: 2025-12-31, source: review, "
            "quote: 全年开展补贴性职业技能培训11.2万人次}\n")
    for title, refused in (("关于新州市2025年度市级预算执行和其他财政收支的审计工作报告", True),
                           ("关于新州市2026年上半年预算执行情况的报告", False)):
        audit = ("audit", title + "\n\n" + finding, "2026-08-27")
        status, codes = _audit(tmp_path / str(refused), [plan, review, audit], rule)
        assert (status is Status.invalid and "outcome-revised-later" in codes) if refused \
            else status is Status.met, (title, status, codes)


# Round 53 (blind probes of 舟山, 抚州, 怀化, 西宁)
TRAPS_53 = [
    # those finished, for a plan of new starts
    ("新开工改造城镇老旧小区", "新开工改造城镇老旧小区30个", "30个", "完成城镇老旧小区改造33个，惠及居民1.2万户。",
     "完成城镇老旧小区改造33个", "33个", "count", "figure-done-not-started"),
    # a 分别 list quoted from 分别, the second figure declared for the first item
    ("宫颈癌筛查", "宫颈癌筛查3万人", "3万人",
     "三是健康方面。宫颈癌、乳腺癌筛查分别完成2.86万人、3.24万人；为老年人免费健康体检12.8万人。",
     "分别完成2.86万人、3.24万人", "3.24万人", "count", "figure-counts-other"),
    # a standard in force from next year, its clause after the figure says
    ("农村低保标准", "农村低保标准提高到每人每月不低于690元", "不低于690元",
     "农村低保标准提高到每人每月700元，自2026年1月1日起执行，2025年执行标准为每人每月680元。",
     "农村低保标准提高到每人每月700元", "700元", "level", "outcome-figure-later-period"),
    # near done (接近完成), not done
    ("村卫生室标准化建设", "完成村卫生室标准化建设100个", "100个",
     "村卫生室标准化建设已接近完成，余下部分正在组织验收。",
     "村卫生室标准化建设已接近完成", "claim: met", "count", "claim-met-partly"),
]

HONEST_53 = [
    # new starts, for a plan of new starts, beside fewer finished
    ("新开工改造城镇老旧小区", "新开工改造城镇老旧小区30个", "30个", "新开工改造城镇老旧小区33个，已完工28个。",
     "新开工改造城镇老旧小区33个", "33个", "count"),
    # a bulletin's section heading above the figure's paragraph is no part the figure is of
    ("中心城区空气质量优良天数比例", "中心城区空气质量优良天数比例达到95%以上", "95%以上",
     "年末全市共有体育场地1.96万个。\n\n十、资源、环境和安全生产\n\n全年中心城区空气质量优良天数比例为95.6%，比上年提高"
     "0.8个百分点。", "中心城区空气质量优良天数比例为95.6%", "95.6%", "level"),
]

LATER_53 = [
    # reported, a part of it taken as transferred, then the figure as really added
    ("新增公办学前教育学位", "新增公办学前教育学位3600个", "3600个", "新增公办学前学位3720个。",
     "新增公办学前学位3720个", "3720个",
     "2．学前教育学位。市政府报告新增公办学前学位3720个，其中1080个系民办幼儿园转为公办后划转计入，新建改扩建"
     "幼儿园实际新增公办学位2640个，与目标仍有差距。"),
]


@pytest.mark.parametrize(("by_june", "status"), [("9处", Status.invalid), ("12处", Status.met)])
def test_a_years_figure_after_a_june_deadline_is_judged_by_the_junes(tmp_path: Path, by_june: str,
                                                                     status: Status) -> None:
    plan = ("plan", "新州市2025年民生实事项目\n\n6月底前完成12处地质灾害隐患点综合治理。\n", "2025-02-20")
    review = ("review", "新州市2025年民生实事完成情况\n\n全年完成地质灾害隐患点综合治理14处，"
                        f"其中6月底前完成{by_june}。\n", "2026-01-20")
    rule = ("  - id: r\n    region: 新州市\n    indicator: 地质灾害隐患点综合治理\n    measure: count\n"
            "    plan: {value: 12处, deadline: 2025年6月底, start: 2025-01-01, source: plan, "
            "quote: 6月底前完成12处地质灾害隐患点综合治理}\n"
            "    outcomes:\n      - {value: 14处, as_of: 2025-12-31, source: review, "
            "quote: 全年完成地质灾害隐患点综合治理14处}\n")
    got, codes = _audit(tmp_path, [plan, review], rule)
    assert got is status and (status is Status.met or "outcome-short-by-deadline" in codes), (got, codes)


def test_the_months_running_total_then_more_done_add_up(tmp_path: Path) -> None:
    plan = ("plan", "新州市2025年民生实事项目\n\n开展补贴性职业技能培训2万人次。\n", "2025-02-20")
    review = ("review", "新州市2025年民生实事完成情况\n\n1—9月，全市累计开展补贴性职业技能培训1.71万人次；四季度，"
                        "我们集中开展订单式培训，又完成培训0.65万人次。\n", "2026-01-20")
    rule = ("  - id: r\n    region: 新州市\n    indicator: 补贴性职业技能培训\n    measure: count\n"
            "    plan: {value: 2万人次, deadline: 2025年底, start: 2025-01-01, source: plan, "
            "quote: 开展补贴性职业技能培训2万人次}\n"
            "    outcomes:\n      - {value: 1.71万人次, as_of: 2025-09-30, increment: true, source: review, "
            "quote: 1—9月，全市累计开展补贴性职业技能培训1.71万人次}\n"
            "      - {value: 0.65万人次, as_of: 2025-12-31, increment: true, source: review, "
            "quote: 又完成培训0.65万人次}\n")
    status, codes = _audit(tmp_path, [plan, review], rule)
    assert status is Status.met and codes == [], (status, codes)


def test_the_citys_shortfall_is_not_a_countys_that_reached_its_own(tmp_path: Path) -> None:
    plan = ("plan", "新州市2025年民生实事项目\n\n新建电动自行车充电端口10000个，其中安平县4200个。\n", "2025-02-20")
    review = ("review", "新州市2025年民生实事完成情况\n\n全市全年新建电动自行车充电端口9840个，完成年度任务的98.4%，"
                        "其中安平县4350个。\n", "2026-01-20")
    rule = ("  - id: r\n    region: 安平县\n    indicator: 新建电动自行车充电端口\n    measure: count\n"
            "    plan: {value: 4200个, deadline: 2025年底, start: 2025-01-01, source: plan, quote: 其中安平县4200个}\n"
            "    outcomes:\n      - {value: 4350个, as_of: 2025-12-31, source: review, quote: 其中安平县4350个}\n")
    status, codes = _audit(tmp_path, [plan, review], rule)
    assert status is Status.met and codes == [], (status, codes)
    city = rule.replace("region: 安平县", "region: 新州市").replace("4200个, deadline", "10000个, deadline") \
        .replace("quote: 其中安平县4200个", "quote: 新建电动自行车充电端口10000个") \
        .replace("value: 4350个", "value: 9840个") \
        .replace("quote: 其中安平县4350个", "quote: 全市全年新建电动自行车充电端口9840个")
    status, codes = _audit(tmp_path / "city", [plan, review], city)
    assert status is Status.missed, (status, codes)


# Round 54 (blind probes of 大理州, 拉萨, 克拉玛依, 黔南州)
TRAPS_54 = [
    # a total row over kinds, some of which the indicator does not name, or the plan leaves out
    ("新增公办学前教育学位", "新增公办学前教育学位1080个", "1080个",
     "表1　2025年全市新增学位情况（单位：个）\n学段  新增学位  其中：公办\n学前教育  960  810\n小学  900  900\n"
     "初中  600  600\n合计  2460  2310\n", "合计  2460  2310", "2310个", "count", "figure-counts-more"),
    ("新增养老机构和社区养老服务设施床位", "新增养老机构和社区养老服务设施床位1200张", "1200张",
     "表1　2025年新增养老服务床位情况（单位：张）\n\n类别    新增床位\n公办养老机构    420\n民办养老机构    380\n"
     "社区养老服务设施    250\n家庭养老床位    360\n合计    1410\n", "合计    1410", "1410张", "count",
     "figure-counts-more"),
    # 分别 before the list of items, the second figure declared for the first item
    ("农村适龄妇女宫颈癌筛查", "宫颈癌筛查3万人", "3万人",
     "全年分别完成农村适龄妇女宫颈癌筛查、乳腺癌筛查2.6万人、3.1万人。",
     "分别完成农村适龄妇女宫颈癌筛查、乳腺癌筛查2.6万人、3.1万人", "3.1万人", "count", "figure-counts-other"),
]

HONEST_54 = [
    # a total row over kinds the indicator names all of
    ("新增学前教育、小学、初中学位", "新增学前教育、小学、初中学位2400个", "2400个",
     "表1　2025年全市新增学位情况（单位：个）\n学段  新增学位\n学前教育  960\n小学  900\n初中  600\n合计  2460\n",
     "合计  2460", "2460个", "count"),
    # the year's own part of a running total since the year before
    ("新增公共停车泊位", "新增公共停车泊位1400个", "1400个",
     "2024年以来累计新增公共停车泊位2360个，其中2025年新增1480个。",
     "其中2025年新增1480个", "1480个", "count"),
    # schools whose names open with places, no part of the city
    ("新增中小学学位", "新增中小学学位2500个", "2500个",
     "其中，柳梧新区第二小学、堆龙德庆区东嘎小学已于秋季学期投入使用，新增中小学学位2700个。",
     "新增中小学学位2700个", "2700个", "count"),
]


@pytest.mark.parametrize(("indicator", "plan", "target", "value", "sentence", "quote", "later"), [
    # a later finding of another thing with the same words of doing (服务中心, not 服务点; 幼儿园, not 中小学校)
    ("农村互助养老服务点", "建设农村互助养老服务点60个", "60个", "68个", "建成农村互助养老服务点68个。",
     "建成农村互助养老服务点68个",
     "1．2025年建成的22个城市社区居家养老服务中心中，有7个因运营主体未落实等原因尚未投入运营，实际投入运营15个。"),
    ("新建改扩建中小学校", "新建改扩建中小学校12所", "12所", "13所", "新建改扩建公办幼儿园23所、中小学校13所。",
     "中小学校13所",
     "州教育局报送的新建改扩建公办幼儿园23所，经核实，2025年全州新建改扩建并通过竣工验收的公办幼儿园为17所，另有6所"
     "为2024年结转项目，不应计入2025年完成数。"),
])
def test_a_later_finding_of_another_thing_leaves_the_outcome(tmp_path: Path, indicator: str, plan: str, target: str,
                                                              value: str, sentence: str, quote: str,
                                                              later: str) -> None:
    status, codes = judge(tmp_path, indicator, plan, target, sentence, quote, value, later=later)
    assert status is Status.met and codes == [], (status, codes)


def test_a_clause_of_its_own_scope_after_a_countys_is_the_citys(tmp_path: Path) -> None:
    plan = ("plan", "新州市2025年民生实事项目\n\n25．安平县中心城区空气质量优良天数比率保持在97%以上，"
                    "县级以上集中式饮用水水源地水质达标率保持100%。\n", "2025-02-20")
    review = ("review", "新州市2025年民生实事完成情况\n\n全年县级以上集中式饮用水水源地水质达标率继续保持100%。\n",
              "2026-01-20")
    rule = ("  - id: r\n    region: 新州市\n    indicator: 县级以上集中式饮用水水源地水质达标率\n    measure: level\n"
            "    plan: {value: 100%, deadline: 2025年底, source: plan, "
            "quote: 县级以上集中式饮用水水源地水质达标率保持100%}\n"
            "    outcomes:\n      - {value: 100%, as_of: 2025-12-31, source: review, "
            "quote: 县级以上集中式饮用水水源地水质达标率继续保持100%}\n")
    status, codes = _audit(tmp_path, [plan, review], rule)
    assert status is Status.met and codes == [], (status, codes)


def test_a_second_batch_as_at_a_months_end_follows_the_first_halfs(tmp_path: Path) -> None:
    plan = ("plan", "新州市2025年民生实事项目\n\n新建改造城市公厕50座。\n", "2025-02-20")
    review = ("review", "新州市2025年民生实事完成情况\n\n上半年第一批次改造完成城市公厕24座，"
                        "10月底第二批次29座城市公厕全部完工开放。\n", "2026-01-20")
    rule = ("  - id: r\n    region: 新州市\n    indicator: 新建改造城市公厕\n    measure: count\n"
            "    plan: {value: 50座, deadline: 2025年底, start: 2025-01-01, source: plan, "
            "quote: 新建改造城市公厕50座}\n"
            "    outcomes:\n      - {value: 24座, as_of: 2025-06-30, increment: true, source: review, "
            "quote: 上半年第一批次改造完成城市公厕24座}\n"
            "      - {value: 29座, as_of: 2025-10-31, increment: true, source: review, "
            "quote: 10月底第二批次29座城市公厕全部完工开放}\n")
    status, codes = _audit(tmp_path, [plan, review], rule)
    assert status is Status.met and codes == [], (status, codes)


def test_a_quotes_own_half_year_is_of_the_year_its_sentence_names(tmp_path: Path) -> None:
    plan = ("plan", "新州市2025年民生实事项目\n\n开展送戏下乡1000场。\n", "2025-02-20")
    review = ("review", "新州市2025年民生实事完成情况\n\n2024年上半年，送戏下乡完成452场，下半年完成618场。\n",
              "2026-01-20")
    rule = ("  - id: r\n    region: 新州市\n    indicator: 送戏下乡\n    measure: count\n"
            "    plan: {value: 1000场, deadline: 2025年底, start: 2025-01-01, source: plan, "
            "quote: 开展送戏下乡1000场}\n"
            "    outcomes:\n      - {value: 618场, as_of: 2025-12-31, increment: true, source: review, "
            "quote: 下半年完成618场}\n")
    status, codes = _audit(tmp_path, [plan, review], rule)
    assert status is Status.invalid and "outcome-date-differs" in codes, codes


def test_a_districts_kind_of_place_is_its_part_and_a_named_school_no_part(tmp_path: Path) -> None:
    sentence = "全市新建社区卫生服务中心5个，其中，城关区社区卫生服务中心已投入使用3个。"
    status, codes = judge(tmp_path, "新建社区卫生服务中心", "新建社区卫生服务中心3个", "3个", sentence,
                          "社区卫生服务中心已投入使用3个", "3个")
    assert status is Status.invalid and "figure-other-region" in codes, codes


def test_halves_of_shows_named_by_example_add_up(tmp_path: Path) -> None:
    plan = ("plan", "新州市2025年民生实事项目\n\n开展送戏下乡等文化惠民演出1200场。\n", "2025-02-20")
    review = ("review", "新州市2025年民生实事完成情况\n\n全年分两批次组织送戏下乡，上半年开展文化惠民演出580场，"
                        "下半年开展文化惠民演出710场。\n", "2026-01-20")
    rule = ("  - id: r\n    region: 新州市\n    indicator: 送戏下乡等文化惠民演出\n    measure: count\n"
            "    plan: {value: 1200场, deadline: 2025年底, start: 2025-01-01, source: plan, "
            "quote: 开展送戏下乡等文化惠民演出1200场}\n"
            "    outcomes:\n      - {value: 580场, as_of: 2025-06-30, increment: true, source: review, "
            "quote: 上半年开展文化惠民演出580场}\n"
            "      - {value: 710场, as_of: 2025-12-31, increment: true, source: review, "
            "quote: 下半年开展文化惠民演出710场}\n")
    status, codes = _audit(tmp_path, [plan, review], rule)
    assert status is Status.met and codes == [], (status, codes)


@pytest.mark.parametrize(("indicator", "plan", "value", "sentence", "quote", "outcome", "measure", "code"),
                         TRAPS_41 + TRAPS_42 + TRAPS_43 + TRAPS_44 + TRAPS_45
                         + TRAPS_46 + TRAPS_47 + TRAPS_48 + TRAPS_49 + TRAPS_50 + TRAPS_51 + TRAPS_52 + TRAPS_53
                         + TRAPS_54)
def test_a_trap_is_refused(tmp_path: Path, indicator: str, plan: str, value: str, sentence: str, quote: str,
                           outcome: str, measure: str, code: str) -> None:
    status, codes = judge(tmp_path, indicator, plan, value, sentence, quote, outcome, measure=measure)
    assert status is Status.invalid and code in codes, codes


@pytest.mark.parametrize(("indicator", "plan", "value", "sentence", "quote", "outcome", "measure"),
                         HONEST_41 + HONEST_42 + HONEST_43 + HONEST_44 + HONEST_45
                         + HONEST_46 + HONEST_47 + HONEST_48 + HONEST_49 + HONEST_50 + HONEST_51 + HONEST_52
                         + HONEST_53 + HONEST_54)
def test_an_honest_rule_is_judged(tmp_path: Path, indicator: str, plan: str, value: str, sentence: str, quote: str,
                                  outcome: str, measure: str) -> None:
    status, codes = judge(tmp_path, indicator, plan, value, sentence, quote, outcome, measure=measure)
    assert status is Status.met and codes == [], codes


@pytest.mark.parametrize(("indicator", "plan", "value", "sentence", "quote", "outcome", "later", "code"),
                         LATER_41 + LATER_42 + LATER_43 + LATER_44 + LATER_45
                         + [(*row, "outcome-revised-later") for row in LATER_46 + LATER_47 + LATER_49
                                                                    + LATER_52 + LATER_53])
def test_a_later_release_refuses_the_outcome(tmp_path: Path, indicator: str, plan: str, value: str, sentence: str,
                                             quote: str, outcome: str, later: str, code: str) -> None:
    status, codes = judge(tmp_path, indicator, plan, value, sentence, quote, outcome, later=later,
                          measure="level" if "%" in value else "count")
    assert status is Status.invalid and code in codes, codes


@pytest.mark.parametrize(("indicator", "plan", "value", "sentence", "quote", "outcome", "later"),
                         LATER_46 + LATER_47 + LATER_49 + LATER_52 + LATER_53)
def test_without_the_later_release_the_outcome_stands(tmp_path: Path, indicator: str, plan: str, value: str,
                                                      sentence: str, quote: str, outcome: str, later: str) -> None:
    status, codes = judge(tmp_path, indicator, plan, value, sentence, quote, outcome)
    assert status is Status.met, codes
