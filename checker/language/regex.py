"""How the checker's patterns are compiled: from programs kept for this Python, and, for the
patterns that scan a whole release, to look only where a match can start.

Compiling the checker's three hundred patterns costs about 90 ms, a quarter of a cold `check`
on the bundled data (benchmarks/README.md, round 15). `re` turns a pattern into a program of
integers that its engine runs; the programs of every pattern compiled at import are kept in
regex.cache, beside this file, like the bytecode of a .pyc: made by `re` itself, for one
Python (its version and the engine's MAGIC), and used by no other. The engine checks a program
before it runs it, and tests/test_regex_cache.py holds every kept program to what `re` makes of
its pattern now. A pattern not kept, or any other Python, is compiled by `re` as usual. Write
the file again after changing a pattern:

    python -m checker.regex_cache > checker/language/regex.cache

`re` tries an alternation (计划任务|力争|确保|…, a year or 十四五) at every position of the
text. Put behind a lookahead for the characters a match can start with, it skips every other
position at once: three to five times faster on a release. tests/test_fast_paths.py holds each
pattern's `first` to the characters its branches start with.
"""

from __future__ import annotations

import _sre
import hashlib
import json
import re
import sys
from pathlib import Path
from typing import Any

CACHE = Path(__file__).with_name("regex.cache")
PYTHON = (f"{sys.implementation.name}-{'.'.join(map(str, sys.version_info[:3]))}"
          f" sre-{_sre.MAGIC}-{_sre.CODESIZE}-{_sre.MAXREPEAT}-{_sre.MAXGROUPS}")

Program = tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]  # flags, code, groups, by name, by index

_lines: dict[str, str] | None = None  # each kept program's line, by its pattern's digest (_digest)
_compiled_here: dict[tuple[str, int], None] = {}  # every pattern compiled by `compile`, in order


def compile(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile(pattern, flags)`, from its kept program where this Python has one."""
    key = (pattern, int(flags))
    _compiled_here[key] = None
    program = _kept(*key)
    if program is not None:
        try:
            return _sre.compile(pattern, *program)
        except Exception:  # the engine refused the program: compile the pattern instead
            pass
    return re.compile(pattern, flags)


def starting_with(first: str, pattern: str) -> re.Pattern[str]:
    """`pattern`, which only matches starting with one of the characters `first` (a class's
    contents, as in [...]), compiled to try no other position."""
    return compile(f"(?=[{first}])(?:{pattern})")


def _kept(pattern: str, flags: int) -> Program | None:
    """A pattern's kept program. Only its own line is parsed: a run whose verdicts are kept compiles a
    dozen patterns, and parsing all 270 programs would cost more than compiling those."""
    line = _indexed().get(_digest(pattern, flags))
    if line is None:
        return None
    try:
        kept_pattern, kept_flags, *program = json.loads(line)
        return _program(program) if (kept_pattern, kept_flags) == (pattern, flags) else None
    except (ValueError, TypeError):
        return None


def _indexed() -> dict[str, str]:
    global _lines
    if _lines is None:
        try:
            # (split at \n alone: a pattern may hold U+2028 or U+0085, which JSON leaves as they are)
            header, *lines = CACHE.read_text(encoding="utf-8").rstrip("\n").split("\n")
            _lines = dict(line.split(" ", 1) for line in lines) if json.loads(header) == {"python": PYTHON} else {}
        except (OSError, ValueError, TypeError):  # no file, or one for no Python we know: compile
            _lines = {}
    return _lines


def _programs() -> dict[tuple[str, int], Program]:
    """Every kept program, by its pattern and flags."""
    programs = {}
    for line in _indexed().values():
        pattern, flags, *program = json.loads(line)
        programs[pattern, flags] = _program(program)
    return programs


def _digest(pattern: str, flags: int) -> str:
    return hashlib.sha1(f"{flags} {pattern}".encode()).hexdigest()[:16]


def _program(kept: list[Any]) -> Program:
    flags, code, groups, by_name, by_index = kept
    return flags, code, groups, by_name, tuple(by_index)


def program(pattern: str, flags: int) -> Program:
    """What `re` (this Python's) compiles `pattern` to: the engine's flags, code and groups."""
    from re import _compiler, _parser  # type: ignore[attr-defined]

    parsed = _parser.parse(pattern, flags)
    by_index: list[str | None] = [None] * parsed.state.groups
    for name, index in parsed.state.groupdict.items():
        by_index[index] = name
    return (flags | parsed.state.flags, _compiler._code(parsed, flags), parsed.state.groups - 1,
            dict(parsed.state.groupdict), tuple(by_index))
