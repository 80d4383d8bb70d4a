"""Raster region outlines traced with numpy, checked against GEOS unions of cell squares."""

from __future__ import annotations

import numpy as np
import pytest
import shapely
from scipy import ndimage

from ite_qgis.core.heat.raster_outline import label_polygons

TRANSFORM = (1000.0, 5000.0, 10.0)


def _reference(labels, label):
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
        for label in range(1, n + 1):
            outline = outlines[label - 1]
            assert outline.geom_type == "MultiPolygon"
            assert outline.is_valid, shapely.is_valid_reason(outline)
            reference = _reference(labels, label)
            assert outline.area == pytest.approx(reference.area)
            assert outline.symmetric_difference(reference).area == pytest.approx(0.0, abs=1e-6)


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
    assert outline.area == pytest.approx(11 * 100.0)
    assert len(shapely.get_parts(outline)) == 1
    assert shapely.get_num_interior_rings(shapely.get_parts(outline)[0]) == 1


def test_only_corner_vertices_are_kept():
    labels = np.zeros((10, 10), dtype=np.int32)
    labels[2:8, 1:9] = 1
    outline = label_polygons(labels, TRANSFORM, 1)[0]
    assert shapely.get_num_coordinates(outline) == 5  # four corners and the closing point
    assert outline.bounds == (1010.0, 4920.0, 1090.0, 4980.0)


def test_empty_raster():
    assert label_polygons(np.zeros((3, 3), dtype=np.int32), TRANSFORM, 0).size == 0
