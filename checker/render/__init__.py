"""Renderers: each takes the audit result and returns a string (the table: a rich renderable).

A new format is one module and one entry here; `--format` offers what this dict holds.
Renderers are imported when used, so `checker parse` does not pay for the audit's modules."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any

REGISTRY: dict[str, str] = {
    "table": "checker.render.table:render_table",
    "markdown": "checker.render.markdown:render_markdown",
    "json": "checker.render.json:render_json",
    "junit": "checker.render.junit:render_junit",
}


def renderer(name: str) -> Callable[[Any], Any]:
    module, function = REGISTRY[name].split(":")
    return getattr(importlib.import_module(module), function)
