"""The computation of the siting potential: for many places at once, what a plant with given
needs would get from the supplies in reach (:mod:`.siting` runs it).

For each need, the supplies that can meet it are grouped by resource code (the catalogue's
compatibility rules, as ite:findsynergies pairs a supply with a declared demand; or, for a NACE
class, the knowledge-based receivers). Each group has a k-d tree (``scipy.spatial.cKDTree``)
of its supply points; one query per group and block of places gives, for every place, the
``k`` nearest supplies within an upper bound of the radius. Each (place, supply) pair then gets
its quantity, its own break-even radius and its yearly money from
:func:`~.pair_economics.economics_of_pairs`, the function ite:findsynergies uses, with the
planned plant as the demand; pairs beyond their radius or that lose money are dropped.

Allocation, per place (a documented greedy): needs are served in the order given; for each
need, the pairs are taken by decreasing net benefit per unit delivered, each for what is left
of its supply at that place and of the need, until the need is met. For one need this is the
optimum of the linear programme of :mod:`.allocation` restricted to those pairs (a fractional
knapsack); a supply that could serve two needs goes to the first. Every array is a block of
places times candidates: no Python loop runs over places or supplies.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from scipy.spatial import cKDTree

from ..common.families import HEAT_FAMILIES
from ..reference.catalogue import temperatures_ok
from .errors import check_cancel
from .pair_economics import (
    Settings,
    TransportModel,
    disposal_eur_per_unit,
    economics_of_pairs,
    query_bound_m,
    transport_model,
)
from .pair_search import CONDITION_OVERSAMPLE
from .supplies_demands import Points

# Places per block: the candidate arrays of a block stay within a few hundred MB whatever the
# grid size (bench/bench_siting.py: 850 MB peak for a million cells and 100,000 supplies).
BLOCK_PLACES = 50_000


@dataclass
class Group:
    """The supplies of one resource code that can meet one need."""

    need: int
    supplies: np.ndarray  # positions in the supplies Points
    model: TransportModel
    conversion: float  # demand units per supply unit
    disposal: np.ndarray  # EUR per supply unit the supplier pays today
    check_temperature: bool
    band: tuple[float, float, float]  # supply band min, max; demand band min
    tree: cKDTree
    bound_m: float  # upper bound of any pair's radius (along the route)
    # What each supply's net benefit counts for (1: all of it; NACE mode: the probability that
    # the planned class receives it, so that the benefit is an expected value).
    weight: np.ndarray | None = None


@dataclass
class Candidates:
    """Candidate pairs of one need for a block of places: arrays (places, candidates)."""

    supply: np.ndarray  # position in the supplies Points; -1 where none
    offered: np.ndarray  # demand units the pair can deliver at most
    per_unit: np.ndarray  # net benefit per demand unit delivered (EUR)
    conversion: np.ndarray
    distance: np.ndarray  # metres along the route


def build_groups(needs, supplies: Points, pairs_of_need, catalogue, settings: Settings,
                 weight: np.ndarray | None = None):
    """The :class:`Group` list of every need. ``pairs_of_need(i)`` gives the rule rows of need
    ``i`` (``supply_code``, ``conversion``, ``condition``, ``demand_code``) and the supply
    positions it may use (None: all). ``weight``: what each supply's net benefit counts for
    (:attr:`Group.weight`; None: all of it)."""
    groups = []
    for i, need in enumerate(needs.itertuples(index=False)):
        rules, allowed = pairs_of_need(i)
        for rule in rules.itertuples(index=False):
            selected = supplies.code == supplies.code_position(rule.supply_code)
            if allowed is not None:
                selected &= allowed
            positions = np.flatnonzero(selected)
            if len(positions) == 0:
                continue
            s = supplies.take(positions)
            family = supplies.family_names[s.code[0]]
            model = transport_model(rule.supply_code, family, catalogue, settings.econ)
            disposal = disposal_eur_per_unit(s, family, settings.econ)
            demand_qty = need.quantity if np.isfinite(need.quantity) else np.inf
            bound = query_bound_m(
                model, s, disposal, demand_qty, need.price, rule.conversion, settings
            )
            declared = bool(rule.demand_code)
            check = declared and (
                rule.condition == "supply_temperature_ge_demand" or family in HEAT_FAMILIES
            )
            low, high = catalogue.temperature_band(rule.supply_code)
            demand_low = catalogue.temperature_band(rule.demand_code)[0] if declared else np.nan
            groups.append(
                Group(i, positions, model, float(rule.conversion), disposal, check,
                      (low, high, demand_low), cKDTree(np.column_stack([s.x, s.y])), bound,
                      None if weight is None else weight[positions])
            )
    return groups


def _nearest(group: Group, xy: np.ndarray, k: int, detour: float):
    """(distance along the route, position in the group) of the ``k`` nearest supplies of each
    place within the group's bound: arrays (places, k), inf / -1 where none."""
    k = min(k, len(group.supplies))
    bound = group.bound_m / detour
    if k <= 0 or bound <= 0:
        return np.full((len(xy), 0), np.inf), np.full((len(xy), 0), -1)
    # Slightly above the bound, as the synergy search does: pairs at the radius are then
    # judged by the exact test on each pair's own radius.
    distance, position = group.tree.query(
        xy, k=k, distance_upper_bound=bound * (1 + 1e-9) + 1e-6,
        workers=-1 if len(xy) >= 20_000 else 1,
    )
    distance = distance.reshape(len(xy), k) * detour
    position = position.reshape(len(xy), k)
    return distance, np.where(np.isfinite(distance), position, -1)


def group_candidates(group: Group, need, supplies: Points, xy: np.ndarray,
                     settings: Settings) -> Candidates:
    """The candidate pairs of one group for the places ``xy``, with their economics."""
    k = settings.max_candidates * (CONDITION_OVERSAMPLE if group.check_temperature else 1)
    distance, position = _nearest(group, xy, k, settings.detour_factor)
    found = position >= 0
    safe = np.where(found, position, 0)
    supply = group.supplies[safe]
    shape = distance.shape
    n = distance.size
    money = economics_of_pairs(
        group.model,
        supplies.quantity[supply].ravel(),
        np.full(n, need.quantity),
        group.conversion,
        group.disposal[safe].ravel(),
        np.full(n, need.price),
        supplies.hours[supply].ravel(),
        np.full(n, need.hours),
        np.where(found, distance, 0.0).ravel(),
        settings,
    )
    delivered = money["delivered"].reshape(shape)
    net = money["net_benefit_eur_yr"].reshape(shape)
    keep = found & (distance <= money["max_distance_m"].reshape(shape)) & (net > 0)
    keep &= delivered > 0
    if group.check_temperature:
        low, high, demand_low = group.band
        keep &= temperatures_ok(
            supplies.temperature_c[supply], np.full(shape, need.temperature_c), low, high,
            demand_low,
        )
    with np.errstate(invalid="ignore", divide="ignore"):
        per_unit = np.where(keep, net / delivered, 0.0)
    if group.weight is not None:
        per_unit = per_unit * group.weight[safe]
    return Candidates(
        supply=np.where(keep, supply, -1),
        offered=np.where(keep, delivered, 0.0),
        per_unit=per_unit,
        conversion=np.full(shape, group.conversion),
        distance=np.where(keep, distance, np.inf),
    )


def merge(parts: list[Candidates], n_places: int) -> Candidates:
    """The candidates of several groups of a need side by side, best per unit first."""
    if not parts:
        empty = np.zeros((n_places, 0))
        return Candidates(empty.astype(np.int64), empty, empty, empty, empty)
    joined = Candidates(*(np.hstack([getattr(p, f) for p in parts]) for f in
                          ("supply", "offered", "per_unit", "conversion", "distance")))
    order = np.argsort(-joined.per_unit, axis=1, kind="stable")
    return Candidates(*(np.take_along_axis(getattr(joined, f), order, axis=1) for f in
                        ("supply", "offered", "per_unit", "conversion", "distance")))


def fill(candidates: Candidates, quantity: float, supplies: Points,
         used: list[tuple[np.ndarray, np.ndarray]]) -> np.ndarray:
    """Demand units taken from each candidate (greedy, best per unit first) for a need of
    ``quantity`` (inf: no limit). ``used``: (supply, supply units taken) arrays of the needs
    served before at the same places; a supply only gives what they left."""
    supply = candidates.supply
    valid = supply >= 0
    left = np.where(valid, supplies.quantity[np.maximum(supply, 0)], 0.0)
    for before_supply, before_taken in used:
        same = (supply[:, :, None] == before_supply[:, None, :]) & valid[:, :, None]
        left = left - (same * before_taken[:, None, :]).sum(axis=2)
    offered = np.minimum(candidates.offered, np.maximum(left, 0.0) * candidates.conversion)
    offered = np.where(valid, offered, 0.0)
    if not np.isfinite(quantity):
        return offered
    before = np.cumsum(offered, axis=1) - offered
    return np.clip(quantity - before, 0.0, offered)


def evaluate_block(groups: list[Group], needs, supplies: Points, xy: np.ndarray,
                   settings: Settings, feedback=None):
    """For the places ``xy``: the net benefit of each need (array places x needs) and, per
    need, the candidates with what each gives (``(Candidates, taken)``)."""
    n_needs = len(needs)
    benefit = np.zeros((len(xy), n_needs))
    used: list[tuple[np.ndarray, np.ndarray]] = []
    served = []
    overlapping = _overlapping(groups)
    for i, need in enumerate(needs.itertuples(index=False)):
        check_cancel(feedback)
        parts = [group_candidates(g, need, supplies, xy, settings) for g in groups
                 if g.need == i]
        candidates = merge(parts, len(xy))
        taken = fill(candidates, need.quantity, supplies, used if overlapping else [])
        benefit[:, i] = (taken * candidates.per_unit).sum(axis=1)
        if overlapping:
            with np.errstate(invalid="ignore", divide="ignore"):
                used.append((candidates.supply, np.where(taken > 0,
                                                         taken / candidates.conversion, 0.0)))
        served.append((candidates, taken))
    return benefit, served


def _overlapping(groups: list[Group]) -> bool:
    """Whether a supply can serve two needs (then the later needs see what is left)."""
    seen: dict[int, set[int]] = {}
    for group in groups:
        seen.setdefault(group.need, set()).update(group.supplies.tolist())
    sets = list(seen.values())
    return any(a & b for i, a in enumerate(sets) for b in sets[i + 1:])
