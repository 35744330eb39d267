"""The programs kept for the checker's patterns (checker/language/regex.cache) are what `re`
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
    not KEPT, reason=f"regex.cache is kept for another Python than this one ({regex.PYTHON})")


@needs_this_python
def test_every_kept_program_is_what_re_compiles_now() -> None:
    differ = [pattern for (pattern, flags), kept in KEPT.items() if kept != regex.program(pattern, flags)]
    assert not differ, f"{len(differ)} kept programs differ from re's, e.g. {differ[0]!r}"


@needs_this_python
def test_the_cache_holds_every_pattern_compiled_at_import() -> None:
    """Regenerate with: python -m checker.regex_cache > checker/language/regex.cache"""
    made = subprocess.run([sys.executable, "-m", "checker.regex_cache"], cwd=ROOT, capture_output=True,
                          check=True).stdout.decode("utf-8")
    assert made == regex.CACHE.read_text(encoding="utf-8"), (
        "checker/language/regex.cache is stale: run "
        "'python -m checker.regex_cache > checker/language/regex.cache'")


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


def _line(pattern: str, flags: int, program: tuple) -> str:
    return regex._digest(pattern, flags) + " " + json.dumps([pattern, flags, *program], ensure_ascii=False)


def _cut_short(program: regex.Program) -> tuple:
    flags, code, *rest = program
    return (flags, code[:-3], *rest)


def _with_cache(tmp_path, monkeypatch, text: str) -> None:
    cache = tmp_path / "regex.cache"
    cache.write_text(text, encoding="utf-8")
    monkeypatch.setattr(regex, "CACHE", cache)
    monkeypatch.setattr(regex, "_lines", None)


def test_a_cache_for_another_python_is_not_read(tmp_path, monkeypatch) -> None:
    line = _line("a+", 0, regex.program("a+", 0))
    _with_cache(tmp_path, monkeypatch, json.dumps({"python": "cpython-3.99.0 sre-1-4-1-1"}) + "\n" + line + "\n")
    assert regex._programs() == {} and regex._kept("a+", 0) is None
    assert regex.compile("a+").fullmatch("aaa")
    _with_cache(tmp_path, monkeypatch, json.dumps({"python": regex.PYTHON}) + "\n" + line + "\n")
    assert regex._kept("a+", 0) == regex.program("a+", 0)  # (the same line, for this Python: read)


@pytest.mark.parametrize("text", ["", "not json\n", '{"python": 1}\n', "\n",
                                  json.dumps({"python": regex.PYTHON}) + "\nno-space-here\n"])
def test_an_unreadable_cache_is_no_cache(tmp_path, monkeypatch, text) -> None:
    _with_cache(tmp_path, monkeypatch, text)
    assert regex._programs() == {}
    assert regex.compile("年(?:底|末)").search("2025年底").group() == "年底"  # type: ignore[union-attr]


@pytest.mark.parametrize("line", [
    # cut short: the engine checks a program before it runs it, and refuses this one
    lambda pattern: _line(pattern, 0, _cut_short(regex.program(pattern, 0))),
    # another pattern's program under this one's digest: not taken for it
    lambda pattern: regex._digest(pattern, 0) + " " + json.dumps(["年(?:初|中)前?", 0,
                                                                  *regex.program("年(?:初|中)前?", 0)]),
    lambda pattern: regex._digest(pattern, 0) + " not json",
])
def test_a_kept_program_that_is_not_this_pattern_s_is_compiled_by_re_instead(tmp_path, monkeypatch, line) -> None:
    pattern = "年(?:底|末)前?"
    _with_cache(tmp_path, monkeypatch, json.dumps({"python": regex.PYTHON}) + "\n" + line(pattern) + "\n")
    compiled = regex.compile(pattern)
    found = compiled.search("到2025年底前完成")
    assert found is not None and found.group() == "年底前"
    assert compiled is re.compile(pattern)  # re's own, from re's cache
