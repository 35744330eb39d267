"""Units: one small registry; equal amounts are equal; different kinds are refused."""

from __future__ import annotations

import pytest

from checker.errors import UnitError
from checker.quantity import parse_quantity
from checker.units import comparable, dimension_of, measure_words, registry, require_comparable, to_base


def test_yuan_forms_are_equal() -> None:
    values = {to_base(parse_quantity(text)) for text in ("1.65亿元", "16500万元", "165000000元")}
    assert len(values) == 1


@pytest.mark.parametrize(("a", "b"), [("1公里", "1000米"), ("15亩", "10000平方米"), ("2小时", "120分钟"),
                                      ("1年", "12个月"), ("2倍", "200%"), ("3名", "3人")])
def test_conversions(a: str, b: str) -> None:
    assert to_base(parse_quantity(a)) == to_base(parse_quantity(b))


@pytest.mark.parametrize(("a", "b"), [("3人", "3人次"), ("5%", "5个百分点"), ("100元", "100所"),
                                      ("3所", "3个"), ("1天", "1个月"), ("5", "5人")])
def test_different_kinds_are_refused_naming_both_sides(a: str, b: str) -> None:
    first, second = parse_quantity(a), parse_quantity(b)
    assert not comparable(first, second)
    with pytest.raises(UnitError) as error:
        require_comparable(first, second)
    assert a in str(error.value) and b in str(error.value)


def test_unknown_unit_named() -> None:
    with pytest.raises(UnitError, match="'斤'"):
        dimension_of("斤")


def test_registry_is_the_small_one() -> None:
    # pint's default registry knows meters by their English name; ours only by 米.
    assert "meter" in registry() and "inch" not in registry()
    assert "个百分点" in measure_words() and measure_words()[0] == "个百分点"  # longest first


@pytest.mark.parametrize("word", ["所", "个", "人", "名", "人次", "套", "处", "项", "场", "家", "块", "间", "班",
                                  "台", "元", "平方米", "亩", "公里", "小时", "天", "年", "%", "个百分点"])
def test_issue_measure_words_known(word: str) -> None:
    assert dimension_of(word)
