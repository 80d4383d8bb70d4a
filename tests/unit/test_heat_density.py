"""Heat demand density grid: cell placement, area shares and conservation of demand."""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pytest
import shapely
import shapely.affinity
from shapely.geometry import LineString, MultiPoint, Point, box

from ite_qgis.core.common.crs import CrsError
from ite_qgis.core.heat.heat_density import heat_density_grid

CELL_HA = 1.0  # 100 m cells


def _frame(geoms, crs="EPSG:3035"):
    return gpd.GeoDataFrame({"id": range(len(geoms))}, geometry=list(geoms), crs=crs)


def test_points_land_in_their_cells():
    layer = _frame([Point(1050, 2950), Point(1150, 2950), Point(1160, 2960), Point(1050, 2850)])
    grid, transform, crs = heat_density_grid(layer, [10.0, 20.0, 5.0, 7.0], cell_m=100)
    assert transform == (1000.0, 3000.0, 100.0)
    assert crs.to_epsg() == 3035
    assert grid[0, 0] == 10.0  # MWh in a 1 ha cell = MWh/ha
    assert grid[0, 1] == 25.0
    assert grid[1, 0] == 7.0
    assert grid.sum() * CELL_HA == pytest.approx(42.0)


def test_density_is_per_hectare():
    layer = _frame([Point(10, 10)])
    grid, (_, _, cell_m), _ = heat_density_grid(layer, [50.0], cell_m=50)
    # 50 m cells are 0.25 ha: 50 MWh -> 200 MWh/ha.
    assert grid.max() == pytest.approx(200.0)
    assert grid.sum() * (cell_m * cell_m / 10_000) == pytest.approx(50.0)


def test_point_on_last_grid_line_is_kept():
    layer = _frame([Point(0, 0), Point(200, 100)])
    result = heat_density_grid(layer, [1.0, 2.0])
    assert result.grid.sum() == pytest.approx(3.0)
    assert result.report["demand_outside_grid_mwh_yr"] == 0.0


def test_polygon_straddling_four_cells_shares_by_area():
    # 100 x 100 m building centred on the corner (1000, 1000): a quarter in each cell.
    layer = _frame([box(950, 950, 1050, 1050)])
    grid, transform, _ = heat_density_grid(layer, [400.0])
    assert grid.shape == (2, 2)
    np.testing.assert_allclose(grid, [[100.0, 100.0], [100.0, 100.0]])


def test_polygon_shares_uneven():
    # 3/4 of the building west of x=1000, 1/4 east; all in one row.
    layer = _frame([box(925, 910, 1025, 990)])
    grid, transform, _ = heat_density_grid(layer, [100.0])
    assert transform == (900.0, 1000.0, 100.0)
    np.testing.assert_allclose(grid[0, :2], [75.0, 25.0])


def test_conservation_random_mix():
    rng = np.random.default_rng(7)
    n = 3000
    x = rng.uniform(0, 5000, n)
    y = rng.uniform(0, 5000, n)
    w = rng.uniform(5, 400, n)
    h = rng.uniform(5, 400, n)
    polygons = shapely.box(x, y, x + w, y + h)
    rotated = shapely.buffer(shapely.points(x[:500], y[:500]), rng.uniform(5, 300, 500))
    points = shapely.points(rng.uniform(0, 5000, 1000), rng.uniform(0, 5000, 1000))
    geoms = np.concatenate([polygons, rotated, points])
    demand = rng.uniform(0, 1000, geoms.size)
    result = heat_density_grid(_frame(geoms, "EPSG:2154"), demand, cell_m=100)
    cell_ha = 1.0
    assert result.grid.sum() * cell_ha == pytest.approx(demand.sum(), rel=1e-12)
    assert result.report["features_used"] == geoms.size
    assert (result.grid >= 0).all()


def test_explicit_bounds_report_demand_outside():
    layer = _frame([Point(50, 50), Point(550, 50), box(150, 0, 250, 100)])
    result = heat_density_grid(layer, [10.0, 20.0, 40.0], bounds=(0, 0, 200, 100))
    assert result.grid.shape == (1, 2)
    np.testing.assert_allclose(result.grid, [[10.0, 20.0]])  # half the box is outside
    assert result.report["demand_outside_grid_mwh_yr"] == pytest.approx(40.0)


def test_bad_rows_counted_not_silently_dropped():
    geoms = [Point(0, 0), None, LineString([(0, 0), (1, 1)]), Point(10, 10),
             MultiPoint([(0, 0), (150, 0)])]
    result = heat_density_grid(_frame(geoms), [5.0, 3.0, 2.0, np.nan, 8.0])
    report = result.report
    assert report["no_geometry"] == 1
    assert report["not_point_or_polygon"] == 1
    assert report["bad_demand"] == 1
    assert report["features_used"] == 2
    assert result.grid.sum() == pytest.approx(13.0)
    np.testing.assert_allclose(result.grid[-1, :2], [9.0, 4.0])


def test_geographic_crs_rejected():
    with pytest.raises(CrsError, match="EPSG:4326"):
        heat_density_grid(_frame([Point(2.3, 51.0)], "EPSG:4326"), [1.0])
    with pytest.raises(CrsError):
        heat_density_grid(_frame([Point(2.3, 51.0)], None), [1.0])


def test_wrong_length_and_cell_size():
    with pytest.raises(ValueError, match="2 demand values"):
        heat_density_grid(_frame([Point(0, 0)]), [1.0, 2.0])
    with pytest.raises(ValueError, match="cell size"):
        heat_density_grid(_frame([Point(0, 0)]), [1.0], cell_m=0)


def _reference_grid(geoms, demand, transform, shape):
    """Brute force: intersect every polygon with every cell using GEOS."""
    x_min, y_max, cell = transform
    rows, cols = np.indices(shape)
    cells = shapely.box(x_min + cols * cell, y_max - (rows + 1) * cell,
                        x_min + (cols + 1) * cell, y_max - rows * cell).ravel()
    grid = np.zeros(cells.size)
    for geom, value in zip(geoms, demand, strict=True):
        grid += value * shapely.area(shapely.intersection(geom, cells)) / geom.area
    return grid.reshape(shape) / (cell * cell / 10_000.0)


def test_area_shares_match_geos_for_holes_multipolygons_and_large_polygons():
    ring_with_hole = box(120, 130, 480, 470).difference(box(200, 200, 390, 410))
    rotated = shapely.affinity.rotate(box(520, 120, 880, 260), 33)
    pieces = shapely.MultiPolygon([box(610, 560, 690, 930), box(720, 600, 950, 640)])
    # A large, finely drawn circle takes the GEOS path (many vertices over many cells).
    circle = Point(1500, 1500).buffer(900, quad_segs=64)
    geoms = [ring_with_hole, rotated, pieces, circle]
    demand = [1000.0, 700.0, 300.0, 5000.0]
    result = heat_density_grid(_frame(geoms), demand, cell_m=100)
    reference = _reference_grid(geoms, demand, result.transform, result.grid.shape)
    np.testing.assert_allclose(result.grid, reference, rtol=1e-9, atol=1e-9)
    assert result.grid.sum() == pytest.approx(sum(demand), rel=1e-12)


def test_invalid_polygon_repaired_and_counted():
    bowtie = shapely.Polygon([(0, 0), (200, 200), (200, 0), (0, 200)])  # self-intersecting
    result = heat_density_grid(_frame([bowtie]), [100.0])
    assert result.report["invalid_polygons_repaired"] == 1
    assert result.grid.sum() == pytest.approx(100.0)
