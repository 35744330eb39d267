"""Does every quote exist in its release, and does it say what the rule declares?

A verdict is only as good as the sentence it rests on: a quote that is not in the cited
release, a number that is not in the quote, a deadline the quote contradicts, or a
release whose bytes changed all make the rule `invalid`, with a message that says
exactly what to fix.
"""

from __future__ import annotations

import difflib
import re
from datetime import date
from typing import Any

from checker.diagnostics import CheckerError, Diagnostic, Severity
from checker.inputs.models import Claim as ClaimWord
from checker.inputs.models import Comparator, Measure
from checker.inputs.releases import Corpus, ReleaseText
from checker.judge.kinds import definition
from checker.judge.reading import RuleReading
from checker.judge.remainders import (
    check_done_elsewhere,
    check_done_short,
    check_left_over,
    check_rate_short,
    check_said_short,
    check_served_unfinished,
    check_set_unfinished,
    check_year_said,
)
from checker.judge.revisions import check_belied_elsewhere, check_revised_elsewhere
from checker.judge.stated import (
    Quoted,
    Report,
    check_adjusted,
    check_by_deadline,
    check_column,
    check_corrected,
    check_edges,
    check_excluded_part,
    check_figure,
    check_grade,
    check_noted,
    check_outcome_dates,
    check_plan,
    check_plan_kind,
    check_plan_terms,
    check_region,
    check_revisited,
    check_same_rate,
    check_scope,
    check_since,
    check_target,
    check_total_period,
    check_year,
    check_year_part,
    figure_of,
    row_of_both,
    row_result,
    stated_start,
    taken_start,
    under_review,
)
from checker.judge.verdict import BASELINE, Evidence, OutcomeReading, PlanReading, QuoteRef
from checker.language import regex
from checker.language.periods import find_periods
from checker.language.quantity import Quantity, parse_quantity
from checker.messages import Message


def verify_evidence(reading: RuleReading, corpus: Corpus) -> Evidence:
    """Check every quote of a rule: where each is, and what is wrong."""
    quotes: list[QuoteRef] = []
    found: list[Diagnostic] = []
    loaded, rule = reading.loaded, reading.rule
    plan = rule.plan

    def problem(message: Message, *path: object, severity: Severity = Severity.error) -> None:
        diagnostic = loaded.diagnostic(message, *path, severity=severity)
        if diagnostic not in found:  # (two checks may find one thing: a 分别 list's other item, say, once)
            found.append(diagnostic)

    located = _locate(corpus, Message("role-plan"), plan.source, plan.quote, None, problem, ("plan",))
    if located:
        located = _target_place(*located, plan.quote)
    # (a milestone quoted from the review that reports it may share its words with its claim)
    plan_span = None if not located or plan.value is None else (plan.source, located[1].match.start,
                                                                 located[1].match.end)
    plan_set = None  # the date of the plan's release
    plan_figure: int | None = None  # where the plan's figure is in it
    plan_subject: str | None = None  # what the plan's figure counts, in its quote's words
    plan_said = plan.quote  # and a bracket straight after it (…无障碍改造（不含2024年度结转项目）)
    year_of_paragraph: date | None = None  # the year the plan's paragraph opens with, where it is the deadline's
    if located:
        ref, quoted = located
        after = _BRACKET_NEXT.match(quoted.release.text, quoted.match.end)
        plan_said += after.group() if after is not None else ""
        # (（二）2025年。…新改建农村公路550公里: the year of a plan of years the paragraph opens with, its deadline's)
        text = quoted.release.text
        paragraph = _YEAR_PARAGRAPH.match(text, text.rfind("\n", 0, quoted.match.start) + 1)
        if paragraph is not None and reading.plan.deadline is not None \
                and int(paragraph.group(1)) == reading.plan.deadline.year:
            year_of_paragraph = date(reading.plan.deadline.year, 1, 1)
        # (…500公里、…300公里，改造…危桥50座（均以交工验收为准）: the terms of every item of the sentence)
        stop = min((at for at in (text.find(mark, quoted.match.end) for mark in "。\n") if at >= 0), default=len(text))
        every = _EVERY_TERMS.search(text, quoted.match.end, stop)
        plan_said += every.group() if every is not None and after is None else ""
        plan_set = ref.published
        quotes.append(ref)
        check_edges(quoted, problem, ("plan",))
        claim = None
        if reading.plan.quantity is not None:
            claim = check_figure(quoted, reading.plan.quantity, Message("what-plan-value"), rule.indicator,
                                 reading.plan.measure, problem, ("plan", "value"), comparator=plan.comparator)
            if claim is not None:
                check_scope(quoted, claim, reading.plan.quantity, Message("what-plan-value"), rule.region,
                            rule.indicator, problem, ("plan", "value"))
                check_adjusted(quoted, claim, reading.plan.quantity, problem)
                check_target(quoted, claim, reading.plan.quantity, plan, reading.plan.start, reading.plan.deadline,
                             problem)
        plan_figure = None if claim is None else claim.start
        plan_subject = None if claim is None else claim.subject
        check_plan(quoted, plan, claim, reading.plan.deadline, problem)
        _deadline_in_quote(reading, problem)
        published = ref.published
        deadline = reading.plan.deadline
        if deadline and deadline < published:
            # Annual reviews restate the year's targets, so this is common; but a reader should know
            # the target is as restated afterwards. Where the quote itself does not state the
            # deadline, the date is the rule author's and may be a slip: that is worth a warning.
            # (or the release dates the figure so, by its sentence or the heading over it: 2025年民生实事完成情况)
            attested = any(period.end == deadline for _, period in find_periods(plan.quote)) or (
                claim is not None and claim.period is not None and claim.period.end == deadline)
            problem(Message("plan-deadline-restated", deadline=deadline, published=published,
                            check="" if attested else Message("plan-deadline-restated-check")),
                    "plan", "deadline", severity=Severity.info if attested else Severity.warning)
    if plan.baseline is not None:
        at = ("plan", "baseline")
        located = _locate(corpus, Message("role-baseline"), plan.baseline.source, plan.baseline.quote, BASELINE,
                          problem, at)
        if located:
            ref, quoted = located
            quotes.append(ref)
            check_edges(quoted, problem, at)
            if ref.published < plan.baseline.as_of:
                problem(Message("outcome-after-release", as_of=plan.baseline.as_of, source=plan.baseline.source,
                                published=ref.published), *at, "as_of")
            check_year(quoted, plan.baseline.as_of, problem, at)
            if reading.plan.baseline is not None:
                check_figure(quoted, parse_quantity(plan.baseline.value), Message("what-baseline"), rule.indicator,
                             reading.plan.measure, problem, (*at, "value"), baseline=True)
    increments: list[tuple[date, int, date | None]] = []  # as_of, index, where its period begins
    cited = {(item.outcome.source, "".join(item.outcome.quote.split())) for item in reading.outcomes}
    for item in reading.outcomes:
        outcome = item.outcome
        where = ("outcomes", item.index)
        role = Message("role-outcome", n=item.index + 1)
        before = len(found)
        located = _locate(corpus, role, outcome.source, outcome.quote, item.index, problem, where)
        if not located:
            continue
        ref, quoted = located
        quotes.append(ref)
        check_edges(quoted, problem, where)
        if plan_span and plan_span[0] == outcome.source and quoted.match.start < plan_span[2] \
                and plan_span[1] < quoted.match.end and not row_of_both(quoted, plan_figure):
            # a target is not its own outcome; a quote that reports the result beside the restated
            # target (改造城镇老旧小区86个，超过年度计划的80个) is, where its figure is not the target's
            figure = figure_of(quoted, item.quantity)
            inside = plan_span[1] <= quoted.match.start and quoted.match.end <= plan_span[2]
            if inside or figure is None and item.quantity is not None or (
                    figure is not None and plan_span[1] <= figure.start < plan_span[2]):
                problem(Message("outcome-quotes-plan", n=item.index + 1), *where, "quote")
        if outcome.as_of > ref.published:
            # (as_of 2025-12-31 for a year-end review out on 2025-12-28: a round date a few days out, which
            # can make no verdict kinder, is said, not refused)
            near = (outcome.as_of - ref.published).days <= _NEAR_DAYS
            problem(Message("outcome-after-release", as_of=outcome.as_of, source=outcome.source,
                            published=ref.published), *where, "as_of",
                    severity=Severity.warning if near else Severity.error)
        if year_of_paragraph is not None and reading.plan.start is None and outcome.as_of < year_of_paragraph:
            # (（二）2025年。…改善农村寄宿制学校办学条件28所, answered by 2024's 32所: a figure of the year before)
            problem(Message("outcome-before-plan-year", as_of=outcome.as_of, year=year_of_paragraph.year),
                    *where, "as_of")
        check_outcome_dates(quoted, outcome, problem, where,
                            None if reading.plan.deadline is None else reading.plan.deadline.year, reading.plan.start)
        if item.quantity is not None and not outcome.increment:
            check_by_deadline(quoted, item.quantity, outcome.as_of, reading.plan.deadline, reading.plan.quantity,
                              reading.plan.comparator, problem, where)
        definition(item.kind).check_quote(item, quoted, rule, reading.plan, problem, where)
        if item.quantity is not None and not any(d.is_error for d in found[before:]):
            check_excluded_part(quoted, item.quantity, plan_said, problem, (*where, "value"))
        if item.quantity is not None and not any(d.is_error for d in found[before:]):
            check_plan_terms(quoted, item.quantity, plan_said, problem, (*where, "value"))
        # (a finding that a figure is too high cannot make a shortfall less short)
        said: list[object] = []
        heard = _noting(problem, said)
        check_corrected(quoted, item.quantity, reading.plan.quantity, reading.plan.comparator, heard, where,
                        "" if _says_short(item, reading.plan) else rule.indicator)
        if not _says_short(item, reading.plan):
            check_noted(quoted, item.quantity if item.quantity is not None else _ratio_of(outcome.completion),
                        rule.indicator, outcome.as_of, heard, where, plan_said)
            # (a completion ratio too: 通报的完成率117.3%系按通过联合审查的数量计算，…完成率89.3%)
            revisable = item.quantity if item.quantity is not None else _ratio_of(outcome.completion)
            # (a floor's figure revised upwards still reaches it: 最终核定…2.31万人，比…通报数多0.04万人)
            floor = reading.plan.comparator in (Comparator.at_least, Comparator.more_than)
            if revisable is not None and not said:
                check_revised_elsewhere(quoted.release, revisable, outcome.as_of, rule.indicator, corpus, heard,
                                        where, cited, cut_only=floor and item.quantity is not None,
                                        quote=quoted.text, region=rule.region)
            # (| 新增老年助餐点 | 300个 | 312个 | 104.0%: the ratio of the row's result, which a later release may
            # revise)
            done = row_result(quoted) if item.quantity is None and outcome.completion else None
            if done is not None and not said:
                check_revised_elsewhere(quoted.release, done, outcome.as_of, rule.indicator, corpus, heard, where,
                                        cited, cut_only=True, region=rule.region)
            if not said:
                check_revisited(quoted, item.quantity, problem, where)
        if item.quantity is not None and reading.plan.measure is Measure.count \
                and (figure := figure_of(quoted, item.quantity)) is not None:
            check_total_period(quoted, figure, item.quantity, reading.plan.start, reading.plan.deadline, plan_set,
                               plan.quote, outcome.as_of, problem, (*where, "value"))
            if not outcome.increment:
                check_year_part(quoted, figure, item.quantity, reading.plan, plan_set, problem, (*where, "value"))
            # (a plan of 2025 with no start: 两年累计完成…236公里 is of two years all the same)
            check_since(quoted, item.quantity, reading.plan.start or year_of_paragraph or taken_start(
                reading.plan.deadline, plan_set, plan.quote), reading.plan.deadline, plan.quote, outcome.as_of,
                        problem, (*where, "value"))
        if item.quantity is not None and (figure := figure_of(quoted, item.quantity)) is not None:
            check_column(quoted, figure, item.quantity, outcome.as_of, plan.quote, problem, (*where, "value"),
                         rule.indicator)
            check_grade(quoted, figure, item.quantity, plan.quote, problem, (*where, "value"), rule.indicator)
        check_region(quoted, rule.region, role, problem, where, figure_of(quoted, item.quantity))
        if plan_subject and item.quantity is not None and not any(d.is_error for d in found[before:]) \
                and (figure := figure_of(quoted, item.quantity)) is not None:
            check_same_rate(plan_subject, figure, item.quantity, problem, (*where, "value"))
            if not any(d.is_error for d in found[before:]):
                check_plan_kind(quoted, figure, item.quantity, plan_subject, rule.indicator, problem,
                                (*where, "value"))
        if not _says_short(item, reading.plan) and not any(d.is_error for d in found[before:]):
            # (last, and only for an outcome nothing else refused: they read the releases whole)
            check_left_over(quoted, rule.indicator, reading.plan, problem, where)
            if not any(d.is_error for d in found[before:]):
                check_said_short(quoted, outcome.as_of, reading.plan, rule.indicator, corpus, cited, problem, where,
                                 rule.region)
            if not any(d.is_error for d in found[before:]):
                check_year_said(quoted, outcome.as_of, rule.indicator, problem, where)
            # (a claim of the target met stands for the plan's figure: 全市煤矿智能化改造任务全面完成, for 16座, against
            # a later 16座应改造煤矿中，…另有3座…尚未完成验收)
            claimed = reading.plan.quantity if outcome.claim is ClaimWord.met or outcome.achieved else None
            counted = item.quantity or claimed
            # (what the plan's figure counts, the two characters after it in its quote: 煤矿 of 16座煤矿智能化改造)
            noun = re.search(re.escape("".join(counted.text.split())) + r"([^\W\d_]{2})", "".join(plan.quote.split())) \
                if claimed is not None and counted is not None else None
            if counted is not None and not any(d.is_error for d in found[before:]):
                check_set_unfinished(quoted, counted, outcome.as_of, rule.indicator, corpus, problem, where,
                                     noun=noun.group(1) if noun is not None else "")
            if item.quantity is not None and not any(d.is_error for d in found[before:]):
                check_done_short(quoted, item.quantity, reading.plan, rule.indicator, rule.region, problem, where)
            for check_done in (check_rate_short, check_served_unfinished, check_done_elsewhere):
                if item.quantity is not None and not any(d.is_error for d in found[before:]):
                    check_done(quoted, item.quantity, reading.plan, rule.indicator, outcome.as_of, problem, where)
            if item.quantity is not None and not outcome.increment and not any(
                    d.is_error for d in found[before:]):
                check_belied_elsewhere(quoted, item.quantity, outcome.as_of, reading.plan, plan_set, rule.indicator,
                                       rule.region, cited, corpus, problem, where)
        if outcome.increment:
            increments.append((outcome.as_of, item.index, stated_start(quoted, outcome.as_of)))
    _check_overlap(increments, problem)
    return Evidence(tuple(quotes), tuple(found))


_YEAR_PARAGRAPH = regex.compile(r"[ \t\u3000]*(?:[（(][一二三四五六七八九十\d]{1,2}[）)]|[一二三四五六七八九十\d]{1,2}"
                                r"[、.．])?"
                                r"[ \t\u3000]*((?:19|20)\d\d)年(?:度)?[。：:]")
_EVERY_TERMS = regex.compile(r"[（(]均以[^（()）\n]{2,30}为准[）)]")
_NEAR_DAYS = 7  # an as_of this far past its release's day is a round date (年底), not a later figure
_BRACKET_NEXT = regex.compile(r"[（(][^（()）\n]{1,30}[）)]")


def _ratio_of(completion: str | None) -> Quantity | None:
    """A completion ratio as a quantity (117.3%), where it reads as one."""
    try:
        return parse_quantity(completion) if completion else None
    except CheckerError:
        return None


def _says_short(item: OutcomeReading, plan: PlanReading) -> bool:
    """The outcome says the target was not reached (achieved: false, claim: not_met, a ratio under
    100%, a figure short of a floor): what finds it overstated cannot make it less short."""
    outcome = item.outcome
    if outcome.achieved is False or outcome.claim is ClaimWord.not_met or (item.ratio is not None and item.ratio < 100):
        return True
    amount, target = item.amount, plan.quantity
    # (an increment short of the target is a part of a sum that may reach it: 1120户 of three years' 3000户)
    if amount is None or target is None or outcome.increment \
            or plan.comparator not in (Comparator.at_least, Comparator.more_than):
        return False
    return amount.value < target.value if amount.unit == target.unit else False


def _check_overlap(increments: list[tuple[date, int, date | None]], report: Report) -> None:
    """Increments add up only if their periods do not overlap: 2025年1-6月 4.6万 and 2025年 8.3万
    count the first half twice. (Increments of one date are parts of one figure: summed, not
    compared.)"""
    ordered = sorted(increments, key=lambda item: (item[0], item[1]))
    for (before, first, _), (as_of, index, begins) in zip(ordered, ordered[1:], strict=False):
        if as_of != before and begins is not None and begins <= before:
            report(Message("increments-overlap", n=index + 1, begins=begins, other=first + 1, until=before),
                   "outcomes", index, "increment")


def _locate(corpus: Corpus, role: Message, source: str, quote: str, outcome: int | None,
            report: Report, where: tuple[object, ...]) -> tuple[QuoteRef, Quoted] | None:
    if source in corpus.unusable:
        report(Message("quote-release-unusable", role=role, source=source, why=corpus.unusable[source]),
               *where, "source")
        return None
    release = corpus.get(source)
    if release is None:
        known = sorted(corpus.releases)
        guess = difflib.get_close_matches(source, known, n=1)
        hint = (Message("quote-release-did-you-mean", guess=guess[0]) if guess
                else Message("quote-release-known", manifest=corpus.manifest_file,
                             listed=tuple(known) or Message("quote-release-none")))
        report(Message("quote-unknown-release", role=role, source=source, manifest=corpus.manifest_file, hint=hint),
               *where, "source")
        return None
    match = release.find(quote)
    if match is None:
        for other_id, other in sorted(corpus.releases.items()):
            elsewhere = other.find(quote) if other_id != source else None
            if elsewhere is not None:
                report(Message("quote-in-other-release", role=role, source=source, other=other_id,
                               line=elsewhere.line), *where, "quote")
                return None
        closest = release.closest(quote)
        passage: Message | str = "" if closest is None else Message("quote-closest", line=closest[0],
                                                                     passage=closest[1])
        report(Message("quote-not-found", role=role, source=source, file=release.release.file, hint=passage),
               *where, "quote")
        return None
    return _ref(release, quote, match.line, match.col, outcome), Quoted(release, match)


def _target_place(ref: QuoteRef, quoted: Quoted, quote: str) -> tuple[QuoteRef, Quoted]:
    """A plan's quote where the release sets targets, where it is also under a heading of results before
    (粮食总产量稳定在180亿斤以上, under 一、2024年工作回顾 and again among 2025年的主要预期目标)."""
    release, match = quoted.release, quoted.match
    for _ in range(4):
        if not under_review(release.text, match.start):
            break
        again = release.find_again(quote, match)
        if again is None:
            return ref, quoted
        match = again
    else:
        return ref, quoted
    if match is quoted.match:
        return ref, quoted
    return _ref(release, quote, match.line, match.col, None), Quoted(release, match)


def _ref(release: ReleaseText, quote: str, line: int, col: int, outcome: int | None) -> QuoteRef:
    entry = release.release
    return QuoteRef(entry.id, entry.title, entry.published, entry.file, quote, line, col, outcome)


def _deadline_in_quote(reading: RuleReading, report: Report) -> None:
    plan = reading.rule.plan
    deadline = reading.plan.deadline
    if deadline is None or plan.deadline is None:
        return
    stated = find_periods(plan.quote)
    if not stated or any(period.end == deadline for _, period in stated):
        return
    flat = "".join(plan.quote.split())
    if any(period.end is not None and period.end.year == deadline.year and deadline < period.end
           and re.search(re.escape(text) + r"[^，,。；;\d]{1,8}?前", flat) for text, period in stated):
        return  # (2024年汛期前完成…: a day before the year's end, which the year alone does not say)
    said = tuple(Message("period-said", text=text, end=period.end) for text, period in stated)
    report(Message("plan-deadline-contradicts-quote", written=plan.deadline, deadline=deadline, said=said),
           "plan", "deadline")


def _noting(report: Report, said: list[object]) -> Report:
    """`report`, keeping what it is told in `said` (a check that runs only where those before it found nothing)."""
    def heard(*args: Any) -> None:
        said.append(args)
        report(*args)
    return heard
