"""The scorecard a reader looks at first: per region and overall, how many targets fell due by
the report's date, how many of those were met, missed or not reported, and the share met
(兑现率). A target falls due when its deadline has passed; a rule without a deadline, or one
that could not be read, never does. A target met before its deadline is counted when it falls
due, so the share compares like with like across regions."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from checker.frozen import record
from checker.judge.pipeline import Audit
from checker.judge.verdict import Status, Verdict

BAR = 20  # characters in a bar: 5% each


@record
class Score:
    """How many targets of a region (or of all) are due, met and missed."""

    region: str  # "" for all regions together
    due: int
    met: int
    missed: int
    unreported: int
    other: int  # disputed, or pending while the report may still come

    @property
    def share_met(self) -> Decimal | None:
        return None if not self.due else (Decimal(self.met) / Decimal(self.due)).quantize(Decimal("0.0001"))

    def bar(self) -> str:
        """The share met as text blocks (█ met, ░ not), readable in any terminal and on GitHub."""
        if not self.due:
            return "·" * BAR
        full = round(BAR * self.met / self.due)
        return "█" * full + "░" * (BAR - full)

    def record(self) -> dict[str, Any]:
        share = self.share_met
        return {"due": self.due, "met": self.met, "missed": self.missed, "unreported": self.unreported,
                "other": self.other, "share_met": None if share is None else float(share)}


def _score(region: str, verdicts: list[Verdict], audit: Audit) -> Score:
    due = [v for v in verdicts if v.status.traits.judged and v.plan.deadline is not None
           and v.plan.deadline < audit.as_of]
    count = {status: sum(1 for v in due if v.status is status) for status in Status}
    return Score(region, len(due), count[Status.met], count[Status.missed], count[Status.unreported],
                 len(due) - count[Status.met] - count[Status.missed] - count[Status.unreported])


def scorecard(audit: Audit) -> tuple[Score, list[Score]]:
    """All regions together, and each region (in the order of the report)."""
    overall = _score("", list(audit.verdicts), audit)
    return overall, [_score(region, verdicts, audit) for region, verdicts in audit.by_region()]


def share_text(score: Score) -> str:
    """The share met in %, to a tenth, from the counts (not from share_met, rounded already: 6 of
    11 is 54.5%, not 54.6%)."""
    if not score.due:
        return "—"
    return f"{(Decimal(score.met * 100) / Decimal(score.due)).quantize(Decimal('0.1'), rounding=ROUND_HALF_UP)}%"
