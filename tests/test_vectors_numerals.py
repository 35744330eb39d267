"""Chinese numerals against external oracle tables (cn2an, Recognizers-Text, WeTextProcessing).

Data: tests/vectors/{cn2an,recognizers_text,wetextprocessing}.json, filtered and converted by
tests/vectors/build_vectors.py; what was kept or left out, and why, is in tests/vectors/README.md
and in each file's "excluded" list. Test ids are ASCII (pytest escapes Chinese in ids):
<project>-<group>-<n>-<expected value>, with "p" for the decimal point.
"""

from __future__ import annotations

import json
from decimal import Decimal

import pytest
from conftest import VECTORS

from checker.diagnostics import CheckerError, QuantityError
from checker.language.numerals import parse_chinese_numeral, to_chinese_numeral
from checker.language.quantity import Qualifier, parse_quantity

NUMERAL_FILES = ("cn2an.json", "recognizers_text.json", "wetextprocessing.json")


def _load(name: str) -> dict:
    return json.loads((VECTORS / name).read_text(encoding="utf-8"))


def _params(files: tuple[str, ...], section: str) -> list:
    out = []
    for name in files:
        for case in _load(name).get(section, []):
            out.append(pytest.param(case, id=case["id"]))
    return out


@pytest.mark.parametrize("case", _params(NUMERAL_FILES, "numeral"))
def test_parse_chinese_numeral(case: dict) -> None:
    got = parse_chinese_numeral(case["input"])
    assert isinstance(got, Decimal), f"{case['input']!r}: expected a Decimal, got {type(got).__name__}"
    assert got == Decimal(case["value"]), f"{case['input']!r} ({case['origin']}): expected {case['value']}, got {got}"


@pytest.mark.parametrize("case", _params(("cn2an.json", "wetextprocessing.json"), "numeral_error"))
def test_parse_chinese_numeral_rejects(case: dict) -> None:
    with pytest.raises(QuantityError):
        got = parse_chinese_numeral(case["input"])
        pytest.fail(f"{case['input']!r} ({case['origin']}) is not one numeral, but was read as {got}")


@pytest.mark.parametrize("case", _params(("cn2an.json",), "to_chinese"))
def test_to_chinese_numeral(case: dict) -> None:
    value = int(case["value"])
    got = to_chinese_numeral(value)
    assert got == case["text"], f"{value}: expected {case['text']!r}, got {got!r}"
    assert parse_chinese_numeral(got) == value, f"{got!r} does not read back as {value}"


@pytest.mark.parametrize("case", _params(("cn2an.json",), "quantity"))
def test_plain_number_through_parse_quantity(case: dict) -> None:
    """cn2an smart-mode arabic numbers (100万, 10.1万) and one financial amount (壹拾壹元)."""
    q = parse_quantity(case["input"])
    assert isinstance(q.value, Decimal)
    assert q.value == Decimal(case["value"]), f"{case['input']!r}: expected {case['value']}, got {q.value}"
    assert q.unit == case["unit"], f"{case['input']!r}: expected unit {case['unit']!r}, got {q.unit!r}"
    assert q.qualifier == Qualifier(case["qualifier"])
    assert q.upper is None


@pytest.mark.parametrize("case", _params(("cn2an.json",), "quantity_error"))
def test_parse_quantity_rejects_malformed_numbers(case: dict) -> None:
    with pytest.raises(QuantityError):
        got = parse_quantity(case["input"])
        pytest.fail(f"{case['input']!r} ({case['origin']}) is malformed, but was read as {got}")


def test_quantity_error_is_a_checker_error() -> None:
    assert issubclass(QuantityError, CheckerError)


@pytest.mark.parametrize("name", NUMERAL_FILES)
def test_tables_keep_their_attribution(name: str) -> None:
    src = _load(name)["_source"]
    assert src["project"] and src["commit"] and src["licence"]
