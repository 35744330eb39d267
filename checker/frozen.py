"""The checker's records (frozen dataclasses), made and copied at less cost than dataclasses'.

`record`: `@dataclass(frozen=True)` with one method compiled at each start, not six.
`changed`: `dataclasses.replace` for the records copied once per figure and per rule.

`replace` reads every field's definition and calls `__init__` through keywords on each
copy, which costs more than the reading it serves when a release's claims are re-based per
quote. None of the checker's dataclasses has a `__post_init__`, an `InitVar` or an
`init=False` field (tests/test_frozen.py holds them to it), so a copy of the instance's
fields with some of them changed is what `replace` would build (values cached on the
instance, by `functools.cached_property`, are not copied).
"""

from __future__ import annotations

import dataclasses
import functools
import operator
import sys
from collections.abc import Callable
from typing import Any, TypeVar

if sys.version_info >= (3, 11):
    from typing import dataclass_transform
else:
    from typing_extensions import dataclass_transform

T = TypeVar("T")

_FIELDS: dict[type, frozenset[str]] = {}


def changed(original: T, /, **changes: Any) -> T:
    """A copy of the frozen dataclass `original` with `changes`, as `dataclasses.replace` makes it."""
    kind = type(original)
    names = _FIELDS.get(kind)
    if names is None:
        names = _FIELDS[kind] = frozenset(f.name for f in dataclasses.fields(kind))  # type: ignore[arg-type]
    if not names.issuperset(changes):
        raise TypeError(f"{kind.__name__} has no field {sorted(set(changes) - names)[0]!r}")
    copy = object.__new__(kind)
    fields, own = copy.__dict__, original.__dict__
    if len(own) == len(names):
        fields.update(own)
    else:  # a cached_property's value is not a field: the copy works it out again
        fields.update((name, own[name]) for name in names)
    fields.update(changes)
    return copy


@dataclass_transform(frozen_default=True, field_specifiers=(dataclasses.field,))
def record(kind: type[T]) -> type[T]:
    """`kind` as a frozen dataclass: the same fields, `__init__`, `repr`, equality, hash and
    refusal to change as `@dataclass(frozen=True)` gives it, with one small `exec` rather than six.

    dataclasses compiles each method it writes on its own: 0.66 ms for a class of five fields,
    27 ms at every start for the checker's forty records, a tenth of the import floor. Here the
    fields are read by `dataclasses.dataclass` itself (asked to write no method, so `fields`,
    `replace` and `asdict` work as on any dataclass); `__init__` is written from them as
    dataclasses writes it; equality and hash compare the fields' values in order, as
    dataclasses' do, through `operator.attrgetter`; `repr` and the refusal to change are shared
    functions. The `__init__` puts the fields in the instance's `__dict__` at once (a Claim of
    18 fields: 1.4 µs, against 3 µs through `object.__setattr__`).

    Plain fields only: a default or a `default_factory` (and `repr=False`), no `init=False`,
    keyword-only, `compare=False` or `hash=` field. A class's own `__init__`, `__repr__`,
    `__eq__` or `__hash__` is kept, as dataclasses keeps it. tests/test_frozen.py holds every
    record to a `@dataclass(frozen=True)` twin.
    """
    own = {name for name in ("__init__", "__repr__", "__eq__", "__hash__") if name in kind.__dict__}
    if kind.__dict__.get("__hash__", 0) is None and "__eq__" in own:
        own.discard("__hash__")  # Python's None for a class that defines __eq__, not the class's own
    for name in ("__setattr__", "__delattr__"):  # as dataclasses refuses for a frozen class
        if name in kind.__dict__:
            raise TypeError(f"Cannot overwrite attribute {name} in class {kind.__name__}")
    kind = dataclasses.dataclass(kind, init=False, repr=False, eq=False)  # the fields, no method
    fields = dataclasses.fields(kind)  # type: ignore[arg-type]
    names = tuple(field.name for field in fields)
    params = []
    namespace: dict[str, Any] = {"_set": object.__setattr__, "_factory": _FACTORY}
    made = []
    for field in fields:
        if field.kw_only or not field.init or not field.compare or field.hash is not None:
            raise TypeError(f"{kind.__name__}.{field.name}: only plain fields make a record")
        if field.default is not dataclasses.MISSING:
            namespace[f"_default_{field.name}"] = field.default
            params.append(f"{field.name}=_default_{field.name}")
        elif field.default_factory is not dataclasses.MISSING:
            namespace[f"_make_{field.name}"] = field.default_factory
            params.append(f"{field.name}=_factory")
            made.append(f"    if {field.name} is _factory:\n        {field.name} = _make_{field.name}()\n")
        else:
            params.append(field.name)
    if {"self", "_set", "_factory"} & set(names):  # __init__'s own names
        raise TypeError(f"{kind.__name__}: a field named self, _set or _factory")
    methods = _compared(names)
    if "__init__" not in own:
        source = (f"def __init__(self, {', '.join(params)}):\n"
                  + "".join(made)
                  + f"    _set(self, '__dict__', {{{', '.join(f'{name!r}: {name}' for name in names)}}})\n")
        exec(source, namespace)  # as dataclasses writes it; the text is ours, from the field names
        methods["__init__"] = namespace["__init__"]
    for name, method in methods.items():
        if name in own:  # the class's own is kept, as dataclasses keeps it
            continue
        method.__qualname__ = f"{kind.__qualname__}.{name}"
        method.__module__ = kind.__module__
        setattr(kind, name, method)
    if "__repr__" not in own:
        kind.__repr__ = _repr  # type: ignore[method-assign]
    kind.__setattr__ = _refuse_to_set  # type: ignore[method-assign]
    kind.__delattr__ = _refuse_to_delete  # type: ignore[method-assign]
    _SHOWN[kind] = tuple(field.name for field in fields if field.repr)
    return kind


def _compared(names: tuple[str, ...]) -> dict[str, Any]:
    """`__eq__` and `__hash__` over the fields' values in order, as dataclasses writes them
    (`(self.a, self.b) == (other.a, other.b)`, `hash((self.a, self.b))`); the tuple is made by
    `operator.attrgetter`, so nothing is compiled for them."""
    values: Callable[[Any], tuple[Any, ...]]
    if len(names) > 1:
        values = operator.attrgetter(*names)
    elif names:
        values = functools.partial(_one_value, names[0])
    else:
        values = _no_values

    def __eq__(self: Any, other: Any) -> Any:
        if other.__class__ is self.__class__:
            return values(self) == values(other)
        return NotImplemented

    def __hash__(self: Any) -> int:
        return hash(values(self))

    return {"__eq__": __eq__, "__hash__": __hash__}


def _one_value(name: str, item: Any) -> tuple[Any]:
    return (getattr(item, name),)


def _no_values(item: Any) -> tuple[()]:
    return ()


class _Factory:
    """The default of a field made by a `default_factory`: made anew for each record."""

    def __repr__(self) -> str:
        return "<factory>"


_FACTORY = _Factory()
_SHOWN: dict[type, tuple[str, ...]] = {}  # the fields a record's repr shows


def _repr(self: object) -> str:
    fields = ", ".join(f"{name}={getattr(self, name)!r}" for name in _SHOWN[type(self)])
    return f"{type(self).__qualname__}({fields})"


def _refuse_to_set(self: object, name: str, value: object) -> None:
    raise dataclasses.FrozenInstanceError(f"cannot assign to field {name!r}")


def _refuse_to_delete(self: object, name: str) -> None:
    raise dataclasses.FrozenInstanceError(f"cannot delete field {name!r}")
