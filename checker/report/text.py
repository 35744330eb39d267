"""Input text made safe for output: as rich `Text` (shown literally, never read as markup or obeyed
as escapes) and as a Markdown table cell."""

from __future__ import annotations

from typing import Any

from checker.diagnostics import printable


def literal(text: object) -> Any:
    from rich.text import Text

    return Text(printable(text))  # control characters (ANSI escapes among them) shown, not obeyed


def literal_lines(text: str) -> Any:
    """Like `literal`, keeping the line breaks the renderer itself put in."""
    from rich.text import Text

    return Text("\n").join(literal(part) for part in text.split("\n"))


def cell(text: object) -> str:
    """Text made safe for a table cell: no line breaks, pipes, HTML or code spans."""
    value = printable(" ".join(str(text).split()))
    for raw, safe in (("&", "&amp;"), ("<", "&lt;"), (">", "&gt;"), ("|", "\\|"), ("`", "\\`"),
                      ("[", "\\["), ("]", "\\]"), ("*", "\\*"), ("_", "\\_")):
        value = value.replace(raw, safe)
    return value


def anchor(rule_id: str) -> str:
    return "rule-" + "".join(ch if ch.isalnum() or ch == "-" else "-" for ch in rule_id.lower())
