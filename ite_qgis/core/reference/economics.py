"""Economics of synergies: material break-even radius and heat transmission cost.

Every default is a documented order of magnitude (source in the comment beside it) and every one
can be changed per run. All functions are vectorised: they take scalars or numpy arrays and
broadcast them.

Material break-even radius (docs/architecture.md, Economics)::

    d_max = (avoided_disposal + avoided_purchase - treatment - handling)
            / (cost_per_tkm * (1 + empty_return))

Heat transmission (docs/architecture.md, Economics): a link is feasible when its levelised
transmission cost ``C_pipe(P) * L * (a + om) / Q`` is at most the ceiling ``c_max``, which gives
``d_max = c_max * Q / (C_pipe(P) * (a + om))``.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

M_PER_KM = 1000.0


@dataclass
class MaterialEconomics:
    """Cost figures for moving a tonne of waste or by-product from one site to another."""

    # Road freight by articulated truck: about EUR 1.1-1.9 per truck-km (French CNR road-haulage
    # cost indices; docs/architecture.md, Economics), i.e. about EUR 0.05-0.08 per loaded
    # tonne-km with a 25 t payload.
    # 0.065 is the middle of that range (EUR 1.6/km / 25 t).
    cost_eur_per_tkm: float = 0.065
    # Share of the loaded distance driven back empty. By-product exchanges are dedicated
    # shuttles between two fixed sites (tippers, tankers, skip trucks) that rarely find a return
    # load, so the truck comes back empty the same distance: 1.0. Eurostat's road freight survey
    # puts the empty share of all EU truck-km at about 20 %, but that average comes from
    # networks that plan backhauls, which a point-to-point waste run cannot count on; 0.5 would
    # be optimistic. The cost per tonne-km above is per *loaded* tonne-km, hence the factor.
    empty_return: float = 1.0
    # French landfill gate fee for non-hazardous waste, excluding tax: about EUR 79/t
    # (ADEME cost references for French landfill; docs/architecture.md, Economics).
    landfill_eur_t: float = 79.0
    # TGAP (taxe generale sur les activites polluantes) on non-hazardous landfill, 2025 rate:
    # EUR 65/t (French Code des douanes art. 266 nonies, trajectory set by the 2019 finance
    # law).
    landfill_tax_eur_t: float = 65.0
    # Treatment before reuse (drying, crushing, screening...) depends entirely on the material
    # and the receiver: no general figure, so 0 unless the user sets one.
    treatment_eur_t: float = 0.0
    # Loading, weighing and unloading at both ends: site-specific (a wheel loader already on
    # site costs almost nothing extra, a dedicated transfer much more), no general published
    # figure, so 0 by default; set it per run when known.
    handling_eur_t: float = 0.0
    # Upper bound on any radius, whatever the economics say: 100 km. The UK NISP's median
    # synergy distance was about 33 km (docs/architecture.md, Economics), so 100 km keeps the
    # long tail.
    max_radius_m: float = 100_000.0

    @property
    def avoided_disposal_eur_t(self) -> float:
        """Gate fee plus landfill tax a supplier no longer pays per tonne diverted."""
        return self.landfill_eur_t + self.landfill_tax_eur_t


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


def annuity_factor(rate, years) -> np.ndarray | float:
    """Capital recovery factor ``r / (1 - (1 + r)^-n)``; ``1 / n`` when the rate is 0.

    3 % over 30 years gives 0.05102.
    """
    rate_arr = np.asarray(rate, dtype=float)
    years_arr = np.asarray(years, dtype=float)
    with np.errstate(divide="ignore", invalid="ignore"):
        factor = np.where(
            rate_arr == 0.0,
            1.0 / years_arr,
            rate_arr / (1.0 - (1.0 + rate_arr) ** (-years_arr)),
        )
    return float(factor) if factor.ndim == 0 else factor


@dataclass
class HeatEconomics:
    """Cost and impact figures for carrying waste heat to a district heating area."""

    # Discount rate and depreciation period of the transmission pipe: 3 % over 30 years
    # (the Hotmaps excess-heat module's defaults; docs/architecture.md, Economics).
    rate: float = 0.03
    years: float = 30.0
    # Yearly operation and maintenance as a share of the investment: 1 %/yr
    # (docs/architecture.md, Economics).
    om_share: float = 0.01
    # Highest acceptable levelised transmission cost: EUR 10/MWh (Hotmaps default;
    # docs/architecture.md, Economics).
    ceiling_eur_mwh: float = 10.0
    # Emission factor of the heat a natural gas boiler would otherwise make: 0.227 t CO2/MWh
    # (docs/architecture.md, Economics: CO2 avoided).
    gas_boiler_co2_t_mwh: float = 0.227
    # Heat (space heating + hot water) of one "dwelling equivalent", MWh/yr. 12 is triangulated
    # from the Dunkirk network (resources/samples/dunkirk/SOURCES.md): 22,814 t of CO2 avoided
    # in 2015 ([S8]) / 0.227 t/MWh is about 100 GWh of recovered heat, 56-60 % of the heat sold
    # ([S1], [S6]), so 170-180 GWh for 15,000-16,000 dwelling equivalents ([S1], [S4], [S6]):
    # 10.5-12 MWh each; the main network's 120 MW at some 1,600 full-load hours give 190 GWh,
    # 11.9 MWh each; an older French dwelling with hot water needs about 14 MWh
    # (ite_qgis/core/synthetic_heat.py). New or small dwellings need less: the Grande-Synthe
    # branch delivers 26,000 MWh/yr for 3,000 dwelling equivalents ([S4], [S5]: 8.7 MWh), and
    # "26,000 houses" for the original 100 MW network means 7-8 MWh each. Set it per run for
    # another stock.
    mwh_per_dwelling: float = 12.0

    @property
    def annuity(self) -> float:
        return float(annuity_factor(self.rate, self.years))

    @property
    def yearly_charge_share(self) -> float:
        """Annuity plus O&M: the share of the investment paid each year."""
        return self.annuity + self.om_share


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
