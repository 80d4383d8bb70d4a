"""The default figures of the analyses, each with its source: one home for every default.

The core functions take their keyword defaults from here, and the Processing algorithms show the
same figures as their parameter defaults. Plain Python on purpose (no numpy, pandas or
geopandas): QGIS builds every algorithm's parameters when the plugin loads, before the
algorithms check that those packages are installed.
"""

from __future__ import annotations

from dataclasses import dataclass

# -- synergies (ite_qgis.core.synergies)

# How a candidate's search radius is set: the economic break-even distance, a fixed distance, or
# the smaller of both. The order is that of the choices of ite:findsynergies.
RADIUS_MODES = ("economic", "fixed", "min")
# Fixed search radius: 50 km, a choice of this plugin: above the UK NISP's median synergy
# distance of about 33 km (docs/architecture.md, Economics), half the 100 km upper bound of any
# radius (MaterialEconomics.max_radius_m below).
FIXED_RADIUS_M = 50_000.0
# Route length over straight-line distance: road or pipe routes are longer than the crow flies;
# 1.3 is a common circuity figure for road networks.
DETOUR_FACTOR = 1.3
# Candidates kept per supply, best score first: a choice, enough to compare, few enough to read.
MAX_CANDIDATES = 10
# Sites with the same waste or need are pooled when at most 5 km apart (a choice of this
# plugin: a neighbourhood one collection round serves); a truck carries 20 t (a typical
# articulated tipper or skip lorry payload in Europe).
POOLING_RADIUS_M = 5_000.0
TRUCK_PAYLOAD_T = 20.0

# Siting potential (ite:sitingpotential): a grid of 500 m cells by default (a choice of this
# plugin: about the size of a plot in a business park, and 40,000 cells over a 100 km square
# territory); at most 5 million cells (a 2,236 km square of 1 km cells, or 100 km of 45 m
# cells), which keeps the per-cell results under 200 MB; the 10 best places are listed.
SITING_CELL_M = 500.0
SITING_MAX_CELLS = 5_000_000
SITING_TOP_PLACES = 10

# -- heat (ite_qgis.core.heat)

# Side of a heat density cell: 100 m, the resolution of the Hotmaps heat density maps.
HEAT_CELL_M = 100.0
# Hotmaps district heating potential rule: a cell is a candidate from 333 MWh/ha, and an area of
# such cells is kept from 30 GWh/yr.
DH_PIXEL_THRESHOLD_MWH_HA = 333.0
DH_AREA_THRESHOLD_GWH_YR = 30.0
# One closing pass (3 x 3 cells) fills the one-cell gaps a street leaves between dense blocks.
DH_CLOSING_ITERATIONS = 1
# Hotmaps tests the area threshold on the demand of the cells above the pixel threshold only
# (not on the cells the closing adds); ours does the same unless told otherwise.
DH_THRESHOLD_WITH_CLOSING = False
# -- seasonal matching (ite_qgis.core.heat.seasonal; resources/heat_profiles/README.md)
# Reference climate of the heating degree days by default: Nord-Pas-de-Calais (FR30), the
# region of the Dunkirk sample.
SEASONAL_CLIMATE = "FR30"
# Share of hot water in the heat a network sells: 0.19, from Eurostat's energy consumption in
# households (EU, 2021: water heating 14.9 % and space heating 63.5 % of household final
# energy, so 14.9 / 78.4). Hot water is drawn evenly all year; space heat follows degree days.
HOT_WATER_SHARE = 0.19
# Supply temperature of the district heating network: 90 °C, a choice of this plugin (a usual
# supply temperature of today's networks); a source must be at least this hot.
NETWORK_TEMPERATURE_C = 90.0

# -- publishing (ite_qgis.core.publishing)

# Confidential sites are moved by up to 1 km in public copies (a choice of this plugin: it hides
# a plant among its neighbours and keeps it in its industrial zone at a territory's scale).
DISPLACEMENT_RADIUS_M = 1000.0

# -- flow maps (ite_qgis.core.flows)

# Drawing choices: arc height of a curved flow as a share of the distance between its two sites,
# vertices of a curved line, widths of the largest and smallest flows on the map (mm).
FLOW_BEND = 0.25
FLOW_VERTICES = 32
FLOW_MAX_WIDTH_MM = 6.0
FLOW_MIN_WIDTH_MM = 0.4

# -- economics (ite_qgis.core.reference.economics)


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
    # (ite_qgis/core/samples/synthetic_heat.py). New or small dwellings need less: the Grande-Synthe
    # branch delivers 26,000 MWh/yr for 3,000 dwelling equivalents ([S4], [S5]: 8.7 MWh), and
    # "26,000 houses" for the original 100 MW network means 7-8 MWh each. Set it per run for
    # another stock.
    mwh_per_dwelling: float = 12.0

    @property
    def annuity(self) -> float:
        return annuity_factor(self.rate, self.years)

    @property
    def yearly_charge_share(self) -> float:
        """Annuity plus O&M: the share of the investment paid each year."""
        return self.annuity + self.om_share


def annuity_factor(rate: float = 0.03, years: float = 30) -> float:
    """Capital recovery factor ``r / (1 - (1 + r)^-n)``; ``1 / n`` when the rate is 0.

    3 % over 30 years gives 0.05102. Plain Python: this module must load without numpy.
    """
    rate, years = float(rate), float(years)
    return 1.0 / years if rate == 0.0 else rate / (1.0 - (1.0 + rate) ** (-years))
