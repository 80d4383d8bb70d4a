"""Find the territory's layers in a project, by their fields, to preselect them in dialogs.

A layer plays a role (sites, resources, flows, synergies, DH areas) when it has the fields of
that role and a fitting geometry, whatever its name: a user may rename layers or keep several
territories in one project. Among the layers that fit, the one named after the role wins, then
the one highest in the layer tree (the one the user sees on top).
"""

from __future__ import annotations

from qgis.core import (
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterMapLayer,
    QgsProcessingParameterVectorLayer,
    QgsProject,
    QgsVectorLayer,
    QgsWkbTypes,
)

_POINT = QgsWkbTypes.GeometryType.PointGeometry
_LINE = QgsWkbTypes.GeometryType.LineGeometry
_POLYGON = QgsWkbTypes.GeometryType.PolygonGeometry
_TABLE = QgsWkbTypes.GeometryType.NullGeometry

# role -> (fields a layer must have, geometry types it may have)
SIGNATURES = {
    "sites": ({"site_id", "nace"}, (_POINT,)),
    "resources": ({"resource_id", "site_id", "direction", "resource", "quantity"}, (_TABLE,)),
    "flows": ({"from_site", "to_site", "resource", "status"}, (_LINE,)),
    "synergies": (
        {"supplier_site", "receiver_site", "resource", "family", "match_kind", "distance_m",
         "net_benefit_eur_yr"},
        (_LINE,),
    ),
    "dh_areas": ({"area_id", "demand_gwh_yr"}, (_POLYGON,)),
}  # fmt: skip

# Processing parameter name -> role. Names shared by the ITE algorithms (and by those that other
# providers may add later): an input parameter called SITES takes the sites layer, and so on.
PARAMETER_ROLES = {
    "SITES": "sites",
    "SOURCES": "sites",
    "RESOURCES": "resources",
    "FLOWS": "flows",
    "SYNERGIES": "synergies",
    "AREAS": "dh_areas",
    "DH_AREAS": "dh_areas",
}
_LAYER_PARAMETERS = (
    QgsProcessingParameterFeatureSource.typeName(),
    QgsProcessingParameterVectorLayer.typeName(),
    QgsProcessingParameterMapLayer.typeName(),
)


def has_role(layer, role: str) -> bool:
    """True when ``layer`` is a vector layer with the fields and geometry of ``role``."""
    if not isinstance(layer, QgsVectorLayer) or not layer.isValid():
        return False
    fields, geometries = SIGNATURES[role]
    return layer.geometryType() in geometries and fields <= set(layer.fields().names())


def layers_with_role(role: str, project: QgsProject | None = None) -> list[QgsVectorLayer]:
    """Layers of the project playing ``role``, best first (named after it, then tree order)."""
    project = project or QgsProject.instance()
    ordered = [node.layer() for node in project.layerTreeRoot().findLayers()]
    # Layers not in the tree (kept out of the legend) come last.
    listed = {layer.id() for layer in ordered if layer is not None}
    ordered += [lay for lay in project.mapLayers().values() if lay.id() not in listed]
    fitting = [layer for layer in ordered if has_role(layer, role)]
    return sorted(fitting, key=lambda layer: layer.name().lower() != role)  # stable sort


def find_layers(project: QgsProject | None = None) -> dict[str, QgsVectorLayer]:
    """role -> the best layer playing it, for every role found in the project."""
    found = {}
    for role in SIGNATURES:
        candidates = layers_with_role(role, project)
        if candidates:
            found[role] = candidates[0]
    return found


def initial_parameters(algorithm, project: QgsProject | None = None) -> dict[str, str]:
    """Initial values (layer ids) of ``algorithm``'s layer inputs from the project's layers."""
    if algorithm is None:
        return {}
    layers = find_layers(project)
    values = {}
    for definition in algorithm.parameterDefinitions():
        if definition.type() not in _LAYER_PARAMETERS:
            continue
        layer = layers.get(PARAMETER_ROLES.get(definition.name(), ""))
        if layer is not None:
            values[definition.name()] = layer.id()
    return values
