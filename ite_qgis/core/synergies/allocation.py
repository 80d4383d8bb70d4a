"""Optimal allocation of candidate synergies under the quantities available and needed.

Candidate lines overlap: one supply may reach several demands and one demand several supplies,
so the totals of :func:`ite_qgis.core.synergies.find_synergies` count some tonnes twice. This
module chooses how much goes along each line by a linear programme:

    maximise    sum_l  b_l * x_l                      (EUR/yr)
    subject to  sum_{l from supply s} x_l          <= S_s   for every supply
                sum_{l to demand d}  c_l * x_l     <= D_d   for every demand
                0 <= x_l <= q_l

``x_l`` is the quantity sent along line ``l`` in the supply's unit, ``b_l`` its net benefit per
unit (the line's ``net_benefit_eur_yr / quantity``), ``c_l`` the demand units received per supply
unit (``demand_quantity / quantity``, 1 when the lines do not say), ``q_l`` the line's quantity.
Lines with no positive benefit are left out; inferred lines (no ``demand_id``) are bounded by
their supply only. The benefit is taken as linear in the quantity: for heat, whose pipe cost
does not shrink with a smaller flow, the allocated benefit of a partly used line is optimistic.

Solved with HiGHS (``scipy.optimize.linprog(method="highs")``) on sparse constraint matrices:
100,000 lines take a few seconds.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pandas as pd
from scipy import sparse
from scipy.optimize import linprog

from ..common.i18n import translate

# Allocations below this share of the line's quantity are solver noise, reported as 0.
_RELATIVE_TOLERANCE = 1e-9


class AllocationError(ValueError):
    """The lines or quantities cannot be allocated; the message is translated."""


@dataclass
class AllocationResult:
    """``chosen``: the lines that carry something, with ``allocated_quantity`` (supply unit),
    ``allocated_benefit_eur_yr``, ``residual_supply`` and ``residual_demand`` (what is left of
    that line's supply and demand after the whole allocation; NaN for inferred lines).
    ``supplies`` and ``demands``: per id, quantity, allocated and residual."""

    chosen: pd.DataFrame
    supplies: pd.DataFrame
    demands: pd.DataFrame
    total_benefit_eur_yr: float
    status: str
    notes: list[str] = field(default_factory=list)


def quantities(resources: pd.DataFrame) -> tuple[pd.Series, pd.Series]:
    """``(supply_qty, demand_qty)`` for :func:`allocate` from a territory's resources table:
    quantities indexed by resource_id (missing or negative quantities count as 0)."""
    direction = resources["direction"].astype(str).str.strip().str.lower()
    quantity = pd.to_numeric(resources["quantity"], errors="coerce").fillna(0.0).clip(lower=0.0)
    quantity.index = resources["resource_id"].astype(str).to_numpy()
    return (
        quantity[(direction == "supply").to_numpy()],
        quantity[(direction == "demand").to_numpy()],
    )


def _incidence(
    rows: np.ndarray, columns: np.ndarray, n_rows: int, n_columns: int, values: np.ndarray
) -> sparse.csr_matrix:
    """Sparse (n_rows x n_columns) matrix with ``values`` at (row of line, line)."""
    return sparse.csr_matrix((values, (rows, columns)), shape=(n_rows, n_columns))


def allocate(
    lines: pd.DataFrame,
    supply_qty: pd.Series,
    demand_qty: pd.Series,
    *,
    benefit_column: str = "net_benefit_eur_yr",
) -> AllocationResult:
    """Allocate quantities to ``lines`` to maximise the total net benefit.

    ``lines``: columns ``supply_id``, ``demand_id`` (null for inferred lines), ``quantity`` and
    ``benefit_column`` (EUR/yr for the line's whole quantity); optional ``demand_quantity``
    (demand units the line delivers). ``supply_qty`` / ``demand_qty``: available and needed
    quantities indexed by supply_id / demand_id. See the module docstring for the programme.
    """
    for column in ("supply_id", "demand_id", "quantity", benefit_column):
        if column not in lines.columns:
            raise AllocationError(
                translate("allocation", "The synergy lines lack the column '{column}'.").format(
                    column=column
                )
            )
    quantity = pd.to_numeric(lines["quantity"], errors="coerce").to_numpy(dtype=float)
    benefit = pd.to_numeric(lines[benefit_column], errors="coerce").to_numpy(dtype=float)
    with np.errstate(divide="ignore", invalid="ignore"):
        per_unit = benefit / quantity
        if "demand_quantity" in lines.columns:
            delivered = pd.to_numeric(lines["demand_quantity"], errors="coerce").to_numpy(float)
            conversion = np.where(
                np.isfinite(delivered) & (quantity > 0), delivered / quantity, 1.0
            )
        else:
            conversion = np.ones(len(lines))
    usable = np.isfinite(per_unit) & (per_unit > 0) & (quantity > 0)
    notes = []
    if (~usable).any():
        notes.append(
            translate(
                "allocation", "{count} lines with no positive net benefit were left out."
            ).format(count=int((~usable).sum()))
        )

    supply_ids = lines["supply_id"].astype(object)
    demand_ids = lines["demand_id"].astype(object)
    has_demand = demand_ids.notna().to_numpy() & (demand_ids.astype(str) != "").to_numpy()
    supply_index = pd.Index(supply_qty.index.astype(object))
    demand_index = pd.Index(demand_qty.index.astype(object))
    s_pos = supply_index.get_indexer(supply_ids)
    d_pos = np.full(len(lines), -1)
    d_pos[has_demand] = demand_index.get_indexer(demand_ids[has_demand])
    missing = usable & ((s_pos < 0) | (has_demand & (d_pos < 0)))
    if missing.any():
        unknown = pd.concat(
            [supply_ids[missing & (s_pos < 0)], demand_ids[missing & has_demand & (d_pos < 0)]]
        ).unique()
        raise AllocationError(
            translate("allocation", "No available or needed quantity is given for {ids}.").format(
                ids=", ".join(map(str, unknown[:10]))
            )
        )

    chosen_rows = np.flatnonzero(usable)
    x = np.zeros(len(lines))
    status = "no usable lines"
    if len(chosen_rows):
        x[chosen_rows], status = _solve(
            per_unit[chosen_rows],
            quantity[chosen_rows],
            conversion[chosen_rows],
            s_pos[chosen_rows],
            d_pos[chosen_rows],
            np.nan_to_num(supply_qty.to_numpy(dtype=float)),
            np.nan_to_num(demand_qty.to_numpy(dtype=float)),
        )
    return _result(
        lines, x, per_unit, conversion, s_pos, d_pos, supply_qty, demand_qty, status, notes
    )


def _solve(per_unit, quantity, conversion, s_pos, d_pos, supply, demand):
    n = len(per_unit)
    declared = d_pos >= 0
    columns = np.arange(n)
    a_supply = _incidence(s_pos, columns, len(supply), n, np.ones(n))
    # Inferred lines (no demand) have no entry in the demand rows.
    a_demand = _incidence(d_pos[declared], columns[declared], len(demand), n, conversion[declared])
    a_ub = sparse.vstack([a_supply, a_demand], format="csr")
    b_ub = np.concatenate([np.maximum(supply, 0.0), np.maximum(demand, 0.0)])
    bounds = np.column_stack([np.zeros(n), quantity])
    result = linprog(-per_unit, A_ub=a_ub, b_ub=b_ub, bounds=bounds, method="highs")
    if result.status != 0 or result.x is None:
        raise AllocationError(
            translate("allocation", "The allocation could not be solved: {message}").format(
                message=result.message
            )
        )
    x = np.clip(result.x, 0.0, quantity)
    x[x <= quantity * _RELATIVE_TOLERANCE] = 0.0
    return x, "optimal"


def _result(
    lines, x, per_unit, conversion, s_pos, d_pos, supply_qty, demand_qty, status, notes
) -> AllocationResult:
    n_supply, n_demand = len(supply_qty), len(demand_qty)
    valid_s = s_pos >= 0
    used_supply = np.bincount(s_pos[valid_s], weights=x[valid_s], minlength=n_supply)
    declared = d_pos >= 0
    used_demand = np.bincount(
        d_pos[declared], weights=(x * conversion)[declared], minlength=n_demand
    )
    supplies = pd.DataFrame(
        {
            "quantity": supply_qty.to_numpy(dtype=float),
            "allocated": used_supply,
            "residual": supply_qty.to_numpy(dtype=float) - used_supply,
        },
        index=supply_qty.index,
    )
    demands = pd.DataFrame(
        {
            "quantity": demand_qty.to_numpy(dtype=float),
            "allocated": used_demand,
            "residual": demand_qty.to_numpy(dtype=float) - used_demand,
        },
        index=demand_qty.index,
    )
    carried = x > 0
    chosen = lines.loc[carried].copy()
    chosen["allocated_quantity"] = x[carried]
    chosen["allocated_benefit_eur_yr"] = x[carried] * per_unit[carried]
    chosen["residual_supply"] = supplies["residual"].to_numpy()[s_pos[carried]]
    residual_demand = np.full(int(carried.sum()), np.nan)
    has = d_pos[carried] >= 0
    residual_demand[has] = demands["residual"].to_numpy()[d_pos[carried][has]]
    chosen["residual_demand"] = residual_demand
    total = float(chosen["allocated_benefit_eur_yr"].sum())
    notes.append(
        translate(
            "allocation", "{count} lines carry quantities; total net benefit {total} EUR/yr."
        ).format(count=int(carried.sum()), total=round(total))
    )
    return AllocationResult(
        chosen=chosen,
        supplies=supplies,
        demands=demands,
        total_benefit_eur_yr=total,
        status=status,
        notes=notes,
    )
