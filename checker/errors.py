"""The errors the checker documents.

A `CheckerError` is the user's to fix (bad input): the CLI prints it as one clean line
and exits 2. Any other exception is a bug in the checker and keeps its traceback.
"""

from __future__ import annotations


class CheckerError(Exception):
    """Bad input. `location` is "file:line:col" (or as much of it as is known)."""

    def __init__(self, message: str, *, file: str | None = None, line: int | None = None,
                 col: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.file = file
        self.line = line
        self.col = col

    @property
    def location(self) -> str:
        parts = [p for p in (self.file, self.line, self.col) if p is not None]
        return ":".join(str(p) for p in parts)

    def __str__(self) -> str:
        return f"{self.location}: {self.message}" if self.location else self.message


class QuantityError(CheckerError):
    """A text that is not one quantity expression the checker can read exactly."""


class UnitError(QuantityError):
    """A measure word the checker does not know, or two quantities that cannot be compared."""


class PeriodError(CheckerError):
    """A deadline or period expression the checker cannot read."""


def printable(text: object) -> str:
    """Text safe for a terminal, a log or one line of output: control characters (an ANSI
    escape, a bell) shown as \\x1b, never obeyed; line breaks and other spaces as a space;
    characters that cannot be encoded (lone surrogates from a command line that was not
    UTF-8) shown as \\udcff."""
    return "".join(ch if ch.isprintable() else " " if ch.isspace() else ascii(ch)[1:-1] for ch in str(text))


def shortened(text: str, limit: int = 60) -> str:
    """A long input echoed in a message is cut in the middle: '1111…1111' (10000 characters)."""
    if len(text) <= limit:
        return text
    return f"{text[:limit // 2]}…{text[-limit // 4:]} ({len(text)} characters)"
