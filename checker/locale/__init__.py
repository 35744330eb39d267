"""Words come from phrase tables, one data file per language (en.yaml, zh.yaml beside this file).

Every message code, every heading, status, basis and trend has one entry per language;
`Words` renders a `Message` by filling its template with its parameters, each rendered in
the same language. The default language comes from the locale (LC_ALL, LC_MESSAGES, LANG
starting with `zh` → Chinese), and `--lang` overrides it.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Mapping
from datetime import date
from decimal import Decimal
from enum import Enum
from pathlib import Path
from string import Formatter
from typing import Any

from checker.messages import AllOf, Echo, Field, Message, Term

HERE = Path(__file__).parent


class Lang(str, Enum):
    en = "en"
    zh = "zh"


def detect(environ: Mapping[str, str] | None = None) -> Lang:
    """The language of the user's locale: the first of LC_ALL, LC_MESSAGES, LANG that is set."""
    env = os.environ if environ is None else environ
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(name, "")
        if value:
            return Lang.zh if value.lower().startswith("zh") else Lang.en
    return Lang.en


class MissingPhrase(KeyError):
    """A code without a phrase: a bug in the phrase tables (tests check every code)."""


class Words:
    """The phrases of one language."""

    def __init__(self, lang: Lang, phrases: Mapping[str, str]) -> None:
        self.lang = lang
        self.phrases = phrases

    def __call__(self, key: str, /, **params: object) -> str:
        try:
            template = self.phrases[key]
        except KeyError:
            raise MissingPhrase(f"no {self.lang.value} phrase for {key!r}") from None
        if "{" not in template:
            return template
        return template.format_map(_Rendered(self, params))

    def message(self, message: Message) -> str:
        return self(message.code, **message.params)

    def diagnostic(self, diagnostic: Any) -> str:
        """`file:line:col: message`, with `warning: ` (or `note: `) before the message of a
        warning (a note). Takes a checker.diagnostics.Diagnostic."""
        text = self.message(diagnostic.message)
        if diagnostic.severity.value != "error":
            text = self(f"severity.{diagnostic.severity.value}") + text
        return f"{diagnostic.position}: {text}" if diagnostic.position else text

    def param(self, value: object) -> str:
        """One parameter in this language."""
        if isinstance(value, Message):
            return self.message(value)
        if isinstance(value, Field):
            return self.field(value.path)
        if isinstance(value, Term):
            return self.phrases.get(f"{value.group}.{value.name}", value.name)
        if isinstance(value, Echo):
            shown = repr(value.shown)
            return shown + (self("echo.length", count=len(value.text)) if value.cut else "")
        if isinstance(value, AllOf):
            return self("list.and").join(self.param(item) for item in value.items)
        if isinstance(value, tuple):
            return self("list.separator").join(self.param(item) for item in value)
        if isinstance(value, Enum):
            return str(value.value)
        if isinstance(value, Decimal):
            from checker.language.decimals import decimal_text

            return decimal_text(value)
        if isinstance(value, date):
            return value.isoformat()
        return "" if value is None else str(value)

    def field(self, path: tuple[object, ...]) -> str:
        """A field's place in words: ('outcomes', 0, 'as_of') → "`as_of` of outcome 1"."""
        if not path:
            return self("field.file")
        words: list[str] = []
        i = 0
        while i < len(path):
            part = str(path[i])
            if i + 1 < len(path) and isinstance(path[i + 1], int) and f"field.{part}" in self.phrases:
                words.append(self(f"field.{part}", n=int(path[i + 1]) + 1))  # type: ignore[call-overload]
                i += 2
                continue
            words.append(self("field.plan") if part == "plan" and i < len(path) - 1 else f"`{part}`")
            i += 1
        if self.phrases.get("field.order") == "outer-last":
            words.reverse()
        return self("field.joiner").join(words)


class _Rendered(dict[str, Any]):
    """The parameters of one template, rendered in the template's language on demand; a
    `{name!r}` field shows the text quoted as Python would (a quantity echoed as typed)."""

    def __init__(self, words: Words, params: Mapping[str, object]) -> None:
        super().__init__()
        self.words = words
        self.params = params

    def __missing__(self, key: str) -> Any:
        if key not in self.params:
            raise MissingPhrase(f"the {self.words.lang.value} phrase uses {{{key}}}, which its message lacks")
        value = self.params[key]
        return value if isinstance(value, str) else _Shown(self.words.param(value))


class _Shown(str):
    """A rendered parameter: `!r` on it quotes the rendered text, not the object."""


def template_fields(template: str) -> set[str]:
    return {name for _, name, _, _ in Formatter().parse(template) if name}


@functools.cache
def phrases(lang: Lang) -> dict[str, str]:
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    data = yaml.load((HERE / f"{lang.value}.yaml").read_text(encoding="utf-8"), Loader=loader)
    return {str(key): str(value) for key, value in data.items()}


@functools.cache
def words(lang: Lang | str) -> Words:
    chosen = Lang(lang)
    return Words(chosen, phrases(chosen))


class _English:
    """English words loaded on first use (for `str()` of an error, in logs and tracebacks)."""

    def message(self, message: Message) -> str:
        return words(Lang.en).message(message)

    def diagnostic(self, diagnostic: Any) -> str:
        return words(Lang.en).diagnostic(diagnostic)


ENGLISH = _English()
