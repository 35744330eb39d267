"""The shape of the package: the flow has no loops, and commands import only what they need."""

from __future__ import annotations

import ast
import subprocess
import sys

from conftest import ROOT

PACKAGE = ROOT / "checker"


def _modules() -> dict[str, set[str]]:
    """Every module of the package and the modules of the package it imports (at any level:
    top of the file, inside functions, under TYPE_CHECKING)."""
    names = {}
    for path in PACKAGE.rglob("*.py"):
        parts = path.relative_to(ROOT).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        names[name] = path
    graph: dict[str, set[str]] = {}
    for name, path in names.items():
        edges = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("checker"):
                for alias in node.names:
                    child = f"{node.module}.{alias.name}"
                    edges.add(child if child in names else node.module)
            elif isinstance(node, ast.Import):
                edges.update(alias.name for alias in node.names if alias.name.startswith("checker"))
        graph[name] = {edge for edge in edges if edge != name and edge in names}
    return graph


def _cycle(graph: dict[str, set[str]]) -> list[str] | None:
    state: dict[str, int] = {}  # 1: on the path, 2: done
    path: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        path.append(node)
        for child in sorted(graph[node]):
            if state.get(child) == 1:
                return path[path.index(child):] + [child]
            if child not in state:
                found = visit(child)
                if found:
                    return found
        path.pop()
        state[node] = 2
        return None

    for node in sorted(graph):
        if node not in state:
            found = visit(node)
            if found:
                return found
    return None


def test_the_import_graph_has_no_loops() -> None:
    graph = _modules()
    assert len(graph) > 30
    assert _cycle(graph) is None, " → ".join(_cycle(graph) or [])


def test_the_cycle_finder_finds_a_loop() -> None:
    assert _cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert _cycle({"a": {"b"}, "b": set()}) is None


def test_the_core_does_not_import_the_output() -> None:
    """Reading and judging know nothing of renderers, words or the command line."""
    graph = _modules()
    core = [name for name in graph if name.startswith(("checker.language", "checker.inputs", "checker.judge"))]
    for name in core:
        outward = {edge for edge in graph[name] if edge.startswith(("checker.report", "checker.cli", "checker.seeds"))}
        assert not outward, f"{name} imports {outward}"


def _imported_by(*args: str) -> set[str]:
    code = ("import sys\nfrom typer.testing import CliRunner\nfrom checker.cli import app\n"
            f"CliRunner().invoke(app, {list(args)!r})\n"
            "print('\\n'.join(sorted(sys.modules)))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    return set(done.stdout.split())


def test_parse_imports_no_more_than_it_needs() -> None:
    modules = _imported_by("parse", "26所", "--json")
    assert "checker.language.quantity" in modules
    unneeded = {m for m in modules if m.startswith(("checker.judge", "checker.inputs", "checker.seeds.registering",
                                                      "checker.report.record", "checker.report.table"))}
    assert not unneeded, unneeded


def test_json_output_does_not_import_rich_tables() -> None:
    modules = _imported_by("check", "--format", "json", "--as-of", "2026-11-25", "--fail-on", "none")
    assert "checker.report.json" in modules and "checker.report.table" not in modules
    assert "rich.table" not in modules


def test_an_audit_of_simplified_releases_does_not_load_opencc() -> None:
    # the seeds are simplified Chinese with punctuation GB2312 lacks (· and —): not traditional text
    modules = _imported_by("check", "--format", "json", "--as-of", "2026-11-25", "--fail-on", "none")
    assert "checker.language.script" in modules and "opencc" not in modules


def test_no_module_binds_a_top_level_name_twice() -> None:
    """A pattern bound twice in one module is a silent shadowing: the later one wins for every function, the earlier
    check reads the wrong words (twice in session 21: `_HEARSAY`, `_YEARS_TOGETHER` in judge/stated.py)."""
    from pathlib import Path

    twice = []
    for path in sorted((Path(__file__).resolve().parent.parent / "checker").rglob("*.py")):
        seen: set[str] = set()
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            targets = node.targets if isinstance(node, ast.Assign) else [node.target] if isinstance(
                node, ast.AnnAssign) and node.value is not None else []
            for target in targets:
                if isinstance(target, ast.Name) and target.id != "__all__":
                    if target.id in seen:
                        twice.append(f"{path.name}: {target.id}")
                    seen.add(target.id)
    assert not twice, twice
