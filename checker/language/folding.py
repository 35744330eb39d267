"""Text with whitespace removed and compatibility forms folded, mapped back to the original.

Releases come from PDFs and web pages: `1.28 万个`, `243\\n\\n个`, full-width `８５％`. Quotes
and quantities are looked for in the flat text; positions are reported in the original.
The map is kept as breakpoints (one per whitespace run or changed character), not one
entry per character, so a large release costs little more than its own text.
"""

from __future__ import annotations

import bisect
import functools
import re
import unicodedata
from array import array

from checker.language import regex

# Traditional forms of the characters quantities are written with. Only these: a general
# traditional→simplified mapping would need a dictionary and could change meanings.
TRADITIONAL = str.maketrans(
    "萬億個餘約兩項場處塊間臺條輛張戶貳參陸內達過計總點時頃噸週額閒於與幾",
    "万亿个余约两项场处块间台条辆张户贰叁陆内达过计总点时顷吨周额闲于与几",
)
_WHITESPACE = regex.compile(r"\s+")
# Full-width ASCII (ＡＢＣ１２３％，) is most of what NFKC changes in Chinese text, one character
# for one: folding it first keeps the common case on the fast path.
FOLD = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)} | TRADITIONAL


@functools.lru_cache(maxsize=4096)
def _nfkc(ch: str) -> str:
    return unicodedata.normalize("NFKC", ch).translate(TRADITIONAL)


# str.translate looks every character up in FOLD; in a release only one in fifty or so is
# foldable (，：（）％ and the like), and a search replaces just those, several times faster
_FOLDABLE = regex.compile("[" + re.escape("".join(map(chr, FOLD))) + "]")
_FOLDED = {chr(code): chr(to) for code, to in FOLD.items()}


def _fold(match: re.Match[str]) -> str:
    return _FOLDED[match.group()]


# The number of a list's item before a figure (2．4个乡镇卫生院…; 4. 15所学校…): with the whitespace gone its
# point would make a decimal, 2.4个. Read as 2、 where the list goes on (an item 1 or 3 marked the same way at
# the start of a line): a figure at a line's start written 3．5万人 with no such neighbour stays a decimal.
_LINE_START = regex.compile(r"(?:^|\n)[ \t\u3000]*([0-9]{1,2})$")
_FIGURE_AFTER = regex.compile(r"[ \t\u3000]*[0-9０-９]")


def _item_marks(source: str) -> list[tuple[str, int, int]]:
    """Each point (．, or . before a space) after a number of one or two digits that opens a line: (point,
    number, where). Found by the points themselves (str.find), which are rare: a scan of every line's start
    would cost a 20 MB release a tenth of a second."""
    marks = []
    for point in ("．", ". "):
        at = source.find(point)
        while at >= 0:
            before = _LINE_START.search(source, max(0, at - 8), at)
            if before is not None:
                marks.append((point, int(before.group(1)), at))
            at = source.find(point, at + 1)
    return marks


def _item_points(source: str) -> str:
    marks = _item_marks(source)
    if len(marks) < 2:
        return source
    seen = {(style, number) for style, number, _ in marks}
    points = sorted(at for style, number, at in marks
                    if ((style, number - 1) in seen or (style, number + 1) in seen)
                    and _FIGURE_AFTER.match(source, at + 1))
    if not points:
        return source
    pieces: list[str] = []
    last = 0
    for at in points:
        pieces += (source[last:at], "、")
        last = at + 1
    pieces.append(source[last:])
    return "".join(pieces)


class Flat:
    """`text` is the flat text; `original(i)` the index in the source of flat character i."""

    def __init__(self, source: str) -> None:
        if "．" in source or ". " in source:
            source = _item_points(source)
        # flat position where a stretch starts → (original - flat) within that stretch
        self._starts = array("q")
        self._deltas = array("q")
        self._lasts: array[int] | None = None  # the original position of each stretch's last character
        folded = _FOLDABLE.sub(_fold, source)
        if unicodedata.is_normalized("NFKC", folded):
            self._whole(folded)
        else:
            self._by_segment(source)

    def _whole(self, folded: str) -> None:
        """The common case: NFKC changes nothing once folded, so only whitespace goes. (Every
        whitespace-free segment of a normalised text is normalised, so this is what reading
        segment by segment gives.)"""
        starts, deltas = self._starts, self._deltas
        position = removed = 0
        # each segment between two runs of whitespace starts a stretch: what is removed before it
        # grows at every run (a run is never empty), so no two stretches share a delta. The runs
        # are taken one at a time: a list of them would hold a 20 MB release's million runs at once.
        for gap in _WHITESPACE.finditer(folded):
            gap_start, gap_end = gap.span()
            if gap_start > position:
                starts.append(position - removed)
                deltas.append(removed)
            removed += gap_end - gap_start
            position = gap_end
        if len(folded) > position:
            starts.append(position - removed)
            deltas.append(removed)
        self.text = _WHITESPACE.sub("", folded)  # one pass, and no copy of each segment held

    def _by_segment(self, source: str) -> None:
        parts: list[str] = []
        flat_length = 0
        position = 0
        for gap in [*_WHITESPACE.finditer(source), None]:
            end = gap.start() if gap else len(source)
            segment = source[position:end]
            if segment:
                flat_length = self._add(segment, position, flat_length, parts)
            if gap is None:
                break
            position = gap.end()
        self.text = "".join(parts)

    def _add(self, segment: str, origin: int, flat_length: int, parts: list[str]) -> int:
        folded = segment.translate(FOLD)  # full-width forms and traditional number words, 1:1
        if unicodedata.is_normalized("NFKC", folded):
            self._mark(flat_length, origin - flat_length)
            parts.append(folded)
            return flat_length + len(folded)
        out: list[str] = []  # rare: a character NFKC changes in length (…, ½, ㎡)
        for offset, ch in enumerate(folded):
            for part in _nfkc(ch):
                if part.isspace():
                    continue
                self._mark(flat_length, origin + offset - flat_length)
                out.append(part)
                flat_length += 1
        parts.append("".join(out))
        return flat_length

    def _mark(self, flat_index: int, delta: int) -> None:
        if not self._deltas or self._deltas[-1] != delta:
            self._starts.append(flat_index)
            self._deltas.append(delta)

    def original(self, flat_index: int) -> int:
        stretch = bisect.bisect_right(self._starts, flat_index) - 1
        return flat_index + self._deltas[max(stretch, 0)]

    def __len__(self) -> int:
        return len(self.text)


class FlatIndex:
    """`index[i]`: the original position of flat character i (a sequence view of a Flat)."""

    def __init__(self, flat: Flat) -> None:
        self._flat = flat

    def __getitem__(self, i: int) -> int:
        flat = self._flat
        if i < 0:
            i += len(flat.text)
        if not 0 <= i < len(flat.text):
            raise IndexError(i)
        stretch = bisect.bisect_right(flat._starts, i) - 1  # Flat.original, inlined: called per figure
        return i + flat._deltas[stretch if stretch > 0 else 0]

    def __len__(self) -> int:
        return len(self._flat)

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original extent of flat [start, end): `(self[start], self[end - 1] + 1)`, in one
        call (several per figure)."""
        flat = self._flat
        length = len(flat.text)
        if not (0 <= start < length and 0 < end <= length):
            return self[start], self[end - 1] + 1  # from the end, or out of range: as indexing does
        starts, deltas = flat._starts, flat._deltas
        first = bisect.bisect_right(starts, start) - 1
        last = bisect.bisect_right(starts, end - 1) - 1
        return start + deltas[first if first > 0 else 0], end + deltas[last if last > 0 else 0]

    def at_or_after(self, original: int) -> int:
        """The first flat position whose original position is `original` or later (the
        length of the flat text if there is none). Original positions never decrease along
        the flat text, so the stretch holding it is found by the last original of each."""
        flat = self._flat
        starts, deltas, length = flat._starts, flat._deltas, len(flat.text)
        if flat._lasts is None:  # made on first use
            ends = [*starts[1:], length] if starts else []
            flat._lasts = array("q", (end - 1 + delta for end, delta in zip(ends, deltas, strict=True)))
        j = bisect.bisect_left(flat._lasts, original)
        if j == len(starts):
            return length
        return max(starts[j], original - deltas[j])


def normalise(text: str) -> tuple[str, FlatIndex]:
    """NFKC, traditional number words simplified, whitespace removed; with the original
    index of every flat character."""
    if len(text) <= _SHORT:
        return _normalise_short(text)
    flat = Flat(text)
    return flat.text, FlatIndex(flat)


_SHORT = 300  # a quote or a quantity: read again by each check of a rule, and by rules sharing it


@functools.lru_cache(maxsize=4096)
def _normalise_short(text: str) -> tuple[str, FlatIndex]:
    flat = Flat(text)  # never changed once made (FlatIndex only adds its own lookup table)
    return flat.text, FlatIndex(flat)
