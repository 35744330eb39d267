"""GitHub Actions: annotations for problems, and the Markdown report in the job summary.

What CI is told about is a list of findings, one shape for the annotations and for SARIF:
each error of an invalid rule (at the error's position), each rule whose status is named in
--fail-on (at the rule), and each problem with an input file not tied to one rule.

Annotations are printed on their own under GitHub Actions (`GITHUB_ACTIONS=true`) unless
`CHECKER_NO_ANNOTATIONS` is set (to 1); `--format github` prints them anywhere.
"""

from __future__ import annotations

import os
from pathlib import Path

from checker.diagnostics import Diagnostic, Position, Severity, printable
from checker.frozen import record
from checker.judge.pipeline import Audit
from checker.judge.verdict import Status, Verdict
from checker.locale import Words
from checker.report.formats import Options
from checker.report.phrases import deadline_text, outcome_text, progress_text, status_text, target_text

INPUT = "input"  # the kind of a problem with an input file that is tied to no rule


def in_github_actions() -> bool:
    return os.environ.get("GITHUB_ACTIONS") == "true"


def annotations_off() -> bool:
    """`CHECKER_NO_ANNOTATIONS=1` (any value but empty, 0, false, no): no annotations of their own
    under GitHub Actions (when SARIF uploaded to code scanning shows the problems already)."""
    return os.environ.get("CHECKER_NO_ANNOTATIONS", "").strip().lower() not in ("", "0", "false", "no")


@record
class Finding:
    """One thing CI should show at a line: why a rule fails the run, or a problem with an input."""

    kind: str  # "invalid", a status named in --fail-on ("missed"), or INPUT
    level: Severity  # error or warning
    text: str  # in the reader's language
    position: Position | None
    rule_id: str | None = None
    code: str | None = None  # the message code of a diagnostic


def verdict_text(verdict: Verdict, words: Words) -> str:
    """A judged rule in one line: its id and indicator, status, target, deadline, outcome, progress."""
    summary = words("junit.summary", status=status_text(verdict, words), target=target_text(verdict, words),
                    deadline=deadline_text(verdict, words), outcome=outcome_text(verdict, words),
                    progress=progress_text(verdict))
    return words("annotation.verdict", rule=verdict.rule_id, indicator=verdict.indicator, summary=summary)


def findings(audit: Audit, words: Words, fail_on: frozenset[Status]) -> list[Finding]:
    """Rules in the audit's order (each invalid rule's errors, each --fail-on status), then the
    problems with input files in file order. Notes for a report's reader are left out."""
    found: list[Finding] = []
    for verdict in audit.verdicts:
        if verdict.status is Status.invalid:
            errors = verdict.errors
            found += [Finding(Status.invalid.value, Severity.error, words.message(d.message),
                              d.position or verdict.location, verdict.rule_id, d.code) for d in errors]
            if not errors:
                found.append(Finding(Status.invalid.value, Severity.error, words("junit.invalid"), verdict.location,
                                     verdict.rule_id))
        elif verdict.status in fail_on:
            found.append(Finding(verdict.status.value, Severity.error, verdict_text(verdict, words),
                                 verdict.location, verdict.rule_id))
    inputs = [Finding(INPUT, d.severity, words.message(d.message), d.position, d.rule_id, d.code)
              for d in audit.diagnostics if d.severity is not Severity.info]
    found += sorted(inputs, key=lambda f: (*(f.position.sort_key() if f.position else ("", 0, 0)), f.text))
    return found


def _escape(text: str, *, property_value: bool = False) -> str:
    text = printable(text).replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    if property_value:
        text = text.replace(":", "%3A").replace(",", "%2C")
    return text


def _annotation(level: Severity, position: Position | None, text: str) -> str:
    kind = "error" if level is Severity.error else "warning"
    properties = []
    if position is not None:
        properties.append(f"file={_escape(position.file, property_value=True)}")
        if position.line is not None:
            properties.append(f"line={position.line}")
        if position.col is not None:
            properties.append(f"col={position.col}")
    return f"::{kind} {','.join(properties)}::{_escape(text)}"


def annotation(diagnostic: Diagnostic, words: Words) -> str:
    return _annotation(diagnostic.severity, diagnostic.position, words.message(diagnostic.message))


def annotation_lines(audit: Audit, words: Words, fail_on: frozenset[Status] = frozenset()) -> list[str]:
    """One `::error file=...,line=...,col=...::` line per finding."""
    return [_annotation(f.level, f.position, f.text) for f in findings(audit, words, fail_on)]


def render_github(audit: Audit, options: Options) -> str:
    """`--format github`: the annotations, whether or not this runs under GitHub Actions."""
    return "".join(line + "\n" for line in annotation_lines(audit, options.words, options.fail_on))


def append_step_summary(markdown: str) -> Path | None:
    """Append the report to $GITHUB_STEP_SUMMARY when it is set (the job's summary page)."""
    target = os.environ.get("GITHUB_STEP_SUMMARY")
    if not target:
        return None
    path = Path(target)
    with path.open("a", encoding="utf-8") as stream:
        stream.write(markdown)
    return path
