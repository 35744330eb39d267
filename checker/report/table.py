"""The terminal table (rich). Every text from the input is a `Text`, never markup, so a
release or rule containing [red] or escape codes is shown literally."""

from __future__ import annotations

from typing import Any

from checker.diagnostics import Severity
from checker.judge.pipeline import Audit
from checker.judge.verdict import Status
from checker.report.formats import Options
from checker.report.phrases import basis_text, deadline_text, outcome_text, progress_text, status_text, target_text
from checker.report.record import diagnostic_line
from checker.report.text import literal, literal_lines


def render_table(audit: Audit, options: Options) -> Any:
    from rich.console import Group
    from rich.table import Table
    from rich.text import Text

    words = options.words
    parts: list[Any] = []
    if options.changes is not None:
        from checker.report.changes_view import changes_table

        parts.append(changes_table(options.changes, words))
    regions = sorted({v.region for v in audit.verdicts})
    for region in regions:
        table = Table(title=literal(region), title_justify="left", expand=False)
        table.add_column(words("table.indicator"), ratio=3, min_width=10, overflow="fold")  # CJK: no spaces to wrap at
        table.add_column(words("table.target"), no_wrap=True)
        table.add_column(words("table.deadline"), no_wrap=True)
        table.add_column(words("table.outcome"), ratio=2, min_width=12)
        table.add_column(words("table.progress"), justify="right", no_wrap=True)
        table.add_column(words("table.status"), no_wrap=True)
        for verdict in (v for v in audit.verdicts if v.region == region):
            status = literal_lines(status_text(verdict, words, "\n"))
            status.stylize(verdict.status.traits.style)
            if verdict.basis:
                status.append("\n" + basis_text(verdict, words), style="dim")
            table.add_row(literal(verdict.indicator), literal(target_text(verdict, words)),
                          literal(deadline_text(verdict, words)), literal_lines(outcome_text(verdict, words, "\n")),
                          literal(progress_text(verdict)), status)
        parts.append(table)
    for verdict in audit.verdicts:
        for problem in verdict.errors:
            line = Text(words("table.invalid"), style="bold red")
            line.append_text(literal(diagnostic_line(problem, words)))
            parts.append(line)
    for file_problem in audit.diagnostics:
        warning = file_problem.severity is not Severity.error
        line = Text(words("table.file-warning" if warning else "table.file-error"),
                    style="yellow" if warning else "bold red")
        line.append_text(literal(diagnostic_line(file_problem, words)))
        parts.append(line)
    summary = audit.summary
    line = Text(words("table.summary", total=len(audit.verdicts), as_of=audit.as_of.isoformat()))
    for i, status in enumerate(Status.in_report_order()):
        if i:
            line.append(words("list.separator"))
        line.append(words("summary.count", count=summary[status], status=words(f"status.{status.value}")),
                    style=status.traits.style if summary[status] else "")
    parts.append(line)
    return Group(*parts)
