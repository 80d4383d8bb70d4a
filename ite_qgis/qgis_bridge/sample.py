"""Write and load the embedded Dunkirk sample territory."""

from __future__ import annotations

from pathlib import Path

from qgis.core import QgsCoordinateReferenceSystem, QgsProject, QgsRasterLayer

from ..core.common.i18n import translate
from .territory import load_territory, write_territory


def write_sample(path: str | Path, crs: QgsCoordinateReferenceSystem) -> Path:
    from ..core.samples.dunkirk import sample_territory

    sites, resources, flows = sample_territory(crs.authid() or crs.toWkt())
    return write_territory(path, crs, sites=sites, resources=resources, flows=flows)


def heat_grid_layer() -> QgsRasterLayer | None:
    """The synthetic heat demand grid (MWh/ha, Lambert-93), labelled as synthetic."""
    from ..core.samples.dunkirk import heat_grid_path

    path = heat_grid_path()
    if not path.is_file():
        return None
    layer = QgsRasterLayer(
        str(path), translate("sample", "Heat demand, MWh/ha (synthetic)"), "gdal"
    )
    layer.setCrs(QgsCoordinateReferenceSystem("EPSG:2154"))  # the .asc grid carries no CRS
    return layer if layer.isValid() else None


def load_sample(folder: str | Path, project: QgsProject | None = None) -> dict:
    """Write the sample into ``folder`` and load it as one group, with the heat grid."""
    project = project or QgsProject.instance()
    path = write_sample(
        Path(folder) / "dunkirk_sample.gpkg", QgsCoordinateReferenceSystem("EPSG:2154")
    )
    group_name = translate("sample", "Dunkirk (sample territory)")
    layers = load_territory(path, project, group_name)
    grid = heat_grid_layer()
    if grid is not None:
        project.addMapLayer(grid, False)
        project.layerTreeRoot().findGroup(group_name).addLayer(grid)
        layers["heat_grid"] = grid
    return layers
