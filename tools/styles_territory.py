#!/usr/bin/env python3
"""Generate the default QML styles of the territory layers (sites, flows) in resources/styles/.

Run inside a QGIS root: tools/qgis-env run trixie python3 tools/styles_territory.py
The QML files are committed; this script documents how they were made and remakes them.
"""

import sys

from qgis.core import (
    QgsApplication,
    QgsArrowSymbolLayer,
    QgsCategorizedSymbolRenderer,
    QgsFillSymbol,
    QgsLineSymbol,
    QgsMarkerSymbol,
    QgsProperty,
    QgsRendererCategory,
    QgsSymbolLayer,
    QgsVectorLayer,
)
from style_common import STYLES, labels

# Site status -> (fill colour, outline colour): existing sites solid, planned blue, candidates
# hollow so a map reader tells at a glance what exists today.
SITE_STATUS = {
    "existing": ("#37474f", "#ffffff", "Existing site"),
    "planned": ("#1e88e5", "#ffffff", "Planned site"),
    "candidate": ("#ffffff", "#ef6c00", "Candidate site"),
}
FLOW_STATUS = {
    "existing": ("#2e7d32", "Existing flow"),
    "planned": ("#1e88e5", "Planned flow"),
    "candidate": ("#ef6c00", "Candidate flow"),
    "rejected": ("#9e9e9e", "Rejected flow"),
}


def sites() -> None:
    layer = QgsVectorLayer(
        "Point?field=status:string&field=name:string&field=confidential:integer", "sites", "memory"
    )
    categories = []
    for value, (fill, outline, label) in SITE_STATUS.items():
        symbol = QgsMarkerSymbol.createSimple(
            {
                "name": "square",
                "color": fill,
                "outline_color": outline,
                "outline_width": "0.4",
                "size": "3.2",
            }
        )
        categories.append(QgsRendererCategory(value, symbol, label))
    layer.setRenderer(QgsCategorizedSymbolRenderer("status", categories))
    # Confidential sites keep their marker but not their name on the map.
    layer.setLabeling(labels('if("confidential" = 1, \'\', "name")'))
    layer.setLabelsEnabled(True)
    layer.saveNamedStyle(str(STYLES / "sites.qml"))


# Hotmaps sub-sector -> colour (ite:loadindustrialsites): metals in greys and blues, minerals
# in earth tones, chemistry and refining in purples, paper in green.
SUBSECTORS = {
    "Iron and steel": "#455a64",
    "Non-ferrous metals": "#4fc3f7",
    "Cement": "#8d6e63",
    "Non-metallic mineral products": "#d7ccc8",
    "Glass": "#26a69a",
    "Chemical industry": "#ab47bc",
    "Refineries": "#6a1b9a",
    "Paper and printing": "#7cb342",
    "Other non-classified": "#bdbdbd",
}


def industrial_sites() -> None:
    """Circles coloured by sub-sector, sized by CO2 (square root: area reads as tonnes), with a
    red ring where the database gives excess heat."""
    layer = QgsVectorLayer(
        "Point?field=subsector:string&field=co2_t_yr:double&field=excess_heat_mwh_yr:double",
        "industrial_sites", "memory")
    categories = []
    for value, colour in SUBSECTORS.items():
        symbol = QgsMarkerSymbol.createSimple(
            {"name": "circle", "color": colour, "outline_color": "#ffffff",
             "outline_width": "0.3", "size": "2"})
        marker = symbol.symbolLayer(0)
        marker.setDataDefinedProperty(
            QgsSymbolLayer.Property.PropertySize,
            QgsProperty.fromExpression(
                'coalesce(scale_exp("co2_t_yr", 0, 5000000, 1.6, 9, 0.5), 1.6)'))
        marker.setDataDefinedProperty(
            QgsSymbolLayer.Property.PropertyStrokeColor,
            QgsProperty.fromExpression(
                "if(\"excess_heat_mwh_yr\" > 0, '#e53935', '#ffffff')"))
        marker.setDataDefinedProperty(
            QgsSymbolLayer.Property.PropertyStrokeWidth,
            QgsProperty.fromExpression('if("excess_heat_mwh_yr" > 0, 0.7, 0.3)'))
        categories.append(QgsRendererCategory(value, symbol, value))
    renderer = QgsCategorizedSymbolRenderer("subsector", categories)
    layer.setRenderer(renderer)
    layer.saveNamedStyle(str(STYLES / "industrial_sites.qml"))


def flows() -> None:
    layer = QgsVectorLayer(
        "LineString?field=status:string&field=quantity:double", "flows", "memory"
    )
    categories = []
    for value, (colour, label) in FLOW_STATUS.items():
        arrow = QgsArrowSymbolLayer()
        arrow.setIsCurved(True)
        arrow.setArrowWidth(0.8)
        arrow.setArrowStartWidth(0.8)
        arrow.setHeadLength(2.5)
        arrow.setHeadThickness(1.8)
        fill = QgsFillSymbol.createSimple({"color": colour, "outline_style": "no"})
        arrow.setSubSymbol(fill)
        symbol = QgsLineSymbol()
        symbol.changeSymbolLayer(0, arrow)
        categories.append(QgsRendererCategory(value, symbol, label))
    layer.setRenderer(QgsCategorizedSymbolRenderer("status", categories))
    layer.saveNamedStyle(str(STYLES / "flows.qml"))


if __name__ == "__main__":
    app = QgsApplication([], False)
    app.initQgis()
    STYLES.mkdir(parents=True, exist_ok=True)
    sites()
    industrial_sites()
    flows()
    print("wrote", *sorted(p.name for p in STYLES.glob("*.qml")))
    sys.exit(0)
