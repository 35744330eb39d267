"""The Markdown report (GitHub-flavoured): for humans, pull-request comments and reports/."""

from __future__ import annotations

from checker.audit import Audit
from checker.errors import printable
from checker.render.common import ORDER, deadline_text, outcome_text, progress_text, status_text, target_text

HEADINGS = {
    "missed": "Missed", "unreported": "Unreported", "pending": "Pending", "met": "Met", "invalid": "Invalid",
}


def cell(text: object) -> str:
    """Text made safe for a table cell: no line breaks, pipes, HTML or code spans."""
    value = printable(" ".join(str(text).split()))
    for raw, safe in (("&", "&amp;"), ("<", "&lt;"), (">", "&gt;"), ("|", "\\|"), ("`", "\\`"),
                      ("[", "\\["), ("]", "\\]"), ("*", "\\*"), ("_", "\\_")):
        value = value.replace(raw, safe)
    return value


def render_markdown(audit: Audit) -> str:
    summary = audit.summary
    total = len(audit.verdicts)
    lines = [
        "# Plan targets and reported outcomes",
        "",
        f"As of **{audit.as_of.isoformat()}**, with {audit.grace_days} days' grace after a deadline "
        f"for the report. {total} rules: "
        + ", ".join(f"{summary[status]} {status}" for status in ORDER) + ".",
        "",
        "| Status | Rules |",
        "|---|---:|",
    ]
    lines += [f"| {status} | {summary[status]} |" for status in ORDER]
    if audit.changes is not None:
        from checker.render.changes import changes_markdown

        lines += [""] + changes_markdown(audit.changes)
    if audit.problems:
        lines += ["", "## Problems with the input", ""]
        lines += [f"- {cell(problem)}" for problem in audit.problems]
    for status in ORDER:
        group = [v for v in audit.verdicts if v.status == status]
        lines += ["", f"## {HEADINGS[status]} ({len(group)})", ""]
        if not group:
            lines.append("None.")
            continue
        if status == "invalid":
            lines += ["| Rule | Region | Indicator | Problem |", "|---|---|---|---|"]
            for verdict in group:
                for problem in verdict.problems or ["(no detail)"]:
                    lines.append(f"| [{cell(verdict.id)}](#{anchor(verdict.id)}) | {cell(verdict.region)} | "
                                 f"{cell(verdict.indicator)} | {cell(problem)} |")
            continue
        lines += ["| Rule | Region | Indicator | Target | Deadline | Outcome that counts | Progress | Status | Basis |",
                  "|---|---|---|---|---|---|---:|---|---|"]
        for verdict in group:
            lines.append(
                f"| [{cell(verdict.id)}](#{anchor(verdict.id)}) | {cell(verdict.region)} | {cell(verdict.indicator)} | "
                f"{cell(target_text(verdict))} | {cell(deadline_text(verdict))} | {cell(outcome_text(verdict))} | "
                f"{cell(progress_text(verdict))} | {cell(status_text(verdict))} | {cell(verdict.basis or '—')} |"
            )
    lines += ["", "## Evidence", "", "Every quote below was found in the release it cites "
              "(after removing whitespace and normalising full-width characters); the line is in the release file."]
    for verdict in audit.verdicts:
        lines += ["", f'<a id="{anchor(verdict.id)}"></a>',
                  f"### {cell(verdict.id)}: {cell(verdict.indicator)}", "",
                  f"- Status: **{cell(status_text(verdict))}**" + (f": {cell(verdict.note)}" if verdict.note else ""),
                  f"- Rule: `{verdict.location}`" if "`" not in verdict.location
                  else f"- Rule: {cell(verdict.location)}"]
        for quote in verdict.quotes:
            lines.append(
                f"- {quote.role.capitalize()}: “{cell(quote.quote)}” — {cell(quote.title)}, "
                f"{quote.published} ({cell(quote.file)}, line {quote.line})"
            )
        for note in verdict.notes:
            lines.append(f"- Note: {cell(note)}")
        for warning in verdict.warnings:
            lines.append(f"- Warning: {cell(warning)}")
        for problem in verdict.problems:
            lines.append(f"- Problem: {cell(problem)}")
    return "\n".join(lines) + "\n"


def anchor(rule_id: str) -> str:
    return "rule-" + "".join(ch if ch.isalnum() or ch == "-" else "-" for ch in rule_id.lower())
