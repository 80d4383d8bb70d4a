"""Pair search of the synergy finder: which supplies and demands are near enough to pair.

Declared pairs: for each (supply code, demand code) pair of the catalogue rules a k-d tree
(``scipy.spatial.cKDTree``) of the demand points answers, for all supplies of that code at once,
the ``k`` nearest demands within an upper bound of the radius; each pair is then checked against
its own maximum distance (:mod:`.pair_economics`) and condition. Inferred pairs: the same against
the sites of the sectors that documented exchanges show receiving the supply's resource. Python
loops run over code pairs, never over records. Each group gives a dict of aligned arrays, one
entry per candidate pair.
"""

from __future__ import annotations

from collections.abc import Iterator

import numpy as np
import pandas as pd
from scipy.spatial import cKDTree

from ..common.families import HEAT_FAMILIES
from ..common.i18n import translate
from ..reference.catalogue import temperatures_ok
from ..reference.knowledge import KnowledgeBase, nace_parts, rule_label
from .errors import check_cancel
from .pair_economics import (
    Settings,
    co2_factor,
    disposal_eur_per_unit,
    economics_of_pairs,
    query_bound_m,
    transport_model,
)
from .supplies_demands import Points

MATCH_KINDS = ("exact", "compatible", "inferred_sector")
# Pairs with a quality condition (temperature) may fail after the nearest-neighbour query: ask
# for this many times more neighbours in those groups so that the k kept are still the nearest
# valid ones in most cases.
CONDITION_OVERSAMPLE = 3


def nearest(
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


class Labels:
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


def code_pairs(supply_codes: np.ndarray, demand_codes: np.ndarray, catalogue) -> pd.DataFrame:
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


def declared_group(
    group,
    supplies: Points,
    demands: Points,
    trees: dict,
    catalogue,
    settings: Settings,
    labels: Labels,
) -> dict[str, np.ndarray] | None:
    s_sel = np.flatnonzero(supplies.code == supplies.code_position(group.supply_code))
    d_sel = np.flatnonzero(demands.code == demands.code_position(group.demand_code))
    if len(s_sel) == 0 or len(d_sel) == 0:
        return None
    family = supplies.family_names[supplies.code[s_sel[0]]]
    model = transport_model(group.supply_code, family, catalogue, settings.econ)
    s, d = supplies.take(s_sel), demands.take(d_sel)
    disposal = disposal_eur_per_unit(s, family, settings.econ)
    price = np.where(np.isfinite(d.cost), d.cost, 0.0)
    temperature_rule = group.condition == "supply_temperature_ge_demand" or family in HEAT_FAMILIES
    bound = query_bound_m(
        model, s, disposal, float(d.quantity.max()), float(price.max()), group.conversion, settings
    )
    if group.demand_code not in trees:
        trees[group.demand_code] = cKDTree(np.column_stack([d.x, d.y]))
    tree = trees[group.demand_code]
    k = settings.max_candidates * (CONDITION_OVERSAMPLE if temperature_rule else 1) + 1
    rows, cols, straight = nearest(
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
    money = economics_of_pairs(
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
    factor = co2_factor(group.demand_code, catalogue, family, settings.heat_econ)
    if not np.isfinite(factor):
        factor = co2_factor(group.supply_code, catalogue, family, settings.heat_econ)
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


def inferred_groups(
    supplies: Points,
    site_table: pd.DataFrame,
    knowledge: KnowledgeBase,
    catalogue,
    settings: Settings,
    declared_keys: np.ndarray,
    labels: Labels,
    feedback,
) -> Iterator[dict[str, np.ndarray]]:
    """Supplies x sites of documented receiving sectors, within the supply's radius (one dict
    of arrays per group of supplies of one code and provider division)."""
    if len(supplies.row) == 0:
        return
    site_nace = nace_parts(site_table["nace"].astype(object))
    pairs = pd.DataFrame(
        {
            "resource": pd.Categorical.from_codes(supplies.code, supplies.code_names),
            "provider_division": site_nace["division"].to_numpy()[supplies.site],
        }
    )
    receivers = knowledge.receiver_table(pairs, top=settings.max_candidates)
    if receivers.empty:
        return
    sites_of = _sites_per_sector(site_nace)
    supply_groups = pairs.groupby(
        ["resource", "provider_division"], sort=False, observed=True
    ).indices
    site_xy = site_table[["x", "y"]].to_numpy()
    # Groups of one code often share their receiver sectors: build each tree once.
    trees: dict[tuple, cKDTree] = {}
    for (code, division), found in receivers.groupby(["resource", "provider_division"], sort=True):
        check_cancel(feedback)
        s_sel = supply_groups.get((code, division))
        receiving = _receiving_sites(code, found, sites_of, labels)
        if s_sel is None or receiving is None:
            continue
        candidates = receiving[0]
        # Same receiver sectors, same candidate sites (sorted positions): the tree can be shared.
        sectors = tuple(
            sorted(zip(found["receiver_precision"], found["receiver_nace"], strict=True))
        )
        if sectors not in trees:
            trees[sectors] = cKDTree(site_xy[candidates])
        yield _inferred_pairs(
            code,
            s_sel,
            supplies,
            receiving,
            trees[sectors],
            declared_keys,
            len(site_table),
            catalogue,
            settings,
        )


def _sites_per_sector(site_nace: pd.DataFrame) -> dict[str, dict]:
    """Positions of the sites of each NACE class, group and division, found once for all
    groups: ``{precision: {code: positions}}``."""
    columns = {"class": "nace_class", "group": "group", "division": "division"}
    positions = pd.Series(np.arange(len(site_nace)))
    return {
        precision: positions.groupby(site_nace[column].to_numpy()).indices
        for precision, column in columns.items()
    }


def _receiving_sites(
    code: str, found: pd.DataFrame, sites_of: dict[str, dict], labels: Labels
) -> tuple[np.ndarray, np.ndarray, np.ndarray] | None:
    """(site positions, evidence, label codes) of the sites of the receiving sectors ``found``
    for supplies of ``code``, sorted by site; None when no site is in those sectors. A site
    matched by several receiver rows keeps the one with the most evidence (the first in
    ranking order on ties)."""
    hits, counts, codes = [], [], []
    for row in found.itertuples(index=False):
        hit = sites_of[row.receiver_precision].get(row.receiver_nace)
        if hit is not None:
            rule = rule_label(code, row.receiver_nace, row.level_used)
            hits.append(hit)
            counts.append(np.full(len(hit), row.count, dtype=np.int64))
            codes.append(np.full(len(hit), labels.code(rule, None, row.level_used)))
    if not hits:
        return None
    site_hit, count_hit = np.concatenate(hits), np.concatenate(counts)
    order = np.lexsort((-count_hit, site_hit))
    first = np.r_[True, site_hit[order][1:] != site_hit[order][:-1]]
    label = np.concatenate(codes)[order][first].astype(np.int32)
    return site_hit[order][first], count_hit[order][first], label


def _inferred_pairs(
    code: str,
    s_sel: np.ndarray,
    supplies: Points,
    receiving: tuple[np.ndarray, np.ndarray, np.ndarray],
    tree: cKDTree,
    declared_keys: np.ndarray,
    n_sites: int,
    catalogue,
    settings: Settings,
) -> dict[str, np.ndarray]:
    """Inferred candidates of the supplies ``s_sel`` (one code) towards the receiving sites
    (``tree`` holds their points), within each supply's radius, declared pairs left out."""
    candidates, evidence, label = receiving
    s = supplies.take(s_sel)
    family = s.family_names[s.code[0]]
    model = transport_model(code, family, catalogue, settings.econ)
    disposal = disposal_eur_per_unit(s, family, settings.econ)
    bound = query_bound_m(model, s, disposal, np.inf, 0.0, 1.0, settings)
    k = min(settings.max_candidates + 1, len(candidates))
    rows, cols, straight = nearest(tree, s.x, s.y, k, bound / settings.detour_factor)
    receiver = candidates[cols]
    keep = s.site[rows] != receiver
    keep &= ~_contains(declared_keys, s_sel[rows].astype(np.int64) * n_sites + receiver)
    rows, cols, receiver, straight = rows[keep], cols[keep], receiver[keep], straight[keep]
    distance = straight * settings.detour_factor
    money = economics_of_pairs(
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
    factor = np.nan_to_num(co2_factor(code, catalogue, family, settings.heat_econ))
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
    return out
