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
