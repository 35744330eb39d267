"""Judge one rule as of a date. Pure: no I/O, no printing; the inputs decide the verdict.

- Only outcomes from releases published on or before the as-of date count.
- An outcome is final when the date its figure refers to is on or after the deadline,
  interim otherwise; an interim figure never proves a plan missed.
- count plans are met once their (summed) figure satisfies the plan, at any time;
  level plans by their first final figure; milestones by `achieved`; completion ratios
  at 100%; claims of met or exceeded.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from checker.evidence import QuoteRef
from checker.loading import Problem
from checker.models import Claim, Comparator, Measure
from checker.quantity import Qualifier, Quantity, decimal_text
from checker.reading import ReadOutcome, ReadRule

STATUSES = ("met", "missed", "pending", "unreported", "invalid")


@dataclass
class Verdict:
    id: str
    region: str
    indicator: str
    status: str
    basis: str | None = None  # measured | derived | claimed
    late: bool = False
    progress: float | None = None
    trend: str | None = None  # on_track | at_risk | off_track
    plan: dict[str, Any] = field(default_factory=dict)
    outcome: dict[str, Any] | None = None
    problems: list[str] = field(default_factory=list)
    issues: list[Problem] = field(default_factory=list)  # the same problems, with their positions
    warnings: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # for the reader, e.g. a target restated afterwards
    note: str | None = None  # why this status: e.g. "awaiting the report (grace until …)"
    awaiting: bool = False  # pending only because the report may still come (within the grace period)
    location: str = ""
    quotes: list[QuoteRef] = field(default_factory=list)


@dataclass
class _Point:
    """One visible outcome, judged on its own."""

    read: ReadOutcome
    as_of: date
    final: bool
    satisfied: bool | None  # None: the figure cannot show it either way
    progress: Decimal | None
    basis: str
    figure: Decimal | None = None  # cumulative, in the plan's measure word
    summed: int = 1


def evaluate(read: ReadRule, quotes: list[QuoteRef], published: dict[str, date], as_of: date,
             grace_days: int) -> Verdict:
    rule = read.rule
    line, col = read.loaded.where()
    verdict = Verdict(rule.id, rule.region, rule.indicator, "invalid",
                      location=f"{read.loaded.file}:{line}:{col}", quotes=quotes)
    verdict.plan = _plan_view(read, quotes)
    verdict.warnings = [str(problem) for problem in read.warnings if problem.severity != "info"]
    verdict.notes = [problem.message for problem in read.warnings if problem.severity == "info"]
    if read.problems or read.plan is None:
        verdict.issues = list(read.problems)
        verdict.problems = [str(problem) for problem in read.problems]
        return verdict

    plan = read.plan
    deadline = plan.deadline
    if plan.quantity is not None and plan.quantity.value == 0:
        verdict.notes.append("the target is zero: progress toward it is undefined")
    visible = [item for item in read.outcomes if published.get(item.outcome.source, date.max) <= as_of]
    if plan.start is not None:
        # a figure dated before the plan period began is about an earlier period
        before = [item for item in visible if item.outcome.as_of < plan.start]
        visible = [item for item in visible if item.outcome.as_of >= plan.start]
        if before:
            verdict.notes.append(f"{len(before)} outcome(s) dated before the plan's start ({plan.start}) "
                                 "were not counted")
    points = _points(read, visible, deadline)

    level_like = rule.measure is Measure.level or plan.comparator in (Comparator.at_most, Comparator.less_than)
    met_point = _met(points, level_like)
    finals = [p for p in points if p.final]
    if met_point is not None:
        verdict.status = "met"
        verdict.late = deadline is not None and met_point.as_of > deadline
        _show(verdict, met_point, quotes)
        return verdict

    if finals:
        judged = finals[0] if level_like else finals[-1]
        if judged.satisfied is False:
            verdict.status = "missed"
            _show(verdict, judged, quotes)
            return verdict

    latest = points[-1] if points else None
    if latest is not None:
        _show(verdict, latest, quotes)
    if deadline is None:
        verdict.status = "pending"
        verdict.note = "the release states no deadline: it can be met, never missed"
    elif as_of <= deadline:
        verdict.status = "pending"
    elif as_of <= _after(deadline, grace_days):
        verdict.status = "pending"
        verdict.awaiting = True
        verdict.note = f"deadline passed; awaiting the report until {_after(deadline, grace_days).isoformat()}"
    else:
        verdict.status = "unreported"
        verdict.note = ("no final figure was reported" if latest is None
                        else "no final figure was reported; the last interim one is shown")
    if finals and finals[-1].satisfied is None:
        verdict.note = "the final figure cannot show whether the plan was met (see its qualifier)"
    if verdict.status == "pending":
        verdict.trend = _trend(plan.start, deadline, latest, level_like)
    return verdict


def _after(day: date, days: int) -> date:
    try:
        return day + timedelta(days=days)
    except OverflowError:
        return date.max


def _points(read: ReadRule, visible: list[ReadOutcome], deadline: date | None) -> list[_Point]:
    plan = read.plan
    assert plan is not None
    count = read.rule.measure is Measure.count
    points: list[_Point] = []
    total: Decimal | None = None
    added = 0  # increments in the running total since the last cumulative figure
    for item in sorted(visible, key=lambda it: (it.outcome.as_of, it.index)):
        outcome = item.outcome
        final = deadline is not None and outcome.as_of >= deadline
        point = _Point(item, outcome.as_of, final, None, None, "measured")
        if item.amount is not None and plan.quantity is not None and item.quantity is not None:
            figure = item.amount
            summed = 1
            if count and outcome.increment:
                total = (total or Decimal(0)) + figure
                figure = total
                added += 1
                summed = added
            elif count:
                total, added = figure, 0  # a cumulative figure replaces the running total
            shown = Quantity(item.quantity.text, figure, plan.quantity.unit, item.quantity.qualifier,
                             None if item.quantity.upper is None else item.amount, False)
            point.figure, point.summed = figure, summed
            point.satisfied = _satisfies(shown, plan.quantity, plan.comparator)
            point.progress = _progress(figure, plan.quantity, plan.comparator)
        elif item.ratio is not None:
            point.basis = "derived"
            point.satisfied = item.ratio >= 100
            point.progress = item.ratio / 100
        elif outcome.achieved is not None:
            point.basis = "claimed"
            point.satisfied = outcome.achieved
        elif outcome.claim is not None:
            point.basis = "claimed"
            point.satisfied = outcome.claim in (Claim.met, Claim.exceeded)
        points.append(point)
    return points


def _met(points: list[_Point], level_like: bool) -> _Point | None:
    for point in points:
        numeric = point.figure is not None
        if numeric and level_like:
            continue  # a level is judged by its final figure, below
        if point.satisfied:
            return point
    if level_like:
        finals = [p for p in points if p.final and p.figure is not None]
        if finals and finals[0].satisfied:
            return finals[0]
    return None


def _satisfies(outcome: Quantity, plan: Quantity, comparator: Comparator) -> bool | None:
    """Does the reported figure prove the plan met (True), prove it short (False), or neither?

    A qualified figure is an interval: 超过900万 is (9000000, ∞), 近5000 is just under 5000."""
    low, high, low_open, high_open = _interval(outcome)
    target = plan.value
    upper = plan.upper

    def at_least(bound: Decimal, strict: bool) -> bool | None:
        if low is not None and (low > bound or (low == bound and (not strict or low_open))):
            return True
        if high is not None and (high < bound or (high == bound and (strict or high_open))):
            return False
        return None

    def at_most(bound: Decimal, strict: bool) -> bool | None:
        if high is not None and (high < bound or (high == bound and (not strict or high_open))):
            return True
        if low is not None and (low > bound or (low == bound and (strict or low_open))):
            return False
        return None

    if comparator is Comparator.at_least:
        return at_least(target, False)
    if comparator is Comparator.more_than:
        return at_least(target, True)
    if comparator is Comparator.at_most:
        return at_most(target, False)
    if comparator is Comparator.less_than:
        return at_most(target, True)
    if comparator is Comparator.exactly:
        if low is not None and low == high and not (low_open or high_open):
            return low == target
        return None
    # between
    assert upper is not None
    above, below = at_least(target, False), at_most(upper, False)
    if above is False or below is False:
        return False
    if above and below:
        return True
    return None


def _interval(q: Quantity) -> tuple[Decimal | None, Decimal | None, bool, bool]:
    v = q.value
    if q.qualifier in (Qualifier.EXACT, Qualifier.ABOUT):
        return v, v, False, False
    if q.qualifier is Qualifier.MORE_THAN:
        return v, None, True, False
    if q.qualifier is Qualifier.AT_LEAST:
        return v, None, False, False
    if q.qualifier is Qualifier.NEARLY:
        return None, v, False, True
    if q.qualifier is Qualifier.AT_MOST:
        return None, v, False, False
    if q.qualifier is Qualifier.LESS_THAN:
        return None, v, False, True
    return v, q.upper, False, False  # range


def _progress(figure: Decimal, plan: Quantity, comparator: Comparator) -> Decimal | None:
    if comparator in (Comparator.at_most, Comparator.less_than) or plan.value <= 0:
        return None  # progress toward a ceiling, or toward zero, means nothing
    return figure / plan.value


def _trend(start: date | None, deadline: date | None, latest: _Point | None, level_like: bool) -> str | None:
    if latest is None:
        return None
    if level_like and latest.satisfied:
        return "on_track"  # reached before the deadline; it can still fall back
    if start is None or deadline is None or latest.progress is None:
        return None
    elapsed = (latest.as_of - start).days / max((deadline - start).days, 1)
    if elapsed <= 0:
        return None
    ratio = float(latest.progress) / min(elapsed, 1.0)
    if ratio >= 0.95:
        return "on_track"
    if ratio >= 0.6:
        return "at_risk"
    return "off_track"


def _show(verdict: Verdict, point: _Point, quotes: list[QuoteRef]) -> None:
    outcome = point.read.outcome
    verdict.basis = point.basis
    verdict.progress = None if point.progress is None else round(float(point.progress), 4)
    ref = next((q for q in quotes if q.role == f"outcome {point.read.index + 1}"), None)
    unit = verdict.plan.get("unit")
    verdict.outcome = {
        "kind": outcome.kind,
        "value": outcome.value,
        "completion": outcome.completion,
        "achieved": outcome.achieved,
        "claim": outcome.claim.value if outcome.claim else None,
        "figure": None if point.figure is None else decimal_text(point.figure),
        "unit": unit if point.figure is not None else None,
        "summed": point.summed if point.figure is not None else None,
        "as_of": outcome.as_of.isoformat(),
        "final": point.final,
        "source": outcome.source,
        "quote": outcome.quote,
        "found": _found(ref),
    }


def _plan_view(read: ReadRule, quotes: list[QuoteRef]) -> dict[str, Any]:
    plan = read.rule.plan
    parsed = read.plan
    quantity = parsed.quantity if parsed else None
    ref = next((q for q in quotes if q.role == "plan"), None)
    return {
        "value": plan.value,
        "target": None if quantity is None else decimal_text(quantity.value),
        "upper": None if quantity is None or quantity.upper is None else decimal_text(quantity.upper),
        "unit": None if quantity is None else quantity.unit,
        "comparator": (parsed.comparator.value if parsed else (plan.comparator.value if plan.comparator else None)),
        "deadline": None if parsed is None or parsed.deadline is None else parsed.deadline.isoformat(),
        "deadline_text": plan.deadline,
        "start": None if plan.start is None else plan.start.isoformat(),
        "source": plan.source,
        "quote": plan.quote,
        "found": _found(ref),
    }


def _found(ref: QuoteRef | None) -> dict[str, Any] | None:
    if ref is None:
        return None
    return {"release": ref.release_id, "title": ref.title, "published": ref.published,
            "file": ref.file, "line": ref.line, "col": ref.col}
