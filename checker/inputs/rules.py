"""Rule files → rules, each with where it was written and what is wrong with it.

Each rule is validated on its own, so one bad rule spoils only itself; a file that is not
a rule file at all is one diagnostic of its own.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from checker.diagnostics import CheckerError, Diagnostic, Position, Severity
from checker.frozen import changed, record
from checker.inputs.models import Rule, RuleFile
from checker.inputs.pydantic_errors import diagnostics_of
from checker.inputs.yamlfile import Document, load_yaml
from checker.messages import Message


@record
class LoadedRule:
    """A rule as written, with where it was written. `rule` is None if it failed validation."""

    file: str
    index: int
    document: Document
    raw: dict[str, Any]
    rule: Rule | None = None
    diagnostics: tuple[Diagnostic, ...] = ()  # what loading found wrong (a rule with any is invalid)

    @property
    def id(self) -> str:
        raw_id = self.raw.get("id")
        return raw_id if isinstance(raw_id, str) and raw_id else f"{self.file}#{self.index + 1}"

    def where(self, *path: Any) -> tuple[int | None, int | None]:
        return self.document.where(("rules", self.index, *path))

    def position(self, *path: Any) -> Position:
        return Position(self.file, *self.where(*path))

    def diagnostic(self, message: Message, *path: Any, severity: Severity = Severity.error) -> Diagnostic:
        """A diagnostic of this rule at the field `path` (or its nearest written ancestor)."""
        return Diagnostic(message, severity, self.position(*path), self.id)


@record
class LoadedRules:
    """Every rule of the rule files read, with the problems of files that hold none."""

    rules: tuple[LoadedRule, ...]
    diagnostics: tuple[Diagnostic, ...]  # of files that hold no rules (unreadable, not a rule file)
    files: tuple[str, ...]  # every rule file read, as displayed


def rule_files(paths: list[Path]) -> list[Path]:
    """The rule files named: files as given, folders searched for *.yaml and *.yml (sorted)."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found += sorted(p for pattern in ("*.yaml", "*.yml") for p in path.rglob(pattern) if p.is_file())
        else:
            found.append(path)
    return found


def load_rules(paths: list[Path], root: Path | None = None) -> LoadedRules:
    """Every rule in the files and folders given, in order, and the problems of files that hold none."""
    rules: list[LoadedRule] = []
    diagnostics: list[Diagnostic] = []
    files = rule_files(paths)
    for path in files:
        found, file_diagnostics = load_rule_file(path, root)
        rules.extend(found)
        diagnostics.extend(file_diagnostics)
    return LoadedRules(tuple(unique_ids(rules)), tuple(diagnostics), tuple(display(p, root) for p in files))


def load_rule_file(path: Path, root: Path | None = None,
                   raw: bytes | None = None) -> tuple[list[LoadedRule], list[Diagnostic]]:
    """The rules of one file, and the problems of the file itself (ids shared with other files
    are `unique_ids`'s to find). `raw`: its bytes, where they were read already."""
    name = display(path, root)
    try:
        document = load_yaml(path, name, raw=raw)
    except CheckerError as error:
        return [], [Diagnostic(error.message, Severity.error, Position(name, error.line, error.col))]
    return _rules_of(document)


def display(path: Path, root: Path | None) -> str:
    """A path as shown in messages: relative to the working folder where it is inside it."""
    try:
        return str(path.relative_to(root or Path.cwd()))
    except ValueError:
        return str(path)


def _rules_of(document: Document) -> tuple[list[LoadedRule], list[Diagnostic]]:
    name = document.file
    data = document.data
    if data is None:
        return [], [Diagnostic(Message("rules-file-empty"), position=Position(name, 1, 1))]
    if not isinstance(data, dict):
        line, col = document.where(())
        kind = Message("rules-file-holds-list" if isinstance(data, list) else "rules-file-holds-value")
        return [], [Diagnostic(Message("rules-file-not-mapping", kind=kind), position=Position(name, line, col))]
    try:
        RuleFile.model_validate(data)
    except ValidationError as error:
        return [], diagnostics_of(error, document, (), None)[:1]
    loaded = []
    file_diagnostics = [d for path, d in document.problems if path[:1] != ("rules",) or len(path) < 2]
    for index, raw in enumerate(data["rules"]):
        item = LoadedRule(name, index, document, raw if isinstance(raw, dict) else {})
        found = [changed(d, rule_id=item.id) for path, d in document.problems if path[:2] == ("rules", index)]
        rule = None
        if not isinstance(raw, dict):
            found.append(item.diagnostic(Message("rule-not-mapping")))
        else:
            try:
                rule = Rule.model_validate(raw)
            except ValidationError as error:
                found += diagnostics_of(error, document, ("rules", index), item.id)
        loaded.append(changed(item, rule=rule, diagnostics=tuple(found)))
    return loaded, file_diagnostics


def unique_ids(rules: list[LoadedRule]) -> list[LoadedRule]:
    """Every rule sharing an id is invalid: which of them a report means cannot be told."""
    by_id: dict[str, list[LoadedRule]] = {}
    for item in rules:
        if item.rule is not None:
            by_id.setdefault(item.rule.id, []).append(item)
    shared = {id(item): items for items in by_id.values() if len(items) > 1 for item in items}
    out = []
    for item in rules:
        others = shared.get(id(item))
        if others:
            also = tuple(f"{o.file}:{o.where('id')[0]}" for o in others if o is not item)
            duplicate = item.diagnostic(Message("rule-duplicate-id", rule_id=item.id, others=also), "id")
            item = replace(item, diagnostics=(*item.diagnostics, duplicate))
        out.append(item)
    return out
