"""Words come from phrase tables: every code the checker can say has a phrase in every
language, every phrase uses only the parameters its message carries, and the default
language follows the user's locale."""

from __future__ import annotations

import ast
import re
from collections import defaultdict

import pytest
from conftest import ROOT

from checker.diagnostics import Severity
from checker.inputs.models import Claim, Comparator, OutcomeKind
from checker.judge.verdict import Basis, Status, Trend
from checker.locale import Lang, MissingPhrase, detect, phrases, template_fields, words
from checker.messages import AllOf, Echo, Field, Message, Term

PACKAGE = ROOT / "checker"


def _messages_in_code() -> dict[str, set[frozenset[str]]]:
    """Every `Message("code", name=...)` written in the package: code → the sets of parameter names."""
    found: dict[str, set[frozenset[str]]] = defaultdict(set)
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "Message"
                    and node.args and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)):
                found[node.args[0].value].add(frozenset(k.arg for k in node.keywords if k.arg))
    return found


def _words_in_code() -> set[str]:
    """Every literal key passed to a Words object (`words("md.title")`, `said("wrote", ...)`)."""
    keys = set()
    for path in (PACKAGE / "report").rglob("*.py"):
        for match in re.finditer(r"""\b(?:words|said|self)\(\s*["']([a-z0-9.\-]+)["']""", path.read_text("utf-8")):
            keys.add(match.group(1))
    for path in (PACKAGE / "cli").rglob("*.py"):
        for match in re.finditer(r"""\b(?:said|words)\(\s*["']([a-z0-9.\-]+)["']""", path.read_text("utf-8")):
            keys.add(match.group(1))
    return keys


def _vocabulary_keys() -> set[str]:
    keys = {f"status.{s.value}" for s in Status} | {f"status.{s.value}.heading" for s in Status}
    keys |= {f"basis.{b.value}" for b in Basis} | {f"trend.{t.value}" for t in Trend}
    keys |= {f"outcome-claimed-{c.value}" for c in Claim}
    keys |= {f"severity.{s.value}" for s in Severity if s is not Severity.error}
    return keys


MESSAGES = _messages_in_code()


def test_the_code_says_many_things() -> None:
    assert len(MESSAGES) > 150  # the scan works: every module's messages are found


@pytest.mark.parametrize("lang", list(Lang))
def test_every_code_has_a_phrase(lang: Lang) -> None:
    table = phrases(lang)
    missing = sorted((set(MESSAGES) | _words_in_code() | _vocabulary_keys()) - set(table))
    assert not missing, f"{lang.value}.yaml lacks {missing}"


@pytest.mark.parametrize("lang", list(Lang))
def test_every_phrase_uses_only_the_parameters_its_message_carries(lang: Lang) -> None:
    table = phrases(lang)
    wrong = []
    for code, variants in MESSAGES.items():
        for params in variants:
            extra = template_fields(table[code]) - params
            if extra:
                wrong.append(f"{code}: {sorted(extra)} not in {sorted(params)}")
    assert not wrong, "\n".join(wrong)


@pytest.mark.parametrize("lang", list(Lang))
def test_no_phrase_is_written_twice(lang: Lang) -> None:
    # PyYAML keeps the last of two equal keys: the first phrase would be lost unseen (figure-is-threshold was)
    from checker.inputs.yamlfile import load_yaml

    document = load_yaml(PACKAGE / "locale" / f"{lang.value}.yaml")
    assert not document.problems, [problem.message for _, problem in document.problems]


def test_both_tables_have_the_same_keys() -> None:
    en, zh = phrases(Lang.en), phrases(Lang.zh)
    assert set(en) == set(zh), f"only en: {sorted(set(en) - set(zh))}; only zh: {sorted(set(zh) - set(en))}"
    # a phrase may leave out a parameter its language has no use for, never add one
    for key in set(en) - set(MESSAGES):
        assert template_fields(zh[key]) <= template_fields(en[key]), key


def test_dimensions_have_words_in_both_languages() -> None:
    from checker.language.units import DEFINITIONS

    names = set(re.findall(r"\[(\w+)\]", DEFINITIONS.read_text(encoding="utf-8"))) | {"number"}
    for lang in Lang:
        assert {f"dimension.{name}" for name in names} <= set(phrases(lang)), lang


def test_parameters_render_in_the_reader_language() -> None:
    en, zh = words(Lang.en), words(Lang.zh)
    path = Field(("outcomes", 0, "as_of"))
    assert en.param(path) == "`as_of` of outcome 1"
    assert zh.param(path) == "第1个结果的`as_of`"
    assert en.param(AllOf(("value", "claim"))) == "value and claim"
    assert en.param(Echo("1" * 100)).endswith("(100 characters)'") is False  # the length follows the quote
    assert "(100 characters)" in en.param(Echo("1" * 100)) and "…" in en.param(Echo("1" * 100))
    assert en.param(Term("dimension", "person")) == "person" and zh.param(Term("dimension", "person")) != "person"
    assert en.param(Term("dimension", "no-such")) == "no-such"  # a word without a phrase is shown as it is
    nested = Message("quantity-unreadable", text=Echo("3千万亿日元"), reason=Message("unit-unknown", unit="日元"))
    assert en.message(nested) == "'3千万亿日元': unknown measure word '日元'"
    assert "日元" in zh.message(nested) and "unknown" not in zh.message(nested)


def test_a_missing_phrase_is_a_clear_error() -> None:
    with pytest.raises(MissingPhrase, match="no-such-code"):
        words(Lang.en).message(Message("no-such-code"))
    with pytest.raises(MissingPhrase, match="uses {unit}"):
        words(Lang.en).message(Message("unit-unknown"))


@pytest.mark.parametrize(("environ", "lang"), [
    ({}, Lang.en),
    ({"LANG": "zh_CN.UTF-8"}, Lang.zh),
    ({"LANG": "en_US.UTF-8", "LC_MESSAGES": "zh_TW.UTF-8"}, Lang.zh),
    ({"LANG": "zh_CN.UTF-8", "LC_ALL": "C.UTF-8"}, Lang.en),
    ({"LC_ALL": "", "LANG": "zh_HK.UTF-8"}, Lang.zh),
    ({"LANG": "fr_FR.UTF-8"}, Lang.en),
])
def test_the_default_language_follows_the_locale(environ: dict[str, str], lang: Lang) -> None:
    assert detect(environ) is lang


def test_vocabularies_are_enums_with_a_phrase_each() -> None:
    for vocabulary in (Status, Basis, Trend, Comparator, OutcomeKind, Claim):
        assert len(vocabulary) >= 3
    for status in Status:
        assert status.traits.style and status.traits.order >= 0
    assert [s.value for s in Status.in_report_order()] == ["missed", "disputed", "unreported", "pending", "met",
                                                          "invalid"]
    ranks = sorted(Status, key=lambda s: s.traits.rank)
    assert ranks[0] is Status.missed and ranks[-1] is Status.met
