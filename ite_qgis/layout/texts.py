"""The words of the synergy map, in the language of the run (the plugin's, or one asked for).

Every text of a layout is set at run time: the templates in resources/layouts hold none. A run
may ask for another language than the QGIS interface's (``LANGUAGE=fr`` on an English desktop),
so the texts come from a ``translate(context, text)`` function chosen per run and passed to
:func:`map_texts` and friends, whose calls pylupdate5 extracts like any other.
"""

from __future__ import annotations

from collections.abc import Callable

from qgis.PyQt.QtCore import QDate, QLocale, QTranslator

from .. import assets
from ..core.common import i18n
from ..core.common.families import RESOURCE_FAMILIES, family_label
from ..qgis_bridge.translation import plugin_language

LANGUAGES = ("auto", "en", "fr")
Translate = Callable[[str, str], str]
_TRANSLATORS: dict[str, QTranslator] = {}  # loaded .qm files, kept alive


def resolve_language(choice: str) -> str:
    """``auto`` -> the QGIS interface language when the plugin ships it, else English."""
    if choice and choice != "auto":
        return choice
    language = plugin_language()
    return language if language in LANGUAGES else "en"


def translator(language: str) -> Translate:
    """``translate(context, text)`` for ``language`` (``en`` or ``fr``)."""
    if language == "en":
        return lambda _context, text: text
    if language == plugin_language():
        return i18n.translate  # the plugin's installed translator
    qt = _TRANSLATORS.get(language)
    if qt is None:
        qt = QTranslator()
        if not qt.load(str(assets.qm_path(language))):
            return lambda _context, text: text
        _TRANSLATORS[language] = qt
    # PyQt5 passes the source text as ASCII unless it is given as UTF-8 bytes.
    return lambda context, text: qt.translate(context, text.encode("utf-8")) or text


def locale(language: str) -> QLocale:
    return QLocale(QLocale.Language.French if language == "fr" else QLocale.Language.English)


def long_date(language: str, date: QDate | None = None) -> str:
    return locale(language).toString(date or QDate.currentDate(), "d MMMM yyyy")


def map_texts(translate: Translate) -> dict[str, str]:
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


def layer_names(translate: Translate) -> dict[str, str]:
    return {
        "synergies": translate("exportsynergymap", "Candidate synergies"),
        "sites": translate("exportsynergymap", "Sites"),
        "flows": translate("exportsynergymap", "Known flows"),
        "dh_areas": translate("exportsynergymap", "District heating potential areas"),
        "dh_links": translate("exportsynergymap", "Waste-heat links"),
        "heat_density": translate("exportsynergymap", "Heat demand density (MWh/ha)"),
    }


def style_words(translate: Translate) -> dict[str, str]:
    """English pieces of the shipped styles' class labels and label texts, translated."""
    return {
        "/yr": translate("exportsynergymap", "/yr"),
        "up to": translate("exportsynergymap", "up to"),
        " and more": translate("exportsynergymap", " and more"),
        "(DH potential)": translate("exportsynergymap", "(DH potential)"),
        "(no demand)": translate("exportsynergymap", "(no demand)"),
    }


def family_labels(translate: Translate) -> dict[str, str]:
    """Resource family -> its name (core.labels) in the run's language."""
    with i18n.override(translate):
        return {family: family_label(family) for family in RESOURCE_FAMILIES}


def category_labels(translate: Translate) -> dict[str, dict]:
    """Legend labels of the shipped styles' categories, per layer key and category value."""
    return {
        "synergies": family_labels(translate),
        "sites": {
            "existing": translate("exportsynergymap", "Existing site"),
            "planned": translate("exportsynergymap", "Planned site"),
            "candidate": translate("exportsynergymap", "Candidate site"),
        },
        "flows": {
            "existing": translate("exportsynergymap", "Existing flow"),
            "planned": translate("exportsynergymap", "Planned flow"),
            "candidate": translate("exportsynergymap", "Candidate flow"),
            "rejected": translate("exportsynergymap", "Rejected flow"),
        },
        "dh_links": {
            "1": translate("exportsynergymap", "Feasible link"),
            "0": translate("exportsynergymap", "Link too costly"),
        },
    }
