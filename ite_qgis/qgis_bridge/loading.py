"""Load a Processing algorithm's territory outputs into the project as one styled group."""

from __future__ import annotations

from pathlib import Path

from qgis.core import (
    QgsProcessingContext,
    QgsProcessingLayerPostProcessorInterface,
    QgsProject,
)

from .territory import LAYERS, add_relation, configure_forms, open_layer

LOOKUPS = ("catalogue_resources", "nace_codes")


class _TerritoryPostProcessor(QgsProcessingLayerPostProcessorInterface):
    """Runs once all layers of the territory are in the project: forms, relation, visibility."""

    # Processing keeps only a raw pointer: hold a reference so sip does not collect it.
    alive: list = []

    def __init__(self, layer_ids: dict[str, str]):
        super().__init__()
        self.layer_ids = layer_ids

    def postProcessLayer(self, layer, context, feedback):  # noqa: N802 (QGIS hook)
        project = context.project() or QgsProject.instance()
        layers = {name: project.mapLayer(layer_id) for name, layer_id in self.layer_ids.items()}
        if any(value is None for value in layers.values()):
            return
        configure_forms(layers)
        add_relation(project, layers["sites"], layers["resources"])
        root = project.layerTreeRoot()
        for name in LOOKUPS:
            node = root.findLayer(layers[name].id())
            if node is not None:
                node.setItemVisibilityChecked(False)


def load_on_completion(
    path: str | Path | None,
    context: QgsProcessingContext,
    output_name: str,
    layers: dict | None = None,
    group: str = "",
) -> None:
    """Queue the territory's layers for loading, in one group named after the file (or
    ``group``); ``layers``: the layers already opened (a PostGIS territory)."""
    layer_ids = {}
    post = None
    for order, name in enumerate(LAYERS):
        layer = layers[name] if layers else open_layer(path, name)
        context.temporaryLayerStore().addMapLayer(layer)
        layer_ids[name] = layer.id()
        details = QgsProcessingContext.LayerDetails(name, context.project(), output_name)
        details.groupName = group or Path(path).stem
        details.layerSortKey = order
        if name == "sites":
            post = _TerritoryPostProcessor(layer_ids)
            _TerritoryPostProcessor.alive.append(post)
            details.setPostProcessor(post)
        context.addLayerToLoadOnCompletion(layer.id(), details)
