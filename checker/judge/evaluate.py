"""Judge one rule as of a date. Pure: no I/O, no printing; the inputs decide the verdict.

- Only outcomes from releases published on or before the as-of date count.
- An outcome is final when the date its figure refers to is on or after the deadline,
  interim otherwise; an interim figure never proves a plan missed.
- count plans are met once their (summed) figure satisfies the plan, at any time;
  level plans by their first final figure; milestones by `achieved`; completion ratios
  at 100%; claims of met or exceeded.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from datetime import date, timedelta

from checker.diagnostics import Diagnostic, Severity
from checker.inputs.rules import LoadedRule
from checker.judge.evidence import Evidence
from checker.judge.kinds import Tally, definition
from checker.judge.reading import RuleReading, plan_as_written
from checker.judge.verdict import OutcomeReading, PlanReading, Point, Status, Trend, Verdict
from checker.messages import Message


def invalid_verdict(loaded: LoadedRule) -> Verdict:
    """A rule that could not be loaded: what was written, and why it cannot be judged."""
    raw = loaded.raw
    return Verdict(loaded.id, str(raw.get("region") or "?"), str(raw.get("indicator") or "?"), loaded.position(),
                   Status.invalid, plan_as_written(raw), diagnostics=loaded.diagnostics)


def evaluate(reading: RuleReading, evidence: Evidence, published: Mapping[str, date], as_of: date,
             grace_days: int) -> Verdict:
    rule = reading.rule
    plan = reading.plan
    diagnostics = [*reading.diagnostics, *evidence.diagnostics]
    verdict = Verdict(rule.id, rule.region, rule.indicator, reading.loaded.position(), Status.invalid, plan,
                      quotes=evidence.quotes)

    def done(**changes: object) -> Verdict:
        return replace(verdict, diagnostics=tuple(diagnostics), **changes)  # type: ignore[arg-type]

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
    points = _points(plan, visible)

    met_point = _met(points, plan.level_like)
    finals = [p for p in points if p.final]
    if met_point is not None:
        return done(status=Status.met, late=deadline is not None and met_point.as_of > deadline, **_shown(met_point))

    if finals:
        judged = finals[0] if plan.level_like else finals[-1]
        if judged.satisfied is False:
            return done(status=Status.missed, **_shown(judged))

    latest = points[-1] if points else None
    shown = _shown(latest) if latest is not None else {}
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
        explanation = Message("no-final-figure" if latest is None else "no-final-figure-interim-shown")
    if finals and finals[-1].satisfied is None:
        explanation = Message("final-figure-undecided")
    trend = _trend(plan, latest) if status is Status.pending else None
    return done(status=status, awaiting=awaiting, explanation=explanation, trend=trend, **shown)


def _after(day: date, days: int) -> date:
    try:
        return day + timedelta(days=days)
    except OverflowError:
        return date.max


def _points(plan: PlanReading, visible: list[OutcomeReading]) -> list[Point]:
    tally = Tally()
    points = []
    for item in sorted(visible, key=lambda it: (it.outcome.as_of, it.index)):
        kind = definition(item.kind)
        counted = kind.count(item, plan, tally)
        final = plan.deadline is not None and item.outcome.as_of >= plan.deadline
        points.append(Point(item, item.outcome.as_of, final, counted.satisfied, counted.progress, kind.basis,
                            counted.figure, counted.summed))
    return points


def _met(points: list[Point], level_like: bool) -> Point | None:
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


def _shown(point: Point) -> dict[str, object]:
    return {"decided_by": point, "basis": point.basis, "progress": point.progress}


def _trend(plan: PlanReading, latest: Point | None) -> Trend | None:
    if latest is None:
        return None
    if plan.level_like and latest.satisfied:
        return Trend.on_track  # reached before the deadline; it can still fall back
    start, deadline = plan.start, plan.deadline
    if start is None or deadline is None or latest.progress is None:
        return None
    elapsed = (latest.as_of - start).days / max((deadline - start).days, 1)
    if elapsed <= 0:
        return None
    ratio = float(latest.progress) / min(elapsed, 1.0)
    if ratio >= 0.95:
        return Trend.on_track
    if ratio >= 0.6:
        return Trend.at_risk
    return Trend.off_track
