"""A release is read a sentence at a time, as quotes ask for it (inputs/releases.py,
language/claims.py: ClaimReader, SentenceClaims). What that gives must be what reading the
whole release gives, for every release the project holds, in whatever order passages are
asked for; and the map from original to flat positions it relies on must be exact."""

from __future__ import annotations

import dataclasses
import random
from pathlib import Path

import pytest
from conftest import CASES, EXTRACTION, SEEDS
from hypothesis import given
from hypothesis import strategies as st

from checker.inputs.releases import ReleaseText, load_corpus
from checker.language.claims import Claim, sentence_start
from checker.language.folding import Flat, normalise


def _releases() -> list[tuple[str, ReleaseText]]:
    folders = [SEEDS, *sorted(path.parent for path in CASES.glob("*/seeds/releases.yaml")),
               *sorted(path.parent for path in EXTRACTION.rglob("releases.yaml"))]
    found = []
    for folder in folders:
        corpus = load_corpus(folder)
        found += [(f"{folder.relative_to(SEEDS.parent)}:{rid}", text) for rid, text in sorted(corpus.releases.items())]
    return found


RELEASES = _releases()


def _comparable(claims: tuple[Claim, ...] | list[Claim]) -> list[tuple[Claim, int | None]]:
    """Claims with `item_of` (an index into the list they came in) as the start of the claim it names."""
    return [(dataclasses.replace(claim, item_of=None), None if claim.item_of is None else claims[claim.item_of].start)
            for claim in claims]


def test_the_releases_are_many_and_hold_claims() -> None:
    assert len(RELEASES) >= 80 and sum(len(text.reading.claims) for _, text in RELEASES[:5]) > 200


@pytest.mark.parametrize(("name", "release"), RELEASES, ids=[name for name, _ in RELEASES])
def test_reading_by_sentence_gives_the_whole_reading(name: str, release: ReleaseText) -> None:
    whole = _comparable(ReleaseText(release.release, release.path, release.text).reading.claims)
    lazy = ReleaseText(release.release, release.path, release.text)
    chance = random.Random(name)
    for _ in range(15):  # passages in no particular order, overlapping or not
        start = chance.randrange(len(release.text))
        end = min(len(release.text), start + chance.randint(1, 80))
        got = _comparable(lazy.reading_around(start, end).claims)
        starts = {claim.start for claim, _ in got}
        assert got == [item for item in whole if item[0].start in starts], (start, end)
        # every claim the checks of a quote there look at: from its sentence's start to its end
        left = sentence_start(release.text, start, titles=False)
        assert all(item in got for item in whole if left <= item[0].start < end), (start, end)
    assert _comparable(lazy.reading_around(0, len(release.text)).claims) == whole
    # each figure quoted alone, last first, in a release nothing else was read from
    alone = ReleaseText(release.release, release.path, release.text)
    for claim, owner in reversed(whole):
        got = _comparable(alone.reading_around(claim.start, claim.end).claims)
        assert (claim, owner) in got, claim.quantity.text


def test_sentences_that_begin_with_their_figure() -> None:
    # a figure that opens its sentence is filed under that sentence, not the one before
    _, release = RELEASES[0]
    text = ("2024年全市新建幼儿园5所。12所中小学已建成投用，分别完成省定目标的125.6%、134.4%。"
            "\n3.6万个学位已新增；近9000人参加培训！20所学校通过验收?1.28万个岗位\n")
    whole = _comparable(ReleaseText(release.release, Path("t.txt"), text).reading.claims)
    assert len(whole) >= 7
    for first in (False, True):  # each figure read with its sentence alone, or after all were read together
        lazy = ReleaseText(release.release, Path("t.txt"), text)
        if first:
            assert _comparable(lazy.reading_around(0, len(text)).claims) == whole
        for claim, owner in whole:
            assert (claim, owner) in _comparable(lazy.reading_around(claim.start, claim.end).claims)


def test_a_passage_in_trailing_space_reads_nothing() -> None:
    _, release = RELEASES[0]
    text = release.text.rstrip() + "\n\n"
    tail = ReleaseText(release.release, Path("t.txt"), text)
    assert tail.reading_around(len(text) - 1, len(text)).claims == ()


# Characters that NFKC folds one for one, expands (½, ㎡, ﬁ), or drops (whitespace).
_PIECES = st.sampled_from(["a", "。", "１", "８", "％", "萬", "½", "…", "㎡", "ﬁ", " ", "\n", "\u3000", "\t", "5所"])


@given(st.lists(_PIECES, max_size=40).map("".join))
def test_at_or_after_is_the_first_flat_position_from_an_original_one(text: str) -> None:
    flat, index = normalise(text)
    for original in range(len(text) + 2):
        expected = next((i for i in range(len(flat)) if index[i] >= original), len(flat))
        assert index.at_or_after(original) == expected


# and characters that compose with a neighbour (e + ◌́, 가 + ᆨ) or that only part of a text holds
_MIXED = st.sampled_from(["a", "e", "\u0301", "\u0338", "가", "\u11a8", "ｅ", "（", "）", "，", "個", "½", "㎡", " ",
                          "\n", "\u3000", "2024年", "８５％"])


@given(st.lists(st.one_of(_PIECES, _MIXED), max_size=40).map("".join))
def test_normalising_at_once_is_normalising_segment_by_segment(text: str) -> None:
    """Flat folds and checks the whole text at once where NFKC leaves it as it is; that must
    be what folding and normalising each whitespace-free segment on its own gives."""
    whole = Flat(text)
    apart = Flat("")
    apart._by_segment(text)
    assert whole.text == apart.text
    assert (list(whole._starts), list(whole._deltas)) == (list(apart._starts), list(apart._deltas))
