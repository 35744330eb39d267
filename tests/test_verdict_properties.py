"""Properties of verdicts: the order outcomes are written in never decides them."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

from conftest import CASES, ROOT
from hypothesis import given
from hypothesis import strategies as st

from checker.inputs.releases import Corpus, load_corpus
from checker.inputs.rules import LoadedRule, load_rules
from checker.judge.pipeline import judge
from checker.judge.verdict import Verdict


def _rules_with_outcomes() -> list[tuple[Corpus, LoadedRule]]:
    found = []
    for folder in [*sorted(p for p in CASES.iterdir() if p.is_dir()), ROOT]:
        corpus = load_corpus(folder / "seeds")
        for item in load_rules([folder / "rules"], folder).rules:
            if item.rule is not None and not item.diagnostics and len(item.rule.outcomes) >= 2:
                found.append((corpus, item))
    return found


RULES = _rules_with_outcomes()
DATES = [date(2024, 9, 30), date(2025, 6, 30), date(2026, 6, 30), date(2028, 6, 30)]


def _what(verdict: Verdict) -> tuple[object, ...]:
    """The verdict, and what it rests on, without where each outcome stands in the YAML."""
    point = verdict.decided_by
    shown = None if point is None else (point.as_of, point.figure, point.satisfied, point.reading.outcome.quote)
    conflicts = sorted(str((p.as_of, p.figure, p.satisfied)) for p in verdict.conflicts)
    return (verdict.status, verdict.basis, verdict.late, verdict.progress, verdict.trend, shown, conflicts,
            None if verdict.explanation is None else verdict.explanation.code,
            sorted(d.code for d in verdict.diagnostics))


def test_there_are_rules_to_permute() -> None:
    assert len(RULES) >= 20


@given(st.data())
def test_permuting_outcomes_never_changes_the_verdict(data: st.DataObject) -> None:
    corpus, item = data.draw(st.sampled_from(RULES), label="rule")
    assert item.rule is not None
    order = data.draw(st.permutations(range(len(item.rule.outcomes))), label="order")
    permuted = replace(item, rule=item.rule.model_copy(update={"outcomes": [item.rule.outcomes[i] for i in order]}))
    as_of = data.draw(st.sampled_from(DATES), label="as_of")
    published = {rid: text.release.published for rid, text in corpus.releases.items()}
    before = judge(item, corpus, published, as_of, 90)
    after = judge(permuted, corpus, published, as_of, 90)
    assert _what(before) == _what(after), (item.id, order)


def test_the_runner_would_see_a_change(tmp_path: Path) -> None:
    """The comparison is not vacuous: two different dates give two different verdicts somewhere."""
    differ = [item.id for corpus, item in RULES
              if _what(judge(item, corpus, {r: t.release.published for r, t in corpus.releases.items()},
                             DATES[0], 90))
              != _what(judge(item, corpus, {r: t.release.published for r, t in corpus.releases.items()},
                             DATES[-1], 90))]
    assert differ
