"""Reading the layers of a synergy map (ite:exportsynergymap) into plain frames."""

from __future__ import annotations

from qgis.core import QgsProcessingException

_VECTORS = ("SITES", "SYNERGIES", "RESOURCES", "FLOWS", "DH_AREAS", "DH_LINKS")


def read_territory(algorithm, parameters, context, feedback):
    """A ``layout.synergy_map.Territory`` from the algorithm's parameters (the synergy columns
    are checked by ``map_layers``, which says which output to give)."""
    from ..core.validation.density_rasters import check_raster
    from ..core.validation.findings import InputError
    from ..layout.synergy_map import Territory
    from ..qgis_bridge.tables import read_tables

    sources = {name: algorithm.parameterAsSource(parameters, name, context) for name in _VECTORS}
    for name in ("SITES", "SYNERGIES"):
        if sources[name] is None:
            raise QgsProcessingException(algorithm.invalidSourceError(parameters, name))
    frames = read_tables(sources, feedback, {"SITES": ("site_id",)})
    heat_density = algorithm.parameterAsRasterLayer(parameters, "HEAT_DENSITY", context)
    try:
        frames["DH_AREAS"] = _checked_dh_areas(frames["DH_AREAS"], feedback)
        if heat_density is not None:
            crs = heat_density.crs()
            check_raster(heat_density.name(), heat_density.bandCount(),
                         crs.toWkt() if crs.isValid() else "")
    except InputError as error:
        raise QgsProcessingException(str(error)) from None
    return Territory(
        sites=frames["SITES"],
        synergies=frames["SYNERGIES"],
        crs=sources["SITES"].sourceCrs(),
        resources=frames["RESOURCES"],
        flows=frames["FLOWS"],
        dh_areas=frames["DH_AREAS"],
        dh_links=frames["DH_LINKS"],
        heat_density=heat_density,
    )


def _checked_dh_areas(areas, feedback):
    """The DH areas to draw (core.validation.geometry): a layer of points or lines refused,
    rows without a polygon left out and invalid polygons repaired, each named in the log."""
    import numpy as np

    from ..core.validation.areas import dh_areas_name
    from ..core.validation.findings import InputReport
    from ..core.validation.geometry import POLYGON, check_features, row_names

    if areas is None or not len(areas):
        return areas
    report = InputReport()
    names = (areas["area_id"].astype(str).to_numpy() if "area_id" in areas.columns
             else row_names(len(areas)))
    # Reprojected to the sites' CRS already: the swapped-coordinates check is left out here.
    geometry, usable, _repaired = check_features(
        np.asarray(areas.geometry.array, dtype=object), (POLYGON,), dh_areas_name(), names,
        None, report)
    for message in report.messages:
        feedback.pushWarning(message)
    areas = areas.set_geometry(type(areas.geometry)(geometry, index=areas.index, crs=areas.crs))
    return areas[usable]
