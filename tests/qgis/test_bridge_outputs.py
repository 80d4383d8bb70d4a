"""Outputs written by GDAL (qgis_bridge/ogr_files.py) are the outputs QGIS wrote before: same
field names and types, CRS, NULLs and non-ASCII text, for a GeoPackage (plain path and
``|layername=``), a shapefile and a memory layer; and a whole GeoPackage source read by GDAL
gives the same synergies as the same layer read through QGIS."""

from __future__ import annotations

import pytest
from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsVectorLayer

SITES = [
    ("Aciérie « Nord »", 652_000.0, 7_100_000.0),
    ("Sucrerie de l'Yser", 655_000.0, 7_102_000.0),
    ("Cimenterie Ōsaka-Dunkerque", 660_000.0, 7_098_000.0),
    ("Verrerie — Sud", 650_500.0, 7_096_000.0),
]
RESOURCES = [
    ("laitier-é1", "Aciérie « Nord »", "supply", 1200.0),
    ("laitier-é2", "Sucrerie de l'Yser", "supply", 300.0),
    ("besoin-ü1", "Cimenterie Ōsaka-Dunkerque", "demand", 900.0),
    ("besoin-ü2", "Verrerie — Sud", "demand", 250.0),
]


def _inputs():
    sites = QgsVectorLayer("Point?crs=EPSG:2154&field=site_id:string", "sites", "memory")
    features = []
    for site_id, x, y in SITES:
        feature = QgsFeature(sites.fields())
        feature.setAttributes([site_id])
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(x, y)))
        features.append(feature)
    sites.dataProvider().addFeatures(features)
    fields = "&".join(
        f"field={name}:{kind}"
        for name, kind in (("resource_id", "string"), ("site_id", "string"),
                           ("direction", "string"), ("resource", "string"),
                           ("quantity", "double"), ("unit", "string"))  # fmt: skip
    )
    resources = QgsVectorLayer(f"None?{fields}", "resources", "memory")
    rows = []
    for resource_id, site_id, direction, quantity in RESOURCES:
        row = QgsFeature(resources.fields())
        row.setAttributes([resource_id, site_id, direction, "ewc:100202", quantity, "t/yr"])
        rows.append(row)
    resources.dataProvider().addFeatures(rows)
    return sites, resources


def _run(run_alg, destination, sites=None, resources=None):
    default_sites, default_resources = _inputs()
    result = run_alg(
        "ite:findsynergies",
        {
            "SITES": sites or default_sites,
            "RESOURCES": resources or default_resources,
            "RADIUS_MODE": 1,
            "FIXED_RADIUS_KM": 50,
            "INCLUDE_INFERRED": False,
            "SYNERGIES": destination,
        },
    )
    output = result["SYNERGIES"]
    return output if isinstance(output, QgsVectorLayer) else QgsVectorLayer(output, "out", "ogr")


def _table(layer):
    """Field (name, type name, length) list, CRS and rows (attributes and WKT) of a layer."""
    fields = [(f.name(), f.typeName(), f.length()) for f in layer.fields()]
    rows = sorted(
        (
            tuple(None if v is None or (hasattr(v, "isNull") and v.isNull()) else v
                  for v in feature.attributes()),  # fmt: skip
            feature.geometry().asWkt(3),
        )
        for feature in layer.getFeatures()
    )
    return fields, layer.crs().authid(), rows


@pytest.mark.parametrize(
    "destination",
    ["synergies.gpkg", "out.gpkg|synergies", "synergies.shp"],
)
def test_file_output_is_what_qgis_wrote(run_alg, tmp_path, monkeypatch, destination):
    from ite_qgis.qgis_bridge import ogr_files

    path, _, layer = destination.partition("|")

    def target(folder):
        (tmp_path / folder).mkdir()
        file = tmp_path / folder / path
        # A layer in a GeoPackage, as the "Save to GeoPackage..." button writes it.
        return f"ogr:dbname='{file}' table=\"{layer}\" (geom)" if layer else str(file)

    written = []
    append = ogr_files.append_frame
    monkeypatch.setattr(ogr_files, "append_frame", lambda *a, **k: written.append(append(*a, **k)))
    fast = _run(run_alg, target("fast"))
    fast_table = _table(fast)
    assert len(written) == 1  # GDAL wrote this one
    with monkeypatch.context() as patch:
        patch.setattr(ogr_files, "gdal_can_write", lambda *args, **kwargs: False)
        slow = _run(run_alg, target("slow"))
        slow_table = _table(slow)
    assert fast_table == slow_table
    fields, crs, rows = fast_table
    assert crs == "EPSG:2154"
    assert len(rows) == 4  # two supplies x two demands within 50 km
    names = [name for name, _, _ in fields]
    level = names.index("level")
    assert all(row[level] is None for row, _ in rows)  # NULLs stay NULL
    texts = {value for row, _ in rows for value in row if isinstance(value, str)}
    assert {"Aciérie « Nord »", "Cimenterie Ōsaka-Dunkerque", "laitier-é1"} <= texts
    if path.endswith(".gpkg"):
        assert dict((n, t) for n, t, _ in fields)["synergy_id"] == "Integer64"
        assert dict((n, t) for n, t, _ in fields)["distance_m"] == "Real"
        assert fast.source().endswith("layername=synergies") or not layer


def test_memory_output_keeps_fields_crs_nulls_and_text(run_alg):
    layer = _run(run_alg, "memory:")
    fields, crs, rows = _table(layer)
    assert crs == "EPSG:2154"
    from qgis.PyQt.QtCore import QVariant

    kinds = {field.name(): field.type() for field in layer.fields()}
    assert kinds["synergy_id"] == QVariant.LongLong and kinds["distance_m"] == QVariant.Double
    assert kinds["supply_id"] == QVariant.String
    names = [name for name, _, _ in fields]
    assert all(row[names.index("level")] is None for row, _ in rows)
    assert {row[names.index("supplier_site")] for row, _ in rows} == {
        "Aciérie « Nord »",
        "Sucrerie de l'Yser",
    }


def test_geopackage_sources_read_by_gdal_give_the_same_synergies(run_alg, tmp_path, monkeypatch):
    """Sites and resources saved to a GeoPackage (read by GDAL in one call) give the rows that
    the same memory layers (read through QGIS) give."""
    import processing

    sites, resources = _inputs()
    source = tmp_path / "territory.gpkg"
    save = "native:savefeatures"
    processing.run(save, {"INPUT": sites, "OUTPUT": str(source), "LAYER_NAME": "sites"})
    processing.run(save, {"INPUT": resources, "OUTPUT": str(source), "LAYER_NAME": "resources",
                          "ACTION_ON_EXISTING_FILE": 1})  # fmt: skip
    from ite_qgis.qgis_bridge import ogr_files

    read = []
    original = ogr_files.read_file_layer
    def spy(*args):
        read.append(original(*args))
        return read[-1]

    monkeypatch.setattr(ogr_files, "read_file_layer", spy)
    from_file = _run(run_alg, "memory:", f"{source}|layername=sites",
                     f"{source}|layername=resources")  # fmt: skip
    assert len(read) == 2 and all(frame is not None for frame in read)  # both read by GDAL
    from_memory = _run(run_alg, "memory:")
    assert _table(from_file) == _table(from_memory)


@pytest.mark.parametrize("suffix", [".gpkg", ".shp"])
def test_whole_file_layer_read_by_gdal_is_what_qgis_reads(plugin, tmp_path, suffix):
    """Text (non-ASCII, empty, NULL), integers with and without NULLs, reals, dates and points:
    the frame GDAL reads equals the one read feature by feature through QGIS."""
    import geopandas as gpd
    import pandas as pd
    import pyogrio
    import shapely

    from ite_qgis.qgis_bridge import frames

    data = gpd.GeoDataFrame(
        {
            "name": ["Aciérie « Nord »", None, "", "Ōsaka"],
            "count": pd.array([1, None, 3, 4], dtype="Int64"),
            "whole": [1, 2, 3, 4],
            "value": [1.5, None, -2.25, 1e9],
            "day": pd.to_datetime(["2024-01-02", None, "1999-12-31", "2024-02-29"]),
        },
        geometry=[shapely.Point(1, 2), shapely.Point(3, 4), None, shapely.Point(5, 6)],
        crs=2154,
    )
    path = tmp_path / f"layer{suffix}"
    pyogrio.write_dataframe(data, path, layer="layer")
    uri = f"{path}|layername=layer" if suffix == ".gpkg" else str(path)
    layer = QgsVectorLayer(uri, "layer", "ogr")
    assert frames._utf8_shapefile(path, layer)  # pyogrio writes a UTF-8 .cpg
    keys = layer.dataProvider().pkAttributeIndexes()
    fid_name = layer.fields().at(keys[0]).name() if keys else None
    for geometry in (True, False):
        by_qgis = frames.source_to_frame(layer, geometry=geometry)
        by_gdal = frames._read_file(layer, (path, "layer", fid_name), geometry)
        assert by_gdal is not None
        pd.testing.assert_frame_equal(pd.DataFrame(by_gdal), pd.DataFrame(by_qgis))
