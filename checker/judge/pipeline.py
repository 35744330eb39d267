"""The audit: load → read → verify evidence → evaluate → relate, for every rule.

One pipeline serves `checker check` (the verdicts) and `checker validate` (the diagnostics).
Each stage returns its result and its diagnostics; the audit holds them all and decides
nothing about output: rendering and exit codes belong to the caller.
"""

from __future__ import annotations

import dataclasses
import functools
from collections import Counter
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from checker.diagnostics import Diagnostic, Position, Severity
from checker.inputs.releases import Corpus, load_corpus
from checker.inputs.rules import LoadedRule, load_rules
from checker.judge.evaluate import evaluate, invalid_verdict
from checker.judge.evidence import verify_evidence
from checker.judge.reading import read_rule
from checker.judge.relate import relate
from checker.judge.verdict import AuthorNote, Status, Verdict
from checker.judge.workers import Progress, judge_all
from checker.messages import Message


@dataclass(frozen=True)
class Audit:
    as_of: date
    grace_days: int
    verdicts: tuple[Verdict, ...]
    diagnostics: tuple[Diagnostic, ...]  # not tied to one rule: files, the manifest, relations
    rules_shown: str  # the rules as named on the command line, for messages
    no_rules: bool = False  # no rule file held a rule, and none was unreadable
    released: tuple[tuple[str, date], ...] = ()  # each release in the manifest and its date, by id

    @property
    def releases(self) -> tuple[str, ...]:
        return tuple(rid for rid, _ in self.released)

    @property
    def summary(self) -> dict[Status, int]:
        counts = Counter(verdict.status for verdict in self.verdicts)
        return {status: counts[status] for status in Status}

    def by_region(self) -> list[tuple[str, list[Verdict]]]:
        """Each region's verdicts, regions in order, found in one pass (a country's corpus has
        thousands of regions: a pass per region would cost regions × rules)."""
        regions: dict[str, list[Verdict]] = {}
        for verdict in self.verdicts:
            regions.setdefault(verdict.region, []).append(verdict)
        return sorted(regions.items())

    @property
    def errors(self) -> list[Diagnostic]:
        return [d for d in self.diagnostics if d.is_error]

    @property
    def trustworthy(self) -> bool:
        """No invalid rule and no broken file: the verdicts can be relied on."""
        return bool(self.verdicts) and not self.errors and self.summary[Status.invalid] == 0

    def problems(self) -> list[Diagnostic]:
        """Every error and warning of the run, files and rules together, in file order (what
        `checker validate` prints); notes for the reader of a report are left out."""
        found = [d for d in self.diagnostics if d.severity is not Severity.info]
        found += [d for verdict in self.verdicts for d in verdict.diagnostics if d.severity is not Severity.info]
        if self.no_rules:
            found.append(Diagnostic(Message("rules-none-found"), position=Position(self.rules_shown)))
        return sorted(found, key=lambda d: d.position.sort_key() if d.position else ("", 0, 0))


def run_audit(rules: list[Path], seeds: Path, as_of: date, grace_days: int, root: Path | None = None,
              workers: int | None = None, progress: Progress | None = None) -> Audit:
    """`workers`: processes to judge in (default: two for a large audit on two cores, else
    one); `progress`: told how many rules are judged as the work goes."""
    corpus = load_corpus(seeds, display(seeds, root))
    loaded = load_rules(rules, root)
    published = {rid: text.release.published for rid, text in corpus.releases.items()}
    judged = judge_all(loaded.rules, functools.partial(judge, corpus=corpus, published=published, as_of=as_of,
                                                       grace_days=grace_days), workers, progress)
    verdicts = tuple(sorted(judged, key=lambda v: (v.region, v.rule_id)))
    verdicts, related = relate(verdicts)
    shown = " ".join(display(path, root) for path in rules)
    return Audit(as_of, grace_days, verdicts, (*corpus.diagnostics, *loaded.diagnostics, *related), shown,
                 no_rules=not loaded.rules and not loaded.diagnostics, released=tuple(sorted(published.items())))


def judge(item: LoadedRule, corpus: Corpus, published: dict[str, date], as_of: date, grace_days: int) -> Verdict:
    if item.rule is None or item.diagnostics:
        return invalid_verdict(item)
    reading = read_rule(item, published)
    verdict = evaluate(reading, verify_evidence(reading, corpus), published, as_of, grace_days)
    return dataclasses.replace(verdict, authored=author_notes(item))


def author_notes(item: LoadedRule) -> tuple[AuthorNote, ...]:
    rule = item.rule
    if rule is None:
        return ()
    written: list[tuple[str, int | None, str | None]] = [("rule", None, rule.note), ("plan", None, rule.plan.note)]
    if rule.plan.baseline is not None:
        written.append(("baseline", None, rule.plan.baseline.note))
    written += [("outcome", i, outcome.note) for i, outcome in enumerate(rule.outcomes)]
    return tuple(AuthorNote(on, index, text.strip()) for on, index, text in written if text and text.strip())


def display(path: Path, root: Path | None) -> str:
    try:
        return str(path.resolve().relative_to((root or Path.cwd()).resolve()))
    except ValueError:
        return str(path)
