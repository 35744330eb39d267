"""Short texts shared by every renderer: how a target, a deadline and an outcome read."""

from __future__ import annotations

from decimal import Decimal

from checker.evaluate import Verdict
from checker.quantity import scaled_text

ORDER = ("missed", "unreported", "pending", "met", "invalid")  # what a reader needs first
COMPARATOR_MARKS = {
    "at_least": "≥", "more_than": ">", "at_most": "≤", "less_than": "<", "exactly": "=", "between": "",
}


def target_text(verdict: Verdict) -> str:
    plan = verdict.plan
    value = plan.get("value")
    if not value:
        return "no number"
    if plan.get("target") is None:
        return str(value)
    mark = COMPARATOR_MARKS.get(str(plan.get("comparator")), "")
    upper = plan.get("upper")
    number = _scaled(plan["target"]) + (f"–{_scaled(upper)}" if upper else "")
    return f"{mark}{number}{plan.get('unit') or ''}"


def deadline_text(verdict: Verdict) -> str:
    plan = verdict.plan
    deadline = plan.get("deadline")
    written = plan.get("deadline_text")
    if deadline is None:
        return "none stated" if verdict.status != "invalid" else str(written or "?")
    return str(deadline)


def outcome_text(verdict: Verdict, separator: str = " ") -> str:
    outcome = verdict.outcome
    if outcome is None:
        return "—"
    kind = outcome["kind"]
    if kind == "value":
        figure = outcome["figure"]
        summed = outcome.get("summed") or 1
        text = f"{_scaled(figure)}{outcome.get('unit') or ''}" + (f" (sum of {summed})" if summed > 1 else "")
    elif kind == "completion":
        text = f"{outcome['completion']} of target"
    elif kind == "achieved":
        text = "achieved" if outcome["achieved"] else "not achieved"
    else:
        text = {"met": "claimed met", "exceeded": "claimed exceeded", "not_met": "claimed not met"}[outcome["claim"]]
    stage = "" if outcome["final"] else ", interim"
    return f"{text}{separator}({outcome['as_of']}{stage})"


def progress_text(verdict: Verdict) -> str:
    if verdict.progress is None:
        return "—"
    return f"{verdict.progress * 100:.1f}%"


def status_text(verdict: Verdict, separator: str = ", ") -> str:
    text = verdict.status
    if verdict.late:
        text += " (late)"
    if verdict.awaiting:
        text += separator + "report due"  # deadline passed; within the grace period
    if verdict.trend:
        text += separator + verdict.trend.replace("_", " ")
    return text


def _scaled(decimal_string: str) -> str:
    return scaled_text(Decimal(decimal_string))
