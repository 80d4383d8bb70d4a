"""Siting potential: hand-computed net benefits of a planned plant on plots and grid cells.

Economics of every case (the defaults of ite:findsynergies): road at EUR 0.065 per t-km with an
empty return (EUR 0.13 per t-km), straight distances times the detour factor 1.3. A supply of
slag (ewc:100202) whose supplier pays EUR 20/t to get rid of it today gives a plant 10 km away
(13 km by road) ``1000 * 20 - 13 * 1000 * 0.13 = 18,310`` EUR/yr for 1,000 t/yr.
"""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest
import shapely

from ite_qgis.core.reference.catalogue import load_catalogue
from ite_qgis.core.synergies.candidates import sector_model
from ite_qgis.core.synergies.pair_search import MIN_DIVISION_SCORE, MIN_KB_SCORE
from ite_qgis.core.synergies.siting import siting_potential
from ite_qgis.core.synergies.siting_needs import (
    documented_inputs,
    nace_needs,
    needs_from_table,
    parse_needs_text,
    receiving_supplies,
)
from ite_qgis.core.synergies.siting_takers import receiving_sectors
from ite_qgis.core.validation.findings import InputError

CRS = "EPSG:2154"
X0, Y0 = 650_000.0, 7_100_000.0


@pytest.fixture(scope="module")
def catalogue():
    return load_catalogue()


def _sites(*points, nace=None):
    return gpd.GeoDataFrame(
        {"site_id": [f"S{i + 1}" for i in range(len(points))],
         "nace": nace or ["24.10"] * len(points)},
        geometry=[shapely.Point(X0 + x, Y0 + y) for x, y in points], crs=CRS)


def _supplies(*rows):
    """rows: (site, quantity, disposal cost EUR/t[, code])."""
    return pd.DataFrame({
        "resource_id": [f"R{i + 1}" for i in range(len(rows))],
        "site_id": [r[0] for r in rows],
        "direction": "supply",
        "resource": [r[3] if len(r) > 3 else "ewc:100202" for r in rows],
        "quantity": [r[1] for r in rows],
        "unit": "t/yr",
        "cost_eur_per_unit": [r[2] for r in rows],
    })


def _plots(*centres, size=200.0):
    half = size / 2
    return gpd.GeoDataFrame(
        {"plot_id": [f"P{i + 1}" for i in range(len(centres))]},
        geometry=[shapely.box(X0 + x - half, Y0 + y - half, X0 + x + half, Y0 + y + half)
                  for x, y in centres], crs=CRS)


def _needs(text, catalogue):
    return needs_from_table(parse_needs_text(text), catalogue)


def test_a_single_supply_and_plot(catalogue):
    result = siting_potential(_sites((0, 0)), _supplies(("S1", 1000, 20)), catalogue,
                              _needs("ewc:100202=1000 t/yr", catalogue), plots=_plots((10_000, 0)),
                              plot_ids="plot_id")
    plot = result.ranked.iloc[0]
    assert plot["place_id"] == "P1"
    assert plot["net_benefit_eur_yr"] == pytest.approx(1000 * 20 - 13 * 1000 * 0.13)
    assert plot["share_met"] == pytest.approx(1.0)
    line = result.lines.iloc[0]
    assert (line["supply_id"], line["site_id"], line["quantity"]) == ("R1", "S1", 1000)
    assert line["distance_m"] == pytest.approx(13_000)
    assert result.raster is None


def test_two_plots_at_different_distances_rank_the_nearer_first(catalogue):
    result = siting_potential(_sites((0, 0)), _supplies(("S1", 1000, 20)), catalogue,
                              _needs("ewc:100202=1000 t/yr", catalogue),
                              plots=_plots((30_000, 0), (10_000, 0)), plot_ids="plot_id")
    ranked = result.ranked
    assert ranked["place_id"].tolist() == ["P2", "P1"]
    assert ranked["net_benefit_eur_yr"].tolist() == pytest.approx(
        [20_000 - 13 * 130, 20_000 - 39 * 130])
    # The lines go from the best plot only.
    assert result.lines["place_id"].unique().tolist() == ["P2"]


def test_a_supply_taken_by_the_allocation_is_not_counted(catalogue):
    supplies = _supplies(("S1", 1000, 20), ("S2", 1000, 20))
    residual = pd.DataFrame({"resource_id": ["R1", "R2"], "direction": "supply",
                             "quantity": [1000, 1000], "allocated": [1000, 400],
                             "residual": [0, 600]})
    result = siting_potential(_sites((0, 0), (20_000, 0)), supplies, catalogue,
                              _needs("ewc:100202=5000 t/yr", catalogue),
                              plots=_plots((10_000, 0)), plot_ids="plot_id", residual=residual)
    assert result.lines["supply_id"].tolist() == ["R2"]
    assert result.lines["quantity"].tolist() == [600]
    assert result.ranked["net_benefit_eur_yr"].iloc[0] == pytest.approx(600 * (20 - 13 * 0.13))
    assert any("taken whole" in note for note in result.notes)


def test_quantities_are_respected_best_supply_first(catalogue):
    # 1,500 t needed: the whole near supply, then 500 t of the far one.
    supplies = _supplies(("S1", 1000, 20), ("S2", 1000, 20))
    result = siting_potential(_sites((5_000, 0), (40_000, 0)), supplies, catalogue,
                              _needs("ewc:100202=1 500 t/yr", catalogue),
                              plots=_plots((0, 0)), plot_ids="plot_id")
    taken = dict(zip(result.lines["supply_id"], result.lines["quantity"], strict=True))
    assert taken == pytest.approx({"R1": 1000, "R2": 500})
    expected = 1000 * (20 - 6.5 * 0.13) + 500 * (20 - 52 * 0.13)
    assert result.ranked["net_benefit_eur_yr"].iloc[0] == pytest.approx(expected)


def test_a_supply_that_can_meet_two_needs_is_used_once(catalogue):
    # Slag meets a clinker-substitute need and an aggregate need: 800 t go to the first need,
    # the 200 t left to the second.
    needs = _needs("material:clinker-substitute=800 t/yr; material:aggregate=800 t", catalogue)
    result = siting_potential(_sites((0, 0)), _supplies(("S1", 1000, 20)), catalogue, needs,
                              plots=_plots((1_000, 0)), plot_ids="plot_id")
    lines = result.lines.set_index("need")
    assert lines.loc["material:clinker-substitute", "quantity"] == pytest.approx(800)
    assert lines.loc["material:aggregate", "quantity"] == pytest.approx(200)
    assert result.lines["quantity"].sum() == pytest.approx(1000)


def test_grid_puts_the_best_cell_on_the_supply(catalogue):
    sites = _sites((0, 0), (8_000, 6_000))
    supplies = _supplies(("S1", 5000, 20))
    result = siting_potential(sites, supplies, catalogue,
                              _needs("ewc:100202=5000 t/yr", catalogue), cell_m=500)
    best = result.ranked.iloc[0]
    assert abs(best["x"] - X0) <= 250 and abs(best["y"] - Y0) <= 250
    assert best["net_benefit_eur_yr"] == pytest.approx(result.raster.max(), rel=1e-6)
    rows, columns = result.raster.shape
    assert rows * columns == len(result.benefit)
    # Beyond 100 km (the upper bound of any radius) nothing is counted; the grid is smaller.
    assert (result.raster >= 0).all()


@pytest.fixture(scope="module")
def model(catalogue):
    return sector_model(None, catalogue)


def test_a_nace_class_takes_the_supplies_the_sector_model_scores_it_likely_to_receive(
    catalogue, model
):
    needs = nace_needs(model, "2351")
    assert needs.inputs.equals(documented_inputs(model, "23.51"))  # kept for the log
    assert needs.nace == "23.51" and needs.table["need"].tolist() == ["NACE 23.51"]
    # Slag from a steelworks (R1) and incinerator bottom ash (R3), not food waste (R2).
    sites = _sites((0, 0), (1_000, 0), (2_000, 0), nace=["24.10", "10.41", "38.21"])
    supplies = _supplies(("S1", 1000, 20), ("S2", 1000, 20, "ewc:020304"),
                         ("S3", 1000, 20, "ewc:190112"))
    result = siting_potential(sites, supplies, catalogue, needs, plots=_plots((5_000, 0)),
                              plot_ids="plot_id", knowledge=model)
    lines = result.lines.set_index("supply_id")
    assert sorted(lines.index) == ["R1", "R3"]
    assert result.ranked["n_supplies"].iloc[0] == 2
    # Each line carries the class's calibrated score, that of ite:findsynergies' model.
    expected = model.site_scores("ewc:100202", "24", _sector_frame("23.51"))["kb_score"]
    assert lines.loc["R1", "kb_score"] == pytest.approx(expected.iloc[0])
    assert lines.loc["R1", "kb_score"] > lines.loc["R3", "kb_score"] >= MIN_KB_SCORE
    # Each supply counts for its net benefit times the score: the benefit a plant needing
    # exactly that supply (all of it, no purchase price) gets, weighted by the probability.
    alone = siting_potential(sites, supplies, catalogue, _needs("ewc:100202=1000 t/yr",
                                                                catalogue),
                             plots=_plots((5_000, 0)), plot_ids="plot_id")
    full = alone.lines.set_index("supply_id").loc["R1", "net_benefit_eur_yr"]
    assert full > 0
    assert lines.loc["R1", "net_benefit_eur_yr"] == pytest.approx(lines.loc["R1", "kb_score"]
                                                                  * full)
    assert result.ranked["net_benefit_eur_yr"].iloc[0] == pytest.approx(
        lines["net_benefit_eur_yr"].sum())


def test_receiving_supplies_apply_the_thresholds_of_the_inferred_candidates(model):
    codes = np.array(["ewc:100202", "ewc:020304", "heat:below-100c", "ewc:100202", "co2"] * 3,
                     dtype=object)
    divisions = np.array(["24", "10", "35", "24", "24"] * 3, dtype=object)
    for nace, sector in [("23.51", ("23.51", "23.5", "23")), ("01.13", ("01.13", "01.1", "01"))]:
        score = receiving_supplies(model, nace, codes, divisions)
        frame = pd.DataFrame([sector], columns=["nace_class", "group", "division"])
        each = pd.concat([model.site_scores(c, d, frame) for c, d in zip(codes, divisions,
                                                                          strict=True)])
        proposed = ((each["division_score"] >= MIN_DIVISION_SCORE)
                    & (each["kb_score"] >= MIN_KB_SCORE)).to_numpy()
        assert np.array_equal(np.isfinite(score), proposed)
        assert score[proposed] == pytest.approx(each["kb_score"].to_numpy()[proposed])
    cement = receiving_supplies(model, "23.51", codes, divisions)
    greenhouse = receiving_supplies(model, "01.13", codes, divisions)
    assert np.isfinite(cement[0]) and not np.isfinite(cement[2])  # slag, not warm water
    assert np.isfinite(greenhouse[2]) and not np.isfinite(greenhouse[0])  # the other way
    assert not np.isfinite(cement[1])  # food waste goes to farms and feed makers


def test_what_the_model_says_a_class_receives_is_listed_best_first(model):
    cement = documented_inputs(model, "23.51")
    assert list(cement.columns) == ["code", "label", "kb_score"]
    assert cement["kb_score"].is_monotonic_decreasing
    assert (cement["kb_score"] >= MIN_KB_SCORE).all()
    first = set(cement["code"].head(12))
    assert {"ewc:100202", "ewc:100102"} & first  # steel slag or coal fly ash
    assert cement.set_index("code").loc["ewc:100102", "label"] == "Coal fly ash"
    greenhouse = documented_inputs(model, "01.13")
    assert greenhouse["code"].iloc[0] == "heat:below-100c"
    assert "co2" in set(greenhouse["code"].head(5))


def _sector_frame(nace: str) -> pd.DataFrame:
    return pd.DataFrame([(nace, nace[:4], nace[:2])],
                        columns=["nace_class", "group", "division"])


@pytest.mark.parametrize(
    "text, message",
    [
        ("ewc:100202=1000 bananas/yr", "not recognised"),
        ("ewc:100202=1000 MWh/yr", "measures"),
        ("nothing:known=1000 t/yr", "does not know"),
        ("ewc:100202 1000 t/yr", "Cannot read"),
        ("ewc:100202=0 t/yr", "positive quantity"),
        ("ewc:100202=1 t/yr; ewc:100202=2 t/yr", "more than once"),
    ],
)
def test_bad_needs_are_refused(catalogue, text, message):
    with pytest.raises(InputError, match=message):
        needs_from_table(parse_needs_text(text), catalogue)


def test_a_nace_class_the_model_gives_nothing_to_is_refused(model):
    with pytest.raises(InputError, match="finds no resource"):
        nace_needs(model, "99.00")
    with pytest.raises(InputError, match="not a NACE"):
        nace_needs(model, "cement")


def test_the_needs_mode_lines_have_no_score(catalogue):
    result = siting_potential(_sites((0, 0)), _supplies(("S1", 1000, 20)), catalogue,
                              _needs("ewc:100202=1000 t/yr", catalogue),
                              plots=_plots((5_000, 0)), plot_ids="plot_id")
    assert "kb_score" not in result.lines.columns


def test_plots_in_a_geographic_crs_are_refused(catalogue):
    plots = _plots((0, 0)).to_crs("EPSG:4326")
    with pytest.raises(InputError, match="not in metres"):
        siting_potential(_sites((0, 0)), _supplies(("S1", 1000, 20)), catalogue,
                         _needs("ewc:100202=1000 t/yr", catalogue), plots=plots)


def test_no_supply_left_is_refused(catalogue):
    residual = pd.DataFrame({"resource_id": ["R1"], "residual": [0]})
    with pytest.raises(InputError, match="No supply"):
        siting_potential(_sites((0, 0)), _supplies(("S1", 1000, 20)), catalogue,
                         _needs("ewc:100202=1000 t/yr", catalogue), residual=residual)


def test_an_empty_plots_layer_is_refused(catalogue):
    plots = _plots((0, 0)).iloc[0:0]
    with pytest.raises(InputError, match="empty"):
        siting_potential(_sites((0, 0)), _supplies(("S1", 1000, 20)), catalogue,
                         _needs("ewc:100202=1000 t/yr", catalogue), plots=plots)


def test_prices_in_the_needs_text_count_as_avoided_purchases(catalogue):
    needs = _needs("ewc:100202=1000 t/yr @ 5", catalogue)
    assert needs.table["price"].tolist() == [5.0]
    result = siting_potential(_sites((0, 0)), _supplies(("S1", 1000, 20)), catalogue, needs,
                              plots=_plots((10_000, 0)))
    assert result.ranked["net_benefit_eur_yr"].iloc[0] == pytest.approx(
        1000 * 25 - 13 * 1000 * 0.13)
    assert np.isfinite(result.benefit).all()


def test_takers_for_supplies_without_a_taker(catalogue):
    from ite_qgis.core.synergies.siting_takers import takers_potential

    # R1 (slag) is taken by the declared demand D1 next door; R2 (fly ash, no demand) is not.
    sites = _sites((0, 0), (2_000, 0), (30_000, 0), nace=["24.10", "23.51", "35.11"])
    resources = pd.concat([
        _supplies(("S1", 1000, 20), ("S3", 800, 30, "ewc:100102")),
        pd.DataFrame({"resource_id": ["D1"], "site_id": ["S2"], "direction": ["demand"],
                      "resource": ["ewc:100202"], "quantity": [1000], "unit": ["t/yr"]}),
    ], ignore_index=True)
    result = takers_potential(sites, resources, catalogue, cell_m=1000)
    ranked = result.ranked
    assert ranked["resource"].tolist() == ["ewc:100102"]
    best = ranked.iloc[0]
    assert abs(best["x"] - (X0 + 30_000)) <= 500 and abs(best["y"] - Y0) <= 500
    assert best["net_benefit_eur_yr"] == pytest.approx(800 * 30, rel=0.01)
    # Fly ash from a power plant: cement is the likeliest receiver the model names, and the
    # score shown is the first sector's.
    assert best["receiving_sectors"].startswith("23.51 Manufacture of cement (")
    expected = receiving_sectors(sector_model(None, catalogue), np.array(["ewc:100102"]),
                                 np.array(["35"]), np.array([800.0]))
    assert best["kb_score"] == pytest.approx(expected["kb_score"].iloc[0])
    assert expected["nace"].iloc[0] == "23.51"
    assert result.lines["supply_id"].tolist() == ["R2"]
    assert result.raster.max() == pytest.approx(best["net_benefit_eur_yr"], rel=1e-6)


def test_receiving_sectors_of_a_resource_are_the_likely_receivers_by_quantity(model):
    # Slag from a steelworks (3 t) and from a power plant (1 t): each sector's score is the
    # quantity-weighted mean of its score for each provider; the sectors listed are those the
    # thresholds of the inferred candidates keep, best first, at most five; heat has its own.
    codes = np.array(["ewc:100202", "ewc:100202", "ewc:100202", "heat:below-100c"], dtype=object)
    divisions = np.array(["24", "35", "24", "35"], dtype=object)
    quantities = np.array([2.0, 1.0, 1.0, 5.0])
    found = receiving_sectors(model, codes, divisions, quantities)
    units = model.units.frame
    steel, power = (model.site_scores("ewc:100202", d, units) for d in ("24", "35"))
    mean = pd.DataFrame({c: 0.75 * steel[c] + 0.25 * power[c]
                         for c in ("division_score", "kb_score")})
    mean["nace"] = units["nace_class"].where(units["nace_class"] != "", units["group"])
    mean["nace"] = mean["nace"].where(mean["nace"] != "", units["division"])
    kept = mean[(mean["division_score"] >= MIN_DIVISION_SCORE)
                & (mean["kb_score"] >= MIN_KB_SCORE)].sort_values("kb_score", ascending=False)
    slag = found[found["code"] == "ewc:100202"]
    assert slag["nace"].tolist() == kept["nace"].head(5).tolist()
    assert slag["kb_score"].to_numpy() == pytest.approx(kept["kb_score"].head(5).to_numpy())
    assert slag["nace"].iloc[0] == "23.51"
    heat = found[found["code"] == "heat:below-100c"]
    assert 0 < len(heat) <= 5 and heat["kb_score"].is_monotonic_decreasing
    assert not {"23.51"} & set(heat["nace"])


def test_the_residual_table_given_as_resources_counts_what_is_left(catalogue):
    # The RESIDUAL output of ite:allocatesynergies has site_id, direction, resource, unit,
    # quantity and residual: given as the resources, its residual is what counts.
    residual = _supplies(("S1", 1000, 20), ("S2", 1000, 20)).drop(columns="cost_eur_per_unit")
    residual["allocated"] = [1000.0, 250.0]
    residual["residual"] = [0.0, 750.0]
    result = siting_potential(_sites((0, 0), (0, 2_000)), residual, catalogue,
                              _needs("ewc:100202=5000 t/yr", catalogue),
                              plots=_plots((10_000, 0)), plot_ids="plot_id")
    assert result.lines["supply_id"].tolist() == ["R2"]
    assert result.lines["quantity"].tolist() == pytest.approx([750.0])
    # No disposal cost in a residual table: the default landfill gate fee and tax (EUR 144/t).
    distance_km = 1.3 * np.hypot(10, 2)
    assert result.ranked["net_benefit_eur_yr"].iloc[0] == pytest.approx(
        750 * (144 - distance_km * 0.13))
