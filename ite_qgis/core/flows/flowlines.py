"""Flow lines for maps: from a flow table (from site, to site, resource, quantity, unit) to lines.

Every step works on whole arrays:

- each flow gets its resource family (catalogue), its unit family and its quantity in the
  canonical unit of that family (``t/yr``, ``MWh/yr``, ``m3/yr``);
- several flows between the same two sites are either kept side by side (each in its own lane)
  or summed per pair, resource family and unit family;
- a line is straight, or a quadratic Bezier arc that bends to the right of the direction of
  travel: A->B and B->A then lie on opposite sides of the chord and meet only at the sites;
- ``width_mm`` is proportional to the quantity within each unit family (tonnes and MWh each
  scale on their own), and ``size_class`` is a decade class in legend units (t/yr, GWh/yr).

A flow whose end cannot be placed is refused with the list of the missing sites: it is never
dropped silently.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from ..common.crs import to_metric
from ..common.i18n import translate
from ..common.ids import duplicated_ids
from ..common.numbers import number
from ..common.units import normalise_quantities, parse_number_series
from ..reference.catalogue import DEFAULT_UNITS, FAMILY_UNITS
from ..reference.defaults import FLOW_BEND, FLOW_MAX_WIDTH_MM, FLOW_MIN_WIDTH_MM, FLOW_VERTICES

# Line shapes and what to do with several flows between two sites, in the order ite:flowmap
# offers them (its default first).
SHAPES = ("curved", "straight")
MODES = ("offset", "aggregate")

# Legend units per unit family: (unit label, canonical units per legend unit). Energy reads in
# GWh/yr, the unit planners quote for heat networks; masses stay in t/yr.
LEGEND_UNITS = {
    "mass": ("t/yr", 1.0),
    "energy": ("GWh/yr", 1000.0),
    "volume": ("m3/yr", 1.0),
    "service": ("count/yr", 1.0),
}

# Arc height (at the control point) as a share of the distance between the two sites, and the
# extra height given to each further lane. A quadratic Bezier strays from its chord by half its
# control point's height.
DEFAULT_BEND = FLOW_BEND
LANE_GAP_SHARE = 0.12
# Parallel offset between lanes of straight lines, as a share of the distance between the sites.
STRAIGHT_GAP_SHARE = 0.04
DEFAULT_VERTICES = FLOW_VERTICES


class FlowError(ValueError):
    """A flow table the map cannot be drawn from; the message says what to fix."""


@dataclass
class FlowFields:
    """Which columns of the flow table hold what; empty resource or unit fall back to
    ``default_resource`` and ``default_unit``."""

    from_site: str = "from_site"
    to_site: str = "to_site"
    resource: str | None = "resource"
    quantity: str = "quantity"
    unit: str | None = "unit"
    default_resource: str | None = None
    default_unit: str | None = None


@dataclass
class FlowMap:
    lines: gpd.GeoDataFrame
    notes: list[str] = field(default_factory=list)


def _listed(values, limit: int = 30) -> str:
    values = [str(v) for v in values]
    text = ", ".join(values[:limit])
    if len(values) > limit:
        text += translate("flowmap", " ... and {count} more").format(count=len(values) - limit)
    return text


def _column(frame: pd.DataFrame, name: str | None, default: str | None, what: str) -> pd.Series:
    """Text column ``name`` with empty cells filled by ``default``; FlowError when neither."""
    if name and name not in frame.columns and default:
        name = None  # the default stands for a column the table does not have
    if name:
        if name not in frame.columns:
            raise FlowError(
                translate("flowmap", "The flow table has no '{column}' column ({what}).").format(
                    column=name, what=what
                )
            )
        values = frame[name].astype(object)
        text = values.where(values.notna(), "").astype(str).str.strip()
    else:
        text = pd.Series("", index=frame.index, dtype=object)
    if default:
        text = text.where(text != "", default)
    return text


def prepare_flows(
    flows: pd.DataFrame, fields: FlowFields, catalogue
) -> tuple[pd.DataFrame, list[str]]:
    """The flow table with ``family``, ``unit_family``, ``quantity_norm`` and ``unit_norm``,
    and notes for the log.

    Refuses (FlowError, listing the rows) missing columns, empty site ids, text in the quantity,
    unknown resource codes and units that do not fit the resource.
    """
    _check_flow_columns(flows, fields)
    out = flows.copy()
    notes: list[str] = []
    labels = pd.Series(np.arange(1, len(out) + 1), index=out.index).astype(str)
    row_names = translate("flowmap", "row {row}")
    names = labels.map(lambda n: row_names.format(row=n))
    _add_site_ends(out, fields, names)
    resource, families = _flow_resources(out, fields, names, catalogue)
    number = _flow_quantities(out, fields, names)
    unit = _flow_units(out, fields, resource, catalogue, notes)
    normalised = _normalised_flows(number, unit, families, names)
    out["family"] = families.astype(object)
    out["unit_family"] = normalised["unit_family"].astype(object)
    out["quantity_norm"] = normalised["quantity"].astype(float)
    out["unit_norm"] = out["unit_family"].map(DEFAULT_UNITS)
    out["_resource"] = resource
    return _finite_flows(out, names, notes), notes


def _finite_flows(out: pd.DataFrame, names: pd.Series, notes: list[str]) -> pd.DataFrame:
    """The flows whose quantity is a finite number; the others left out with a note that names
    them (an infinite quantity, or one too large once converted, cannot be drawn or added)."""
    finite = np.isfinite(out["quantity_norm"].to_numpy(dtype=float))
    if finite.all():
        return out
    notes.append(
        translate(
            "flowmap",
            "{count} flows have a quantity that is not a finite number (infinite, or too large "
            "once converted) and are left out: {rows}"
        ).format(count=int((~finite).sum()), rows=_listed(names[~finite]))
    )
    if not finite.any():
        raise FlowError(translate("flowmap", "No flow has a quantity that is a finite number."))
    return out[finite]


def _check_flow_columns(flows: pd.DataFrame, fields: FlowFields) -> None:
    """The site and quantity columns exist and the table has rows (FlowError otherwise)."""
    for name, what in ((fields.from_site, "from"), (fields.to_site, "to")):
        if name not in flows.columns:
            raise FlowError(
                translate(
                    "flowmap", "The flow table has no '{column}' column (the {end} site)."
                ).format(column=name, end=what)
            )
    if fields.quantity not in flows.columns:
        raise FlowError(
            translate("flowmap", "The flow table has no '{column}' column (quantity).").format(
                column=fields.quantity
            )
        )
    if flows.empty:
        raise FlowError(translate("flowmap", "The flow table is empty."))


def _add_site_ends(out: pd.DataFrame, fields: FlowFields, names: pd.Series) -> None:
    """Columns ``_from`` and ``_to``: the site ids as text (FlowError when one is empty)."""
    for end, key in ((fields.from_site, "_from"), (fields.to_site, "_to")):
        text = _column(out, end, None, end)
        blank = text == ""
        if blank.any():
            raise FlowError(
                translate("flowmap", "{count} flows have no site in '{column}': {rows}").format(
                    count=int(blank.sum()), column=end, rows=_listed(names[blank])
                )
            )
        out[key] = text  # the ids as text, for matching; the user's columns stay as they are


def _flow_resources(
    out: pd.DataFrame, fields: FlowFields, names: pd.Series, catalogue
) -> tuple[pd.Series, pd.Series]:
    """(resource code, family) of each flow (FlowError when missing or unknown)."""
    resource = _column(out, fields.resource, fields.default_resource, "resource")
    if (resource == "").any():
        blank = resource == ""
        raise FlowError(
            translate(
                "flowmap",
                "{count} flows have no resource code: {rows}. Fill the resource field or give "
                "a default resource (e.g. heat for district heating links)."
            ).format(count=int(blank.sum()), rows=_listed(names[blank]))
        )
    families = catalogue.families(resource)
    unknown = families.isna()
    if unknown.any():
        pairs = names[unknown] + " (" + resource[unknown] + ")"
        raise FlowError(
            translate(
                "flowmap", "{count} flows have a resource code the catalogue does not know: {rows}"
            ).format(count=int(unknown.sum()), rows=_listed(pairs))
        )
    return resource, families


def _flow_quantities(out: pd.DataFrame, fields: FlowFields, names: pd.Series) -> pd.Series:
    """The quantities as numbers (FlowError when text or missing)."""
    number, bad = parse_number_series(out[fields.quantity])
    if bad.any():
        values = names[bad] + " ('" + out[fields.quantity][bad].astype(str) + "')"
        raise FlowError(
            translate(
                "flowmap",
                "{count} flows have a quantity that is not a number in '{column}': {rows}"
            ).format(count=int(bad.sum()), column=fields.quantity, rows=_listed(values))
        )
    missing = number.isna()
    if missing.any():
        raise FlowError(
            translate("flowmap", "{count} flows have no quantity in '{column}': {rows}").format(
                count=int(missing.sum()), column=fields.quantity, rows=_listed(names[missing])
            )
        )
    return number


def _flow_units(
    out: pd.DataFrame, fields: FlowFields, resource: pd.Series, catalogue, notes: list[str]
) -> pd.Series:
    """The unit of each flow; the catalogue's default unit of its resource when none (noted)."""
    unit = _column(out, fields.unit, fields.default_unit, "unit")
    no_unit = unit == ""
    if no_unit.any():
        # Every quantity of the territory model is yearly, in the catalogue's default unit.
        unit = unit.where(~no_unit, catalogue.unit_families(resource).map(DEFAULT_UNITS))
        notes.append(
            translate(
                "flowmap",
                "{count} flows have no unit: the catalogue's default unit of their resource "
                "was used (e.g. MWh/yr for heat)."
            ).format(count=int(no_unit.sum()))
        )
    return unit


def _normalised_flows(
    number: pd.Series, unit: pd.Series, families: pd.Series, names: pd.Series
) -> pd.DataFrame:
    """Quantities in the canonical unit of their family (FlowError, listing the rows, when a
    unit cannot be read or does not fit the resource)."""
    normalised = normalise_quantities(number, unit)
    error = normalised["error"].astype(object)
    allowed = np.array(
        [
            uf in FAMILY_UNITS.get(fam, ())
            for fam, uf in zip(families, normalised["unit_family"], strict=True)
        ],
        dtype=bool,
    )
    mismatch = error.isna().to_numpy() & ~allowed
    if mismatch.any():
        template = translate("flowmap", "unit '{unit}' does not fit a {family} resource")
        error[mismatch] = [
            template.format(unit=u, family=f)
            for u, f in zip(unit[mismatch], families[mismatch], strict=False)
        ]
    if error.notna().any():
        bad = error.notna()
        text = (names[bad] + ": " + error[bad].astype(str)).tolist()
        raise FlowError(
            translate("flowmap", "{count} flows have a quantity or unit problem: {rows}").format(
                count=len(text), rows=_listed(text)
            )
        )
    return normalised


def aggregate_flows(frame: pd.DataFrame, fields: FlowFields) -> pd.DataFrame:
    """One row per (from, to, resource family, unit family): quantities summed, the resource
    codes listed, ``n_flows`` counted."""
    keys = ["_from", "_to", "family", "unit_family"]
    grouped = frame.groupby(keys, sort=False, dropna=False)
    out = grouped.agg(
        **{name: (name, "first") for name in (fields.from_site, fields.to_site)},
        quantity_norm=("quantity_norm", "sum"),
        n_flows=("quantity_norm", "size"),
        _resource=("_resource", lambda s: "; ".join(sorted(set(s)))),
    ).reset_index()
    out["unit_norm"] = grouped["unit_norm"].first().to_numpy()
    resource = fields.resource or "resource"
    out[resource] = out["_resource"]
    first = [fields.from_site, fields.to_site, resource]
    return out[first + [c for c in out.columns if c not in first]]


def lanes(from_ids: np.ndarray, to_ids: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Per flow: its lane (0, 1, ... within its direction), the number of flows in its direction,
    and whether the opposite direction has flows too."""
    pair = pd.DataFrame({"a": np.asarray(from_ids, dtype=object),
                         "b": np.asarray(to_ids, dtype=object)})
    lane = pair.groupby(["a", "b"], sort=False).cumcount().to_numpy()
    count = pair.groupby(["a", "b"], sort=False)["a"].transform("size").to_numpy()
    directed = set(zip(pair["a"], pair["b"], strict=False))
    pairs = zip(pair["a"], pair["b"], strict=True)
    reverse = np.array([(b, a) in directed for a, b in pairs], dtype=bool)
    return lane, count, reverse


def flow_geometries(
    start: np.ndarray,
    end: np.ndarray,
    *,
    shape: str = "curved",
    lane: np.ndarray | None = None,
    count: np.ndarray | None = None,
    reverse: np.ndarray | None = None,
    bend: float = DEFAULT_BEND,
    spacing_m: float = 0.0,
    vertices: int = DEFAULT_VERTICES,
) -> np.ndarray:
    """Line geometries from ``start`` to ``end`` (arrays of shape (n, 2), metres).

    ``curved``: quadratic Bezier arcs bending to the right of travel, lane k a little higher
    than lane k-1 (nested arcs that meet only at the sites). ``straight``: segments, shifted
    sideways when the pair has several flows: to the right of travel when the opposite
    direction has flows too, else centred on the chord. ``spacing_m`` is the distance between
    lanes at mid-length (0: a share of the distance between the sites).
    """
    start = np.asarray(start, dtype=float).reshape(-1, 2)
    end = np.asarray(end, dtype=float).reshape(-1, 2)
    n = len(start)
    lane = np.zeros(n) if lane is None else np.asarray(lane, dtype=float)
    count = np.ones(n) if count is None else np.asarray(count, dtype=float)
    reverse = np.zeros(n, dtype=bool) if reverse is None else np.asarray(reverse, dtype=bool)
    chord = end - start
    length = np.hypot(chord[:, 0], chord[:, 1])
    safe = np.where(length > 0, length, 1.0)
    # Right-hand normal of the direction of travel: (dy, -dx) / length.
    normal = np.column_stack([chord[:, 1], -chord[:, 0]]) / safe[:, None]
    if shape == "straight":
        gap = spacing_m if spacing_m > 0 else STRAIGHT_GAP_SHARE * length
        position = np.where(reverse, lane + 0.5, lane - (count - 1) / 2.0)
        shift = (position * gap)[:, None] * normal
        coords = np.stack([start + shift, end + shift], axis=1)
        return shapely.linestrings(coords)
    if shape != "curved":
        raise FlowError(translate("flowmap", "Unknown line shape '{shape}'.").format(shape=shape))
    # Control point height; the arc's middle lies at half of it, so lanes spaced by 2 * gap.
    step = np.where(length > 0, 2.0 * spacing_m / safe, 0.0) if spacing_m > 0 else LANE_GAP_SHARE
    height = (bend + lane * step) * length
    control = (start + end) / 2.0 + height[:, None] * normal
    t = np.linspace(0.0, 1.0, max(int(vertices), 3))[None, :, None]
    coords = (
        (1 - t) ** 2 * start[:, None, :]
        + 2 * (1 - t) * t * control[:, None, :]
        + t**2 * end[:, None, :]
    )
    return shapely.linestrings(coords)


def widths_mm(
    quantity: np.ndarray,
    unit_family: np.ndarray,
    max_mm: float = FLOW_MAX_WIDTH_MM,
    min_mm: float = FLOW_MIN_WIDTH_MM,
) -> np.ndarray:
    """Width proportional to the quantity within each unit family: the largest flow of a family
    gets ``max_mm``; no line is thinner than ``min_mm`` (so small flows stay visible)."""
    quantity = np.asarray(quantity, dtype=float)
    families = pd.Series(np.asarray(unit_family, dtype=object))
    largest = pd.Series(quantity).groupby(families).transform("max").to_numpy(dtype=float)
    share = np.divide(quantity, largest, out=np.zeros_like(quantity), where=largest > 0)
    return np.maximum(max_mm * share, min_mm)


def _number(value: float) -> str:
    if value >= 1 or not np.isfinite(value):
        return number(value)
    return f"{value:g}"


def legend_quantity(quantity_norm: pd.Series, unit_family: pd.Series) -> pd.DataFrame:
    """``quantity_label`` ('110 GWh/yr', '750,000 t/yr') and ``size_class`` (decade class in
    legend units, e.g. '100-1,000 GWh/yr') with ``size_rank`` (its decade exponent)."""
    unit = unit_family.map(lambda f: LEGEND_UNITS.get(f, ("", 1.0))[0])
    factor = unit_family.map(lambda f: LEGEND_UNITS.get(f, ("", 1.0))[1]).astype(float)
    shown = quantity_norm.astype(float) / factor
    positive = shown > 0
    rank = np.floor(np.log10(shown.where(positive, 1.0))).astype(int)
    labels = [
        (f"{_number(v)} {u}" if abs(v) >= 10 or v == 0 else f"{v:.3g} {u}")
        for v, u in zip(shown, unit, strict=False)
    ]
    with np.errstate(over="ignore"):  # 10**309 is inf, written as a dash (never an error)
        low, high = np.power(10.0, rank.to_numpy()), np.power(10.0, rank.to_numpy() + 1.0)
    classes = [
        f"{_number(a)}\u2013{_number(b)} {u}" if p else f"0 {u}"
        for a, b, u, p in zip(low, high, unit, positive, strict=False)
    ]
    return pd.DataFrame(
        {"quantity_label": labels, "size_class": classes, "size_rank": rank.where(positive, -99)},
        index=quantity_norm.index,
    )


def _points(sites: gpd.GeoDataFrame, site_id: str) -> pd.DataFrame:
    if site_id not in sites.columns:
        raise FlowError(
            translate("flowmap", "The sites layer has no '{column}' column.").format(
                column=site_id
            )
        )
    ids = sites[site_id].astype(object).where(sites[site_id].notna(), "").astype(str).str.strip()
    geoms = sites.geometry.to_numpy()
    usable = ~(shapely.is_missing(geoms) | shapely.is_empty(geoms)) & (ids != "").to_numpy()
    points = shapely.point_on_surface(geoms[usable])
    coords = shapely.get_coordinates(points)
    table = pd.DataFrame({"x": coords[:, 0], "y": coords[:, 1]}, index=ids[usable].to_numpy())
    duplicated = duplicated_ids(table.index)
    if len(duplicated):
        raise FlowError(
            translate("flowmap", "The sites layer has duplicate ids: {ids}").format(
                ids=_listed(duplicated)
            )
        )
    return table


def build_flow_map(
    flows: pd.DataFrame,
    sites: gpd.GeoDataFrame | None,
    catalogue,
    *,
    fields: FlowFields | None = None,
    site_id: str = "site_id",
    shape: str = "curved",
    mode: str = "offset",
    bend: float = DEFAULT_BEND,
    spacing_m: float = 0.0,
    vertices: int = DEFAULT_VERTICES,
    max_width_mm: float = FLOW_MAX_WIDTH_MM,
    min_width_mm: float = FLOW_MIN_WIDTH_MM,
) -> FlowMap:
    """Flow lines in a metric CRS, with family, normalised quantity, width and legend class.

    With ``sites`` (points or polygons with ``site_id``), each end is the site's point; every
    end id missing from the sites raises FlowError listing them. Without ``sites``, ``flows``
    must be a GeoDataFrame of lines: their first and last vertices are the ends.
    """
    fields = fields or FlowFields()
    if mode not in MODES:
        raise FlowError(translate("flowmap", "Unknown mode '{mode}'.").format(mode=mode))
    table, notes = prepare_flows(
        pd.DataFrame(flows.drop(columns=_geometry_name(flows), errors="ignore")), fields, catalogue
    )
    if sites is not None:
        table, crs = _ends_from_sites(table, sites, site_id, notes)
    else:
        crs = _ends_from_lines(table, flows, notes)
    same = table["_from"] == table["_to"]
    if same.any():
        notes.append(
            translate(
                "flowmap", "{count} flows start and end at the same site and are drawn as points "
                           "of no length: {sites}"
            ).format(count=int(same.sum()), sites=_listed(table.loc[same, "_from"]))
        )
    if mode == "aggregate":
        with np.errstate(over="ignore"):
            table = _aggregate_with_ends(table, fields, notes)
        pairs = table["_from"].astype(str) + " \u2192 " + table["_to"].astype(str)
        table = _finite_flows(table, pairs, notes)
    lane, count, reverse = lanes(table["_from"].to_numpy(), table["_to"].to_numpy())
    geometry = flow_geometries(
        table[["_x0", "_y0"]].to_numpy(),
        table[["_x1", "_y1"]].to_numpy(),
        shape=shape, lane=lane, count=count, reverse=reverse, bend=bend,
        spacing_m=spacing_m, vertices=vertices,
    )
    table["lane"] = lane.astype(np.int64)
    table["width_mm"] = widths_mm(table["quantity_norm"].to_numpy(),
                                  table["unit_family"].to_numpy(), max_width_mm, min_width_mm)
    table = table.join(legend_quantity(table["quantity_norm"], table["unit_family"]))
    table = table.drop(columns=["_x0", "_y0", "_x1", "_y1", "_resource", "_from", "_to"])
    lines = gpd.GeoDataFrame(table.reset_index(drop=True), geometry=geometry, crs=crs)
    # Largest flows drawn first, so thin lines stay visible on top of thick ones.
    lines = lines.sort_values("width_mm", ascending=False, kind="stable").reset_index(drop=True)
    return FlowMap(lines, notes)


def _ends_from_sites(table: pd.DataFrame, sites, site_id: str, notes: list[str]):
    """``(table, crs)``: the flows with columns ``_x0 _y0 _x1 _y1``, the points of their
    sites, in a metric CRS. FlowError lists the site ids that are not in the sites layer; the
    flows of a site that is in it without a point cannot be placed: they are left out and
    named in ``notes``."""
    if len(sites) == 0:
        raise FlowError(translate(
            "flowmap", "The sites layer is empty: it has no feature to place the flows' ends."))
    sites_m, crs, note = to_metric(sites)
    if note:
        notes.append(note)
    points = _points(sites_m, site_id)
    ends = pd.concat([table["_from"], table["_to"]])
    given = sites[site_id].astype(object).where(sites[site_id].notna(), "").astype(str)
    missing = sorted(set(ends) - set(given.str.strip()))
    if missing:
        raise FlowError(
            translate(
                "flowmap",
                "{count} site ids of the flows are not in the sites layer: {ids}. Add these "
                "sites, or correct the ids, and run the tool again."
            ).format(count=len(missing), ids=_listed(missing))
        )
    unplaced = ~(table["_from"].isin(points.index) & table["_to"].isin(points.index))
    if unplaced.any():
        pairs = table.loc[unplaced, "_from"].astype(str) + " \u2192 " + table.loc[
            unplaced, "_to"].astype(str)
        note = translate(
            "flowmap", "{count} flows start or end at a site without a point and are not "
                       "drawn: {flows}").format(count=int(unplaced.sum()), flows=_listed(pairs))
        if unplaced.all():
            raise FlowError(note)
        notes.append(note)
        table = table[~unplaced.to_numpy()].copy()
    table["_x0"] = points["x"].reindex(table["_from"]).to_numpy()
    table["_y0"] = points["y"].reindex(table["_from"]).to_numpy()
    table["_x1"] = points["x"].reindex(table["_to"]).to_numpy()
    table["_y1"] = points["y"].reindex(table["_to"]).to_numpy()
    return table, crs


def _ends_from_lines(table: pd.DataFrame, flows, notes: list[str]):
    """Columns ``_x0 _y0 _x1 _y1``: the first and last vertices of the flow lines, in a metric
    CRS (returned); FlowError when the flows are not lines with a CRS."""
    if not isinstance(flows, gpd.GeoDataFrame) or flows.crs is None:
        raise FlowError(
            translate(
                "flowmap",
                "Give a sites layer, or a flow layer of lines with a CRS: the ends of the "
                "flows cannot be placed otherwise."
            )
        )
    lines_m, crs, note = to_metric(flows)
    if note:
        notes.append(note)
    geoms = lines_m.geometry.to_numpy()
    usable = ~(shapely.is_missing(geoms) | shapely.is_empty(geoms))
    usable[usable] = shapely.get_num_coordinates(geoms[usable]) >= 2
    if not usable.all():
        rows = np.flatnonzero(~usable) + 1
        raise FlowError(
            translate(
                "flowmap",
                "{count} flows have no line geometry to place their ends ({rows}); give a "
                "sites layer instead."
            ).format(count=int((~usable).sum()), rows=_listed(rows))
        )
    first = shapely.get_coordinates(shapely.get_point(shapely.line_merge(geoms), 0))
    last = shapely.get_coordinates(shapely.get_point(shapely.line_merge(geoms), -1))
    if len(first) != len(table):  # a multi-line that does not merge into one line
        boundary = [shapely.get_coordinates(g) for g in geoms]
        first = np.array([c[0] for c in boundary])
        last = np.array([c[-1] for c in boundary])
    table["_x0"], table["_y0"] = first[:, 0], first[:, 1]
    table["_x1"], table["_y1"] = last[:, 0], last[:, 1]
    return crs


def _aggregate_with_ends(
    table: pd.DataFrame, fields: FlowFields, notes: list[str]
) -> pd.DataFrame:
    """One line per (from, to, family, unit family), at the ends of its first flow (noted)."""
    coords = table.groupby(
        ["_from", "_to", "family", "unit_family"], sort=False
    )[["_x0", "_y0", "_x1", "_y1"]].first().reset_index(drop=True)
    before = len(table)
    table = aggregate_flows(table, fields)
    table[["_x0", "_y0", "_x1", "_y1"]] = coords.to_numpy()
    notes.append(
        translate("flowmap", "{before} flows summed into {after} lines.").format(
            before=before, after=len(table)
        )
    )
    return table


def _geometry_name(frame) -> list[str]:
    return [frame.geometry.name] if isinstance(frame, gpd.GeoDataFrame) else []


def width_keys(
    lines: pd.DataFrame, max_mm: float = 6.0, min_mm: float = 0.4
) -> list[tuple[str, list[tuple[str, float]]]]:
    """Legend keys per unit family: up to three round quantities (1-2-5 steps, a decade apart)
    with their label in legend units and their width in mm on the run's scale."""
    keys = []
    for unit_family in ("energy", "mass", "volume", "service"):
        values = lines.loc[lines["unit_family"] == unit_family, "quantity_norm"].astype(float)
        if values.empty or not (values.max() > 0):
            continue
        largest = float(values.max())
        unit, factor = LEGEND_UNITS[unit_family]
        exponent = np.floor(np.log10(largest / factor))
        with np.errstate(over="ignore"):  # 5e308 is inf: that step is never the top
            steps = [s * np.power(10.0, exponent) for s in (5.0, 2.0, 1.0)]
        top = next(s for s in steps if s <= largest / factor)
        entries = []
        for shown in (top, top / 10.0, top / 100.0):
            width = max_mm * (shown / largest * factor)
            if width < min_mm and entries:
                break
            entries.append((f"{_number(shown)} {unit}", max(width, min_mm)))
        keys.append((unit_family, entries))
    return keys
