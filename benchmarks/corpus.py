"""Synthetic corpora of the real shape, to benchmark the checker at 1,000 / 10,000 / 100,000 rules.

    .venv/bin/python benchmarks/corpus.py OUT_DIR --rules 10000 --releases 2000 [--seed 0]

writes OUT_DIR/seeds/ (release texts and releases.yaml) and OUT_DIR/rules/ (one file per invented
city). Each city publishes two yearly series, a livelihood-projects press conference and a bureau's
review-and-plan, each release reviewing one year (2021–2025) and stating targets for the next year
and beyond, in the sentence patterns of the bundled seeds and with their artefacts (narrow
newspaper columns, `243\\n\\n个`, `1.28 万个`, full-width commas). Rules pair a target with the
outcomes later releases report.

Every rule is honest: its quotes are whole clauses that occur once in the release, and it declares
exactly the quantity, qualifier, year and indicator they state, so the corpus validates cleanly.
Judged `--as-of 2026-11-25` it has about the bundled mix of statuses. Same arguments, same bytes.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
import sys
import time
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, Optional, TextIO

LAST_YEAR = 2025  # the last year reviewed: targets for 2026 on are still pending on 2026-11-25
PER_CITY = 10  # releases per city: two series of five years
MAX_RULES_PER_FILE = 2000
LARGE_EVERY, LARGE_BYTES = 200, 200_000  # one release in 200 is padded to about 200 KB

FATES = {"met": 0.30, "missed": 0.04, "pending": 0.15, "unreported": 0.51}  # the bundled mix, roughly
KINDS = {  # for each intended status, the kinds of rule that can have it, and how often
    "met": {"annual": .28, "restated": .10, "increment": .10, "completion": .12, "claim": .10,
            "level": .08, "goal": .02, "cumulative": .08, "milestone": .12},
    "missed": {"annual": .30, "restated": .15, "increment": .12, "completion": .15, "claim": .08,
               "level": .12, "goal": .03, "cumulative": .05},
    "pending": {"annual": .28, "increment": .12, "completion": .07, "claim": .05, "level": .10, "goal": .06,
                "cumulative": .10, "milestone": .10, "budget": .07, "autumn": .05},
    "unreported": {"annual": .35, "increment": .08, "completion": .10, "claim": .07, "level": .12,
                   "goal": .05, "cumulative": .08, "milestone": .15},
}

Rule = dict[str, Any]


@dataclass(frozen=True)
class Item:
    """Something a target counts. One rule per key per city, so no two rules of a city count the
    same thing (and no release gives two figures for it)."""

    indicator: str
    unit: str
    low: int  # target range: units; 万元 for money; tenths of a percent for levels
    high: int
    style: str = "n"  # n: 26所 | wan: 3.5万个 | money: 2.3485亿元 | ge/le: a level at least/at most


def _items(kinds: str, style: str) -> list[Item]:
    """`indicator unit low high` per line."""
    rows = (line.split() for line in kinds.strip().splitlines())
    return [Item(ind, unit, int(low), int(high), style) for ind, unit, low, high in rows]


# Verbs and things chosen so that no indicator is a substring of another: a quote must occur once.
SCHOOLS = [Item(verb + thing, "所", low, high)
           for verb in ("新建和改扩建", "新建", "续建", "改造提升")
           for thing, low, high in (("公办幼儿园", 5, 40), ("中小学", 10, 80), ("寄宿制小学", 3, 20),
                                    ("初级中学", 3, 15), ("乡镇中心幼儿园", 4, 30), ("特殊教育学校", 2, 6),
                                    ("普惠性幼儿园", 5, 40), ("农村小学", 5, 40), ("城区小学", 3, 20),
                                    ("高级中学", 2, 8), ("公办中学", 3, 15), ("乡村学校", 5, 50))]
FACILITIES = _items("""
建设市级名校长工作室 个 10 60
成立市级名师工作室 个 20 100
创建市级名班主任工作室 个 30 150
培养省市级名师 名 100 400
培养省市级骨干教师 名 1000 5000
新招聘教师 人 500 2500
建设多功能运动场 个 3 20
新建社会足球场 处 3 15
更新建设社区健身器材 套 20 120
建设全民健身路径 套 20 120
开发就业见习岗位 个 3000 12000
设立就业见习单位 家 100 400
建设创业孵化基地 个 5 40
新建城市书房 个 5 40
创建省级示范性幼儿园 所 5 40
建设零工驿站 个 10 60
""", "n")
WAN = _items("""
新增学位 个 10000 60000
新增公办学位 个 10000 50000
新增小学学位 个 10000 90000
新增初中学位 个 10000 50000
新增普惠性学位 个 10000 30000
城镇新增就业 人 30000 120000
新增技能人才 人 20000 180000
新增高技能人才 人 10000 70000
失业人员再就业 人 10000 30000
新增返乡农民工创业 人 10000 40000
新增农村劳动力转移就业 人 10000 40000
开展职业技能培训 人次 50000 300000
""", "wan")
MONEY = _items("""
投入教育专项资金 元 50000 400000
发放创业担保贷款 元 30000 120000
发放稳岗资金 元 3000 9000
投入学生资助资金 元 2000 9000
""", "money")
COUNTS = SCHOOLS + FACILITIES + WAN + MONEY
LEVELS = _items("""
公办在园幼儿占比 % 450 700
普惠性幼儿园覆盖率 % 800 950
集团化办学覆盖率 % 600 900
学前教育毛入园率 % 900 980
高中阶段毛入学率 % 900 980
市级数字校园认定率 % 800 990
学生体质健康达标率 % 880 960
义务教育学校标准化建设达标率 % 850 990
""", "ge") + _items("""
城镇调查失业率 % 50 60
义务教育阶段大班额比例 % 10 50
""", "le")
CUMULATIVE = [  # (verb, thing, measure word, low, high): 截至2025年底,全市累计{verb}{thing}N{unit}
    ("创建", "市级公办中小学优质教育集团", "个", 40, 120), ("创建", "区级公办中小学优质教育集团", "个", 80, 200),
    ("培育创建", "新优质学校", "所", 100, 400), ("认定", "市级特色高中", "所", 5, 20),
    ("建成", "智慧校园示范校", "所", 30, 150), ("命名", "劳动教育实践基地", "个", 20, 80),
    ("续改建", "中小学", "所", 60, 200),
]

# Name parts: no numerals, measure words or qualifiers, so a name never reads as a quantity.
NAME_CHARS = ("安宁平阳清河长乐青云临泉东川西岭南湖北山丰城泽林华兴盛和新源德信永昌嘉禾金水桐柏松梅兰竹"
              "凤凰龙泰恒顺通汇溪江海湾峰桥庄瑞祥福吉康宜静柳杨桂枫潭沙岩原田春秋晨光明辉荣")
FACILITY_KINDS = ("学校", "实验学校", "实验小学", "体育中心", "图书馆新馆", "青少年活动中心", "职业教育实训基地",
                  "特殊教育学校", "综合实践基地", "少年宫")
SURNAMES, GIVEN = "李王张刘陈杨赵黄周吴徐孙马朱胡郭何林罗高", "蕊涛明静丽强军伟芳娜敏磊洋艳勇杰娟涛红"

TOPIC_LEADS = (
    "科学配置教育资源,办学条件更加优化。", "持续提升业务素养,师资队伍更显专业。", "着力优质均衡创建,教育质量更快提升。",
    "不断完善体系建设,校园安全更有保障。", "全面推进“五育并举”,素质教育更多出彩。",
    "聚焦稳岗位,多渠道挖掘就业潜力。", "聚焦重点群体,多层次兜牢民生底线。", "聚焦群众需求,多方位优化公共服务。",
    "聚力扩优提质,基础教育优质均衡全面推进。", "聚力体育惠民,全民健身品牌全面彰显。",
    "聚力强基培优,教师队伍素质全面提升。", "聚力融合发展,现代职业教育体系全面构建。",
)
PLAN_LEADS = (
    "一、实施新时代基础教育扩优提质行动。", "二、实施教师队伍强基培优提质增效行动。",
    "三、实施体育品牌打造提质增效行动。", "四、实施就业优先稳岗扩容行动。", "五、实施职业技能提升行动。",
    "六、实施教育治理体系改革提质增效行动。",
)
# Filler: realistic sentences that no rule quotes (with 近/约/超过/余 figures no rule may declare).
FILLER = (
    "{Y}年,全市教育系统围绕建设教育强市的工作目标,全力以赴促均衡、提质量、保公平,教育事业发展成效显著。",
    "升级{b}所学校的防撞栏、隔离墩、减速带等安防设施,建立了全员值守的“护学岗”联防联控机制。",
    "在省级及以上各类体育比赛中,荣获个人奖项百余人次,集体奖项{a}次。",
    "学生心理健康预警人数连续下降,从{p}%降至{q}%。",
    "在线下开展“春风行动”“就业援助月”等各类招聘活动{b}场,提供就业岗位{w}万个。",
    "加大劳动保障监察和劳动仲裁维权力度,全年处理劳动争议案件{b}件,其中以调解形式结案{c}件。",
    "线下集中培训班主任及家长{b}名,线上观看教师及家长超过{a}万人次。",
    "加强研学实践教育,{b}余名中小学生参加“国防+专题”教育综合实践活动。",
    "走进{a}所高校,举办促进毕业生就业系列论坛,推动政策落实落地。",
    "建立大中小学思政课建设管理委员会、专家委员会,成立思政课一体化建设区域联盟。",
    "推行每天“{a}分钟思政教育”首课制度,组织开展红色研学活动,拓展实践育人空间和阵地。",
    "累计投入中央、省、市县资金约{d}万元,惠及农村义务教育寄宿制学生近{d}人。",
    "扎实开展教师减负工作,为教师营造安心从教、用心从教的良好环境。",
    "推进校外合规培训机构监管,实现了资金、课程、人员等全流程监管。",
    "家校社协同紧密有效,获评省首批学校家庭社会协同育人实验区。",
    "实行“三严一规范一加强”招生政策,热点学校“大班额”明显减少,薄弱学校学区生明显回流。",
    "强化“以赛促训”的育人模式,成功举办我市第一届职业技能大赛,构建了多层级的竞赛体系。",
    "发挥创业带动就业的倍增效应,开展“源来好创业”创业资源对接季活动。",
    "紧盯我市{a}大产业集群、{c}条重点产业链岗位需求,推行“岗位+培训+就业”模式。",
    "为{b}家规模以上工业企业申报奖补资金{d}万元,金额居全省前列。",
    "深入推进校园安全隐患大起底、大排查、大整治专项行动,校园本质安全水平全面提升。",
    "近年来,共选派{d}名农村教师参加培训,农村教师队伍整体素质得到明显提升。",
    "学前教育资助方面,以在校生{a}%比例进行资助,每人每年资助{b}元。",
    "统筹做好返乡农民工、就业困难人员、“建档立卡”贫困家庭劳动力等重点群体的就业帮扶。",
    "打造服务大厅、线上招聘大厅等就业服务新模式,打造了群众家门口的“就业服务圈”。",
    "全年开展全民健身赛事活动,参与群众{a}万余人次,将赛事办到了群众身边。",
    "{city}代表队在比赛中取得了{a}项冠军、{c}项亚军的佳绩。",
    "整合利用中央预算内资金、校舍维修改造资金等多方资金,实现“借力”发展。",
    "严格落实项目建设进度周报制度,对进度缓慢的项目深挖问题原因,下发工作提示函。",
    "普通高考成绩稳中有升,二本B类以上达线人数连年攀升。",
    "发放国家助学金,按照在校生{a}%的比例分档发放,平均资助标准为每生每年{b}元。",
    "截至目前,全市共有幼儿园{b}所,小学{c}所,高中{a}所,在校生共计{w}万名。",
    "{Y}年{m}月,市教育局组织开展中小学生学习国防教育研学活动。",
    "市、县(区)教育局相关负责人现场发布并回答记者提问。",
    "实施就业创业补贴“直补快办”行动,切实发挥了各项资金在促进、保障就业方面的重要作用。",
    "加快数字校园升级改造,约{c}所学校被认定为省级数字校园标杆校。",
    "职业院校{a}个专业点入选省级示范专业,一批学校获批省首批综合高中试点。",
    "严格落实免试就近入学政策,“择校热”“择师热”明显降温。",
    "经过多年努力,全市教育事业发展水平显著提升,人民群众的获得感、幸福感持续增强。",
)
QUESTIONS = ("请问,近年来我市在{topic}方面做了哪些工作?取得了哪些成效?", "请介绍一下{topic}的具体举措和落实情况。")
TOPICS = ("学前教育普及普惠", "义务教育优质均衡", "教师队伍建设", "学生资助", "职业技能培训", "校园安全", "全民健身")


@dataclass
class Doc:
    """One release being written: the sentences that rules quote go into its review (the year it
    reviews) or its plan section (the years after)."""

    rid: str
    number: int  # across the corpus: names the file
    chain: int  # 0: press conference of the government's news office; 1: the education bureau's review
    year: int
    published: date
    review: list[str] = field(default_factory=list)
    plans: list[str] = field(default_factory=list)
    quotes: list[str] = field(default_factory=list)


def _decimal(n: int, places: int) -> str:
    """n / 10**places written exactly, without trailing zeros: (35270, 4) → 3.527."""
    whole, frac = divmod(n, 10**places)
    return f"{whole}.{frac:0{places}d}".rstrip("0").rstrip(".") if frac else str(whole)


def _amount(n: int, item: Item, more: bool = False) -> str:
    """How a release writes n of `item`: 26所, 3.5万个, 2.3485亿元, 3500余名, 85%."""
    if item.style == "wan":
        number = _decimal(n, 4) + "万" if n >= 10000 else str(n)
    elif item.style == "money":  # n is in 万元
        number = _decimal(n, 4) + "亿" if n >= 10000 else f"{n}万"
    elif item.style in ("ge", "le"):
        number = _decimal(n, 1)
    else:
        number = str(n)
    return number + ("余" if more else "") + item.unit


def _step(item: Item) -> int:
    """The smallest change a release writes: 0.01万 for figures in 万, else one."""
    return 100 if item.style == "wan" else 1


def _sentence(*clauses: str) -> str:
    return ",".join(clause for clause in clauses if clause) + "。"


def _share(total: int, parts: int, index: int) -> int:
    return total // parts + (1 if index < total % parts else 0)


def _name(index: int) -> str:
    """A distinct invented place name for every index (a bijection onto pairs of characters)."""
    size = len(NAME_CHARS)
    pairs = size * (size - 1)  # two different characters
    first, second = divmod(index * 7919 % pairs, size - 1)  # 7919 is prime to pairs: each pair once
    name = NAME_CHARS[first] + NAME_CHARS[second + (second >= first)]
    return name + (NAME_CHARS[index // pairs - 1] if index >= pairs else "")


_FOLD = str.maketrans("，（）：；％", ",():;%")
_SPACE = re.compile(r"\s+")


def _flat(text: str) -> str:
    """As the checker compares quotes (for the characters these texts use): no whitespace, ASCII punctuation."""
    return _SPACE.sub("", text.translate(_FOLD))


class City:
    """One invented city: its releases and its rules, built and written together."""

    def __init__(self, index: int, seed: int, releases: int, first: int, width: int, large: int) -> None:
        self.rng = random.Random(f"{seed}/{index}")
        self.name = _name(index) + "市"
        self.slug = f"c{index + 1:0{width}d}"
        self.counties = [_name(index * 8 + k + 17) + ("县" if k % 2 else "区") for k in range(8)]
        self.large = large
        self.docs: dict[tuple[int, int], Doc] = {}
        for k in range(releases):
            chain, year = k % 2, LAST_YEAR - k // 2
            published = date(year + 1, 1 + chain, self.rng.randint(5, 26))
            rid = f"{self.slug}-{'ab'[chain]}-{published.isoformat()}"
            self.docs[(chain, year)] = Doc(rid, first + k, chain, year, published)
        self.used: set[str] = set()
        self.rules: list[Rule] = []

    # --- rules ----------------------------------------------------------------------

    def build(self, count: int) -> None:
        rng = self.rng
        fates = list(FATES)
        while len(self.rules) < count:
            fate = rng.choices(fates, weights=list(FATES.values()))[0]
            for choice in [fate] + [f for f in fates if f != fate]:  # another status if this city has no room
                weights = KINDS[choice]
                kinds = sorted(weights, key=lambda kind: -rng.random() ** (1 / weights[kind]))
                rule = next((r for kind in kinds if (r := getattr(self, "_" + kind)(choice)) is not None), None)
                if rule is not None:
                    self.rules.append(rule)
                    break

    def _rule(self, kind: str, indicator: str, plan: Rule, outcomes: list[Rule], level: bool = False) -> Rule:
        return {"id": f"{self.slug}-{len(self.rules) + 1:03d}-{kind}", "region": self.name, "indicator": indicator,
                "measure": "level" if level else "count", "plan": plan, "outcomes": outcomes}

    def _take(self, pool: list[Item]) -> Optional[Item]:
        free = [item for item in pool if item.indicator not in self.used]
        if not free:
            return None
        item = self.rng.choice(free)
        self.used.add(item.indicator)
        return item

    def _facility(self) -> Optional[str]:
        for _ in range(20):
            name = ("市" + self.rng.choice(NAME_CHARS) + self.rng.choice(NAME_CHARS) + self.rng.choice(FACILITY_KINDS))
            if name not in self.used:
                self.used.add(name)
                return name
        return None

    def _quote(self, doc: Doc, quote: str, where: list[str], text: str) -> None:
        doc.quotes.append(quote)
        where.append(text)

    def _next_year(self, fate: str) -> Optional[tuple[Doc, Optional[Doc], int]]:
        """A target for year Y stated in the release reviewing Y-1, and the release reviewing Y."""
        if fate == "pending":
            keys = [key for key in self.docs if key[1] == LAST_YEAR]
        else:
            keys = [key for key in self.docs if key[1] < LAST_YEAR]
        if not keys:
            return None
        chain, year = self.rng.choice(keys)
        return self.docs[(chain, year)], self.docs.get((chain, year + 1)), year + 1

    def _years_ahead(self, fate: str) -> Optional[tuple[int, int, int]]:
        """A target two or three years ahead: (chain, year of the release stating it, deadline year)."""
        span = self.rng.choice((2, 3))
        keys = [key for key in self.docs if (key[1] + span > LAST_YEAR) == (fate == "pending")]
        if not keys:
            return None
        chain, year = self.rng.choice(keys)
        return chain, year, year + span

    def _target(self, item: Item) -> int:
        step = _step(item)
        return self.rng.randint(item.low // step, item.high // step) * step

    def _beyond(self, n: int, step: int, strict: bool) -> int:
        """A figure that reaches n (passes it, if strict): up to a quarter more."""
        return n + self.rng.randint(1 if strict else 0, max(1, n // step // 4)) * step

    def _short(self, n: int, step: int) -> int:
        """A figure short of n, by up to 30%."""
        return n - self.rng.randint(1, max(1, n // step * 3 // 10)) * step

    def _annual(self, fate: str, restated: bool = False) -> Optional[Rule]:
        rng = self.rng
        out_doc: Optional[Doc]
        if restated:  # stated and reported in the same review, as 新乡 does: 计划任务是…, 实际…
            if fate not in ("met", "missed") or not self.docs:
                return None
            plan_doc = out_doc = self.docs[rng.choice(list(self.docs))]
            year = plan_doc.year
        else:
            slot = self._next_year(fate)
            if slot is None:
                return None
            plan_doc, out_doc, year = slot
        item = self._take(COUNTS)
        if item is None:
            return None
        n = self._target(item)
        if fate == "missed" and n < 2:
            n = 2
        form = rng.choice(("plain", "plain", "at_least", "above", "more") if item.style == "wan" and n >= 20000
                          else ("plain", "plain", "at_least", "above"))
        if form == "more":  # 9万多个: more than whole ten-thousands
            n = n // 10000 * 10000
        value = {"plain": _amount(n, item), "at_least": "不少于" + _amount(n, item), "above": _amount(n, item) + "以上",
                 "more": f"{n // 10000}万多{item.unit}"}[form]
        plan: Rule = {"value": value}
        if form != "plain" or rng.random() < 0.5:
            plan["comparator"] = "more_than" if form == "more" else "at_least"
        plan |= {"deadline": f"{year}年" + rng.choice(("底", "")), "start": date(year, 1, 1), "source": plan_doc.rid}
        outcomes: list[Rule] = []
        if restated:
            plan["quote"] = f"{year}年,我市民生实事项目计划任务是{item.indicator}{value}"
        else:
            plan["quote"] = f"{year}年," + rng.choice(("全市计划", "")) + item.indicator + value
            self._quote(plan_doc, plan["quote"], plan_doc.plans,
                        _sentence(plan["quote"], rng.choice(("", "确保按期完成", "切实办好民生实事"))))
        if fate in ("met", "missed") and out_doc is not None:
            m = self._beyond(n, _step(item), form == "more") if fate == "met" else self._short(n, _step(item))
            more = fate == "met" and item.unit in ("人", "名", "人次") and m >= 1000 and rng.random() < 0.4
            if more:  # 3500余名 proves a target of at most 3500 met, so round down only as far as n
                m = max(n, m // 100 * 100) if item.style == "n" else max(n, m // 1000 * 1000)
            amount = _amount(m, item, more)
            quote = rng.choice((f"实际{item.indicator}{amount}", f"全年{item.indicator}{amount}",
                                f"{year}年,全市{item.indicator}{amount}"))
            tail = rng.choice(("圆满完成年度目标任务", "有效增加了优质资源供给", "")) if fate == "met" else \
                rng.choice(("部分项目仍在加紧推进", "未能完成年度计划", ""))
            text = _sentence(rng.choice(("经全市上下共同努力", "在各方支持下", "")), quote, tail)
            if restated:
                text = _sentence(plan["quote"]) + text
                out_doc.quotes.append(plan["quote"])
            self._quote(out_doc, quote, out_doc.review, text)
            outcomes.append({"value": amount, "as_of": date(year, 12, 31), "source": out_doc.rid, "quote": quote})
        return self._rule("restated" if restated else "annual", item.indicator, plan, outcomes)

    def _restated(self, fate: str) -> Optional[Rule]:
        return self._annual(fate, restated=True)

    def _increment(self, fate: str) -> Optional[Rule]:
        """A several-year target reported year by year (increment: true), as 郑州's 新增小学学位9万多个."""
        rng = self.rng
        slot = self._years_ahead(fate)
        item = self._take([i for i in WAN if i.high >= 30000]) if slot else None
        if slot is None or item is None:
            return None
        chain, stated, deadline = slot
        span = deadline - stated
        n = rng.randint(max(2, item.low // 10000), item.high // 10000) * 10000
        form = rng.choice(("more", "at_least", "plain"))
        value = f"{n // 10000}万多{item.unit}" if form == "more" else _amount(n, item)
        quote = {"more": f"力争到{deadline}年{item.indicator}{value}",
                 "at_least": f"到{deadline}年,{item.indicator}不少于{value}",
                 "plain": f"到{deadline}年,全市{item.indicator}{value}"}[form]
        if form == "at_least":
            value = "不少于" + value
        doc = self.docs[(chain, stated)]
        self._quote(doc, quote, doc.plans, _sentence(quote))
        plan: Rule = {"value": value, "comparator": "more_than" if form == "more" else "at_least",
                      "deadline": rng.choice((f"到{deadline}年", f"{deadline}年")), "start": date(stated + 1, 1, 1),
                      "source": doc.rid, "quote": quote}
        years = list(range(stated + 1, min(deadline, LAST_YEAR) + 1))
        if fate == "unreported":
            years = years[:-1]  # the final year's figure never came
        if fate in ("met", "missed"):
            total = self._beyond(n, 100, True) if fate == "met" else self._short(n, 100)
            parts = [rng.randint(70, 130) for _ in years]
            steps = [total // 100 * w // sum(parts) for w in parts]
            steps[-1] += total // 100 - sum(steps)
        else:  # each year below its share, so the reported sum stays short of the target
            steps = [n // 100 * rng.randint(60, 110) // (100 * span) for _ in years]
        outcomes = []
        for year, step in zip(years, steps, strict=True):
            out = self.docs[(chain, year)]
            amount = _amount(step * 100, item)
            quote = rng.choice((f"{year}年{item.indicator}{amount}", f"{year}年,全市{item.indicator}{amount}"))
            self._quote(out, quote, out.review, _sentence(quote, rng.choice(("", "较上年有所增加", "完成年度任务"))))
            outcomes.append({"value": amount, "as_of": date(year, 12, 31), "increment": True, "source": out.rid,
                             "quote": quote})
        return self._rule("increment", item.indicator, plan, outcomes)

    def _province_task(self, fate: str, kind: str) -> Optional[Rule]:
        """A province-set target whose number the releases never state: judged by a completion
        ratio (完成省定目标的134.4%) or a claim (超额完成省定目标任务)."""
        rng = self.rng
        slot = self._next_year(fate)
        item = self._take(WAN) if slot else None
        if slot is None or item is None:
            return None
        plan_doc, out_doc, year = slot
        who = rng.choice(("省定", "市定", "省定、市定"))
        quote = rng.choice((f"{year}年,确保{item.indicator}完成{who}目标任务",
                            f"{year}年,{item.indicator}力争完成{who}目标任务"))
        self._quote(plan_doc, quote, plan_doc.plans, _sentence(quote))
        plan: Rule = {"deadline": f"{year}年底", "start": date(year, 1, 1), "source": plan_doc.rid, "quote": quote}
        outcomes: list[Rule] = []
        if fate in ("met", "missed") and out_doc is not None:
            amount = _amount(self._target(item), item)
            outcome: Rule
            if kind == "completion":
                ratio = _decimal(rng.randint(1000, 1600) if fate == "met" else rng.randint(700, 999), 1) + "%"
                quote = f"{item.indicator}{amount},完成{who}目标的{ratio}"
                outcome = {"completion": ratio}
            else:
                claim = rng.choice(("exceeded", "met")) if fate == "met" else "not_met"
                words = {"exceeded": "超额完成", "met": "完成", "not_met": "未完成"}[claim]
                quote = f"{item.indicator}{amount},{words}{who}目标任务"
                outcome = {"claim": claim}
            self._quote(out_doc, quote, out_doc.review, _sentence(f"{year}年,我市持续发力", quote))
            outcomes.append(outcome | {"as_of": date(year, 12, 31), "source": out_doc.rid, "quote": quote})
        return self._rule(kind, item.indicator, plan, outcomes)

    def _completion(self, fate: str) -> Optional[Rule]:
        return self._province_task(fate, "completion")

    def _claim(self, fate: str) -> Optional[Rule]:
        return self._province_task(fate, "claim")

    def _level_figure(self, p: int, item: Item, reached: bool) -> int:
        """A share that reaches target p (as a level at least or at most p) or falls short of it."""
        up = (item.style == "ge") == reached
        return min(999, p + self.rng.randint(0 if reached else 1, 40)) if up else max(1, p - self.rng.randint(
            0 if reached else 1, min(40, p - 1)))

    def _level(self, fate: str) -> Optional[Rule]:
        """A share by the end of next year (2025年底公办在园幼儿占比达55%), judged by the year's figure."""
        rng = self.rng
        slot = self._next_year(fate)
        item = self._take(LEVELS) if slot else None
        if slot is None or item is None:
            return None
        plan_doc, out_doc, year = slot
        p = self._target(item) // (1 if item.style == "le" else 10) * (1 if item.style == "le" else 10)
        percent = _amount(p, item)
        if item.style == "le":
            value, quote = percent + "以内", f"{year}年,{item.indicator}控制在{percent}以内"
        elif rng.random() < 0.5:
            value, quote = percent, f"{year}年底{item.indicator}达{percent}"
        else:
            value, quote = percent + "以上", f"{year}年,{item.indicator}达到{percent}以上"
        self._quote(plan_doc, quote, plan_doc.plans, _sentence(quote))
        plan: Rule = {"value": value, "comparator": "at_most" if item.style == "le" else "at_least",
                      "deadline": f"{year}年底", "source": plan_doc.rid, "quote": quote}
        outcomes: list[Rule] = []
        if fate in ("met", "missed") and out_doc is not None:
            figure = _amount(self._level_figure(p, item, fate == "met"), item)
            quote = f"{year}年,全市{item.indicator}" + ("为" if item.style == "le" else "达到") + figure
            self._quote(out_doc, quote, out_doc.review, _sentence(quote))
            outcomes.append({"value": figure, "as_of": date(year, 12, 31), "source": out_doc.rid, "quote": quote})
        return self._rule("level", item.indicator, plan, outcomes, level=True)

    def _goal(self, fate: str) -> Optional[Rule]:
        """A share to reach in two or three years (到2025年,集团化办学覆盖率达85%以上), reported yearly."""
        rng = self.rng
        slot = self._years_ahead(fate)
        item = self._take([i for i in LEVELS if i.style == "ge"]) if slot else None
        if slot is None or item is None:
            return None
        chain, stated, deadline = slot
        p = self._target(item) // 10 * 10
        percent = _amount(p, item)
        quote = f"到{deadline}年,{item.indicator}达{percent}以上"
        doc = self.docs[(chain, stated)]
        self._quote(doc, quote, doc.plans, _sentence(quote))
        plan: Rule = {"value": percent + "以上", "comparator": "at_least", "deadline": f"到{deadline}年",
                      "source": doc.rid, "quote": quote}
        outcomes = []
        for year in range(stated + 1, min(deadline, LAST_YEAR) + 1):
            final = year == deadline
            if final and fate not in ("met", "missed"):
                break
            figure = self._level_figure(p, item, fate == "met") if final else max(1, p - rng.randint(5, 60))
            out = self.docs[(chain, year)]
            quote = f"{year}年,全市{item.indicator}达到{_amount(figure, item)}"
            self._quote(out, quote, out.review, _sentence(quote))
            outcomes.append({"value": _amount(figure, item), "as_of": date(year, 12, 31), "source": out.rid,
                             "quote": quote})
        return self._rule("goal", item.indicator, plan, outcomes, level=True)

    def _cumulative(self, fate: str) -> Optional[Rule]:
        """A running total to reach (到2025年,全市累计创建不少于75个…), reported as 截至…累计 totals."""
        rng = self.rng
        slot = self._years_ahead(fate)
        free = [c for c in CUMULATIVE if c[0] + c[1] not in self.used]
        if slot is None or not free:
            return None
        verb, thing, unit, low, high = rng.choice(free)
        self.used.add(verb + thing)
        chain, stated, deadline = slot
        n = rng.randint(low, high)
        doc = self.docs[(chain, stated)]
        start = date(stated + 1, 1, 1)
        if deadline == LAST_YEAR and stated < LAST_YEAR and rng.random() < 0.3:
            indicator, value, when, start = verb + thing, f"{n}{unit}", "十四五末", date(2021, 1, 1)
            quote = f"到“十四五”末,全市{verb}{thing}{value}"
        elif rng.random() < 0.5 and thing != "中小学":  # the thing alone names what is counted
            indicator, value, when = thing, f"不少于{n}{unit}", f"到{deadline}年"
            quote = f"到{deadline}年,全市累计{verb}不少于{n}{unit}{thing}"
        else:
            indicator, value, when = verb + thing, f"{n}{unit}以上", f"{deadline}年"
            quote = f"力争到{deadline}年,{verb}{thing}{n}{unit}以上"
        self._quote(doc, quote, doc.plans, _sentence(quote))
        plan: Rule = {"value": value, "comparator": "at_least", "deadline": when, "start": start,
                      "source": doc.rid, "quote": quote}
        final = self._beyond(n, 1, False) if fate == "met" else self._short(n, 1)
        span = deadline - stated
        outcomes = []
        for year in range(stated + 1, min(deadline, LAST_YEAR) + 1):
            if year == deadline and fate not in ("met", "missed"):
                break
            total = final if year == deadline else min(final, n) * (year - stated) // (span + 1)
            if total < 1 or rng.random() < 0.25 and year != deadline:
                continue  # not every review restates the total
            out = self.docs[(chain, year)]
            quote = f"截至{year}年底,全市累计{verb}{thing}{total}{unit}"
            self._quote(out, quote, out.review, _sentence(quote))
            outcomes.append({"value": f"{total}{unit}", "as_of": date(year, 12, 31), "source": out.rid,
                             "quote": quote})
        return self._rule("cumulative", indicator, plan, outcomes)

    def _milestone(self, fate: str) -> Optional[Rule]:
        """Something to finish next year: 市培红学校建成投用, or a county passing its 优质均衡 check."""
        rng = self.rng
        if fate == "missed":
            return None  # a release says 开工 or nothing, never "not achieved": an honest rule records nothing
        slot = self._next_year(fate)
        if slot is None:
            return None
        plan_doc, out_doc, year = slot
        counties = [c for c in self.counties if c not in self.used]
        if counties and rng.random() < 0.3:
            county = rng.choice(counties)
            self.used.add(county)
            indicator = f"{county}义务教育优质均衡发展县区创建"
            plan_quote = f"力争{year}年完成{indicator}"
            done, as_of, aside = f"{year}年,{indicator}通过验收", date(year, 12, 31), f"{indicator}工作有序推进"
        else:
            name = self._facility()
            if name is None:
                return None
            month = rng.randint(6, 12)
            indicator, plan_quote = f"{name}建成投用", f"力争{year}年{name}建成投用"
            done, aside = f"{year}年{month}月,{name}建成投用", f"{name}项目开工建设"
            as_of = date(year, month, 30 if month in (6, 9, 11) else 31)
        self._quote(plan_doc, plan_quote, plan_doc.plans, _sentence(plan_quote))
        plan: Rule = {"deadline": f"{year}年底", "source": plan_doc.rid, "quote": plan_quote}
        outcomes: list[Rule] = []
        if out_doc is not None and fate == "met":
            self._quote(out_doc, done, out_doc.review, _sentence(done, rng.choice(("", "有效缓解了入学压力"))))
            outcomes.append({"achieved": True, "as_of": as_of, "source": out_doc.rid, "quote": done})
        elif out_doc is not None and rng.random() < 0.4:
            out_doc.review.append(_sentence(aside))  # progress short of the milestone: no outcome to record
        return self._rule("milestone", indicator, plan, outcomes)

    def _budget(self, fate: str) -> Optional[Rule]:
        """A project's total investment with no deadline (晋城's 共计规划资金2.3485亿元): never due."""
        rng = self.rng
        if fate != "pending" or not self.docs:
            return None
        name = self._facility()
        if name is None:
            return None
        chain, year = rng.choice(list(self.docs))
        doc, later = self.docs[(chain, year)], self.docs.get((chain, year + 1))
        item = MONEY[0]
        n = rng.randint(8000, 60000)
        quote = f"{name}项目总投资{_amount(n, item)}"
        self._quote(doc, quote, doc.plans, _sentence(quote, "计划分期实施"))
        plan: Rule = {"value": _amount(n, item), "source": doc.rid, "quote": quote}
        outcomes: list[Rule] = []
        if later is not None:
            spent = _amount(n * rng.randint(20, 90) // 100, item)
            done = f"目前{name}项目已完成投资{spent}"
            self._quote(later, done, later.review, _sentence(done))
            outcomes.append({"value": spent, "as_of": later.published, "source": later.rid, "quote": done})
        return self._rule("budget", f"{name}项目总投资", plan, outcomes)

    def _autumn(self, fate: str) -> Optional[Rule]:
        """Due at the start of the 2026 autumn term: still within its grace period on 2026-11-25."""
        keys = [key for key in self.docs if key[1] == LAST_YEAR]
        if fate != "pending" or not keys:
            return None
        name = self._facility()
        if name is None:
            return None
        doc = self.docs[self.rng.choice(keys)]
        quote = f"力争{LAST_YEAR + 1}年秋季开学前{name}建成投用"
        self._quote(doc, quote, doc.plans, _sentence(quote))
        plan = {"deadline": f"{LAST_YEAR + 1}年秋季开学前", "source": doc.rid, "quote": quote}
        return self._rule("autumn", f"{name}建成投用", plan, [])

    # --- releases -------------------------------------------------------------------

    def _filler(self, year: int) -> str:
        rng = self.rng
        return rng.choice(FILLER).format(
            a=rng.randint(2, 30), b=rng.randint(100, 3000), c=rng.randint(10, 99), d=rng.randint(3000, 40000),
            p=_decimal(rng.randint(100, 300), 1), q=_decimal(rng.randint(30, 99), 1), m=rng.randint(1, 12),
            w=_decimal(rng.randint(101, 9999), 2), Y=year, city=self.name)

    def _paragraphs(self, units: list[str], leads: tuple[str, ...]) -> list[str]:
        """Units in paragraphs of two to four, each opened by a lead sentence, so a quote always
        follows a full stop or a comma (never a heading)."""
        rng = self.rng
        out, at = [], 0
        while at < len(units):
            take = rng.randint(2, 4)
            out.append(rng.choice(leads) + "".join(units[at:at + take]))
            at += take
        return out

    def _text(self, doc: Doc) -> tuple[str, str, str]:
        """The release as published: (title, publisher, text)."""
        rng = self.rng
        year, city = doc.year, self.name
        reporter = rng.choice(SURNAMES) + rng.choice(GIVEN)
        review = doc.review + [self._filler(doc.year) for _ in range(rng.randint(6, 12))]
        plans = doc.plans + [self._filler(doc.year) for _ in range(rng.randint(2, 4))]
        rng.shuffle(review)
        rng.shuffle(plans)
        when = f"{doc.published.month}月{doc.published.day}日"
        if doc.chain == 0:
            title = f"{city}{year}年重点民生实事系列新闻发布会"
            publisher = f"{city}人民政府新闻办公室"
            head = [title, f"□记者 {reporter}",
                    f"{when}上午,我市召开{year}年{city}重点民生实事系列新闻发布会,市直相关部门负责人介绍"
                    f"{year}年民生实事完成情况并回答记者提问。"]
            plan_head = [f"{year + 1}年,全市将以实现更加充分更高质量就业、办好人民满意的教育为目标,"
                         "多措并举推进民生实事落地见效。"]
        else:
            title = f"{city}教育体育局{year}年工作综述暨{year + 1}年工作谋划"
            publisher = f"{city}教育体育局"
            head = [f"{year}年,在市委、市政府的正确领导下,{city}教育体育局坚持问题导向、目标导向、结果导向,"
                    "加快推进全市教育体育高质量发展。"]
            plan_head = [f"{year + 1}年工作谋划",
                         f"{year + 1}年,{city}教育体育局将坚持稳中求进,实施各项“提质增效”行动。"]
        paragraphs = head + self._paragraphs(review, TOPIC_LEADS) + plan_head + self._paragraphs(plans, PLAN_LEADS)
        resolve = rng.choice(("多措并举", "持续用力", "久久为功"))
        paragraphs.append(f"{city}将{resolve},为全市经济社会高质量发展贡献力量。")
        if doc.number % LARGE_EVERY == self.large:  # a long transcript, like 晋城's press conference
            size = sum(len(p) for p in paragraphs) * 3
            while size < LARGE_BYTES:
                qa = [rng.choice(QUESTIONS).format(topic=rng.choice(TOPICS)), "市教育局相关负责人:"
                      + "".join(self._filler(doc.year) for _ in range(rng.randint(4, 8)))]
                paragraphs += qa
                size += sum(len(p) for p in qa) * 3
        return title, publisher, self._style(paragraphs, title, doc)

    def _style(self, paragraphs: list[str], title: str, doc: Doc) -> str:
        """The artefacts of the seeds: newspaper columns (line breaks anywhere, 243\\n\\n个, spaces
        around numbers, full-width commas), web pages with a stray break, pages with a header."""
        rng = self.rng
        style = rng.choice(("column", "column", "web", "web", "page"))
        if style == "web":
            for i, p in enumerate(paragraphs):
                if len(p) > 20 and rng.random() < 0.25:
                    cut = rng.randint(5, len(p) - 5)
                    paragraphs[i] = p[:cut] + "\n\n" + p[cut:]
            return "\n\n".join(paragraphs) + "\n"
        paragraphs = [p.replace(",", "，").replace("(", "（").replace(")", "）") for p in paragraphs]
        if style == "page":
            header = f"{title}\n\n发布日期: {doc.published.isoformat()}\n\n\n"
            return header + "\n\n\n".join(paragraphs) + "\n"
        width = rng.randint(14, 17)
        spaced = re.compile(r"\d+(?:\.\d+)?")
        lines = []
        for p in paragraphs:
            p = spaced.sub(lambda m: rng.choice(("{}", " {} ", " {}", "{} ")).format(m.group()), p)
            lines += [p[i:i + width] for i in range(0, len(p), width)]
        return "\n\n".join(lines) + "\n\n" + title + "\n"

    def write(self, seeds: Path, rules: Path, manifest: TextIO) -> None:
        for doc in self.docs.values():
            title, publisher, text = self._text(doc)
            _check_quotes(doc, text)
            data = text.encode("utf-8")
            digest = hashlib.sha256(data).hexdigest()
            name = f"{doc.number:06d}_{digest[:16]}.txt"
            (seeds / name).write_bytes(data)
            manifest.write(f"  - id: {doc.rid}\n    file: {name}\n    title: {_scalar(title)}\n"
                           f"    publisher: {_scalar(publisher)}\n    region: {_scalar(self.name)}\n"
                           f"    published: {doc.published.isoformat()}\n    sha256: {digest}\n")
        for part in range(0, len(self.rules), MAX_RULES_PER_FILE):
            suffix = f"-{part // MAX_RULES_PER_FILE + 1}" if len(self.rules) > MAX_RULES_PER_FILE else ""
            body = "".join(_rule_yaml(rule) for rule in self.rules[part:part + MAX_RULES_PER_FILE])
            (rules / f"{self.slug}{suffix}.yaml").write_text(
                f"# {self.name}: synthetic rules from benchmarks/corpus.py (not real releases)\nrules:\n{body}",
                encoding="utf-8", newline="\n")


def _check_quotes(doc: Doc, text: str) -> None:
    """A generator bug, not bad luck, if a quote is not a whole clause found exactly once."""
    flat = _flat(text)
    for quote in doc.quotes:
        needle = _flat(quote)
        at = flat.find(needle)
        end = at + len(needle)
        if (at < 1 or flat.find(needle, at + 1) >= 0 or flat[at - 1] not in "。,"
                or end >= len(flat) or flat[end] not in "。,"):
            raise AssertionError(f"release {doc.rid}: quote {quote!r} is not a whole clause found once")


_PLAIN = re.compile(r"^[a-z0-9_-]+$")


def _scalar(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, date):
        return value.isoformat()
    text = str(value)
    return text if _PLAIN.match(text) else json.dumps(text, ensure_ascii=False)  # JSON strings are YAML


def _rule_yaml(rule: Rule) -> str:
    lines = [f"  - id: {rule['id']}"]
    lines += [f"    {key}: {_scalar(rule[key])}" for key in ("region", "indicator", "measure")]
    lines.append("    plan:")
    lines += [f"      {key}: {_scalar(value)}" for key, value in rule["plan"].items()]
    if not rule["outcomes"]:
        lines.append("    outcomes: []")
    else:
        lines.append("    outcomes:")
        for outcome in rule["outcomes"]:
            pairs = [f"{key}: {_scalar(value)}" for key, value in outcome.items()]
            lines.append("      - " + "\n        ".join(pairs))
    return "\n".join(lines) + "\n"


def generate(out_dir: Path, rules: int, releases: int, seed: int = 0) -> None:
    """Write OUT_DIR/rules/*.yaml and OUT_DIR/seeds/ (texts and releases.yaml), city by city."""
    if rules < 1 or releases < 1:
        raise ValueError("need at least one rule and one release")
    rules_dir, seeds_dir = out_dir / "rules", out_dir / "seeds"
    for folder in (rules_dir, seeds_dir):
        if folder.exists() and any(folder.iterdir()):
            raise FileExistsError(f"{folder} is not empty: generate into a new folder")
        folder.mkdir(parents=True, exist_ok=True)
    cities = -(-releases // PER_CITY)
    width = max(4, len(str(cities)))
    large = random.Random(f"{seed}/large").randrange(LARGE_EVERY)
    with (seeds_dir / "releases.yaml").open("w", encoding="utf-8", newline="\n") as manifest:
        manifest.write(f"# Synthetic releases from benchmarks/corpus.py (seed {seed}); sha256 is of the file bytes.\n"
                       "releases:\n")
        first = 0
        for index in range(cities):
            count = _share(releases, cities, index)
            city = City(index, seed, count, first, width, large)
            city.build(_share(rules, cities, index))
            city.write(seeds_dir, rules_dir, manifest)
            first += count


def main(argv: Optional[list[str]] = None) -> None:
    parser = argparse.ArgumentParser(description="Write a synthetic corpus of rules and releases for benchmarks.")
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--rules", type=int, required=True)
    parser.add_argument("--releases", type=int, required=True)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    began = time.perf_counter()
    try:
        generate(args.out_dir, args.rules, args.releases, args.seed)
    except (ValueError, FileExistsError) as error:
        parser.error(str(error))
    sys.stderr.write(f"wrote {args.rules} rules and {args.releases} releases to {args.out_dir} "
                     f"in {time.perf_counter() - began:.1f}s\n")


if __name__ == "__main__":
    main()
