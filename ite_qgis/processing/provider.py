"""The Processing provider ``ite``."""

from __future__ import annotations

from qgis.core import QgsProcessingProvider
from qgis.PyQt.QtGui import QIcon

from .. import assets
from ..core.common.i18n import translate
from .algorithms import ALGORITHMS


class IteProvider(QgsProcessingProvider):
    def id(self):
        return "ite"

    def name(self):
        return translate("provider", "Industrial & territorial ecology")

    def longName(self):  # noqa: N802
        return translate("provider", "Industrial & territorial ecology (ITE) {version}").format(
            version=self.versionInfo()
        )

    def icon(self):
        return QIcon(str(assets.icon_path()))

    def svgIconPath(self):  # noqa: N802
        return str(assets.icon_path())

    def versionInfo(self):  # noqa: N802
        return assets.version()

    def loadAlgorithms(self):  # noqa: N802
        for algorithm_class in ALGORITHMS:
            self.addAlgorithm(algorithm_class())
