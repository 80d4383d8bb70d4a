"""Service pipes: each source and sink joins the street at the foot of the perpendicular to
the nearest street segment, and that segment is split there."""

from __future__ import annotations

import numpy as np
import shapely

# A foot closer than this to a segment's end (metres) is that end: no sliver segment.
SNAP_M = 0.01


def foot_points(xy_a: np.ndarray, xy_b: np.ndarray, points: np.ndarray):
    """``(t, foot)``: position (0..1) along each segment a-b of the foot of the perpendicular
    from each point (clamped to the segment), and the foot itself."""
    ab = xy_b - xy_a
    squared = np.einsum("ij,ij->i", ab, ab)
    with np.errstate(divide="ignore", invalid="ignore"):
        t = np.einsum("ij,ij->i", points - xy_a, ab) / squared
    t = np.clip(np.nan_to_num(t), 0.0, 1.0)
    return t, xy_a + t[:, None] * ab


def split_segments(graph, seg: np.ndarray, points: np.ndarray) -> np.ndarray:
    """Split the segments ``seg`` of ``graph`` at the feet of ``points`` (one per point); return
    the node of each foot (a segment end when the foot is within SNAP_M of it)."""
    a, b = graph.xy[graph.u[seg]], graph.xy[graph.v[seg]]
    t, foot = foot_points(a, b, points)
    length = np.hypot(*(b - a).T)
    along = t * length
    nodes = np.where(along <= SNAP_M, graph.u[seg], -1)
    nodes = np.where((length - along <= SNAP_M) & (nodes < 0), graph.v[seg], nodes)
    inner = np.flatnonzero(nodes < 0)
    if not len(inner):
        return nodes
    # One new node per distinct (segment, position), in order along each segment.
    key_seg, key_t = seg[inner], np.round(along[inner] / SNAP_M).astype(np.int64)
    order = np.lexsort((key_t, key_seg))
    s_seg, s_t = key_seg[order], key_t[order]
    new = np.r_[True, (s_seg[1:] != s_seg[:-1]) | (s_t[1:] != s_t[:-1])]
    ids = graph.node_count + np.cumsum(new) - 1
    nodes[inner[order]] = ids
    first = np.flatnonzero(new)
    graph.xy = np.vstack([graph.xy, foot[inner[order[first]]]])
    chain_seg, chain_node = s_seg[first], ids[first]
    starts = np.r_[True, chain_seg[1:] != chain_seg[:-1]]
    ends = np.r_[chain_seg[1:] != chain_seg[:-1], True]
    previous = np.where(starts, graph.u[chain_seg], np.r_[-1, chain_node[:-1]])
    new_u = np.r_[previous, chain_node[ends]]
    new_v = np.r_[chain_node, graph.v[chain_seg[ends]]]
    keep = np.ones(len(graph.u), dtype=bool)
    keep[chain_seg] = False
    graph.u = np.r_[graph.u[keep], new_u]
    graph.v = np.r_[graph.v[keep], new_v]
    return nodes


def attach(graph, points: np.ndarray, max_distance_m: float):
    """Join ``points`` (k x 2) to the street graph: ``(node, distance, foot_xy)`` per point,
    node -1 (distance inf) for a point farther than ``max_distance_m`` from every street.
    The graph gains the feet as nodes."""
    k = len(points)
    node = np.full(k, -1, dtype=np.int64)
    distance = np.full(k, np.inf)
    foot_xy = np.full((k, 2), np.nan)
    if not k:
        return node, distance, foot_xy
    segments = shapely.linestrings(np.stack([graph.xy[graph.u], graph.xy[graph.v]], axis=1))
    tree = shapely.STRtree(segments)
    which, seg = tree.query_nearest(shapely.points(points), max_distance=max_distance_m,
                                    all_matches=False)
    if len(which):
        node[which] = split_segments(graph, seg, points[which])
        foot_xy[which] = graph.xy[node[which]]
        distance[which] = np.hypot(*(points[which] - foot_xy[which]).T)
    return node, distance, foot_xy
