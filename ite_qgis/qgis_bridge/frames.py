"""QGIS feature sources <-> core tables (pandas DataFrame / GeoDataFrame), and output sinks.

A GeoPackage or shapefile destination is filled by GDAL in one call, and a whole GeoPackage or
shapefile source read by GDAL in one call (ogr_files.py). Other sinks and sources (memory
layers, databases, filtered or selected features) go through QGIS: geometries cross as WKB
arrays (one shapely.from_wkb / to_wkb call for all features), attributes as plain Python values;
the only per-feature Python work is what QGIS's iterators require. A memory layer is written
this way because its provider only takes QgsFeatures: a detour through a temporary GeoPackage
streamed into it by QGIS (QgsFeatureSink.addFeatures with an iterator) measured no faster
(0.76 s against 0.70 s of CPU for 97,869 lines).
"""

from __future__ import annotations

import gc
from contextlib import contextmanager

from qgis.core import (
    Qgis,
    QgsFeature,
    QgsFeatureRequest,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsProcessingException,
    QgsProcessingLayerPostProcessorInterface,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QDate, QDateTime, QMetaType, QVariant

from .. import assets
from ..core.common.i18n import translate


def _python_value(value):
    """QGIS attribute -> plain Python (NULL -> None, dates -> ISO text)."""
    if value is None or (isinstance(value, QVariant) and value.isNull()):
        return None
    if isinstance(value, (QDate, QDateTime)):
        return (
            value.toString("yyyy-MM-dd")
            if isinstance(value, QDate)
            else value.toString("yyyy-MM-ddTHH:mm:ss")
        )
    return value


# The PostGIS territory's column for concurrent edits (core/territory/postgis_schema.py): it is
# bookkeeping, not data, so the algorithms read a PostGIS table without it and their outputs
# are the same as from a GeoPackage (no row_version in exported tables or flow lines).
BOOKKEEPING_COLUMNS = ("row_version",)


def source_to_frame(
    source, feedback=None, *, geometry: bool = True, what: str = "", layer_file=None
):
    """All features of a QgsFeatureSource as a GeoDataFrame (or DataFrame without geometry).

    Columns are the source's field names; ``fid`` and the PostGIS territory's
    ``row_version`` are not included. The CRS is the source's.
    ``layer_file`` (from :func:`whole_file_layer`) lets GDAL read a whole GeoPackage or
    shapefile layer in one call instead of one QgsFeature per row.
    """
    frame = _source_frame(source, feedback, geometry, layer_file)
    dropped = [name for name in BOOKKEEPING_COLUMNS if name in frame.columns]
    return frame.drop(columns=dropped) if dropped else frame


def _source_frame(source, feedback, geometry: bool, layer_file):
    import geopandas as gpd
    import numpy as np
    import shapely

    if layer_file is not None:
        frame = _read_file(source, layer_file, geometry)
        if frame is not None:
            return frame
    names = source.fields().names()
    total = max(source.featureCount(), 1)
    rows, wkbs = [], []
    request = QgsFeatureRequest()
    if not geometry:
        request.setFlags(QgsFeatureRequest.Flag.NoGeometry)
    step = max(total // 100, 1)
    with _no_gc():
        for index, feature in enumerate(source.getFeatures(request)):
            if feedback is not None and index % step == 0:
                if feedback.isCanceled():
                    raise QgsProcessingException(translate("frames", "Cancelled."))
                feedback.setProgress(100.0 * index / total)
            rows.append(feature.attributes())
            if geometry:
                geom = feature.geometry()
                wkbs.append(None if geom.isNull() else bytes(geom.asWkb()))
        frame = _plain_frame(rows, names)
    if not geometry:
        return frame
    crs = source.sourceCrs()
    geoms = shapely.from_wkb(np.array(wkbs, dtype=object)) if wkbs else np.array([], dtype=object)
    return gpd.GeoDataFrame(
        frame,
        geometry=gpd.GeoSeries(geoms, index=frame.index),
        crs=crs.toWkt() if crs.isValid() else None,
    )


def whole_file_layer(algorithm, parameters, name: str, context):
    """What source_to_frame needs to read the source parameter ``name`` with GDAL: the layer's
    file, layer name and GeoPackage key field, when the parameter is a whole GeoPackage or
    shapefile layer (no selection, feature limit, filter, subset or pending edits, and no
    geometry check to run); None otherwise."""
    from qgis.core import QgsProcessingFeatureSourceDefinition

    from .ogr_files import file_layer

    value = parameters.get(name)
    if isinstance(value, QgsProcessingFeatureSourceDefinition) and (
        value.selectedFeaturesOnly
        or value.featureLimit != -1
        or getattr(value, "filterExpression", "")
        or value.flags & QgsProcessingFeatureSourceDefinition.Flag.FlagOverrideDefaultGeometryCheck
    ):
        return None
    layer = algorithm.parameterAsVectorLayer(parameters, name, context)
    if layer is None or layer.providerType() not in ("ogr", "postgres") or layer.subsetString():
        return None
    if layer.isEditable() and layer.isModified():
        return None
    keys = layer.dataProvider().pkAttributeIndexes()
    fid_name = layer.fields().at(keys[0]).name() if len(keys) == 1 else None
    if layer.providerType() == "postgres":
        return _postgis_table(layer, fid_name)
    found = file_layer(layer.source())
    if found is None or not _utf8_shapefile(found[0], layer):
        return None
    return (*found, fid_name)


def _postgis_table(layer, fid_name):
    """A whole PostGIS table for GDAL's PG driver: (connection string, schema.table, key); None
    for a query layer or a table without a one-column key."""
    from qgis.core import QgsDataSourceUri

    uri = QgsDataSourceUri(layer.source())
    if uri.sql() or not uri.table() or fid_name is None or uri.table().startswith("("):
        return None
    table = f"{uri.schema()}.{uri.table()}" if uri.schema() else uri.table()
    return "PG:" + uri.connectionInfo(True), table, fid_name


def _utf8_shapefile(path, layer) -> bool:
    """True for a GeoPackage, and for a shapefile whose .cpg says UTF-8 and that QGIS reads as
    UTF-8: other encodings are left to QGIS, which may have been told one by the user."""
    if path.suffix.lower() != ".shp":
        return True
    cpg = path.with_suffix(".cpg")
    declared = cpg.read_text(errors="replace").strip().upper() if cpg.is_file() else ""
    provider = layer.dataProvider().encoding().upper().replace("-", "")
    return declared in ("UTF-8", "UTF8", "65001") and provider == "UTF8"


def _read_file(source, layer_file, geometry: bool):
    """source_to_frame through GDAL (see whole_file_layer); None when that cannot be done."""
    import geopandas as gpd
    import numpy as np
    import shapely

    from .ogr_files import read_file_layer

    path, layer, fid_name = layer_file
    points = QgsWkbTypes.geometryType(source.wkbType()) == QgsWkbTypes.GeometryType.PointGeometry
    if geometry and not points:
        return None  # only points are sure to pass any invalid-geometry check unchanged
    if isinstance(path, str):  # a PostGIS table: any failure there is left to QGIS's reader
        try:
            read = read_file_layer(path, layer, source.fields(), fid_name, geometry)
        except RuntimeError:
            read = None
    else:
        read = read_file_layer(path, layer, source.fields(), fid_name, geometry)
    if read is None:
        return None
    frame, wkbs = read
    if not geometry:
        return frame
    geoms = shapely.from_wkb(wkbs) if len(wkbs) else np.array([], dtype=object)
    crs = source.sourceCrs()
    return gpd.GeoDataFrame(
        frame,
        geometry=gpd.GeoSeries(geoms, index=frame.index),
        crs=crs.toWkt() if crs.isValid() else None,
    )


def _plain_frame(rows: list, names: list):
    """DataFrame of attribute rows, NULLs as None and dates as ISO text. Columns are converted
    cell by cell only when they hold such values (the types of a column are found by one C-level
    pass), so plain text and number columns cost no Python call per cell."""
    import pandas as pd

    if not rows:
        return pd.DataFrame(columns=names)
    columns = {}
    special = (QVariant, QDate, QDateTime)
    for name, column in zip(names, zip(*rows, strict=True), strict=True):
        kinds = set(map(type, column))
        if any(issubclass(kind, special) for kind in kinds):
            column = [_python_value(value) for value in column]
        columns[name] = list(column)
    return pd.DataFrame(columns, columns=names, index=pd.RangeIndex(len(rows)))


# QgsField takes QMetaType types from QGIS 3.38 (and only those under Qt6); QVariant before.
if Qgis.versionInt() >= 33800:
    _INTEGER, _REAL, _TEXT = QMetaType.Type.LongLong, QMetaType.Type.Double, QMetaType.Type.QString
else:  # pragma: no cover - QGIS 3.34/3.36
    _INTEGER, _REAL, _TEXT = QVariant.LongLong, QVariant.Double, QVariant.String


def _field_for(name: str, series) -> QgsField:
    import pandas as pd

    if pd.api.types.is_bool_dtype(series) or pd.api.types.is_integer_dtype(series):
        return QgsField(name, _INTEGER)
    if pd.api.types.is_float_dtype(series):
        return QgsField(name, _REAL)
    return QgsField(name, _TEXT)


def frame_fields(frame) -> QgsFields:
    fields = QgsFields()
    for name in frame.columns:
        if name == getattr(frame, "_geometry_column_name", None):
            continue
        fields.append(_field_for(name, frame[name]))
    return fields


def _plain_column(series) -> list:
    """A column as plain Python values (what QGIS attributes take), missing cells (NaN, pd.NA,
    NaT, a categorical's missing code) as None, which QGIS stores as NULL. Whole-column numpy
    conversions: no Python call per cell."""
    import numpy as np
    import pandas as pd

    if isinstance(series.dtype, pd.CategoricalDtype):
        names = np.asarray(series.cat.categories, dtype=object)
        return np.r_[names, None][series.cat.codes.to_numpy()].tolist()  # code -1 reads None
    values = series.to_numpy()
    if values.dtype.kind == "b":
        # Written in an integer field (frame_fields): PostgreSQL refuses true/false there.
        return values.astype(np.int64).tolist()
    if values.dtype.kind in "iu":
        return values.tolist()
    if values.dtype.kind == "f":
        missing = np.isnan(values)
        return np.where(missing, None, values).tolist() if missing.any() else values.tolist()
    return series.astype(object).where(series.notna(), None).tolist()


def _plain_rows(frame, columns) -> list[list]:
    """Rows of plain Python values, missing cells as None, built column by column."""
    return list(map(list, zip(*[_plain_column(frame[c]) for c in columns], strict=True)))


def write_frame(algorithm, parameters, context, name: str, frame, wkb_type, crs, feedback=None):
    """Write a (Geo)DataFrame to the algorithm's feature sink ``name``; returns its dest id.

    ``wkb_type`` is a QgsWkbTypes type (NoGeometry for tables); ``crs`` a QgsCoordinateReference
    System. An append to an existing layer (Processing's "Append to Layer…") always goes
    through QGIS's sink, which maps the fields the user chose: GDAL's fast paths only fill the
    empty layer Processing has just made, by position.
    """
    import shapely

    from .destinations import is_append
    from .ogr_files import _gdal_version, append_frame, gdal_can_write
    from .postgis_outputs import gdal_table, postgis_destination

    frame = _finite(algorithm, name, frame, feedback)
    fields = frame_fields(frame)
    append = is_append(parameters.get(name))
    if append:
        # The sink's field map looks each field up in the fields of the context's expression
        # context as it is when the sink is made (QGIS 3.40 sets them only afterwards): without
        # this, every value would be NULL, or taken from the previous output's field positions.
        context.expressionContext().setFields(fields)
    sink, dest_id = algorithm.parameterAsSink(parameters, name, context, fields, wkb_type, crs)
    if sink is None:
        raise QgsProcessingException(algorithm.invalidSinkError(parameters, name))
    has_geometry = wkb_type != QgsWkbTypes.Type.NoGeometry and hasattr(frame, "geometry")
    columns = [c for c in frame.columns if c != getattr(frame, "_geometry_column_name", None)]
    fast = len(frame) and not append
    table = postgis_destination(dest_id) if fast and _gdal_version() >= 3080000 else None
    if table is not None:
        # A PostGIS table Processing has just made: close QGIS's writer, GDAL appends the rows.
        del sink
        try:
            append_frame(dest_id, frame, columns, fields.count(), wkb_type,
                         target=gdal_table(table))
        except RuntimeError as error:  # GDAL's message; never the connection's password
            raise QgsProcessingException(
                translate("frames", "Could not write the output: {error}").format(
                    error=" ".join(str(error).split())
                )
            ) from None
        return dest_id
    if fast and gdal_can_write(dest_id, frame, columns, wkb_type, has_geometry):
        # A GeoPackage or shapefile layer that Processing has just made: close QGIS's writer
        # and let GDAL fill the layer in one call (Processing loads and styles it as before).
        del sink
        append_frame(dest_id, frame, columns, fields.count(), wkb_type)
        return dest_id
    wkbs = shapely.to_wkb(frame.geometry.values) if has_geometry and len(frame) else []
    # An append's field map finds the values by field name: its features carry their fields.
    named = fields if append else None
    with _no_gc():
        _write_features(sink, frame, columns, wkbs, has_geometry, feedback, named)
    return dest_id


def _finite(algorithm, name: str, frame, feedback):
    """``frame`` with every infinite number (inf, -inf) made missing, so that it is written as
    NULL, never as inf: one warning per column gives the count. NaN is pandas's missing value
    and is written as NULL as always. One vectorised test per number column; the frame is
    copied only when there is something to clear."""
    import numpy as np

    outputs = getattr(algorithm, "run_outputs", None)
    feedback = feedback if feedback is not None else getattr(outputs, "feedback", None)
    cleared = None
    for column in frame.columns:
        series = frame[column]
        if series.dtype.kind != "f":
            continue
        infinite = np.isinf(series.to_numpy())
        count = int(infinite.sum())
        if not count:
            continue
        if cleared is None:
            cleared = frame.copy()
        cleared[column] = series.where(~infinite, np.nan)
        if feedback is not None:
            definition = algorithm.parameterDefinition(name)
            feedback.pushWarning(
                translate(
                    "frames",
                    "{output}, column {column}: infinite values written as NULL: {count}."
                ).format(
                    output=definition.description() if definition else name,
                    column=column,
                    count=count,
                )
            )
    return frame if cleared is None else cleared


@contextmanager
def _no_gc():
    """Pause Python's cyclic garbage collector while hundreds of thousands of row lists and
    features are made: they hold no cycles, and the collector's passes over them cost a
    third of the time."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _write_features(sink, frame, columns, wkbs, has_geometry: bool, feedback,
                    fields=None) -> None:
    values = _plain_rows(frame, columns) if len(frame) else []
    # Features are made without their QgsFields (the sink knows them; attributes go by
    # position): twice as fast, which counts with hundreds of thousands of features. An append
    # gives ``fields``: its field map looks the values up by name.
    new = QgsFeature if fields is None else lambda: QgsFeature(fields)
    features: list = []
    for start in range(0, len(values), _BATCH):
        add = features.append
        if has_geometry:
            batch = zip(values[start : start + _BATCH], wkbs[start : start + _BATCH], strict=True)
            for row, wkb in batch:
                feature = new()
                feature.setAttributes(row)
                if wkb is not None:
                    geometry = QgsGeometry()
                    geometry.fromWkb(wkb)
                    feature.setGeometry(geometry)
                add(feature)
        else:
            for row in values[start : start + _BATCH]:
                feature = new()
                feature.setAttributes(row)
                add(feature)
        _flush(sink, features, feedback)


# Features handed to the sink at a time (one addFeatures call each; a cancel is noticed between
# batches).
_BATCH = 10_000


def _flush(sink, features: list, feedback) -> None:
    if features and not sink.addFeatures(features, QgsFeatureSink.Flag.FastInsert):
        raise QgsProcessingException(
            translate("frames", "Could not write the output: {error}").format(
                error=sink.lastError() if hasattr(sink, "lastError") else ""
            )
        )
    features.clear()
    if feedback is not None and feedback.isCanceled():
        raise QgsProcessingException(translate("frames", "Cancelled."))


class StyleLoader(QgsProcessingLayerPostProcessorInterface):
    """Gives an output layer its default style from resources/styles when it is loaded."""

    alive: list = []  # Processing holds a raw pointer: keep the Python object alive.

    def __init__(self, style: str, name: str | None = None):
        super().__init__()
        self.style = style
        self.name = name

    def clone(self) -> StyleLoader:
        """The same loader, kept alive (a run's outputs renamed into place get new ones:
        qgis_bridge.destinations)."""
        loader = StyleLoader(self.style, self.name)
        StyleLoader.alive.append(loader)
        return loader

    def postProcessLayer(self, layer, context, feedback):  # noqa: N802 (QGIS hook)
        path = assets.style_path(self.style)
        if path.is_file():
            layer.loadNamedStyle(str(path))
            from .legend import translate_legend

            translate_legend(layer, self.style)
            layer.triggerRepaint()
        if self.name:
            layer.setName(self.name)


def style_output(context, dest_id: str, style: str, name: str | None = None) -> None:
    """Attach the default style ``resources/styles/<style>.qml`` to an output being loaded."""
    if context.willLoadLayerOnCompletion(dest_id):
        loader = StyleLoader(style, name)
        StyleLoader.alive.append(loader)
        context.layerToLoadOnCompletionDetails(dest_id).setPostProcessor(loader)


def model_fields(table) -> QgsFields:
    """The QgsFields of (name, type) pairs as core.territory.schema writes them (type text,
    integer or real): what ``frame_fields`` makes of an output with these columns (an
    algorithm's ``sinkProperties`` for "Append to Layer…")."""
    kinds = {"text": _TEXT, "integer": _INTEGER, "real": _REAL}
    fields = QgsFields()
    for name, kind in table:
        fields.append(QgsField(name, kinds[kind]))
    return fields


def sink_properties(fields: QgsFields, wkb_type, crs):
    """The properties an algorithm's ``sinkProperties`` returns for an output it can append to
    an existing layer: its fields, geometry type and CRS (an invalid CRS when the run chooses
    it)."""
    from qgis.core import QgsProcessingAlgorithm

    properties = QgsProcessingAlgorithm.VectorProperties()
    properties.fields = fields
    properties.wkbType = wkb_type
    properties.crs = crs
    properties.availability = Qgis.ProcessingPropertyAvailability.Available
    return properties
