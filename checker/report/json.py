"""The JSON report: a versioned contract other tools rely on (see checker/report/record.py)."""

from __future__ import annotations

from collections.abc import Callable

from checker.judge.pipeline import Audit
from checker.output import Streamed
from checker.report import jsontext
from checker.report.formats import Options
from checker.report.record import report_record


def render_json(audit: Audit, options: Options) -> str:
    pieces: list[str] = []
    stream_json(audit, options)(pieces.append)
    return "".join(pieces)


def stream_json(audit: Audit, options: Options) -> Streamed:
    """The report, written a piece at a time to what the result is given (a file, stdout)."""
    changes = None if options.changes is None else options.changes.record()
    record = report_record(audit, options.words, changes)

    def write(emit: Callable[[str], object]) -> None:
        jsontext.write(record, emit)
        emit("\n")

    return write
