"""No module of the product binds one top-level name twice: the second binding silently
replaces the first for every function that reads it (a pattern of one helper named like
another's rebinds it, and the first helper's matches change without any error)."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import pytest

_ROOT = Path(__file__).resolve().parent.parent
_PACKAGES = ("extractors", "kg", "api")


def _bound_twice(source: str) -> list[str]:
    """The top-level names ``source`` binds more than once (assignments, functions, classes;
    not imports, whose re-binding ruff already reports)."""
    names: Counter[str] = Counter()
    for node in ast.parse(source).body:
        if isinstance(node, ast.Assign):
            names.update(t.id for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names[node.target.id] += 1
        elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            names[node.name] += 1
    return sorted(name for name, count in names.items() if count > 1)


def test_the_check_finds_a_name_bound_twice() -> None:
    source = "import re\n_END = re.compile('a')\ndef f(): return _END\n_END = re.compile('b')\n"
    assert _bound_twice(source) == ["_END"]
    assert _bound_twice("_A = 1\n_B = 2\ndef _c(): pass\n") == []


@pytest.mark.parametrize("package", _PACKAGES)
def test_no_module_binds_a_top_level_name_twice(package: str) -> None:
    twice = {
        str(path.relative_to(_ROOT)): names
        for path in sorted((_ROOT / package).rglob("*.py"))
        if (names := _bound_twice(path.read_text(encoding="utf-8")))
    }
    assert twice == {}
