"""What the style generators (tools/styles_*.py) share: where the styles go, the look of their
labels, and the resource family colours and names, which are the plugin's own
(core/common/families.py) so that the map styles, the flow maps and the Sankey diagram agree."""

import sys
from pathlib import Path

from qgis.core import (
    QgsColorRampShader,
    QgsPalLayerSettings,
    QgsRasterShader,
    QgsSingleBandPseudoColorRenderer,
    QgsTextBufferSettings,
    QgsTextFormat,
    QgsVectorLayerSimpleLabeling,
)
from qgis.PyQt.QtGui import QColor, QFont

REPO = Path(__file__).resolve().parents[1]
STYLES = REPO / "resources" / "styles"
sys.path.insert(0, str(REPO))

from ite_qgis.core.common.families import (  # noqa: E402
    FAMILY_COLOURS,
    LEGEND_ORDER,
    RESOURCE_FAMILIES,
    family_label,
)

# Family -> (colour, legend label), in catalogue order. The labels are the English legend (no
# translator is installed here); the plugin shows them in the interface language when it loads a
# style.
FAMILY_STYLES = {
    family: (FAMILY_COLOURS[family], family_label(family)) for family in RESOURCE_FAMILIES
}
__all__ = ["FAMILY_STYLES", "LEGEND_ORDER", "STYLES", "discrete_raster_style", "labels"]


def labels(
    expression: str, placement=QgsPalLayerSettings.Placement.OrderedPositionsAroundPoint
) -> QgsVectorLayerSimpleLabeling:
    """Labels from an expression: DejaVu Sans 8 pt with a white 0.8 mm buffer."""
    settings = QgsPalLayerSettings()
    settings.fieldName = expression
    settings.isExpression = True
    text = QgsTextFormat()
    text.setFont(QFont("DejaVu Sans"))
    text.setSize(8)
    buffer = QgsTextBufferSettings()
    buffer.setEnabled(True)
    buffer.setSize(0.8)
    buffer.setColor(QColor("white"))
    text.setBuffer(buffer)
    settings.setFormat(text)
    settings.placement = placement
    return QgsVectorLayerSimpleLabeling(settings)


def discrete_raster_style(layer, classes, maximum: float, opacity: float, name: str) -> None:
    """Save ``resources/styles/<name>.qml``: band 1 of the raster ``layer`` in discrete colour
    classes, ``classes`` being (upper bound, colour, label) rows, from 0 to ``maximum``."""
    ramp = QgsColorRampShader(0.0, maximum)
    ramp.setColorRampType(QgsColorRampShader.Type.Discrete)
    ramp.setColorRampItemList([
        QgsColorRampShader.ColorRampItem(bound, QColor(colour), label)
        for bound, colour, label in classes
    ])
    shader = QgsRasterShader()
    shader.setRasterShaderFunction(ramp)
    renderer = QgsSingleBandPseudoColorRenderer(layer.dataProvider(), 1, shader)
    renderer.setClassificationMin(0.0)
    renderer.setClassificationMax(maximum)
    layer.setRenderer(renderer)
    layer.setOpacity(opacity)
    layer.saveNamedStyle(str(STYLES / f"{name}.qml"))
