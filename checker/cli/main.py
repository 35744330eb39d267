"""The command line: options → audit → render → exit code. Nothing else lives here."""

from __future__ import annotations

import copy
import sys
import time
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Optional, TextIO, cast

import typer

from checker.cli import params
from checker.cli.common import EXIT_INVALID, LangOption, chosen, exit_code, user_errors
from checker.diagnostics import CheckerError, Severity, printable
from checker.messages import Message
from checker.report.formats import Format

if TYPE_CHECKING:
    from checker.output import Streamed

params.install()  # before any command runs: no pydantic adapter per option

app = typer.Typer(
    add_completion=True,  # --install-completion / --show-completion for bash, zsh, fish, PowerShell
    no_args_is_help=True,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
    help="Hold Chinese government plan targets against the outcomes later releases report.",
)


def _version(value: bool) -> None:
    if value:
        from checker import __version__

        sys.stdout.write(f"checker {__version__}\n")
        raise typer.Exit()


@app.callback()
def _root(
    ctx: typer.Context,
    version: Annotated[Optional[bool], typer.Option(
        "--version", "-V", callback=_version, is_eager=True, help="Print the version and exit.")] = None,
) -> None:
    """Hold Chinese government plan targets against the outcomes later releases report.

    Defaults for every command may be set in pyproject.toml under [tool.checker] (rules, seeds,
    grace-days, fail-on, lang, as-of, workers); options on the command line win.
    """
    from checker.cli.config import defaults

    try:
        found = defaults()
    except CheckerError as error:
        said = chosen(None)
        sys.stderr.write(f"checker: {printable(error.location + ': ' if error.location else '')}"
                         f"{printable(said.message(error.message))}\n")
        raise typer.Exit(EXIT_INVALID) from None
    if found:
        ctx.default_map = {**found, **(ctx.default_map or {})}


# Options are checked here rather than by click, so that what is wrong is said in the
# reader's language, as every other error is (exit 2).

def _date_option(value: Optional[str], name: str) -> Optional[date]:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise CheckerError(Message("option-not-a-date", option=name, value=repr(value))) from None


QuietOption = Annotated[bool, typer.Option("--quiet", "-q", help="Print the problems only.")]
VerboseOption = Annotated[bool, typer.Option(
    "--verbose", "-v", help="Also print the notes on each rule and what was read, on stderr.")]
WorkersOption = Annotated[Optional[str], typer.Option(
    "--workers", help="Processes to judge in (default: 2 for a large audit on two or more cores, else 1).")]


CacheDirOption = Annotated[Optional[Path], typer.Option(
    "--cache-dir", help="Folder where verdicts are kept between runs, so that a rule whose file, releases and "
                        "checker are unchanged is not judged again (default: $CHECKER_CACHE_DIR, else "
                        "~/.cache/checker).", show_default=False)]
NoCacheOption = Annotated[bool, typer.Option("--no-cache", help="Judge every rule afresh; keep nothing.")]


def _cache(folder: Optional[Path], off: bool) -> Optional[Path]:
    if off:
        return None
    from checker.judge.cache import default_folder

    return folder or default_folder()


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
        form = Format(value)
    except ValueError:
        formats = tuple(f.value for f in Format)
        raise CheckerError(Message("option-format", value=repr(value), formats=formats)) from None
    return form


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
    output_format: Annotated[str, typer.Option(
        "--format", help="table, markdown, json, junit, sarif (SARIF 2.1.0, for code scanning) or github "
                         "(GitHub annotation lines, also outside GitHub Actions).")] = "table",
    output: Annotated[Optional[Path], typer.Option(
        "--output", "-o", help="Write the report to this file (atomically) instead of stdout; - is stdout.")] = None,
    fail_on: Annotated[str, typer.Option(
        "--fail-on", help="Comma list of statuses that make the exit code 1 (met, missed, disputed, pending, "
                          "unreported, invalid), or none.")] = "missed",
    baseline: Annotated[Optional[Path], typer.Option(
        "--baseline", help="An earlier JSON report (- for stdin): show what changed since it first.")] = None,
    workers: WorkersOption = None,
    cache_dir: CacheDirOption = None,
    no_cache: NoCacheOption = False,
    quiet: QuietOption = False,
    verbose: VerboseOption = False,
    lang: LangOption = None,
) -> None:
    """Judge every rule as of a date: met, missed, disputed, pending, unreported or invalid.

    Exit codes: 0 all rules valid and no --fail-on status occurred; 1 a --fail-on status
    occurred; 2 invalid input (an invalid rule, an unreadable file, no rules) or usage.

    \b
    Examples:
      checker check --as-of 2026-11-25
      checker check --format markdown --output reports/compliance.md --lang zh
      checker check --format json --baseline main.json --fail-on missed,unreported
    """
    from checker.judge.pipeline import run_audit
    from checker.output import check_writable, write_atomically
    from checker.report.formats import Options

    said = chosen(lang)
    form = _format(output_format)
    statuses = _fail_on(fail_on)
    day = _date_option(as_of, "--as-of") or date.today()
    grace = _grace_days(grace_days)
    if output is not None and str(output) == "-":
        output = None  # - is stdout
    if output is not None:
        check_writable(output)
    saved = None
    if baseline is not None:
        from checker.report.record import read_report

        saved = read_report(baseline)
    from checker.cli.progress import progress_bar

    # a bar on a terminal only: never mixed into a report on stdout, never into piped output
    interactive = output is not None or (sys.stdout.isatty() and not form.machine)
    started = time.monotonic()
    with progress_bar(said, enabled=interactive and not quiet) as progress:
        audit = run_audit([rules], seeds, day, grace, workers=_workers(workers), progress=progress,
                          cache=_cache(cache_dir, no_cache))
    if quiet:  # problems only: the report, if any, goes to its file
        _problems_only(audit, said)
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
    text = _render(audit, form, options, to_file=output is not None) if output is not None or not quiet else None
    if output is not None:
        write_atomically(output, text or "")
        if not quiet:
            sys.stderr.write(f"checker: {said('wrote', path=output)}\n")
    elif isinstance(text, str):
        sys.stdout.write(text)
    elif text is not None:
        try:
            text(sys.stdout.write)
            sys.stdout.flush()
        except BrokenPipeError:  # the reader stopped (| head): the audit is whole, its exit code stands
            _stdout_gone()
    if verbose:
        for verdict in audit.verdicts:
            for note in verdict.of(Severity.info):
                sys.stderr.write(f"{printable(verdict.location)}: {printable(said.message(note.message))}\n")
        took = f"{time.monotonic() - started:.1f}"
        read = said("check.verbose", rules=len(audit.verdicts), releases=len(audit.releases), seconds=took)
        if audit.kept:
            read += said("check.verbose-kept", kept=audit.kept)
        sys.stderr.write(f"checker: {read}\n")
    _github(audit, options, form, machine_stdout=output is None and form.machine)
    if not audit.verdicts:
        from checker.report.record import diagnostic_line

        for problem in audit.errors:
            sys.stderr.write(f"{printable(diagnostic_line(problem, said))}\n")
        sys.stderr.write(f"checker: {said('rules-none-found-in', folder=rules)}\n")
    code = exit_code(audit, statuses)
    if code:
        raise typer.Exit(code)


def _stdout_gone() -> None:
    """Point stdout at /dev/null, so that nothing more written to it (and its flush at exit)
    fails once its reader has gone."""
    import os

    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    os.close(devnull)


def _problems_only(audit: Any, said: Any) -> None:
    from checker.report.record import diagnostic_line

    for problem in audit.problems():
        sys.stdout.write(f"{printable(diagnostic_line(problem, said))}\n")


def _added_since(saved: Any, audit: Any) -> list[str]:
    """The releases a report has that the baseline had not; for a baseline from before
    reports listed them, those it does not cite."""
    known = set(saved.releases) if saved.releases is not None else saved.cited
    return [rid for rid in audit.releases if rid not in known]


def _github(audit: Any, options: Any, form: Format, *, machine_stdout: bool) -> None:
    """Under GitHub Actions: annotations for invalid rules and --fail-on statuses (on stderr when
    stdout carries a report, so the report stays parsable; none when CHECKER_NO_ANNOTATIONS is
    set, or when `--format github` printed them on stdout already) and the job summary."""
    from checker.report.github import annotation_lines, annotations_off, append_step_summary, in_github_actions

    if not in_github_actions():
        return
    annotated_on_stdout = machine_stdout and form is Format.github  # the report is them: not twice
    if not annotations_off() and not annotated_on_stdout:
        stream = sys.stderr if machine_stdout else sys.stdout
        for line in annotation_lines(audit, options.words, options.fail_on):
            stream.write(line + "\n")
    from checker.report.markdown import render_markdown

    append_step_summary(render_markdown(audit, options))


@app.command()
@user_errors
def validate(
    paths: Annotated[Optional[list[Path]], typer.Argument(
        help="Rule files or folders to check (default: --rules); only their problems are shown.",
        show_default=False)] = None,
    rules: Annotated[Path, typer.Option("--rules", help="Rule file, or folder of rule files.")] = Path("rules"),
    seeds: Annotated[Path, typer.Option("--seeds", help="Folder of releases with releases.yaml.")] = Path("seeds"),
    workers: WorkersOption = None,
    cache_dir: CacheDirOption = None,
    no_cache: NoCacheOption = False,
    quiet: QuietOption = False,
    verbose: VerboseOption = False,
    lang: LangOption = None,
) -> None:
    """Check rules and releases only: every quote found, every number matching, every release
    unaltered. One `file:line:col: message` line per problem, then a one-line summary on
    stderr; exit 0 when clean (warnings allowed), 2 otherwise.

    \b
    Examples:
      checker validate
      checker validate rules/hebi.yaml          # the file being edited
      checker validate -q rules/ && echo clean
    """
    from checker.judge.pipeline import run_audit
    from checker.report.record import diagnostic_line

    said = chosen(lang)
    from checker.cli.progress import progress_bar

    with progress_bar(said, enabled=sys.stdout.isatty() and not quiet) as progress:
        audit = run_audit(list(paths or [rules]), seeds, date.today(), 0, workers=_workers(workers),
                          progress=progress, cache=_cache(cache_dir, no_cache))
    problems = audit.problems()
    for problem in problems:
        sys.stdout.write(f"{printable(diagnostic_line(problem, said))}\n")
    if verbose:  # the notes a reader of the report would see
        for verdict in audit.verdicts:
            for note in verdict.of(Severity.info):
                sys.stdout.write(f"{printable(verdict.location)}: {printable(said.message(note.message))}\n")
    from checker.report.github import annotation, annotations_off, in_github_actions

    if in_github_actions() and not annotations_off():
        for problem in problems:
            sys.stdout.write(annotation(problem, said) + "\n")
    if not quiet:
        errors = sum(1 for p in problems if p.is_error)
        summary = said("validate.summary", rules=len(audit.verdicts), errors=errors, warnings=len(problems) - errors)
        sys.stderr.write(f"checker: {summary}\n")
    if any(p.is_error for p in problems):
        raise typer.Exit(EXIT_INVALID)


@app.command()
@user_errors
def parse(
    texts: Annotated[Optional[list[str]], typer.Argument(
        help="Expressions, each read as one whole quantity; none (or -): one per line from stdin.",
        show_default=False)] = None,
    json_output: Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")] = False,
    period: Annotated[bool, typer.Option("--period", help="Read the texts as deadlines and periods.")] = False,
    release_date: Annotated[
        Optional[str],
        typer.Option("--release-date", help="Date (YYYY-MM-DD) that 今年/明年/去年 are relative to."),
    ] = None,
    lang: LangOption = None,
) -> None:
    """Show how the checker reads quantity expressions (or, with --period, deadlines).

    \b
    Examples:
      checker parse 1.28万个 "9万多个" 85%以上
      checker parse --period "十四五末" 2026年秋季开学前
      grep -o '[0-9.]*万人' release.txt | checker parse --json
    """
    from checker.report.parsed import parsed_json, parsed_table, read_all

    said = chosen(lang)
    reference = _date_option(release_date, "--release-date")
    if not texts or texts == ["-"]:
        texts = [line.strip() for line in sys.stdin.read().splitlines() if line.strip()]
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
    fail_on_change: Annotated[str, typer.Option(
        "--fail-on-change", help="Exit 1 when a rule's status got worse (worse), changed at all (any), or never "
                                 "(none).")] = "none",
    lang: LangOption = None,
) -> None:
    """Show which rules changed status between two saved JSON reports, then the rest.

    Exit codes: 0 shown; 1 a change named by --fail-on-change occurred (worse: a status lower in
    the ranking missed, disputed, invalid, unreported, pending, met, or a new rule that is missed,
    disputed or invalid; any: any change); 2 an unreadable report or usage.

    \b
    Examples:
      checker diff main.json pr.json --format markdown
      checker check --format json -o - | checker diff main.json - --fail-on-change worse
    """
    from checker.cli.common import EXIT_FAIL_ON
    from checker.report.changes import ChangeGate, compare
    from checker.report.changes_view import changes_json, changes_markdown, changes_table, failing_line
    from checker.report.record import read_report

    said = chosen(lang)
    if output_format not in ("table", "markdown", "json"):
        raise CheckerError(Message("option-diff-format", value=repr(output_format)))
    try:
        gate = ChangeGate(fail_on_change.strip())
    except ValueError:
        raise CheckerError(Message("option-fail-on-change", value=repr(fail_on_change),
                                   choices=tuple(g.value for g in ChangeGate))) from None
    before, after = read_report(old), read_report(new)
    changes = compare(before.results, after.results, before.as_of, after.as_of)
    if output_format == "json":
        sys.stdout.write(changes_json(changes))
    elif output_format == "markdown":
        sys.stdout.write("\n".join(changes_markdown(changes, said, heading="#", list_unchanged=True)) + "\n")
    else:
        _print_rich(changes_table(changes, said, list_unchanged=True))
    failing = changes.failing(gate)
    if failing:
        sys.stderr.write(f"checker: {printable(failing_line(failing, gate, said))}\n")
        raise typer.Exit(EXIT_FAIL_ON)


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
    """Print the JSON Schema of rule files (shipped as rules.schema.json), for editors.

    \b
    Examples:
      checker schema > rules.schema.json
      checker schema --report > report.schema.json
    """
    import json

    if report:
        from checker.report.record import report_schema

        document = report_schema()
    else:
        from checker.inputs.models import rule_file_schema

        document = rule_file_schema()
    sys.stdout.write(json.dumps(document, ensure_ascii=False, indent=2) + "\n")


def _render(audit: object, output_format: Format, options: Any, *, to_file: bool) -> Optional[str | Streamed]:
    """The report as text, or (a format written piece by piece: a large JSON report is never
    one string) as what writes it; None once a table is printed."""
    from checker.report.formats import renderer, streamer

    stream = streamer(output_format)
    if stream is not None:
        return stream(audit, options)
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
    Console(file=buffer, width=200, color_system=None, highlight=False, soft_wrap=False).print(renderable, crop=False)
    return buffer.getvalue()


def _print_rich(renderable: object) -> None:
    from rich.console import Console

    Console(highlight=False, soft_wrap=False).print(renderable, crop=False)  # a message line stays whole


def main() -> None:
    from checker.cli import pydantic_plugins
    from checker.judge.workers import collector_paused

    pydantic_plugins.install()
    sys.stdout = cast(TextIO, _ReaderMayLeave(sys.stdout))
    with collector_paused():  # a run is short and makes few reference cycles
        app_for(sys.argv[1:2])()


class _ReaderMayLeave:
    """stdout, for a reader that may stop reading (`checker validate | head -1`): what is written
    after it has gone is dropped, and the command's own exit code stands (click would exit 1)."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        try:
            return self._stream.write(text)
        except BrokenPipeError:
            _stdout_gone()
            return len(text)

    def flush(self) -> None:
        try:
            self._stream.flush()
        except BrokenPipeError:
            _stdout_gone()

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


def app_for(first: list[str]) -> typer.Typer:
    """The app with only the command the command line names first (`checker check …`): typer
    builds the options of every command it holds at each start, about 15 ms for all eight, and
    one runs. Anything else (help, --version, a misspelt command) gets the whole app."""
    from typer.main import get_command_name

    name = first[0] if first else None
    commands = [c for c in app.registered_commands
                if (c.name or get_command_name(getattr(c.callback, "__name__", ""))) == name]
    groups = [g for g in app.registered_groups if g.name == name]
    if len(commands) + len(groups) != 1:
        return app
    alone = copy.copy(app)  # the callback, options and settings of the app, one command
    alone.registered_commands, alone.registered_groups = commands, groups
    return alone
