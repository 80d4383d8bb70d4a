# Executed inside the QGIS desktop by `qgis --code` (see test_desktop.py). Checks the plugin as a
# user sees it, unloads and reloads it, takes a screenshot, writes a JSON report and quits QGIS.
import json
import os
import traceback

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QCoreApplication, QEvent, QTimer
from qgis.PyQt.QtWidgets import QMenu, QToolBar
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
    }


def check():
    report = {}
    try:
        report["first"] = state()
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
    with open(REPORT, "w", encoding="utf-8") as handle:
        json.dump(report, handle, indent=1)
    QgsApplication.exit(0)


QTimer.singleShot(3000, check)
