"""The Dunkirk chain (findsynergies, allocatesynergies, wasteheatdh, report) on a PostGIS
territory, with outputs written to PostGIS (``postgis:`` destinations): the same numbers as on
the GeoPackage. A real server (tests/qgis/postgres_server.py), no mock."""

from __future__ import annotations

from pathlib import Path

import pytest
from postgis_helpers import (
    assert_same_rows,
    destination,
    load_dunkirk,
    numbers,
    postgis_layer,
    rows,
)
from qgis.core import QgsVectorLayer

SCHEMA = "chain"
HEAT = Path(__file__).resolve().parents[2] / "build" / "ite_qgis" / "resources" / "samples" / \
    "dunkirk" / "heat_demand_synthetic.asc"


@pytest.fixture(scope="module")
def inputs(plugin, pg_connection, tmp_path_factory):
    import processing

    from ite_qgis.qgis_bridge.postgis import connection_uri, layer_uri

    folder = tmp_path_factory.mktemp("chain")
    gpkg = folder / "dunkirk.gpkg"
    processing.run("ite:sampleterritory", {"OUTPUT": str(gpkg)})
    load_dunkirk(pg_connection, SCHEMA, ROLES=2)
    uri = connection_uri(pg_connection)
    names = ("sites", "resources", "flows")
    layers = {
        "gpkg": {n: QgsVectorLayer(f"{gpkg}|layername={n}", n, "ogr") for n in names},
        "postgis": {n: QgsVectorLayer(layer_uri(uri, SCHEMA, n), n, "postgres") for n in names},
    }
    for kind in layers.values():
        assert all(layer.isValid() for layer in kind.values())
    areas = folder / "areas.gpkg"
    processing.run("ite:dhpotentialareas", {"INPUT": str(HEAT), "OUTPUT": str(areas)})
    return folder, layers, uri, str(areas)


def test_the_dunkirk_chain_gives_the_same_numbers_on_postgis(inputs, run_alg):
    folder, layers, uri, areas = inputs
    results = {}
    for kind in ("gpkg", "postgis"):
        chosen_layers = layers[kind]

        def out(name, kind=kind):
            return str(folder / f"{name}.gpkg") if kind == "gpkg" else \
                destination(uri, SCHEMA, name)

        def layer(path, name, kind=kind):
            return QgsVectorLayer(path, name, "ogr") if kind == "gpkg" else \
                postgis_layer(uri, SCHEMA, name)

        found = run_alg("ite:findsynergies", {
            "SITES": chosen_layers["sites"], "RESOURCES": chosen_layers["resources"],
            "SYNERGIES": out("synergies")})
        synergies = layer(found["SYNERGIES"], "synergies")
        allocated = run_alg("ite:allocatesynergies", {
            "SYNERGIES": synergies, "RESOURCES": chosen_layers["resources"],
            "CHOSEN": out("chosen"), "RESIDUAL": "memory:"})
        chosen = layer(allocated["CHOSEN"], "chosen")
        heat = run_alg("ite:wasteheatdh", {
            "SOURCES": chosen_layers["sites"], "RESOURCES": chosen_layers["resources"],
            "AREAS": areas, "LINKS": out("dh_links"), "SUMMARY": "memory:"})
        links = layer(heat["LINKS"], "dh_links")
        report = folder / f"report_{kind}.html"
        run_alg("ite:report", {"SITES": chosen_layers["sites"],
                               "RESOURCES": chosen_layers["resources"],
                               "FLOWS": chosen_layers["flows"], "SYNERGIES": synergies,
                               "DH_LINKS": links, "OUTPUT": str(report)})
        results[kind] = {"synergies": rows(synergies), "chosen": rows(chosen),
                         "links": rows(links),
                         "report": numbers(report.read_text(encoding="utf-8"))}
    for key in ("synergies", "chosen", "links"):
        assert results["gpkg"][key], key
        assert_same_rows(key, results["gpkg"][key], results["postgis"][key])
    assert results["gpkg"]["report"] == results["postgis"]["report"]
