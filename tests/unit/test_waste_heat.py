"""Waste-heat district heating links: costs by hand, flags, notes and road routing."""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pytest
from shapely.geometry import LineString, Point, box

from ite_qgis.core.common.crs import CrsError
from ite_qgis.core.heat.waste_heat import waste_heat_links
from ite_qgis.core.reference.economics import HeatEconomics, annuity_factor

CRS = "EPSG:2154"
YEARLY_SHARE = annuity_factor(0.03, 30) + 0.01


def _sources(rows, crs=CRS):
    columns = ["source_id", "name", "heat_mwh_yr", "capacity_mw", "temperature_c",
               "hours_per_year"]
    data = {c: [r[i] for r in rows] for i, c in enumerate(columns)}
    return gpd.GeoDataFrame(data, geometry=[r[-1] for r in rows], crs=crs)


def _areas(rows, crs=CRS):
    return gpd.GeoDataFrame({"area_id": [r[0] for r in rows],
                             "demand_gwh_yr": [r[1] for r in rows],
                             "dwelling_eq": [r[2] for r in rows]},
                            geometry=[r[3] for r in rows], crs=crs)


def test_single_link_costed_by_hand():
    sources = _sources([("s1", "Steelworks", 200_000.0, 100.0, 400.0, 2000.0, Point(0, 0))])
    areas = _areas([(1, 150.0, 12_500.0, box(1000, -500, 2000, 500))])
    result = waste_heat_links(sources, areas)
    assert len(result.links) == 1
    link = result.links.iloc[0]
    assert link["straight_m"] == pytest.approx(1000.0)
    assert link["length_m"] == pytest.approx(1300.0)  # detour factor 1.3
    assert link["heat_delivered_mwh_yr"] == pytest.approx(150_000.0)  # the area's demand
    assert link["capacity_mw"] == pytest.approx(75.0)  # 100 MW x 150/200
    assert link["pipe_class_mw"] == 75.0 and link["pipe_cost_eur_m"] == 701.0
    assert link["capex_eur"] == pytest.approx(701.0 * 1300.0)
    assert link["annual_cost_eur_yr"] == pytest.approx(701.0 * 1300.0 * YEARLY_SHARE)
    assert link["lcoh_transmission_eur_mwh"] == pytest.approx(
        701.0 * 1300.0 * YEARLY_SHARE / 150_000.0)
    assert link["co2_avoided_t_yr"] == pytest.approx(150_000.0 * 0.227)
    assert link["dwelling_eq"] == pytest.approx(12_500.0)  # the whole area is covered
    assert link["coverage_share"] == pytest.approx(1.0)
    assert bool(link["feasible"])
    assert link.geometry.length == pytest.approx(1000.0)  # drawn to the area's nearest point
    assert link.geometry.coords[-1] == (1000.0, 0.0)
    summary = result.summary.set_index("source_id")
    assert summary.at["s1", "best_area_id"] == 1
    assert summary.at["s1", "feasible_areas"] == 1
    assert summary.at["s1", "flags"] == "outside_areas_extent"  # west of the only area


def test_too_cold_and_missing_hours_flagged_not_dropped():
    sources = _sources([
        ("cold", "Laundry", 50_000.0, 20.0, 45.0, 4000.0, Point(0, 0)),
        ("nohours", "Kiln", np.nan, 10.0, 300.0, np.nan, Point(0, 0)),
        ("ok", "Glassworks", 50_000.0, 20.0, 300.0, 4000.0, Point(0, 0)),
    ])
    areas = _areas([(1, 100.0, np.nan, box(100, 100, 300, 300))])
    result = waste_heat_links(sources, areas)
    assert set(result.links["source_id"]) == {"ok"}
    summary = result.summary.set_index("source_id")
    assert len(summary) == 3
    assert "too_cold" in summary.at["cold", "flags"]
    assert "below the network temperature" in summary.at["cold", "message"]
    assert "missing_hours" in summary.at["nohours", "flags"]
    assert summary.at["nohours", "candidate_areas"] == 0
    assert any("MW without hours" in note for note in result.notes)


def test_heat_without_capacity():
    sources = _sources([
        ("h", "A", 40_000.0, np.nan, 120.0, 4000.0, Point(0, 0)),
        ("n", "B", 87_600.0, np.nan, 120.0, np.nan, Point(0, 0)),
    ])
    areas = _areas([(1, 500.0, np.nan, box(100, 100, 300, 300))])
    summary = waste_heat_links(sources, areas).summary.set_index("source_id")
    assert summary.at["h", "capacity_mw"] == pytest.approx(10.0)  # 40,000 / 4,000 h
    assert summary.at["n", "capacity_mw"] == pytest.approx(10.0)  # 87,600 / 8,760 h
    assert "hours_assumed" in summary.at["n", "flags"]
    assert "hours_assumed" not in summary.at["h", "flags"]


def test_capacity_and_hours_without_heat():
    sources = _sources([("c", "C", np.nan, 5.0, 150.0, 3000.0, Point(0, 0))])
    areas = _areas([(1, 500.0, np.nan, box(100, 100, 300, 300))])
    result = waste_heat_links(sources, areas)
    assert result.summary.at[0, "heat_mwh_yr"] == pytest.approx(15_000.0)
    assert len(result.links) == 1


def test_one_source_serving_two_areas_is_noted():
    sources = _sources([("s1", "Refinery", 300_000.0, 100.0, 150.0, 3000.0, Point(0, 0))])
    areas = _areas([
        ("west", 100.0, np.nan, box(-3000, -500, -2000, 500)),
        ("east", 120.0, np.nan, box(2000, -500, 3000, 500)),
    ])
    result = waste_heat_links(sources, areas)
    assert len(result.links) == 2 and result.links["feasible"].all()
    assert result.summary.at[0, "feasible_areas"] == 2
    # Deliverable: the two areas' demands (220 GWh) are within the source's 300 GWh.
    assert result.summary.at[0, "deliverable_mwh_yr"] == pytest.approx(220_000.0)
    note = [n for n in result.notes if "s1" in n]
    assert len(note) == 1 and "west" in note[0] and "east" in note[0]


def test_feasibility_at_the_ceiling_boundary():
    sources = _sources([("s", "S", 100_000.0, 50.0, 200.0, 2000.0, Point(0, 0))])
    areas = _areas([(1, 200.0, np.nan, box(5000, -100, 5200, 100))])
    # 50 MW -> 75 MW class, 701 EUR/m; 5000 m x 1.3 = 6500 m of pipe.
    lcoh = 701.0 * 6500.0 * YEARLY_SHARE / 100_000.0
    at_ceiling = waste_heat_links(sources, areas, econ=HeatEconomics(ceiling_eur_mwh=lcoh))
    assert len(at_ceiling.links) == 1
    assert at_ceiling.links.at[0, "lcoh_transmission_eur_mwh"] == pytest.approx(lcoh)
    assert bool(at_ceiling.links.at[0, "feasible"])
    below = waste_heat_links(sources, areas, econ=HeatEconomics(ceiling_eur_mwh=lcoh * 0.999))
    assert not below.links["feasible"].any()
    assert below.summary.at[0, "feasible_areas"] == 0


def test_road_distance_on_a_tiny_network():
    # An L-shaped road: (0,0) -> (1000,0) -> (1000,1000), drawn as two lines that share the
    # corner, plus a dead end that does not help.
    roads = gpd.GeoDataFrame(geometry=[
        LineString([(0, 0), (500, 0), (1000, 0)]),
        LineString([(1000, 0), (1000, 1000)]),
        LineString([(500, 0), (500, -400)]),
    ], crs=CRS)
    sources = _sources([("s", "S", 100_000.0, 20.0, 200.0, 5000.0, Point(0, -10))])
    areas = _areas([(1, 200.0, np.nan, box(1100, 900, 1300, 1100))])
    result = waste_heat_links(sources, areas, roads=roads)
    link = result.links.iloc[0]
    # 10 m to the road, 1000 + 1000 m along it, 100 m from the corner (1000, 1000) to the area.
    assert link["routing"] == "roads"
    assert link["length_m"] == pytest.approx(2110.0)
    assert link.geometry.length == pytest.approx(2110.0)
    assert link["straight_m"] == pytest.approx(np.hypot(1100.0, 910.0))
    straight = waste_heat_links(sources, areas)
    assert straight.links.at[0, "length_m"] == pytest.approx(np.hypot(1100.0, 910.0) * 1.3)


def test_source_outside_the_areas_extent_is_linked_and_reported():
    sources = _sources([("far", "F", 500_000.0, 100.0, 200.0, 5000.0, Point(-5000, 0))])
    areas = _areas([(1, 400.0, np.nan, box(0, 0, 1000, 1000))])
    result = waste_heat_links(sources, areas)
    assert len(result.links) == 1
    assert "outside_areas_extent" in result.summary.at[0, "flags"]
    assert any("outside the extent" in note for note in result.notes)


def test_source_inside_an_area_needs_no_pipe():
    sources = _sources([("in", "I", 50_000.0, 10.0, 200.0, 5000.0, Point(500, 500))])
    areas = _areas([(1, 400.0, np.nan, box(0, 0, 1000, 1000))])
    link = waste_heat_links(sources, areas).links.iloc[0]
    assert link["length_m"] == 0.0 and link["lcoh_transmission_eur_mwh"] == 0.0


def test_geographic_layers_reprojected_and_mixed_crs_refused():
    sources = _sources([("s", "S", 100_000.0, 20.0, 200.0, 5000.0, Point(2.35, 51.03))],
                       crs="EPSG:4326")
    areas = _areas([(1, 200.0, np.nan, box(2.36, 51.03, 2.37, 51.04))], crs="EPSG:4326")
    result = waste_heat_links(sources, areas)
    assert result.crs.to_epsg() == 32631
    assert result.links.crs.to_epsg() == 32631
    assert any("EPSG:32631" in note for note in result.notes)
    # 0.01 deg of longitude at 51 N is about 700 m.
    assert result.links.at[0, "straight_m"] == pytest.approx(700.0, rel=0.02)
    with pytest.raises(CrsError, match="heat sources"):
        waste_heat_links(sources, areas.to_crs(3035))


def test_duplicate_ids_refused():
    sources = _sources([("s", "A", 1000.0, 1.0, 200.0, 1000.0, Point(0, 0)),
                        ("s", "B", 1000.0, 1.0, 200.0, 1000.0, Point(1, 0))])
    areas = _areas([(1, 200.0, np.nan, box(0, 0, 10, 10))])
    with pytest.raises(ValueError, match="repeats the ids s"):
        waste_heat_links(sources, areas)


def test_topotherm_street_network(shared_data):
    folder = shared_data / "topotherm_district"
    if not (folder / "roads.gpkg").exists():
        pytest.skip(f"{folder} not found")
    roads = gpd.read_file(folder / "roads.gpkg")
    sinks = gpd.read_file(folder / "sinks.gpkg")
    source = gpd.read_file(folder / "source.gpkg")
    # Each sink becomes a small 'area' (10 m square) with 1 GWh/yr; the source is hot enough
    # and large enough to reach every one of them.
    areas = gpd.GeoDataFrame({"area_id": range(len(sinks)), "demand_gwh_yr": 1.0},
                             geometry=sinks.buffer(5, cap_style="square"), crs=sinks.crs)
    sources = gpd.GeoDataFrame({"source_id": ["plant"], "name": ["plant"],
                                "heat_mwh_yr": [50_000.0], "capacity_mw": [20.0],
                                "temperature_c": [120.0], "hours_per_year": [2500.0]},
                               geometry=source.geometry.to_numpy(), crs=source.crs)
    result = waste_heat_links(sources, areas, roads=roads)
    links = result.links
    assert len(links) == len(sinks)
    routed = links[links["routing"] == "roads"]
    assert len(routed) >= 0.9 * len(links)
    # A path along the streets is never shorter than the straight line, and the drawn line
    # has the length that was costed.
    assert (routed["length_m"] >= routed["straight_m"] - 1e-6).all()
    np.testing.assert_allclose(routed.geometry.length, routed["length_m"], rtol=1e-9)
    # The street network of the example is 11.2 km long: no path can be longer.
    assert routed["length_m"].max() < 11_200.0


def test_empty_inputs_give_empty_tables():
    sources = _sources([("s", "S", 1000.0, 1.0, 200.0, 1000.0, Point(0, 0))]).iloc[:0]
    areas = _areas([(1, 200.0, np.nan, box(0, 0, 10, 10))])
    result = waste_heat_links(sources, areas)
    assert len(result.links) == 0 and len(result.summary) == 0
    result = waste_heat_links(_sources([("s", "S", 1000.0, 1.0, 200.0, 1000.0, Point(0, 0))]),
                              areas.iloc[:0])
    assert len(result.links) == 0
    assert result.summary.at[0, "candidate_areas"] == 0
