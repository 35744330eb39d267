"""Shared test settings: a bounded, derandomised hypothesis profile for CI."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, settings

# Output in English unless a test asks for another language: the user's locale must not
# change what the golden reports and message tests see (subprocesses inherit this too).
os.environ["LC_ALL"] = "C.UTF-8"

# Verdicts kept between runs (checker/judge/cache.py) go to a folder of this test session's own,
# never the user's cache: every command-line test runs with a cache, as a user's run does, and
# none sees what a run outside the tests kept.
_CACHE = tempfile.mkdtemp(prefix="checker-test-cache-")
os.environ["CHECKER_CACHE_DIR"] = _CACHE
atexit.register(shutil.rmtree, _CACHE, ignore_errors=True)

settings.register_profile("ci", max_examples=200, derandomize=True, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("dev", max_examples=100, deadline=None)
settings.register_profile("thorough", max_examples=5000, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci" if os.environ.get("CI") else "dev"))

# The paths every test shares (import them: `from conftest import ROOT, SEEDS`).
TESTS = Path(__file__).resolve().parent
ROOT = TESTS.parent
SEEDS = ROOT / "seeds"
RULES = ROOT / "rules"
CASES = TESTS / "cases"
VECTORS = TESTS / "vectors"
GOLDEN = TESTS / "golden"
HOSTILE_CORPUS = TESTS / "hostile_corpus"
EXTRACTION = TESTS / "extraction"


def bundled_results(*statuses: str) -> list[dict]:
    """The results of the bundled rules in the committed report (tests/golden/compliance.json, as of
    2026-11-25), of these statuses or all. Tests of how many rules an output names count from here, not
    from a number written in the test, so a user who adds rules and seeds regenerates the golden files
    (README, "Golden reports") and every test still holds."""
    import json

    results = json.loads((GOLDEN / "compliance.json").read_text(encoding="utf-8"))["results"]
    return [result for result in results if not statuses or result["status"] in statuses]
