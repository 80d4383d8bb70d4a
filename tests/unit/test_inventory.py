"""Importing users' inventories: every row is imported or rejected with its row number."""

from __future__ import annotations

import csv
import hashlib

import geopandas as gpd
import numpy as np
import openpyxl
import pandas as pd
import pytest
import shapely
from pyproj import Transformer

from ite_qgis.core.territory.input_table import read_table
from ite_qgis.core.territory.inventory_import import (
    REJECTED_COLUMNS,
    RESOURCE_FIELDS,
    SITE_FIELDS,
    InventoryError,
    guess_columns,
    import_inventory,
    normalise_directions,
)


@pytest.fixture(scope="module")
def catalogue():
    from ite_qgis.core.reference.catalogue import load_catalogue

    return load_catalogue()


def assert_accounting(result, rows_in: int) -> None:
    """Every row is used for a site or rejected once; every resource entry of an imported row
    is imported or rejected once."""
    rejected = result.rejected
    errors = rejected[rejected["severity"] == "error"]
    site_errors = errors[errors["table"] == "sites"]
    resource_errors = errors[errors["table"] == "resources"]
    assert result.counts["rows"] == rows_in
    assert site_errors["row"].is_unique
    assert result.counts["site_rows_imported"] + len(site_errors) == rows_in
    assert result.counts["resource_entries"] == len(result.resources) + len(resource_errors)
    assert result.counts["sites"] == len(result.sites)
    assert set(rejected["row"][rejected["table"] == "resources"]).isdisjoint(
        set(site_errors["row"])
    )


def reasons(result, table: str | None = None, severity: str = "error") -> dict[int, str]:
    found = result.rejected[result.rejected["severity"] == severity]
    if table:
        found = found[found["table"] == table]
    return dict(zip(found["row"], found["reason"], strict=True))


# --- guessing ---------------------------------------------------------------------------------


def test_guess_columns_in_french_and_english():
    french = guess_columns(
        [
            "SIRET",
            "Raison sociale",
            "Code NAF",
            "Exploitant",
            "Adresse",
            "offre/demande",
            "Code déchet",
            "Quantité (t/an)",
            "Unité",
            "Température (°C)",
            "Heures par an",
            "X_L93",
            "Y_L93",
            "Effectif",
        ]
    )
    assert french["site_id"] == "SIRET"
    assert french["name"] == "Raison sociale"
    assert french["nace"] == "Code NAF"
    assert french["operator"] == "Exploitant"
    assert french["address"] == "Adresse"
    assert french["direction"] == "offre/demande"
    assert french["resource"] == "Code déchet"
    assert french["quantity"] == "Quantité (t/an)"
    assert french["unit"] == "Unité"
    assert french["temperature_c"] == "Température (°C)"
    assert french["hours_per_year"] == "Heures par an"
    assert (french["x"], french["y"]) == ("X_L93", "Y_L93")
    assert french["employees"] == "Effectif"
    assert french["wkt"] is None

    english = guess_columns(
        [
            "site",
            "company",
            "NACE",
            "direction",
            "EWC",
            "qty",
            "unit",
            "longitude",
            "latitude",
            "geometry",
        ]
    )
    assert english["site_id"] == "site" and english["name"] == "company"
    assert english["resource"] == "EWC" and english["quantity"] == "qty"
    assert (english["x"], english["y"], english["wkt"]) == ("longitude", "latitude", "geometry")
    other = guess_columns(
        ["id_site", "entreprise", "APE", "sens", "CED", "quantite", "lon", "lat", "geom"]
    )
    assert other["site_id"] == "id_site" and other["name"] == "entreprise"
    assert other["nace"] == "APE" and other["direction"] == "sens"
    assert other["resource"] == "CED" and other["wkt"] == "geom"
    hotmaps = guess_columns(["SiteID", "CompanyName", "SiteName", "Address", "geom"])
    assert (hotmaps["site_id"], hotmaps["name"], hotmaps["operator"]) == (
        "SiteID",
        "SiteName",
        "CompanyName",
    )


def test_directions_in_french_and_english():
    values = pd.Series(
        [
            "offre",
            "Besoin",
            "demande",
            "fourniture",
            "output",
            "input",
            "Entrée",
            "supply",
            "DEMAND",
            "maybe",
            "",
        ]
    )
    result = normalise_directions(values)
    assert result.iloc[:9].tolist() == [
        "supply",
        "demand",
        "demand",
        "supply",
        "supply",
        "demand",
        "demand",
        "supply",
        "demand",
    ]
    assert result.iloc[9:].isna().all()


# --- long layout from a French CSV ----------------------------------------------------------

FRENCH_CSV = (
    "SIRET;Raison sociale;Code NAF;Sens;Code déchet;Quantité;Unité;Température;X_L93;Y_L93\n"
    "S1;Aciérie Sidérurgie;2410;offre;Heat;1 200,5;MWh/an;150;652 000;7 104 000\n"
    "\n"
    "S1;Aciérie Sidérurgie;24.10;offre;10 02 02;350 000;t/an;;652000;7104000\n"
    "S2;Verrerie;2311;besoin;heat;2 000;MWh/an;90;655000,5;7101000\n"
    "S3;Papeterie;1712;demande;water;;m3/an;;2,37;51,03\n"
    "S1;Autre nom;2410;offre;co2;10;t/an;;652000;7104000\n"
    "S4;Chimie;abc;offre;xyz;5;t/an;;660000;7110000\n"
    "S5;Sans lieu;2014;offre;co2;5;t/an;;;\n"
    "S6;Site seul;2014;;;;;;661000;7111000\n"
    "S2;Verrerie;2311;besoin;heat;abc;MWh/an;;655000,5;7101000\n"
    "S7;Loin;2014;offre;co2;5;t/an;;100000;1000000\n"
)


def test_long_latin1_csv_in_lambert93(tmp_path, catalogue):
    path = tmp_path / "inventaire.csv"
    path.write_bytes(FRENCH_CSV.encode("latin-1"))
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    read = read_table(path)
    assert (read.encoding, read.separator, read.decimal) == ("cp1252", ";", ",")
    result = import_inventory(
        read.frame,
        read.source_rows,
        catalogue=catalogue,
        source_crs="EPSG:2154",
        decimal=read.decimal,
    )
    assert hashlib.sha256(path.read_bytes()).hexdigest() == digest
    assert_accounting(result, rows_in=10)

    sites = result.sites
    assert list(sites.columns) == [*SITE_FIELDS, "geometry"]
    assert sites.crs.to_epsg() == 2154
    assert sites["site_id"].tolist() == ["S1", "S2", "S4", "S6"]
    assert sites["name"].tolist() == ["Aciérie Sidérurgie", "Verrerie", "Chimie", "Site seul"]
    assert sites["nace"].tolist() == ["24.10", "23.11", None, "20.14"]
    assert sites.geometry.x.tolist() == [652000.0, 655000.5, 660000.0, 661000.0]
    assert sites.geometry.y.tolist() == [7104000.0, 7101000.0, 7110000.0, 7111000.0]

    resources = result.resources
    assert list(resources.columns) == list(RESOURCE_FIELDS)
    assert resources["resource_id"].tolist() == ["S1-R1", "S1-R2", "S2-R1"]
    assert resources["resource"].tolist() == ["heat", "ewc:100202", "heat"]
    assert resources["direction"].tolist() == ["supply", "supply", "demand"]
    assert resources["quantity"].tolist() == [1200.5, 350000.0, 2000.0]
    assert resources["unit"].tolist() == ["MWh/yr", "t/yr", "MWh/yr"]
    assert resources["temperature_c"].tolist()[0] == 150.0
    assert np.isnan(resources["temperature_c"].iloc[1])

    site_errors = reasons(result, "sites")
    assert sorted(site_errors) == [6, 7, 9, 12]
    assert "look like degrees" in site_errors[6] and "EPSG:2154" in site_errors[6]
    assert site_errors[7] == (
        "site 'S1' is given on row 2 with Raison sociale "
        "'Aciérie Sidérurgie'; this row says 'Autre nom'"
    )
    assert site_errors[9] == "site 'S5' has no location: X_L93 and Y_L93 are empty"
    assert "fall outside the area where EPSG:2154 is used" in site_errors[12]
    assert reasons(result, "resources") == {
        8: "resource code 'xyz' is not in the catalogue",
        11: "quantity 'abc' is not a number",
    }
    assert reasons(result, "sites", "warning") == {
        8: "Code NAF 'abc' is not a NACE Rev. 2 class; left empty"
    }
    raw = dict(zip(result.rejected["row"], result.rejected["raw"], strict=True))
    assert raw[9] == (
        "SIRET=S5; Raison sociale=Sans lieu; Code NAF=2014; Sens=offre; "
        "Code déchet=co2; Quantité=5; Unité=t/an"
    )
    assert list(result.rejected.columns) == list(REJECTED_COLUMNS)
    assert result.rejected["row"].is_monotonic_increasing


def test_duplicate_site_ids_with_other_coordinates_are_rejected(catalogue):
    table = pd.DataFrame(
        {
            "site_id": ["A", "A", "A", "B"],
            "x": ["652000", "652000", "653000", "660000"],
            "y": ["7104000", "", "7104000", "7110000"],
        }
    )
    result = import_inventory(table, catalogue=catalogue, source_crs="EPSG:2154")
    assert_accounting(result, 4)
    errors = reasons(result, "sites")
    # row 3 gives x without y: rejected on its own; row 4 moves site A by 1 km
    assert errors == {
        3: "x is given but y is empty",
        4: "site 'A' is placed on row 2 at (652000, 7104000); this row places it at "
        "(653000, 7104000)",
    }
    assert result.sites["site_id"].tolist() == ["A", "B"]


def test_geographic_input_is_stored_in_a_metric_crs(catalogue):
    table = pd.DataFrame(
        {
            "site": ["D1", "D2"],
            "lon": ["2.3767", "2.2"],
            "lat": ["51.0344", "51.0"],
            "ressource": ["heat", "heat"],
            "sens": ["offre", "besoin"],
            "quantité": ["100", "50"],
            "unité": ["GWh/an", "MWh/an"],
            "température": ["", "70"],
        }
    )
    result = import_inventory(table, catalogue=catalogue, source_crs="EPSG:4326")
    assert_accounting(result, 2)
    assert result.sites.crs.is_projected
    assert result.crs == "EPSG:32631"  # UTM 31N: Dunkirk is at 2.4 E
    to_utm = Transformer.from_crs("EPSG:4326", "EPSG:32631", always_xy=True)
    x, y = to_utm.transform(2.3767, 51.0344)
    assert result.sites.geometry.iloc[0].x == pytest.approx(x, abs=1e-6)
    assert result.sites.geometry.iloc[0].y == pytest.approx(y, abs=1e-6)
    assert result.resources["quantity"].tolist() == [100000.0, 50.0]
    assert any("EPSG:32631" in note for note in result.notes)


def test_metres_declared_as_degrees_are_rejected(catalogue):
    table = pd.DataFrame({"site_id": ["M"], "x": ["652000"], "y": ["7104000"]})
    result = import_inventory(
        table, catalogue=catalogue, source_crs="EPSG:4326", target_crs="EPSG:2154"
    )
    assert_accounting(result, 1)
    assert "look like metres but EPSG:4326 is a geographic CRS" in reasons(result)[2]
    assert result.sites.empty


# --- WKT --------------------------------------------------------------------------------------


def test_wkt_points_polygons_and_bad_geometries(catalogue):
    square = (
        "POLYGON((652000 7104000, 652100 7104000, 652100 7104100, 652000 7104100, 652000 7104000))"
    )
    table = pd.DataFrame(
        {
            "site_id": ["P1", "P2", "P3", "P4", "P5", "P6", "P7"],
            "geom": [
                "SRID=4326;POINT(2.35 48.85)",
                "POINT (655000 7101000)",
                square,
                "LINESTRING(0 0, 1 1)",
                "POINT EMPTY",
                "POINT(1 2",
                "",
            ],
        }
    )
    result = import_inventory(
        table,
        catalogue=catalogue,
        coordinates="wkt",
        source_crs="EPSG:2154",
        target_crs="EPSG:2154",
    )
    assert_accounting(result, 7)
    assert result.sites["site_id"].tolist() == ["P1", "P2", "P3"]
    to_l93 = Transformer.from_crs("EPSG:4326", "EPSG:2154", always_xy=True)
    x, y = to_l93.transform(2.35, 48.85)
    first = result.sites.geometry.iloc[0]
    assert (first.x, first.y) == pytest.approx((x, y))
    assert result.sites.geometry.iloc[1].coords[0] == (655000.0, 7101000.0)
    assert shapely.from_wkt(square).contains(result.sites.geometry.iloc[2])
    assert result.sites.geom_type.unique().tolist() == ["Point"]
    assert reasons(result) == {
        5: "geometry 'LINESTRING(0 0, 1 1)' is not a point or a polygon",
        6: "geometry 'POINT EMPTY' is empty",
        7: "geometry 'POINT(1 2' is not valid WKT",
        8: "site 'P7' has no location: geom is empty",
    }
    assert any("1 polygons were placed at a point inside each" in n for n in result.notes)
    assert any("carry their own SRID" in n for n in result.notes)


# --- join -------------------------------------------------------------------------------------


def test_join_to_polygons_and_points(catalogue):
    commune = shapely.from_wkt(
        "POLYGON((650000 7100000, 660000 7100000, 660000 7110000, 650000 7110000, 650000 7100000))"
    )
    layer = gpd.GeoDataFrame(
        {"insee": ["59183", "59350", "62001", "62001", "59999"]},
        geometry=[
            commune,
            shapely.Point(704000, 7059000),
            shapely.Point(1, 1),
            shapely.Point(2, 2),
            None,
        ],
        crs="EPSG:2154",
    )
    table = pd.DataFrame(
        {
            "site_id": ["J1", "J2", "J3", "J4", "J5", "J6"],
            "code_insee": ["59183", "59350", "99999", "62001", "", "59999"],
        }
    )
    result = import_inventory(
        table,
        catalogue=catalogue,
        coordinates="join",
        join_layer=layer,
        join_field="insee",
        source_crs="EPSG:4326",
    )
    assert_accounting(result, 6)
    assert result.crs == "EPSG:2154"
    assert result.sites["site_id"].tolist() == ["J1", "J2"]
    assert commune.contains(result.sites.geometry.iloc[0])
    assert result.sites.geometry.iloc[1].coords[0] == (704000.0, 7059000.0)
    assert reasons(result) == {
        4: "join key '99999' is not in field 'insee' of the join layer",
        5: "join key '62001' matches several features of the join layer",
        6: "site 'J5' has no location: its join key is empty",
        7: "the join layer feature with key '59999' has no usable point or polygon",
    }


def test_join_by_site_id_when_no_key_column(catalogue):
    layer = gpd.GeoDataFrame(
        {"code": ["A"]}, geometry=[shapely.Point(652000, 7104000)], crs="EPSG:2154"
    )
    table = pd.DataFrame(
        {
            "site_id": ["A"],
            "resource": ["heat"],
            "direction": ["supply"],
            "quantity": ["5"],
            "unit": ["MWh/yr"],
        }
    )
    result = import_inventory(
        table, catalogue=catalogue, coordinates="join", join_layer=layer, join_field="code"
    )
    assert result.sites.geometry.iloc[0].coords[0] == (652000.0, 7104000.0)
    assert len(result.resources) == 1


# --- wide layout ------------------------------------------------------------------------------

HOTMAPS_COLUMNS = {
    "Excess_Heat_100-200C": ("heat:100-200c", "supply", "GWh/yr"),
    "Excess_Heat_200-500C": ("heat:200-500c", "supply", "GWh/yr"),
    "Excess_Heat_500C": ("heat:above-500c", "supply", "GWh/yr"),
}


def test_wide_layout_one_column_per_resource(catalogue):
    table = pd.DataFrame(
        {
            "SiteID": ["1", "2", "3", "4"],
            "SiteName": ["Donawitz", "Linz", "Nowhere", "Typo"],
            "geom": [
                "SRID=4326;POINT(15.067806 47.03378)",
                "SRID=4326;POINT(14.343056 48.281944)",
                "",
                "SRID=4326;POINT(16.085917 47.87225)",
            ],
            "Excess_Heat_100-200C": ["192.34", "0.0", "5", "abc"],
            "Excess_Heat_200-500C": ["173.66", "0.0", "", "69.62"],
            "Excess_Heat_500C": ["0.0", "0.0", "", ""],
        }
    )
    result = import_inventory(
        table,
        catalogue=catalogue,
        layout="wide",
        wide_columns=HOTMAPS_COLUMNS,
        coordinates="wkt",
        source_crs="EPSG:4326",
        target_crs="EPSG:3035",
    )
    assert_accounting(result, 4)
    assert result.sites["site_id"].tolist() == ["1", "2", "4"]
    assert result.sites["name"].tolist() == ["Donawitz", "Linz", "Typo"]
    resources = result.resources
    assert resources["resource_id"].tolist() == ["1-R1", "1-R2", "4-R2"]  # 4-R1 was rejected
    assert resources["resource"].tolist() == ["heat:100-200c", "heat:200-500c", "heat:200-500c"]
    assert resources["quantity"].tolist() == pytest.approx([192340.0, 173660.0, 69620.0])
    assert set(resources["unit"]) == {"MWh/yr"} and set(resources["direction"]) == {"supply"}
    assert reasons(result) == {
        4: "site '3' has no location: geom is empty",
        5: "column 'Excess_Heat_100-200C': quantity 'abc' is not a number",
    }
    assert any("4 resource cells hold 0" in n for n in result.notes)


def test_hotmaps_database(shared_data, catalogue):
    path = shared_data / "hotmaps" / "industrial_database.csv"
    if not path.is_file():
        pytest.skip("hotmaps/industrial_database.csv is absent")
    with path.open(encoding="utf-8", newline="") as handle:
        raw = list(csv.DictReader(handle, delimiter=";"))
    without_point = sum(1 for row in raw if not row["geom"].strip())
    heat_cells = sum(
        1
        for row in raw
        for column in HOTMAPS_COLUMNS
        if row["geom"].strip() and float(row[column] or 0) != 0
    )
    read = read_table(path)
    result = import_inventory(
        read.frame,
        read.source_rows,
        catalogue=catalogue,
        layout="wide",
        wide_columns=HOTMAPS_COLUMNS,
        coordinates="wkt",
        source_crs="EPSG:4326",
        decimal=read.decimal,
    )
    assert_accounting(result, 5029)
    no_location = result.rejected["reason"].str.contains("has no location").sum()
    assert no_location == without_point == 524
    other = result.rejected[
        (result.rejected["severity"] == "error")
        & ~result.rejected["reason"].str.contains("has no location")
    ]
    assert len(result.sites) == 5029 - 524 - len(other[other["table"] == "sites"])
    assert result.crs == "EPSG:3035"
    assert len(result.resources) + len(other[other["table"] == "resources"]) <= heat_cells
    donawitz = result.resources[result.resources["site_id"] == "1"]
    assert donawitz["quantity"].tolist() == pytest.approx([192340.0, 173660.0])


# --- XLSX -------------------------------------------------------------------------------------


def test_xlsx_long_layout_with_excel_row_numbers(tmp_path, catalogue):
    path = tmp_path / "inventory.xlsx"
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["Inventory of the port area"])
    sheet.append([])
    sheet.append(
        [
            "site_id",
            "name",
            "direction",
            "resource",
            "quantity",
            "unit",
            "lon",
            "lat",
            "confidential",
        ]
    )
    sheet.append(["K1", "Power station", "supply", "steam", 120000, "MWh/yr", 11.087, 55.66, "no"])
    sheet.append(["K1", "Power station", "supply", "10 01 05", 80000, "t/yr", 11.087, 55.66, None])
    sheet.append([])
    sheet.append(
        ["K2", "Plasterboard", "sideways", "10 01 05", 80000, "t/yr", 11.1, 55.67, "peut-être"]
    )
    sheet.append(["K3", "Refinery", "demand", "water", 2.5, "ML/yr", 11.12, 55.68, "oui"])
    workbook.save(path)
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    read = read_table(path, header_row=3)  # below the title row
    assert read.source_rows.tolist() == [4, 5, 7, 8]
    result = import_inventory(
        read.frame, read.source_rows, catalogue=catalogue, source_crs="EPSG:4326"
    )
    assert hashlib.sha256(path.read_bytes()).hexdigest() == digest
    assert_accounting(result, 4)
    assert result.crs == "EPSG:32632"  # Kalundborg, 11.1 E
    assert result.sites["confidential"].tolist() == [0, 1, 1]
    assert reasons(result, "resources") == {7: "direction 'sideways' is neither supply nor demand"}
    assert reasons(result, "sites", "warning") == {
        7: "confidential 'peut-être' is not 0/1, yes/no or oui/non; the site is treated as "
        "confidential"
    }
    assert result.resources["resource"].tolist() == ["steam", "ewc:100105", "water"]
    assert result.resources["quantity"].tolist() == [120000.0, 80000.0, 2500.0]
    assert result.resources["confidential"].tolist() == [0, 0, 1]


# --- resources --------------------------------------------------------------------------------


def test_resource_ids_duplicates_and_generation(catalogue):
    table = pd.DataFrame(
        {
            "site_id": ["A", "A", "A", "B", "B"],
            "resource_id": ["", "A-R1", "R9", "R9", ""],
            "resource": ["heat", "heat", "co2", "co2", "co2"],
            "direction": ["supply", "demand", "supply", "supply", "demand"],
            "quantity": ["1", "2", "3", "4", "5"],
            "unit": ["MWh/yr", "MWh/yr", "t/yr", "t/yr", "t/yr"],
            "x": ["652000"] * 3 + ["660000"] * 2,
            "y": ["7104000"] * 3 + ["7110000"] * 2,
        }
    )
    result = import_inventory(table, catalogue=catalogue, source_crs="EPSG:2154")
    assert_accounting(result, 5)
    # the first resource of A would be A-R1, which the user gave to the second one
    assert result.resources["resource_id"].tolist() == ["A-R1-2", "A-R1", "R9", "B-R2"]
    assert reasons(result, "resources") == {5: "resource_id 'R9' is already used on row 4"}
    again = import_inventory(table, catalogue=catalogue, source_crs="EPSG:2154")
    assert again.resources["resource_id"].tolist() == result.resources["resource_id"].tolist()


def test_costs_hours_and_units_from_the_header(catalogue):
    table = pd.DataFrame(
        {
            "site": ["A", "A", "A"],
            "flux": ["heat", "heat", "co2"],
            "sens": ["offre", "offre", "besoin"],
            "Quantité (MWh/an)": ["1500", "2", "4"],
            "coût": ["0.05", "", "abc"],
            "heures": ["", "8000", ""],
            "x": ["652000"] * 3,
            "y": ["7104000"] * 3,
        }
    )
    result = import_inventory(table, catalogue=catalogue, source_crs="EPSG:2154")
    assert_accounting(result, 3)
    assert any("Unit 'MWh/an' read from the header" in n for n in result.notes)
    assert result.resources["quantity"].tolist() == [1500.0, 2.0]
    assert reasons(result, "resources") == {
        4: "unit 'MWh/an' measures energy but this resource is measured in mass (t/yr)"
    }

    powers = pd.DataFrame(
        {
            "site": ["A", "A"],
            "resource": ["heat", "heat"],
            "direction": ["supply", "supply"],
            "quantity": ["1500", "3"],
            "unit": ["kWh/yr", "MW"],
            "cost": ["0,05", "40"],
            "hours": ["", "8 000"],
            "x": ["652000"] * 2,
            "y": ["7104000"] * 2,
        }
    )
    result = import_inventory(powers, catalogue=catalogue, source_crs="EPSG:2154")
    assert result.resources["quantity"].tolist() == [1.5, 24000.0]
    assert result.resources["cost_eur_per_unit"].tolist() == pytest.approx([50.0, 40.0])
    assert np.isnan(result.resources["hours_per_year"].iloc[0])
    assert result.resources["hours_per_year"].iloc[1] == 8000.0


def test_values_without_a_resource_are_reported_not_dropped(catalogue):
    table = pd.DataFrame(
        {
            "site": ["A", "B"],
            "resource": ["", "heat"],
            "direction": ["", "supply"],
            "quantity": ["", "5"],
            "unit": ["", "MWh/yr"],
            "temperature": ["90", "abc"],
            "x": ["652000", "660000"],
            "y": ["7104000", "7110000"],
        }
    )
    result = import_inventory(table, catalogue=catalogue, source_crs="EPSG:2154")
    assert_accounting(result, 2)
    warnings = reasons(result, "resources", "warning")
    assert warnings == {
        2: "values in temperature ignored: this row has no resource",
        3: "temperature 'abc' is not a number; left empty",
    }
    assert len(result.resources) == 1 and np.isnan(result.resources["temperature_c"].iloc[0])


def test_reader_problems_join_the_rejected_rows(tmp_path, catalogue):
    path = tmp_path / "inventory.csv"
    path.write_text("site,x,y\nA,652000,7104000\nB,660000,7110000,12,5\n", encoding="utf-8")
    read = read_table(path)
    result = import_inventory(
        read.frame,
        read.source_rows,
        catalogue=catalogue,
        source_crs="EPSG:2154",
        table_problems=read.bad_rows,
    )
    assert_accounting(result, 2)
    assert result.rejected["row"].tolist() == [3]
    assert result.rejected["raw"].tolist() == ["B,660000,7110000,12,5"]


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"columns": {"site_id": "SIRET"}}, "no column 'SIRET'"),
        ({"columns": {"colour": "x"}}, "Unknown field"),
        ({"layout": "tall"}, "Unknown layout"),
        ({"layout": "wide"}, "needs the resource columns"),
        (
            {"layout": "wide", "wide_columns": {"x": ("unobtainium", "supply", "t/yr")}},
            "'unobtainium' is not a catalogue code",
        ),
        (
            {"layout": "wide", "wide_columns": {"x": ("heat", "supply", "t/yr")}},
            "does not measure 'heat'",
        ),
        ({"source_crs": "EPSG:999999"}, "is not a coordinate reference system"),
        ({"columns": {"x": None}}, "No coordinate column"),
        ({"coordinates": "join"}, "needs a join layer"),
    ],
)
def test_unusable_parameters_raise(catalogue, kwargs, message):
    table = pd.DataFrame({"site_id": ["A"], "x": ["652000"], "y": ["7104000"]})
    with pytest.raises(InventoryError, match=message):
        import_inventory(table, catalogue=catalogue, **kwargs)


def test_empty_table(catalogue):
    table = pd.DataFrame(
        {
            "site_id": pd.Series([], dtype=object),
            "x": pd.Series([], dtype=object),
            "y": pd.Series([], dtype=object),
        }
    )
    result = import_inventory(table, catalogue=catalogue, source_crs="EPSG:2154")
    assert result.sites.empty and result.resources.empty and result.rejected.empty
    assert list(result.sites.columns) == [*SITE_FIELDS, "geometry"]


def test_scale_100k_resources_for_20k_sites(catalogue):
    sites_n, per_site = 20_000, 5
    rng = np.random.default_rng(7)
    site_index = np.repeat(np.arange(sites_n), per_site)
    x = 600_000 + (site_index % 200) * 500.0
    y = 6_900_000 + (site_index // 200) * 500.0
    codes = np.array(["heat", "co2", "water", "ewc:100202", "steam"])[
        rng.integers(0, 5, site_index.size)
    ]
    units = (
        pd.Series(codes)
        .map(
            {
                "heat": "MWh/yr",
                "co2": "t/yr",
                "water": "m3/yr",
                "ewc:100202": "t/yr",
                "steam": "MWh/yr",
            }
        )
        .to_numpy()
    )
    quantity = rng.integers(1, 10_000, site_index.size).astype(str).astype(object)
    bad_code = np.arange(site_index.size) % 1000 == 999  # 100 unknown codes
    codes = np.where(bad_code, "unobtainium", codes)
    bad_quantity = np.arange(site_index.size) % 997 == 5  # 101 non-numbers
    quantity[bad_quantity] = "lots"
    table = pd.DataFrame(
        {
            "site_id": np.char.add("S", site_index.astype(str)),
            "name": np.char.add("Site ", site_index.astype(str)),
            "direction": np.where(np.arange(site_index.size) % 2 == 0, "supply", "demand"),
            "resource": codes,
            "quantity": quantity,
            "unit": units,
            "x": x.astype(str),
            "y": y.astype(str),
        }
    )
    # 20 rows place their site elsewhere: rejected as conflicts
    moved = np.arange(site_index.size)[(np.arange(site_index.size) % per_site == 3)][:20]
    table.loc[moved, "x"] = "1000.0"
    result = import_inventory(table, catalogue=catalogue, source_crs="EPSG:2154")
    assert_accounting(result, 100_000)
    site_errors = reasons(result, "sites")
    assert len(site_errors) == 20
    assert len(result.sites) == sites_n
    resource_errors = reasons(result, "resources")
    expected_bad = bad_code | bad_quantity
    expected_bad[moved] = False
    assert len(resource_errors) == int(expected_bad.sum())
    assert len(result.resources) == 100_000 - 20 - int(expected_bad.sum())
    assert result.resources["resource_id"].is_unique


def test_absurd_quantities_are_rejected_and_spaced_numbers_read(catalogue):
    table = pd.DataFrame(
        {
            "site_id": ["A", "B", "C"],
            "x": ["652000", "653000", "654000"],
            "y": ["7104000", "7104000", "7104000"],
            "resource": ["ewc:100202", "ewc:100202", "heat"],
            "direction": ["supply", "supply", "supply"],
            "quantity": ["1 900 000", "1e308", "2 TWh"],
            "unit": ["t/yr", "t/yr", "MWh/yr"],
        }
    )
    result = import_inventory(table, catalogue=catalogue, source_crs="EPSG:2154")
    assert result.resources["quantity"].tolist() == [1_900_000.0]
    errors = reasons(result, "resources")
    assert errors[3] == (
        "quantity 1e308 is larger than any single site's; check the digits and the unit"
    )
    assert "not a number" in errors[4]
