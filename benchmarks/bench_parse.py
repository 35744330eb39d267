"""Throughput of the quantity parser and the cold start of the CLI, each next to a baseline
measured in the same run (these machines are noisy: compare ratios, not seconds).

    .venv/bin/python benchmarks/bench_parse.py [--runs 7]
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
INVENTORY = ROOT / "tests" / "vectors" / "seeds_derived" / "seed_quantities_classified.json"
QUANTITY_GROUPS = ("count:", "money:", "approx:", "bound:", "percent:", "range:")


def expressions() -> list[str]:
    data = json.loads(INVENTORY.read_text(encoding="utf-8"))
    texts = [raw for group, rows in data.items() if group.startswith(QUANTITY_GROUPS) for _, _, raw in rows]
    from checker.language.quantity import parse_quantity

    readable = []
    for text in texts:
        try:
            parse_quantity(text)
            readable.append(text)
        except Exception:
            pass
    return readable


def timed(command: list[str], runs: int) -> float:
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, check=True, capture_output=True)
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()

    from checker.language.quantity import find_quantities, parse_quantity

    texts = expressions()
    rounds = 50
    start = time.perf_counter()
    for _ in range(rounds):
        for text in texts:
            parse_quantity(text)
    parse_seconds = time.perf_counter() - start
    # baseline for throughput: Python's own Decimal construction of the same number of strings
    start = time.perf_counter()
    from decimal import Decimal

    for _ in range(rounds):
        for _text in texts:
            Decimal("35.27")
    decimal_seconds = time.perf_counter() - start

    releases = sorted((ROOT / "seeds").glob("*.txt"))
    corpus = "".join(path.read_text(encoding="utf-8") for path in releases)
    start = time.perf_counter()
    found = sum(len(find_quantities(corpus)) for _ in range(5))
    find_seconds = (time.perf_counter() - start) / 5

    checker = shutil.which("checker", path=str(Path(sys.executable).parent)) or "checker"
    python = sys.executable
    empty = timed([python, "-c", "pass"], args.runs)
    imports = timed([python, "-c", "import pint, pydantic, yaml, rich, typer"], args.runs)
    cold = timed([checker, "parse", "1.28万个"], args.runs)
    audit = timed([checker, "check", "--rules", str(ROOT / "rules"), "--seeds", str(ROOT / "seeds"),
                   "--as-of", "2026-11-25", "--format", "json", "--fail-on", "none"], args.runs)

    per_second = len(texts) * rounds / parse_seconds
    print(f"expressions parsed: {len(texts)} seed expressions x {rounds} rounds")
    print(f"  parse_quantity: {per_second:,.0f} expressions/s "
          f"({parse_seconds / decimal_seconds:.1f}x the time of Decimal() on as many strings)")
    print(f"  find_quantities over the five releases ({len(corpus):,} characters, {found // 5} quantities): "
          f"{find_seconds * 1000:.1f} ms")
    print(f"cold start (median of {args.runs}):")
    print(f"  python -c pass:                                    {empty * 1000:6.0f} ms  (1.00)")
    print(f"  python -c 'import pint, pydantic, yaml, rich, typer': {imports * 1000:6.0f} ms  "
          f"({imports / empty:.2f}x)")
    print(f"  checker parse 1.28万个:                            {cold * 1000:6.0f} ms  ({cold / empty:.2f}x; "
          f"{cold / imports:.2f}x the imports)")
    print(f"  checker check (bundled rules, json):               {audit * 1000:6.0f} ms  ({audit / empty:.2f}x; "
          f"{audit / imports:.2f}x the imports)")


if __name__ == "__main__":
    main()
