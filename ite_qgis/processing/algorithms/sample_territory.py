"""ite:sampleterritory: the embedded Dunkirk sample written as a territory GeoPackage."""

from qgis.core import (
    QgsProcessingOutputFile,
    QgsProcessingParameterCrs,
    QgsProcessingParameterFileDestination,
)

from ...core.common.i18n import translate
from ..base import IteAlgorithm, require_metric_crs


class SampleTerritory(IteAlgorithm):
    NAME = "sampleterritory"
    GROUP = "territory"
    CRS, OUTPUT, HEAT_GRID = "CRS", "OUTPUT", "HEAT_GRID"

    def displayName(self):  # noqa: N802
        return translate("sampleterritory", "Sample territory (Dunkirk)")

    def shortDescription(self):  # noqa: N802
        return translate(
            "sampleterritory",
            "The Dunkirk port and industrial zone sample: sites, resources and known flows, "
            "from public sources."
        )

    def parameter_help(self):
        return {
            self.CRS: translate(
                "sampleterritory",
                "A projected CRS in metres for the sample (default EPSG:2154, Lambert-93, the "
                "official CRS of mainland France). Geographic CRSs are refused."
            ),
            self.OUTPUT: translate(
                "sampleterritory",
                "The territory GeoPackage to write, with the sites, resources and known flows of "
                "the Dunkirk sample; it is loaded into the project as one group."
            ),
        }

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(
            QgsProcessingParameterCrs(
                self.CRS,
                translate("sampleterritory", "Coordinate reference system (metric)"),
                "EPSG:2154",
            )
        )
        self.addParameter(
            QgsProcessingParameterFileDestination(
                self.OUTPUT,
                translate("sampleterritory", "Territory GeoPackage"),
                translate("sampleterritory", "GeoPackage (*.gpkg)"),
            )
        )
        self.addOutput(
            QgsProcessingOutputFile(
                self.HEAT_GRID, translate("sampleterritory", "Synthetic heat demand grid (MWh/ha)")
            )
        )

    def compute(self, parameters, context, feedback):
        from ...core.samples.dunkirk import heat_grid_path
        from ...qgis_bridge.loading import load_on_completion
        from ...qgis_bridge.sample import write_sample

        crs = self.parameterAsCrs(parameters, self.CRS, context)
        require_metric_crs(crs, translate("sampleterritory", "The chosen CRS"))
        path = write_sample(self.parameterAsFileOutput(parameters, self.OUTPUT, context), crs)
        load_on_completion(path, context, self.OUTPUT)
        feedback.pushInfo(
            translate(
                "sampleterritory",
                "Sources of every figure: resources/samples/dunkirk/SOURCES.md. Quantities "
                "marked there as estimates are illustrative."
            )
        )
        return {self.OUTPUT: str(path), self.HEAT_GRID: str(heat_grid_path())}
