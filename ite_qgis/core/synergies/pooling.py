"""Pooling opportunities ("mutualisation"): nearby sites with the same waste or the same input.

Sites that supply the same resource (a waste to collect) or demand the same resource (an input
to buy, a service to share) and lie close together can pool: one collection round instead of
one truck each, one purchase, one piece of shared equipment.

Clusters: for each (resource, direction), the connected components of the graph linking sites
at most ``radius_m`` apart (single linkage: a chain of close sites forms one cluster, so a
cluster can be longer than the radius). Only clusters of two sites or more are reported.

Hub: the point minimising the quantity-weighted sum of distances to the members (weighted
geometric median), by Weiszfeld's iteration run for all clusters at once.

Truck-km (only for quantities in t/yr or collections in count/yr; with a catalogue, only for
resources carried by road):

* separate collection: each member alone, out and back to the treatment site nearest to it,
  ``n_i * 2 * d(member, its treatment site)``, with ``n_i = ceil(quantity / payload_t)`` trips
  for t/yr (the last one a part load) and ``n_i = quantity`` visits for count/yr;
* pooled collection, from the treatment site nearest to the hub:
  - t/yr: full loads still go straight to treatment; the part loads of all members are pooled in
    ``ceil(sum of part loads / payload_t)`` rounds through the members that have one;
  - count/yr: nested rounds: the first ``min(n_i)`` rounds visit every member, the next ones
    only the members that need more visits, and so on, so each member keeps its frequency;
* a round is a nearest-neighbour tour from the depot through its members and back, or the star
  of out-and-back trips when that is shorter: the saving is rather under- than over-estimated;
* without treatment sites the hub itself is the destination (a shared collection point or
  facility at the hub), for the separate and the pooled case alike.

``truck_km_saved_yr = separate_truck_km_yr - pooled_truck_km_yr`` (km per year; negative when a
member's own treatment site is much nearer than the one serving the hub).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely
from scipy.sparse import coo_matrix
from scipy.sparse.csgraph import connected_components
from scipy.spatial import cKDTree

from ..common.crs import crs_label, is_metric, to_metric
from ..common.i18n import translate
from ..common.units import parse_unit
from ..reference.catalogue import normalise_series
from ..reference.defaults import POOLING_RADIUS_M, TRUCK_PAYLOAD_T

# Weiszfeld iteration: stop when no hub moves more than this (metres), or after this many
# steps; distances below the floor are clamped so a hub sitting on a member stays defined.
_WEISZFELD_TOLERANCE_M = 1e-3
_WEISZFELD_MAX_STEPS = 500
_WEISZFELD_FLOOR_M = 1e-6

CLUSTER_COLUMNS = [
    "cluster_id",
    "resource",
    "direction",
    "member_sites",
    "n_sites",
    "total_quantity",
    "unit",
    "rounds_yr",
    "separate_truck_km_yr",
    "pooled_truck_km_yr",
    "truck_km_saved_yr",
]


@dataclass
class PoolingResult:
    """``clusters``: GeoDataFrame, one row per cluster, hub point geometry (metric CRS).
    ``members``: site_id, cluster_id, resource, direction, quantity, distance_to_hub_m."""

    clusters: gpd.GeoDataFrame
    members: pd.DataFrame
    notes: list[str] = field(default_factory=list)


def weighted_geometric_median(
    x: np.ndarray, y: np.ndarray, weight: np.ndarray, label: np.ndarray, n_labels: int
) -> tuple[np.ndarray, np.ndarray]:
    """Weighted geometric median of the points of each label (Weiszfeld), all labels at once.

    Starts from the weighted centroid. Weights <= 0 or NaN count as 1 when a whole label has no
    positive weight, else as 0.
    """
    weight = np.where(np.isfinite(weight) & (weight > 0), weight, 0.0)
    total = np.bincount(label, weights=weight, minlength=n_labels)
    weight = np.where(total[label] > 0, weight, 1.0)
    total = np.bincount(label, weights=weight, minlength=n_labels)
    hx = np.bincount(label, weights=weight * x, minlength=n_labels) / total
    hy = np.bincount(label, weights=weight * y, minlength=n_labels) / total
    for _ in range(_WEISZFELD_MAX_STEPS):
        distance = np.maximum(np.hypot(x - hx[label], y - hy[label]), _WEISZFELD_FLOOR_M)
        pull = weight / distance
        norm = np.bincount(label, weights=pull, minlength=n_labels)
        new_x = np.bincount(label, weights=pull * x, minlength=n_labels) / norm
        new_y = np.bincount(label, weights=pull * y, minlength=n_labels) / norm
        shift = np.hypot(new_x - hx, new_y - hy).max(initial=0.0)
        hx, hy = new_x, new_y
        if shift < _WEISZFELD_TOLERANCE_M:
            break
    return hx, hy


def _round_lengths(
    x: np.ndarray, y: np.ndarray, label: np.ndarray, depot_x: np.ndarray, depot_y: np.ndarray
) -> np.ndarray:
    """Length of a round from each label's depot through its points and back: nearest-neighbour
    tour, or the star of out-and-back trips when that is shorter. Vectorised over labels."""
    n_labels = len(depot_x)
    order = np.argsort(label, kind="stable")
    sorted_label = label[order]
    counts = np.bincount(label, minlength=n_labels)
    width = int(counts.max(initial=0))
    slot = np.arange(len(order)) - np.repeat(np.cumsum(counts) - counts, counts)
    px = np.full((n_labels, width), np.nan)
    py = np.full((n_labels, width), np.nan)
    px[sorted_label, slot] = x[order]
    py[sorted_label, slot] = y[order]
    present = np.isfinite(px)
    star = 2.0 * np.nansum(np.hypot(px - depot_x[:, None], py - depot_y[:, None]), axis=1)
    cx, cy = depot_x.copy(), depot_y.copy()
    tour = np.zeros(n_labels)
    unvisited = present.copy()
    rows = np.arange(n_labels)
    for _ in range(width):
        step = np.hypot(px - cx[:, None], py - cy[:, None])
        step[~unvisited] = np.inf
        nearest = np.argmin(step, axis=1)
        moving = unvisited[rows, nearest]
        tour[moving] += step[rows, nearest][moving]
        cx[moving], cy[moving] = px[rows, nearest][moving], py[rows, nearest][moving]
        unvisited[rows[moving], nearest[moving]] = False
    tour += np.hypot(cx - depot_x, cy - depot_y)
    return np.minimum(tour, star)


def _nearest_treatment(
    tree: cKDTree | None,
    x: np.ndarray,
    y: np.ndarray,
    fallback_x: np.ndarray,
    fallback_y: np.ndarray,
):
    if tree is None:
        return fallback_x, fallback_y
    _, position = tree.query(np.column_stack([x, y]))
    return tree.data[position, 0], tree.data[position, 1]


def pooling_opportunities(
    sites: gpd.GeoDataFrame,
    resources: pd.DataFrame,
    *,
    radius_m: float = POOLING_RADIUS_M,
    treatment_sites: gpd.GeoDataFrame | None = None,
    payload_t: float = TRUCK_PAYLOAD_T,
    catalogue=None,
) -> PoolingResult:
    """Clusters of nearby sites sharing a resource and direction; see the module docstring.

    ``sites``: points with ``site_id`` (metric or geographic CRS). ``resources``: site_id,
    direction, resource, quantity, unit. ``treatment_sites``: optional points where collected
    waste goes. ``payload_t``: tonnes per truck load (20 t: a typical articulated tipper or
    skip lorry payload in Europe; set per run). ``catalogue``: optional; when given, truck-km
    are only estimated for resources whose transport mode is road (or none, for services).
    """
    if not radius_m > 0 or not payload_t > 0:
        raise ValueError(translate("pooling", "The radius and the truck payload must be positive."))
    notes: list[str] = []
    metric, crs, note = to_metric(sites)
    notes.append(
        note or translate("pooling", "Distances are measured in {crs}.").format(crs=crs_label(crs))
    )
    coords = shapely.get_coordinates(metric.geometry.to_numpy())
    if len(coords) != len(metric):
        raise ValueError(translate("pooling", "Every site must be a single point with a geometry."))
    site_ids = metric["site_id"].astype(str).to_numpy(dtype=object)
    tree_t = None
    if treatment_sites is not None and len(treatment_sites):
        treatment = treatment_sites
        if not (
            treatment.crs is not None and is_metric(treatment.crs) and treatment.crs.equals(crs)
        ):
            treatment = treatment.to_crs(crs)
        tree_t = cKDTree(shapely.get_coordinates(treatment.geometry.to_numpy()))

    rows = _site_rows(resources, site_ids, notes)
    site_pos = rows["site_pos"].to_numpy()
    rows["x"], rows["y"] = coords[site_pos, 0], coords[site_pos, 1]

    labels = np.full(len(rows), -1)
    next_label = 0
    for _, group in rows.groupby(["resource", "direction"], sort=True):
        if len(group) < 2:
            continue
        points = group[["x", "y"]].to_numpy()
        pairs = cKDTree(points).query_pairs(radius_m, output_type="ndarray")
        graph = coo_matrix(
            (np.ones(len(pairs)), (pairs[:, 0], pairs[:, 1])), shape=(len(group), len(group))
        )
        _, component = connected_components(graph, directed=False)
        sizes = np.bincount(component)
        kept = sizes[component] >= 2
        _, relabel = np.unique(component[kept], return_inverse=True)
        labels[group.index[kept]] = next_label + relabel  # rows has a RangeIndex
        next_label += int(relabel.max(initial=-1)) + 1

    members = rows[labels >= 0].assign(cluster=labels[labels >= 0])
    return _summarise(members, next_label, crs, tree_t, payload_t, catalogue, notes)


def _site_rows(resources: pd.DataFrame, site_ids: np.ndarray, notes: list[str]) -> pd.DataFrame:
    """One row per (resource, direction, site) with the summed quantity."""
    table = pd.DataFrame(
        {
            "site_id": resources["site_id"].astype(str),
            "resource": normalise_series(resources["resource"]),
            "direction": resources["direction"].astype(str).str.strip().str.lower(),
            "quantity": pd.to_numeric(resources["quantity"], errors="coerce"),
            "unit": resources["unit"].fillna("").astype(str) if "unit" in resources.columns else "",
        }
    )
    table["site_pos"] = pd.Index(site_ids).get_indexer(table["site_id"])
    bad = (table["site_pos"] < 0) | ~(table["quantity"] > 0) | table["resource"].isna()
    if bad.any():
        notes.append(
            translate(
                "pooling",
                "{count} resource rows without a located site, a known code or "
                "a positive quantity were left out."
            ).format(count=int(bad.sum()))
        )
    table = table[~bad]
    return (
        table.groupby(["resource", "direction", "site_id", "site_pos"], sort=True)
        .agg(quantity=("quantity", "sum"), unit=("unit", "first"))
        .reset_index()
    )


def _truck_modes(first: pd.DataFrame, catalogue) -> tuple[np.ndarray, np.ndarray]:
    """(is_mass, is_service) per cluster: which clusters travel by truck, and how counted."""
    families = first["unit"].map(lambda u: getattr(parse_unit(u), "family", None))
    is_mass = (families == "mass").to_numpy()
    is_service = (families == "service").to_numpy()
    if catalogue is not None:
        modes = first["resource"].map(
            lambda code: (
                catalogue.entry(code)["transport_mode"] if catalogue.is_known(code) else None
            )
        )
        by_truck = modes.isin(["road", "none"]).to_numpy()
        is_mass &= by_truck
        is_service &= by_truck
    return is_mass, is_service


def _subset_rounds(x, y, subset, member, n_subsets, subset_cluster, depot_x, depot_y):
    """Round length of each subset of members: pairs (``subset``, ``member``) list who is in
    which subset; a subset's round starts at the depot of ``subset_cluster``; 0 when empty."""
    lengths = np.zeros(n_subsets)
    if len(subset) == 0:
        return lengths
    used, dense = np.unique(subset, return_inverse=True)
    cluster = subset_cluster[used]
    lengths[used] = _round_lengths(x[member], y[member], dense, depot_x[cluster], depot_y[cluster])
    return lengths


def _pooled_service_m(x, y, label, visits, depot_x, depot_y) -> np.ndarray:
    """Pooled km of collection services: members are visited ``visits`` times a year. The
    rounds are nested: the first ``min(visits)`` rounds visit every member, the next ones only
    the members that need more, and so on, so every member gets exactly its visits."""
    n_clusters = len(depot_x)
    order = np.lexsort((visits, label))
    sorted_label, sorted_visits = label[order], visits[order]
    n = len(order)
    starts = np.r_[True, sorted_label[1:] != sorted_label[:-1]]
    previous = np.r_[0.0, sorted_visits[:-1]]
    increment = np.where(starts, sorted_visits, sorted_visits - previous)
    # Level j (the j-th member in visit order) adds ``increment[j]`` rounds through the
    # members from position j to the end of its cluster (ties add 0 rounds).
    cluster_end = np.r_[np.flatnonzero(starts)[1:], n]
    end = np.repeat(cluster_end, np.diff(np.r_[np.flatnonzero(starts), n]))
    sizes = end - np.arange(n)
    subset = np.repeat(np.arange(n), sizes)
    offset = np.arange(len(subset)) - np.repeat(np.cumsum(sizes) - sizes, sizes)
    member = subset + offset
    lengths = _subset_rounds(x[order], y[order], subset, member, n, sorted_label, depot_x, depot_y)
    return np.bincount(sorted_label, weights=increment * lengths, minlength=n_clusters)


def _summarise(
    members: pd.DataFrame,
    n_clusters: int,
    crs,
    tree_t,
    payload_t: float,
    catalogue,
    notes: list[str],
) -> PoolingResult:
    """The clusters (hub point, members, truck-km separate and pooled) and the member table."""
    if n_clusters == 0:
        return _empty_result(crs, notes)
    label = members["cluster"].to_numpy()
    x, y = members["x"].to_numpy(), members["y"].to_numpy()
    quantity = members["quantity"].to_numpy(dtype=float)
    hx, hy = weighted_geometric_median(x, y, quantity, label, n_clusters)
    first = members.groupby("cluster", sort=True).first()
    is_mass, is_service = _truck_modes(first, catalogue)
    separate, pooled, rounds = _truck_km(
        x, y, label, quantity, is_mass, is_service, hx, hy, tree_t, payload_t
    )
    if not (is_mass | is_service).all():
        notes.append(
            translate(
                "pooling",
                "Truck-km are only estimated for resources carried by road, in t/yr or count/yr."
            )
        )

    member_sites = members.groupby("cluster", sort=True)["site_id"].agg(", ".join)
    clusters = gpd.GeoDataFrame(
        {
            "cluster_id": np.arange(1, n_clusters + 1),
            "resource": first["resource"].to_numpy(),
            "direction": first["direction"].to_numpy(),
            "member_sites": member_sites.to_numpy(),
            "n_sites": np.bincount(label, minlength=n_clusters),
            "total_quantity": np.bincount(label, weights=quantity, minlength=n_clusters),
            "unit": first["unit"].to_numpy(),
            "rounds_yr": rounds,
            "separate_truck_km_yr": separate / 1000.0,
            "pooled_truck_km_yr": pooled / 1000.0,
            "truck_km_saved_yr": (separate - pooled) / 1000.0,
        },
        geometry=shapely.points(hx, hy),
        crs=crs,
    )
    member_table = pd.DataFrame(
        {
            "site_id": members["site_id"].to_numpy(),
            "cluster_id": label + 1,
            "resource": members["resource"].to_numpy(),
            "direction": members["direction"].to_numpy(),
            "quantity": quantity,
            "distance_to_hub_m": np.hypot(x - hx[label], y - hy[label]),
        }
    )
    notes.append(translate("pooling", "{count} pooling clusters found.").format(count=n_clusters))
    return PoolingResult(clusters, member_table, notes)


def _empty_result(crs, notes: list[str]) -> PoolingResult:
    empty = pd.DataFrame({c: pd.Series(dtype=object) for c in CLUSTER_COLUMNS})
    clusters = gpd.GeoDataFrame(empty, geometry=gpd.GeoSeries([], crs=crs), crs=crs)
    member_table = pd.DataFrame(
        columns=[
            "site_id",
            "cluster_id",
            "resource",
            "direction",
            "quantity",
            "distance_to_hub_m",
        ]
    )
    return PoolingResult(clusters, member_table, notes)


def _truck_km(
    x: np.ndarray,
    y: np.ndarray,
    label: np.ndarray,
    quantity: np.ndarray,
    is_mass: np.ndarray,
    is_service: np.ndarray,
    hx: np.ndarray,
    hy: np.ndarray,
    tree_t,
    payload_t: float,
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(separate metres, pooled metres, rounds per year) of each cluster; NaN for clusters whose
    resource does not go by truck (``is_mass`` and ``is_service`` per cluster)."""
    n_clusters = len(hx)
    mass, service = is_mass[label], is_service[label]
    # Where each member's trips go when it collects alone, and where pooled rounds start.
    tx, ty = _nearest_treatment(tree_t, x, y, hx[label], hy[label])
    out_and_back_m = 2.0 * np.hypot(x - tx, y - ty)
    depot_x, depot_y = _nearest_treatment(tree_t, hx, hy, hx, hy)
    full_loads = np.floor(quantity / payload_t)
    remainder_t = quantity - full_loads * payload_t
    trips = np.where(mass, full_loads + (remainder_t > 0), np.where(service, quantity, 0.0))
    separate = np.bincount(label, weights=trips * out_and_back_m, minlength=n_clusters)

    # Mass: full loads still go straight to treatment; the partial loads are pooled in rounds
    # through every member that has one.
    total_remainder = np.bincount(
        label, weights=np.where(mass, remainder_t, 0.0), minlength=n_clusters
    )
    partial_rounds = np.ceil(total_remainder / payload_t)
    partial = np.flatnonzero(mass & (remainder_t > 0))
    remainder_round_m = _subset_rounds(
        x, y, label[partial], partial, n_clusters, np.arange(n_clusters), depot_x, depot_y
    )
    direct = np.bincount(
        label, weights=np.where(mass, full_loads * out_and_back_m, 0.0), minlength=n_clusters
    )
    pooled_mass = direct + partial_rounds * remainder_round_m
    in_service = np.flatnonzero(service)
    pooled_service = np.zeros(n_clusters)
    if len(in_service):
        pooled_service = _pooled_service_m(
            x[in_service], y[in_service], label[in_service], quantity[in_service], depot_x, depot_y
        )
    by_truck = is_mass | is_service
    pooled = np.where(is_mass, pooled_mass, np.where(is_service, pooled_service, np.nan))
    separate = np.where(by_truck, separate, np.nan)
    full_trips = np.bincount(label, weights=np.where(mass, full_loads, 0.0), minlength=n_clusters)
    max_visits = pd.Series(np.where(service, quantity, 0.0)).groupby(label).max()
    rounds = np.where(
        is_mass,
        full_trips + partial_rounds,
        np.where(is_service, max_visits.reindex(range(n_clusters)).to_numpy(), np.nan),
    )
    return separate, pooled, rounds
