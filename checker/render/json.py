"""The JSON report: a contract other tools rely on (keys listed in the README)."""

from __future__ import annotations

import json
from typing import Any

from checker.audit import Audit
from checker.evaluate import Verdict


def render_json(audit: Audit) -> str:
    document: dict[str, Any] = {
        "as_of": audit.as_of.isoformat(),
        "grace_days": audit.grace_days,
        "summary": audit.summary,
        "results": [result(verdict) for verdict in audit.verdicts],
        "problems": [str(problem) for problem in audit.problems],
    }
    if audit.changes is not None:
        document["changes"] = audit.changes.as_json()
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def result(verdict: Verdict) -> dict[str, Any]:
    return {
        "id": verdict.id,
        "region": verdict.region,
        "indicator": verdict.indicator,
        "status": verdict.status,
        "basis": verdict.basis,
        "late": verdict.late,
        "progress": verdict.progress,
        "trend": verdict.trend,
        "plan": verdict.plan,
        "outcome": verdict.outcome,
        "problems": verdict.problems,
        "warnings": verdict.warnings,
        "notes": verdict.notes,
        "note": verdict.note,
        "location": verdict.location,
    }
