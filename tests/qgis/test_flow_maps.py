"""ite:flowmap and ite:metabolism on the Dunkirk sample, through real QGIS and qgis_process."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from qgis.core import (
    QgsFeature,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProject,
    QgsVectorLayer,
)
from qgis_cli import qgis_process


@pytest.fixture(scope="module")
def dunkirk(plugin, tmp_path_factory):
    """The sample territory, its candidate synergies, allocation and DH links (run once)."""
    import processing

    folder = tmp_path_factory.mktemp("dunkirk")
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    sample = processing.run("ite:sampleterritory", {
        "CRS": "EPSG:2154", "OUTPUT": str(folder / "dunkirk.gpkg")}, context=context)
    gpkg = sample["OUTPUT"]
    layers = {name: f"{gpkg}|layername={name}" for name in ("sites", "resources", "flows")}
    processing.run("ite:findsynergies", {
        "SITES": layers["sites"], "RESOURCES": layers["resources"],
        "SYNERGIES": str(folder / "synergies.gpkg")}, context=context)
    processing.run("ite:allocatesynergies", {
        "SYNERGIES": str(folder / "synergies.gpkg"), "RESOURCES": layers["resources"],
        "CHOSEN": str(folder / "allocated.gpkg"), "RESIDUAL": "memory:"},
        context=context)
    from ite_qgis.qgis_bridge.sample import heat_grid_layer

    processing.run("ite:dhpotentialareas", {
        "INPUT": heat_grid_layer(), "OUTPUT": str(folder / "areas.gpkg")}, context=context)
    processing.run("ite:wasteheatdh", {
        "SOURCES": layers["sites"], "RESOURCES": layers["resources"],
        "SOURCE_ID_FIELD": "site_id", "AREAS": str(folder / "areas.gpkg"),
        "LINKS": str(folder / "links.gpkg"), "SUMMARY": str(folder / "summary.gpkg")},
        context=context)
    return {**layers, "folder": folder, "synergies": str(folder / "synergies.gpkg"),
            "allocated": str(folder / "allocated.gpkg"), "links": str(folder / "links.gpkg")}


def _features(path):
    layer = QgsVectorLayer(str(path), "out", "ogr")
    assert layer.isValid(), path
    return layer, [
        {**dict(zip(layer.fields().names(), f.attributes(), strict=True)),
         "_geometry": f.geometry()}
        for f in layer.getFeatures()
    ]


# ------------------------------------------------------------------ ite:flowmap


def test_existing_flows_as_curved_arcs(run_logged, dunkirk, tmp_path):
    out = tmp_path / "flowmap.gpkg"
    result, feedback = run_logged("ite:flowmap", {
        "FLOWS": dunkirk["flows"], "SITES": dunkirk["sites"], "OUTPUT": str(out)})
    layer, rows = _features(out)
    assert layer.crs().authid() == "EPSG:2154" and len(rows) == 28
    by_id = {r["flow_id"]: r for r in rows}
    # F02 steelworks gas to DK6 and F03 DK6 electricity back: arcs on opposite sides that only
    # share their ends.
    there, back = by_id["F02"]["_geometry"], by_id["F03"]["_geometry"]
    assert there.asPolyline()[0] == back.asPolyline()[-1]
    common = there.intersection(back)
    assert common.area() == 0 and common.length() == pytest.approx(0.0)
    assert len(common.asGeometryCollection()) <= 2
    assert there.constGet().vertexCount() == 32
    slag = by_id["F04"]
    assert slag["family"] == "material" and slag["unit_norm"] == "t/yr"
    assert slag["quantity_label"] == "750,000 t/yr"
    assert by_id["F01"]["quantity_label"] == "110 GWh/yr"
    assert by_id["F01"]["size_class"] == "100\u20131,000 GWh/yr"
    # Width proportional within a unit family: the largest energy flow (5 TWh) gets 6 mm.
    assert by_id["F02"]["width_mm"] == pytest.approx(6.0)
    assert by_id["F07"]["width_mm"] == pytest.approx(6.0 * 4.3 / 5.0)
    assert by_id["F26"]["width_mm"] == pytest.approx(6.0)  # the largest by mass, on its own
    assert "28 flow lines written." in feedback.infos


def test_summed_flows_and_straight_offsets(run_logged, dunkirk, tmp_path):
    out = tmp_path / "summed.gpkg"
    run_logged("ite:flowmap", {"FLOWS": dunkirk["flows"], "SITES": dunkirk["sites"],
                               "MULTIPLE": 1, "SHAPE": 1, "OUTPUT": str(out)})
    _, rows = _features(out)
    pair = [r for r in rows if r["from_site"] == "DK01" and r["to_site"] == "DK06"]
    # Slag (t/yr) and fuel gas (MWh/yr) between the same sites stay apart, side by side.
    assert sorted(r["family"] for r in pair) == ["gas", "material"]
    a, b = (r["_geometry"] for r in pair)
    assert a.distance(b) > 0 and not a.intersects(b)
    assert all(r["n_flows"] == 1 for r in pair)


def test_synergies_and_dh_links_map(run_logged, dunkirk, tmp_path):
    out = tmp_path / "synergy_map.gpkg"
    _, feedback = run_logged("ite:flowmap", {
        "FLOWS": dunkirk["synergies"], "SITES": dunkirk["sites"],
        "FROM_FIELD": "supplier_site", "TO_FIELD": "receiver_site", "OUTPUT": str(out)})
    synergies = QgsVectorLayer(dunkirk["synergies"], "s", "ogr")
    _, rows = _features(out)
    assert len(rows) == synergies.featureCount() > 0
    assert {r["unit_family"] for r in rows} <= {"mass", "energy", "volume", "service"}
    out = tmp_path / "dh_map.gpkg"
    links = QgsVectorLayer(dunkirk["links"], "l", "ogr")
    assert links.featureCount() > 0
    run_logged("ite:flowmap", {
        "FLOWS": dunkirk["links"], "FROM_FIELD": "source_id", "TO_FIELD": "area_id",
        "RESOURCE_FIELD": None, "QUANTITY_FIELD": "heat_delivered_mwh_yr", "UNIT_FIELD": None,
        "RESOURCE": "heat", "UNIT": "MWh/yr", "SHAPE": 1, "OUTPUT": str(out)})
    _, rows = _features(out)
    assert len(rows) == links.featureCount()
    assert {r["family"] for r in rows} == {"heat"}
    first = next(links.getFeatures())
    start = first.geometry().asPolyline()[0]
    match = [r for r in rows if r["source_id"] == first["source_id"]
             and r["area_id"] == first["area_id"]][0]
    # A single link between a source and an area stays on its line's ends.
    assert match["_geometry"].asPolyline()[0].distance(start) < 1e-6


def _flows_table(rows):
    layer = QgsVectorLayer("None?field=from_site:string&field=to_site:string"
                           "&field=resource:string&field=quantity:string&field=unit:string",
                           "flows", "memory")
    features = []
    for row in rows:
        feature = QgsFeature(layer.fields())
        feature.setAttributes(list(row))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def test_flowmap_bad_inputs_write_nothing(run_logged, dunkirk, tmp_path):
    out = tmp_path / "never.gpkg"
    cases = [
        (_flows_table([("DK01", "DK99", "heat", "10", "MWh/yr"),
                       ("DK98", "DK01", "heat", "5", "MWh/yr")]),
         dunkirk["sites"], {}, "2 site ids of the flows are not in the sites layer: DK98, DK99"),
        (_flows_table([("DK01", "DK09", "heat", "lots", "MWh/yr")]), dunkirk["sites"], {},
         "every row was left out.*quantity that is not a number and were left out: 1"),
        (_flows_table([("DK01", "DK09", "heat", "10", "MWh/yr")]), dunkirk["sites"],
         {"FROM_FIELD": "supplier_site"}, "lacks the fields supplier_site"),
        (_flows_table([("DK01", "DK09", "heat", "10", "t/yr")]), dunkirk["sites"], {},
         "unit 't/yr' does not fit a heat resource"),
        (_flows_table([("DK01", "DK09", "heat", "10", "MWh/yr")]), None, {},
         "table without lines: give the sites layer"),
    ]
    for flows, sites, extra, message in cases:
        with pytest.raises(QgsProcessingException, match=message):
            run_logged("ite:flowmap", {"FLOWS": flows, "SITES": sites, "OUTPUT": str(out),
                                       **extra})
        assert not out.exists()


def test_flowmap_geographic_sites_get_a_metric_crs(run_logged, tmp_path):
    sites = QgsVectorLayer("Point?crs=EPSG:4326&field=site_id:string", "sites", "memory")
    features = []
    for site_id, x, y in (("A", 2.29, 51.033), ("B", 2.36, 51.02)):
        feature = QgsFeature(sites.fields())
        feature.setAttributes([site_id])
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(x, y)))
        features.append(feature)
    sites.dataProvider().addFeatures(features)
    flows = _flows_table([("A", "B", "ewc:100202", "1000", "t/yr"),
                          ("B", "A", "heat", "2 000", "MWh/yr")])
    result, feedback = run_logged("ite:flowmap", {"FLOWS": flows, "SITES": sites,
                                                  "OUTPUT": str(tmp_path / "geo.gpkg")})
    layer, rows = _features(tmp_path / "geo.gpkg")
    assert layer.crs().authid() == "EPSG:32631"  # UTM 31N, chosen for the extent
    assert any("reprojected to EPSG:32631" in info for info in feedback.infos)
    assert {r["quantity_norm"] for r in rows} == {1000.0, 2000.0}
    # Two arcs of about 5 km, bending away from each other.
    a, b = (r["_geometry"] for r in rows)
    assert 5000 < a.length() < 6000 and a.intersection(b).length() == pytest.approx(0.0)


def test_flowmap_output_gets_its_style_and_width_keys(run_logged, dunkirk, tmp_path):
    from ite_qgis.core.flows.flowlines import width_keys
    from ite_qgis.qgis_bridge.flow_legend import FlowMapStyle

    out = tmp_path / "styled.gpkg"
    run_logged("ite:flowmap", {"FLOWS": dunkirk["flows"], "SITES": dunkirk["sites"],
                               "OUTPUT": str(out)})
    layer = QgsVectorLayer(str(out), "flows", "ogr")
    frame = [{"unit_family": f["unit_family"], "quantity_norm": f["quantity_norm"]}
             for f in layer.getFeatures()]
    import pandas as pd

    FlowMapStyle(width_keys(pd.DataFrame(frame))).postProcessLayer(layer, None, None)
    labels = [rule.label() for rule in layer.renderer().rootRule().descendants()]
    assert "Heat" in labels and "5,000 GWh/yr" in labels and "1,000,000 t/yr" in labels


# ------------------------------------------------------------------ ite:metabolism


def test_metabolism_table_and_sankey(run_logged, dunkirk, tmp_path):
    svg = tmp_path / "sankey.svg"
    result, feedback = run_logged("ite:metabolism", {
        "SITES": dunkirk["sites"], "RESOURCES": dunkirk["resources"],
        "FLOWS": dunkirk["flows"], "SYNERGIES": dunkirk["allocated"],
        "OUTPUT": str(tmp_path / "metabolism.gpkg"), "SANKEY": str(svg)})
    layer, rows = _features(tmp_path / "metabolism.gpkg")
    totals = {r["unit"]: r for r in rows if r["dimension"] == "total"}
    energy = totals["MWh/yr"]
    # Supply is split exactly into exchanged, candidate and not looped.
    assert energy["supply"] == pytest.approx(
        energy["exchanged"] + energy["candidate"] + energy["not_looped"])
    assert 0 < energy["looped_share"] < 1 and 0 <= energy["candidate_share"] <= 1
    heat = [r for r in rows if r["dimension"] == "family" and r["key"] == "heat"][0]
    assert heat["unit"] == "MWh/yr" and heat["exchanged"] > 0
    steel = [r for r in rows if r["dimension"] == "sector" and r["key"] == "24"]
    assert steel and steel[0]["label"] == "24 Manufacture of basic metals"
    root = ET.parse(svg).getroot()
    text = " ".join(t.text or "" for t in root.iter("{http://www.w3.org/2000/svg}text"))
    assert "Energy (GWh/yr)" in text and "Heat" in text and "Not looped" in text
    assert "Already looped" in text


def test_metabolism_public_rounds_confidential_quantities(run_logged, tmp_path):
    sites = QgsVectorLayer("None?field=site_id:string&field=nace:string"
                           "&field=confidential:integer", "s", "memory")
    resources = QgsVectorLayer(
        "None?field=resource_id:string&field=site_id:string&field=direction:string"
        "&field=resource:string&field=quantity:double&field=unit:string", "r", "memory")
    for layer, rows in ((sites, [("S1", "24.10", 1), ("S2", "35.11", 0)]),
                        (resources, [("R1", "S1", "supply", "heat", 123457.0, "MWh/yr"),
                                     ("R2", "S2", "demand", "heat", 4321.0, "MWh/yr")])):
        features = []
        for row in rows:
            feature = QgsFeature(layer.fields())
            feature.setAttributes(list(row))
            features.append(feature)
        layer.dataProvider().addFeatures(features)
    # 123,457 MWh/yr is 123 GWh/yr; its class (100-200) shows as ~140 GWh/yr.
    for public, expected in ((True, ">140 GWh/yr<"), (False, ">123 GWh/yr<")):
        svg = tmp_path / f"public_{public}.svg"
        run_logged("ite:metabolism", {"SITES": sites, "RESOURCES": resources, "PUBLIC": public,
                                      "OUTPUT": "memory:", "SANKEY": str(svg)})
        text = svg.read_text(encoding="utf-8")
        assert expected in text
    assert "123 GWh" not in (tmp_path / "public_True.svg").read_text(encoding="utf-8")


def test_metabolism_bad_inputs_write_nothing(run_logged, dunkirk, tmp_path):
    svg = tmp_path / "never.svg"
    table = tmp_path / "never.gpkg"
    no_site_id = QgsVectorLayer("None?field=id:string", "s", "memory")
    feature = QgsFeature(no_site_id.fields())
    feature.setAttributes(["DK01"])
    no_site_id.dataProvider().addFeature(feature)
    with pytest.raises(QgsProcessingException, match="lacks the fields site_id"):
        run_logged("ite:metabolism", {"SITES": no_site_id, "RESOURCES": dunkirk["resources"],
                                      "OUTPUT": str(table), "SANKEY": str(svg)})
    bad_flows = _flows_table([("DK01", "DK09", "heat", "n/a?", "MWh/yr")])
    with pytest.raises(QgsProcessingException, match="not a number"):
        run_logged("ite:metabolism", {"SITES": dunkirk["sites"],
                                      "RESOURCES": dunkirk["resources"], "FLOWS": bad_flows,
                                      "OUTPUT": str(table), "SANKEY": str(svg)})
    assert not svg.exists() and not table.exists()


def test_metabolism_and_flowmap_in_qgis_process(dunkirk, tmp_path):
    svg = tmp_path / "cli.svg"
    qgis_process("plugins", "enable", "ite_qgis", config=tmp_path / "profile")
    qgis_process("run", "ite:metabolism", "--", f"SITES={dunkirk['sites']}",
                 f"RESOURCES={dunkirk['resources']}", f"FLOWS={dunkirk['flows']}",
                 f"OUTPUT={tmp_path / 'cli.csv'}", f"SANKEY={svg}",
                 config=tmp_path / "profile")
    ET.parse(svg)
    assert (tmp_path / "cli.csv").read_text(encoding="utf-8").count("\n") > 10
    qgis_process("run", "ite:flowmap", "--", f"FLOWS={dunkirk['flows']}",
                 f"SITES={dunkirk['sites']}", "SHAPE=1", f"OUTPUT={tmp_path / 'cli.gpkg'}",
                 config=tmp_path / "profile")
    assert QgsVectorLayer(str(tmp_path / "cli.gpkg"), "c", "ogr").featureCount() == 28
