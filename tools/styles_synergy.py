#!/usr/bin/env python3
"""Generate the default QML styles of the synergy outputs in resources/styles/.

Run inside a QGIS root: tools/qgis-env run trixie python3 tools/styles_synergy.py
The QML files are committed; this script documents how they were made and remakes them.

* synergies.qml: candidate lines, colour by resource family, width by net benefit (log scale),
  dashed for knowledge-based (inferred_sector) candidates, best candidates drawn on top;
* synergies_allocated.qml: the same colours, width by allocated benefit;
* pooling_clusters.qml: hubs, colour by direction, size by the number of member sites.
"""

import sys
from pathlib import Path

from qgis.core import (
    QgsApplication,
    QgsCategorizedSymbolRenderer,
    QgsFeatureRequest,
    QgsLineSymbol,
    QgsMarkerSymbol,
    QgsProperty,
    QgsRendererCategory,
    QgsSymbolLayer,
    QgsVectorLayer,
)
from style_common import FAMILY_STYLES, STYLES, labels

# Width in mm from a yearly amount in EUR: 0.3 mm at EUR 1,000/yr or less, 2.4 mm at EUR 100
# million/yr or more, linear in the logarithm in between (benefits span several orders of
# magnitude between a skip of cardboard and a heat main).
LOG_WIDTH = "scale_linear(log10(max(coalesce(\"{field}\", 0), 1)), 3, 8, 0.3, 2.4)"
DASHED = "if(\"match_kind\" = 'inferred_sector', 'dash', 'solid')"


def _lines(path: Path, width_field: str, extra_fields: str = "") -> None:
    layer = QgsVectorLayer(
        "LineString?field=family:string&field=match_kind:string&field=rank:integer"
        f"&field={width_field}:double{extra_fields}",
        path.stem,
        "memory",
    )
    categories = []
    for value, (colour, label) in FAMILY_STYLES.items():
        symbol = QgsLineSymbol.createSimple(
            {"line_color": colour, "line_width": "0.6", "capstyle": "round"}
        )
        line = symbol.symbolLayer(0)
        line.setDataDefinedProperty(
            QgsSymbolLayer.Property.StrokeWidth,
            QgsProperty.fromExpression(LOG_WIDTH.format(field=width_field)),
        )
        line.setDataDefinedProperty(
            QgsSymbolLayer.Property.StrokeStyle, QgsProperty.fromExpression(DASHED)
        )
        categories.append(QgsRendererCategory(value, symbol, label))
    renderer = QgsCategorizedSymbolRenderer("family", categories)
    # Best candidates (rank 1) drawn last, on top of the others.
    renderer.setOrderBy(
        QgsFeatureRequest.OrderBy([QgsFeatureRequest.OrderByClause('"rank"', False)])
    )
    renderer.setOrderByEnabled(True)
    layer.setRenderer(renderer)
    layer.saveNamedStyle(str(path))


def synergies() -> None:
    _lines(STYLES / "synergies.qml", "net_benefit_eur_yr")


def synergies_allocated() -> None:
    _lines(STYLES / "synergies_allocated.qml", "allocated_benefit_eur_yr")


def pooling_clusters() -> None:
    layer = QgsVectorLayer(
        "Point?field=direction:string&field=n_sites:integer&field=resource:string",
        "pooling_clusters",
        "memory",
    )
    categories = []
    for value, colour, label in (
        ("supply", "#ef6c00", "Shared collection (same waste)"),
        ("demand", "#3949ab", "Shared purchase or equipment (same need)"),
    ):
        symbol = QgsMarkerSymbol.createSimple(
            {"name": "star", "color": colour, "outline_color": "#ffffff", "outline_width": "0.3"}
        )
        # 4 mm for two sites, growing with the square root so the area follows the count.
        symbol.symbolLayer(0).setDataDefinedProperty(
            QgsSymbolLayer.Property.Size,
            QgsProperty.fromExpression('2.8 * sqrt(coalesce("n_sites", 2))'),
        )
        categories.append(QgsRendererCategory(value, symbol, label))
    layer.setRenderer(QgsCategorizedSymbolRenderer("direction", categories))
    layer.setLabeling(labels("\"resource\" || ' (' || \"n_sites\" || ')'"))
    layer.setLabelsEnabled(True)
    layer.saveNamedStyle(str(STYLES / "pooling_clusters.qml"))


if __name__ == "__main__":
    app = QgsApplication([], False)
    app.initQgis()
    STYLES.mkdir(parents=True, exist_ok=True)
    synergies()
    synergies_allocated()
    pooling_clusters()
    print("wrote synergies.qml synergies_allocated.qml pooling_clusters.qml")
    sys.exit(0)
