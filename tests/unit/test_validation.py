"""Validation of a territory: each kind of problem is found, once, with a specific message."""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest
import shapely

from ite_qgis.core.territory.inventory_checks import REPORT_COLUMNS, summarise, validate_inventory

ALL_PROBLEMS = (
    "unknown_code",
    "bad_unit",
    "unit_mismatch",
    "duplicate_id",
    "orphan_resource",
    "orphan_flow",
    "missing_geometry",
    "empty_geometry",
    "invalid_geometry",
    "not_a_point",
    "geographic_crs",
    "missing_crs",
    "negative_quantity",
    "null_value",
    "not_a_number",
    "bad_nace",
    "bad_status",
    "bad_direction",
    "temperature_missing",
    "site_without_resources",
)


@pytest.fixture(scope="module")
def catalogue():
    from ite_qgis.core.reference.catalogue import load_catalogue

    return load_catalogue()


def _resource(
    resource_id,
    site_id,
    resource="co2",
    quantity=10.0,
    unit="t/yr",
    direction="supply",
    temperature_c=None,
):
    return {
        "resource_id": resource_id,
        "site_id": site_id,
        "direction": direction,
        "resource": resource,
        "description": None,
        "quantity": quantity,
        "unit": unit,
        "temperature_c": temperature_c,
        "hours_per_year": None,
        "cost_eur_per_unit": None,
        "confidential": 0,
    }


def clean_territory():
    sites = gpd.GeoDataFrame(
        {
            "site_id": ["S1", "S2"],
            "name": ["Steel plant", "District heating"],
            "operator": [None, None],
            "address": [None, None],
            "nace": ["24.10", "35.30"],
            "status": ["existing", "planned"],
            "employees": pd.array([3200, None], dtype="Int64"),
            "confidential": [0, 1],
        },
        geometry=[shapely.Point(652000, 7104000), shapely.Point(655000, 7101000)],
        crs="EPSG:2154",
    )
    resources = pd.DataFrame(
        [
            _resource("R1", "S1", "heat", 800000.0, "MWh/yr", temperature_c=150.0),
            _resource("R2", "S2", "heat", 300000.0, "MWh/yr", "demand", temperature_c=90.0),
        ]
    )
    flows = gpd.GeoDataFrame(
        {
            "flow_id": ["F1"],
            "from_site": ["S1"],
            "to_site": ["S2"],
            "resource": ["heat"],
            "quantity": [250000.0],
            "unit": ["MWh/yr"],
            "status": ["existing"],
            "year": [1985],
        },
        geometry=[shapely.LineString([(652000, 7104000), (655000, 7101000)])],
        crs="EPSG:2154",
    )
    return sites, resources, flows


def test_a_clean_territory_has_an_empty_report(catalogue):
    sites, resources, flows = clean_territory()
    report = validate_inventory(sites, resources, catalogue, flows=flows)
    assert list(report.columns) == list(REPORT_COLUMNS)
    assert report.empty
    assert summarise(report) == ["0 errors, 0 warnings, 0 notes", "No problem found"]


def test_suggested_codes_are_listed_with_or_without_the_field(catalogue):
    # A territory made before code_suggested existed has no such field: nothing to review.
    sites, resources, flows = clean_territory()
    assert validate_inventory(sites, resources, catalogue, flows=flows).empty
    # In a territory that has it: 1 is listed, 0 and an empty value (a row added by hand in
    # QGIS before the form's default) are not.
    resources = pd.DataFrame([*resources.to_dict("records"), _resource("R3", "S1")])
    resources["code_suggested"] = pd.array([0, 1, None], dtype="Int64")
    report = validate_inventory(sites, resources, catalogue, flows=flows)
    assert report[["severity", "table", "feature_id", "field", "problem"]].values.tolist() == [
        ["warning", "resources", "R2", "resource", "code_suggested"]
    ]


def broken_territory():
    sites = gpd.GeoDataFrame(
        {
            "site_id": ["S1", "S2", "S3", "S4", "S5", "S6", "S7", "S8"],
            "name": list("ABCDEFGH"),
            "nace": ["24.10", "24.10", "24.10", "24.10", "24.10", "abc", "24.10", "24.10"],
            "status": ["existing"] * 6 + ["closed", "existing"],
            "employees": [10] * 8,
            "confidential": [0] * 8,
        },
        geometry=[
            shapely.Point(2.3, 51.0),
            None,  # missing_geometry
            shapely.Point(),  # empty_geometry
            shapely.Point(np.nan, np.nan),  # invalid_geometry
            shapely.box(2.0, 50.0, 2.1, 50.1),  # not_a_point
            shapely.Point(2.4, 51.0),
            shapely.Point(2.5, 51.0),
            shapely.Point(2.6, 51.0),  # S8: site_without_resources
        ],
        crs="EPSG:4326",  # geographic_crs
    )
    rows = [
        _resource("R1", "S1", "heat", 100.0, "MWh/yr", temperature_c=150.0),
        _resource("R2", "S2"),
        _resource("R3", "S3", "unobtainium"),  # unknown_code
        _resource("R4", "S4", unit="furlong"),  # bad_unit
        _resource("R5", "S5", unit="MWh/yr"),  # unit_mismatch
        _resource("R1", "S6"),  # duplicate_id
        _resource("R7", "S99"),  # orphan_resource
        _resource("R8", "S7", quantity=-5.0),  # negative_quantity
        _resource("R9", "S1", quantity=None),  # null_value (warning)
        _resource("R10", "S1", quantity="lots"),  # not_a_number
        _resource("R11", "S1", direction="sideways"),  # bad_direction
        _resource("R12", "S1", "heat", 50.0, "MWh/yr"),  # temperature_missing
    ]
    resources = pd.DataFrame(rows)
    resources["quantity"] = resources["quantity"].astype(object)
    flows = gpd.GeoDataFrame(
        {
            "flow_id": ["F1"],
            "from_site": ["S1"],
            "to_site": ["S99"],
            "resource": ["heat"],
            "quantity": [5.0],
            "unit": ["MWh/yr"],
            "status": ["candidate"],
            "year": [2025],
        },
        geometry=[shapely.LineString([(0, 0), (1, 1)])],
        crs=None,  # missing_crs
    )  # orphan_flow: S99
    return sites, resources, flows


def test_each_problem_is_found_once(catalogue):
    sites, resources, flows = broken_territory()
    report = validate_inventory(sites, resources, catalogue, flows=flows)
    counts = report["problem"].value_counts().to_dict()
    assert counts == {problem: 1 for problem in ALL_PROBLEMS}
    found = report.set_index("problem")
    assert found.loc["missing_geometry", "feature_id"] == "S2"
    assert found.loc["empty_geometry", "feature_id"] == "S3"
    assert found.loc["invalid_geometry", "feature_id"] == "S4"
    assert found.loc["not_a_point", "message"].startswith("site 'S5' is a Polygon, not a point")
    assert found.loc["duplicate_id", ["table", "feature_id"]].tolist() == ["resources", "R1"]
    assert found.loc["unknown_code", "message"] == (
        "resource 'R3': resource code 'unobtainium' is not in the catalogue"
    )
    assert found.loc["bad_unit", "message"] == "resource 'R4': unit 'furlong' is not recognised"
    assert found.loc["unit_mismatch", "message"] == (
        "resource 'R5': unit 'MWh/yr' measures energy but this resource is measured in mass"
    )
    assert found.loc["orphan_resource", "message"] == (
        "resource 'R7' belongs to site 'S99', which is not in the sites layer"
    )
    assert found.loc["orphan_flow", ["table", "feature_id", "field"]].tolist() == [
        "flows",
        "F1",
        "to_site",
    ]
    assert found.loc["negative_quantity", "message"] == "resource 'R8': quantity -5 is negative"
    assert found.loc["null_value", ["severity", "feature_id", "field"]].tolist() == [
        "warning",
        "R9",
        "quantity",
    ]
    assert found.loc["not_a_number", "message"] == (
        "resource 'R10': quantity 'lots' is not a number"
    )
    assert found.loc["bad_direction", "feature_id"] == "R11"
    assert found.loc["temperature_missing", ["severity", "feature_id"]].tolist() == [
        "warning",
        "R12",
    ]
    assert found.loc["bad_nace", ["severity", "feature_id"]].tolist() == ["warning", "S6"]
    assert found.loc["bad_status", "message"] == (
        "site 'S7': status 'closed' is not existing, planned or candidate"
    )
    assert found.loc["site_without_resources", ["severity", "feature_id"]].tolist() == [
        "info",
        "S8",
    ]
    assert found.loc["geographic_crs", ["table", "severity"]].tolist() == ["sites", "error"]
    assert found.loc["missing_crs", "table"] == "flows"
    # errors first, then warnings, then notes
    order = report["severity"].map({"error": 0, "warning": 1, "info": 2})
    assert order.is_monotonic_increasing

    lines = summarise(report)
    assert lines[0] == "15 errors, 4 warnings, 1 notes"
    assert "error: orphan_flow in flows: 1" in lines
    assert len(lines) == 1 + len(ALL_PROBLEMS)


def test_codes_and_units_written_another_way_are_warnings(catalogue):
    sites, resources, _ = clean_territory()
    resources.loc[0, "resource"] = "10 02 02"
    resources.loc[0, "unit"] = "kt/yr"
    resources.loc[0, "temperature_c"] = None
    report = validate_inventory(sites, resources, catalogue)
    assert report["severity"].tolist() == ["warning", "warning"]
    messages = dict(zip(report["problem"], report["message"], strict=True))
    assert messages == {
        "bad_unit": "resource 'R1': unit 'kt/yr' is not the canonical t/yr; import the table "
        "again to convert it",
        "unknown_code": "resource 'R1': '10 02 02' is written 'ewc:100202' in the catalogue",
    }


def test_required_fields_and_text_in_number_fields(catalogue):
    sites, resources, _ = clean_territory()
    sites.loc[1, "site_id"] = None
    resources.loc[1, "site_id"] = "  "
    resources["hours_per_year"] = resources["hours_per_year"].astype(object)
    resources.loc[0, "hours_per_year"] = "always"
    report = validate_inventory(sites, resources, catalogue)
    rows = report[["severity", "table", "feature_id", "field", "problem"]]
    assert rows.values.tolist() == [
        ["error", "resources", "R2", "site_id", "null_value"],
        ["error", "sites", "#2", "site_id", "null_value"],
        ["warning", "resources", "R1", "hours_per_year", "not_a_number"],
    ]


def test_an_imported_inventory_validates_without_errors(catalogue):
    from ite_qgis.core.territory.inventory_import import import_inventory

    table = pd.DataFrame(
        {
            "SIRET": ["S1", "S1", "S2", "S3"],
            "Raison sociale": ["Aciérie", "Aciérie", "Réseau de chaleur", "Entrepôt"],
            "Code NAF": ["2410", "2410", "3530", "5210"],
            "Sens": ["offre", "offre", "besoin", ""],
            "Ressource": ["chaleur", "10 02 02", "heat", ""],
            "Quantité": ["120", "350 000", "80", ""],
            "Unité": ["GWh/an", "t/an", "GWh/an", ""],
            "Température": ["150", "", "", ""],
            "X_L93": ["652000", "652000", "655000", "660000"],
            "Y_L93": ["7104000", "7104000", "7101000", "7110000"],
        }
    )
    imported = import_inventory(table, catalogue=catalogue, source_crs="EPSG:2154")
    assert imported.rejected.empty
    report = validate_inventory(imported.sites, imported.resources, catalogue)
    assert report[["severity", "feature_id", "problem"]].values.tolist() == [
        ["warning", "S2-R1", "temperature_missing"],
        ["info", "S3", "site_without_resources"],
    ]


def test_sites_without_a_nace_column_are_reported_with_what_is_lost(catalogue):
    sites, resources, flows = clean_territory()
    report = validate_inventory(sites.drop(columns="nace"), resources, catalogue, flows=flows)
    missing = report[report["problem"] == "missing_column"]
    assert missing[["severity", "table", "field"]].values.tolist() == [
        ["warning", "sites", "nace"]
    ]
    assert "every knowledge-based (inferred) candidate is lost" in missing["message"].iloc[0]
    assert summarise(report) != summarise(validate_inventory(sites, resources, catalogue))


def test_absurd_quantities_and_empty_tables_are_errors(catalogue):
    sites, resources, flows = clean_territory()
    resources.loc[0, "quantity"] = 1e308
    report = validate_inventory(sites, resources, catalogue, flows=flows)
    absurd = report[report["problem"] == "absurd_quantity"]
    assert absurd["feature_id"].tolist() == ["R1"] and (absurd["severity"] == "error").all()
    report = validate_inventory(sites.iloc[:0], resources.iloc[:0], catalogue)
    assert report["problem"].tolist()[:2] == ["empty_table", "empty_table"]
    assert "missing_crs" not in report["problem"].tolist()
