"""Traditional characters read as simplified, one character for one, so positions still
point at the text as written.

OpenCC's conversion tables (the `opencc` package) do the work: a general mapping needs
its dictionary of phrases (乾 is 干 in 乾燥 but not in 乾隆), which a hand-made table would
get wrong. Text that GB2312 can encode is simplified already and is returned as it is,
without loading OpenCC.
"""

from __future__ import annotations

import codecs
import functools
from typing import Any

from checker.language import regex

# Converted a stretch at a time: a phrase OpenCC maps to a different length (rare) is then
# converted one character at a time, and only within its stretch.
_STRETCH = regex.compile(r"[^，。、；：？！,.;:?!\s]+|[，。、；：？！,.;:?!\s]+")


# Chinese characters: the CJK blocks. Told by comparison, not by a pattern: `re` fills a table
# entry by entry for a class of 20,000 characters, over a millisecond at every start.
_HAN = (("\u3400", "\u4dbf"), ("\u4e00", "\u9fff"), ("\uf900", "\ufaff"), ("\U00020000", "\U0003134f"))


def _is_han(ch: str) -> bool:
    return any(low <= ch <= high for low, high in _HAN)


def is_simplified(text: str) -> bool:
    """True when no character needs converting: every Chinese character is in GB2312, which holds
    simplified Chinese (punctuation GB2312 lacks, such as · and —, is not traditional)."""
    try:
        text.encode("gb2312", _SKIP_ALL_BUT_HAN)
    except UnicodeEncodeError:
        return False
    return True


def _skip_all_but_han(error: UnicodeError) -> tuple[str, int]:
    """An encoding error handler: characters GB2312 lacks are passed over, unless one is Chinese.
    (Picking out the Chinese characters of a whole release first would cost a pass over it.)"""
    if not isinstance(error, UnicodeEncodeError) or any(map(_is_han, error.object[error.start:error.end])):
        raise error
    return "", error.end


_SKIP_ALL_BUT_HAN = "checker-skip-all-but-han"
codecs.register_error(_SKIP_ALL_BUT_HAN, _skip_all_but_han)


def to_simplified(text: str) -> str:
    """The text with traditional characters simplified; always the same length as `text`."""
    if is_simplified(text):
        return text
    converter = _converter()
    whole = converter.convert(text)
    if len(whole) == len(text):
        return str(whole)
    parts = []
    for match in _STRETCH.finditer(text):
        stretch = match.group()
        converted = converter.convert(stretch)
        if len(converted) != len(stretch):
            converted = "".join(c if len(c := converter.convert(ch)) == 1 else ch for ch in stretch)
        parts.append(converted)
    return "".join(parts)


@functools.cache
def _converter() -> Any:
    import opencc  # imported here: a run on simplified text never loads it

    return opencc.OpenCC("t2s")
