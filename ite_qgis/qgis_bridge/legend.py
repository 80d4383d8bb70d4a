"""Legends of the shipped styles in the current language (the interface's, or a run's).

The styles in resources/styles are written in English. When a layer gets one (an algorithm's
output being loaded, the territory's default styles, a map's copies), its category labels,
class labels and label expressions are replaced with the texts below, in whatever language the
thread speaks (see :func:`ite_qgis.qgis_bridge.translation.in_language`).
"""

from __future__ import annotations

from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsGraduatedSymbolRenderer,
    QgsPalLayerSettings,
    QgsVectorLayerSimpleLabeling,
)

from ..core.common.families import RESOURCE_FAMILIES, family_label
from ..core.common.i18n import translate


def style_words() -> dict[str, str]:
    """English pieces of the shipped styles' class labels and label texts, translated."""
    return {
        "/yr": translate("exportsynergymap", "/yr"),
        "up to": translate("exportsynergymap", "up to"),
        " and more": translate("exportsynergymap", " and more"),
        "(DH potential)": translate("exportsynergymap", "(DH potential)"),
        "(no demand)": translate("exportsynergymap", "(no demand)"),
    }


def category_labels() -> dict[str, dict]:
    """Legend labels of the shipped styles' categories, per layer key and category value."""
    return {
        "synergies": {family: family_label(family) for family in RESOURCE_FAMILIES},
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


def localise(text: str, words: dict) -> str:
    """English pieces of the shipped styles' class labels ("/yr", "up to", ...) replaced."""
    for english, local in words.items():
        text = text.replace(english, local)
    return text


def localise_legend(layer, labels: dict | None = None, words: dict | None = None) -> None:
    """A loaded style's legend with ``labels`` (category value -> text) and ``words``."""
    words = words or {}
    renderer = layer.renderer()
    if isinstance(renderer, QgsCategorizedSymbolRenderer) and labels:
        for index, category in enumerate(renderer.categories()):
            text = labels.get(str(category.value()))
            if text:
                renderer.updateCategoryLabel(index, text)
    elif isinstance(renderer, QgsGraduatedSymbolRenderer):
        for index, class_range in enumerate(renderer.ranges()):
            renderer.updateRangeLabel(index, localise(class_range.label(), words))
    labeling = layer.labeling()
    if words and labeling is not None and hasattr(labeling, "settings"):
        settings = QgsPalLayerSettings(labeling.settings())
        settings.fieldName = localise(settings.fieldName, words)
        layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))


def translate_legend(layer, style: str) -> None:
    """The legend of a layer styled with ``style`` in the current language."""
    if hasattr(layer, "renderer") and hasattr(layer, "labeling"):
        localise_legend(layer, category_labels().get(style), style_words())
