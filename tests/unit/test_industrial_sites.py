"""The Hotmaps industrial database loaded as a territory (core of ite:loadindustrialsites)."""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest
import shapely
from pyproj import Transformer

from ite_qgis.core.territory import industrial_database as db
from ite_qgis.core.territory.industrial_sites import load_industrial_sites

# The Brescia raster of ../shared/data/hotmaps/brescia in degrees (gdalinfo corners, rounded out).
BRESCIA = (9.83, 45.05, 11.53, 46.36)


@pytest.fixture(scope="module")
def database():
    return db.read_database()


@pytest.fixture(scope="module")
def whole(database):
    return load_industrial_sites(database)


def _row(**cells) -> dict:
    row = dict.fromkeys(db.COLUMNS, "")
    row.update({db.SITE_ID: "1", db.NAME: "Works", db.GEOM: "SRID=4326;POINT(10.2 45.5)",
                db.SUBSECTOR: "Cement", db.ETS: "1000", db.NUTS2: "ITC4"})
    row.update(cells)
    return row


def test_the_shipped_copy_is_the_shared_file_with_its_licence(shared_data):
    shipped = db.shipped_database()
    original = shared_data / "hotmaps" / "industrial_database.csv"
    assert shipped.read_bytes() == original.read_bytes()
    readme = (shipped.parent / "README.md").read_text(encoding="utf-8")
    assert "CC BY 4.0" in readme and "Manz" in readme and "Fleiter" in readme


def test_every_row_of_the_database_is_loaded_or_rejected(database, whole):
    assert len(database) == 5029
    assert len(whole.sites) + len(whole.rejected) == 5029
    assert len(whole.sites) == 3547
    assert whole.rejected["problem"].value_counts().to_dict() == {
        "nothing_to_load": 958, "no_point": 524}
    assert whole.sites["site_id"].is_unique and whole.resources["resource_id"].is_unique
    assert set(whole.resources["site_id"]) <= set(whole.sites["site_id"])
    assert whole.sites.crs.to_epsg() == 3035
    counts = whole.resources["resource"].value_counts().to_dict()
    assert counts == {"co2": 3547, "fuel-gas": 1029, "heat:200-500c": 536, "heat:100-200c": 402,
                      "heat:above-500c": 183}


def test_excess_heat_is_kept_in_mwh_per_band(whole):
    heat = whole.resources[whole.resources["resource"].str.startswith("heat:")]
    raw = pd.read_csv(db.shipped_database(), sep=";")
    total_gwh = raw["Excess_Heat_Total"].sum()
    rejected = raw["SiteID"].astype(str).isin(set(whole.rejected["hotmaps_id"]))
    lost_gwh = raw.loc[rejected, "Excess_Heat_Total"].sum()
    # The bands add up to the total (to the database's rounding to 0.01 GWh/yr).
    assert heat["quantity"].sum() == pytest.approx((total_gwh - lost_gwh) * 1000.0, rel=1e-5)
    assert (heat["unit"] == "MWh/yr").all()
    temperatures = heat.groupby("resource")["temperature_c"].unique().to_dict()
    assert {k: list(v) for k, v in temperatures.items()} == {
        "heat:100-200c": [150.0], "heat:200-500c": [350.0], "heat:above-500c": [500.0]}


def test_voestalpine_linz_as_a_user_checks_it(whole):
    site = whole.sites.set_index("site_id").loc["hotmaps:2"]
    assert site["name"] == "voestalpine Stahl GmbH" and site["nace"] == "24.10"
    assert site["nuts2"] == "AT31" and site["co2_source"] == "ets"
    x, y = Transformer.from_crs(4326, 3035, always_xy=True).transform(14.343056, 48.281944)
    assert (site.geometry.x, site.geometry.y) == pytest.approx((x, y))
    rows = whole.resources[whole.resources["site_id"] == "hotmaps:2"].set_index("resource")
    assert rows.loc["heat:100-200c", "quantity"] == pytest.approx(595_710.0)
    assert rows.loc["heat:200-500c", "quantity"] == pytest.approx(330_480.0)
    assert rows.loc["heat:above-500c", "quantity"] == pytest.approx(40_160.0)
    assert rows.loc["co2", "quantity"] == 8_698_426.0 and rows.loc["co2", "unit"] == "t/yr"
    assert rows.loc["fuel-gas", "direction"] == "demand"
    assert rows.loc["fuel-gas", "quantity"] == pytest.approx(19_732_480.0)
    assert (rows["direction"] == "supply").sum() == 4


def test_eprtr_figure_when_ets_is_missing_is_flagged(database, whole):
    no_ets = database[(database[db.ETS] == "") & (database[db.EPRTR] != "")
                      & (database[db.GEOM] != "")].iloc[0]
    site_id = "hotmaps:" + no_ets[db.SITE_ID]
    site = whole.sites.set_index("site_id").loc[site_id]
    assert site["co2_source"] == "eprtr"
    co2 = whole.resources[(whole.resources["site_id"] == site_id)
                          & (whole.resources["resource"] == "co2")].iloc[0]
    assert co2["quantity"] == float(no_ets[db.EPRTR]) and "E-PRTR" in co2["description"]
    assert (whole.sites["co2_source"] == "eprtr").sum() == 276


def test_every_subsector_gets_its_documented_nace(whole):
    nace = whole.sites.groupby("subsector")["nace"].unique().map(list).to_dict()
    assert nace == {
        "Cement": ["23.51"], "Chemical industry": ["20.14"], "Glass": ["23.13"],
        "Iron and steel": ["24.10"], "Non-ferrous metals": ["24.42"],
        "Non-metallic mineral products": ["23.32"], "Other non-classified": [""],
        "Paper and printing": ["17.12"], "Refineries": ["19.20"]}
    from ite_qgis.core.reference.nace import codes_table

    assert set(db.subsector_table()["nace"]) - {""} <= set(codes_table().index)


def test_quirks_are_said(whole):
    text = " ".join(whole.warnings)
    assert "Refineries" in text and "no excess heat" in text and "0.01 degree" in text
    refineries = whole.sites[whole.sites["subsector"] == "Refineries"]
    assert len(refineries) and (refineries["excess_heat_mwh_yr"] == 0).all()


def test_nuts2_filter_on_lombardy(database):
    result = load_industrial_sites(database, nuts2="itc4")
    assert len(result.sites) == 88 and len(result.rejected) == 13
    assert (result.sites["nuts2"] == "ITC4").all()
    assert set(result.rejected["problem"]) == {"nothing_to_load"}
    with pytest.raises(db.IndustrialDataError, match="ZZ99"):
        load_industrial_sites(database, nuts2="ITC4, ZZ99")
    with pytest.raises(db.IndustrialDataError, match="not NUTS 2 ids"):
        load_industrial_sites(database, nuts2="Lombardy")


def test_extent_and_region_give_the_same_sites(database):
    by_extent = load_industrial_sites(database, extent=BRESCIA)
    box = gpd.GeoDataFrame(geometry=[shapely.box(*BRESCIA)], crs=4326).to_crs(3035)
    by_region = load_industrial_sites(database, region=box.to_crs(4326))
    assert len(by_extent.sites) == 87
    assert list(by_extent.sites["site_id"]) == list(by_region.sites["site_id"])
    in_3035 = load_industrial_sites(database, region=box)  # any CRS; the edges bend a little
    assert abs(len(in_3035.sites) - 87) <= 3


def test_areas_outside_europe_are_refused(database):
    with pytest.raises(db.IndustrialDataError, match="outside Europe"):
        load_industrial_sites(database, extent=(-80.0, 35.0, -70.0, 45.0))  # New York
    far = gpd.GeoDataFrame(geometry=[shapely.box(100, 10, 101, 11)], crs=4326)
    with pytest.raises(db.IndustrialDataError, match="outside Europe"):
        load_industrial_sites(database, region=far)
    with pytest.raises(db.IndustrialDataError, match="No site"):
        load_industrial_sites(database, extent=(-20.0, 40.0, -19.0, 41.0))  # the Atlantic


def test_rows_it_cannot_use_go_to_rejected_with_the_reason():
    frame = pd.DataFrame([
        _row(),
        _row(**{db.SITE_ID: "1"}),  # duplicate
        _row(**{db.SITE_ID: "2", db.GEOM: ""}),
        _row(**{db.SITE_ID: "3", db.ETS: "abc"}),
        _row(**{db.SITE_ID: "4", db.FUEL: "-5"}),
        _row(**{db.SITE_ID: "5", db.SUBSECTOR: "Bakeries"}),
        _row(**{db.SITE_ID: "6", db.ETS: "0"}),
        _row(**{db.SITE_ID: "", db.ETS: "10"}),
        _row(**{db.SITE_ID: "7", db.ETS: "1 234,5", db.HEAT_500: "0,5"}),
    ])
    result = load_industrial_sites(frame)
    assert list(result.sites["site_id"]) == ["hotmaps:1", "hotmaps:7"]
    assert dict(zip(result.rejected["row"], result.rejected["problem"], strict=True)) == {
        3: "duplicate_id", 4: "no_point", 5: "bad_number", 6: "bad_number",
        7: "unknown_subsector", 8: "nothing_to_load", 9: "no_id"}
    assert result.rejected["reason"].str.len().gt(10).all()
    seven = result.resources[result.resources["site_id"] == "hotmaps:7"].set_index("resource")
    assert seven.loc["co2", "quantity"] == 1234.5
    assert seven.loc["heat:above-500c", "quantity"] == 500.0
    assert any("Emissions_ETS_2014" in w and "3" in w for w in result.warnings)


def test_rows_without_a_point_in_a_chosen_region_are_listed():
    frame = pd.DataFrame([_row(), _row(**{db.SITE_ID: "2", db.GEOM: ""}),
                          _row(**{db.SITE_ID: "3", db.GEOM: "", db.NUTS2: "FR10"})])
    result = load_industrial_sites(frame, extent=(10.0, 45.0, 11.0, 46.0))
    assert list(result.rejected["hotmaps_id"]) == ["2"]


def test_a_newer_file_with_the_same_columns_is_read(tmp_path, database):
    renamed = database.head(20).rename(columns=lambda c: c.lower().replace("-", "_"))
    path = tmp_path / "newer.csv"
    renamed.to_csv(path, index=False)  # comma separated, lower-case names
    again = db.read_database(path)
    assert list(again.columns) == list(db.COLUMNS)
    assert again[db.HEAT_100_200].tolist() == database[db.HEAT_100_200].head(20).tolist()
    wrong = tmp_path / "wrong.csv"
    database.head(5).drop(columns=[db.GEOM, db.FUEL]).to_csv(wrong, sep=";", index=False)
    with pytest.raises(db.IndustrialDataError, match="lacks the columns geom, Fuel_Demand"):
        db.read_database(wrong)
    with pytest.raises(db.IndustrialDataError, match="does not exist"):
        db.read_database(tmp_path / "absent.csv")


def test_a_geographic_crs_is_refused(database):
    with pytest.raises(db.IndustrialDataError, match="projected"):
        load_industrial_sites(database, nuts2="ITC4", target_crs="EPSG:4326")


def test_coordinates_are_parsed_without_a_loop():
    frame = pd.DataFrame({db.GEOM: ["SRID=4326;POINT(15.06 47.03)", "POINT (-3.5 40.1)", "",
                                    "POINT(200 10)", "LINESTRING(0 0, 1 1)"]})
    lon, lat = db.points(frame)
    assert np.allclose(lon[:2], [15.06, -3.5]) and np.allclose(lat[:2], [47.03, 40.1])
    assert np.isnan(lon[2:]).all()
