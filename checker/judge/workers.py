"""Judging many rules on both cores.

Each rule is judged on its own (its evidence, its evaluation), so the rules can be shared out
between processes. A release is read (claim by claim) by the process that judges a rule citing
it, so the rules are shared out in order of the release their plan cites: the rules on one
release are mostly judged where that release has been read. Processes are forked, so they
start with the corpus and the rules already loaded; only verdicts come back. The verdicts are
the same whatever the number of processes (tests/test_workers.py).
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from checker.inputs.rules import LoadedRule
    from checker.judge.verdict import Verdict

Progress = Callable[[int, int], None]  # (rules judged so far, rules in all)

WORTH_A_SECOND_PROCESS = 400  # fewer rules than this take well under a second: forking would cost more
CHUNK = 50  # rules per piece of work: small enough for an even share and a lively progress bar

_SHARED: tuple[Sequence[LoadedRule], Callable[[LoadedRule], Verdict]] | None = None


def chosen_workers(requested: int | None, rules: int) -> int:
    """`requested` processes, or by default two where there are two cores, the work is large
    enough and processes can be forked (Linux); else one."""
    if requested is not None:
        return max(1, requested)
    if rules < WORTH_A_SECOND_PROCESS or (os.cpu_count() or 1) < 2:
        return 1
    return 2 if "fork" in multiprocessing.get_all_start_methods() else 1


def judge_all(rules: Sequence[LoadedRule], judge: Callable[[LoadedRule], Verdict], workers: int | None = None,
              progress: Progress | None = None) -> list[Verdict]:
    """Every rule's verdict by `judge`, in the order of `rules`."""
    count = chosen_workers(workers, len(rules))
    if count == 1 or "fork" not in multiprocessing.get_all_start_methods():
        verdicts = []
        for done, item in enumerate(rules, 1):
            verdicts.append(judge(item))
            if progress is not None and (done % CHUNK == 0 or done == len(rules)):
                progress(done, len(rules))
        return verdicts
    global _SHARED
    _SHARED = (rules, judge)  # inherited by the forked processes: nothing is pickled but verdicts
    try:
        found: dict[int, Verdict] = {}
        with multiprocessing.get_context("fork").Pool(count) as pool:
            for piece in pool.imap_unordered(_judge_piece, list(_pieces(rules)), chunksize=1):
                found.update(piece)
                if progress is not None:
                    progress(len(found), len(rules))
        return [found[i] for i in range(len(rules))]
    finally:
        _SHARED = None


def _pieces(rules: Sequence[LoadedRule]) -> Iterator[list[int]]:
    """The rules' positions, in order of the release their plan cites, CHUNK at a time."""
    def source(i: int) -> str:
        rule = rules[i].rule
        return rule.plan.source if rule is not None else ""

    order = sorted(range(len(rules)), key=lambda i: (source(i), i))
    for start in range(0, len(order), CHUNK):
        yield order[start:start + CHUNK]


def _judge_piece(positions: list[int]) -> dict[int, Verdict]:
    assert _SHARED is not None
    rules, judge = _SHARED
    return {i: judge(rules[i]) for i in positions}
