"""Outlines of labelled raster regions (GDAL Polygonize), checked against GEOS unions of the
cell squares: what a user sees of a DH area (its area in ha, its parts, its holes)."""

from __future__ import annotations

import numpy as np
import pytest
import shapely
from scipy import ndimage

from ite_qgis.core.heat.label_outlines import label_polygons

TRANSFORM = (1000.0, 5000.0, 10.0)  # x_min, y_max, 10 m cells of 100 m2


def _cells_union(labels, label):
    rows, cols = np.nonzero(labels == label)
    x0, y1, cell = TRANSFORM
    return shapely.union_all(shapely.box(x0 + cols * cell, y1 - (rows + 1) * cell,
                                         x0 + (cols + 1) * cell, y1 - rows * cell))


@pytest.mark.parametrize("seed", range(8))
def test_random_regions_match_union_of_cells(seed):
    rng = np.random.default_rng(seed)
    for _ in range(15):
        shape = tuple(rng.integers(1, 30, 2))
        mask = rng.random(shape) < rng.uniform(0.2, 0.8)
        labels, n = ndimage.label(mask, np.ones((3, 3)))
        outlines = label_polygons(labels, TRANSFORM, n)
        assert len(outlines) == n
        for label in range(1, n + 1):
            outline = outlines[label - 1]
            assert outline.geom_type == "MultiPolygon"
            assert outline.is_valid, shapely.is_valid_reason(outline)
            reference = _cells_union(labels, label)
            assert outline.area == reference.area
            assert len(shapely.get_parts(outline)) == len(shapely.get_parts(reference))
            assert outline.symmetric_difference(reference).area == 0.0


def test_cells_touching_at_a_corner_are_one_area_of_two_parts():
    labels = np.zeros((6, 6), dtype=np.int32)
    labels[1:3, 1:3] = 1
    labels[3:5, 3:5] = 1
    outlines = label_polygons(labels, TRANSFORM, 1)
    assert len(outlines) == 1
    outline = outlines[0]
    assert outline.is_valid and outline.area == 8 * 100.0
    assert len(shapely.get_parts(outline)) == 2


def test_ring_with_hole_and_hole_touching_at_a_corner():
    labels = np.array([
        [1, 1, 1, 1, 0],
        [1, 0, 0, 1, 0],
        [1, 0, 0, 1, 0],
        [1, 1, 1, 0, 0],  # the hole reaches the outside only through a corner
        [0, 0, 0, 0, 0],
    ])
    outline = label_polygons(labels, TRANSFORM, 1)[0]
    assert outline.is_valid
    assert outline.area == 11 * 100.0
    assert len(shapely.get_parts(outline)) == 1
    assert shapely.get_num_interior_rings(shapely.get_parts(outline)[0]) == 1


def test_island_in_a_hole_is_its_own_area():
    labels = np.zeros((7, 7), dtype=np.int32)
    labels[0:7, 0:7] = 1
    labels[1:6, 1:6] = 0
    labels[3, 3] = 2
    ring, island = label_polygons(labels, TRANSFORM, 2)
    assert ring.area == (49 - 25) * 100.0 and island.area == 100.0
    assert shapely.get_num_interior_rings(shapely.get_parts(ring)[0]) == 1
    assert ring.disjoint(island)


def test_only_corner_vertices_are_kept_in_map_coordinates():
    labels = np.zeros((10, 10), dtype=np.int32)
    labels[2:8, 1:9] = 1
    outline = label_polygons(labels, TRANSFORM, 1)[0]
    assert shapely.get_num_coordinates(outline) == 5  # four corners and the closing point
    assert outline.bounds == (1010.0, 4920.0, 1090.0, 4980.0)


def test_missing_label_gets_none_and_empty_raster_nothing():
    labels = np.zeros((3, 3), dtype=np.int32)
    labels[1, 1] = 2
    missing, present = label_polygons(labels, TRANSFORM, 2)
    assert missing is None and present.area == 100.0
    assert label_polygons(np.zeros((3, 3), dtype=np.int32), TRANSFORM, 0).size == 0


class _LayerOfOldGdal:
    """A real OGR layer seen as a GDAL before 3.6 shows it: features, no Arrow stream."""

    def __init__(self, layer):
        self._layer = layer

    def __iter__(self):
        return iter(self._layer)


def test_layer_read_feature_by_feature_on_old_gdal_gives_the_same():
    from ite_qgis.core.common.gdal_errors import raising
    from ite_qgis.core.heat import label_outlines

    labels = ndimage.label(np.random.default_rng(3).random((40, 50)) < 0.5, np.ones((3, 3)))[0]
    labels = labels.astype(np.int32)
    with raising():
        raster = label_outlines._raster_of(labels, 0, 0)
        band = raster.GetRasterBand(1)
        band.SetNoDataValue(0)
        source, layer = label_outlines._memory_layer()
        label_outlines.gdal.Polygonize(band, band.GetMaskBand(), layer, 0)
        wkb, label = label_outlines._read_layer(layer)
        layer.ResetReading()
        old_wkb, old_label = label_outlines._read_layer(_LayerOfOldGdal(layer))
        del layer, source, band, raster
    assert label.size > 10
    np.testing.assert_array_equal(old_label, label)
    assert list(old_wkb) == [bytes(w) for w in wkb]


def test_gdal_error_setting_is_put_back():
    from osgeo import gdal

    from ite_qgis.core.common.gdal_errors import raising

    before = gdal.GetUseExceptions()
    with raising():
        assert gdal.GetUseExceptions()
        with pytest.raises(RuntimeError):
            gdal.Open("/no/such/raster.tif")
    assert gdal.GetUseExceptions() == before
