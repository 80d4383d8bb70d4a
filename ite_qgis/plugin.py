"""The plugin object QGIS creates through ``classFactory``."""

from __future__ import annotations

from qgis.core import QgsApplication

from .qgis_bridge.translation import install_translator, remove_translator


class ItePlugin:
    def __init__(self, iface):
        # Stored for initGui only: qgis_process and batch runs pass no interface.
        self.iface = iface
        self.provider = None
        self.menu = None
        # Installed before initProcessing so the provider and algorithm names are translated.
        self.translator = install_translator()

    def initProcessing(self):  # noqa: N802 (QGIS hook)
        if self.provider is not None:
            return
        from .processing.provider import IteProvider

        self.provider = IteProvider()
        QgsApplication.processingRegistry().addProvider(self.provider)

    def initGui(self):  # noqa: N802 (QGIS hook)
        self.initProcessing()
        from .gui.menu import IteMenu

        self.menu = IteMenu(self.iface)
        self.menu.setup()

    def unload(self):
        if self.menu is not None:
            self.menu.teardown()
            self.menu = None
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
        remove_translator(self.translator)
        self.translator = None
