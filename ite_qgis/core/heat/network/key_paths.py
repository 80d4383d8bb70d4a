"""Key paths of a Steiner tree: exact graph reductions and the key-path exchange.

A key node is a terminal or a node of degree 3 or more; a key path joins two key nodes through
nodes of degree 2 only. Removing a key path from a tree leaves two parts; the tree stays a
Steiner tree if any path joins them, so the shortest such path, when shorter, replaces it
(Uchoa & Werneck 2010, "Fast local search for Steiner trees in graphs", ALENEX).
"""

from __future__ import annotations

import time
from collections import defaultdict

import numpy as np
from scipy.sparse import coo_matrix, csr_matrix
from scipy.sparse.csgraph import breadth_first_order, dijkstra


def _adjacency(u, v, w) -> dict[int, dict[int, float]]:
    adjacency: dict[int, dict[int, float]] = defaultdict(dict)
    for a, b, length in zip(u.tolist(), v.tolist(), w.tolist(), strict=True):
        adjacency[a][b] = length
        adjacency[b][a] = length
    return adjacency


def _chains(adjacency, is_key) -> list[tuple[list[int], float]]:
    """Every path between key nodes through non-key nodes: (nodes, length), once each."""
    seen: set[tuple[int, int]] = set()
    chains = []
    for start in [n for n in adjacency if is_key(n)]:
        for step in adjacency[start]:
            if (start, step) in seen:
                continue
            nodes, length, previous, current = [start, step], adjacency[start][step], start, step
            while not is_key(current):
                following = next(n for n in adjacency[current] if n != previous)
                length += adjacency[current][following]
                previous, current = current, following
                nodes.append(current)
            seen.add((nodes[-1], nodes[-2]))
            chains.append((nodes, length))
    return chains


def reduce_graph(matrix: csr_matrix, terminals: np.ndarray):
    """``(u, v, w, chains)``: the graph without non-terminal leaves (repeatedly) and with its
    non-terminal nodes of degree 2 contracted; ``chains[e]`` lists the original edges of
    reduced edge ``e``. Exact for the Steiner problem."""
    upper = coo_matrix(matrix)
    keep = upper.row < upper.col
    adjacency = _adjacency(upper.row[keep], upper.col[keep], upper.data[keep])
    terminal = set(np.asarray(terminals).tolist())
    leaves = [n for n, nb in adjacency.items() if len(nb) <= 1 and n not in terminal]
    while leaves:
        n = leaves.pop()
        for other in list(adjacency.pop(n, {})):
            del adjacency[other][n]
            if len(adjacency[other]) <= 1 and other not in terminal:
                leaves.append(other)
    best: dict[tuple[int, int], tuple[float, list[int]]] = {}
    for nodes, length in _chains(adjacency, lambda n: n in terminal or len(adjacency[n]) != 2):
        a, b = min(nodes[0], nodes[-1]), max(nodes[0], nodes[-1])
        if a != b and ((a, b) not in best or length < best[(a, b)][0]):
            best[(a, b)] = (length, nodes)
    pairs = sorted(best)
    u = np.array([p[0] for p in pairs], dtype=np.int64)
    v = np.array([p[1] for p in pairs], dtype=np.int64)
    w = np.array([best[p][0] for p in pairs])
    chains = [[(min(x, y), max(x, y)) for x, y in zip(best[p][1], best[p][1][1:], strict=False)]
              for p in pairs]
    return u, v, w, chains


def _tree_edges(tree: csr_matrix):
    upper = coo_matrix(tree)
    keep = upper.row < upper.col
    return upper.row[keep], upper.col[keep], upper.data[keep]


def _shortcut(matrix, tree_adj, path, length, deadline):
    """A shorter path joining the two parts of the tree without ``path``, or None."""
    n = matrix.shape[0]
    inner = set(path[1:-1])
    removed = set(zip(path, path[1:], strict=False)) | set(zip(path[1:], path, strict=False))
    rows, cols = [], []
    for a, neighbours in tree_adj.items():
        if a in inner:
            continue
        for b in neighbours:
            if b not in inner and (a, b) not in removed:
                rows.append(a)
                cols.append(b)
    forest = coo_matrix((np.ones(len(rows)), (rows, cols)), shape=(n, n)).tocsr()
    side = breadth_first_order(forest, path[0], directed=False, return_predecessors=False)
    tree_nodes = np.array([x for x, nb in tree_adj.items() if nb and x not in inner],
                          dtype=np.int64)
    in_side = np.zeros(n, dtype=bool)
    in_side[side] = True
    other = tree_nodes[~in_side[tree_nodes]]
    if not len(other) or time.monotonic() > deadline:
        return None
    origin = side if len(side) <= len(other) else other
    target = other if len(side) <= len(other) else side
    dist, pred, _ = dijkstra(matrix, directed=False, indices=origin, min_only=True,
                             return_predecessors=True, limit=length)
    end = target[np.argmin(dist[target])]
    if not np.isfinite(dist[end]) or dist[end] >= length - 1e-6:
        return None
    nodes = [int(end)]
    while pred[nodes[-1]] >= 0:
        nodes.append(int(pred[nodes[-1]]))
    return nodes


def exchange_key_paths(matrix: csr_matrix, tree: csr_matrix, terminals: np.ndarray,
                       deadline: float) -> csr_matrix:
    """``tree`` improved by key-path exchange until no key path shortens or ``deadline``
    (time.monotonic()) passes; non-terminal leaves pruned at the end of each pass."""
    from .steiner import prune

    terminal = set(np.asarray(terminals).tolist())
    while time.monotonic() < deadline:
        u, v, w = _tree_edges(tree)
        adjacency = _adjacency(u, v, w)
        improved = False
        chains = _chains(adjacency, lambda n: n in terminal or len(adjacency[n]) != 2)
        for path, length in sorted(chains, key=lambda c: -c[1]):
            if time.monotonic() > deadline:
                break
            valid = all(b in adjacency.get(a, {}) for a, b in zip(path, path[1:], strict=False))
            if not valid or any(len(adjacency[x]) != 2 for x in path[1:-1]):
                continue
            new = _shortcut(matrix, adjacency, path, length, deadline)
            if new is None:
                continue
            for a, b in zip(path, path[1:], strict=False):
                del adjacency[a][b], adjacency[b][a]
            for a, b in zip(new, new[1:], strict=False):
                adjacency[a][b] = adjacency[b][a] = float(matrix[a, b])
            improved = True
        rows = [(a, b, x) for a, nb in adjacency.items() for b, x in nb.items()]
        r = np.array(rows, dtype=float).reshape(-1, 3)
        tree = prune(coo_matrix((r[:, 2], (r[:, 0].astype(int), r[:, 1].astype(int))),
                                shape=matrix.shape).tocsr(), np.array(sorted(terminal)))
        if not improved:
            break
    return tree
