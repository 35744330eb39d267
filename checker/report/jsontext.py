"""JSON text exactly as `json.dumps(value, ensure_ascii=False, indent=2, allow_nan=False)` writes
it, written faster, and, for a large report, piece by piece.

With `indent`, the standard library encodes in Python through nested generators, and every
piece of text climbs back through one generator per level: a report of 10,000 rules spent
more time there than in judging them. Here each piece is appended to one list by plain
recursion, and strings and numbers are encoded as the standard library encodes them. A value
json cannot write (NaN, an unknown type) raises what `json.dumps` raises
(tests/test_jsontext.py holds the two to the same text).
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable
from json.encoder import encode_basestring  # C where available
from typing import Any

_INDENT = "  "
_PIECES = 8192  # pieces held before they are handed on, when writing piece by piece


class _Other(Exception):
    """A value json cannot write (json.dumps says why)."""


def dumps(value: Any) -> str:
    out: list[str] = []
    try:
        _write(value, "\n", out, None)
    except _Other:
        json.dumps(value, ensure_ascii=False, indent=2, allow_nan=False)  # raises: say what json says
        raise AssertionError("json.dumps wrote what jsontext could not") from None
    return "".join(out)


def write(value: Any, emit: Callable[[str], object]) -> None:
    """The text of `dumps(value)`, handed to `emit` a piece at a time (a report of 100,000 rules
    is never one string). Raises as `dumps` does, possibly after some pieces were handed on."""
    out: list[str] = []
    try:
        _write(value, "\n", out, emit)
    except _Other:
        json.dumps(value, ensure_ascii=False, indent=2, allow_nan=False)
        raise AssertionError("json.dumps wrote what jsontext could not") from None
    emit("".join(out))


def _key(key: Any) -> str:
    """A key as json writes it: a str as it is; a number, true, false and null as their text."""
    if isinstance(key, str):
        return key
    if key is True:
        return "true"
    if key is False:
        return "false"
    if key is None:
        return "null"
    if isinstance(key, int):
        return int.__repr__(key)
    if isinstance(key, float) and math.isfinite(key):
        return float.__repr__(key)
    raise _Other


def _write(value: Any, newline: str, out: list[str], emit: Callable[[str], object] | None) -> None:
    # the tests and their order are json's own: a str (or an Enum of str) is its text, True is
    # not the int 1
    if isinstance(value, str):
        out.append(encode_basestring(value))
    elif value is None:
        out.append("null")
    elif value is True:
        out.append("true")
    elif value is False:
        out.append("false")
    elif isinstance(value, int):
        out.append(int.__repr__(value))
    elif isinstance(value, float):
        if not math.isfinite(value):
            raise _Other
        out.append(float.__repr__(value))
    elif isinstance(value, (list, tuple)):
        if not value:
            out.append("[]")
            return
        inner = newline + _INDENT
        separator = "[" + inner
        for item in value:
            out.append(separator)
            _write(item, inner, out, emit)
            separator = "," + inner
            if emit is not None and len(out) >= _PIECES:
                emit("".join(out))
                out.clear()
        out.append(newline + "]")
    elif isinstance(value, dict):
        if not value:
            out.append("{}")
            return
        inner = newline + _INDENT
        separator = "{" + inner
        for key, item in value.items():
            name = encode_basestring(key if type(key) is str else _key(key))
            # most values of a report are plain strings, numbers, true, false or null: written
            # here, in one piece, not through a call each (a 10,000-rule report has 400,000)
            kind = type(item)
            if kind is str:
                out.append(f"{separator}{name}: {encode_basestring(item)}")
            elif item is None:
                out.append(f"{separator}{name}: null")
            elif item is True or item is False:
                out.append(f"{separator}{name}: {'true' if item else 'false'}")
            elif kind is int:
                out.append(f"{separator}{name}: {int.__repr__(item)}")
            else:
                out.append(f"{separator}{name}: ")
                _write(item, inner, out, emit)
            separator = "," + inner
        out.append(newline + "}")
    else:
        raise _Other
