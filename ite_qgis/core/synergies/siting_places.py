"""The candidate places of the siting potential: the cells of a grid over the territory, or the
plots of a polygon layer (business parks, free plots), and the supplies still free.

A plot is represented by one point inside it (its centroid when the centroid falls inside,
else a point on its surface): distances to suppliers are measured from there.
"""

from __future__ import annotations

from dataclasses import dataclass

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from ..common.crs import crs_label, is_metric
from ..common.i18n import translate
from ..common.ids import duplicated_ids, listed
from ..common.units import parse_number_series
from ..reference.defaults import SITING_MAX_CELLS
from ..validation.findings import InputError


@dataclass
class Places:
    """Candidate places: ``x``, ``y`` (metres, in ``crs``) and either ``grid``
    ``(x_min, y_max, cell_m, rows, columns)`` (cells in row order from the north-west) or the
    plots' ``ids`` and polygons."""

    x: np.ndarray | None
    y: np.ndarray | None
    crs: object
    grid: tuple[float, float, float, int, int] | None = None
    ids: np.ndarray | None = None
    polygons: np.ndarray | None = None
    repaired: np.ndarray | None = None  # ids of the plots whose invalid polygon was repaired

    def __len__(self) -> int:
        if self.grid is not None:
            return self.grid[3] * self.grid[4]
        return len(self.x)

    def xy(self, positions: np.ndarray) -> np.ndarray:
        """Coordinates (n, 2) of the places at ``positions``; grid cells are computed on the
        fly, so a large grid never holds all its centres at once."""
        if self.grid is None:
            return np.column_stack([self.x[positions], self.y[positions]])
        x_min, y_max, cell, _rows, columns = self.grid
        row, column = np.divmod(positions, columns)
        return np.column_stack([x_min + (column + 0.5) * cell, y_max - (row + 0.5) * cell])

    def names(self, positions: np.ndarray) -> np.ndarray:
        if self.grid is None:
            return self.ids[positions]
        row, column = np.divmod(positions, self.grid[4])
        return np.array([f"r{r}c{c}" for r, c in zip(row, column, strict=True)], dtype=object)

    def shapes(self, positions: np.ndarray) -> np.ndarray:
        """The polygon of each place: its plot, or its cell."""
        if self.grid is None:
            return self.polygons[positions]
        half = self.grid[2] / 2.0
        xy = self.xy(positions)
        return shapely.box(xy[:, 0] - half, xy[:, 1] - half, xy[:, 0] + half, xy[:, 1] + half)


def grid_places(x: np.ndarray, y: np.ndarray, cell_m: float, crs) -> Places:
    """A grid of ``cell_m`` cells over the points ``x``, ``y`` (the territory's sites), with a
    margin of one cell or 5 % of the extent, whichever is larger. Refuses a non-positive cell
    and a grid of more than ``SITING_MAX_CELLS`` cells."""
    if not (cell_m > 0):
        raise InputError(translate("siting", "The cell size must be positive."))
    span = max(float(np.ptp(x)), float(np.ptp(y)), cell_m)
    margin = max(cell_m, 0.05 * span)
    x_min = np.floor((x.min() - margin) / cell_m) * cell_m
    y_max = np.ceil((y.max() + margin) / cell_m) * cell_m
    columns = int(np.ceil((x.max() + margin - x_min) / cell_m))
    rows = int(np.ceil((y_max - (y.min() - margin)) / cell_m))
    if rows * columns > SITING_MAX_CELLS:
        raise InputError(
            translate(
                "siting",
                "A grid of {cell} m cells over the territory has {cells} cells, more than the "
                "{most} allowed: choose larger cells."
            ).format(cell=f"{cell_m:g}", cells=rows * columns, most=SITING_MAX_CELLS)
        )
    return Places(None, None, crs, grid=(float(x_min), float(y_max), float(cell_m), rows, columns))


def plot_places(plots: gpd.GeoDataFrame, id_column: str | None) -> Places:
    """The plots as places. Refuses an empty layer, a CRS that is not metric (degrees), repeated
    ids, and a layer without any polygon; plots without a polygon are refused too, by id."""
    what = translate("siting", "The plots layer")
    if len(plots) == 0:
        raise InputError(translate("validation", "{what} is empty: it has no feature.").format(
            what=what))
    if plots.crs is None or not is_metric(plots.crs):
        raise InputError(
            translate(
                "siting",
                "The plots layer is in {crs}, not in metres: reproject it to a projected CRS in "
                "metres (e.g. EPSG:2154 in France, EPSG:3035 in Europe) and run the tool again."
            ).format(crs=crs_label(plots.crs) if plots.crs is not None else "?")
        )
    if id_column and id_column in plots.columns:
        ids = plots[id_column].astype(object).where(plots[id_column].notna(), "")
        ids = ids.astype(str).str.strip().to_numpy(dtype=object)
    else:
        ids = np.array([f"#{i + 1}" for i in range(len(plots))], dtype=object)
    repeated = duplicated_ids(pd.Series(ids))
    if len(repeated):
        raise InputError(
            translate("siting", "The plots layer repeats the ids {ids}: each must be unique."
                      ).format(ids=listed(repeated)))
    geometry = np.asarray(plots.geometry.array, dtype=object)
    kinds = shapely.get_type_id(geometry)
    bad = shapely.is_missing(geometry) | shapely.is_empty(geometry) | ~np.isin(kinds, (3, 6))
    if bad.any():
        raise InputError(
            translate(
                "siting",
                "{count} plots have no polygon ({ids}): each plot must be a polygon."
            ).format(count=int(bad.sum()), ids=listed(ids[bad]))
        )
    invalid = ~shapely.is_valid(geometry)
    geometry = np.where(invalid, shapely.make_valid(geometry), geometry)
    inside = shapely.centroid(geometry)
    outside = ~shapely.contains(geometry, inside)
    inside[outside] = shapely.point_on_surface(geometry[outside])
    xy = shapely.get_coordinates(inside)
    return Places(xy[:, 0], xy[:, 1], plots.crs, ids=ids, polygons=geometry,
                  repaired=ids[invalid])


def with_residual(resources: pd.DataFrame, residual: pd.DataFrame | None,
                  notes: list[str]) -> pd.DataFrame:
    """The resources with each supply's quantity replaced by what the allocation left of it
    (``residual`` of the RESIDUAL output of ite:allocatesynergies). ``residual`` None: the
    resources table itself when it has a ``residual`` column, else unchanged. A supply taken
    whole gets 0 and so is not counted."""
    if residual is None:
        if "residual" not in resources.columns:
            return resources
        residual = resources
    for column in ("resource_id", "residual"):
        if column not in residual.columns:
            raise InputError(
                translate(
                    "siting",
                    "The residual table has no '{column}' column: give the RESIDUAL output of "
                    "ite:allocatesynergies."
                ).format(column=column)
            )
    left, bad = parse_number_series(residual["residual"].astype(object))
    if bad.any():
        raise InputError(
            translate("siting", "The residual table has values that are not numbers: {values}"
                      ).format(values=listed(residual["residual"].astype(str)[bad.to_numpy()])))
    by_id = pd.Series(left.to_numpy(dtype=float),
                      index=residual["resource_id"].astype(str).str.strip().to_numpy())
    by_id = by_id[~by_id.index.duplicated()]
    resources = resources.copy()
    ids = resources["resource_id"].astype(str).str.strip()
    found = ids.isin(by_id.index).to_numpy()
    quantity = pd.to_numeric(resources["quantity"], errors="coerce").to_numpy(dtype=float)
    resources["quantity"] = np.where(found, ids.map(by_id).to_numpy(dtype=float), quantity)
    direction = resources["direction"].astype(str).str.strip().str.lower().to_numpy()
    taken = found & (direction == "supply") & ~(resources["quantity"].to_numpy() > 0)
    notes.append(
        translate(
            "siting",
            "Supplies count for what the allocation left of them: {taken} supplies taken whole "
            "are not counted, {kept} supplies missing from the residual table count whole."
        ).format(taken=int(taken.sum()), kept=int(((~found) & (direction == "supply")).sum()))
    )
    return resources
