"""Check the third-party Python packages the algorithms need, without installing anything.

The plugin loads and its provider registers even when a package is missing; each algorithm's
``canExecute()`` then returns the message built here, which names what is missing and how to
install it on each platform. Nothing here opens a dialog or runs pip.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from functools import lru_cache

from .i18n import translate


@dataclass(frozen=True)
class Requirement:
    module: str  # import name
    minimum: tuple[int, ...]  # lowest version that works
    debian: str  # Debian/Ubuntu package
    pip: str  # name on PyPI (for macOS / conda-less Pythons)
    # An attribute that only new-enough versions have; decides when the version string is
    # unusable (Debian forky's shapely reports "0+unknown").
    feature: str = ""


# shapely 2 brings the vectorised API the core is written against; geopandas 0.14 is the
# oldest that works with it. Debian 13 ships shapely 2.1 and geopandas 1.0. GDAL's Python
# bindings (osgeo) come with every QGIS (3.34 on Ubuntu 22.04 has GDAL 3.4).
REQUIREMENTS = (
    Requirement("numpy", (1, 21), "python3-numpy", "numpy"),
    Requirement("scipy", (1, 7), "python3-scipy", "scipy"),
    Requirement("shapely", (2, 0), "python3-shapely", "shapely", feature="from_wkb"),
    Requirement("pyproj", (3, 0), "python3-pyproj", "pyproj"),
    Requirement("pandas", (1, 3), "python3-pandas", "pandas"),
    Requirement("geopandas", (0, 14), "python3-geopandas", "geopandas"),
    Requirement("osgeo.gdal", (3, 4), "python3-gdal", "gdal", feature="Polygonize"),
)


def _version_tuple(text: str) -> tuple[int, ...]:
    parts = []
    for piece in text.split("."):
        digits = "".join(ch for ch in piece if ch.isdigit())
        if not digits:
            break
        parts.append(int(digits))
        if not piece.isdigit():
            break
    return tuple(parts)


def _problem(req: Requirement) -> str | None:
    try:
        module = importlib.import_module(req.module)
    except Exception as error:  # ImportError, or a broken install raising anything else
        return translate("dependencies", "{name} is missing ({error})").format(
            name=req.module, error=error
        )
    found = str(getattr(module, "__version__", "0"))
    version = _version_tuple(found)
    if version in ((), (0,)) and req.feature:
        return None if hasattr(module, req.feature) else _too_old(req, found)
    if version < req.minimum:
        return _too_old(req, found)
    return None


def _too_old(req: Requirement, found: str) -> str:
    wanted = ".".join(map(str, req.minimum))
    return translate(
        "dependencies", "{name} {found} is too old, {wanted} or newer is needed"
    ).format(name=req.module, found=found, wanted=wanted)


@lru_cache(maxsize=1)
def missing() -> tuple[tuple[Requirement, str], ...]:
    """The requirements that are missing or too old, with what is wrong. Cached per session."""
    return tuple((req, problem) for req in REQUIREMENTS if (problem := _problem(req)))


def install_help(problems: tuple[tuple[Requirement, str], ...]) -> str:
    """A message naming each problem and how to fix it on Debian/Ubuntu, Windows and macOS."""
    reqs = [req for req, _ in problems]
    lines = [translate("dependencies", "ITE for QGIS cannot run this algorithm:")]
    lines += [f"  - {problem}" for _, problem in problems]
    lines.append(translate("dependencies", "How to install what is missing:"))
    lines.append(
        translate("dependencies", "  - Debian/Ubuntu: sudo apt install {packages}").format(
            packages=" ".join(r.debian for r in reqs)
        )
    )
    lines.append(
        translate(
            "dependencies",
            "  - Windows, OSGeo4W: run the OSGeo4W setup, choose Advanced install and add the "
            "packages python3-{names}; standalone installer: open the OSGeo4W Shell and run "
            "python -m pip install {pip}"
        ).format(names=", python3-".join(r.pip for r in reqs), pip=" ".join(r.pip for r in reqs))
    )
    lines.append(
        translate(
            "dependencies",
            "  - macOS (official QGIS app): run {python} -m pip install --user {pip}"
        ).format(
            python="/Applications/QGIS.app/Contents/MacOS/bin/python3",
            pip=" ".join(r.pip for r in reqs),
        )
    )
    lines.append(translate("dependencies", "Then restart QGIS."))
    return "\n".join(lines)
