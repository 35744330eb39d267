"""What to say, without the words: a stable code and the parameters that make it concrete.

Pure data, imported by every stage that has something to say; `checker/locale/` turns it
into English or Chinese."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import field

from checker.frozen import record

# A parameter is shown as it is (text, number, Decimal, date), rendered in the reader's
# language (a nested Message, a Field, an Echo of input text), or joined (a tuple of these).
Param = object


@record
class Message:
    """What to say, without the words: a code from the phrase tables and its parameters."""

    code: str
    params: Mapping[str, Param] = field(default_factory=dict)

    def __init__(self, code: str, /, **params: Param) -> None:
        object.__setattr__(self, "code", code)
        object.__setattr__(self, "params", params)

    def __hash__(self) -> int:
        return hash((self.code, tuple(sorted((k, repr(v)) for k, v in self.params.items()))))


@record
class Field:
    """A field of a rule or manifest entry, by its path: ('outcomes', 0, 'as_of') is shown as
    "`as_of` of outcome 1" in English and "第1个结果的 `as_of`" in Chinese."""

    path: tuple[object, ...]


@record
class Echo:
    """Input text echoed in a message: shown quoted, and cut in the middle when it is long
    ('1111…1111' (10000 characters))."""

    text: str
    limit: int = 60

    @property
    def cut(self) -> bool:
        return len(self.text) > self.limit

    @property
    def shown(self) -> str:
        if not self.cut:
            return self.text
        return f"{self.text[:self.limit // 2]}…{self.text[-self.limit // 4:]}"


@record
class Term:
    """A word of a vocabulary (a dimension such as `person`, a status such as `met`), shown
    in the reader's language from the phrase `<group>.<name>`, or as it is where none exists."""

    group: str
    name: str


@record
class AllOf:
    """Items named together: "value and claim" in English, "value 和 claim" in Chinese."""

    items: tuple[object, ...]


def os_reason(error: OSError) -> object:
    """Why the system refused, in the reader's language where the reason is a common one
    (no such file, permission denied, disk full); otherwise the system's own words."""
    import errno

    name = errno.errorcode.get(error.errno or 0, "")
    if name in ("ENOENT", "EACCES", "EPERM", "ENOSPC", "EISDIR", "ENOTDIR", "EROFS", "EEXIST", "ELOOP",
                "ENAMETOOLONG", "EIO", "EDQUOT"):
        return Term("oserror", name)
    return error.strerror or str(error)
