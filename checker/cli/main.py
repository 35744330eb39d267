"""The command line: options → audit → render → exit code. Nothing else lives here."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path
from typing import Annotated, Any, Optional

import typer

from checker.cli import params
from checker.cli.common import EXIT_INVALID, LangOption, chosen, exit_code, user_errors
from checker.diagnostics import CheckerError, printable
from checker.messages import Message
from checker.report.formats import Format

params.install()  # before any command runs: no pydantic adapter per option

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
    help="Hold Chinese government plan targets against the outcomes later releases report.",
)

@app.callback()
def _root() -> None:
    """Hold Chinese government plan targets against the outcomes later releases report."""


# Options are checked here rather than by click, so that what is wrong is said in the
# reader's language, as every other error is (exit 2).

def _date_option(value: Optional[str], name: str) -> Optional[date]:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise CheckerError(Message("option-not-a-date", option=name, value=repr(value))) from None


WorkersOption = Annotated[Optional[str], typer.Option(
    "--workers", help="Processes to judge in (default: 2 for a large audit on two or more cores, else 1).")]


def _workers(value: Optional[str]) -> Optional[int]:
    if value is None:
        return None
    text = value.strip()
    if not text.isascii() or not text.isdigit() or not 1 <= int(text) <= 64:
        raise CheckerError(Message("option-workers", value=repr(value)))
    return int(text)


def _grace_days(value: str) -> int:
    text = value.strip()
    if not text.isascii() or not text.isdigit() or not 0 <= int(text) <= 3650:
        raise CheckerError(Message("option-grace-days", value=repr(value)))
    return int(text)


def _format(value: str) -> Format:
    try:
        return Format(value)
    except ValueError:
        formats = tuple(f.value for f in Format)
        raise CheckerError(Message("option-format", value=repr(value), formats=formats)) from None


def _fail_on(value: str) -> frozenset[Any]:
    from checker.judge.verdict import Status

    if value.strip() == "none":
        return frozenset()
    names = {part.strip() for part in value.split(",") if part.strip()}
    known = {status.value for status in Status}
    unknown = sorted(names - known)
    if unknown or not names:
        raise CheckerError(Message("option-fail-on", unknown=tuple(unknown) or repr(value),
                                   statuses=tuple(status.value for status in Status)))
    return frozenset(Status(name) for name in names)


@app.command()
@user_errors
def check(
    rules: Annotated[Path, typer.Option(
        "--rules", help="Rule file, or folder of rule files (*.yaml, searched recursively).")] = Path("rules"),
    seeds: Annotated[Path, typer.Option("--seeds", help="Folder of releases with releases.yaml.")] = Path("seeds"),
    as_of: Annotated[Optional[str], typer.Option(
        "--as-of", help="Judge as of this date (YYYY-MM-DD); default today.")] = None,
    grace_days: Annotated[str, typer.Option(
        "--grace-days", help="Days after a deadline to wait for the report (0–3650).")] = "90",
    output_format: Annotated[str, typer.Option("--format", help="table, markdown, json or junit.")] = "table",
    output: Annotated[Optional[Path], typer.Option(
        "--output", help="Write the report to this file (atomically) instead of stdout.")] = None,
    fail_on: Annotated[str, typer.Option(
        "--fail-on", help="Comma list of statuses that make the exit code 1, or none.")] = "missed",
    baseline: Annotated[Optional[Path], typer.Option(
        "--baseline", help="An earlier JSON report: show what changed since it first.")] = None,
    workers: WorkersOption = None,
    lang: LangOption = None,
) -> None:
    """Judge every rule as of a date: met, missed, pending, unreported or invalid.

    Exit codes: 0 all rules valid and no --fail-on status occurred; 1 a --fail-on status
    occurred; 2 invalid input (an invalid rule, an unreadable file, no rules) or usage.
    """
    from checker.judge.pipeline import run_audit
    from checker.output import check_writable, write_atomically
    from checker.report.formats import Options

    said = chosen(lang)
    form = _format(output_format)
    statuses = _fail_on(fail_on)
    day = _date_option(as_of, "--as-of") or date.today()
    grace = _grace_days(grace_days)
    if output is not None:
        check_writable(output)
    saved = None
    if baseline is not None:
        from checker.report.record import read_report

        saved = read_report(baseline)
    from checker.cli.progress import progress_bar

    # a bar on a terminal only: never mixed into a report on stdout, never into piped output
    interactive = output is not None or (sys.stdout.isatty() and not form.machine)
    with progress_bar(said, enabled=interactive) as progress:
        audit = run_audit([rules], seeds, day, grace, workers=_workers(workers), progress=progress)
    changes = None
    if saved is not None:
        from checker.report.changes import compare
        from checker.report.record import result_record

        changes = compare(saved.results, [result_record(v, said) for v in audit.verdicts], saved.as_of,
                          day.isoformat())
    answers = None
    if saved is not None and form is Format.markdown:
        from checker.draft.answers import open_answers

        answers = open_answers([rules], seeds, _added_since(saved, audit))
    options = Options(said, statuses, changes, answers)
    text = _render(audit, form, options, to_file=output is not None)
    if output is not None:
        write_atomically(output, text or "")
        sys.stderr.write(f"checker: {said('wrote', path=output)}\n")
    elif text is not None:
        sys.stdout.write(text)
    _github(audit, options, machine_stdout=output is None and form.machine)
    if not audit.verdicts:
        from checker.report.record import diagnostic_line

        for problem in audit.errors:
            sys.stderr.write(f"{printable(diagnostic_line(problem, said))}\n")
        sys.stderr.write(f"checker: {said('rules-none-found-in', folder=rules)}\n")
    code = exit_code(audit, statuses)
    if code:
        raise typer.Exit(code)


def _added_since(saved: Any, audit: Any) -> list[str]:
    """The releases a report has that the baseline had not; for a baseline from before
    reports listed them, those it does not cite."""
    known = set(saved.releases) if saved.releases is not None else saved.cited
    return [rid for rid in audit.releases if rid not in known]


def _github(audit: Any, options: Any, *, machine_stdout: bool) -> None:
    """Under GitHub Actions: annotations for invalid rules (on stderr when stdout carries a
    JSON or JUnit report, so the report stays parsable) and the job summary."""
    from checker.report.github import annotation_lines, append_step_summary, in_github_actions

    if not in_github_actions():
        return
    stream = sys.stderr if machine_stdout else sys.stdout
    for line in annotation_lines(audit, options.words):
        stream.write(line + "\n")
    from checker.report.markdown import render_markdown

    append_step_summary(render_markdown(audit, options))


@app.command()
@user_errors
def validate(
    rules: Annotated[Path, typer.Option("--rules", help="Rule file, or folder of rule files.")] = Path("rules"),
    seeds: Annotated[Path, typer.Option("--seeds", help="Folder of releases with releases.yaml.")] = Path("seeds"),
    workers: WorkersOption = None,
    lang: LangOption = None,
) -> None:
    """Check rules and releases only: every quote found, every number matching, every release
    unaltered. One `file:line:col: message` line per problem; exit 0 when clean, 2 otherwise."""
    from checker.judge.pipeline import run_audit
    from checker.report.record import diagnostic_line

    said = chosen(lang)
    from checker.cli.progress import progress_bar

    with progress_bar(said, enabled=sys.stdout.isatty()) as progress:
        problems = run_audit([rules], seeds, date.today(), 0, workers=_workers(workers), progress=progress).problems()
    for problem in problems:
        sys.stdout.write(f"{printable(diagnostic_line(problem, said))}\n")
    from checker.report.github import annotation, in_github_actions

    if in_github_actions():
        for problem in problems:
            sys.stdout.write(annotation(problem, said) + "\n")
    if any(p.is_error for p in problems):
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
    lang: LangOption = None,
) -> None:
    """Show how the checker reads quantity expressions (or, with --period, deadlines)."""
    from checker.report.parsed import parsed_json, parsed_table, read_all

    said = chosen(lang)
    reference = _date_option(release_date, "--release-date")
    # an argument that was not UTF-8 keeps its bytes visible (\xff) instead of breaking the output
    texts = [text.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace") for text in texts]
    rows = read_all(texts, period=period, reference=reference, words=said)
    if json_output:
        sys.stdout.write(parsed_json(rows))
    else:
        _print_rich(parsed_table(rows, period=period, words=said))
        for row in rows:
            if "error" in row:
                sys.stderr.write(f"checker: {printable(said('parse.cannot-read', reason=row['error']))}\n")
    if any("error" in row for row in rows):
        raise typer.Exit(EXIT_INVALID)


@app.command()
@user_errors
def diff(
    old: Annotated[Path, typer.Argument(help="The earlier JSON report.")],
    new: Annotated[Path, typer.Argument(help="The later JSON report.")],
    output_format: Annotated[str, typer.Option("--format", help="table, markdown or json.")] = "table",
    lang: LangOption = None,
) -> None:
    """Show which rules changed status between two saved JSON reports, then the rest."""
    from checker.report.changes import compare
    from checker.report.changes_view import changes_json, changes_markdown, changes_table
    from checker.report.record import read_report

    said = chosen(lang)
    if output_format not in ("table", "markdown", "json"):
        raise CheckerError(Message("option-diff-format", value=repr(output_format)))
    before, after = read_report(old), read_report(new)
    changes = compare(before.results, after.results, before.as_of, after.as_of)
    if output_format == "json":
        sys.stdout.write(changes_json(changes))
    elif output_format == "markdown":
        sys.stdout.write("\n".join(changes_markdown(changes, said, heading="#", list_unchanged=True)) + "\n")
    else:
        _print_rich(changes_table(changes, said, list_unchanged=True))


from checker.cli.seeds import seeds_app  # noqa: E402  (its work is imported only when it runs)

app.add_typer(seeds_app, name="seeds")

from checker.cli.draft import extract, match  # noqa: E402

app.command()(extract)
app.command()(match)


@app.command()
def schema(
    report: Annotated[bool, typer.Option(
        "--report", help="The JSON Schema of the JSON report (shipped as report.schema.json) instead.")] = False,
    lang: LangOption = None,  # a schema has no words to translate; taken like every command's
) -> None:
    """Print the JSON Schema of rule files (shipped as rules.schema.json), for editors."""
    import json

    if report:
        from checker.report.record import report_schema

        document = report_schema()
    else:
        from checker.inputs.models import rule_file_schema

        document = rule_file_schema()
    sys.stdout.write(json.dumps(document, ensure_ascii=False, indent=2) + "\n")


def _render(audit: object, output_format: Format, options: Any, *, to_file: bool) -> Optional[str]:
    from checker.report.formats import renderer

    rendered = renderer(output_format)(audit, options)
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
