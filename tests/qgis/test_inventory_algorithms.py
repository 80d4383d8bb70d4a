"""ite:importinventory, ite:validateinventory and the Dunkirk sample, through real QGIS."""

from __future__ import annotations

import hashlib

import pytest
from qgis.core import QgsProcessingException, QgsProject, QgsVectorLayer


def _layer(result, key):
    from qgis.core import QgsProcessingUtils

    return (
        result[key]
        if isinstance(result[key], QgsVectorLayer)
        else QgsProcessingUtils.mapLayerFromString(result[key], None)
    )


LONG_CSV = (
    "id_site;raison sociale;code NAF;lon;lat;sens;code déchet;quantité;unité\n"
    "A1;Aciérie du Nord;2410;2,29;51,033;offre;10 02 02;1 900 000;t/an\n"
    "\n"
    "A1;Aciérie du Nord;2410;2,29;51,033;offre;heat;110;GWh/an\n"
    "B2;Cimenterie Côte d'Opale;23.51;2,205;51,02;besoin;material:clinker-substitute;400 000;t/an\n"
    "B2;Cimenterie Côte d'Opale;23.51;2,205;51,02;besoin;unobtainium;5;t/an\n"
)


def test_import_latin1_semicolon_decimal_comma_with_empty_line(run_alg, tmp_path):
    path = tmp_path / "inventaire.csv"
    path.write_bytes(LONG_CSV.encode("latin-1"))
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    result = run_alg(
        "ite:importinventory",
        {
            "INPUT_FILE": str(path),
            "SOURCE_CRS": "EPSG:4326",
            "TARGET_CRS": "EPSG:2154",
            "SITES": "memory:",
            "RESOURCES": "memory:",
            "REJECTED": "memory:",
        },
    )
    sites, resources, rejected = (_layer(result, k) for k in ("SITES", "RESOURCES", "REJECTED"))
    assert sites.featureCount() == 2 and sites.crs().authid() == "EPSG:2154"
    names = {f["site_id"]: f["name"] for f in sites.getFeatures()}
    assert names == {"A1": "Aciérie du Nord", "B2": "Cimenterie Côte d'Opale"}
    by_code = {f["resource"]: f for f in resources.getFeatures()}
    assert by_code["ewc:100202"]["quantity"] == pytest.approx(1_900_000)
    assert (
        by_code["heat"]["quantity"] == pytest.approx(110_000)
        and by_code["heat"]["unit"] == "MWh/yr"
    )
    assert by_code["ewc:100202"]["direction"] == "supply"
    assert by_code["material:clinker-substitute"]["direction"] == "demand"
    errors = [f for f in rejected.getFeatures() if f["severity"] == "error"]
    assert len(errors) == 1 and errors[0]["row"] == 6 and "unobtainium" in errors[0]["reason"]
    a1 = next(sites.getFeatures("site_id = 'A1'")).geometry().asPoint()
    assert a1.x() == pytest.approx(649_700, abs=2_000) and a1.y() == pytest.approx(
        7_105_000, abs=3_000
    )
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before  # input never changed


def test_degrees_given_with_a_metric_crs_are_rejected(run_alg, tmp_path):
    path = tmp_path / "inv.csv"
    path.write_text(
        "site_id,name,x,y,direction,resource,quantity,unit\n"
        "S1,Plant,2.29,51.03,supply,heat,100,MWh/yr\n",
        encoding="utf-8",
    )
    result = run_alg(
        "ite:importinventory",
        {
            "INPUT_FILE": str(path),
            "SOURCE_CRS": "EPSG:2154",
            "SITES": "memory:",
            "RESOURCES": "memory:",
            "REJECTED": "memory:",
        },
    )
    assert _layer(result, "SITES").featureCount() == 0
    reasons = [f["reason"] for f in _layer(result, "REJECTED").getFeatures()]
    assert len(reasons) == 1 and "degrees" in reasons[0]


def test_duplicate_site_ids_with_different_places_are_rejected(run_alg, tmp_path):
    path = tmp_path / "inv.csv"
    path.write_text(
        "site_id,name,x,y,direction,resource,quantity,unit\n"
        "S1,Plant,2.29,51.03,supply,heat,100,MWh/yr\n"
        "S1,Other plant,2.40,51.05,supply,steam,50,MWh/yr\n",
        encoding="utf-8",
    )
    result = run_alg(
        "ite:importinventory",
        {
            "INPUT_FILE": str(path),
            "SITES": "memory:",
            "RESOURCES": "memory:",
            "REJECTED": "memory:",
        },
    )
    assert _layer(result, "SITES").featureCount() == 1
    rejected = list(_layer(result, "REJECTED").getFeatures())
    assert [f["row"] for f in rejected if f["severity"] == "error"] == [3]


def test_missing_input_and_geographic_target_give_clear_messages(run_alg, tmp_path):
    with pytest.raises(QgsProcessingException, match="inventory file or an inventory table"):
        run_alg(
            "ite:importinventory",
            {"SITES": "memory:", "RESOURCES": "memory:", "REJECTED": "memory:"},
        )
    path = tmp_path / "inv.csv"
    path.write_text("site_id,x,y\nS1,2.29,51.03\n", encoding="utf-8")
    with pytest.raises(QgsProcessingException, match="geographic CRS"):
        run_alg(
            "ite:importinventory",
            {
                "INPUT_FILE": str(path),
                "TARGET_CRS": "EPSG:4326",
                "SITES": "memory:",
                "RESOURCES": "memory:",
                "REJECTED": "memory:",
            },
        )
    missing = tmp_path / "nope.csv"
    with pytest.raises(QgsProcessingException):
        run_alg(
            "ite:importinventory",
            {
                "INPUT_FILE": str(missing),
                "SITES": "memory:",
                "RESOURCES": "memory:",
                "REJECTED": "memory:",
            },
        )


def test_sample_territory_and_validation(run_alg, tmp_path):
    output = tmp_path / "dunkirk.gpkg"
    result = run_alg("ite:sampleterritory", {"OUTPUT": str(output)})
    sites = QgsVectorLayer(f"{output}|layername=sites", "sites", "ogr")
    resources = QgsVectorLayer(f"{output}|layername=resources", "resources", "ogr")
    flows = QgsVectorLayer(f"{output}|layername=flows", "flows", "ogr")
    assert 20 <= sites.featureCount() <= 30 and sites.crs().authid() == "EPSG:2154"
    assert resources.featureCount() > 50 and flows.featureCount() > 10
    heat_link = next(flows.getFeatures("from_site = 'DK01' AND resource = 'heat'"))
    assert heat_link.geometry().length() > 1_000  # metres between steelworks and DH operator
    assert result["HEAT_GRID"].endswith("heat_demand_synthetic.asc")
    report = run_alg(
        "ite:validateinventory",
        {"SITES": sites, "RESOURCES": resources, "FLOWS": flows, "REPORT": "memory:"},
    )
    assert report["ERRORS"] == 0


def test_validation_reports_a_broken_inventory(run_alg):
    sites = QgsVectorLayer(
        "Point?crs=EPSG:2154&field=site_id:string&field=name:string&field=status:string",
        "s",
        "memory",
    )
    resources = QgsVectorLayer(
        "None?field=resource_id:string&field=site_id:string&field=direction:string"
        "&field=resource:string&field=quantity:double&field=unit:string",
        "r",
        "memory",
    )
    from qgis.core import QgsFeature, QgsGeometry, QgsPointXY

    for site_id in ("S1", "S1"):
        feature = QgsFeature(sites.fields())
        feature.setAttributes([site_id, "Plant", "existing"])
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(650000, 7100000)))
        sites.dataProvider().addFeature(feature)
    rows = [
        ["R1", "S1", "supply", "ewc:999999", 10.0, "t/yr"],
        ["R2", "S9", "supply", "heat", -5.0, "MWh/yr"],
    ]
    for row in rows:
        feature = QgsFeature(resources.fields())
        feature.setAttributes(row)
        resources.dataProvider().addFeature(feature)
    result = run_alg(
        "ite:validateinventory", {"SITES": sites, "RESOURCES": resources, "REPORT": "memory:"}
    )
    report = result["REPORT"]
    layer = report if isinstance(report, QgsVectorLayer) else _layer(result, "REPORT")
    problems = {f["problem"] for f in layer.getFeatures()}
    assert {"duplicate_id", "unknown_code", "orphan_resource", "negative_quantity"} <= problems
    assert result["ERRORS"] >= 4
    assert sites.featureCount() == 2 and resources.featureCount() == 2  # inputs untouched


def test_load_sample_from_the_menu_function(plugin, tmp_path):
    from ite_qgis.qgis_bridge.sample import load_sample

    project = QgsProject()
    layers = load_sample(tmp_path, project)
    group = project.layerTreeRoot().findGroup("Dunkirk (sample territory)")
    assert group is not None and len(group.findLayers()) == 6
    sites = layers["sites"]
    assert sites.renderer().type() == "categorizedSymbol"  # default style from the GeoPackage
    assert sites.labelsEnabled()
    assert sites.editorWidgetSetup(sites.fields().indexOf("status")).type() == "ValueMap"
    assert len(project.relationManager().relations()) == 1
    assert layers["heat_grid"].crs().authid() == "EPSG:2154"
    assert layers["heat_grid"].width() > 100
