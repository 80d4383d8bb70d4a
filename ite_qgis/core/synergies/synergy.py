"""Candidate synergies: which supply could meet which demand, within a transport-cost radius.

Two kinds of candidates:

* **declared**: a supply and a demand stated in the inventory whose codes are the same
  (``exact``) or linked by a catalogue compatibility rule (``compatible``);
* **inferred** (``inferred_sector``): a supply and a site that declared no matching demand but
  whose NACE sector documented exchanges show receiving that resource (knowledge base).

Method, scaled to millions of records: for each (supply code, demand code) pair of the catalogue
rules a k-d tree (``scipy.spatial.cKDTree``) of the demand points answers, for all supplies of
that code at once, the ``k`` nearest demands within an upper bound of the radius; each pair is
then checked against its own maximum distance and condition. Python loops run over code pairs,
never over records.

Distances are straight lines in a metric CRS times ``detour_factor`` (road or pipe routes are
longer than the crow flies; 1.3 is a common circuity figure for road networks).

Quantity of a declared pair, in the supply's unit: ``min(supply, demand / conversion)`` where
``conversion = efficiency * demand_unit_per_supply_unit`` of the rule; the demand receives
``quantity * conversion`` (column ``demand_quantity``, in the demand's unit). An inferred pair
has no stated demand: its quantity is the whole supply and no purchase price is counted.

Economics per family (every figure can be set per run):

* material: break-even radius (docs/architecture.md, Economics) from the supply's disposal
  cost (its ``cost_eur_per_unit``, else ``econ.avoided_disposal_eur_t``) and the demand's
  purchase price (its ``cost_eur_per_unit``), road transport at ``econ.cost_eur_per_tkm`` with
  ``econ.empty_return``;
* heat and steam: longest pipe whose levelised cost stays within ``heat_econ.ceiling_eur_mwh``
  for the heat delivered, at the capacity ``heat / min(supply hours, demand hours)``; the
  temperature rule (supply temperature >= required temperature) applies;
* other families (water, gas, electricity, service): the catalogue's transport cost per unit-km
  when it gives one (break-even as for materials), otherwise no economic model: the fixed radius
  is used and transport is not costed (a note says so).

``radius_mode``: ``economic`` (the economic radius capped by ``econ.max_radius_m``), ``fixed``
(``fixed_radius_m`` for every pair) or ``min`` (the smaller of both).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely
from scipy.spatial import cKDTree

from ..reference.catalogue import temperatures_ok
from ..common.crs import crs_label, to_metric
from ..common.families import HEAT_FAMILIES
from ..common.ids import duplicated_ids
from ..common.units import HOURS_PER_YEAR
from ..reference.economics import (
    PIPE_COST_TABLE,
    HeatEconomics,
    MaterialEconomics,
    break_even_radius_m,
    max_transmission_distance_m,
    pipe_class,
    transport_cost_eur_yr,
)
from ..common.i18n import translate
from ..reference.defaults import DETOUR_FACTOR, FIXED_RADIUS_M, MAX_CANDIDATES, RADIUS_MODES
from .indicators import synergy_indicators
from ..reference.knowledge import KnowledgeBase, nace_parts, rule_label

MATCH_KINDS = ("exact", "compatible", "inferred_sector")
# Hours of a supply or demand that gives none: all year. For heat this is the lowest capacity,
# hence the cheapest pipe; state the hours to be less optimistic.
DEFAULT_HOURS_PER_YEAR = HOURS_PER_YEAR
# Pairs with a quality condition (temperature) may fail after the nearest-neighbour query: ask
# for this many times more neighbours in those groups so that the k kept are still the nearest
# valid ones in most cases.
CONDITION_OVERSAMPLE = 3
# Confidence of an inferred candidate for the score: evidence / (evidence + 3), i.e. three
# documented exchanges give half the weight of a declared demand. A pseudo-count prior chosen
# here, not a published figure; it only orders candidates.
INFERRED_PRIOR_COUNT = 3.0

LINE_COLUMNS = [
    "synergy_id",
    "supply_id",
    "demand_id",
    "supplier_site",
    "receiver_site",
    "resource",
    "demand_resource",
    "family",
    "match_kind",
    "rule",
    "evidence",
    "level",
    "distance_m",
    "max_distance_m",
    "quantity",
    "demand_quantity",
    "unit",
    "transport_cost_eur_yr",
    "avoided_cost_eur_yr",
    "net_benefit_eur_yr",
    "co2_avoided_t_yr",
    "score",
    "rank",
]
_FLOATS = (
    "distance_m",
    "max_distance_m",
    "quantity",
    "demand_quantity",
    "transport_cost_eur_yr",
    "avoided_cost_eur_yr",
    "net_benefit_eur_yr",
    "co2_avoided_t_yr",
    "score",
)


class SynergyError(ValueError):
    """Input the synergy finder cannot work with; the message is translated and says why."""


class Cancelled(Exception):  # noqa: N818 (the name the Processing wrapper catches)
    """The run was cancelled through ``feedback.isCanceled()``."""


@dataclass
class SynergyResult:
    """Candidate synergies, indicators and log notes.

    ``table`` holds the attributes of the lines (text columns as pandas categoricals) and
    ``endpoints`` their coordinates, ``(n, 2, 2)``: supplier then receiver point, in ``crs`` (the
    metric CRS of the run). ``lines`` is the GeoDataFrame of line geometries, built on first use:
    millions of shapely lines take about 250 bytes each, more than all the attributes, so a
    caller that only needs the table or the coordinates never pays for them.
    """

    table: pd.DataFrame
    endpoints: np.ndarray
    crs: Any
    indicators: dict[str, float]
    notes: list[str] = field(default_factory=list)

    @cached_property
    def lines(self) -> gpd.GeoDataFrame:
        """The candidates as supplier -> receiver line features, in ``crs``."""
        geometry = shapely.linestrings(self.endpoints) if len(self.endpoints) else []
        columns = {name: self.table[name].array for name in self.table.columns}
        return gpd.GeoDataFrame(
            {**columns, "geometry": gpd.GeoSeries(geometry, crs=self.crs)},
            geometry="geometry",
            crs=self.crs,
            copy=False,
        )


# --------------------------------------------------------------------------------------------
# Inputs


@dataclass
class _Points:
    """Records (supplies or demands) as aligned numpy arrays; text as integer codes into the
    shared tables ``code_names`` (canonical resource codes), ``family_names`` (family of each
    code) and ``unit_names``, so that no per-record Python string is touched on the hot path."""

    row: np.ndarray  # position in the resources table
    site: np.ndarray  # integer position of the site
    x: np.ndarray
    y: np.ndarray
    code: np.ndarray  # position in code_names
    quantity: np.ndarray
    unit: np.ndarray  # position in unit_names
    temperature_c: np.ndarray
    hours: np.ndarray
    cost: np.ndarray
    code_names: np.ndarray
    family_names: np.ndarray
    unit_names: np.ndarray
    ids: pd.Index  # resource_id of every row of the resources table (unique)

    _SHARED = ("code_names", "family_names", "unit_names", "ids")

    def take(self, positions: np.ndarray) -> _Points:
        return _Points(
            **{k: v if k in self._SHARED else v[positions] for k, v in self.__dict__.items()}
        )

    def code_position(self, code: str) -> int:
        found = np.flatnonzero(self.code_names == code)
        return int(found[0]) if len(found) else -1


def _as_text(values: pd.Series, missing: str | None = None) -> pd.Series:
    """``values.astype(str)`` (or ``missing`` for missing values when given), skipping the
    per-value conversion when the column already holds only text, and converting each distinct
    value once otherwise."""
    if missing is None and pd.api.types.infer_dtype(values, skipna=False) == "string":
        return values
    codes, uniques = pd.factorize(values, use_na_sentinel=missing is not None)
    names = np.array([str(value) for value in uniques] + [missing], dtype=object)
    return pd.Series(names[codes], index=values.index)  # code -1 (missing) reads the last


def _prepare_sites(sites: gpd.GeoDataFrame, notes: list[str]) -> tuple[pd.DataFrame, Any]:
    for column in ("site_id",):
        if column not in sites.columns:
            raise SynergyError(
                translate("synergy", "The sites table has no '{column}' column.").format(
                    column=column
                )
            )
    ids = _as_text(sites["site_id"])
    index = pd.Index(ids)
    if not index.is_unique:
        raise SynergyError(
            translate("synergy", "Duplicate site_id values: {ids}").format(
                ids=", ".join(duplicated_ids(index)[:10])
            )
        )
    metric, crs, note = to_metric(sites)
    notes.append(
        note or translate("synergy", "Distances are measured in {crs}.").format(crs=crs_label(crs))
    )
    geometry = metric.geometry
    missing = geometry.isna().to_numpy() | geometry.is_empty.to_numpy()
    types = shapely.get_type_id(geometry.to_numpy())
    not_points = ~missing & (types != shapely.GeometryType.POINT)
    if not_points.any():
        raise SynergyError(
            translate(
                "synergy",
                "{count} sites are not points (e.g. {ids}); sites must be point features."
            ).format(count=int(not_points.sum()), ids=", ".join(ids[not_points][:5]))
        )
    if missing.any():
        notes.append(
            translate("synergy", "{count} sites have no geometry and were left out: {ids}").format(
                count=int(missing.sum()), ids=", ".join(ids[missing][:10])
            )
        )
    keep = ~missing
    coords = shapely.get_coordinates(geometry.to_numpy()[keep])
    nace = sites["nace"] if "nace" in sites.columns else pd.Series("", index=sites.index)
    table = pd.DataFrame(
        {
            "site_id": ids.to_numpy()[keep],
            "x": coords[:, 0],
            "y": coords[:, 1],
            "nace": _as_text(nace, missing="").to_numpy()[keep],
        }
    )
    # The site ids as an Index known unique: its hash table is built once and serves the
    # look-up of the resources' sites and the text columns of the lines.
    table.attrs["index"] = index if keep.all() else pd.Index(table["site_id"])
    return table, crs


def _numbers(frame: pd.DataFrame, column: str) -> np.ndarray:
    if column not in frame.columns:
        return np.full(len(frame), np.nan)
    return pd.to_numeric(frame[column], errors="coerce").to_numpy(dtype=float)


def _factorized_text(values: pd.Series) -> tuple[np.ndarray, np.ndarray]:
    """(codes, names): stripped text as integer positions into ``names``, '' for missing. Each
    distinct value is cleaned once (columns such as direction or unit hold a handful of values
    over millions of rows)."""
    codes, uniques = pd.factorize(values, use_na_sentinel=True)
    names = pd.Series([str(value).strip() for value in uniques] + [""], dtype=object)
    positions, distinct = pd.factorize(names)  # values equal once stripped share a position
    codes = np.where(codes < 0, len(uniques), codes)
    return positions[codes].astype(np.int32), np.asarray(distinct, dtype=object)


def _prepare_resources(
    resources: pd.DataFrame,
    site_table: pd.DataFrame,
    catalogue,
    families: set[str] | None,
    notes: list[str],
) -> tuple[_Points, _Points]:
    required = ("resource_id", "site_id", "direction", "resource", "quantity")
    missing_columns = [c for c in required if c not in resources.columns]
    if missing_columns:
        raise SynergyError(
            translate("synergy", "The resources table lacks the columns {columns}.").format(
                columns=", ".join(missing_columns)
            )
        )
    ids = _as_text(resources["resource_id"])
    index = pd.Index(ids)
    if not index.is_unique:
        raise SynergyError(
            translate("synergy", "Duplicate resource_id values: {ids}").format(
                ids=", ".join(duplicated_ids(index)[:10])
            )
        )
    # Codes: each distinct spelling normalised once, then integer positions everywhere.
    raw, spellings = pd.factorize(resources["resource"], use_na_sentinel=True)
    canonical = catalogue.normalise(pd.Series(spellings, dtype=object))
    canonical_pos, code_names = pd.factorize(canonical, use_na_sentinel=True)
    code_names = np.asarray(code_names, dtype=object)
    family_names = catalogue.families(pd.Series(code_names, dtype=object)).to_numpy(dtype=object)
    code = np.where(raw >= 0, canonical_pos[np.maximum(raw, 0)], -1).astype(np.int32)
    known_code = np.r_[pd.notna(family_names), False]  # position -1 reads the last entry
    direction_pos, direction_names = _factorized_text(resources["direction"])
    direction_names = np.array([name.lower() for name in direction_names], dtype=object)
    is_supply = np.isin(direction_pos, np.flatnonzero(direction_names == "supply"))
    is_demand = np.isin(direction_pos, np.flatnonzero(direction_names == "demand"))
    quantity = _numbers(resources, "quantity")
    site_pos = site_table.attrs["index"].get_indexer(_as_text(resources["site_id"]))

    def skip(mask: np.ndarray, template: str) -> None:
        if mask.any():
            notes.append(template.format(count=int(mask.sum()), ids=", ".join(ids[mask][:10])))

    unknown = ~known_code[code]
    skip(
        unknown,
        translate("synergy", "{count} resources have an unknown code and were left out: {ids}"),
    )
    bad_direction = ~(is_supply | is_demand)
    skip(
        bad_direction & ~unknown,
        translate(
            "synergy",
            "{count} resources are neither 'supply' nor 'demand' and were left out: {ids}"
        ),
    )
    no_site = site_pos < 0
    skip(
        no_site & ~unknown & ~bad_direction,
        translate(
            "synergy",
            "{count} resources refer to a site that is missing or has no geometry and "
            "were left out: {ids}"
        ),
    )
    no_quantity = ~(quantity > 0)
    keep = ~(unknown | bad_direction | no_site)
    skip(
        no_quantity & keep,
        translate(
            "synergy", "{count} resources have no positive quantity and give no synergy: {ids}"
        ),
    )
    keep &= ~no_quantity
    if families is not None:
        keep &= np.r_[np.isin(family_names, list(families)), False][code]

    if "unit" in resources.columns:
        unit, unit_names = _factorized_text(resources["unit"])
    else:
        unit, unit_names = np.zeros(len(resources), dtype=np.int32), np.array([""], dtype=object)
    site_safe = np.maximum(site_pos, 0)
    points = _Points(
        row=np.arange(len(resources)),
        ids=index,
        site=site_pos,
        x=site_table["x"].to_numpy()[site_safe],
        y=site_table["y"].to_numpy()[site_safe],
        code=code,
        quantity=quantity,
        unit=unit,
        temperature_c=_numbers(resources, "temperature_c"),
        hours=_numbers(resources, "hours_per_year"),
        cost=_numbers(resources, "cost_eur_per_unit"),
        code_names=code_names,
        family_names=family_names,
        unit_names=unit_names,
    )
    return (
        points.take(np.flatnonzero(keep & is_supply)),
        points.take(np.flatnonzero(keep & ~is_supply)),
    )


# --------------------------------------------------------------------------------------------
# Economics of pairs


@dataclass
class _Settings:
    radius_mode: str
    fixed_radius_m: float
    detour_factor: float
    max_candidates: int
    econ: MaterialEconomics
    heat_econ: HeatEconomics


@dataclass
class _Model:
    """How a supply code travels: ``road`` (break-even), ``pipe`` (heat) or ``fixed``."""

    kind: str
    cost_eur_per_unit_km: float = np.nan
    empty_return: float = 0.0


def _model_for(code: str, family: str, catalogue, econ: MaterialEconomics) -> _Model:
    if family in HEAT_FAMILIES:
        return _Model("pipe")
    if family == "material":
        return _Model("road", econ.cost_eur_per_tkm, econ.empty_return)
    entry = catalogue.entry(code)
    cost = float(entry.get("transport_cost_eur_per_unit_km") or np.nan)
    if np.isfinite(cost) and cost > 0:
        empty = econ.empty_return if entry.get("transport_mode") == "road" else 0.0
        return _Model("road", cost, empty)
    return _Model("fixed")


def _apply_mode(economic_m: np.ndarray, settings: _Settings) -> np.ndarray:
    capped = np.minimum(economic_m, settings.econ.max_radius_m)
    if settings.radius_mode == "fixed":
        return np.full_like(capped, settings.fixed_radius_m)
    if settings.radius_mode == "min":
        return np.minimum(capped, settings.fixed_radius_m)
    return capped


def _disposal_eur_per_unit(supplies: _Points, family: str, econ: MaterialEconomics) -> np.ndarray:
    """What a supplier pays today per unit to get rid of it (its own figure when given)."""
    default = econ.avoided_disposal_eur_t if family == "material" else 0.0
    return np.where(np.isfinite(supplies.cost), supplies.cost, default)


def _pair_economics(
    model: _Model,
    supply_qty: np.ndarray,
    demand_qty: np.ndarray,
    conversion: float,
    disposal: np.ndarray,
    price: np.ndarray,
    supply_hours: np.ndarray,
    demand_hours: np.ndarray,
    distance_m: np.ndarray,
    settings: _Settings,
) -> dict[str, np.ndarray]:
    """Quantity, radius and yearly money of pairs; arrays aligned. ``demand_qty`` inf and
    ``price`` 0 for inferred pairs."""
    quantity = np.minimum(supply_qty, demand_qty / conversion)
    delivered = quantity * conversion
    purchase_per_unit = price * conversion
    avoided = quantity * disposal + delivered * price
    econ, heat = settings.econ, settings.heat_econ
    if model.kind == "pipe":
        hours = np.fmin(supply_hours, demand_hours)
        hours = np.where(np.isfinite(hours) & (hours > 0), hours, DEFAULT_HOURS_PER_YEAR)
        capacity_mw = delivered / hours
        economic = max_transmission_distance_m(delivered, capacity_mw, heat)
        _, cost_eur_m = pipe_class(capacity_mw)
        transport = cost_eur_m * distance_m * heat.yearly_charge_share
        extra = 0.0
    elif model.kind == "road":
        economic = break_even_radius_m(
            disposal,
            purchase_per_unit,
            econ.treatment_eur_t,
            econ.handling_eur_t,
            model.cost_eur_per_unit_km,
            model.empty_return,
        )
        transport = transport_cost_eur_yr(
            distance_m, quantity, model.cost_eur_per_unit_km, model.empty_return
        )
        extra = quantity * (econ.treatment_eur_t + econ.handling_eur_t)
    else:
        economic = np.full(len(quantity), settings.fixed_radius_m)
        transport = np.zeros(len(quantity))
        extra = 0.0
    max_distance = _apply_mode(np.asarray(economic, dtype=float), settings)
    if model.kind == "fixed":
        max_distance = np.full(len(quantity), settings.fixed_radius_m)
    return {
        "quantity": quantity,
        "delivered": delivered,
        "max_distance_m": max_distance,
        "transport_cost_eur_yr": transport,
        "avoided_cost_eur_yr": avoided,
        "net_benefit_eur_yr": avoided - transport - extra,
    }


def _query_bound_m(
    model: _Model,
    supplies: _Points,
    disposal: np.ndarray,
    best_demand_qty: float,
    best_price: float,
    conversion: float,
    settings: _Settings,
) -> float:
    """Upper bound of the radius of any pair of the group (metres along the route)."""
    if model.kind == "fixed" or settings.radius_mode == "fixed":
        return settings.fixed_radius_m
    n = len(supplies.quantity)
    economics = _pair_economics(
        model,
        supplies.quantity,
        np.full(n, best_demand_qty),
        conversion,
        disposal,
        np.full(n, best_price),
        supplies.hours,
        supplies.hours,
        np.zeros(n),
        settings,
    )
    bound = np.asarray(economics["max_distance_m"], dtype=float)
    if model.kind == "pipe":
        # A smaller flow may need a cheaper pipe class and so reach further: add the distance
        # at the top of the largest class below the flow (see _pipe_class_top_distance_m).
        hours = np.where(
            np.isfinite(supplies.hours) & (supplies.hours > 0),
            supplies.hours,
            DEFAULT_HOURS_PER_YEAR,
        )
        delivered = economics["delivered"]
        top = _apply_mode(_pipe_class_top_distance_m(delivered / hours, hours, settings), settings)
        bound = np.fmax(bound, top)
    return float(np.nanmax(bound, initial=0.0))


def _pipe_class_top_distance_m(
    capacity_mw: np.ndarray, hours: np.ndarray, settings: _Settings
) -> np.ndarray:
    """Longest economic pipe for any flow up to ``capacity_mw``, beyond the flow itself.

    Within a pipe class the cost per metre is constant, so the distance grows with the heat
    carried and peaks at the top of the class. Capacity per euro (MW / EUR/m) grows from class
    to class (0.2/195 ... 190/976) and stays constant for parallel 190 MW pipes, so of all class
    tops below ``capacity_mw`` the largest reaches furthest: ``c_max * P_top * hours /
    (C_pipe(P_top) * (a + om))``. 0 when the flow is below the smallest class.
    """
    classes = np.array(sorted(PIPE_COST_TABLE), dtype=float)
    costs = np.array([PIPE_COST_TABLE[c] for c in classes])
    position = np.searchsorted(classes, capacity_mw, side="right") - 1
    below_smallest = position < 0
    position = np.clip(position, 0, len(classes) - 1)
    heat = settings.heat_econ
    distance = (
        heat.ceiling_eur_mwh
        * classes[position]
        * hours
        / (costs[position] * heat.yearly_charge_share)
    )
    return np.where(below_smallest | ~np.isfinite(capacity_mw), 0.0, distance)


def _co2_factor(code: str, catalogue, family: str, heat_econ: HeatEconomics) -> float:
    factor = float(catalogue.entry(code).get("co2_factor_t_per_unit") or np.nan)
    if not np.isfinite(factor) and family in HEAT_FAMILIES:
        factor = heat_econ.gas_boiler_co2_t_mwh
    return factor


# --------------------------------------------------------------------------------------------
# Pair search


def _nearest(
    tree: cKDTree, x: np.ndarray, y: np.ndarray, k: int, bound_straight_m: float
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(query position, tree position, straight distance) of the k nearest within the bound."""
    if k <= 0 or len(x) == 0 or bound_straight_m <= 0:
        empty = np.zeros(0, dtype=np.int64)
        return empty, empty, np.zeros(0)
    # A bound slightly above the radius: pairs exactly at the radius are then filtered by the
    # exact test below rather than by the tree's strict inequality.
    distance, position = tree.query(
        np.column_stack([x, y]),
        k=k,
        distance_upper_bound=bound_straight_m * (1 + 1e-9) + 1e-6,
        # Both cores for large queries; threads cost more than they save on small ones.
        workers=-1 if len(x) >= 20_000 else 1,
    )
    distance = distance.reshape(len(x), -1)
    position = position.reshape(len(x), -1)
    found = np.isfinite(distance)
    rows = np.broadcast_to(np.arange(len(x))[:, None], distance.shape)[found]
    return rows, position[found], distance[found]


def _first_k_per_supply(supply_pos: np.ndarray, mask: np.ndarray, k: int) -> np.ndarray:
    """``mask`` limited to its first ``k`` rows of each supply. Rows come grouped by supply and
    nearest first, as the k-d tree query returns them, so these are the ``k`` nearest."""
    if len(mask) == 0:
        return mask
    counted = np.cumsum(mask)
    starts = np.r_[True, supply_pos[1:] != supply_pos[:-1]]
    before = (counted - mask)[starts]
    rank = counted - before[np.cumsum(starts) - 1]
    return mask & (rank <= k)


class _Labels:
    """Distinct (rule, demand resource, level) texts of the lines, stored once; lines keep an
    integer code (filling millions of rows with Python strings is slow and large)."""

    def __init__(self) -> None:
        self.values: list[tuple] = []
        self._index: dict[tuple, int] = {}

    def code(self, rule: str, demand_resource: str | None, level: str | None) -> int:
        key = (rule, demand_resource, level)
        if key not in self._index:
            self._index[key] = len(self.values)
            self.values.append(key)
        return self._index[key]

    def names(self, position: int) -> np.ndarray:
        """Text number ``position`` (0 rule, 1 demand resource, 2 level) of each label code."""
        table = np.empty(len(self.values), dtype=object)
        table[:] = [value[position] for value in self.values]
        return table


def _code_pairs(supply_codes: np.ndarray, demand_codes: np.ndarray, catalogue) -> pd.DataFrame:
    """(supply code, demand code) groups present in the data with their rule."""
    present = set(demand_codes)
    rows = []
    for code in sorted(set(supply_codes)):
        rules = catalogue.compatible_demands(code)
        seen = set()
        for rule in rules.itertuples(index=False):
            if rule.demand_code in present and rule.demand_code not in seen:
                seen.add(rule.demand_code)
                rows.append(_rule_row(code, rule))
        if code in present and code not in seen:
            rows.append(
                {
                    "supply_code": code,
                    "demand_code": code,
                    "condition": "none",
                    "conversion": 1.0,
                    "match_kind": "exact",
                    "rule": translate("synergy", "same code"),
                }
            )
    columns = ["supply_code", "demand_code", "condition", "conversion", "match_kind", "rule"]
    return pd.DataFrame(rows, columns=columns)


def _rule_row(code: str, rule) -> dict:
    factor = float(getattr(rule, "demand_unit_per_supply_unit", 1.0) or 1.0)
    efficiency = float(rule.efficiency) if np.isfinite(float(rule.efficiency)) else 1.0
    exact = rule.demand_code == code
    text = translate("synergy", "same code") if exact else f"{code} -> {rule.demand_code}"
    if rule.condition not in ("none", "same_code", "", None):
        text += f" [{rule.condition}]"
    return {
        "supply_code": code,
        "demand_code": rule.demand_code,
        "condition": rule.condition,
        "conversion": efficiency * (factor if np.isfinite(factor) else 1.0),
        "match_kind": "exact" if exact else "compatible",
        "rule": text,
    }


def _declared_group(
    group,
    supplies: _Points,
    demands: _Points,
    trees: dict,
    catalogue,
    settings: _Settings,
    labels: _Labels,
) -> dict[str, np.ndarray] | None:
    s_sel = np.flatnonzero(supplies.code == supplies.code_position(group.supply_code))
    d_sel = np.flatnonzero(demands.code == demands.code_position(group.demand_code))
    if len(s_sel) == 0 or len(d_sel) == 0:
        return None
    family = supplies.family_names[supplies.code[s_sel[0]]]
    model = _model_for(group.supply_code, family, catalogue, settings.econ)
    s, d = supplies.take(s_sel), demands.take(d_sel)
    disposal = _disposal_eur_per_unit(s, family, settings.econ)
    price = np.where(np.isfinite(d.cost), d.cost, 0.0)
    temperature_rule = group.condition == "supply_temperature_ge_demand" or family in HEAT_FAMILIES
    bound = _query_bound_m(
        model, s, disposal, float(d.quantity.max()), float(price.max()), group.conversion, settings
    )
    if group.demand_code not in trees:
        trees[group.demand_code] = cKDTree(np.column_stack([d.x, d.y]))
    tree = trees[group.demand_code]
    k = settings.max_candidates * (CONDITION_OVERSAMPLE if temperature_rule else 1) + 1
    rows, cols, straight = _nearest(
        tree, s.x, s.y, min(k, len(d_sel)), bound / settings.detour_factor
    )
    keep = s.site[rows] != d.site[cols]  # never a site with itself
    if temperature_rule:
        supply_min, supply_max = catalogue.temperature_band(group.supply_code)
        keep &= temperatures_ok(
            s.temperature_c[rows],
            d.temperature_c[cols],
            supply_min,
            supply_max,
            catalogue.temperature_band(group.demand_code)[0],
        )
    rows, cols, straight = rows[keep], cols[keep], straight[keep]
    distance = straight * settings.detour_factor
    money = _pair_economics(
        model,
        s.quantity[rows],
        d.quantity[cols],
        group.conversion,
        disposal[rows],
        price[cols],
        s.hours[rows],
        d.hours[cols],
        distance,
        settings,
    )
    inside = distance <= money["max_distance_m"]
    inside = _first_k_per_supply(rows, inside, settings.max_candidates)
    factor = _co2_factor(group.demand_code, catalogue, family, settings.heat_econ)
    if not np.isfinite(factor):
        factor = _co2_factor(group.supply_code, catalogue, family, settings.heat_econ)
        co2 = money["quantity"] * np.nan_to_num(factor)
    else:
        co2 = money["delivered"] * factor
    n = int(inside.sum())
    out = {key: value[inside] for key, value in money.items()}
    out.update(
        supply=s_sel[rows[inside]],
        demand=d_sel[cols[inside]],
        receiver_site=d.site[cols[inside]],
        distance_m=distance[inside],
        co2_avoided_t_yr=co2[inside],
        kind=np.full(n, MATCH_KINDS.index(group.match_kind), dtype=np.int8),
        label=np.full(n, labels.code(group.rule, group.demand_code, None), dtype=np.int32),
        evidence=np.zeros(n, dtype=np.int64),
    )
    return out


def _contains(sorted_keys: np.ndarray, values: np.ndarray) -> np.ndarray:
    """``np.isin(values, sorted_keys)`` for sorted unique keys, without re-sorting the keys
    (they can be millions, looked up once per group)."""
    if len(sorted_keys) == 0:
        return np.zeros(len(values), dtype=bool)
    position = np.minimum(np.searchsorted(sorted_keys, values), len(sorted_keys) - 1)
    return sorted_keys[position] == values


def _inferred_groups(
    supplies: _Points,
    site_table: pd.DataFrame,
    knowledge: KnowledgeBase,
    catalogue,
    settings: _Settings,
    declared_keys: np.ndarray,
    labels: _Labels,
    feedback,
) -> Iterator[dict[str, np.ndarray]]:
    """Supplies x sites of documented receiving sectors, within the supply's radius (one dict
    of arrays per group of supplies)."""
    if len(supplies.row) == 0:
        return
    site_nace = nace_parts(site_table["nace"].astype(object))
    provider_division = site_nace["division"].to_numpy()[supplies.site]
    pairs = pd.DataFrame(
        {
            "resource": pd.Categorical.from_codes(supplies.code, supplies.code_names),
            "provider_division": provider_division,
        }
    )
    receivers = knowledge.receiver_table(pairs, top=settings.max_candidates)
    if receivers.empty:
        return
    columns = {"class": "nace_class", "group": "group", "division": "division"}
    n_sites = len(site_table)
    positions = pd.Series(np.arange(n_sites))
    # Sites of each NACE class, group and division, found once for all groups.
    sites_of = {
        precision: positions.groupby(site_nace[column].to_numpy()).indices
        for precision, column in columns.items()
    }
    supply_groups = pairs.groupby(
        ["resource", "provider_division"], sort=False, observed=True
    ).indices
    site_xy = site_table[["x", "y"]].to_numpy()
    # Groups of one code often share their receiver sectors: build each tree once.
    trees: dict[tuple, cKDTree] = {}
    for (code, division), found in receivers.groupby(["resource", "provider_division"], sort=True):
        _check_cancel(feedback)
        s_sel = supply_groups.get((code, division))
        hits, counts, codes = [], [], []
        for row in found.itertuples(index=False):
            hit = sites_of[row.receiver_precision].get(row.receiver_nace)
            if hit is not None:
                rule = rule_label(code, row.receiver_nace, row.level_used)
                hits.append(hit)
                counts.append(np.full(len(hit), row.count, dtype=np.int64))
                codes.append(np.full(len(hit), labels.code(rule, None, row.level_used)))
        if s_sel is None or not hits:
            continue
        # A site matched by several receiver rows keeps the one with the most evidence (the
        # first in ranking order on ties).
        site_hit, count_hit = np.concatenate(hits), np.concatenate(counts)
        order = np.lexsort((-count_hit, site_hit))
        first = np.r_[True, site_hit[order][1:] != site_hit[order][:-1]]
        candidates = site_hit[order][first]
        evidence = count_hit[order][first]
        label = np.concatenate(codes)[order][first].astype(np.int32)
        s = supplies.take(s_sel)
        family = s.family_names[s.code[0]]
        model = _model_for(code, family, catalogue, settings.econ)
        disposal = _disposal_eur_per_unit(s, family, settings.econ)
        bound = _query_bound_m(model, s, disposal, np.inf, 0.0, 1.0, settings)
        # Same receiver sectors, same candidate sites (sorted positions): the tree can be shared.
        sectors = tuple(
            sorted(zip(found["receiver_precision"], found["receiver_nace"], strict=True))
        )
        if sectors not in trees:
            trees[sectors] = cKDTree(site_xy[candidates])
        tree = trees[sectors]
        k = min(settings.max_candidates + 1, len(candidates))
        rows, cols, straight = _nearest(tree, s.x, s.y, k, bound / settings.detour_factor)
        receiver = candidates[cols]
        keep = s.site[rows] != receiver
        keep &= ~_contains(declared_keys, s_sel[rows].astype(np.int64) * n_sites + receiver)
        rows, cols, receiver, straight = rows[keep], cols[keep], receiver[keep], straight[keep]
        distance = straight * settings.detour_factor
        money = _pair_economics(
            model,
            s.quantity[rows],
            np.full(len(rows), np.inf),
            1.0,
            disposal[rows],
            np.zeros(len(rows)),
            s.hours[rows],
            s.hours[rows],
            distance,
            settings,
        )
        inside = distance <= money["max_distance_m"]
        factor = np.nan_to_num(_co2_factor(code, catalogue, family, settings.heat_econ))
        m = int(inside.sum())
        out = {key: value[inside] for key, value in money.items()}
        out["delivered"] = np.full(m, np.nan)
        out.update(
            supply=s_sel[rows[inside]],
            demand=np.full(m, -1, dtype=np.int64),
            receiver_site=receiver[inside],
            distance_m=distance[inside],
            co2_avoided_t_yr=money["quantity"][inside] * factor,
            kind=np.full(m, MATCH_KINDS.index("inferred_sector"), dtype=np.int8),
            label=label[cols[inside]],
            evidence=evidence[cols[inside]],
        )
        yield out


# --------------------------------------------------------------------------------------------
# Entry point


def _check_cancel(feedback) -> None:
    if feedback is not None and feedback.isCanceled():
        raise Cancelled(translate("synergy", "The synergy search was cancelled."))


def _progress(feedback, percent: float) -> None:
    if feedback is not None:
        feedback.setProgress(float(percent))


def find_synergies(
    sites: gpd.GeoDataFrame,
    resources: pd.DataFrame,
    catalogue,
    *,
    families: list[str] | tuple[str, ...] | None = None,
    radius_mode: str = "economic",
    fixed_radius_m: float = FIXED_RADIUS_M,
    detour_factor: float = DETOUR_FACTOR,
    max_candidates: int = MAX_CANDIDATES,
    include_inferred: bool = True,
    knowledge: KnowledgeBase | None = None,
    econ: MaterialEconomics | None = None,
    heat_econ: HeatEconomics | None = None,
    feedback=None,
) -> SynergyResult:
    """Candidate synergies between the supplies and demands of a territory.

    ``sites``: GeoDataFrame of points with ``site_id`` (and ``nace`` for inferred candidates),
    in any CRS with metres or in a geographic CRS (reprojected to a metric CRS, noted).
    ``resources``: the territory's resources table (quantities already normalised). ``catalogue``:
    a :class:`~ite_qgis.core.catalogue.Catalogue`. ``families`` restricts to those families.
    ``max_candidates`` is the number of candidates kept per supply, ranked by score (``rank`` 1
    is the best; declared candidates rank before inferred ones). ``feedback`` (optional) has
    ``setProgress(percent)`` and ``isCanceled()``; a cancel raises :class:`Cancelled`.
    See the module docstring for the method and the economics.
    """
    econ = econ or MaterialEconomics()
    heat_econ = heat_econ or HeatEconomics()
    if radius_mode not in RADIUS_MODES:
        raise SynergyError(
            translate(
                "synergy", "Unknown radius mode '{mode}'; use economic, fixed or min."
            ).format(mode=radius_mode)
        )
    if not (fixed_radius_m > 0 and detour_factor >= 1 and max_candidates >= 1):
        raise SynergyError(
            translate(
                "synergy",
                "The fixed radius must be positive, the detour factor at least "
                "1 and the number of candidates at least 1."
            )
        )
    settings = _Settings(
        radius_mode,
        float(fixed_radius_m),
        float(detour_factor),
        int(max_candidates),
        econ,
        heat_econ,
    )
    notes: list[str] = []
    site_table, crs = _prepare_sites(sites, notes)
    wanted = set(families) if families is not None else None
    supplies, demands = _prepare_resources(resources, site_table, catalogue, wanted, notes)
    groups = _code_pairs(
        supplies.code_names[np.unique(supplies.code)],
        demands.code_names[np.unique(demands.code)],
        catalogue,
    )
    _progress(feedback, 0.0)

    # Upper bound of the rows: k per supply and declared group, k + 1 per inferred supply.
    per_code = np.bincount(supplies.code, minlength=len(supplies.code_names))
    position = {code: i for i, code in enumerate(supplies.code_names)}
    bound = sum(int(per_code[position[code]]) for code in groups["supply_code"])
    bound = bound * settings.max_candidates
    bound += len(supplies.code) * (settings.max_candidates + 1) if include_inferred else 0
    rows = _Rows(bound)
    trees: dict = {}
    labels = _Labels()
    steps = len(groups) + (1 if include_inferred else 0)
    for i, group in enumerate(groups.itertuples(index=False)):
        _check_cancel(feedback)
        part = _declared_group(group, supplies, demands, trees, catalogue, settings, labels)
        if part is not None:
            rows.add(part)
        _progress(feedback, 100.0 * (i + 1) / max(steps, 1))
    _note_unmodelled(supplies, catalogue, settings, notes)

    if include_inferred:
        if knowledge is None:
            knowledge = KnowledgeBase.load()
        declared = rows.arrays()
        declared_keys = (
            declared["supply"].astype(np.int64) * len(site_table) + declared["receiver_site"]
            if declared
            else np.zeros(0, dtype=np.int64)
        )
        del declared
        for part in _inferred_groups(
            supplies,
            site_table,
            knowledge,
            catalogue,
            settings,
            np.unique(declared_keys),
            labels,
            feedback,
        ):
            rows.add(part)
    _progress(feedback, 100.0)

    table, endpoints = _assemble(
        rows.arrays(release=True), supplies, demands, site_table, settings, labels
    )
    indicators = synergy_indicators(table, catalogue)
    notes.append(
        translate("synergy", "{count} candidate synergies for {supplies} supplies.").format(
            count=len(table), supplies=table["supply_id"].nunique()
        )
    )
    return SynergyResult(table, endpoints, crs, indicators, notes)


def _note_unmodelled(supplies: _Points, catalogue, settings: _Settings, notes: list[str]) -> None:
    unmodelled = sorted(
        code
        for code in supplies.code_names[np.unique(supplies.code)]
        if _model_for(code, catalogue.family(code), catalogue, settings.econ).kind == "fixed"
    )
    if unmodelled:
        notes.append(
            translate(
                "synergy",
                "No transport cost model for {codes}: the fixed radius of {radius} m is used and "
                "transport is counted as 0."
            ).format(codes=", ".join(unmodelled), radius=round(settings.fixed_radius_m))
        )


def _ranking_order(
    supply: np.ndarray, inferred: np.ndarray, score: np.ndarray, distance: np.ndarray
) -> np.ndarray:
    """Order of the lines: by supply, declared before inferred, higher score first, nearer first.

    Same result as ``np.lexsort((distance, -score, inferred, supply))`` at a fraction of the cost
    on millions of rows: the scores are ranked by one float sort, the rare runs of equal scores
    are ordered by distance among themselves, then one integer key (supply, inferred, that rank)
    is sorted.
    """
    n = len(supply)
    by_score = np.argsort(-score, kind="stable")
    sorted_score = score[by_score]
    same = sorted_score[1:] == sorted_score[:-1]
    same |= np.isnan(sorted_score[1:]) & np.isnan(sorted_score[:-1])  # NaN last, as one run
    tied = np.flatnonzero(same)
    del sorted_score, same
    if len(tied):
        # Rows (in score order) inside a run of equal scores: already in score order, so a
        # stable sort by (score, distance) of them alone orders each run by distance.
        inside = np.zeros(n, dtype=bool)
        inside[tied] = inside[tied + 1] = True
        rows = by_score[np.flatnonzero(inside)]
        by_score[inside] = rows[np.lexsort((distance[rows], -score[rows]))]
    score_rank = np.empty(n, dtype=np.int64)
    score_rank[by_score] = np.arange(n)
    del by_score
    key = supply.astype(np.int64) * (2 * n) + inferred.astype(np.int64) * n + score_rank
    return np.argsort(key)


def _categorical(codes: np.ndarray, names, unique: bool = False) -> pd.Categorical:
    """Text column from integer ``codes`` into ``names`` (-1 or a None name: missing), as a
    pandas categorical.

    ``unique``: ``names`` is a pandas Index of distinct ids whose uniqueness is already known
    (resource or site ids): it becomes the categories as it is, unused ids included, so that
    millions of ids are never hashed again. Otherwise (short tables of codes, units, rules) the
    categories are the distinct names actually used.
    """
    if unique:
        return pd.Categorical.from_codes(codes, dtype=pd.CategoricalDtype(names))
    name_codes, distinct = pd.factorize(pd.Series(names, dtype=object), use_na_sentinel=True)
    used = np.bincount(codes[codes >= 0], minlength=len(name_codes)) > 0
    present = np.zeros(len(distinct), dtype=bool)
    present[name_codes[used & (name_codes >= 0)]] = True
    # One small look-up table from the given codes to the kept categories (-1 reads the last
    # entry: missing).
    kept = np.r_[np.cumsum(present) - 1, -1]
    lookup = np.r_[np.where(name_codes >= 0, kept[name_codes], -1), -1]
    small = np.int8 if present.sum() < 127 else np.int32
    return pd.Categorical.from_codes(
        lookup.astype(small)[codes], np.asarray(distinct, dtype=object)[present]
    )


class _Rows:
    """Candidate rows gathered group after group into columns allocated once for an upper bound
    of the rows. Memory pages never written are never resident, and no group's arrays are kept
    and concatenated at the end (that copy, with the many freed group arrays the allocator does
    not give back, cost about a gigabyte at 10 million rows)."""

    def __init__(self, capacity: int) -> None:
        self.capacity = max(int(capacity), 1)
        self.size = 0
        self.columns: dict[str, np.ndarray] = {}

    def add(self, part: dict[str, np.ndarray]) -> None:
        n = len(part["supply"])
        if not self.columns:
            self.columns = {
                key: np.empty(self.capacity, dtype=value.dtype) for key, value in part.items()
            }
        if self.size + n > self.capacity:  # not expected (the bound holds); grow by doubling
            self.capacity = max(2 * self.capacity, self.size + n)
            for key, column in self.columns.items():
                grown = np.empty(self.capacity, dtype=column.dtype)
                grown[: self.size] = column[: self.size]
                self.columns[key] = grown
        for key, value in part.items():
            self.columns[key][self.size : self.size + n] = value
        self.size += n

    def arrays(self, release: bool = False) -> dict[str, np.ndarray]:
        """The rows so far, column by column (views); empty dict when there are none.
        ``release``: forget them here, so that they are freed as soon as the caller drops them."""
        out = {key: column[: self.size] for key, column in self.columns.items()}
        if release:
            self.columns, self.size = {}, 0
        return out if out and len(out["supply"]) else {}


def _assemble(
    data: dict[str, np.ndarray],
    supplies: _Points,
    demands: _Points,
    site_table: pd.DataFrame,
    settings: _Settings,
    labels: _Labels,
) -> tuple[pd.DataFrame, np.ndarray]:
    """(attribute table, endpoints ``(n, 2, 2)``) of the ranked candidates."""
    if not data:
        integers = ("synergy_id", "evidence", "rank")
        empty = pd.DataFrame(
            {
                c: pd.Series(dtype=np.int64 if c in integers else float if c in _FLOATS else object)
                for c in LINE_COLUMNS
            }
        )
        return empty, np.zeros((0, 2, 2))
    inferred = data["kind"] == MATCH_KINDS.index("inferred_sector")
    evidence = data["evidence"]
    confidence = np.where(inferred, evidence / (evidence + INFERRED_PRIOR_COUNT), 1.0)
    score = data["net_benefit_eur_yr"] * confidence
    del confidence
    order = _ranking_order(data["supply"], inferred, score, data["distance_m"])
    del inferred
    supply_sorted = data["supply"][order]
    starts = np.r_[0, np.flatnonzero(np.diff(supply_sorted)) + 1]
    del supply_sorted
    rank = np.arange(len(order)) - np.repeat(starts, np.diff(np.r_[starts, len(order)])) + 1
    keep = rank <= settings.max_candidates
    order, rank = order[keep], rank[keep]
    del keep, starts
    for key in list(data):
        data[key] = data[key][order]  # one column at a time keeps the peak memory down
    score = score[order]

    s, receiver = data["supply"], data["receiver_site"]
    endpoints = np.empty((len(order), 2, 2))
    endpoints[:, 0, 0], endpoints[:, 0, 1] = supplies.x[s], supplies.y[s]
    endpoints[:, 1, 0] = site_table["x"].to_numpy()[receiver]
    endpoints[:, 1, 1] = site_table["y"].to_numpy()[receiver]
    site_ids = site_table.attrs["index"]
    code = supplies.code[s]
    demand = data.pop("demand")
    label = data.pop("label")
    table = pd.DataFrame(
        {
            "synergy_id": np.arange(1, len(order) + 1, dtype=np.int64),
            "supply_id": _categorical(supplies.row[s], supplies.ids, unique=True),
            "demand_id": _categorical(
                np.r_[demands.row, -1][demand], demands.ids, unique=True  # -1 stays -1
            ),
            "supplier_site": _categorical(supplies.site[s], site_ids, unique=True),
            "receiver_site": _categorical(receiver, site_ids, unique=True),
            "resource": _categorical(code, supplies.code_names),
            "demand_resource": _categorical(label, labels.names(1)),
            "family": _categorical(code, supplies.family_names),
            "match_kind": _categorical(data.pop("kind").astype(np.int64), MATCH_KINDS),
            "rule": _categorical(label, labels.names(0)),
            "evidence": data.pop("evidence").astype(np.int64),
            "level": _categorical(label, labels.names(2)),
            "distance_m": data.pop("distance_m"),
            "max_distance_m": data.pop("max_distance_m"),
            "quantity": data.pop("quantity"),
            "demand_quantity": data.pop("delivered"),
            "unit": _categorical(supplies.unit[s], supplies.unit_names),
            "transport_cost_eur_yr": data.pop("transport_cost_eur_yr"),
            "avoided_cost_eur_yr": data.pop("avoided_cost_eur_yr"),
            "net_benefit_eur_yr": data.pop("net_benefit_eur_yr"),
            "co2_avoided_t_yr": data.pop("co2_avoided_t_yr"),
            "score": score,
            "rank": rank.astype(np.int64),
        },
        copy=False,
    )
    return table, endpoints
