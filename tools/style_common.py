"""What the style generators (tools/styles_*.py) share: where the styles go, the look of their
labels, and the resource family colours, which are the plugin's own (core/flows/flowlines.py) so that
the map styles, the flow maps and the Sankey diagram agree."""

import sys
from pathlib import Path

from qgis.core import (
    QgsPalLayerSettings,
    QgsTextBufferSettings,
    QgsTextFormat,
    QgsVectorLayerSimpleLabeling,
)
from qgis.PyQt.QtGui import QColor, QFont

REPO = Path(__file__).resolve().parents[1]
STYLES = REPO / "resources" / "styles"
sys.path.insert(0, str(REPO))

from ite_qgis.core.flows.flowlines import FAMILY_COLOURS  # noqa: E402

# Family -> (colour, legend label), in legend order. The labels are the English legend; the
# plugin shows them in the interface language when it loads a style.
FAMILY_LABELS = {
    "material": "Materials",
    "heat": "Heat",
    "steam": "Steam",
    "water": "Water",
    "gas": "Gases",
    "electricity": "Electricity",
    "service": "Services",
}
FAMILIES = {family: (FAMILY_COLOURS[family], label) for family, label in FAMILY_LABELS.items()}


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
