"""ite:sitingpotential: where a planned activity would find the resources it needs."""

from qgis.core import (
    QgsProcessing,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterRasterDestination,
    QgsWkbTypes,
)

from ...core.common.i18n import translate
from ...core.common.numbers import number
from ..base import IteAlgorithm


class SitingPotential(IteAlgorithm):
    NAME = "sitingpotential"
    GROUP = "synergies"
    NET_BENEFIT, PLACES, SUPPLIERS = "NET_BENEFIT", "PLACES", "SUPPLIERS"

    def displayName(self):  # noqa: N802
        return translate("sitingpotential", "Siting potential")

    def shortDescription(self):  # noqa: N802
        return translate(
            "sitingpotential",
            "Where a planned activity would find the most unused resources it needs within "
            "reach, on a grid or on candidate plots; and where takers of unused supplies would "
            "go."
        )

    def parameter_help(self):
        from ..siting_inputs import siting_help

        return siting_help()

    def initAlgorithm(self, config=None):  # noqa: N802
        from ..siting_inputs import add_siting_parameters

        add_siting_parameters(self)
        self.addParameter(QgsProcessingParameterRasterDestination(
            self.NET_BENEFIT, translate("sitingpotential", "Net benefit per cell (EUR/yr)"),
            optional=True))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.PLACES, translate("sitingpotential", "Ranked places"),
            QgsProcessing.SourceType.TypeVectorPolygon))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.SUPPLIERS, translate("sitingpotential", "Supplies feeding the best place"),
            QgsProcessing.SourceType.TypeVectorLine))
        self.addOutput(QgsProcessingOutputNumber(
            "BEST_NET_BENEFIT_EUR_YR",
            translate("sitingpotential", "Net benefit of the best place (EUR/yr)")))
        self.addOutput(QgsProcessingOutputString(
            "BEST_PLACE", translate("sitingpotential", "Best place")))

    def compute(self, parameters, context, feedback):
        from ...core.synergies.siting import siting_potential
        from ...core.synergies.siting_takers import takers_potential
        from ...core.validation.resources import temperatures_lost_for_matching
        from ..inputs import catalogue_parameter
        from ..siting_inputs import MODES, economics, optional_table, read_needs, read_plots
        from ..synergy_inputs import (
            core_errors,
            multi_step,
            push_notes,
            read_resources,
            read_sites,
        )

        steps = multi_step(3, feedback)
        catalogue = catalogue_parameter(self, parameters, context, "CATALOGUE")
        mode = MODES[self.parameterAsEnum(parameters, "MODE", context)]
        needs, knowledge = (read_needs(self, parameters, context, catalogue, steps)
                            if mode == "planned" else (None, None))
        plots, plot_ids, plots_source = read_plots(self, parameters, context, steps)
        if mode == "takers" and plots is not None:
            feedback.pushWarning(translate(
                "sitingpotential", "The takers of unused supplies are placed on the grid: the "
                                   "plots are not used in this mode."))
            plots = plot_ids = plots_source = None
        sites, sites_source = read_sites(
            self, parameters, context, "SITES", steps,
            translate("sitingpotential", "The sites layer"),
            optional=None if needs is not None and not needs.nace else {"nace": translate(
                "sitingpotential", "no site has a NACE code, so the receiving sectors of each "
                                   "supply are read from its resource alone, not from its "
                                   "provider's sector.")})
        resources = read_resources(
            self, parameters, context, "RESOURCES", steps, catalogue,
            optional={"temperature_c": temperatures_lost_for_matching()},
            required=("resource_id", "site_id", "direction", "resource", "quantity"))
        residual = optional_table(self, parameters, context, "RESIDUAL", steps)
        steps.setCurrentStep(1)
        settings = dict(economics(self, parameters, context),
                        cell_m=self.parameterAsDouble(parameters, "CELL_SIZE", context),
                        residual=residual, knowledge=knowledge, feedback=steps)
        with core_errors():
            if mode == "planned":
                result = siting_potential(
                    sites, resources, catalogue, needs, plots=plots, plot_ids=plot_ids,
                    top=self.parameterAsInt(parameters, "TOP_PLACES", context), **settings)
            else:
                result = takers_potential(sites, resources, catalogue, **settings)
        push_notes(feedback, result.notes)
        steps.setCurrentStep(2)
        outputs = self._write(parameters, context, result, sites, sites_source, plots_source,
                              steps)
        ranked = result.ranked
        best = float(ranked["net_benefit_eur_yr"].iloc[0]) if len(ranked) else 0.0
        feedback.pushInfo(translate(
            "sitingpotential", "{count} places listed; the best, {place}, gets {benefit} EUR/yr."
        ).format(count=len(ranked), place=ranked["place_id"].iloc[0] if len(ranked) else "-",
                 benefit=number(best)))
        steps.setProgress(100.0)
        return {**outputs, "BEST_NET_BENEFIT_EUR_YR": best,
                "BEST_PLACE": str(ranked["place_id"].iloc[0]) if len(ranked) else ""}

    def _write(self, parameters, context, result, sites, sites_source, plots_source, steps):
        """The raster (grid mode), the ranked places and the supplier lines, styled."""
        from ...qgis_bridge.frames import style_output, write_frame
        from ...qgis_bridge.raster_classes import style_raster_to_data
        from ...qgis_bridge.rasters import write_geotiff
        from ..synergy_inputs import output_crs

        crs = (plots_source.sourceCrs() if plots_source is not None
               else output_crs(result.ranked, sites, sites_source))
        raster = None
        if result.raster is not None and parameters.get(self.NET_BENEFIT):
            raster = self.parameterAsOutputLayer(parameters, self.NET_BENEFIT, context)
            try:
                write_geotiff(raster, result.raster, result.transform, crs.toWkt())
            except (OSError, RuntimeError, ValueError) as error:
                self.fail(translate("sitingpotential", "Could not write {path}: {error}").format(
                    path=raster, error=error))
            positive = result.raster[result.raster > 0]
            style_raster_to_data(context, raster, "siting_benefit",
                                 translate("sitingpotential", "Net benefit per cell (EUR/yr)"),
                                 float(positive.min()) if positive.size else 0.0,
                                 float(positive.max()) if positive.size else 0.0)
        places = write_frame(self, parameters, context, self.PLACES, result.ranked,
                             QgsWkbTypes.Type.Polygon, crs, steps)
        style_output(context, places, "siting_places")
        lines = write_frame(self, parameters, context, self.SUPPLIERS, result.lines,
                            QgsWkbTypes.Type.LineString, crs, steps)
        style_output(context, lines, "siting_suppliers")
        return {self.NET_BENEFIT: raster, self.PLACES: places, self.SUPPLIERS: lines}
