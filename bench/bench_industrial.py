"""Benchmark: ite:loadindustrialsites on the whole Hotmaps industrial database (5,029 rows).

Target (issue 13): under 5 s through qgis_process. Measures the core alone (read and load,
in this process, peak memory by tracemalloc) and the algorithm through qgis_process (whole
database, then Lombardy), with the peak resident memory of the qgis_process children so far
(getrusage keeps the largest child's). Run: make bench (or inside the
root: PYTHONPATH=build python3 bench/bench_industrial.py).
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

BUILD = Path(__file__).resolve().parents[1] / "build"
TARGET_S = 5.0


def core() -> tuple[int, int, int, float, float]:
    from ite_qgis.core.territory.industrial_database import read_database
    from ite_qgis.core.territory.industrial_sites import load_industrial_sites

    tracemalloc.start()
    start = time.perf_counter()
    database = read_database()
    result = load_industrial_sites(database)
    seconds = time.perf_counter() - start
    peak_mb = tracemalloc.get_traced_memory()[1] / 2**20
    tracemalloc.stop()
    return len(database), len(result.sites), len(result.resources), seconds, peak_mb


def through_qgis_process(folder: Path, env: dict, **filters) -> tuple[dict, float, float]:
    arguments = [f"--{key}={value}" for key, value in filters.items()]
    outputs = {name: folder / f"{name.lower()}.gpkg" for name in ("SITES", "RESOURCES",
                                                                   "REJECTED")}
    arguments += [f"--{name}={path}" for name, path in outputs.items()]
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    start = time.perf_counter()
    done = subprocess.run(["qgis_process", "--json", "run", "ite:loadindustrialsites",
                           *arguments], env=env, capture_output=True, text=True)
    seconds = time.perf_counter() - start
    if done.returncode != 0:
        raise RuntimeError(done.stdout + done.stderr)
    peak_mb = max(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, before) / 1024
    return json.loads(done.stdout)["results"], seconds, peak_mb


def main() -> int:
    rows, sites, resources, seconds, peak = core()
    print("ite:loadindustrialsites, Hotmaps industrial database (shipped copy)")
    print(f"{'run':<34} {'rows':>6} {'sites':>6} {'resources':>9} {'time s':>7} {'peak MB':>8}"
          f" {'ratio to 5 s':>12}")
    print(f"{'core: read + load, whole database':<34} {rows:>6} {sites:>6} {resources:>9} "
          f"{seconds:>7.2f} {peak:>8.0f} {seconds / TARGET_S:>12.2f}")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        env = dict(os.environ, QGIS_PLUGINPATH=str(BUILD), QT_QPA_PLATFORM="offscreen",
                   QGIS_CUSTOM_CONFIG_PATH=str(folder / "profile"))
        env.pop("PYTHONPATH", None)
        subprocess.run(["qgis_process", "plugins", "enable", "ite_qgis"], env=env, check=True,
                       capture_output=True)
        for label, filters in (("qgis_process: whole database", {}),
                               ("qgis_process: NUTS2=ITC4", {"NUTS2": "ITC4"})):
            results, seconds, peak = through_qgis_process(folder, env, **filters)
            print(f"{label:<34} {'':>6} {results['SITE_COUNT']:>6} "
                  f"{results['RESOURCE_COUNT']:>9} {seconds:>7.2f} {peak:>8.0f} "
                  f"{seconds / TARGET_S:>12.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
