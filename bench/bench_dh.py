"""Benchmark of the district heating core on synthetic data (no QGIS needed).

    tools/qgis-env run trixie python3 bench/bench_dh.py [--size 10000] [--sources 5000]

1. ``dh_potential_areas`` on a SYNTHETIC size x size density raster (100 m cells, about 10 % of
   the cells above 333 MWh/ha, smooth blobs plus cell noise).
2. ``waste_heat_links`` from N random SYNTHETIC sources to the areas found with a lower area
   threshold (about 10,000 areas at the default size).
3. ``heat_density_grid`` from 1 million synthetic building footprints.

Targets (project brief): 10,000 x 10,000 cells in < 30 s and < 4 GB; 5,000 sources x 10,000 areas
in < 30 s.
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from pathlib import Path

import geopandas as gpd
import numpy as np
import shapely
from scipy import ndimage

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from ite_qgis.core.heat.dh_areas import dh_potential_areas  # noqa: E402
from ite_qgis.core.heat.heat_density import heat_density_grid  # noqa: E402
from ite_qgis.core.heat.waste_heat import waste_heat_links  # noqa: E402

CELL_M = 100.0
CRS = "EPSG:3035"


def synthetic_density(size: int, coverage: float = 0.1, seed: int = 1) -> np.ndarray:
    """float32 MWh/ha: a smooth random field, exponentiated, with cell-level noise."""
    rng = np.random.default_rng(seed)
    coarse = ndimage.gaussian_filter(rng.normal(size=(size // 10, size // 10)), 3)
    field = ndimage.zoom(coarse.astype(np.float32), 10, order=1)
    field /= field.std()
    field += rng.normal(scale=0.3, size=field.shape).astype(np.float32)
    cut = np.quantile(field[::37, ::37], 1.0 - coverage)
    return (333.0 * np.exp(1.2 * (field - cut))).astype(np.float32)


def peak_rss_gb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1e6


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--size", type=int, default=10_000)
    parser.add_argument("--sources", type=int, default=5_000)
    parser.add_argument("--buildings", type=int, default=1_000_000)
    args = parser.parse_args()
    size = args.size
    transform = (3_000_000.0, 3_000_000.0 + size * CELL_M, CELL_M)

    density = synthetic_density(size)
    print(f"raster {size} x {size}, peak RSS after generation {peak_rss_gb():.2f} GB")
    start = time.perf_counter()
    result = dh_potential_areas(density, transform, CRS)
    seconds = time.perf_counter() - start
    print(f"dh_potential_areas: {seconds:.1f} s, {result.report['areas_kept']} areas, "
          f"peak RSS {peak_rss_gb():.2f} GB")

    areas = dh_potential_areas(density, transform, CRS, area_threshold_gwh=2.0).areas
    del density, result
    rng = np.random.default_rng(2)
    n = args.sources
    x = rng.uniform(transform[0], transform[0] + size * CELL_M, n)
    y = rng.uniform(transform[1] - size * CELL_M, transform[1], n)
    heat = np.exp(rng.normal(np.log(20_000.0), 1.2, n))  # median 20 GWh/yr
    sources = gpd.GeoDataFrame({
        "source_id": [f"s{i}" for i in range(n)], "name": "synthetic",
        "heat_mwh_yr": heat, "capacity_mw": heat / 5000.0,
        "temperature_c": rng.uniform(60.0, 500.0, n), "hours_per_year": 5000.0,
    }, geometry=shapely.points(x, y), crs=CRS)
    start = time.perf_counter()
    links = waste_heat_links(sources, areas)
    seconds = time.perf_counter() - start
    print(f"waste_heat_links: {n} sources x {len(areas)} areas: {seconds:.1f} s, "
          f"{len(links.links)} candidate links, {int(links.links['feasible'].sum())} feasible")

    m = args.buildings
    bx = rng.uniform(0, 50_000, m)
    by = rng.uniform(0, 50_000, m)
    footprints = shapely.box(bx, by, bx + rng.uniform(8, 60, m), by + rng.uniform(8, 60, m))
    buildings = gpd.GeoDataFrame(geometry=footprints, crs=CRS)
    demand = rng.uniform(10, 500, m)
    start = time.perf_counter()
    grid = heat_density_grid(buildings, demand, cell_m=CELL_M)
    seconds = time.perf_counter() - start
    print(f"heat_density_grid: {m} footprints -> {grid.grid.shape}: {seconds:.1f} s, "
          f"demand kept {grid.grid.sum() / demand.sum():.12f}")


if __name__ == "__main__":
    main()
