"""Rule stubs as YAML, for a rule author to finish: each plan a new rule, each outcome an entry
to paste under the rule it answers. Every value, quote and date is the release's; what only
the author can decide is marked with a `# decide:` comment. The stubs pass `checker validate`
as they are (once the release is registered in seeds/).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable

from checker.diagnostics import CheckerError
from checker.draft.extract import LIST_MARKER, PER_WORDS, Extracted
from checker.draft.match import Candidate
from checker.language import regex
from checker.language.claims import ClaimKind, likeness
from checker.language.periods import RELATIVE_YEARS
from checker.language.quantity import Qualifier, describe_plainly, parse_quantity
from checker.seeds.registering import yaml_scalar


def rule_id(release_id: str, claim: Extracted) -> str:
    """region and year from the release, the subject as a short digest: stable, unique, valid."""
    prefix = re.sub(r"-\d{4}-\d{2}-\d{2}$", "", release_id) or "rule"
    year = (claim.deadline or claim.as_of)
    digest = hashlib.sha1(f"{claim.subject}{claim.text}{claim.line}".encode()).hexdigest()[:6]
    return f"{prefix}-{year.year if year else 'undated'}-{digest}"


def extract_stubs(release_id: str, claims: list[Extracted]) -> str:
    """The plans of a release as rules, and its outcomes (commented) as entries to paste."""
    lines = [f"# Rule stubs drafted from release {release_id} by `checker extract --format yaml`.",
             "# Check every figure against the release; decide what is marked `# decide:`.",
             "rules:"]
    plans: list[Extracted] = []
    changes: list[Extracted] = []
    for claim in claims:
        if claim.kind is not ClaimKind.plan:
            continue
        if claim.claim.change is not None:  # 增长6%左右: a target stated as a change (not supported yet)
            changes.append(claim)
        # a target the release repeats (in its headline, then its text) is one rule
        elif not any(_same_target(claim, other) for other in plans):
            plans.append(claim)
    for claim in plans:
        lines += _plan(release_id, claim)
    if not plans:
        lines[-1] = "rules: []  # the release states no plan"
    if changes:
        lines += ["", "# Targets stated as a change, which rules cannot state yet (a change is not a level):"]
        lines += [f"#   {claim.line}:{claim.col} {claim.quote}" for claim in changes]
    outcomes = [c for c in claims if c.kind is ClaimKind.outcome]
    if outcomes:
        lines += ["", "# Outcomes the release reports: paste each under the rule it answers",
                  f"# (`checker match {release_id}` finds the rules)."]
        for claim in outcomes:
            lines += ["#"] + [f"# {line}" for line in _outcome(release_id, claim, "  ")]
    return "\n".join(lines) + "\n"


def _same_target(a: Extracted, b: Extracted) -> bool:
    return (a.value, a.unit, a.deadline) == (b.value, b.unit, b.deadline) and likeness(
        indicator(a), indicator(b)) >= 0.7


def match_stubs(candidates: Iterable[Candidate], release_id: str) -> str:
    """The outcome stubs of match candidates, grouped under their rule ids."""
    lines = [f"# Outcomes release {release_id} may report, by the rule they may answer (best first).",
             "# Keep the right one under each rule's `outcomes:` and delete the rest."]
    current = None
    for candidate in candidates:
        if candidate.rule_id != current:
            current = candidate.rule_id
            lines += ["", f"{current}:"]
        lines += [f"  # score {candidate.score:.2f}: {candidate.claim.subject or '—'}"]
        lines += _outcome(release_id, candidate.claim, "  ", candidate.increment)
    return "\n".join(lines) + "\n"


def outcome_fields(release_id: str, claim: Extracted, increment: bool = False) -> dict[str, object]:
    """The outcome entry of a claim, as the JSON of `checker match` shows it."""
    kind = "completion" if claim.claim.ratio else "value"
    as_of = claim.as_of or claim.claim.period and claim.claim.period.end
    return {kind: _written(claim), "as_of": None if not as_of else as_of.isoformat(), "increment": increment,
            "source": release_id, "quote": claim.quote}


_LEAD = regex.compile(r"^.*?(?:将|要|力争|争取|确保|计划|预计|拟)(?=.{2})")
_PERIODS = regex.compile(r"(?:到|至|在|于)?(?:(?:19|20)\d\d年(?:底|末|年底|年末)?|"
                         r"“?十[三四五六七]五”?(?:末|期间|时期)?|"
                         r"今年|明年|年内|年底前?)")


_VERB_AFTER = regex.compile(r"(?:控制在|保持在|稳定在|提高到|提升到|提高至|提升至|降低到|降至|下降到|达到|达)$")


def indicator(claim: Extracted) -> str:
    """What a plan counts, as a rule's indicator: its subject without the words that set the
    task (将, 力争), its period or its place (郑州今年将培育创建新优质学校 → 培育创建新优质学校)."""
    name = _PERIODS.sub("", _LEAD.sub("", LIST_MARKER.sub("", claim.subject, count=1)))
    name = _VERB_AFTER.sub("", name)  # 城镇调查失业率控制在 → 城镇调查失业率
    per = next((word for word in PER_WORDS if claim.quote.startswith(word) and word not in name), None)
    if per is not None:
        name = per + name  # (每千人口…婴幼儿托位数: the subject stops at 3岁, the quote goes back to 每千人口)
    if claim.region and name.startswith(claim.region):
        name = name[len(claim.region):]
    name = re.sub(r"^(?:全市|全县|全区|我市|我县|我区|全省|各地)", "", name)
    return name if len(name) >= 2 else claim.subject or claim.quote


def _plan(release_id: str, claim: Extracted) -> list[str]:
    out = [f"  - id: {rule_id(release_id, claim)}",
           f"    region: {yaml_scalar(claim.region)}",
           f"    indicator: {yaml_scalar(indicator(claim))}  # decide: name what is counted as later releases will",
           "    plan:",
           f"      value: {yaml_scalar(_written(claim))}"]
    qualifier = claim.claim.quantity.qualifier
    if qualifier in (Qualifier.ABOUT, Qualifier.NEARLY):
        out.append("      comparator: at_least  # decide: the release states the target as approximate")
        out.append("      note: the release states the target as approximate; at_least is the author's reading")
    elif claim.comparator is not None:
        out.append(f"      comparator: {claim.comparator.value}")
    if claim.deadline is not None and claim.claim.period_text:
        out.append(f"      deadline: {claim.deadline.isoformat()}  # from {claim.claim.period_text}")
        period, said = claim.claim.period, claim.claim.period_text
        if period is not None and period.start is not None and (said in RELATIVE_YEARS or not re.search(
                "(?:到|至|截至|截止)" + re.escape(said), claim.context)):
            # 今年, 2025年, 2025—2027年: the period's own start, so that no figure of before it counts towards
            # the target (not 到2027年: by then, from now)
            out.append(f"      start: {period.start.isoformat()}")
    elif claim.deadline is not None:
        out.append(f"      deadline: {claim.deadline.isoformat()}  # decide: the period of the plan it is part of")
    else:
        out.append("      # decide: the release states no deadline (add `deadline:` if it does elsewhere)")
    out += [f"      source: {release_id}", f"      quote: {yaml_scalar(claim.quote)}", "    outcomes: []"]
    return out


def _outcome(release_id: str, claim: Extracted, indent: str, increment: bool = False) -> list[str]:
    fields = outcome_fields(release_id, claim, increment)
    kind = "completion" if "completion" in fields else "value"
    out = [f"{indent}- {kind}: {yaml_scalar(str(fields[kind]))}"]
    if fields["as_of"] is None:
        out.append(f"{indent}  as_of: {claim.published.isoformat()}  # decide: the release's date; the figure may be "
                   "as of an earlier day")
    else:
        out.append(f"{indent}  as_of: {fields['as_of']}")
    if increment:
        out.append(f"{indent}  increment: true  # a part of the plan's period: added to the other parts")
    out += [f"{indent}  source: {release_id}", f"{indent}  quote: {yaml_scalar(claim.quote)}"]
    return out


def _written(claim: Extracted) -> str:
    """The figure as the release writes it, whitespace aside (9万多个, 不少于75个, 85%以上); where
    that is not a whole quantity (5金 of a medal tally, 十万 of a programme's name), as read."""
    written = "".join(claim.text.split())
    try:
        read = parse_quantity(written)
    except CheckerError:
        read = None
    if read is not None and read.value == claim.claim.quantity.value and read.unit == claim.claim.quantity.unit:
        return written
    return describe_plainly(claim.claim.quantity)
