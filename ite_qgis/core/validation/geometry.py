"""Geometry checks shared by every layer an algorithm reads: type, missing, invalid, swapped.

All checks work on a numpy array of shapely geometries (one per row) and name the rows they
concern by ``names`` (the layer's ids, or its feature numbers when it has none):

* :func:`check_geometry_types`: a layer with no geometry of the kind an input needs (a point
  layer given as roads) is refused with a message that names the Processing tool converting it;
  rows of another kind in a mixed layer are left out and named;
* :func:`leave_out_missing`: rows without a geometry, or with an empty one, are left out and
  named;
* :func:`repair_invalid_polygons`: invalid polygons (a bow-tie, a self-intersecting ring) are
  repaired with shapely's ``make_valid`` (``structure`` method: the polygonal parts only) and
  reported with their ids and repaired areas; a polygon that collapses to nothing (all its
  area would go) is left out and named instead, as a repair would change what it means;
* :func:`check_swapped_coordinates`: latitudes beyond 90 degrees in a geographic CRS, or most
  coordinates outside the area where the CRS is used but inside it once x and y are swapped,
  are refused with a message that says the columns look swapped.

Every check is vectorised (shapely 2 array functions, no Python loop over rows).
"""

from __future__ import annotations

import numpy as np
import shapely
from pyproj import CRS, Transformer

from ..common.crs import area_of_use, crs_label
from ..common.i18n import translate
from ..common.ids import listed
from .findings import InputError, InputReport

POINT, LINE, POLYGON = "point", "line", "polygon"
# shapely type ids of each kind (multi-part types included; a LinearRing counts as a line).
TYPE_IDS = {POINT: (0, 4), LINE: (1, 2, 5), POLYGON: (3, 6)}
M2_PER_HA = 10_000.0
# Share of the rows that must lie outside the CRS's area of use, and inside it once swapped,
# before the x and y columns are called swapped: most of them, so that a few outliers never
# refuse a layer.
SWAPPED_SHARE = 0.5
# The area of use is widened by this share of its span on each side: layers are often used a
# little beyond it (a UTM zone over its neighbour's edge).
AREA_OF_USE_MARGIN = 0.1


def _kind_names() -> dict[str, str]:
    return {
        POINT: translate("validation", "points"),
        LINE: translate("validation", "lines"),
        POLYGON: translate("validation", "polygons"),
    }


def _conversion_tools() -> dict[tuple[str, str], str]:
    """(kind found, kind needed) -> the Processing tool that converts it (name and id)."""
    return {
        (POINT, LINE): translate("validation", "Points to path (native:pointstopath)"),
        (POLYGON, LINE): translate("validation", "Polygons to lines (native:polygonstolines)"),
        (POINT, POLYGON): translate("validation", "Buffer (native:buffer)"),
        (LINE, POLYGON): translate("validation", "Lines to polygons (qgis:linestopolygons)"),
        (LINE, POINT): translate("validation", "Centroids (native:centroids)"),
        (POLYGON, POINT): translate("validation", "Point on surface (native:pointonsurface)"),
    }


def row_names(count: int) -> np.ndarray:
    """Names of rows without ids: their numbers from 1, as the attribute table counts them."""
    return np.arange(1, count + 1).astype(str)


def missing_geometry(geometry: np.ndarray) -> np.ndarray:
    """True on each row without a geometry or with an empty one."""
    geometry = np.asarray(geometry, dtype=object)
    return shapely.is_missing(geometry) | shapely.is_empty(geometry)


def geometry_kinds(geometry: np.ndarray) -> np.ndarray:
    """The kind of each row (POINT, LINE, POLYGON), "" when missing or empty, "other" for a
    geometry collection."""
    geometry = np.asarray(geometry, dtype=object)
    type_id = np.where(missing_geometry(geometry), -1, shapely.get_type_id(geometry))
    kinds = np.full(geometry.shape, "other", dtype="<U7")
    kinds[type_id == -1] = ""
    for kind, ids in TYPE_IDS.items():
        kinds[np.isin(type_id, ids)] = kind
    return kinds


def check_geometry_types(geometry, accepted: tuple[str, ...], layer: str, names,
                         report: InputReport, kinds: np.ndarray | None = None) -> np.ndarray:
    """Rows whose geometry is of an ``accepted`` kind (missing ones are not judged here).

    Refuses (:class:`InputError`) a layer where no geometry is of an accepted kind, naming the
    tool that converts it; rows of another kind in a mixed layer are left out and named.
    ``kinds``: the rows' :func:`geometry_kinds`, when already known."""
    kinds = geometry_kinds(geometry) if kinds is None else kinds
    present = kinds != ""
    good = np.isin(kinds, accepted)
    wrong = present & ~good
    if present.any() and not good.any():
        found = _most_common(kinds[present])
        _refuse_kind(found, accepted, layer)
    if wrong.any():
        wanted = translate("validation", " or ").join(_kind_names()[k] for k in accepted)
        report.reject(
            layer, np.asarray(names)[wrong], "wrong_geometry_type",
            translate("validation", "{count} features of the {layer} layer are neither of "
                                    "these: {wanted}; they were left out: {rows}.")
            .replace("{layer}", layer).replace("{wanted}", wanted))
    return good


def _most_common(kinds: np.ndarray) -> str:
    values, counts = np.unique(kinds.astype(str), return_counts=True)
    return str(values[np.argmax(counts)])


def _refuse_kind(found: str, accepted: tuple[str, ...], layer: str) -> None:
    names = _kind_names()
    wanted = translate("validation", " or ").join(names[k] for k in accepted)
    found_name = names.get(found, translate("validation", "geometry collections"))
    tool = _conversion_tools().get((found, accepted[0]))
    message = translate(
        "validation", "The {layer} layer holds {found}, but {wanted} are needed."
    ).format(layer=layer, found=found_name, wanted=wanted)
    if tool is not None:
        message += " " + translate(
            "validation", "Convert it first, e.g. with the Processing tool {tool}, and run the "
                          "tool again.").format(tool=tool)
    raise InputError(message)


def leave_out_missing(geometry, layer: str, names, report: InputReport,
                      missing: np.ndarray | None = None) -> np.ndarray:
    """Rows with a geometry; the others are left out and named (reason ``no_geometry``).
    ``missing``: the rows without a geometry, when already known."""
    missing = missing_geometry(geometry) if missing is None else missing
    if missing.any():
        report.reject(
            layer, np.asarray(names)[missing], "no_geometry",
            translate("validation", "{count} features of the {layer} layer have no geometry "
                                    "(or an empty one) and were left out: {rows}.")
            .replace("{layer}", layer))
    return ~missing


def repair_invalid_polygons(geometry, layer: str, names, report: InputReport,
                            polygon: np.ndarray | None = None):
    """(geometry with the invalid polygons made valid, rows still usable, rows repaired).
    ``polygon``: which rows are polygons, when already known.

    Only polygon rows are judged. A repaired polygon keeps its polygonal parts (shapely
    ``make_valid``, ``structure`` method: a bow-tie becomes its two triangles); one with no area
    left is not usable (left out, named, reason ``collapsed_polygon``)."""
    geometry = np.asarray(geometry, dtype=object)
    usable = np.ones(geometry.shape, dtype=bool)
    polygon = geometry_kinds(geometry) == POLYGON if polygon is None else polygon
    invalid = np.zeros(geometry.shape, dtype=bool)
    invalid[polygon] = ~shapely.is_valid(geometry[polygon])
    if not invalid.any():
        return geometry, usable, invalid
    geometry = geometry.copy()
    repaired = shapely.make_valid(geometry[invalid], method="structure", keep_collapsed=False)
    collapsed = missing_geometry(repaired) | (shapely.area(repaired) <= 0.0)
    geometry[invalid] = repaired
    rows = np.asarray(names)[invalid]
    usable[np.flatnonzero(invalid)[collapsed]] = False
    if (~collapsed).any():
        area_ha = shapely.area(repaired[~collapsed]) / M2_PER_HA
        shown = [translate("validation", "{row} ({area} ha)").format(row=r, area=f"{a:.4g}")
                 for r, a in zip(rows[~collapsed], area_ha, strict=True)]
        report.repaired(translate(
            "validation", "{count} invalid polygons of the {layer} layer (self-intersecting or "
                          "badly nested rings) were repaired with make_valid; their repaired "
                          "areas: {rows}.").format(count=len(shown), layer=layer,
                                                   rows=listed(shown)))
    if collapsed.any():
        report.reject(
            layer, rows[collapsed], "collapsed_polygon",
            translate("validation", "{count} invalid polygons of the {layer} layer have no "
                                    "area once repaired and were left out: {rows}.")
            .replace("{layer}", layer))
    return geometry, usable, invalid


def _area_of_use(crs: CRS) -> tuple[float, float, float, float] | None:
    """(x_min, y_min, x_max, y_max) of the CRS's area of use in its own x/y (longitude first
    for a geographic CRS), widened by the margin; None when unknown."""
    area = area_of_use(crs)
    if area is None or area.east < area.west:  # unknown, or across the antimeridian
        return None
    west, south, east, north = area.bounds
    if not crs.is_geographic:
        try:
            transformer = Transformer.from_crs(CRS.from_epsg(4326), crs, always_xy=True)
            west, south, east, north = transformer.transform_bounds(
                west, south, east, north, densify_pts=21)
        except Exception:  # noqa: BLE001 - pyproj raises several types; no check then
            return None
        if not np.all(np.isfinite((west, south, east, north))):
            return None
    dx, dy = (east - west) * AREA_OF_USE_MARGIN, (north - south) * AREA_OF_USE_MARGIN
    return west - dx, south - dy, east + dx, north + dy


def _inside(x, y, bounds) -> np.ndarray:
    x_min, y_min, x_max, y_max = bounds
    return (x >= x_min) & (x <= x_max) & (y >= y_min) & (y <= y_max)


def _swapped_error(layer: str, crs: CRS) -> InputError:
    return InputError(translate(
        "validation",
        "The x and y columns of the {layer} layer look swapped: most of its coordinates lie "
        "outside the area where its CRS {crs} is used, and inside it once x and y are "
        "swapped. Give the longitude (or easting) as x and the latitude (or northing) as y, "
        "and run the tool again.").format(layer=layer, crs=crs_label(crs)))


def check_swapped_coordinates(geometry, crs, layer: str,
                              missing: np.ndarray | None = None) -> None:
    """Refuse (:class:`InputError`) a layer whose x and y look swapped: in a geographic CRS a
    latitude beyond 90 degrees, or, in any CRS with a known area of use, most rows outside
    that area but inside it once x and y are swapped. Rows are placed at their bounding-box
    centres. ``missing``: the rows without a geometry, when already known."""
    if crs is None:
        return
    crs = CRS.from_user_input(crs)
    geometry = np.asarray(geometry, dtype=object)
    missing = missing_geometry(geometry) if missing is None else missing
    present = geometry[~missing]
    if not present.size:
        return
    bounds = shapely.bounds(present)
    x = (bounds[:, 0] + bounds[:, 2]) / 2.0
    y = (bounds[:, 1] + bounds[:, 3]) / 2.0
    finite = np.isfinite(x) & np.isfinite(y)
    x, y = x[finite], y[finite]
    if not x.size:
        return
    if crs.is_geographic:
        beyond = np.abs(y) > 90.0
        if beyond.any():
            if np.all(np.abs(x[beyond]) <= 90.0):
                raise _swapped_error(layer, crs)
            raise InputError(translate(
                "validation",
                "The {layer} layer has latitudes beyond 90 degrees, yet its CRS {crs} is in "
                "degrees: its coordinates are in another CRS. Set the layer's real CRS (Layer "
                "properties, Source) and run the tool again.").format(
                layer=layer, crs=crs_label(crs)))
    area = _area_of_use(crs)
    if area is None:
        return
    swapped = ~_inside(x, y, area) & _inside(y, x, area)
    if swapped.sum() > SWAPPED_SHARE * x.size:
        raise _swapped_error(layer, crs)


def check_features(geometry, accepted: tuple[str, ...], layer: str, names, crs,
                   report: InputReport):
    """Every geometry check in order: type (refusal), swapped coordinates (refusal), missing
    and wrong-kind rows (left out), invalid polygons (repaired or left out).

    Returns ``(geometry, usable, repaired)``: the repaired geometries, which rows to use and
    which were repaired."""
    geometry = np.asarray(geometry, dtype=object)
    kinds = geometry_kinds(geometry)
    good = check_geometry_types(geometry, accepted, layer, names, report, kinds)
    check_swapped_coordinates(geometry, crs, layer, kinds == "")
    present = leave_out_missing(geometry, layer, names, report, kinds == "")
    usable = present & good
    repaired = np.zeros(geometry.shape, dtype=bool)
    if POLYGON in accepted:
        geometry, still, repaired = repair_invalid_polygons(geometry, layer, names, report,
                                                            kinds == POLYGON)
        usable &= still
    return geometry, usable, repaired
