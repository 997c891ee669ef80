"""A module-level name defined twice silently replaces the first definition for every use (a
frozenset of words meant for one rule quietly serves another): this has bitten the fact rules
three times. Each module must define each top-level name once."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src" / "rasd"


def _top_level_names(tree: ast.Module) -> Counter[str]:
    names: Counter[str] = Counter()
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names[node.name] += 1
        elif isinstance(node, ast.Assign):
            for target in node.targets:
                if isinstance(target, ast.Name):
                    names[target.id] += 1
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value is not None:
            names[node.target.id] += 1
    return names


def test_no_module_defines_a_top_level_name_twice() -> None:
    twice = {}
    for path in sorted(SRC.rglob("*.py")):
        names = _top_level_names(ast.parse(path.read_text(encoding="utf-8")))
        dup = sorted(n for n, k in names.items() if k > 1)
        if dup:
            twice[str(path.relative_to(SRC))] = dup
    assert not twice, twice


def test_the_check_sees_a_second_definition() -> None:
    tree = ast.parse("_WORDS = frozenset()\n\ndef f():\n    return _WORDS\n\n_WORDS = frozenset({'x'})\n")
    assert _top_level_names(tree)["_WORDS"] == 2
