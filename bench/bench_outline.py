"""Outlines of DH potential areas: GDAL Polygonize (``core/heat/label_outlines.py``) against the
numpy tracer it replaced (issue 11, point 8), side by side.

    tools/qgis-env run trixie env PYTHONPATH=/src/build python3 -P bench/bench_outline.py \
        [--size 10000] [--repeat 1] [--old build/raster_outline.py]

The tracer is no longer in the repository; to compare with it, write it out first:
``git show ef8246c:ite_qgis/core/heat/raster_outline.py > build/raster_outline.py``. Without
``--old`` only GDAL is timed.

Input: the SYNTHETIC density raster of ``bench_dh.py`` (size x size cells of 100 m, about 10 %
above 333 MWh/ha). Two runs per method, each in a fresh process so that its peak memory is its
own (with ``--repeat N``, the fastest of N runs, the machine being shared):

- ``outline``: the outlines of every area the closing and 8-connected labelling find (no area
  threshold: the most polygons), from the label raster loaded from disk; the peak includes the
  400 MB label raster itself.
- ``dh_potential_areas``: the whole tool with its defaults, from the density raster loaded
  from disk.

The table gives time, peak RSS, the areas outlined and their total area (the same for both
methods when the geometry is the same), and the ratio tracer time / GDAL time (> 1: GDAL is
faster).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
from scipy import ndimage

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(1, str(Path(__file__).resolve().parents[1]))

from bench_dh import CELL_M, CRS, synthetic_density  # noqa: E402

from ite_qgis.core.heat import dh_areas  # noqa: E402
from ite_qgis.core.heat.label_outlines import label_polygons  # noqa: E402


def _tracer(path: str):
    spec = importlib.util.spec_from_file_location("old_raster_outline", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.label_polygons


def _child(run: str, method: str, data: str, size: int) -> None:
    """One measured run; prints a JSON line."""
    polygons = _tracer(method) if method != "gdal" else label_polygons
    transform = (3_000_000.0, 3_000_000.0 + size * CELL_M, CELL_M)
    array = np.load(data)
    start = time.perf_counter()
    if run == "outline":
        outlines = polygons(array, transform, int(array.max()))
    else:
        dh_areas.label_polygons = polygons
        outlines = dh_areas.dh_potential_areas(array, transform, CRS).areas.geometry.values
    seconds = time.perf_counter() - start
    area_ha = float(sum(g.area for g in outlines)) / 10_000.0
    print(json.dumps({"seconds": seconds, "areas": len(outlines), "area_ha": area_ha,
                      "peak_gb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1e6}))


def _measure(run: str, method: str, data: Path, size: int, repeat: int) -> dict:
    command = [sys.executable, "-P", __file__, "--child", run, method, str(data),
               "--size", str(size)]
    runs = []
    for _ in range(repeat):
        output = subprocess.run(command, check=True, capture_output=True, text=True).stdout
        runs.append(json.loads(output.strip().splitlines()[-1]))
    return min(runs, key=lambda r: r["seconds"])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--size", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--old", help="the numpy tracer, raster_outline.py from commit ef8246c")
    parser.add_argument("--child", nargs=3, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        _child(*args.child, args.size)
        return
    methods = [("gdal", "GDAL Polygonize")]
    if args.old:
        methods.insert(0, (str(Path(args.old).resolve()), "numpy tracer"))
    with tempfile.TemporaryDirectory() as folder:
        density = synthetic_density(args.size)
        density_path = Path(folder) / "density.npy"
        np.save(density_path, density)
        closed = dh_areas.close_cells(density >= dh_areas.PIXEL_THRESHOLD_MWH_HA)
        del density
        labels = ndimage.label(closed, structure=dh_areas.EIGHT_CONNECTED)[0].astype(np.int32)
        labels_path = Path(folder) / "labels.npy"
        np.save(labels_path, labels)
        del labels, closed
        print(f"{args.size} x {args.size} cells of {CELL_M:g} m (SYNTHETIC)")
        print(f"{'run':<20} {'method':<16} {'areas':>7} {'area ha':>12} {'time s':>7} "
              f"{'peak GB':>8} {'tracer/GDAL':>11}")
        for run, data in (("outline", labels_path), ("dh_potential_areas", density_path)):
            results = [(name, _measure(run, method, data, args.size, args.repeat))
                       for method, name in methods]
            gdal_s = results[-1][1]["seconds"]
            for name, r in results:
                ratio = f"{r['seconds'] / gdal_s:.2f}" if name != "GDAL Polygonize" else ""
                print(f"{run:<20} {name:<16} {r['areas']:>7} {r['area_ha']:>12.1f} "
                      f"{r['seconds']:>7.2f} {r['peak_gb']:>8.2f} {ratio:>11}")


if __name__ == "__main__":
    main()
