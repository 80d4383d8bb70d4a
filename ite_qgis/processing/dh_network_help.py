"""Help of ite:dhnetwork's parameters (English; French in i18n), one function per group, so
that the algorithm file stays a recipe."""

from __future__ import annotations

from ..core.common.i18n import translate
from ..core.heat.network.options import NetworkOptions
from ..core.reference import defaults
from .base import figure

DEFAULTS = NetworkOptions()


def parameter_help(alg) -> dict:
    """Parameter name -> help, for :meth:`IteAlgorithm.parameter_help`."""
    return {**_input_help(alg), **_source_help(alg), **_design_help(alg),
            **_seasonal_help(alg), **_output_help(alg)}


def _input_help(alg) -> dict:
    return {
        alg.SOURCES: translate(
            "dhnetwork", "Points where the heat enters the network, or the sites when a "
                         "resources table is given. Several sources share the sinks; a source "
                         "farther than the longest service pipe from every street is not "
                         "used."),
        alg.SINKS: translate(
            "dhnetwork", "Buildings (polygons, joined from a point inside) or points that take "
                         "heat, each with a peak load and full-load hours, or a yearly demand. "
                         "Reprojected to the CRS of the streets. Give either this layer or a "
                         "heat density raster."),
        alg.HEAT_DENSITY: translate(
            "dhnetwork", "Instead of a sinks layer: a heat demand density raster in MWh/ha per "
                         "year (as for District heating potential areas), in a projected CRS "
                         "in metres. Each cell with demand near the streets becomes a sink at "
                         "its centre, with the cell's demand; its peak is that demand over the "
                         "full-load hours (advanced parameter)."),
        alg.DH_AREAS: translate(
            "dhnetwork", "With a heat density raster: polygons (for instance the output of "
                         "District heating potential areas); only the cells whose centre is "
                         "inside them become sinks."),
        alg.ROADS: translate(
            "dhnetwork", "Street lines, in a projected CRS in metres. They are split at every "
                         "crossing; multi-part lines are split into parts and zero-length lines "
                         "dropped."),
        alg.SINK_ID_FIELD: translate(
            "dhnetwork", "Field that names each sink in the sink status table. Empty: the row "
                         "number."),
        alg.PEAK_KW_FIELD: translate(
            "dhnetwork", "Field with each sink's peak heat load in kW, which sizes the pipes."),
        alg.FULL_LOAD_HOURS_FIELD: translate(
            "dhnetwork", "Field with each sink's full-load hours per year: peak × hours = yearly "
                         "demand."),
        alg.DEMAND_MWH_FIELD: translate(
            "dhnetwork", "Field with each sink's yearly heat demand in MWh, used when no peak or "
                         "hours are given (the peak is then the demand over the full-load "
                         "hours). Sinks without a positive load are left out."),
        alg.MODE: translate(
            "dhnetwork", "Forced (default): every sink the streets reach is connected. "
                         "Economic: sinks whose own pipes (service pipe and the branch only "
                         "they use) cost more per MWh than the ceiling are left out, and the "
                         "network is laid again without them."),
    }


def _source_help(alg) -> dict:
    return {
        alg.RESOURCES: translate(
            "dhnetwork", "The territory's resources table. Given, the sources are the sites "
                         "that have heat or steam supply rows (matched on the site id), and "
                         "their MWh/yr (or MW with hours per year) is the sources' heat of the "
                         "seasonal matching; supplies colder than the supply temperature are "
                         "left out. The heat and capacity fields are then not used."),
        alg.SOURCE_ID_FIELD: translate(
            "dhnetwork", "Field that names each source; with a resources table, the site id "
                         "its rows refer to (empty: site_id)."),
        alg.SOURCE_HEAT_MWH_FIELD: translate(
            "dhnetwork", "Field with the heat each source can give in a year, in MWh, spread "
                         "over the year by the supply profile (flat by default). With neither "
                         "this nor the capacity field nor a resources table, the seasonal "
                         "matching is left out."),
        alg.SOURCE_CAPACITY_KW_FIELD: translate(
            "dhnetwork", "Field with each source's heat capacity in kW: the most it gives in "
                         "any period. Alone, the source gives it all year (following the "
                         "supply profile, if given)."),
    }


def _seasonal_help(alg) -> dict:
    return {
        alg.CLIMATE: translate(
            "dhnetwork", "Reference climate whose monthly heating degree days shape the sinks' "
                         "demand over the year, for the seasonal matching (default "
                         "Nord-Pas-de-Calais; figures and sources in "
                         "resources/heat_profiles/README.md). The heat losses are steady; the "
                         "peak is the network's design load at the sources."),
        alg.HOT_WATER_SHARE: translate(
            "dhnetwork", "Share of the sinks' demand that is hot water, drawn evenly all year; "
                         "the rest follows the degree days (default {default}, Eurostat "
                         "households' energy use)."
        ).format(default=figure(defaults.HOT_WATER_SHARE)),
        alg.DEMAND_PROFILE: translate(
            "dhnetwork", "Optional CSV whose last column holds the sinks' demand profile: 12 "
                         "monthly or 8760 hourly values, one per row, after an optional header. "
                         "Given, it replaces the climate; hourly values match supply and demand "
                         "hour by hour."),
        alg.SUPPLY_PROFILE: translate(
            "dhnetwork", "Optional CSV of the sources' supply profile, in the same form (12 or "
                         "8760 values). Empty: each source gives its yearly heat evenly over "
                         "the year."),
    }


def _design_help(alg) -> dict:
    return {
        alg.CEILING_EUR_MWH: translate(
            "dhnetwork", "Economic mode: highest yearly cost (annuity and maintenance) of a "
                         "sink's own pipes per MWh it takes (default {default} EUR/MWh)."
        ).format(default=figure(DEFAULTS.ceiling_eur_mwh)),
        alg.SUPPLY_TEMPERATURE: translate(
            "dhnetwork", "Design supply temperature in °C (default {default} °C); with the "
                         "return temperature it sets the water flow and the heat losses."
        ).format(default=figure(DEFAULTS.supply_c)),
        alg.RETURN_TEMPERATURE: translate(
            "dhnetwork", "Design return temperature in °C (default {default} °C)."
        ).format(default=figure(DEFAULTS.return_c)),
        alg.MAX_PRESSURE_LOSS: translate(
            "dhnetwork", "Each pipe gets the smallest standard size (DN, EN 253) whose pressure "
                         "loss stays below this, in Pa per metre (default {default})."
        ).format(default=figure(DEFAULTS.max_pa_m)),
        alg.MAX_VELOCITY: translate(
            "dhnetwork", "Highest water velocity in a pipe, in m/s (default {default})."
        ).format(default=figure(DEFAULTS.max_velocity_m_s)),
        alg.SIMULTANEITY: translate(
            "dhnetwork", "Checked (default): a pipe is sized for the peak of the sinks "
                         "downstream times the simultaneity factor of Winter et al. (2001), "
                         "about 0.5 for a hundred sinks. Unchecked: for the sum of the peaks."),
        alg.GAP_TOLERANCE: translate(
            "dhnetwork", "A street line ending this close (m) to another street is joined to it "
                         "(default {default} m). The gaps closed are reported."
        ).format(default=figure(DEFAULTS.gap_tolerance_m)),
        alg.MAX_SERVICE_LENGTH: translate(
            "dhnetwork", "A sink or source farther than this (m) from every street is not "
                         "connected, and the sink status says so (default {default} m)."
        ).format(default=figure(DEFAULTS.max_service_m)),
        alg.DEFAULT_FULL_LOAD_HOURS: translate(
            "dhnetwork", "Full-load hours of a sink whose hours are not given (default "
                         "{default} h/yr)."
        ).format(default=figure(DEFAULTS.default_full_load_hours)),
        alg.COST_AREA: translate(
            "dhnetwork", "Cost of a trench metre by pipe diameter, Persson & Werner (2011): "
                         "outer city (default), inner city or park."),
        alg.RATE_PCT: translate("dhnetwork", "Discount rate of the investment, in % per year."),
        alg.YEARS: translate("dhnetwork", "Years over which the network is paid off."),
        alg.OM_PCT: translate(
            "dhnetwork", "Yearly operation and maintenance cost, in % of the investment."),
    }


def _output_help(alg) -> dict:
    return {
        alg.NETWORK: translate(
            "dhnetwork", "Pipe sections along the streets: DN, design load (kW), peak and "
                         "number of sinks downstream, length (m), heat losses (MWh/yr), cost "
                         "(EUR)."),
        alg.SERVICES: translate(
            "dhnetwork", "Straight service pipes from each source and connected sink to the "
                         "street, with DN, load, length, losses and cost."),
        alg.SINK_STATUS: translate(
            "dhnetwork", "One row per sink: connected or not and why, its load, the heat "
                         "delivered, the service pipe length and the cost of its own pipes per "
                         "MWh."),
    }
