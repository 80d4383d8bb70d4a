"""Where the plugin's assets live, and its metadata.

This is the only module that knows the folder layout. In the assembled plugin
(``build/ite_qgis/``) the ``resources/`` and ``i18n/`` folders and ``metadata.txt`` sit inside
the package folder; in a source checkout they sit one level up, beside the package.
Pure Python: usable from the core and from tests without QGIS.
"""

from __future__ import annotations

import configparser
import csv
from functools import lru_cache
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent


def _root() -> Path:
    for candidate in (PACKAGE_DIR, PACKAGE_DIR.parent):
        if (candidate / "metadata.txt").is_file() and (candidate / "resources").is_dir():
            return candidate
    raise FileNotFoundError(
        f"ITE for QGIS: metadata.txt and resources/ not found beside {PACKAGE_DIR}; "
        "the plugin folder is incomplete, reinstall it"
    )


ROOT = _root()
RESOURCES = ROOT / "resources"
I18N = ROOT / "i18n"


def icon_path(name: str = "ite.svg") -> Path:
    return RESOURCES / "icons" / name


def style_path(name: str) -> Path:
    """Path of a QML style in ``resources/styles``; ``name`` without extension."""
    return RESOURCES / "styles" / f"{name}.qml"


def catalogue_dir() -> Path:
    return RESOURCES / "catalogue"


def industrial_dir() -> Path:
    """The shipped Hotmaps industrial database and its sub-sector table (README.md there)."""
    return RESOURCES / "industrial"


def heat_profiles_dir() -> Path:
    return RESOURCES / "heat_profiles"


@lru_cache(maxsize=1)
def heat_profile_climates() -> tuple[tuple[str, str, str], ...]:
    """(key, English name, French name) of the shipped reference climates, in file order."""
    with open(heat_profiles_dir() / "hdd_monthly.csv", encoding="utf-8", newline="") as handle:
        return tuple((row["climate"], row["name"], row["name_fr"])
                     for row in csv.DictReader(handle))


def samples_dir() -> Path:
    return RESOURCES / "samples"


def layouts_dir() -> Path:
    return RESOURCES / "layouts"


def layout_path(name: str) -> Path:
    """Path of a print layout template in ``resources/layouts``; ``name`` without extension."""
    return layouts_dir() / f"{name}.qpt"


def help_path(algorithm: str, language: str) -> Path:
    """Long help of an algorithm, per locale: ``resources/help/<language>/<algorithm>.html``."""
    return RESOURCES / "help" / language / f"{algorithm}.html"


def qm_path(language: str) -> Path:
    return I18N / f"ite_qgis_{language}.qm"


@lru_cache(maxsize=1)
def metadata() -> dict[str, str]:
    """The ``[general]`` section of metadata.txt, read once."""
    parser = configparser.ConfigParser(interpolation=None)
    parser.read(ROOT / "metadata.txt", encoding="utf-8")
    return dict(parser["general"])


def version() -> str:
    return metadata()["version"]
