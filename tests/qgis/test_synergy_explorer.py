"""The planner's desktop with real widgets (pytest-qt, under Xvfb): the synergy explorer dock on
the Dunkirk sample's synergies, the review with undo, accepting into flows, the "Place site" map
tool, and the ITE layers preselected in the Processing dialogs."""

from __future__ import annotations

from html import escape

import pytest
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeatureRequest,
    QgsPointXY,
    QgsProject,
    QgsRectangle,
    QgsVectorLayer,
)
from qgis.gui import QgsGui, QgsMapCanvas
from qgis.PyQt.QtCore import QPoint, Qt
from qgis.PyQt.QtWidgets import QLineEdit

pytestmark = pytest.mark.usefixtures("plugin")


@pytest.fixture(scope="module")
def dunkirk(plugin, tmp_path_factory):
    """The Dunkirk sample territory and its synergies, loaded into the project."""
    import processing

    from ite_qgis import assets
    from ite_qgis.qgis_bridge.territory import load_territory

    # The QGIS desktop registers the form's editor widgets at start; a bare application must.
    QgsGui.editorWidgetRegistry().initEditors()
    path = tmp_path_factory.mktemp("explorer") / "dunkirk.gpkg"
    processing.run("ite:sampleterritory", {"CRS": "EPSG:2154", "OUTPUT": str(path)})
    project = QgsProject.instance()
    layers = load_territory(path, project, "Dunkirk")
    found = processing.run(
        "ite:findsynergies",
        {"SITES": layers["sites"], "RESOURCES": layers["resources"], "SYNERGIES": "memory:"},
    )
    base = found["SYNERGIES"]
    assert base.featureCount() > 100
    layers["base"] = base
    layers["style"] = str(assets.style_path("synergies"))
    yield layers
    for layer in layers.values():
        if isinstance(layer, QgsVectorLayer) and project.mapLayer(layer.id()) is not None:
            layer.rollBack()
    project.clear()


@pytest.fixture
def synergies(dunkirk):
    """A fresh copy of the synergies (a test's review does not leak into the next)."""
    layer = dunkirk["base"].materialize(QgsFeatureRequest())
    layer.setName("Candidate synergies")
    layer.loadNamedStyle(dunkirk["style"])
    QgsProject.instance().addMapLayer(layer)
    yield layer
    layer.rollBack()
    dunkirk["flows"].rollBack()
    dunkirk["sites"].rollBack()
    QgsProject.instance().removeMapLayer(layer.id())


@pytest.fixture
def canvas(qtbot, dunkirk):
    widget = QgsMapCanvas()
    qtbot.addWidget(widget)
    widget.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:3857"))
    widget.setLayers([dunkirk["sites"]])
    widget.resize(800, 600)
    widget.setExtent(_in_canvas(widget, dunkirk["sites"].extent(), dunkirk["sites"]))
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _in_canvas(canvas, rectangle, layer) -> QgsRectangle:
    transform = QgsCoordinateTransform(
        layer.crs(), canvas.mapSettings().destinationCrs(), QgsProject.instance()
    )
    return transform.transformBoundingBox(rectangle)


@pytest.fixture
def dock(qtbot, canvas, synergies):
    from ite_qgis.gui.synergy_explorer import SynergyExplorerDock

    widget = SynergyExplorerDock(canvas)
    qtbot.addWidget(widget)
    widget.resize(900, 800)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    widget.cleanup()


def _column(dock, field):
    return dock.model.column_of(field)


def _shown(dock, field):
    """The raw values of ``field`` in the rows shown, in table order."""
    from ite_qgis.gui.synergy_model import FID_ROLE

    proxy = dock.proxy
    fids = [proxy.data(proxy.index(row, 0), FID_ROLE) for row in range(proxy.rowCount())]
    return [dock.model.record(dock.model.row_of(fid))[field] for fid in fids]


def _click_row(qtbot, dock, row):
    index = dock.proxy.index(row, _column(dock, "resource"))
    rect = dock.table.visualRect(index)
    qtbot.mouseClick(dock.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    return dock.current_fid


def test_dock_lists_the_synergies_of_the_layer_it_finds(dock, synergies):
    assert dock.layer_combo.currentLayer() is synergies
    assert dock.model.rowCount() == synergies.featureCount() == dock.proxy.rowCount()
    # Only line layers with the synergy fields are offered: not the flows layer.
    offered = [dock.layer_combo.layer(i) for i in range(dock.layer_combo.count())]
    assert [layer for layer in offered if layer is not None] == [synergies]
    assert f"{synergies.featureCount()} of {synergies.featureCount()}" in dock.count_label.text()
    # Sorted by net benefit, best first, on opening.
    benefits = _shown(dock, "net_benefit_eur_yr")
    assert benefits == sorted(benefits, reverse=True)


def test_sort_by_clicking_the_distance_header(qtbot, dock):
    header = dock.table.horizontalHeader()
    column = _column(dock, "distance_m")
    position = QPoint(header.sectionViewportPosition(column) + 5, header.height() // 2)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=position)
    first = _shown(dock, "distance_m")
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=position)
    second = _shown(dock, "distance_m")
    assert {tuple(first), tuple(second)} == {
        tuple(sorted(first)),
        tuple(sorted(first, reverse=True)),
    }
    assert first != second
    # Numbers sort as numbers, not as text.
    assert sorted(first)[-1] > 10_000 > sorted(first)[0]


def test_filters_family_match_distance_benefit(dock, synergies):
    records = [f.attributes() for f in synergies.getFeatures()]
    names = synergies.fields().names()
    rows = [dict(zip(names, values, strict=True)) for values in records]
    dock.family_combo.setCurrentIndex(dock.family_combo.findData("heat"))
    assert set(_shown(dock, "family")) == {"heat"}
    assert dock.proxy.rowCount() == sum(r["family"] == "heat" for r in rows)
    assert dock.family_combo.currentText() == "Heat"
    dock.match_combo.setCurrentIndex(dock.match_combo.findData("compatible"))
    dock.max_distance.setValue(5.0)  # km
    dock.min_benefit.setValue(100_000.0)
    expected = [
        r for r in rows
        if r["family"] == "heat" and r["match_kind"] == "compatible"
        and r["distance_m"] <= 5000 and r["net_benefit_eur_yr"] >= 100_000
    ]  # fmt: skip
    assert 0 < len(expected) < sum(r["family"] == "heat" for r in rows)
    assert dock.proxy.rowCount() == len(expected)
    assert max(_shown(dock, "distance_m")) <= 5000
    assert min(_shown(dock, "net_benefit_eur_yr")) >= 100_000
    assert f"{len(expected)} of {len(rows)}" in dock.count_label.text()
    # Back to "Any": everything again.
    dock.family_combo.setCurrentIndex(0)
    dock.match_combo.setCurrentIndex(0)
    dock.max_distance.setValue(0.0)
    dock.min_benefit.setValue(dock.min_benefit.minimum())
    assert dock.proxy.rowCount() == len(rows)


def test_select_zooms_flashes_both_sites_and_explains(qtbot, dock, canvas, dunkirk, synergies):
    full = canvas.extent()
    fid = _click_row(qtbot, dock, 0)
    feature = synergies.getFeature(fid)
    line = feature.geometry().asPolyline()
    to_canvas = QgsCoordinateTransform(
        synergies.crs(), canvas.mapSettings().destinationCrs(), QgsProject.instance()
    )
    extent = canvas.extent()
    for point in (line[0], line[-1]):
        assert extent.contains(to_canvas.transform(point))
    assert extent.width() < full.width()
    assert synergies.selectedFeatureIds() == [fid]
    # Both sites flashed: the supplier's and the receiver's features of the sites layer.
    sites = dunkirk["sites"]
    expected = sorted(
        f.id() for f in sites.getFeatures()
        if f["site_id"] in (feature["supplier_site"], feature["receiver_site"])
    )  # fmt: skip
    assert len(expected) == 2 and dock.last_flash == ("sites", expected)
    text = dock.details.toPlainText()
    supplier = next(f for f in sites.getFeatures() if f["site_id"] == feature["supplier_site"])
    assert supplier["name"] in text and feature["supplier_site"] in text
    assert feature["rule"] in text
    assert "Why it was proposed" in text and "Net benefit (EUR/yr)" in text
    assert f"{feature['net_benefit_eur_yr']:,.0f}" in text
    assert f"{feature['distance_m'] / 1000:,.1f} km" in text


def test_status_and_comment_are_saved_in_the_layer_and_undone(qtbot, dock, synergies):
    assert "status" not in synergies.fields().names()
    fid = _click_row(qtbot, dock, 2)
    index = dock.status_combo.findData("to_discuss")
    dock.status_combo.setCurrentIndex(index)
    dock.status_combo.activated.emit(index)
    assert synergies.isEditable()
    assert {"status", "comment"} <= set(synergies.fields().names())
    assert synergies.getFeature(fid)["status"] == "to_discuss"
    # Stored in English, shown in the user's language, in the table too.
    row = dock.proxy.mapFromSource(dock.model.index(dock.model.row_of(fid), 0))
    assert dock.proxy.data(row) == "To discuss"
    qtbot.keyClicks(dock.comment_edit, "Ask both plant managers")
    qtbot.mouseClick(dock.save_comment_button, Qt.MouseButton.LeftButton)
    assert synergies.getFeature(fid)["comment"] == "Ask both plant managers"
    others = [f for f in synergies.getFeatures() if f.id() != fid]
    assert not any(f["status"] for f in others)
    # Ctrl+Z in QGIS is the layer's undo stack: the comment goes first, then the status.
    stack = synergies.undoStack()
    assert stack.undoText() == "Synergy comment"
    stack.undo()
    assert not synergies.getFeature(fid)["comment"]
    assert synergies.getFeature(fid)["status"] == "to_discuss"
    assert dock.comment_edit.text() == ""
    stack.undo()
    assert not synergies.getFeature(fid)["status"]
    assert dock.proxy.data(row) == "Candidate"
    assert dock.status_combo.currentData() == "candidate"
    stack.undo()  # the review fields themselves
    assert "status" not in synergies.fields().names()
    assert dock.model.rowCount() == synergies.featureCount()
    stack.redo()
    stack.redo()
    assert synergies.getFeature(fid)["status"] == "to_discuss"


def test_accept_two_synergies_into_flows_in_one_step(qtbot, dock, synergies, dunkirk):
    flows = dunkirk["flows"]
    before = flows.featureCount()
    known = {(f["from_site"], f["to_site"], f["resource"]) for f in flows.getFeatures()}
    new_rows = [
        row for row in range(dock.proxy.rowCount())
        if tuple(_shown(dock, name)[row] for name in ("supplier_site", "receiver_site",
                                                      "resource")) not in known
    ]  # fmt: skip
    fids = []
    for row in new_rows[:2]:
        fids.append(_click_row(qtbot, dock, row))
        assert dock.set_status("accepted")
    rejected = _click_row(qtbot, dock, new_rows[2])
    dock.set_status("rejected")
    assert rejected not in fids
    assert dock.flows_combo.currentLayer() is flows
    qtbot.mouseClick(dock.accept_button, Qt.MouseButton.LeftButton)
    assert flows.featureCount() == before + 2
    added = [f for f in flows.getFeatures() if f.id() < 0]  # new, not yet saved
    pairs = {(f["from_site"], f["to_site"], f["resource"]) for f in added}
    expected = {
        (s["supplier_site"], s["receiver_site"], s["resource"])
        for s in synergies.getFeatures(fids)
    }
    assert pairs == expected
    assert {f["status"] for f in added} == {"planned"}
    for flow in added:
        assert flow["flow_id"].startswith("F-") and flow["quantity"] > 0 and flow["unit"]
        assert flow.geometry().length() > 0
    assert "2 planned flows added" in dock.message.text()
    # One edit command for both; accepting again adds nothing.
    assert flows.undoStack().undoText() == "Accept synergies into flows"
    qtbot.mouseClick(dock.accept_button, Qt.MouseButton.LeftButton)
    assert flows.featureCount() == before + 2
    assert "0 planned flows added" in dock.message.text() and "2 already there" in (
        dock.message.text()
    )
    flows.undoStack().undo()
    assert flows.featureCount() == before


def test_accept_without_flows_layer_or_accepted_synergy_says_so(qtbot, dock, dunkirk):
    flows = dunkirk["flows"]
    before = flows.featureCount()
    qtbot.mouseClick(dock.accept_button, Qt.MouseButton.LeftButton)
    assert dock.message.text() == "No synergy is marked as accepted."
    _click_row(qtbot, dock, 0)
    dock.set_status("accepted")
    dock.flows_combo.setLayer(None)
    qtbot.mouseClick(dock.accept_button, Qt.MouseButton.LeftButton)
    assert dock.message.text() == "Choose a flows layer first."
    assert flows.featureCount() == before and not flows.isEditable()


def test_place_site_clicks_a_site_into_the_layer_with_its_form(qtbot, canvas, dunkirk):
    from qgis.gui import QgsAttributeDialog, QgsRelationEditorWidget

    from ite_qgis.gui.place_site_tool import PlaceSiteTool

    sites = dunkirk["sites"]
    before = sites.featureCount()
    tool = PlaceSiteTool(canvas)
    canvas.setMapTool(tool)
    click = QPoint(400, 300)
    qtbot.mouseClick(canvas.viewport(), Qt.MouseButton.LeftButton, pos=click)
    dialog = tool.dialog
    assert isinstance(dialog, QgsAttributeDialog) and dialog.isVisible()
    # The form shows the resources of the site (the relation of the territory).
    relations = [w.relation().name() for w in dialog.findChildren(QgsRelationEditorWidget)]
    assert relations == ["Resources of the site"]
    name_edit = dialog.findChild(QLineEdit, "name")
    name_edit.clear()  # it shows "NULL" until typed in
    qtbot.keyClicks(name_edit, "New recycling plant")
    dialog.accept()
    assert sites.featureCount() == before + 1
    new = next(f for f in sites.getFeatures() if f["name"] == "New recycling plant")
    assert new["site_id"].startswith("S-") and new["status"] == "existing"
    clicked = canvas.getCoordinateTransform().toMapCoordinates(click.x(), click.y())
    expected = QgsCoordinateTransform(
        canvas.mapSettings().destinationCrs(), sites.crs(), QgsProject.instance()
    ).transform(clicked)
    assert new.geometry().asPoint().distance(expected) < 0.01  # metres, Lambert-93
    assert sites.undoStack().undoText() == "Place site"
    sites.undoStack().undo()
    assert sites.featureCount() == before
    # Cancelling the form adds nothing.
    qtbot.mouseClick(canvas.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(200, 200))
    tool.dialog.reject()
    assert sites.featureCount() == before
    canvas.unsetMapTool(tool)


def test_place_site_without_an_editable_sites_layer_adds_nothing(canvas, monkeypatch):
    from ite_qgis.gui import project_layers
    from ite_qgis.gui.place_site_tool import PlaceSiteTool

    locked = QgsVectorLayer("Point?crs=EPSG:2154&field=site_id:string&field=nace:string",
                            "sites", "memory")  # fmt: skip
    locked.setReadOnly(True)
    tool = PlaceSiteTool(canvas, sites_layer=locked)
    assert tool.place(QgsPointXY(0, 0)) is None and tool.dialog is None
    assert locked.featureCount() == 0 and not locked.isEditable()
    monkeypatch.setattr(project_layers, "layers_with_role", lambda role, project=None: [])
    assert PlaceSiteTool(canvas).place(QgsPointXY(0, 0)) is None


def test_project_layers_found_by_fields_and_preselected(dunkirk, synergies):
    from qgis.core import QgsApplication

    from ite_qgis.gui.project_layers import find_layers, initial_parameters

    found = find_layers()
    for role in ("sites", "resources", "flows"):
        assert found[role] is dunkirk[role]
    assert found["synergies"] is synergies  # by its fields: its name is not "synergies"
    assert "dh_areas" not in found
    registry = QgsApplication.processingRegistry()
    assert initial_parameters(registry.algorithmById("ite:findsynergies")) == {
        "SITES": dunkirk["sites"].id(),
        "RESOURCES": dunkirk["resources"].id(),
    }
    areas = QgsVectorLayer(
        "Polygon?crs=EPSG:2154&field=area_id:integer&field=demand_gwh_yr:double", "zones",
        "memory",
    )  # fmt: skip
    decoy = QgsVectorLayer("Point?crs=EPSG:2154&field=site_id:string", "sites", "memory")
    project = QgsProject.instance()
    project.addMapLayers([areas, decoy])
    try:
        values = initial_parameters(registry.algorithmById("ite:wasteheatdh"))
        assert values == {
            "SOURCES": dunkirk["sites"].id(),
            "RESOURCES": dunkirk["resources"].id(),
            "AREAS": areas.id(),
        }
    finally:
        project.removeMapLayers([areas.id(), decoy.id()])


def test_sites_layer_named_sites_wins_over_another_with_the_fields(dunkirk):
    from ite_qgis.gui.project_layers import layers_with_role

    other = dunkirk["sites"].materialize(QgsFeatureRequest())
    other.setName("old inventory")
    project = QgsProject.instance()
    project.addMapLayer(other)
    try:
        assert layers_with_role("sites")[0] is dunkirk["sites"]
        assert other in layers_with_role("sites")
    finally:
        project.removeMapLayer(other.id())


def test_inferred_candidate_explains_its_score_and_evidence(dock, synergies):
    feature = next(
        f for f in synergies.getFeatures()
        if f["match_kind"] == "inferred_sector" and f["kb_cases"] and f["kb_sources"]
    )  # fmt: skip
    record = {name: feature[name] for name in synergies.fields().names()}
    text = dock.details_html(record)
    assert "Calibrated score: " in text
    assert 0 < feature["kb_score"] < 1
    # How many documented exchanges, each cited with its sectors, resource, dataset and id.
    ids = feature["kb_cases"].split("; ")
    count = (f"{len(ids)} documented exchanges back this sector:" if len(ids) > 1
             else "1 documented exchange backs this sector:")  # fmt: skip
    assert count in text
    first = escape(feature["kb_exchanges"].split(" | ")[0].replace(" -> ", " \u2192 "))
    assert f"<li>{first}</li>" in text and "MAESTRI" in first
    assert all(case in text for case in ids)
    # The catalogue rules, with their sources; the benefit said to be an upper bound.
    rule = escape(feature["kb_sources"].split(" | ")[0].replace(" -> ", " \u2192 "))
    assert "Catalogue rules applied" in text and f"<li>{rule}</li>" in text
    assert "Net benefit (EUR/yr), upper bound" in text
