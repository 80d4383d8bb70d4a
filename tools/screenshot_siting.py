"""Render the siting potential of a planned cement grinding plant in Dunkirk as the README image.

    make build && tools/qgis-env run trixie xvfb-run -a python3 -P tools/screenshot_siting.py \
        [docs/img/dunkirk_siting.png]

Runs the plugin headless on the embedded Dunkirk sample, as a user would in QGIS:
ite:sampleterritory, then ite:sitingpotential for a plant that needs 500,000 t/yr of slag
(ewc:100202) bought today at EUR 30/t, on a grid of 250 m cells. The outputs get the plugin's own
styles (resources/styles) and a print layout (map, title, legend, source note) is exported to
PNG.
"""

from __future__ import annotations

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
    QgsUnitTypes,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
)
from qgis.PyQt.QtGui import QColor, QFont  # noqa: E402
from screenshot_dh import DPI, L93, run, shrink, styled  # noqa: E402
from style_common import labels  # noqa: E402

WIDTH_MM, HEIGHT_MM = 240.0, 150.0
NEEDS = "ewc:100202=500000 t/yr @ 30"
# The sites the map is about: the slag sources and today's slag grinders.
NAMED = ("DK01", "DK06", "DK07", "DK18")


def _positive_range(layer) -> tuple[float, float]:
    """The smallest and largest positive values of the raster, as the algorithm classes them."""
    from ite_qgis.qgis_bridge.rasters import read_raster

    values = read_raster(layer.source())[0]
    return float(values[values > 0].min()), float(values.max())


def build_layers(folder: Path) -> tuple[list, dict]:
    from ite_qgis.qgis_bridge.raster_classes import classes_to_data

    territory = folder / "dunkirk.gpkg"
    run("ite:sampleterritory", {"CRS": L93, "OUTPUT": str(territory)})
    paths = {name: folder / file for name, file in (
        ("NET_BENEFIT", "benefit.tif"), ("PLACES", "places.gpkg"),
        ("SUPPLIERS", "suppliers.gpkg"))}
    result = run("ite:sitingpotential", {
        "SITES": f"{territory}|layername=sites", "RESOURCES": f"{territory}|layername=resources",
        "NEEDS": NEEDS, "CELL_SIZE": 250, **{k: str(v) for k, v in paths.items()}})
    benefit = styled(QgsRasterLayer(str(paths["NET_BENEFIT"]), "benefit"), "siting_benefit",
                     "Net benefit of the plant in|each 250 m cell")
    classes_to_data(benefit, *_positive_range(benefit))
    places = styled(QgsVectorLayer(str(paths["PLACES"]), "places", "ogr"), "siting_places",
                    "Ten best cells, by rank")
    suppliers = styled(QgsVectorLayer(str(paths["SUPPLIERS"]), "suppliers", "ogr"),
                       "siting_suppliers", "Slag feeding the best cell")
    sites = styled(QgsVectorLayer(f"{territory}|layername=sites", "sites", "ogr"), "sites",
                   "Industrial sites")
    quoted = ", ".join(f"'{site}'" for site in NAMED)
    settings = labels(f'if("site_id" IN ({quoted}), "name", \'\')').settings()
    settings.dist = 1.0
    sites.setLabeling(QgsVectorLayerSimpleLabeling(settings))
    sites.setLabelsEnabled(True)
    best = next(QgsVectorLayer(str(paths["PLACES"]), "p", "ogr").getFeatures())
    figures = {"best": result["BEST_PLACE"], "eur": result["BEST_NET_BENEFIT_EUR_YR"],
               "supplies": best["top_supplies"]}
    return [sites, suppliers, places, benefit], figures


def layout(layers: list, figures: dict, output: Path) -> None:
    output.parent.mkdir(parents=True, exist_ok=True)
    project = QgsProject.instance()
    project.setCrs(QgsCoordinateReferenceSystem(L93))
    for layer in layers:
        project.layerTreeRoot().addLayer(layer)
    page = QgsPrintLayout(project)
    page.initializeDefaults()
    page.pageCollection().page(0).setPageSize(
        QgsLayoutSize(WIDTH_MM, HEIGHT_MM, QgsUnitTypes.LayoutMillimeters))
    map_item = QgsLayoutItemMap(page)
    map_item.attemptMove(QgsLayoutPoint(4, 16, QgsUnitTypes.LayoutMillimeters))
    map_item.attemptResize(QgsLayoutSize(160, 110, QgsUnitTypes.LayoutMillimeters))
    map_item.setCrs(QgsCoordinateReferenceSystem(L93))
    map_item.setLayers(layers)
    map_item.zoomToExtent(layers[3].extent())
    map_item.setFrameEnabled(True)
    map_item.setBackgroundColor(QColor("#f4f4f0"))
    page.addLayoutItem(map_item)
    title = QgsLayoutItemLabel(page)
    title.setText("Dunkirk: where would a new slag grinding plant do best? (ITE for QGIS)")
    title.setFont(QFont("DejaVu Sans", 14, QFont.Bold))
    title.attemptMove(QgsLayoutPoint(4, 3, QgsUnitTypes.LayoutMillimeters))
    title.attemptResize(QgsLayoutSize(232, 10, QgsUnitTypes.LayoutMillimeters))
    page.addLayoutItem(title)
    legend = QgsLayoutItemLegend(page)
    legend.setLinkedMap(map_item)
    legend.setTitle("")
    legend.setStyleFont(QgsLegendStyle.Subgroup, QFont("DejaVu Sans", 8, QFont.Bold))
    legend.setStyleFont(QgsLegendStyle.SymbolLabel, QFont("DejaVu Sans", 7))
    legend.setWrapString("|")
    legend.attemptMove(QgsLayoutPoint(167, 16, QgsUnitTypes.LayoutMillimeters))
    legend.setResizeToContents(True)
    page.addLayoutItem(legend)
    legend.setAutoUpdateModel(False)
    model = legend.model()
    for node in model.rootGroup().findLayers():
        if node.layer() is layers[3]:  # no "Band 1 (Gray)" line above the classes
            count = len(model.layerLegendNodes(node))
            QgsMapLayerLegendUtils.setLegendNodeOrder(node, list(range(1, count)))
            model.refreshLayerLegend(node)
    legend.adjustBoxSize()
    note = QgsLayoutItemLabel(page)
    note.setText(
        f"ite:sitingpotential, needs {NEEDS.replace('@ 30', 'bought at EUR 30/t')}: best cell "
        f"{figures['best']}, {figures['eur'] / 1e6:,.1f} million EUR/yr net;\n"
        f"fed by {figures['supplies']}.\n"
        "Economics and radii of ite:findsynergies (road EUR 0.065/t-km, empty return). "
        "Embedded Dunkirk sample; Lambert-93.")
    note.setFont(QFont("DejaVu Sans", 7))
    note.attemptMove(QgsLayoutPoint(4, 129, QgsUnitTypes.LayoutMillimeters))
    note.attemptResize(QgsLayoutSize(232, 18, QgsUnitTypes.LayoutMillimeters))
    page.addLayoutItem(note)
    exporter = QgsLayoutExporter(page)
    settings = QgsLayoutExporter.ImageExportSettings()
    settings.dpi = DPI
    status = exporter.exportToImage(str(output), settings)
    assert status == QgsLayoutExporter.Success, status


def main() -> int:
    output = Path(sys.argv[1]) if len(sys.argv) > 1 else REPO / "docs/img/dunkirk_siting.png"
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
