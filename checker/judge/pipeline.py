"""The audit: load → read → verify evidence → evaluate → relate, for every rule.

One pipeline serves `checker check` (the verdicts) and `checker validate` (the diagnostics).
Each stage returns its result and its diagnostics; the audit holds them all and decides
nothing about output: rendering and exit codes belong to the caller.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from checker.diagnostics import CheckerError, Diagnostic, Position, Severity
from checker.frozen import changed, record
from checker.inputs.releases import Corpus, load_corpus
from checker.inputs.rules import LoadedRule, load_rule_file, rule_files, unique_ids
from checker.inputs.yamlfile import read_limited
from checker.judge.cache import KeptFile, KeptRule, VerdictCache, keepable, with_later
from checker.judge.relate import relate
from checker.judge.verdict import AuthorNote, Evidence, Status, Verdict
from checker.judge.workers import Part, Progress, chosen_workers, estimated_rules, file_pieces, share_out
from checker.messages import Message

if TYPE_CHECKING:
    from checker.inputs.models import Rule
    from checker.judge.reading import RuleReading


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
    kept: int = 0  # verdicts kept from an earlier run (checker/judge/cache.py), not judged again

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
              workers: int | None = None, progress: Progress | None = None, cache: Path | None = None) -> Audit:
    """`workers`: processes to judge in (default: two for a large audit on two cores, else
    one); `progress`: told how many rules are judged as the work goes; `cache`: a folder where
    verdicts are kept between runs (checker/judge/cache.py), or None to judge every rule."""
    corpus = load_corpus(seeds, display(seeds, root))
    files = rule_files(rules)
    published = {rid: text.release.published for rid, text in corpus.releases.items()}
    judging = Judging(corpus, published, as_of, grace_days, None if cache is None else VerdictCache(cache))
    judged, file_diagnostics, kept = _judge_files(files, root, judging, workers, progress)
    verdicts = tuple(sorted(judged, key=lambda v: (v.region, v.rule_id)))
    verdicts, related = relate(verdicts)
    shown = " ".join(display(path, root) for path in rules)
    return Audit(as_of, grace_days, verdicts, (*corpus.diagnostics, *file_diagnostics, *related), shown,
                 no_rules=not judged and not file_diagnostics, released=tuple(sorted(published.items())), kept=kept)


class Judging:
    """What judging a rule needs besides the rule: the releases, the date, and the verdicts kept."""

    def __init__(self, corpus: Corpus, published: dict[str, date], as_of: date, grace_days: int,
                 cache: VerdictCache | None) -> None:
        self.corpus, self.published, self.as_of, self.grace_days = corpus, published, as_of, grace_days
        self.cache = cache
        self.when = (as_of, grace_days)

    def judge(self, item: LoadedRule, kept: KeptRule | None = None) -> tuple[Verdict, KeptRule | None]:
        """The rule's verdict, and what to keep of it (None: nothing)."""
        if item.rule is None or item.diagnostics:
            if kept is not None and kept.evidence is None and (verdict := kept.verdict(self.when)) is not None:
                return verdict, kept
            verdict = judge(item, self.corpus, self.published, self.as_of, self.grace_days)
            return verdict, KeptRule(None if item.rule is None else item.rule.id, (), None, ((self.when, verdict),))
        cites = None if self.cache is None else self.cache.cites(with_later(_sources(item.rule), self.corpus),
                                                                 self.corpus)
        if kept is not None and kept.evidence is not None and cites is not None and kept.cites == cites:
            verdict = kept.verdict(self.when)
            if verdict is not None:
                return verdict, kept
            verdict = _evaluated(item, kept.evidence, self.published, self.as_of, self.grace_days)
            return verdict, kept.with_verdict(self.when, verdict)
        from checker.judge.evidence import verify_evidence
        from checker.judge.reading import read_rule

        reading = read_rule(item, self.published)
        evidence = verify_evidence(reading, self.corpus)
        verdict = _evaluated(item, evidence, self.published, self.as_of, self.grace_days, reading)
        if cites is None or not keepable(verdict):
            return verdict, None
        return verdict, KeptRule(item.rule.id, cites, evidence, ((self.when, verdict),))

    def kept_verdict(self, kept: KeptRule | None) -> Verdict | None:
        """The verdict kept for this date, if nothing it rests on has changed."""
        if kept is None or self.cache is None:
            return None
        if kept.evidence is not None and not self.cache.still_cited(kept.cites, self.corpus):
            return None
        return kept.verdict(self.when)


def _sources(rule: Rule) -> list[str]:
    sources = [rule.plan.source]
    if rule.plan.baseline is not None:
        sources.append(rule.plan.baseline.source)
    return sources + [outcome.source for outcome in rule.outcomes]


@record
class _FileRead:
    """A rule file as one process read it: its rules loaded, or, where every verdict of it is
    kept, only what was kept."""

    name: str
    sha256: str | None  # None: no cache
    count: int  # rules in it
    problems: list[Diagnostic]
    items: list[LoadedRule] | None  # None: every verdict is kept
    kept: KeptFile | None


def _read_file(path: Path, root: Path | None, judging: Judging, raw: bytes | None = None,
               load: bool = True) -> _FileRead | bytes | None:
    """The file with every verdict kept; else, if `load`, with its rules loaded; else its bytes
    (None: unreadable or too large, which loading it will say). `raw`: its bytes, if read."""
    name = display(path, root)
    cache = judging.cache
    if cache is not None and raw is None:
        try:
            raw = read_limited(path, name)
        except CheckerError:
            raw = None
    sha = None if cache is None or raw is None else hashlib.sha256(raw).hexdigest()
    kept = None if cache is None or sha is None else cache.read(name, sha)
    if kept is not None and all(judging.kept_verdict(rule) is not None for rule in kept.rules):
        return _FileRead(name, sha, kept.count, list(kept.problems), None, kept)
    if not load:
        return raw
    found, problems = load_rule_file(path, root, raw)  # the bytes hashed, not read again
    if kept is not None and kept.count != len(found):
        kept = None
    return _FileRead(name, sha, len(found), problems, found, kept)


@record
class _PartJudged:
    """The verdicts of one part of a rule file, judged in one process."""

    file: int  # the file's position
    diagnostics: list[Diagnostic]  # the file's own problems (given with its first part)
    verdicts: list[Verdict]  # of its rules in this part
    ids: list[str | None]  # each of those rules' id, if it loaded
    first: int  # the position in the file of the first of them
    parts: int  # of the file
    read: _FileRead | None  # the file, without its rules, where they were loaded to be judged (with a cache)
    keep: list[KeptRule | None] | None  # what to keep of each rule of the part (with `read`)
    fresh: bool  # some rule of the part was judged afresh: the file's entry is to be written
    kept: int  # verdicts taken from the cache


def _judge_files(files: list[Path], root: Path | None, judging: Judging, workers: int | None,
                 progress: Progress | None) -> tuple[list[Verdict], list[Diagnostic], int]:
    """The files whose every verdict is kept are taken here; the others are shared out between
    processes (`workers`, or as many as their size is worth: this one, if one), each loading and
    judging its own. Then the rules of the files that share an id with another rule are judged
    again, here, with all of those rules in view (rare: it costs only those files)."""
    judged: list[_PartJudged] = []
    rest = list(range(len(files)))
    raws: dict[int, bytes] = {}  # the bytes of the files read here and still to judge (forked processes share them)
    if judging.cache is not None:
        rest = []
        for i, path in enumerate(files):
            read = _read_file(path, root, judging, load=False)
            if isinstance(read, _FileRead):
                judged.append(_kept_part(i, read, 0, 1, judging))
            else:
                rest.append(i)
                if read is not None:
                    raws[i] = read
    done = sum(len(result.verdicts) for result in judged)
    expected = done + estimated_rules([files[i] for i in rest])  # told from their size until they are judged
    if progress is not None and done:
        progress(done, expected)
    count = chosen_workers(workers, expected - done) if rest else 1
    if count > 1:
        judging.corpus.normalise_long()
    last: dict[int, _FileRead] = {}  # each process's own: the file it read last

    def work(piece: list[Part]) -> list[_PartJudged]:
        judged = []
        for k, part, parts in piece:
            i = rest[k]
            if i not in last:  # the next part of a big file is read once by each process
                last.clear()
                read = _read_file(files[i], root, judging, raws.pop(i, None) if parts == 1 else raws.get(i))
                assert isinstance(read, _FileRead)
                last[i] = read
            read = last[i]
            if read.items is None:
                judged.append(_kept_part(i, read, part, parts, judging))
                continue
            first, stop = part * read.count // parts, (part + 1) * read.count // parts
            mine = read.items[first:stop]
            kept = [None if read.kept is None else read.kept.rules[item.index] for item in mine]
            pairs = [judging.judge(item, rule) for item, rule in zip(mine, kept, strict=True)]
            keep = [new for _, new in pairs]
            result = _PartJudged(i, read.problems if part == 0 else [], [verdict for verdict, _ in pairs],
                                 [item.rule.id if item.rule else None for item in mine], first, parts,
                                 None if read.sha256 is None else changed(read, items=None, kept=None),
                                 None if read.sha256 is None else keep,
                                 any(new is not old for new, old in zip(keep, kept, strict=True)),
                                 sum(1 for new, old in zip(keep, kept, strict=True) if new is old is not None))
            if parts == 1 and judging.cache is not None and result.keep is not None:
                _keep(judging.cache, [result])  # written here: only a big file's parts go back to be kept
                result = changed(result, read=None, keep=None)
            judged.append(result)
        return judged

    waiting: dict[int, list[_PartJudged]] = {}  # parts of a big file judged, until the last
    for results in share_out(file_pieces([files[i] for i in rest], count), work, count):
        done += sum(len(result.verdicts) for result in results)
        for result in results:
            if result.keep is not None and judging.cache is not None:
                waiting.setdefault(result.file, []).append(result)
                if len(waiting[result.file]) == result.parts:
                    _keep(judging.cache, waiting.pop(result.file))
                result = changed(result, read=None, keep=None)  # what is kept is let go once written
            judged.append(result)
        if progress is not None:
            progress(done, max(done, expected))
    judged.sort(key=lambda result: (result.file, result.first))  # in file order, as a single process reads them
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
                    result.verdicts[k] = judging.judge(item)[0]
    verdicts = [verdict for result in judged for verdict in result.verdicts]
    if progress is not None:
        progress(len(verdicts), len(verdicts))
    kept = sum(result.kept for result in judged)
    return verdicts, [d for result in judged for d in result.diagnostics], kept


def _kept_part(i: int, read: _FileRead, part: int, parts: int, judging: Judging) -> _PartJudged:
    """A part of a file whose every verdict is kept."""
    assert read.kept is not None
    first, stop = part * read.count // parts, (part + 1) * read.count // parts
    rules = [rule for rule in read.kept.rules[first:stop] if rule is not None]
    verdicts = [verdict for rule in rules if (verdict := judging.kept_verdict(rule)) is not None]
    assert len(verdicts) == stop - first  # (_read_file saw every one kept)
    return _PartJudged(i, read.problems if part == 0 else [], verdicts, [rule.id for rule in rules], first, parts,
                       None, None, False, len(verdicts))


def _keep(cache: VerdictCache, parts: list[_PartJudged]) -> None:
    """Keep what the parts of one file found, where any part judged a rule afresh."""
    read = parts[0].read
    if read is None or read.sha256 is None or not any(part.fresh for part in parts):
        return
    rules: list[KeptRule | None] = []
    for part in sorted(parts, key=lambda part: part.first):
        rules += part.keep or []
    first = min(parts, key=lambda part: part.first)
    cache.write(KeptFile(read.name, read.sha256, read.count, tuple(first.diagnostics), tuple(rules)))


def judge(item: LoadedRule, corpus: Corpus, published: dict[str, date], as_of: date, grace_days: int) -> Verdict:
    if item.rule is None or item.diagnostics:
        from checker.judge.evaluate import invalid_verdict

        return invalid_verdict(item)
    from checker.judge.evidence import verify_evidence
    from checker.judge.reading import read_rule

    reading = read_rule(item, published)
    return _evaluated(item, verify_evidence(reading, corpus), published, as_of, grace_days, reading)


def _evaluated(item: LoadedRule, evidence: Evidence, published: dict[str, date], as_of: date,
               grace_days: int, reading: RuleReading | None = None) -> Verdict:
    """The verdict on a rule's evidence (from a kept evidence: the rule read again, its figures
    and dates, for they are not kept)."""
    from checker.judge.evaluate import evaluate
    from checker.judge.reading import read_rule

    if reading is None:
        reading = read_rule(item, published)
    verdict = evaluate(reading, evidence, published, as_of, grace_days)
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
