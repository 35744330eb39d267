"""What changed between two reports: the section a reviewer reads first in a pull request.

Works on JSON reports (the baseline is an earlier `--format json` report), so a report
saved on the main branch can be compared with the one a pull request produces.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from checker.errors import CheckerError

STATUSES = ("met", "missed", "pending", "unreported", "invalid")


@dataclass(frozen=True)
class Change:
    id: str
    region: str
    indicator: str
    before: str | None  # None: a new rule
    after: str | None  # None: a removed rule

    @property
    def label(self) -> str:
        if self.before is None:
            return f"new → {self.after}"
        if self.after is None:
            return f"{self.before} → removed"
        return f"{self.before} → {self.after}"


@dataclass
class Changes:
    baseline_as_of: str
    as_of: str
    changed: list[Change] = field(default_factory=list)
    unchanged: list[Change] = field(default_factory=list)

    def as_json(self) -> dict[str, Any]:
        return {
            "baseline_as_of": self.baseline_as_of,
            "as_of": self.as_of,
            "changed": [{"id": c.id, "region": c.region, "indicator": c.indicator, "before": c.before,
                         "after": c.after} for c in self.changed],
            "unchanged": [{"id": c.id, "status": c.after} for c in self.unchanged],
        }


def load_report(path: Path) -> dict[str, Any]:
    """Read a JSON report written by `checker check --format json`."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as error:
        raise CheckerError(f"cannot read the report: {error.strerror}", file=str(path)) from None
    except UnicodeDecodeError:
        raise CheckerError("the report is not UTF-8 text", file=str(path)) from None
    try:
        report = json.loads(text)
    except json.JSONDecodeError as error:
        raise CheckerError(f"not a JSON report: {error.msg}", file=str(path), line=error.lineno,
                           col=error.colno) from None
    except RecursionError:
        raise CheckerError("not a JSON report: nested too deeply", file=str(path)) from None
    results = report.get("results") if isinstance(report, dict) else None
    for number, result in enumerate(results if isinstance(results, list) else [], 1):
        if not isinstance(result, dict) or not isinstance(result.get("id"), str):
            raise CheckerError(f"not a checker JSON report: result {number} has no `id`", file=str(path))
        if result.get("status") not in STATUSES:
            raise CheckerError(f"not a checker JSON report: result {number} ({result['id']!r}) has the status "
                               f"{result.get('status')!r}; a status is one of {', '.join(STATUSES)}",
                               file=str(path))
    if not isinstance(results, list):
        raise CheckerError("not a checker JSON report: it needs `results`, a list of objects with an `id` "
                           f"and a `status` ({', '.join(STATUSES)}); write one with "
                           "`checker check --format json --output FILE`", file=str(path))
    return report


def compare(old: dict[str, Any], new: dict[str, Any]) -> Changes:
    before = {r["id"]: r for r in old["results"]}
    after = {r["id"]: r for r in new["results"]}
    changes = Changes(str(old.get("as_of", "?")), str(new.get("as_of", "?")))
    for rule_id in sorted(set(before) | set(after)):
        was, now = before.get(rule_id), after.get(rule_id)
        shown = now or was
        assert shown is not None
        change = Change(rule_id, str(shown.get("region", "")), str(shown.get("indicator", "")),
                        was["status"] if was else None, now["status"] if now else None)
        (changes.unchanged if change.before == change.after else changes.changed).append(change)
    changes.changed.sort(key=_importance)
    return changes


# A reviewer reads the worst news first: new misses, then lost ground, new rules, the rest.
_RANK = {"missed": 0, "invalid": 1, "unreported": 2, "pending": 3, "met": 4, None: 5}


def _importance(change: Change) -> tuple[int, str]:
    return (_RANK.get(change.after, 6), change.id)
