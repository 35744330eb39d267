"""The stage that sees every verdict at once, after each rule is judged on its own.

Relations between rules (two rules on the same indicator that disagree, a target revised
by a later plan, districts that add up to their city) can only be seen here. It returns
the verdicts (changed where a relation changes them) and what it found.
"""

from __future__ import annotations

from checker.diagnostics import Diagnostic
from checker.judge.verdict import Verdict


def relate(verdicts: tuple[Verdict, ...]) -> tuple[tuple[Verdict, ...], tuple[Diagnostic, ...]]:
    return verdicts, ()
