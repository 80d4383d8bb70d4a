"""Reading the layers of a synergy map (ite:exportsynergymap) into plain frames."""

from __future__ import annotations

from qgis.core import QgsProcessingException

_VECTORS = ("SITES", "SYNERGIES", "RESOURCES", "FLOWS", "DH_AREAS", "DH_LINKS")


def read_territory(algorithm, parameters, context, feedback):
    """A ``layout.synergy_map.Territory`` from the algorithm's parameters (the synergy columns
    are checked by ``map_layers``, which says which output to give)."""
    from ..layout.synergy_map import Territory
    from ..qgis_bridge.tables import read_tables

    sources = {name: algorithm.parameterAsSource(parameters, name, context) for name in _VECTORS}
    for name in ("SITES", "SYNERGIES"):
        if sources[name] is None:
            raise QgsProcessingException(algorithm.invalidSourceError(parameters, name))
    frames = read_tables(sources, feedback, {"SITES": ("site_id",)})
    return Territory(
        sites=frames["SITES"],
        synergies=frames["SYNERGIES"],
        crs=sources["SITES"].sourceCrs(),
        resources=frames["RESOURCES"],
        flows=frames["FLOWS"],
        dh_areas=frames["DH_AREAS"],
        dh_links=frames["DH_LINKS"],
        heat_density=algorithm.parameterAsRasterLayer(parameters, "HEAT_DENSITY", context),
    )
