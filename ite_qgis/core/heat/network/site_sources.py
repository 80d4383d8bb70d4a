"""Heat sources of a network from the territory: the sites with heat or steam supply rows in
the resources table (read as ite:wasteheatdh reads them, :mod:`..sources`).

The network joins each such site once (one source point per site); the seasonal matching
counts each supply row, capped by its own capacity. A row in an annual energy unit gives its
yearly heat; a row in a power unit gives its capacity, and its heat too when it has hours per
year (capacity x hours). Rows colder than the network's supply temperature cannot feed it
without a heat pump and are left out, with a warning.
"""

from __future__ import annotations

from dataclasses import dataclass

import geopandas as gpd
import numpy as np
import pandas as pd

from ...common.i18n import translate
from ...common.ids import listed
from ..sources import HeatSourceError, resource_heat_sources


@dataclass
class SiteSources:
    """``points``: one point per site (``source_id`` = the site id, ``name``);
    ``supply``: one row per heat supply row, with ``site`` (row of ``points``),
    ``heat_mwh_yr`` and ``capacity_kw`` (NaN where unknown); ``warnings``."""

    points: gpd.GeoDataFrame
    supply: pd.DataFrame
    warnings: list[str]


def site_sources(resources: pd.DataFrame, sites: gpd.GeoDataFrame, catalogue,
                 site_column: str = "site_id", name_column: str | None = None,
                 supply_c: float | None = None) -> SiteSources:
    """The sites with heat or steam supplies, as network sources (module docstring). Raises
    :class:`~ite_qgis.core.heat.sources.HeatSourceError` when the table has none."""
    rows, warnings = resource_heat_sources(resources, sites, catalogue, site_column,
                                           name_column)
    temperature = rows["temperature_c"].to_numpy(dtype=float)
    cold = (np.zeros(len(rows), dtype=bool) if supply_c is None
            else np.isfinite(temperature) & (temperature < supply_c))
    if cold.any():
        warnings.append(translate(
            "dhnetwork", "{n} heat supplies are colder than the network's supply temperature "
                         "({t} °C) and are not counted as sources: {ids}.").format(
            n=int(cold.sum()), t=f"{supply_c:g}",
            ids=listed(rows["source_id"].to_numpy()[cold])))
    rows = rows[~cold]
    if rows.empty:
        raise HeatSourceError(translate(
            "dhnetwork", "No heat supply of the resources table can feed the network: each is "
                         "at a site missing from the sites layer, in no energy unit, or too "
                         "cold."))
    site, unique = pd.factorize(rows["site_id"].astype(str))
    first = pd.Series(np.arange(len(rows))).groupby(site).first().to_numpy()
    points = gpd.GeoDataFrame(
        {"source_id": np.asarray(unique, dtype=object),
         "name": rows["name"].to_numpy()[first]},
        geometry=rows.geometry.values[first], crs=rows.crs)
    capacity_kw = rows["capacity_mw"].to_numpy(dtype=float) * 1000.0
    hours = rows["hours_per_year"].to_numpy(dtype=float)
    heat = rows["heat_mwh_yr"].to_numpy(dtype=float)
    heat = np.where(np.isfinite(heat), heat, capacity_kw * hours / 1000.0)
    supply = pd.DataFrame({"site": site, "source_id": rows["source_id"].to_numpy(),
                           "heat_mwh_yr": heat, "capacity_kw": capacity_kw})
    return SiteSources(points, supply, warnings)
