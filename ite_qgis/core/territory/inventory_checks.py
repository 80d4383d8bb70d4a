"""Check a territory (sites, resources, optionally flows) before the analyses run on it.

The layers may come from the import, or from a GeoPackage the user edited by hand in QGIS, so
nothing is assumed: text may sit in number fields, codes may be unknown, geometry may be missing.
Each problem is one row of the report, with a stable ``problem`` code that tests, filters and
styles can rely on, and a translated ``message`` that says which value is wrong:

========================  ========  =====================================================
problem                   severity  meaning
========================  ========  =====================================================
missing_crs               error     the layer has no CRS
geographic_crs            error     the layer is in degrees; distances need metres
missing_geometry          error     a site has no geometry
empty_geometry            error     a site's geometry is empty
invalid_geometry          error     a site's geometry is invalid (e.g. NaN coordinates)
not_a_point               error     a site is a polygon, line... not a point
duplicate_id              error     site_id, resource_id or flow_id used twice
null_value                error     a required field is empty (warning for a quantity)
orphan_resource           error     a resource's site_id is not a site
orphan_flow               error     a flow's from_site or to_site is not a site
unknown_code              error     a resource code not in the catalogue (warning when it
                                    is a known code written another way, e.g. 10 02 02)
bad_direction             error     direction is not supply or demand
not_a_number              error     text in a number field (warning for optional fields)
negative_quantity         error     quantity < 0
bad_unit                  error     unit not recognised (warning when recognised but not
                                    the canonical unit, e.g. kWh/yr)
unit_mismatch             error     unit of another family than the resource's (heat in t/yr)
bad_nace                  warning   not a NACE Rev. 2 class
bad_status                warning   status not existing/planned/candidate (flows: or
                                    rejected)
temperature_missing       warning   heat or steam without temperature_c
code_suggested            warning   the resource code was suggested from the description
                                    by ite:importinventory (code_suggested = 1): review it
site_without_resources    info      a site with no resource
========================  ========  =====================================================
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import shapely

from ..common.families import HEAT_FAMILIES
from ..common.i18n import translate
from ..common.ids import repeated_ids
from ..common.reasons import as_text, fill
from ..common.units import (
    CANONICAL_UNITS,
    parse_number_series,
    parse_unit,
    unit_family_label,
)
from ..reference.catalogue import normalise_code
from ..reference.nace import normalise_nace_series
from ..validation.bounds import quantity_bounds
from ..validation.findings import InputError
from ..validation.geometry import check_swapped_coordinates
from ..validation.sites import nace_lost
from .schema import DIRECTIONS, FLOW_STATUSES, SITE_STATUSES

REPORT_COLUMNS = ("severity", "table", "feature_id", "field", "problem", "message")
SEVERITIES = ("error", "warning", "info")


class _Report:
    """Collects problems as small frames and assembles them once."""

    def __init__(self) -> None:
        self.parts: list[pd.DataFrame] = []

    def add(
        self,
        mask,
        severity: str,
        table: str,
        ids: pd.Series,
        field: str,
        problem: str,
        template: str,
        /,
        **values,
    ) -> None:
        mask = np.asarray(mask, dtype=bool)
        if not mask.any():
            return
        rows = ids.index[mask]
        self.parts.append(
            pd.DataFrame(
                {
                    "severity": severity,
                    "table": table,
                    "feature_id": ids[mask].to_numpy(),
                    "field": field,
                    "problem": problem,
                    "message": fill(template, rows, **values).to_numpy(),
                }
            )
        )

    def add_one(
        self,
        severity: str,
        table: str,
        field: str,
        problem: str,
        message: str,
        feature_id: object = None,
    ) -> None:
        self.parts.append(
            pd.DataFrame(
                {
                    "severity": [severity],
                    "table": [table],
                    "feature_id": [feature_id],
                    "field": [field],
                    "problem": [problem],
                    "message": [message],
                }
            )
        )

    def frame(self) -> pd.DataFrame:
        if not self.parts:
            return pd.DataFrame({c: pd.Series([], dtype=object) for c in REPORT_COLUMNS})
        report = pd.concat(self.parts, ignore_index=True)
        order = report["severity"].map({s: i for i, s in enumerate(SEVERITIES)})
        report = report.assign(_o=order).sort_values(["_o", "table", "problem"], kind="stable")
        return report.drop(columns="_o").reset_index(drop=True)[list(REPORT_COLUMNS)]


def _column(frame: pd.DataFrame, name: str) -> pd.Series:
    """A column as object values with None for missing (all None when the column is absent)."""
    if name not in frame.columns:
        return pd.Series(None, index=frame.index, dtype=object)
    values = frame[name].astype(object)
    return values.where(values.notna(), None)


def _blank(values: pd.Series) -> pd.Series:
    """True where a value is missing or blank text."""
    return values.isna() | (as_text(values).astype(str).str.strip() == "")


def _ids(frame: pd.DataFrame, name: str) -> pd.Series:
    """Feature ids for the report: the id field, or '#<position>' where it is empty."""
    ids = as_text(_column(frame, name)).astype(str).str.strip()
    position = pd.Series(np.arange(1, len(frame) + 1), index=frame.index).astype(str)
    return ids.where(ids != "", "#" + position)


def _numbers(values: pd.Series) -> tuple[pd.Series, pd.Series]:
    """(numbers, text-that-is-not-a-number mask), reading decimal commas too."""
    return parse_number_series(values)


def validate_inventory(
    sites: pd.DataFrame,
    resources: pd.DataFrame,
    catalogue,
    *,
    flows: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """Report every problem found in ``sites`` (GeoDataFrame), ``resources`` and ``flows``.

    Returns a DataFrame with :data:`REPORT_COLUMNS`, errors first. An empty report means the
    territory is ready for the analyses.
    """
    report = _Report()
    for table, frame, severity in (("sites", sites, "error"), ("resources", resources, "error"),
                                   ("flows", flows, "warning")):
        if frame is not None and len(frame) == 0:
            report.add_one(
                severity, table, "", "empty_table",
                translate("validation", "the {table} layer is empty: it has no feature").format(
                    table=table
                ),
            )
    site_ids = _check_sites(report, sites)
    _check_resources(report, resources, site_ids, catalogue)
    if flows is not None:
        _check_flows(report, flows, site_ids, catalogue)
    used = set(as_text(_column(resources, "site_id")).astype(str).str.strip())
    ids = _ids(sites, "site_id")
    lonely = ~ids.isin(used) & ~_blank(_column(sites, "site_id"))
    report.add(
        lonely,
        "info",
        "sites",
        ids,
        "site_id",
        "site_without_resources",
        translate("validation", "site '{site}' has no resource"),
        site=ids,
    )
    return report.frame()


def _check_crs(report: _Report, frame: pd.DataFrame, table: str) -> None:
    if len(frame) == 0:
        return  # said "is empty"; an empty layer read back may have lost its CRS
    crs = getattr(frame, "crs", None)
    if crs is None:
        report.add_one(
            "error",
            table,
            "geometry",
            "missing_crs",
            translate(
                "validation",
                "the {table} layer has no CRS; set it so that distances can be measured"
            ).format(table=table),
        )
    elif crs.is_geographic:
        report.add_one(
            "error",
            table,
            "geometry",
            "geographic_crs",
            translate(
                "validation",
                "the {table} layer is in {crs}, in degrees; "
                "reproject it to a projected CRS in metres"
            ).format(table=table, crs=crs.to_string()),
        )


def _check_sites(report: _Report, sites: pd.DataFrame) -> set[str]:
    """Report the problems of the sites; returns their valid ids."""
    ids = _ids(sites, "site_id")
    _check_site_geometry(report, sites, ids)
    valid_ids = _check_site_ids(report, sites, ids)
    _check_site_attributes(report, sites, ids)
    return valid_ids


def _check_site_geometry(report: _Report, sites: pd.DataFrame, ids: pd.Series) -> None:
    """The layer's CRS, and each site's geometry: present, not empty, valid, a point."""
    if "geometry" in getattr(sites, "columns", []) and hasattr(sites, "geometry"):
        _check_crs(report, sites, "sites")
        geoms = np.asarray(sites.geometry.to_numpy(), dtype=object)
        try:
            check_swapped_coordinates(geoms, sites.crs, "sites")
        except InputError as error:
            report.add_one("error", "sites", "geometry", "swapped_coordinates", str(error))
    else:
        geoms = np.full(len(sites), None, dtype=object)
    missing = shapely.is_missing(geoms)
    empty = ~missing & shapely.is_empty(geoms)
    present = ~missing & ~empty
    invalid = present & ~shapely.is_valid(geoms)
    not_point = present & (shapely.get_type_id(geoms) != 0)
    report.add(
        missing,
        "error",
        "sites",
        ids,
        "geometry",
        "missing_geometry",
        translate("validation", "site '{site}' has no geometry"),
        site=ids,
    )
    report.add(
        empty,
        "error",
        "sites",
        ids,
        "geometry",
        "empty_geometry",
        translate("validation", "site '{site}' has an empty geometry"),
        site=ids,
    )
    reasons = pd.Series(np.asarray(shapely.is_valid_reason(geoms), dtype=object), index=ids.index)
    report.add(
        invalid,
        "error",
        "sites",
        ids,
        "geometry",
        "invalid_geometry",
        translate("validation", "site '{site}' has an invalid geometry: {reason}"),
        site=ids,
        reason=reasons,
    )
    kinds = pd.Series(np.asarray(shapely.get_type_id(geoms)), index=ids.index).map(
        {
            1: "LineString",
            2: "LinearRing",
            3: "Polygon",
            4: "MultiPoint",
            5: "MultiLineString",
            6: "MultiPolygon",
            7: "GeometryCollection",
        }
    )
    report.add(
        not_point,
        "error",
        "sites",
        ids,
        "geometry",
        "not_a_point",
        translate(
            "validation",
            "site '{site}' is a {kind}, not a point; use a point "
            "(e.g. Vector > Geometry > Point on Surface)"
        ),
        site=ids,
        kind=kinds,
    )


def _check_site_ids(report: _Report, sites: pd.DataFrame, ids: pd.Series) -> set[str]:
    """Blank and duplicate site ids; returns the ids given."""
    raw_id = _column(sites, "site_id")
    text_id = as_text(raw_id).astype(str).str.strip()
    blank = _blank(raw_id)
    report.add(
        blank,
        "error",
        "sites",
        ids,
        "site_id",
        "null_value",
        translate("validation", "a site has no site_id"),
    )
    report.add(
        repeated_ids(text_id, blank),
        "error",
        "sites",
        ids,
        "site_id",
        "duplicate_id",
        translate("validation", "site_id '{site}' is used by more than one site"),
        site=ids,
    )
    return set(text_id[~blank])


def _check_site_attributes(report: _Report, sites: pd.DataFrame, ids: pd.Series) -> None:
    """NACE code, status and the number fields of each site."""
    if "nace" not in sites.columns and len(sites):
        report.add_one(
            "warning", "sites", "nace", "missing_column",
            translate("validation", "the sites layer has no 'nace' column: {lost}").format(
                lost=nace_lost()
            ),
        )
    nace = _column(sites, "nace")
    given = ~_blank(nace)
    normalised = normalise_nace_series(nace.where(given, None))
    report.add(
        given & normalised.isna(),
        "warning",
        "sites",
        ids,
        "nace",
        "bad_nace",
        translate("validation", "site '{site}': '{value}' is not a NACE Rev. 2 class"),
        site=ids,
        value=nace,
    )
    status = _column(sites, "status")
    bad_status = ~_blank(status) & ~status.isin(SITE_STATUSES)
    report.add(
        bad_status,
        "warning",
        "sites",
        ids,
        "status",
        "bad_status",
        translate(
            "validation", "site '{site}': status '{value}' is not existing, planned or candidate"
        ),
        site=ids,
        value=status,
    )
    for name in ("employees", "confidential"):
        values = _column(sites, name)
        _, bad = _numbers(values)
        report.add(
            bad,
            "warning",
            "sites",
            ids,
            name,
            "not_a_number",
            translate("validation", "site '{site}': {field} '{value}' is not a number"),
            site=ids,
            field=name,
            value=values,
        )


def _check_codes(
    report: _Report, frame: pd.DataFrame, table: str, what: str, ids: pd.Series, catalogue
) -> tuple[pd.Series, pd.Series]:
    """Resource codes: returns (unit family, family) per row (None when unknown)."""
    raw = _column(frame, "resource")
    blank = _blank(raw)
    text = as_text(raw).astype(str).str.strip()
    uniques = pd.unique(text[~blank])
    canonical = {u: normalise_code(u) for u in uniques}
    known = {u: c is not None and bool(catalogue.is_known(c)) for u, c in canonical.items()}
    code = text.map({u: c for u, c in canonical.items() if known[u]})
    is_known = text.map(known).fillna(False).astype(bool)
    # known, but not written as the catalogue writes it ('10 02 02' for 'ewc:100202')
    is_fixable = is_known & (code != text)
    report.add(
        blank,
        "error",
        table,
        ids,
        "resource",
        "null_value",
        translate("validation", "{what} '{id}' has no resource code"),
        what=what,
        id=ids,
    )
    report.add(
        ~blank & is_fixable,
        "warning",
        table,
        ids,
        "resource",
        "unknown_code",
        translate("validation", "{what} '{id}': '{value}' is written '{code}' in the catalogue"),
        what=what,
        id=ids,
        value=text,
        code=code,
    )
    report.add(
        ~blank & ~is_known,
        "error",
        table,
        ids,
        "resource",
        "unknown_code",
        translate("validation", "{what} '{id}': resource code '{value}' is not in the catalogue"),
        what=what,
        id=ids,
        value=text,
    )
    codes = pd.unique(code.dropna())
    unit_family = code.map({c: catalogue.unit_family(c) for c in codes})
    family = code.map({c: catalogue.family(c) for c in codes})
    return unit_family, family


def _check_quantity(
    report: _Report,
    frame: pd.DataFrame,
    table: str,
    what: str,
    ids: pd.Series,
    unit_family: pd.Series,
) -> None:
    """Quantity and unit of each row (``unit_family``: the family of its resource's unit)."""
    quantity = _check_quantity_value(report, frame, table, what, ids)
    _check_unit(report, frame, table, what, ids, unit_family, quantity.notna())


def _check_quantity_value(
    report: _Report, frame: pd.DataFrame, table: str, what: str, ids: pd.Series
) -> pd.Series:
    """Missing, unreadable and negative quantities; returns the quantities read."""
    raw = _column(frame, "quantity")
    quantity, bad = _numbers(raw)
    report.add(
        bad,
        "error",
        table,
        ids,
        "quantity",
        "not_a_number",
        translate("validation", "{what} '{id}': quantity '{value}' is not a number"),
        what=what,
        id=ids,
        value=raw,
    )
    report.add(
        quantity.isna() & ~bad,
        "warning",
        table,
        ids,
        "quantity",
        "null_value",
        translate("validation", "{what} '{id}' has no quantity"),
        what=what,
        id=ids,
    )
    report.add(
        quantity < 0,
        "error",
        table,
        ids,
        "quantity",
        "negative_quantity",
        translate("validation", "{what} '{id}': quantity {value} is negative"),
        what=what,
        id=ids,
        value=quantity,
    )
    absurd = quantity.abs() > quantity_bounds(_column(frame, "unit"), frame.index)
    report.add(
        absurd,
        "error",
        table,
        ids,
        "quantity",
        "absurd_quantity",
        translate(
            "validation",
            "{what} '{id}': quantity {value} is larger than any single site's; check the "
            "digits and the unit"
        ),
        what=what,
        id=ids,
        value=raw,
    )
    return quantity.where(~absurd)


def _check_unit(
    report: _Report,
    frame: pd.DataFrame,
    table: str,
    what: str,
    ids: pd.Series,
    unit_family: pd.Series,
    has_quantity: pd.Series,
) -> None:
    """Missing, unknown, mismatched and non-canonical units."""
    unit = _column(frame, "unit")
    blank = _blank(unit)
    text = as_text(unit).astype(str).str.strip()
    infos = {u: parse_unit(u) for u in pd.unique(text[~blank])}
    family = text.map({u: i.family if i else None for u, i in infos.items()})
    canonical = text.map(
        {
            u: bool(i) and not i.needs_hours and CANONICAL_UNITS[i.family] == u
            for u, i in infos.items()
        }
    )
    canonical = canonical.fillna(False).astype(bool)
    needs_unit = has_quantity & (unit_family != "service")
    report.add(
        blank & needs_unit,
        "error",
        table,
        ids,
        "unit",
        "null_value",
        translate("validation", "{what} '{id}' has a quantity but no unit"),
        what=what,
        id=ids,
    )
    unknown = ~blank & family.isna()
    report.add(
        unknown,
        "error",
        table,
        ids,
        "unit",
        "bad_unit",
        translate("validation", "{what} '{id}': unit '{value}' is not recognised"),
        what=what,
        id=ids,
        value=text,
    )
    mismatch = ~blank & family.notna() & unit_family.notna() & (family != unit_family)
    report.add(
        mismatch,
        "error",
        table,
        ids,
        "unit",
        "unit_mismatch",
        translate(
            "validation",
            "{what} '{id}': unit '{value}' measures {family} but "
            "this resource is measured in {expected}"
        ),
        what=what,
        id=ids,
        value=text,
        family=family.map(unit_family_label),
        expected=unit_family.map(unit_family_label),
    )
    report.add(
        ~blank & family.notna() & ~mismatch & ~canonical,
        "warning",
        table,
        ids,
        "unit",
        "bad_unit",
        translate(
            "validation",
            "{what} '{id}': unit '{value}' is not the canonical "
            "{canonical}; import the table again to convert it"
        ),
        what=what,
        id=ids,
        value=text,
        canonical=family.map(CANONICAL_UNITS),
    )


def _check_resources(
    report: _Report, resources: pd.DataFrame, site_ids: set[str], catalogue
) -> None:
    """Report the problems of the resources (``site_ids``: the ids of the sites)."""
    table = "resources"
    ids = _ids(resources, "resource_id")
    _check_resource_ids(report, resources, ids)
    _check_resource_sites(report, resources, ids, site_ids)
    _check_resource_directions(report, resources, ids)
    what = translate("validation", "resource")
    unit_family, family = _check_codes(report, resources, table, what, ids, catalogue)
    _check_quantity(report, resources, table, what, ids, unit_family)
    _check_resource_details(report, resources, ids, family)
    _check_suggested_codes(report, resources, ids)


def _check_suggested_codes(report: _Report, resources: pd.DataFrame, ids: pd.Series) -> None:
    """Resources whose code the import suggested from the description, for review."""
    flag_values, _ = _numbers(_column(resources, "code_suggested"))
    report.add(
        flag_values.fillna(0).to_numpy() > 0,
        "warning",
        "resources",
        ids,
        "resource",
        "code_suggested",
        translate(
            "validation",
            "resource '{id}': code '{code}' was suggested from its description '{description}', "
            "not given; check it"
        ),
        id=ids,
        code=_column(resources, "resource"),
        description=_column(resources, "description"),
    )


def _check_resource_ids(report: _Report, resources: pd.DataFrame, ids: pd.Series) -> None:
    """Blank and duplicate resource ids."""
    table = "resources"
    raw_id = _column(resources, "resource_id")
    blank_id = _blank(raw_id)
    report.add(
        blank_id,
        "error",
        table,
        ids,
        "resource_id",
        "null_value",
        translate("validation", "a resource has no resource_id"),
    )
    text_id = as_text(raw_id).astype(str).str.strip()
    report.add(
        repeated_ids(text_id, blank_id),
        "error",
        table,
        ids,
        "resource_id",
        "duplicate_id",
        translate("validation", "resource_id '{id}' is used by more than one resource"),
        id=ids,
    )


def _check_resource_sites(
    report: _Report, resources: pd.DataFrame, ids: pd.Series, site_ids: set[str]
) -> None:
    """Blank site ids, and site ids that are not a site."""
    table = "resources"
    site = _column(resources, "site_id")
    site_text = as_text(site).astype(str).str.strip()
    blank_site = _blank(site)
    report.add(
        blank_site,
        "error",
        table,
        ids,
        "site_id",
        "null_value",
        translate("validation", "resource '{id}' has no site_id"),
        id=ids,
    )
    report.add(
        ~blank_site & ~site_text.isin(site_ids),
        "error",
        table,
        ids,
        "site_id",
        "orphan_resource",
        translate(
            "validation",
            "resource '{id}' belongs to site '{site}', which is not in the sites layer"
        ),
        id=ids,
        site=site_text,
    )


def _check_resource_directions(report: _Report, resources: pd.DataFrame, ids: pd.Series) -> None:
    """Blank directions, and directions other than supply and demand."""
    table = "resources"
    direction = _column(resources, "direction")
    blank_direction = _blank(direction)
    report.add(
        blank_direction,
        "error",
        table,
        ids,
        "direction",
        "null_value",
        translate("validation", "resource '{id}' has no direction (supply or demand)"),
        id=ids,
    )
    report.add(
        ~blank_direction & ~direction.isin(DIRECTIONS),
        "error",
        table,
        ids,
        "direction",
        "bad_direction",
        translate("validation", "resource '{id}': direction '{value}' is not supply or demand"),
        id=ids,
        value=direction,
    )


def _check_resource_details(
    report: _Report, resources: pd.DataFrame, ids: pd.Series, family: pd.Series
) -> None:
    """Heat without temperature, and text in the optional number fields."""
    table = "resources"
    temperature = _column(resources, "temperature_c")
    values, bad = _numbers(temperature)
    report.add(
        family.isin(HEAT_FAMILIES) & values.isna() & ~bad,
        "warning",
        table,
        ids,
        "temperature_c",
        "temperature_missing",
        translate(
            "validation",
            "resource '{id}' is {family} without temperature_c; it "
            "can only be matched without a temperature condition"
        ),
        id=ids,
        family=family,
    )
    for name in ("temperature_c", "hours_per_year", "cost_eur_per_unit"):
        raw = _column(resources, name)
        _, bad = _numbers(raw)
        report.add(
            bad,
            "warning",
            table,
            ids,
            name,
            "not_a_number",
            translate("validation", "resource '{id}': {field} '{value}' is not a number"),
            id=ids,
            field=name,
            value=raw,
        )


def _check_flows(report: _Report, flows: pd.DataFrame, site_ids: set[str], catalogue) -> None:
    table = "flows"
    if hasattr(flows, "geometry") and "geometry" in flows.columns:
        _check_crs(report, flows, table)
    ids = _ids(flows, "flow_id")
    raw_id = _column(flows, "flow_id")
    blank_id = _blank(raw_id)
    report.add(
        blank_id,
        "error",
        table,
        ids,
        "flow_id",
        "null_value",
        translate("validation", "a flow has no flow_id"),
    )
    text_id = as_text(raw_id).astype(str).str.strip()
    report.add(
        repeated_ids(text_id, blank_id),
        "error",
        table,
        ids,
        "flow_id",
        "duplicate_id",
        translate("validation", "flow_id '{id}' is used by more than one flow"),
        id=ids,
    )
    for name in ("from_site", "to_site"):
        end = _column(flows, name)
        blank = _blank(end)
        end_text = as_text(end).astype(str).str.strip()
        report.add(
            blank,
            "error",
            table,
            ids,
            name,
            "null_value",
            translate("validation", "flow '{id}' has no {field}"),
            id=ids,
            field=name,
        )
        report.add(
            ~blank & ~end_text.isin(site_ids),
            "error",
            table,
            ids,
            name,
            "orphan_flow",
            translate("validation", "flow '{id}': {field} '{site}' is not in the sites layer"),
            id=ids,
            field=name,
            site=end_text,
        )
    what = translate("validation", "flow")
    unit_family, _family = _check_codes(report, flows, table, what, ids, catalogue)
    _check_quantity(report, flows, table, what, ids, unit_family)
    if len(flows) and "status" not in flows.columns:
        report.add_one(
            "info", table, "status", "missing_column",
            translate("validation", "the flows layer has no status column: every flow is taken "
                                    "as existing"),
        )
    status = _column(flows, "status")
    report.add(
        ~_blank(status) & ~status.isin(FLOW_STATUSES),
        "warning",
        table,
        ids,
        "status",
        "bad_status",
        translate(
            "validation",
            "flow '{id}': status '{value}' is not existing, planned, candidate or rejected"
        ),
        id=ids,
        value=status,
    )


def summarise(report: pd.DataFrame) -> list[str]:
    """Log lines: totals per severity, then the count of each problem."""
    counts = report["severity"].value_counts()
    lines = [
        translate("validation", "{errors} errors, {warnings} warnings, {infos} notes").format(
            errors=int(counts.get("error", 0)),
            warnings=int(counts.get("warning", 0)),
            infos=int(counts.get("info", 0)),
        )
    ]
    if report.empty:
        lines.append(translate("validation", "No problem found"))
        return lines
    grouped = report.groupby(["severity", "table", "problem"], sort=False).size()
    for (severity, table, problem), count in grouped.items():
        lines.append(
            translate("validation", "{severity}: {problem} in {table}: {count}").format(
                severity=severity, problem=problem, table=table, count=int(count)
            )
        )
    return lines
