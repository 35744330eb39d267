"""Report formats: each renders the audit, with the options the caller chose, as text (the
terminal table: a rich renderable).

A new format is one module, one member of `Format` and its line in `_renderer`; `--format`
offers the members. Renderers are imported when used, so a run pays only for its own.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from enum import Enum
from typing import TYPE_CHECKING, Any

from typing_extensions import assert_never

from checker.frozen import record

if TYPE_CHECKING:
    from checker.draft.answers import Answer
    from checker.judge.verdict import Status
    from checker.locale import Words
    from checker.output import Streamed
    from checker.report.changes import Changes


class Format(str, Enum):
    table = "table"
    markdown = "markdown"
    json = "json"
    junit = "junit"
    sarif = "sarif"
    github = "github"

    @property
    def machine(self) -> bool:
        """Read by programs: stdout must hold nothing else."""
        return self in (Format.json, Format.junit, Format.sarif, Format.github)


@record
class Options:
    """What the caller chose, passed to every renderer (the audit itself knows nothing of it)."""

    words: Words
    fail_on: frozenset[Status]  # statuses that fail the run (JUnit failures, SARIF results, annotations)
    changes: Changes | None = None  # against a baseline report, when one is given
    answers: tuple[Answer, ...] | None = None  # what releases added since the baseline may answer


def _renderer(form: Format) -> str:
    match form:
        case Format.table:
            return "checker.report.table:render_table"
        case Format.markdown:
            return "checker.report.markdown:render_markdown"
        case Format.json:
            return "checker.report.json:render_json"
        case Format.junit:
            return "checker.report.junit:render_junit"
        case Format.sarif:
            return "checker.report.sarif:render_sarif"
        case Format.github:
            return "checker.report.github:render_github"
        case _:
            assert_never(form)


def renderer(form: Format) -> Callable[..., Any]:
    module, function = _renderer(form).split(":")
    return getattr(importlib.import_module(module), function)


_STREAMERS = {Format.json: "checker.report.json:stream_json"}  # the text of render_json, a piece at a time


def streamer(form: Format) -> Callable[..., Streamed] | None:
    """For a format whose report can be large, what gives the report as a `Streamed`."""
    if form not in _STREAMERS:
        return None
    module, function = _STREAMERS[form].split(":")
    return getattr(importlib.import_module(module), function)
