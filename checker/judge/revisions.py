"""A figure a later release of the same region revises: the statistics bureau's bulletin that puts the
press conference's 快报数 right (较快报数（1.82万人）有所调整), a review that says what was really done
(2024年实际完成改造的老旧小区为105个, after a report of 119), an audit's 核减后…为1.41万人次.

Each release is searched once for the sentences that revise something (a revision word in them), so an
outcome costs a look at those few sentences of the releases published after its own.
"""

from __future__ import annotations

import functools
from datetime import date

from checker.diagnostics import CheckerError
from checker.inputs.releases import Corpus, ReleaseText
from checker.judge.stated import Report, _names_part
from checker.language import regex
from checker.language.claims import SENTENCE_ENDS, coverage, likeness
from checker.language.places import same_place
from checker.language.quantity import Quantity
from checker.language.script import to_simplified
from checker.messages import Message

# words that revise a figure (修订为135公里, 核减后…为1.41万人次, 较快报数…有所调整, 更正为), and what says what
# was really done (实际完成改造的老旧小区为105个, 实际完成10860户)
_REVISING = regex.compile(r"修订为|修正为|更正为|订正为|核减|核定为|调整为|有所调整|快报数|不准确|"
                          r"实际(?:完成|新增|新建|建成|改造|发放|培训)|实际[^，,。；;\d]{0,16}?为")
# said of the figure it revises (较快报数（1.82万人）有所调整), unless it says the figure stands (与快报数一致)
_NAMES_OLD = regex.compile(r"修订|修正|更正|订正|核减|有所调整|调整为|不准确")
_STANDS = regex.compile(r"一致|未作调整|未调整|没有调整|无调整|未修订|维持不变|保持不变")


@functools.lru_cache(maxsize=4096)  # (by the text: a str keeps its hash)
def _revising_sentences(text: str) -> tuple[tuple[int, int], ...]:
    """The spans of a release's sentences (and notes) that hold a revision word."""
    spans: list[tuple[int, int]] = []
    for found in _REVISING.finditer(text):
        low = max(text.rfind(mark, 0, found.start()) for mark in (*SENTENCE_ENDS, "\n")) + 1
        ends = [at for at in (text.find(mark, found.end()) for mark in (*SENTENCE_ENDS, "\n")) if at >= 0]
        high = min(ends) + 1 if ends else len(text)
        if not spans or spans[-1] != (low, high):
            spans.append((low, high))
    return tuple(spans)


def check_revised_elsewhere(source: ReleaseText, declared: Quantity, as_of: date, indicator: str, corpus: Corpus,
                            report: Report, where: tuple[object, ...]) -> None:
    """An outcome's figure that a release of the same region published after the quote's revises: one that names
    the figure beside a revision word, or gives the year's figure of the indicator as revised or as really done,
    another than the quote's."""
    written = "".join(declared.text.split())
    year = f"{as_of.year}年"
    named = to_simplified("".join(indicator.split()))
    for other in corpus.of_region_after(source.release.region, source.release.published):
        if other is source or not same_place(other.release.region, source.release.region):
            continue
        for low, high in _revising_sentences(other.text):
            sentence = "".join(other.text[low:high].split())
            if written in sentence and _NAMES_OLD.search(sentence) and not _STANDS.search(sentence) \
                    and _names_it(named, sentence):
                _report(other, low, sentence, written, report, where)
                return
            if year not in sentence:
                continue
            try:
                claims = other.reading_around(low, high).claims_within(low, high)
                revised = next((c for c in claims if c.quantity.comparable_with(declared)
                                and c.quantity.value != declared.value
                                and (likeness(named, c.subject) >= 0.5 or _names_it(named, sentence))
                                and _REVISING.search(other.text, low, c.start)), None)
            except CheckerError:
                revised = None
            if revised is not None:
                _report(other, low, sentence, "".join(revised.quantity.text.split()), report, where)
                return


def _names_it(indicator: str, sentence: str) -> bool:
    """The sentence speaks of the indicator's thing: the whole or four characters of it in a row, or most of its
    character pairs (新增城镇就业 and 城镇新增就业: the words in another order)."""
    return _names_part(indicator, sentence) or coverage(indicator, sentence) >= 0.6


def _report(other: ReleaseText, low: int, sentence: str, figure: str, report: Report,
            where: tuple[object, ...]) -> None:
    line, _ = other.position(low)
    said = sentence if len(sentence) <= 60 else sentence[:60] + "…"
    report(Message("outcome-revised-later", release=other.release.id, line=line, said=said, figure=figure),
           *where, "quote")
