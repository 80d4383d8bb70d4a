"""Synergy finder: radii by hand, conditions, CRS handling and the Dunkirk sample."""

from __future__ import annotations

import math
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest
from pyproj import Geod

from ite_qgis import assets
from ite_qgis.core import synergies
from ite_qgis.core.reference.catalogue import load_catalogue
from ite_qgis.core.reference.economics import HeatEconomics, MaterialEconomics, pipe_class
from ite_qgis.core.reference.knowledge import KB_COLUMNS, KnowledgeBase
from ite_qgis.core.synergies import Cancelled, find_synergies

# A point in LAEA Europe (EPSG:3035), metres; the hand-made sites are placed east of it.
X0, Y0 = 3_800_000.0, 3_000_000.0
SAMPLE = assets.samples_dir() / "dunkirk"


@pytest.fixture(scope="module")
def catalogue():
    return load_catalogue()


def make_sites(
    points: dict[str, tuple[float, float]], nace: dict[str, str] | None = None, crs: int = 3035
) -> gpd.GeoDataFrame:
    ids = list(points)
    return gpd.GeoDataFrame(
        {"site_id": ids, "nace": [(nace or {}).get(i, "") for i in ids]},
        geometry=gpd.points_from_xy(
            [X0 + points[i][0] for i in ids], [Y0 + points[i][1] for i in ids]
        ),
        crs=crs,
    )


def make_resources(rows: list[dict]) -> pd.DataFrame:
    defaults = {
        "unit": "t/yr",
        "temperature_c": np.nan,
        "hours_per_year": np.nan,
        "cost_eur_per_unit": np.nan,
    }
    frame = pd.DataFrame([{**defaults, **row} for row in rows])
    frame.insert(0, "resource_id", [f"R{i + 1}" for i in range(len(frame))])
    return frame


def run(sites, resources, catalogue, **options):
    options.setdefault("include_inferred", False)
    return find_synergies(sites, resources, catalogue, **options)


# Economics chosen so that the break-even radius is easy by hand:
# (disposal 10 + purchase 5 - treatment 0 - handling 0) / (0.05 EUR/tkm * (1 + 0.5)) = 200 km.
ECON = MaterialEconomics(cost_eur_per_tkm=0.05, empty_return=0.5, max_radius_m=1_000_000.0)


def slag_case(straight_m: float) -> tuple[gpd.GeoDataFrame, pd.DataFrame]:
    sites = make_sites({"A": (0, 0), "B": (straight_m, 0)})
    resources = make_resources(
        [
            {
                "site_id": "A",
                "direction": "supply",
                "resource": "ewc:100202",
                "quantity": 1000,
                "cost_eur_per_unit": 10,
            },
            {
                "site_id": "B",
                "direction": "demand",
                "resource": "ewc:100202",
                "quantity": 4000,
                "cost_eur_per_unit": 5,
            },
        ]
    )
    return sites, resources


def test_break_even_radius_by_hand(catalogue):
    sites, resources = slag_case(100_000)
    line = run(sites, resources, catalogue, econ=ECON).lines.iloc[0]
    assert line["max_distance_m"] == pytest.approx(200_000.0)
    assert line["distance_m"] == pytest.approx(130_000.0)  # 100 km straight x 1.3 detour
    assert line["quantity"] == 1000
    # 130 km x 1000 t x 0.05 EUR/tkm x 1.5 = 9,750 EUR/yr; avoided 1000 x (10 + 5).
    assert line["transport_cost_eur_yr"] == pytest.approx(9_750.0)
    assert line["avoided_cost_eur_yr"] == pytest.approx(15_000.0)
    assert line["net_benefit_eur_yr"] == pytest.approx(5_250.0)
    assert line["match_kind"] == "exact" and line["evidence"] == 0


def test_treatment_and_handling_shorten_the_radius(catalogue):
    sites, resources = slag_case(100_000)
    econ = MaterialEconomics(
        cost_eur_per_tkm=0.05,
        empty_return=0.5,
        treatment_eur_t=2.0,
        handling_eur_t=1.0,
        max_radius_m=1_000_000.0,
    )
    line = run(sites, resources, catalogue, econ=econ).lines.iloc[0]
    assert line["max_distance_m"] == pytest.approx(12 / 0.075 * 1000)  # 160 km


@pytest.mark.parametrize("straight_m, found", [(153_800, True), (153_900, False)])
def test_pair_just_inside_and_just_outside_the_radius(catalogue, straight_m, found):
    # 200 km / 1.3 = 153,846 m straight.
    sites, resources = slag_case(straight_m)
    lines = run(sites, resources, catalogue, econ=ECON).lines
    assert len(lines) == (1 if found else 0)
    if found:
        assert lines["net_benefit_eur_yr"].item() >= 0


def test_user_maximum_and_fixed_radius_modes(catalogue):
    sites, resources = slag_case(100_000)  # 130 km along the road
    capped = MaterialEconomics(cost_eur_per_tkm=0.05, empty_return=0.5, max_radius_m=120_000)
    assert run(sites, resources, catalogue, econ=capped).lines.empty
    fixed = run(
        sites, resources, catalogue, econ=ECON, radius_mode="fixed", fixed_radius_m=140_000
    ).lines
    assert fixed["max_distance_m"].item() == 140_000
    assert run(
        sites, resources, catalogue, econ=ECON, radius_mode="min", fixed_radius_m=120_000
    ).lines.empty
    with pytest.raises(synergies.SynergyError):
        run(sites, resources, catalogue, radius_mode="shortest")


def dunkirk_sites(crs: int | None = 4326) -> gpd.GeoDataFrame:
    table = pd.read_csv(SAMPLE / "sites.csv", dtype={"nace": str})
    sites = gpd.GeoDataFrame(table, geometry=gpd.points_from_xy(table["x"], table["y"]), crs=4326)
    return sites if crs == 4326 else sites.to_crs(crs)


def dunkirk_resources() -> pd.DataFrame:
    return pd.read_csv(SAMPLE / "resources.csv")


def test_geographic_input_gives_the_same_metres_as_a_projected_one(catalogue):
    resources = dunkirk_resources()
    geographic = run(dunkirk_sites(4326), resources, catalogue)
    lambert = run(dunkirk_sites(2154), resources, catalogue)  # RGF93 / Lambert-93
    assert any("reprojected" in note for note in geographic.notes)
    assert not any("reprojected" in note for note in lambert.notes)
    key = ["supply_id", "demand_id"]
    both = geographic.lines.merge(lambert.lines, on=key, suffixes=("_geo", "_l93"))
    assert len(both) == len(geographic.lines) == len(lambert.lines)
    ratio = both["distance_m_geo"] / both["distance_m_l93"]
    assert ratio.between(0.995, 1.005).all()
    # And both agree with the geodesic distance on the ellipsoid.
    table = pd.read_csv(SAMPLE / "sites.csv").set_index("site_id")
    a, b = table.loc[both["supplier_site_geo"]], table.loc[both["receiver_site_geo"]]
    _, _, geodesic_m = Geod(ellps="WGS84").inv(
        a["x"].to_numpy(), a["y"].to_numpy(), b["x"].to_numpy(), b["y"].to_numpy()
    )
    assert (both["distance_m_geo"] / 1.3 / geodesic_m).between(0.995, 1.005).all()


def heat_case(supply_c: float, demand_c: float, supply_code: str = "heat:below-100c"):
    sites = make_sites({"plant": (0, 0), "town": (2_000, 0)})
    resources = make_resources(
        [
            {
                "site_id": "plant",
                "direction": "supply",
                "resource": supply_code,
                "quantity": 20_000,
                "unit": "MWh/yr",
                "temperature_c": supply_c,
                "hours_per_year": 8000,
            },
            {
                "site_id": "town",
                "direction": "demand",
                "resource": "heat",
                "quantity": 10_000,
                "unit": "MWh/yr",
                "temperature_c": demand_c,
                "hours_per_year": 2000,
                "cost_eur_per_unit": 40,
            },
        ]
    )
    return sites, resources


def test_heat_needs_a_hot_enough_supply(catalogue):
    assert run(*heat_case(90, 120), catalogue).lines.empty
    line = run(*heat_case(90, 80), catalogue).lines.iloc[0]
    # 10,000 MWh over min(8000, 2000) h = 5 MW: the 6.1 MW pipe class, EUR 323/m.
    assert pipe_class(5.0)[1] == 323.0
    share = HeatEconomics().yearly_charge_share
    assert line["max_distance_m"] == pytest.approx(10.0 * 10_000 / (323.0 * share))
    assert line["transport_cost_eur_yr"] == pytest.approx(323.0 * 2_600 * share)
    assert line["avoided_cost_eur_yr"] == pytest.approx(400_000)
    assert line["co2_avoided_t_yr"] == pytest.approx(10_000 * 0.227)


def test_a_smaller_heat_flow_in_a_cheaper_pipe_class_is_not_cut_off(catalogue):
    # Supply 80 GWh over 8000 h = 10 MW: the 20 MW class (EUR 426/m) reaches 30.8 km. The demand
    # takes 78.4 GWh = 9.8 MW, the top of the EUR 357/m class, which reaches 36.0 km: a pair at
    # 33 km must be found although it lies beyond the reach of the full flow, which a larger
    # demand nearby ("port") can take.
    share = HeatEconomics().yearly_charge_share
    assert 10 * 80_000 / (426 * share) < 33_000 < 10 * 78_400 / (357 * share)
    sites = make_sites({"plant": (0, 0), "town": (33_000 / 1.3, 0), "port": (0, 1_000)})
    resources = make_resources(
        [
            {
                "site_id": "plant",
                "direction": "supply",
                "resource": "heat:100-200c",
                "quantity": 80_000,
                "unit": "MWh/yr",
                "temperature_c": 150,
                "hours_per_year": 8000,
            },
            {
                "site_id": "town",
                "direction": "demand",
                "resource": "heat",
                "quantity": 78_400,
                "unit": "MWh/yr",
                "temperature_c": 90,
                "hours_per_year": 8000,
                "cost_eur_per_unit": 40,
            },
            {
                "site_id": "port",
                "direction": "demand",
                "resource": "heat",
                "quantity": 100_000,
                "unit": "MWh/yr",
                "temperature_c": 90,
                "hours_per_year": 8000,
                "cost_eur_per_unit": 40,
            },
        ]
    )
    lines = run(sites, resources, catalogue).lines.set_index("receiver_site")
    assert sorted(lines.index) == ["port", "town"]
    line = lines.loc["town"]
    assert line["distance_m"] == pytest.approx(33_000)
    assert line["max_distance_m"] == pytest.approx(10 * 78_400 / (357 * share))


def test_a_band_without_temperature_uses_its_lower_bound(catalogue):
    # heat:100-200c with no temperature is at least 100 C: enough for 95 C, not for 150 C.
    assert len(run(*heat_case(np.nan, 95, "heat:100-200c"), catalogue).lines) == 1
    assert run(*heat_case(np.nan, 150, "heat:100-200c"), catalogue).lines.empty


def test_zero_quantities_give_no_synergy(catalogue):
    sites, resources = slag_case(10_000)
    for row in (0, 1):
        empty = resources.copy()
        empty.loc[row, "quantity"] = 0
        result = run(sites, empty, catalogue, econ=ECON)
        assert result.lines.empty
        assert any("no positive quantity" in note for note in result.notes)


def test_no_self_synergy(catalogue):
    sites = make_sites({"A": (0, 0), "B": (5_000, 0)})
    resources = make_resources(
        [
            {"site_id": "A", "direction": "supply", "resource": "ewc:100202", "quantity": 100},
            {"site_id": "A", "direction": "demand", "resource": "ewc:100202", "quantity": 100},
            {"site_id": "B", "direction": "demand", "resource": "ewc:100202", "quantity": 100},
        ]
    )
    lines = run(sites, resources, catalogue).lines
    assert lines[["supplier_site", "receiver_site"]].values.tolist() == [["A", "B"]]


def test_k_nearest_candidates_ranked_per_supply(catalogue):
    sites = make_sites({"S": (0, 0), **{f"D{i}": (1_000 * i, 0) for i in range(1, 6)}})
    resources = make_resources(
        [{"site_id": "S", "direction": "supply", "resource": "ewc:100202", "quantity": 100}]
        + [
            {"site_id": f"D{i}", "direction": "demand", "resource": "ewc:100202", "quantity": 100}
            for i in range(1, 6)
        ]
    )
    lines = run(sites, resources, catalogue, max_candidates=2).lines
    assert lines["receiver_site"].tolist() == ["D1", "D2"]
    assert lines["rank"].tolist() == [1, 2]


def test_compatible_rule_and_quantity_limited_by_demand(catalogue):
    sites = make_sites({"steel": (0, 0), "cement": (3_000, 0)})
    resources = make_resources(
        [
            {"site_id": "steel", "direction": "supply", "resource": "10 02 02", "quantity": 1000},
            {
                "site_id": "cement",
                "direction": "demand",
                "resource": "material:clinker-substitute",
                "quantity": 400,
                "cost_eur_per_unit": 30,
            },
        ]
    )
    line = run(sites, resources, catalogue).lines.iloc[0]
    assert (line["match_kind"], line["resource"], line["quantity"]) == (
        "compatible",
        "ewc:100202",
        400,
    )
    # Avoided clinker: 0.693 t CO2 per t (catalogue, EU ETS benchmark).
    assert line["co2_avoided_t_yr"] == pytest.approx(400 * 0.693)


def test_inferred_candidates_from_the_knowledge_base(catalogue):
    kb = KnowledgeBase(
        pd.DataFrame([("code", "ewc:100202", "24", "23.51", "23.5", "23", 4)], columns=KB_COLUMNS)
    )
    sites = make_sites(
        {"steel": (0, 0), "cement": (3_000, 0), "bakery": (1_000, 0)},
        nace={"steel": "24.10", "cement": "23.51", "bakery": "10.71"},
    )
    resources = make_resources(
        [
            {
                "site_id": "steel",
                "direction": "supply",
                "resource": "ewc:100202",
                "quantity": 500,
                "cost_eur_per_unit": 20,
            },
        ]
    )
    lines = run(sites, resources, catalogue, include_inferred=True, knowledge=kb).lines
    assert len(lines) == 1
    line = lines.iloc[0]
    assert line["receiver_site"] == "cement" and pd.isna(line["demand_id"])
    assert (line["match_kind"], line["evidence"], line["level"]) == ("inferred_sector", 4, "code")
    # The calibrated score of the receiving-sector model; the line's score is the net benefit
    # (an upper bound) times it. The bakery's sector is no likely receiver: not proposed.
    assert 0 < line["kb_score"] < 1
    assert line["score"] == pytest.approx(line["net_benefit_eur_yr"] * line["kb_score"])


def test_families_filter_and_feedback(catalogue):
    class Feedback:
        def __init__(self, cancel: bool):
            self.cancel, self.progress = cancel, []

        def setProgress(self, value: float) -> None:
            self.progress.append(value)

        def isCanceled(self) -> bool:
            return self.cancel

    feedback = Feedback(cancel=False)
    result = run(
        dunkirk_sites(), dunkirk_resources(), catalogue, families=["heat"], feedback=feedback
    )
    assert set(result.lines["family"]) == {"heat"}
    assert feedback.progress[-1] == 100.0 and feedback.progress == sorted(feedback.progress)
    with pytest.raises(Cancelled):
        run(dunkirk_sites(), dunkirk_resources(), catalogue, feedback=Feedback(cancel=True))


@pytest.fixture(scope="module")
def dunkirk(catalogue):
    return find_synergies(dunkirk_sites(), dunkirk_resources(), catalogue)


def test_dunkirk_blast_furnace_slag_reaches_the_slag_grinder(dunkirk):
    lines = dunkirk.lines
    slag = lines[(lines["supply_id"] == "R001") & (lines["receiver_site"] == "DK06")]
    assert slag["demand_id"].tolist() == ["R026"]
    line = slag.iloc[0]
    # Ecocem grinds 750,000 t/yr next to the blast furnaces, about 1.3 km away.
    assert line["quantity"] == 750_000 and line["rank"] == 1
    assert 1_000 < line["distance_m"] < 3_000


def test_dunkirk_steelworks_heat_reaches_district_heating(dunkirk):
    lines = dunkirk.lines
    heat = lines[(lines["supplier_site"] == "DK01") & lines["receiver_site"].isin(["DK09", "DK10"])]
    # Declared: the sinter-line heat. (Surplus steelworks gas may also be inferred for the
    # heating plants, which the catalogue lists among fuel-gas users.)
    heat = heat[heat["match_kind"] != "inferred_sector"]
    assert set(heat["receiver_site"]) == {"DK09", "DK10"}
    assert (heat["resource"] == "heat:200-500c").all()
    dh = heat[heat["receiver_site"] == "DK09"].iloc[0]
    # Supply 500 GWh, demand 210 GWh: the network's need bounds the quantity.
    assert dh["quantity"] == 210_000 and dh["distance_m"] < dh["max_distance_m"]


def test_dunkirk_co2_candidates(dunkirk):
    lines = dunkirk.lines
    co2 = lines[(lines["resource"] == "co2") & (lines["supply_id"] == "R005")]
    declared = co2[co2["match_kind"] == "exact"]
    assert set(declared["receiver_site"]) == {"DK16", "DK30"}
    assert (co2["match_kind"] == "inferred_sector").any()


def test_dunkirk_indicators_and_notes(dunkirk):
    indicators = dunkirk.indicators
    assert indicators["n_synergies"] == len(dunkirk.lines)
    assert indicators["t_yr"] > 750_000 and indicators["mwh_yr"] > 210_000
    assert any("EPSG:32631" in note for note in dunkirk.notes)
    assert dunkirk.lines.crs.to_epsg() == 32631
    first = dunkirk.lines.geometry.iloc[0]
    assert first.geom_type == "LineString" and math.isclose(
        first.length * 1.3, dunkirk.lines["distance_m"].iloc[0], rel_tol=1e-9
    )
    assert list(dunkirk.lines.columns[:-1]) == synergies.LINE_COLUMNS


def test_public_names_come_from_the_package_without_loading_numpy_first():
    # ``ite_qgis.core.synergies`` names the public API of the search; the stage modules load on
    # first use, so the package itself imports no numpy (ite_qgis.core.common.dependencies).
    import subprocess
    import sys

    code = (
        "import sys\n"
        "import ite_qgis.core.synergies as s\n"
        "assert 'numpy' not in sys.modules, 'numpy imported by the package'\n"
        "from ite_qgis.core.synergies import find_synergies, SynergyError, Cancelled, "
        "SynergyResult, RADIUS_MODES, MATCH_KINDS, LINE_COLUMNS, DEFAULT_HOURS_PER_YEAR\n"
        "assert find_synergies.__module__ == 'ite_qgis.core.synergies.candidates'\n"
        "assert RADIUS_MODES == ('economic', 'fixed', 'min')\n"
        "assert set(s.__all__) <= set(dir(s))\n"
    )
    package_root = str(Path(synergies.__file__).resolve().parents[3])
    result = subprocess.run(
        [sys.executable, "-P", "-c", code],
        capture_output=True,
        text=True,
        env={"PYTHONPATH": package_root, "PATH": "/usr/bin:/bin"},
    )
    assert result.returncode == 0, result.stderr


def _inferred(lines: pd.DataFrame, supply_id: str) -> pd.DataFrame:
    found = lines[(lines["supply_id"] == supply_id) & (lines["match_kind"] == "inferred_sector")]
    return found.sort_values("rank")


def test_dunkirk_slag_and_ash_suppliers_get_cement_first(dunkirk):
    sites = dunkirk_sites().set_index("site_id")["nace"]
    # Converter slag (R002), the recycler's slag (R060), incinerator bottom ash (R038).
    for supply in ("R002", "R060", "R038"):
        inferred = _inferred(dunkirk.lines, supply)
        assert sites[inferred["receiver_site"].iloc[0]] == "23.51", supply


def test_dunkirk_low_temperature_heat_gets_greenhouses_fish_farming_or_heating_networks(dunkirk):
    sites = dunkirk_sites().set_index("site_id")["nace"]
    lines = dunkirk.lines
    heat = lines[(lines["resource"] == "heat:below-100c") & (lines["match_kind"] != "exact")]
    for supply in heat["supply_id"].unique():
        first = _inferred(lines, supply)["receiver_site"].head(3).map(sites)
        if len(first):
            assert first.str[:2].isin(["01", "03"]).any() or (first == "35.30").any(), supply


def test_inferred_candidates_rank_by_calibrated_score_then_distance(dunkirk):
    inferred = dunkirk.lines[dunkirk.lines["match_kind"] == "inferred_sector"]
    assert inferred["kb_score"].between(0, 1).all()
    declared = dunkirk.lines[dunkirk.lines["match_kind"] != "inferred_sector"]
    assert declared["kb_score"].isna().all()
    for _, lines in inferred.groupby("supply_id", observed=True):
        lines = lines.sort_values("rank")
        score, distance = lines["kb_score"].to_numpy(), lines["distance_m"].to_numpy()
        assert (np.diff(score) <= 1e-12).all()
        tied = np.abs(np.diff(score)) <= 1e-12
        assert (np.diff(distance)[tied] >= 0).all()


def test_dunkirk_inferred_candidates_show_their_evidence(dunkirk):
    slag = _inferred(dunkirk.lines, "R002").iloc[0]
    # Documented exchanges (MAESTRI ids) of steel slag to cement works, and the catalogue rule
    # that makes slag a clinker substitute, with its source.
    assert slag["evidence"] == len(slag["kb_cases"].split("; ")) > 0
    assert "ewc:100202 -> material:clinker-substitute -> NACE 23.51 (" in slag["kb_sources"]
    assert "CLM BREF" in slag["kb_sources"]
    # The same exchanges in words: steelworks (NACE 24) to cement works, the resource, the
    # dataset and every id.
    assert slag["kb_exchanges"].startswith("NACE 24 -> NACE 23.51, ewc:100202 ")
    cited = {i for group in slag["kb_exchanges"].split(" | ")
             for i in group.split(": MAESTRI ")[1].split("; ")}  # fmt: skip
    assert cited == set(slag["kb_cases"].split("; "))
    declared = dunkirk.lines[dunkirk.lines["match_kind"] != "inferred_sector"]
    assert declared["kb_cases"].isna().all() and declared["kb_sources"].isna().all()
    assert declared["kb_exchanges"].isna().all()


def test_dunkirk_every_inferred_candidate_cites_the_exchanges_it_counts(dunkirk):
    inferred = dunkirk.lines[dunkirk.lines["match_kind"] == "inferred_sector"]
    cases = inferred["kb_cases"].astype(object)
    ids = cases.map(lambda text: len(text.split("; ")) if isinstance(text, str) else 0)
    # As many ids as exchanges counted, and exchanges in words wherever there are ids.
    assert (ids == inferred["evidence"]).all()
    assert (inferred["kb_exchanges"].notna() == cases.notna()).all()
    # Receiving sectors of the catalogue alone (no exchange) still cite their rule.
    catalogue_only = inferred[inferred["level"] == "catalogue"]
    assert len(catalogue_only) and catalogue_only["kb_sources"].notna().all()


def test_inferred_search_gives_each_supply_only_the_candidates_it_can_rank(catalogue):
    """The inferred search skips the supplies whose declared candidates fill their places and
    gives the others only the first ones they can still rank: those are the first inferred
    candidates a search of every supply finds (same rows, same order)."""
    from ite_qgis.core.synergies import candidates, pair_search

    rng = np.random.default_rng(3)
    n, k = 600, 3
    nace = ["23.51", "35.11", "20.13", "24.10", "01.13", "17.11", "10.91"]
    points = {f"S{i}": tuple(rng.uniform(0, 60_000, 2)) for i in range(2 * n)}
    sites = make_sites(points, nace={f"S{i}": nace[rng.integers(len(nace))] for i in range(2 * n)})
    codes = ["ewc:100202", "ewc:100102", "ewc:150101", "ewc:020304", "ewc:030301"]
    resources = make_resources(
        [
            {
                "site_id": f"S{i}",
                "direction": "supply" if i < n else "demand",
                "resource": codes[rng.integers(len(codes))],
                "quantity": float(rng.lognormal(6, 1)),
            }
            for i in range(2 * n)
        ]
    )
    notes: list[str] = []
    site_table, _ = candidates.prepare_sites(sites, notes)
    supplies, demands = candidates.prepare_resources(resources, site_table, catalogue, None, notes)
    settings = candidates._settings("min", 8_000, 1.3, k, None, None)
    groups = candidates.code_pairs(
        supplies.code_names[np.unique(supplies.code)],
        demands.code_names[np.unique(demands.code)],
        catalogue,
    )
    rows = candidates.Rows(10 * n * k)
    candidates._search_declared(
        groups, supplies, demands, catalogue, settings, pair_search.Labels(), rows, 1, None
    )
    keys, quota = candidates._declared_pairs(rows, len(site_table), len(supplies.row), settings)
    assert 0 < (quota == 0).sum() < (quota < k).sum() < len(quota)  # all three cases present
    model = candidates.sector_model(None, catalogue)

    def found(places: np.ndarray) -> list[tuple[int, int]]:
        parts = pair_search.inferred_groups(
            supplies, site_table, model, catalogue, settings, (keys, places),
            pair_search.Labels(), None,
        )  # fmt: skip
        return [
            (int(s), int(r))
            for part in parts
            for s, r in zip(part["supply"], part["receiver_site"], strict=True)
        ]

    every = found(np.full(len(quota), k))
    kept = found(quota)
    expected = []
    for supply in sorted({s for s, _ in every}):
        mine = [pair for pair in every if pair[0] == supply]
        expected += mine[: quota[supply]]
    assert kept and sorted(kept) == sorted(expected)
    # and, per supply, in the order found
    for supply in {s for s, _ in kept}:
        assert [p for p in kept if p[0] == supply] == [p for p in expected if p[0] == supply]


def test_ranking_order_is_the_lexicographic_order():
    """Supply, declared before inferred, higher score first, nearer first, then the order the
    rows came in: ties of score (and NaN), of distance, and of both included."""
    from ite_qgis.core.synergies.lines import _ranking_order

    rng = np.random.default_rng(5)
    n = 20_000
    supply = rng.integers(0, 500, n).astype(np.int32)
    inferred = rng.random(n) < 0.3
    score = np.round(rng.normal(0, 3, n), 1)  # many equal scores
    score[rng.random(n) < 0.05] = np.nan
    score[rng.random(n) < 0.05] = -0.0
    distance = np.round(rng.uniform(0, 50, n))  # many equal distances
    order = _ranking_order(supply, inferred, score, distance)
    expected = np.lexsort((np.arange(n), distance, -score, inferred, supply))
    assert np.array_equal(order, expected)
