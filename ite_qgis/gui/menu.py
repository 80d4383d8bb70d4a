"""The ITE menu and toolbar: one action per main algorithm, plus help."""

from __future__ import annotations

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QUrl
from qgis.PyQt.QtGui import QDesktopServices, QIcon
from qgis.PyQt.QtWidgets import QAction, QMenu

from .. import assets
from ..core.i18n import translate
from ..qgis_bridge.translation import plugin_language

# (algorithm id, label) in menu order; an entry shows once its algorithm is in the provider.
ENTRIES = (
    ("ite:createterritory", lambda: translate("menu", "New territory…")),
    ("ite:importinventory", lambda: translate("menu", "Import inventory…")),
    ("ite:validateinventory", lambda: translate("menu", "Validate inventory…")),
    ("ite:findsynergies", lambda: translate("menu", "Find synergies…")),
    ("ite:wasteheatdh", lambda: translate("menu", "Waste-heat district heating…")),
    ("ite:exportsynergymap", lambda: translate("menu", "Export synergy map…")),
    ("ite:report", lambda: translate("menu", "Report…")),
)


class IteMenu:
    OBJECT_NAME = "iteMenu"

    def __init__(self, iface):
        self.iface = iface
        self.menu: QMenu | None = None
        self.toolbar = None
        self.actions: list[QAction] = []

    def setup(self) -> None:
        window = self.iface.mainWindow()
        self.menu = QMenu(translate("menu", "&ITE"), window)
        self.menu.setObjectName(self.OBJECT_NAME)
        self.toolbar = self.iface.addToolBar(translate("menu", "ITE"))
        self.toolbar.setObjectName("iteToolbar")
        registry = QgsApplication.processingRegistry()
        for algorithm_id, label in ENTRIES:
            algorithm = registry.algorithmById(algorithm_id)
            if algorithm is None:
                continue
            action = QAction(algorithm.icon(), label(), window)
            action.setObjectName(algorithm_id.replace(":", "_"))
            action.triggered.connect(lambda _=False, a=algorithm_id: self.open_dialog(a))
            self._add(action, toolbar=True)
            if algorithm_id == "ite:createterritory":
                sample = QAction(
                    algorithm.icon(), translate("menu", "Load sample territory (Dunkirk)"), window
                )
                sample.setObjectName("ite_load_sample")
                sample.triggered.connect(self.load_sample)
                self._add(sample, toolbar=False)
        self.menu.addSeparator()
        help_action = QAction(QIcon(str(assets.icon_path())), translate("menu", "Help"), window)
        help_action.setObjectName("ite_help")
        help_action.triggered.connect(self.open_help)
        self._add(help_action, toolbar=False)
        bar = window.menuBar()
        # Sit just before the Help menu, as QGIS's own menus do.
        help_menu = next(
            (a for a in bar.actions() if a.menu() and a.menu().objectName() == "mHelpMenu"), None
        )
        if help_menu is not None:
            bar.insertMenu(help_menu, self.menu)
        else:
            bar.addMenu(self.menu)

    def _add(self, action: QAction, toolbar: bool) -> None:
        self.menu.addAction(action)
        if toolbar:
            self.toolbar.addAction(action)
        self.actions.append(action)

    def teardown(self) -> None:
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

    @staticmethod
    def open_dialog(algorithm_id: str) -> None:
        import processing

        processing.execAlgorithmDialog(algorithm_id, {})

    def load_sample(self) -> None:
        """Write the Dunkirk sample into the user's profile folder and load it."""
        from pathlib import Path

        from ..qgis_bridge.sample import load_sample

        folder = Path(QgsApplication.qgisSettingsDirPath()) / "ite_qgis"
        folder.mkdir(parents=True, exist_ok=True)
        layers = load_sample(folder)
        self.iface.setActiveLayer(layers["sites"])
        self.iface.zoomToActiveLayer()

    @staticmethod
    def open_help() -> None:
        for language in (plugin_language(), "en"):
            page = assets.help_path("index", language)
            if page.is_file():
                QDesktopServices.openUrl(QUrl.fromLocalFile(str(page)))
                return
