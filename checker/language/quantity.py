"""Chinese quantity expressions → exact numbers with a measure word and a qualifier.

`parse_quantity` reads one whole expression (what a rule author writes: 26所, 85%以上,
8000余万元, 不少于75个, 20-30人, 完成省定目标的134.4%). `find_quantities` looks for
quantities inside running text (quotes, releases), where a Chinese numeral counts only
when a measure word follows it and never inside names, idioms or ordinals.

Values are `Decimal` and scaling is done on the decimal exponent, so 35.27亿元 is
exactly 3527000000 元. Anything not understood raises `QuantityError`: never a guess.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from decimal import Decimal
from enum import Enum

from checker.diagnostics import QuantityError, UnitError
from checker.frozen import changed, record
from checker.language import regex
from checker.language.decimals import decimal_text, shift
from checker.language.folding import normalise
from checker.language.numerals import BIG_UNITS, DIGITS, SMALL_UNITS, parse_chinese_numeral
from checker.language.regex import starting_with
from checker.language.script import to_simplified
from checker.language.units import PRECISION, convert, dimension_of, measure_words
from checker.messages import Echo, Message, Term


class Qualifier(str, Enum):
    EXACT = "exact"
    MORE_THAN = "more_than"
    AT_LEAST = "at_least"
    ABOUT = "about"
    NEARLY = "nearly"
    AT_MOST = "at_most"
    LESS_THAN = "less_than"
    RANGE = "range"


@record  # made for every figure
class Quantity:
    """A figure read exactly: its value, measure word, qualifier (不少于, 近 …), upper bound of a range."""

    text: str
    value: Decimal
    unit: str  # the measure word after scaling: 个, 元, %, 个百分点; "" for a pure number
    qualifier: Qualifier = Qualifier.EXACT
    upper: Decimal | None = None  # the upper bound of a range
    completion: bool = False  # 完成目标的134.4%: a share of a target, not a figure

    def __str__(self) -> str:
        return describe(self)

    @property
    def dimension(self) -> str:
        """What the measure word counts (person, school, money, ratio …); raises UnitError."""
        return dimension_of(self.unit)

    def in_unit(self, unit: str) -> Quantity:
        """The same quantity in another measure word of its dimension, both bounds converted:
        20-30万元 in 元 is 200000-300000元 (a range never loses its upper bound)."""
        if unit == self.unit:
            return self
        upper = None if self.upper is None else convert(self.upper, self.unit, unit)
        return changed(self, value=convert(self.value, self.unit, unit), unit=unit, upper=upper)

    def comparable_with(self, other: Quantity) -> bool:
        return self.dimension == other.dimension


def require_comparable(a: Quantity, b: Quantity) -> None:
    """Refuse, naming both sides, to compare things of different kinds (人 with 人次)."""
    if not a.comparable_with(b):
        pure = Message("unit-pure-number")
        raise UnitError(Message("unit-incomparable", a=a.text, a_unit=a.unit or pure,
                                a_dimension=Term("dimension", a.dimension), b=b.text, b_unit=b.unit or pure,
                                b_dimension=Term("dimension", b.dimension)))


@record
class Found:
    """A quantity inside running text; start/end index the original text."""

    quantity: Quantity
    start: int
    end: int


PREFIXES: dict[str, Qualifier] = {
    "不少于": Qualifier.AT_LEAST, "至少": Qualifier.AT_LEAST, "不低于": Qualifier.AT_LEAST,
    "不小于": Qualifier.AT_LEAST, "最少": Qualifier.AT_LEAST,
    "超过": Qualifier.MORE_THAN, "多于": Qualifier.MORE_THAN, "高于": Qualifier.MORE_THAN,
    "逾": Qualifier.MORE_THAN,
    "大约": Qualifier.ABOUT, "约为": Qualifier.ABOUT, "约": Qualifier.ABOUT, "大概": Qualifier.ABOUT,
    "大致": Qualifier.ABOUT,
    "接近": Qualifier.NEARLY, "将近": Qualifier.NEARLY, "近": Qualifier.NEARLY,
    "不超过": Qualifier.AT_MOST, "不高于": Qualifier.AT_MOST, "不多于": Qualifier.AT_MOST,
    "最多": Qualifier.AT_MOST, "至多": Qualifier.AT_MOST,
    "不到": Qualifier.LESS_THAN, "不足": Qualifier.LESS_THAN, "少于": Qualifier.LESS_THAN,
    "低于": Qualifier.LESS_THAN, "不满": Qualifier.LESS_THAN, "未满": Qualifier.LESS_THAN,
    "不及": Qualifier.LESS_THAN, "未达到": Qualifier.LESS_THAN, "未达": Qualifier.LESS_THAN,  # longer first
    "没有达到": Qualifier.LESS_THAN, "没达到": Qualifier.LESS_THAN, "未能达到": Qualifier.LESS_THAN,
    "差不多": Qualifier.ABOUT,
    # an indicator table's ≥28, ≤4.5 (not > and <: <script>12所 is no figure of more than 12)
    "≥": Qualifier.AT_LEAST, "≤": Qualifier.AT_MOST,
}
_PREFIX_LENGTHS = sorted({len(word) for word in PREFIXES}, reverse=True)
SUFFIXES: dict[str, Qualifier] = {
    "及以上": Qualifier.AT_LEAST, "以上": Qualifier.AT_LEAST,
    "及以下": Qualifier.AT_MOST, "以下": Qualifier.AT_MOST, "以内": Qualifier.AT_MOST,
    "之内": Qualifier.AT_MOST,
    "左右": Qualifier.ABOUT, "上下": Qualifier.ABOUT,
    "有余": Qualifier.MORE_THAN, "多": Qualifier.MORE_THAN, "余": Qualifier.MORE_THAN,
}
# Words a rule author may lead with that say nothing about the number.
NEUTRAL_LEADS = ("达到", "共计", "累计", "总计", "合计", "达", "共")
# What a figure is per, as a value may begin (每人每月780元, as the release writes it): the evidence
# checks hold it to the quote's own (stated.check_figure), the figure is read without it.
PER_LEADS = ("每人每月", "每人每年", "每月每人", "每年每人", "人均", "户均", "每人", "每户", "每月", "每年")
RANGE_SEPARATORS = ("-", "—", "–", "~", "至", "到")
COMPLETION = regex.compile(r"完成了?[^,。;;、\d]{0,12}?(?:目标|任务|计划|工程量|工作量)(?:任务)?的$")
# Running text only: phrases whose numerals are not quantities (idioms, names).
IDIOMS = ("千家万户", "亿万", "五台山", "一次性", "一年级", "二年级", "三年级", "百分百", "不落一户", "不落一人",
          "一批", "一类", "一种", "一期工程", "二期工程", "三期工程", "一期项目", "二期项目", "三期项目",
          "九年义务教育", "九年一贯制", "十二年一贯制", "千吨万人", "一片", "一眼",
          "学前一年", "学前两年", "学前三年")  # (学前三年毛入园率: a stage's name)
ARABIC = regex.compile(r"\d+(?:,\d{3}(?!\d))*(?:\.\d+)?")
CHINESE_CHARS = "".join(DIGITS) + "".join(SMALL_UNITS) + "".join(BIG_UNITS)
CHINESE = regex.compile(
    f"[{CHINESE_CHARS}]+(?:点[{''.join(DIGITS)}]+[{''.join(BIG_UNITS)}]*)?"
)
SCALES = {**SMALL_UNITS, **BIG_UNITS}
SCALE_WORDS, SUFFIX_WORDS, PREFIX_WORDS = tuple(SCALES), tuple(SUFFIXES), tuple(PREFIXES)
_CANDIDATE = regex.compile(f"[\\d{CHINESE_CHARS}]")  # where a quantity may start (百分之 too: 百 is in it)
MORE = ("余", "多")
_PER = frozenset("每/／")
_FORMAL_DIGITS = frozenset("壹贰貳叁參肆伍陆陸柒捌玖")  # 大写 digits, as written on cheques
MAX_DIGITS = 40  # no release states a figure this long; refusing bounds the work


def parse_quantity(text: str) -> Quantity:
    """Read one whole quantity expression exactly, or raise QuantityError saying why."""
    try:
        return _parse_whole(text)
    except QuantityError as error:
        raise type(error)(Message("quantity-unreadable", text=Echo(text), reason=error.message)) from None


_SECOND_UNIT = regex.compile(r"\((?:间|次|人次|户|套)\)")


def _parse_whole(text: str) -> Quantity:
    s, _ = normalise(text)
    if not s:
        raise QuantityError(Message("quantity-empty"))
    i = 0
    sign = 1
    qualifier = Qualifier.EXACT
    completion = False
    first = _first_number(s)
    match = COMPLETION.search(s[:first]) if first is not None else None
    if match and match.start() == 0:
        completion = True
        i = match.end()
    i += len(_per_lead_at(s, i))
    for _ in range(2):
        lead = _neutral_lead_at(s, i)
        if lead:
            i += len(lead)
        word = _prefix_at(s, i)
        if word:
            qualifier = _combine(qualifier, PREFIXES[word], s)
            i += len(word)
    if s.startswith(("-", "−", "负"), i):
        sign, i = -1, i + 1
    read = _read(s, i, running=False)
    if read is None:
        first = _first_number(s)
        if first is not None and first > i:  # 控制在5.5%以内: a verb before the figure
            raise QuantityError(Message("quantity-words-before", words=s[i:first], rest=s[first:]))
        raise QuantityError(Message("quantity-no-number", at=s[i:i + 8]))
    fields, end = read
    if end < len(s) and _SECOND_UNIT.fullmatch(s, end):
        end = len(s)  # (8316套（间）, as the release writes it: the bracket's measure is the evidence checks' to weigh)
    if end < len(s):
        rest = s[end:]
        if re.match(r"[\u4e00-\u9fff]", rest) and not _suffix_at(rest, 0):
            if fields[1] and fields[1] != "%":
                # (30个小区: a measure word, then what it counts; the indicator is where that is named)
                raise UnitError(Message("quantity-noun-after", rest=rest, read=s[:end]))
            known = "、".join(("所", "个", "人", "名", "人次", "元", "%", "个百分点"))
            raise UnitError(Message("quantity-unknown-word", rest=rest, read=s[:end], known=known))
        raise QuantityError(Message("quantity-trailing", rest=rest, read=s[:end]))
    value, unit, q2, upper = fields
    qualifier = _combine(qualifier, q2, s)
    if sign < 0:
        if upper is not None:
            raise QuantityError(Message("quantity-negative-range"))
        value = -value
    if completion and unit != "%":
        raise QuantityError(Message("quantity-completion-not-percent"))
    return Quantity(text, value, unit, qualifier, upper, completion)


def find_quantities(text: str) -> list[Found]:
    """Every quantity stated in running text, in order (positions in the text as written)."""
    s, index = normalise(text)
    return [Found(changed(quantity, text=text[index[start]: index[end - 1] + 1]), index[start], index[end - 1] + 1)
            for quantity, start, end in scan(to_simplified(s))]


def scan(s: str, low: int = 0, high: int | None = None, *,
         blocked: set[int] | None = None) -> list[tuple[Quantity, int, int]]:
    """Every quantity in flat text (normalised, simplified): (quantity, start, end) with flat
    positions; each quantity's `text` is its flat text. With `low` and `high`, those starting
    in [low, high) only: positions where no quantity is read across (a sentence's end), so
    that a stretch is read as the whole text would read it. `blocked`: `blocked_positions(s)`,
    where the caller has it."""
    high = len(s) if high is None else high
    blocked = blocked_positions(s) if blocked is None else blocked
    found: list[tuple[Quantity, int, int]] = []
    i = low
    previous_completion_end = -1
    while True:
        candidate = _CANDIDATE.search(s, i, high)
        if candidate is None:
            break
        i = candidate.start()
        if i in blocked or (i > 0 and (s[i - 1].isdigit() or s[i - 1] in "." or
                                       (s[i - 1].isascii() and s[i - 1].isalpha()))):  # PM2.5, G20: names
            i += 1
            continue
        if not s[i].isdigit() and _no_measure_word_after(s, i):
            i = _skip_token(s, i)  # 一体化, 五育并举: a Chinese numeral counts only with a measure word
            continue
        read = _read(s, i, running=True)
        if read is None:
            i = _skip_token(s, i)
            continue
        (value, unit, qualifier, upper), end = read
        if i > 0 and s[i - 1] in _PER:  # 每千人口, 每10万人: the denominator of a rate, not a figure
            i = end
            continue
        if unit.startswith("/") and i > 0 and s[i - 1] in "（(" and s[end:end + 1] in "）)":
            i = end  # 孕产妇死亡率（1/10万）: the unit a label's figures are in, not a figure
            continue
        start = i
        lead_qualifier, lead_start = _lead_qualifier(s, i)
        if lead_qualifier is not None and qualifier in (Qualifier.EXACT, lead_qualifier):
            qualifier, start = lead_qualifier, lead_start
        completion = False
        if unit == "%":
            if COMPLETION.search(s[max(0, i - 20): i]):
                completion = True
            elif previous_completion_end >= 0 and s[previous_completion_end:i] in ("、", "和", "与", "及"):
                completion = True  # 分别完成省定目标的125.6%、134.4%、110.4%; 分别完成年度任务的104%和102.5%
        if completion:
            previous_completion_end = end
        found.append((Quantity(s[start:end], value, unit, qualifier, upper, completion), start, end))
        i = end
    extra = _medals(s, found, low, high) + _programmes(s, found, low, high)
    # found is in order: a figure starts after the digits of the one before (a qualifier word before it
    # holds none)
    return sorted(found + extra, key=lambda item: item[1]) if extra else found


# 十万就业见习岗位募集计划: a programme named by its target (a plan of 10万个岗位). Read only
# inside quotation marks, for a round figure of at least a hundred, and for what the name
# counts with a known measure word.
PROGRAMME = starting_with("一二三四五六七八九两十百千万",
                          r"(?<=[“\"「『])([一二三四五六七八九两]?[十百千万][十百千万]*)([\u4e00-\u9fff]{2,12}?)"
                          r"(?:计划|工程|行动|活动|项目)(?=[”\"」』])")
PROGRAMME_UNITS = (("岗位", "个"), ("学位", "个"), ("床位", "张"), ("托位", "个"), ("人才", "人"), ("青年", "人"),
                   ("学子", "人"), ("农民", "人"), ("职工", "人"), ("企业", "家"), ("家庭", "户"), ("农户", "户"),
                   ("亩", "亩"), ("公里", "公里"))


def _programmes(s: str, found: list[tuple[Quantity, int, int]], low: int,
                high: int) -> list[tuple[Quantity, int, int]]:
    matches = list(PROGRAMME.finditer(s, low, high))
    if not matches:  # most stretches: no quoted name
        return []
    taken = [(start, end) for _, start, end in found]
    named = []
    for match in matches:
        start, end = match.span(1)
        unit = next((u for noun, u in PROGRAMME_UNITS if noun in match.group(2)), None)
        if unit is None or any(a < end and start < b for a, b in taken):
            continue
        try:
            value = parse_chinese_numeral(match.group(1))
        except QuantityError:
            continue
        if value >= 100:
            named.append((Quantity(match.group(1), value, unit), start, end))
    return named


_MEDAL = starting_with(f"\\d{''.join(DIGITS)}十", f"(\\d+|[{''.join(DIGITS)}十]+)(金|银|铜)(牌)?")


def _medals(s: str, found: list[tuple[Quantity, int, int]], low: int, high: int) -> list[tuple[Quantity, int, int]]:
    """A medal tally (10金、12银、8铜; 5金2银1铜; 1金牌1铜牌): one count of 枚 per medal. Read only
    where 牌 follows or another medal stands right beside it, so 5金 alone is not a medal."""
    if not (_after_number(s, "金", low, high) or _after_number(s, "银", low, high)
            or _after_number(s, "铜", low, high)):
        return []  # most stretches: none of the words, or only in 资金, 银行
    taken = [(start, end) for _, start, end in found]
    matches = list(_MEDAL.finditer(s, low, high))
    tallies = []
    for i, match in enumerate(matches):
        beside = any(0 <= other.start() - match.end() <= 1 or 0 <= match.start() - other.end() <= 1
                     for j, other in enumerate(matches) if j != i)
        if not (match.group(3) or beside) or any(a < match.end() and match.start() < b for a, b in taken):
            continue
        number = match.group(1)
        try:
            value = Decimal(number) if number.isdigit() else parse_chinese_numeral(number)
        except QuantityError:
            continue
        tallies.append((Quantity(match.group(), value, "枚"), match.start(), match.end()))
    return tallies


_MEDAL_NUMBERS = frozenset("".join(DIGITS) + "十")  # the characters of _MEDAL's number class


def _after_number(s: str, word: str, low: int, high: int) -> bool:
    """Whether `word` stands in s[low:high] right after a digit or a numeral of that stretch, as
    in every medal tally (str.find, not a pattern: a pattern would cost every start-up)."""
    at = s.find(word, low, high)
    while at >= 0:
        if at > low and (s[at - 1].isdigit() or s[at - 1] in _MEDAL_NUMBERS):
            return True
        at = s.find(word, at + 1, high)
    return False


def describe_plainly(quantity: Quantity) -> str:
    """A quantity as a rule author writes it, read back the same: 5枚, 不少于75个, 20至30人."""
    value, unit = decimal_text(quantity.value), quantity.unit
    if quantity.qualifier is Qualifier.RANGE and quantity.upper is not None:
        return f"{value}至{decimal_text(quantity.upper)}{unit}"
    return {
        Qualifier.EXACT: f"{value}{unit}", Qualifier.MORE_THAN: f"超过{value}{unit}",
        Qualifier.AT_LEAST: f"不少于{value}{unit}", Qualifier.ABOUT: f"约{value}{unit}",
        Qualifier.NEARLY: f"近{value}{unit}", Qualifier.AT_MOST: f"不超过{value}{unit}",
        Qualifier.LESS_THAN: f"低于{value}{unit}",
    }[quantity.qualifier]


def describe(quantity: Quantity) -> str:
    """A short canonical writing of a quantity: 12800个, ≥85%, 20–30人."""
    value = decimal_text(quantity.value)
    unit = quantity.unit
    if quantity.qualifier is Qualifier.RANGE and quantity.upper is not None:
        return f"{value}–{decimal_text(quantity.upper)}{unit}"
    mark = {
        Qualifier.EXACT: "", Qualifier.MORE_THAN: ">", Qualifier.AT_LEAST: "≥",
        Qualifier.ABOUT: "≈", Qualifier.NEARLY: "近", Qualifier.AT_MOST: "≤",
        Qualifier.LESS_THAN: "<",
    }[quantity.qualifier]
    prefix = "完成目标的" if quantity.completion else ""
    return f"{prefix}{mark}{value}{unit}"


# --- the scanner ---------------------------------------------------------------------


def _read(s: str, i: int, *, running: bool) -> tuple[tuple[Decimal, str, Qualifier, Decimal | None], int] | None:
    """Read number [余/多] [scale] [余/多] [unit] [suffix] [range] at s[i]."""
    percent_words = s.startswith("百分之", i)
    if percent_words:
        i += 3
    number = _number(s, i, running=running)
    if number is None:
        return None
    value, end, chinese, places = number
    if running and not chinese and _is_year(s, i, end):
        return None
    qualifier = Qualifier.EXACT
    upper: Decimal | None = None
    unit = "%" if percent_words else ""
    if not percent_words:
        more = _more_at(s, end)
        if more and _scale_at(s, end + 1):
            qualifier, end = Qualifier.MORE_THAN, end + 1  # 8000余万元
            value, end, _ = _scale(s, end, value)
        # a range: 20-30人, 2至3个, 1—2个, 5-10万元, 20%-30%
        first_unit, unit_at = _unit_at(s, end), end
        separator = _range_separator_at(s, end + len(first_unit))
        if separator and qualifier is Qualifier.EXACT:
            at = end + len(first_unit) + len(separator)
            second = _number(s, at, running=running)
            if (second is not None and second[2] == chinese
                    and (not first_unit or _unit_at(s, second[1]) == first_unit)):
                upper_value, upper_end, _, upper_places = second
                if not (running and _is_year(s, at, upper_end)):
                    if places == 0 and upper_places > 0:
                        value = shift(value, upper_places)  # 5-10万元: one scale word for both ends
                    upper, end = upper_value, upper_end
                    qualifier = Qualifier.RANGE
                    if upper <= value:
                        if running:
                            return None
                        raise QuantityError(Message("quantity-range-inverted", upper=upper, lower=value))
        if qualifier is not Qualifier.RANGE and _more_at(s, end):
            qualifier, end = Qualifier.MORE_THAN, end + 1  # 9万多个, 百余人次, 100多人
        word = first_unit if end == unit_at else _unit_at(s, end)
        if word == "部" and s[end + 1:end + 2] in _OTHER_WORD_AFTER_BU:
            word = ""
        if word:
            unit, end = word, end + len(word)
    for bound in (value, upper):
        if bound is not None and len(bound.normalize().as_tuple().digits) > PRECISION:
            if running:
                return None  # no release states a figure this precise; comparing it would round it
            raise QuantityError(Message("quantity-too-precise", digits=len(bound.normalize().as_tuple().digits),
                                        limit=PRECISION))
    if running and chinese and not unit:
        return None  # a Chinese numeral counts only where a counted thing follows it
    if running and chinese and end - i - len(unit) == 1 and s[i] in _FORMAL_DIGITS:
        return None  # 伍家岗区: one formal digit alone is a name; amounts in formal digits are longer
    suffix = _suffix_at(s, end)
    if suffix and qualifier is Qualifier.EXACT and (unit or not running or suffix not in MORE):
        qualifier, end = SUFFIXES[suffix], end + len(suffix)
    if running and not unit:
        written = s[i:end]
        if not any(ch in BIG_UNITS for ch in written):
            return None  # a bare number (a code, a list index, a year without 年) is not a quantity
    return (value, unit, qualifier, upper), end


def _number(s: str, i: int, *, running: bool) -> tuple[Decimal, int, bool, int] | None:
    """A number with its scale words: 35.27亿 → 3527000000; 一万零一; 二十点一万; 1亿2300万.

    Returns (value, end, is_chinese, places the scale words shifted it by).
    """
    match = ARABIC.match(s, i)
    if match:
        if running and i > 0 and s[i - 1] == "第":
            return None  # 第3位 is a rank
        if _too_long(match, running=running):
            return None
        value, end, places = _scale(s, match.end(), Decimal(match.group().replace(",", "")))
        # 1亿2300万, 1万600: a further group below the last scale word
        while places >= 4 and (more := ARABIC.match(s, end)) and "." not in more.group():
            if _too_long(more, running=running):
                break
            low, low_end, low_places = _scale(s, more.end(), Decimal(more.group().replace(",", "")))
            if low_places >= places or (low_places == 0 and running) or low >= shift(Decimal(1), places):
                break
            value, end = value + low, low_end
            places = low_places
        return value, end, False, places
    match = CHINESE.match(s, i)
    if not match:
        return None
    word = match.group()
    end = match.end()
    if running and i > 0 and s[i - 1] in "第“‘\"「『":
        return None  # 第三届 is an ordinal; “五个”系列 is a name
    if running and len(word) > 2 and all(ch in DIGITS for ch in word) and s.startswith("年", end):
        return None  # 二〇二五年, 二零零八年: a year written digit by digit
    if len(word) > 1 and word[-1] in SMALL_UNITS and _unit_at(s, end - 1):
        word, end = word[:-1], end - 1  # 一千克 is 1 千克, as 12千米 is 12 千米
    if all(ch in BIG_UNITS for ch in word) and not _THRESHOLD_AFTER.match(s, end):
        # 万 alone is no number (a table's 单位 cell, 万人, is not 1万人; Recognizers-Text reads 万 alone as none),
        # but for the idiom of a threshold (亿元以上项目)
        if running:
            return None
        raise QuantityError(Message("numeral-bare-scale", scale=word[0], text=word))
    scale = ""
    if "点" in word:  # a scale after a decimal part: 二十点一万
        stripped = word.rstrip("".join(BIG_UNITS))
        scale, word = word[len(stripped):], stripped
    try:
        value = parse_chinese_numeral(word)
    except QuantityError:
        if running:
            return None
        raise
    places = 0
    for ch in scale:
        step = len(str(BIG_UNITS[ch])) - 1
        value, places = shift(value, step), places + step
    return value, end, True, places


_THRESHOLD_AFTER = regex.compile(r"[^\d\W]{0,3}?及?以[上下]")


def _too_long(match: re.Match[str], *, running: bool) -> bool:
    written = match.group()
    if len(written) <= MAX_DIGITS:  # most figures: too short to hold too many digits
        return False
    digits = sum(ch.isdigit() for ch in written)
    if digits <= MAX_DIGITS:
        return False
    if running:
        return True
    raise QuantityError(Message("quantity-too-many-digits", digits=digits, limit=MAX_DIGITS))


def _scale(s: str, i: int, value: Decimal) -> tuple[Decimal, int, int]:
    """Apply the scale words after an Arabic number: 3.5万, 3千万, 6483.8万 (value, end, places)."""
    last = 10**13
    places = 0
    while i < len(s) and s[i] in SCALES and not _unit_at(s, i):  # 12千米 is 12 千米, not 12000 米
        factor = SCALES[s[i]]
        if factor < 10**4 and factor >= last:
            break
        step = len(str(factor)) - 1
        value, places = shift(value, step), places + step
        last = factor if factor < 10**4 else 10**13
        i += 1
    return value, i, places


def _is_year(s: str, start: int, end: int) -> bool:
    """2024年, 2021—2035年, 2017至2020年, 2020-2021学年: dates, not counts."""
    written = s[start:end]
    if not (len(written) == 4 and written.startswith(("19", "20")) and written[2:].isdecimal()):  # (19|20)\d\d
        return False
    after = s[end:end + 6]
    if after.startswith(("年", "学年")):
        return True
    return bool(re.match(r"(?:-|—|–|~|至|到)(?:19|20)\d\d(?:年|学年)?", after))


def _words_at(words: Callable[[], tuple[str, ...]]) -> Callable[[str, int], str]:
    """A look-up of `words()` (made on first use): the first of them that a text has at a
    position, in their order (longest first, where it matters), or "". Only the words starting
    with the character there are tried: a pattern of the hundred measure words would try every
    one of them at each figure."""
    table: dict[str, tuple[str, ...]] | None = None

    def at(s: str, i: int) -> str:
        nonlocal table
        if table is None:
            table = _by_first(words())
        for word in table.get(s[i:i + 1], ()):
            if s.startswith(word, i):
                return word
        return ""

    return at


def _by_first(words: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    """The words by their first character, each group in the order of `words`."""
    groups: dict[str, list[str]] = {}
    for word in words:
        if word:
            groups.setdefault(word[0], []).append(word)
    return {first: tuple(group) for first, group in groups.items()}


_unit_at = _words_at(measure_words)
# 部 that begins another word (五部门, 三部署): no measure word there
_OTHER_WORD_AFTER_BU = frozenset("门署分队位件长委")
_more_at = _words_at(lambda: MORE)
_scale_at = _words_at(lambda: SCALE_WORDS)
_suffix_at = _words_at(lambda: SUFFIX_WORDS)
_prefix_at = _words_at(lambda: PREFIX_WORDS)
_neutral_lead_at = _words_at(lambda: NEUTRAL_LEADS)
_range_separator_at = _words_at(lambda: RANGE_SEPARATORS)
_per_lead_at = _words_at(lambda: PER_LEADS)


def per_lead(text: str) -> str:
    """What a value says its figure is per, before it (每人每月 of 每人每月780元), or ""."""
    return _per_lead_at(text, 0)


def _combine(first: Qualifier, second: Qualifier, s: str) -> Qualifier:
    if first is Qualifier.EXACT:
        return second
    if second is Qualifier.EXACT or second is first:
        return first
    raise QuantityError(Message("quantity-two-qualifiers", first=Term("qualifier", first.value),
                                second=Term("qualifier", second.value)))


def _first_number(s: str) -> int | None:
    match = re.search(r"\d|百分之", s)
    return match.start() if match else None


def _lead_qualifier(s: str, i: int) -> tuple[Qualifier | None, int]:
    """The longest qualifier word ending at i (不少于, 超过, 近)."""
    for length in _PREFIX_LENGTHS:  # one look-up per length, not a comparison per word
        if length <= i:
            qualifier = PREFIXES.get(s[i - length:i])
            if qualifier is not None and not (length == 1 and s[i - 2:i] in _WORDS_ENDING_IN_A_QUALIFIER):
                return qualifier, i - length
    if i > 1 and s[i - 1] == "有" and s[i:i + 1].isdigit():  # (差不多有3000个, 约有, 至少有: the qualifier before 有)
        qualifier, start = _lead_qualifier(s[:i - 1], i - 1)
        if qualifier is not None and qualifier is not Qualifier.EXACT:
            return qualifier, start
    return None, i


# words whose last character is a one-character qualifier but which qualify nothing: 签约30个 is
# 30 signed, not about 30; 最近3年 is the last three years, not nearly three
_WORDS_ENDING_IN_A_QUALIFIER = frozenset((
    "签约", "节约", "预约", "合约", "公约", "条约", "制约", "履约", "违约", "特约", "邀约", "集约", "简约", "解约",
    "续约", "附近", "最近", "临近", "靠近", "邻近", "就近", "亲近", "贴近"))


# every place an idiom starts, overlapping ones too (a lookahead consumes nothing)
_IDIOM = starting_with("".join(sorted({idiom[0] for idiom in IDIOMS})),
                       "(?=(" + "|".join(re.escape(idiom) for idiom in IDIOMS) + "))")


def blocked_positions(s: str) -> set[int]:
    """The positions of idioms (千家万户, 一次性): no quantity starts inside one."""
    blocked: set[int] = set()
    for match in _IDIOM.finditer(s):
        blocked.update(range(match.start(1), match.end(1)))
    if "年" in s:
        for match in _ITEM_BEFORE_YEAR.finditer(s):
            blocked.update(range(match.start(), match.end()))
    for match in _NUMERAL_PLACE.finditer(s):
        blocked.update(range(match.start(), match.end()))
    return blocked


# a place whose name opens with a numeral and a measure word (三台县, 七台河市, 五家渠市, 八所镇, 九台区): no figure;
# not 三家县级医院, 两所区属学校
_NUMERAL_PLACE = regex.compile(r"(?<![一二三四五六七八九十两百千万\d])[一二三四五六七八九十两][台家所][^\W\d_个]?"
                               r"(?:县|区|市|镇|旗)(?![级域内外城属直管])")


# the number of a list's item or a table before a year (2.2026年秋季开学前，…; 表1 2025年民生实事…, its space gone
# from the flat text): no decimal 2.2026年, no 12025年
_ITEM_BEFORE_YEAR = regex.compile(r"(?<![\d.])\d{1,2}\.?(?=(?:19|20)\d\d年)")


def _no_measure_word_after(s: str, i: int) -> bool:
    """A quick refusal, before the full reading, of a Chinese numeral no measure word follows
    (most are: 一体化, 三不腐, 十四五): nothing after it, or after 余/多, or within its last
    character (一千克), starts a measure word, and no range goes on from it."""
    if s.startswith("百分之", i):
        return False
    match = CHINESE.match(s, i)
    if match is None:
        return False
    end = match.end()
    after = end + 1 if s[end:end + 1] in ("余", "多") else end
    return not (_unit_at(s, end) or _unit_at(s, after) or _unit_at(s, end - 1)
                or _range_separator_at(s, end) or s[end:end + 1] in SCALES)


def _skip_token(s: str, i: int) -> int:
    match = ARABIC.match(s, i) or CHINESE.match(s, i)
    return match.end() if match else i + 1
