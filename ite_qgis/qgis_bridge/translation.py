"""Install the plugin's Qt translator and route the core's translate() through Qt."""

from __future__ import annotations

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QCoreApplication, QTranslator

from .. import assets
from ..core.common import i18n


def plugin_language() -> str:
    """Two-letter language of the QGIS user interface (``en`` when unknown)."""
    locale = QgsApplication.locale() or "en"
    return locale[:2].lower()


def install_translator() -> QTranslator | None:
    """Load ``i18n/ite_qgis_<lang>.qm`` when it exists and route core messages through Qt.

    Returns the installed translator (keep a reference: Qt does not own it) or None.
    """
    i18n.install(QCoreApplication.translate)
    qm = assets.qm_path(plugin_language())
    if not qm.is_file():
        return None
    translator = QTranslator()
    if not translator.load(str(qm)):
        return None
    QCoreApplication.installTranslator(translator)
    return translator


def remove_translator(translator: QTranslator | None) -> None:
    if translator is not None:
        QCoreApplication.removeTranslator(translator)
