"""The ITE menu and toolbar: one action per main algorithm, the synergy explorer, the
"Place site" map tool and help."""

from __future__ import annotations

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import Qt, QUrl
from qgis.PyQt.QtGui import QDesktopServices, QIcon
from qgis.PyQt.QtWidgets import QAction, QMenu

from .. import assets
from ..core.common.i18n import translate
from ..qgis_bridge.translation import plugin_language

# (algorithm id, label, icon) in menu order; an entry shows once its algorithm is in the
# provider (the map export and the report come with their own algorithms).
ENTRIES = (
    ("ite:createterritory", lambda: translate("menu", "New territory…"), "new_territory.svg"),
    ("ite:importinventory", lambda: translate("menu", "Import inventory…"), "import_inventory.svg"),
    ("ite:validateinventory", lambda: translate("menu", "Validate inventory…"), "validate.svg"),
    ("ite:findsynergies", lambda: translate("menu", "Find synergies…"), "find_synergies.svg"),
    ("ite:wasteheatdh", lambda: translate("menu", "Waste-heat district heating…"),
     "waste_heat_dh.svg"),
    ("ite:exportsynergymap", lambda: translate("menu", "Export synergy map…"), "export_map.svg"),
    ("ite:report", lambda: translate("menu", "Report…"), "report.svg"),
)  # fmt: skip


def icon(name: str) -> QIcon:
    return QIcon(str(assets.icon_path(name)))


class IteMenu:
    OBJECT_NAME = "iteMenu"

    def __init__(self, iface):
        self.iface = iface
        self.menu: QMenu | None = None
        self.toolbar = None
        self.actions: list[QAction] = []
        self.dock = None
        self.place_tool = None
        self.dialog = None  # the last Processing dialog opened (non-modal)

    def setup(self) -> None:
        window = self.iface.mainWindow()
        self.menu = QMenu(translate("menu", "&ITE"), window)
        self.menu.setObjectName(self.OBJECT_NAME)
        self.toolbar = self.iface.addToolBar(translate("menu", "ITE"))
        self.toolbar.setObjectName("iteToolbar")
        registry = QgsApplication.processingRegistry()
        for algorithm_id, label, icon_name in ENTRIES:
            if registry.algorithmById(algorithm_id) is None:
                continue
            self._action(
                algorithm_id.replace(":", "_"),
                label(),
                icon_name,
                lambda _=False, a=algorithm_id: self.open_dialog(a),
            )
            if algorithm_id == "ite:createterritory":
                self._action(
                    "ite_load_sample",
                    translate("menu", "Load sample territory (Dunkirk)"),
                    "load_sample.svg",
                    self.load_sample,
                )
        self.menu.addSeparator()
        self.toolbar.addSeparator()
        self.explorer_action = self._action(
            "ite_synergy_explorer",
            translate("menu", "Synergy explorer"),
            "synergy_explorer.svg",
            self.toggle_explorer,
            checkable=True,
        )
        self.place_action = self._action(
            "ite_place_site",
            translate("menu", "Place site"),
            "place_site.svg",
            self.toggle_place_site,
            checkable=True,
        )
        self.menu.addSeparator()
        self._action("ite_help", translate("menu", "Help"), "help.svg", self.open_help)
        bar = window.menuBar()
        # Sit just before the Help menu, as QGIS's own menus do.
        help_menu = next(
            (a for a in bar.actions() if a.menu() and a.menu().objectName() == "mHelpMenu"), None
        )
        if help_menu is not None:
            bar.insertMenu(help_menu, self.menu)
        else:
            bar.addMenu(self.menu)

    def _action(self, name, text, icon_name, slot, checkable=False) -> QAction:
        action = QAction(icon(icon_name), text, self.iface.mainWindow())
        action.setObjectName(name)
        action.setCheckable(checkable)
        action.triggered.connect(slot)
        self.menu.addAction(action)
        self.toolbar.addAction(action)
        self.actions.append(action)
        return action

    def teardown(self) -> None:
        canvas = self.iface.mapCanvas()
        if self.place_tool is not None:
            if canvas.mapTool() is self.place_tool:
                canvas.unsetMapTool(self.place_tool)
            self.place_tool.deleteLater()
            self.place_tool = None
        if self.dock is not None:
            self.dock.cleanup()
            self.iface.removeDockWidget(self.dock)
            self.dock.deleteLater()
            self.dock = None
        for action in self.actions:
            action.deleteLater()
        self.actions = []
        if self.menu is not None:
            self.menu.menuAction().setVisible(False)
            self.iface.mainWindow().menuBar().removeAction(self.menu.menuAction())
            self.menu.deleteLater()
            self.menu = None
        if self.toolbar is not None:
            self.iface.mainWindow().removeToolBar(self.toolbar)
            self.toolbar.deleteLater()
            self.toolbar = None

    def open_dialog(self, algorithm_id: str):
        """Open the algorithm's dialog with the project's ITE layers already chosen."""
        import processing

        from .project_layers import initial_parameters

        algorithm = QgsApplication.processingRegistry().algorithmById(algorithm_id)
        dialog = processing.createAlgorithmDialog(algorithm_id, initial_parameters(algorithm))
        if dialog is not None:
            dialog.show()
            self.dialog = dialog
        return dialog

    def load_sample(self) -> None:
        """Write the Dunkirk sample into the user's profile folder and load it."""
        from pathlib import Path

        from ..qgis_bridge.sample import load_sample

        folder = Path(QgsApplication.qgisSettingsDirPath()) / "ite_qgis"
        folder.mkdir(parents=True, exist_ok=True)
        layers = load_sample(folder)
        self.iface.setActiveLayer(layers["sites"])
        self.iface.zoomToActiveLayer()

    def toggle_explorer(self, checked: bool = True) -> None:
        if self.dock is None:
            from .synergy_explorer import SynergyExplorerDock

            self.dock = SynergyExplorerDock(
                self.iface.mapCanvas(), self.iface, self.iface.mainWindow()
            )
            self.iface.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
            self.dock.visibilityChanged.connect(self.explorer_action.setChecked)
        self.dock.setVisible(checked)
        if checked:
            self.dock.raise_()

    def toggle_place_site(self, checked: bool = True) -> None:
        canvas = self.iface.mapCanvas()
        if self.place_tool is None:
            from .place_site_tool import PlaceSiteTool

            self.place_tool = PlaceSiteTool(canvas, self.iface)
            self.place_tool.setAction(self.place_action)
        if checked:
            canvas.setMapTool(self.place_tool)
        elif canvas.mapTool() is self.place_tool:
            canvas.unsetMapTool(self.place_tool)

    @staticmethod
    def open_help() -> None:
        for language in (plugin_language(), "en"):
            page = assets.help_path("index", language)
            if page.is_file():
                QDesktopServices.openUrl(QUrl.fromLocalFile(str(page)))
                return
