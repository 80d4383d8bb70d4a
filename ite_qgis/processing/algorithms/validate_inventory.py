"""ite:validateinventory: every problem of a territory's inventory, as a report table."""

from qgis.core import (
    QgsProcessing,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFile,
    QgsWkbTypes,
)

from ...core.common.i18n import translate
from ..base import IteAlgorithm, advanced


class ValidateInventory(IteAlgorithm):
    NAME = "validateinventory"
    GROUP = "territory"
    SITES, RESOURCES, FLOWS, CATALOGUE, REPORT = (
        "SITES",
        "RESOURCES",
        "FLOWS",
        "CATALOGUE",
        "REPORT",
    )

    def displayName(self):  # noqa: N802
        return translate("validateinventory", "Validate inventory")

    def shortDescription(self):  # noqa: N802
        return translate(
            "validateinventory",
            "Lists unknown codes, bad units, duplicate ids, orphans, missing geometry and "
            "negative quantities."
        )

    def parameter_help(self):
        return {
            self.SITES: translate(
                "validateinventory",
                "The territory's sites layer (points with site_id, name, nace...)."
            ),
            self.RESOURCES: translate(
                "validateinventory",
                "The territory's resources table; each row is checked against the sites and the "
                "resource catalogue."
            ),
            self.FLOWS: translate(
                "validateinventory",
                "The territory's known flows, checked against the sites and the catalogue. "
                "Empty: flows are not checked."
            ),
            self.CATALOGUE: translate(
                "validateinventory",
                "Your own resource codes, in the columns of resources/catalogue/resources.csv, "
                "so that rows with these codes are not reported as unknown."
            ),
            self.REPORT: translate(
                "validateinventory",
                "One row per problem: severity (error, warning or info), table, feature id, "
                "field, problem code and message. Empty when the inventory is clean."
            ),
        }

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.SITES,
                translate("validateinventory", "Sites"),
                [QgsProcessing.SourceType.TypeVectorAnyGeometry],
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.RESOURCES,
                translate("validateinventory", "Resources"),
                [QgsProcessing.SourceType.TypeVector],
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.FLOWS,
                translate("validateinventory", "Flows"),
                [QgsProcessing.SourceType.TypeVector],
                optional=True,
            )
        )
        self.addParameter(
            advanced(
                QgsProcessingParameterFile(
                    self.CATALOGUE,
                    translate("validateinventory", "Additional resource catalogue (CSV)"),
                    extension="csv",
                    optional=True,
                )
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.REPORT,
                translate("validateinventory", "Validation report"),
                QgsProcessing.SourceType.TypeVector,
            )
        )
        self.addOutput(
            QgsProcessingOutputNumber("ERRORS", translate("validateinventory", "Number of errors"))
        )

    def compute(self, parameters, context, feedback):
        from ...core.territory.inventory_checks import summarise, validate_inventory
        from ...qgis_bridge.frames import source_to_frame, write_frame
        from ..inputs import catalogue_parameter

        catalogue = catalogue_parameter(self, parameters, context)
        sites_source = self.parameterAsSource(parameters, self.SITES, context)
        sites = source_to_frame(sites_source, feedback)
        resources = source_to_frame(
            self.parameterAsSource(parameters, self.RESOURCES, context), feedback, geometry=False
        )
        flows_source = self.parameterAsSource(parameters, self.FLOWS, context)
        flows = source_to_frame(flows_source, feedback, geometry=False) if flows_source else None
        report = validate_inventory(sites, resources, catalogue, flows=flows)
        for line in summarise(report):
            feedback.pushInfo(line)
        errors = int((report["severity"] == "error").sum())
        if errors:
            feedback.pushWarning(
                translate(
                    "validateinventory",
                    "{n} errors must be fixed before the analyses can be trusted."
                ).format(n=errors)
            )
        dest = write_frame(
            self,
            parameters,
            context,
            self.REPORT,
            report,
            QgsWkbTypes.Type.NoGeometry,
            sites_source.sourceCrs(),
            feedback,
        )
        return {self.REPORT: dest, "ERRORS": errors}
