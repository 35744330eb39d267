"""Does every quote exist in its release, and does it say the number the rule declares?

A verdict is only as good as the sentence it rests on: a quote that is not in the cited
release, a number that is not in the quote, a deadline the quote contradicts, or a
release whose bytes changed all make the rule `invalid`, with a message that says
exactly what to fix.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass

from checker.corpus import Corpus, Match
from checker.errors import CheckerError
from checker.periods import find_periods, parse_period
from checker.quantity import Quantity, find_quantities
from checker.reading import ReadRule
from checker.units import dimension_of, to_base


@dataclass(frozen=True)
class QuoteRef:
    """Where a quote was found: enough for a reader to check it."""

    role: str  # "plan" or "outcome N"
    release_id: str
    title: str
    published: str
    file: str
    quote: str
    line: int | None
    col: int | None


def verify(read: ReadRule, corpus: Corpus) -> list[QuoteRef]:
    """Check every quote of a rule; add problems to `read`; return where the quotes are."""
    refs: list[QuoteRef] = []
    rule = read.rule
    plan = rule.plan
    found = _quote(read, corpus, "plan", plan.source, plan.quote, ("plan",))
    if found:
        refs.append(found)
        if read.plan and read.plan.quantity is not None:
            _number_in_quote(read, "plan value", read.plan.quantity, plan.quote, ("plan", "value"))
        _deadline_in_quote(read)
        release = corpus.get(plan.source)
        if release and read.plan and read.plan.deadline and read.plan.deadline < release.release.published:
            # Annual reviews restate the year's targets, so this is common; but a reader should know
            # the target is as restated afterwards. Where the quote itself does not state the
            # deadline, the date is the rule author's and may be a slip: that is worth a warning.
            attested = any(period.end == read.plan.deadline for _, period in find_periods(plan.quote))
            read.warnings.append(read.loaded.problem(
                f"plan deadline {read.plan.deadline} is before its release was published "
                f"({release.release.published}): the target is as restated afterwards"
                + ("" if attested else "; the quote does not state the deadline, so check it"),
                "plan", "deadline", severity="info" if attested else "warning"))
    for item in read.outcomes:
        outcome = item.outcome
        where = ("outcomes", item.index)
        ref = _quote(read, corpus, f"outcome {item.index + 1}", outcome.source, outcome.quote, where)
        if not ref:
            continue
        refs.append(ref)
        release = corpus.get(outcome.source)
        if release and outcome.as_of > release.release.published:
            read.problems.append(read.loaded.problem(
                f"outcome as_of {outcome.as_of} is after release {outcome.source} was published "
                f"({release.release.published}): a release cannot report a figure for a later date",
                *where, "as_of"))
        if item.quantity is not None:
            _number_in_quote(read, "outcome value", item.quantity, outcome.quote, (*where, "value"))
        if item.ratio is not None and outcome.completion is not None:
            stated = [f.quantity for f in find_quantities(outcome.quote) if f.quantity.unit == "%"]
            if not any(q.value == item.ratio for q in stated):
                read.problems.append(read.loaded.problem(
                    f"outcome completion {outcome.completion} is not in its quote, which states "
                    f"{_listing(stated)}", *where, "completion"))
    return refs


def _quote(read: ReadRule, corpus: Corpus, role: str, source: str, quote: str,
           where: tuple[object, ...]) -> QuoteRef | None:
    release = corpus.get(source)
    if source in corpus.unusable:
        read.problems.append(read.loaded.problem(f"{role} cites release {source}, which cannot be used: "
                                                 f"{corpus.unusable[source]}", *where, "source"))
        return None
    if release is None:
        known = sorted(corpus.releases)
        guess = difflib.get_close_matches(source, known, n=1)
        listed = ", ".join(known) or "none"
        hint = f"did you mean {guess[0]!r}?" if guess else f"the ids in {corpus.manifest_file} are {listed}"
        read.problems.append(read.loaded.problem(f"{role} source {source!r} is not a release in "
                                                 f"{corpus.manifest_file}: {hint}", *where, "source"))
        return None
    match: Match | None = release.find(quote)
    if match is None:
        elsewhere = [(other_id, found) for other_id, other in sorted(corpus.releases.items())
                     if other_id != source and (found := other.find(quote)) is not None]
        if elsewhere:
            other_id, found = elsewhere[0]
            read.problems.append(read.loaded.problem(
                f"{role} quote not found in release {source}, but it is in release {other_id} "
                f"(line {found.line}): fix the `source`", *where, "quote"))
            return None
        closest = release.closest(quote)
        hint = f"; the closest passage is at {closest}" if closest else ""
        read.problems.append(read.loaded.problem(
            f"{role} quote not found in release {source} ({release.release.file}){hint}", *where, "quote"))
        return None
    return QuoteRef(role, source, release.release.title, release.release.published.isoformat(),
                    release.release.file, quote, match.line, match.col)


def _number_in_quote(read: ReadRule, what: str, declared: Quantity, quote: str, where: tuple[object, ...]) -> None:
    stated = [found.quantity for found in find_quantities(quote)]
    if any(_same(declared, q) for q in stated):
        return
    read.problems.append(read.loaded.problem(
        f"{what} {declared.text} is not in its quote, which states {_listing(stated)}", *where))


def _same(a: Quantity, b: Quantity) -> bool:
    try:
        if dimension_of(a.unit) != dimension_of(b.unit):
            return False
        if to_base(a)[0] != to_base(b)[0]:
            return False
        if (a.upper is None) != (b.upper is None):
            return False
        if a.upper is not None and b.upper is not None:
            return to_base(Quantity(a.text, a.upper, a.unit))[0] == to_base(Quantity(b.text, b.upper, b.unit))[0]
        return True
    except CheckerError:
        return False


def _listing(quantities: list[Quantity]) -> str:
    """The quote's quantities as the quote writes them (3.6万个, not 36000个)."""
    if not quantities:
        return "no quantity"
    return ", ".join("".join(q.text.split()) for q in quantities)


def _deadline_in_quote(read: ReadRule) -> None:
    plan = read.rule.plan
    if read.plan is None or read.plan.deadline is None or plan.deadline is None:
        return
    stated = find_periods(plan.quote)
    if not stated or any(period.end == read.plan.deadline for _, period in stated):
        return
    said = ", ".join(f"{text} ({period.end})" for text, period in stated)
    declared = parse_period(plan.deadline).end
    read.problems.append(read.loaded.problem(
        f"plan deadline {plan.deadline} ({declared}) contradicts its quote, which says {said}",
        "plan", "deadline"))
