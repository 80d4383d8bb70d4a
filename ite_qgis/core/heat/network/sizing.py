"""Pipe sizing: design load by simultaneity, the smallest standard DN that carries it, its heat
loss and its cost per trench metre.

Sources of every figure:

* Simultaneity factor (Winter, Haslauer & Obernberger 2001, "Untersuchungen der
  Gleichzeitigkeit in kleinen und mittleren Nahwärmenetzen", Euroheat & Power 30(9-10)), fitted
  on measured Austrian networks and used by many district heating planning tools:
  ``f(n) = a + b / (1 + (n / c) ** d)`` with a = 0.4497, b = 0.5512, c = 53.8438, d = 1.7627
  (f(1) = 1; f tends to 0.45 for a large number n of consumers).
* Steel service pipe dimensions of pre-insulated bonded pipes, EN 253 (outer diameter and wall
  thickness of the steel pipe, casing outer diameter of insulation series 1).
* Water density and kinematic viscosity at 40-100 °C (IAPWS values, rounded).
* Pressure loss: Darcy-Weisbach with the Swamee-Jain friction factor, roughness 0.05 mm
  (commercial steel, a usual design value).
* Heat loss of a pair of buried single pipes (supply and return): the steady-state formula of
  EN 13941 / Wallentén (1991), as given by Frederiksen & Werner (2013), "District Heating and
  Cooling", ch. 5: ``q = (Ts + Tr - 2 Tg) / (Ri + Rs + Rh)`` per metre of trench, with the
  insulation resistance ``Ri = ln(Dc / Do) / (2 pi li)``, the soil resistance
  ``Rs = ln(4 H / Dc) / (2 pi ls)`` and the mutual resistance
  ``Rh = ln(sqrt(1 + (2 H / E) ** 2)) / (2 pi ls)``. PUR insulation li = 0.027 W/m/K (EN 253
  caps aged PUR at 0.029), soil ls = 1.5 W/m/K, depth to the pipe axis H = 1.0 m, axis distance
  E = Dc + 0.15 m, ground at 10 °C.
* Investment per trench metre (pipes, trench, laying): Persson & Werner (2011), "Heat
  distribution and the future competitiveness of district heating", Applied Energy 88,
  ``C = C1 + C2 * d`` with d the inner diameter in metres; outer-city areas C1 = 214 EUR/m,
  C2 = 1,725 EUR/m² (inner city: 286 and 2,022; parks: 151 and 1,378; EUR of 2007). A load the
  largest DN cannot carry is costed with the capacity-class table of
  :mod:`ite_qgis.core.reference.economics` (parallel pipes).
"""

from __future__ import annotations

import numpy as np

from ...reference.economics import pipe_class

# Winter et al. (2001) simultaneity fit (see the module docstring).
SIMULTANEITY_A, SIMULTANEITY_B = 0.449677646267461, 0.551071874836464
SIMULTANEITY_C, SIMULTANEITY_D = 53.8438, 1.7627

# EN 253: DN, steel outer diameter (mm), wall thickness (mm), casing diameter series 1 (mm).
CATALOGUE = np.array([
    (20, 26.9, 2.6, 90), (25, 33.7, 2.6, 90), (32, 42.4, 2.6, 110), (40, 48.3, 2.6, 110),
    (50, 60.3, 2.9, 125), (65, 76.1, 2.9, 140), (80, 88.9, 3.2, 160), (100, 114.3, 3.6, 200),
    (125, 139.7, 3.6, 225), (150, 168.3, 4.0, 250), (200, 219.1, 4.5, 315),
    (250, 273.0, 5.0, 400), (300, 323.9, 5.6, 450), (350, 355.6, 5.6, 500),
    (400, 406.4, 6.3, 560), (450, 457.0, 6.3, 630), (500, 508.0, 6.3, 710),
    (600, 610.0, 7.1, 800),
])
DN = CATALOGUE[:, 0].astype(int)
INNER_M = (CATALOGUE[:, 1] - 2.0 * CATALOGUE[:, 2]) / 1000.0
STEEL_OUTER_M = CATALOGUE[:, 1] / 1000.0
CASING_M = CATALOGUE[:, 3] / 1000.0

# Water at 40, 60, 80, 100 °C: density kg/m3, kinematic viscosity m2/s; heat capacity J/kg/K.
WATER_T = np.array([40.0, 60.0, 80.0, 100.0])
WATER_RHO = np.array([992.2, 983.2, 971.8, 958.4])
WATER_NU = np.array([0.658e-6, 0.474e-6, 0.365e-6, 0.294e-6])
WATER_CP = 4186.0
ROUGHNESS_M = 0.05e-3

INSULATION_W_MK, SOIL_W_MK, DEPTH_M, SPACING_M, GROUND_C = 0.027, 1.5, 1.0, 0.15, 10.0
COST_AREAS = {"inner_city": (286.0, 2022.0), "outer_city": (214.0, 1725.0),
              "park": (151.0, 1378.0)}
HOURS_PER_YEAR = 8760.0


def simultaneity(count) -> np.ndarray:
    """Winter et al. (2001) factor for ``count`` consumers downstream (1 for one, or none)."""
    n = np.maximum(np.asarray(count, dtype=float), 1.0)
    factor = SIMULTANEITY_A + SIMULTANEITY_B / (1.0 + (n / SIMULTANEITY_C) ** SIMULTANEITY_D)
    return np.minimum(factor, 1.0)


def pressure_gradient_pa_m(load_kw, supply_c: float, return_c: float) -> np.ndarray:
    """Pressure loss per metre (Pa/m) of ``load_kw`` (k) in every DN: (k x DN) array."""
    mean = 0.5 * (supply_c + return_c)
    rho, nu = np.interp(mean, WATER_T, WATER_RHO), np.interp(mean, WATER_T, WATER_NU)
    flow_m3_s = np.asarray(load_kw, dtype=float)[:, None] * 1000.0 / (
        rho * WATER_CP * (supply_c - return_c))
    area = np.pi * INNER_M ** 2 / 4.0
    velocity = flow_m3_s / area
    reynolds = np.maximum(velocity * INNER_M / nu, 1.0)
    friction = 0.25 / np.log10(ROUGHNESS_M / (3.7 * INNER_M) + 5.74 / reynolds ** 0.9) ** 2
    friction = np.where(reynolds < 2300.0, 64.0 / reynolds, friction)
    return friction * rho * velocity ** 2 / (2.0 * INNER_M), velocity


def pick_dn(load_kw, supply_c: float, return_c: float, max_pa_m: float,
            max_velocity_m_s: float) -> np.ndarray:
    """Index into the catalogue of the smallest DN within both limits; -1 when none is."""
    gradient, velocity = pressure_gradient_pa_m(load_kw, supply_c, return_c)
    fits = (gradient <= max_pa_m) & (velocity <= max_velocity_m_s)
    return np.where(fits.any(axis=1), np.argmax(fits, axis=1), -1)


def heat_loss_w_m(index, supply_c: float, return_c: float) -> np.ndarray:
    """Heat lost per trench metre (W/m) by the supply and return pipes of each DN index."""
    index = np.asarray(index)
    dc, do = CASING_M[index], STEEL_OUTER_M[index]
    r_ins = np.log(dc / do) / (2.0 * np.pi * INSULATION_W_MK)
    r_soil = np.log(4.0 * DEPTH_M / dc) / (2.0 * np.pi * SOIL_W_MK)
    spacing = dc + SPACING_M
    r_mutual = np.log(np.sqrt(1.0 + (2.0 * DEPTH_M / spacing) ** 2)) / (2.0 * np.pi * SOIL_W_MK)
    return (supply_c + return_c - 2.0 * GROUND_C) / (r_ins + r_soil + r_mutual)


def size_pipes(load_kw, supply_c: float, return_c: float, max_pa_m: float,
               max_velocity_m_s: float, cost_area: str = "outer_city") -> dict[str, np.ndarray]:
    """DN (0 when larger than the catalogue), cost EUR/m and heat loss W/m for each load."""
    load = np.asarray(load_kw, dtype=float)
    index = pick_dn(load, supply_c, return_c, max_pa_m, max_velocity_m_s)
    inside = index >= 0
    safe = np.where(inside, index, len(DN) - 1)
    c1, c2 = COST_AREAS[cost_area]
    _, class_cost = pipe_class(load / 1000.0)
    cost = np.where(inside, c1 + c2 * INNER_M[safe], class_cost)
    # Beyond the catalogue: parallel pipes of the largest DN, each losing its share.
    parallel = np.where(inside, 1.0, np.ceil(load / np.maximum(_largest_kw(
        supply_c, return_c, max_pa_m, max_velocity_m_s), 1e-9)))
    loss = heat_loss_w_m(safe, supply_c, return_c) * parallel
    return {"dn": np.where(inside, DN[safe], 0), "cost_eur_m": cost, "loss_w_m": loss}


def _largest_kw(supply_c, return_c, max_pa_m, max_velocity_m_s) -> float:
    """The largest load the largest DN carries within the limits (bisection on kW)."""
    low, high = 0.0, 1.0e7
    for _ in range(60):
        middle = 0.5 * (low + high)
        fits = pick_dn(np.array([middle]), supply_c, return_c, max_pa_m, max_velocity_m_s)[0]
        low, high = (middle, high) if fits >= 0 else (low, middle)
    return low
