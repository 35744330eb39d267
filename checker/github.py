"""GitHub Actions: annotations for invalid rules, and the Markdown report in the job summary."""

from __future__ import annotations

import os
from pathlib import Path

from checker.audit import Audit
from checker.errors import printable
from checker.loading import Problem


def in_github_actions() -> bool:
    return os.environ.get("GITHUB_ACTIONS") == "true"


def _escape(text: str, *, property_value: bool = False) -> str:
    text = printable(text).replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    if property_value:
        text = text.replace(":", "%3A").replace(",", "%2C")
    return text


def annotation(problem: Problem) -> str:
    kind = "error" if problem.severity == "error" else "warning"
    properties = [f"file={_escape(problem.file, property_value=True)}"]
    if problem.line is not None:
        properties.append(f"line={problem.line}")
    if problem.col is not None:
        properties.append(f"col={problem.col}")
    return f"::{kind} {','.join(properties)}::{_escape(problem.message)}"


def annotation_lines(audit: Audit) -> list[str]:
    """One `::error file=...,line=...::` line per problem of an invalid rule or an input file."""
    problems = [p for verdict in audit.verdicts for p in verdict.issues]
    problems += [p for p in audit.problems if p.severity in ("error", "warning")]
    return [annotation(problem) for problem in problems]


def append_step_summary(markdown: str) -> Path | None:
    """Append the report to $GITHUB_STEP_SUMMARY when it is set (the job's summary page)."""
    target = os.environ.get("GITHUB_STEP_SUMMARY")
    if not target:
        return None
    path = Path(target)
    with path.open("a", encoding="utf-8") as stream:
        stream.write(markdown)
    return path
