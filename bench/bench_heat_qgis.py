"""Benchmarks of the heat algorithms through qgis_process (QGIS root):

* ite:dhpotentialareas on the Brescia raster and on a synthetic 10,000 x 10,000 raster (100
  million cells, float32); targets: Brescia under 1 s of work, the large one under 30 s and
  4 GB;
* ite:wasteheatdh from the Hotmaps industrial database (every row with a point, about 4,500
  sites in lon/lat, reprojected by the algorithm; excess heat = the sum of its GWh/yr
  temperature bands, temperature = the lowest band with heat) to 10,000 SYNTHETIC DH areas in
  EPSG:3035, each placed within about 20 km of a random site (polygons of 30 to 700 ha with 30
  to 500 GWh/yr, log-uniform); target under 30 s.

The synthetic raster tiles the SYNTHETIC Dunkirk density grid (ite_qgis.core.samples.synthetic_heat)
over the square, which gives some two thousand districts to find and trace. Run inside the QGIS
root (make bench, or tools/qgis-env run trixie python3 bench/bench_heat_qgis.py). Prints a
table: raster size, areas found, wall time and the peak memory of the qgis_process run (its own
rusage, from os.wait4). The machine may be shared: the load average is printed with the table.
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
sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import shared_data  # noqa: E402

SIDE = 10_000
AREAS = 10_000
WASTE_HEAT_TARGET_S = 30.0


def synthetic_raster(folder: Path) -> Path:
    from osgeo import gdal

    from ite_qgis.core.samples.synthetic_heat import dunkirk_heat_grid

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


def run(arguments: list[str], log_path: Path, env: dict) -> tuple[float, float, str]:
    """(seconds, peak resident MB of qgis_process, its log) for one qgis_process run."""
    start = time.perf_counter()
    with open(log_path, "w") as log:
        process = subprocess.Popen(["qgis_process", "run", *arguments], env=env, stdout=log,
                                   stderr=subprocess.STDOUT)
        _pid, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - start
    text = log_path.read_text()
    if os.waitstatus_to_exitcode(status) != 0:
        print(text, file=sys.stderr)
        raise SystemExit(f"qgis_process failed: {' '.join(arguments)}")
    return seconds, usage.ru_maxrss / 1024.0, text


def hotmaps_sources(csv_path: Path, folder: Path) -> tuple[Path, int, int, object]:
    """The Hotmaps database rows with a point as a lon/lat GeoPackage of heat sources; returns
    (path, sources, sources with excess heat, their points in EPSG:3035 as x, y arrays)."""
    import geopandas as gpd
    import pandas as pd
    import shapely

    table = pd.read_csv(csv_path, sep=";", low_memory=False)
    table = table[table["geom"].notna()].reset_index(drop=True)
    points = shapely.from_wkt(table["geom"].str.split(";", n=1).str[1])
    bands = {"Excess_Heat_100-200C": 100.0, "Excess_Heat_200-500C": 200.0,
             "Excess_Heat_500C": 500.0}
    gwh = pd.DataFrame({c: pd.to_numeric(table[c], errors="coerce") for c in bands}).fillna(0.0)
    heat_mwh = gwh.sum(axis=1).to_numpy() * 1000.0  # GWh/yr -> MWh/yr
    # Temperature: the lowest band that has heat (what the whole quantity can promise).
    lowest = np.select([gwh[c].to_numpy() > 0 for c in bands], list(bands.values()), np.nan)
    sources = gpd.GeoDataFrame({
        "source_id": table["SiteID"].astype(str), "name": table["SiteName"].astype(str),
        "heat_mwh_yr": heat_mwh, "temperature_c": lowest}, geometry=points, crs="EPSG:4326")
    path = folder / "hotmaps_sources.gpkg"
    sources.to_file(path, layer="sources", driver="GPKG")
    metric = sources.to_crs("EPSG:3035").geometry
    return path, len(sources), int((heat_mwh > 0).sum()), (metric.x.to_numpy(),
                                                              metric.y.to_numpy())


def synthetic_areas(xy, count: int, folder: Path) -> Path:
    """``count`` SYNTHETIC DH areas near the given points (EPSG:3035)."""
    import geopandas as gpd
    import shapely

    rng = np.random.default_rng(5)
    pick = rng.integers(0, xy[0].size, count)
    x = xy[0][pick] + rng.normal(0.0, 10_000.0, count)
    y = xy[1][pick] + rng.normal(0.0, 10_000.0, count)
    radius_m = np.sqrt(rng.uniform(30.0, 700.0, count) * 10_000.0 / np.pi)
    demand_gwh = np.exp(rng.uniform(np.log(30.0), np.log(500.0), count))
    areas = gpd.GeoDataFrame(
        {"area_id": np.arange(1, count + 1), "demand_gwh_yr": demand_gwh},
        geometry=shapely.buffer(shapely.points(x, y), radius_m, quad_segs=8), crs="EPSG:3035")
    path = folder / "synthetic_areas.gpkg"
    areas.to_file(path, layer="areas", driver="GPKG")
    return path


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
        if "--waste-heat-only" in sys.argv:  # for quick runs while developing
            cases = []
        else:
            start = time.perf_counter()
            cases.append(("synthetic (tiled Dunkirk)", synthetic_raster(folder)))
            print(f"synthetic raster written in {time.perf_counter() - start:.1f} s",
                  file=sys.stderr)
        rows = []
        for label, raster in cases:
            dataset = gdal.Open(str(raster))
            size = f"{dataset.RasterXSize} x {dataset.RasterYSize}"
            dataset = None
            output = folder / f"areas_{len(rows)}.gpkg"
            seconds, peak_mb, log = run(["ite:dhpotentialareas", "--", f"INPUT={raster}",
                                         f"OUTPUT={output}"], output.with_suffix(".log"), env)
            areas = next((line for line in log.splitlines() if "Areas found" in line), "")
            kept = areas.split("kept (at least 30 GWh/yr):")[-1].split(";")[0].strip()
            rows.append((label, size, kept, seconds, peak_mb))
        waste_heat = None
        database = data / "hotmaps" / "industrial_database.csv" if data else None
        if database is not None and database.is_file():
            sources, n_sources, n_hot, xy = hotmaps_sources(database, folder)
            areas = synthetic_areas(xy, AREAS, folder)
            links = folder / "links.gpkg"
            seconds, peak_mb, log = run([
                "ite:wasteheatdh", "--", f"SOURCES={sources}", f"AREAS={areas}",
                f"LINKS={links}", f"SUMMARY={folder / 'summary.gpkg'}"],
                folder / "wasteheatdh.log", env)
            found = next((line for line in log.splitlines() if "candidate links" in line), "")
            waste_heat = (n_sources, n_hot, found.strip(), seconds, peak_mb)
        else:
            print("Hotmaps industrial database absent (../shared/data): ite:wasteheatdh "
                  "benchmark skipped", file=sys.stderr)
    load = os.getloadavg()
    print(f"load average (1, 5, 15 min): {load[0]:.2f} {load[1]:.2f} {load[2]:.2f} on "
          f"{os.cpu_count()} cores")
    print("ite:dhpotentialareas through qgis_process (QGIS root; the time includes starting "
          "qgis_process, about 1-2 s)")
    print(f"{'raster':<28} {'size':>14} {'areas':>7} {'time s':>8} {'peak MB':>8}")
    for label, size, kept, seconds, peak in rows:
        print(f"{label:<28} {size:>14} {kept:>7} {seconds:>8.1f} {peak:>8.0f}")
    if waste_heat is not None:
        n_sources, n_hot, found, seconds, peak = waste_heat
        print("ite:wasteheatdh through qgis_process: Hotmaps industrial database sources "
              f"(lon/lat) x {AREAS:,} synthetic DH areas (EPSG:3035)")
        print(f"{'sources':>8} {'with heat':>10} {'areas':>7} {'time s':>8} {'peak MB':>8} "
              f"{'target s':>9}  result")
        print(f"{n_sources:>8,} {n_hot:>10,} {AREAS:>7,} {seconds:>8.1f} {peak:>8.0f} "
              f"{WASTE_HEAT_TARGET_S:>9.0f}  {found}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
