"""A density raster as an input (ite:dhpotentialareas, maps): bands, CRS, nodata, cells.

Decisions, the same for every algorithm that reads a heat density raster:

* **several bands: refused.** A density raster has one band of MWh/ha. A raster with three or
  four bands is almost always a picture (an RGB export of a map), whose band 1 (red) would be
  read as densities and give areas that mean nothing; a stack of several density bands is rare
  and one band is extracted in one step (Rearrange bands, or ``gdal_translate -b``). Using
  band 1 with a warning would let the common mistake through.
* **no CRS: refused**, with its own message (how to set one), not the geographic one;
  **geographic CRS: refused** (cells in degrees have no area in hectares).
* **no nodata value: a warning**, and every cell is read as a density (Hotmaps rasters store
  empty cells as 0); a sentinel such as -9999 would then count as a negative cell.
* **NaN, infinite and negative cells: counted as zero demand**, with a warning giving their
  number (:func:`cell_findings`).

The cell counts themselves come from the computation (``core.heat.dh_areas``), which masks
the cells in one vectorised pass.
"""

from __future__ import annotations

from pyproj import CRS
from pyproj.exceptions import CRSError

from ..common.crs import crs_label, is_metric
from ..common.i18n import translate
from .findings import InputError, InputReport


def check_raster(name: str, band_count: int, crs_wkt: str | None) -> None:
    """Refuse (:class:`InputError`) a raster with several bands, without a CRS, or in a
    geographic (or any non-metric) CRS. ``name`` is the layer's name, shown in messages."""
    if band_count != 1:
        raise InputError(translate(
            "validation",
            "The raster {name} has {bands} bands, but a density raster has one band of MWh/ha "
            "(several bands are usually a picture, such as an RGB map export). Extract the "
            "density band first, e.g. with the Processing tool Rearrange bands "
            "(native:rearrange_bands) or gdal_translate -b, and run the tool again.").format(
            name=name, bands=band_count))
    crs = None
    if crs_wkt:
        try:
            crs = CRS.from_user_input(crs_wkt)
        except CRSError:
            crs = None
    if crs is None:
        raise InputError(translate(
            "validation",
            "The raster {name} has no coordinate reference system, so its cells have no known "
            "size. Set its CRS (Layer properties, Source, or the Processing tool Assign "
            "projection) and run the tool again.").format(name=name))
    if crs.is_geographic:
        raise InputError(translate(
            "validation",
            "The raster {name} uses the geographic CRS {crs}: its cells are in degrees and have "
            "no area in hectares. Reproject (warp) it to a projected CRS in metres, e.g. "
            "EPSG:3035, and run the tool again.").format(name=name, crs=crs_label(crs)))
    if not is_metric(crs):
        raise InputError(translate(
            "validation",
            "The raster {name} is in {crs}, whose units are not metres. Reproject (warp) it, "
            "e.g. to EPSG:3035, and run the tool again.").format(name=name, crs=crs_label(crs)))


def cell_findings(counts: dict, nodata: float | None) -> InputReport:
    """Warnings about the cells of a density raster: no nodata value, NaN, infinite or
    negative cells. ``counts`` has ``cells_nan`` and ``cells_negative``."""
    report = InputReport()
    if nodata is None:
        report.warn(translate(
            "dhpotentialareas",
            "The raster has no nodata value: every cell is read as a density. Negative, NaN "
            "and infinite cells are counted as invalid (zero demand). If a value such as "
            "-9999 marks empty cells, set it as nodata (gdal_translate -a_nodata -9999) and "
            "run the tool again."))
    bad = int(counts.get("cells_nan", 0)) + int(counts.get("cells_negative", 0))
    if bad:
        report.warn(translate(
            "dhpotentialareas", "{n} cells are NaN, infinite or negative: they were counted "
                                "as zero demand.").format(n=bad))
    return report


def drawn_cells(name: str, data, nodata: float | None) -> InputReport:
    """What a map of the density raster ``name`` (its band as an array) cannot show: a raster
    with no data cell at all, and cells that are NaN or infinite (counted)."""
    import numpy as np

    report = InputReport()
    data = np.asarray(data, dtype=float)
    valid = np.ones(data.shape, dtype=bool) if nodata is None else data != nodata
    finite = np.isfinite(data) & valid
    bad = int((valid & ~np.isfinite(data)).sum())
    if not finite.any():
        report.warn(translate(
            "validation", "The raster {name} has no cell with a density: the map shows no heat "
                          "density.").format(name=name))
    elif bad:
        report.warn(translate(
            "validation", "{count} cells of the raster {name} are NaN or infinite: they are no "
                          "density and their colour on the map means nothing.").format(
            count=bad, name=name))
    return report
