"""Importing straight into an existing territory: Processing's "Append to Layer…" on the sites
and resources of ite:importinventory (and ite:loadindustrialsites), as the dialog sets it up (an
output layer definition with a field mapping onto the territory's layer)."""

from __future__ import annotations

from pathlib import Path

import pytest
from qgis.core import (
    QgsApplication,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingOutputLayerDefinition,
    QgsProject,
    QgsProperty,
    QgsRemappingSinkDefinition,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis_cli import LogFeedback

INVENTORY = (
    "id_site;raison sociale;x;y;sens;code déchet;description;quantité;unité\n"
    "L1;Laminoir;654000;7106000;offre;;spent pickling acid;800;t/an\n"
    "L1;Laminoir;654000;7106000;offre;10 02 10;calamine;400;t/an\n"
    "C1;Cimenterie;652000;7104000;besoin;heat;;2 500;MWh/an\n"
)
OTHER_TABLES = ("flows", "catalogue_resources", "nace_codes")


def _run(algorithm_id, parameters):
    import processing

    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    return processing.run(algorithm_id, parameters, context=context, feedback=LogFeedback())


def _layer(territory: Path, name: str) -> QgsVectorLayer:
    layer = QgsVectorLayer(f"{territory}|layername={name}", name, "ogr")
    assert layer.isValid(), name
    return layer


def _append_to(territory: Path, name: str, form: str = "ogr:"
               ) -> QgsProcessingOutputLayerDefinition:
    """What "Append to Layer…" passes: the layer's URI (the QGIS dialog gives a GeoPackage
    layer's plain source, ``form`` ''; scripts often give its ``ogr:`` form) and a field mapping
    by name."""
    target = _layer(territory, name)
    mapping = QgsRemappingSinkDefinition()
    mapping.setDestinationFields(target.fields())
    mapping.setDestinationWkbType(target.wkbType())
    mapping.setDestinationCrs(target.crs())
    mapping.setFieldMap({f.name(): QgsProperty.fromField(f.name()) for f in target.fields()})
    definition = QgsProcessingOutputLayerDefinition(f"{form}{territory}|layername={name}")
    definition.setRemappingDefinition(mapping)
    return definition


def _rows(layer: QgsVectorLayer, names) -> list[tuple]:
    return sorted(tuple(f[n] for n in names) for f in layer.getFeatures())


def _hidden(folder: Path) -> list[str]:
    return [p.name for p in folder.rglob(".ite-*")]


@pytest.fixture
def territory(plugin, tmp_path) -> Path:
    path = tmp_path / "territory" / "t.gpkg"
    _run("ite:createterritory", {"CRS": "EPSG:2154", "OUTPUT": str(path)})
    return path


@pytest.fixture
def inventory(tmp_path) -> Path:
    path = tmp_path / "inventaire.csv"
    path.write_bytes(INVENTORY.encode("cp1252"))
    return path


def _import(inventory: Path, territory: Path | None, form: str = "ogr:", **outputs):
    if territory is not None:
        outputs = {"SITES": _append_to(territory, "sites", form),
                   "RESOURCES": _append_to(territory, "resources", form), **outputs}
    return _run("ite:importinventory", {
        "INPUT_FILE": str(inventory), "SOURCE_CRS": "EPSG:2154", "TARGET_CRS": "EPSG:2154",
        "REJECTED": "memory:", **outputs})


@pytest.mark.parametrize("form", ["ogr:", ""])
def test_import_appended_twice_into_a_territory(territory, inventory, form):
    others = {name: _rows(_layer(territory, name), _layer(territory, name).fields().names())
              for name in OTHER_TABLES}  # fmt: skip
    for run in (1, 2):
        _import(inventory, territory, form)
        sites, resources = _layer(territory, "sites"), _layer(territory, "resources")
        assert sites.featureCount() == 2 * run and resources.featureCount() == 3 * run
        assert _rows(sites, ("site_id", "name")) == sorted(
            [("C1", "Cimenterie"), ("L1", "Laminoir")] * run)
        assert _rows(resources, ("site_id", "resource", "quantity", "code_suggested")) == sorted(
            [("C1", "heat", 2500.0, 0), ("L1", "ewc:100210", 400.0, 0),
             ("L1", "ewc:110105", 800.0, 1)] * run)  # fmt: skip
        assert {f.geometry().asPoint().x() for f in sites.getFeatures()} == {652000, 654000}
    assert sites.wkbType() == QgsWkbTypes.Type.Point
    assert resources.wkbType() == QgsWkbTypes.Type.NoGeometry
    for name, rows in others.items():
        layer = _layer(territory, name)
        assert _rows(layer, layer.fields().names()) == rows, name
    assert _hidden(territory.parent) == []


def test_append_into_the_layer_the_run_reads_is_refused(territory):
    before = territory.read_bytes()
    with pytest.raises(QgsProcessingException, match="also the input"):
        _run("ite:importinventory", {
            "INPUT_TABLE": f"{territory}|layername=resources", "COORDINATES": 2,
            "JOIN_LAYER": f"{territory}|layername=sites", "JOIN_FIELD": "site_id",
            "TARGET_CRS": "EPSG:2154", "SITES": "memory:",
            "RESOURCES": _append_to(territory, "resources"), "REJECTED": "memory:"})
    assert territory.read_bytes() == before
    assert _hidden(territory.parent) == []


@pytest.mark.parametrize(("algorithm_id", "crs"), [
    ("ite:importinventory", "TARGET_CRS"), ("ite:loadindustrialsites", "CRS")])
def test_sites_and_resources_offer_append_with_their_fields(plugin, algorithm_id, crs):
    from qgis.core import Qgis

    algorithm = QgsApplication.processingRegistry().algorithmById(algorithm_id)
    context = QgsProcessingContext()
    for name, wkb_type in (("SITES", QgsWkbTypes.Type.Point),
                           ("RESOURCES", QgsWkbTypes.Type.NoGeometry)):
        assert algorithm.parameterDefinition(name).supportsAppend()
        properties = algorithm.sinkProperties(name, {crs: "EPSG:3035"}, context, {})
        assert properties.availability == Qgis.ProcessingPropertyAvailability.Available
        assert properties.wkbType == wkb_type and properties.crs.authid() == "EPSG:3035"
        assert properties.fields.names()[:2] == (
            ["site_id", "name"] if name == "SITES" else ["resource_id", "site_id"])
    assert not algorithm.parameterDefinition("REJECTED").supportsAppend()


def test_import_sink_properties_are_the_written_fields(plugin, inventory, tmp_path):
    """The fields the dialog maps are those the import writes, with the same types."""
    algorithm = QgsApplication.processingRegistry().algorithmById("ite:importinventory")
    result = _run("ite:importinventory", {
        "INPUT_FILE": str(inventory), "SOURCE_CRS": "EPSG:2154", "TARGET_CRS": "EPSG:2154",
        "SITES": str(tmp_path / "s.gpkg"), "RESOURCES": str(tmp_path / "r.gpkg"),
        "REJECTED": "memory:"})
    for name in ("SITES", "RESOURCES"):
        written = QgsVectorLayer(result[name]).fields()
        promised = algorithm.sinkProperties(name, {}, QgsProcessingContext(), {}).fields
        assert [(f.name(), f.type()) for f in promised] == [
            (f.name(), f.type()) for f in written if f.name() != "fid"]


def test_industrial_sites_appended_into_a_territory(territory):
    """The Hotmaps fields the territory has no column for are left out by the mapping."""
    result = _run("ite:loadindustrialsites", {
        "NUTS2": "ITC4", "CRS": "EPSG:2154", "SITES": _append_to(territory, "sites"),
        "RESOURCES": _append_to(territory, "resources"), "REJECTED": "memory:"})
    sites, resources = _layer(territory, "sites"), _layer(territory, "resources")
    assert sites.featureCount() == result["SITE_COUNT"] > 0
    assert resources.featureCount() == result["RESOURCE_COUNT"] > 0
    assert all(f["site_id"].startswith("hotmaps:") for f in sites.getFeatures())
    ids = {f["site_id"] for f in sites.getFeatures()}
    assert {f["site_id"] for f in resources.getFeatures()} <= ids
    assert all(f["quantity"] > 0 and f["unit"] for f in resources.getFeatures())


def test_import_appended_into_a_postgis_territory(pg_connection, inventory):
    """The same into a PostGIS territory; the mapping covers the import's fields, as the dialog
    maps them (the table's fid and row_version take their defaults)."""
    from ite_qgis.qgis_bridge.postgis import connection_uri, layer_uri

    _run("ite:createterritory", {
        "CRS": "EPSG:2154", "CONNECTION": pg_connection, "SCHEMA": "appended"})
    uri = connection_uri(pg_connection)
    algorithm = QgsApplication.processingRegistry().algorithmById("ite:importinventory")
    layers, outputs = {}, {}
    for name, table in (("SITES", "sites"), ("RESOURCES", "resources")):
        layers[table] = QgsVectorLayer(layer_uri(uri, "appended", table), table, "postgres")
        assert layers[table].isValid()
        names = algorithm.sinkProperties(name, {}, QgsProcessingContext(), {}).fields.names()
        mapping = QgsRemappingSinkDefinition()
        mapping.setDestinationFields(layers[table].fields())
        mapping.setFieldMap({n: QgsProperty.fromField(n) for n in names})
        outputs[name] = QgsProcessingOutputLayerDefinition(
            "postgres:" + layer_uri(uri, "appended", table))
        outputs[name].setRemappingDefinition(mapping)
    _import(inventory, None, **outputs)
    sites, resources = (QgsVectorLayer(layers[t].source(), t, "postgres")
                        for t in ("sites", "resources"))  # fmt: skip
    assert _rows(sites, ("site_id", "name")) == [("C1", "Cimenterie"), ("L1", "Laminoir")]
    assert _rows(resources, ("site_id", "resource", "quantity", "code_suggested")) == [
        ("C1", "heat", 2500.0, 0), ("L1", "ewc:100210", 400.0, 0),
        ("L1", "ewc:110105", 800.0, 1)]
    assert {f["row_version"] for f in resources.getFeatures()} == {1}
