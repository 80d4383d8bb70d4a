"""Seasonal matching of a laid network (core/heat/network/season.py), its sources from the
Dunkirk sample's heat supplies (site_sources.py) and buildings joined from a point inside."""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pytest
import shapely

from ite_qgis.core.heat.network.loads import point_xy
from ite_qgis.core.heat.network.network import NetworkOptions, dh_network
from ite_qgis.core.heat.network.season import network_season, pooled_supply
from ite_qgis.core.heat.network.site_sources import site_sources
from ite_qgis.core.heat.seasonal import MONTH_HOURS, degree_day_profile, flat_profile
from ite_qgis.core.heat.sources import HeatSourceError
from ite_qgis.core.reference.catalogue import load_catalogue
from ite_qgis.core.samples.dunkirk import sample_territory

CRS = "EPSG:25832"


def _by_hand(supply_mwh, demand_mwh, loss_mwh, demand):
    """Usable heat month by month, written out: supply flat, demand = profile + flat losses."""
    supply_month = supply_mwh * MONTH_HOURS / 8760.0
    demand_month = demand_mwh * demand.shares + loss_mwh * MONTH_HOURS / 8760.0
    return np.minimum(supply_month, demand_month).sum()


def test_network_season_matches_month_by_month_by_hand():
    demand = degree_day_profile("FR30", 0.2)
    season = network_season([600.0], [np.nan], 1000.0, 100.0, demand)
    assert season.supply_mwh_yr == pytest.approx(600.0)
    assert season.demand_mwh_yr == pytest.approx(1100.0)
    assert season.usable_mwh_yr == pytest.approx(_by_hand(600.0, 1000.0, 100.0, demand))
    # A flat 600 MWh/yr source cannot follow a winter-heavy demand: less than 600 is usable.
    assert season.usable_mwh_yr < 600.0
    assert season.source_used_share == pytest.approx(season.usable_mwh_yr / 600.0)
    assert season.demand_covered_share == pytest.approx(season.usable_mwh_yr / 1100.0)
    # Demand peak: the degree-day peak of the heat delivered plus the steady losses (kW).
    peak_kw = (1000.0 * demand.peak.max() + 100.0 / 8760.0) * 1000.0
    assert season.demand_peak_kw == pytest.approx(peak_kw)
    # Backup at the peak month: its peak minus the source's mean power.
    month = int(np.argmax(demand.peak))
    backup = peak_kw - 600.0 / 8760.0 * 1000.0
    assert season.backup_peak_kw == pytest.approx(backup) and month in (0, 11)


def test_a_large_source_covers_all_and_a_capacity_caps_it():
    demand = degree_day_profile()
    big = network_season([1e6], [np.nan], 1000.0, 0.0, demand)
    assert big.demand_covered_share == pytest.approx(1.0)
    assert big.backup_peak_kw == pytest.approx(0.0)
    # The same heat, but at most 50 kW: the source gives 50 kW all year at most.
    capped = network_season([1e6], [50.0], 1000.0, 0.0, demand)
    assert capped.supply_mwh_yr == pytest.approx(50.0 * 8.76)
    assert capped.backup_peak_kw == pytest.approx(big.demand_peak_kw - 50.0)
    # A capacity alone: the same as a capped source running all year.
    alone = network_season([np.nan], [50.0], 1000.0, 0.0, demand)
    assert alone.usable_mwh_yr == pytest.approx(capped.usable_mwh_yr)
    # Several sources pool; one without heat nor capacity gives nothing.
    total, _ = pooled_supply([100.0, np.nan, np.nan], [np.nan, 20.0, np.nan], flat_profile())
    assert total == pytest.approx(100.0 + 20.0 * 8.76)


def test_hourly_demand_profile_is_matched_hour_by_hour():
    hours = np.arange(8760)
    values = 1.0 + np.cos(2 * np.pi * hours / 8760.0)  # winter-heavy
    from ite_qgis.core.heat.seasonal import profile_from_values

    demand = profile_from_values(values)
    season = network_season([500.0], [np.nan], 1000.0, 0.0, demand)
    supply_hour = 500.0 / 8760.0
    expected = np.minimum(supply_hour, 1000.0 * demand.shares).sum()
    assert season.usable_mwh_yr == pytest.approx(expected)


def test_buildings_join_from_a_point_inside():
    # A U-shaped building: its first vertex is a corner, its centroid is outside it.
    u_shape = shapely.Polygon([(0, 0), (30, 0), (30, 30), (20, 30), (20, 10), (10, 10),
                               (10, 30), (0, 30)])
    frame = gpd.GeoDataFrame(geometry=[u_shape, shapely.Point(5, 5), None], crs=CRS)
    xy = point_xy(frame)
    assert shapely.contains_xy(u_shape, *xy[0]) and not shapely.contains(
        u_shape, u_shape.centroid)
    assert tuple(xy[1]) == (5.0, 5.0) and np.isnan(xy[2]).all()


def test_the_source_fed_flags_say_which_sources_carry_load():
    roads = gpd.GeoDataFrame(geometry=[shapely.LineString([(0, 0), (200, 0)]),
                                       shapely.LineString([(1000, 0), (1200, 0)])], crs=CRS)
    sources = gpd.GeoDataFrame(geometry=[shapely.Point(0, -5), shapely.Point(1000, -5),
                                         shapely.Point(0, 900)], crs=CRS)
    sinks = gpd.GeoDataFrame({"mwh": [100.0]}, geometry=[shapely.Point(150, 10)], crs=CRS)
    result = dh_network(sources, sinks, roads, demand_column="mwh", options=NetworkOptions())
    assert result.source_fed.tolist() == [True, False, False]


def test_dunkirk_sites_with_heat_supplies_are_the_sources():
    sites, resources, _ = sample_territory()
    found = site_sources(resources, sites, load_catalogue(), supply_c=90.0)
    supply = found.supply
    # One point per site; each supply row belongs to one of them.
    assert found.points["source_id"].is_unique
    assert set(supply["site"]) == set(range(len(found.points)))
    assert (supply["heat_mwh_yr"] > 0).all()
    # Heat colder than the 90 °C supply is left out and said (the effluent heat at 15 °C).
    assert "DK25" not in set(found.points["source_id"])
    assert any("colder than" in w and "R076" in w for w in found.warnings)
    everything = site_sources(resources, sites, load_catalogue())
    assert len(everything.supply) > len(supply)
    with pytest.raises(HeatSourceError, match="can feed"):
        site_sources(resources, sites, load_catalogue(), supply_c=10_000.0)


def test_cells_of_a_heat_density_raster_inside_dh_areas_become_sinks():
    from ite_qgis.core.heat.network.cell_sinks import cell_sinks

    density = np.array([[0.0, 50.0, 50.0, -9999.0],
                        [0.0, 50.0, 200.0, 50.0],
                        [0.0, 0.0, 0.0, 50.0],
                        [np.nan, 0.0, 0.0, 50.0]])
    transform = (1000.0, 2000.0, 100.0)  # 100 m cells: 1 ha, so MWh/ha = MWh per cell
    cells = cell_sinks(density, transform, CRS, nodata=-9999.0)
    assert len(cells) == 7 and cells["demand_mwh_yr"].sum() == pytest.approx(500.0)
    first = cells.iloc[0]
    assert first["sink_id"] == "0_1" and (first.geometry.x, first.geometry.y) == (1150.0, 1950.0)
    # Inside one DH area (the two top-middle rows), 4 cells are left.
    area = gpd.GeoDataFrame(geometry=[shapely.box(1100, 1800, 1300, 2000)], crs=CRS)
    inside = cell_sinks(density, transform, CRS, areas=area)
    assert sorted(inside["sink_id"]) == ["0_1", "0_2", "1_1", "1_2"]
    # Streets near the lower right corner only: cells outside their extent + 100 m are not read.
    street = gpd.GeoDataFrame(geometry=[shapely.LineString([(1350, 1650), (1350, 1700)])],
                              crs=CRS)
    near = cell_sinks(density, transform, CRS, streets=street, margin_m=100.0)
    assert sorted(near["sink_id"]) == ["2_3", "3_3"]
    result = dh_network(gpd.GeoDataFrame(geometry=[shapely.Point(1350, 1660)], crs=CRS), near,
                        street, demand_column="demand_mwh_yr", sink_id_column="sink_id")
    assert result.numbers["DELIVERED_MWH_YR"] == pytest.approx(100.0)
    with pytest.raises(Exception, match="projected CRS"):
        cell_sinks(density, transform, "EPSG:4326")


def test_the_design_load_sets_the_demand_peak():
    demand = degree_day_profile()
    free = network_season([500.0], [np.nan], 1000.0, 100.0, demand)
    sized = network_season([500.0], [np.nan], 1000.0, 100.0, demand, design_load_kw=300.0)
    # Same energy, same usable heat; the peak is the design load plus the steady losses.
    assert sized.usable_mwh_yr == pytest.approx(free.usable_mwh_yr)
    assert sized.demand_peak_kw == pytest.approx(300.0 + 100.0 / 8.76)
    assert sized.backup_peak_kw == pytest.approx(300.0 + 100.0 / 8.76 - 500.0 / 8.76)
    # A design load below the months' mean power cannot lower a month's peak under its mean.
    low = network_season([0.0], [np.nan], 1000.0, 0.0, demand, design_load_kw=1.0)
    assert low.demand_peak_kw == pytest.approx(1000.0 * (demand.shares / MONTH_HOURS).max()
                                               * 1000.0)


def test_only_the_source_the_network_starts_from_feeds_it_and_counts_once():
    # Three sources on one street (two at the same place); the sinks lie beyond them. The
    # trench starts at the nearest: one source feeds the network, its design load counted once.
    roads = gpd.GeoDataFrame(geometry=[shapely.LineString([(0, 0), (400, 0)])], crs=CRS)
    sources = gpd.GeoDataFrame(geometry=[shapely.Point(0, -5), shapely.Point(100, -5),
                                         shapely.Point(100, -5)], crs=CRS)
    sinks = gpd.GeoDataFrame({"kw": [50.0, 50.0]}, geometry=[shapely.Point(300, 10),
                                                              shapely.Point(350, 10)], crs=CRS)
    result = dh_network(sources, sinks, roads, peak_column="kw")
    assert result.source_fed.sum() == 1
    assert result.numbers["DESIGN_LOAD_KW"] == pytest.approx(sum(result.source_load_kw.values()))
    assert result.numbers["DESIGN_LOAD_KW"] <= 100.0
    services = result.services
    assert (services["kind"] == "source").sum() == 1
