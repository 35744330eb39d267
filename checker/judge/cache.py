"""Verdicts kept between runs: a rule whose file, cited releases and checker have not changed
since a run judged it is not judged again.

CI runs the checker on every commit, and a commit changes a few rules or adds a release: the
rest of a province's corpus would be judged again, word by word, for the same verdicts. Each
rule file has one entry, named by the file as displayed and the sha256 of its bytes (so every
position in a kept diagnostic is still right), made under a fingerprint of the checker's own
files and of the Python and libraries that run them. Each of its rules keeps

- what it cites: the id and a fingerprint of every release it quotes (the manifest's entry,
  whose sha256 the release's bytes were checked against), and of every release of the same region
  published after one it quotes (which may revise a figure quoted): a release changed, added to the
  manifest under that id or taken away, or a later release of the region added, makes the rule
  judged again;
- its evidence, which no date changes, and its verdicts as of the last few dates judged: a
  verdict as of another date is evaluated again from the evidence kept, its quotes not read.

A rule is not kept where its verdict depends on more than its own releases: a quote not found
in its release is looked for in every other one, an unknown release is compared with every id.

The cache lives in the user's cache folder, never in the project: a cache that came with a
repository could make a verdict say anything (a pickle can run code), so it is only read
where this user's own runs wrote it. Anything unreadable in it is a miss; a cache that cannot
be written is no cache. The verdicts are the same with it and without it (tests/test_cache.py).
"""

from __future__ import annotations

import hashlib
import os
import pickle
import sys
import tempfile
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from checker.frozen import record

if TYPE_CHECKING:
    from checker.diagnostics import Diagnostic
    from checker.inputs.releases import Corpus
    from checker.judge.verdict import Evidence, Verdict

FORMAT = b"checker-cache 1\n"
DATES_KEPT = 4  # verdicts of a rule kept for so many (as-of, grace days) at once: check and validate both
ENVIRONMENT = "CHECKER_CACHE_DIR"
# a verdict with one of these looked beyond its own releases (every id, every release's text)
_CORPUS_WIDE = frozenset({"quote-not-found", "quote-in-other-release", "quote-unknown-release",
                          "quote-release-unusable"})

Cites = tuple[tuple[str, str], ...]  # (release id, fingerprint of its manifest entry) of each release quoted
When = tuple[date, int]  # as of, grace days


@record
class KeptRule:
    """One rule's evidence and its latest verdicts, with the releases they rest on."""

    id: str | None  # None: the rule did not load
    cites: Cites
    evidence: Evidence | None  # None: an invalid rule, judged from its file alone
    verdicts: tuple[tuple[When, Verdict], ...]

    def verdict(self, when: When) -> Verdict | None:
        for kept_when, verdict in self.verdicts:
            if kept_when == when:
                return verdict
        return None

    def with_verdict(self, when: When, verdict: Verdict) -> KeptRule:
        others = tuple(item for item in self.verdicts if item[0] != when)[:DATES_KEPT - 1]
        return KeptRule(self.id, self.cites, self.evidence, ((when, verdict), *others))


@record
class KeptFile:
    """What a rule file held and how its rules were judged."""

    name: str  # as displayed
    sha256: str
    count: int  # rules in the file
    problems: tuple[Diagnostic, ...]  # the file's own
    rules: tuple[KeptRule | None, ...]  # by index in the file; None: not kept


def default_folder() -> Path:
    """$CHECKER_CACHE_DIR, else the user's cache folder ($XDG_CACHE_HOME or ~/.cache) /checker."""
    chosen = os.environ.get(ENVIRONMENT)
    if chosen:
        return Path(chosen)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "checker"


class VerdictCache:
    """The entries of one checker, as it is now, in `folder`."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder / fingerprint()
        self._release_prints: dict[str, str | None] = {}

    def _path(self, name: str, sha256: str) -> Path:
        return self.folder / (hashlib.sha256(f"{name}\n{sha256}".encode()).hexdigest()[:40] + ".pickle")

    def read(self, name: str, sha256: str) -> KeptFile | None:
        try:
            data = self._path(name, sha256).read_bytes()
        except OSError:
            return None
        if not data.startswith(FORMAT):
            return None
        try:
            kept = pickle.loads(data[len(FORMAT):])
        except Exception:  # a torn or foreign file is a miss, whatever it raises
            return None
        if not isinstance(kept, KeptFile) or kept.name != name or kept.sha256 != sha256:
            return None
        return kept

    def write(self, kept: KeptFile) -> None:
        """Written beside, then renamed: a reader sees the old entry or the new one. Not synced:
        an entry lost to a crash is judged again."""
        path = self._path(kept.name, kept.sha256)
        try:
            if not self.folder.is_dir():
                self.folder.mkdir(parents=True, exist_ok=True)
                _mark(self.folder.parent)
                _prune(self.folder.parent, keep=self.folder.name)
            data = FORMAT + pickle.dumps(kept, protocol=pickle.HIGHEST_PROTOCOL)
            handle, temporary = tempfile.mkstemp(prefix=".", suffix=".tmp", dir=self.folder)
            try:
                with os.fdopen(handle, "wb") as stream:
                    stream.write(data)
                os.replace(temporary, path)
            except BaseException:
                Path(temporary).unlink(missing_ok=True)
                raise
        except (OSError, pickle.PicklingError, RecursionError):
            pass  # no cache: the next run judges again

    def cites(self, sources: list[str], corpus: Corpus) -> Cites | None:
        """The fingerprints of the releases quoted; None if one cannot be quoted from."""
        found = []
        for source in sources:
            if source not in self._release_prints:
                text = corpus.get(source)
                usable = text is not None and source not in corpus.unusable
                self._release_prints[source] = (
                    hashlib.sha256(f"{corpus.manifest_file}\n{text.release!r}".encode()).hexdigest()[:32]
                    if usable and text is not None else None)
            print_ = self._release_prints[source]
            if print_ is None:
                return None
            found.append((source, print_))
        return tuple(found)

    def still_cited(self, cites: Cites, corpus: Corpus) -> bool:
        sources = [source for source, _ in cites]
        # (a release of the region added since, published after one quoted, may revise its figures)
        return set(with_later(sources, corpus)) == set(sources) and self.cites(sources, corpus) == cites


def with_later(sources: list[str], corpus: Corpus) -> list[str]:
    """The releases quoted and those of the same region published after each: what a verdict rests on, since a
    later release may revise a figure quoted (checker/judge/revisions.py)."""
    found = list(dict.fromkeys(sources))
    for source in list(found):
        text = corpus.get(source)
        if text is not None:
            found += [later.release.id for later in corpus.of_region_after(text.release.region, text.release.published)
                      if later.release.id not in found]
    return found


def keepable(verdict: Verdict) -> bool:
    """Whether the verdict rests on its own releases alone."""
    return not any(d.message.code in _CORPUS_WIDE for d in verdict.diagnostics)


PACKAGE = Path(__file__).resolve().parent.parent
_PRINTS: dict[Path, str] = {}


def fingerprint(package: Path = PACKAGE) -> str:
    """The checker's files (path, size, time of change) and what runs them: any change to the
    code, its phrase tables or its units makes a new cache. (Times, not contents: 77 files are
    looked at in a millisecond, read and hashed in fifteen, a tenth of a cold start.)"""
    if package in _PRINTS:  # the checker's own, worked out once a run
        return _PRINTS[package]
    seen: list[str] = []

    def walk(folder: str) -> None:
        for entry in os.scandir(folder):
            if entry.is_dir(follow_symlinks=False):
                if entry.name != "__pycache__":
                    walk(entry.path)
            elif not entry.name.endswith((".pyc", ".tmp")):
                status = entry.stat()
                seen.append(f"{entry.path}\t{status.st_size}\t{status.st_mtime_ns}")

    walk(str(package))
    versions = [sys.version, *(_version(name) for name in ("checker", "yaml", "pydantic", "pydantic_core"))]
    found = hashlib.sha256("\n".join([*sorted(seen), *versions]).encode()).hexdigest()[:24]
    if package == PACKAGE:
        _PRINTS[package] = found
    return found


def _version(module: str) -> str:
    """The version of a library the checker has imported already (pint is not: its units are
    in the checker's own cache file, which the fingerprint covers)."""
    loaded: Any = sys.modules.get(module)
    return f"{module} {getattr(loaded, '__version__', getattr(loaded, 'VERSION', '?'))}"


def _prune(folder: Path, keep: str, days: int = 30) -> None:
    """The caches of checkers gone by (a folder each, by fingerprint) not written in `days`."""
    import shutil
    import time

    old = time.time() - days * 86400
    for entry in os.scandir(folder):
        if entry.is_dir(follow_symlinks=False) and entry.name != keep and entry.stat().st_mtime < old:
            shutil.rmtree(entry.path, ignore_errors=True)


def _mark(folder: Path) -> None:
    """A CACHEDIR.TAG, so that backup tools leave the cache out."""
    tag = folder / "CACHEDIR.TAG"
    if not tag.exists():
        tag.write_text("Signature: 8a477f597d28d172789f06886806bc55\n"
                       "# The checker's verdicts kept between runs; delete it at any time.\n", encoding="ascii")
