"""Rebuild the filtered oracle tables in this folder from the shared copies.

    python tests/vectors/build_vectors.py [/path/to/shared/vectors]

Reads the upstream tables (default: /work/shared/vectors), keeps the cases that fall
within the checker's semantics, converts their expected values to ours, and writes one
JSON file per upstream project, each with its attribution in "_source" and every case
it left out, with the reason, in "excluded". The hand decisions (which seed hits are
real counts, which date cases are ours) live in this script, next to the rules.
Not a test module: pytest does not collect it, and the tests only read the JSON.
"""

from __future__ import annotations

import json
import re
import shutil
import sys
import unicodedata
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
SHARED = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/work/shared/vectors")

NUMERAL_CHARS = set("零〇一二两三四五六七八九十百千万亿萬億壹贰叁肆伍陆柒捌玖拾佰仟")
DIGIT_CHARS = set("零〇一二两三四五六七八九壹贰叁肆伍陆柒捌玖")
SCALE_CHARS = set("十百千万亿萬億拾佰仟")
# Characters that upstream tables read but we do not, with the reason we give.
FOREIGN_CHARS = {
    "负": "negative numbers: the checker reads amounts, not signed values (no 负/minus)",
    "負": "negative numbers: the checker reads amounts, not signed values (no 负/minus)",
    "-": "negative numbers: the checker reads amounts, not signed values (no 负/minus)",
    "－": "negative numbers: the checker reads amounts, not signed values (no 负/minus)",
    "廿": "廿 (archaic 20) is not among the numeral characters the checker reads",
    "兩": "traditional 兩 is not among the numeral characters we read (only 萬/億 are; NFKC does not map 兩→两)",
    "倆": "倆 is not a numeral character we read",
    "陸": "traditional financial 陸 is not among the numeral characters we read",
    "貳": "traditional financial 貳 is not among the numeral characters we read",
    "點": "traditional 點 is not read (we read 点)",
    "幾": "几/幾 (an unknown digit) has no exact value",
    "几": "几/幾 (an unknown digit) has no exact value",
    "兆": "兆 is ambiguous (10^6 or 10^12) and not read",
    "打": "打 (dozen) is not a numeral we read",
    "半": "半 (half) is not read",
    "幺": "幺 (spoken 1) is not among the numeral characters we read",
    "分": "fractions (N分之M) are not read",
    "又": "fractions (N又M分之K) are not read",
    "元": "money sub-units / 元整 are not a pure numeral",
    "圆": "圆 is not among our units (we read 元)",
    "整": "money sub-units / 元整 are not a pure numeral",
    "角": "角/分 money sub-units are not read",
    "个": "not a pure numeral",
}
# Upstream cases we leave out by hand: input -> reason.
HAND_EXCLUDED = {
    "一万零百一十一": "malformed (零百); cn2an reads 10111 but the form is not a standard numeral, so its value is debatable",
    "百十一": "colloquial 百十一 without a leading digit: debatable (cn2an strict mode rejects it, normal mode accepts it)",
    "百三": "abbreviation without leading digit (百三 = 130) is debatable",
    "千三": "abbreviation without leading digit (千三 = 1300) is debatable",
    "零十": "零十 = 10 is not a standard numeral (value debatable)",
    "一百零十万": "malformed (零十万); Recognizers reads 1100000, value debatable",
    "壹萬二百五十": "missing 零 (壹萬二百五十): could be 10250 or an abbreviation; debatable",
    "一万二百五十": "missing 零 (一万二百五十): could be 10250 or an abbreviation; debatable",
    "两千万点五五四四": "decimal part after 万 (20000000.5544 vs 2000.5544万) is debatable",
    "两千三点一": "abbreviation plus decimal (2300.1) is debatable",
    "四万万": "archaic 万万 = 亿 is not read (value debatable in modern usage)",
    "10万万": "archaic 万万 = 亿 is not read (value debatable in modern usage)",
    "10萬萬": "archaic 万万 = 亿 is not read (value debatable in modern usage)",
    "四萬萬": "archaic 万万 = 亿 is not read (value debatable in modern usage)",
    "壹壹": "financial numerals written digit-by-digit: neither reading (11 or error) is clearly ours",
    "壹壹壹": "financial numerals written digit-by-digit: neither reading (111 or error) is clearly ours",
    "零一": "cn2an 'direct' keeps the digit string '01'; a leading-zero digit string has no single agreed value in our API",
    "零零三": "cn2an 'direct' keeps the digit string '003'; leading zeros, see 零一",
    "012": "arabic digit string with a leading zero, cn2an 'direct' mode semantics",
    ".23456000": "leading decimal point without 0 is not a form the seeds use (debatable)",
    ".5": "leading decimal point without 0 is not a form the seeds use (debatable)",
    "-.5": "negative",
}

SOURCES = {
    "cn2an": {
        "project": "Ailln/cn2an", "commit": "7c9ba07", "licence": "MIT",
        "upstream_files": "cn2an/cn2an_test.py, cn2an/an2cn_test.py (setUp tables)",
        "shared_copy": "cn2an/cn2an_cases.json, cn2an/an2cn_cases.json",
    },
    "jionlp": {
        "project": "dongrixinyu/JioNLP", "commit": "783abc5", "licence": "Apache-2.0",
        "upstream_files": "test/test_money_parser.py, test/test_money_extractor.py, test/test_time_parser.py",
        "shared_copy": "jionlp/money_parser_cases.json, jionlp/money_extractor_cases.json, jionlp/time_parser_cases.json",
    },
    "recognizers_text": {
        "project": "microsoft/Recognizers-Text", "commit": "90e968e", "licence": "MIT",
        "upstream_files": "Specs/Number/Chinese/{NumberModel,PercentModel,NumberRangeModel,NumberRangeModelExperimentalMode}.json, "
                          "Specs/NumberWithUnit/Chinese/{CurrencyModel,DimensionModel}.json, "
                          "Specs/DateTime/Chinese/{DateParser,DatePeriodParser,DateTimeModel}.json",
        "shared_copy": "recognizers_text/*.json",
    },
    "wetextprocessing": {
        "project": "wenet-e2e/WeTextProcessing", "commit": "039007e", "licence": "Apache-2.0",
        "upstream_files": "itn/chinese/test/data/{number,cardinal,measure,money,date}.txt and normalizer*.txt",
        "shared_copy": "wetextprocessing/itn_*.txt",
    },
}


# ---------------------------------------------------------------------------------------
# helpers

def dec(x) -> str:
    """Exact decimal text of an upstream number (JSON floats go through repr, so 1e-15 -> '1E-15')."""
    if isinstance(x, bool):
        raise TypeError(x)
    if isinstance(x, int):
        return str(x)
    if isinstance(x, float):
        return str(Decimal(repr(x)))
    return str(Decimal(str(x)))


def tag(value: str) -> str:
    """An ASCII tag for a pytest id (pytest escapes non-ASCII ids, so Chinese would be unreadable)."""
    v = Decimal(value)
    t = format(v.normalize(), "f") if abs(v) < Decimal("1e21") else str(v)
    return t.replace(".", "p").replace("-", "m")


def norm(s: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s))


class Table:
    def __init__(self, name: str, about: str):
        self.name = name
        self.data = {"_source": SOURCES[name], "_about": about}
        self.counters: dict[str, int] = {}
        self.sections: dict[str, list] = {}
        self.excluded: list = []

    def _id(self, group: str, label: str) -> str:
        n = self.counters.get(group, 0) + 1
        self.counters[group] = n
        return f"{self.name.split('_')[0]}-{group}-{n:03d}" + (f"-{label}" if label else "")

    def add(self, section: str, group: str, case: dict, label: str = "") -> None:
        case = {"id": self._id(group, label), "group": group, **case}
        self.sections.setdefault(section, []).append(case)

    def exclude(self, origin: str, inp, reason: str) -> None:
        self.excluded.append({"origin": origin, "input": inp, "reason": reason})

    def write(self, path: Path) -> dict:
        out = dict(self.data)
        out.update(self.sections)
        out["excluded"] = self.excluded
        path.write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        counts = {k: len(v) for k, v in self.sections.items()}
        counts["excluded"] = len(self.excluded)
        return counts


def numeral_problem(s: str) -> str | None:
    """Why a Chinese numeral string is not one we read, or None."""
    if s in HAND_EXCLUDED:
        return HAND_EXCLUDED[s]
    for ch in s:
        if ch in FOREIGN_CHARS:
            return FOREIGN_CHARS[ch]
    bad = [ch for ch in s if ch not in NUMERAL_CHARS and ch != "点"]
    if bad:
        return f"characters outside our numeral set: {''.join(bad)}"
    whole = s.split("点")[0]
    if len(whole) == 2 and all(ch in DIGIT_CHARS for ch in whole):
        return ("two digits in a row (一一, 一二点三零): digit-by-digit reading (11, 12.30) collides with the "
                "adjacent-digit approximation (七八 = 7 to 8), so the value is debatable")
    return None


def numeral_group(s: str) -> str:
    """standard / digits (digit-by-digit) / abbrev (三万五) / decimal (点)."""
    if "点" in s:
        return "decimal"
    if len(s) > 1 and not (set(s) & SCALE_CHARS):
        return "digits"
    if len(s) >= 2 and s[-1] in DIGIT_CHARS and s[-1] not in "零〇" and s[-2] in set("百千万亿萬億佰仟"):
        return "abbrev"
    return "standard"


ARABIC = re.compile(r"^(?P<num>\d+(?:\.\d+)?)(?P<scale>万亿|万|亿|萬億|萬|億)?$")
ARABIC_COMMA = re.compile(r"^(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?)(?P<scale>万亿|万|亿)?$")
SCALE = {"万": 10**4, "萬": 10**4, "亿": 10**8, "億": 10**8, "万亿": 10**12, "萬億": 10**12, None: 1}


def arabic_value(n: str) -> tuple[str, str] | None:
    """(value, group) for a bare arabic number (after NFKC and space removal), else None."""
    m = ARABIC.match(n)
    if m:
        return str(Decimal(m["num"]) * SCALE[m["scale"]]), "arabic"
    m = ARABIC_COMMA.match(n)
    if m:
        return str(Decimal(m["num"].replace(",", "")) * SCALE[m["scale"]]), "thousands_sep"
    return None


# ---------------------------------------------------------------------------------------
# cn2an

def build_cn2an() -> dict:
    t = Table("cn2an", "Chinese numerals -> numbers (cn2an strict/normal/smart/direct tables, their "
                       "must-raise lists) and numbers -> Chinese (an2cn). Values are exact decimal strings.")
    d = json.loads((SHARED / "cn2an/cn2an_cases.json").read_text(encoding="utf-8"))
    seen: set[str] = set()
    for table in ("strict", "normal"):
        for s, v in d[f"setUp:{table}_data_dict"].items():
            if s in seen:
                continue
            seen.add(s)
            origin = f"cn2an {table}_data_dict"
            if s == "壹拾壹元":   # a financial amount: read it as a quantity in 元
                t.add("quantity", "money", {"input": s, "value": dec(v), "unit": "元", "qualifier": "exact",
                                            "origin": origin}, tag(dec(v)))
                continue
            why = numeral_problem(s)
            if why:
                t.exclude(origin, s, why)
                continue
            t.add("numeral", f"{table}-{numeral_group(s)}", {"input": s, "value": dec(v), "origin": origin},
                  tag(dec(v)))
    for s, v in d["setUp:smart_data_dict"].items():
        origin = "cn2an smart_data_dict"
        n = norm(s)
        av = arabic_value(n)
        if av and av[1] == "arabic":
            t.add("quantity", "smart-arabic", {"input": s, "value": dec(v), "unit": "", "qualifier": "exact",
                                               "origin": origin}, tag(dec(v)))
        elif s.startswith("-"):
            t.exclude(origin, s, FOREIGN_CHARS["-"])
        else:
            t.exclude(origin, s, "mixes arabic digits with Chinese numerals inside one number (smart mode); not a form we read")
    for s, v in d["setUp:direct_data_dict"].items():
        origin = "cn2an direct_data_dict"
        why = numeral_problem(s)
        if why:
            t.exclude(origin, s, why)
            continue
        t.add("numeral", f"direct-{numeral_group(s)}", {"input": s, "value": dec(v), "origin": origin}, tag(dec(v)))
    conflicts = {"一一": "cn2an strict says this must raise, but we read digit-by-digit numerals (二〇二五 -> 2025), "
                        "so we assert cn2an normal's value 11 instead"}
    for key in ("normal", "strict"):
        for s in d[f"setUp:error_{key}_datas"]:
            origin = f"cn2an error_{key}_datas"
            if s in conflicts:
                t.exclude(origin, s, conflicts[s])
                continue
            if s in HAND_EXCLUDED:
                t.exclude(origin, s, HAND_EXCLUDED[s])
                continue
            if any(e["input"] == s for e in t.sections.get("numeral_error", [])):
                continue
            t.add("numeral_error", f"error-{key}", {"input": s, "origin": origin})
    for s in d["setUp:error_smart_datas"]:
        t.add("quantity_error", "error-smart", {"input": s, "origin": "cn2an error_smart_datas"})

    # an2cn: columns are [low, up (financial), rmb, direct]
    a = json.loads((SHARED / "cn2an/an2cn_cases.json").read_text(encoding="utf-8"))
    for num, (low, up, rmb, direct) in a["setUp:input_data"].items():
        origin = "cn2an an2cn input_data"
        v = Decimal(num)
        if v < 0:
            t.exclude(origin, num, "negative: " + FOREIGN_CHARS["负"])
            continue
        if v != v.to_integral_value() or "." in num or "e" in num:
            t.exclude(origin, num, "to_chinese_numeral is specified for integers only (decimals are read back below through parse_chinese_numeral instead)")
        else:
            t.add("to_chinese", "an2cn", {"value": str(int(v)), "text": low, "origin": origin}, str(int(v)))
        # every written form is also a parse vector (read back)
        for form, label in ((low, "low"), (up, "financial"), (direct, "direct")):
            why = numeral_problem(form)
            if why:
                t.exclude(origin + f" ({label} form, read back)", form, why)
                continue
            if any(c["input"] == form for c in t.sections.get("numeral", [])):
                continue
            t.add("numeral", f"an2cn-{label}-{numeral_group(form)}",
                  {"input": form, "value": str(Decimal(num)), "origin": origin + f" ({label} form, read back)"},
                  tag(str(Decimal(num))))
        t.exclude(origin + " (rmb form)", rmb, "the 元整/角/分 cheque form is not a quantity we read (元整, 角, 分)")
    for num, text in a["setUp:scientific_input_data"].items():
        origin = "cn2an an2cn scientific_input_data (read back)"
        t.add("numeral", f"an2cn-sci-{numeral_group(text)}", {"input": text, "value": dec(float(num)), "origin": origin},
              tag(dec(float(num))))
    for x in a["setUp:error_input_data"]:
        t.exclude("cn2an an2cn error_input_data", x, "to_chinese_numeral's error behaviour is not specified")
    # check the an2cn convention on 10..19 explicitly
    assert a["setUp:input_data"]["11"][0] == "十一", "an2cn writes 11 as 十一 (our convention)"
    return t.write(HERE / "cn2an.json")


# ---------------------------------------------------------------------------------------
# Recognizers-Text

PERCENT_EXCLUDE = [
    (re.compile(r"[成折]"), "成/折 (tenths / discount) are not percentages in our sense"),
    (re.compile(r"[千万萬]分之|仟分之"), "per-mille / per-myriad (千分之, 万分之) are not read"),
    (re.compile(r"佰\s*分\s*之"), "佰分之 is not a standard spelling of 百分之"),
    (re.compile(r"[kK]"), "k/K multipliers are not read"),
    (re.compile(r"[個點]"), "traditional 個/點 are not read (NFKC does not map them)"),
    (re.compile(r"^[-－负]"), "negative"),
]


def recognizers_whole(path: Path) -> list[tuple[dict, dict]]:
    out = []
    for c in json.loads(path.read_text(encoding="utf-8")):
        r = c.get("Results") or []
        if len(r) == 1 and r[0]["Start"] == 0 and r[0]["End"] == len(c["Input"]) - 1:
            out.append((c, r[0]))
    return out


def classify_number(t: Table, origin: str, inp: str, value: str) -> None:
    """A Recognizers 'number' whose whole input is the number."""
    n = norm(inp)
    if n in HAND_EXCLUDED or inp in HAND_EXCLUDED:
        t.exclude(origin, inp, HAND_EXCLUDED.get(n) or HAND_EXCLUDED[inp])
        return
    if re.search(r"[eE^/kKM]", n) or "分之" in n:
        t.exclude(origin, inp, "exponent / power / fraction / k-M multiplier notation is not read")
        return
    if n.startswith("-") or "负" in n or "負" in n:
        t.exclude(origin, inp, FOREIGN_CHARS["负"])
        return
    # 余/多 between the number and its scale: a lower bound
    m = re.fullmatch(r"(?P<a>.+?)(?P<q>余|多)(?P<s>万|亿|萬|億)", n)
    if m:
        base = m["a"]
        why = None if re.fullmatch(r"\d+", base) else numeral_problem(base)
        if why:
            t.exclude(origin, inp, why)
            return
        t.add("quantity", "more_than", {"input": inp, "value": value, "unit": "", "qualifier": "more_than",
                                        "origin": origin,
                                        "converted": "Recognizers resolves N余万 to N万; we keep the bound as qualifier more_than"},
              tag(value))
        return
    av = arabic_value(n)
    if av:
        assert Decimal(av[0]) == Decimal(value), (inp, av, value)
        t.add("quantity", av[1], {"input": inp, "value": value, "unit": "", "qualifier": "exact", "origin": origin},
              tag(value))
        return
    why = numeral_problem(n)
    if why:
        # arabic digits mixed with 千/百 etc.
        if re.search(r"\d", n):
            why = "mixes arabic digits with Chinese numeral characters inside one number (5万4千6百, 1千零1); debatable, not read"
        t.exclude(origin, inp, why)
        return
    if n != inp:   # had spaces or full-width: whitespace is only promised for parse_quantity
        t.add("quantity", "spaced-numeral", {"input": inp, "value": value, "unit": "", "qualifier": "exact",
                                             "origin": origin}, tag(value))
        return
    t.add("numeral", numeral_group(n), {"input": inp, "value": value, "origin": origin}, tag(value))


def classify_percent(t: Table, origin: str, inp: str, value: str) -> None:
    n = norm(inp)
    for rx, why in PERCENT_EXCLUDE:
        if rx.search(n):
            t.exclude(origin, inp, why)
            return
    v = value.rstrip("%")
    m = re.fullmatch(r"(.+)%", n)
    if m:
        num = m[1]
        unit = "%"
    elif n.startswith("百分之"):
        num = n[3:]
        unit = "%"
    elif n.endswith("个百分点"):
        num = n[:-4]
        unit = "个百分点"
    else:
        t.exclude(origin, inp, "not a 百分之 / % / 个百分点 form")
        return
    av = arabic_value(num)
    if av:
        group = "percent-" + av[1]
    else:
        problem = numeral_problem(num)
        if problem:
            t.exclude(origin, inp, problem)
            return
        group = "percent-chinese"
    if n != inp:
        group += "-spaced"
    case = {"input": inp, "value": str(Decimal(v)), "unit": unit, "qualifier": "exact", "origin": origin}
    if unit == "个百分点":
        case["converted"] = f"Recognizers resolves N个百分点 to 'N%'; we keep the unit 个百分点 (value {v})"
    t.add("quantity", group, case, tag(v))


def build_recognizers() -> tuple[dict, dict]:
    t = Table("recognizers_text", "Number/Percent/NumberRange cases whose whole Input is one expression "
              "(exactly one Result spanning all of Input), plus Currency/Dimension results in our units. "
              "Numerals without spaces go to parse_chinese_numeral; anything with arabic digits, spaces or "
              "full-width characters goes to parse_quantity with unit ''.")
    R = SHARED / "recognizers_text"
    for c, r in recognizers_whole(R / "Number__NumberModel.json"):
        classify_number(t, "Number/NumberModel", c["Input"], str(Decimal(r["Resolution"]["value"])))
    for c, r in recognizers_whole(R / "Number__PercentModel.json"):
        classify_percent(t, "Number/PercentModel", c["Input"], r["Resolution"]["value"])
    for f in ("Number__NumberRangeModel.json", "Number__NumberRangeModelExperimentalMode.json"):
        origin = "Number/" + f.split("__")[1][:-5]
        for c, r in recognizers_whole(R / f):
            inp = c["Input"]
            iv = r["Resolution"]["value"]
            n = norm(inp)
            m = re.fullmatch(r"\((\d+),\)", iv)
            if m and re.fullmatch(r"(\d+|[一二三四五六七八九十百千两壹贰叁肆伍陆柒捌玖拾佰仟]+)(余|多)(万|亿)", n):
                t.add("quantity", "range-more_than",
                      {"input": inp, "value": m[1], "unit": "", "qualifier": "more_than", "origin": origin,
                       "converted": f"Recognizers interval {iv} (open lower bound) -> value {m[1]}, more_than"},
                      m[1])
            elif "几" in n or "幾" in n:
                t.exclude(origin, inp, FOREIGN_CHARS["几"])
            elif re.search(r"万(多|余)亿", n):
                t.exclude(origin, inp, "万多亿 / 万余亿 (bound inside a compound scale) is not a form we read; debatable")
            elif "k" in n:
                t.exclude(origin, inp, "k multiplier not read")
            else:
                t.exclude(origin, inp, f"interval form ({iv}) with 与..之间 / 大于..小于 is not one of our range forms "
                                       "(and its open/closed ends differ between Recognizers' two modes)")
    # Currency and Dimension: every result text (the span, not the sentence) in our units
    ours = {"元": "元", "亩": "亩", "公斤": "公斤", "吨": "吨", "千米": "千米", "千克": "千克", "米": "米"}
    foreign = ["瑞士法郎", "美元", "欧元", "港元", "台币", "日元", "奈拉", "美圆"]
    for f in ("NumberWithUnit__CurrencyModel.json", "NumberWithUnit__DimensionModel.json"):
        origin = "NumberWithUnit/" + f.split("__")[1][:-5]
        for c in json.loads((R / f).read_text(encoding="utf-8")):
            for r in c.get("Results") or []:
                text = r["Text"]
                val = r["Resolution"].get("value")
                n = norm(text)
                m = re.fullmatch(r"(.+?)(瑞士法郎|美元|欧元|港元|台币|日元|奈拉|美圆|元|亩|公斤|吨|千米|千克|米)", n)
                if val is None or not m:
                    t.exclude(origin, text, "no number, or a unit we do not read (人民币 suffix/prefix, 公分, 克, 斤, 两, 比特, 千瓦, ...)")
                    continue
                num, unit = m[1], m[2]
                if re.search(r"[负半兆]|^\$|^￥|日本銭|元\d|角|分|毛|又", n) or (num and numeral_problem(num) and not arabic_value(num)):
                    t.exclude(origin, text, "sign, 半, 兆, symbol or sub-unit, or a number form we do not read")
                    continue
                if len(re.sub(r"\D", "", num)) > 20:
                    t.exclude(origin, text, "a 24-digit stress-test number: the parser may reject the number before it reaches the unit")
                    continue
                if any(c.get("input") == text for sec in t.sections.values() for c in sec):
                    continue
                if unit in foreign:
                    t.add("quantity_error", "foreign-currency", {"input": text, "mentions": unit, "origin": origin})
                else:
                    t.add("quantity", "unit-" + ("money" if unit == "元" else "measure"),
                          {"input": text, "value": str(Decimal(val)), "unit": ours[unit], "qualifier": "exact",
                           "origin": origin}, tag(val))
    counts = t.write(HERE / "recognizers_text.json")
    return counts, build_recognizers_datetime()


def minus_day(s: str) -> str:
    return (date.fromisoformat(s) - timedelta(days=1)).isoformat()


def build_recognizers_datetime() -> dict:
    t = Table("recognizers_text", "Hand-picked DateTime cases whose span is one of our period forms. Recognizers "
              "period ends are exclusive (endDate 2019-01-01 for the year 2018); ours are inclusive, so we subtract one day. "
              "Input is the Result Text (the span), with its ReferenceDateTime where the form is relative.")
    t.data["_about_files"] = "DateTime__DatePeriodParser.json, DateTime__DateParser.json, DateTime__DateTimeModel.json"
    R = SHARED / "recognizers_text"
    picks = {
        ("DatePeriodParser", "明年"): "year",
        ("DatePeriodParser", "奥运会在2008年"): "year",
        ("DatePeriodParser", "比 较 一 下 2009年，我们可以看出变化是很明显的"): "year",
        ("DatePeriodParser", "2018年10月"): "month",
        ("DatePeriodParser", "今年第一季度"): "quarter",
        ("DateParser", "1987年1月11日"): "day",
        ("DateParser", "1357年6月10日"): "day",
        ("DateParser", "2020年2月29日"): "day",
        ("DateParser", "2019年2月29日"): "impossible",
        ("DateParser", "2010-01-29"): "iso",
        ("DateParser", "1789-01-29"): "iso",
        ("DateTimeModel", "2018年12月"): "month",
        ("DateTimeModel", "我2017年上半年都不在北京"): "half",
        ("DateTimeModel", "1995-1997年的收入很不乐观"): "year-range",
        ("DateTimeModel", "显示 2010 年至 2018 年或 2000 年之前的销售额"): "year-range",
        ("DateTimeModel", "我今年18周岁了"): "relative-year",
        ("DateTimeModel", "2010年1月10日或之前、或在2012年1月1日，网络连接按总单位降序排列。"): "day",
    }
    used = set()
    for fname in ("DatePeriodParser", "DateParser", "DateTimeModel"):
        for c in json.loads((R / f"DateTime__{fname}.json").read_text(encoding="utf-8")):
            key = (fname, c["Input"])
            if key not in picks or key in used:
                continue
            used.add(key)
            kind = picks[key]
            ref = c.get("Context", {}).get("ReferenceDateTime", "")[:10] or None
            res = c["Results"]
            if fname == "DateTimeModel" and kind == "day":
                res = [r for r in res if "2012年1月1日" in r["Text"]]
            r = res[0]
            text = re.sub(r"\s+", "", r["Text"])
            origin = f"DateTime/{fname}: {c['Input']!r}"
            if fname == "DateTimeModel":
                v = r["Resolution"]["values"][0]
                start, end = v.get("start"), v.get("end")
                single = v.get("value")
            else:
                fut = r["Value"]["FutureResolution"]
                start, end = fut.get("startDate"), fut.get("endDate")
                single = fut.get("date")
            case = {"input": text, "reference": ref if kind in ("year", "quarter", "relative-year") and not re.match(r"\d", text) else None,
                    "origin": origin}
            if text != r["Text"]:
                case["note"] = f"spaces removed from the span {r['Text']!r}"
            if kind == "impossible":
                t.add("period_error", "impossible-date", case)
                continue
            if kind in ("day",):
                case.update(start=single, end=single)
            elif kind == "iso":
                case.update(start=None, end=single,
                            converted="Recognizers reads an ISO date as that day; our ISO form is a deadline: start None, end that date")
            elif kind == "relative-year":
                assert ref is not None
                year = int(ref[:4])
                case.update(start=f"{year}-01-01", end=f"{year}-12-31",
                            converted=f"Recognizers resolves 今年 to the year so far ({start}..{end}); ours is the whole reference year")
            elif kind == "year-range":
                y2 = int(re.findall(r"(\d{4})年", text)[-1])
                case.update(start=start, end=f"{y2}-12-31",
                            converted=f"Recognizers ends the range at {end} (exclusive, so the last year is left out); "
                                      f"Chinese 'A至B年' includes year B (十三五 = 2016年至2020年), so ours ends {y2}-12-31")
            else:
                case.update(start=start, end=minus_day(end))
            t.add("period", kind, case, text if text.isascii() else "")
    # a relative form with no reference must fail
    t.add("period_error", "relative-without-reference",
          {"input": "明年", "reference": None, "origin": "DateTime/DatePeriodParser: '明年' without its ReferenceDateTime"})
    t.exclude("DateTime/DatePeriodParser, DateParser", "(all other cases)",
              "not one of our period forms: month-day without year, weeks, decades/centuries, 从..到.., two-digit or Chinese-numeral years, "
              "era names (康熙三年), lunar dates, dotted/slashed dates, relative days")
    return t.write(HERE / "recognizers_text_datetime.json")


# ---------------------------------------------------------------------------------------
# JioNLP

def build_jionlp() -> tuple[dict, dict]:
    t = Table("jionlp", "money_parser cases within our semantics (元 amounts; blur definitions mapped to qualifiers), "
              "foreign currencies as QuantityError naming the unit; money_extractor sentences through find_quantities; "
              "time_parser time_delta cases that are one duration quantity.")
    J = SHARED / "jionlp"
    mp = json.loads((J / "money_parser_cases.json").read_text(encoding="utf-8"))["test_money_parser:money_string_list"]
    keep = {
        "1.2万元": ("12000", "元", "exact", None, None),
        "壹万二千三百四十五元": ("12345", "元", "exact", None, None),
        "三百万": ("3000000", "", "exact", None, "jionlp assumes 元 for a bare amount; we keep unit ''"),
        "肆佰叁拾萬": ("4300000", "", "exact", None, "jionlp assumes 元 for a bare amount; we keep unit ''"),
        "近700万元": ("7000000", "元", "nearly", None, "jionlp definition 'blur-' (approaching from below) -> nearly"),
        "1万-5万元": ("10000", "元", "range", "50000", "jionlp blur [lo, hi] range -> qualifier range, value lo, upper hi"),
    }
    foreign = {
        "25481港元": "港元", "45564.44美元": "美元", "二十五万三千二百泰铢": "泰铢", "约4.287亿美元": "美元",
        "不到1.9万台币": "台币", "3000多欧元": "欧元", "9000元日币": "日币",
        "新台币 177.1 亿元": "新台币", "港币两千九百六十元": "港币",
    }
    reasons = {
        "82，225.00元": "full-width comma as thousands separator is ambiguous with the clause comma in running Chinese text",
        "233,333，333,434.344元": "mixed separators and jionlp rounds to cents (233333333434.34), not exact",
        "3千万亿日元": "arabic digit mixed with 千 inside the number, so the error need not name the unit",
        "15k左右": "k multiplier", "30w上下": "w multiplier and 上下",
        "123元1角1分": "角/分 sub-units", "六十四万零一百四十三元一角七分": "角/分 sub-units",
        "肆佰叁拾萬圆整": "圆整 is not our unit", "肆佰叁拾萬圆": "圆 is not our unit (we read 元)",
        "两个亿卢布": "colloquial 两个亿 and foreign currency", "十块三毛": "块/毛 colloquial money",
        "一百三十五块六角七分钱": "块/角/分 colloquial money", "一百二十三元1角1分": "角/分 sub-units",
        "三万元欧元": "garbled (元欧元)", "至少九千块钱以上": "块钱 and a doubled qualifier (至少..以上)",
        "小于40万": "小于 is not one of our qualifier words (不到/不足/少于 are)",
        "几十万块": "几 has no exact value", "人民币数十亿元": "数十 has no exact value",
        "数十亿元人民币": "数十 has no exact value", "十几块钱": "几 has no exact value",
        "大约十多欧元": "doubled qualifier with foreign currency",
        "从8500到3万港元": "从..到.. range with foreign currency",
        "1万元--5万元": "double-hyphen dash with the unit repeated on both ends: not one of our range forms",
        "10~15k元": "k multiplier", "2——3万港币": "shared-scale range (2——3万 = 2万-3万?) with foreign currency",
        "两到三万港元": "到 range, shared scale, foreign currency", "十八至三十万日元": "shared-scale range with foreign currency",
        "两到三仟澳元": "到 range, foreign currency", "两~3百日元": "mixed range, foreign currency",
        "一百二十到一百五十万元": "到 is not one of our range connectors, and the shared scale (一百二十[万]) is debatable",
        "一千到两千万元人民币": "到 range with shared scale and 人民币 suffix",
        "七千到九千亿元": "到 range with a shared scale (七千[亿])",
        "八到九百亿泰铢": "到 range; jionlp's own expected lower bound (800000000) is inconsistent with its upper bound",
        "八百到九百亿泰铢": "到 range with foreign currency",
        "八九亿韩元": "adjacent-digit approximation (八九) has no exact value",
        "三五百块": "adjacent-digit approximation", "四五千块钱": "adjacent-digit approximation",
        "50万元（含）以上": "the （含） inclusive marker is not one of our forms (value 500000 at_least is plausible but unspecified)",
        "1万(含)-5万元": "the (含) inclusive marker is not one of our forms",
    }
    for inp, exp in mp:
        origin = "money_parser"
        if inp in keep:
            v, unit, q, upper, conv = keep[inp]
            num = exp["num"]
            lo = num[0] if isinstance(num, list) else num
            assert Decimal(lo) == Decimal(v), (inp, exp)
            case = {"input": inp, "value": v, "unit": unit, "qualifier": q, "origin": origin,
                    "upstream": exp}
            if upper:
                assert Decimal(num[1]) == Decimal(upper)
                case["upper"] = upper
            if conv:
                case["converted"] = conv
            t.add("quantity", "money", case, tag(v))
        elif inp in foreign:
            t.add("quantity_error", "foreign-currency", {"input": inp, "mentions": foreign[inp], "origin": origin,
                                                         "upstream": exp})
        else:
            t.exclude(origin, inp, reasons[inp])

    me = json.loads((J / "money_extractor_cases.json").read_text(encoding="utf-8"))["test_money_extractor:money_string_list"]
    finds = {
        0: ([("601,293.11元", "601293.11", "元", "exact"), ("一万二千三百四十五元", "12345", "元", "exact")], [],
            "the 日元 and 十块钱 spans are not asserted (find behaviour on foreign/colloquial money is unspecified); "
            "601,293.11 uses a thousands separator"),
        4: ([("9000台", "9000", "台", "exact"), ("一台", "1", "台", "exact")],
            [("10000", "a bare number with neither measure word nor scale word is not a quantity in running text "
                       "(codes, list numbers and medal tallies would be found too)")],
            "jionlp finds no money here; we find the counts (台 is our unit)"),
        5: ([("3541.07万元", "35410700", "元", "exact")], [], "the section numbers 2.2 / 2.3 are not asserted"),
        8: ([("一个月", "1", "个月", "less_than")], [], "不足一个月 -> less_than 1 个月"),
        10: ([("三年以上", "3", "年", "at_least"), ("十年以下", "10", "年", "at_most")], [], "jionlp finds no money"),
        11: ([("2000余元", "2000", "元", "more_than")], [], "the clock time 凌晨2许时 is not asserted"),
        12: ([("10.56亿元", "1056000000", "元", "exact")], [], ""),
        13: ([("47.264287亿元", "4726428700", "元", "exact")], [], ""),
    }
    for i, (text, spans) in enumerate(me):
        origin = f"money_extractor #{i}"
        if i not in finds:
            t.exclude(origin, text, "no span in our semantics (圆整, k ranges, (含)), or no clear expectation for find_quantities")
            continue
        exp, absent, note = finds[i]
        t.add("find", "money_extractor", {"text": text, "expect": [dict(zip(("at", "value", "unit", "qualifier"), e, strict=False)) for e in exp],
                                          "absent": [{"at": a, "why": w} for a, w in absent], "origin": origin,
                                          "note": note, "upstream": spans})
    # time_parser: durations
    tp = json.loads((J / "time_parser_cases.json").read_text(encoding="utf-8"))
    deltas = {"三十三年": ("33", "年", "exact", None), "三十年以上": ("30", "年", "at_least", None),
              "270天": ("270", "天", "exact", None), "2621.2小时": ("2621.2", "小时", "exact", None),
              "2000万小时": ("20000000", "小时", "exact", None), "六个月以下": ("6", "个月", "at_most", None),
              "70多分钟": ("70", "分钟", "more_than", None), "13—18天": ("13", "天", "range", "18"),
              "4周": ("4", "周", "exact", None)}
    for _k, v in tp.items():
        if not isinstance(v, list):
            continue
        for c in v:
            if isinstance(c, list) and len(c) == 3 and isinstance(c[2], dict) and c[2].get("type") == "time_delta":
                origin = "time_parser (time_delta)"
                if c[0] in deltas:
                    val, unit, q, upper = deltas[c[0]]
                    case = {"input": c[0], "value": val, "unit": unit, "qualifier": q, "origin": origin, "upstream": c[2]}
                    if upper:
                        case["upper"] = upper
                    t.add("quantity", "duration", case, tag(val))
                elif c[0] in ("两日", "90日"):
                    t.exclude(origin, c[0], "日 is not a measure word here: in releases N日 is a day of the month "
                                            "(1月14日, 11月2日、3日); durations are written with 天")
                else:
                    t.exclude(origin, c[0], "compound or fractional duration (两年半, 四年六个月, 27分钟7秒), 周年/星期/季度/钟头/交易日 "
                                            "(not our units), ~ or 到 or doubled-dash ranges, 多 inside 个..月, or two bounds in one text")
    q_counts = t.write(HERE / "jionlp.json")
    return q_counts, build_jionlp_time(tp)


def build_jionlp_time(tp: dict) -> dict:
    t = Table("jionlp", "Hand-picked time_parser cases that are one of our period forms. jionlp gives [start, end] "
              "datetimes (inclusive, to 23:59:59); ours are dates. Base timestamps are Asia/Shanghai; "
              "1623604000 = 2021-06-14.")
    picks = {"2015年8月12日": "day", "2023年": "year", "1993年上半年": "half", "一季度": "quarter"}
    for k, v in tp.items():
        if not isinstance(v, list):
            continue
        for c in v:
            if not (isinstance(c, list) and len(c) == 3 and isinstance(c[0], str)):
                continue
            if c[0] in picks:
                kind = picks.pop(c[0])
                start, end = c[2]["time"]
                ref = "2021-06-14" if c[1] == 1623604000 else None
                t.add("period", kind, {"input": c[0], "reference": ref if kind == "quarter" else None,
                                       "start": start[:10], "end": end[:10], "origin": f"time_parser ({k})",
                                       "upstream": c[2]})
    assert not picks, picks
    t.exclude("time_parser", "(all other cases)",
              "not one of our period forms: two-digit or Chinese-numeral years (98年, 二零零三年), times of day, weeks, lunar dates, "
              "festivals, 年底 without a year (jionlp reads it as Nov-Dec, a blur), 'N年前' (before-now spans), ranges with 从/到, "
              "month-day without year")
    return t.write(HERE / "jionlp_time.json")


# ---------------------------------------------------------------------------------------
# WeTextProcessing

def build_wetext() -> dict:
    t = Table("wetextprocessing", "Inverse text normalisation lines (spoken Chinese numerals -> written). Kept: lines whose "
              "input is one quantity in our units (parse_quantity), pure numerals (parse_chinese_numeral), malformed "
              "numerals the normaliser leaves alone (QuantityError), and sentences with clear find_quantities "
              "expectations. Values are taken from the written output.")
    W = SHARED / "wetextprocessing"

    def lines(name):
        for ln in (W / name).read_text(encoding="utf-8").splitlines():
            if " => " in ln:
                a, b = ln.split(" => ", 1)
                yield a, b

    for inp, out in lines("itn_number.txt"):
        origin = "itn/number.txt"
        if inp.startswith("负") or not all(ch in NUMERAL_CHARS or ch == "点" for ch in inp):
            t.exclude(origin, inp, "negative" if inp.startswith("负") else "a sentence, not one numeral")
            continue
        val = "1001111" if out == "100万1111" else ("10001111" if out == "1000万1111" else str(Decimal(out)))
        t.add("numeral", "number-" + numeral_group(inp), {"input": inp, "value": val, "origin": origin,
                                                          "written": out}, tag(val))
    measure = {
        "一千克": ("1", "千克"), "百分之二": ("2", "%"), "百分之三十": ("30", "%"), "百分之百": ("100", "%"),
        "百分之二点一五": ("2.15", "%"), "二十点一万": ("201000", ""), "一万零三百人": ("10300", "人"),
        "一亿两千三百人": ("100002300", "人"), "一亿零两千三百人": ("100002300", "人"),
        "一亿七万两千三百人": ("100072300", "人"), "两千万人": ("20000000", "人"), "九千九百九十一人": ("9991", "人"),
    }
    m_finds = {
        "一年后": ([("一年", "1", "年", "exact")], []), "两年后": ([("两年", "2", "年", "exact")], []),
        "二十年后": ([("二十年", "20", "年", "exact")], []),
        "帮我导航到中关村一百零一号": ([], [("一百零一", "号 (house number) is not a measure word")]),
        "明天有百分之六十二的概率降雨所以你有百分之二点五一的可能性赢得比赛但是有负百分之十三的人认为你有负的百分之二十的胜利可能性":
            ([("百分之六十二", "62", "%", "exact"), ("百分之二点五一", "2.51", "%", "exact")], []),
        "这块黄金重达三百二十四点七五克,我再随便来几个价格三十四点五二一元,二十点一万":
            ([("三十四点五二一元", "34.521", "元", "exact")],
             [("二十点一万", "a Chinese numeral with no measure word after it is never returned by find_quantities")]),
    }
    m_excl = {
        "二两": "两 as a mass unit (liang) vs 两 = 2 is ambiguous",
        "百分三十": "百分三十 (without 之) is not standard", "百分百": "colloquial 百分百",
        "每小时十公里": "a rate (per hour)", "每小时十千米": "a rate", "十千米每小时": "a rate",
        "三百二十四点七五克": "克 is not one of our units",
        "一百块钱": "块钱 colloquial money (块 is our unit for plots)", "十二块五毛": "colloquial money",
        "一兆零三百万两千三百人": FOREIGN_CHARS["兆"], "一兆零三百二十万五千人": FOREIGN_CHARS["兆"],
        "一共有一兆零三百二十万五千人": FOREIGN_CHARS["兆"],
    }
    for inp, out in lines("itn_measure.txt"):
        origin = "itn/measure.txt"
        if inp in measure:
            v, u = measure[inp]
            t.add("quantity", "measure", {"input": inp, "value": v, "unit": u, "qualifier": "exact", "origin": origin,
                                          "written": out}, tag(v))
        elif inp in m_finds:
            exp, absent = m_finds[inp]
            t.add("find", "measure", {"text": inp, "expect": [dict(zip(("at", "value", "unit", "qualifier"), e, strict=False)) for e in exp],
                                      "absent": [{"at": a, "why": w} for a, w in absent], "origin": origin, "written": out})
        elif inp.startswith("一共有一人二人"):
            nums = re.findall(r"(\d+)人", out)
            # the spans, in order: Chinese numerals each followed by 人
            spans = re.findall(r"([零一二两三四五六七八九十百千]+)人", inp[3:])
            assert len(spans) == len(nums)
            t.add("find", "measure-list", {"text": inp, "expect": [{"at": s + "人", "value": n, "unit": "人", "qualifier": "exact"}
                                                                   for s, n in zip(spans, nums, strict=False)],
                                           "absent": [], "origin": origin,
                                           "note": "values from WeText's written output; 一百一人 = 110, 两百二人 = 220, 一千五百五人 = 1550 (abbreviated hundreds/thousands)"})
        elif inp in m_excl:
            t.exclude(origin, inp, m_excl[inp])
        else:
            t.exclude(origin, inp, "到-range or adjacent-digit approximation (七八公斤, 十五六千瓦时) or a rate/unit we do not read")
    money = {"一点二五元": ("1.25", "元"), "三十四点五二一元": ("34.521", "元")}
    for inp, out in lines("itn_money.txt"):
        origin = "itn/money.txt"
        if inp in money:
            v, u = money[inp]
            t.add("quantity", "money", {"input": inp, "value": v, "unit": u, "qualifier": "exact", "origin": origin,
                                        "written": out}, tag(v))
        else:
            t.exclude(origin, inp, "人民币 as a unit, 角/分/毛 sub-units, adjacent-digit approximations (八九千), or foreign currency "
                                   "after an approximation (the error need not name the unit)")
    card_num = {"一二三四": "1234", "二二三四": "2234"}
    card_absent = {
        "这是手机一八五四四一三九一二一": "一八五四四一三九一二一",
        "给一三三四五三一二二二一打电话": "一三三四五三一二二二一",
        "给一三三四五三一二二二一拨电话": "一三三四五三一二二二一",
        "尾号一二三四": "一二三四",
    }
    for inp, out in lines("itn_cardinal.txt"):
        origin = "itn/cardinal.txt"
        if inp in card_num:
            t.add("numeral", "cardinal-digits", {"input": inp, "value": card_num[inp], "origin": origin, "written": out},
                  card_num[inp])
        elif inp in card_absent:
            t.add("find", "cardinal-code", {"text": inp, "expect": [],
                                            "absent": [{"at": card_absent[inp], "why": "a phone / tail number: digits with no measure word"}],
                                            "origin": origin, "written": out})
        else:
            t.exclude(origin, inp, "幺/洞/拐 spoken digits, IP address, ID number with 幺/X, or adjacent-digit approximations "
                                   "(三五百 = 300~500, 十五六 = 15-16) which have no exact value")
    norm_quant = {"共计六点四二万人": ("64200", "人")}
    norm_finds = {
        "同比升高零点六个百分点": [("零点六个百分点", "0.6", "个百分点", "exact")],
        "同比增长百分之六点三": [("百分之六点三", "6.3", "%", "exact")],
        "增幅百分之零点四": [("百分之零点四", "0.4", "%", "exact")],
        "价格是十三点五元": [("十三点五元", "13.5", "元", "exact")],
        "重达二十五千克": [("二十五千克", "25", "千克", "exact")],
        "实际面积一百二十平方米": [("一百二十平方米", "120", "平方米", "exact")],
    }
    norm_absent = {
        "十三五规划期间获得了十几万和几十万甚至二十几万的投资": [("十三五", "a five-year-plan name, never a number")],
    }
    for inp, out in lines("itn_normalizer.txt"):
        origin = "itn/normalizer.txt"
        if inp in norm_quant:
            v, u = norm_quant[inp]
            t.add("quantity", "normalizer", {"input": inp, "value": v, "unit": u, "qualifier": "exact", "origin": origin,
                                             "written": out}, tag(v))
        elif inp in norm_finds:
            t.add("find", "normalizer", {"text": inp, "expect": [dict(zip(("at", "value", "unit", "qualifier"), e, strict=False)) for e in norm_finds[inp]],
                                         "absent": [], "origin": origin, "written": out})
        elif inp.startswith("二点五平方电线"):
            t.exclude(origin, inp, "疑是银河落九天 is a line of poetry (九天 = the ninth heaven, not 9 天), but 九天 out of this "
                                   "context is a real 9 天; only the poem disambiguates, so no rule-level expectation")
        elif inp in norm_absent:
            t.add("find", "normalizer", {"text": inp, "expect": [], "absent": [{"at": a, "why": w} for a, w in norm_absent[inp]],
                                         "origin": origin, "written": out})
        else:
            t.exclude(origin, inp, "dates/times/scores/fractions/phone numbers, foreign currency, 篇/字/盒/摄氏度 (not our units), "
                                   "or filler words")
    bad = ["八百一千", "二十九千", "九十九九千", "十二一千", "零百", "零千"]
    for name in ("itn_normalizer_disable_standalone_number_disable_0_to_9.txt",):
        for inp, out in lines(name):
            s = inp[2:] if inp.startswith("这是") else None
            if s in bad and inp == out:
                t.add("numeral_error", "malformed", {"input": s, "origin": f"itn/{name[4:]} (left unnormalised: not a number)",
                                                     "written": out})
    t.exclude("itn/normalizer_* (other lines)", "(all other lines)", "duplicates of normalizer.txt, or configuration-specific output")
    years = {"二零零八年八月八日": "二零零八年", "二零零八年": "二零零八年", "公元一九九六年": "一九九六年"}
    for inp, out in lines("itn_date.txt"):
        origin = "itn/date.txt"
        if inp in years:
            t.add("find", "year-in-chinese", {"text": inp, "expect": [],
                                              "absent": [{"at": years[inp], "why": "a year written digit by digit (二零零八年) is a date, never a duration of 2008 年"}],
                                              "origin": origin, "written": out})
        else:
            t.exclude(origin, inp, "two-digit years, 二千年 (year 2000 or 2000 years: ambiguous), month-day only, or a sentence mixing them")
    return t.write(HERE / "wetextprocessing.json")


# ---------------------------------------------------------------------------------------
# seeds_derived: copy, plus the hand classification of the Chinese-numeral hits

# Line numbers (1-based, after the header line) of seed_chinese_numeral_hits.txt.
HIT_COUNTS = {   # real counts: (value, unit, qualifier)
    18: ("100", "人次", "more_than"), 104: ("3", "个", "exact"), 138: ("9", "项", "exact"),
    151: ("2", "小时", "exact"), 153: ("3", "项", "exact"), 200: ("2", "年", "exact"),
    205: ("1", "小时", "exact"), 246: ("5", "年", "exact"), 248: ("5", "年", "exact"),
    249: ("3", "个", "exact"), 251: ("5", "年", "exact"), 256: ("5", "年", "exact"),
    264: ("7", "项", "exact"), 266: ("5", "条", "exact"), 311: ("4", "项", "exact"),
}
HIT_SKIPS = {    # no assertion either way
    13: "未发生一起(安全事故): 起 is not one of our units; a real count (zero accidents) written as 一起",
    33: "a count inside a quoted slogan (“五个系列”): whether slogans count is not specified",
    35: "quoted slogan “十个专项”", 117: "quoted slogan “四个到位”", 137: "quoted slogan “十个聚焦”",
    142: "quoted slogan “三个品牌”", 303: "quoted slogan “四个全覆盖”", 304: "quoted slogan “四个全覆盖”",
    180: "quoted policy name “两项人才新政”", 270: "quoted policy name “两项人才新政”",
    114: "quoted service name “一件事”",
    51: "在新的一年中 (the new year): idiomatic; returning 1 年 is debatable",
    87: "一年来 (over the past year): a duration; returning 1 年 is defensible, not required",
    93: "三年滚动项目库 (three-year rolling pool): an attribute; debatable",
    118: "三年行动 (a named three-year campaign): debatable",
    165: "学前三年 (the three preschool years): a stage name; debatable",
    62: "五批: 批 is not one of our units (a real count)", 80: "五部门: 部 is not a unit (a real count)",
    103: "五区: 区 is not a unit (a real count)", 112: "三方: 方 is not a unit",
    185: "六县: 县 is not one of our units", 282: "六县: 县 is not one of our units",
    283: "六县: 县 is not one of our units",
    124: "三大区域联盟: 大 is not a unit", 168: "六大组团: 大 is not a unit", 190: "四大工程: 大 is not a unit",
    129: "五级能力提升路径: 级 is not a unit", 278: "市县两级: 级 is not a unit", 288: "市县两级", 307: "市县两级",
    243: "四类学生: 类 is not a unit", 250: "四类学生", 255: "四类学生", 210: "四类学生",
    135: "百米冠军: the 100 m event; literally 100 米, a name rather than a measured quantity: debatable",
    136: "百米项目: the 100 m event: debatable",
    77: "“百日千万”: inside a quoted campaign name; literally 100 日: debatable",
    108: "培养造就一支..队伍 (a team of): 一 as an article, 支 is our unit: debatable",
    192: "一张亮丽名片 (a shining name card): metaphor, 张 is our unit: debatable",
    208: "没有一个孩子 (not a single child): emphatic negation: debatable",
    216: "不落一户 (leave out not one household): emphatic negation: debatable",
    217: "不落一人: emphatic negation: debatable",
    241: "是一项重要的..: 一 as an article: debatable",
    242: "不让一名学生..: emphatic negation: debatable",
    261: "还有一个生源地..: 一 as an article: debatable",
    269: "近三年 (in the last three years): 近 here means recent, not nearly; whether to return 3 年 at all is debatable",
    296: "近三年 (recent three years): see 269", 275: "近两年 (recent two years): see 269",
}
HIT_ARABIC = {   # hits where the Chinese scale word follows arabic digits: (value, unit, qualifier)
    2: ("3527000000", "元", "exact"), 3: ("12800", "个", "exact"), 11: ("28000", "人次", "exact"),
    12: ("17000", "人", "exact"), 19: ("83400", "人", "exact"), 20: ("128000", "人", "exact"),
    21: ("64900", "人", "exact"), 22: ("798000000", "元", "exact"), 23: ("19200", "名", "exact"),
    24: ("550000000", "元", "exact"), 25: ("63000", "人", "exact"), 26: ("267000000", "元", "exact"),
    27: ("11630000", "元", "exact"), 29: ("26000", "家", "exact"), 30: ("152000000", "元", "exact"),
    31: ("39000", "家", "exact"), 32: ("72000000", "元", "exact"), 34: ("17000", "名", "exact"),
    36: ("643000000", "元", "exact"), 37: ("28200", "人", "exact"), 38: ("18300", "名", "exact"),
    39: ("246000", "个", "exact"), 41: ("203000", "人次", "exact"), 42: ("19400000", "元", "exact"),
    52: ("88000", "人", "exact"), 55: ("264000000", "元", "exact"), 56: ("88000", "人", "exact"),
    57: ("9028500", "元", "exact"), 59: ("963000000", "元", "exact"), 60: ("24900", "名", "exact"),
    61: ("11000", "家", "exact"), 63: ("64838000", "元", "exact"), 64: ("261000", "个", "exact"),
    67: ("120000", "个", "exact"), 68: ("31000", "人", "exact"), 69: ("19000", "人", "exact"),
    70: ("238000", "人次", "exact"), 71: ("161000", "人", "exact"), 72: ("60700", "人", "exact"),
    82: ("1312000", "名", "exact"), 83: ("60000", "平方米", "exact"), 84: ("165000000", "元", "exact"),
    85: ("35000", "个", "exact"), 86: ("36000", "个", "exact"), 105: ("90000", "个", "more_than"),
    106: ("40000", "个", "more_than"), 125: ("9000000", "人次", "more_than"),
    126: ("200000", None, None),   # 20万人口以上: value only
    128: ("60000", "人次", "more_than"), 132: ("50000", "人次", "more_than"),
    173: ("18007000000", "元", "exact"), 195: ("2190000", "", "exact"), 231: ("234850000", "元", "exact"),
    232: ("212600000", "元", "exact"), 234: ("67020000", "元", "about"), 244: ("157000000", "元", "exact"),
    245: ("330000", "人", "more_than"), 258: ("26150000", "元", "exact"), 260: ("315000", "元", "exact"),
    262: ("119000", "人", "exact"), 289: ("184000000", "元", "exact"), 290: ("32500000", "元", "exact"),
    291: ("29510000", "元", "exact"), 297: ("27000", "人", "about"), 298: ("22000", "人", "about"),
    300: ("28000000", "元", "exact"), 301: ("80000000", "元", "more_than"),
}
NONCOUNT_WHY = [   # (substring of the context around the hit, why) for the default class
    ("第", "an ordinal (第N..) is never a count"), ("进一步", "进一步 (further) is an adverb"),
    ("下一步", "下一步 (next step)"), ("一批", "一批 (a batch of) is a vague quantifier"),
    ("一大", "一大批/一大亮点: vague"), ("育并", "五育并举 is a slogan"), ("十四五", "a five-year-plan name"),
    ("十三五", "a five-year-plan name"), ("零工", "零工 (gig work)"), ("千家", "千家万户 is an idiom"),
    ("万户", "千家万户 is an idiom"), ("亿万家", "亿万家庭 (hundreds of millions of families): idiom"),
    ("年级", "N年级 is a school grade, not N 年"), ("百年", "百年大计 is an idiom"), ("一次性", "一次性 (one-off) is an adjective"),
    ("台山", "五台山 is a mountain's name"), ("鹤之舞", "千鹤之舞 is a venue's name"), ("体化", "一体化 (integration)"),
    ("校一", "一校一品/一校一策 slogans"), ("是", "an enumeration (一是, 二是 ...)"), ("、实施", "an enumeration (一、 二、 ...)"),
    ("、二、", "an enumeration"), ("一、二", "an enumeration"), ("零的突破", "零的突破 (a first) is an idiom"), ("等奖", "一等奖 (first prize)"),
    ("本", "一本/二本 (university tiers)"), ("中", "a school name (晋城一中, 高平八中)"),
]


def build_seeds() -> dict:
    src = SHARED / "seeds_derived"
    dst = HERE / "seeds_derived"
    dst.mkdir(exist_ok=True)
    for f in ("seed_chinese_numeral_hits.txt", "seed_inventory_summary.txt", "seed_quantities_classified.json",
              "tricky_expected.json"):
        shutil.copyfile(src / f, dst / f)
    rows = (src / "seed_chinese_numeral_hits.txt").read_text(encoding="utf-8").splitlines()[1:]
    out = []
    counts: dict[str, int] = {"count": 0, "arabic": 0, "noncount": 0, "skip": 0}
    for n, line in enumerate(rows, 1):
        seed, hit, ctx = [x.strip() for x in line.split("|", 2)]
        start = ctx.index("【")
        text = ctx.replace("【", "").replace("】", "")
        case: dict[str, Any] = {"line": n, "seed": seed, "hit": hit, "context": text, "start": start,
                                "end": start + len(hit)}
        assert text[start:start + len(hit)] == hit
        if n in HIT_COUNTS:
            v, u, q = HIT_COUNTS[n]
            case.update(kind="count", value=v, unit=u, qualifier=q)
        elif n in HIT_ARABIC:
            v, arabic_unit, arabic_q = HIT_ARABIC[n]
            case.update(kind="arabic", value=v, unit=arabic_unit, qualifier=arabic_q)
            if arabic_unit is None:
                case["why"] = ("20万人口以上的县区: 人口 (population) is a noun, so the unit (人口/人/'') and the "
                               "qualifier are debatable; only the value 200000 is asserted")
        elif n in HIT_SKIPS:
            case.update(kind="skip", why=HIT_SKIPS[n])
        else:
            why: str | None = None
            for window in (text[max(0, start - 1): start + len(hit) + 2], text[max(0, start - 2): start + len(hit) + 3]):
                why = why or next((w for key, w in NONCOUNT_WHY if key in window), None)
            case.update(kind="noncount", why=why or "slogan, name or idiom; no measure word of ours follows")
        counts[case["kind"]] += 1
        out.append(case)
    # every line classified as a count or arabic must have been listed; every noncount/skip reviewed by line
    doc = {
        "_source": {"project": "this project (seeds 000-004)", "derived_from": "tests/vectors/seeds_derived/seed_chinese_numeral_hits.txt",
                    "licence": "the seed texts are public government releases; the classification is ours"},
        "_about": "Each hit of a Chinese numeral (or scale word) in the seed texts, with its context as found in the "
                  "whitespace-stripped seed. kind: count (a real count find_quantities must return, value/unit/qualifier), "
                  "arabic (the scale word after arabic digits: the whole quantity must be returned), noncount (never "
                  "returned: no Found may overlap start..end), skip (no assertion; why says why). start/end index the hit "
                  "in context.",
        "counts": counts,
        "hits": out,
    }
    (dst / "numeral_hits_classified.json").write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return counts


def main() -> None:
    report = {
        "cn2an.json": build_cn2an(),
    }
    r_num, r_dt = build_recognizers()
    report["recognizers_text.json"] = r_num
    report["recognizers_text_datetime.json"] = r_dt
    j_q, j_t = build_jionlp()
    report["jionlp.json"] = j_q
    report["jionlp_time.json"] = j_t
    report["wetextprocessing.json"] = build_wetext()
    report["seeds_derived/numeral_hits_classified.json"] = build_seeds()
    for k, v in report.items():
        print(f"{k}: {v}")


if __name__ == "__main__":
    main()
