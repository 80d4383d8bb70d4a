"""GDAL Polygonize outlines against the numpy tracer they replace: same geometry, exactly.

Temporary: it goes with the tracer (issue 11, point 8)."""

from __future__ import annotations

import numpy as np
import pytest
import shapely
from scipy import ndimage

from ite_qgis.core.heat.dh_areas import dh_potential_areas
from ite_qgis.core.heat.label_outlines import label_polygons
from ite_qgis.core.heat.raster_outline import label_polygons as traced_polygons
from ite_qgis.core.samples.synthetic_heat import dunkirk_heat_grid

TRANSFORM = (1000.0, 5000.0, 10.0)


def _assert_same(labels, transform):
    n = int(labels.max()) if labels.size else 0
    old = traced_polygons(labels, transform, n)
    new = label_polygons(labels, transform, n)
    assert len(old) == len(new) == n
    for before, after in zip(old, new, strict=True):
        assert after.geom_type == before.geom_type == "MultiPolygon"
        assert after.is_valid, shapely.is_valid_reason(after)
        assert after.area == before.area
        assert after.bounds == before.bounds
        parts_before, parts_after = shapely.get_parts(before), shapely.get_parts(after)
        assert len(parts_after) == len(parts_before)
        assert (shapely.get_num_interior_rings(parts_after).sum()
                == shapely.get_num_interior_rings(parts_before).sum())
        assert shapely.get_num_coordinates(after) == shapely.get_num_coordinates(before)
        assert shapely.equals_exact(shapely.normalize(after), shapely.normalize(before), 0.0)


@pytest.mark.parametrize("seed", range(20))
def test_random_regions(seed):
    rng = np.random.default_rng(seed)
    for _ in range(20):
        shape = tuple(rng.integers(1, 40, 2))
        mask = rng.random(shape) < rng.uniform(0.2, 0.8)
        _assert_same(ndimage.label(mask, np.ones((3, 3)))[0], TRANSFORM)


def test_hand_made_cases():
    ring_with_corner_hole = np.array([
        [1, 1, 1, 1, 0],
        [1, 0, 0, 1, 0],
        [1, 0, 0, 1, 0],
        [1, 1, 1, 0, 0],
        [0, 0, 0, 0, 2],
    ])
    _assert_same(ring_with_corner_hole, TRANSFORM)
    blocks = np.zeros((6, 6), dtype=np.int32)
    blocks[1:3, 1:3] = 1
    blocks[3:5, 3:5] = 1
    _assert_same(blocks, TRANSFORM)
    rectangle = np.zeros((10, 10), dtype=np.int32)
    rectangle[2:8, 1:9] = 1
    _assert_same(rectangle, TRANSFORM)


@pytest.mark.parametrize("threshold", [100.0, 200.0, 333.0])
def test_dunkirk_synthetic_grid(threshold):
    density, transform, crs = dunkirk_heat_grid()
    result = dh_potential_areas(density, transform, crs, pixel_threshold=threshold,
                                area_threshold_gwh=0.0)
    assert result.report["areas_kept"] > 0
    _assert_same(result.labels, transform)


@pytest.mark.parametrize("name", ["brescia/heat_tot_curr_density.tif", "vienna/heat_density.tif"])
def test_hotmaps_rasters(shared_data, name):
    gdal = pytest.importorskip("osgeo.gdal")
    path = shared_data / "hotmaps" / name
    if not path.exists():
        pytest.skip(f"{path} not found")
    with gdal.ExceptionMgr():
        dataset = gdal.Open(str(path))
        band = dataset.GetRasterBand(1)
        density = band.ReadAsArray()
        x_min, cell_m, _, y_max, _, _ = dataset.GetGeoTransform()
        nodata = band.GetNoDataValue()
    for threshold in (50.0, 333.0):
        result = dh_potential_areas(density, (x_min, y_max, cell_m), "EPSG:3035", nodata=nodata,
                                    pixel_threshold=threshold, area_threshold_gwh=0.0)
        _assert_same(result.labels, (x_min, y_max, cell_m))
