#!/usr/bin/env python3
"""Generate the default QML style of the flow map (ite:flowmap) in resources/styles/.

Run inside a QGIS root: tools/qgis-env run trixie python3 tools/styles_maps.py
The QML file is committed; this script documents how it was made and remakes it.

flowmap.qml: a rule-based renderer, one rule per resource family with the colours of
synergies.qml; each line's width (mm) is the field ``width_mm`` (proportional to the quantity
within its unit family), with an arrowhead at the receiving site; largest flows drawn
first. ite:flowmap adds, when the layer is loaded, legend keys of a few widths labelled in t/yr
and GWh/yr (the scale depends on the run); the ``size_class`` and ``quantity_label`` fields
give the same figures for labels and tables.
"""

import sys

from qgis.core import (
    Qgis,
    QgsApplication,
    QgsFeatureRequest,
    QgsLineSymbol,
    QgsMarkerLineSymbolLayer,
    QgsMarkerSymbol,
    QgsProperty,
    QgsRuleBasedRenderer,
    QgsSimpleLineSymbolLayer,
    QgsSimpleMarkerSymbolLayer,
    QgsSymbolLayer,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QColor
from style_common import FAMILY_STYLES, LEGEND_ORDER, STYLES

WIDTH = 'coalesce("width_mm", 0.4)'


def arrow_symbol(colour: str) -> QgsLineSymbol:
    """A line of width ``width_mm`` with an arrowhead at its last vertex (the receiver).

    A plain line plus a marker keeps the curve of the arcs (an arrow symbol layer would draw
    a straight arrow from the first to the last vertex)."""
    line = QgsSimpleLineSymbolLayer(QColor(colour), 0.6)
    line.setPenCapStyle(Qt.PenCapStyle.FlatCap)
    line.setPenJoinStyle(Qt.PenJoinStyle.RoundJoin)
    line.setDataDefinedProperty(
        QgsSymbolLayer.Property.StrokeWidth, QgsProperty.fromExpression(WIDTH)
    )
    head = QgsSimpleMarkerSymbolLayer(Qgis.MarkerShape.ArrowHeadFilled, 3.0)
    head.setColor(QColor(colour))
    head.setStrokeColor(QColor("#ffffff"))
    head.setStrokeWidth(0.15)
    # The head grows with the line but stays readable on thin ones.
    head.setDataDefinedProperty(
        QgsSymbolLayer.Property.Size, QgsProperty.fromExpression(f"max(2.6, 2.2 * {WIDTH})")
    )
    marker = QgsMarkerSymbol()
    marker.changeSymbolLayer(0, head)
    heads = QgsMarkerLineSymbolLayer(True)
    heads.setPlacements(Qgis.MarkerLinePlacement.LastVertex)
    heads.setSubSymbol(marker)
    symbol = QgsLineSymbol()
    symbol.changeSymbolLayer(0, line)
    symbol.appendSymbolLayer(heads)
    symbol.setOpacity(0.85)
    return symbol


def flowmap() -> None:
    layer = QgsVectorLayer(
        "LineString?field=family:string&field=width_mm:double&field=quantity_norm:double",
        "flowmap",
        "memory",
    )
    root = QgsRuleBasedRenderer.Rule(None)
    for value in LEGEND_ORDER:
        colour, label = FAMILY_STYLES[value]
        root.appendChild(
            QgsRuleBasedRenderer.Rule(arrow_symbol(colour), 0, 0, f"\"family\" = '{value}'", label)
        )
    other = QgsRuleBasedRenderer.Rule(arrow_symbol("#9e9e9e"), 0, 0, "", "Other")
    other.setIsElse(True)
    root.appendChild(other)
    renderer = QgsRuleBasedRenderer(root)
    # Thick lines first, thin ones on top.
    renderer.setOrderBy(
        QgsFeatureRequest.OrderBy([QgsFeatureRequest.OrderByClause('"width_mm"', False)])
    )
    renderer.setOrderByEnabled(True)
    layer.setRenderer(renderer)
    layer.saveNamedStyle(str(STYLES / "flowmap.qml"))


if __name__ == "__main__":
    app = QgsApplication([], False)
    app.initQgis()
    STYLES.mkdir(parents=True, exist_ok=True)
    flowmap()
    print("wrote flowmap.qml")
    sys.exit(0)
