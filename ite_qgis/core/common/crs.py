"""Metric coordinate reference systems: every distance in the core is in metres, never degrees.

Layers in a projected CRS with metre units are used as they are. Layers in a geographic CRS
(longitude/latitude) are reprojected to a metric CRS picked for their extent:

* a WGS 84 / UTM zone (EPSG:326xx north, 327xx south) when the extent spans less than 6 degrees
  of longitude, the width of one zone: the zone of the extent's centre keeps the scale error
  small (UTM scale factor 0.9996 on the central meridian, within about +/-0.1 % three degrees
  away);
* otherwise ETRS89-extended / LAEA Europe (EPSG:3035) when the extent lies inside that CRS's
  area of use: equal-area, with distance errors of a few percent at most over Europe, which is
  what the Hotmaps rasters use;
* otherwise the extent is too large for a single metric CRS, and the user is asked to reproject.

Projected layers in feet or other units are refused rather than converted silently: a radius in
metres applied to coordinates in feet would be wrong by a factor of 3.28 without any warning.
"""

from __future__ import annotations

import math

import geopandas as gpd
import numpy as np
from pyproj import CRS, Transformer
from pyproj.exceptions import CRSError as _PyprojCRSError

from .i18n import translate

UTM_ZONE_WIDTH_DEG = 6.0
# UTM is defined between 80 deg S and 84 deg N (polar regions use UPS instead).
UTM_LAT_MIN_DEG = -80.0
UTM_LAT_MAX_DEG = 84.0
LAEA_EUROPE = 3035
# Metre units: pyproj reports a conversion factor of exactly 1 for "metre".
_METRE_TOLERANCE = 1e-9


class CrsError(ValueError):
    """A layer's CRS cannot give distances in metres, or layers do not share one CRS."""


def utm_epsg(lon_deg: float, lat_deg: float) -> int:
    """EPSG code of the WGS 84 / UTM zone containing ``(lon_deg, lat_deg)``."""
    zone = int(math.floor((lon_deg + 180.0) / UTM_ZONE_WIDTH_DEG)) + 1
    zone = min(max(zone, 1), 60)
    return (32600 if lat_deg >= 0.0 else 32700) + zone


def _inside(bounds: tuple[float, float, float, float], area: tuple[float, ...]) -> bool:
    west, south, east, north = area
    lon_min, lat_min, lon_max, lat_max = bounds
    return lon_min >= west and lon_max <= east and lat_min >= south and lat_max <= north


def choose_metric_crs(lon_min: float, lat_min: float, lon_max: float, lat_max: float) -> CRS:
    """A metric CRS for an extent given in degrees (WGS 84 longitude/latitude).

    UTM zone of the centre when the extent spans less than 6 degrees of longitude (and lies
    between 80 S and 84 N), else LAEA Europe (EPSG:3035) inside Europe, else :class:`CrsError`.
    """
    values = np.array([lon_min, lat_min, lon_max, lat_max], dtype=float)
    if not np.isfinite(values).all():
        raise CrsError(
            translate("crs", "The extent {extent} is not a valid longitude/latitude extent: "
                             "no metric CRS can be chosen for it.").format(extent=values.tolist())
        )
    lon_min, lat_min, lon_max, lat_max = values.tolist()
    centre_lon = (lon_min + lon_max) / 2.0
    centre_lat = (lat_min + lat_max) / 2.0
    within_utm_latitudes = lat_min >= UTM_LAT_MIN_DEG and lat_max <= UTM_LAT_MAX_DEG
    if lon_max - lon_min < UTM_ZONE_WIDTH_DEG and within_utm_latitudes:
        return CRS.from_epsg(utm_epsg(centre_lon, centre_lat))
    laea = CRS.from_epsg(LAEA_EUROPE)
    area = laea.area_of_use
    if area is not None and _inside((lon_min, lat_min, lon_max, lat_max), area.bounds):
        return laea
    raise CrsError(
        translate(
            "crs",
            "The data spans longitudes {lon_min:.2f} to {lon_max:.2f} and latitudes {lat_min:.2f} "
            "to {lat_max:.2f}: too large for a single metric CRS (a UTM zone covers 6 degrees of "
            "longitude, LAEA Europe covers Europe only). Reproject the layers to a projected CRS "
            "in metres that suits your area, then run the tool again."
        ).format(lon_min=lon_min, lon_max=lon_max, lat_min=lat_min, lat_max=lat_max)
    )


def crs_label(crs: CRS | None) -> str:
    """``'EPSG:32631 (WGS 84 / UTM zone 31N)'`` or the CRS name when it has no EPSG code."""
    if crs is None:
        return translate("crs", "no CRS")
    crs = CRS.from_user_input(crs)
    code = crs.to_epsg(min_confidence=90)
    return f"EPSG:{code} ({crs.name})" if code else crs.name


def area_of_use(crs: CRS):
    """The CRS's area of use (pyproj ``AreaOfUse``, in degrees), or None when unknown. A WKT1
    text (as QGIS writes it) carries none: its EPSG code's is taken then."""
    area = crs.area_of_use
    if area is None:
        code = crs.to_epsg(min_confidence=70)
        area = CRS.from_epsg(code).area_of_use if code else None
    return area


def is_metric(crs: CRS) -> bool:
    """True for a projected CRS whose horizontal axes are in metres."""
    if not crs.is_projected:
        return False
    axes = [axis for axis in crs.axis_info if axis.direction.lower() not in ("up", "down")]
    return bool(axes) and all(
        abs(axis.unit_conversion_factor - 1.0) < _METRE_TOLERANCE for axis in axes
    )


def _as_crs(value: object) -> CRS | None:
    if value is None:
        return None
    try:
        return CRS.from_user_input(value)
    except _PyprojCRSError as error:
        raise CrsError(
            translate("crs", "The CRS {crs} is not understood: {error}").format(
                crs=value, error=error
            )
        ) from error


def lonlat_bounds(gdf: gpd.GeoDataFrame) -> tuple[float, float, float, float]:
    """Extent of a layer's non-empty geometries as WGS 84 longitude/latitude."""
    geometry = gdf.geometry
    present = geometry.notna() & ~geometry.is_empty
    if not present.any():
        raise CrsError(
            translate("crs", "The layer has no geometry to choose a metric CRS from.")
        )
    bounds = geometry[present].total_bounds
    crs = _as_crs(gdf.crs)
    transformer = Transformer.from_crs(crs, CRS.from_epsg(4326), always_xy=True)
    return tuple(transformer.transform_bounds(*bounds, densify_pts=21))


def to_metric(
    gdf: gpd.GeoDataFrame, crs: CRS | str | int | None = None
) -> tuple[gpd.GeoDataFrame, CRS, str | None]:
    """``gdf`` with coordinates in metres: ``(frame, its CRS, note for the log or None)``.

    * projected CRS in metres: returned unchanged (the same object; it is never modified);
    * geographic CRS: reprojected to ``crs`` when given (to put several layers in one CRS),
      else to :func:`choose_metric_crs` of its extent; the note names the CRS chosen;
    * no CRS, a projected CRS in feet or other units, or a geocentric CRS: :class:`CrsError`.
    """
    source = _as_crs(gdf.crs)
    if source is None:
        raise CrsError(
            translate("crs", "The layer has no CRS. Set its CRS (Layer Properties > Source) so "
                             "that distances can be measured in metres.")
        )
    if is_metric(source):
        return gdf, source, None
    if source.is_projected:
        units = ", ".join(sorted({axis.unit_name for axis in source.axis_info}))
        raise CrsError(
            translate(
                "crs",
                "The layer's CRS {crs} is projected in {units}, not metres. Reproject it to a "
                "projected CRS in metres (e.g. a UTM zone) and run the tool again."
            ).format(crs=crs_label(source), units=units)
        )
    if not source.is_geographic:
        raise CrsError(
            translate(
                "crs",
                "The layer's CRS {crs} is neither geographic nor projected. Reproject it to a "
                "projected CRS in metres and run the tool again."
            ).format(crs=crs_label(source))
        )
    target = _as_crs(crs) if crs is not None else choose_metric_crs(*lonlat_bounds(gdf))
    if not is_metric(target):
        raise CrsError(
            translate("crs", "The target CRS {crs} is not a projected CRS in metres.").format(
                crs=crs_label(target)
            )
        )
    note = translate(
        "crs",
        "The layer is in the geographic CRS {source}; it was reprojected to {target} to measure "
        "distances in metres."
    ).format(source=crs_label(source), target=crs_label(target))
    return gdf.to_crs(target), target, note


def common_metric_crs(*gdfs: gpd.GeoDataFrame) -> CRS:
    """One metric CRS for several layers: their shared metric CRS, or one chosen for the union
    of their extents when they are geographic. Raises :class:`CrsError` for mixed CRS."""
    crs = check_same_crs(*gdfs)
    if crs is None:
        raise CrsError(
            translate("crs", "The layer has no CRS. Set its CRS (Layer Properties > Source) so "
                             "that distances can be measured in metres.")
        )
    if is_metric(crs):
        return crs
    boxes = np.array([lonlat_bounds(g) for g in gdfs if not g.empty], dtype=float)
    if boxes.size == 0:
        raise CrsError(
            translate("crs", "The layer has no geometry to choose a metric CRS from.")
        )
    return choose_metric_crs(
        boxes[:, 0].min(), boxes[:, 1].min(), boxes[:, 2].max(), boxes[:, 3].max()
    )


def check_same_crs(*gdfs: gpd.GeoDataFrame, names: list[str] | None = None) -> CRS | None:
    """The CRS the layers share (None when none has one); :class:`CrsError` when they differ.

    ``names`` label the layers in the message (default: 'layer 1', 'layer 2', ...).
    """
    if not gdfs:
        return None
    labels = list(names) if names else []
    template = translate("crs", "layer {number}")
    labels += [template.format(number=i + 1) for i in range(len(labels), len(gdfs))]
    first = _as_crs(gdfs[0].crs)
    for label, gdf in zip(labels[1:], gdfs[1:], strict=False):
        other = _as_crs(gdf.crs)
        same = (first is None and other is None) or (
            first is not None and other is not None and first.equals(other, ignore_axis_order=True)
        )
        if not same:
            raise CrsError(
                translate(
                    "crs",
                    "The layers are in different CRS: {first} is in {first_crs} and {other} is "
                    "in {other_crs}. Reproject them to one CRS and run the tool again."
                ).format(
                    first=labels[0],
                    first_crs=crs_label(first),
                    other=label,
                    other_crs=crs_label(other),
                )
            )
    return first
