"""Fuzzing the command line with hypothesis: whatever the rule files, releases or
expressions, `checker` ends with exit 0, 1 or 2 and either a report on stdout or a clean
`checker:` message on stderr, never a traceback.

The examples per test are a quarter of the active profile's (the "ci" profile in
conftest.py is derandomised and bounded); HYPOTHESIS_PROFILE=thorough runs many more.
When a crash is found, its minimal input goes into tests/hostile_corpus/ and becomes a
regular test there (see test_hostile.py::test_corpus_rule_file).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import shutil
import traceback
from pathlib import Path
from typing import Any

import pytest
import yaml
from conftest import ROOT
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from checker.cli import app
from checker.judge.verdict import Status

AS_OF = "2026-11-25"
STATUSES = {status.value for status in Status}
ENV = {"COLUMNS": "200", "GITHUB_ACTIONS": None, "GITHUB_STEP_SUMMARY": None}
runner = CliRunner()

assert settings.default is not None
FUZZ = settings(max_examples=max(10, settings.default.max_examples // 4), deadline=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

BUNDLED = {path.name: path.read_text(encoding="utf-8") for path in sorted((ROOT / "rules").glob("*.yaml"))}
BUNDLED_RULES: list[dict[str, Any]] = [
    json.loads(json.dumps(rule, default=str))
    for text in BUNDLED.values() for rule in yaml.safe_load(text)["rules"]
]
RELEASE_IDS = sorted(release["id"] for release in
                     yaml.safe_load((ROOT / "seeds" / "releases.yaml").read_text(encoding="utf-8"))["releases"])


@pytest.fixture(scope="module")
def place(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("fuzz")
    shutil.copytree(ROOT / "seeds", root / "seeds")
    (root / "rules").mkdir()
    return root


def invoke(*args: str) -> Any:
    result = runner.invoke(app, list(args), env=ENV)
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise AssertionError("the checker crashed (a Traceback would be printed):\n"
                             + "".join(traceback.format_exception(result.exception))) from None
    assert "Traceback" not in result.stdout + result.stderr
    return result


def assert_clean_check(result: Any) -> None:
    assert result.exit_code in (0, 1, 2), result.exit_code
    if result.stdout.strip():
        report = json.loads(result.stdout)
        assert set(report["summary"]) >= STATUSES
        assert sum(report["summary"][status] for status in STATUSES) == len(report["results"])
        assert all(r["status"] in STATUSES for r in report["results"])
        if report["summary"]["invalid"]:
            assert result.exit_code == 2
        for r in report["results"]:
            assert r["progress"] is None or isinstance(r["progress"], (int, float))
    else:
        assert result.exit_code == 2
        assert "checker:" in result.stderr, result.stderr


def run_rules(place: Path, files: dict[str, bytes], *extra: str, as_of: str = AS_OF) -> Any:
    folder = place / "rules"
    for old in folder.iterdir():
        old.unlink()
    for name, data in files.items():
        (folder / name).write_bytes(data)
    return invoke("check", "--rules", str(folder), "--seeds", str(place / "seeds"), "--as-of", as_of,
                  "--format", "json", *extra)


# --- strategies -------------------------------------------------------------------------

any_text = st.text(st.characters(exclude_categories=["Cs"]), max_size=12)
# characters a YAML file can carry only as escapes: a lone surrogate, NUL, ESC, BEL, a BOM,
# the Unicode line and paragraph separators, a right-to-left override
nasty_text = st.lists(st.one_of(any_text, st.sampled_from(["\ud800", "\udfff", "\x00", "\x1b[31m", "\x07", "\ufeff",
                                                          "\u2028", "\u2029", "\u202e", "\x85", "[red]", "|", "`"])),
                      max_size=4).map("".join)
chinese = st.text(st.sampled_from("新建改扩公办幼儿园学校中小学位万亿千百十一二三四五六七八九零两"
                                  "个所人元年月日以上下多余约近不超过完成目标的%"),
                  max_size=10)
number = st.one_of(st.integers(-10**6, 10**15).map(str), st.decimals(allow_nan=True, allow_infinity=True).map(str),
                   st.floats().map(repr), st.sampled_from(["1e309", "NaN", "-0", "０１２", "1_000", "0x1A", "."]))
unit = st.sampled_from(["所", "个", "万个", "%", "人", "亿元", "个百分点", "", "斤", "万人次", "%以上", "多个", "余所",
                        "万元"])
quantity = st.one_of(st.tuples(number, unit).map("".join), any_text, chinese,
                     st.sampled_from(["26所", "27所", "3.5万个", "3.6万个", "134.4%", "85%以上", "20-30人", "0所",
                                      "-5所", "0%", "120%", "9万多个", "一万零一所", "百余所"]))
when = st.one_of(st.dates(min_value=dt.date(1, 1, 1)).map(str), any_text,
                 st.sampled_from(["2023年底", "十四五末", "2026年秋季开学前", "2025年前", "2025-02-30", "今年",
                                  "2016年至2020年", "上半年", "0000-01-01", "9999-12-31", "2023-12-31"]))
scalar = st.one_of(any_text, quantity, when, st.booleans(), st.none(), st.integers(),
                   st.lists(any_text, max_size=2), st.dictionaries(any_text, any_text, max_size=2),
                   st.sampled_from(["at_least", "more_than", "at_most", "less_than", "exactly", "between",
                                    "count", "level", "met", "exceeded", "not_met"]))
source = st.one_of(st.sampled_from(RELEASE_IDS), st.sampled_from(["../x", "nope", ""]), any_text)


def _optional(required: dict[str, Any], optional: dict[str, Any]) -> Any:
    return st.fixed_dictionaries(required, optional=optional)


plan = _optional({"source": source, "quote": st.one_of(any_text, chinese)},
                 {"value": quantity, "deadline": when, "start": when, "note": any_text,
                  "comparator": st.one_of(scalar, st.sampled_from(["at_least", "between", "at_most"]))})
outcome = _optional({"as_of": when, "source": source, "quote": st.one_of(any_text, chinese)},
                    {"value": quantity, "completion": quantity, "achieved": scalar, "increment": scalar,
                     "claim": st.one_of(scalar, st.sampled_from(["met", "exceeded", "not_met"]))})
rule = st.tuples(
    _optional({"id": st.one_of(st.from_regex(r"\A[a-z0-9]{1,6}(-[a-z0-9]{1,4}){0,2}\Z"), any_text),
               "region": st.one_of(nasty_text, scalar), "indicator": st.one_of(nasty_text, scalar),
               "plan": st.one_of(plan, scalar), "outcomes": st.one_of(st.lists(outcome, max_size=3), scalar)},
              {"measure": st.one_of(st.sampled_from(["count", "level"]), scalar), "note": nasty_text}),
    st.dictionaries(any_text, scalar, max_size=2),  # random field names
).map(lambda pair: {**pair[0], **pair[1]})


def _dump(data: Any) -> bytes:
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False).encode("utf-8")


# --- rule files ---------------------------------------------------------------------------

@FUZZ
@given(rules=st.lists(rule, min_size=1, max_size=4), top=st.dictionaries(any_text, scalar, max_size=1))
def test_generated_rule_files(place: Path, rules: list[dict[str, Any]], top: dict[str, Any]) -> None:
    result = run_rules(place, {"f.yaml": _dump({"rules": rules, **top})})
    assert_clean_check(result)


def _leaves(node: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    if isinstance(node, dict):
        return [leaf for key, value in node.items() for leaf in _leaves(value, (*path, key))]
    if isinstance(node, list):
        return [leaf for i, value in enumerate(node) for leaf in _leaves(value, (*path, i))]
    return [path]


@st.composite
def bundled_with_changed_values(draw: st.DrawFn) -> list[dict[str, Any]]:
    """Real rules (their quotes are found, so evaluation is reached) with a few values replaced."""
    picked = draw(st.lists(st.integers(0, len(BUNDLED_RULES) - 1), min_size=1, max_size=3, unique=True))
    rules = json.loads(json.dumps([BUNDLED_RULES[i] for i in picked]))
    for _ in range(draw(st.integers(1, 4))):
        target = draw(st.sampled_from(rules))
        path = draw(st.sampled_from(_leaves(target)))
        holder = target
        for key in path[:-1]:
            holder = holder[key]
        key = path[-1]
        if key in ("value", "completion"):
            holder[key] = draw(quantity)
        elif key in ("deadline", "as_of", "start"):
            holder[key] = draw(when)
        else:
            holder[key] = draw(scalar)
        if isinstance(holder, dict) and draw(st.integers(0, 5)) == 0:
            holder[draw(any_text) or "x"] = draw(scalar)
    return rules


@FUZZ
@given(rules=bundled_with_changed_values(), as_of=st.sampled_from(["1990-01-01", "2024-06-30", AS_OF, "9999-12-31"]))
def test_bundled_rules_with_random_values(place: Path, rules: list[dict[str, Any]], as_of: str) -> None:
    result = run_rules(place, {"f.yaml": _dump({"rules": rules})}, as_of=as_of)
    assert_clean_check(result)


@st.composite
def mutated_bundled_file(draw: st.DrawFn) -> tuple[str, bytes]:
    name = draw(st.sampled_from(sorted(BUNDLED)))
    text = BUNDLED[name]
    for _ in range(draw(st.integers(1, 3))):
        lines = text.split("\n")
        operation = draw(st.sampled_from(["delete", "duplicate", "swap", "insert", "insert-line"]))
        at = draw(st.integers(0, len(lines) - 1))
        if operation == "delete":
            del lines[at]
            text = "\n".join(lines)
        elif operation == "duplicate":
            lines.insert(at, lines[at])
            text = "\n".join(lines)
        elif operation == "swap" and len(text) > 2:
            i = draw(st.integers(0, len(text) - 2))
            text = text[:i] + text[i + 1] + text[i] + text[i + 2:]
        elif operation == "insert":
            i = draw(st.integers(0, len(text)))
            text = text[:i] + draw(st.text(max_size=5)) + text[i:]
        else:
            lines.insert(at, draw(st.text(max_size=12)))
            text = "\n".join(lines)
    return name, text.encode("utf-8", errors="surrogatepass")


@FUZZ
@given(mutated=mutated_bundled_file())
def test_mutated_bundled_rule_files(place: Path, mutated: tuple[str, bytes]) -> None:
    name, data = mutated
    files = {path.name: path.read_bytes() for path in sorted((ROOT / "rules").glob("*.yaml"))}
    files[name] = data
    result = run_rules(place, files)
    assert_clean_check(result)


@FUZZ
@given(data=st.binary(max_size=200), fmt=st.sampled_from(["json", "markdown", "junit", "table"]))
def test_random_bytes_as_a_rule_file(place: Path, data: bytes, fmt: str) -> None:
    result = run_rules(place, {"f.yaml": data, "g.yaml": b"rules:\n" + data})
    assert result.exit_code in (0, 1, 2)
    if fmt != "json":
        result = invoke("check", "--rules", str(place / "rules"), "--seeds", str(place / "seeds"),
                        "--as-of", AS_OF, "--format", fmt)
        assert result.exit_code in (0, 1, 2)


# --- releases -----------------------------------------------------------------------------

@st.composite
def release_and_rule(draw: st.DrawFn) -> tuple[bytes, bytes]:
    """A random release, and a rule quoting pieces of it (or not) with random values."""
    pieces = draw(st.lists(st.one_of(any_text, chinese, quantity, st.sampled_from(["\n", "\r\n", "\r", "。", " "])),
                           min_size=1, max_size=12))
    text = "".join(pieces)
    encoding = draw(st.sampled_from(["utf-8", "utf-8", "utf-8-sig", "utf-16", "gbk"]))
    release = text.encode(encoding, errors="replace")

    def a_quote() -> str:
        if text and draw(st.booleans()):
            i = draw(st.integers(0, len(text) - 1))
            return text[i: i + draw(st.integers(1, 20))] or "x"
        return draw(st.one_of(any_text, chinese)) or "x"

    rule_data = {"id": "fuzz-rule", "region": "某市", "indicator": "某指标",
                 "measure": draw(st.sampled_from(["count", "level"])),
                 "plan": {"value": draw(quantity), "deadline": draw(when), "source": "fuzz-release",
                          "quote": a_quote()},
                 "outcomes": [{"value": draw(quantity), "as_of": draw(when), "source": "fuzz-release",
                               "quote": a_quote()} for _ in range(draw(st.integers(0, 2)))]}
    return release, _dump({"rules": [rule_data]})


@pytest.fixture(scope="module")
def release_place(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("fuzz-release")
    (root / "seeds").mkdir()
    (root / "rules").mkdir()
    return root


@FUZZ
@given(case=release_and_rule())
def test_random_release_and_quotes(release_place: Path, case: tuple[bytes, bytes]) -> None:
    release, rules = case
    (release_place / "seeds" / "r.txt").write_bytes(release)
    (release_place / "seeds" / "releases.yaml").write_text(
        "releases:\n  - id: fuzz-release\n    file: r.txt\n    title: t\n    publisher: p\n    region: 某市\n"
        f"    published: 2024-01-10\n    sha256: {hashlib.sha256(release).hexdigest()}\n", encoding="utf-8")
    (release_place / "rules" / "f.yaml").write_bytes(rules)
    result = invoke("check", "--rules", str(release_place / "rules"), "--seeds", str(release_place / "seeds"),
                    "--as-of", AS_OF, "--format", "json")
    assert_clean_check(result)


# --- checker parse --------------------------------------------------------------------------

expression = st.lists(st.one_of(chinese, quantity, any_text, when), min_size=1, max_size=3).map("".join)


@FUZZ
@given(texts=st.lists(expression, min_size=1, max_size=4))
def test_parse_random_expressions(texts: list[str]) -> None:
    assume(texts != ["-"])  # a lone - reads the expressions from stdin (tests/test_cli_conventions.py)
    result = invoke("parse", "--json", "--", *texts)
    rows = json.loads(result.stdout)
    assert isinstance(rows, list) and [row["text"] for row in rows] == texts
    for row in rows:
        assert set(row) in ({"text", "error"}, {"text", "value", "unit", "qualifier", "upper"}), row
        if "error" in row:
            assert isinstance(row["error"], str) and row["error"]
        else:
            assert row["value"] is not None
    assert result.exit_code == (2 if any("error" in row for row in rows) else 0)


@FUZZ
@given(texts=st.lists(st.one_of(when, expression), min_size=1, max_size=4),
       reference=st.one_of(st.none(), st.dates(min_value=dt.date(1, 1, 1)).map(str)))
def test_parse_random_periods(texts: list[str], reference: str | None) -> None:
    assume(texts != ["-"])  # a lone - reads the expressions from stdin
    extra = ["--release-date", reference] if reference else []
    result = invoke("parse", "--json", "--period", *extra, "--", *texts)
    rows = json.loads(result.stdout)
    assert [row["text"] for row in rows] == texts
    for row in rows:
        assert set(row) in ({"text", "error"}, {"text", "start", "end"}), row
        if "end" in row:
            dt.date.fromisoformat(row["end"])
    assert result.exit_code == (2 if any("error" in row for row in rows) else 0)
