"""The one pint registry, built from units.txt beside this file.

pint's default registry costs about 0.35 s to build; this one a few milliseconds, and it
knows nothing but the measure words of the releases, so an unknown word is an error.
"""

from __future__ import annotations

import functools
import re
from decimal import Decimal, localcontext
from pathlib import Path
from typing import TYPE_CHECKING

from checker.errors import UnitError

if TYPE_CHECKING:
    import pint

    from checker.quantity import Quantity

DEFINITIONS = Path(__file__).with_name("units.txt")
# Comparisons round conversions to this many significant digits: 亩 = 10000/15 平方米
# has no exact decimal, and 15亩 must still equal 10000平方米.
PRECISION = 24


@functools.cache
def measure_words() -> tuple[str, ...]:
    """Every measure word in units.txt, longest first (for longest-match parsing)."""
    words: set[str] = set()
    for raw in DEFINITIONS.read_text(encoding="utf-8").splitlines():
        line = raw.split("#", 1)[0].strip()
        if "=" not in line:
            continue
        parts = [part.strip() for part in line.split("=")]
        words.update(part for part in parts[2:] if part and not part.isascii() or part == "%")
    return tuple(sorted(words, key=lambda w: (-len(w), w)))


@functools.cache
def registry() -> pint.UnitRegistry:
    import pint  # imported here: `checker --help` should not pay for it

    return pint.UnitRegistry(str(DEFINITIONS), non_int_type=Decimal, autoconvert_offset_to_baseunit=False)


def dimension_of(unit: str) -> str:
    """The kind of thing a measure word counts, e.g. 人 → person; "" (a pure number) → number."""
    if unit == "":
        return "number"
    reg = registry()
    try:
        dims = reg.parse_units(unit).dimensionality
    except Exception as error:  # pint raises several types for an unknown name
        raise UnitError(f"unknown measure word {unit!r}") from error
    return " ".join(re.sub(r"[\[\]]", "", str(name)) for name in dims) or "number"


def to_base(quantity: Quantity) -> tuple[Decimal, str]:
    """The value in the base unit of its dimension: 16500万元 → (165000000, "yuan")."""
    return _convert(quantity.value, quantity.unit)


def _convert(value: Decimal, unit: str) -> tuple[Decimal, str]:
    if unit == "":
        return value, ""
    reg = registry()
    try:
        base = reg.Quantity(value, unit).to_base_units()
    except Exception as error:
        raise UnitError(f"unknown measure word {unit!r}") from error
    with localcontext() as ctx:
        ctx.prec = PRECISION
        magnitude = +Decimal(base.magnitude)
    return magnitude, str(base.units)


def comparable(a: Quantity, b: Quantity) -> bool:
    return dimension_of(a.unit) == dimension_of(b.unit)


def require_comparable(a: Quantity, b: Quantity) -> None:
    """Refuse, naming both sides, to compare things of different kinds (人 with 人次)."""
    if not comparable(a, b):
        raise UnitError(
            f"cannot compare {a.text!r} ({a.unit or 'a pure number'}: {dimension_of(a.unit)}) "
            f"with {b.text!r} ({b.unit or 'a pure number'}: {dimension_of(b.unit)}): "
            "they count different things"
        )


def in_unit_of(value: Decimal, unit: str, target_unit: str) -> Decimal:
    """`value` of `unit` expressed in `target_unit` (same dimension assumed)."""
    if unit == target_unit:
        return value
    base, _ = _convert(value, unit)
    one, _ = _convert(Decimal(1), target_unit)
    with localcontext() as ctx:
        ctx.prec = PRECISION
        return +(base / one)
