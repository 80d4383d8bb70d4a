"""Reading the layers of a synergy map (ite:exportsynergymap) into plain frames."""

from __future__ import annotations

from qgis.core import QgsProcessingException

from ..core.i18n import translate


def _frame(algorithm, parameters, context, name: str, feedback, target=None, geometry=True):
    """The optional source ``name`` as a frame (reprojected to ``target``'s CRS), or None."""
    from ..qgis_bridge.frames import source_to_frame

    source = algorithm.parameterAsSource(parameters, name, context)
    if source is None:
        return None, None
    frame = source_to_frame(source, feedback, geometry=geometry)
    frame = frame.drop(columns=[c for c in ("fid",) if c in frame.columns])
    if geometry and target is not None and frame.crs is not None and len(frame):
        if not frame.crs.equals(target.crs):
            frame = frame.to_crs(target.crs)
    return frame, source


def read_territory(algorithm, parameters, context, feedback):
    """A ``layout.synergy_map.Territory`` from the algorithm's parameters."""
    from ..layout.synergy_map import Territory

    sites, source = _frame(algorithm, parameters, context, "SITES", feedback)
    if sites is None:
        raise QgsProcessingException(algorithm.invalidSourceError(parameters, "SITES"))
    if "site_id" not in sites.columns:
        raise QgsProcessingException(
            translate("exportsynergymap", "The sites layer has no 'site_id' column.")
        )
    synergies, lines = _frame(algorithm, parameters, context, "SYNERGIES", feedback, sites)
    if synergies is None:
        raise QgsProcessingException(algorithm.invalidSourceError(parameters, "SYNERGIES"))
    resources, _ = _frame(algorithm, parameters, context, "RESOURCES", feedback, geometry=False)
    flows, _ = _frame(algorithm, parameters, context, "FLOWS", feedback, sites)
    areas, _ = _frame(algorithm, parameters, context, "DH_AREAS", feedback, sites)
    links, _ = _frame(algorithm, parameters, context, "DH_LINKS", feedback, sites)
    heat = algorithm.parameterAsRasterLayer(parameters, "HEAT_DENSITY", context)
    return Territory(
        sites=sites,
        synergies=synergies,
        crs=source.sourceCrs(),
        resources=resources,
        flows=flows,
        dh_areas=areas,
        dh_links=links,
        heat_density=heat,
    )
