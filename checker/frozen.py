"""`changed`: `dataclasses.replace` for the records copied once per figure and per rule;
`built_at_once`: a faster `__init__` for the records made once per figure.

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


def built_at_once(kind: type[T]) -> type[T]:
    """The frozen dataclass `kind`, its `__init__` replaced by one that takes the same arguments
    and sets every field in one step.

    A frozen dataclass's own `__init__` sets each field through `object.__setattr__`: 3 µs for
    a Claim of 18 fields, and a release makes one for each of its hundreds of figures. This one
    puts the fields in the instance's `__dict__` at once (1.3 µs). It is written as dataclasses
    writes its own, from the fields: plain defaults only (no `default_factory`, no keyword-only
    fields), as tests/test_frozen.py checks against the generated `__init__`.
    """
    params, defaults = [], {}
    for field in dataclasses.fields(kind):  # type: ignore[arg-type]
        if field.default_factory is not dataclasses.MISSING or field.kw_only or not field.init:
            raise TypeError(f"{kind.__name__}.{field.name}: only plain fields are built at once")
        if field.default is dataclasses.MISSING:
            params.append(field.name)
        else:
            defaults[f"_default_{field.name}"] = field.default
            params.append(f"{field.name}=_default_{field.name}")
    names = [param.split("=")[0] for param in params]
    if {"self", "_set"} & set(names):
        raise TypeError(f"{kind.__name__}: a field named self or _set")
    source = (f"def __init__(self, {', '.join(params)}):\n"
              f"    _set(self, '__dict__', {{{', '.join(f'{name!r}: {name}' for name in names)}}})\n")
    namespace: dict[str, Any] = {"_set": object.__setattr__, **defaults}
    exec(source, namespace)  # how dataclasses makes __init__; the text is ours, from the field names
    init = namespace["__init__"]
    init.__qualname__ = f"{kind.__qualname__}.__init__"
    init.__module__ = kind.__module__
    kind.__init__ = init  # type: ignore[method-assign]
    return kind
