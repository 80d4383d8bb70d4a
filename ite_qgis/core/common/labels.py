"""Names shown to people for the match kinds stored in the synergy tables (the names of the
resource families are in :mod:`.families`)."""

from __future__ import annotations

from .i18n import translate


def match_kind_label(kind: str) -> str:
    """``exact`` -> "Same code" (translated); an unknown kind is shown as it is."""
    labels = {
        "exact": translate("labels", "Same code"),
        "compatible": translate("labels", "Compatible codes"),
        "inferred_sector": translate("labels", "Receiving sector (knowledge base)"),
    }
    return labels.get(kind, kind)
