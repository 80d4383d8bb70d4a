"""Waste-heat district heating candidates: links from heat sources to DH potential areas.

For every usable source the longest economic pipe is ``max_transmission_distance_m`` (the
levelised transmission cost reaches the ceiling there, see :mod:`economics`). Every area within
that distance is a candidate, found for all sources at once with a shapely ``STRtree``
``dwithin`` query; that measures the exact distance to the area outline, which a KD-tree on area
centroids or vertices would only approximate. Each candidate link is then costed:

* length: the straight line from the source to the nearest point of the area times a detour
  factor (pipes follow streets, not straight lines; 1.3 by default), or, when a road layer is
  given, the shortest path along the roads (Dijkstra) plus the straight connectors from the
  source to its nearest road vertex and from the last road vertex to the area;
* heat delivered: the smaller of the source's heat and the area's demand;
* link capacity: the source capacity scaled by the share of its heat the link carries, so the
  pipe class follows the heat actually sent;
* cost: ``C_pipe(P) * L`` invested, ``(annuity + O&M)`` of it each year, divided by the heat
  delivered: EUR/MWh, feasible when at most the ceiling;
* seasonal matching (:mod:`.seasonal`): the source's heat and the area's demand matched month
  by month (or hour by hour with hourly profiles): the usable heat (sum of the monthly minima,
  at most the heat delivered on annual totals), the shares of the source used and of the
  demand covered, and the peak backup capacity the area still needs. The cost stays on the
  annual figure, as Hotmaps does; the usable heat says how much of it the seasons allow.

The link line goes to the nearest point of the area outline, not to its centroid: the
transmission pipe ends where the area's distribution network begins, and a source inside an area
needs no transmission pipe at all (length 0).

Sources are never dropped silently: each gets a row in the summary with its flags (too cold, no
heat, capacity without hours, ...), and notes list the sources that can serve several areas.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely
from scipy import sparse
from scipy.sparse.csgraph import dijkstra
from scipy.spatial import cKDTree

from ..common.crs import check_same_crs, common_metric_crs, to_metric
from ..common.i18n import translate
from ..common.ids import duplicated_ids
from ..common.units import HOURS_PER_YEAR, MAX_HOURS_PER_YEAR
from ..reference.defaults import DETOUR_FACTOR, NETWORK_TEMPERATURE_C
from ..reference.economics import (
    HeatEconomics,
    levelised_transmission_cost_eur_mwh,
    max_transmission_distance_m,
    pipe_class,
)
from .seasonal import Profile, degree_day_profile, flat_profile, match_seasonal

MWH_PER_GWH = 1000.0
# Road vertices closer than this are one graph node (line ends digitised separately).
ROAD_SNAP_M = 0.01
# Dijkstra distance matrices are built for this many (sources x road nodes) values at a time.
DIJKSTRA_CHUNK_VALUES = 20_000_000
# Relative slack on the cost ceiling, so a link costed at exactly the ceiling stays feasible
# despite floating-point rounding.
CEILING_SLACK = 1e-9
# Areas named in a note about a source that can serve several.
MAX_AREAS_LISTED = 20

# Required columns; name, heat_mwh_yr, capacity_mw, temperature_c and hours_per_year of the
# sources and dwelling_eq of the areas are optional (empty when absent).
SOURCE_COLUMNS = ("source_id",)
AREA_COLUMNS = ("area_id",)

# Flag codes (stable, untranslated) in the summary; the message column explains them.
TOO_COLD = "too_cold"
MISSING_HOURS = "missing_hours"
NO_HEAT = "no_heat"
NO_GEOMETRY = "no_geometry"
HOURS_ASSUMED = "hours_assumed"
TEMPERATURE_UNKNOWN = "temperature_unknown"
OUTSIDE_EXTENT = "outside_areas_extent"
BAD_HOURS = "bad_hours"


@dataclass
class WasteHeatResult:
    links: gpd.GeoDataFrame  # one LineString per source-area candidate
    summary: pd.DataFrame  # one row per source, flags included
    notes: list[str] = field(default_factory=list)
    crs: object = None


def _numbers(frame: pd.DataFrame, column: str) -> np.ndarray:
    if column not in frame.columns:
        return np.full(len(frame), np.nan)
    return pd.to_numeric(frame[column], errors="coerce").to_numpy(dtype=float)


def _require(frame: pd.DataFrame, columns, what: str) -> None:
    missing = [c for c in columns if c not in frame.columns]
    if missing:
        raise ValueError(
            translate("waste_heat", "The {what} layer lacks the columns {columns}.").format(
                what=what, columns=", ".join(missing)
            )
        )


def _unique_ids(ids: pd.Series, what: str) -> None:
    duplicated = duplicated_ids(ids).astype(str)
    if duplicated.size:
        raise ValueError(
            translate("waste_heat", "The {what} layer repeats the ids {ids}: each must be "
                                    "unique.").format(what=what, ids=", ".join(duplicated[:10]))
        )


def _source_table(sources: gpd.GeoDataFrame, network_temperature_c: float, areas_bounds):
    """Heat, capacity, hours and flags per source (vectorised)."""
    heat = _numbers(sources, "heat_mwh_yr")
    capacity = _numbers(sources, "capacity_mw")
    hours = _numbers(sources, "hours_per_year")
    temperature = _numbers(sources, "temperature_c")
    geometry = sources.geometry.array
    no_geometry = np.asarray(geometry.isna() | geometry.is_empty)
    points = np.where(no_geometry, None, shapely.point_on_surface(np.asarray(geometry)))

    bad_hours = np.isfinite(hours) & ((hours <= 0) | (hours > MAX_HOURS_PER_YEAR))
    hours = np.where(bad_hours, np.nan, hours)
    has_heat = np.isfinite(heat) & (heat > 0)
    has_capacity = np.isfinite(capacity) & (capacity > 0)
    has_hours = np.isfinite(hours)
    # Capacity without yearly heat: the heat is capacity x hours, so hours are needed.
    missing_hours = ~has_heat & has_capacity & ~has_hours
    heat = np.where(~has_heat & has_capacity & has_hours, capacity * hours, heat)
    # Yearly heat without capacity: capacity = heat / hours, or heat / 8760 (steady all year)
    # when the hours are unknown, which gives the smallest pipe; flagged.
    hours_assumed = has_heat & ~has_capacity & ~has_hours
    capacity = np.where(has_heat & ~has_capacity,
                        heat / np.where(has_hours, hours, HOURS_PER_YEAR), capacity)
    no_heat = ~(np.isfinite(heat) & (heat > 0)) & ~missing_hours
    too_cold = np.isfinite(temperature) & (temperature < network_temperature_c)
    unknown_temperature = ~np.isfinite(temperature)
    usable = ~no_geometry & ~missing_hours & ~no_heat & ~too_cold
    xy = np.full((len(sources), 2), np.nan)
    if (~no_geometry).any():
        xy[~no_geometry] = shapely.get_coordinates(points[~no_geometry].astype(object))
    x_min, y_min, x_max, y_max = areas_bounds
    outside = ~no_geometry & ~(
        (xy[:, 0] >= x_min) & (xy[:, 0] <= x_max) & (xy[:, 1] >= y_min) & (xy[:, 1] <= y_max)
    )
    flags = {
        NO_GEOMETRY: no_geometry, MISSING_HOURS: missing_hours, NO_HEAT: no_heat,
        TOO_COLD: too_cold, BAD_HOURS: bad_hours, HOURS_ASSUMED: hours_assumed,
        TEMPERATURE_UNKNOWN: unknown_temperature, OUTSIDE_EXTENT: outside,
    }
    return heat, capacity, temperature, points, usable, flags


def _flag_messages(flags: dict, network_temperature_c: float, index):
    """Semicolon-separated flag codes and translated explanations per source."""
    texts = {
        NO_GEOMETRY: translate("waste_heat", "no location: the source has no geometry"),
        MISSING_HOURS: translate(
            "waste_heat",
            "capacity in MW but neither heat in MWh/yr nor hours_per_year: the yearly heat "
            "cannot be computed; give one of them"),
        NO_HEAT: translate("waste_heat", "no heat: heat_mwh_yr and capacity_mw are empty or 0"),
        TOO_COLD: translate(
            "waste_heat",
            "too cold: the source temperature is below the network temperature of {t} C (a heat "
            "pump would be needed, which is not costed here)").format(t=network_temperature_c),
        BAD_HOURS: translate("waste_heat", "hours_per_year outside 0-8784 was ignored"),
        HOURS_ASSUMED: translate(
            "waste_heat",
            "hours_per_year unknown: capacity taken as heat / 8760 h (steady all year)"),
        TEMPERATURE_UNKNOWN: translate(
            "waste_heat", "temperature unknown: linked as if hot enough; check it"),
        OUTSIDE_EXTENT: translate(
            "waste_heat", "outside the extent of the DH areas (linked if within reach)"),
    }
    codes = pd.Series("", index=index, dtype=object)
    messages = pd.Series("", index=index, dtype=object)
    for code, mask in flags.items():
        mask = np.asarray(mask, dtype=bool)
        if not mask.any():
            continue
        sep_codes = np.where(codes[mask] != "", ";", "")
        sep_texts = np.where(messages[mask] != "", "; ", "")
        codes[mask] = codes[mask] + sep_codes + code
        messages[mask] = messages[mask] + sep_texts + texts[code]
    return codes, messages


class _RoadGraph:
    """Undirected graph of road vertices, edges weighted by length in metres."""

    def __init__(self, roads: gpd.GeoDataFrame):
        lines = shapely.get_parts(np.asarray(roads.geometry.dropna().array))
        lines = lines[shapely.get_type_id(lines) == 1]
        coords, line = shapely.get_coordinates(lines, return_index=True)
        keys = np.round(coords / ROAD_SNAP_M).astype(np.int64)
        _, first, node = np.unique(keys, axis=0, return_index=True, return_inverse=True)
        node = node.ravel()
        self.xy = coords[first]
        same_line = line[1:] == line[:-1]
        a, b = node[:-1][same_line], node[1:][same_line]
        length = np.hypot(*(coords[1:][same_line] - coords[:-1][same_line]).T)
        keep = a != b
        a, b, length = np.minimum(a, b)[keep], np.maximum(a, b)[keep], length[keep]
        # Keep the shortest of duplicate edges (csr_matrix would add them up).
        order = np.lexsort((length, b, a))
        a, b, length = a[order], b[order], length[order]
        first_edge = np.r_[True, (a[1:] != a[:-1]) | (b[1:] != b[:-1])]
        n = len(self.xy)
        self.matrix = sparse.csr_matrix(
            (length[first_edge], (a[first_edge], b[first_edge])), shape=(n, n)
        )
        self.tree = cKDTree(self.xy)
        self.node_points = shapely.points(self.xy)

    def area_targets(self, areas: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Per area, the road nodes where a pipe may leave the roads: every node inside the
        area, or the nearest node(s) when none is inside. Returns (area index, node, connector
        length from node to the area), sorted by area."""
        tree = shapely.STRtree(self.node_points)
        area_idx, node_idx = tree.query(areas, predicate="intersects")
        has_inside = np.zeros(len(areas), dtype=bool)
        has_inside[area_idx] = True
        outside = np.flatnonzero(~has_inside)
        near_area, near_node = tree.query_nearest(areas[outside], all_matches=True)
        area_idx = np.concatenate((area_idx, outside[near_area]))
        node_idx = np.concatenate((node_idx, near_node))
        connector = shapely.distance(self.node_points[node_idx], areas[area_idx])
        order = np.argsort(area_idx, kind="stable")
        return area_idx[order], node_idx[order], connector[order]


def _road_lengths(graph: _RoadGraph, src_xy, pair_src, pair_area, areas, radius_m):
    """Along-road length of each (source, area) pair (inf when no path within reach), the road
    node where its pipe leaves the roads (-1 when none) and its road path as coordinates
    (``path_xy`` with ``path_pair`` giving the pair of each vertex, in order)."""
    conn_src, src_node = graph.tree.query(src_xy[np.unique(pair_src)])
    src_conn = np.full(src_xy.shape[0], np.nan)
    node_of_src = np.full(src_xy.shape[0], -1)
    src_conn[np.unique(pair_src)] = conn_src
    node_of_src[np.unique(pair_src)] = src_node
    t_area, t_node, t_conn = graph.area_targets(areas)
    t_start = np.searchsorted(t_area, np.arange(len(areas) + 1))
    length = np.full(pair_src.size, np.inf)
    exit_node = np.full(pair_src.size, -1)
    path_xy, path_pair = [], []
    used = np.unique(pair_src)
    chunk = max(1, DIJKSTRA_CHUNK_VALUES // max(len(graph.xy), 1))
    for start in range(0, used.size, chunk):
        batch = used[start:start + chunk]
        dist, pred = dijkstra(graph.matrix, directed=False, indices=node_of_src[batch],
                              limit=float(np.max(radius_m[batch])), return_predecessors=True)
        row_of = np.full(src_xy.shape[0], -1)
        row_of[batch] = np.arange(batch.size)
        pairs = np.flatnonzero(row_of[pair_src] >= 0)
        rows = row_of[pair_src[pairs]]
        # Expand each pair by its area's exit nodes and keep the shortest total.
        counts = t_start[pair_area[pairs] + 1] - t_start[pair_area[pairs]]
        owner = np.repeat(np.arange(pairs.size), counts)
        offset = np.arange(owner.size) - np.repeat(np.cumsum(counts) - counts, counts)
        k = t_start[pair_area[pairs]][owner] + offset
        total = dist[rows[owner], t_node[k]] + t_conn[k]
        order = np.lexsort((total, owner))
        first = order[np.r_[True, owner[order][1:] != owner[order][:-1]]]
        best = total[first]
        reached = np.isfinite(best)
        length[pairs[owner[first]]] = best + src_conn[pair_src[pairs[owner[first]]]]
        exit_node[pairs[owner[first][reached]]] = t_node[k[first][reached]]
        # Walk the predecessors back from the exit node, all pairs of the batch at once.
        done = pairs[owner[first][reached]]
        node = exit_node[done]
        walk_rows = row_of[pair_src[done]]
        steps = []
        while (node >= 0).any():
            steps.append(node)
            node = np.where(node >= 0, pred[walk_rows, np.maximum(node, 0)], -1)
        if steps:
            hops = np.stack(steps, axis=1)[:, ::-1]  # source first
            valid = hops >= 0
            path_xy.append(graph.xy[hops[valid]])
            path_pair.append(np.repeat(done, valid.sum(axis=1)))
    path_xy = np.vstack(path_xy) if path_xy else np.empty((0, 2))
    path_pair = np.concatenate(path_pair) if path_pair else np.empty(0, dtype=np.int64)
    return length, exit_node, path_xy, path_pair


def waste_heat_links(
    sources: gpd.GeoDataFrame,
    areas: gpd.GeoDataFrame,
    econ: HeatEconomics | None = None,
    network_temperature_c: float = NETWORK_TEMPERATURE_C,
    detour_factor: float = DETOUR_FACTOR,
    roads: gpd.GeoDataFrame | None = None,
    demand_column: str = "demand_gwh_yr",
    demand_profile: Profile | None = None,
    supply_profile: Profile | None = None,
) -> WasteHeatResult:
    """Candidate links from waste-heat sources to DH potential areas, costed and flagged.

    ``sources``: points with source_id, name, heat_mwh_yr, capacity_mw, temperature_c,
    hours_per_year (empty cells allowed: see the flags). ``areas``: polygons with area_id,
    dwelling_eq and the demand in GWh/yr in ``demand_column``. ``roads``: optional lines,
    noded at junctions (lines that cross without a shared vertex are not connected).
    Layers in a geographic CRS are reprojected to one metric CRS (noted); mixed CRS raise
    :class:`~ite_qgis.core.crs.CrsError`. ``demand_profile`` (default: the degree days of the
    default climate with hot water) and ``supply_profile`` (default: flat) shape the seasonal
    matching of each link.
    """
    econ = econ or HeatEconomics()
    _check_inputs(sources, areas, demand_column, detour_factor)
    notes: list[str] = []
    sources_m, areas_m, roads_m, target_crs = _to_one_metric_crs(sources, areas, roads, notes)
    area_geom, area_ok, demand_mwh = _usable_areas(areas_m, demand_column, notes)
    bounds = (shapely.total_bounds(area_geom[area_ok]) if area_ok.any()
              else np.array([np.nan] * 4))
    heat, capacity, temperature, points, usable, flags = _source_table(
        sources_m, network_temperature_c, bounds)
    radius_m = np.where(usable, max_transmission_distance_m(heat, capacity, econ), 0.0)
    # The straight-line search radius: along roads the path is never shorter than the
    # straight line; otherwise the detour factor lengthens it.
    search_m = radius_m if roads_m is not None else radius_m / detour_factor
    pair_src, pair_area = _pairs_within_reach(points, usable, search_m, area_geom, area_ok)

    src_points = points[pair_src].astype(object)
    pair_geom = area_geom[pair_area]
    straight_m = shapely.distance(src_points, pair_geom)
    lines = shapely.shortest_line(src_points, pair_geom)
    routing = np.full(pair_src.size, "straight", dtype=object)
    length_m = straight_m * detour_factor
    graph = _RoadGraph(roads_m) if roads_m is not None and pair_src.size else None
    if graph is not None and len(graph.xy) == 0:
        notes.append(translate("waste_heat", "The roads layer has no lines: straight lines "
                                             "were used."))
        graph = None
    if graph is not None:
        src_xy = np.full((len(sources_m), 2), np.nan)
        src_idx = np.flatnonzero(usable)
        src_xy[src_idx] = shapely.get_coordinates(points[src_idx].astype(object))
        length_m, routing = _route_along_roads(
            graph, src_xy, pair_src, pair_area, area_geom, radius_m, length_m, lines, notes)

    delivered = np.minimum(heat[pair_src], demand_mwh[pair_area])
    link_capacity = capacity[pair_src] * delivered / heat[pair_src]
    links = _link_table(sources_m, areas_m, pair_src, pair_area, demand_mwh, delivered,
                        link_capacity, routing, straight_m, length_m, lines, target_crs, econ)
    season = match_seasonal(heat, supply_profile or flat_profile(), demand_mwh,
                            demand_profile or degree_day_profile(), pair_src, pair_area)
    links = links.assign(
        usable_heat_mwh_yr=season.usable_mwh_yr, source_used_share=season.source_used_share,
        demand_covered_share=season.demand_covered_share,
        backup_peak_mw=season.backup_peak_mw)
    summary, more_notes = _summary(
        sources_m, heat, capacity, temperature, radius_m, flags, pair_src, pair_area,
        links["feasible"].to_numpy(), delivered, links["lcoh_transmission_eur_mwh"].to_numpy(),
        areas_m, network_temperature_c, season)
    notes.extend(more_notes)
    links = links.sort_values(["source_id", "lcoh_transmission_eur_mwh"], kind="stable")
    links = links.reset_index(drop=True)
    return WasteHeatResult(links, summary, notes, target_crs)


def _check_inputs(sources: gpd.GeoDataFrame, areas: gpd.GeoDataFrame, demand_column: str,
                  detour_factor: float) -> None:
    """Required columns, unique ids and a usable detour factor (ValueError otherwise)."""
    _require(sources, SOURCE_COLUMNS, translate("waste_heat", "heat sources"))
    _require(areas, AREA_COLUMNS + (demand_column,), translate("waste_heat", "DH areas"))
    _unique_ids(sources["source_id"], translate("waste_heat", "heat sources"))
    _unique_ids(areas["area_id"], translate("waste_heat", "DH areas"))
    if not (np.isfinite(detour_factor) and detour_factor >= 1.0):
        raise ValueError(
            translate("waste_heat", "The detour factor must be 1 or more, not {f}.").format(
                f=detour_factor)
        )


def _to_one_metric_crs(sources, areas, roads, notes: list[str]):
    """(sources, areas, roads or None, CRS): the layers in one metric CRS (reprojections
    noted); sources get an empty name column when they have none."""
    layers = [sources, areas] + ([roads] if roads is not None else [])
    names = [translate("waste_heat", "heat sources"), translate("waste_heat", "DH areas"),
             translate("waste_heat", "roads")]
    check_same_crs(*layers, names=names[:len(layers)])
    target_crs = common_metric_crs(*layers)
    converted = []
    for layer in layers:
        out, _crs, note = to_metric(layer, crs=target_crs)
        converted.append(out)
        if note:
            notes.append(note)
    sources_m, areas_m = converted[0], converted[1]
    if "name" not in sources_m.columns:
        sources_m = sources_m.assign(name="")
    roads_m = converted[2] if roads is not None else None
    return sources_m, areas_m, roads_m, target_crs


def _usable_areas(areas_m: gpd.GeoDataFrame, demand_column: str, notes: list[str]):
    """(area geometries, which areas are usable, demand in MWh/yr): areas without geometry or
    without a positive demand are left out (noted)."""
    area_geom = np.asarray(areas_m.geometry.array)
    area_ok = ~(shapely.is_missing(area_geom) | shapely.is_empty(area_geom))
    demand_mwh = _numbers(areas_m, demand_column) * MWH_PER_GWH
    area_ok &= np.isfinite(demand_mwh) & (demand_mwh > 0)
    if (~area_ok).any():
        notes.append(translate(
            "waste_heat", "{n} DH areas without geometry or without a positive demand were "
                          "left out.").format(n=int((~area_ok).sum())))
    return area_geom, area_ok, demand_mwh


def _pairs_within_reach(points, usable, search_m, area_geom, area_ok):
    """(source index, area index) of every usable area within each usable source's straight
    search radius (exact distance to the outline, shapely ``dwithin``)."""
    src_idx = np.flatnonzero(usable)
    ok_areas = np.flatnonzero(area_ok)
    if not (src_idx.size and ok_areas.size):
        return np.empty(0, dtype=np.int64), np.empty(0, dtype=np.int64)
    tree = shapely.STRtree(area_geom[ok_areas])
    q_src, q_area = tree.query(points[src_idx].astype(object), predicate="dwithin",
                               distance=search_m[src_idx])
    return src_idx[q_src], ok_areas[q_area]


def _route_along_roads(graph, src_xy, pair_src, pair_area, area_geom, radius_m, length_m,
                       lines, notes: list[str]):
    """(length, routing) of the links with the road graph; the lines of the links routed
    along the roads are replaced in ``lines`` (source, road path, nearest point of the
    area). Links with no road path within reach keep their straight length (noted)."""
    pair_geom = area_geom[pair_area]
    road_len, exit_node, path_xy, path_pair = _road_lengths(
        graph, src_xy, pair_src, pair_area, area_geom, radius_m)
    on_road = exit_node >= 0
    length_m = np.where(on_road, road_len, length_m)
    routing = np.where(on_road, "roads", "straight_no_road_path").astype(object)
    # Line along the roads: the source, the road path, the nearest point of the area.
    routed = np.flatnonzero(on_road)
    ends = shapely.get_coordinates(shapely.shortest_line(
        graph.node_points[exit_node[routed]], pair_geom[routed]))[1::2]
    pair_of = np.concatenate((routed, path_pair, routed))
    rank = np.concatenate((np.zeros(routed.size), np.ones(path_pair.size),
                           np.full(routed.size, 2.0)))
    xy = np.vstack((src_xy[pair_src[routed]], path_xy, ends))
    order = np.lexsort((rank, pair_of))  # stable: path vertices keep their order
    lines[routed] = shapely.linestrings(xy[order], indices=np.unique(
        pair_of[order], return_inverse=True)[1])
    if (~on_road).any():
        notes.append(translate(
            "waste_heat", "{n} links found no path along the roads within reach; their "
                          "length is the straight line times the detour factor.").format(
            n=int((~on_road).sum())))
    return length_m, routing


def _link_table(sources_m, areas_m, pair_src, pair_area, demand_mwh, delivered, link_capacity,
                routing, straight_m, length_m, lines, target_crs, econ: HeatEconomics):
    """The candidate links, costed, in pair order."""
    class_mw, cost_eur_m = pipe_class(link_capacity)
    capex = cost_eur_m * length_m
    annual = capex * econ.yearly_charge_share
    lcoh = levelised_transmission_cost_eur_mwh(length_m, link_capacity, delivered, econ)
    max_len = max_transmission_distance_m(delivered, link_capacity, econ)
    feasible = lcoh <= econ.ceiling_eur_mwh * (1.0 + CEILING_SLACK)
    area_dwellings = _numbers(areas_m, "dwelling_eq")[pair_area]
    dwellings = np.where(np.isfinite(area_dwellings),
                         area_dwellings * delivered / demand_mwh[pair_area],
                         delivered / econ.mwh_per_dwelling)
    return gpd.GeoDataFrame({
        "source_id": sources_m["source_id"].to_numpy()[pair_src],
        "source_name": sources_m["name"].to_numpy()[pair_src],
        "area_id": areas_m["area_id"].to_numpy()[pair_area],
        "routing": routing,
        "straight_m": straight_m,
        "length_m": length_m,
        "max_length_m": max_len,
        "heat_delivered_mwh_yr": delivered,
        "coverage_share": delivered / demand_mwh[pair_area],
        "capacity_mw": link_capacity,
        "pipe_class_mw": class_mw,
        "pipe_cost_eur_m": cost_eur_m,
        "capex_eur": capex,
        "annual_cost_eur_yr": annual,
        "lcoh_transmission_eur_mwh": lcoh,
        "dwelling_eq": dwellings,
        "co2_avoided_t_yr": delivered * econ.gas_boiler_co2_t_mwh,
        "feasible": feasible,
    }, geometry=gpd.GeoSeries(lines, crs=target_crs), crs=target_crs)


def _summary(sources_m, heat, capacity, temperature, radius_m, flags, pair_src, pair_area,
             feasible, delivered, lcoh, areas_m, network_temperature_c, season):
    n = len(sources_m)
    candidates = np.bincount(pair_src, minlength=n)
    feasible_count = np.bincount(pair_src[feasible], minlength=n)
    feasible_demand = np.bincount(pair_src[feasible], weights=delivered[feasible], minlength=n)
    # Best feasible link per source: lowest levelised cost.
    best_area = np.full(n, None, dtype=object)
    best_lcoh = np.full(n, np.nan)
    best_heat = np.full(n, np.nan)
    best_usable = np.full(n, np.nan)
    best_backup = np.full(n, np.nan)
    fi = np.flatnonzero(feasible)
    if fi.size:
        order = fi[np.lexsort((lcoh[fi], pair_src[fi]))]
        first = order[np.r_[True, pair_src[order][1:] != pair_src[order][:-1]]]
        best_area[pair_src[first]] = areas_m["area_id"].to_numpy()[pair_area[first]]
        best_lcoh[pair_src[first]] = lcoh[first]
        best_heat[pair_src[first]] = delivered[first]
        best_usable[pair_src[first]] = season.usable_mwh_yr[first]
        best_backup[pair_src[first]] = season.backup_peak_mw[first]
    codes, messages = _flag_messages(flags, network_temperature_c, sources_m.index)
    summary = pd.DataFrame({
        "source_id": sources_m["source_id"].to_numpy(),
        "name": sources_m["name"].to_numpy(),
        "heat_mwh_yr": heat,
        "capacity_mw": capacity,
        "temperature_c": temperature,
        "max_distance_m": radius_m,
        "candidate_areas": candidates,
        "feasible_areas": feasible_count,
        "best_area_id": best_area,
        "best_lcoh_eur_mwh": best_lcoh,
        "best_heat_delivered_mwh_yr": best_heat,
        "feasible_demand_mwh_yr": feasible_demand,
        # Most heat the source could sell to its feasible areas together.
        "deliverable_mwh_yr": np.minimum(np.nan_to_num(heat), feasible_demand),
        # The best link matched month by month (seasonal matching).
        "best_usable_heat_mwh_yr": best_usable,
        "best_backup_peak_mw": best_backup,
        "flags": codes.to_numpy(),
        "message": messages.to_numpy(),
    })
    notes = []
    several = np.flatnonzero(feasible_count > 1)
    if several.size:
        area_ids = areas_m["area_id"].astype(str).to_numpy()
        for s in several:
            served = area_ids[pair_area[feasible & (pair_src == s)]]
            shown = ", ".join(served[:MAX_AREAS_LISTED])
            if served.size > MAX_AREAS_LISTED:
                shown += translate("waste_heat", " and {more} more").format(
                    more=served.size - MAX_AREAS_LISTED)
            notes.append(translate(
                "waste_heat",
                "Source {source} ({name}) can serve {n} areas economically: {areas}. Each link "
                "is costed alone; together they would take {demand:.0f} MWh/yr of its "
                "{heat:.0f} MWh/yr.").format(
                    source=summary.at[s, "source_id"], name=summary.at[s, "name"],
                    n=served.size, areas=shown, demand=feasible_demand[s], heat=heat[s]))
    outside = np.asarray(flags[OUTSIDE_EXTENT], dtype=bool)
    if outside.any():
        notes.append(translate(
            "waste_heat", "{n} sources lie outside the extent of the DH areas; they are linked "
                          "when an area is within reach.").format(n=int(outside.sum())))
    for code, template in (
        (MISSING_HOURS, translate("waste_heat", "{n} sources give MW without hours per year "
                                                "and were not linked.")),
        (TOO_COLD, translate("waste_heat", "{n} sources are colder than the network and were "
                                           "not linked.")),
        (HOURS_ASSUMED, translate("waste_heat", "{n} sources have no hours per year: their "
                                                "capacity assumes 8760 h.")),
    ):
        count = int(np.asarray(flags[code], dtype=bool).sum())
        if count:
            notes.append(template.format(n=count))
    return summary, notes
