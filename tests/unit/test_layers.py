"""The plugin's imports go down only: gui -> processing -> layout -> qgis_bridge -> core.

Every module's imports are read with ``ast`` (absolute and relative ones, those inside functions
too), so an import hidden in a function to dodge a cycle still counts. The order of the core's
subpackages is the one ite_qgis/core/__init__.py documents.
"""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import ite_qgis

PACKAGE = Path(ite_qgis.__file__).resolve().parent

# Rank of each layer: a module may import its own layer and the layers below it.
# assets.py (paths and metadata of the shipped files) sits below everything.
LAYERS = {"assets": 0, "core": 1, "qgis_bridge": 2, "layout": 3, "processing": 4, "gui": 5,
          "plugin": 6, "": 6}  # fmt: skip
# The core's subpackages and the ones each may import besides itself (core/__init__.py).
DOMAINS = ("territory", "synergies", "heat", "publishing")
CORE_ALLOWED = {
    "": set(),  # core/__init__.py
    "common": set(),
    "reference": {"common"},
    "validation": {"common", "reference"},
    **{domain: {"common", "reference", "validation"} for domain in DOMAINS},
    "flows": {"common", "reference", "validation", "publishing"},
    "samples": {"common", "reference", "validation", "territory", "synergies", "heat",
                "publishing", "flows"},
}


def _module_name(path: Path) -> str:
    parts = ("ite_qgis",) + path.relative_to(PACKAGE).with_suffix("").parts
    return ".".join(parts).removesuffix(".__init__")


def _modules() -> dict[str, Path]:
    return {_module_name(path): path for path in sorted(PACKAGE.rglob("*.py"))}


def _imports(name: str, path: Path, modules: dict[str, Path]) -> set[str]:
    """Every module name ``name`` imports (ite_qgis ones resolved to the module file)."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            # "from . import texts" names a module; "from .texts import x" names an object.
            submodules = {f"{target}.{alias.name}" for alias in node.names} & modules.keys()
            found.update(submodules or {target})
    return found


def _graph() -> dict[str, set[str]]:
    modules = _modules()
    return {name: _imports(name, path, modules) for name, path in modules.items()}


def _internal(graph: dict[str, set[str]]) -> dict[str, set[str]]:
    return {name: {t for t in targets if t in graph and t != name} for name, targets in
            graph.items()}  # fmt: skip


def _layer(name: str) -> str:
    parts = name.split(".")
    return parts[1] if len(parts) > 1 else ""


def test_the_graph_sees_imports_inside_functions():
    graph = _graph()
    assert len(graph) > 80
    # write_report imports the map module inside a function.
    assert "ite_qgis.layout.synergy_map" in graph["ite_qgis.layout.report_run"]


def test_no_import_cycle():
    graph = _internal(_graph())
    state: dict[str, int] = {}  # 1: on the current path, 2: done
    cycles = []

    def visit(name: str, path: list[str]) -> None:
        state[name] = 1
        for target in sorted(graph[name]):
            if state.get(target) == 1:
                cycles.append(" -> ".join(path[path.index(target):] + [name, target]))
            elif target not in state:
                visit(target, path + [name])
        state[name] = 2

    for name in sorted(graph):
        if name not in state:
            visit(name, [])
    assert not cycles, "import cycles:\n" + "\n".join(cycles)


def test_imports_only_go_down_the_layers():
    upward = [
        f"{name} ({_layer(name) or 'top'}) imports {target} ({_layer(target) or 'top'})"
        for name, targets in sorted(_internal(_graph()).items())
        for target in sorted(targets)
        if LAYERS[_layer(target)] > LAYERS[_layer(name)]
    ]
    assert not upward, "upward imports:\n" + "\n".join(upward)


def test_core_subpackages_import_in_the_documented_order():
    graph = _internal(_graph())
    assert set(CORE_ALLOWED) - {""} == {
        p.name for p in (PACKAGE / "core").iterdir() if (p / "__init__.py").is_file()
    }, "core/__init__.py and this test must list the same subpackages"
    wrong = []
    for name, targets in sorted(graph.items()):
        if _layer(name) != "core":
            continue
        own = name.split(".")[2] if name.count(".") >= 2 else ""
        for target in sorted(targets):
            other = target.split(".")[2] if target.count(".") >= 2 else ""
            if _layer(target) == "core" and other != own and other not in CORE_ALLOWED[own]:
                wrong.append(f"{name} imports {target}")
    assert not wrong, "core subpackages out of order:\n" + "\n".join(wrong)


def test_core_never_imports_qgis_or_qt():
    bad = [
        f"{name} imports {target}"
        for name, targets in sorted(_graph().items())
        if _layer(name) == "core"
        for target in sorted(targets)
        if target.split(".")[0] in ("qgis", "PyQt5", "PyQt6", "sip")
    ]
    assert not bad, "\n".join(bad)


def test_no_two_modules_share_a_name():
    names = Counter(p.name for p in PACKAGE.rglob("*.py") if p.name != "__init__.py")
    twice = sorted(name for name, count in names.items() if count > 1)
    assert not twice, f"module names used twice: {twice}"
