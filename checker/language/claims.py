"""Claims: what a span of release text says, read once and used by every check.

For each quantity: its exact extent, what it counts (its subject), whether it is a change
(增长12%, 下降0.4个百分点, 增长2倍) or an earlier level (从18.03%降至…), whether its clause is
negated (未能完成), says it was completed (建成, 通过验收) or only started (开工, 推进), the
period it states (2023年, 截至6月底, 今年 resolved against the release date), whether it is a
running total (累计, 截至, 共计), and what kind of figure the wording makes it (a plan, an
outcome, a background figure, a threshold). For the whole span: its completion, negation,
excess and start wording, with where each is, and the periods it names.

The reader works on the flat text (whitespace removed, full-width folded, traditional
characters simplified) and reports positions in the text as written. It never guesses a
number: it reads the words around numbers the quantity scanner has read exactly.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from dataclasses import field, replace
from datetime import date
from enum import Enum
from typing import Any, TypeVar

from checker.diagnostics import CheckerError
from checker.frozen import changed, record
from checker.language import regex
from checker.language.folding import FlatIndex, normalise
from checker.language.periods import (
    BASE_BEFORE,
    RELATIVE_YEAR_WORDS,
    RELATIVE_YEARS,
    THIS_YEAR,
    Period,
    dated_span,
    periods_in,
)
from checker.language.places import head_places
from checker.language.quantity import PROGRAMME, Qualifier, Quantity, blocked_positions, parse_quantity, scan
from checker.language.regex import starting_with
from checker.language.script import to_simplified
from checker.language.tables import REPORTED_COLUMN, VERIFIED_COLUMN, heading_line, row_cells, table_figures

T = TypeVar("T")


class ClaimKind(str, Enum):
    plan = "plan"  # a target or task set for the future or for the year
    outcome = "outcome"  # a reported result
    stat = "stat"  # a background stock or level (the number of schools, an earlier level)
    other = "other"  # a threshold, standard, rate or scope count


class Direction(str, Enum):
    increase = "increase"
    decrease = "decrease"


@record  # made for every figure
class Word:
    """A word found in the text (positions as written), and whether a negation governs it."""

    text: str
    start: int
    end: int
    negated: bool = False


@record
class Change:
    """A figure that is a change (增长12%, 下降0.4个百分点), not a level."""

    direction: Direction
    word: str  # 增长, 下降, 提高 …
    relative: bool  # a change in %, 倍 or 个百分点 (a rate of change, not an amount added)


@record  # made for every figure
class Claim:
    """One figure of a release and what its words say of it."""

    quantity: Quantity  # its `text` is as written
    start: int  # the quantity's extent in the text as written (qualifier words included)
    end: int
    clause: tuple[int, int]  # the clause it stands in, as written
    subject: str  # what it counts, in the text's words (simplified)
    change: Change | None = None
    earlier_level: bool = False  # 从18.03%降至8.07%: the 18.03%
    negated: bool = False
    completed: bool = False  # completion wording in its clause, not negated
    started: bool = False  # start or progress wording in its clause, and no completion
    ratio: bool = False  # a completion ratio (完成…的X%, 完成率)
    cumulative: bool = False  # a running total (累计, 截至, 共计 …)
    period: Period | None = None  # the period its sentence states before it
    period_text: str | None = None
    kind: ClaimKind | None = None  # where the wording says
    item_of: int | None = None  # 分别…X%、Y%: the index of the claim this ratio belongs to
    span: tuple[int, int] = (0, 0)  # what it counts and the figure, as written: the shortest quote of it
    section: ClaimKind | None = None  # what the section title over it announces (主要成效, 工作安排)


@record
class Reading:
    """What a span of text says."""

    text: str
    claims: tuple[Claim, ...]
    completion: tuple[Word, ...]  # 完成, 建成, 通过验收 … (with their negation)
    excess: tuple[Word, ...]  # 超额, 超过 …
    negations: tuple[Word, ...]
    progress: tuple[Word, ...]  # 开工, 启动, 推进 …
    periods: tuple[tuple[str, Period], ...]  # the periods it names (2023年, 十四五末 …)
    relative_years: tuple[tuple[str, int], ...]  # 今年/明年/去年 and the year each means
    ambiguous: tuple[str, ...]  # 2025年前: before 2025, or by 2025?
    cumulative: tuple[str, ...]  # 累计, 截至, 共计 …
    flat: str = field(repr=False, default="")

    def shifted(self, offset: int) -> Reading:
        """The same reading with every position moved by `offset` (a window read apart from
        the text it was cut from)."""
        def claim(c: Claim) -> Claim:
            return replace(c, start=c.start + offset, end=c.end + offset,
                           clause=(c.clause[0] + offset, c.clause[1] + offset),
                           span=(c.span[0] + offset, c.span[1] + offset))

        def words(ws: tuple[Word, ...]) -> tuple[Word, ...]:
            return tuple(replace(w, start=w.start + offset, end=w.end + offset) for w in ws)

        return replace(self, claims=tuple(claim(c) for c in self.claims), completion=words(self.completion),
                       excess=words(self.excess), negations=words(self.negations), progress=words(self.progress))

    # A release holds hundreds of claims and each quote asks for the few within it: the
    # claims and words are in text order, so a search finds them (not a scan per quote).

    def claims_within(self, start: int, end: int) -> list[Claim]:
        first = bisect.bisect_left(self.claims, start, key=lambda c: c.start)
        found = []
        for claim in itertools.islice(self.claims, first, None):
            if claim.start >= end:
                break
            if claim.end <= end:
                found.append(claim)
        return found

    def claims_across(self, at: int) -> list[Claim]:
        """The claims whose figure position `at` falls strictly inside."""
        before = bisect.bisect_left(self.claims, at, key=lambda c: c.start)
        reach = self._reach
        found = []
        for j in range(before - 1, -1, -1):
            if reach[j] <= at:  # no claim up to here ends past `at`
                break
            if self.claims[j].end > at:
                found.append(self.claims[j])
        return found[::-1]

    @functools.cached_property
    def _reach(self) -> list[int]:
        """The furthest end of the claims up to each one (figures may hold line breaks)."""
        return list(itertools.accumulate((c.end for c in self.claims), max))

    def words_within(self, words: tuple[Word, ...], start: int, end: int) -> list[Word]:
        first = bisect.bisect_left(words, start, key=lambda w: w.start)
        found = []
        for word in itertools.islice(words, first, None):
            if word.start >= end:
                break
            if word.end <= end:
                found.append(word)
        return found


# --- the words ----------------------------------------------------------------------------

NEGATIONS = ("尚未", "仍未", "并未", "未能", "没能", "没有", "不能", "无法", "未按期", "未如期", "未", "没")
COMPLETION = ("超额完成", "全面完成", "全部完成", "提前完成", "如期完成", "基本完成", "完成", "建成投用", "建成投产",
              "投入使用", "交付使用", "建成", "投用", "竣工", "完工", "落成", "通过评估验收", "通过国家评估",
              "通过验收", "通过评估", "全覆盖", "开通", "实现", "达到", "达成", "兑现",
              # a milestone's own words: 通过省级评估验收, 正式开诊运行, 挂牌成立, 大班额全面消除
              "通过省级评估验收", "通过省级评估", "通过省级验收", "通过国家验收", "通过评审", "开诊运行", "开诊",
              "投入运行", "正式启用", "启用", "正式上线运行", "上线运行", "正式上线",  # (not 上线试运行: on trial)
              "挂牌成立", "挂牌运行", "全面消除", "全部消除", "全部配备", "全面配备", "通水运行",
              "建成通水", "正式通水", "均已设置", "全部设置", "动态清零", "全部对外开放", "均已配备",
              # money paid out: 一次性生活补贴足额发放到位 (not 资金拨付到位: money for work, not the work)
              "发放到位", "足额发放", "全部发放", "发放完毕", "兑现到位", "全部兑付",
              # every one covered: 医保便民服务站点已覆盖全市所有乡镇（街道）(not 覆盖80%的乡镇)
              "覆盖所有", "覆盖全部", "覆盖全市所有", "覆盖全县所有", "覆盖全区所有",
              # a title given: 成功创建全国…示范城市, 被命名为…, 获评… (not 拟命名, a promise)
              "成功创建", "创建成功", "被命名为", "获评", "被评为", "荣获")
_PASSED = regex.compile(r"通过(?![^，,。；;：:通]{0,24}?(?:预验收|初验|初评|预审))"
                        r"[^，,。；;：:通]{1,24}?(?:评审|评估|验收|认定|认证|复核|复查|考核|评定|复评)")
EXCESS = ("超额", "超过", "超出", "超")
PROGRESS = ("开工建设", "开工", "动工", "启动", "推进", "正在", "加紧", "加快", "在建", "施工", "筹建", "谋划",
            "将", "计划", "力争", "拟", "争取", "着力",
            "待完成", "尚待", "有待", "待验收")  # (待完成…验收后投入使用: in use once something is done)
CUMULATIVE = ("累计", "截至", "截止", "共计", "总计", "合计", "先后", "历年", "共有")
CHANGES = {"增长": Direction.increase, "增加": Direction.increase, "提高": Direction.increase,
           "提升": Direction.increase, "上升": Direction.increase, "扩大": Direction.increase,
           "增": Direction.increase, "多": Direction.increase,
           "下降": Direction.decrease, "降低": Direction.decrease, "减少": Direction.decrease,
           "缩小": Direction.decrease, "回落": Direction.decrease, "降": Direction.decrease,
           "减": Direction.decrease, "少": Direction.decrease}
_CHANGE = regex.compile("(?:" + "|".join(sorted(CHANGES, key=len, reverse=True)) + ")了?$")
_CHANGE_LAST = frozenset(word[-1] for word in CHANGES) | {"了"}  # what a match of _CHANGE ends with
_LEVEL_AFTER_CHANGE = regex.compile("(?:到|至|为)$")  # 提高到, 降至, 增加为: a new level, not a change
_FROM = regex.compile("(?:从|由)(?:去年|上年|上一年|[0-9]{4}年)?(?:底|末)?的?(?:年均|平均|人均|每人每月|每人每年)?$")
_RATIO_LAST = ("的", "率", "为")  # what each branch of _RATIO_BEFORE ends with (tests/test_fast_paths.py)
_RATIO_BEFORE = regex.compile("(?:完成率(?:仅|只|约)?为|完成率|"
                              "完成了?[^，,。；;]{0,12}?(?:目标|任务|计划|工程量|工作量)[^，,。；;的]{0,8}的|"
                              "(?:为|是|达)[^，,。；;]{0,6}?(?:目标|任务|计划)[^，,。；;的]{0,4}的)$")
_TASK_DONE = ("任务完成", "目标完成", "计划完成", "任务完成了", "目标完成了")  # 新建改建任务完成92%
RELATIVE_UNITS = ("%", "倍", "个百分点", "‰")

SENTENCE_ENDS = "。！？!?"
SENTENCE_REACH = 400  # characters back a check looks for the start of a quote's sentence
CLAUSE_ENDS = SENTENCE_ENDS + "；;，,：:"
# words a subject is read without: where the clause begins, and neutral leads before a number
_SUBJECT_LEADS = ("其中", "同时", "此外", "另外", "另有", "另", "仅", "只", "截至目前", "目前", "截至", "截止",
                  "全年", "全市", "我市", "全县", "全区", "本市", "今年", "去年", "明年", "当年", "共计", "累计", "共",
                  "已经", "已", "先后", "分别", "实际", "计划任务是", "计划", "任务是", "目标是", "力争", "争取", "将",
                  "要", "确保", "预计", "拟", "进一步", "并", "还", "和", "及", "与")
_SUBJECT_LEAD = regex.compile(
    r"^(?:(?:" + "|".join(sorted(_SUBJECT_LEADS, key=len, reverse=True)) +
    r"|\d{1,2}\.(?=\d{4}年)"  # (the number of a list's item: 2.2026年秋季开学前)
    # (a list's item marks, their opening bracket stripped as punctuation: (二)既有住宅…, 3、新建…, 一是新增…)
    r"|[一二三四五六七八九十]{1,3}[)）]|\d{1,2}[)）、](?!\d)|\d{1,2}\.(?![\d%])|[一二三四五六七八九十]{1,2}是"
    r"|\d{1,2}$"  # (2、4个乡镇卫生院…: the item's number alone before the figure, its 、 stripped)
    r"|(?:到|至|在|于)?(?:\d{4}年(?:以来|底|末|初|前)?|“?[一二三四五六七八九十]+五”?(?:规划)?(?:期间|以来|末|期末)?))"
    r"[,，、]?)+")
_TAIL_VERBS = ("增长", "增加", "提高", "提升", "上升", "下降", "降低", "减少")
_TAIL_WORDS = ("达到", "达", "为", "是", "有", "共计", "共", "累计", "总计", "合计", "约", "近", "超过", "达到了", "从",
               "由", "仅", "只", "另有", "另")
_SUBJECT_TAIL = regex.compile(r"(?:(?:同比|比上年|较上年|比去年|较去年)?(?:" + "|".join(_TAIL_VERBS) + ")了?|"
                              + "|".join(_TAIL_WORDS) + ")+$")
_SUBJECT_TAIL_LAST = frozenset(word[-1] for word in (*_TAIL_VERBS, *_TAIL_WORDS)) | {"了"}  # what a match ends with
# (共 but not 医共体, 共享; 全部 and 均已 after the noun: 12个县域医共体全部挂牌运行)
_AFTER_STOP = regex.compile(r"实现|的|全部|均(?=已|为|达|实现|完成|建成|投)|参加|参与|获得|完成|达到|进行|开展|等|"
                            r"以上|以下|"
                            r"左右|其中|和|及|共(?![体享建同])|"
                            r"降|升|增|提高|减少|，|,|。|；|;|、|（|\(")
_PUNCTUATION = "、，,；;：:（）()“”\"'《》"  # stripped from both ends of a subject
# from the end of the words after a figure (“ stays: 九项“提质增效”行动)
_TAIL_PUNCTUATION = "、，,；;：:（）()“”\"'《」』"

PLAN_WORDS = ("计划", "目标", "任务是", "力争", "争取", "确保", "将", "要", "拟", "预计", "规划", "方案", "谋划",
              "启动", "年内", "到20", "至20", "前完成", "前建成", "以上的")
OUTCOME_WORDS = ("完成", "实现", "新增", "建成", "发放", "认定", "累计", "全年", "已", "实际", "达到", "取得", "帮助",
                 "培训", "招收", "安置", "开发", "提供", "举办", "吸纳", "带动", "扶持", "改造", "新建", "创建",
                 "获得", "荣获", "投入", "惠及", "覆盖", "降至", "提高到", "增长", "下降", "减少", "比上年")
STAT_WORDS = ("现有", "共有", "拥有", "全市有", "全县有", "总数", "在校生", "在校学生", "常住人口", "人口", "面积",
              "占地", "规模", "总量", "目前有")
OTHER_WORDS = ("每人每", "每月", "每年", "每天", "每所", "每个", "每名", "每生", "标准", "不超过", "以下", "以内",
               "以上的", "不低于", "达到", "补助", "补贴标准", "走进", "覆盖", "岁", "年龄")


def read_claims(text: str, published: date | None = None, *, headlines: bool = True) -> Reading:
    """What `text` (a quote, or a whole release) says. `published`: the date of the release
    the text is from, against which 今年, 明年 and 去年 are read. `headlines`: whether a short
    line of its own ends a clause (in a release, not in a quote: a quote is running text)."""
    flat, index = normalise(text)
    return read_flat(text, to_simplified(flat), index, published, headlines=headlines)


def read_flat(text: str, s: str, index: FlatIndex, published: date | None, *, headlines: bool = True) -> Reading:
    """As `read_claims`, for text already made flat and simplified (`s`), with `index` from flat
    positions to positions in `text`: a release is normalised once, however it is read."""
    reader = ClaimReader(text, s, index, published, headlines=headlines)
    return reader.reading(reader.claims(0, len(s)))


class ClaimReader:
    """Reads the claims of a text a stretch at a time. What the whole text says around its
    figures (headlines, dated sections and lead-ins, tense markers, completion and negation
    words, periods) is found once; the figures of a stretch of whole sentences are read when
    asked for, so checking a few quotes does not cost reading every figure of the release.
    A figure's claim depends on its own sentence and on the text-wide context only, so reading
    stretch by stretch gives the claims reading the whole text gives."""

    def __init__(self, text: str, s: str, index: FlatIndex, published: date | None, *,
                 headlines: bool = True) -> None:
        self.text, self.s, self.index, self.published = text, s, index, published
        negations, completion, progress = _words(s, NEGATIONS), _words(s, COMPLETION), _words(s, PROGRESS)
        if "通过" in s:  # (通过三级甲等中医医院评审: passed, with what was assessed in between)
            starts = {a for _, a, _ in completion}
            completion = sorted(completion + [(m.group(), m.start(), m.end()) for m in _PASSED.finditer(s)
                                              if m.start() not in starts], key=lambda w: w[1])
        self.negation_ends = [b for _, _, b in negations]
        self.completion = tuple(Word(w, *self.original(a, b), self.governed(a)) for w, a, b in completion)
        self.excess = tuple(Word(w, *self.original(a, b), self.governed(a)) for w, a, b in _words(s, EXCESS))
        self.progress = tuple(Word(w, *self.original(a, b), self.governed(a)) for w, a, b in progress)
        self.negation_words = tuple(Word(w, *self.original(a, b)) for w, a, b in negations)
        # (a period a change is measured from, 比2022年底提高, dates no figure; nor does the plan period a
        # year is said to open or close: 2026年是“十五五”开局之年)
        self.located_periods = located_periods = [found for found in periods_in(s)
                                                  if not BASE_BEFORE.search(s, max(0, found[2] - 3), found[2])
                                                  and not _YEAR_OF_PERIOD.match(s, found[3])
                                                  and not _EVENT_TIME.match(s, found[3])]
        self.period_ends = [end for _, _, _, end in located_periods]
        self.periods = tuple((written, period) for written, period, _, _ in located_periods)
        # (今年1月发布会通报时: when something was said, not what period the figures after it are of)
        self.located_relative = [(m.group(), RELATIVE_YEARS[m.group()], m.start(), m.end())
                                 for m in RELATIVE_YEAR_WORDS.finditer(s)
                                 if not _EVENT_TIME.match(s, m.end())]
        self.relative_ends = [end for _, _, _, end in self.located_relative]
        self.relative = tuple((word, published.year + offset) for word, offset, _, _ in self.located_relative
                              if published)
        self.located_this_year = [(m.group(), THIS_YEAR[m.group()], m.start(), m.end())
                                  for m in _alternation(tuple(THIS_YEAR)).finditer(s)
                                  if not re.match(r"\d|[一二三四五六七八九十]", s[m.start() - 1:m.start()] or "x")]
        self.this_year_ends = [end for _, _, _, end in self.located_this_year]
        self.ambiguous = tuple(match.group() for match in re.finditer(r"(?:19|20)\d\d年前(?!后|列|三|十)", s))
        cumulative = _words(s, CUMULATIVE)
        self.cumulative = tuple(w for w, _, _ in cumulative)
        self.cumulative_starts = [a for _, a, _ in cumulative]
        self.negation_starts = [a for _, a, _ in negations]  # in order: found left to right
        self.completion_starts = [a for _, a, _ in completion]
        self.progress_starts = [a for _, a, _ in progress]

        headline_spans = _hard_breaks(text, index, len(s)) if headlines else []
        self.breaks = breaks = [end for _, end in headline_spans]
        # a headline that names a period (2025年工作谋划, 2024年工作回顾) dates the section under it
        self.sections = []
        period_starts = [a for _, _, a, _ in located_periods]  # in order: found left to right

        def named_in(low: int, high: int) -> list[tuple[str, Period]]:
            """The periods starting in [low, high)."""
            return [(w, p) for w, p, _, _ in located_periods[bisect.bisect_left(period_starts, low):
                                                              bisect.bisect_left(period_starts, high)]]

        for line_start, at in headline_spans:
            named = named_in(line_start, at)
            # a title naming two periods (2024年工作综述暨2025年工作谋划) heads the whole text, not a part
            if named and _SECTION.search(s, line_start, at) and len({p for _, p in named}) == 1:
                self.sections.append((at, named[-1]))
        self.section_ends = [at for at, _ in self.sections]
        # the year a release's title names, where it is before the release's (a bulletin or review of last year)
        self.title_year: int | None = None
        self.title_period: tuple[str, Period] | None = None
        if headline_spans and published is not None:
            first = named_in(*headline_spans[0])
            years = {p.end.year for _, p in first if p.end is not None}
            if headline_spans[0][0] < 200 and len(years) == 1 and min(years) < published.year:
                self.title_year = min(years)
                self.title_period = first[-1]
        # what a section title announces: results (一、2025年工作回顾) or tasks (二、2026年工作安排);
        # a numbered title that announces neither (一、现状与问题) ends the last one
        self.kinds: list[tuple[int, ClaimKind | None]] = []
        for line_start, at in headline_spans:
            title = s[line_start:at]
            said = {kind for kind, pattern in _SECTION_KINDS if pattern.search(title)}
            if ClaimKind.plan in said and _DONE_TITLE.search(title) and not _PLEDGED_TITLE.search(title):
                said = {ClaimKind.outcome}  # (“十四五”主要目标任务顺利收官: the targets, as met)
            elif not said and published is not None and _PROJECTS.search(title) and not _DONE_TITLE.search(title) \
                    and any(p.end is not None and p.end.year >= published.year for _, p in named_in(line_start, at)):
                said = {ClaimKind.plan}  # (附件 2026年九江市民生实事项目（部分）, in a release of 2026-01: tasks)
            if len(said) == 1:
                self.kinds.append((at, said.pop()))
            elif not said and NUMBERED.match(title) and not title.startswith(("(", "（")):
                self.kinds.append((at, None))
        self.kind_ends = [at for at, _ in self.kinds]
        # a sentence that names a period and ends in a colon (到2027年，基本建成……体系：) dates the
        # list under it, up to the next headline
        self.clause_bounds, self.sentence_bounds = Bounds(s, CLAUSE_ENDS), Bounds(s, SENTENCE_ENDS)
        self.lead_ins = []
        for colon in re.finditer("[：:]", s):
            begin = self.sentence_bounds.before(colon.start()) + 1
            # (on the colon's own line: a table's last column, 2026年计划, does not date the 注： under the table)
            line = text.rfind("\n", 0, self.original(colon.start(), colon.end())[0]) + 1
            if line:
                begin = max(begin, index.at_or_after(line))
            named = named_in(begin, colon.start())
            if named:
                stop = breaks[bisect.bisect_right(breaks, colon.end())] if bisect.bisect_right(
                    breaks, colon.end()) < len(breaks) else len(s)
                if NUMBERED.match(s[begin:begin + 12]) and colon.end() < len(s):
                    # (3.2026年：新建…70公里。 an item of a list dates its own sentence, not what follows it)
                    stop = min(stop, self.sentence_bounds.after(colon.end()) + 1)
                self.lead_ins.append((colon.end(), stop, named[-1]))
        self.lead_in_starts = [at for at, _, _ in self.lead_ins]
        self.blocked = blocked_positions(s)

    def original(self, start: int, end: int) -> tuple[int, int]:
        return self.index.span(start, end)

    def section_at(self, at: int) -> ClaimKind | None:
        """What the section title over flat position `at` announces (results, tasks), if any."""
        i = bisect.bisect_right(self.kind_ends, at) - 1
        return self.kinds[i][1] if i >= 0 else None

    def governed(self, at: int) -> bool:
        """A negation ending within the four characters before `at`, in the same clause."""
        ends, s = self.negation_ends, self.s
        i = bisect.bisect_left(ends, at - 4)
        return any(ends[j] <= at and not any(ch in CLAUSE_ENDS for ch in s[ends[j]:at])
                   for j in range(i, min(i + 3, len(ends))))

    def sentence_start(self, at: int) -> int:
        """The flat position where the sentence holding flat position `at` begins."""
        return self.sentence_bounds.before(at) + 1

    def sentence_end(self, at: int) -> int:
        """The flat position just after the sentence holding flat position `at` (its end mark
        included)."""
        return min(self.sentence_bounds.after(at) + 1, len(self.s))

    def sentence_starts(self, low: int, high: int) -> list[int]:
        """The flat positions in [low, high) where a sentence begins (`low` itself among them)."""
        ends = self.sentence_bounds.at
        return [low] + [at + 1 for at in ends[bisect.bisect_left(ends, low):bisect.bisect_left(ends, high - 1)]
                        if low < at + 1 < high]

    def reading(self, claims: list[Claim] | tuple[Claim, ...]) -> Reading:
        """A reading holding `claims` (those of the stretch asked for) and the whole text's words."""
        return Reading(self.text, tuple(claims), self.completion, self.excess, self.negation_words, self.progress,
                       self.periods, self.relative, self.ambiguous, self.cumulative, self.s)

    def claims(self, low: int, high: int) -> list[Claim]:
        """The claims of the figures starting in flat [low, high): whole sentences (`low` and
        `high` at a sentence's start, or the text's ends). `item_of` counts from the first."""
        s, published = self.s, self.published
        found = [_as_target(s, *item) for item in scan(s, low, high, blocked=self.blocked)]
        markers = _markers(s, low, high)
        breaks, located_periods, period_ends = self.breaks, self.located_periods, self.period_ends

        def span(start: int, end: int, bounds: Bounds) -> tuple[int, int]:
            left, right = bounds.before(start) + 1, bounds.after(end)
            i = bisect.bisect_right(breaks, start)
            if i:
                left = max(left, breaks[i - 1])
            if i < len(breaks):
                right = min(right, breaks[i])
            return left, right

        claims: list[Claim] = []
        previous_end = 0
        found_starts = [start for _, start, _ in found]
        for number, (quantity, start, end) in enumerate(found):
            clause = span(start, end, self.clause_bounds)
            sentence = span(start, end, self.sentence_bounds)
            figure = _figure(s, found, number, clause, previous_end)
            change, earlier, ratio, subject, skipped, taken = figure
            previous_start = previous_end
            previous_end = end
            negated = _any_within(self.negation_starts, clause)
            completed = _any_within(self.completion_starts, clause) and not negated
            started = _any_within(self.progress_starts, clause) and not completed
            # a period opening a sentence dates all of it; one inside a part after a semicolon
            # (…；其中2026年秋季开学前新增公办学位4000个；新增普惠托位1500个) dates that part only
            period_text, period = _last_before(located_periods, period_ends, sentence[0], start)
            if period is not None and (")" in s[sentence[0]:start]):
                period_text, period = _outside_brackets(s, located_periods, period_ends, sentence[0], start)
            if period is not None:
                part = max(s.rfind("；", sentence[0], start), s.rfind(";", sentence[0], start))
                if part >= 0:
                    first_part = min(at for at in (s.find("；", sentence[0], start), s.find(";", sentence[0], start))
                                     if at >= 0)  # there is one: the last
                    # (a period after the sentence's first figure, in its first part, opens nothing:
                    # 新建…15所，其中2026年秋季开学前…4000个；新增普惠托位1500个)
                    first_figure = found_starts[bisect.bisect_left(found_starts, sentence[0])]
                    if not _within(located_periods, period_ends, sentence[0], min(first_part, first_figure), part,
                                   start):
                        period_text, period = None, None
            if published is not None:
                # 今年 after a year the sentence names (…2024年民生实事办理成效，今年将新增学位2万个) dates
                # what follows it
                word, offset = _last_before(self.located_relative, self.relative_ends, sentence[0], start)
                if word is not None:
                    # (…3所主体完工、计划今年春季学期交付；已投用学校新增学位1.32万个: 今年 of another part)
                    said_at = _start_before(self.located_relative, self.relative_ends, start)
                    part = max(s.rfind("；", sentence[0], start), s.rfind(";", sentence[0], start))
                    first_figure = found_starts[bisect.bisect_left(found_starts, sentence[0])]
                    if said_at < part and said_at > first_figure:
                        word = None
                later = period is None or (word is not None and _start_before(
                    self.located_relative, self.relative_ends, start) > _start_before(
                    located_periods, period_ends, start))
                year = published.year
                if word is not None and later and period is not None and period.end is not None and s.startswith(
                        "同期", self.relative_ends[bisect.bisect_right(self.relative_ends, start) - 1]):
                    year = period.end.year  # 2025年…4.1万人（上年同期4.6万人）: the year before the sentence's
                if word is not None and later and 1 <= year + offset <= 9999:
                    period_text, period = word, Period(date(year + offset, 1, 1), date(year + offset, 12, 31))
            if period is None and published is not None:
                word, month_day = _last_before(self.located_this_year, self.this_year_ends, sentence[0], start)
                if word is not None:
                    period_text, period = word, Period(None, date(self._home_year(start, published), *month_day))
            if period is None and self.lead_ins:
                i = bisect.bisect_right(self.lead_in_starts, start) - 1
                if i >= 0 and start < self.lead_ins[i][1]:
                    period_text, period = self.lead_ins[i][2]
            if period is None and self.sections:
                i = bisect.bisect_right(self.section_ends, start) - 1
                if i >= 0:
                    period_text, period = self.sections[i][1]
            if period is None and self.title_period is not None:
                period_text, period = self.title_period  # (2025年…统计公报, published in 2026: its figures are 2025's)
            is_cumulative = _any_within(self.cumulative_starts, (sentence[0], end - 1))
            i = bisect.bisect_right(self.kind_ends, start) - 1
            section = self.kinds[i][1] if i >= 0 else None
            head_start = max(clause[0], previous_start) + skipped if subject[:1] else start
            written = self.original(start, end)
            claims.append(Claim(
                changed(quantity, text=self.text[written[0]:written[1]]), *written,
                self.original(*clause), subject, change, earlier, negated, completed, started, ratio, is_cumulative,
                period, period_text,
                _kind(s, clause, sentence, start, end, quantity, change, earlier, ratio, period, published,
                      markers, section),
                span=self.original(min(head_start, start), end + taken), section=section))
        claims = _tie_levels(s, found, _tie_lists(s, found, claims, self.clause_bounds, self.sentence_bounds))
        return self._with_tables(claims, low, high) if low < high else claims

    def _home_year(self, at: int, published: date) -> int:
        """The year 年末, 年底 and 年内 at `at` are of: the year of the dated section it stands in
        (二、2026年工作计划), else the year the release's title names before its publication
        (2025年常德市国民经济和社会发展统计公报, published 2026-03: 年末 is the end of 2025), else the
        year of publication."""
        i = bisect.bisect_right(self.section_ends, at) - 1
        if i >= 0 and self.sections[i][1][1].end is not None:
            return self.sections[i][1][1].end.year
        return self.title_year if self.title_year is not None else published.year

    def _with_tables(self, claims: list[Claim], low: int, high: int) -> list[Claim]:
        """The figures of the rows of tables set out as text (checker/language/tables.py) in flat
        [low, high), in the place of what the flat reading made of those rows (their cells run
        together there: 农村自来水普及率(%)8692)."""
        start, end = self.original(low, high)
        figures = table_figures(self.text, start, end)
        if not figures:
            return claims
        rows = {figure.line for figure in figures}
        published = self.published
        made: list[Claim] = []
        intros: dict[int, str] = {}  # a row's table's introduction, by the row's start (a row's is the row above's)
        for figure in figures:
            try:
                quantity = parse_quantity(figure.number + figure.unit)
            except CheckerError:
                continue
            quantity = changed(quantity, text=self.text[figure.start:figure.end])
            kind = _column_kind(figure.heading, self.text, figure.start, figure.year, published)
            period = None if figure.year is None else Period(None, date(figure.year, 12, 31))
            if period is None and kind in (ClaimKind.plan, ClaimKind.outcome):
                row = figure.line[0]
                if row not in intros:
                    above = self.text.rfind("\n", 0, max(0, row - 1)) + 1
                    intros[row] = intros[above] if row > 0 and above in intros else table_intro(self.text, row)
                period = _table_period(intros[row], kind, published)
            subject = to_simplified("".join(figure.label.split()))
            made.append(Claim(quantity, figure.start, figure.end, figure.line, subject, cumulative=figure.total,
                              period=period, period_text=figure.heading if period is not None else None, kind=kind,
                              span=(figure.line[0], figure.end)))
        kept = [(claim.start, k, claim) for k, claim in enumerate(claims)
                if not any(a <= claim.start < b for a, b in rows)]
        merged = sorted(kept + [(claim.start, len(claims) + k, claim) for k, claim in enumerate(made)],
                        key=lambda item: (item[0], item[1]))
        moved = {old: new for new, (_, old, _) in enumerate(merged)}
        return [claim if claim.item_of is None or claim.item_of not in moved else changed(
            claim, item_of=moved[claim.item_of]) for _, _, claim in merged]




def _column_kind(heading: str, text: str, at: int, year: int | None, published: date | None) -> ClaimKind:
    """What a table's figure is by its column's heading: a target, a result, or a base (2020年)."""
    if VERIFIED_COLUMN.search(heading):  # (审计核实数: the result; 报告完成数 beside it is what was checked)
        return ClaimKind.outcome
    if re.search(r"完成|实际|实绩", heading):
        if REPORTED_COLUMN.search(heading) and any(VERIFIED_COLUMN.search(other)
                                                    for other, _, _ in row_cells(text, at) or ()):
            return ClaimKind.other  # (报告完成数 beside 审计核实数: what the audit checked, not its finding)
        return ClaimKind.outcome
    if re.search(r"目标|规划|预期|安排|下达|年初", heading) or (
            year is not None and published is not None and year > published.year):
        return ClaimKind.plan
    return ClaimKind.stat  # (2020年: the base the plan starts from)


def _table_period(intro: str, kind: ClaimKind, published: date | None) -> Period | None:
    """The period of a table's figure whose column names no year, from the words above the table, `intro`
    (表2 2025年为民办实事项目完成情况: 2025's targets and results; 截至2025年9月底…如下: results as of then)."""
    if not intro:
        return None
    if kind is ClaimKind.outcome:
        dated = dated_span(intro, None)
        if dated is not None:
            return Period(None, dated[2])
    years = {int(year) for year in re.findall(r"((?:19|20)\d\d)年", intro)}
    if len(years) != 1:
        return None
    year = years.pop()
    return Period(None, date(year, 12, 31)) if published is None or kind is ClaimKind.plan or year <= published.year \
        else None


def table_intro(text: str, row: int) -> str:
    """The words above the table whose row starts at `row`: its title or the sentence that introduces
    it (表2 2025年为民办实事项目完成情况审计核实表; 截至9月底，各项目完成情况如下：), which date its rows;
    not its heading, whose words name columns (2024年  2025年)."""
    heading = heading_line(text, row)
    if not 0 < heading < row:
        return ""
    intro = max(sentence_start(text, heading, "。！？!?；;", titles=False),
                text.rfind("\n\n", max(0, heading - 600), heading) + 1)
    return text[intro:heading]


def sentence_start(text: str, start: int, ends: str = SENTENCE_ENDS, *, titles: bool = True) -> int:
    """Where the sentence holding `start` begins: after one of `ends`, or (`titles`) after a title
    line (a short line of its own with no punctuation to carry on: 某市2024年教育工作总结); never
    more than SENTENCE_REACH characters back (a release with no punctuation is not read from its first
    line).
    A narrow PDF column looks like titles too, so only a check that a shorter sentence makes more
    lenient (the dates that a figure is as of) cuts at them."""
    floor = max(0, start - SENTENCE_REACH)
    left = max(floor, max(text.rfind(mark, floor, start) for mark in ends) + 1)
    if not titles:
        return left
    lines = text[left:start].split("\n")
    offset = left
    for line in lines[:-1]:
        offset += len(line) + 1
        stripped = line.strip()
        if stripped and len(stripped) <= 30 and stripped[-1] not in "，,、；;：:":
            left = offset
    return left


class SentenceClaims:
    """The claims of a text's sentences, each sentence read once, when a passage first asks for
    it (a release checked quote by quote)."""

    def __init__(self) -> None:
        self.read: dict[int, tuple[Claim, ...]] = {}  # flat sentence start → its claims (item_of from its first)

    def claims(self, reader: ClaimReader, low: int, high: int) -> list[Claim]:
        """The claims of the sentences starting in flat [low, high), which are sentence starts."""
        if low >= high:
            return []
        starts = reader.sentence_starts(low, high)
        run: list[int] = []
        for at in starts + [high]:
            if at < high and at not in self.read:
                run.append(at)
                continue
            if run:  # read the sentences not read yet together, then file each claim under its own
                self._file(reader, run, at if at < high else high)
                run = []
        out: list[Claim] = []
        for at in starts:
            first = len(out)
            out += [claim if claim.item_of is None else changed(claim, item_of=claim.item_of + first)
                    for claim in self.read[at]]
        return out

    def _file(self, reader: ClaimReader, run: list[int], stop: int) -> None:
        claims = reader.claims(run[0], stop)
        bounds = [reader.index[at] for at in run[1:]]  # where each later sentence begins, as written
        placed = [bisect.bisect_right(bounds, claim.start) for claim in claims]
        firsts = {k: placed.index(k) for k in set(placed)}
        for k, at in enumerate(run):
            self.read[at] = tuple(
                claim if claim.item_of is None else changed(claim, item_of=claim.item_of - firsts[k])
                for claim, where in zip(claims, placed, strict=True) if where == k)


def _figure(s: str, found: list[tuple[Quantity, int, int]], number: int, clause: tuple[int, int],
            previous_end: int) -> tuple[Change | None, bool, bool, str, int, int]:
    """What the words around figure `number` say of it: its change, whether it is an earlier
    level, whether it is a completion ratio, and what it counts (the subject, how many
    characters before it the subject leaves out, how many after it the subject takes)."""
    quantity, start, end = found[number]
    before = s[max(clause[0], previous_end):start]
    next_start = found[number + 1][1] if number + 1 < len(found) else len(s)
    after = s[end:min(clause[1], next_start)]
    change, earlier = _change(s, start, end, quantity)
    ratio = (quantity.completion
             # a match of _RATIO_BEFORE ends in 的 or 完成率: most figures are not searched
             or (s.endswith(_RATIO_LAST, 0, start) and bool(_RATIO_BEFORE.search(s[max(clause[0], start - 20):start])))
             or (quantity.unit == "%" and (after.startswith("的任务") or s.endswith(_TASK_DONE, 0, start)))
             or (quantity.unit == "成" and s.endswith("完成", 0, start)))  # 项目完成九成
    subject, skipped, taken = _subject(before, after)
    medal = _MEDAL_WORD.search(quantity.text) if quantity.unit == "枚" else None
    if medal:  # 10金、12银、8铜: each counts its own medal
        subject, skipped, taken = medal.group() + "牌", len(before), 0
    return change, earlier, ratio, subject, skipped, taken


_MEDAL_WORD = regex.compile("[金银铜]")


@functools.lru_cache(maxsize=1024)  # rules share quotes (分别完成省定目标的…: one quote, three rules)
def read_subjects(text: str) -> tuple[Claim, ...]:
    """What each figure of a quote counts, in the quote's own words, and nothing else: the part
    of `read_claims(text, headlines=False)` the evidence checks take from a quote read alone
    (the rest they take from the release around it). Positions are in the flat text."""
    flat, _ = normalise(text)
    s = to_simplified(flat)
    found = scan(s)
    clause_bounds, sentence_bounds = Bounds(s, CLAUSE_ENDS), Bounds(s, SENTENCE_ENDS)
    claims = []
    previous_end = 0
    for number, (quantity, start, end) in enumerate(found):
        clause = (clause_bounds.before(start) + 1, clause_bounds.after(end))
        change, earlier, ratio, subject, skipped, taken = _figure(s, found, number, clause, previous_end)
        head_start = max(clause[0], previous_end) + skipped if subject[:1] else start
        previous_end = end
        claims.append(Claim(quantity, start, end, clause, subject, change, earlier, ratio=ratio,
                            span=(min(head_start, start), end + taken)))
    return tuple(_tie_levels(s, found, _tie_lists(s, found, claims, clause_bounds, sentence_bounds)))


def _within(located: list[tuple[str, T, int, int]], ends: list[int], low: int, first_end: int, part: int,
            high: int) -> bool:
    """Whether the last located word before `high` stands in the sentence's first part
    (before `first_end`) or in the part `high` is in (from `part`)."""
    i = bisect.bisect_right(ends, high) - 1
    at = located[i][2]
    return low <= at < first_end or at >= part


def _start_before(located: list[tuple[str, T, int, int]], ends: list[int], high: int) -> int:
    """Where the last of the located words that ends by `high` starts (-1: none)."""
    i = bisect.bisect_right(ends, high) - 1
    return located[i][2] if i >= 0 else -1


def _outside_brackets(s: str, located: list[tuple[str, T, int, int]], ends: list[int], low: int,
                      high: int) -> tuple[Any, Any]:
    """As _last_before, skipping what stands in brackets closed before `high`: in 新建20个（含2025年顺延的7个），
    新增30个, 2025年 dates the 7个 only. (The flat text's brackets are half-width.)"""
    i = bisect.bisect_right(ends, high) - 1
    while i >= 0 and located[i][2] >= low:
        at = located[i][2]
        opened, closed = s.rfind("(", low, at), s.find(")", at, high)
        if opened < 0 or closed < 0 or s.find(")", opened, at) >= 0:
            return located[i][0], located[i][1]
        i -= 1
    return None, None


def _last_before(located: list[tuple[str, T, int, int]], ends: list[int], low: int, high: int) -> tuple[Any, Any]:
    """The last of the located words that ends by `high` and starts at or after `low`."""
    i = bisect.bisect_right(ends, high) - 1
    if i >= 0 and located[i][2] >= low:
        return located[i][0], located[i][1]
    return None, None


def _words(s: str, words: tuple[str, ...]) -> list[tuple[str, int, int]]:
    """Every occurrence of the words, longest first where two overlap."""
    pattern = _alternation(words)
    return [(m.group(), m.start(), m.end()) for m in pattern.finditer(s)]


_PATTERNS: dict[tuple[str, ...], re.Pattern[str]] = {}


def _alternation(words: tuple[str, ...]) -> re.Pattern[str]:
    if words not in _PATTERNS:
        _PATTERNS[words] = regex.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)))
    return _PATTERNS[words]


# what a section heading that dates its section says (2025年工作谋划, 2024年主要成效)
_SECTION = regex.compile(r"工作谋划|工作计划|工作要点|工作安排|重点工作|目标任务|工作回顾|工作总结|主要成效|主要目标|"
                         r"主要任务|发展目标|民生实事|工作思路|重点任务|工作成效|完成情况|进展情况|工作打算")
_TAIL_MAX = 20  # a noun after the figure (54所中小学); longer, it is the rest of the sentence
_HEADLINE_MAX = 30  # a line this short, standing alone and unpunctuated, is a headline or a byline


BASE_HEADINGS = r"发展基础|发展成就|发展现状|现状与基础|基础与现状|取得的成就|主要成就|发展回顾"
_SECTION_KINDS = (
    (ClaimKind.outcome, regex.compile(r"主要成效|工作成效|取得成效|主要成绩|工作成绩|工作回顾|工作总结|工作综述|"
                                      r"完成情况|进展情况|工作情况|推进情况|实施情况|落实情况|推进总体情况|总体情况|基本情况|"
                                      # (a 人大 or audit report's findings: 二、存在的主要问题, 审计发现的主要问题)
                                      r"存在的主要问题|存在的问题|存在问题|主要问题|审计发现|"
                                      # (二、总体评价和目标任务进展: how far the targets got, not tasks)
                                      r"任务进展|目标进展|总体评价")),
    # what a plan says it starts from (第一章 发展基础): background, neither results of its period nor tasks
    (ClaimKind.stat, regex.compile(BASE_HEADINGS)),
    (ClaimKind.plan, regex.compile(r"工作谋划|工作计划|工作安排|工作要点|工作思路|工作打算|工作部署|主要目标|主要任务|"
                                   r"预期目标|"
                                   r"重点任务|目标任务|发展目标|总体目标|下一步|下步|下阶段|今后工作|工作建议|意见建议|"
                                   r"审议意见|展望")),
)
# a title of a list of projects (2026年民生实事项目), which sets tasks when of the release's year or later
_PROJECTS = regex.compile(r"民生实事项目|实事项目|项目清单|项目计划|任务清单")
# a title whose last words say its targets were met reports results: 主要目标任务顺利收官, …全面完成
_PLEDGED_TITLE = regex.compile(r"确保|力争|争取|推动|努力|奋力|全力|坚决|扎实")  # (确保…目标任务全面完成: a pledge)
_DONE_TITLE = regex.compile(r"(?:收官|完成|实现|达成|成效明显|成效显著|取得新成效|取得新进展)[^\w]*$")
NUMBERED = regex.compile(r"^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[）)]|\d+[、.．]|"
                         r"第[一二三四五六七八九十]+[章节部分篇])")


_CLAUSE_MARK = regex.compile("[" + re.escape(CLAUSE_ENDS + "、") + "]")


def _hard_breaks(text: str, index: FlatIndex, length: int) -> list[tuple[int, int]]:
    """Flat positions where a line of its own ends: a headline, a byline, a section title.
    Releases break lines anywhere (PDF columns: 完成省定目⏎⏎标的132.3%), so a line break is a
    boundary only after a short line with no clause punctuation, standing where a sentence
    may begin: at the start, or after a line that ended a sentence or was a headline itself."""
    breaks = []
    offset = 0
    may_begin = True  # the line before ended a sentence (or there was none)
    for line in text.split("\n"):
        stripped = line.strip()
        end = offset + len(line)
        offset = end + 1
        if not stripped:
            continue
        # 一、2025年工作回顾: a numbered section title, its number aside
        # (a numbered one stands where it is, after a byline too: 发布日期：2025-01-10 来源：…⏎一、2024年工作总结)
        # (its length without the spaces that pad a table's heading: 序号  项目                  目标任务    完成情况)
        headline = ((may_begin or NUMBERED.match(stripped) is not None)
                    and len("".join(stripped.split())) <= _HEADLINE_MAX
                    and not _CLAUSE_MARK.search(NUMBERED.sub("", stripped)))
        if headline:
            breaks.append((flat_at(index, end - len(line), length), flat_at(index, end, length)))
        may_begin = headline or stripped[-1] in SENTENCE_ENDS + "”」』)）"
    return sorted(set(breaks))


def flat_at(index: FlatIndex, original: int, length: int) -> int:
    """The first flat position at or after the original position."""
    return min(index.at_or_after(original), length)


def _any_within(starts: list[int], stretch: tuple[int, int]) -> bool:
    """Whether any of the sorted positions lies in [stretch)."""
    k = bisect.bisect_left(starts, stretch[0])
    return k < len(starts) and starts[k] < stretch[1]


@functools.lru_cache(maxsize=8)
def _marks(ends: str) -> re.Pattern[str]:
    return regex.compile("[" + re.escape(ends) + "]")


class Bounds:
    """Where the boundary characters of a text are, found once: the last before and the first
    after any position (a release holds hundreds of figures; each asks for its clause)."""

    def __init__(self, s: str, ends: str) -> None:
        self.length = len(s)
        self.at = [m.start() for m in _marks(ends).finditer(s)]

    def before(self, i: int) -> int:
        """The last boundary before position i, or -1 (as max of str.rfind(ch, 0, i))."""
        k = bisect.bisect_left(self.at, i)
        return self.at[k - 1] if k else -1

    def after(self, i: int) -> int:
        """The first boundary at or after position i, or the text's length."""
        k = bisect.bisect_left(self.at, i)
        return self.at[k] if k < len(self.at) else self.length


@functools.lru_cache(maxsize=16)  # (a text's hash is kept by the str: the checks of a quote ask again and again)
def _bounds(text: str, ends: str) -> Bounds:
    return Bounds(text, ends)


def sentences_holding(text: str, pattern: re.Pattern[str], ends: str) -> list[tuple[int, int, re.Match[str]]]:
    """Each match of `pattern` in `text`, with the span of the sentence holding it (bounded by `ends`, the end mark
    included): the boundaries found once, not searched for from each match (a release of 20 MB with no semicolon
    would be read back to its start for every one)."""
    bounds = _bounds(text, ends)
    return [(bounds.before(match.start()) + 1, min(bounds.after(match.end()) + 1, len(text)), match)
            for match in pattern.finditer(text)]


_ITEMS = ("项", "个", "所", "类", "批", "件", "条", "座", "家", "种", "支", "处")


_RATE_OF_CHANGE = regex.compile(r"(增幅|增速|涨幅|增长率|增长幅度|降幅|下降幅度|减幅)(?:达到|达|为|是|高达|仅为)?$")
_RATE_OF_CHANGE_LAST = frozenset("幅速率度到达为是")


def _change(s: str, start: int, end: int, quantity: Quantity) -> tuple[Change | None, bool]:
    head = s[max(0, start - 8):start]
    head = head.rstrip("约近")
    if _FROM.search(head):
        return None, True
    match = _CHANGE.search(head) if head[-1:] in _CHANGE_LAST else None
    if match is None and quantity.unit in RELATIVE_UNITS and head[-1:] in _RATE_OF_CHANGE_LAST:
        noun = _RATE_OF_CHANGE.search(head)  # 增幅达到12.5%: the rate of a change, not a level
        if noun is not None:
            direction = Direction.decrease if noun.group(1).startswith(("降", "下降", "减")) else Direction.increase
            return Change(direction, noun.group(1), True), False
    if match is None or _LEVEL_AFTER_CHANGE.search(head):
        return None, False
    word = match.group().rstrip("了")
    if word in ("多", "少", "增", "降", "减") and quantity.unit not in RELATIVE_UNITS:
        return None, False  # 多 and 少 alone are too common to read as a change of an amount
    if word in ("提升", "提高") and quantity.unit in _ITEMS and re.match(r"[\u4e00-\u9fff“]", s[end:end + 1]):
        return None, False  # 数字化融合提升三项工程: the verb's object is counted, nothing rises by three
    if word == "提升" and quantity.unit not in RELATIVE_UNITS and head.endswith(("改造提升", "提质提升", "改扩建提升")):
        return None, False  # (完成农村寄宿制学校改造提升15所, 改造提升3.8万亩: work done on 15 schools, on the land)
    return Change(CHANGES[word], word, quantity.unit in RELATIVE_UNITS), False


def _subject(before: str, after: str) -> tuple[str, int, int]:
    """The words before the figure back to the clause's start (or the figure before it),
    without what only leads up to it, and a noun straight after it (54所中小学); where
    nothing stands before it, what follows it (近9000人参加培训). Returns the subject, how many
    characters of `before` it leaves out at the start, and how many of `after` it takes."""
    # flat text holds no line break, so str.strip does what a pattern anchored at ^ and $ would
    lead = _SUBJECT_LEAD.sub("", before.strip(_PUNCTUATION)).strip(_PUNCTUATION)
    head = (_SUBJECT_TAIL.sub("", lead) if lead[-1:] in _SUBJECT_TAIL_LAST else lead).strip(_PUNCTUATION)
    skipped = before.find(lead) if lead else len(before)
    stop = _AFTER_STOP.search(after)  # it stops at ，,。；; too: up to it, none of them stands
    if stop is None:
        tail = after
    elif stop.start() > 0:
        tail = after[:stop.start()]
    elif head:
        tail = ""
    else:  # nothing before the figure: what follows it, up to the clause's end
        tail = after
        for mark in "，,。；;":
            at = tail.find(mark)
            if at >= 0:
                tail = tail[:at]
    tail = tail.rstrip(_TAIL_PUNCTUATION)
    if len(tail) > _TAIL_MAX or not after.startswith(tail):
        tail = ""
    return head + tail, max(skipped, 0), len(tail)


# The tense of a clause: what sets a task, what reports one done. A marker governs the figures
# of its clause, and, in a list (计划任务是新建幼儿园26所，新建中小学54所…), the clauses after it
# in its sentence until another marker. Each is read over a whole release, so each is written for
# speed: a lookbehind after the word it guards (将(?<!即将), not tried at every position), and
# words spelt out (开展了|完成了, not (?:开展|完成)了: an alternation of words is searched for by
# the characters it starts with).
_PLAN = starting_with(
    "计预目任力确拟年争将要到至规",
    r"计划任务|计划(?=任务|到|在|于|年内|今年|明年|新建|新增|建设|开展|完成|投资|实施|培训|改造|筹集|发放|新开工|开工|"
    r"招聘|招收|引进|培育|创建|打造|提供|安排|建成|推出|组织|举办|改扩建)|"
    r"预期目标|目标任务|目标是|目标为|任务是|力争|确保|拟|预计|预估|年内|"
    r"争取(?!上级|省级|省|中央|国家|各类|各级|资金|专项|债|项目|政策)|"  # but 争取省级资金: secured
    r"将(?<!即将)(?![近军来])|要(?<![重主需只纪简摘必想概]要)(?![求点素件闻])|"
    r"(?:到|至)(?<![截年\d][到至])(?:20\d\d|“?十[四五六]五)|"
    r"规划(?=建设|资金|投资|面积|新建|布局|用地|中央|省|市)")  # 2016年至2020年 is a range, not a target
# not 惠及, 受益: a plan says whom it will reach
_PAST = regex.compile(r"已经|已|实际|先后|截至目前|截止目前|目前|全年共|共计|被评为|获评|入选|荣获|取得了|获得|超额|"
                      r"建成投用|投入使用|竣工|以来|过去|"
                      r"开展了|完成了|实施了|建成了|新建了|举办了|组织了|启动了|投入了|发放了|培训了|创建了|打造了|采取了")
_STAT = regex.compile(r"现有|共有|全市有|全县有|全区有|仍有|尚有|在校生|在校学生|在园幼儿(?!占比|比例)|教职工|专任教师|"
                      r"学年|各级各类|"
                      r"总数|常住人口|户籍人口|老年人口|总人口|资产总额|占地")
# what a thing is as big as (not 所: 建成1所以上具有示范效应的学校 counts schools)
_SIZES = frozenset(("元", "人", "人口", "平方米", "亩", "公顷", "吨", "公里", "米"))



def _is_noun_start(ch: str) -> bool:
    """A Chinese character that may begin a noun straight after 以上 (not 以上和…)."""
    return "\u4e00" <= ch <= "\u9fff" and ch not in "和及与并且"
# a standard or a norm (每人每月500元, 每班20人以内, 限额由1500元提高到2000元): not a count of anything done
_STANDARD = regex.compile(r"每人每|每人|每月|每年每|每生每|每生|每户|每名|每班|每期|每个(?!县|乡|镇|街道|社区|村|区)|"
                          r"每所|标准|限额|半径")  # but 每个县至少建成1所: a target for every county
# a count of the places or items a programme spans (8个县, 十项重点民生实事, 33个子项)
_AFTER_AS_SCOPE = regex.compile(r"(?:县(?!级)|区(?!级)|开发区|乡|镇|街道|高校|省辖市|县\(市|县（市|"
                                r"(?:重点)?(?:民生)?实事|"
                                r"件实事|子项|具体任务|项任务|件事|大类)")
_DONE_OR_NOT = regex.compile(r"完成|竣工|建成|投用|未能|未按期|滞后")
DURATIONS = ("年", "个月", "天", "日", "小时", "分钟", "周", "岁", "周岁")


_LOOKAHEAD = 8  # characters past a marker its pattern may look at (计划(?=任务…), 在园幼儿(?!占比…))


class _Markers:
    """Where the words of one tense stand in the text, found once for all its figures."""

    def __init__(self, pattern: re.Pattern[str], s: str, low: int, high: int) -> None:
        # those starting in [low, high) only; no marker spans a sentence's end, so a search from
        # a sentence's start finds what a search of the whole text finds there (the search stops
        # past `high` by more than any marker's lookahead reads)
        found = [m.span() for m in pattern.finditer(s, low, high + _LOOKAHEAD) if m.start() < high]
        self.starts = [a for a, _ in found]
        self.ends = [b for _, b in found]

    def starts_in(self, low: int, high: int) -> list[int]:
        return self.starts[bisect.bisect_left(self.starts, low):bisect.bisect_left(self.starts, high)]

    def last_end(self, low: int, high: int) -> int:
        """The end of the last marker wholly in [low, high), or -1."""
        k = bisect.bisect_right(self.ends, high) - 1
        return self.ends[k] if k >= 0 and self.starts[k] >= low else -1


_Tenses = tuple["_Markers", "_Markers", "_Markers"]  # the markers of a plan, an outcome, a background figure
_TENSES = (ClaimKind.plan, ClaimKind.outcome, ClaimKind.stat)


def _marked(markers: _Tenses, start: int, clause: tuple[int, int], sentence_start: int) -> ClaimKind | None:
    """Plan, outcome or background figure, where a marker of the clause, or of the list the
    clause continues (…学校911所，其中小学365所，初中115所), says."""
    low, high = clause
    plans, pasts = markers[0].starts, markers[1].starts
    plan, plan_stop = bisect.bisect_left(plans, low), bisect.bisect_left(plans, high)  # those in the clause
    past, past_stop = bisect.bisect_left(pasts, low), bisect.bisect_left(pasts, high)
    # a plan marker first in the clause governs the words of doing after it (其余4个预计明年上半年投入使用)
    if plan < plan_stop and (past == past_stop or pasts[past_stop - 1] < plans[plan] or plans[plan] < pasts[past]):
        return ClaimKind.plan
    if markers[2].starts_in(low, high):
        return ClaimKind.stat
    if past < past_stop:
        return ClaimKind.outcome
    kind, last = None, -1  # the tense whose marker ends last before the clause (the first, on a tie)
    for tense, found in zip(_TENSES, markers, strict=True):
        at = found.last_end(sentence_start, low)
        if at > last:
            kind, last = tense, at
    return kind


def _markers(s: str, low: int, high: int) -> _Tenses:
    return _Markers(_PLAN, s, low, high), _Markers(_PAST, s, low, high), _Markers(_STAT, s, low, high)


def _kind(s: str, clause: tuple[int, int], sentence: tuple[int, int], start: int, end: int, quantity: Quantity,
          change: Change | None, earlier: bool, ratio: bool, period: Period | None,
          published: date | None, markers: _Tenses, section: ClaimKind | None = None) -> ClaimKind | None:
    """The kind of figure, where the wording says it; None where it does not."""
    if earlier:
        return ClaimKind.stat
    if s[clause[1]:clause[1] + 1] in ("？", "?") or s.endswith(_SHORT_BY, clause[0], start):
        return ClaimKind.other  # (记者：…为什么只建成了8个？; 距离300台的年度目标还差24台: no result)
    programme = PROGRAMME.match(s, start)
    if programme is not None and programme.end(1) == end:
        return ClaimKind.plan  # “十万就业见习岗位募集计划”: the target the programme is named for
    if ratio:
        return ClaimKind.outcome
    scope = _AFTER_AS_SCOPE.match(s, end)  # match(s, pos): never a copy of the rest of the release
    if scope and _DONE_OR_NOT.search(s, end, min(clause[1], end + 12)):
        return ClaimKind.outcome  # 十件重点民生实事全面完成, 2个子项未能按期: what became of the whole set
    if quantity.unit in DURATIONS or _STANDARD.search(s, clause[0], start) or scope:
        return ClaimKind.other
    if quantity.unit in _SIZES and quantity.text.endswith(("以上", "以下")) and _is_noun_start(s[end:end + 1]):
        return ClaimKind.other  # 亿元以上项目, 56人以上大班额: the size that bounds a class of things, not a figure
    if s.startswith("任务", end) or s.endswith("下达的", clause[0], start) or TARGET_AFTER.match(s, end):
        return ClaimKind.plan  # 下达的8个建设任务, 没有完成3000张的年度目标: the size of a task set
    marked = _marked(markers, start, clause, sentence[0])
    if marked is not None:
        return marked
    if period is not None and published is not None:
        # a period yet to begin (2026年, 到2027年) sets a task; one under way or past reports
        ahead = period.end > published and (period.start is None or period.start.year >= published.year)
        if ahead and section is ClaimKind.outcome and period.start is not None and period.start <= published \
                and (published - period.start).days >= 60:
            # (the year under way, under 一、项目推进总体情况: what is done so far; not a year begun a fortnight
            # before a review of the last: 2026年，全市新建老年助餐点60个, published 2026-01-15, is its plan)
            return ClaimKind.outcome
        return ClaimKind.plan if ahead else ClaimKind.outcome
    if change is not None:
        return ClaimKind.outcome
    return None


# the time of an event a period or a year names (2026年1月发布会通报时, 今年1月召开的新闻发布会上): no figure's period
_EVENT_TIME = regex.compile(r"(?:\d{1,2}月(?:\d{1,2}日)?)?(?:召开的|举行的)?(?:新闻)?(?:发布会|通报会)"
                            r"(?:通报|公布|发布|上)?时?|(?:\d{1,2}月(?:\d{1,2}日)?)?(?:通报|公布|发布)时")
_YEAR_OF_PERIOD = regex.compile(r"[”\"]?(?:规划)?的?(?:开局|收官|起步|攻坚|关键|决胜|谋篇布局|承上启下)之年")
_SHORT_BY = ("还差", "尚差", "仍差", "相差", "差距为", "缺口")
# what makes a target a ceiling (降至25微克/立方米, 控制在5.5%, 压减到300人), said just before its figure
FALLING = regex.compile(r"(?:降至|降到|下降到|下降至|降低到|降低至|减少到|减少至|压减到|压减至|压降至|控制在|控制到|"
                        r"减至)$")
# a figure a target is named by (没有完成3000张的年度目标): the size of the target, inside a report of results
TARGET_AFTER = regex.compile(r"的?(?:年度|全年|三年|省定|市定|既定|预期|计划|规划|控制|考核|约束性|预期性)?"
                             r"(?:目标|任务)")
_TO = regex.compile(r"^(?:降至|降到|下降到|下降至|减少到|减少至|增至|增加到|增加至|提高到|提高至|提升到|提升至|"
                    r"上升到|上升至|升至|增长到|增长至|扩大到|缩小到|到|至)(?:(?:19|20)\d\d年(?:底|末)?的?)?$")


# what only says a figure's value (…未达60%，为59.2%; …提高3个百分点，达到8%)
_COPULA = regex.compile(r"^[，,]?(?:实际|仅|只)?(?:为|是|达到|达|提高到|提高至|提升到|提升至|降至|降到|下降到|下降至|"
                        r"增至|增加到|上升到|上升至)$")


def _tie_levels(s: str, found: list[tuple[Quantity, int, int]], claims: list[Claim]) -> list[Claim]:
    """从18.03%降至8.07%: the new level counts what the earlier one counts; so does a figure that
    only restates it (城镇化率未达60%，为59.2%: the 59.2% is the 城镇化率)."""
    out = list(claims)
    for j in range(1, len(found)):
        if claims[j - 1].earlier_level and _TO.match(s[found[j - 1][2]:found[j][1]]):
            out[j] = changed(claims[j], subject=claims[j - 1].subject)
        elif not claims[j].subject and out[j - 1].subject and _COPULA.match(s[found[j - 1][2]:found[j][1]]):
            out[j] = changed(claims[j], subject=out[j - 1].subject)
    return _tie_breakdowns(s, found, out)


# words comparing a result with a target (未达到3.8人的规划目标, 超过25%的目标, 低于5%的控制目标): said
# before a target named as such, they qualify the result, not the target
_AGAINST = ("未能达到", "没有达到", "没达到", "未达到", "未达", "超过", "超出", "高于", "低于", "不及")


def _as_target(s: str, quantity: Quantity, start: int, end: int) -> tuple[Quantity, int, int]:
    """A figure named as a target after a word comparing a result with it: the target itself,
    exactly, from its number on; any other figure as scanned."""
    if quantity.qualifier is Qualifier.EXACT or not s.startswith(_AGAINST, start) or not TARGET_AFTER.match(s, end):
        return quantity, start, end
    word = next(w for w in _AGAINST if s.startswith(w, start))
    return changed(quantity, qualifier=Qualifier.EXACT, text=quantity.text[len(word):]), start + len(word), end


# what a part of a sentence says when it elides the thing counted: a period (其中2025年120个、2026年130个),
# a bare verb (…分别完成250部、300部), or nothing
_ELIDED = regex.compile(r"^(?:其中|、|和|及)?"
                        r"(?:(?:19|20)\d\d年(?:[、和及](?:19|20)\d\d年)*|今年|明年|当年|全年|上半年|下半年)?"
                        r"(?:分别|依次|共|累计)?(?:完成|新增|新建|建成|改造|实现|达到|为)?$")


def _tie_breakdowns(s: str, found: list[tuple[Quantity, int, int]], claims: list[Claim]) -> list[Claim]:
    """改造城镇老旧小区400个，其中2025年120个、2026年130个; 既有住宅加装电梯900部，2025年、2026年、2027年分别完成
    250部、300部、350部: a figure whose subject elides the thing counted counts what the figure of the same
    unit before it in its sentence counts (the whole), and is quoted from there."""
    out = list(claims)
    for j in range(1, len(found)):
        if not _ELIDED.match(out[j].subject) or out[j].item_of is not None:
            continue
        if not out[j].subject and s[found[j - 1][2]:found[j][1]] in ("（", "(") and len(out[j - 1].subject) >= 2:
            # (造林绿化4.23万公顷（63.5万亩）: the figure before, in another unit)
            out[j] = changed(out[j], subject=out[j - 1].subject, span=(out[j - 1].span[0], out[j].end))
            continue
        sentence = max(s.rfind(mark, max(0, found[j][1] - 300), found[j][1]) for mark in SENTENCE_ENDS)
        whole = next((out[i] for i in range(j - 1, -1, -1) if found[i][1] > sentence
                      and found[i][0].unit == found[j][0].unit and not _ELIDED.match(out[i].subject)), None)
        if whole is not None and len(whole.subject) >= 2:
            out[j] = changed(out[j], subject=whole.subject, span=(whole.span[0], out[j].end))
    return out


def _tie_lists(s: str, found: list[tuple[Quantity, int, int]], claims: list[Claim], clause_bounds: Bounds,
               sentence_bounds: Bounds) -> list[Claim]:
    """分别完成省定目标的125.6%、134.4%、110.4%: the ratios belong, in order, to the figures
    before them in the sentence, and count what those count."""
    out = list(claims)
    # most stretches hold no such list: 分别 is looked for once, from the first figure's clause
    # to the last figure (not in the whole text: a stretch of a long release is read alone)
    i = len(found)
    low = clause_bounds.before(found[0][1]) + 1 if found else 0
    if found and any(s.find(word, low, found[-1][1] + 2) >= 0 for word in ("分别", "依次", "逐年")):
        i = 0
    while i < len(found):
        quantity, start, end = found[i]
        clause_start = clause_bounds.before(start) + 1
        if not any(word in s[clause_start:start] for word in ("分别", "依次", "逐年")):
            # (依次为96.8%、97.2%、97.5%, 逐年为6.4张、6.6张: in order, as 分别)
            i += 1
            continue
        run = [i]
        while run[-1] + 1 < len(found) and s[found[run[-1]][2]:found[run[-1] + 1][1]] in ("、", "和", "及", ","):
            run.append(run[-1] + 1)
        sentence_start = sentence_bounds.before(start) + 1
        earlier = [j for j in range(i) if found[j][1] >= sentence_start and not claims[j].ratio]
        # ratios and changes (分别完成…的125.6%、134.4%; 分别增长5%、6%) are of the figures before them;
        # counts (香洲区、金湾区分别新增学位1.1万个和6800个) are of what the list names
        relative = claims[i].ratio or quantity.unit in RELATIVE_UNITS
        # (义务教育巩固率、高中阶段毛入学率分别达到96.8%、93.5%; 两癌筛查、老年人健康体检分别完成年度目标的92.1%、
        # 106.5%: of the things the list before 分别 names, not of the figures before them in the sentence)
        levels = bool(_named_items(claims[i].subject, len(run)))
        if len(run) > 1 and len(earlier) >= len(run) and relative and not levels:
            shared = re.sub(r"^分别|的$", "", claims[i].subject)  # 分别完成省定目标的 → 完成省定目标
            first = claims[earlier[len(earlier) - len(run)]].span[0]
            whole = (first, claims[run[-1]].span[1])  # the list is read whole: a ratio alone says nothing
            for position, j in enumerate(run):
                owner = earlier[len(earlier) - len(run) + position]
                out[j] = changed(claims[j], item_of=owner, subject=claims[owner].subject + shared, span=whole)
        elif len(run) > 1 and (not relative or not earlier or levels):
            # 西工区、老城区分别新建公办幼儿园7所、5所: each item counts what the first does, and is
            # quoted with the list (5所 alone names nothing)
            whole = (claims[i].span[0], claims[run[-1]].span[1])
            # (每千常住人口注册护士、执业（助理）医师分别为3.36人和3.28人: levels per head, each the name's)
            named = _named_items(claims[i].subject, len(run))
            if named and not relative and not claims[i].subject.startswith("每") and _names_places_or_doings(
                    claims[i].subject):
                # (西工区、老城区分别新建…7所、5所: places, each counting the thing after 分别; 新建、改扩建幼儿园分别为
                # 12所、8所: doings of one thing)
                named = None
            for position, j in enumerate(run):
                # (城镇新增就业、职业技能培训和脱贫劳动力务工就业分别完成年度任务的105%、108%和96%: each ratio is of
                # the thing named in its place, as the figures before them would be)
                subject = named[position] if named else claims[j].subject or claims[i].subject
                out[j] = changed(claims[j], subject=subject, span=whole)
        years = _year_list(s, sentence_bounds.before(start) + 1, start)
        listed = run[:1]  # (the items 、 joins: …97.5%，未达到98%的目标 goes on past the list)
        while len(listed) < len(run) and s[found[listed[-1]][2]:found[listed[-1] + 1][1]] in ("、", "和", "及"):
            listed.append(listed[-1] + 1)
        if len(listed) > 1 and len(years) == len(listed):
            # 2023年、2024年、2025年全市分别新建47所、58所、51所: each figure is of its own year, in order
            for (written, year), j in zip(years, listed, strict=True):
                out[j] = changed(out[j], period=Period(date(year, 1, 1), date(year, 12, 31)), period_text=written,
                                 subject=out[j].subject or out[listed[0]].subject)
        i = run[-1] + 1
    for j, claim in enumerate(out):
        # 新增返乡农民工创业3.1万人,完成省定目标的348.6%: one ratio, of the figure before it
        if claim.ratio and claim.item_of is None and j > 0 and not out[j - 1].ratio and re.match(
                r"^(?:分别)?完成", claim.subject) and found[j - 1][1] >= sentence_bounds.before(found[j][1]):
            shared = re.sub(r"^分别|的$", "", claim.subject)
            out[j] = changed(claim, item_of=j - 1, subject=out[j - 1].subject + shared,
                             span=(out[j - 1].span[0], claim.span[1]))
    return out


def _names_places_or_doings(subject: str) -> bool:
    """The list before 分别 names places (西工区、老城区分别…) or doings (新建、改扩建…), not things (新增养老床位、
    护理型床位分别为…)."""
    head = subject.partition("分别")[0] if "分别" in subject else subject.partition("依次")[0]
    return head_places(head) is not None or any(  # (洛阳、开封两市…: places named together)
        head_places(name) is not None or name.endswith(_PLACE_ENDS) and name not in _KINDS_OF_AREA
        or _ONLY_DOING.fullmatch(name) for name in _LIST_ITEM_JOIN.split(head))


_PLACE_ENDS = ("市", "县", "区", "旗", "镇", "乡", "街道", "村", "社区", "县（市、区）")
_KINDS_OF_AREA = ("城市", "城镇", "农村", "乡村")  # (城市、农村低保标准分别…: kinds of the thing, not places)
_ONLY_DOING = regex.compile(r"(?:全年|全市|累计|已|新建|新增|改扩建|扩建|改建|新改建|改造|提升|建成|完成|开工|续建|"
                            r"在建|实施|建设|培训|招聘)+")


def _named_items(subject: str, count: int) -> list[str] | None:
    """The things a list before 分别 names, each with what is said of all (城镇新增就业、职业技能培训分别完成年度任务的
    → 城镇新增就业完成年度任务, 职业技能培训完成年度任务), where it names as many as the figures after it."""
    head, word, shared = subject.partition("分别") if "分别" in subject else subject.partition("依次")
    names = _LIST_ITEM_JOIN.split(head)
    if not word or len(names) != count or any(len(name) < 2 for name in names):
        return None
    shared = shared.removesuffix("的")
    # (城市、县城燃气普及率依次为…: the last name's tail is every name's, 城市燃气普及率)
    lead = _NAME_HEAD.match(names[-1])
    if lead is not None and lead.end() < len(names[-1]) and all(len(name) <= 4 for name in names[:-1]):
        tail = names[-1][lead.end():]
        names = [name if name.endswith(tail) else name + tail for name in names[:-1]] + [names[-1]]
    elif (measure := _MEASURE_TAIL.search(names[-1])) is not None and measure.start() > 0 \
            and not any(_MEASURE_TAIL.search(name) for name in names[:-1]):
        # (学校食堂、大中型餐饮单位、连锁餐饮企业“明厨亮灶”覆盖率分别达到…: the measure the last name ends with,
        # from a term in quotation marks if it has one, is every name's)
        tail = names[-1][measure.start():]
        names = [name + tail for name in names[:-1]] + [names[-1]]
    # (每千常住人口注册护士、执业（助理）医师分别为…: the first name's 每千常住人口 is every name's)
    per = _PER_HEAD_FIRST.match(names[0])
    if per is not None:
        names = [names[0]] + [name if name.startswith("每") else per.group() + name for name in names[1:]]
    return [name + shared for name in names]


_MEASURE_TAIL = regex.compile(r"[“\"「][^”\"」]{1,12}[”\"」][^“\"「”\"」]{0,6}?(?:率|占比|比例|比重)$|"
                           r"\w{2}(?:率|占比|比例|比重)$")
_PER_HEAD_FIRST = regex.compile(r"每(?:千|万|百|十万)?(?:常住)?(?:人口|人|户|名)")
_NAME_HEAD = regex.compile(r"中心城区|主城区|县城|城市|城镇|农村|城区|市区|乡镇|公办|民办|普惠性?|男性|女性|城乡")


# (not the 及 of 普及率, the 和 of 和谐, the 与 of 参与: words, not joins)
_LIST_ITEM_JOIN = regex.compile(r"、|(?<![普涉以危波])及(?![时格早])|(?<![温缓饱平])和(?![谐美])|"
                                r"(?<![参给赋])与(?![会其])")
_YEAR_SPAN = regex.compile(r"((?:19|20)\d\d)年?(?:至|到|—|-|~|～)((?:19|20)\d\d)年")
_YEAR_LIST = regex.compile(r"(?:19|20)\d\d年(?:[、和及与](?:19|20)\d\d年)+")


def _year_list(s: str, low: int, high: int) -> list[tuple[str, int]]:
    """The years of the last list of years (2023年、2024年、2025年; 2021年至2025年 before 逐年) in s[low:high],
    as written."""
    found = list(_YEAR_LIST.finditer(s, low, high))
    span = list(_YEAR_SPAN.finditer(s, low, high))
    if span and "逐年" in s[span[-1].end():high] and (not found or span[-1].start() > found[-1].start()):
        first, last = int(span[-1].group(1)), int(span[-1].group(2))
        return [(f"{year}年", year) for year in range(first, last + 1)] if 0 < last - first < 12 else []
    if not found:
        return []
    return [(m.group(), int(m.group()[:4])) for m in re.finditer(r"(?:19|20)\d\d年", found[-1].group())]


def pairs(text: str) -> list[str]:
    return [text[i:i + 2] for i in range(len(text) - 1)]


def coverage(name: str, text: str) -> float:
    """The share of the character pairs of `name` that `text` holds (0–1)."""
    wanted = set(pairs(to_simplified(name)))
    return len(wanted & set(pairs(to_simplified(text)))) / len(wanted) if wanted else 0.0


# a name as an author types it (执业（助理）医师) and as the release's reading has it (NFKC: 执业(助理)医师)
_HALF_WIDTH = str.maketrans("（）［］【】，：；", "()[][],:;")


def likeness(a: str, b: str) -> float:
    """How much two names share (0–1): the Dice coefficient of their character pairs, or of
    their characters where one is a single character. 新建和改扩建公办幼儿园 is more like
    新建和改扩建公办幼儿园 than 新建和改扩建中小学校."""
    a, b = to_simplified(a).translate(_HALF_WIDTH), to_simplified(b).translate(_HALF_WIDTH)
    if not a or not b:
        return 0.0
    if min(len(a), len(b)) < 2:
        return 2 * len(set(a) & set(b)) / (len(set(a)) + len(set(b)))
    pairs_a, pairs_b = pairs(a), pairs(b)
    shared = sum(min(pairs_a.count(p), pairs_b.count(p)) for p in set(pairs_a) & set(pairs_b))
    return 2 * shared / (len(pairs_a) + len(pairs_b))
