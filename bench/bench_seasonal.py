"""Seasonal matching at hourly resolution: 5,000 heat sources x 10,000 DH areas (issue 15).

    make build && tools/qgis-env run trixie env PYTHONPATH=/src/build python3 -P \\
        bench/bench_seasonal.py

What "5,000 x 10,000 at hourly resolution" means here. Matching every pair with its own
hourly series would be 50 million pairs x 8,760 hours = 438 billion values: no memory holds
that, and no study needs it, since a source only ever feeds the areas within its economic
reach. Two readings are timed, both exact (no sampling), each against the 30 s target:

1. **All 50 million pairs, shared shapes.** Every source has one hourly supply shape (here a
   random one, the hard case: a flat supply is easier) and every area one hourly demand shape
   (the Nord-Pas-de-Calais degree days spread over the hours, modulated by a random hourly
   factor), each scaled by its own yearly quantity. This is what ``ite:wasteheatdh`` does with
   a climate and a supply profile. The usable heat of a pair is then
   ``b * f(a / b)`` with ``f`` tabulated once from the two shapes (one ``searchsorted`` per
   pair), and the backup peak a maximum over the few hours that can hold it; pairs are
   processed a block of sources at a time, keeping per source its best area.
2. **Per link, one hourly profile per source and per area.** 5,000 sources and 10,000 areas,
   each with its own random hourly series (float32, 175 MB and 350 MB), and 10 links per source
   within reach (50,000 links): every link matched hour by hour, in chunks of 16 million
   values, as ``ite:dhnetwork`` would for the sources and sinks of one network.

Printed: the case, its size, the time, the peak memory of the process (ru_maxrss) and the
ratio of the time to the 30 s target.
"""

from __future__ import annotations

import resource
import sys
import time
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "build"))
sys.path.insert(1, str(REPO))

from ite_qgis.core.heat.seasonal import (  # noqa: E402
    degree_day_profile,
    match_seasonal,
    profile_from_values,
)

N_SOURCES = 5_000
N_AREAS = 10_000
LINKS_PER_SOURCE = 10
TARGET_S = 30.0
SOURCE_BLOCK = 200  # sources per block of all-pairs matching: 2 million pairs


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def all_pairs(rng) -> tuple[float, dict]:
    supply_shape = profile_from_values(rng.random(8760) + 0.5)
    demand_hourly = degree_day_profile().hourly().shares * (0.7 + 0.6 * rng.random(8760))
    demand_shape = profile_from_values(demand_hourly)
    heat = rng.uniform(1e3, 5e5, N_SOURCES)
    demand = rng.uniform(3e4, 1e6, N_AREAS)
    best = np.zeros(N_SOURCES)
    total_backup = 0.0
    start = time.perf_counter()
    areas = np.arange(N_AREAS)
    for first in range(0, N_SOURCES, SOURCE_BLOCK):
        block = np.arange(first, min(first + SOURCE_BLOCK, N_SOURCES))
        src = np.repeat(block, N_AREAS)
        snk = np.tile(areas, block.size)
        match = match_seasonal(heat, supply_shape, demand, demand_shape, src, snk)
        best[block] = match.usable_mwh_yr.reshape(block.size, N_AREAS).max(axis=1)
        total_backup += float(match.backup_peak_mw.sum())
    elapsed = time.perf_counter() - start
    return elapsed, {"pairs": N_SOURCES * N_AREAS, "best_usable_gwh": best.sum() / 1e3,
                     "mean_backup_mw": total_backup / (N_SOURCES * N_AREAS)}


def per_link(rng) -> tuple[float, dict]:
    supply = profile_from_values(rng.random((N_SOURCES, 8760), dtype=np.float32) + 0.2)
    base = degree_day_profile().hourly().shares.astype(np.float32)
    demand_values = rng.random((N_AREAS, 8760), dtype=np.float32)
    demand_values *= 0.6
    demand_values += 0.7
    demand_values *= base
    demand = profile_from_values(demand_values)
    del demand_values
    heat = rng.uniform(1e3, 5e5, N_SOURCES)
    need = rng.uniform(3e4, 1e6, N_AREAS)
    src = np.repeat(np.arange(N_SOURCES), LINKS_PER_SOURCE)
    snk = rng.integers(0, N_AREAS, src.size)
    start = time.perf_counter()
    match = match_seasonal(heat, supply, need, demand, src, snk)
    elapsed = time.perf_counter() - start
    # Spot check of three links against the direct sum.
    for k in (0, src.size // 2, src.size - 1):
        direct = np.minimum(heat[src[k]] * supply.shares[src[k]].astype(float),
                            need[snk[k]] * demand.shares[snk[k]].astype(float)).sum()
        assert np.isclose(direct, match.usable_mwh_yr[k], rtol=1e-5), (k, direct)
    return elapsed, {"links": src.size, "usable_gwh": match.usable_mwh_yr.sum() / 1e3,
                     "mean_backup_mw": float(match.backup_peak_mw.mean())}


def main() -> int:
    rng = np.random.default_rng(15)
    status = 0
    print(f"Seasonal matching, hourly (8,760 periods): {N_SOURCES:,} sources x {N_AREAS:,} "
          f"areas; target {TARGET_S:g} s per case")
    print(f"{'case':<46} {'size':>22} {'time s':>8} {'peak MB':>8} {'ratio':>6}")
    for label, case, unit in (
        ("all pairs, shared hourly shapes", all_pairs, "pairs"),
        (f"per link ({LINKS_PER_SOURCE}/source), own hourly profiles", per_link, "links"),
    ):
        elapsed, info = case(rng)
        ratio = elapsed / TARGET_S
        size = f"{info[unit]:,} {unit} x 8,760 h"
        print(f"{label:<46} {size:>22} {elapsed:>8.2f} {peak_mb():>8.0f} {ratio:>6.2f}"
              f"  {'OK' if ratio < 1 else 'TOO SLOW'}")
        status |= int(ratio >= 1)
    return status


if __name__ == "__main__":
    sys.exit(main())
