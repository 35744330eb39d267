"""The typed verdict and its vocabularies: Status, Basis, Trend.

Each vocabulary is defined once, here, with everything that hangs on it (its place in a
report, its rank for "worst first", its terminal style); the words for each member are in
the phrase tables under `status.<name>`, `basis.<name>`, `trend.<name>`. Code that branches
on a member uses `match` ending in `assert_never`, so mypy finds every place a new member
must be handled.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from enum import Enum
from typing import TYPE_CHECKING

from typing_extensions import assert_never

from checker.diagnostics import Diagnostic, Position, Severity
from checker.frozen import record
from checker.inputs.models import Baseline, Comparator, Measure, Outcome, OutcomeKind
from checker.language.interval import Interval
from checker.language.quantity import Quantity
from checker.messages import Message

if TYPE_CHECKING:
    from collections.abc import Iterator


@record
class StatusTraits:
    """How a status is ordered, ranked and shown."""

    order: int  # place in reports: what a reader needs first
    rank: int  # worst first, for what changed since a baseline
    style: str  # rich style in the terminal
    judged: bool  # a verdict on the plan (not a rule that could not be read)


class Status(str, Enum):
    """Where a plan stands as of a date. Definition order is the order of JSON summaries."""

    met = "met"
    missed = "missed"
    disputed = "disputed"  # final figures (or a final figure and a claim) of one date disagree
    pending = "pending"
    unreported = "unreported"
    invalid = "invalid"

    @property
    def traits(self) -> StatusTraits:
        return _status_traits(self)

    @classmethod
    def in_report_order(cls) -> list[Status]:
        return sorted(cls, key=lambda status: status.traits.order)


def _status_traits(status: Status) -> StatusTraits:
    """The one table of what hangs on a status."""
    match status:
        case Status.missed:
            return StatusTraits(order=0, rank=0, style="bold red", judged=True)
        case Status.disputed:
            return StatusTraits(order=1, rank=1, style="bold magenta", judged=True)
        case Status.unreported:
            return StatusTraits(order=2, rank=3, style="magenta", judged=True)
        case Status.pending:
            return StatusTraits(order=3, rank=4, style="yellow", judged=True)
        case Status.met:
            return StatusTraits(order=4, rank=5, style="green", judged=True)
        case Status.invalid:
            return StatusTraits(order=5, rank=2, style="bold red", judged=False)
        case _:
            assert_never(status)


class Basis(str, Enum):
    """What the verdict rests on."""

    measured = "measured"  # reported numbers
    derived = "derived"  # a completion ratio (完成目标的134.4%)
    claimed = "claimed"  # a statement without numbers (超额完成目标任务, 通过评估验收)


class Trend(str, Enum):
    """For a pending plan: is the latest figure where it should be by now?"""

    on_track = "on_track"
    at_risk = "at_risk"
    off_track = "off_track"

    @property
    def style(self) -> str:
        match self:
            case Trend.on_track:
                return "green"
            case Trend.at_risk:
                return "yellow"
            case Trend.off_track:
                return "red"
            case _:
                assert_never(self)


BASELINE = -1  # the `outcome` of a QuoteRef that is the plan's baseline


@record
class QuoteRef:
    """Where a quote was found: enough for a reader to check it."""

    release_id: str
    title: str
    published: date
    file: str
    quote: str
    line: int
    col: int
    outcome: int | None = None  # the index of the outcome it is the quote of; None for the plan; BASELINE


@record
class Evidence:
    """The quotes of a rule where they were found, and what the checks of them found wrong
    (here, not beside the checks: a kept verdict's evidence is read back without them)."""

    quotes: tuple[QuoteRef, ...]
    diagnostics: tuple[Diagnostic, ...]


@record
class PlanReading:
    """A plan as written and as read. For a rule that could not be read, only what was
    written (as text) is filled in, so every verdict has the same shape."""

    value: str | None
    quantity: Quantity | None
    comparator: Comparator | None
    deadline: date | None
    deadline_text: str | None
    start: date | None
    source: str | None
    quote: str | None
    measure: Measure = Measure.count
    baseline: Quantity | None = None  # the level it starts from, in the target's measure word
    baseline_written: Baseline | None = None

    @property
    def judged_at_deadline(self) -> bool:
        """Judged by its first final figure, not by the first figure that reaches it: a level,
        and any target with a ceiling or a band (an early figure inside it can still overshoot); and a share,
        even one a rule counts (1—11月…优良比例保持100%: a rate of part of the year can still fall)."""
        return self.measure is Measure.level or self.comparator in (
            Comparator.at_most, Comparator.less_than, Comparator.exactly, Comparator.between) or (
            self.quantity is not None and self.quantity.unit in ("%", "‰"))


@record
class OutcomeReading:
    """One outcome as written and as read (see checker/judge/kinds.py for each kind)."""

    index: int
    outcome: Outcome
    quantity: Quantity | None = None  # a value outcome, as written
    amount: Quantity | None = None  # that value in the plan's measure word (both bounds)
    ratio: Decimal | None = None  # a completion outcome, in percent

    @property
    def kind(self) -> OutcomeKind:
        return self.outcome.kind


@record
class Point:
    """What the outcomes of one date show about the plan: a figure (for a count, the running
    total with the increments of that date), or what a claim, milestone or ratio states."""

    reading: OutcomeReading  # the outcome it rests on
    as_of: date
    final: bool  # dated on or after the deadline
    satisfied: bool | None  # None: it cannot show it either way
    progress: Decimal | None
    basis: Basis
    figure: Interval | None = None  # in the plan's measure word
    unit: str = ""
    summed: int = 1  # how many increments the figure adds up


@record
class AuthorNote:
    """A note the rule's author wrote (`note:` on the rule, its plan, its baseline or an outcome):
    shown with the verdict, in the author's words."""

    on: str  # rule, plan, baseline or outcome
    outcome: int | None  # which outcome (0-based), for a note on an outcome
    text: str


@record
class Verdict:
    """What a rule comes to as of a date: its status, why, and the evidence it rests on."""

    rule_id: str
    region: str
    indicator: str
    location: Position
    status: Status
    plan: PlanReading
    decided_by: Point | None = None  # the outcome that counts (shown with the verdict)
    basis: Basis | None = None
    late: bool = False
    progress: Decimal | None = None
    trend: Trend | None = None
    awaiting: bool = False  # pending only because the report may still come (within the grace period)
    explanation: Message | None = None  # why this status, e.g. awaiting the report until …
    conflicts: tuple[Point, ...] = ()  # what disagrees with the point that decided it (disputed, contradicted)
    diagnostics: tuple[Diagnostic, ...] = ()  # errors (invalid), warnings, notes (info)
    quotes: tuple[QuoteRef, ...] = ()
    authored: tuple[AuthorNote, ...] = ()  # the author's notes, rule first

    def of(self, severity: Severity) -> Iterator[Diagnostic]:
        return (d for d in self.diagnostics if d.severity is severity)

    @property
    def errors(self) -> list[Diagnostic]:
        return list(self.of(Severity.error))

    def quote_of(self, outcome: int | None) -> QuoteRef | None:
        return next((q for q in self.quotes if q.outcome == outcome), None)
