"""The "what changed" section: rules whose status changed first, then the rest."""

from __future__ import annotations

from typing import Any

from checker.judge.verdict import Status
from checker.locale import Words
from checker.report.changes import Change, ChangeGate, Changes
from checker.report.record import dumps
from checker.report.text import cell


def change_label(change: Change, words: Words) -> str:
    def name(status: Status | None) -> str:
        return words(f"status.{status.value}") if status else ""

    if change.before is None:
        return words("change.new", after=name(change.after))
    if change.after is None:
        return words("change.removed", before=name(change.before))
    return words("change.moved", before=name(change.before), after=name(change.after))


def changes_markdown(changes: Changes, words: Words, *, heading: str = "##", list_unchanged: bool = False,
                     link: bool = False) -> list[str]:
    """`link`: the rule ids link to their details (in the report that holds them)."""
    from checker.report.text import heading_id

    def rule(change: Any) -> str:
        shown = cell(change.id)
        return f"[{shown}](#{heading_id(change.id)})" if link and change.after is not None else shown

    lines = [f"{heading} {words('changes.title', since=cell(changes.baseline_as_of))}", ""]
    if not changes.changed:
        lines.append(words("changes.none", unchanged=len(changes.unchanged)))
    else:
        lines += [words("changes.header"), "|---|---|---|---|"]
        lines += [f"| {rule(c)} | {cell(c.region)} | {cell(c.indicator)} | **{cell(change_label(c, words))}** |"
                  for c in changes.changed]
        lines += ["", words("changes.counts", changed=len(changes.changed), unchanged=len(changes.unchanged))]
    if list_unchanged and changes.unchanged:
        lines += ["", f"{heading}# {words('changes.unchanged')}", "", words("changes.header"), "|---|---|---|---|"]
        lines += [f"| {cell(c.id)} | {cell(c.region)} | {cell(c.indicator)} | "
                  f"{cell(words(f'status.{c.after.value}') if c.after else '')} |" for c in changes.unchanged]
    return lines


def changes_table(changes: Changes, words: Words, *, list_unchanged: bool = False) -> Any:
    from rich.console import Group
    from rich.table import Table
    from rich.text import Text

    from checker.report.text import literal

    columns = (words("changes.column.rule"), words("table.indicator"), words("changes.column.status"))
    parts: list[Any] = []
    table = Table(title=literal(words("changes.title", since=changes.baseline_as_of)), title_justify="left")
    for name in columns:
        table.add_column(name, overflow="fold")
    for change in changes.changed:
        label = literal(change_label(change, words))
        label.stylize(change.after.traits.style if change.after else "")
        table.add_row(literal(change.id), literal(change.indicator), label)
    if changes.changed:
        parts.append(table)
    parts.append(Text(words("changes.table-counts", changed=len(changes.changed), unchanged=len(changes.unchanged))))
    if list_unchanged and changes.unchanged:
        rest = Table(title=words("changes.unchanged"), title_justify="left")
        for name in columns:
            rest.add_column(name, overflow="fold")
        for change in changes.unchanged:
            rest.add_row(literal(change.id), literal(change.indicator),
                         literal(words(f"status.{change.after.value}") if change.after else ""))
        parts.append(rest)
    return Group(*parts)


def changes_json(changes: Changes) -> str:
    return dumps(changes.record())


def failing_line(failing: list[Change], gate: ChangeGate, words: Words, shown: int = 5) -> str:
    """Why `checker diff --fail-on-change` fails, in one line: how many changes, the first few."""
    listed = words("list.separator").join(words("diff.item", rule=c.id, change=change_label(c, words))
                                          for c in failing[:shown])
    if len(failing) > shown:
        listed += words("diff.more", count=len(failing) - shown)
    key = "diff.failing-worse" if gate is ChangeGate.worse else "diff.failing-any"
    return words(key, count=len(failing), rules=listed)
