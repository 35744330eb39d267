"""Hostile and broken input, fed through the real command line.

Every case asserts the exit code (2 where the run cannot be trusted), the message (it names
the file and, where there is one, the line, and says what to do), and that no Python
traceback is printed. Work happens in temporary copies of rules/ and seeds/ (or in a small
workspace with one release written by the test). `typer.testing.CliRunner` is used for
speed; a real subprocess where the process itself matters (exit codes, memory, time,
signals, the terminal, stdout's encoding).
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import resource
import shutil
import signal
import stat
import subprocess
import sys
import textwrap
import time
import traceback
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from conftest import HOSTILE_CORPUS, ROOT, RULES, SEEDS, bundled_results
from typer.testing import CliRunner

from checker.cli import app

AS_OF = "2026-11-25"

# Rich wraps at 80 columns when stdout is not a terminal; a wide console keeps every
# message on one line. The GitHub Actions variables would add annotations and write a job
# summary, and colour variables would change the table: none of them belong in these runs.
QUIET_ENV = {"COLUMNS": "400", "GITHUB_ACTIONS": None, "GITHUB_STEP_SUMMARY": None,
             "FORCE_COLOR": None, "NO_COLOR": None, "TERM": None}
runner = CliRunner()


# --- running the checker ----------------------------------------------------------------

@dataclass
class Run:
    code: int
    out: str
    err: str
    seconds: float = 0.0

    @property
    def both(self) -> str:
        return self.out + self.err


def cli(*args: object, env: dict | None = None) -> Run:
    """The checker in this process. An exception other than a clean exit is what the
    command line would print as a traceback: the test fails with it."""
    argv = [str(arg) for arg in args]
    started = time.perf_counter()
    result = runner.invoke(app, argv, env={**QUIET_ENV, **(env or {})})
    seconds = time.perf_counter() - started
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        text = "".join(traceback.format_exception(result.exception))
        pytest.fail(f"`checker {' '.join(argv)}` crashed (the command line prints a Traceback):\n{text}")
    run = Run(result.exit_code, result.stdout, result.stderr, seconds)
    assert "Traceback" not in run.both, run.both
    return run


def _subprocess_env(extra: dict | None) -> dict[str, str]:
    env = {key: value for key, value in os.environ.items()
           if key not in ("GITHUB_ACTIONS", "GITHUB_STEP_SUMMARY", "FORCE_COLOR", "NO_COLOR")}
    env["COLUMNS"] = "400"
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    for key, value in (extra or {}).items():
        if value is None:
            env.pop(key, None)
        else:
            env[key] = value
    return env


def limit_memory(limit_bytes: int):
    def apply() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (limit_bytes, limit_bytes))
    return apply


def proc(*args: object, cwd: Path, env: dict | None = None, timeout: float = 60,
         memory: int | None = None) -> Run:
    """`python -m checker ARGS` in a real process, with an optional address-space limit."""
    started = time.perf_counter()
    try:
        done = subprocess.run([sys.executable, "-m", "checker", *map(str, args)], cwd=cwd,
                              env=_subprocess_env(env), capture_output=True, timeout=timeout,
                              preexec_fn=limit_memory(memory) if memory else None)
    except subprocess.TimeoutExpired:
        pytest.fail(f"`checker {' '.join(map(str, args))}` did not finish within {timeout} s")
    seconds = time.perf_counter() - started
    out = done.stdout.decode("utf-8", errors="backslashreplace")
    err = done.stderr.decode("utf-8", errors="backslashreplace")
    return Run(done.returncode, out, err, seconds)


def no_traceback(run: Run) -> None:
    assert "Traceback" not in run.both, run.both[-3000:]


# --- workspaces -------------------------------------------------------------------------

@pytest.fixture
def ws(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Copies of the bundled rules/ and seeds/, and the working folder set to them, so
    files are named rules/… and seeds/… as in the project."""
    shutil.copytree(RULES, tmp_path / "rules")
    shutil.copytree(SEEDS, tmp_path / "seeds")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def q(text: str) -> str:
    """A YAML double-quoted scalar (JSON's escapes are YAML's)."""
    return json.dumps(text, ensure_ascii=False)


def rule_text(*, rule_id: str = "t-1", region: str = "测试市", indicator: str = "新建学校",
              measure: str = "count", plan_value: str | None = "10所", plan_quote: str = "计划新建学校10所",
              deadline: str | None = "2023年底", outcome_value: str = "12所",
              outcome_quote: str = "实际新建学校12所", as_of: str = "2023-12-31") -> str:
    plan = [f"      value: {q(plan_value)}" if plan_value is not None else None,
            f"      deadline: {q(deadline)}" if deadline is not None else None,
            "      source: test-release",
            f"      quote: {q(plan_quote)}"]
    lines = [f"  - id: {rule_id}",
             f"    region: {q(region)}",
             f"    indicator: {q(indicator)}",
             f"    measure: {measure}",
             "    plan:", *[line for line in plan if line],
             "    outcomes:",
             f"      - value: {q(outcome_value)}",
             f"        as_of: {as_of}",
             "        source: test-release",
             f"        quote: {q(outcome_quote)}"]
    return "\n".join(lines) + "\n"


def release_text(plan_quote: str = "计划新建学校10所", outcome_quote: str = "实际新建学校12所") -> str:
    return f"2023年工作回顾。\n{plan_quote}。\n{outcome_quote}。\n"


def mini(root: Path, release: bytes, rules: str, *, file: str = "r.txt", published: str = "2024-01-10",
         region: str = "测试市") -> Path:
    """A workspace with one release (its sha256 right) and one rule file rules/t.yaml."""
    (root / "seeds").mkdir(parents=True, exist_ok=True)
    (root / "rules").mkdir(exist_ok=True)
    (root / "seeds" / file).write_bytes(release)
    (root / "seeds" / "releases.yaml").write_text(textwrap.dedent(f"""\
        releases:
          - id: test-release
            file: {file}
            title: 测试发布
            publisher: 测试局
            region: {q(region)}
            published: {published}
            sha256: {hashlib.sha256(release).hexdigest()}
        """), encoding="utf-8")
    (root / "rules" / "t.yaml").write_text("rules:\n" + rules, encoding="utf-8")
    return root


@pytest.fixture
def one(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """Build a one-release workspace in tmp_path and work in it."""
    monkeypatch.chdir(tmp_path)

    def build(release: bytes | str | None = None, rules: str | None = None, **kwargs: str) -> Path:
        data = release_text() if release is None else release
        raw = data.encode("utf-8") if isinstance(data, str) else data
        return mini(tmp_path, raw, rules if rules is not None else rule_text(), **kwargs)

    return build


def check_json(*extra: object, as_of: str = AS_OF) -> tuple[Run, dict]:
    run = cli("check", "--as-of", as_of, "--format", "json", *extra)
    assert run.out.strip(), f"no JSON report on stdout:\n{run.err}"
    return run, json.loads(run.out)


def problem_lines(run: Run) -> list[str]:
    return [line for line in run.out.splitlines() if line.strip()]


# --- 1. YAML ----------------------------------------------------------------------------

PYTHON_TAG = 'rules:\n  - !!python/object/apply:os.system ["echo hacked > X"]\n'


@pytest.mark.parametrize("text, where", [
    pytest.param(PYTHON_TAG, "rules/evil.yaml:2:5", id="in-the-rules-list"),
    pytest.param('!!python/object/apply:os.system ["echo hacked > X"]\n', "rules/evil.yaml:1:1", id="whole-file"),
    pytest.param('rules: !!python/object/apply:os.system ["echo hacked > X"]\n', "rules/evil.yaml:1:8", id="as-rules"),
])
def test_python_tag_in_rule_file_is_refused_and_never_run(ws: Path, text: str, where: str) -> None:
    (ws / "rules" / "evil.yaml").write_text(text, encoding="utf-8")
    for command in (["validate"], ["check", "--as-of", AS_OF, "--format", "json"]):
        run = cli(*command)
        assert run.code == 2, run.both
        assert f"{where}: the tag 'tag:yaml.org,2002:python/object/apply:os.system' is not allowed; remove it" \
            in run.both, run.both
    assert not (ws / "X").exists() and not (ws / "rules" / "X").exists(), "the tag was executed"


def test_python_tag_in_manifest_is_refused_and_never_run(ws: Path) -> None:
    (ws / "seeds" / "releases.yaml").write_text(
        '# the manifest\nreleases: !!python/object/apply:os.system ["echo hacked > X"]\n', encoding="utf-8")
    run = cli("check", "--as-of", AS_OF)
    assert run.code == 2
    assert "checker: seeds/releases.yaml:2:11: the tag 'tag:yaml.org,2002:python/object/apply:os.system' " \
           "is not allowed" in run.err, run.both
    assert not (ws / "X").exists()


@pytest.mark.parametrize("tag", ["!custom", "!!binary", "!!set", "!!omap", "!!python/name:os.system",
                                 "!<tag:example.com,2000:x>"])
def test_non_standard_tag_is_named(ws: Path, tag: str) -> None:
    (ws / "rules" / "evil.yaml").write_text(f"rules:\n  - {tag} {{id: a}}\n", encoding="utf-8")
    run = cli("validate")
    assert run.code == 2
    [line] = [line for line in problem_lines(run) if line.startswith("rules/evil.yaml")]
    assert line.startswith("rules/evil.yaml:2:5: the tag '") and line.endswith("' is not allowed; remove it"), line
    name = tag.lstrip("!").strip("<>")
    assert name in line, line


def billion_laughs(levels: int = 10, width: int = 10) -> str:
    lines = ['lol0: &lol0 "lol"']
    for level in range(1, levels):
        lines.append(f"lol{level}: &lol{level} [" + ", ".join([f"*lol{level - 1}"] * width) + "]")
    lines.append(f"rules: [*lol{levels - 1}]")
    return "\n".join(lines) + "\n"


def test_billion_laughs_is_refused_quickly_in_bounded_memory(ws: Path) -> None:
    (ws / "rules" / "evil.yaml").write_text(billion_laughs(), encoding="utf-8")
    run = proc("check", "--as-of", AS_OF, "--format", "json", cwd=ws, memory=1 << 30, timeout=20)
    no_traceback(run)
    assert run.code == 2, run.err
    assert run.seconds < 2.5, f"took {run.seconds:.1f} s"
    problems = json.loads(run.out)["problems"]
    assert any(p.startswith("rules/evil.yaml:") and "anchors and aliases (&name, *name) are not allowed" in p
               for p in problems), problems


def test_billion_laughs_in_manifest(ws: Path) -> None:
    (ws / "seeds" / "releases.yaml").write_text(billion_laughs().replace("rules:", "releases:"), encoding="utf-8")
    run = cli("validate")
    assert run.code == 2
    assert "checker: seeds/releases.yaml:" in run.err and "anchors and aliases" in run.err, run.both


@pytest.mark.parametrize("text", [
    pytest.param("rules: " + "[" * 10000 + "]" * 10000 + "\n", id="flow-sequences"),
    pytest.param("rules: " + "{a: " * 10000 + "x" + "}" * 10000 + "\n", id="flow-mappings"),
    pytest.param("- " * 10000 + "x\n", id="block-sequences"),
])
def test_very_deep_nesting(ws: Path, text: str) -> None:
    (ws / "rules" / "evil.yaml").write_text(text, encoding="utf-8")
    run = cli("validate")
    assert run.code == 2
    mine = [row for row in problem_lines(run) if row.startswith("rules/evil.yaml")]
    assert len(mine) == 1 and re.fullmatch(
        r"rules/evil\.yaml(:\d+:\d+)?: (the YAML is nested too deeply|invalid YAML: exceeded maximum nesting depth)",
        mine[0]), mine
    assert run.seconds < 5, f"took {run.seconds:.1f} s"


def test_duplicate_top_level_key(ws: Path) -> None:
    (ws / "rules" / "evil.yaml").write_text("rules: []\nrules: []\n", encoding="utf-8")
    run = cli("validate")
    assert run.code == 2
    assert "rules/evil.yaml:2:1: duplicate key 'rules' (first at line 1); keep one of them" in run.out, run.out


def test_duplicate_key_inside_a_rule_spoils_only_that_rule(ws: Path) -> None:
    text = (RULES / "jincheng.yaml").read_text(encoding="utf-8")
    first = text.index("    region: ")
    line = text.count("\n", 0, first) + 1
    end = text.index("\n", first) + 1
    (ws / "rules" / "jincheng.yaml").write_text(text[:end] + text[first:], encoding="utf-8")
    run = cli("validate")
    assert run.code == 2
    assert f"rules/jincheng.yaml:{line + 1}:5: duplicate key 'region' (first at line {line}); keep one of them" \
        in run.out, run.out
    run, report = check_json()
    assert run.code == 2
    assert report["summary"]["invalid"] == 1


@pytest.mark.parametrize("content, message", [
    pytest.param(b"", "rules/evil.yaml:1:1: the file is empty", id="empty"),
    pytest.param(b"# only a comment\n", "rules/evil.yaml:1:1: the file is empty", id="only-a-comment"),
    pytest.param(b"- a\n- b\n", "rules/evil.yaml:1:1: the file holds a list; a rule file is a mapping", id="a-list"),
    pytest.param(b"just text\n", "rules/evil.yaml:1:1: the file holds a single value", id="a-scalar"),
    pytest.param(b"rules:\n", "rules/evil.yaml:1:1: `rules` must be a list", id="rules-null"),
    pytest.param(b"rules: 5\n", "rules/evil.yaml:1:1: `rules` must be a list", id="rules-scalar"),
    pytest.param(b"rules:\n  - 5\n", "rules/evil.yaml:2:5: rule 1 must be a mapping", id="rule-scalar"),
    pytest.param("rules:\n  - id: a\n    region: 新乡市\n    indicator: 中文\n".encode("gbk"),
                 "rules/evil.yaml:3: the file is not UTF-8 text; save it as UTF-8", id="gbk"),
    pytest.param("rules: []\n".encode("utf-16"), "rules/evil.yaml:1: the file is not UTF-8 text", id="utf-16"),
])
def test_rule_file_that_is_not_a_rule_file(ws: Path, content: bytes, message: str) -> None:
    (ws / "rules" / "evil.yaml").write_bytes(content)
    run = cli("validate")
    assert run.code == 2
    assert any(line.startswith(message) for line in problem_lines(run)), run.out
    run, report = check_json()
    assert run.code == 2  # a broken rule file: the run cannot be trusted
    assert any(p.startswith(message) for p in report["problems"]), report["problems"]


def test_broken_rule_file_alone_is_no_rules(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    shutil.copytree(SEEDS, tmp_path / "seeds")
    (tmp_path / "rules").mkdir()
    (tmp_path / "rules" / "evil.yaml").write_text("# nothing\n", encoding="utf-8")
    run = cli("check", "--as-of", AS_OF)
    assert run.code == 2
    assert "rules/evil.yaml:1:1: the file is empty" in run.err
    assert "checker: no rules found in rules" in run.err


def _count_reads(monkeypatch: pytest.MonkeyPatch, target: Path) -> list[str]:
    """Every read of `target` through pathlib or open()."""
    import builtins
    import pathlib

    reads: list[str] = []
    resolved = target.resolve()
    real_read_bytes, real_read_text, real_open = pathlib.Path.read_bytes, pathlib.Path.read_text, builtins.open

    def same(path: object) -> bool:
        try:
            return Path(path).resolve() == resolved  # type: ignore[arg-type]
        except (TypeError, OSError):
            return False

    def read_bytes(self: Path) -> bytes:
        if same(self):
            reads.append("read_bytes")
        return real_read_bytes(self)

    def read_text(self: Path, *args: object, **kwargs: object) -> str:
        if same(self):
            reads.append("read_text")
        return real_read_text(self, *args, **kwargs)  # type: ignore[arg-type]

    def opened(file: object, *args: object, **kwargs: object):
        if same(file):
            reads.append("open")
        return real_open(file, *args, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr(pathlib.Path, "read_bytes", read_bytes)
    monkeypatch.setattr(pathlib.Path, "read_text", read_text)
    monkeypatch.setattr(builtins, "open", opened)
    return reads


def test_fifty_megabyte_rule_file_is_refused_unread(ws: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    big = ws / "rules" / "big.yaml"
    with big.open("w", encoding="utf-8") as stream:
        stream.write("rules:\n")
        line = "  # " + "x" * 1020 + "\n"
        for _ in range(50 * 1024):
            stream.write(line)
    reads = _count_reads(monkeypatch, big)
    try:
        run = cli("validate")
    finally:
        big.unlink()
    assert run.code == 2
    assert "rules/big.yaml: file is 50 MB; rule and manifest files are limited to 20 MB" in run.out, run.out
    assert run.seconds < 3, f"took {run.seconds:.1f} s"
    assert reads == [], f"the over-size file was read anyway: {reads}"


def test_ordinary_rule_file_is_read_once(ws: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    reads = _count_reads(monkeypatch, ws / "rules" / "hebi.yaml")
    assert cli("check", "--as-of", AS_OF, "--format", "json", "--fail-on", "none").code == 0
    assert len(reads) == 1, reads


def test_rule_file_just_under_the_size_cap_is_handled_within_seconds(ws: Path) -> None:
    """19 MB of small flow-style rules (far more than MAX_NODES): the cap is 20 MB, so this
    file is read, and it must be refused (or judged) within a few seconds, not minutes."""
    row = "  - {id: r%d, region: r, indicator: i, plan: {source: x, quote: q}}\n"
    with (ws / "rules" / "many.yaml").open("w", encoding="utf-8") as stream:
        stream.write("rules:\n")
        written = 7
        i = 0
        while written < 19 * 1024 * 1024:
            text = row % i
            stream.write(text)
            written += len(text)
            i += 1
    try:
        run = proc("validate", cwd=ws, timeout=8, memory=2 << 30)
    finally:
        (ws / "rules" / "many.yaml").unlink()
    no_traceback(run)
    assert run.code == 2
    assert "rules/many.yaml:" in run.out and "YAML nodes" in run.out, run.out[-2000:]


# --- 2. paths ---------------------------------------------------------------------------

JINCHENG_FILE = "file: 004_7e88397556dc7ec5.txt"


def _manifest_line(ws: Path, needle: str) -> int:
    text = (ws / "seeds" / "releases.yaml").read_text(encoding="utf-8")
    return text[: text.index(needle)].count("\n") + 1


@pytest.mark.parametrize("value", ["../../etc/passwd", "/etc/passwd", "..", "sub/../../x.txt", "C:\\x.txt"],
                         ids=["dotdot", "absolute", "parent", "folder", "backslash"])
def test_manifest_file_outside_seeds_is_refused(ws: Path, value: str) -> None:
    manifest = ws / "seeds" / "releases.yaml"
    line = _manifest_line(ws, JINCHENG_FILE)
    manifest.write_text(manifest.read_text(encoding="utf-8").replace(JINCHENG_FILE, f"file: {q(value)}"),
                        encoding="utf-8")
    run = cli("validate")
    assert run.code == 2
    assert (f"seeds/releases.yaml:{line}:5: `file` of release 5: {value!r} must be a plain file name inside seeds/"
            in run.out), run.out
    # the rules citing it are told the entry is invalid, not that the id is unknown
    assert "cites release jincheng-2021-09-20, which cannot be used: its entry in the manifest is invalid" in run.out
    assert "root:" not in run.out  # nothing of /etc/passwd is shown
    run, report = check_json()
    assert run.code == 2
    assert any(p.startswith(f"seeds/releases.yaml:{line}:5:") for p in report["problems"])
    citing = [r for r in report["results"] if r["id"].startswith("jincheng-")]
    assert citing and all(r["status"] == "invalid" for r in citing)


def test_symbolic_link_leading_outside_seeds_is_refused(ws: Path, tmp_path_factory: pytest.TempPathFactory) -> None:
    outside = tmp_path_factory.mktemp("outside") / "release.txt"
    link = ws / "seeds" / "004_7e88397556dc7ec5.txt"
    shutil.copy(link, outside)  # same bytes: the sha256 still matches, only the place is wrong
    link.unlink()
    link.symlink_to(outside)
    line = _manifest_line(ws, JINCHENG_FILE)
    run = cli("validate")
    assert run.code == 2
    assert (f"seeds/releases.yaml:{line}:5: 004_7e88397556dc7ec5.txt leads outside seeds; "
            "a release must be a file inside the releases folder") in run.out, run.out
    run, report = check_json()
    assert run.code == 2
    assert all(r["status"] == "invalid" for r in report["results"] if r["id"].startswith("jincheng-"))


def test_symbolic_link_to_etc_passwd_is_refused_without_showing_it(ws: Path) -> None:
    link = ws / "seeds" / "004_7e88397556dc7ec5.txt"
    link.unlink()
    link.symlink_to("/etc/passwd")
    run, report = check_json()
    assert run.code == 2
    assert "root:" not in run.both
    assert any("004_7e88397556dc7ec5.txt leads outside seeds" in p for p in report["problems"])


def test_rule_source_that_looks_like_a_path(ws: Path) -> None:
    path = ws / "rules" / "jincheng.yaml"
    text = path.read_text(encoding="utf-8")
    at = text.index("source: jincheng-2021-09-20")
    line = text[:at].count("\n") + 1
    col = at - text.rfind("\n", 0, at)
    path.write_text(text[:at] + "source: ../x" + text[at + len("source: jincheng-2021-09-20"):], encoding="utf-8")
    run = cli("validate")
    assert run.code == 2
    assert f"rules/jincheng.yaml:{line}:{col}: `source` of the plan: '../x' must be lowercase letters, digits " \
           "and hyphens" in run.out, run.out


# --- 3. releases ------------------------------------------------------------------------

TEXT = release_text()


@pytest.mark.parametrize("data", [
    pytest.param(TEXT.encode("gb18030"), id="gb18030"),
    pytest.param(TEXT.encode("gbk"), id="gbk"),
    pytest.param(TEXT.encode("utf-16"), id="utf-16-bom"),
    pytest.param(TEXT.encode("utf-16-le"), id="utf-16-le-no-bom"),
    pytest.param(TEXT.encode("utf-16-be"), id="utf-16-be-no-bom"),
    pytest.param(bytes(range(256)) * 16, id="binary"),
])
def test_release_not_utf8_is_named(one, data: bytes) -> None:
    one(data)
    run, report = check_json()
    assert run.code == 2
    assert report["problems"] == ["seeds/releases.yaml:3:5: release test-release: r.txt is not UTF-8 text; "
                                  "convert it to UTF-8 and update its sha256"]
    [result] = report["results"]
    assert result["status"] == "invalid"
    assert result["problems"] == [
        "rules/t.yaml:9:7: plan cites release test-release, which cannot be used: its file r.txt is not UTF-8 text "
        "(see seeds/releases.yaml:3)",
        "rules/t.yaml:14:9: outcome 1 cites release test-release, which cannot be used: its file r.txt is not UTF-8 "
        "text (see seeds/releases.yaml:3)"]


def test_empty_release(one) -> None:
    one(b"")
    run, report = check_json()
    assert run.code == 2
    [result] = report["results"]
    assert result["status"] == "invalid"
    assert any("r.txt" in p for p in result["problems"]), result["problems"]


def test_utf8_with_bom_is_accepted(one) -> None:
    one(b"\xef\xbb\xbf" + TEXT.encode("utf-8"))
    run, report = check_json()
    assert run.code == 0, run.both
    [result] = report["results"]
    assert result["status"] == "met"
    assert (result["plan"]["found"]["line"], result["plan"]["found"]["col"]) == (2, 1)
    assert (result["outcome"]["found"]["line"], result["outcome"]["found"]["col"]) == (3, 1)


def test_mixed_line_endings_keep_line_numbers(one) -> None:
    text = "第一行\r\n前文计划新建学校10所,\n第三行\r\n\r\n实际新建\r\n学校12所。\r\n"
    one(text.encode("utf-8"))
    run, report = check_json()
    assert run.code == 0, run.both
    [result] = report["results"]
    assert result["status"] == "met"
    assert (result["plan"]["found"]["line"], result["plan"]["found"]["col"]) == (2, 3)
    # the outcome quote spans a \r\n line break; it is found where it starts
    assert (result["outcome"]["found"]["line"], result["outcome"]["found"]["col"]) == (5, 1)


@pytest.fixture(scope="module")
def hundred_megabytes(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, int]]:
    """A workspace whose one release is 100 MB of text, the quotes in the middle, and the
    line the plan's quote is on."""
    root = tmp_path_factory.mktemp("big-release")
    filler = ("这是一段填充文字，用于测试大文件的处理。" * 20 + "\n").encode("utf-8")
    count = 100 * 1024 * 1024 // len(filler)
    middle = "计划新建学校10所，\n实际新建学校12所。\n".encode()
    data = filler * (count // 2) + middle + filler * (count // 2)
    mini(root, data, rule_text())
    yield root, count // 2 + 1
    shutil.rmtree(root)  # pytest keeps recent temporary folders: not 100 MB of them


def test_hundred_megabyte_release(hundred_megabytes: tuple[Path, int]) -> None:
    """Judged (or refused as too large, with a message) within 2 GB and half a minute."""
    root, line = hundred_megabytes
    run = proc("check", "--as-of", AS_OF, "--format", "json", cwd=root, memory=2 << 30, timeout=30)
    no_traceback(run)
    print(f"100 MB release: exit {run.code} in {run.seconds:.1f} s")
    if run.code == 2 and not run.out.strip():
        assert re.search(r"r\.txt.*(MB|large|limit)", run.err), run.err
        return
    report = json.loads(run.out)
    [result] = report["results"]
    if result["status"] == "invalid":  # refused as too large: the message names the file
        assert any("r.txt" in p for p in report["problems"] + result["problems"]), report
        return
    assert run.code == 0
    assert result["status"] == "met"
    assert result["plan"]["found"]["line"] == line


# --- 4. text that ends up in the output ---------------------------------------------------

EVIL_INDICATOR = ("新建[red]x[/red][link=https://evil]y[/link]\x1b[31m学校|`a`<script>alert(1)</script>\n"
                  "line2\x07 **b** _i_")
EVIL_REGION = "[bold]测试市[/bold]\x1b]8;;https://evil\x1b\\"
EVIL_PLAN_QUOTE = "计划新建[red]学校[/red]10所"
EVIL_OUTCOME_QUOTE = "实际\x1b[31m新建|学校`<script>12所"


@pytest.fixture
def evil(one) -> Path:
    invalid = rule_text(rule_id="t-2", region=EVIL_REGION, indicator="无效[red]规则[/red]\x1b[31m",
                        plan_quote="计划新建学校10所", outcome_quote="实际新建学校12所")
    invalid = invalid.replace("    plan:\n", '    "[red]dealine\\u001b[31m": x\n    plan:\n')
    rules = rule_text(region=EVIL_REGION, indicator=EVIL_INDICATOR, plan_quote=EVIL_PLAN_QUOTE,
                      outcome_quote=EVIL_OUTCOME_QUOTE) + invalid
    release = f"2023年工作回顾。\n{EVIL_PLAN_QUOTE}，\n{EVIL_OUTCOME_QUOTE}。\n计划新建学校10所。实际新建学校12所。\n"
    return one(release, rules, region=EVIL_REGION)  # the release's region: its figures are the rule's


def test_table_shows_markup_and_escapes_literally(evil: Path) -> None:
    run = cli("check", "--as-of", AS_OF)
    assert run.code == 2  # the second rule is invalid
    out = run.out
    assert "[red]x[/red][link=https://evil]y[/link]" in out
    assert "[bold]测试市[/bold]" in out
    assert "\\x1b[31m" in out  # shown...
    assert "\x1b" not in out and "\x07" not in out  # ...not obeyed
    assert "unknown field `[red]dealine\\x1b[31m`" in out, out


def test_table_in_a_colour_terminal_does_not_emit_injected_escapes(evil: Path) -> None:
    run = proc("check", "--as-of", AS_OF, cwd=evil, env={"TERM": "xterm", "FORCE_COLOR": "1"})
    no_traceback(run)
    assert run.code == 2
    assert "\x1b[32m" in run.out or "\x1b[1;31m" in run.out, "expected a coloured table"
    assert "\x1b[31m" not in run.out  # the injected escape, verbatim
    assert "\x1b]8;" not in run.out  # no hyperlink, neither injected nor from [link=] markup
    assert "\x07" not in run.out
    assert "[red]x[/red]" in run.out and "\\x1b[31m" in run.out


def _unescaped_pipes(row: str) -> int:
    return len(re.findall(r"(?<!\\)\|", row))


def test_markdown_table_is_not_broken(evil: Path) -> None:
    run = cli("check", "--as-of", AS_OF, "--format", "markdown")
    assert run.code == 2
    lines = run.out.splitlines()
    for i, line in enumerate(lines):
        if line.startswith("|") and i + 1 < len(lines) and re.fullmatch(r"\|(-+:?\|)+", lines[i + 1]):
            width = _unescaped_pipes(line)
            for row in lines[i + 2:]:
                if not row.startswith("|"):
                    break
                assert _unescaped_pipes(row) == width, f"row breaks the table:\n{line}\n{row}"
    assert "<script" not in run.out
    assert not re.search(r"(?<!\\)\[link=", run.out)  # brackets escaped: no Markdown link
    assert "line2" in run.out  # the line break folded into the cell, not dropped


def test_markdown_has_no_raw_control_characters(evil: Path) -> None:
    """A Markdown report is printed to terminals and pasted into pull requests: an escape
    from a rule or a release must be shown (e.g. as \\x1b), not written raw."""
    run = cli("check", "--as-of", AS_OF, "--format", "markdown")
    raw = sorted({f"U+{ord(ch):04X}" for ch in run.out if ord(ch) < 32 and ch != "\n"})
    assert raw == [], f"raw control characters in the Markdown report: {raw}"


def test_junit_escapes_everything(evil: Path) -> None:
    import junitparser

    run = cli("check", "--as-of", AS_OF, "--format", "junit", "--fail-on", "met")
    assert run.code == 2
    root = ET.fromstring(run.out.encode("utf-8"))
    names = [case.get("name") or "" for case in root.iter("testcase")]
    assert any("[red]x[/red]" in name and "<script>alert(1)</script>" in name and "\\x07" in name
               and "\\x1b[31m" in name for name in names), names
    suites = junitparser.JUnitXml.fromstring(run.out)
    cases = [case for suite in suites for case in suite]
    assert len(cases) == 2
    kinds = sorted(type(result).__name__ for case in cases for result in case.result)
    assert kinds == ["Error", "Failure"], kinds
    assert "\x1b" not in run.out and "\x07" not in run.out


def test_json_carries_the_text_exactly(evil: Path) -> None:
    run, report = check_json()
    assert run.code == 2
    by_id = {r["id"]: r for r in report["results"]}
    assert by_id["t-1"]["indicator"] == EVIL_INDICATOR
    assert by_id["t-1"]["region"] == EVIL_REGION
    assert by_id["t-1"]["outcome"]["quote"] == EVIL_OUTCOME_QUOTE
    assert "\x1b" not in run.out  # escaped as \u001b by JSON


# --- 5. numbers ---------------------------------------------------------------------------

def _one_rule(one, **fields: str) -> tuple[Run, dict]:
    plan_quote = fields.get("plan_quote", "计划新建学校10所")
    outcome_quote = fields.get("outcome_quote", "实际新建学校12所")
    one(release_text(plan_quote, outcome_quote), rule_text(**fields))
    run, report = check_json()
    [result] = report["results"]
    return run, result


@pytest.mark.parametrize("value, words", [
    pytest.param("1e309所", "e309", id="1e309"),
    pytest.param("NaN所", "NaN", id="nan"),
    pytest.param("Infinity所", "Infinity", id="infinity"),
    pytest.param("inf所", "inf", id="inf"),
    pytest.param("1_000所", "1_000", id="underscore"),
    pytest.param("0x10所", "0x10", id="hex"),
])
def test_plan_value_that_is_not_a_quantity(one, value: str, words: str) -> None:
    run, result = _one_rule(one, plan_value=value, plan_quote=f"计划新建学校{value}")
    assert run.code == 2
    assert result["status"] == "invalid"
    assert any(p.startswith("rules/t.yaml:7:7: plan value: ") and words in p for p in result["problems"]), \
        result["problems"]


def test_negative_count_target_is_refused(one) -> None:
    """-5所 is read as −5 by the quantity parser; a count plan of −5 schools must not be judged."""
    run, result = _one_rule(one, plan_value="-5所", plan_quote="计划新建学校-5所")
    assert run.code == 2
    assert result["status"] == "invalid"
    assert any(p.startswith("rules/t.yaml:7:7:") and "-5所" in p for p in result["problems"]), result["problems"]


def test_ten_thousand_digit_number_is_refused_with_a_short_message(one) -> None:
    digits = "1" * 10000
    run, result = _one_rule(one, plan_value=f"{digits}所", plan_quote=f"计划新建学校{digits}所",
                            outcome_value=f"{digits[:-1]}2所", outcome_quote=f"实际新建学校{digits[:-1]}2所")
    assert run.code == 2
    assert result["status"] == "invalid"
    assert any("10000 digits" in p for p in result["problems"]), [p[:200] for p in result["problems"]]
    assert run.seconds < 5
    long = [len(p) for p in result["problems"] if len(p) > 500]
    assert long == [], f"messages echo the whole number: lines of {long} characters"


def test_zero_target_has_no_progress(one) -> None:
    run, result = _one_rule(one, plan_value="0所", plan_quote="计划新建学校0所")
    assert run.code == 0, run.both
    assert result["status"] == "met"
    assert result["progress"] is None
    run = cli("check", "--as-of", AS_OF, "--format", "markdown")
    assert run.code == 0


def test_share_over_a_hundred_percent_is_warned(one) -> None:
    run, result = _one_rule(one, measure="level", plan_value="120%", plan_quote="覆盖率达到120%",
                            outcome_value="125%", outcome_quote="覆盖率达到125%")
    assert run.code == 0
    warnings = result["warnings"]
    assert any("100%" in w and w.startswith("rules/t.yaml:7:7:") for w in warnings), \
        f"no warning that a share of 120% exceeds 100%: warnings={warnings}, notes={result['notes']}"


# --- 6. dates ---------------------------------------------------------------------------

def test_invalid_outcome_date(one) -> None:
    run, result = _one_rule(one, as_of="2025-02-30")
    assert run.code == 2
    assert result["problems"] == ["rules/t.yaml:13:9: `as_of` of outcome 1: '2025-02-30' is not a date; "
                                  "write YYYY-MM-DD"]


def test_invalid_deadline_date(one) -> None:
    run, result = _one_rule(one, deadline="2023-02-30")
    assert run.code == 2
    assert any(p.startswith("rules/t.yaml:8:7: plan deadline: '2023-02-30'") for p in result["problems"]), \
        result["problems"]


def test_deadline_before_the_plans_release_is_visible_in_json(one) -> None:
    run, result = _one_rule(one)  # deadline 2023-12-31, the release published 2024-01-10
    assert run.code == 0
    said = [text for text in result["warnings"] if "is before its release was published" in text]
    assert said, result


def test_as_of_before_every_release_leaves_everything_pending(ws: Path) -> None:
    run, report = check_json(as_of="1990-01-01")
    assert run.code == 0
    assert report["summary"]["pending"] == len(report["results"]) > 0
    assert all(r["outcome"] is None for r in report["results"])


@pytest.mark.parametrize("args, message", [
    pytest.param(["--as-of", "2025-02-30"], "'2025-02-30' is not a date; write YYYY-MM-DD", id="as-of-feb-30"),
    pytest.param(["--grace-days", "-1"], "--grace-days", id="grace-negative"),
    pytest.param(["--grace-days", "3000000"], "--grace-days", id="grace-past-year-9999"),
    pytest.param(["--grace-days", "99999999999"], "--grace-days", id="grace-past-c-int"),
    pytest.param(["--format", "xml"], "'xml' is not a format", id="format-xml"),
    pytest.param(["--fail-on", "bogus"], "bogus is not a status", id="fail-on-bogus"),
])
def test_hostile_options(ws: Path, args: list[str], message: str) -> None:
    run = cli("check", *args)
    assert run.code == 2, run.both
    assert message in run.err, run.err


def test_as_of_at_the_end_of_time(ws: Path) -> None:
    run, report = check_json(as_of="9999-12-31")
    assert run.code == 0, run.err
    run, report = check_json(as_of="0001-01-01")
    assert run.code == 0, run.err


# --- 7. output ------------------------------------------------------------------------------

@pytest.mark.parametrize("target, message", [
    pytest.param("somefile/report.md", "--output somefile/report.md", id="under-a-file"),
    pytest.param("adir", "--output adir is a folder", id="a-folder"),
    pytest.param("nowhere/report.md", "--output nowhere/report.md: the folder nowhere does not exist",
                 id="missing-folder"),
])
def test_output_unwritable_is_refused_before_any_work(ws: Path, target: str, message: str) -> None:
    (ws / "somefile").write_text("a file, not a folder\n", encoding="utf-8")
    (ws / "adir").mkdir()
    # --rules names no folder: the output error must come first, before any rule is read
    run = cli("check", "--rules", "no-such-rules", "--format", "markdown", "--output", target)
    assert run.code == 2
    assert run.err.startswith(f"checker: {message}"), run.err
    assert (ws / "somefile").read_text(encoding="utf-8") == "a file, not a folder\n"
    assert list((ws / "adir").iterdir()) == []


@pytest.mark.skipif(not Path("/proc/version").exists(), reason="needs /proc")
def test_output_into_a_folder_that_refuses_files_is_a_clear_error(ws: Path) -> None:
    """/proc passes the permission check (root may write anywhere) but no file can be made
    there: the error must be clean, and it should come before the work is done."""
    run = cli("check", "--as-of", AS_OF, "--format", "markdown", "--output", "/proc/checker-report.md")
    assert run.code == 2, run.both
    assert "checker: --output /proc/checker-report.md" in run.err, run.err


def test_report_file_has_ordinary_permissions(ws: Path) -> None:
    """A report is a document to share: written with the permissions any new file gets
    (0666 masked by the umask), and a replaced report keeps its mode."""
    umask = os.umask(0o022)
    os.umask(umask)
    fresh = ws / "fresh.md"
    assert cli("check", "--as-of", AS_OF, "--format", "markdown", "--output", fresh, "--fail-on", "none").code == 0
    assert stat.S_IMODE(fresh.stat().st_mode) == 0o666 & ~umask, oct(fresh.stat().st_mode)
    kept = ws / "kept.md"
    kept.write_text("old\n", encoding="utf-8")
    kept.chmod(0o664)
    assert cli("check", "--as-of", AS_OF, "--format", "markdown", "--output", kept, "--fail-on", "none").code == 0
    assert stat.S_IMODE(kept.stat().st_mode) == 0o664, oct(kept.stat().st_mode)


@pytest.fixture(scope="module")
def slow_workspace(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundled rules copied 25 times under new ids: a run that takes about a second."""
    root = tmp_path_factory.mktemp("slow")
    shutil.copytree(SEEDS, root / "seeds")
    (root / "rules").mkdir()
    for copy in range(25):
        for path in sorted(RULES.glob("*.yaml")):
            text = re.sub(r"(\n  - id: )([a-z0-9-]+)", rf"\1\2-c{copy}", path.read_text(encoding="utf-8"))
            (root / "rules" / f"{path.stem}-{copy}.yaml").write_text(text, encoding="utf-8")
    return root


def _leftovers(folder: Path, keep: set[str]) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name not in keep)


def test_killed_run_leaves_the_previous_report_whole(slow_workspace: Path) -> None:
    root = slow_workspace
    out = root / "out"
    out.mkdir(exist_ok=True)
    report = out / "report.md"
    args = [sys.executable, "-m", "checker", "check", "--as-of", AS_OF, "--format", "markdown",
            "--fail-on", "none", "--output", str(report)]
    env = _subprocess_env(None)
    started = time.perf_counter()
    subprocess.run(args, cwd=root, env=env, check=True, capture_output=True, timeout=60)
    duration = time.perf_counter() - started
    complete = report.read_bytes()
    assert len(complete) > 500_000
    previous = b"# the previous report\n" + b"x" * 100_000 + b"\n"
    seen: list[str] = []
    for fraction in (0.3, 0.6, 0.85, 0.95, 1.0, 1.05):
        report.write_bytes(previous)
        child = subprocess.Popen(args, cwd=root, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(duration * fraction)
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
        now = report.read_bytes()
        assert now in (previous, complete), \
            f"killed at {fraction:.2f} of the run: the report is torn ({len(now)} bytes)"
        seen.append("new" if now == complete else "previous")
        left = _leftovers(out, {"report.md"})
        # a leftover temporary file may only be one that cannot be mistaken for the report
        assert all(re.fullmatch(r"\.report\.md\..+\.tmp", name) for name in left), left
        for name in left:
            seen.append(f"leftover {name}")
            (out / name).unlink()
    print("kills:", seen)


def test_kill_during_the_final_write_leaves_previous_report(tmp_path: Path) -> None:
    """SIGKILL while the new report is being flushed (made certain by pausing in os.fsync):
    the previous report is untouched; what is left behind is recorded."""
    shutil.copytree(RULES, tmp_path / "rules")
    shutil.copytree(SEEDS, tmp_path / "seeds")
    report = tmp_path / "report.md"
    previous = b"previous report\n"
    report.write_bytes(previous)
    marker = tmp_path / "in-fsync"
    code = ("import os, sys, time\n"
            f"marker = {str(marker)!r}\n"
            "real = os.fsync\n"
            "def slow(fd):\n"
            "    open(marker, 'w').close()\n"
            "    time.sleep(30)\n"
            "    real(fd)\n"
            "os.fsync = slow\n"
            "from checker.cli import app\n"
            "sys.argv = ['checker', 'check', '--as-of', '2026-11-25', '--format', 'markdown', "
            "'--fail-on', 'none', '--output', 'report.md']\n"
            "app()\n")
    errors = tmp_path.parent / f"{tmp_path.name}-stderr.txt"
    with errors.open("wb") as stderr:
        child = subprocess.Popen([sys.executable, "-c", code], cwd=tmp_path, env=_subprocess_env(None),
                                 stdout=subprocess.DEVNULL, stderr=stderr)
        deadline = time.monotonic() + 30
        while not marker.exists():
            assert child.poll() is None, errors.read_text(encoding="utf-8", errors="replace")
            assert time.monotonic() < deadline, "the run never reached the final write"
            time.sleep(0.02)
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
    assert report.read_bytes() == previous
    left = _leftovers(tmp_path, {"rules", "seeds", "report.md", "in-fsync"})
    print("left after SIGKILL during the write:", left)
    assert all(re.fullmatch(r"\.report\.md\..+\.tmp", name) for name in left), left


# --- other hostile input found on the way ------------------------------------------------

def test_lone_surrogate_escape_in_a_rule(ws: Path) -> None:
    """YAML's "\\uD800" makes a string Python cannot write as UTF-8: the rule must be
    refused with its position, and every report format must still be written."""
    path = ws / "rules" / "jincheng.yaml"
    text = path.read_text(encoding="utf-8")
    at = text.index("    indicator: ")
    line = text[:at].count("\n") + 1
    end = text.index("\n", at)
    path.write_text(text[:at] + '    indicator: "坏\\uD800字"' + text[end:], encoding="utf-8")
    run = cli("validate")
    assert run.code == 2
    assert any(row.startswith(f"rules/jincheng.yaml:{line}:") for row in problem_lines(run)), run.out
    for fmt in ("json", "markdown", "junit", "table"):
        run = cli("check", "--as-of", AS_OF, "--format", fmt)
        assert run.code == 2, (fmt, run.both[-500:])
        assert run.out.strip()


def test_parse_argument_that_is_not_utf8(tmp_path: Path) -> None:
    """An argument with bytes that are not UTF-8 (a file name, a mis-encoded terminal) is
    read as not a quantity; the JSON on stdout stays valid UTF-8, in any locale setting."""
    for env in ({}, {"PYTHONIOENCODING": "utf-8"}):
        done = subprocess.run([sys.executable.encode(), b"-m", b"checker", b"parse", b"--json", b"26\xff\xfe\xe6\x89"],
                              cwd=tmp_path, env=_subprocess_env(env), capture_output=True, timeout=30)
        err = done.stderr.decode("utf-8", "replace")
        assert "Traceback" not in err, err
        assert done.returncode == 2
        try:
            rows = json.loads(done.stdout.decode("utf-8"))
        except UnicodeDecodeError as error:
            pytest.fail(f"stdout is not UTF-8 ({error}): {done.stdout[:120]!r}")
        assert len(rows) == 1 and "error" in rows[0]


def test_diff_of_deeply_nested_json(tmp_path: Path) -> None:
    good = tmp_path / "good.json"
    good.write_text('{"as_of": "2026-01-01", "results": []}', encoding="utf-8")
    deep = tmp_path / "deep.json"
    deep.write_text("[" * 100000 + "]" * 100000, encoding="utf-8")
    run = cli("diff", good, deep)
    assert run.code == 2
    assert run.err.startswith(f"checker: {deep}"), run.err


def test_diff_of_report_with_unknown_status(tmp_path: Path) -> None:
    good = tmp_path / "good.json"
    good.write_text('{"as_of": "2026-01-01", "results": []}', encoding="utf-8")
    odd = tmp_path / "odd.json"
    odd.write_text('{"as_of": "2026-01-01", "results": [{"id": "x", "status": "bogus"}]}', encoding="utf-8")
    run = cli("diff", good, odd)
    assert run.code == 2, run.both
    assert "bogus" in run.err


# --- 10. nothing is written into the repository -------------------------------------------

def _snapshot(root: Path) -> dict[str, tuple[bytes, int, int]]:
    files = {}
    for path in sorted(root.rglob("*")):
        info = path.lstat()
        key = str(path.relative_to(root))
        files[key] = (path.read_bytes() if path.is_file() else b"", info.st_mtime_ns, stat.S_IMODE(info.st_mode))
    return files


def test_commands_do_not_write_into_the_repository(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    repo = tmp_path / "repo"
    ignore = shutil.ignore_patterns(".git", ".venv", "__pycache__", "*.egg-info", ".pytest_cache",
                                    ".hypothesis", ".mypy_cache", ".ruff_cache", ".benchmarks")
    shutil.copytree(ROOT, repo, ignore=ignore, symlinks=True)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    old, new = elsewhere / "old.json", elsewhere / "new.json"
    assert cli("check", "--rules", RULES, "--seeds", SEEDS, "--as-of", "2024-06-30", "--format", "json",
               "--fail-on", "none", "--output", old).code == 0
    assert cli("check", "--rules", RULES, "--seeds", SEEDS, "--as-of", AS_OF, "--format", "json",
               "--fail-on", "none", "--output", new).code == 0
    monkeypatch.chdir(repo)
    before = _snapshot(repo)
    time.sleep(0.01)  # a rewrite with the same bytes would still move an mtime
    commands = [
        ["check", "--as-of", AS_OF],
        ["check", "--as-of", AS_OF, "--format", "markdown"],
        ["check", "--as-of", AS_OF, "--format", "json"],
        ["check", "--as-of", AS_OF, "--format", "junit"],
        ["check", "--as-of", AS_OF, "--baseline", str(old)],
        ["validate"],
        ["parse", "26所", "9万多个", "x磅"],
        ["parse", "--period", "--json", "十四五末", "2025年前"],
        ["diff", str(old), str(new)],
        ["diff", str(old), str(new), "--format", "json"],
        ["schema"],
    ]
    for command in commands:
        run = cli(*command)
        assert run.code in (0, 1, 2), (command, run.both)
    run = proc("check", "--as-of", AS_OF, "--format", "markdown", cwd=repo, env={"PYTHONDONTWRITEBYTECODE": "1"})
    assert run.code in (0, 1)
    after = _snapshot(repo)
    added = sorted(set(after) - set(before))
    removed = sorted(set(before) - set(after))
    changed = sorted(key for key in set(before) & set(after) if before[key] != after[key])
    assert (added, removed, changed) == ([], [], []), f"added {added}, removed {removed}, changed {changed}"


def test_validate_shows_control_characters_instead_of_emitting_them(ws: Path) -> None:
    """`validate` prints one line per problem to a terminal: a field name or text with an
    escape (here ESC [2J, clear screen) must be shown, not obeyed."""
    (ws / "rules" / "evil.yaml").write_text(
        "rules:\n" + rule_text(rule_id="a-1").replace("    plan:\n", '    "bad\\u001b[2Jkey\\u0007": 1\n    plan:\n'),
        encoding="utf-8")
    run = cli("validate")
    assert run.code == 2
    [line] = [row for row in problem_lines(run) if row.startswith("rules/evil.yaml:6:5: unknown field")]
    assert "\x1b" not in run.out and "\x07" not in run.out, repr(line)
    assert "\\x1b[2J" in line, repr(line)


# --- the corpus: the nastiest rule files found, each a regular input -----------------------

CORPUS = HOSTILE_CORPUS
CORPUS_VALID = {"bom-and-crlf.yaml"}  # nasty but legal: judged like any rule file


@pytest.mark.parametrize("name", sorted(p.name for p in CORPUS.glob("*.yaml")))
def test_corpus_rule_file(ws: Path, name: str) -> None:
    (ws / "rules" / name).write_bytes((CORPUS / name).read_bytes())
    run = cli("validate")
    mine = [row for row in problem_lines(run) if row.startswith(f"rules/{name}") and ": warning: " not in row]
    if name in CORPUS_VALID:
        assert run.code == 0 and mine == [], run.out
    else:
        assert run.code == 2
        assert mine, f"no problem named rules/{name}:\n{run.out}"
    expected = 0 if name in CORPUS_VALID else 2
    for fmt in ("json", "markdown", "junit", "table"):
        run = cli("check", "--as-of", AS_OF, "--format", fmt, "--fail-on", "none")
        assert run.code == expected, (fmt, run.both[-1000:])
        if fmt == "json":
            report = json.loads(run.out)
            assert len(report["results"]) >= len(bundled_results())
        if fmt == "junit":
            ET.fromstring(run.out.encode("utf-8"))
    assert not (ws / "HACKED").exists()


def test_a_large_manifest_is_read_and_a_rule_file_keeps_its_budget(tmp_path: Path) -> None:
    """releases.yaml for a province (tens of thousands of releases, far more than MAX_NODES
    nodes) is honest and read; a rule file of that many nodes is refused at its line."""
    from checker.diagnostics import CheckerError
    from checker.inputs.yamlfile import MAX_NODES, load_yaml

    entry = "  - id: r{0}\n    file: r{0}.txt\n    region: 某市\n    published: 2025-01-01\n"
    big = tmp_path / "releases.yaml"
    big.write_text("releases:\n" + "".join(entry.format(i) for i in range(MAX_NODES // 8 + 1000)), encoding="utf-8")
    assert len(load_yaml(big, grows=True).data["releases"]) == MAX_NODES // 8 + 1000
    with pytest.raises(CheckerError) as refused:
        load_yaml(big)
    assert refused.value.location.startswith(f"{big}:") and refused.value.message.code == "yaml-too-many-nodes"
