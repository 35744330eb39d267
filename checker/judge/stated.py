"""What a quote states: the quantities in it, compared with what a rule declares."""

from __future__ import annotations

from checker.diagnostics import CheckerError
from checker.language.quantity import Quantity, find_quantities
from checker.language.units import to_base
from checker.messages import Message


def quantity_not_stated(what: Message, declared: Quantity, quote: str) -> Message | None:
    stated = [found.quantity for found in find_quantities(quote)]
    if any(_same(declared, q) for q in stated):
        return None
    return Message("quantity-not-in-quote", what=what, declared=declared.text, stated=listing(stated))


def _same(a: Quantity, b: Quantity) -> bool:
    try:
        if a.dimension != b.dimension:
            return False
        if to_base(a.value, a.unit)[0] != to_base(b.value, b.unit)[0]:
            return False
        if (a.upper is None) != (b.upper is None):
            return False
        if a.upper is not None and b.upper is not None:
            return to_base(a.upper, a.unit)[0] == to_base(b.upper, b.unit)[0]
        return True
    except CheckerError:
        return False


def listing(quantities: list[Quantity]) -> tuple[str, ...] | Message:
    """The quote's quantities as the quote writes them (3.6万个, not 36000个)."""
    if not quantities:
        return Message("quote-no-quantity")
    return tuple("".join(q.text.split()) for q in quantities)
