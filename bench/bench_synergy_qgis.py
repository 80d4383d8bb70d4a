#!/usr/bin/env python3
"""Benchmark of the synergy search through QGIS (needs the assembled plugin: ``make build``).

(a) ``ite:findsynergies`` run by ``qgis_process`` as a user runs it, on the synthetic territory
    of bench/bench_synergy_core.py with 100,000 resources (50,000 supplies and 50,000 demands,
    each on its own site, 20 codes, 1,000 km x 1,000 km in EPSG:3035), read from a GeoPackage
    written first with geopandas/pyogrio and written to a GeoPackage. Radius mode ``min`` with a
    50 km fixed radius, 10 candidates per supply. Target (issue 11): under 5 s including QGIS
    start-up.

(b) Side by side on 10,000 supplies x 10,000 demands, one code per family (material, water,
    gas, electricity, service, so exact-code matching is matching within a family), fixed
    radius R = 50 km, detour factor 1 (straight lines), k = 10 candidates per supply:

    * our core engine (``find_synergies``) on GeoDataFrames;
    * ``ite:findsynergies`` in-process on memory layers (reading, search, writing);
    * ``native:joinbynearest`` once per family (supplies of the family -> demands of the
      family) with NEIGHBORS = k and MAX_DISTANCE = R, then its output filtered to
      ``distance <= R``: QGIS 3.40.6 returns neighbours beyond MAX_DISTANCE when NEIGHBORS > 1
      (docs/architecture.md, Known pitfalls), so the filtering is part of its time.

(c) The same as (b), with every output written to a GeoPackage in a temporary folder on both
    sides (what an analyst's batch or model writes), in-process.

Each case runs in its own process so that its peak resident memory (``ru_maxrss``, QGIS start-up
included for the QGIS cases) is its own. Beside the wall-clock time, each row gives the CPU time
of its process (user + system): on a shared machine the wall clock counts the other processes'
turns too. The in-process ``ite:findsynergies`` rows are its first run in a fresh QGIS session
(Python imports of geopandas/scipy included) and a second run (what every later run costs).

Step split: (a) is done again in-process on the same GeoPackage, one step at a time (QGIS
start-up measured as ``qgis_process help ite:findsynergies``); (b) on the same memory layers.

    tools/qgis-env run trixie python3 bench/bench_synergy_qgis.py
    tools/qgis-env run trixie python3 bench/bench_synergy_qgis.py --resources 20000 --side 2000
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
BUILD = REPO / "build"
sys.path.insert(0, str(BUILD))
sys.path.insert(0, str(Path(__file__).resolve().parent))

RADIUS_M = 50_000.0
NEIGHBOURS = 10
# One code per family for (b): supply code == demand code, no temperature condition.
SIDE_CODES = {
    "material": "ewc:100202",
    "water": "water",
    "gas": "co2",
    "electricity": "electricity",
    "service": "service:shared-equipment",
}
SIDE_UNITS = {
    "ewc:100202": "t/yr",
    "water": "m3/yr",
    "co2": "t/yr",
    "electricity": "MWh/yr",
    "service:shared-equipment": "count/yr",
}


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0  # kB on Linux


def side_territory(n: int, seed: int = 3):
    """n supplies and n demands, each on its own site, codes drawn from SIDE_CODES."""
    import geopandas as gpd
    import numpy as np
    import pandas as pd

    rng = np.random.default_rng(seed)
    total = 2 * n
    x, y = rng.uniform(0, 1_000_000, total) + 3.0e6, rng.uniform(0, 1_000_000, total) + 2.0e6
    ids = np.char.add("S", np.arange(total).astype(str)).astype(object)
    sites = gpd.GeoDataFrame({"site_id": ids}, geometry=gpd.points_from_xy(x, y), crs=3035)
    codes = np.array(list(SIDE_CODES.values()), dtype=object)[rng.integers(0, 5, total)]
    resources = pd.DataFrame(
        {
            "resource_id": np.char.add("R", np.arange(total).astype(str)).astype(object),
            "site_id": ids,
            "direction": np.where(np.arange(total) < n, "supply", "demand"),
            "resource": codes,
            "quantity": rng.lognormal(8, 1.5, total),
            "unit": pd.Series(codes).map(SIDE_UNITS).to_numpy(),
        }
    )
    return sites, resources


def start_qgis():
    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    sys.path.append("/usr/share/qgis/python/plugins")
    from processing.core.Processing import Processing

    Processing.initialize()
    import ite_qgis

    plugin = ite_qgis.classFactory(None)
    plugin.initProcessing()
    return app, plugin


def memory_points(frame, fields: list[str], name: str):
    from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsVectorLayer

    layer = QgsVectorLayer(
        "Point?crs=EPSG:3035&" + "&".join(f"field={f}:string" for f in fields), name, "memory"
    )
    features = []
    for row_id, x, y in zip(frame[fields[0]], frame.geometry.x, frame.geometry.y, strict=True):
        feature = QgsFeature(layer.fields())
        feature.setAttributes([row_id])
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(x, y)))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def memory_table(frame):
    from qgis.core import QgsFeature, QgsVectorLayer

    numbers = {"quantity"}
    uri = "None?" + "&".join(
        f"field={c}:{'double' if c in numbers else 'string'}" for c in frame.columns
    )
    layer = QgsVectorLayer(uri, "resources", "memory")
    features = []
    for row in frame.itertuples(index=False):
        feature = QgsFeature(layer.fields())
        feature.setAttributes([float(v) if isinstance(v, float) else str(v) for v in row])
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


# -- workers (one process each)


def worker_cli(n_resources: int) -> dict:
    """(a) qgis_process run ite:findsynergies on a GeoPackage of n_resources resources."""
    import pyogrio
    from bench_synergy_core import territory

    folder = Path(tempfile.mkdtemp(prefix="ite_bench_"))
    sites, resources = territory(n_resources // 2)
    source = folder / "territory.gpkg"
    pyogrio.write_dataframe(sites, source, layer="sites")
    pyogrio.write_dataframe(resources, source, layer="resources")
    output = folder / "synergies.gpkg"
    env = dict(
        os.environ,
        QGIS_CUSTOM_CONFIG_PATH=str(folder),
        QGIS_PLUGINPATH=str(BUILD),
        QT_QPA_PLATFORM="offscreen",
    )
    env.pop("PYTHONPATH", None)
    subprocess.run(
        ["qgis_process", "plugins", "enable", "ite_qgis"], env=env, check=True, capture_output=True
    )
    start = time.perf_counter()
    subprocess.run(["qgis_process", "help", "ite:findsynergies"], env=env, capture_output=True)
    startup = time.perf_counter() - start
    before = _children_cpu()
    start = time.perf_counter()
    done = subprocess.run(
        [
            "qgis_process",
            "run",
            "ite:findsynergies",
            "--",
            f"SITES={source}|layername=sites",
            f"RESOURCES={source}|layername=resources",
            "RADIUS_MODE=2",
            "FIXED_RADIUS_KM=50",
            "MAX_CANDIDATES=10",
            f"SYNERGIES={output}",
        ],
        env=env,
        capture_output=True,
        text=True,
    )
    elapsed = time.perf_counter() - start
    cpu = _children_cpu() - before
    if done.returncode != 0:
        raise RuntimeError(done.stdout[-2000:] + done.stderr[-2000:])
    child = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024.0
    rows = pyogrio.read_info(output)["features"]
    return {
        "case": "qgis_process ite:findsynergies (GPKG in/out)",
        "records": n_resources,
        "seconds": elapsed,
        "cpu": cpu,
        "peak_mb": child,
        "output_rows": rows,
        "beyond": 0,
        "times": {"startup": startup},
        "folder": str(folder),
    }


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def worker_core(n: int) -> dict:
    from ite_qgis.core.reference.catalogue import load_catalogue
    from ite_qgis.core.synergies import find_synergies

    catalogue = load_catalogue()
    sites, resources = side_territory(n)
    start, cpu = time.perf_counter(), time.process_time()
    result = find_synergies(
        sites,
        resources,
        catalogue,
        radius_mode="fixed",
        fixed_radius_m=RADIUS_M,
        detour_factor=1.0,
        max_candidates=NEIGHBOURS,
        include_inferred=False,
    )
    elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu
    beyond = int((result.lines["distance_m"] > RADIUS_M).sum())
    return {
        "case": "core find_synergies (GeoDataFrames)",
        "records": 2 * n,
        "seconds": elapsed,
        "cpu": cpu,
        "peak_mb": rss_mb(),
        "output_rows": len(result.lines),
        "beyond": beyond,
    }


def _destination(kind: str, name: str) -> str:
    """A memory destination, or a new GeoPackage in a temporary folder (kind 'gpkg')."""
    if kind == "memory":
        return "memory:"
    return str(Path(tempfile.mkdtemp(prefix="ite-bench-")) / f"{name}.gpkg")


def _count(output) -> int:
    from qgis.core import QgsVectorLayer

    layer = output if not isinstance(output, str) else QgsVectorLayer(output, "out", "ogr")
    return layer.featureCount()


def worker_algorithm(n: int, kind: str = "memory") -> dict:
    """ite:findsynergies in-process on memory layers, twice in one session: the first run pays
    the Python imports of the core (geopandas, scipy), the second is what every later run
    costs. The synergies go to a memory layer, or (kind 'gpkg') to a GeoPackage."""
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback, QgsProject

    _app, _plugin = start_qgis()
    import processing
    sites, resources = side_territory(n)
    sites_layer = memory_points(sites, ["site_id"], "sites")
    table = memory_table(resources)
    runs = []
    for _run in range(2):
        context = QgsProcessingContext()
        context.setProject(QgsProject.instance())
        start, cpu = time.perf_counter(), time.process_time()
        result = processing.run(
            "ite:findsynergies",
            {
                "SITES": sites_layer,
                "RESOURCES": table,
                "RADIUS_MODE": 1,
                "FIXED_RADIUS_KM": RADIUS_M / 1000,
                "DETOUR_FACTOR": 1.0,
                "MAX_CANDIDATES": NEIGHBOURS,
                "INCLUDE_INFERRED": False,
                "SYNERGIES": _destination(kind, f"synergies{_run}"),
            },
            context=context,
            feedback=QgsProcessingFeedback(),
        )
        runs.append((time.perf_counter() - start, time.process_time() - cpu))
    return {
        "case": f"ite:findsynergies in-process, {kind}, 1st run",
        "records": 2 * n,
        "seconds": runs[0][0],
        "cpu": runs[0][1],
        "peak_mb": rss_mb(),
        "output_rows": _count(result["SYNERGIES"]),
        "beyond": 0,
        "second": {"seconds": runs[1][0], "cpu": runs[1][1]},
    }


def worker_join(n: int, kind: str = "memory") -> dict:
    """native:joinbynearest once per family, its output (memory, or kind 'gpkg': a GeoPackage)
    then filtered to distance <= R."""
    from qgis.core import (
        QgsFeatureRequest,
        QgsProcessingContext,
        QgsProcessingFeedback,
        QgsVectorLayer,
    )

    _app, _plugin = start_qgis()
    import processing
    sites, resources = side_territory(n)
    located = resources.merge(sites[["site_id", "geometry"]], on="site_id")
    layers = []
    for code in SIDE_CODES.values():
        of_code = located[located["resource"] == code]
        supply = of_code[of_code["direction"] == "supply"].set_geometry("geometry")
        demand = of_code[of_code["direction"] == "demand"].set_geometry("geometry")
        layers.append(
            (
                memory_points(supply, ["resource_id"], f"supply {code}"),
                memory_points(demand, ["resource_id"], f"demand {code}"),
            )
        )
    kept = beyond = 0
    start, cpu = time.perf_counter(), time.process_time()
    for supply_layer, demand_layer in layers:
        context = QgsProcessingContext()
        joined = processing.run(
            "native:joinbynearest",
            {
                "INPUT": supply_layer,
                "INPUT_2": demand_layer,
                "FIELDS_TO_COPY": [],
                "DISCARD_NONMATCHING": True,
                "PREFIX": "n_",
                "NEIGHBORS": NEIGHBOURS,
                "MAX_DISTANCE": RADIUS_M,
                "OUTPUT": _destination(kind, "joined"),
            },
            context=context,
            feedback=QgsProcessingFeedback(),
        )["OUTPUT"]
        if isinstance(joined, str):
            joined = QgsVectorLayer(joined, "joined", "ogr")
        request = QgsFeatureRequest().setFilterExpression(f'"distance" <= {RADIUS_M}')
        request.setFlags(QgsFeatureRequest.Flag.NoGeometry)
        inside = sum(1 for _ in joined.getFeatures(request))
        kept += inside
        beyond += joined.featureCount() - inside
    elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu
    return {
        "case": f"native:joinbynearest x5 families + filter, {kind}",
        "records": 2 * n,
        "seconds": elapsed,
        "cpu": cpu,
        "peak_mb": rss_mb(),
        "output_rows": kept,
        "beyond": beyond,
    }


def _timed_search():
    """Times the core's k-d tree queries (returned list holds their total seconds)."""
    from ite_qgis.core.synergies import pair_search

    search = [0.0]
    nearest = pair_search.nearest

    def timed_nearest(*args, **kwargs):
        begin = time.perf_counter()
        found = nearest(*args, **kwargs)
        search[0] += time.perf_counter() - begin
        return found

    pair_search.nearest = timed_nearest
    return search


def _core_steps(site_frame, resource_frame, times: dict, **settings):
    from ite_qgis.core.reference.catalogue import load_catalogue
    from ite_qgis.core.synergies import find_synergies

    search = _timed_search()
    catalogue = load_catalogue()
    start = time.perf_counter()
    result = find_synergies(site_frame, resource_frame, catalogue, **settings)
    times["core"] = time.perf_counter() - start
    times["search"] = search[0]
    start = time.perf_counter()
    lines = result.lines
    times["geometry"] = time.perf_counter() - start
    return lines


def worker_phases(n: int) -> dict:
    """Where ite:findsynergies spends its time on (b): the steps of its compute() done one by one
    on the same memory layers (the k-d tree queries timed apart inside the core)."""
    import shapely
    from qgis.core import QgsVectorLayer

    _app, _plugin = start_qgis()
    from ite_qgis.qgis_bridge import frames

    sites, resources = side_territory(n)
    sites_layer = memory_points(sites, ["site_id"], "sites")
    table = memory_table(resources)
    times = {}
    start = time.perf_counter()
    site_frame = frames.source_to_frame(sites_layer)
    resource_frame = frames.source_to_frame(table, geometry=False)
    times["read"] = time.perf_counter() - start
    lines = _core_steps(site_frame, resource_frame, times, radius_mode="fixed",
                        fixed_radius_m=RADIUS_M, detour_factor=1.0,
                        max_candidates=NEIGHBOURS, include_inferred=False)  # fmt: skip
    layer = QgsVectorLayer("LineString?crs=EPSG:3035", "synergies", "memory")
    layer.dataProvider().addAttributes(frames.frame_fields(lines).toList())
    layer.updateFields()
    start = time.perf_counter()
    columns = [c for c in lines.columns if c != "geometry"]
    with frames._no_gc():
        frames._write_features(
            layer.dataProvider(), lines, columns, shapely.to_wkb(lines.geometry.values), True, None
        )
    times["write"] = time.perf_counter() - start
    return {"case": "phases", "records": 2 * n, "output_rows": layer.featureCount(),
            "times": times}  # fmt: skip


def worker_phases_file(folder: str) -> dict:
    """The steps of (a) in-process on its GeoPackage: read both layers with GDAL (the bridge's
    shortcut for whole GeoPackage layers), the core, and the write into a GeoPackage layer made
    as Processing makes it (QgsVectorFileWriter), filled by GDAL."""
    import shapely
    from qgis.core import (
        QgsCoordinateTransformContext,
        QgsVectorFileWriter,
        QgsVectorLayer,
        QgsWkbTypes,
    )

    _app, _plugin = start_qgis()
    from ite_qgis.qgis_bridge import frames

    try:
        from ite_qgis.qgis_bridge import ogr_files
    except ImportError:  # the bridge before GDAL reading and writing, for a before/after table
        ogr_files = None
    source = Path(folder) / "territory.gpkg"
    times = {}
    start = time.perf_counter()
    read = {}
    for name in ("sites", "resources"):
        layer = QgsVectorLayer(f"{source}|layername={name}", name, "ogr")
        shortcut = {"layer_file": (source, name, "fid")} if ogr_files else {}
        read[name] = frames.source_to_frame(layer, geometry=name == "sites", **shortcut)
    times["read"] = time.perf_counter() - start
    resource_frame = read["resources"].drop(columns=["fid"])
    lines = _core_steps(read["sites"], resource_frame, times, radius_mode="min",
                        fixed_radius_m=RADIUS_M, max_candidates=NEIGHBOURS)  # fmt: skip
    start = time.perf_counter()
    output = Path(folder) / "steps.gpkg"
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    writer = QgsVectorFileWriter.create(
        str(output), frames.frame_fields(lines), QgsWkbTypes.Type.LineString,
        layer.crs(), QgsCoordinateTransformContext(), options,
    )  # fmt: skip
    columns = [c for c in lines.columns if c != "geometry"]
    if ogr_files is None:
        with frames._no_gc():
            frames._write_features(writer, lines, columns, shapely.to_wkb(lines.geometry.values),
                                   True, None)  # fmt: skip
    del writer
    if ogr_files is not None:
        ogr_files.append_frame(str(output), lines, columns, len(columns),
                               QgsWkbTypes.Type.LineString)  # fmt: skip
    times["write"] = time.perf_counter() - start
    return {"case": "phases", "records": 2 * len(read["sites"]), "output_rows": len(lines),
            "times": times}  # fmt: skip


WORKERS = {
    "cli": worker_cli,
    "core": worker_core,
    "algorithm": worker_algorithm,
    "algorithm_gpkg": lambda n: worker_algorithm(n, "gpkg"),
    "join_gpkg": lambda n: worker_join(n, "gpkg"),
    "join": worker_join,
    "phases": worker_phases,
    "phases_file": worker_phases_file,
}


CLI_TARGET_S = 5.0  # issue 11: qgis_process run ite:findsynergies on (a) under 5 s
STEP_LABELS = {
    "startup": "QGIS start-up + plugin (qgis_process help)",
    "read": "read sites + resources",
    "core": "core find_synergies (search, economics, rank)",
    "search": "  of which k-d tree queries",
    "geometry": "shapely line geometries",
    "write": "write the synergy lines",
}
HEADER = (
    f"{'case':<50}{'records':>9}{'time s':>8}{'cpu s':>7}{'peak MB':>8}{'rows out':>10}"
    f"{'> R':>7}{'ratio':>7}"
)


def _run_worker(worker: str, n: int, folder: str = "") -> dict:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    command = [sys.executable, "-P", __file__, "--worker", worker, "--n", str(n)]
    done = subprocess.run(command + (["--folder", folder] if folder else []),
                          capture_output=True, text=True, env=env)  # fmt: skip
    if done.returncode != 0:
        raise RuntimeError(f"{worker} {n}: failed\n{done.stdout[-2000:]}\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def _row(label: str, row: dict, ratio: float | None) -> None:
    cpu = f"{row['cpu']:>7.2f}" if row.get("cpu") is not None else f"{'':>7}"
    peak = f"{row['peak_mb']:>8.0f}" if row.get("peak_mb") is not None else f"{'':>8}"
    print(
        f"{label:<50}{row['records']:>9,}{row['seconds']:>8.2f}{cpu}{peak}"
        f"{row['output_rows']:>10,}{row.get('beyond', 0):>7,}"
        + (f"{ratio:>7.2f}" if ratio is not None else f"{'-':>7}")
    )


def _steps(times: dict, baseline: float | None) -> None:
    for key, label in STEP_LABELS.items():
        if key in times:
            ratio = f"{baseline / times[key]:>7.2f}" if baseline and times[key] else f"{'':>7}"
            print(f"    {label:<46}{'':>9}{times[key]:>8.2f}{'':>32}{ratio}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--resources", type=int, default=100_000, help="resources of case (a)")
    parser.add_argument("--side", type=int, default=10_000, help="supplies (= demands) of (b)")
    parser.add_argument("--worker", choices=sorted(WORKERS), help=argparse.SUPPRESS)
    parser.add_argument("--n", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--folder", default="", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        run = WORKERS[args.worker]
        print(json.dumps(run(args.folder) if args.worker == "phases_file" else run(args.n)))
        return 0
    if not (BUILD / "ite_qgis").is_dir():
        print("build/ite_qgis is missing: run `make build` first")
        return 1
    print(f"R = {RADIUS_M / 1000:.0f} km, k = {NEIGHBOURS}; '> R': rows beyond R before filtering;")
    print(f"ratio: (a) target {CLI_TARGET_S:.0f} s / time; (b) native:joinbynearest (+ filter) time"
          " / time (above 1: faster than QGIS's tool)")  # fmt: skip
    print(HEADER)
    print("-" * len(HEADER))
    cli = _run_worker("cli", args.resources)
    _row("(a) " + cli["case"], cli, CLI_TARGET_S / cli["seconds"])
    steps = _run_worker("phases_file", 0, cli["folder"])
    _steps({"startup": cli["times"]["startup"], **steps["times"]}, None)
    join = _run_worker("join", args.side)
    _row("(b) " + join["case"], join, 1.0)
    core = _run_worker("core", args.side)
    _row("    " + core["case"], core, join["seconds"] / core["seconds"])
    algorithm = _run_worker("algorithm", args.side)
    _row("    " + algorithm["case"], algorithm, join["seconds"] / algorithm["seconds"])
    second = {**algorithm, **algorithm["second"], "peak_mb": None}
    _row("    ite:findsynergies in-process, memory, 2nd run", second,
         join["seconds"] / second["seconds"])  # fmt: skip
    print("    ite:findsynergies on memory layers step by step:")
    _steps(_run_worker("phases", args.side)["times"], join["seconds"])
    # (c) the same as (b), every output written to a GeoPackage on both sides.
    join_file = _run_worker("join_gpkg", args.side)
    _row("(c) " + join_file["case"], join_file, 1.0)
    algorithm_file = _run_worker("algorithm_gpkg", args.side)
    _row("    " + algorithm_file["case"], algorithm_file,
         join_file["seconds"] / algorithm_file["seconds"])  # fmt: skip
    second_file = {**algorithm_file, **algorithm_file["second"], "peak_mb": None}
    _row("    ite:findsynergies in-process, gpkg, 2nd run", second_file,
         join_file["seconds"] / second_file["seconds"])  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
