"""Input text made safe for output: as rich `Text` (shown literally, never read as markup or obeyed
as escapes) and as a Markdown table cell."""

from __future__ import annotations

from typing import Any

from checker.diagnostics import printable
from checker.language import regex


def literal(text: object) -> Any:
    from rich.text import Text

    return Text(printable(text))  # control characters (ANSI escapes among them) shown, not obeyed


def literal_lines(text: str) -> Any:
    """Like `literal`, keeping the line breaks the renderer itself put in."""
    from rich.text import Text

    return Text("\n").join(literal(part) for part in text.split("\n"))


def cell(text: object) -> str:
    """Text made safe for a table cell or a line of Markdown: no line breaks, pipes, HTML, code
    spans, emphasis, strikethrough, maths, and no link made of a bare URL in the text."""
    value = printable(" ".join(str(text).split())).translate(_CELL_ESCAPES)
    # GitHub links bare URLs (www.…, https://…): an escaped colon or dot keeps them text
    return _BARE_URL.sub(lambda m: (m.group(1) or m.group(3)) + "\\" + (m.group(2) or m.group(4)), value)


# each character of the text escaped once (an escape's own backslash or & is not escaped again)
_CELL_ESCAPES = str.maketrans({"\\": "\\\\", "&": "&amp;", "<": "&lt;", ">": "&gt;", "|": "\\|", "`": "\\`",
                               "[": "\\[", "]": "\\]", "*": "\\*", "_": "\\_", "~": "\\~", "$": "\\$"})
_BARE_URL = regex.compile(r"(?i)\b(https?|ftp|mailto)(:)|(?<![\w.])(www)(\.)")


def anchor(rule_id: str) -> str:
    return "rule-" + "".join(ch if ch.isalnum() or ch == "-" else "-" for ch in rule_id.lower())


def heading_id(rule_id: str) -> str:
    """The anchor GitHub (and most renderers) give a heading holding only the rule id: lower
    case, and nothing but letters, digits, hyphens and underscores kept."""
    return "".join(ch for ch in rule_id.lower().replace(" ", "-") if ch.isalnum() or ch in "-_")
