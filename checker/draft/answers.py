"""The rules that releases added since a baseline may answer and that have no outcome from them
yet: the to-do list a reviewer of a new-release pull request reads under the changes."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from checker.draft.extract import extract
from checker.draft.match import match
from checker.frozen import record
from checker.inputs.releases import load_corpus
from checker.inputs.rules import load_rules


@record
class Answer:
    release: str
    rule: str
    score: float
    figure: str  # as written, whitespace aside
    line: int
    col: int
    quote: str


def open_answers(rules: list[Path], seeds: Path, releases: Iterable[str]) -> tuple[Answer, ...]:
    """For each release (in id order), the best candidate of every rule it may answer that cites
    no outcome from it."""
    wanted = sorted(set(releases))
    if not wanted:
        return ()
    corpus = load_corpus(seeds, str(seeds))
    loaded = [item for item in load_rules(rules).rules if item.rule is not None and not item.diagnostics]
    found = []
    for release_id in wanted:
        text = corpus.get(release_id)
        if text is None:
            continue
        unanswered = [item for item in loaded
                      if item.rule is not None and all(o.source != release_id for o in item.rule.outcomes)]
        best: dict[str, Answer] = {}
        dates = {rid: release.release.published for rid, release in corpus.releases.items()}
        for candidate in match(unanswered, extract(text), text.release.region, dates):
            if candidate.rule_id not in best:
                claim = candidate.claim
                best[candidate.rule_id] = Answer(release_id, candidate.rule_id, candidate.score,
                                                 "".join(claim.text.split()), claim.line, claim.col, claim.quote)
        found += sorted(best.values(), key=lambda a: (-a.score, a.rule))
    return tuple(found)
