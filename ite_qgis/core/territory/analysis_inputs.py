"""The checks every analysis (synergies, pooling) makes on the sites and resources it reads.

A check that refuses the input raises :class:`InputError` whose message says what to fix; rows
left out come back with a warning that lists them, never dropped silently.
"""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from ..common.i18n import translate
from ..common.ids import duplicated_ids, listed


class InputError(ValueError):
    """A sites layer or resources table an analysis cannot use; the message says why."""


def site_points(
    frame: gpd.GeoDataFrame, what: str, require_id: bool = True
) -> tuple[gpd.GeoDataFrame, list[str]]:
    """The sites of ``frame`` as Points with a clean (text, stripped) ``site_id``, and warnings.

    Refuses: a missing ``site_id`` column, blank or duplicate ids, multi-points with several
    parts, no usable point at all. A single-part multi-point becomes its point. Rows without a
    geometry or with non-finite coordinates are left out with a warning that lists them. With
    ``require_id`` False (treatment sites), a frame without ``site_id`` gets feature numbers
    (``#1``, ``#2``...). ``what`` names the layer in the messages.
    """
    frame = frame.copy()
    if "site_id" not in frame.columns and not require_id:
        frame["site_id"] = [f"#{i + 1}" for i in range(len(frame))]
    if "site_id" not in frame.columns:
        raise InputError(
            translate("inputlayers", "{what} has no 'site_id' column.").format(what=what)
        )
    frame["site_id"] = frame["site_id"].astype(str).str.strip()
    blank = (frame["site_id"] == "") | (frame["site_id"] == "None")
    if blank.any():
        raise InputError(
            translate("inputlayers", "{what}: {count} features have no site_id.").format(
                what=what, count=int(blank.sum())
            )
        )
    duplicated = duplicated_ids(frame["site_id"])
    if len(duplicated):
        raise InputError(
            translate(
                "inputlayers",
                "{what}: duplicate site_id values {ids}; each site needs its own id."
            ).format(what=what, ids=listed(duplicated))
        )
    geoms = _single_points(frame, what)
    dropped = shapely.is_missing(geoms) | shapely.is_empty(geoms)
    present = np.flatnonzero(~dropped)
    if len(present):
        dropped[present] = ~np.isfinite(shapely.get_coordinates(geoms[present])).all(axis=1)
    warnings = []
    if dropped.any():
        warnings.append(
            translate(
                "inputlayers",
                "{what}: {count} features have an empty or invalid geometry and were left out "
                "(their resources are left out too): {ids}"
            ).format(what=what, count=int(dropped.sum()), ids=listed(frame["site_id"][dropped]))
        )
    frame[frame.geometry.name] = gpd.GeoSeries(geoms, index=frame.index, crs=frame.crs)
    frame = frame[~dropped].reset_index(drop=True)
    if frame.empty:
        raise InputError(
            translate("inputlayers", "{what} has no feature with a usable point.").format(
                what=what
            )
        )
    return frame, warnings


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


def known_resources(frame: pd.DataFrame, catalogue) -> tuple[pd.DataFrame, list[str]]:
    """The resources table with a clean (text, stripped) ``resource_id``, without the rows whose
    code ``catalogue`` does not know, and the warning that lists those rows.

    Refuses a table without ``resource_id`` or ``resource`` and duplicate resource ids. A
    ``fid`` column (the GeoPackage feature id) is dropped.
    """
    for column in ("resource_id", "resource"):
        if column not in frame.columns:
            raise InputError(
                translate("inputlayers", "The resources table has no '{column}' column.").format(
                    column=column
                )
            )
    frame = frame.drop(columns=["fid"], errors="ignore")
    frame["resource_id"] = frame["resource_id"].astype(str).str.strip()
    duplicated = duplicated_ids(frame["resource_id"])
    if len(duplicated):
        raise InputError(
            translate(
                "inputlayers",
                "The resources table has duplicate resource_id values: {ids}"
            ).format(ids=listed(duplicated))
        )
    unknown = ~catalogue.known(frame["resource"]).to_numpy()
    if not unknown.any():
        return frame, []
    rows = frame[unknown]
    pairs = (rows["resource_id"] + " (" + rows["resource"].astype(str) + ")").tolist()
    warning = translate(
        "inputlayers",
        "{count} resources have a code the catalogue does not know and were skipped: {rows}"
    ).format(count=int(unknown.sum()), rows=listed(pairs))
    return frame[~unknown].reset_index(drop=True), [warning]
