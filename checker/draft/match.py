"""The rules a release may report on: each of its figures held against each rule.

A candidate counts the same kind of thing as the rule's target (the same dimension: 所 with 所,
% with %), is about the rule's region (or names it), is dated within the plan's period, and
counts what the indicator names (the likeness of its subject to the indicator, checker/
language/claims.py). The score is that likeness, lowered for a figure that is not an outcome
(another region's is no candidate); the author decides.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, timedelta

from checker.diagnostics import CheckerError
from checker.draft.extract import Extracted
from checker.frozen import changed, record
from checker.inputs.models import Measure
from checker.inputs.rules import LoadedRule
from checker.judge.evaluate import set_ahead
from checker.judge.reading import read_rule
from checker.judge.stated import STEP_BEFORE
from checker.judge.verdict import PlanReading
from checker.language.claims import ClaimKind, coverage, likeness
from checker.language.periods import since_year
from checker.language.places import same_place

PER_RULE = 3  # candidates shown for each rule
THRESHOLD = 0.3  # below this likeness, a figure is not shown at all
LATE = timedelta(days=366)  # a figure for the deadline is often reported the year after


@record
class Candidate:
    rule: LoadedRule
    plan: PlanReading
    claim: Extracted
    score: float

    @property
    def rule_id(self) -> str:
        return self.rule.id

    @property
    def increment(self) -> bool:
        """The figure adds to a total over the plan's period rather than being that total: a
        year's 新增 under a plan that runs several years (not 累计, not a level)."""
        period, plan = self.claim.claim.period, self.plan
        if plan.measure is Measure.level or self.claim.claim.cumulative or self.claim.claim.ratio or period is None:
            return False
        if plan.start is None or plan.deadline is None:
            return False
        return (period.start is not None and period.start > plan.start) or period.end < plan.deadline


def match(rules: list[LoadedRule], claims: list[Extracted], region: str,
          published: Mapping[str, date] | None = None) -> list[Candidate]:
    """The candidates for every rule, best first within each rule, at most PER_RULE each; rules
    in the order given. `published`: each release's date, for deadlines written relative to the
    plan's release (今年, 年内)."""
    found: list[Candidate] = []
    for loaded in rules:
        if loaded.rule is None or loaded.diagnostics:
            continue
        plan = read_rule(loaded, published).plan
        rule = loaded.rule
        scored = []
        set_on = set_ahead(plan, published or {})  # what the verdict counts from, as it does
        counted = plan if set_on is None else changed(plan, start=set_on)
        for claim in claims:
            score = _score(rule.indicator, rule.region, counted, claim, region)
            if score >= THRESHOLD:
                scored.append(Candidate(loaded, plan, claim, round(score, 4)))
        scored.sort(key=lambda c: (-c.score, c.claim.line, c.claim.col))
        found.extend(scored[:PER_RULE])
    return found


def _score(indicator: str, rule_region: str, plan: PlanReading, claim: Extracted, release_region: str) -> float:
    target, start, deadline, measure = plan.quantity, plan.start, plan.deadline, plan.measure
    ratio = claim.claim.ratio
    if target is not None and not ratio:
        try:
            if not claim.claim.quantity.comparable_with(target):
                return 0.0
        except CheckerError:
            return 0.0
    elif target is None and not ratio:
        return 0.0  # a milestone or a target stated only as a ratio is answered by a ratio (or a claim)
    since = since_year(claim.context)
    if measure is Measure.count and start is not None and since is not None and since < start.year:
        return 0.0  # 自2012年以来新建中小学2253所: a total since before the plan began
    when = claim.as_of or claim.deadline
    if when is not None and ((start is not None and when < start) or (deadline is not None and when > deadline + LATE)):
        return 0.0
    # what it counts, or what its sentence names: 目前已投入资金2.126亿元 answers the rule on the
    # 工程's funds because the sentence before the figure names the 工程
    named = likeness(indicator, claim.subject)
    score = max(named, (named + coverage(indicator, claim.context)) / 2)
    if not any(same_place(place, rule_region) for place in (claim.region, release_region) if place) \
            and rule_region.rstrip("市县区") not in claim.quote:
        return 0.0  # (another city's figure is never its rules' outcome: the evidence checks would refuse it)
    if claim.claim.started or STEP_BEFORE.search(claim.quote):
        score *= 0.5  # (签约326部 beside 完工投用281部: a step before the work answers the rule less well)
    if claim.kind is ClaimKind.stat:
        score *= 0.8  # a level may be reported as a background figure (公办在园幼儿占比达55%)
    elif claim.kind is not ClaimKind.outcome:
        return 0.0  # a task restated or a threshold reports nothing
    return score
