"""JUnit XML: one test case per rule, one test suite per region, for CI dashboards.

A status named in --fail-on is a failure, an invalid rule an error. Each test case has the
`file` and `line` of its rule, for tools that show a failure at its place. No timestamps, so
the same inputs give the same bytes."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import PurePath

from checker.judge.pipeline import Audit
from checker.judge.verdict import Status, Verdict
from checker.language import regex
from checker.locale import Words
from checker.report.formats import Options
from checker.report.phrases import deadline_text, outcome_text, progress_text, quote_label, status_text, target_text
from checker.report.record import diagnostic_line

# XML 1.0 cannot hold most control characters, escaped or not: show them as \xNN.
_NOT_XML = regex.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def xml_text(value: object) -> str:
    return _NOT_XML.sub(lambda m: f"\\x{ord(m.group()):02x}", str(value))


def render_junit(audit: Audit, options: Options) -> str:
    words, fail_on = options.words, options.fail_on
    root = ET.Element("testsuites", name="checker", tests=str(len(audit.verdicts)))
    for region, verdicts in audit.by_region():
        failures = sum(1 for v in verdicts if v.status in fail_on and v.status is not Status.invalid)
        errors = sum(1 for v in verdicts if v.status is Status.invalid)
        suite = ET.SubElement(root, "testsuite", name=xml_text(region), tests=str(len(verdicts)),
                              failures=str(failures), errors=str(errors), skipped="0")
        for verdict in verdicts:
            case = ET.SubElement(suite, "testcase", {"classname": xml_text(region),
                                                     "name": xml_text(f"{verdict.rule_id}: {verdict.indicator}"),
                                                     **_where(verdict)})
            summary = words("junit.summary", status=status_text(verdict, words), target=target_text(verdict, words),
                            deadline=deadline_text(verdict, words), outcome=outcome_text(verdict, words),
                            progress=progress_text(verdict))
            if verdict.status is Status.invalid:
                error = ET.SubElement(case, "error", message=xml_text(words("junit.invalid")), type="invalid")
                error.text = xml_text("\n".join(diagnostic_line(d, words) for d in verdict.errors))
            elif verdict.status in fail_on:
                failure = ET.SubElement(case, "failure", message=xml_text(summary), type=verdict.status.value)
                failure.text = xml_text(_evidence(verdict, words))
            out = ET.SubElement(case, "system-out")
            out.text = xml_text(summary + "\n" + _evidence(verdict, words))
    ET.indent(root)
    return '<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


def _where(verdict: Verdict) -> dict[str, str]:
    """The rule's file (forward slashes) and line, as test case attributes."""
    where = {"file": xml_text(PurePath(verdict.location.file).as_posix())}
    if verdict.location.line is not None:
        where["line"] = str(verdict.location.line)
    return where


def _evidence(verdict: Verdict, words: Words) -> str:
    return "\n".join(words("junit.quote", label=quote_label(q, words, capital=False), quote=q.quote, title=q.title,
                           published=q.published.isoformat(), file=q.file, line=q.line) for q in verdict.quotes)
