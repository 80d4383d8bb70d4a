"""ite:suggestcodes: catalogue or EWC codes suggested for the free-text descriptions of a table."""

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsProcessing,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterNumber,
    QgsWkbTypes,
)

from ...core.common.i18n import translate
from ..base import LANGUAGE, IteAlgorithm, advanced, language_options
from ..inputs import catalogue_parameter


class SuggestCodes(IteAlgorithm):
    NAME = "suggestcodes"
    GROUP = "territory"
    INPUT, FIELD, TOP, CATALOGUE, OUTPUT = "INPUT", "FIELD", "TOP", "CATALOGUE", "OUTPUT"
    CODE_FIELD, NACE_FIELD = "CODE_FIELD", "NACE_FIELD"

    def displayName(self):  # noqa: N802
        return translate("suggestcodes", "Suggest resource codes from descriptions")

    def shortDescription(self):  # noqa: N802
        return translate(
            "suggestcodes",
            "EWC or catalogue codes for free-text descriptions in English or French, with a "
            "score and the words that matched."
        )

    def parameter_help(self):
        return {
            self.INPUT: translate(
                "suggestcodes",
                "Any table or layer with a description column: a CSV, a spreadsheet or a "
                "layer loaded in QGIS. Its geometry is not used."
            ),
            self.FIELD: translate(
                "suggestcodes",
                "The column that describes each waste or resource in words, in English or "
                "French, e.g. 'boues de papeterie' or 'spent pickling acid'."
            ),
            self.CODE_FIELD: translate(
                "suggestcodes",
                "A column of codes already known (optional): rows with a valid code and a "
                "description teach the suggester their wording; rows without one get "
                "suggestions. A row with a valid code gets one line with its code, rank 0 and "
                "the note 'code given'."
            ),
            self.NACE_FIELD: translate(
                "suggestcodes",
                "A column with the NACE code of the site that gives each waste (optional, e.g. "
                "17.12 or 1712): the European List of Waste is organised by the source of the "
                "waste, so codes of the chapters that sector usually gives rank higher (a vague "
                "'sludge' from a paper mill goes to chapter 03, from a dairy to chapter 02). "
                "Rows without a NACE code are ranked from their words alone."
            ),
            self.TOP: translate(
                "suggestcodes",
                "How many codes to suggest for each description, best first (default 3)."
            ),
            LANGUAGE: translate(
                "suggestcodes",
                "Language of the code labels in the output: the interface's (default), English "
                "or French."
            ),
            self.CATALOGUE: translate(
                "suggestcodes",
                "Your own resource codes, in the columns of resources/catalogue/resources.csv; "
                "their labels are then matched too."
            ),
            self.OUTPUT: translate(
                "suggestcodes",
                "One row per description and suggestion: row number, description, rank, code, "
                "label, score from 0 to 1, matched words, and a note when nothing could be "
                "suggested."
            ),
        }

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.INPUT, translate("suggestcodes", "Table with descriptions"),
            [QgsProcessing.SourceType.TypeVector]))
        self.addParameter(QgsProcessingParameterField(
            self.FIELD, translate("suggestcodes", "Description field"),
            parentLayerParameterName=self.INPUT))
        self.addParameter(QgsProcessingParameterField(
            self.CODE_FIELD, translate("suggestcodes", "Known codes field"),
            parentLayerParameterName=self.INPUT, optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.NACE_FIELD, translate("suggestcodes", "Provider NACE code field"),
            parentLayerParameterName=self.INPUT, optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.TOP, translate("suggestcodes", "Suggestions per description"),
            QgsProcessingParameterNumber.Type.Integer, 3, minValue=1, maxValue=20))
        self.addParameter(QgsProcessingParameterEnum(
            LANGUAGE, translate("suggestcodes", "Language of the labels"),
            language_options(translate("suggestcodes", "Interface language")), defaultValue=0))
        self.addParameter(advanced(QgsProcessingParameterFile(
            self.CATALOGUE, translate("suggestcodes", "Additional resource catalogue (CSV)"),
            extension="csv", optional=True)))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, translate("suggestcodes", "Suggested codes"),
            QgsProcessing.SourceType.TypeVector))

    def compute(self, parameters, context, feedback):
        from ...core.reference.code_suggest import (
            default_suggester,
            suggest_table,
            suggest_uncoded_table,
        )
        from ...qgis_bridge.frames import source_to_frame, write_frame

        source = self.parameterAsSource(parameters, self.INPUT, context)
        if source is None:
            self.fail(translate("suggestcodes", "Give a table with descriptions."))
        field = self.parameterAsString(parameters, self.FIELD, context)
        code_field = self.parameterAsString(parameters, self.CODE_FIELD, context)
        nace_field = self.parameterAsString(parameters, self.NACE_FIELD, context)
        for name in [field] + [name for name in (code_field, nace_field) if name]:
            if name not in source.fields().names():
                self.fail(translate("suggestcodes", "The table has no field '{field}'.").format(
                    field=name))
        catalogue = catalogue_parameter(self, parameters, context)
        frame = source_to_frame(source, feedback, geometry=False)
        descriptions = frame[field].set_axis(range(1, len(frame) + 1))
        top = self.parameterAsInt(parameters, self.TOP, context)
        if code_field or nace_field:
            codes = frame[code_field].set_axis(descriptions.index) if code_field else None
            nace = frame[nace_field].set_axis(descriptions.index) if nace_field else None
            table = suggest_uncoded_table(descriptions, codes, catalogue, top=top, nace=nace)
        else:
            table = suggest_table(default_suggester(catalogue), descriptions, catalogue, top=top)
        self._log(table, len(frame), feedback)
        return {self.OUTPUT: write_frame(self, parameters, context, self.OUTPUT, table,
                                         QgsWkbTypes.Type.NoGeometry,
                                         QgsCoordinateReferenceSystem(), feedback)}

    @staticmethod
    def _log(table, total: int, feedback):
        """How many rows had a code given, got a suggestion, got none."""
        given = int(((table["rank"] == 0) & (table["code"] != "")).sum())
        if given:
            feedback.pushInfo(translate(
                "suggestcodes",
                "{n} rows have a valid code: their descriptions taught the suggester."
            ).format(n=given))
        suggested = int(table.loc[table["rank"] > 0, "row"].nunique())
        feedback.pushInfo(translate(
            "suggestcodes", "{suggested} of {total} descriptions got a suggestion."
        ).format(suggested=suggested, total=total - given))
        if suggested < total - given:
            feedback.pushWarning(translate(
                "suggestcodes",
                "{n} descriptions got none: the note column of the output says why."
            ).format(n=total - given - suggested))
