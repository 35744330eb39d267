"""The JSON report is a versioned contract: its JSON Schema is generated from the record
types, shipped as report.schema.json, and every report the checker writes validates against it."""

from __future__ import annotations

import json
from datetime import date

import jsonschema
import pytest
from conftest import CASES, GOLDEN, ROOT
from typer.testing import CliRunner

from checker.cli import app
from checker.judge.pipeline import run_audit
from checker.locale import Lang, words
from checker.report.changes import compare
from checker.report.record import SCHEMA_VERSION, read_report, report_record, result_record

runner = CliRunner()
SCHEMA = json.loads((ROOT / "report.schema.json").read_text(encoding="utf-8"))


def validate(report: object) -> None:
    jsonschema.validate(report, SCHEMA, cls=jsonschema.Draft202012Validator)


def test_the_shipped_schema_is_fresh() -> None:
    result = runner.invoke(app, ["schema", "--report"])
    assert result.exit_code == 0
    assert result.stdout == (ROOT / "report.schema.json").read_text(encoding="utf-8"), \
        "report.schema.json is stale: run `checker schema --report > report.schema.json`"


def test_the_golden_report_validates() -> None:
    report = json.loads((GOLDEN / "compliance.json").read_text(encoding="utf-8"))
    assert report["schema_version"] == SCHEMA_VERSION
    validate(report)


@pytest.mark.parametrize("lang", list(Lang))
def test_every_case_report_validates_in_both_languages(lang: Lang) -> None:
    """Invalid rules, every status, every outcome kind: one record shape."""
    statuses: set[str] = set()
    for folder in sorted(p for p in CASES.iterdir() if p.is_dir()):
        audit = run_audit([folder / "rules"], folder / "seeds", date(2030, 1, 1), 90, root=ROOT)
        record = report_record(audit, words(lang))
        validate(json.loads(json.dumps(record, ensure_ascii=False)))
        statuses.update(r["status"] for r in record["results"])
    assert {"met", "missed", "unreported", "invalid"} <= statuses


def test_a_report_with_changes_validates_and_reads_back(tmp_path) -> None:
    audit = run_audit([ROOT / "rules"], ROOT / "seeds", date(2026, 11, 25), 90, root=ROOT)
    said = words(Lang.en)
    records = [result_record(v, said) for v in audit.verdicts]
    changes = compare(records[1:], records, "2026-01-01", "2026-11-25")
    report = json.loads(json.dumps(report_record(audit, said, changes.record()), ensure_ascii=False))
    validate(report)
    saved = tmp_path / "report.json"
    saved.write_text(json.dumps(report, ensure_ascii=False), encoding="utf-8")
    read = read_report(saved)
    assert read.as_of == "2026-11-25" and [k["id"] for k in read.results] == [r["id"] for r in records]
    assert read.releases == sorted(audit.releases) and "xinxiang-2024-01-22" in read.cited


def test_an_extra_key_is_not_of_this_version() -> None:
    report = json.loads((GOLDEN / "compliance.json").read_text(encoding="utf-8"))
    report["results"][0]["surprise"] = 1
    with pytest.raises(jsonschema.ValidationError):
        validate(report)


def test_a_report_of_another_major_version_is_refused(tmp_path) -> None:
    saved = tmp_path / "future.json"
    saved.write_text(json.dumps({"schema_version": "2.0", "results": []}), encoding="utf-8")
    code = runner.invoke(app, ["diff", str(saved), str(saved), "--lang", "en"])
    assert code.exit_code == 2 and "schema version 2.0" in code.stderr
