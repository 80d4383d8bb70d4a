"""Territory layers read as the tables of
:class:`ite_qgis.core.publishing.public.TerritoryTables`."""

from __future__ import annotations

import os
from pathlib import Path

from qgis.core import QgsProcessingException

from ..core.common.i18n import translate
from ..core.publishing.public import TerritoryTables
from .frames import source_to_frame

_REQUIRED = {
    "SITES": ("site_id",),
    "SYNERGIES": ("supplier_site", "receiver_site", "resource", "distance_m",
                  "net_benefit_eur_yr"),
    "DH_LINKS": ("source_id", "area_id", "length_m", "heat_delivered_mwh_yr", "feasible"),
    "FLOWS": ("from_site", "to_site", "resource", "quantity", "unit"),
}
_WHAT = {
    "SITES": lambda: translate("tables", "sites"),
    "RESOURCES": lambda: translate("tables", "resources"),
    "FLOWS": lambda: translate("tables", "flows"),
    "SYNERGIES": lambda: translate("tables", "synergies"),
    "DH_LINKS": lambda: translate("tables", "district heating links"),
}


def read_tables(sources: dict, feedback, required: dict | None = None) -> dict:
    """The layers given (name -> QgsFeatureSource or None) as frames, by the same names (None
    where not given), after checking each has the ``required`` fields (name -> field names).
    ``RESOURCES`` is read without geometry; the other layers are reprojected to the CRS of
    ``SITES``, so that every table shares one."""
    required = _REQUIRED if required is None else required
    frames: dict = {}
    for name in sorted(sources, key=lambda n: n != "SITES"):  # the sites first: their CRS
        source = sources[name]
        if source is None:
            frames[name] = None
            continue
        missing = [f for f in required.get(name, ()) if f not in source.fields().names()]
        if missing:
            raise QgsProcessingException(
                translate("tables", "The {what} layer lacks the fields {fields}.").format(
                    what=_WHAT[name](), fields=", ".join(missing)
                )
            )
        frame = source_to_frame(source, feedback, geometry=name != "RESOURCES")
        frame = frame.drop(columns=[c for c in ("fid",) if c in frame.columns])
        sites = frames.get("SITES")
        if (name != "SITES" and hasattr(frame, "crs") and frame.crs is not None and sites
                is not None and sites.crs is not None and not frame.crs.equals(sites.crs)):
            frame = frame.to_crs(sites.crs)
        frames[name] = frame
        if feedback.isCanceled():
            raise QgsProcessingException(translate("tables", "Cancelled."))
    return frames


def read_territory_tables(sources: dict, feedback) -> TerritoryTables:
    """The layers given (keys SITES, RESOURCES, FLOWS, SYNERGIES, DH_LINKS) as the tables of
    a public output, checked for the fields those outputs use (see :func:`read_tables`)."""
    frames = read_tables(sources, feedback)
    return TerritoryTables(frames["SITES"], frames.get("RESOURCES"), frames.get("FLOWS"),
                           frames.get("SYNERGIES"), frames.get("DH_LINKS"))


def writable_folder(folder: str | Path) -> Path:
    """``folder``, created when missing, after checking it can be written."""
    folder = Path(folder)
    existing = folder
    while not existing.exists() and existing != existing.parent:
        existing = existing.parent
    if not existing.is_dir() or not os.access(existing, os.W_OK):
        raise QgsProcessingException(
            translate("tables", "Cannot write into {folder}: choose a folder you can write "
                      "to.").format(folder=folder)
        )
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def writable_destination(output: str) -> Path:
    """``output`` as a path whose folder exists and can be written."""
    path = Path(output)
    writable_folder(path.parent)
    return path
