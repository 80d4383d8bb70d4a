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
from ...core.reference import defaults
from ...core.reference.defaults import HeatEconomics, MaterialEconomics
from ..base import IteAlgorithm, advanced, figure
from ..synergy_inputs import (
    add_indicator_outputs,
    catalogue_file_parameter,
    resources_parameter,
    sites_parameter,
)

_DOUBLE = QgsProcessingParameterNumber.Type.Double


class FindSynergies(IteAlgorithm):
    NAME = "findsynergies"
    GROUP = "synergies"
    SITES, RESOURCES, FAMILIES, RADIUS_MODE = "SITES", "RESOURCES", "FAMILIES", "RADIUS_MODE"
    FIXED_RADIUS_KM, DETOUR_FACTOR = "FIXED_RADIUS_KM", "DETOUR_FACTOR"
    MAX_CANDIDATES, INCLUDE_INFERRED = "MAX_CANDIDATES", "INCLUDE_INFERRED"
    CATALOGUE, SYNERGIES = "CATALOGUE", "SYNERGIES"

    def displayName(self):  # noqa: N802
        return translate("findsynergies", "Find synergies")

    def shortDescription(self):  # noqa: N802
        return translate(
            "findsynergies",
            "Candidate exchanges between the supplies and demands of nearby sites, inside "
            "transport-cost radii, plus knowledge-based matches by sector."
        )

    def _economics(self):
        """(parameter name, label, default, minimum) of the advanced economic overrides; the
        defaults are the core's (sources in ite_qgis/core/reference/defaults.py)."""
        material, heat = MaterialEconomics, HeatEconomics
        return [
            ("COST_EUR_TKM", translate("findsynergies", "Road transport cost (EUR per t-km)"),
             material.cost_eur_per_tkm, 0.0),
            ("EMPTY_RETURN", translate("findsynergies", "Empty return share"),
             material.empty_return, 0.0),
            ("LANDFILL_EUR_T", translate("findsynergies", "Landfill gate fee (EUR/t)"),
             material.landfill_eur_t, 0.0),
            ("LANDFILL_TAX_EUR_T", translate("findsynergies", "Landfill tax (EUR/t)"),
             material.landfill_tax_eur_t, 0.0),
            ("TREATMENT_EUR_T", translate("findsynergies", "Treatment before reuse (EUR/t)"),
             material.treatment_eur_t, 0.0),
            ("HANDLING_EUR_T", translate("findsynergies", "Handling at both ends (EUR/t)"),
             material.handling_eur_t, 0.0),
            ("MAX_RADIUS_KM", translate("findsynergies", "Upper bound of any radius (km)"),
             material.max_radius_m / 1000.0, 0.001),
            ("HEAT_CEILING_EUR_MWH",
             translate("findsynergies", "Highest heat transmission cost (EUR/MWh)"),
             heat.ceiling_eur_mwh, 0.0),
            ("RATE", translate("findsynergies", "Discount rate of heat pipes"), heat.rate, 0.0),
            ("YEARS", translate("findsynergies", "Depreciation period of heat pipes (years)"),
             heat.years, 1.0),
        ]  # fmt: skip

    def parameter_help(self):
        return {
            self.SITES: translate(
                "findsynergies",
                "Point layer of the sites, with a unique site_id and, for knowledge-based "
                "matches, a NACE code in nace. A geographic CRS is reprojected to a metric one "
                "(named in the log); lines and polygons are refused."
            ),
            self.FAMILIES: translate(
                "findsynergies",
                "Resource families to search: only the supplies and demands of these families "
                "are paired. All seven by default."
            ),
            self.RADIUS_MODE: translate(
                "findsynergies",
                "How far a supply looks for receivers: the economic break-even distance of "
                "each resource (default), the fixed radius below, or the smaller of both. "
                "Resources without a transport cost model use the fixed radius."
            ),
            self.FIXED_RADIUS_KM: translate(
                "findsynergies",
                "Search radius in km of the fixed-distance mode, and of the resources without "
                "a cost model (default {default} km)."
            ).format(default=figure(defaults.FIXED_RADIUS_M / 1000.0)),
            self.DETOUR_FACTOR: translate(
                "findsynergies",
                "Route length over the straight-line distance: every distance is the straight "
                "line times this factor (default {default}, a common road circuity)."
            ).format(default=figure(defaults.DETOUR_FACTOR)),
            self.MAX_CANDIDATES: translate(
                "findsynergies",
                "Most candidate receivers kept for each supply, best score first, declared "
                "demands before knowledge-based ones (default {default}). The headline totals "
                "count the best declared candidate of each supply that does not lose money, among "
                "those kept: "
                "they may grow with this number (a better partner found further away), never "
                "fall; the log says when."
            ).format(default=figure(defaults.MAX_CANDIDATES)),
            self.INCLUDE_INFERRED: translate(
                "findsynergies",
                "Also propose sites that declared no demand but whose NACE sector is a likely "
                "receiver of the resource: documented exchanges and the catalogue's typical "
                "consumers, scored by a model fitted on them (kb_score: the estimated "
                "probability, ranked first, then the nearest). Checked by default."
            ),
            "COST_EUR_TKM": translate(
                "findsynergies",
                "Cost of carrying one tonne over one loaded kilometre by road, in EUR (default "
                "from the French CNR road-haulage indices)."
            ),
            "EMPTY_RETURN": translate(
                "findsynergies",
                "Distance driven back empty as a share of the loaded distance: 1 means the truck "
                "returns empty, 0 that it always finds a return load."
            ),
            "LANDFILL_EUR_T": translate(
                "findsynergies",
                "Gate fee per tonne that a supplier no longer pays when its waste is reused, in "
                "EUR/t, tax excluded (default from ADEME)."
            ),
            "LANDFILL_TAX_EUR_T": translate(
                "findsynergies",
                "Landfill tax per tonne also avoided, in EUR/t (default: French TGAP rate for "
                "non-hazardous waste, 2025)."
            ),
            "TREATMENT_EUR_T": translate(
                "findsynergies",
                "Cost per tonne of preparing the material for reuse (drying, crushing...), in "
                "EUR/t; deducted from the value. 0 unless you know it."
            ),
            "HANDLING_EUR_T": translate(
                "findsynergies",
                "Cost per tonne of loading and unloading at both ends, in EUR/t; deducted from "
                "the value. 0 unless you know it."
            ),
            "MAX_RADIUS_KM": translate(
                "findsynergies",
                "No radius, economic or fixed, goes beyond this distance in km."
            ),
            "HEAT_CEILING_EUR_MWH": translate(
                "findsynergies",
                "Highest levelised cost of carrying heat or steam through a pipe, in EUR per "
                "MWh delivered: it sets the longest heat link (default from Hotmaps)."
            ),
            "RATE": translate(
                "findsynergies",
                "Discount rate of the investment in heat pipes, as a fraction (0.03 = 3 %)."
            ),
            "YEARS": translate(
                "findsynergies",
                "Years over which the heat pipes are paid off, with the discount rate."
            ),
            self.SYNERGIES: translate(
                "findsynergies",
                "Lines from each supplier to each candidate receiver (distance, quantity, costs, "
                "net benefit, CO2 avoided, score, rank; styled by family). A knowledge-based one "
                "adds its evidence (kb_score, evidence, kb_cases, kb_exchanges, kb_sources); its "
                "net benefit is an upper bound."
            ),
        }

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
                defaults.FIXED_RADIUS_M / 1000.0,
                minValue=0.001,
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.DETOUR_FACTOR,
                translate("findsynergies", "Detour factor (route length / straight line)"),
                _DOUBLE,
                defaults.DETOUR_FACTOR,
                minValue=1.0,
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.MAX_CANDIDATES,
                translate("findsynergies", "Candidates kept per supply"),
                QgsProcessingParameterNumber.Type.Integer,
                defaults.MAX_CANDIDATES,
                minValue=1,
            )
        )
        self.addParameter(
            QgsProcessingParameterBoolean(
                self.INCLUDE_INFERRED,
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
                self.SYNERGIES,
                translate("findsynergies", "Candidate synergies"),
                QgsProcessing.SourceType.TypeVectorLine,
            )
        )
        add_indicator_outputs(self)

    def _settings(self, parameters, context):
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
        radius_mode = self.parameterAsEnum(parameters, self.RADIUS_MODE, context)
        return dict(
            families=None if len(families) == len(RESOURCE_FAMILIES) else families,
            radius_mode=defaults.RADIUS_MODES[radius_mode],
            fixed_radius_m=number(self.FIXED_RADIUS_KM) * 1000.0,
            detour_factor=number(self.DETOUR_FACTOR),
            max_candidates=self.parameterAsInt(parameters, self.MAX_CANDIDATES, context),
            include_inferred=self.parameterAsBoolean(parameters, self.INCLUDE_INFERRED, context),
            econ=econ,
            heat_econ=heat,
        )

    def compute(self, parameters, context, feedback):
        from ...core.synergies import find_synergies
        from ...core.validation.resources import temperatures_lost_for_matching
        from ...core.validation.sites import nace_lost
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
            optional={"nace": nace_lost()} if settings["include_inferred"] else None,
        )
        steps.setCurrentStep(1)
        resources = read_resources(
            self, parameters, context, self.RESOURCES, steps, catalogue,
            optional={"temperature_c": temperatures_lost_for_matching()})
        steps.setCurrentStep(2)
        with core_errors():
            result = find_synergies(sites, resources, catalogue, feedback=steps, **settings)
        steps.setCurrentStep(3)
        push_notes(feedback, result.notes)
        lines = result.lines
        crs = output_crs(lines, sites, sites_source)
        dest = write_frame(
            self, parameters, context, self.SYNERGIES, lines, QgsWkbTypes.Type.LineString, crs,
            steps,
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
        return {self.SYNERGIES: dest, **indicator_results(indicators)}
