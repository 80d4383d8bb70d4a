"""The geometry side of the validation layer: types, missing, invalid, swapped, areas, roads,
rasters (ite_qgis.core.validation.geometry, areas, roads, rasters)."""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest
import shapely

from ite_qgis.core.validation.areas import check_dh_areas
from ite_qgis.core.validation.density_rasters import cell_findings, check_raster
from ite_qgis.core.validation.findings import InputError, InputReport
from ite_qgis.core.validation.geometry import (
    LINE,
    POINT,
    POLYGON,
    check_features,
    check_geometry_types,
    check_swapped_coordinates,
    geometry_kinds,
    repair_invalid_polygons,
)
from ite_qgis.core.validation.roads import check_roads

L93 = "EPSG:2154"
X0, Y0 = 650_000.0, 7_100_000.0


def _box(x0, y0, x1, y1):
    return shapely.box(x0, y0, x1, y1)


def _bow_tie(x0=X0, y0=Y0, side=100.0):
    """Two triangles of side x side / 4 each, meeting at the centre: 0.5 ha at 100 m."""
    return shapely.Polygon([(x0, y0), (x0 + side, y0 + side), (x0 + side, y0),
                            (x0, y0 + side), (x0, y0)])


def _areas(geometry, ids=None, demand=None, crs=L93):
    n = len(geometry)
    return gpd.GeoDataFrame({
        "area_id": ids if ids is not None else list(range(1, n + 1)),
        "demand_gwh_yr": demand if demand is not None else [40.0] * n,
    }, geometry=gpd.GeoSeries(geometry, crs=crs), crs=crs)


# ---------------------------------------------------------------- geometry


def test_kinds_cover_single_multi_missing_and_empty():
    geometry = np.array([shapely.Point(0, 0), shapely.MultiPoint([(0, 0), (1, 1)]),
                         shapely.LineString([(0, 0), (1, 1)]), _box(0, 0, 1, 1),
                         shapely.MultiPolygon([_box(0, 0, 1, 1)]), None, shapely.Polygon(),
                         shapely.GeometryCollection([shapely.Point(0, 0)])], dtype=object)
    assert list(geometry_kinds(geometry)) == [POINT, POINT, LINE, POLYGON, POLYGON, "", "",
                                              "other"]


def test_a_layer_of_the_wrong_kind_is_refused_with_the_tool_that_converts_it():
    points = np.array([shapely.Point(0, 0), shapely.Point(1, 1)], dtype=object)
    with pytest.raises(InputError, match=r"holds points, but lines are needed.*Points to "
                                         r"path \(native:pointstopath\)"):
        check_geometry_types(points, (LINE,), "roads", ["1", "2"], InputReport())
    polygons = np.array([_box(0, 0, 1, 1)], dtype=object)
    with pytest.raises(InputError, match=r"native:polygonstolines"):
        check_geometry_types(polygons, (LINE,), "roads", ["1"], InputReport())
    with pytest.raises(InputError, match=r"holds lines, but points or polygons are needed"):
        check_geometry_types(np.array([shapely.LineString([(0, 0), (1, 1)])], dtype=object),
                             (POINT, POLYGON), "buildings", ["1"], InputReport())


def test_other_kinds_in_a_mixed_layer_are_left_out_and_named():
    report = InputReport()
    geometry = np.array([_box(0, 0, 1, 1), shapely.Point(0, 0), None], dtype=object)
    good = check_geometry_types(geometry, (POLYGON,), "DH areas", ["a", "b", "c"], report)
    assert list(good) == [True, False, False]
    assert report.rejected.to_dict("records") == [
        {"layer": "DH areas", "row": "b", "reason": "wrong_geometry_type"}]
    assert "1 features of the DH areas layer are neither of these: polygons" in (
        report.warnings[0]) and report.warnings[0].endswith(": b.")


def test_a_bow_tie_is_repaired_and_reported_with_its_id_and_area():
    report = InputReport()
    geometry = np.array([_box(X0, Y0, X0 + 100, Y0 + 100), _bow_tie()], dtype=object)
    assert shapely.area(geometry[1]) == 0.0  # the two lobes cancel out as drawn
    repaired, usable, fixed = repair_invalid_polygons(geometry, "DH areas", ["A1", "B7"], report)
    assert usable.all() and shapely.is_valid(repaired).all()
    assert list(fixed) == [False, True]
    assert shapely.area(repaired[1]) == pytest.approx(5_000.0)  # 0.5 ha: both triangles
    assert repaired[0] is geometry[0]
    assert report.repairs == [
        "1 invalid polygons of the DH areas layer (self-intersecting or badly nested rings) "
        "were repaired with make_valid; their repaired areas: B7 (0.5 ha)."]
    assert report.rejected.empty
    assert shapely.area(geometry[1]) == 0.0  # the input array is left as it was


def test_a_polygon_that_collapses_is_left_out_and_named():
    report = InputReport()
    flat = shapely.Polygon([(0, 0), (10, 0), (20, 0), (0, 0)])
    repaired, usable, fixed = repair_invalid_polygons(np.array([flat], dtype=object),
                                                      "DH areas", ["Z"], report)
    assert not usable.any()
    assert report.rejected["reason"].tolist() == ["collapsed_polygon"]
    assert "have no area once repaired and were left out: Z." in report.warnings[0]


def test_swapped_lat_lon_points_are_refused():
    # Dunkirk is at about 2.3 E, 51.0 N; typed as (lat, lon) in ETRS89 (EPSG:4258, Europe).
    swapped = np.array([shapely.Point(51.03 + i / 100, 2.37) for i in range(5)], dtype=object)
    with pytest.raises(InputError, match="x and y columns of the sites layer look swapped"):
        check_swapped_coordinates(swapped, "EPSG:4258", "sites")
    check_swapped_coordinates(shapely.points([[2.37, 51.03]] * 5), "EPSG:4258", "sites")
    # Beyond 90 degrees of latitude in WGS 84, whose area of use is the whole world.
    with pytest.raises(InputError, match="look swapped"):
        check_swapped_coordinates(shapely.points([[45.0, 120.0]]), "EPSG:4326", "sites")
    with pytest.raises(InputError, match="latitudes beyond 90 degrees"):
        check_swapped_coordinates(shapely.points([[650_000.0, 7_100_000.0]]), "EPSG:4326",
                                  "sites")


def test_swapped_eastings_and_northings_are_refused_in_a_projected_crs():
    right = shapely.points([[X0 + i, Y0] for i in range(10)])
    check_swapped_coordinates(right, L93, "DH areas")
    with pytest.raises(InputError, match="look swapped"):
        check_swapped_coordinates(shapely.points([[Y0, X0 + i] for i in range(10)]), L93,
                                  "DH areas")
    # A few outliers do not make a layer swapped.
    mixed = np.concatenate([right, shapely.points([[Y0, X0]] * 3)])
    check_swapped_coordinates(mixed, L93, "DH areas")


def test_check_features_leaves_out_missing_geometries_and_names_them():
    report = InputReport()
    geometry = np.array([_box(X0, Y0, X0 + 10, Y0 + 10), None, shapely.Polygon()],
                        dtype=object)
    _geometry, usable, _fixed = check_features(geometry, (POLYGON,), "DH areas",
                                               ["a", "b", "c"], L93, report)
    assert list(usable) == [True, False, False]
    assert report.rejected["row"].tolist() == ["b", "c"]
    assert set(report.rejected["reason"]) == {"no_geometry"}


# ---------------------------------------------------------------- DH areas


def test_dh_areas_bow_tie_is_repaired_and_named_with_its_area():
    report = InputReport()
    areas = _areas([_box(X0, Y0, X0 + 500, Y0 + 500), _bow_tie(X0 + 1000, Y0, 200.0)],
                   ids=[10, 11])
    usable = check_dh_areas(areas, "area_id", "demand_gwh_yr", report)
    assert usable["area_id"].tolist() == [10, 11]
    assert usable.geometry.area.tolist() == pytest.approx([250_000.0, 20_000.0])
    assert report.repairs[0].endswith("their repaired areas: 11 (2 ha).")
    assert shapely.area(areas.geometry.iloc[1]) == 0.0  # the input frame is unchanged


def test_dh_areas_empty_points_duplicates_and_blank_ids():
    with pytest.raises(InputError, match="The DH areas layer is empty"):
        check_dh_areas(_areas([]), "area_id", "demand_gwh_yr", InputReport())
    with pytest.raises(InputError, match="holds points, but polygons are needed"):
        check_dh_areas(_areas([shapely.Point(X0, Y0)]), "area_id", "demand_gwh_yr",
                       InputReport())
    boxes = [_box(X0 + i * 1000, Y0, X0 + i * 1000 + 100, Y0 + 100) for i in range(4)]
    with pytest.raises(InputError, match="repeats the ids 7: each must be unique"):
        check_dh_areas(_areas(boxes, ids=[7, 7, 8, 9]), "area_id", "demand_gwh_yr",
                       InputReport())
    report = InputReport()
    usable = check_dh_areas(_areas(boxes, ids=["a", None, " ", "d"]), "area_id",
                            "demand_gwh_yr", report)
    assert usable["area_id"].tolist() == ["a", "d"]
    assert report.rejected.to_dict("records") == [
        {"layer": "DH areas", "row": "2", "reason": "no_id"},
        {"layer": "DH areas", "row": "3", "reason": "no_id"}]


def test_dh_areas_demand_text_inf_negative_and_zero_are_named():
    boxes = [_box(X0 + i * 1000, Y0, X0 + i * 1000 + 100, Y0 + 100) for i in range(6)]
    demand = pd.Series(["1 900", "abc", "inf", "-5", None, "12,5"], dtype=object)
    report = InputReport()
    usable = check_dh_areas(_areas(boxes, ids=list("ABCDEF"), demand=demand), "area_id",
                            "demand_gwh_yr", report)
    assert usable["area_id"].tolist() == ["A", "F"]
    assert usable["demand_gwh_yr"].tolist() == [1900.0, 12.5]
    reasons = dict(zip(report.rejected["row"], report.rejected["reason"], strict=True))
    assert reasons == {"B": "demand_not_a_number", "C": "demand_not_a_number",
                       "D": "demand_negative", "E": "demand_empty"}
    assert len(report.warnings) == 3
    with pytest.raises(InputError, match="No DH area has a positive demand"):
        check_dh_areas(_areas(boxes[:2], demand=[0.0, None]), "area_id", "demand_gwh_yr",
                       InputReport())


def test_dh_areas_without_an_id_column_are_numbered():
    usable = check_dh_areas(_areas([_box(X0, Y0, X0 + 10, Y0 + 10)] * 2), None,
                            "demand_gwh_yr", InputReport())
    assert usable["area_id"].tolist() == [1, 2]


# ---------------------------------------------------------------- roads


def _roads(geometry, crs=L93):
    return gpd.GeoDataFrame(geometry=gpd.GeoSeries(geometry, crs=crs), crs=crs)


def test_a_point_layer_as_roads_is_refused():
    with pytest.raises(InputError, match="roads layer holds points, but lines are needed"):
        check_roads(_roads([shapely.Point(X0, Y0), shapely.Point(X0 + 1, Y0)]), InputReport())


def test_roads_zero_length_and_multi_part_lines():
    report = InputReport()
    lines = [
        shapely.MultiLineString([[(X0, Y0), (X0 + 100, Y0)], [(X0, Y0 + 50), (X0, Y0 + 90)]]),
        shapely.LineString([(X0, Y0), (X0, Y0)]),
        None,
        shapely.LineString([(X0 + 100, Y0), (X0 + 200, Y0)]),
    ]
    checked = check_roads(_roads(lines), report)
    assert list(shapely.get_type_id(checked.geometry.array)) == [1, 1, 1]
    assert checked.geometry.length.tolist() == pytest.approx([100.0, 40.0, 100.0])
    assert dict(zip(report.rejected["row"], report.rejected["reason"], strict=True)) == {
        "2": "zero_length", "3": "no_geometry"}


def test_an_empty_roads_layer_is_said_empty_and_skipped():
    report = InputReport()
    assert check_roads(_roads([]), report) is None
    assert report.warnings == ["The roads layer is empty: pipe lengths are the straight line "
                               "times the detour factor."]


# ---------------------------------------------------------------- rasters


def test_a_three_band_raster_is_refused():
    from pyproj import CRS

    with pytest.raises(InputError, match="has 3 bands.*Rearrange bands"):
        check_raster("photo", 3, CRS.from_epsg(3035).to_wkt())


def test_raster_crs_missing_geographic_or_in_feet():
    from pyproj import CRS

    with pytest.raises(InputError, match="has no coordinate reference system"):
        check_raster("grid", 1, "")
    with pytest.raises(InputError, match="geographic CRS EPSG:4326"):
        check_raster("grid", 1, CRS.from_epsg(4326).to_wkt())
    with pytest.raises(InputError, match="whose units are not metres"):
        check_raster("grid", 1, CRS.from_epsg(2227).to_wkt())  # California, US feet
    check_raster("grid", 1, CRS.from_epsg(3035).to_wkt())


def test_raster_cell_findings():
    assert cell_findings({"cells_nan": 0, "cells_negative": 0}, -9999.0).messages == []
    messages = cell_findings({"cells_nan": 2, "cells_negative": 1}, None).messages
    assert "has no nodata value" in messages[0]
    assert messages[1].startswith("3 cells are NaN, infinite or negative")


def test_swapped_coordinates_are_found_from_a_wkt1_crs_without_area_of_use():
    from pyproj import CRS
    from pyproj.enums import WktVersion

    wkt1 = CRS.from_epsg(2154).to_wkt(WktVersion.WKT1_GDAL)
    assert CRS.from_wkt(wkt1).area_of_use is None
    with pytest.raises(InputError, match="look swapped"):
        check_swapped_coordinates(shapely.points([[Y0, X0]]), wkt1, "DH areas")


def test_heat_density_grid_skips_its_validity_test_on_repaired_polygons():
    from ite_qgis.core.heat.heat_density import heat_density_grid

    geometry = np.array([_bow_tie(X0, Y0, 200.0), _box(X0 + 300, Y0, X0 + 350, Y0 + 50)],
                        dtype=object)
    frame = gpd.GeoDataFrame(geometry=gpd.GeoSeries(geometry, crs=L93), crs=L93)
    plain = heat_density_grid(frame, [100.0, 50.0])
    repaired, _usable, fixed = repair_invalid_polygons(geometry, "buildings", ["1", "2"],
                                                       InputReport())
    checked = heat_density_grid(frame.set_geometry(gpd.GeoSeries(repaired, crs=L93)),
                                [100.0, 50.0], polygons_valid=True)
    assert plain.report["invalid_polygons_repaired"] == 1 and list(fixed) == [True, False]
    assert checked.report["invalid_polygons_repaired"] == 0
    np.testing.assert_allclose(checked.grid, plain.grid)
