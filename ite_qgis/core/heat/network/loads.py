"""Sinks and sources of a network run: their loads, ids and the checks on them."""

from __future__ import annotations

import numpy as np
import pandas as pd
import shapely

from ...common.i18n import translate
from ...common.ids import listed
from ...common.units import parse_number_series
from ...validation.bounds import MAX_ENERGY_MWH_YR, MAX_POWER_MW
from ...validation.findings import InputError, InputReport

NO_LOAD = "no_load"


def _numbers(frame, column) -> np.ndarray:
    if column is None:
        return np.full(len(frame), np.nan)
    if column not in frame.columns:
        raise InputError(translate("dhnetwork", "The sinks layer has no field {field}.").format(
            field=column))
    # the one number parser: "1 900 000", "12,5" and "1.5e3" are numbers here as everywhere
    return parse_number_series(frame[column])[0].to_numpy(dtype=float)


def sink_loads(sinks, peak_column, hours_column, demand_column, default_hours: float):
    """``(peak_kw, hours, demand_mwh_yr)`` per sink; NaN where a sink has no usable load.

    Peak and full-load hours give the demand; a demand alone gives the peak over
    ``default_hours``; a peak alone works ``default_hours`` too."""
    if peak_column is None and demand_column is None:
        raise InputError(translate(
            "dhnetwork", "Give the sinks' load: a peak load field (kW) with full-load hours, or "
                         "a yearly demand field (MWh/yr)."))
    peak = _numbers(sinks, peak_column)
    hours = _numbers(sinks, hours_column)
    demand = _numbers(sinks, demand_column)
    hours = np.where(np.isfinite(hours) & (hours > 0) & (hours <= 8784.0), hours, np.nan)
    # loads above the documented bounds (core.validation.bounds) are absurd: no usable load
    has_peak = np.isfinite(peak) & (peak > 0) & (peak <= MAX_POWER_MW * 1000.0)
    has_demand = np.isfinite(demand) & (demand > 0) & (demand <= MAX_ENERGY_MWH_YR)
    hours = np.where(np.isfinite(hours), hours, np.where(
        has_peak & has_demand, demand * 1000.0 / np.where(has_peak, peak, 1.0), default_hours))
    demand = np.where(has_demand, demand, np.where(has_peak, peak * hours / 1000.0, np.nan))
    peak = np.where(has_peak, peak, np.where(has_demand, demand * 1000.0 / hours, np.nan))
    return peak, hours, demand


def point_xy(frame) -> np.ndarray:
    """Coordinates of the point of each feature of ``frame`` where its service pipe starts: the
    point itself, a point inside a building (polygon; shapely ``point_on_surface``, which is
    inside even for a U-shaped building, unlike the centroid), the point of a multi-point
    nearest its centre. NaN for missing or empty geometries."""
    geoms = np.asarray(frame.geometry.values, dtype=object)
    xy = np.full((len(geoms), 2), np.nan)
    ok = ~(shapely.is_missing(geoms) | shapely.is_empty(geoms))
    if ok.any():
        xy[ok] = shapely.get_coordinates(shapely.point_on_surface(geoms[ok]))
    return xy


def duplicates(xy: np.ndarray, ids, what: str, report: InputReport) -> None:
    """Warn about points at the same place as an earlier one (each still counted)."""
    frame = pd.DataFrame({"x": np.round(xy[:, 0], 3), "y": np.round(xy[:, 1], 3)})
    repeated = frame.duplicated(keep="first").to_numpy() & np.isfinite(xy).all(axis=1)
    if repeated.any():
        report.warn(translate(
            "dhnetwork", "{n} {what} are at the same place as another one (counted each, "
                         "check they are not duplicates): {ids}.").format(
            n=int(repeated.sum()), what=what, ids=listed(np.asarray(ids)[repeated])))


def sink_ids(sinks, id_column) -> np.ndarray:
    if id_column and id_column in sinks.columns:
        return sinks[id_column].astype(str).to_numpy()
    return np.arange(1, len(sinks) + 1).astype(str)
