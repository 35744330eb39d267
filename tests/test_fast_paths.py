"""What is written for speed in reading a release is held here to what it stands for.

- A pattern behind `starting_with(first, …)` finds nothing if a match could start with a
  character outside `first`: every branch's first character is checked against it, read from
  the pattern itself, so a branch added later without its character fails here.
- The word look-up by first character finds what a regular-expression alternation of the
  same words finds (the first in their order).
- A flat span maps back as its two ends do; a text is simplified when its Chinese characters
  are all in GB2312.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
from collections.abc import Callable
from re import _constants as _C  # type: ignore[attr-defined]  # how re itself reads a pattern
from re import _parser  # type: ignore[attr-defined]
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

import checker
from checker.language import claims, quantity
from checker.language.claims import read_claims
from checker.language.folding import normalise
from checker.language.script import is_simplified
from checker.language.units import measure_words

_DIGIT = "\\d"  # the category, as a member of a set of first characters


def _set_of(items: list[tuple[Any, Any]]) -> set[str]:
    chars: set[str] = set()
    for op, av in items:
        if op is _C.LITERAL:
            chars.add(chr(av))
        elif op is _C.RANGE:
            chars.update(chr(c) for c in range(av[0], av[1] + 1))
        elif op is _C.CATEGORY and av is _C.CATEGORY_DIGIT:
            chars.add(_DIGIT)
        else:
            raise AssertionError(f"a class this test cannot list: {op} {av}")
    return chars


def _firsts(sequence: list[tuple[Any, Any]], rest: Callable[[], set[str]] | None = None) -> set[str]:
    """The characters a match of the parsed `sequence` can start with (`rest`: those of what
    follows it, asked for only where the sequence can match nothing)."""
    for k, (op, av) in enumerate(sequence):
        def after(k: int = k) -> set[str]:
            return _firsts(sequence[k + 1:], rest)

        if op is _C.ASSERT and av[0] == 1:  # a lookahead: what follows starts as it does
            return _firsts(list(av[1]), after)
        if op in (_C.ASSERT, _C.ASSERT_NOT, _C.AT):
            continue  # a lookbehind, a negative lookahead, an anchor: the next element starts the match
        if op is _C.LITERAL:
            return {chr(av)}
        if op is _C.IN:
            return _set_of(av)
        if op is _C.BRANCH:
            return set().union(*(_firsts(list(branch), after) for branch in av[1]))
        if op is _C.SUBPATTERN:
            return _firsts(list(av[3]), after)
        if op in (_C.MAX_REPEAT, _C.MIN_REPEAT):
            low, _, item = av
            inner = _firsts(list(item), after)
            return inner if low > 0 else inner | after()
        raise AssertionError(f"an element this test cannot read: {op}")
    assert rest is not None, "a pattern that can match nothing"
    return rest()


def _fast_patterns() -> list[tuple[str, re.Pattern[str]]]:
    found = []
    for module in pkgutil.walk_packages(checker.__path__, "checker."):
        if module.name.endswith("__main__"):
            continue
        for name, value in vars(importlib.import_module(module.name)).items():
            if isinstance(value, re.Pattern) and value.pattern.startswith("(?=[") and "])(?:" in value.pattern:
                found.append((f"{module.name}.{name}", value))
    return found


def test_each_fast_pattern_looks_wherever_a_match_can_start() -> None:
    patterns = _fast_patterns()
    names = {name.rsplit(".", 1)[1] for name, _ in patterns}
    assert {"_PLAN", "_IN_TEXT", "_IDIOM", "_MEDAL", "PROGRAMME"} <= names
    for name, pattern in patterns:
        parsed = list(_parser.parse(pattern.pattern, pattern.flags))
        lookahead, body = parsed[0], parsed[1:]
        assert lookahead[0] is _C.ASSERT and lookahead[1][0] == 1, name  # (?=[...])
        allowed = _firsts(list(lookahead[1][1]))
        assert _firsts(body) <= allowed, (name, sorted(_firsts(body) - allowed))


def test_the_first_characters_are_read_right() -> None:
    # the reader above, on patterns whose first characters are known
    def firsts(pattern: str) -> set[str]:
        return _firsts(list(_parser.parse(pattern, 0)))

    assert firsts(r"计划(?=任务)|(?<![即])将|(?:到|至)20") == {"计", "将", "到", "至"}
    assert firsts(r"(?:\d{4}|[一二]{4})年?") == {_DIGIT, "一", "二"}
    assert firsts(r"[一二]?[十百]") == {"一", "二", "十", "百"}
    assert firsts(r"(?:重点)?实事") == {"重", "实"}


_TEXT = st.lists(st.sampled_from(["2025", "年", "至", "十四五", "末", "将", "即将", "要", "重要", "计划", "任务", "到",
                                  "截至", "5", "金", "银", "牌", "“", "”", "十万", "岗位", "计划", "一次性", "亿万",
                                  "已", "完成了", "目前", "在园幼儿", "占比", "建成", "其中", "，", "。"]),
                 max_size=30).map("".join)


@given(_TEXT)
def test_a_fast_pattern_finds_what_its_plain_writing_finds(text: str) -> None:
    for name, pattern in _fast_patterns():
        plain = re.compile(pattern.pattern.split("])(?:", 1)[1][:-1], pattern.flags)
        assert [m.span() for m in pattern.finditer(text)] == [m.span() for m in plain.finditer(text)], name


_LOOK_UPS = [(quantity._more_at, quantity.MORE), (quantity._scale_at, quantity.SCALE_WORDS),
             (quantity._suffix_at, quantity.SUFFIX_WORDS), (quantity._prefix_at, quantity.PREFIX_WORDS),
             (quantity._range_separator_at, quantity.RANGE_SEPARATORS),
             (quantity._neutral_lead_at, quantity.NEUTRAL_LEADS), (quantity._unit_at, measure_words())]


@given(st.lists(st.sampled_from([w for _, words in _LOOK_UPS for w in words[:40]] + ["1", "人", "x", "平方"]),
                max_size=8).map("".join), st.integers(0, 12))
def test_the_word_look_up_finds_what_an_alternation_finds(text: str, at: int) -> None:
    for look_up, words in _LOOK_UPS:
        alternation = re.compile("|".join(re.escape(word) for word in words if word))
        match = alternation.match(text, at)
        assert look_up(text, at) == (match.group() if match else "")


@given(st.text(alphabet="ab 　\n，１２", max_size=40), st.integers(-3, 45), st.integers(-3, 45))
def test_a_span_of_the_flat_text_maps_back_as_its_ends_do(text: str, start: int, end: int) -> None:
    _, index = normalise(text * 12)  # long enough not to be a cached short text
    try:
        expected: tuple[int, int] | type[IndexError] = (index[start], index[end - 1] + 1)
    except IndexError:
        expected = IndexError
    try:
        got: tuple[int, int] | type[IndexError] = index.span(start, end)
    except IndexError:
        got = IndexError
    assert got == expected


_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]+")  # the CJK blocks


@given(st.text(alphabet="学校學乾隆·—a1 \udc80\U00020000，\u33ff\u3400\u4dbf\u4dc0\u4e00\u9fff\ua000\uf8ff\uf900"
                        "\ufaff\ufb00\U0001ffff\U0003134f\U00031350", max_size=12))
def test_a_text_is_simplified_when_its_chinese_characters_are_in_gb2312(text: str) -> None:
    try:
        "".join(_HAN.findall(text)).encode("gb2312")  # the Chinese characters alone
        expected = True
    except UnicodeEncodeError:
        expected = False
    assert is_simplified(text) is expected


_ENDINGS = st.lists(st.sampled_from(["增长", "了", "达到", "共计", "提高", "多", "降", "学校", "完成", "目标", "的",
                                     "任务", "为", "，", "同比", "超过", "另有", "近", "所", "率", "完成率"]),
                    max_size=8).map("".join)


@given(_ENDINGS)
def test_a_pattern_is_skipped_only_where_it_cannot_match(text: str) -> None:
    # the words before a figure are searched for a change word, a completion ratio or the tail
    # of a subject only where they end as a match must end (claims.py)
    if claims._CHANGE.search(text):
        assert text[-1:] in claims._CHANGE_LAST
    if claims._SUBJECT_TAIL.search(text):
        assert text[-1:] in claims._SUBJECT_TAIL_LAST
    if claims._RATIO_BEFORE.search(text):
        assert text.endswith(claims._RATIO_LAST)


def test_every_branch_of_the_ratio_pattern_ends_as_the_code_expects() -> None:
    (op, (_, branches)), end = _parser.parse(claims._RATIO_BEFORE.pattern, 0)
    assert op is _C.BRANCH and end == (_C.AT, _C.AT_END)
    lasts = {list(branch)[-1] for branch in branches}
    assert lasts == {(_C.LITERAL, ord(ch)) for ch in claims._RATIO_LAST}


def test_a_completion_rate_is_a_ratio_after_each_ending() -> None:
    # one example for each way _RATIO_BEFORE ends: 完成率, 完成…目标的, 为…任务的
    for text in ("2024年，全市项目完成率98.5%。", "2024年，完成省定目标的134.4%。",
                 "2024年，全年完成率为年度任务的101%。"):
        (claim,) = [c for c in read_claims(text).claims if c.quantity.unit == "%"]
        assert claim.ratio, text


_FIGURES = st.lists(st.sampled_from(["5", "个", "人", "多于", "超过", "不少于", "近", "以上", "多", "余", "万", "十",
                                     "2024", "年", "至", "-", "3", "所", "约", "“", "十万", "岗位", "计划", "”", "金",
                                     "银", "牌", "、", "百分之", "二十"]), max_size=14).map("".join)


@given(_FIGURES)
def test_the_figures_of_a_text_are_found_in_order(text: str) -> None:
    # scan sorts its figures only where it adds medal tallies or programme names: the rest are
    # found in order, each starting after the one before (its qualifier word included)
    found = quantity.scan(text)
    starts = [start for _, start, _ in found]
    assert starts == sorted(starts) and len(set(starts)) == len(starts)


@given(st.text(alphabet=st.sampled_from("学a1 \t\n\r\x1b\x07\x85\u2028\u3000\udcff\U00020000|"), max_size=20)
       | st.text(max_size=20))
def test_printable_text_is_shown_as_character_by_character(text: str) -> None:
    # printable() returns a text that is printable as a whole at once: each character as before
    from checker.diagnostics import printable

    expected = "".join(ch if ch.isprintable() else " " if ch.isspace() else ascii(ch)[1:-1] for ch in text)
    assert printable(text) == expected
    assert printable(text).isprintable()


@given(st.text(alphabet=st.sampled_from("\\&<>|`[]*_~$a学 :.w/"), max_size=24))
def test_a_markdown_cell_escapes_each_character_once(text: str) -> None:
    # one translation stands for the replacements made in turn, the backslash first
    from checker.report.text import _BARE_URL, cell

    value = text
    for raw, safe in (("\\", "\\\\"), ("&", "&amp;"), ("<", "&lt;"), (">", "&gt;"), ("|", "\\|"), ("`", "\\`"),
                      ("[", "\\["), ("]", "\\]"), ("*", "\\*"), ("_", "\\_"), ("~", "\\~"), ("$", "\\$")):
        value = value.replace(raw, safe)
    value = " ".join(value.split())
    expected = _BARE_URL.sub(lambda m: (m.group(1) or m.group(3)) + "\\" + (m.group(2) or m.group(4)), value)
    assert cell(text) == expected
