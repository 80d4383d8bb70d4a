"""Key paths of a Steiner tree: exact graph reductions, pruning and the key-path exchange.

A key node is a terminal or a node of degree 3 or more; a key path joins two key nodes through
nodes of degree 2 only. Removing a key path from a tree leaves two parts; the tree stays a
Steiner tree if any path joins them, so the shortest such path, when shorter, replaces it
(Uchoa & Werneck 2010, "Fast local search for Steiner trees in graphs", ALENEX).
"""

from __future__ import annotations

from collections import defaultdict

import numpy as np
from scipy.sparse import coo_matrix, csr_matrix
from scipy.sparse.csgraph import depth_first_order, dijkstra, minimum_spanning_tree


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


def prune(tree: csr_matrix, terminals: np.ndarray) -> csr_matrix:
    """Minimum spanning tree of ``tree``'s edges, leaves that are not terminals removed."""
    mst = minimum_spanning_tree(tree)
    mst = (mst + mst.T).tocsr()
    is_terminal = np.zeros(tree.shape[0], dtype=bool)
    is_terminal[terminals] = True
    while True:
        degree = np.bincount(mst.nonzero()[0], minlength=tree.shape[0])
        leaves = np.flatnonzero((degree == 1) & ~is_terminal)
        if not len(leaves):
            return mst
        keep = np.ones(tree.shape[0])
        keep[leaves] = 0.0
        scale = coo_matrix((keep, (np.arange(len(keep)), np.arange(len(keep)))))
        mst = (scale @ mst @ scale).tocsr()
        mst.eliminate_zeros()


def _tree_edges(tree: csr_matrix):
    upper = coo_matrix(tree)
    keep = upper.row < upper.col
    return upper.row[keep], upper.col[keep], upper.data[keep]


class _RootedTree:
    """A tree rooted at ``root``: preorder, parents and subtree sizes, so that the nodes under a
    node are one slice of the preorder."""

    def __init__(self, edges: dict, size: int, root: int):
        rows = [a for a, nb in edges.items() for _ in nb]
        cols = [b for nb in edges.values() for b in nb]
        tree = coo_matrix((np.ones(len(rows)), (rows, cols)), shape=(size, size)).tocsr()
        self.order, self.pred = depth_first_order(tree, root, directed=False,
                                                  return_predecessors=True)
        self.position = np.full(size, -1, dtype=np.int64)
        self.position[self.order] = np.arange(len(self.order))
        below = np.ones(size, dtype=np.int64)
        pred = self.pred
        for node in self.order[::-1].tolist()[:-1]:
            below[pred[node]] += below[node]
        self.below = below

    def under(self, node: int) -> np.ndarray:
        start = self.position[node]
        return self.order[start:start + self.below[node]]

    def outside(self, node: int) -> np.ndarray:
        start = self.position[node]
        return np.r_[self.order[:start], self.order[start + self.below[node]:]]


def _shortcut(matrix, rooted: _RootedTree, path, length):
    """A path shorter than ``length`` joining the two parts of the tree left without the key
    path ``path`` (from a node up to its key ancestor), or None."""
    if rooted.pred[path[0]] != path[1]:  # the tree was rooted again since: turn it round
        path = path[::-1]
    lower, upper = rooted.under(path[0]), rooted.outside(path[-2])
    origin, target = (lower, upper) if len(lower) <= len(upper) else (upper, lower)
    dist, pred, _ = dijkstra(matrix, directed=False, indices=origin, min_only=True,
                             return_predecessors=True, limit=length)
    end = target[np.argmin(dist[target])]
    if not np.isfinite(dist[end]) or dist[end] >= length - 1e-6:
        return None
    nodes = [int(end)]
    while pred[nodes[-1]] >= 0:
        nodes.append(int(pred[nodes[-1]]))
    return nodes


def _key_paths(rooted: _RootedTree, edges: dict, terminal: set, root: int):
    """Key paths as (nodes from the lower key node up to its key ancestor, length)."""
    def is_key(n):
        return n == root or n in terminal or len(edges[n]) != 2

    paths = []
    for node in rooted.order.tolist():
        if node == root or not is_key(node):
            continue
        nodes, length = [node], 0.0
        while True:
            parent = int(rooted.pred[nodes[-1]])
            length += edges[nodes[-1]][parent]
            nodes.append(parent)
            if is_key(parent):
                break
        paths.append((nodes, length))
    return sorted(paths, key=lambda p: -p[1])


def _tree_path(pred: np.ndarray, a: int, b: int) -> set[int]:
    """Nodes of the path from ``a`` to ``b`` in the tree of predecessors ``pred``."""
    up = [a]
    while pred[up[-1]] >= 0:
        up.append(int(pred[up[-1]]))
    ancestors = set(up)
    path = {b}
    while b not in ancestors:
        b = int(pred[b])
        path.add(b)
    return path | set(up[:up.index(b) + 1])


def _one_pass(matrix, edges: dict, terminal: set, root: int, tries: list[int]) -> int:
    """One pass of key-path exchange on the tree ``edges`` (changed in place); the number of
    exchanges made. The tree is rooted once per pass: after an exchange, the parts left by
    another key path are still those of the rooted tree unless it lies on the cycle the
    exchange closed, so the nodes of each cycle (and of each new path) are marked, and a later
    exchange that would touch a marked node waits for the next pass. ``tries[0]``: shortest
    path searches left (decreased)."""
    rooted = _RootedTree(edges, matrix.shape[0], root)
    dirty: set[int] = set()
    done = 0
    for path, length in _key_paths(rooted, edges, terminal, root):
        if dirty.intersection(path):
            continue
        if tries[0] <= 0:
            break
        tries[0] -= 1
        new = _shortcut(matrix, rooted, path, length)
        if new is None:
            continue
        cycle = _tree_path(rooted.pred, new[0], new[-1])
        if dirty.intersection(new) or dirty.intersection(cycle):
            continue
        dirty |= cycle | set(new)
        for a, b in zip(path, path[1:], strict=False):
            del edges[a][b], edges[b][a]
        for a, b in zip(new, new[1:], strict=False):
            edges[a][b] = edges[b][a] = float(matrix[a, b])
        for x in path[1:-1]:
            if not edges[x]:
                del edges[x]
        done += 1
    return done


def exchange_key_paths(matrix: csr_matrix, tree: csr_matrix, terminals: np.ndarray,
                       max_tries: int = 5000) -> csr_matrix:
    """``tree`` improved by key-path exchange: longest key paths first, each replaced by the
    shortest path between the two parts it leaves when that is shorter; passes until none
    improves or ``max_tries`` key paths were tried (a bound on the work, the same on every
    machine). Non-terminal leaves pruned at the end."""
    terminal = set(np.asarray(terminals).tolist())
    u, v, w = _tree_edges(tree)
    edges = _adjacency(u, v, w)
    tries = [max_tries]
    while tries[0] > 0 and _one_pass(matrix, edges, terminal, int(terminals[0]), tries):
        pass
    rows = [(a, b, x) for a, nb in edges.items() for b, x in nb.items()]
    r = np.array(rows, dtype=float).reshape(-1, 3)
    return prune(coo_matrix((r[:, 2], (r[:, 0].astype(int), r[:, 1].astype(int))),
                            shape=matrix.shape).tocsr(), np.array(sorted(terminal)))
