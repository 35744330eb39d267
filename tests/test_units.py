"""Units: one small registry; equal amounts are equal; different kinds are refused."""

from __future__ import annotations

from decimal import Decimal

import pytest

from checker.diagnostics import UnitError
from checker.language.quantity import Quantity, parse_quantity, require_comparable
from checker.language.units import convert, dimension_of, factor, measure_words, registry, to_base


def base(q: Quantity) -> tuple[object, str]:
    return to_base(q.value, q.unit)


def test_yuan_forms_are_equal() -> None:
    values = {base(parse_quantity(text)) for text in ("1.65亿元", "16500万元", "165000000元")}
    assert len(values) == 1


@pytest.mark.parametrize(("a", "b"), [("1公里", "1000米"), ("15亩", "10000平方米"), ("2小时", "120分钟"),
                                      ("1年", "12个月"), ("3名", "3人")])
def test_conversions(a: str, b: str) -> None:
    assert base(parse_quantity(a)) == base(parse_quantity(b))


@pytest.mark.parametrize(("a", "b"), [("3人", "3人次"), ("5%", "5个百分点"), ("2倍", "200%"), ("100元", "100所"),
                                      ("3所", "3个"), ("1天", "1个月"), ("5", "5人")])
def test_different_kinds_are_refused_naming_both_sides(a: str, b: str) -> None:
    first, second = parse_quantity(a), parse_quantity(b)
    assert not first.comparable_with(second)
    with pytest.raises(UnitError) as error:
        require_comparable(first, second)
    assert a in str(error.value) and b in str(error.value)


def test_unknown_unit_named() -> None:
    with pytest.raises(UnitError, match="'磅'"):
        dimension_of("磅")


def test_registry_is_the_small_one() -> None:
    # pint's default registry knows meters by their English name; ours only by 米.
    assert "meter" in registry() and "inch" not in registry()
    words = measure_words()
    assert "个百分点" in words and [len(word) for word in words] == sorted((len(word) for word in words), reverse=True)
    assert words.index("微克/立方米") < words.index("立方米")  # longest first: 35微克/立方米 is not 35微克


@pytest.mark.parametrize("word", ["所", "个", "人", "名", "人次", "套", "处", "项", "场", "家", "块", "间", "班",
                                  "台", "元", "平方米", "亩", "公里", "小时", "天", "年", "%", "个百分点", "部",
                                  "微克/立方米"])
def test_issue_measure_words_known(word: str) -> None:
    assert dimension_of(word)


@pytest.mark.parametrize(("text", "unit", "low", "high"), [("20-30万元", "元", "200000", "300000"),
                                                          ("1-2公顷", "平方米", "10000", "20000"),
                                                          ("15亩", "平方米", "10000", None)])
def test_in_unit_converts_both_bounds(text: str, unit: str, low: str, high: str | None) -> None:
    converted = parse_quantity(text).in_unit(unit)
    assert converted.unit == unit and converted.value == Decimal(low)
    assert converted.upper == (None if high is None else Decimal(high))
    assert converted.qualifier is parse_quantity(text).qualifier


def test_factor_is_one_number_per_pair() -> None:
    assert factor("公里", "米") == 1000 and factor("米", "公里") == Decimal("0.001")
    assert convert(Decimal(3), "年", "个月") == 36


def test_every_measure_word_reads_and_converts() -> None:
    """Each word of units.txt is known to pint (‰ is pint's `permille`, as % is `percent`)."""
    from checker.language.units import _pint_dimension, _pint_to_base, measure_words

    for word in measure_words():
        assert _pint_dimension(word)
        assert _pint_to_base(word)[0] > 0
    assert parse_quantity("3‰").in_unit("%").value == Decimal("0.3")
    assert parse_quantity("2成").in_unit("%").value == Decimal("20")


def test_the_unit_cache_is_what_pint_says_now() -> None:
    """A run reads units.cache.json instead of importing pint; it must hold pint's figures for
    the definitions as they are (regenerate: python -m checker.language.units)."""
    import json

    from checker.language.units import CACHE, _cached, cache_document

    assert json.loads(CACHE.read_text(encoding="utf-8")) == cache_document()
    assert _cached(), "the cache is keyed to another units.txt"


def test_a_stale_cache_is_ignored_and_pint_asked(tmp_path, monkeypatch) -> None:
    from checker.language import units

    stale = tmp_path / "units.cache.json"
    stale.write_text('{"definitions_sha256": "0", "units": {"所": {"dimension": "person", "factor": "7", '
                     '"base": "x"}}}', encoding="utf-8")
    monkeypatch.setattr(units, "CACHE", stale)
    for cached in (units._cached, units.dimension_of, units._to_base, units.factor):
        cached.cache_clear()
    try:
        assert units.dimension_of("所") == "school"
        assert units.factor("公顷", "平方米") == 10000
    finally:
        monkeypatch.undo()
        for cached in (units._cached, units.dimension_of, units._to_base, units.factor):
            cached.cache_clear()
