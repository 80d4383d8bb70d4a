"""No function of the plugin is over 100 lines, so that a newcomer can read each one as steps."""

from __future__ import annotations

import ast
from pathlib import Path

import ite_qgis

PACKAGE = Path(ite_qgis.__file__).resolve().parent
MAX_LINES = 100


def _functions(tree: ast.AST, prefix: str = ""):
    """(qualified name, node) of every function and method, nested ones included."""
    for node in ast.iter_child_nodes(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            name = f"{prefix}{node.name}"
            if not isinstance(node, ast.ClassDef):
                yield name, node
            yield from _functions(node, name + ".")
        else:
            yield from _functions(node, prefix)


def _long_functions() -> dict[tuple[str, str], int]:
    """(path relative to the package, qualified name) -> lines, of every function over the
    limit (decorators not counted; docstring and comments counted)."""
    found = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        relative = path.relative_to(PACKAGE).as_posix()
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for name, node in _functions(tree):
            lines = node.end_lineno - node.lineno + 1
            if lines > MAX_LINES:
                found[(relative, name)] = lines
    return found


def test_no_function_is_over_100_lines():
    found = _long_functions()
    assert len(list(PACKAGE.rglob("*.py"))) > 50  # the walk did find the package
    too_long = sorted(f"{path}: {name} ({lines} lines)" for (path, name), lines in found.items())
    assert not too_long, (
        f"functions over {MAX_LINES} lines; break them into named steps:\n" + "\n".join(too_long)
    )

