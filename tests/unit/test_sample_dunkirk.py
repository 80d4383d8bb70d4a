"""The embedded Dunkirk sample territory and its SYNTHETIC heat-demand grid."""

from __future__ import annotations

import math
import os
import re
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from ite_qgis import assets
from ite_qgis.core.samples import synthetic_heat

SAMPLE_DIR = assets.samples_dir() / "dunkirk"

SITE_COLUMNS = ["site_id", "name", "operator", "address", "nace", "status", "employees",
                "confidential", "x", "y"]
RESOURCE_COLUMNS = ["resource_id", "site_id", "direction", "resource", "description",
                    "quantity", "unit", "temperature_c", "hours_per_year",
                    "cost_eur_per_unit", "confidential"]
FLOW_COLUMNS = ["flow_id", "from_site", "to_site", "resource", "quantity", "unit", "status",
                "year", "description", "source"]

# The catalogue code scheme of the project brief, and the unit each family is stated in.
CODE_UNITS = {
    "heat": "MWh/yr", "heat:below-100c": "MWh/yr", "heat:100-200c": "MWh/yr",
    "heat:200-500c": "MWh/yr", "heat:above-500c": "MWh/yr", "steam": "MWh/yr",
    "electricity": "MWh/yr", "fuel-gas": "MWh/yr",
    "water": "m3/yr", "water:cooling": "m3/yr", "wastewater": "m3/yr", "compressed-air": "m3/yr",
    "co2": "t/yr", "hydrogen": "t/yr",
    "service:waste-collection": "count/yr", "service:group-purchasing": "count/yr",
    "service:shared-equipment": "count/yr", "service:logistics": "count/yr",
    "material:clinker-substitute": "t/yr", "material:aggregate": "t/yr",
    "material:gypsum": "t/yr", "material:fuel": "t/yr", "material:fertiliser": "t/yr",
    "material:animal-feed": "t/yr",
}
EWC_CODE = re.compile(r"^ewc:\d{6}$")

# Dunkirk area in WGS84 degrees, from Gravelines to Bray-Dunes and inland to Bergues.
LON_RANGE = (2.0, 2.6)
LAT_RANGE = (50.9, 51.1)


def _read(name: str) -> pd.DataFrame:
    return pd.read_csv(SAMPLE_DIR / name, dtype={"nace": str}, encoding="utf-8")


@pytest.fixture(scope="module")
def sites() -> pd.DataFrame:
    return _read("sites.csv")


@pytest.fixture(scope="module")
def resources() -> pd.DataFrame:
    return _read("resources.csv")


@pytest.fixture(scope="module")
def flows() -> pd.DataFrame:
    return _read("flows.csv")


@pytest.fixture(scope="module")
def heat_grid() -> tuple[np.ndarray, tuple[float, float, float], str]:
    return synthetic_heat.dunkirk_heat_grid()


def _shared_data_dir() -> Path:
    """The shared test data folder, resolved as the project brief says; skip when absent."""
    candidates = []
    if os.environ.get("ITE_SHARED_DATA"):
        candidates.append(Path(os.environ["ITE_SHARED_DATA"]))
    candidates += [assets.ROOT.parent / "shared" / "data", Path("/shared/data")]
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    pytest.skip("shared test data (../shared/data) not found; set ITE_SHARED_DATA")


def _code_unit(code: str) -> str | None:
    if EWC_CODE.match(code):
        return "t/yr"
    return CODE_UNITS.get(code)


# --- sites -------------------------------------------------------------------------------------


def test_sites_table_has_the_model_columns_and_20_to_30_unique_sites(sites):
    assert list(sites.columns) == SITE_COLUMNS
    assert 20 <= len(sites) <= 30
    assert sites["site_id"].is_unique
    assert sites[["site_id", "name", "operator", "address", "nace", "status"]].notna().all().all()


def test_site_status_confidential_and_employees_are_valid(sites):
    assert set(sites["status"]) <= {"existing", "planned", "candidate"}
    assert {"existing", "planned", "candidate"} <= set(sites["status"])
    assert set(sites["confidential"]) <= {0, 1}
    assert 2 <= int(sites["confidential"].sum()) <= 3
    assert (sites["employees"] > 0).all()


def test_site_nace_codes_are_four_digit_classes(sites):
    assert sites["nace"].str.fullmatch(r"\d{2}\.\d{2}").all(), sites["nace"].tolist()


def test_site_nace_codes_exist_in_nace_rev2(sites):
    nace = pd.read_csv(_shared_data_dir() / "nace_rev2_codes.csv", dtype=str)
    unknown = set(sites["nace"]) - set(nace["nace_code"])
    assert not unknown


def test_site_coordinates_lie_in_the_dunkirk_area_with_five_decimals(sites):
    assert sites["x"].between(*LON_RANGE).all()
    assert sites["y"].between(*LAT_RANGE).all()
    assert np.allclose(sites["x"], sites["x"].round(5))
    assert np.allclose(sites["y"], sites["y"].round(5))
    # No two sites share a point: every one can be told apart on the map.
    assert not sites.duplicated(["x", "y"]).any()


def test_the_key_dunkirk_actors_are_present(sites):
    by_nace = sites.groupby("nace")["name"].apply(" | ".join)
    assert "ArcelorMittal" in by_nace["24.10"]
    assert "Aluminium Dunkerque" in by_nace["24.42"]
    assert "Gravelines" in by_nace["35.11"] and "DK6" in by_nace["35.11"]
    assert "LNG" in by_nace["52.21"]
    assert "Ecocem" in by_nace["23.51"]
    assert "district heating" in by_nace["35.30"]
    for nace in ("86.10", "37.00", "36.00", "27.20", "10.41", "20.16"):
        assert nace in by_nace.index, nace


# --- resources ---------------------------------------------------------------------------------


def test_resources_table_has_the_model_columns_and_unique_ids(resources):
    assert list(resources.columns) == RESOURCE_COLUMNS
    assert 60 <= len(resources) <= 100
    assert resources["resource_id"].is_unique


def test_the_sample_territory_has_the_model_columns_and_no_suggested_code():
    from ite_qgis.core.samples.dunkirk import sample_territory
    from ite_qgis.core.territory import schema

    _sites, resources, _flows = sample_territory()
    assert list(resources.columns) == schema.names(schema.RESOURCES)
    assert (resources["code_suggested"] == 0).all()


def test_every_resource_belongs_to_a_site(resources, sites):
    assert set(resources["site_id"]) <= set(sites["site_id"])


def test_resource_directions_quantities_and_costs_are_valid(resources):
    assert set(resources["direction"]) == {"supply", "demand"}
    assert np.isfinite(resources["quantity"]).all()
    assert (resources["quantity"] >= 0).all()
    # A demand's cost is what it pays; a supply sold today has a negative cost (the revenue
    # a synergy replaces), see SOURCES.md.
    demand = resources["direction"] == "demand"
    assert (resources.loc[demand, "cost_eur_per_unit"].dropna() >= 0).all()
    sold = resources[resources["cost_eur_per_unit"] < 0]
    assert set(sold["resource_id"]) == {"R022", "R025", "R048", "R091"}
    assert set(resources["confidential"]) <= {0, 1}


def test_resource_codes_follow_the_scheme_and_match_their_units(resources):
    units = resources["resource"].map(_code_unit)
    unknown = resources.loc[units.isna(), "resource"].tolist()
    assert not unknown
    mismatched = resources.loc[units != resources["unit"], ["resource_id", "resource", "unit"]]
    assert mismatched.empty, mismatched.to_string()


def test_resource_ewc_codes_exist_in_the_list_of_waste(resources):
    ewc = pd.read_csv(_shared_data_dir() / "ewc_codes.csv", dtype=str)
    used = set(resources.loc[resources["resource"].str.startswith("ewc:"), "resource"].str[4:])
    assert used
    assert not used - set(ewc["ewc_code"])


def test_heat_and_steam_rows_state_temperature_and_hours(resources):
    thermal = resources[resources["resource"].str.match(r"^(heat|steam)")]
    assert len(thermal) >= 20
    assert thermal["temperature_c"].between(5, 600).all()
    assert thermal["hours_per_year"].between(500, 8760).all()
    others = resources[~resources.index.isin(thermal.index)]
    assert others["temperature_c"].isna().all()


def test_confidential_sites_have_confidential_resources(resources, sites):
    confidential_sites = set(sites.loc[sites["confidential"] == 1, "site_id"])
    flags = resources.set_index("site_id")["confidential"]
    assert (flags[flags.index.isin(confidential_sites)] == 1).all()
    assert (flags[~flags.index.isin(confidential_sites)] == 0).all()


def test_resources_offer_the_synergies_the_sample_is_meant_to_show(resources):
    supply = resources[resources["direction"] == "supply"]
    demand = resources[resources["direction"] == "demand"]
    # Slag for clinker substitution, heat for district heating, CO2 and steam for plants.
    assert (supply["resource"] == "ewc:100202").sum() >= 2
    assert (demand["resource"] == "material:clinker-substitute").sum() >= 2
    dh_heat = demand[(demand["resource"] == "heat") & demand["temperature_c"].between(90, 110)]
    assert len(dh_heat) >= 2
    assert (demand["resource"] == "steam").sum() >= 4
    assert (demand["resource"] == "co2").sum() >= 1
    assert (demand["resource"] == "service:waste-collection").sum() >= 5
    low_heat = supply[supply["resource"] == "heat:below-100c"]
    assert len(low_heat) >= 3


def test_steelworks_orders_of_magnitude(resources, sites):
    steel_id = sites.loc[sites["name"].str.contains("ArcelorMittal Dunkerque"), "site_id"].item()
    steel = resources[(resources["site_id"] == steel_id) & (resources["direction"] == "supply")]
    slag_t_yr = steel.loc[steel["resource"] == "ewc:100202", "quantity"].max()
    assert 1.5e6 <= slag_t_yr <= 2.5e6
    co2_t_yr = steel.loc[steel["resource"] == "co2", "quantity"].item()
    assert 7e6 <= co2_t_yr <= 13e6


# --- flows -------------------------------------------------------------------------------------


def test_flows_table_has_the_model_columns_and_valid_values(flows, sites):
    assert list(flows.columns) == FLOW_COLUMNS
    assert flows["flow_id"].is_unique
    assert set(flows["from_site"]) | set(flows["to_site"]) <= set(sites["site_id"])
    assert (flows["from_site"] != flows["to_site"]).all()
    assert set(flows["status"]) <= {"existing", "planned"}
    assert (flows["quantity"] >= 0).all()
    assert flows["year"].between(1960, 2035).all()
    assert flows["source"].notna().all()
    units = flows["resource"].map(_code_unit)
    assert units.notna().all()
    assert (units == flows["unit"]).all()


def test_district_heating_flow_from_the_steelworks_is_100_mw_scale(flows, sites, resources):
    steel_id = sites.loc[sites["name"].str.contains("ArcelorMittal Dunkerque"), "site_id"].item()
    dh_ids = sites.loc[(sites["nace"] == "35.30") & sites["name"].str.startswith("Dunkerque"),
                       "site_id"]
    dh_id = dh_ids.item()
    dh_flow = flows[(flows["from_site"] == steel_id) & (flows["to_site"] == dh_id)]
    assert len(dh_flow) == 1
    dh_flow = dh_flow.iloc[0]
    assert dh_flow["resource"].startswith("heat")
    assert dh_flow["status"] == "existing"
    assert dh_flow["year"] == 1985
    # Energy over the network's full-load hours gives the capacity it takes: about 100 MW.
    network_demand = resources[(resources["site_id"] == dh_id)
                               & (resources["direction"] == "demand")
                               & (resources["resource"] == "heat")].iloc[0]
    capacity_mw = dh_flow["quantity"] / network_demand["hours_per_year"]
    assert 60 <= capacity_mw <= 150


def test_other_documented_exchanges_are_present(flows, sites):
    nace = sites.set_index("site_id")["nace"]
    names = sites.set_index("site_id")["name"]
    existing = flows[flows["status"] == "existing"]
    gas_to_dk6 = existing[(existing["resource"] == "fuel-gas")
                          & existing["to_site"].map(names).str.contains("DK6")
                          & (existing["from_site"].map(nace) == "24.10")]
    assert gas_to_dk6["year"].tolist() == [2005]
    slag = existing[(existing["resource"] == "ewc:100202")
                    & (existing["to_site"].map(nace) == "23.51")]
    assert len(slag) == 1
    from_nuclear = existing[existing["from_site"].map(names).str.contains("nuclear")]
    assert {"LNG", "Aquanord"} <= {
        word for name in from_nuclear["to_site"].map(names) for word in name.split()}
    assert (flows["status"] == "planned").sum() >= 2


# --- synthetic heat grid -----------------------------------------------------------------------


def test_heat_grid_is_float32_lambert93_with_the_documented_extent(heat_grid):
    density, transform, crs = heat_grid
    assert crs == "EPSG:2154"
    assert density.dtype == np.float32
    assert transform == (634_000.0, 7_111_000.0, 100.0)
    assert density.shape == (180, 340)  # 18 km x 34 km at 100 m


def test_heat_grid_is_deterministic(heat_grid):
    again, _, _ = synthetic_heat.dunkirk_heat_grid(cell_m=100.0, seed=1985)
    assert np.array_equal(again, heat_grid[0])
    other_seed, _, _ = synthetic_heat.dunkirk_heat_grid(seed=1986)
    assert not np.array_equal(other_seed, heat_grid[0])


def test_heat_grid_is_finite_non_negative_and_totals_the_documented_demand(heat_grid):
    density, transform, _ = heat_grid
    assert np.isfinite(density).all()
    assert (density >= 0).all()
    cell_ha = transform[2] ** 2 / 10_000
    total_mwh_yr = float(density.sum(dtype=np.float64)) * cell_ha
    low, high = synthetic_heat.HEAT_DEMAND_RANGE_MWH_YR
    assert low <= total_mwh_yr <= high
    assert math.isclose(total_mwh_yr, synthetic_heat.TOTAL_HEAT_DEMAND_MWH_YR, rel_tol=1e-4)


def _density_at(heat_grid, x_m: float, y_m: float) -> float:
    density, (x_min, y_max, cell_m), _ = heat_grid
    return float(density[int((y_max - y_m) // cell_m), int((x_m - x_min) // cell_m)])


def test_heat_grid_densities_are_plausible(heat_grid):
    centre = _density_at(heat_grid, 656_200, 7_104_760)  # Dunkerque, place Jean Bart
    teteghem = _density_at(heat_grid, 660_760, 7_102_720)
    countryside = _density_at(heat_grid, 648_000, 7_096_000)  # fields south of Loon-Plage
    assert 400 <= centre <= 1_000
    assert 50 <= teteghem <= 250
    assert 0 < countryside < 10
    assert heat_grid[0].max() <= 1_500


def test_heat_grid_sea_is_zero(heat_grid):
    assert _density_at(heat_grid, 650_000, 7_110_000) == 0.0  # North Sea off Mardyck
    assert _density_at(heat_grid, 657_800, 7_107_500) == 0.0  # off Malo-les-Bains beach
    land_share = float((heat_grid[0] > 0).mean())
    assert 0.6 < land_share < 0.85


def test_heat_grid_total_does_not_depend_on_cell_size():
    density, transform, _ = synthetic_heat.dunkirk_heat_grid(cell_m=200.0)
    assert density.shape == (90, 170)
    total_mwh_yr = float(density.sum(dtype=np.float64)) * transform[2] ** 2 / 10_000
    assert math.isclose(total_mwh_yr, synthetic_heat.TOTAL_HEAT_DEMAND_MWH_YR, rel_tol=1e-4)


@pytest.mark.parametrize("cell_m", [0, -100, float("nan"), "wide", 1.0])
def test_heat_grid_rejects_unusable_cell_sizes(cell_m):
    with pytest.raises(ValueError):
        synthetic_heat.dunkirk_heat_grid(cell_m=cell_m)


def test_ascii_grid_round_trip(tmp_path, heat_grid):
    density, transform, _ = heat_grid
    path = synthetic_heat.write_ascii_grid(tmp_path / "grid.asc", density, transform)
    lines = path.read_text(encoding="ascii").splitlines()
    header = {key: float(value) for key, value in (line.split() for line in lines[:6])}
    assert header == {"ncols": 340, "nrows": 180, "xllcorner": 634000.0, "yllcorner": 7093000.0,
                      "cellsize": 100.0, "NODATA_value": -9999}
    values = np.loadtxt(path, skiprows=6)
    assert values.shape == density.shape
    assert np.allclose(values, density, atol=1e-3)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["grid.asc"]  # no .prj, no leftovers


def test_ascii_grid_writes_nan_as_nodata(tmp_path):
    grid = np.array([[1.5, np.nan], [0.0, 2.25]], dtype=np.float32)
    path = synthetic_heat.write_ascii_grid(tmp_path / "tiny.asc", grid, (0.0, 200.0, 100.0),
                                           nodata=-1)
    values = np.loadtxt(path, skiprows=6)
    assert values.tolist() == [[1.5, -1.0], [0.0, 2.25]]
    assert "yllcorner 0.0" in " ".join(path.read_text(encoding="ascii").split())


def test_ascii_grid_with_crs_opens_in_gdal_georeferenced(tmp_path, heat_grid):
    gdal = pytest.importorskip("osgeo.gdal")
    from osgeo import osr

    density, transform, crs = heat_grid
    path = synthetic_heat.write_ascii_grid(tmp_path / "grid.asc", density, transform, crs=crs)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["grid.asc", "grid.prj"]
    with gdal.ExceptionMgr(), osr.ExceptionMgr():
        dataset = gdal.Open(str(path))
        assert dataset.GetGeoTransform() == (634000.0, 100.0, 0.0, 7111000.0, 0.0, -100.0)
        lambert93 = osr.SpatialReference()
        lambert93.ImportFromEPSG(2154)
        assert dataset.GetSpatialRef().IsSame(lambert93)
        band = dataset.GetRasterBand(1)
        assert band.GetNoDataValue() == -9999
        np.testing.assert_allclose(band.ReadAsArray(), density, atol=5e-4)


def test_synthetic_grid_file_is_labelled_synthetic(tmp_path):
    path = synthetic_heat.write_synthetic_heat_grid(tmp_path, cell_m=500.0)
    assert path.name == "heat_demand_synthetic.asc"
    assert path.is_file()
