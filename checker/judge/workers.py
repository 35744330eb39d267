"""Judging many rules on both cores.

Each rule is judged on its own (its evidence, its evaluation), so the rules can be shared out
between processes. Processes are forked, so they start with the corpus already loaded; only
verdicts come back. A large audit shares out its rule *files*: each process loads the files it
is given and judges their rules, so no process ever holds every rule file at once and loading
is shared as well as judging. A release is read (a sentence at a time) by the process that
judges a rule citing it; rule files are usually one city's, so the rules on one release are
mostly judged where it has been read. The verdicts are the same whatever the number of
processes (tests/test_bench_corpus.py).
"""

from __future__ import annotations

import contextlib
import gc
import os
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any, TypeVar

Progress = Callable[[int, int], None]  # (rules judged so far, rules in all: an estimate until the end)
T = TypeVar("T")
R = TypeVar("R")

WORTH_A_SECOND_PROCESS = 400  # fewer rules than this take well under a second: forking would cost more
BYTES_PER_RULE = 500  # about what a rule takes in a rule file, to tell a large audit before loading it
CHUNK = 50  # rules judged between two reports of progress, in one process
PIECE_BYTES = 64 * 1024  # rule files per piece of work: about 130 rules
PARTS_EACH = 4  # parts of a big rule file for each process

_WORK: Callable[[Any], Any] | None = None


def estimated_rules(files: Sequence[Path]) -> int:
    """How many rules the files hold, told from their size before they are read."""
    return sum(_size(path) for path in files) // BYTES_PER_RULE


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0  # loading it will say why


Part = tuple[int, int, int]  # a file's position, and which of how many parts of its rules


def file_pieces(files: Sequence[Path], count: int) -> list[list[Part]]:
    """The files, in order, PIECE_BYTES or so at a time; a file bigger than two pieces is cut
    into PARTS_EACH parts of its rules for each process, one a piece, so that the processes
    share it evenly however its hard rules fall (each keeps the file it read last)."""
    pieces: list[list[Part]] = [[]]
    size = 0
    for i, path in enumerate(files):
        bytes_ = _size(path)
        parts = min(count * PARTS_EACH, max(count, bytes_ // PIECE_BYTES)) if bytes_ > 2 * PIECE_BYTES else 1
        for part in range(parts):
            if pieces[-1] and (size >= PIECE_BYTES or parts > 1):
                pieces.append([])
                size = 0
            pieces[-1].append((i, part, parts))
            size += bytes_ // parts
    return [piece for piece in pieces if piece]


# Judging makes millions of short-lived objects and no reference cycles (an audit leaves no
# unreachable object; a run's setup leaves a few hundred, however many rules): reference
# counting frees them as they go, and the cyclic collector only walks the claims and verdicts
# still alive, again and again. At Python's
# default threshold that was a sixth of a one-process run; at a young threshold of 50,000, 4%
# of a 10,000-rule run and 1.5 s of the parent's time at 100,000 rules. Paused, the peak memory
# is the same (100 MB at 10,000 rules, 659 MB at 100,000).


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    """The cyclic garbage collector paused while the block runs (and in processes forked in it);
    as it was, after."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def share_out(pieces: Sequence[T], work: Callable[[T], R], count: int) -> Iterator[R]:
    """`work` done on each piece in `count` forked processes (here, if one), results in the order
    of the pieces. `work` and what it reaches are inherited, not pickled: only pieces and
    results are."""
    import multiprocessing  # only where there is work to share

    if count == 1 or "fork" not in multiprocessing.get_all_start_methods():
        yield from map(work, pieces)
        return
    global _WORK
    _WORK = work
    try:
        with multiprocessing.get_context("fork").Pool(count) as pool:
            yield from pool.imap(_do_work, pieces, chunksize=1)
    finally:
        _WORK = None


def _do_work(piece: Any) -> Any:
    assert _WORK is not None
    return _WORK(piece)


def chosen_workers(requested: int | None, rules: int) -> int:
    """`requested` processes, or by default two where there are two cores, the work is large
    enough and processes can be forked (Linux); else one."""
    if requested is not None:
        return max(1, requested)
    if rules < WORTH_A_SECOND_PROCESS or (os.cpu_count() or 1) < 2:
        return 1
    import multiprocessing

    return 2 if "fork" in multiprocessing.get_all_start_methods() else 1
