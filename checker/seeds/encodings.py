"""Release files arrive as UTF-8 (with or without BOM), UTF-16, GB18030/GBK or Big5 (also
Big5-HKSCS): which one is it?

No detection library: BOMs first; then NUL bytes, which only UTF-16 text has (ASCII and line
breaks in UTF-16 carry a zero byte); then strict UTF-8. Bytes that are none of these are read
under every other encoding that takes them: BOM-less UTF-16 (all-CJK text, whose characters must
be plausible), GB18030 (a superset of GBK and GB2312), Big5 and Big5-HKSCS (its Hong Kong
superset), and UTF-8 with control characters. Almost any Big5 file also reads as GB18030, and a
short GBK text often reads as Big5, each as a string of real but senseless characters
(mojibake), so the readings are weighed by how much they look like Chinese text: each character
counts for or against a reading by how common it is in Chinese (simplified or traditional
alike: traditional characters are simplified with OpenCC first), and a reading is taken only
when it leads every other by `CONFIDENT` of that evidence and looks like Chinese text at all.
Otherwise the file is refused, naming the encodings it reads as and how to convert it to UTF-8:
storing mojibake would be worse than asking.
"""

from __future__ import annotations

import functools
import math
from typing import Optional

from checker.frozen import record
from checker.language import regex
from checker.messages import Message, Term

_CONTROL = regex.compile("[\x01-\x08\x0b\x0e-\x1f\x7f-\x9f]")  # not in text files (NUL is handled apart)
_MAGIC = ((b"%PDF-", "pdf"), (b"PK\x03\x04", "zip"), (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "office"),
          (b"\x89PNG", "png"), (b"\xff\xd8\xff", "jpeg"), (b"\x1f\x8b", "gzip"))  # kinds: phrases filekind.*
PLAUSIBLE = 0.9  # share of plausible characters a BOM-less UTF-16 reading needs
CONFIDENT = 10.0  # evidence (log-odds, see `_weight`) by which a reading must lead every other
SAMPLE = 20_000  # characters weighed per reading: plenty to decide, and a 100 MB file stays quick
# The least mean evidence per character of Chinese text: single lines of the seed releases have -0.5
# and more, whole releases +1 to +2; mojibake has -1 and less (with kana, Hangul or private-use far less).
CHINESE = -0.75
# how each encoding is named to the user (as iconv names it)
SHOWN = {"gb18030": "GB18030", "big5": "BIG5", "big5hkscs": "BIG5-HKSCS", "utf-16-le": "UTF-16LE",
         "utf-16-be": "UTF-16BE", "utf-8": "UTF-8"}

# The most frequent characters of modern written Chinese, most frequent first (about 2,400: they
# make up over 97% of the characters of the seed releases). A traditional character counts as
# its simplified form. Written out here: nothing is fetched, and no package holds such a list.
COMMON = (
    "的一是不了在人有我他这个们中来上大为和国地到以说时要就出会可也你对生能而子那得于着下自之年过发后作里"
    "用道行所然家种事成方多经么去法学如都同现当没动面起看定天分还进好小部其些主样理心她本前开但因只从想实"
    "日军者意无力它与长把机十民第公此已工使情明性知全三又关点正业外将两高间由问很最重并物手应战向头文体政"
    "美相见被利什二等产或新己制身果加西斯月话合回特代内信表化老给世位次度门任常先海通教儿原东声提立及比员"
    "解水名真论处走义各入几口认条平系气题活尔更别打女变四神总何电数安少报才结反受目太量再感建务做接必场件"
    "计管期市直德资命山金指克许统区保至队形社便空决治展马科司五基眼书非则听白却界达光放强即像难且权思王象"
    "完设式色路记南品住告类求据程北边死张该交规万取拉格望觉术领共确传师观清今切院让识候带导争运笑飞风步改"
    "收根干造言联持组每济车亲极林服快办议往元英士证近失转夫令准布始怎呢存未远叫台单影具罗字爱击流备兵连调"
    "深商算质团集百需价花党华城石级整府离况亚请技际约示复病息究线似官火断精满支视消越器容照须九增研写称企"
    "八功吗包片史委乎查轻易早曾除农找装广显吧阿李标谈吃图念六引历首医局突专费号尽另周较注语仅考落青随选列"
    "武红响虽推势参希古众构房半节土投某案黑维革划敌致陈律足态护七兴派孩验责营星够章音跟志底站严巴例防族供"
    "效续施留讲型料终答紧黄绝奇察母京段依批群项故按河米围江织害斗双境客纪采举杀攻父苏密低朝友诉止细愿千值"
    "仍男钱破网热助倒育属坐帝限船脸职速刻乐否刚威毛状率甚独球般普怕弹校苦创假久错承印晚兰试股拿脑预谁益阳"
    "若哪微尼继送急血惊伤素药适波夜省初喜卫源食险待述陆习置居劳财环排福纳欢雷警获模充负云停木游龙树疑层冷"
    "洲冲射略范竟句室异激汉村哈策演简卡罪判担州静退既衣您宗积余痛检差富灵协角占配征修皮挥胜降阶审沉坚善妈"
    "刘读啊超免压银买皇养伊怀执副乱抗犯追帮宣佛岁航优怪香著田铁控税左右份穿艺背阵草脚概恶块顿敢守酒岛托央"
    "户烈洋哥索胡款靠评版宝座释景顾弟登货互付伯慢欧换闻危忙核暗姐介坏讨丽良序升监临亮露永呼味野架域沙掉括"
    "舰鱼杂误湾吉减编楚肯测败屋跑梦散温困剑渐封救贵枪缺楼县尚毫移娘朋画班智亦耳恩短掌恐遗固席松秘谢鲁遇康"
    "虑幸均销钟诗藏赶剧票损忽巨炮旧端探湖录叶春乡附吸予礼港雨呀板庭妇归睛饭额含顺输摇招婚脱补谓督毒油疗旅"
    "泽材灭逐莫笔亡鲜词圣择寻厂睡博勒烟授诺伦岸奥唐卖俄炸载洛健堂旁宫喝借君禁阴园谋宋避抓荣姑孙逃牙束跳顶"
    "玉镇雪午练迫爷篇肉嘴馆遍凡础洞卷坦牛宁纸诸训私庄祖丝翻暴森塔默握戏隐熟骨访弱蒙歌店鬼软典欲萨伙遭盘爸"
    "扩盖弄雄稳忘亿刺拥徒姆杨齐赛趣曲刀床迎冰虚玩析窗醒妻透购替塞努休虎扬途侵刑绿兄迅套贸毕唯谷轮库迹尤竞"
    "街促延震弃甲伟麻川申缓潜闪售灯针哲络抵朱埃抱鼓植纯夏忍页杰筑折郑贝尊吴秀混臣雅振染盛怒舞圆搞狂措姓残"
    "秋培迷诚宽宇猛摆梅毁伸摩盟末乃悲拍丁赵硬麦蒋操耶阻订彩抽赞魔纷沿喊违妹浪汇币丰蓝殊献桌啦瓦莱援译夺汽"
    "烧距裁偏符勇触课敬哭懂墙袭召罚侠厅拜巧侧韩冒债曼融惯享戴童犹乘挂奖绍厚纵障讯涉彻刊丈爆乌役描洗玛患妙"
    "镜唱烦签仙彼弗症仿倾牌陷鸟轰咱菜闭奋庆撤泪茶疾缘播朗杜奶季丹狗尾仪偷奔珠虫驻孔宜艾桥淡翼恨繁寒伴叹旦"
    "愈潮粮缩罢聚径恰挑袋灰捕徐珍幕映裂泰隔启尖忠累炎暂估泛荒偿横拒瑞忆孤鼻闹羊呆厉衡胞零穷舍码赫婆魂灾洪"
    "腿胆津俗辩胸晓劲贫仁偶辑邦恢赖圈摸仰润堆碰艇稍迟辆废净凶署壁御奉旋冬矿抬蛋晨伏吹鸡倍糊秦盾杯租骑乏隆"
    "诊奴摄丧污渡旗甘耐凭扎抢绪粗肩梁幻菲皆碎宙叔岩荡综爬荷悉蒂返井壮薄悄扫敏碍殖详迪矛霍允幅撒剩凯颗骂赏"
    "液番箱贴漫酸郎腰舒眉忧浮辛恋餐吓挺励辞艘键伍峰尺昨黎辈贯侦滑券崇扰宪绕趋慈乔阅汗枝拖墨胁插箭腊粉泥氏"
    "彭拔骗凤慧媒佩愤扑龄驱惜豪掩兼跃尸肃帕驶堡届欣惠册储飘桑闲惨洁踪勃宾频仇磨递邪撞拟滚奏巡颜剂绩贡疯坡"
    "瞧截燃焦殿伪柳锁逼颇昏劝呈搜勤戒驾漂饮曹朵仔柔俩孟腐幼践籍牧凉牲佳娜浓芳稿竹腹跌逻垂遵脉貌柏狱猜怜惑"
    "陶兽帐饰贷昌叙躺钢沟寄扶铺邓寿惧询汤盗肥尝匆辉奈扣廷澳嘛董迁凝慰厌脏腾幽怨鞋丢埋泉涌辖躲晋紫艰魏吾慌"
    "祝邮吐狠鉴曰械咬邻赤挤弯椅陪割揭韦悟聪雾锋梯猫祥阔誉筹丛牵鸣沈阁穆屈旨袖猎臂蛇贺柱抛鼠瑟戈牢逊迈欺吨"
    "琴衰瓶恼燕仲诱狼池疼卢仗冠粒遥吕玄尘冯抚浅敦纠钻晶岂峡苍喷耗凌敲菌赔涂粹扁亏寂煤熊恭湿循暖糖赋抑秩帽"
    "哀宿踏烂袁侯抖夹昆肝擦猪炼恒慎搬纽纹玻渔磁铜齿跨押怖漠疲叛遣兹祭醉拳弥斜档稀捷肤疫肿豆削岗晃吞宏癌肚"
    "隶履涨耀扭坛拨沃绘伐堪仆郭牺歼墓雇廉契拼惩捉覆刷劫嫌瓜歇雕闷乳串娃缴唤赢莲霸桃妥瘦搭赴岳嘉舱俊址庞耕"
    "锐缝悔邀玲惟斥宅添挖呵讼氧浩羽斤酷掠妖祸侍乙妨贪挣汪尿莉悬唇翰仓轨枚盐览傅帅庙芬屏寺胖璃愚滴疏萧姿颤"
    "丑劣柯寸扔盯辱匹俱辨饿蜂哦腔郁溃谨糟葛苗肠忌溜鸿爵鹏鹰笼丘桂滋聊挡纲肌茨壳痕碗穴膀卓贤卧膜毅锦欠哩函"
    "茫昂薛皱夸豫胃舌剥傲拾窝睁携陵哼棉晴铃填饲渴吻扮逆脆喘罩卜炉柴愉绳胎蓄眠竭喂傻慕浑奸扇柜悦拦诞饱乾泡"
    "贼亭夕爹酬儒姻卵氛泄杆挨僧蜜吟猩遂狭肖甜霞驳裕顽於摘矮秒卿畜咽披辅勾盆疆赌塑畏吵囊嗯泊肺骤缠冈羞瞪吊"
    "贾漏斑涛悠鹿俘锡卑葬铭滩嫁催璇翅盒蛮矣潘歧赐鲍锅廊拆灌勉盲宰佐啥胀扯禧辽抹筒棋裤唉朴咐孕誓喉妄拘链驰"
    "栏逝窃艳臭纤玑棵趁匠盈翁愁瞬婴孝颈倘浙谅蔽畅赠妮莎尉冻跪闯葡後厨鸭颠遮谊圳吁仑辟瘤嫂陀框谭亨钦庸歉芝"
    "吼甫衫摊宴嘱衷娇陕矩浦讶耸裸碧摧薪淋耻胶屠鹅饥盼脖虹翠崩账萍逢赚撑翔倡绵猴枯巫昭怔渊凑溪蠢禅阐旺寓藤"
    "匪伞碑挪琼脂谎慨菩萄狮掘抄岭晕逮砍掏狄晰罕挽脾舟痴蔡剪脊弓懒叉拐喃僚捐姊骚拓歪粘柄坑陌窄湘兆崖骄刹鞭"
    "芒筋聘钩棍嚷腺弦焰耍俯厘愣厦恳饶钉寡憾摔叠惹喻谱愧煌徽溶坠煞巾滥洒堵瓷咒姨棒郡浴媚稣淮哎屁漆淫巢吩撰"
    "啸滞玫硕钓蝶膝姚茂躯吏猿寨恕渠戚辰舶颁惶狐讽笨袍嘲啡泼衔倦涵雀旬僵撕肢垄夷逸茅侨舆窑涅蒲谦杭噢弊勋刮"
    "郊凄捧浸砖鼎篮蒸饼亩肾陡爪兔殷贞荐哑炭坟眨搏咳拢舅昧擅爽咖搁禄雌哨巩绢螺裹昔轩谬谍龟媳姜瞎冤鸦蓬巷琳"
    "栽沾诈斋瞒彪厄咨纺罐桶壤糕颂膨谐垒咕隙辣绑宠嘿兑霉挫稽辐乞纱裙哟垫"
)
# punctuation Chinese text is full of, in both scripts (、 is U+3001, ‧ the Big5 middle dot)
PUNCTUATION = frozenset("，。、；：？！“”‘’（）《》〈〉【】〔〕「」『』—…·‧•﹐﹑﹔﹕％")
_RANK_SCALE = 600  # a character of this rank is as likely in Chinese text as in mojibake


class Undecodable(ValueError):
    """The bytes are not text in any encoding the checker takes."""

    def __init__(self, message: Message) -> None:
        super().__init__(message.code)
        self.message = message


@record
class Decoded:
    text: str
    encoding: str  # utf-8, utf-8-sig, gb18030, big5, big5hkscs, utf-16-le, utf-16-be, utf-16 (with BOM)


def _plausible(ch: str) -> bool:
    """A character Chinese release text is made of (for telling UTF-16 from GB18030)."""
    code = ord(ch)
    return (
        0x20 <= code <= 0x7E or ch in "\t\n\r\f"
        or 0x4E00 <= code <= 0x9FFF  # CJK unified ideographs
        or 0x3400 <= code <= 0x4DBF  # extension A
        or 0x3000 <= code <= 0x303F  # CJK symbols and punctuation
        or 0xFF01 <= code <= 0xFF5E  # full-width forms
        or 0x2010 <= code <= 0x206F  # general punctuation (“” ‘’ — …)
        or 0x2460 <= code <= 0x24FF  # circled numbers
        or 0x25A0 <= code <= 0x25FF  # □ ■ ○ ●
        or 0xA0 <= code <= 0xFF  # Latin-1 (·, ×, °)
        or 0x2160 <= code <= 0x217F  # Roman numerals
    )


def _common(ch: str) -> bool:
    """ASCII or a GB2312 character: what most simplified-Chinese text consists of."""
    if ch < "\x80":
        return _plausible(ch)
    try:
        ch.encode("gb2312")
    except UnicodeEncodeError:
        return False
    return True


def _score(text: str) -> tuple[float, float]:
    """For UTF-16 with zero bytes: the shares of plausible and of common characters."""
    if not text:
        return (0.0, 0.0)
    return (sum(map(_plausible, text)) / len(text), sum(map(_common, text)) / len(text))


def _ideograph(ch: str) -> bool:
    code = ord(ch)
    return 0x4E00 <= code <= 0x9FFF or 0x3400 <= code <= 0x4DBF or 0xF900 <= code <= 0xFAFF or code >= 0x20000


@functools.cache
def _ranks() -> dict[str, int]:
    ranks: dict[str, int] = {}
    for rank, ch in enumerate(COMMON, start=1):
        ranks.setdefault(ch, rank)
    return ranks


def _weight(ch: str, ranks: dict[str, int]) -> float:
    """How much one character (in its simplified form) speaks for a reading, in log-odds of
    Chinese text against mojibake: characters are about as likely as 1/rank in Chinese text
    (Zipf) and spread evenly over thousands of characters in mojibake."""
    rank = ranks.get(ch)
    if rank is not None:
        return math.log(_RANK_SCALE / rank)
    if ch in PUNCTUATION:
        return 2.0
    if 0xFF01 <= ord(ch) <= 0xFF5E:
        return 0.0  # full-width letters and digits: in either
    if _ideograph(ch):
        return -4.0  # a rare character
    if _plausible(ch):
        return -1.0  # a symbol a release may hold
    return -6.0  # kana, Hangul, Yi, Greek, box drawing, private use: not Chinese text


@record
class Evidence:
    weight: float  # the sum of `_weight` over the characters weighed
    chars: int  # characters weighed (all but ASCII and white space, up to SAMPLE)

    @property
    def chinese(self) -> bool:
        """Looks like Chinese text at all."""
        return self.weight >= CHINESE * self.chars


def evidence(text: str) -> Evidence:
    """How much `text` looks like Chinese text, simplified or traditional."""
    from checker.language.script import to_simplified

    chars = []
    for ch in text:
        if ch > "\x7f" and not ch.isspace():
            chars.append(ch)
            if len(chars) >= SAMPLE:
                break
    simplified = to_simplified("".join(chars))
    ranks = _ranks()
    weights = [_weight(ch, ranks) for ch in simplified]
    return Evidence(sum(weights), len(weights))


def _try(raw: bytes, encoding: str) -> Optional[str]:
    try:
        return raw.decode(encoding)
    except UnicodeDecodeError:
        return None


def decode_release(raw: bytes) -> Decoded:
    """The text of a release file and the encoding it was in; Undecodable if it is none, or if
    which one it is cannot be told with confidence."""
    if not raw:
        raise Undecodable(Message("encoding-empty"))
    for magic, kind in _MAGIC:
        if raw.startswith(magic):
            raise Undecodable(Message("encoding-binary", kind=Term("filekind", kind)))
    if raw.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):
        raise Undecodable(Message("encoding-utf32"))
    if raw.startswith(b"\xef\xbb\xbf"):
        return _checked(raw, "utf-8-sig", Message("encoding-bom-utf8"))
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _checked(raw, "utf-16", Message("encoding-bom-utf16"))
    if b"\x00" in raw:
        return _utf16_with_zero_bytes(raw)
    text = _try(raw, "utf-8")
    if text is not None and not _CONTROL.search(text):
        return Decoded(text, "utf-8")
    # not UTF-8, or UTF-8 only by accident: control characters are what BOM-less UTF-16
    # whose characters all lie in U+0100..U+7FFF looks like when read as UTF-8 (作 = 5C 4F)
    readings = legacy_readings(raw)
    if text is not None:
        readings.append(Decoded(text, "utf-8"))  # control characters and all: weighed like the others
    if not readings:
        raise Undecodable(Message("encoding-unknown-any"))
    return choose(readings)


# Big5-HKSCS reads all of Big5, most of it alike; but Python's big5 has the kana of the ETEN
# extension (C6A1..C7FC) where big5hkscs has ① ⅵ and others: the two are variants of one encoding,
# and the one whose reading looks more like Chinese text is taken, without a lead.
VARIANT_OF = {"big5hkscs": "big5"}


def legacy_readings(raw: bytes) -> list[Decoded]:
    """Every reading of bytes without BOM or NUL that is text: BOM-less UTF-16 whose characters
    are plausible, GB18030, Big5 and Big5-HKSCS (where it reads them otherwise than Big5)."""
    readings: list[Decoded] = []
    if len(raw) % 2 == 0:
        for encoding in ("utf-16-le", "utf-16-be"):
            candidate = _try(raw, encoding)
            if candidate and "\x00" not in candidate \
                    and sum(map(_plausible, candidate)) >= PLAUSIBLE * len(candidate):
                readings.append(Decoded(candidate, encoding))
    for encoding in ("gb18030", "big5", "big5hkscs"):
        candidate = _try(raw, encoding)
        if candidate is not None and not _CONTROL.search(candidate) \
                and all(candidate != other.text for other in readings):
            readings.append(Decoded(candidate, encoding))
    return readings


def choose(readings: list[Decoded]) -> Decoded:
    """The reading that looks like Chinese text by a clear lead over every other (of another
    encoding than its own variants); Undecodable naming the candidates where none does, or
    where the best does not look like Chinese text."""
    best_of: dict[str, tuple[Evidence, Decoded]] = {}
    for reading in readings:  # a variant replaces the first only where it looks more like Chinese
        family = VARIANT_OF.get(reading.encoding, reading.encoding)
        weighed_one = (evidence(reading.text), reading)
        if family not in best_of or weighed_one[0].weight > best_of[family][0].weight:
            best_of[family] = weighed_one
    weighed = sorted(best_of.values(), key=lambda pair: -pair[0].weight)
    best, reading = weighed[0]
    shown = tuple(SHOWN[r.encoding] for _, r in weighed)
    if len(weighed) > 1 and best.weight - weighed[1][0].weight < CONFIDENT:
        raise Undecodable(Message("encoding-ambiguous", candidates=shown, iconv=SHOWN[reading.encoding]))
    if not best.chinese:
        raise Undecodable(Message("encoding-not-chinese-text", encodings=shown))
    return reading


def _checked(raw: bytes, encoding: str, why: Message) -> Decoded:
    text = _try(raw, encoding)
    if text is None:
        raise Undecodable(Message("encoding-damaged", why=why, encoding=encoding.upper().replace("-SIG", "")))
    if "\x00" in text:
        raise Undecodable(Message("encoding-nul-characters"))
    return Decoded(text, encoding)


def _utf16_with_zero_bytes(raw: bytes) -> Decoded:
    """Text with NUL bytes is UTF-16 or not text. ASCII and line breaks put their zero byte
    second (LE) or first (BE), but so do CJK characters such as 一 (U+4E00), so both byte
    orders are read and the more plausible reading wins; the zero-byte pattern breaks ties."""
    if len(raw) % 2 == 0:
        zeros_le, zeros_be = raw[1::2].count(0), raw[0::2].count(0)
        readings = []
        for encoding, zeros in (("utf-16-le", zeros_le), ("utf-16-be", zeros_be)):
            text = _try(raw, encoding)
            if text is not None and "\x00" not in text:
                score = _score(text)
                if score[0] >= PLAUSIBLE:
                    readings.append((score, zeros, encoding, text))
        if readings:
            best = max(readings, key=lambda reading: reading[:2])
            return Decoded(best[3], best[2])
    raise Undecodable(Message("encoding-nul-bytes"))


def to_lf(text: str) -> tuple[str, int, int]:
    """Text with LF line endings, and how many CRLF and lone CR there were."""
    crlf = text.count("\r\n")
    text = text.replace("\r\n", "\n")
    cr = text.count("\r")
    return text.replace("\r", "\n"), crlf, cr
