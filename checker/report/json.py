"""The JSON report: a versioned contract other tools rely on (see checker/report/record.py)."""

from __future__ import annotations

from checker.judge.pipeline import Audit
from checker.report.formats import Options
from checker.report.record import dumps, report_record


def render_json(audit: Audit, options: Options) -> str:
    changes = None if options.changes is None else options.changes.record()
    return dumps(report_record(audit, options.words, changes))
