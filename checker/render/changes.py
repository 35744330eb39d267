"""The "what changed" section: rules whose status changed first, then the rest."""

from __future__ import annotations

import json
from typing import Any

from checker.changes import Changes


def changes_markdown(changes: Changes, *, heading: str = "##", list_unchanged: bool = False) -> list[str]:
    from checker.render.markdown import cell

    lines = [f"{heading} What changed since {cell(changes.baseline_as_of)}", ""]
    if not changes.changed:
        lines.append(f"No rule changed status ({len(changes.unchanged)} unchanged).")
    else:
        lines += ["| Rule | Region | Indicator | Status |", "|---|---|---|---|"]
        lines += [f"| {cell(c.id)} | {cell(c.region)} | {cell(c.indicator)} | **{cell(c.label)}** |"
                  for c in changes.changed]
        lines += ["", f"{len(changes.changed)} changed, {len(changes.unchanged)} unchanged."]
    if list_unchanged and changes.unchanged:
        lines += ["", f"{heading}# Unchanged", "", "| Rule | Region | Indicator | Status |", "|---|---|---|---|"]
        lines += [f"| {cell(c.id)} | {cell(c.region)} | {cell(c.indicator)} | {cell(c.after)} |"
                  for c in changes.unchanged]
    return lines


def changes_table(changes: Changes, *, list_unchanged: bool = False) -> Any:
    from rich.console import Group
    from rich.table import Table
    from rich.text import Text

    from checker.render.table import STYLES
    from checker.render.text import literal

    parts: list[Any] = []
    table = Table(title=literal(f"What changed since {changes.baseline_as_of}"), title_justify="left")
    for name in ("rule", "indicator", "status"):
        table.add_column(name, overflow="fold")
    for change in changes.changed:
        label = literal(change.label)
        label.stylize(STYLES.get(change.after or "", ""))
        table.add_row(literal(change.id), literal(change.indicator), label)
    if changes.changed:
        parts.append(table)
    parts.append(Text(f"{len(changes.changed)} rules changed status, {len(changes.unchanged)} unchanged"))
    if list_unchanged and changes.unchanged:
        rest = Table(title="Unchanged", title_justify="left")
        for name in ("rule", "indicator", "status"):
            rest.add_column(name, overflow="fold")
        for change in changes.unchanged:
            rest.add_row(literal(change.id), literal(change.indicator), literal(change.after))
        parts.append(rest)
    return Group(*parts)


def changes_json(changes: Changes) -> str:
    return json.dumps(changes.as_json(), ensure_ascii=False, indent=2) + "\n"
