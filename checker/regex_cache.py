"""Writes checker/language/regex.cache, the programs of the checker's patterns for this Python
(checker/language/regex.py says why):

    python -m checker.regex_cache > checker/language/regex.cache

A module of its own, above the flow: to keep the patterns compiled on first use too (word lists,
a release's sentence ends), it audits the bundled rules and drafts from the seeds."""

from __future__ import annotations

import importlib
import json
import pkgutil
import sys
from datetime import date
from pathlib import Path

import checker
from checker.draft.extract import extract
from checker.inputs.releases import load_corpus
from checker.judge.pipeline import run_audit
from checker.language import regex


def cache_text() -> str:
    """regex.cache for this Python: a line naming the Python, then the program of every pattern the
    checker's modules compile when they are imported or on first use, one per line after its digest, sorted."""
    for module in pkgutil.walk_packages(checker.__path__, "checker."):
        if not module.name.endswith("__main__"):
            importlib.import_module(module.name)
    _first_use(Path(checker.__file__).resolve().parents[1])
    lines = [regex._digest(pattern, flags) + " " + json.dumps(
        [pattern, flags, *regex.program(pattern, flags)], ensure_ascii=False, separators=(",", ":"))
        for pattern, flags in sorted(regex._compiled_here)]
    return json.dumps({"python": regex.PYTHON}) + "\n" + "".join(line + "\n" for line in lines)


def _first_use(project: Path) -> None:
    """Compile the patterns made on first use by auditing the bundled rules and drafting from the seeds,
    where the package sits in its project."""
    rules, seeds = project / "rules", project / "seeds"
    if not (rules.is_dir() and seeds.is_dir()):
        return
    run_audit([rules], seeds, date(2026, 1, 1), 0, project, workers=1)
    for release in load_corpus(seeds, "seeds").releases.values():
        extract(release)


if __name__ == "__main__":
    sys.stdout.reconfigure(encoding="utf-8")  # type: ignore[union-attr]
    sys.stdout.write(cache_text())
