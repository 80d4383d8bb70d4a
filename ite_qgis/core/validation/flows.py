"""The flows an analysis reads (the territory's flows table, or any line layer of exchanges).

The quantity is read with the one number parser; a flow whose quantity is text, infinite,
absurd or negative is left out and named (by its ``flow_id``, else its feature number). An
empty flows table is refused where the flows are what the tool draws (``allow_empty`` False),
and accepted where they only add to other inputs.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from ..common.i18n import translate
from .findings import InputReport
from .table_checks import checked_numbers, require_columns, require_rows, require_rows_left


def flows_what() -> str:
    return translate("validation", "The flows layer")


def checked_flows(
    flows: pd.DataFrame,
    report: InputReport | None = None,
    *,
    quantity: str = "quantity",
    unit: str | None = "unit",
    allow_empty: bool = False,
    what: str | None = None,
    id_column: str = "flow_id",
) -> tuple[pd.DataFrame, InputReport]:
    """The usable flows (``quantity`` as floats) and the report naming the flows left out (by
    ``id_column``, else their feature number). ``what`` names the layer (default: the flows
    layer; the synergy lines a metabolism adds are checked the same way)."""
    report = report if report is not None else InputReport()
    what = what or flows_what()
    if len(flows) == 0 and allow_empty:
        return flows, report
    require_rows(flows, what)
    require_columns(flows, (quantity,), what)
    flows = flows.reset_index(drop=True)
    ids = (
        flows[id_column].astype(str)
        if id_column in flows.columns
        else pd.Series(np.arange(1, len(flows) + 1).astype(str))
    )
    units = flows[unit] if unit and unit in flows.columns else None
    flows[quantity], keep = checked_numbers(flows, quantity, ids, what, report, units=units)
    require_rows_left(keep, what, report)
    if keep.all():
        return flows, report
    return flows[keep].reset_index(drop=True), report
