"""Release files arrive as UTF-8, UTF-8 with BOM, GB18030/GBK or UTF-16: which one is it?

No library: BOMs first; then NUL bytes, which only UTF-16 text has (ASCII and line breaks in
UTF-16 carry a zero byte); then strict UTF-8; then UTF-16 without any zero byte (all-CJK text),
accepted only where its characters are plausible Chinese text and more plausible than the
GB18030 reading of the same bytes; then strict GB18030 (a superset of GBK and GB2312).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

from checker.messages import Message, Term

_CONTROL = re.compile("[\x01-\x08\x0b\x0e-\x1f\x7f-\x9f]")  # not in text files (NUL is handled apart)
_MAGIC = ((b"%PDF-", "pdf"), (b"PK\x03\x04", "zip"), (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "office"),
          (b"\x89PNG", "png"), (b"\xff\xd8\xff", "jpeg"), (b"\x1f\x8b", "gzip"))  # kinds: phrases filekind.*
PLAUSIBLE = 0.9  # share of plausible characters a BOM-less UTF-16 reading needs


class Undecodable(ValueError):
    """The bytes are not text in any encoding the checker takes."""

    def __init__(self, message: Message) -> None:
        super().__init__(message.code)
        self.message = message



@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str  # utf-8, utf-8-sig, gb18030, utf-16-le, utf-16-be, utf-16 (with BOM)


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
    if not text:
        return (0.0, 0.0)
    return (sum(map(_plausible, text)) / len(text), sum(map(_common, text)) / len(text))


def _try(raw: bytes, encoding: str) -> Optional[str]:
    try:
        return raw.decode(encoding)
    except UnicodeDecodeError:
        return None


def decode_release(raw: bytes) -> Decoded:
    """The text of a release file and the encoding it was in; Undecodable if it is none."""
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
    gb = _try(raw, "gb18030")
    if gb is not None and _CONTROL.search(gb):
        gb = None
    if len(raw) % 2 == 0:
        best = None
        for encoding in ("utf-16-le", "utf-16-be"):
            candidate = _try(raw, encoding)
            if candidate is None or "\x00" in candidate:
                continue
            score = _score(candidate)
            if score[0] >= PLAUSIBLE and (best is None or score > best[0]):
                best = (score, encoding, candidate)
        # ties go to GB18030: BOM-less UTF-16 without a single line break or ASCII
        # character is the rarer of the two
        if best is not None and (gb is None or best[0] > _score(gb)):
            return Decoded(best[2], best[1])
    if gb is not None:
        return Decoded(gb, "gb18030")
    if text is not None:
        return Decoded(text, "utf-8")  # control characters and all: better than nothing
    raise Undecodable(Message("encoding-unknown"))


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
