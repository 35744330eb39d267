"""YAML files → plain data with the line and column of every node.

PyYAML is used only to compose a node tree (it never constructs Python objects from
tags), and the tree is turned into data here: every scalar stays a string (so 1.50
stays "1.50" and a quantity is read exactly later), duplicate keys are errors (PyYAML
would keep the last one), and tags, anchors and aliases are refused.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from checker.diagnostics import CheckerError, Diagnostic, Position
from checker.language import regex
from checker.messages import Message, os_reason

Path_ = tuple[Any, ...]
Positions = dict[Path_, tuple[int, int]]  # path of keys/indexes → (line, col), 1-based

STANDARD_TAGS = {
    "tag:yaml.org,2002:str", "tag:yaml.org,2002:int", "tag:yaml.org,2002:float",
    "tag:yaml.org,2002:bool", "tag:yaml.org,2002:null", "tag:yaml.org,2002:timestamp",
    "tag:yaml.org,2002:map", "tag:yaml.org,2002:seq",
}
MAX_NODES = 200_000  # far above any rule file; bounds the work on a hostile one
BYTES_PER_NODE = 4  # a manifest's node takes more (`  region: 新乡市`): its budget grows with it
MAX_BYTES = 20 * 1024 * 1024


@dataclass
class Document:
    """A YAML file read into plain data, with the position of every node and the problems found."""

    file: str
    data: Any
    positions: Positions
    # problems that spoil only the part they are in (a duplicate key), by the path of that part
    problems: list[tuple[Path_, Diagnostic]] = field(default_factory=list)

    def where(self, path: Path_) -> tuple[int | None, int | None]:
        """The position of `path`, or of its nearest ancestor that exists."""
        path = tuple(path)
        while path:
            if path in self.positions:
                return self.positions[path]
            path = path[:-1]
        return self.positions.get((), (None, None))


def read_limited(path: Path, name: str) -> bytes:
    """A YAML file's bytes, if it is within MAX_BYTES (a larger one is refused unread)."""
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise CheckerError(Message("yaml-too-large", size=size // (1024 * 1024),
                                       limit=MAX_BYTES // (1024 * 1024)), file=name)
        return path.read_bytes()
    except OSError as error:
        raise CheckerError(Message("file-unreadable", reason=os_reason(error)), file=name) from None


def load_yaml(path: Path, display: str | None = None, *, grows: bool = False, raw: bytes | None = None) -> Document:
    """Read one YAML file into data + positions; raise CheckerError with file:line:col.
    `grows`: the file's node budget grows with its size (a manifest: 20,000 releases is
    honest, and each entry costs little); a rule file keeps MAX_NODES, as each rule costs a
    judgement. `raw`: the file's bytes, where they were read already (`read_limited`)."""
    import yaml

    name = display or str(path)
    if raw is None:
        raw = read_limited(path, name)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        raise CheckerError(Message("file-not-utf8"), file=name, line=line) from None
    try:
        # aliases are refused, so nodes cannot outgrow the file: no billion laughs
        budget = max(MAX_NODES, len(raw) // BYTES_PER_NODE) if grows else MAX_NODES
        return _compose(name, yaml.parse(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)), budget)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line, col = (mark.line + 1, mark.column + 1) if mark else (None, None)  # type: ignore[assignment]
        # region：绍兴市, typed with a Chinese input method: PyYAML stumbles a line later, on a key
        # it then expects; say where the full-width colon is
        for number, written in enumerate(text.split("\n")[:line or None], 1):
            if (slip := _FULL_WIDTH_KEY.match(written)) is not None:
                raise CheckerError(Message("yaml-full-width-colon", key=slip.group(1)), file=name, line=number,
                                   col=slip.end()) from None
        what = error.problem or str(error)
        hint: Message | str = ""
        if "tab" in what or "\\t" in what:
            hint = Message("yaml-hint-tabs")
        elif "found" in what or "expected" in what or "not allowed" in what:
            hint = Message("yaml-hint-quotes")
        raise CheckerError(Message("yaml-invalid", what=what, explained=_explained(what), hint=hint),
                           file=name, line=line, col=col) from None
    except yaml.YAMLError as error:
        raise CheckerError(Message("yaml-invalid", what=str(error), explained=_explained(str(error)), hint=""),
                           file=name) from None


_FULL_WIDTH_KEY = regex.compile(r"\s*(?:-\s+)?([A-Za-z_][A-Za-z0-9_-]*)\s*：")

# PyYAML's own words for what it found, as codes (its text stays in English messages)
_PROBLEMS = (
    ("tab", "yaml-problem-tab"), ("mapping values are not allowed", "yaml-problem-mapping-values"),
    ("could not find expected ':'", "yaml-problem-expected-colon"), ("expected key", "yaml-problem-expected-key"),
    ("expected '-' indicator", "yaml-problem-expected-dash"), ("end of stream", "yaml-problem-end-of-stream"),
    ("cannot start any token", "yaml-problem-bad-start"), ("escape", "yaml-problem-escape"),
    ("control characters", "yaml-problem-control"), ("expected <block end>", "yaml-problem-block-end"),
    ("alias", "yaml-problem-alias"), ("anchor", "yaml-problem-alias"), ("tag", "yaml-problem-tag"),
    ("indentation", "yaml-problem-indentation"),
)


def _explained(what: str) -> Message:
    for fragment, code in _PROBLEMS:
        if fragment in what:
            return Message(code)
    return Message("yaml-problem-other", what=what)


NULLS = ("", "~", "null", "Null", "NULL")


def _compose(file: str, events: Any, budget: int = MAX_NODES) -> Document:
    """Build data and positions from parser events in one pass, with no recursion (deep
    nesting costs nothing) and a node budget checked as the file is read (a huge file is
    refused after MAX_NODES nodes, not after it has all been parsed)."""
    import yaml

    positions: Positions = {}
    problems: list[tuple[Path_, Diagnostic]] = []
    # each open container: (its value, its path, the key waiting for a value or None)
    stack: list[tuple[Any, Path_, Any]] = []
    root: Any = None
    documents = 0
    nodes = 0

    def where(event: Any) -> tuple[int, int]:
        return event.start_mark.line + 1, event.start_mark.column + 1

    def fail(event: Any, message: Message) -> CheckerError:
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
                raise fail(event, Message("yaml-key-not-plain"))
            if value in container:
                first = positions[path + (value,)]
                problems.append((path, Diagnostic(Message("yaml-duplicate-key", key=value, first=first[0]),
                                                  position=Position(file, *where(event)))))
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

    # events by their exact class (PyYAML's and libyaml's are the same classes), the commonest first
    scalar, mapping, sequence = yaml.ScalarEvent, yaml.MappingStartEvent, yaml.SequenceStartEvent
    closing = (yaml.MappingEndEvent, yaml.SequenceEndEvent)
    ignored = (yaml.StreamStartEvent, yaml.StreamEndEvent, yaml.DocumentEndEvent)
    for event in events:
        kind = type(event)
        if kind in closing:
            stack.pop()
            continue
        if kind is not scalar and kind is not mapping and kind is not sequence:
            if kind is yaml.DocumentStartEvent:
                documents += 1
                if documents > 1:
                    raise fail(event, Message("yaml-two-documents"))
                continue
            if kind in ignored:
                continue
            if kind is yaml.AliasEvent:
                raise fail(event, Message("yaml-alias"))
        if event.anchor:
            raise fail(event, Message("yaml-alias"))
        nodes += 1
        if nodes > budget:
            raise fail(event, Message("yaml-too-many-nodes", limit=budget))
        tag = event.tag
        if tag is not None and tag != "!" and tag not in STANDARD_TAGS:
            raise fail(event, Message("yaml-tag", tag=tag))
        if kind is scalar:
            plain = not event.style and tag is None  # libyaml gives "" for plain, PyYAML None
            place(None if plain and event.value in NULLS else event.value, event)
        else:
            value: Any = {} if kind is mapping else []
            kept, path = place(value, event)
            # the value of a duplicate key is read but kept nowhere (and its positions apart)
            stack.append((value, path if kept else path + ("\0duplicate",), None))
    return Document(file, root, positions, problems)
