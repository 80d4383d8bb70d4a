"""SYNTHETIC heat-demand density grid for the Dunkirk agglomeration (demo and test data only).

Nothing in this grid is measured. It is a smooth, made-up picture of where space heating and
hot water are needed around Dunkirk, built so that the heat-density and district-heating
algorithms have a realistic-looking raster to work on in the embedded sample territory
(``resources/samples/dunkirk``). Never present it as real data: the file it is written to is
named ``heat_demand_synthetic.asc``, and ``resources/samples/dunkirk/SOURCES.md`` says how it
is built.

How it is built
---------------
* Extent: Lambert-93 (EPSG:2154), x 634,000-668,000 m (Grand-Fort-Philippe to the Belgian
  border at Bray-Dunes), y 7,093,000-7,111,000 m (south of Bourbourg and Bergues to the sea):
  34 km x 18 km.
* Urban cores: each town or district is a point with an approximate population. Its demand,
  ``population x MWH_PER_INHABITANT_YR``, is spread as two concentric Gaussians (70 % within
  ``sigma_m``, 30 % in a skirt 2.5 times wider), which gives dense centres and a gradual
  suburban fall-off. Core points were converted from WGS84 with pyproj (EPSG:4326 to
  EPSG:2154) and rounded to 10 m; populations are rounded INSEE orders of magnitude (about
  2020), not census figures.
* A thin rural background (``RURAL_BACKGROUND_MWH_HA``) stands for scattered farms and houses.
* Land only: cells north of a coarse coastline polyline (``COASTLINE_L93``) are sea and set to
  zero. The polyline runs along the beaches and the outer port works; inner port basins count
  as land, which does not matter because no core lies on them.
* Deterministic noise: every cell is multiplied by a log-normal factor drawn from
  ``numpy.random.default_rng(seed)``, so two calls with the same arguments give the same array.
* The grid is finally scaled so that its total is exactly ``TOTAL_HEAT_DEMAND_MWH_YR`` whatever
  the cell size.

Why about 2.2 TWh/yr
--------------------
The cores add up to about 207,000 inhabitants: roughly the Communauté urbaine de Dunkerque
(about 195,000, Gravelines to Bray-Dunes) plus Bergues, with rounding. Space heating plus
domestic hot water is taken as about 10.6 MWh per inhabitant and year: about 6.5 MWh for
homes (some 14 MWh per dwelling for a large 1950s-1970s stock in a cool, windy coastal
climate, 2.2 persons per dwelling) plus about 4 MWh/inhabitant
for offices, shops, schools, hospitals and port services. That gives about 2.2 TWh/yr; with
per-capita values from 8.5 to 14 MWh the total would lie between 1.8 and 3.0 TWh/yr, the range
given in ``HEAT_DEMAND_RANGE_MWH_YR``. Cross-check: the Dunkerque district heating network
serves about 16,000 dwelling equivalents, about 190 GWh/yr, i.e. under a tenth of this total,
which fits a network confined to the centre and a few large estates.

Densities then come out at about 800 MWh/ha in central Dunkerque (up to about 1,100 in single
cells, with the noise), 500-600 MWh/ha in Malo-les-Bains, Rosendaël, Saint-Pol-sur-Mer and
Petite-Synthe, 300-350 MWh/ha in Grande-Synthe and Coudekerque-Branche, 130-300 MWh/ha in the
small towns and about 2 MWh/ha in the countryside (figures for the default 100 m cell).
"""

from __future__ import annotations

import math
import os
from pathlib import Path

import numpy as np

from ..common.files import replaced_at_end
from ..common.i18n import translate

SYNTHETIC_GRID_FILENAME = "heat_demand_synthetic.asc"
CRS = "EPSG:2154"

# Grid extent in Lambert-93 metres (see the module docstring).
X_MIN_M = 634_000.0
X_MAX_M = 668_000.0
Y_MIN_M = 7_093_000.0
Y_MAX_M = 7_111_000.0

# Total and plausible range of space heat + hot water demand, MWh/yr (reasoning in the docstring
# and in resources/samples/dunkirk/SOURCES.md).
TOTAL_HEAT_DEMAND_MWH_YR = 2_200_000.0
HEAT_DEMAND_RANGE_MWH_YR = (1_800_000.0, 3_000_000.0)

RURAL_BACKGROUND_MWH_HA = 2.0
NOISE_SIGMA = 0.15
# Share of a core's demand in its inner Gaussian, and width of the outer skirt relative to it.
INNER_SHARE = 0.7
OUTER_SIGMA_FACTOR = 2.5

M2_PER_HA = 10_000.0
# Refuse grids above this many cells (a 6 m cell); beyond it the arrays no longer fit in memory
# comfortably and the synthetic detail is meaningless anyway.
MAX_CELLS = 20_000_000

# (name, x_m, y_m, inhabitants, sigma_m). Points: town or district centres converted from
# WGS84 with pyproj. Inhabitants: rounded orders of magnitude, not census counts.
URBAN_CORES: tuple[tuple[str, float, float, int, float], ...] = (
    ("Dunkerque centre", 656_200.0, 7_104_760.0, 25_000, 650.0),
    ("Malo-les-Bains", 657_760.0, 7_105_980.0, 16_000, 650.0),
    ("Rosendaël", 658_170.0, 7_104_860.0, 17_000, 800.0),
    ("Petite-Synthe", 653_230.0, 7_102_780.0, 20_000, 800.0),
    ("Saint-Pol-sur-Mer", 654_160.0, 7_104_110.0, 19_000, 800.0),
    ("Fort-Mardyck", 651_280.0, 7_104_020.0, 3_500, 500.0),
    ("Grande-Synthe", 650_980.0, 7_102_240.0, 20_500, 900.0),
    ("Coudekerque-Branche", 657_320.0, 7_103_080.0, 20_500, 800.0),
    ("Téteghem", 660_760.0, 7_102_720.0, 8_000, 800.0),
    ("Leffrinckoucke", 662_120.0, 7_105_610.0, 4_300, 600.0),
    ("Cappelle-la-Grande", 655_260.0, 7_100_650.0, 10_000, 800.0),
    ("Gravelines", 638_640.0, 7_099_350.0, 11_000, 700.0),
    ("Grand-Fort-Philippe", 637_040.0, 7_100_820.0, 5_000, 500.0),
    ("Loon-Plage", 644_980.0, 7_100_400.0, 6_000, 600.0),
    ("Bourbourg", 643_380.0, 7_094_840.0, 7_000, 600.0),
    ("Bray-Dunes", 666_070.0, 7_109_150.0, 4_500, 600.0),
    ("Zuydcoote", 664_310.0, 7_107_720.0, 1_600, 400.0),
    ("Bergues", 660_160.0, 7_097_150.0, 3_700, 450.0),
    ("Ghyvelde", 666_760.0, 7_106_470.0, 4_000, 600.0),
)

# Heat demand per inhabitant, MWh/yr, chosen so that the cores give TOTAL_HEAT_DEMAND_MWH_YR
# before noise (about 10.6 MWh; reasoning in the module docstring).
MWH_PER_INHABITANT_YR = TOTAL_HEAT_DEMAND_MWH_YR / sum(core[3] for core in URBAN_CORES)


# Coarse coastline, west to east (x strictly increasing), Lambert-93 metres, converted from
# points read off the coast: Oye-Plage, Aa mouth, Gravelines plant, western outer harbour,
# Mardyck, eastern port entrance, Malo beach, Leffrinckoucke, Bray-Dunes, Belgian border.
COASTLINE_L93: tuple[tuple[float, float], ...] = (
    (629_630.0, 7_099_240.0),
    (635_280.0, 7_100_840.0),
    (637_050.0, 7_101_710.0),
    (638_820.0, 7_103_250.0),
    (640_240.0, 7_104_690.0),
    (643_770.0, 7_105_770.0),
    (647_290.0, 7_105_730.0),
    (650_800.0, 7_106_260.0),
    (652_920.0, 7_107_020.0),
    (655_030.0, 7_107_340.0),
    (655_730.0, 7_107_000.0),
    (657_840.0, 7_106_760.0),
    (661_360.0, 7_107_850.0),
    (664_880.0, 7_109_270.0),
    (668_050.0, 7_110_480.0),
    (671_920.0, 7_111_690.0),
)

GridTransform = tuple[float, float, float]


def dunkirk_heat_grid(
    cell_m: float = 100.0, seed: int = 1985
) -> tuple[np.ndarray, GridTransform, str]:
    """SYNTHETIC heat demand density of the Dunkirk agglomeration.

    Returns ``(density_mwh_ha, (x_min, y_max, cell_m), "EPSG:2154")``: a float32 array in
    MWh per hectare and year, row 0 to the north, column 0 to the west; sea cells are 0.
    The total over the grid (``density.sum() * cell_m**2 / 10_000``) is
    ``TOTAL_HEAT_DEMAND_MWH_YR``. Same arguments, same array. See the module docstring for how
    it is made and why it must never be shown as real data.
    """
    requested = cell_m
    cell_m = _positive_metres(requested)
    ncols = max(1, math.ceil((X_MAX_M - X_MIN_M) / cell_m))
    nrows = max(1, math.ceil((Y_MAX_M - Y_MIN_M) / cell_m))
    if nrows * ncols > MAX_CELLS:
        message = translate("heatgrid", "A {value} m cell gives more than {max_cells} cells")
        raise ValueError(message.format(value=requested, max_cells=MAX_CELLS))
    x_centre_m = X_MIN_M + (np.arange(ncols) + 0.5) * cell_m
    y_centre_m = Y_MAX_M - (np.arange(nrows) + 0.5) * cell_m
    x_m, y_m = np.meshgrid(x_centre_m, y_centre_m)

    density_mwh_ha = np.full((nrows, ncols), RURAL_BACKGROUND_MWH_HA, dtype=np.float64)
    # One pass per core (19 of them) keeps memory at one grid whatever the cell size.
    for _name, cx_m, cy_m, inhabitants, sigma_m in URBAN_CORES:
        demand_mwh_yr = inhabitants * MWH_PER_INHABITANT_YR
        r2_m2 = (x_m - cx_m) ** 2 + (y_m - cy_m) ** 2
        density_mwh_ha += demand_mwh_yr * M2_PER_HA * _two_gaussians_per_m2(r2_m2, sigma_m)

    rng = np.random.default_rng(seed)
    density_mwh_ha *= rng.lognormal(mean=0.0, sigma=NOISE_SIGMA, size=density_mwh_ha.shape)
    density_mwh_ha[~_land_mask(x_m, y_m)] = 0.0

    cell_ha = cell_m * cell_m / M2_PER_HA
    total_mwh_yr = float(density_mwh_ha.sum()) * cell_ha
    density_mwh_ha *= TOTAL_HEAT_DEMAND_MWH_YR / total_mwh_yr
    return density_mwh_ha.astype(np.float32), (X_MIN_M, Y_MAX_M, cell_m), CRS


def _positive_metres(value: object) -> float:
    """``value`` as a finite positive float, or a translated ValueError."""
    try:
        metres = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        metres = math.nan
    if not (math.isfinite(metres) and metres > 0):
        message = translate("heatgrid", "The cell size must be a positive length in m: {value}")
        raise ValueError(message.format(value=value))
    return metres


def _two_gaussians_per_m2(r2_m2: np.ndarray, sigma_m: float) -> np.ndarray:
    """Share of a core's demand per square metre at squared distance ``r2_m2``; integrates to 1."""
    outer_sigma_m = OUTER_SIGMA_FACTOR * sigma_m
    inner = np.exp(-r2_m2 / (2.0 * sigma_m**2)) / (2.0 * math.pi * sigma_m**2)
    outer = np.exp(-r2_m2 / (2.0 * outer_sigma_m**2)) / (2.0 * math.pi * outer_sigma_m**2)
    return INNER_SHARE * inner + (1.0 - INNER_SHARE) * outer


def _land_mask(x_m: np.ndarray, y_m: np.ndarray) -> np.ndarray:
    """True south of the coastline polyline (land), False north of it (sea)."""
    coast_x_m = np.array([point[0] for point in COASTLINE_L93])
    coast_y_m = np.array([point[1] for point in COASTLINE_L93])
    return y_m < np.interp(x_m, coast_x_m, coast_y_m)


def write_ascii_grid(
    path: str | os.PathLike[str],
    array: np.ndarray,
    transform: GridTransform,
    nodata: float = -9999,
    crs: object | None = None,
) -> Path:
    """Write ``array`` as an ESRI ASCII grid (``.asc``, GDAL's AAIGrid driver, values to three
    decimals), with a ``.prj`` file (ESRI WKT) when ``crs`` is given, so that GDAL and QGIS know
    its CRS.

    ``transform`` is ``(x_min, y_max, cell_size)``; row 0 of ``array`` is the northern row.
    NaN cells are written as ``nodata``. The file is written to a temporary name in the same
    folder and renamed at the end, so a failure never leaves a half-written grid.
    """
    from osgeo import gdal, osr
    from pyproj import CRS

    from ..common.gdal_errors import raising

    values = np.asarray(array, dtype=np.float64)
    if values.ndim != 2 or values.size == 0:
        message = translate("heatgrid", "A grid must be a non-empty 2-D array, got shape {shape}")
        raise ValueError(message.format(shape=values.shape))
    x_min, y_max = float(transform[0]), float(transform[1])
    cell_size = _positive_metres(transform[2])
    nrows, ncols = values.shape
    target = Path(path)
    with raising():
        raster = gdal.GetDriverByName("MEM").Create("", ncols, nrows, 1, gdal.GDT_Float64)
        raster.SetGeoTransform((x_min, cell_size, 0.0, y_max, 0.0, -cell_size))
        band = raster.GetRasterBand(1)
        band.WriteArray(np.where(np.isnan(values), float(nodata), values))
        band.SetNoDataValue(float(nodata))
        if crs is not None:
            raster.SetSpatialRef(osr.SpatialReference(CRS.from_user_input(crs).to_wkt()))
        with replaced_at_end(target, suffix=".asc") as temporary:
            # GDAL writes the .prj beside the temporary grid; it follows the grid.
            prj = temporary.with_suffix(".prj")
            try:
                gdal.GetDriverByName("AAIGrid").CreateCopy(
                    str(temporary), raster, options=["DECIMAL_PRECISION=3"]
                )
                if prj.exists():
                    os.replace(prj, target.with_suffix(".prj"))
            finally:
                prj.unlink(missing_ok=True)
    return target


def write_synthetic_heat_grid(
    directory: str | os.PathLike[str], cell_m: float = 100.0, seed: int = 1985
) -> Path:
    """Generate the SYNTHETIC Dunkirk grid and write it as ``heat_demand_synthetic.asc``."""
    density_mwh_ha, transform, crs = dunkirk_heat_grid(cell_m=cell_m, seed=seed)
    return write_ascii_grid(
        Path(directory) / SYNTHETIC_GRID_FILENAME, density_mwh_ha, transform, crs=crs
    )
