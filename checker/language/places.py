"""Places a clause is about: 卧龙区新建15个, 其中宛城区5所, 卧龙区、宛城区分别新增…7所、5所,
南阳、信阳两市…, 河南省…, 南阳市所辖邓州市…

A place name is told by its ending (市, 县, 区, 旗, 省) and by what it is not: ordinary words end
the same way (新建社区, 老旧小区, 地区生产总值, 城市), and a clause may lead up to a place with a verb
(力争淇县…). Only a clause's head is read: a place named there owns the clause's figures. Rules,
no gazetteer: a name the rules do not recognise is left out, never guessed.
"""

from __future__ import annotations

import re

from checker.language.script import to_simplified

# One place, read one at a time along a list (\w, not [\u4e00-\u9fff], and the pattern written
# once: a class of the CJK block or of scattered characters costs re milliseconds to compile at each
# start, each time it is written; a name with anything but Chinese characters is refused after)
_PLACE = re.compile(r"\w{1,4}?(?:市|县|区|旗|省)(?![级委政直属域内外长场民容貌辖本市县区旗])")
_NAMES = re.compile(r"(\w{2,3}(?:[、和及与]\w{2,3})+)[两二三四五六七八九十几]个?(市|县|区)")  # 南阳、信阳两市
_OPENING = re.compile(r"其中|另外|此外|同时|[一二三四五六七八九十]是|其[一二三四五六七八九十]是?")  # 二是樊城区…
_OVER = ("所辖", "下辖", "辖区内的", "辖区内", "辖")  # 南阳市所辖邓州市: the place after it
_JOINS = "、和及与"
# what ends like a place name and is not one (城区 and 新区 end real names too: 宛城区, 浦东新区)
_NOT_PLACE_ENDS = ("社区", "小区", "园区", "地区", "景区", "街区", "片区", "校区", "院区", "学区", "山区", "辖区",
                   "市区", "郊区", "矿区", "库区", "牧区", "示范区", "试验区", "保护区", "功能区", "服务区",
                   "城市", "都市", "省市", "市县", "县市", "区县", "县区", "全省", "本省", "我省", "外省",
                   "主城区", "中心城区", "县城区", "市城区", "新城区")  # (parts of the region itself)
# the words of a clause that name no place of their own (全市, 我市, 该县, 三区) or lead up to one
# (力争淇县…): looked for in each name found, not by a pattern (one costs a millisecond to compile)
_NOT_PLACE_CHARS = frozenset("全我本该該各每其这那此一二三四五六七八九十两几多"
                             "的是为為较占和与及年月日等个项所以之在对从将已")
_NOT_PLACE_WORDS = ("新建", "续建", "扩建", "改建", "建成", "改造", "完成", "实施", "创建", "打造",
                    "建设", "新增", "开展", "推进", "成立", "设立", "组建", "利用", "目前")
_NOT_PLACE_LEADS = ("力争", "争取", "确保", "推动", "支持", "指导", "引导", "鼓励", "督促", "实现",
                    "通过", "经过", "建强", "做强", "做大", "确定", "发布", "通报", "介绍", "引领",
                    "服务", "结合", "形成", "测试", "加大", "加快", "举办", "紧盯", "努力", "标志")


def _a_place(name: str) -> bool:
    return (len(name) >= 2 and all("\u4e00" <= ch <= "\u9fff" and ch not in _NOT_PLACE_CHARS for ch in name)
            and not name.endswith(_NOT_PLACE_ENDS) and not name.startswith(_NOT_PLACE_LEADS)
            and not any(word in name for word in _NOT_PLACE_WORDS))


_ENDS = frozenset("市县区旗省縣區")  # what every place name ends with, in either script
_NO_PLACE_FIRST = frozenset("全我本该該各每这這那此")


def head_places(lead: str) -> tuple[tuple[str, ...], str] | None:
    """The places `lead` (a clause up to a figure, whitespace removed) opens with, and how its
    figures are theirs: "one" place's; "each" place's (章贡区、南康区各新建10所); "together"
    (南阳市与信阳市共新增4100张); "respectively", in order (卧龙区、宛城区分别新增7所、5所). None
    where it opens with no place."""
    if _ENDS.isdisjoint(lead) or lead[:1] in _NO_PLACE_FIRST:  # most clauses (全市…) name no place of their own
        return None
    lead = to_simplified(lead)  # 香洲區 is 香洲区
    opening = _OPENING.match(lead)
    at = opening.end() if opening else 0
    place = _PLACE.match(lead, at)
    if place and lead.startswith(_OVER, place.end()):
        over = next(word for word in _OVER if lead.startswith(word, place.end()))
        at = place.end() + len(over)
        place = _PLACE.match(lead, at)
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
        places, end = tuple(name + names.group(2) for name in re.split("[、和及与]", names.group(1))), names.end()
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
