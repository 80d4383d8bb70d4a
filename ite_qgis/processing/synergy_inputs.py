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

# Ids listed in one log line at most; the count always gives the total.
MAX_LISTED_IDS = 50


def listed(ids) -> str:
    """'a, b, c' (at most MAX_LISTED_IDS ids, then '... and N more')."""
    ids = [str(i) for i in ids]
    text = ", ".join(ids[:MAX_LISTED_IDS])
    if len(ids) > MAX_LISTED_IDS:
        text += translate("synergyinputs", " ... and {count} more").format(
            count=len(ids) - MAX_LISTED_IDS
        )
    return text


@contextmanager
def core_errors():
    """Turn the core's translated errors (and a cancel) into QgsProcessingException."""
    from ..core.synergies.allocation import AllocationError
    from ..core.reference.catalogue import CatalogueError
    from ..core.common.crs import CrsError
    from ..core.synergies.synergy import Cancelled, SynergyError

    try:
        yield
    except (SynergyError, CrsError, CatalogueError, AllocationError, Cancelled) as error:
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
    algorithm, parameters, context, name: str, feedback, what: str, require_id: bool = True
):
    """The point layer ``name`` as a GeoDataFrame of Points with a clean ``site_id`` column.

    Refuses: a missing layer, a layer without CRS, lines or polygons, multi-points with several
    parts, a missing ``site_id`` column, duplicate ids, no usable point at all. Rows without a
    geometry or with non-finite coordinates are listed as warnings and left out. With
    ``require_id`` False (treatment sites), a layer without ``site_id`` gets feature numbers.
    """
    import numpy as np
    import shapely

    from ..qgis_bridge.frames import source_to_frame, whole_file_layer

    source = algorithm.parameterAsSource(parameters, name, context)
    if source is None:
        raise QgsProcessingException(algorithm.invalidSourceError(parameters, name))
    crs = source.sourceCrs()
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
    if "site_id" not in frame.columns and not require_id:
        frame["site_id"] = [f"#{i + 1}" for i in range(len(frame))]
    if "site_id" not in frame.columns:
        raise QgsProcessingException(
            translate("synergyinputs", "{what} has no 'site_id' column.").format(what=what)
        )
    frame["site_id"] = frame["site_id"].astype(str).str.strip()
    blank = (frame["site_id"] == "") | (frame["site_id"] == "None")
    if blank.any():
        raise QgsProcessingException(
            translate("synergyinputs", "{what}: {count} features have no site_id.").format(
                what=what, count=int(blank.sum())
            )
        )
    duplicated = frame["site_id"][frame["site_id"].duplicated()].unique()
    if len(duplicated):
        raise QgsProcessingException(
            translate(
                "synergyinputs",
                "{what}: duplicate site_id values {ids}; each site needs its own id."
            ).format(what=what, ids=listed(duplicated))
        )
    # A single-part multi-point (what GeoPackages often store) is a point.
    geoms = frame.geometry.to_numpy()
    single = shapely.get_num_geometries(geoms) == 1
    multi = shapely.get_type_id(geoms) == shapely.GeometryType.MULTIPOINT
    geoms = np.where(multi & single, shapely.get_geometry(geoms, 0), geoms)
    several = multi & ~single & ~shapely.is_empty(geoms)
    if several.any():
        raise QgsProcessingException(
            translate(
                "synergyinputs",
                "{what}: {count} features are multi-points with several parts ({ids}); a site is "
                "one point. Split them with 'Multipart to singleparts' first."
            ).format(what=what, count=int(several.sum()), ids=listed(frame["site_id"][several]))
        )
    missing = shapely.is_missing(geoms) | shapely.is_empty(geoms)
    bad = np.zeros(len(geoms), dtype=bool)
    present = np.flatnonzero(~missing)
    if len(present):
        coords = shapely.get_coordinates(geoms[present])
        bad[present] = ~np.isfinite(coords).all(axis=1)
    dropped = missing | bad
    if dropped.any():
        feedback.pushWarning(
            translate(
                "synergyinputs",
                "{what}: {count} features have an empty or invalid geometry and were left out "
                "(their resources are left out too): {ids}"
            ).format(what=what, count=int(dropped.sum()), ids=listed(frame["site_id"][dropped]))
        )
    import geopandas as gpd

    frame[frame.geometry.name] = gpd.GeoSeries(geoms, index=frame.index, crs=frame.crs)
    frame = frame[~dropped].reset_index(drop=True)
    if frame.empty:
        raise QgsProcessingException(
            translate("synergyinputs", "{what} has no feature with a usable point.").format(
                what=what
            )
        )
    if crs.authid().upper().startswith("EPSG:"):
        # A clean EPSG code gives readable CRS names in the log and outputs.
        frame = frame.set_crs(crs.authid(), allow_override=True)
    return frame, source


def read_resources(algorithm, parameters, context, name: str, feedback, catalogue):
    """The resources table (geometry ignored) without the rows whose code the catalogue does not
    know; those rows are listed in the log as a warning."""
    from ..qgis_bridge.frames import source_to_frame, whole_file_layer

    source = algorithm.parameterAsSource(parameters, name, context)
    if source is None:
        raise QgsProcessingException(algorithm.invalidSourceError(parameters, name))
    layer_file = whole_file_layer(algorithm, parameters, name, context)
    frame = source_to_frame(source, feedback, geometry=False, layer_file=layer_file)
    for column in ("resource_id", "resource"):
        if column not in frame.columns:
            raise QgsProcessingException(
                translate("synergyinputs", "The resources table has no '{column}' column.").format(
                    column=column
                )
            )
    frame = frame.drop(columns=["fid"], errors="ignore")
    frame["resource_id"] = frame["resource_id"].astype(str).str.strip()
    duplicated = frame["resource_id"][frame["resource_id"].duplicated()].unique()
    if len(duplicated):
        raise QgsProcessingException(
            translate(
                "synergyinputs",
                "The resources table has duplicate resource_id values: {ids}"
            ).format(ids=listed(duplicated))
        )
    unknown = ~catalogue.known(frame["resource"]).to_numpy()
    if unknown.any():
        rows = frame[unknown]
        pairs = (rows["resource_id"] + " (" + rows["resource"].astype(str) + ")").tolist()
        feedback.pushWarning(
            translate(
                "synergyinputs",
                "{count} resources have a code the catalogue does not know and were skipped: "
                "{rows}"
            ).format(count=int(unknown.sum()), rows=listed(pairs))
        )
        frame = frame[~unknown].reset_index(drop=True)
    return frame


def push_notes(feedback, notes) -> None:
    for note in notes:
        feedback.pushInfo(note)


# -- parameters and outputs shared by the synergy algorithms


def sites_parameter(name: str, label: str) -> QgsProcessingParameterFeatureSource:
    """The sites input: any vector layer (its points are checked by :func:`read_sites`)."""
    return QgsProcessingParameterFeatureSource(
        name, label, [QgsProcessing.SourceType.TypeVectorAnyGeometry]
    )


def resources_parameter(name: str) -> QgsProcessingParameterFeatureSource:
    """The resources table input (geometry, if any, is ignored)."""
    return QgsProcessingParameterFeatureSource(
        name, translate("synergyinputs", "Resources (table)"), [QgsProcessing.SourceType.TypeVector]
    )


def catalogue_file_parameter(name: str) -> QgsProcessingParameterFile:
    """The optional user catalogue CSV that extends the shipped one (an expert setting)."""
    return advanced(
        QgsProcessingParameterFile(
            name,
            translate("synergyinputs", "Additional resource catalogue (CSV)"),
            extension="csv",
            optional=True,
        )
    )


def _indicator_outputs() -> dict[str, tuple[str, str]]:
    """Output name -> (key of core.indicators.synergy_indicators, translated label)."""
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
    """The algorithm's number outputs from :func:`~ite_qgis.core.synergies.indicators.synergy_indicators`."""
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
