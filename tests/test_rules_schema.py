"""The published rule-file schema catches what the checker catches about a rule's shape: every
bundled rule file passes it, an outcome with two kinds (or none) does not; the schemas shipped
in the package are the ones `checker schema` prints."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import jsonschema
import pytest
import yaml
from conftest import ROOT
from typer.testing import CliRunner

from checker.cli import app

SCHEMA = json.loads((ROOT / "rules.schema.json").read_text(encoding="utf-8"))


def _rule_file(path: Path) -> dict:
    return json.loads(json.dumps(yaml.safe_load(path.read_text(encoding="utf-8")), default=str))


@pytest.mark.parametrize("path", sorted((ROOT / "rules").glob("*.yaml")), ids=lambda p: p.name)
def test_every_bundled_rule_file_passes_the_schema(path: Path) -> None:
    jsonschema.validate(_rule_file(path), SCHEMA)


@pytest.mark.parametrize("change", ["two kinds", "no kind"])
def test_an_outcome_must_state_exactly_one_kind(change: str) -> None:
    document = _rule_file(ROOT / "rules" / "xinxiang.yaml")
    rule = next(r for r in document["rules"] if r["outcomes"])
    outcome = copy.deepcopy(rule["outcomes"][0])
    if change == "two kinds":
        outcome["claim"] = "met"
    else:
        for kind in ("value", "completion", "achieved", "claim"):
            outcome.pop(kind, None)
    rule["outcomes"] = [outcome]
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(document, SCHEMA)


@pytest.mark.parametrize(("args", "name"), [([], "rules.schema.json"), (["--report"], "report.schema.json")])
def test_the_packaged_schemas_are_what_checker_schema_prints(args: list[str], name: str) -> None:
    printed = CliRunner().invoke(app, ["schema", *args]).stdout
    assert (ROOT / "checker" / "schemas" / name).read_text(encoding="utf-8") == printed
    assert (ROOT / name).read_text(encoding="utf-8") == printed
