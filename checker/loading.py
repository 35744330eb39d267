"""YAML files → plain data with the line and column of every node; rule files → rules.

PyYAML is used only to compose a node tree (it never constructs Python objects from
tags), and the tree is turned into data here: every scalar stays a string (so 1.50
stays "1.50" and a quantity is read exactly later), duplicate keys are errors (PyYAML
would keep the last one), and tags, anchors and aliases are refused.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from checker.errors import CheckerError, shortened
from checker.models import Rule, RuleFile

Path_ = tuple[Any, ...]
Positions = dict[Path_, tuple[int, int]]  # path of keys/indexes → (line, col), 1-based

STANDARD_TAGS = {
    "tag:yaml.org,2002:str", "tag:yaml.org,2002:int", "tag:yaml.org,2002:float",
    "tag:yaml.org,2002:bool", "tag:yaml.org,2002:null", "tag:yaml.org,2002:timestamp",
    "tag:yaml.org,2002:map", "tag:yaml.org,2002:seq",
}
MAX_NODES = 200_000  # far above any rule file; bounds the work on a hostile one
MAX_BYTES = 20 * 1024 * 1024


@dataclass
class Problem:
    """One thing wrong with the input, at file:line:col."""

    file: str
    line: int | None
    col: int | None
    message: str
    severity: str = "error"  # error | warning | info (shown in reports, not by validate)
    rule_id: str | None = None

    def __str__(self) -> str:
        where = ":".join(str(part) for part in (self.file, self.line, self.col) if part is not None)
        prefix = "" if self.severity == "error" else f"{self.severity}: "
        return f"{where}: {prefix}{self.message}"


@dataclass
class Document:
    file: str
    data: Any
    positions: Positions
    # problems that spoil only the part they are in (a duplicate key), by the path of that part
    problems: list[tuple[Path_, Problem]] = field(default_factory=list)

    def where(self, path: Path_) -> tuple[int | None, int | None]:
        """The position of `path`, or of its nearest ancestor that exists."""
        path = tuple(path)
        while path:
            if path in self.positions:
                return self.positions[path]
            path = path[:-1]
        return self.positions.get((), (None, None))


@dataclass
class LoadedRule:
    """A rule as written, with where it was written. `rule` is None if it failed validation."""

    file: str
    index: int
    document: Document
    raw: dict[str, Any]
    rule: Rule | None = None
    problems: list[Problem] = field(default_factory=list)

    @property
    def id(self) -> str:
        raw_id = self.raw.get("id") if isinstance(self.raw, dict) else None
        return raw_id if isinstance(raw_id, str) and raw_id else f"{self.file}#{self.index + 1}"

    def where(self, *path: Any) -> tuple[int | None, int | None]:
        return self.document.where(("rules", self.index, *path))

    def problem(self, message: str, *path: Any, severity: str = "error") -> Problem:
        line, col = self.where(*path)
        return Problem(self.file, line, col, message, severity, self.id)


def load_yaml(path: Path, display: str | None = None) -> Document:
    """Read one YAML file into data + positions; raise CheckerError with file:line:col."""
    import yaml

    name = display or str(path)
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise CheckerError(f"file is {size // (1024 * 1024)} MB; rule and manifest files are "
                               f"limited to {MAX_BYTES // (1024 * 1024)} MB", file=name)
        raw = path.read_bytes()
    except OSError as error:
        raise CheckerError(f"cannot read the file: {error.strerror}", file=name) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        raise CheckerError("the file is not UTF-8 text; save it as UTF-8", file=name, line=line) from None
    try:
        return _compose(name, yaml.parse(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)))
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line, col = (mark.line + 1, mark.column + 1) if mark else (None, None)  # type: ignore[assignment]
        what = error.problem or str(error)
        hint = ""
        if "tab" in what or "\\t" in what:
            hint = "; indent with spaces, not tabs"
        elif "found" in what or "expected" in what or "not allowed" in what:
            hint = ("; if a value contains a quotation mark or a colon, put the whole value in single "
                    "quotes ('...'), doubling any ' inside")
        raise CheckerError(f"invalid YAML: {what}{hint}", file=name, line=line, col=col) from None
    except yaml.YAMLError as error:
        raise CheckerError(f"invalid YAML: {error}", file=name) from None


NULLS = ("", "~", "null", "Null", "NULL")


def _compose(file: str, events: Any) -> Document:
    """Build data and positions from parser events in one pass, with no recursion (deep
    nesting costs nothing) and a node budget checked as the file is read (a huge file is
    refused after MAX_NODES nodes, not after it has all been parsed)."""
    import yaml

    positions: Positions = {}
    problems: list[tuple[Path_, Problem]] = []
    # each open container: (its value, its path, the key waiting for a value or None)
    stack: list[tuple[Any, Path_, Any]] = []
    root: Any = None
    documents = 0
    nodes = 0

    def where(event: Any) -> tuple[int, int]:
        return event.start_mark.line + 1, event.start_mark.column + 1

    def fail(event: Any, message: str) -> CheckerError:
        line, col = where(event)
        return CheckerError(message, file=file, line=line, col=col)

    def place(value: Any, event: Any) -> tuple[bool, Path_]:
        """Put a finished scalar or a new container where it belongs; False if it is dropped
        (the value of a duplicate key)."""
        nonlocal root
        if not stack:
            root = value
            positions[()] = where(event)
            return True, ()
        container, path, pending = stack[-1]
        if isinstance(container, list):
            child = path + (len(container),)
            container.append(value)
            positions[child] = where(event)
            return True, child
        if pending is None:  # this node is a key
            if not isinstance(value, str):
                raise fail(event, "a key must be a plain name")
            if value in container:
                first = positions[path + (value,)]
                problems.append((path, Problem(file, *where(event), f"duplicate key {value!r} (first at line "
                                                                   f"{first[0]}); keep one of them")))
                stack[-1] = (container, path, ("duplicate", value))
            else:
                positions[path + (value,)] = where(event)  # a message about a field points at its key
                stack[-1] = (container, path, value)
            return False, path
        stack[-1] = (container, path, None)
        if isinstance(pending, tuple):  # the value of a duplicate key: PyYAML would keep it; we do not
            return False, path
        container[pending] = value
        return True, path + (pending,)

    for event in events:
        if isinstance(event, yaml.DocumentStartEvent):
            documents += 1
            if documents > 1:
                raise fail(event, "more than one YAML document (---) in the file; keep one")
            continue
        if isinstance(event, (yaml.StreamStartEvent, yaml.StreamEndEvent, yaml.DocumentEndEvent)):
            continue
        if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
            raise fail(event, "anchors and aliases (&name, *name) are not allowed here; write the value out")
        if isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
            stack.pop()
            continue
        nodes += 1
        if nodes > MAX_NODES:
            raise fail(event, f"more than {MAX_NODES} YAML nodes: this is not a rule or manifest file")
        tag = getattr(event, "tag", None)
        if tag not in (None, "!") and tag not in STANDARD_TAGS:
            raise fail(event, f"the tag {tag!r} is not allowed; remove it")
        if isinstance(event, yaml.ScalarEvent):
            plain = not event.style and event.tag is None  # libyaml gives "" for plain, PyYAML None
            place(None if plain and event.value in NULLS else event.value, event)
        elif isinstance(event, (yaml.MappingStartEvent, yaml.SequenceStartEvent)):
            value: Any = {} if isinstance(event, yaml.MappingStartEvent) else []
            kept, path = place(value, event)
            # the value of a duplicate key is read but kept nowhere (and its positions apart)
            stack.append((value, path if kept else path + ("\0duplicate",), None))
    return Document(file, root, positions, problems)


# --- rule files -----------------------------------------------------------------------

def load_rules(folder: Path, root: Path | None = None) -> tuple[list[LoadedRule], list[Problem]]:
    """Every rule in folder/**/*.yaml (sorted), and the problems of files that hold none."""
    rules: list[LoadedRule] = []
    problems: list[Problem] = []
    files = sorted(p for pattern in ("*.yaml", "*.yml") for p in folder.rglob(pattern) if p.is_file())
    for path in files:
        name = _display(path, root)
        try:
            document = load_yaml(path, name)
        except CheckerError as error:
            problems.append(Problem(name, error.line, error.col, error.message))
            continue
        found, file_problems = _rules_of(document)
        rules.extend(found)
        problems.extend(file_problems)
    _check_unique_ids(rules)
    return rules, problems


def _display(path: Path, root: Path | None) -> str:
    try:
        return str(path.relative_to(root or Path.cwd()))
    except ValueError:
        return str(path)


def _rules_of(document: Document) -> tuple[list[LoadedRule], list[Problem]]:
    name = document.file
    data = document.data
    if data is None:
        return [], [Problem(name, 1, 1, "the file is empty: a rule file is a mapping with the key "
                                         "`rules:` holding a list of rules")]
    if not isinstance(data, dict):
        line, col = document.where(())
        kind = "a list" if isinstance(data, list) else "a single value"
        return [], [Problem(name, line, col, f"the file holds {kind}; a rule file is a mapping with the "
                                             "key `rules:` holding a list of rules")]
    try:
        RuleFile.model_validate(data)
    except ValidationError as error:
        return [], [_problem_from(error, document, ())]
    loaded = []
    file_problems = [problem for path, problem in document.problems if path[:1] != ("rules",) or len(path) < 2]
    for index, raw in enumerate(data["rules"]):
        item = LoadedRule(name, index, document, raw if isinstance(raw, dict) else {})
        item.problems.extend(replace(problem, rule_id=item.id) for path, problem in document.problems
                             if path[:2] == ("rules", index))
        if not isinstance(raw, dict):
            item.problems.append(item.problem("a rule is a mapping with id, region, indicator, plan, outcomes"))
        else:
            try:
                item.rule = Rule.model_validate(raw)
            except ValidationError as error:
                for detail in _without_echoes(_errors(error), ("rules", index)):
                    item.problems.append(_problem_from_detail(detail, document, ("rules", index), item.id))
        loaded.append(item)
    return loaded, file_problems


def _check_unique_ids(rules: list[LoadedRule]) -> None:
    """Every rule sharing an id is invalid: which of them a report means cannot be told."""
    by_id: dict[str, list[LoadedRule]] = {}
    for item in rules:
        if item.rule is not None:
            by_id.setdefault(item.rule.id, []).append(item)
    for rule_id, items in by_id.items():
        if len(items) < 2:
            continue
        for item in items:
            others = ", ".join(f"{o.file}:{o.where('id')[0]}" for o in items if o is not item)
            item.problems.append(item.problem(
                f"duplicate rule id {rule_id!r}: also at {others}; ids are unique across all rule files, "
                "rename one", "id"))


def _without_echoes(details: list[dict[str, Any]], base: Path_) -> list[dict[str, Any]]:
    """A misspelt required field gives two errors (unknown `asof`, missing `as_of`): keep the
    one that says what to do."""
    suggested = set()
    for detail in details:
        if detail["type"] == "extra_forbidden":
            loc = tuple(detail["loc"])
            guess = difflib.get_close_matches(str(loc[-1]), _known_fields(base, loc[:-1]), n=1, cutoff=0.6)
            if guess:
                suggested.add((*loc[:-1], guess[0]))
    return [d for d in details if not (d["type"] == "missing" and tuple(d["loc"]) in suggested)]


CONTAINERS = {"outcomes": "outcome", "releases": "release", "rules": "rule"}


def _label(loc: Path_) -> str:
    """A field's place in words: ('outcomes', 0, 'as_of') → `as_of` of outcome 1."""
    if not loc:
        return "the file"
    words: list[str] = []
    i = 0
    while i < len(loc):
        part = str(loc[i])
        if i + 1 < len(loc) and isinstance(loc[i + 1], int) and part in CONTAINERS:
            words.append(f"{CONTAINERS[part]} {loc[i + 1] + 1}")
            i += 2
            continue
        words.append("the plan" if part == "plan" and i < len(loc) - 1 else f"`{part}`")
        i += 1
    return " of ".join(reversed(words))


def _errors(error: ValidationError) -> list[Any]:
    return error.errors(include_url=False)


def _problem_from(error: ValidationError, document: Document, base: Path_) -> Problem:
    return _problem_from_detail(_errors(error)[0], document, base, None)


def _problem_from_detail(detail: dict[str, Any], document: Document, base: Path_,
                         rule_id: str | None) -> Problem:
    """Pydantic's error → a plain-words message at the YAML position it concerns."""
    loc = tuple(part for part in detail["loc"])
    path = (*base, *loc)
    line, col = document.where(path)
    field_name = _label(path if base[:1] == ("releases",) else loc)
    kind = detail["type"]
    if kind == "extra_forbidden":
        wrong = str(loc[-1])
        known = _known_fields(base, loc[:-1])
        guess = difflib.get_close_matches(wrong, known, n=1, cutoff=0.6)
        hint = f"did you mean `{guess[0]}`?" if guess else f"the fields here are {', '.join(known)}"
        message = f"unknown field `{wrong}`: {hint}"
    elif kind == "missing":
        message = f"{field_name} is missing: add it"
    elif kind == "string_pattern_mismatch":
        message = f"{field_name}: {detail['input']!r} must be lowercase letters, digits and hyphens"
        if loc and loc[-1] == "sha256":
            message = f"{field_name} must be 64 lowercase hex digits (the file's sha256)"
    elif kind in ("date_from_datetime_parsing", "date_parsing", "date_type", "date_from_datetime_inexact"):
        message = f"{field_name}: {detail.get('input')!r} is not a date; write YYYY-MM-DD"
    elif kind == "enum":
        expected = detail.get("ctx", {}).get("expected", "")
        message = f"{field_name}: {detail.get('input')!r} is not one of {expected}"
    elif kind in ("bool_parsing", "bool_type"):
        message = f"{field_name}: {detail.get('input')!r} is not true or false"
    elif kind == "value_error":
        message = str(detail["msg"]).removeprefix("Value error, ")
        given = detail.get("input")
        if isinstance(given, str) and loc:
            message = f"{shortened(given)!r} {message}"
        if field_name != "the file":
            message = f"{field_name}: {message}" if not message.startswith("an outcome") else message
    elif kind in ("list_type", "dict_type", "model_type", "string_type"):
        expected = {"list_type": "a list", "dict_type": "a mapping", "model_type": "a mapping",
                    "string_type": "a text"}[kind]
        message = f"{field_name} must be {expected}"
    elif kind == "string_too_short":
        message = f"{field_name} is empty: fill it in"
    else:
        message = f"{field_name}: {detail['msg']}"
    return Problem(document.file, line, col, message, "error", rule_id)


def _known_fields(base: Path_, loc: Path_) -> list[str]:
    from checker.models import Manifest, Outcome, Plan, Release

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
