"""Verdicts kept between runs (checker/judge/cache.py) are the verdicts a run without them gives.

Each test judges the same files three ways: with no cache, with an empty one (which it fills),
and with the cache filled; then changes one thing a verdict rests on (a release's text, its
manifest entry, a rule file, the date) and judges again with the cache: the verdicts must be
those of a run without it. The reports are compared as bytes.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from conftest import ROOT, RULES, SEEDS

from checker.judge.cache import VerdictCache, fingerprint
from checker.judge.pipeline import Audit, run_audit
from checker.locale import Lang, words
from checker.report.formats import Format, Options, renderer

AS_OF = date(2026, 11, 25)
KINDERGARTENS = "xinxiang-2023-public-kindergartens"


def _report(audit: Audit, form: Format = Format.json) -> str:
    text = renderer(form)(audit, Options(words(Lang.en), frozenset()))
    if not isinstance(text, str):
        pieces: list[str] = []
        text(pieces.append)
        text = "".join(pieces)
    return text


def _judged(rules: Path, seeds: Path, cache: Path | None, as_of: date = AS_OF, workers: int = 1) -> Audit:
    return run_audit([rules], seeds, as_of, 90, workers=workers, cache=cache)


def _alike(one: Audit, other: Audit) -> None:
    assert one.verdicts == other.verdicts
    assert one.problems() == other.problems()
    for form in (Format.json, Format.markdown):
        assert _report(one, form) == _report(other, form)


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """The bundled rules and seeds, copied to be changed."""
    shutil.copytree(RULES, tmp_path / "rules")
    shutil.copytree(SEEDS, tmp_path / "seeds")
    return tmp_path


def _status(audit: Audit, rule_id: str) -> str:
    return next(verdict.status.value for verdict in audit.verdicts if verdict.rule_id == rule_id)


def test_kept_verdicts_are_the_verdicts_judged_afresh(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    fresh = _judged(RULES, SEEDS, None)
    first = _judged(RULES, SEEDS, cache)
    again = _judged(RULES, SEEDS, cache)
    assert (fresh.kept, first.kept, again.kept) == (0, 0, len(fresh.verdicts))
    _alike(fresh, first)
    _alike(fresh, again)
    # another date: evaluated again from the evidence kept, the quotes not read
    later = date(2030, 1, 1)
    assert _judged(RULES, SEEDS, cache, later).kept == 0
    _alike(_judged(RULES, SEEDS, None, later), _judged(RULES, SEEDS, cache, later))
    assert _judged(RULES, SEEDS, cache, later).kept == len(fresh.verdicts)
    assert _judged(RULES, SEEDS, cache).kept == len(fresh.verdicts)  # the first date is still kept too


def _rewrite_release(seeds: Path, release_id: str, old: str, new: str) -> None:
    """Change a release's text and the sha256 the manifest declares for it, as an author would."""
    import yaml

    manifest = seeds / "releases.yaml"
    entry = next(e for e in yaml.safe_load(manifest.read_text(encoding="utf-8"))["releases"] if e["id"] == release_id)
    path = seeds / entry["file"]
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")
    sha = hashlib.sha256(path.read_bytes()).hexdigest()
    manifest.write_text(manifest.read_text(encoding="utf-8").replace(entry["sha256"], sha), encoding="utf-8")


def test_a_release_rewritten_is_read_again(project: Path) -> None:
    cache = project / "cache"
    before = _judged(project / "rules", project / "seeds", cache)
    assert _status(before, KINDERGARTENS) == "met"
    _rewrite_release(project / "seeds", "xinxiang-2024-01-22", "实际新建和改扩建公办幼儿园27所",
                     "实际新建和改扩建公办幼儿园25所")
    after = _judged(project / "rules", project / "seeds", cache)
    assert _status(after, KINDERGARTENS) == "invalid"  # the quote is no longer in it
    assert after.kept < len(before.verdicts)
    _alike(after, _judged(project / "rules", project / "seeds", None))


def test_a_release_altered_without_its_sha256_is_refused_as_without_a_cache(project: Path) -> None:
    cache = project / "cache"
    _judged(project / "rules", project / "seeds", cache)
    release = project / "seeds" / "001_211da1db43f6adac.txt"
    release.write_bytes(release.read_bytes() + b"\n")
    after = _judged(project / "rules", project / "seeds", cache)
    assert _status(after, KINDERGARTENS) == "invalid"
    _alike(after, _judged(project / "rules", project / "seeds", None))


def test_a_manifest_entry_changed_is_judged_again(project: Path) -> None:
    """A release published later than the date judged as of: its outcomes no longer count."""
    cache = project / "cache"
    _judged(project / "rules", project / "seeds", cache)
    manifest = project / "seeds" / "releases.yaml"
    manifest.write_text(manifest.read_text(encoding="utf-8").replace("published: 2024-01-22",
                                                                      "published: 2027-01-22"), encoding="utf-8")
    after = _judged(project / "rules", project / "seeds", cache)
    assert _status(after, KINDERGARTENS) != "met"
    _alike(after, _judged(project / "rules", project / "seeds", None))


def test_a_rule_file_edited_is_judged_again_with_its_new_lines(project: Path) -> None:
    cache = project / "cache"
    _judged(project / "rules", project / "seeds", cache)
    rules = project / "rules" / "xinxiang.yaml"
    text = rules.read_text(encoding="utf-8")
    # two lines more at the top (every position moves) and a figure the quote does not say
    rules.write_text("# edited\n#\n" + text.replace("      - value: 27所\n", "      - value: 29所\n", 1),
                     encoding="utf-8")
    after = _judged(project / "rules", project / "seeds", cache)
    fresh = _judged(project / "rules", project / "seeds", None)
    assert _status(after, KINDERGARTENS) == "invalid"
    _alike(after, fresh)
    assert 0 < after.kept < len(after.verdicts)  # the other files' verdicts were kept


def test_a_quote_found_in_another_release_is_not_kept(project: Path) -> None:
    """Where a quote is not in its release, every other release is searched: that verdict rests
    on the whole corpus, and is judged again each run."""
    cache = project / "cache"
    rules = project / "rules" / "xinxiang.yaml"
    rules.write_text(rules.read_text(encoding="utf-8").replace(
        "        source: xinxiang-2024-01-22\n        quote: \"实际新建和改扩建公办幼儿园27所\"",
        "        source: xinxiang-2025-01-14\n        quote: \"实际新建和改扩建公办幼儿园27所\"", 1), encoding="utf-8")
    first = _judged(project / "rules", project / "seeds", cache)
    verdict = next(v for v in first.verdicts if v.rule_id == KINDERGARTENS)
    assert any(d.message.code == "quote-in-other-release" for d in verdict.diagnostics)
    assert _judged(project / "rules", project / "seeds", cache).kept == len(first.verdicts) - 1
    # the release it was found in taken out of the manifest: the message changes with it
    manifest = project / "seeds" / "releases.yaml"
    entries = manifest.read_text(encoding="utf-8").split("\n  - id: ")
    manifest.write_text("\n  - id: ".join(e for e in entries if not e.startswith("xinxiang-2024-01-22")),
                        encoding="utf-8")
    _alike(_judged(project / "rules", project / "seeds", cache), _judged(project / "rules", project / "seeds", None))


def test_a_torn_or_foreign_entry_is_a_miss(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    fresh = _judged(RULES, SEEDS, cache)
    entries = sorted(cache.rglob("*.pickle"))
    assert entries
    entries[0].write_bytes(entries[0].read_bytes()[:100])  # torn
    entries[1].write_bytes(b"checker-cache 1\n" + b"\x80\x05K\x01.")  # a pickle, but of 1
    again = _judged(RULES, SEEDS, cache)
    _alike(fresh, again)
    assert again.kept < len(fresh.verdicts)
    assert _judged(RULES, SEEDS, cache).kept == len(fresh.verdicts)  # written whole again


def test_a_cache_that_cannot_be_written_is_no_cache(tmp_path: Path) -> None:
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder\n", encoding="utf-8")
    fresh = _judged(RULES, SEEDS, None)
    _alike(fresh, _judged(RULES, SEEDS, blocked))
    assert _judged(RULES, SEEDS, blocked).kept == 0
    assert blocked.read_text(encoding="utf-8") == "not a folder\n"


def test_two_processes_keep_and_find_what_one_does(tmp_path: Path) -> None:
    """A large audit's files are shared out: the parts of a file judged in two processes are
    kept as one entry, and found again whatever the number of processes."""
    corpus = tmp_path / "corpus"
    subprocess.run([sys.executable, str(ROOT / "benchmarks" / "corpus.py"), str(corpus), "--rules", "600",
                    "--releases", "120"], check=True, stdout=subprocess.DEVNULL)
    # one big file, so that its rules are cut into parts for both processes
    rules = corpus / "rules"
    files = sorted(rules.glob("*.yaml"))
    big = "rules:\n" + "".join(path.read_text(encoding="utf-8").split("rules:\n", 1)[1] for path in files)
    for path in files:
        path.unlink()
    (rules / "all.yaml").write_text(big, encoding="utf-8")
    cache = tmp_path / "cache"
    fresh = _judged(rules, corpus / "seeds", None, workers=1)
    two = _judged(rules, corpus / "seeds", cache, workers=2)
    assert two.kept == 0
    _alike(fresh, two)
    for workers in (1, 2):
        again = _judged(rules, corpus / "seeds", cache, workers=workers)
        assert again.kept == len(fresh.verdicts)
        _alike(fresh, again)


def test_a_changed_checker_keeps_its_verdicts_apart(tmp_path: Path) -> None:
    package = tmp_path / "checker"
    shutil.copytree(ROOT / "checker", package, ignore=shutil.ignore_patterns("__pycache__"))
    before = fingerprint(package)
    module = package / "judge" / "evaluate.py"
    os.utime(module, ns=(module.stat().st_atime_ns, module.stat().st_mtime_ns + 1_000_000_000))
    assert fingerprint(package) != before
    assert VerdictCache(tmp_path).folder.name == fingerprint()


def _cli(*args: str, cache: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "checker", "check", "--as-of", "2026-11-25", "--format", "json",
                           "--fail-on", "none", "-v", *args], cwd=ROOT, capture_output=True, text=True,
                          env={**os.environ, "CHECKER_CACHE_DIR": str(cache)})


def test_the_command_line_keeps_verdicts_and_says_so(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    off = _cli("--no-cache", cache=cache)
    assert not cache.exists()  # --no-cache keeps nothing
    first, second = _cli(cache=cache), _cli(cache=cache)
    assert off.stdout == first.stdout == second.stdout
    assert "kept from an earlier run" not in first.stderr
    rules = len(_judged(RULES, SEEDS, None).verdicts)
    assert f"({rules} verdicts kept from an earlier run" in second.stderr
    assert (cache / "CACHEDIR.TAG").is_file()
    elsewhere = tmp_path / "elsewhere"
    chosen = _cli("--cache-dir", str(elsewhere), cache=cache)
    assert chosen.stdout == off.stdout and any(elsewhere.rglob("*.pickle"))


def test_a_later_release_of_the_region_added_is_read_again(project: Path) -> None:
    """A release added since, of the same region and published after one a rule quotes, may revise a figure
    quoted (checker/judge/revisions.py): the rule is judged again, not kept."""
    cache = project / "cache"
    before = _judged(project / "rules", project / "seeds", cache)
    assert _status(before, KINDERGARTENS) == "met"
    text = "新乡市2023年民生实事复核情况\n\n经复核，2023年实际新建和改扩建公办幼儿园为24所。\n".encode()
    (project / "seeds" / "recheck.txt").write_bytes(text)
    with (project / "seeds" / "releases.yaml").open("a", encoding="utf-8") as manifest:
        manifest.write(f"  - id: xinxiang-recheck\n    file: recheck.txt\n    title: 新乡市2023年民生实事复核情况\n"
                       f"    publisher: 新乡市人民政府\n    region: 新乡市\n    published: 2025-06-01\n"
                       f"    sha256: {hashlib.sha256(text).hexdigest()}\n")
    after = _judged(project / "rules", project / "seeds", cache)
    assert _status(after, KINDERGARTENS) == "invalid"
    assert "outcome-revised-later" in {p.code for v in after.verdicts if v.rule_id == KINDERGARTENS
                                       for p in v.diagnostics}
    _alike(after, _judged(project / "rules", project / "seeds", None))
