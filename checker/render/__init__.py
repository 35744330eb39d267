"""Renderers: each takes the audit result and returns a string (the table: a rich renderable).

A new format is one module and one entry here; `--format` offers what this dict holds."""

from __future__ import annotations

from typing import Any, Callable

from checker.render.json import render_json
from checker.render.markdown import render_markdown
from checker.render.table import render_table

REGISTRY: dict[str, Callable[[Any], Any]] = {
    "table": render_table,
    "markdown": render_markdown,
    "json": render_json,
}
