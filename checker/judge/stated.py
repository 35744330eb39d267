"""Does a quote say what the rule says it says? Evidence per claim, not per string.

Each quote is checked against the claims its release makes within the quoted span (the
release is read once, claim by claim: checker/language/claims.py): the quote must start
and end on whole words, the declared figure must be one of its claims exactly (value,
unit, qualifier, bounds), the one that counts what the indicator names, a level and not a
change; a claim of completion must be worded as one and not negated; dates must agree.
Each finding is a diagnostic on the field it concerns, in plain words, with the fix.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections import OrderedDict
from collections.abc import Callable
from datetime import date

from checker.diagnostics import CheckerError, Severity
from checker.frozen import changed, record
from checker.inputs.models import Claim as ClaimWord
from checker.inputs.models import Comparator, Measure, Outcome, Plan
from checker.inputs.releases import READ_WHOLE, Match, ReleaseText
from checker.judge.verdict import PlanReading
from checker.language import regex
from checker.language.claims import (
    BASE_HEADINGS,
    FALLING,
    NUMBERED,
    RELATIVE_UNITS,
    SENTENCE_ENDS,
    SENTENCE_REACH,
    Claim,
    ClaimKind,
    Reading,
    Word,
    coverage,
    likeness,
    pairs,
    read_subjects,
    sentence_start,
    table_intro,
)
from checker.language.decimals import decimal_text
from checker.language.periods import (
    RELATIVE_YEAR_WORDS,
    RELATIVE_YEARS,
    dated_span,
    find_periods,
    since_year,
    stated_years,
)
from checker.language.places import (
    INSTITUTION,
    head_places,
    narrower_scope,
    part_place,
    same_place,
    speaker,
    speaker_place,
    wider_scope,
)
from checker.language.quantity import Qualifier, Quantity, parse_quantity, per_lead
from checker.language.script import to_simplified
from checker.language.tables import REPORTED_COLUMN, VERIFIED_COLUMN, heading_line, row_cells, row_of, row_remark
from checker.language.units import to_base
from checker.messages import Message, Term

Report = Callable[..., None]  # (message, *path of the field, severity=...) → None

# the comparator each qualifier of a stated target calls for (exact figures leave it to the author)
COMPARATOR_OF = {
    Qualifier.AT_LEAST: Comparator.at_least, Qualifier.MORE_THAN: Comparator.more_than,
    Qualifier.AT_MOST: Comparator.at_most, Qualifier.LESS_THAN: Comparator.less_than,
    Qualifier.RANGE: Comparator.between,
}


@record
class Quoted:
    """A quote where it was found: its release, its span, and the release's claims within it."""

    release: ReleaseText
    match: Match

    @functools.cached_property
    def reading(self) -> Reading:
        return self.release.reading_around(self.match.start, self.match.end)

    @functools.cached_property
    def claims(self) -> list[Claim]:
        """The release's claims within the quote, each with the subject the quote itself gives
        it (a quote must name what it counts), or, for an item of a list (分别…X%、Y%), the
        subject its list gives it."""
        inside = self.reading.claims_within(self.match.start, self.match.end)
        own = read_subjects(self.text)
        if len(own) != len(inside):
            return inside
        # (a subject the quote elides, 300部 of 完成250部、300部, is the one the release gives; so is a ratio's of a
        # list the quote cuts, 城镇新增就业、…和脱贫劳动力务工就业分别完成年度任务的105%: 城镇新增就业's)
        return [claim if claim.item_of is not None or not mine.subject or (
            claim.ratio and "分别" in mine.subject and "分别" not in claim.subject)
                else changed(claim, subject=mine.subject) for claim, mine in zip(inside, own, strict=True)]

    def words(self, words: tuple[Word, ...]) -> list[Word]:
        return self.reading.words_within(words, self.match.start, self.match.end)

    @property
    def text(self) -> str:
        """The quoted span of the release, as written."""
        return self.release.text[self.match.start:self.match.end]


# --- edges ---------------------------------------------------------------------------------

def check_edges(quoted: Quoted, report: Report, where: tuple[object, ...]) -> None:
    """A quote starts and ends on whole words: never inside a figure the release states (218所,
    3.4万人次, 3-4万个, 近9000人), and never just after a negation (未完成任务)."""
    start, end = quoted.match.start, quoted.match.end
    reading = quoted.reading
    for claim in reading.claims_across(start):
        report(Message("quote-starts-inside", whole="".join(claim.quantity.text.split())), *where, "quote")
    for claim in reading.claims_across(end):
        report(Message("quote-ends-inside", whole="".join(claim.quantity.text.split())), *where, "quote")
    last = bisect.bisect_right(reading.negations, start, key=lambda w: w.end)
    for negation in reading.negations[max(0, last - 2):last]:  # the negations ending by the quote's start
        if not quoted.release.text[negation.end:start].strip():
            report(Message("quote-after-negation", negation=negation.text,
                           said=negation.text + quoted.text[:12]), *where, "quote")


# --- a declared figure -----------------------------------------------------------------------

def check_figure(quoted: Quoted, declared: Quantity, what: Message, indicator: str, measure: Measure,
                 report: Report, field: tuple[object, ...], *, increment: bool = False,
                 nearby: bool = False, baseline: bool = False, comparator: Comparator | None = None) -> Claim | None:
    """The declared figure is a claim of the quote, exactly; the claim that counts the indicator
    (`nearby`: also of the figures its sentence gives beside the quote, for a figure of what was
    done); a level, not a change. Returns the claim (None where the quote does not state it)."""
    claims = [_counted_by_noun(quoted.release.text, c, declared) for c in quoted.claims]
    same_number = [c for c in claims if _same_number(declared, c.quantity)]
    exact = [c for c in same_number if c.quantity.qualifier is declared.qualifier]
    if not exact and comparator is not None and declared.qualifier is Qualifier.EXACT:
        # (value: 6万人 with comparator: at_least, for 6万人以上: the rule says the qualifier in another field)
        exact = [c for c in same_number if c.quantity.qualifier.value == comparator.value]
    if not exact:
        if same_number:
            stated = same_number[0].quantity
            report(Message("figure-qualifier-differs", what=what, declared=declared.text, stated=_written(stated),
                           stated_qualifier=Term("qualifier", stated.qualifier.value),
                           declared_qualifier=Term("qualifier", declared.qualifier.value)), *field)
        else:
            report(Message("quantity-not-in-quote", what=what, declared=declared.text,
                           stated=listing([c.quantity for c in claims])), *field)
        return None
    text = quoted.release.text
    # (45处 45处 in a row of 目标任务 and 完成情况: the results column's is the outcome's)
    # (a plan's, the target column's: of 100  100 under “十三五”完成 and 2025年目标, the later)
    planned = what.code == "what-plan-value"
    claim = max(exact, key=lambda c: (_target_column(text, c) is planned,
                                      c.kind is ClaimKind.plan if planned else c.kind is not ClaimKind.stat,
                                      likeness(indicator, c.subject),
                                      # (容县、陆川县、北流市分别…10所、10所、8所, for 陆川县's: the place's own)
                                      len(exact) > 1 and _owned_by_named(quoted, c, declared, indicator)))
    # (卫生机构实有床位4.21万张，比上年末增加1860张, for 新增…床位1500张: what the year added, a count since it began)
    before = "".join(text[max(claim.clause[0], claim.start - 12):claim.start].split())
    # (of the stock its sentence names: 卫生机构实有床位4.21万张，比上年末增加1860张, for 新增医疗卫生机构床位; not a
    # hospital's new beds)
    stock = "".join(text[max(text.rfind(mark, max(0, claim.start - 80), claim.start) for mark in "。；;\n") + 1:
                         claim.start].split())
    year_added = claim.change is not None and not claim.change.relative and measure is Measure.count \
        and _SINCE_YEAR_END.search(before) is not None and coverage(indicator, stock) >= 0.3
    # (完成村卫生室标准化提升33个, for 村卫生室标准化提升: the word of the work the indicator names, no change)
    named_work = claim.change is not None and not claim.change.relative and measure is Measure.count \
        and claim.change.word in "".join(indicator.split())
    if claim.change is not None and not year_added and not named_work \
            and (claim.change.relative or measure is Measure.level or not increment):
        report(Message("figure-is-change", what=what, declared=declared.text, word=claim.change.word,
                       relative=Message("figure-change-relative") if claim.change.relative else ""), *field)
    cell = table_cell(text, claim.start)
    if nearby and (claim.ratio or (cell is not None and re.search(r"完成率|完成比例", cell[1]))):
        # 完成省定目标的120%, or a table's 完成率 column: a completion ratio, not the indicator's level
        report(Message("figure-is-completion-ratio", what=what, declared=declared.text), *field)
    if cell is not None and not quoted.match.start <= text.find(cell[0], text.rfind("\n", 0, claim.start) + 1) \
            < quoted.match.end:
        # 163公里 alone, out of a row of a table: which row it is of, the quote does not say
        report(Message("figure-row-unquoted", what=what, declared=declared.text, label=cell[0]), *field)
    per = per_lead("".join(declared.text.split()))
    if per:  # (每人每月780元: what the value says the figure is per, the quote must say before it)
        lead = "".join(text[max(0, claim.clause[0]):claim.start].split())
        if per not in lead and per[2:] + per[:2] not in lead:
            pers = _PER_WHAT.findall(lead)
            report(Message("figure-per-unquoted", what=what, declared=declared.text, per=per,
                           said=pers[-1] if pers else Message("figure-per-none")), *field)
    if claim.earlier_level and not baseline:  # (从91.2%提高到95.6%: a baseline is the level it starts from)
        later = [c for c in claims if c.start > claim.end and c.subject == claim.subject]
        report(Message("figure-is-earlier-level", what=what, declared=declared.text,
                       later=_written(later[0].quantity) if later else Message("figure-later-unquoted")), *field)
    text = quoted.release.text
    bracket = _EXACT_AFTER.match("".join(text[claim.end:claim.end + 20].split()))
    if bracket is not None:
        try:
            precise = parse_quantity(bracket.group(1))
            differs = precise.comparable_with(declared) and to_base(precise.value, precise.unit)[0] != to_base(
                declared.value, declared.unit)[0]
        except CheckerError:
            differs = False
        if differs:
            # (1.5万户（14962户）: the rounded figure, whose exact one the bracket gives)
            report(Message("figure-rounded", what=what, declared=declared.text, exact=bracket.group(1)), *field)
            return None
    if nearby and _THRESHOLD_AFTER.match("".join(text[claim.end:claim.end + 12].split())) \
            and _THRESHOLD_LEAD.search("".join(text[claim.clause[0]:claim.start].split())):
        # (覆盖率超过90%的县（市、区）达到9个: 90% bounds the counties counted, it is no one's rate)
        report(Message("figure-is-threshold", what=what, declared=declared.text,
                       passage=_written(claim.quantity) + "".join(text[claim.end:claim.end + 12].split())[:4]), *field)
        return None
    some = _SOME_REACH.search("".join(text[claim.clause[0]:claim.start].split())) if nearby else None
    if some is not None:
        # (全市6个县（市）中有4个县域就诊率达到90%以上: 90% is what the four reach, not the city's rate)
        report(Message("figure-is-threshold", what=what, declared=declared.text,
                       passage=some.group() + _written(claim.quantity)), *field)
        return None
    if nearby and declared.qualifier is Qualifier.EXACT \
            and "".join(text[max(claim.clause[0], claim.start - 8):claim.start].split()).endswith(_ROUGHLY):
        # (基本达到95%: about 95%, not shown to be 95%)
        report(Message("figure-said-roughly", what=what, declared=declared.text), *field)
        return None
    if nearby and _is_set(text, claim):
        # (10所公办幼儿园中，6所已建成: the set the sentence counts within, not what was done)
        report(Message("figure-is-set", what=what, declared=declared.text), *field)
        return None
    said = _subject_cut(quoted, claim, indicator)
    if said is not None:
        report(Message("figure-subject-cut", what=what, declared=declared.text, quoted=claim.subject, said=said,
                       indicator=indicator), *field)
        return claim
    _check_subject(claim, [c for c in claims if c is claim or not _same_row(text, c, claim)], declared, what,
                   indicator, report, field, _nearby(quoted, claim, indicator) if nearby else [],
                   "".join(text[claim.clause[0]:claim.start].split()), text)
    return claim


# words of what is done, not of what is counted: a subject of these alone (改造2.3万户) names no thing
_DOING = regex.compile("新建|改建|扩建|改扩建|新增|建设|建成|完成|实施|开展|改造|提升|推进|累计|全年|共计|共|"
                       "投入使用|投用|培训|救助|帮扶|惠及|服务|达到|达|实现|增加|提高|全市|全县|全区|我市|"
                       "今年|当年|年内|已|和|、")


def content(name: str) -> str:
    """A name without the words of doing: what it counts (农村户厕改造 → 农村户厕)."""
    return _DOING.sub("|", to_simplified(name))


def _content_pairs(name: str) -> set[str]:
    return {pair for pair in pairs(content(name)) if "|" not in pair}


def _subject_cut(quoted: Quoted, claim: Claim, indicator: str) -> str | None:
    """What the release says a figure counts, where the quote cuts it off and keeps only words of
    doing (改造2.3万户 out of 完成老旧小区燃气用户改造2.3万户) and what it cuts off shares nothing
    with the indicator (农村户厕改造): the quote names no thing, and the release names another."""
    if _content_pairs(claim.subject) or not _content_pairs(indicator):
        return None
    whole = next((c for c in quoted.reading.claims_within(claim.start, claim.end) if c.start == claim.start), None)
    if whole is None or whole.subject == claim.subject or not _content_pairs(whole.subject):
        return None
    return None if _content_pairs(whole.subject) & _content_pairs(indicator) else whole.subject


def _sentence_end(text: str, at: int, ends: str = SENTENCE_ENDS) -> int:
    """Where the sentence holding `at` ends: at one of `ends`, never more than SENTENCE_REACH characters
    on (a mark a release never uses, ！ or ?, is not looked for to its end at every quote)."""
    stop = min(len(text), at + SENTENCE_REACH)
    return min((found for found in (text.find(mark, at, stop) for mark in ends) if found >= 0), default=stop)


def _narrowed_base(quoted: Quoted, claim: Claim, indicator: str) -> str | None:
    """Words of people or bodies the figure's clause puts before the whole of the indicator's name, narrowing what
    the rate is of (65岁及以上老年人家庭医生签约服务覆盖率, 全市中小学生城乡居民基本医疗保险参保率, 家庭医生签约的
    65岁及以上老年人健康管理率): the part's rate. Places, times and words of the whole (全市, 年末) are left to
    the checks of places and periods; so are words of no people (九年义务教育巩固率)."""
    text = quoted.release.text
    # (within the figure's line: not a heading's words above it, 十、资源、环境和安全生产⏎⏎全年…)
    clause = to_simplified("".join(text[max(claim.clause[0], text.rfind("\n", 0, claim.start) + 1):
                                        claim.start].split()))
    at = clause.find(indicator) if len(indicator) >= 4 else -1
    if at <= 0:
        return None
    lead = _WHOLE_WORDS.sub("", clause[:at])
    places = head_places(lead)
    if places is not None and lead.startswith(places[0][0]):
        lead = lead[len(places[0][0]):]
    if lead.endswith(("、", "和", "及", "与", "以及")):
        return None  # (…覆盖行政村比例、农村卫生户厕普及率分别为…: the item before it in a list)
    return lead if len(lead) >= 2 and _PEOPLE.search(lead) else None


_WHOLE_WORDS = regex.compile(r"^(?:[，,、]|其中|另外|同时|此外|全市|全县|全区|全省|我市|本市|全年|年末|年底|今年|"
                             r"当年|本年|"
                             r"(?:19|20)\d\d年(?:末|底)?|截至[^，,]{0,10}?[，,]?)+")
# a part of a population, or of bodies, a rate is of (老年人, 中小学生, 签约的, 职工, 企业)
_PEOPLE = regex.compile(r"人|生|者|员|户|儿童|妇女|职工|居民|签约|岁|的$|群体|对象|家庭|企业|机构|学校|医院|单位|"
                        r"^(?:城镇|城市|农村|乡村|城区)$")  # (城镇人均体育场地面积, for the city's: the towns' level)


def _subgroup(quoted: Quoted, claim: Claim, indicator: str) -> tuple[str, Claim] | None:
    """A rate of a part after the whole's (重点人群签约率达71.8%，其中65岁以上老年人签约率达78.3%; 护理型床位占比
    55.1%，其中公办养老机构护理型床位占比达到62.3%), where the indicator does not name the part: a part's rate may
    be above the whole's. Returns the words that name the part and the whole's figure."""
    text = quoted.release.text
    lead = to_simplified("".join(text[claim.clause[0]:claim.start].split()))
    if not lead.startswith("其中") or claim.quantity.unit != "%" or claim.ratio:
        return None
    low = _sentence_start(text, claim.start, SENTENCE_ENDS, titles=False)
    wholes = [c for c in quoted.release.reading_around(low, claim.start).claims_within(low, claim.clause[0])
              if c.quantity.unit == "%" and c.subject and not c.ratio and c.change is None]
    if not wholes:
        return None
    whole, subject = wholes[-1], to_simplified(claim.subject).removeprefix("其中")
    other = to_simplified(wholes[-1].subject)
    shared = 0  # (the words the two subjects end alike with, 签约率: the part is named before them)
    while shared < min(len(subject), len(other)) and subject[-1 - shared] == other[-1 - shared]:
        shared += 1
    group = subject[:len(subject) - shared]
    if shared and (at := lead.find(subject[len(subject) - shared:])) > 2:
        group = lead[2:at]  # (as written: 65岁以上老年人, the subject without its figure)
    group = group.strip("，,、的")
    named = to_simplified("".join(indicator.split()))
    if shared < 2 or len(group) < 2 or group in named:
        return None
    return group, whole


def _nearby(quoted: Quoted, claim: Claim, indicator: str) -> list[Claim]:
    """The figures of the quote's sentence that it leaves out and that could count what the
    declared one does: what was done in the period (not a ratio, a change, an earlier level, a
    target, a running total or a threshold), of no place its clause names, not in a row of a table. None where
    the declared figure is a part (其中…) or a place's: those checks are the part's and the region's."""
    text, start, end = quoted.release.text, quoted.match.start, quoted.match.end
    if _is_placed(text, claim) or "其中" in text[claim.clause[0]:claim.start]:
        return []
    low = _sentence_start(text, start, SENTENCE_ENDS, titles=False)
    high = _sentence_end(text, end)
    # and the sentences either side of it in its paragraph (新建社区嵌入式养老服务综合体21个…。此外，依托党群
    # 服务中心新建社区养老服务站点26个: the 26 are of another thing, which the sentence before names)
    reach_back, reach = max(0, low - SENTENCE_REACH), min(len(text), high + SENTENCE_REACH)
    line_start, line_end = max(reach_back, text.rfind("\n", reach_back, low) + 1), text.find("\n", high, reach)
    line_end = reach if line_end < 0 else line_end
    if not _content_pairs(claim.subject) & _content_pairs(indicator):
        line_start, line_end = low, high  # (实际建成并投入使用145座 names no thing: the 162座 before is no other)
    if low > line_start:
        low = max(line_start, _sentence_start(text, low - 1, SENTENCE_ENDS, titles=False))
    if high < line_end:
        high = min([line_end, *(at for at in (text.find(mark, high + 1, line_end) for mark in SENTENCE_ENDS)
                               if at >= 0)])
    reading = quoted.release.reading_around(low, high)
    return [c for c in reading.claims_within(low, high)
            if (c.end <= start or c.start >= end) and not c.ratio and c.change is None and not c.earlier_level
            and not _WIDER.search("".join(text[c.clause[0]:c.start].split()))  # (全省新建…1200所: no rival)
            and not c.cumulative and c.kind is not ClaimKind.plan and c.item_of is None
            and not text[c.end:c.end + 3].lstrip().startswith("的")  # (达到85%的县区: a threshold)
            and not _is_placed(text, c) and table_cell(text, c.start) is None]


def _is_placed(text: str, claim: Claim) -> bool:
    """The figure's clause opens with a place of its own (南安市新增学位近1万个)."""
    return head_places("".join(text[claim.clause[0]:claim.start].split())) is not None


def table_cell(text: str, at: int) -> tuple[str, str] | None:
    """Where position `at` is in a row of a table set out as text (项目  年度目标  完成情况 over
    新建社区食堂  50个  43个): the row's label and the heading of `at`'s column
    (checker/language/tables.py); None where it is in no table."""
    return row_of(text, at)


def _same_row(text: str, one: Claim, other: Claim) -> bool:
    """Two figures of one row of a table: each is its column's, not a rival for what the row counts."""
    return "\n" not in text[min(one.start, other.start):max(one.start, other.start)] and table_cell(
        text, one.start) is not None


def _check_subject(claim: Claim, claims: list[Claim], declared: Quantity, what: Message, indicator: str,
                   report: Report, field: tuple[object, ...], nearby: list[Claim], lead: str = "",
                   text: str = "") -> None:
    """Where the quote holds several figures of one kind, the declared one must be the one whose
    subject the indicator names best; so too, by a clear margin, against the figures of its
    sentence left out of the quote (`nearby`: 公办幼儿园占比达到56%，公办在园幼儿占比52.3%, for 公办在园幼儿占比);
    a subject sharing nothing with the indicator is a warning."""
    # (全市优良天数比例（考核口径）为84.1%: the bracket says the basis, not what is counted)
    mine = likeness(indicator, _BASIS_BRACKETS.sub("", claim.subject))
    own_after = "".join(text[claim.end:claim.clause[1]].split()) if text else ""
    if own_after and "".join(text[claim.clause[0]:claim.start].split()).startswith("其中"):
        # (…28家，其中17家同步完成数字化改造: a part whose thing is said after it)
        mine = max(mine, likeness(indicator, own_after))
    try:
        rivals = [c for c in claims if c is not claim and c.quantity.comparable_with(declared)]
        outside = [c for c in nearby if c.quantity.comparable_with(declared)]
    except CheckerError:
        rivals, outside = [], []
    # (海上风电累计并网装机1298万千瓦，比上年末增加118万千瓦: the rise counts the stock's thing, which is no rival)
    stock = next((c for c in rivals + outside if c.end <= claim.start
                  and _RISEN_SINCE.fullmatch("".join(text[c.end:claim.start].split()))), None) if text else None
    if stock is not None:
        mine = max(mine, likeness(indicator, stock.subject))
        rivals, outside = [c for c in rivals if c is not stock], [c for c in outside if c is not stock]
    # (…4000户，到2027年累计完成1.2万户: 完成 elides the thing the clause before names; it is no other;
    # nor is the city's figure for 其中宁城县30个, whose subject is its place)
    elided = re.sub(r"^(?:到|至)?(?:(?:19|20)\d\d年(?:底|末)?前?)?(?:累计|共|全年|年内)?", "", claim.subject)
    head = head_places(elided) if elided else None
    if head is not None and head[1] == "one" and elided.startswith(head[0][0]):
        elided = elided[len(head[0][0]):] or head[0][0]
    short = bool(elided) and len(elided) <= 4

    def elides(other: Claim) -> bool:
        return short and (elided in other.subject or head is not None and elided == head[0][0])

    # (已竣工5所 beside 12所…全部开工: what was started is no better a count of what was built)
    def preparing(other: Claim) -> bool:  # (签约126部, 招标15个 beside 完工投用73部: a step, no better)
        return claim.completed and (other.started or bool(STEP_BEFORE.search(other.subject + "".join(
            text[other.clause[0]:other.end].split()))))

    def included(other: Claim) -> bool:  # (包含道路临时停车泊位1350个: a part named to be taken out, no rival)
        # (含 governing the figure itself; 全市（含县区）新增学位5000个 is the whole, a rival)
        lead = "".join(text[other.clause[0]:other.start].split()) if text else ""
        return _GOVERNED_BY_INCLUDED.search(lead) is not None

    def targeted(other: Claim) -> bool:  # (任务10所，已竣工投用9所: the task is no rival of what was done)
        lead = "".join(text[other.clause[0]:other.start].split()) if text else ""
        return claim.kind is not ClaimKind.plan and (other.kind is ClaimKind.plan or bool(
            _TARGET_WORDS.search(lead)) and not _DONE_WORDS.search(lead))

    def stock_of_it(other: Claim) -> bool:  # (年末城市天然气用户38.6万户，比上年末增加2.3万户, for 新增…用户)
        lead = "".join(text[other.clause[0]:other.start].split()) if text else ""
        own = "".join(text[claim.clause[0]:claim.start].split()) if text else ""
        return bool(_ADDED.search(indicator)) and _RISEN_SINCE.search(own) is not None and bool(
            _YEAR_END_LEVEL.search(lead) or _STOCK_WORDS.search(lead)) and not _ADDED.search(lead)

    rivals = [c for c in rivals if not preparing(c) and not _is_set(text, c) and not included(c)
              and not targeted(c) and not stock_of_it(c)]
    if text and _EACH_YEAR.fullmatch("".join(text[claim.clause[0]:claim.start].split())):
        # (三年新建、改造提升标准化村卫生室300个，每年100个: the year's part of the total, no rival of it)
        rivals = [c for c in rivals if not _YEARS_OPEN.match("".join(text[c.clause[0]:c.start].split()))]
    listed = _named_list(claim, claims, text)
    if listed is not None:  # (城市、农村低保标准分别提高到每人每月780元、每人每年5600元: each figure its name's)
        items, run = listed
        scores = _distinct_coverage(items, indicator)
        mine_at = run.index(claim)
        if all(scores[mine_at] - score >= 0.5 for k, score in enumerate(scores) if k != mine_at):
            rivals = [c for c in rivals if c not in run]
            mine = max(mine, likeness(indicator, items[mine_at]))
        elif scores[mine_at] == 1.0:
            # (新增养老机构床位、护理型床位分别为2380张、1620张, for 新增养老机构护理型床位: the indicator names all the
            # item's own words, and the first's too, whose head the later item shares: no other item is better)
            run_rivals = set(run)
            outside = [c for c in outside if c not in run_rivals]
            rivals = [c for c in rivals if c not in run_rivals]
        best_at = max(range(len(items)), key=scores.__getitem__)
        listed_other = (items[mine_at], run[best_at], items[best_at]) \
            if scores[best_at] - scores[mine_at] >= 0.5 else None
    else:
        listed_other = None
    # (计划公开招聘…800名，实际招聘到岗712名: the plan's figure is never the one to declare)
    outside = [c for c in outside if not preparing(c) and not _is_set(text, c) and not included(c)
               and not targeted(c) and not stock_of_it(c)]
    if _CORRECTING.search(lead):
        rivals, outside = [], []  # (准确数字应为5200个: the figure it corrects is no rival)
    if lead.startswith(_TOTAL_WORDS):
        # (新开通城乡公交线路9条、优化调整8条，合计17条: the items a total sums are no rivals of it)
        rivals = [c for c in rivals if c.start > claim.start]
    better = [c for c in rivals if likeness(indicator, c.subject) > mine and c.subject != claim.subject
              and not elides(c)]
    margin = 0.0 if lead.startswith(_TOTAL_WORDS) else 0.3  # (合计投放…132辆 beside 新增…86辆: the items differ)
    # (建成标准化零工市场9个、“家门口”就业驿站38个, for 新建标准化零工市场: where the quote's thing shares no word with
    # the indicator, the item before it in its clause that names it half-way is the one)
    better += [c for c in outside if likeness(indicator, c.subject) >= max(
                   0.8 if mine or not claim.clause[0] <= c.start < claim.start else 0.5, mine + margin)
               and not elides(c)
               and (margin or likeness(indicator, c.subject) > mine)]
    better = [c for c in better if _contrasted(indicator, c.subject) is None]  # (覆盖率 is no better for 参与率)
    # (网上可办率达99.8%、掌上可办率达97.1%, for “掌上可办”率: the item before carries the head both share; told
    # apart by the words of their own, the quote's is the indicator's)
    better = [c for c in better if not _own_item_better(c, claim, indicator, text)]
    own = _town_or_country(claim, indicator, text)  # (城乡…分别…1010元、820元: 城市's, 农村's)
    contrast = _contrasted(indicator, claim.subject.replace("城乡", own, 1))
    if contrast is None and text and _BARE_RATE.fullmatch(claim.subject) \
            and not _IN_ORDER.search(text, max(0, claim.clause[0] - 80), claim.start):  # (not a 分别 list's item)
        # (城市社区老年助餐服务实现全覆盖，覆盖率100%: the rate of the thing the clause before names)
        begin = max(text.rfind(mark, max(0, claim.clause[0] - 60), claim.clause[0] - 1) for mark in "。；;，,\n") + 1
        before = "".join(text[begin:claim.clause[0]].split())
        contrast = _contrasted(indicator, before + claim.subject) if len(before) >= 4 else None
    if contrast is not None:  # (城镇登记失业率3.1%, beside 城镇调查失业率5.7%: the statistic says it first)
        report(Message("figure-other-statistic", what=what, declared=declared.text, subject=claim.subject,
                       indicator=indicator, named=contrast[0], said=contrast[1]), *field)
    elif better:
        best = max(better, key=lambda c: likeness(indicator, c.subject))
        report(Message("figure-counts-other", what=what, declared=declared.text, subject=claim.subject or "—",
                       other=_written(best.quantity), other_subject=best.subject, indicator=indicator), *field)
    elif (contrast := _contrasted(indicator, claim.subject.replace("城乡", own, 1))
          # (not where the subject is the indicator's own name: …比例、农村卫生户厕普及率分别为…, another item's word)
          or (_contrasted(indicator, lead.replace("城乡", own, 1)) if mine < 0.95 else None)
          # (4家乡镇卫生院通过“优质服务基层行”推荐标准评审: what it counts after it, too long to be read as a noun)
          or (_contrasted(indicator, "".join(text[claim.end:claim.clause[1]].split()))
              if not claim.subject and text else None)) is not None:
        said_after = "".join(text[claim.end:claim.clause[1]].split()) if text else ""
        report(Message("figure-other-statistic", what=what, declared=declared.text,
                       subject=claim.subject or said_after, indicator=indicator, named=contrast[0],
                       said=contrast[1]), *field)
    elif (named := _item_named(claim, claims, indicator) or listed_other
           or _first_of_items(claim, outside, indicator, text)) is not None:
        mine_item, other, other_item = named
        report(Message("figure-counts-other", what=what, declared=declared.text, subject=mine_item,
                       other=_written(other.quantity), other_subject=other_item, indicator=indicator), *field)
    elif mine == 0 and claim.subject:
        report(Message("figure-subject-unrelated", what=what, declared=declared.text, subject=claim.subject,
                       indicator=indicator), *field, severity=Severity.warning)


def _town_or_country(claim: Claim, indicator: str, text: str) -> str:
    """Whose a figure of a 分别 list of two over 城乡 is (城乡低保标准分别提高到每人每月1010元、820元): the first the
    town's (城市, or 城镇 where the indicator says so), the second the country's (农村, or 乡村); 城乡 elsewhere."""
    lead = "".join(text[claim.clause[0]:claim.start].split()) if text else ""
    at = lead.find("分别")
    if "城乡" not in claim.subject or at < 0 or lead.count("、", at) > 1 or "、" in lead[:at]:
        return "城乡"  # (新开通城乡公交线路、城市定制公交线路分别为17条、12条: a list of things, each its figure)
    named = to_simplified("".join(indicator.split()))
    if lead.count("、", at) == 0:
        return "城镇" if "城镇" in named else "城市"
    return "乡村" if "乡村" in named else "农村"


_GOVERNED_BY_INCLUDED = regex.compile(r"(?:包含|包括|含|[（(]其中[，,：:]?)[^，,。；;()（）]{0,20}$")
_ITEM_JOINS = regex.compile("以及|[、和与及]")
_CORRECTING = regex.compile(r"准确数字|应为|更正为|实为|纠正为|订正为|核减后|核实后|核定后|剔除后|扣除后|去重后")
_TOTAL_WORDS = ("合计", "共计", "总计", "两项合计", "累计合计")
# what announces a list of targets before a colon (市委、市政府确定了12件为民办实事，其中包括：…), not 现将…如下
_ANNOUNCED = regex.compile(r"确定了|确定的|提出了|计划|目标是|目标为|任务是|任务为|预期目标|主要目标|部署了?")

# words that make two statistics of one thing: 城镇登记失业率 is not 城镇调查失业率, 城市低保 not 城乡低保
# 参与率, 覆盖率, 合格率 (达标率 …) at the subject's end
_SHARE = regex.compile(r"占比|比例|比重(?=$|为|达|是|超|保持|稳定|提高|控制)")
_RATE = regex.compile(r"\w\w率(?=$|为|达|是|超|保持|稳定|提高|控制)")
# two kinds of work, whatever else the names share (培训4.1万人 trained is not 新增技能人才, certified)
# (更新320辆 replaces; it adds none)
_ACTIVITIES = (("新建", "认定"), ("乡镇", "建制镇"), ("医师", "卫生技术人员"), ("护士", "卫生技术人员"),
               ("见习", "招聘"),
               ("快检", "抽检"), ("人才", "培训"), ("新增", "更新"), ("护士", "医师"), ("二级及以上", "三级"),
               ("森林", "林木"), ("国控", "省控"), ("标准版", "基层版"), ("全社会", "规模以上"), ("全社会", "规上"),
               ("重点人群", "脱贫人口"), ("劳动年龄人口", "新增劳动力"), ("就业困难", "失业人员"),
               ("净增", "新增"), ("净增", "新设"), ("充电桩", "充电终端"), ("充电桩", "充电枪"),
               ("在园幼儿", "数量占比"), ("在园幼儿", "园所"))
_CONTRASTS = (("快检", "抽检"), ("调查", "登记"),
              # (每千人口卫生技术人员 is not 执业医师; jobs a fair offered are not 见习岗位)
              ("医师", "卫生技术人员"), ("护士", "卫生技术人员"), ("见习", "招聘"), ("乡镇", "建制镇"),
              # (认定就业帮扶车间52个, for 新建…: existing ones recognised; 乡镇 covered, for 行政村 covered)
              ("新建", "认定"), ("行政村", "乡镇"), ("行政村", "自然村"),
              ("城镇", "农村"), ("城市", "农村"), ("城乡", "城市"),
              ("城乡", "农村"),
              ("城乡", "城镇"), ("城乡居民", "户籍"),
              ("户籍", "常住"), ("公办", "民办"), ("职工", "居民"), ("城镇", "乡村"), ("城市", "乡村"),
              ("护理型", "养老"), ("人才", "培训"), ("新增", "更新"),
              # (基本养老保险参保率 is not 基本医疗保险参保率; 每千人口注册护士 not 执业医师; 三级 not 二级及以上)
              ("养老保险", "医疗保险"), ("护士", "医师"), ("二级及以上", "三级"), ("女性", "男性"),
              # (林木覆盖率 is not 森林覆盖率; 省控断面 not 国控; 基层版 not 标准版; 规上工业企业 not 全社会)
              ("森林", "林木"), ("国控", "省控"), ("标准版", "基层版"), ("全社会", "规模以上"), ("全社会", "规上"),
              ("重点人群", "脱贫人口"), ("劳动年龄人口", "新增劳动力"),
              # (就业困难人员 helped into work are not 城镇失业人员 back in work: two statistics of the same bureau)
              ("就业困难", "失业人员"),
              # (公办幼儿园学位占比 is of places, not of the children enrolled; 资源化利用率 of waste burnt for power
              # too, not 回收利用率)
              ("学位", "在园幼儿"), ("资源化利用", "回收利用"), ("资源化", "无害化"),
              # (新设市场主体 registered is not 净增, net of those closed)
              ("净增", "新增"), ("净增", "新设"), ("婴儿", "5岁以下"),
              # (HPV疫苗首剂接种率 is not 全程; 监测点位比例 not 面积比例)
              ("全程", "首剂"), ("面积比例", "点位比例"), ("面积", "点位"), ("面积", "断面"),
              # (雨污水管网 is of rain and sewage pipes both)
              ("雨水", "雨污"),
              # (在校学生健康素养水平 is not 居民's; 充电终端, the guns, are more than the 充电桩 that hold them)
              ("居民", "学生"), ("充电桩", "充电终端"), ("充电桩", "充电枪"),
              # (公办幼儿园数量占比 is of the kindergartens, not of the children; 可网办率 of the services one may ask
              # for online, not 全程网办率, those done wholly online)
              ("在园幼儿", "数量占比"), ("在园幼儿", "园所"), ("全程网办", "可网办"),
              # (农村公路安全生命防护工程和养护大中修工程 are works on roads there, not roads built)
              ("新改建", "养护"), ("新改建", "安全生命防护"), ("新建", "养护"),
              # (各级乡村旅游重点村 are of every level, not the 省级 ones)
              ("省级", "各级"), ("国家级", "各级"),
              # (居民医保筹资标准 is the subsidy and the premium both; 护理补贴 is not 生活补贴)
              ("财政补助", "筹资"), ("生活补贴", "护理补贴"))
# one way only: a budget (总投资) is not money spent (完成投资), though what was spent is measured against it
# (发放培训补贴 is money, not training given; 家庭养老床位, beds of home care, are no beds of care homes)
_ONE_WAY = (("完成投资", "总投资"), ("培训", "补贴"), ("养老床位", "家庭养老床位"),
            # (进出口总额 is imports and exports both; 自治区级, 省级 titles are not 国家级 ones)
            ("出口", "进出口"), ("国家", "自治区级"), ("国家", "省级"),
            # (通过自治区督导评估 is a step before 国家督导评估认定)
            ("国家督导", "自治区督导"), ("国家督导", "省督导"), ("国家督导", "省级督导"),
            # (新认定就业困难人员6420人 are those recognised, not those helped into work)
            ("实现就业", "认定"), ("实现再就业", "认定"),
            # (新增通过二级医院评审的医疗机构5家: those rated, not those built)
            ("新建", "评审"), ("新建", "评定"), ("改扩建", "评审"),
            # (乡镇卫生院通过“优质服务基层行”推荐标准评审 is another standard than 二级医院水平)
            ("二级医院", "优质服务基层行"), ("二级医院", "推荐标准"))
_GRADE = regex.compile(r"[1-5]A级?")
# (城镇常住居民人均可支配收入 is of a part of the 居民, where the indicator names no part of them)
_RESIDENTS_PART = regex.compile(r"(?:城镇|农村|城市|乡村)(?:常住|户籍)?居民")
_RESIDENTS_PARTS = regex.compile(r"城镇|农村|城市|乡村|城乡")


_EACH_YEAR = regex.compile(r"(?:其中)?(?:每年|每年度|年均)(?:各|分别)?(?:完成|新建|建成|改造)?")
_YEARS_OPEN = regex.compile(r"(?:[两二三四五六七八九十]年|“?十[四五]五”?期间|(?:19|20)\d\d[—–-](?:19|20)?\d\d年)")
_AMONG_THOSE = regex.compile(r"知情同意|自愿|报名|参加|参与|签约|符合条件|有需求|有意愿|在册|建档|登记")
_BARE_RATE = regex.compile(r"(?:覆盖|普及|达标|完成|合格|参保|就诊|优良)?率")


_QUOTE_MARKS = regex.compile(r"[“”\"「」‘’]")


@functools.lru_cache(maxsize=4096)
def _contrasted(indicator: str, subject: str) -> tuple[str, str] | None:
    """The word of the indicator and the one of the subject that make them two statistics: the
    subject says the other word of a pair and not the indicator's, and the indicator not the
    subject's; or both name a rate (…率), of two different things (学生参与率, 覆盖率)."""
    # (依申请政务服务事项“掌上可办”率: the name's quotation marks aside)
    indicator, subject = (to_simplified(_QUOTE_MARKS.sub("", "".join(words.split()))) for words in (indicator, subject))
    shares = _SHARE.search(indicator), _SHARE.search(subject)
    rate_said = _RATE.search(subject)
    if shares[0] and not shares[1] and rate_said is not None and rate_said.group()[-3:-1] in indicator:
        shares = (None, None)  # (…覆盖的行政村比例, and 覆盖率95.8%: the one statistic, in two words)
    if bool(shares[0]) != bool(shares[1]) and (_RATE.search(indicator) or _RATE.search(subject)):
        # 食堂A级占比 and 阳光厨房覆盖率: a share of one thing and a rate of another
        return (shares[0] or _RATE.search(indicator)).group(), (shares[1] or _RATE.search(subject)).group()  # type: ignore[union-attr]
    rates = _RATE.search(indicator), _RATE.search(subject)
    if rates[0] and rates[1] and rates[0].group() != rates[1].group() and rates[1].group() not in indicator \
            and rates[0].group() not in subject:
        return rates[0].group(), rates[1].group()
    middle = _differing_numeral(indicator, subject)
    if middle is not None:
        return middle  # (学前一年毛入园率 is not 学前三年毛入园率)
    for named, said in _ONE_WAY:
        if named in indicator and said in subject and said not in indicator:
            return named, said  # (总投资216亿元, for 城市更新项目完成投资)
    grade = _GRADE.search(indicator) if "A" in indicator else None  # (新增A级旅游景区9家 is of every grade, not 4A级)
    if grade is not None and "A级" in subject and grade.group() not in subject:
        return grade.group(), (_GRADE.search(subject) or re.search("A级", subject)).group()  # type: ignore[union-attr]
    residents = _RESIDENTS_PART.search(subject) if "居民" in indicator else None
    if residents is not None and not _RESIDENTS_PARTS.search(indicator):
        return "居民", residents.group()
    for pair in _CONTRASTS:
        for named, said in (pair, pair[::-1]):
            if (named in indicator and said in subject and named not in subject and said not in indicator
                    and (pair in _ACTIVITIES
                         or coverage(indicator.replace(named, ""), subject.replace(said, "")) >= 0.5)):
                return named, said  # (the rest alike: 城镇登记失业率, 城镇调查失业率)
    return None


def _differing_numeral(indicator: str, subject: str) -> tuple[str, str] | None:
    """Two names alike but for a numeral between what they share (学前三年 and 学前一年…毛入园率): the two
    words."""
    subject = _WHOLE_LEAD.sub("", subject)
    start = 0
    while start < min(len(indicator), len(subject)) and indicator[start] == subject[start]:
        start += 1
    end = 0
    while end < min(len(indicator), len(subject)) - start and indicator[-1 - end] == subject[-1 - end]:
        end += 1
    named, said = indicator[start:len(indicator) - end], subject[start:len(subject) - end]
    if start + end >= 3 and 0 < len(named) <= 3 and 0 < len(said) <= 3 and _NUMERAL.search(named) \
            and _NUMERAL.search(said):
        return named, said
    return None


_NUMERAL = regex.compile(r"[\d一二三四五六七八九十两]")


def _item_named(claim: Claim, claims: list[Claim], indicator: str) -> tuple[str, Claim, str] | None:
    """新建城市书房、农家书屋分别达到15个、30个: each figure counts its own item of the list before
    分别, in order, though all share one subject. Where the indicator names another item than the
    declared figure's (农家书屋 for 15个) clearly better, that item, its figure and the declared
    figure's item; else None. An item is told by the characters no other item has (新建 before
    the first item is shared by all: it counts little against the others)."""
    lead, said, _ = claim.subject.partition("分别")
    if not said or not lead:
        return None
    run = [c for c in claims if c.span == claim.span and c.subject == claim.subject]
    items = _ITEM_JOINS.split(lead)
    if len(run) < 2 or len(items) != len(run) or not all(items) or head_places(lead) is not None:
        return None  # not a list of things (places are the region checks'), or not one figure an item
    scores = _distinct_coverage(items, indicator)
    mine = run.index(claim)
    best = max(range(len(items)), key=scores.__getitem__)
    if scores[best] - scores[mine] < 0.5:
        return None
    return items[mine], run[best], items[best]


def _own_item_better(other: Claim, claim: Claim, indicator: str, text: str) -> bool:
    """`other` is the item just before `claim` in a list joined by 、, and the words each has of its own name the
    indicator no worse for `claim`."""
    if not text or not other.end <= claim.start:
        return False
    between = "".join(text[other.end:claim.start].split())
    if not between.startswith("、") or _DIGIT.search(between):
        return False
    items = ["".join(text[other.clause[0]:other.start].split()), between[1:]]
    scores = _distinct_coverage(items, _QUOTE_MARKS.sub("", indicator))
    return scores[1] >= scores[0] > 0 or scores[1] > scores[0]


def _first_of_items(claim: Claim, outside: list[Claim], indicator: str, text: str) -> tuple[str, Claim, str] | None:
    """完成煤电机组灵活性改造132万千瓦、节能降碳改造66万千瓦、供热改造60万千瓦, quoted to its first figure: the items
    after it, each with a figure of the same measure word, carry the first's head (煤电机组); where the indicator
    names another item than the first clearly better (节能降碳改造), that item, its figure and the first."""
    if not text:
        return None
    run = [claim]
    for other in sorted(outside, key=lambda c: c.start):
        if other.start > run[-1].end and "".join(text[run[-1].end:other.start].split())[:1] == "、" \
                and other.quantity.unit == claim.quantity.unit:
            run.append(other)
        elif other.start > run[-1].end:
            break
    if len(run) < 2:
        return None
    items = ["".join(text[claim.clause[0]:claim.start].split())]
    items += ["".join(text[a.end:b.start].split()).lstrip("、") for a, b in zip(run, run[1:], strict=False)]
    if not all(items) or any(_DIGIT.search(item) for item in items):
        return None
    scores = _distinct_coverage(items, indicator)
    best = max(range(len(items)), key=scores.__getitem__)
    return (items[0], run[best], items[best]) if scores[best] - scores[0] >= 0.5 else None


def _named_list(claim: Claim, claims: list[Claim], text: str) -> tuple[list[str], list[Claim]] | None:
    """A list of names before 分别 or 依次 and as many figures after it, each with words of its own
    (城市、农村低保标准分别提高到每人每月780元、每人每年5600元): the names, the last cut to the others' length
    where it runs on into what they share (农村, of 农村低保标准), and the figures; None where the quote holds
    no such list, or not the whole of it."""
    if not text:
        return None
    low = claim.clause[0]
    lead = text[low:claim.start]
    at = _IN_ORDER.search(lead)
    if at is None:
        return None
    run = [c for c in claims if c.clause[0] == low and c.start >= low + at.end()]
    names = _ITEM_JOINS.split("".join(lead[:at.start()].split()))
    if len(run) < 2 or len(names) != len(run) or not all(names) or claim not in run \
            or len({c.subject for c in run}) == 1 or any(text[a.end:b.start].strip() not in "、和及与，," and not
                                                         _ITEM_JOINS.match("".join(text[a.end:b.start].split()))
                                                         for a, b in zip(run, run[1:], strict=False)):
        return None
    short = max(len(name) for name in names[:-1])
    if len(names[-1]) > short:
        names[-1] = names[-1][:short]
    doing = _SHARED_DOING.match(names[0])
    if doing is not None and doing.end() < len(names[0]) and not any(_SHARED_DOING.match(name) for name in names[1:]):
        names[0] = names[0][doing.end():]  # (新建改扩建公办幼儿园、中小学: the doing is both items')
    return names, run


_SHARED_DOING = regex.compile(r"(?:新建|改扩建|改建|扩建|新增|建设|改造|建成|完成|提升|新改扩建|新改建)+")


def _distinct_coverage(items: list[str], indicator: str) -> list[float]:
    """For each item of a list, the share of the characters no other item has that the
    indicator names (新建城市书房、农家书屋 and 新建农家书屋: 2 of 5, 3 of 3)."""
    chars = [set(to_simplified(item)) for item in items]
    named = set(to_simplified(indicator))
    scores = []
    for k, mine in enumerate(chars):
        own = mine.difference(*(c for j, c in enumerate(chars) if j != k))
        scores.append(len(own & named) / len(own) if own else 0.0)
    return scores


def _item_keys(items: list[str], indicator: str) -> list[bool]:
    """For each item of a list of kinds with one head (改造城市老旧燃气、供水、排水管网), whether the indicator names
    the word that tells it from the others: the first item's last two characters, a middle one's first two and the
    last one's first two once the head it shares with the indicator is taken off (燃气, 供水, 排水: 改造城市老旧供水管网
    names only 供水)."""
    items = ["".join(to_simplified(item).split()) for item in items]
    shared = len(_common_prefix([item[::-1] for item in items]))  # (燃气管网、供水管网、排水管网: each with its head)
    if shared >= 2:
        items = [item[:-shared] for item in items]
    head = len(_common_prefix([items[-1][::-1], indicator[::-1]]))
    last = items[-1][:-head] if 0 < head < len(items[-1]) else items[-1]
    keys = [items[0][-2:], *(item[:2] for item in items[1:-1]), last[:2]]
    return [key in indicator for key in keys]


def _listed_things(lead: str) -> list[str] | None:
    """The things a figure's clause lists before it, sharing one doing (药品、医疗器械、化妆品抽检: 药品, 医疗器械,
    化妆品抽检); None where it lists none, gives each its own figure (分别), or lists doings (老旧小区改造、加装电梯:
    the figure is the last one's)."""
    lead = _CLAUSE_MARKS_RE.split(lead)[-1]
    if "、" not in lead or "分别" in lead or "依次" in lead or _DIGIT.search(lead):
        return None  # (城市、县城燃气普及率依次为99.2%、98.4%: each its own figure)
    lead = _LEADING_DOING.sub("", lead)
    items = [item for item in _ITEM_JOINS.split(lead) if item]
    if len(items) < 2 or any(len(item) < 2 or _DOING.search(item) for item in items[:-1]):
        return None
    return items


_CLAUSE_MARKS_RE = regex.compile(r"[，,：:；;（(）)]")
_LEADING_DOING = regex.compile(r"^(?:(?:全年|全市|全县|全区|累计|共|已|完成|开展|实施|组织|新建|新增|建成|改造|"
                            r"更新|建设)+)")


def _common_prefix(texts: list[str]) -> str:
    shortest = min(texts, key=len)
    for at, character in enumerate(shortest):
        if any(text[at] != character for text in texts):
            return shortest[:at]
    return shortest


def figure_of(quoted: Quoted, declared: Quantity | None) -> Claim | None:
    """The quote's claim of the declared figure, if it states it."""
    if declared is None:
        return None
    same = [c for c in quoted.claims if _same_number(declared, c.quantity)]
    # (a row of 基期值 95.0 and 目标值 95以上, for 95%以上: the figure said as declared, then not a target's)
    return min(same, key=lambda c: (c.quantity.qualifier != declared.qualifier,
                                    _target_column(quoted.release.text, c)), default=None)


def row_of_both(quoted: Quoted, plan_figure: int | None) -> bool:
    """The quote is one row of a table whose target column holds the plan's figure (新增公办学位（个）
    3600  3820  106.1% under 年度目标 / 完成情况 / 完成率): the row states the target and what was done
    in cells of their own, and the outcome's figure is looked for outside the target column."""
    text = quoted.release.text
    if plan_figure is None or "\n" in text[quoted.match.start:quoted.match.end].strip():
        return False
    cell = table_cell(text, plan_figure)
    return cell is not None and quoted.match.start <= plan_figure < quoted.match.end and bool(
        _TARGET_WORDS.search(cell[1]) or _PLANNED_COLUMN.search(cell[1]))


def _target_column(text: str, claim: Claim) -> bool:
    """The figure is in a table's column of targets (目标任务, 年度目标, 计划)."""
    cell = table_cell(text, claim.start)
    return cell is not None and bool(_TARGET_WORDS.search(cell[1]) or _PLANNED_COLUMN.search(cell[1])) \
        and not _DONE_WORDS.search(cell[1])


# (项目  年初安排  实际完成: the first column is the target; so is 考核值)
_PLANNED_COLUMN = regex.compile(r"安排|下达|年初|规划|考核值|目标值|预期值|任务(?:数|量)?(?:[（(]|$)")


# (12万农村人口: a bare number whose noun counts people; 3000低收入农户: households)
_NOUN_UNIT = {"人": regex.compile(r"[\u4e00-\u9fff]{0,5}?(?:人口|人员|居民|群众|人)"),
              "户": regex.compile(r"[\u4e00-\u9fff]{0,5}?户")}


def _counted_by_noun(text: str, claim: Claim, declared: Quantity) -> Claim:
    """A bare number the noun after it gives the declared measure word (12万 of 12万农村人口, for 12万人). A verb
    of change before it governs the noun's phrase, not the number (提升12万农村人口供水保障水平: 12万 are served)."""
    noun = _NOUN_UNIT.get(declared.unit) if not claim.quantity.unit else None
    if noun is None or not noun.match(text, claim.end, min(claim.clause[1], claim.end + 8)):
        return claim
    change = claim.change if claim.change is not None and claim.change.relative else None
    return changed(claim, quantity=changed(claim.quantity, unit=declared.unit), change=change)


def _owned_by_named(quoted: Quoted, claim: Claim, declared: Quantity, indicator: str) -> bool:
    """The claim is the figure of a place the indicator names."""
    owner = _place_of(quoted, claim, declared)
    return owner is not None and any(place in indicator for place in owner[0])


_SINCE_YEAR_END = regex.compile(r"(?:比|较)(?:上年末|上年底|去年底|去年末|年初)(?:净)?(?:增加|新增|增长)$")


def _same_number(a: Quantity, b: Quantity) -> bool:
    try:
        if a.dimension != b.dimension:
            return False
        if to_base(a.value, a.unit)[0] != to_base(b.value, b.unit)[0]:
            return False
        if (a.upper is None) != (b.upper is None):
            return False
        return a.upper is None or b.upper is None or to_base(a.upper, a.unit)[0] == to_base(b.upper, b.unit)[0]
    except CheckerError:
        return False


def _written(quantity: Quantity) -> str:
    written = "".join(quantity.text.split())
    if quantity.unit and written[-1:].isdigit():  # a table's cell (≥60, of a row in %): say its unit
        written += quantity.unit
    return written


def listing(quantities: list[Quantity]) -> tuple[str, ...] | Message:
    """The quote's quantities as the quote writes them (3.6万个, not 36000个)."""
    if not quantities:
        return Message("quote-no-quantity")
    return tuple(_written(q) for q in quantities)


# --- the plan --------------------------------------------------------------------------------

def check_plan(quoted: Quoted, plan: Plan, claim: Claim | None, deadline: date | None, report: Report) -> None:
    """The comparator agrees with the quote's qualifier; an approximate target has one chosen by
    the author; 今年/明年 agree with the deadline; 2025年前 is not read as a date."""
    if claim is not None:
        qualifier = claim.quantity.qualifier
        expected = COMPARATOR_OF.get(qualifier)
        if expected is not None and plan.comparator is not None and plan.comparator is not expected:
            report(Message("plan-comparator-contradicts", comparator=plan.comparator, stated=_written(claim.quantity),
                           expected=expected), "plan", "comparator")
        lead = "".join(quoted.release.text[claim.clause[0]:claim.start].split())
        falling = FALLING.search(lead)
        if falling and expected is None and plan.comparator not in (Comparator.at_most, Comparator.less_than,
                                                                    Comparator.exactly, Comparator.between):
            # 降至25微克/立方米: a ceiling; read as a floor (the default), 26.3 would meet it
            report(Message("plan-falling-target", word=falling.group(), stated=_written(claim.quantity)),
                   "plan", "comparator" if plan.comparator is not None else "value")
    published = quoted.release.release.published
    if deadline is not None:
        for word, offset in _relative(quoted.text):
            year = quoted.release.said_on.year + offset  # (as the release's reading has it: of the meeting's day)
            if year != deadline.year:
                report(Message("plan-relative-year-differs", word=word, year=year, published=published,
                               deadline=deadline), "plan", "deadline")
    for text in quoted.reading.ambiguous:
        if text in "".join(quoted.text.split()) and not (plan.note and _is_iso(plan.deadline)):
            year = int(text[:4])
            report(Message("plan-ambiguous-before", text=text, year=year, previous=year - 1), "plan", "deadline")


def check_target(quoted: Quoted, claim: Claim, declared: Quantity, plan: Plan, start: date | None,
                 deadline: date | None, report: Report) -> None:
    """A plan's figure is a target: not what a section of results or of the base reached
    (第一章 发展基础: …农村自来水普及率达到86%); the plan's `start` is not before the period its
    quote states (2026年为民办实事安排, start: 2025-01-01 would count 2025's work toward 2026's);
    its deadline is the one its sentence gives the figure (2025年底前…4000户，到2027年…1.2万户:
    4000户 is due by 2025)."""
    text = quoted.release.text
    published = quoted.release.release.published
    if claim.section is ClaimKind.plan and deadline is not None \
            and deadline < published and not _DONE_BEFORE.search("".join(text[claim.clause[0]:claim.end].split())):
        # 三、下步打算 … 新建农贸市场快检室30个, in a release of 2026, for a deadline of 2025: a task still to do
        report(Message("plan-task-deadline-passed", deadline=deadline, published=published), "plan", "deadline")
    own = claim.period
    if (deadline is not None and own is not None and own.end is not None and claim.period_text
            and own.end.year != deadline.year and any(ch.isdigit() for ch in claim.period_text)  # (今年: below)
            and to_simplified(claim.period_text) in to_simplified("".join(
                text[_sentence_start(text, claim.start, SENTENCE_ENDS, titles=False):claim.start].split()))
            and claim.period_text in "".join(quoted.text.split())
            # (a quote naming no period of the deadline's year is _deadline_in_quote's to refuse)
            and any(period.end is not None and period.end.year == deadline.year
                    for _, period in find_periods(quoted.text))):
        report(Message("plan-deadline-contradicts-quote", written=plan.deadline or "—", deadline=deadline,
                       said=claim.period_text), "plan", "deadline")
    lead = "".join(text[claim.clause[0]:claim.start].split())
    base = _heading_over(text, claim.start) if _names_a_base(text) else None
    if base and _BASE.search(base) and claim.kind is not ClaimKind.plan and not _TARGET_WORDS.search(lead):
        report(Message("plan-figure-is-result", declared=declared.text, heading=base), "plan", "value")
    elif claim.section is ClaimKind.outcome and claim.kind is not ClaimKind.plan and not _TARGET_WORDS.search(
            sentence_of := "".join(text[_sentence_start(text, claim.start, SENTENCE_ENDS, titles=False):claim.end]
                                   .split())) and not _SET_OUT.search(sentence_of) \
            and (heading := _heading_over(text, claim.start)) is not None and _REVIEW_HEADING.search(heading):
        # (一、2024年工作回顾 … 新增公共充电桩4200个: last year's result, not this year's target)
        report(Message("plan-figure-is-result", declared=declared.text, heading=heading), "plan", "value")
    elif (cell := table_cell(text, claim.start)) is not None and _DONE_WORDS.search(cell[1]) \
            and not _TARGET_WORDS.search(cell[1]):
        # 新建社区食堂  50个  43个 under 年度目标 and 完成情况: 43个 is what was done, not the target
        report(Message("plan-figure-is-result", declared=declared.text, heading=cell[1]), "plan", "value")
    elif (claim.kind is ClaimKind.stat and claim.period is not None and claim.period.end is not None
          and claim.period.end < published and re.fullmatch(r"[\d.]+", claim.quantity.text)):  # (a table's cell)
        # 每千名老年人拥有养老床位（张）  32  38: 32 is the 2020 base, not the 2025 target
        report(Message("plan-figure-is-result", declared=declared.text, heading=claim.period_text or "—"),
               "plan", "value")
    period, said = claim.period, claim.period_text or ""
    sentence = titled = ""
    if start is not None and period is not None and period.start is not None and said:
        sentence = "".join(text[_sentence_start(text, claim.start, SENTENCE_ENDS, titles=False):claim.start].split())
        titled = "".join(text[_sentence_start(text, claim.start, SENTENCE_ENDS):claim.start].split())
    words = "".join(text[claim.clause[0]:claim.start].split()) + "".join(quoted.text.split())
    if (sentence and period is not None and period.start is not None and period.end is not None and start is not None
            and start < period.start and (period.end - period.start).days <= 366
            and not re.search("(?:到|至|截至|截止)" + re.escape(said), sentence)  # (到2025年 is a deadline)
            # the year of the plan's own words or of the heading over them, not of another clause's figure
            # (婴儿死亡率2025年为3.9‰，低于规划确定的5‰以下目标)
            and (said in words or said not in sentence or titled.startswith(said))):
        report(Message("plan-start-before-period", start=start, said=said, begins=period.start), "plan", "start")


# a heading over what a plan reached before it (第一章 发展基础, 一、“十三五”时期取得的成就)
_BASE = regex.compile(BASE_HEADINGS)
# a heading over a year's results (一、2024年工作回顾), where a plan's figure is none
_REVIEW_HEADING = regex.compile(r"工作回顾|主要成效|工作成效|主要成绩|工作成绩|取得的成绩|完成情况|工作总结")


@functools.lru_cache(maxsize=256)
def _names_a_base(text: str) -> bool:
    return _BASE.search(text) is not None


def under_review(text: str, at: int) -> bool:
    """Position `at` is under a heading of results (一、2024年工作回顾)."""
    heading = _heading_over(text, at)
    return heading is not None and _REVIEW_HEADING.search(heading) is not None


def _heading_over(text: str, at: int) -> str | None:
    """The nearest numbered heading line above position `at` (一、…, 第一章 …), flat; None where
    there is none in the few thousand characters before it."""
    line_start = text.rfind("\n", 0, at)
    if line_start < 0:
        return None
    headings = _HEADING_LINE.findall(text, max(0, line_start - _HEADING_REACH), line_start)
    return "".join(headings[-1].split()) if headings else None


_HEADING_REACH = 3000
# a numbered line of its own with no clause punctuation: a heading (NUMBERED, at a line's start)
_HEADING_LINE = regex.compile(r"(?m)^[ \t\u3000]*(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[）)]|"
                              r"\d+[、.．]|第[一二三四五六七八九十]+[章节部分篇])[^\n，,。；;]{0,30}$")


def check_adjusted(quoted: Quoted, claim: Claim, declared: Quantity, report: Report) -> None:
    """A target as adjusted during its period (年中根据生源变化调整为18所) is not the target as set:
    met against it, a lowered target would be met."""
    lead = "".join(quoted.release.text[claim.clause[0]:claim.start].split())
    adjusted = _ADJUSTED.search(lead)
    if adjusted:
        report(Message("plan-target-adjusted", declared=declared.text, word=adjusted.group()), "plan", "value")


def _relative(text: str) -> list[tuple[str, int]]:
    flat = "".join(text.split())
    return list(dict.fromkeys((m.group(), RELATIVE_YEARS[m.group()]) for m in RELATIVE_YEAR_WORDS.finditer(flat)))


def _is_iso(value: str | None) -> bool:
    try:
        return value is not None and bool(date.fromisoformat(value.strip()))
    except ValueError:
        return False


# --- an outcome ------------------------------------------------------------------------------

# (a document whose year is the year it was delivered in, not its figures': 2026年政府工作报告 reviews 2025)
_YEAR_OF_BRACKET = regex.compile(r"[（(](?:19|20)\d\d年(?:底|末)?(?:为|是|仅为)[\d.]+[^（()）]{0,6}[）)]")
_NAMES_DOCUMENT = regex.compile(r"(?:度)?(?:政府工作报告|工作要点|工作报告)")


def check_year(quoted: Quoted, as_of: date, report: Report, where: tuple[object, ...],
               plan_year: int | None = None, value: str = "") -> None:
    """A year the quote states (2023年, or 去年 read against its release) is the year of as_of; a year
    that names the plan's own programme (`plan_year`: 至此，2025年民生实事确定的10个…, reported late) is none."""
    # (…72.6%（2024年为69.8%）: the bracket's year is of its own figure, unless that is the value: 37所（2023年为42所）)
    flat = _YEAR_OF_BRACKET.sub(lambda m: m.group() if value and _NUMBER_OF.search(value)
                                and _NUMBER_OF.search(value).group() in m.group() else "",  # type: ignore[union-attr]
                                "".join(quoted.text.split()))
    # a year something is yet to happen in (新院区将于2025年6月投入使用) is no date of the outcome; nor the year of a
    # document named (（2026年政府工作报告初步统计为186个…）)
    years = [(text, year) for text, year in stated_years(flat) if not _AHEAD.search(flat.split(text)[0])
             and not (year == plan_year and _NAMES_PROGRAMME.match(flat.split(text, 1)[1]))
             and not _NAMES_DOCUMENT.match(flat.split(text, 1)[1])]
    # 上年同期 is of the year before the sentence's, which the reading of its figure knows
    read = {claim.period_text: claim.period.end.year for claim in quoted.claims
            if claim.period is not None and claim.period.end is not None and claim.period_text in RELATIVE_YEARS
            } if "同期" in flat else {}
    # (去年 said at a meeting of 2025-12-29, published 2026-01-08: 2024)
    years += [(word, read.get(word, quoted.release.said_on.year + offset)) for word, offset in _relative(quoted.text)
              if not _AHEAD.search(flat.split(word)[0])]  # (预计明年3月投入使用)
    if years and all(year != as_of.year for _, year in years):
        said = tuple(dict.fromkeys(text for text, _ in years))
        report(Message("outcome-year-differs", as_of=as_of, said=said), *where, "as_of")
    elif not years and value and not _AS_OF_NOW.search(flat) \
            and not _DATED_BRACKET.match(quoted.release.text, quoted.match.end):  # (…26.4%（为2024年…数据）)
        # (全年更新新能源公交车218辆 in 宜昌市2025年民生实事项目完成情况…, 高中阶段毛入学率94.1% in 2025年…统计公报,
        # out in 2026: the year its title reviews, where the figure's reading dates it so; not a plan of 2025 out in
        # 2025, whose 全年 may be of the year it looks back on, unless its paragraph opens with that year: 2024年，…。
        # 全年改造…126公里)
        text = quoted.release.text
        opens = _YEAR_OPENS.match(text, text.rfind("\n", 0, quoted.match.start) + 1)
        dated = {claim.period.end.year for claim in quoted.claims if claim.period is not None
                 and claim.period.start is not None and claim.period.end is not None
                 and claim.period.start.year == claim.period.end.year}
        opened = int(opens.group(1)) if opens is not None else None
        if not dated and opened is not None:
            dated = {opened}  # (a figure of no period of its own, in a paragraph that opens with its year)
        # (the title's year last: a release too long to read whole is not read for it where nothing is dated)
        if len(dated) == 1 and as_of.year not in dated and dated & {opened, quoted.release.reader.title_year}:
            said_year = f"{dated.pop()}年"
            said_year = f"全年（{said_year}）" if "全年" in flat else said_year
            report(Message("outcome-year-differs", as_of=as_of, said=(said_year,)), *where, "as_of")


def _quote_period(text: str, start: int, end: int, lead: str, as_of: date) -> tuple[str, date, date] | None:
    """The period the quote opens with (下半年…, 10月底…), of the year its sentence named last before it (2024年上半年，
    …，下半年…: 2024), or else of as_of's; None where it opens with none."""
    if not _QUOTE_PERIOD.match("".join(text[start:end].split())):
        return None
    years = _YEAR_ONLY.findall("".join(lead.split()))
    return dated_span(text[start:end], int(years[-1][:4]) if years else as_of.year)


_QUOTE_PERIOD = regex.compile(r"(?:[上下]半年|[一二三四]季度|第[一二三四]季度|前三季度|\d{1,2}[-—–~～至到]\d{1,2}月|"
                           r"(?:截至|截止|到)?(?:(?:19|20)\d\d年)?\d{1,2}月(?:底|末))")
_YEAR_OPENS = regex.compile(r"[ \t\u3000]*((?:19|20)\d\d)年[，,]")
_DATED_BRACKET = regex.compile(r"\s*[（(][^（()）]{0,12}?(?:19|20)\d\d年")
_AS_OF_NOW = regex.compile(r"目前|截至目前|当前|现已|至今|截至发稿|近日")  # (目前…已完成投资…: the day it was said)
_YEAR_ONLY = regex.compile(r"(?:19|20)\d\d年")
_BRACKETED = regex.compile(r"[（(][^（()）]*[）)]")
# (a bracket of the basis a figure is on, closed or cut by the figure: not one of what it holds, （含快检）)
_BASIS_BRACKETS = regex.compile(r"[（(](?!含|包括|包含|不含|其中)[^（()）]*(?:[）)]|$)")
_NOTE_AFTER = regex.compile(r"\s*[（(]([^）)]{1,20})[）)]")
_AHEAD = regex.compile(r"(?:将|计划|预计|力争|有望|推迟|延期|延)(?:于|在|至|到)?$")
# a year that names a programme, not a date (至此，2025年民生实事确定的10个…全部建成投用)
_NAMES_PROGRAMME = regex.compile(r"度?(?:重点)?(?:民生实事|为民办实事|民生工程|计划|目标|任务|工作要点|政府工作报告)")


def check_dated(quoted: Quoted, as_of: date, report: Report, where: tuple[object, ...],
                plan_start: date | None = None, *, part: bool = True, plan_year: int | None = None) -> None:
    """A date the quote's sentence gives its figures before the quote ends (截至2025年6月底, 2025年
    1-6月, 上半年) is the outcome's as_of: a mid-year figure declared as the year's is refused,
    also when the quote is cut after the date; so is the figure of the year's end part (下半年,
    四季度, 7—12月), which ends on as_of but is not the year's."""
    text, start, end = quoted.release.text, quoted.match.start, quoted.match.end
    left = _sentence_start(text, start)
    before = text[left:start]
    if table_cell(text, start) is not None:
        # (a row's own line and what is above the table, 截至9月底，各项目完成情况如下：, not the rows above it:
        # 其中2所计划2026年春季学期交付 is a 备注 of another row)
        row = text.rfind("\n", 0, start) + 1
        before = table_intro(text, row) + text[row:start]
    # (an earlier clause's event with its own date, 市特殊教育资源中心于2024年9月建成投用，…, dates only that
    # clause: it is left out, and the sentence's other dates stay)
    lead = _without_events(before)
    after = _NOTE_AFTER.match(text, end)  # 2150个（截至2025年9月底）: a date in brackets straight after the figure
    # (截至11月底: of as_of's year)
    # (送戏下乡活动上半年完成452场，下半年完成618场, quoted from 下半年: the quote's own date before the sentence's)
    dated = _quote_period(text, start, end, lead, as_of)
    dated = dated or dated_span(lead + text[start:end] + (after.group(1) if after else ""), as_of.year)
    if dated is None and table_cell(text, start) is not None:
        # (a row of a table under 注：表中数据为1—11月统计数: the note dates the table's figures)
        note = _TABLE_NOTE.search(text, end, min(len(text), end + 600))
        dated = dated_span(note.group(1), as_of.year) if note is not None else None
    if dated is None and (notes := _text_notes(text)):
        # (注：文中家庭医生签约、老年人健康管理相关数据均为截至2025年11月底统计数: the note dates its topics' figures)
        words = to_simplified("".join(text[left:_sentence_end(text, end)].split()))
        note_text = next((note for at, topics, note in notes
                          if at > start and any(topic in words for topic in topics)), None)
        dated = dated_span(note_text, as_of.year) if note_text is not None else None
    if dated is not None and dated[2] != as_of:
        report(Message("outcome-date-differs", as_of=as_of, said=dated[0], date=dated[2]), *where, "as_of")
        return
    if dated is not None and plan_year is not None and dated[1].year > plan_year \
            and not dated[0].startswith(("截至", "截止", "到", "至")) and not dated[0].endswith(("底", "末")):
        # (今年1—8月，全市完成…128公里, in 2026, for a plan of 2025: none of it is the plan's work; not 截至2025年3月底,
        # as at that day, which may count since the plan began)
        report(Message("outcome-period-after-plan", as_of=as_of, said=dated[0], start=dated[1], year=plan_year),
               *where, "as_of")
        return
    published = quoted.release.release.published
    to_now = _SINCE_TO_NOW.search("".join((lead + text[start:end]).split())) if dated is None else None
    # (…累计新增护理型床位2860张，其中2024年新增护理型床位1540张: the figure's own clause names its year)
    own_clause = "".join(text[max(text.rfind(mark, 0, start) for mark in "，,；;。") + 1:end].split())
    if to_now is not None and _YEARS.search(own_clause) and not _SINCE_TO_NOW.search(own_clause):
        to_now = None
    if to_now is not None and (published - as_of).days > 31:
        # (去年以来，全市新建绿道102公里, said in June of the year after: a total to the day it was said)
        report(Message("outcome-date-differs", as_of=as_of, said=to_now.group(), date=published), *where, "as_of")
        return
    season = _SEASON.search(lead + text[start:end]) if part else None
    if season is not None:
        # (非采暖季PM2.5平均浓度: part of the year, whatever day it ends)
        report(Message("outcome-season", as_of=as_of, said=season.group()), *where, "as_of")
        return
    if part and dated is not None and dated[1] < min(date(as_of.year, 1, 1), plan_start or date.max):
        # (2024年10月至2025年12月（项目周期），为6.4万名…: fifteen months, for a plan of 2025)
        report(Message("outcome-period-starts-before", as_of=as_of, said=dated[0], start=dated[1]), *where, "as_of")
        return
    if part and dated is not None and dated[1] > max(date(as_of.year, 1, 1), plan_start or date.min):
        # (全年PM2.5平均浓度为42微克/立方米。其中，下半年…为38: the half year's, for the year's target)
        report(Message("outcome-period-part", as_of=as_of, said=dated[0], start=dated[1]), *where, "as_of")
        return
    # the year the sentence states before the quote (2024年，全市新建幼儿园12所, quoted from 全市):
    # the quote's own years are check_year's
    if _NOW.search(lead):
        return  # 目前, 截至目前: as of the release, whatever year the sentence named before
    if _YEAR_NOTED.match("".join(text[end:end + 60].split())):
        return  # (…26.4%（为2024年卫生总费用核算数据）: the bracket dates it, which check_reported holds to as_of)
    # (a bracket's year is of what it holds: 新增普惠性托位1620个（含2024年结转项目新增托位410个），…)
    lead = _BRACKETED.sub("", lead)
    years = stated_years(lead)
    years += [(word, quoted.release.said_on.year + offset) for word, offset in _relative(lead)]
    if years and all(year != as_of.year for _, year in years) and not stated_years(quoted.text):
        said = tuple(dict.fromkeys(text for text, _ in years))
        report(Message("outcome-year-differs", as_of=as_of, said=said), *where, "as_of")


_DATE_BOUNDS = "。！？!?；;"
# (夏秋季空气质量优良天数比例: a season's level is part of a year's; not 秋季学期, a school's term, nor 汛期前, a
# deadline of work)
_SEASON = regex.compile(r"非?采暖季|非?供暖季|"
                        # (国庆假期期间公交日均客运量突破48万人次: the days of a holiday, whatever the figure)
                        r"(?:国庆|春节|五一|元旦|中秋|端午|清明)(?:假期|黄金周|长假|小长假)期?间?|黄金周期间|"
                        r"(?:[春夏秋冬]{1,2}两?季|寒暑假|暑假|寒假|节假日|旅游旺季|枯水期|丰水期|平水期|非?汛期|(?<!["
                        r"全今当本])年中(?!心))"
                        r"(?:期间)?(?=[^，,。；;\d]{0,30}?(?:比例|比率|浓度|指数|天数|达标率|优良率|失业率))")
@functools.lru_cache(maxsize=64)  # (a text's hash is kept by the str: the release is scanned once)
def _text_notes(text: str) -> list[tuple[int, tuple[str, ...], str]]:
    """The notes of a release that date the figures of topics in its text (注：文中A、B相关数据均为…): where
    each is, its topics, its words."""
    found = []
    for match in _TEXT_NOTE.finditer(text):
        topics = tuple(topic for topic in re.split("[、，,和及与]", to_simplified(match.group(2)).replace("相关", ""))
                       if len(topic) >= 2)
        found.append((match.start(), topics, match.group(1)))
    return found


_TEXT_NOTE = regex.compile(r"\n[ \t\u3000]*注\d?[：:]([^\n]*?(?:文中|本文|文内)"
                           r"([^\n]{2,40}?)(?:数据|数字|统计数)[^\n]*)")
_TABLE_NOTE = regex.compile(r"\n\s*注\d?[：:]([^\n]*?(?:表中|本表|上表|以上)[^\n]*)")
_EVENT_DATED = regex.compile(r"[^，,]*于(?:19|20)\d\d年\d{1,2}月[^，,]*[，,]")


def _without_events(lead: str) -> str:
    """The words before a quote without the clauses that date an event of their own (…于2024年9月建成投用，)."""
    lead = _EVENT_DATED.sub("", lead) if "于" in lead else lead
    # (《政府工作报告》中148立方米/秒为2024年11月底统计数，经…复核，…为156立方米/秒: the date of the other figure)
    return _FIGURE_DATED.sub("", lead) if "数" in lead else lead


_FIGURE_DATED = regex.compile(r"[^，,。；;]*?\d[\d.]*\s*[^\d\s，,。；;]{0,6}?(?:为|系|是)[^，,。；;\d]{0,4}?"
                              r"(?:19|20)\d\d年[^，,。；;]{0,12}?(?:统计数|统计数据|快报数|初步统计数|数据)[，,]")


def stated_start(quoted: Quoted, as_of: date) -> date | None:
    """Where the period of a figure begins, as its sentence (up to the quote's end) states it: 2025年,
    2025年1-6月, 截至2025年6月底 and 上半年 begin on 1 January 2025, 2025年7-12月 and 下半年 on
    1 July; None where no year is stated."""
    text, start, end = quoted.release.text, quoted.match.start, quoted.match.end
    # (全年分两批次…，上半年…580场，下半年开展…710场, quoted from 下半年: the quote's own period first)
    own = _quote_period(text, start, end, text[_sentence_start(text, start):start], as_of)
    # (not 10月底第二批次29座…: a day it is as of, which says nothing of where its count begins)
    if own is not None and not own[0].endswith(("底", "末")) and not own[0].startswith(("截至", "截止", "到")):
        return own[1]
    span = text[_sentence_start(text, start):end]
    dated = dated_span(span)
    if dated is not None:
        return dated[1]
    years = stated_years(span)
    if years:
        return date(years[-1][1], 1, 1)
    # 全年: the whole of the year the figure is of
    return date(as_of.year, 1, 1) if "全年" in "".join(span.split()) else None
_NOW = regex.compile(r"目前|截至目前|当前|现已|至今")
# (去年以来, 2025年以来: a running total to the day it is said)
_SINCE_TO_NOW = regex.compile(r"(?:去年|上年|(?:19|20)\d\d年)以来")


def _sentence_start(text: str, start: int, ends: str = _DATE_BOUNDS, *, titles: bool = True) -> int:
    return sentence_start(text, start, ends, titles=titles)


def check_outcome_dates(quoted: Quoted, outcome: Outcome, report: Report, where: tuple[object, ...],
                        plan_year: int | None = None, plan_start: date | None = None) -> None:
    """A year the quote states is the year of as_of, a date its sentence gives is as_of; a running
    total is not an increment."""
    check_year(quoted, outcome.as_of, report, where, plan_year, "".join((outcome.value or "").split()))
    # (an increment may be of part of the year: the increments add up to the year's)
    check_dated(quoted, outcome.as_of, report, where, None if outcome.increment else plan_start,
                part=not outcome.increment, plan_year=plan_year)
    if outcome.increment:
        # (海上风电累计并网装机1298万千瓦，比上年末增加118万千瓦: the stock's 累计, not the increment's)
        flat_quote = "".join(quoted.text.split())
        rise = _RISEN_SINCE.search(flat_quote)
        counted = flat_quote[rise.end():] if rise is not None else flat_quote
        running = [word for word in quoted.reading.cumulative if word in counted]
        # (1—9月，全市累计开展…1.71万人次, the first increment of a plan from January: the months' own total)
        span = dated_span(flat_quote, outcome.as_of.year) if running and plan_start is not None else None
        if running and not (span is not None and plan_start is not None and span[1] <= plan_start
                            and span[2] == outcome.as_of):
            report(Message("outcome-increment-running-total", word=running[0]), *where, "increment")


# a ratio stated as a floor (超过110%, 110%以上) proves at least the plain figure; any other qualifier does not
_FLOORS = (Qualifier.EXACT, Qualifier.MORE_THAN, Qualifier.AT_LEAST)


# a target set above the city (完成省定目标的120%, 省下达任务, 国家下达): its ratio is not of the city's own
# a plan that is the province's task (纳入省民生实事的…), not one that counts a provincial grade (新增省级…企业30家)
_PROVINCES_TASK = regex.compile(r"省民生实事|省级?重点民生实事|省[^，,。；;\d]{0,8}?(?:任务|目标)")
# (省住房城乡建设厅下达的年度任务, 省通信管理局下达的…任务: a department of the province's)
_OTHER_SETTER = regex.compile(r"省定|省[^，,。；;\d]{0,12}?下达|省级下达|省里下达|上级下达|国家下达|中央下达|省定市定|"
                              r"省、市|自治区定|自治区[^，,。；;\d]{0,12}?下达")  # (自治区下达我市的…年度任务)
_ANNUAL = regex.compile(r"年度|全年|当年")
# a target changed after the plan set it (完成调整后计划的102.4%, 按调整后任务完成100%)
_TARGET_CHANGED = regex.compile(r"(?:调整|调减|下调|变更|修订|修改)后(?:的)?(?:年度)?(?:计划|任务|目标)|"
                                r"调整(?:的)?(?:年度)?(?:投资)?(?:计划|目标)")  # (完成调整计划的104%)
_CHECKED_TARGET = regex.compile(r"核定(?:后)?(?:的)?(?:年度)?(?:计划|任务|目标)")
_LOWERED = regex.compile(r"调减|下调|核减任务|由[\d.]+[^\d，,。；;]{0,4}?(?:调整|调减|下调)为")
# a longer period's target (“十四五”规划目标任务)
_LONGER_TARGET = regex.compile(r"[“\"]?十[二三四五六]五[”\"]?(?:规划)?(?:目标|任务)?|五年(?:规划)?(?:目标|任务)|"
                               r"三年行动(?:计划)?(?:目标|任务)?|(?:中长期|远景)(?:规划)?目标")
# (“时间过半、任务过半”: the pace by mid-year)
_PART_TARGET = regex.compile(r"(?:上半年|下半年|一季度|第一季度|前三季度|二季度|三季度|阶段性|序时|时序|汛前)"
                             r"[^，,。；;]{0,4}(?:目标|任务|进度)|任务过半|上年同期")  # (超额完成上年同期工作量)


def check_whose_target(quoted: Quoted, plan: Plan, target: Quantity | None, comparator: Comparator | None,
                       period: tuple[date | None, date | None], indicator: str, region: str, report: Report,
                       where: tuple[object, ...], *, done: bool = True, ratio: bool = False,
                       places: bool = True) -> None:
    """A claim of completion or a completion ratio is of the plan's own target: not belied by a figure
    its sentence gives (全市城镇新增就业4.8万人，完成省定目标的120%, for a target of 5万), not of a
    year's (年度目标任务全面完成) where the plan runs over several years; one of a target others set
    (省定) is a warning. `done`: whether the outcome says the target was reached (a ratio of 100% or
    more, a claim of met): a ratio below it agrees with a figure short of the target. `places`: whether the places
    the claim opens with are its owner's."""
    owner = _claim_place(quoted) if places else None
    if owner is not None and any(place in "".join(plan.quote.split()) for place in owner):
        owner = None  # (通川区通过…督导评估, planned as 通川区's: the plan's own place)
    if owner is not None and not any(place in indicator for place in owner) and not any(
            same_place(place, region) for place in owner):
        # 全州县农村户厕改造完成年度任务的112%: the county's ratio, not the city's
        report(Message("claim-other-region", owner="、".join(owner), region=region), *where)
        return
    said = "".join(quoted.text.split())
    short = _short_figure(quoted, target, comparator, indicator, region) if done else None
    if short is not None:
        report(Message("completion-belied", stated=_written(short.quantity), target=plan.value or "—"), *where)
        return
    start, deadline = period
    elsewhere = _short_result(quoted, target, comparator, indicator, region, deadline) if done else None
    if elsewhere is not None:
        # (3项民生实事全部完成, above a table of 新增公办学位  12000  11260)
        line, _ = quoted.release.position(elsewhere.start)
        report(Message("completion-belied-in-release", stated=_written(elsewhere.quantity), line=line,
                       subject=elsewhere.subject, target=plan.value or "—"), *where)
        return
    part_target = _PART_TARGET.search(said)
    if part_target and (deadline is None or start is None or (deadline - start).days > 200):
        # 超额完成上半年目标任务: the half year's target, not the year's
        report(Message("completion-of-part-target", word=part_target.group()), *where)
        return
    longer = _LONGER_TARGET.search(said)
    if longer and deadline is not None and start is not None and (deadline - start).days <= 400 \
            and longer.group() not in "".join(plan.quote.split()) \
            and not (plan.value and "".join(plan.value.split()) in said):  # (…确定的120所目标任务: the plan's)
        # (提前完成“十四五”规划目标任务, for the year's 12万亩: the five years' target, not the year's)
        report(Message("completion-of-longer-target", word=longer.group(), start=start, deadline=deadline), *where)
        return
    annual = _ANNUAL.search(said)
    if annual and deadline is not None and start is not None and (deadline - start).days > 366:
        report(Message("completion-of-annual-target", word=annual.group(), start=start, deadline=deadline), *where)
        return
    adjusted = _TARGET_CHANGED.search(said)
    if adjusted is None and _CHECKED_TARGET.search(said) and _LOWERED.search(quoted.release.text):
        adjusted = _CHECKED_TARGET.search(said)  # (完成省厅核定任务的100%, where the task was 由85个调减为70个)
    if adjusted is not None and not _TARGET_CHANGED.search("".join(plan.quote.split())):
        # (完成调整后计划的102.4%: of a target lowered since the plan was set, not of the plan's)
        report(Message("completion-of-other-target", word=adjusted.group()), *where)
        return
    setter = _OTHER_SETTER.search(said)
    if setter and not _OTHER_SETTER.search(plan.quote) and not _PROVINCES_TASK.search(plan.quote):
        # a ratio of another's target is a warning (its figure may still be judged against the city's); a bare
        # claim of it (超额完成省下达任务) says nothing of the city's own target
        # (unless its sentence gives the figure, and it reaches the plan's target: 全市城镇新增就业8.3万人，…均超额
        # 完成省定目标任务)
        vouched = target is None or _short_figure(quoted, target, comparator, indicator, region,
                                                  meeting=True) is not None
        report(Message("completion-of-other-target", word=setter.group()), *where,
               severity=Severity.warning if vouched else Severity.error)


_WIDER_CLAIM = regex.compile(r"全省|我省|本省|全国|全区(?=各)|全自治区")


def _claim_place(quoted: Quoted) -> tuple[str, ...] | None:
    """The places a claim or completion ratio is of: those its clause, or else its sentence, opens
    with (全州县…完成年度任务的112%; 攸县完成…3200户，超额完成县级任务), or the place of the part, the
    speaker or the heading it stands under; None where it names none (the release's own)."""
    text, start, end = quoted.release.text, quoted.match.start, quoted.match.end
    clause = max(text.rfind(mark, max(0, start - 200), start) for mark in _CLAUSE_MARKS) + 1
    sentence = max(_sentence_start(text, start, SENTENCE_ENDS), text.rfind("\n", 0, start) + 1)  # (not a title's)
    clause = max(clause, sentence)
    # the clauses back from the quote's to its sentence's first, the nearest naming a place or the city
    bounds = [sentence - 1, *(m.start() for m in _CLAUSE_MARK.finditer(text, sentence, clause)), clause - 1]
    for low in reversed(sorted(set(bounds))):
        lead = "".join(text[low + 1:end].split())
        head = head_places(lead)
        if head is not None:
            return head[0]
        wider = _WIDER_CLAIM.match(lead)
        if wider:
            return (wider.group(),)  # 全省…全面完成: the province's
        if lead.startswith(_CITY_WIDE):
            speaker = speaker_place(text, start)  # (肥城市副市长：我市…: a county-level city's 我市)
            return (speaker,) if speaker is not None and speaker.endswith("市") and lead.startswith("我市") else None
    lead = "".join(text[clause:start].split())
    part = part_place(text, clause)
    if part is not None:
        return (part,)
    speaker = speaker_place(text, start)
    if speaker is not None and not lead.startswith(_CITY_WIDE):
        return (speaker,)
    return None


def _short_figure(quoted: Quoted, target: Quantity | None, comparator: Comparator | None, indicator: str,
                  region: str, *, meeting: bool = False) -> Claim | None:
    """A figure of the quote's sentence, of the rule's place, that counts what the plan does and falls
    short of its target: below a floor, above a ceiling (`meeting`: one that reaches it)."""
    if target is None or comparator not in (Comparator.at_least, Comparator.more_than, Comparator.at_most,
                                            Comparator.less_than):
        return None
    ceiling = comparator in (Comparator.at_most, Comparator.less_than)  # 31.2微克 above 30: short of it too
    text, start, end = quoted.release.text, quoted.match.start, quoted.match.end
    # (the quote's part of its sentence: …完成年度目标的106%；农村劳动力转移就业1.31万人 is another item)
    low = _sentence_start(text, start, _DATE_BOUNDS, titles=False)
    high = _sentence_end(text, end, _DATE_BOUNDS)
    if table_cell(text, start) is not None:  # (a row of a table is a sentence of its own: no 注 under it)
        low, high = max(low, text.rfind("\n", 0, start) + 1), min(high, _line_end(text, end))
    for claim in quoted.reading.claims_within(low, high):
        if claim.ratio or claim.change is not None or claim.earlier_level or claim.kind is ClaimKind.plan:
            continue  # (计划20个: a target, not what was done)
        lead = text[claim.clause[0]:claim.start]
        if "其中" in lead:
            continue  # (其中新增公办学位8.3万个: a part, which falls short of the whole's target by nature)
        if meeting and (claim.started or _STARTED_AFTER.match("".join(text[claim.end:claim.clause[1]].split())) or
                        _ALL_STARTED.search("".join(text[claim.end:claim.clause[1]].split()))) \
                and not _STARTED.search(indicator):
            continue  # (210个小区全部开工: started, which vouches for no claim of the work done)
        if meeting and _ADDED.search(indicator) and _RUNNING.search("".join(lead.split())):
            continue  # (全市累计建成共富工坊1286家, for 新建…100家: all there are, which vouches for no year's)
        period = claim.period
        if period is not None and period.start is not None and period.end is not None \
                and (period.end - period.start).days < 300 and not meeting:
            continue  # (2026年1—7月建成…177个，累计建成625个，完成三年目标的104.2%: months of it, not the total)
        if _PER_WHAT.search("".join(lead.split())) and not _PER_WHAT.search(indicator):
            continue  # (每千人口拥有…托位数4.1个, beside a target of 3000个 in all: another measure)
        try:
            own = _content_pairs(claim.subject)
            if not claim.quantity.comparable_with(target) or likeness(indicator, claim.subject) == 0 \
                    or own and not own & _content_pairs(indicator):
                continue  # (新增技能人才1.61万人 beside 城镇新增就业…105.8%: another thing, sharing only 新增)
            stated = to_base(claim.quantity.value, claim.quantity.unit)[0]
            wanted = to_base(target.value, target.unit)[0]
            if ((stated > wanted) if ceiling else (stated < wanted)) is not meeting:
                owner = _place_of(quoted, claim, target)  # (鱼峰区's 3个 beside 柳北区's 5个)
                if owner is None or any(same_place(place, region) for place in owner[0]):
                    return claim
        except CheckerError:
            continue
    return None


# each release's results as `extract` reads them (with their date and place), by id and sha256, the least lately
# used let go past _RESULTS_KEPT results in all (about 1.6 kB each): an outcome is checked against every later
# release of its region, so a region's releases must all stay read while its rules are judged, or each outcome
# reads them all again (a city of 200 releases: 50 times as many readings)
_RESULTS: OrderedDict[tuple[str, str], list[tuple[Claim, date, str | None]]] = OrderedDict()
_RESULTS_KEPT = 60_000
_results_held = [0]
_SHARED_READING = ("_normalised", "line_starts", "simplified", "reader")
_LIST_MARK = regex.compile(r"^(?:[一二三四五六七八九十]+是|\d+[.、．]|[（(][一二三四五六七八九十\d]+[）)])")


_THE_YEARS = regex.compile(r"(?:全年|(?:19|20)\d\d年)(?:全市)?(?:新建|新增|完成|建成|改造|新改建|实施)")


def release_results(release: ReleaseText) -> list[tuple[Claim, date, str | None]]:
    """The release's results (and statistics) as `extract` reads them, with their date and place: read once a run."""
    key = (release.release.id, release.release.sha256)
    if key in _RESULTS:
        _RESULTS.move_to_end(key)
    else:
        from checker.draft.extract import extract  # (reading the whole release: only for a target said met)

        # a copy, which shares what the release has normalised and the reader made of that (made once)
        whole = ReleaseText(release.release, release.path, release.text)
        whole.__dict__.update({name: release.__dict__[name] for name in _SHARED_READING if name in release.__dict__})
        results: list[tuple[Claim, date, str | None]] = []
        for item in extract(whole):
            period = item.claim.period
            # (a bulletin's statistic of the year is a result too: 全年新增公办学前学位1160个, dated by its period)
            ended = period.end if period is not None and period.end is not None \
                and period.end < release.release.published else None
            day = item.as_of or ended or _table_year_end(release.text, item.start, release.release.published)
            # (全年新建高标准农田36.5万亩 in a bulletin of the year after: the year's, read as no kind of its own)
            of_year = item.kind is ClaimKind.other and ended is not None and item.claim.change is None \
                and _THE_YEARS.match("".join(release.text[item.claim.clause[0]:item.claim.start].split())) is not None
            if (item.kind in (ClaimKind.outcome, ClaimKind.stat) or of_year) and day is not None:
                results.append((item.claim, day, item.region))
        _RESULTS[key] = results
        if len(release.text) <= READ_WHOLE:
            # (the whole release read: the quotes judged after it look in that reading, which gives each sentence
            # the claims reading it alone gives, not read again a sentence at a time; a longer release is read
            # around each quote, which the whole reading would not give)
            release.__dict__.setdefault("reading", whole.reading)
        _results_held[0] += len(results) + 1
        while _results_held[0] > _RESULTS_KEPT and len(_RESULTS) > 1:
            _results_held[0] -= len(_RESULTS.popitem(last=False)[1]) + 1
    return _RESULTS[key]


# a table's caption that says whose results its rows are (附表：2025年民生实事主要指标完成情况)
_RESULTS_CAPTION = regex.compile(r"完成情况|完成值|完成率|主要指标|实际完成")
_A_YEAR = regex.compile(r"(?<!\d)(20\d\d)年(?!\d{1,2}月)")


def _table_year_end(text: str, at: int, published: date) -> date | None:
    """The date of an undated row of a table of results: the end of the one year its caption names, where the
    release came out after it (附表：2025年民生实事主要指标完成情况, published 2026-01-20); None elsewhere."""
    if table_cell(text, at) is None:
        return None
    end = text.rfind("\n", 0, at)
    for _ in range(30):  # (up over the rows and the column headings to the caption)
        if end <= 0:
            return None
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end]
        end = start - 1
        if not line.strip() or table_cell(text, start + len(line) - len(line.lstrip())) is not None:
            continue
        years = set(_A_YEAR.findall(line))
        if line.rstrip().endswith(("。", "；")) or not _RESULTS_CAPTION.search(line) and years:
            return None  # (prose, or a caption of something else)
        if _RESULTS_CAPTION.search(line) and len(years) == 1:
            year = int(years.pop())
            return date(year, 12, 31) if published > date(year, 12, 31) else None
    return None


def _short_result(quoted: Quoted, target: Quantity | None, comparator: Comparator | None, indicator: str,
                  region: str, deadline: date | None) -> Claim | None:
    """A result of the rule's place and indicator, as of the deadline or later, that the release gives
    elsewhere and that falls short of the target: a figure a claim of the target met cannot stand
    against. The subject must be the indicator's own words (全市新增公办学位, 新增公办学位（个）)."""
    if target is None or deadline is None or comparator not in (Comparator.at_least, Comparator.more_than,
                                                                Comparator.at_most, Comparator.less_than):
        return None
    ceiling = comparator in (Comparator.at_most, Comparator.less_than)
    wanted = _bare(indicator, region)
    # (each rule's own date and place: the list is every rule's)
    for claim, as_of, place in release_results(quoted.release):
        if as_of < deadline or as_of.year != deadline.year or place is not None and not same_place(place, region):
            continue
        if quoted.match.start <= claim.start < quoted.match.end or _bare(claim.subject, region) != wanted:
            continue
        try:
            if not claim.quantity.comparable_with(target):
                continue
            stated = to_base(claim.quantity.value, claim.quantity.unit)[0]
            if (stated > to_base(target.value, target.unit)[0]) if ceiling else (
                    stated < to_base(target.value, target.unit)[0]):
                return claim
        except CheckerError:
            continue
    return None


def _bare(subject: str, region: str) -> str:
    """A subject without its list mark, its place and the city's word for itself."""
    said = _LIST_MARK.sub("", to_simplified("".join(subject.split())))
    for lead in (region, region[:-1] if len(region) > 2 else region, "全市", "全县", "全区", "我市", "我县", "我区"):
        if said.startswith(lead) and len(said) > len(lead) + 1:
            said = said[len(lead):]
            break
    return said


def _line_end(text: str, at: int) -> int:
    stop = text.find("\n", at)
    return len(text) if stop < 0 else stop


def check_completion(quoted: Quoted, reading_ratio: object, outcome: Outcome, indicator: str, report: Report,
                     where: tuple[object, ...]) -> None:
    """`completion:` needs a completion ratio (完成…目标的X%, 完成率X%, X%的任务), not a rate."""
    declared = outcome.completion
    ratios = [c for c in quoted.claims
              if c.quantity.unit in ("%", "成") and c.quantity.in_unit("%").value == reading_ratio]  # 九成: 90%
    if not ratios:
        stated = [c.quantity for c in quoted.claims if c.quantity.unit == "%"]
        report(Message("outcome-completion-not-in-quote", completion=declared, stated=listing(stated)),
               *where, "completion")
        return
    claim = max(ratios, key=lambda c: (c.ratio, likeness(indicator, c.subject)))
    text = quoted.release.text
    cell = table_cell(text, claim.start)
    if cell is not None and not quoted.match.start <= text.find(cell[0], text.rfind("\n", 0, claim.start) + 1) \
            < quoted.match.end:
        report(Message("figure-row-unquoted", what=Message("what-outcome-completion"), declared=declared,
                       label=cell[0]), *where, "completion")
        return
    if cell is not None and re.search(r"完成率|完成比例|完成进度", cell[1]):
        claim = changed(claim, ratio=True, subject=cell[0])  # the 完成率 column of a table
    paced = _PACED_COLUMN.search(cell[1]) if cell is not None else None
    if paced is not None and not _SPENT_RATIO.search(to_simplified(indicator)):
        # (a column 序时进度完成率 of a county's row: a ratio of the pace, not of its three-year task)
        report(Message("completion-not-of-work", completion=declared, word=paced.group()), *where, "completion")
        return
    if not claim.ratio:
        report(Message("completion-not-a-ratio", completion=declared, subject=claim.subject or "—"),
               *where, "completion")
        return
    if claim.quantity.qualifier not in _FLOORS:
        # 不到110% or 近100% is not 110% or 100%: read as a plain ratio it could be judged met
        report(Message("completion-qualified", completion=declared, stated=_written(claim.quantity),
                       qualifier=Term("qualifier", claim.quantity.qualifier.value)), *where, "completion")
        return
    lead = "".join(quoted.release.text[claim.clause[0]:claim.start].split())
    spent = _SPENT_RATIO.search(lead)
    if spent is None and _RATIO_OF_BEFORE.match(lead):
        # (老旧小区改造项目完成投资9.8亿元，为年度计划的104.5%: the ratio of the clause before, money)
        before = "".join(text[max(text.rfind(mark, max(0, claim.clause[0] - 60), claim.clause[0] - 1)
                                  for mark in "，,；;。") + 1:claim.clause[0]].split())
        spent = _SPENT_RATIO.search(before)
    if spent and not _SPENT_RATIO.search(to_simplified(indicator)):
        report(Message("completion-not-of-work", completion=declared, word=spent.group()), *where, "completion")
        return
    # (…培训任务由2万人次调整为1.5万人次。截至12月底，…完成年度目标任务的104%: of the task as cut, in its paragraph)
    paragraph = "".join(text[text.rfind("\n", 0, quoted.match.start) + 1:claim.start].split())
    cut = next((m for m in _TASK_ADJUSTED.finditer(paragraph)
                if coverage(indicator, paragraph[max(0, m.start() - 30):m.start()]) >= 0.5), None)
    if cut is not None:
        report(Message("completion-of-adjusted-target", completion=declared, word=cut.group()), *where, "completion")
        return
    remark = row_remark(text, claim.start) if cell is not None else None
    done = [c for c in quoted.claims if c.start < claim.start and c.quantity.unit not in RELATIVE_UNITS
            and table_cell(text, c.start) is not None]
    if remark is not None and done and (_REMARK_UNDONE.search(remark) or _remark_fewer_done(remark, done[-1].quantity)):
        # (| 新建改扩建中小学 | 15所 | 15所 | 100.0% | 均已开工，竣工投用9所 |: the ratio of work started, not done)
        report(Message("outcome-includes-unfinished", declared=declared, said=remark), *where, "completion")
        return
    row = [c for c in done if c.quantity.unit and c.start > text.rfind("\n", 0, claim.start)]
    if cell is not None and len(row) >= 2 and not row[-1].quantity.comparable_with(row[-2].quantity):
        # (| 农村劳动力职业技能培训 | 1万人 | 1.7万人次 | 170.0% |: 人次 done over 人 set, not a completion)
        report(Message("completion-of-other-units", completion=declared, done=row[-1].quantity.text,
                       target=row[-2].quantity.text), *where, "completion")
        return
    # (the other ratios of its list, beyond a quote cut at the first: 分别完成年度任务的105%、108%和96%)
    listed = [c for c in quoted.reading.claims if c.ratio and c.span == claim.span and c.start != claim.start]
    others = [c for c in [*quoted.claims, *listed] if c.ratio and c is not claim and c.subject != claim.subject]
    better = [c for c in others if likeness(indicator, c.subject) > likeness(indicator, claim.subject)]
    if better:
        best = max(better, key=lambda c: likeness(indicator, c.subject))
        report(Message("figure-counts-other", what=Message("what-outcome-completion"), declared=declared,
                       subject=claim.subject or "—", other=_written(best.quantity), other_subject=best.subject,
                       indicator=indicator), *where, "completion")
    elif likeness(indicator, claim.subject) == 0:
        report(Message("figure-subject-unrelated", what=Message("what-outcome-completion"), declared=declared,
                       subject=claim.subject or "—", indicator=indicator), *where, "completion",
               severity=Severity.warning)


_TASK_ADJUSTED = regex.compile(r"(?:任务|目标|计划)[^，,。；;]{0,6}?由[\d.]+(?:万|亿)?[^\d，,。；;]{0,4}?"
                               r"(?:调整|调减|核减|下调|调低)为[\d.]+(?:万|亿)?[^\d，,。；;]{0,4}")
def check_by_deadline(quoted: Quoted, declared: Quantity, as_of: date, deadline: date | None, target: Quantity | None,
                      comparator: Comparator | None, report: Report, where: tuple[object, ...]) -> None:
    """A figure of a date after the plan's deadline whose sentence goes on to give the figure by the deadline, short of
    the target (全年完成…14处，其中6月底前完成9处, for 6月底前完成12处): the target was missed at the deadline."""
    if deadline is None or target is None or as_of <= deadline or comparator not in (Comparator.at_least,
                                                                                      Comparator.more_than):
        return
    text = quoted.release.text
    end = _sentence_end(text, quoted.match.end)
    try:
        wanted = to_base(target.value, target.unit)[0]
        claims = quoted.release.reading_around(quoted.match.end, end).claims_within(quoted.match.end, end)
    except CheckerError:
        return
    for claim in claims:
        if claim.start < quoted.match.end or claim.ratio or not claim.quantity.comparable_with(target):
            continue
        lead = "".join(text[claim.clause[0]:claim.start].split())
        # (6月底前完成9处: by that day, as 截至6月底 says it)
        span = dated_span(re.sub(r"(\d{1,2}月(?:底|末)?)前", r"截至\1", lead), deadline.year)
        try:
            short = to_base(claim.quantity.value, claim.quantity.unit)[0] < wanted
        except CheckerError:
            continue
        if span is not None and span[2] == deadline and short:
            report(Message("outcome-short-by-deadline", declared=declared.text, as_of=as_of, deadline=deadline,
                           said=lead + "".join(claim.quantity.text.split())), *where, "value")
            return


def check_ratio_stage(quoted: Quoted, completion: str, plan_quote: str, report: Report,
                      where: tuple[object, ...]) -> None:
    """A completion ratio of those built (全年建成…32个，完成年度目标的106.7%), for a plan that counts them once in use
    (建成并投入运营…30个), where the quote's sentence says nothing of use."""
    stage = _USE_STAGE.search("".join(plan_quote.split()))
    text = quoted.release.text
    sentence = "".join(text[_sentence_start(text, quoted.match.start, SENTENCE_ENDS):
                            _sentence_end(text, quoted.match.end)].split())
    if stage is not None and _BUILT.search(sentence) and not _USE_SAID.search(sentence):
        report(Message("completion-stage-unsaid", completion=completion, stage=stage.group(1)), *where)


# a ratio of money spent or of the pace (完成年度投资计划的112%, 完成序时进度的124.8%), not of the work
_SPENT_RATIO = regex.compile(r"投资|资金|预算|产值|序时进度|时序进度|进度")
# (a column's heading: 序时进度完成率, 投资完成率; not 完成进度, the work's own)
_PACED_COLUMN = regex.compile(r"序时|时序|投资|资金|预算|产值")
_RATIO_OF_BEFORE = regex.compile(r"(?:为|是|占|相当于|达到)(?:年度|全年|年初)?(?:计划|目标|任务)")


# what sets a target in the clause of a figure (计划新建15所, 力争新增9万人, 年度目标15所, 省定任务15所);
# 将 is left out (将近 is "nearly"), and a clause that also says the work was done (完成计划任务, 实现目标)
# reports a result
_ESTIMATED = regex.compile(r"(?:据|经|根据)[^，,。；;]{0,14}?(?:估算|预估|初步估计|估计|推算)|"
                           # (据测算，…约5200个: an estimate; not 据此重新测算, a finding recomputed)
                           r"(?:据|经|根据)(?!此)[^，,。；;]{0,14}?(?<!重新)测算|"
                           # (按现在的进度测算，年底前…10个全部建成没有问题: a forecast)
                           r"按[^，,。；;]{0,10}?进度(?:测算|推算|估算|预计)")
# (8所新建学校学位容量5400个: what they can hold, not what is used)
_DESIGNED = regex.compile(r"((?:学位|床位|座位)容量|"
                          # (60处工程全部建成后可提升13.5万农村人口供水保障水平: what they will do once built)
                          r"(?:全部)?建成(?:投用)?后(?:可|将|能)[^，,。；;\d]{0,6}|"
                          # (新增可转换重症监护床位64张: beds that can be turned into ICU beds, not ICU beds)
                          r"(?:规划|设计|预留|拟设|(?<![经已])核定(?![后为])|可转换|可转化|平急转换)[^，,。；;\d]{0,8}?"
                          r"(?:床位|学位|车位|泊位|托位|座位|停车位|规模|能力|容量|建筑面积|用地面积|面积|床|受益人口))"
                          r"(?:数|总数)?(?:为|达|达到|约|共)?$")  # (设计义务教育学位, 核定养老床位, 工程设计受益人口)
# (规划绿道总长42公里: the length a plan draws, not what was built)
_DRAWN = regex.compile(r"(规划[^，,。；;\d]{1,8}?(?:总长|全长|总长度|长度|总里程|里程|总面积|总规模))"
                       r"(?:为|达|达到|约|共)?$")
_ESTIMATE_OPENS = regex.compile(r"(?:[^，,。；;\d]{0,8}[，,])?(?:初步)?(?:预计|预估|估计)(?!数)")
_TARGET_WORDS = regex.compile(r"计划|力争|争取|拟|预计|预期(?!寿命)|预估|预测|测算|有望|可望|估计|目标|下达|"
                           r"(?<!城)市定|省定|"
                              r"(?<![工部作])安排(?!部署)|"  # (安排城市书房建设30个、普惠托位3000个…等民生实事项目)
                              r"要(?=达到|完成|实现|建成)|"
                              r"任务(?:是|为|数|$)|承诺|确保|距离|"
                              r"确定(?:的|了)|说要|提出(?:的|了)|"
                              r"若(?!干)|如果|假如|(?<!供)(?<!相)(?<!响)应(?=当|该|完成|达到|建成|新建|新增|改造)|"
                              r"需(?=要?完成|要?达到)|可(?=完成|达到|达|建成|实现|新增|提供|容纳|增加|解决|惠及|带动)|"
                              r"将(?=达到|达|超过|突破|完成|建成|实现|新增|增加|提高|新建|新改建|改建|扩建|改造|建设|"
                              r"开工|实施|打造|推进|启动|培育|创建|培训|提供|增设|发放|筹集|开通|建立)")
# (a done word a forecast governs says nothing done: 预计达到2.3%, 有望达到6.2万人, 将达到1.3万个; nor one
# of what comes once it is done: 全部建成后可新增)
_DONE_WORDS = regex.compile(r"(?<!预计)(?<!预期)(?<!预估)(?<!有望)(?<!可望)(?<!估计)(?<!力争)(?<!确保)(?<!争取)(?<!将)"
                            r"(?:(?:完成|建成|实现|达到)(?!后|之后|以后)|超额|实际|已)")
# what says, among tasks (三、下步打算: 完成食品安全监督抽检5万批次), that the work is done already
_DONE_BEFORE = regex.compile(r"已|实际|共完成|累计完成|全年完成|(?:19|20)\d\d年(?:已|共|累计)?完成")
# a negation of the work itself (尚未, 未能 …; 未完成 and 未开工 are negated completion and progress words)
_NOT_DONE = ("尚未", "仍未", "并未", "未能", "没能", "未按期", "未如期")


# a stock (全市幼儿园总数达到318所) is not what was added in the period, unless the plan is a stock too
_STOCK_WORDS = regex.compile(r"总数|总量|保有量|现有|共有|拥有|在册|全市有|全县有|全区有|"
                             # (贷款余额8.5亿元, 全市在运营的…中心达到68个: what there is, not what was added)
                             r"余额|在(?:运营|运行|用|营|岗)的|在岗(?!培训)|实有|通车里程|总里程|规模达|"
                             # (年末全市可提供…托位1.18万个: capacity)
                             r"(?:目前|现|全市|全县|全区)已有|(?:年末|年底)[^，,。；;]{0,12}?可提供")
# what is built by now (目前全市已建成86个, 累计建成186处): a stock where the plan counts what is added
# (新建20个), though the progress of a plan to build up to a number (到2025年建成100个)
_YEAR_TASK = regex.compile(r"(?:今年|全年|年度|本年|(?:19|20)\d\d年)[^，,。；;]{0,16}?任务")
_BUILT_BY_NOW = regex.compile(r"累计建成|累计建有|(?:目前|现)(?:全市|全县|全区)?已?(?:建成|建有)|"
                              r"^(?:全市|全县|全区)已(?:建成|建有)|"  # (全市已建成助老食堂612处: all there are)
                              r"^(?:中心城区|主城区|城区|市区|县城)已(?:建成|建有)|"  # (中心城区已建成口袋公园62个)
                              r"(?:年末|年底)(?!前)(?:全市|全县|全区)?已?(?:建成|建有)")  # (年末全市建成口袋公园326个)
_ADDED = regex.compile(r"新建|新增|改扩建|新开工|新开通|新开")
_YEAR_END_LEVEL = regex.compile(r"^(?:年末|年底)[^，,。；;\d]{0,16}?(?:达到?|为|有)$|"
                                r"^(?:年末|年底)[^，,。；;\d]{0,24}?累计$|"
                                r""  # (年末全市…配套幼儿园累计63所: all there are)
                                 # (年末全市普惠托位6300个: a count named at the year's end, no doing of the year's)
                                 r"^(?:年末|年底)(?![^，,。；;\d]*?(?:完成|实施|改造|发放|开展|培训|建|新|增|招|引|"
                                 r"救助|服务(?!机构|设施|中心|站|场所)|接种|筛查|销售|实现|前))(?:[^，,。；;\d]|\d+G){"
                                 r"2,16}$")
# a level the total reached (集中供热面积达到3650万平方米, 由172条增加到180条): no count of what was added
_LEVEL_REACHED = regex.compile(r"(?:达到|已达|增加到|增至|提高到|提升到|上升到|上升至|扩大到)$")
_ALL_COUNTED = regex.compile(r"(?:数量|总数|规模)(?:突破|达到?|超过|为|增至|增加到)$")
_RISEN_SINCE = regex.compile(r"[，,]?(?:比|较)(?:上年|去年|上一年)(?:末|底|同期)?(?:增加|新增|增长|净增|多)")
_STOCK_LIST = regex.compile(r"(?:年末|年底|截至[^，,。；;]{0,12}?)[，,]?(?:全市|全县|全区|全州|全盟)?"
                            r"(?:共有|拥有|现有)")
_WHOLE_COUNT = regex.compile(r"(?:(?:截至|截止)[^，,。；;]{0,10}?[，,]?|(?:年末|年底)[，,]?)?(?:全市|全县|全区)"
                             r"[^，,。；;\d]{2,20}?(?:达|达到|已达|共有|共)$")
_DOING_IN_COUNT = regex.compile(r"新|建成|完成|改造|实施|开展|培训|发放|提供|服务|累计|完工")
_NOW_LEVEL = regex.compile(r"^(?:目前|当前|现在|截至目前)[，,]?[^，,。；;\d]{2,20}$")
_GROWN_TO = regex.compile(r"(?:增加到|增至|提高到|提升到|上升到|上升至|扩大到)$")  # (not 达到: 新开放…达到32个)


def check_period(quoted: Quoted, claim: Claim, declared: Quantity, as_of: date, report: Report,
                 field: tuple[object, ...], indicator: str = "") -> None:
    """The figure's sentence dates it no later than as_of: an item of next year's list of targets
    (2025年主要预期目标是：…；城镇新增就业7万人以上) is not the figure of 2024. (Only a period its own
    sentence states: one a headline gives a whole section may be misread.)"""
    text = quoted.release.text
    line = text[text.rfind("\n", 0, claim.start) + 1:claim.start].lstrip()
    if claim.section is ClaimKind.plan and not _DONE_BEFORE.search("".join(text[claim.clause[0]:claim.end].split())) \
            and not line.startswith(_ERRATA):  # (更正说明 at a release's end, under its last section: no task)
        # under 八、下一步工作安排 or 2026年工作计划: a task, whatever year it is for
        report(Message("outcome-figure-in-tasks", declared=declared.text), *field)
        return
    part = text[max(text.rfind(mark, max(0, claim.start - 200), claim.start) for mark in "。；;！？\n") + 1:claim.start]
    effective = _FROM_DAY.search("".join(part.split()))
    # (…提高到每人每月700元，自2026年1月1日起执行: the day the figure's own next clause puts it in force)
    effective = effective or _IN_FORCE_AFTER.match("".join(text[claim.end:claim.end + 40].split()))
    if effective is not None:
        try:
            day = date(int(effective.group(1)), int(effective.group(2)), int(effective.group(3) or 1))
        except ValueError:
            day = None
        if day is not None and day > as_of:
            # (从2026年1月1日起，全市农村低保标准提高到每人每年6100元: the standard from next year, not this one's)
            report(Message("outcome-figure-later-period", declared=declared.text, said=effective.group(), start=day,
                           as_of=as_of), *field)
            return
    span = _SPAN_BEFORE.search("".join(text[_sentence_start(text, claim.start, SENTENCE_ENDS, titles=False):
                                            claim.clause[0]].split()))
    if span is not None and _YEARLY_MEAN.search("".join(text[claim.clause[0]:claim.start].split())) \
            and not _YEARLY_MEAN.search(indicator):
        # (“十四五”期间，全市年均优良天数达到286天: the mean of five years, not the year's)
        report(Message("figure-mean-of-years", declared=declared.text, span=span.group(), as_of=as_of), *field)
        return
    noted = _YEAR_NOTED.match("".join(text[claim.end:claim.end + 60].split()))
    if noted:
        # 24.1%（为2024年森林资源年度监测数据，2025年数据尚未发布）: 2024's figure, whatever its sentence says (2025年)
        if int(noted.group(1)) != as_of.year:
            report(Message("outcome-year-differs", as_of=as_of, said=(noted.group(1) + "年",)), *field[:-1], "as_of")
        return
    lagged = _LAGGED.match("".join(text[claim.end:claim.end + 80].split()))
    if lagged and as_of.year >= quoted.release.release.published.year - 1:
        # 26.4%（该指标以卫生总费用核算结果为准，核算结果滞后一年发布）: the year before the one its release reports
        report(Message("outcome-year-differs", as_of=as_of, said=(lagged.group(1),)), *field[:-1], "as_of")
        return
    period = claim.period
    cell = table_cell(text, claim.start)
    if period is not None and period.end is not None and period.end.year != as_of.year and cell is not None \
            and claim.period_text == cell[1] and _YEAR_COLUMN.fullmatch("".join(cell[1].split())):
        # (指标  规划目标  2024年  2025年 over 九年义务教育巩固率（%）  97  97.2  96.6: 97.2 is 2024's)
        report(Message("outcome-year-differs", as_of=as_of, said=(cell[1],)), *field[:-1], "as_of")
        return
    if period is None or period.start is None or not claim.period_text:
        return
    lead = "".join(text[_sentence_start(text, claim.start, SENTENCE_ENDS, titles=False):claim.start].split())
    if (period.end is not None and period.end.year < as_of.year and claim.period_text in to_simplified(lead)
            and re.fullmatch(r"(?:19|20)\d\d年", claim.period_text)
            and any(year == as_of.year for _, year in stated_years(lead))):  # (else the year checks say it)
        # 2023年、2024年、2025年分别新建47所、58所、51所: 47所 is 2023's, whatever year the quote names
        report(Message("outcome-year-differs", as_of=as_of, said=(claim.period_text,)), *field[:-1], "as_of")
        return
    if period.end is not None and period.end.year < as_of.year and claim.section is ClaimKind.outcome \
            and claim.period_text not in to_simplified(lead) and _YEAR_ONLY.fullmatch(claim.period_text):
        # (under 一、2024年工作回顾 of a report of 2025-01: 新增普惠性托位2160个 is 2024's, dated by its section)
        report(Message("outcome-year-differs", as_of=as_of, said=(claim.period_text,)), *field[:-1], "as_of")
        return
    if period.start <= as_of:
        return
    if claim.period_text in to_simplified(lead):
        report(Message("outcome-figure-later-period", declared=declared.text, said=claim.period_text or "—",
                       start=period.start, as_of=as_of), *field)


_YEAR_COLUMN = regex.compile(r"(?:19|20)\d\d年(?:底|末|度)?(?:实际|完成|实绩|数据|情况|完成情况|实际完成)?"
                             r"(?:[（(][^）)]*[）)])?")
_PLEDGE_OPEN = regex.compile(r"(?:[^，,。；;]{0,8}?[，,])?(?:我们将|我市将|全市将|今年将|明年将|下一步将?|(?:19|20)\d"
                             r"\d年将|"
                              r"今年我们将)")
_SET_OUT = regex.compile(r"[》\w](提出|要求|明确|确定|规定)[，,：:]?$")
_MEETS_REQUIREMENT = regex.compile(r"(?:达到|符合|满足|达)[^，,。；;：:]{0,14}要求[，,]$")
_FUNDS = regex.compile(r"资金|资本|债券|补助|补贴|奖补")
_EQUIVALENT = regex.compile(r"相当于|折合|约合|等同于|等效")
_HANDED_DOWN = regex.compile(r"下达[^，,。；;]{0,12}?任务")
_ALL_DONE_AFTER = regex.compile(r"^[^，,。；;]{0,24}?(?:全部|均已|已全部|均)(?:已)?"
                                r"(?:建成投用|建成|投入使用|投用|完成|竣工|完工)")
# a note in brackets right after a figure that gives the year of its data: （为2024年统计数据）
_LAGGED = regex.compile(r"^[（(][^）)]{0,40}?(滞后一年|滞后1年|上年度数据|上一年度数据|上年数据)")
_YEAR_NOTED = regex.compile(r"^[（(](?:为|系|是|采用|按)?((?:19|20)\d\d)年(?:度)?(?!政府工作|工作要点)"
                            r"[^）)，,]{0,14}?(?:数据|统计|监测|数)")


# what a figure would be if more were counted, or counted another way, before it in its sentence's part: a condition
# of counting (如将其计算在内, 如计入, 若…一并统计, 若沿用原…口径) or a sum with something else (连同…的40辆, 加上…)
# (如 of a condition, not of 如期, 如实, 例如)
_IF_COUNTED = regex.compile(r"(?<![例比诸譬])(?:如果?|若|假如|倘若|如若)(?![期实下何此今同])(?:将|把|再|同时)?"
                            r"[^。；;]{0,40}?"
                            r"(?:计算在内|统计在内|计入|算上|加上|一并统计|一并计算|纳入统计)|"
                            r"(?<![例比])(?:如果?|若|假如)(?:沿用|按照?|采用|仍按)(?:原|旧|以往|此前|过去)[^。；;，,]{"
                            r"0,20}?"
                            r"(?:口径|标准|方法)|"
                            r"^(?:连同|加上|算上)[^。；;]{1,40}?[，,]|"
                            # (若剔除春节期间烟花爆竹影响，PM2.5平均浓度为34.6: what it would be, not what it is)
                            r"(?:如果?|若|假如|倘若)(?:剔除|扣除|不计|排除)[^。；;]{1,30}?(?:影响|因素)|"
                            # (若剔除当年主干管爆管抢修等非常规漏失水量，漏损率为9.8%: the clause of an exclusion)
                            r"(?:如果?|若|假如|倘若)(?:剔除|扣除|不计|排除)[^。；;，,]{1,30}?[，,]|"
                            # (…正在办理竣工验收，把这两处算上，全年新增…8100个)
                            r"(?:^|[，,])把[^。；;，,]{1,20}?(?:算上|算进去|计算在内|计入|加上)(?=[，,])|"
                            # (按照包含幼儿园托班在内的口径测算; 以纳入年度整治计划的行政村为基数: wider, narrower)
                            r"按照?(?:包含|包括|含)[^。；;，,]{1,24}?在内的(?:口径|范围)|以纳入[^。；;，,]{2,24}?为(?:"
                            r"基数|分母)|"
                            # (按设计供水能力计算, 按工程设计供水规模测算: a capacity; 按照…调整后的统计口径: new)
                            r"按照?[^。；;，,]{0,6}?设计[^。；;，,]{0,12}?(?:计算|测算|统计)|"
                            r"按照?[^。；;，,]{0,12}?调整后的?(?:统计)?口径|"
                            # (按照新的统计口径，将新就业形态灵活就业人员纳入统计后: more counted in, as a fact)
                            r"(?<![若如])(?:将|把)[^，,。；;]{2,30}?(?:纳入|计入|算入)(?:统计|统计范围|范围)?后|"
                            r"(?:纳入|计入)统计(?:范围)?后")


def _project_named(text: str, claim: Claim) -> str | None:
    """The name, in quotation marks, of a task or project that holds the figure (“新建…设施40个”项目): its words."""
    opened = text.rfind("“", max(0, claim.start - 30), claim.start)
    if opened < 0 or "”" in text[opened:claim.start]:
        return None
    closed = text.find("”", claim.end, claim.end + 20)
    if closed < 0 or not _NAMED_TASK.match(text, closed + 1):
        return None
    return text[opened:closed + 1] + _NAMED_TASK.match(text, closed + 1).group().strip()  # type: ignore[union-attr]


_NAMED_TASK = regex.compile(r"\s*(?:项目|工程|行动|任务|计划|目标)")


def _dated_ahead(quoted: Quoted, claim: Claim) -> bool:
    """The figure is read as a target, dated by its own sentence to a period that had not begun, or had begun less
    than two months before, when the release came out, and ends after it."""
    period, published, text = claim.period, quoted.release.release.published, quoted.release.text
    return claim.kind is ClaimKind.plan and period is not None and period.start is not None \
        and period.end is not None and period.end > published and any(ch.isdigit() for ch in claim.period_text or "") \
        and (published - period.start).days < 60 and to_simplified(claim.period_text or "") in to_simplified(
            "".join(text[_sentence_start(text, claim.start, SENTENCE_ENDS, titles=False):claim.start].split())
            # (under 三、2026年主要工作, in a report of 2026-01-30: the year's tasks)
            + (_heading_over(text, claim.start) or ""))


def check_reported(quoted: Quoted, claim: Claim, declared: Quantity, plan_quote: str, report: Report,
                   field: tuple[object, ...]) -> None:
    """An outcome's figure is one the release reports, not a target it sets: the words before it in
    its clause (in the release, so a quote cut after 计划 is caught too) do not set a target; nor
    a stock, where the plan's quote is not one."""
    if claim.ratio:
        return
    named = _project_named(quoted.release.text, claim)
    if named is not None:
        # (“新建社区嵌入式服务设施40个”项目完成率为75%: the figure names the task, whatever was done of it)
        report(Message("outcome-figure-is-target", declared=declared.text, word=named), *field)
        return
    # (a 完成情况 cell of 未完成 is the row's verdict, not a clause of work not done)
    in_table = table_cell(quoted.release.text, claim.start) is not None
    undone = None if in_table else _not_done(quoted, claim)
    if undone is not None:
        report(Message("outcome-figure-not-done", declared=declared.text, said=undone), *field)
        return
    lead = "".join(quoted.release.text[claim.clause[0]:claim.start].split())
    target = _TARGET_WORDS.search(lead)
    if target is not None and (claim.quantity.unit or "").endswith("元") and (
            target.group() == "安排" or target.group() == "争取" and _FUNDS.search(lead, target.end())):
        # (安排…经费9亿元: money allotted, in a review)
        target = None  # (全年争取中央和省级各类资金112.6亿元: money obtained, in a review)
    if target is None:
        # (预计全年接待游客1.56亿人次、增长13%，实现旅游综合收入1452亿元: the estimate opens the sentence, for each
        # clause)
        text = quoted.release.text
        opening = "".join(text[max(text.rfind(mark, max(0, claim.start - 160), claim.start) for mark in "。！？；;\n")
                               + 1:claim.clause[0]].split())
        estimate = _ESTIMATE_OPENS.match(opening)
        if estimate is not None and not re.search(r"已|实际", lead):  # (not 预计…，实际完成…)
            report(Message("outcome-figure-is-target", declared=declared.text, word=estimate.group()), *field)
            return
    done = _DONE_WORDS.search(lead)
    equal = _EQUIVALENT.search(lead)
    if equal is not None:
        # (通过调整班额、挖潜扩容等方式，相当于新增…学位3100个: what the measures are worth, not places added)
        report(Message("outcome-figure-equivalent", declared=declared.text, word=equal.group()), *field)
        return
    text = quoted.release.text
    part = "".join(text[max(text.rfind(mark, max(0, claim.start - 160), claim.start) for mark in "。！？；;\n") + 1:
                        claim.start].split())
    bracket = _BRACKET_AFTER.match(text, claim.end)  # (96.2%（以纳入年度整治计划的行政村为基数）)
    counted = _IF_COUNTED.search(part) or (_IF_COUNTED.search(bracket.group(1)) if bracket is not None else None)
    if counted is not None and not _WITH_UNDONE.search(part):  # (算上在建项目: work not done, which check_built says)
        # (如将其计算在内，全市…达到14所; 连同已签订合同、待交付的40辆，全年更新…60辆; 若沿用原…口径，…为61.8%)
        report(Message("outcome-figure-if-counted", declared=declared.text, said=counted.group()), *field)
        return
    if _HANDED_DOWN.search(lead):
        done = None  # (市里已向各县区下达…改造任务1.5万户: a task handed down, whatever is done about it)
    # (确定的10个…全部建成投用: the set the target names, all of it done; not 力争10个…年底前全部建成)
    tail = "".join(quoted.release.text[claim.end:claim.clause[1]].split())
    all_done = target is not None and "的" in lead[target.start():] and _ALL_DONE_AFTER.match(tail) \
        and not _PROMISED.search(tail)
    if target and done and done.start() > target.start() and "的" in lead[target.end():done.start()] \
            and (count := _COUNT_WORD.search(lead, target.end(), done.start())) is not None \
            and "已" in lead[count.end():done.end()] and not _PROMISED.search(lead[count.end():]):
        target = None  # (计划新建、改扩建的12所公办中小学校已建成7所: the plan is of the 12; the 7 are built)
    # a done word the target word governs (确保12月底前完成, 应完成, 距离完成) says nothing done
    if target and (done is None or done.start() > target.start()) and not all_done:
        report(Message("outcome-figure-is-target", declared=declared.text, word=target.group()), *field)
    elif target is None and _dated_ahead(quoted, claim):
        # (2026年，全市新建老年助餐点60个、完成…适老化改造1200户, in a review published 2026-01-15: the new
        # year's tasks, though worded like results)
        report(Message("outcome-figure-is-target", declared=declared.text, word=claim.period_text), *field)
        return
    text = quoted.release.text
    asked = text[(ended := _sentence_end(text, claim.end, "。！？!?\n")):ended + 1] in ("？", "?")
    if asked or _has_journalist(text) and _asking(text, claim.start):
        # (a question, or what a journalist says before asking: 记者：据了解，…已建成…20个。这些书房…？)
        report(Message("outcome-figure-in-question", declared=declared.text), *field)
    low = _sentence_start(text, claim.clause[0], SENTENCE_ENDS)  # (a heading above, 一、完成情况, is not of it)
    sentence = "".join(text[low:claim.clause[0]].split())
    colon = max(sentence.rfind("："), sentence.rfind(":"))
    # (此前有媒体报道我市…已达到200项: in the figure's own clause, what the media said)
    said_by = _OTHERS_WORDS.search(sentence) or _HEARSAY.search(lead)
    if said_by is not None and not target:
        # (您在提案中指出，…已建成…100余部: what a proposer or deputy said, as a reply restates it)
        report(Message("outcome-figure-said-by-other", declared=declared.text, word=said_by.group()), *field)
        target = said_by
    estimated = _ESTIMATED.search(sentence)
    if estimated is not None and not target:
        # (据市科技局估算，2025年全市全社会研发经费投入强度为1.56%: an estimate, not yet the statistic)
        report(Message("outcome-figure-is-target", declared=declared.text, word=estimated.group()), *field)
        target = estimated
    pledged = _PLEDGE_OPEN.match(sentence + lead)
    if pledged is not None and not target and not _DONE_WORDS.search(sentence + lead):
        # (我们将续建和新开工公办幼儿园16所、新增义务教育公办学位5000个以上…: a pledge, said in January)
        report(Message("outcome-figure-is-target", declared=declared.text, word=pledged.group()), *field)
        target = pledged
    set_out = _SET_OUT.search(sentence)
    if set_out is not None and _MEETS_REQUIREMENT.search(sentence):
        set_out = None  # (抽查的村卫生室均达到标准化建设要求，全年…86个: what is met, no target set out)
    if set_out is not None and not target:
        # (《…规划》提出，到2025年全市农村自来水普及率达到95%: the plan restated, in a review after it)
        report(Message("outcome-figure-is-target", declared=declared.text, word=set_out.group(1)), *field)
        target = set_out
    if colon >= 0 and not target:
        announced = _ANNOUNCED.search(sentence[:colon])
        if announced and not _DONE_WORDS.search(sentence[:colon]):
            report(Message("outcome-figure-is-target", declared=declared.text, word=announced.group()), *field)
            target = announced
    designed = _DESIGNED.search(lead) or (None if _DONE_WORDS.search(lead) else _DRAWN.search(lead))
    if designed is not None and not target and designed.group(1) not in "".join(plan_quote.split()):
        # (新院区规划床位600张，…试开诊: what the building is planned or designed for, not what it provides)
        report(Message("outcome-figure-is-target", declared=declared.text, word=designed.group(1)), *field)
        target = designed
    tail = "".join(text[claim.end:claim.end + 8].split())
    if _TARGET_AFTER.match(tail) and not target:
        report(Message("outcome-figure-is-target", declared=declared.text, word=tail[:5]), *field)
    elif lead.endswith(("与", "距", "离")) and (short := _SHORT_OF.match(tail)) is not None and not target:
        report(Message("outcome-figure-is-target", declared=declared.text, word=lead[-1] + declared.text
                       + short.group()[:-1]), *field)
    if _target_column(text, claim):  # the 年度目标 column of a table
        report(Message("outcome-figure-is-target", declared=declared.text,
                       word=table_cell(text, claim.start)[1]), *field)  # type: ignore[index]
    # (年末全市充电桩5.8万个，其中公共充电桩1.46万个: a part of a count at the year's end, with no doing)
    year_end = re.match(r"(?:年末|年底)(?!前)[^，,。；;\d]{0,16}", sentence) \
        if lead.startswith("其中") and not _ADDED.search(sentence) and not _BUILT_NEW.search(sentence) else None
    if lead.startswith("其中") and (_STOCK_WORDS.search(sentence) or year_end) and not _ADDED.search(lead) \
            and not _ANNUAL.search(lead) and not re.search(r"当年|今年|(?:19|20)\d\d年", lead):
        lead = sentence + lead  # (年末…可提供托位1.62万个，其中普惠性托位1.18万个: a part of the stock is a stock)
    else:
        year_end = None
    stock = _STOCK_WORDS.search(lead) or (year_end if _ADDED.search(plan_quote) else None) or (
        _ADDED.search(plan_quote) and (
        _BUILT_BY_NOW.search(lead) or (not _ADDED.search(lead) and _LEVEL_REACHED.search(lead)))) or (
        # (年末全市高标准农田面积达86.3万亩, for 建设高标准农田8万亩: all there is at the year's end)
        _BUILT_NEW.search(plan_quote) and not _BUILT_NEW.search(lead) and _YEAR_END_LEVEL.search(lead)) or (
        # (全市城市书房数量增至58个, for 建成城市书房30个: the number there is after what was built)
        _BUILT_NEW.search(plan_quote) and not _BUILT_NEW.search(lead) and not _LEVEL_REACHED.search(plan_quote)
        and _GROWN_TO.search(lead)) or (
        # (年末全市共有艺术表演团体32个，文化馆7个，…，城市书房68个: an item of a list of what there is)
        _ADDED.search(plan_quote) and (listed := _STOCK_LIST.match(sentence)) is not None
        and not _ADDED.search(sentence + lead) and not _DONE_WORDS.search(sentence[listed.end():] + lead)
        and listed) or (
        # (全市已建成“柳州书房”15家，比上年增加9家; 经营主体数量突破40万户: what there is, the year's addition apart)
        _ADDED.search(plan_quote) and not _ADDED.search(lead) and (
            _ALL_COUNTED.search(lead) or _RISEN_SINCE.match(tail))) or (
        # (全市公建规范化村卫生站达1265间, for 完成…建设200间: all there are, the city's, no doing of the year)
        _MADE.search(plan_quote) and claim.quantity.unit not in RELATIVE_UNITS and not _PER_HEAD.search(lead)
        and (whole_count := _WHOLE_COUNT.match(lead)) is not None
        and not _DOING_IN_COUNT.search(lead) and whole_count) or (
        # (目前市区集中供热面积1.23亿平方米, for 新增…300万平方米: all there is now, no doing)
        _ADDED.search(plan_quote) and claim.quantity.unit not in RELATIVE_UNITS
        and (now := _NOW_LEVEL.match(lead)) is not None and not _DOING_IN_COUNT.search(lead) and now)
    if stock and not _STOCK_WORDS.search(lead) and _YEAR_TASK.search(sentence) and any(
            _smaller_part(claim.quantity, task.quantity) or _same_number(claim.quantity, task.quantity)
            for task in quoted.reading.claims_within(low, claim.clause[0])):
        # (今年新建城市书房任务20家，目前已建成开放12家: what is done of the year's task by now; not 目前全市已
        # 建成城市书房86家, more than the task, all there are)
        stock = None
    if stock and _RISEN_SINCE.fullmatch(lead):
        stock = None  # (年末全市共有共富工坊1200家，比上年末增加236家: the year's rise, not the stock)
    if stock and not _STOCK_WORDS.search(plan_quote) and not _BUILT_BY_NOW.search(plan_quote):
        report(Message("outcome-figure-is-stock", declared=declared.text, word=stock.group()), *field)
    if not target and _has_journalist(text):
        _check_answer(text, claim, declared, report, field)


def _check_answer(text: str, claim: Claim, declared: Quantity, report: Report, field: tuple[object, ...]) -> None:
    """An answer's figure is of what its question asks, where the answer does not say otherwise: plans
    (2026年托育服务方面有哪些打算？ 一是新增普惠性托位4000个), or a part of a year or a span of years (今年一季度…失业率
    情况怎么样？ 城镇调查失业率为5.1%)."""
    asked = _question_before(text, claim.start)
    if asked is None:
        return
    question, answer = asked
    question = question[question.find("：") + 1:]
    # (…34个，已全部向市民开放: done; not 一是…4000个；二是…建成1个…, another item's)
    stop = min(_sentence_end(text, claim.end), _sentence_end(text, claim.end, "；;"))
    after = "".join(text[claim.end:stop].split())
    if _PLANS_ASKED.search(question) and not any(_DONE_WORDS.search(words) or _DONE_BEFORE.search(words)
                                                 for words in (answer, after)):
        report(Message("outcome-figure-is-target", declared=declared.text, word=question[-24:]), *field)
        return
    period = _PERIOD_ASKED.search(question)
    if period is not None and not _OWN_PERIOD.search(answer):
        report(Message("outcome-period-from-question", declared=declared.text, said=period.group()), *field)


def _question_before(text: str, at: int) -> tuple[str, str] | None:
    """The journalist's question the words at `at` answer, and the answer's words before `at` (flat); None where
    they answer none (no question mark in the few lines before, or another speaker's words between)."""
    mark = max(text.rfind("？", max(0, at - 400), at), text.rfind("?", max(0, at - 400), at))
    if mark < 0:
        return None
    line = text.rfind("\n", 0, mark) + 1
    asker = speaker(text, mark)
    if asker is None or "记者" not in asker and not asker.startswith("问"):
        return None
    reply = text.find("\n", mark)
    if reply < 0 or reply >= at or speaker(text, at) in (None, asker) or text.count("\n", reply + 1, at) > 2:
        return None
    answer = text[text.find("：", reply, at) + 1 if "：" in text[reply:at] else reply:at]
    return "".join(text[line:mark].split()), "".join(answer.split())


# what others said, which a reply may deny: 此前有媒体报道…, 网上流传的“…”, 社会上有一种说法，…80多个 (not
# 针对媒体报道反映的问题: a problem the media raised, which the work answers)
_HEARSAY = regex.compile(r"(?:此前有|有|部分|据)(?:媒体|网络|网上)(?:报道|流传)|(?:网上|网络)流传的|网传|有报道称|"
                         r"有传言|据传|(?:社会上|网上|外界|坊间)?有(?:一种|种|人)?(?:说法|传言)|听说|"
                         # (据了解，今年以来…已突破3.5万人: a writer's word, attributed to no one; 网上流传“…”的说法)
                         r"^据(?:了解|悉)|(?:网上|网络|社会上)流传|"
                         r"[“\"][^”\"]{2,40}[”\"](?:的|这一|这种|这个)(?:说法|传言|传闻)")
_OTHERS_WORDS = regex.compile(r"您在(?:提案|建议|议案)中|(?:提案|建议|议案)(?:中|里)?(?:指出|提到|提出|反映)|"
                              r"您(?:提出|指出|提到|反映)|委员(?:们)?(?:提出|指出|反映)|代表(?:们)?(?:提出|指出|反映)|"
                              r"(?:群众|网民|市民)反映|" + _HEARSAY.pattern)
_PLANS_ASKED = regex.compile(r"打算|计划|安排|下一步|下步|将如何|将采取|准备|有哪些举措|目标是")
_PERIOD_ASKED = regex.compile(r"(?:今年|去年|(?:19|20)\d\d年)?"
                              r"(?:第?[一二三四]季度|上半年|下半年|前三季度|\d{1,2}[—–\-－至]\d{1,2}月)|"
                              r"这几年|近几年|这些年|几年来|多年来|连续[两二三四五六七八九十\d]+年|[两二三四五六七八九"
                              r"十\d]+年来|以来")
_OWN_PERIOD = regex.compile(r"(?:19|20)\d\d年|全年|今年|去年|年底|年末|季度|上半年|下半年|[\d一二三四五六七八九十]+月|"
                            r"以来|累计|[两二三四五六七八九十\d]+年(?:下来|来|间)")


@functools.lru_cache(maxsize=64)
def _has_journalist(text: str) -> bool:
    return "记者" in text


def _asking(text: str, at: int) -> bool:
    """Whether the words at `at` are a journalist's, in a transcript (记者（九江广播电视台）：)."""
    said = speaker(text, at)
    # (记者（九江广播电视台）, and the outlet first: 铁岭日报记者, 辽宁广播电视台记者)
    return said is not None and (said.lstrip().startswith("记者") or "".join(said.split()).endswith("记者"))


def _not_done(quoted: Quoted, claim: Claim) -> str | None:
    """The words of the figure's clause that say the work was not done (未完成年度目标15所的任务,
    尚有0.4万户未完成, 3所未能按期建成), unless what is done is said of it after the figure
    (未能如期开工的12个项目全部完工: the 12 were finished). None where nothing says so."""
    reading, (low, high) = quoted.reading, claim.clause
    done = [w for w in reading.words_within(reading.completion, low, high) if not w.negated]
    if any(w.start >= claim.end for w in done):
        return None
    for word in (*reading.words_within(reading.completion, low, high),
                 *reading.words_within(reading.progress, low, high),
                 *reading.words_within(reading.negations, low, high)):
        if word.text in _NOT_DONE:
            return word.text
        if word.negated:  # the negation with the word it governs (未完成, 没有按期完成), as written
            negation = max((w for w in reading.negations if word.start - 4 <= w.end <= word.start),
                           key=lambda w: w.end)
            return "".join(quoted.release.text[negation.start:word.end].split())
    return None


# a comparison before a figure and 的 after it (覆盖率达到85%的县区有5个): a threshold that picks out
# what is counted next, not the level reached; 85%的学校 alone (a share of the schools) is a level
_COMPARED = regex.compile(r"(?:达到|达|超过|高于|低于|不低于|不高于|在)$")
# a clause that counts for the province or the country (全省新建幼儿园1200所), not an event's name in it
_WIDER = regex.compile(r"^(?:(?:19|20)\d\d年|去年|上年|今年|全年|年末|年底)?(?:底|末)?[，,]?(?:全省|全国|省内)")
# 控制在45微克/立方米以内的年度目标: the target itself, not a threshold that picks out what is counted
_TARGET_AFTER = regex.compile(r"的(?:年度|全年|三年|五年|省定|省下达的?|市定|规划|预期|控制|考核|约束性|预期性|计划)?"
                              r"(?:目标|任务|要求|指标)|"
                              # (扩大到65种的调整方案已报省医保局备案: the figure of a proposal, not yet in force)
                              r"的(?:调整|实施|工作|建设|改革)?方案")
# (覆盖率与70%仅差0.8个百分点: the mark it falls short of, not the level)
_SHORT_OF = regex.compile(r"(?:仅|只|还|尚|仍)?(?:相差|差)[\d一二三四五六七八九十两]")
_SURVEYED = regex.compile(r"^的(?:受访|被访|被调查|参与调查|调查对象|受调查)")
_ONE_UNIT = regex.compile(r"该(?:校|院|所|单位|企业|医院|学校|中心)|"
                          r"[^，,、]{2,8}?(?:人民医院|中心医院|中医院|妇幼保健院|第[一二三四五六七八九十]+中学|实验学"
                          r"校|实验小学)"
                          r"(?!等|和|及|、)")
# a part of the region an indicator may count (中心城区新增停车泊位), and the whole of it (全市…)
# (宛城区 is a name: 城区 and 市区 only where no character comes before them)
_PART = regex.compile(r"中心城区|主城区|市城区|城市建成区|建成区|市辖区|(?<!\w)市区|县城区|县城|(?<!\w)城区")
_WHOLE = regex.compile(r"全市|全县|全区|全域|市域|县域|各县[（(]市、区[）)]|各县市区|各县区")
_PART_TOPIC = regex.compile(r"^(?:市直[^，,。]{0,4}?|中心城区|主城区|城区|市区|县城|农村地区|乡村地区)方面[，,]")


# a target of building (建成, 竣工, 投用) is not answered by a count of what was started or raised
_BUILT = regex.compile(r"建成|竣工|完工|投用|投入使用|交付")
_STARTED = regex.compile(r"开工|筹集|筹建|启动|在建|动工|新开工")
_REMARK_UNDONE = regex.compile(r"(?:计划|预计|将|拟|待|推迟|延至|顺延)[^。；;]{0,16}?"
                               r"(?:交付|建成|完工|竣工|投用|投入使用|开放|运营)|"
                               r"尚未|仍未|未能|未完工|未建成|在建|正在|主体(?:工程|结构)?(?:完工|封顶)|完成主体")
_STARTED_AFTER = regex.compile(r"(?:[（(](?:按|以)?[^）)]{0,4}?)?(?:均|都|已|全部|全面|目前|现)*"
                               r"(?:开工|动工|开建|进场施工|开始建设|开工建设)|"  # (（按新开工口径统计）)
                               # (新建、改扩建公办幼儿园5所有序推进: under way, not done)
                               r"(?:有序|稳步|扎实|加快|加紧|正在|全力)推进")
# (68个…改造项目全部开工; …改造项目开工率达100%，完工率达78%: all started)
_ALL_STARTED = regex.compile(r"(?:均|都|全部|全面)(?:已)?(?:开工|动工|开建|进场施工|启动)|开工率(?:达到|达|为)?100%")
# a plan of work done, unless it says 开工 (更新新能源公交车200辆: vehicles in service, not a contract signed)
_MADE = regex.compile(r"新建|改扩建|改建|扩建|新增|改造|建设|完成|加装|安装|创建|培育|打造|实施|认定|评定|命名|创成|"
                      r"打通|贯通|开通|更新|购置|配备|投放")
# a step before the work: signed, applied for, sited, approved, exhibits set up
STEP_BEFORE = regex.compile(r"签约|受理|申请|申报|选址|立项|招标|批复|备案|布展|采购|排查|报送|自评|谋划|储备|"
                             r"入户(?:需求)?评估|需求评估|"
                             r"公示名单|候选名单|进入公示|拟命名|拟认定|"
                             r"纳入[^，,。；;]{0,16}?(?:名单|计划|规划|清单|项目库)|列入[^，,。；;]{0,16}?(?:名单|计划"
                             r"|规划|清单)|"
                             r"获批|入选|路基|土建|节点任务|节点目标|支持[^，,。；;]{0,12}?开展|下达资金|拨付资金|"
                             # (取得施工许可, 入户摸底登记, 进入体检考察环节, 向省…推荐, 新挂牌)
                             r"施工许可|摸底|体检|考察环节|推荐|挂牌|"
                             # (通过审批, 完成设计审查: approvals before the work)
                             r"审批|设计审查|施工图审查|方案审查|"
                             # (通过…初评, 初审, 预验收: before the title or the acceptance)
                             r"初评|初审|预审|预验收|"
                             # (审核确定…建设点位46处, 完成…闭水试验: sites chosen, and a test before acceptance)
                             r"审核确定|遴选确定|确定[^，,。；;\d]{0,10}?点位|建设点位|闭水试验|试压|压力试验|联调联试|"
                             # (合同已签订, 项目资金已全部拨付到位, 进入设备调试阶段, 报名人数: before the work is done)
                             r"签订|资金[^，,。；;\d]{0,6}?(?:拨付|到位|下达)|下达[^，,。；;\d]{0,12}?资金|(?:进入|正"
                             r"在|处于)[^，,。；;\d]{0,8}?调试|"
                             r"设备调试|报名|"
                             # (22个社区食堂项目已全部落地: projects placed, not built)
                             r"项目[^，,。；;\d]{0,6}?落地|"
                             # (授信3.5亿元: credit granted, not lent; 完成作业设计, 规划布局: before the work)
                             r"授信|年度建设内容|形象进度|作业设计|设计方案|方案设计|初步设计|规划布局|井道基础|纳入[^"
                             r"，,。；;]{0,12}?范围|"
                             # (120辆已全部下单, 完成选点布局, 完成联合审查, 落实建设用地, 进入培育库, 参加…认定评审,
                             # 完成施工图设计和预算评审, 梳理包装项目: ordered, sited, approved, entered for, designed)
                             r"下单|订购|选点|联合审查|(?:落实|取得)[^，,。；;\d]{0,6}?用地|培育库|"
                             r"参加[^，,。；;\d]{0,16}?评审|施工图|预算评审|(?:策划|梳理|谋划)包装|包装(?:项目|储备)|"
                             # (联审通过126部, 布点10个已全部确定, 创建对象20个, 梳理公布…128项, 合同引资额, 首针接种)
                             r"联审|布点|创建对象|梳理|合同(?:引资|金额|额)|签约额|首针|首剂|第一剂|"
                             # (达成引进意向, 洽谈对接, 全部进场, 具备通水条件, 资金已全部拨付, 注入担保基金,
                             # 确定26个村为建设点, 入户评估, 注册登记, 预约登记: before the result)
                             r"意向|洽谈|(?:全部|均已|已)进场|具备[^，,。；;\d]{0,8}?条件|下拨|拨付(?!到户|到人)|注入|"
                             r"确定[^，,。；;]{0,12}?为(?!准|止)|入户评估|注册登记|预约(?:登记|报名)|"
                             # (定向培养名额60名已全部下达: places to fill, not people taken on)
                             r"名额|摸排|全面进场|创建单位|列入[^，,。；;]{0,16}?重点项目|"
                             # (购置120辆, 主体建设108个, 已完成笔试、面试环节, 编制床位, 景观质量评审, 统筹整合资金)
                             r"购置|主体(?:建设|改造|施工)|笔试|面试|编制床位|景观质量评审|统筹整合|整合资金|统筹资金|"
                             # (核定…额度23.5亿元, 统筹各类资金, 通过…技术评估, 定向培养招生230名, 带动社会投资)
                             r"额度|统筹[^，,。；;\d]{0,6}?资金|技术评估|招生|带动[^，,。；;\d]{0,6}?投资|"
                             # (完成…安全鉴定1.35万户; 预算安排16.2亿元: assessed, budgeted)
                             r"鉴定|预算安排|安排预算|"
                             # (学生资助资金5亿元全部足额到位, for 发放…5亿元: money arrived, not paid out)
                             r"(?:足额|全部|均已|已)到位|"
                             # (入库城市更新项目52个, 完成选型定标128辆, 遴选城市书房点位22个, 策划生成…项目72个,
                             # 发布…清单36项, 通过省级卫生乡镇复审: listed, awarded, chosen, drawn up, re-examined)
                             # (not 新增入库规模以上工业企业23户: firms entered in the statistics, the honest count)
                             r"入库[^，,。；;\d]{0,10}?项目|项目[^，,。；;\d]{0,4}?入库|定标|遴选|策划生成|"
                             r"发布[^，,。；;\d]{0,16}?清单|复审|"
                             # (确定社区嵌入式托育服务点24个, 确定市级重点建设项目326个: chosen, not built)
                             r"确定[^，,。；;\d]{0,16}?(?:点|项目|对象|单位)$|"
                             # (授牌…中心64个, 办理…规划许可326部, 5200套已全部运抵, 发放免费筛查券: plaques, permits,
                             # goods delivered, vouchers, before the work or the service)
                             r"授牌|规划许可|运抵|(?:发放|领取|申领)[^，,。；;\d]{0,6}?券(?![商])|"
                             # (通过评估的…216家, 评审通过…35家, 210辆…已全部完成生产下线, 10个点位全部落地, 15条
                             # 已完成线路规划和站点设置, 落实…建设资金3.4亿元: assessed, approved, built in the factory,
                             # sited, drawn, funded; before the service or the work)
                             r"通过评估|评估通过|评审通过|通过评审|生产下线|点位[^，,。；;\d]{0,4}?落地|线路规划|站点"
                             r"设置|"
                             r"落实[^，,。；;\d]{0,12}?资金")
# a plan of a service delivered (为800名残疾儿童提供康复救助, 开展职业技能培训8万人): applications received or people
# signed up are a step before it (受理…申请846名, 培训报名人数达8.3万人); not a bare 申请 (向…申请家庭发放: those
# given it)
_APPLIED = regex.compile(r"受理|报名|(?:提交|提出)申请")
_TITLE_PLAN = regex.compile(r"命名|认定|评定|创建|创成|授予|评选")  # (a plan of a title, which a plaque gives)
# steps before a service given (纳入…计划, 授信, 首针, 资金拨付, 预约登记, 资金…足额到位): for a plan of the service
# (a match of STEP_BEFORE that starts so)
_BEFORE_SERVICE = ("纳入", "列入", "授信", "首针", "首剂", "第一剂", "拨付", "下拨", "注入", "预约", "注册登记",
                   "入户评估", "意向", "额度", "足额到位", "全部到位", "均已到位", "已到位", "发放", "领取", "申领")
_SERVED = regex.compile(r"提供|救助|资助|补助|补贴|发放|培训|体检|筛查|服务|帮扶|安置|开展|实施|接种|康复")
# what was there before, given a new name (新增社区卫生服务站10个，均由原有诊所挂牌转设): not added
_RELABELLED = regex.compile(r"[，,](?:均|全部|都|均系|其中[\d一二三四五六七八九十两]+[^\d，,。；;]{0,3})?"
                            r"(?:由|系|为|是|属)"
                            r"(?:原有|现有|既有|已有)[^。；;，,]{0,12}?(?:挂牌|转设|改挂|更名|转型|划转|改设|转为)")
# things not done counted in with the figure (连同…尚未投用的…3所学校在内，新增…学位3150个)
_WITH_UNDONE = regex.compile(r"(?:连同|加上|包括)[^。；;]{0,40}?(?:尚未|仍未|未能|未投|未建|未完|正在|在建)"
                             r"[^。；;]{0,30}?在内|"
                             # (算上在建项目，完成改造52个: no 在内 needed where the clause says 算上)
                             r"(?<![不未])(?:算上|计入|加上|连同)[^。；;，,]{0,12}?(?:在建|未完工|未建成|未完成|尚未|"
                             r"正在)")
# a clause of the figure with no doing of its own (，涉及管网158公里; ，共计210辆): its sentence's doing is its
_NO_DOING = regex.compile(r"(?:涉及|共涉及|共计|合计|总计)[^，,。；;]{0,8}$")
# a plan of people taken on (招聘教师1200名): those shortlisted (进入体检考察环节) are not yet hired
_BRACKETS = regex.compile(r"[（()）]")  # (新（改）建农村卫生户厕: 新改建)
_SPENT_PLAN = regex.compile(r"投入|支出|使用资金|完成投资")  # (a plan of money spent: 投入…3亿元)
_HIRED = regex.compile(r"招聘|招录|录用|聘用|引进|招募|培养|招生|补充")
# words after a figure, in its clause, that say it is not all done (1260户已基本完成, 正陆续对外开放)
_PARTLY_AFTER = regex.compile(r"^[^，,。；;]{0,12}?(?:基本完成|基本建成|基本完工|基本竣工|主体完工|主体完成|正在|"
                               r"正陆续|陆续)|"
                               r"^[^，,。；;]{0,24}?完成主体(?:工程|结构)?(?!后)|"  # (…项目已完成主体工程)
                               # (12个…养老服务中心主体工程全部完工: the shell, not the building in use)
                               r"^[^，,。；;]{0,24}?主体(?:工程|结构)(?:已|均已|全部|均)?(?:完工|完成|竣工|封顶)")
# a part of the figure itself not done (其中，有9个小区的…工程尚未完工), beside one done
_PART_UNDONE = regex.compile(r"其中[，,]?[^。]{0,40}?(?:尚未|仍未|未能|正在|尚在|顺延|推迟|延期|延至|延后|推至|"
                             r"仍在(?:进行|施工|建设|推进|装修|办理|调试))")  # (…目前仍在进行基础施工)
_DONE_PART = regex.compile(r"已[^，,。；;]{0,8}?(?:建成|投用|投入使用|投入运营|开放|完工|竣工|通过|完成)")
# the rest of it, or a part of it, not done: 其余12个小区…尚未完工; 其中15所已投入使用，3所将于…启用
_UNDONE = (r"(?:尚未|仍未|未能|未|正在|将于|将|预计|计划|待|陆续|主体完工|主体完成|完成主体|基本完成|基本建成|"
           r"收尾|如|若|可)")
# a figure's parts in the sentence after it: those done, and the rest not (已投入运营9个，其余3个正在办理…)
_SPLIT_REST = regex.compile(r"(\d+)([个所家处座条张套户名台部辆间])(?:[^。；;\d]|\d{1,2}月){0,16}?[，,；;]?"
                            r"(?:其余|剩余|余下|另外|另有|另)(\d+)([个所家处座条张套户名台部辆间]?)"
                            # (已到货交付14辆，剩余8辆延期至2026年一季度交付: the parts add up to the figure)
                            r"[^。；;\d]{0,16}?(?:" + _UNDONE + r"|延期|延至|顺延|推迟|延后)")
_UNDONE_UNIT = regex.compile(r"\d(?:万|亿)?([^\W\d_万亿])")  # (其余0.18万座: 座)
_COUNT_WORD = regex.compile(r"[\d一二三四五六七八九十两]+([^\d\W])")
# a later clause of the figure's sentence, with no count of its own, that puts the whole of it at a stage short of
# done (新建…中心10个，目前已全部完成主体工程和内部装修，正在办理消防验收手续，春节后陆续投入运营)
_STAGE_AFTER = regex.compile(r"[，,；;](?:目前|现|现已|当前)?[^，,。；;\d]{0,6}?"
                             r"(?:完成主体|主体(?:工程|结构)?(?:完工|完成|封顶)|"
                             r"正在(?:办理|进行|开展|组织)[^，,。；;\d]{0,12}?(?:验收|装修|调试|手续|审批|备案)|"
                             r"[^，,。；;\d]{0,10}?手续(?:正在|尚在|仍在|尚未)办理|"  # (体检、考察和聘用手续正在办理)
                             r"笔试|面试|资格审查|"  # (公开招聘…560名，已完成笔试、面试环节: none yet taken on)
                             r"待[^，,。；;\d]{0,10}?(?:验收|调试)|"
                             r"(?:后|前|起)陆续(?:投入|开放|启用|交付|投用|运营)|"
                             # (相关数据正由市能源局逐项核验: a figure still being checked is not yet a result)
                             r"(?:正由|正在|尚待|有待|尚未)[^，,。；;\d]{0,12}?(?:核验|核实|核查|审核|复核|核定)|"
                             r"(?:核验|核实|核查|审核|复核)中)")
_DONE_IN_MONTH = regex.compile(r"[\d一二三四五六七八九十两]+个?[^，,。；;\d]{0,12}?于((?:19|20)\d\d)年(\d{1,2})月"
                               r"[^，,。；;]{0,6}?(?:完工|建成|竣工|投用|开放|投入使用|交付)")
_STAGE_NAMED = regex.compile(r"到岗|入职|上岗|报到|到货|交付|投入使用|投入运营|投用|建成|完工|竣工|通水|开园|开业|运营|"
                             r"验收|手续|上牌|装修|调试|安装")
_DATED_OPEN = regex.compile(r"(?:截至|截止)[^，,。；;]{0,10}[，,]|目前|当前|现已")
_ACTUALLY = ("实际新增", "实际完成", "实际建成", "实际新建")
# a part of a sentence (after a semicolon) that opens with another thing and its own figure (供热管网改造38公里,
# 新增普惠托位480个): what follows is said of that figure (not 其余3个…, 目前2个…, 受天气影响，剩余…, 顺延至2026年)
_SEMICOLON = regex.compile(r"[；;]")
ITEM_OPENS = regex.compile(r"(?!其余|剩余|余下|其中|另|尚有|仍有|还有|目前|现|当前|已|均|全部|但|未|尚|仍|正|待|"
                           r"预计|计划|将|该|上述|这|此|截至|截止|受|因|由于)"
                           r"(?![^，,。；;\d]{0,24}?(?:其余|剩余|余下|其中|尚未|仍未|未能|正在|该项|上述|顺延|延至|推"
                           r"迟|纳入))"
                           r"[^，,。；;\d]{2,24}?\d+(?:\.\d+)?(?![\d.A-Za-z]|\s*[年月日])")  # (not 5G, 2026年)
_REST_UNDONE = regex.compile(r"(?:其余|剩余|余下|尚有|仍有)[^。；;]{0,30}?" + _UNDONE + r"|其中[^。；;]{0,30}?[，,、]"
                             r"[\d一二三四五六七八九十两]+[^\d，,。；;]{0,4}?" + _UNDONE +
                             # (…12所，其中3所因征拆问题延至2026年秋季交付使用)
                             r"|其中[，,]?[\d一二三四五六七八九十两]+[^\d，,。；;]{1,4}?[^。；;]{0,20}?"
                             r"(?:延至|延后|推迟|顺延|延期|尚未|仍未|未能|正在)")


_WORKED = regex.compile(r"改善|改造|提升|整治|治理|修复|新建|建设|实施")
# a plan that counts what is built and in use (建成并运营, 新建并开放, 建成并投入使用), and the words that say it is
_USE_STAGE = regex.compile(r"(?:建成|新建|建设)并(投入使用|投入运营|运营|开放|投用|使用|运行)")


_BUILT_COLUMN = regex.compile(r"完工|竣工|建成|完成|投用|交付")
_NEW_STARTS = regex.compile(r"新开工|开工建设|开工改造|开工")
_FINISHED = regex.compile(r"完成|建成|竣工|完工|投用|交付")
_ROW_QUOTE = regex.compile(r"\d(?:\t|[ \u3000]{2,})[\d.]+")


def check_built(quoted: Quoted, claim: Claim, declared: Quantity, plan_quote: str, report: Report,
                field: tuple[object, ...], as_of: date | None = None, indicator: str = "") -> None:
    """筹集保障性租赁住房1800套 or 开工建设1200套 for a target to 建成 3000套: what was started is
    not what was built."""
    text = quoted.release.text
    lead = "".join(text[claim.clause[0]:claim.start].split())
    cell = table_cell(text, claim.start)
    if cell is not None:  # (项目  年度计划  开工数  完工数 over 老旧小区改造（个）  150  154  118: 154 is started)
        lead = "".join(cell[1].split()) + lead
        # (年度任务  开工  完工 over 千山区  8  9  9: the figure is the done column's as well)
        here = next((cell_text for _, cell_text, held in row_cells(text, claim.start) or () if held), None)
        if _STARTED.search(lead) and any(not held and cell_text == here and _BUILT_COLUMN.search(heading)
                                         for heading, cell_text, held in row_cells(text, claim.start) or ()):
            lead = lead.replace("".join(cell[1].split()), "", 1)
    plan = "".join(plan_quote.split())
    if _ROW_QUOTE.search(plan_quote) and indicator:
        plan += indicator  # (桓台县  14  3  30, a row of a table of tasks: what it counts, the indicator says)
    tail = "".join(text[claim.end:claim.clause[1]].split())
    # (…3所均已开工: started, said after the figure)
    started = _STARTED.search(lead) or _STARTED_AFTER.match(tail) or _ALL_STARTED.search(tail)
    # (未能如期开工的9个…全部建成投用: 9 built; not 累计开工建设…1.26万套、建成交付6800套, the next item's)
    if started and not _BUILT.search(lead) and not _BUILT.search(re.split(r"[、\d]", tail, maxsplit=1)[0]) \
            and (_BUILT.search(plan) or _MADE.search(plan)) and not _STARTED.search(plan):
        report(Message("figure-started-not-built", declared=declared.text, word=started.group()), *field)
        return
    if started and _STARTED.search(plan) and not _BUILT.search(plan):
        return  # (棚户区改造新开工1620套、基本建成1260套, for 新开工1500套: starts, whatever is built after)
    finished = _FINISHED.search(lead)
    if not started and finished is not None and (begun := _NEW_STARTS.search(plan)) is not None \
            and not _BUILT.search(plan) and not _FINISHED.search(plan):
        # (完成城镇老旧小区改造33个, for 新开工改造…30个: those finished, some started the year before)
        report(Message("figure-done-not-started", declared=declared.text, word=finished.group(),
                       plan_word=begun.group()), *field)
        return
    # (建成老年助餐点168处, for 建成并运营老年助餐点150处: built, where the plan counts those in use, and the figure's
    # sentence says nothing of use)
    stage = _USE_STAGE.search(plan)
    if stage is not None and not _USE_SAID.search("".join(text[_sentence_start(text, claim.start, SENTENCE_ENDS):
                                                              _sentence_end(text, claim.end)].split())):
        report(Message("figure-stage-unsaid", declared=declared.text, stage=stage.group(1)), *field)
        return
    # (新签约…12家, 受理…申请236台, 完成30个…的选址: a step before the work, where the plan names the work)
    # (…实际完成…62个（年度通报统计时有4个项目竣工验收资料尚未报送）: a bracket's step is of its own story)
    step = STEP_BEFORE.search(lead) or STEP_BEFORE.search(_BRACKETED.sub("", tail))
    if step is None and _NO_DOING.match(lead):
        before = "".join(text[_sentence_start(text, claim.clause[0], SENTENCE_ENDS):claim.clause[0]].split())
        step = None if _BUILT.search(before) else STEP_BEFORE.search(before)
    named = step.group() if step else ""
    if step is None:  # (across the figure: 支持106个行政村开展治理, villages funded to start, not treated)
        step = STEP_BEFORE.search(lead + "".join(claim.quantity.text.split()) + _BRACKETED.sub("", tail))
        named = step.group()[:2] if step else ""  # (支持: unless the plan too is of support)
    made = _MADE.search(_BRACKETS.sub("", plan))
    if step and named == "授牌" and _TITLE_PLAN.search(plan):
        step = None  # (全年命名并授牌市级老年友好型社区32个, for 命名…30个: the plaque is the title given)
    if step and named not in plan and not _BUILT.search(lead) and (_BUILT.search(plan) or made or (
            # (20所…改善办学条件项目全部完成立项, for 改善…办学条件20所: the step, not the work)
            named == "立项" and _WORKED.search(plan))
                                                                    or _STARTED.search(plan) or _SPENT_PLAN.search(plan)
                                                                    or _HIRED.search(plan) or (
            # (将1.1万名适龄女生纳入免费接种计划, for 接种1万人: listed for the service, not given it)
            _SERVED.search(plan) and step.group().startswith(_BEFORE_SERVICE))):
        report(Message("figure-started-not-built", declared=declared.text, word=step.group()), *field)
        return
    applied = _APPLIED.search(lead)
    if applied and applied.group() not in plan and _SERVED.search(plan) and not _APPLIED.search(plan):
        report(Message("figure-started-not-built", declared=declared.text, word=applied.group()), *field)
        return
    relabelled = _RELABELLED.match("".join(text[claim.clause[1]:claim.clause[1] + 40].split()))
    if relabelled and _ADDED.search(plan):
        report(Message("outcome-figure-is-stock", declared=declared.text, word=relabelled.group()[1:]), *field)
        return
    with_undone = _WITH_UNDONE.search("".join(text[_sentence_start(text, claim.start, SENTENCE_ENDS):claim.start]
                                              .split()))
    if with_undone:
        report(Message("outcome-includes-unfinished", declared=declared.text, said=with_undone.group()), *field)
        return
    remark = row_remark(text, claim.start) if claim.quantity.unit not in RELATIVE_UNITS else None
    if remark is None and cell is not None:
        # (| 县级人民医院提标扩能 | 5家 | 5家（2家待投用）|: the cell's own bracket; not 32个（另有3个在建）, more
        # besides)
        inside = _CELL_REMARK.match(text, claim.end)
        remark = inside.group(1) if inside is not None and not inside.group(1).startswith("另") else None
    progress = _PROGRESS_PCT.search(text, claim.end, _sentence_end(text, claim.end)) if cell is None else None
    if progress is not None and float(progress.group(1)) < 100:
        # (修复岸线6.2公里，目前完成护岸及沙滩修复形象进度约45%: the work's length, under half of it done)
        report(Message("outcome-includes-unfinished", declared=declared.text, said=progress.group()), *field)
        return
    if remark is None and cell is None:
        # (6个县区达到5A级标准（含已通过市级初评、待省交通运输厅复核的宁强县）: one counted in before it is done)
        pending = _PENDING_IN.search(text, claim.end, min(_sentence_end(text, claim.end), claim.end + 90))
        if pending is not None and not re.search(r"\d(?:[.\d]*)(?:[万亿]?[个所家座处条张台部套人户]|%|公里)",
                                                 text[claim.end:pending.start()]):
            report(Message("outcome-includes-unfinished", declared=declared.text, said=pending.group()), *field)
            return
    if remark is not None and (_REMARK_UNDONE.search(remark) or _remark_fewer_done(remark, claim.quantity)):
        # (a row's 备注 of 其中2所计划2026年春季学期交付, or of 均已开工，竣工投用9所: the count holds what is not yet
        # done)
        report(Message("outcome-includes-unfinished", declared=declared.text, said=remark), *field)
        return
    done_part = "其中" in lead or _DONE_PART.search(lead) or _BUILT.search(lead) or "完成" in lead or (
        "已" in lead and _DONE_PART.search("已" + tail))  # (全年建成投用…8个，其余2个已主体完工: 8 is done)
    if claim.quantity.unit not in RELATIVE_UNITS and not claim.completed and "其中" not in lead:
        # (新增公办学位3000个，目前已完成2100个: the figure no words of doing done govern, beside a smaller part
        # of it its sentence says is done, is the task, not a result)
        stop = min(_sentence_end(text, claim.end, _DATE_BOUNDS), claim.end + 30)
        done = None if table_cell(text, claim.start) is not None else next(
            (c for c in quoted.reading.claims_within(claim.end, stop)
             if c.completed and _smaller_part(c.quantity, claim.quantity) and _of_it(text, c, claim)
             # (…幼儿园13所，开工建设中小学校10所，其中建成投用6所: the part of the figure just before it)
             and not any(o.end <= c.start and o.quantity.unit == c.quantity.unit
                         for o in quoted.reading.claims_within(claim.end, c.start))), None)
        if done is not None:
            report(Message("outcome-includes-unfinished", declared=declared.text,
                           said="".join(text[claim.end:done.end].split()).lstrip("，,")), *field)
            return
    if claim.quantity.unit not in RELATIVE_UNITS and "其中" not in lead:
        # (the part done, 其中138个…已完成竣工验收 or 已建成投用22个, is what its sentence's rest is not)
        # 改造…150个，…其中138个小区已完成竣工验收，其余12个…尚未完工: the figure holds work not done
        stop = _sentence_end(text, claim.end)
        rest = "".join(text[claim.end:min(stop, claim.end + 200)].split())
        following = "".join(text[stop + 1:stop + 80].split())
        # (…62公里，超额完成年度任务；供热管网改造38公里，…剩余22公里纳入2026年计划: the rest is 38's)
        item = next((at for at in (m.start() for m in _SEMICOLON.finditer(rest)) if ITEM_OPENS.match(rest, at + 1)),
                    None)
        if item is not None:
            rest, following = rest[:item], ""
        if following.startswith("其中"):  # (完成改造122个。其中，有9个小区的…工程尚未完工)
            rest += "。" + following.split("。")[0]
        elif _DATED_OPEN.match(following) and claim.quantity.unit and re.search(
                r"已[^，,。；;\d]{0,6}?\d+(?:\.\d+)?" + re.escape(claim.quantity.unit), following.split("。")[0]):
            # (…教师320名。截至12月底，已有186名…办理入职手续，其余人员将于2026年春季学期开学前陆续到岗)
            rest += "。" + following.split("。")[0]
        undone = _PART_UNDONE.search(rest) if done_part else _PARTLY_AFTER.search(rest) or _REST_UNDONE.search(rest) \
            or _STAGE_AFTER.search(rest) or (_PART_UNDONE.search(rest, rest.find("。") + 1)
                                             if following.startswith("其中") and "。" in rest else None)
        if undone is not None and _other_figure_before(text, claim, quoted.reading.claims_within(claim.end, stop),
                                                       undone.start()):
            undone = None  # (…幼儿园13所，开工建设中小学校10所，其中建成投用6所，其余4所…: the rest of the schools)
        counted = _COUNT_WORD.search(undone.group()) if undone else None
        word = _UNDONE_UNIT.search(undone.group()) if undone else None
        if undone and word and not (claim.quantity.unit or "").startswith(word.group(1)) \
                and re.search(r"\d(?:万|亿)?" + re.escape(word.group(1)), rest[:undone.start()]):
            undone = None  # (…36.8公里，打通断头路9条，其余3条…预计今年上半年打通: the rest of the 9条, not of the km)
        goes_on = _continued(following.split("。")[0], lead + tail) if following else ""
        if undone is None and goes_on:
            # (公开招聘教师860名。目前，新招聘教师正陆续到岗: the next sentence, of the same people, puts them at a
            # stage short; 首批62辆已于11月底上线运营，其余车辆正在办理上牌手续)
            undone = next((m for clause in re.split(r"[，,；;]", goes_on) if _STAGE_NAMED.search(clause)
                           for m in (_PARTLY_AFTER.match(clause),) if m is not None), None) \
                or _STAGE_AFTER.search("，" + goes_on)
        if undone and counted and any(word in lead for word in _ACTUALLY) \
                and claim.quantity.unit not in (None, counted.group(1)):
            undone = None  # (实际新增…学位1.06万个，其余3所将于…: the schools not yet open hold no places counted)
        if undone is None and claim.quantity.unit not in (None, ""):
            # (新建…中心12个，总建筑面积…。目前已投入运营9个，其余3个正在办理消防验收手续: 9 and 3 make the 12)
            split = _SPLIT_REST.search(rest) or _SPLIT_REST.search(following)
            if split and split.group(2) == claim.quantity.unit and split.group(4) in ("", split.group(2)) \
                    and int(split.group(1)) + int(split.group(3)) == claim.quantity.value:
                undone = split
        late = next((m for m in _DONE_IN_MONTH.finditer(rest) if as_of is not None
                     and (int(m.group(1)), int(m.group(2))) > (as_of.year, as_of.month)), None)
        if undone is None and late is not None:
            undone = late  # (全年新建城市口袋公园31个。其中…；有4个项目于2026年1月完工并对外开放: done after the date)
        if undone is None and (left := _left_later(quoted, claim)) is not None:
            # (…两句后：需要说明的是，其中4所已完成主体工程，正在进行室内外装修: a later sentence of the paragraph)
            report(Message("outcome-includes-unfinished", declared=declared.text, said=left), *field)
            return
        if undone:
            report(Message("outcome-includes-unfinished", declared=declared.text, said=undone.group().lstrip("，,；;")),
                   *field)
            return
    own_words = lead + tail
    if _IN_USE.search("".join(plan_quote.split())) \
            and not (_IN_USE.search(own_words) and not _NOT_IN_USE.search(own_words)):
        # 新建…64个 and, a sentence on, 新建的64个…中有13个…尚未投入运营: for a target of use, not all are in use
        # (not a figure its own clause says is in use: 其中15所已投入使用，3所将于…启用)
        after = "".join(text[claim.end:min(len(text), claim.end + 160)].split())
        written = "".join(claim.quantity.text.split())
        idle = _NOT_IN_USE.search(after)
        following = after[after.find("。") + 1:] if "。" in after else ""
        next_end = after.find("。") + 1 + (following.find("。") if "。" in following else len(following))
        # (到货32台。目前正在安装调试，预计2026年一季度全部投入使用: the next sentence goes on about them)
        idle_later = idle is not None and bool(_continued(following.split("。")[0], lead + tail)) \
            and not _OWN_COUNT.search(idle.group())
        if idle and (idle.start() < after.find("。") or written in after[:idle.start()]
                     or ("其中" in following[:12] or idle_later) and idle.start() < next_end):
            report(Message("figure-not-all-in-use", declared=declared.text, said=idle.group()), *field)
            return
    if (_MADE.search(plan) or _BUILT.search(plan)) and not _DECISION_PENDING.search(plan):
        # (3家景区通过…景观质量评审，已进入拟确定名单公示阶段，待省文旅厅正式发文确定: the title not yet given)
        stop = _sentence_end(text, claim.end)
        after = "".join(text[claim.end:_sentence_end(text, stop + 1) + 1].split())
        following = after[after.find("。") + 1:] if "。" in after else ""
        pending = _DECISION_PENDING.search(after[:after.find("。")] + "。" + _continued(following.split("。")[0],
                                                                                       lead + tail))
        if pending:
            report(Message("figure-started-not-built", declared=declared.text, word=pending.group()), *field)


# what, in a later sentence of a figure's paragraph, points back to what it counted (需要说明的是，其中4所…;
# 上述学校中，仍有8所…; 截至12月底，已有62个建成…; 仍有35个小区…): the words just before that sentence's count of the
# same unit
# (not 目前已建成便民生活圈示范点7个: a thing of its own named between)
_BACK_TO_IT = regex.compile(r"(?:其中|上述|这些|仍有|尚有|还有|其余|剩余|余下|已有|已)[^，,。；;\d]{0,6}$")
# a sentence that turns to another matter (此外，…; 二是…): what it counts is not the figure's
# (便民生活圈方面，…)
_NEW_MATTER = regex.compile(r"^(?:此外|另外|同时|与此同时|另一方面|[一二三四五六七八九十]+是|"
                            r"[（(][一二三四五六七八九十\d]+[）)]|\d+[.、．]|[一二三四五六七八九十]+、|"
                            r"[^，,。；;\d]{2,10}?方面[，,])")
# what says a part of it is not done yet (其中4所…正在进行室内外装修, 仍有8所处于主体施工阶段, 其余24个预计…建成)
_NOT_DONE_YET = regex.compile(r"尚未|仍未|未能|正在|仍在|尚在|顺延|推迟|延期|延至|延后|推至|将于|预计|计划于|"
                              r"处于[^，,。；;]{0,8}?(?:施工|建设|收尾|装修|调试|阶段)|收尾|在建|续建|未(?:开通|完工|"
                              r"建成|投入|投用|开园)")
LATER_REACH = 400  # characters of a paragraph read on after a figure's sentence


def later_of_same(quoted: Quoted, claim: Claim) -> tuple[int, int, Claim] | None:
    """The later sentence of the figure's paragraph that speaks of what it counted again: the first after the
    figure's own sentence to give a count of its unit, fewer than it, where that count points back (其中, 上述…中，
    仍有, 截至…，已有): (its start, its end, that count). None where another count of the unit comes first (新建中小学
    15所: another thing's), a sentence turns to another matter (此外…), or the paragraph ends."""
    text, unit = quoted.release.text, claim.quantity.unit
    if not unit or unit in RELATIVE_UNITS or claim.quantity.unit is None:
        return None
    low = _sentence_end(text, claim.end) + 1
    line_end = text.find("\n", claim.end)
    high = min(len(text) if line_end < 0 else line_end, low + LATER_REACH)
    if low >= high:
        return None
    try:
        read = quoted.release.reading_around(claim.end, high).claims_within(claim.end, high)
    except CheckerError:
        return None
    # (新建幼儿园21所，新建中小学15所。其中4所…: which of the two 其中 is of, the release does not say)
    if any(c.start >= claim.end and c.start < low and c.quantity.unit == unit
           and "其中" not in text[c.clause[0]:c.start] for c in read):
        return None
    start = low
    while start < high:
        end = min(_sentence_end(text, start) + 1, high)
        if _NEW_MATTER.match("".join(text[start:end].split())):
            return None
        counts = [c for c in read if start <= c.start < end and c.quantity.unit == unit]
        if counts:
            count = counts[0]
            back = "".join(text[start:count.start].split())
            if not _BACK_TO_IT.search(back) or not _smaller_part(count.quantity, claim.quantity):
                return None
            return start, end, count
        start = end
    return None


def _left_later(quoted: Quoted, claim: Claim) -> str | None:
    """The words of a later sentence of the figure's paragraph that say part of what it counted is not done
    (全年新建…幼儿园21所，…。需要说明的是，其中4所…正在进行室内外装修), or None."""
    later = later_of_same(quoted, claim)
    if later is None:
        return None
    start, end, count = later
    text = quoted.release.text
    back = _BACK_TO_IT.search("".join(text[start:count.start].split()))
    if back is None or back.group().startswith("已"):
        return None  # (已有62个建成…: what was done, which check_done_short holds against the target)
    rest = "".join(text[count.start:end].split())
    undone = _NOT_DONE_YET.search(rest)
    return None if undone is None else "".join(text[start:end].split()).rstrip("。")


def check_excluded_part(quoted: Quoted, declared: Quantity, plan_said: str, report: Report,
                        field: tuple[object, ...]) -> None:
    """A figure whose sentence goes on to give, as a part of it, what the plan's quote (or its bracket) leaves out
    (改造…120公里（…不含小区庭院管网）, answered by 143.6公里，其中…小区庭院管网30.8公里)."""
    claim = figure_of(quoted, declared)
    left_out = [m.group(1) or m.group(2) for m in _LEFT_OUT.finditer("".join(plan_said.split()))]
    if claim is None or not left_out:
        return
    text = quoted.release.text
    rest = "".join(text[claim.end:_sentence_end(text, claim.end)].split())
    parts = _PARTS_OPEN.search(rest)
    if parts is None or _COUNT_OF.search(rest, 0, parts.start()):
        return  # (…65座，合计…108座（含…移动式公厕12座…）: the parts of another figure)
    # (其中一次网、二次网112.8公里，小区庭院管网30.8公里: each clause after 其中 a part)
    for part in re.split(r"[，,；;]", rest[parts.start():]):
        if not _COUNT_OF.search(part):
            continue
        for excluded in left_out:
            for name in _ITEM_JOINS.split(excluded):
                if len(name) >= 3 and (_shares_run(name, part, 4) or name in part):
                    report(Message("figure-counts-excluded", declared=declared.text, part=part, excluded=excluded),
                           *field)
                    return


def check_plan_terms(quoted: Quoted, declared: Quantity, plan_said: str, report: Report,
                     field: tuple[object, ...]) -> None:
    """A figure whose sentence (or the next, opening with 其中) gives, as a smaller part of it, those that reached the
    stage the plan's own words count at (完成…500公里（…以交工验收为准）, answered by 完工531公里，其中已完成交工验收
    447公里):
    the figure counts work the plan does not yet count as done."""
    claim = figure_of(quoted, declared)
    terms = _TERMS.search("".join(plan_said.split()))
    stages = {m.group() for m in _STAGE_WORD.finditer(terms.group(1))} if terms is not None else set()
    if claim is None or not stages:
        return
    text = quoted.release.text
    own = "".join(text[claim.clause[0]:claim.start].split())
    if any(stage in own for stage in stages):
        return  # (完成交工验收447公里: the figure is of the stage itself)
    use = next((stage for stage in stages if _USE_SAID.search(stage)), None)
    sentence = "".join(text[_sentence_start(text, claim.start, SENTENCE_ENDS):_sentence_end(text, claim.end)].split())
    in_use = [m for m in _USE_SAID.finditer(sentence)
              if not _USE_NOT_YET.search(sentence[max(0, m.start() - 12):m.start()]) and not _HOW_USED.search(
                  sentence[max(0, m.start() - 12):m.start()])]
    if use is not None and _BUILT.search("".join(text[claim.clause[0]:claim.clause[1]].split())) and not in_use:
        # (建成养老服务中心12个, for a plan 以投入运营为准: built, the sentence saying nothing of their running)
        report(Message("figure-stage-unsaid", declared=declared.text, stage=use), *field)
        return
    end = _sentence_end(text, claim.end)
    following = text[end + 1:end + 4].lstrip(" \t\u3000")
    if following.startswith("其中"):  # (…1.56万个。其中，16所学校已于秋季学期投入使用，提供学位1.3万个；…)
        end = _sentence_end(text, end + 1)
    for part in re.split(r"[；;]", text[claim.end:end]):
        flat = "".join(part.split())
        if not any(stage in flat for stage in stages):
            continue
        for found in _PART_FIGURE.finditer(flat):
            try:
                said = parse_quantity(found.group())
            except CheckerError:
                continue
            if _smaller_part(said, claim.quantity) and any(stage in flat[:found.end() + 16] for stage in stages):
                assert terms is not None  # (stages are read from it)
                report(Message("outcome-short-of-plan-terms", declared=declared.text, terms=terms.group(1),
                               said=flat.lstrip("，,。")[:60]), *field)
                return


# what the plan's own words count as done (（以交工验收为准）, 以建成并常态化开展助餐服务为准)
_TERMS = regex.compile(r"以([^，,。；;（()）]{2,40}?)为准")
_STAGE_WORD = regex.compile(r"交工验收|竣工验收|入户验收|投入使用|投用|通水|常态化|推荐标准|备案|实际开展|运营|"
                            r"对外开放|通车|到岗|上岗|发放到位")
_PART_FIGURE = regex.compile(r"\d+(?:\.\d+)?(?:万|亿)?(?:个|所|家|座|处|条|张|台|部|套|户|人|名|公里|米|亩|床)")


# what a plan's quote or its bracket leaves out (不含小区庭院管网; 民办学校转为公办、…增加的学位不计入)
_LEFT_OUT = regex.compile(r"(?:不含|不包括|不包含)([^，,。；;（()）]{2,24})|([^，,。；;（()）：:]{3,24}?)不计入")
_PARTS_OPEN = regex.compile(r"其中|[（(]含|包括")
_COUNT_OF = regex.compile(r"\d")


def paragraph_topic(text: str, low: int) -> str:
    """The numbered opening of the paragraph of `low`, where it is a topic only (1．既有住宅加装电梯。): its words,
    flat; empty elsewhere."""
    begin = text.rfind("\n", 0, low) + 1
    opening = _TOPIC_OPENING.match(text, begin, low)
    return "".join((opening.group(1) or opening.group(2)).split()) if opening is not None else ""


# (1．既有住宅加装电梯。; 适老化改造方面，…: a topic the paragraph opens with)
_TOPIC_OPENING = regex.compile(r"[ \t\u3000]*(?:(?:\d{1,2}[．.、]|[（(][一二三四五六七八九十\d]{1,3}[）)]|"
                               r"[一二三四五六七八九十]+、)"
                               r"([^，,。；;\d]{2,16})[。：:]|([^，,。；;\d（(]{2,12})方面[，,：:])")


def row_result(quoted: Quoted) -> Quantity | None:
    """The result a quoted row of a table gives beside its completion ratio (312个 of | 新增老年助餐点 | 300个 |
    312个 | 104.0%): the last count of the row outside its target column; None where the quote is no such row."""
    text = quoted.release.text
    cells = [c for c in quoted.claims if c.quantity.unit not in RELATIVE_UNITS and not c.ratio
             and table_cell(text, c.start) is not None and not _target_column(text, c)]
    return cells[-1].quantity if cells else None


_HOW_USED = regex.compile(r"正在|招引|遴选|引进|委托|交由"
                          r"")  # (正在招引第三方专业机构运营: who will run it, not running)
_PROGRESS_PCT = regex.compile(r"(?:形象|工程|施工|总体)进度(?:约|为|达到?|已达)?(\d{1,2}(?:\.\d+)?)%")
_PENDING_IN = regex.compile(r"[（(](?:含|包括|包含)[^（()）]{0,30}?(?:待|尚未|正在|在建|仍在)[^（()）]{0,20}[）)]")
_CELL_REMARK = regex.compile(r"[（(]([^（()）\n]{1,16})[）)]")


def _remark_fewer_done(remark: str, figure: Quantity) -> bool:
    """A row's remark gives fewer of the figure's things built or done (均已开工，竣工投用9所, of 15所)."""
    for done in _REMARK_DONE.finditer("".join(remark.split())):
        try:
            said = parse_quantity(done.group(1))
        except CheckerError:
            continue
        if _smaller_part(said, figure):
            return True
    return False


_REMARK_DONE = regex.compile(r"(?:建成|竣工|完工|投用|投入使用|建成投用|竣工投用|交付)(?:的)?"
                             r"(\d+(?:\.\d+)?[^\d，,。；;|｜]{1,3})")


def _other_figure_before(text: str, claim: Claim, after: list[Claim], flat_at: int) -> bool:
    """A figure of `claim`'s measure word after it, before `flat_at` (an offset in the text after `claim`, its spaces
    out), that is not a part of it: a figure of a thing of its own, whose rest the words at `flat_at` may be."""
    for other in after:
        if other.start < claim.end or other.quantity.unit != claim.quantity.unit:
            continue
        if len("".join(text[claim.end:other.start].split())) >= flat_at:
            return False
        lead = "".join(text[other.clause[0]:other.start].split())
        # (not 截至12月底已建成通车860公里, the part of it done)
        if not _of_it(text, other, claim) and "已" not in lead \
                and len(_USE_SAID.sub("", _STAGE_ONLY.sub("", lead))) >= 2:
            return True
    return False


def _of_it(text: str, part: Claim, whole: Claim) -> bool:
    """`part` is said done of what `whole` counts: 已 or 其中 before it, and no thing of its own named
    (目前已完成2100个, 其中建成投用9所; not 每千人口…托位数达到4.6个, nor 建成城市口袋公园23个)."""
    lead = "".join(text[part.clause[0]:part.start].split())
    own = _DOING_SAID.sub("", content(part.subject).replace("|", ""))  # (其中已建成验收10.6万亩: no thing named)
    return ("已" in lead or lead.startswith("其中") or _DONE_IN_YEAR.match(lead) is not None) \
        and not _PER_HEAD.search(lead) and (len(own) < 2 or own in to_simplified(whole.subject))


# (其中11所已于秋季学期投入使用: when it was done is no thing of its own)
_DOING_SAID = regex.compile(r"已|均|全部|建成|竣工|完工|验收|投用|投入使用|投入运营|完成|通过|并|和|"
                            r"于[^，,。；;]{0,8}?(?:学期|月|年|季度|底)|年内|年底前|当年|全年|今年")
# (实施…45.6万亩，年内完工37.9万亩: the part done within the year)
_DONE_IN_YEAR = regex.compile(r"(?:年内|当年|全年|年底前|截至年底)(?:已|共)?(?:完工|建成|竣工|投用|建成投用|完成)$")


def _smaller_part(part: Quantity, whole: Quantity) -> bool:
    """`part` counts the same thing as `whole`, and fewer of it."""
    try:
        return part.unit == whole.unit and to_base(part.value, part.unit)[0] < to_base(whole.value, whole.unit)[0]
    except CheckerError:
        return False


_IN_USE = regex.compile(r"投入运营|投入使用|投用|运营|开放使用|开诊|对外开放")
# use promised, not yet begun (预计春节前开放, 计划2026年3月开诊)
_USE_PROMISED = r"(?:计划|将|预计|拟|力争|有望)[^，,；;]{0,12}?(?:开诊|投用|投运|投入使用|运营|开业|开放|通车|启用"
_NOT_IN_USE = regex.compile(r"(?:尚未|仍未|未能|没有|未)(?:正式)?(?:投入运营|投入使用|投用|运营|开放|开诊)|"
                            r"处于停运|停运状态|暂停运营|处于闲置|"
                            # (其中12家已对外开放，另外3家正在…，预计春节前开放: use promised)
                            + _USE_PROMISED + ")")


# a figure per head or per period (每千人口6.5张, 人均2.8平方米, 每人每月480元)
_PER_WHAT = regex.compile(r"每千人口|每千名?[老年儿童人]{0,3}人?|每万人口?|每十万人|每百[户人]|人均|每人每月|每人每年|"
                          r"每月|每年|每户|"
                          # a target for each place or unit (每个县（区）至少新建城市书房2个) is not the city's total
                          r"每个?(?:县[（(]市?区[）)]|县[（(]市[）)]|县市区|县区|县|区|乡镇|乡|镇|街道|村|社区|学校|中"
                          r"小学)")
_PER_PERIOD = ("每人每月", "每人每年", "每月", "每年", "每户")
_NUMBER_OF = regex.compile(r"[\d.]+|[一二三四五六七八九十百千万两〇零]+")
# a yearly average over a plan's years (年均新增…4万人), and what says a figure is a total over them
_AVERAGE = regex.compile(r"年均(?!浓度|值|气温|降水)|平均每年|每年平均")
_OVER_YEARS = regex.compile(r"累计|期间|以来|合计|共计|总计|[两三四五六七八九十]年(?:来|间|内|共)")
_YEARS_SPAN = regex.compile(r"期间|以来|[两三四五六七八九十]年(?:来|间|内|共)|十[一二三四五六七八九]五")
_EACH_HAS = regex.compile(r"(?:全市|全县|全区|所有)\d+个(乡镇|乡|镇|街道|村|社区|县|区|县区|县（市、区）|学校)"
                          r"[^，,。；;]{0,6}?均(?:已)?"
                          r"(?:办有|建有|设有|有|建成|配备)")


def check_per(quoted: Quoted, claim: Claim, declared: Quantity, plan_quote: str, report: Report,
              field: tuple[object, ...], plan_value: Quantity | None = None) -> None:
    """A target per head or per period is answered by a figure per the same: 5.1万张 in all is not
    每千人口6.5张, 每人每年5600元 is not 每人每月480元."""
    lead = "".join(quoted.release.text[max(0, claim.clause[0]):claim.start].split())
    plan = "".join(plan_quote.split())
    average = _AVERAGE.search(plan)
    total = _OVER_YEARS.search(lead) if average is not None and not _AVERAGE.search(lead) else None
    if average is None and "每年" in plan and "每年" not in lead:
        # (“十四五”期间，每年新增城镇就业4万人以上 is not answered by “十四五”期间累计新增…21.3万人; a bare 累计 may be
        # the year's own running total)
        average = re.search("每年", plan)
        total = _YEARS_SPAN.search(lead)
    if total is not None:
        # (年均新增城镇就业4万人以上 is not answered by “十四五”期间…累计新增…19.2万人: a total over the years)
        report(Message("figure-per-differs"
                       "", declared=declared.text, per=average.group(), said=total.group()),  # type: ignore[union-attr]
               *field)
        return
    plan = "".join(plan_quote.split())
    plan_per = _PER_WHAT.findall(plan)
    if not plan_per:
        return
    if plan_value is not None and len(set(plan_per)) > 1:
        # (分别提高到每人每月780元、每人每年5600元: the per of the plan's own figure, not the quote's last)
        number = _NUMBER_OF.search("".join(plan_value.text.split()))
        at = plan.find(number.group()) if number is not None else -1
        before = _PER_WHAT.findall(plan[:at]) if at > 0 else []
        plan_per = before or plan_per
    said = _PER_WHAT.findall(lead)
    per_head = not plan_per[-1].startswith(_PER_PERIOD)
    if not per_head or not said:
        each = _EACH_HAS.search(lead)  # 全市97个乡镇均办有1所以上: each 乡镇 has one
        if each is not None and each.group(1) in plan_per[-1]:
            return
    # a figure per head must say so; one per period only must not say another (每年培训1000人次 held for
    # one year is answered by 今年培训1350人次)
    if plan_per[-1] not in said and (per_head or said):
        report(Message("figure-per-differs", declared=declared.text, per=plan_per[-1],
                       said=said[-1] if said else Message("figure-per-none")), *field)


def check_basis(quoted: Quoted, claim: Claim, declared: Quantity, indicator: str, report: Report,
                field: tuple[object, ...], plan_quote: str = "") -> None:
    """A figure computed on another basis than the indicator's, where its sentence gives the figure on
    the first basis too: 每千人口托位数达到3.8个；按城镇常住人口计算，每千人口托位数达到7.6个."""
    text = quoted.release.text
    # (a count only: a rate's basis after it, （按户籍人口计）, is the rate's own statement of what it is; but not
    # what it leaves out, 88.6%（扣除沙尘天气影响）)
    after = _BASIS_BRACKET.match(text, claim.end) \
        if claim.quantity.unit not in RELATIVE_UNITS and "/" not in (claim.quantity.unit or "") else None
    after = after or _LEFT_OUT_BRACKET.match(text, claim.end)
    if after is not None and _complement_left_out(after.group(1), indicator):
        after = None  # (新增公办学位2.05万个（不含民办学校学位）: leaving out the private ones is what 公办 says)
    if after is not None and not _STANDARD_BASIS.search(after.group(1)) \
            and after.group(2) not in to_simplified("".join(indicator.split())):
        # (新建公共充电基础设施2200个（按充电终端计），折合充电桩约1350台: counted by another unit than the indicator's)
        report(Message("figure-adjusted", declared=declared.text, basis=after.group(1), indicator=indicator), *field)
        return
    # (按建筑面积计算，全市清洁取暖率达到87.9%, for a plan 按户数计算: a basis before the figure, not the plan's)
    begin = max(_sentence_start(text, claim.start, SENTENCE_ENDS, titles=False), text.rfind("\n", 0, claim.start) + 1)
    said_basis = _BASIS_BEFORE.search("".join(text[begin:claim.start].split()))
    plan_basis = _BASIS_NAMED.search(to_simplified("".join((indicator + plan_quote).split())))
    if said_basis is not None and plan_basis is not None and said_basis.group(1) != plan_basis.group(1) \
            and not _STANDARD_BASIS.search(said_basis.group()):
        report(Message("figure-adjusted", declared=declared.text, basis=said_basis.group().rstrip("，,"),
                       indicator=indicator), *field)
        return
    # (不计入2025年新划入的城市建成区扩展片区，城市生活污水集中收集率达到71.2%: a part left out, in a clause before)
    left_out = _LEFT_OUT_BEFORE.search("".join(text[begin:claim.clause[0]].split()))
    if left_out is not None and not _complement_left_out(left_out.group().lstrip("，,：:"), indicator) \
            and left_out.group(1)[:4] not in to_simplified("".join((indicator + plan_quote).split())):
        report(Message("figure-adjusted", declared=declared.text, basis=left_out.group().rstrip("，,"),
                       indicator=indicator), *field)
        return
    other_unit = _OTHER_UNIT_BRACKET.match(text, claim.end)
    if other_unit is not None and other_unit.group().strip() not in indicator + plan_quote \
            and claim.quantity.unit is not None \
            and other_unit.group(1) != claim.quantity.unit:
        # (培训3.4万人（次）, 筹集…1.06万套（间）: counted in two units, people or times, flats or rooms)
        report(Message("figure-adjusted", declared=declared.text, basis=_written(claim.quantity)
                       + other_unit.group().strip(), indicator=indicator), *field)
        return
    low = _sentence_start(text, claim.start, SENTENCE_ENDS, titles=False)
    # (…全年新增普惠性托位1680个，按原口径计算为1240个: a new basis, whose plain figure follows; what a new basis
    # counts in before the figure, 将…纳入统计后, is check_reported's `outcome-figure-if-counted`)
    rest = "".join(text[claim.end:_sentence_end(text, claim.end)].split())
    first_count = _FIRST_COUNT.search("".join(text[claim.clause[0]:claim.start].split()))
    revision = _REVISED_AFTER.search(rest) if first_count is not None else None
    if first_count is not None and revision is not None:
        # (新增公办幼儿园学位初报3260个，经…逐校核对，剔除…，调整为2780个: the first count, revised in its sentence)
        report(Message("figure-revised-in-sentence", declared=declared.text, first=first_count.group(),
                       revised=revision.group()), *field)
        return
    former = _FORMER_BASIS.search(rest)
    if former is not None:
        report(Message("figure-not-former-basis", declared=declared.text, former=former.group(), indicator=indicator),
               *field)
        return
    basis = None
    for found in _BASIS.finditer(text, low, claim.start):
        basis = found  # (the last before the figure)
    named = "" if basis is None else basis.group(1) or basis.group(2)
    if basis is None or _STANDARD_BASIS.search(named) or named in to_simplified("".join(indicator.split())) \
            or _ACTUAL.search(text, basis.end(), claim.start) or _CORRECTED.search(text, low, basis.start()):
        return  # (核查发现，剔除跨市重复注册学生后，实际为94.7%: the checked figure, the one to quote)
    high = _sentence_end(text, claim.end)
    try:
        first = [c for c in quoted.release.reading_around(low, high).claims_within(low, basis.start())
                 if c.quantity.comparable_with(declared) and c.quantity.value != claim.quantity.value
                 and likeness(c.subject, claim.subject) >= 0.8]
    except CheckerError:
        first = []
    if first:
        report(Message("figure-other-basis", declared=declared.text, basis=basis.group(),
                       other=_written(first[-1].quantity), indicator=indicator), *field)
    elif _ADJUSTING.search(basis.group()) and not _ADJUSTING.search(to_simplified("".join(indicator.split()))):
        # (扣除沙尘天气影响后…72.3%; 按户籍人口计算…4.8个: not the plain figure, whether or not it is given too)
        report(Message("figure-adjusted", declared=declared.text, basis=basis.group(), indicator=indicator), *field)


# 按城镇常住人口计算, 按户籍人口口径: the basis of a figure; price bases are the usual ones of money
_BASIS = regex.compile(r"(?:按照?|以(?!来|上|下|内|及|后|前|往|外))([^，,。；;按以]{2,12}?)"
                       r"(?:计算|测算|口径|统计|为基数|计)|(?:扣除|剔除|不含|不计)([^，,。；;]{2,16}?)(?:后|外)")
# a basis that adjusts the figure or takes another population than the plain one
def _complement_left_out(bracket: str, indicator: str) -> bool:
    """A bracket leaves out the other of a pair whose one the indicator names (不含民办学校学位, for 公办学位)."""
    named = to_simplified(indicator)
    return bracket.startswith(("不含", "不包括")) and any(
        one in named and other in bracket for pair in (("公办", "民办"), ("普惠", "非普惠"), ("公共", "专用"))
        for one, other in (pair, pair[::-1]))


_LEFT_OUT_BRACKET = regex.compile(r"\s*[（(](((?:扣除|剔除|不含|不计)[^（()）\d]{2,16}?)(?:影响|因素|后)?)[）)]")
_BASIS_BRACKET = regex.compile(r"\s*[（(]((?:按照?|以)([^（()）\d]{2,12}?)(?:口径)?(?:计|计算|统计|测算))[）)]")
_ADJUSTING = regex.compile(r"扣除|剔除|不含|不计|户籍|城镇常住|农村常住|城区|考核")
# a second unit in a bracket after a figure, which it counts in too (3.4万人（次）, 1.06万套（间））
_OTHER_UNIT_BRACKET = regex.compile(r"\s*[（(](次|人次|间)[）)]")
_FIRST_COUNT = regex.compile(r"(?:初报|初步统计(?:为|数)?|快报(?:数)?(?:为)?|预计数|上报数?(?:为)?)$|"
                             # (我们通报的“新增公共停车位5600个”，经过复核，…调整后为4400个: the figure once reported)
                             r"(?:通报|上报|公布|发布|报告)的[“\"「][^”\"」]*$")
_REVISED_AFTER = regex.compile(r"(?:调整|核定|修正|更正|核减|核实|修订)(?:后)?(?:为|至)"
                               r"\d+(?:\.\d+)?[万亿]?[^\d，,。；;]{0,2}")
# the figure on the basis the plan was set on, given after one on a new basis (…1680个，按原口径计算为1240个)
# (or on another basis that gives its own figure: …1260套；按已竣工交付口径统计为720套)
_FORMER_BASIS = regex.compile(r"(?:按|按照|以)(?:原|原有|原来的?|此前的?)(?:统计)?口径|"
                              r"(?:按|按照|以)[^，,。；;\d]{1,12}?口径(?:统计|计算|核算)?(?:为|是)\d+(?:\.\d+)?[万亿]?"
                              r"[^\d，,。；;]{0,2}")
# (不含重复参训: persons, once each)
_STANDARD_BASIS = regex.compile(r"可比价|现价|不变价|同口径|可比口径|新口径|重复|去重")
# a basis named before a figure, as a clause of its own (按建筑面积计算，…), and one a plan or indicator names
_BASIS_BEFORE = regex.compile(r"(?:^|[，,：:])按照?([^，,。；;（()）\d]{2,10}?)(?:口径)?(?:计算|计|统计|测算)[，,]")
_LEFT_OUT_BEFORE = regex.compile(r"(?:^|[，,：:])(?:不计入|不含|不包括|扣除|剔除)([^，,。；;]{2,30}?)(?:后|影响)?"
                                 r"[，,]$")
_BASIS_NAMED = regex.compile(r"按照?([^，,。；;（()）\d]{2,10}?)(?:口径)?(?:计算|计|统计|测算)")


def check_part(quoted: Quoted, claim: Claim, declared: Quantity, indicator: str, report: Report,
               field: tuple[object, ...], plan_quote: str = "") -> None:
    """A figure of a part (其中重点人群签约率达到81.5%) is not the whole the indicator names (家庭医生签约率):
    what 其中 opens with, before the words the indicator shares, names the part."""
    # (not a heading's words over the figure's line: 十、资源、环境和安全生产⏎⏎全年中心城区…95.6%)
    opened = max(claim.clause[0], quoted.release.text.rfind("\n", claim.clause[0], claim.start) + 1)
    lead = "".join(quoted.release.text[opened:claim.start].split()).lstrip("（(")
    items = _LIST_ITEM.split(lead)
    if len(items) > 1 and head_places(items[-1]) is not None:
        lead = items[-1]  # (其中椒江区新增托位620个、黄岩区480个: 480个 is the item 黄岩区's, no part of 椒江区)
    simple = to_simplified("".join(indicator.split()))
    said = to_simplified("".join(quoted.release.text[claim.clause[0]:claim.clause[1]].split()))
    item_end = quoted.release.text.find("、", claim.end, claim.clause[1])  # (the figure's item of a list, to its 、)
    upto = to_simplified("".join(quoted.release.text[claim.clause[0]:item_end if item_end >= 0 else
                                                     claim.clause[1]].split()))
    for umbrella, members in _UMBRELLAS:
        # (宫颈癌筛查8.1万人、乳腺癌筛查7.6万人: the other one is another item's, after the figure)
        named = [m for m in members if m in upto]
        if (umbrella in simple or all(m in simple for m in members)) and len(named) == 1 and umbrella not in said:
            # (为3.2万名农村适龄妇女开展宫颈癌筛查, for “两癌”筛查: one of the two)
            report(Message("figure-of-a-part", declared=declared.text, part=named[0], indicator=indicator), *field)
            return
    text = quoted.release.text
    # (from the paragraph's start at most: not a heading's words above it, 十、资源、环境和安全生产⏎⏎全年…)
    sentence = to_simplified("".join(text[max(_sentence_start(text, claim.start, SENTENCE_ENDS, titles=False),
                                              text.rfind("\n\n", 0, claim.start) + 2):claim.start].split()))
    subject = to_simplified("".join(claim.subject.split()))
    # a part of the population (女性人均预期寿命), another age band (7岁以下 for 3岁以下), a sample or pilots
    # (抽测学校…达标率; 在…试点县枝江市、当阳市，县域内就诊率)
    band = _AGE_BAND.search(_DASHES.sub("-", simple))
    if band is not None and claim.quantity.unit not in RELATIVE_UNITS and not _PER_HEAD.search(simple) \
            and band.group() not in _DASHES.sub("-", sentence + said):
        # (全年为2712名残疾儿童提供康复救助, for 0—6岁残疾儿童康复救助: children of every age)
        report(Message("figure-lacks-kind", declared=declared.text, kind=simple[band.start():band.end()],
                       indicator=indicator), *field)
        return
    ages = set(_AGE.findall(to_simplified(lead))), set(_AGE.findall(simple))  # (7岁以下 is a figure of its own)
    # (only where the figure is a rate or a level: a count of a part is no more than the whole's)
    level = claim.quantity.unit in RELATIVE_UNITS or claim.quantity.unit == "岁" or bool(_PER_HEAD.search(subject))
    part = None if not level else next((m.group() for m in _SUB_POPULATION.finditer(subject)
                                        if m.group() not in simple), None) \
        or ("、".join(sorted(ages[0])) if ages[0] and ages[1] and not ages[0] & ages[1] else None) \
        or next((m.group() for m in _SAMPLED.finditer(sentence) if m.group() not in simple
                 and not _OWN_CLAUSE_FIGURE.search(_clause_around(sentence, m.start()))), None) \
        or _monitored(text, claim, sentence, simple) \
        or _limited_after(text, claim, simple) or _among(sentence, simple) \
        or next((m.group() for m in _NOT_ALL.finditer(sentence)
                 if next(g for g in m.groups() if g) not in simple), None) \
        or next((m.group() for m in _LIMITED.finditer(sentence) if m.group() not in simple), None) \
        or next((m.group() for m in _AMONG_GROUP.finditer(sentence)
                 if m.group(1) not in simple and not m.group(1).startswith(_ALL_OF)), None)
    if part is not None:
        report(Message("figure-of-a-part", declared=declared.text, part=part, indicator=indicator), *field)
        return
    narrowed = _narrowed_base(quoted, claim, simple) if level else None
    if narrowed is None and level:
        # (知情同意的适龄女生首针接种率达到92.3%, quoted from 适龄女生…: the rate among those who agreed)
        cut = "".join(quoted.release.text[claim.clause[0]:quoted.match.start].split())
        among = _AMONG_THOSE.search(cut) if cut.endswith("的") else None
        if among is not None and among.group() not in to_simplified("".join(plan_quote.split())):
            narrowed = among.group() + "的"
    if narrowed is not None:  # (中小学生城乡居民基本医疗保险参保率, for 城乡居民基本医疗保险参保率)
        report(Message("figure-of-a-part", declared=declared.text, part=narrowed, indicator=indicator), *field)
        return
    subgroup = _subgroup(quoted, claim, indicator)
    if subgroup is not None:  # (a part of any name: 其中65岁以上老年人签约率, after the whole's 重点人群签约率)
        report(Message("figure-of-subgroup", what=Message("what-outcome-value"), declared=declared.text,
                       group=subgroup[0], whole=_written(subgroup[1].quantity), whole_subject=subgroup[1].subject,
                       indicator=indicator), *field)
        return
    low = _sentence_start(text, claim.start, SENTENCE_ENDS, titles=False)
    if low > 0 and _THIS_INDICATOR.search(text, low, claim.start):
        low = _sentence_start(text, low - 1, SENTENCE_ENDS, titles=False)  # (…收集率为76.2%。审计发现，该指标…)
    whole = to_simplified("".join(text[low:_sentence_end(text, claim.end)].split()))
    # (…65公里…，其中中心城市41公里: a part with its figure after it says its kind of that part only; the check of
    # the whole of a part below names it)
    after = "".join(text[claim.end:_sentence_end(text, claim.end)].split())
    # (新增中小学及幼儿园学位1.26万个，公办学位占比75.4%: the kind given after the figure only as a share of its
    # whole says nothing of what the figure counts)
    after_figure = _SHARE_OF_KIND.sub("", after)
    # (and past the figure's own clause, a clause says the figure's kind only where it says so of it, 均为公办学位;
    # not 农村供水保障水平稳步提升, nor 参加城乡居民基本医疗保险人数343.5万人, a figure of its own)
    own_end = min((at for at in (after_figure.find(mark) for mark in "，,；;") if at >= 0), default=len(after_figure))
    after_figure = after_figure[:own_end] + "".join(
        clause for clause in re.split(r"(?<=[，,；;])", after_figure[own_end:]) if _SAYS_KIND.search(clause))
    unparted = whole if "其中" in lead else whole[:len(whole) - len(after)] + _OWN_PART.sub("", after_figure)
    # (全部按期投入使用 says 投用)
    whole, unparted = _with_short_words(whole), _with_short_words(unparted)
    # (新增学前教育学位6100个，其中公办学位4300个, for 新增公办幼儿园学位: the kind's part given after the whole, though
    # the sentence says the kind of other things before)
    parted = _KIND_PART_AFTER.match(after)
    token = _KIND_TOKEN.search(parted.group(1)) if parted is not None else None
    parted_kind = token.group() if token is not None and token.group().rstrip("性") in simple \
        and token.group().rstrip("性") not in to_simplified(claim.subject) else None
    own = _town_or_country(claim, indicator, text)  # (城乡…分别…1010元、820元: the second is 农村's)
    kind = parted_kind \
        or next((word for word in _KINDS_NAMED if word in simple and word not in whole.replace("城乡", own, 1)), None) \
        or _kind_unsaid(indicator, claim.subject.replace("城乡", own, 1), unparted.replace("城乡", own, 1),
                        _with_short_words(said).replace("城乡", own, 1)) \
        or next((m.group() for m in _KIND_TOKEN.finditer(simple) if m.group().rstrip("性") not in _own_part_of(
                     unparted, claim, text)
                 and m.group() in to_simplified("".join(plan_quote.split())) and _content_pairs(claim.subject)),
                None)  # (燃气 of 城市燃气老化管道, where the figure names its thing without it)
    if kind is not None and kind.startswith("居民") and claim.quantity.unit == "户":
        kind = None  # (加装燃气安全装置5.12万户, for 居民用户…: households are the residents')
    if kind is not None and plan_quote and kind not in to_simplified("".join(plan_quote.split())):
        # (适龄妇女 of an indicator 适龄妇女乳腺癌免费筛查, for a plan of 乳腺癌筛查5万例: the author's word only)
        kind = None
    if kind is not None:
        whole_of_part: list[object] = []
        if kind not in unparted:  # (新增养育托育托位2680个，其中普惠托位1860个: the part is given; say so)
            _check_whole(quoted, claim, declared, indicator, lead,
                         lambda *reported: whole_of_part.append(report(*reported)), field)  # type: ignore[func-returns-value]
        if not whole_of_part:
            # (全年新增托位3400个, for 新增普惠性托位: the 普惠性 ones are a part of it, which it does not give)
            report(Message("figure-lacks-kind", declared=declared.text, kind=kind, indicator=indicator), *field)
        return
    # (市属二级及以上综合医院…比例: the clause's words before the subject read, 市属, as well)
    before = to_simplified(lead)
    written_as = before[:before.rfind(subject)] + subject if subject and subject in before else subject
    narrower = _inserted(simple, written_as) if claim.quantity.unit in RELATIVE_UNITS else None
    if narrower is not None:
        # (老年人中医药健康管理率达到72.5%, for 65岁以上老年人健康管理率: the rate of a narrower kind)
        report(Message("figure-of-a-part", declared=declared.text, part=narrower, indicator=indicator), *field)
        return
    group = _NEW_GROUP.search(lead) if claim.quantity.unit in RELATIVE_UNITS else None
    if group is not None and group.group(1) not in to_simplified("".join(indicator.split())):
        # (全市新招聘的1260名中小学教师本科以上学历比例达到98.5%: a rate among the newly hired, not all teachers)
        report(Message("figure-of-a-part", declared=declared.text, part=group.group(), indicator=indicator), *field)
        return
    wider = _inserted(subject.replace("城乡", own, 1), indicator) if level else None
    if wider is not None and wider not in whole.replace("城乡", own, 1):
        # (每万人口发明专利拥有量5.8件, for 每万人口高价值发明专利拥有量: all of them, not the 高价值 ones)
        report(Message("figure-lacks-kind", declared=declared.text, kind=wider, indicator=indicator), *field)
        return
    if not lead.startswith("其中"):
        _check_whole(quoted, claim, declared, indicator, lead, report, field)
        return
    rest, wanted = to_simplified(lead[2:]), set(pairs(to_simplified(indicator)))
    shared = next((i for i in range(len(rest) - 1) if rest[i:i + 2] in wanted), None)
    part = rest[:shared] if shared is not None else ""
    when = any(mark in part for mark in ("年", "月", "季", "期间", "以来"))  # 其中当年新建42处: a time, not a part
    if len(part) >= 2 and not when and head_places(part) is None and not any(ch in indicator for ch in part[:2]) \
            and not _names_part(rest, indicator):  # (其中纳入民生实事的…1.08万户, for 改造农村户厕（民生实事）)
        report(Message("figure-of-a-part", declared=declared.text, part=part, indicator=indicator), *field)


def _limited_after(text: str, claim: Claim, indicator: str) -> str | None:
    """A bracket right after a rate that limits whom it is of (100%（具备条件的行政村）): its words."""
    after = _NOTE_AFTER.match(text, claim.end)
    if after is None:
        return None
    limited = _LIMITED.search(after.group(1)) or _PART.fullmatch(after.group(1))
    return after.group().strip() if limited is not None and limited.group() not in indicator else None


# (在纳入管理的重点人群中，家庭医生签约服务覆盖率达到82.3%: a rate among a group, not the whole)
_ALL_OF = ("全市", "全县", "全区", "所有", "各")
_AMONG_GROUP = regex.compile(r"(?<![正现仍还尚])在([^，,。；;\d在]{1,14}?(?:人群|人口|对象|群体|家庭|老年人|儿童|学生|"
                             r"患者|妇女|企业|学校|村|社区))(?:中|里|之中)[，,]")
_LIMITED = regex.compile(r"具备条件的|符合条件的|有条件的|已纳入|纳入统计的|参与统计的")


def _inserted(indicator: str, subject: str) -> str | None:
    """The words a rate's subject puts inside the indicator's name (老年人中医药健康管理率 for
    老年人健康管理率: 中医药), where they name a kind, not a doing (建成投用, 实施): a rate of a narrower
    kind. Only rates: a count of a narrower kind is no more than the count of the whole, a rate may be
    anything."""
    subject = to_simplified("".join(subject.split()))
    # (全市公办中小学校食堂…覆盖率, for 中小学校食堂…覆盖率: the public schools' rate, before the name)
    bare = _WHOLE_LEAD.sub("", subject)
    front = _FRONT_KIND.match(bare)
    if front is not None and front.group() not in indicator and bare[front.end():front.end() + 4] in indicator:
        return front.group()
    for t in range(len(subject) - 2, 2, -1):
        tail = subject[t:]
        if tail not in indicator:
            continue
        for x in range(t - 2, 1, -1):
            words, lead = subject[x:t], subject[max(0, x - 3):x]
            if lead + tail in indicator and words not in indicator and not _NOT_A_KIND.search(words) \
                    and len(content(words).replace("|", "")) >= 2:
                return words
    return None


_FRONT_KIND = regex.compile(r"公办|民办|公立|民营|中心城区|主城区|城区|农村|乡村|市本级|市属|市直|省属|县级|重点|示范")
_WHOLE_LEAD = regex.compile(r"^(?:全市|全县|全区|我市|我县|我区|本市|全年|(?:19|20)\d\d年(?:底|末)?)+")
# (食品安全监督抽检合格率: 监督 names the standard sampling, no narrower kind)
_NOT_A_KIND = regex.compile(r"[()（）、和及与均都已将\d]|提供|开通|开展|检测|全年|年度|累计|拥有|监督")
_KIND_WORD = regex.compile(r"[^，,。；;]{1,4}[型性类级式]|公办|民办|公共|公益|专用|专职")
_SAYS_KIND = regex.compile(r"均为|全部为|全为|都是|均是|均系|全部是|均属|全部属于|均已纳入|全部纳入|"
                           # (…14所，全部按期投入使用: all of the figure's, in use)
                           r"(?:均已|全部|均)(?:按期|如期|已)?(?:投入使用|投用|投入运营|建成投用|竣工投用|交付使用)")
_SHARE_OF_KIND = regex.compile(r"[^，,。；;]{1,12}?(?:占比|比例|比重)[^，,。；;\d]{0,8}?\d+(?:\.\d+)?%")


def check_thing(quoted: Quoted, claim: Claim, declared: Quantity, indicator: str, report: Report,
                field: tuple[object, ...], plan_quote: str = "") -> None:
    """A count of another thing than the indicator's: the thing the indicator ends with (公交车 of 更新新能源公交车,
    候车亭, 村卫生室 of 村卫生室标准化建设), its doing words aside, is named neither in the quote nor in the figure's
    clause (更新新能源巡游出租车260台, 新增公交站点230个, 基层医疗卫生机构标准化建设112个)."""
    text = quoted.release.text
    wider = wider_scope(to_simplified("".join(plan_quote.split())),
                        to_simplified("".join(text[claim.clause[0]:claim.end].split()))) if plan_quote else None
    if wider is not None:  # (全年建成乡镇（街道）综合养老服务中心13个, for 建成街道综合养老服务中心12个)
        report(Message("figure-wider-places", declared=declared.text, kind=wider[0], more=wider[1]), *field)
        return
    driven = _DRIVEN.search("".join(text[claim.clause[0]:claim.start].split()))
    if driven is not None and "带动" not in indicator:  # (扶持创业带动就业5600人, for 扶持创业: the jobs it made)
        report(Message("figure-counts-driven", declared=declared.text, driven=driven.group(), indicator=indicator),
               *field)
        return
    thing = thing_named(indicator)
    if thing is None:
        return
    # (生产安全事故死亡人数, of 死亡55人: the people the figure counts are its 人数; 参加…保险人数 says 人数 itself)
    counted = thing[-4:-2] if thing.endswith("人数") and claim.quantity.unit in ("人", "名") else thing[-2:]
    if thing.endswith(("演出", "活动")) and len(thing) >= 5:
        counted = thing[-4:-2]  # (“送戏下乡”演出1000场, of 送戏下乡1126场: the shows, which 场 counts)
    # the quote and the figure's clause (支持100个行政村开展生活污水治理: after the figure too); a table's cell, its
    # column's heading (盘州市 | 42 | 33 | … under 村卫生室标准化完成（个）)
    cell = table_cell(text, claim.start)
    # (and the table's title: 各县市区…新增公共停车泊位完成情况（单位：个） over 西陵区  3000  3150; or the words just
    # above it: …全市新建改造高标准农田35.6万亩…。⏎⏎县（市、区）  年度任务（万亩）…)
    top = heading_line(text, text.rfind("\n", 0, claim.start) + 1) if cell is not None else 0
    said = to_simplified("".join((quoted.text + text[claim.clause[0]:claim.clause[1]]
                                  + (cell[1] + table_intro(text, text.rfind("\n", 0, claim.start) + 1)
                                     + text[max(0, top - 120):top] if cell is not None else "")).split()))
    item = max(claim.clause[0], text.rfind("、", claim.clause[0], claim.start) + 1)  # (…、宁城县31个: its item)
    own = _STAGE_ONLY.sub("", "".join(text[item:claim.start].split()))
    places = head_places(own) if own else None
    if places is not None and own.startswith(places[0][0]):
        own = own[len(places[0][0]):]
    if thing[-2:] not in said and counted not in said and (len(own) < 2 or _POINTER.search(own)):
        # (已建成12个, 2023年改造98公里, 其中宁城县31个, 其中…改造任务完成1.08万户: a clause naming no thing of its own
        # is of the thing its sentence names before, or its paragraph: …新建改建城市公共厕所162座。…实际建成并投入
        # 使用145座; not 全年新增和更新新能源公交车126辆，更新新能源巡游出租车260台, whose clause names its own)
        low = _sentence_start(text, claim.start, SENTENCE_ENDS, titles=False)
        paragraph = max(text.rfind("\n\n", max(0, low - 300), low), max(0, low - 300))
        said += to_simplified("".join(text[paragraph:claim.clause[0]].split()))
    # (中小学 for 中小学校, 公交车 for 公交车辆: a last character that adds nothing)
    if thing[-2:] not in said and counted not in said and not (thing[-1] in "校辆" and thing[-3:-1] in said) \
            and not any(other in said for other in _SAME_THING.get(thing[-2:], ())):
        report(Message("figure-other-thing", declared=declared.text, thing=thing, subject=claim.subject or "—",
                       indicator=indicator), *field)


def thing_named(indicator: str) -> str | None:
    """The thing an indicator of a count ends with, its doing words stripped from both ends (新建公交候车亭 →
    公交候车亭; 村卫生室标准化建设 → 村卫生室); None for a rate or share, or a name too short to tell."""
    named = re.sub(r"[（(][^）)]*[）)]|[“”\"「」]", "", to_simplified("".join(indicator.split())))
    if _NO_THING_NAME.search(named) or _DOING_WITHIN.search(named):
        return None  # (a rate; or a doing with a thing inside it, 支持行政村开展生活污水治理: which word is the thing?)
    previous = None
    while previous != named:
        previous = named
        named = _DOING_TAIL.sub("", _DOING_LEAD.sub("", named))
    return named if len(named) >= 3 and not re.search(r"\d", named) else None


# what a clause may say before a figure that names no thing (实际建成并投入使用, 核减后实际完成, 准确数字应为)
_STAGE_ONLY = regex.compile(r"[，,、：:（(）)]|其中|另外|此外|同时|全年|今年|当年|年内|全市|全县|全区|我市|本市|"
                            r"[上下]半年|[一二三四]季度|第[一二三四]季度|首批|第[一二三四五六七八九十]批|"
                            r"累计|共计|"
                            r"共|合计|"
                            r"总计|已经|已|均|全部|实际|分别|并|和|及|完成|新建|新增|建成|改造|提升|提质|升级|改扩建|"
                            r"改建|扩建|续建|"
                            r"实施|筹集|开工|投入使用|"
                            r"投用|交付|建设|竣工|验收|完工|开放|到岗|聘用|招聘|核减后|核实后|准确数字应|应|达到|达|为|"
                            r"(?:19|20)\d\d年(?:底|末)?|\d{1,2}月底?|截至|截止|目前|年底|年末|的")
# the last words of a thing said another way (公共停车泊位 and 公共停车位)
_SAME_THING = {"泊位": ("车位",), "车位": ("泊位",), "生室": ("卫生所",), "生所": ("卫生室",), "公厕": ("厕所",),
               "厕所": ("公厕",), "品种": ("药品", "药物", "产品")}  # (集采中选药品落地品种: the drugs)
_DRIVEN = regex.compile(r"带动[^，,。；;\d]{0,8}$")
_DOING_WITHIN = regex.compile(r".(?:开展|支持|推进|实施|组织|帮助|帮扶|引导|推动|鼓励|为|对|给|向)")
_POINTER = regex.compile(r"任务|项目|上述|这些|该")  # (纳入民生实事的改造任务: the plan's thing, by its task)
_NO_THING_NAME = regex.compile(r"率|比例|占比|比重|指数|水平|浓度|人均|每千|每万|平均")
# (not 人数: 参保人数 and 参加…保险人数 are one)
_DOING_TAIL = regex.compile(r"(?:建设|改造|更新|提升|新建|改建|扩建|新改建|改扩建|整治|修缮|安装|加装|配备|实施|"
                            r"完成|老化|"
                            r"标准化|规范化|提档升级|升级|全覆盖|覆盖|建成投用|投入使用|投用|建成|开工|治理|维修|创建|"
                            r"培育|新增|"
                            r"认定|达标|工程|项目|任务|行动|工作|服务|数量|规模|总量)$")


def _kind_unsaid(indicator: str, subject: str, sentence: str, clause: str) -> str | None:
    """The words the indicator puts before the thing both it and the figure's subject end with, where the
    figure's sentence says none of them (新建公共充电桩 and 新建各类充电桩: 公共; 国控断面水质优良比例 and
    省控及以上断面水质优良比例: 国控): the figure may count more, or other things, than the indicator."""
    named = to_simplified("".join(indicator.split()))
    bracket = re.search(r"[（(]([^）)]*)[）)]", named)
    said = to_simplified("".join(subject.split()))
    if bracket is not None and bracket.group(1) in said:
        return None  # (城市可吸入颗粒物（PM10）平均浓度 and PM10平均浓度: one thing)
    named = re.sub(r"[（(][^）)]*[）)]", "", named)
    shared = 0
    while shared < min(len(named), len(said)) and named[-1 - shared] == said[-1 - shared]:
        shared += 1
    if shared < 2:
        return None
    words = _DOING_LEAD.sub("", named[:-shared])
    # (送戏下乡等文化惠民演出, for 文化惠民演出580场 after 组织送戏下乡: 等 names examples, not a kind)
    words = words[:-1] if words.endswith("等") and len(words) > 2 else words
    if len(words) < 2 or words[0] in "并和及与、，," or re.search(r"\d|年", words) or words in sentence \
            or words in ("城乡", "全市", "全县", "全区"):
        return None  # (新增学位3000个，均为公办学位: its sentence says 公办; 城乡 of 新建城乡老年助餐点 is all of them)
    if any(words.endswith(word) and thing in said for word, thing in _IMPLIED):
        return None  # (优良天数比率 is of 空气质量, 老旧小区改造 of 城镇's: the word sets no kind apart)
    # the subject puts other words in their place (新增中小学学位 for 新增公办义务教育学位), or its sentence says
    # none of them
    other = _DOING_LEAD.sub("", said[:-shared])
    if len(other) >= 2 and other not in named and len(words) <= 6 and head_places(words) is None \
            and not any(words[i:i + 2] in clause for i in range(len(words) - 1)):
        return words
    # (新增养老机构护理型床位 and 新增养老机构床位: the subject is the indicator less words within it, which its
    # sentence does not say)
    lead = 0
    while lead < min(len(words), len(other)) and words[lead] == other[lead]:
        lead += 1
    inserted = words[lead:]
    if lead >= 2 and other == words[:lead] and len(inserted) >= 2 and inserted not in sentence \
            and _KIND_WORD.fullmatch(inserted):  # (a kind, 护理型; not a description, 老化 of 燃气管道老化更新改造)
        return inserted
    # (公办 of 公办中小学和幼儿园, for 新建…中小学校17所，新增学位1.35万个: a kind word, unsaid, whatever else is)
    kind = _KIND_TOKEN.search(words)
    if kind is not None and kind.group().rstrip("性") not in sentence:  # (普惠 of 执行普惠收费 says 普惠性)
        return kind.group()
    # (a pair of its words the thing itself holds says nothing of the kind: 城市 of 中心城市 and 新建城市绿道)
    return None if any(words[i:i + 2] in sentence and words[i:i + 2] not in named[-shared:]
                       for i in range(len(words) - 1)) else words


_KIND_PART_AFTER = regex.compile(r"[，,]其中([^，,。；;\d]{1,12})\d")
_KIND_TOKEN = regex.compile(r"公办|民办|普惠性?|护理型|公共|国考|省考|燃气|供水|排水|供热|污水|雨水|安置点|重度|"
                            r"海上|陆上|分布式")  # (新增海上风电并网装机, for 风电装机容量…比上年末增加131万千瓦)


def _among(sentence: str, indicator: str) -> str | None:
    """A group the clause before a rate's sets it among, by words of its own the indicator does not say
    (纳入智慧健康管理平台的老年人中，体检率达到76.3%: the rate of those on the platform, not of all)."""
    group = _AMONG.search(sentence)
    if group is None:
        return None
    words = group.group(1)
    return None if any(words[i:i + 3] in indicator for i in range(len(words) - 2)) else group.group()


_AMONG = regex.compile(r"([^，,。；;：:的]{3,24})的[^，,。；;：:的\d]{1,8}中[，,]?[^，,。；;\d]{0,12}$")
_OWN_PART = regex.compile(r"其中[^，,。；;\d]{0,12}?\d[^，,。；;]*")
_THIS_INDICATOR = regex.compile(r"[该此这](?:一|项|一项)?指标|上述指标")
# words an indicator puts before a thing that no release needs to say: there is no other kind of it
_IMPLIED = (("空气质量", "优良天数"), ("城镇老旧", "小区"), ("城镇", "老旧小区"), ("冬季", "清洁取暖"))
_DOING_LEAD = regex.compile(r"^(?:新建|新增|建成|完成|改造|实施|开展|建设|创建|打造|提升|改扩建|新改建|全市|累计|"
                            r"[一二三四五六七八九十两\d]+年)+")
# kinds an indicator may name that a release always says where it counts them (普惠性托位, 普惠性幼儿园)
_KINDS_NAMED = ("普惠",)
_SUB_POPULATION = regex.compile(r"女性|男性|女童|男童|持证|重点人群|脱贫人口|监测对象|低保|特困|二级及以上|三级|"
                                r"公办|民办")
# the best of the parts, those among the new, all but one (各县区中…最高达到76.4%; 新增床位中，护理型床位占比62.3%;
# 除盘山县外，其余县区…均达到98%以上): not the region's level
# (城市低保标准最高的运河区、新华区达到每人每月890元: the best of the parts, named)
_NOT_ALL = regex.compile(r"(最高|最低|最好|最快)(?:的[^，,。；;\d]{0,20}?)?(?:达到|达|为|是)?$|"
                         r"(?:在|其中)?((?:新增|新建|新招聘|新入职|新开工|新改建)[^，,。；;：:]{1,16}?)中[，,]?"
                         r"[^，,。；;\d]{0,16}$|"
                         # (除23个列入易地搬迁撤并计划的自然村外; not 除新建12所外，还…: besides, not but)
                         r"(除[^，,。；;]{1,30}?(?:外|以外))(?![，,]?(?:还|也|另|又|同时|再))")
_PER_HEAD = regex.compile(r"每(?:千|万|百|十万)?(?:人口|人|户|名)|人均")
_AGE = regex.compile(r"\d+(?:周)?岁")
_AGE_BAND = regex.compile(r"\d+-\d+(?:周)?岁|\d+(?:周)?岁(?:以下|以上|及以上|及以下)")
_DASHES = regex.compile(r"[—–－~～至到]")
def _clause_around(text: str, at: int) -> str:
    """The clause of `text` (between marks) that holds position `at`."""
    low = max(text.rfind(mark, 0, at) for mark in "，,；;：:") + 1
    ends = [i for i in (text.find(mark, at) for mark in "，,；;：:") if i >= 0]
    return text[low:min(ends, default=len(text))]


# (105个示范村创建全面启动: a clause that counts the pilots, its figure its own, not a frame of the next clause's; not
# 在开展绩效评价的6个县（市、区）, which frames it)
_OWN_CLAUSE_FIGURE = regex.compile(r"^(?!在|对|从|据)[^\d]*\d+个[^，,；;：:]*?(?:创建|命名|认定|评选)[^，,；;：:]*?"
                                   r"(?:启动|开展|推进)")  # (a count of titles under way; not of pilots doing the work)
_SAMPLED = regex.compile(r"抽测|抽样|抽查|样本|(?:试点|示范)(?:县|区|市|乡镇|学校|医院|地区|单位|村|社区)|"
                         # (在开展绩效评价的6个县（市、区），…健康管理率达到76.2%: those counties' rate)
                         r"在[^，,。；;]{0,20}?[\d一二三四五六七八九十两]+个[^，,。；;]{0,6}?(?:县|区|乡镇|街道|村|社"
                         r"区)")
def _monitored(text: str, claim: Claim, sentence: str, simple: str) -> str | None:
    """The monitoring sites a figure is of, where its sentence opens with what they found (根据监测结果，…婴儿死亡率为
    4.2‰) after a sentence that names a few of them (我市有科尔沁区、开鲁县2个国家级妇幼卫生监测点): their words."""
    if not _BY_MONITORING.match(sentence):
        return None
    low = _sentence_start(text, claim.start, SENTENCE_ENDS, titles=False)
    before = "".join(text[_sentence_start(text, max(0, low - 1), SENTENCE_ENDS, titles=False):low].split())
    sites = _SITES.search(before)
    return sites.group() if sites is not None and sites.group(1) not in simple else None


_BY_MONITORING = regex.compile(r"(?:根据|据|从)?(?:上述|这些)?(?:监测|抽样|抽查|调查)(?:点)?(?:结果|数据)?"
                               r"(?:显示|看|表明)?[，,]")
_SITES = regex.compile(r"[\d一二三四五六七八九十两]+个[^，,。；;]{0,12}?(监测点|哨点|样本[县区点])")
# words for several things at once, and the things (“两癌”筛查 is of cervical and breast cancer both)
_UMBRELLAS = (("两癌", ("宫颈癌", "乳腺癌")), ("两病", ("高血压", "糖尿病")),
              ("三高", ("高血压", "高血糖", "高血脂")))
# a counted group of newcomers a rate is of (新招聘的1260名, 新入职的86名教师, 新引进120名)
_NEW_GROUP = regex.compile(r"(新(?:招聘|招录|录用|入职|聘用|引进|进|招|聘|补充))的?"
                           r"(?:\d[\d.]*|[一二三四五六七八九十百千]+)万?(?:名|个|人|位)")
_LIST_ITEM = regex.compile(r"(?<=[\d个所家人万亿元张台座处条户名项])[、；;]")


def _check_whole(quoted: Quoted, claim: Claim, declared: Quantity, indicator: str, lead: str, report: Report,
                 field: tuple[object, ...]) -> None:
    """The whole is not the part the indicator names, where its sentence goes on to give that part:
    新增养育托育托位2680个，其中普惠托位1860个, for 新增普惠托位."""
    text = quoted.release.text
    cells = row_cells(text, claim.start)
    if cells is not None:
        # (指标名称  单位  合计  其中：普惠性 over 新增托位  个  1200  760, for 新增普惠性托位: 760 is the part's)
        named_here = to_simplified("".join(indicator.split()))
        label = to_simplified("".join((table_cell(text, claim.start) or ("", ""))[0].split()))
        for heading, cell, holds in cells:
            kind = _PART_COLUMN.match("".join(heading.split()))
            if not holds and kind is not None and kind.group(1) in named_here and kind.group(1) not in label \
                    and any(h and _WHOLE_COLUMN.search(h) for h, _, at in cells if at):
                report(Message("figure-whole-of-part", declared=declared.text, part=f"{heading} {cell}",
                               indicator=indicator), *field)
                return
    after = "".join(text[claim.end:claim.end + 60].split())
    part = _PART_AFTER.match(after)
    if part is None:
        # the rest of the clause first (为1.1万户家庭发放煤改电取暖补贴，其中完成改造0.6万户): a part done only
        rest = _REST_OF_CLAUSE.match(after)
        later = _PART_AFTER.match(after[rest.end():]) if rest is not None else None
        if rest is not None and later is not None and \
                _done_part(to_simplified(later.group(1)), indicator, lead + claim.subject + rest.group()):
            report(Message("figure-whole-of-part", declared=declared.text, part=later.group().lstrip("，,；;"),
                           indicator=indicator), *field)
        return
    named = to_simplified(part.group(1))
    # (建成高标准农田6.4万亩，其中新建2.3万亩、改造提升4.1万亩, for 新建和改造提升高标准农田: the parts the indicator
    # joins make up the whole it counts)
    others, at = [], part.end()
    while (next_part := _NEXT_PART.match(after, at)) is not None:
        others.append(next_part.group(1))
        at = next_part.end()
    if others and all(_names_part(to_simplified(other), indicator) for other in others) \
            and _JOINT.search(to_simplified("".join(indicator.split()))) is not None:
        return
    if len(named) >= 2 and _names_part(named, indicator) and not _names_part(named, lead + claim.subject) or \
            _done_part(named, indicator, lead + claim.subject):
        report(Message("figure-whole-of-part", declared=declared.text, part=part.group().lstrip("，,；;"),
                       indicator=indicator), *field)


def _done_part(named: str, indicator: str, whole: str) -> bool:
    """A part done of a whole counted for something else: 为1.1万户家庭发放煤改电取暖补贴，其中完成改造0.6万户;
    已完成勘察设计的老旧小区52个，其中完成改造31个 (the doing the indicator names is the part's, not the whole's)."""
    done = _PART_DONE.match(named)
    if done is None:
        return False
    work = done.group(1)
    return work in to_simplified("".join(indicator.split())) and work not in whole


_PART_COLUMN = regex.compile(r"其中[：:，,]?(\w{2,8})")
_WHOLE_COLUMN = regex.compile(r"合计|总计|小计|总数|全部")
_REST_OF_CLAUSE = regex.compile(r"[^，,。；;：:\d]{1,20}(?=[，,；;]其中)")
_PART_DONE = regex.compile(r"^(?:已|实际)?(?:完成|建成|竣工)(\w{2,6})$")
# a part its sentence gives right after a figure: ，其中普惠托位1860个; ，其中中心城区22个
def _names_part(part: str, name: str) -> bool:
    """Whether `name` names the part: holds it whole (中心城区), or four characters of it in a row
    (纳入民生实事的改造任务 in 改造农村户厕（民生实事）)."""
    name = to_simplified("".join(name.split()))
    return part in name or any(part[i:i + 4] in name for i in range(len(part) - 3))


# (or the next sentence does: 全年打造口袋公园32个。其中，新建13个，提升改造19个)
_NEXT_PART = regex.compile(r"[、，,]([^\d，,。；;：:、]{2,16}?)(?:为|达到|达|有|共)?"
                           r"[\d一二三四五六七八九十两][^、，,。；;]{0,8}")
_PART_AFTER = regex.compile(r"^[，,；;。]其中[，,]?((?:\dG|[^\d，,。；;：:]){2,16}?)(?:为|达到|达|有|共)?"
                            r"[\d一二三四五六七八九十两][^、，,。；;]{0,8}")


_JOINT = regex.compile(r"([^\W\d_]{2,6}?)(?:和|以及|(?<![惠涉普波顾危企])及)([^\W\d_]{2,8})")
_EITHER = regex.compile(r"(?=([^\W\d_]{2,4})或([^\W\d_]{2,4}))")
_DONE_LATE = regex.compile(r"^(?:年末|年底|12月|近期)?(?:新?通过|完成)?(?:交工|竣工)?验收(?:合格)?的")
_INCLUDED = regex.compile(r"[（(]含([^）)]{1,24})[）)]")
_WITHIN_NAME = regex.compile(r"(?<=\w)[（(]([^）)含]{1,6})[）)](?=\w)")
_BUILT_AND_BUILDING = regex.compile(r"(?:建成|已建)(?:和|及|与|、)在建|在建(?:和|及|与|、)(?:建成|已建)")
# (错时共享, 挖潜, 盘活: places there were, opened to others; not new ones)
_OTHER_WORK = regex.compile(r"改扩建|提升改造|改造|维修|原有|续建|结转|扩建|改建|共享|挖潜|盘活")
_OTHER_WORK_AFTER = regex.compile(r"[，,；;（(]其中[，,]?[\d一二三四五六七八九十两]+[^\d，,。；;]{0,3}?"
                                  r"(?:为|系|是|属于|属|由)[^，,。；;]{0,16}?(?:" + _OTHER_WORK.pattern + ")|"
                                  # (，其中利用…内部停车位错时共享1420个: the other work named before its figure)
                                  r"[，,；;（(]其中[，,]?[^\d，,。；;]{0,24}?(?:" + _OTHER_WORK.pattern + r")"
                                  r"[^\d，,。；;]{0,6}?[\d.]+|"
                                  # (。按建设类型分，新建2.1万亩，改造提升3.1万亩: the next sentence's breakdown)
                                  r"[。；;]?(?:按[^，,。；;\d]{0,8}?分|分类型看|从类型看|分类看)[，,：:]?[^。\d]{0,4}?"
                                  r"(?:[^。]{0,30}?[，,、])?[^\d，,。；;]{0,8}?(?:" + _OTHER_WORK.pattern + r")"
                                  r"[^\d，,。；;]{0,6}?[\d.]+")
_REMARK_CELL = regex.compile(r"(?<=\s)含[^\s，,。；;]{0,16}?(?:" + _OTHER_WORK.pattern + r")[^\s，,。；;]{0,8}")
_NEW_WORK = regex.compile(r"新建|新增|新开工|新设")
_RENOVATED = regex.compile(r"改造|提升|维修|修缮|翻新|改建|改扩建|扩建|整治|整修|改善")
_BUILT_NEW = regex.compile(r"新建|新增|新设|新开工|建成|打造|建设|落成")
# a list of kinds of work a figure counts together (新建、改扩建公办幼儿园22所)
_WORK = r"(新建|改扩建|改建|扩建|新增|改造|维修|提升)"
_WORKS = regex.compile(_WORK + r"(?:[、和及与]|以及)?" + _WORK)
_WORK_OR = regex.compile(r"新[（(](改|扩|改扩)[）)]建|改[（(](扩)[）)]建")
# 城市书房和农家书屋共15个: the things of a list counted as one figure
_TOGETHER = regex.compile(r"([^，,；;。]+(?:[、和与及]|以及)[^，,；;。]+?)(?:共计|合计|总计|一共|共)"
                          r"(?:有|为|达到?|完成|建成|实施)?$")  # (安居工程和危房改造共完成5200户)


# a rate's own name, at the end of what a figure counts (城市污水集中收集率, 建成区绿地率, 调查失业率): the word
# before 率 and what it is a rate of; 比率 and 占比 are 比例
_RATE_NAME = regex.compile(r"([^\W\d_]{2})(率|比例|比重)$")
_RATE_KINDS = ("登记", "调查", "常住", "户籍")  # (城镇登记失业率 and 城镇调查失业率: two statistics)


def check_same_rate(plan_subject: str, claim: Claim, declared: Quantity, report: Report,
                    field: tuple[object, ...]) -> None:
    """A rate of another name than the plan's: 城市污水处理率 for 城市污水集中收集率, 建成区绿化覆盖率 for 建成区绿地率,
    农村集中供水率 for 农村自来水普及率, 城镇登记失业率 for 城镇调查失业率 (what the indicator says aside: its author
    may word it loosely, 失业率, but the plan's quote names the statistic)."""
    if declared.unit not in RELATIVE_UNITS:
        return
    plan_name, own_name = _rate_name(plan_subject), _rate_name(claim.subject)
    if plan_name is None or own_name is None:
        return
    plan_said, own_said = _rate_words(plan_subject), _rate_words(claim.subject)
    other_kind = any(kind in plan_said for kind in _RATE_KINDS) and any(kind in own_said for kind in _RATE_KINDS) \
        and not any(kind in plan_said and kind in own_said for kind in _RATE_KINDS)
    if plan_name != own_name and own_name.endswith("率") and plan_name.endswith(("比例", "比重")) \
            and own_name[:2] in plan_subject:
        plan_name = own_name  # (…覆盖的行政村比例, and 覆盖率95.8%: the one statistic, in two words)
    if plan_name != own_name or other_kind:
        report(Message("figure-other-rate", declared=declared.text, subject=claim.subject, plan=plan_subject), *field)


def check_column(quoted: Quoted, claim: Claim, declared: Quantity, as_of: date, plan_quote: str, report: Report,
                 field: tuple[object, ...], indicator: str = "") -> None:
    """A cell of a table's column of the year before (上年), of another year than the outcome's (2024年), or of a
    stock (年末实有, 累计) where the plan counts what is added: not the year's result, whatever its row says."""
    cells = row_cells(quoted.release.text, claim.start)
    heading = next((heading for heading, _, here in cells or () if here), "")
    said = to_simplified("".join(heading.split()))
    if not said:
        return
    years = {int(year) for year in _COLUMN_YEAR.findall(said)}
    earlier = bool(_EARLIER_COLUMN.search(said)) and not _THIS_COLUMN.search(said)
    stock = bool(_STOCK_COLUMN.search(said)) and not _ADDED.search(said) and not _THIS_COLUMN.search(said) \
        and bool(_ADDED.search("".join(plan_quote.split()))) and not _STOCK_COLUMN.search(plan_quote)
    if earlier or (years and as_of.year not in years) or stock:
        report(Message("figure-other-column", declared=declared.text, heading=heading.strip()), *field)
        return
    others = _total_of_kinds(quoted.release.text, claim.start, indicator)
    if others:
        # (学段  新增学位  其中：公办 … 合计  2460  2310, for 新增公办学前教育学位: the total of 小学 and 初中 too)
        report(Message("figure-counts-more", declared=declared.text, counted="、".join(others), indicator=indicator),
               *field)
        return
    summed = _summed_columns(cells or [], said)
    named = [column for column in summed if column in to_simplified("".join(indicator.split()))]
    if named and len(named) < len(summed):
        # (县（市、区）  任务数  新建  改造提升  合计 over 黄梅县  14  11  6  17, for 新建标准化村卫生室: 17 is
        # both works')
        report(Message("figure-counts-more", declared=declared.text, counted="、".join(summed), indicator=indicator),
               *field)


def _total_of_kinds(text: str, at: int, indicator: str) -> list[str]:
    """For a figure of a table's total row (合计) whose rows are kinds (学前教育, 小学, 初中; 公办养老机构, …,
    家庭养老床位), where the indicator names some of them and not others: the rows it does not name. A row is named
    where its name, or an end of it of two characters or more other than the indicator's last word (床位, 学位), is in
    the indicator."""
    start = text.rfind("\n", 0, at) + 1
    if not _TOTAL_ROW.match(text, start):
        return []
    top = heading_line(text, start)
    # (the rows above the total, as the table's reader cuts them)
    lines = text[text.find("\n", top) + 1:start].split("\n")
    offsets = itertools.accumulate((len(line) + 1 for line in lines[:-1]), initial=text.find("\n", top) + 1)
    labels = [cells[0][1] for at in offsets if at < start and (cells := row_cells(text, at))]
    if len(labels) < 2 or any(head_places(label) is not None for label in labels):
        return []
    simple = to_simplified("".join(indicator.split()))

    def named(label: str) -> bool:
        label = to_simplified(label)
        return label in simple or any(label[cut:] in simple and label[cut:] != simple[-2:]
                                      for cut in range(1, len(label) - 1))

    said = [named(label) for label in labels]
    return [label for label, yes in zip(labels, said, strict=True) if not yes] if any(said) else []


_TOTAL_ROW = regex.compile(r"[ \t\u3000]*(?:合计|总计|小计|全市合计|全州合计)(?:\t|\u3000| {2,})")


def _summed_columns(cells: list[tuple[str, str, bool]], heading: str) -> list[str]:
    """The headings of the columns just before a total's (合计, 小计) that add up to its cell: the works or kinds it
    counts together; none where it is no total, or they do not add up."""
    at = next((k for k, (_, _, here) in enumerate(cells) if here), None)
    if at is None or not _TOTAL_COLUMN.fullmatch(heading) or not _NUMBER_CELL.fullmatch(cells[at][1]):
        return []
    total, values = float(cells[at][1]), list[float]()
    for _, cell, _ in reversed(cells[:at]):
        if not _NUMBER_CELL.fullmatch(cell):
            break
        values.insert(0, float(cell))
        if len(values) >= 2 and abs(sum(values) - total) < 1e-6:  # (the nearest run of two or more that adds up)
            return [to_simplified("".join(name.split())) for name, _, _ in cells[at - len(values):at]]
    return []


_NUMBER_CELL = regex.compile(r"\d+(?:\.\d+)?")
_TOTAL_COLUMN = regex.compile(r"合计|小计|总计|合计数|小计数")


def check_grade(quoted: Quoted, claim: Claim, declared: Quantity, plan_quote: str, report: Report,
                field: tuple[object, ...], indicator: str = "") -> None:
    """A figure of another grade than the plan's: 市级示范村 for 省级示范村, 国家3A级 for 4A级, 省考断面 for 国考断面,
    卫生厕所 for 无害化卫生厕所 (what the indicator says aside: its author may word it loosely)."""
    text = quoted.release.text
    own = to_simplified("".join(text[claim.clause[0]:claim.clause[1]].split()))
    said = to_simplified("".join(text[_sentence_start(text, claim.start, SENTENCE_ENDS, titles=False):
                                      claim.clause[1]].split()))
    asked = to_simplified("".join(plan_quote.split()))
    other = other_grade(own, said, asked, indicator)
    if other is not None:
        report(Message("figure-other-grade", declared=declared.text, said=other[0], asked=other[1]), *field)
        return
    for family in _GRADES:
        wanted = _grades(family, asked) or _grades(family, to_simplified(indicator))
        found = _grades(family, own) or _grades(family, said)
        joined = _JOINED_GRADES.search(own) if len(wanted) == 1 and wanted < found else None
        if joined is not None and len({family[1].get(m.group(1), m.group(1))
                                       for m in family[0].finditer(joined.group())}) > 1:
            # (公办园和普惠性民办园在园幼儿占比达到92.6%, for 公办: the two grades counted together)
            report(Message("figure-counts-more", declared=declared.text, counted=joined.group(),
                           indicator=plan_quote), *field)
            return
    if "净增" in asked and "净增" not in said and "新增" in own:
        # (新增规上工业企业86户, for 净增50户: what was added, before what left)
        report(Message("figure-other-grade", declared=declared.text, said="新增", asked="净增"), *field)
        return
    if "无害化" in asked and "无害化" not in said and "卫生厕所" in said:
        report(Message("figure-other-grade", declared=declared.text, said="卫生厕所", asked="无害化卫生厕所"), *field)


def other_grade(own: str, said: str, asked: str, indicator: str = "") -> tuple[str, str] | None:
    """A grade `own` (the figure's clause, or the quote; else `said`, its sentence) names where the plan's quote
    `asked` (else the indicator) names another of the same family: (the one said, the one asked)."""
    for family in _GRADES:
        # (the plan's quote, else the indicator: 达到160亿元, of 一般公共预算收入)
        wanted = _grades(family, asked) or _grades(family, to_simplified(indicator))
        # (the figure's clause, 评定市级乡村振兴示范村24个; else its sentence, 在…省考断面中，…比例为85.7%)
        found = _grades(family, own) or _grades(family, said)
        if len(wanted) == 1 and found and not found & wanted:
            shown = next(m.group() for m in (*family[0].finditer(own), *family[0].finditer(said)))
            return shown, next(m.group() for m in family[0].finditer(asked + to_simplified(indicator)))
    # (达到二级医院标准, for 二级甲等以上水平: the level, not the grade within it)
    graded = _HOSPITAL_GRADE.search(asked) or _HOSPITAL_GRADE.search(to_simplified(indicator))
    level = _HOSPITAL_LEVEL.search(own) or _HOSPITAL_LEVEL.search(said)
    if graded is not None and level is not None and not _HOSPITAL_GRADE.search(own + said):
        return level.group(), graded.group()
    return None


_HOSPITAL_GRADE = regex.compile(r"[二三]级[甲乙]等|[二三][甲乙](?=以上|医院|水平|标准)")
_HOSPITAL_LEVEL = regex.compile(r"[二三]级(?:以上)?(?:医院|公立医院|综合医院|中医院|水平|标准)")


def _grades(family: tuple[re.Pattern[str], dict[str, str]], text: str) -> set[str]:
    return {family[1].get(m.group(1), m.group(1)) for m in family[0].finditer(text)}


_JOINED_GRADES = regex.compile(r"[^，,。；;\d]{2,10}?(?:和|及|与|、|以及)[^，,。；;\d]{2,12}")
# grades a plan names, each family's members (the same grade by two names mapped to one)
_GRADES: tuple[tuple[re.Pattern[str], dict[str, str]], ...] = (
    # (not 市级财政资金, 省级以上: money and bounds are no grade)
    (regex.compile(r"(国家级|省级|自治区级|市级|县级|国家(?=[^，,。；;\d]{0,8}?(?:示范|卫生|园林|森林|文明|节水|全域)))"
                   r"(?!财政|资金|部门|政府|机关|以上|以下|补助|奖补|统筹|领导|层面|督导|考核|验收组|评估组)"),
     {"自治区级": "省级", "国家": "国家级"}),  # (国家节水型城市: a national title)
    (regex.compile(r"([1-5一二三四五])A级"), {"一": "1", "二": "2", "三": "3", "四": "4", "五": "5"}),
    (regex.compile(r"(国考|省考|国控|省控|市控)"), {"国控": "国考", "省控": "省考"}),
    (regex.compile(r"(基本标准|推荐标准)"), {}),
    (regex.compile(r"(标准化|规范化)"), {}),
    (regex.compile(r"(全口径|一般公共预算)"), {}),
    # (60岁以上 for 65岁以上; 66人以上超大班额 for 56人以上大班额)
    (regex.compile(r"(\d+(?:周)?岁)以上"), {}),
    (regex.compile(r"(\d+人)以上(?=[^，,。；;\d]{0,3}?班额)"), {}),
    (regex.compile(r"(公办|普惠性?|民办)(?=[^，,。；;\d]{0,4}?(?:幼儿园|园|学校|学位|托位|托育|机构))"),
     {"普惠性": "普惠"}),
    (regex.compile(r"(甲级|乙级|丙级)(?=[^，,。；;\d]{0,4}?(?:村卫生室|卫生室|医院|资质))"), {}),
    # (三级乙等医院 for 三级甲等: a hospital's grade; 二级 and 三级 alike)
    (regex.compile(r"([一二三]级[甲乙丙]等|[二三]甲|[二三]乙)"), {"三甲": "三级甲等", "二甲": "二级甲等",
                                                          "三乙": "三级乙等", "二乙": "二级乙等"}),
    # (义务教育基本均衡 for 优质均衡: another standard of the same assessment)
    (regex.compile(r"(基本均衡|优质均衡)"), {}),
)


# a column of another period than the year's (上年, 去年同期), or of what there is (年末实有, 累计); not one of a change
_EARLIER_COLUMN = regex.compile(r"上年|去年|上一年|前一年|同期|基期|上期")
_STOCK_COLUMN = regex.compile(r"实有|累计|总数|总量|存量|期末|年末|年底|总计")
_THIS_COLUMN = regex.compile(r"本年|今年|当年|本期|增长|增减|下降|提高|增幅|变化|[比较]上年|同比")
_COLUMN_YEAR = regex.compile(r"(?<!\d)((?:19|20)\d\d)(?:年|$)")


def check_named_parts(quoted: Quoted, claim: Claim, declared: Quantity, indicator: str, report: Report,
                      field: tuple[object, ...]) -> None:
    """Parts after the figure (其中…) that show it counts more than the indicator: parts that add up to it, one named
    as the indicator's thing and another not (发放创业担保贷款16.3亿元，其中财政贴息的创业担保贷款12.7亿元，…普惠信用
    贷款3.6亿元), or one the indicator's kind and the other not (新增公办学位9600个，其中幼儿园学位3150个、中小学学位
    6450个, for 新增公办学位（公办幼儿园）); or a part of another kind than the one the indicator adds to the figure's
    name (新增学位1.38万个，其中幼儿园学位3300个, for 中小学新增学位)."""
    text = quoted.release.text
    if claim.quantity.unit in RELATIVE_UNITS:
        return
    parts = [c for c in quoted.reading.claims_within(claim.end, _sentence_end(text, claim.end))
             if c.start >= claim.end and c.quantity.unit == claim.quantity.unit]
    if not parts or not "".join(text[claim.end:parts[0].start].split()).lstrip("，,").startswith("其中"):
        return
    # (each part's words from the figure before it: 其中幼儿园学位3150个、中小学学位6450个)
    names = [to_simplified("".join(text[max(c.clause[0], before.end):c.start].split())).lstrip("，,、")
             for before, c in zip([claim, *parts[:-1]], parts, strict=True)]
    names = [name.removeprefix("其中").lstrip("，,") for name in names]
    simple = to_simplified("".join(indicator.split()))
    subject = to_simplified("".join(claim.subject.split()))
    if len(parts) == 1:
        # (the kind the indicator adds to the figure's name, 中小学 of 中小学新增学位, and the part's another, 幼儿园)
        tail = len(_common_prefix([names[0][::-1], subject[::-1]]))
        kind, extra = names[0][:-tail] if tail >= 2 else "", "".join(ch for ch in simple if ch not in subject)
        if len(kind) >= 2 and len(extra) >= 2 and not any(ch in simple for ch in kind) \
                and _DOING_SAID.sub("", kind) != "":
            report(Message("figure-counts-more", declared=declared.text, counted=f"{extra}、{kind}",
                           indicator=indicator), *field)
        return
    try:
        whole = to_base(claim.quantity.value, claim.quantity.unit)[0]
        total = sum(to_base(c.quantity.value, c.quantity.unit)[0] for c in parts)
    except CheckerError:
        return
    if abs(total - whole) > whole / 1000:
        return
    thing = thing_named(indicator)
    # (the longest end of the thing a part names: 创业担保贷款 of 发放创业担保贷款)
    named = next((thing[cut:] for cut in range(len(thing) - 2) if any(thing[cut:] in name for name in names)),
                 None) if thing is not None else None
    # (another kind of the same head, 普惠信用贷款; not a place's part, 其中中心城区100个、县城50个)
    if named is not None and any(named not in name and name.endswith(named[-2:]) for name in names):
        report(Message("figure-counts-more", declared=declared.text, counted="、".join(names), indicator=indicator),
               *field)
        return
    scores = _distinct_coverage(names, simple)
    if max(scores) == 1.0 and min(scores) == 0.0 and head_places(names[scores.index(0.0)]) is None:
        mine = names[scores.index(1.0)]
        report(Message("figure-kind-a-part", declared=declared.text, kind=mine, indicator=indicator,
                       said="其中" + "、".join(names)), *field)


def check_plan_kind(quoted: Quoted, claim: Claim, declared: Quantity, plan_subject: str, indicator: str,
                    report: Report, field: tuple[object, ...]) -> None:
    """A kind the plan's quote names and its rule's indicator drops (护理型 of 新增护理型养老床位1000张, for an
    indicator 新增养老床位), where the figure's sentence says none of it: the figure may count more than the plan."""
    simple = to_simplified("".join(indicator.split()))
    text = quoted.release.text
    low = _sentence_start(text, claim.start, SENTENCE_ENDS, titles=False)
    sentence = to_simplified("".join(text[low:_sentence_end(text, claim.end)].split()))
    clause = to_simplified("".join(text[claim.clause[0]:claim.clause[1]].split()))
    planned = to_simplified("".join(plan_subject.split()))
    # (the words the plan's subject puts inside the indicator's name, 新增|护理型|养老床位: not framing before it,
    # 民生实事项目计划任务是|新建初级中学)
    kind = next((planned[len(head):planned.index(rest, len(head))]
                 for cut in range(2, len(simple) - 1)
                 for head, rest in ((simple[:cut], simple[cut:]),)
                 if planned.startswith(head) and rest in planned[len(head) + 2:len(head) + 6 + len(rest)]), None)
    if kind is None or not 2 <= len(kind) <= 4 or _FRAMING.search(kind):
        return
    # (新增养老床位1260张，其中护理型床位812张: the kind said after the figure as a part of it is not what it counts)
    before = to_simplified("".join(text[low:claim.end].split()))
    after = sentence[len(before):]
    part = re.search("其中[^。；;]{0,12}?" + re.escape(kind), after) is not None and kind not in before
    if part:
        said = re.search("其中[^。；;]{0,12}?" + re.escape(kind) + "[^，,。；;]{0,16}", after)
        report(Message("figure-kind-a-part", declared=declared.text, kind=kind, indicator=plan_subject,
                       said=said.group() if said else kind), *field)
        return
    if kind in sentence or _kind_unsaid(plan_subject, claim.subject, sentence, clause) is None:
        return
    report(Message("figure-lacks-kind", declared=declared.text, kind=kind, indicator=plan_subject), *field)


_FRAMING = regex.compile(r"任务|计划|项目|目标|年|是|为|全市|全县|全区|建设|完成|实施")


def _rate_words(subject: str) -> str:
    return to_simplified("".join(subject.split())).replace("比率", "比例").replace("占比", "比例")


def _rate_name(subject: str) -> str | None:
    name = _RATE_NAME.search(_LEVEL_VERB.sub("", _rate_words(subject)))
    return None if name is None else name.group()


_LEVEL_VERB = regex.compile(r"(?:达到|达|为|提高到|提升到|保持在|稳定在|控制在|降至|降到|提高至)$")


# what a figure may count where it covers or reaches them (覆盖20个街道, 惠及12个县区): places and bodies, not the
# things the indicator counts
_REACHED_UNITS = regex.compile(r"(?:个|所|家|座)?(街道|乡镇|乡（镇）|镇街|镇|社区|行政村|自然村|村|居委会|"
                               r"县（市、区）|县（市、区、管委会）|县市区|县（区）|县区|区县|县|市州|园区|学校|企业|单"
                               r"位)")
_REACHING = regex.compile(r"(?:覆盖|惠及|辐射|服务|涉及|遍及|遍布|分布于|分布在|延伸至|延伸到|联系|结对|帮扶|包括|包含|"
                          r"落地|入驻|进驻|走进|深入)(?:了|到|至|全市|全县|全区|共|等)*$")


def check_counted_after(quoted: Quoted, claim: Claim, declared: Quantity, indicator: str, report: Report,
                        field: tuple[object, ...]) -> None:
    """A figure the things it covers or reaches follow (社区养老服务综合体服务范围已覆盖20个街道（乡镇）): it counts
    those places or bodies, not the indicator's things (建成社区养老服务综合体), unless the indicator counts them."""
    text = quoted.release.text
    after = _REACHED_UNITS.match("".join(text[claim.end:claim.end + 12].split()))
    reach = _REACHING.search("".join(text[claim.clause[0]:claim.start].split()))
    if after is None or reach is None:
        return
    unit = after.group(1)
    if unit in to_simplified("".join(indicator.split())) or unit[:2] in to_simplified("".join(indicator.split())):
        return  # (覆盖乡镇数, 惠及行政村: the indicator counts them)
    report(Message("figure-counts-reached", declared=declared.text, counted=unit, indicator=indicator,
                   passage=reach.group() + _written(claim.quantity) + unit), *field)


def check_list_item(quoted: Quoted, claim: Claim, declared: Quantity, indicator: str, report: Report,
                    field: tuple[object, ...]) -> None:
    """A figure of a list before 分别 or 依次 (城市、县城燃气普及率依次为99.2%、97.1%) is the name's in its place: where
    another item's name is the indicator's, the figure is that item's neighbour, whatever the quote cut off."""
    text = quoted.release.text
    low = _sentence_start(text, claim.start, SENTENCE_ENDS, titles=False)
    if not _IN_ORDER.search(text, low, claim.start):
        return
    high = _sentence_end(text, claim.end)
    try:
        read = quoted.release.reading_around(low, high).claims_within(low, high)
    except CheckerError:
        return
    mine = next((c for c in read if c.start == claim.start), None)  # (as the whole list reads it)
    run = [c for c in read if mine is not None and c.span == mine.span and c.subject == mine.subject]
    names = _ITEM_JOINS.split(mine.subject) if mine is not None and "分别" not in mine.subject else []
    if len(run) >= 2 and len(names) == len(run) and all(names) and mine is not None:
        # (分别完成农村适龄妇女宫颈癌筛查、乳腺癌筛查2.6万人、3.1万人: 分别 before the list, each figure its item's)
        scores = _distinct_coverage(names, indicator)
        at = run.index(mine)
        best_at = max(range(len(names)), key=scores.__getitem__)
        if scores[best_at] - scores[at] >= 0.5:
            report(Message("figure-counts-other", what=Message("what-outcome-value"), declared=declared.text,
                           subject=names[at], other=_written(run[best_at].quantity), other_subject=names[best_at],
                           indicator=indicator), *field)
            return
    items = [c for c in read if mine is not None and c.span == mine.span and c.start != mine.start
             and c.subject != mine.subject]
    own = likeness(indicator, mine.subject) if mine is not None else 1.0
    best = max(items, key=lambda c: likeness(indicator, c.subject), default=None)
    scores = _distinct_coverage([mine.subject, best.subject], indicator) if mine is not None and best is not None \
        else [1.0, 0.0]
    # (or the other's own words all the indicator's, and not the figure's: 宫颈癌、乳腺癌筛查分别完成2.86万人、3.24万人,
    # quoted from 分别, for 宫颈癌筛查, the second read as 乳腺癌筛查)
    if mine is not None and best is not None and scores[0] != 1.0 \
            and (likeness(indicator, best.subject) > own + 0.1 or scores[1] == 1.0):
        # (not 新增养老机构床位、护理型床位分别为…, for 新增养老机构护理型床位: the indicator names all the item's own
        # words; the first's it names too are the head both share)
        report(Message("figure-counts-other", what=Message("what-outcome-value"), declared=declared.text,
                       subject=mine.subject, other=_written(best.quantity), other_subject=best.subject,
                       indicator=indicator), *field)


_IN_ORDER = regex.compile(r"分别|依次")


def check_kinds_counted(quoted: Quoted, claim: Claim, declared: Quantity, indicator: str, report: Report,
                        field: tuple[object, ...], plan_quote: str = "") -> None:
    """A figure of two kinds of work together (新建、改扩建22所) is not the figure of the one the
    indicator names (新建公办幼儿园: the 9 new ones)."""
    subject = "".join(claim.subject.split())
    text = quoted.release.text
    lead_text = text[claim.clause[0]:claim.start]
    if "\n" in lead_text:  # (十四、人民生活、就业、社会保障⏎全年城镇新增就业…: the heading above is no list of its)
        heading = "".join(lead_text[:lead_text.rfind("\n")].split())
        subject = subject.removeprefix(heading)
    clause_lead = "".join(lead_text[lead_text.rfind("\n") + 1:].split())
    # (新建（含改扩建）公办幼儿园9所; 建成…站点43个（含提升改造原有站点17个）: other work counted in)
    inside = _INCLUDED.search("".join(text[claim.clause[0]:claim.start].split())) or _INCLUDED.match(
        "".join(text[claim.end:claim.end + 40].split()))
    work = _OTHER_WORK.search(inside.group(1)) if inside else None
    # (每千人口执业（助理）医师数, for 每千人口执业医师数: the assistants counted in)
    within = _WITHIN_NAME.search(subject)
    if within is not None and within.group(1) not in indicator \
            and subject[max(0, within.start() - 2):within.start()] + subject[within.end():within.end() + 2] \
            in "".join(indicator.split()):
        report(Message("figure-counts-more", declared=declared.text, counted=within.group(), indicator=indicator),
               *field)
        return
    # (每千人口床位数（含医养结合机构床位）: a kind the indicator does not name counted in)
    kind = inside is not None and work is None and len(content(inside.group(1)).replace("|", "")) >= 4 \
        and to_simplified(inside.group(1))[:4] not in to_simplified(indicator) \
        and head_places(inside.group(1)) is None \
        and not _DONE_LATE.search(inside.group(1))  # (31座（含年末通过交工验收的4座）: done, the last at year's end)
    if inside and (work and work.group() not in indicator or kind):
        report(Message("figure-counts-more", declared=declared.text, counted=inside.group(), indicator=indicator),
               *field)
        return
    # (新建口袋公园58个，其中23个为原有街头绿地提升改造; a row's remark cell 含2024年续建项目5所: a part
    # of the figure is other work)
    line = text[claim.end:min(_line_end(text, claim.end), claim.end + 80)]
    part = _OTHER_WORK_AFTER.match("".join(line.split())) or _REMARK_CELL.search(line)
    other = _OTHER_WORK.search(part.group()) if part else None
    # (a row's 含跨年度续建14.4公里, 含2024年结转项目3条: work carried over is no year's own, whatever the plan)
    if part and other and other.group() not in indicator and (_NEW_WORK.search(subject + indicator)
                                                               or other.group() in ("续建", "结转")):
        report(Message("figure-counts-more", declared=declared.text, counted=part.group().lstrip("，,；;（( "),
                       indicator=indicator), *field)
        return
    joint = _JOINT.search(to_simplified(subject))
    named_here = to_simplified("".join(indicator.split()))
    # (or the words right beside the 及, where they are what is joined: 农村公路新改建及养护工程, for 新改建农村公路)
    if joint is not None and ((joint.group(1) not in named_here and joint.group(2)[:2] in named_here)
                              or (joint.group(1) in named_here and joint.group(2)[:2] not in named_here)
                              or (joint.group(1)[-3:] in named_here and joint.group(2)[:2] not in named_here)) \
            and head_places(joint.group()) is None and "分别" not in subject:  # (…分别为8.6万人、12万人: each its own)
        # (清洁能源和新能源公交车占比, for 新能源公交车占比: two kinds counted together)
        report(Message("figure-counts-more", declared=declared.text, counted=joint.group(), indicator=indicator),
               *field)
        return
    # (帮助1.35万名失业人员和农村劳动力实现就业, for 帮扶城镇失业人员再就业: the figure before the two it counts)
    after = _JOINT.match(to_simplified("".join(text[claim.end:claim.clause[1]].split())))
    if after is not None and after.group(1) in named_here and after.group(2)[:2] not in named_here \
            and head_places(after.group()) is None:
        report(Message("figure-counts-more", declared=declared.text, counted=after.group(), indicator=indicator),
               *field)
        return
    # (达到服务能力基本标准或推荐标准, for …推荐标准: either of two grades of one thing, the indicator's one of them)
    either = next((m for m in _EITHER.finditer(to_simplified("".join(text[claim.clause[0]:claim.clause[1]].split())))
                   if m.group(1)[-2:] == m.group(2)[-2:] and (m.group(1) in named_here) != (m.group(2) in named_here)),
                  None)
    if either is not None:
        report(Message("figure-counts-more", declared=declared.text, counted=either.group(), indicator=indicator),
               *field)
        return
    together = _TOGETHER.search(clause_lead)
    if together is not None:
        items = _ITEM_JOINS.split(together.group(1))
        scores = _distinct_coverage(items, indicator)
        keys = _item_keys(items, named_here)
        if len(items) > 1 and (max(scores) >= 0.5 and min(scores) == 0 or any(keys) and not all(keys)) \
                and head_places(together.group(1)) is None:
            report(Message("figure-counts-more", declared=declared.text, counted=together.group(1),
                           indicator=indicator), *field)
            return
    listed = _listed_things(clause_lead)
    if listed is not None and head_places("".join(listed)) is None:
        keys = _item_keys(listed, named_here)
        if any(keys) and not all(keys):
            # (完成药品、医疗器械、化妆品抽检1460批次, for 药品抽检: one doing of several things, counted together)
            report(Message("figure-counts-more", declared=declared.text, counted="、".join(listed),
                           indicator=indicator), *field)
            return
    both = _BUILT_AND_BUILDING.search("".join(text[claim.clause[0]:claim.start].split()))
    if both is not None:  # (建成和在建…充电桩1360个: what is being built counted in)
        report(Message("figure-counts-more", declared=declared.text, counted=both.group(), indicator=indicator),
               *field)
        return
    both_in_one = _WORK_OR.search(subject)
    # (新（改）建城市道路 in either width of bracket: the indicator names both)
    if both_in_one is not None and both_in_one.group(1) + "建" not in indicator \
            and not _WORK_OR.search("".join(indicator.split())):
        # (全市新（改）建公办幼儿园11所, for 新建公办幼儿园: the rebuilt ones counted in)
        report(Message("figure-counts-more", declared=declared.text, counted=both_in_one.group(), indicator=indicator),
               *field)
        return
    said = "".join(text[claim.clause[0]:claim.start].split()) + subject
    renovated = _RENOVATED.search(said)
    if renovated is not None and _NEW_WORK.search(named_here) and not _RENOVATED.search(named_here) \
            and not _BUILT_NEW.search(said):
        # (改造提升口袋公园32个, for 新建口袋公园: old ones done up, not new ones built)
        report(Message("figure-other-work", declared=declared.text, work=renovated.group(), indicator=indicator),
               *field)
        return
    works = _WORKS.search(subject)
    if works is None or "分别" in subject[works.end():]:
        return  # 新建和改扩建幼儿园分别为5所、7所: one kind a figure
    named = "".join(indicator.split())
    missing = [word for word in works.groups() if word not in named]
    if len(missing) == 2:  # (an indicator naming neither, 高标准农田建设: the plan's quote may, 新建高标准农田25万亩)
        missing = [word for word in works.groups() if word not in "".join(plan_quote.split())]
    if missing and len(missing) < 2:
        report(Message("figure-counts-more", declared=declared.text, counted=works.group(), indicator=indicator),
               *field)


def check_one_of_joined(quoted: Quoted, claim: Claim, declared: Quantity, indicator: str, additive: bool,
                        report: Report, field: tuple[object, ...]) -> None:
    """An indicator that joins two or three things (困难残疾人生活补贴和重度残疾人护理补贴标准, a standard each must
    reach) is not answered by a figure said of one of them alone (重度残疾人护理补贴标准提高到每人每月150元), unless
    the plan counts them at least so many together (`additive`: a part that reaches it carries the whole)."""
    if additive:
        return
    named = re.sub(r"[（(][^）)]*[）)]", "", to_simplified("".join(indicator.split())))
    items = [item for item in _ITEM_JOINS.split(named) if item]
    if not 2 <= len(items) <= 3 or any(len(item) < 2 for item in items) or head_places(named) is not None:
        return
    keys = [item[:2] for item in items]
    if len(set(keys)) < len(keys):
        return
    text = quoted.release.text
    said = to_simplified("".join((text[claim.clause[0]:claim.start] + quoted.text).split()))
    present = [key in said for key in keys]
    if any(present) and not all(present) and "分别" not in said:
        one = items[present.index(True)]
        others = "、".join(item for item, there in zip(items, present, strict=True) if not there)
        report(Message("figure-one-of-joined", declared=declared.text, said=one, others=others,
                       indicator=indicator), *field)


def check_scope(quoted: Quoted, claim: Claim, declared: Quantity, what: Message, region: str, indicator: str,
                report: Report, field: tuple[object, ...], plan_quote: str = "") -> None:
    """The figure is the region's and a figure of its own: not the province's or the country's
    (全省新建幼儿园1200所 in a city's release), not a threshold (达到85%的县区)."""
    text = quoted.release.text
    lead = text[claim.clause[0]:claim.start]
    tail = "".join(text[claim.end:claim.end + 8].split())
    if tail.startswith("的") and _COMPARED.search("".join(lead.split())[-4:]) and not _TARGET_AFTER.match(tail):
        report(Message("figure-is-threshold", what=what, declared=declared.text,
                       passage=_written(claim.quantity) + tail[:3]), *field)
    if _SURVEYED.match(tail):
        # 95.3%的受访家长…表示满意: a share of those asked, not the indicator's rate
        report(Message("figure-is-survey-share", what=what, declared=declared.text, passage=tail[:6]), *field)
    unit = _ONE_UNIT.match("".join(lead.split()))  # (the figure's own clause opens with it)
    if unit and not _ONE_UNIT.search("".join(indicator.split())):
        # 以安庆市第一中学为例，该校…100%; 吉安市中心人民医院日间手术占比…: one institution's, not the region's
        report(Message("figure-of-one-unit", what=what, declared=declared.text, unit=unit.group()), *field)
    wider = _WIDER.search("".join(lead.split()))
    if wider and not region.endswith("省") and region not in lead:
        report(Message("figure-wider-region", what=what, declared=declared.text, scope=wider.group(),
                       region=region), *field)
    part = _PART.search(to_simplified(indicator))
    if part is None and plan_quote:
        # (a plan of 中心城区新增公共停车泊位3000个, for an indicator 新增公共停车泊位: the part its figure is of, named
        # before it and not as a part of a whole's, 全市…，其中中心城区…)
        head = to_simplified("".join(plan_quote.split()))
        head = head[:next((at for at, ch in enumerate(head) if ch.isdigit()), len(head))]
        if "其中" not in head and _WHOLE.search(head) is None:
            part = _PART.search(head) or _PART.match(_DOING_LEAD.sub("", head))  # (完成市区237个…)
    whole = _WHOLE.search("".join(lead.split()))
    if part and not whole and what.code == "what-outcome-value" and part.group() not in to_simplified(quoted.text):
        # (全年新增义务教育公办学位6800个, for 市城区新增…5000个: the part named nowhere in its paragraph before it, nor
        # in its clause, the count is of all)
        low = _sentence_start(text, claim.start, SENTENCE_ENDS, titles=False)
        paragraph = max(text.rfind("\n\n", max(0, low - 300), low), max(0, low - 300))
        if part.group() not in to_simplified("".join(text[paragraph:claim.clause[1]].split())):
            report(Message("figure-part-unnamed", declared=declared.text, part=part.group(), indicator=indicator),
                   *field)
    if part and whole and part.group() not in to_simplified(lead):
        report(Message("figure-of-whole-region", what=what, declared=declared.text, whole=whole.group(),
                       part=part.group(), indicator=indicator), *field)
    # and the other way: 市区PM2.5平均浓度为25.4微克/立方米 is not the city's, where the indicator names no part
    # (nor 市直学校方面，公办园在园幼儿占比达到61.2%: a topic of a part, before the clause)
    topic = _PART_TOPIC.search("".join(text[_sentence_start(text, claim.start, SENTENCE_ENDS, titles=False):
                                            claim.clause[0]].split()))
    # (全年市城区空气质量优良天数比例为93.2%: a part, after the year's word)
    # (and after a heading over it: 九、资源、环境和安全生产\n\n全年市城区…; not after a line broken mid-sentence:
    # 实际改造提升\n\n城区小学 7 所, whose 城区 is a kind of school)
    broken = lead.rfind("\n")
    above = lead[:broken].strip().rsplit("\n", 1)[-1].strip() if broken >= 0 else ""
    own_lead = lead[broken + 1:] if above and _NUMBERED_HEADING.match(above) and "。" not in above else lead
    # (a speaker's name in a transcript: 【卫健委主任】城区…)
    opening = _PART.match(re.sub(r"^(?:【[^】]{1,12}】)?[，,、]*(?:全年|今年|年内|本年|当年|年末|年底)?"
                                 r"(?:其中[，,]?)?", "",
                                 to_simplified("".join(own_lead.split())))) or topic
    if opening is None and not part and not whole:
        # (中心城区环境空气质量优良天数比率达到99.2%，细颗粒物（PM2.5）平均浓度降至18微克/立方米: the part the first
        # clause of the sentence's part opens with scopes the clauses after it that name no place of their own)
        begin = max(text.rfind(mark, max(0, claim.clause[0] - 200), claim.clause[0]) for mark in "。；;！？\n") + 1
        first = "".join(text[begin:claim.clause[0]].split())
        own_words = "".join(text[claim.clause[0]:claim.start].split())
        # (…，县级以上集中式饮用水水源地水质达标率为100%: a clause with a scope of its own)
        if first and head_places(own_words) is None and not _OWN_SCOPE.match(own_words):
            opening = _PART.match(re.sub(r"^(?:全年|今年|年内|本年|当年|年末|年底)", "", to_simplified(first)))
    if opening and not part and not _PART.search(to_simplified(region)):
        report(Message("figure-of-part-region", what=what, declared=declared.text,
                       part=opening.group().rstrip("，,").removesuffix("方面"), region=region), *field)
    # (在中心城区，城市建成区黑臭水体保持动态清零，消除比例100%, for 县级城市建成区…: the city's centre, not the county
    # towns; and the other way)
    framed = _IN_PART.search("".join(text[_sentence_start(text, claim.start, SENTENCE_ENDS):claim.start].split()))
    wanted = "县城" if _COUNTY_TOWNS.search(to_simplified(indicator)) else "中心城区" if _CENTRE.search(
        to_simplified(indicator)) else None
    if framed is not None and wanted is not None and (framed.group(1) == "县城") != (wanted == "县城"):
        report(Message("figure-of-other-part", what=what, declared=declared.text, part=framed.group(1),
                       wanted=wanted, indicator=indicator), *field)
    # (行政村5G网络覆盖率 planned, 重点行政村…覆盖率达98% said: a rate over fewer places)
    _check_narrower(text[claim.clause[0]:claim.end], plan_quote, what, report, field)
    owner = _place_of(quoted, claim, declared)
    if owner is not None and any(place in indicator for place in owner[0]):
        owner = None  # 中心城区新增停车泊位: the indicator counts that part of the region
    planned = head_places(_AT_PLACES.sub("", "".join(to_simplified(plan_quote).split()))) if owner and plan_quote \
        else None
    if owner is not None and planned is not None and set(planned[0]) == set(owner[0]):
        owner = None  # (a plan of 在大石桥市、盖州市建成…医共体2个: those places' figure is the plan's)
    level = _LEVEL.match("".join(lead.split()))
    if owner is None and level and region[-1:] in "市县区旗省" and region[-1] != level.group(1):
        owner = ((level.group(),), "one")  # 全县… (a county's) is no figure of a 市
    if owner is None and region.endswith("市"):
        # …唐河县被确定为试点县…。新建农村公益性公墓42个，覆盖全县80%以上的行政村: the sentence's own
        # scope is a county's, where it names neither the city nor its counties together (全县（市、区）)
        sentence = "".join(text[_sentence_start(text, claim.start, SENTENCE_ENDS, titles=False):
                                _sentence_end(text, claim.end)].split())
        county = _COUNTY_WIDE.search(sentence)
        if county and not any(word in sentence for word in (*_CITY_WIDE, region)):
            owner = ((county.group(),), "one")
    ranked = _RANKED_PLACE.search("".join(lead.split())) if owner is None else None
    if ranked is not None:
        owner = ((ranked.group(),), "one")  # (排名第一的设区市每千人口…托位数达到4.8个: the leader's, another city)
    others = _OTHER_PLACES.search("".join(lead.split())) if owner is None else None
    if others is not None and any(name[-1] in _FACILITY_ENDS for name in others.group(1).split("、")):
        others = None  # (维修改造解放路、中央大街等城市主次干道27条: roads of the city, not other cities)
    if others is not None and region.rstrip("市县区旗") not in others.group():
        owner = (tuple(others.group(1).split("、")), "one")  # (株洲、衡阳等地新增公共停车泊位均在9000个以上)
    if owner is not None and (owner[1] == "together" or not any(same_place(place, region) for place in owner[0])):
        clause = "".join(text[claim.clause[0]:claim.clause[1]].split())
        code = "figure-places-together" if owner[1] == "together" else "figure-other-region"
        report(Message(code, what=what, declared=declared.text, owner="、".join(owner[0]),
                       passage=clause if len(clause) <= 40 else clause[:40] + "…", region=region), *field)


_SCOPE_IN_CLAUSE = regex.compile(r"\d+个(?:乡镇|街道|行政村|村|社区|县|区|县区|县（市、区）)|全市|全县|全区")
_OWN_SCOPE = regex.compile(r"(?:县级以上|地级以上|市级|县级|乡镇|农村|城市|城镇|全市|全县|全区|各|国控|省控|重点)")
# a part of the region a sentence's part is framed by (在中心城区，…；在县城，…), and the parts an indicator names
_IN_PART = regex.compile(r"(?:^|[；;。])在(中心城区|主城区|城区|市区|县城)[，,][^；;。]*$")
_COUNTY_TOWNS = regex.compile(r"县级城市|县城")
_CENTRE = regex.compile(r"中心城区|主城区")
_RANKED_PLACE = regex.compile(r"(?:排名|排在|位列)第[一二三四五六七八九十\d]+(?:位|名)?的"
                              r"(?:设区市|地级市|城市|市州|县区|县|区)")
_AT_PLACES = regex.compile(r"^(?:在|于|支持|推动)")
_NUMBERED_HEADING = regex.compile(r"(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)]|\d+[.、．])"
                                  r"[^，,；;]{1,20}$")
# places named in a list and 等地 (兄弟城市): others' (株洲、衡阳等地)
_APPOSED_PLACE = regex.compile(r"(?:同为|同样作为|作为|与我市同为)[^，,。；;]{1,16}?的([^\W\d_]{2,6}?[市县区州盟旗])["
                               r"，,]?$")
_FACILITY_ENDS = frozenset("路街巷桥园场馆站道河湖")
_OTHER_PLACES = regex.compile(r"((?:[^\W\d_]{2,4}、)+[^\W\d_]{2,4})等(?:地|兄弟城市|周边城市|周边地市|城市|市州|地市)")


def _section_place(quoted: Quoted, claim: Claim) -> str | None:
    """The place a numbered heading of its own line names, over the figure's lines ((一)林州市):
    the figures under it are that place's. Looked for up to a few lines back, to the first heading."""
    text = quoted.release.text
    at = claim.clause[0]
    for _ in range(_SECTION_LINES):
        line_start = text.rfind("\n", 0, at)
        if line_start < 0:
            return None
        previous = text.rfind("\n", 0, line_start) + 1
        line = "".join(text[previous:line_start].split())
        numbered = NUMBERED.match(line)
        name = line[numbered.end():] if numbered else line
        if 2 <= len(name) <= 8 and (head := head_places(name)) is not None and head == ((name,), "one"):
            return name
        if numbered and len(name) <= 30 and not _CLAUSE_MARK.search(name) \
                and (head := head_places(name)) is not None and head[1] == "one":
            return head[0][0]  # (二、西秀区重点公共卫生项目绩效审计情况: a section of that district's)
        if numbered:
            return None  # a heading of another kind ends the search
        at = line_start
    return None


_SECTION_LINES = 8

# the words for the region one speaks of or from (全县, 我区, 该县): its level is their last character
_COUNTY_WIDE = regex.compile(r"全县(?![（(市区])")
_LEVEL = regex.compile(r"(?:[一二三四五六七八九十]{1,3}、)?(?:从|在)?(?:我|全|该|本)(县|区|旗|镇|乡)")
_CITY_WIDE = ("全市", "我市", "本市", "市域")
_AREAS = ("农村地区", "乡村地区", "城镇地区", "城市地区", "城区")


def _unnamed_owner(quoted: Quoted, claim: Claim, lead: str) -> str | None:
    """Whose a figure is whose clause names no place: the place a part of its sentence opened with
    (其中，诸暨市…); the speaker's (a county official's 我县…), unless the clause speaks of the whole
    city (全市…); else the place of the heading over it."""
    text = quoted.release.text
    part = part_place(text, claim.clause[0])  # 其中，诸暨市…4所，改造…20个
    if part is not None:
        return part
    if _THAT_PLACE.search(lead):
        # (…赴沈阳市考察托育服务。2025年，该市新增普惠性托位4600个: 该市 is the place the sentence before names)
        low = _sentence_start(text, claim.start, SENTENCE_ENDS, titles=False)
        for _ in range(2):  # (…到沈阳市考察学习。沈阳的做法是…。2025年，该市…: two sentences back)
            high, low = low, _sentence_start(text, max(0, low - 1), SENTENCE_ENDS, titles=False)
            before = "".join(text[low:high].split())
            # (a name starts the sentence or follows a mark or a word of going: 到沈阳市, not 示范市 of 服务示范市)
            names = [found[0][0] for i in range(len(before)) if (i == 0 or before[i - 1] in _BEFORE_A_NAME)
                     and (found := head_places(before[i:])) is not None and found[1] == "one" and before.startswith(
                         found[0][0], i)]
            if names:
                return names[-1]
    # …；鄂温克族自治旗建成…，旗域内就诊率达到88.5%: the place an earlier clause of the sentence's part opens with
    # (not for an area of its own: 城区…12分钟以内，农村地区控制在30分钟以内)
    low = max(text.rfind(mark, max(0, claim.clause[0] - 200), claim.clause[0]) for mark in "。！？!?；;\n") + 1
    marks = [m.start() for m in _CLAUSE_MARK.finditer(text, low, claim.clause[0])]
    # (nor a conclusion drawn from what it follows: …东河区第二实验小学…竣工验收日期为2025年12月26日，…，据此核定全年8所
    # …全部竣工, of all eight)
    concluded = lead.startswith(("据此", "由此", "综上", "因此", "至此"))
    # (…城区污水处理厂三期扩建工程建成投运，…，完成省下达的12个乡镇…任务: a clause of places of its own)
    scoped = _SCOPE_IN_CLAUSE.search("".join(text[claim.clause[0]:claim.clause[1]].split())) is not None
    # (按照自治区统一部署，…全区…5.6万人，其中我市完成1.05万人: the clause names its own, the release's city)
    own_city = lead.removeprefix("其中").startswith(("我市", "本市", "县级以上", "县级及以上", "地级以上"))
    for begin in [] if lead.startswith(_AREAS) or concluded or scoped or own_city \
            else reversed([low, *(at + 1 for at in marks)]):
        head = "".join(text[begin:claim.clause[0]].split())
        if head.startswith(("其中", *_CITY_WIDE)):
            break
        if head.count("）") + head.count(")") > head.count("（") + head.count("("):
            continue  # (…1000公里（不含…，国省干线公路改造不计入），改造…危桥50座: a clause inside a bracket)
        apposed = _APPOSED_PLACE.match(head)
        if apposed is not None:  # (同为区域中心城市的柳州市，三年累计新增…1.86万个: that city's)
            return apposed.group(1)
        named = head_places(head)
        if named is not None and INSTITUTION.match(head, len(named[0][0])):
            continue  # (其中，柳梧新区第二小学、堆龙德庆区东嘎小学已于…投入使用，新增…学位2700个: schools' names)
        if named is not None and named[1] == "one" and lead.startswith("全年") and _DIGIT.search(head):
            break  # (南浔区2家文化驿站已于…完工，全年实际新建…21家: the place's own figure, then the year's whole)
        if named is not None and named[1] == "one":
            return named[0][0]
    asked = _place_asked(text, claim.start, lead)
    if asked is not None:
        return asked
    speaker = speaker_place(text, claim.start)
    if speaker is not None and not (lead.startswith(_CITY_WIDE) and not speaker.endswith("市")):
        return speaker
    return _section_place(quoted, claim)


_THAT_PLACE = regex.compile(r"该(?:市|县|区|旗|地|省)(?!场|级|委|政府工作)")
_BEFORE_A_NAME = frozenset("，,。；;：:、（）()“”的在赴到去与和及是对")


def _place_asked(text: str, at: int, lead: str) -> str | None:
    """The one place a journalist's question asks about (达茂旗是草原旗县，今年当地的生态环境质量怎么样？), where the
    answer names no place before the figure: the answer's figure is that place's, not the city's."""
    if not _has_journalist(text) or lead.startswith(_CITY_WIDE):
        return None
    asked = _question_before(text, at)
    if asked is None or any(word in asked[1] for word in _CITY_WIDE):
        return None
    question = asked[0][asked[0].find("：") + 1:]
    named = head_places(_ASKING_LEAD.sub("", question))
    return named[0][0] if named is not None and named[1] == "one" else None


_ASKING_LEAD = regex.compile(r"^(?:请问|想问一下|想问|我想问一下|我想问|我想了解一下|想了解一下|关于)[，,]?")


_WHOLE_AGAIN = regex.compile(r"[，,；;](?:全年|全市|全县|全区|全州|今年|累计|共)")


def _place_of(quoted: Quoted, claim: Claim, declared: Quantity) -> tuple[tuple[str, ...], str] | None:
    """The places whose figure `claim` is, where its clause opens with places (checker/language/
    places.py), and how; in a list with 分别 each place owns its own figure, in order. None where
    the clause names no place at its head, or where it cannot be told."""
    text = quoted.release.text
    cell = table_cell(text, claim.start)
    if cell is not None:
        # (指标名称  单位  全市  银州区  清河区… over 农村自来水普及率  %  94.2  99.1…: 99.1 is 银州区's)
        heading = to_simplified("".join(cell[1].split()))
        named = head_places(heading)
        if named is not None and named[0] == (heading,):
            return named
    lead = "".join(text[claim.clause[0]:claim.start].split())
    # (与嘉兴市（新增命名未来社区27个）相比: a bracket straight after a place's name holds that place's figure)
    opened = max(text.rfind("（", max(0, claim.start - 30), claim.start), text.rfind("(", max(0, claim.start - 30),
                                                                                     claim.start))
    if opened > 0 and max(text.rfind("）", opened, claim.start), text.rfind(")", opened, claim.start)) < 0:
        named_before = "".join(text[max(0, opened - 8):opened].split())
        for at in range(len(named_before) - 1):
            found = head_places(named_before[at:])
            if found is not None and found[1] == "one" and found[0][0] == named_before[at:]:
                return found
    # 其中红山区62个、松山区55个、宁城县31个: each figure of such a list is the place just before it
    before = [c.end for c in quoted.reading.claims_within(claim.clause[0], claim.start) if c.end <= claim.start]
    between = "".join(text[max(before):claim.start].split()) if before else ""
    if between[:1] in ("、", "，", ",", "和", "及", "与"):  # (not 三年内县财政…: 三年 is no item of a list)
        item = head_places(between.lstrip("、，,和及与"))
        if item is not None and item[1] == "one":
            return item
    head = head_places(lead)
    if head is None:
        owner = _unnamed_owner(quoted, claim, lead)
        return None if owner is None else ((owner,), "one")
    if head[1] == "one" and before and _WHOLE_AGAIN.search(between):
        return None  # (南浔区2家文化驿站已于…完工，全年实际新建…21家: the place's own figure before, then the whole's)
    if head[1] != "respectively":
        return head
    try:
        figures = [c for c in quoted.reading.claims_within(*claim.clause) if c.quantity.comparable_with(declared)]
    except CheckerError:
        return None
    starts = [c.start for c in figures]  # (the quote's claims carry the quote's own subjects: not equal)
    if len(figures) != len(head[0]) or claim.start not in starts:
        return None
    return (head[0][starts.index(claim.start)],), "one"


def check_since(quoted: Quoted, declared: Quantity, plan_start: date | None, plan_deadline: date | None,
                plan_quote: str, as_of: date, report: Report, field: tuple[object, ...]) -> None:
    """A running total since a year before the plan's period (2021年以来累计新建50所, “十四五”以来,
    三年来, for a 2025 target) is not the period's count: its sentence, up to the quote's end, says
    where it counts from; nor is one of which the sentence gives the year's part (截至2025年底累计
    新建86个，其中当年新建16个)."""
    text, start, end = quoted.release.text, quoted.match.start, quoted.match.end
    sentence = _sentence_start(text, start, titles=False)  # (a PDF line ending in 2024— is no title)
    one_year = plan_start is not None and plan_deadline is not None and (plan_deadline - plan_start).days <= 366
    figure = figure_of(quoted, declared)
    cell = None if figure is None else table_cell(text, figure.start)
    if figure is not None and cell is not None:
        heading = "".join(cell[1].split())
        if one_year and _OVER_YEARS_COLUMN.search(heading) \
                and not _OVER_YEARS_COLUMN.search("".join(plan_quote.split())):
            # (2025年目标  2025年完成  三年目标  三年累计完成: 216 is of three years)
            report(Message("outcome-total-since-launch", declared=declared.text, since=heading), *field)
            return
        # a table's row: only a note under the table that names the row says what it holds
        # (注：1.新建改扩建乡镇卫生院完成数中含2024年结转项目3所), not the next line
        noted = _note_on_row(text, figure.start, cell[0])
        if noted is not None and VERIFIED_COLUMN.search(cell[1]) and REPORTED_COLUMN.search(noted):
            noted = None  # (a note of what the 报告完成数 holds, beside the 审计核实数 that leaves it out)
        if one_year and noted is not None:
            over = _CARRIED.search(noted) is not None
            report(Message("outcome-counts-carried-over" if over else "outcome-includes-unfinished",
                           declared=declared.text, said=noted), *field)
        return
    after = "".join(text[end:min(len(text), end + 120)].split())
    semicolon = min((at for at in (after.find("；"), after.find(";")) if at >= 0), default=-1)
    if semicolon >= 0 and re.match(r"[^，,。；;\d]{2,16}?\d", after[semicolon + 1:]):
        after = after[:semicolon]  # (…542公里，…；完成危桥改造46座（含2024年结转项目19座）: another item's)
    # (…公交线路23条，新改建农村公路628公里（含2024年度结转任务96公里）: the next clause's own figure's)
    item = next((m.start() for m in re.finditer(r"[，,](?!其中)[^，,。；;\d（(]{2,16}?\d", after.split("。")[0])), None)
    after = after if item is None else after[:item]
    carried = _CARRIED.search(after)
    if carried is None and "。" in after:  # (…108公里。需要说明的是，108公里中有21公里为2024年结转项目)
        following = after.split("。")[1]
        # (…156公里。其中，列入2025年民生实事的为128公里，其余28公里为2024年结转项目: a part of it)
        carried = _CARRIED.search(following) if "".join(declared.text.split()) in following \
            or following.startswith("其中") else None
    if one_year and carried and carried.group(1) != str(as_of.year) + "年":
        # 新增8420个，其中2024年结转1120个: work of the year before counted in the year's figure
        report(Message("outcome-counts-carried-over", declared=declared.text, said=carried.group()), *field)
        return
    lead = "".join(text[sentence:end].split())
    own = "".join(text[figure.clause[0]:figure.start].split()) if figure is not None else ""
    # (not the year's own part: …开展一年多来，共改造…312公里，其中2025年完成268公里)
    launched = None if _PART_OF_YEAR.match(own) else _SINCE_LAUNCH.search(lead)
    # (集中攻坚行动开展一年多来，共改造…312公里，其中2025年完成268公里: a span of more than the year)
    over_years = "累计" in lead or launched is not None and launched.group("span") is not None \
        and "月" not in launched.group("span") or launched is not None and _ACTION_SPAN.search(lead) is not None
    if one_year and over_years:
        after = "".join(text[end:min(len(text), end + 60)].split())
        part = _PART_OF_YEAR.search(after.split("。")[0])
        if part:
            report(Message("outcome-total-with-part", declared=declared.text, part=part.group()), *field)
            return
    together = _YEARS_SUMMED.search(lead)
    if one_year and together is not None:  # (两年共改造老旧小区171个: two years' work, of which the year's is a part)
        report(Message("outcome-total-since-launch", declared=declared.text, since=together.group()), *field)
        return
    if re.match(r"其中[，,]?(?:" + str(as_of.year) + r"年(?!以来)|当年|全年)", own):
        return  # (2024年以来累计新增…2360个，其中2025年新增1480个: the year's own part, quoted)
    since = since_year(text[sentence:end], as_of.year)
    if since is None and one_year and launched is None and not _ANY_YEAR.search(lead):
        # (“十四五”时期是…的五年。全市改造…606.2公里; 自2024年起，我市连续两年将…。全市新增…1640个: a sentence of
        # no year of its own, after one that names a span of years, counts over the span)
        # (a heading above is no sentence of it: 一、2025年和“十四五”时期工作回顾)
        before = "".join(text[_sentence_start(text, max(0, sentence - 1)):sentence].split())
        span = _SPAN_BEFORE.search(before)
        # (one that names the span for a figure of its own is a sentence of its own: 三年来，全市新建…132所。; one
        # that names the year is of the year: 2025年是“十四五”规划收官之年。)
        # (过去五年，…全市地区生产总值年均增长7.2%。新建5G基站1.12万个: a mean rate of the span is no figure of its own)
        if span is not None and not _DIGIT.search(_YEARS.sub("", _MEAN_OF_SPAN.sub("", before))) \
                and f"{as_of.year}年" not in before:
            report(Message("outcome-total-since-launch", declared=declared.text, since=span.group()), *field)
            return
    if since is None:
        if one_year and launched and (over_years or figure is not None and launched.group("span") is None
                                      and _year_figure_beside(quoted, figure, as_of) is not None):
            # (…工程实施以来，全市新增普惠性托位2800个, where the paragraph gives 全年新增…普惠性托位1680个: the
            # programme ran before the year)
            report(Message("outcome-total-since-launch", declared=declared.text, since=launched.group()), *field)
        return
    begins = plan_start
    if begins is None:
        # (2024—2025年累计完成…6万户: from the span's first year)
        starts = [period.start for _, period in find_periods(plan_quote) if period.start is not None
                  and period.end is not None and period.end.year > period.start.year]
        starts += [date(year, 1, 1) for _, year in stated_years(plan_quote)[:1]]
        begins = min(starts, default=None)
    if begins is not None and date(since, 1, 1) < begins:
        report(Message("outcome-total-since-earlier", declared=declared.text, since=since, begins=begins), *field)


def taken_start(plan_deadline: date | None, plan_set: date | None, plan_quote: str) -> date | None:
    """The start a plan with none is taken to have: the first day of its deadline's year, where it was set (its
    release's date) within a year before the deadline and its quote counts no running total (2025年民生实事,
    published 2025-02: 完成…180公里 is 2025's work)."""
    if plan_deadline is None or plan_set is None or not 0 < (plan_deadline - plan_set).days <= 366 \
            or _TOTAL_PLAN.search("".join(plan_quote.split())):
        return None
    return date(plan_deadline.year, 1, 1)


def _own_part_of(unparted: str, claim: Claim, text: str) -> str:
    """The part of `unparted` (a sentence, flat) from the last semicolon before the claim's clause: the figure's own
    item (安置点配套幼儿园建成4所…；全市新建、改扩建公办幼儿园14所: the second item names no 安置点)."""
    before = "".join(text[max(0, claim.clause[0] - 200):claim.clause[0]].split())
    cut = max(before.rfind("；"), before.rfind(";"))
    if cut < 0:
        return unparted
    tail = before[cut + 1:]
    if not tail:  # (the clause opens right after the semicolon)
        semicolons = [at for at in (unparted.rfind("；"), unparted.rfind(";")) if at >= 0]
        return unparted[max(semicolons) + 1:] if semicolons else unparted
    at = unparted.rfind(tail)
    return unparted[at:] if at >= 0 else unparted


def _with_short_words(said: str) -> str:
    """`said`, with the short word of each long one it holds after it (投入使用: 投用), so that a kind named short
    is found in it."""
    return said + "".join(short for long, short in _SHORT_WORDS if long in said and short not in said)


_SHORT_WORDS = (("投入使用", "投用"), ("投入运营", "投用"), ("交付使用", "投用"), ("正式启用", "投用"))


def check_year_part(quoted: Quoted, claim: Claim, declared: Quantity, plan: PlanReading, plan_set: date | None,
                    report: Report, field: tuple[object, ...]) -> None:
    """For a plan of several years, a count its sentence gives as one later year's alone (2025年新建公共充电桩1186个,
    for 3000个 from 2023 to 2025), short of the target: an outcome of a count is read as the running total since the
    plan's start, which this is not; it is that year's part only where the rule says so (`increment: true`). (One that
    reaches the target alone carries the total with it.)"""
    plan_start, plan_deadline = plan.start or plan_set, plan.deadline
    if plan_start is None or plan_deadline is None or (plan_deadline - plan_start).days <= 400:
        return
    try:
        if plan.quantity is None or plan.comparator not in (Comparator.at_least, Comparator.more_than) \
                or to_base(declared.value, declared.unit)[0] >= to_base(plan.quantity.value, plan.quantity.unit)[0]:
            return
    except CheckerError:
        return
    period = claim.period
    if period is None or period.start is None or period.end is None or period.start <= plan_start \
            or (period.end - period.start).days > 366 or not claim.period_text:
        return
    text = quoted.release.text
    begin = max(text.rfind(mark, max(0, claim.start - 200), claim.start) for mark in "。；;！？\n") + 1
    part = to_simplified("".join(text[begin:claim.start].split()))
    if claim.period_text not in part or _RUNNING_WORDS.search(part):
        return
    report(Message("outcome-year-part", declared=declared.text, said=claim.period_text, start=plan_start), *field)


_RUNNING_WORDS = regex.compile(r"累计|以来|共计|合计|总计|总数|达到")


def check_total_period(quoted: Quoted, claim: Claim, declared: Quantity, plan_start: date | None,
                       plan_deadline: date | None, plan_set: date | None, plan_quote: str, as_of: date,
                       report: Report, field: tuple[object, ...]) -> None:
    """For a plan of one year, a count over a longer period: one its sentence dates from a year before
    (2024—2025年，全市新改建农村公路1006公里), or a running total its part of the sentence does not
    begin in the year (全年改造…196个；全市累计改造…1036个), by the deadline. A plan with no `start`, set (`plan_set`,
    its release's date) within a year of its deadline and no running total itself, is taken to be of
    its deadline's year for the second."""
    if plan_deadline is None:
        return
    declared_start = plan_start
    plan_start = plan_start or taken_start(plan_deadline, plan_set, plan_quote)
    if plan_start is None:
        return
    if (plan_deadline - plan_start).days > 366:
        return
    text = quoted.release.text
    floor = max(0, claim.start - 200)
    begin = max(text.rfind(mark, floor, claim.start) for mark in "。；;！？\n") + 1
    part = to_simplified("".join(text[max(begin, floor):claim.start].split()))
    period = claim.period
    if declared_start is not None and period is not None and period.start is not None and period.start < plan_start \
            and period.end is not None and period.end >= plan_start and claim.period_text \
            and claim.period_text in part:
        report(Message("outcome-period-longer", declared=declared.text, said=claim.period_text, start=plan_start),
               *field)
        return
    heading = _heading_over(text, claim.start)
    own_year = period is not None and period.start is not None and period.end is not None \
        and (period.end - period.start).days <= 366 and (claim.period_text or "\0") in part
    if declared_start is not None and heading is not None and _PLAN_PERIOD_HEADING.search(heading) \
            and not re.search(rf"{plan_start.year}年", heading) and not own_year:  # (其中，2025年…4.3万人: its own)
        # (under （一）“十四五”时期主要成就: 新建改扩建中小学校68所 is the five years')
        report(Message("outcome-period-longer", declared=declared.text, said=heading, start=plan_start), *field)
        return
    listed = _YEARS_LISTED.search(part)
    if listed is not None and as_of <= plan_deadline and not re.search("分别|依次|逐年", part[listed.end():]) and (
            not own_year or (claim.period_text or "")[:5] in listed.group()):  # (2023年、2024年…分别: each its own)
        # (口袋公园建设纳入2024、2025年度民生实事，全市新建城市口袋公园41个: the years listed, together)
        report(Message("outcome-total-unbounded", declared=declared.text, year=plan_start.year), *field)
        return
    # (全年发放…17.6亿元，全市累计发放…126.5亿元: the year named for the figure before, not for the running total)
    previous = max((c.end for c in quoted.reading.claims if max(begin, floor) <= c.end <= claim.start), default=0)
    tail = to_simplified("".join(text[max(begin, floor, previous):claim.start].split()))
    # (…累计并网装机1298万千瓦，比上年末增加118万千瓦: the rise is the year's, whatever the stock before it says)
    part = tail if previous and (_RUNNING.search(tail) or _RISEN_SINCE.match(tail)) else part
    # (a running total after the deadline, 截至3月底,顺延项目全部完工,全市累计…11所, is the plan's, late)
    if (_RUNNING.search(part) or _YEARS_TOGETHER.search(part)) and as_of <= plan_deadline \
            and since_year(part, plan_deadline.year) is None \
            and not _SINCE_LAUNCH.search(part) \
            and not re.search(rf"(?<!截至)(?<!截止)(?<!到){plan_start.year}年(?!底|末)|全年|今年|当年|年内|本年|"
                              r"(?<!截至)(?<!截止)(?:上半年|下半年|前?[一二三四]季度|前三季度|1[-—至~]\d+月)", part):
        report(Message("outcome-total-unbounded", declared=declared.text, year=plan_start.year), *field)


_YEARS_LISTED = regex.compile(r"(?:19|20)\d\d年?(?:度)?[、和及至—-](?:19|20)\d\d年(?!底|末|\d)")
# (这几年，…全市新建城市书房26个; 五年间，全市新建改扩建公办幼儿园68所)
# a heading over the results of a plan's whole period (（一）“十四五”时期主要成就, 二、过去五年工作回顾)
_PLAN_PERIOD_HEADING = regex.compile(r"十[一二三四五六七八九]五|五年|(?:19|20)\d\d[—–\-－至到~](?:19|20)?\d\d年")
_YEARS_TOGETHER = regex.compile(r"这几年|近几年|这些年|几年来|多年来|近年来|本届|"
                                r"[两二三四五六七八九十\d]+年(?:间|来|以来|中|下来|攻坚|奋战|努力|接续奋斗)|"
                                # (通过两年攻坚，全市新建…3260公里; 连续两年将…纳入民生实事，全市共新增…)
                                r"(?:通过|经过|历经|连续)[两二三四五六七八九十\d]+年")
# a running total (累计, 先后建成, 历年, 陆续建成)
_RUNNING = regex.compile(r"累计|先后|历年|陆续建成|总共|共建成")
_TOTAL_PLAN = regex.compile(r"累计|共计|总计|总数|总量|期间|以来|十[三四五六七八九]五|"
                            r"(?:19|20)\d\d[—–\-－至到~](?:19|20)?\d\d")
def _note_on_row(text: str, at: int, label: str) -> str | None:
    """The item of a note under a table (注：1.…；2.…) that names the row's label and says it holds
    work carried over from an earlier year; None where there is none."""
    note = text.find("注", at, at + 1500)
    while note >= 0 and not text.startswith(("注：", "注:", "注 ："), note):
        note = text.find("注", note + 1, at + 1500)
    if note < 0:
        return None
    line_end = text.find("\n\n", note)
    items = re.split(r"[；;。]|(?<!\d)\d[.．、]", "".join(text[note:line_end if line_end >= 0 else len(text)].split()))
    name = to_simplified(re.sub(r"[（(][^）)]*[）)]", "", "".join(label.split())))
    for item in items:
        if name and name in to_simplified(item) and (_CARRIED.search(item) or _NOTE_UNDONE.search(item)):
            return item
    return None


_NOTE_UNDONE = regex.compile(r"含[^；;。]{0,30}?(?:待|尚未|未)")  # (完成数含…待本采暖季后期并网的面积62万平方米)
# 项目实施以来累计完成42个: since a start the sentence does not date
_THE_YEAR = regex.compile(r"全年|今年|年内|当年|本年")


def _year_figure_beside(quoted: Quoted, figure: Claim, as_of: date) -> Claim | None:
    """Another figure of the same thing in the paragraph, said of the year (全年新增…普惠性托位1680个), beside a
    figure of a programme's whole run (工程实施以来，…新增普惠性托位2800个)."""
    text = quoted.release.text
    low, high = text.rfind("\n", 0, figure.start) + 1, text.find("\n", figure.end)
    high = len(text) if high < 0 else high
    low, high = max(low, figure.start - LATER_REACH), min(high, figure.end + LATER_REACH)
    try:
        read = quoted.release.reading_around(low, high).claims_within(low, high)
    except CheckerError:
        return None
    year = f"{as_of.year}年"
    return next((c for c in read if c.start != figure.start and c.quantity.unit == figure.quantity.unit
                 and c.quantity.value != figure.quantity.value and c.change is None and not c.ratio
                 and (_THE_YEAR.search(lead := "".join(text[_sentence_start(text, c.start, SENTENCE_ENDS,
                                                                            titles=False):c.start].split()))
                      or year in lead) and not _SINCE_LAUNCH.search(lead)
                 and likeness(c.subject, figure.subject) >= 0.6), None)


_SINCE_LAUNCH = regex.compile(r"(?:实施|启动|开展|建设|实行|推进|推行|运行|开工|成立|设立|试点|开通|上线)"
                             r"(?P<span>[一二两三四五六七八九十\d]+年多?|[一二两三四五六七八九十\d]+个多月)?以?来")
# a table's column of several years (三年累计完成), and a sentence before a figure that names a span of years
# and counts nothing of its own (“十四五”时期是…的五年。)
_OVER_YEARS_COLUMN = regex.compile(r"累计|[两三四五六七八九十]年|“?十[一二三四五]五”?|以来")
_MEAN_OF_SPAN = regex.compile(r"年均(?:增长|提高|下降|增速)?(?:为|达到?)?[\d.]+%")
_SPAN_BEFORE = regex.compile(r"“?十[一二三四五]五”?(?:时期|期间|以来)|过去的?[两三四五六七八九十]年|"
                             r"(?<![\d.])[两三四五六七八九十]年(?:来|以来|间|里)|连续[两三四五六七八九十]年|(?:行动|攻"
                             r"坚|工程)[^，,。；;]{0,6}?(?:实施|开展|启动)以来")
_DIGIT = regex.compile(r"\d")
_FROM_DAY = regex.compile(r"(?:从|自|于)?((?:19|20)\d\d)年(\d{1,2})月(?:(\d{1,2})日)?起")
_IN_FORCE_AFTER = regex.compile(r"[^，,。；;\d]{0,4}[，,（(](?:从|自|于)((?:19|20)\d\d)年(\d{1,2})月(?:(\d{1,2})日)?起"
                                r"(?:执行|施行|实施|生效)")
_YEARLY_MEAN = regex.compile(r"年均|年平均|平均每年")
_YEARS = regex.compile(r"(?:19|20)\d\d年")
_YEARS_SUMMED = regex.compile(r"(?<![\d.])近?[两二三四五六七八九十]年(?:行动)?(?:来|间|里|期间)?"
                              r"(?:共|累计|合计|总计|共计)")
_ANY_YEAR = regex.compile(r"(?:19|20)\d\d年|今年|全年|当年|本年|年内|去年|上年|上半年|下半年|季度|月")
# (停车设施建设三年行动实施以来: since an action of years began, the years named in its name)
_ACTION_SPAN = regex.compile(r"[一二两三四五六七八九十\d]+年(?:行动|攻坚|计划|工程|专项行动|提升行动)[^，,。；;]{0,6}?"
                             r"(?:实施|启动|开展|推进|实行)以?来")
_CARRIED = regex.compile(r"^[^。]{0,40}?((?:19|20)\d\d年|上年|去年)[^。；;，,]{0,10}?(?:结转|续建|顺延|延续|跨年|"
                         r"(?<=年)度?的?项目)"
                         r"[^。；;，,]{0,10}")
_PART_OF_YEAR = regex.compile(r"其中(?:当年|今年|本年|全年|年内|(?:19|20)\d\d年)[^，,；;]{0,20}")



_NAMED_ITEM = regex.compile(r"[“\"]([^”\"]{3,20})[”\"]")
_ERRATA = ("更正说明", "更正声明", "更正", "勘误", "订正")
_CORRECTION_SAID = regex.compile(r"准确数字应为|准确数字是|应更正为|更正为|纠正为|按规范口径统计为|规范口径为|"
                                 r"口径统计为|以(?:核定|核实|核查|审定|认定)数为准|"
                                 r"(?:核对|核实|复核)[，,]?(?:实际)?应为")  # (需要说明的是…经…核对，应为9天)
_ERRATA_NOTE = regex.compile(r"更正说明|更正声明|勘误|编者注|编者按")


# what takes back a figure said before it: a check of it (调研组实地核查发现…实际建成145座), a correction
_CORRECTED = regex.compile(r"核查|核实|核验|复核|核减|抽查|暗访|实地查看|"
                           r"(?:督查|检查|审计|调研|视察|走访)(?:中|时)?发现|更正|订正|修正为|应为|实为")
_ACTUAL = regex.compile("实际|实为|应为|仅|只有|核减|核定|更正为|订正为|修正为")
_UNREADY = regex.compile(r"中有[\d一二三四五六七八九十两]+[^。，,；;]{0,4}?[^。]{0,24}?(?:仍|尚未|尚不|未能|未)")


def check_corrected(quoted: Quoted, declared: Quantity | None, target: Quantity | None,
                    comparator: Comparator | None, report: Report, where: tuple[object, ...],
                    indicator: str = "") -> None:
    """A figure or claim that the rest of its paragraph checks and corrects is not the outcome: a
    人大 report's 市政府报告称新建公厕162座，超额完成年度任务 before 调研组核查发现…实际建成145座. For
    a figure, another figure of the same kind after the correction; for a claim of completion, one
    short of the target."""
    text, end = quoted.release.text, quoted.match.end
    errata = _errata_of(text, quoted, declared)
    if errata is not None:
        report(Message("outcome-in-errata", said=errata), *where, "quote")
        return
    finding = _finding_about(quoted, indicator, declared) if indicator else None
    if finding is None:
        finding = _verified_beside(quoted, declared)
    if finding is not None:
        report(Message("outcome-found-overstated", said=finding), *where, "quote")
        return
    rest = text[end:min(len(text), end + 240)]
    stop = rest.find("\n\n")
    rest = rest if stop < 0 else rest[:stop]
    item = _NEXT_ITEM.search(rest)  # (…全部投入运营。⏎（七）…泊位…核查发现…: another item's finding)
    if item is not None and not (indicator and _names_thing(indicator, to_simplified("".join(
            rest[item.start():].split())))) and (declared is None or declared.text not in rest[item.start():]):
        rest = rest[:item.start()]
    said = _CORRECTED.search(rest)
    if said is None or _already_net(text, end + said.start()):
        return  # (…6120个（2023年为5230个），已核减…计入的1380个: given net of it)
    like = declared or target
    if like is None:
        return
    unready = _UNREADY.search(rest, said.end())
    if unready is not None and unready.start() - said.end() < 80 \
            and "".join(like.text.split()) in "".join(rest[said.start():unready.end()].split()):
        # (调研组实地走访发现，20个…中有7个仍在进行内部装修…尚不具备入住条件: the figure is taken back)
        report(Message("outcome-corrected-later", said="".join(rest[said.start():unready.end()].split()),
                       figure="—"), *where, "quote")
        return
    low = end + said.start()
    high = _sentence_end(text, low)
    for claim in quoted.release.reading_around(low, high).claims_within(low, high):
        lead = "".join(text[claim.clause[0]:claim.start].split())
        if claim.ratio or claim.change is not None or "其中" in lead or not _ACTUAL.search(lead):
            # (a part, 其中18公里为结转项目, is no correction, nor a finding of another thing: 抽查
            # 发现12座存在卫生问题; what is found to be so is: 实际建成145座, 核减为145座)
            continue
        try:
            if not claim.quantity.comparable_with(like):
                continue
            found, wanted = to_base(claim.quantity.value, claim.quantity.unit)[0], to_base(like.value, like.unit)[0]
        except CheckerError:
            continue
        falls = comparator in (Comparator.at_most, Comparator.less_than)
        short = declared is None and (found > wanted if falls else found < wanted)
        if declared is not None and not _same_number(declared, claim.quantity) or short:
            report(Message("outcome-corrected-later", said="".join(text[end + said.start():claim.end].split()),
                           figure=_written(claim.quantity)), *where, "quote")
            return


def check_noted(quoted: Quoted, declared: Quantity | None, indicator: str, as_of: date, report: Report,
                where: tuple[object, ...], plan_quote: str = "") -> None:
    """An item of the release's notes (注释：1.… 2.…) that names what the indicator counts, or the row of the table
    above it that does (第9项…), and says its figure is of another year (为2024年末数据), of two years (两年合计), a
    task (为省下达…的年度建设任务面积), an estimate, or holds more (含利用原4G站址…开通的站点; work carried over too,
    where the plan's quote leaves it out: 不含2024年度结转项目): the figure is not simply the outcome."""
    claim = figure_of(quoted, declared)
    if claim is None or not indicator:
        return
    carried = bool(_LEAVES_CARRIED.search("".join(plan_quote.split())))
    # (a row's own 备注, 按项目设计规模统计, says it of the row's figures, naming nothing; so does a bracket straight
    # after the figure, （按新建校舍设计规模测算）)
    remark = row_remark(quoted.release.text, claim.start)
    bracket = _BRACKET_AFTER.match(quoted.release.text, claim.end) if remark is None else None
    remark = bracket.group(1) if bracket is not None else remark
    if remark is not None and _qualified(to_simplified(remark), as_of.year, dated=bracket is None) \
            and not _DONE_LATE.search(remark.removeprefix("含")):
        report(Message("outcome-note-qualifies", said=remark), *where, "quote")
        return
    written = "".join(claim.quantity.text.split())
    # (农村供水32.6万人是按工程设计受益人口统计的，其中已实现通水入户的26.9万人: named again after, on a basis the
    # plan does not name)
    asked = to_simplified("".join((indicator + plan_quote).split()))
    for again in _BASIS_AGAIN.finditer(quoted.release.text, quoted.match.end):
        if again.group(1) == written and content(again.group(2)).replace("|", "") \
                and to_simplified(again.group(2)) not in asked:
            report(Message("outcome-note-qualifies", said=again.group()), *where, "quote")
            return
    for item in _note_items(quoted.release.text):
        named = _row_referred(quoted.release.text, item, written)
        if any(_names_thing(indicator, named + item[:said]) and not _another_kind(indicator, named + item[:said])
               for said in _qualified(item, as_of.year, carried=carried, indicator=indicator)):
            report(Message("outcome-note-qualifies", said=item), *where, "quote")
            return


def _row_referred(text: str, item: str, written: str) -> str:
    """The label of the row of a table a note's item refers to by its number (第9项完成量含…, under a table whose
    row 9 is 城市污水管网  120公里  135公里), where that row holds the figure `written`; empty elsewhere."""
    number = _ROW_NUMBER.match(item)
    if number is None:
        return ""
    rows = re.finditer(r"(?m)^[ \t\u3000]*" + number.group(1) + r"[ \t\u3000|｜]+(\S+)[^\n]*", text)
    return next((row.group(1) for row in rows if written in "".join(row.group().split())), "")


_BASIS_AGAIN = regex.compile(r"(?<![\d.])(\d+(?:\.\d+)?(?:万|亿)?[^\W\d_]{1,2})[，,]?(?:系|是)按([^，,。；;\d]{2,16}?)"
                             r"(?:统计|计算|测算)")
_ROW_NUMBER = regex.compile(r"第(\d{1,2})项")
_LEAVES_CARRIED = regex.compile(r"不含[^，,。；;）)]{0,12}?(?:结转|续建|跨年)")


def _qualified(item: str, year: int, *, dated: bool = True, carried: bool = False, indicator: str = "") -> list[int]:
    """Where an item of a note says a figure is not simply of the year `year` (its words before that name the
    figure); not where it only dates it, unless `dated`; nor where it counts work carried over in, unless `carried`
    (the plan leaves it out)."""
    found = []
    for match in _NOTE_QUALIFIES.finditer(item):
        years = [int(y) for y in re.findall(r"(?:19|20)\d\d", match.group())]
        if match.lastgroup == "dated" and (not dated or not years or all(y == year for y in years)):
            continue  # (为2025年数据, of the year itself; a bracket's date is the date checks')
        if match.lastgroup == "more" and _CARRIED_WORD.search(item, match.end()) and not carried:
            continue  # (完成数中含2024年结转项目3所: work carried over, which the check of the period judges)
        if match.lastgroup == "part" and re.sub(r"^为|的?(?:数据|统计数|数)$", "", match.group()) in to_simplified(
                indicator):
            continue  # (中心城区人均公园绿地面积: the indicator's own part)
        if match.lastgroup == "estimate" and _OWN_FINAL.search(item, match.end()):
            continue  # (…政府工作报告中…为预计数，本公报为年报最终数: another release's were estimates, not this one's)
        found.append(match.start())
    return found


_CARRIED_WORD = regex.compile("结转|续建|跨年|顺延")
_OWN_FINAL = regex.compile(r"本(?:公报|报告|通报|表)[^，,。；;]{0,6}?(?:为|是|系)[^，,。；;]{0,6}?"
                           r"(?:最终|正式|核定|年报)")
_BRACKET_AFTER = regex.compile(r"[ \t\u3000]*[（(]([^）)\n]{2,40})[）)]")
_NOTE_QUALIFIES = regex.compile(r"(?P<dated>(?:为|系|是|统计时段为|统计期为|时段为)[^。；;，,]{0,6}?(?:19|20)\d\d年"
                                r"[^。；;，,]{0,16}?(?:数据|数|统计数|监测数|核算数|为准))|"
                                r"(?P<years>(?:19|20)\d\d年?(?:和|至|—|–|-|到)(?:19|20)?\d\d年[^。；;，,]{0,8}?"
                                r"(?:合计|累计|之和|总和|两年|三年))|"
                                r"(?P<task>为[^。；;，,]{0,16}?(?:任务|计划|目标)(?:面积|数|量|值)?(?:[。；;，,]|$))|"
                                r"(?P<estimate>为?预计数|为?预估数|为?预计值|为测算数|按[^。；;，,]{0,10}?测算)|"
                                # (…毛入学率暂以上一年度数据填列: last year's figure stands in for the year's)
                                r"(?P<previous>(?:以|按|用|沿用|采用)(?:上一?年度?|上年|前一年|去年)的?(?:数据|数|统计"
                                r"数|"
                                r"数值|结果)(?:填列|填报|代替|替代|列示|暂代)|沿用上年)|"
                                r"(?P<more>(?<![不未])(?:含|包含|包括)(?!义))|"
                                # (人均体育场地面积为中心城区数据: a part of the region's)
                                r"(?P<part>为(?:中心城区|主城区|城区|市区|市本级|建成区)的?(?:数据|数|统计数))|"
                                # (新增的12个…病种正在报省医保局备案，预计2026年一季度起执行: not yet in force)
                                r"(?P<pending>正在报[^。；;，,]{0,10}?(?:备案|审批|批准)|预计[^。；;，,]{0,12}?起"
                                r"(?:执行|实施|施行)|尚未(?:正式)?(?:执行|实施|施行|落地))|"
                                # (标*项目中，…等4处易涝点仅完成主体工程，尚未竣工验收: part of it not done)
                                r"(?P<unfinished>仅完成主体(?:工程|结构)?|尚未(?:竣工|完工|交工)?验收|"
                                r"尚未(?:竣工|完工|投用|投入使用|运营))|"
                                # (充电桩数据由供电部门按报装接电户数统计: applications counted, not piles)
                                # (按项目设计规模统计: what the buildings are designed for, not places provided)
                                r"(?P<basis>按[^。；;，,]{0,12}?(?:报装|申请|签约|备案|开工|立项|申报|设计)[^。；;，,]"
                                r"{0,8}?"
                                r"(?:统计|计算|测算|计))")  # (（按设计规模计）)


@functools.lru_cache(maxsize=64)
def _note_items(text: str) -> tuple[str, ...]:
    """The items of the notes of a release (注释：/注：/说明： and the numbered lines under them, to a blank line),
    each flat and simplified."""
    items: list[str] = []
    for note in _NOTES_BLOCK.finditer(text):
        end = text.find("\n", note.end())
        end = len(text) if end < 0 else end
        for _ in range(12):  # (the note's line, and the numbered items under it: 注释：⏎1.…⏎2.…)
            if end >= len(text) or not _NOTE_ITEM.match(text, end + 1):
                break
            following = text.find("\n", end + 1)
            end = len(text) if following < 0 else following
        block = "".join(text[note.end():end].split())
        items.extend(to_simplified(part) for part in re.split(r"(?<![\d.])\d{1,2}[.、．](?!\d)|[。；;]", block)
                     if len(part) >= 4)
    return tuple(items)


_NOTES_BLOCK = regex.compile(r"(?m)^[ \t\u3000]*(?:注释|注|说明|备注)\d?[：:]")


_YEAR_NAMED = regex.compile(r"(?:19|20)\d\d年(?:度|底|末)?")


@functools.lru_cache(maxsize=4096)
def _counted(indicator: str) -> tuple[str, str]:
    """What the indicator counts: its last words (公共充电桩 of 新建公共充电桩, not 新建城市 of 新建城市书房), and the
    last words of each thing it names, apart by | (村卫生室 of 村卫生室标准化建设, to be found in other words:
    村级卫生室)."""
    bare = _YEAR_NAMED.sub("", re.sub(r"[（(][^）)]*[）)]$", "", to_simplified("".join(indicator.split()))))
    # (…漏损率（2023年）: the bracket's year names no thing)
    return bare[-5:], "|".join(part[-4:] for part in _GENERIC_RUN.sub("|", content(bare)).split("|") if part)


def _another_kind(indicator: str, said: str) -> bool:
    """`said` names another kind of the indicator's thing: its name less the first character, after another word
    (城镇污水管网 for 供水管网), not after a word that holds that character (村级卫生室 for 村卫生室)."""
    _, thing = _counted(indicator)
    if len(thing) < 4 or thing in said:
        return False
    at = said.find(thing[1:])
    # (not 每千人口托位数 for 每千人口拥有3岁以下婴幼儿托位数: the words before it are the indicator's own)
    # (nor after a count: 等4处易涝点, for 市区易涝点)
    return at > 0 and thing[0] not in said[max(0, at - 2):at] \
        and said[max(0, at - 2):at] not in to_simplified(indicator) and not _DIGIT.search(said, max(0, at - 2), at)


def _names_thing(indicator: str, said: str) -> bool:
    """`said` names what the indicator counts: four characters in a row of its last five, or three of the last four
    of a thing it names (村级卫生室 for 村卫生室标准化建设)."""
    wanted, thing = _counted(indicator)
    # (not by 的比例, which any share's name ends with)
    return _shares_run(wanted.replace("的", "|"), said, 4) or _shares_run(thing.replace("的", "|"), said, 3)


def check_revisited(quoted: Quoted, declared: Quantity | None, report: Report, where: tuple[object, ...]) -> None:
    """A later sentence that comes back to the figure and takes part of it out (after check_corrected, whose
    messages say more where both apply)."""
    said = _revisited(quoted, declared)
    if said is not None:
        report(Message("outcome-found-overstated", said=said), *where, "quote")


def _revisited(quoted: Quoted, declared: Quantity | None) -> str | None:
    """A later sentence that comes back to the figure and takes part of it out, in whatever words (这1.26万个泊位中，
    有3100个是…临时划设的; 862公里里头有148公里是…另外安排的项目; 上述2.14万人为接种剂次数，…去重后…为1.52万人):
    its words. A part singled out must be said to be of another kind or not done (不, 仅, 临时, 提前算入 …)."""
    claim = figure_of(quoted, declared)
    if claim is None or claim.quantity.unit in RELATIVE_UNITS or not claim.quantity.unit:
        return None
    written = "".join(claim.quantity.text.split())
    number = _FIGURE_NUMBER.search(written)
    if number is None:
        return None
    text, unit = quoted.release.text, re.escape(claim.quantity.unit)
    for at in _figure_places(text).get(number.group(), ()):
        at -= number.start()
        if at < 0 or not text.startswith(written, at):
            continue
        # (its sentence, looked for within a few hundred characters: a release may have no ； at all)
        low = max(text.rfind(mark, max(0, at - _REVISIT_REACH), at) for mark in "。；;") + 1
        high = min((i for i in (text.find(mark, at, at + _REVISIT_REACH) for mark in "。；;") if i >= 0),
                   default=min(len(text), at + _REVISIT_REACH))
        if row_cells(text, at) is not None:  # (a row of a table is a sentence of its own: 6 | 农村公路… | 216公里 |)
            low, high = max(low, text.rfind("\n", 0, at) + 1), min(high, _line_end(text, at))
        if low <= quoted.match.start < high or low < quoted.match.end <= high:
            continue  # (the quote's own sentence)
        lead = "".join(text[max(low, at - 8):at].split())
        rest = "".join(text[at + len(written):high].split())
        # (上述, 刚才介绍的: the figure named again; 13所学校是否都已经投入使用？ 其中10所…: asked about)
        back = _BACK_TO.search(lead) is not None or _ASKED_ABOUT.match(text, at + number.end() - 1) is not None
        # (上述156部中，已竣工验收并投入使用的98部，其余58部…正在进行调试: the part done, then the rest)
        # (128公里中包含2024年度项目结转续建的21公里: a year inside the part's words)
        part = re.match(r"[^，,。；;\d]{0,16}?(?:中|里|里头|里面|当中)[，,]?(?:[^，,。；;\d]{0,12}?有|另有|"
                        r"(?:[^，,。；;\d]|(?:19|20)\d\d年度?){0,16}?的)?[\d.]+(?:万|亿)?" + unit, rest)
        # (刚才介绍的312辆新能源公交车，其中包含已签订购车合同、尚未交付的48辆: a part whose words come first)
        inner = re.match(r"[^。；;\d]{0,20}?其中(?:包含|包括|含|有)?([^，,。；;\d]{0,24}?)[\d.]+(?:万|亿)?" + unit,
                         rest) if back else None
        # (1.62万人是按参训人次汇总的，…按人头计算是1.15万人: the figure on another basis)
        basis = _BASIS_SAID.match(rest) is not None
        # (…中包含2024年度项目结转续建的21公里: the part's own words single it out too)
        if part is not None and (_SINGLED_OUT.search(rest, part.end()) or _SINGLED_OUT.search(rest, 0, part.end())) \
                or inner is not None and (_SINGLED_OUT.search(inner.group(1))
                                          or _SINGLED_OUT.search(rest, inner.end())) \
                or (back or basis) and re.search(
                    r"(?:后|实际|实为|核实|按[^，,。；;\d]{1,12}?(?:计算|统计|口径))[^，,。；;\d]{0,12}?[\d.]+(?:万|亿"
                    r")?"
                    + unit, rest):
            sentence = "".join(text[low:high].split())
            return sentence[:60] + ("…" if len(sentence) > 60 else "")
    return None


_REVISIT_REACH = 400
_BACK_TO = regex.compile(r"(?:上述|这|该|以上|刚才介绍的|刚才说的|刚才提到的|前面介绍的|前面提到的)$")
_BASIS_SAID = regex.compile(r"[^\d，,。；;]{0,3}?(?:是|系|均为|为)按")
_FIGURE_NUMBER = regex.compile(r"(?<![\d.])\d+(?:\.\d+)?(?:万|亿)?")


@functools.lru_cache(maxsize=64)  # (a text's hash is kept by the str: each release is indexed once)
def _figure_places(text: str) -> dict[str, tuple[int, ...]]:
    """Where in the release a number (1.26万, 862) is written as one come back to: after 上述, 这, 该 or 以上, or
    before the 中 (里头, 当中) of a part taken out of it."""
    found: dict[str, list[int]] = {}
    asked = [question for mark in _QUESTION_MARK.finditer(text)
             if (question := _ASKED_ABOUT.search(text, max(0, mark.start() - 24), mark.end())) is not None] \
        if _has_journalist(text) else []  # (from the question marks, fewer than the digits)
    for match in (*_AFTER_THIS.finditer(text), *_BEFORE_PART.finditer(text), *_BASIS_AFTER.finditer(text), *asked):
        begin = match.end() - 1 if match.group().endswith(tuple("0123456789")) else match.start()
        while begin > 0 and text[begin - 1] in "0123456789.":
            begin -= 1  # (back to the number's first digit: the scans find its last, or the one after 这)
        number = _FIGURE_NUMBER.match(text, begin)
        if number is not None:
            found.setdefault(number.group(), []).append(begin)
    return {number: tuple(sorted(set(places))) for number, places in found.items()}


# (simple scans, each with a literal or a digit to start from: one alternation of the two costs several times as
# much on a 20 MB release)
_AFTER_THIS = regex.compile(r"(?:上述|这|该|以上|刚才介绍的|刚才说的|刚才提到的|前面介绍的|前面提到的)\s*\d")
_BASIS_AFTER = regex.compile(r"\d(?:万|亿)?[^\d，,。；;\s]{0,3}?(?:是|系|均为|为)按")
_ASKED_ABOUT = regex.compile(r"\d(?:万|亿)?[^\d，,。；;？?\n]{0,20}?[？?]")  # (a question naming the figure)
_QUESTION_MARK = regex.compile("[？?]")
_BEFORE_PART = regex.compile(r"\d[^，,。；;\d]{0,20}?(?:中|里)")


# what says a part singled out of a figure is of another kind, or not done, or counted in ahead of time
_SINGLED_OUT = regex.compile(r"不|未|仅|只|暂|仍|尚|另外|另行|重复|提前|先行|计入|算入|统计在|去重|实为|临时|内部|原有|"
                             r"要等|才能|还在|还要|"
                             r"正在|陆续|预计|将于|待|合同|一并|"
                             r"升级改造|挂牌|更名|调入|系统内|代替|施工|"
                             # (…16家公办托育机构中，有4家是2024年清单结转的续建项目: another year's work)
                             r"结转|续建|跨年|上年|去年|扣除|剔除")


# the next numbered item of a list, on a line of its own
_NEXT_ITEM = regex.compile(r"\n[ \t\u3000]*(?:[（(][一二三四五六七八九十\d]+[）)]|\d{1,2}[.、．](?!\d)|"
                           r"[一二三四五六七八九十]+、)|"
                           # (…符合清单口径。二是…托位…核减后为1944个: another item's)
                           r"(?<=[。；;])[二三四五六七八九十]是")


def _verified_beside(quoted: Quoted, declared: Quantity | None) -> str | None:
    """The verified column's heading and cell, where the declared figure is a reported one its row
    gives a different verified figure for."""
    claim = figure_of(quoted, declared)
    cells = row_cells(quoted.release.text, claim.start) if claim is not None else None
    if not cells:
        return None
    own, written = next(((heading, cell) for heading, cell, here in cells if here), ("", ""))
    if not REPORTED_COLUMN.search(own) or VERIFIED_COLUMN.search(own):
        return None
    # (of the figure's kind: 调研核实数 1086 beside 通报完成数 1086, not 核实完成率 108.6%)
    return next((f"{heading} {cell}" for heading, cell, here in cells
                 if not here and VERIFIED_COLUMN.search(heading) and cell != written
                 and cell.endswith("%") == written.endswith("%")), None)


_ALREADY_OUT = regex.compile(r"已(?:予以?|经)?(?:剔除|核减|扣除|纠正|更正)")


def _finding_about(quoted: Quoted, indicator: str, declared: Quantity | None) -> str | None:
    """A finding elsewhere in the release (an audit's, an inspection's, the 人大's) that what the indicator
    counts was overstated or not done as reported (新建的5360个充电桩中，有1200个为企业内部专用桩，…不应计入
    公共充电桩; 有1所为2024年已投用项目，存在重复统计问题; 4个…大门紧锁、处于闲置状态): its words. A quote
    inside the finding (扣除后实际完成766公里) is the corrected figure, not one it takes back."""
    wanted, thing = _counted(indicator)
    figure = "".join(declared.text.split()) if declared is not None else None  # (对…上报的128个小区…核减)
    text, start, end = quoted.release.text, quoted.match.start, quoted.match.end
    # (旬阳市新建改造农村供水工程 in a city's audit: a finding of the city's 226处 that names no county is not its)
    county = [place for place in (head_places("".join(indicator.split())) or ((),))[0]
              if not same_place(place, quoted.release.release.region)]
    for low, own, marker, high, said, by_heading, in_problems in _findings(text):
        if county and not any(place in said for place in county):
            continue
        taken = _ALREADY_OUT.search(said)
        if taken is not None and not _DIGIT.search(said, taken.end()):
            continue  # (个别县将开工项目计入完成数…，经审核已予以剔除: the figures published are those left)
        if by_heading:  # (a sentence of a section of problems, which finds fault with a figure by giving another)
            said = _other_figure_item(said, declared)  # type: ignore[assignment]
            if said is None:
                continue
        if (low <= start < high or low < end <= high) and not own <= start < marker:
            continue  # (a figure after the finding's words, 扣除后实际完成766公里, is the corrected one, and a heading
            # before them is theirs; one before them in their sentence, 新建…3150个，其中约400个…仅供本单位, is
            # what they find fault with)
        # (扣除这部分后，实际比例约为81%; 据此重新测算，收集率约为70.5%: the rate found in its place)
        # (…一同报作护理型床位，…符合护理型床位条件的约占47%: in a section of problems, another rate is the one found)
        recomputed = declared is not None and declared.unit in ("%", "‰") and (
            in_problems or _RECOMPUTED.search(said) is not None)
        if figure is not None and declared is not None and declared.unit in ("%", "‰") and figure not in said \
                and re.search(r"\d" + re.escape(declared.unit), said) and not recomputed:
            continue  # (低于上报的76.5%: a finding of that rate, not of 重点人群's 86.2% beside it)
        # (…3150个，超额完成年度任务。需要说明的是，其中约400个…仅供本单位车辆使用: of the sentence before it)
        next_to = 0 <= low - _sentence_end(text, end) <= 2
        of_quote = next_to and "其中" in said[:12]
        units = {_PERSONS.get(unit, unit) for unit in _FINDING_COUNTS.findall(said) if unit not in "年月日号"}
        if next_to and declared is not None and declared.unit and declared.unit not in RELATIVE_UNITS:
            # (…报告2025年城镇新增就业5.82万人。审计比对…发现，有6300人系…被重复登记: a count of the figure's own
            # unit with no thing named, in the sentence right after it, is a count of what it counts)
            # (not 全年建成的32个社区嵌入式服务设施中，有9个…: a count of a set the finding names, another thing)
            of_quote = of_quote or (any(unit in declared.unit for unit in _BARE_COUNT.findall(said))
                                    and not _SET_NAMED.search(said))
        if declared is not None and declared.unit and declared.unit not in RELATIVE_UNITS and units \
                and not any(unit in _PERSONS.get(declared.unit, declared.unit) for unit in units):
            continue  # (有540个为…学位: a finding of places, not of 9所 kindergartens; a rate's may count anything)
        if recomputed and not _rate_found(indicator, said, next_to):
            continue
        # (…内部泊位4200个计入新增, of 新增城市停车泊位; 上报的新增学位中有2860个属重复统计, of 新增中小学幼儿园学位:
        # the thing's last word beside a count in its unit)
        head = content(indicator).rstrip("|")[-2:]
        headed = declared is not None and declared.unit not in RELATIVE_UNITS and "|" not in head \
            and re.search(re.escape(head) + r"(?:中|里|当中)?[，,]?(?:有|另有)?[\d.]+(?:万|亿)?"
                          + re.escape(declared.unit or "?"), said) is not None \
            and not any(kind.group() not in to_simplified(indicator)
                        for name in re.finditer(r"[^，,。；;、]{0,8}" + re.escape(head), said)
                        for kind in _STAGE_KIND.finditer(name.group()))  # (新增义务教育公办学位: not 学前学位)
        if of_quote or _shares_run(wanted, said, 4) or _shares_run(thing, said, 3) or recomputed or headed \
                or ((figure is not None and len(figure) >= 3 and figure in said) or _number_in(figure, said)) \
                and (_shared_pairs(indicator, said) >= 1 or _THIS_FIGURE.search(said) is not None) \
                or (declared is None and by_heading and _shared_pairs(indicator, said) >= 2):
            items = [item for item in _FINDING_ITEMS.split(said) if _shares_run(wanted, item, 4)
                     or _shares_run(thing, item, 3)]
            if items and all(_FOUND_HIGHER.search(item) and not _FOUND_LOWER.search(item) for item in items):
                continue  # (二是…中医馆，…最终建成数较发布会时增加4个: the figure found higher, not overstated)
            if items and all(_named_done_well(item, wanted, thing) for item in items):
                continue  # (…、义务教育学位等任务完成情况较好，但部分任务…存在多计: the fault is some others')
            return said[:60] + ("…" if len(said) > 60 else "")
    return None


_DONE_WELL_BUT = regex.compile(r"(?:完成情况|完成|推进情况|落实情况)(?:总体)?(?:较好|良好|好)[，,]?(?:但|不过|同时)"
                                r"(?:也有|仍有|还有|存在)?(?:部分|个别|少数|有的|一些|其他)")


def _named_done_well(item: str, wanted: str, thing: str) -> bool:
    """The thing is named among those done well, and the fault found after is of some others, unnamed."""
    well = _DONE_WELL_BUT.search(item)
    if well is None:
        return False
    before, after = item[:well.start()], item[well.end():]
    return (_shares_run(wanted, before, 4) or _shares_run(thing, before, 3)) and not (
        _shares_run(wanted, after, 4) or _shares_run(thing, after, 3))


def _shared_pairs(indicator: str, said: str) -> int:
    """How many of the indicator's pairs of characters that name things (燃气, 管道; not 改造, 城市) `said` holds:
    a finding's item may name the thing in other words (部分燃气管道改造项目, for 更新改造城市燃气老化管道)."""
    named = to_simplified("".join(indicator.split()))
    pairs = {named[i:i + 2] for i in range(len(named) - 1)} - _GENERIC_PAIRS
    return sum(1 for pair in pairs if pair in said and not _GENERIC_RUN.fullmatch(pair))


_GENERIC_PAIRS = frozenset(("改造", "建设", "完成", "城市", "全市", "新建", "新增", "更新", "提升", "年度", "任务",
                            "项目",
                            "工程", "实施", "开展", "推进", "服务", "建成", "农村", "城镇", "社区"))


_FOUND_HIGHER = regex.compile(r"增加|增多|多出|上调|高于(?:发布会|通报|上报|快报)|调增")
_FOUND_LOWER = regex.compile(r"核减|减少|扣除|剔除|不符合|不应|重复|虚报|未|不足|低于|仅")


def _other_figure_item(said: str, declared: Quantity | None) -> str | None:
    """Of a sentence in a section of problems, the item that finds fault with the declared figure: for a rate, the
    one (一是…；二是…) that gives another rate (若只统计…，覆盖率为79.6%; 符合…条件的约占47%); for a count, the sentence
    if it takes a part out of the figure itself (新增的2.16万个公办学位中，约3800个是…; 4个全民健身中心中，…). Not a
    sample's part (随机抽查的86户中，有19户…) nor a count of something else (3个…项目未按规定…)."""
    if declared is None:
        # (a claim of it done: the item that says part of it is not, 约31公里管段尚未完成置换通气)
        return next((item for item in _FINDING_ITEMS.split(said) if _NOT_DONE_ITEM.search(item)), None)
    if not declared.unit:
        return None
    written = "".join(declared.text.split())
    if declared.unit in ("%", "‰"):
        return next((item for item in _FINDING_ITEMS.split(said)
                     if any(found.group() != written
                            for found in re.finditer(r"(?<![\d.])\d[\d.]*" + re.escape(declared.unit), item))), None)
    number = _FIGURE_NUMBER.search(written)
    if number is not None and re.search(r"(?<![\d.])" + re.escape(number.group()) + r"[^，,。；;\d]{0,12}?(?:中|里)",
                                        said):
        return said
    return None


_FINDING_ITEMS = regex.compile(r"[；;]|[一二三四五六七八九十]是")
_NOT_DONE_ITEM = regex.compile(r"尚未完成|尚未完工|未能按期|未按期|未能如期|尚未建成|尚未投用|尚未投入使用|仍未")


def _number_in(figure: str | None, said: str) -> bool:
    """The figure's number, of three characters or more, is in `said` without its measure word (12.4万这个数里)."""
    number = _FIGURE_NUMBER.search(figure) if figure else None
    return number is not None and len(number.group()) >= 3 and re.search(
        r"(?<![\d.])" + re.escape(number.group()) + r"(?![\d.])", said) is not None


_PERSONS = {"名": "人", "位": "人", "人次": "人"}  # (12.4万名 found as 实际受检人数为9.8万人: people either way)
_FINDING_COUNTS = regex.compile(r"\d[\d.]*(?:万|亿)?([^\d\W_]|%|‰)(?!县|区|市|乡|镇|街道|村(?!级)|部门|单位|批次)")
_RECOMPUTED = regex.compile(r"(?:重新测算|重新计算|重新核算|据此测算|据此计算|(?:扣除|剔除)[^。；;]{0,16}?后|"
                            # (若按常年稳定供水计算，普及率约为86%; 按实质运行口径，…覆盖率约为78%: on the basis it
                            # should have been counted on)
                            r"按[^。；;\d]{1,14}?(?:口径|计算|统计))"
                            r"[^。；;\d]{0,24}?\d[\d.]*[%‰]")


def _rate_found(indicator: str, said: str, next_to: bool) -> bool:
    """A finding's recomputed rate is the indicator's: the rate's name (比例, 收集率) and, unless the finding is the
    sentence right after the quote's (审计发现，该指标…), three characters in a row of what it is of (幼儿园) are in
    the finding."""
    name = to_simplified("".join(indicator.split()))
    rate = _SHARE.search(name) or _RATE.search(name)
    if rate is None or rate.group()[-2:] not in said:
        return False
    if next_to:
        return True
    of = content(name[:rate.start()])
    return any(run in said for run in (of[i:i + 3] for i in range(len(of) - 2)) if "|" not in run)


_STAGE_KIND = regex.compile(r"义务教育|学前|高中|初中|小学|幼儿园|中职|高校|公办|民办|城区|农村|乡村|市属|县级|省级|"
                            r"国家级")
# (12.4万这个数里有不少是同一个人被记了两次: the figure pointed at, whatever its words)
_THIS_FIGURE = regex.compile(r"[\d.]+(?:万|亿)?[^\d，,。；;]{0,3}?(?:这个数|这一数|这个数字|该数|此数)")
_SET_NAMED = regex.compile(r"\d+(?:万|亿)?[^\d\W_][^，,。；;\d]{2,20}?中[，,]有")
_BARE_COUNT = regex.compile(r"有[\d.]+(?:万|亿)?([^\d\W_])(?:系|为|属于|是|被|未|没有|仍|尚)")
_GENERIC_RUN = regex.compile(r"标准化|规范化|信息化|智能化|现代化|示范|项目|工程|城市|农村|全市|任务|目标")


def _shares_run(wanted: str, said: str, length: int) -> bool:
    """`said` holds `length` characters in a row of one of `wanted`'s parts (apart by |) that are not
    all words of doing (改造提升 names no thing)."""
    return any(run in said and len(content(run).replace("|", "")) >= 2
               for part in wanted.split("|") for run in (part[i:i + length] for i in range(len(part) - length + 1)))


@functools.lru_cache(maxsize=64)  # (a text's hash is kept by the str: the release is scanned once)
def _findings(text: str) -> list[tuple[int, int, int, int, str, bool, bool]]:
    """The sentences of a release that find a reported figure overstated or work not done as reported,
    with the sentence before them in their paragraph (the heading of a finding: 3.公益性岗位管理不规范。):
    their extent, where the sentence and the words of their first finding of fault begin, their words,
    simplified and flat, whether only their section's heading makes them findings (二、存在的主要问题 over
    若只统计实际执行普惠收费的园所，覆盖率为79.6%: a figure of a section of problems, in whatever words), and whether
    they are in such a section."""
    found: list[tuple[int, int, int, int, str, bool, bool]] = []
    # (三）农村户厕改造完成数中含2024年结转项目2600户 under 审计发现的主要问题: a finding by its heading only)
    counted_in = [m for m in _COUNTED_IN.finditer(text)
                  if _FINDING_HEADING.search(_heading_over(text, m.start()) or "")
                  or _OTHER_KIND_IN.match(text, m.end()) and _a_note(text, text.rfind("\n", 0, m.start()) + 1)]
    # (将尚未取得…证书的护理人员计入注册护士; 将…学位一并填报为托位: counted in what it is not; looked for from the
    # rarer words, not from every 将)
    counted_as = [m for m in _COUNTED_AS.finditer(text)
                  if "将" in text[max(0, m.start() - 40):m.start()].rsplit("。", 1)[-1].rsplit("；", 1)[-1]]
    worded = [m for m in (*_OVERSTATED.finditer(text), *counted_in, *counted_as, *_TAKEN_OUT.finditer(text),
                          *_PART_IN_LI.finditer(text))
              # (如将临时泊位420个一并统计，达到2580个: what a figure would be, not a finding of one)
              if not _IF_BEFORE.search(text[max(0, m.start() - 34):m.start()]) and not _already_net(text, m.start())]
    sections = _problem_sections(text)
    advised = _advice_sections(text)
    for match in sorted([*worded, *_in_problems(text, sections)], key=lambda m: m.start()):
        if any(low <= match.start() < high for low, high in advised):
            continue  # (四、意见建议 ⏎（三）对未通过验收煤矿…问题开展专项整改: advice, not a finding)
        by_heading = match.re is _FIGURE_DIGIT
        in_problems = by_heading or any(low <= match.start() < high for low, high in sections)
        # (within its line: a note under a table is no sentence with the rows above it)
        line = text.rfind("\n", 0, match.start()) + 1
        while line > 0 and _WRAPPED.search(text, max(0, line - 4), line - 1) and not _a_note(text, line):
            above = text.rfind("\n", 0, line - 1) + 1  # (a sentence wrapped over lines: 其中约400个建在\n企业…)
            if _CELL_GAP.search(text, above, line - 1):
                break  # (a row of a table above is no part of the sentence)
            line = above
        low = own = max(_sentence_start(text, match.start(), SENTENCE_ENDS, titles=False), line)
        if low > 0 and text[low - 1] in SENTENCE_ENDS and not _a_note(text, line):
            # (a short heading before it: 3.公益性岗位管理不规范。; not the item before it in a note)
            before = max(line, _sentence_start(text, low - 1, SENTENCE_ENDS, titles=False))
            # (a heading states no figure: 全年新建…3150个，超额完成年度任务。 before 需要说明的是… is what it
            # finds fault with)
            low = before if low - before <= 30 and not _FIGURE_DIGIT.search(text, before, low) else low
        high = _sentence_end(text, match.end())
        if row_cells(text, match.start()) is not None:
            high = min(high, _line_end(text, match.start()))  # (a row of a table: 2 | 市区新增公共停车泊位 | … | 核减…)
        marker = match.start()
        if found and low < found[-1][3]:
            low, own, marker, _, _, merged, was_in = found.pop()
            by_heading, in_problems = by_heading and merged, in_problems or was_in
        found.append((low, own, marker, high, to_simplified("".join(text[low:high].split())), by_heading,
                      in_problems))
    return found


def _already_net(text: str, at: int) -> bool:
    """The words at `at` say the release's own figure before them is given net of what was taken out (全年新增…6120个，
    已核减…计入的1380个), where the sentence names no one else's report of it (上报的…，已核减…: a finding)."""
    clause = max(text.rfind(mark, max(0, at - 40), at) for mark in "，,。；;\n") + 1
    if not (text[max(0, at - 1):at] == "已" and text.startswith(("核减", "剔除", "扣除"), at)
            or _NET_OPENS.match(text, clause, at + 2)):
        return False
    before = text[_sentence_start(text, at, SENTENCE_ENDS, titles=False):at]
    return _REPORTED_BEFORE.search(before) is None


_REPORTED_BEFORE = regex.compile(r"上报|通报|公布|报送|报告|发布会|自报|填报")
_NET_OPENS = regex.compile(r"已(?:核减|剔除|扣除)")  # (，已核减部分县…将…计入的1380个: what was taken out, all of it)
_IF_BEFORE = regex.compile(r"(?<![例比诸譬])(?:如果?|若|假如|倘若|如若)(?![期实下何此今同])(?:将|把)?"
                           r"[^，,。；;！？!?\n]{0,30}$")


@functools.lru_cache(maxsize=64)  # (a text's hash is kept by the str: the release is scanned once)
def _advice_sections(text: str) -> tuple[tuple[int, int], ...]:
    """The sections of a release's advice (四、意见建议, 三、下一步工作建议), each to the next heading of its rank."""
    spans = []
    for heading in _ADVICE_HEADING.finditer(text):
        following = _TOP_HEADING.search(text, heading.end())
        spans.append((heading.end(), following.start() if following else len(text)))
    return tuple(spans)


_ADVICE_HEADING = regex.compile(r"(?m)^[ \t\u3000]*[一二三四五六七八九十]+[、.．][^\n，,。；;]{0,12}?"
                                r"(?:意见建议|意见和建议|对策建议|工作建议|几点建议|审议意见|建议)[^\n，,。；;]{0,6}$")
_TOP_HEADING = regex.compile(r"(?m)^[ \t\u3000]*[一二三四五六七八九十]+[、.．]")


def _problem_sections(text: str) -> list[tuple[int, int]]:
    """The sections headed as problems found (二、存在的主要问题, 督查发现的问题), each to the next heading numbered
    as its own is."""
    sections = []
    for words in _PROBLEMS_WORDS.finditer(text):  # (from the words, not from every line: a scan of lines costs more)
        line = text.rfind("\n", 0, words.start()) + 1
        end = text.find("\n", words.end())
        heading = _PROBLEMS_HEADING.fullmatch(text, line, len(text) if end < 0 else end)
        if heading is None:
            continue
        numbered = _HEADING_KIND.match(heading.group())
        if numbered is None:
            continue
        kind = next(pattern for pattern, group in zip(_HEADING_KINDS, numbered.groups(), strict=True) if group)
        following = kind.search(text, heading.end())
        sections.append((heading.end(), min(following.start() if following else len(text),
                                             heading.end() + _HEADING_REACH)))
    return sections


def _in_problems(text: str, sections: list[tuple[int, int]]) -> list[re.Match[str]]:
    """The first figure of each sentence of the sections of problems found."""
    figures: list[re.Match[str]] = []
    for at, stop in sections:
        while (figure := _FIGURE_DIGIT.search(text, at, stop)) is not None:
            figures.append(figure)
            at = max(figure.end(), _sentence_end(text, figure.end()) + 1)
    return figures


_PROBLEMS_WORDS = regex.compile(r"审计发现|发现的(?:主要)?问题|存在的(?:主要)?问题|存在问题|督查发现|核查发现|检查发现|"
                                r"调研发现|问题和不足|困难和问题")
_PROBLEMS_HEADING = regex.compile(r"[ \t\u3000]*\S{1,4}[^\n，,。；;]{0,12}?(?:" + _PROBLEMS_WORDS.pattern
                                  + r")[^\n，,。；;]{0,12}")
_HEADING_KIND = regex.compile(r"[ \t\u3000]*(?:([一二三四五六七八九十]+[、.．])|([（(][一二三四五六七八九十]+[）)])|"
                              r"(\d+[、.．]))")
_HEADING_KINDS = (regex.compile(r"(?m)^[ \t\u3000]*[一二三四五六七八九十]+[、.．]"),
                  regex.compile(r"(?m)^[ \t\u3000]*[（(][一二三四五六七八九十]+[）)][^\n，,。；;]{0,30}$"),
                  regex.compile(r"(?m)^[ \t\u3000]*\d+[、.．][^\n，,。；;]{0,30}$"))


_COUNTED_IN = regex.compile(r"完成数中?含|完成数包含")
# (新增的普惠性托位里，有620个是…，不在此次民生实事任务范围之内: a part taken out, as 中，有… in _OVERSTATED)
_PART_IN_LI = regex.compile(r"里[，,]有[\d一二三四五六七八九十百千万.]+[^\d，,。；;]{0,3}[^。；;]{0,40}?"
                            r"(?:另行统计|不在[^。；;]{0,16}?范围|尚未|未实际|不符合|仅完成)")
# (扣除这部分后，实际比例约为81%: a part taken out of what was reported; a regex of its own, as a group of words in
# _OVERSTATED would cost that scan of every release its literal prefixes, a tenfold slowdown on a 20 MB release)
_TAKEN_OUT = regex.compile(r"(?:扣除|剔除)(?:这部分|这些|上述|以上|该部分|此部分)[^。；;，,]{0,6}后")
_COUNTED_AS = regex.compile(r"计入|算入|算作|填报为|统计为")
_FIGURE_DIGIT = regex.compile(r"\d(?:万|亿)?(?![\d.年月日号季期])[^\W\d_]|\d[%‰％]")  # (3150个, 76.2%; not 2025年)
_CELL_GAP = regex.compile(r"\S(?:  |\t|\u3000)\s*\S|\S *[|｜] *\S")
# (a line of prose that stops in mid-sentence, as PDF text does)
_WRAPPED = regex.compile(r"[^\W\d_，,、][ \t\u3000]*\Z")
# (a note under a table: 3.新增公共充电桩完成数中含企业内部专用桩520个, things of another kind counted in)
# (not 结转: work carried over is a plan's own where it runs over years; the check of the period judges it)
_OTHER_KIND_IN = regex.compile(r"[^。；;，,]{0,12}?(?:专用|内部|自用|临时|重复|挂牌|更名|原有)")
_NOTE_LINE = regex.compile(r"[ \t\u3000]*(?:注|说明|备注)\d?[：:]")
_NOTE_ITEM = regex.compile(r"[ \t\u3000]*\d{1,2}[.、．]")


def _a_note(text: str, line: int) -> bool:
    """The line starting at `line` is a note (注：…), or a later item of one (注：1.… over 2.…)."""
    if _NOTE_LINE.match(text, line):
        return True
    if not _NOTE_ITEM.match(text, line):
        return False
    for _ in range(8):  # (up the note's items, to its 注：, within its paragraph)
        if line == 0 or text[max(0, line - 2):line] == "\n\n":
            return False
        line = text.rfind("\n", 0, line - 1) + 1
        if _NOTE_LINE.match(text, line):
            return True
        if not _NOTE_ITEM.match(text, line):
            return False
    return False
_FINDING_HEADING = regex.compile(r"审计发现|发现的(?:主要)?问题|存在的(?:主要)?问题|督查发现|核查发现")
# what finds a reported figure too high, or the work not done as reported
_OVERSTATED = regex.compile(r"核减|重复计入|重复统计|重复上报|不应计入|不应纳入|不符合[^。；;，,]{0,10}口径|统计不实|"
                            r"数据不实|统计偏高|虚报|多报|挂名|未实际上岗|未按标准|大门紧锁|处于闲置|长期闲置|未通过验"
                            r"收|"
                            r"已投用项目|不具备销号|不纳入考核|不计入考核|不纳入统计|不计入统计|更名挂牌|计入新增|"
                            r"重复计算|不对社会开放|自建自用|不予认定|完成数不实|"
                            # (市级抽查发现部分改造户未达到安全标准: work not done as reported)
                            r"发现[^。；;，,]{0,16}?(?:未达到|达不到|不达标)|"
                            # (覆盖率实际水平明显低于上报的76.5%: the figure reported is above the true one)
                            r"低于(?:上报|报送|报告|公布|统计)的?|高于实际|与实际不符|签而不约|"
                            # (…按考核口径不计入; 一并上报为已完成; 再次申报补助并计入完成数; 实为到期后续贷)
                            r"口径不计入|一并上报|再次申报|重复申报|并计入完成数|续贷|"
                            # (不属于改扩建范围，但被计入完成数; 仅供本单位车辆使用; 上报的…中包含了尚未完成备案的…)
                            r"被计入完成数|不属于[^。；;，,]{0,10}范围|仅供本单位|仅限本单位|仅供内部|不对外开放|"
                            r"不对公众开放|包含了?尚未|仅挂牌|以旧充新|"
                            # (…重新申报…应予剔除; 同一批学位在…两个部门同时上报; 加挂牌子…不符合新建标准)
                            r"应予剔除|应当剔除|予以剔除|同时上报|加挂牌子|不符合[^。；;，,]{0,10}标准|"
                            r"重复登记|一并统计|作为新建|重复填报|一并填报|重新命名|验收未过|未通过验收|"
                            # (将…入渗水量计入收集量，据此重新测算: a rate recomputed lower; 扣除这部分后 is _TAKEN_OUT)
                            r"重新测算|重新核算|"
                            # (把季节性供水的牧业嘎查也计为通自来水; 两项分别统计后相加; 上述全科医生数包含了…
                            # 未注册为全科医学专业的乡村医生612人: other things, or the same twice, counted in)
                            r"也计为|也算作|也计入|也统计为|分别统计后?相加|包含了[^。；;]{0,40}?未|"
                            # (用4G站址改造的612个站点充抵新建任务; 人数相加得出的; 同一个人被记了两次; 报作护理型床位)
                            r"充抵|冲抵|抵顶|顶替新建|虚增|相加得出|加总得出|记了两次|计了两次|重复计数|一同报作|一并"
                            r"报作|"
                            # (216部中，有31部仅完成业主签约…尚未开工: some of the total reported were not done)
                            # (中 alone first: 里 as well makes the scan tenfold slower on a 20 MB release, and a
                            # group first costs it its first characters; 当中 ends in 中)
                            r"中[，,]?有[\d一二三四五六七八九十百千万.]+[^\d，,。；;]{0,3}[^。；;]{0,40}?"
                            r"(?:未实际|尚未|无法|仅完成|仅接受|仅配发|未达到|不符合|未按|无实际|仅挂牌|另行统计|"
                            # (有620个是…托班学位，…不在此次民生实事任务范围之内; 有12万亩是2024年度的建设任务)
                            r"不在[^。；;]{0,16}?范围|是(?:上一?年度|去年|上年)|是(?:19|20)\d\d年度的|"
                            # (已建成的高标准农田中，有3.1万亩为上年度跨年度续建项目: last year's work counted in)
                            r"为上年度|为上一年度|为去年|为上年)")


def _errata_of(text: str, quoted: Quoted, declared: Quantity | None = None) -> str | None:
    """A note of errata later in the release that names the quote as wrong (更正说明：本文…中“…达到85%”
    表述有误，应为…), or a speaker's correction of the figure (这里我也更正一下：…提到的…6200个，…准确数字应为
    5200个): its words; None where there is none."""
    said, notes = _corrections(text)
    if declared is not None:
        written = "".join(declared.text.split())
        for at, word in said[bisect.bisect_left(said, (quoted.match.end, "")):]:
            before = "".join(text[max(quoted.match.end, at - 120):at].split())
            if written in before:
                return "".join(text[at:at + len(word) + 12].split())
            # (附表中“新增5G基站”完成数为…报送数，经…核定为2870个，以核定数为准: the row it names, by its label)
            # (its sentence, within its paragraph: a table above it ends no sentence)
            low = max(_sentence_start(text, at, SENTENCE_ENDS, titles=False), text.rfind("\n\n", 0, at) + 2)
            named = _NAMED_ITEM.findall("".join(text[low:at].split())) if low >= quoted.match.end else ()
            if any(name in "".join(quoted.text.split()) for name in named):  # (a quote inside it is what it says)
                return "".join(text[low:at + len(word)].split())
    for at in notes[bisect.bisect_left(notes, quoted.match.end):]:
        line_end = text.find("\n", at)
        note = "".join(text[at:line_end if line_end >= 0 else len(text)].split())
        figure = "".join(declared.text.split()) if declared is not None else None
        if ("".join(quoted.text.split()) in note or figure is not None and len(figure) >= 3 and figure in note) \
                and re.search("有误|错误|应为|更正为|口误|笔误", note):  # (编者注：…“…改造62个”为发布人口误)
            return note[:30] + "…"
    return None


@functools.lru_cache(maxsize=64)  # (a text's hash is kept by the str: the release is scanned once)
def _corrections(text: str) -> tuple[list[tuple[int, str]], list[int]]:
    """Where a release corrects a figure (准确数字应为…) and where its notes of errata begin (更正说明)."""
    said = [(m.start(), m.group()) for m in _CORRECTION_SAID.finditer(text)]
    notes = [m.start() for m in _ERRATA_NOTE.finditer(text)]
    return said, notes


def _alike(one: str, other: str) -> bool:
    """Two subjects that share two characters in a row of what they count."""
    one, other = content(to_simplified("".join(one.split()))), content(to_simplified("".join(other.split())))
    return any(one[i:i + 2] in other for i in range(len(one) - 1) if "|" not in one[i:i + 2])


def check_all_done(quoted: Quoted, what: Message, report: Report, where: tuple[object, ...],
                   plan_quote: str = "") -> None:
    """A milestone or claim of completion on a quote that counts what was done (2所已建成投用) is
    met only if that is all its sentence counts: 计划新建的3所医院中，2所已建成投用 is 2 of 3; and a plan
    of each place (每个县（区）至少建成1所…) is not met by a count of places that does not say it is all
    of them (萧县、泗县等4个县（区）…建成招生)."""
    text, start = quoted.release.text, quoted.match.start
    before = quoted.reading.claims_within(_sentence_start(text, start, SENTENCE_ENDS, titles=False), start)
    item = _sentence_start(text, start, SENTENCE_ENDS + "；;", titles=False)
    for claim in quoted.claims:
        if claim.ratio or claim.quantity.unit in RELATIVE_UNITS or claim.kind is ClaimKind.other:
            continue  # (全市63个乡镇…覆盖率达到100%: the scope of a rate, not a count done)
        # (across a ；, a count of the same thing only: 计划新建学校3所；已建成2所 is 2 of 3; 全年新增托位1180个；
        # 6个县（区）均建成… is not 6 of 1180)
        before = [other for other in before if other.start >= item or _alike(other.subject, claim.subject)]
        # (and a set the quote names before it: 全市5个县（区）中已有4个建成…)
        sets = [c for c in quoted.claims if c.end <= claim.start and _SET_OF.match(text, c.end)]
        total = next((other for other in (*before, *sets) if other.quantity.unit == claim.quantity.unit
                      and other.quantity.value > claim.quantity.value), None)
        if total is not None:
            report(Message("claim-part-of-total", what=what, part=_written(claim.quantity),
                           total=_written(total.quantity)), *where)
            return
    each = _EACH_PLACE.search(to_simplified("".join(plan_quote.split())))
    if each is not None:
        said = to_simplified("".join(quoted.text.split()))
        counted = next((m for m in _COUNTED_PLACES.finditer(said) if _same_kind(m.group("kind"), each.group("kind"))),
                       None)
        if counted is not None and not _ALL_PLACES.search(said):
            report(Message("claim-some-places", what=what, each=each.group(), part=counted.group()), *where)


# a plan of each place of a kind (每个县（区）, 各乡镇, 所有行政村), and a count of such places (4个县（区）)
_PLACE_KINDS = (r"(?P<kind>县[（(]市、?区[）)]|县[（(]区[）)]|县[（(]市[）)]|县市区|县区|县|乡镇|乡[（(]镇[）)]|"
                r"街道|行政村|村|社区)")
_EACH_PLACE = regex.compile(r"(?:每个|每一个|各个?|所有|全部)" + _PLACE_KINDS)
_COUNTED_PLACES = regex.compile(r"(?:\d+|[一二两三四五六七八九十]+)个" + _PLACE_KINDS)
_ALL_PLACES = regex.compile(r"全部|均|都|所有|全覆盖|每个|各(?:县|乡|街|村|社)|全域|一个不落|无一")


def _same_kind(one: str, other: str) -> bool:
    """Two words for places of one kind: 县（区） and 县区 are, 县 and 乡镇 are not."""
    def head(word: str) -> str:
        return "县" if word.startswith("县") else "乡" if word.startswith("乡") else word
    return head(one) == head(other)


_THRESHOLD_AFTER = regex.compile(r"(?:以上|以下|及以上)?的(?:县|区|乡镇|街道|村|社区|学校|医院|企业|单位|城市)")
# (覆盖率超过…: a rate compared with the figure; 全市86.3%的乡镇卫生院达到… is a share, no threshold)
_THRESHOLD_LEAD = regex.compile(r"(?:率|比例|占比|浓度)(?:超过|高于|低于|不低于|不足|达到|在)?$")
# (…中有4个县域就诊率达到: some of a set reach the figure, counted)
_SOME_REACH = regex.compile(r"(?:中|里|当中)有[\d一二三四五六七八九十两]+个[^，,。；;\d]{0,16}?"
                            r"(?:达到|超过|高于|低于|不低于|在)$")
_ROUGHLY = ("基本达到", "基本实现", "接近", "基本达", "约达", "大致达到")
_EXACT_AFTER = regex.compile(r"[（(]((?:\d+(?:\.\d+)?)[^\d（()）]{1,4})[）)]")


def _is_set(text: str, claim: Claim) -> bool:
    """The figure names a set its sentence goes on to count within (10所公办幼儿园中，6所已建成)."""
    return bool(text) and _SET_AFTER.match("".join(text[claim.end:claim.end + 24].split())) is not None


_SET_AFTER = regex.compile(r"[^，,。；;其\d]{0,12}?中(?:[，,：:]|已有|已|有)")
_SET_OF = regex.compile(r"[^，,。；;其]{0,8}?中")  # (5个县（区）中…: a set, not 10.8万个，其中…)
# 主体完工 (the main structure finished), 基本建成 (mostly built): completion wording that says the
# work is not all done, so it is progress, not completion
# what a completion word may govern that is a step before the work, not the work
# a step named before the word that says it was done (申报工作顺利完成, 实地核查已完成, 中期验收顺利通过)
_STEP_BEFORE_WORD = regex.compile(r"(申报|报送|自评|现场核查|实地核查|选址|立项|招标|前期|初审|初评|预评估|中期验收|"
                                  # (公开招聘工作已顺利完成; 专项规划编制工作全面完成)
                                  r"招聘|招录|规划编制|方案编制|编制|"
                                  r"中期评估|中期检查)(?:工作|环节|程序|材料|任务)?(?:已经|均已|已|均|全部|顺利|基本|"
                                  r"圆满|全面)*$")
_STEP_DONE = regex.compile(r"(排查|申报|报送|自评|现场核查|实地核查|中期验收|中期评估|中期检查|选址|立项|招标|采购|"
                           r"布展|前期工作|主体封顶|主体结构|封顶|"
                           r"省级督导评估|省级评估|初审|路基|土建|节点任务|节点目标|"
                           # (通过自治区义务教育优质均衡发展督导评估: a step toward the national one)
                           r"自治区[^，,。；;]{0,14}?督导评估|省[^，,。；;]{0,14}?督导评估|"
                           # (通过考核组现场考核, toward 创建国家节水型城市: the title is given after)
                           r"现场考核|现场评估|现场检查|技术评估|预评估|初评|资料审核|"
                           # (规划已通过专家评审, toward 编制出台: issued after its approval)
                           r"专家评审|专家论证|征求意见|报批|送审)")


def _clause_length(words: str) -> int:
    """How far the clause `words` opens runs: to its first mark."""
    stop = _CLAUSE_MARK.search(words)
    return stop.start() if stop else len(words)
_PARTIAL = ("主体工程完工", "主体工程竣工", "主体结构完工", "主体结构封顶", "主体完工", "主体竣工", "主体封顶",
            "完成主体施工", "完成主体工程", "完成主体建设", "完成主体结构",
            "基本完成", "基本建成", "部分完成", "部分建成", "基本实现", "初步建成", "初步完成", "初步实现",
            "接近完成", "即将完成", "接近完工", "即将完工", "接近建成", "即将建成",  # (已接近完成，余下部分正在…验收)
            "阶段性任务", "阶段性完成", "大部分", "大多数", "预验收", "初验", "现场核查",
            # an appraisal, not a report of the work done (代表们认为…总体完成较好)
            "总体完成", "完成较好", "完成良好", "完成情况较好", "完成情况良好", "总体较好", "总体良好",
            "完成情况总体较好", "完成情况总体良好",
            # (建成通水，进入调试运行阶段: commissioning, not in service)
            "调试运行", "试运行", "进入调试",
            # (实现试通水: a trial before service)
            "试通水", "试通车", "试营业", "试供水", "试开放")


# what makes completion wording a promise or a delay (将于6月投入使用, 计划于2026年建成, 有望建成通水,
# 年底前将全部完成, 建成时间推迟至2026年), said before it in its clause
_PROMISED = regex.compile(r"将(?!近)|计划|有望|可望|力争|争取|确保|预计|预期(?!寿命)|预估|拟|推迟|延期|延至|延后|"
                          r"^为了?(?=实现|完成|达到|确保|$)|"  # (为实现…全覆盖，投入资金…: a purpose, not a result)
                          # (not 已于2024年底前…竣工投用: done by then, said after)
                          r"(?<!已于\d\d\d\d)(?<!已于\d\d)(?<!已于\d)(?<!已于)(?<!已在\d\d\d\d)(?<!已在)[年月]底前|"
                          r"距离|若(?!干)|如果|假如|(?<!供)(?<!相)(?<!响)应(?=当|该|$)|可(?=$)|"
                          # (…的目标可以实现, 能够如期完成: a forecast; 基本实现…全覆盖: mostly)
                          r"可以(?=$|如期|按期|全面)|能够(?=$|如期|按期|全面)|(?:基本|初步)(?=实现|完成|建成|达到|形成"
                          r")")
# what makes it a part of the work (主体工程已完工, 一期工程建成投用)
# (…土建工程全部完成: a stage; 门诊楼率先投用: a part first)
_PART_OF = regex.compile(r"主体|一期|首期|部分|局部|阶段性|路基|土建|节点|率先|先期|先行")
# 完成投资1.2亿元, 完成招标, 完成签约: money spent or a step before the work, not the work done
_SPENT = ("投资", "产值", "工程量", "进度", "招标", "签约", "立项", "选址", "设计", "审批", "备案", "征地", "拆迁",
          "前期")
# what says the work is behind (完成进度滞后)
_BEHIND = regex.compile(r"滞后|缓慢|推迟|延期|延至|延后|未达预期|不及预期")
_CLAUSE_MARKS = "，,；;。！？!?：:"
_CLAUSE_MARK = regex.compile("[，,；;。！？!?：:]")


_TRIAL = ("试通水", "试运行", "试通车", "试营业", "试供水", "试开放", "试生产")


def _clause_lead(text: str, at: int) -> str:
    """The words of the clause holding position `at`, before it."""
    start = max(text.rfind(mark, max(0, at - 40), at) for mark in _CLAUSE_MARKS) + 1
    return "".join(text[max(start, at - 40):at].split())


def _completed(quoted: Quoted, plan_quote: str = "") -> tuple[list[Word], list[Word]]:
    """The quote's completion words not negated, and those that say only part was done (or that
    it is only promised)."""
    text, start, end = quoted.release.text, quoted.match.start, quoted.match.end
    partial = [(at, at + len(word)) for word in _PARTIAL
               for at in _find_all(text, word, max(0, start - 6), min(len(text), end + 6))]
    affirmed, partly = [], [Word(text[a:b], a, b) for a, b in sorted(partial) if a < end and b > start]
    for word in quoted.words(quoted.reading.completion):
        if word.negated or any(a <= word.start and word.end <= b for a, b in partial):
            continue
        if "".join(text[word.end:word.end + 6].split()).removeprefix("年度").removeprefix("全年").startswith(_SPENT):
            continue
        after = "".join(text[word.end:word.end + 24].split())
        if after.startswith(_TRIAL):  # (实现试通水: a trial, not the thing in service)
            partly.append(Word(word.text + after[:3], word.start, word.end))
            continue
        # (完成校舍安全隐患排查4326栋, 完成创建资料报送, 已完成省级评估现场核查: a step; unless the plan is it;
        # 通过省级督导评估 is a step only toward a national one)
        # (the word may hold what it governs: 通过考核组现场考核)
        governed = word.text[2:] + after
        step = next((m for m in _STEP_DONE.finditer(governed[:len(word.text) - 2 + _clause_length(after)])
                     if m.start() <= 12 + len(word.text) - 2
                     and m.group(1) not in plan_quote
                     and (not m.group(1).startswith(("省", "自治区")) or "国家" in plan_quote)),
                    None)
        if step is not None:
            partly.append(Word(word.text[:2] + governed[:max(step.end(), len(word.text) - 2)], word.start, word.end))
            continue
        if word.text.startswith("通过") and "省级" in word.text and "国家" in plan_quote and "国家" not in word.text:
            partly.append(word)  # (顺利通过省级督导评估, toward 通过国家…评估认定)
            continue
        lead = _clause_lead(text, word.start)
        before = _STEP_BEFORE_WORD.search(lead)
        if before is not None and before.group(1) not in plan_quote:
            # (创建申报工作顺利完成, 督导评估实地核查顺利完成: a step done, said before the word)
            partly.append(Word(before.group() + word.text, word.start, word.end))
            continue
        # (主体工程已完工 is all the work, where the plan is 完成主体工程)
        marker = [*_PROMISED.finditer(lead), *(m for m in _PART_OF.finditer(lead) if m.group() not in plan_quote)]
        if marker:  # the word with what governs it: 将…投入使用, 主体工程已完工
            last = max(marker, key=lambda m: m.end())
            gap = lead[last.end():]
            shown = last.group() + (gap if len(gap) <= 4 else "…") + word.text
            partly.append(Word(shown, word.start, word.end))
            continue
        affirmed.append(word)
    return affirmed, partly


def _find_all(text: str, word: str, start: int, end: int) -> list[int]:
    found, at = [], text.find(word, start, end)
    while at >= 0:
        found.append(at)
        at = text.find(word, at + 1, end)
    return found


def check_about(quoted: Quoted, indicator: str, what: Message, report: Report, where: tuple[object, ...],
                done: bool = True, plan_quote: str = "") -> None:
    """A claim, milestone or completion ratio is about the indicator: the quote, or the part of its
    sentence before it (新增技能人才12.8万人，…均超额完成目标任务), names something of it. Otherwise
    it may be the neighbour's: 老旧小区改造任务全面完成 does not say the kindergartens were built."""
    if done:  # (a claim that the work was not done may name pilots: it says no more than the whole did not)
        _check_pilot(quoted, indicator, what, report, where)
        if _check_narrower(quoted.text, plan_quote, what, report, where):
            return
        # (成功创建省级节水型城市, for 创成国家节水型城市: a title of another grade)
        said = to_simplified("".join(quoted.text.split()))
        graded = other_grade(said, said, to_simplified("".join(plan_quote.split())), indicator)
        if graded is not None:
            report(Message("claim-other-kind", what=what, indicator=plan_quote or indicator, named=graded[1],
                           said=graded[0]), *where)
            return
        contrast = _contrasted(indicator, quoted.text)
        if contrast is not None and contrast[1] not in to_simplified(indicator):
            # (通过国家胸痛中心（基层版）复评, for 通过国家标准版胸痛中心认证: another thing of a like name)
            report(Message("claim-other-kind", what=what, indicator=indicator, named=contrast[0], said=contrast[1]),
                   *where)
            return
    if likeness(indicator, quoted.text) > 0:
        _check_places_named(quoted, indicator, what, report, where)
        return
    text, start = quoted.release.text, quoted.match.start
    if likeness(indicator, text[_sentence_start(text, start, SENTENCE_ENDS, titles=False):start]) > 0:
        return
    report(Message("quote-about-other", what=what, indicator=indicator), *where)


_FEW = regex.compile(r"试点|抽查的|抽检的|抽样|首批|部分|已开工的")  # (3个试点县…; 抽查的120所中小学校全部达到…; 首批…)


# a plan of every place of a kind (行政村全覆盖, 每个乡镇, 所有中小学校)
_EVERY_PLACE = regex.compile(r"全覆盖|覆盖率|每个|每一个|所有|全部|各(?:乡镇|县|村|社区|街道|学校|中小学)")


_THOSE_ABLE = regex.compile(r"具备条件的|符合条件的|有条件的|有需求的|有意愿的")


def _check_narrower(said: str, plan_quote: str, what: Message, report: Report, where: tuple[object, ...]) -> bool:
    """A plan of every place of a kind answered over fewer (重点行政村 for 行政村, 中心镇 for 乡镇, 乡镇中心小学 for
    城乡学校, 镇街 for 行政村（社区）)."""
    plan_said = to_simplified("".join(plan_quote.split()))
    flat = to_simplified("".join(said.split()))
    hedge = _THOSE_ABLE.search(flat)
    if hedge is not None and hedge.group().removesuffix("的") not in plan_said and _EVERY_PLACE.search(flat):
        # (具备条件的城市社区老年助餐服务实现全覆盖, for 实现城市社区老年助餐服务全覆盖: those able to have it only)
        noun = re.split(r"实现|达到|全覆盖|覆盖", flat[hedge.end():], maxsplit=1)[0] or flat[hedge.end():][:12]
        report(Message("claim-scope-narrower", what=what, kind=noun, said=hedge.group() + noun), *where)
        return True
    if not _EVERY_PLACE.search(plan_said):
        return False
    narrower = narrower_scope(plan_said, flat)
    if narrower is not None:
        report(Message("claim-scope-narrower", what=what, kind=narrower[0], said=narrower[1]), *where)
    return narrower is not None


def _check_pilot(quoted: Quoted, indicator: str, what: Message, report: Report, where: tuple[object, ...]) -> None:
    """A claim of pilots (3个试点县率先实现…全覆盖) is not the region's, unless the indicator is of pilots."""
    text, start = quoted.release.text, quoted.match.start
    low = _sentence_start(text, start, _DATE_BOUNDS, titles=False)
    if row_cells(text, start) is not None:
        low = max(low, text.rfind("\n", 0, start) + 1)  # (a row of a table: its own line, not the prose above it)
    said = "".join(text[low:quoted.match.end].split())
    few = _FEW.search(said.replace("（部分）", "").replace("(部分)", ""))
    if few is not None and few.group() not in indicator:
        report(Message("claim-of-pilots", what=what, indicator=indicator, word=few.group()), *where)


def _check_places_named(quoted: Quoted, indicator: str, what: Message, report: Report,
                        where: tuple[object, ...]) -> None:
    """An indicator of one place (湾沚区建成省级示范高中) is not answered by a claim whose quote opens
    with other places only (无为市、南陵县、繁昌区省级示范高中创建通过省级评估验收)."""
    own = head_places("".join(indicator.split()))
    if own is None or len(own[0]) != 1:
        return
    place, quote = own[0][0], to_simplified("".join(quoted.text.split()))
    if place in quote or place.rstrip("市县区旗") in quote:
        return
    said = head_places(quote)
    # (or the place is named in the quote's sentence, outside it: 湾沚区第一中学…创建工作正在有序推进)
    text, start, end = quoted.release.text, quoted.match.start, quoted.match.end
    stop = _sentence_end(text, end)
    sentence = to_simplified("".join((text[_sentence_start(text, start, SENTENCE_ENDS, titles=False):start]
                                      + text[end:stop]).split()))
    if said is not None and not any(same_place(place, other) for other in said[0]) or place in sentence:
        report(Message("quote-about-other", what=what, indicator=indicator), *where)


def check_claim(quoted: Quoted, claim: ClaimWord, report: Report, where: tuple[object, ...],
                plan_quote: str = "") -> None:
    """met and exceeded need completion wording that is not negated and says all was done, and no
    completion ratio below 100%; exceeded needs 超额 or 超过; not_met needs a negation."""
    completion = quoted.words(quoted.reading.completion)
    affirmed, partly = _completed(quoted, plan_quote)
    negated = [w for w in completion if w.negated] + quoted.words(quoted.reading.negations)
    if not affirmed:
        # 132所，超过三年行动确定的120所目标任务: going past the target is completing it
        text = quoted.release.text
        affirmed = [w for w in quoted.words(quoted.reading.excess) if not w.negated and _BEYOND_TARGET.match(
            "".join(text[w.end:min(quoted.match.end + 8, w.end + 24)].split()))
            # (超额完成年度投资计划: money spent, not the work)
            and not re.sub(r"^(?:完成)?(?:年度|全年)?", "", "".join(text[w.end:w.end + 10].split())).startswith(_SPENT)]
    if claim in (ClaimWord.met, ClaimWord.exceeded):
        short = _short_ratio(quoted)
        not_yet = _not_yet(quoted, partly)
        if _in_tasks(quoted):
            report(Message("claim-in-tasks", claim=f"claim: {claim.value}"), *where, "claim")
        elif _asked(quoted):
            report(Message("claim-in-question", claim=f"claim: {claim.value}"), *where, "claim")
        elif not_yet:
            report(Message("claim-met-not-yet", claim=claim.value, words=not_yet), *where, "claim")
        elif short is not None:
            stated = _written(short.quantity) if short.quantity.unit == "%" else \
                f"{decimal_text(short.quantity.in_unit('%').value)}%"  # 九成: completion: 90%
            report(Message("claim-met-partial", claim=claim.value, stated=stated), *where, "claim")
        elif not affirmed and partly:
            report(Message("claim-met-partly", claim=claim.value, words=_words(partly)), *where, "claim")
        elif not affirmed:
            report(Message("claim-met-unsaid", claim=claim.value,
                           negated=Message("claim-negated", words=_words(negated)) if negated else ""),
                   *where, "claim")
        elif claim is ClaimWord.exceeded and not [w for w in quoted.words(quoted.reading.excess) if not w.negated]:
            report(Message("claim-exceeded-unsaid"), *where, "claim")
        elif (unsaid := _use_unsaid(quoted, plan_quote)) is not None:
            report(Message("claim-met-use-unsaid", claim=claim.value, asked=unsaid[0], said=unsaid[1]), *where, "claim")
    elif not negated:
        report(Message("claim-not-met-unsaid"), *where, "claim")


_BEYOND_TARGET = regex.compile(r"[^，,。；;]{0,16}?(?:目标|任务|计划)")


def _not_yet(quoted: Quoted, partly: list[Word]) -> tuple[str, ...]:
    """What in the quote says the work is promised, behind or only partly done, or that what is
    done is another target (年底前将全部完成, 进度滞后, 主体工程已完工, 调整后的年度目标已全部完成), and
    a sentence that excepts the quote's subject from what it says was done (除新建城市书房项目外，
    其余…均已完成): a claim of completion cannot rest on it."""
    text, start, end = quoted.release.text, quoted.match.start, quoted.match.end
    said = "".join(quoted.text.split())
    found = [m.group() for m in _BEHIND.finditer(said)]
    found += [w.text for w in partly  # what _completed found (主体完工, 基本建成: claim-met-partly says so)
              if w.text not in _PARTIAL and (_PROMISED.search(w.text) or _PART_OF.search(w.text))]
    found += [m.group() for m in _ADJUSTED.finditer(said)]
    sentence = "".join(text[_sentence_start(text, start, SENTENCE_ENDS, titles=False):end].split())
    found += [m.group() for m in _EXCEPT.finditer(sentence)]
    # the sentence goes on to promise the use (完成竣工验收备案，计划2026年3月开诊)
    rest = "".join(text[end:min(len(text), end + 90)].split())
    following = rest.split("。")[1] if "。" in rest else ""
    rest = rest[:min((rest.find(mark) for mark in SENTENCE_ENDS if mark in rest), default=len(rest))]
    if following.startswith(("另有", "其余", "剩余", "尚有")):  # (…完成年度任务。另有6个小区…顺延至2026年)
        found += [m.group() for m in _LATER.finditer(following)]
    # (…具备投用条件。受持续强降雨影响工期顺延，新校区将于2026年春季学期正式启用: the next sentence, of the same
    # thing, puts the use after; …通过省级评审，命名结果待国家卫生健康委公布: the title is not yet given)
    after = "".join(text[end:min(len(text), _sentence_end(text, _sentence_end(text, end) + 1) + 1)].split())
    following = _continued(after[after.find("。") + 1:], said) if "。" in after else ""
    found += [m.group() for m in _IN_USE_LATER.finditer(following) if not _OWN_COUNT.search(m.group())]
    found += [m.group() for m in _DECISION_PENDING.finditer(rest + "。" + following)]
    before = "".join(text[_sentence_start(text, start, SENTENCE_ENDS, titles=False):start].split())
    found += [m.group() for m in _SOME_PLACES_BEFORE.finditer(before)]  # (全市已有10个县市区|实现…全覆盖)
    # (…实现全覆盖（不含2025年新设的2个街道）, …均已建成县级公共实训基地（威远县在建）: a bracket that takes some out)
    found += [m.group() for m in _EXCEPTED_AFTER.finditer(rest[:30])][:1]
    semicolon = re.search(r"[；;]", rest)
    if semicolon is not None and not _continued(rest[semicolon.end():], said):
        rest = rest[:semicolon.start()]  # (…新址建成投用；市妇幼保健院…住院部预计2026年6月启用: another thing's)
    other = re.search(r"[；;，,]", rest)
    if other is not None and head_places(rest[other.end():]) is not None:
        rest = rest[:other.start()]  # (…；五河县城南幼儿园…将于2026年春季学期投入使用: another place's)
    named = _NAMED_PLACE.match(rest, other.end()) if other is not None else None
    if other is not None and named is not None and named.group() not in said:
        rest = rest[:other.start()]  # (市妇女儿童医院于9月正式启用，市中医院新院区…预计今年3月正式开诊: another's)
    found += [m.group() for m in _IN_USE_LATER.finditer(rest)]
    found += [m.group() for m in _USE_PENDING.finditer(said + rest)]
    return tuple(dict.fromkeys(found))


# a clause that opens with the name of a building of its own (市中医院新院区…)
_NAMED_PLACE = regex.compile(r"[^，,；;。、\d]{1,12}?(?:医院|院区|新院区|新校区|学校|中学|小学|幼儿园|中心|馆|体育场|"
                             r"公园|大桥|车站|站)")
_SOME_PLACES_BEFORE = regex.compile(r"(?:已有|共有|其中|有)[\d一二三四五六七八九十两]+个[^，,。；;\d]{0,4}?"
                                    r"(?:县市区|县区|县市|县|区|乡镇|街道|村|社区)$")
_EXCEPTED_AFTER = regex.compile(r"^[（(][^（()）]{0,30}?(?:不含|不包括|除|未|尚|在建|正在|暂)[^（()）]{0,30}[）)]")
# a next sentence that goes on about the quote's thing: it opens with no thing of its own (目前…, 受…影响，…, 预计…)
# or with a word of the quote's (新校区将于…); not another place's, another batch's or the next year's work
_GOES_ON = regex.compile(r"(?:目前|当前|现阶段|现|截至目前|预计|计划|正在|尚|仍|待|该|上述|这些|相关|同时|但|不过|"
                         r"按程序|按照程序|根据程序|按规定|"
                         r"受[^，,。；;]{1,16}?影响|因[^，,。；;]{1,16}?[，,])")
_OTHER_BATCH = regex.compile(r"下一步|明年|下一年|第二批|新一批|下一批|二期|续建|继续|另有|此外|同时还")
_OWN_COUNT = regex.compile(r"\d+[^\d\s年月日号季]")  # (预计2026年再建成5个: a count of its own, another batch)


def _continued(sentence: str, quote: str) -> str:
    """`sentence` (joined, the one after the quote's) where it goes on about what `quote` says, else ''."""
    first = re.split(r"[，,；;：:]", sentence, maxsplit=1)[0]
    if sentence.startswith(("首批", "第一批")) and not _OTHER_BATCH.search(sentence):
        return sentence  # (首批62辆已于11月底上线运营，其余…: the figure's parts)
    if not sentence or _OTHER_BATCH.search(sentence) or _OWN_COUNT.search(sentence) \
            or head_places(first) is not None or _LIST_MARK.match(sentence):
        return ""
    if _GOES_ON.match(sentence):
        return sentence
    # (新校区将于…: a thing the quote names; not 市第二中学新校区将于…, a sibling of a like name)
    named = _NAMED_BEFORE.match(first)
    own = _THIS_THAT.sub("", named.group()) if named is not None else ""
    # (新招聘教师正陆续到岗, after 公开招聘中小学教师860名: every character of its subject the quote's)
    return sentence if len(own) >= 2 and all(ch in quote for ch in own) else ""


_NAMED_BEFORE = regex.compile(r"[^，,；;：:\d]*?(?=将|预计|计划|正在|正陆续|陆续|已|于|目前|尚|仍|待|拟|$)")
_THIS_THAT = regex.compile(r"^(?:新|该|这些|这|此|上述|首批|全部)")


# what says a title or a finding is not yet given: 命名结果待…公布, 评估结论将由教育部统一公布, 已推荐上报交通运输部,
# 已进入拟确定名单公示阶段，待省文旅厅正式发文确定
_DECISION_PENDING = regex.compile(r"(?:待|有待|尚待|等待)(?![^，,。；;]{0,16}?(?:核实|核查|核定|统计|汇总|数量|数据))"
                                 r"[^，,。；;]{0,16}?(?:公布|确定|命名|批复|认定|发文|审定|授牌)|"
                                 r"将由[^，,。；;]{0,16}?(?:公布|确定|命名|认定|授牌|审定)|"
                                 r"(?:命名|评估|评审|验收|认定|审核|考核)?(?:结果|结论)[^，,。；;]{0,6}?"
                                 r"(?:待|尚未|将于|将在|将由)(?:[^，,。；;]{0,20}?(?:公布|确定|命名|批复|认定|发文))?|"
                                 r"推荐上报|(?:已|并)?上报[^，,。；;]{0,12}?(?:审定|审核|命名|认定)|"
                                 r"公示阶段|进入公示|拟命名|拟认定|拟确定|公示期(?:满|结束)后|"
                                 r"将(?:正式)?发文(?:认定|命名|确定|公布)|"
                                 # (纳统结果以国家统计局审核为准: what is counted still to be decided)
                                 r"以[^，,。；;]{0,12}?(?:审核|核定|认定|审定)(?:结果)?为准")
_SECTION = regex.compile(r"[东西南北中]段|[一二三首]期工程|[一二三四五六七八九十\d]+标段|部分路段|部分区段")
# use that waits on something, or is still being opened: 待完成…验收后投入使用, 正陆续对外开放
_USE_PENDING = regex.compile(r"待[^，,。；;]{0,24}?后[^，,。；;]{0,4}?(?:投入使用|投用|开放|开诊|运营|启用)|"
                             r"进入调试|调试运行|"
                             r"正(?:在)?(?:陆续|逐步)[^，,。；;]{0,4}?(?:开放|投用|投入使用|运营|启用)")
_LATER = regex.compile(r"顺延|推迟|延期|延至|未完成|尚未|将于|将在|预计|计划于")  # (其余旗市区将于2026年底前完成)
_IN_USE_LATER = regex.compile(_USE_PROMISED + "|建成)")


# a target changed during the year (年中调整为18所, 调整后的年度目标): what is claimed done is not the plan
_ADJUSTED = regex.compile(r"调整后的?|调整为|调减|下调|核减|调低|调整计划|调整目标")
_EXCEPT = regex.compile(r"除[^，,。；;]{1,60}?以?外")  # (除A、B、C、D4件外: a list of items)


def _short_ratio(quoted: Quoted) -> Claim | None:
    """A share of the work done below 100% in the quote (完成年度目标的80%, 任务已完成80%), or just after a quote that
    stops at 完成 (…的目标已经完成|八成以上)."""
    text, end = quoted.release.text, quoted.match.end
    reading = quoted.release.reading_around(end, min(len(text), end + 12))
    after = [claim for claim in reading.claims_within(end, end + 12)
             if not text[end:claim.start].strip()] if quoted.text.rstrip().endswith("完成") else []
    for claim in [*quoted.claims, *after]:
        if claim.quantity.unit not in ("%", "成") or claim.quantity.in_unit("%").value >= 100:
            continue  # (完成九成: 90%)
        lead = "".join(text[max(0, claim.start - 4):claim.start].split())
        if claim.ratio or lead.endswith(("完成", "完成了", "完成率", "完成率为", "完成率达")):
            return claim
    return None


# a plan that asks for the work in use, not only built (建成投用, 建成并对外开放, 建成投运)
_BUILT_THEN_USE = regex.compile(r"(?:建成|完工|竣工|建设|改造|修缮)(?:[^，,。；;]{0,3}?(?:并|后)?|"
                                # (建成普洱市第一中学新校区并投入使用)
                                r"[^，,。；;]{4,24}?(?:并|后))(?:投入|对外|正式)?"
                                r"(投用|使用|运营|运行|投运|投产|开放|开诊|开业|开园|启用|通车|营业|招生)")
_USE_SAID = regex.compile(r"投用|使用|运营|运行|投运|投产|开放|开诊|开业|开园|启用|通车|营业|招生|接诊|入住|开学")
# what says the use is not yet: a trial (投入试运行), a readiness (具备通水运行条件), a negation, a promise
_USE_NOT_YET = regex.compile(r"试$|具备|尚未|仍未|未能|暂未|没有|无法|未[^，,。；;]{0,2}$|将|计划|预计|拟|待|有望|力争|"
                             r"争取")
_USE_NOUN = regex.compile(r"条件|时间|日期|仪式|计划|方案|单位")  # (移交使用单位: handed over, not in use)
_USE_PART = regex.compile(r"[^，,。；;]{0,8}?部分[^，,。；;、]{0,4}")
_BUILT_SAID = regex.compile(r"建成|竣工|完工|建设完成|主体完工|验收")


_OTHER_BUILDING = regex.compile(r"[院馆站场校园所址厂]|中心")


def _use_unsaid(quoted: Quoted, plan_quote: str) -> tuple[str, str] | None:
    """For a plan of work in use (建成投用), a quote that says it was built (已建成, 竣工验收) or is on
    trial (建成并投入试运行, 具备通水运行条件) and nowhere, in it or the rest of its sentence, that it is
    in use: (the use the plan asks for, what the quote says instead)."""
    asked = _BUILT_THEN_USE.search("".join(plan_quote.split()))
    if asked is None:
        return None
    text, start, end = quoted.release.text, quoted.match.start, quoted.match.end
    said = "".join(text[start:_sentence_end(text, end)].split())
    quote_end = len("".join(text[start:end].split()))
    instead = []
    for use in _USE_SAID.finditer(said):
        head = said[max([quote_end] + [said.rfind(mark, 0, use.start()) + 1 for mark in "，,；;"]):use.start()]
        if use.start() > quote_end and _OTHER_BUILDING.search(head) \
                and not _shares_run(content(to_simplified("".join(plan_quote.split()))), head, 3):
            continue  # (…完成竣工验收，市急救中心新址于10月正式投入使用: another building's use)
        lead = said[max(0, use.start() - 8):use.start()]
        lead = lead[max((lead.rfind(mark) for mark in _CLAUSE_MARKS), default=-1) + 1:]
        noun = _USE_NOUN.match(said, use.end())  # (具备通水运行条件, 正式开诊时间待…公布)
        # (开放门诊及部分病区: a part in use is not the whole)
        noun = noun or _USE_PART.match(said, use.end())
        if noun or _USE_NOT_YET.search(lead):
            lead = lead[max(lead.rfind(mark) for mark in "并和及与") + 1:] if noun else lead  # (移交使用单位)
            instead.append(said[use.start() - len(lead):noun.end() if noun else use.end()])
            continue
        return None  # (已建成并投入使用, 正式开诊)
    built = _BUILT_SAID.search(said)
    if not instead and built is None:
        return None  # (a claim of the whole item, 全面完成: not of building alone)
    return asked.group(1), "、".join(instead) if instead else built.group()  # type: ignore[union-attr]


def _in_tasks(quoted: Quoted) -> bool:
    """The quote stands in a section of tasks (二、2025年主要目标和工作安排 … 市妇幼保健院新院区建成投用), its sentence
    saying nothing done already (已, 实际): the task as set, not reported done."""
    text = quoted.release.text
    return quoted.release.section_at(quoted.match.start) is ClaimKind.plan and not _DONE_BEFORE.search(
        "".join(text[_sentence_start(text, quoted.match.start, SENTENCE_ENDS, titles=False):quoted.match.end].split()))


def _asked(quoted: Quoted) -> bool:
    """The quote is a journalist's words, in a transcript (【桂林电视台记者】我们注意到，全民健身中心去年底已经建成
    投用。…？): the premise of a question, which the answer may not bear out."""
    return _has_journalist(quoted.release.text) and _asking(quoted.release.text, quoted.match.start)


def _none_left(quoted: Quoted, plan_quote: str) -> Word | None:
    """The quote says there is none left of what the plan asks to be done away with (消除劣Ⅴ类国考断面, answered by
    …中无劣Ⅴ类断面): the word."""
    plan = to_simplified("".join(plan_quote.split()))
    done_away = _DONE_AWAY.search(plan)
    if done_away is None:
        return None
    thing = done_away.group(1)
    text = quoted.release.text
    for found in _NONE_OF.finditer(text, quoted.match.start, quoted.match.end):
        said = to_simplified(found.group(1))
        if len(thing) >= 3 and (said[:3] in thing or thing[:3] in said):
            return Word(found.group(), found.start(), found.end())
    return None


_DONE_AWAY = regex.compile(r"(?:全面|基本)?消除([^，,。；;\d]{2,12})")
_NONE_OF = regex.compile(r"(?<![并])(?:无|没有|未出现)([^，,。；;\d]{2,10})")


_PLACES_LISTED = regex.compile(r"(?:[^\W\d_、，,]{1,5}?(?:市|县|区|旗)[、和及与])+[^\W\d_、，,]{1,5}?(?:市|县|区|旗)")


def check_achieved(quoted: Quoted, achieved: bool, report: Report, where: tuple[object, ...],
                   plan_quote: str = "") -> None:
    """achieved: true needs completion wording that says all was done, not start, progress or
    partial wording (主体完工, 基本建成); achieved: false needs a negation or wording that the work
    is still under way."""
    affirmed, partly = _completed(quoted, plan_quote)
    none_left = _none_left(quoted, plan_quote) if achieved and not affirmed else None
    if none_left is not None:  # (全市14个国考断面中无劣Ⅴ类断面, for 消除劣Ⅴ类国考断面: none left is what 消除 asks)
        affirmed = [none_left]
    negations = quoted.words(quoted.reading.negations)
    progress = [w for w in quoted.words(quoted.reading.progress) if not w.negated] + partly
    not_yet = _not_yet(quoted, partly) if achieved else ()
    section = _SECTION.search("".join(quoted.text.split())) if achieved and not not_yet else None
    if section is not None and section.group() not in "".join(plan_quote.split()):
        not_yet = (section.group(),)  # (…北延工程南段已建成通车, for the whole road: one section of it)
    listed = _PLACES_LISTED.search("".join(plan_quote.split())) if achieved and not not_yet else None
    if listed is not None:
        # (兴平市城乡供水一体化工程建成投运, for 建成兴平市、渭城区城乡供水一体化工程: one of the places the plan lists)
        places = [_DOING_LEAD.sub("", place) for place in _ITEM_JOINS.split(listed.group())]
        said = [place for place in places if place in "".join(quoted.text.split())]
        if said and len(said) < len(places):
            not_yet = (f"{'、'.join(said)} / {listed.group()}",)
    if achieved and _in_tasks(quoted):
        report(Message("claim-in-tasks", claim="achieved: true"), *where, "achieved")
    elif achieved and _asked(quoted):
        report(Message("claim-in-question", claim="achieved: true"), *where, "achieved")
    elif not_yet:
        report(Message("achieved-not-yet", words=not_yet), *where, "achieved")
    elif achieved and not affirmed:
        if progress:
            report(Message("achieved-started-only", words=_words(progress)), *where, "achieved")
        else:
            report(Message("achieved-unsaid", negated=Message("claim-negated", words=_words(negations))
                           if negations else ""), *where, "achieved")
    elif achieved and (unsaid := _use_unsaid(quoted, plan_quote)) is not None:
        report(Message("achieved-use-unsaid", asked=unsaid[0], said=unsaid[1]), *where, "achieved")
    if not achieved and affirmed and not negations and not progress and not _not_yet(quoted, partly):
        report(Message("achieved-false-contradicted", words=_words(affirmed)), *where, "achieved")


def check_region(quoted: Quoted, region: str, role: Message, report: Report, where: tuple[object, ...],
                 figure: Claim | None = None) -> None:
    """A figure from a release of another region is the rule's only if its quote says so, or the
    clause or section it stands in names the rule's region; a figure naming no place at all is the
    release's region's (安阳's 9所 is not 林州市's), a claim or milestone only a warning."""
    release_region = quoted.release.release.region
    if release_region == region or same_place(release_region, region):
        return
    short, said = region.rstrip("市县区省"), to_simplified(quoted.text)  # (衡陽縣 is 衡阳县)
    if region in said or (len(short) >= 2 and re.search(re.escape(short) + "(?![县区市旗镇乡])", said)):
        return  # (岳阳县 names 岳阳, and is not 岳阳市)
    if figure is not None:
        text = quoted.release.text
        lead = "".join(text[figure.clause[0]:figure.start].split())
        named = head_places(lead)
        if named is None and (owner := _unnamed_owner(quoted, figure, lead)) is not None:
            named = ((owner,), "one")
        if named is not None and any(same_place(place, region) for place in named[0]):
            return
        if named is None:
            report(Message("figure-of-release-region", role=role, source=quoted.release.release.id,
                           release_region=release_region, region=region), *where, "source")
            return
    # (第二人民医院综合楼建成投用, in 合浦县's report, for 北海市's: a county's own release speaks of its own)
    county = release_region.endswith(("县", "区", "旗")) and region.endswith(("市", "州", "盟"))
    report(Message("quote-other-region", role=role, source=quoted.release.release.id, release_region=release_region,
                   region=region), *where, "source", severity=Severity.error if county else Severity.warning)


def _words(words: list[Word]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(w.text for w in words))
