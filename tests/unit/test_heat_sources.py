"""Heat sources from the resources table (core/heat/sources.py): units, sites, temperatures."""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest
from shapely.geometry import Point

from ite_qgis.core.heat.sources import HeatSourceError, heat_quantities, resource_heat_sources
from ite_qgis.core.reference.catalogue import load_catalogue


def test_annual_energy_is_heat_power_and_rates_are_capacity():
    heat, capacity, usable = heat_quantities(
        [1000.0, 5.0, 2.0, 3.0, 4000.0, 7.0, 1.0],
        ["MWh/yr", "MW", "GWh/yr", "MWh/h", "t/yr", "kW", None],
    )
    np.testing.assert_allclose(heat, [1000.0, np.nan, 2000.0, np.nan, np.nan, np.nan, np.nan])
    np.testing.assert_allclose(capacity, [np.nan, 5.0, np.nan, 3.0, np.nan, 0.007, np.nan])
    assert usable.tolist() == [True, True, True, True, False, True, False]


def _sites():
    return gpd.GeoDataFrame(
        {"site_id": ["S1", "S2"], "name": ["Steelworks", "Refinery"]},
        geometry=[Point(0, 0), Point(1000, 0)],
        crs="EPSG:2154",
    )


def _resources():
    return pd.DataFrame(
        {
            "resource_id": ["R1", "R2", "R3", "R4", "R5", "R6"],
            "site_id": ["S1", "S2", "S1", "S9", "S2", "S1"],
            "direction": ["supply", " Supply ", "supply", "supply", "demand", "supply"],
            "resource": ["heat:200-500c", "steam", "heat", "heat", "heat", "ewc:100202"],
            "description": ["flue gas", None, "", "", "", ""],
            "quantity": [20000, 12, 500, 100, 900, 3000],
            "unit": ["MWh/yr", "MW", "t/yr", "MWh/yr", "MWh/yr", "t/yr"],
            "temperature_c": [None, 180, None, None, None, None],
            "hours_per_year": [None, 8000, None, None, None, None],
        }
    )


def test_heat_and_steam_supplies_become_sources_at_their_sites():
    sources, warnings = resource_heat_sources(
        _resources(), _sites(), load_catalogue(), name_column="name"
    )
    assert sources["source_id"].tolist() == ["R1", "R2"]
    assert sources["name"].tolist() == ["Steelworks - flue gas", "Refinery"]
    assert sources["site_id"].tolist() == ["S1", "S2"]
    np.testing.assert_allclose(sources["heat_mwh_yr"], [20000.0, np.nan])
    np.testing.assert_allclose(sources["capacity_mw"], [np.nan, 12.0])
    np.testing.assert_allclose(sources["hours_per_year"], [np.nan, 8000.0])
    # No temperature given: the lower bound of the band heat:200-500c.
    np.testing.assert_allclose(sources["temperature_c"], [200.0, 180.0])
    assert sources.geometry.x.tolist() == [0.0, 1000.0] and sources.crs.to_epsg() == 2154
    assert warnings == [
        "1 heat or steam rows are not in an energy unit (MWh/yr, MW) and were left out: R3",
        "1 heat rows refer to sites missing from the sites layer and were left out: R4",
    ]


def test_ids_without_resource_id_and_names_without_a_name_column():
    table = _resources().drop(columns=["resource_id"]).iloc[:2]
    sources, warnings = resource_heat_sources(table, _sites(), load_catalogue())
    assert sources["source_id"].tolist() == ["S1:heat:200-500c", "S2:steam"]
    assert sources["name"].tolist() == ["S1 - flue gas", "S2"]
    assert warnings == []


def test_tables_without_heat_supply_or_columns_are_refused():
    catalogue = load_catalogue()
    with pytest.raises(HeatSourceError, match="lacks the columns unit"):
        resource_heat_sources(_resources().drop(columns=["unit"]), _sites(), catalogue)
    with pytest.raises(HeatSourceError, match="no heat or steam supply row"):
        resource_heat_sources(_resources().iloc[4:], _sites(), catalogue)
    with pytest.raises(HeatSourceError, match="no site_id field"):
        resource_heat_sources(_resources(), _sites(), catalogue, site_column="code")
