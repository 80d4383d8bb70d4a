"""Styled memory layers of a synergy map, built from plain frames (never the user's layers).

A map draws copies: the public switch replaces confidential names, figures and points in the
frames first, so nothing secret can reach the map, its legend or its table. Each copy gets the
default style of its kind from resources/styles and its legend labels in the run's language.
"""

from __future__ import annotations

from qgis.core import QgsFeature, QgsGeometry, QgsVectorLayer, QgsWkbTypes

from .. import assets
from ..qgis_bridge.frames import frame_fields
from ..qgis_bridge.legend import localise, localise_legend

# Shapely geometry type name -> memory layer geometry (multi when any part is multi).
_LAYER_TYPES = {
    "Point": "Point",
    "MultiPoint": "MultiPoint",
    "LineString": "LineString",
    "MultiLineString": "MultiLineString",
    "Polygon": "MultiPolygon",
    "MultiPolygon": "MultiPolygon",
}


def _geometry_kind(frame) -> str:
    kinds = set(frame.geometry.dropna().geom_type) if len(frame) else set()
    for multi in ("MultiPolygon", "Polygon", "MultiLineString", "MultiPoint"):
        if multi in kinds:
            return _LAYER_TYPES[multi]
    if "LineString" in kinds:
        return "LineString"
    return "Point" if kinds <= {"Point"} else sorted(kinds)[0]


def frame_layer(frame, name: str, crs, kind: str | None = None) -> QgsVectorLayer:
    """A memory layer holding a copy of a GeoDataFrame (attributes and geometries)."""
    import shapely

    layer = QgsVectorLayer(kind or _geometry_kind(frame), name, "memory")
    layer.setCrs(crs)
    geometry_column = frame.geometry.name
    attributes = frame.drop(columns=[geometry_column])
    provider = layer.dataProvider()
    provider.addAttributes(frame_fields(attributes).toList())
    layer.updateFields()
    if not len(frame):
        return layer
    rows = attributes.astype(object).where(attributes.notna(), None).to_numpy().tolist()
    wkbs = shapely.to_wkb(frame.geometry.to_numpy())
    multi = QgsWkbTypes.isMultiType(layer.wkbType())
    features = []
    for row, wkb in zip(rows, wkbs, strict=True):
        feature = QgsFeature(layer.fields())
        feature.setAttributes(row)
        if wkb is not None:
            geometry = QgsGeometry()
            geometry.fromWkb(wkb)
            if multi:
                geometry.convertToMultiType()
            feature.setGeometry(geometry)
        features.append(feature)
    provider.addFeatures(features)
    layer.updateExtents()
    return layer


def apply_style(layer, style: str, labels: dict | None = None, words: dict | None = None):
    """The shipped default style; category labels replaced by ``labels`` (value -> text),
    class labels and label expressions localised with ``words`` (English piece -> text)."""
    layer.loadNamedStyle(str(assets.style_path(style)))
    localise_legend(layer, labels, words)


def ramp_function(raster):
    """The colour-ramp function of a pseudocolour raster style, or None for other styles."""
    renderer = raster.renderer()
    shader = renderer.shader() if hasattr(renderer, "shader") else None
    function = shader.rasterShaderFunction() if shader is not None else None
    return function if function is not None and hasattr(function, "colorRampItemList") else None


def localise_raster_classes(raster, words: dict) -> None:
    """Class labels of a pseudocolour raster style in the run's language."""
    function = ramp_function(raster)
    if function is None:
        return
    items = function.colorRampItemList()
    for item in items:
        item.label = localise(item.label, words)
    function.setColorRampItemList(items)
