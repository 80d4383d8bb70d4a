"""The input-validation layer (core/validation) for the algorithms that read sites, resources,
flows or synergy lines as tables: each helper checks a frame already read, pushes the report's
warnings to the log and turns a refusal into a translated QgsProcessingException."""

from __future__ import annotations

from contextlib import contextmanager

from .synergy_inputs import core_errors, push_report


@contextmanager
def input_errors():
    """A refusal of the validation layer (InputError) as a QgsProcessingException. Lighter than
    :func:`~.synergy_inputs.core_errors`, which loads the synergy core (and scipy) to know its
    errors: a document needs neither."""
    from qgis.core import QgsProcessingException

    from ..core.validation.findings import InputError

    try:
        yield
    except InputError as error:
        raise QgsProcessingException(str(error)) from None


def checked_site_table(frame, what: str, id_column: str = "site_id"):
    """Sites with clean, unique ids in ``id_column`` (empty layer, blank or duplicate ids
    refused)."""
    from ..core.validation.sites import site_table

    with core_errors():
        return site_table(frame, what, id_column)


def checked_resources(frame, feedback, catalogue=None, **options):
    """The resources table checked (:func:`~ite_qgis.core.validation.resources.known_resources`:
    quantities read with the one number parser, rows left out named in the log)."""
    from ..core.validation.resources import known_resources

    with core_errors():
        frame, report = known_resources(frame, catalogue, **options)
    push_report(feedback, report)
    return frame


def checked_flows(frame, feedback, **options):
    """The flows checked (:func:`~ite_qgis.core.validation.flows.checked_flows`)."""
    from ..core.validation.flows import checked_flows as check

    with core_errors():
        frame, report = check(frame, **options)
    push_report(feedback, report)
    return frame


def checked_synergy_lines(frame, feedback):
    """The synergy lines checked (:func:`~ite_qgis.core.validation.synergies.synergy_lines`)."""
    from ..core.validation.synergies import synergy_lines

    with core_errors():
        frame, report = synergy_lines(frame)
    push_report(feedback, report)
    return frame


def lines_left(lines, raw_resources, resources, feedback):
    """The synergy lines without those whose supply or demand the resources check left out
    (named in the log)."""
    from ..core.validation.synergies import lines_without

    given = raw_resources["resource_id"].astype(str).str.strip()
    gone = given[~given.isin(resources["resource_id"])]
    lines, report = lines_without(lines, gone)
    push_report(feedback, report)
    return lines


# -- the layers of a document or summary (core.validation.documents: one policy for all)


def document_layer(algorithm, parameters, context, name: str, kind: str, feedback,
                   required: bool = False, **options):
    """The layer parameter ``name`` read and checked as a document's layer of ``kind`` (see
    :mod:`ite_qgis.core.validation.documents`), in its own CRS; None when not given (a
    required one is refused). Rows left out, repairs and what is lost go to the log. Options:
    ``quantities``, ``required_columns``, ``accepted`` of
    :func:`~ite_qgis.core.validation.documents.document_layer`."""
    from qgis.core import QgsProcessingException, QgsWkbTypes

    from ..core.validation.documents import document_layer as check
    from ..core.validation.findings import InputReport
    from ..qgis_bridge.frames import source_to_frame

    source = algorithm.parameterAsSource(parameters, name, context)
    if source is None:
        if required:
            raise QgsProcessingException(algorithm.invalidSourceError(parameters, name))
        return None
    spatial = QgsWkbTypes.geometryType(source.wkbType()) not in (
        QgsWkbTypes.GeometryType.NullGeometry, QgsWkbTypes.GeometryType.UnknownGeometry)
    # Through QGIS, feature by feature: the layers of a document are small, and reading them
    # with GDAL in one call would first load pyarrow (0.2 s and 30 MB in a fresh qgis_process).
    frame = source_to_frame(source, feedback, geometry=spatial and kind != "resources")
    report = InputReport()
    with input_errors():
        frame = check(frame, kind, report, required=required, **options)
    push_report(feedback, report)
    return frame


def document_sites(algorithm, parameters, context, feedback, name: str = "SITES", **options):
    """The sites (required): ids refused when blank or repeated, points checked."""
    return document_layer(algorithm, parameters, context, name, "sites", feedback,
                          required=True, **options)


def document_resources(algorithm, parameters, context, feedback, name: str = "RESOURCES",
                       **options):
    """The resources table (geometry ignored): ids refused when blank or repeated."""
    return document_layer(algorithm, parameters, context, name, "resources", feedback, **options)


def document_flows(algorithm, parameters, context, feedback, name: str = "FLOWS", **options):
    """The flows: rows without a usable id or quantity left out and named."""
    return document_layer(algorithm, parameters, context, name, "flows", feedback, **options)


def document_synergies(algorithm, parameters, context, feedback, name: str = "SYNERGIES",
                       **options):
    """The synergy lines of ite:findsynergies or ite:allocatesynergies."""
    return document_layer(algorithm, parameters, context, name, "synergies", feedback,
                          **options)


def document_dh_areas(algorithm, parameters, context, feedback, name: str = "DH_AREAS",
                      **options):
    """The DH potential areas: invalid polygons repaired, repeated ids refused."""
    return document_layer(algorithm, parameters, context, name, "dh_areas", feedback, **options)


def document_dh_links(algorithm, parameters, context, feedback, name: str = "DH_LINKS",
                      **options):
    """The links of ite:wasteheatdh."""
    return document_layer(algorithm, parameters, context, name, "dh_links", feedback, **options)


_DOCUMENT_READERS = {"SITES": document_sites, "RESOURCES": document_resources,
                     "FLOWS": document_flows, "SYNERGIES": document_synergies,
                     "DH_AREAS": document_dh_areas, "DH_LINKS": document_dh_links}


def document_tables(algorithm, parameters, context, feedback, names, **options) -> dict:
    """The layer parameters ``names`` (of SITES, RESOURCES, FLOWS, SYNERGIES, DH_AREAS,
    DH_LINKS) read with their kind's reader, each checked in its own CRS, then reprojected to
    the CRS of the sites so that every table shares one. Absent layers are None."""
    frames = {name: _DOCUMENT_READERS[name](algorithm, parameters, context, feedback, **options)
              for name in names}
    crs = getattr(frames["SITES"], "crs", None)
    for name, frame in frames.items():
        if (frame is not None and getattr(frame, "crs", None) is not None and crs is not None
                and not frame.crs.equals(crs)):
            frames[name] = frame.to_crs(crs)
    return frames


def as_table(frame):
    """``frame`` without its geometry (a summary that reads attributes only); None stays None."""
    import pandas as pd

    if frame is None or not hasattr(frame, "geometry") or "geometry" not in frame.columns:
        return frame
    return pd.DataFrame(frame.drop(columns=frame.geometry.name))
