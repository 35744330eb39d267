"""Messages as codes plus data, and the one error type for bad input.

The core never composes a sentence: it says *what* is wrong with a stable code and the
parameters that make it concrete (`Message("quote-not-found", role=..., source=...)`), and
the renderers turn that into English or Chinese through the phrase tables in
`checker/locale/`. A `Diagnostic` adds a severity and the place in a file, so every problem
can be shown as `file:line:col: message`, annotated on a pull request, or counted.
"""

from __future__ import annotations

from enum import Enum

from checker.frozen import record
from checker.messages import Message


class Severity(str, Enum):
    error = "error"  # the rule (or file) cannot be used
    warning = "warning"  # shown by validate and in reports; does not fail a run
    info = "info"  # a note for the reader of a report; validate does not show it


@record
class Position:
    """Where a problem is: a file, and its line and column where known (1-based)."""

    file: str
    line: int | None = None
    col: int | None = None

    def __str__(self) -> str:
        return ":".join(str(part) for part in (self.file, self.line, self.col) if part is not None)

    def sort_key(self) -> tuple[str, int, int]:
        return self.file, self.line or 0, self.col or 0


@record
class Diagnostic:
    """One thing wrong with (or worth knowing about) the input, at a position."""

    message: Message
    severity: Severity = Severity.error
    position: Position | None = None
    rule_id: str | None = None

    @property
    def code(self) -> str:
        return self.message.code

    @property
    def is_error(self) -> bool:
        return self.severity is Severity.error

    def __str__(self) -> str:
        # English, for logs and tests; reports render it in the reader's language
        from checker.locale import ENGLISH

        return ENGLISH.diagnostic(self)


def at(file: str | None, line: int | None = None, col: int | None = None) -> Position | None:
    return None if file is None else Position(file, line, col)


class CheckerError(Exception):
    """Bad input: the CLI shows it as one clean line (in the reader's language) and exits 2.
    Any other exception is a bug in the checker and keeps its traceback."""

    def __init__(self, message: Message, *, file: str | None = None, line: int | None = None,
                 col: int | None = None) -> None:
        super().__init__(message.code)
        self.message = message
        self.file = file
        self.line = line
        self.col = col

    @property
    def position(self) -> Position | None:
        return at(self.file, self.line, self.col)

    @property
    def location(self) -> str:
        return str(self.position) if self.position else ""

    def __str__(self) -> str:
        # English, for tracebacks and logs; the CLI renders it in the reader's language
        from checker.locale import ENGLISH

        text = ENGLISH.message(self.message)
        return f"{self.location}: {text}" if self.location else text


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
    text = str(text)
    if text.isprintable():  # the common case, told in one pass
        return text
    return "".join(ch if ch.isprintable() else " " if ch.isspace() else ascii(ch)[1:-1] for ch in text)
