"""Work of the plan its review says is left for after the deadline: a figure or a claim of the plan met does
not stand where the same release says part of the thing is still to be done in a later year (其余260户…将于
2026年4月底前完成, 另有4处因用地手续问题顺延至2026年实施, 抚松县第二幼儿园…预计2026年秋季开园).

A review's paragraph on an item reports what was done and, often in its next sentence, what was not; the rule
author quotes the first. The sentence that leaves work over must speak of the indicator's thing, and name a
year after the deadline's with a word of work still to come; a new target for that year (2026年将新建公办幼儿园
10所) has none, and is left alone.
"""

from __future__ import annotations

import functools
import re
from datetime import date
from decimal import Decimal

from checker.diagnostics import CheckerError
from checker.inputs.models import Comparator
from checker.inputs.releases import Corpus, ReleaseText
from checker.judge.stated import (
    ITEM_OPENS,
    Quoted,
    Report,
    _contrasted,
    _names_thing,
    later_of_same,
    paragraph_topic,
)
from checker.judge.verdict import PlanReading
from checker.language import regex
from checker.language.claims import SENTENCE_ENDS, coverage, sentence_start, sentences_holding
from checker.language.decimals import decimal_text
from checker.language.periods import stated_years
from checker.language.places import head_places, same_place
from checker.language.quantity import Quantity, parse_quantity
from checker.language.script import to_simplified
from checker.language.units import to_base
from checker.messages import Message

# what is still to come, of work a plan set (其余…将于, 另有…顺延至, 仍有…尚未…补齐, 预计…开园); not a target's
# own words (力争2023年完成…创建, 确保按期完成)
_LEFT_OVER = regex.compile(
    r"顺延|推迟|延期|延至|延后|结转至|尚未(?:完成|完工|建成|投用|投入使用|开园|配建|安装|到位|验收)|"
    r"(?:其余|剩余|另有|尚有|仍有|余下|还有)[^，,。；;]{0,30}?(?:将|需|计划|预计|拟|力争|确保|尚未)|"
    r"(?:预计|计划于?|将于|将在)[^，,。；;]{0,20}?(?:开园|开诊|开学|投用|投入使用|运营|完工|竣工|建成|交付|开工|"
    r"安装到位|完成|补齐|通水|通车|启用|开放)|补齐|补充招聘|补录")
_TASK_AFTER = regex.compile(r"\s*(?:的)?(?:任务|目标|计划)")  # (3万亩任务已完成作业设计: a task, not what was done)
_REST = regex.compile(r"其余|剩余|另有|尚有|仍有|余下|还有")
_NEXT_YEAR_WORDS = regex.compile(r"明年|来年|下一年度?")
_NEXT_YEAR = 10_000  # (a year no release names: the year after the release's)
_CLAUSES = regex.compile(r"[，,；;：:]")
# (3件已全面完成年度目标任务; not 3万亩任务已完成作业设计: a step of it)
_ALL_DONE = regex.compile(r"(?:全面|全部|超额|均已)完成|已完成(?:年度|全年|既定)?(?:目标)?任务")
_REST_ITEMS = regex.compile(r"(?:其余|剩余|余下|另外?)[\d一二三四五六七八九十两]+(?:件|项)")
_OTHER_GROUP = regex.compile(r"[、和及].{0,40}?等?[\d一二三四五六七八九十两]+(?:件|项)")  # (A、B等7件)
_YEAR = regex.compile(r"(?<!\d)(20\d\d)年")
# a new target, not work left over: the next year's plan (2026年将新建公办幼儿园10所, 明年计划…)
_NEW_TARGET = regex.compile(r"(?:将|计划|拟)(?:继续|再|新建|新增|实施|启动|开工|建设|推进|开展)")


# a sentence, or a part of one after a semicolon (新增公办幼儿园学位3720个；受征地拆迁影响，…2所新建幼儿园…延至
# 2025年春季开园: the kindergartens', not the places')
_ENDS = SENTENCE_ENDS + "；;\n"


@functools.lru_cache(maxsize=4096)  # (by the text: a str keeps its hash)
def _left_over_sentences(text: str) -> tuple[tuple[int, int, int, bool], ...]:
    """The sentences of a release that leave work for a year: (start, end, the latest year they name, whether what
    is left is a rest beside what was done: 其余260户)."""
    found: list[tuple[int, int, int, bool]] = []
    for low, high, match in sentences_holding(text, _LEFT_OVER, _ENDS):
        years = [int(year) for year in _YEAR.findall(text, low, high)]
        # (将于明年3月前交付: the year after the release's, _NEXT_YEAR until the release's date reads it)
        years += [_NEXT_YEAR] if _NEXT_YEAR_WORDS.search(text, low, high) else []
        if years and (not found or found[-1][:2] != (low, high)):
            # (其余2所因用地调整顺延至2026年: a rest, whose words of putting off come after it)
            rest = _REST.match(match.group()) or _REST.search(text, max(low, match.start() - 30), match.start())
            found.append((low, high, max(years), bool(rest)))
    return tuple(found)


def check_left_over(quoted: Quoted, indicator: str, plan: PlanReading, report: Report,
                    where: tuple[object, ...]) -> None:
    """Part of the indicator's thing that the quote's release says is left for a year after the deadline's, unless
    the sentence gives what was done, and that reaches the target (完成1000户，其余200户…将于2026年完成, for 1000户:
    the rest is more than the plan asked)."""
    deadline = plan.deadline
    if deadline is None:
        return
    text = quoted.release.text
    named = to_simplified("".join(indicator.split()))
    for low, high, year, rest in _left_over_sentences(text):
        if year == _NEXT_YEAR:
            year = quoted.release.said_on.year + 1
        named_years = {int(y) for y in _YEAR.findall(text, low, high)} - {year}
        if named_years and min(named_years) > deadline.year:
            continue  # (2025年实施…196个，另有4个项目…结转至2026年, for a target of 2024: a later year's work)
        if year <= deadline.year or low <= quoted.match.start < high and not _LEFT_OVER.search(
                text, quoted.match.end, high):
            continue  # (the quote's own sentence, where the words come before it: another check reads them)
        sentence = "".join(text[low:high].split())
        if _NEW_TARGET.search(sentence) or not (named in sentence or coverage(named, sentence) >= 0.6):
            continue
        after = text[max(0, low - 8):low].rstrip()[-1:] in ("；", ";")  # (a part after a semicolon)
        if _others_left(sentence, named) or _another_things_rest(sentence, named):
            # (职业技能培训、医保参保…3件已全面完成年度目标任务，…等7件完成主体任务，剩余…结转至2026年: the others')
            continue
        opens = ITEM_OPENS.match(sentence.lstrip("；;")) if after or sentence[:1] in ("；", ";") else None
        if opens is not None and named not in sentence and coverage(named, opens.group()) < 1:
            continue  # (；供热管网改造38公里，…剩余22公里纳入2026年计划, for 燃气管网改造: another thing's rest)
        if rest and _done_reaches(quoted, low, high, plan):
            continue  # (a part of what was counted is put off, where no rest is named: 部分小区附属工程顺延至2026年)
        line, _ = quoted.release.position(low)
        said = sentence if len(sentence) <= 60 else sentence[:60] + "…"
        report(Message("outcome-work-left-over", line=line, said=said), *where, "quote")
        return


def _others_left(sentence: str, named: str) -> bool:
    """The sentence names the thing among those done in full, and the work it leaves is another group's, named in a
    clause between (…3件已全面完成年度目标任务，A、B等7件完成主体任务，剩余…结转至2026年); not the thing's own rest
    (…改造任务全面完成，其中3个小区附属工程顺延至2026年实施)."""
    clauses = _CLAUSES.split(sentence)
    own = next((k for k, clause in enumerate(clauses) if named in clause or coverage(named, clause) >= 0.6), None)
    left = next((k for k, clause in enumerate(clauses) if _LEFT_OVER.search(clause)), None)
    return own is not None and left is not None and own < left and _ALL_DONE.search(clauses[own]) is not None \
        and (any(_OTHER_GROUP.search(clause) for clause in clauses[own + 1:left + 1])
             # (A、B、C等3件全面完成，其余7件…，未完成部分已结转至2026年: the rest of the items are others)
             or _OTHER_GROUP.search(clauses[own]) is not None
             and any(_REST_ITEMS.match(clause) for clause in clauses[own + 1:left + 1]))


def _another_things_rest(sentence: str, named: str) -> bool:
    """The work left is another thing's, done in a clause between the thing's and the one that leaves it (新建…社会
    足球场分别为23个、12块，平凉市全民健身中心建成投用，其中…，游泳馆…预计2026年6月完工): no rest of the thing's own."""
    clauses = _CLAUSES.split(sentence)
    own = next((k for k, clause in enumerate(clauses) if named in clause or coverage(named, clause) >= 0.6), None)
    left = next((k for k, clause in enumerate(clauses) if _LEFT_OVER.search(clause)), None)
    return own is not None and left is not None and left > own + 1 and not _REST.search(clauses[left]) \
        and coverage(named, clauses[left]) < 0.6 and _OWN_SUBJECT.match(clauses[left]) is not None \
        and any(_DONE_BETWEEN.search(clause) and _OWN_SUBJECT.match(clause) for clause in clauses[own + 1:left])


_DONE_BETWEEN = regex.compile(r"建成|投用|完工|竣工|全面完成")
# a clause that opens with a thing of its own (游泳馆、全民健身训练馆受…影响; 平凉市全民健身中心建成投用), not with a
# count, a part or a doing of the thing before (3块…, 其中…, 主体全部完工)
_OWN_SUBJECT = regex.compile(r"(?![\d一二三四五六七八九十两]|其中|其余|另|剩余|尚|仍|主体|全部|均|已|部分|建成|完工|"
                             r"竣工|投用)[^\W\d_]{3}")


def _done_reaches(quoted: Quoted, low: int, high: int, plan: PlanReading) -> bool:
    """The sentence gives a figure of the target's measure that reaches it: not a ratio, a change or a task (3万亩任务
    已完成作业设计). (The claim reader may take it for a plan, for the 将于 of the rest beside it.)"""
    target = plan.quantity
    if target is None or plan.comparator not in (Comparator.at_least, Comparator.more_than):
        return False
    try:
        claims = quoted.release.reading_around(low, high).claims_within(low, high)
        wanted = to_base(target.value, target.unit)[0]
        return any(not claim.ratio and claim.change is None
                   and not _TASK_AFTER.match(quoted.release.text, claim.end) and claim.quantity.comparable_with(target)
                   and to_base(claim.quantity.value, claim.quantity.unit)[0] >= wanted for claim in claims)
    except CheckerError:
        return False


# the release's own words that the plan's target was not reached: its figure named (没有达到65%的目标, 距离60%的
# 目标仍有差距), or the task named without one (…进度滞后，未完成年度任务), which must follow the thing's name
_SHORT_OF = regex.compile(
    r"(?:没有|未能?|尚未|还没有|还未|仍未)(?:达到|达|完成|实现)(?:控制在|降至|降到|提高到|达到)?(?P<figure>[\d.]+\s*[^\d\s，,。；;的]{0,7}?)的?"
    r"(?:年度|全年|今年|既定|预期|规划|控制|约束性|考核)?(?:目标|任务|要求)|"  # (未达到9%以内的控制目标)
    # (但未完成市定2024年改造140个的目标: whose target, its year and the work, before the figure)
    r"(?:没有|未能?|尚未|仍未)(?:达到|完成)(?:市定|市级|县定|年初确定的|方案确定的)(?:(?:19|20)\d\d年)?"
    r"[^\d，,。；;]{0,10}?(?P<named>[\d.]+\s*[^\d\s，,。；;的]{0,7}?)的(?:年度|全年|既定)?(?:目标|任务)|"
    # (距离三年行动方案确定的省级50个目标仍有差距; 与1.7亿人次的年度目标尚有差距)
    r"(?:距离?|离|与)[^，,。；;\d]{0,20}?(?P<gap>[\d.]+\s*[^\d\s，,。；;的]{0,7}?)的?"
    r"(?:年度|全年|今年|既定|预期)?(?:目标|任务|要求)"
    r"[^，,。；;]{0,6}?(?:差距|还差|尚差|仍差)|"
    # (…占78.6%，同比提高7.2个百分点，未完成年度目标（85.7%）: the target in a bracket after)
    r"(?:未完成|没有完成|未能完成|未达到|没有达到)(?:年度|全年|今年|既定)目标[（(](?P<bracketed>[\d.]+\s*[^\d\s）)，,]{0,7})"
    r"[）)]|"
    r"(?P<task>(?:未完成|没有完成|未能完成|尚未完成)(?:年度|全年|今年)(?:目标)?任务)|"
    # (…仍有217户…无人就业，“动态清零”目标未实现: the goal named in quotation marks, not reached)
    r"[“\"](?P<goal>[^”\"]{2,12})[”\"](?:的)?(?:目标|任务)?(?:仍|尚)?(?:未|没有)(?:能)?(?:实现|完成|达到)|"
    # (…2025年度新实施并通过验收的为1724户，完成年度任务的86.2%: the year's task, a part of it done)
    r"完成(?:年度|全年)(?:目标)?任务的(?P<pct>\d{1,2}(?:\.\d+)?)%|"
    # (…公共充电桩、公共停车泊位和加装电梯竣工数量未达到年度目标; 高新技术企业认定通过数量…不及预期: a list of
    # things short, each named)
    r"(?P<listed>(?:未达到|未能达到|没有达到|未达)(?:年度|全年|年初|既定)?(?:目标|预期)|"
    r"(?:不及|低于|少于)(?:年初)?预期|(?:均|都)?(?:略|稍)?(?:低于|不及)(?:年度|全年|既定)目标)")
# what says the shortfall is a part's (个别县区未完成年度任务) or asks about one (是否, 有没有)
_PART_SHORT = regex.compile(r"个别|部分|少数|其中|是否|有没有|能否|如果|假如")


def _of_region(region: str, release_region: str, sentence: str) -> bool:
    """A shortfall said in `sentence` may be a rule's of `region`: the release's own region's, or, for a county's
    rule, one a clause saying it is short names the county in (not 全市…完成年度任务的98.4%, for 定海区; nor 溆浦县超额
    完成任务，其余县市区均未完成年度任务)."""
    if not region or same_place(region, release_region):
        return True
    name = to_simplified(region)
    short = name[:-1] if len(name) > 2 and name[-1] in "市县区旗" else name
    return any(short in clause and _SHORT_OF.search(clause) for clause in re.split(r"[，,；;。]", sentence))


_MORE_AGAIN = regex.compile(r"(?:^|[，,])(?:我们|全市)?(?:又|再|另外?|还)(?:完成|新增|新建|建成|开展|实施|培训|改造)")


def check_said_short(quoted: Quoted, as_of: date, plan: PlanReading, indicator: str, corpus: Corpus,
                     cited: set[tuple[str, str]], report: Report, where: tuple[object, ...], region: str = "") -> None:
    """The quote's release, or one of the region's published after it, says the plan's target was not reached, of
    the outcome's year: by its figure, or (the quote's own release) by the thing's name before 未完成年度任务. A
    sentence of another release the rule quotes as an outcome of its own (`cited`: release and quote, without
    spaces) is left to the verdict: disputed, not invalid."""
    text = quoted.release.text
    named = to_simplified("".join(indicator.split()))
    found = _said_short_in(text, quoted.match.start, as_of, plan, named)
    if found is not None and _of_region(region, quoted.release.release.region, to_simplified(found[2])):
        line, _ = quoted.release.position(found[0])
        report(Message("outcome-short-said", line=line, said=found[1]), *where, "quote")
        return
    # (a review of the people's congress, a notice of results: 1月份公布的…，…未达到72%以上的目标; 比例为86.4%，较上年
    # 提高3.1个百分点，未完成90%的年度目标: said by its figure, of the thing by name, in the year or the next)
    source = quoted.release
    for other in corpus.of_region_after(source.release.region, source.release.published, same_day=True):
        if other is source or not same_place(other.release.region, source.release.region) \
                or (other.release.published - as_of).days > 550:
            continue
        found = _said_short_in(other.text, None, as_of, plan, named, other.release.published)
        if found is not None and not any(release == other.release.id and said in "".join(found[2].split())
                                         for release, said in cited) \
                and _of_region(region, other.release.region, to_simplified(found[2])):
            line, _ = other.position(found[0])
            report(Message("outcome-short-said-later", release=other.release.id, line=line, said=found[1]), *where,
                   "quote")
            return


def check_set_unfinished(quoted: Quoted, declared: Quantity, as_of: date, indicator: str, corpus: Corpus,
                         report: Report, where: tuple[object, ...], noun: str = "") -> None:
    """The quote's release, or another of the region out after the outcome's date, takes the figure's things as a
    set and says some of them are not finished (6个体育公园中，4个已建成开放，仙居、三门2个…仍在施工): the figure
    counts work not done."""
    written = "".join(declared.text.split())
    named = to_simplified("".join(indicator.split()))
    source = quoted.release
    for other in (source, *corpus.of_region_after(source.release.region, as_of, same_day=True)):
        if other is not source and (not same_place(other.release.region, source.release.region)
                                    or (other.release.published - as_of).days > 550):
            continue
        for low, high, found in _holding(other.text, _STARTED_SET):
            # (城镇老旧小区改造新开工52个、完工41个，其余11个跨年度实施: the figure is of those started)
            lead = to_simplified("".join(other.text[low:found.start()].split()))
            if other is source or found.group(1) != written or not (_names_thing(named, lead)
                                                                     or coverage(named, lead) >= 0.6):
                continue
            _report_set(other, low, high, written, report, where)
            return
        for low, high, found in _holding(other.text, _SET_UNFINISHED):
            # (`noun`: what the plan's figure counts, for a claim of it met: 煤矿 of 完成剩余16座煤矿智能化改造)
            if found.group(1) != written or not (_names_thing(named, to_simplified(found.group(2)))
                                                 or noun and noun in found.group(2)):
                continue
            if found.group("later") and int(found.group("later")) <= as_of.year:
                continue  # (其余8个于2026年3月前完成验收, for as_of 2025: after it; not a rest done in the year)
            _report_set(other, low, high, written, report, where)
            return


# (…改造新开工52个、完工41个: those started, and fewer of them finished)
_STARTED_SET = regex.compile(r"(?:新开工|开工建设|开工)(\d+(?:\.\d+)?(?:个|所|家|座|处|条|公里|套|户))[、，,]?"
                             r"(?:其中)?(?:已)?(?:完工|竣工|建成)\d")


# (6个体育公园中，4个已建成开放，仙居、三门2个因用地调整仍在施工: a set of which some are not finished)
_SET_UNFINISHED = regex.compile(r"(\d+(?:个|所|家|座|处|条|张|台|部|套|公里))([^，,。；;\d]{2,14}?)(?:中|当中)[，,]?"
                                r"[^。；;]{0,50}?(?:仍在施工|仍在建设|尚在施工|尚未建成|尚未完工|未完工|未建成|尚未投用|"
                                r"尚未投入使用|未投入使用|仍在推进|主体完工|仍在装修|尚未完成验收|尚未通过验收|"
                                r"未通过验收|"
                                # (…105个完工的…项目中，截至2025年底完成竣工验收的97个，其余8个于2026年3月前完成验收)
                                r"(?:其余|剩余|另有)[^。；;]{0,24}?(?:于|在|将于|到|延至|推迟至|顺延至)(?P<later>20\d\d)年)")


def _report_set(release: ReleaseText, low: int, high: int, written: str, report: Report,
                where: tuple[object, ...]) -> None:
    line, _ = release.position(low)
    sentence = "".join(release.text[low:high].split())
    report(Message("outcome-set-unfinished", release=release.release.id, line=line, figure=written,
                   said=sentence if len(sentence) <= 60 else sentence[:60] + "…"), *where, "quote")


def check_year_said(quoted: Quoted, as_of: date, indicator: str, report: Report, where: tuple[object, ...]) -> None:
    """The quote's release says the figure it gives of the indicator's thing is another year's (森林覆盖率以…监测成果
    为准，此次公布的数据为2024年度监测成果): the outcome is of that year, not of as_of's."""
    text = quoted.release.text
    named = to_simplified("".join(indicator.split()))
    for low, high, said in _holding(text, _YEAR_SAID):
        year = int(said.group(1))
        sentence = "".join(text[low:high].split())
        if year != as_of.year and (named in sentence or coverage(named, sentence) >= 0.6):
            line, _ = quoted.release.position(said.start())
            report(Message("outcome-year-said", year=year, line=line,
                           said=sentence if len(sentence) <= 60 else sentence[:60] + "…", as_of=as_of), *where, "as_of")
            return


@functools.lru_cache(maxsize=4096)  # (by the text: a str keeps its hash)
def _holding(text: str, pattern: re.Pattern[str]) -> tuple[tuple[int, int, re.Match[str]], ...]:
    """The sentences of a release holding a pattern, read once a release however many outcomes look at them."""
    return tuple(sentences_holding(text, pattern, SENTENCE_ENDS))


# (此次公布的数据为2024年度监测成果, 上述数据系2024年数据: whose year the figures published are)
_YEAR_SAID = regex.compile(r"(?:此次|本次|上述|以上|文中)?(?:公布|发布|通报)?的?(?:数据|数字|数值)(?:均)?(?:为|是|系)"
                           r"((?:19|20)\d\d)年度?(?:的)?(?:监测|统计|调查|核算)?(?:成果|数据|结果|数)")


def _said_short_in(text: str, near: int | None, as_of: date, plan: PlanReading,
                   named: str, published: date | None = None) -> tuple[int, str, str] | None:
    """The first sentence of a release saying the target was not reached in the outcome's year (its start, as shown
    and whole): near `near` (the quote's paragraph) by the target's figure, or anywhere by the figure and the thing's
    name, or by the thing's name before a shortfall (only in the quote's release: `near` given)."""
    for low, _, sentence, years, shortfalls in _short_sentences(text):
        if years - {as_of.year}:
            continue  # (对2024年未完成的项目…: another year's)
        if not years and published is not None and published.year > as_of.year and _SO_FAR.search(sentence):
            continue  # (上半年，…完成年度任务的58.6%, in a notice of August: the release's own year)
        same_line = near is not None and text.find("\n", min(low, near), max(low, near)) < 0
        for found in shortfalls:
            lead = sentence[:found.start()]
            if found.group().startswith(("均", "都")):  # (…，县域就诊率为88.7%，均略低于年度目标: each clause before)
                lead = lead.rstrip("，,")
            if found.group("listed") is None and _PART_SHORT.search(_CLAUSE_MARK.split(lead)[-1] if figure_said(found)
                                                                    else lead):
                # (a list's shortfall is its own clause's: 部分项目投产时间推迟，竣工投产项目数量少于年初预期; a
                # shortfall by the target's figure is the clause's own: …72处，其中21处…，…为51处，未完成60处的目标)
                continue
            figure = found.group("figure") or found.group("gap") or found.group("named") or found.group("bracketed")
            if found.group("goal") is not None:
                if to_simplified(found.group("goal")) not in named:
                    continue
                return low, sentence if len(sentence) <= 60 else sentence[:60] + "…", sentence
            if found.group("pct") is not None:
                # (a ratio of the year's task under 100%, of the thing its clause names)
                zone = "".join(_CLAUSE_MARK.split(lead)[-3:])
                if not (named in zone or coverage(named, zone) >= 0.6 or _names_thing(named, zone)
                        or _names_thing(named, paragraph_topic(text, low))):
                    continue  # (2．居家适老化改造。…新实施并通过验收的为1724户，完成年度任务的86.2%: its heading's)
                return low, sentence if len(sentence) <= 60 else sentence[:60] + "…", sentence
            if figure is not None and _contrasted(named, _CLAUSE_MARK.split(lead.rstrip("，,"))[-1]) is not None:
                continue  # (重度残疾人护理补贴标准为每人每月85元，未达到90元的目标, for 生活补贴: another's)
            if figure is not None and not (_is_target(figure, plan) and (
                    same_line or coverage(named, sentence) >= 0.5 or coverage(named, _before(text, low) + sentence)
                    >= 0.5)):
                continue  # (the target's figure, said of the quote's paragraph or of the thing by name, in its
                # sentence or the one before: 全市PM2.5年均浓度为41.3微克/立方米…。…PM2.5未完成40微克/立方米的年度目标)
            if figure is None and near is None and not (found.group("listed") is not None
                                                         and _short_figure(_CLAUSE_MARK.split(lead)[-1], plan)):
                continue  # (another release's words without the figure may be of another year's target; not
                # where the thing's clause gives its figure, short: 县域就诊率为88.7%，均略低于年度目标)
            if found.group("listed") is not None:
                if not _listed(named, lead):
                    continue
            elif figure is None and not (named in lead or coverage(named, lead[-40:]) >= 0.6):
                continue
            return low, sentence if len(sentence) <= 60 else sentence[:60] + "…", sentence
    return None


_SO_FAR = regex.compile(r"上半年|今年|本年|年初以来|前三季度|[一二三]季度|1[—\-－~至到]\d{1,2}月|目前|截至目前")


def figure_said(found: re.Match[str]) -> bool:
    """A shortfall said by the target's figure (未完成60处的目标)."""
    return any(found.group(name) for name in ("figure", "gap", "named", "bracketed"))


def _before(text: str, low: int) -> str:
    """The sentence before the one at `low`, in its paragraph, flat."""
    if low <= 0 or text[low - 1] not in SENTENCE_ENDS:
        return ""
    begin = sentence_start(text, low - 1)
    return "" if "\n" in text[begin:low].strip() else "".join(text[begin:low].split())


def _listed(named: str, lead: str) -> bool:
    """The clause before a shortfall names the indicator's thing, alone or in a list (失业人员再就业、公共充电桩和
    加装电梯竣工数量): one name holds the other, or each holds most of the other's character pairs, or the name holds
    what the indicator counts (加装电梯 of 既有住宅加装电梯) in most of its pairs (not 失业人员再就业 for 城镇新增就业,
    which share 就业); and not a part of it (部分指标, 个别县区)."""
    clause = _CLAUSE_MARK.split(lead)[-1]
    if _PART_SHORT.search(clause):
        return False
    for name in _LIST_JOIN.split(clause):
        name = _NAME_TAIL.sub("", name)
        if len(name) >= 3 and (name in named or named in name or coverage(name, named) >= 0.5 and (
                coverage(named, name) >= 0.6 or _names_thing(named, name))):
            return True
    return False


_CLAUSE_MARK = regex.compile(r"[，,：:]")
_LIST_JOIN = regex.compile(r"[、和及与]")
_NAME_TAIL = regex.compile(r"(?:等(?:指标|项目|任务)?|(?:的)?(?:数量|数|完成率|完成情况|指标|项目|任务|工作))+$")


@functools.lru_cache(maxsize=4096)  # (by the text: a str keeps its hash)
def _short_sentences(text: str) -> tuple[tuple[int, int, str, frozenset[int], tuple[re.Match[str], ...]], ...]:
    """The release's sentences (parts after a semicolon) that say a target was not reached, not as a question: their
    span, their text without spaces, the years they name and their words of a shortfall. Read once a release: each
    quote looks only at these (500 quotes of a release of 20 MB read it whole 500 times)."""
    found: list[tuple[int, int, str, frozenset[int], tuple[re.Match[str], ...]]] = []
    for low, high, _ in sentences_holding(text, _SHORT_WORDS, _ENDS):
        if found and found[-1][:2] == (low, high):
            continue
        sentence = "".join(text[low:high].split())
        shortfalls = tuple(_SHORT_OF.finditer(sentence))
        if shortfalls and not sentence.endswith(("？", "?")):
            # (…中有412户为2024年度结转项目，2025年度…: the year of what was carried over is not the sentence's)
            years = frozenset(int(year) for year in _YEAR.findall(_CARRIED_YEAR.sub("", sentence)))
            found.append((low, high, sentence, years, shortfalls))
    return tuple(found)


_SHORT_WORDS = regex.compile(r"达到|完成|差距|还差|尚差|仍差|未达|预期|实现|低于|不及")  # (未实现 holds 实现)
_CARRIED_YEAR = regex.compile(r"20\d\d年度?的?(?:结转|续建|跨年)")


def _short_figure(clause: str, plan: PlanReading) -> bool:
    """The clause gives one figure, comparable with the plan's target and short of it."""
    target = plan.quantity
    figures = _FIGURE.findall(clause)
    if target is None or len(figures) != 1 or plan.comparator not in (Comparator.at_least, Comparator.more_than,
                                                                       Comparator.exactly, None):
        return False
    try:
        said = parse_quantity(figures[0])
        return said.comparable_with(target) and to_base(said.value, said.unit)[0] < to_base(
            target.value, target.unit)[0]
    except CheckerError:
        return False


_FIGURE = regex.compile(r"\d+(?:\.\d+)?(?:%|万|亿)?[个所家人户张座处公里亩%]?")


def _is_target(figure: str, plan: PlanReading) -> bool:
    """The figure is the plan's target (65%, of a target of 65%; 80%, of 80%以上)."""
    target = plan.quantity
    if target is None:
        return False
    try:
        said = parse_quantity(figure.strip())
        return said.comparable_with(target) and to_base(said.value, said.unit)[0] == to_base(
            target.value, target.unit)[0]
    except CheckerError:
        return False


# --- what was done, given after the figure ------------------------------------------------------------------------

# the words of a figure of what was done at the last stage (到岗, 投入使用, 建成, 核销, 完成…): the stage a target of
# people taken on, things bought or built, money spent is met at
_DONE_STAGE = regex.compile(r"到岗|入职|上岗|报到|到货|交付使用|投入使用|投入运营|投用|建成|完工|竣工|通水|开园|开业|"
                            r"上线运营|运营|核销|兑付|办结|落地|实际(?:完成|新增|建成|引进|发放|使用)?|已完成|完成(?!率)|"
                            r"核验|核实|验收")  # (经…实地核验，达到建设运营标准的47个)
# a count that points back at what a figure before it counted, naming no thing (已有892名, 其余, 仍有)
_POINTS_BACK = regex.compile(r"(?:已有|已|共有|有)$")
# what the things built can hold, not what they give yet (可提供床位, 可容纳幼儿, 设计学位)
_CAPACITY = regex.compile(r"(?<!不)可(?:提供|容纳|满足|接纳|安置|收治|入住)[^，,。；;\d]{0,8}$|"
                          r"(?:设计|规划|核定)[^，,。；;\d]{0,6}$")
# a part (其中…, 另有…, 城区…) or a figure of something else beside it
_PART_LEAD = regex.compile(r"其中|另有|另外|此外|还有|同时|包括|含|分别|占|城区|农村|市本级|各县")
# what a figure's subject says besides its stage: its own thing, if any (到岗261名: none; 完成居家适老化改造1620户: the
# indicator's own; 开发公益性岗位安置3000人: another)
_STAGE_WORDS = regex.compile(_DONE_STAGE.pattern + r"|截至|截止|年底|年末|目前|最终|全年|共|累计|已|均|全部|并|和|及|"
                             # (新招聘教师已到岗276名, 实际录取入学52名: those taken on, of the plan's thing)
                             r"新聘|新招聘|新招录|新录用|新引进|新入职|录取|入学|招录|录用|聘用|开工|通过|省级|市级|县级|"
                             r"了|\d+月底?|去年|今年|的|办理|手续|施工|安装|调试")


def check_done_short(quoted: Quoted, declared: Quantity, plan: PlanReading, indicator: str, region: str,
                     report: Report, where: tuple[object, ...]) -> None:
    """A figure said to reach the target, where its sentence or the next goes on to give what was done at the last
    stage, short of the target: 公开招聘…326名，截至12月底到岗261名 (for 300名); 共订购设备128台（套），投入使用96台
    （套）; …实施高标准农田12.6万亩。已建成9.8万亩. Parts (其中, 另有, 城区…), other places' and other things' figures
    are left alone."""
    from checker.judge.stated import figure_of

    target = plan.quantity
    figure = figure_of(quoted, declared)
    if target is None or figure is None or plan.comparator not in (Comparator.at_least, Comparator.more_than):
        return
    text = quoted.release.text
    high = figure.end
    reach = figure.end + 240  # (each search bounded by it: a release of 20 MB with no 「！」 is not read to its end)
    for _ in range(3):  # (to the end of the figure's sentence, and of the next two)
        stops = [at for at in (text.find(mark, high + 1, reach + 1) for mark in "。！？!?") if at >= 0]
        high = min(stops, default=len(text))
    high = min(high, reach, *(at for at in (text.find("\n\n", figure.end, reach + 2),) if at >= 0))
    later = later_of_same(quoted, figure)
    if later is not None and later[1] > high:
        high = later[1]  # (…公开招聘…862名。…。…。截至12月底，已办理入职615名: further on in the paragraph, of them)
    own = "".join(text[figure.clause[0]:figure.end].split())
    named = to_simplified("".join(indicator.split()))
    plan_said = "".join((plan.quote or "").split()) + named
    if "开工" in plan_said and not re.search(r"完成|建成|竣工|完工|投用", plan_said):
        return  # (新开工改造…33个，已完工28个, for 新开工…30个: the starts are the plan's, whatever is finished)
    try:
        wanted = to_base(target.value, target.unit)[0]
        said = to_base(figure.quantity.value, figure.quantity.unit)[0]
        claims = quoted.release.reading_around(figure.end, high).claims_within(figure.end, high)
    except CheckerError:
        return
    for claim in claims:
        if claim.start < figure.end or claim.ratio or claim.change is not None or claim.quantity.unit != \
                figure.quantity.unit or not claim.quantity.comparable_with(target):
            continue
        lead = "".join(text[claim.clause[0]:claim.start].split())
        if _MORE_AGAIN.search(lead):
            continue  # (1—9月…1.71万人次；四季度，…又完成培训0.65万人次: more done after, not a stage of it)
        stage = _DONE_STAGE.search(lead)
        if stage is None and _POINTS_BACK.search(lead):
            # (截至2025年底，已有892名办理入职手续: the stage said after a count of them)
            stage = _DONE_STAGE.search("".join(text[claim.end:claim.clause[1]].split()))
        if stage is None or stage.group() in own or _PART_LEAD.search(lead):
            continue
        if _DONE_STAGE.search(own) and stage.group() not in plan_said and not _CAPACITY.search(
                "".join(text[figure.clause[0]:figure.start].split())):
            # (全年建成社区食堂20个，已投入运营16个, for 建成20个: built, and some in use beyond the target; not
            # 新建成的…中心可提供床位1350张，目前已投入运营床位820张: what the built can hold, and what is in use)
            continue
        begins = max(text.rfind(mark, figure.end, claim.start) for mark in "。；;！？") + 1
        part = "".join(text[begins:claim.start].split())
        places = head_places(part)
        if places is not None and not any(same_place(place, region) for place in places[0]) or (
                part != "".join(text[figure.end:claim.start].split()) and ITEM_OPENS.match(part)):
            continue  # (；溪湖区受征收协调影响，实际完工24.5公里: another place's; ；供热管网改造38公里: another's)
        rest = _STAGE_WORDS.sub("", to_simplified("".join(claim.subject.split())))
        if len(rest) >= 2 and coverage(rest, named) < 0.5:
            continue  # (开发公益性岗位安置3000人, beside 城镇新增就业: another thing)
        try:
            done = to_base(claim.quantity.value, claim.quantity.unit)[0]
        except CheckerError:
            continue
        if done < wanted and done < said:
            line, _ = quoted.release.position(claim.start)
            report(Message("outcome-done-short", declared=declared.text, line=line,
                           done="".join(claim.quantity.text.split()), said=lead[-20:] + "".join(
                               claim.quantity.text.split())), *where, "value")
            return


# a rate of the last stage given of the figure's things (新增公办学位1.5万个，截至年底学位交付率78.5%; 新增床位1260张，
# 当年开放率59.5%; 实施…14处，完工率35.7%; 招聘…162名，到岗率60.5%): what it says was done is the figure times it
_STAGE_RATE = regex.compile(r"(?P<stage>开放|交付|完工|竣工|到岗|通气|通水|投用|投入使用|建成投用|建成|入住|"
                            r"开通|运营|上线|安装完成|安装|完成)率(?:约|仅|仅为|为|达|达到|只有|约为)*"
                            r"(?P<rate>\d+(?:\.\d+)?%|[一二三四五六七八九]成)")
_DATES = regex.compile(r"(?:19|20)\d\d年|\d{1,2}月")


def check_rate_short(quoted: Quoted, declared: Quantity, plan: PlanReading, indicator: str, as_of: date,
                     report: Report, where: tuple[object, ...]) -> None:
    """A figure said to reach the target whose clause goes on to give the rate of it done at the last stage, the
    figure times which falls short of the target: 新增公办学位1.5万个，截至年底学位交付率78.5% (about 1.18万, for
    1.2万); 新增床位1260张，当年开放率59.5%. Only up to the clause's end (；: the next item's rate is its own) and
    with no other figure between."""
    from checker.judge.stated import figure_of

    target = plan.quantity
    figure = figure_of(quoted, declared)
    if target is None or figure is None or plan.comparator not in (Comparator.at_least, Comparator.more_than):
        return
    text = quoted.release.text
    ends = [at for at in (text.find(mark, figure.end, figure.end + 80) for mark in "。！？!?；;\n") if at >= 0]
    found = _STAGE_RATE.search("".join(text[figure.end:min(ends, default=figure.end + 80)].split()))
    plan_said = "".join((plan.quote or "").split())
    if found is None or re.search(r"\d", _DATES.sub("", found.string[:found.start()])) \
            or "开工" in plan_said and found.group("stage") not in plan_said:
        return  # (a plan of 开工: what is done after it is no measure of it)
    if found.group("stage") == "完成" and not found.string[:found.start()].rstrip("，,").strip():
        return  # (…32所，完成率94%: of the target, not a share of the figure; 路面完成率83.9% is the figure's)
    try:
        rate = parse_quantity(found.group("rate")).in_unit("%").value / 100
        wanted = to_base(target.value, target.unit)[0]
        said = to_base(figure.quantity.value, figure.quantity.unit)[0]
    except CheckerError:
        return
    if rate < 1 and said >= wanted > said * rate:  # (a figure short already is missed, not refused)
        line, _ = quoted.release.position(figure.end)
        done = figure.quantity.value * rate
        report(Message("outcome-rate-short", declared=declared.text, line=line, said=found.group(),
                       stage=found.group("stage"), target=plan.value or "—", done=decimal_text(
                           done.quantize(Decimal("1") if done >= 10 else Decimal("0.01"))) + figure.quantity.unit),
               *where, "value")


# those a work serves (惠及居民1.9万户, 受益人口12.3万人): of every project its sentence counts, done or not
_SERVED = regex.compile(r"(?:惠及|受益|覆盖|服务)[^，,。；;\d]{0,8}$")
_OWN_ITEM = regex.compile(r"项目|工程|改造|建设|实施|这些|上述|该|全部|共|累计|[，,]")
_BEGUN = regex.compile(r"开工|改造|实施|开展|新建|启动|建设")


def check_served_unfinished(quoted: Quoted, declared: Quantity, plan: PlanReading, indicator: str, as_of: date,
                            report: Report, where: tuple[object, ...]) -> None:
    """A figure of those the work serves, said to reach the target, where its sentence counts the projects begun and
    fewer done before it (全市开工改造老旧小区154个，完工118个，惠及居民2.71万户): it is of all begun, the unfinished
    too. (A figure short already is missed, whatever it holds.)"""
    from checker.judge.stated import _sentence_start, figure_of

    figure = figure_of(quoted, declared)
    text = quoted.release.text
    target = plan.quantity
    if figure is None or target is None or not _SERVED.search("".join(text[figure.clause[0]:figure.start].split())):
        return
    try:
        if to_base(figure.quantity.value, figure.quantity.unit)[0] < to_base(target.value, target.unit)[0]:
            return
    except CheckerError:
        return
    low = _sentence_start(text, figure.start, SENTENCE_ENDS, titles=False)
    # (…；2024年完成…改造5.3万户（其中…3.1万户…）；2024年农村供水工程…惠及农村人口32.4万人: another item's figures;
    # not …其中已完工98个，其余…；改造项目惠及居民1.62万户, whose part names no thing of its own)
    part = max(text.rfind("；", low, figure.start), text.rfind(";", low, figure.start)) + 1
    if part > low and _OWN_ITEM.sub("", "".join(text[part:figure.clause[0]].split())
                                     + _SERVED.sub("", "".join(text[figure.clause[0]:figure.start].split()))):
        low = part
    try:
        claims = [c for c in quoted.release.reading_around(low, figure.start).claims_within(low, figure.clause[0])
                  if not c.ratio and c.change is None]
    except CheckerError:
        return
    for done in claims:
        lead = "".join(text[done.clause[0]:done.start].split())
        if not _DONE_STAGE.search(lead):
            continue
        begun = [c for c in claims if c.end <= done.start and c.quantity.unit == done.quantity.unit
                 and c.quantity.value > done.quantity.value
                 and _BEGUN.search("".join(text[c.clause[0]:c.start].split()))]
        if begun:
            report(Message("outcome-includes-unfinished", declared=declared.text,
                           said=lead[-12:] + "".join(done.quantity.text.split())), *where, "value")
            return


# what was really done, said anywhere in the release (截至年底燃气安全装置实际入户安装3.4万户, 新招聘中小学教师实际
# 聘用到岗548名), in a section of problems as well as beside the figure
_ACTUALLY = regex.compile(r"实际[^，,。；;\d]{0,12}?(?=\d)")
_BUILDING = regex.compile(r"续改建|新改建|改扩建|改造提升|提升改造|续建|新建|改建|扩建")


@functools.lru_cache(maxsize=64)  # (by the text: a str keeps its hash)
def _actually_done(text: str) -> tuple[tuple[int, int, str], ...]:
    """Where a release says what was really done: the span from its clause's start to the figure after 实际, and its
    words (simplified, without spaces), read once a release however many outcomes look at them."""
    spans = []
    for found in _ACTUALLY.finditer(text):
        begins = max(text.rfind(mark, max(0, found.start() - 40), found.start()) for mark in "，,。；;：:\n") + 1
        spans.append((begins, found.end(), to_simplified("".join(text[begins:found.end()].split()))))
    return tuple(spans)


def check_done_elsewhere(quoted: Quoted, declared: Quantity, plan: PlanReading, indicator: str, as_of: date,
                         report: Report, where: tuple[object, ...]) -> None:
    """A figure said to reach the target, where its release says elsewhere what was really done of the indicator's
    thing, short of the target and of the figure (公开招聘中小学教师620名 …。截至12月底，新招聘中小学教师实际聘用到岗
    548名; a section of problems: 截至年底燃气安全装置实际入户安装3.4万户): the clause of the 实际 figure names the
    thing, four characters of it in a row or most of its pairs."""
    from checker.judge.stated import figure_of, thing_named

    target = plan.quantity
    figure = figure_of(quoted, declared)
    if target is None or figure is None or plan.comparator not in (Comparator.at_least, Comparator.more_than):
        return
    text = quoted.release.text
    named = to_simplified("".join(indicator.split()))
    thing = thing_named(indicator)
    try:
        wanted = to_base(target.value, target.unit)[0]
        said = to_base(figure.quantity.value, figure.quantity.unit)[0]
    except CheckerError:
        return
    for low, at, clause in _actually_done(text):
        if quoted.match.start <= at < quoted.match.end:
            continue
        # (the thing's last four characters, and no other building of it: 实际新建和改扩建公办幼儿园27所 is no count of
        # 新建和改扩建中小学, 实际续建中小学25所 none of 续改建中小学, 实际改造提升普惠性幼儿园 none of …公办幼儿园)
        if thing is None or thing[-4:] not in clause or (
                not any(named[i:i + 4] in clause for i in range(len(named) - 3)) and coverage(named, clause) < 0.6) \
                or not set(_BUILDING.findall(clause)) <= set(_BUILDING.findall(named)):
            continue
        sentence = text[sentence_start(text, low):at]
        if any(year != as_of.year for _, year in stated_years(sentence)) and not any(
                year == as_of.year for _, year in stated_years(sentence)):
            continue  # (another year's)
        try:
            done = next((c for c in quoted.release.reading_around(at, at + 16).claims_within(at, at + 16)
                         if c.start == at), None)
            value = None if done is None or done.quantity.unit != figure.quantity.unit else to_base(
                done.quantity.value, done.quantity.unit)[0]
        except CheckerError:
            continue
        if done is not None and value is not None and value < wanted <= said:  # (short already: missed)
            line, _ = quoted.release.position(at)
            report(Message("outcome-done-short", declared=declared.text, line=line,
                           done="".join(done.quantity.text.split()), said=clause[-20:] + "".join(
                               done.quantity.text.split())), *where, "value")
            return
