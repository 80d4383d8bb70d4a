# Executed inside the QGIS desktop by `qgis --code` (see tools/screenshots.py): load the Dunkirk
# sample from the ITE menu, find its synergies, open the synergy explorer on the best one, and
# save the README's screenshots into $ITE_SHOTS_DIR. Quits QGIS when done.
import os
import traceback
from pathlib import Path

from qgis.core import (
    QgsApplication,
    QgsFeatureRequest,
    QgsMapRendererSequentialJob,
    QgsMapSettings,
    QgsProject,
)
from qgis.PyQt.QtCore import QSize, Qt, QTimer
from qgis.PyQt.QtGui import QColor, QImage
from qgis.PyQt.QtWidgets import QMenu
from qgis.utils import iface, plugins

SHOTS = Path(os.environ["ITE_SHOTS_DIR"])
MAX_BYTES = 400 * 1024
state = {}


def save(image: QImage, name: str) -> None:
    """PNG at the highest compression; 256 colours when it would weigh more than 400 KB."""
    path = SHOTS / name
    image.save(str(path), "PNG", 0)
    if path.stat().st_size > MAX_BYTES:
        # No dithering: flat map colours stay flat (dithering would add noise and weight).
        image.convertToFormat(
            QImage.Format.Format_Indexed8, Qt.ImageConversionFlag.ThresholdDither
        ).save(str(path), "PNG", 0)


def action(name):
    return next(a for m in iface.mainWindow().findChildren(QMenu, "iteMenu") for a in m.actions()
                if a.objectName() == name)


def fail():
    (SHOTS / "screenshots_error.txt").write_text(traceback.format_exc(), encoding="utf-8")
    QgsApplication.exit(1)


def prepare():
    try:
        import processing

        from ite_qgis import assets

        window = iface.mainWindow()
        window.resize(1600, 1000)
        iface.messageBar().clearWidgets()  # e.g. "font installation failed" without network
        action("ite_load_sample").trigger()
        project = QgsProject.instance()
        layers = {layer.name(): layer for layer in project.mapLayers().values()}
        found = processing.run("ite:findsynergies", {
            "SITES": layers["sites"], "RESOURCES": layers["resources"],
            "SYNERGIES": "TEMPORARY_OUTPUT"})
        synergies = found["SYNERGIES"]
        synergies.setName("Candidate synergies")
        synergies.loadNamedStyle(str(assets.style_path("synergies")))
        project.addMapLayer(synergies)
        grid = layers.get("Heat demand, MWh/ha (synthetic)")
        if grid is not None:  # the DH map shows it; here it would only darken the synergies
            project.layerTreeRoot().findLayer(grid.id()).setItemVisibilityChecked(False)
        state.update(layers=layers, synergies=synergies)
        action("ite_synergy_explorer").trigger()
        QTimer.singleShot(1500, select)
    except Exception:
        fail()


def select():
    try:
        dock = plugins["ite_qgis"].menu.dock
        dock.resize(640, dock.height())
        iface.mainWindow().resizeDocks([dock], [640], Qt.Orientation.Horizontal)
        dock.table.resizeColumnsToContents()
        QTimer.singleShot(1000, zoom)
    except Exception:
        fail()


def zoom():
    try:
        # Once the docks have their size: the heat synergies (Dunkirk's story), the best net
        # benefit first, zoomed, both sites flashed.
        dock = plugins["ite_qgis"].menu.dock
        dock.family_combo.setCurrentIndex(dock.family_combo.findData("heat"))
        dock.table.selectRow(0)
        QTimer.singleShot(3000, shoot_desktop)
    except Exception:
        fail()


def shoot_desktop():
    try:
        iface.messageBar().clearWidgets()
        save(iface.mainWindow().grab().toImage(), "explorer_dock.png")
        shoot_map()
    except Exception:
        fail()


def shoot_map():
    """The sites and the styled synergies, rendered off-screen at a fixed size."""
    try:
        layers, synergies = state["layers"], state["synergies"]
        settings = QgsMapSettings(iface.mapCanvas().mapSettings())
        best = synergies.materialize(QgsFeatureRequest().setFilterExpression('"rank" = 1'))
        best.loadNamedStyle(str(__import__("ite_qgis").assets.style_path("synergies")))
        state["best"] = best  # kept alive until rendered
        # The best candidate of each supply: all 248 candidates would hide each other.
        settings.setLayers([layers["sites"], best])
        settings.setOutputSize(QSize(1400, 900))
        settings.setBackgroundColor(QColor("#f4f4f0"))
        extent = synergies.extent()
        extent.combineExtentWith(layers["sites"].extent())
        extent.scale(1.15)
        extent.setXMaximum(extent.xMaximum() + 0.12 * extent.width())  # room for the labels
        settings.setExtent(extent)
        job = QgsMapRendererSequentialJob(settings)
        job.start()
        job.waitForFinished()
        save(job.renderedImage(), "synergy_map.png")
    except Exception:
        fail()
        return
    QgsApplication.exit(0)


QTimer.singleShot(3000, prepare)
