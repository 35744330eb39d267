"""JUnit XML: one test case per rule, one test suite per region, for CI dashboards.

A status named in --fail-on is a failure, an invalid rule an error. No timestamps, so the
same inputs give the same bytes."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from checker.audit import Audit
from checker.render.common import deadline_text, outcome_text, progress_text, status_text, target_text

# XML 1.0 cannot hold most control characters, escaped or not: show them as \xNN.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def xml_text(value: object) -> str:
    return _NOT_XML.sub(lambda m: f"\\x{ord(m.group()):02x}", str(value))


def render_junit(audit: Audit) -> str:
    fail_on = audit.fail_on
    root = ET.Element("testsuites", name="checker", tests=str(len(audit.verdicts)))
    for region in sorted({v.region for v in audit.verdicts}):
        verdicts = [v for v in audit.verdicts if v.region == region]
        failures = sum(1 for v in verdicts if v.status in fail_on and v.status != "invalid")
        errors = sum(1 for v in verdicts if v.status == "invalid")
        suite = ET.SubElement(root, "testsuite", name=xml_text(region), tests=str(len(verdicts)),
                              failures=str(failures), errors=str(errors), skipped="0")
        for verdict in verdicts:
            case = ET.SubElement(suite, "testcase", classname=xml_text(region),
                                 name=xml_text(f"{verdict.id}: {verdict.indicator}"))
            summary = (f"{status_text(verdict)}: target {target_text(verdict)} by {deadline_text(verdict)}; "
                       f"outcome {outcome_text(verdict)}; progress {progress_text(verdict)}")
            if verdict.status == "invalid":
                error = ET.SubElement(case, "error", message=xml_text("invalid rule"), type="invalid")
                error.text = xml_text("\n".join(verdict.problems))
            elif verdict.status in fail_on:
                failure = ET.SubElement(case, "failure", message=xml_text(summary), type=verdict.status)
                failure.text = xml_text(_evidence(verdict))
            out = ET.SubElement(case, "system-out")
            out.text = xml_text(summary + "\n" + _evidence(verdict))
    ET.indent(root)
    return '<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


def _evidence(verdict: object) -> str:
    quotes = getattr(verdict, "quotes", [])
    return "\n".join(f"{q.role}: “{q.quote}” ({q.title}, {q.published}, {q.file} line {q.line})" for q in quotes)
