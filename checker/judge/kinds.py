"""One definition per outcome kind: how it is read, what its quote must state, how it
counts toward a verdict, and how it is described.

The YAML names the kind by its field (`value: 27所`, `completion: 134.4%`, `achieved: true`,
`claim: exceeded`). A new kind is a member of `OutcomeKind` (checker/inputs/models.py, with
its field), a class here, its entry in `definition()`, and its phrases in checker/locale/.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from dataclasses import dataclass, field
from decimal import Decimal
from typing import TYPE_CHECKING

from typing_extensions import assert_never

from checker.diagnostics import CheckerError, Diagnostic, Severity
from checker.frozen import record
from checker.inputs.models import Claim, Comparator, Measure, OutcomeKind, Rule
from checker.inputs.rules import LoadedRule
from checker.judge.verdict import Basis, OutcomeReading, PlanReading, Point
from checker.language.decimals import scaled_text
from checker.language.interval import Interval
from checker.language.quantity import Qualifier, Quantity, parse_quantity
from checker.messages import Message, Term

if TYPE_CHECKING:  # the checks of quotes are imported where a quote is checked: a report needs none of them
    from checker.judge.stated import Quoted, Report


@record
class Counted:
    """What one outcome shows about its plan, on its own: a figure (to be added up or judged
    against the plan by checker/judge/evaluate.py), or a verdict it states."""

    satisfied: bool | None = None  # what a claim, milestone or ratio says; None: it cannot show it
    progress: Decimal | None = None
    amount: Interval | None = None  # a reported figure, in the plan's measure word


@dataclass
class Read:
    """An outcome's expression as read, with what is wrong with it."""

    reading: OutcomeReading
    diagnostics: list[Diagnostic] = field(default_factory=list)


class Kind(ABC):
    kind: OutcomeKind
    basis: Basis

    @abstractmethod
    def read(self, loaded: LoadedRule, index: int, plan: PlanReading) -> Read:
        """The outcome's expression read, with what is wrong with it."""

    @abstractmethod
    def check_quote(self, item: OutcomeReading, quoted: Quoted, rule: Rule, plan: PlanReading, report: Report,
                    where: tuple[object, ...]) -> None:
        """What its quote must state: each failure reported on the outcome's field."""

    @abstractmethod
    def count(self, reading: OutcomeReading, plan: PlanReading) -> Counted:
        """How this outcome counts toward the plan."""

    @abstractmethod
    def describe(self, point: Point) -> Message:
        """The outcome as a report shows it (without its date)."""


def _at(loaded: LoadedRule, index: int, name: str, message: Message,
        severity: Severity = Severity.error) -> Diagnostic:
    return loaded.diagnostic(message, "outcomes", index, name, severity=severity)


class ValueKind(Kind):
    kind = OutcomeKind.value
    basis = Basis.measured

    def read(self, loaded: LoadedRule, index: int, plan: PlanReading) -> Read:
        outcome = loaded.rule.outcomes[index]  # type: ignore[union-attr]
        read = Read(OutcomeReading(index, outcome))
        assert outcome.value is not None
        try:
            quantity = parse_quantity(outcome.value)
            quantity.dimension  # noqa: B018  (raises for an unknown measure word)
        except CheckerError as error:
            read.diagnostics.append(_at(loaded, index, "value", Message("outcome-value-unreadable",
                                                                        reason=error.message)))
            return read
        read.reading = OutcomeReading(index, outcome, quantity=quantity)
        target = plan.quantity
        if target is None:
            read.diagnostics.append(_at(loaded, index, "value", Message("outcome-value-no-plan-value",
                                                                        value=outcome.value)))
        elif not quantity.comparable_with(target):
            read.diagnostics.append(_at(loaded, index, "value", Message(
                "outcome-value-incomparable", value=outcome.value,
                unit=quantity.unit or Message("unit-pure-number"), dimension=Term("dimension", quantity.dimension),
                plan_value=plan.value, plan_unit=target.unit or Message("unit-pure-number"),
                plan_dimension=Term("dimension", target.dimension))))
        else:
            read.reading = OutcomeReading(index, outcome, quantity=quantity, amount=quantity.in_unit(target.unit))
            read.diagnostics += magnitude(loaded, quantity, plan.measure, Message("what-outcome-value"),
                                          ("outcomes", index, "value"))
        return read

    def check_quote(self, item: OutcomeReading, quoted: Quoted, rule: Rule, plan: PlanReading, report: Report,
                    where: tuple[object, ...]) -> None:
        from checker.judge.stated import (
            check_basis,
            check_built,
            check_counted_after,
            check_figure,
            check_kinds_counted,
            check_list_item,
            check_named_parts,
            check_one_of_joined,
            check_part,
            check_per,
            check_period,
            check_reported,
            check_scope,
            check_thing,
        )

        if item.quantity is not None:
            claim = check_figure(quoted, item.quantity, Message("what-outcome-value"), rule.indicator, plan.measure,
                                 report, (*where, "value"), increment=item.outcome.increment, nearby=True)
            if claim is not None:
                check_reported(quoted, claim, item.quantity, rule.plan.quote, report, (*where, "value"))
                check_period(quoted, claim, item.quantity, item.outcome.as_of, report, (*where, "value"),
                             rule.indicator)
                check_built(quoted, claim, item.quantity, rule.plan.quote, report, (*where, "value"),
                            item.outcome.as_of, rule.indicator)
                check_per(quoted, claim, item.quantity, rule.plan.quote, report, (*where, "value"), plan.quantity)
                check_part(quoted, claim, item.quantity, rule.indicator, report, (*where, "value"), rule.plan.quote)
                check_named_parts(quoted, claim, item.quantity, rule.indicator, report, (*where, "value"))
                if plan.measure is Measure.count:
                    check_thing(quoted, claim, item.quantity, rule.indicator, report, (*where, "value"),
                                rule.plan.quote)
                check_basis(quoted, claim, item.quantity, rule.indicator, report, (*where, "value"), rule.plan.quote)
                check_kinds_counted(quoted, claim, item.quantity, rule.indicator, report, (*where, "value"),
                                    rule.plan.quote)
                check_list_item(quoted, claim, item.quantity, rule.indicator, report, (*where, "value"))
                check_one_of_joined(quoted, claim, item.quantity, rule.indicator,
                                    plan.measure is Measure.count and plan.comparator in (
                                        Comparator.at_least, Comparator.more_than), report, (*where, "value"))
                check_counted_after(quoted, claim, item.quantity, rule.indicator, report, (*where, "value"))
                check_scope(quoted, claim, item.quantity, Message("what-outcome-value"), rule.region, rule.indicator,
                            report, (*where, "value"), plan_quote=rule.plan.quote)

    def count(self, reading: OutcomeReading, plan: PlanReading) -> Counted:
        return Counted(amount=None if reading.amount is None else Interval.of(reading.amount))

    def describe(self, point: Point) -> Message:
        assert point.figure is not None
        return Message("outcome-figure", figure=written(point.figure.as_quantity(point.unit)),
                       summed=Message("outcome-summed", count=point.summed) if point.summed > 1 else "")


class CompletionKind(Kind):
    kind = OutcomeKind.completion
    basis = Basis.derived

    def read(self, loaded: LoadedRule, index: int, plan: PlanReading) -> Read:
        outcome = loaded.rule.outcomes[index]  # type: ignore[union-attr]
        read = Read(OutcomeReading(index, outcome))
        assert outcome.completion is not None
        try:
            ratio = parse_quantity(outcome.completion)
        except CheckerError as error:
            read.diagnostics.append(_at(loaded, index, "completion", Message("outcome-completion-unreadable",
                                                                             reason=error.message)))
            return read
        if ratio.unit != "%" or ratio.qualifier is not Qualifier.EXACT:
            read.diagnostics.append(_at(loaded, index, "completion", Message("outcome-completion-not-plain",
                                                                             completion=outcome.completion)))
        else:
            read.reading = OutcomeReading(index, outcome, ratio=ratio.value)
        return read

    def check_quote(self, item: OutcomeReading, quoted: Quoted, rule: Rule, plan: PlanReading, report: Report,
                    where: tuple[object, ...]) -> None:
        from checker.judge.stated import check_about, check_completion, check_ratio_stage, check_whose_target

        if item.ratio is not None:
            check_completion(quoted, item.ratio, item.outcome, rule.indicator, report, where)
            check_ratio_stage(quoted, item.outcome.completion or "", rule.plan.quote, report, (*where, "completion"))
            check_about(quoted, rule.indicator, Message("what-outcome-completion"), report, (*where, "completion"),
                        plan_quote=rule.plan.quote)
            check_whose_target(quoted, rule.plan, plan.quantity, plan.comparator, (plan.start, plan.deadline),
                               rule.indicator, rule.region, report, (*where, "completion"), done=item.ratio >= 100,
                               ratio=True)

    def count(self, reading: OutcomeReading, plan: PlanReading) -> Counted:
        if reading.ratio is None:
            return Counted(None)
        return Counted(reading.ratio >= 100, reading.ratio / 100)

    def describe(self, point: Point) -> Message:
        return Message("outcome-completion", completion=point.reading.outcome.completion)


class AchievedKind(Kind):
    kind = OutcomeKind.achieved
    basis = Basis.claimed

    def check_quote(self, item: OutcomeReading, quoted: Quoted, rule: Rule, plan: PlanReading, report: Report,
                    where: tuple[object, ...]) -> None:
        from checker.judge.stated import check_about, check_achieved, check_all_done, check_whose_target

        assert item.outcome.achieved is not None
        check_achieved(quoted, item.outcome.achieved, report, where, rule.plan.quote)
        check_about(quoted, rule.indicator, Message("what-outcome-achieved"), report, (*where, "achieved"),
                    done=item.outcome.achieved, plan_quote=rule.plan.quote)
        if item.outcome.achieved:
            check_all_done(quoted, Message("what-outcome-achieved"), report, (*where, "achieved"), rule.plan.quote)
            # (其中龙海区、漳浦县…实现全覆盖, after 全市…覆盖率为96.4%: whose it is, and what its sentence gives; not
            # 淇县特殊教育学校建成挂牌,完成“20万人口以上的县区特殊教育学校全覆盖”的目标任务, a place's step that
            # completes the target the quote goes on to name)
            said = "".join(quoted.text.split())
            comma = max(said.find(","), said.find("，"))
            completes = comma >= 0 and "".join(rule.indicator.split()) in said[comma + 1:]
            check_whose_target(quoted, rule.plan, plan.quantity, plan.comparator, (plan.start, plan.deadline),
                               rule.indicator, rule.region, report, (*where, "achieved"), places=not completes)

    def read(self, loaded: LoadedRule, index: int, plan: PlanReading) -> Read:
        return Read(OutcomeReading(index, loaded.rule.outcomes[index]))  # type: ignore[union-attr]

    def count(self, reading: OutcomeReading, plan: PlanReading) -> Counted:
        return Counted(reading.outcome.achieved)

    def describe(self, point: Point) -> Message:
        return Message("outcome-achieved" if point.reading.outcome.achieved else "outcome-not-achieved")


class ClaimKind(Kind):
    kind = OutcomeKind.claim
    basis = Basis.claimed

    def check_quote(self, item: OutcomeReading, quoted: Quoted, rule: Rule, plan: PlanReading, report: Report,
                    where: tuple[object, ...]) -> None:
        from checker.judge.stated import check_about, check_all_done, check_claim, check_whose_target

        assert item.outcome.claim is not None
        check_claim(quoted, item.outcome.claim, report, where, rule.plan.quote)
        check_about(quoted, rule.indicator, Message("what-outcome-claim"), report, (*where, "claim"),
                    done=item.outcome.claim in (Claim.met, Claim.exceeded), plan_quote=rule.plan.quote)
        if item.outcome.claim in (Claim.met, Claim.exceeded):
            check_all_done(quoted, Message("what-outcome-claim"), report, (*where, "claim"), rule.plan.quote)
            check_whose_target(quoted, rule.plan, plan.quantity, plan.comparator, (plan.start, plan.deadline),
                               rule.indicator, rule.region, report, (*where, "claim"))

    def read(self, loaded: LoadedRule, index: int, plan: PlanReading) -> Read:
        return Read(OutcomeReading(index, loaded.rule.outcomes[index]))  # type: ignore[union-attr]

    def count(self, reading: OutcomeReading, plan: PlanReading) -> Counted:
        return Counted(reading.outcome.claim in (Claim.met, Claim.exceeded))

    def describe(self, point: Point) -> Message:
        claim = point.reading.outcome.claim
        assert claim is not None
        return Message(f"outcome-claimed-{claim.value}")


_KINDS: dict[OutcomeKind, Kind] = {}


def definition(kind: OutcomeKind) -> Kind:
    """The definition of an outcome kind (every kind has one: mypy checks the match)."""
    if kind not in _KINDS:
        match kind:
            case OutcomeKind.value:
                _KINDS[kind] = ValueKind()
            case OutcomeKind.completion:
                _KINDS[kind] = CompletionKind()
            case OutcomeKind.achieved:
                _KINDS[kind] = AchievedKind()
            case OutcomeKind.claim:
                _KINDS[kind] = ClaimKind()
            case _:
                assert_never(kind)
    return _KINDS[kind]


# --- shared by the kinds and the plan --------------------------------------------------------

def magnitude(loaded: LoadedRule, quantity: Quantity, measure: Measure, what: Message,
              path: tuple[object, ...]) -> list[Diagnostic]:
    """A count below zero cannot be; a share above 100% should not be (but a ratio can)."""
    found = []
    if measure is Measure.count and quantity.value < 0:
        found.append(loaded.diagnostic(Message("value-negative", what=what, text=quantity.text), *path))
    if measure is Measure.level and quantity.unit == "%" and quantity.value > 100:
        found.append(loaded.diagnostic(Message("value-over-100", what=what, text=quantity.text), *path,
                                       severity=Severity.warning))
    return found


def satisfies(figure: Interval, plan: Quantity, comparator: Comparator) -> bool | None:
    """Does the reported figure prove the plan met (True), prove it short (False), or neither?
    A qualified figure is an interval (checker/language/interval.py); only what it proves counts."""
    target = plan.value
    match comparator:
        case Comparator.at_least:
            return figure.at_least(target)
        case Comparator.more_than:
            return figure.at_least(target, strict=True)
        case Comparator.at_most:
            return figure.at_most(target)
        case Comparator.less_than:
            return figure.at_most(target, strict=True)
        case Comparator.exactly:
            if figure.exact:
                return figure.low == target
            return False if figure.at_least(target, strict=True) or figure.at_most(target, strict=True) else None
        case Comparator.between:
            assert plan.upper is not None
            above, below = figure.at_least(target), figure.at_most(plan.upper)
            if above is False or below is False:
                return False
            if above and below:
                return True
            return None
        case _:
            assert_never(comparator)


def progress(figure: Interval, plan: Quantity, comparator: Comparator) -> Decimal | None:
    """Outcome ÷ target, where both are single numbers and the target is a floor above zero."""
    if comparator in (Comparator.at_most, Comparator.less_than) or plan.value <= 0 or not figure.exact:
        return None  # progress toward a ceiling, toward zero, or of a range means nothing
    assert figure.low is not None
    return figure.low / plan.value


def written(quantity: Quantity) -> str:
    """A figure the way a report shows it: 3.6万个, 20–30所, >7万人, <7万人, ≈8000人."""
    mark = {Qualifier.MORE_THAN: ">", Qualifier.AT_LEAST: "≥", Qualifier.LESS_THAN: "<",
            Qualifier.AT_MOST: "≤", Qualifier.ABOUT: "≈"}.get(quantity.qualifier, "")
    upper = "" if quantity.upper is None else f"–{scaled_text(quantity.upper)}"
    return f"{mark}{scaled_text(quantity.value)}{upper}{quantity.unit}"
