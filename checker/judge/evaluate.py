"""Judge one rule as of a date. Pure: no I/O, no printing; the inputs decide the verdict, and
their order in the YAML never does.

The precedence of evidence (README: "How verdicts are reached"):
- Only outcomes from releases published on or before the as-of date count, and none dated
  before the plan period began.
- An outcome is final when the date its figure refers to is on or after the deadline.
- Numbers beat claims: reported figures decide; a claim, a milestone or a completion ratio
  decides only where no final figure exists. A claim a figure contradicts is shown with it.
- A floor on a count (at_least, more_than) is met by the first figure (the running total of
  increments) that reaches it, at any time, unless a later total of the plan period falls short
  of it (disputed: a running total does not fall); a level, and any target with a ceiling or a band
  (at_most, less_than, exactly, between), by the figures of its first final date.
- Figures are intervals (超过, 近, ranges): met or missed only where the interval proves it.
- Figures (or a figure and a claim) of one date that lead to different verdicts make the
  rule `disputed`, never met or missed.
- A total of yearly increments proves a plan missed only when they cover every year of it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import ROUND_FLOOR, Decimal

from checker.diagnostics import Diagnostic, Severity
from checker.frozen import changed
from checker.inputs.models import Comparator, Measure, OutcomeKind
from checker.inputs.rules import LoadedRule
from checker.judge.kinds import definition, progress, satisfies, written
from checker.judge.reading import RuleReading, plan_as_written
from checker.judge.verdict import Basis, Evidence, OutcomeReading, PlanReading, Point, Status, Trend, Verdict
from checker.language.interval import Interval
from checker.messages import AllOf, Message


def invalid_verdict(loaded: LoadedRule) -> Verdict:
    """A rule that could not be loaded: what was written, and why it cannot be judged."""
    raw = loaded.raw
    return Verdict(loaded.id, str(raw.get("region") or "?"), str(raw.get("indicator") or "?"), loaded.position(),
                   Status.invalid, plan_as_written(raw), diagnostics=loaded.diagnostics)


@dataclass
class Decision:
    """What the evidence proves, before the calendar is consulted."""

    status: Status | None = None  # met, missed or disputed; None: nothing decides it yet
    point: Point | None = None  # the point it rests on (or the latest one, to show)
    conflicts: list[Point] = field(default_factory=list)
    undecided: bool = False  # a final figure exists but cannot show either way
    explanation: Message | None = None
    notes: list[Message] = field(default_factory=list)


def evaluate(reading: RuleReading, evidence: Evidence, published: Mapping[str, date], as_of: date,
             grace_days: int) -> Verdict:
    rule = reading.rule
    plan = reading.plan
    diagnostics = [*reading.diagnostics, *evidence.diagnostics]
    verdict = Verdict(rule.id, rule.region, rule.indicator, reading.loaded.position(), Status.invalid, plan,
                      quotes=evidence.quotes)

    def done(**changes: object) -> Verdict:
        return changed(verdict, diagnostics=tuple(diagnostics), **changes)

    if any(d.is_error for d in diagnostics):
        return done()

    def note(message: Message) -> None:
        diagnostics.append(Diagnostic(message, Severity.info, rule_id=rule.id))

    deadline = plan.deadline
    if plan.quantity is not None and plan.quantity.value == 0:
        note(Message("target-zero"))
    visible = [item for item in reading.outcomes if published.get(item.outcome.source, date.max) <= as_of]
    if plan.start is not None:
        # a figure dated before the plan period began is about an earlier period
        before = [item for item in visible if item.outcome.as_of < plan.start]
        visible = [item for item in visible if item.outcome.as_of >= plan.start]
        if before:
            note(Message("outcomes-before-start", count=len(before), start=plan.start))
    elif (set_on := set_ahead(plan, published)) is not None:
        before = [item for item in visible if item.outcome.as_of < set_on]
        visible = [item for item in visible if item.outcome.as_of >= set_on]
        if before:
            note(Message("outcomes-before-plan", count=len(before), published=set_on))
    figures, statements = _figures(plan, visible), _statements(plan, visible)
    decision = _decide(plan, figures, statements)
    for message in decision.notes:
        note(message)
    shown = decision.point or _latest(figures, statements)
    fields = {} if shown is None else {"decided_by": shown, "basis": shown.basis}
    if decision.status is Status.met:
        assert decision.point is not None
        late = deadline is not None and decision.point.as_of > deadline
        return done(status=Status.met, late=late, progress=decision.point.progress, conflicts=tuple(decision.conflicts),
                    **fields)
    if decision.status is Status.missed:
        assert decision.point is not None
        return done(status=Status.missed, progress=_short_of(decision.point.progress),
                    conflicts=tuple(decision.conflicts), **fields)
    if decision.status is Status.disputed:
        return done(status=Status.disputed, explanation=decision.explanation, conflicts=tuple(decision.conflicts),
                    **fields)

    status, awaiting, explanation = Status.pending, False, None
    if deadline is None:
        explanation = Message("no-deadline")
    elif as_of <= deadline:
        pass
    elif as_of <= _after(deadline, grace_days):
        awaiting = True
        explanation = Message("awaiting-report", until=_after(deadline, grace_days))
    else:
        status = Status.unreported
        explanation = Message("no-final-figure" if shown is None else "no-final-figure-interim-shown")
    if decision.undecided:
        explanation = decision.explanation or Message("final-figure-undecided")
    trend = _trend(plan, figures, statements) if status is Status.pending else None
    progress_shown = None if shown is None else _short_of(shown.progress)
    return done(status=status, awaiting=awaiting, explanation=explanation, trend=trend, progress=progress_shown,
                **fields)


def set_ahead(plan: PlanReading, published: Mapping[str, date]) -> date | None:
    """With no start, a target set ahead of its deadline counts from the day it was set: a figure of
    before then (last year's 6.82万人 for 今年新增就业6万人) is about an earlier period. That day, or
    None (a start given, or a target restated after its deadline: every outcome counts)."""
    set_on = published.get(plan.source or "")
    if plan.start is not None or plan.deadline is None or set_on is None or plan.deadline <= set_on:
        return None
    return set_on


# --- points --------------------------------------------------------------------------------

def _order(item: OutcomeReading) -> tuple[object, ...]:
    """A total order on outcomes made from what they say, never from where they stand in the YAML."""
    o = item.outcome
    return (o.as_of, list(OutcomeKind).index(o.kind), o.increment, str(o.value or o.completion or o.achieved
                                                                       or o.claim), o.source, o.quote)


def _figures(plan: PlanReading, visible: list[OutcomeReading]) -> list[Point]:
    """The reported figures, date by date. A count adds its increments to the running total (a
    cumulative figure replaces it); two reports of one date's figure that differ give a point
    each, and what follows carries both (the interval that holds them)."""
    target = plan.quantity
    if target is None:
        return []
    kind = definition(OutcomeKind.value)
    by_date: dict[date, list[OutcomeReading]] = {}
    for item in sorted((i for i in visible if i.kind is OutcomeKind.value and i.amount is not None), key=_order):
        by_date.setdefault(item.outcome.as_of, []).append(item)
    comparator = plan.comparator or Comparator.at_least
    count = plan.measure is Measure.count
    total: Interval | None = None
    summed = 0
    points: list[Point] = []
    for day, items in sorted(by_date.items()):
        amounts = {i: kind.count(i, plan).amount for i in items}
        cumulative = [i for i in items if not (count and i.outcome.increment)]
        increments = [i for i in items if count and i.outcome.increment]
        bases: list[tuple[OutcomeReading | None, Interval | None]] = (
            [(i, amounts[i]) for i in cumulative] if cumulative else [(None, total)])
        added: list[tuple[OutcomeReading | None, Interval]] = (
            [(i, a) for i in increments if (a := amounts[i]) is not None] or [(None, Interval(Decimal(0), Decimal(0)))])
        running = 0 if cumulative else summed
        day_summed = running + (1 if increments else 0)
        seen: dict[Interval, Point] = {}
        for base_item, base in bases:
            for added_item, amount in added:
                figure = amount if base is None else base + amount
                if not count:
                    assert base is not None
                    figure = base
                if figure in seen:
                    continue
                source = added_item or base_item
                assert source is not None
                final = plan.deadline is not None and day >= plan.deadline
                seen[figure] = Point(source, day, final, satisfies(figure, target, comparator),
                                     progress(figure, target, comparator), Basis.measured, figure, target.unit,
                                     max(day_summed, 1))
        points.extend(seen.values())
        figures_of_day = [p.figure for p in seen.values() if p.figure is not None]
        total = figures_of_day[0]
        for other in figures_of_day[1:]:
            total = total.hull(other)
        summed = day_summed
    return points


def _statements(plan: PlanReading, visible: list[OutcomeReading]) -> list[Point]:
    """What claims, milestones and completion ratios state, each on its own."""
    points = []
    for item in sorted((i for i in visible if i.kind is not OutcomeKind.value), key=_order):
        kind = definition(item.kind)
        counted = kind.count(item, plan)
        final = plan.deadline is not None and item.outcome.as_of >= plan.deadline
        points.append(Point(item, item.outcome.as_of, final, counted.satisfied, counted.progress, kind.basis))
    return points


# --- the decision ----------------------------------------------------------------------------

def _decide(plan: PlanReading, figures: list[Point], statements: list[Point]) -> Decision:
    finals = [p for p in figures if p.final]
    if plan.judged_at_deadline:
        if finals:
            day = min(p.as_of for p in finals)
            return _of_day(day, [p for p in finals if p.as_of == day], statements)
        # a level or a ceiling reached before its deadline can still fall back: a claim made before
        # then (PM2.5浓度提前完成全年目标, in July) settles nothing
        return _by_statements([s for s in statements if s.final])
    else:
        reached = [p for p in figures if p.satisfied]
        if reached:
            day = reached[0].as_of
            decision = _of_day(day, [p for p in figures if p.as_of == day], statements)
            fallen = _fallen(plan, figures, day) if decision.status is Status.met else None
            if fallen is not None and decision.point is not None:
                # (达成就业意向2.6万人 in September, 全年城镇新增就业2.41万人 at the year's end: a running
                # total does not fall, so one of them is not the plan's count)
                return Decision(Status.disputed, decision.point, [fallen],
                                explanation=Message("figures-fall", date=day, first=_said(decision.point),
                                                    later=fallen.as_of, second=_said(fallen)))
            return decision
        if finals:
            day = max(p.as_of for p in finals)  # the latest total is the most complete
            decision = _of_day(day, [p for p in finals if p.as_of == day], statements)
            if decision.status is Status.missed:
                _cover(plan, figures, decision)
            return decision
    return _by_statements(statements)


def _fallen(plan: PlanReading, figures: list[Point], day: date) -> Point | None:
    """A later total of the plan period, not an increment, that is short of the floor the total of
    `day` reached: the count cannot have fallen, so the two disagree."""
    for point in figures:
        outcome = point.reading.outcome
        if point.as_of > day and point.satisfied is False and not outcome.increment and (
                plan.deadline is None or point.as_of <= plan.deadline):
            return point
    return None


def _of_day(day: date, figures: list[Point], statements: list[Point]) -> Decision:
    """The figures of one date decide, with the claims of that date: alike, or disputed."""
    same_day = [s for s in statements if s.as_of == day and s.satisfied is not None]
    answers = {p.satisfied for p in figures + same_day} - {None}
    if len(answers) > 1:
        first = next(p for p in figures + same_day if p.satisfied)
        second = next(p for p in figures + same_day if p.satisfied is False)
        return Decision(Status.disputed, first, [second],
                        explanation=Message("figures-disagree", date=day, first=_said(first), second=_said(second)))
    decided = next((p for p in figures if p.satisfied is not None), figures[0])
    if not answers:
        return Decision(None, decided, undecided=True)
    status = Status.met if answers == {True} else Status.missed
    contradicted = [s for s in statements if s.satisfied is not None and s.satisfied != decided.satisfied]
    notes = [Message("claim-contradicted", claim=_said(s), as_of=s.as_of, figure=_said(decided),
                     figure_as_of=decided.as_of) for s in contradicted]
    return Decision(status, decided, contradicted, notes=notes)


def _by_statements(statements: list[Point]) -> Decision:
    """Where no figure decides: the first claim of completion, or a final one of failure."""
    met = [s for s in statements if s.satisfied]
    if met:
        first = met[0]
        against = [s for s in statements if s.as_of == first.as_of and s.satisfied is False]
        if against:
            return Decision(Status.disputed, first, against,
                            explanation=Message("figures-disagree", date=first.as_of, first=_said(first),
                                                second=_said(against[0])))
        return Decision(Status.met, first)
    failed = [s for s in statements if s.final and s.satisfied is False]
    if failed:
        return Decision(Status.missed, failed[0])
    return Decision(None)


def _cover(plan: PlanReading, figures: list[Point], decision: Decision) -> None:
    """A total of yearly increments is short only if every year of the period reported one."""
    point = decision.point
    if point is None or plan.deadline is None or point.summed < 1 or not any(
            p.reading.outcome.increment for p in figures):
        return
    increments = [p for p in figures if p.reading.outcome.increment and p.as_of <= point.as_of]
    years = {p.as_of.year for p in increments}
    first = plan.start.year if plan.start is not None else min(years)
    missing = [year for year in range(first, plan.deadline.year + 1) if year not in years]
    if missing:
        decision.status, decision.undecided = None, True
        decision.explanation = Message("increments-leave-years", years=AllOf(tuple(str(y) for y in missing)))


def _latest(figures: list[Point], statements: list[Point]) -> Point | None:
    points = sorted(figures + statements, key=lambda p: (p.as_of, p.figure is not None))
    return points[-1] if points else None


def _said(point: Point) -> object:
    """A point as a report shows it: its figure (with its source) or its claim."""
    if point.figure is not None:
        return Message("point-from", figure=written(point.figure.as_quantity(point.unit)),
                       source=point.reading.outcome.source)
    return Message("point-from", figure=definition(point.reading.kind).describe(point),
                   source=point.reading.outcome.source)


def _short_of(progress: Decimal | None) -> Decimal | None:
    """Progress of a plan not met is never shown as 100%: where rounding would make it 1 it is
    rounded down (99.996% is 0.9999), and a figure exactly at a target it had to exceed (超过1000
    against 1000) has none."""
    if progress is None or progress > 1 or round(progress, 4) < 1:
        return progress
    if progress == 1:
        return None
    return progress.quantize(Decimal("0.0001"), rounding=ROUND_FLOOR)


def _after(day: date, days: int) -> date:
    try:
        return day + timedelta(days=days)
    except OverflowError:
        return date.max


def _trend(plan: PlanReading, figures: list[Point], statements: list[Point]) -> Trend | None:
    """Is the latest figure (or completion ratio) where it should be by now? Progress since the
    zero point (for a level, its baseline or its first figure; else zero) over the share of the
    plan period elapsed."""
    points = sorted((p for p in figures + statements if p.figure is not None or p.progress is not None),
                    key=lambda p: p.as_of)
    if not points:
        return None
    latest = points[-1]
    if plan.judged_at_deadline and latest.satisfied:
        return Trend.on_track  # reached before the deadline; it can still fall back
    if plan.start is None or plan.deadline is None:
        return None
    since = plan.start
    if plan.measure is Measure.level and latest.figure is not None and plan.quantity is not None:
        zero = plan.baseline.value if plan.baseline is not None else None
        if zero is None and figures[0] is not latest and figures[0].figure is not None and figures[0].figure.exact:
            zero, since = figures[0].figure.point, figures[0].as_of
        target, now = plan.quantity.value, latest.figure.point
        if zero is None or now is None or not latest.figure.exact or target == zero:
            return None  # one figure of a level says nothing of its course
        share = float((now - zero) / (target - zero))
    elif latest.progress is not None:
        share = float(latest.progress)
    else:
        return None
    elapsed = (latest.as_of - since).days / max((plan.deadline - since).days, 1)
    if elapsed <= 0:
        return None
    ratio = share / min(elapsed, 1.0)
    if ratio >= 0.95:
        return Trend.on_track
    if ratio >= 0.6:
        return Trend.at_risk
    return Trend.off_track
