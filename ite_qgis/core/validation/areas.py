"""District heating (DH) potential areas as an input (ite:wasteheatdh, maps and reports).

:func:`check_dh_areas` decides, the same way for every algorithm that reads DH areas:

* an empty layer is refused ("is empty");
* a layer of points or lines is refused, with the tool that converts it;
* ids: repeated ids are refused (a link to "area 7" must name one area); rows without an id
  (null or blank) are left out and named by their row number;
* geometry: rows without one are left out; invalid polygons are repaired with ``make_valid``
  and reported with their repaired area (:mod:`.geometry`); coordinates that look swapped are
  refused;
* demand: read with the one number parser (``"1 900 000"``, ``"12,5"``); text that is not a
  number, infinite, negative, empty or zero demand leaves the area out (named): an area without
  a positive demand cannot be linked. When no area is left the layer is refused.
"""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pandas as pd

from ..common.i18n import translate
from ..common.ids import duplicated_ids, listed
from ..common.units import parse_number_series
from .findings import InputError, InputReport
from .geometry import POLYGON, check_features, row_names


def dh_areas_name() -> str:
    return translate("validation", "DH areas")


def _area_ids(areas: pd.DataFrame, id_column: str | None, layer: str, report: InputReport):
    """(ids as given, rows with an id): blank ids left out and named, repeated ids refused.
    Without an id column the areas are numbered from 1."""
    numbers = row_names(len(areas))
    if id_column is None:
        report.warn(translate(
            "validation", "The {layer} layer has no id field: the areas are numbered from 1 "
                          "in the outputs.").replace("{layer}", layer))
        return (pd.Series(np.arange(1, len(areas) + 1), index=areas.index),
                np.ones(len(areas), dtype=bool))
    raw = areas[id_column]
    ids = raw.astype(str).str.strip()
    blank = (raw.isna() | (ids == "")).to_numpy()
    if blank.any():
        report.reject(
            layer, numbers[blank], "no_id",
            translate("validation", "{count} features of the {layer} layer have no id and "
                                    "were left out (row numbers): {rows}.")
            .replace("{layer}", layer))
    repeated = duplicated_ids(ids, blank)
    if repeated.size:
        raise InputError(translate(
            "validation", "The {layer} layer repeats the ids {ids}: each must be unique.")
            .format(layer=layer, ids=listed(repeated)))
    return raw, ~blank


def _demand(areas: pd.DataFrame, column: str, names, layer: str, report: InputReport):
    """Demand in GWh/yr and which rows have a positive, finite one (the others named)."""
    # The parser flags text that is no number and infinite values alike (NaN out).
    demand, not_number = parse_number_series(areas[column])
    values = demand.to_numpy(dtype=float)
    not_number = not_number.to_numpy()
    negative = values < 0
    zero = ~not_number & ~negative & ~(values > 0)
    for mask, reason, message in (
        (not_number, "demand_not_a_number", translate(
            "validation", "{count} features of the {layer} layer have a demand that is not a "
                          "finite number and were left out: {rows}.")),
        (negative, "demand_negative", translate(
            "validation", "{count} features of the {layer} layer have a negative demand and "
                          "were left out: {rows}.")),
        (zero, "demand_empty", translate(
            "validation", "{count} features of the {layer} layer have no positive demand and "
                          "cannot be linked: {rows}.")),
    ):
        if mask.any():
            report.reject(layer, np.asarray(names)[mask], reason,
                          message.replace("{layer}", layer))
    return values, (values > 0) & np.isfinite(values)


def require_areas(areas: pd.DataFrame) -> None:
    """Refuse (:class:`InputError`) an empty DH areas layer, said as such."""
    if len(areas) == 0:
        raise InputError(translate(
            "validation", "The DH areas layer is empty: run District heating potential areas "
                          "first, or lower its thresholds."))


def check_dh_areas(areas: gpd.GeoDataFrame, id_column: str | None, demand_column: str,
                   report: InputReport) -> gpd.GeoDataFrame:
    """The usable DH areas: ``area_id`` (as given), ``demand_gwh_yr`` and the (repaired)
    polygons, in the layer's order and CRS. Refusals raise :class:`InputError`; rows left out
    and repairs go to ``report``. ``id_column`` None numbers the areas from 1."""
    layer = dh_areas_name()
    require_areas(areas)
    ids, has_id = _area_ids(areas, id_column, layer, report)
    names = np.where(has_id, ids.astype(str).to_numpy(dtype=object), row_names(len(areas)))
    geometry, usable, _repaired = check_features(
        np.asarray(areas.geometry.array, dtype=object), (POLYGON,), layer, names, areas.crs,
        report)
    demand, positive = _demand(areas, demand_column, names, layer, report)
    if not positive.any():
        raise InputError(translate(
            "validation", "No DH area has a positive demand in the field {field}: nothing to "
                          "link.").format(field=demand_column))
    usable &= has_id & positive
    if not usable.any():
        raise InputError(translate(
            "validation", "No DH area can be used: {reasons}").format(
            reasons=" ".join(report.messages)))
    return gpd.GeoDataFrame(
        {"area_id": ids.to_numpy()[usable], "demand_gwh_yr": demand[usable]},
        geometry=gpd.GeoSeries(geometry[usable], crs=areas.crs), crs=areas.crs)
