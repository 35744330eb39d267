"""pydantic's validation errors → diagnostics in plain words, at the YAML position they concern.

Each pydantic error type becomes a message code (the phrase tables hold the words, in every
language); a misspelt field gets a "did you mean" from the fields of its model.
"""

from __future__ import annotations

import difflib
import re
from typing import Any

from pydantic import ValidationError

from checker.diagnostics import Diagnostic, Position, Severity
from checker.inputs.yamlfile import Document, Path_
from checker.messages import AllOf, Echo, Field, Message

_KINDS = {"list_type": "kind-list", "dict_type": "kind-mapping", "model_type": "kind-mapping",
          "string_type": "kind-text"}
_DATES = ("date_from_datetime_parsing", "date_parsing", "date_type", "date_from_datetime_inexact")


def diagnostics_of(error: ValidationError, document: Document, base: Path_, rule_id: str | None) -> list[Diagnostic]:
    details = _without_echoes(error.errors(include_url=False), base)
    return [diagnostic_of(detail, document, base, rule_id) for detail in details]


def diagnostic_of(detail: Any, document: Document, base: Path_, rule_id: str | None) -> Diagnostic:
    loc = tuple(detail["loc"])
    path = (*base, *loc)
    line, col = document.where(path)
    return Diagnostic(message_of(detail, base), Severity.error, Position(document.file, line, col), rule_id)


def message_of(detail: Any, base: Path_) -> Message:
    loc = tuple(detail["loc"])
    field = Field((*base, *loc) if base[:1] == ("releases",) else loc)
    kind = detail["type"]
    given = detail.get("input")
    if kind == "extra_forbidden":
        wrong = str(loc[-1])
        known = known_fields(base, loc[:-1])
        guess = difflib.get_close_matches(wrong, known, n=1, cutoff=0.6)
        hint = Message("field-did-you-mean", name=guess[0]) if guess else Message("field-known", names=tuple(known))
        return Message("field-unknown", name=wrong, hint=hint)
    if kind == "missing":
        return Message("field-missing", field=field)
    if kind == "string_pattern_mismatch":
        if loc and loc[-1] == "sha256":
            return Message("field-not-sha256", field=field)
        return Message("field-not-id", field=field, given=given)
    if kind in _DATES:
        return Message("field-not-date", field=field, given=given)
    if kind == "enum":
        expected = re.findall(r"'([^']*)'", str(detail.get("ctx", {}).get("expected", "")))
        return Message("field-not-one-of", field=field, given=given, expected=tuple(expected))
    if kind in ("bool_parsing", "bool_type"):
        return Message("field-not-bool", field=field, given=given)
    if kind in _KINDS:
        return Message("field-wrong-kind", field=field, kind=Message(_KINDS[kind]))
    if kind == "string_too_short":
        return Message("field-empty", field=field)
    if kind == "plain_file_name":
        return Message("release-file-not-plain", field=field, given=Echo(str(given)))
    if kind == "outcome_kinds":
        given_kinds = detail.get("ctx", {}).get("given", ())
        named = AllOf(tuple(given_kinds)) if given_kinds else Message("outcome-kinds-none")
        return Message("outcome-kinds", given=named)
    return Message("field-invalid", field=field, detail=str(detail["msg"]))


def _without_echoes(details: list[Any], base: Path_) -> list[Any]:
    """A misspelt required field gives two errors (unknown `asof`, missing `as_of`): keep the
    one that says what to do."""
    suggested = set()
    for detail in details:
        if detail["type"] == "extra_forbidden":
            loc = tuple(detail["loc"])
            guess = difflib.get_close_matches(str(loc[-1]), known_fields(base, loc[:-1]), n=1, cutoff=0.6)
            if guess:
                suggested.add((*loc[:-1], guess[0]))
    return [d for d in details if not (d["type"] == "missing" and tuple(d["loc"]) in suggested)]


def known_fields(base: Path_, loc: Path_) -> list[str]:
    from checker.inputs.models import Manifest, Outcome, Plan, Release, Rule, RuleFile

    if base and base[0] == "releases" or (loc and loc[0] == "releases"):
        return list(Release.model_fields) if (base or loc[1:]) else list(Manifest.model_fields)
    if not base:
        return list(RuleFile.model_fields)
    if not loc:
        return list(Rule.model_fields)
    if loc[0] == "plan":
        return list(Plan.model_fields)
    if loc[0] == "outcomes":
        return list(Outcome.model_fields)
    return list(Rule.model_fields)
