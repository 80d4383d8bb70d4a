"""The input-validation layer (core/validation) for the algorithms that read sites, resources,
flows or synergy lines as tables: each helper checks a frame already read, pushes the report's
warnings to the log and turns a refusal into a translated QgsProcessingException."""

from __future__ import annotations

from .synergy_inputs import core_errors, push_report


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
