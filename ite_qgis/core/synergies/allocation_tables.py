"""The tables around an allocation (:mod:`.allocation`): the candidate lines and resources it
reads, checked and cleaned, and the residual table (per resource, what is left) it gives."""

from __future__ import annotations

import pandas as pd

from ..common.i18n import translate
from ..common.ids import duplicated_ids, listed
from ..common.labels import INFERRED
from .allocation import AllocationError, AllocationResult

RESIDUAL_COLUMNS = (
    "resource_id", "site_id", "direction", "resource", "unit", "quantity", "allocated",
    "residual", "n_lines",
)  # fmt: skip


def allocation_inputs(
    lines: pd.DataFrame, resources: pd.DataFrame, include_inferred: bool
) -> tuple[pd.DataFrame, pd.DataFrame, list[str]]:
    """``(lines, resources, notes)`` ready for :func:`.allocation.allocate`.

    Resource ids and the lines' ``supply_id`` and ``demand_id`` become stripped text (missing
    line ids stay missing). Refuses a resources table without ``resource_id``, ``direction``
    or ``quantity``, or with duplicate resource ids. Without ``include_inferred`` the
    knowledge-based lines (``match_kind`` ``inferred_sector``) are left out, with a note: no
    declared demand bounds their quantity.
    """
    missing = [c for c in ("resource_id", "direction", "quantity") if c not in resources]
    if missing:
        raise AllocationError(
            translate("allocation", "The resources table lacks the columns {columns}.").format(
                columns=", ".join(missing)
            )
        )
    resources = resources.copy()
    resources["resource_id"] = resources["resource_id"].astype(str).str.strip()
    duplicated = duplicated_ids(resources["resource_id"])
    if len(duplicated):
        raise AllocationError(
            translate(
                "allocation", "The resources table has duplicate resource_id values: {ids}"
            ).format(ids=listed(duplicated))
        )
    lines = lines.copy()
    for column in ("supply_id", "demand_id"):
        if column in lines.columns:
            text = lines[column].astype(object)
            lines[column] = text.where(text.isna(), text.astype(str).str.strip())
    notes = []
    inferred = lines.get("match_kind", pd.Series(dtype=object)).astype(str) == INFERRED
    if inferred.any() and not include_inferred:
        lines = lines[~inferred.to_numpy()]
        notes.append(
            translate(
                "allocation",
                "{n} knowledge-based candidates were left out: no receiver declared the "
                "need, so nothing bounds their quantity. Confirm them with the companies, "
                "declare the demand, or tick the option to include them."
            ).format(n=int(inferred.sum()))
        )
    return lines, resources, notes


def residual_table(
    result: AllocationResult, resources: pd.DataFrame, lines: pd.DataFrame
) -> pd.DataFrame:
    """One row per supply and demand: its quantity, what the allocation sends or brings
    (``allocated``), what is left (``residual``), its site, code and unit from ``resources``,
    and ``n_lines``, the number of candidate ``lines`` it is on."""
    residual = pd.concat(
        [
            result.supplies.assign(direction="supply"),
            result.demands.assign(direction="demand"),
        ]
    )
    residual.index.name = "resource_id"
    residual = residual.reset_index()
    described = resources.drop_duplicates("resource_id").set_index("resource_id")
    for column in ("site_id", "resource", "unit"):
        if column in described.columns:
            residual[column] = residual["resource_id"].map(described[column])
    counts = pd.concat([lines["supply_id"], lines["demand_id"]]).dropna().value_counts()
    residual["n_lines"] = residual["resource_id"].map(counts).fillna(0).astype("int64")
    return residual[[c for c in RESIDUAL_COLUMNS if c in residual.columns]]
