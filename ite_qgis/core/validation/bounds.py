"""The largest quantity a row of an inventory can hold, per unit family (canonical units).

A quantity above its bound is not a big site: it is a typing error (a unit mixed up, digits
repeated, ``1e308`` pasted from a test) that would turn every total, share and map of the run
into nonsense or ``inf``. Rows over the bound are left out and named, never used. Each bound
is one or two orders of magnitude above the largest single industrial site known, so that no
real flow is ever refused; the comment next to each says which site.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from ..common.units import MAX_HOURS_PER_YEAR, parse_unit

# Mass, t/yr. The largest single sites move a few hundred Mt a year: the Carajás iron-ore mine
# (Vale, Brazil) ships about 200 Mt/yr; the largest integrated steelworks (POSCO Gwangyang,
# ~20 Mt of steel) take in about 35 Mt of ore and coal. One gigatonne a year is half of the
# world's steel output (1.9 Gt in 2023, worldsteel): no single row of an inventory is larger.
MAX_MASS_T_YR = 1e9
# Energy, MWh/yr. The largest power station, Three Gorges (22.5 GW), produced 112 TWh in 2020
# (1.1e8 MWh); France's whole final energy use is about 1,600 TWh/yr (1.6e9 MWh). 1e9 MWh/yr
# (1,000 TWh) is ten Three Gorges on one site.
MAX_ENERGY_MWH_YR = 1e9
# Volume, m3/yr. The largest site water flows are once-through cooling of nuclear plants:
# Gravelines (6 x 900 MW, Dunkirk) draws about 250 m3/s, 8e9 m3/yr; the Rhine at its mouth
# carries about 70 km3/yr (7e10 m3). 1e11 m3/yr is more than the Rhine.
MAX_VOLUME_M3_YR = 1e11
# Power, MW. Three Gorges, the largest power station on Earth, is 22,500 MW; 1e5 MW is four
# times that, and about the whole installed capacity of France (~150 GW) on one site.
MAX_POWER_MW = 1e5
# Services (pooling), count/yr: a shared service used once a second all year is 3e7 a year;
# 1e9 is a thousand a second, far beyond any service shared between sites.
MAX_SERVICE_COUNT_YR = 1e9

# Canonical unit family -> bound (core/common/units.CANONICAL_UNITS).
BOUNDS = {
    "mass": MAX_MASS_T_YR,
    "energy": MAX_ENERGY_MWH_YR,
    "volume": MAX_VOLUME_M3_YR,
    "service": MAX_SERVICE_COUNT_YR,
}
# Temperature, degrees C: the hottest industrial processes (electric arc furnaces, glass melting)
# run at 1,600-1,800 C; 3,000 C is beyond any heat a site could hand over.
MAX_TEMPERATURE_C = 3000.0
# A quantity whose unit cannot be read gets the largest bound: only the absurd is refused.
MAX_ANY = max(BOUNDS.values())
# Money, EUR/yr (net benefits, costs of a synergy line): 1e12 EUR/yr is about half of France's
# GDP; no exchange between two sites is worth that.
MAX_EUR_YR = 1e12


def quantity_bounds(units: pd.Series | None, index: pd.Index) -> np.ndarray:
    """The bound of each row's quantity, expressed in the row's own unit (so that ``quantity >
    bound`` compares like with like): the family's bound divided by the unit's factor. A rate
    (``t/h``) or a power (``MW``) is bounded as if it ran all year (8,784 h), a power also by
    :data:`MAX_POWER_MW`. Rows whose unit is empty or unknown get :data:`MAX_ANY`. Each distinct
    unit text is parsed once."""
    if units is None:
        return np.full(len(index), MAX_ANY)
    text = units.astype(object).where(units.notna(), "").astype(str)
    codes, uniques = pd.factorize(text)
    per_unit = np.array([_bound(u) for u in uniques] + [MAX_ANY], dtype=float)
    return per_unit[codes]


def _bound(unit: str) -> float:
    info = parse_unit(unit) if unit.strip() else None
    if info is None:
        return MAX_ANY
    family_bound = BOUNDS.get(info.family, MAX_ANY)
    if info.kind == "annual":
        return family_bound / info.amount_factor
    if info.kind == "power":
        return min(MAX_POWER_MW, family_bound / MAX_HOURS_PER_YEAR) / info.amount_factor
    return family_bound / (info.amount_factor * info.per_hour * MAX_HOURS_PER_YEAR)
