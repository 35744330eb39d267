"""Measure words, on unit strings: what each counts, and the factor between two of them.

pint is the authority: it reads units.txt beside this file (the project's own definitions,
a few milliseconds to build where pint's default registry takes about 0.35 s), and knows
nothing but the measure words of the releases, so an unknown word is an error. This module
knows nothing of quantities: `Quantity.in_unit` uses its factors.
"""

from __future__ import annotations

import functools
import hashlib
import json
import re
from decimal import Decimal, localcontext
from pathlib import Path
from typing import TYPE_CHECKING

from checker.diagnostics import UnitError
from checker.messages import Message

if TYPE_CHECKING:
    import pint

DEFINITIONS = Path(__file__).with_name("units.txt")
# Conversions are rounded to this many significant digits: 亩 = 10000/15 平方米 has no exact
# decimal, and 15亩 must still equal 10000平方米.
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
def _canonical() -> dict[str, str]:
    """Each measure word → the first word of its definition in units.txt (名, 位 → 人; 千米 → 公里)."""
    canonical: dict[str, str] = {}
    for raw in DEFINITIONS.read_text(encoding="utf-8").splitlines():
        line = raw.split("#", 1)[0].strip()
        words = [part.strip() for part in line.split("=")[2:] if part.strip() and (not part.strip().isascii()
                                                                                  or part.strip() == "%")]
        for word in words:
            canonical[word] = words[0]
    return canonical


def canonical_word(unit: str) -> str:
    """The measure word a unit is usually written with: 名 → 人, 千米 → 公里; others as they are."""
    return _canonical().get(unit, unit)


# What pint says of every measure word in units.txt, saved beside it (units.cache.json) and
# keyed by the definitions' sha256: a run reads the figures instead of importing pint (about a
# quarter of a second). Stale or missing, the cache is ignored and pint asked; CI checks it is
# fresh (`python -m checker.language.units > checker/language/units.cache.json`).
CACHE = DEFINITIONS.with_name("units.cache.json")


def definitions_digest() -> str:
    return hashlib.sha256(DEFINITIONS.read_bytes()).hexdigest()


@functools.cache
def _cached() -> dict[str, tuple[str, Decimal, str]]:
    """unit → (dimension, factor to its base unit, base unit), where the cache is fresh."""
    try:
        saved = json.loads(CACHE.read_text(encoding="utf-8"))
        if saved.get("definitions_sha256") != definitions_digest():
            return {}
        return {unit: (row["dimension"], Decimal(row["factor"]), row["base"]) for unit, row in saved["units"].items()}
    except (OSError, ValueError, KeyError, TypeError, ArithmeticError):
        return {}


def cache_document() -> dict[str, object]:
    """The cache as pint computes it now: what `python -m checker.language.units` prints."""
    units = {}
    for word in sorted(measure_words()):
        factor_, base = _pint_to_base(word)
        units[word] = {"dimension": _pint_dimension(word), "factor": str(factor_), "base": base}
    return {"definitions_sha256": definitions_digest(), "units": units}


@functools.cache
def registry() -> pint.UnitRegistry:
    import pint  # imported here: `checker --help` should not pay for it

    return pint.UnitRegistry(str(DEFINITIONS), non_int_type=Decimal, autoconvert_offset_to_baseunit=False)


@functools.cache
def dimension_of(unit: str) -> str:
    """The kind of thing a measure word counts, e.g. 人 → person; "" (a pure number) → number."""
    if unit == "":
        return "number"
    cached = _cached().get(unit)
    return cached[0] if cached else _pint_dimension(unit)


def _pint_dimension(unit: str) -> str:
    try:
        dims = registry().parse_units(_pint_name(unit)).dimensionality
    except Exception as error:  # pint raises several types for an unknown name
        raise UnitError(Message("unit-unknown", unit=unit)) from error
    # a compound dimension is named as it divides: [mass] / [volume] → mass_per_volume (a concentration)
    powers = {re.sub(r"[\[\]]", "", str(name)): float(str(power)) for name, power in dims.items()}
    over = [name for name, power in powers.items() if power > 0]
    under = [name for name, power in powers.items() if power < 0]
    return "_".join(over + [f"per_{name}" for name in under]) or "number"


@functools.cache
def _to_base(unit: str) -> tuple[Decimal, str]:
    """One `unit` in the base unit of its dimension: 万元 is not a unit here, 公顷 → (10000, square_meter)."""
    if unit == "":
        return Decimal(1), ""
    cached = _cached().get(unit)
    return (cached[1], cached[2]) if cached else _pint_to_base(unit)


def _pint_name(unit: str) -> str:
    """The name pint knows a measure word by where pint would not parse it as written: /10万 (a
    rate, which pint would read as a division by 10 of an unknown 万) → per_hundred_thousand; 吨/日 (日 is
    no measure word of its own: 5日 is a date) → tonne_per_day."""
    return registry().get_name(unit) if "/" in unit else unit


def _pint_to_base(unit: str) -> tuple[Decimal, str]:
    try:
        base = registry().Quantity(Decimal(1), _pint_name(unit)).to_base_units()
    except Exception as error:
        raise UnitError(Message("unit-unknown", unit=unit)) from error
    return Decimal(base.magnitude), str(base.units)


def to_base(value: Decimal, unit: str) -> tuple[Decimal, str]:
    """`value` of `unit` in the base unit of its dimension: (16500, 公顷) → (165000000, square_meter)."""
    factor, base = _to_base(unit)
    if factor == 1:
        return value, base
    with localcontext() as ctx:
        ctx.prec = PRECISION
        return +(value * factor), base


@functools.cache
def factor(unit: str, target: str) -> Decimal:
    """How many `target` one `unit` is (same dimension assumed): factor(公顷, 平方米) = 10000."""
    if unit == target:
        return Decimal(1)
    one, _ = _to_base(unit)
    other, _ = _to_base(target)
    with localcontext() as ctx:
        ctx.prec = PRECISION + 4
        return one / other


def convert(value: Decimal, unit: str, target: str) -> Decimal:
    """`value` of `unit` expressed in `target` (same dimension assumed), exact to PRECISION digits."""
    if unit == target:
        return value
    with localcontext() as ctx:
        ctx.prec = PRECISION
        return +(value * factor(unit, target))


if __name__ == "__main__":
    import sys

    sys.stdout.write(json.dumps(cache_document(), ensure_ascii=False, indent=1, sort_keys=True) + "\n")
