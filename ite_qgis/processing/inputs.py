"""Reading the parameters several algorithms share (catalogue, territory layers)."""

from __future__ import annotations

from qgis.core import QgsProcessingException


def catalogue_parameter(algorithm, parameters, context, name: str = "CATALOGUE"):
    """The shipped catalogue, extended by the user's CSV when the parameter gives one."""
    from ..core.reference.catalogue import CatalogueError, load_catalogue

    path = algorithm.parameterAsFile(parameters, name, context) if name in parameters else ""
    try:
        return load_catalogue(path or None)
    except CatalogueError as error:
        raise QgsProcessingException(str(error)) from None
