"""Economics of synergies: material break-even radius and heat transmission cost.

Every default is a documented order of magnitude, with its source beside it in
:mod:`ite_qgis.core.reference.defaults`, and every one can be changed per run. All functions are
vectorised: they take scalars or numpy arrays and broadcast them.

Material break-even radius (docs/architecture.md, Economics)::

    d_max = (avoided_disposal + avoided_purchase - treatment - handling)
            / (cost_per_tkm * (1 + empty_return))

Heat transmission (docs/architecture.md, Economics): a link is feasible when its levelised
transmission cost ``C_pipe(P) * L * (a + om) / Q`` is at most the ceiling ``c_max``, which gives
``d_max = c_max * Q / (C_pipe(P) * (a + om))``.
"""

from __future__ import annotations

import numpy as np

# The cost figures live in .defaults (plain Python, read by the Processing parameters).
from .defaults import HeatEconomics, MaterialEconomics, annuity_factor  # noqa: F401  (re-exported)

M_PER_KM = 1000.0


def break_even_radius_m(
    avoided_disposal_eur_t,
    avoided_purchase_eur_t,
    treatment_eur_t,
    handling_eur_t,
    cost_eur_per_tkm,
    empty_return,
) -> np.ndarray:
    """Distance in metres at which transport eats the whole value of a material synergy.

    Value per tonne (avoided disposal + avoided purchase - treatment - handling) divided by the
    transport cost per tonne-km including the empty return. A value <= 0 gives 0 (no radius:
    the synergy does not pay even next door). A transport cost <= 0 gives +inf (the caller caps
    radii at its maximum). Arguments broadcast; NaN inputs give NaN.
    """
    value_eur_t = (
        np.asarray(avoided_disposal_eur_t, dtype=float)
        + np.asarray(avoided_purchase_eur_t, dtype=float)
        - np.asarray(treatment_eur_t, dtype=float)
        - np.asarray(handling_eur_t, dtype=float)
    )
    cost_eur_t_km = np.asarray(cost_eur_per_tkm, dtype=float) * (
        1.0 + np.asarray(empty_return, dtype=float)
    )
    with np.errstate(divide="ignore", invalid="ignore"):
        radius_km = np.where(cost_eur_t_km > 0.0, value_eur_t / cost_eur_t_km, np.inf)
    radius_km = np.where(np.isnan(value_eur_t) | np.isnan(cost_eur_t_km), np.nan, radius_km)
    radius_km = np.where(value_eur_t <= 0.0, 0.0, radius_km)
    return radius_km * M_PER_KM


def transport_cost_eur_yr(distance_m, quantity_t_yr, cost_eur_per_tkm, empty_return) -> np.ndarray:
    """Yearly road transport cost of ``quantity_t_yr`` over ``distance_m``, empty return
    included. Arguments broadcast."""
    distance_km = np.asarray(distance_m, dtype=float) / M_PER_KM
    return (
        distance_km
        * np.asarray(quantity_t_yr, dtype=float)
        * np.asarray(cost_eur_per_tkm, dtype=float)
        * (1.0 + np.asarray(empty_return, dtype=float))
    )


# District-heating transmission pipe cost per metre by capacity class, MW -> EUR/m: Nielsen &
# Moeller (2013), "GIS based analysis of future district heating potential in Denmark", Energy
# 57, as used by the Hotmaps toolbox (excess-heat module). Costs cover a pair of pre-insulated
# pipes laid in the ground.
PIPE_COST_TABLE: dict[float, float] = {
    0.2: 195.0,
    0.3: 206.0,
    0.6: 220.0,
    1.2: 240.0,
    1.9: 261.0,
    3.6: 288.0,
    6.1: 323.0,
    9.8: 357.0,
    20.0: 426.0,
    45.0: 564.0,
    75.0: 701.0,
    125.0: 839.0,
    190.0: 976.0,
}
_PIPE_CLASSES_MW = np.array(sorted(PIPE_COST_TABLE), dtype=float)
_PIPE_COSTS_EUR_M = np.array([PIPE_COST_TABLE[k] for k in sorted(PIPE_COST_TABLE)], dtype=float)
LARGEST_PIPE_MW = float(_PIPE_CLASSES_MW[-1])


def pipe_class(capacity_mw) -> tuple[np.ndarray, np.ndarray]:
    """``(class_mw, cost_eur_m)``: the smallest table class that carries ``capacity_mw``.

    * at or below 0.2 MW (and for 0 MW): the 0.2 MW class;
    * between two classes: the larger one (a pipe must carry the full capacity);
    * above 190 MW: ``ceil(P / 190)`` parallel 190 MW pipes, so class ``n * 190`` MW at
      ``n * 976`` EUR/m (the table stops at 190 MW; parallel lines are how larger loads are
      carried, and it keeps the cost rising with capacity instead of flattening);
    * NaN or negative capacity: NaN class and cost.
    """
    capacity = np.asarray(capacity_mw, dtype=float)
    valid = np.isfinite(capacity) & (capacity >= 0.0)
    safe = np.where(valid, capacity, 0.0)
    position = np.searchsorted(_PIPE_CLASSES_MW, safe, side="left")
    above = position >= len(_PIPE_CLASSES_MW)
    position = np.minimum(position, len(_PIPE_CLASSES_MW) - 1)
    parallel = np.where(above, np.ceil(safe / LARGEST_PIPE_MW), 1.0)
    class_mw = np.where(valid, _PIPE_CLASSES_MW[position] * parallel, np.nan)
    cost_eur_m = np.where(valid, _PIPE_COSTS_EUR_M[position] * parallel, np.nan)
    return class_mw, cost_eur_m


def levelised_transmission_cost_eur_mwh(
    length_m, capacity_mw, heat_mwh_yr, econ: HeatEconomics | None = None
) -> np.ndarray:
    """``C_pipe(P) * L * (a + om) / Q`` in EUR/MWh; +inf when no heat is carried (Q <= 0)."""
    econ = econ or HeatEconomics()
    _, cost_eur_m = pipe_class(capacity_mw)
    yearly_eur = cost_eur_m * np.asarray(length_m, dtype=float) * econ.yearly_charge_share
    heat = np.asarray(heat_mwh_yr, dtype=float)
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.where(heat > 0.0, yearly_eur / heat, np.inf)


def max_transmission_distance_m(
    heat_mwh_yr, capacity_mw, econ: HeatEconomics | None = None
) -> np.ndarray:
    """Longest pipe (m) whose levelised cost stays at the ceiling:
    ``c_max * Q / (C_pipe(P) * (a + om))``. 0 when no heat is carried; NaN for bad input."""
    econ = econ or HeatEconomics()
    _, cost_eur_m = pipe_class(capacity_mw)
    heat = np.asarray(heat_mwh_yr, dtype=float)
    distance = econ.ceiling_eur_mwh * heat / (cost_eur_m * econ.yearly_charge_share)
    return np.where(heat > 0.0, distance, np.where(np.isnan(heat), np.nan, 0.0))
