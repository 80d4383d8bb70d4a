"""Outlines of labelled raster regions as (multi)polygons, by GDAL's ``Polygonize``.

The rows and columns of the label array that hold labelled cells are wrapped, without a copy,
as the band of an in-memory (MEM) raster in cell units. GDAL traces its 4-connected regions into
an in-memory vector layer, read back at once as WKB through the layer's Arrow stream; shapely
scales them to map coordinates and gathers the polygons of each label into one MultiPolygon.
Labels are 8-connected regions, so the parts of a label touch one another at corners only: the
MultiPolygon is valid, and it is the union of the label's cell squares, with only the corner
vertices (a hole that reaches the outside through a corner is a hole touching its shell there).

GDAL's ``8CONNECTED=8`` option would give one polygon per label directly, but one whose rings
pass twice through every such corner, which is not valid OGC geometry; repairing those with
``make_valid`` took 16 s on a 10,000 x 10,000 raster, the tracing itself 1.5 s. The repair is
kept below as a safety net only, for a GDAL that would trace differently.

``osgeo`` ships with every QGIS; it is not QGIS, so the core may import it. Any GDAL from 3.4
works (the layer is read faster from 3.6 on); checked on GDAL 3.10 and 3.13.
"""

from __future__ import annotations

import numpy as np
import shapely
from osgeo import gdal, ogr

from ..common.gdal_errors import raising

LABEL_FIELD = "label"


def _raster_of(window: np.ndarray, row0: int, col0: int) -> gdal.Dataset:
    """A MEM raster whose band is ``window`` itself (an int32 view with unit column stride, not
    copied), georeferenced in cell units: x = column, y = -row of the whole label raster."""
    rows, cols = window.shape
    raster = gdal.GetDriverByName("MEM").Create("", cols, rows, 0, gdal.GDT_Int32)
    raster.AddBand(gdal.GDT_Int32, [
        f"DATAPOINTER={window.ctypes.data}", f"PIXELOFFSET={window.strides[1]}",
        f"LINEOFFSET={window.strides[0]}",
    ])
    raster.SetGeoTransform((float(col0), 1.0, 0.0, -float(row0), 0.0, -1.0))
    return raster


def _memory_layer() -> tuple[ogr.DataSource, ogr.Layer]:
    """An empty in-memory polygon layer with an integer label field ("MEM" since GDAL 3.11)."""
    driver = ogr.GetDriverByName("MEM") or ogr.GetDriverByName("Memory")
    source = driver.CreateDataSource("")
    layer = source.CreateLayer("regions", geom_type=ogr.wkbPolygon)
    layer.CreateField(ogr.FieldDefn(LABEL_FIELD, ogr.OFTInteger))
    return source, layer


def _polygonize(window: np.ndarray, row0: int, col0: int) -> tuple[np.ndarray, np.ndarray]:
    """GDAL polygons of the 4-connected non-zero regions and the label of each, in cell units."""
    with raising():
        raster = _raster_of(window, row0, col0)
        band = raster.GetRasterBand(1)
        source, layer = _memory_layer()
        # Cells labelled 0 are left out (GDAL's nodata mask is faster than the band as mask).
        band.SetNoDataValue(0)
        gdal.Polygonize(band, band.GetMaskBand(), layer, 0)
        wkb, label = _read_layer(layer)
        del layer, source, band, raster  # the raster must go before the array it points to
    return shapely.from_wkb(wkb), label


def _read_layer(layer: ogr.Layer) -> tuple[np.ndarray, np.ndarray]:
    """WKB and label of every feature: at once through the Arrow stream (GDAL 3.6 and newer),
    feature by feature before."""
    if not hasattr(layer, "GetArrowStreamAsNumPy"):
        wkb, label = [], []
        for feature in layer:
            wkb.append(bytes(feature.GetGeometryRef().ExportToWkb()))
            label.append(feature.GetField(LABEL_FIELD))
        return np.array(wkb, dtype=object), np.array(label, dtype=np.int64)
    wkb, label = [np.empty(0, dtype=object)], [np.empty(0, dtype=np.int64)]
    for batch in layer.GetArrowStreamAsNumPy():
        label.append(np.asarray(batch[LABEL_FIELD], dtype=np.int64))
        wkb.append(batch[layer.GetGeometryColumn() or "wkb_geometry"])
    return np.concatenate(wkb), np.concatenate(label)


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
    labels = np.ascontiguousarray(labels, dtype=np.int32)
    rows, cols = np.flatnonzero(labels.any(axis=1)), np.flatnonzero(labels.any(axis=0))
    if n_labels == 0 or rows.size == 0:
        return result
    # Only the rows and columns that hold labelled cells are traced.
    window = labels[rows[0]:rows[-1] + 1, cols[0]:cols[-1] + 1]
    polygons, label = _polygonize(window, int(rows[0]), int(cols[0]))
    # Cell units to map coordinates with the same arithmetic for every vertex: exact multiples
    # of the cell size from the raster's corner.
    x_min, y_max, cell_m = (float(v) for v in transform[:3])
    corner = np.array([x_min, y_max])
    polygons = shapely.transform(polygons, lambda xy: corner + xy * cell_m)
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
