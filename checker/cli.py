"""The command line: options → load → evaluate → render → exit code. Nothing else lives here."""

from __future__ import annotations

import functools
import json
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Annotated, Any, Optional, TypeVar

import typer

from checker.errors import CheckerError, printable

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
    help="Hold Chinese government plan targets against the outcomes later releases report.",
)

EXIT_OK, EXIT_FAIL_ON, EXIT_INVALID = 0, 1, 2

Command = TypeVar("Command", bound=Callable[..., Any])


def user_errors(command: Command) -> Command:
    """The one handler: a user error (bad input) becomes one clean line on stderr and exit 2.
    Anything else is a bug in the checker and keeps its traceback."""

    @functools.wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return command(*args, **kwargs)
        except CheckerError as error:
            sys.stderr.write(f"checker: {printable(error)}\n")
            raise typer.Exit(EXIT_INVALID) from None

    return wrapper  # type: ignore[return-value]


@app.callback()
def _root() -> None:
    """Hold Chinese government plan targets against the outcomes later releases report."""


def _date_option(value: Optional[str], name: str) -> Optional[date]:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date; write YYYY-MM-DD", param_hint=name) from None


FORMATS = ("table", "markdown", "json", "junit")  # checker.render.REGISTRY holds the same names
STATUS_NAMES = ("met", "missed", "pending", "unreported", "invalid")


def _fail_on(value: str) -> set[str]:
    if value.strip() == "none":
        return set()
    names = {part.strip() for part in value.split(",") if part.strip()}
    unknown = sorted(names - set(STATUS_NAMES))
    if unknown or not names:
        raise typer.BadParameter(
            f"{', '.join(unknown) or repr(value)} is not a status; use a comma list of "
            f"{', '.join(STATUS_NAMES)}, or none", param_hint="--fail-on")
    return names


@app.command()
@user_errors
def check(
    rules: Annotated[Path, typer.Option(
        "--rules", help="Folder of rule files (*.yaml, searched recursively).")] = Path("rules"),
    seeds: Annotated[Path, typer.Option("--seeds", help="Folder of releases with releases.yaml.")] = Path("seeds"),
    as_of: Annotated[Optional[str], typer.Option(
        "--as-of", help="Judge as of this date (YYYY-MM-DD); default today.")] = None,
    grace_days: Annotated[int, typer.Option(
        "--grace-days", min=0, max=3650, help="Days after a deadline to wait for the report.")] = 90,
    output_format: Annotated[str, typer.Option("--format", help="table, markdown, json or junit.")] = "table",
    output: Annotated[Optional[Path], typer.Option(
        "--output", help="Write the report to this file (atomically) instead of stdout.")] = None,
    fail_on: Annotated[str, typer.Option(
        "--fail-on", help="Comma list of statuses that make the exit code 1, or none.")] = "missed",
    baseline: Annotated[Optional[Path], typer.Option(
        "--baseline", help="An earlier JSON report: show what changed since it first.")] = None,
) -> None:
    """Judge every rule as of a date: met, missed, pending, unreported or invalid.

    Exit codes: 0 all rules valid and no --fail-on status occurred; 1 a --fail-on status
    occurred; 2 invalid input (an invalid rule, an unreadable file, no rules) or usage.
    """
    from checker.audit import run_audit
    from checker.output import check_writable, write_atomically

    if output_format not in FORMATS:
        raise typer.BadParameter(f"{output_format!r} is not a format; use one of {', '.join(FORMATS)}",
                                 param_hint="--format")
    statuses = _fail_on(fail_on)
    day = _date_option(as_of, "--as-of") or date.today()
    if output is not None:
        check_writable(output)
    old_report = None
    if baseline is not None:
        from checker.changes import load_report

        old_report = load_report(baseline)
    audit = run_audit(rules, seeds, day, grace_days)
    audit.fail_on = frozenset(statuses)
    if old_report is not None:
        from checker.changes import compare
        from checker.render.json import render_json

        audit.changes = compare(old_report, json.loads(render_json(audit)))
    text = _render(audit, output_format, to_file=output is not None)
    if output is not None:
        write_atomically(output, text or "")
        sys.stderr.write(f"checker: wrote {output}\n")
    elif text is not None:
        sys.stdout.write(text)
    _github(audit, machine_stdout=output is None and output_format in ("json", "junit"))
    if not audit.verdicts:
        for problem in audit.errors:
            sys.stderr.write(f"{printable(problem)}\n")
        sys.stderr.write(f"checker: no rules found in {rules}: rule files are *.yaml files with a `rules:` list\n")
        raise typer.Exit(EXIT_INVALID)
    if not audit.trustworthy:
        raise typer.Exit(EXIT_INVALID)
    if any(audit.summary[status] for status in statuses):
        raise typer.Exit(EXIT_FAIL_ON)


def _github(audit: Any, *, machine_stdout: bool) -> None:
    """Under GitHub Actions: annotations for invalid rules (on stderr when stdout carries a
    JSON or JUnit report, so the report stays parsable) and the job summary."""
    from checker.github import annotation_lines, append_step_summary, in_github_actions

    if not in_github_actions():
        return
    stream = sys.stderr if machine_stdout else sys.stdout
    for line in annotation_lines(audit):
        stream.write(line + "\n")
    from checker.render.markdown import render_markdown

    append_step_summary(render_markdown(audit))


@app.command()
@user_errors
def validate(
    rules: Annotated[Path, typer.Option("--rules", help="Folder of rule files.")] = Path("rules"),
    seeds: Annotated[Path, typer.Option("--seeds", help="Folder of releases with releases.yaml.")] = Path("seeds"),
) -> None:
    """Check rules and releases only: every quote found, every number matching, every release
    unaltered. One `file:line:col: message` line per problem; exit 0 when clean, 2 otherwise."""
    from checker.audit import check_evidence

    problems = [p for p in check_evidence(rules, seeds) if p.severity != "info"]
    for problem in problems:
        sys.stdout.write(f"{printable(problem)}\n")
    from checker.github import annotation, in_github_actions

    if in_github_actions():
        for problem in problems:
            sys.stdout.write(annotation(problem) + "\n")
    if any(p.severity == "error" for p in problems):
        raise typer.Exit(EXIT_INVALID)


@app.command()
@user_errors
def parse(
    texts: Annotated[list[str], typer.Argument(help="Expressions, each read as one whole quantity.")],
    json_output: Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")] = False,
    period: Annotated[bool, typer.Option("--period", help="Read the texts as deadlines and periods.")] = False,
    release_date: Annotated[
        Optional[str],
        typer.Option("--release-date", help="Date (YYYY-MM-DD) that 今年/明年/去年 are relative to."),
    ] = None,
) -> None:
    """Show how the checker reads quantity expressions (or, with --period, deadlines)."""
    from checker.render.parsed import parsed_json, parsed_table, read_all

    reference = _date_option(release_date, "--release-date")
    # an argument that was not UTF-8 keeps its bytes visible (\xff) instead of breaking the output
    texts = [text.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace") for text in texts]
    rows = read_all(texts, period=period, reference=reference)
    if json_output:
        sys.stdout.write(parsed_json(rows, period=period))
    else:
        _print_rich(parsed_table(rows, period=period))
        for row in rows:
            if "error" in row:
                sys.stderr.write(f"checker: cannot read {printable(row['error'])}\n")
    if any("error" in row for row in rows):
        raise typer.Exit(EXIT_INVALID)


@app.command()
@user_errors
def diff(
    old: Annotated[Path, typer.Argument(help="The earlier JSON report.")],
    new: Annotated[Path, typer.Argument(help="The later JSON report.")],
    output_format: Annotated[str, typer.Option("--format", help="table, markdown or json.")] = "table",
) -> None:
    """Show which rules changed status between two saved JSON reports, then the rest."""
    from checker.changes import compare, load_report
    from checker.render.changes import changes_json, changes_markdown, changes_table

    if output_format not in ("table", "markdown", "json"):
        raise typer.BadParameter(f"{output_format!r} is not a format; use table, markdown or json",
                                 param_hint="--format")
    changes = compare(load_report(old), load_report(new))
    if output_format == "json":
        sys.stdout.write(changes_json(changes))
    elif output_format == "markdown":
        sys.stdout.write("\n".join(changes_markdown(changes, heading="#", list_unchanged=True)) + "\n")
    else:
        _print_rich(changes_table(changes, list_unchanged=True))


from checker.cli_seeds import seeds_app  # noqa: E402  (its work is imported only when it runs)

app.add_typer(seeds_app, name="seeds")


@app.command()
def schema() -> None:
    """Print the JSON Schema of rule files (shipped as rules.schema.json), for editors."""
    from checker.models import rule_file_schema

    sys.stdout.write(json.dumps(rule_file_schema(), ensure_ascii=False, indent=2) + "\n")


def _render(audit: object, output_format: str, *, to_file: bool) -> Optional[str]:
    from checker.render import renderer

    rendered = renderer(output_format)(audit)
    if isinstance(rendered, str):
        return rendered
    if to_file:
        return _rich_to_text(rendered)
    _print_rich(rendered)
    return None


def _rich_to_text(renderable: object) -> str:
    import io

    from rich.console import Console

    buffer = io.StringIO()
    Console(file=buffer, width=200, color_system=None, highlight=False, soft_wrap=False).print(renderable)
    return buffer.getvalue()


def _print_rich(renderable: object) -> None:
    from rich.console import Console

    Console(highlight=False, soft_wrap=False).print(renderable)


def main() -> None:
    app()
