"""A validated rule's expressions → quantities and dates (the step between load and evaluate).

Anything unreadable becomes a problem on the rule, at the line of the field, so the rule
is shown as `invalid` with the reason instead of stopping the run.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from checker.errors import CheckerError
from checker.loading import LoadedRule, Problem
from checker.models import Comparator, Measure, Outcome, Rule
from checker.periods import parse_period
from checker.quantity import Qualifier, Quantity, parse_quantity
from checker.units import dimension_of, in_unit_of

DEFAULT_COMPARATOR = {
    Qualifier.AT_LEAST: Comparator.at_least,
    Qualifier.MORE_THAN: Comparator.more_than,
    Qualifier.AT_MOST: Comparator.at_most,
    Qualifier.LESS_THAN: Comparator.less_than,
    Qualifier.RANGE: Comparator.between,
}


@dataclass
class ReadPlan:
    quantity: Quantity | None
    comparator: Comparator
    deadline: date | None
    start: date | None


@dataclass
class ReadOutcome:
    index: int
    outcome: Outcome
    quantity: Quantity | None = None  # a value outcome, as written
    amount: Decimal | None = None  # that value in the plan's measure word
    ratio: Decimal | None = None  # a completion outcome, in percent


@dataclass
class ReadRule:
    loaded: LoadedRule
    rule: Rule
    plan: ReadPlan | None = None
    outcomes: list[ReadOutcome] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)


def read_rule(loaded: LoadedRule, rule: Rule) -> ReadRule:
    read = ReadRule(loaded, rule)
    plan = rule.plan
    quantity = None
    if plan.value is not None:
        try:
            quantity = parse_quantity(plan.value)
            dimension_of(quantity.unit)
        except CheckerError as error:
            read.problems.append(loaded.problem(f"plan value: {error.message}", "plan", "value"))
    if quantity is not None:
        _check_magnitude(read, quantity, "plan value", ("plan", "value"))
    comparator = plan.comparator or (DEFAULT_COMPARATOR.get(quantity.qualifier, Comparator.at_least)
                                     if quantity else Comparator.at_least)
    if comparator is Comparator.between and quantity is not None and quantity.upper is None:
        read.problems.append(loaded.problem(
            "comparator `between` needs a range as the plan value, e.g. 2至3个", "plan", "comparator"))
    deadline = None
    if plan.deadline is not None:
        try:
            deadline = parse_period(plan.deadline).end
        except CheckerError as error:
            read.problems.append(loaded.problem(f"plan deadline: {error.message}", "plan", "deadline"))
    if deadline is not None and plan.start is not None and plan.start >= deadline:
        read.problems.append(loaded.problem(
            f"plan start {plan.start} is not before its deadline {deadline}", "plan", "start"))
    read.plan = ReadPlan(quantity, comparator, deadline, plan.start)

    for index, outcome in enumerate(rule.outcomes):
        item = ReadOutcome(index, outcome)
        where = ("outcomes", index)
        if outcome.increment and rule.measure is Measure.level:
            read.problems.append(loaded.problem(
                "`increment: true` adds figures up, which a level (a share, a rate) does not do; "
                "remove it or make the rule `measure: count`", *where, "increment"))
        if outcome.value is not None:
            try:
                item.quantity = parse_quantity(outcome.value)
                dimension_of(item.quantity.unit)
            except CheckerError as error:
                read.problems.append(loaded.problem(f"outcome value: {error.message}", *where, "value"))
            else:
                if quantity is None:
                    read.problems.append(loaded.problem(
                        f"outcome value {outcome.value} has no plan value to be compared with; give the plan "
                        "a value, or report this outcome as completion, achieved or claim", *where, "value"))
                elif dimension_of(quantity.unit) != dimension_of(item.quantity.unit):
                    read.problems.append(loaded.problem(
                        f"outcome value {outcome.value} ({item.quantity.unit or 'a pure number'}, counts "
                        f"{dimension_of(item.quantity.unit)}) cannot be compared with plan value {plan.value} "
                        f"({quantity.unit or 'a pure number'}, counts {dimension_of(quantity.unit)})",
                        *where, "value"))
                else:
                    item.amount = in_unit_of(item.quantity.value, item.quantity.unit, quantity.unit)
                    _check_magnitude(read, item.quantity, "outcome value", (*where, "value"))
        if outcome.completion is not None:
            try:
                ratio = parse_quantity(outcome.completion)
            except CheckerError as error:
                read.problems.append(loaded.problem(f"outcome completion: {error.message}", *where, "completion"))
            else:
                if ratio.unit != "%" or ratio.qualifier is not Qualifier.EXACT:
                    read.problems.append(loaded.problem(
                        f"outcome completion {outcome.completion!r} must be a plain percentage such as 134.4%",
                        *where, "completion"))
                else:
                    item.ratio = ratio.value
        read.outcomes.append(item)
    return read


def _check_magnitude(read: ReadRule, quantity: Quantity, what: str, path: tuple[object, ...]) -> None:
    """A count below zero cannot be; a share above 100% should not be (but a ratio can)."""
    if read.rule.measure is Measure.count and quantity.value < 0:
        read.problems.append(read.loaded.problem(
            f"{what} {quantity.text} is negative: a count cannot be below zero (a decrease is a "
            "`measure: level` rule, or a value in 个百分点)", *path))
    if read.rule.measure is Measure.level and quantity.unit == "%" and quantity.value > 100:
        read.warnings.append(read.loaded.problem(
            f"{what} {quantity.text} is over 100%, which a share or a coverage rate cannot be; check it",
            *path, severity="warning"))
