"""What a reported figure proves: an interval, with open or closed bounds.

超过900万 is (9000000, ∞); 近5000 is just under 5000, (−∞, 5000); 20-30所 is [20, 30]; 9万多个
is (90000, ∞); 约8000 is [7500, 8500] and 10所左右 [5, 15], all that round to the figure as written
(a plan's 约5万 is a bound the author chooses with a comparator). Sums of figures add
their bounds, keeping which are open, so 超过2万 + 5万 is more than 7万 and 近2万 + 5万 is under
7万. A target is met or missed only where the interval proves it.
"""

from __future__ import annotations

from decimal import Decimal

from typing_extensions import assert_never

from checker.frozen import record
from checker.language.quantity import Qualifier, Quantity


@record
class Interval:
    """What a figure proves: its bounds, each open or closed, or None where it has none."""

    low: Decimal | None  # None: no bound below
    high: Decimal | None  # None: no bound above
    low_open: bool = False
    high_open: bool = False
    about: Decimal | None = None  # 约8000: the figure as written, shown as ≈8000 (a sum forgets it)

    @classmethod
    def of(cls, q: Quantity) -> Interval:
        v = q.value
        match q.qualifier:
            case Qualifier.EXACT:
                return cls(v, v)
            case Qualifier.ABOUT:
                # 约8000 is a figure rounded at its last digit: anything from 7500 to 8500
                half = _half_unit(v)
                return cls(v - half, v + half, about=v)
            case Qualifier.MORE_THAN:
                return cls(v, None, low_open=True)
            case Qualifier.AT_LEAST:
                return cls(v, None)
            case Qualifier.NEARLY | Qualifier.LESS_THAN:
                return cls(None, v, high_open=True)
            case Qualifier.AT_MOST:
                return cls(None, v)
            case Qualifier.RANGE:
                return cls(v, q.upper)
            case _:
                assert_never(q.qualifier)

    def __add__(self, other: Interval) -> Interval:
        low = None if self.low is None or other.low is None else self.low + other.low
        high = None if self.high is None or other.high is None else self.high + other.high
        # adding nothing (a day with no increment) keeps what 约 said; a real sum is a plain interval
        about = self.about if other.is_zero else other.about if self.is_zero else None
        return Interval(low, high, self.low_open or other.low_open, self.high_open or other.high_open, about)

    @property
    def is_zero(self) -> bool:
        return self.exact and self.low == 0 and self.about is None

    def hull(self, other: Interval) -> Interval:
        """Both at once: what is known when two reports of one figure disagree."""
        low, low_open = _outer(self.low, self.low_open, other.low, other.low_open, lower=True)
        high, high_open = _outer(self.high, self.high_open, other.high, other.high_open, lower=False)
        return Interval(low, high, low_open, high_open, self.about if self.about == other.about else None)

    @property
    def exact(self) -> bool:
        return self.low is not None and self.low == self.high and not (self.low_open or self.high_open)

    @property
    def point(self) -> Decimal | None:
        """The single number it is, or the bound it has (for progress and display)."""
        if self.about is not None:
            return self.about
        return self.low if self.low is not None else self.high

    def at_least(self, bound: Decimal, strict: bool = False) -> bool | None:
        """Is every value in it ≥ bound (> bound when strict)? None: some are, some are not."""
        low, high = self.low, self.high
        if low is not None and (low > bound or (low == bound and (not strict or self.low_open))):
            return True
        if high is not None and (high < bound or (high == bound and (strict or self.high_open))):
            return False
        return None

    def at_most(self, bound: Decimal, strict: bool = False) -> bool | None:
        """Is every value in it ≤ bound (< bound when strict)? None: some are, some are not."""
        low, high = self.low, self.high
        if high is not None and (high < bound or (high == bound and (not strict or self.high_open))):
            return True
        if low is not None and (low > bound or (low == bound and (strict or self.low_open))):
            return False
        return None

    def as_quantity(self, unit: str) -> Quantity:
        """The nearest quantity expression (for showing it): 20–30, >7万, <7万, 7万."""
        if self.about is not None:
            return Quantity("", self.about, unit, Qualifier.ABOUT)
        if self.low is not None and self.high is not None:
            if self.low == self.high:
                return Quantity("", self.low, unit)
            return Quantity("", self.low, unit, Qualifier.RANGE, self.high)
        if self.low is not None:
            return Quantity("", self.low, unit, Qualifier.MORE_THAN if self.low_open else Qualifier.AT_LEAST)
        assert self.high is not None
        return Quantity("", self.high, unit, Qualifier.LESS_THAN if self.high_open else Qualifier.AT_MOST)


def _outer(a: Decimal | None, a_open: bool, b: Decimal | None, b_open: bool, *,
           lower: bool) -> tuple[Decimal | None, bool]:
    if a is None or b is None:
        return None, False
    if a == b:
        return a, a_open and b_open
    wider = (a < b) if lower else (a > b)
    return (a, a_open) if wider else (b, b_open)


def _half_unit(value: Decimal) -> Decimal:
    """Half a unit of the last digit written: 8000 → 500, 8.3万 (83000) → 500, 6702万 → 5000."""
    exponent = value.normalize().as_tuple().exponent
    assert isinstance(exponent, int)
    return Decimal(5).scaleb(exponent - 1)

