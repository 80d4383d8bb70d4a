"""Resource entries of an inventory import: one per row (long) or per cell (wide).

Each entry is checked (catalogue code, direction, quantity and unit, duplicate id), normalised
(canonical unit, price per canonical unit) and either kept or rejected with a reason; optional
values that cannot be read are emptied with a warning. See :mod:`inventory` for the accounting.
"""

from __future__ import annotations

import re

import geopandas as gpd
import numpy as np
import pandas as pd

from ..common.i18n import translate
from ..common.ids import repeated_ids
from ..common.reasons import flag, flagged
from ..common.units import MAX_HOURS_PER_YEAR, normalise_quantities, parse_number_series, parse_unit
from ..reference.catalogue import normalise_code
from ..validation.bounds import BOUNDS, MAX_ANY
from .inventory_columns import RESOURCE_FIELDS, normalise_directions
from .inventory_suggest import suggest_codes, suggestion_warnings

ABSOLUTE_ZERO_C = -273.15
# Key prefix of the resource columns' text in the per-field text dictionary (wide layout).
WIDE_PREFIX = "\x00wide:"


def problem_rows(
    mask, table: str, severity: str, reason: pd.Series, positions: pd.Series
) -> pd.DataFrame:
    """Lines of the REJECTED table (before row numbers and raw text are added) where ``mask``;
    ``positions`` are the table positions of the rows ``reason`` is indexed like."""
    mask = np.asarray(mask, dtype=bool)
    return pd.DataFrame(
        {
            "pos": positions.to_numpy()[mask],
            "table": table,
            "severity": severity,
            "reason": reason.to_numpy()[mask],
        }
    )


def none_if_missing(values: pd.Series) -> pd.Series:
    """``values`` as objects with None (not NaN) where missing, as text fields are written."""
    values = values.astype(object)
    return values.where(values.notna(), None)


def resource_candidates(
    text: dict[str, pd.Series],
    label: dict[str, str],
    site_id: pd.Series,
    rows: pd.Series,
    wide: list[tuple],
    decimal: str | None,
    mapping: dict,
    notes: list[str],
) -> tuple[pd.DataFrame, pd.Series]:
    """One line per resource entry (long: per row; wide: per non-empty, non-zero cell), and
    the warning for rows whose resource-side values are ignored because they have none."""
    shared = {
        name: text[name]
        for name in ("description", "temperature_c", "hours_per_year", "cost_eur_per_unit")
    }
    if not wide:
        candidates, has = _long_entries(text, site_id, rows, shared, mapping, notes)
    else:
        candidates, has = _wide_entries(text, site_id, rows, shared, wide, decimal, notes)
    return candidates, _ignored_values(text, label, mapping, has, bool(wide))


def _long_entries(
    text: dict[str, pd.Series],
    site_id: pd.Series,
    rows: pd.Series,
    shared: dict[str, pd.Series],
    mapping: dict,
    notes: list[str],
) -> tuple[pd.DataFrame, pd.Series]:
    """(one entry per row that gives any resource field, which rows do)."""
    unit = text["unit"]
    default_unit = _unit_from_header(mapping["quantity"])
    if default_unit and mapping["unit"] is None:
        unit = pd.Series(default_unit, index=unit.index, dtype=object)
        notes.append(
            translate(
                "inventory", "Unit '{unit}' read from the header of column '{column}'"
            ).format(unit=default_unit, column=mapping["quantity"])
        )
    has = (
        (text["resource"] != "")
        | (text["resource_id"] != "")
        | (text["direction"] != "")
        | (text["quantity"] != "")
    )
    frame = pd.DataFrame(
        {
            "pos": np.arange(len(site_id)),
            "row": rows,
            "site_id": site_id,
            "resource_id": text["resource_id"],
            "direction": text["direction"],
            "resource": text["resource"],
            "quantity": text["quantity"],
            "unit": unit,
            "column": "",
            **shared,
        }
    )
    return pd.concat([frame[has.to_numpy()]], ignore_index=True), has


def _wide_entries(
    text: dict[str, pd.Series],
    site_id: pd.Series,
    rows: pd.Series,
    shared: dict[str, pd.Series],
    wide: list[tuple],
    decimal: str | None,
    notes: list[str],
) -> tuple[pd.DataFrame, pd.Series]:
    """(one entry per non-empty, non-zero resource cell, in row then column order; which rows
    have one)."""
    has = pd.Series(False, index=site_id.index)
    zeros = 0
    pieces = []
    for order, (column, code, direction, unit) in enumerate(wide):
        cell = text[WIDE_PREFIX + column]
        values, _bad = parse_number_series(cell, decimal)
        zero = values == 0
        zeros += int(zero.sum())
        keep = (cell != "") & ~zero
        has = has | keep
        frame = pd.DataFrame(
            {
                "pos": np.arange(len(site_id)),
                "row": rows,
                "site_id": site_id,
                "resource_id": "",
                "direction": direction,
                "resource": code,
                "quantity": cell,
                "unit": unit,
                "column": column,
                "order": order,
                **shared,
            }
        )
        pieces.append(frame[keep.to_numpy()])
    if zeros:
        notes.append(
            translate("inventory", "{n} resource cells hold 0 and were read as no resource").format(
                n=zeros
            )
        )
    candidates = pd.concat(pieces, ignore_index=True) if pieces else pd.DataFrame()
    if len(candidates):
        candidates = (
            candidates.sort_values(["pos", "order"], kind="stable")
            .drop(columns="order")
            .reset_index(drop=True)
        )
    return candidates, has


def _ignored_values(
    text: dict[str, pd.Series],
    label: dict[str, str],
    mapping: dict,
    has: pd.Series,
    wide: bool,
) -> pd.Series:
    """The warning of rows whose resource-side values are ignored because they have no
    resource (None for the other rows)."""
    extra = [
        name
        for name in ("description", "temperature_c", "hours_per_year", "cost_eur_per_unit")
        if mapping[name] is not None
    ]
    if not wide:
        extra += [name for name in ("unit",) if mapping[name] is not None]
    ignored = pd.Series(None, index=has.index, dtype=object)
    if extra:
        given = pd.concat([text[name] != "" for name in extra], axis=1)
        listed = pd.Series("", index=has.index, dtype=object)
        for name in extra:
            listed = listed + np.where(text[name] != "", label[name] + " ", "")
        listed = listed.str.strip().str.replace(" ", ", ", regex=False)
        flag(
            ignored,
            ~has & given.any(axis=1),
            translate("inventory", "values in {columns} ignored: this row has no resource"),
            columns=listed,
        )
    return ignored


def _unit_from_header(column: str | None) -> str | None:
    """'t/an' from a quantity column named 'Quantité (t/an)', when it parses as a unit."""
    if not column:
        return None
    match = re.search(r"[(\[]([^)\]]+)[)\]]", str(column))
    if match and parse_unit(match.group(1)) is not None:
        return match.group(1).strip()
    return None


def build_resources(
    cand: pd.DataFrame,
    sites: gpd.GeoDataFrame,
    catalogue,
    label: dict[str, str],
    decimal: str | None,
    layout: str,
) -> tuple[pd.DataFrame, list[pd.DataFrame]]:
    """Check and normalise resource entries; returns the resources and their problems."""
    columns = list(RESOURCE_FIELDS)
    if cand.empty:
        return pd.DataFrame({c: pd.Series([], dtype=object) for c in columns}), []
    error = pd.Series(None, index=cand.index, dtype=object)
    code, unit_family, suggested, suggestion_warning = _flag_codes(
        cand, catalogue, label, error, _site_nace(cand, sites)
    )
    direction = _flag_directions(cand["direction"], label, error)
    quantities = normalise_quantities(
        cand["quantity"],
        cand["unit"],
        cand["hours_per_year"],
        unit_family,
        decimal=decimal,
    )
    if layout == "wide":
        flag(
            error,
            quantities["error"].notna(),
            translate("inventory", "column '{column}': {reason}"),
            column=cand["column"],
            reason=quantities["error"],
        )
    else:
        flag(error, quantities["error"].notna(), "{reason}", reason=quantities["error"])
    absurd = quantities["quantity"].abs() > quantities["unit_family"].map(BOUNDS).fillna(MAX_ANY)
    flag(
        error,
        absurd,
        translate(
            "inventory",
            "quantity {value} is larger than any single site's; check the digits and the unit"
        ),
        value=cand["quantity"],
    )
    _flag_duplicate_ids(cand, label, error)
    ok = error.isna()

    problems = [problem_rows(~ok, "resources", "error", error, cand["pos"])]
    problems.append(problem_rows(ok & suggested, "resources", "warning",
                                 suggestion_warning.fillna(""), cand["pos"]))
    temperature, hours, cost, warnings = _optional_numbers(cand, ok, label, decimal)
    problems.extend(warnings)
    kept = cand[ok].copy()
    kept["resource_id"] = _resource_ids(cand)[ok]
    confidential = kept["site_id"].map(
        pd.Series(sites["confidential"].to_numpy(), index=sites["site_id"].to_numpy())
    )
    factor = quantities.loc[ok, "amount_factor"]
    resources = pd.DataFrame(
        {
            "resource_id": kept["resource_id"].astype(object),
            "site_id": kept["site_id"].astype(object),
            "direction": direction[ok].astype(object),
            "resource": code[ok].astype(object),
            "description": none_if_missing(kept["description"].where(kept["description"] != "")),
            "quantity": quantities.loc[ok, "quantity"].astype(float),
            "unit": none_if_missing(quantities.loc[ok, "unit"]),
            "temperature_c": temperature[ok].astype(float),
            "hours_per_year": hours[ok].astype(float),
            # a price per kWh becomes a price per MWh: divide by the MWh in one kWh
            "cost_eur_per_unit": (cost[ok] / factor).astype(float),
            "confidential": confidential.fillna(0).astype(np.int64),
            "code_suggested": suggested[ok].astype(np.int64),
        }
    ).reset_index(drop=True)
    return resources, problems


def _site_nace(cand: pd.DataFrame, sites: pd.DataFrame) -> pd.Series | None:
    """The NACE code of each supply entry's site (None where the site has none, and for the
    other entries: the chapter prior is about what a provider's sector gives); None when the
    sites have no NACE column."""
    if "nace" not in sites.columns:
        return None
    by_site = sites.drop_duplicates("site_id").set_index("site_id")["nace"]
    nace = cand["site_id"].map(by_site).astype(object)
    supply = normalise_directions(cand["direction"]) == "supply"
    return nace.where(supply.to_numpy(), None)


def _flag_codes(
    cand: pd.DataFrame, catalogue, label: dict[str, str], error: pd.Series,
    nace: pd.Series | None = None,
) -> tuple[pd.Series, pd.Series, pd.Series, pd.Series]:
    """(canonical code, unit family of the known codes, else missing, code_suggested flag,
    warning of the suggested codes) of each entry. An empty or unknown code takes a confident
    suggestion from the description, read with the entry's site ``nace`` (the chapter prior;
    flagged, with a warning); the others are flagged in ``error``, with the closest codes when
    there are some."""
    raw_code = cand["resource"]
    codes = {u: normalise_code(u) if u else None for u in pd.unique(raw_code)}
    code = raw_code.map(codes)
    known_codes = {c: bool(catalogue.is_known(c)) for c in pd.unique(code.dropna())}
    known = code.isin([c for c, ok in known_codes.items() if ok])
    suggested = suggest_codes(cand["description"], raw_code, known, catalogue, code, nace)
    taken = suggested["code"].notna()
    code = code.where(~taken, suggested["code"])
    known = known | taken
    families = {c: catalogue.unit_family(c) for c in pd.unique(code[known])}
    unit_family = code.map(families)
    listed = suggested["listing"] != ""
    empty_code, unknown = (raw_code == "") & ~taken, ~known
    for mask, template in (
        (empty_code & listed, translate(
            "inventory", "{column} is empty; closest codes for the description: {reason}")),
        (empty_code, translate("inventory", "{column} is empty")),
        (unknown & listed, translate(
            "inventory",
            "resource code '{value}' is not in the catalogue; closest codes for the "
            "description: {reason}")),
        (unknown, translate("inventory", "resource code '{value}' is not in the catalogue")),
    ):
        flag(error, mask, template, column=label["resource"], value=raw_code,
             reason=suggested["listing"])
    warning = suggestion_warnings(suggested, taken, catalogue)
    return code, unit_family.where(known), taken, warning


def _flag_directions(values: pd.Series, label: dict[str, str], error: pd.Series) -> pd.Series:
    """'supply' or 'demand' of each entry (None when neither); others flagged in ``error``."""
    direction = normalise_directions(values)
    flag(
        error,
        values == "",
        translate("inventory", "{column} is empty (supply or demand)"),
        column=label["direction"],
    )
    flag(
        error,
        direction.isna(),
        translate("inventory", "{column} '{value}' is neither supply nor demand"),
        column=label["direction"],
        value=values,
    )
    return direction


def _flag_duplicate_ids(cand: pd.DataFrame, label: dict[str, str], error: pd.Series) -> None:
    """Flag, in ``error``, every entry whose explicit resource id an earlier valid entry uses."""
    explicit = (cand["resource_id"] != "") & error.isna()
    ids = cand["resource_id"].where(explicit)
    first_row = cand["row"].where(explicit).groupby(ids).transform("first")
    flag(
        error,
        repeated_ids(ids, ids.isna()),
        translate("inventory", "{column} '{value}' is already used on row {first_row}"),
        column=label["resource_id"],
        value=ids,
        first_row=first_row,
    )


def _optional_numbers(
    cand: pd.DataFrame, ok: pd.Series, label: dict[str, str], decimal: str | None
) -> tuple[pd.Series, pd.Series, pd.Series, list[pd.DataFrame]]:
    """(temperature, hours, cost, warnings): the optional numbers of the entries, those that
    are unreadable or out of range left empty with a warning on the imported entries."""
    temperature, t_bad = parse_number_series(cand["temperature_c"], decimal)
    hours, h_bad = parse_number_series(cand["hours_per_year"], decimal)
    cost, c_bad = parse_number_series(cand["cost_eur_per_unit"], decimal)
    cold = temperature < ABSOLUTE_ZERO_C
    hours_out = (hours < 0) | (hours > MAX_HOURS_PER_YEAR)
    not_a_number = translate("inventory", "{column} '{value}' is not a number; left empty")
    problems = []
    for mask, template, name in (
        (t_bad, not_a_number, "temperature_c"),
        (
            cold,
            translate("inventory", "{column} {value} is below absolute zero; left empty"),
            "temperature_c",
        ),
        (h_bad, not_a_number, "hours_per_year"),
        (
            hours_out,
            translate("inventory", "{column} {value} is outside 0-8784; left empty"),
            "hours_per_year",
        ),
        (c_bad, not_a_number, "cost_eur_per_unit"),
    ):
        warn = ok & mask
        if warn.any():
            reason = flagged(warn, template, column=label[name], value=cand[name])
            problems.append(problem_rows(warn, "resources", "warning", reason, cand["pos"]))
    return temperature.where(~cold), hours.where(~hours_out), cost, problems


def _resource_ids(cand: pd.DataFrame) -> pd.Series:
    """The resource id of each entry: its own, else one generated from its site.

    Generated ids number the site's resource entries in row order, rejected ones included,
    so that fixing a rejected row and importing again does not renumber the others."""
    number = cand.groupby("site_id", sort=False).cumcount() + 1
    new_ids = cand["site_id"] + "-R" + number.astype(str)
    generated = cand["resource_id"] == ""
    clash = generated & new_ids.isin(set(cand.loc[~generated, "resource_id"]))
    new_ids = new_ids.where(~clash, new_ids + "-" + cand["row"].astype(str))
    return cand["resource_id"].where(~generated, new_ids)
