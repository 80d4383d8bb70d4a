"""ite:report: one self-contained HTML report of the territory (indicators, synergies, DH, map)."""

from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)

from ...core.common.i18n import translate
from ...core.reference import defaults
from ..base import IteAlgorithm, advanced, displacement_help, language_options, public_help


class Report(IteAlgorithm):
    NAME = "report"
    GROUP = "maps"
    SITES, RESOURCES, FLOWS, SYNERGIES, DH_LINKS = (
        "SITES", "RESOURCES", "FLOWS", "SYNERGIES", "DH_LINKS"
    )  # fmt: skip
    TITLE, SUBTITLE, LANGUAGE, PUBLIC, DISPLACEMENT_M, TOP, OUTPUT = (
        "TITLE", "SUBTITLE", "LANGUAGE", "PUBLIC", "DISPLACEMENT_M", "TOP", "OUTPUT"
    )  # fmt: skip

    def displayName(self):  # noqa: N802
        return translate("report", "Territory report (HTML)")

    def shortDescription(self):  # noqa: N802
        return translate(
            "report",
            "One self-contained HTML page: indicators, map, metabolism diagram, top declared "
            "synergies, knowledge-based leads with their evidence and district heating "
            "candidates; public by default."
        )

    def _source(self, name, label, types, optional=True):
        parameter = QgsProcessingParameterFeatureSource(name, label, types, optional=optional)
        self.addParameter(parameter)

    def parameter_help(self):
        return {
            self.SITES: translate(
                "report",
                "The territory's sites (points with site_id, name, nace, confidential), made with "
                "Create territory, Sample territory or Import inventory."
            ),
            self.RESOURCES: translate(
                "report", "The territory's resources table, for the indicators and the diagram."
            ),
            self.FLOWS: translate(
                "report", "The territory's known flows, drawn and counted as exchanged."
            ),
            self.SYNERGIES: translate(
                "report",
                "The output of Find synergies or Allocate synergies: candidates count the best "
                "declared line of each supply, allocated lines what they carry."
            ),
            self.DH_LINKS: translate(
                "report", "The output of Waste heat to district heating, for its candidates."
            ),
            self.TITLE: translate(
                "report", "Title at the top of the page. Empty: a default title."
            ),
            self.SUBTITLE: translate("report", "Line under the title. Empty: none."),
            self.LANGUAGE: translate(
                "report",
                "Language of the page: the interface's (default), English or French. Numbers "
                "and dates follow it."
            ),
            self.PUBLIC: public_help(),
            self.DISPLACEMENT_M: displacement_help(),
            self.TOP: translate(
                "report", "Rows of the table of the best candidate synergies (default 15)."
            ),
            self.OUTPUT: translate(
                "report",
                "The HTML page, self-contained (map and diagram embedded, no script), so it "
                "opens the same offline."
            ),
        }

    def initAlgorithm(self, config=None):  # noqa: N802
        vector, line = QgsProcessing.SourceType.TypeVector, QgsProcessing.SourceType.TypeVectorLine
        self._source(self.SITES, translate("report", "Sites"),
                     [QgsProcessing.SourceType.TypeVectorPoint], optional=False)
        self._source(self.RESOURCES, translate("report", "Resources (table)"), [vector])
        self._source(self.FLOWS, translate("report", "Existing flows"), [vector])
        self._source(self.SYNERGIES, translate("report", "Candidate synergies"), [line])
        self._source(self.DH_LINKS, translate("report", "District heating links"), [line])
        self.addParameter(QgsProcessingParameterString(
            self.TITLE, translate("report", "Title"), optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.SUBTITLE, translate("report", "Subtitle"), optional=True))
        self.addParameter(QgsProcessingParameterEnum(
            self.LANGUAGE, translate("report", "Language"),
            language_options(translate("report", "Interface language")), defaultValue=0))
        self.addParameter(QgsProcessingParameterBoolean(
            self.PUBLIC,
            translate("report", "Public version (hide what confidential sites did not share)"),
            defaultValue=True))
        self.addParameter(advanced(QgsProcessingParameterNumber(
            self.DISPLACEMENT_M, translate("report", "Displacement of confidential sites (m)"),
            QgsProcessingParameterNumber.Type.Double, defaults.DISPLACEMENT_RADIUS_M,
            minValue=0.0)))
        self.addParameter(advanced(QgsProcessingParameterNumber(
            self.TOP, translate("report", "Rows in the top synergies table"),
            QgsProcessingParameterNumber.Type.Integer, 15, minValue=1, maxValue=500)))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT, translate("report", "Report"), translate("report", "HTML files (*.html)")))

    def compute(self, parameters, context, feedback):
        from ...core.publishing.public import TerritoryTables
        from ...core.validation.findings import InputError
        from ...layout.report_run import write_report
        from ..input_readers import document_tables

        names = (self.SITES, self.RESOURCES, self.FLOWS, self.SYNERGIES, self.DH_LINKS)
        output = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        feedback.pushInfo(translate("report", "Reading the layers…"))
        frames = document_tables(self, parameters, context, feedback, names)
        try:
            summary = write_report(
                TerritoryTables(*(frames[name] for name in names)),
                self.parameterAsSource(parameters, self.SITES, context).sourceCrs(),
                output,
                title=self.parameterAsString(parameters, self.TITLE, context),
                subtitle=self.parameterAsString(parameters, self.SUBTITLE, context),
                public=self.parameterAsBoolean(parameters, self.PUBLIC, context),
                radius_m=self.parameterAsDouble(parameters, self.DISPLACEMENT_M, context),
                top=self.parameterAsInt(parameters, self.TOP, context),
                feedback=feedback,
            )
        except InputError as error:  # the sites cannot make a report: the message says why
            raise QgsProcessingException(str(error)) from None
        return {self.OUTPUT: output, **summary}
