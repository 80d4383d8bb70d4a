"""Public copies of a territory: what a company did not agree to share stays out of exports.

A site or a resource row with ``confidential`` = 1 is protected in every public output (maps,
report, Sankey, CSV/XLSX exports):

* the site's name, operator and address are replaced by its sector (NACE division title) and a
  number, and its ``site_id`` by an opaque public id, in every table that refers to it;
* quantities, costs and the figures derived from them (EUR/yr, t CO2/yr, MW...) are replaced by
  the representative value of their class. Classes follow the 1-2-5 series (1-2, 2-5, 5-10,
  10-20, ...); the representative is the class's geometric mean rounded to two significant
  digits (1.4, 3.2 or 7.1 times a power of ten). Those are never the round figures a company
  declares, and the class bounds are never printed, so an exact quantity cannot be read back;
* the site's point is moved in a random direction by a distance between 30 % and 100 % of a
  radius (metres), the same for the same site and seed on every run, so two exports agree.

The functions return new frames; the inputs are never modified.

Text exports go through :func:`escape_frame`: a cell starting with ``=``, ``+``, ``-``, ``@``
(or a tab or carriage return) gets a leading apostrophe, so a spreadsheet shows it as text and
never runs it as a formula (OWASP, "CSV injection").
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from ..common.crs import to_metric
from ..common.i18n import translate
from ..common.ids import duplicated_ids, listed
from ..common.numbers import number
from ..reference import nace
from ..reference.defaults import DISPLACEMENT_RADIUS_M as DEFAULT_RADIUS_M
from ..validation.findings import InputError

# Share of the radius a confidential point moves at least: a displacement near zero would
# leave the site where it is.
MIN_SHIFT_SHARE = 0.3
# Class representatives inside one decade: geometric means of 1-2, 2-5 and 5-10, two digits.
_DECADE_EDGES = np.array([1.0, 2.0, 5.0, 10.0])
_DECADE_VALUES = np.array([1.4, 3.2, 7.1])
SITE_NAME_COLUMNS = ("name", "operator", "address")
# Numeric columns that carry or reveal a company's quantities: a column whose name contains one
# of these words is rounded to its class on protected rows.
_SENSITIVE = re.compile(
    r"quantity|_eur|eur_|cost|benefit|co2|mwh|gwh|_mw\b|^mw_|capacity|tonnes|_t_yr|m3|"
    r"employees|heat_|demand|supply_|delivered"
)
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def round_to_class(values) -> np.ndarray:
    """Each value replaced by the representative of its 1-2-5 class (sign kept; 0 and NaN
    unchanged). An infinite value, or one whose class representative is beyond the largest
    number (above 1.4e308), becomes NaN: a missing value, never "inf" in a public output."""
    array = np.asarray(pd.to_numeric(pd.Series(values), errors="coerce"), dtype=float)
    out = array.copy()
    magnitude = np.abs(array)
    positive = np.isfinite(magnitude) & (magnitude > 0)
    decade = np.floor(np.log10(magnitude[positive]))
    mantissa = magnitude[positive] / 10.0**decade
    # Guard against log10 rounding just below a power of ten.
    mantissa = np.clip(mantissa, 1.0, np.nextafter(10.0, 0.0))
    position = np.searchsorted(_DECADE_EDGES, mantissa, side="right") - 1
    with np.errstate(over="ignore"):
        out[positive] = np.sign(array[positive]) * _DECADE_VALUES[position] * 10.0**decade
    out[np.isinf(out)] = np.nan
    return out


def class_label(value: float) -> str:
    """``~3,200`` for a class representative (what tables and maps print)."""
    if not np.isfinite(value):
        return ""
    return "~" + number(value, 0 if abs(value) >= 10 else 1)


def escape_cell(value: object) -> object:
    """A text that a spreadsheet would run as a formula, with a leading apostrophe."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def escape_frame(frame: pd.DataFrame) -> pd.DataFrame:
    """A copy of ``frame`` with every text cell passed through :func:`escape_cell`."""
    out = frame.copy()
    for column in out.columns:
        if column == getattr(out, "_geometry_column_name", None):
            continue
        if out[column].dtype == object or pd.api.types.is_string_dtype(out[column]):
            out[column] = out[column].map(escape_cell)
    return out


def sensitive_columns(frame: pd.DataFrame) -> list[str]:
    """Numeric columns of ``frame`` that carry or reveal quantities (see ``_SENSITIVE``)."""
    return [
        column
        for column in frame.columns
        if pd.api.types.is_numeric_dtype(frame[column])
        and not pd.api.types.is_bool_dtype(frame[column])
        and _SENSITIVE.search(str(column).lower())
    ]


def _flag(frame: pd.DataFrame, column: str = "confidential") -> np.ndarray:
    if column not in frame.columns:
        return np.zeros(len(frame), dtype=bool)
    values = pd.to_numeric(frame[column], errors="coerce").fillna(0)
    text = frame[column].astype(str).str.strip().str.lower()
    return ((values != 0) | text.isin(("true", "yes", "oui", "y"))).to_numpy()


def _unit_shift(key: str, seed: int) -> tuple[float, float]:
    """A direction and a share of the radius, fixed for (key, seed): (dx, dy) on the unit
    disc, between MIN_SHIFT_SHARE and 1 from the centre."""
    digest = hashlib.blake2b(f"{seed}:{key}".encode(), digest_size=16).digest()
    u = int.from_bytes(digest[:8], "little") / 2.0**64
    v = int.from_bytes(digest[8:], "little") / 2.0**64
    angle = 2.0 * np.pi * u
    share = MIN_SHIFT_SHARE + (1.0 - MIN_SHIFT_SHARE) * np.sqrt(v)
    return share * np.cos(angle), share * np.sin(angle)


def _displace(sites: gpd.GeoDataFrame, mask: np.ndarray, radius_m: float, seed: int):
    """The geometry column with the masked points moved (same CRS as ``sites``)."""
    geometry = sites.geometry.copy()
    if not mask.any() or radius_m <= 0:
        return geometry
    present = mask & geometry.notna().to_numpy() & ~geometry.is_empty.to_numpy()
    if not present.any():
        return geometry
    metric, crs, _note = to_metric(sites.loc[present, [sites.geometry.name]])
    shifts = np.array([_unit_shift(str(k), seed) for k in sites.loc[present, "site_id"]])
    coords = shapely.get_coordinates(metric.geometry.centroid.to_numpy())
    moved = gpd.GeoSeries(
        shapely.points(coords + shifts * radius_m), index=metric.index, crs=crs
    ).to_crs(sites.crs)
    geometry.loc[present] = moved.to_numpy()
    return geometry


@dataclass
class PublicTerritory:
    """Protected copies and the maps from original to public site ids and names."""

    sites: gpd.GeoDataFrame
    resources: pd.DataFrame | None
    flows: pd.DataFrame | None
    public_ids: dict[str, str] = field(default_factory=dict)  # confidential site -> public id
    public_names: dict[str, str] = field(default_factory=dict)  # public site id -> public name
    confidential_resources: set[str] = field(default_factory=set)
    # Kept to clean line paths, never written out: public id -> true point, and the radius.
    true_points: dict[str, object] = field(default_factory=dict, repr=False)
    resource_sites: dict[str, str] = field(default_factory=dict, repr=False)  # row -> site
    radius_m: float = DEFAULT_RADIUS_M

    def site_id(self, values: pd.Series) -> pd.Series:
        """Site ids with the confidential ones replaced by their public ids."""
        text = values.astype(object)
        return text.map(lambda v: self.public_ids.get(str(v), v) if pd.notna(v) else v)

    def protect_lines(
        self,
        lines: pd.DataFrame,
        from_col: str,
        to_col: str,
        quantity_cols: list[str] | None = None,
        name_cols: tuple[str, ...] = (),
        resource_cols: tuple[str, ...] = (),
        id_cols: tuple[str, ...] = (),
    ) -> pd.DataFrame:
        """A public copy of a table of links between sites (flows, synergies, DH links).

        A row is protected when one of its ends is a confidential site, when it has a true
        ``confidential`` column, or when one of ``resource_cols`` names a confidential resource
        row. Its ``quantity_cols`` (default: :func:`sensitive_columns`) are rounded to classes,
        its ``name_cols`` get the public site names of ``from_col``/``to_col`` (in that order),
        its ``id_cols`` (text ids such as the resource ids) are blanked, and a line geometry is
        redrawn straight between the public points of its ends.
        """
        out = lines.copy()
        if out.empty:
            return out
        ends = [out[c].astype(str) for c in (from_col, to_col) if c in out.columns]
        secret = set(self.public_ids)
        mask = _flag(out)
        for end in ends:
            mask |= end.isin(secret).to_numpy()
        for column in resource_cols:
            if column in out.columns:
                mask |= out[column].astype(str).isin(self.confidential_resources).to_numpy()
        for column in (from_col, to_col):
            if column in out.columns:
                out[column] = self.site_id(out[column])
        columns = sensitive_columns(out) if quantity_cols is None else list(quantity_cols)
        for column in columns:
            if column in out.columns and mask.any():
                values = out[column].to_numpy(dtype=float, copy=True)
                values[mask] = round_to_class(values[mask])
                out[column] = values
        for column, end in zip(name_cols, (from_col, to_col), strict=False):
            if column in out.columns:
                public = out[end].astype(str).map(self.public_names)
                out.loc[mask, column] = public[mask].fillna("")
        for column in id_cols:
            if column in out.columns:
                out.loc[mask, column] = ""
        if isinstance(out, gpd.GeoDataFrame) and mask.any():
            out = self._redraw(out, mask, from_col, to_col)
        return out

    def protect_synergies(self, lines: pd.DataFrame) -> pd.DataFrame:
        """Public copy of ``ite:findsynergies`` / ``ite:allocatesynergies`` lines."""
        return self.protect_lines(
            lines,
            "supplier_site",
            "receiver_site",
            name_cols=("supplier_name", "receiver_name"),
            resource_cols=("supply_id", "demand_id"),
            id_cols=("supply_id", "demand_id"),
        )

    def protect_dh_links(self, links: pd.DataFrame) -> pd.DataFrame:
        """Public copy of ``ite:wasteheatdh`` links. A source is a site (``source_id`` is its
        site id) or a resource row (``source_id`` is its resource id): either way a link from
        a confidential site, or from a confidential row, is protected, and its start moves to
        the public point of the site."""
        if links.empty or "source_id" not in links.columns:
            return links.copy()
        frame = links.copy()
        source = frame["source_id"].astype(str)
        frame["_source_site"] = source.map(lambda v: self.resource_sites.get(v, v))
        out = self.protect_lines(
            frame,
            "_source_site",
            "area_id",
            name_cols=("source_name",),
            resource_cols=("source_id",),
        )
        out["source_id"] = self.site_id(out["source_id"])
        return out.drop(columns="_source_site")

    def _redraw(self, out: gpd.GeoDataFrame, mask, from_col: str, to_col: str):
        """Protected lines with an end at a confidential site: that end vertex moves to the
        public point, and the inner vertices within the displacement radius of the true point
        (a road path leading to the gate) are dropped."""
        points = self.sites.set_index(self.sites["site_id"].astype(str)).geometry
        hidden = gpd.GeoSeries(self.true_points, crs=self.sites.crs)
        if out.crs is not None and points.crs is not None and not points.crs.equals(out.crs):
            points, hidden = points.to_crs(out.crs), hidden.to_crs(out.crs)
        geometry = out.geometry.to_numpy().copy()
        reach = self.radius_m * 1.0001
        for row in np.flatnonzero(mask):
            line = geometry[row]
            if line is None or line.is_empty or line.geom_type != "LineString":
                continue
            coords = shapely.get_coordinates(line)
            keep = np.ones(len(coords), dtype=bool)
            for column, vertex in ((from_col, 0), (to_col, -1)):
                if column not in out.columns:
                    continue
                site = str(out[column].iloc[row])
                if site not in hidden.index:
                    continue
                coords[vertex] = shapely.get_coordinates(points[site])[0]
                near = shapely.distance(shapely.points(coords[1:-1]), hidden[site]) <= reach
                keep[1:-1] &= ~near
            geometry[row] = shapely.linestrings(coords[keep])
        return out.set_geometry(gpd.GeoSeries(geometry, index=out.index, crs=out.crs))


def _public_names(sites: gpd.GeoDataFrame, mask: np.ndarray, lang: str) -> list[str]:
    """"<division title> (n)", numbered per division in site_id order."""
    order = np.argsort(sites.loc[mask, "site_id"].astype(str).to_numpy(), kind="stable")
    codes = sites.loc[mask, "nace"] if "nace" in sites.columns else pd.Series(
        [None] * int(mask.sum())
    )
    codes = codes.to_numpy(dtype=object)
    counters: dict[str, int] = {}
    names = [""] * len(codes)
    for position in order:
        division = nace.division(codes[position])
        title = nace.label(division, lang) if division else None
        sector = title or translate("public", "Confidential site")
        counters[sector] = counters.get(sector, 0) + 1
        names[position] = f"{sector} ({counters[sector]})"
    return names


def protect_territory(
    sites: gpd.GeoDataFrame,
    resources: pd.DataFrame | None = None,
    flows: pd.DataFrame | None = None,
    *,
    radius_m: float = DEFAULT_RADIUS_M,
    seed: int = 0,
    lang: str = "en",
) -> PublicTerritory:
    """Public copies of sites, resources and flows (see the module text for what changes).

    A site is confidential when its own flag is set; a resource row when its flag or its site's
    flag is set. Only protected rows change.
    """
    if "site_id" not in sites.columns:
        raise ValueError(translate("public", "The sites table has no site_id column."))
    public_sites = sites.copy()
    site_mask = _flag(sites)
    original = sites["site_id"].astype(str).to_numpy()
    public_ids = {
        site: f"site-{number:03d}"
        for number, site in enumerate(sorted(set(original[site_mask])), start=1)
    }
    names = _public_names(sites, site_mask, lang)
    public_sites["site_id"] = sites["site_id"].astype(object).where(
        ~site_mask, pd.Series(original).map(public_ids).to_numpy()
    )
    for column in SITE_NAME_COLUMNS:
        if column in public_sites.columns:
            public_sites[column] = public_sites[column].astype(object)
            public_sites.loc[site_mask, column] = names if column == "name" else ""
    if "employees" in public_sites.columns and site_mask.any():
        employees = public_sites["employees"].to_numpy(dtype=float, copy=True)
        employees[site_mask] = round_to_class(employees[site_mask])
        public_sites["employees"] = employees
    if isinstance(public_sites, gpd.GeoDataFrame):
        public_sites = public_sites.set_geometry(_displace(sites, site_mask, radius_m, seed))
    public_names = dict(
        zip(public_sites["site_id"].astype(str), public_sites.get("name", ""), strict=False)
    ) if "name" in public_sites.columns else {}
    territory = PublicTerritory(public_sites, None, None, public_ids, public_names)
    territory.radius_m = float(radius_m)
    if isinstance(sites, gpd.GeoDataFrame):
        secret_rows = sites.loc[site_mask]
        territory.true_points = dict(
            zip(secret_rows["site_id"].astype(str).map(public_ids), secret_rows.geometry,
                strict=True)
        )

    if resources is not None:
        out = resources.copy()
        row_mask = _flag(resources)
        if "site_id" in out.columns:
            row_mask |= out["site_id"].astype(str).isin(public_ids).to_numpy()
            out["site_id"] = territory.site_id(out["site_id"])
        if "resource_id" in out.columns:
            territory.confidential_resources = set(
                resources.loc[row_mask, "resource_id"].astype(str)
            )
            if "site_id" in resources.columns:
                territory.resource_sites = dict(
                    zip(resources["resource_id"].astype(str), resources["site_id"].astype(str),
                        strict=True)
                )
        for column in ("quantity", "cost_eur_per_unit"):
            if column in out.columns and row_mask.any():
                values = pd.to_numeric(out[column], errors="coerce").to_numpy(dtype=float)
                values[row_mask] = round_to_class(values[row_mask])
                out[column] = values
        if "description" in out.columns:
            out["description"] = out["description"].astype(object)
            out.loc[row_mask, "description"] = ""
        territory.resources = out
    if flows is not None:
        territory.flows = territory.protect_lines(
            flows, "from_site", "to_site", quantity_cols=None, id_cols=()
        )
    return territory


def require_site_ids(sites: pd.DataFrame, what: str | None = None) -> None:
    """Refuse (:class:`InputError`, translated) a sites table that has no ``site_id`` column,
    is empty, or has sites without an id or with the id of another: every table of
    a document refers to its sites by that id, so one site must be one id."""
    what = what or translate("inputlayers", "The sites layer")
    if "site_id" not in sites.columns:
        raise InputError(
            translate("inputlayers", "{what} has no 'site_id' column.").format(what=what)
        )
    if len(sites) == 0:
        raise InputError(
            translate("inputlayers", "{what} is empty: it has no feature.").format(what=what)
        )
    ids = sites["site_id"].astype(object)
    text = ids.astype(str).str.strip()
    blank = (ids.isna() | text.isin(["", "None", "NULL", "nan"])).to_numpy()
    if blank.any():
        raise InputError(
            translate("inputlayers", "{what}: {count} features have no site_id.").format(
                what=what, count=int(blank.sum())
            )
        )
    duplicated = duplicated_ids(text)
    if len(duplicated):
        raise InputError(
            translate(
                "inputlayers",
                "{what}: duplicate site_id values {ids}; each site needs its own id."
            ).format(what=what, ids=listed(duplicated))
        )


@dataclass
class TerritoryTables:
    """The tables a public output may show; any but ``sites`` may be None."""

    sites: pd.DataFrame
    resources: pd.DataFrame | None = None
    flows: pd.DataFrame | None = None
    synergies: pd.DataFrame | None = None
    dh_links: pd.DataFrame | None = None


def protect_tables(
    tables: TerritoryTables, *, radius_m: float = DEFAULT_RADIUS_M, seed: int = 0, lang: str = "en"
) -> tuple[TerritoryTables, int]:
    """Public copies of all ``tables`` and the number of confidential sites protected."""
    territory = protect_territory(
        tables.sites, tables.resources, tables.flows, radius_m=radius_m, seed=seed, lang=lang
    )
    public = TerritoryTables(
        territory.sites,
        territory.resources,
        territory.flows,
        None if tables.synergies is None else territory.protect_synergies(tables.synergies),
        None if tables.dh_links is None else territory.protect_dh_links(tables.dh_links),
    )
    return public, len(territory.public_ids)
