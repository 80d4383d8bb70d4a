"""Last stage of the synergy finder: the candidate pairs gathered, ranked per supply and
assembled into the rows of the result (:data:`LINE_COLUMNS`, text as pandas categoricals) and
their endpoint coordinates.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from ..common.labels import INFERRED, MATCH_KINDS
from .pair_economics import Settings
from .pair_search import Labels
from .supplies_demands import Points

LINE_COLUMNS = [
    "synergy_id",
    "supply_id",
    "demand_id",
    "supplier_site",
    "receiver_site",
    "resource",
    "demand_resource",
    "family",
    "match_kind",
    "rule",
    "evidence",
    "level",
    "kb_score",
    "kb_cases",
    "kb_exchanges",
    "kb_sources",
    "distance_m",
    "max_distance_m",
    "quantity",
    "demand_quantity",
    "unit",
    "transport_cost_eur_yr",
    "avoided_cost_eur_yr",
    "net_benefit_eur_yr",
    "co2_avoided_t_yr",
    "score",
    "rank",
]
_FLOATS = (
    "kb_score",
    "distance_m",
    "max_distance_m",
    "quantity",
    "demand_quantity",
    "transport_cost_eur_yr",
    "avoided_cost_eur_yr",
    "net_benefit_eur_yr",
    "co2_avoided_t_yr",
    "score",
)


def _ranking_order(
    supply: np.ndarray, inferred: np.ndarray, score: np.ndarray, distance: np.ndarray
) -> np.ndarray:
    """Order of the lines: by supply, declared before inferred, higher score first, nearer first.

    Same result as ``np.lexsort((distance, -score, inferred, supply))`` at a fraction of the cost
    on millions of rows: the scores are ranked by one float sort (not stable, the fastest), the
    runs of equal scores are ordered by distance, then position, among themselves (what a
    stable sort gives), then one integer key (supply, inferred, that rank) is sorted.
    """
    n = len(supply)
    by_score = np.argsort(-score)
    sorted_score = score[by_score]
    same = sorted_score[1:] == sorted_score[:-1]
    same |= np.isnan(sorted_score[1:]) & np.isnan(sorted_score[:-1])  # NaN last, as one run
    tied = np.flatnonzero(same)
    del sorted_score, same
    if len(tied):
        # Rows (in score order) inside a run of equal scores: already in score order, so a
        # sort by (score, distance, position) of them alone orders each run by distance, then
        # by position.
        inside = np.zeros(n, dtype=bool)
        inside[tied] = inside[tied + 1] = True
        rows = by_score[np.flatnonzero(inside)]
        by_score[inside] = rows[np.lexsort((rows, distance[rows], -score[rows]))]
    score_rank = np.empty(n, dtype=np.int64)
    score_rank[by_score] = np.arange(n)
    del by_score
    key = supply.astype(np.int64) * (2 * n) + inferred.astype(np.int64) * n + score_rank
    return np.argsort(key)


def _categorical(codes: np.ndarray, names, unique: bool = False) -> pd.Categorical:
    """Text column from integer ``codes`` into ``names`` (-1 or a None name: missing), as a
    pandas categorical.

    ``unique``: ``names`` is a pandas Index of distinct ids whose uniqueness is already known
    (resource or site ids): it becomes the categories as it is, unused ids included, so that
    millions of ids are never hashed again. Otherwise (short tables of codes, units, rules) the
    categories are the distinct names actually used.
    """
    if unique:
        return pd.Categorical.from_codes(codes, dtype=pd.CategoricalDtype(names))
    name_codes, distinct = pd.factorize(pd.Series(names, dtype=object), use_na_sentinel=True)
    used = np.bincount(codes[codes >= 0], minlength=len(name_codes)) > 0
    present = np.zeros(len(distinct), dtype=bool)
    present[name_codes[used & (name_codes >= 0)]] = True
    # One small look-up table from the given codes to the kept categories (-1 reads the last
    # entry: missing).
    kept = np.r_[np.cumsum(present) - 1, -1]
    lookup = np.r_[np.where(name_codes >= 0, kept[name_codes], -1), -1]
    small = np.int8 if present.sum() < 127 else np.int32
    return pd.Categorical.from_codes(
        lookup.astype(small)[codes], np.asarray(distinct, dtype=object)[present]
    )


# Integer columns of the gathered rows kept in 32 bits (positions of supplies, demands and
# sites, counts of documented exchanges: far below 2**31), half the memory of int64.
_NARROW = {"supply": np.int32, "demand": np.int32, "receiver_site": np.int32, "evidence": np.int32}


class Rows:
    """Candidate rows gathered group after group into columns allocated once for an upper bound
    of the rows. Memory pages never written are never resident, and no group's arrays are kept
    and concatenated at the end (that copy, with the many freed group arrays the allocator does
    not give back, cost about a gigabyte at 10 million rows). Position and count columns are
    stored in 32 bits (:data:`_NARROW`)."""

    def __init__(self, capacity: int) -> None:
        self.capacity = max(int(capacity), 1)
        self.size = 0
        self.columns: dict[str, np.ndarray] = {}

    def add(self, part: dict[str, np.ndarray]) -> None:
        n = len(part["supply"])
        if not self.columns:
            self.columns = {
                key: np.empty(self.capacity, dtype=_NARROW.get(key, value.dtype))
                for key, value in part.items()
            }
        if self.size + n > self.capacity:  # not expected (the bound holds); grow by doubling
            self.capacity = max(2 * self.capacity, self.size + n)
            for key, column in self.columns.items():
                grown = np.empty(self.capacity, dtype=column.dtype)
                grown[: self.size] = column[: self.size]
                self.columns[key] = grown
        for key, value in part.items():
            self.columns[key][self.size : self.size + n] = value
        self.size += n

    def arrays(self, release: bool = False) -> dict[str, np.ndarray]:
        """The rows so far, column by column (views); empty dict when there are none.
        ``release``: forget them here, so that they are freed as soon as the caller drops them."""
        out = {key: column[: self.size] for key, column in self.columns.items()}
        if release:
            self.columns, self.size = {}, 0
        return out if out and len(out["supply"]) else {}


def assemble_lines(
    data: dict[str, np.ndarray],
    supplies: Points,
    demands: Points,
    site_table: pd.DataFrame,
    settings: Settings,
    labels: Labels,
) -> tuple[pd.DataFrame, np.ndarray]:
    """(attribute table, endpoints ``(n, 2, 2)``) of the ranked candidates."""
    if not data:
        integers = ("synergy_id", "evidence", "rank")
        empty = pd.DataFrame(
            {
                c: pd.Series(dtype=np.int64 if c in integers else float if c in _FLOATS else object)
                for c in LINE_COLUMNS
            }
        )
        return empty, np.zeros((0, 2, 2))
    # Declared candidates rank by net benefit; inferred ones, after them, by the calibrated
    # score of the receiving-sector model (distance breaks ties). An inferred candidate's
    # ``score`` is its net benefit (an upper bound: no demand was declared) times that score.
    inferred = data["kind"] == MATCH_KINDS.index(INFERRED)
    kb_score = data["kb_score"]
    order = _ranking_order(
        data["supply"],
        inferred,
        np.where(inferred, kb_score, data["net_benefit_eur_yr"]),
        data["distance_m"],
    )
    score = np.where(inferred, data["net_benefit_eur_yr"] * kb_score, data["net_benefit_eur_yr"])
    del inferred
    supply_sorted = data["supply"][order]
    starts = np.r_[0, np.flatnonzero(np.diff(supply_sorted)) + 1]
    del supply_sorted
    rank = np.arange(len(order)) - np.repeat(starts, np.diff(np.r_[starts, len(order)])) + 1
    keep = rank <= settings.max_candidates
    order, rank = order[keep], rank[keep]
    del keep, starts
    for key in list(data):
        data[key] = data[key][order]  # one column at a time keeps the peak memory down
    score = score[order]

    s, receiver = data["supply"], data["receiver_site"]
    endpoints = np.empty((len(order), 2, 2))
    # Gathered straight into place (mode "clip" is not buffered; every position is valid).
    supply_xy = np.column_stack([supplies.x, supplies.y])
    np.take(supply_xy, s, axis=0, out=endpoints[:, 0, :], mode="clip")
    del supply_xy
    site_xy = site_table[["x", "y"]].to_numpy()
    np.take(site_xy, receiver, axis=0, out=endpoints[:, 1, :], mode="clip")
    del site_xy
    site_ids = site_table.attrs["index"]
    code = supplies.code[s]
    demand = data.pop("demand")
    label = data.pop("label")
    table = pd.DataFrame(
        {
            "synergy_id": np.arange(1, len(order) + 1, dtype=np.int64),
            "supply_id": _categorical(supplies.row[s], supplies.ids, unique=True),
            "demand_id": _categorical(
                np.r_[demands.row, -1][demand], demands.ids, unique=True  # -1 stays -1
            ),
            "supplier_site": _categorical(supplies.site[s], site_ids, unique=True),
            "receiver_site": _categorical(receiver, site_ids, unique=True),
            "resource": _categorical(code, supplies.code_names),
            "demand_resource": _categorical(label, labels.names(1)),
            "family": _categorical(code, supplies.family_names),
            "match_kind": _categorical(data.pop("kind").astype(np.int64), MATCH_KINDS),
            "rule": _categorical(label, labels.names(0)),
            "evidence": data.pop("evidence").astype(np.int64),
            "level": _categorical(label, labels.names(2)),
            "kb_score": data.pop("kb_score"),
            "kb_cases": _categorical(label, labels.names(3)),
            "kb_exchanges": _categorical(label, labels.names(5)),
            "kb_sources": _categorical(label, labels.names(4)),
            "distance_m": data.pop("distance_m"),
            "max_distance_m": data.pop("max_distance_m"),
            "quantity": data.pop("quantity"),
            "demand_quantity": data.pop("delivered"),
            "unit": _categorical(supplies.unit[s], supplies.unit_names),
            "transport_cost_eur_yr": data.pop("transport_cost_eur_yr"),
            "avoided_cost_eur_yr": data.pop("avoided_cost_eur_yr"),
            "net_benefit_eur_yr": data.pop("net_benefit_eur_yr"),
            "co2_avoided_t_yr": data.pop("co2_avoided_t_yr"),
            "score": score,
            "rank": rank.astype(np.int64),
        },
        copy=False,
    )
    return table, endpoints
