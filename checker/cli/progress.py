"""A progress bar on stderr for a long audit: only on a terminal, only once the run has taken
about a second, and gone when it ends (never in a report, never in piped output)."""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, Optional

from checker.locale import Words

AFTER = 1.0  # seconds before a bar is worth showing


@contextmanager
def progress_bar(words: Words, *, enabled: bool) -> Iterator[Optional[Callable[[int, int], None]]]:
    if not enabled or not sys.stderr.isatty():
        yield None
        return
    started = time.monotonic()
    shown: dict[str, Any] = {}

    def update(done: int, total: int) -> None:
        if not shown and time.monotonic() - started < AFTER:
            return
        if not shown:
            from rich.console import Console
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

            bar = Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                           console=Console(stderr=True), transient=True)
            bar.start()
            shown.update(bar=bar, task=bar.add_task(words("progress.judging"), total=total))
        shown["bar"].update(shown["task"], completed=done, total=total)

    try:
        yield update
    finally:
        if shown:
            shown["bar"].stop()
