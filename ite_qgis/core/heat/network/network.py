"""Entry point: :func:`dh_network`, a district heating network along the streets.

The sinks (and sources) join the street graph by service pipes; the trench follows a Steiner
tree of the street graph from the sources to the sinks' feet (a virtual root joins the sources,
so several sources share the sinks); each pipe section between branches is sized for the peak
downstream times the simultaneity factor. In the "economic" mode, sinks whose own pipes (their
service pipe and the branch only they use) cost more per MWh than the ceiling are left out and
the tree laid again, until every sink left pays its way.

The result carries, for the seasonal matching, the heat delivered to each sink
(``sink_status.delivered_mwh_yr``) and the design load at each source (``source_load_kw``).
"""

from __future__ import annotations

from dataclasses import dataclass

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely
from scipy.sparse.csgraph import breadth_first_order

from ...common.i18n import translate
from ...validation.findings import InputError, InputReport
from . import loads
from .options import (  # noqa: F401  (FORCED, ECONOMIC re-exported)
    CONNECTED,
    ECONOMIC,
    FORCED,
    NO_PATH,
    TOO_FAR,
    UNECONOMIC,
    NetworkOptions,
)
from .service_pipes import attach
from .sizing import HOURS_PER_YEAR, simultaneity, size_pipes
from .steiner import steiner_tree
from .street_graph import build_street_graph


@dataclass
class NetworkResult:
    network: gpd.GeoDataFrame
    services: gpd.GeoDataFrame
    sink_status: pd.DataFrame
    numbers: dict[str, float]
    source_load_kw: dict[str, float]
    report: InputReport
    # Per input source: the laid network starts there (its heat reaches sinks).
    source_fed: np.ndarray | None = None


def _check_crs(layer, what: str, target):
    if layer.crs is None:
        raise InputError(translate("dhnetwork", "{what} has no coordinate reference system.")
                         .format(what=what))
    if target is None and layer.crs.is_geographic:
        raise InputError(translate(
            "dhnetwork", "{what} uses the geographic CRS {crs}: distances would be in degrees. "
                         "Reproject it to a projected CRS in metres.").format(
            what=what, crs=layer.crs.to_string()))
    return layer if target is None or layer.crs == target else layer.to_crs(target)


def _status_frame(ids, peak, hours, demand):
    return pd.DataFrame({"sink_id": ids, "status": CONNECTED, "reason": "",
                         "peak_kw": peak, "full_load_hours": hours, "demand_mwh_yr": demand,
                         "delivered_mwh_yr": 0.0, "service_m": np.nan,
                         "own_cost_eur_mwh": np.nan})


def _set(status, rows, code, reason):
    status.loc[rows, "status"] = code
    status.loc[rows, "reason"] = reason


def _place(graph, src_xy, sink_xy, status, options, report):
    """Attach sources and sinks to the graph; the sinks off the streets flagged."""
    xy = np.r_[src_xy, sink_xy]
    finite = np.isfinite(xy).all(axis=1)
    node = np.full(len(xy), -1, dtype=np.int64)
    dist = np.full(len(xy), np.inf)
    node[finite], dist[finite], _ = attach(graph, xy[finite], options.max_service_m)
    src_node, sink_node = node[:len(src_xy)], node[len(src_xy):]
    if (src_node < 0).all():
        raise InputError(translate(
            "dhnetwork", "No heat source is within {m} m of a street: move the sources, add the "
                         "streets that reach them or raise the longest service pipe.").format(
            m=f"{options.max_service_m:g}"))
    if (src_node < 0).any():
        report.warn(translate(
            "dhnetwork", "{n} heat sources are more than {m} m from every street and are not "
                         "used.").format(n=int((src_node < 0).sum()),
                                         m=f"{options.max_service_m:g}"))
    far = (sink_node < 0) & (status["status"] == CONNECTED).to_numpy()
    _set(status, far, TOO_FAR, translate(
        "dhnetwork", "more than {m} m from every street").format(m=f"{options.max_service_m:g}"))
    status["service_m"] = np.where(sink_node >= 0, dist[len(src_xy):], np.nan)
    return src_node, sink_node


def _reachable(graph, src_node, sink_node, status, report):
    """Flag sinks whose street part holds no source; report the parts of the street graph."""
    labels = graph.components()
    parts = len(np.unique(labels))
    if parts > 1:
        report.warn(translate(
            "dhnetwork", "The street layer falls into {n} parts that no street joins (after "
                         "closing the small gaps); sinks in a part without a source cannot be "
                         "connected.").format(n=parts))
    fed = np.isin(labels, labels[src_node[src_node >= 0]])
    lost = (sink_node >= 0) & ~fed[np.maximum(sink_node, 0)] & (
        status["status"] == CONNECTED).to_numpy()
    _set(status, lost, NO_PATH, translate(
        "dhnetwork", "on a part of the street layer that no street joins to a source"))


def _layout(graph, src_node, sink_node, chosen, options):
    """``(tree, root, pred, order)``: the Steiner tree of the chosen sinks' feet, joined to the
    sources through a virtual root, oriented from the root."""
    root = graph.node_count
    sources = np.unique(src_node[src_node >= 0])
    matrix = graph.matrix(np.full(len(sources), root), sources, np.zeros(len(sources)),
                          size=root + 1)
    terminals = np.r_[root, np.unique(sink_node[chosen])]
    tree = steiner_tree(matrix, terminals, options.improve_tries)
    order, pred = breadth_first_order(tree, root, directed=False, return_predecessors=True)
    return tree, root, pred, order


def _downstream(order, pred, sink_node, peak, chosen, size):
    """Peak (kW) and number of sinks downstream of every node of the tree."""
    peak_at = np.bincount(sink_node[chosen], weights=peak[chosen], minlength=size)
    count_at = np.bincount(sink_node[chosen], minlength=size).astype(float)
    parents = pred[order].tolist()
    load, count = peak_at.tolist(), count_at.tolist()
    for node, parent in zip(reversed(order.tolist()), reversed(parents), strict=True):
        if parent >= 0:
            load[parent] += load[node]
            count[parent] += count[node]
    return np.array(load), np.array(count)


def _sections(order, pred, root, sink_node, chosen, xy, size):
    """Pipe sections between key nodes (sinks' feet, sources, branches): ``(first node,
    list of node chains)``; a section is sized by the load of its first (downstream) edge."""
    parents = pred[order]
    children = np.bincount(parents[parents >= 0], minlength=size)
    key = children != 1
    key[sink_node[chosen]] = True
    key[order[pred[order] == root]] = True
    key[root] = True
    starts, chains = [], []
    for node in order.tolist():
        if not key[node] or node == root or pred[node] == root:
            continue
        chain = [node, int(pred[node])]
        while not key[chain[-1]]:
            chain.append(int(pred[chain[-1]]))
        starts.append(node)
        chains.append(chain)
    return np.array(starts, dtype=np.int64), chains


def _own_cost(pred, root, count, sink_node, chosen, xy, unit_cost, service_cost):
    """Investment only one sink needs: its service pipe and the street branch that carries
    its load alone (EUR), per sink."""
    own = service_cost.copy()
    for i in np.flatnonzero(chosen):
        node = int(sink_node[i])
        while count[node] == 1 and pred[node] >= 0 and pred[node] != root:
            own[i] += unit_cost[i] * float(np.hypot(*(xy[node] - xy[pred[node]])))
            node = int(pred[node])
    return own


def _sized(loads_kw, options):
    return size_pipes(loads_kw, options.supply_c, options.return_c, options.max_pa_m,
                      options.max_velocity_m_s, options.cost_area)


def _network_lines(graph, tree_parts, options, crs):
    order, pred, root, sink_node, chosen, load, count = tree_parts
    starts, chains = _sections(order, pred, root, sink_node, chosen, graph.xy, root + 1)
    factor = simultaneity(count[starts]) if options.use_simultaneity else np.ones(len(starts))
    design = load[starts] * factor
    pipes = _sized(design, options)
    sizes = np.array([len(chain) for chain in chains], dtype=np.int64)
    nodes = np.fromiter((n for chain in chains for n in chain), dtype=np.int64,
                        count=int(sizes.sum()))
    geoms = (shapely.linestrings(graph.xy[nodes], indices=np.repeat(np.arange(len(chains)), sizes))
             if len(chains) else np.array([], dtype=object))
    length = shapely.length(geoms) if len(chains) else np.zeros(0)
    return gpd.GeoDataFrame({
        "dn": pipes["dn"], "design_load_kw": design, "peak_downstream_kw": load[starts],
        "sinks_downstream": count[starts].astype(int), "simultaneity": factor,
        "length_m": length, "heat_loss_mwh_yr": pipes["loss_w_m"] * length * HOURS_PER_YEAR / 1e6,
        "cost_eur": pipes["cost_eur_m"] * length,
    }, geometry=geoms, crs=crs)


def _service_lines(points_xy, foot_xy, loads_kw, kinds, ids, options, crs):
    pipes = _sized(loads_kw, options)
    geoms = shapely.linestrings(np.stack([points_xy, foot_xy], axis=1)) if len(ids) else []
    length = np.hypot(*(points_xy - foot_xy).T) if len(ids) else np.zeros(0)
    return gpd.GeoDataFrame({
        "kind": kinds, "id": ids, "dn": pipes["dn"], "design_load_kw": loads_kw,
        "length_m": length, "heat_loss_mwh_yr": pipes["loss_w_m"] * length * HOURS_PER_YEAR / 1e6,
        "cost_eur": pipes["cost_eur_m"] * length}, geometry=geoms, crs=crs)


def _lay(graph, src_node, sink_node, peak, status, options):
    """Lay the tree for the sinks still to connect; in the economic mode drop the sinks whose
    own pipes cost too much and lay again. Returns the tree parts."""
    econ = options.economics
    unit_cost = _sized(peak, options)["cost_eur_m"]
    service_cost = unit_cost * np.nan_to_num(status["service_m"].to_numpy())
    demand = status["demand_mwh_yr"].to_numpy()
    while True:
        chosen = (status["status"] == CONNECTED).to_numpy()
        if not chosen.any():
            raise InputError(translate(
                "dhnetwork", "No sink can be connected; see the reasons in the sink status "
                             "table."))
        _, root, pred, order = _layout(graph, src_node, sink_node, chosen, options)
        load, count = _downstream(order, pred, sink_node, peak, chosen, root + 1)
        own = _own_cost(pred, root, count, sink_node, chosen, graph.xy, unit_cost, service_cost)
        with np.errstate(divide="ignore", invalid="ignore"):
            per_mwh = own * econ.yearly_charge_share / demand
        status["own_cost_eur_mwh"] = np.where(chosen, per_mwh, np.nan)
        dear = chosen & (per_mwh > options.ceiling_eur_mwh)
        if options.mode != ECONOMIC or not dear.any():
            return order, pred, root, sink_node, chosen, load, count
        _set(status, dear, UNECONOMIC, translate(
            "dhnetwork", "its own pipes cost more than {ceiling} EUR per MWh it takes").format(
            ceiling=f"{options.ceiling_eur_mwh:g}"))


def _feeding(src_node, pred, root) -> np.ndarray:
    """Per source: the tree joins it to the virtual root, so it feeds the network (the first
    of several sources at the same street node only; a source whose node the trench merely
    passes by feeds nothing)."""
    feeds = (src_node >= 0) & (pred[np.maximum(src_node, 0)] == root)
    first = np.zeros(len(src_node), dtype=bool)
    _, at = np.unique(np.where(feeds, src_node, -1), return_index=True)
    first[at] = True
    return feeds & first


def _numbers(network, services, status, econ):
    delivered = float(status["delivered_mwh_yr"].sum())
    trench = float(network["length_m"].sum() + services["length_m"].sum())
    investment = float(network["cost_eur"].sum() + services["cost_eur"].sum())
    loss = float(network["heat_loss_mwh_yr"].sum() + services["heat_loss_mwh_yr"].sum())
    return {
        "TRENCH_LENGTH_M": trench,
        "STREET_TRENCH_M": float(network["length_m"].sum()),
        "INVESTMENT_EUR": investment,
        "HEAT_LOSS_MWH_YR": loss,
        "DELIVERED_MWH_YR": delivered,
        "LINEAR_HEAT_DENSITY_MWH_M": delivered / trench if trench > 0 else 0.0,
        "LCOH_EUR_MWH": investment * econ.yearly_charge_share / delivered
        if delivered > 0 else float("nan"),
    }


def dh_network(sources: gpd.GeoDataFrame, sinks: gpd.GeoDataFrame, roads: gpd.GeoDataFrame,
               peak_column: str | None = None, hours_column: str | None = None,
               demand_column: str | None = None, sink_id_column: str | None = None,
               source_id_column: str | None = None,
               options: NetworkOptions | None = None) -> NetworkResult:
    """Lay out, size and cost a district heating network from ``sources`` to ``sinks`` along
    ``roads`` (all in metres; sources and sinks reprojected to the roads' CRS). Inputs are not
    changed. Raises InputError when nothing can be laid out."""
    options = options or NetworkOptions()
    report = InputReport()
    roads = _check_crs(roads, translate("dhnetwork", "The street layer"), None)
    sinks = _check_crs(sinks, translate("dhnetwork", "The sinks layer"), roads.crs)
    sources = _check_crs(sources, translate("dhnetwork", "The heat sources layer"), roads.crs)
    if sources.empty or sinks.empty:
        raise InputError(translate("dhnetwork", "The heat sources or the sinks layer is empty."))
    peak, hours, demand = loads.sink_loads(sinks, peak_column, hours_column, demand_column,
                                       options.default_full_load_hours)
    ids = loads.sink_ids(sinks, sink_id_column)
    source_ids = loads.sink_ids(sources, source_id_column)
    status = _status_frame(ids, peak, hours, demand)
    no_load = ~np.isfinite(peak)
    _set(status, no_load, loads.NO_LOAD, translate("dhnetwork", "no positive peak load nor demand"))
    if no_load.all():
        raise InputError(translate(
            "dhnetwork", "No sink has a load: the load fields are empty, zero or not numbers."))
    report.reject("sinks", ids[no_load], loads.NO_LOAD, translate(
        "dhnetwork", "{count} sinks have no load and are left out: {rows}."))
    sink_xy, src_xy = loads.point_xy(sinks), loads.point_xy(sources)
    loads.duplicates(sink_xy, ids, translate("dhnetwork", "sinks"), report)
    loads.duplicates(src_xy, source_ids, translate("dhnetwork", "heat sources"), report)
    graph = build_street_graph(roads.geometry.values, options.gap_tolerance_m)
    report.extend(graph.report)
    src_node, sink_node = _place(graph, src_xy, sink_xy, status, options, report)
    _reachable(graph, src_node, sink_node, status, report)
    parts = _lay(graph, src_node, sink_node, peak, status, options)
    chosen = parts[4]
    status["delivered_mwh_yr"] = np.where(chosen, demand, 0.0)
    network = _network_lines(graph, parts, options, roads.crs)
    network = network[network["length_m"] > 0].reset_index(drop=True)
    load, count = parts[5], parts[6]
    used = _feeding(src_node, parts[1], parts[2])
    src_load = load[src_node[used]] * (simultaneity(count[src_node[used]])
                                       if options.use_simultaneity else 1.0)
    services = pd.concat([
        _service_lines(src_xy[used], graph.xy[src_node[used]], src_load, "source",
                       source_ids[used], options, roads.crs),
        _service_lines(sink_xy[chosen], graph.xy[sink_node[chosen]], peak[chosen], "sink",
                       ids[chosen], options, roads.crs)], ignore_index=True)
    services = gpd.GeoDataFrame(services, geometry="geometry", crs=roads.crs)
    for code in (TOO_FAR, NO_PATH, UNECONOMIC):
        rows = (status["status"] == code).to_numpy()
        report.reject("sinks", ids[rows], code)
    numbers = _numbers(network, services, status, options.economics)
    numbers["DESIGN_LOAD_KW"] = float(src_load.sum())
    return NetworkResult(network, services, status, numbers,
                         dict(zip(source_ids[used].tolist(), src_load.tolist(), strict=True)),
                         report, used)
