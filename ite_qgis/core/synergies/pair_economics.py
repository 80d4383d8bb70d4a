"""Economics of a (supply, demand) pair: quantity exchanged, radius, transport cost and benefit.

Economics per family (every figure can be set per run):

* material: break-even radius (docs/architecture.md, Economics) from the supply's disposal
  cost (its ``cost_eur_per_unit``, else ``econ.avoided_disposal_eur_t``) and the demand's
  purchase price (its ``cost_eur_per_unit``), road transport at ``econ.cost_eur_per_tkm`` with
  ``econ.empty_return``;
* heat and steam: longest pipe whose levelised cost stays within ``heat_econ.ceiling_eur_mwh``
  for the heat delivered, at the capacity ``heat / min(supply hours, demand hours)``; the
  temperature rule (supply temperature >= required temperature) applies;
* other families (water, gas, electricity, service): the catalogue's transport cost per unit-km
  when it gives one (break-even as for materials), otherwise no economic model: the fixed radius
  is used and transport is not costed (a note says so).

``radius_mode``: ``economic`` (the economic radius capped by ``econ.max_radius_m``), ``fixed``
(``fixed_radius_m`` for every pair) or ``min`` (the smaller of both).

Quantity of a declared pair, in the supply's unit: ``min(supply, demand / conversion)`` where
``conversion = efficiency * demand_unit_per_supply_unit`` of the rule; the demand receives
``quantity * conversion``. An inferred pair has no stated demand: its quantity is the whole supply
and no purchase price is counted.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ..common.families import HEAT_FAMILIES
from ..common.units import HOURS_PER_YEAR
from ..reference.economics import (
    PIPE_COST_TABLE,
    HeatEconomics,
    MaterialEconomics,
    break_even_radius_m,
    max_transmission_distance_m,
    pipe_class,
    transport_cost_eur_yr,
)
from .supplies_demands import Points

# Hours of a supply or demand that gives none: all year. For heat this is the lowest capacity,
# hence the cheapest pipe; state the hours to be less optimistic.
DEFAULT_HOURS_PER_YEAR = HOURS_PER_YEAR


@dataclass
class Settings:
    radius_mode: str
    fixed_radius_m: float
    detour_factor: float
    max_candidates: int
    econ: MaterialEconomics
    heat_econ: HeatEconomics


@dataclass
class TransportModel:
    """How a supply code travels: ``road`` (break-even), ``pipe`` (heat) or ``fixed``."""

    kind: str
    cost_eur_per_unit_km: float = np.nan
    empty_return: float = 0.0


def transport_model(code: str, family: str, catalogue, econ: MaterialEconomics) -> TransportModel:
    if family in HEAT_FAMILIES:
        return TransportModel("pipe")
    if family == "material":
        return TransportModel("road", econ.cost_eur_per_tkm, econ.empty_return)
    entry = catalogue.entry(code)
    cost = float(entry.get("transport_cost_eur_per_unit_km") or np.nan)
    if np.isfinite(cost) and cost > 0:
        empty = econ.empty_return if entry.get("transport_mode") == "road" else 0.0
        return TransportModel("road", cost, empty)
    return TransportModel("fixed")


def _apply_mode(economic_m: np.ndarray, settings: Settings) -> np.ndarray:
    capped = np.minimum(economic_m, settings.econ.max_radius_m)
    if settings.radius_mode == "fixed":
        return np.full_like(capped, settings.fixed_radius_m)
    if settings.radius_mode == "min":
        return np.minimum(capped, settings.fixed_radius_m)
    return capped


def disposal_eur_per_unit(supplies: Points, family: str, econ: MaterialEconomics) -> np.ndarray:
    """What a supplier pays today per unit to get rid of it (its own figure when given)."""
    default = econ.avoided_disposal_eur_t if family == "material" else 0.0
    return np.where(np.isfinite(supplies.cost), supplies.cost, default)


def economics_of_pairs(
    model: TransportModel,
    supply_qty: np.ndarray,
    demand_qty: np.ndarray,
    conversion: float,
    disposal: np.ndarray,
    price: np.ndarray,
    supply_hours: np.ndarray,
    demand_hours: np.ndarray,
    distance_m: np.ndarray,
    settings: Settings,
) -> dict[str, np.ndarray]:
    """Quantity, radius and yearly money of pairs; arrays aligned. ``demand_qty`` inf and
    ``price`` 0 for inferred pairs."""
    quantity = np.minimum(supply_qty, demand_qty / conversion)
    delivered = quantity * conversion
    purchase_per_unit = price * conversion
    avoided = quantity * disposal + delivered * price
    econ, heat = settings.econ, settings.heat_econ
    if model.kind == "pipe":
        hours = np.fmin(supply_hours, demand_hours)
        hours = np.where(np.isfinite(hours) & (hours > 0), hours, DEFAULT_HOURS_PER_YEAR)
        capacity_mw = delivered / hours
        economic = max_transmission_distance_m(delivered, capacity_mw, heat)
        _, cost_eur_m = pipe_class(capacity_mw)
        transport = cost_eur_m * distance_m * heat.yearly_charge_share
        extra = 0.0
    elif model.kind == "road":
        economic = break_even_radius_m(
            disposal,
            purchase_per_unit,
            econ.treatment_eur_t,
            econ.handling_eur_t,
            model.cost_eur_per_unit_km,
            model.empty_return,
        )
        transport = transport_cost_eur_yr(
            distance_m, quantity, model.cost_eur_per_unit_km, model.empty_return
        )
        extra = quantity * (econ.treatment_eur_t + econ.handling_eur_t)
    else:
        economic = np.full(len(quantity), settings.fixed_radius_m)
        transport = np.zeros(len(quantity))
        extra = 0.0
    max_distance = _apply_mode(np.asarray(economic, dtype=float), settings)
    if model.kind == "fixed":
        max_distance = np.full(len(quantity), settings.fixed_radius_m)
    return {
        "quantity": quantity,
        "delivered": delivered,
        "max_distance_m": max_distance,
        "transport_cost_eur_yr": transport,
        "avoided_cost_eur_yr": avoided,
        "net_benefit_eur_yr": avoided - transport - extra,
    }


def query_bound_m(
    model: TransportModel,
    supplies: Points,
    disposal: np.ndarray,
    best_demand_qty: float,
    best_price: float,
    conversion: float,
    settings: Settings,
) -> float:
    """Upper bound of the radius of any pair of the group (metres along the route)."""
    if model.kind == "fixed" or settings.radius_mode == "fixed":
        return settings.fixed_radius_m
    n = len(supplies.quantity)
    economics = economics_of_pairs(
        model,
        supplies.quantity,
        np.full(n, best_demand_qty),
        conversion,
        disposal,
        np.full(n, best_price),
        supplies.hours,
        supplies.hours,
        np.zeros(n),
        settings,
    )
    bound = np.asarray(economics["max_distance_m"], dtype=float)
    if model.kind == "pipe":
        # A smaller flow may need a cheaper pipe class and so reach further: add the distance
        # at the top of the largest class below the flow (see _pipe_class_top_distance_m).
        hours = np.where(
            np.isfinite(supplies.hours) & (supplies.hours > 0),
            supplies.hours,
            DEFAULT_HOURS_PER_YEAR,
        )
        delivered = economics["delivered"]
        top = _apply_mode(_pipe_class_top_distance_m(delivered / hours, hours, settings), settings)
        bound = np.fmax(bound, top)
    return float(np.nanmax(bound, initial=0.0))


def _pipe_class_top_distance_m(
    capacity_mw: np.ndarray, hours: np.ndarray, settings: Settings
) -> np.ndarray:
    """Longest economic pipe for any flow up to ``capacity_mw``, beyond the flow itself.

    Within a pipe class the cost per metre is constant, so the distance grows with the heat
    carried and peaks at the top of the class. Capacity per euro (MW / EUR/m) grows from class
    to class (0.2/195 ... 190/976) and stays constant for parallel 190 MW pipes, so of all class
    tops below ``capacity_mw`` the largest reaches furthest: ``c_max * P_top * hours /
    (C_pipe(P_top) * (a + om))``. 0 when the flow is below the smallest class.
    """
    classes = np.array(sorted(PIPE_COST_TABLE), dtype=float)
    costs = np.array([PIPE_COST_TABLE[c] for c in classes])
    position = np.searchsorted(classes, capacity_mw, side="right") - 1
    below_smallest = position < 0
    position = np.clip(position, 0, len(classes) - 1)
    heat = settings.heat_econ
    distance = (
        heat.ceiling_eur_mwh
        * classes[position]
        * hours
        / (costs[position] * heat.yearly_charge_share)
    )
    return np.where(below_smallest | ~np.isfinite(capacity_mw), 0.0, distance)


def co2_factor(code: str, catalogue, family: str, heat_econ: HeatEconomics) -> float:
    factor = float(catalogue.entry(code).get("co2_factor_t_per_unit") or np.nan)
    if not np.isfinite(factor) and family in HEAT_FAMILIES:
        factor = heat_econ.gas_boiler_co2_t_mwh
    return factor
