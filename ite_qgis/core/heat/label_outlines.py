"""Outlines of labelled raster regions as (multi)polygons, by GDAL's ``Polygonize``.

The label array is wrapped, without a copy, as a band of an in-memory (MEM) raster; GDAL traces
its 4-connected regions into an in-memory vector layer, read back at once as WKB through the
layer's Arrow stream; shapely gathers the polygons of each label into one MultiPolygon. Labels
are 8-connected regions, so the parts of a label touch one another at corners only: the
MultiPolygon is valid, and it is the union of the label's cell squares, with only the corner
vertices (a hole that reaches the outside through a corner is a hole touching its shell there).

GDAL's ``8CONNECTED=8`` option would give one polygon per label directly, but one whose rings
pass twice through every such corner, which is not valid OGC geometry; repairing those with
``make_valid`` took 16 s on a 10,000 x 10,000 raster, the tracing itself 1.5 s. The repair is
kept below as a safety net only, for a GDAL that would trace differently.

``osgeo`` ships with every QGIS; it is not QGIS, so the core may import it.
"""

from __future__ import annotations

import numpy as np
import shapely
from osgeo import gdal, ogr

LABEL_FIELD = "label"


def _raster_of(labels: np.ndarray, transform) -> gdal.Dataset:
    """A MEM raster whose single band is ``labels`` itself (int32, C-contiguous, not copied)."""
    x_min, y_max, cell_m = (float(v) for v in transform[:3])
    rows, cols = labels.shape
    raster = gdal.GetDriverByName("MEM").Create("", cols, rows, 0, gdal.GDT_Int32)
    raster.AddBand(gdal.GDT_Int32, [f"DATAPOINTER={labels.ctypes.data}"])
    raster.SetGeoTransform((x_min, cell_m, 0.0, y_max, 0.0, -cell_m))
    return raster


def _memory_layer() -> tuple[ogr.DataSource, ogr.Layer]:
    """An empty in-memory polygon layer with an integer label field ("MEM" since GDAL 3.11)."""
    driver = ogr.GetDriverByName("MEM") or ogr.GetDriverByName("Memory")
    source = driver.CreateDataSource("")
    layer = source.CreateLayer("regions", geom_type=ogr.wkbPolygon)
    layer.CreateField(ogr.FieldDefn(LABEL_FIELD, ogr.OFTInteger))
    return source, layer


def _polygonize(labels: np.ndarray, transform) -> tuple[np.ndarray, np.ndarray]:
    """GDAL polygons of the 4-connected non-zero regions and the label of each."""
    with gdal.ExceptionMgr(useExceptions=True), ogr.ExceptionMgr(useExceptions=True):
        raster = _raster_of(labels, transform)
        band = raster.GetRasterBand(1)
        source, layer = _memory_layer()
        # The band is its own mask: cells labelled 0 are left out.
        gdal.Polygonize(band, band, layer, 0)
        wkb, label = [], []
        for batch in layer.GetArrowStreamAsNumPy():
            label.append(np.asarray(batch[LABEL_FIELD], dtype=np.int64))
            wkb.append(batch[layer.GetGeometryColumn() or "wkb_geometry"])
        del layer, source, band, raster  # the raster must go before the array it points to
    if not label:
        return np.empty(0, dtype=object), np.empty(0, dtype=np.int64)
    return shapely.from_wkb(np.concatenate(wkb)), np.concatenate(label)


def label_polygons(labels: np.ndarray, transform, n_labels: int | None = None) -> np.ndarray:
    """One MultiPolygon per label 1..n_labels (array index 0 holds label 1), in map coordinates.

    ``labels`` is an integer raster, 0 for empty cells, north-up; ``transform`` is
    ``(x_min, y_max, cell_m)``. Regions must be 8-connected components (as
    ``scipy.ndimage.label`` with a 3 x 3 structure gives), so that two regions never touch; a
    label missing from the raster gets None.
    """
    if n_labels is None:
        n_labels = int(labels.max()) if labels.size else 0
    result = np.full(n_labels, None, dtype=object)
    if n_labels == 0 or labels.size == 0:
        return result
    polygons, label = _polygonize(np.ascontiguousarray(labels, dtype=np.int32), transform)
    inside = (label >= 1) & (label <= n_labels)
    polygons, label = polygons[inside], label[inside]
    order = np.argsort(label, kind="stable")
    present, group = np.unique(label[order], return_inverse=True)
    outlines = shapely.multipolygons(polygons[order], indices=group)
    invalid = ~shapely.is_valid(outlines)
    if invalid.any():
        repaired = shapely.make_valid(outlines[invalid])
        single = shapely.get_type_id(repaired) == shapely.GeometryType.POLYGON
        repaired[single] = shapely.multipolygons(repaired[single, np.newaxis])
        outlines[invalid] = repaired
    result[present - 1] = outlines
    return result
