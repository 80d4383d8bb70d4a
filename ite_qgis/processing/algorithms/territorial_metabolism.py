"""ite:metabolism: inputs, outputs and exchanges of the territory, table and Sankey diagram."""


from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingMultiStepFeedback,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterString,
    QgsWkbTypes,
)

from ...core.common import i18n
from ...core.common.files import write_text
from ...core.common.i18n import translate
from ..base import IteAlgorithm, advanced


class TerritorialMetabolism(IteAlgorithm):
    NAME = "metabolism"
    GROUP = "maps"
    SITES, RESOURCES, FLOWS, SYNERGIES = "SITES", "RESOURCES", "FLOWS", "SYNERGIES"
    OUTPUT, SANKEY = "OUTPUT", "SANKEY"

    def displayName(self):  # noqa: N802
        return translate("metabolism", "Territorial metabolism")

    def shortDescription(self):  # noqa: N802
        return translate(
            "metabolism",
            "What the territory's sites supply and need, by resource family and by sector, "
            "the share already looped by existing flows and the share candidate synergies "
            "could loop; with a Sankey diagram (SVG)."
        )

    def parameter_help(self):
        return {
            self.SITES: translate(
                "metabolism",
                "The territory's sites with site_id, nace and confidential: supplies and demands "
                "are summed by NACE sector."
            ),
            self.RESOURCES: translate(
                "metabolism", "The territory's resources table: what each site supplies and needs."
            ),
            self.FLOWS: translate(
                "metabolism",
                "The territory's known flows; only those of status existing (or without status) "
                "count as exchanged. Empty: nothing is exchanged yet."
            ),
            self.SYNERGIES: translate(
                "metabolism",
                "The output of Find synergies or, better, Allocate synergies, counted as "
                "candidates; an offer made to several receivers is never counted twice."
            ),
            "SYNERGY_QUANTITY_FIELD": translate(
                "metabolism",
                "Field with the quantity of each synergy line. Empty: allocated_quantity when "
                "the layer has it, else quantity."
            ),
            "PUBLIC": translate(
                "metabolism",
                "Checked (default): quantities of confidential sites and resources are rounded "
                "to classes (1, 2, 5 x 10^n) before anything is summed or drawn. Unchecked: the "
                "quantities as declared."
            ),
            "TITLE": translate(
                "metabolism", "Title of the Sankey diagram. Empty: a default title."
            ),
            "CATALOGUE": translate(
                "metabolism",
                "Your own resource codes, in the columns of resources/catalogue/resources.csv, "
                "so that their rows get a family."
            ),
            self.OUTPUT: translate(
                "metabolism",
                "One row per resource family and unit, per sector and unit, and a total per "
                "unit: supply, demand, exchanged, candidate, not looped and the shares."
            ),
            self.SANKEY: translate(
                "metabolism",
                "A standalone SVG file, one diagram per unit family: supplying sectors, resource "
                "families, receiving sectors or not looped."
            ),
        }

    def initAlgorithm(self, config=None):  # noqa: N802
        vector = [QgsProcessing.SourceType.TypeVector]
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.SITES, translate("metabolism", "Sites (site_id, nace)"),
            [QgsProcessing.SourceType.TypeVectorAnyGeometry]))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.RESOURCES, translate("metabolism", "Resources (table)"), vector))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.FLOWS, translate("metabolism", "Existing flows (optional)"), vector,
            optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.SYNERGIES,
            translate("metabolism", "Candidate synergies (optional, from Find or Allocate "
                                    "synergies)"), vector, optional=True))
        self.addParameter(advanced(QgsProcessingParameterField(
            "SYNERGY_QUANTITY_FIELD",
            translate("metabolism", "Synergy quantity field (default: allocated_quantity, "
                                    "else quantity)"),
            None, self.SYNERGIES, QgsProcessingParameterField.DataType.Numeric,
            optional=True)))
        self.addParameter(QgsProcessingParameterBoolean(
            "PUBLIC", translate("metabolism", "Public output: round the quantities of "
                                              "confidential sites and resources"), True))
        self.addParameter(QgsProcessingParameterString(
            "TITLE", translate("metabolism", "Title of the diagram"), optional=True))
        self.addParameter(advanced(QgsProcessingParameterFile(
            "CATALOGUE", translate("metabolism", "Additional resource catalogue (CSV)"),
            extension="csv", optional=True)))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, translate("metabolism", "Metabolism table"),
            QgsProcessing.SourceType.TypeVector))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.SANKEY, translate("metabolism", "Sankey diagram (SVG)"),
            translate("metabolism", "SVG files (*.svg)")))

    def compute(self, parameters, context, feedback):
        from ...core.flows.metabolism import (
            MetabolismError,
            compute_metabolism,
            metabolism_links,
            metabolism_svg,
            metabolism_table,
            public_inputs,
        )
        from ...core.publishing.public import require_site_ids
        from ...qgis_bridge.frames import write_frame
        from ..input_readers import (
            as_table,
            document_flows,
            document_resources,
            document_sites,
            document_synergies,
        )
        from ..inputs import catalogue_parameter
        from ..synergy_inputs import core_errors, push_notes

        steps = QgsProcessingMultiStepFeedback(5, feedback)
        catalogue = catalogue_parameter(self, parameters, context, "CATALOGUE")
        # Geometries are checked as in every document, then set aside: a summary needs none.
        sites = as_table(document_sites(self, parameters, context, steps))
        steps.setCurrentStep(1)
        resources = document_resources(self, parameters, context, steps, required=True)
        flows = as_table(document_flows(self, parameters, context, steps))
        steps.setCurrentStep(2)
        quantity = self.parameterAsStrings(parameters, "SYNERGY_QUANTITY_FIELD", context)
        # The quantity field chosen is read and checked like the layer's own quantities.
        extra = {"numbers": ((quantity[0], None, False),)} if quantity else {}
        synergies = as_table(document_synergies(self, parameters, context, steps, **extra))
        public = self.parameterAsBoolean(parameters, "PUBLIC", context)
        steps.setCurrentStep(3)
        lang = i18n.language()
        with core_errors():
            try:
                require_site_ids(sites)  # before the public copies, which key on the ids
                if public:
                    sites, resources, flows, synergies = public_inputs(
                        sites, resources, flows, synergies)
                ledger = compute_metabolism(sites, resources, flows, synergies,
                                            catalogue=catalogue,
                                            synergy_quantity=quantity[0] if quantity else None)
                table = metabolism_table(None, None, metabolism=ledger, lang=lang)
                links = metabolism_links(None, None, metabolism=ledger, lang=lang)
            except MetabolismError as error:
                raise QgsProcessingException(str(error)) from None
        if ledger.ledger.empty and ledger.demand.empty:
            raise QgsProcessingException(translate(
                "metabolism", "No resource with a known code and a quantity: nothing to "
                              "summarise."))
        push_notes(feedback, ledger.notes)
        title = self.parameterAsString(parameters, "TITLE", context).strip() or translate(
            "metabolism", "Territorial metabolism")
        svg = metabolism_svg(links, title)
        path = self.parameterAsFileOutput(parameters, self.SANKEY, context)
        steps.setCurrentStep(4)
        dest = write_frame(self, parameters, context, self.OUTPUT, table,
                           QgsWkbTypes.Type.NoGeometry, QgsCoordinateReferenceSystem(), steps)
        write_text(path, svg)
        feedback.pushInfo(translate(
            "metabolism", "{rows} rows written; Sankey diagram: {path}").format(
                rows=len(table), path=path))
        steps.setProgress(100.0)
        return {self.OUTPUT: dest, self.SANKEY: path}
