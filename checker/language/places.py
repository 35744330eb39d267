"""Places a clause is about: 卧龙区新建15个, 其中宛城区5所, 卧龙区、宛城区分别新增…7所、5所,
南阳、信阳两市…, 河南省…, 南阳市所辖邓州市…

A place name is told by its ending (市, 县, 区, 旗, 省) and by what it is not: ordinary words end
the same way (新建社区, 老旧小区, 地区生产总值, 城市), and a clause may lead up to a place with a verb
(力争淇县…). Only a clause's head is read: a place named there owns the clause's figures. Rules,
no gazetteer: a name the rules do not recognise is left out, never guessed.
"""

from __future__ import annotations

import functools
import re

from checker.language import regex
from checker.language.script import to_simplified

# One place, read one at a time along a list (\w, not [\u4e00-\u9fff], and the pattern written
# once: a class of the CJK block or of scattered characters costs re milliseconds to compile at each
# start, each time it is written; a name with anything but Chinese characters is refused after)
_PLACE = regex.compile(r"\w{2,8}?自治(?:县|旗|州|区)|"
                       r"\w{1,4}?(?:市|县|区|旗|省)(?![级委政直属域内外长场民容貌辖本市区旗控管定里]|县(?!域))|"
                       # (红果街道新增养老床位850张, 柏果镇建成…: a town's or a sub-district's figure, not the city's)
                       r"\w{2,4}?(?:街道|镇)(?![级委政办党人长域内外区])")
# 南阳、信阳两市; 寿光、昌乐、临朐三地 (places named without their 市 or 县)
_NAMES = regex.compile(r"(\w{2,3}(?:[、和及与]\w{2,3})+)[两二三四五六七八九十几]个?(市|县|区|地)")
# 二是樊城区…; a list's number (三、衡阳县…, 3．, （二）)
_OPENING = regex.compile(r"(?:[一二三四五六七八九十]{1,3}、|[0-9０-９]{1,2}[、．.]|"
                         r"[（(][一二三四五六七八九十0-9０-９]{1,3}[）)])?"
                         r"(?:其中|另外|此外|同时|[一二三四五六七八九十]是|其[一二三四五六七八九十]是?)?"
                         r"(?:根据|据)?")  # (据市统计局…: the 市 of no name; 据自治区教育厅…: the region's)
_OVER = ("所辖", "下辖", "辖区内的", "辖区内", "辖")  # 南阳市所辖邓州市: the place after it
_JOINS = "、和及与"
# what ends like a place name and is not one (城区 and 新区 end real names too: 宛城区, 浦东新区)
_NOT_PLACE_ENDS = ("社区", "小区", "园区", "地区", "景区", "街区", "片区", "校区", "院区", "学区", "山区", "辖区",
                   "市区", "郊区", "矿区", "库区", "牧区", "示范区", "试验区", "保护区", "功能区", "服务区",
                   "城市", "都市", "省市", "市县", "县市", "区县", "县区", "全省", "本省", "我省", "外省",
                   "主城区", "中心城区", "县城区", "市城区", "新城区",  # (parts of the region itself)
                   # (towns and streets of no name: 城镇新增就业, 特色小镇, 重点镇, 城市街道)
                   "城镇", "乡镇", "集镇", "小镇", "古镇", "重镇", "村镇", "市镇", "县镇", "名镇", "点镇", "心镇",
                   "范镇", "制镇", "色镇", "城市街道", "主要街道", "次街道", "背街道", "老街道", "条街道")
# the words of a clause that name no place of their own (全市, 我市, 该县, 三区) or lead up to one
# (力争淇县…): looked for in each name found, not by a pattern (one costs a millisecond to compile)
_NOT_PLACE_CHARS = frozenset("全我本该該各每其这那此一二三四五六七八九十两几多"
                             "的是为為较占和与及年月日等个项所以之在对从将已")
_NOT_PLACE_WORDS = ("新建", "续建", "扩建", "改建", "建成", "改造", "完成", "实施", "创建", "打造",
                    "建设", "新增", "开展", "推进", "成立", "设立", "组建", "利用", "目前")
_NOT_PLACE_LEADS = ("力争", "争取", "确保", "推动", "支持", "指导", "引导", "鼓励", "督促", "实现",
                    "通过", "经过", "建强", "做强", "做大", "确定", "发布", "通报", "介绍", "引领",
                    "服务", "结合", "形成", "测试", "加大", "加快", "举办", "紧盯", "努力", "标志",
                    "剔除", "扣除", "不含", "包括", "跨",  # (剔除跨市重复注册学生后: a basis, no place)
                    "经省", "经市", "经县",  # (经省通信管理局核定为2870个: who checked it)
                    # (完善市、县、校三级培训体系: a verb before the levels of government, not a name)
                    "完善", "健全", "构建", "建立", "优化", "强化", "深化", "提升", "统筹", "压实")
# the levels of government in a list (市、县、校三级, 市县乡三级, 省市县): after a name's 市, a bare level
_LEVELS_AFTER = regex.compile(r"[、和及与]?[县区乡镇校村](?:[、和及与]|[两二三四五六]?级)")


def _a_place(name: str) -> bool:
    if name.endswith(("自治县", "自治旗", "自治州", "自治区")):  # 龙胜各族自治县, 恭城瑶族自治县
        # (创建自治区级…: a level, not a region's name)
        return (all("\u4e00" <= ch <= "\u9fff" for ch in name) and not name.startswith(_NOT_PLACE_LEADS)
                and not any(word in name for word in _NOT_PLACE_WORDS))
    # 全州县, 七星区, 二七区, 十堰市: a name may open with a numeral or 全 where a word follows it
    # (全县, 七个区, 两区 are no names)
    body = name[1:] if len(name) >= 3 and name[0] in _NAME_FIRST and name[1] not in _NOT_AFTER_FIRST else name
    return (len(name) >= 2 and all("\u4e00" <= ch <= "\u9fff" and ch not in _NOT_PLACE_CHARS for ch in body)
            and (not name.endswith(_NOT_PLACE_ENDS) or _named_like_a_word(name))
            and not name.startswith(_NOT_PLACE_LEADS) and not any(word in name for word in _NOT_PLACE_WORDS))


# 赣县区, 南山区, 萧山区, 黄山区: districts named like a word (县区, 山区), told from the word by the one
# character before it, which is no adjective (深山区, 大山区, 偏远山区 are words)
_LIKE_A_WORD_ENDS = ("县区", "山区", "城市")  # (and 肥城市, 晋城市: 大城市 is a word)
_ADJECTIVES = frozenset("深浅大小高低老新荒贫穷偏远原重多少两各石矿市县区省")


def _named_like_a_word(name: str) -> bool:
    return len(name) == 3 and name.endswith(_LIKE_A_WORD_ENDS) and name[0] not in _ADJECTIVES


_NAME_FIRST = frozenset("全一二三四五六七八九十")
_NOT_AFTER_FIRST = frozenset("市县区省旗镇乡个所家座级名项批类城")
_ENDS = frozenset("市县区旗省縣區镇鎮街")  # what every place name ends with, in either script (街 of 街道)
_NO_PLACE_FIRST = frozenset("我本该該各每这這那此")


def head_places(lead: str) -> tuple[tuple[str, ...], str] | None:
    """The places `lead` (a clause up to a figure, whitespace removed) opens with, and how its
    figures are theirs: "one" place's; "each" place's (章贡区、南康区各新建10所); "together"
    (南阳市与信阳市共新增4100张); "respectively", in order (卧龙区、宛城区分别新增7所、5所). None
    where it opens with no place."""
    if _ENDS.isdisjoint(lead) and "地" not in lead or lead[:1] in _NO_PLACE_FIRST \
            or (lead[:1] == "全" and lead[1:2] in _NOT_AFTER_FIRST):
        return None  # most clauses (全市…) name no place of their own; 全州县 does
    lead = to_simplified(lead)  # 香洲區 is 香洲区
    at = _OPENING.match(lead).end()  # type: ignore[union-attr]  # (it matches the empty text too)
    place = _PLACE.match(lead, at)
    if place and lead.startswith(_OVER, place.end()):
        over = next(word for word in _OVER if lead.startswith(word, place.end()))
        at = place.end() + len(over)
        place = _PLACE.match(lead, at)
    if place and _LEVELS_AFTER.match(lead, place.end()):
        return None  # (建立市、县、乡三级…: levels, not a place)
    if place:
        found, end = [place.group()], place.end()
        while end < len(lead) and lead[end] in _JOINS and (place := _PLACE.match(lead, end + 1)):
            found.append(place.group())
            end = place.end()
        places = tuple(found)
    else:
        names = _NAMES.match(lead, at)
        if names is None:
            return None
        kind = "" if names.group(2) == "地" else names.group(2)
        places, end = tuple(name + kind for name in re.split("[、和及与]", names.group(1))), names.end()
    if not all(_a_place(place) for place in places):
        return None
    if len(places) == 1:
        return places, "one"
    if "分别" in lead:
        return places, "respectively"
    return places, "each" if "各" in lead[end:end + 4] else "together"


def same_place(place: str, region: str) -> bool:
    """宛城区 and 宛城区; 南阳 and 南阳市 (a place is often named without its 市 or 县); but 朝阳市 and
    朝阳区, two endings, are two places."""
    if place == region:
        return True
    bare_place, bare_region = place.rstrip("市县区旗省"), region.rstrip("市县区旗省")
    return len(bare_place) >= 2 and bare_place == bare_region and (bare_place == place or bare_region == region)


# a speaker's words in a transcript (眉县水利局局长 赵志刚：…我县农村自来水普及率达到98.2%): the line
# opens with who speaks, up to a colon
# (记者（九江日报）：…; or in brackets, no colon: 【南国早报记者】我们在采访中了解到…)
_SPEAKER = regex.compile(r"[ \t\u3000]*(?:([^：:\n。！？!?，,；;【】]{2,30}?)[：:]|【([^】\n]{2,30})】)")


def speaker_place(text: str, at: int) -> str | None:
    """The place of the speaker whose words hold position `at`, in a transcript: 眉县 of
    眉县水利局局长 赵志刚：…, the colon ending the line or the speaker's words following it; None where no
    speaker is found a few lines back, or the speaker names no place (市水利局副局长 李红梅：)."""
    if not _has_speakers(text):
        return None  # (most releases: no transcript)
    said = speaker(text, at)
    head = None if said is None else head_places("".join(said.split()))
    return head[0][0] if head is not None and head[1] == "one" else None


def speaker(text: str, at: int) -> str | None:
    """Who speaks the words at position `at`, in a transcript (记者（九江日报）, 市民政局副局长 李强): the
    line a few lines back that opens with a name and a colon; None where there is none."""
    line_start = text.rfind("\n", 0, at) + 1
    for _ in range(_SPEAKER_LINES):
        found = _SPEAKER.match(text, line_start)
        if found is not None and found.end() <= at:
            return found.group(1) or found.group(2)
        if line_start == 0:
            return None
        line_start = text.rfind("\n", 0, line_start - 1) + 1
    return None


_SPEAKER_LINES = 6


@functools.lru_cache(maxsize=256)  # (a text's hash is kept by the str)
def _has_speakers(text: str) -> bool:
    """Whether some line of the text opens with a place's speaker and a colon."""
    return any(head_places("".join((m.group(1) or m.group(2)).split())) is not None
               for m in _SPEAKER_LINE.finditer(text))


_SPEAKER_LINE = regex.compile(r"(?m)^[ \t\u3000]*(?:([^：:\n。！？!?，,；;【】]{2,30}?)[：:]|【([^】\n]{2,30})】)")


def part_place(text: str, at: int) -> str | None:
    """The place an earlier clause of the sentence opened a part with (其中，诸暨市新建…4所，改造城镇老旧
    小区20个: 20个 is 诸暨市's too), for a clause at `at` that names none."""
    part = text.rfind("其中", max(0, at - 200), at)
    if part < 0:
        return None  # (most clauses: no part opened before them)
    sentence = max(text.rfind(mark, max(0, part - 200), at) for mark in "。！？!?；;\n") + 1
    part = text.rfind("其中", sentence, at)
    if part < 0 or text[sentence:part].strip(" \t\u3000，,"):
        return None  # (全市新建20所，其中宛城区5所，新增学位8000个: a part inside the city's sentence ends there)
    words = "".join(text[part + 2:at].split()).lstrip("，,：:")
    named = head_places(words)
    if named is not None and INSTITUTION.match(words, len(named[0][0])):
        return None  # (其中，柳梧新区第二小学、堆龙德庆区东嘎小学已…投入使用: schools' names, not a part)
    return named[0][0] if named is not None and named[1] == "one" else None


# a place's name that opens an institution's (柳梧新区第二小学, 城关区人民医院, 东城区实验中学)
# (not 诸暨市新建改扩建中小学、幼儿园4所: the place's own work)
# (nor 城关区社区卫生服务中心已…: a kind of place, which may be the district's part; a school or hospital of a name of
# its own, 第二小学, 东嘎小学, is one)
INSTITUTION = regex.compile(r"(?![^，,。；;、]{0,6}?(?:新建|改扩建|改建|扩建|建设|完成|开工|实施|新增|改造|提升|"
                            r"社区|乡镇|街道|村))(?:第[一二三四五六七八九十\d]+|[^，,。；;、\d]{1,4}?)"
                            r"(?:小学|中学|学校|幼儿园|医院|卫生院)(?:[、，,]|已|于|$)")


# The kinds of place (or school) a claim of every one is made over: 行政村（社区）全覆盖, 每个乡镇, 城乡学校…全覆盖.
# A kind word is read with the word that narrows it (重点行政村, 中心镇, 乡镇中心小学, 城市社区); a bare 村 or 镇 only
# where it is a kind (中心村, 村（社区）, 镇街), not a part of another word (农村, 城镇, 村卫生室).
_NARROWING = r"重点|中心|部分|试点|示范|城区|城市|农村|偏远|较大|规模较大|具备条件的|有条件的|已通|已建"
_KINDS = regex.compile(
    rf"(?P<narrow>{_NARROWING})?"
    r"(?P<kind>行政村|建制村|村(?=[（(、和与及]社区|级|$)|(?<=[和、与及])村|"
    r"乡镇|乡[（(]镇[）)]|建制镇|镇街|镇[（(]街道?[）)]|街道|"
    r"县[（(]市、?区[）)]|县[（(]区[）)]|县市区|县区|县市|"
    r"中小学校?|城乡学校|义务教育学校|学校|小学|初中|中学|高中|教学点|村小|"
    r"社区)")
_KIND_FAMILIES = {"行政村": ("村",), "建制村": ("村",), "村": ("村",), "乡镇": ("镇",), "乡（镇）": ("镇",),
                  "乡(镇)": ("镇",), "建制镇": ("镇",), "镇": ("镇",), "镇街": ("镇", "街"), "镇（街道）": ("镇", "街"),
                  "镇(街道)": ("镇", "街"), "镇（街）": ("镇", "街"), "镇(街)": ("镇", "街"), "街道": ("街",),
                  "社区": ("社区",)}
_LEVELS = {"村": 1, "社区": 1, "镇": 2, "街": 2, "县": 3}  # (schools: no place of this order)
_ALL_SCHOOLS = ("中小学", "中小学校", "城乡学校", "学校", "义务教育学校")
# a bare 镇 or 村 read only after a word that narrows it (中心镇, 中心村): 城镇, 乡镇 and 农村 are other words
_NARROWED_TOWN = regex.compile(rf"(?P<narrow>{_NARROWING})"
                               r"(?P<kind>镇(?!街|[（(]街)|村(?![（(、和与及]社区|级|民|卫|医|委|干|小))")


def _kinds(said: str) -> list[tuple[str, str, str]]:
    """(family, kind word, the word narrowing it or "") of each kind of place the words name."""
    found = []
    for match in (*_KINDS.finditer(said), *_NARROWED_TOWN.finditer(said)):
        kind, narrow = match.group("kind"), match.group("narrow") or ""
        if kind.startswith("县"):
            families: tuple[str, ...] = ("县",)
        elif kind in _KIND_FAMILIES or kind.startswith("村"):
            families = _KIND_FAMILIES.get(kind, ("村",))
        else:  # schools: all of them, or some (小学, 初中, 教学点)
            families = ("学校",) if kind in _ALL_SCHOOLS else ("学校:part",)
        if narrow == "城乡":
            narrow = ""
        found += [(family, kind, narrow) for family in families]
    return found


def narrower_scope(plan_said: str, said: str) -> tuple[str, str] | None:
    """Where a plan of every place of a kind (行政村全覆盖, 城乡学校…全覆盖) is answered by a claim over fewer: the
    kind narrowed (重点行政村, 中心镇, 乡镇中心小学), or another kind only (镇街 for 行政村（社区）). Returns the plan's
    kind word and what the claim says instead, or None. Words simplified, without spaces. A claim that names no
    kind of place is left alone (全市128家卫生院均已…): it may count them all."""
    wanted = _kinds(plan_said)
    named = _kinds(said)
    if not wanted or not named:
        return None
    # (every 乡镇（街道） of every 县市区: the finest kind the plan names is the one each claim must reach; a claim
    # over a finer kind covers it: 乡镇 for 县市区)
    finest = min(_LEVELS.get(family, 0) for family, _, _ in wanted)
    for family, kind, narrow in wanted:
        if _LEVELS.get(family, 0) > finest:
            continue
        if family == "学校:part":
            continue  # (a plan of 小学: a claim over 中小学 covers it)
        if family == "学校":
            same = [k for k in named if k[0] == "学校"]
            parts = [k for k in named if k[0] == "学校:part"]
            if not same and parts:
                return kind, parts[0][2] + parts[0][1]
        else:
            same = [k for k in named if k[0] == family]
            if not same:
                others = [k for k in named if k[0] in _LEVELS]
                if others and min(_LEVELS[k[0]] for k in others) >= _LEVELS[family]:
                    return kind, others[0][2] + others[0][1]  # (镇街 for 行政村: coarser; 社区 for 村: another)
                continue
        if same and all(k[2] and k[2] != narrow for k in same):
            return kind, same[0][2] + same[0][1]
    return None


def wider_scope(plan_said: str, said: str) -> tuple[str, str] | None:
    """Where a plan of places of some kinds (建成街道综合养老服务中心12个) is answered by a count over more kinds of
    the same order (全年建成乡镇（街道）综合养老服务中心13个: towns too): the plan's kind word and the count's. Words
    simplified, without spaces."""
    wanted = [k for k in _kinds(plan_said) if k[0] in _LEVELS]
    named = [k for k in _kinds(said) if k[0] in _LEVELS]
    if not wanted or not named:
        return None
    families = {family for family, _, _ in wanted}
    levels = {_LEVELS[family] for family in families}
    more = [k for k in named if k[0] not in families and _LEVELS[k[0]] in levels]
    if more and any(k[0] in families for k in named):
        return wanted[0][1], next(k[1] for k in named if k[0] in families or k in more)
    return None
