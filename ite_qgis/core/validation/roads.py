"""A road network as an input (ite:wasteheatdh routes pipes along it).

:func:`check_roads` decides:

* an empty roads layer is not refused, as the input is optional: the run goes on with straight
  lines times the detour factor, and a warning says the layer is empty;
* a layer of points or polygons is refused, with the Processing tool that converts it (Points
  to path, Polygons to lines);
* rows without a geometry, or of another kind in a mixed layer, are left out and named (by
  row number: roads have no ids);
* multi-part lines are split into their parts, each an ordinary road line (parts that do not
  touch are not joined);
* zero-length lines (a single vertex, or all vertices at one place) add no road and are left
  out and named.
"""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import shapely

from ..common.i18n import translate
from .findings import InputReport
from .geometry import LINE, check_features, row_names


def roads_name() -> str:
    return translate("validation", "roads")


def check_roads(roads: gpd.GeoDataFrame, report: InputReport) -> gpd.GeoDataFrame | None:
    """Single-part road lines (geometry only, in the layer's CRS), or None when the layer is
    empty (warned). Refusals raise :class:`~.findings.InputError`."""
    layer = roads_name()
    if len(roads) == 0:
        report.warn(translate(
            "validation", "The roads layer is empty: pipe lengths are the straight line times "
                          "the detour factor."))
        return None
    names = row_names(len(roads))
    geometry, usable, _repaired = check_features(
        np.asarray(roads.geometry.array, dtype=object), (LINE,), layer, names, roads.crs,
        report)
    lengths = np.zeros(len(roads))
    lengths[usable] = shapely.length(geometry[usable])
    flat = usable & ~(lengths > 0)
    if flat.any():
        report.reject(
            layer, names[flat], "zero_length",
            translate("validation", "{count} lines of the roads layer have no length and were "
                                    "left out: {rows}."))
    usable &= ~flat
    parts = shapely.get_parts(geometry[usable])
    parts = parts[shapely.length(parts) > 0]
    return gpd.GeoDataFrame(geometry=gpd.GeoSeries(parts, crs=roads.crs), crs=roads.crs)
