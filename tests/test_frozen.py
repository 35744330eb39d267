"""`changed` (checker/frozen.py) stands in for `dataclasses.replace` on the records copied per
figure and per rule. It is only right while no dataclass of the checker runs code on
construction, and it must copy what `replace` copies, no more (not a cached value).
`built_at_once` stands in for the `__init__` of the records made per figure: it must take what
the generated one takes and build the same record."""

from __future__ import annotations

import dataclasses
import functools
import gc
import importlib
import inspect
import pkgutil
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

import pytest
from conftest import SEEDS

import checker
from checker.draft.extract import extract
from checker.frozen import built_at_once, changed
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
    # the __init__ that built_at_once writes must take what the generated one takes
    for kind in _checker_dataclasses():
        parameters = list(inspect.signature(kind.__dict__["__init__"]).parameters.values())[1:]
        expected = [(f.name, inspect.Parameter.empty if f.default is dataclasses.MISSING else f.default)
                    for f in dataclasses.fields(kind) if f.default_factory is dataclasses.MISSING]
        if len(expected) < len(dataclasses.fields(kind)):
            continue  # a default_factory: dataclasses' own __init__ (built_at_once refuses such a class)
        assert [(p.name, p.default) for p in parameters] == expected, kind
        assert all(p.kind is inspect.Parameter.POSITIONAL_OR_KEYWORD for p in parameters), kind


def test_built_at_once_builds_what_the_dataclass_builds() -> None:
    corpus = load_corpus(SEEDS)
    claims = [claim for text in corpus.releases.values() for claim in text.reading.claims]
    drafted = [item for text in corpus.releases.values() for item in extract(text)]
    records: list[Any] = [*claims, *(claim.quantity for claim in claims), *drafted]
    assert len(claims) > 100 and len(drafted) > 100
    for record in records:
        kind = type(record)
        assert kind.__dict__["__init__"].__code__.co_names == ("_set",), kind  # the fast one is in use
        values = [getattr(record, f.name) for f in dataclasses.fields(kind)]
        assert kind(*values) == record
        assert kind(**{f.name: getattr(record, f.name) for f in dataclasses.fields(kind)}) == record
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


def test_built_at_once_refuses_a_field_it_cannot_build() -> None:
    @dataclass(frozen=True)
    class Listed:
        items: list[str] = dataclasses.field(default_factory=list)

    @dataclass(frozen=True)
    class Keyed:
        name: str = dataclasses.field(kw_only=True)

    for kind in (Listed, Keyed):
        with pytest.raises(TypeError, match="only plain fields"):
            built_at_once(kind)


def test_a_command_runs_with_the_collector_paused(monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    from checker.cli import main as _  # noqa: F401  (the package, for its module)

    cli = sys.modules["checker.cli.main"]
    seen: list[bool] = []
    monkeypatch.setattr(sys, "argv", ["checker", "check"])
    monkeypatch.setattr(cli, "app_for", lambda first: lambda: seen.append(gc.isenabled()))
    cli.main()
    assert seen == [False] and gc.isenabled()
