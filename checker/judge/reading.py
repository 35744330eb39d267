"""A validated rule's expressions → quantities and dates (the step between load and evaluate).

Anything unreadable is a diagnostic on the rule, at the line of the field, so the rule is
shown as `invalid` with the reason instead of stopping the run.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date
from typing import Any

from checker.diagnostics import CheckerError, Diagnostic
from checker.frozen import record
from checker.inputs.models import Comparator, Measure, Rule
from checker.inputs.rules import LoadedRule
from checker.judge.kinds import definition, magnitude
from checker.judge.verdict import OutcomeReading, PlanReading
from checker.language.periods import parse_period
from checker.language.quantity import Qualifier, Quantity, parse_quantity
from checker.messages import Message

SHARES = ("%", "‰", "个百分点")  # a target in these is a level unless the rule says it is a count
PER_HEAD = ("每千人口", "每千名", "每万人", "每十万人", "每百户", "人均")  # and one per head (每千人口6.5张)
DEFAULT_COMPARATOR = {
    Qualifier.AT_LEAST: Comparator.at_least,
    Qualifier.MORE_THAN: Comparator.more_than,
    Qualifier.AT_MOST: Comparator.at_most,
    Qualifier.LESS_THAN: Comparator.less_than,
    Qualifier.RANGE: Comparator.between,
}


@record
class RuleReading:
    """A rule with its plan and outcomes read (figures, dates), before any evidence is looked at."""

    loaded: LoadedRule
    rule: Rule
    plan: PlanReading
    outcomes: tuple[OutcomeReading, ...]
    diagnostics: tuple[Diagnostic, ...]


def read_rule(loaded: LoadedRule, published: Mapping[str, date] | None = None) -> RuleReading:
    """`published`: the date of each release by id, so that a deadline written relative to the
    plan's release (今年, 年内, 秋季开学前) is read against the date of the release its `source:`
    names; without it (or where that release is unknown) such a deadline is unreadable."""
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
    per_head = any(word in "".join(plan.quote.split()) for word in PER_HEAD)
    measure = rule.measure or (Measure.level if quantity is not None and (quantity.unit in SHARES or per_head)
                               else Measure.count)
    if quantity is not None:
        diagnostics += magnitude(loaded, quantity, measure, Message("what-plan-value"), ("plan", "value"))
        if quantity.qualifier in (Qualifier.ABOUT, Qualifier.NEARLY) and plan.comparator is None:
            diagnostics.append(loaded.diagnostic(Message("plan-approximate-needs-comparator", stated=plan.value),
                                                 "plan", "value"))
    comparator = plan.comparator or (DEFAULT_COMPARATOR.get(quantity.qualifier, Comparator.at_least)
                                     if quantity else Comparator.at_least)
    if comparator is Comparator.between and quantity is not None and quantity.upper is None:
        diagnostics.append(loaded.diagnostic(Message("plan-between-needs-range"), "plan", "comparator"))
    deadline = start = None
    if plan.deadline is not None:
        try:
            set_on = (published or {}).get(plan.source)
            period = parse_period(plan.deadline, set_on)
            deadline, start = period.end, period.start  # 2025年至2027年 begins in 2025
            if start is not None and set_on is not None and (start - set_on).days > 366 \
                    and not re.search(r"[至到—–~-]", plan.deadline):
                # 2025年 in a plan of 2021 (到2025年，建成…10个): by the end of 2025, not in 2025 alone
                start = None
        except CheckerError as error:
            diagnostics.append(loaded.diagnostic(Message("plan-deadline-unreadable", reason=error.message),
                                                 "plan", "deadline"))
    start = plan.start or start
    if deadline is not None and start is not None and start >= deadline:
        diagnostics.append(loaded.diagnostic(Message("plan-start-not-before-deadline", start=start,
                                                     deadline=deadline), "plan", "start"))
    baseline = _baseline(loaded, quantity, diagnostics)
    reading = PlanReading(plan.value, quantity, comparator, deadline, plan.deadline, start, plan.source,
                          plan.quote, measure, baseline, plan.baseline)

    outcomes = []
    for index, outcome in enumerate(rule.outcomes):
        if outcome.increment and measure is Measure.level:
            diagnostics.append(loaded.diagnostic(Message("outcome-increment-on-level"),
                                                 "outcomes", index, "increment"))
        read = definition(outcome.kind).read(loaded, index, reading)
        diagnostics += read.diagnostics
        outcomes.append(read.reading)
    return RuleReading(loaded, rule, reading, tuple(outcomes), tuple(diagnostics))


def _baseline(loaded: LoadedRule, target: Quantity | None, diagnostics: list[Diagnostic]) -> Quantity | None:
    """The plan's baseline in the target's measure word (None where there is none, or it cannot be read)."""
    assert loaded.rule is not None
    baseline = loaded.rule.plan.baseline
    if baseline is None:
        return None
    try:
        quantity = parse_quantity(baseline.value)
        quantity.dimension  # noqa: B018
    except CheckerError as error:
        diagnostics.append(loaded.diagnostic(Message("baseline-unreadable", reason=error.message),
                                             "plan", "baseline", "value"))
        return None
    if target is None or not quantity.comparable_with(target):
        diagnostics.append(loaded.diagnostic(Message("baseline-incomparable", baseline=baseline.value,
                                                     plan_value=loaded.rule.plan.value or "—"),
                                             "plan", "baseline", "value"))
        return None
    return quantity.in_unit(target.unit)


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

