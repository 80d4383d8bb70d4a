"""The layers of a document (core.validation.documents): one policy for report, maps, tables,
metabolism and flow map, checked on the Dunkirk sample spoiled one way at a time."""

from __future__ import annotations

import math

import geopandas as gpd
import pandas as pd
import pytest
import shapely

from ite_qgis.core.samples.dunkirk import sample_territory
from ite_qgis.core.validation.documents import document_layer
from ite_qgis.core.validation.findings import InputError, InputReport


@pytest.fixture(scope="module")
def sample():
    sites, resources, flows = sample_territory()
    return {"sites": sites, "resources": pd.DataFrame(resources), "flows": flows}


def _check(frame, kind, **options):
    report = InputReport()
    return document_layer(frame, kind, report, **options), report


def test_the_clean_sample_passes_unchanged(sample):
    for kind, frame in sample.items():
        checked, report = _check(frame, kind)
        assert len(checked) == len(frame) and report.messages == [], kind


def test_an_empty_optional_layer_is_said_and_an_empty_sites_layer_refused(sample):
    checked, report = _check(sample["flows"].iloc[:0], "flows")
    assert len(checked) == 0 and "is empty" in report.warnings[0]
    with pytest.raises(InputError, match="is empty"):
        _check(sample["sites"].iloc[:0], "sites", required=True)


def test_a_missing_required_column_is_refused_even_on_an_empty_layer(sample):
    with pytest.raises(InputError, match="lacks the fields quantity"):
        _check(sample["flows"].drop(columns="quantity").iloc[:0], "flows")


def test_a_missing_optional_column_says_what_is_lost(sample):
    _checked, report = _check(sample["sites"].drop(columns="nace"), "sites")
    assert any("nace" in w and "sector" in w for w in report.warnings)


def test_wrong_geometry_is_refused_naming_the_kind_needed(sample):
    flows = sample["flows"]
    points = flows.set_geometry(flows.geometry.representative_point())
    with pytest.raises(InputError, match="lines are needed"):
        _check(points, "flows")


def test_sites_without_a_point_are_kept_and_named(sample):
    sites = sample["sites"].copy()
    sites.loc[0, "geometry"] = None
    sites.loc[1, "geometry"] = shapely.Point()
    checked, report = _check(sites, "sites")
    assert len(checked) == len(sites) and checked.geometry.isna().sum() == 2
    assert sites["site_id"][0] in report.warnings[0] and sites["site_id"][1] in report.warnings[0]


def test_blank_and_repeated_flow_ids_leave_their_rows_out_named(sample):
    flows = sample["flows"].copy()
    flows["flow_id"] = flows["flow_id"].astype(object)
    flows.loc[0, "flow_id"] = None
    flows.loc[len(flows) - 1, "flow_id"] = flows["flow_id"][1]
    checked, report = _check(flows, "flows")
    assert len(checked) == len(flows) - 2
    assert set(report.rejected["reason"]) == {"no_id", "repeated_id"}
    assert f"{flows['flow_id'][1]} ({len(flows)})" in " ".join(report.warnings)


def test_blank_or_repeated_site_ids_are_refused(sample):
    sites = sample["sites"].copy()
    sites.loc[len(sites) - 1, "site_id"] = sites["site_id"][0]
    with pytest.raises(InputError, match="site_id"):
        _check(sites, "sites")


def test_non_finite_quantities_are_left_out_or_kept_in_an_export(sample):
    resources = sample["resources"].copy()
    resources["quantity"] = resources["quantity"].astype(float)
    resources.loc[0, "quantity"], resources.loc[1, "quantity"] = math.inf, 1e308
    checked, report = _check(resources, "resources")
    assert len(checked) == len(resources) - 2
    assert set(report.rejected["row"]) == set(resources["resource_id"][:2])
    kept, quiet = _check(resources, "resources", quantities=False)
    assert len(kept) == len(resources) and quiet.messages == []


def test_swapped_coordinates_are_refused(sample):
    sites = sample["sites"]
    swapped = sites.set_geometry(shapely.transform(sites.geometry, lambda xy: xy[:, ::-1]))
    with pytest.raises(InputError, match="swapped"):
        _check(gpd.GeoDataFrame(swapped), "sites")


def test_the_quantity_field_a_tool_was_given_is_checked_too(sample):
    flows = sample["flows"].assign(carried=1.0)
    flows.loc[2, "carried"] = math.inf
    checked, report = _check(flows, "flows", numbers=(("carried", None, False),))
    assert len(checked) == len(flows) - 1 and flows["flow_id"][2] in report.warnings[0]
