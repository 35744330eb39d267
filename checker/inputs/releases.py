"""The releases in seeds/: the manifest, each file's text, and finding quotes in it.

Release files come from PDFs and web pages, so a quote is looked for in a normalised
text: NFKC (full-width digits and punctuation become half-width), the traditional
forms of number words simplified, and all whitespace and line breaks removed. A match
is reported at the line and column of the original file.
"""

from __future__ import annotations

import bisect
import functools
import hashlib
import re
from array import array
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from pydantic import ValidationError

from checker.diagnostics import CheckerError, Diagnostic, Position, Severity
from checker.frozen import record
from checker.inputs.models import Release
from checker.inputs.pydantic_errors import diagnostics_of
from checker.inputs.yamlfile import Document, load_yaml
from checker.language import regex
from checker.language.folding import FlatIndex, normalise
from checker.language.script import is_simplified, to_simplified
from checker.messages import Message, os_reason

if TYPE_CHECKING:  # read when a quote is checked, not when releases are loaded (a kept verdict needs neither)
    from checker.language.claims import ClaimKind, ClaimReader, Reading, SentenceClaims

MANIFEST = "releases.yaml"
_CONTEXT = 240  # characters read on each side of a quote: its sentence, and a list it belongs to
_VOTING_PAIRS = 24  # character pairs of a quote not found that look for the passage most like it
# a quote that opens with what may be a list's number before a figure (2．4个…, in the flat text 2.4个…)
_OPENS_WITH_ITEM = regex.compile(r"^\d{1,2}\.\d")
_ITEM_POINT = regex.compile(r"^\s*(\d{1,2})(?:．|\.)(?=\s*\d)")
# the meeting a transcript records, at its head: 2025年12月29日上午，…召开新闻发布会
_MEETING_HELD = re.compile(r"((?:19|20)\d\d)年(\d{1,2})月(\d{1,2})日[^。\n]{0,40}?(?:召开|举行|举办)[^。\n]{0,30}?"
                           r"(?:新闻发布会|发布会|通报会|座谈会|会议)")
READ_WHOLE = 200_000  # a release this long or shorter is read sentence by sentence; a longer one around each quote


@record
class Match:
    """Where a quote was found in a release: line and column, and its extent in the text."""

    line: int
    col: int
    start: int  # index into the original text
    end: int


@dataclass
class ReleaseText:
    """A release's text as stored in seeds/, read (normalised, claim by claim) when first needed."""

    release: Release
    path: Path
    text: str

    # Normalised when first needed, not when loaded: a release no rule cites costs its hash
    # only, and in a large audit each judging process normalises the releases its rules cite.
    @functools.cached_property
    def _normalised(self) -> tuple[str, FlatIndex]:
        return normalise(self.text)

    @property
    def flat(self) -> str:
        """The normalised text, whitespace removed."""
        return self._normalised[0]

    @property
    def index(self) -> FlatIndex:
        """Flat position → original position."""
        return self._normalised[1]

    @functools.cached_property
    def line_starts(self) -> array[int]:
        starts = array("q", [0])
        starts.extend(match.end() for match in re.finditer("\n", self.text))
        return starts

    def position(self, original_index: int) -> tuple[int, int]:
        line = bisect.bisect_right(self.line_starts, original_index)
        return line, original_index - self.line_starts[line - 1] + 1

    @functools.cached_property
    def simplified(self) -> str:
        """The flat text with traditional characters simplified (the same length: positions hold)."""
        return to_simplified(self.flat)

    @functools.cached_property
    def said_on(self) -> date:
        """The day its words were said, that 今年 and 去年 are read against: the day of the meeting a transcript
        records, where its head says so (2025年12月29日上午，…召开新闻发布会, published 2026-01-08), else the day it
        was published."""
        published = self.release.published
        found = _MEETING_HELD.search(self.text, 0, min(len(self.text), 600))
        if found is not None:
            try:
                held = date(int(found.group(1)), int(found.group(2)), int(found.group(3)))
            except ValueError:
                return published
            if 0 < (published - held).days <= 60:
                return held
        return published

    @functools.cached_property
    def reader(self) -> ClaimReader:
        from checker.language.claims import ClaimReader

        return ClaimReader(self.text, self.simplified, self.index, self.said_on)

    def section_at(self, at: int) -> ClaimKind | None:
        """What the section title over position `at` announces (一、2025年工作回顾: results; 二、2026年工作安排:
        tasks), if any; None in a release too long to read whole."""
        from checker.language.claims import flat_at

        if len(self.text) > READ_WHOLE:
            return None
        return self.reader.section_at(flat_at(self.index, at, len(self.flat)))

    @functools.cached_property
    def reading(self) -> Reading:
        """What the whole release says, claim by claim (for drafting rules from it)."""
        return self.reader.reading(self.reader.claims(0, len(self.flat)))

    def reading_around(self, start: int, end: int) -> Reading:
        """What the release says around a passage [start, end): the whole release's words, and the
        claims of the passage's sentences (what the checks of a quote look at). Each sentence is
        read once, when a passage first needs it, so a check costs what its quote's sentences
        cost. Positions are in the whole text. A very long release is read around the passage
        alone, apart from the rest."""
        from checker.language.claims import flat_at, read_claims, sentence_start

        if "reading" in self.__dict__:
            return self.reading
        if len(self.text) > READ_WHOLE:
            left = max(0, start - _CONTEXT)
            stop = self.text.rfind("。", left, start)
            left = stop + 1 if stop >= 0 and start - stop < _CONTEXT // 2 else left
            right = min(len(self.text), end + _CONTEXT)
            return read_claims(self.text[left:right], self.said_on).shifted(left)
        reader = self.reader
        # the checks look back to the start of the quote's sentence (judge.stated), no further
        low = reader.sentence_start(flat_at(self.index, sentence_start(self.text, start, titles=False), len(self.flat)))
        high = reader.sentence_end(max(flat_at(self.index, end, len(self.flat)) - 1, low))
        return reader.reading(self._sentences.claims(reader, low, high))

    @functools.cached_property
    def _sentences(self) -> SentenceClaims:
        from checker.language.claims import SentenceClaims

        return SentenceClaims()

    def find(self, quote: str) -> Match | None:
        """Where the quote is, whitespace, full-width forms and script (traditional or
        simplified, in the quote or in the release) aside."""
        needle, _ = normalise(quote)
        if not needle:
            return None
        at = _whole_find(self.flat, needle)
        if at < 0 and not (is_simplified(needle) and self.simplified is self.flat):
            at = _whole_find(self.simplified, to_simplified(needle))
        if at < 0 and _OPENS_WITH_ITEM.match(needle):
            # (a quote from a list's item: 2．4个乡镇卫生院…, whose point the release reads as 2、; see folding)
            return self.find(_ITEM_POINT.sub("\\1、", quote, count=1))
        if at < 0:
            return None
        start, end = self.index[at], self.index[at + len(needle) - 1] + 1
        line, col = self.position(start)
        return Match(line, col, start, end)

    def find_again(self, quote: str, match: Match) -> Match | None:
        """The next place after `match` where the quote is, as `find` reads it; None where there is none."""
        needle, _ = normalise(quote)
        if not needle or match.start >= len(self.text):
            return None
        for flat in (self.flat, self.simplified if self.simplified is not self.flat else None):
            if flat is None:
                continue
            begin = bisect.bisect_right(self.index, match.start)
            at = flat.find(needle if flat is self.flat else to_simplified(needle), begin)
            if at >= 0:
                start, end = self.index[at], self.index[at + len(needle) - 1] + 1
                line, col = self.position(start)
                return Match(line, col, start, end)
        return None

    def closest(self, quote: str) -> tuple[int, str] | None:
        """The passage most like `quote` (for a message that lets a typo be fixed at once)."""
        needle, _ = normalise(quote)
        if not needle or not self.flat:
            return None
        # each pair of the quote's characters votes for where the quote would start; the pairs
        # are searched for in the text as it is (no index of the release, which in a 20 MB
        # release would cost seconds and hundreds of MB for each quote not found)
        votes: dict[int, int] = {}
        offsets = range(len(needle) - 1)
        if len(offsets) > _VOTING_PAIRS:
            offsets = range(0, len(needle) - 1, -(-(len(needle) - 1) // _VOTING_PAIRS))
        for offset in offsets:
            for found in re.finditer(re.escape(needle[offset:offset + 2]), self.flat):
                start = found.start() - offset
                votes[start] = votes.get(start, 0) + 1
        if not votes:
            return None
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
        return line, passage


@dataclass
class Corpus:
    """The releases of one seeds/ folder, by id, and what is wrong with them."""

    folder: Path
    releases: dict[str, ReleaseText] = field(default_factory=dict)
    diagnostics: list[Diagnostic] = field(default_factory=list)
    unusable: dict[str, Message] = field(default_factory=dict)  # release id → why it cannot be quoted from
    manifest_file: str = ""

    def get(self, release_id: str) -> ReleaseText | None:
        return self.releases.get(release_id)

    def of_region_after(self, region: str, day: date, same_day: bool = False) -> list[ReleaseText]:
        """The releases about `region` (or a name of it with or without 市, 县…) published after `day` (or on it,
        with `same_day`), oldest first: indexed once, so that a check of each outcome against later releases costs
        what those are."""
        index = self.__dict__.get("_by_region")
        if index is None:
            index = {}
            for text in sorted(self.releases.values(), key=lambda t: (t.release.published, t.release.id)):
                index.setdefault(text.release.region.rstrip("市县区旗省"), []).append(text)
            self.__dict__["_by_region"] = index
        return [text for text in index.get(region.rstrip("市县区旗省"), [])
                if text.release.published > day or same_day and text.release.published == day]

    def normalise_long(self) -> None:
        """Normalise now the releases read around each quote rather than whole (over READ_WHOLE
        characters): before judging processes fork, so that they share it, not each make it."""
        for text in self.releases.values():
            if len(text.text) > READ_WHOLE:
                text.flat  # noqa: B018  (a cached property: reading it makes it)


def load_corpus(folder: Path, display: str | None = None) -> Corpus:
    """Read seeds/releases.yaml and every release it lists. A manifest that cannot be read
    at all raises CheckerError; problems with single entries are returned with the corpus."""
    name = display or str(folder)
    manifest_path = folder / MANIFEST
    manifest_name = f"{name.rstrip('/')}/{MANIFEST}"
    corpus = Corpus(folder, manifest_file=manifest_name)
    if not folder.is_dir():
        raise CheckerError(Message("seeds-folder-missing", folder=name))
    if not manifest_path.is_file():
        raise CheckerError(Message("seeds-no-manifest"), file=manifest_name)
    document = load_yaml(manifest_path, manifest_name, grows=True)
    corpus.diagnostics.extend(problem for _, problem in document.problems)
    entries = _entries(document)
    resolved_folder = folder.resolve()
    seen_ids: dict[str, int] = {}
    seen_files: dict[str, int] = {}
    for index, raw in entries:
        try:
            release = Release.model_validate(raw)
        except ValidationError as error:
            corpus.diagnostics.extend(diagnostics_of(error, document, ("releases", index), None))
            raw_id = raw.get("id") if isinstance(raw, dict) else None
            if isinstance(raw_id, str) and raw_id:
                line, _ = document.where(("releases", index))
                corpus.unusable.setdefault(raw_id, Message("release-entry-invalid", manifest=manifest_name, line=line))
            continue
        line, col = document.where(("releases", index, "id"))
        if release.id in seen_ids:
            corpus.diagnostics.append(Diagnostic(Message("release-duplicate-id", release=release.id,
                                                         first=seen_ids[release.id]),
                                                 position=Position(manifest_name, line, col)))
            continue
        seen_ids[release.id] = line or 0
        file_line, file_col = document.where(("releases", index, "file"))
        if release.file in seen_files:
            corpus.diagnostics.append(Diagnostic(Message("release-file-twice", file=release.file,
                                                         first=seen_files[release.file]),
                                                 position=Position(manifest_name, file_line, file_col)))
        seen_files[release.file] = file_line or 0
        path = folder / release.file
        if not _inside(path, resolved_folder):
            corpus.diagnostics.append(Diagnostic(Message("release-file-outside", file=release.file, folder=name),
                                                 position=Position(manifest_name, file_line, file_col)))
            continue
        def unusable(why: Message, short: str, line: int | None = file_line, col: int | None = file_col,
                     release: Release = release) -> None:
            """The release cannot be quoted from: said once at the manifest, briefly in each rule."""
            corpus.unusable.setdefault(release.id, Message("release-unusable", file=release.file,
                                                           why=Message(short), manifest=manifest_name, line=line))
            corpus.diagnostics.append(Diagnostic(Message("release-problem", release=release.id, why=why),
                                                 position=Position(manifest_name, line, col)))

        if not path.is_file():
            unusable(Message("release-missing", file=release.file, folder=name), "release-short-missing")
            continue
        try:
            data = path.read_bytes()  # read once: hashed and decoded from the same bytes
        except OSError as error:
            unusable(Message("release-unreadable", file=release.file, reason=os_reason(error)),
                     "release-short-unreadable")
            continue
        actual = hashlib.sha256(data).hexdigest()
        if actual != release.sha256:
            sha_line, sha_col = document.where(("releases", index, "sha256"))
            unusable(Message("release-altered", file=release.file, manifest=MANIFEST, actual=actual[:12],
                             declared=release.sha256[:12]), "release-short-altered", sha_line, sha_col)
        if not data.strip():
            unusable(Message("release-empty", file=release.file), "release-short-empty")
            continue
        try:
            text = data.decode("utf-8-sig")
            del data
        except UnicodeDecodeError:
            if release.id not in corpus.unusable:  # if altered, that is the message that matters
                unusable(Message("release-not-utf8", file=release.file), "release-short-not-utf8")
            continue
        corpus.releases[release.id] = ReleaseText(release, path, text)
    listed = set(seen_files)
    for path in sorted(folder.iterdir()):
        if path.name == MANIFEST or path.name.startswith(".") or not path.is_file():
            continue
        if path.name not in listed:
            corpus.diagnostics.append(Diagnostic(Message("release-unlisted", manifest=MANIFEST), Severity.warning,
                                                 Position(f"{name.rstrip('/')}/{path.name}")))
    return corpus


def _entries(document: Document) -> list[tuple[int, object]]:
    data = document.data
    if not isinstance(data, dict) or not isinstance(data.get("releases"), list):
        line, col = document.where(())
        raise CheckerError(Message("manifest-not-mapping"), file=document.file, line=line, col=col)
    extra = [key for key in data if key != "releases"]
    if extra:
        line, col = document.where((extra[0],))
        raise CheckerError(Message("manifest-unknown-key", key=extra[0]), file=document.file, line=line, col=col)
    return list(enumerate(data["releases"]))


def _inside(path: Path, resolved_folder: Path) -> bool:
    """Whether the file is in the folder. The manifest's model allows a plain name only, so
    only a link can lead elsewhere: the others are not resolved (a manifest of 20,000 releases
    would cost a stat of every folder above each)."""
    try:
        if not path.is_symlink():
            return True
        path.resolve().relative_to(resolved_folder)
    except (ValueError, OSError):
        return False
    return True


_NUMBER_CHARS = "0123456789."


def _whole_find(text: str, needle: str) -> int:
    """Where `needle` is in `text`: the first place it does not begin or end inside a number
    (50所 stands whole in 2025年50所, not in 150所), else the first place; -1 where it is not."""
    first = at = text.find(needle)
    edges = needle[0] in _NUMBER_CHARS, needle[-1] in _NUMBER_CHARS
    if not any(edges):
        return first
    while at >= 0:
        cut_before = edges[0] and at > 0 and text[at - 1] in _NUMBER_CHARS
        cut_after = edges[1] and text[at + len(needle):at + len(needle) + 1] in tuple(_NUMBER_CHARS)
        if not cut_before and not cut_after:
            return at
        at = text.find(needle, at + 1)
    return first
