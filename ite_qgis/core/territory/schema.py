"""The territory model: the fields of the sites, resources and flows tables.

The model is described in docs/architecture.md, Territory model.

Pure data, shared by the core (import, validation) and the QGIS bridge (GeoPackage schema,
forms). Types are one of ``text``, ``integer`` and ``real``.
"""

from __future__ import annotations

from ..common.units import CANONICAL_UNITS

SITES = (
    ("site_id", "text"),
    ("name", "text"),
    ("operator", "text"),
    ("address", "text"),
    ("nace", "text"),
    ("status", "text"),
    ("employees", "integer"),
    ("confidential", "integer"),
)

RESOURCES = (
    ("resource_id", "text"),
    ("site_id", "text"),
    ("direction", "text"),
    ("resource", "text"),
    ("description", "text"),
    ("quantity", "real"),
    ("unit", "text"),
    ("temperature_c", "real"),
    ("hours_per_year", "real"),
    ("cost_eur_per_unit", "real"),
    ("confidential", "integer"),
    # 1: ite:importinventory suggested the code from the description; cleared by hand once a
    # facilitator has reviewed it.
    ("code_suggested", "integer"),
)

FLOWS = (
    ("flow_id", "text"),
    ("from_site", "text"),
    ("to_site", "text"),
    ("resource", "text"),
    ("quantity", "real"),
    ("unit", "text"),
    ("status", "text"),
    ("year", "integer"),
)

# The 0/1 fields of each table: 0 unless set, never missing where the store allows it.
SITE_FLAGS = ("confidential",)
RESOURCE_FLAGS = ("confidential", "code_suggested")

SITE_STATUSES = ("existing", "planned", "candidate")
DIRECTIONS = ("supply", "demand")
FLOW_STATUSES = ("existing", "planned", "candidate", "rejected")
# Canonical units after normalisation, one per unit family (common/units.py).
UNITS = tuple(CANONICAL_UNITS.values())


def names(table: tuple[tuple[str, str], ...]) -> list[str]:
    return [name for name, _ in table]
