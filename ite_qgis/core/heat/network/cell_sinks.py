"""Sinks of a network from the cells of a heat demand density raster (MWh/ha per year, the unit
of :mod:`..dh_areas`), optionally only inside DH areas: each cell with demand becomes a sink at
the cell's centre, its yearly demand the density times the cell's area. The network then takes
the peak from the full-load hours (:func:`.loads.sink_loads`).

Only the cells near the streets can be joined: without areas, the cells are cropped to the
streets' extent grown by the longest service pipe (the others would all be "too far").
"""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import shapely
from pyproj import CRS

from ...common.crs import CrsError, crs_label, is_metric
from ...common.i18n import translate
from ...validation.findings import InputError
from ..dh_areas import M2_PER_HA, _clean_density

DEMAND_COLUMN = "demand_mwh_yr"


def _window(shape, transform, bounds):
    """Rows and columns of the cells that overlap ``bounds`` (x0, y0, x1, y1)."""
    x_min, y_max, cell = transform
    col0 = max(int(np.floor((bounds[0] - x_min) / cell)), 0)
    col1 = min(int(np.ceil((bounds[2] - x_min) / cell)), shape[1])
    row0 = max(int(np.floor((y_max - bounds[3]) / cell)), 0)
    row1 = min(int(np.ceil((y_max - bounds[1]) / cell)), shape[0])
    return slice(row0, max(row0, row1)), slice(col0, max(col0, col1))


def _street_bounds(streets, margin_m, crs):
    """The streets' extent grown by ``margin_m``, in ``crs``."""
    grown = np.asarray(streets.total_bounds) + np.array([-1.0, -1.0, 1.0, 1.0]) * margin_m
    return gpd.GeoSeries([shapely.box(*grown)], crs=streets.crs).to_crs(crs).total_bounds


def cell_sinks(density, transform, crs, nodata=None, areas: gpd.GeoDataFrame | None = None,
               streets: gpd.GeoDataFrame | None = None,
               margin_m: float = 100.0) -> gpd.GeoDataFrame:
    """One point per cell with a positive demand (``sink_id`` "row_col", ``demand_mwh_yr``),
    in ``crs`` (a projected CRS in metres). ``transform``: ``(x_min, y_max, cell_m)``, north
    up. ``areas``: keep only the cells whose centre is inside them (reprojected to ``crs``).
    ``streets``: cells farther than ``margin_m`` outside their extent are not read."""
    crs = CRS.from_user_input(crs)
    if not is_metric(crs):
        raise CrsError(translate(
            "dhnetwork", "The heat density raster must be in a projected CRS in metres, not "
                         "{crs}.").format(crs=crs_label(crs)))
    density = np.asarray(density)
    bounds = None if streets is None else _street_bounds(streets, margin_m, crs)
    if areas is not None:
        areas = areas if areas.crs is None or areas.crs == crs else areas.to_crs(crs)
        area_bounds = shapely.total_bounds(areas.geometry.values)
        bounds = area_bounds if bounds is None else np.r_[
            np.maximum(bounds[:2], area_bounds[:2]), np.minimum(bounds[2:], area_bounds[2:])]
    rows, cols = ((slice(0, density.shape[0]), slice(0, density.shape[1])) if bounds is None
                  else _window(density.shape, transform, bounds))
    part = density[rows, cols]
    usable, _counts = _clean_density(part, nodata)
    row, col = np.nonzero(usable & (np.where(usable, part, 0) > 0))
    x_min, y_max, cell = transform
    x = x_min + (col + cols.start + 0.5) * cell
    y = y_max - (row + rows.start + 0.5) * cell
    keep = np.ones(len(x), dtype=bool)
    if areas is not None:
        keep = shapely.contains_xy(shapely.union_all(areas.geometry.values), x, y)
    if not keep.any():
        raise InputError(translate(
            "dhnetwork", "No cell of the heat density raster has a demand inside the DH areas "
                         "and near the streets: no sink."))
    row, col, x, y = row[keep], col[keep], x[keep], y[keep]
    demand = part[row, col].astype(float) * cell * cell / M2_PER_HA
    ids = np.char.add(np.char.add((row + rows.start).astype(str), "_"),
                      (col + cols.start).astype(str))
    return gpd.GeoDataFrame({"sink_id": ids, DEMAND_COLUMN: demand},
                            geometry=shapely.points(x, y), crs=crs)
