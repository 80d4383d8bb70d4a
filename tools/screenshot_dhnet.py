"""Render the district heating network of ite:dhnetwork on the topotherm district as the README
image.

    make build && tools/qgis-env run trixie env ITE_SHARED_DATA=/shared/data xvfb-run -a \
        python3 -P tools/screenshot_dhnet.py [docs/img/dh_network.png]

Runs the plugin headless as a user would: ite:dhnetwork on ../shared/data/topotherm_district
(streets, 200 buildings with their peak load ts_0 and full-load hours flh_0, one heat source),
with the default parameters. The outputs get the plugin's own styles (resources/styles:
DN classes as line widths) and a print layout (map, title, legend, scale bar, figures) is
exported to PNG.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "build"))
sys.path.insert(0, str(REPO / "tools"))
sys.path.append("/usr/share/qgis/python/plugins")

from figure_page import (  # noqa: E402
    add_label,
    add_legend,
    add_map,
    add_scale_bar,
    export_png,
    new_page,
    start_plugin,
)
from qgis.core import (  # noqa: E402
    QgsLineSymbol,
    QgsMarkerSymbol,
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsProject,
    QgsSingleSymbolRenderer,
    QgsUnitTypes,
    QgsVectorLayer,
)

CRS = "EPSG:25832"
WIDTH_MM, HEIGHT_MM, DPI = 240.0, 142.0, 110


def district() -> Path:
    for candidate in (os.environ.get("ITE_SHARED_DATA"), REPO.parent / "shared" / "data",
                      "/shared/data"):
        if candidate and (Path(candidate) / "topotherm_district").is_dir():
            return Path(candidate) / "topotherm_district"
    raise SystemExit("topotherm_district not found: set ITE_SHARED_DATA")


def simple(layer, name: str, symbol) -> QgsVectorLayer:
    assert layer.isValid(), name
    layer.setRenderer(QgsSingleSymbolRenderer(symbol))
    layer.setName(name)
    QgsProject.instance().addMapLayer(layer, False)
    return layer


def styled(path: Path, style: str, name: str) -> QgsVectorLayer:
    from ite_qgis import assets

    layer = QgsVectorLayer(str(path), name, "ogr")
    assert layer.isValid(), path
    message, ok = layer.loadNamedStyle(str(assets.style_path(style)))
    assert ok, message
    layer.setName(name)
    QgsProject.instance().addMapLayer(layer, False)
    return layer


def build_layers(folder: Path, data: Path):
    import processing

    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    outputs = {"NETWORK": folder / "network.gpkg", "SERVICES": folder / "services.gpkg",
               "SINK_STATUS": folder / "status.csv"}
    result = processing.run("ite:dhnetwork", {
        "SOURCES": str(data / "source.gpkg"), "SINKS": str(data / "sinks.gpkg"),
        "ROADS": str(data / "roads.gpkg"), "PEAK_KW_FIELD": "ts_0",
        "FULL_LOAD_HOURS_FIELD": "flh_0", **{k: str(v) for k, v in outputs.items()}},
        context=context, feedback=QgsProcessingFeedback())
    streets = simple(QgsVectorLayer(str(data / "roads.gpkg"), "streets", "ogr"), "Streets",
                     QgsLineSymbol.createSimple({"line_color": "#bdbdbd", "line_width": "0.5"}))
    sinks = simple(QgsVectorLayer(str(data / "sinks.gpkg"), "sinks", "ogr"),
                   "Buildings (200 sinks)", QgsMarkerSymbol.createSimple({
                       "name": "square", "color": "#4d4d4d", "size": "1.1",
                       "outline_style": "no"}))
    source = simple(QgsVectorLayer(str(data / "source.gpkg"), "source", "ogr"), "Heat source",
                    QgsMarkerSymbol.createSimple({"name": "star", "color": "#d7301f",
                                                  "size": "5", "outline_color": "#67000d"}))
    services = styled(outputs["SERVICES"], "dh_services", "Service pipes")
    network = styled(outputs["NETWORK"], "dh_network", "District heating network, by DN")
    return [source, sinks, network, services, streets], result


def note_text(result: dict) -> str:
    return (f"ite:dhnetwork with its defaults: {result['TRENCH_LENGTH_M']:,.0f} m of trench "
            f"(streets and service pipes), EUR {result['INVESTMENT_EUR'] / 1e6:.2f} million, "
            f"{result['DELIVERED_MWH_YR']:,.0f} MWh/yr delivered,\n"
            f"{result['HEAT_LOSS_MWH_YR']:,.0f} MWh/yr of heat losses, "
            f"{result['LINEAR_HEAT_DENSITY_MWH_M']:.2f} MWh/m per year, "
            f"{result['LCOH_EUR_MWH']:.1f} EUR/MWh levelised cost of distribution.\n"
            "Data: topotherm example district (ETRS89 / UTM 32N, EPSG:25832).")


def layout(layers: list, result: dict, output: Path) -> None:
    page = new_page(CRS, layers, WIDTH_MM, HEIGHT_MM)
    extent = layers[2].extent()
    extent.combineExtentWith(layers[0].extent())
    extent.combineExtentWith(layers[1].extent())
    extent.scale(1.12)
    map_item = add_map(page, CRS, layers, extent, (4, 14, 170, 112), "#fbfaf7")
    add_label(page, "A district heating network along the streets (ITE for QGIS)",
              (4, 2, 232, 10), 15, bold=True)
    legend = add_legend(page, map_item, 177, 14, symbol=(7,), wrap=False)
    legend.setLegendFilterByMapEnabled(True)  # only the DN classes the network has
    add_label(page, note_text(result), (4, 128, 232, 16), 7)
    add_scale_bar(page, map_item, 112, 116, QgsUnitTypes.DistanceMeters, "m", 100.0)
    export_png(page, output, DPI)


def main() -> int:
    output = Path(sys.argv[1]) if len(sys.argv) > 1 else REPO / "docs" / "img" / "dh_network.png"
    app, plugin = start_plugin()  # noqa: F841 (kept alive: the plugin owns the provider)
    with tempfile.TemporaryDirectory() as folder:
        layers, result = build_layers(Path(folder), district())
        layout(layers, result, output)
    print(output)
    app.exitQgis()
    return 0


if __name__ == "__main__":
    sys.exit(main())
