"""The territory GeoPackage: write it, give it forms and styles, load it into a project.

A territory is one GeoPackage with the ``sites``, ``resources`` and ``flows`` tables of
docs/architecture.md (Territory model), plus two look-up tables (``catalogue_resources`` and
``nace_codes``) that feed the searchable drop-downs of the attribute forms. Styles and forms are
stored in the GeoPackage's ``layer_styles`` table as each layer's default, so any QGIS that opens
the file gets them.
"""

from __future__ import annotations

import os
from pathlib import Path

import pandas as pd
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsEditorWidgetSetup,
    QgsMapLayer,
    QgsProject,
    QgsRelation,
    QgsRelationContext,
    QgsVectorLayer,
)

from .. import assets
from ..core.common.i18n import translate
from ..core.territory import schema
from .translation import plugin_language

LAYERS = ("sites", "resources", "flows", "catalogue_resources", "nace_codes")
GEOMETRY = {"sites": "Point", "flows": "LineString"}
RELATION_ID = "ite_sites_resources"


def _empty(table, geometry: str | None, crs: str):
    """An empty (Geo)DataFrame with the columns and dtypes of ``table``."""
    import geopandas as gpd

    dtypes = {"text": "object", "integer": "int64", "real": "float64"}
    frame = pd.DataFrame({name: pd.Series(dtype=dtypes[kind]) for name, kind in table})
    if geometry is None:
        return frame
    return gpd.GeoDataFrame(frame, geometry=gpd.GeoSeries([], crs=crs), crs=crs)


def lookup_tables(catalogue=None) -> dict[str, pd.DataFrame]:
    """The code lists behind the drop-downs, labelled in the user's language."""
    from ..core.reference.code_lists import code_lists

    return code_lists(catalogue, plugin_language())


def write_territory(
    path: str | Path,
    crs: QgsCoordinateReferenceSystem,
    *,
    sites=None,
    resources=None,
    flows=None,
    catalogue=None,
) -> Path:
    """Write a complete territory GeoPackage atomically; empty tables where no data is given.

    The file is built under a temporary name beside the target and renamed at the end, so a
    failed run leaves no half-written file and never touches an existing file until it succeeds.
    """
    path = Path(path)
    if path.suffix.lower() != ".gpkg":
        path = path.with_suffix(".gpkg")
    partial = path.with_name(path.stem + ".partial.gpkg")
    partial.unlink(missing_ok=True)
    authid = crs.authid() or crs.toWkt()
    frames = {
        "sites": sites if sites is not None else _empty(schema.SITES, "Point", authid),
        "resources": resources if resources is not None else _empty(schema.RESOURCES, None, authid),
        "flows": flows if flows is not None else _empty(schema.FLOWS, "LineString", authid),
        **lookup_tables(catalogue),
    }
    try:
        for name in LAYERS:
            _write_frame(frames[name], partial, name, GEOMETRY.get(name))
        _store_default_styles(partial)
        os.replace(partial, path)
    finally:
        partial.unlink(missing_ok=True)
    return path


def _write_frame(frame, path: Path, layer: str, geometry: str | None) -> None:
    import geopandas as gpd
    import pyogrio

    if geometry is None:
        pyogrio.write_dataframe(pd.DataFrame(frame), str(path), layer=layer, driver="GPKG")
        return
    gdf = frame if isinstance(frame, gpd.GeoDataFrame) else gpd.GeoDataFrame(frame)
    pyogrio.write_dataframe(
        gdf, str(path), layer=layer, driver="GPKG", geometry_type=geometry, promote_to_multi=False
    )


def _store_default_styles(path: Path) -> None:
    """Apply symbology from resources/styles and the forms, save them as the default styles."""
    layers = {name: open_layer(path, name) for name in LAYERS}
    configure_forms(layers)
    for name, layer in layers.items():
        style = assets.style_path(name)
        if style.is_file():
            layer.loadNamedStyle(
                str(style), QgsMapLayer.StyleCategory.Symbology | QgsMapLayer.StyleCategory.Labeling
            )
            from .legend import translate_legend

            translate_legend(layer, name)
        message = layer.saveStyleToDatabase(name, "ITE for QGIS default style", True, "")
        if message:
            raise RuntimeError(message)


def open_layer(path: str | Path, name: str) -> QgsVectorLayer:
    layer = QgsVectorLayer(f"{path}|layername={name}", name, "ogr")
    if not layer.isValid():
        raise RuntimeError(
            translate("territory", "Cannot open the layer {layer} of {path}.").format(
                layer=name, path=path
            )
        )
    return layer


def _value_map(values) -> QgsEditorWidgetSetup:
    return QgsEditorWidgetSetup("ValueMap", {"map": [{value: value} for value in values]})


def _value_relation(layer: QgsVectorLayer, key: str, value: str) -> QgsEditorWidgetSetup:
    # Name and source let QGIS find the look-up layer again when the layer id differs.
    return QgsEditorWidgetSetup(
        "ValueRelation",
        {
            "Layer": layer.id(),
            "LayerName": layer.name(),
            "LayerSource": _shared_source(layer),
            "LayerProviderName": layer.providerType(),
            "Key": key,
            "Value": value,
            "AllowNull": True,
            "OrderByValue": True,
            "UseCompleter": True,
            "AllowMulti": False,
        },
    )


def _shared_source(layer: QgsVectorLayer) -> str:
    """The layer's source as stored in a form everyone may read: a database password never."""
    if layer.providerType() != "postgres":
        return layer.source()
    from qgis.core import QgsDataSourceUri

    uri = QgsDataSourceUri(layer.source())
    uri.setPassword("")
    return uri.uri(False)


def configure_forms(layers: dict[str, QgsVectorLayer]) -> None:
    """Drop-downs for the coded fields, searchable lists for resource and NACE codes."""
    sites, resources, flows = layers["sites"], layers["resources"], layers["flows"]
    resource_codes = _value_relation(layers["catalogue_resources"], "code", "label")
    site_ids = _value_relation(sites, "site_id", "name")
    checkbox = QgsEditorWidgetSetup("CheckBox", {"CheckedState": "1", "UncheckedState": "0"})
    setups = {
        sites: {
            "nace": _value_relation(layers["nace_codes"], "code", "label"),
            "status": _value_map(schema.SITE_STATUSES),
            "confidential": checkbox,
        },
        resources: {
            "site_id": site_ids,
            "direction": _value_map(schema.DIRECTIONS),
            "resource": resource_codes,
            "unit": _value_map(schema.UNITS),
            "confidential": checkbox,
            "code_suggested": checkbox,
        },
        flows: {
            "from_site": site_ids,
            "to_site": site_ids,
            "resource": resource_codes,
            "unit": _value_map(schema.UNITS),
            "status": _value_map(schema.FLOW_STATUSES),
        },
    }
    for layer, fields in setups.items():
        for field, setup in fields.items():
            # A territory made before a field existed (code_suggested) lacks it: no widget.
            if layer.fields().indexOf(field) >= 0:
                layer.setEditorWidgetSetup(layer.fields().indexOf(field), setup)
    # A new site needs an id; a new resource row inherits nothing, so give it a unique one.
    _default(sites, "site_id", "'S-' || uuid('WithoutBraces')")
    _default(resources, "resource_id", "'R-' || uuid('WithoutBraces')")
    _default(flows, "flow_id", "'F-' || uuid('WithoutBraces')")
    _default(sites, "status", "'existing'")
    for layer, flags in ((sites, schema.SITE_FLAGS), (resources, schema.RESOURCE_FLAGS)):
        for flag in flags:
            _default(layer, flag, "0")
    for layer in (sites, resources, flows):
        if layer.fields().indexOf("row_version") >= 0:
            # A PostGIS territory checks that a save sets the version it read plus one: the
            # second save of a row someone else saved meanwhile is refused, not overwritten.
            _default(layer, "row_version", '"row_version" + 1', on_update=True)


def _default(layer: QgsVectorLayer, field: str, expression: str, on_update: bool = False) -> None:
    from qgis.core import QgsDefaultValue

    index = layer.fields().indexOf(field)
    if index >= 0:
        layer.setDefaultValueDefinition(index, QgsDefaultValue(expression, on_update))


def load_territory(
    path: str | Path, project: QgsProject | None = None, group_name: str = ""
) -> dict:
    """Load a territory GeoPackage into ``project`` as one layer group, with its relation."""
    project = project or QgsProject.instance()
    path = Path(path)
    group = project.layerTreeRoot().insertGroup(0, group_name or path.stem)
    layers = {}
    for name in LAYERS:
        layer = open_layer(path, name)
        project.addMapLayer(layer, False)
        group.addLayer(layer)
        layers[name] = layer
    for name in ("catalogue_resources", "nace_codes"):
        node = group.findLayer(layers[name].id())
        node.setItemVisibilityChecked(False)
    # Point the forms' look-ups at the layers just loaded.
    configure_forms(layers)
    add_relation(project, layers["sites"], layers["resources"])
    return layers


def add_relation(project: QgsProject, sites: QgsVectorLayer, resources: QgsVectorLayer):
    """The sites -> resources relation, so a site's form lists and edits its resources."""
    # The context makes the relation look its layers up in this project, not the global one.
    relation = QgsRelation(QgsRelationContext(project))
    relation.setId(f"{RELATION_ID}_{sites.id()}")
    relation.setName(translate("territory", "Resources of the site"))
    relation.setReferencedLayer(sites.id())
    relation.setReferencingLayer(resources.id())
    relation.addFieldPair("site_id", "site_id")
    relation.setStrength(QgsRelation.RelationStrength.Composition)
    if not relation.isValid():
        raise RuntimeError(relation.validationError())
    project.relationManager().addRelation(relation)
    return relation
