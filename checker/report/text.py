"""Input text as rich `Text`: shown literally, never read as markup or obeyed as escapes."""

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
