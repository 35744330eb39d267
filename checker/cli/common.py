"""What every command shares: the language option, the one error handler, the exit codes."""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable
from typing import Annotated, Any, Optional, TypeVar

import typer

from checker.diagnostics import CheckerError, printable
from checker.locale import Lang, Words, detect, words

EXIT_OK, EXIT_FAIL_ON, EXIT_INVALID = 0, 1, 2

Command = TypeVar("Command", bound=Callable[..., Any])

LangOption = Annotated[Optional[Lang], typer.Option(
    "--lang", help="Language of the output: zh or en; default from the locale (LANG starting with zh → zh).")]


def chosen(lang: Optional[Lang]) -> Words:
    return words(lang or detect())


def user_errors(command: Command) -> Command:
    """The one handler: a user error (bad input) becomes one clean line on stderr, in the
    reader's language, and exit 2. Anything else is a bug in the checker and keeps its traceback."""

    @functools.wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return command(*args, **kwargs)
        except CheckerError as error:
            said = chosen(kwargs.get("lang")).message(error.message)
            where = f"{error.location}: " if error.location else ""
            sys.stderr.write(f"checker: {printable(where + said)}\n")
            raise typer.Exit(EXIT_INVALID) from None

    return wrapper  # type: ignore[return-value]


def exit_code(audit: Any, fail_on: frozenset[Any]) -> int:
    """0: every rule valid and no --fail-on status; 1: a --fail-on status occurred; 2: invalid
    input (an invalid rule, a broken file) or no rules at all. Takes a judge.pipeline.Audit."""
    if not audit.trustworthy:
        return EXIT_INVALID
    return EXIT_FAIL_ON if any(audit.summary[status] for status in fail_on) else EXIT_OK
