"""ite:allocatesynergies: how much to send along each candidate line, within the quantities."""

from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsWkbTypes,
)

from ...core.common.i18n import translate
from ...core.common.numbers import number
from ..base import IteAlgorithm
from ..synergy_inputs import add_indicator_outputs, resources_parameter


class AllocateSynergies(IteAlgorithm):
    NAME = "allocatesynergies"
    GROUP = "synergies"
    SYNERGIES, RESOURCES, CHOSEN, RESIDUAL = "SYNERGIES", "RESOURCES", "CHOSEN", "RESIDUAL"
    INCLUDE_INFERRED = "INCLUDE_INFERRED"

    def displayName(self):  # noqa: N802
        return translate("allocatesynergies", "Allocate synergies")

    def shortDescription(self):  # noqa: N802
        return translate(
            "allocatesynergies",
            "Chooses how much goes along each candidate line to maximise the net benefit, "
            "without exceeding what each supply offers and each demand needs."
        )

    def parameter_help(self):
        return {
            self.SYNERGIES: translate(
                "allocatesynergies",
                "The candidate lines of Find synergies, with supply_id, demand_id, quantity and "
                "net_benefit_eur_yr; lines from another source need the same columns."
            ),
            self.RESOURCES: translate(
                "allocatesynergies",
                "The resources table the candidates came from: its quantities bound what each "
                "supply can give and each demand can take."
            ),
            self.INCLUDE_INFERRED: translate(
                "allocatesynergies",
                "Also allocate knowledge-based candidates. Their receiver declared no demand, so "
                "only the supply bounds them: the totals are then upper bounds. Unchecked by "
                "default."
            ),
            self.CHOSEN: translate(
                "allocatesynergies",
                "The candidate lines that carry a quantity, with allocated_quantity and "
                "allocated_benefit_eur_yr; together they respect every supply and demand."
            ),
            self.RESIDUAL: translate(
                "allocatesynergies",
                "One row per supply and demand: its quantity, what was allocated, what remains "
                "and the number of candidate lines it had."
            ),
        }

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.SYNERGIES,
                translate("allocatesynergies", "Candidate synergies (output of Find synergies)"),
                [QgsProcessing.SourceType.TypeVectorLine],
            )
        )
        self.addParameter(resources_parameter(self.RESOURCES))
        self.addParameter(
            QgsProcessingParameterBoolean(
                self.INCLUDE_INFERRED,
                translate(
                    "allocatesynergies",
                    "Include knowledge-based candidates (no declared need bounds them)"
                ),
                defaultValue=False,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.CHOSEN,
                translate("allocatesynergies", "Allocated synergies"),
                QgsProcessing.SourceType.TypeVectorLine,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.RESIDUAL,
                translate("allocatesynergies", "Residual quantities"),
                QgsProcessing.SourceType.TypeVector,
            )
        )
        self.addOutput(
            QgsProcessingOutputNumber(
                "TOTAL_BENEFIT_EUR_YR", translate("allocatesynergies", "Total net benefit (EUR/yr)")
            )
        )
        self.addOutput(
            QgsProcessingOutputString("STATUS", translate("allocatesynergies", "Solver status"))
        )
        add_indicator_outputs(self)

    def compute(self, parameters, context, feedback):
        from ...core.synergies.allocation import allocate, quantities
        from ...core.synergies.allocation_tables import allocation_inputs, residual_table
        from ...core.synergies.indicators import synergy_indicators
        from ...qgis_bridge.frames import style_output, write_frame
        from ..synergy_inputs import (
            core_errors,
            indicator_results,
            multi_step,
            push_indicators,
            push_notes,
        )

        steps = multi_step(3, feedback)
        source, lines, resources = self._read(parameters, context, steps)
        include_inferred = self.parameterAsBoolean(parameters, self.INCLUDE_INFERRED, context)
        with core_errors():
            lines, resources, notes = allocation_inputs(lines, resources, include_inferred)
        push_notes(feedback, notes)
        steps.setCurrentStep(2)
        with core_errors():
            supply_qty, demand_qty = quantities(resources)
            result = allocate(lines, supply_qty, demand_qty)
        push_notes(feedback, result.notes)
        feedback.pushInfo(
            translate(
                "allocatesynergies",
                "Solver status: {status}. {count} of {total} candidate lines carry a quantity; "
                "total net benefit {benefit} EUR/yr."
            ).format(
                status=result.status,
                count=len(result.chosen),
                total=len(lines),
                benefit=number(result.total_benefit_eur_yr),
            )
        )
        indicators = synergy_indicators(result.chosen)
        push_indicators(
            feedback,
            indicators,
            translate("allocatesynergies", "Allocated synergies (feasible together)"),
        )
        chosen_dest = write_frame(
            self,
            parameters,
            context,
            self.CHOSEN,
            result.chosen,
            QgsWkbTypes.Type.LineString,
            source.sourceCrs(),
            steps,
        )
        style_output(context, chosen_dest, "synergies_allocated")
        residual_dest = write_frame(
            self,
            parameters,
            context,
            self.RESIDUAL,
            residual_table(result, resources, lines),
            QgsWkbTypes.Type.NoGeometry,
            source.sourceCrs(),
            steps,
        )
        steps.setProgress(100.0)
        return {
            self.CHOSEN: chosen_dest,
            self.RESIDUAL: residual_dest,
            "TOTAL_BENEFIT_EUR_YR": result.total_benefit_eur_yr,
            "STATUS": result.status,
            **indicator_results(indicators),
        }

    def _read(self, parameters, context, steps):
        """(synergies source, candidate lines, resources table), as the layers give them."""
        from ...qgis_bridge.frames import source_to_frame
        from ..input_readers import checked_resources, checked_synergy_lines, lines_left

        source = self.parameterAsSource(parameters, self.SYNERGIES, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.SYNERGIES))
        lines = checked_synergy_lines(source_to_frame(source, steps), steps)
        steps.setCurrentStep(1)
        table = self.parameterAsSource(parameters, self.RESOURCES, context)
        if table is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.RESOURCES))
        raw = source_to_frame(table, steps, geometry=False)
        resources = checked_resources(
            raw, steps, required=("resource_id", "direction", "quantity")
        )
        lines = lines_left(lines, raw, resources, steps)
        return source, lines, resources
