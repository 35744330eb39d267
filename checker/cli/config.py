"""`[tool.checker]` in pyproject.toml: the defaults of a project's command lines, so CI lines stay
short. Found by walking up from the working folder to the first pyproject.toml; options given
on the command line win. Paths are relative to the folder of that pyproject.toml.

    [tool.checker]
    rules = "rules"
    seeds = "seeds"
    grace-days = 90
    fail-on = "missed,unreported"
    lang = "zh"
    as-of = "today"        # or a date, 2026-11-25: what `check` judges as of
    workers = 2
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Any

from checker.diagnostics import CheckerError
from checker.language import regex
from checker.messages import Message

# key → (the options it sets, by command, and whether it is a path)
KEYS: dict[str, tuple[dict[str, str], bool]] = {
    "rules": ({"check": "rules", "validate": "rules", "match": "rules"}, True),
    "seeds": ({"check": "seeds", "validate": "seeds", "extract": "seeds", "match": "seeds"}, True),
    "grace-days": ({"check": "grace_days"}, False),
    "fail-on": ({"check": "fail_on"}, False),
    "lang": ({name: "lang" for name in ("check", "validate", "parse", "diff", "extract", "match")}, False),
    "as-of": ({"check": "as_of"}, False),
    "workers": ({"check": "workers", "validate": "workers"}, False),
}


# [tool.checker], [tool."checker".x], tool.checker.rules = …, or a [tool] table that may hold checker = {…}
_NAMES_TOOL_CHECKER = regex.compile(r"""tool["']?\s*\.\s*["']?checker|^\s*\[\s*["']?tool["']?\s*\]""", re.M)


def find_pyproject(start: Path) -> Path | None:
    for folder in (start, *start.parents):
        candidate = folder / "pyproject.toml"
        if candidate.is_file():
            return candidate
    return None


def defaults(start: Path | None = None) -> dict[str, dict[str, Any]]:
    """click's default_map from the nearest pyproject.toml's [tool.checker] (empty without one)."""
    path = find_pyproject((start or Path.cwd()).resolve())
    if path is None:
        return {}
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise CheckerError(Message("config-unreadable", reason=str(error)), file=str(path)) from None
    if not _NAMES_TOOL_CHECKER.search(text):  # spare every run the TOML parser: 2 ms of a cold start
        return {}
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # the same parser, before it joined the standard library
        import tomli as tomllib

    try:
        document = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise CheckerError(Message("config-unreadable", reason=str(error)), file=str(path)) from None
    table = document.get("tool", {}).get("checker")
    if table is None:
        return {}
    if not isinstance(table, dict):
        raise CheckerError(Message("config-not-a-table"), file=str(path))
    found: dict[str, dict[str, Any]] = {}
    for key, value in table.items():
        if key not in KEYS:
            raise CheckerError(Message("config-unknown-key", key=key, keys=tuple(KEYS)), file=str(path))
        if isinstance(value, bool) or not isinstance(value, (str, int)):
            raise CheckerError(Message("config-bad-value", key=key, value=repr(value)), file=str(path))
        options, is_path = KEYS[key]
        text = str(value)
        if key == "as-of" and text == "today":
            continue  # the default
        setting = str(path.parent / text) if is_path else text
        for command, option in options.items():
            found.setdefault(command, {})[option] = setting
    add = {option: value for option, value in {**found.get("check", {}), **found.get("extract", {})}.items()
           if option in ("rules", "seeds", "lang")}
    return {**found, "seeds": {"add": add}} if add else found
