"""The plugin installed from its zip into a fresh profile of the real QGIS desktop (under Xvfb)."""

from __future__ import annotations

import json
import os
import subprocess
import zipfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def _zip() -> Path:
    version = next(
        line.split("=", 1)[1].strip()
        for line in (REPO / "metadata.txt").read_text().splitlines()
        if line.startswith("version=")
    )
    path = REPO / "dist" / f"ite_qgis-{version}.zip"
    assert path.is_file(), "run make package first (make test does)"
    return path


def _install_profile(tmp_path: Path) -> Path:
    profiles = tmp_path / "qgis"  # --profiles-path: QGIS keeps profiles in its profiles/ folder
    plugins = profiles / "profiles" / "default" / "python" / "plugins"
    plugins.mkdir(parents=True)
    with zipfile.ZipFile(_zip()) as archive:
        archive.extractall(plugins)
    ini = profiles / "profiles" / "default" / "QGIS" / "QGIS3.ini"
    ini.parent.mkdir(parents=True)
    ini.write_text(
        "[PythonPlugins]\nite_qgis=true\n\n[qgis]\nshowTips=false\ncheckVersion=false\n",
        encoding="utf-8",
    )
    return profiles


def test_package_zip_is_installable():
    with zipfile.ZipFile(_zip()) as archive:
        names = archive.namelist()
    assert {name.split("/")[0] for name in names} == {"ite_qgis"}
    for required in (
        "ite_qgis/__init__.py",
        "ite_qgis/metadata.txt",
        "ite_qgis/LICENSE",
        "ite_qgis/resources/icons/ite.svg",
        "ite_qgis/i18n/ite_qgis_fr.qm",
    ):
        assert required in names
    assert not [n for n in names if "__pycache__" in n or n.endswith(".pyc") or "/.git" in n]
    assert _zip().stat().st_size < 25 * 1024 * 1024


def test_desktop_sample_explorer_then_unload_and_load(tmp_path):
    profiles = _install_profile(tmp_path)
    report = tmp_path / "report.json"
    shot = Path(os.environ.get("ITE_SCREENSHOT_DIR", tmp_path)) / "desktop_plugin_loaded.png"
    env = dict(os.environ, ITE_DESKTOP_REPORT=str(report), ITE_DESKTOP_SHOT=str(shot))
    env.pop("PYTHONPATH", None)
    env.pop("QT_QPA_PLATFORM", None)
    subprocess.run(
        [
            "qgis",
            "--profiles-path",
            str(profiles),
            "--nologo",
            "--noversioncheck",
            "--code",
            str(Path(__file__).with_name("desktop_check.py")),
        ],
        env=env,
        timeout=240,
        capture_output=True,
        text=True,
    )
    assert report.is_file(), "QGIS did not run the check script"
    result = json.loads(report.read_text())
    assert "error" not in result, result.get("error")
    first, unloaded, reloaded = result["first"], result["unloaded"], result["reloaded"]
    assert first["loaded"] and first["menus"] == 1 and first["toolbars"] == 1
    assert first["ite_providers"] == 1 and "ite:createterritory" in first["algorithms"]
    assert {
        "ite_createterritory", "ite_load_sample", "ite_importinventory", "ite_validateinventory",
        "ite_findsynergies", "ite_wasteheatdh", "ite_synergy_explorer", "ite_place_site",
        "ite_help",
    } <= set(first["menu_actions"])  # fmt: skip
    assert "&ITE" in first["menubar"]
    # The sample territory loaded from the menu, its synergies in the explorer dock.
    assert {"sites", "resources", "flows", "Candidate synergies"} <= set(result["layers"])
    assert result["dialog_parameters"] == {
        "SITES": result["layer_ids"]["sites"],
        "RESOURCES": result["layer_ids"]["resources"],
    }
    assert result["place_tool"] == "PlaceSiteTool"
    dock = result["dock"]
    assert dock["visible"] and dock["layer"] == "Candidate synergies"
    assert dock["rows"] == dock["synergies"] > 100
    assert "Why it was proposed" in dock["details"] and "Net benefit" in dock["details"]
    # Zoomed to the selected pair (a few km), not to the whole territory (about 40 km).
    assert max(result["canvas_extent_m"]) < 15_000
    # Unload removes everything; loading again gives exactly one of each, no leftovers.
    assert unloaded["menus"] == 0 and unloaded["toolbars"] == 0 and unloaded["ite_providers"] == 0
    assert "&ITE" not in unloaded["menubar"] and not unloaded["algorithms"]
    assert unloaded["docks"] == 0
    assert reloaded["menus"] == 1 and reloaded["toolbars"] == 1 and reloaded["ite_providers"] == 1
    assert reloaded["menubar"].count("&ITE") == 1
    assert reloaded["algorithms"] == first["algorithms"]
    assert shot.is_file() and shot.stat().st_size > 50_000
