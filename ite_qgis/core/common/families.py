"""The seven resource families: their codes, which of them carry heat, their colours, their
legend order and the names shown for them. Every other module takes them from here."""

from __future__ import annotations

from .i18n import translate

# Catalogue order (resources.csv, the family choice of ite:findsynergies).
RESOURCE_FAMILIES = ("material", "heat", "steam", "water", "gas", "electricity", "service")
# Families that carry heat: counted in MWh/yr of heat recovered, linked to district heating,
# checked for a supply temperature.
HEAT_FAMILIES = ("heat", "steam")
# Legend order of flow maps and the metabolism: energy first, then water and materials.
LEGEND_ORDER = ("heat", "steam", "electricity", "gas", "water", "material", "service")

# Family -> colour, shared by resources/styles (synergies.qml, flowmap.qml), flow maps and the
# Sankey diagram: heat red, steam orange, water blue (common energy-map conventions), materials
# in earth tones.
FAMILY_COLOURS = {
    "material": "#8d6e63",
    "heat": "#e53935",
    "steam": "#fb8c00",
    "water": "#1e88e5",
    "gas": "#8e24aa",
    "electricity": "#fdd835",
    "service": "#546e7a",
}


def family_label(family: str) -> str:
    """``material`` -> "Materials" (translated); an unknown family is shown as it is."""
    labels = {
        "material": translate("labels", "Materials"),
        "heat": translate("labels", "Heat"),
        "steam": translate("labels", "Steam"),
        "water": translate("labels", "Water"),
        "gas": translate("labels", "Gases"),
        "electricity": translate("labels", "Electricity"),
        "service": translate("labels", "Services"),
    }
    return labels.get(family, family)
