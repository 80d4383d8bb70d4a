"""The seven resource families have one home (core/common/families.py)."""

from __future__ import annotations

from ite_qgis.core.common.families import (
    FAMILY_COLOURS,
    HEAT_FAMILIES,
    LEGEND_ORDER,
    RESOURCE_FAMILIES,
    family_label,
)
from ite_qgis.core.reference.catalogue import DEFAULT_TRANSPORT, FAMILY_UNITS, load_catalogue


def test_the_seven_families_in_catalogue_order():
    assert RESOURCE_FAMILIES == (
        "material", "heat", "steam", "water", "gas", "electricity", "service"
    )
    assert set(HEAT_FAMILIES) == {"heat", "steam"}
    assert sorted(LEGEND_ORDER) == sorted(RESOURCE_FAMILIES)
    assert LEGEND_ORDER[:2] == ("heat", "steam")  # energy first on the maps


def test_every_family_has_a_colour_a_name_units_and_a_transport():
    for table in (FAMILY_COLOURS, FAMILY_UNITS, DEFAULT_TRANSPORT):
        assert set(table) == set(RESOURCE_FAMILIES)
    assert FAMILY_COLOURS["heat"] == "#e53935" and FAMILY_COLOURS["water"] == "#1e88e5"
    assert [family_label(f) for f in RESOURCE_FAMILIES] == [
        "Materials", "Heat", "Steam", "Water", "Gases", "Electricity", "Services"
    ]
    assert family_label("plasma") == "plasma"


def test_the_shipped_catalogue_uses_only_these_families():
    families = set(load_catalogue().frame["family"])
    assert families == set(RESOURCE_FAMILIES)
