"""What the README map figures share (tools/screenshot_dh.py, screenshot_dhnet.py,
screenshot_industrial.py, screenshot_siting.py): the plugin started headless, and one print
layout page with a map, a title, a legend, a source note and an optional scale bar, exported to
PNG. Each script keeps what is its own: the layers, the texts and where things go (mm)."""

from __future__ import annotations

from pathlib import Path

from qgis.core import (
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsLayoutExporter,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemMap,
    QgsLayoutItemScaleBar,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsLegendStyle,
    QgsMapLayerLegendUtils,
    QgsPrintLayout,
    QgsProject,
    QgsUnitTypes,
)
from qgis.PyQt.QtGui import QColor, QFont

MM = QgsUnitTypes.LayoutMillimeters


def start_plugin():
    """QGIS, Processing and the plugin's provider, headless; returns (app, plugin): keep both
    alive while the algorithms run (the plugin owns the provider)."""
    app = QgsApplication([], True)
    app.initQgis()
    from processing.core.Processing import Processing

    Processing.initialize()
    import ite_qgis

    plugin = ite_qgis.classFactory(None)
    plugin.initProcessing()
    return app, plugin


def _place(item, x: float, y: float, w: float | None = None, h: float | None = None) -> None:
    item.attemptMove(QgsLayoutPoint(x, y, MM))
    if w is not None:
        item.attemptResize(QgsLayoutSize(w, h, MM))


def new_page(crs: str, layers: list, width_mm: float, height_mm: float) -> QgsPrintLayout:
    """A print layout of one page of that size, the layers added to the project in ``crs``."""
    project = QgsProject.instance()
    project.setCrs(QgsCoordinateReferenceSystem(crs))
    for layer in layers:
        project.layerTreeRoot().addLayer(layer)
    page = QgsPrintLayout(project)
    page.initializeDefaults()
    page.pageCollection().page(0).setPageSize(QgsLayoutSize(width_mm, height_mm, MM))
    return page


def add_map(page, crs: str, layers: list, extent, rect: tuple, background: str | None = None):
    """The framed map at ``rect`` (x, y, w, h mm), zoomed to ``extent`` (its size kept)."""
    item = QgsLayoutItemMap(page)
    _place(item, *rect)
    item.setCrs(QgsCoordinateReferenceSystem(crs))
    item.setLayers(layers)
    item.zoomToExtent(extent)  # keeps the frame size (setExtent would resize it)
    item.setFrameEnabled(True)
    if background:
        item.setBackgroundColor(QColor(background))
    page.addLayoutItem(item)
    return item


def add_label(page, text: str, rect: tuple, size_pt: float, bold: bool = False):
    label = QgsLayoutItemLabel(page)
    label.setText(text)
    label.setFont(QFont("DejaVu Sans", size_pt, QFont.Bold) if bold else QFont("DejaVu Sans",
                                                                               size_pt))
    _place(label, *rect)
    page.addLayoutItem(label)
    return label


def add_legend(page, map_item, x: float, y: float, symbol: tuple = (), wrap: bool = True):
    """The legend of the map's layers, without title, at (x, y) mm; ``symbol``: (width) or
    (width, height) of its symbols in mm, QGIS's default when empty."""
    legend = QgsLayoutItemLegend(page)
    legend.setLinkedMap(map_item)
    legend.setTitle("")
    legend.setStyleFont(QgsLegendStyle.Subgroup, QFont("DejaVu Sans", 8, QFont.Bold))
    legend.setStyleFont(QgsLegendStyle.SymbolLabel, QFont("DejaVu Sans", 7))
    if wrap:
        legend.setWrapString("|")
    if symbol:
        legend.setSymbolWidth(symbol[0])
    if len(symbol) > 1:
        legend.setSymbolHeight(symbol[1])
    _place(legend, x, y)
    legend.setResizeToContents(True)
    page.addLayoutItem(legend)
    return legend


def keep_legend_nodes(legend, orders: list) -> None:
    """Show only some legend lines of some layers: ``orders`` is a list of (layer, lines), the
    lines a list of indices in the order shown, or a function of the layer's number of lines
    that gives them (e.g. no "Band 1" line above a raster's classes)."""
    legend.setAutoUpdateModel(False)
    model = legend.model()
    for node in model.rootGroup().findLayers():
        for layer, lines in orders:
            if node.layer() is layer:
                if callable(lines):
                    lines = lines(len(model.layerLegendNodes(node)))
                QgsMapLayerLegendUtils.setLegendNodeOrder(node, list(lines))
                model.refreshLayerLegend(node)
    legend.adjustBoxSize()


def add_scale_bar(page, map_item, x: float, y: float, units, label: str, per_segment: float,
                  background: QColor | None = None):
    scale = QgsLayoutItemScaleBar(page)
    scale.setStyle("Single Box")
    scale.setLinkedMap(map_item)
    scale.setUnits(units)
    scale.setUnitLabel(label)
    scale.setUnitsPerSegment(per_segment)
    scale.setNumberOfSegments(4)
    scale.setNumberOfSegmentsLeft(0)
    scale.setFont(QFont("DejaVu Sans", 7))
    if background is not None:
        scale.setBackgroundEnabled(True)
        scale.setBackgroundColor(background)
    _place(scale, x, y)
    page.addLayoutItem(scale)
    return scale


def export_png(page, output: Path, dpi: int) -> None:
    settings = QgsLayoutExporter.ImageExportSettings()
    settings.dpi = dpi
    output.parent.mkdir(parents=True, exist_ok=True)
    status = QgsLayoutExporter(page).exportToImage(str(output), settings)
    assert status == QgsLayoutExporter.Success, status


def shrink(path: Path) -> None:
    """Palette PNG (256 colours): a map with smooth fills stays legible at a third the size."""
    from PIL import Image

    image = Image.open(path).convert("RGB")
    image.quantize(colors=256, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE).save(
        path, optimize=True)


def make_figure(default: Path, build_layers, layout) -> tuple[Path, dict]:
    """A README figure: the plugin started, ``build_layers(folder)`` run in a temporary folder
    ((layers, figures)), ``layout(layers, figures, output)`` exported to the path given on the
    command line (else ``default``), then shrunk; returns (output, figures)."""
    import sys
    import tempfile

    output = Path(sys.argv[1]) if len(sys.argv) > 1 else default
    app, plugin = start_plugin()  # noqa: F841 (kept alive: the plugin owns the provider)
    with tempfile.TemporaryDirectory() as tmp:
        layers, figures = build_layers(Path(tmp))
        layout(layers, figures, output)
        QgsProject.instance().clear()
    shrink(output)
    return output, figures
