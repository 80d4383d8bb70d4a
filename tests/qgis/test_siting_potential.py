"""ite:sitingpotential on the Dunkirk sample, through Processing in real QGIS: a planned cement
grinding plant is placed near the slag sources, on a grid and on plots; a plant described by
its NACE class takes what the receiving-sector model of Find synergies says it receives; bad
input is refused with nothing written."""

from __future__ import annotations

import math

import pytest
from qgis.core import (
    QgsFeature,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingException,
    QgsProcessingFeedback,
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


def _siting(plugin, tmp_path, feedback=None, **extra):
    parameters = {
        "SITES": sites_layer(L93),
        "RESOURCES": resources_layer(),
        "NET_BENEFIT": str(tmp_path / "benefit.tif"),
        "PLACES": "memory:",
        "SUPPLIERS": "memory:",
        **extra,
    }
    return run(plugin, "ite:sitingpotential", parameters, feedback)


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
    # A plant of a NACE class shows the calibrated score of each supply it takes.
    assert ("kb_score" in suppliers[0]) == ("NACE" in planned)
    raster = QgsRasterLayer(result["NET_BENEFIT"], "benefit")
    assert raster.isValid() and raster.crs().authid() == L93
    stats = raster.dataProvider().bandStatistics(1)
    assert stats.maximumValue == pytest.approx(best["net_benefit_eur_yr"], rel=1e-5)


def _nace_run(plugin, tmp_path, nace):
    feedback = QgsProcessingFeedback()
    result = _siting(plugin, tmp_path, feedback, CELL_SIZE=500, NACE=nace)
    lines = {s["supply_id"]: s for s in features(result["SUPPLIERS"])}
    taken = next(line for line in feedback.textLog().splitlines() if f"NACE {nace} takes" in line)
    return result, lines, taken.split(": ", 1)[1].split("; ")


def test_a_planned_cement_works_takes_the_slag_and_ash_first_by_their_score(plugin, tmp_path):
    result, lines, named = _nace_run(plugin, tmp_path, "23.51")
    # The model puts slags and fly ashes first among what a cement works receives.
    assert named[0].startswith("ewc:10")
    assert any(item.startswith("ewc:100202 (") for item in named[:12])
    assert any(item.startswith("ewc:100102 (Coal fly ash)") for item in named[:12])
    # The best cell, at the steelworks, takes 15 supplies: its converter slag (R002), the
    # slag at Gravelines (R060), the incinerator bottom ash (R038) among them.
    assert len(lines) == 15 == features(result["PLACES"])[0]["n_supplies"]
    assert {"R002", "R060", "R038", "R006"} <= set(lines)
    score = {supply: line["kb_score"] for supply, line in lines.items()}
    assert score["R002"] == score["R060"] == max(score.values()) > 0.2
    assert score["R038"] > 0.1
    # CO2, which the model gives a cement works only as a weak lead, carries a low score.
    co2 = [s for s, line in lines.items() if line["resource"] == "co2"]
    assert co2 and max(score[s] for s in co2) < 0.05
    assert min(score.values()) >= 0.01  # the floor of Find synergies' inferred candidates
    # Each line counts for its net benefit times its score: an expected value, 8.1 M EUR/yr
    # in all (207.7 M at full value, most of it the steelworks' CO2).
    best = features(result["PLACES"])[0]["net_benefit_eur_yr"]
    assert best == pytest.approx(sum(line["net_benefit_eur_yr"] for line in lines.values()))
    assert 7e6 < best < 9e6


def test_a_planned_greenhouse_takes_co2_not_slag(plugin, tmp_path):
    result, lines, named = _nace_run(plugin, tmp_path, "01.13")
    # Low-temperature heat is what the model says a greenhouse receives first, and CO2.
    assert named[0].startswith("heat:below-100c (Heat below 100 °C)")
    assert any(item.startswith("co2 (") for item in named[:5])
    # Heat has no purchase price in this mode and the sample's heat costs nothing to get rid
    # of: it brings no net benefit. The best cell takes the CO2 of the steelworks, the
    # cracker, the smelter and the furnaces, and some organic waste; no slag any more.
    assert {"R005", "R097", "R046", "R015", "R031"} <= set(lines)
    assert len(lines) == 10
    assert not {"R002", "R060", "R038"} & set(lines)
    assert all(0.01 <= line["kb_score"] < 0.2 for line in lines.values())
    assert result["BEST_NET_BENEFIT_EUR_YR"] > 0


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
    # Seven resources find no declared taker; the steelworks sludge pays most, next to DK01.
    assert [p["resource"] for p in places][:2] == ["ewc:100214", "ewc:160605"]
    assert len(places) == 7
    sludge = places[0]
    assert _distance(QgsPointXY(sludge["x"], sludge["y"]), _site_points()["DK01"]) < 1000
    # Its receivers by the calibrated model, best first, the first one's score in kb_score:
    # cement, then steelmaking itself (0.23 and 0.18 by the shipped model).
    sectors = sludge["receiving_sectors"].split(", ")
    assert sectors[0].startswith("23.51 Manufacture of cement (0")
    assert sectors[1].startswith("24.10 ")
    assert len(sectors) == 5
    assert sludge["kb_score"] == pytest.approx(0.23, abs=0.01)
    # Sewage sludge and distillery residues go to farming first.
    for code in ("ewc:190805", "ewc:020702"):
        place = next(p for p in places if p["resource"] == code)
        assert place["receiving_sectors"].startswith("01 Crop and animal production")
        assert place["kb_score"] == pytest.approx(0.26, abs=0.01)


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
        ({"NACE": "99.00"}, "finds no resource"),
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
