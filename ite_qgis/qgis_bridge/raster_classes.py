"""A shipped raster style whose classes follow the data of one output.

The net benefit raster of ite:sitingpotential spans very different ranges from one territory
to the next (thousands of euros a year around a small supplier, tens of millions next to a
steelworks), so fixed class bounds would paint most territories in one colour. Its style
(``resources/styles/siting_benefit.qml``) gives the colours; :func:`classes_to_data` puts the
bounds at equal steps between the smallest positive value and the largest, with labels in the
run's language, and keeps 0 (nothing in reach pays) transparent.
"""

from __future__ import annotations

from qgis.core import QgsColorRampShader

from ..core.common.i18n import translate
from ..core.common.numbers import number
from .frames import StyleLoader


def class_bounds(low: float, high: float, count: int) -> list[float]:
    """``count`` upper bounds at equal steps from ``low`` to ``high`` (one when they meet)."""
    if not high > low:
        return [high]
    step = (high - low) / count
    return [low + step * (i + 1) for i in range(count)]


def classes_to_data(layer, low: float, high: float) -> None:
    """The pseudo-colour classes of ``layer`` (loaded with its shipped style) set to equal steps
    between ``low`` (the smallest positive value) and ``high``; the first class, 0, stays."""
    renderer = layer.renderer()
    shader = getattr(renderer, "shader", lambda: None)()
    ramp = shader.rasterShaderFunction() if shader is not None else None
    if not isinstance(ramp, QgsColorRampShader) or not high > 0:
        return
    items = ramp.colorRampItemList()
    zero, colours = items[0], [item.color for item in items[1:]]
    bounds = class_bounds(low, high, len(colours))
    colours = colours[-len(bounds):]
    text = translate("sitingpotential", "{low} - {high} EUR/yr")
    new = [QgsColorRampShader.ColorRampItem(
        0.0, zero.color, translate("sitingpotential", "0 (nothing in reach pays)"))]
    start = low
    for bound, colour in zip(bounds, colours, strict=True):
        new.append(QgsColorRampShader.ColorRampItem(
            bound, colour, text.format(low=number(start), high=number(bound))))
        start = bound
    new[-1].value = float("inf")
    ramp.setColorRampItemList(new)
    ramp.setMinimumValue(0.0)
    ramp.setMaximumValue(high)
    renderer.setClassificationMin(0.0)
    renderer.setClassificationMax(high)
    layer.triggerRepaint()


class DataClasses(StyleLoader):
    """Loads a shipped raster style, then sets its classes to the output's values."""

    def __init__(self, style: str, name: str | None, low: float, high: float):
        super().__init__(style, name)
        self.low, self.high = low, high

    def clone(self) -> DataClasses:
        loader = DataClasses(self.style, self.name, self.low, self.high)
        StyleLoader.alive.append(loader)
        return loader

    def postProcessLayer(self, layer, context, feedback):  # noqa: N802 (QGIS hook)
        super().postProcessLayer(layer, context, feedback)
        classes_to_data(layer, self.low, self.high)


def style_raster_to_data(context, dest_id: str, style: str, name: str, low: float,
                         high: float) -> None:
    """Like :func:`~.frames.style_output`, with the classes set to ``low`` .. ``high``."""
    if context.willLoadLayerOnCompletion(dest_id):
        loader = DataClasses(style, name, low, high)
        StyleLoader.alive.append(loader)
        context.layerToLoadOnCompletionDetails(dest_id).setPostProcessor(loader)
