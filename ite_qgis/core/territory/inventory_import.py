"""Import an inventory table (sites and their resources) into the territory model.

The table is what users keep: a spreadsheet in English or French, one resource per row with the
site columns repeated ("long"), or one row per site with one column per resource ("wide").
:func:`guess_columns` proposes which column holds which field; :func:`import_inventory` builds
the ``sites`` and ``resources`` tables of docs/architecture.md (Territory model) and a
``rejected`` table.

Accounting, so that nothing is dropped silently:

- ``rejected`` has one line per problem: ``row`` (as the user sees it in the file), ``table``,
  ``severity``, ``reason`` and ``raw`` (the row as ``col=value; ...``, empty cells left out).
- ``severity='error'`` with ``table='sites'``: the whole row was not imported, site and
  resource(s). Every row is either used for a site or has exactly one such line.
- ``severity='error'`` with ``table='resources'``: one resource entry of an imported row was not
  imported (long: the row's resource; wide: one cell). Every resource entry of an imported row
  is either in ``resources`` or has exactly one such line.
- ``severity='warning'``: the row was imported, with the named field left empty (or, for an
  unreadable confidentiality flag, set to 1, the safe side), or a value was ignored.

``ImportResult.counts`` holds these numbers.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from ..common.i18n import translate
from ..common.reasons import as_text, flag, flagged, row_text
from ..common.units import parse_number_series, parse_unit
from ..reference.catalogue import normalise_code
from ..reference.nace import normalise_nace_series
from ..validation.sites import nace_lost
from .inventory_columns import (
    FIELDS,
    RESOURCE_FIELDS,
    SITE_FIELDS,
    guess_columns,
    normalise_directions,
    normalise_flags,
    normalise_statuses,
)
from .inventory_resources import (
    WIDE_PREFIX,
    build_resources,
    none_if_missing,
    problem_rows,
    resource_candidates,
)
from .locate import SAME_PLACE_DEG, SAME_PLACE_M, LocationError, locate_rows

__all__ = [
    "COORDINATES",
    "LAYOUTS",
    "FIELDS",
    "REJECTED_COLUMNS",
    "RESOURCE_FIELDS",
    "SITE_FIELDS",
    "ImportResult",
    "InventoryError",
    "guess_columns",
    "import_inventory",
    "normalise_directions",
    "normalise_statuses",
]

# Inventory layouts (one resource per row, or one column per resource) and how sites are located
# (x/y columns, a WKT column, a join to a layer), in the order ite:importinventory offers them.
LAYOUTS = ("long", "wide")
COORDINATES = ("xy", "wkt", "join")
# Fields of a resource row in the long layout; in the wide layout they come from the columns.
_LONG_ONLY = ("resource_id", "direction", "resource", "quantity", "unit")
REJECTED_COLUMNS = ("row", "table", "severity", "reason", "raw")


class InventoryError(ValueError):
    """The import parameters are unusable (unknown column, bad CRS...); translated message."""


@dataclass
class ImportResult:
    """What :func:`import_inventory` built; see the module docstring for the accounting."""

    sites: gpd.GeoDataFrame
    resources: pd.DataFrame
    rejected: pd.DataFrame
    notes: list[str] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)
    crs: str = ""
    columns: dict[str, str | None] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)


def _text(table: pd.DataFrame, column: str | None) -> pd.Series:
    if column is None:
        return pd.Series("", index=table.index, dtype=object)
    return as_text(table[column]).astype(str).str.strip()


def _resolve_columns(
    table: pd.DataFrame,
    columns: dict[str, str | None] | None,
    layout: str,
    wide_columns: dict | None,
    notes: list[str],
) -> dict[str, str | None]:
    columns = dict(columns or {})
    unknown_fields = [name for name in columns if name not in FIELDS]
    if unknown_fields:
        raise InventoryError(
            translate("inventory", "Unknown field(s) {fields}; fields are: {all}").format(
                fields=", ".join(unknown_fields), all=", ".join(FIELDS)
            )
        )
    missing = [c for c in columns.values() if c and c not in table.columns]
    if missing:
        raise InventoryError(
            translate("inventory", "The table has no column {columns} (columns: {all})").format(
                columns=", ".join("'" + str(c) + "'" for c in missing),
                all=", ".join(str(c) for c in table.columns),
            )
        )
    exclude = _LONG_ONLY if layout == "wide" else ()
    candidates = [
        c for c in table.columns if c not in set(columns.values()) and c not in (wide_columns or {})
    ]
    guessed = guess_columns(candidates, exclude=exclude)
    mapping: dict[str, str | None] = {}
    given, found = [], []
    for name in FIELDS:
        if name in columns:
            mapping[name] = columns[name] or None
            if columns[name]:
                given.append(f"{name} <- '{columns[name]}'")
        elif name in exclude:
            mapping[name] = None
        else:
            mapping[name] = guessed[name]
            if guessed[name]:
                found.append(f"{name} <- '{guessed[name]}'")
    if given:
        notes.append(translate("inventory", "Columns given: {list}").format(list=", ".join(given)))
    if found:
        notes.append(
            translate("inventory", "Columns guessed: {list}").format(list=", ".join(found))
        )
    return mapping


def _check_wide(table: pd.DataFrame, wide_columns: dict | None, catalogue) -> list[tuple]:
    """The wide columns as (column, code, direction, unit), or an InventoryError."""
    if not wide_columns:
        raise InventoryError(
            translate(
                "inventory",
                "The wide layout needs the resource columns: for each, a "
                "resource code, a direction and a unit"
            )
        )
    checked = []
    for column, spec in wide_columns.items():
        if column not in table.columns:
            raise InventoryError(
                translate("inventory", "The table has no column '{column}'").format(column=column)
            )
        try:
            code_text, direction_text, unit_text = spec
        except (TypeError, ValueError) as error:
            raise InventoryError(
                translate(
                    "inventory", "Resource column '{column}' must map to (code, direction, unit)"
                ).format(column=column)
            ) from error
        code = normalise_code(code_text)
        if code is None or not catalogue.is_known(code):
            raise InventoryError(
                translate(
                    "inventory", "Resource column '{column}': '{code}' is not a catalogue code"
                ).format(column=column, code=code_text)
            )
        direction = normalise_directions(pd.Series([direction_text])).iloc[0]
        if not isinstance(direction, str):
            raise InventoryError(
                translate(
                    "inventory",
                    "Resource column '{column}': direction '{direction}' "
                    "is neither supply nor demand"
                ).format(column=column, direction=direction_text)
            )
        info = parse_unit(unit_text)
        if info is None:
            raise InventoryError(
                translate(
                    "inventory", "Resource column '{column}': unit '{unit}' is not recognised"
                ).format(column=column, unit=unit_text)
            )
        if info.family != catalogue.unit_family(code):
            raise InventoryError(
                translate(
                    "inventory",
                    "Resource column '{column}': unit '{unit}' does not measure '{code}'"
                ).format(column=column, unit=unit_text, code=code)
            )
        checked.append((column, code, direction, unit_text))
    return checked


def import_inventory(
    table: pd.DataFrame,
    source_rows: pd.Series | None = None,
    *,
    catalogue,
    columns: dict[str, str | None] | None = None,
    layout: str = "long",
    wide_columns: dict[str, tuple[str, str, str]] | None = None,
    coordinates: str = "xy",
    source_crs: object = "EPSG:4326",
    target_crs: object | None = None,
    join_layer: gpd.GeoDataFrame | None = None,
    join_field: str | None = None,
    decimal: str | None = None,
    table_problems: pd.DataFrame | None = None,
) -> ImportResult:
    """Build ``sites``, ``resources`` and ``rejected`` from an inventory table.

    ``table``: the user's table (text cells, as :func:`tables.read_table` gives, or any
    values). ``source_rows``: the row number the user sees for each row (default: line numbers
    of a CSV with a header on line 1). ``columns``: field -> user column, overriding the
    guesses (a None value un-maps a field). ``layout``: 'long' (one resource per row) or 'wide'
    (one row per site; ``wide_columns`` maps each resource column to (code, direction, unit);
    an empty or zero cell means no resource). ``coordinates``: 'xy' (``x``/``y`` columns in
    ``source_crs``), 'wkt' (a WKT or EWKT column; polygons give a point inside) or 'join'
    (``join_key``, or the site id, matched to ``join_layer[join_field]``). ``target_crs``: CRS
    of the sites (None: the source CRS when metric, else a metric CRS picked for the data).
    ``table_problems``: rows the reader could not split (``row``, ``reason``, ``raw``), added
    to ``rejected``. Raises :class:`InventoryError` for unusable parameters.
    """
    notes: list[str] = []
    if layout not in LAYOUTS:
        raise InventoryError(
            translate("inventory", "Unknown layout '{layout}' (long or wide)").format(layout=layout)
        )
    table = table.reset_index(drop=True)
    n = len(table)
    rows = _row_numbers(source_rows, n)
    positions = pd.Series(np.arange(n))
    mapping, wide, text = _fields(table, columns, layout, wide_columns, catalogue, notes)
    label = {name: mapping[name] or name for name in FIELDS}
    site_id = _site_keys(text, mapping, rows, notes)
    site_error = _empty_keys(site_id, label)
    located = _locate(
        text,
        mapping,
        site_id,
        coordinates,
        source_crs,
        target_crs,
        join_layer,
        join_field,
        decimal,
        notes,
    )
    site_error = site_error.where(site_error.notna(), located.error)
    has_geometry = pd.Series(located.has_geometry, index=table.index)
    x_t = pd.Series(located.x, index=table.index)
    y_t = pd.Series(located.y, index=table.index)

    # Site attributes, normalised row by row; rows that contradict their site are rejected.
    attrs, attr_warnings = _site_attributes(text, label)
    _reject_conflicts(
        site_error,
        site_id,
        rows,
        attrs,
        x_t,
        y_t,
        has_geometry,
        label,
        metric=located.target.is_projected,
    )
    _reject_unlocated(site_error, site_id, has_geometry, coordinates, label)
    ok = site_error.isna()

    sites = _build_sites(site_id, attrs, x_t, y_t, ok, located.target)
    problems = [problem_rows(~ok, "sites", "error", site_error, positions)]
    problems.extend(_site_warnings(attr_warnings, ok, site_id, positions))

    # Resources of the imported rows.
    candidates, ignored = resource_candidates(
        text, label, site_id, rows, wide, decimal, mapping, notes
    )
    problems.append(
        problem_rows(ok & ignored.notna(), "resources", "warning", ignored.fillna(""), positions)
    )
    candidates = candidates[ok.to_numpy()[candidates["pos"].to_numpy()]].reset_index(drop=True)
    resources, resource_problems = build_resources(
        candidates, sites, catalogue, label, decimal, layout
    )
    problems.extend(resource_problems)

    rejected = _assemble_rejected(problems, table, rows, table_problems)
    counts = _counts(n, table_problems, ok, rejected, sites, candidates, resources)
    notes.append(_summary(counts))
    return ImportResult(sites, resources, rejected, notes, counts, located.crs, mapping,
                        _table_warnings(n, mapping, layout))


def _table_warnings(n: int, mapping: dict[str, str | None], layout: str) -> list[str]:
    """What the table lacks and what is lost for it: no row, no quantity column (long layout),
    no NACE column."""
    if n == 0:
        return [translate("inventory", "The inventory has no row: nothing was imported.")]
    warnings = []
    if layout == "long" and mapping.get("quantity") is None:
        warnings.append(translate(
            "inventory", "No column holds the quantities: the resources are imported without "
                         "quantities, and no synergy will carry one until they are filled in."))
    if mapping.get("nace") is None:
        warnings.append(translate("inventory", "No column holds the NACE codes: {lost}").format(
            lost=nace_lost()))
    return warnings


def _row_numbers(source_rows: pd.Series | None, n: int) -> pd.Series:
    """The row number the user sees for each row (default: line numbers of a CSV with a header
    on line 1)."""
    if source_rows is None:
        return pd.Series(np.arange(n) + 2, dtype=np.int64)
    return pd.Series(np.asarray(source_rows, dtype=np.int64))


def _fields(
    table: pd.DataFrame,
    columns: dict[str, str | None] | None,
    layout: str,
    wide_columns: dict[str, tuple[str, str, str]] | None,
    catalogue,
    notes: list[str],
) -> tuple[dict[str, str | None], list, dict[str, pd.Series]]:
    """(field -> user column, checked wide resource columns, text of every field and wide
    column)."""
    mapping = _resolve_columns(table, columns, layout, wide_columns, notes)
    wide = _check_wide(table, wide_columns, catalogue) if layout == "wide" else []
    text = {name: _text(table, mapping[name]) for name in FIELDS}
    for column, *_spec in wide:
        text[WIDE_PREFIX + column] = _text(table, column)
    return mapping, wide, text


def _site_keys(
    text: dict[str, pd.Series], mapping: dict[str, str | None], rows: pd.Series, notes: list[str]
) -> pd.Series:
    """The site key of each row: its site id, else its name, else ``S<row>`` (noted)."""
    if mapping["site_id"] is not None:
        return text["site_id"]
    if mapping["name"] is not None:
        notes.append(
            translate(
                "inventory", "No site id column: sites are keyed by their name ('{column}')"
            ).format(column=mapping["name"])
        )
        return text["name"]
    notes.append(
        translate(
            "inventory",
            "No site id or name column: each row is its own site, numbered S<row>"
        )
    )
    return "S" + rows.astype(str)


def _empty_keys(site_id: pd.Series, label: dict[str, str]) -> pd.Series:
    """The first reason to reject each row (None: none yet): so far, an empty site key."""
    site_error = pd.Series(None, index=site_id.index, dtype=object)
    flag(
        site_error,
        site_id == "",
        translate("inventory", "{column} is empty"),
        column=label["site_id"],
    )
    return site_error


def _locate(
    text: dict[str, pd.Series],
    mapping: dict[str, str | None],
    site_id: pd.Series,
    coordinates: str,
    source_crs: object,
    target_crs: object | None,
    join_layer: gpd.GeoDataFrame | None,
    join_field: str | None,
    decimal: str | None,
    notes: list[str],
):
    """The location of each row (:func:`locate_rows`); :class:`InventoryError` when the
    coordinate columns are not mapped or the location parameters are unusable."""
    missing_column = {
        "xy": (mapping["x"] is None or mapping["y"] is None),
        "wkt": mapping["wkt"] is None,
        "join": False,
    }.get(coordinates, False)
    if missing_column:
        raise InventoryError(
            translate("inventory", "No coordinate column: map x and y, or a WKT column")
        )
    keys = text["join_key"] if mapping["join_key"] is not None else site_id
    if coordinates == "join" and mapping["join_key"] is None:
        notes.append(translate("inventory", "Sites are joined to the layer by their site id"))
    try:
        located = locate_rows(
            {"x": text["x"], "y": text["y"], "wkt": text["wkt"], "join_key": keys},
            columns=mapping,
            coordinates=coordinates,
            source_crs=source_crs,
            target_crs=target_crs,
            join_layer=join_layer,
            join_field=join_field,
            decimal=decimal,
        )
    except LocationError as error:
        raise InventoryError(str(error)) from error
    notes.extend(located.notes)
    return located


def _reject_unlocated(
    site_error: pd.Series,
    site_id: pd.Series,
    has_geometry: pd.Series,
    coordinates: str,
    label: dict[str, str],
) -> None:
    """Flag (in place) the rows of sites that no accepted row of theirs locates."""
    ok = site_error.isna()
    located_site = (has_geometry & ok).groupby(site_id).transform("any")
    no_location = {
        "xy": translate("inventory", "site '{site}' has no location: {x} and {y} are empty"),
        "wkt": translate("inventory", "site '{site}' has no location: {wkt} is empty"),
        "join": translate("inventory", "site '{site}' has no location: its join key is empty"),
    }[coordinates]
    flag(
        site_error,
        ok & ~located_site,
        no_location,
        site=site_id,
        x=label["x"],
        y=label["y"],
        wkt=label["wkt"],
    )


def _site_warnings(
    attr_warnings: list[tuple[pd.Series, pd.Series]],
    ok: pd.Series,
    site_id: pd.Series,
    positions: pd.Series,
) -> list[pd.DataFrame]:
    """Problem rows of the site attribute warnings: one per site and value, at the first
    imported row that gives it."""
    problems = []
    for mask, reason in attr_warnings:
        concerned = (ok & mask).to_numpy()
        first = np.zeros(len(concerned), dtype=bool)
        first[concerned] = (
            ~pd.DataFrame({"s": site_id[concerned], "r": reason[concerned]}).duplicated().to_numpy()
        )
        problems.append(problem_rows(first, "sites", "warning", reason, positions))
    return problems


def _counts(
    n: int,
    table_problems: pd.DataFrame | None,
    ok: pd.Series,
    rejected: pd.DataFrame,
    sites: gpd.GeoDataFrame,
    candidates: pd.DataFrame,
    resources: pd.DataFrame,
) -> dict[str, int]:
    """The accounting of the import (see the module docstring)."""
    return {
        "rows": n + (0 if table_problems is None else len(table_problems)),
        "site_rows_imported": int(ok.sum()),
        "site_rows_rejected": int(
            ((rejected["table"] == "sites") & (rejected["severity"] == "error")).sum()
        ),
        "sites": len(sites),
        "resource_entries": len(candidates),
        "resources": len(resources),
        "resources_rejected": int(
            ((rejected["table"] == "resources") & (rejected["severity"] == "error")).sum()
        ),
        "warnings": int((rejected["severity"] == "warning").sum()),
    }


def _summary(counts: dict[str, int]) -> str:
    return translate(
        "inventory",
        "{sites} sites and {resources} resources imported from {rows} "
        "rows; {rejected_rows} rows and {rejected_resources} resources "
        "rejected; {warnings} warnings"
    ).format(
        sites=counts["sites"],
        resources=counts["resources"],
        rows=counts["rows"],
        rejected_rows=counts["site_rows_rejected"],
        rejected_resources=counts["resources_rejected"],
        warnings=counts["warnings"],
    )


def _site_attributes(
    text: dict[str, pd.Series], label: dict[str, str]
) -> tuple[pd.DataFrame, list[tuple[pd.Series, pd.Series]]]:
    """Normalised site fields per row (None when empty or unreadable) and the warnings."""
    attrs = pd.DataFrame(index=text["name"].index)
    for name in ("name", "operator", "address"):
        value = text[name].str.replace(r"\s+", " ", regex=True)
        attrs[name] = value.where(value != "", None)
    warnings: list[tuple[pd.Series, pd.Series]] = []

    raw_nace = text["nace"]
    nace = normalise_nace_series(raw_nace.where(raw_nace != "", None))
    attrs["nace"] = nace.where(nace.notna(), None)
    bad = (raw_nace != "") & nace.isna()
    warnings.append(
        (
            bad,
            flagged(
                bad,
                translate("inventory", "{column} '{value}' is not a NACE Rev. 2 class; left empty"),
                column=label["nace"],
                value=raw_nace,
            ),
        )
    )

    raw_status = text["status"]
    status = normalise_statuses(raw_status)
    attrs["status"] = status.where(status.notna(), None)
    bad = (raw_status != "") & status.isna()
    warnings.append(
        (
            bad,
            flagged(
                bad,
                translate(
                    "inventory",
                    "{column} '{value}' is not existing, planned or candidate; left empty"
                ),
                column=label["status"],
                value=raw_status,
            ),
        )
    )

    raw_employees = text["employees"]
    employees, not_number = parse_number_series(raw_employees)
    bad = not_number | (employees < 0) | (employees.notna() & (employees % 1 != 0))
    attrs["employees"] = employees.where(~bad).astype("Int64")
    warnings.append(
        (
            bad,
            flagged(
                bad,
                translate(
                    "inventory", "{column} '{value}' is not a whole number of people; left empty"
                ),
                column=label["employees"],
                value=raw_employees,
            ),
        )
    )

    raw_flag = text["confidential"]
    confidential = normalise_flags(raw_flag)
    bad = (raw_flag != "") & confidential.isna()
    # An unreadable confidentiality flag is read as confidential: hiding too much is the
    # mistake a user can see and undo; publishing a confidential site is not.
    attrs["confidential"] = confidential.where(~bad, 1).where(raw_flag != "", np.nan)
    warnings.append(
        (
            bad,
            flagged(
                bad,
                translate(
                    "inventory",
                    "{column} '{value}' is not 0/1, yes/no or oui/non; the site is treated "
                    "as confidential"
                ),
                column=label["confidential"],
                value=raw_flag,
            ),
        )
    )
    return attrs, warnings


def _reject_conflicts(
    site_error: pd.Series,
    site_id: pd.Series,
    rows: pd.Series,
    attrs: pd.DataFrame,
    x_t: pd.Series,
    y_t: pd.Series,
    has_geometry: pd.Series,
    label: dict[str, str],
    metric: bool,
) -> None:
    """Reject rows that describe an already-described site differently (first row wins)."""
    template = translate(
        "inventory",
        "site '{site}' is given on row {first_row} with {column} "
        "'{first}'; this row says '{value}'"
    )
    place_template = translate(
        "inventory",
        "site '{site}' is placed on row {first_row} at "
        "({fx}, {fy}); this row places it at ({x}, {y})"
    )
    tolerance = SAME_PLACE_M if metric else SAME_PLACE_DEG
    decimals = 2 if metric else 7
    compare = attrs.astype(object).where(attrs.notna(), None)
    for _ in range(5):  # a rejection can change a site's first row: repeat until stable
        before = int(site_error.notna().sum())
        ok = site_error.isna()
        for name in compare.columns:
            values = compare[name].where(ok & compare[name].notna())
            if values.isna().all():
                continue
            as_str = values.map(lambda v: None if v is None or v != v else str(v))
            first = as_str.groupby(site_id).transform("first")
            first_row = rows.where(as_str.notna()).groupby(site_id).transform("first")
            conflict = ok & as_str.notna() & (as_str != first)
            flag(
                site_error,
                conflict,
                template,
                site=site_id,
                first_row=first_row,
                column=label[name],
                first=first,
                value=as_str,
            )
        ok = site_error.isna()
        placed = ok & has_geometry
        fx = x_t.where(placed).groupby(site_id).transform("first")
        fy = y_t.where(placed).groupby(site_id).transform("first")
        first_row = rows.where(placed).groupby(site_id).transform("first")
        moved = placed & (((x_t - fx).abs() > tolerance) | ((y_t - fy).abs() > tolerance))
        flag(
            site_error,
            moved,
            place_template,
            site=site_id,
            first_row=first_row,
            fx=fx.round(decimals),
            fy=fy.round(decimals),
            x=x_t.round(decimals),
            y=y_t.round(decimals),
        )
        if int(site_error.notna().sum()) == before:
            break


def _build_sites(
    site_id: pd.Series,
    attrs: pd.DataFrame,
    x_t: pd.Series,
    y_t: pd.Series,
    ok: pd.Series,
    crs: object,
) -> gpd.GeoDataFrame:
    """One site per site id among accepted rows: first non-empty value of each field."""
    frame = attrs[ok].copy()
    frame.insert(0, "site_id", site_id[ok])
    frame["x"] = x_t[ok]
    frame["y"] = y_t[ok]
    grouped = frame.groupby("site_id", sort=False).first().reset_index()
    confidential = grouped["confidential"].astype(float).fillna(0).astype(np.int64)
    sites = gpd.GeoDataFrame(
        {
            "site_id": grouped["site_id"].astype(object),
            "name": none_if_missing(grouped["name"]),
            "operator": none_if_missing(grouped["operator"]),
            "address": none_if_missing(grouped["address"]),
            "nace": none_if_missing(grouped["nace"]),
            "status": none_if_missing(grouped["status"]),
            "employees": grouped["employees"].astype("Int64"),
            "confidential": confidential,
        },
        geometry=shapely.points(grouped["x"].to_numpy(float), grouped["y"].to_numpy(float))
        if len(grouped)
        else gpd.GeoSeries([], crs=crs),
        crs=crs,
    )
    return sites


def _assemble_rejected(
    problems: list[pd.DataFrame],
    table: pd.DataFrame,
    rows: pd.Series,
    table_problems: pd.DataFrame | None,
) -> pd.DataFrame:
    frames = [p for p in problems if len(p)]
    if frames:
        found = pd.concat(frames, ignore_index=True)
        positions = found["pos"].to_numpy(dtype=np.int64)
        unique_positions = np.unique(positions)
        raw_text = pd.Series(
            row_text(table.iloc[unique_positions]).to_numpy(), index=unique_positions
        )
        found = pd.DataFrame(
            {
                "row": rows.to_numpy()[positions],
                "table": found["table"].to_numpy(),
                "severity": found["severity"].to_numpy(),
                "reason": found["reason"].to_numpy(),
                "raw": raw_text.reindex(positions).to_numpy(),
            }
        )
    else:
        found = pd.DataFrame({c: pd.Series([], dtype=object) for c in REJECTED_COLUMNS})
    if table_problems is not None and len(table_problems):
        extra = pd.DataFrame(
            {
                "row": table_problems["row"].to_numpy(),
                "table": "sites",
                "severity": "error",
                "reason": table_problems["reason"].to_numpy(),
                "raw": table_problems["raw"].to_numpy(),
            }
        )
        found = pd.concat([found, extra], ignore_index=True)
    order = {"sites": 0, "resources": 1}
    found = found.assign(_t=found["table"].map(order), _s=(found["severity"] != "error"))
    found = found.sort_values(["row", "_t", "_s"], kind="stable").drop(columns=["_t", "_s"])
    found["row"] = found["row"].astype(np.int64)
    return found.reset_index(drop=True)[list(REJECTED_COLUMNS)]
