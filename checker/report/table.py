"""The terminal table (rich). Every text from the input is a `Text`, never markup, so a
release or rule containing [red] or escape codes is shown literally.

The layout follows the width it is drawn in: six columns where there is room, three (rule,
target and outcome, status) in a narrow pane, so the status and every figure stay whole at
any width; the rule id is shown above its indicator in both. Messages are never wrapped by
the table: a terminal folds a long line itself, and a pipe gets it whole."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

from checker.diagnostics import Severity
from checker.judge.pipeline import Audit
from checker.judge.verdict import Status, Verdict
from checker.locale import Words
from checker.report.formats import Options
from checker.report.phrases import basis_text, deadline_text, outcome_text, progress_text, status_text, target_text
from checker.report.record import diagnostic_line
from checker.report.scorecard import Score, scorecard, share_text
from checker.report.text import literal, literal_lines

COMPACT_BELOW = 100  # columns: narrower, a verdict takes three columns instead of six


class Responsive:
    """One of two renderables, chosen by the width rich has to draw in, and built only then
    (building the layout not drawn cost as much again as building the one drawn)."""

    def __init__(self, wide: Callable[[], Any], compact: Callable[[], Any], below: int = COMPACT_BELOW) -> None:
        self.wide, self.compact, self.below = wide, compact, below

    def __rich_console__(self, console: Any, options: Any) -> Any:
        yield self.compact() if options.max_width < self.below else self.wide()


def render_table(audit: Audit, options: Options) -> Any:
    from rich.console import Group

    words = options.words
    parts: list[Any] = [_scorecard(audit, words)]
    if options.changes is not None:
        from checker.report.changes_view import changes_table

        parts.append(changes_table(options.changes, words))
    for region, verdicts in audit.by_region():
        parts.append(Responsive(functools.partial(_wide, region, verdicts, words),
                                functools.partial(_compact, region, verdicts, words)))
    parts += _messages(audit, words)
    return Group(*parts)


def _rule(verdict: Verdict) -> Any:
    """The rule's id (dim) above its indicator."""
    from rich.text import Text

    text = Text(verdict.rule_id, style="dim")
    text.append("\n")
    text.append_text(literal(verdict.indicator))
    return text


def _status(verdict: Verdict, words: Words, *, with_progress: bool = False) -> Any:
    status = literal_lines(status_text(verdict, words, "\n"))
    status.stylize(verdict.status.traits.style)
    if with_progress and progress_text(verdict) != "—":
        status.append("\n" + progress_text(verdict))
    if verdict.basis:
        status.append("\n" + basis_text(verdict, words), style="dim")
    return status


def _wide(region: str, verdicts: list[Verdict], words: Words) -> Any:
    from rich.table import Table

    table = Table(title=literal(region), title_justify="left", expand=False, show_lines=True)
    table.add_column(words("table.indicator"), ratio=3, min_width=10, overflow="fold")  # CJK: no spaces to wrap at
    table.add_column(words("table.target"), no_wrap=True)
    table.add_column(words("table.deadline"), no_wrap=True)
    table.add_column(words("table.outcome"), ratio=2, min_width=12)
    table.add_column(words("table.progress"), justify="right", no_wrap=True)
    table.add_column(words("table.status"), no_wrap=True)
    for verdict in verdicts:
        table.add_row(_rule(verdict), literal(target_text(verdict, words)),
                      literal(deadline_text(verdict, words)), literal_lines(outcome_text(verdict, words, "\n")),
                      literal(progress_text(verdict)), _status(verdict, words))
    return table


def _compact(region: str, verdicts: list[Verdict], words: Words) -> Any:
    """Three columns: the rule, its target and what counts against it (one figure a line, never
    cut), and the status with its progress and basis."""
    from rich.table import Table

    table = Table(title=literal(region), title_justify="left", expand=False, show_lines=True)
    table.add_column(words("table.rule"), ratio=1, min_width=8, overflow="fold")
    table.add_column(words("table.plan-and-result"), min_width=12, overflow="fold")
    table.add_column(words("table.status"), no_wrap=True)
    for verdict in verdicts:
        plan = "\n".join((target_text(verdict, words), deadline_text(verdict, words),
                          outcome_text(verdict, words, "\n")))
        table.add_row(_rule(verdict), literal_lines(plan), _status(verdict, words, with_progress=True))
    return table


def _scorecard(audit: Audit, words: Words) -> Any:
    from rich.table import Table

    overall, regions = scorecard(audit)
    rows = [*regions, overall] if len(regions) > 1 else regions or [overall]

    def table(compact: bool) -> Any:
        shown = ["region", "due", "met", "share"] if compact else ["region", "due", "met", "missed", "unreported",
                                                                   "other", "share"]
        grid = Table(title=words("scorecard.title", as_of=audit.as_of.isoformat()), title_justify="left",
                     expand=False)
        for name in shown:
            grid.add_column(words(f"scorecard.{name}"), justify="left" if name == "region" else "right",
                            overflow="fold" if name == "region" else "ellipsis", no_wrap=name != "region")
        grid.add_column("", no_wrap=True)
        for score in rows:
            cells = _score_cells(score, words)
            grid.add_row(*(cells[name] for name in shown), score.bar()[::2] if compact else score.bar(),
                         style="bold" if not score.region else "")
        return grid

    return Responsive(functools.partial(table, compact=False), functools.partial(table, compact=True),
                      below=COMPACT_BELOW)


def _score_cells(score: Score, words: Words) -> dict[str, Any]:
    return {"region": literal(score.region or words("scorecard.all")), "due": str(score.due), "met": str(score.met),
            "missed": str(score.missed), "unreported": str(score.unreported), "other": str(score.other),
            "share": share_text(score)}


def _messages(audit: Audit, words: Words) -> list[Any]:
    """Problems and the summary line: each one line, never wrapped by us (a terminal folds it
    itself; in a pipe it stays whole for grep)."""
    from rich.text import Text

    lines = []
    errors = [problem for verdict in audit.verdicts for problem in verdict.errors]
    # in file order, as `checker validate` lists them (the verdicts are in region order)
    for problem in sorted(errors, key=lambda d: d.position.sort_key() if d.position else ("", 0, 0)):
        line = Text(words("table.invalid"), style="bold red", no_wrap=True, overflow="ignore")
        line.append_text(literal(diagnostic_line(problem, words)))
        lines.append(line)
    for file_problem in audit.diagnostics:
        warning = file_problem.severity is not Severity.error
        line = Text(words("table.file-warning" if warning else "table.file-error"),
                    style="yellow" if warning else "bold red", no_wrap=True, overflow="ignore")
        line.append_text(literal(diagnostic_line(file_problem, words)))
        lines.append(line)
    summary = audit.summary
    line = Text(words("table.summary", total=len(audit.verdicts), as_of=audit.as_of.isoformat()), no_wrap=True,
                overflow="ignore")
    for i, status in enumerate(Status.in_report_order()):
        if i:
            line.append(words("list.separator"))
        line.append(words("summary.count", count=summary[status], status=words(f"status.{status.value}")),
                    style=status.traits.style if summary[status] else "")
    lines.append(line)
    return lines
