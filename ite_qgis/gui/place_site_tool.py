"""The "Place site" map tool: click on the map, fill in the site's form, with its resources.

The click is taken from the canvas CRS into the sites layer's CRS. The new site gets the layer's
default values (a new ``site_id``, status ``existing``) and opens in the attribute form, where
the "Resources of the site" relation (qgis_bridge/territory.py) lists and edits its resources.
The form adds the feature through the layer's edit buffer as one edit command, so Ctrl+Z undoes
it; cancelling the form adds nothing.
"""

from __future__ import annotations

from qgis.core import (
    Qgis,
    QgsCoordinateTransform,
    QgsGeometry,
    QgsPointXY,
    QgsProject,
    QgsVectorLayerUtils,
)
from qgis.gui import QgsAttributeDialog, QgsAttributeEditorContext, QgsMapToolEmitPoint
from qgis.PyQt.QtCore import Qt

from ..core.common.i18n import translate
from . import project_layers


class PlaceSiteTool(QgsMapToolEmitPoint):
    """Map tool creating one site per click in the project's sites layer."""

    def __init__(self, canvas, iface=None, sites_layer=None):
        super().__init__(canvas)
        self.iface = iface
        self.sites_layer = sites_layer  # None: the project's sites layer at each click
        self.dialog: QgsAttributeDialog | None = None
        self.canvasClicked.connect(self._clicked)

    def layer(self):
        if self.sites_layer is not None:
            return self.sites_layer
        candidates = project_layers.layers_with_role("sites")
        return candidates[0] if candidates else None

    def _clicked(self, point: QgsPointXY, button) -> None:
        if button == Qt.MouseButton.LeftButton:
            self.place(point)

    def place(self, map_point: QgsPointXY):
        """Start a new site at ``map_point`` (canvas CRS) and open its form; returns the form."""
        layer = self.layer()
        if layer is None:
            self._warn(translate("placesite", "No sites layer in the project: create or load a "
                                              "territory first."))  # fmt: skip
            return None
        if not (layer.isEditable() or layer.startEditing()):
            self._warn(translate("placesite", "The layer {layer} cannot be edited.").format(
                layer=layer.name()))  # fmt: skip
            return None
        transform = QgsCoordinateTransform(
            self.canvas().mapSettings().destinationCrs(), layer.crs(), QgsProject.instance()
        )
        point = transform.transform(map_point)
        feature = QgsVectorLayerUtils.createFeature(
            layer, QgsGeometry.fromPointXY(point), {}, layer.createExpressionContext()
        )
        context = QgsAttributeEditorContext()
        context.setMapCanvas(self.canvas())
        if self.iface is not None:
            context.setVectorLayerTools(self.iface.vectorLayerTools())
        parent = self.iface.mainWindow() if self.iface is not None else None
        if self.dialog is not None:
            self.dialog.close()
        # showDialogButtons=True: OK adds the feature through the layer's edit buffer.
        dialog = QgsAttributeDialog(layer, feature, False, parent, True, context)
        dialog.setMode(QgsAttributeEditorContext.Mode.AddFeatureMode)
        dialog.setEditCommandMessage(translate("placesite", "Place site"))
        dialog.setWindowTitle(translate("placesite", "New site"))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(self._dialog_gone)
        dialog.accepted.connect(self.canvas().refresh)
        self.dialog = dialog
        dialog.show()
        return dialog

    def _dialog_gone(self, *_) -> None:
        self.dialog = None

    def _warn(self, text: str) -> None:
        if self.iface is not None:
            self.iface.messageBar().pushMessage(
                translate("placesite", "Place site"), text, Qgis.MessageLevel.Warning, 6
            )
