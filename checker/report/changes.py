"""What changed between two reports: the section a reviewer reads first in a pull request.

Works on result keys (id, region, indicator, status): those of the audit being reported
(from `result_record`) and those of a saved JSON report (from `read_report`), so a report
saved on the main branch can be compared with the one a pull request produces.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import Enum
from typing import TYPE_CHECKING

from typing_extensions import assert_never

from checker.frozen import record
from checker.judge.verdict import Status

if TYPE_CHECKING:
    from checker.report.record import ChangesRecord, ResultKey


@record
class Change:
    id: str
    region: str
    indicator: str
    before: Status | None  # None: a new rule
    after: Status | None  # None: a removed rule

    @property
    def worse(self) -> bool:
        """Lower in the status ranking (`rank`, worst first: missed, disputed, invalid, unreported,
        pending, met) than before; a new rule is worse when it ranks with invalid or below it
        (missed, disputed, invalid). A removed rule is not worse: it is a change all the same."""
        if self.after is None:
            return False
        if self.before is None:
            return self.after.traits.rank <= Status.invalid.traits.rank
        return self.after.traits.rank < self.before.traits.rank


class ChangeGate(str, Enum):
    """`checker diff --fail-on-change`: which changes make the exit code 1."""

    none = "none"
    worse = "worse"
    any = "any"


@dataclass
class Changes:
    baseline_as_of: str
    as_of: str
    changed: list[Change] = field(default_factory=list)
    unchanged: list[Change] = field(default_factory=list)

    @property
    def worse(self) -> list[Change]:
        return [change for change in self.changed if change.worse]

    def failing(self, gate: ChangeGate) -> list[Change]:
        """The changes that fail a run under `gate`."""
        match gate:
            case ChangeGate.none:
                return []
            case ChangeGate.worse:
                return self.worse
            case ChangeGate.any:
                return list(self.changed)
            case _:
                assert_never(gate)

    def record(self) -> ChangesRecord:
        return {
            "baseline_as_of": self.baseline_as_of,
            "as_of": self.as_of,
            "changed": [{"id": c.id, "region": c.region, "indicator": c.indicator, "before": c.before,
                         "after": c.after} for c in self.changed],
            "unchanged": [{"id": c.id, "status": c.after} for c in self.unchanged],
        }


def compare(old: Sequence[ResultKey], new: Sequence[ResultKey], old_as_of: str, new_as_of: str) -> Changes:
    before = {r["id"]: r for r in old}
    after = {r["id"]: r for r in new}
    changes = Changes(old_as_of, new_as_of)
    for rule_id in sorted(set(before) | set(after)):
        was, now = before.get(rule_id), after.get(rule_id)
        shown = now or was
        assert shown is not None
        change = Change(rule_id, shown["region"], shown["indicator"], was["status"] if was else None,
                        now["status"] if now else None)
        (changes.unchanged if change.before == change.after else changes.changed).append(change)
    # a reviewer reads the worst news first: new misses, then lost ground, new rules, the rest
    changes.changed.sort(key=lambda c: (c.after.traits.rank if c.after else len(Status), c.id))
    return changes
