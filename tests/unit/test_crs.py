"""Choice of a metric CRS, reprojection of geographic layers and refusal of non-metric ones."""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pytest
from pyproj import CRS
from shapely.geometry import Point

from ite_qgis.core.common.crs import (
    CrsError,
    check_same_crs,
    choose_metric_crs,
    common_metric_crs,
    to_metric,
    utm_epsg,
)


def _points(xy, crs):
    return gpd.GeoDataFrame({"site_id": [f"s{i}" for i in range(len(xy))]},
                            geometry=[Point(x, y) for x, y in xy], crs=crs)


def test_dunkirk_extent_gets_utm_31n():
    # Dunkirk, 2.1-2.6 E, 50.9-51.1 N: UTM zone 31 (0-6 E), northern hemisphere.
    assert choose_metric_crs(2.1, 50.9, 2.6, 51.1).to_epsg() == 32631


def test_zone_of_centre_and_southern_hemisphere():
    # Centre at 8.5 E -> zone 32; Sao Paulo (-46.6, -23.5) -> zone 23 south.
    assert choose_metric_crs(6.5, 45.0, 10.5, 46.0).to_epsg() == 32632
    assert choose_metric_crs(-47.0, -24.0, -46.0, -23.0).to_epsg() == 32723
    assert utm_epsg(179.99, 10.0) == 32660
    assert utm_epsg(-180.0, -10.0) == 32701


def test_wide_european_extent_gets_laea_europe():
    # France to Poland: 20 degrees of longitude, inside Europe.
    assert choose_metric_crs(-4.0, 43.0, 18.0, 54.0).to_epsg() == 3035


def test_extent_too_large_is_refused():
    with pytest.raises(CrsError, match="too large for a single metric CRS"):
        choose_metric_crs(-120.0, 20.0, -60.0, 50.0)
    with pytest.raises(CrsError):
        choose_metric_crs(np.nan, 0.0, 1.0, 1.0)


def test_metric_layer_unchanged():
    layer = _points([(650_000.0, 7_100_000.0)], "EPSG:2154")
    out, crs, note = to_metric(layer)
    assert out is layer
    assert crs.to_epsg() == 2154
    assert note is None


def test_geographic_layer_reprojected_with_note_and_input_untouched():
    layer = _points([(2.3, 51.0), (2.4, 51.05)], "EPSG:4326")
    out, crs, note = to_metric(layer)
    assert crs.to_epsg() == 32631
    assert "EPSG:32631" in note and "EPSG:4326" in note
    assert layer.crs.to_epsg() == 4326 and layer.geometry.x.iloc[0] == 2.3
    # 0.1 deg of longitude and 0.05 deg of latitude at 51 N: about 7.0 km and 5.6 km.
    distance_m = out.geometry.iloc[0].distance(out.geometry.iloc[1])
    assert distance_m == pytest.approx(np.hypot(0.1 * 111_320 * np.cos(np.radians(51.025)),
                                                0.05 * 111_200), rel=0.01)


def test_explicit_target_crs():
    layer = _points([(2.3, 51.0)], "EPSG:4326")
    out, crs, _ = to_metric(layer, crs=3035)
    assert crs.to_epsg() == 3035 and out.crs.to_epsg() == 3035


def test_missing_crs_and_feet_refused():
    with pytest.raises(CrsError, match="no CRS"):
        to_metric(_points([(1.0, 2.0)], None))
    with pytest.raises(CrsError, match="foot"):
        to_metric(_points([(6_000_000.0, 2_000_000.0)], "EPSG:2227"))


def test_crs_error_is_a_value_error():
    assert issubclass(CrsError, ValueError)


def test_check_same_crs_names_both():
    a = _points([(650_000.0, 7_100_000.0)], "EPSG:2154")
    b = _points([(500_000.0, 5_650_000.0)], "EPSG:32631")
    assert check_same_crs(a, a.copy()) == CRS.from_epsg(2154)
    with pytest.raises(CrsError) as info:
        check_same_crs(a, b, names=["sites", "demands"])
    message = str(info.value)
    assert "sites" in message and "demands" in message
    assert "EPSG:2154" in message and "EPSG:32631" in message


def test_common_metric_crs_uses_union_extent():
    west = _points([(-4.0, 48.0)], "EPSG:4326")
    east = _points([(16.0, 50.0)], "EPSG:4326")
    assert common_metric_crs(west, east).to_epsg() == 3035
    assert common_metric_crs(west).to_epsg() == 32630
