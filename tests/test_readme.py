"""The README's examples are real: its rule examples validate, and its first two commands
are the ones CI and newcomers run."""

from __future__ import annotations

import re
from typing import Any

import pytest
import yaml
from conftest import ROOT

from checker.inputs.models import Outcome, Plan, Rule

README = (ROOT / "README.md").read_text(encoding="utf-8")
SECTION = README[README.index("## Writing rules"): README.index("## Adding a release")]
BLOCKS = re.findall(r"```yaml\n(.*?)```", SECTION, flags=re.S)


def _strings(value: Any) -> Any:
    """As the checker's loader does: every scalar a string."""
    if isinstance(value, dict):
        return {key: _strings(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_strings(item) for item in value]
    return value if value is None or isinstance(value, bool) else str(value)


@pytest.mark.parametrize("block", BLOCKS, ids=[f"example-{i}" for i in range(len(BLOCKS))])
def test_rule_examples_validate(block: str) -> None:
    data = yaml.safe_load(block)
    if isinstance(data, dict) and "rules" in data:
        data = data["rules"]
    if isinstance(data, list):
        for rule in data:
            Rule.model_validate(_strings(rule))
        return
    assert isinstance(data, dict)
    if "plan" in data:
        Plan.model_validate(_strings(data["plan"]))
    for outcome in data.get("outcomes", []):
        Outcome.model_validate(_strings(outcome))


def test_examples_cover_every_outcome_kind() -> None:
    for kind in ("value:", "completion:", "achieved:", "claim:", "increment: true"):
        assert kind in SECTION


def test_first_commands_install_run_and_test() -> None:
    first_block = re.search(r"```sh\n(.*?)```", README, flags=re.S)
    assert first_block is not None
    install, test = first_block.group(1).strip().splitlines()
    assert "pip install" in install and "checker check" in install
    assert test == ".venv/bin/python -m pytest"
    assert test in (ROOT / ".ci" / "run").read_text(encoding="utf-8")
