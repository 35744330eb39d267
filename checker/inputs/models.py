"""The shapes of the input files: the release manifest and the rule files.

Field names here are a contract with rule authors and other tools. `extra="forbid"`
turns a typo such as `dealine:` into an error instead of a silently ignored field.
Quantities and deadlines stay strings here; `evaluate` reads them, so that an
unreadable one makes its rule `invalid` rather than the whole file unreadable.
"""

from __future__ import annotations

from datetime import date
from enum import Enum
from typing import Annotated, Optional

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, field_validator, model_validator
from pydantic_core import PydanticCustomError

Id = Annotated[str, StringConstraints(pattern=r"^[a-z0-9]+(?:-[a-z0-9]+)*$")]
Text = Annotated[str, StringConstraints(min_length=1)]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Release(Strict):
    id: Id
    file: Text
    title: Text
    publisher: Text
    region: Text
    published: date
    url: Optional[str] = None
    sha256: Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{64}$")]
    encoding: Optional[str] = Field(default=None, description="the file's encoding before it was stored as UTF-8")
    note: Optional[str] = None

    @field_validator("file")
    @classmethod
    def _plain_name(cls, value: str) -> str:
        if "/" in value or "\\" in value or value in (".", "..") or value.startswith("."):
            raise PydanticCustomError("plain_file_name",
                                      "must be a plain file name inside seeds/ (no folders, no '..')")
        return value


class Manifest(Strict):
    model_config = ConfigDict(defer_build=True)  # its fields name a manifest's keys; it validates nothing
    releases: list[Release]


class Measure(str, Enum):
    count = "count"  # type: ignore[assignment]  # achievements add up (schools built, places added)
    level = "level"  # a state (a share, a coverage rate): judged at the deadline


class Comparator(str, Enum):
    at_least = "at_least"
    more_than = "more_than"
    at_most = "at_most"
    less_than = "less_than"
    exactly = "exactly"
    between = "between"


class Claim(str, Enum):
    met = "met"
    exceeded = "exceeded"
    not_met = "not_met"


class Baseline(Strict):
    """The level a plan starts from, as a release states it: the zero point of a level's trend."""

    value: str = Field(description="the level, e.g. 48%")
    as_of: date = Field(description="the date the level refers to")
    source: Id
    quote: Text
    note: Optional[str] = None


class Plan(Strict):
    value: Optional[str] = Field(
        default=None, description="a quantity expression, e.g. 26所 or 85%以上; omitted for a milestone")
    comparator: Optional[Comparator] = Field(
        default=None, description="how the outcome is held against the value; default from its qualifier "
                                  "(以上 → at_least, 多 → more_than, 以内 → at_most), else at_least; "
                                  "an approximate value (约, 近, 左右) needs one chosen")
    deadline: Optional[str] = Field(
        default=None,
        description="a period expression (2025年底, 十四五末, 2025年至2027年) or an ISO date; "
                    "omitted only where the release states none")
    start: Optional[date] = Field(default=None, description="when the plan period begins; default from a "
                                                           "deadline that names a span (2025年至2027年)")
    baseline: Optional[Baseline] = None
    source: Id
    quote: Text
    note: Optional[str] = None


class OutcomeKind(str, Enum):
    """What an outcome reports; each is a field of its own in the YAML (checker/judge/kinds.py
    says how each is read, checked and counted)."""

    value = "value"  # a reported figure: 27所
    completion = "completion"  # a completion ratio: 完成省定目标的134.4%
    achieved = "achieved"  # a milestone reached or not: 建成投用
    claim = "claim"  # a statement without numbers: 超额完成目标任务


class Outcome(Strict):
    # exactly one kind, in the published schema too (an editor flags `value` and `claim` together)
    model_config = ConfigDict(json_schema_extra={"oneOf": [{"required": [kind.value]} for kind in OutcomeKind]})

    value: Optional[str] = Field(default=None, description="the reported figure, e.g. 27所")
    completion: Optional[str] = Field(default=None, description="a completion ratio, e.g. 134.4%")
    achieved: Optional[bool] = None
    claim: Optional[Claim] = None
    as_of: date
    increment: bool = False
    source: Id
    quote: Text
    note: Optional[str] = None

    @model_validator(mode="after")
    def _one_kind(self) -> Outcome:
        given = [kind.value for kind in OutcomeKind if getattr(self, kind.value) is not None]
        if len(given) != 1:
            raise PydanticCustomError("outcome_kinds",
                                      "an outcome states exactly one of value, completion, achieved, claim",
                                      {"given": given})
        return self

    @property
    def kind(self) -> OutcomeKind:
        return next(kind for kind in OutcomeKind if getattr(self, kind.value) is not None)


class Rule(Strict):
    id: Id
    region: Text
    indicator: Text
    measure: Optional[Measure] = Field(
        default=None, description="count (achievements add up) or level (a share, a rate: judged at the deadline); "
                                  "default: level for a target in %, ‰ or 个百分点, count otherwise")
    plan: Plan
    outcomes: list[Outcome] = Field(default_factory=list)
    note: Optional[str] = None


class RuleFile(Strict):
    rules: list[dict]  # each rule is validated on its own, so one bad rule spoils only itself


class _RuleFileSchema(Strict):
    """Only for the published JSON Schema: each rule in full (built when the schema is asked for)."""

    model_config = ConfigDict(defer_build=True)

    rules: list[Rule]


def rule_file_schema() -> dict:
    """The JSON Schema of a rule file, for editors (yaml-language-server) and other tools."""
    schema = _RuleFileSchema.model_json_schema()
    schema["title"] = "checker rule file"
    schema["description"] = ("Plans stated in government releases and the outcomes later releases report, "
                             "each with the release id and a verbatim quote.")
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", **schema}
