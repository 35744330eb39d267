"""Shared by the evidence tests: a copy of the real rules/ and seeds/ in a temporary folder,
one textual edit to it (with the position of the edit worked out from the text itself, not
from the checker), and a run of the CLI that returns its problems as parsed lines."""

from __future__ import annotations

import hashlib
import json
import re
import shutil
from dataclasses import dataclass
from pathlib import Path

import yaml
from conftest import RULES, SEEDS
from typer.testing import CliRunner

from checker.cli import app

# `file:line:col: message`, `file:line:col: warning: message`, or `file: warning: message`
LINE = re.compile(r"^(?P<file>[^:]+?)(?::(?P<line>\d+):(?P<col>\d+))?: "
                  r"(?:(?P<severity>warning|info): )?(?P<message>.*)$")


@dataclass(frozen=True)
class Reported:
    file: str
    line: int | None
    col: int | None
    severity: str
    message: str

    @property
    def where(self) -> tuple[str, int | None, int | None]:
        return self.file, self.line, self.col


@dataclass(frozen=True)
class Edit:
    """One replacement made in a copied file: the text after it and where the new text starts."""

    path: Path
    name: str  # as the CLI prints it, e.g. rules/xinxiang.yaml
    text: str
    offset: int  # index in `text` where the replacement starts

    def position(self, needle: str = "") -> tuple[str, int, int]:
        """(file, line, col), 1-based, of `needle` inside the replacement (its start if empty)."""
        at = self.offset + (self.text.index(needle, self.offset) - self.offset if needle else 0)
        return (self.name, *position_of(self.text, at))


def position_of(text: str, index: int) -> tuple[int, int]:
    """1-based line and column of text[index]; lines end at \\n."""
    line_start = text.rfind("\n", 0, index) + 1
    return text.count("\n", 0, index) + 1, index - line_start + 1


def workspace(tmp_path: Path, monkeypatch) -> Path:
    """Copy rules/ and seeds/ into tmp_path and make it the working directory, so the CLI
    names files as rules/… and seeds/… exactly as it would in the project."""
    shutil.copytree(RULES, tmp_path / "rules")
    shutil.copytree(SEEDS, tmp_path / "seeds")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def edit(root: Path, name: str, old: str, new: str) -> Edit:
    """Replace the one occurrence of `old` in root/name with `new` (the test fails if `old`
    is not there exactly once, so the edited place is never ambiguous)."""
    path = root / name
    text = path.read_text(encoding="utf-8")
    count = text.count(old)
    assert count == 1, f"{old!r} occurs {count} times in {name}; pick a unique piece of text"
    offset = text.index(old)
    changed = text[:offset] + new + text[offset + len(old):]
    path.write_text(changed, encoding="utf-8")
    return Edit(path, name, changed, offset)


def position_in(root: Path, name: str, needle: str) -> tuple[str, int, int]:
    """(file, line, col) of the one occurrence of `needle` in root/name."""
    text = (root / name).read_text(encoding="utf-8")
    assert text.count(needle) == 1, f"{needle!r} occurs {text.count(needle)} times in {name}"
    return (name, *position_of(text, text.index(needle)))


def parse_lines(output: str) -> list[Reported]:
    reported = []
    for raw in output.splitlines():
        match = LINE.match(raw)
        assert match, f"not a `file:line:col: message` line: {raw!r}"
        line = match["line"]
        col = match["col"]
        reported.append(Reported(match["file"], int(line) if line else None, int(col) if col else None,
                                 match["severity"] or "error", match["message"]))
    return reported


runner = CliRunner()


# The bundled rules quote some plans from the annual review that restates them, with a deadline
# the quote does not state: validate warns about each (see test_bundled_rules_validate_clean).
# Mutation tests look at what a mutation adds, so these standing warnings are set aside.
RESTATED = "is before its release was published"


def validate() -> tuple[int, list[Reported], str]:
    """`checker validate --rules rules --seeds seeds` in the current directory, without the
    bundled rules' standing warnings."""
    result = runner.invoke(app, ["validate", "--rules", "rules", "--seeds", "seeds"])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exc_info
    kept = [line for line in result.stdout.splitlines(keepends=True) if RESTATED not in line]
    return result.exit_code, parse_lines("".join(kept)), "".join(kept)


def check_json(as_of: str = "2025-06-01") -> tuple[int, dict]:
    """`checker check --format json` in the current directory."""
    result = runner.invoke(app, ["check", "--rules", "rules", "--seeds", "seeds", "--format", "json",
                                 "--as-of", as_of, "--fail-on", "none"])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exc_info
    return result.exit_code, json.loads(result.stdout)


def errors(reported: list[Reported]) -> list[Reported]:
    return [r for r in reported if r.severity == "error"]


# --- the bundled rules, read independently of the checker ------------------------------

@dataclass(frozen=True)
class Quote:
    rule_id: str
    role: str  # "plan" or "outcome N"
    source: str
    text: str


def bundled_rules() -> dict[str, dict]:
    """Every bundled rule by id (plain PyYAML; the rule files use no tags)."""
    rules: dict[str, dict] = {}
    for path in sorted(RULES.glob("*.yaml")):
        for rule in yaml.safe_load(path.read_text(encoding="utf-8"))["rules"]:
            rules[rule["id"]] = rule
    return rules


def bundled_quotes() -> list[Quote]:
    quotes = []
    for rule_id, rule in bundled_rules().items():
        quotes.append(Quote(rule_id, "plan", rule["plan"]["source"], rule["plan"]["quote"]))
        for number, outcome in enumerate(rule.get("outcomes") or [], 1):
            quotes.append(Quote(rule_id, f"outcome {number}", outcome["source"], outcome["quote"]))
    return quotes


def manifest() -> list[dict]:
    return yaml.safe_load((SEEDS / "releases.yaml").read_text(encoding="utf-8"))["releases"]


def rules_citing(release_id: str) -> set[str]:
    return {q.rule_id for q in bundled_quotes() if q.source == release_id}


def write_releases(seeds: Path, releases: list[tuple[str, str, str, str]], publisher: str) -> None:
    """Release texts (id, text, published, region) and their manifest in `seeds`, each titled by its first line."""
    seeds.mkdir(parents=True)
    entries = []
    for release_id, text, day, region in releases:
        data = text.encode("utf-8")
        (seeds / f"{release_id}.txt").write_bytes(data)
        entries.append({"id": release_id, "file": f"{release_id}.txt", "title": text.split("\n")[0],
                        "publisher": publisher, "published": day, "region": region,
                        "sha256": hashlib.sha256(data).hexdigest()})
    (seeds / "releases.yaml").write_text(yaml.safe_dump({"releases": entries}, allow_unicode=True), encoding="utf-8")
