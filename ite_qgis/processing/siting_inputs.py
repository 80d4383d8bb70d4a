"""Parameters, help and input reading of ite:sitingpotential, so that its algorithm file stays a
recipe. The economic parameters and their help are those of ite:findsynergies, shared."""

from __future__ import annotations

from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsWkbTypes,
)

from ..core.common.i18n import translate
from ..core.reference import defaults
from ..core.reference.defaults import HeatEconomics, MaterialEconomics
from .base import advanced, figure

_DOUBLE = QgsProcessingParameterNumber.Type.Double
_INTEGER = QgsProcessingParameterNumber.Type.Integer
# Economic parameters shared with ite:findsynergies: same names, labels, help and defaults.
ECONOMICS = ("COST_EUR_TKM", "EMPTY_RETURN", "LANDFILL_EUR_T", "LANDFILL_TAX_EUR_T",
             "TREATMENT_EUR_T", "HANDLING_EUR_T", "MAX_RADIUS_KM", "HEAT_CEILING_EUR_MWH",
             "RATE", "YEARS")
MODES = ("planned", "takers")


def _find_synergies():
    from .algorithms.find_synergies import FindSynergies

    return FindSynergies()


def shared_help() -> dict[str, str]:
    """Help of the parameters ite:sitingpotential shares with ite:findsynergies."""
    texts = _find_synergies().parameter_help()
    return {name: texts[name] for name in (*ECONOMICS, "DETOUR_FACTOR")}


def siting_help() -> dict[str, str]:
    """Help of the parameters of ite:sitingpotential (translated)."""
    return {
        "SITES": translate(
            "sitingpotential",
            "Point layer of the territory's sites, with a unique site_id and a NACE code in "
            "nace (used to find who documentably takes what). A geographic CRS is reprojected "
            "to a metric one, named in the log."
        ),
        "RESOURCES": translate(
            "sitingpotential",
            "The territory's resources table (its supplies are what a plant could take), or "
            "the RESIDUAL output of Allocate synergies: then each supply counts for what the "
            "allocation left of it."
        ),
        "RESIDUAL": translate(
            "sitingpotential",
            "Optional: the RESIDUAL output of Allocate synergies. Each supply then counts for "
            "what the allocation left of it; a supply taken whole is not counted."
        ),
        "MODE": translate(
            "sitingpotential",
            "Planned activity: where a plant with the needs below would do best. Takers for "
            "unused supplies: for each resource of the supplies that find no taker, the sectors "
            "that documentably use it and the best cell for a plant taking it."
        ),
        "NEEDS": translate(
            "sitingpotential",
            "Needs of the planned activity as code=quantity unit, separated by ';', e.g. "
            "ewc:100202=500000 t/yr; heat=20000 MWh/yr @ 30 (optional @: today's purchase "
            "price per unit, in EUR). Units are those of the resources table (t/yr, MWh/yr, "
            "m3/yr...)."
        ),
        "NEEDS_TABLE": translate(
            "sitingpotential",
            "Needs as a table instead: resource, quantity, unit, and optionally "
            "cost_eur_per_unit (purchase price), temperature_c (required temperature) and "
            "hours_per_year."
        ),
        "NACE": translate(
            "sitingpotential",
            "Or a NACE class of the planned activity, e.g. 23.51: it takes, whole, each supply "
            "in reach that the receiving-sector model of Find synergies scores the class as a "
            "likely receiver of (the thresholds of its knowledge-based leads). Each supply then "
            "counts for its net benefit times that calibrated score, kb_score (the probability "
            "that the class receives it): an expected net benefit."
        ),
        "PLOTS": translate(
            "sitingpotential",
            "Optional polygon layer of candidate plots or business parks, in a projected CRS "
            "in metres. Empty: a grid over the territory."
        ),
        "PLOT_ID": translate(
            "sitingpotential",
            "Field that names each plot. Empty: the plots are numbered #1, #2..."
        ),
        "CELL_SIZE": translate(
            "sitingpotential",
            "Side of a grid cell in metres (default {default} m), when no plots are given."
        ).format(default=figure(defaults.SITING_CELL_M)),
        "TOP_PLACES": translate(
            "sitingpotential",
            "Best grid cells listed in the ranked places (default {default}); every plot is "
            "listed."
        ).format(default=figure(defaults.SITING_TOP_PLACES)),
        "MAX_CANDIDATES": translate(
            "sitingpotential",
            "Nearest supplies of each resource code considered for each need at each place "
            "(default {default}, as Find synergies keeps per supply)."
        ).format(default=figure(defaults.MAX_CANDIDATES)),
        **shared_help(),
        "NET_BENEFIT": translate(
            "sitingpotential",
            "Raster of the yearly net benefit (EUR/yr) a plant would get in each cell; not "
            "written when plots are given."
        ),
        "PLACES": translate(
            "sitingpotential",
            "The plots, or the best cells, ranked: net benefit, share of the needs met and the "
            "first supplies that would feed each."
        ),
        "SUPPLIERS": translate(
            "sitingpotential",
            "Lines from the best place to each supply that would feed it, with the quantity, "
            "distance and net benefit; for a NACE class also the calibrated score of the "
            "class as receiver of the supply (kb_score), by which the net benefit is weighted."
        ),
    }


def add_siting_parameters(algorithm) -> None:
    """Declare the inputs of ite:sitingpotential (its outputs are in its file)."""
    from .synergy_inputs import catalogue_file_parameter, resources_parameter, sites_parameter

    def source(name, label, kinds, optional=True):
        algorithm.addParameter(QgsProcessingParameterFeatureSource(
            name, label, kinds, optional=optional))

    algorithm.addParameter(sites_parameter(
        "SITES", translate("sitingpotential", "Sites (points with site_id, nace)")))
    algorithm.addParameter(resources_parameter("RESOURCES"))
    source("RESIDUAL", translate("sitingpotential", "Residual quantities (Allocate synergies)"),
           [QgsProcessing.SourceType.TypeVector])
    algorithm.addParameter(QgsProcessingParameterEnum(
        "MODE", translate("sitingpotential", "Mode"),
        [translate("sitingpotential", "Planned activity"),
         translate("sitingpotential", "Takers for unused supplies")], defaultValue=0))
    algorithm.addParameter(QgsProcessingParameterString(
        "NEEDS", translate("sitingpotential", "Needs (code=quantity unit; ...)"),
        multiLine=True, optional=True))
    source("NEEDS_TABLE", translate("sitingpotential", "Needs (table)"),
           [QgsProcessing.SourceType.TypeVector])
    algorithm.addParameter(QgsProcessingParameterString(
        "NACE", translate("sitingpotential", "Or NACE class of the planned activity"),
        optional=True))
    source("PLOTS", translate("sitingpotential", "Candidate plots (polygons)"),
           [QgsProcessing.SourceType.TypeVectorPolygon])
    algorithm.addParameter(QgsProcessingParameterField(
        "PLOT_ID", translate("sitingpotential", "Plot id field"),
        parentLayerParameterName="PLOTS", optional=True))
    algorithm.addParameter(QgsProcessingParameterNumber(
        "CELL_SIZE", translate("sitingpotential", "Grid cell size (m)"), _DOUBLE,
        defaults.SITING_CELL_M, minValue=1.0))
    algorithm.addParameter(QgsProcessingParameterNumber(
        "TOP_PLACES", translate("sitingpotential", "Best cells listed"), _INTEGER,
        defaults.SITING_TOP_PLACES, minValue=1))
    algorithm.addParameter(advanced(QgsProcessingParameterNumber(
        "MAX_CANDIDATES", translate("sitingpotential", "Supplies considered per code and need"),
        _INTEGER, defaults.MAX_CANDIDATES, minValue=1)))
    algorithm.addParameter(advanced(QgsProcessingParameterNumber(
        "DETOUR_FACTOR", translate("findsynergies", "Detour factor (route length / straight line)"),
        _DOUBLE, defaults.DETOUR_FACTOR, minValue=1.0)))
    algorithm.addParameter(catalogue_file_parameter("CATALOGUE"))
    for name, label, default, minimum in _find_synergies()._economics():
        algorithm.addParameter(advanced(QgsProcessingParameterNumber(
            name, label, _DOUBLE, default, False, minimum)))


def economics(algorithm, parameters, context) -> dict:
    """The economic settings of the run, as ite:findsynergies reads them."""
    def number(name):
        return algorithm.parameterAsDouble(parameters, name, context)

    return dict(
        econ=MaterialEconomics(
            cost_eur_per_tkm=number("COST_EUR_TKM"), empty_return=number("EMPTY_RETURN"),
            landfill_eur_t=number("LANDFILL_EUR_T"),
            landfill_tax_eur_t=number("LANDFILL_TAX_EUR_T"),
            treatment_eur_t=number("TREATMENT_EUR_T"), handling_eur_t=number("HANDLING_EUR_T"),
            max_radius_m=number("MAX_RADIUS_KM") * 1000.0),
        heat_econ=HeatEconomics(ceiling_eur_mwh=number("HEAT_CEILING_EUR_MWH"),
                                rate=number("RATE"), years=number("YEARS")),
        detour_factor=number("DETOUR_FACTOR"),
        max_candidates=algorithm.parameterAsInt(parameters, "MAX_CANDIDATES", context),
    )


def optional_table(algorithm, parameters, context, name: str, feedback):
    """The table of an optional source parameter (geometry ignored), None when not given."""
    from ..qgis_bridge.frames import source_to_frame

    if not parameters.get(name):
        return None
    source = algorithm.parameterAsSource(parameters, name, context)
    if source is None:
        raise QgsProcessingException(algorithm.invalidSourceError(parameters, name))
    return source_to_frame(source, feedback, geometry=False)


def read_needs(algorithm, parameters, context, catalogue, feedback):
    """The planned activity's needs (text, table or NACE class), checked by the core, and for
    a NACE class the receiving-sector model that picks its supplies (None otherwise)."""
    from ..core.synergies.candidates import sector_model
    from ..core.synergies.siting_needs import (
        nace_needs,
        needs_from_table,
        parse_needs_text,
    )
    from .synergy_inputs import core_errors

    text = algorithm.parameterAsString(parameters, "NEEDS", context).strip()
    nace = algorithm.parameterAsString(parameters, "NACE", context).strip()
    table = optional_table(algorithm, parameters, context, "NEEDS_TABLE", feedback)
    given = sum((bool(text), table is not None, bool(nace)))
    if given != 1:
        raise QgsProcessingException(translate(
            "sitingpotential",
            "Describe the planned activity one way: needs as text, a needs table, or a NACE "
            "class (you gave {count})."
        ).format(count=given))
    with core_errors():
        if nace:
            model = sector_model(None, catalogue)
            needs = nace_needs(model, nace)
            feedback.pushInfo(_inputs_message(needs.nace, needs.inputs))
            return needs, model
        raw = parse_needs_text(text) if text else table
        return needs_from_table(raw, catalogue), None


# Resources named in the log for a NACE class, best score first.
INPUTS_NAMED = 12


def _inputs_message(nace: str, inputs) -> str:
    """The log line of what the receiving-sector model says class ``nace`` takes."""
    from ..core.common.numbers import number

    item = translate("sitingpotential", "{code} ({label}): {score}")
    first = inputs.head(INPUTS_NAMED)
    items = [item.format(code=code, label=label, score=number(score, 2))
             for code, label, score in zip(first["code"], first["label"], first["kb_score"],
                                           strict=True)]
    if len(inputs) > INPUTS_NAMED:
        items.append(translate("sitingpotential", "and {count} more").format(
            count=len(inputs) - INPUTS_NAMED))
    return translate(
        "sitingpotential",
        "NACE {nace} takes, by the receiving-sector model of Find synergies (calibrated score "
        "of the class as receiver, from a provider of any sector): {inputs}"
    ).format(nace=nace, inputs="; ".join(items))


def read_plots(algorithm, parameters, context, feedback):
    """(plots GeoDataFrame, its id field, its source) or (None, None, None) for a grid."""
    from ..qgis_bridge.frames import source_to_frame
    from .base import require_metric_crs

    if not parameters.get("PLOTS"):
        return None, None, None
    source = algorithm.parameterAsSource(parameters, "PLOTS", context)
    if source is None:
        raise QgsProcessingException(algorithm.invalidSourceError(parameters, "PLOTS"))
    what = translate("siting", "The plots layer")
    if source.featureCount() == 0:
        raise QgsProcessingException(
            translate("validation", "{what} is empty: it has no feature.").format(what=what))
    if QgsWkbTypes.geometryType(source.wkbType()) != QgsWkbTypes.GeometryType.PolygonGeometry:
        raise QgsProcessingException(translate(
            "sitingpotential", "The plots layer must hold polygons."))
    require_metric_crs(source.sourceCrs(), what)
    field = algorithm.parameterAsString(parameters, "PLOT_ID", context) or None
    return source_to_frame(source, feedback), field, source
