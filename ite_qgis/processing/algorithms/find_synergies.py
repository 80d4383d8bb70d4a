"""ite:findsynergies: candidate synergies (supplier -> receiver lines) inside transport radii."""

from qgis.core import (
    QgsProcessing,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterNumber,
    QgsWkbTypes,
)

from ...core.common.families import RESOURCE_FAMILIES, family_label
from ...core.common.i18n import translate
from ..base import IteAlgorithm, advanced
from ..synergy_inputs import (
    add_indicator_outputs,
    catalogue_file_parameter,
    resources_parameter,
    sites_parameter,
)

# (parameter, label, default, MaterialEconomics/HeatEconomics field); defaults repeat the
# documented ones of ite_qgis/core/reference/economics.py (sources there).
_DOUBLE = QgsProcessingParameterNumber.Type.Double


class FindSynergies(IteAlgorithm):
    NAME = "findsynergies"
    GROUP = "synergies"
    SITES, RESOURCES, FAMILIES, RADIUS_MODE = "SITES", "RESOURCES", "FAMILIES", "RADIUS_MODE"
    FIXED_RADIUS_KM, DETOUR, MAX_CANDIDATES = "FIXED_RADIUS_KM", "DETOUR_FACTOR", "MAX_CANDIDATES"
    INFERRED, CATALOGUE, OUTPUT = "INCLUDE_INFERRED", "CATALOGUE", "SYNERGIES"

    def displayName(self):  # noqa: N802
        return translate("findsynergies", "Find synergies")

    def shortDescription(self):  # noqa: N802
        return translate(
            "findsynergies",
            "Candidate exchanges between the supplies and demands of nearby sites, inside "
            "transport-cost radii, plus knowledge-based matches by sector."
        )

    def _economics(self):
        """(parameter name, label, default, minimum) of the advanced economic overrides."""
        return [
            ("COST_EUR_TKM", translate("findsynergies", "Road transport cost (EUR per t-km)"),
             0.065, 0.0),
            ("EMPTY_RETURN", translate("findsynergies", "Empty return share"), 1.0, 0.0),
            ("LANDFILL_EUR_T", translate("findsynergies", "Landfill gate fee (EUR/t)"), 79.0, 0.0),
            ("LANDFILL_TAX_EUR_T", translate("findsynergies", "Landfill tax (EUR/t)"), 65.0, 0.0),
            ("TREATMENT_EUR_T", translate("findsynergies", "Treatment before reuse (EUR/t)"),
             0.0, 0.0),
            ("HANDLING_EUR_T", translate("findsynergies", "Handling at both ends (EUR/t)"),
             0.0, 0.0),
            ("MAX_RADIUS_KM", translate("findsynergies", "Upper bound of any radius (km)"),
             100.0, 0.001),
            ("HEAT_CEILING_EUR_MWH",
             translate("findsynergies", "Highest heat transmission cost (EUR/MWh)"), 10.0, 0.0),
            ("RATE", translate("findsynergies", "Discount rate of heat pipes"), 0.03, 0.0),
            ("YEARS", translate("findsynergies", "Depreciation period of heat pipes (years)"),
             30.0, 1.0),
        ]  # fmt: skip

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(
            sites_parameter(
                self.SITES, translate("findsynergies", "Sites (points with site_id, nace)")
            )
        )
        self.addParameter(resources_parameter(self.RESOURCES))
        family_labels = [family_label(family) for family in RESOURCE_FAMILIES]
        self.addParameter(
            QgsProcessingParameterEnum(
                self.FAMILIES,
                translate("findsynergies", "Resource families"),
                family_labels,
                allowMultiple=True,
                defaultValue=list(range(len(RESOURCE_FAMILIES))),
            )
        )
        self.addParameter(
            QgsProcessingParameterEnum(
                self.RADIUS_MODE,
                translate("findsynergies", "Search radius"),
                [
                    translate("findsynergies", "Economic break-even distance"),
                    translate("findsynergies", "Fixed distance"),
                    translate("findsynergies", "Smaller of both"),
                ],
                defaultValue=0,
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.FIXED_RADIUS_KM,
                translate("findsynergies", "Fixed radius (km)"),
                _DOUBLE,
                50.0,
                minValue=0.001,
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.DETOUR,
                translate("findsynergies", "Detour factor (route length / straight line)"),
                _DOUBLE,
                1.3,
                minValue=1.0,
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.MAX_CANDIDATES,
                translate("findsynergies", "Candidates kept per supply"),
                QgsProcessingParameterNumber.Type.Integer,
                10,
                minValue=1,
            )
        )
        self.addParameter(
            QgsProcessingParameterBoolean(
                self.INFERRED,
                translate("findsynergies", "Include knowledge-based matches (receiving sectors)"),
                True,
            )
        )
        self.addParameter(catalogue_file_parameter(self.CATALOGUE))
        for name, label, default, minimum in self._economics():
            self.addParameter(
                advanced(QgsProcessingParameterNumber(name, label, _DOUBLE, default, False,
                                                      minimum))
            )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT,
                translate("findsynergies", "Candidate synergies"),
                QgsProcessing.SourceType.TypeVectorLine,
            )
        )
        add_indicator_outputs(self)

    def _settings(self, parameters, context):
        from ...core.reference.economics import HeatEconomics, MaterialEconomics
        from ...core.synergies.synergy import RADIUS_MODES

        def number(name):
            return self.parameterAsDouble(parameters, name, context)

        econ = MaterialEconomics(
            cost_eur_per_tkm=number("COST_EUR_TKM"),
            empty_return=number("EMPTY_RETURN"),
            landfill_eur_t=number("LANDFILL_EUR_T"),
            landfill_tax_eur_t=number("LANDFILL_TAX_EUR_T"),
            treatment_eur_t=number("TREATMENT_EUR_T"),
            handling_eur_t=number("HANDLING_EUR_T"),
            max_radius_m=number("MAX_RADIUS_KM") * 1000.0,
        )
        heat = HeatEconomics(
            ceiling_eur_mwh=number("HEAT_CEILING_EUR_MWH"),
            rate=number("RATE"),
            years=number("YEARS"),
        )
        chosen = self.parameterAsEnums(parameters, self.FAMILIES, context)
        families = [RESOURCE_FAMILIES[i] for i in chosen] if chosen else list(RESOURCE_FAMILIES)
        return dict(
            families=None if len(families) == len(RESOURCE_FAMILIES) else families,
            radius_mode=RADIUS_MODES[self.parameterAsEnum(parameters, self.RADIUS_MODE, context)],
            fixed_radius_m=number(self.FIXED_RADIUS_KM) * 1000.0,
            detour_factor=number(self.DETOUR),
            max_candidates=self.parameterAsInt(parameters, self.MAX_CANDIDATES, context),
            include_inferred=self.parameterAsBoolean(parameters, self.INFERRED, context),
            econ=econ,
            heat_econ=heat,
        )

    def compute(self, parameters, context, feedback):
        from ...core.synergies.synergy import find_synergies
        from ...qgis_bridge.frames import style_output, write_frame
        from ..inputs import catalogue_parameter
        from ..synergy_inputs import (
            core_errors,
            indicator_results,
            multi_step,
            output_crs,
            push_indicators,
            push_notes,
            read_resources,
            read_sites,
        )

        steps = multi_step(4, feedback)
        settings = self._settings(parameters, context)
        catalogue = catalogue_parameter(self, parameters, context, self.CATALOGUE)
        sites, sites_source = read_sites(
            self,
            parameters,
            context,
            self.SITES,
            steps,
            translate("findsynergies", "The sites layer"),
        )
        steps.setCurrentStep(1)
        resources = read_resources(self, parameters, context, self.RESOURCES, steps, catalogue)
        steps.setCurrentStep(2)
        with core_errors():
            result = find_synergies(sites, resources, catalogue, feedback=steps, **settings)
        steps.setCurrentStep(3)
        push_notes(feedback, result.notes)
        lines = result.lines
        crs = output_crs(lines, sites, sites_source)
        dest = write_frame(
            self, parameters, context, self.OUTPUT, lines, QgsWkbTypes.Type.LineString, crs, steps
        )
        style_output(context, dest, "synergies")
        indicators = result.indicators
        feedback.pushInfo(
            translate(
                "findsynergies",
                "{n} candidate synergies ({declared} declared, {inferred} inferred) for {supplies} "
                "supplies."
            ).format(
                n=indicators["n_synergies"],
                declared=indicators["n_declared"],
                inferred=indicators["n_inferred"],
                supplies=indicators["n_supplies_matched"],
            )
        )
        push_indicators(
            feedback,
            indicators,
            translate("findsynergies", "Best declared candidate of each supply (upper bounds)"),
        )
        steps.setProgress(100.0)
        return {self.OUTPUT: dest, **indicator_results(indicators)}
