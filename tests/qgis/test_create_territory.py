"""ite:createterritory through Processing, as a user runs it."""

from __future__ import annotations

import sqlite3

import pytest
from qgis.core import QgsProcessingException, QgsProject, QgsVectorLayer, QgsWkbTypes
from qgis.PyQt.QtCore import QVariant
from qgis_cli import qgis_process


def _tables(path):
    with sqlite3.connect(path) as db:
        return {
            row[0]: row[1] for row in db.execute("SELECT table_name, data_type FROM gpkg_contents")
        }


def test_creates_the_schema_styles_and_forms(run_alg, tmp_path):
    output = tmp_path / "dunkirk.gpkg"
    result = run_alg("ite:createterritory", {"CRS": "EPSG:2154", "OUTPUT": str(output)})
    assert result["OUTPUT"] == str(output)
    tables = _tables(output)
    assert tables["sites"] == "features" and tables["flows"] == "features"
    assert tables["resources"] == "attributes"
    assert tables["catalogue_resources"] == "attributes" and tables["nace_codes"] == "attributes"
    sites = QgsVectorLayer(f"{output}|layername=sites", "sites", "ogr")
    assert sites.crs().authid() == "EPSG:2154"
    assert QgsWkbTypes.geometryType(sites.wkbType()) == QgsWkbTypes.GeometryType.PointGeometry
    assert [f.name() for f in sites.fields()][1:] == [
        "site_id",
        "name",
        "operator",
        "address",
        "nace",
        "status",
        "employees",
        "confidential",
    ]
    resources = QgsVectorLayer(f"{output}|layername=resources", "resources", "ogr")
    assert "cost_eur_per_unit" in resources.fields().names()
    # Styles and forms are stored as each layer's default, so any QGIS opening the file gets them.
    with sqlite3.connect(output) as db:
        styles = dict(db.execute("SELECT f_table_name, useAsDefault FROM layer_styles"))
    assert set(styles) == {"sites", "resources", "flows", "catalogue_resources", "nace_codes"}
    assert set(styles.values()) == {1}
    widget = resources.editorWidgetSetup(resources.fields().indexOf("direction"))
    assert widget.type() == "ValueMap"
    assert {list(d.values())[0] for d in widget.config()["map"]} == {"supply", "demand"}
    resource_widget = resources.editorWidgetSetup(resources.fields().indexOf("resource"))
    assert resource_widget.type() == "ValueRelation" and resource_widget.config()["UseCompleter"]
    nace = sites.editorWidgetSetup(sites.fields().indexOf("nace"))
    assert nace.type() == "ValueRelation"
    codes = QgsVectorLayer(f"{output}|layername=nace_codes", "n", "ogr")
    assert codes.featureCount() == 615 + 272 + 88  # classes, groups and divisions
    catalogue = QgsVectorLayer(f"{output}|layername=catalogue_resources", "c", "ogr")
    assert catalogue.featureCount() > 300
    assert "heat" in {f["code"] for f in catalogue.getFeatures()}
    assert not (tmp_path / "dunkirk.partial.gpkg").exists()


def test_loads_as_one_group_with_relation(plugin, tmp_path):
    import processing
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback

    project = QgsProject()
    context = QgsProcessingContext()
    context.setProject(project)
    output = tmp_path / "territory.gpkg"
    processing.runAndLoadResults(
        "ite:createterritory",
        {"CRS": "EPSG:3035", "OUTPUT": str(output)},
        context=context,
        feedback=QgsProcessingFeedback(),
    )
    group = project.layerTreeRoot().findGroup("territory")
    assert group is not None
    assert sorted(node.layer().name() for node in group.findLayers()) == [
        "catalogue_resources",
        "flows",
        "nace_codes",
        "resources",
        "sites",
    ]
    relations = project.relationManager().relations()
    assert len(relations) == 1
    relation = next(iter(relations.values()))
    assert relation.referencedLayer().name() == "sites"
    assert relation.referencingLayer().name() == "resources"
    assert relation.fieldPairs() == {"site_id": "site_id"}


def test_geographic_crs_is_refused_and_writes_nothing(run_alg, tmp_path):
    output = tmp_path / "t.gpkg"
    with pytest.raises(QgsProcessingException, match="geographic CRS EPSG:4326"):
        run_alg("ite:createterritory", {"CRS": "EPSG:4326", "OUTPUT": str(output)})
    assert list(tmp_path.iterdir()) == []


def test_bad_user_catalogue_is_refused_and_writes_nothing(run_alg, tmp_path):
    bad = tmp_path / "mine.csv"
    bad.write_text("code;whatever\nfoo;bar\n", encoding="utf-8")
    output = tmp_path / "t.gpkg"
    with pytest.raises(QgsProcessingException):
        run_alg(
            "ite:createterritory",
            {"CRS": "EPSG:2154", "CATALOGUE": str(bad), "OUTPUT": str(output)},
        )
    assert not output.exists()


def test_runs_through_qgis_process(tmp_path):
    config = tmp_path / "profile"
    qgis_process("plugins", "enable", "ite_qgis", config=config)
    output = tmp_path / "cli.gpkg"
    qgis_process(
        "run", "ite:createterritory", "--", "CRS=EPSG:2154", f"OUTPUT={output}", config=config
    )
    assert "sites" in _tables(output)


def test_resources_have_the_code_suggested_flag_with_a_checkbox(run_alg, tmp_path):
    output = tmp_path / "flags.gpkg"
    run_alg("ite:createterritory", {"CRS": "EPSG:2154", "OUTPUT": str(output)})
    resources = QgsVectorLayer(f"{output}|layername=resources", "resources", "ogr")
    names = resources.fields().names()
    assert names[-2:] == ["confidential", "code_suggested"]
    index = names.index("code_suggested")
    assert resources.fields().at(index).type() in (QVariant.Int, QVariant.LongLong)
    widget = resources.editorWidgetSetup(index)
    assert widget.type() == "CheckBox"
    assert (widget.config()["CheckedState"], widget.config()["UncheckedState"]) == ("1", "0")
    # A row added in the form starts unflagged.
    assert resources.defaultValueDefinition(index).expression() == "0"


def test_a_territory_made_before_code_suggested_still_loads_and_runs(plugin, run_alg, tmp_path):
    from qgis.core import QgsCoordinateReferenceSystem, QgsProcessingUtils

    from ite_qgis.core.samples.dunkirk import sample_territory
    from ite_qgis.qgis_bridge.territory import load_territory, write_territory

    sites, resources, flows = sample_territory()
    crs = QgsCoordinateReferenceSystem("EPSG:2154")
    paths = {}
    for name, frame in (("old", resources.drop(columns="code_suggested")), ("new", resources)):
        paths[name] = write_territory(tmp_path / f"{name}.gpkg", crs, sites=sites,
                                      resources=frame, flows=flows)
    project = QgsProject()
    old = load_territory(paths["old"], project)["resources"]
    assert "code_suggested" not in old.fields().names()
    assert old.editorWidgetSetup(old.fields().indexOf("confidential")).type() == "CheckBox"
    lines = {}
    for name, path in paths.items():
        inputs = {"SITES": f"{path}|layername=sites", "RESOURCES": f"{path}|layername=resources"}
        report = run_alg("ite:validateinventory", {**inputs, "REPORT": "memory:"})
        assert report["ERRORS"] == 0
        result = run_alg("ite:findsynergies", {**inputs, "SYNERGIES": "memory:"})
        layer = result["SYNERGIES"]
        layer = layer if isinstance(layer, QgsVectorLayer) else \
            QgsProcessingUtils.mapLayerFromString(layer, None)
        lines[name] = sorted(tuple(str(v) for v in f.attributes()[1:]) for f in layer.getFeatures())
    assert lines["old"] and lines["old"] == lines["new"]
