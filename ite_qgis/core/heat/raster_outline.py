"""Outlines of labelled raster regions as (multi)polygons, traced with numpy alone.

GDAL's polygonize is not available to the core, and merging cell boxes with GEOS unions is too
slow for large rasters (about a second per 4 million cells). This module traces the boundaries
instead, without any Python loop over cells or rings:

1. Boundary edges lie between a labelled cell and an empty one. They are taken with the
   labelled cell on their left (shells turn counter-clockwise, holes clockwise, in map
   coordinates), and straight runs of edges are merged into one segment, so only corners remain.
2. Each segment is followed by the segment leaving its end vertex. Where two cells of a region
   touch only at a corner (a "pinch"), two segments leave that vertex and the left turn is
   taken, which keeps the two cells in separate rings.
3. The rings are the cycles of that successor permutation: found with
   ``scipy.sparse.csgraph.connected_components``, ordered by pointer jumping (list ranking).
   Where a ring passes twice through one pinch vertex (an empty region that reaches the outside
   only through a corner), the pinch is switched to right turns, which splits the ring into a
   shell and a hole touching it at that point, as valid OGC geometry requires.
4. A ring with positive area is a shell, a negative one a hole. A region with a single shell
   takes all its holes; in a region with several shells (parts joined at a corner) each hole goes
   to the smallest shell that covers it.

Coordinates are exact (integer lattice times the cell size), and regions never share a boundary
because 8-connected labelling leaves at least one empty cell between two regions.
"""

from __future__ import annotations

import numpy as np
import shapely
from scipy import sparse
from scipy.sparse.csgraph import connected_components

# Directions of boundary segments; a left turn is (d + 1) % 4.
EAST, NORTH, WEST, SOUTH = 0, 1, 2, 3


def _runs(values: np.ndarray):
    """Runs of equal non-zero values along axis 1: (line, start, end exclusive, value)."""
    n_lines, n = values.shape
    padded = np.zeros((n_lines, n + 1), dtype=values.dtype)
    padded[:, :n] = values
    flat = padded.ravel()
    change = np.flatnonzero(flat[1:] != flat[:-1]) + 1
    starts = np.concatenate(([0], change))
    ends = np.concatenate((change, [flat.size]))
    value = flat[starts]
    keep = value != 0
    starts, ends, value = starts[keep], ends[keep], value[keep]
    line = starts // (n + 1)
    return line, starts - line * (n + 1), ends - line * (n + 1), value


def _segments(inside: np.ndarray):
    """Boundary segments of a padded boolean raster, in vertex (row, col) lattice coordinates:
    start_row, start_col, end_row, end_col, direction."""
    as_int = inside.view(np.int8) if inside.dtype == bool else inside.astype(np.int8)
    # Horizontal edges on vertex row i = k + 1: +1 = labelled cell below (its top edge, going
    # west), -1 = labelled cell above (its bottom edge, going east).
    k, s, e, v = _runs(as_int[1:, :] - as_int[:-1, :])
    i = k + 1
    west = v > 0
    h = (i, np.where(west, e, s), i, np.where(west, s, e), np.where(west, WEST, EAST))
    # Vertical edges on vertex column j = k + 1: +1 = labelled cell on the right (its left edge,
    # going south), -1 = labelled cell on the left (its right edge, going north).
    k, s, e, v = _runs((as_int[:, 1:] - as_int[:, :-1]).T)
    j = k + 1
    south = v > 0
    vert = (np.where(south, s, e), j, np.where(south, e, s), j, np.where(south, SOUTH, NORTH))
    return tuple(np.concatenate((a, b)).astype(np.int64) for a, b in zip(h, vert, strict=True))


def _components(successor: np.ndarray) -> np.ndarray:
    """Cycle id of each segment, for a successor permutation made of cycles."""
    n = successor.size
    graph = sparse.csr_matrix(
        (np.ones(n, dtype=np.int8), (np.arange(n), successor)), shape=(n, n)
    )
    return connected_components(graph, directed=True, connection="weak")[1]


def _split_self_touching(successor, ring, pinch_in, pinch_left, pinch_right):
    """Switch pinches whose two passes lie on the same ring from left to right turns.

    ``pinch_in`` holds, per pinch vertex, its two incoming segments (shape (k, 2)) and
    ``pinch_left``/``pinch_right`` the segments each would turn to. Switching a pinch splits its
    ring in two; one pinch per ring is switched per round (two switches on one ring could merge
    the pieces again), and only the rings touched are relabelled.
    """
    switched = np.zeros(len(pinch_in), dtype=bool)
    while True:
        pending = ~switched & (ring[pinch_in[:, 0]] == ring[pinch_in[:, 1]])
        if not pending.any():
            return successor, ring
        candidates = np.flatnonzero(pending)
        _, first = np.unique(ring[pinch_in[candidates, 0]], return_index=True)
        chosen = candidates[first]
        switched[chosen] = True
        successor[pinch_in[chosen].ravel()] = pinch_right[chosen].ravel()
        nodes = np.flatnonzero(np.isin(ring, ring[pinch_in[chosen, 0]]))
        local = np.full(successor.size, -1, dtype=np.int64)
        local[nodes] = np.arange(nodes.size)
        ring[nodes] = ring.max() + 1 + _components(local[successor[nodes]])


def _positions(successor: np.ndarray, ring: np.ndarray) -> np.ndarray:
    """Position of each segment along its ring, counted from the ring's lowest index."""
    n = successor.size
    # The first segment of each ring (lowest index) is its head; the segment before the head
    # ends the list. Pointer jumping (list ranking) then gives each segment's distance to the
    # list end in log2(longest ring) rounds.
    order = np.argsort(ring, kind="stable")
    first = np.ones(n, dtype=bool)
    first[1:] = ring[order][1:] != ring[order][:-1]
    is_head = np.zeros(n, dtype=bool)
    is_head[order[first]] = True
    last = is_head[successor]
    nxt = np.where(last, np.arange(n), successor)
    dist = (~last).astype(np.int64)
    while True:
        further = nxt[nxt]
        if np.array_equal(further, nxt):
            break
        dist = dist + dist[nxt]
        nxt = further
    length = np.bincount(ring)
    return length[ring] - 1 - dist


def label_polygons(labels: np.ndarray, transform, n_labels: int | None = None) -> np.ndarray:
    """One MultiPolygon per label 1..n_labels (array index 0 holds label 1), in map coordinates.

    ``labels`` is an integer raster, 0 for empty cells, north-up; ``transform`` is
    ``(x_min, y_max, cell_m)``. Regions must be 8-connected components (as
    ``scipy.ndimage.label`` with a 3 x 3 structure gives); a label missing from the raster gets
    None.
    """
    x_min, y_max, cell_m = (float(v) for v in transform[:3])
    if n_labels is None:
        n_labels = int(labels.max()) if labels.size else 0
    result = np.full(n_labels, None, dtype=object)
    rows, cols = np.nonzero(labels.any(axis=1))[0], np.nonzero(labels.any(axis=0))[0]
    if n_labels == 0 or rows.size == 0:
        return result
    r0, r1, c0, c1 = rows[0], rows[-1] + 1, cols[0], cols[-1] + 1
    window = np.zeros((r1 - r0 + 2, c1 - c0 + 2), dtype=labels.dtype)
    window[1:-1, 1:-1] = labels[r0:r1, c0:c1]

    start_i, start_j, end_i, end_j, direction = _segments(window != 0)
    n_cols_v = window.shape[1] + 1
    start_key = (start_i * n_cols_v + start_j) * 4 + direction
    key_order = np.argsort(start_key)
    sorted_keys = start_key[key_order]
    end_vertex = end_i * n_cols_v + end_j

    def lookup(wanted: np.ndarray) -> np.ndarray:
        pos = np.minimum(np.searchsorted(sorted_keys, wanted), sorted_keys.size - 1)
        return np.where(sorted_keys[pos] == wanted, key_order[pos], -1)

    left = lookup(end_vertex * 4 + (direction + 1) % 4)
    right = lookup(end_vertex * 4 + (direction + 3) % 4)
    successor = np.where(left >= 0, left, right)  # left turn first: pinches split cells apart
    if (successor < 0).any():  # cannot happen for a closed boundary; guards against bugs
        raise RuntimeError("raster outline: open boundary")
    ring = _components(successor)
    # Pinch vertices: two segments arrive there, each with both a left and a right turn.
    at_pinch = np.flatnonzero((left >= 0) & (right >= 0))
    if at_pinch.size:
        at_pinch = at_pinch[np.argsort(end_vertex[at_pinch], kind="stable")]
        pairs = at_pinch.reshape(-1, 2)
        successor, ring = _split_self_touching(
            successor, ring, pairs, left[pairs], right[pairs]
        )
    position = _positions(successor, ring)
    ring = np.unique(ring, return_inverse=True)[1]
    order = np.lexsort((position, ring))
    ring_sorted = ring[order]
    vi, vj = start_i[order], start_j[order]
    # Signed area in lattice units (x = column, y = -row), exact in integers.
    n_rings = int(ring.max()) + 1
    first = np.ones(order.size, dtype=bool)
    first[1:] = ring_sorted[1:] != ring_sorted[:-1]
    first_pos = np.flatnonzero(first)
    nxt = np.arange(order.size) + 1
    ring_end = np.concatenate((first_pos[1:], [order.size]))
    nxt[ring_end - 1] = first_pos
    twice_area = np.bincount(
        ring_sorted, weights=vj * -vi[nxt] - vj[nxt] * -vi, minlength=n_rings
    )
    is_shell = twice_area > 0

    # Label of each ring: the cell on the left of its first unit edge.
    d0, i0, j0 = direction[order][first_pos], vi[first_pos], vj[first_pos]
    cell_i = np.select([d0 == EAST, d0 == WEST, d0 == SOUTH], [i0 - 1, i0, i0], i0 - 1)
    cell_j = np.select([d0 == EAST, d0 == WEST, d0 == SOUTH], [j0, j0 - 1, j0], j0 - 1)
    ring_label = window[cell_i, cell_j].astype(np.int64)

    coords = np.column_stack((x_min + (c0 - 1 + vj) * cell_m, y_max - (r0 - 1 + vi) * cell_m))
    rings = shapely.linearrings(coords, indices=ring_sorted)
    centres = np.column_stack((
        x_min + (c0 - 1 + cell_j + 0.5) * cell_m, y_max - (r0 - 1 + cell_i + 0.5) * cell_m
    ))
    owner = _assign_holes(rings, ring_label, is_shell, np.abs(twice_area), centres)

    # Polygons: shell first, then its holes; then one MultiPolygon per label.
    poly_order = np.lexsort((~is_shell, owner))
    polygon_rings = rings[poly_order]
    polygon_id = np.unique(owner[poly_order], return_inverse=True)[1]
    polygons = shapely.polygons(polygon_rings, indices=polygon_id)
    shell_label = ring_label[poly_order][np.r_[True, polygon_id[1:] != polygon_id[:-1]]]
    by_label = np.argsort(shell_label, kind="stable")
    present, group = np.unique(shell_label[by_label], return_inverse=True)
    multis = shapely.multipolygons(polygons[by_label], indices=group)
    inside = (present >= 1) & (present <= n_labels)
    result[present[inside] - 1] = multis[inside]
    return result


def _assign_holes(rings, ring_label, is_shell, abs_area, cell_centres) -> np.ndarray:
    """Index of the shell ring each ring belongs to (a shell owns itself)."""
    n = ring_label.size
    owner = np.arange(n)
    shells = np.flatnonzero(is_shell)
    holes = np.flatnonzero(~is_shell)
    if holes.size == 0:
        return owner
    shells_per_label = np.bincount(ring_label[shells], minlength=ring_label.max() + 1)
    # Labels with one shell: every hole of that label is in it.
    only_shell = np.full(ring_label.max() + 1, -1)
    single = shells_per_label[ring_label[shells]] == 1
    only_shell[ring_label[shells[single]]] = shells[single]
    simple = only_shell[ring_label[holes]] >= 0
    owner[holes[simple]] = only_shell[ring_label[holes[simple]]]
    # Labels with several shells: the smallest shell of the same label that contains the centre
    # of a cell bordering the hole (that cell lies in the polygon the hole belongs to). The
    # shells are the query side so that GEOS prepares each one once for all its points.
    hard = holes[~simple]
    if hard.size:
        candidates = shells[np.isin(ring_label[shells], ring_label[hard])]
        tree = shapely.STRtree(shapely.points(cell_centres[hard]))
        shell_idx, hole_idx = tree.query(shapely.polygons(rings[candidates]), predicate="contains")
        same = ring_label[hard[hole_idx]] == ring_label[candidates[shell_idx]]
        hole_idx, shell_idx = hole_idx[same], shell_idx[same]
        pick = np.lexsort((abs_area[candidates[shell_idx]], hole_idx))
        hole_idx, shell_idx = hole_idx[pick], shell_idx[pick]
        firsts = np.r_[True, hole_idx[1:] != hole_idx[:-1]] if hole_idx.size else hole_idx
        owner[hard[hole_idx[firsts]]] = candidates[shell_idx[firsts]]
    return owner
