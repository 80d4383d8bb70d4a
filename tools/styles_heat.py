#!/usr/bin/env python3
"""Generate the default QML styles of the heat outputs in resources/styles/.

* heat_density.qml: the density raster of ite:heatdensitygrid (MWh/ha, discrete classes with
  the Hotmaps 333 MWh/ha threshold as a class break; empty cells transparent);
* dh_areas.qml: the areas of ite:dhpotentialareas, graduated on their demand in GWh/yr;
* dh_links.qml: the links of ite:wasteheatdh, feasible ones bold, the others thin and dashed;
* dh_network.qml: the pipes of ite:dhnetwork, DN classes drawn as widths;
* dh_services.qml: the service pipes of ite:dhnetwork, thin and grey.

Run inside a QGIS root:
tools/qgis-env run trixie env PYTHONPATH=/src/build python3 tools/styles_heat.py
The QML files are committed; this script documents how they were made and remakes them.
"""

import sys
import tempfile
from pathlib import Path

import numpy as np
from osgeo import gdal
from qgis.core import (
    QgsApplication,
    QgsCategorizedSymbolRenderer,
    QgsFillSymbol,
    QgsGraduatedSymbolRenderer,
    QgsLineSymbol,
    QgsPalLayerSettings,
    QgsRasterLayer,
    QgsRendererCategory,
    QgsRendererRange,
    QgsSingleSymbolRenderer,
    QgsVectorLayer,
)
from qgis.PyQt.QtGui import QColor
from style_common import STYLES, discrete_raster_style, labels

gdal.UseExceptions()  # a script of its own: GDAL errors raise

# Density classes, MWh/ha (upper bound, colour, label). 333 is the Hotmaps DH cell threshold, so
# cells worth a network stand out in the warm colours.
DENSITY_CLASSES = (
    # Transparent. Qt reads 8-digit colours as #AARRGGBB: "#00ffffff", not "#ffffff00" (which
    # is opaque yellow).
    (0.0, "#00ffffff", "0 (no demand)"),
    (50.0, "#ffffcc", "up to 50"),
    (150.0, "#fed976", "50 - 150"),
    (333.0, "#fd8d3c", "150 - 333"),
    (600.0, "#e31a1c", "333 - 600 (DH potential)"),
    (float("inf"), "#800026", "600 and more"),
)
# Area demand classes, GWh/yr (lower, upper, colour): 30 GWh/yr is the Hotmaps area threshold.
# Blue-purple (ColorBrewer BuPu), light fill and a strong outline: the areas are drawn over the
# yellow-to-red density raster and must not blend into it.
AREA_CLASSES = (
    (0.0, 50.0, "#bfd3e6"),
    (50.0, 100.0, "#9ebcda"),
    (100.0, 250.0, "#8c96c6"),
    (250.0, 500.0, "#8856a7"),
    (500.0, 1.0e9, "#810f7c"),
)


def heat_density(folder: Path) -> None:
    path = folder / "density.tif"
    dataset = gdal.GetDriverByName("GTiff").Create(str(path), 4, 4, 1, gdal.GDT_Float64)
    dataset.SetGeoTransform((0.0, 100.0, 0.0, 400.0, 0.0, -100.0))
    dataset.GetRasterBand(1).SetNoDataValue(-9999.0)
    dataset.GetRasterBand(1).WriteArray(np.linspace(0.0, 900.0, 16).reshape(4, 4))
    dataset = None
    layer = QgsRasterLayer(str(path), "density", "gdal")
    discrete_raster_style(layer, DENSITY_CLASSES, 1000.0, 0.85, "heat_density")


def dh_areas() -> None:
    layer = QgsVectorLayer(
        "MultiPolygon?field=area_id:integer&field=demand_with_closing_gwh_yr:double", "areas",
        "memory")
    ranges = []
    for lower, upper, colour in AREA_CLASSES:
        fill = QColor(colour)
        symbol = QgsFillSymbol.createSimple({
            # alpha 90 of 255: the density stays visible under the area
            "color": f"{fill.red()},{fill.green()},{fill.blue()},90", "outline_color": "#4d004b",
            "outline_width": "0.7"})
        label = (f"{lower:g} - {upper:g} GWh/yr" if upper < 1e9 else f"{lower:g} GWh/yr and more")
        ranges.append(QgsRendererRange(lower, upper, symbol, label))
    layer.setRenderer(QgsGraduatedSymbolRenderer("demand_with_closing_gwh_yr", ranges))
    layer.setLabeling(labels(
        "format_number(\"demand_with_closing_gwh_yr\", 0) || ' GWh/yr'",
        QgsPalLayerSettings.Placement.OverPoint))
    layer.setLabelsEnabled(True)
    layer.saveNamedStyle(str(STYLES / "dh_areas.qml"))


def dh_links() -> None:
    layer = QgsVectorLayer(
        "LineString?field=feasible:integer&field=lcoh_transmission_eur_mwh:double", "links",
        "memory")
    # Dark blue: it stands out on the yellow-to-red density raster and the purple areas.
    feasible = QgsLineSymbol.createSimple({
        "line_color": "#08519c", "line_width": "1.1", "capstyle": "round"})
    other = QgsLineSymbol.createSimple({
        "line_color": "#636363", "line_width": "0.35", "line_style": "dash"})
    layer.setRenderer(QgsCategorizedSymbolRenderer("feasible", [
        QgsRendererCategory(1, feasible, "Feasible (cost at or below the ceiling)"),
        QgsRendererCategory(0, other, "Not feasible (too costly)"),
    ]))
    layer.setLabeling(labels(
        "if(\"feasible\" = 1, format_number(\"lcoh_transmission_eur_mwh\", 1) || ' EUR/MWh', '')",
        QgsPalLayerSettings.Placement.Line))
    layer.setLabelsEnabled(True)
    layer.saveNamedStyle(str(STYLES / "dh_links.qml"))


# DN classes of ite:dhnetwork (lower DN, upper DN, width mm). DN 0 marks loads beyond DN 600
# (parallel pipes), drawn widest. Labels are DN numbers: the same in every language.
DN_CLASSES = ((20, 40, 0.45), (50, 80, 0.8), (100, 150, 1.3), (200, 300, 1.9), (350, 600, 2.6))
NETWORK_COLOUR = "#b2182b"  # dark red: hot water, and it stands out on a grey base map


def dh_network() -> None:
    layer = QgsVectorLayer("LineString?field=dn:integer", "network", "memory")
    ranges = []
    for lower, upper, width in DN_CLASSES:
        symbol = QgsLineSymbol.createSimple({
            "line_color": NETWORK_COLOUR, "line_width": str(width), "capstyle": "round",
            "joinstyle": "round"})
        label = f"DN {lower}" if lower == upper else f"DN {lower} - {upper}"
        ranges.append(QgsRendererRange(lower - 0.5, upper + 0.5, symbol, label))
    beyond = QgsLineSymbol.createSimple({
        "line_color": "#67001f", "line_width": "3.2", "capstyle": "round"})
    ranges.append(QgsRendererRange(-0.5, 0.5, beyond, "> DN 600"))
    layer.setRenderer(QgsGraduatedSymbolRenderer("dn", ranges))
    layer.saveNamedStyle(str(STYLES / "dh_network.qml"))


def dh_services() -> None:
    layer = QgsVectorLayer("LineString?field=dn:integer", "services", "memory")
    symbol = QgsLineSymbol.createSimple({
        "line_color": "#f4a582", "line_width": "0.25", "capstyle": "round"})
    layer.setRenderer(QgsSingleSymbolRenderer(symbol))
    layer.saveNamedStyle(str(STYLES / "dh_services.qml"))


def main() -> int:
    app = QgsApplication([], False)
    app.initQgis()
    STYLES.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        heat_density(Path(folder))
    dh_areas()
    dh_links()
    dh_network()
    dh_services()
    app.exitQgis()
    for name in ("heat_density", "dh_areas", "dh_links", "dh_network", "dh_services"):
        print(STYLES / f"{name}.qml")
    return 0


if __name__ == "__main__":
    sys.exit(main())
