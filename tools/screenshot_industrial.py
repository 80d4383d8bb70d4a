"""Render the Brescia industrial sites and their waste-heat links as the README image.

    make build && tools/qgis-env run trixie xvfb-run -a python3 -P tools/screenshot_industrial.py \
        [docs/img/brescia_industrial.png]

Runs the plugin headless as a user would: ite:loadindustrialsites on the extent of the Hotmaps
Brescia heat density raster (../shared/data/hotmaps/brescia), ite:dhpotentialareas on that
raster, then ite:wasteheatdh from the sites' excess heat. The outputs get the plugin's own
styles and a print layout (map, title, legend, source note) is exported to PNG.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tools"))
from qgis.core import (  # noqa: E402
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsLayoutExporter,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemMap,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsLegendStyle,
    QgsMapLayerLegendUtils,
    QgsPrintLayout,
    QgsProject,
    QgsRasterLayer,
    QgsRectangle,
    QgsUnitTypes,
    QgsVectorLayer,
)
from qgis.PyQt.QtGui import QColor, QFont  # noqa: E402
from screenshot_dh import DPI, run, shrink, styled  # noqa: E402

LAEA = "EPSG:3035"
RASTER_EXTENT = QgsRectangle(4_308_100.0, 2_438_900.0, 4_438_200.0, 2_582_500.0)
WIDTH_MM, HEIGHT_MM = 240.0, 176.0


def shared_data() -> Path:
    for candidate in (os.environ.get("ITE_SHARED_DATA"), REPO.parent / "shared" / "data",
                      "/shared/data"):
        if candidate and Path(candidate).is_dir():
            return Path(candidate)
    raise SystemExit("../shared/data not found")


def build_layers(folder: Path) -> tuple[list, dict]:
    raster = shared_data() / "hotmaps" / "brescia" / "heat_tot_curr_density.tif"
    box = RASTER_EXTENT
    paths = {name: folder / f"{name.lower()}.gpkg" for name in ("SITES", "RESOURCES", "AREAS",
                                                                 "LINKS")}
    loaded = run("ite:loadindustrialsites", {
        "EXTENT": f"{box.xMinimum()},{box.xMaximum()},{box.yMinimum()},{box.yMaximum()} "
                  f"[{LAEA}]", "SITES": str(paths["SITES"]),
        "RESOURCES": str(paths["RESOURCES"]), "REJECTED": "memory:"})
    areas = run("ite:dhpotentialareas", {"INPUT": str(raster), "OUTPUT": str(paths["AREAS"])})
    links = run("ite:wasteheatdh", {
        "SOURCES": str(paths["SITES"]), "RESOURCES": str(paths["RESOURCES"]),
        "AREAS": str(paths["AREAS"]), "LINKS": str(paths["LINKS"]), "SUMMARY": "memory:"})
    heat = styled(QgsRasterLayer(str(raster), "heat"), "heat_density",
                  "Heat demand, MWh/ha (Hotmaps)")
    area_layer = styled(QgsVectorLayer(str(paths["AREAS"]), "areas", "ogr"), "dh_areas",
                        "DH potential areas, demand")
    link_layer = styled(QgsVectorLayer(str(paths["LINKS"]), "links", "ogr"), "dh_links",
                        "Waste-heat links, feasible")
    link_layer.setSubsetString('"feasible" = 1')
    link_layer.setLabelsEnabled(False)  # 128 cost labels would hide the sites
    sites = styled(QgsVectorLayer(str(paths["SITES"]), "sites", "ogr"), "industrial_sites",
                   "Hotmaps industrial sites|(size: CO2; red ring: excess heat)")
    sites.setLabelsEnabled(False)  # 85 long company names would cover the map
    figures = {"sites": loaded["SITE_COUNT"], "areas": areas["AREAS"],
               "feasible": links["FEASIBLE_LINKS"], "usable": links["USABLE_HEAT_MWH_YR"]}
    return [sites, link_layer, area_layer, heat], figures


def layout(layers: list, figures: dict, output: Path) -> None:
    project = QgsProject.instance()
    project.setCrs(QgsCoordinateReferenceSystem(LAEA))
    for layer in layers:
        project.layerTreeRoot().addLayer(layer)
    page_layout = QgsPrintLayout(project)
    page_layout.initializeDefaults()
    page_layout.pageCollection().page(0).setPageSize(
        QgsLayoutSize(WIDTH_MM, HEIGHT_MM, QgsUnitTypes.LayoutMillimeters))
    map_item = QgsLayoutItemMap(page_layout)
    map_item.attemptMove(QgsLayoutPoint(4, 16, QgsUnitTypes.LayoutMillimeters))
    map_item.attemptResize(QgsLayoutSize(150, 140, QgsUnitTypes.LayoutMillimeters))
    map_item.setCrs(QgsCoordinateReferenceSystem(LAEA))
    map_item.setLayers(layers)
    map_item.zoomToExtent(RASTER_EXTENT)
    map_item.setFrameEnabled(True)
    map_item.setBackgroundColor(QColor("#f4f4f0"))
    page_layout.addLayoutItem(map_item)
    title = QgsLayoutItemLabel(page_layout)
    title.setText("Brescia: Hotmaps industrial sites and their waste heat (ITE for QGIS)")
    title.setFont(QFont("DejaVu Sans", 14, QFont.Bold))
    title.attemptMove(QgsLayoutPoint(4, 3, QgsUnitTypes.LayoutMillimeters))
    title.attemptResize(QgsLayoutSize(232, 10, QgsUnitTypes.LayoutMillimeters))
    page_layout.addLayoutItem(title)
    legend = QgsLayoutItemLegend(page_layout)
    legend.setLinkedMap(map_item)
    legend.setTitle("")
    legend.setStyleFont(QgsLegendStyle.Subgroup, QFont("DejaVu Sans", 8, QFont.Bold))
    legend.setStyleFont(QgsLegendStyle.SymbolLabel, QFont("DejaVu Sans", 7))
    legend.setWrapString("|")
    legend.attemptMove(QgsLayoutPoint(157, 16, QgsUnitTypes.LayoutMillimeters))
    legend.setResizeToContents(True)
    page_layout.addLayoutItem(legend)
    legend.setAutoUpdateModel(False)
    model = legend.model()
    for node in model.rootGroup().findLayers():
        count = len(model.layerLegendNodes(node))
        if node.layer() is layers[3]:
            QgsMapLayerLegendUtils.setLegendNodeOrder(node, list(range(2, count)))
        elif node.layer() is layers[1]:
            QgsMapLayerLegendUtils.setLegendNodeOrder(node, [0])
        else:
            continue
        model.refreshLayerLegend(node)
    legend.adjustBoxSize()
    note = QgsLayoutItemLabel(page_layout)
    note.setText(
        f"ite:loadindustrialsites on the raster's extent: {figures['sites']} sites; "
        f"ite:dhpotentialareas: {figures['areas']} areas;\nite:wasteheatdh: "
        f"{figures['feasible']} feasible links, {figures['usable'] / 1000:,.0f} GWh/yr usable.\n"
        "Industrial sites: Hotmaps industrial database, Manz & Fleiter, CC BY 4.0.\n"
        "Heat demand: Hotmaps excess-heat module test data (Apache-2.0). LAEA Europe "
        "(EPSG:3035).")
    note.setFont(QFont("DejaVu Sans", 7))
    note.attemptMove(QgsLayoutPoint(4, 158, QgsUnitTypes.LayoutMillimeters))
    note.attemptResize(QgsLayoutSize(150, 16, QgsUnitTypes.LayoutMillimeters))
    page_layout.addLayoutItem(note)
    exporter = QgsLayoutExporter(page_layout)
    settings = QgsLayoutExporter.ImageExportSettings()
    settings.dpi = DPI
    result = exporter.exportToImage(str(output), settings)
    assert result == QgsLayoutExporter.Success, result


def main() -> int:
    output = Path(sys.argv[1]) if len(sys.argv) > 1 else REPO / "docs/img/brescia_industrial.png"
    app = QgsApplication([], True)
    app.initQgis()
    from processing.core.Processing import Processing

    Processing.initialize()
    import ite_qgis

    plugin = ite_qgis.classFactory(None)  # kept alive: it owns the Processing provider
    plugin.initProcessing()
    with tempfile.TemporaryDirectory() as tmp:
        layers, figures = build_layers(Path(tmp))
        layout(layers, figures, output)
        QgsProject.instance().clear()
    shrink(output)
    print(f"{output}: {output.stat().st_size / 1024:.0f} KB; {figures}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
