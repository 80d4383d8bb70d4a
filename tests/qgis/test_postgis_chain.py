"""The Dunkirk chain (findsynergies, allocatesynergies, wasteheatdh, report) on a PostGIS
territory, with outputs written to PostGIS (``postgis:`` destinations): the same numbers as on
the GeoPackage. A real server (tests/qgis/postgres_server.py), no mock."""

from __future__ import annotations

import math
import re
from pathlib import Path

import pytest
from qgis.core import QgsVectorLayer

SCHEMA = "chain"
HEAT = Path(__file__).resolve().parents[2] / "build" / "ite_qgis" / "resources" / "samples" / \
    "dunkirk" / "heat_demand_synthetic.asc"


@pytest.fixture(scope="module")
def inputs(plugin, pg_connection, tmp_path_factory):
    import processing

    from ite_qgis.core.samples.dunkirk import sample_territory
    from ite_qgis.qgis_bridge.postgis import connection_uri, import_tables, layer_uri

    folder = tmp_path_factory.mktemp("chain")
    gpkg = folder / "dunkirk.gpkg"
    processing.run("ite:sampleterritory", {"OUTPUT": str(gpkg)})
    processing.run("ite:createterritory", {"CRS": "EPSG:2154", "CONNECTION": pg_connection,
                                           "SCHEMA": SCHEMA, "ROLES": 2})
    sites, resources, flows = sample_territory("EPSG:2154")
    import_tables(pg_connection, SCHEMA, 2154,
                  {"sites": sites, "resources": resources, "flows": flows})
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


def _destination(uri, table: str) -> str:
    return f'postgis:{uri.connectionInfo(False)} table="{SCHEMA}"."{table}" (geom)'


def _rows(layer) -> list[dict]:
    rows = []
    for feature in layer.getFeatures():
        # The keys a table gets from the database it is in (id, and id_0 when an input had one).
        row = {name: feature[name] for name in layer.fields().names()
               if not re.fullmatch(r"fid|id(_\d+)?", name)}
        geometry = feature.geometry()
        row["_length"] = round(geometry.length(), 3) if not geometry.isEmpty() else None
        rows.append(row)
    return sorted(rows, key=lambda r: repr(sorted((k, str(v)) for k, v in r.items())))


def _missing(value) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value))


def _same(a, b):
    assert len(a) == len(b) and len(a) > 0
    for left, right in zip(a, b, strict=True):
        assert set(left) == set(right)
        for key, value in left.items():
            other = right[key]
            if _missing(value) or _missing(other):
                assert _missing(value) and _missing(other), key
            elif isinstance(value, (int, float)) and isinstance(other, (int, float)):
                assert float(value) == pytest.approx(float(other), rel=1e-9, abs=1e-9), key
            else:
                assert str(value) == str(other), key


def _numbers(html: str) -> list[str]:
    text = re.sub(r"<[^>]+>", " ", html)
    return re.findall(r"\d[\d\u00a0\u202f ,.]*\d|\d", text)


def test_the_dunkirk_chain_gives_the_same_numbers_on_postgis(inputs, run_alg):
    folder, layers, uri, areas = inputs
    results = {}
    for kind in ("gpkg", "postgis"):
        chosen_layers = layers[kind]
        out = (lambda name: str(folder / f"{name}.gpkg")) if kind == "gpkg" else \
            (lambda name: _destination(uri, name))
        found = run_alg("ite:findsynergies", {
            "SITES": chosen_layers["sites"], "RESOURCES": chosen_layers["resources"],
            "SYNERGIES": out("synergies")})
        synergies = QgsVectorLayer(found["SYNERGIES"], "synergies",
                                   "ogr" if kind == "gpkg" else "postgres") \
            if kind == "gpkg" else _postgis_layer(uri, "synergies")
        allocated = run_alg("ite:allocatesynergies", {
            "SYNERGIES": synergies, "RESOURCES": chosen_layers["resources"],
            "CHOSEN": out("chosen"), "RESIDUAL": "memory:"})
        chosen = QgsVectorLayer(allocated["CHOSEN"], "chosen", "ogr") if kind == "gpkg" else \
            _postgis_layer(uri, "chosen")
        heat = run_alg("ite:wasteheatdh", {
            "SOURCES": chosen_layers["sites"], "RESOURCES": chosen_layers["resources"],
            "AREAS": areas, "LINKS": out("dh_links"), "SUMMARY": "memory:"})
        links = QgsVectorLayer(heat["LINKS"], "links", "ogr") if kind == "gpkg" else \
            _postgis_layer(uri, "dh_links")
        report = folder / f"report_{kind}.html"
        run_alg("ite:report", {"SITES": chosen_layers["sites"],
                               "RESOURCES": chosen_layers["resources"],
                               "FLOWS": chosen_layers["flows"], "SYNERGIES": synergies,
                               "DH_LINKS": links, "OUTPUT": str(report)})
        results[kind] = {"synergies": _rows(synergies), "chosen": _rows(chosen),
                         "links": _rows(links),
                         "report": _numbers(report.read_text(encoding="utf-8"))}
    for key in ("synergies", "chosen", "links"):
        _same(results["gpkg"][key], results["postgis"][key])
    assert results["gpkg"]["report"] == results["postgis"]["report"]


def _postgis_layer(uri, table):
    from qgis.core import QgsDataSourceUri

    source = QgsDataSourceUri(uri.connectionInfo(False))
    source.setDataSource(SCHEMA, table, "geom")
    layer = QgsVectorLayer(source.uri(False), table, "postgres")
    assert layer.isValid(), table
    return layer
