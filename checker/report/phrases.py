"""Short texts shared by every renderer: how a target, a deadline, an outcome and a status read."""

from __future__ import annotations

from decimal import ROUND_FLOOR, Decimal

from typing_extensions import assert_never

from checker.inputs.models import Comparator
from checker.judge.verdict import BASELINE, QuoteRef, Status, Verdict
from checker.language.decimals import scaled_text
from checker.locale import Words
from checker.report.record import describe_outcome, progress_number


def comparator_mark(comparator: Comparator | None) -> str:
    match comparator:
        case Comparator.at_least:
            return "≥"
        case Comparator.more_than:
            return ">"
        case Comparator.at_most:
            return "≤"
        case Comparator.less_than:
            return "<"
        case Comparator.exactly:
            return "="
        case Comparator.between | None:
            return ""
        case _:
            assert_never(comparator)


def target_text(verdict: Verdict, words: Words) -> str:
    plan = verdict.plan
    if not plan.value:
        return words("target.none")
    quantity = plan.quantity
    if quantity is None:
        return plan.value
    upper = f"–{scaled_text(quantity.upper)}" if quantity.upper is not None else ""
    return f"{comparator_mark(plan.comparator)}{scaled_text(quantity.value)}{upper}{quantity.unit}"


def deadline_text(verdict: Verdict, words: Words) -> str:
    plan = verdict.plan
    if plan.deadline is None:
        return words("deadline.none") if verdict.status is not Status.invalid else str(plan.deadline_text or "?")
    return plan.deadline.isoformat()


def outcome_text(verdict: Verdict, words: Words, separator: str | None = None) -> str:
    point = verdict.decided_by
    if point is None:
        return "—"
    stage = "" if point.final else words("outcome.interim")
    separator = words("outcome.separator") if separator is None else separator
    return words.message(describe_outcome(point)) + separator + words("outcome.when", as_of=point.as_of.isoformat(),
                                                                     stage=stage)


def progress_text(verdict: Verdict) -> str:
    number = progress_number(verdict.progress)  # the figure the JSON report holds
    if number is None:
        return "—"
    shown = f"{number * 100:.1f}"
    if verdict.status is not Status.met and number < 1 and float(shown) >= 100:  # never 100% unless met
        shown = str((Decimal(str(number)) * 100).quantize(Decimal("0.1"), rounding=ROUND_FLOOR))
    return f"{shown}%"


def status_text(verdict: Verdict, words: Words, separator: str | None = None) -> str:
    """The status with what qualifies it (late, report due, the trend), joined by `separator`
    (a line break in the table; the language's list separator elsewhere)."""
    separator = words("list.separator") if separator is None else separator
    text = words(f"status.{verdict.status.value}")
    if verdict.late:
        text += words("status.late")
    if verdict.awaiting:
        text += separator + words("status.report-due")  # deadline passed; within the grace period
    if verdict.trend:
        text += separator + words(f"trend.{verdict.trend.value}")
    return text


def basis_text(verdict: Verdict, words: Words) -> str:
    return "—" if verdict.basis is None else words(f"basis.{verdict.basis.value}")


def quote_label(quote: QuoteRef, words: Words, *, capital: bool) -> str:
    key = "quote.plan" if quote.outcome is None else "quote.baseline" if quote.outcome == BASELINE else "quote.outcome"
    return words(key + (".heading" if capital else ""), n=(quote.outcome or 0) + 1)
