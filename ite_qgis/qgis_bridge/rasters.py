"""Rasters <-> numpy arrays with GDAL (part of every QGIS install; the core never uses it).

Arrays are north-up, row 0 at the northern edge, and the transform is the core's
``(x_min, y_max, cell_m)``: square cells, no rotation.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

import numpy as np

from ..core.common.files import replaced_at_end
from ..core.common.i18n import translate

# Lossless compression; the floating-point predictor shrinks smooth density grids further.
_CREATION_OPTIONS = ["COMPRESS=DEFLATE", "TILED=YES", "BIGTIFF=IF_SAFER"]
# Relative difference tolerated between the x and y cell sizes before a raster counts as having
# rectangular cells (GeoTIFF stores them as doubles printed from decimal metres).
_SQUARE_TOLERANCE = 1e-6


def _gdal_errors():
    """GDAL errors raised as RuntimeError inside the block, without changing GDAL's global
    setting for the rest of QGIS (ExceptionMgr, GDAL 3.7 and later)."""
    from osgeo import gdal

    manager = getattr(gdal, "ExceptionMgr", None)
    return manager(useExceptions=True) if manager is not None else contextlib.nullcontext()


def write_geotiff(path, array, transform, crs_wkt: str, nodata: float | None = None) -> Path:
    """Write a 2D ``array`` as a single-band GeoTIFF; returns the path.

    ``transform`` is ``(x_min, y_max, cell_m)``. The file is written under a temporary name in
    the same folder and renamed at the end, so a failed write never leaves a half-written file.
    """
    from osgeo import gdal, gdal_array

    values = np.asarray(array)
    if values.ndim != 2 or values.size == 0:
        raise ValueError(
            translate("rasters", "A raster must be a non-empty 2D array, not shape {shape}.")
            .format(shape=values.shape)
        )
    if values.dtype == np.bool_:
        values = values.astype(np.uint8)
    gdal_type = gdal_array.NumericTypeCodeToGDALTypeCode(values.dtype)
    if gdal_type is None:
        values = values.astype(np.float64)
        gdal_type = gdal.GDT_Float64
    options = list(_CREATION_OPTIONS)
    if values.dtype.kind == "f":
        options.append("PREDICTOR=3")
    x_min, y_max, cell_m = (float(v) for v in transform[:3])
    target = Path(path)
    with replaced_at_end(target, suffix=".part.tif") as temporary, _gdal_errors():
        driver = gdal.GetDriverByName("GTiff")
        dataset = driver.Create(str(temporary), values.shape[1], values.shape[0], 1, gdal_type,
                                options=options)
        if dataset is None:
            raise OSError(gdal.GetLastErrorMsg())
        dataset.SetGeoTransform((x_min, cell_m, 0.0, y_max, 0.0, -cell_m))
        if crs_wkt:
            dataset.SetProjection(crs_wkt)
        band = dataset.GetRasterBand(1)
        if nodata is not None:
            band.SetNoDataValue(float(nodata))
        band.WriteArray(values)
        band.FlushCache()
        band = None
        dataset = None  # closes the file
    return target


def _source_of(path_or_layer) -> tuple[str, str | None]:
    """(GDAL data source, CRS WKT from the layer or None) of a path or QgsRasterLayer."""
    if isinstance(path_or_layer, (str, os.PathLike)):
        return str(path_or_layer), None
    layer = path_or_layer
    crs = layer.crs()
    # The layer's CRS wins: a user may have set it on a file that carries none (.asc grids).
    return layer.source(), (crs.toWkt() if crs.isValid() else None)


def read_raster(path_or_layer, dtype=np.float64):
    """Band 1 of a raster as ``(array, (x_min, y_max, cell_m), crs_wkt, nodata)``.

    ``dtype`` is the array type (float64 by default); None keeps a floating-point band's own
    type (a float32 band then takes half the memory) and reads other bands as float64. The array
    is north-up (a south-up file is flipped). Raises ``ValueError`` with a translated message
    for a file GDAL cannot open, a rotated raster or rectangular cells.
    """
    from osgeo import gdal

    source, layer_wkt = _source_of(path_or_layer)
    try:
        with _gdal_errors():
            dataset = gdal.Open(source, gdal.GA_ReadOnly)
        error = gdal.GetLastErrorMsg()
    except RuntimeError as raised:
        dataset, error = None, str(raised)
    if dataset is None:
        raise ValueError(
            translate("rasters", "GDAL cannot open the raster {source}: {error}").format(
                source=source, error=error)
        )
    x0, dx, rx, y0, ry, dy = dataset.GetGeoTransform()
    if rx != 0.0 or ry != 0.0:
        raise ValueError(
            translate("rasters", "The raster {source} is rotated; warp it to a north-up grid "
                                 "(gdalwarp) first.").format(source=source)
        )
    if abs(abs(dx) - abs(dy)) > _SQUARE_TOLERANCE * abs(dx):
        raise ValueError(
            translate("rasters", "The raster {source} has rectangular cells ({dx} x {dy}); "
                                 "resample it to square cells first.").format(
                source=source, dx=abs(dx), dy=abs(dy))
        )
    band = dataset.GetRasterBand(1)
    values = band.ReadAsArray()
    if dtype is None:
        dtype = values.dtype if values.dtype.kind == "f" else np.float64
    values = values.astype(dtype, copy=False)
    if dy > 0:  # south-up: row 0 is the southern edge
        values = values[::-1]
        y_max = y0 + dy * dataset.RasterYSize
    else:
        y_max = y0
    x_min = x0 if dx > 0 else x0 + dx * dataset.RasterXSize
    if dx < 0:
        values = values[:, ::-1]
    nodata = band.GetNoDataValue()
    crs_wkt = layer_wkt or dataset.GetProjection() or ""
    band = None
    dataset = None
    return np.ascontiguousarray(values), (float(x_min), float(y_max), abs(float(dx))), crs_wkt, (
        None if nodata is None else float(nodata))
