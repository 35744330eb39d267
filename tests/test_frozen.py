"""`changed` (checker/frozen.py) stands in for `dataclasses.replace` on the records copied per
figure and per rule. It is only right while no dataclass of the checker runs code on
construction, and it must copy what `replace` copies, no more (not a cached value).
`record` stands in for `@dataclass(frozen=True)`: each record must take what the generated
`__init__` takes, and build, show, compare, hash and refuse changes as its dataclass twin does."""

from __future__ import annotations

import dataclasses
import functools
import gc
import importlib
import inspect
import itertools
import pkgutil
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from conftest import SEEDS

import checker
from checker.draft.extract import extract
from checker.frozen import changed, record
from checker.inputs.releases import load_corpus
from checker.judge.workers import collector_paused
from checker.language.claims import Claim
from checker.language.quantity import Qualifier, Quantity, parse_quantity


def _checker_dataclasses() -> list[type]:
    found = []
    for module in pkgutil.walk_packages(checker.__path__, "checker."):
        if module.name.endswith("__main__"):  # runs the command line when imported
            continue
        loaded = importlib.import_module(module.name)
        found += [value for value in vars(loaded).values()
                  if isinstance(value, type) and dataclasses.is_dataclass(value) and value.__module__ == module.name]
    return found


def test_no_dataclass_of_the_checker_runs_code_when_built() -> None:
    classes = _checker_dataclasses()
    assert len(classes) > 30  # the walk found them
    for kind in classes:
        assert not hasattr(kind, "__post_init__"), kind
        for field in dataclasses.fields(kind):
            assert field.init, (kind, field.name)
            assert not isinstance(field.type, dataclasses.InitVar), (kind, field.name)


def test_changed_is_what_replace_makes() -> None:
    corpus = load_corpus(SEEDS)
    claims = [claim for text in corpus.releases.values() for claim in text.reading.claims]
    assert len(claims) > 100
    for claim in claims:
        for changes in ({"subject": "新建学校"}, {"item_of": 3, "start": claim.start + 1}, {}):
            made = changed(claim, **changes)
            assert made == dataclasses.replace(claim, **changes)
            assert type(made) is type(claim) and made is not claim
        assert changed(claim.quantity, text="x") == dataclasses.replace(claim.quantity, text="x")


def test_changed_refuses_a_field_the_record_does_not_have() -> None:
    quantity = parse_quantity("85%以上")
    with pytest.raises(TypeError, match="'valeu'"):
        changed(quantity, valeu=Decimal(1))
    assert quantity.qualifier is Qualifier.AT_LEAST  # unchanged


def test_changed_is_frozen_like_its_original() -> None:
    made = changed(Quantity("5所", Decimal(5), "所"), value=Decimal(6))
    with pytest.raises(dataclasses.FrozenInstanceError):
        made.value = Decimal(7)  # type: ignore[misc]


@dataclass(frozen=True)
class _Cached:
    text: str

    @functools.cached_property
    def shout(self) -> str:
        return self.text.upper()


def test_a_cached_value_is_worked_out_again_for_the_copy() -> None:
    first = _Cached("a")
    assert first.shout == "A"
    copy = changed(first, text="b")
    assert copy.shout == "B"
    assert copy == dataclasses.replace(first, text="b")


def test_the_collector_is_paused_for_the_block_only() -> None:
    assert gc.isenabled()
    with collector_paused():
        assert not gc.isenabled()
    assert gc.isenabled()
    with pytest.raises(RuntimeError), collector_paused():
        raise RuntimeError("a failing run")
    assert gc.isenabled()
    gc.disable()  # a caller that had paused it keeps it paused
    try:
        with collector_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_every_dataclass_init_takes_its_fields_in_order_with_their_defaults() -> None:
    # the __init__ that record writes must take what the generated one takes
    for kind in _checker_dataclasses():
        if "__init__" in _own(kind):
            continue  # written by the class itself (Message takes its parameters as keywords)
        parameters = list(inspect.signature(kind.__dict__["__init__"]).parameters.values())[1:]
        expected = [(f.name, f.default if f.default is not dataclasses.MISSING
                     else "<factory>" if f.default_factory is not dataclasses.MISSING else inspect.Parameter.empty)
                    for f in dataclasses.fields(kind)]
        assert [(p.name, "<factory>" if repr(p.default) == "<factory>" else p.default) for p in parameters] == \
            expected, kind
        assert all(p.kind is inspect.Parameter.POSITIONAL_OR_KEYWORD for p in parameters), kind


def test_a_record_builds_what_the_dataclass_builds() -> None:
    corpus = load_corpus(SEEDS)
    claims = [claim for text in corpus.releases.values() for claim in text.reading.claims]
    drafted = [item for text in corpus.releases.values() for item in extract(text)]
    records: list[Any] = [*claims, *(claim.quantity for claim in claims), *drafted]
    assert len(claims) > 100 and len(drafted) > 100
    for made in records:
        kind = type(made)
        assert kind.__dict__["__init__"].__code__.co_names == ("_set",), kind  # the fast one is in use
        values = [getattr(made, f.name) for f in dataclasses.fields(kind)]
        assert kind(*values) == made
        assert kind(**{f.name: getattr(made, f.name) for f in dataclasses.fields(kind)}) == made
        with pytest.raises(dataclasses.FrozenInstanceError):
            kind(*values).start = 1
    assert Claim(claims[0].quantity, 1, 2, (0, 3), "学校") == dataclasses.replace(
        claims[0], start=1, end=2, clause=(0, 3), subject="学校", change=None, earlier_level=False, negated=False,
        completed=False, started=False, ratio=False, cumulative=False, period=None, period_text=None, kind=None,
        item_of=None, span=(0, 0), section=None)
    with pytest.raises(TypeError):
        Claim(claims[0].quantity, 1, 2)  # type: ignore[call-arg]  # clause and subject missing
    with pytest.raises(TypeError):
        Quantity("5所", Decimal(5), "所", unknown=1)  # type: ignore[call-arg]


@pytest.mark.parametrize("spec", [{"kw_only": True}, {"compare": False}, {"hash": False},
                                  {"init": False, "default": ""}])
def test_record_refuses_a_field_it_cannot_write(spec: dict[str, Any]) -> None:
    kind = type("Unplain", (), {"__annotations__": {"name": "str"}, "name": dataclasses.field(**spec)})
    with pytest.raises(TypeError, match="only plain fields"):
        record(kind)


def test_record_refuses_what_dataclasses_refuses() -> None:
    with pytest.raises(TypeError, match="__setattr__"):
        @record
        class Settable:
            name: str

            def __setattr__(self, name: str, value: object) -> None:
                pass
    with pytest.raises(TypeError, match="a field named self"):
        @record
        class Selfish:
            self: int
    with pytest.raises(ValueError, match="mutable default"):  # dataclasses' own check still runs
        @record
        class Mutable:
            items: list[str] = []


def _records() -> list[type]:
    from checker.frozen import _refuse_to_set

    found = [kind for kind in _checker_dataclasses() if kind.__dict__.get("__setattr__") is _refuse_to_set]
    assert len(found) > 40  # every frozen dataclass of the checker but typer's parameter
    return found


def _twin(kind: type) -> type:
    """`kind` made by `@dataclass(frozen=True)`, with its own methods."""
    specs = []
    for field in dataclasses.fields(kind):
        spec = dataclasses.field(default=field.default, default_factory=field.default_factory, repr=field.repr)
        specs.append((field.name, field.type, spec))
    twin = dataclasses.make_dataclass(kind.__name__, specs, frozen=True, namespace=_own(kind))
    twin.__qualname__ = kind.__qualname__
    return twin


def _own(kind: type) -> dict[str, Any]:
    """The methods the class itself writes (not record's)."""
    return {name: method for name in ("__init__", "__repr__", "__eq__", "__hash__")
            if (method := kind.__dict__.get(name)) is not None and method.__code__.co_filename == inspect.getfile(kind)}


def _copied(twin: type, item: object) -> Any:
    made: Any = object.__new__(twin)
    made.__dict__.update((f.name, getattr(item, f.name)) for f in dataclasses.fields(twin))
    return made


def _instances() -> dict[type, list[Any]]:
    """Every record an audit of the bundled data and the seeds' readings and drafts hold."""
    from conftest import ROOT

    from checker.judge.pipeline import run_audit

    kinds = set(_records())
    audit = run_audit([ROOT / "rules"], SEEDS, as_of=date(2026, 1, 1), grace_days=0, root=ROOT, workers=1)
    corpus = load_corpus(SEEDS)
    found: dict[type, list[Any]] = {}
    seen: set[int] = set()
    stack: list[Any] = [audit, *corpus.releases.values(),
                        *(item for text in corpus.releases.values() for item in extract(text))]
    while stack:
        value = stack.pop()
        if id(value) in seen or isinstance(value, (str, bytes, int, float, Decimal)):
            continue
        seen.add(id(value))
        if type(value) in kinds:
            found.setdefault(type(value), []).append(value)
        if isinstance(value, dict):
            stack += [*value.keys(), *value.values()]
        elif isinstance(value, (list, tuple, set, frozenset)):
            stack += list(value)
        elif hasattr(value, "__dict__") and not isinstance(value, type):
            stack += list(vars(value).values())
    return found


def test_every_record_behaves_as_its_frozen_dataclass_twin() -> None:
    found = _instances()
    assert len(found) >= 15, sorted(kind.__name__ for kind in found)  # claims, quantities, verdicts, messages…
    for kind in _records():
        twin = _twin(kind)
        ours, theirs = inspect.signature(kind), inspect.signature(twin)
        assert [(p.name, p.kind) for p in ours.parameters.values()] == \
            [(p.name, p.kind) for p in theirs.parameters.values()], kind
        assert kind.__match_args__ == twin.__match_args__  # type: ignore[attr-defined]
        assert [f.name for f in dataclasses.fields(kind)] == [f.name for f in dataclasses.fields(twin)]
        items = found.get(kind, [])[:60]
        twins = [_copied(twin, item) for item in items]
        if "__init__" not in _own(kind):
            for item in items:  # the written __init__ builds it again
                assert kind(**{f.name: getattr(item, f.name) for f in dataclasses.fields(kind)}) == item
        for item, other in zip(items, twins, strict=True):
            assert repr(item) == repr(other), kind
            try:
                expected: object = hash(other)
            except TypeError as error:
                expected = type(error)
            try:
                got: object = hash(item)
            except TypeError as error:
                got = type(error)
            assert got == expected, kind
            for name in [f.name for f in dataclasses.fields(kind)][:1]:
                with pytest.raises(dataclasses.FrozenInstanceError, match=f"cannot assign to field '{name}'"):
                    setattr(item, name, None)
                with pytest.raises(dataclasses.FrozenInstanceError, match=f"cannot delete field '{name}'"):
                    delattr(item, name)
            assert item != other and item.__eq__(other) is NotImplemented  # another class
        for (a, twin_a), (b, twin_b) in itertools.product(list(zip(items, twins, strict=True))[:12], repeat=2):
            assert (a == b) == (twin_a == twin_b), kind
            assert (a != b) == (twin_a != twin_b), kind


def test_a_record_makes_a_new_default_for_each_instance() -> None:
    @record
    class Listed:
        name: str
        items: list[str] = dataclasses.field(default_factory=list)

    first, second = Listed("a"), Listed("b")
    assert first.items == [] and first.items is not second.items
    assert Listed("a", ["x"]).items == ["x"]
    assert repr(first) == "test_a_record_makes_a_new_default_for_each_instance.<locals>.Listed(name='a', items=[])"
    assert str(inspect.signature(Listed)) == "(name: 'str', items: 'list[str]' = <factory>) -> None" or \
        [p.name for p in inspect.signature(Listed).parameters.values()] == ["name", "items"]


def test_a_record_keeps_the_methods_its_class_writes() -> None:
    from checker.messages import Message

    assert Message("x", a=1).params == {"a": 1}  # its own __init__
    assert hash(Message("x", a=[1])) == hash(Message("x", a=[1]))  # its own __hash__ (a list is hashed by repr)
    assert Message("x", a=1) == Message("x", a=1) != Message("x", a=2)


def test_a_command_runs_with_the_collector_paused(monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    from checker.cli import main as _  # noqa: F401  (the package, for its module)

    cli = sys.modules["checker.cli.main"]
    seen: list[bool] = []
    monkeypatch.setattr(sys, "argv", ["checker", "check"])
    monkeypatch.setattr(cli, "app_for", lambda first: lambda: seen.append(gc.isenabled()))
    cli.main()
    assert seen == [False] and gc.isenabled()
