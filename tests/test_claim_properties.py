"""Properties of evidence per claim, on quantities embedded in generated release sentences:
a quote that cuts a quantity is always refused, and a quote on whole-word boundaries that
declares the quantity exactly is always accepted."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from checker.inputs.models import Measure, Release
from checker.inputs.releases import ReleaseText
from checker.judge.stated import Quoted, check_edges, check_figure
from checker.language.quantity import parse_quantity
from checker.messages import Message

# what is counted, and the measure words it is counted in
SUBJECTS = [("新建公办幼儿园", "所"), ("新增城镇就业岗位", "个"), ("开展职业技能培训", "人次"), ("培训农村教师", "人"),
            ("改造老旧小区", "个"), ("发放创业担保贷款", "万元"), ("完成固定资产投资", "亿元"),
            ("城乡居民医保参保率达到", "%"), ("新建农村公路", "公里"), ("建成社区养老服务中心", "家")]
LEADS = ["", "近", "约", "超过", "不少于"]
TAILS = ["", "以上", "左右"]
FILLERS = ["各项任务稳步推进", "群众满意度持续提升", "为全市高质量发展提供了有力支撑"]


@dataclass(frozen=True)
class Sentence:
    text: str  # the release
    clause: str  # the clause holding the quantity: 全市{subject}{quantity}
    quantity: str  # as written, qualifier words included
    at: int  # where the quantity starts in the release
    subject: str


@st.composite
def sentences(draw: st.DrawFn) -> Sentence:
    subject, unit = draw(st.sampled_from(SUBJECTS))
    whole = draw(st.integers(1, 99999))
    decimals = draw(st.sampled_from(["", ".5", ".25", ".08"]))
    number = f"{whole}{decimals}"
    if unit in ("万元", "亿元") and draw(st.booleans()):
        number = f"{whole}{decimals}"
    lead = draw(st.sampled_from(LEADS))
    tail = draw(st.sampled_from(TAILS)) if not lead else ""
    spacing = draw(st.sampled_from(["", " ", "\n\n"]))  # PDF artefacts between number and measure word
    quantity = f"{lead}{number}{spacing}{unit}{tail}"
    year = draw(st.integers(2016, 2030))
    before = draw(st.sampled_from(FILLERS))
    after = draw(st.sampled_from(FILLERS))
    clause = f"全市{subject}{quantity}"
    head = f"据介绍，{before}。{year}年，"
    text = f"{head}{clause}，{after}。\n"
    return Sentence(text, clause, quantity, len(head) + len("全市") + len(subject), subject)


def _release(text: str) -> ReleaseText:
    entry = Release(id="r", file="r.txt", title="测试", publisher="测试", region="测试市", published=date(2031, 1, 1),
                    sha256="0" * 64)
    return ReleaseText(entry, Path("r.txt"), text)


def _problems(release: ReleaseText, quote: str, declared: str | None, indicator: str) -> list[str]:
    match = release.find(quote)
    assert match is not None, quote
    found: list[str] = []

    def report(message: Message, *path: object, severity: object = None) -> None:
        found.append(message.code)

    quoted = Quoted(release, match)
    check_edges(quoted, report, ("outcomes", 0))
    if declared is not None:
        check_figure(quoted, parse_quantity(declared), Message("what-outcome-value"), indicator, Measure.count,
                     report, ("outcomes", 0, "value"))
    return found


@given(sentences())
def test_a_whole_clause_declaring_its_quantity_is_accepted(sentence: Sentence) -> None:
    release = _release(sentence.text)
    declared = "".join(sentence.quantity.split())
    assert _problems(release, sentence.clause, declared, sentence.subject) == []


@given(sentences(), st.data())
def test_a_quote_cutting_the_quantity_is_refused(sentence: Sentence, data: st.DataObject) -> None:
    release = _release(sentence.text)
    written = sentence.quantity
    # a cut between two characters of the quantity as written (not at its edges, not in its spaces)
    cuts = [i for i in range(1, len(written)) if not written[i].isspace() and not written[i - 1].isspace()]
    cut = sentence.at + data.draw(st.sampled_from(cuts), label="cut")
    clause_start = sentence.text.index(sentence.clause)
    clause_end = clause_start + len(sentence.clause)
    if data.draw(st.booleans(), label="cut the start"):
        quote, code = sentence.text[cut:clause_end], "quote-starts-inside"
    else:
        quote, code = sentence.text[clause_start:cut], "quote-ends-inside"
    assert code in _problems(release, quote, None, sentence.subject), (quote, sentence.quantity)


@given(st.lists(sentences(), min_size=1, max_size=4), st.data())
def test_a_quote_read_for_its_subjects_alone_reads_as_a_whole_reading_does(parts: list[Sentence],
                                                                          data: st.DataObject) -> None:
    """read_subjects is the light reading of a quote (what each figure counts, nothing else):
    on any span of generated release text it gives the subjects the full reader gives."""
    from checker.language.claims import read_claims, read_subjects

    text = "".join(part.text for part in parts)
    start = data.draw(st.integers(0, len(text) - 1), label="start")
    end = data.draw(st.integers(start + 1, len(text)), label="end")
    quote = text[start:end]
    assert [c.subject for c in read_subjects(quote)] == [
        c.subject for c in read_claims(quote, date(2025, 1, 1), headlines=False).claims]


@given(st.text(alphabet="完成达到。；;\n，甲乙", max_size=60))
def test_the_sentence_holding_a_match_is_where_marks_searched_from_it_say(text: str) -> None:
    """sentences_holding finds the boundaries once; each span is what searching back and forth from its match
    finds (the last mark before it, the first at or after its end, that mark included)."""
    import re

    from checker.language.claims import sentences_holding

    ends = "。；;\n"
    for low, high, match in sentences_holding(text, re.compile("完成|达到"), ends):
        assert low == max(text.rfind(mark, 0, match.start()) for mark in ends) + 1
        after = [at for at in (text.find(mark, match.end()) for mark in ends) if at >= 0]
        assert high == (min(after) + 1 if after else len(text))
