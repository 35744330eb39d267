"""`changed`: `dataclasses.replace` for the records copied once per figure and per rule.

`replace` reads every field's definition and calls `__init__` through keywords on each
copy, which costs more than the reading it serves when a release's claims are re-based per
quote. None of the checker's dataclasses has a `__post_init__`, an `InitVar` or an
`init=False` field (tests/test_frozen.py holds them to it), so a copy of the instance's
fields with some of them changed is what `replace` would build (values cached on the
instance, by `functools.cached_property`, are not copied).
"""

from __future__ import annotations

import dataclasses
from typing import Any, TypeVar

T = TypeVar("T")

_FIELDS: dict[type, frozenset[str]] = {}


def changed(record: T, /, **changes: Any) -> T:
    """A copy of the frozen dataclass `record` with `changes`, as `dataclasses.replace` makes it."""
    kind = type(record)
    names = _FIELDS.get(kind)
    if names is None:
        names = _FIELDS[kind] = frozenset(f.name for f in dataclasses.fields(kind))  # type: ignore[arg-type]
    if not names.issuperset(changes):
        raise TypeError(f"{kind.__name__} has no field {sorted(set(changes) - names)[0]!r}")
    copy = object.__new__(kind)
    fields, own = copy.__dict__, record.__dict__
    if len(own) == len(names):
        fields.update(own)
    else:  # a cached_property's value is not a field: the copy works it out again
        fields.update((name, own[name]) for name in names)
    fields.update(changes)
    return copy
