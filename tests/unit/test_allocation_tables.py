"""The tables around an allocation (core/synergies/allocation_tables.py)."""

from __future__ import annotations

import pandas as pd
import pytest

from ite_qgis.core.synergies.allocation import AllocationError, allocate, quantities
from ite_qgis.core.synergies.allocation_tables import allocation_inputs, residual_table


def _resources():
    return pd.DataFrame(
        {
            "resource_id": [" S1", "D1", "D2"],
            "site_id": ["A", "B", "C"],
            "direction": ["supply", "demand", "demand"],
            "resource": ["ewc:100202", "ewc:100202", "ewc:100202"],
            "unit": ["t/yr"] * 3,
            "quantity": [100.0, 60.0, 80.0],
        }
    )


def _lines():
    return pd.DataFrame(
        {
            "supply_id": ["S1 ", "S1", "S1"],
            "demand_id": ["D1", " D2", None],
            "match_kind": ["exact", "exact", "inferred_sector"],
            "quantity": [60.0, 80.0, 100.0],
            "net_benefit_eur_yr": [600.0, 400.0, 1000.0],
        }
    )


def test_ids_are_cleaned_and_inferred_lines_left_out_with_a_note():
    lines, resources, notes = allocation_inputs(_lines(), _resources(), include_inferred=False)
    assert resources["resource_id"].tolist() == ["S1", "D1", "D2"]
    assert lines["supply_id"].tolist() == ["S1", "S1"]
    assert lines["demand_id"].tolist() == ["D1", "D2"]
    assert len(notes) == 1 and notes[0].startswith("1 knowledge-based candidates were left out")
    kept, _, notes = allocation_inputs(_lines(), _resources(), include_inferred=True)
    assert len(kept) == 3 and notes == [] and kept["demand_id"].isna().tolist()[2]


def test_duplicate_resource_ids_and_missing_columns_are_refused():
    table = _resources().assign(resource_id=["S1", "D1", "D1 "])
    with pytest.raises(AllocationError, match="duplicate resource_id values: D1$"):
        allocation_inputs(_lines(), table, include_inferred=False)
    with pytest.raises(AllocationError, match="lacks the columns direction, quantity"):
        allocation_inputs(_lines(), _resources()[["resource_id"]], include_inferred=False)


def test_residual_table_says_what_is_left_of_each_resource():
    lines, resources, _ = allocation_inputs(_lines(), _resources(), include_inferred=False)
    result = allocate(lines, *quantities(resources))
    table = residual_table(result, resources, lines)
    assert list(table.columns) == [
        "resource_id", "site_id", "direction", "resource", "unit", "quantity", "allocated",
        "residual", "n_lines",
    ]
    rows = table.set_index("resource_id")
    # 60 t to D1 (10 EUR/t) first, the other 40 t to D2 (5 EUR/t).
    assert rows.loc["S1", ["allocated", "residual", "n_lines"]].tolist() == [100.0, 0.0, 2]
    assert rows.loc["D1", ["allocated", "residual", "site_id"]].tolist() == [60.0, 0.0, "B"]
    assert rows.loc["D2", ["allocated", "residual"]].tolist() == pytest.approx([40.0, 40.0])
