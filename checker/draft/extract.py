"""Every quantity claim in a release, drafted for a rule author: what it counts, how much, when,
and whether it is a plan, an outcome, a background figure or a threshold.

Built on the claim reader (checker/language/claims.py), so each drafted quote is the clause
that holds the figure and names what it counts, and passes the evidence checks as it is.
"""

from __future__ import annotations

import calendar
import re
from datetime import date
from typing import Any

from checker.diagnostics import CheckerError
from checker.frozen import changed, record
from checker.inputs.models import Comparator
from checker.inputs.releases import ReleaseText
from checker.language import regex
from checker.language.claims import FALLING, SENTENCE_ENDS, TARGET_AFTER, Bounds, Claim, ClaimKind, sentence_start
from checker.language.decimals import decimal_text
from checker.language.periods import dated_span
from checker.language.places import head_places, part_place, speaker_place
from checker.language.quantity import Qualifier
from checker.language.units import canonical_word

_CARRY = 400  # characters within which an unmarked figure takes the tense of the figures before it
COMPARATOR_OF = {
    Qualifier.EXACT: Comparator.at_least, Qualifier.AT_LEAST: Comparator.at_least,
    Qualifier.MORE_THAN: Comparator.more_than, Qualifier.AT_MOST: Comparator.at_most,
    Qualifier.LESS_THAN: Comparator.less_than, Qualifier.RANGE: Comparator.between,
}  # 约, 近, 左右: none; the author must choose

@record  # made for every figure
class Extracted:
    """One quantity claim of a release, as drafted."""

    release: str
    line: int
    col: int
    quote: str
    text: str
    value: str
    unit: str
    qualifier: str
    upper: str | None
    kind: ClaimKind
    subject: str
    region: str
    comparator: Comparator | None
    deadline: date | None
    as_of: date | None
    claim: Claim
    start: int  # where the quote starts in the release as written
    published: date  # the release's date: the latest day an undated outcome can refer to
    context: str = ""  # its sentence up to the figure: what a rule's indicator may be named by

    def record(self) -> dict[str, Any]:
        """The JSON object of `checker extract --format json`: exactly these keys."""
        return {
            "release": self.release, "line": self.line, "col": self.col, "quote": self.quote, "text": self.text,
            "value": self.value, "unit": self.unit, "qualifier": self.qualifier, "upper": self.upper,
            "kind": self.kind.value, "subject": self.subject, "region": self.region,
            "comparator": None if self.comparator is None else self.comparator.value,
            "deadline": None if self.deadline is None else self.deadline.isoformat(),
            "as_of": None if self.as_of is None else self.as_of.isoformat(),
        }


def extract(release: ReleaseText, name: str | None = None) -> list[Extracted]:
    """Every quantity claim of the release, in the order it states them."""
    reading = release.reading
    published = release.release.published
    said = [claim.kind for claim in reading.claims if claim.kind is not None]
    plan_like = said.count(ClaimKind.plan) > 2 * said.count(ClaimKind.outcome)  # a plan, a 实施方案
    drafted = []
    ends = Bounds(release.text, _SENTENCE_MARKS)
    tense: tuple[ClaimKind, int, Claim] | None = None  # the last plan or outcome the wording made plain, and where
    dated: tuple[Claim, int] | None = None  # the last figure with a period stated, and where
    horizon = None  # the last period ahead of the release a plan named: undated tasks are due then
    if plan_like:  # a 方案 (2025—2027年): its tasks are due at the end of the period its title names
        ahead = [period for _, period in reading.periods[:3] if period.end > published]
        horizon = max(ahead, key=lambda period: period.end) if ahead else None
    for claim in reading.claims:
        if claim.kind is ClaimKind.outcome or claim.kind is ClaimKind.plan and not TARGET_AFTER.match(
                "".join(release.text[claim.end:claim.end + 12].split())):  # (a target named in passing sets no tense)
            tense = (claim.kind, claim.end, claim)
        if claim.period is not None:
            dated = (claim, claim.end)
        elif (dated is not None and claim.start - dated[1] <= _CARRY and dated[0].kind in (claim.kind, None)
              and not _same_sentence(release.text, dated[0], claim)):  # within one, the reader has decided
            claim = changed(claim, period=dated[0].period, period_text=dated[0].period_text)
        if _not_a_claim(release.text, claim):
            continue
        kind = claim.kind
        if kind is None and tense is not None and claim.start - tense[1] <= _CARRY and (
                claim.section in (None, tense[0]) or _same_sentence(release.text, tense[2], claim)):
            kind = tense[0]  # a list of tasks or of results goes on past the sentence that announced it
        kind = kind or claim.section  # under 主要成效, results; under 工作安排, tasks
        kind = kind or _default_kind(claim, published, plan_like)
        if kind is ClaimKind.plan:
            if claim.period is not None and claim.period.end > published:
                horizon = claim.period
            elif claim.period is None and horizon is not None:
                claim = changed(claim, period=horizon)
        quantity = claim.quantity
        line, col = release.position(claim.start)
        start, end = _quote_span(release.text, claim)
        drafted.append(Extracted(
            release=name or release.release.id, line=line, col=col,
            quote=_joined(release.text[start:end]), text=quantity.text,
            value=decimal_text(quantity.value), unit=canonical_word(quantity.unit), qualifier=quantity.qualifier.value,
            upper=None if quantity.upper is None else decimal_text(quantity.upper), kind=kind,
            subject=claim.subject, region=_region(release, claim, reading.claims),
            comparator=_comparator(release.text, claim) if kind is ClaimKind.plan else None,
            deadline=_deadline(claim, published) if kind is ClaimKind.plan else None,
            as_of=_as_of(release.text, claim, published) if kind is ClaimKind.outcome else None,
            claim=claim, start=start, published=published, context=_sentence(release.text, ends, claim)))
    return drafted


_SENTENCE_MARKS = SENTENCE_ENDS + "\n"


def _same_sentence(text: str, a: Claim, b: Claim) -> bool:
    return not any(mark in text[a.end:b.start] for mark in _SENTENCE_MARKS)


def _not_a_claim(text: str, claim: Claim) -> bool:
    """一个, 一名, 一支: an article, not a count (新建一所学校 is the rare exception)."""
    written = claim.quantity.text
    return (written.lstrip()[:1] == "一" and claim.quantity.value == 1
            and bool(_ARTICLE.fullmatch("".join(written.split()))))


_ARTICLE = regex.compile(r"[一]\D{1,2}")


def _default_kind(claim: Claim, published: date, plan_like: bool) -> ClaimKind:
    """Where the wording does not say: most figures in releases report results; in a release
    that sets tasks, a figure is a task."""
    return ClaimKind.plan if plan_like else ClaimKind.outcome


def _deadline(claim: Claim, published: date) -> date | None:
    if claim.period is not None:
        return claim.period.end
    return None


def _as_of(text: str, claim: Claim, published: date) -> date | None:
    """The date a reported figure refers to: the period its sentence states (2023年 → its last
    day), 截至6月底 → that day, 目前 → the release's date."""
    clause = text[claim.clause[0]:claim.end]
    # (截至9月底, 1-9月, 9月末, 上半年 in its sentence before it: that date, of the year the sentence names
    # or the release's; 截至12月底 in a release of January is last December's end)
    lead = text[sentence_start(text, claim.start, titles=False):claim.end]
    # (dated_span reads a month, a quarter or a half year: most sentences name none)
    dated = dated_span(lead, published.year) if "月" in lead or "季" in lead or "半年" in lead else None
    if dated is not None:
        as_of = dated[2]
        if as_of > published and not re.search(r"(?:19|20)\d\d年", dated[0]):
            # (a later month than the release's is last year's; the release's own month is as of the release)
            as_of = date(as_of.year - 1, as_of.month, calendar.monthrange(as_of.year - 1, as_of.month)[1]) \
                if as_of.month > published.month and as_of.year > 1 else published
        if as_of <= published:
            return as_of
    if claim.period is not None:
        return min(claim.period.end, published)
    if any(word in clause for word in ("目前", "截至目前", "今年以来", "近年来", "以来")):
        return published
    return None


def _quote_span(text: str, claim: Claim) -> tuple[int, int]:
    """What the figure counts and the figure: the shortest quote that names what it counts."""
    start, end = claim.span
    while start < claim.start and (text[start].isspace() or text[start] in "，,、；;：:。）)】」』”"):
        start += 1
    marker = LIST_MARKER.match(text, start)  # 一）新建…, ──养老机构…: a list's mark is no part of the quote
    if marker and marker.end() < claim.start:
        start = marker.end()
    # 每千人口拥有3岁以下婴幼儿托位数达到4.5个: a target per head is quoted with its 每千人口
    lead = text[claim.clause[0]:start]
    if "每" in lead or "人均" in lead:
        per = max((at for at in (text.rfind(word, claim.clause[0], start) for word in PER_WORDS) if at >= 0),
                  default=-1)
        if per >= 0:
            start = per
    return start, end


PER_WORDS = ("每千人口", "每千名", "每万人", "每十万人", "每百户", "每百人", "人均")


# the mark of an item of a list, at its head: 一）, （二）, 3．, ——, ·
LIST_MARKER = regex.compile(r"(?:[（(]?[一二三四五六七八九十]{1,3}[)）、．.]|[（(]?[0-9０-９]{1,2}[)）、．]|"
                            r"——|—|－－|·|•)\s*")


def _joined(text: str) -> str:
    """The quote on one line: a line break between two Chinese characters or digits goes, one
    between words of Latin script becomes a space."""
    text = text.strip()
    if len(text.split(maxsplit=1)) < 2:  # no whitespace within (most quotes)
        return text
    return re.sub(r"\s+", lambda m: " " if re.match(r"[A-Za-z0-9]", text[m.end():m.end() + 1] or "x") and re.match(
        r"[A-Za-z0-9]", text[m.start() - 1:m.start()] or "x") else "", text)


def _sentence(text: str, ends: Bounds, claim: Claim) -> str:
    """The figure's sentence up to it, without whitespace. `ends`: the release's sentence ends
    and line breaks, found once, not looked for back from each figure."""
    return "".join(text[ends.before(claim.clause[0]) + 1:claim.end].split())




def _comparator(text: str, claim: Claim) -> Comparator | None:
    quantity = claim.quantity
    if quantity.qualifier is Qualifier.EXACT and FALLING.search("".join(text[claim.clause[0]:claim.start].split())):
        return Comparator.at_most
    return COMPARATOR_OF.get(quantity.qualifier)


_MEASURE_ENDS = frozenset("个所家人张台座处条户名项万亿元%辆部套间")


def _region(release: ReleaseText, claim: Claim, claims: tuple[Claim, ...]) -> str:
    """The place the figure's clause opens with (宛城区新建20个; in 卧龙区、宛城区分别…7所、5所 each
    its own, in order; places counted together or each, all of them), else the release's region.
    The evidence checks read it the same way (checker/language/places.py)."""
    text = release.text
    lead = "".join(text[claim.clause[0]:claim.start].split())
    # (其中椒江区新增托位620个、黄岩区480个: an item of a list is the place named just before it, after
    # the figure of the item before)
    at = text.rfind("、", claim.clause[0], claim.start)
    if at > 0 and (text[at - 1].isdigit() or text[at - 1] in _MEASURE_ENDS):
        item = head_places("".join(text[at + 1:claim.start].split()))
        if item is not None and item[1] == "one":
            return item[0][0]
    head = head_places(lead)
    if head is None:
        part = part_place(text, claim.clause[0])  # 其中，诸暨市新建…4所，改造城镇老旧小区20个
        if part is not None:
            return part
        speaker = speaker_place(text, claim.start)  # 眉县水利局局长 赵志刚：我县…
        if speaker is not None and not lead.startswith(("全市", "我市", "本市")):
            return speaker
        return release.release.region
    places, how = head
    if how == "respectively":
        try:
            alike = [c.start for c in claims if c.clause == claim.clause and c.quantity.comparable_with(claim.quantity)]
        except CheckerError:
            alike = []
        return places[alike.index(claim.start)] if len(alike) == len(places) else release.release.region
    return "、".join(places)
