#!/usr/bin/env python3
"""Generate the default QML styles of ite:sitingpotential's outputs in resources/styles/.

Run inside a QGIS root: tools/qgis-env run trixie python3 tools/styles_siting.py
The QML files are committed; this script documents how they were made and remakes them.

* siting_benefit.qml: the net benefit raster (EUR/yr), classes by orders of magnitude (a cell
  with no supply in reach is transparent), yellow to dark green;
* siting_places.qml: the ranked places, the best in dark green with a bold outline, the next
  ones lighter, labelled with their rank and net benefit;
* siting_suppliers.qml: lines from the best place to its suppliers, width by net benefit on a
  log scale (as the synergy lines), labelled with the quantity.
"""

import sys
import tempfile
from pathlib import Path

import numpy as np
from osgeo import gdal
from qgis.core import (
    QgsApplication,
    QgsFillSymbol,
    QgsGraduatedSymbolRenderer,
    QgsLineSymbol,
    QgsPalLayerSettings,
    QgsProperty,
    QgsRasterLayer,
    QgsRendererRange,
    QgsSingleSymbolRenderer,
    QgsSymbolLayer,
    QgsVectorLayer,
)
from qgis.PyQt.QtGui import QColor
from style_common import STYLES, discrete_raster_style, labels

gdal.UseExceptions()  # a script of its own: GDAL errors raise

# Net benefit classes, EUR/yr (upper bound, colour, label): orders of magnitude, since a place
# next to a steelworks and one at the edge of every radius differ by several. Numbers are
# written with spaces as thousands separators, read alike in English and French.
BENEFIT_CLASSES = (
    (0.0, "#00ffffff", "0 (nothing in reach pays)"),
    (10_000.0, "#ffffcc", "up to 10 000 EUR/yr"),
    (100_000.0, "#c2e699", "10 000 - 100 000 EUR/yr"),
    (1_000_000.0, "#78c679", "100 000 - 1 000 000 EUR/yr"),
    (10_000_000.0, "#31a354", "1 - 10 million EUR/yr"),
    (float("inf"), "#006837", "10 million EUR/yr and more"),
)
# Ranks of the ranked places (lower, upper, fill, outline width mm, label).
RANK_CLASSES = (
    (0.5, 1.5, "#006837", 0.9, "1"),
    (1.5, 3.5, "#31a354", 0.5, "2 - 3"),
    (3.5, 10.5, "#a1d99b", 0.3, "4 - 10"),
    (10.5, 1.0e9, "#e5f5e0", 0.2, "11 and more"),
)
LOG_WIDTH = "scale_linear(log10(max(coalesce(\"net_benefit_eur_yr\", 0), 1)), 3, 8, 0.3, 2.4)"


def siting_benefit(folder: Path) -> None:
    path = folder / "benefit.tif"
    dataset = gdal.GetDriverByName("GTiff").Create(str(path), 4, 4, 1, gdal.GDT_Float32)
    dataset.SetGeoTransform((0.0, 100.0, 0.0, 400.0, 0.0, -100.0))
    dataset.GetRasterBand(1).WriteArray(np.logspace(0, 8, 16).reshape(4, 4))
    dataset = None
    layer = QgsRasterLayer(str(path), "benefit", "gdal")
    discrete_raster_style(layer, BENEFIT_CLASSES, 1.0e8, 0.8, "siting_benefit")


def siting_places() -> None:
    layer = QgsVectorLayer(
        "Polygon?field=rank:integer&field=net_benefit_eur_yr:double", "places", "memory")
    ranges = []
    for lower, upper, colour, width, label in RANK_CLASSES:
        fill = QColor(colour)
        symbol = QgsFillSymbol.createSimple({
            "color": f"{fill.red()},{fill.green()},{fill.blue()},170",
            "outline_color": "#00441b", "outline_width": str(width)})
        ranges.append(QgsRendererRange(lower, upper, symbol, label))
    layer.setRenderer(QgsGraduatedSymbolRenderer("rank", ranges))
    layer.setLabeling(labels(
        "if(\"rank\" <= 3, '#' || \"rank\" || ': ' || "
        "format_number(\"net_benefit_eur_yr\", 0) || ' EUR/yr', '')",
        QgsPalLayerSettings.Placement.OverPoint))
    layer.setLabelsEnabled(True)
    layer.saveNamedStyle(str(STYLES / "siting_places.qml"))


def siting_suppliers() -> None:
    layer = QgsVectorLayer(
        "LineString?field=net_benefit_eur_yr:double&field=quantity:double&field=unit:string",
        "suppliers", "memory")
    symbol = QgsLineSymbol.createSimple({
        "line_color": "#54278f", "line_width": "0.8", "capstyle": "round"})
    symbol.symbolLayer(0).setDataDefinedProperty(
        QgsSymbolLayer.Property.PropertyStrokeWidth, QgsProperty.fromExpression(LOG_WIDTH))
    layer.setRenderer(QgsSingleSymbolRenderer(symbol))
    layer.setLabeling(labels(
        "format_number(\"quantity\", 0) || ' ' || \"unit\"", QgsPalLayerSettings.Placement.Line))
    layer.setLabelsEnabled(True)
    layer.saveNamedStyle(str(STYLES / "siting_suppliers.qml"))


def main() -> int:
    app = QgsApplication([], False)
    app.initQgis()
    STYLES.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        siting_benefit(Path(folder))
    siting_places()
    siting_suppliers()
    app.exitQgis()
    for name in ("siting_benefit", "siting_places", "siting_suppliers"):
        print(STYLES / f"{name}.qml")
    return 0


if __name__ == "__main__":
    sys.exit(main())
