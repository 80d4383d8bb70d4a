"""Indicators of synergy lines (core.synergies.indicators): what a facilitator reads in the log."""

import pandas as pd
import pytest

from ite_qgis.core.synergies.indicators import synergy_indicators


def candidates() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "supply_id": ["S1", "S1", "S2", "S3", "S4"],
            "match_kind": ["exact", "compatible", "inferred_sector", "exact", "exact"],
            "family": ["material", "material", "heat", "water", "material"],
            "unit": ["t/yr", "t/yr", "MWh/yr", "m3/yr", "kt/yr"],
            "quantity": [100.0, 100.0, 500.0, 20.0, 2.0],
            "net_benefit_eur_yr": [1000.0, 900.0, 4000.0, 50.0, 300.0],
            "co2_avoided_t_yr": [10.0, 10.0, 113.5, 0.0, 1.0],
            "rank": [1, 2, 1, 1, 1],
        }
    )


def test_candidates_count_the_best_declared_line_of_each_supply():
    got = synergy_indicators(candidates())
    assert got["n_synergies"] == 5 and got["n_supplies_matched"] == 4
    assert (got["n_declared"], got["n_inferred"]) == (4, 1)
    # S1 once (rank 1: 100 t), S4 given in kt/yr: 2,000 t.
    assert got["t_yr"] == pytest.approx(2_100.0)
    # S2's only candidate is knowledge-based: counted, but its 500 MWh and money are not added.
    assert got["mwh_yr"] == 0.0 and got["m3_yr"] == pytest.approx(20.0)
    assert got["eur_yr"] == pytest.approx(1_350.0) and got["co2_t_yr"] == pytest.approx(11.0)


def test_best_declared_line_when_an_inferred_one_ranks_first():
    lines = candidates()
    lines.loc[0, "match_kind"] = "inferred_sector"  # S1's rank-1 line; its rank-2 line counts
    got = synergy_indicators(lines)
    assert got["t_yr"] == pytest.approx(2_100.0) and got["eur_yr"] == pytest.approx(1_250.0)


def test_allocated_lines_count_what_they_carry():
    lines = candidates()
    lines["allocated_quantity"] = [60.0, 40.0, 250.0, 0.0, 2.0]
    lines["allocated_benefit_eur_yr"] = [600.0, 360.0, 2000.0, 0.0, 300.0]
    got = synergy_indicators(lines)
    assert got["n_synergies"] == 5
    assert got["t_yr"] == pytest.approx(60.0 + 40.0 + 2_000.0)
    assert got["mwh_yr"] == pytest.approx(250.0) and got["m3_yr"] == 0.0
    assert got["eur_yr"] == pytest.approx(3_260.0)
    # CO2 scaled to the share carried: 10*0.6 + 10*0.4 + 113.5*0.5 + 0 + 1.
    assert got["co2_t_yr"] == pytest.approx(6.0 + 4.0 + 56.75 + 1.0)


def test_no_lines_give_zeros():
    got = synergy_indicators(candidates().iloc[:0])
    assert got["n_synergies"] == 0 and got["t_yr"] == 0.0 and got["eur_yr"] == 0.0


def test_a_loss_making_candidate_is_never_a_supplys_best():
    # S1's rank-1 line loses money (ranked first only because no better one was kept): its
    # profitable rank-2 line counts; S3's only line loses money: S3 is not counted.
    lines = candidates()
    lines.loc[0, "net_benefit_eur_yr"] = -500.0
    lines.loc[3, "net_benefit_eur_yr"] = -1.0
    got = synergy_indicators(lines)
    assert got["t_yr"] == pytest.approx(2_100.0) and got["m3_yr"] == 0.0
    assert got["eur_yr"] == pytest.approx(1_200.0)


def test_the_headline_of_the_dunkirk_sample_never_falls_when_more_candidates_are_kept():
    from ite_qgis.core.reference.catalogue import load_catalogue
    from ite_qgis.core.samples.dunkirk import sample_territory
    from ite_qgis.core.synergies import find_synergies

    sites, resources, _flows = sample_territory()
    catalogue = load_catalogue()
    results = [
        find_synergies(sites, resources, catalogue, max_candidates=k, include_inferred=False)
        for k in (1, 3, 10, 100)
    ]
    mwh = [r.indicators["mwh_yr"] for r in results]
    # 5,512,500 MWh/yr at 1 and 3,140,500 at 10 before: the nearest demand of a supply was its
    # "best" even when it lost money.
    assert mwh == sorted(mwh) and mwh[2] == mwh[3] == pytest.approx(3_140_500.0)
    assert any("kept 1 declared candidates, the most allowed" in n for n in results[0].notes)
    assert not any("the most allowed" in n for n in results[3].notes)
