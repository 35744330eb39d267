"""The terminal table (rich). Every text from the input is a `Text`, never markup, so a
release or rule containing [red] or escape codes is shown literally."""

from __future__ import annotations

from typing import Any

from checker.audit import Audit
from checker.render.common import ORDER, deadline_text, outcome_text, progress_text, status_text, target_text
from checker.render.text import literal, literal_lines

STYLES = {"met": "green", "missed": "bold red", "pending": "yellow", "unreported": "magenta", "invalid": "bold red"}


def render_table(audit: Audit) -> Any:
    from rich.console import Group
    from rich.table import Table
    from rich.text import Text

    parts: list[Any] = []
    if audit.changes is not None:
        from checker.render.changes import changes_table

        parts.append(changes_table(audit.changes))
    regions = sorted({v.region for v in audit.verdicts})
    for region in regions:
        table = Table(title=literal(region), title_justify="left", expand=False)
        table.add_column("indicator", ratio=3, min_width=10, overflow="fold")  # CJK: no spaces to wrap at
        table.add_column("target", no_wrap=True)
        table.add_column("deadline", no_wrap=True)
        table.add_column("outcome that counts", ratio=2, min_width=12)
        table.add_column("progress", justify="right", no_wrap=True)
        table.add_column("status\nbasis", no_wrap=True)
        for verdict in (v for v in audit.verdicts if v.region == region):
            status = literal_lines(status_text(verdict, "\n"))
            status.stylize(STYLES[verdict.status])
            if verdict.basis:
                status.append("\n" + verdict.basis, style="dim")
            table.add_row(literal(verdict.indicator), literal(target_text(verdict)),
                          literal(deadline_text(verdict)), literal_lines(outcome_text(verdict, "\n")),
                          literal(progress_text(verdict)), status)
        parts.append(table)
    invalid = [v for v in audit.verdicts if v.status == "invalid"]
    for verdict in invalid:
        for problem in verdict.problems:
            line = Text("invalid: ", style="bold red")
            line.append_text(literal(problem))
            parts.append(line)
    for file_problem in audit.problems:
        line = Text("warning: " if file_problem.severity == "warning" else "error: ",
                    style="yellow" if file_problem.severity == "warning" else "bold red")
        line.append_text(literal(file_problem))
        parts.append(line)
    summary = audit.summary
    line = Text(f"{len(audit.verdicts)} rules as of {audit.as_of.isoformat()}: ")
    for i, status in enumerate(ORDER):
        if i:
            line.append(", ")
        line.append(f"{summary[status]} {status}", style=STYLES[status] if summary[status] else "")
    parts.append(line)
    return Group(*parts)
