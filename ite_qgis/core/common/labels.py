"""Names shown to people for the match kinds stored in the synergy tables (the names of the
resource families are in :mod:`.families`)."""

from __future__ import annotations

from .i18n import translate

# The match kinds of a synergy line (its ``match_kind``): the same code, compatible codes, or a
# knowledge-based candidate (a sector that documented exchanges show receiving the resource).
EXACT, COMPATIBLE, INFERRED = "exact", "compatible", "inferred_sector"
MATCH_KINDS = (EXACT, COMPATIBLE, INFERRED)

def match_kind_label(kind: str) -> str:
    """``exact`` -> "Same code" (translated); an unknown kind is shown as it is."""
    labels = {
        EXACT: translate("labels", "Same code"),
        COMPATIBLE: translate("labels", "Compatible codes"),
        INFERRED: translate("labels", "Receiving sector (knowledge base)"),
    }
    return labels.get(kind, kind)
