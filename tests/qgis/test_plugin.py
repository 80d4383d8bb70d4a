"""The plugin as QGIS loads it: provider, metadata, translations, missing dependencies."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

from qgis.core import QgsApplication
from qgis_cli import BUILD, qgis_process

REPO = Path(__file__).resolve().parents[2]


def test_provider_registered_with_icon_and_version(plugin):
    from ite_qgis import assets

    provider = QgsApplication.processingRegistry().providerById("ite")
    assert provider is not None
    assert provider.name() == "Industrial & territorial ecology"
    assert not provider.icon().isNull()
    assert provider.versionInfo() == assets.version() != ""
    ids = [algorithm.id() for algorithm in provider.algorithms()]
    assert "ite:createterritory" in ids
    for algorithm in provider.algorithms():
        assert algorithm.displayName() and algorithm.group() and algorithm.shortHelpString()
        # The Processing dialog makes a paragraph of each line: the help is one line.
        assert "\n" not in algorithm.shortHelpString()


def test_initprocessing_twice_registers_one_provider(plugin):
    plugin.initProcessing()
    providers = [p.id() for p in QgsApplication.processingRegistry().providers()]
    assert providers.count("ite") == 1


def test_metadata_has_every_field_plugins_repository_requires():
    from ite_qgis import assets

    meta = assets.metadata()
    for field in (
        "name",
        "description",
        "about",
        "version",
        "qgisminimumversion",
        "author",
        "email",
        "tracker",
        "repository",
        "homepage",
        "tags",
        "icon",
        "changelog",
    ):
        assert meta.get(field, "").strip(), field
    assert meta["qgisminimumversion"] == "3.34"
    assert meta["hasprocessingprovider"] == "yes"
    assert (BUILD / "ite_qgis" / meta["icon"]).is_file()
    assert meta["version"] in (REPO / "CHANGELOG.md").read_text(encoding="utf-8")


def test_qgis_process_lists_and_helps(tmp_path):
    qgis_process("plugins", "enable", "ite_qgis", config=tmp_path)
    listing = qgis_process("list", config=tmp_path).stdout
    assert "Industrial & territorial ecology" in listing
    assert "ite:createterritory" in listing
    help_text = qgis_process("help", "ite:createterritory", config=tmp_path).stdout
    assert "Create territory" in help_text and "OUTPUT" in help_text and "CRS" in help_text


def test_french_locale_translates_provider_and_algorithm(tmp_path):
    qgis_process("plugins", "enable", "ite_qgis", config=tmp_path)
    french = {"LANG": "fr_FR.UTF-8", "LC_ALL": "fr_FR.UTF-8", "LANGUAGE": "fr"}
    listing = json.loads(qgis_process("--json", "list", config=tmp_path, env_extra=french).stdout)
    provider = listing["providers"]["ite"]
    assert provider["name"] == "Écologie industrielle et territoriale"
    assert provider["algorithms"]["ite:createterritory"]["name"] == "Créer un territoire"


HIDE_PACKAGE = textwrap.dedent(
    """
    import sys, json
    class Hide:
        def find_spec(self, name, path=None, target=None):
            if name == {package!r} or name.startswith({package!r} + "."):
                raise ImportError("hidden by the test: " + name)
    sys.meta_path.insert(0, Hide())
    sys.path.append("/usr/share/qgis/python/plugins")
    from qgis.core import QgsApplication, QgsProcessingException
    app = QgsApplication([], False)
    app.initQgis()
    from qgis.PyQt.QtWidgets import QApplication
    import ite_qgis
    plugin = ite_qgis.classFactory(None)
    plugin.initProcessing()
    provider = QgsApplication.processingRegistry().providerById("ite")
    algorithm = provider.algorithm("createterritory")
    ok, message = algorithm.canExecute()
    from processing.core.Processing import Processing
    Processing.initialize()
    import processing
    try:
        processing.run("ite:createterritory", {{"CRS": "EPSG:2154", "OUTPUT": {output!r}}})
        raised = ""
    except QgsProcessingException as error:
        raised = str(error)
    print(json.dumps({{"provider": provider is not None, "ok": ok, "message": message,
                      "raised": raised, "windows": len(QApplication.topLevelWidgets()),
                      "imported": {package!r} in sys.modules}}))
    """
)


def test_missing_geopandas_plugin_loads_and_says_how_to_install(tmp_path):
    output = tmp_path / "t.gpkg"
    script = HIDE_PACKAGE.format(package="geopandas", output=str(output))
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(BUILD))
    result = subprocess.run(
        [sys.executable, "-P", "-c", script], env=env, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["provider"] is True
    assert report["ok"] is False
    message = report["message"]
    assert "geopandas is missing" in message
    assert "sudo apt install python3-geopandas" in message
    assert "OSGeo4W" in message and "macOS" in message
    assert "shapely" not in message.split("How to install")[0]  # only what is really missing
    assert "geopandas is missing" in report["raised"]
    assert report["windows"] == 0  # no dialog opened
    assert not output.exists()
