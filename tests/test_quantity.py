"""The quantity forms the issue names, each with the real text where the seeds have it."""

from __future__ import annotations

from decimal import Decimal

import pytest

from checker.diagnostics import QuantityError, UnitError
from checker.language.decimals import decimal_text
from checker.language.quantity import Qualifier, find_quantities, parse_quantity

Q = Qualifier

# text, value, unit, qualifier, upper
CASES = [
    # less than, in the words releases use (不满20个 is not 20个)
    ("不满20个", "20", "个", Q.LESS_THAN, None),
    ("未達６０％", "60", "%", Q.LESS_THAN, None),
    ("未达到300家", "300", "家", Q.LESS_THAN, None),
    ("不及6万人", "60000", "人", Q.LESS_THAN, None),
    ("35微克/立方米以内", "35", "微克/立方米", Q.AT_MOST, None),
    # Arabic numbers, decimals, PDF whitespace and line breaks inside
    ("26所", "26", "所", Q.EXACT, None),
    ("1.28 万个", "12800", "个", Q.EXACT, None),
    ("243\n\n个", "243", "个", Q.EXACT, None),
    ("达 5.5 亿元", "550000000", "元", Q.EXACT, None),
    ("1.7万\n\n人", "17000", "人", Q.EXACT, None),
    ("1 577 人", "1577", "人", Q.EXACT, None),
    # full width
    ("２０２５", "2025", "", Q.EXACT, None),
    ("８５％", "85", "%", Q.EXACT, None),
    ("３．５万个", "35000", "个", Q.EXACT, None),
    # scale words, alone and combined; traditional forms
    ("3.5万", "35000", "", Q.EXACT, None),
    ("35.27亿元", "3527000000", "元", Q.EXACT, None),
    ("6483.8万元", "64838000", "元", Q.EXACT, None),
    ("2.3485亿元", "234850000", "元", Q.EXACT, None),
    ("0.72亿元", "72000000", "元", Q.EXACT, None),
    ("8000余万元", "80000000", "元", Q.MORE_THAN, None),
    ("3.5萬個", "35000", "个", Q.EXACT, None),
    ("1.65億元", "165000000", "元", Q.EXACT, None),
    ("約2.7萬人", "27000", "人", Q.ABOUT, None),
    ("3千万", "30000000", "", Q.EXACT, None),
    ("1亿2300万", "123000000", "", Q.EXACT, None),
    # Chinese numerals
    ("一万二千三百", "12300", "", Q.EXACT, None),
    ("一万零一", "10001", "", Q.EXACT, None),
    ("两小时", "2", "小时", Q.EXACT, None),
    ("二〇二五", "2025", "", Q.EXACT, None),
    ("百余人次", "100", "人次", Q.MORE_THAN, None),
    ("三千", "3000", "", Q.EXACT, None),
    ("一百一十人", "110", "人", Q.EXACT, None),
    ("二十点一万", "201000", "", Q.EXACT, None),
    # qualifiers
    ("9万多个", "90000", "个", Q.MORE_THAN, None),
    ("5000余名", "5000", "名", Q.MORE_THAN, None),
    ("超过900万人次", "9000000", "人次", Q.MORE_THAN, None),
    ("400所以上", "400", "所", Q.AT_LEAST, None),
    ("不少于75个", "75", "个", Q.AT_LEAST, None),
    ("至少3个", "3", "个", Q.AT_LEAST, None),
    ("不低于55%", "55", "%", Q.AT_LEAST, None),
    ("约6702万元", "67020000", "元", Q.ABOUT, None),
    ("6500人左右", "6500", "人", Q.ABOUT, None),
    ("大约100人", "100", "人", Q.ABOUT, None),
    ("近5000人", "5000", "人", Q.NEARLY, None),
    ("接近5000人", "5000", "人", Q.NEARLY, None),
    ("100人以下", "100", "人", Q.AT_MOST, None),
    ("45人以内", "45", "人", Q.AT_MOST, None),
    ("不超过45人", "45", "人", Q.AT_MOST, None),
    ("不高于5%", "5", "%", Q.AT_MOST, None),
    ("不到100人", "100", "人", Q.LESS_THAN, None),
    ("少于3所", "3", "所", Q.LESS_THAN, None),
    # ranges
    ("20-30人", "20", "人", Q.RANGE, "30"),
    ("2至3个", "2", "个", Q.RANGE, "3"),
    ("1—2个", "1", "个", Q.RANGE, "2"),
    ("5-10万元", "50000", "元", Q.RANGE, "100000"),
    ("20%-30%", "20", "%", Q.RANGE, "30"),
    # percentages, points, completion ratios
    ("85%以上", "85", "%", Q.AT_LEAST, None),
    ("达85%以上", "85", "%", Q.AT_LEAST, None),
    ("百分之八十五", "85", "%", Q.EXACT, None),
    ("百分之二点一五", "2.15", "%", Q.EXACT, None),
    ("3个百分点", "3", "个百分点", Q.EXACT, None),
    ("完成省定目标的134.4%", "134.4", "%", Q.EXACT, None),
    ("完成省定目\n\n标的132.3%", "132.3", "%", Q.EXACT, None),
    # measure words of the seeds
    ("6万平方米", "60000", "平方米", Q.EXACT, None),
    ("170余块", "170", "块", Q.MORE_THAN, None),
    ("60余期", "60", "期", Q.MORE_THAN, None),
    ("1669件", "1669", "件", Q.EXACT, None),
    ("699场", "699", "场", Q.EXACT, None),
    ("2.6 万家", "26000", "家", Q.EXACT, None),
    ("5处", "5", "处", Q.EXACT, None),
    ("38项", "38", "项", Q.EXACT, None),
    ("60套", "60", "套", Q.EXACT, None),
    ("20万人口以上", "200000", "人口", Q.AT_LEAST, None),
]


@pytest.mark.parametrize(("text", "value", "unit", "qualifier", "upper"), CASES, ids=[c[0] for c in CASES])
def test_reads_exactly(text: str, value: str, unit: str, qualifier: Qualifier, upper: str | None) -> None:
    quantity = parse_quantity(text)
    assert (decimal_text(quantity.value), quantity.unit, quantity.qualifier) == (value, unit, qualifier)
    assert quantity.value == Decimal(value)
    assert (None if quantity.upper is None else decimal_text(quantity.upper)) == upper


def test_completion_ratio_is_marked() -> None:
    assert parse_quantity("完成省定目标的134.4%").completion
    assert not parse_quantity("134.4%").completion


def test_value_is_decimal_never_float() -> None:
    quantity = parse_quantity("35.27亿元")
    assert isinstance(quantity.value, Decimal)
    assert quantity.value == Decimal("3527000000")


REFUSED = [
    ("3千万亿日元", "日元"),
    ("5磅", "磅"),
    ("100美元", "美元"),
    ("1e309", "e309"),
    ("NaN", "NaN"),
    ("", "empty"),
    ("十四五", "十四五"),
    ("约超过5人", "two qualifiers"),
    ("10-5个", "upper bound"),
    ("1" * 60 + "个", "60 digits"),
    ("完成目标的5所", "percentage"),
    # a scale with no number before it is no figure (a table's 单位 cell, 万人, drafted as a value read 1万人;
    # Recognizers-Text reads 万 alone as no number)
    ("万人", "no number before it"),
    ("亿元", "no number before it"),
]


@pytest.mark.parametrize(("text", "named"), REFUSED, ids=[r[0][:12] or "empty" for r in REFUSED])
def test_refuses_with_a_message_naming_the_part(text: str, named: str) -> None:
    with pytest.raises(QuantityError) as error:
        parse_quantity(text)
    assert named in str(error.value)


def test_unknown_unit_is_a_unit_error() -> None:
    with pytest.raises(UnitError, match="unknown measure word '日元'"):
        parse_quantity("3千万亿日元")


# Running text: Chinese numerals count only before a measure word, never in names and idioms.
RUNNING = [
    ("义务教育阶段学校每天要确保两小时综合体育活动时间", [("2", "小时")]),
    ("市内五区、三个开发区通过多种途径挖潜", [("3", "个")]),
    ("到“十四五”末,全市续改建中小学150所", [("150", "所")]),
    ("均衡布局,新增一批义务教育新优质学校", []),
    ("进一步缩小区域、城乡、校际差距", []),
    ("全面推进“五育并举”,素质教育更多出彩", []),
    ("就业关乎国计民生,更关乎千家万户。", []),
    ("建成市本级智慧就业服务大厅、零工微市场等", []),
    ("一本上线人数连续多年位居全省前列", []),
    ("成功举办我市第一届职业技能大赛", []),
    ("开展“五个系列”活动", []),
    ("总数位居全省第3位", []),
    ("2024年,全市教育系统围绕建设", []),
    ("研究制定《郑州市中小学布局规划(2021—2035年)》", []),
    ("2020-2021学年全市各级各类学校911所", [("911", "所")]),
    ("发布日期: 2021-09-20", []),
    ("圆了219万市民36年的“大学梦”", [("2190000", ""), ("36", "年")]),
    ("新增技能人才1.7万\n\n人 。", [("17000", "人")]),
    ("向市场主体和群众发放各类就业创业补贴 2.67 亿元", [("267000000", "元")]),
    ("减负0.72亿元", [("72000000", "元")]),
    ("荣获个人奖项百余人次,集体奖项11次", [("100", "人次"), ("11", "次")]),
    ("每所职业院校面向我市1至2个重点产业建设2至3个骨干专业群", [("1", "个"), ("2", "个")]),
    ("学生心理健康预警人数连续下降,从18.03%降至8.07%", [("18.03", "%"), ("8.07", "%")]),
    # the denominator of a rate is no figure; the rate is
    ("全市每千人口拥有执业医师达到3.3人", [("3.3", "人")]),
    ("全市每10万人拥有公共文化设施面积达到1200平方米", [("1200", "平方米")]),
    # a rate written after its figure is one, in a unit of its own (a label's unit is not: （1/10万）)
    ("孕产妇死亡率为8.6/10万", [("8.6", "/10万")]),
    ("甲乙类传染病报告发病率控制在150/十万以下", [("150", "/十万")]),
    ("孕产妇死亡率（1/10万）", []),
    # a name: a district's (伍 is a formal 5), a phase's, departments
    ("西陵区、伍家岗区新建口袋公园分别为8个和6个", [("8", "个"), ("6", "个")]),
    ("市社会福利中心二期工程仍未完工", []),
    ("河南省教育厅等五部门联合提出", []),
    ("原计划加装电梯300部", [("300", "部")]),
    ("PM2.5年均浓度35微克/立方米", [("35", "微克/立方米")]),
    # a table's or an item's number before a year, the space between gone from the flat text: no 12025年
    ("表1 2025年民生实事项目完成情况", []),
    ("附表 10 2024年新建学校 3所", [("3", "所")]),
    ("2.2026年秋季开学前完成改造1200间", [("1200", "间")]),
]


@pytest.mark.parametrize(("text", "expected"), RUNNING, ids=[r[0][:14] for r in RUNNING])
def test_finds_quantities_in_running_text(text: str, expected: list[tuple[str, str]]) -> None:
    found = [(decimal_text(f.quantity.value), f.quantity.unit) for f in find_quantities(text)]
    assert found == expected


def test_found_positions_index_the_original_text() -> None:
    text = "增加学位 1.28 万个,撤并农村 100 人以下小规模学校 243\n\n个"
    found = find_quantities(text)
    assert [text[f.start:f.end] for f in found] == ["1.28 万个", "100 人以下", "243\n\n个"]
    assert found[1].quantity.qualifier is Qualifier.AT_MOST


@pytest.mark.parametrize(("text", "written", "qualifier"), [
    # a word ending in 约 or 近 qualifies nothing: 签约30个 is thirty signed (a held-out rule was
    # refused for declaring 30个), 最近3年 the last three years
    ("引进重大产业项目签约30个", "30个", Qualifier.EXACT),
    ("最近3年新建学校", "3年", Qualifier.EXACT),
    ("节约资金1.2亿元", "1.2亿元", Qualifier.EXACT),
    # the qualifiers themselves still read
    ("预约挂号约3万人次", "约3万人次", Qualifier.ABOUT),
    ("帮扶近5000人", "近5000人", Qualifier.NEARLY),
])
def test_a_word_ending_in_a_qualifier_is_no_qualifier(text: str, written: str, qualifier: Qualifier) -> None:
    [found] = find_quantities(text)
    assert (found.quantity.text, found.quantity.qualifier) == (written, qualifier)


def test_completion_list_is_marked_throughout() -> None:
    text = "新增高技能人才6.07万人,分别完成省定目标的125.6%、134.4%、110.4%。"
    ratios = [f.quantity for f in find_quantities(text) if f.quantity.unit == "%"]
    assert [(decimal_text(q.value), q.completion) for q in ratios] == [
        ("125.6", True), ("134.4", True), ("110.4", True)]
