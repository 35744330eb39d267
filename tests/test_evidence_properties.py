"""Finding a quote does not depend on whitespace or line breaks: the real passages of the
bundled rules, in their real releases, with whitespace inserted into or removed from the
release text (and inserted into the quote). Found stays found, not found stays not found,
and the reported line and column point at the passage in the text as altered."""

from __future__ import annotations

from evidence_helpers import SEEDS, bundled_quotes
from hypothesis import given, settings
from hypothesis import strategies as st

from checker.inputs.releases import ReleaseText, load_corpus
from checker.language.folding import normalise

CORPUS = load_corpus(SEEDS)
PAIRS = sorted({(q.source, q.text) for q in bundled_quotes()})
WHITESPACE = st.sampled_from([" ", "  ", "\n", "\r\n", "\n\n", "\t", "\u3000", "\xa0", " \n ", "\u2003"])
NOT_IN_ANY_RELEASE = "※"
SPACES = {rid: [i for i, ch in enumerate(r.text) if ch.isspace()] for rid, r in CORPUS.releases.items()}

assert not CORPUS.diagnostics
assert all(NOT_IN_ANY_RELEASE not in r.text for r in CORPUS.releases.values())


def _release(source: str) -> ReleaseText:
    found = CORPUS.get(source)
    assert found is not None, source
    return found


def _at(text: str, line: int, col: int) -> str:
    """The character at 1-based (line, col), lines ending at \\n (as the checker counts them)."""
    return text.split("\n")[line - 1][col - 1]


def _first_char(quote: str) -> str:
    return normalise(quote)[0][0]


@st.composite
def release_edits(draw, source: str, start: int, end: int):
    """Whitespace insertions (at any index, often in or next to the passage [start, end)) and
    removals of existing whitespace characters, as (index, inserted text or None for delete)."""
    text = _release(source).text
    near = st.integers(max(0, start - 3), min(len(text), end + 3))
    anywhere = st.integers(0, len(text))
    inserts = draw(st.lists(st.tuples(st.one_of(near, near, anywhere), WHITESPACE), max_size=8))
    spaces = SPACES[source]
    near_spaces = [i for i in spaces if start - 40 <= i < end + 40] or spaces
    deletes = draw(st.lists(st.one_of(st.sampled_from(near_spaces), st.sampled_from(spaces)),
                            max_size=8, unique=True)) if spaces else []
    return inserts, deletes


def _apply(text: str, inserts, deletes) -> tuple[str, list[int]]:
    """The altered text, and for each original index its index in the altered text (deleted
    characters map to where they were). An insertion at index i goes before text[i]."""
    before: dict[int, list[str]] = {}
    for index, piece in inserts:
        before.setdefault(index, []).append(piece)
    gone = set(deletes)
    out: list[str] = []
    where: list[int] = []
    length = 0
    for i in range(len(text) + 1):
        for piece in before.get(i, ()):
            out.append(piece)
            length += len(piece)
        where.append(length)
        if i < len(text) and i not in gone:
            out.append(text[i])
            length += 1
    return "".join(out), where


@settings(max_examples=100)
@given(data=st.data(), pair=st.sampled_from(PAIRS), broken=st.booleans())
def test_whitespace_in_release_changes_neither_finding_nor_pointing(data, pair, broken):
    source, quote = pair
    release = _release(source)
    if broken:  # a quote that is not in the release (one character replaced)
        spots = [i for i, ch in enumerate(quote) if not ch.isspace()]
        at = data.draw(st.sampled_from(spots), label="replaced")
        quote = quote[:at] + NOT_IN_ANY_RELEASE + quote[at + 1:]
    original = release.find(quote)
    assert (original is None) == broken
    start, end = (original.start, original.end) if original else (0, len(release.text))
    inserts, deletes = data.draw(release_edits(source, start, end), label="edits")

    text, where = _apply(release.text, inserts, deletes)
    altered = ReleaseText(release.release, release.path, text)
    match = altered.find(quote)

    if broken:
        assert match is None
        return
    assert match is not None and original is not None, "whitespace in the release hid the quote"
    assert match.start == where[original.start]
    assert (match.line, match.col) == altered.position(match.start)
    assert _at(text, match.line, match.col) == release.text[original.start]
    assert normalise(_at(text, match.line, match.col))[0] == _first_char(quote)
    assert normalise(text[match.start:match.end])[0] == normalise(quote)[0]


@settings(max_examples=100)
@given(data=st.data(), pair=st.sampled_from(PAIRS))
def test_whitespace_in_quote_changes_neither_finding_nor_pointing(data, pair):
    source, quote = pair
    release = _release(source)
    original = release.find(quote)
    assert original is not None
    inserts = data.draw(st.lists(st.tuples(st.integers(0, len(quote)), WHITESPACE), min_size=1, max_size=6),
                        label="inserts")
    spaced, _ = _apply(quote, inserts, [])
    match = release.find(spaced)
    assert match == original and match is not None
    assert normalise(_at(release.text, match.line, match.col))[0] == _first_char(spaced.strip())


@settings(max_examples=60)
@given(data=st.data(), pair=st.sampled_from(PAIRS))
def test_whitespace_on_both_sides_at_once(data, pair):
    source, quote = pair
    release = _release(source)
    original = release.find(quote)
    assert original is not None
    inserts, deletes = data.draw(release_edits(source, original.start, original.end), label="release edits")
    text, where = _apply(release.text, inserts, deletes)
    quote_inserts = data.draw(st.lists(st.tuples(st.integers(0, len(quote)), WHITESPACE), max_size=4),
                              label="quote inserts")
    spaced, _ = _apply(quote, quote_inserts, [])
    match = ReleaseText(release.release, release.path, text).find(spaced)
    assert match is not None
    assert match.start == where[original.start]
    assert normalise(_at(text, match.line, match.col))[0] == _first_char(spaced.lstrip())
