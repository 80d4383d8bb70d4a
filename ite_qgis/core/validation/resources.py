"""The resources table an analysis reads: clean ids, codes the catalogue knows, quantities read
as numbers.

The quantity is read with the one number parser of the plugin (so "1 900 000" is 1,900,000 here
as in the import and the validation); rows whose quantity is text, infinite, absurd or negative
are left out and named. Refusals raise :class:`~.findings.InputError`.
"""

from __future__ import annotations

import pandas as pd

from ..common.i18n import translate
from ..common.ids import listed
from ..common.units import MAX_HOURS_PER_YEAR
from .bounds import MAX_TEMPERATURE_C
from .findings import InputReport
from .table_checks import (
    checked_numbers,
    clean_ids,
    optional_columns,
    require_columns,
    require_rows,
    require_rows_left,
)


def resources_what() -> str:
    return translate("validation", "The resources table")


def temperatures_lost_for_matching() -> str:
    """What a resources table without ``temperature_c`` loses in the synergy search
    (translated)."""
    return translate(
        "validation",
        "no resource has a temperature, so heat supplies and demands are matched without "
        "checking that the supply is hot enough for the demand.")


def temperatures_lost_for_sources() -> str:
    """What a resources table without ``temperature_c`` loses as heat sources (translated)."""
    return translate(
        "validation",
        "no resource has a temperature, so each heat source takes the lower bound of its "
        "code's temperature band.")


def known_resources(
    frame: pd.DataFrame,
    catalogue,
    report: InputReport | None = None,
    required: tuple[str, ...] = ("resource_id", "resource"),
    need_site: bool = False,
    optional: dict[str, str] | None = None,
) -> tuple[pd.DataFrame, InputReport]:
    """The resources table with a clean (text, stripped) ``resource_id``, its ``quantity`` read
    as numbers, without the rows whose code ``catalogue`` does not know (``catalogue`` None: no
    code check) or whose quantity cannot be used; and the report that names them.

    Refuses an empty table, a table without one of the ``required`` columns, and blank or
    duplicate resource ids (when the table has ``resource_id``). With ``need_site``, rows
    without a ``site_id`` are left out and named (they cannot be placed). A ``fid`` column (the
    GeoPackage feature id) is dropped. ``optional`` maps the other optional columns the caller
    uses to what is lost without them (a warning each).
    """
    report = report if report is not None else InputReport()
    what = resources_what()
    require_rows(frame, what)
    require_columns(frame, required, what)
    frame = frame.drop(columns=["fid"], errors="ignore")
    if "resource_id" in frame.columns:
        frame["resource_id"] = clean_ids(frame, "resource_id", what)
        ids = frame["resource_id"]
    else:
        ids = pd.Series(range(1, len(frame) + 1), index=frame.index).astype(str)
    optional_columns(
        frame,
        {"quantity": translate(
            "validation", "no resource has a quantity, so no candidate carries one and the "
            "totals are zero."), **(optional or {})},
        what,
        report,
    )
    keep = pd.Series(True, index=frame.index).to_numpy()
    if "quantity" in frame.columns:
        frame["quantity"], keep = checked_numbers(
            frame, "quantity", ids, what, report,
            units=frame["unit"] if "unit" in frame.columns else None,
        )
    for column, bound, negative in (
        ("hours_per_year", MAX_HOURS_PER_YEAR, False),
        ("temperature_c", MAX_TEMPERATURE_C, True),
    ):
        if column in frame.columns:
            frame[column], kept = checked_numbers(
                frame, column, ids, what, report, bounds=bound, allow_negative=negative,
                skip=~keep,
            )
            keep = keep & kept
    if need_site and "site_id" in frame.columns:
        site = frame["site_id"].astype(object)
        no_site = (site.isna() | site.astype(str).str.strip().isin(("", "None"))).to_numpy()
        no_site &= keep
        report.reject(
            what, ids[no_site], "no_site",
            translate(
                "validation", "{count} resources have no site_id and were left out: {rows}"
            ),
        )
        keep = keep & ~no_site
    if catalogue is not None:
        unknown = ~catalogue.known(frame["resource"]).to_numpy() & keep
        pairs = ids[unknown] + " (" + frame["resource"][unknown].astype(str) + ")"
        report.reject(
            what, ids[unknown], "unknown_code",
            translate(
                "inputlayers",
                "{count} resources have a code the catalogue does not know and were skipped: "
                "{rows}"
            ).replace("{rows}", _braces(listed(pairs))),
        )
        keep = keep & ~unknown
    require_rows_left(keep, what, report)
    if keep.all():
        return frame, report
    return frame[keep].reset_index(drop=True), report


def _braces(text: str) -> str:
    """``text`` safe inside a message that is formatted afterwards."""
    return text.replace("{", "{{").replace("}", "}}")
