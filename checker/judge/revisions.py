"""A figure a later release of the same region revises: the statistics bureau's bulletin that puts the
press conference's 快报数 right (较快报数（1.82万人）有所调整), a review that says what was really done
(2024年实际完成改造的老旧小区为105个, after a report of 119), an audit's 核减后…为1.41万人次.
And a figure said to reach the target where the release itself, or a later one of the region, gives the
plan's thing short of it for the same date or later (达成就业意向2.6万人, then 全年城镇新增就业2.41万人).

Each release is searched once for the sentences that revise something (a revision word in them), and read
once for its results, so an outcome costs a look at those of the releases published after its own.
"""

from __future__ import annotations

import functools
import re
from dataclasses import replace
from datetime import date

from checker.diagnostics import CheckerError
from checker.inputs.models import Comparator, Measure
from checker.inputs.releases import READ_WHOLE, Corpus, ReleaseText
from checker.judge.stated import (
    _PER_WHAT,
    _SAME_THING,
    Quoted,
    Report,
    _bare,
    _contrasted,
    _names_part,
    _written,
    paragraph_topic,
    release_results,
    thing_named,
)
from checker.judge.verdict import PlanReading
from checker.language import regex
from checker.language.claims import SENTENCE_ENDS, Claim, coverage, likeness, sentence_start, sentences_holding
from checker.language.places import head_places, same_place
from checker.language.quantity import Qualifier, Quantity
from checker.language.script import to_simplified
from checker.language.units import to_base
from checker.messages import Message

# words that revise a figure (修订为135公里, 核减后…为1.41万人次, 较快报数…有所调整, 更正为), and what says what
# was really done (实际完成改造的老旧小区为105个, 实际完成10860户)
_REVISING = regex.compile(r"修订为|修正为|更正为|订正为|核减|核定为|调整为|有所调整|快报数|不准确|[”\"]中[，,]|系按|"
                          r"(?:通报|公布|发布|报告)的[\d.]+(?:万|亿)?[^\d，,。；;]{0,2}(?:为|系|是)|"
                          # (按省考核口径认定完成163个; 政府工作报告中的4.6个含在建项目规划托位)
                          r"认定完成|中的[\d.]+[^，,。；;\d]{0,4}(?:含|包含|包括)|"
                          # (52个小区中已通过竣工验收的39个，惠及居民1.06万户: of a set, those done as the plan asks)
                          r"\d[^，,。；;\d]{0,12}?中[，,]?(?:已|仅|只有)[^，,。；;\d]{1,16}?的[\d一二三四五六七八九十两]|"
                          # (2025年建成的7个区域性养老服务中心中，有3个…尚未实际运营: of a set, some not done)
                          r"\d[^，,。；;\d]{0,16}?中[，,]有[\d一二三四五六七八九十两]+[^，,。；;]{0,24}?"
                          r"(?:尚未|仍未|未能|不符合|停止)|"
                          # (2024年报送的1120户适老化改造中，含2023年度…结转完成的236户: reported, then taken apart)
                          r"(?:报告|上报|通报|公布|发布|报送)[^，,。；;\d]{0,8}?的[^，,。；;]{0,24}?中[，,]?(?:有|含|包括|包含)|"
                          r"(?:通报|报告)中[^，,。；;]{0,20}?\d[^，,。；;\d]{0,4}[，,](?:含|包含|包括)|"
                          # (经核实全年净增4600个, 复核后认定4720户，较此前上报的5060户减少340户)
                          r"经核实|核实后|核实为|复核|此前(?:上报|通报|公布|发布)|原(?:上报|通报)|予以?剔除|"
                          # (经省住房城乡建设厅组织复核，…未予认定; 另据市审计局核查，…2024年实际新购置上线136辆)
                          r"审计|核查|未予认定|不予认定|核定[，,]|"
                          # (…含…转设公办后划入的学位4200个，该部分学位并非新增供给，扣除后实际新增学位约2.14万个)
                          r"扣除后|剔除后|扣减后|不应计入|不应纳入|并非新增|口径(?:测算|计算|统计)为|"
                          r"(?:剔除|扣除)[^，,。；;]{2,24}?后|"  # (剔除重复签约和长期未提供服务的签约后)
                          # (列入2024年民生实事的4个体育公园中，已建成并对外开放的为3个: of those listed, those done)
                          r"(?:列入|纳入)[^，,。；;]{0,24}?中[，,]?(?:已|仅|只有|实际)[^，,。；;\d]{0,16}?的?(?:为|有)|"
                          r"实际(?:完成|新增|新建|建成|改造|发放|培训)|实际[^，,。；;\d]{0,16}?为|实际[^，,。；;\d]{1,"
                          r"12}?\d")
# said of the figure it revises (较快报数（1.82万人）有所调整), unless it says the figure stands (与快报数一致)
# (去年通报完成的既有住宅加装电梯68部中，有11部…尚未完工: the figure as once reported, then taken apart)
_NAMES_OLD = regex.compile(r"修订|修正|更正|订正|核减|有所调整|调整为|不准确|"
                           r"(?:此前|去年|上年|前期|年初|原|曾)(?:上报|通报|公布|发布|报告|宣布)[^，,。；;\d]{0,8}?的|"
                           # (市交通运输局报告的“全年新开线路13条”中，有4条系原有线路延伸: reported, then taken apart)
                           r"(?:报告|上报|通报|公布|发布|报送)[^，,。；;\d]{0,8}?的[^，,。；;]{0,24}?中[，,]?(?:有|含|包括|包含)|"
                           # (发布会公布的每千人口托位数4.12个，包含了…: the figure as a press conference gave it)
                           r"(?:新闻)?发布会上?(?:公布|通报|发布)的|"
                           # (通报的4.9个系按户籍人口测算: the figure reported, on a basis named to be set aside)
                           r"(?:报告|上报|通报|公布|发布|报送)的[^，,。；;]{0,16}?(?:系|是|为)按|"
                           # (…改造142公里系按单线长度统计，折合管沟长度71公里: the figure named, on a basis set aside)
                           r"\d[^，,。；;\d]{0,4}[，,]?系按|"
                           # (发布会通报的1086名为全年申请并获批救助人数: the figure named, as a count of another thing)
                           r"(?:通报|公布|发布|报告)的[\d.]+(?:万|亿)?[^\d，,。；;]{0,2}(?:为|系|是)|"
                           r"(?:报告|通报|公布|发布会)中的?[^，,。；;]{0,20}?\d[^，,。；;\d]{0,4}[，,]?(?:含|包含|包括"
                           r")|"
                           # (市残联上报完成改造826户，其中97户未经入户验收即计入…: reported, then a part taken out)
                           r"(?:上报|报送|通报|公布)[^，,。；;\d]{0,16}?\d[^，,。；;]{0,6}[，,]其中[^，,。；;]{0,30}?"
                           r"(?:未经|未|不|尚未|重复|提前)|"
                           # (市政府报告改造提升背街小巷56条，经…核对，其中…由两区分别统计上报，存在重复计算: reported,
                           # then found counted twice)
                           r"(?:上报|报送|通报|公布|报告)[^，,。；;\d]{0,16}?\d[^，,。；;]{0,6}[，,][^。；;]{0,40}?"
                           r"重复(?:计算|统计|计入|上报)|"
                           r"为初步统计数|为快报数|较快报数|"
                           # (“新增城市绿地面积186公顷”中，新增公园绿地面积为104公顷: the figure as published, taken
                           # apart)
                           r"[“\"][^”\"]{2,30}[”\"]中[，,]")
_STANDS = regex.compile(r"一致|未作调整|未调整|没有调整|无调整|未修订|维持不变|保持不变")
# (快充桩1260个经核实无误: the figure right before, checked and found right)
_CONFIRMED = regex.compile(r"[^，,。；;\d]{0,12}?(?:准确无误|无误|属实|真实准确|符合[^，,。；;]{0,8}?口径)")


_ANY_YEAR = regex.compile(r"(?:19|20)\d\d年|去年|上年|今年")
# words of a result that say it was done, and when, not what was done (完成城镇老旧小区改造, 全年新增就业), and
# the words of building it (新建零工市场 and 建成运营零工市场 count one thing)
_DONE_SAID_WORDS = r"完成|全年|累计|实现|达到|共计|今年|本年度?|年内|新增|已|共|新建|建成|运营|投用|投入使用"
# (a figure re-examined by another body: 经…调查队核定, 经审计, 复核后; not 实际新建…7所 alone, a figure of its own)
_CHECKED = regex.compile(r"核定|核实|复核|核查|核对|审计|修订|修正|更正|订正|核减|调整为|"
                         r"(?:剔除|扣除)[^，,。；;]{0,24}?后|"
                         # (市政府报告新增公办学前学位3720个，其中1080个系…划转计入，…实际新增公办学位2640个)
                         r"(?:报告|上报|报送)[^，,。；;\d]{0,16}?\d[^，,。；;]{0,8}[，,]其中[^。；;]{0,40}?"
                         r"实际|"
                         r"认定完成|未予认定|"
                         # (52个小区中已…的39个)
                         r"\d[^，,。；;\d]{0,12}?中[，,]?(?:已|仅|只有)[^，,。；;\d]{1,16}?的\d")


@functools.lru_cache(maxsize=4096)  # (by the text: a str keeps its hash)
def _revising_sentences(text: str) -> tuple[tuple[int, int], ...]:
    """The spans of a release's sentences (and notes) that hold a revision word."""
    spans: list[tuple[int, int]] = []
    for low, high, _ in sentences_holding(text, _REVISING, SENTENCE_ENDS + "\n"):
        if not spans or spans[-1] != (low, high):
            spans.append((low, high))
    return tuple(spans)


def check_revised_elsewhere(source: ReleaseText, declared: Quantity, as_of: date, indicator: str, corpus: Corpus,
                            report: Report, where: tuple[object, ...],
                            cited: set[tuple[str, str]] | frozenset[tuple[str, str]] = frozenset(),
                            cut_only: bool = False, quote: str = "", region: str = "") -> None:
    """An outcome's figure that a release of the same region published after the quote's revises (`cut_only`: to
    fewer, for the result a completion ratio stands on, which a full year's count may pass): one that names
    the figure beside a revision word, or gives the year's figure of the indicator as revised or as really done,
    another than the quote's. A revision the rule quotes as an outcome of its own (`cited`: release and quote,
    without spaces) is left to the verdict, which takes the later figure."""
    written = "".join(declared.text.split())
    spanned = _SPANNED.search("".join(quote.split())) is not None
    year = f"{as_of.year}年"
    # (a review of the year, out early the next, says 全年 of it: 经核实全年净增4600个)
    whole_year = ("全年", "本年", "当年")
    named = to_simplified("".join(indicator.split()))
    # (a bulletin out the same day as the review may revise it: 年报数，较快报数12.6万亩减少1.7万亩)
    # (新建改建旅游厕所（赤水市三年任务）: a county's figure, which a sentence of the city's total does not revise)
    counties = [m.group(1) for m in _COUNTY_NAMED.finditer(named) if not same_place(m.group(1), source.release.region)
                and (head_places(m.group(1)) or ((),))[0] == (m.group(1),)]
    # (the rule's own place, where the release is a wider one's: 建湖县, of a table of 盐城市)
    own_place = (region, region[:-1]) if region and len(region) > 2 and not same_place(region, source.release.region) \
        else ()
    # (安州区新增公办中小学学位: a county the indicator opens with)
    leading = [place for place in (head_places(named) or ((),))[0] if not same_place(place, source.release.region)]
    for other in corpus.of_region_after(source.release.region, source.release.published, same_day=True):
        if other is source or not same_place(other.release.region, source.release.region):
            continue
        for low, high in _revising_sentences(other.text):
            sentence = "".join(other.text[low:high].split())
            if counties and not any(county in sentence for county in counties):
                continue
            if own_place and not any(name in sentence for name in own_place):
                continue  # (a rule of 建湖县 on a row of the city's table: the city's total revised is not its)
            if any(release == other.release.id and said in sentence for release, said in cited):
                continue  # (经…核查验收，…核定为21.6万亩, quoted by the rule as its later outcome)
            # (此前公布的1.52万个中，安州区有1080个学位因…未招生，已予核减, for 安州区新增…学位1860个: the county's part
            # cut)
            cut = next((m for place in leading for m in (re.search(
                re.escape(place) + r"[^，,。；;\d]{0,6}?有?[\d.]+(?:万|亿)?" + re.escape(declared.unit or "\0")
                + r"[^。；;]{0,40}?(?:核减|未|尚未|不符合|重复)", sentence),) if m is not None), None)
            if cut is not None and (year in sentence or _REVISING.search(sentence)):
                _report(other, low, sentence, written, report, where)
                return
            if written in sentence and _COMPARED_WITH.match(sentence, sentence.find(written) + len(written)):
                continue  # (与2024年全市新建改造高标准农田38.6万亩相比略有减少: the figure as a base, standing)
            if written in sentence and _CONFIRMED.match(sentence, sentence.find(written) + len(written)):
                continue  # (…剔除后为2780个，与公告数一致，其中快充桩1260个经核实无误: the figure checked and kept)
            own = next((part for part in re.split(r"[；;]", sentence) if written in part), sentence)
            # (7个区域性养老服务中心中，有3个…: the set named between the figure and 中)
            taken = re.search(r"(?<![\d.])" + re.escape(written)
                              + r"[^，,。；;\d]{0,16}?(?:中|当中)[，,]?(?:有|其中)?[\d.]+",
                              own) if written in own else None
            line = "".join(other.text[other.text.rfind("\n", 0, low) + 1:high].split())
            if taken is not None and _FOUND_SHORT.search(own, taken.end()) and _names_it(named, line):
                # (162个中有31个处于停止供餐或未实际运营状态，不符合…完成标准: part of the figure taken out)
                _report(other, low, sentence, written, report, where)
                return
            # (发布会通报新增学位1.26万个，系按…设计学位数统计, for the quote 新增学位1.26万个: its own words named
            # again)
            quoted_again = bool(quote) and "".join(quote.split()) in sentence
            if written in sentence and _NAMES_OLD.search(own) and not _STANDS.search(own) \
                    and (_names_it(named, _headed(other.text, low) + sentence) or quoted_again
                         or _names_it(named, paragraph_topic(other.text, low))):
                _report(other, low, sentence, written, report, where)
                return
            # (a review of the year, out early the next, may name no year: 经…调查队核定，城镇调查失业率为5.6%; nor
            # need a paragraph that names the figure first: 市民政局上报建成…112个。…按…认定口径，实际完成91个)
            paragraph = "".join(other.text[other.text.rfind("\n", 0, low) + 1:high].split())
            # (关于…2025年度市级预算执行…的审计工作报告, out in August: its title names the year it reviews)
            titled = year in to_simplified(other.release.title) and other.release.published.year == as_of.year + 1
            if year not in sentence and not ((titled or other.release.published.month <= 6)
                                             and other.release.published.year == as_of.year + 1
                                             and (any(word in sentence for word in whole_year)
                                                  or not _ANY_YEAR.search(_FUTURE.sub("", sentence))
                                                  and _CHECKED.search(sentence))) \
                    and not (written in paragraph[:paragraph.find(sentence)] and _names_it(named, paragraph)
                             and not _ANY_YEAR.search(_FUTURE.sub("", sentence))):
                continue
            try:
                claims = other.reading_around(low, high).claims_within(low, high)
                # (the indicator named in the figure's own part of the sentence: 新建老年助餐点64个，…；新增普惠性托位
                # 1620个，…扣除后2025年实际新增1210个 revises the places, not the meal points)
                # (not a change: 较年初快报数（305万平方米）增加13万平方米 gives the difference, not the figure)
                revised = next((c for c in claims if c.quantity.comparable_with(declared)
                                # (“最多跑一次”实现率为98.6%, for 网上可办率: another rate)
                                and _contrasted(named, c.subject) is None
                                # (2025年筹集…由2820套（间）核减为2390套（间），…与2024年已统计项目重复计入, for 2024's
                                # figure: the year named last before the figure is another's)
                                and _last_year(other.text[low:c.start]) in (None, as_of.year)
                                # (2025年…实际完成2.1万户, for 2024—2025年累计完成…6.3万户: one year's, not the total)
                                and (not spanned or _SPANNED.search(_own_part(other.text, low, c, sentence)))
                                and c.quantity.value != declared.value and c.change is None
                                and (not cut_only or _fewer(c.quantity, declared))
                                # (通报所列新增公办学位8120个中…, for 其中…6620个 of the quote: its whole, named back)
                                and "".join(c.quantity.text.split()) not in "".join(quote.split())
                                and not _NOT_A_TOTAL.search("".join(other.text[max(low, c.start - 24):c.start].split()))
                                and not any(kind in named and kind not in to_simplified(_own_part(
                                    other.text, low, c, sentence)) for kind in _KINDS_OF)
                                and (likeness(named, c.subject) >= 0.5
                                     or _names_it(named, _own_part(other.text, low, c, sentence))
                                     # (1．既有住宅加装电梯。…报送…318台。经逐台核实，…2025年实际完成271台: the
                                     # paragraph's heading names it)
                                     or _names_it(named, paragraph_topic(other.text, low))
                                     # (…报送的村卫生室新建改扩建完成数为64个。经核实，其中9个系…重复统计。扣除后，
                                     # 2025年度项目实际完成55个: the paragraph names the figure and its thing first)
                                     or written in paragraph[:paragraph.find(sentence)]
                                     and _names_it(named, paragraph[:paragraph.find(sentence)]))
                                and _REVISING.search(other.text, low, c.start + 1)
                                # (…报送的新建改扩建公办幼儿园23所，经核实，…为17所，另有6所为…结转项目, for
                                # 新建改扩建中小学校: a sentence of another thing, whatever its words of doing)
                                and _thing_said(named, to_simplified(
                                    other.text[other.text.rfind("\n", 0, low) + 1:c.end]))), None)
            except CheckerError:
                revised = None
            if revised is not None:
                _report(other, low, sentence, "".join(revised.quantity.text.split()), report, where)
                return


# a total of years (2024—2025年累计, 三年共): a revision of one year's figure is not one of it
_SPANNED = regex.compile(r"累计|合计|共计|总计|(?:19|20)\d\d年?[—–\-－至到](?:19|20)?\d\d年|"
                         r"[两三四五]年(?:来|间|共|合计|累计)")
_COMPARED_WITH = regex.compile(r"(?:相比|相较|比较|对比)")
# a clause of what is still to come (预计2026年9月底前完成验收), whose year dates no figure
_FUTURE = regex.compile(r"(?:预计|计划|力争|争取|将于|将在)[^，,。；;]*")
# (…8120个中，有1050个系…: a part taken out; 比…通报数多0.04万人: a difference; neither is the figure revised)
_FOUND_SHORT = regex.compile(r"不符合|未实际|尚未|停止|未能|未达到|不能|虚报|重复|并非新增|不属于|不应计入|不应纳入")
_NOT_A_TOTAL = regex.compile(r"中[，,]?(?:有|其中)$|(?:比|较)[^，,。；;]{0,16}?(?:多|少|增加|减少)$")
# kinds an indicator may name that a revision of the whole leaves out (义务教育 of 义务教育公办学位)
_KINDS_OF = ("义务教育", "学前", "普惠", "护理型", "中心城区")
_COUNTY_NAMED = regex.compile(r"[（(]([^\W\d_（()）、，,]{1,3}(?:县|区|市))")  # (…（赤水市三年任务）)


def _thing_said(named: str, said: str) -> bool:
    """The thing the indicator counts (学校 of 新建改扩建中小学校) is named in `said`, by its last word; true where the
    indicator names none."""
    thing = thing_named(named)
    # (its last word: 服务点 is not 服务中心)
    return thing is None or thing[-2:] in said or any(other in said for other in _SAME_THING.get(thing[-2:], ()))


def _last_year(text: str) -> int | None:
    """The year named last in `text` (2025 of 经…复核，2025年筹集…), None where it names none."""
    years = _YEAR_NAMED.findall(text)
    return int(years[-1]) if years else None


_YEAR_NAMED = regex.compile(r"((?:19|20)\d\d)年")


def _fewer(said: Quantity, declared: Quantity) -> bool:
    try:
        return to_base(said.value, said.unit)[0] < to_base(declared.value, declared.unit)[0]
    except CheckerError:
        return False


def _headed(text: str, low: int) -> str:
    """The short sentence before the one at `low` in its paragraph, where it names a topic only (二是每千人口托位数。
    before 通报的4.9个系按户籍人口测算…): its words, flat; empty elsewhere."""
    if low <= 0 or text[low - 1] not in SENTENCE_ENDS:
        return ""
    begin = max(sentence_start(text, low - 1), text.rfind("\n", 0, low) + 1)  # (in its paragraph)
    heading = "".join(text[begin:low].split())
    return heading if len(heading) <= 20 else ""


def _own_part(text: str, low: int, claim: Claim, sentence: str) -> str:
    """The part of a sentence (from `low`) a figure is in: from the last ；before it to the next after it; or the
    whole sentence where that part names no thing of its own (原上报…119个；经复核，实际完成105个)."""
    begins = max(low, text.rfind("；", low, claim.start) + 1, text.rfind(";", low, claim.start) + 1)
    ends = [at for at in (text.find(mark, claim.end) for mark in "；;。") if at >= 0]
    part = "".join(text[begins:min(ends, default=len(text))].split())
    return part if len(_NO_THING.sub("", _REVISING.sub("", _NO_THING.sub("", part)))) >= 2 else sentence


# what a part of a sentence may say besides a thing (经复核，实际完成105个)
_NO_THING = regex.compile(r"按[^，,。；;]{0,24}?口径(?:计算|测算|统计)?|"  # (按…年末常住人口口径计算为4.3个: a basis)
                          r"[\d.]+[万亿千百]?[^\d，,。；;：:、]?|[，,。；;：:、（()）]|经|后|为|的|截至|年底|年末|全年|"
                          + _DONE_SAID_WORDS + r"|实际|认定|核实|复核|核定|核减|扣除|剔除")


def _names_it(indicator: str, sentence: str) -> bool:
    """The sentence speaks of the indicator's thing: the whole or four characters of it in a row, or most of its
    character pairs (新增城镇就业 and 城镇新增就业: the words in another order)."""
    return _names_part(indicator, sentence) or coverage(indicator, sentence) >= 0.6


def _report(other: ReleaseText, low: int, sentence: str, figure: str, report: Report,
            where: tuple[object, ...]) -> None:
    line, _ = other.position(low)
    at = max(0, min(sentence.find(figure) - 30, len(sentence) - 60))  # (a long sentence: shown around the figure)
    said = sentence if len(sentence) <= 60 else ("…" if at > 0 else "") + sentence[at:at + 60] + (
        "…" if at + 60 < len(sentence) else "")
    report(Message("outcome-revised-later", release=other.release.id, line=line, said=said, figure=figure),
           *where, "quote")


_DONE_SAID = regex.compile(_DONE_SAID_WORDS)
_RUNNING = regex.compile(r"累计|以来|总计|合计")
_PARTS = regex.compile(r"其中|分别")
_BASIS = regex.compile(r"[（(]?按[^，,。；;）)]{1,12}?(?:计|计算|统计|口径)")
_WHOLE = ("全年", "全市", "全县", "全区", "年末", "年内", "今年")
_BOUNDS = (Comparator.at_least, Comparator.more_than, Comparator.at_most, Comparator.less_than)


def check_belied_elsewhere(quoted: Quoted, declared: Quantity, as_of: date, plan: PlanReading, plan_set: date | None,
                           indicator: str, region: str, cited: set[tuple[str, str]], corpus: Corpus, report: Report,
                           where: tuple[object, ...]) -> None:
    """A figure that reaches the target, where the quote's release or a later one of the region gives the plan's
    thing short of it for the same date (a level) or the same year later on (a count: a running total does not
    fall). The other's subject must be the indicator's, in other words at most (城镇新增就业, 新增义务教育学位
    for 义务教育学位): a subject that adds a word (农村, 建成并运营) or leaves one out (新建 of 新建和改扩建) may
    count another thing, or a part. A figure the rule
    quotes as an outcome of its own (`cited`: release and quote) is left to the verdict: disputed, not invalid."""
    target, comparator = plan.quantity, plan.comparator
    if target is None or comparator not in _BOUNDS or not declared.comparable_with(target):
        return
    ceiling = comparator in (Comparator.at_most, Comparator.less_than)
    if declared.qualifier not in ((Qualifier.EXACT, Qualifier.AT_MOST, Qualifier.LESS_THAN) if ceiling else
                                  (Qualifier.EXACT, Qualifier.AT_LEAST, Qualifier.MORE_THAN)):
        return  # (不满9所, 约3000个: not said to reach it)
    if _RUNNING.search(quoted.text) or plan.quote and _RUNNING.search(plan.quote):
        return  # (“十四五”以来累计城镇新增就业21.7万人: a total of years, which a year's figure is a part of)
    try:
        wanted = to_base(target.value, target.unit)[0]
        if (to_base(declared.value, declared.unit)[0] > wanted) if ceiling else (
                to_base(declared.value, declared.unit)[0] < wanted):
            return
    except CheckerError:
        return
    count = plan.measure is Measure.count
    begins = plan.start or plan_set
    if count and begins is not None and plan.deadline is not None and (plan.deadline - begins).days > 400:
        return  # (a year's figure is a part of a total of several years)
    source = quoted.release
    named = frozenset(_thing(indicator, region))
    for other in (source, *corpus.of_region_after(source.release.region, source.release.published)):
        if other is not source and not same_place(other.release.region, source.release.region):
            continue
        results = _results_of_thing(other, region) if len(other.text) <= READ_WHOLE \
            else _results_near(other, _thing(indicator, region)[-2:], region)
        for claim, day, place in results.get(named, ()):
            if day.year != as_of.year or day < as_of or not count and day != as_of:
                continue
            if place is not None and not same_place(place, region) or other is source and (
                    quoted.match.start <= claim.start < quoted.match.end):
                continue
            figure = _written(claim.quantity)
            if any(source_id == other.release.id and "".join(claim.quantity.text.split()) in said
                   for source_id, said in cited):
                continue
            if _short(claim, other, indicator, region, named, target, ceiling):
                line, _ = other.position(claim.start)
                report(Message("outcome-belied-elsewhere", release=other.release.id, line=line,
                               subject=claim.subject, figure=figure, as_of=day,
                               target=plan.value or "—"), *where, "value")
                return


def _results_of_thing(release: ReleaseText, region: str) -> dict[frozenset[str], list[tuple[Claim, date, str | None]]]:
    """The release's results by what each counts (its subject's characters, place and words of doing aside: the
    test `_short` makes first), so that an outcome looks only at those of its thing, not at every result of the
    release (500 rules on a release of 20 MB: 7 million looks)."""
    key = (release.release.id, release.release.sha256, region)
    found = _BY_THING.get(key)
    if found is None:
        found = {}
        for item in release_results(release):
            found.setdefault(frozenset(_thing(item[0].subject, region)), []).append(item)
        if len(_BY_THING) >= 256:
            _BY_THING.pop(next(iter(_BY_THING)))
        _BY_THING[key] = found
    return found


_BY_THING: dict[tuple[str, str, str], dict[frozenset[str], list[tuple[Claim, date, str | None]]]] = {}


def _results_near(release: ReleaseText, term: str, region: str,
                  ) -> dict[frozenset[str], list[tuple[Claim, date, str | None]]]:
    """The results of a release too long to read whole (a hostile 100 MB one) in the passages that name `term` (the
    thing's last characters), each read apart and put back at its place; by what each counts, as _results_of_thing."""
    key = (release.release.id, release.release.sha256, term, region)
    if key in _NEAR:
        return _NEAR[key]
    text, found = release.text, {}  # type: ignore[var-annotated]
    windows: list[tuple[int, int]] = []
    at = text.find(term) if term else -1
    while at >= 0 and len(windows) < _NEAR_WINDOWS:
        left = text.rfind("\n", 0, max(0, at - _NEAR_CONTEXT)) + 1
        right = text.find("\n", min(len(text), at + _NEAR_CONTEXT))
        right = len(text) if right < 0 else right
        if windows and left <= windows[-1][1]:
            windows[-1] = (windows[-1][0], right)
        else:
            windows.append((left, right))
        at = text.find(term, right)
    for left, right in windows:
        # (its own sha256 key: the results read of a passage are not the whole release's)
        passage = ReleaseText(release.release.model_copy(update={"sha256": f"{release.release.sha256}:{left}"}),
                              release.path, text[left:right])
        for claim, day, place in release_results(passage):
            moved = replace(claim, start=claim.start + left, end=claim.end + left,
                            clause=(claim.clause[0] + left, claim.clause[1] + left),
                            span=(claim.span[0] + left, claim.span[1] + left))
            found.setdefault(frozenset(_thing(claim.subject, region)), []).append((moved, day, place))
    if len(_NEAR) >= 8:
        _NEAR.pop(next(iter(_NEAR)))
    _NEAR[key] = found
    return found


_NEAR: dict[tuple[str, str, str, str], dict[frozenset[str], list[tuple[Claim, date, str | None]]]] = {}
_NEAR_CONTEXT, _NEAR_WINDOWS = 2000, 200


def _thing(name: str, region: str) -> str:
    """What a name counts, without its place and the words that say it was done."""
    return _DONE_SAID.sub("", _bare(name, region))


def _short(claim: Claim, release: ReleaseText, indicator: str, region: str, named: frozenset[str], target: Quantity,
           ceiling: bool) -> bool:
    """A result of the indicator's thing (not a part, a ratio, a change or a figure per head) short of the target."""
    if claim.ratio or claim.change is not None or claim.earlier_level:
        return False
    lead = "".join(release.text[claim.clause[0]:claim.start].split())
    if _PER_WHAT.search(lead) and not _PER_WHAT.search(indicator):
        return False  # (人均…: another measure)
    tail = "".join(release.text[claim.end:claim.end + 20].split())
    if _BASIS.search(lead) or _BASIS.match(tail):
        return False  # (另：全市孕产妇死亡率为13.6/十万（按户籍人口计）: the figure on another basis)
    before = release.text[sentence_start(release.text, claim.start):claim.start]
    after_semicolon = before[max(before.rfind("；"), before.rfind(";")) + 1:].lstrip()
    if after_semicolon.startswith(_WHOLE):
        before = after_semicolon  # (…其中公办园在园幼儿占比为56.8%；全年新增公办学前学位1160个: the whole again)
    if _PARTS.search(before):
        return False  # (其中，孟津区…改扩建公办幼儿园6所; 洛阳、开封两市…分别为8.6万人、7.2万人: a part, another's)
    # (the words of doing aside: 建成运营零工市场 is 新建零工市场's thing)
    if likeness(_thing(indicator, region), _thing(claim.subject, region)) < 0.6 \
            or set(_thing(claim.subject, region)) != named:
        return False  # (新建乡村学校, a part of 新建和改扩建乡村学校; 农村自来水普及率, of a part of 自来水普及率)
    try:
        if not claim.quantity.comparable_with(target):
            return False
        stated, wanted = to_base(claim.quantity.value, claim.quantity.unit)[0], to_base(target.value, target.unit)[0]
    except CheckerError:
        return False
    return stated > wanted if ceiling else stated < wanted
