"""ite:sitingpotential on the Dunkirk sample, through Processing in real QGIS: a planned cement
grinding plant is placed near the slag sources, on a grid and on plots; bad input is refused
with nothing written."""

from __future__ import annotations

import math

import pytest
from qgis.core import (
    QgsFeature,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingException,
    QgsRasterLayer,
    QgsRectangle,
    QgsVectorLayer,
)
from test_synergy_algorithms import features, resources_layer, run, sites_layer

L93 = "EPSG:2154"


def _site_points(crs: str = L93) -> dict[str, QgsPointXY]:
    return {f["site_id"]: f["_geometry"].asPoint() for f in features(sites_layer(crs))}


def _distance(a: QgsPointXY, b: QgsPointXY) -> float:
    return math.hypot(a.x() - b.x(), a.y() - b.y())


def _plots(centres: dict[str, QgsPointXY], crs: str = L93, half: float = 150.0):
    layer = QgsVectorLayer(f"Polygon?crs={crs}&field=plot_id:string", "plots", "memory")
    out = []
    for name, point in centres.items():
        feature = QgsFeature(layer.fields())
        feature.setAttributes([name])
        feature.setGeometry(QgsGeometry.fromRect(QgsRectangle(
            point.x() - half, point.y() - half, point.x() + half, point.y() + half)))
        out.append(feature)
    layer.dataProvider().addFeatures(out)
    return layer


def _siting(plugin, tmp_path, **extra):
    parameters = {
        "SITES": sites_layer(L93),
        "RESOURCES": resources_layer(),
        "NET_BENEFIT": str(tmp_path / "benefit.tif"),
        "PLACES": "memory:",
        "SUPPLIERS": "memory:",
        **extra,
    }
    return run(plugin, "ite:sitingpotential", parameters)


@pytest.mark.parametrize("planned", [{"NEEDS": "ewc:100202=500000 t/yr"}, {"NACE": "23.51"}])
def test_a_cement_grinding_plant_goes_next_to_the_slag(plugin, tmp_path, planned):
    result = _siting(plugin, tmp_path, CELL_SIZE=500, **planned)
    places = features(result["PLACES"])
    assert [p["rank"] for p in places] == list(range(1, 11))
    best = places[0]
    points = _site_points()
    here = QgsPointXY(best["x"], best["y"])
    # The steelworks (DK01) holds the slag: the best cell is the one around it.
    assert _distance(here, points["DK01"]) < 500
    assert _distance(here, points["DK18"]) > 10_000  # the smaller slag source, at Gravelines
    assert best["net_benefit_eur_yr"] == pytest.approx(result["BEST_NET_BENEFIT_EUR_YR"])
    assert result["BEST_PLACE"] == best["place_id"]
    suppliers = features(result["SUPPLIERS"])
    assert "R002" in {s["supply_id"] for s in suppliers}  # converter slag, EUR 10/t disposal
    assert {s["place_id"] for s in suppliers} == {best["place_id"]}
    raster = QgsRasterLayer(result["NET_BENEFIT"], "benefit")
    assert raster.isValid() and raster.crs().authid() == L93
    stats = raster.dataProvider().bandStatistics(1)
    assert stats.maximumValue == pytest.approx(best["net_benefit_eur_yr"], rel=1e-5)


def test_plots_are_ranked_and_the_one_by_the_steelworks_wins(plugin, tmp_path):
    points = _site_points()
    plots = _plots({"port": points["DK06"], "gravelines": points["DK20"],
                    "bourbourg": points["DK28"]})
    result = _siting(plugin, tmp_path, NEEDS="ewc:100202=500000 t/yr", PLOTS=plots,
                     PLOT_ID="plot_id")
    places = features(result["PLACES"])
    assert [p["place_id"] for p in places] == ["port", "bourbourg", "gravelines"]
    assert places[0]["share_met"] == pytest.approx(1.0)
    assert places[0]["net_benefit_eur_yr"] > places[1]["net_benefit_eur_yr"]
    assert result["NET_BENEFIT"] is None
    assert not (tmp_path / "benefit.tif").exists()  # no raster on plots


def test_after_the_allocation_only_what_is_left_counts(plugin, tmp_path):
    found = run(plugin, "ite:findsynergies", {"SITES": sites_layer(L93),
                                              "RESOURCES": resources_layer(),
                                              "SYNERGIES": "memory:"})
    allocated = run(plugin, "ite:allocatesynergies", {
        "SYNERGIES": found["SYNERGIES"], "RESOURCES": resources_layer(), "CHOSEN": "memory:",
        "RESIDUAL": "memory:"})
    left = {f["resource_id"]: f["residual"] for f in features(allocated["RESIDUAL"])}
    result = _siting(plugin, tmp_path, NEEDS="ewc:100202=5000000 t/yr",
                     RESIDUAL=allocated["RESIDUAL"])
    for line in features(result["SUPPLIERS"]):
        assert line["quantity"] <= left[line["supply_id"]] * (1 + 1e-9)


def test_takers_for_the_supplies_left_without_one(plugin, tmp_path):
    result = _siting(plugin, tmp_path, MODE=1, CELL_SIZE=1000)
    places = features(result["PLACES"])
    assert places and all(p["receiving_sectors"] for p in places)
    sludge = next(p for p in places if p["resource"] == "ewc:100214")  # steelworks sludge
    assert "23.51" in sludge["receiving_sectors"]
    assert _distance(QgsPointXY(sludge["x"], sludge["y"]), _site_points()["DK01"]) < 1000


def _geographic_plots():
    points = _site_points("EPSG:4326")
    layer = QgsVectorLayer("Polygon?crs=EPSG:4326&field=plot_id:string", "plots", "memory")
    feature = QgsFeature(layer.fields())
    feature.setAttributes(["p"])
    point = points["DK06"]
    feature.setGeometry(QgsGeometry.fromRect(QgsRectangle(
        point.x() - 0.002, point.y() - 0.002, point.x() + 0.002, point.y() + 0.002)))
    layer.dataProvider().addFeatures([feature])
    return layer


def _empty_sites():
    return QgsVectorLayer(f"Point?crs={L93}&field=site_id:string&field=nace:string", "s",
                          "memory")


@pytest.mark.parametrize(
    "extra, message",
    [
        ({"NEEDS": "ewc:100202=500000 t/yr", "PLOTS": "geographic"}, "geographic CRS"),
        ({"NEEDS": "ewc:100202=500000 bananas/yr"}, "not recognised"),
        ({"NACE": "99.00"}, "no input"),
        ({"NEEDS": "ewc:999999=5 t/yr"}, "does not know"),
        ({"NEEDS": "ewc:100202=5 t/yr", "SITES": "empty"}, "empty"),
        ({}, "one way"),
    ],
)
def test_bad_input_is_refused_and_nothing_is_written(plugin, tmp_path, extra, message):
    if extra.get("PLOTS") == "geographic":
        extra["PLOTS"] = _geographic_plots()
    if extra.get("SITES") == "empty":
        extra["SITES"] = _empty_sites()
    with pytest.raises(QgsProcessingException, match=message):
        _siting(plugin, tmp_path, PLACES=str(tmp_path / "places.gpkg"), **extra)
    assert sorted(p.name for p in tmp_path.iterdir()) == []
