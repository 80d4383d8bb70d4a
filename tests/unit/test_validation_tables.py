"""The input-validation layer (core/validation): sites, resources and the generic table checks."""

from __future__ import annotations

import re

import geopandas as gpd
import pandas as pd
import pytest
import shapely
from shapely.geometry import MultiPoint, Point

from ite_qgis.core.reference.catalogue import load_catalogue
from ite_qgis.core.validation.findings import InputError
from ite_qgis.core.validation.resources import known_resources
from ite_qgis.core.validation.sites import site_points


def _sites(ids, geoms):
    return gpd.GeoDataFrame({"site_id": ids}, geometry=geoms, crs="EPSG:2154")


def test_clean_ids_and_single_part_multipoints_become_points():
    frame = _sites([" A ", 2, "C"], [Point(1, 2), MultiPoint([(3, 4)]), Point(5, 6)])
    points, report = site_points(frame, "Sites")
    assert points["site_id"].tolist() == ["A", "2", "C"]
    assert points.geometry.geom_type.tolist() == ["Point"] * 3
    assert (points.geometry.x.tolist(), points.crs.to_epsg()) == ([1.0, 3.0, 5.0], 2154)
    assert report.messages == []
    assert frame["site_id"].tolist() == [" A ", 2, "C"]  # the input is left as it was


def test_sites_without_a_usable_point_are_left_out_and_listed():
    frame = _sites(
        ["A", "B", "C", "D"], [Point(1, 2), None, Point(), Point(float("inf"), 0)]
    )
    points, report = site_points(frame, "Sites")
    warnings = report.messages
    assert points["site_id"].tolist() == ["A"]
    assert report.rejected["row"].tolist() == ["B", "C", "D"]
    assert len(warnings) == 1
    assert "3 features have an empty or invalid geometry" in warnings[0]
    assert warnings[0].endswith(": B, C, D")


@pytest.mark.parametrize(
    ("ids", "geoms", "message"),
    [
        (["A", "A", "B", "B"], [Point(0, 0)] * 4, "Sites: duplicate site_id values A, B;"),
        (["A", " ", None], [Point(0, 0)] * 3, "Sites: 2 features have no site_id (features 2, 3)"),
        (["A", "B"], [Point(0, 0), MultiPoint([(0, 0), (1, 1)])], "multi-points with several"),
        (["A"], [None], "Sites has no feature with a usable point."),
    ],
)
def test_bad_sites_are_refused_with_what_to_fix(ids, geoms, message):
    with pytest.raises(InputError, match=re.escape(message)):
        site_points(_sites(ids, geoms), "Sites")


def test_site_ids_required_unless_numbered():
    frame = gpd.GeoDataFrame(geometry=[Point(0, 0), Point(1, 1)], crs="EPSG:2154")
    with pytest.raises(InputError, match="Plants has no 'site_id' column"):
        site_points(frame, "Plants")
    points, _ = site_points(frame, "Plants", require_id=False)
    assert points["site_id"].tolist() == ["#1", "#2"]
    assert shapely.equals(points.geometry.iloc[1], Point(1, 1))


def test_resources_with_unknown_codes_are_skipped_and_listed():
    table = pd.DataFrame(
        {
            "fid": [1, 2, 3],
            "resource_id": [" R1", "R2", "R3"],
            "resource": ["steam", "unobtainium", "10 02 02"],
            "quantity": [1.0, 2.0, 3.0],
        }
    )
    kept, report = known_resources(table, load_catalogue())
    warnings = report.messages
    assert kept["resource_id"].tolist() == ["R1", "R3"]
    assert "fid" not in kept.columns
    assert warnings == [
        "1 resources have a code the catalogue does not know and were skipped: R2 (unobtainium)"
    ]


def test_duplicate_resource_ids_and_missing_columns_are_refused():
    catalogue = load_catalogue()
    table = pd.DataFrame({"resource_id": ["R1", "R1 "], "resource": ["heat", "heat"]})
    with pytest.raises(InputError, match="duplicate resource_id values R1;"):
        known_resources(table, catalogue)
    with pytest.raises(InputError, match="no 'resource' column"):
        known_resources(table[["resource_id"]], catalogue)


# -- the generic checks (core/validation/table_checks.py) and the bounds


def _report():
    from ite_qgis.core.validation.findings import InputReport

    return InputReport()


def test_numbers_are_read_with_the_one_parser_and_bad_rows_are_named():
    from ite_qgis.core.validation.table_checks import checked_numbers

    table = pd.DataFrame(
        {
            "quantity": ["1 900 000", "12,5", "1.5e3", "lots", "inf", "1e308", "-4", ""],
            "unit": ["t/yr"] * 8,
        }
    )
    ids = pd.Series(list("ABCDEFGH"))
    report = _report()
    numbers, keep = checked_numbers(table, "quantity", ids, "Resources", report,
                                    units=table["unit"])
    assert numbers[:3].tolist() == [1_900_000.0, 12.5, 1500.0]
    assert keep.tolist() == [True, True, True, False, False, False, False, True]
    assert numbers[3:7].isna().all() and pd.isna(numbers[7])  # empty stays empty, kept
    rejected = report.rejected
    assert rejected["row"].tolist() == ["D", "E", "F", "G"]
    assert rejected["reason"].tolist() == ["not_a_number", "not_finite", "absurd", "negative"]
    assert report.warnings[0] == (
        "Resources: 1 rows have a quantity that is not a number and were left out: D"
    )
    assert report.warnings[2].endswith("were left out: F")


def test_numeric_columns_with_infinities_and_huge_values_are_left_out():
    import numpy as np

    from ite_qgis.core.validation.table_checks import checked_numbers

    table = pd.DataFrame({"quantity": [5.0, np.inf, -np.inf, 2e9, np.nan]})
    report = _report()
    numbers, keep = checked_numbers(table, "quantity", pd.Series(list("abcde")), "Flows",
                                    report, bounds=1e9)
    assert keep.tolist() == [True, False, False, False, True]
    assert np.isfinite(numbers.dropna()).all()
    assert report.rejected["reason"].tolist() == ["not_finite", "not_finite", "absurd"]


def test_bounds_follow_the_unit():
    from ite_qgis.core.validation.bounds import (
        MAX_ANY,
        MAX_MASS_T_YR,
        MAX_POWER_MW,
        quantity_bounds,
    )

    units = pd.Series(["t/yr", "kt/yr", "MW", "furlongs", None])
    bounds = quantity_bounds(units, units.index)
    assert bounds.tolist() == [MAX_MASS_T_YR, MAX_MASS_T_YR / 1e3, MAX_POWER_MW, MAX_ANY, MAX_ANY]


def test_empty_tables_are_refused_as_empty():
    from ite_qgis.core.validation.table_checks import require_rows

    with pytest.raises(InputError, match="^Sites is empty: it has no feature.$"):
        require_rows(pd.DataFrame({"site_id": []}), "Sites")
    with pytest.raises(InputError, match="is empty"):
        site_points(_sites([], []), "Sites")
    with pytest.raises(InputError, match="The resources table is empty"):
        known_resources(pd.DataFrame({"resource_id": [], "resource": []}), load_catalogue())


def test_a_missing_optional_column_says_what_is_lost():
    from ite_qgis.core.validation.sites import nace_lost

    points, report = site_points(_sites(["A"], [Point(0, 0)]), "Sites",
                                 optional={"nace": nace_lost()})
    assert len(points) == 1
    assert report.warnings == [
        "Sites has no 'nace' column: no site has a NACE code, so every knowledge-based "
        "(inferred) candidate is lost and only declared demands are searched."
    ]


def test_resources_quantities_are_numbers_and_bad_rows_are_named():
    table = pd.DataFrame(
        {
            "resource_id": ["R1", "R2", "R3", "R4", "R5"],
            "site_id": ["S1", "S1", None, "S2", "S2"],
            "resource": ["steam", "steam", "steam", "steam", "steam"],
            "quantity": ["1 900 000", "1e308", "12,5", "x", "3"],
            "unit": ["MWh/yr"] * 5,
            "hours_per_year": ["8 000", None, None, None, "9000"],
        }
    )
    kept, report = known_resources(table, load_catalogue(), need_site=True)
    assert kept["resource_id"].tolist() == ["R1"]
    assert kept["quantity"].tolist() == [1_900_000.0]
    assert kept["hours_per_year"].tolist() == [8000.0]
    assert dict(zip(report.rejected["row"], report.rejected["reason"], strict=True)) == {
        "R2": "absurd", "R4": "not_a_number", "R5": "absurd", "R3": "no_site",
    }
    assert table["quantity"][0] == "1 900 000"  # the input is left as it was


def test_blank_resource_ids_are_refused_with_their_feature_numbers():
    table = pd.DataFrame({"resource_id": ["R1", None, " "], "resource": ["heat"] * 3})
    message = "2 features have no resource_id (features 2, 3)"
    with pytest.raises(InputError, match=re.escape(message)):
        known_resources(table, load_catalogue())


def test_synergy_lines_left_out_are_named_by_synergy_id():
    from ite_qgis.core.validation.synergies import synergy_lines

    lines = pd.DataFrame(
        {
            "synergy_id": [1, 2, 3, 4],
            "supply_id": ["R1", None, "R3", "R4"],
            "demand_id": ["D1", "D2", "D3", "D4"],
            "quantity": ["1 000", "5", "inf", "10"],
            "unit": ["t/yr"] * 4,
            "net_benefit_eur_yr": ["-20", "3", "4", "1e300"],
        }
    )
    kept, report = synergy_lines(lines)
    assert kept["synergy_id"].tolist() == [1]
    assert kept["quantity"].tolist() == [1000.0] and kept["net_benefit_eur_yr"].tolist() == [-20.0]
    assert report.rejected["row"].tolist() == ["2", "3", "4"]
    assert report.rejected["reason"].tolist() == ["no_supply", "not_finite", "absurd"]
    with pytest.raises(InputError, match="The synergies layer has no 'net_benefit_eur_yr'"):
        synergy_lines(lines.drop(columns="net_benefit_eur_yr"))


def test_flows_with_bad_quantities_are_left_out_and_an_empty_table_may_be_allowed():
    from ite_qgis.core.validation.flows import checked_flows

    flows = pd.DataFrame({"flow_id": ["F1", "F2"], "quantity": ["2,5", "-1"], "unit": "t/yr"})
    kept, report = checked_flows(flows)
    assert kept["quantity"].tolist() == [2.5]
    assert report.rejected["row"].tolist() == ["F2"]
    empty = flows.iloc[:0]
    assert checked_flows(empty, allow_empty=True)[0].empty
    with pytest.raises(InputError, match="The flows layer is empty"):
        checked_flows(empty)


def test_site_tables_refuse_blank_and_duplicate_ids():
    from ite_qgis.core.validation.sites import site_table

    with pytest.raises(InputError, match="duplicate code values A;"):
        site_table(pd.DataFrame({"code": ["A", "A"]}), "Plants", "code")
    with pytest.raises(InputError, match=re.escape("1 features have no code (features 2)")):
        site_table(pd.DataFrame({"code": ["A", None]}), "Plants", "code")


def test_lines_of_resources_left_out_are_left_out_too():
    from ite_qgis.core.validation.synergies import lines_without

    lines = pd.DataFrame({"synergy_id": [1, 2, 3], "supply_id": ["R1", "R2", "R3"],
                          "demand_id": ["D1", "D9", None]})
    kept, report = lines_without(lines, ["R1", "D9"])
    assert kept["synergy_id"].tolist() == [3]
    assert report.warnings == [
        "The synergies layer: 2 lines whose supply or demand was left out were left out too: "
        "1, 2"
    ]


def test_a_table_whose_every_row_is_left_out_is_refused_with_the_reasons():
    from ite_qgis.core.validation.flows import checked_flows

    flows = pd.DataFrame({"flow_id": ["F1", "F2"], "quantity": ["lots", "inf"]})
    with pytest.raises(InputError, match="The flows layer: every row was left out. .*: F1"):
        checked_flows(flows)


def test_synergy_quantities_of_a_metabolism_are_checked_like_flows():
    from ite_qgis.core.validation.flows import checked_flows

    lines = pd.DataFrame({"synergy_id": [7, 8], "allocated_quantity": ["1 000", "1e400"]})
    kept, report = checked_flows(lines, quantity="allocated_quantity", id_column="synergy_id",
                                 what="Synergies")
    assert kept["allocated_quantity"].tolist() == [1000.0]
    assert report.warnings == [
        "Synergies: 1 rows have an infinite allocated_quantity and were left out: 8"
    ]
