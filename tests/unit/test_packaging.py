"""What a user and a translator rely on: the core stands without QGIS, every message is
extracted and translated into French."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import ite_qgis

REPO = Path(__file__).resolve().parents[2]
PACKAGE = Path(ite_qgis.__file__).resolve().parent


def test_core_imports_without_qgis_or_qt():
    # Every module of every nested package of the core, by its dotted name.
    core = PACKAGE / "core"
    modules = sorted(
        ".".join(("ite_qgis",) + p.relative_to(PACKAGE).with_suffix("").parts)
        .removesuffix(".__init__")
        for p in core.rglob("*.py"))
    assert len(modules) > 40 and "ite_qgis.core.synergies" in modules
    code = (
        "import sys, importlib\n"
        f"for name in {modules!r}: importlib.import_module(name)\n"
        "bad = [m for m in sys.modules if m.split('.')[0] in ('qgis', 'PyQt5', 'PyQt6')]\n"
        "print(bad)\nsys.exit(1 if bad else 0)\n"
    )
    result = subprocess.run([sys.executable, "-P", "-c", code], capture_output=True, text=True,
                            env={"PYTHONPATH": str(PACKAGE.parent), "PATH": "/usr/bin:/bin"})
    assert result.returncode == 0, result.stdout + result.stderr


def test_every_message_is_extracted_and_translated_into_french():
    result = subprocess.run([sys.executable, str(REPO / "tools" / "i18n_check.py")],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout[-3000:]
