"""What a user and a translator rely on: the core stands without QGIS, every message is
extracted and translated into French."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

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


def test_the_hotmaps_database_ships_with_its_attribution():
    """The one data file shipped from ../shared/data: in the plugin folder, the zip a user
    installs and the about text, with its licence (CC BY 4.0) and authors beside it."""
    import zipfile

    from ite_qgis import assets

    folder = assets.industrial_dir()
    wanted = ("industrial_database.csv", "subsectors.csv", "README.md")
    assert all((folder / name).is_file() for name in wanted)
    readme = (folder / "README.md").read_text(encoding="utf-8")
    assert "CC BY 4.0" in readme and "Manz" in readme and "Fleiter" in readme
    assert "Manz & Fleiter" in assets.metadata()["about"] and "CC BY 4.0" in assets.metadata()[
        "about"]
    zips = sorted((REPO / "dist").glob("ite_qgis-*.zip"))
    if not zips:
        pytest.skip("no dist/ zip: run make package (make test builds it)")
    names = set(zipfile.ZipFile(zips[-1]).namelist())
    assert {f"ite_qgis/resources/industrial/{name}" for name in wanted} <= names
