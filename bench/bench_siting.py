#!/usr/bin/env python3
"""Benchmark of the siting potential (core of ite:sitingpotential, no QGIS).

Target (issue 13): a 1,000 x 1,000 grid with 100,000 supplies and 5 needs in under 30 s and
2 GB peak.

Synthetic territory: 100,000 supplies on 100,000 sites at random points of a 91 km square
(EPSG:3035 metres); the grid adds a margin of 5 % on each side, so its 100 m cells make a grid
of about 1,000 x 1,000. The supplies share 5 codes evenly (four EWC materials and heat at
100-200 °C); quantities are log-normal, disposal costs uniform between 0 and 60 EUR/t, heat
temperatures between 60 and 250 °C. The planned plant needs each of the 5 codes (quantities
around what 20 supplies give); the economics are ite:findsynergies' defaults (road break-even
radii up to the 100 km bound, heat pipes at the Hotmaps cost ceiling), 10 nearest supplies per
code and need. The case runs in its own process; the peak is the resident memory during the
call (inputs included; the peak of building them is reset first, Linux VmHWM).

    make build && tools/qgis-env run trixie env PYTHONPATH=/src/build python3 -P \
        bench/bench_siting.py                       # the 1,000 x 1,000 target
    ... bench/bench_siting.py --sizes 300 1000      # grid sides
    ... bench/bench_siting.py --nace 23.51          # NACE mode: a planned cement works

With ``--nace`` the plant is described by that NACE class instead of the 5 needs: the sites get
NACE classes drawn from ``SITE_NACE`` (so the receiving-sector model scores each code for
several provider divisions) and the plant takes, whole, every supply the model says its class
receives (the time includes building the shipped model).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_synergy_core import peak_mb, reset_peak  # noqa: E402

TARGET_S = 30.0
TARGET_MB = 2048.0
SUPPLIES = 100_000
CELL_M = 100.0
CODES = ["ewc:100202", "ewc:150101", "ewc:200139", "ewc:170504", "heat:100-200c"]
SITE_NACE = ["24.10", "35.11", "38.21", "20.14", "10.41", "17.12", "23.51", "01.13"]
NEEDS = ("ewc:100202=60000 t/yr; ewc:150101=60000 t/yr; ewc:200139=60000 t/yr; "
         "ewc:170504=60000 t/yr; heat=60000 MWh/yr")


def territory(side_cells: int, seed: int = 3, nace: bool = False):
    import geopandas as gpd
    import numpy as np
    import pandas as pd

    rng = np.random.default_rng(seed)
    side_m = side_cells * CELL_M / 1.1  # the grid adds 5 % on each side
    n = SUPPLIES
    x, y = rng.uniform(0, side_m, n), rng.uniform(0, side_m, n)
    ids = np.char.add("S", np.arange(n).astype(str)).astype(object)
    classes = np.array(SITE_NACE, dtype=object)[rng.integers(0, len(SITE_NACE), n)] if nace \
        else ""
    sites = gpd.GeoDataFrame({"site_id": ids, "nace": classes},
                             geometry=gpd.points_from_xy(x + 3.9e6, y + 3.1e6), crs=3035)
    codes = np.array(CODES, dtype=object)[np.arange(n) % len(CODES)]
    heat = codes == "heat:100-200c"
    resources = pd.DataFrame({
        "resource_id": np.char.add("R", np.arange(n).astype(str)).astype(object),
        "site_id": ids,
        "direction": "supply",
        "resource": codes,
        "quantity": rng.lognormal(7.5, 1.0, n),
        "unit": np.where(heat, "MWh/yr", "t/yr"),
        "temperature_c": np.where(heat, rng.uniform(60, 250, n), np.nan),
        "hours_per_year": rng.uniform(2000, 8760, n),
        "cost_eur_per_unit": np.where(heat, 0.0, rng.uniform(0, 60, n)),
    })
    return sites, resources


def worker(side_cells: int, nace: str = "") -> dict:
    from ite_qgis.core.reference.catalogue import load_catalogue
    from ite_qgis.core.synergies.candidates import sector_model
    from ite_qgis.core.synergies.siting import siting_potential
    from ite_qgis.core.synergies.siting_needs import (
        nace_needs,
        needs_from_table,
        parse_needs_text,
    )

    catalogue = load_catalogue()
    sites, resources = territory(side_cells, nace=bool(nace))
    needs = None if nace else needs_from_table(parse_needs_text(NEEDS), catalogue)
    before = reset_peak()
    start = time.perf_counter()
    model = None
    if nace:
        model = sector_model(None, catalogue)
        needs = nace_needs(model, nace)
    result = siting_potential(sites, resources, catalogue, needs, cell_m=CELL_M,
                              knowledge=model)
    elapsed = time.perf_counter() - start
    rows, columns = result.raster.shape
    return {
        "grid": f"{rows:,} x {columns:,}",
        "cells": rows * columns,
        "supplies": len(resources),
        "needs": len(needs),
        "seconds": elapsed,
        "input_mb": before,
        "peak_mb": peak_mb(),
        "best_eur_yr": float(result.ranked["net_benefit_eur_yr"].iloc[0]),
        "best_suppliers": int(result.ranked["n_supplies"].iloc[0]),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="*", default=[1000],
                        help="grid sides in cells (default: 1000)")
    parser.add_argument("--nace", default="",
                        help="describe the plant by this NACE class instead of the 5 needs")
    parser.add_argument("--worker", type=int, help=argparse.SUPPRESS)
    options = parser.parse_args()
    if options.worker:
        print(json.dumps(worker(options.worker, options.nace)))
        return 0
    print(f"{'grid':>13} {'cells':>10} {'supplies':>9} {'needs':>5} {'time s':>7} "
          f"{'input MB':>8} {'peak MB':>8} {'x time':>7} {'x peak':>7} {'best EUR/yr':>12}")
    failed = False
    for size in options.sizes:
        output = subprocess.run([sys.executable, "-P", __file__, "--worker", str(size),
                                 "--nace", options.nace],
                                check=True, capture_output=True, text=True).stdout
        row = json.loads(output.strip().splitlines()[-1])
        ratio_time, ratio_peak = row["seconds"] / TARGET_S, row["peak_mb"] / TARGET_MB
        print(f"{row['grid']:>13} {row['cells']:>10,} {row['supplies']:>9,} {row['needs']:>5} "
              f"{row['seconds']:>7.1f} {row['input_mb']:>8.0f} {row['peak_mb']:>8.0f} "
              f"{ratio_time:>7.2f} {ratio_peak:>7.2f} {row['best_eur_yr']:>12,.0f}")
        failed |= size >= 1000 and (ratio_time > 1 or ratio_peak > 1)
    print(f"target: under {TARGET_S:.0f} s and {TARGET_MB:.0f} MB peak for 1,000 x 1,000 cells, "
          f"{SUPPLIES:,} supplies, 5 needs (x time, x peak: ratio to the target)")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
