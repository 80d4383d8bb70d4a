"""Benchmark: ite:importinventory through qgis_process, 100,000 resource rows for 20,000 sites.

Target (issue 3): under 30 s in the QGIS 3.40 root. Run: make bench (or inside the root:
python3 bench/bench_import_qgis.py). Prints a table: size, time, peak memory, ratio to target.
"""

from __future__ import annotations

import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import pandas as pd

BUILD = Path(__file__).resolve().parents[1] / "build"
TARGET_S = 30.0
CODES = np.array(
    [
        "ewc:100202",
        "ewc:100102",
        "heat",
        "steam",
        "water",
        "co2",
        "ewc:190805",
        "ewc:150101",
        "service:waste-collection",
        "ewc:170504",
    ]
)
UNITS = np.array(
    ["t/yr", "t/yr", "MWh/yr", "MWh/yr", "m3/yr", "t/yr", "t/yr", "t/yr", "count/yr", "t/yr"]
)


def inventory(n_sites: int, n_rows: int, folder: Path) -> Path:
    rng = np.random.default_rng(7)
    site = rng.integers(0, n_sites, n_rows)
    lon = 2.0 + rng.random(n_sites) * 4.0  # northern France, inside Lambert-93's area
    lat = 48.0 + rng.random(n_sites) * 3.0
    code = rng.integers(0, len(CODES), n_rows)
    frame = pd.DataFrame(
        {
            "site_id": [f"S{i:06d}" for i in site],
            "name": [f"Site {i}" for i in site],
            "nace": "24.10",
            "x": lon[site].round(5),
            "y": lat[site].round(5),
            "direction": np.where(rng.random(n_rows) < 0.5, "supply", "demand"),
            "resource": CODES[code],
            "quantity": (rng.random(n_rows) * 1000).round(1),
            "unit": UNITS[code],
        }
    )
    path = folder / "inventory.csv"
    frame.to_csv(path, index=False)
    return path


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        env = dict(
            os.environ,
            QGIS_PLUGINPATH=str(BUILD),
            QGIS_CUSTOM_CONFIG_PATH=str(folder / "p"),
            QT_QPA_PLATFORM="offscreen",
        )
        subprocess.run(
            ["qgis_process", "plugins", "enable", "ite_qgis"],
            env=env,
            check=True,
            capture_output=True,
        )
        rows = []
        for n_sites, n_rows in ((2_000, 10_000), (20_000, 100_000)):
            path = inventory(n_sites, n_rows, folder)
            start = time.perf_counter()
            done = subprocess.run(
                [
                    "qgis_process",
                    "run",
                    "ite:importinventory",
                    "--",
                    f"INPUT_FILE={path}",
                    "TARGET_CRS=EPSG:2154",
                    f"SITES={folder / 's.gpkg'}",
                    f"RESOURCES={folder / 'r.gpkg'}",
                    f"REJECTED={folder / 'x.csv'}",
                ],
                env=env,
                capture_output=True,
                text=True,
            )
            seconds = time.perf_counter() - start
            if done.returncode != 0:
                print(done.stdout, done.stderr, file=sys.stderr)
                return 1
            peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
            rows.append((n_sites, n_rows, seconds, peak_mb, seconds / TARGET_S))
    print("ite:importinventory through qgis_process (QGIS root), target 30 s")
    print(f"{'sites':>8} {'rows':>8} {'time s':>8} {'peak MB':>8} {'ratio to 30 s':>14}")
    for n_sites, n_rows, seconds, peak, ratio in rows:
        print(f"{n_sites:>8} {n_rows:>8} {seconds:>8.1f} {peak:>8.0f} {ratio:>14.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
