"""Option values without a pydantic TypeAdapter per option.

typer (0.29) builds a pydantic TypeAdapter for each option of the command being run, 15–90 ms
apiece at start-up, felt on every CI run. The checker's options are plain (str, Path, bool,
an Enum, optional or repeated), and their values are checked by the commands themselves with
messages in the reader's language, so a plain conversion does. Anything else, or a typer
whose internals have moved, keeps typer's own coercion.
"""

from __future__ import annotations

import enum
import types
import typing
from dataclasses import dataclass
from pathlib import Path
from typing import Any


def _unwrapped(annotation: Any) -> Any:
    """Optional[X] → X."""
    if typing.get_origin(annotation) in (typing.Union, types.UnionType):
        args = [arg for arg in typing.get_args(annotation) if arg is not type(None)]
        return args[0] if len(args) == 1 else None
    return annotation


def _is_plain(annotation: Any) -> bool:
    inner = _unwrapped(annotation)
    if typing.get_origin(inner) is list:
        (item,) = typing.get_args(inner) or (None,)
        return item in (str, Path)
    return inner in (str, Path, bool) or (isinstance(inner, type) and issubclass(inner, enum.Enum))


def _convert(annotation: Any, value: Any) -> Any:
    inner = _unwrapped(annotation)
    if typing.get_origin(inner) is list:
        (item,) = typing.get_args(inner)
        return [item(v) for v in value]
    if isinstance(inner, type) and issubclass(inner, enum.Enum):
        if isinstance(value, inner):
            return value
        try:
            return inner(value)
        except ValueError:
            choices = ", ".join(repr(member.value) for member in inner)
            raise ValueError(f"{value!r} is not one of {choices}.") from None
    if inner is bool:
        return bool(value)
    return inner(value)


def install() -> None:
    try:
        from typer import _coercion, core
        from typer._click.exceptions import BadParameter

        original = core.build_runtime_param
        base = _coercion.RuntimeParam
    except (ImportError, AttributeError):
        return  # another typer: its own coercion, at its own cost

    @dataclass(frozen=True)
    class PlainRuntimeParam(base):  # type: ignore[misc, valid-type]
        """typer's runtime parameter, its value converted without a pydantic TypeAdapter."""

        def _coerce_value(self, value: Any, param: Any, ctx: Any) -> Any:
            try:
                return _convert(self.annotation, value)
            except ValueError as error:
                raise BadParameter(str(error), ctx=ctx, param=param) from None

    def build(descriptor: Any) -> Any:
        info = descriptor.parameter_info
        if (descriptor.file_annotation is None and _is_plain(descriptor.annotation)
                and getattr(info, "min", None) is None and getattr(info, "max", None) is None):
            return PlainRuntimeParam(parameter_info=info, annotation=descriptor.annotation)
        return original(descriptor)

    core.build_runtime_param = build
