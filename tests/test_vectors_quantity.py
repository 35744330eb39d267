"""Quantity expressions against external oracle tables (JioNLP, Recognizers-Text, WeTextProcessing).

Data: tests/vectors/{jionlp,recognizers_text,wetextprocessing}.json (see tests/vectors/README.md for
what was kept, converted and left out). Three kinds of case:
  quantity        parse_quantity(input) -> value / unit / qualifier / upper / completion
  quantity_error  parse_quantity(input) raises QuantityError; "mentions" must appear in str(error)
  find            find_quantities(text): every "expect" entry is matched by a Found that overlaps the
                  place where its "at" text occurs (searched left to right) and has the right value,
                  unit and qualifier; no Found overlaps an "absent" entry's text.
"""

from __future__ import annotations

import json
from decimal import Decimal

import pytest
from conftest import VECTORS

from checker.diagnostics import QuantityError
from checker.language.quantity import Qualifier, find_quantities, parse_quantity

FILES = ("jionlp.json", "recognizers_text.json", "wetextprocessing.json")


def _load(name: str) -> dict:
    return json.loads((VECTORS / name).read_text(encoding="utf-8"))


def _params(files: tuple[str, ...], section: str) -> list:
    return [pytest.param(c, id=c["id"]) for name in files for c in _load(name).get(section, [])]


def _show(found) -> str:
    return "[" + ", ".join(
        f"{f.quantity.value} {f.quantity.unit!r} {f.quantity.qualifier.value} @{f.start}:{f.end}" for f in found) + "]"


def check_quantity(case: dict) -> None:
    text = case["input"]
    q = parse_quantity(text)
    where = f"{text!r} ({case.get('origin', '')})"
    assert isinstance(q.value, Decimal), f"{where}: value is {type(q.value).__name__}, not Decimal"
    assert q.value == Decimal(case["value"]), f"{where}: expected value {case['value']}, got {q.value}"
    assert q.unit == case["unit"], f"{where}: expected unit {case['unit']!r}, got {q.unit!r}"
    assert q.qualifier == Qualifier(case["qualifier"]), \
        f"{where}: expected qualifier {case['qualifier']}, got {q.qualifier}"
    if case.get("upper") is not None:
        assert q.upper == Decimal(case["upper"]), f"{where}: expected upper {case['upper']}, got {q.upper}"
    else:
        assert q.upper is None, f"{where}: expected no upper bound, got {q.upper}"
    assert q.completion is bool(case.get("completion", False)), f"{where}: completion is {q.completion}"


def check_find(text: str, expect: list[dict], absent: list[dict]) -> None:
    found = find_quantities(text)
    for f in found:
        assert 0 <= f.start < f.end <= len(text), f"{text!r}: Found span {f.start}:{f.end} outside the text"
    cursor = 0
    for e in expect:
        s = text.find(e["at"], cursor)
        assert s >= 0, f"test data: {e['at']!r} not in {text!r} after {cursor}"
        end = s + len(e["at"])
        cursor = end
        over = [f for f in found if f.start < end and f.end > s]
        assert over, f"{text!r}: nothing found at {e['at']!r} ({s}:{end}); found {_show(found)}"
        ok = [f for f in over
              if f.quantity.value == Decimal(e["value"])
              and (e.get("unit") is None or f.quantity.unit == e["unit"])
              and (e.get("qualifier") is None or f.quantity.qualifier == Qualifier(e["qualifier"]))]
        assert ok, (f"{text!r}: at {e['at']!r} expected {e['value']} {e.get('unit')!r} {e.get('qualifier')}, "
                    f"found {_show(over)}")
    for a in absent:
        s = text.find(a["at"])
        assert s >= 0, f"test data: {a['at']!r} not in {text!r}"
        end = s + len(a["at"])
        over = [f for f in found if f.start < end and f.end > s]
        assert not over, f"{text!r}: {a['at']!r} must not be returned ({a['why']}); found {_show(over)}"


@pytest.mark.parametrize("case", _params(FILES, "quantity"))
def test_parse_quantity(case: dict) -> None:
    check_quantity(case)


@pytest.mark.parametrize("case", _params(FILES, "quantity_error"))
def test_parse_quantity_rejects(case: dict) -> None:
    with pytest.raises(QuantityError) as info:
        got = parse_quantity(case["input"])
        pytest.fail(f"{case['input']!r} is not one of our quantities, but was read as {got}")
    if case.get("mentions"):
        assert case["mentions"] in str(info.value), \
            f"{case['input']!r}: the error should name {case['mentions']!r}: {info.value}"


@pytest.mark.parametrize("case", _params(FILES, "find"))
def test_find_quantities(case: dict) -> None:
    check_find(case["text"], case["expect"], case["absent"])


@pytest.mark.parametrize("name", FILES)
def test_tables_keep_their_attribution(name: str) -> None:
    src = _load(name)["_source"]
    assert src["project"] and src["commit"] and src["licence"]
