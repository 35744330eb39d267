"""Chinese numerals ⇄ exact numbers.

Reads the standard reading (一万二千三百, 一万零一, 两百), traditional and financial
forms (萬 億 壹 贰 拾 佰 仟), digit-by-digit years (二〇二五), a decimal part (二点一五)
and the colloquial abbreviation 一万五 (= 15000). Everything is integer arithmetic, so
the result is exact.
"""

from __future__ import annotations

from decimal import Decimal

from checker.diagnostics import QuantityError
from checker.messages import Message

DIGITS = {
    "零": 0, "〇": 0, "○": 0,
    "一": 1, "壹": 1, "幺": 1,
    "二": 2, "贰": 2, "貳": 2, "两": 2, "兩": 2,
    "三": 3, "叁": 3, "參": 3,
    "四": 4, "肆": 4,
    "五": 5, "伍": 5,
    "六": 6, "陆": 6, "陸": 6,
    "七": 7, "柒": 7,
    "八": 8, "捌": 8,
    "九": 9, "玖": 9,
}
SMALL_UNITS = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
BIG_UNITS = {"万": 10**4, "萬": 10**4, "亿": 10**8, "億": 10**8}
POINT = "点"
NUMERAL_CHARS = frozenset(DIGITS) | frozenset(SMALL_UNITS) | frozenset(BIG_UNITS)

# Longer numerals are not quantities from a release; refusing them bounds the work.
MAX_NUMERAL_LENGTH = 64


def parse_chinese_numeral(text: str) -> Decimal:
    """Read a whole Chinese numeral exactly; raise QuantityError on anything else."""
    if not text:
        raise QuantityError(Message("numeral-empty"))
    if len(text) > MAX_NUMERAL_LENGTH:
        raise QuantityError(Message("numeral-too-long", length=len(text)))
    integer_part, point, fraction = text.partition(POINT)
    if point:
        if not fraction or any(ch not in DIGITS for ch in fraction):
            raise QuantityError(Message("numeral-bad-decimal", fraction=fraction, text=text))
        digits = "".join(str(DIGITS[ch]) for ch in fraction)
        return Decimal(_integer(integer_part, text)) + Decimal("0." + digits)
    return Decimal(_integer(text, text))


def _integer(text: str, whole: str) -> int:
    if not text:
        raise QuantityError(Message("numeral-no-integer", text=whole))
    unknown = [ch for ch in text if ch not in NUMERAL_CHARS]
    if unknown:
        raise QuantityError(Message("numeral-not-numeral", char=unknown[0], text=whole))
    if all(ch in DIGITS for ch in text) and (len(text) > 2 or "〇" in text or "○" in text):
        # 二〇二五: a digit-by-digit reading, as in years (一一 alone is not a number)
        return int("".join(str(DIGITS[ch]) for ch in text))

    total = 0  # complete 亿 groups
    wan = 0  # the 万 group of the current 亿 group
    section = 0  # below 万
    number: int | None = None  # the digit waiting for its unit
    last_small = 10**5  # small units must fall within a section: 千 > 百 > 十
    last_big = 10**9
    previous = ""
    for ch in text:
        if ch in DIGITS:
            if number is not None and previous in DIGITS and DIGITS[previous] != 0:
                raise QuantityError(Message("numeral-two-digits", pair=previous + ch, text=whole))
            number = DIGITS[ch]
        elif ch in SMALL_UNITS:
            unit = SMALL_UNITS[ch]
            if unit >= last_small:
                raise QuantityError(Message("numeral-out-of-order", char=ch, text=whole))
            if number == 0 and previous in DIGITS and (unit != 10 or len(text) == 2 or text[0] in "零〇○"):
                raise QuantityError(Message("numeral-not-a-number", pair=previous + ch, text=whole))
            if number is None or (number == 0 and previous in DIGITS):
                after_hundred = previous in "百佰" and unit == 10  # 一百十一 = 111
                if previous and previous not in DIGITS and previous not in BIG_UNITS and not after_hundred:
                    raise QuantityError(Message("numeral-no-digit", char=ch, text=whole))
                number = 1  # 十 = 一十, 一万零十 = 一万零一十
            section += number * unit
            number = None
            last_small = unit
        else:
            unit = BIG_UNITS[ch]
            if previous in BIG_UNITS and not (previous in "万萬" and unit == 10**8):
                raise QuantityError(Message("numeral-not-a-number", pair=previous + ch, text=whole))
            section += number or 0
            if unit == 10**4:
                if last_big <= 10**4:
                    raise QuantityError(Message("numeral-two-wan", text=whole))
                wan = (section or (1 if previous == "" else 0)) * unit
                if wan == 0:
                    raise QuantityError(Message("numeral-bare-scale", scale="万", text=whole))
                last_big = unit
            else:
                group = wan + section
                if group == 0 and previous != "":
                    raise QuantityError(Message("numeral-bare-scale", scale="亿", text=whole))
                total = (total + (group or 1)) * unit
                wan = 0
                last_big = 10**9
            section = 0
            number = None
            last_small = 10**5
        previous = ch
    if number is not None:
        if previous in DIGITS and len(text) >= 2 and text[-2] in SMALL_UNITS | BIG_UNITS:
            # 一万五 = 15000, 三千五 = 3500: a last digit straight after a unit is the next lower place
            below = text[-2]
            place = SMALL_UNITS.get(below) or BIG_UNITS[below]
            number *= place // 10
        section += number
    return total + wan + section


def to_chinese_numeral(n: int) -> str:
    """The standard reading of a non-negative integer: 10001 → 一万零一, 12 → 十二."""
    if n < 0:
        raise ValueError("negative numbers have no numeral here")
    if n == 0:
        return "零"
    text = _write(n)
    return text[1:] if text.startswith("一十") else text


def _write(n: int) -> str:
    if n >= 10**8:
        high, low = divmod(n, 10**8)
        return _write(high) + "亿" + _rest(low, 10**7)
    if n >= 10**4:
        high, low = divmod(n, 10**4)
        return _write(high) + "万" + _rest(low, 1000)
    out: list[str] = []
    zero_pending = False
    for place, name in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        digit = n // place % 10
        if digit == 0:
            zero_pending = bool(out)
            continue
        if zero_pending:
            out.append("零")
            zero_pending = False
        out.append("一二三四五六七八九"[digit - 1] + name)
    return "".join(out)


def _rest(low: int, full: int) -> str:
    if low == 0:
        return ""
    return ("零" if low < full else "") + _write(low)
