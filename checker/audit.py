"""The audit: load → read → verify evidence → evaluate, for every rule. Returns a result
object; rendering and exit codes are decided by the caller."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from checker.changes import Changes
from checker.corpus import Corpus, load_corpus
from checker.evaluate import STATUSES, Verdict, evaluate
from checker.evidence import verify
from checker.loading import LoadedRule, Problem, load_rules
from checker.reading import read_rule


@dataclass
class Audit:
    as_of: date
    grace_days: int
    verdicts: list[Verdict] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)  # not tied to one rule: files, manifest
    fail_on: frozenset[str] = frozenset({"missed"})  # statuses that fail the run (JUnit failures)
    changes: Changes | None = None  # against a baseline report, when one is given

    @property
    def summary(self) -> dict[str, int]:
        counts = dict.fromkeys(STATUSES, 0)
        for verdict in self.verdicts:
            counts[verdict.status] += 1
        return counts

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "error"]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "warning"]

    @property
    def trustworthy(self) -> bool:
        """No invalid rule and no broken file: the verdicts can be relied on."""
        return bool(self.verdicts) and not self.errors and self.summary["invalid"] == 0


def run_audit(rules_dir: Path, seeds_dir: Path, as_of: date, grace_days: int,
              root: Path | None = None) -> Audit:
    audit = Audit(as_of, grace_days)
    corpus = load_corpus(seeds_dir, _display(seeds_dir, root))
    audit.problems.extend(corpus.problems)
    loaded, problems = load_rules(rules_dir, root)
    audit.problems.extend(problems)
    published = {rid: text.release.published for rid, text in corpus.releases.items()}
    for item in loaded:
        audit.verdicts.append(_judge(item, corpus, published, as_of, grace_days))
    audit.verdicts.sort(key=lambda v: (v.region, v.id))
    return audit


def check_evidence(rules_dir: Path, seeds_dir: Path, root: Path | None = None) -> list[Problem]:
    """Everything `checker validate` reports: the audit's checks without the verdicts."""
    corpus = load_corpus(seeds_dir, _display(seeds_dir, root))
    problems = list(corpus.problems)
    loaded, file_problems = load_rules(rules_dir, root)
    problems.extend(file_problems)
    for item in loaded:
        problems.extend(item.problems)
        if item.rule is None or item.problems:
            continue
        read = read_rule(item, item.rule)
        verify(read, corpus)
        problems.extend(read.problems)
        problems.extend(read.warnings)
    if not loaded and not file_problems:
        problems.append(Problem(_display(rules_dir, root), None, None,
                                "no rules found: rule files are *.yaml files with a `rules:` list"))
    return sorted(problems, key=lambda p: (p.file, p.line or 0, p.col or 0, p.message))


def _judge(item: LoadedRule, corpus: Corpus, published: dict[str, date], as_of: date,
           grace_days: int) -> Verdict:
    if item.rule is None or item.problems:
        raw = item.raw
        line, col = item.where()
        return Verdict(
            id=item.id,
            region=str(raw.get("region") or "?"),
            indicator=str(raw.get("indicator") or "?"),
            status="invalid",
            plan=dict(raw["plan"]) if isinstance(raw.get("plan"), dict) else {},
            problems=[str(problem) for problem in item.problems],
            issues=list(item.problems),
            location=f"{item.file}:{line}:{col}",
        )
    read = read_rule(item, item.rule)
    quotes = verify(read, corpus)
    return evaluate(read, quotes, published, as_of, grace_days)


def _display(path: Path, root: Path | None) -> str:
    try:
        return str(path.resolve().relative_to((root or Path.cwd()).resolve()))
    except ValueError:
        return str(path)
