"""The trench layout: a Steiner tree over the street graph joining the terminals.

Heuristic (Mehlhorn 1988, "A faster approximation algorithm for the Steiner problem in
graphs", Information Processing Letters 27): one multi-source Dijkstra gives each node its
nearest terminal; every edge between two such regions is a candidate link between their
terminals; the minimum spanning tree of those links, each expanded into its street path, is a
2-approximation. Improvement step: the minimum spanning tree of the streets it uses, leaves that
are not terminals pruned, then key-path exchange (each path between key nodes is replaced by a
shorter path joining the two parts of the tree left when it is removed; Uchoa & Werneck 2010),
until no path improves (at most IMPROVE_TRIES key paths tried).

:func:`steiner_optimum` is the exact optimum by mixed-integer programming (single-commodity flow
formulation, scipy's HiGHS), for the tests and benchmarks on small graphs.
"""

from __future__ import annotations

import numpy as np
from scipy.sparse import coo_matrix, csr_matrix
from scipy.sparse.csgraph import dijkstra, minimum_spanning_tree

from .key_paths import exchange_key_paths, prune, reduce_graph

# Key-path exchange stops after this many key paths tried (or when a pass finds nothing): a
# bound on the work, so that a run gives the same network on every machine. The longest key
# paths are tried first; 5,000 tries take some 3 s on a 20,000-street town.
IMPROVE_TRIES = 5000


def _edges(matrix) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    upper = coo_matrix(matrix)
    keep = upper.row < upper.col
    return upper.row[keep], upper.col[keep], upper.data[keep]


def _symmetric(u, v, w, size):
    return coo_matrix((np.r_[w, w], (np.r_[u, v], np.r_[v, u])), shape=(size, size)).tocsr()


def _walk(pred: np.ndarray, node: int) -> list[int]:
    path = [node]
    while pred[path[-1]] >= 0:
        path.append(int(pred[path[-1]]))
    return path


def mehlhorn(matrix: csr_matrix, terminals: np.ndarray) -> set[tuple[int, int]]:
    """Edges ``(a, b)``, ``a < b``, of a Mehlhorn Steiner tree of ``terminals`` (connected)."""
    n = matrix.shape[0]
    dist, pred, nearest = dijkstra(matrix, directed=False, indices=terminals, min_only=True,
                                   return_predecessors=True)
    u, v, w = _edges(matrix)
    cross = (nearest[u] != nearest[v]) & (nearest[u] >= 0) & (nearest[v] >= 0)
    u, v, w = u[cross], v[cross], w[cross]
    weight = dist[u] + w + dist[v]
    a, b = np.minimum(nearest[u], nearest[v]), np.maximum(nearest[u], nearest[v])
    order = np.lexsort((weight, b, a))
    first = np.r_[True, (a[order][1:] != a[order][:-1]) | (b[order][1:] != b[order][:-1])]
    pick = order[first]
    links = minimum_spanning_tree(coo_matrix((weight[pick], (a[pick], b[pick])), shape=(n, n)))
    link_u, link_v = links.tocoo().row, links.tocoo().col
    by_pair = {(int(x), int(y)): int(e) for x, y, e in zip(a[pick], b[pick], pick, strict=True)}
    used: set[tuple[int, int]] = set()
    for x, y in zip(link_u, link_v, strict=True):
        e = by_pair[(min(int(x), int(y)), max(int(x), int(y)))]
        for start in (int(u[e]), int(v[e])):
            path = _walk(pred, start)
            used.update((min(p, q), max(p, q)) for p, q in zip(path, path[1:], strict=False))
        used.add((min(int(u[e]), int(v[e])), max(int(u[e]), int(v[e]))))
    return used


def _subgraph(matrix: csr_matrix, edges) -> csr_matrix:
    pairs = np.array(sorted(edges), dtype=np.int64).reshape(-1, 2)
    w = np.asarray(matrix[pairs[:, 0], pairs[:, 1]]).ravel()
    return _symmetric(pairs[:, 0], pairs[:, 1], w, matrix.shape[0])


def tree_length(tree: csr_matrix) -> float:
    return float(tree.sum() / 2.0)


def steiner_tree(matrix: csr_matrix, terminals: np.ndarray,
                 max_tries: int = IMPROVE_TRIES) -> csr_matrix:
    """A short tree of ``matrix`` (symmetric, lengths) joining ``terminals`` (all in one
    component): Mehlhorn, pruning, then key-path exchange (at most ``max_tries`` key paths
    tried)."""
    terminals = np.unique(np.asarray(terminals, dtype=np.int64))
    if len(terminals) < 2:
        return csr_matrix(matrix.shape)
    tree = prune(_subgraph(matrix, mehlhorn(matrix, terminals)), terminals)
    return exchange_key_paths(matrix, tree, terminals, max_tries)


def steiner_optimum(matrix: csr_matrix, terminals: np.ndarray, time_limit_s: float = 600.0):
    """``(length, edges)``: the exact Steiner tree by MILP on the graph reduced by removing
    non-terminal leaves and contracting non-terminal nodes of degree 2 (exact reductions).

    Directed multi-commodity flow formulation (Wong 1984; its linear relaxation equals the
    directed cut one, so HiGHS closes the gap fast): arc variables ``y`` (binary), one unit of
    flow from the first terminal (the root) to each other terminal, flow on an arc at most its
    ``y``. For checks on small graphs only."""
    from scipy.optimize import Bounds, LinearConstraint, milp
    from scipy.sparse import eye, hstack, kron, vstack

    terminals = np.unique(np.asarray(terminals, dtype=np.int64))
    u, v, w, chains = reduce_graph(matrix, terminals)
    nodes, inverse = np.unique(np.r_[u, v, terminals], return_inverse=True)
    m, n = len(u), len(nodes)
    ru, rv, rterm = inverse[:m], inverse[m:2 * m], inverse[2 * m:]
    root, sinks = rterm[0], rterm[1:]
    k, arcs = len(sinks), 2 * m
    tail, head = np.r_[ru, rv], np.r_[rv, ru]
    # Node-arc incidence: +1 where the arc enters, -1 where it leaves.
    incidence = coo_matrix((np.r_[np.ones(arcs), -np.ones(arcs)],
                            (np.r_[head, tail], np.r_[np.arange(arcs), np.arange(arcs)])),
                           shape=(n, arcs))
    balance = np.zeros((k, n))
    balance[:, root] = -1.0
    balance[np.arange(k), sinks] = 1.0
    conservation = hstack([coo_matrix((k * n, arcs)), kron(eye(k), incidence)])
    capacity = hstack([-kron(np.ones((k, 1)), eye(arcs)), eye(k * arcs)])
    one_way = hstack([eye(m), eye(m), coo_matrix((m, k * arcs))])
    result = milp(np.r_[w, w, np.zeros(k * arcs)],
                  constraints=[LinearConstraint(conservation.tocsr(), balance.ravel(),
                                                balance.ravel()),
                               LinearConstraint(vstack([capacity, one_way]).tocsr(), -np.inf,
                                                np.r_[np.zeros(k * arcs), np.ones(m)])],
                  integrality=np.r_[np.ones(arcs), np.zeros(k * arcs)],
                  bounds=Bounds(0.0, 1.0), options={"time_limit": time_limit_s})
    if result.x is None:
        raise RuntimeError(result.message)
    chosen = np.flatnonzero((result.x[:m] + result.x[m:arcs]) > 0.5)
    edges = set()
    for e in chosen:
        edges.update(chains[e])
    return float(result.fun), edges
