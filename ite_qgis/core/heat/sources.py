"""Waste-heat sources from the territory's resources table: one source per heat or steam supply
row, at its site, with its yearly heat or its capacity read from the row's unit.

A quantity in an annual energy unit (MWh/yr, GWh/yr, toe/yr) is heat in MWh/yr; a power (MW,
kW) or an energy rate (MWh/h) is a capacity in MW, which the links turn into heat with the
row's hours per year. Rows in another unit, or at a site the sites layer lacks, are left out
with a warning that lists them.
"""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pandas as pd

from ..common.families import HEAT_FAMILIES
from ..common.i18n import translate
from ..common.units import parse_unit

# Columns of the territory model's resources table (territory/schema.py) a source needs.
NEEDED_COLUMNS = ("site_id", "direction", "resource", "quantity", "unit")
# Ids listed in one warning at most.
MAX_LISTED = 20


class HeatSourceError(ValueError):
    """A resources table or sites layer no heat source can be read from; the message says why."""


def heat_quantities(quantity, units) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(heat in MWh/yr, capacity in MW, usable) of each quantity in its unit.

    An annual energy gives the heat, a power or an energy rate (MWh/h = MW) the capacity; the
    other stays NaN. A unit that is not energy (t/yr) or not understood is not usable (both
    NaN). Each distinct unit is read once.
    """
    quantity = np.asarray(quantity, dtype=float)
    codes, uniques = pd.factorize(pd.Series(units, dtype=object), use_na_sentinel=False)
    annual = np.full(len(uniques), np.nan)
    power = np.full(len(uniques), np.nan)
    per_hour = np.ones(len(uniques))
    for position, text in enumerate(uniques):
        info = parse_unit(text)
        if info is None or info.family != "energy":
            continue
        if info.kind == "annual":
            annual[position] = info.amount_factor
        else:  # a power in MW, or a rate such as MWh/h: the same as a power in MW
            power[position] = info.amount_factor
            per_hour[position] = info.per_hour if info.kind == "rate" else 1.0
    usable = ~(np.isnan(annual) & np.isnan(power))[codes]
    return quantity * annual[codes], quantity * power[codes] * per_hour[codes], usable


def resource_heat_sources(
    resources: pd.DataFrame,
    sites: gpd.GeoDataFrame,
    catalogue,
    site_column: str = "site_id",
    name_column: str | None = None,
) -> tuple[gpd.GeoDataFrame, list[str]]:
    """One source per heat or steam supply row of ``resources``, at its site in ``sites``, and
    the warnings that list the rows left out.

    Columns: ``source_id`` (the ``resource_id``, else ``site:resource``), ``name`` (the site's
    ``name_column`` or id, then `` - description``), ``site_id``, ``heat_mwh_yr``,
    ``capacity_mw``, ``temperature_c`` (the row's, else the lower bound of the code's
    temperature band) and ``hours_per_year``.
    """
    rows = _heat_supply_rows(resources, catalogue)
    heat, capacity, keep = heat_quantities(
        pd.to_numeric(rows["quantity"], errors="coerce"), rows["unit"]
    )
    hours = _numbers(rows, "hours_per_year")
    ids = (rows["resource_id"].astype(str) if "resource_id" in rows.columns
           else rows["site_id"].astype(str) + ":" + rows["resource"].astype(str))
    warnings = []
    if not keep.all():
        warnings.append(translate(
            "heatsources", "{n} heat or steam rows are not in an energy unit (MWh/yr, MW) "
                           "and were left out: {ids}").format(
            n=int((~keep).sum()), ids=", ".join(ids[~keep].tolist()[:MAX_LISTED])))
    # A temperature band code (heat:200-500c) gives a lower bound when the row has none.
    band_minimum = rows["resource"].map(
        lambda code: catalogue.entry(code).get("temperature_min_c")).astype(float).to_numpy()
    temperature = _numbers(rows, "temperature_c")
    temperature = np.where(np.isnan(temperature), band_minimum, temperature)

    if site_column not in sites.columns:
        raise HeatSourceError(translate(
            "heatsources", "The sites layer has no site_id field: choose the field that the "
                           "resources table refers to."))
    site_ids = sites[site_column].astype(str)
    position = pd.Series(np.arange(len(sites)), index=site_ids)
    position = position[~position.index.duplicated()]
    found = rows["site_id"].astype(str).map(position)
    orphan = found.isna().to_numpy() & keep
    if orphan.any():
        warnings.append(translate(
            "heatsources", "{n} heat rows refer to sites missing from the sites layer and "
                           "were left out: {ids}").format(
            n=int(orphan.sum()), ids=", ".join(ids[orphan].tolist()[:MAX_LISTED])))
    keep &= ~orphan
    at = found.to_numpy()[keep].astype(int)
    names = (sites[name_column].astype(str).to_numpy()[at] if name_column is not None
             else site_ids.to_numpy()[at])
    descriptions = rows["description"].fillna("").astype(str).to_numpy()[keep] if (
        "description" in rows.columns) else np.full(int(keep.sum()), "")
    label = np.where(descriptions != "", names.astype(object) + " - " + descriptions, names)
    return gpd.GeoDataFrame({
        "source_id": ids.to_numpy()[keep], "name": label, "site_id": site_ids.to_numpy()[at],
        "heat_mwh_yr": heat[keep], "capacity_mw": capacity[keep],
        "temperature_c": temperature[keep], "hours_per_year": hours[keep],
    }, geometry=sites.geometry.values[at], crs=sites.crs), warnings


def _heat_supply_rows(resources: pd.DataFrame, catalogue) -> pd.DataFrame:
    """The supply rows whose code is in a heat family (heat, steam); refuses a table without
    the territory model's columns or without any such row."""
    missing = [c for c in NEEDED_COLUMNS if c not in resources.columns]
    if missing:
        raise HeatSourceError(translate(
            "heatsources", "The resources table lacks the columns {columns} (territory "
                           "model: site_id, direction, resource, quantity, unit).").format(
            columns=", ".join(missing)))
    family = resources["resource"].astype(str).map(lambda code: catalogue.family(code))
    supply = resources["direction"].astype(str).str.strip().str.lower() == "supply"
    rows = resources[supply & family.isin(HEAT_FAMILIES)].copy()
    if rows.empty:
        raise HeatSourceError(translate(
            "heatsources", "The resources table has no heat or steam supply row: no heat "
                           "source to link."))
    return rows


def _numbers(rows: pd.DataFrame, column: str) -> np.ndarray:
    """The numbers of ``column`` (NaN where not a number), all NaN when it is absent."""
    if column not in rows.columns:
        return np.full(len(rows), np.nan)
    return pd.to_numeric(rows[column], errors="coerce").to_numpy(dtype=float)
