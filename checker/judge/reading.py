"""A validated rule's expressions → quantities and dates (the step between load and evaluate).

Anything unreadable is a diagnostic on the rule, at the line of the field, so the rule is
shown as `invalid` with the reason instead of stopping the run.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from checker.diagnostics import CheckerError, Diagnostic
from checker.inputs.models import Comparator, Measure, Rule
from checker.inputs.rules import LoadedRule
from checker.judge.kinds import definition, magnitude
from checker.judge.verdict import OutcomeReading, PlanReading
from checker.language.periods import parse_period
from checker.language.quantity import Qualifier, parse_quantity
from checker.messages import Message

DEFAULT_COMPARATOR = {
    Qualifier.AT_LEAST: Comparator.at_least,
    Qualifier.MORE_THAN: Comparator.more_than,
    Qualifier.AT_MOST: Comparator.at_most,
    Qualifier.LESS_THAN: Comparator.less_than,
    Qualifier.RANGE: Comparator.between,
}


@dataclass(frozen=True)
class RuleReading:
    loaded: LoadedRule
    rule: Rule
    plan: PlanReading
    outcomes: tuple[OutcomeReading, ...]
    diagnostics: tuple[Diagnostic, ...]


def read_rule(loaded: LoadedRule) -> RuleReading:
    rule = loaded.rule
    assert rule is not None
    diagnostics: list[Diagnostic] = []
    plan = rule.plan
    quantity = None
    if plan.value is not None:
        try:
            quantity = parse_quantity(plan.value)
            quantity.dimension  # noqa: B018  (raises for an unknown measure word)
        except CheckerError as error:
            quantity = None
            diagnostics.append(loaded.diagnostic(Message("plan-value-unreadable", reason=error.message),
                                                 "plan", "value"))
    if quantity is not None:
        diagnostics += magnitude(loaded, quantity, rule.measure, Message("what-plan-value"), ("plan", "value"))
    comparator = plan.comparator or (DEFAULT_COMPARATOR.get(quantity.qualifier, Comparator.at_least)
                                     if quantity else Comparator.at_least)
    if comparator is Comparator.between and quantity is not None and quantity.upper is None:
        diagnostics.append(loaded.diagnostic(Message("plan-between-needs-range"), "plan", "comparator"))
    deadline = None
    if plan.deadline is not None:
        try:
            deadline = parse_period(plan.deadline).end
        except CheckerError as error:
            diagnostics.append(loaded.diagnostic(Message("plan-deadline-unreadable", reason=error.message),
                                                 "plan", "deadline"))
    if deadline is not None and plan.start is not None and plan.start >= deadline:
        diagnostics.append(loaded.diagnostic(Message("plan-start-not-before-deadline", start=plan.start,
                                                     deadline=deadline), "plan", "start"))
    reading = PlanReading(plan.value, quantity, comparator, deadline, plan.deadline, plan.start, plan.source,
                          plan.quote, rule.measure)

    outcomes = []
    for index, outcome in enumerate(rule.outcomes):
        if outcome.increment and rule.measure is Measure.level:
            diagnostics.append(loaded.diagnostic(Message("outcome-increment-on-level"),
                                                 "outcomes", index, "increment"))
        read = definition(outcome.kind).read(loaded, index, reading)
        diagnostics += read.diagnostics
        outcomes.append(read.reading)
    return RuleReading(loaded, rule, reading, tuple(outcomes), tuple(diagnostics))


def plan_as_written(raw: dict[str, Any]) -> PlanReading:
    """What can be shown of the plan of a rule that could not be read: its texts as written."""
    plan = raw.get("plan") if isinstance(raw.get("plan"), dict) else {}
    assert isinstance(plan, dict)

    def text(key: str) -> str | None:
        value = plan.get(key)
        return value if isinstance(value, str) else None

    comparator = text("comparator")
    start = text("start")
    return PlanReading(
        value=text("value"), quantity=None,
        comparator=Comparator(comparator) if comparator in Comparator.__members__ else None,
        deadline=None, deadline_text=text("deadline"), start=_date(start), source=text("source"),
        quote=text("quote"),
        measure=Measure.level if raw.get("measure") == "level" else Measure.count,
    )


def _date(value: str | None) -> date | None:
    try:
        return None if value is None else date.fromisoformat(value)
    except ValueError:
        return None

