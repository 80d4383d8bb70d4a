"""Reading and checking the inputs of the synergy algorithms (sites, resources) for the core.

Every check that refuses input raises a translated QgsProcessingException before any output is
created; every row left out is listed in the log as a warning, never dropped silently.
"""

from __future__ import annotations

from contextlib import contextmanager

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFile,
    QgsWkbTypes,
)

from ..core.common.i18n import translate
from ..core.common.numbers import number
from .base import advanced


@contextmanager
def core_errors():
    """Turn the core's translated errors (and a cancel) into QgsProcessingException."""
    from ..core.common.crs import CrsError
    from ..core.reference.catalogue import CatalogueError
    from ..core.synergies import Cancelled, SynergyError
    from ..core.synergies.allocation import AllocationError
    from ..core.validation.findings import InputError

    try:
        yield
    except (
        SynergyError, CrsError, CatalogueError, AllocationError, Cancelled, InputError
    ) as error:
        raise QgsProcessingException(str(error)) from None
    except ValueError as error:  # the pooling core raises plain ValueError with its message
        raise QgsProcessingException(str(error)) from None


def qgis_crs(crs) -> QgsCoordinateReferenceSystem:
    """pyproj CRS -> QgsCoordinateReferenceSystem (by EPSG code when it has one)."""
    code = crs.to_epsg(min_confidence=90)
    if code:
        return QgsCoordinateReferenceSystem(f"EPSG:{code}")
    return QgsCoordinateReferenceSystem.fromWkt(crs.to_wkt())


def output_crs(frame, sites, sites_source) -> QgsCoordinateReferenceSystem:
    """The QGIS CRS to write ``frame`` in: the sites layer's own CRS when the core kept it (so
    its exact definition is kept), else the metric CRS the core chose."""
    if frame.crs is not None and frame.crs.equals(sites.crs):
        return sites_source.sourceCrs()
    return qgis_crs(frame.crs)


def multi_step(count: int, feedback):
    """A QgsProcessingMultiStepFeedback of ``count`` steps that knows of a cancel made before."""
    from qgis.core import QgsProcessingMultiStepFeedback

    steps = QgsProcessingMultiStepFeedback(count, feedback)
    if feedback.isCanceled():  # a child made after the cancel would not know
        steps.cancel()
    return steps


def read_sites(
    algorithm, parameters, context, name: str, feedback, what: str, require_id: bool = True,
    optional: dict[str, str] | None = None,
):
    """The point layer ``name`` as a GeoDataFrame of Points with a clean ``site_id`` column.

    Refuses a missing layer, a layer without CRS and lines or polygons; the core
    (:func:`~ite_qgis.core.validation.sites.site_points`) checks the rows, ids and points and
    its warnings (rows left out, optional columns missing) go to the log. With ``require_id``
    False (treatment sites), a layer without ``site_id`` gets feature numbers. ``optional`` maps
    the optional columns the algorithm uses to what it loses without them.
    """
    from ..core.validation.sites import site_points
    from ..qgis_bridge.frames import source_to_frame, whole_file_layer

    source = algorithm.parameterAsSource(parameters, name, context)
    if source is None:
        raise QgsProcessingException(algorithm.invalidSourceError(parameters, name))
    crs = source.sourceCrs()
    if source.featureCount() == 0:
        raise QgsProcessingException(
            translate("validation", "{what} is empty: it has no feature.").format(what=what)
        )
    if not crs.isValid():
        raise QgsProcessingException(
            translate(
                "synergyinputs",
                "{what} has no coordinate reference system. Set its CRS (Layer Properties > "
                "Source) and run the tool again."
            ).format(what=what)
        )
    geometry_type = QgsWkbTypes.geometryType(source.wkbType())
    if geometry_type != QgsWkbTypes.GeometryType.PointGeometry:
        raise QgsProcessingException(
            translate(
                "synergyinputs",
                "{what} must be a point layer, but it holds {kind} geometries. Convert it to "
                "points first (e.g. with the 'Centroids' or 'Point on surface' tool)."
            ).format(what=what, kind=QgsWkbTypes.geometryDisplayString(geometry_type))
        )
    layer_file = whole_file_layer(algorithm, parameters, name, context)
    frame = source_to_frame(source, feedback, what=what, layer_file=layer_file)
    with core_errors():
        frame, report = site_points(frame, what, require_id, optional=optional)
    push_report(feedback, report)
    if crs.authid().upper().startswith("EPSG:"):
        # A clean EPSG code gives readable CRS names in the log and outputs.
        frame = frame.set_crs(crs.authid(), allow_override=True)
    return frame, source


def read_resources(algorithm, parameters, context, name: str, feedback, catalogue,
                   optional=None, required=("resource_id", "resource")):
    """The resources table (geometry ignored) without the rows whose code the catalogue does not
    know; those rows are listed in the log as a warning
    (:func:`~ite_qgis.core.validation.resources.known_resources`), as are the rows whose quantity
    is not a usable number (text, infinite, absurd, negative). The quantities are read with the
    one number parser (``"1 900 000"`` is a number here as in the import). ``optional``: the
    optional columns the algorithm uses and what is lost without each (a warning); ``required``:
    the columns it cannot do without (refused when missing)."""
    from ..core.validation.resources import known_resources
    from ..qgis_bridge.frames import source_to_frame, whole_file_layer

    source = algorithm.parameterAsSource(parameters, name, context)
    if source is None:
        raise QgsProcessingException(algorithm.invalidSourceError(parameters, name))
    layer_file = whole_file_layer(algorithm, parameters, name, context)
    frame = source_to_frame(source, feedback, geometry=False, layer_file=layer_file)
    with core_errors():
        frame, report = known_resources(frame, catalogue, optional=optional, required=required)
    push_report(feedback, report)
    return frame


def push_report(feedback, report) -> None:
    """The warnings and repairs of an input check
    (:class:`~ite_qgis.core.validation.findings.InputReport`) to the log."""
    for message in report.messages:
        feedback.pushWarning(message)


def push_notes(feedback, notes) -> None:
    for note in notes:
        feedback.pushInfo(note)


# -- parameters and outputs shared by the synergy algorithms


def sites_parameter(name: str, label: str) -> QgsProcessingParameterFeatureSource:
    """The sites input: any vector layer (its points are checked by :func:`read_sites`)."""
    parameter = QgsProcessingParameterFeatureSource(
        name, label, [QgsProcessing.SourceType.TypeVectorAnyGeometry]
    )
    parameter.setHelp(
        translate(
            "synergyinputs",
            "Point layer of the sites, one feature per site with a unique site_id. Lines and "
            "polygons are refused (use Centroids first); sites without a point are left out "
            "and listed in the log."
        )
    )
    return parameter


def resources_parameter(name: str) -> QgsProcessingParameterFeatureSource:
    """The resources table input (geometry, if any, is ignored)."""
    parameter = QgsProcessingParameterFeatureSource(
        name, translate("synergyinputs", "Resources (table)"), [QgsProcessing.SourceType.TypeVector]
    )
    parameter.setHelp(
        translate(
            "synergyinputs",
            "The resources table of the territory: resource_id, site_id, direction (supply or "
            "demand), resource code, quantity and unit. Any geometry is ignored; rows whose "
            "code the catalogue does not know are skipped and listed in the log."
        )
    )
    return parameter


def catalogue_file_parameter(name: str) -> QgsProcessingParameterFile:
    """The optional user catalogue CSV that extends the shipped one (an expert setting)."""
    parameter = QgsProcessingParameterFile(
        name,
        translate("synergyinputs", "Additional resource catalogue (CSV)"),
        extension="csv",
        optional=True,
    )
    parameter.setHelp(
        translate(
            "synergyinputs",
            "Your own resource codes and compatibility rules, in the columns of "
            "resources/catalogue/resources.csv; they add to the shipped catalogue. Empty: the "
            "shipped catalogue only."
        )
    )
    return advanced(parameter)


def _indicator_outputs() -> dict[str, tuple[str, str]]:
    """Output name -> (key of core.synergies.indicators.synergy_indicators, translated label)."""
    return {
        "N_SYNERGIES": ("n_synergies", translate("synergyinputs", "Number of synergies")),
        "T_YR": ("t_yr", translate("synergyinputs", "Materials diverted (t/yr)")),
        "MWH_YR": ("mwh_yr", translate("synergyinputs", "Heat and steam recovered (MWh/yr)")),
        "M3_YR": ("m3_yr", translate("synergyinputs", "Water reused (m3/yr)")),
        "EUR_YR": ("eur_yr", translate("synergyinputs", "Net benefit (EUR/yr)")),
        "CO2_T_YR": ("co2_t_yr", translate("synergyinputs", "CO2 avoided (t/yr)")),
    }


def add_indicator_outputs(algorithm) -> None:
    """Declare the indicators (number of synergies, t/yr, MWh/yr, m3/yr, EUR/yr, t CO2/yr) as
    number outputs, so that models and scripts can read them."""
    for name, (_key, label) in _indicator_outputs().items():
        algorithm.addOutput(QgsProcessingOutputNumber(name, label))


def indicator_results(indicators: dict) -> dict:
    """The algorithm's number outputs from
    :func:`~ite_qgis.core.synergies.indicators.synergy_indicators`."""
    return {name: indicators[key] for name, (key, _label) in _indicator_outputs().items()}


def push_indicators(feedback, indicators: dict, counted: str) -> None:
    """Log the indicators; ``counted`` says which lines they total (translated)."""
    feedback.pushInfo(
        translate(
            "synergyinputs",
            "{counted}: {n} synergies; {t} t/yr of materials diverted, {mwh} MWh/yr of heat and "
            "steam recovered, {m3} m3/yr of water reused, net benefit {eur} EUR/yr, {co2} t "
            "CO2/yr avoided."
        ).format(
            counted=counted,
            n=indicators["n_synergies"],
            t=number(indicators['t_yr']),
            mwh=number(indicators['mwh_yr']),
            m3=number(indicators['m3_yr']),
            eur=number(indicators['eur_yr']),
            co2=number(indicators['co2_t_yr']),
        )
    )
