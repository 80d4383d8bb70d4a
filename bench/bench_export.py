"""Benchmark: ite:exportsynergymap on the Dunkirk sample, against the targets of issue 6.

Targets: the A3 synergy map PDF in under 10 s in the QGIS 3.40 root; an atlas of 30 pages in
under 60 s (2 s a page; the per-site atlas of the sample has one page per site with a synergy,
so its target is scaled to its page count). Each case runs through qgis_process, as a user
runs it (QGIS start-up included): wall time and the peak resident memory of that process (its
own rusage, from os.wait4). Prints the machine's load, since other jobs share its 2 cores.

    tools/qgis-env run trixie python3 bench/bench_export.py     (or make bench)
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
BUILD = REPO / "build"
sys.path.insert(0, str(BUILD))


def run_measured(env: dict, *args: str) -> tuple[float, float, str]:
    """(seconds, peak resident MB, output) of one qgis_process run."""
    start = time.perf_counter()
    process = subprocess.Popen(["qgis_process", *args], env=env, stdout=subprocess.PIPE,
                               stderr=subprocess.STDOUT)
    _pid, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - start
    output = process.stdout.read().decode(errors="replace")
    if os.waitstatus_to_exitcode(status) != 0:
        print(output, file=sys.stderr)
        raise SystemExit(f"qgis_process {' '.join(args[:2])} failed")
    return seconds, usage.ru_maxrss / 1024.0, output


def pages(path: Path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    return int(next(x for x in info.stdout.splitlines() if x.startswith("Pages:")).split()[1])


def main() -> int:
    from pyproj import CRS

    from ite_qgis.core.samples.synthetic_heat import dunkirk_heat_grid
    from ite_qgis.qgis_bridge.rasters import write_geotiff

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        env = dict(os.environ, QGIS_PLUGINPATH=str(BUILD),
                   QGIS_CUSTOM_CONFIG_PATH=str(folder / "profile"), QT_QPA_PLATFORM="offscreen")
        env.pop("PYTHONPATH", None)
        run_measured(env, "plugins", "enable", "ite_qgis")
        gpkg = folder / "dunkirk.gpkg"
        run_measured(env, "run", "ite:sampleterritory", "--", "CRS=EPSG:2154", f"OUTPUT={gpkg}")
        sites, resources = f"SITES={gpkg}|layername=sites", f"RESOURCES={gpkg}|layername=resources"
        synergies = folder / "synergies.gpkg"
        run_measured(env, "run", "ite:findsynergies", "--", sites, resources,
                     f"SYNERGIES={synergies}")
        density, transform, _ = dunkirk_heat_grid()
        heat = write_geotiff(folder / "heat.tif", density, transform,
                             CRS.from_epsg(2154).to_wkt(), -9999.0)
        areas, links = folder / "areas.gpkg", folder / "links.gpkg"
        run_measured(env, "run", "ite:dhpotentialareas", "--", f"INPUT={heat}",
                     f"OUTPUT={areas}")
        run_measured(env, "run", "ite:wasteheatdh", "--", f"SOURCES={gpkg}|layername=sites",
                     resources, f"AREAS={areas}", f"LINKS={links}",
                     f"SUMMARY={folder / 'summary.gpkg'}")
        inputs = [sites, resources, f"SYNERGIES={synergies}", f"FLOWS={gpkg}|layername=flows",
                  f"DH_AREAS={areas}", f"DH_LINKS={links}", f"HEAT_DENSITY={heat}"]
        # QGIS and the providers starting, the plugin loading: part of every run below.
        baseline_start, _, _ = run_measured(env, "help", "ite:exportsynergymap")
        rows = []
        for case, extra, target_per_page, fixed_target in (
            ("A3 landscape PDF", ["PAPER=1", "ORIENTATION=0"], None, 10.0),
            ("A4 PNG 150 dpi", ["PAPER=0", "ORIENTATION=0"], None, 10.0),
            ("atlas per site, A3 PDF, 10 candidates/supply", ["PAPER=1", "ATLAS=1",
                                                              "MAX_RANK=10"], 2.0, None),
        ):
            suffix = "png" if "PNG" in case else "pdf"
            output = folder / f"map_{len(rows)}.{suffix}"
            seconds, peak, _ = run_measured(env, "run", "ite:exportsynergymap", "--", *inputs,
                                            *extra, f"OUTPUT={output}")
            count = pages(output) if suffix == "pdf" else 1
            target = fixed_target if fixed_target is not None else target_per_page * count
            rows.append((case, count, seconds, peak, target))
    load = os.getloadavg()
    print("ite:exportsynergymap through qgis_process on the Dunkirk sample (QGIS root)")
    print(f"load average {load[0]:.2f} {load[1]:.2f} {load[2]:.2f} on {os.cpu_count()} cores; "
          f"qgis_process start-up alone (help ite:exportsynergymap): {baseline_start:.1f} s")
    print(f"{'case':<46} {'pages':>5} {'time s':>7} {'peak MB':>8} {'target s':>9} {'ratio':>6}")
    for case, count, seconds, peak, target in rows:
        print(f"{case:<46} {count:>5} {seconds:>7.1f} {peak:>8.0f} {target:>9.0f} "
              f"{seconds / target:>6.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
