"""ite:createterritory: a new, empty territory GeoPackage with forms and styles."""

from qgis.core import (
    QgsProcessingParameterCrs,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
)

from ...core.common.i18n import translate
from ..base import IteAlgorithm, require_metric_crs
from ..inputs import catalogue_parameter


class CreateTerritory(IteAlgorithm):
    NAME = "createterritory"
    GROUP = "territory"
    CRS = "CRS"
    CATALOGUE = "CATALOGUE"
    OUTPUT = "OUTPUT"

    def displayName(self):  # noqa: N802
        return translate("createterritory", "Create territory")

    def shortDescription(self):  # noqa: N802
        return translate(
            "createterritory",
            "New GeoPackage with the sites, resources and flows tables, forms and styles."
        )

    def parameter_help(self):
        return {
            self.CRS: translate(
                "createterritory",
                "A projected CRS in metres for the territory, e.g. EPSG:2154 (Lambert-93) in "
                "France or EPSG:3035 (LAEA Europe). Geographic CRSs are refused."
            ),
            self.CATALOGUE: translate(
                "createterritory",
                "Your own resource codes, in the columns of resources/catalogue/resources.csv; "
                "they are added to the drop-down of resource codes."
            ),
            self.OUTPUT: translate(
                "createterritory",
                "The new GeoPackage, with the empty sites (points), resources and flows (lines) "
                "tables, their attribute forms and styles."
            ),
        }

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(
            QgsProcessingParameterCrs(
                self.CRS,
                translate("createterritory", "Coordinate reference system (metric)"),
                "EPSG:3035",
            )
        )
        self.addParameter(
            QgsProcessingParameterFile(
                self.CATALOGUE,
                translate("createterritory", "Additional resource catalogue (CSV)"),
                extension="csv",
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterFileDestination(
                self.OUTPUT,
                translate("createterritory", "Territory GeoPackage"),
                translate("createterritory", "GeoPackage (*.gpkg)"),
            )
        )

    def compute(self, parameters, context, feedback):
        from ...qgis_bridge.loading import load_on_completion
        from ...qgis_bridge.territory import write_territory

        crs = self.parameterAsCrs(parameters, self.CRS, context)
        require_metric_crs(crs, translate("createterritory", "The chosen CRS"))
        catalogue = catalogue_parameter(self, parameters, context, self.CATALOGUE)
        output = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        feedback.pushInfo(
            translate("createterritory", "Writing {path} in {crs}").format(
                path=output, crs=crs.authid()
            )
        )
        path = write_territory(output, crs, catalogue=catalogue)
        load_on_completion(path, context, self.OUTPUT)
        return {self.OUTPUT: str(path)}
