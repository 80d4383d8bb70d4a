"""Reading the layers of a synergy map (ite:exportsynergymap) into plain frames."""

from __future__ import annotations

from qgis.core import QgsProcessingException

_VECTORS = ("SITES", "SYNERGIES", "RESOURCES", "FLOWS", "DH_AREAS", "DH_LINKS")


def read_territory(algorithm, parameters, context, feedback):
    """A ``layout.synergy_map.Territory`` from the algorithm's parameters, each layer read and
    checked by its kind's reader (:func:`~ite_qgis.processing.input_readers.document_tables`);
    the synergies are required."""
    from ..layout.synergy_map import Territory
    from .input_readers import document_tables

    if algorithm.parameterAsSource(parameters, "SYNERGIES", context) is None:
        raise QgsProcessingException(algorithm.invalidSourceError(parameters, "SYNERGIES"))
    frames = document_tables(algorithm, parameters, context, feedback, _VECTORS)
    return Territory(
        sites=frames["SITES"],
        synergies=frames["SYNERGIES"],
        crs=algorithm.parameterAsSource(parameters, "SITES", context).sourceCrs(),
        resources=frames["RESOURCES"],
        flows=frames["FLOWS"],
        dh_areas=frames["DH_AREAS"],
        dh_links=frames["DH_LINKS"],
        heat_density=_heat_density(algorithm, parameters, context, feedback),
    )


def _heat_density(algorithm, parameters, context, feedback):
    """The heat density raster (one band, metric CRS), its empty or non-finite cells said."""
    from osgeo import gdal

    from ..core.validation.density_rasters import check_raster, drawn_cells
    from .input_readers import input_errors
    from .synergy_inputs import push_report

    raster = algorithm.parameterAsRasterLayer(parameters, "HEAT_DENSITY", context)
    if raster is None:
        return None
    crs = raster.crs()
    with input_errors():
        check_raster(raster.name(), raster.bandCount(), crs.toWkt() if crs.isValid() else "")
    dataset = gdal.Open(raster.source())
    if dataset is not None:
        band = dataset.GetRasterBand(1)
        push_report(feedback, drawn_cells(raster.name(), band.ReadAsArray(),
                                          band.GetNoDataValue()))
    return raster
