"""Seasonal matching of a laid network: the heat its sources can give, period by period,
against the heat it must carry (the heat delivered to the connected sinks plus the network's
heat losses), with :func:`~ite_qgis.core.heat.seasonal.match_seasonal`.

The whole network is one pair: its sources pool their heat into one network, so the usable
heat is ``sum_p min(supply_p, demand_p)`` over the sum of the sources and the sum of the
demand.

* Supply: each source gives, in period p, ``min(H * q_p, C) * hours_p``, with ``H`` its yearly
  heat (MWh/yr), ``C`` its capacity (MW) and ``q_p`` the power per MWh/yr of the supply
  profile (flat by default: the heat spread evenly over the year). A source with a capacity
  and no yearly heat gives its capacity in the profile's strongest period and follows the
  profile otherwise (flat: its capacity every hour). A source with neither gives nothing.
* Demand: the heat delivered follows the demand profile (heating degree days and hot water by
  default); the heat losses are steady all year (the network stays at its temperatures).
  When the network's design load is given (the peak at its sources, sinks' peaks times the
  simultaneity factor), the peak of the heat delivered is that load, not the degree-day
  estimate: the backup is then sized on the same peak as the pipes. Each period's peak keeps
  its ratio to the coldest period's and is never below the period's mean power.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ..seasonal import Profile, flat_profile, match_seasonal

HOURS_PER_YEAR = 8760.0


@dataclass(frozen=True)
class NetworkSeason:
    """The network's seasonal matching: yearly supply and demand (MWh/yr), usable heat
    (MWh/yr), shares of the supply used and of the demand covered, the demand's peak and the
    peak backup capacity (kW)."""

    supply_mwh_yr: float
    demand_mwh_yr: float
    usable_mwh_yr: float
    source_used_share: float
    demand_covered_share: float
    demand_peak_kw: float
    backup_peak_kw: float


def _common(supply: Profile, demand: Profile) -> tuple[Profile, Profile]:
    if supply.periods == demand.periods:
        return supply, demand
    return supply.hourly(), demand.hourly()


def pooled_supply(heat_mwh_yr, capacity_kw, supply: Profile) -> tuple[float, Profile]:
    """``(yearly heat, profile)`` of several sources pooled, each capped by its capacity
    (NaN heat: from the capacity; NaN capacity: no cap; both NaN: nothing)."""
    heat = np.asarray(heat_mwh_yr, dtype=float).reshape(-1, 1)
    cap_mw = np.asarray(capacity_kw, dtype=float).reshape(-1, 1) / 1000.0
    power_per_mwh = np.asarray(supply.shares / supply.hours, dtype=float)  # (P,) in 1/h
    heat = np.where(np.isfinite(heat) & (heat >= 0), heat,
                    np.nan_to_num(cap_mw, nan=0.0) / power_per_mwh.max())
    cap_mw = np.where(np.isfinite(cap_mw) & (cap_mw >= 0), cap_mw, np.inf)
    energy = (np.minimum(heat * power_per_mwh, cap_mw) * supply.hours).sum(axis=0)
    total = float(energy.sum())
    if total <= 0:
        return 0.0, supply
    shares = energy / total
    return total, Profile(shares, supply.hours, shares / supply.hours)


def with_steady_losses(delivered_mwh_yr: float, loss_mwh_yr: float,
                       demand: Profile) -> tuple[float, Profile]:
    """``(yearly demand, profile)`` of the heat delivered, shaped by ``demand``, plus steady
    heat losses."""
    total = delivered_mwh_yr + loss_mwh_yr
    if total <= 0:
        return 0.0, demand
    steady = demand.hours / HOURS_PER_YEAR
    shares = (delivered_mwh_yr * demand.shares + loss_mwh_yr * steady) / total
    peak = (delivered_mwh_yr * demand.peak + loss_mwh_yr / HOURS_PER_YEAR) / total
    return total, Profile(shares, demand.hours, peak)


def with_peak(demand: Profile, yearly_mwh: float, peak_kw: float | None) -> Profile:
    """``demand`` with its highest peak set to ``peak_kw`` for ``yearly_mwh`` (module
    docstring); unchanged without a peak or a demand."""
    if not peak_kw or yearly_mwh <= 0 or not np.isfinite(peak_kw):
        return demand
    mean = demand.shares / demand.hours
    peak = np.maximum(demand.peak * (peak_kw / 1000.0 / yearly_mwh / demand.peak.max()), mean)
    return Profile(demand.shares, demand.hours, peak)


def network_season(heat_mwh_yr, capacity_kw, delivered_mwh_yr: float, loss_mwh_yr: float,
                   demand: Profile, supply: Profile | None = None,
                   design_load_kw: float | None = None) -> NetworkSeason:
    """Match the pooled sources (``heat_mwh_yr``, ``capacity_kw``: one value per source, NaN
    where unknown) with the network's demand, period by period (module docstring)."""
    demand = with_peak(demand, delivered_mwh_yr, design_load_kw)
    supply, demand = _common(supply or flat_profile(demand.periods), demand)
    supplied, supply_shape = pooled_supply(heat_mwh_yr, capacity_kw, supply)
    needed, demand_shape = with_steady_losses(delivered_mwh_yr, loss_mwh_yr, demand)
    match = match_seasonal([supplied], supply_shape, [needed], demand_shape)
    usable = float(match.usable_mwh_yr[0])
    return NetworkSeason(
        supply_mwh_yr=supplied, demand_mwh_yr=needed, usable_mwh_yr=usable,
        source_used_share=usable / supplied if supplied > 0 else 0.0,
        demand_covered_share=usable / needed if needed > 0 else 0.0,
        demand_peak_kw=float(match.demand_peak_mw[0]) * 1000.0,
        backup_peak_kw=float(match.backup_peak_mw[0]) * 1000.0)
