"""The releases in seeds/: the manifest, each file's text, and finding quotes in it.

Release files come from PDFs and web pages, so a quote is looked for in a normalised
text: NFKC (full-width digits and punctuation become half-width), the traditional
forms of number words simplified, and all whitespace and line breaks removed. A match
is reported at the line and column of the original file.
"""

from __future__ import annotations

import bisect
import hashlib
import re
from array import array
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import ValidationError

from checker.errors import CheckerError
from checker.flat import FlatIndex, normalise
from checker.loading import Document, Problem, _errors, _problem_from_detail, load_yaml
from checker.models import Release

MANIFEST = "releases.yaml"


@dataclass(frozen=True)
class Match:
    line: int
    col: int
    start: int  # index into the original text
    end: int


@dataclass
class ReleaseText:
    release: Release
    path: Path
    text: str
    flat: str = field(init=False)  # normalised text, whitespace removed
    index: FlatIndex = field(init=False)  # flat position → original position
    line_starts: array[int] = field(init=False)

    def __post_init__(self) -> None:
        self.flat, self.index = normalise(self.text)
        self.line_starts = array("q", [0])
        self.line_starts.extend(match.end() for match in re.finditer("\n", self.text))

    def position(self, original_index: int) -> tuple[int, int]:
        line = bisect.bisect_right(self.line_starts, original_index)
        return line, original_index - self.line_starts[line - 1] + 1

    def find(self, quote: str) -> Match | None:
        needle, _ = normalise(quote)
        if not needle:
            return None
        at = self.flat.find(needle)
        if at < 0:
            return None
        start, end = self.index[at], self.index[at + len(needle) - 1] + 1
        line, col = self.position(start)
        return Match(line, col, start, end)

    def closest(self, quote: str) -> str:
        """The passage most like `quote` (for a message that lets a typo be fixed at once)."""
        needle, _ = normalise(quote)
        if not needle or not self.flat:
            return ""
        votes: dict[int, int] = {}
        grams: dict[str, list[int]] = {}
        for i in range(len(self.flat) - 1):
            grams.setdefault(self.flat[i:i + 2], []).append(i)
        for offset in range(len(needle) - 1):
            for at in grams.get(needle[offset:offset + 2], ()):
                start = at - offset
                votes[start] = votes.get(start, 0) + 1
        if not votes:
            return ""
        import difflib

        candidates = sorted(votes, key=lambda start: (-votes[start], start))[:5]
        windows = {max(0, start + shift) for start in candidates for shift in range(-3, 4)}

        def likeness(start: int) -> tuple[float, int]:
            window = self.flat[start: start + len(needle)]
            return difflib.SequenceMatcher(None, needle, window).ratio(), -start

        best = max(windows, key=likeness)
        end = min(best + len(needle), len(self.flat)) - 1
        first, last = self.index[min(best, len(self.index) - 1)], self.index[max(end, 0)] + 1
        line, _ = self.position(first)
        passage = " ".join(self.text[first:last].split())  # as written, line breaks folded
        return f"line {line}: {passage}"


@dataclass
class Corpus:
    """The releases of one seeds/ folder, by id, and what is wrong with them."""

    folder: Path
    releases: dict[str, ReleaseText] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    unusable: dict[str, str] = field(default_factory=dict)  # release id → why it cannot be quoted from
    manifest_file: str = ""

    def get(self, release_id: str) -> ReleaseText | None:
        return self.releases.get(release_id)


def load_corpus(folder: Path, display: str | None = None) -> Corpus:
    """Read seeds/releases.yaml and every release it lists. A manifest that cannot be read
    at all raises CheckerError; problems with single entries are collected."""
    name = display or str(folder)
    manifest_path = folder / MANIFEST
    manifest_name = f"{name.rstrip('/')}/{MANIFEST}"
    corpus = Corpus(folder, manifest_file=manifest_name)
    if not folder.is_dir():
        raise CheckerError(f"the releases folder {name} does not exist; pass --seeds DIR")
    if not manifest_path.is_file():
        raise CheckerError("the releases folder has no manifest: create it with a `releases:` list (id, file, title, "
                           "publisher, region, published, sha256)", file=manifest_name)
    document = load_yaml(manifest_path, manifest_name)
    corpus.problems.extend(problem for _, problem in document.problems)
    entries = _entries(document)
    seen_ids: dict[str, int] = {}
    seen_files: dict[str, int] = {}
    for index, raw in entries:
        try:
            release = Release.model_validate(raw)
        except ValidationError as error:
            for detail in _errors(error):
                corpus.problems.append(_problem_from_detail(detail, document, ("releases", index), None))
            raw_id = raw.get("id") if isinstance(raw, dict) else None
            if isinstance(raw_id, str) and raw_id:
                line, _ = document.where(("releases", index))
                corpus.unusable.setdefault(raw_id, f"its entry in the manifest is invalid (see {manifest_name}:{line})")
            continue
        line, col = document.where(("releases", index, "id"))
        if release.id in seen_ids:
            corpus.problems.append(Problem(manifest_name, line, col,
                                           f"duplicate release id {release.id!r} (first at line "
                                           f"{seen_ids[release.id]}); ids are unique"))
            continue
        seen_ids[release.id] = line or 0
        file_line, file_col = document.where(("releases", index, "file"))
        if release.file in seen_files:
            corpus.problems.append(Problem(manifest_name, file_line, file_col,
                                           f"{release.file} is listed twice (first at line "
                                           f"{seen_files[release.file]})"))
        seen_files[release.file] = file_line or 0
        path = folder / release.file
        if not _inside(path, folder):
            corpus.problems.append(Problem(manifest_name, file_line, file_col,
                                           f"{release.file} leads outside {name}; a release must be a "
                                           "file inside the releases folder"))
            continue
        def unusable(why: str, short: str, line: int | None = file_line, col: int | None = file_col,
                     release: Release = release) -> None:
            """The release cannot be quoted from: said once at the manifest, briefly in each rule."""
            corpus.unusable.setdefault(release.id, f"its file {release.file} {short} (see {manifest_name}:{line})")
            corpus.problems.append(Problem(manifest_name, line, col, f"release {release.id}: {why}"))

        if not path.is_file():
            unusable(f"the file {release.file} is missing from {name}; restore it or remove the entry", "is missing")
            continue
        try:
            data = path.read_bytes()  # read once: hashed and decoded from the same bytes
        except OSError as error:
            unusable(f"cannot read {release.file}: {error.strerror}", "cannot be read")
            continue
        actual = hashlib.sha256(data).hexdigest()
        if actual != release.sha256:
            sha_line, sha_col = document.where(("releases", index, "sha256"))
            unusable(f"the bytes of {release.file} no longer match the sha256 in {MANIFEST} (file {actual[:12]}…, "
                     f"manifest {release.sha256[:12]}…): the release was altered; restore the original file",
                     "was altered", sha_line, sha_col)
        if not data.strip():
            unusable(f"{release.file} is empty; restore the release text", "is empty")
            continue
        try:
            text = data.decode("utf-8-sig")
            del data
        except UnicodeDecodeError:
            if release.id not in corpus.unusable:  # if altered, that is the message that matters
                unusable(f"{release.file} is not UTF-8 text; convert it to UTF-8 and update its sha256",
                         "is not UTF-8 text")
            continue
        corpus.releases[release.id] = ReleaseText(release, path, text)
    listed = set(seen_files)
    for path in sorted(folder.iterdir()):
        if path.name == MANIFEST or path.name.startswith(".") or not path.is_file():
            continue
        if path.name not in listed:
            corpus.problems.append(Problem(f"{name.rstrip('/')}/{path.name}", None, None,
                                           f"this file is not listed in {MANIFEST}; add an entry for it "
                                           "(checker seeds add) or remove it", severity="warning"))
    return corpus


def _entries(document: Document) -> list[tuple[int, object]]:
    data = document.data
    if not isinstance(data, dict) or not isinstance(data.get("releases"), list):
        line, col = document.where(())
        raise CheckerError("the manifest must be a mapping with the key `releases:` holding a list "
                           "of releases", file=document.file, line=line, col=col)
    extra = [key for key in data if key != "releases"]
    if extra:
        line, col = document.where((extra[0],))
        raise CheckerError(f"unknown key `{extra[0]}`: the manifest holds only `releases:`",
                           file=document.file, line=line, col=col)
    return list(enumerate(data["releases"]))


def _inside(path: Path, folder: Path) -> bool:
    try:
        path.resolve().relative_to(folder.resolve())
    except (ValueError, OSError):
        return False
    return True
