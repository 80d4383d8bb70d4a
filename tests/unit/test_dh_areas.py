"""District heating potential areas on small hand-drawn rasters, and on the Brescia raster."""

from __future__ import annotations

import numpy as np
import pytest
from scipy import ndimage

from ite_qgis.core.common.crs import CrsError
from ite_qgis.core.heat.dh_areas import close_cells, dh_potential_areas

# 100 m cells: 1 ha each, so a cell of 400 MWh/ha holds 400 MWh.
TRANSFORM = (500_000.0, 6_000_000.0, 100.0)
CRS = "EPSG:3035"
TINY_AREA_GWH = 0.001  # keep every area unless a test is about the area threshold


def _areas(density, **kwargs):
    kwargs.setdefault("area_threshold_gwh", TINY_AREA_GWH)
    return dh_potential_areas(np.asarray(density, dtype=float), TRANSFORM, CRS, **kwargs)


def test_pixel_threshold_is_strict():
    density = np.zeros((5, 5))
    density[1, 1] = 333.1
    density[3, 3] = 333.0  # at the threshold: not above it (Hotmaps)
    result = _areas(density, closing_iterations=0)
    assert result.report["cells_above_threshold"] == 1
    assert len(result.areas) == 1
    assert result.labels[1, 1] == 1 and result.labels[3, 3] == 0


def test_closing_joins_two_blocks_across_a_one_cell_gap():
    density = np.zeros((5, 9))
    density[1:4, 1:4] = 400.0
    density[1:4, 5:8] = 400.0
    density[:, 4] = 100.0  # a street of low density between the blocks
    without = _areas(density, closing_iterations=0)
    assert len(without.areas) == 2
    result = _areas(density)
    assert len(result.areas) == 1
    area = result.areas.iloc[0]
    # The closing adds the three gap cells beside the blocks, not the street's ends.
    assert area["cells"] == 21 and area["cells_above_threshold"] == 18
    assert result.report["cells_added_by_closing"] == 3
    # Demand: 18 x 400 MWh above the threshold; with the closing, 3 x 100 MWh more.
    assert area["demand_gwh_yr"] == pytest.approx(7.2)
    assert area["demand_with_closing_gwh_yr"] == pytest.approx(7.5)
    assert area["area_ha"] == pytest.approx(21.0)
    assert area["mean_density_mwh_ha"] == pytest.approx(7500.0 / 21.0)
    assert area["dwelling_eq"] == pytest.approx(7500.0 / 12.0)
    assert area.geometry.area == pytest.approx(21 * 10_000.0)
    assert area.geometry.is_valid
    assert result.report["demand_in_areas_gwh_yr"] == pytest.approx(7.2)
    assert result.report["demand_in_areas_with_closing_gwh_yr"] == pytest.approx(7.5)


def test_diagonal_neighbours_join_with_8_connectivity():
    density = np.zeros((6, 6))
    density[1:3, 1:3] = 500.0
    density[3:5, 3:5] = 500.0  # touches the first block at one corner only
    result = _areas(density, closing_iterations=0)
    assert len(result.areas) == 1
    assert result.areas.iloc[0]["cells"] == 8
    assert ndimage.label(density >= 333)[1] == 2  # 4-connectivity would give two areas
    geometry = result.areas.geometry.iloc[0]
    assert geometry.is_valid and geometry.area == pytest.approx(8 * 10_000.0)


def test_area_threshold_removes_small_areas():
    density = np.zeros((8, 12))
    density[1:6, 1:6] = 1000.0  # 25 ha x 1000 MWh = 25 GWh
    density[1:3, 9:11] = 1000.0  # 4 GWh
    result = dh_potential_areas(density, TRANSFORM, CRS, area_threshold_gwh=10.0)
    assert result.report["areas_found"] == 2
    assert result.report["areas_kept"] == 1
    assert result.report["areas_below_area_threshold"] == 1
    assert result.areas.iloc[0]["demand_gwh_yr"] == pytest.approx(25.0)
    assert (result.labels[1:3, 9:11] == 0).all()
    assert (result.labels[1:6, 1:6] == 1).all()


def test_area_threshold_with_or_without_closing_cells():
    density = np.zeros((5, 9))
    density[1:4, 1:4] = 400.0
    density[1:4, 5:8] = 400.0
    density[:, 4] = 100.0
    # 7.2 GWh above the threshold, 7.5 GWh with the closing cells; threshold 7.3 GWh.
    # Default (Hotmaps rule): tested on the cells above the threshold only.
    assert len(_areas(density, area_threshold_gwh=7.3).areas) == 0
    assert len(_areas(density, area_threshold_gwh=7.3, threshold_with_closing=True).areas) == 1


def test_parity_cells_strictly_above_the_threshold():
    density = np.zeros((6, 6))
    density[1:4, 1:4] = 333.0  # exactly at the threshold: not a candidate (Hotmaps: > 333)
    result = _areas(density, area_threshold_gwh=0.0)
    assert result.report["cells_above_threshold"] == 0
    assert len(result.areas) == 0
    density[1:4, 1:4] = 333.5
    result = _areas(density, area_threshold_gwh=0.0)
    assert result.report["cells_above_threshold"] == 9
    assert len(result.areas) == 1


def test_parity_area_threshold_on_cells_above_the_threshold():
    # Two dense blocks joined by a closing-filled street of 300 MWh/ha cells.
    density = np.zeros((5, 9))
    density[1:4, 1:4] = 400.0  # 9 ha x 400 = 3.6 GWh
    density[1:4, 5:8] = 400.0  # 3.6 GWh
    density[1:4, 4] = 300.0  # 3 ha x 300 = 0.9 GWh, added by the closing
    result = _areas(density, area_threshold_gwh=7.2)
    assert len(result.areas) == 1
    area = result.areas.iloc[0]
    assert area["demand_gwh_yr"] == pytest.approx(7.2)
    assert area["demand_with_closing_gwh_yr"] == pytest.approx(8.1)
    assert area["cells"] == 21 and area["cells_above_threshold"] == 18
    # 7.5 GWh: the closing cells would reach it, the cells above the threshold do not.
    assert len(_areas(density, area_threshold_gwh=7.5).areas) == 0
    assert len(_areas(density, area_threshold_gwh=7.5, threshold_with_closing=True).areas) == 1


def test_area_on_the_raster_edge_is_not_shrunk():
    density = np.zeros((6, 6))
    density[0:3, 0:3] = 800.0  # a dense block in the north-west corner
    result = _areas(density)
    assert result.areas.iloc[0]["cells"] == 9
    assert result.areas.iloc[0]["demand_gwh_yr"] == pytest.approx(7.2)
    # An unpadded closing (the Hotmaps module's) erodes the block's edge cells away.
    unpadded = ndimage.binary_closing(density >= 333, structure=np.ones((3, 3)))
    assert unpadded.sum() < 9
    padded = close_cells(density >= 333, 1)
    assert padded.sum() == 9


def test_nodata_nan_and_negative_cells_counted_and_zero():
    density = np.full((5, 7), 0.0)
    density[1:4, 1:6] = 500.0
    density[2, 3] = np.nan  # a hole of NaN inside the block: closed in, counted as 0
    density[0, 0] = -9999.0  # nodata
    density[4, 6] = -3.0  # negative
    density[0, 6] = np.inf
    result = _areas(density, nodata=-9999.0)
    report = result.report
    assert report["cells_nodata"] == 1
    assert report["cells_nan"] == 2  # NaN and inf
    assert report["cells_negative"] == 1
    assert report["cells_above_threshold"] == 14
    area = result.areas.iloc[0]
    assert area["cells"] == 15  # the NaN cell is filled by the closing
    assert area["demand_gwh_yr"] == pytest.approx(7.0)
    assert area["demand_with_closing_gwh_yr"] == pytest.approx(7.0)
    assert report["demand_total_gwh_yr"] == pytest.approx(7.0)


def test_polygons_are_in_map_coordinates():
    density = np.zeros((4, 4))
    density[1:3, 2:4] = 400.0
    result = _areas(density, closing_iterations=0)
    x_min, y_min, x_max, y_max = result.areas.total_bounds
    assert (x_min, x_max) == (500_200.0, 500_400.0)
    assert (y_min, y_max) == (5_999_700.0, 5_999_900.0)
    assert result.areas.crs.to_epsg() == 3035
    assert result.areas.geom_type.iloc[0] == "MultiPolygon"


def test_no_area_gives_empty_layer_with_columns():
    result = _areas(np.full((3, 3), 10.0))
    assert len(result.areas) == 0
    assert "demand_with_closing_gwh_yr" in result.areas.columns
    assert result.report["cells_above_threshold"] == 0


def test_brescia_raster(shared_data):
    gdal = pytest.importorskip("osgeo.gdal", reason="GDAL Python bindings not available")
    path = shared_data / "hotmaps" / "brescia" / "heat_tot_curr_density.tif"
    if not path.exists():
        pytest.skip(f"{path} not found")
    gdal.UseExceptions()
    dataset = gdal.Open(str(path))
    band = dataset.GetRasterBand(1)
    density = band.ReadAsArray()
    x_min, cell_m, _, y_max, _, _ = dataset.GetGeoTransform()
    result = dh_potential_areas(density, (x_min, y_max, cell_m), "EPSG:3035",
                                nodata=band.GetNoDataValue())
    report = result.report
    # The Hotmaps test raster holds about 16.6 TWh (data README).
    assert report["demand_total_gwh_yr"] == pytest.approx(16_600.0, rel=0.01)
    assert report["areas_kept"] > 10
    assert (result.areas["demand_with_closing_gwh_yr"] >= 30.0).all()
    assert 0 < report["demand_in_areas_gwh_yr"] <= report["demand_in_areas_with_closing_gwh_yr"]
    assert report["demand_in_areas_with_closing_gwh_yr"] < report["demand_total_gwh_yr"]
    assert result.areas.geometry.is_valid.all()
    np.testing.assert_allclose(result.areas.geometry.area / 10_000.0, result.areas["area_ha"])


def test_geographic_raster_refused():
    with pytest.raises(CrsError, match="EPSG:4326"):
        dh_potential_areas(np.zeros((3, 3)), (2.0, 51.0, 0.001), "EPSG:4326")
