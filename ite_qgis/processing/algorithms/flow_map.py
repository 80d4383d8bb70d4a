"""ite:flowmap: flow lines from a flow table, curved or straight, width by quantity."""

from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingMultiStepFeedback,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsWkbTypes,
)

from ...core.common.i18n import translate
from ...core.reference import defaults
from ..base import IteAlgorithm, advanced, figure

_DOUBLE = QgsProcessingParameterNumber.Type.Double


class FlowMap(IteAlgorithm):
    NAME = "flowmap"
    GROUP = "maps"
    FLOWS, SITES, SITE_ID_FIELD, OUTPUT = "FLOWS", "SITES", "SITE_ID_FIELD", "OUTPUT"
    FIELDS = (
        ("FROM_FIELD", "from_site", False),
        ("TO_FIELD", "to_site", False),
        ("RESOURCE_FIELD", "resource", True),
        ("QUANTITY_FIELD", "quantity", False),
        ("UNIT_FIELD", "unit", True),
    )

    def displayName(self):  # noqa: N802
        return translate("flowmap", "Flow map")

    def shortDescription(self):  # noqa: N802
        return translate(
            "flowmap",
            "Flow lines from a flow table (existing flows, candidate synergies or DH links): "
            "curved or straight, side by side or summed, width by quantity, colour by family."
        )

    def parameter_help(self):
        field = translate("flowmap", "Default: {field}.")
        return {
            self.FLOWS: translate(
                "flowmap",
                "The flows to draw: the territory's flows, the candidate or allocated synergies, "
                "or the links of Waste heat to district heating; a table or a line layer."
            ),
            self.SITES: translate(
                "flowmap",
                "Points (or polygons, through a point on their surface) with a site id, where "
                "the flows start and end. Empty: the flows must be lines, drawn between their "
                "first and last vertices."
            ),
            self.SITE_ID_FIELD: translate(
                "flowmap", "Field of the sites layer that holds the site id (default site_id)."
            ),
            "FROM_FIELD": translate(
                "flowmap",
                "Field with the id of the supplying site: supplier_site for synergies, "
                "source_id for DH links."
            ) + " " + field.format(field="from_site"),
            "TO_FIELD": translate(
                "flowmap",
                "Field with the id of the receiving site: receiver_site for synergies, area_id "
                "for DH links."
            ) + " " + field.format(field="to_site"),
            "RESOURCE_FIELD": translate(
                "flowmap", "Field with the resource code, which sets the family and colour."
            ) + " " + field.format(field="resource"),
            "QUANTITY_FIELD": translate(
                "flowmap",
                "Field with the quantity, which sets the width: allocated_quantity for "
                "allocated synergies, heat_delivered_mwh_yr for DH links."
            ) + " " + field.format(field="quantity"),
            "UNIT_FIELD": translate(
                "flowmap", "Field with the unit of the quantity."
            ) + " " + field.format(field="unit"),
            "RESOURCE": translate(
                "flowmap",
                "Resource code used where the resource field is empty or absent, e.g. heat for "
                "DH links."
            ),
            "UNIT": translate(
                "flowmap",
                "Unit used where the unit field is empty or absent, e.g. MWh/yr for DH links."
            ),
            "SHAPE": translate(
                "flowmap",
                "Curved (default): arcs bent to the right of travel, so A to B and B to A do not "
                "overlap. Straight: straight lines."
            ),
            "MULTIPLE": translate(
                "flowmap",
                "Side by side (default): one line per flow. Summed: one line per pair of sites, "
                "resource family and unit family (tonnes and MWh are never added)."
            ),
            "BEND": translate(
                "flowmap",
                "Height of a curved arc as a share of the distance between its two sites "
                "(default {default})."
            ).format(default=figure(defaults.FLOW_BEND)),
            "SPACING_M": translate(
                "flowmap",
                "Distance in metres between side-by-side flows of the same two sites; 0 "
                "(default) sets it as a share of the distance."
            ),
            "MAX_WIDTH_MM": translate(
                "flowmap",
                "Width on the map, in mm, of the largest flow of each unit family; the others "
                "are proportional to their quantity."
            ),
            "MIN_WIDTH_MM": translate(
                "flowmap", "No line is drawn thinner than this, in mm, so small flows stay visible."
            ),
            "VERTICES": translate(
                "flowmap", "Vertices of each curved line: more gives smoother arcs."
            ),
            "CATALOGUE": translate(
                "flowmap",
                "Your own resource codes, in the columns of resources/catalogue/resources.csv, "
                "so that flows with these codes get a family."
            ),
            self.OUTPUT: translate(
                "flowmap",
                "One line per flow (or summed flow) with its family, normalised quantity, width "
                "in mm and a size class; styled by family with an arrow at the receiver."
            ),
        }

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.FLOWS,
            translate("flowmap", "Flows (table or lines: flows, synergies or DH links)"),
            [QgsProcessing.SourceType.TypeVector]))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.SITES,
            translate("flowmap", "Sites (optional with a line layer: its ends are used)"),
            [QgsProcessing.SourceType.TypeVectorAnyGeometry], optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.SITE_ID_FIELD, translate("flowmap", "Site id field"), "site_id", self.SITES,
            optional=True))
        labels = {
            "FROM_FIELD": translate("flowmap", "From site field (supplier)"),
            "TO_FIELD": translate("flowmap", "To site field (receiver)"),
            "RESOURCE_FIELD": translate("flowmap", "Resource code field"),
            "QUANTITY_FIELD": translate("flowmap", "Quantity field"),
            "UNIT_FIELD": translate("flowmap", "Unit field"),
        }
        for name, default, optional in self.FIELDS:
            self.addParameter(QgsProcessingParameterField(
                name, labels[name], default, self.FLOWS, optional=optional))
        self.addParameter(QgsProcessingParameterString(
            "RESOURCE", translate("flowmap", "Resource code where the field is empty or absent "
                                             "(e.g. heat for DH links)"), optional=True))
        self.addParameter(QgsProcessingParameterString(
            "UNIT", translate("flowmap", "Unit where the field is empty or absent (e.g. "
                                         "MWh/yr)"), optional=True))
        self.addParameter(QgsProcessingParameterEnum(
            "SHAPE", translate("flowmap", "Line shape"),
            [translate("flowmap", "Curved (A to B and B to A on opposite sides)"),
             translate("flowmap", "Straight")], defaultValue=0))
        self.addParameter(QgsProcessingParameterEnum(
            "MULTIPLE", translate("flowmap", "Several flows between the same two sites"),
            [translate("flowmap", "Side by side"),
             translate("flowmap", "Summed per resource family and unit")], defaultValue=0))
        for name, label, default, minimum in (
            ("BEND", translate("flowmap", "Arc height (share of the distance)"),
             defaults.FLOW_BEND, 0.0),
            ("SPACING_M", translate("flowmap", "Spacing between side-by-side flows (m, 0: "
                                               "automatic)"), 0.0, 0.0),
            ("MAX_WIDTH_MM", translate("flowmap", "Width of the largest flow (mm)"),
             defaults.FLOW_MAX_WIDTH_MM, 0.1),
            ("MIN_WIDTH_MM", translate("flowmap", "Smallest width (mm)"),
             defaults.FLOW_MIN_WIDTH_MM, 0.0),
        ):
            self.addParameter(advanced(QgsProcessingParameterNumber(
                name, label, _DOUBLE, default, minValue=minimum)))
        self.addParameter(advanced(QgsProcessingParameterNumber(
            "VERTICES", translate("flowmap", "Vertices per curved line"),
            QgsProcessingParameterNumber.Type.Integer, defaults.FLOW_VERTICES, minValue=3,
            maxValue=512)))
        self.addParameter(advanced(QgsProcessingParameterFile(
            "CATALOGUE", translate("flowmap", "Additional resource catalogue (CSV)"),
            extension="csv", optional=True)))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, translate("flowmap", "Flow map"),
            QgsProcessing.SourceType.TypeVectorLine))

    def _field(self, parameters, name, context):
        fields = self.parameterAsStrings(parameters, name, context)
        return fields[0] if fields else None

    def compute(self, parameters, context, feedback):
        from ...core.flows.flowlines import MODES, SHAPES, FlowFields, build_flow_map, width_keys
        from ...core.validation.geometry import POINT, POLYGON
        from ...qgis_bridge.flow_legend import style_flow_map
        from ...qgis_bridge.frames import write_frame
        from ..input_readers import as_table, checked_site_table, document_flows, document_sites
        from ..inputs import catalogue_parameter
        from ..synergy_inputs import core_errors, push_notes, qgis_crs

        steps = QgsProcessingMultiStepFeedback(3, feedback)
        catalogue = catalogue_parameter(self, parameters, context, "CATALOGUE")
        flows_source = self.parameterAsSource(parameters, self.FLOWS, context)
        if flows_source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.FLOWS))
        sites_source = self.parameterAsSource(parameters, self.SITES, context)
        is_lines = (QgsWkbTypes.geometryType(flows_source.wkbType())
                    == QgsWkbTypes.GeometryType.LineGeometry)
        site_id = self._field(parameters, self.SITE_ID_FIELD, context) or "site_id"
        sites = None
        if sites_source is not None:
            if not sites_source.sourceCrs().isValid():
                raise QgsProcessingException(translate(
                    "flowmap", "The sites layer has no coordinate reference system. Set its CRS "
                               "(Layer Properties > Source) and run the tool again."))
            # Points, or polygons placed at a point on their surface.
            sites = document_sites(self, parameters, context, steps, accepted=(POINT, POLYGON),
                                   required_columns=(site_id,))
        elif not is_lines:
            raise QgsProcessingException(translate(
                "flowmap", "The flows are a table without lines: give the sites layer so that "
                           "each flow's ends can be placed."))
        steps.setCurrentStep(1)
        fields = FlowFields(
            **{key: self._field(parameters, name, context) for key, (name, _, _) in zip(
                ("from_site", "to_site", "resource", "quantity", "unit"), self.FIELDS,
                strict=True)},
            default_resource=self.parameterAsString(parameters, "RESOURCE", context).strip()
            or None,
            default_unit=self.parameterAsString(parameters, "UNIT", context).strip() or None,
        )
        for key, label in (("from_site", "FROM_FIELD"), ("to_site", "TO_FIELD"),
                           ("quantity", "QUANTITY_FIELD")):
            if not getattr(fields, key):
                raise QgsProcessingException(translate(
                    "flowmap", "Choose the field {parameter}.").format(parameter=label))
        flows = document_flows(
            self, parameters, context, steps, required=True,
            required_columns=(fields.from_site, fields.to_site, fields.quantity),
            numbers=((fields.quantity, None, False),))
        if sites_source is not None:  # the flows' own lines are not drawn
            flows = as_table(flows)
        if sites is not None:
            sites = checked_site_table(sites, translate("flowmap", "The sites layer"), site_id)
        max_mm = self.parameterAsDouble(parameters, "MAX_WIDTH_MM", context)
        min_mm = self.parameterAsDouble(parameters, "MIN_WIDTH_MM", context)
        with core_errors():
            result = build_flow_map(
                flows, sites, catalogue, fields=fields,
                site_id=site_id,
                shape=SHAPES[self.parameterAsEnum(parameters, "SHAPE", context)],
                mode=MODES[self.parameterAsEnum(parameters, "MULTIPLE", context)],
                bend=self.parameterAsDouble(parameters, "BEND", context),
                spacing_m=self.parameterAsDouble(parameters, "SPACING_M", context),
                vertices=self.parameterAsInt(parameters, "VERTICES", context),
                max_width_mm=max_mm, min_width_mm=min_mm,
            )
        push_notes(feedback, result.notes)
        steps.setCurrentStep(2)
        lines = result.lines
        source = sites_source if sites_source is not None else flows_source
        crs = qgis_crs(lines.crs)
        if source.sourceCrs().isValid() and not source.sourceCrs().isGeographic():
            crs = source.sourceCrs()
        dest = write_frame(self, parameters, context, self.OUTPUT, lines,
                           QgsWkbTypes.Type.LineString, crs, steps)
        style_flow_map(context, dest, width_keys(lines, max_mm, min_mm))
        feedback.pushInfo(translate("flowmap", "{count} flow lines written.").format(
            count=len(lines)))
        steps.setProgress(100.0)
        return {self.OUTPUT: dest}
