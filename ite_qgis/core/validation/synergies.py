"""The synergy lines an allocation reads (the output of ite:findsynergies, maybe edited).

Quantities and net benefits are read with the one number parser; a line whose quantity or
benefit is text, infinite or absurd, whose quantity is negative, or that has no supply is left
out and named (by its ``synergy_id``, else its feature number). Refusals (an empty layer, a
missing column) raise :class:`~.findings.InputError`.
"""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pandas as pd

from ..common.i18n import translate
from ..common.ids import duplicated_ids, listed
from .bounds import MAX_EUR_YR
from .findings import InputError, InputReport
from .geometry import LINE, check_geometry_types, geometry_kinds
from .table_checks import checked_numbers, require_columns, require_rows, require_rows_left

LINE_COLUMNS = ("supply_id", "demand_id", "quantity", "net_benefit_eur_yr")


def synergy_lines(
    lines: pd.DataFrame, report: InputReport | None = None
) -> tuple[pd.DataFrame, InputReport]:
    """The usable lines, their numbers as floats, and the report naming the lines left out."""
    report = report if report is not None else InputReport()
    what = translate("validation", "The synergies layer")
    require_rows(lines, what)
    require_columns(lines, LINE_COLUMNS, what)
    lines = lines.drop(columns=["fid"], errors="ignore").reset_index(drop=True)
    ids, dropped = _line_ids(lines, what, report)
    if isinstance(lines, gpd.GeoDataFrame) and lines.geometry.name in lines.columns:
        # lines without a geometry are kept (the allocation needs none); other kinds named
        geometry = np.asarray(lines.geometry.array, dtype=object)
        kinds = geometry_kinds(geometry)
        good = check_geometry_types(geometry, (LINE,), what, ids, report, kinds)
        dropped |= ~good & (kinds != "")
    supply = lines["supply_id"].astype(object)
    no_supply = (supply.isna() | (supply.astype(str).str.strip() == "")).to_numpy() & ~dropped
    report.reject(
        what, ids[no_supply], "no_supply",
        translate(
            "validation", "{layer}: {count} lines have no supply_id and were left out: {rows}"
        ).replace("{layer}", what),
    )
    lines["quantity"], keep = checked_numbers(
        lines, "quantity", ids, what, report,
        units=lines["unit"] if "unit" in lines.columns else None, skip=no_supply | dropped,
    )
    keep &= ~no_supply & ~dropped
    lines["net_benefit_eur_yr"], keep_benefit = checked_numbers(
        lines, "net_benefit_eur_yr", ids, what, report, bounds=MAX_EUR_YR, allow_negative=True,
        skip=~keep,
    )
    keep &= keep_benefit
    require_rows_left(keep, what, report)
    if keep.all():
        return lines, report
    return lines[keep].reset_index(drop=True), report


def _line_ids(lines: pd.DataFrame, what: str, report: InputReport):
    """(the name of each line: its ``synergy_id``, else its feature number; the lines left out
    for a blank id). Blank ids are named by feature number; repeated ids are refused."""
    numbers = pd.Series(np.arange(1, len(lines) + 1).astype(str))
    if "synergy_id" not in lines.columns:
        return numbers, np.zeros(len(lines), dtype=bool)
    raw = lines["synergy_id"].astype(object)
    ids = raw.astype(str).str.strip()
    blank = (raw.isna() | ids.isin(("", "None", "nan"))).to_numpy()
    report.reject(
        what, numbers[blank], "no_id",
        translate("validation", "{layer}: {count} lines have no synergy_id and were left out "
                                "(feature numbers): {rows}").replace("{layer}", what))
    repeated = duplicated_ids(ids, blank)
    if repeated.size:
        raise InputError(translate(
            "validation", "{layer} repeats the synergy_id values {ids}: each line needs its own "
                          "id.").format(layer=what, ids=listed(repeated)))
    return ids.where(~blank, numbers), blank


def lines_without(
    lines: pd.DataFrame, resource_ids, report: InputReport | None = None
) -> tuple[pd.DataFrame, InputReport]:
    """``lines`` without those whose supply or demand is one of ``resource_ids`` (resources
    left out of the run), each named in the report."""
    report = report if report is not None else InputReport()
    left_out = pd.Index(pd.Series(list(resource_ids), dtype=object).astype(str))
    if len(left_out) == 0 or len(lines) == 0:
        return lines, report
    what = translate("validation", "The synergies layer")
    supply = lines["supply_id"].astype(str).str.strip().isin(left_out).to_numpy()
    demand = lines["demand_id"].astype(str).str.strip().isin(left_out).to_numpy()
    gone = supply | demand
    ids = (
        lines["synergy_id"].astype(str)
        if "synergy_id" in lines.columns
        else pd.Series(np.arange(1, len(lines) + 1).astype(str))
    )
    report.reject(
        what, ids[gone].to_numpy(), "resource_left_out",
        translate(
            "validation",
            "{layer}: {count} lines whose supply or demand was left out were left out too: "
            "{rows}"
        ).replace("{layer}", what),
    )
    return lines[~gone].reset_index(drop=True), report
