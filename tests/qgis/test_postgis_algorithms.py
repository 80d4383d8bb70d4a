"""Every ``ite:`` algorithm with vector inputs, run on PostGIS layers and writing its vector
outputs to PostGIS (``postgis:`` destinations), gives the same rows as the same run on the
GeoPackage. One line per algorithm; one real server and one loaded schema for the module
(tests/qgis/postgres_server.py, the fixtures of conftest.py), no mock.

Left out, with the reason:
- ``ite:createterritory`` writes the PostGIS territory itself (test_postgis_territory.py);
- ``ite:sampleterritory`` and ``ite:dhpotentialareas`` have no vector input: the first writes
  a GeoPackage file only, the second reads a raster; dhpotentialareas is run here to a
  ``postgis:`` destination all the same (its areas feed wasteheatdh).
File and raster outputs (report, maps, tables, the density grid) are written to files on both
runs and compared there."""

from __future__ import annotations

import re
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
from qgis.core import QgsDataSourceUri, QgsVectorLayer, QgsVectorLayerExporter

SCHEMA = "algs"
SAMPLE = Path(__file__).resolve().parents[2] / "build" / "ite_qgis" / "resources" / "samples" / \
    "dunkirk"
HEAT = SAMPLE / "heat_demand_synthetic.asc"
BRESCIA = "POLYGON((4308100 2438900, 4438200 2438900, 4438200 2582500, 4308100 2582500, " \
    "4308100 2438900))"


class Runs:
    """The module's inputs, the same layers on both sides: ``layer(kind, name)``."""

    def __init__(self, folder, uri, gpkg_layers, pg_layers):
        self.folder, self.uri = folder, uri
        self.layers = {"gpkg": gpkg_layers, "postgis": pg_layers}

    def layer(self, kind, name):
        return self.layers[kind][name]

    def out(self, kind, algorithm, name, spatial=True):
        """A sink: a GeoPackage file, or a ``postgis:`` table named after the algorithm, with a
        geometry column when the table has geometries (as QGIS's "Save to PostGIS table")."""
        table = f"{algorithm.split(':')[1]}_{name.lower()}"
        if kind == "gpkg":
            return str(self.folder / f"{table}.gpkg")
        return destination(self.uri, SCHEMA, table, spatial)

    def file(self, kind, name):
        path = self.folder / kind
        path.mkdir(exist_ok=True)
        return str(path / name)


def _copy_to_postgis(uri, layer, table):
    """One input layer copied into the schema as it is, with QGIS's exporter."""
    target = QgsDataSourceUri(uri.connectionInfo(False))
    target.setDataSource(SCHEMA, table, "geom" if layer.isSpatial() else None)
    error, message = QgsVectorLayerExporter.exportLayer(
        layer, target.uri(False), "postgres", layer.crs(), False, {"overwrite": True})
    assert error == QgsVectorLayerExporter.ExportError.NoError, message
    return postgis_layer(uri, SCHEMA, table)


def _region():
    layer = QgsVectorLayer("Polygon?crs=EPSG:3035&field=name:string", "region", "memory")
    from qgis.core import QgsFeature, QgsGeometry

    feature = QgsFeature(layer.fields())
    feature.setAttributes(["Brescia"])
    feature.setGeometry(QgsGeometry.fromWkt(BRESCIA))
    layer.dataProvider().addFeatures([feature])
    return layer


@pytest.fixture(scope="module")
def runs(plugin, pg_connection, tmp_path_factory, shared_data):
    import processing

    from ite_qgis.qgis_bridge.postgis import connection_uri, layer_uri

    folder = tmp_path_factory.mktemp("algorithms")
    gpkg = folder / "dunkirk.gpkg"
    processing.run("ite:sampleterritory", {"OUTPUT": str(gpkg)})
    load_dunkirk(pg_connection, SCHEMA, ROLES=2)
    uri = connection_uri(pg_connection)
    names = ("sites", "resources", "flows")
    gpkg_layers = {n: QgsVectorLayer(f"{gpkg}|layername={n}", n, "ogr") for n in names}
    pg_layers = {n: QgsVectorLayer(layer_uri(uri, SCHEMA, n), n, "postgres") for n in names}
    # Derived inputs made once on the GeoPackage, then copied to the schema as they are.
    derived = folder / "derived"
    derived.mkdir()
    found = processing.run("ite:findsynergies", {
        "SITES": gpkg_layers["sites"], "RESOURCES": gpkg_layers["resources"],
        "SYNERGIES": str(derived / "synergies.gpkg")})
    allocated = processing.run("ite:allocatesynergies", {
        "SYNERGIES": found["SYNERGIES"], "RESOURCES": gpkg_layers["resources"],
        "CHOSEN": "memory:", "RESIDUAL": str(derived / "residual.gpkg")})
    areas = processing.run("ite:dhpotentialareas", {"INPUT": str(HEAT),
                                                    "OUTPUT": str(derived / "areas.gpkg")})
    links = processing.run("ite:wasteheatdh", {
        "SOURCES": gpkg_layers["sites"], "RESOURCES": gpkg_layers["resources"],
        "AREAS": areas["OUTPUT"], "LINKS": str(derived / "links.gpkg"), "SUMMARY": "memory:"})
    files = {"synergies": found["SYNERGIES"], "residual": allocated["RESIDUAL"],
             "areas": areas["OUTPUT"], "dh_links": links["LINKS"]}
    district = shared_data / "topotherm_district"
    if district.is_dir():
        files.update({"dh_source": str(district / "source.gpkg"),
                      "dh_sinks": str(district / "sinks.gpkg"),
                      "dh_roads": str(district / "roads.gpkg")})
    for name, path in files.items():
        gpkg_layers[name] = QgsVectorLayer(path, name, "ogr")
        assert gpkg_layers[name].isValid(), path
        pg_layers[name] = _copy_to_postgis(uri, gpkg_layers[name], name)
    region = _region()
    gpkg_layers["region"] = region
    pg_layers["region"] = _copy_to_postgis(uri, region, "region")
    for kind in (gpkg_layers, pg_layers):
        assert all(layer.isValid() for layer in kind.values())
    return Runs(folder, uri, gpkg_layers, pg_layers)


# -- each algorithm: (its parameters for one side, its sinks, its files) -----------------------


def _territory(r, kind, *names):
    return {name.upper(): r.layer(kind, name) for name in names}


def _allocate(r, kind):
    return {**_territory(r, kind, "synergies", "resources")}, ("CHOSEN", "RESIDUAL"), ()


def _dhnetwork(r, kind):
    if "dh_roads" not in r.layers[kind]:
        pytest.skip("topotherm_district not in the shared data")
    return ({"SOURCES": r.layer(kind, "dh_source"), "SINKS": r.layer(kind, "dh_sinks"),
             "ROADS": r.layer(kind, "dh_roads"), "PEAK_KW_FIELD": "ts_0",
             "FULL_LOAD_HOURS_FIELD": "flh_0"}, ("NETWORK", "SERVICES", "SINK_STATUS"), ())


def _dhareas(r, kind):
    return {"INPUT": str(HEAT)}, ("OUTPUT",), ()


def _synergymap(r, kind):
    return ({**_territory(r, kind, "sites", "synergies", "resources", "flows"),
             "DH_AREAS": r.layer(kind, "areas"), "DH_LINKS": r.layer(kind, "dh_links"),
             "ATLAS": 1, "OUTPUT": r.file(kind, "map.pdf")}, (), ("OUTPUT",))


def _tables(r, kind):
    return ({**_territory(r, kind, "sites", "resources", "flows", "synergies", "dh_links"),
             "FORMAT": 0, "OUTPUT": r.file(kind, "tables")}, (), ("OUTPUT",))


def _find(r, kind):
    return _territory(r, kind, "sites", "resources"), ("SYNERGIES",), ()


def _flowmap(r, kind):
    return _territory(r, kind, "flows", "sites"), ("OUTPUT",), ()


def _density(r, kind):
    return ({"INPUT": r.layer(kind, "sites"), "DEMAND_FIELD": "employees", "CELL_SIZE": 1000,
             "OUTPUT": r.file(kind, "density.tif")}, (), ("OUTPUT",))


def _import(r, kind):
    return ({"INPUT_TABLE": r.layer(kind, "resources"), "COORDINATES": 2,
             "JOIN_LAYER": r.layer(kind, "sites"), "JOIN_FIELD": "site_id",
             "TARGET_CRS": "EPSG:2154"}, ("SITES", "RESOURCES", "REJECTED"), ())


def _industrial(r, kind):
    return {"REGION": r.layer(kind, "region")}, ("SITES", "RESOURCES", "REJECTED"), ()


def _metabolism(r, kind):
    return ({**_territory(r, kind, "sites", "resources", "flows", "synergies"),
             "SANKEY": r.file(kind, "sankey.svg")}, ("OUTPUT",), ("SANKEY",))


def _pooling(r, kind):
    return ({**_territory(r, kind, "sites", "resources"), "RADIUS_KM": 5},
            ("CLUSTERS", "MEMBERS"), ())


def _report(r, kind):
    return ({**_territory(r, kind, "sites", "resources", "flows", "synergies", "dh_links"),
             "OUTPUT": r.file(kind, "report.html")}, (), ("OUTPUT",))


def _siting(r, kind):
    return ({**_territory(r, kind, "sites", "resources", "residual"),
             "NEEDS": "ewc:100202=500000 t/yr", "CELL_SIZE": 1000,
             "NET_BENEFIT": r.file(kind, "benefit.tif")}, ("PLACES", "SUPPLIERS"),
            ("NET_BENEFIT",))


def _suggest(r, kind):
    return {"INPUT": r.layer(kind, "resources"), "FIELD": "description", "TOP": 1}, \
        ("OUTPUT",), ()


def _validate(r, kind):
    return _territory(r, kind, "sites", "resources", "flows"), ("REPORT",), ()


def _wasteheat(r, kind):
    return ({"SOURCES": r.layer(kind, "sites"), "RESOURCES": r.layer(kind, "resources"),
             "AREAS": r.layer(kind, "areas")}, ("LINKS", "SUMMARY"), ())


CASES = {
    "ite:allocatesynergies": _allocate,
    "ite:dhnetwork": _dhnetwork,
    "ite:dhpotentialareas": _dhareas,
    "ite:exportsynergymap": _synergymap,
    "ite:exporttables": _tables,
    "ite:findsynergies": _find,
    "ite:flowmap": _flowmap,
    "ite:heatdensitygrid": _density,
    "ite:importinventory": _import,
    "ite:loadindustrialsites": _industrial,
    "ite:metabolism": _metabolism,
    "ite:poolingopportunities": _pooling,
    "ite:report": _report,
    "ite:sitingpotential": _siting,
    "ite:suggestcodes": _suggest,
    "ite:validateinventory": _validate,
    "ite:wasteheatdh": _wasteheat,
}
NOT_HERE = {"ite:createterritory", "ite:sampleterritory"}  # see the module's docstring


def test_every_algorithm_is_in_this_module(plugin):
    from qgis.core import QgsApplication

    provider = QgsApplication.processingRegistry().providerById("ite")
    assert {a.id() for a in provider.algorithms()} == set(CASES) | NOT_HERE


# -- comparing -------------------------------------------------------------------------------


def _file_digest(path: Path):
    if path.is_dir():
        return {p.name: _file_digest(p) for p in sorted(path.iterdir())}
    if path.suffix == ".tif":
        from ite_qgis.qgis_bridge.rasters import read_raster

        grid, transform, _wkt, _nodata = read_raster(path)
        return (grid.shape, round(float(grid[grid > 0].sum()), 6), transform)
    if path.suffix == ".pdf":
        return path.stat().st_size > 1000
    text = path.read_text(encoding="utf-8", errors="replace")
    if path.suffix == ".csv":  # the same rows; a database table has no order of its own
        return tuple(sorted(text.splitlines()))
    text = re.sub(r"base64,[A-Za-z0-9+/=]+", "base64,", text)
    return numbers(text)


def _first_difference(left, right):
    if isinstance(left, dict) and isinstance(right, dict):
        for key in sorted(set(left) | set(right)):
            if left.get(key) != right.get(key):
                return f"{key}: {_first_difference(left.get(key), right.get(key))}"
    if isinstance(left, tuple) and isinstance(right, tuple):
        for index, (a, b) in enumerate(zip(left, right, strict=False)):
            if a != b:
                return f"item {index}: {a!r} != {b!r}"
        return f"{len(left)} items != {len(right)}"
    return f"{left!r} != {right!r}"


@pytest.mark.parametrize("algorithm", sorted(CASES))
def test_postgis_in_and_out_gives_the_same_rows_as_the_geopackage(runs, run_alg, algorithm):
    outputs, spatial = {}, {}
    for kind in ("gpkg", "postgis"):
        parameters, sinks, files = CASES[algorithm](runs, kind)
        for sink in sinks:
            parameters[sink] = runs.out(kind, algorithm, sink, spatial.get(sink, True))
        result = run_alg(algorithm, parameters)
        tables = {}
        for sink in sinks:
            if kind == "gpkg":
                layer = QgsVectorLayer(result[sink], sink, "ogr")
                spatial[sink] = layer.isSpatial()
            else:
                layer = postgis_layer(runs.uri, SCHEMA, f"{algorithm.split(':')[1]}_{sink.lower()}")
            assert layer.isValid(), (algorithm, sink)
            tables[sink] = rows(layer)
        for name in files:
            tables[name] = _file_digest(Path(parameters[name]))
        outputs[kind] = tables
    for sink in outputs["gpkg"]:
        left, right = outputs["gpkg"][sink], outputs["postgis"][sink]
        if isinstance(left, list):
            assert_same_rows(f"{algorithm} {sink}", left, right)
        else:
            assert left == right, f"{algorithm} {sink}: {_first_difference(left, right)}"
    # The Dunkirk sample is clean: validateinventory's report is empty on both sides, and the
    # test checks that it was created as a PostGIS table all the same.
    assert any(outputs["gpkg"].values()) or algorithm == "ite:validateinventory", \
        f"{algorithm} wrote nothing to compare"
