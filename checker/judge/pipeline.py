"""The audit: load → read → verify evidence → evaluate → relate, for every rule.

One pipeline serves `checker check` (the verdicts) and `checker validate` (the diagnostics).
Each stage returns its result and its diagnostics; the audit holds them all and decides
nothing about output: rendering and exit codes belong to the caller.
"""

from __future__ import annotations

import functools
from collections import Counter
from collections.abc import Callable
from datetime import date
from pathlib import Path

from checker.diagnostics import Diagnostic, Position, Severity
from checker.frozen import changed, record
from checker.inputs.releases import Corpus, load_corpus
from checker.inputs.rules import LoadedRule, load_rule_file, rule_files, unique_ids
from checker.judge.evaluate import evaluate, invalid_verdict
from checker.judge.evidence import verify_evidence
from checker.judge.reading import read_rule
from checker.judge.relate import relate
from checker.judge.verdict import AuthorNote, Status, Verdict
from checker.judge.workers import (
    CHUNK,
    Part,
    Progress,
    chosen_workers,
    estimated_rules,
    file_pieces,
    share_out,
)
from checker.messages import Message


@record
class Audit:
    """Every verdict of a run and the problems not tied to one rule."""

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
    files = rule_files(rules)
    published = {rid: text.release.published for rid, text in corpus.releases.items()}
    judge_one = functools.partial(judge, corpus=corpus, published=published, as_of=as_of, grace_days=grace_days)
    expected = estimated_rules(files)
    count = chosen_workers(workers, expected)
    if count == 1:
        judged, file_diagnostics = _judge_here(files, root, judge_one, progress)
    else:
        corpus.normalise_long()
        judged, file_diagnostics = _judge_shared(files, root, judge_one, count, expected, progress)
    verdicts = tuple(sorted(judged, key=lambda v: (v.region, v.rule_id)))
    verdicts, related = relate(verdicts)
    shown = " ".join(display(path, root) for path in rules)
    return Audit(as_of, grace_days, verdicts, (*corpus.diagnostics, *file_diagnostics, *related), shown,
                 no_rules=not judged and not file_diagnostics, released=tuple(sorted(published.items())))


Judge = Callable[[LoadedRule], Verdict]


def _judge_here(files: list[Path], root: Path | None, judge_one: Judge,
                progress: Progress | None) -> tuple[list[Verdict], list[Diagnostic]]:
    """Every rule loaded, then judged, in this process."""
    rules: list[LoadedRule] = []
    diagnostics: list[Diagnostic] = []
    for path in files:
        found, problems = load_rule_file(path, root)
        rules += found
        diagnostics += problems
    rules = unique_ids(rules)
    verdicts = []
    for done, item in enumerate(rules, 1):
        verdicts.append(judge_one(item))
        if progress is not None and (done % CHUNK == 0 or done == len(rules)):
            progress(done, len(rules))
    return verdicts, diagnostics


@record
class _PartJudged:
    """The verdicts of one part of a rule file, judged in one process."""

    file: int  # the file's position
    diagnostics: list[Diagnostic]  # the file's own problems (given with its first part)
    verdicts: list[Verdict]  # of its rules in this part
    ids: list[str | None]  # each of those rules' id, if it loaded
    first: int  # the position in the file of the first of them


def _judge_shared(files: list[Path], root: Path | None, judge_one: Judge, count: int, expected: int,
                  progress: Progress | None) -> tuple[list[Verdict], list[Diagnostic]]:
    """Rule files shared out between `count` processes, each loading and judging its own; then
    the rules of the files that share an id with another rule are judged again, here, with
    all of those rules in view (rare: it costs only those files). `expected`: how many rules the
    files hold by their size, for the progress shown until they are all judged."""
    last: dict[int, tuple[list[LoadedRule], list[Diagnostic]]] = {}  # each process's own: the file it read last

    def work(piece: list[Part]) -> list[_PartJudged]:
        judged = []
        for i, part, parts in piece:
            if i not in last:  # the next part of a big file is read once by each process
                last.clear()
                last[i] = load_rule_file(files[i], root)
            found, problems = last[i]
            first, stop = part * len(found) // parts, (part + 1) * len(found) // parts
            mine = found[first:stop]
            judged.append(_PartJudged(i, problems if part == 0 else [], [judge_one(item) for item in mine],
                                      [item.rule.id if item.rule else None for item in mine], first))
        return judged

    judged: list[_PartJudged] = []
    done = 0
    for results in share_out(file_pieces(files, count), work, count):
        judged += results
        done += sum(len(result.verdicts) for result in results)
        if progress is not None:
            progress(done, max(done, expected))
    ids = Counter(id_ for result in judged for id_ in result.ids if id_ is not None)
    sharing = sorted({result.file for result in judged if any(id_ is not None and ids[id_] > 1 for id_ in result.ids)})
    if sharing:
        reloaded = [(i, item) for i in sharing for item in load_rule_file(files[i], root)[0]]
        again = unique_ids([item for _, item in reloaded])
        by_place = {(i, item.index): item for (i, _), item in zip(reloaded, again, strict=True)}
        for result in judged:
            for k in range(len(result.verdicts)):
                item = by_place.get((result.file, result.first + k))
                if item is not None and item.diagnostics:
                    result.verdicts[k] = judge_one(item)
    verdicts = [verdict for result in judged for verdict in result.verdicts]
    if progress is not None:
        progress(len(verdicts), len(verdicts))
    return verdicts, [d for result in judged for d in result.diagnostics]


def judge(item: LoadedRule, corpus: Corpus, published: dict[str, date], as_of: date, grace_days: int) -> Verdict:
    if item.rule is None or item.diagnostics:
        return invalid_verdict(item)
    reading = read_rule(item, published)
    verdict = evaluate(reading, verify_evidence(reading, corpus), published, as_of, grace_days)
    return changed(verdict, authored=author_notes(item))


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
