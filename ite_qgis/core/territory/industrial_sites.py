"""The Hotmaps industrial database as a territory's sites and resources
(``ite:loadindustrialsites``).

Each row of the chosen region becomes a site (``site_id`` ``hotmaps:<SiteID>``, status
``existing``, its NACE code from the documented sub-sector table
``resources/industrial/subsectors.csv``) with up to five resources:

- supplies of ``heat:100-200c``, ``heat:200-500c`` and ``heat:above-500c``: the excess heat of
  each band, GWh/yr x 1,000 = MWh/yr, at 150, 350 and 500 degrees C, the representative
  temperatures the Hotmaps excess-heat module gives the bands;
- a supply of ``co2`` in t/yr: the ETS emissions of 2014, or the E-PRTR figure of 2014 where
  the ETS one is missing (the site's ``co2_source`` is then ``eprtr`` and the description says
  so);
- a demand of ``fuel-gas`` in MWh/yr where the database gives a fuel demand: the catalogue's
  energy code for fuel a neighbour can hand over (refinery, coke-oven or blast-furnace gas,
  hydrogen); the figure is the site's whole fuel demand, the most such a gas could replace.

Rows it cannot use go to ``rejected``, one line each with the reason: a duplicate SiteID, no
point, a number it cannot read (text, negative, absurd), an unknown sub-sector, or nothing to
load (no emission, fuel demand or excess heat). Nothing is dropped silently.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import geopandas as gpd
import numpy as np
import pandas as pd
from pyproj import CRS

from ..common.i18n import translate
from ..common.numbers import number
from ..validation.findings import InputReport
from ..validation.table_checks import checked_numbers
from . import industrial_database as db
from . import schema

GWH_TO_MWH = 1000.0
# Excess heat columns -> (catalogue code, representative temperature in degrees C).
HEAT_BANDS = {
    db.HEAT_100_200: ("heat:100-200c", 150.0),
    db.HEAT_200_500: ("heat:200-500c", 350.0),
    db.HEAT_500: ("heat:above-500c", 500.0),
}
CO2_CODE, FUEL_CODE = "co2", "fuel-gas"
SITE_PREFIX = "hotmaps:"
REJECTED_COLUMNS = ("row", "hotmaps_id", "name", "subsector", "nuts2", "problem", "reason")
# The fields of the outputs (name, type as in schema): the sites have the territory model's and
# then the database's own (_sites); the resources the territory model's but code_suggested (no
# code is suggested here) (_part).
SITE_FIELDS = schema.SITES + (
    ("hotmaps_id", "text"), ("subsector", "text"), ("country", "text"), ("nuts2", "text"),
    ("co2_t_yr", "real"), ("co2_source", "text"), ("excess_heat_mwh_yr", "real"),
    ("fuel_demand_mwh_yr", "real"),
)
RESOURCE_FIELDS = tuple(f for f in schema.RESOURCES if f[0] != "code_suggested")
# Coordinates written with two decimals at most (0.01 degree, about 1 km).
ROUNDED_DEG = 0.01


@dataclass
class IndustrialSites:
    """What :func:`load_industrial_sites` built; ``notes`` and ``warnings`` go to the log."""

    sites: gpd.GeoDataFrame
    resources: pd.DataFrame
    rejected: pd.DataFrame
    notes: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def _reasons() -> dict[str, str]:
    return {
        "no_id": translate("industrialsites", "the SiteID is empty"),
        "duplicate_id": translate(
            "industrialsites", "another row has the same SiteID: the first one is loaded"),
        "no_point": translate(
            "industrialsites", "no point: the geom cell holds no POINT(longitude latitude)"),
        "bad_number": translate(
            "industrialsites", "an emission, fuel demand or excess heat figure is not a number, "
            "is negative or is too large to be real"),
        "unknown_subsector": translate(
            "industrialsites", "unknown sub-sector: not in the table of "
            "resources/industrial/subsectors.csv"),
        "nothing_to_load": translate(
            "industrialsites", "no emission, fuel demand or excess heat: nothing to load"),
    }


def load_industrial_sites(
    database: pd.DataFrame,
    *,
    extent=None,
    region: gpd.GeoDataFrame | None = None,
    nuts2: str | None = None,
    target_crs: object = "EPSG:3035",
) -> IndustrialSites:
    """Sites, resources and rejected rows of the rows of ``database`` (:func:`read_database`)
    in ``extent`` (degrees), the polygons of ``region`` and the NUTS 2 ids ``nuts2`` (all those
    given; none: the whole database), in ``target_crs`` (metric)."""
    crs = CRS.from_user_input(target_crs)
    if not crs.is_projected:
        raise db.IndustrialDataError(translate(
            "industrialsites", "The CRS of the sites must be projected, in metres (e.g. "
            "EPSG:3035, LAEA Europe)."))
    lon, lat = db.points(database)
    chosen = _selection(database, lon, lat, extent, region, nuts2)
    table = database[chosen].reset_index(drop=True)
    lon, lat = lon[chosen], lat[chosen]
    if not len(table):
        raise db.IndustrialDataError(translate(
            "industrialsites", "No site of the industrial database lies in the chosen area."))
    rows = np.flatnonzero(chosen) + 2  # the line in the file, after the header line
    values, problem, number_messages = _check_rows(table, lon)
    ok = problem.isna().to_numpy()
    if not ok.any():
        raise db.IndustrialDataError(translate(
            "industrialsites", "None of the {count} rows of the chosen area can be loaded: "
            "{reasons}"
        ).format(count=len(table), reasons="; ".join(
            f"{_reasons()[p]} ({n})" for p, n in problem.value_counts().items())))
    sites = _sites(table[ok], values[ok], lon[ok], lat[ok], crs)
    resources = _resources(sites["site_id"].to_numpy(), values[ok])
    rejected = _rejected(table, rows, problem)
    result = IndustrialSites(sites, resources, rejected, warnings=number_messages)
    _notes(result, values[ok], lon[ok], lat[ok], len(table))
    return result


def _selection(database, lon, lat, extent, region, nuts2) -> np.ndarray:
    """Rows in every filter given. A row without a point is in a spatial filter when its NUTS 2
    region holds a chosen site, so that it is listed as rejected, not silently missed."""
    located = np.isfinite(lon) & np.isfinite(lat)
    chosen = np.ones(len(database), dtype=bool)
    spatial = extent is not None or region is not None
    if extent is not None:
        chosen &= db.in_extent(lon, lat, extent)
    if region is not None:
        chosen &= db.in_region(lon, lat, region)
    regions = database[db.NUTS2].str.upper()
    if nuts2 and nuts2.strip():
        ids = db.parse_nuts2(nuts2, regions[regions != ""])
        in_nuts = regions.isin(ids).to_numpy()
        chosen = np.where(located, chosen & in_nuts, in_nuts)
    if spatial:
        near = regions.isin(set(regions[chosen & located]) - {""}).to_numpy()
        chosen = np.where(located, chosen, near & (chosen if nuts2 else True))
    return chosen


def _check_rows(table: pd.DataFrame, lon: np.ndarray):
    """(the number columns read, the problem code of each row or NaN, the messages that name
    the rows with a bad number): the first problem found in the order empty or duplicate id, no
    point, bad number, unknown sub-sector, nothing to load."""
    report = InputReport()
    ids = table[db.SITE_ID]
    values = pd.DataFrame(index=table.index)
    readable = np.ones(len(table), dtype=bool)
    for column in db.NUMBER_COLUMNS:
        units = pd.Series(db.UNITS[column], index=table.index)
        values[column], keep = checked_numbers(table, column, ids, column, report, units=units)
        readable &= keep
    values = values.fillna(0.0)
    anything = (values.to_numpy() > 0).any(axis=1)
    checks = (
        ("no_id", (ids == "").to_numpy()),
        ("duplicate_id", ids.duplicated().to_numpy()),
        ("no_point", ~np.isfinite(lon)),
        ("bad_number", ~readable),
        ("unknown_subsector", ~table[db.SUBSECTOR].isin(db.subsector_table().index).to_numpy()),
        ("nothing_to_load", ~anything),
    )
    problem = pd.Series(np.nan, index=table.index, dtype=object)
    for code, mask in checks:
        problem = problem.mask(problem.isna() & mask, code)
    return values, problem, report.messages


def _sites(table, values, lon, lat, crs) -> gpd.GeoDataFrame:
    """One point per row, in ``crs``, with the territory model's fields and the database's."""
    subsectors = db.subsector_table()
    ets, eprtr = values[db.ETS].to_numpy(), values[db.EPRTR].to_numpy()
    co2_source = np.select([ets > 0, eprtr > 0], ["ets", "eprtr"], "")
    confidential = (table[db.NAME].str.upper().eq("CONFIDENTIAL")
                    | table[db.COMPANY].str.upper().eq("CONFIDENTIAL"))
    address = (table[db.ADDRESS] + ", " + table[db.CITY_CODE] + " " + table[db.CITY])
    address = address.str.strip(" ,").str.replace(r"^,\s*", "", regex=True)
    heat = values[list(HEAT_BANDS)].sum(axis=1).to_numpy() * GWH_TO_MWH
    frame = pd.DataFrame({
        "site_id": SITE_PREFIX + table[db.SITE_ID].to_numpy(),
        "name": table[db.NAME].to_numpy(),
        "operator": table[db.COMPANY].to_numpy(),
        "address": address.to_numpy(),
        "nace": table[db.SUBSECTOR].map(subsectors["nace"]).to_numpy(),
        "status": "existing",
        "employees": pd.array([pd.NA] * len(table), dtype="Int64"),
        "confidential": confidential.astype(int).to_numpy(),
        "hotmaps_id": table[db.SITE_ID].to_numpy(),
        "subsector": table[db.SUBSECTOR].to_numpy(),
        "country": table[db.COUNTRY].to_numpy(),
        "nuts2": table[db.NUTS2].str.upper().to_numpy(),
        "co2_t_yr": np.where(ets > 0, ets, eprtr),
        "co2_source": co2_source,
        "excess_heat_mwh_yr": heat,
        "fuel_demand_mwh_yr": values[db.FUEL].to_numpy() * GWH_TO_MWH,
    })
    points = gpd.points_from_xy(lon, lat, crs=4326)
    return gpd.GeoDataFrame(frame, geometry=points, crs=4326).to_crs(crs)


def _resources(site_ids: np.ndarray, values: pd.DataFrame) -> pd.DataFrame:
    """The heat bands, CO2 and fuel rows of every site, in site order, where the figure is > 0."""
    ets, eprtr = values[db.ETS].to_numpy(), values[db.EPRTR].to_numpy()
    co2 = np.where(ets > 0, ets, eprtr)
    from_eprtr = ~(ets > 0) & (eprtr > 0)
    parts = []
    for order, (column, (code, temperature)) in enumerate(HEAT_BANDS.items()):
        parts.append(_part(site_ids, order, "supply", code, values[column].to_numpy()
                           * GWH_TO_MWH, "MWh/yr", temperature, translate(
                               "industrialsites", "Excess heat (Hotmaps estimate)")))
    ets_text = translate("industrialsites", "CO2 emitted in 2014 (EU ETS)")
    eprtr_text = translate(
        "industrialsites", "CO2 emitted in 2014 (E-PRTR figure: no ETS figure)")
    parts.append(_part(site_ids, 3, "supply", CO2_CODE, co2, "t/yr", np.nan,
                       np.where(from_eprtr, eprtr_text, ets_text)))
    parts.append(_part(site_ids, 4, "demand", FUEL_CODE, values[db.FUEL].to_numpy() * GWH_TO_MWH,
                       "MWh/yr", np.nan, translate(
                           "industrialsites", "Fuel demand, all fuels (Hotmaps): the most a "
                           "fuel gas offered nearby could replace")))
    resources = pd.concat(parts, ignore_index=True).sort_values(["_site", "_order"], kind="stable")
    return resources.drop(columns=["_site", "_order"]).reset_index(drop=True)


def _part(site_ids, order, direction, code, quantity, unit, temperature, description):
    keep = quantity > 0
    count = int(keep.sum())
    return pd.DataFrame({
        "resource_id": site_ids[keep] + ":" + code,
        "site_id": site_ids[keep],
        "direction": direction,
        "resource": code,
        "description": np.broadcast_to(np.asarray(description, dtype=object),
                                       (len(site_ids),))[keep],
        "quantity": quantity[keep],
        "unit": unit,
        "temperature_c": np.full(count, temperature, dtype=float),
        "hours_per_year": np.full(count, np.nan),
        "cost_eur_per_unit": np.full(count, np.nan),
        "confidential": np.zeros(count, dtype=int),
        "_site": np.flatnonzero(keep),
        "_order": order,
    })


def _rejected(table: pd.DataFrame, rows: np.ndarray, problem: pd.Series) -> pd.DataFrame:
    bad = problem.notna().to_numpy()
    return pd.DataFrame({
        "row": rows[bad],
        "hotmaps_id": table[db.SITE_ID].to_numpy()[bad],
        "name": table[db.NAME].to_numpy()[bad],
        "subsector": table[db.SUBSECTOR].to_numpy()[bad],
        "nuts2": table[db.NUTS2].to_numpy()[bad],
        "problem": problem[bad].to_numpy(),
        "reason": problem[bad].map(_reasons()).to_numpy(),
    }, columns=list(REJECTED_COLUMNS))


def _notes(result: IndustrialSites, values: pd.DataFrame, lon, lat, selected: int) -> None:
    """The counts, and the database's known quirks, as they touch the sites loaded."""
    sites = result.sites
    result.notes.append(translate(
        "industrialsites", "{rows} rows of the industrial database in the chosen area: {sites} "
        "sites and {resources} resources loaded, {rejected} rows rejected (see the Rejected "
        "rows table)."
    ).format(rows=number(selected), sites=number(len(sites)),
             resources=number(len(result.resources)), rejected=number(len(result.rejected))))
    zero_heat = sites.groupby("subsector")["excess_heat_mwh_yr"].sum()
    zero_heat = zero_heat[zero_heat <= 0]
    if len(zero_heat):
        result.warnings.append(translate(
            "industrialsites", "The database gives no excess heat at all for {subsectors}: a "
            "known gap (refineries and chemical sites show 0), not a measurement. Their {count} "
            "sites are loaded with their CO2 and fuel figures only."
        ).format(subsectors=", ".join(zero_heat.index),
                 count=number(sites["subsector"].isin(zero_heat.index).sum())))
    rounded = (np.abs(lon - np.round(lon, 2)) < 1e-9) & (np.abs(lat - np.round(lat, 2)) < 1e-9)
    shared = sites.geometry.to_wkb().duplicated(keep=False)
    if rounded.any() or shared.any():
        result.warnings.append(translate(
            "industrialsites", "{rounded} sites have coordinates rounded to 0.01 degree (about "
            "1 km) and {shared} share their point with another site: distances under about "
            "1 km mean little, and a site near the edge of the area may fall on the wrong side."
        ).format(rounded=number(rounded.sum()), shared=number(shared.sum())))
    eprtr = int((sites["co2_source"] == "eprtr").sum())
    if eprtr:
        result.notes.append(translate(
            "industrialsites", "{count} sites have no ETS figure: their CO2 supply is the "
            "E-PRTR 2014 figure (co2_source = eprtr)."
        ).format(count=number(eprtr)))
    no_nace = int((sites["nace"] == "").sum())
    if no_nace:
        result.notes.append(translate(
            "industrialsites", "{count} sites of the sub-sector 'Other non-classified' have no "
            "NACE code: knowledge-based synergies skip them."
        ).format(count=number(no_nace)))
