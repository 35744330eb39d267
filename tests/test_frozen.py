"""`changed` (checker/frozen.py) stands in for `dataclasses.replace` on the records copied per
figure and per rule. It is only right while no dataclass of the checker runs code on
construction, and it must copy what `replace` copies, no more (not a cached value)."""

from __future__ import annotations

import dataclasses
import functools
import gc
import importlib
import pkgutil
from dataclasses import dataclass
from decimal import Decimal

import pytest
from conftest import SEEDS

import checker
from checker.frozen import changed
from checker.inputs.releases import load_corpus
from checker.judge.workers import YOUNG_THRESHOLD, fewer_collections
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


def test_fewer_collections_raises_the_threshold_for_the_block_only() -> None:
    before = gc.get_threshold()
    with fewer_collections():
        assert gc.get_threshold()[0] >= YOUNG_THRESHOLD
        assert gc.get_threshold()[1:] == before[1:]
    assert gc.get_threshold() == before
    with pytest.raises(RuntimeError), fewer_collections():
        raise RuntimeError("a failing run")
    assert gc.get_threshold() == before
