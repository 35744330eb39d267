"""The programs kept for the checker's patterns (checker/language/regex.cache.json) are what `re`
makes of them now, match what `re`'s own do, and are used by no other Python.

A kept program that differed from `re`'s would make a pattern match other text than it says:
every verdict resting on it could be wrong. So each is compared with `re`'s, and run beside it on
the seeds."""

from __future__ import annotations

import json
import re
import subprocess
import sys

import pytest
from conftest import ROOT, SEEDS

from checker.language import regex

KEPT = regex._programs()
needs_this_python = pytest.mark.skipif(
    not KEPT, reason=f"regex.cache.json is kept for another Python than this one ({regex.PYTHON})")


@needs_this_python
def test_every_kept_program_is_what_re_compiles_now() -> None:
    differ = [pattern for (pattern, flags), kept in KEPT.items() if kept != regex.program(pattern, flags)]
    assert not differ, f"{len(differ)} kept programs differ from re's, e.g. {differ[0]!r}"


@needs_this_python
def test_the_cache_holds_every_pattern_compiled_at_import() -> None:
    """Regenerate with: python -m checker.language.regex > checker/language/regex.cache.json"""
    made = subprocess.run([sys.executable, "-m", "checker.language.regex"], cwd=ROOT, capture_output=True,
                          check=True).stdout.decode("utf-8")
    assert made == regex.CACHE.read_text(encoding="utf-8"), (
        "checker/language/regex.cache.json is stale: run "
        "'python -m checker.language.regex > checker/language/regex.cache.json'")


@needs_this_python
def test_a_pattern_from_its_kept_program_finds_what_re_finds_in_every_seed() -> None:
    texts = [path.read_text(encoding="utf-8") for path in sorted(SEEDS.glob("*.txt"))]
    assert len(texts) == 5
    found = 0
    for pattern, flags in KEPT:
        kept, fresh = regex.compile(pattern, flags), re.compile(pattern, flags)
        assert kept is not fresh and (kept.pattern, kept.flags, kept.groups, kept.groupindex) == (
            fresh.pattern, fresh.flags, fresh.groups, fresh.groupindex)
        for text in texts:
            spans = [match.regs for match in kept.finditer(text)]
            assert spans == [match.regs for match in fresh.finditer(text)], pattern
            found += len(spans)
    assert found > 1000  # the comparison saw matches, not only misses


def test_a_cache_for_another_python_is_not_read(tmp_path, monkeypatch) -> None:
    other = tmp_path / "regex.cache.json"
    other.write_text(json.dumps({"python": "cpython-3.99.0 sre-1-4-1-1"}) + '\n[\n["a",0,0,[1],0,{},[]]\n]\n',
                     encoding="utf-8")
    monkeypatch.setattr(regex, "CACHE", other)
    monkeypatch.setattr(regex, "_kept", None)
    assert regex._programs() == {}
    assert regex.compile("a+").fullmatch("aaa")


@pytest.mark.parametrize("text", ["", "not json\n", '{"python": 1}\n[', "\n"])
def test_an_unreadable_cache_is_no_cache(tmp_path, monkeypatch, text) -> None:
    broken = tmp_path / "regex.cache.json"
    broken.write_text(text, encoding="utf-8")
    monkeypatch.setattr(regex, "CACHE", broken)
    monkeypatch.setattr(regex, "_kept", None)
    assert regex._programs() == {}


def test_a_program_the_engine_refuses_is_compiled_by_re_instead(monkeypatch) -> None:
    """The engine checks a program before it runs it; a broken one (here: cut short) is no program."""
    pattern = "年(?:底|末)前?"
    flags, code, *rest = regex.program(pattern, 0)
    monkeypatch.setattr(regex, "_kept", {(pattern, 0): (flags, code[:-3], *rest)})
    compiled = regex.compile(pattern)
    found = compiled.search("到2025年底前完成")
    assert found is not None and found.group() == "年底前"
    assert compiled is re.compile(pattern)  # re's own, from re's cache
