"""The report's JSON writer (checker/report/jsontext.py) writes what json.dumps writes."""

from __future__ import annotations

import json
import math
from decimal import Decimal
from enum import Enum, IntEnum

import pytest
from conftest import GOLDEN
from hypothesis import given
from hypothesis import strategies as st

from checker.report import jsontext


def _standard(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, indent=2, allow_nan=False)


_SCALARS = (st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False)
            | st.text())
_VALUES = st.recursive(_SCALARS, lambda inner: st.lists(inner, max_size=4) | st.tuples(inner, inner)
                       | st.dictionaries(st.text(max_size=6), inner, max_size=4), max_leaves=30)


@given(_VALUES)
def test_same_text_as_json_dumps(value: object) -> None:
    assert jsontext.dumps(value) == _standard(value)


@given(st.lists(_VALUES, min_size=1, max_size=40))
def test_written_piece_by_piece_it_is_the_same_text(value: list) -> None:
    pieces: list[str] = []
    jsontext.write(value, pieces.append)
    assert "".join(pieces) == _standard(value)


def test_a_long_list_is_handed_on_in_pieces(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(jsontext, "_PIECES", 16)
    pieces: list[str] = []
    value = [{"id": f"r{i}", "value": i} for i in range(100)]
    jsontext.write(value, pieces.append)
    assert len(pieces) > 10 and "".join(pieces) == _standard(value)


@given(st.dictionaries(st.integers() | st.booleans() | st.none(), _SCALARS, min_size=1, max_size=3))
def test_keys_that_are_not_strings_are_written_as_json_dumps_writes_them(value: dict) -> None:
    assert jsontext.dumps(value) == _standard(value)


class Colour(str, Enum):
    red = "red"


class Size(IntEnum):
    large = 3


def test_enums_of_str_and_int_are_their_values() -> None:
    value = {"status": Colour.red, "size": Size.large, Colour.red: [Size.large, Colour.red], "flag": True}
    assert jsontext.dumps(value) == _standard(value)


def test_what_json_cannot_write_is_refused_alike() -> None:
    with pytest.raises(TypeError):
        jsontext.dumps({"a": Decimal("1.5")})


@pytest.mark.parametrize("bad", [math.nan, math.inf, {"a": [1, -math.inf]}])
def test_what_json_refuses_is_refused_alike(bad: object) -> None:
    with pytest.raises(ValueError):
        jsontext.dumps(bad)


def test_the_golden_report_reads_back_to_the_same_text() -> None:
    text = (GOLDEN / "compliance.json").read_text(encoding="utf-8")
    assert jsontext.dumps(json.loads(text)) + "\n" == text


def test_a_report_record_is_written_without_falling_back(monkeypatch: pytest.MonkeyPatch) -> None:
    from datetime import date

    from conftest import RULES, SEEDS

    from checker.judge.pipeline import run_audit
    from checker.locale import words
    from checker.report.record import report_record

    record = report_record(run_audit([RULES], SEEDS, date(2026, 11, 25), 90), words("zh"), None)
    expected = _standard(record)

    def refused(*args: object, **kwargs: object) -> str:
        raise AssertionError("fell back to json.dumps")

    monkeypatch.setattr(jsontext.json, "dumps", refused)
    assert jsontext.dumps(record) == expected
