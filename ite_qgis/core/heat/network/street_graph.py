"""The street layer as an undirected graph of straight segments.

Lines are split into their parts (multi-part lines), zero-length lines dropped, and the whole
set noded at every intersection (GEOS unary union). Nodes are the distinct vertices (rounded to
the millimetre); edges are the straight segments between consecutive vertices, weighted by
their length in metres. Dead ends closer than ``gap_tolerance_m`` to another street are joined
to it (the gap is reported); the parts the graph still falls into are counted.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import shapely
from scipy.sparse import coo_matrix
from scipy.sparse.csgraph import connected_components

from ...common.i18n import translate
from ...validation.findings import InputError, InputReport

# Vertices closer than this are the same node (metres): digitising noise, not geography.
NODE_PRECISION_DECIMALS = 3


@dataclass
class StreetGraph:
    """Nodes ``xy`` (n x 2, metres) and straight edges ``u``-``v`` of ``length`` metres."""

    xy: np.ndarray
    u: np.ndarray
    v: np.ndarray
    gaps_closed: int = 0
    report: InputReport = field(default_factory=InputReport)

    @property
    def length(self) -> np.ndarray:
        return np.hypot(*(self.xy[self.u] - self.xy[self.v]).T)

    @property
    def node_count(self) -> int:
        return len(self.xy)

    def matrix(self, extra_u=(), extra_v=(), extra_w=(), size: int | None = None):
        """Symmetric CSR adjacency with lengths (parallel edges: the shortest); ``extra_*``
        adds edges (the virtual root's). Zero weights are stored as 1e-9 (csgraph reads 0 as
        no edge)."""
        size = size or self.node_count
        u = np.concatenate([self.u, np.asarray(extra_u, dtype=np.int64)])
        v = np.concatenate([self.v, np.asarray(extra_v, dtype=np.int64)])
        w = np.concatenate([self.length, np.asarray(extra_w, dtype=float)])
        u, v, w = unique_edges(u, v, np.maximum(w, 1e-9))
        return coo_matrix((np.r_[w, w], (np.r_[u, v], np.r_[v, u])), shape=(size, size)).tocsr()

    def components(self) -> np.ndarray:
        """Component label of every node."""
        return connected_components(self.matrix(), directed=False)[1]


def unique_edges(u, v, w):
    """Edges without self-loops nor parallel duplicates (the shortest kept), ``u < v``."""
    a, b = np.minimum(u, v), np.maximum(u, v)
    keep = a != b
    a, b, w = a[keep], b[keep], w[keep]
    order = np.lexsort((w, b, a))
    a, b, w = a[order], b[order], w[order]
    first = np.ones(len(a), dtype=bool)
    first[1:] = (a[1:] != a[:-1]) | (b[1:] != b[:-1])
    return a[first], b[first], w[first]


def street_lines(geometries, report: InputReport) -> np.ndarray:
    """The usable single-part lines of a street layer; what was dropped or split reported."""
    geoms = np.asarray(geometries, dtype=object)
    geoms = geoms[~(shapely.is_missing(geoms) | shapely.is_empty(geoms))]
    kinds = shapely.get_type_id(geoms)
    lines = geoms[np.isin(kinds, (1, 2, 5))]  # LineString, LinearRing, MultiLineString
    if len(lines) < len(geoms):
        report.warn(translate(
            "dhnetwork", "{n} street features are not lines and were ignored.").format(
            n=len(geoms) - len(lines)))
    parts_per_line = shapely.get_num_geometries(lines)
    multi = int(np.count_nonzero(parts_per_line > 1))
    if multi:
        report.repaired(translate(
            "dhnetwork", "{n} multi-part street lines were split into their parts.").format(
            n=multi))
    parts = shapely.get_parts(lines)
    zero = shapely.length(parts) <= 0.0
    if zero.any():
        report.repaired(translate(
            "dhnetwork", "{n} street lines of zero length were dropped.").format(
            n=int(np.count_nonzero(zero))))
    return parts[~zero]


def build_street_graph(geometries, gap_tolerance_m: float = 2.0) -> StreetGraph:
    """The noded street graph of ``geometries`` (metres); refuses a layer without lines."""
    report = InputReport()
    parts = street_lines(geometries, report)
    if len(parts) == 0:
        raise InputError(translate(
            "dhnetwork", "The street layer has no line of non-zero length: the network is laid "
                         "along the streets, give a layer of street lines."))
    noded = shapely.get_parts(shapely.unary_union(parts))
    coords, index = shapely.get_coordinates(noded, return_index=True)
    xy, node = np.unique(np.round(coords, NODE_PRECISION_DECIMALS), axis=0,
                         return_inverse=True)
    node = node.ravel()
    same_line = index[1:] == index[:-1]
    u, v = node[:-1][same_line], node[1:][same_line]
    u, v, _ = unique_edges(u, v, np.zeros(len(u)))
    graph = StreetGraph(xy=xy, u=u, v=v, report=report)
    if gap_tolerance_m > 0:
        close_gaps(graph, gap_tolerance_m)
    return graph


def close_gaps(graph: StreetGraph, tolerance_m: float) -> None:
    """Join each dead end to the nearest street segment within ``tolerance_m`` that does not
    touch it (at the foot of the perpendicular, the segment split there)."""
    from .service_pipes import split_segments

    degree = np.bincount(np.r_[graph.u, graph.v], minlength=graph.node_count)
    ends = np.flatnonzero(degree == 1)
    if not len(ends):
        return
    segments = shapely.linestrings(np.stack([graph.xy[graph.u], graph.xy[graph.v]], axis=1))
    tree = shapely.STRtree(segments)
    points = shapely.points(graph.xy[ends])
    which, seg = tree.query(points, predicate="dwithin", distance=tolerance_m)
    own = (graph.u[seg] == ends[which]) | (graph.v[seg] == ends[which])
    which, seg = which[~own], seg[~own]
    if not len(which):
        return
    distance = shapely.distance(points[which], segments[seg])
    order = np.lexsort((distance, which))
    which, seg, distance = which[order], seg[order], distance[order]
    first = np.r_[True, which[1:] != which[:-1]]
    which, seg = which[first], seg[first]
    foot = split_segments(graph, seg, graph.xy[ends[which]])
    graph.u = np.r_[graph.u, ends[which]]
    graph.v = np.r_[graph.v, foot]
    graph.gaps_closed = len(which)
    graph.report.repaired(translate(
        "dhnetwork", "{n} gaps of at most {tolerance} m between street lines were closed.").format(
        n=len(which), tolerance=f"{tolerance_m:g}"))
