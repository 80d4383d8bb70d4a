"""The input-validation layer through the algorithms: one number parser everywhere, rows left
out named in the log, an optional column missing said with what is lost, null ids refused."""

from __future__ import annotations

import pytest
from qgis.core import QgsFeature, QgsGeometry, QgsProcessingException, QgsVectorLayer
from qgis_cli import LogFeedback
from test_synergy_algorithms import _rows, features, find, resources_layer, run, sites_layer


def text_resources(rows) -> QgsVectorLayer:
    """The resources as a memory table whose every field is text (as a CSV opened in QGIS)."""
    names = [n for n in rows[0] if n != "description"]
    fields = "&".join(f"field={n}:string" for n in names)
    layer = QgsVectorLayer(f"None?{fields}", "resources", "memory")
    for row in rows:
        feature = QgsFeature(layer.fields())
        feature.setAttributes([row[n] or None for n in names])
        layer.dataProvider().addFeature(feature)
    return layer


@pytest.fixture(scope="module")
def candidates(plugin):
    return find(plugin, sites_layer("EPSG:2154"))["SYNERGIES"]


def allocate(plugin, synergies, resources, feedback=None):
    return run(
        plugin,
        "ite:allocatesynergies",
        {"SYNERGIES": synergies, "RESOURCES": resources, "CHOSEN": "memory:",
         "RESIDUAL": "memory:"},
        feedback,
    )


def test_allocation_reads_1_900_000_as_a_number(plugin, candidates):
    # R001, the blast-furnace slag, is 1900000 t/yr in the sample; written with spaces it was
    # read as nothing and the tonnage diverted fell 16-fold.
    rows = _rows("resources.csv")
    spaced = [{**r, "quantity": "1 900 000"} if r["resource_id"] == "R001" else r for r in rows]
    plain = allocate(plugin, candidates, resources_layer())
    feedback = LogFeedback()
    text = allocate(plugin, candidates, text_resources(spaced), feedback)
    assert text["T_YR"] == pytest.approx(plain["T_YR"]) and plain["T_YR"] > 1_000_000
    residual = {f["resource_id"]: f for f in features(text["RESIDUAL"])}
    assert residual["R001"]["quantity"] == pytest.approx(1_900_000.0)
    assert not any("R001" in w for w in feedback.warnings)


def test_allocation_names_the_resources_and_lines_it_leaves_out(plugin, candidates):
    rows = _rows("resources.csv")
    bad = {"R001": "lots", "R002": "1e308", "R003": "-5"}
    rows = [{**r, "quantity": bad.get(r["resource_id"], r["quantity"])} for r in rows]
    feedback = LogFeedback()
    result = allocate(plugin, candidates, text_resources(rows), feedback)
    warnings = "\n".join(feedback.warnings)
    assert "1 rows have a quantity that is not a number and were left out: R001" in warnings
    assert "larger than any single site's" in warnings and "left out: R002" in warnings
    assert "1 rows have a negative quantity and were left out: R003" in warnings
    chosen = features(result["CHOSEN"])
    assert chosen and not {"R001", "R002", "R003"} & {c["supply_id"] for c in chosen}
    assert all(c["allocated_quantity"] < 1e12 for c in chosen)


def test_sites_without_nace_lose_the_inferred_candidates_and_say_so(plugin):
    layer = QgsVectorLayer("Point?crs=EPSG:2154&field=site_id:string", "sites", "memory")
    for f in sites_layer("EPSG:2154").getFeatures():
        feature = QgsFeature(layer.fields())
        feature.setAttributes([f["site_id"]])
        feature.setGeometry(QgsGeometry(f.geometry()))
        layer.dataProvider().addFeature(feature)
    feedback = LogFeedback()
    result = find(plugin, layer, feedback=feedback)
    assert any(
        "has no 'nace' column" in w and "knowledge-based (inferred) candidate is lost" in w
        for w in feedback.warnings
    )
    assert {f["match_kind"] for f in features(result["SYNERGIES"])} <= {"exact", "compatible"}


def test_validateinventory_reports_the_missing_nace_column(plugin, run_logged):
    layer = QgsVectorLayer("Point?crs=EPSG:2154&field=site_id:string", "sites", "memory")
    for f in sites_layer("EPSG:2154").getFeatures():
        feature = QgsFeature(layer.fields())
        feature.setAttributes([f["site_id"]])
        feature.setGeometry(QgsGeometry(f.geometry()))
        layer.dataProvider().addFeature(feature)
    result, feedback = run_logged(
        "ite:validateinventory",
        {"SITES": layer, "RESOURCES": resources_layer(), "REPORT": "memory:"},
    )
    rows = [r for r in features(result["REPORT"]) if r["problem"] == "missing_column"]
    assert [(r["table"], r["field"], r["severity"]) for r in rows] == [
        ("sites", "nace", "warning")
    ]
    assert not any("No problem found" in line for line in feedback.infos)


def test_an_empty_sites_layer_is_said_empty_not_without_crs(plugin, tmp_path):
    empty = QgsVectorLayer("Point?crs=EPSG:2154&field=site_id:string", "sites", "memory")
    with pytest.raises(QgsProcessingException, match="The sites layer is empty"):
        find(plugin, empty, SYNERGIES=str(tmp_path / "s.gpkg"))


def _heat_sources(ids):
    layer = QgsVectorLayer(
        "Point?crs=EPSG:2154&field=site_id:string&field=heat_mwh_yr:string", "s", "memory"
    )
    for i, site_id in enumerate(ids):
        feature = QgsFeature(layer.fields())
        feature.setAttributes([site_id, "1 000"])
        feature.setGeometry(QgsGeometry.fromWkt(f"POINT({700000 + i} 7000000)"))
        layer.dataProvider().addFeature(feature)
    return layer


def _heat_resources(site_ids):
    layer = QgsVectorLayer(
        "None?field=resource_id:string&field=site_id:string&field=direction:string"
        "&field=resource:string&field=quantity:string&field=unit:string",
        "r", "memory",
    )
    for i, site_id in enumerate(site_ids):
        feature = QgsFeature(layer.fields())
        feature.setAttributes([f"R{i + 1}", site_id, "supply", "heat", "50 000", "MWh/yr"])
        layer.dataProvider().addFeature(feature)
    return layer


def _area():
    layer = QgsVectorLayer(
        "Polygon?crs=EPSG:2154&field=area_id:integer&field=demand_gwh_yr:double", "a", "memory"
    )
    feature = QgsFeature(layer.fields())
    feature.setAttributes([1, 40.0])
    feature.setGeometry(QgsGeometry.fromWkt(
        "POLYGON((701000 7000000, 702000 7000000, 702000 7001000, 701000 7001000, "
        "701000 7000000))"
    ))
    layer.dataProvider().addFeature(feature)
    return layer


def test_wasteheatdh_refuses_null_site_ids_instead_of_mixing_them(plugin, run_logged, tmp_path):
    outputs = {"LINKS": str(tmp_path / "l.gpkg"), "SUMMARY": str(tmp_path / "s.gpkg")}
    null_ids = r"2 features have no site_id \(features 2, 3\)"
    with pytest.raises(QgsProcessingException, match=null_ids):
        run_logged("ite:wasteheatdh", {"SOURCES": _heat_sources(["A", None, None]),
                                       "RESOURCES": _heat_resources(["A", None]),
                                       "AREAS": _area(), **outputs})
    # A resource without site_id is named, not attached to some other site.
    result, feedback = run_logged(
        "ite:wasteheatdh",
        {"SOURCES": _heat_sources(["A", "B"]), "RESOURCES": _heat_resources(["A", None]),
         "AREAS": _area(), "LINKS": "memory:", "SUMMARY": "memory:"},
    )
    assert any("1 resources have no site_id and were left out: R2" in w
               for w in feedback.warnings)
    summary = features(result["SUMMARY"])
    assert [row["source_id"] for row in summary] == ["R1"]
    assert summary[0]["heat_mwh_yr"] == pytest.approx(50_000.0)
