"""GeoPackage and shapefile layers written and read by GDAL through Arrow in one
call, not one Python QgsFeature per row.

Used by frames.py where it is safe: a destination file that Processing has just created (empty,
with the fields QGIS chose), a source that is a whole GeoPackage or shapefile layer (no subset
filter, no selection, no feature limit). Anything else goes through QGIS as before.
"""

from __future__ import annotations

from pathlib import Path

from qgis.core import QgsProcessingException, QgsProviderRegistry, QgsWkbTypes
from qgis.PyQt.QtCore import QVariant

from ..core.common.i18n import translate

# Formats whose file layers GDAL writes and reads here the way QGIS's OGR provider does.
DRIVERS = {".gpkg": "GPKG", ".shp": "ESRI Shapefile"}


def file_layer(uri: str) -> tuple[Path, str | None] | None:
    """(file, layer name or None) of an OGR uri that names a whole GeoPackage or shapefile layer;
    None for anything else (memory layers, databases, other formats, subset filters)."""
    if not isinstance(uri, str) or not uri:
        return None
    parts = QgsProviderRegistry.instance().decodeUri("ogr", uri)
    path = Path(parts.get("path") or "")
    if path.suffix.lower() not in DRIVERS or not path.is_file():
        return None
    if parts.get("subset") or parts.get("layerId") not in (None, ""):
        return None
    return path, parts.get("layerName") or None


# -- writing


# QGIS flat types -> shapely type ids.
_SHAPELY_TYPES = {
    QgsWkbTypes.Type.Point: 0,
    QgsWkbTypes.Type.LineString: 1,
    QgsWkbTypes.Type.Polygon: 3,
    QgsWkbTypes.Type.MultiPoint: 4,
    QgsWkbTypes.Type.MultiLineString: 5,
    QgsWkbTypes.Type.MultiPolygon: 6,
}
_SINGLE_TO_MULTI = {
    QgsWkbTypes.Type.MultiPoint: 0,
    QgsWkbTypes.Type.MultiLineString: 1,
    QgsWkbTypes.Type.MultiPolygon: 3,
}


def _geometries(frame, wkb_type):
    """The frame's geometries as the layer's type wants them (single parts made multi for a
    multi layer), or None when they do not fit it (other types, Z or M values)."""
    import numpy as np
    import shapely

    geoms = frame.geometry.to_numpy()
    present = geoms[~shapely.is_missing(geoms)]
    if shapely.has_z(present).any():
        return None
    flat = QgsWkbTypes.flatType(wkb_type)
    wanted = _SHAPELY_TYPES.get(flat)
    if wanted is None or flat != wkb_type:
        return None
    kinds = shapely.get_type_id(geoms)
    single = _SINGLE_TO_MULTI.get(flat)
    if single is not None and (kinds == single).any():
        parts = np.flatnonzero(kinds == single)
        make = {0: shapely.multipoints, 1: shapely.multilinestrings, 3: shapely.multipolygons}
        geoms = geoms.copy()
        geoms[parts] = make[single](geoms[parts], indices=np.arange(len(parts)))
        kinds = shapely.get_type_id(geoms)
    if not np.isin(kinds, (-1, wanted)).all():
        return None
    return geoms


_GEOMETRY = "ite_wkb_geometry"  # the geometry column's name in the batch


def _gdal_version() -> int:
    from osgeo import gdal

    return int(gdal.VersionInfo())


# Dictionary-encoded text (categoricals) is written as text by GDAL 3.10 (checked); older GDAL
# gets plain text.
_GDAL_DICTIONARIES = _gdal_version() >= 3100000


def _add_column(batch, name: str, series) -> None:
    """One column as QGIS would write it: numbers and booleans (as 0/1) as they are, NaN and
    missing cells as NULL, anything else as text."""
    import numpy as np
    import pandas as pd

    missing = series.isna().to_numpy()
    if isinstance(series.dtype, pd.CategoricalDtype) and _GDAL_DICTIONARIES:
        words = [_text(v) for v in series.cat.categories]
        batch.add_dictionary(name, series.cat.codes.to_numpy(), words)
    elif isinstance(series.dtype, pd.CategoricalDtype):
        words = np.array([_text(v) for v in series.cat.categories] + [b""], dtype=object)
        sizes = np.fromiter(map(len, words), dtype=np.int64, count=len(words))
        codes = series.cat.codes.to_numpy()  # -1 (missing) picks the last, empty word
        batch.add_bytes(name, words[codes].tolist(), missing, lengths=sizes[codes])
    elif series.dtype.kind in "iufb":
        if series.dtype.kind == "f":
            values = series.to_numpy(dtype=np.float64, na_value=np.nan)
        else:
            values = series.to_numpy(dtype=np.int64, na_value=0)
        batch.add_numbers(name, values, missing)
    else:
        items = [b"" if gap else _text(v) for v, gap in zip(series.tolist(), missing, strict=True)]
        batch.add_bytes(name, items, missing)


def _text(value) -> bytes:
    """What a QGIS text field holds for a Python value (booleans as QVariant writes them)."""
    if isinstance(value, str):
        return value.encode("utf-8")
    if isinstance(value, bool):
        return b"true" if value else b"false"
    return str(value).encode("utf-8")


def gdal_can_write(dest_id: str, frame, columns: list[str], wkb_type, has_geometry: bool) -> bool:
    """Whether ``append_frame`` can fill the sink ``dest_id`` (checked before QGIS's writer is
    closed): a GeoPackage or shapefile layer, GDAL 3.8 or later, no column that QGIS would turn
    into the GeoPackage key, geometries of the layer's type (or single parts of its multi
    type) wherever it has one; otherwise QGIS writes, with its own conversions."""
    if file_layer(dest_id) is None or _gdal_version() < 3080000:  # WriteArrowBatch
        return False
    if any(str(column).lower() == "fid" for column in columns):
        return False
    if wkb_type == QgsWkbTypes.Type.NoGeometry:
        return True
    return has_geometry and _geometries(frame, wkb_type) is not None


def append_frame(dest_id: str, frame, columns: list[str], field_count: int, wkb_type,
                 target: tuple[str, str] | None = None) -> None:
    """Write the rows of ``frame`` into the empty file layer Processing made for ``dest_id``
    (see ``gdal_can_write``), or into ``target`` (GDAL connection string, layer name: the empty
    PostGIS table of a ``postgis:`` destination, written with COPY). The layer's fields are
    taken by position: a shapefile has its names cut to 10 characters. Geometries that do not
    fit the layer's type (other types, Z or M values) raise QgsProcessingException, as QGIS's
    writer does."""
    import shapely
    from osgeo import gdal

    from .arrow_batch import ArrowBatch

    path, name = target or file_layer(dest_id)
    with gdal.ExceptionMgr(useExceptions=True), gdal.config_option("PG_USE_COPY", "YES"):
        dataset = gdal.OpenEx(str(path), gdal.OF_VECTOR | gdal.OF_UPDATE)
        layer = _ogr_layer(dataset, name)
        definition = layer.GetLayerDefn() if layer is not None else None
        names = [definition.GetFieldDefn(i).GetName()
                 for i in range(definition.GetFieldCount())] if definition else []  # fmt: skip
        if layer is None or layer.GetFeatureCount() != 0 or not (
            len(names) == field_count == len(columns)
        ):
            raise QgsProcessingException(_cannot_write(dest_id))
        batch = ArrowBatch(len(frame))
        for field, column in zip(names, columns, strict=True):
            _add_column(batch, field, frame[column])
        options = []
        if wkb_type != QgsWkbTypes.Type.NoGeometry:
            geoms = _geometries(frame, wkb_type)
            if geoms is None:
                raise QgsProcessingException(_cannot_write(dest_id))
            wkbs = shapely.to_wkb(geoms)
            batch.add_bytes(_GEOMETRY, [b"" if w is None else w for w in wkbs],
                            shapely.is_missing(geoms), text=False)  # fmt: skip
            options = [f"GEOMETRY_NAME={_GEOMETRY}"]
        _bulk_write(dataset, layer, batch, options)


def _cannot_write(dest_id: str) -> str:
    return translate("frames", "Could not write the output: {error}").format(error=dest_id)


def _bulk_write(dataset, layer, batch, options: list[str]) -> None:
    """One transaction where the format has them. A GeoPackage's spatial index is dropped first
    and built again in bulk at the end: twice as fast as growing it row by row."""
    from osgeo import ogr

    index = None
    if dataset.GetDriver().ShortName == "GPKG" and layer.GetGeometryColumn():
        index = (_sql_text(layer.GetName()), _sql_text(layer.GetGeometryColumn()))
        found = dataset.ExecuteSQL("SELECT HasSpatialIndex({}, {})".format(*index))
        has_index = bool(found.GetNextFeature().GetField(0))
        dataset.ReleaseResultSet(found)
        if has_index:
            dataset.ExecuteSQL("SELECT DisableSpatialIndex({}, {})".format(*index))
        else:
            index = None
    transaction = dataset.TestCapability(ogr.ODsCTransactions)
    if transaction:
        dataset.StartTransaction()
    batch.write(layer, options)
    if transaction:
        dataset.CommitTransaction()
    if index is not None:
        dataset.ExecuteSQL("SELECT CreateSpatialIndex({}, {})".format(*index))
    dataset.Close()


def _sql_text(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def _ogr_layer(dataset, name: str | None):
    if dataset is None:
        return None
    if name is None:
        return dataset.GetLayer(0) if dataset.GetLayerCount() == 1 else None
    return dataset.GetLayerByName(name)


# -- reading


def read_file_layer(path: Path, layer: str | None, fields, fid_name: str | None, geometry: bool):
    """A whole file layer as (attribute DataFrame, WKB geometries or None), with the columns and
    values source_to_frame gives it through QGIS (the GeoPackage's ``fid_name`` key, which QGIS
    lists as a field, included); None when a field type is not one read here. GDAL's Arrow
    stream makes numpy arrays of whole columns."""
    import numpy as np
    import pandas as pd
    from osgeo import gdal

    if any(_kind(field) is None for field in fields):
        return None
    with gdal.ExceptionMgr(useExceptions=True):
        dataset = gdal.OpenEx(str(path), gdal.OF_VECTOR)
        source = _ogr_layer(dataset, layer)
        if source is None:
            return None
        geometry_name = source.GetGeometryColumn() or "wkb_geometry"
        fid = source.GetFIDColumn() or "OGC_FID"
        options = [f"GEOMETRY_NAME={geometry_name}", f"INCLUDE_FID={'YES' if fid_name else 'NO'}"]
        if not geometry:
            source.SetIgnoredFields(["OGR_GEOMETRY"])
        batches = list(source.GetArrowStreamAsNumPy(options=options))
    names = {field.name(): field for field in fields}
    wanted = [fid if name == fid_name else name for name in names] + (
        [geometry_name] if geometry else []
    )
    if not wanted or not batches or not set(wanted) <= set(batches[0]):
        return None  # an empty layer is left to QGIS
    arrays = {key: np.ma.concatenate([batch[key] for batch in batches]) for key in wanted}
    columns = {name: arrays[fid].data if name == fid_name else _qgis_like(arrays[name], field)
               for name, field in names.items()}  # fmt: skip
    count = len(arrays[wanted[0]]) if wanted else 0
    frame = pd.DataFrame(columns, columns=list(names), index=pd.RangeIndex(count))
    if not geometry:
        return frame, None
    wkbs = arrays[geometry_name]
    present = ~np.ma.getmaskarray(wkbs)
    geoms = np.full(count, None, dtype=object)
    geoms[present] = [bytes(w) for w in np.asarray(wkbs.data)[present]]
    return frame, geoms


def _kind(field) -> str | None:
    """How a QGIS field type is read here: number, bool, text, date, datetime; None for others
    (times, binaries, lists, maps), which the caller leaves to QGIS."""
    return _KINDS.get(field.type())


_KINDS = {
    QVariant.Int: "number",
    QVariant.UInt: "number",
    QVariant.LongLong: "number",
    QVariant.ULongLong: "number",
    QVariant.Double: "number",
    QVariant.Bool: "bool",
    QVariant.String: "text",
    QVariant.Date: "date",
    QVariant.DateTime: "datetime",
}


def _qgis_like(array, field):
    """A column as source_to_frame builds it from QGIS values: text as str (NULL -> None), dates
    as ISO text, numbers with NULLs as NaN, booleans with NULLs as objects."""
    import numpy as np

    mask = np.ma.getmaskarray(array)
    data = np.asarray(array.data)
    kind = _kind(field)
    if kind == "text":
        text = np.char.decode(data, "utf-8") if data.dtype.kind == "S" else data
        values = text.astype(object)
    elif kind in ("date", "datetime"):
        unit = "D" if kind == "date" else "s"
        values = np.datetime_as_string(data.astype(f"datetime64[{unit}]"), unit=unit)
        values = values.astype(object)
    elif kind == "number" and mask.any():
        return np.where(mask, np.nan, data.astype(np.float64))
    elif kind == "bool" and mask.any():
        values = data.astype(object)
    else:
        return data
    values[mask] = None
    return values.tolist()
