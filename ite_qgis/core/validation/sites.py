"""The sites an analysis reads: one point per site with a clean, unique ``site_id``.

A check that refuses the layer raises :class:`~.findings.InputError` whose message says what to
fix; rows left out are named in the :class:`~.findings.InputReport`, never dropped silently.
"""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from ..common.i18n import translate
from ..common.ids import listed
from .findings import InputError, InputReport
from .geometry import check_swapped_coordinates
from .table_checks import (
    checked_numbers,
    clean_ids,
    optional_columns,
    require_columns,
    require_rows,
)


def nace_lost() -> str:
    """What a sites layer without ``nace`` loses (translated)."""
    return translate(
        "validation",
        "no site has a NACE code, so every knowledge-based (inferred) candidate is lost and "
        "only declared demands are searched."
    )


def site_points(
    frame: gpd.GeoDataFrame,
    what: str,
    require_id: bool = True,
    report: InputReport | None = None,
    optional: dict[str, str] | None = None,
) -> tuple[gpd.GeoDataFrame, InputReport]:
    """The sites of ``frame`` as Points with a clean (text, stripped) ``site_id``, and the report.

    Refuses: an empty layer, a missing ``site_id`` column, blank or duplicate ids, multi-points
    with several parts, swapped x and y (:func:`~.geometry.check_swapped_coordinates`), no
    usable point at all. A single-part multi-point becomes its point.
    Rows without a geometry or with non-finite coordinates are left out and named in the
    report. With ``require_id`` False (treatment sites), a frame without ``site_id`` gets
    feature numbers (``#1``, ``#2``...). ``optional`` maps the optional columns the caller uses
    to what is lost without them (a warning each). ``what`` names the layer in the messages.
    """
    report = report if report is not None else InputReport()
    require_rows(frame, what)
    frame = frame.copy()
    if "site_id" not in frame.columns and not require_id:
        frame["site_id"] = [f"#{i + 1}" for i in range(len(frame))]
        report.warn(translate(
            "validation", "{what} has no 'site_id' column: its features are named by their "
                          "numbers (#1, #2...) in the outputs.").format(what=what))
    if "site_id" not in frame.columns:
        raise InputError(
            translate("inputlayers", "{what} has no 'site_id' column.").format(what=what)
        )
    optional_columns(frame, optional or {}, what, report)
    frame["site_id"] = clean_ids(frame, "site_id", what)
    geoms = _single_points(frame, what)
    dropped = shapely.is_missing(geoms) | shapely.is_empty(geoms)
    present = np.flatnonzero(~dropped)
    if len(present):
        dropped[present] = ~np.isfinite(shapely.get_coordinates(geoms[present])).all(axis=1)
    check_swapped_coordinates(geoms, frame.crs, what, dropped)
    report.reject(
        what,
        frame["site_id"][dropped],
        "no_geometry",
        translate(
            "inputlayers",
            "{what}: {count} features have an empty or invalid geometry and were left out "
            "(their resources are left out too): {ids}"
        ).replace("{what}", what).replace("{ids}", "{rows}"),
    )
    frame[frame.geometry.name] = gpd.GeoSeries(geoms, index=frame.index, crs=frame.crs)
    frame = frame[~dropped].reset_index(drop=True)
    if frame.empty:
        raise InputError(
            translate("inputlayers", "{what} has no feature with a usable point.").format(
                what=what
            )
        )
    return frame, report


def _single_points(frame: gpd.GeoDataFrame, what: str) -> np.ndarray:
    """The geometries with each single-part multi-point (what GeoPackages often store) replaced
    by its point; refuses multi-points with several parts."""
    geoms = frame.geometry.to_numpy()
    single = shapely.get_num_geometries(geoms) == 1
    multi = shapely.get_type_id(geoms) == shapely.GeometryType.MULTIPOINT
    geoms = np.where(multi & single, shapely.get_geometry(geoms, 0), geoms)
    several = multi & ~single & ~shapely.is_empty(geoms)
    if several.any():
        raise InputError(
            translate(
                "inputlayers",
                "{what}: {count} features are multi-points with several parts ({ids}); a site is "
                "one point. Split them with 'Multipart to singleparts' first."
            ).format(what=what, count=int(several.sum()), ids=listed(frame["site_id"][several]))
        )
    return geoms


def site_table(frame: pd.DataFrame, what: str, id_column: str = "site_id") -> pd.DataFrame:
    """The sites as a table (geometry not checked) with clean, unique ids in ``id_column``:
    refuses an empty layer, a missing id column and blank or duplicate ids."""
    require_rows(frame, what)
    require_columns(frame, (id_column,), what)
    frame = frame.copy()
    frame[id_column] = clean_ids(frame, id_column, what)
    return frame


def site_numbers(
    frame: pd.DataFrame, bounds: dict[str, float], ids: pd.Series, what: str,
    report: InputReport | None = None,
) -> tuple[pd.DataFrame, InputReport]:
    """``frame`` with each column of ``bounds`` read as numbers with the one parser, without the
    rows (named in the report by ``ids``) whose value there is text, infinite, above the bound
    or negative."""
    report = report if report is not None else InputReport()
    frame = frame.copy()
    keep = np.ones(len(frame), dtype=bool)
    for column, bound in bounds.items():
        if column in frame.columns:
            frame[column], kept = checked_numbers(
                frame, column, ids, what, report, bounds=bound, skip=~keep
            )
            keep &= kept
    if keep.all():
        return frame, report
    return frame[keep].reset_index(drop=True), report
