"""Extraction measured against hand annotations: recall and precision of claims (value and unit
exactly right, the position within the annotated figure), accuracy of `kind`, and of the
deadline of plans.

    python tests/extraction/scoring.py            # seeds and held-out, with the misses listed
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(ROOT))

from checker.draft.extract import Extracted, extract  # noqa: E402
from checker.inputs.releases import ReleaseText, load_corpus  # noqa: E402


@dataclass
class Annotated:
    line: int
    col: int
    text: str
    value: Decimal
    unit: str
    kind: str
    deadline: date | None
    start: int = 0
    end: int = 0


@dataclass
class Score:
    annotated: int = 0
    predicted: int = 0
    found: int = 0  # annotations matched by a prediction
    correct: int = 0  # predictions matching an annotation
    kind_right: int = 0
    plans: int = 0  # matched annotated plans
    deadline_right: int = 0
    misses: list[str] = field(default_factory=list)
    spurious: list[str] = field(default_factory=list)
    wrong_kind: list[str] = field(default_factory=list)
    wrong_deadline: list[str] = field(default_factory=list)

    @property
    def recall(self) -> float:
        return self.found / self.annotated if self.annotated else 1.0

    @property
    def precision(self) -> float:
        return self.correct / self.predicted if self.predicted else 1.0

    @property
    def kind_accuracy(self) -> float:
        return self.kind_right / self.found if self.found else 1.0

    @property
    def deadline_accuracy(self) -> float:
        return self.deadline_right / self.plans if self.plans else 1.0

    def add(self, other: Score) -> None:
        for name in ("annotated", "predicted", "found", "correct", "kind_right", "plans", "deadline_right"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        for name in ("misses", "spurious", "wrong_kind", "wrong_deadline"):
            getattr(self, name).extend(getattr(other, name))

    def line(self) -> str:
        return (f"recall {self.recall:.3f} ({self.found}/{self.annotated})  precision {self.precision:.3f} "
                f"({self.correct}/{self.predicted})  kind {self.kind_accuracy:.3f}  "
                f"deadline {self.deadline_accuracy:.3f} ({self.deadline_right}/{self.plans})")


def _offset(text: str, line: int, col: int) -> int:
    starts = [0]
    for i, ch in enumerate(text):
        if ch == "\n":
            starts.append(i + 1)
    return starts[line - 1] + col - 1


def read_annotations(path: Path, text: str) -> list[Annotated]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    found = []
    for claim in data["claims"]:
        deadline = claim.get("deadline")
        item = Annotated(int(claim["line"]), int(claim["col"]), claim["text"], Decimal(str(claim["value"])),
                         str(claim["unit"] or ""), claim["kind"],
                         deadline if isinstance(deadline, date) else None)
        item.start = _offset(text, item.line, item.col)
        item.end = item.start + len(item.text)
        assert text[item.start:item.end] == item.text, (path.name, item.line, item.col, item.text)
        found.append(item)
    return found


def score(release: ReleaseText, annotated: list[Annotated], predicted: list[Extracted]) -> Score:
    result = Score(annotated=len(annotated), predicted=len(predicted))
    used: set[int] = set()
    name = release.release.id
    for a in annotated:
        match = next((i for i, p in enumerate(predicted) if i not in used and _same(a, p)), None)
        if match is None:
            result.misses.append(f"{name}:{a.line}:{a.col} {a.text!r} {a.value}{a.unit} ({a.kind})")
            continue
        used.add(match)
        p = predicted[match]
        result.found += 1
        if p.kind.value == a.kind:
            result.kind_right += 1
        else:
            result.wrong_kind.append(f"{name}:{a.line}:{a.col} {a.text!r}: {p.kind.value}, annotated {a.kind}"
                                     f" — {p.quote}")
        if a.kind == "plan":
            result.plans += 1
            if p.deadline == a.deadline:
                result.deadline_right += 1
            else:
                result.wrong_deadline.append(f"{name}:{a.line}:{a.col} {a.text!r}: {p.deadline}, annotated "
                                             f"{a.deadline} — {p.quote}")
    result.correct = len(used)
    result.spurious = [f"{name}:{p.line}:{p.col} {p.text!r} {p.value}{p.unit} — {p.quote}"
                       for i, p in enumerate(predicted) if i not in used]
    return result


def _same(a: Annotated, p: Extracted) -> bool:
    start = p.claim.start
    return Decimal(p.value) == a.value and p.unit == a.unit and a.start <= start < max(a.end, a.start + 1)


def score_folder(seeds: Path, annotated: Path) -> Score:
    corpus = load_corpus(seeds)
    total = Score()
    for path in sorted(annotated.glob("*.yaml")):
        release = corpus.get(path.stem)
        assert release is not None, path
        total.add(score(release, read_annotations(path, release.text), extract(release)))
    return total


def seeds_score() -> Score:
    return score_folder(ROOT / "seeds", HERE / "annotations")


def heldout_score() -> Score:
    return score_folder(HERE / "heldout" / "releases", HERE / "heldout" / "annotations")


if __name__ == "__main__":
    verbose = "-v" in sys.argv
    for label, result in (("seeds", seeds_score()), ("held-out", heldout_score())):
        print(f"{label:9} {result.line()}")
        if verbose:
            for title, items in (("missed", result.misses), ("spurious", result.spurious),
                                 ("wrong kind", result.wrong_kind), ("wrong deadline", result.wrong_deadline)):
                print(f"  {title} ({len(items)}):")
                for item in items:
                    print(f"    {item}")
