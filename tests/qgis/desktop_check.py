# Executed inside the QGIS desktop by `qgis --code` (see test_desktop.py). Checks the plugin as a
# user sees it, unloads and reloads it, takes a screenshot, writes a JSON report and quits QGIS.
import json
import os
import traceback

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QCoreApplication, QEvent, QTimer
from qgis.PyQt.QtWidgets import QDockWidget, QMenu, QToolBar
from qgis.utils import iface, loadPlugin, plugins, startPlugin, unloadPlugin

REPORT = os.environ["ITE_DESKTOP_REPORT"]


def state():
    window = iface.mainWindow()
    menus = [m for m in window.findChildren(QMenu, "iteMenu") if m.menuAction().isVisible()]
    menubar_titles = [a.text() for a in window.menuBar().actions()]
    toolbars = window.findChildren(QToolBar, "iteToolbar")
    providers = [p.id() for p in QgsApplication.processingRegistry().providers()]
    return {
        "menus": len(menus),
        "menu_actions": [a.objectName() for m in menus for a in m.actions() if a.objectName()],
        "menubar": menubar_titles,
        "toolbars": len(toolbars),
        "ite_providers": providers.count("ite"),
        "algorithms": sorted(
            a.id()
            for a in QgsApplication.processingRegistry().algorithms()
            if a.provider() and a.provider().id() == "ite"
        ),
        "loaded": "ite_qgis" in plugins,
        "docks": len([d for d in window.findChildren(QDockWidget, "iteSynergyExplorer")
                      if d.isVisible()]),
    }


def layer_id(value):
    """The layer id in a Processing dialog's parameter value (a string or a source definition)."""
    if hasattr(value, "source"):
        value = value.source.staticValue()
    return getattr(value, "id", lambda: str(value))()


def action(name):
    return next(a for m in iface.mainWindow().findChildren(QMenu, "iteMenu") for a in m.actions()
                if a.objectName() == name)


def open_sample(report):
    """As a user: ITE > Load sample territory, then find its synergies."""
    import processing
    from qgis.core import QgsProject

    iface.mainWindow().resize(1600, 1000)
    action("ite_load_sample").trigger()
    project = QgsProject.instance()
    by_name = {layer.name(): layer for layer in project.mapLayers().values()}
    found = processing.run("ite:findsynergies", {
        "SITES": by_name["sites"], "RESOURCES": by_name["resources"],
        "SYNERGIES": "TEMPORARY_OUTPUT"})
    synergies = found["SYNERGIES"]
    synergies.setName("Candidate synergies")
    from ite_qgis import assets

    synergies.loadNamedStyle(str(assets.style_path("synergies")))
    project.addMapLayer(synergies)
    report["synergies_id"] = synergies.id()


def open_dialog_and_explorer(report):
    """A moment later, as a user would: a Processing dialog, the dock, a synergy selected."""
    from qgis.core import QgsProject

    project = QgsProject.instance()
    by_name = {layer.name(): layer for layer in project.mapLayers().values()}
    synergies = project.mapLayer(report["synergies_id"])
    # The Processing dialogs open with the territory's layers chosen.
    menu = plugins["ite_qgis"].menu
    dialog = menu.open_dialog("ite:findsynergies")
    chosen = dialog.createProcessingParameters()
    report["dialog_parameters"] = {k: layer_id(v) for k, v in chosen.items()
                                   if k in ("SITES", "RESOURCES")}
    report["layer_ids"] = {name: layer.id() for name, layer in by_name.items()}
    dialog.close()
    action("ite_synergy_explorer").trigger()
    dock = menu.dock
    view = dock.proxy
    dock.table.selectRow(0)  # zooms to the best pair and flashes both sites
    report["dock"] = {
        "visible": dock.isVisible(),
        "rows": view.rowCount(),
        "synergies": synergies.featureCount(),
        "layer": dock.layer.name() if dock.layer else None,
        "details": dock.details.toPlainText(),
    }
    place = action("ite_place_site")
    place.trigger()
    report["place_tool"] = type(iface.mapCanvas().mapTool()).__name__
    place.trigger()  # back to the previous tool
    report["layers"] = sorted(layer.name() for layer in project.mapLayers().values())
    iface.messageBar().clearWidgets()


def explore_then_shoot(report):
    try:
        open_dialog_and_explorer(report)
    except Exception:
        report["error"] = traceback.format_exc()
        finish(report)
        return
    # Let the map render and the selected pair flash before the screenshot.
    QTimer.singleShot(3000, lambda: screenshot_then_reload(report))


def screenshot_then_reload(report):
    try:
        canvas = iface.mapCanvas()
        report["canvas_extent_m"] = [canvas.extent().width(), canvas.extent().height()]
        iface.mainWindow().grab().save(os.environ.get("ITE_DESKTOP_SHOT", "/tmp/ite_desktop.png"))
        unloadPlugin("ite_qgis")
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        report["unloaded"] = state()
        loadPlugin("ite_qgis")
        startPlugin("ite_qgis")
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        report["reloaded"] = state()
    except Exception:
        report["error"] = traceback.format_exc()
    finish(report)


def check():
    report = {}
    try:
        report["first"] = state()
        open_sample(report)
    except Exception:
        report["error"] = traceback.format_exc()
        finish(report)
        return
    QTimer.singleShot(2000, lambda: explore_then_shoot(report))


def finish(report):
    with open(REPORT, "w", encoding="utf-8") as handle:
        json.dump(report, handle, indent=1)
    QgsApplication.exit(0)


QTimer.singleShot(3000, check)
