"""The manners of a Python CLI: --version/-V, -h, completion, --quiet/--verbose, choices in
--help, `-` for stdin and stdout, `validate PATH...` with a summary, and [tool.checker]
defaults in pyproject.toml (options on the command line win)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from conftest import ROOT
from typer.testing import CliRunner

from checker import __version__
from checker.cli import app
from checker.cli.main import app_for

AS_OF = "2026-11-25"


def run(*args: str, stdin: str | None = None):
    return CliRunner().invoke(app, list(args), input=stdin)


@pytest.fixture()
def workspace(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    shutil.copytree(ROOT / "rules", tmp_path / "rules")
    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
    monkeypatch.chdir(tmp_path)
    return tmp_path


@pytest.mark.parametrize("flag", ["--version", "-V"])
def test_version(flag: str) -> None:
    result = run(flag)
    assert result.exit_code == 0 and result.stdout == f"checker {__version__}\n"


def test_short_help_and_choices_in_help() -> None:
    assert run("-h").stdout == run("--help").stdout
    check_help = " ".join(run("check", "-h").stdout.split())
    for word in ("table, markdown, json, junit, sarif", "met, missed, disputed, pending, unreported, invalid",
                 "Examples:", "checker check --as-of 2026-11-25"):
        assert word in check_help, word
    assert "--install-completion" in run("--help").stdout


def test_completion_script_is_offered(monkeypatch: pytest.MonkeyPatch) -> None:
    # typer reads the shell from the parent process unless told not to; the parent of a test run
    # may be no shell at all (a CI runner, a background job), so the shell is named here
    monkeypatch.setenv("_TYPER_COMPLETE_TEST_DISABLE_SHELL_DETECTION", "1")
    result = run("--show-completion", "bash")
    assert result.exit_code == 0 and "complete -o default -F _root_completion" in result.stdout, result.output


def test_quiet_prints_the_problems_only_and_verbose_more(workspace: Path) -> None:
    quiet = run("check", "--as-of", AS_OF, "--fail-on", "none", "-q")
    assert quiet.exit_code == 0 and quiet.stdout.strip().splitlines() == [
        line for line in run("validate").stdout.strip().splitlines()]
    assert all(":" in line and line.startswith("rules/") for line in quiet.stdout.strip().splitlines())
    verbose = run("check", "--as-of", AS_OF, "--fail-on", "none", "--format", "json", "-v")
    json.loads(verbose.stdout)  # the report stays whole
    releases = len(json.loads(verbose.stdout)["releases"])
    assert releases > 0 and f"rules judged against {releases} releases" in verbose.stderr


def test_dash_is_stdout_and_stdin(workspace: Path) -> None:
    report = run("check", "--as-of", AS_OF, "--fail-on", "none", "--format", "json", "--output", "-")
    assert report.exit_code == 0 and json.loads(report.stdout)["as_of"] == AS_OF
    assert not (workspace / "-").exists()
    (workspace / "new.json").write_text(report.stdout, encoding="utf-8")
    diffed = run("diff", "-", "new.json", "--format", "json", stdin=report.stdout)
    assert diffed.exit_code == 0 and json.loads(diffed.stdout)["changed"] == []
    against = run("check", "--as-of", AS_OF, "--fail-on", "none", "--format", "json", "--baseline", "-",
                  stdin=report.stdout)
    assert against.exit_code == 0 and json.loads(against.stdout)["changes"]["changed"] == []
    parsed = run("parse", "--json", stdin="1.28万个\n\n35.27亿元\n")
    assert [row["value"] for row in json.loads(parsed.stdout)] == ["12800", "3527000000"]


def test_validate_the_files_being_edited(workspace: Path) -> None:
    path = workspace / "rules" / "hebi.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("公办在园幼儿占比达55%", "公办在园幼儿占比达56%", 1), encoding="utf-8")
    one = run("validate", "rules/hebi.yaml")
    assert one.exit_code == 2
    assert one.stdout and all(line.startswith("rules/hebi.yaml:") for line in one.stdout.splitlines())
    errors = sum(1 for line in one.stdout.splitlines() if ": warning: " not in line)
    rules = text.count("\n  - id: ")
    assert one.stderr.strip() == f"checker: {rules} rules: {errors} problems, " \
                                 f"{len(one.stdout.splitlines()) - errors} warnings"
    other = run("validate", "rules/jincheng.yaml", "rules/zhengzhou.yaml")
    assert other.exit_code == 0 and other.stdout == ""
    assert run("validate", "--rules", "rules/jincheng.yaml").exit_code == 0
    assert run("validate", "-q", "rules/jincheng.yaml").stderr == ""


def test_tool_checker_in_pyproject_sets_the_defaults(workspace: Path) -> None:
    (workspace / "data").mkdir()
    shutil.move(str(workspace / "rules"), workspace / "data" / "rules")
    shutil.move(str(workspace / "seeds"), workspace / "data" / "seeds")
    (workspace / "pyproject.toml").write_text(
        '[project]\nname = "x"\n\n[tool.checker]\nrules = "data/rules"\nseeds = "data/seeds"\n'
        f'as-of = "{AS_OF}"\nfail-on = "unreported"\nlang = "zh"\ngrace-days = 30\n', encoding="utf-8")
    nested = workspace / "sub" / "dir"
    nested.mkdir(parents=True)
    import os

    os.chdir(nested)  # found by walking up
    judged = run("check", "--format", "json")
    report = json.loads(judged.stdout)
    assert report["as_of"] == AS_OF and report["grace_days"] == 30
    assert judged.exit_code == 1  # unreported rules exist, and fail-on says they fail
    assert run("check", "--format", "json", "--fail-on", "none").exit_code == 0  # the command line wins
    assert "规则" in run("check", "--fail-on", "none").stdout  # lang = zh
    assert run("validate").exit_code == 0


def test_a_bad_tool_checker_table_is_named(workspace: Path) -> None:
    (workspace / "pyproject.toml").write_text('[tool.checker]\nrule = "rules"\n', encoding="utf-8")
    result = run("check")
    assert result.exit_code == 2 and "Traceback" not in result.output
    assert "pyproject.toml: unknown setting `rule` in [tool.checker]" in result.stderr


@pytest.mark.parametrize("text", [
    '[tool]\nchecker = { grace-days = 30 }\n',  # a [tool] table holding the checker's
    '[project]\nname = "x"\n\n[tool . "checker"]\ngrace-days = 30\n',
    'tool.checker.grace-days = 30\n',  # dotted keys at the top
])
def test_every_toml_spelling_of_tool_checker_is_read(workspace: Path, text: str) -> None:
    """The TOML parser is skipped for a pyproject.toml that names no [tool.checker]; none that does is missed."""
    (workspace / "pyproject.toml").write_text(text, encoding="utf-8")
    assert json.loads(run("check", "--format", "json", "--fail-on", "none").stdout)["grace_days"] == 30


def test_a_pyproject_without_tool_checker_changes_nothing(workspace: Path) -> None:
    (workspace / "pyproject.toml").write_text(
        '[project]\nname = "x"\n[project.scripts]\nchecker = "checker.cli:main"\n[tool.ruff]\nline-length = 1\n',
        encoding="utf-8")
    judged = run("check", "--format", "json", "--fail-on", "none")
    assert judged.exit_code == 0 and json.loads(judged.stdout)["grace_days"] == 90


@pytest.mark.parametrize(("fail_on", "code"), [("none", 0), ("unreported", 1)])
def test_a_reader_that_stops_early_leaves_the_exit_code_to_the_verdicts(fail_on: str, code: int) -> None:
    """`checker check --format json | head -c 10`: the report is written a piece at a time, and
    the reader going away is no error and no traceback; the exit code is still the verdicts'."""
    import subprocess
    import sys

    process = subprocess.Popen([sys.executable, "-m", "checker", "check", "--as-of", AS_OF, "--format", "json",
                                "--fail-on", fail_on], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert process.stdout is not None and process.stderr is not None
    assert process.stdout.read(10).startswith(b"{")
    process.stdout.close()  # the bundled report is far longer than a pipe holds
    with process.stderr:
        errors = process.stderr.read().decode()
    assert process.wait(timeout=120) == code and "Traceback" not in errors and "Broken pipe" not in errors


@pytest.mark.parametrize(("args", "code"), [
    (["validate", "--rules", "tests/hostile_corpus"], 2), (["extract", "xinxiang-2024-01-22", "--format", "json"], 0),
    (["parse", "1.28万个"], 0), (["schema"], 0), (["match", "xinxiang-2024-01-22"], 0),
])
def test_a_reader_gone_before_the_first_line_leaves_each_commands_exit_code(args: list[str], code: int) -> None:
    """`checker validate | head -0`: the reader has gone before anything is written; every
    command exits as it would have (click would make it 1), with no traceback."""
    import subprocess
    import sys

    process = subprocess.Popen([sys.executable, "-m", "checker", *args], cwd=ROOT, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE)
    assert process.stdout is not None and process.stderr is not None
    process.stdout.close()
    with process.stderr:
        errors = process.stderr.read().decode()
    assert process.wait(timeout=120) == code and "Traceback" not in errors and "Broken pipe" not in errors


@pytest.mark.parametrize("args", [
    ["check", "--as-of", AS_OF, "--format", "json", "--fail-on", "none"], ["check", "--help"],
    ["check", "--formt", "x"],
    ["validate"], ["parse", "1.28万个"], ["schema"], ["seeds", "--help"], ["seeds", "add", "--help"],
    ["extract", "--help"], ["match", "--help"], ["diff", "--help"], ["--help"], ["chek"], ["--version"], [],
])
def test_the_app_of_one_command_runs_as_the_whole_app(args: list[str]) -> None:
    # main() builds only the command the command line names (typer builds every command's
    # options at start-up): what a user sees must not change
    whole, alone = CliRunner().invoke(app, args), CliRunner().invoke(app_for(args[:1]), args)
    assert (alone.exit_code, alone.stdout, alone.stderr) == (whole.exit_code, whole.stdout, whole.stderr)


def test_each_command_is_built_alone() -> None:
    names = ({c.name or getattr(c.callback, "__name__", "") for c in app.registered_commands}
             | {g.name for g in app.registered_groups})
    assert len(names) == 8
    for name in names:
        alone = app_for([str(name)])
        assert alone is not app
        assert len(alone.registered_commands) + len(alone.registered_groups) == 1
        assert alone.registered_callback is app.registered_callback  # --version, [tool.checker] defaults
    assert app_for(["chek"]) is app and app_for([]) is app and app_for(["--help"]) is app


_PLUGINS_SEEN = """
import sys
sys.argv = ["checker", *sys.argv[1:]]
from checker.cli.main import main
try:
    main()
except SystemExit as exit:
    code = exit.code
import pydantic.plugin._loader as loader
print(code, "importlib.metadata" in sys.modules, list(loader.get_plugins()), file=sys.stderr)
"""


@pytest.mark.parametrize(("args", "code"), [(["check", "--format", "json"], 0), (["validate"], 0),
                                           (["check", "--rules", "missing.yaml"], 2)])
def test_a_command_line_run_does_not_look_for_pydantic_plugins(args: list[str], code: int) -> None:
    # pydantic's loader would import importlib.metadata and read every distribution's entry points
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-c", _PLUGINS_SEEN, *args], cwd=ROOT, capture_output=True, text=True,
                          check=False, env={"PATH": "", "LC_ALL": "C.UTF-8", "COLUMNS": "120"})
    assert done.stderr.splitlines()[-1] == f"{code} False []", done.stderr


def test_the_plugin_loader_is_left_alone_once_pydantic_has_used_it(monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    from checker.cli import pydantic_plugins

    real = sys.modules.get(pydantic_plugins.LOADER)
    monkeypatch.delitem(sys.modules, pydantic_plugins.LOADER, raising=False)
    assert pydantic_plugins.install()
    assert list(sys.modules[pydantic_plugins.LOADER].get_plugins()) == []
    assert not pydantic_plugins.install()  # a second call changes nothing
    # any other name a later pydantic may ask for comes from its own loader, not an error
    assert sys.modules[pydantic_plugins.LOADER].PYDANTIC_ENTRY_POINT_GROUP == "pydantic"
    with pytest.raises(AttributeError):
        sys.modules[pydantic_plugins.LOADER].no_such_name  # noqa: B018
    if real is not None:
        monkeypatch.setitem(sys.modules, pydantic_plugins.LOADER, real)
        assert not pydantic_plugins.install()
        assert sys.modules[pydantic_plugins.LOADER] is real
