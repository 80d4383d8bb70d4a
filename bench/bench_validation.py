#!/usr/bin/env python3
"""What the input-validation layer (core/validation) adds to the largest benchmarks.

Issue 16 asks that the validation layer add no more than 10 % to any benchmark. This script
runs, side by side on the same synthetic inputs, each check an algorithm runs on its inputs
and the core work it guards, and prints the ratio:

- the synergy territory of ``bench_synergy_core`` (N supplies + N demands, one site each):
  ``site_points`` + ``known_resources`` (the checks of ite:findsynergies) against
  ``find_synergies``;
- 100,000 synergy lines: ``synergy_lines`` (the check of ite:allocatesynergies) against the
  allocation LP;
- DH areas: ``check_dh_areas`` on 5,000 polygons (types, swapped coordinates, make_valid,
  ids, demands) against ``waste_heat_links`` of 500 sources to those areas.

Each size runs in its own process. Timings depend on the machine's load: give ``uptime``'s.

    tools/qgis-env run trixie env PYTHONPATH=/src/build python3 -P bench/bench_validation.py
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))


def _timed(call):
    start = time.perf_counter()
    value = call()
    return value, time.perf_counter() - start


def worker_synergy(n: int) -> dict:
    from bench_synergy_core import territory

    from ite_qgis.core.reference.catalogue import load_catalogue
    from ite_qgis.core.synergies import find_synergies
    from ite_qgis.core.validation.resources import known_resources
    from ite_qgis.core.validation.sites import site_points

    catalogue = load_catalogue()
    sites, resources = territory(n)

    def check():
        checked_sites, _ = site_points(sites, "sites")
        checked, _ = known_resources(resources, catalogue)
        return checked_sites, checked

    (checked_sites, checked), checks = _timed(check)
    _, core = _timed(lambda: find_synergies(
        checked_sites, checked, catalogue, radius_mode="min", fixed_radius_m=50_000,
        max_candidates=10))
    return {"case": f"findsynergies {n:,} + {n:,}", "records": 2 * n, "checks": checks,
            "core": core}


def worker_lines(n_lines: int) -> dict:
    import numpy as np
    import pandas as pd

    from ite_qgis.core.synergies.allocation import allocate
    from ite_qgis.core.validation.synergies import synergy_lines

    rng = np.random.default_rng(7)
    n_keys = n_lines // 5
    quantity = rng.uniform(10, 1000, n_lines)
    lines = pd.DataFrame({
        "synergy_id": np.char.add("L", np.arange(n_lines).astype(str)).astype(object),
        "supply_id": rng.integers(0, n_keys, n_lines).astype(str),
        "demand_id": rng.integers(0, n_keys, n_lines).astype(str),
        "quantity": quantity,
        "unit": "t/yr",
        "net_benefit_eur_yr": quantity * rng.uniform(-5, 50, n_lines),
    })
    keys = np.arange(n_keys).astype(str)
    supplies = pd.Series(rng.uniform(100, 2000, n_keys), index=keys)
    demands = pd.Series(rng.uniform(100, 2000, n_keys), index=keys)
    (checked, _), checks = _timed(lambda: synergy_lines(lines))
    _, core = _timed(lambda: allocate(checked, supplies, demands))
    return {"case": f"allocatesynergies {n_lines:,} lines", "records": n_lines,
            "checks": checks, "core": core}


def worker_areas(n_areas: int) -> dict:
    import geopandas as gpd
    import numpy as np
    import shapely

    from ite_qgis.core.heat.waste_heat import waste_heat_links
    from ite_qgis.core.validation.areas import check_dh_areas
    from ite_qgis.core.validation.findings import InputReport

    rng = np.random.default_rng(5)
    x0, y0 = 650_000.0, 7_000_000.0  # Lambert-93, northern France
    cx, cy = x0 + rng.uniform(0, 100_000, n_areas), y0 + rng.uniform(0, 100_000, n_areas)
    squares = shapely.box(cx - 300, cy - 300, cx + 300, cy + 300)
    areas = gpd.GeoDataFrame(
        {"area_id": np.arange(1, n_areas + 1), "demand_gwh_yr": rng.uniform(5, 200, n_areas)},
        geometry=squares, crs=2154)
    n_sources = n_areas // 10
    sources = gpd.GeoDataFrame(
        {"source_id": np.char.add("S", np.arange(n_sources).astype(str)).astype(object),
         "heat_mwh_yr": rng.uniform(10_000, 500_000, n_sources),
         "temperature_c": 120.0, "hours_per_year": 8000.0},
        geometry=gpd.points_from_xy(x0 + rng.uniform(0, 100_000, n_sources),
                                    y0 + rng.uniform(0, 100_000, n_sources)), crs=2154)
    checked, checks = _timed(lambda: check_dh_areas(areas, "area_id", "demand_gwh_yr",
                                                    InputReport()))
    _, core = _timed(lambda: waste_heat_links(sources, checked))
    return {"case": f"wasteheatdh {n_sources:,} sources x {n_areas:,} areas",
            "records": n_areas, "checks": checks, "core": core}


WORKERS = {"synergy": worker_synergy, "lines": worker_lines, "areas": worker_areas}
CASES = [("synergy", 10_000), ("synergy", 100_000), ("synergy", 1_000_000),
         ("lines", 100_000), ("areas", 5_000)]


def main() -> int:
    if len(sys.argv) == 4 and sys.argv[1] == "--worker":
        print(json.dumps(WORKERS[sys.argv[2]](int(sys.argv[3]))))
        return 0
    header = f"{'case':<46}{'records':>12}{'checks s':>10}{'core s':>9}{'added':>8}"
    print(header)
    print("-" * len(header))
    for worker, n in CASES:
        done = subprocess.run([sys.executable, "-P", __file__, "--worker", worker, str(n)],
                              capture_output=True, text=True)
        if done.returncode != 0:
            print(f"{worker} {n}: failed\n{done.stderr[-2000:]}")
            return 1
        row = json.loads(done.stdout.strip().splitlines()[-1])
        print(f"{row['case']:<46}{row['records']:>12,}{row['checks']:>10.3f}{row['core']:>9.2f}"
              f"{row['checks'] / row['core']:>8.1%}")
    print("added = time of the checks / time of the core work alone that they guard. The issue's "
          "target (<= 10 %) is on whole benchmarks,\nwhich also read and write: see the 'read' "
          "step of bench_synergy_qgis.py, where these checks run.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
