"""Pair search of the synergy finder: which supplies and demands are near enough to pair.

Declared pairs: for each (supply code, demand code) pair of the catalogue rules a k-d tree
(``scipy.spatial.cKDTree``) of the demand points answers, for all supplies of that code at once,
the ``k`` nearest demands within an upper bound of the radius; each pair is then checked against
its own maximum distance (:mod:`.pair_economics`) and condition. Inferred pairs: the
receiving-sector model (:mod:`~ite_qgis.core.reference.sector_model`) scores the sectors of the
territory's sites for each (supply code, provider division); sectors of equal score form a
tier, and tiers are searched best first, each with its own k-d tree, until every supply has its
candidates (so a supply's inferred candidates are ranked by score, then distance). Python
loops run over code pairs and tiers, never over records. Each group gives a dict of aligned
arrays, one entry per candidate pair.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import numpy as np
import pandas as pd
from scipy.spatial import cKDTree

from ..common.families import HEAT_FAMILIES
from ..common.i18n import translate
from ..common.labels import INFERRED, MATCH_KINDS
from ..reference.catalogue import temperatures_ok
from ..reference.knowledge import nace_parts, rule_label
from ..reference.sector_model import SectorModel
from .errors import check_cancel
from .evidence import exchanges_text
from .pair_economics import (
    Settings,
    co2_factor,
    disposal_eur_per_unit,
    economics_of_pairs,
    query_bound_m,
    transport_model,
)
from .supplies_demands import Points

# Pairs with a quality condition (temperature) may fail after the nearest-neighbour query: ask
# for this many times more neighbours in those groups so that the k kept are still the nearest
# valid ones in most cases.
CONDITION_OVERSAMPLE = 3
# Sectors whose division the receiving-sector model scores below this are not proposed: less
# likely than 1 in 20 (about 4 times the even share of the 88 NACE divisions). A choice made
# before any measure, not tuned.
MIN_DIVISION_SCORE = 0.05
# Nor is a sector of such a division whose own score (its share of the division) is below 1 in
# 100: a lead that unlikely is noise in a facilitator's list.
MIN_KB_SCORE = 0.01


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


def _first_k_per_supply(supply_pos: np.ndarray, mask: np.ndarray, k) -> np.ndarray:
    """``mask`` limited to its first ``k`` rows of each supply (``k``: a number, or one per
    row). Rows come grouped by supply and
    nearest first, as the k-d tree query returns them, so these are the ``k`` nearest."""
    if len(mask) == 0:
        return mask
    counted = np.cumsum(mask)
    starts = np.r_[True, supply_pos[1:] != supply_pos[:-1]]
    before = (counted - mask)[starts]
    rank = counted - before[np.cumsum(starts) - 1]
    return mask & (rank <= k)


class Labels:
    """Distinct (rule, demand resource, level, documented exchange ids, catalogue rules,
    documented exchanges in words) texts of the lines, stored once; lines keep an integer code
    (filling millions of rows with Python strings is slow and large)."""

    def __init__(self) -> None:
        self.values: list[tuple] = []
        self._index: dict[tuple, int] = {}

    def code(
        self,
        rule: str,
        demand_resource: str | None,
        level: str | None,
        cases: str | None = None,
        sources: str | None = None,
        exchanges: str | None = None,
    ) -> int:
        key = (rule, demand_resource, level, cases, sources, exchanges)
        if key not in self._index:
            self._index[key] = len(self.values)
            self.values.append(key)
        return self._index[key]

    def names(self, position: int) -> np.ndarray:
        """Text number ``position`` (0 rule, 1 demand resource, 2 level, 3 documented
        exchange ids, 4 catalogue rules, 5 documented exchanges in words) of each label
        code."""
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
        kb_score=np.full(n, np.nan),
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
    model: SectorModel,
    catalogue,
    settings: Settings,
    declared: tuple[np.ndarray, np.ndarray],
    labels: Labels,
    feedback,
) -> Iterator[dict[str, np.ndarray]]:
    """Supplies x sites of the sectors the model scores as likely receivers, within the
    supply's radius, best score first (one dict of arrays per group of supplies of one code and
    provider division, and per score tier).

    ``declared``: (sorted unique (supply, receiver site) keys of the declared candidates, which
    an inferred candidate never repeats; how many inferred candidates each supply can still
    rank, ``max_candidates`` less its declared ones). Only those first ones of a supply are
    given: the others would rank below ``max_candidates``."""
    if len(supplies.row) == 0:
        return
    site_nace = nace_parts(site_table["nace"].astype(object))
    sectors, site_sector = _site_sectors(site_nace)
    if len(sectors) == 0:
        return
    sites_of = pd.Series(np.arange(len(site_sector))).groupby(site_sector).indices
    pairs = pd.DataFrame(
        {
            "resource": pd.Categorical.from_codes(supplies.code, supplies.code_names),
            "provider_division": site_nace["division"].to_numpy()[supplies.site],
        }
    )
    supply_groups = pairs.groupby(
        ["resource", "provider_division"], sort=True, observed=True
    ).indices
    site_xy = site_table[["x", "y"]].to_numpy()
    trees: dict[tuple, tuple[np.ndarray, np.ndarray, cKDTree]] = {}

    def tree_of(tier: tuple[int, ...]) -> tuple[np.ndarray, np.ndarray, cKDTree]:
        if tier not in trees:
            sites = np.sort(np.concatenate([sites_of[i] for i in tier if i in sites_of]))
            trees[tier] = (sites, site_sector[sites], cKDTree(site_xy[sites]))
        return trees[tier]

    declared_keys, quota = declared
    for (code, division), s_sel in supply_groups.items():
        check_cancel(feedback)
        scores = model.site_scores(code, division, sectors)
        tiers = _score_tiers(scores)
        if not tiers:
            continue
        kept = sorted(set().union(*tiers))
        label_of = np.full(len(scores), -1, dtype=np.int32)
        label_of[kept] = _sector_labels(
            code, model, sectors.iloc[kept], scores.iloc[kept], labels
        )  # for every group, so that the label codes come in the same order
        left = quota[s_sel].astype(np.int64)
        if not left.any():
            continue  # each supply of the group has its candidates, all declared
        group = _InferredGroup(
            code,
            s_sel,
            _code_context(code, supplies, s_sel, catalogue, settings),
            (scores["evidence"].to_numpy(), label_of, scores["kb_score"].to_numpy()),
        )
        search = (supplies, tiers, tree_of, declared_keys, len(site_table), settings)
        parts = _tier_parts(group, left > 0, search, exact_only=True)
        if parts is None:  # the supplies that need none weigh on the search: search them too
            parts = _tier_parts(group, np.ones(len(s_sel), dtype=bool), search, exact_only=False)
        for part in parts:
            position = np.searchsorted(s_sel, part["supply"])
            keep = _first_k_per_supply(position, np.ones(len(position), dtype=bool), left[position])
            np.subtract.at(left, position[keep], 1)
            yield {key: value[keep] for key, value in part.items()}


@dataclass
class _InferredGroup:
    """The supplies of one code and provider division: the code, the supplies' positions, the
    code's context (:func:`_code_context`) and the (evidence, label code, score) of each
    sector."""

    code: str
    s_sel: np.ndarray
    context: tuple
    sector_values: tuple[np.ndarray, np.ndarray, np.ndarray]


def _tier_parts(
    group: _InferredGroup, searched: np.ndarray, search: tuple, exact_only: bool
) -> list[dict[str, np.ndarray]] | None:
    """Inferred candidates of the ``searched`` supplies of ``group``, tier after tier, each
    supply's first ``max_candidates`` at most (the parts in the order found).

    A k-d tree query asks every supply still searching for as many neighbours as the one that
    lacks the most; so a supply's candidates may depend on the others searched with it. With
    ``exact_only``, None when a query would ask for fewer neighbours than a search of all the
    group's supplies might have (the caller then searches them all); never otherwise."""
    supplies, tiers, tree_of, declared_keys, n_sites, settings = search
    k = settings.max_candidates
    s_sel = group.s_sel[searched]
    need = np.full(len(s_sel), k, dtype=np.int64)
    parts = []
    for tier in tiers:
        active = need > 0
        if not active.any():
            break
        candidates, sector, tree = tree_of(tier)
        asked = min(int(need[active].max()) + 1, len(candidates))
        if exact_only and asked != min(k + 1, len(candidates)):
            return None
        receiving = (candidates, sector, *group.sector_values)
        part = _inferred_pairs(
            group.code, s_sel[active], supplies, receiving, tree, declared_keys,
            n_sites, group.context, settings, need[active],
        )  # fmt: skip
        np.subtract.at(need, np.searchsorted(s_sel, part["supply"]), 1)
        parts.append(part)
    return parts


def _site_sectors(site_nace: pd.DataFrame) -> tuple[pd.DataFrame, np.ndarray]:
    """(distinct sectors (nace_class, group, division) of the sites, sector of each site; -1
    for a site without a NACE division)."""
    keys = site_nace[["nace_class", "group", "division"]]
    code, distinct = pd.MultiIndex.from_frame(keys).factorize()
    sectors = pd.DataFrame(list(distinct), columns=["nace_class", "group", "division"])
    valid = (sectors["division"] != "").to_numpy()
    renumber = np.where(valid, np.cumsum(valid) - 1, -1)
    return sectors[valid].reset_index(drop=True), renumber[code]


def likely_receivers(scores: pd.DataFrame) -> np.ndarray:
    """True for the sectors worth proposing as receivers, of the ``division_score`` and
    ``kb_score`` of the receiving-sector model: division score at least
    :data:`MIN_DIVISION_SCORE` and own score at least :data:`MIN_KB_SCORE`. The same test
    picks what a planned plant of a NACE class takes (:mod:`.siting_needs`)."""
    return (
        (scores["division_score"].to_numpy() >= MIN_DIVISION_SCORE)
        & (scores["kb_score"].to_numpy() >= MIN_KB_SCORE)
    )


def _score_tiers(scores: pd.DataFrame) -> list[tuple[int, ...]]:
    """Sectors worth proposing (:func:`likely_receivers`), grouped by equal ``kb_score``, best
    first: sites of one tier are ranked by distance alone."""
    kept = scores[likely_receivers(scores)]
    tiers = kept.groupby("kb_score", sort=True).groups
    return [tuple(sorted(int(i) for i in tiers[key])) for key in sorted(tiers, reverse=True)]


def _code_context(code: str, supplies: Points, s_sel: np.ndarray, catalogue, settings) -> tuple:
    """(family, transport model, CO2 factor) of the supplies of one code, found once."""
    family = supplies.family_names[supplies.code[s_sel[0]]]
    model = transport_model(code, family, catalogue, settings.econ)
    return family, model, np.nan_to_num(co2_factor(code, catalogue, family, settings.heat_econ))


def _sector_labels(
    code: str, model: SectorModel, sectors: pd.DataFrame, scores: pd.DataFrame, labels: Labels
) -> np.ndarray:
    """Label code of each scored sector (its rule, level and evidence texts,
    :mod:`.evidence`)."""
    out = np.full(len(scores), -1, dtype=np.int32)
    for i, (sector, row) in enumerate(
        zip(sectors.itertuples(index=False), scores.itertuples(index=False), strict=True)
    ):
        cases, sources = model.evidence_texts(code, row.level, sector)
        rule = rule_label(code, row.receiver_nace, row.level)
        exchanges = exchanges_text(model.kb, cases, model.catalogue)
        out[i] = labels.code(
            rule, None, row.level, cases or None, sources or None, exchanges or None
        )
    return out


def _inferred_pairs(
    code: str,
    s_sel: np.ndarray,
    supplies: Points,
    receiving: tuple[np.ndarray, ...],
    tree: cKDTree,
    declared_keys: np.ndarray,
    n_sites: int,
    context: tuple,
    settings: Settings,
    need: np.ndarray,
) -> dict[str, np.ndarray]:
    """Inferred candidates of the supplies ``s_sel`` (one code) towards the receiving sites
    (``tree`` holds their points), within each supply's radius, declared pairs left out, the
    ``need`` nearest of each supply at most. ``receiving``: the tree's sites, their sectors,
    and the evidence, label code and score of each sector. ``context``: the code's (family,
    transport model, CO2 factor), :func:`_code_context`."""
    candidates, sector_of, evidence, label, kb_score = receiving
    family, model, factor = context
    s = supplies.take(s_sel)
    disposal = disposal_eur_per_unit(s, family, settings.econ)
    bound = query_bound_m(model, s, disposal, np.inf, 0.0, 1.0, settings)
    k = min(int(need.max()) + 1, len(candidates))
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
    inside = _first_k_per_supply(rows, distance <= money["max_distance_m"], need[rows])
    m = int(inside.sum())
    out = {key: value[inside] for key, value in money.items()}
    out["delivered"] = np.full(m, np.nan)
    out.update(
        supply=s_sel[rows[inside]],
        demand=np.full(m, -1, dtype=np.int64),
        receiver_site=receiver[inside],
        distance_m=distance[inside],
        co2_avoided_t_yr=money["quantity"][inside] * factor,
        kind=np.full(m, MATCH_KINDS.index(INFERRED), dtype=np.int8),
        label=label[sector_of[cols[inside]]],
        evidence=evidence[sector_of[cols[inside]]],
        kb_score=kb_score[sector_of[cols[inside]]],
    )
    return out
