"""ite:dhnetwork's heat sources (points with their own fields, or the sites of a resources
table) and its seasonal matching: reading the inputs and logging the figures, so that the
algorithm file stays a recipe."""

from __future__ import annotations

from qgis.core import QgsProcessingException

from ..core.common.i18n import translate
from ..core.common.ids import listed
from ..core.common.numbers import number

SEASONAL_NUMBERS = ("USABLE_HEAT_MWH_YR", "SOURCE_USED_SHARE", "DEMAND_COVERED_SHARE",
                    "BACKUP_PEAK_KW")


def _numbers(frame, column):
    import numpy as np

    from ..core.common.units import parse_number_series

    if not column:
        return np.full(len(frame), np.nan)
    return parse_number_series(frame[column])[0].to_numpy(dtype=float)


def field_supply(sources, heat_field, capacity_field, id_field, feedback):
    """The supply of point sources from their heat (MWh/yr) and capacity (kW) fields: one row
    per source, with ``site`` (its row), ``source_id``, ``heat_mwh_yr`` and ``capacity_kw``
    (NaN: unknown); None when neither field is given."""
    import numpy as np
    import pandas as pd

    if not heat_field and not capacity_field:
        return None
    heat, capacity = _numbers(sources, heat_field), _numbers(sources, capacity_field)
    ids = (sources[id_field].astype(str).to_numpy() if id_field
           else np.arange(1, len(sources) + 1).astype(str))
    unknown = ~((np.isfinite(heat) & (heat >= 0)) | (np.isfinite(capacity) & (capacity >= 0)))
    if unknown.any():
        feedback.pushWarning(translate(
            "dhnetwork", "{n} heat sources have neither a heat nor a capacity and count as "
                         "giving no heat in the seasonal matching: {ids}.").format(
            n=int(unknown.sum()), ids=listed(ids[unknown])))
    return pd.DataFrame({"site": np.arange(len(sources)), "source_id": ids,
                         "heat_mwh_yr": heat, "capacity_kw": capacity})


def site_supply(sites, resources, id_field, name_field, supply_c, feedback):
    """``(source points, supply rows)`` from the sites that have heat or steam supplies in
    the resources table (supply rows as :func:`field_supply`'s, ``site`` a row of the
    points)."""
    from ..core.heat.network.site_sources import site_sources
    from ..core.heat.sources import HeatSourceError
    from ..core.reference.catalogue import load_catalogue

    try:
        found = site_sources(resources, sites, load_catalogue(), id_field or "site_id",
                             name_field or None, supply_c)
    except HeatSourceError as error:
        raise QgsProcessingException(str(error)) from None
    for warning in found.warnings:
        feedback.pushWarning(warning)
    feedback.pushInfo(translate(
        "dhnetwork", "Heat sources: {sites} sites with {rows} heat or steam supplies of the "
                     "resources table, {heat} MWh/yr in all.").format(
        sites=len(found.points), rows=len(found.supply),
        heat=number(found.supply["heat_mwh_yr"].sum(), 0)))
    return found.points, found.supply


def seasonal_numbers(result, supply, demand, supply_profile, feedback) -> dict:
    """The seasonal number outputs of a laid network, logged; {} (and a note) without the
    sources' heat."""
    from ..core.heat.network.season import network_season

    if supply is None:
        feedback.pushInfo(translate(
            "dhnetwork", "Seasonal matching left out: give the sources' heat (a heat or a "
                         "capacity field, or a resources table); against a source of unknown "
                         "size its figures would mean nothing."))
        return {}
    rows = supply
    fed = result.source_fed[rows["site"].to_numpy()]
    if not fed.all():
        feedback.pushWarning(translate(
            "dhnetwork", "{n} heat supplies are at sources the network does not use (off the "
                         "streets or joined to no sink) and are not counted: {ids}.").format(
            n=int((~fed).sum()), ids=listed(rows["source_id"].to_numpy()[~fed])))
    numbers = result.numbers
    season = network_season(rows["heat_mwh_yr"].to_numpy()[fed],
                            rows["capacity_kw"].to_numpy()[fed], numbers["DELIVERED_MWH_YR"],
                            numbers["HEAT_LOSS_MWH_YR"], demand, supply_profile,
                            numbers["DESIGN_LOAD_KW"])
    feedback.pushInfo(translate(
        "dhnetwork", "Seasonal matching: the sources can give {supply} MWh/yr, the network "
                     "needs {demand} MWh/yr (heat delivered and losses); {usable} MWh/yr "
                     "usable: {used}% of the sources' heat used, {covered}% of the demand "
                     "covered. Demand peak {peak} kW, peak backup capacity {backup} "
                     "kW.").format(
        supply=number(season.supply_mwh_yr, 0), demand=number(season.demand_mwh_yr, 0),
        usable=number(season.usable_mwh_yr, 0), used=number(season.source_used_share * 100, 0),
        covered=number(season.demand_covered_share * 100, 0),
        peak=number(season.demand_peak_kw, 0), backup=number(season.backup_peak_kw, 0)))
    return dict(zip(SEASONAL_NUMBERS, (
        season.usable_mwh_yr, season.source_used_share, season.demand_covered_share,
        season.backup_peak_kw), strict=True))


def raster_sinks(layer, areas_source, roads, margin_m, feedback):
    """Sinks from the cells of the heat density raster ``layer`` (MWh/ha per year), inside the
    DH areas of ``areas_source`` when given, near the streets ``roads``."""
    from ..core.heat.network.cell_sinks import cell_sinks
    from ..qgis_bridge.frames import source_to_frame
    from ..qgis_bridge.rasters import read_raster

    areas = source_to_frame(areas_source, None) if areas_source is not None else None
    try:
        density, transform, wkt, nodata = read_raster(layer, dtype=None)
        sinks = cell_sinks(density, transform, wkt, nodata, areas, roads, margin_m)
    except ValueError as error:  # InputError and CrsError included
        raise QgsProcessingException(str(error)) from None
    if areas is not None:
        text = translate("dhnetwork", "Sinks: {n} cells of the heat density raster inside the "
                                      "DH areas, {demand} MWh/yr in all.")
    else:
        text = translate("dhnetwork", "Sinks: {n} cells of the heat density raster near the "
                                      "streets, {demand} MWh/yr in all.")
    feedback.pushInfo(text.format(n=len(sinks), demand=number(sinks["demand_mwh_yr"].sum(), 0)))
    return sinks
