"""The words of the synergy map, in the language of the run (the plugin's, or one asked for).

Every text of a layout is set at run time: the templates in resources/layouts hold none. The run
sets its language once at its start (:func:`ite_qgis.qgis_bridge.translation.in_language`); these
functions just call ``translate``, which pylupdate5 extracts like any other call.
"""

from __future__ import annotations

from qgis.PyQt.QtCore import QDate, QLocale

from ..core.common import i18n
from ..core.common.i18n import translate


def locale() -> QLocale:
    """The Qt locale of the run's language."""
    french = i18n.is_french(i18n.language())
    return QLocale(QLocale.Language.French if french else QLocale.Language.English)


def long_date(date: QDate | None = None) -> str:
    return locale().toString(date or QDate.currentDate(), "d MMMM yyyy")


def map_texts() -> dict[str, str]:
    """Fixed texts of the layout, by key."""
    return {
        "title": translate("exportsynergymap", "Industrial and territorial synergies"),
        "subtitle": translate(
            "exportsynergymap", "{count} candidate synergies, up to {rank} per supply"
        ),
        "legend": translate("exportsynergymap", "Legend"),
        "date": translate("exportsynergymap", "Map made on {date}"),
        "sources": translate(
            "exportsynergymap",
            "Data: {sources}. Candidate synergies computed with ITE for QGIS {version}: "
            "indicative figures to be confirmed with the companies. Dashed lines: "
            "knowledge-based matches (documented receiving sectors)."
        ),
        "default_sources": translate("exportsynergymap", "territory inventory"),
        "public": translate(
            "exportsynergymap",
            "Confidential sites are named by sector, moved by up to {radius} m, and their "
            "figures rounded (~)."
        ),
        "no_synergy": translate("exportsynergymap", "No synergy on this page."),
        "supplier": translate("exportsynergymap", "Supplier"),
        "receiver": translate("exportsynergymap", "Receiver"),
        "resource": translate("exportsynergymap", "Resource"),
        "quantity": translate("exportsynergymap", "Quantity"),
        "distance": translate("exportsynergymap", "Distance"),
        "benefit": translate("exportsynergymap", "Benefit/yr"),
        "per_year": translate("exportsynergymap", "/yr"),
        "top": translate("exportsynergymap", "Top {count} synergies by net benefit"),
        "top_page": translate("exportsynergymap", "Best synergies by net benefit"),
        "dh_area": translate("exportsynergymap", "District heating potential area {id}"),
    }


def layer_names() -> dict[str, str]:
    return {
        "synergies": translate("exportsynergymap", "Candidate synergies"),
        "sites": translate("exportsynergymap", "Sites"),
        "flows": translate("exportsynergymap", "Known flows"),
        "dh_areas": translate("exportsynergymap", "District heating potential areas"),
        "dh_links": translate("exportsynergymap", "Waste-heat links"),
        "heat_density": translate("exportsynergymap", "Heat demand density (MWh/ha)"),
    }
