#!/usr/bin/env python3
"""Take the README's screenshots in the real QGIS desktop (run by `make screenshots`).

Runs inside a QGIS root under Xvfb: installs the packaged plugin (dist/*.zip) into a fresh
profile, starts `qgis --code tools/screenshots_in_qgis.py`, which loads the Dunkirk sample, finds
its synergies and writes

    docs/img/explorer_dock.png   the QGIS window with the synergy explorer open
    docs/img/synergy_map.png     the map of the sites and the styled candidate synergies

then checks that each image exists and weighs less than 400 KB.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
OUTPUT = REPO / "docs" / "img"
IMAGES = ("explorer_dock.png", "synergy_map.png")
MAX_BYTES = 400 * 1024


def _zip() -> Path:
    zips = sorted((REPO / "dist").glob("ite_qgis-*.zip"), key=lambda p: p.stat().st_mtime)
    if not zips:
        sys.exit("no dist/ite_qgis-*.zip: run make package first")
    return zips[-1]


def main() -> int:
    OUTPUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        profiles = Path(folder)
        default = profiles / "profiles" / "default"
        plugins = default / "python" / "plugins"
        plugins.mkdir(parents=True)
        with zipfile.ZipFile(_zip()) as archive:
            archive.extractall(plugins)
        ini = default / "QGIS" / "QGIS3.ini"
        ini.parent.mkdir(parents=True)
        ini.write_text(
            "[PythonPlugins]\nite_qgis=true\n\n[qgis]\nshowTips=false\ncheckVersion=false\n",
            encoding="utf-8",
        )
        env = dict(os.environ, ITE_SHOTS_DIR=str(OUTPUT), LANG="en_GB.UTF-8")
        env.pop("PYTHONPATH", None)
        env.pop("QT_QPA_PLATFORM", None)
        done = subprocess.run(
            ["qgis", "--profiles-path", str(profiles), "--nologo", "--noversioncheck",
             "--code", str(REPO / "tools" / "screenshots_in_qgis.py")],
            env=env, timeout=300, capture_output=True, text=True,
        )  # fmt: skip
    failed = False
    for name in IMAGES:
        path = OUTPUT / name
        if not path.is_file():
            print(f"missing: {path}")
            failed = True
            continue
        size = path.stat().st_size
        print(f"{path.relative_to(REPO)}: {size / 1024:.0f} KB")
        if size > MAX_BYTES:
            print(f"  too large (> {MAX_BYTES // 1024} KB)")
            failed = True
    if failed:
        print(done.stderr[-3000:])
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
