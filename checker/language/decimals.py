"""Exact decimals written the way people read them: no exponent, no float, 万 and 亿 as releases write them."""

from __future__ import annotations

from decimal import Decimal


def decimal_text(value: Decimal) -> str:
    """A plain decimal string without exponent or trailing zeros: Decimal('1.28E+4') → '12800'."""
    text = format(value, "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def scaled_text(value: Decimal) -> str:
    """A number written the way releases write it: 234850000 → 2.3485亿, 36000 → 3.6万.
    Exact: parse_quantity(scaled_text(v)) reads back v."""
    magnitude = abs(value)
    for places, word in ((8, "亿"), (4, "万")):
        if magnitude >= shift(Decimal(1), places):
            return decimal_text(shift(value, -places)) + word
    return decimal_text(value)


def shift(value: Decimal, places: int) -> Decimal:
    """value × 10^places, exactly (no context rounding)."""
    sign, digits, exponent = value.as_tuple()
    assert isinstance(exponent, int)
    return Decimal((sign, digits, exponent + places))
