"""The report record: the one shape behind the JSON report, the baseline comparison and the
reading of saved reports.

`result_record` turns a verdict into its record, `report_record` the whole audit; the JSON
renderer dumps what they return, `checker check --baseline` compares them directly with a
saved report (read back by `read_report`), and `checker schema --report` prints the JSON
Schema generated from these types. Messages in a record are in the reader's language; every
key and every status, basis and trend is the same in every language.
"""

from __future__ import annotations

import json
import math
import sys
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, Optional

from typing_extensions import NotRequired, TypedDict

from checker.diagnostics import CheckerError, Diagnostic, Severity
from checker.frozen import record
from checker.inputs.models import Claim, Comparator, OutcomeKind
from checker.judge.kinds import definition
from checker.judge.verdict import BASELINE, Basis, Point, QuoteRef, Status, Trend, Verdict
from checker.language.decimals import decimal_text
from checker.messages import Message, os_reason
from checker.report import jsontext

if TYPE_CHECKING:
    from checker.judge.pipeline import Audit
    from checker.locale import Words

# Bump the minor number when keys are added, the major number when a key changes meaning or goes.
# 1.1: the status `disputed`, `conflicts`, the plan's `baseline`; 1.2: `releases`; 1.3: the scorecard in
# `summary` (`due`, `share_met`, `regions`), `author_notes`
SCHEMA_VERSION = "1.3"


class FoundRecord(TypedDict):
    """Where a quote was found in its release."""

    release: str
    title: str
    published: str
    file: str
    line: int
    col: int


class BaselineRecord(TypedDict):
    """The level the plan starts from, as a release states it."""

    value: str
    as_of: str
    source: str
    quote: str
    found: Optional[FoundRecord]


class PlanRecord(TypedDict):
    """The plan as written (`value`, `deadline_text`, `source`, `quote`) and as read."""

    value: Optional[str]
    target: Optional[str]  # the target as a decimal string, scaled (1.65亿元 → "165000000")
    upper: Optional[str]  # the upper bound of a range target
    unit: Optional[str]
    comparator: Optional[Comparator]
    deadline: Optional[str]  # ISO date
    deadline_text: Optional[str]
    start: Optional[str]
    baseline: Optional[BaselineRecord]
    source: Optional[str]
    quote: Optional[str]
    found: Optional[FoundRecord]


class OutcomeRecord(TypedDict):
    """The outcome that counts for the verdict."""

    kind: OutcomeKind
    value: Optional[str]
    completion: Optional[str]
    achieved: Optional[bool]
    claim: Optional[Claim]
    figure: Optional[str]  # cumulative, in the plan's measure word, as a decimal string (a bound of a range)
    unit: Optional[str]
    summed: Optional[int]  # how many increments the figure adds up
    as_of: str
    final: bool
    source: str
    quote: str
    found: Optional[FoundRecord]


class AuthorNoteRecord(TypedDict):
    on: Literal["rule", "plan", "baseline", "outcome"]
    outcome: Optional[int]  # which outcome (0-based), for a note on an outcome
    text: str


class ScoreRecord(TypedDict):
    """Targets that fell due by the report's date (deadline passed), and what became of them."""

    due: int
    met: int
    missed: int
    unreported: int
    other: int  # disputed, or pending while the report may still come
    share_met: Optional[float]  # met ÷ due, 4 places; null when none fell due


class RegionScoreRecord(ScoreRecord):
    region: str


class SummaryRecord(TypedDict):
    """How many rules have each status, and the scorecard: all regions, then each region."""

    met: int
    missed: int
    disputed: int
    pending: int
    unreported: int
    invalid: int
    due: int
    share_met: Optional[float]
    scorecard: ScoreRecord
    regions: list[RegionScoreRecord]


class ResultKey(TypedDict):
    """What identifies a rule's result across two reports."""

    id: str
    region: str
    indicator: str
    status: Status


class ResultRecord(ResultKey):
    basis: Optional[Basis]
    late: bool
    progress: Optional[float]  # outcome ÷ target, rounded to 4 places
    trend: Optional[Trend]
    plan: PlanRecord
    outcome: Optional[OutcomeRecord]
    conflicts: list[OutcomeRecord]  # what disagrees with the outcome that counts (disputed, or a contradicted claim)
    problems: list[str]  # `file:line:col: message`, only for an invalid rule
    warnings: list[str]
    notes: list[str]
    note: Optional[str]  # why this status
    author_notes: list[AuthorNoteRecord]  # the `note:`s the rule's author wrote, in their words
    location: str  # the rule's `file:line:col`


class ChangeRecord(TypedDict):
    id: str
    region: str
    indicator: str
    before: Optional[Status]  # null: a new rule
    after: Optional[Status]  # null: a removed rule


class UnchangedRecord(TypedDict):
    id: str
    status: Optional[Status]


class ChangesRecord(TypedDict):
    baseline_as_of: str
    as_of: str
    changed: list[ChangeRecord]
    unchanged: list[UnchangedRecord]


class ReportRecord(TypedDict):
    """The JSON report (`checker check --format json`)."""

    schema_version: str
    as_of: str
    grace_days: int
    summary: SummaryRecord
    results: list[ResultRecord]
    problems: list[str]  # problems with files, not tied to one rule
    releases: list[str]  # the ids of the releases in the manifest: what a later report has that this one had not
    changes: NotRequired[ChangesRecord]  # with --baseline


# --- verdict → record ---------------------------------------------------------------------

def report_record(audit: Audit, words: Words, changes: ChangesRecord | None = None) -> ReportRecord:
    record: ReportRecord = {
        "schema_version": SCHEMA_VERSION,
        "as_of": audit.as_of.isoformat(),
        "grace_days": audit.grace_days,
        "summary": summary_record(audit),
        "results": [result_record(verdict, words) for verdict in audit.verdicts],
        "problems": [diagnostic_line(d, words) for d in audit.diagnostics],
        "releases": list(audit.releases),
    }
    if changes is not None:
        record["changes"] = changes
    return record


def summary_record(audit: Audit) -> SummaryRecord:
    from checker.report.scorecard import scorecard

    overall, regions = scorecard(audit)
    counts = audit.summary
    return {
        "met": counts[Status.met], "missed": counts[Status.missed], "disputed": counts[Status.disputed],
        "pending": counts[Status.pending], "unreported": counts[Status.unreported],
        "invalid": counts[Status.invalid], "due": overall.due, "share_met": overall.record()["share_met"],
        "scorecard": overall.record(),  # type: ignore[typeddict-item]
        "regions": [{"region": score.region, **score.record()} for score in regions],  # type: ignore[typeddict-item]
    }


def result_record(verdict: Verdict, words: Words) -> ResultRecord:
    point = verdict.decided_by
    return {
        "id": verdict.rule_id,
        "region": verdict.region,
        "indicator": verdict.indicator,
        "status": verdict.status,
        "basis": verdict.basis,
        "late": verdict.late,
        "progress": progress_number(verdict.progress),
        "trend": verdict.trend,
        "plan": _plan(verdict),
        "outcome": None if point is None else _outcome(verdict, point),
        "conflicts": [_outcome(verdict, other) for other in verdict.conflicts],
        "problems": [diagnostic_line(d, words) for d in verdict.of(Severity.error)],
        "warnings": [diagnostic_line(d, words) for d in verdict.of(Severity.warning)],
        "notes": [words.message(d.message) for d in verdict.of(Severity.info)],
        "note": None if verdict.explanation is None else words.message(verdict.explanation),
        "author_notes": [{"on": note.on, "outcome": note.outcome, "text": note.text}  # type: ignore[typeddict-item]
                         for note in verdict.authored],
        "location": str(verdict.location),
    }


def diagnostic_line(diagnostic: Diagnostic, words: Words) -> str:
    """`file:line:col: message`, with `warning: ` before the message of a warning."""
    return words.diagnostic(diagnostic)


def progress_number(progress: Decimal | None) -> float | None:
    if progress is None:
        return None
    number = round(float(progress), 4)
    return number if math.isfinite(number) else None


def _plan(verdict: Verdict) -> PlanRecord:
    plan = verdict.plan
    quantity = plan.quantity
    return {
        "value": plan.value,
        "target": None if quantity is None else decimal_text(quantity.value),
        "upper": None if quantity is None or quantity.upper is None else decimal_text(quantity.upper),
        "unit": None if quantity is None else quantity.unit,
        "comparator": plan.comparator,
        "deadline": None if plan.deadline is None else plan.deadline.isoformat(),
        "deadline_text": plan.deadline_text,
        "start": None if plan.start is None else plan.start.isoformat(),
        "baseline": _baseline(verdict),
        "source": plan.source,
        "quote": plan.quote,
        "found": _found(verdict.quote_of(None)),
    }


def _baseline(verdict: Verdict) -> BaselineRecord | None:
    baseline = verdict.plan.baseline_written
    if baseline is None:
        return None
    return {"value": baseline.value, "as_of": baseline.as_of.isoformat(), "source": baseline.source,
            "quote": baseline.quote, "found": _found(verdict.quote_of(BASELINE))}


def _outcome(verdict: Verdict, point: Point) -> OutcomeRecord:
    outcome = point.reading.outcome
    figure = point.figure
    return {
        "kind": outcome.kind,
        "value": outcome.value,
        "completion": outcome.completion,
        "achieved": outcome.achieved,
        "claim": outcome.claim,
        "figure": None if figure is None or figure.point is None else decimal_text(figure.point),
        "unit": None if figure is None else point.unit,
        "summed": point.summed if figure is not None else None,
        "as_of": outcome.as_of.isoformat(),
        "final": point.final,
        "source": outcome.source,
        "quote": outcome.quote,
        "found": _found(verdict.quote_of(point.reading.index)),
    }


def _found(ref: QuoteRef | None) -> FoundRecord | None:
    if ref is None:
        return None
    return {"release": ref.release_id, "title": ref.title, "published": ref.published.isoformat(),
            "file": ref.file, "line": ref.line, "col": ref.col}


def describe_outcome(point: Point) -> Message:
    """The outcome that counts, as its kind describes it."""
    return definition(point.reading.kind).describe(point)


def dumps(record: object) -> str:
    """JSON as the reports write it: UTF-8 text, indented, never NaN or Infinity."""
    return jsontext.dumps(record) + "\n"


# --- saved reports ------------------------------------------------------------------------

@record
class SavedReport:
    """A JSON report read back: what a later run is compared with."""

    as_of: str
    results: list[ResultKey]
    releases: list[str] | None  # None: a report from before schema 1.2, which did not list them
    cited: frozenset[str] = frozenset()  # the releases its plans and outcomes cite


def read_report(path: Path) -> SavedReport:
    """The as-of date, the results and the releases of a JSON report written by `checker check
    --format json` (any schema version 1.x, or an earlier report without one)."""
    name = str(path)
    try:
        if name == "-":  # stdin, as every command takes it
            name = "<stdin>"
            text = sys.stdin.buffer.read().decode("utf-8")
        else:
            text = path.read_text(encoding="utf-8")
    except OSError as error:
        raise CheckerError(Message("report-unreadable", reason=os_reason(error)), file=name) from None
    except UnicodeDecodeError:
        raise CheckerError(Message("report-not-utf8"), file=name) from None
    try:
        report = json.loads(text)
    except json.JSONDecodeError as error:
        raise CheckerError(Message("report-not-json", reason=error.msg), file=name, line=error.lineno,
                           col=error.colno) from None
    except RecursionError:
        raise CheckerError(Message("report-too-deep"), file=name) from None
    version = report.get("schema_version", "1.0") if isinstance(report, dict) else None
    if isinstance(version, str) and version.split(".")[0] != SCHEMA_VERSION.split(".")[0]:
        raise CheckerError(Message("report-version", version=version, supported=SCHEMA_VERSION), file=name)
    results = report.get("results") if isinstance(report, dict) else None
    if not isinstance(results, list):
        raise CheckerError(Message("report-no-results", statuses=_statuses()), file=name)
    keys: list[ResultKey] = []
    for number, result in enumerate(results, 1):
        if not isinstance(result, dict) or not isinstance(result.get("id"), str):
            raise CheckerError(Message("report-result-no-id", number=number), file=name)
        try:
            status = Status(result.get("status"))
        except ValueError:
            raise CheckerError(Message("report-result-bad-status", number=number, id=result["id"],
                                       status=repr(result.get("status")), statuses=_statuses()),
                               file=name) from None
        keys.append({"id": result["id"], "region": str(result.get("region", "")),
                     "indicator": str(result.get("indicator", "")), "status": status})
    releases = report.get("releases")
    listed = [str(r) for r in releases] if isinstance(releases, list) else None
    return SavedReport(str(report.get("as_of", "?")), keys, listed, _cited(results))


def _cited(results: list[Any]) -> frozenset[str]:
    cited = set()
    for result in results:
        plan = result.get("plan")
        if isinstance(plan, dict) and isinstance(plan.get("source"), str):
            cited.add(plan["source"])
        for outcome in result.get("outcomes") or []:
            if isinstance(outcome, dict) and isinstance(outcome.get("source"), str):
                cited.add(outcome["source"])
    return frozenset(cited)


def _statuses() -> tuple[str, ...]:
    return tuple(status.value for status in Status)


def report_schema() -> dict[str, Any]:
    """The JSON Schema of the JSON report, generated from the record types above."""
    from pydantic import TypeAdapter

    schema = TypeAdapter(ReportRecord).json_schema()
    # every key is listed: a report with one more (or one less) is not of this version
    for shape in [schema, *schema["$defs"].values()]:
        if shape.get("type") == "object" and "properties" in shape:
            shape["additionalProperties"] = False
    major = SCHEMA_VERSION.split(".")[0]
    schema["properties"]["schema_version"]["pattern"] = rf"^{major}\.[0-9]+$"
    schema["title"] = "checker report"
    schema["description"] = ("The JSON report of `checker check --format json`: the verdict on every rule as of a "
                             f"date. Schema version {SCHEMA_VERSION}.")
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", **schema}
