"""SARIF 2.1.0, for GitHub code scanning and other tools that read static-analysis results.

One run of the tool "checker". Its results are the findings the annotations show (see
checker/report/github.py): each error of an invalid rule, each rule whose status is named in
--fail-on, each problem with an input file. A result's `ruleId` is its kind: `invalid`, the
status (`missed`, ...) or `input`; the driver's `rules` describe those kinds. Every result is
at a file, line and column (columns count characters, so the run says `unicodeCodePoints`);
a problem that has no place in a file is a notification of the invocation instead, since
code scanning refuses a whole file when one result has no location. No timestamps: the same
inputs give the same bytes.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any
from urllib.parse import quote

from checker import __version__
from checker.diagnostics import Position, Severity
from checker.judge.pipeline import Audit
from checker.judge.verdict import Status
from checker.locale import Words
from checker.report.formats import Options
from checker.report.github import INPUT, Finding, findings
from checker.report.record import dumps

SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"


def artifact_uri(file: str, cwd: Path | None = None) -> str:
    """A file as a URI reference: relative to the working folder with forward slashes (and
    percent-encoded), or a file: URI where the file is outside it."""
    path = Path(file)
    if path.is_absolute():
        try:
            path = path.relative_to(cwd or Path.cwd())
        except ValueError:
            return path.as_uri()
    return quote(path.as_posix(), safe="/")


def _kinds(fail_on: frozenset[Status], words: Words) -> list[dict[str, Any]]:
    """The driver's rules: invalid, each status in --fail-on (in report order), input."""
    kinds = [{"id": Status.invalid.value, "shortDescription": {"text": words("junit.invalid")},
              "fullDescription": {"text": words("sarif.invalid.full")}}]
    for status in Status.in_report_order():
        if status in fail_on and status is not Status.invalid:
            name = words(f"status.{status.value}")
            kinds.append({"id": status.value, "shortDescription": {"text": words("sarif.status", status=name)},
                          "fullDescription": {"text": words("sarif.status.full", status=name)}})
    kinds.append({"id": INPUT, "shortDescription": {"text": words("sarif.input")},
                  "fullDescription": {"text": words("sarif.input.full")}})
    for kind in kinds:
        kind["defaultConfiguration"] = {"level": "error"}
    return kinds


def _level(severity: Severity) -> str:
    return "error" if severity is Severity.error else "warning"


def _location(position: Position) -> dict[str, Any]:
    physical: dict[str, Any] = {"artifactLocation": {"uri": artifact_uri(position.file)}}
    if position.line is not None and position.line >= 1:
        region: dict[str, int] = {"startLine": position.line}
        if position.col is not None and position.col >= 1:
            region["startColumn"] = position.col
        physical["region"] = region
    return {"physicalLocation": physical}


def _result(finding: Finding, index: dict[str, int]) -> dict[str, Any]:
    assert finding.position is not None
    result: dict[str, Any] = {
        "ruleId": finding.kind,
        "ruleIndex": index[finding.kind],
        "level": _level(finding.level),
        "message": {"text": finding.text},
        "locations": [_location(finding.position)],
    }
    properties = {name: value for name, value in (("rule", finding.rule_id), ("code", finding.code)) if value}
    if properties:
        result["properties"] = properties
    return result


def sarif_log(audit: Audit, options: Options) -> dict[str, Any]:
    words = options.words
    kinds = _kinds(options.fail_on, words)
    index = {kind["id"]: i for i, kind in enumerate(kinds)}
    found = findings(audit, words, options.fail_on)
    placed = [f for f in found if f.position is not None]
    unplaced = [{"level": _level(f.level), "message": {"text": f.text}} for f in found if f.position is None]
    if audit.no_rules:
        unplaced.append({"level": "error", "message": {"text": words("rules-none-found-in", folder=audit.rules_shown)}})
    invocation: dict[str, Any] = {"executionSuccessful": bool(audit.verdicts)}
    if unplaced:
        invocation["toolExecutionNotifications"] = unplaced
    run = {
        "tool": {"driver": {"name": "checker", "version": __version__, "rules": kinds}},
        "language": words.lang.value,
        "columnKind": "unicodeCodePoints",
        "invocations": [invocation],
        "results": [_result(f, index) for f in placed],
        "properties": {"as_of": audit.as_of.isoformat(), "grace_days": audit.grace_days,
                       "fail_on": sorted(status.value for status in options.fail_on),
                       "summary": {status.value: count for status, count in audit.summary.items()}},
    }
    return {"$schema": SCHEMA, "version": "2.1.0", "runs": [run]}


def render_sarif(audit: Audit, options: Options) -> str:
    return dumps(sarif_log(audit, options))
