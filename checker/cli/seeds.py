"""`checker seeds ...`: managing the releases folder. Mounted in checker/cli.py with
`app.add_typer(seeds_app, name="seeds")`."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Any, Optional

import typer

from checker.cli.common import LangOption, chosen
from checker.diagnostics import CheckerError, printable
from checker.locale import Words

seeds_app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
    help="Manage the releases folder (seeds/) and its manifest releases.yaml.",
)

EXIT_REFUSED = 2


@seeds_app.callback()
def _seeds() -> None:
    """Manage the releases folder (seeds/) and its manifest releases.yaml."""


@seeds_app.command()
def add(
    file: Annotated[Path, typer.Argument(
        help="The release text file (UTF-8, UTF-8 with BOM, GB18030/GBK, Big5/Big5-HKSCS or UTF-16).")],
    region: Annotated[str, typer.Option("--region", help="The region the release is about, e.g. 新乡市.")],
    published: Annotated[str, typer.Option(
        "--published", help="Date of the release (YYYY-MM-DD), or YYYY-MM when only the month is known "
                            "(recorded as the month's last day, with a note saying so).")],
    title: Annotated[Optional[str], typer.Option("--title", help="Title; default: guessed from the text.")] = None,
    publisher: Annotated[Optional[str], typer.Option(
        "--publisher", help="Publisher; default: guessed from a 发布机构:/来源: line.")] = None,
    url: Annotated[Optional[str], typer.Option("--url", help="Where the release was found.")] = None,
    release_id: Annotated[Optional[str], typer.Option(
        "--id", help="Release id (lower-case letters, digits, hyphens); default: file name + date.")] = None,
    name: Annotated[Optional[str], typer.Option(
        "--name", help="Store the file under this name; default: its own name.")] = None,
    note: Annotated[Optional[str], typer.Option(
        "--note", help="A note for the manifest entry, e.g. how the date or the publisher was inferred.")] = None,
    seeds: Annotated[Path, typer.Option("--seeds", help="Folder of releases with releases.yaml.")] = Path("seeds"),
    rules: Annotated[Path, typer.Option(
        "--rules", help="Rules to hold the new release against (the rules it may answer are listed).")] = Path("rules"),
    lang: LangOption = None,
) -> None:
    """Copy a release into the releases folder as UTF-8 and append its entry to releases.yaml,
    then list the rules it may answer (`checker match`).

    The encoding is detected and recorded (a file whose encoding cannot be told with
    confidence is refused: convert it to UTF-8 first); CRLF and CR line endings become LF.
    Title and publisher are guessed from the text unless given. Nothing is overwritten: exit 2
    with the folder unchanged on any refusal.

    \b
    Examples:
      checker seeds add ~/Downloads/鹤壁2025年工作总结.txt --region 鹤壁市 --published 2026-01-20
      checker seeds add review.txt --region 新乡市 --published 2025-01 --note "month from the page footer"
    """
    from checker.seeds.registering import Request, register

    said = chosen(lang)
    request = Request(source=file, seeds=seeds, region=region, published=published, title=title,
                      publisher=publisher, url=url, id=release_id, name=name, note=note, words=said)
    try:
        added = register(request)
    except CheckerError as error:
        where = error.location or str(file)
        sys.stderr.write(f"checker: {printable(where)}: {said.message(error.message)}\n")
        raise typer.Exit(EXIT_REFUSED) from None
    for line in added.lines:
        sys.stdout.write(f"{printable(said.message(line))}\n")
    for warning in added.warnings:
        sys.stderr.write(f"checker: {printable(file)}: {said('seeds-add-warning')}{said.message(warning)}\n")
    _answers(added.release.id, rules, seeds, said)


def _answers(release_id: str, rules: Path, seeds: Path, said: Words) -> None:
    """The rules the release just added may answer: one line each, and the command that prints
    their outcome entries. The release is in; a rule folder that cannot be read only says so."""
    if not rules.exists():
        sys.stdout.write(said("seeds-add-no-rules", rules=str(rules)) + "\n")
        return
    from checker.cli.draft import candidates_for

    try:
        candidates, _ = candidates_for(release_id, rules, seeds)
    except CheckerError as error:
        sys.stderr.write(f"checker: {said.message(error.message)}\n")
        return
    best: dict[str, Any] = {}
    for candidate in candidates:
        best.setdefault(candidate.rule_id, candidate)
    if not best:
        sys.stdout.write(said("draft.match-none") + "\n")
        return
    sys.stdout.write(said("draft.match-hint", count=len(best), release=release_id) + "\n")
    for rule_id, c in sorted(best.items(), key=lambda item: (-item[1].score, item[0])):
        sys.stdout.write(printable(said("draft.match-line", rule=rule_id, score=f"{c.score:.2f}",
                                        figure="".join(c.claim.text.split()), quote=c.claim.quote)) + "\n")
