"""`checker extract` and `checker match`: drafting rules from a release."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Any, Optional

import typer

from checker.cli.common import LangOption, chosen, user_errors
from checker.diagnostics import CheckerError
from checker.locale import Words
from checker.messages import Message

KINDS = ("plan", "outcome", "stat", "other")
FORMATS = ("table", "json", "yaml")


def release_text(release: str, seeds: Path, region: Optional[str], published: Optional[str]) -> tuple[Any, str]:
    """A release by its id in the manifest, or a text file by its path: (ReleaseText, its name)."""
    from checker.inputs.releases import load_corpus

    corpus = load_corpus(seeds, str(seeds)) if (seeds / "releases.yaml").is_file() else None
    if corpus is not None and corpus.get(release) is not None:
        found = corpus.get(release)
        return found, release
    path = Path(release)
    if not path.is_file():
        known = ", ".join(sorted(corpus.releases)) if corpus else ""
        raise CheckerError(Message("draft-no-release", release=release, seeds=str(seeds), known=known or "—"))
    from checker.inputs.models import Release
    from checker.inputs.releases import ReleaseText
    from checker.seeds.encodings import Undecodable, decode_release, to_lf

    try:
        text = to_lf(decode_release(path.read_bytes()).text)[0]
    except (OSError, Undecodable) as error:
        reason = error.message if isinstance(error, Undecodable) else Message("file-unreadable", reason=str(error))
        raise CheckerError(reason, file=str(path)) from None
    from checker.seeds.guessing import default_id, parse_published

    if not published:  # 今年, 明年 and every deadline are read against it: today would be a silent guess
        raise CheckerError(Message("draft-file-needs-published", file=str(path)))
    day = parse_published(published)
    # the id `checker seeds add` gives it by default, so that drafted rules cite it once it is added
    entry = Release.model_construct(id=default_id(path.stem, day), file=path.name, title=path.stem, publisher="?",
                                    region=region or "", published=day.day, sha256="0" * 64)
    return ReleaseText(entry, path, text), path.name


def _kinds(value: str) -> set[str]:
    chosen_kinds = {part.strip() for part in value.split(",") if part.strip()}
    unknown = sorted(chosen_kinds - set(KINDS))
    if unknown or not chosen_kinds:
        raise CheckerError(Message("option-kind", unknown=tuple(unknown) or repr(value), kinds=KINDS))
    return chosen_kinds


def _format(value: str) -> str:
    if value not in FORMATS:
        raise CheckerError(Message("option-draft-format", value=repr(value), formats=FORMATS))
    return value


@user_errors
def extract(
    release: Annotated[str, typer.Argument(help="A release id from the manifest, or the path of a release text file.")],
    seeds: Annotated[Path, typer.Option("--seeds", help="Folder of releases with releases.yaml.")] = Path("seeds"),
    kind: Annotated[str, typer.Option("--kind", help="Comma list of plan, outcome, stat, other.")] =
    "plan,outcome,stat,other",
    output_format: Annotated[str, typer.Option("--format", help="table, json or yaml (rule stubs).")] = "table",
    region: Annotated[Optional[str], typer.Option("--region", help="For a text file: the region it is about.")] = None,
    published: Annotated[Optional[str], typer.Option(
        "--published", help="For a text file: its date (YYYY-MM-DD), against which 今年 and deadlines are read.",
    )] = None,
    lang: LangOption = None,
) -> None:
    """List every quantity claim of a release: what it counts, how much, when, and whether it is a
    plan, an outcome, a background figure (stat) or a threshold (other).

    Examples: `checker extract xinxiang-2024-01-22`; `checker extract hebi-2024-12-31 --kind plan
    --format yaml > rules/hebi-draft.yaml` (rule stubs that pass `checker validate`)."""
    from checker.draft.extract import extract as draft

    said = chosen(lang)
    kinds, form = _kinds(kind), _format(output_format)
    text, name = release_text(release, seeds, region, published)
    claims = [c for c in draft(text, name) if c.kind.value in kinds]
    if form == "json":
        sys.stdout.write(json.dumps([c.record() for c in claims], ensure_ascii=False, indent=2) + "\n")
    elif form == "yaml":
        from checker.draft.stubs import extract_stubs

        sys.stdout.write(extract_stubs(text.release.id, claims))
    else:
        _print_claims(claims, said)


@user_errors
def match(
    release: Annotated[str, typer.Argument(help="A release id from the manifest, or the path of a release text file.")],
    rules: Annotated[Path, typer.Option("--rules", help="Rule file, or folder of rule files.")] = Path("rules"),
    seeds: Annotated[Path, typer.Option("--seeds", help="Folder of releases with releases.yaml.")] = Path("seeds"),
    output_format: Annotated[str, typer.Option("--format", help="table, json or yaml (outcome stubs).")] = "table",
    region: Annotated[Optional[str], typer.Option("--region", help="For a text file: the region it is about.")] = None,
    published: Annotated[Optional[str], typer.Option("--published", help="For a text file: its date.")] = None,
    lang: LangOption = None,
) -> None:
    """List the rules a release may report on, with the figures that may answer them (at most 3
    per rule, best first) and the outcome entry each would be.

    Example: `checker match hebi-2025-12-30 --format yaml` (outcome stubs under their rule ids)."""
    said = chosen(lang)
    form = _format(output_format)
    candidates, name = candidates_for(release, rules, seeds, region, published)
    from checker.draft.stubs import match_stubs, outcome_fields

    if form == "json":
        records = [{"rule": c.rule_id, "score": c.score, "claim": c.claim.record(),
                    "outcome": outcome_fields(name, c.claim, c.increment)} for c in candidates]
        sys.stdout.write(json.dumps(records, ensure_ascii=False, indent=2) + "\n")
    elif form == "yaml":
        sys.stdout.write(match_stubs(candidates, name))
    else:
        _print_candidates(candidates, said)


def candidates_for(release: str, rules: Path, seeds: Path, region: Optional[str] = None,
                   published: Optional[str] = None) -> tuple[list[Any], str]:
    from checker.draft.extract import extract as draft
    from checker.draft.match import match as find
    from checker.inputs.rules import load_rules

    text, name = release_text(release, seeds, region, published)
    loaded = load_rules([rules])
    if not loaded.rules:  # nothing to answer: a path mistyped, most likely
        problem = next((d for d in loaded.diagnostics if d.is_error), None)
        raise CheckerError(problem.message if problem else Message("rules-none-found-in", folder=str(rules)),
                           file=problem.position.file if problem and problem.position else None)
    dates = _published_dates(seeds)
    return find(list(loaded.rules), draft(text, name), text.release.region, dates), text.release.id


def _published_dates(seeds: Path) -> dict[str, Any]:
    from checker.inputs.releases import load_corpus

    if not (seeds / "releases.yaml").is_file():
        return {}
    return {rid: text.release.published for rid, text in load_corpus(seeds, str(seeds)).releases.items()}


def _print_claims(claims: list[Any], words: Words) -> None:
    from rich.console import Console
    from rich.table import Table

    from checker.report.text import literal

    table = Table(title=words("draft.title.extract", count=len(claims)), title_justify="left")
    for column in ("where", "figure", "kind", "counts", "when", "quote"):
        table.add_column(words(f"draft.column.{column}"), overflow="fold")  # Chinese has no spaces to wrap at
    for claim in claims:
        when = claim.deadline or claim.as_of
        table.add_row(f"{claim.line}:{claim.col}", literal("".join(claim.text.split())),
                      words(f"kind.{claim.kind.value}"), literal(claim.subject or "—"),
                      "—" if when is None else when.isoformat(), literal(claim.quote))
    Console(highlight=False, soft_wrap=False).print(table)


def _print_candidates(candidates: list[Any], words: Words) -> None:
    from rich.console import Console
    from rich.table import Table

    from checker.report.text import literal

    table = Table(title=words("draft.title.match", count=len({c.rule_id for c in candidates})), title_justify="left")
    for column in ("rule", "score", "where", "figure", "counts", "quote"):
        table.add_column(words(f"draft.column.{column}"), overflow="fold")
    for n, c in enumerate(candidates):
        first = n == 0 or candidates[n - 1].rule_id != c.rule_id
        last = n + 1 == len(candidates) or candidates[n + 1].rule_id != c.rule_id
        table.add_row(literal(c.rule_id) if first else "", f"{c.score:.2f}", f"{c.claim.line}:{c.claim.col}",
                      literal("".join(c.claim.text.split())), literal(c.claim.subject or "—"), literal(c.claim.quote),
                      end_section=last)
    Console(highlight=False, soft_wrap=False).print(table)
