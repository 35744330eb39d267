"""A module-level name bound twice silently replaces the first pattern for every caller above the second:
each constant of the checker is bound once."""

import ast
from pathlib import Path

import pytest

CHECKER = Path(__file__).resolve().parent.parent / "checker"


@pytest.mark.parametrize("module", sorted(CHECKER.rglob("*.py")), ids=lambda p: str(p.relative_to(CHECKER)))
def test_each_constant_is_bound_once(module: Path):
    tree = ast.parse(module.read_text(encoding="utf-8"))
    seen: dict[str, int] = {}
    twice = []
    for node in tree.body:
        targets = node.targets if isinstance(node, ast.Assign) else [node.target] if isinstance(node, ast.AnnAssign) \
            else []
        for target in targets:
            if isinstance(target, ast.Name) and target.id.lstrip("_").isupper():
                if target.id in seen:
                    twice.append(f"{target.id}: lines {seen[target.id]} and {node.lineno}")
                seen[target.id] = node.lineno
    assert twice == []
