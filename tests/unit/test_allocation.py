"""Allocation LP: optimal against brute force, conserves quantities, scales to 100,000 lines."""

from __future__ import annotations

import itertools
import time

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ite_qgis.core.synergies.allocation import AllocationError, allocate, quantities


def random_case(
    rng: np.random.Generator,
    n_supply: int,
    n_demand: int,
    n_lines: int,
    max_qty: int = 3,
    inferred_share: float = 0.2,
):
    supplies = pd.Series(
        rng.integers(0, max_qty + 1, n_supply).astype(float),
        index=[f"S{i}" for i in range(n_supply)],
    )
    demands = pd.Series(
        rng.integers(0, max_qty + 1, n_demand).astype(float),
        index=[f"D{i}" for i in range(n_demand)],
    )
    pairs = {(int(rng.integers(n_supply)), int(rng.integers(n_demand))) for _ in range(n_lines)}
    rows = []
    for s, d in sorted(pairs):
        demand_id = None if rng.random() < inferred_share else f"D{d}"
        quantity = float(rng.integers(1, max_qty + 1))
        rows.append(
            {
                "supply_id": f"S{s}",
                "demand_id": demand_id,
                "quantity": quantity,
                "net_benefit_eur_yr": quantity * float(rng.uniform(-2, 10)),
            }
        )
    return pd.DataFrame(rows), supplies, demands


def brute_force_best(lines: pd.DataFrame, supplies: pd.Series, demands: pd.Series) -> float:
    """Best total over every integer allocation. Supply and demand constraints form a
    bipartite incidence matrix (totally unimodular), so with integer data the LP optimum is
    reached at an integer point and this enumeration is exact."""
    per_unit = (lines["net_benefit_eur_yr"] / lines["quantity"]).to_numpy()
    ranges = [
        range(int(q) + 1) if b > 0 else range(1)
        for q, b in zip(lines["quantity"], per_unit, strict=True)
    ]
    best = 0.0
    for x in itertools.product(*ranges):
        x = np.array(x, dtype=float)
        used_s = pd.Series(x).groupby(lines["supply_id"].to_numpy()).sum()
        if (used_s > supplies.reindex(used_s.index)).any():
            continue
        declared = lines["demand_id"].notna().to_numpy()
        used_d = pd.Series(x[declared]).groupby(lines["demand_id"][declared].to_numpy()).sum()
        if (used_d > demands.reindex(used_d.index)).any():
            continue
        best = max(best, float((x * per_unit).sum()))
    return best


@pytest.mark.parametrize("seed", range(12))
def test_optimal_against_brute_force(seed):
    rng = np.random.default_rng(seed)
    lines, supplies, demands = random_case(rng, 3, 3, 6)
    result = allocate(lines, supplies, demands)
    assert result.total_benefit_eur_yr == pytest.approx(
        brute_force_best(lines, supplies, demands), abs=1e-6
    )


def test_hand_case_shares_a_scarce_demand():
    # Two supplies compete for one demand of 10 t; the better line gets it all, the inferred
    # line (no demand) takes the rest of its supply, the losing line gets nothing.
    lines = pd.DataFrame(
        {
            "supply_id": ["S1", "S2", "S2"],
            "demand_id": ["D1", "D1", None],
            "quantity": [10.0, 8.0, 8.0],
            "net_benefit_eur_yr": [50.0, 80.0, 16.0],  # 5, 10 and 2 EUR per tonne
        }
    )
    result = allocate(lines, pd.Series({"S1": 10.0, "S2": 8.0}), pd.Series({"D1": 10.0}))
    chosen = result.chosen.set_index(["supply_id", "demand_id"])["allocated_quantity"]
    assert chosen[("S2", "D1")] == pytest.approx(8.0)
    assert chosen[("S1", "D1")] == pytest.approx(2.0)
    assert result.total_benefit_eur_yr == pytest.approx(8 * 10 + 2 * 5)
    assert result.chosen["residual_demand"].dropna().eq(0).all()
    assert result.supplies.loc["S1", "residual"] == pytest.approx(8.0)


def test_lines_without_benefit_are_left_out():
    lines = pd.DataFrame(
        {
            "supply_id": ["S1", "S1"],
            "demand_id": ["D1", "D2"],
            "quantity": [5.0, 5.0],
            "net_benefit_eur_yr": [-1.0, 0.0],
        }
    )
    result = allocate(lines, pd.Series({"S1": 5.0}), pd.Series({"D1": 5.0, "D2": 5.0}))
    assert result.chosen.empty and result.total_benefit_eur_yr == 0
    assert any("no positive net benefit" in note for note in result.notes)


def test_conversion_counts_demand_units():
    # 1 t of hydrogen gives 33.3 MWh of fuel gas: a 333 MWh demand takes 10 t.
    lines = pd.DataFrame(
        {
            "supply_id": ["H"],
            "demand_id": ["G"],
            "quantity": [100.0],
            "demand_quantity": [3330.0],
            "net_benefit_eur_yr": [1000.0],
        }
    )
    result = allocate(lines, pd.Series({"H": 100.0}), pd.Series({"G": 333.0}))
    assert result.chosen["allocated_quantity"].item() == pytest.approx(10.0)
    assert result.demands.loc["G", "residual"] == pytest.approx(0.0, abs=1e-6)


def test_unknown_ids_are_reported():
    lines = pd.DataFrame(
        {"supply_id": ["S9"], "demand_id": ["D1"], "quantity": [1.0], "net_benefit_eur_yr": [1.0]}
    )
    with pytest.raises(AllocationError, match="S9"):
        allocate(lines, pd.Series({"S1": 1.0}), pd.Series({"D1": 1.0}))


@settings(max_examples=60, deadline=None)
@given(
    seed=st.integers(0, 2**32 - 1),
    n_supply=st.integers(1, 8),
    n_demand=st.integers(1, 8),
    n_lines=st.integers(1, 30),
)
def test_conservation_property(seed, n_supply, n_demand, n_lines):
    rng = np.random.default_rng(seed)
    lines, supplies, demands = random_case(rng, n_supply, n_demand, n_lines, max_qty=1000)
    lines["demand_quantity"] = lines["quantity"] * rng.uniform(0.5, 2.0, len(lines))
    result = allocate(lines, supplies, demands)
    chosen = result.chosen
    tolerance = 1e-6 * (1 + supplies.max() + demands.max())
    per_supply = chosen.groupby("supply_id")["allocated_quantity"].sum()
    assert (per_supply <= supplies.reindex(per_supply.index) + tolerance).all()
    declared = chosen[chosen["demand_id"].notna()]
    received = (
        (declared["allocated_quantity"] * declared["demand_quantity"] / declared["quantity"])
        .groupby(declared["demand_id"])
        .sum()
    )
    assert (received <= demands.reindex(received.index) + tolerance).all()
    assert (chosen["allocated_quantity"] > 0).all()
    assert (chosen["allocated_quantity"] <= chosen["quantity"] + tolerance).all()
    assert (result.supplies["residual"] >= -tolerance).all()


def test_100000_lines_in_under_20_seconds():
    rng = np.random.default_rng(7)
    n_supply, n_demand, n_lines = 20_000, 20_000, 100_000
    supply = rng.integers(0, n_supply, n_lines)
    demand = rng.integers(0, n_demand, n_lines)
    quantity = rng.uniform(10, 1000, n_lines)
    lines = pd.DataFrame(
        {
            "supply_id": supply.astype(str),
            "demand_id": np.where(rng.random(n_lines) < 0.1, None, demand.astype(str)),
            "quantity": quantity,
            "net_benefit_eur_yr": quantity * rng.uniform(-5, 50, n_lines),
        }
    )
    supplies = pd.Series(rng.uniform(100, 2000, n_supply), index=np.arange(n_supply).astype(str))
    demands = pd.Series(rng.uniform(100, 2000, n_demand), index=np.arange(n_demand).astype(str))
    start = time.perf_counter()
    result = allocate(lines, supplies, demands)
    elapsed = time.perf_counter() - start
    print(f"\nallocation of {n_lines} lines: {elapsed:.2f} s, {len(result.chosen)} chosen")
    assert elapsed < 20.0
    assert result.status == "optimal" and len(result.chosen) > 10_000


def test_dunkirk_candidates_allocated_within_the_stated_quantities():
    import geopandas as gpd

    from ite_qgis import assets
    from ite_qgis.core.reference.catalogue import load_catalogue
    from ite_qgis.core.synergies import find_synergies

    folder = assets.samples_dir() / "dunkirk"
    table = pd.read_csv(folder / "sites.csv", dtype={"nace": str})
    sites = gpd.GeoDataFrame(table, geometry=gpd.points_from_xy(table.x, table.y), crs=4326)
    resources = pd.read_csv(folder / "resources.csv")
    lines = find_synergies(sites, resources, load_catalogue(), include_inferred=False).lines
    supply_qty, demand_qty = quantities(resources)
    result = allocate(lines, supply_qty, demand_qty)
    # Slag: 1.9 Mt of blast-furnace slag and 0.7 Mt of converter slag compete for 1.05 Mt of
    # clinker-substitute demand (Ecocem 0.75 Mt, Holcim 0.3 Mt): the grinders get all of it.
    assert result.demands.loc[["R026", "R028"], "residual"].abs().max() < 1e-6
    assert (result.supplies["residual"] >= -1e-6).all()
    assert (result.demands["residual"] >= -1e-6).all()
    assert result.total_benefit_eur_yr <= lines["net_benefit_eur_yr"].clip(lower=0).sum()
