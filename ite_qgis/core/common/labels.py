"""Names shown to people for the codes stored in the tables (resource families, match kinds)."""

from __future__ import annotations

from .i18n import translate

FAMILIES = ("material", "heat", "steam", "water", "gas", "electricity", "service")


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


def match_kind_label(kind: str) -> str:
    """``exact`` -> "Same code" (translated); an unknown kind is shown as it is."""
    labels = {
        "exact": translate("labels", "Same code"),
        "compatible": translate("labels", "Compatible codes"),
        "inferred_sector": translate("labels", "Receiving sector (knowledge base)"),
    }
    return labels.get(kind, kind)
