"""Properties where there is algebra: 万/亿 writing, Chinese numerals, and the parser's
contract on arbitrary text (a result or its own documented error, nothing else)."""

from __future__ import annotations

import contextlib
from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from checker.diagnostics import CheckerError, QuantityError
from checker.language.decimals import decimal_text, scaled_text
from checker.language.numerals import parse_chinese_numeral, to_chinese_numeral
from checker.language.periods import parse_period
from checker.language.quantity import find_quantities, parse_quantity
from checker.language.units import to_base

decimals = st.decimals(min_value=0, max_value=Decimal("1e13"), places=4, allow_nan=False, allow_infinity=False)


@given(decimals)
def test_wan_yi_form_reads_back_to_itself(value: Decimal) -> None:
    written = scaled_text(value)
    assert parse_quantity(written).value == value
    assert parse_quantity(written + "元").value == value


@given(decimals, st.sampled_from(["万", "亿"]))
def test_scale_word_multiplies_exactly(value: Decimal, word: str) -> None:
    factor = Decimal(10) ** (4 if word == "万" else 8)
    assert parse_quantity(f"{decimal_text(value)}{word}个").value == value * factor


@given(st.integers(min_value=0, max_value=10**12))
def test_chinese_numerals_round_trip(number: int) -> None:
    assert parse_chinese_numeral(to_chinese_numeral(number)) == number


@given(st.integers(min_value=0, max_value=10**8), st.sampled_from(["所", "人", "元", "个百分点"]))
def test_chinese_numeral_quantities_round_trip(number: int, unit: str) -> None:
    quantity = parse_quantity(to_chinese_numeral(number) + unit)
    assert (quantity.value, quantity.unit) == (number, unit)


@given(st.integers(min_value=1, max_value=9999))
def test_chinese_numeral_with_wan_yuan(number: int) -> None:
    assert parse_quantity(to_chinese_numeral(number) + "万元").value == number * 10_000


@given(st.decimals(min_value=1, max_value=Decimal("1e6"), places=2))
def test_yuan_wan_yi_are_equal(value: Decimal) -> None:
    yi = parse_quantity(f"{decimal_text(value)}亿元")
    wan = parse_quantity(f"{decimal_text(value * 10000)}万元")
    yuan = parse_quantity(f"{decimal_text(value * 100000000)}元")
    assert to_base(yi.value, yi.unit) == to_base(wan.value, wan.unit) == to_base(yuan.value, yuan.unit)


@given(st.text(max_size=40))
def test_arbitrary_text_gives_a_reading_or_the_documented_error(text: str) -> None:
    with contextlib.suppress(QuantityError):
        parse_quantity(text)


@given(st.text(alphabet="0123456789.,万亿千百十余多约近以上下内左右-至个所人元%一二两三零〇百分之 \n", max_size=30))
def test_quantity_like_text_gives_a_reading_or_the_documented_error(text: str) -> None:
    with contextlib.suppress(QuantityError):
        parse_quantity(text)
    for found in find_quantities(text):
        assert 0 <= found.start < found.end <= len(text)


@given(st.text(max_size=30))
def test_arbitrary_periods_give_a_date_or_the_documented_error(text: str) -> None:
    with contextlib.suppress(CheckerError):
        parse_period(text)


@given(st.text(max_size=200))
def test_running_text_never_raises(text: str) -> None:
    for found in find_quantities(text):
        assert 0 <= found.start < found.end <= len(text)
