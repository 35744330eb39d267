"""JSON text exactly as `json.dumps(value, ensure_ascii=False, indent=2, allow_nan=False)` writes
it, written faster.

With `indent`, the standard library encodes in Python through nested generators, and every
piece of text climbs back through one generator per level: a report of 10,000 rules spent
more time there than in judging them. Here each piece is appended to one list by plain
recursion, and strings and numbers are encoded as the standard library encodes them. A value
of any other type is handed to `json.dumps` whole, so nothing is ever written differently
(tests/test_jsontext.py holds the two to the same text).
"""

from __future__ import annotations

import json
import math
from json.encoder import encode_basestring  # C where available
from typing import Any

_INDENT = "  "


class _Other(Exception):
    """A value this module does not write (json.dumps decides what it becomes)."""


def dumps(value: Any) -> str:
    out: list[str] = []
    try:
        _write(value, "\n", out)
    except _Other:
        return json.dumps(value, ensure_ascii=False, indent=2, allow_nan=False)
    return "".join(out)


def _write(value: Any, newline: str, out: list[str]) -> None:
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
            raise _Other  # json.dumps refuses it, with its own message
        out.append(float.__repr__(value))
    elif isinstance(value, (list, tuple)):
        if not value:
            out.append("[]")
            return
        inner = newline + _INDENT
        separator = "[" + inner
        for item in value:
            out.append(separator)
            _write(item, inner, out)
            separator = "," + inner
        out.append(newline + "]")
    elif isinstance(value, dict):
        if not value:
            out.append("{}")
            return
        inner = newline + _INDENT
        separator = "{" + inner
        for key, item in value.items():
            if not isinstance(key, str):
                raise _Other  # json.dumps turns 1, True, None keys into strings: left to it
            out.append(separator)
            out.append(encode_basestring(key))
            out.append(": ")
            _write(item, inner, out)
            separator = "," + inner
        out.append(newline + "}")
    else:
        raise _Other
