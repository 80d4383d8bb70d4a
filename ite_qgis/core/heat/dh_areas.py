"""District heating (DH) potential areas from a heat demand density raster.

Method: the published Hotmaps "DH potential" rule, with the Hotmaps toolbox defaults
(docs/architecture.md, Economics), by default exactly:

1. cells whose density is strictly above the pixel threshold (333 MWh/ha) are candidates;
2. a binary closing with a 3 x 3 structure fills one-cell gaps and notches between them, so a
   street or a park does not split a dense district;
3. the closed cells are labelled with 8-connectivity (cells touching at a corner join);
4. an area is kept when the demand of its cells above the pixel threshold reaches the area
   threshold (30 GWh/yr).

Two demands are reported per area, because closing adds cells that are below the pixel
threshold: ``demand_gwh_yr`` sums only the cells above the threshold (what the pixel rule
selects, and what the area threshold is tested on), ``demand_with_closing_gwh_yr`` adds the
cells the closing brought in (the whole area a network would cover). The advanced variant
``threshold_with_closing=True`` tests the area threshold on the latter instead; it keeps more
areas than Hotmaps (off by default).

The raster is padded with empty cells before the closing and cropped after it. Without padding
the erosion step treats the outside of the raster as empty and removes dense cells along the
raster edge, which shrinks (or deletes) areas that touch it.

Nodata, NaN, infinite and negative cells count as zero demand; how many there were is reported.

Area outlines are traced from the kept cells by :mod:`ite_qgis.core.heat.label_outlines` (GDAL
Polygonize, one MultiPolygon per area).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import geopandas as gpd
import numpy as np
import pandas as pd
from pyproj import CRS
from scipy import ndimage

from ..common.crs import CrsError, crs_label, is_metric
from ..common.i18n import translate
from ..reference.defaults import (
    DH_AREA_THRESHOLD_GWH_YR,
    DH_CLOSING_ITERATIONS,
    DH_PIXEL_THRESHOLD_MWH_HA,
    DH_THRESHOLD_WITH_CLOSING,
)
from ..reference.economics import HeatEconomics
from .label_outlines import label_polygons

M2_PER_HA = 10_000.0
MWH_PER_GWH = 1000.0
# Hotmaps DH potential defaults (sources in reference/defaults.py).
PIXEL_THRESHOLD_MWH_HA = DH_PIXEL_THRESHOLD_MWH_HA
AREA_THRESHOLD_GWH_YR = DH_AREA_THRESHOLD_GWH_YR
# Heat per dwelling equivalent, MWh/yr: the HeatEconomics default (sources in defaults.py).
MWH_PER_DWELLING = HeatEconomics.mwh_per_dwelling
EIGHT_CONNECTED = np.ones((3, 3), dtype=bool)

AREA_COLUMNS = [
    "area_id", "demand_gwh_yr", "demand_with_closing_gwh_yr", "area_ha", "mean_density_mwh_ha",
    "dwelling_eq", "cells", "cells_above_threshold",
]


@dataclass
class DhAreasResult:
    """DH potential areas: outlines with figures, the label raster and a report."""

    areas: gpd.GeoDataFrame  # one polygon or multipolygon per area, AREA_COLUMNS
    labels: np.ndarray  # int32, same shape as the density raster; area_id, 0 outside areas
    report: dict = field(default_factory=dict)


def _clean_density(density: np.ndarray, nodata) -> tuple[np.ndarray, dict]:
    """Mask of usable cells, and counts of the others (nodata, NaN/inf, negative)."""
    with np.errstate(invalid="ignore"):
        finite = np.isfinite(density)
        if nodata is None:
            is_nodata = np.zeros(density.shape, dtype=bool)
        elif np.isnan(nodata):
            # A NaN nodata value marks the NaN cells: they count as nodata, not as NaN.
            is_nodata = ~finite
        else:
            is_nodata = density == nodata
        negative = finite & ~is_nodata & (density < 0)
    usable = finite & ~is_nodata & ~negative
    counts = {
        "cells_nodata": int(is_nodata.sum()),
        "cells_nan": int((~finite & ~is_nodata).sum()),
        "cells_negative": int(negative.sum()),
    }
    return usable, counts


def _dilate_3x3(mask: np.ndarray) -> np.ndarray:
    """Binary dilation by a 3 x 3 square, outside the array counted empty.

    A 3 x 3 square is separable: OR with the left and right neighbours, then with the upper and
    lower ones. Six boolean array operations instead of scipy's general structure loop, which is
    about ten times slower on large rasters.
    """
    rows = mask.copy()
    rows[:, 1:] |= mask[:, :-1]
    rows[:, :-1] |= mask[:, 1:]
    out = rows.copy()
    out[1:, :] |= rows[:-1, :]
    out[:-1, :] |= rows[1:, :]
    return out


def close_cells(mask: np.ndarray, iterations: int = 1) -> np.ndarray:
    """Binary closing with a 3 x 3 structure (as ``scipy.ndimage.binary_closing`` with
    ``np.ones((3, 3))``), padded so that cells on the raster edge are not eroded away."""
    if iterations <= 0:
        return mask.copy()
    pad = iterations + 1
    work = np.pad(mask, pad, mode="constant", constant_values=False)
    for _ in range(iterations):
        work = _dilate_3x3(work)
    # Erosion is the complement of the dilation of the complement.
    np.logical_not(work, out=work)
    for _ in range(iterations):
        work = _dilate_3x3(work)
    np.logical_not(work, out=work)
    # Closing never removes a cell of the input; keep that exact even at the edges.
    return work[pad:-pad, pad:-pad] | mask


def _checked_inputs(density, transform, crs) -> tuple[np.ndarray, float]:
    """The density as a 2D array and the cell size in metres; errors users can act on."""
    if crs is not None and not is_metric(CRS.from_user_input(crs)):
        raise CrsError(
            translate(
                "dh_areas",
                "DH potential areas need a raster in a projected CRS in metres, but it is in "
                "{crs}. Reproject (warp) the raster, e.g. to EPSG:3035, and run the tool again."
            ).format(crs=crs_label(CRS.from_user_input(crs)))
        )
    density = np.asarray(density)
    if density.ndim != 2 or density.size == 0:
        raise ValueError(
            translate("dh_areas", "The density raster must be a non-empty 2D grid, not an array "
                                  "of shape {shape}.").format(shape=density.shape)
        )
    cell_m = float(transform[2])
    if not (np.isfinite(cell_m) and cell_m > 0):
        raise ValueError(
            translate("dh_areas", "The cell size must be a positive number of metres, not "
                                  "{cell}.").format(cell=cell_m)
        )
    return density, cell_m


@dataclass
class _LabelSums:
    """Per label (index 0: outside any area): demands in MWh/yr and cell counts, with where the
    labelled cells are (flat indices) and their labels."""

    demand_all_mwh: np.ndarray  # every cell of the area
    demand_above_mwh: np.ndarray  # cells above the pixel threshold only
    cells: np.ndarray
    cells_above: np.ndarray
    flat_index: np.ndarray
    cell_label: np.ndarray


def _label_sums(labels, n_found, density, nodata, above, cell_ha) -> _LabelSums:
    """Demand and cell counts of each label, unusable cells counted as zero demand."""
    flat_index = np.flatnonzero(labels)
    cell_label = labels.ravel()[flat_index]
    values = density.ravel()[flat_index].astype(float)
    usable_cells, _ = _clean_density(values, nodata)
    values[~usable_cells] = 0.0
    cell_above = above.ravel()[flat_index]
    return _LabelSums(
        demand_all_mwh=np.bincount(cell_label, weights=values * cell_ha, minlength=n_found + 1),
        demand_above_mwh=np.bincount(
            cell_label, weights=np.where(cell_above, values, 0.0) * cell_ha,
            minlength=n_found + 1
        ),
        cells=np.bincount(cell_label, minlength=n_found + 1),
        cells_above=np.bincount(cell_label, weights=cell_above, minlength=n_found + 1),
        flat_index=flat_index,
        cell_label=cell_label,
    )


def _kept_labels(sums: _LabelSums, keep: np.ndarray, shape) -> np.ndarray:
    """Label raster of the kept areas, numbered 1..n in the order of their first labels."""
    new_id = np.zeros(keep.size, dtype=np.int32)
    new_id[keep] = np.arange(1, int(keep.sum()) + 1, dtype=np.int32)
    kept_labels = np.zeros(shape, dtype=np.int32)
    kept_labels.ravel()[sums.flat_index] = new_id[sums.cell_label]
    return kept_labels


def _area_table(sums: _LabelSums, keep: np.ndarray, cell_ha: float,
                mwh_per_dwelling: float) -> pd.DataFrame:
    """The figures of the kept areas, AREA_COLUMNS without the geometry."""
    n_kept = int(keep.sum())
    demand_all_mwh = sums.demand_all_mwh[keep]
    area_ha = sums.cells[keep] * cell_ha
    return pd.DataFrame({
        "area_id": np.arange(1, n_kept + 1, dtype=np.int64),
        "demand_gwh_yr": sums.demand_above_mwh[keep] / MWH_PER_GWH,
        "demand_with_closing_gwh_yr": demand_all_mwh / MWH_PER_GWH,
        "area_ha": area_ha,
        "mean_density_mwh_ha": demand_all_mwh / area_ha if n_kept else np.zeros(0),
        "dwelling_eq": demand_all_mwh / mwh_per_dwelling,
        "cells": sums.cells[keep].astype(np.int64),
        "cells_above_threshold": sums.cells_above[keep].astype(np.int64),
    })


def dh_potential_areas(
    density: np.ndarray,
    transform,
    crs,
    nodata: float | None = None,
    pixel_threshold: float = PIXEL_THRESHOLD_MWH_HA,
    area_threshold_gwh: float = AREA_THRESHOLD_GWH_YR,
    closing_iterations: int = DH_CLOSING_ITERATIONS,
    mwh_per_dwelling: float = MWH_PER_DWELLING,
    threshold_with_closing: bool = DH_THRESHOLD_WITH_CLOSING,
) -> DhAreasResult:
    """DH potential areas from a density raster in MWh/ha (north-up, row 0 at ``y_max``).

    ``transform`` is ``(x_min, y_max, cell_m)`` in the units of ``crs``, which must be a
    projected CRS in metres (None: metres assumed). ``nodata`` marks empty cells (NaN allowed).
    A cell is a candidate when its density is strictly above ``pixel_threshold`` (Hotmaps).
    ``threshold_with_closing`` chooses which demand is compared with the area threshold: only
    the cells above the pixel threshold (False, the default: the Hotmaps rule) or every cell
    of the area, those the closing added included (True).

    Returns a :class:`DhAreasResult`. Its ``report`` holds: ``cells_total``, ``cells_nodata``,
    ``cells_nan`` (NaN or infinite), ``cells_negative``, ``cells_above_threshold``,
    ``cells_added_by_closing``, ``areas_found``, ``areas_kept``,
    ``areas_below_area_threshold``, ``demand_total_gwh_yr`` (all usable cells),
    ``demand_in_areas_gwh_yr`` (kept areas, cells above the pixel threshold only),
    ``demand_in_areas_with_closing_gwh_yr`` (kept areas, all their cells), and the thresholds
    and cell size used.
    """
    density, cell_m = _checked_inputs(density, transform, crs)
    cell_ha = cell_m * cell_m / M2_PER_HA
    usable, report = _clean_density(density, nodata)
    report["cells_total"] = int(density.size)
    total_mwh = float(np.sum(density, where=usable, dtype=float)) * cell_ha
    with np.errstate(invalid="ignore"):
        above = usable & (density > pixel_threshold)
    del usable  # recomputed on the labelled cells only; frees a raster-sized mask
    report["cells_above_threshold"] = int(above.sum())

    closed = close_cells(above, closing_iterations)
    report["cells_added_by_closing"] = int(closed.sum()) - report["cells_above_threshold"]
    labels, n_found = ndimage.label(closed, structure=EIGHT_CONNECTED)
    del closed
    report["areas_found"] = int(n_found)
    sums = _label_sums(labels, n_found, density, nodata, above, cell_ha)
    del above, labels

    tested = sums.demand_all_mwh if threshold_with_closing else sums.demand_above_mwh
    keep = tested >= area_threshold_gwh * MWH_PER_GWH
    keep[0] = False
    n_kept = int(keep.sum())
    kept_labels = _kept_labels(sums, keep, density.shape)
    table = _area_table(sums, keep, cell_ha, mwh_per_dwelling)
    geometry = label_polygons(kept_labels, transform, n_kept)
    areas = gpd.GeoDataFrame(table, geometry=gpd.GeoSeries(geometry, crs=crs), crs=crs)

    report.update({
        "areas_kept": n_kept,
        "areas_below_area_threshold": int(n_found) - n_kept,
        "demand_total_gwh_yr": total_mwh / MWH_PER_GWH,
        "demand_in_areas_gwh_yr": float(sums.demand_above_mwh[keep].sum()) / MWH_PER_GWH,
        "demand_in_areas_with_closing_gwh_yr":
            float(sums.demand_all_mwh[keep].sum()) / MWH_PER_GWH,
        "pixel_threshold_mwh_ha": float(pixel_threshold),
        "area_threshold_gwh_yr": float(area_threshold_gwh),
        "cell_m": cell_m,
    })
    return DhAreasResult(areas, kept_labels, report)
