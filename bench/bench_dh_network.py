"""Benchmark of the district heating network core (ite:dhnetwork without QGIS).

    tools/qgis-env run trixie env PYTHONPATH=/src/build python3 -P bench/bench_dh_network.py

Cases, each in a child process of its own (so that its peak memory is its own):

1. the topotherm district (../shared/data/topotherm_district: 97 street lines, 200 sinks, one
   source): dh_network, then the exact optimum of the trench by MILP; target < 2 s in the core
   and a trench within 3 % of the optimum;
2. a SYNTHETIC town: a jittered street grid of about 20,000 segments (100 x 100 crossings,
   80 m blocks), 10,000 random sinks (5-50 kW, 2,000 h) and two sources; target < 30 s and
   < 2 GB peak;
3. the same town through ``qgis_process run ite:dhnetwork`` (GeoPackages in and out, QGIS
   start-up included): the issue's target is on the algorithm, < 30 s and 2 GB.

Prints a table: case, size, time, peak memory, ratio to the target time.
"""

from __future__ import annotations

import json
import resource
import subprocess
import sys
import time
from pathlib import Path

import geopandas as gpd
import numpy as np
import shapely

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "bench"))
from common import shared_data  # noqa: E402

CRS = "EPSG:25832"


def synthetic_town(crossings: int = 100, block_m: float = 80.0, sinks: int = 10_000,
                   seed: int = 7):
    """(sources, sinks, roads) of a SYNTHETIC town: a jittered grid of one-segment streets."""
    rng = np.random.default_rng(seed)
    grid = np.stack(np.meshgrid(np.arange(crossings), np.arange(crossings), indexing="ij"), -1)
    xy = grid * block_m + rng.uniform(-15.0, 15.0, grid.shape)
    east = np.stack([xy[:-1, :], xy[1:, :]], axis=2).reshape(-1, 2, 2)
    north = np.stack([xy[:, :-1], xy[:, 1:]], axis=2).reshape(-1, 2, 2)
    roads = gpd.GeoDataFrame(geometry=shapely.linestrings(np.r_[east, north]), crs=CRS)
    size = (crossings - 1) * block_m
    points = rng.uniform(0.0, size, (sinks, 2))
    sink_frame = gpd.GeoDataFrame({"peak_kw": rng.uniform(5.0, 50.0, sinks),
                                   "flh": np.full(sinks, 2000.0)},
                                  geometry=shapely.points(points), crs=CRS)
    sources = gpd.GeoDataFrame(geometry=shapely.points([(0.0, 0.0), (size, size / 2)]), crs=CRS)
    return sources, sink_frame, roads


def run_case(case: str) -> dict:
    from ite_qgis.core.heat.network.network import dh_network

    if case == "topotherm":
        folder = shared_data() / "topotherm_district"
        roads, sinks, sources = (gpd.read_file(folder / f"{n}.gpkg")
                                 for n in ("roads", "sinks", "source"))
        peak, hours = "ts_0", "flh_0"
    else:
        sources, sinks, roads = synthetic_town()
        peak, hours = "peak_kw", "flh"
    start = time.perf_counter()
    result = dh_network(sources, sinks, roads, peak, hours)
    seconds = time.perf_counter() - start
    out = {"seconds": seconds, "sinks": len(sinks), "streets": len(roads),
           "connected": int((result.sink_status["status"] == "connected").sum()),
           "trench_m": result.numbers["STREET_TRENCH_M"]}
    # Peak of the run itself, before the exact optimum (the MILP is a check, not the product).
    out["peak_gb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1e6
    if case == "topotherm":
        out["optimum_m"], out["milp_s"] = topotherm_optimum(sources, sinks, roads)
    return out


def topotherm_optimum(sources, sinks, roads):
    from ite_qgis.core.heat.network.service_pipes import attach
    from ite_qgis.core.heat.network.steiner import steiner_optimum
    from ite_qgis.core.heat.network.street_graph import build_street_graph

    start = time.perf_counter()
    graph = build_street_graph(roads.geometry.values)
    xy = np.r_[shapely.get_coordinates(sources.geometry.values),
               shapely.get_coordinates(sinks.geometry.values)]
    node, _, _ = attach(graph, xy, 100.0)
    optimum, _ = steiner_optimum(graph.matrix(), np.unique(node))
    return optimum, time.perf_counter() - start


def run_cli() -> dict:
    """The synthetic town through qgis_process, as a user runs it; peak memory of the child."""
    import os
    import tempfile

    folder = Path(tempfile.mkdtemp(prefix="bench_dhnet_"))
    sources, sinks, roads = synthetic_town()
    for name, frame in (("sources", sources), ("sinks", sinks), ("roads", roads)):
        frame.to_file(folder / f"{name}.gpkg", engine="pyogrio")
    config = folder / "config"
    (config / "profiles" / "default" / "python" / "plugins").mkdir(parents=True)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QGIS_CUSTOM_CONFIG_PATH=str(config),
               QGIS_PLUGINPATH=str(REPO / "build"))
    env.pop("PYTHONPATH", None)
    subprocess.run(["qgis_process", "plugins", "enable", "ite_qgis"], env=env,
                   capture_output=True, check=True)
    arguments = ["qgis_process", "run", "ite:dhnetwork", "--",
                 f"SOURCES={folder / 'sources.gpkg'}", f"SINKS={folder / 'sinks.gpkg'}",
                 f"ROADS={folder / 'roads.gpkg'}", "PEAK_KW_FIELD=peak_kw",
                 "FULL_LOAD_HOURS_FIELD=flh", f"NETWORK={folder / 'network.gpkg'}",
                 f"SERVICES={folder / 'services.gpkg'}",
                 f"SINK_STATUS={folder / 'status.gpkg'}"]
    start = time.perf_counter()
    done = subprocess.run(arguments, env=env, capture_output=True, text=True)
    seconds = time.perf_counter() - start
    if done.returncode != 0:
        raise RuntimeError(done.stdout[-2000:] + done.stderr[-2000:])
    return {"seconds": seconds, "sinks": len(sinks), "streets": len(roads),
            "peak_gb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1e6,
            "connected": int(gpd.read_file(folder / "status.gpkg")["status"]
                             .eq("connected").sum()),
            "trench_m": float("nan")}


def main() -> int:
    if len(sys.argv) > 2 and sys.argv[1] == "--case":
        print(json.dumps(run_cli() if sys.argv[2] == "cli" else run_case(sys.argv[2])))
        return 0
    cases = [("synthetic town", "town", 30.0, 2.0),
             ("town, qgis_process", "cli", 30.0, 2.0)]
    if shared_data() is not None and (shared_data() / "topotherm_district").is_dir():
        cases.insert(0, ("topotherm district", "topotherm", 2.0, None))
    else:
        print("topotherm district skipped: ../shared/data/topotherm_district not found")
    print(f"{'case':<20} {'size':<32} {'time s':>8} {'peak GB':>8} {'target':>8} {'ratio':>6}")
    for label, case, target_s, target_gb in cases:
        done = subprocess.run([sys.executable, "-P", __file__, "--case", case],
                              capture_output=True, text=True, check=True)
        out = json.loads(done.stdout.strip().splitlines()[-1])
        size = f"{out['sinks']} sinks, {out['streets']} streets"
        target = f"{target_s:g} s" + (f", {target_gb:g} GB" if target_gb else "")
        print(f"{label:<20} {size:<32} {out['seconds']:>8.2f} {out['peak_gb']:>8.2f} "
              f"{target:>8} {out['seconds'] / target_s:>6.2f}")
        trench = (f", street trench {out['trench_m']:,.0f} m" if out["trench_m"] == out["trench_m"]
                  else "")
        print(f"{'':<20} connected {out['connected']}{trench}"
              + (f"; exact optimum {out['optimum_m']:,.0f} m (MILP {out['milp_s']:.1f} s), "
                 f"ratio {out['trench_m'] / out['optimum_m']:.4f}" if "optimum_m" in out else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
