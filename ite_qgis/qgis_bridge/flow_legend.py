"""Legend keys of the flow map: a few line widths labelled in t/yr, GWh/yr or m3/yr.

The width scale of ite:flowmap depends on the run (the largest flow of each unit family gets
the largest width), so the keys are added when the output layer is loaded, under the style's
colour rules: rules that match no feature (filter ``FALSE``) draw nothing and show in the legend.
"""

from __future__ import annotations

from qgis.core import QgsLineSymbol, QgsRuleBasedRenderer

from .. import assets
from ..core.common.i18n import translate
from .frames import StyleLoader

KEY_COLOUR = "#78909c"


def unit_family_heading(unit_family: str) -> str:
    headings = {
        "mass": translate("flowlegend", "Line width: quantities by mass (t/yr)"),
        "energy": translate("flowlegend", "Line width: energy (GWh/yr)"),
        "volume": translate("flowlegend", "Line width: volumes (m3/yr)"),
        "service": translate("flowlegend", "Line width: services (count/yr)"),
    }
    return headings.get(unit_family, unit_family)


def _key_symbol(width_mm: float):
    symbol = QgsLineSymbol.createSimple({"line_color": KEY_COLOUR, "capstyle": "flat"})
    symbol.symbolLayer(0).setWidth(width_mm)
    return symbol


class FlowMapStyle(StyleLoader):
    """flowmap.qml plus width keys: ``keys`` is a list of (unit family, [(label, width_mm)])."""

    def __init__(self, keys, name=None):
        super().__init__("flowmap", name)
        self.keys = keys

    def postProcessLayer(self, layer, context, feedback):  # noqa: N802 (QGIS hook)
        path = assets.style_path(self.style)
        if path.is_file():
            layer.loadNamedStyle(str(path))
        renderer = layer.renderer()
        if isinstance(renderer, QgsRuleBasedRenderer) and self.keys:
            root = renderer.rootRule()
            for unit_family, entries in self.keys:
                group = QgsRuleBasedRenderer.Rule(None, 0, 0, "FALSE",
                                                  unit_family_heading(unit_family))
                for label, width in entries:
                    group.appendChild(
                        QgsRuleBasedRenderer.Rule(_key_symbol(width), 0, 0, "FALSE", label)
                    )
                root.appendChild(group)
        if self.name:
            layer.setName(self.name)
        layer.triggerRepaint()


def style_flow_map(context, dest_id: str, keys, name=None) -> None:
    if context.willLoadLayerOnCompletion(dest_id):
        loader = FlowMapStyle(keys, name)
        StyleLoader.alive.append(loader)
        context.layerToLoadOnCompletionDetails(dest_id).setPostProcessor(loader)
