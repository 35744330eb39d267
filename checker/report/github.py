"""GitHub Actions: annotations for problems, and the Markdown report in the job summary."""

from __future__ import annotations

import os
from pathlib import Path

from checker.diagnostics import Diagnostic, Severity, printable
from checker.judge.pipeline import Audit
from checker.locale import Words


def in_github_actions() -> bool:
    return os.environ.get("GITHUB_ACTIONS") == "true"


def _escape(text: str, *, property_value: bool = False) -> str:
    text = printable(text).replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    if property_value:
        text = text.replace(":", "%3A").replace(",", "%2C")
    return text


def annotation(diagnostic: Diagnostic, words: Words) -> str:
    kind = "error" if diagnostic.severity is Severity.error else "warning"
    properties = []
    position = diagnostic.position
    if position is not None:
        properties.append(f"file={_escape(position.file, property_value=True)}")
        if position.line is not None:
            properties.append(f"line={position.line}")
        if position.col is not None:
            properties.append(f"col={position.col}")
    return f"::{kind} {','.join(properties)}::{_escape(words.message(diagnostic.message))}"


def annotation_lines(audit: Audit, words: Words) -> list[str]:
    """One `::error file=...,line=...::` line per problem of an invalid rule or an input file."""
    problems = [d for verdict in audit.verdicts for d in verdict.errors]
    problems += [d for d in audit.diagnostics if d.severity is not Severity.info]
    return [annotation(problem, words) for problem in problems]


def append_step_summary(markdown: str) -> Path | None:
    """Append the report to $GITHUB_STEP_SUMMARY when it is set (the job's summary page)."""
    target = os.environ.get("GITHUB_STEP_SUMMARY")
    if not target:
        return None
    path = Path(target)
    with path.open("a", encoding="utf-8") as stream:
        stream.write(markdown)
    return path
