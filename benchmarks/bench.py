"""The checker's speed, each figure next to a floor measured in the same run (these machines are
noisy: compare ratios, not seconds).

    .venv/bin/python benchmarks/bench.py [--runs 5] [--sizes 1000,10000] [--work DIR] [--against DIR]

P1  cold start: `checker check` on the bundled data (table, JSON, Markdown) and `checker parse`,
    against `python -c "import pint, pydantic, yaml, rich.table, typer"`.
P2  `check --format json` and `validate` on generated corpora (benchmarks/corpus.py: N rules,
    N/5 releases), against the read-and-parse floor (read every file, sha256 it, parse every rule
    file with PyYAML's C loader), with the growth from one size to the next and peak memory.
P3  `checker extract` throughput on the seeds, in MB of UTF-8 release text per second, against
    NFKC normalisation of the same text.
P4  one 20 MB release cited by 500 rules, 7 of the quotes wrong, against the same with right quotes.
P5  the 1,000-rule corpus as one city's (every release and rule of one region: 200 releases, each outcome
    checked against the region's later ones), against the corpus as generated (20 cities of 10 releases).

--against DIR measures another checkout (git worktree add DIR COMMIT) in the same rounds as this one:
the commands of P1, P2 and P4 run in turn, round after round, so a slow spell of a noisy machine
falls on both alike.

Every timing is the median of --runs runs of a fresh process (P3: the best in-process pass), with
the checker's modules compiled to bytecode first, as an installed package has them. Each run of the
checker starts with an empty cache (what a first run, or a fresh CI machine, has), except the rows
marked "kept": those keep one cache, filled by a run before the timing (a second run on the same
files, or a commit that changes none of them).
Corpora are generated once into --work (default: a temporary folder) and reused.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
FLOOR_IMPORTS = "import pint, pydantic, yaml, rich.table, typer"
READ_AND_PARSE = """
import hashlib, sys
from pathlib import Path
import yaml
root = Path(sys.argv[1])
for path in sorted((root / "seeds").iterdir()):
    hashlib.sha256(path.read_bytes()).hexdigest()
for path in sorted((root / "rules").rglob("*.yaml")):
    yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)
"""


def run_once(command: list[str], ok: tuple[int, ...] = (0, 1), cwd: Path = ROOT,
             cache: Path | None = None) -> tuple[float, int]:
    """Seconds and peak resident memory (MB) of one run of `command`; `cache`: the folder where
    the checker keeps verdicts between runs (None: an empty one, made for this run alone)."""
    empty = None if cache is not None else Path(tempfile.mkdtemp(prefix="checker-bench-cache-"))
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=cwd,
                               env={**os.environ, "LC_ALL": "C.UTF-8", "CHECKER_CACHE_DIR": str(cache or empty)})
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - start
    if empty is not None:
        shutil.rmtree(empty, ignore_errors=True)
    if os.waitstatus_to_exitcode(status) not in ok:
        raise SystemExit(f"{' '.join(command)} failed: {process.stderr.read().decode() if process.stderr else ''}")
    return seconds, usage.ru_maxrss // 1024


# argv, where it runs (which checkout), exit codes that are fine, and the cache it keeps verdicts in
# (None: an empty one each run, what a first run or a run on a fresh machine has)
Command = tuple[list[str], Path, tuple[int, ...], Path | None]


def interleaved(commands: dict[str, Command], runs: int) -> dict[str, tuple[float, int]]:
    """The median seconds and peak MB of each command, run in turn, round after round: on a noisy
    machine a slow spell then falls on every command alike, the floor included. A command with a
    cache runs once first, unmeasured, to fill it."""
    for command, cwd, ok, cache in commands.values():
        if cache is not None:
            run_once(command, ok, cwd, cache)
    samples: dict[str, list[tuple[float, int]]] = {name: [] for name in commands}
    for _ in range(runs):
        for name, (command, cwd, ok, cache) in commands.items():
            samples[name].append(run_once(command, ok, cwd, cache))
    return {name: (statistics.median(s for s, _ in got), max(m for _, m in got)) for name, got in samples.items()}


def checker(*args: str) -> list[str]:
    return [PYTHON, "-m", "checker", *args]  # run in a checkout: its own `checker` package is imported


def cold_start(runs: int, roots: list[tuple[str, Path]], work: Path) -> list[tuple[str, float, int]]:
    bundled = ["--rules", "rules", "--seeds", "seeds", "--as-of", "2026-11-25", "--fail-on", "none"]
    commands: dict[str, Command] = {"floor: " + FLOOR_IMPORTS: ([PYTHON, "-c", FLOOR_IMPORTS], ROOT, (0,), None)}
    for tag, root in roots:
        for form in ("table", "json", "markdown"):
            argv = checker("check", *bundled, "--format", form)
            commands[f"{tag}check --format {form}"] = (argv, root, (0, 1), None)
            commands[f"{tag}check --format {form}, kept"] = (argv, root, (0, 1), _kept(work, tag, "P1"))
        commands[f"{tag}parse 1.28万个"] = (checker("parse", "1.28万个"), root, (0,), None)
    return [(name, *figures) for name, figures in interleaved(commands, runs).items()]


def corpus(work: Path, rules: int) -> Path:
    folder = work / f"corpus-{rules}"
    if not (folder / "seeds" / "releases.yaml").is_file():
        subprocess.run([PYTHON, str(ROOT / "benchmarks" / "corpus.py"), str(folder), "--rules", str(rules),
                        "--releases", str(max(rules // 5, 1))], check=True, stdout=subprocess.DEVNULL)
    return folder


def at_size(work: Path, rules: int, runs: int, roots: list[tuple[str, Path]]) -> dict[str, tuple[float, int]]:
    folder = corpus(work, rules)
    where = ["--rules", str(folder / "rules"), "--seeds", str(folder / "seeds")]
    commands: dict[str, Command] = {"floor": ([PYTHON, "-c", READ_AND_PARSE, str(folder)], ROOT, (0,), None)}
    for tag, root in roots:
        check = checker("check", *where, "--as-of", "2026-11-25", "--format", "json", "--fail-on", "none")
        kept = _kept(work, tag, f"P2-{rules}")
        commands[f"{tag}check"] = (check, root, (0, 1), None)
        commands[f"{tag}validate"] = (checker("validate", *where), root, (0, 1), None)
        commands[f"{tag}check, kept"] = (check, root, (0, 1), kept)
        commands[f"{tag}validate, kept"] = (checker("validate", *where), root, (0, 1), kept)
    return interleaved(commands, runs)


def _kept(work: Path, tag: str, part: str) -> Path:
    """A cache of one checkout's verdicts for one part, empty at the start of the benchmark."""
    folder = work / "caches" / f"{part}-{'against' if tag else 'this'}"
    shutil.rmtree(folder, ignore_errors=True)
    return folder


def big_release(work: Path, megabytes: int = 20, rules: int = 500, wrong: int = 7) -> tuple[Path, Path]:
    """Two corpora of one `megabytes` release cited by `rules` rules: in the second, `wrong` of the
    quotes are not in the release (a character changed), so the checker looks for the closest passage."""
    import yaml

    source = corpus(work, 1000)
    manifest = yaml.safe_load((source / "seeds" / "releases.yaml").read_text(encoding="utf-8"))["releases"]
    cited = yaml.safe_load((source / "rules" / "c0001.yaml").read_text(encoding="utf-8"))["rules"]
    template = next(rule for rule in cited if rule["outcomes"] and len(
        {rule["plan"]["source"], *(o["source"] for o in rule["outcomes"])}) == 1)
    entry = next(e for e in manifest if e["id"] == template["plan"]["source"])
    own = (source / "seeds" / entry["file"]).read_text(encoding="utf-8")
    others = [(source / "seeds" / e["file"]).read_text(encoding="utf-8") for e in manifest if e is not entry]
    filler, size, index = [], 0, 0
    while size < megabytes * 1_000_000:  # other cities' releases, then the one the rules cite
        filler.append(others[index % len(others)])
        size += len(filler[-1].encode("utf-8"))
        index += 1
    text = "\n".join(filler[: len(filler) // 2] + [own] + filler[len(filler) // 2:])
    folders = []
    for name, broken in (("right", 0), ("wrong", wrong)):
        folder = work / f"big-release-{megabytes}mb-{name}"
        folders.append(folder)
        if (folder / "seeds" / "releases.yaml").is_file():
            continue
        (folder / "seeds").mkdir(parents=True)
        (folder / "rules").mkdir(parents=True)
        data = text.encode("utf-8")
        (folder / "seeds" / "big.txt").write_bytes(data)
        import hashlib

        release = {**entry, "file": "big.txt", "sha256": hashlib.sha256(data).hexdigest()}
        (folder / "seeds" / "releases.yaml").write_text(
            yaml.safe_dump({"releases": [release]}, allow_unicode=True, sort_keys=False), encoding="utf-8")
        copies = []
        for number in range(rules):
            rule = yaml.safe_load(yaml.safe_dump(template))
            rule["id"] = f"{template['id']}-{number:04d}"
            if number < broken:  # a quote the release does not hold: one character changed
                quote = rule["outcomes"][0]["quote"]
                rule["outcomes"][0]["quote"] = quote[:-1] + ("甲" if quote[-1] != "甲" else "乙")
            copies.append(rule)
        (folder / "rules" / "big.yaml").write_text(
            yaml.safe_dump({"rules": copies}, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return folders[0], folders[1]


def one_city(work: Path) -> Path:
    """The 1,000-rule corpus with every release and every rule moved to its first city: what a city's
    own archive of 200 releases is (the figures then differ, but the words to read are the same)."""
    import re

    source, folder = corpus(work, 1000), work / "one-city-1000"
    if (folder / "seeds" / "releases.yaml").is_file():
        return folder
    staging = work / "one-city-1000.partial"
    shutil.rmtree(staging, ignore_errors=True)
    shutil.copytree(source, staging)
    manifest = staging / "seeds" / "releases.yaml"
    text = manifest.read_text(encoding="utf-8")
    city = re.search(r'^    region: "(.+)"$', text, re.M).group(1)  # type: ignore[union-attr]
    manifest.write_text(re.sub(r'^    region: ".+"$', f'    region: "{city}"', text, flags=re.M), encoding="utf-8")
    for rules in (staging / "rules").glob("*.yaml"):
        rules.write_text(re.sub(r"^(\s*)region: .+$", rf"\g<1>region: {city}", rules.read_text(encoding="utf-8"),
                                flags=re.M), encoding="utf-8")
    staging.rename(folder)
    return folder


def extraction(passes: int = 15) -> tuple[float, float]:
    """MB/s of `extract` on the seeds, and of NFKC normalisation of the same text."""
    import unicodedata

    sys.path.insert(0, str(ROOT))
    from checker.draft.extract import extract
    from checker.inputs.releases import ReleaseText, load_corpus

    seeds = load_corpus(ROOT / "seeds", "seeds")
    texts = [seeds.releases[rid] for rid in sorted(seeds.releases)]
    size = sum(len(text.text.encode("utf-8")) for text in texts)

    def best(work) -> float:
        fastest = float("inf")
        for _ in range(passes):
            fresh = [ReleaseText(t.release, t.path, t.text) for t in texts]  # nothing read before
            start = time.perf_counter()
            work(fresh)
            fastest = min(fastest, time.perf_counter() - start)
        return size / fastest / 1e6

    return (best(lambda fresh: [extract(t) for t in fresh]),
            best(lambda fresh: [unicodedata.normalize("NFKC", t.text) for t in fresh]))


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        model = next(line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                     if line.startswith("model name"))
        cpu = model
    except (OSError, StopIteration):
        pass
    return f"{os.cpu_count()} cores, {cpu}, Python {platform.python_version()}, {platform.system()}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--sizes", default="1000,10000", help="comma list of rule counts (100000 takes minutes)")
    parser.add_argument("--work", type=Path, default=None, help="where generated corpora are kept")
    parser.add_argument("--skip", default="", help="comma list of parts to skip: P1, P2, P3, P4, P5")
    parser.add_argument("--against", type=Path, default=None,
                        help="another checkout of the checker (git worktree add DIR COMMIT), measured in the same "
                             "rounds as this one for P1, P2 and P4: a before-and-after on a noisy machine")
    args = parser.parse_args()
    skip = {part.strip().upper() for part in args.skip.split(",") if part.strip()}
    roots = [("", ROOT)] + ([("against: ", args.against.resolve())] if args.against else [])
    print(f"machine: {machine()}")
    # bytecode as an installed package has it (pip compiles on install): with PYTHONDONTWRITEBYTECODE
    # set, an editable checkout would otherwise compile every module on every run, which the floor's
    # installed libraries never do
    for _, root in roots:
        subprocess.run([PYTHON, "-m", "compileall", "-q", str(root / "checker")], check=True)

    work = args.work or Path(tempfile.mkdtemp(prefix="checker-bench-"))
    if "P1" not in skip:
        rows = cold_start(args.runs, roots, work)
        floor = rows[0][1]
        print(f"\nP1 cold start, median of {args.runs} (ratio to the import floor)")
        for name, seconds, memory in rows:
            print(f"  {name:58} {seconds * 1000:7.0f} ms  {seconds / floor:5.2f}x  {memory:5d} MB")

    if "P2" not in skip:
        sizes = [int(size) for size in args.sizes.split(",")]
        print(f"\nP2 corpora (rules / releases), median of {args.runs} (ratio to the read-and-parse floor)")
        previous: dict[str, tuple[float, int]] | None = None
        previous_size = 1
        for size in sizes:
            got = at_size(work, size, args.runs, roots)
            floor = got["floor"][0]
            for name, (seconds, memory) in got.items():
                growth = ""
                if previous is not None and name != "floor":
                    growth = f"  growth {seconds / previous[name][0]:5.2f}x for {size // previous_size}x"
                print(f"  {size:>6} / {size // 5:<6} {name:18} {seconds:8.2f} s  {seconds / floor:5.2f}x  "
                      f"{memory:6d} MB{growth}")
            previous, previous_size = got, size

    if "P4" not in skip:
        right, wrong = big_release(work)
        print(f"\nP4 one 20 MB release cited by 500 rules, median of {args.runs} (ratio to the run with right quotes)")
        commands: dict[str, Command] = {}
        for tag, root in roots:
            for name, folder in (("right quotes", right), ("7 quotes wrong", wrong)):
                # the wrong quotes make 7 rules invalid: exit 2
                commands[f"{tag}{name}"] = (checker("check", "--rules", str(folder / "rules"), "--seeds",
                                                    str(folder / "seeds"), "--as-of", "2026-11-25", "--format",
                                                    "json", "--fail-on", "none"), root, (0, 2), None)
        got = interleaved(commands, args.runs)
        for name, (seconds, memory) in got.items():
            baseline = got[name.replace("7 quotes wrong", "right quotes")][0]
            print(f"  {name:25} {seconds:8.2f} s  {seconds / baseline:5.2f}x  {memory:6d} MB")

    if "P5" not in skip:
        cities = {"20 cities": corpus(work, 1000), "one city": one_city(work)}
        print(f"\nP5 1,000 rules / 200 releases as one city's, median of {args.runs} (ratio to the same as 20 cities')")
        commands = {}
        for tag, root in roots:
            for name, folder in cities.items():
                commands[f"{tag}{name}"] = (checker("check", "--rules", str(folder / "rules"), "--seeds",
                                                    str(folder / "seeds"), "--as-of", "2026-11-25", "--format",
                                                    "json", "--fail-on", "none", "--workers", "1"), root, (0, 1, 2),
                                            None)
        got = interleaved(commands, args.runs)
        for name, (seconds, memory) in got.items():
            baseline = got[name.replace("one city", "20 cities")][0]
            print(f"  {name:25} {seconds:8.2f} s  {seconds / baseline:5.2f}x  {memory:6d} MB")

    if "P3" not in skip:
        extract_rate, nfkc_rate = extraction()
        print("\nP3 extraction on the seeds (best of 15 passes)")
        print(f"  checker extract: {extract_rate:6.2f} MB/s  (NFKC normalisation of the same text: "
              f"{nfkc_rate:6.1f} MB/s; ratio {nfkc_rate / extract_rate:.1f}x)")


if __name__ == "__main__":
    main()
