"""Benchmark: ite:dhpotentialareas through qgis_process on the Brescia raster and on a synthetic
10,000 x 10,000 raster (100 million cells, float32).

The synthetic raster tiles the SYNTHETIC Dunkirk density grid (ite_qgis.core.synthetic_heat)
over the square, which gives some two thousand districts to find and trace. Run inside the QGIS
root (make bench, or tools/qgis-env run trixie python3 bench/bench_heat_qgis.py). Prints a
table: raster size, areas found, wall time and the peak memory of the qgis_process run (its own
rusage, from os.wait4).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
BUILD = REPO / "build"
sys.path.insert(0, str(BUILD))
SIDE = 10_000


def shared_data() -> Path | None:
    for candidate in (os.environ.get("ITE_SHARED_DATA"), REPO.parent / "shared" / "data",
                      "/shared/data"):
        if candidate and Path(candidate).is_dir():
            return Path(candidate)
    return None


def synthetic_raster(folder: Path) -> Path:
    from osgeo import gdal

    from ite_qgis.core.synthetic_heat import dunkirk_heat_grid

    gdal.UseExceptions()
    tile, _transform, _crs = dunkirk_heat_grid()
    reps = (SIDE // tile.shape[0] + 1, SIDE // tile.shape[1] + 1)
    density = np.tile(tile, reps)[:SIDE, :SIDE]
    path = folder / "synthetic_10000.tif"
    dataset = gdal.GetDriverByName("GTiff").Create(
        str(path), SIDE, SIDE, 1, gdal.GDT_Float32,
        options=["COMPRESS=DEFLATE", "TILED=YES", "BIGTIFF=YES"])
    dataset.SetGeoTransform((3_000_000.0, 100.0, 0.0, 3_000_000.0, 0.0, -100.0))
    srs = gdal.osr.SpatialReference()
    srs.ImportFromEPSG(3035)
    dataset.SetProjection(srs.ExportToWkt())
    band = dataset.GetRasterBand(1)
    band.SetNoDataValue(-9999.0)
    band.WriteArray(density)
    dataset = None
    return path


def run(raster: Path, output: Path, env: dict) -> tuple[float, float, str]:
    """(seconds, peak resident MB of qgis_process, its log) for one run."""
    log_path = output.with_suffix(".log")
    start = time.perf_counter()
    with open(log_path, "w") as log:
        process = subprocess.Popen(
            ["qgis_process", "run", "ite:dhpotentialareas", "--", f"INPUT={raster}",
             f"OUTPUT={output}"], env=env, stdout=log, stderr=subprocess.STDOUT)
        _pid, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - start
    text = log_path.read_text()
    if os.waitstatus_to_exitcode(status) != 0:
        print(text, file=sys.stderr)
        raise SystemExit(f"qgis_process failed on {raster}")
    return seconds, usage.ru_maxrss / 1024.0, text


def main() -> int:
    from osgeo import gdal

    gdal.UseExceptions()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        env = dict(os.environ, QGIS_PLUGINPATH=str(BUILD),
                   QGIS_CUSTOM_CONFIG_PATH=str(folder / "profile"), QT_QPA_PLATFORM="offscreen")
        env.pop("PYTHONPATH", None)
        subprocess.run(["qgis_process", "plugins", "enable", "ite_qgis"], env=env, check=True,
                       capture_output=True)
        cases = []
        data = shared_data()
        brescia = data / "hotmaps" / "brescia" / "heat_tot_curr_density.tif" if data else None
        if brescia is not None and brescia.is_file():
            cases.append(("Brescia (Hotmaps)", brescia))
        else:
            print("Brescia raster absent (../shared/data): skipped", file=sys.stderr)
        start = time.perf_counter()
        cases.append(("synthetic (tiled Dunkirk)", synthetic_raster(folder)))
        print(f"synthetic raster written in {time.perf_counter() - start:.1f} s", file=sys.stderr)
        rows = []
        for label, raster in cases:
            dataset = gdal.Open(str(raster))
            size = f"{dataset.RasterXSize} x {dataset.RasterYSize}"
            dataset = None
            output = folder / f"areas_{len(rows)}.gpkg"
            seconds, peak_mb, log = run(raster, output, env)
            areas = next((line for line in log.splitlines() if "Areas found" in line), "")
            kept = areas.split("kept (at least 30 GWh/yr):")[-1].split(";")[0].strip()
            rows.append((label, size, kept, seconds, peak_mb))
    print("ite:dhpotentialareas through qgis_process (QGIS root)")
    print(f"{'raster':<28} {'size':>14} {'areas':>7} {'time s':>8} {'peak MB':>8}")
    for label, size, kept, seconds, peak in rows:
        print(f"{label:<28} {size:>14} {kept:>7} {seconds:>8.1f} {peak:>8.0f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
