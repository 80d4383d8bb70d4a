"""The receiving-sector model: its arithmetic on small hand-made tables, its fitting, and a
cross-validation that never lets a test row into its own knowledge base."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from ite_qgis.core.reference import sector_fit
from ite_qgis.core.reference.knowledge import KB_COLUMNS
from ite_qgis.core.reference.sector_model import (
    COMPONENT_NAMES,
    FEATURE_NAMES,
    ModelParameters,
    SectorModel,
    calibrated,
    interpolate,
    loglinear,
    loglinear_features,
)

DIVISIONS = ["01", "20", "23", "24", "35"]


def _model(rows: list[tuple], **weights) -> SectorModel:
    table = pd.DataFrame(rows, columns=KB_COLUMNS)
    parameters = ModelParameters(beta=1.0)
    parameters.weights.update(weights)
    return SectorModel(table, parameters, divisions=DIVISIONS)


@pytest.fixture
def tiny() -> SectorModel:
    # level, key, provider division, receiver class, group, division, count
    return _model(
        [
            ("code", "ewc:100202", "24", "23.51", "23.5", "23", 3),
            ("code", "ewc:100202", "35", "42.11", "42.1", "42", 1),
            ("subchapter", "ewc:1002", "24", "23.51", "23.5", "23", 4),
            ("chapter", "ewc:10", "24", "23.51", "23.5", "23", 4),
            ("chapter", "ewc:10", "35", "23.61", "23.6", "23", 2),
            ("keyword", "slag", "24", "23.51", "23.5", "23", 3),
            ("family", "material", "24", "23.51", "23.5", "23", 5),
            ("family", "material", "10", "01.13", "01.1", "01", 2),
            ("all", "*", "24", "23.51", "23.5", "23", 5),
            ("all", "*", "10", "01.13", "01.1", "01", 2),
            ("all", "*", "20", "20.14", "20.1", "20", 3),
        ]
    )


def test_interpolation_by_hand():
    # One query, two components and the floor, three divisions.
    counts = np.array([[[3.0, 1.0, 0.0], [0.0, 0.0, 0.0]]])
    a = np.array([2.0, 1.0, 1.0])
    # Component 0: confidence 4 / (4 + 4) = 0.5, weight 1, shares 0.75, 0.25, 0; component 1
    # has no data (weight 0); the floor gives 1 / 3 to each division; total weight 2.
    p = interpolate(counts, a, beta=4.0)
    assert p[0] == pytest.approx([(0.75 + 1 / 3) / 2, (0.25 + 1 / 3) / 2, (1 / 3) / 2])
    assert p.sum() == pytest.approx(1.0)


def test_more_evidence_weighs_more():
    one = np.array([[[1.0, 0.0], [0.0, 10.0]]])
    a = np.array([1.0, 1.0, 1e-9])
    # Same weights, but 1 exchange against 10: confidence 1/2 against 10/11.
    p = interpolate(one, a, beta=1.0)
    assert p[0, 1] == pytest.approx((10 / 11) / (0.5 + 10 / 11), rel=1e-6)


def test_components_of_a_query(tiny):
    counts = tiny.components(["ewc:100202"], ["24.10"]) @ tiny.units.to_division
    by_name = dict(zip(COMPONENT_NAMES, counts[0], strict=False))
    column = {d: i for i, d in enumerate(tiny.units.divisions)}
    assert by_name["code"][column["23"]] == 3 and by_name["code"][column["42"]] == 1
    assert by_name["code+provider"][column["23"]] == 3
    assert by_name["code+provider"][column["42"]] == 0  # from a power plant, not a steelworks
    assert by_name["chapter"][column["23"]] == 6  # 23.51 and 23.61 are both division 23
    assert by_name["keyword"].sum() == 3  # ewc:100202 stands for the keyword "slag"
    assert by_name["family"].sum() == 7
    assert by_name["all"].sum() == 10 and by_name["all+provider"].sum() == 5
    assert by_name["catalogue"].sum() == 0  # no catalogue given


def test_unknown_code_and_provider_fall_back_to_prior(tiny):
    counts = tiny.components(["ewc:990101"], [""])[0]
    used = [name for name, row in zip(COMPONENT_NAMES, counts, strict=False) if row.sum()]
    assert used == ["family", "all"]


def test_probabilities_sum_to_one_and_rank(tiny):
    probability, _ = tiny.mixture(tiny.components(["ewc:100202", "heat"], ["24", "10"]))
    assert probability.sum(1) == pytest.approx([1.0, 1.0])
    divisions = list(tiny.units.divisions)
    assert divisions[int(np.argmax(probability[0]))] == "23"
    # Heat has no documented receiver here: the provider's own sector (10 gives to 01) leads.
    assert divisions[int(np.argmax(probability[1]))] == "01"
    assert (probability > 0).all()  # the floor: no division is impossible


def test_calibration_is_platt_on_the_logit():
    p = np.array([0.1, 0.5, 0.9])
    assert calibrated(p, 1.0, 0.0) == pytest.approx(p)
    assert calibrated(np.array([0.5]), 2.0, np.log(3.0)) == pytest.approx([0.75])


def test_fitted_weights_follow_the_component_that_predicts():
    rng = np.random.default_rng(0)
    rows = 200
    share = np.column_stack([np.ones(rows), rng.uniform(0, 0.05, rows)])  # 0 right, 1 not
    total = np.full((rows, 2), 5.0)
    a, beta = sector_fit.fit_weights(share, total, n_div=10)
    assert a[0] > 10 * a[1]
    assert beta > 0


def test_platt_fit_on_calibrated_data_is_near_identity():
    rng = np.random.default_rng(1)
    u = rng.uniform(0.05, 0.95, 20_000)
    truth = (rng.uniform(size=u.size) >= u).astype(int)  # division 0 with probability u
    slope, intercept = sector_fit.fit_platt(np.column_stack([u, 1 - u]), truth)
    assert slope == pytest.approx(1.0, abs=0.1) and intercept == pytest.approx(0.0, abs=0.1)


def test_parameters_round_trip_through_their_table():
    parameters = ModelParameters(dict.fromkeys(COMPONENT_NAMES, 0.5), 2.5, 0.9, -0.1)
    again = ModelParameters.from_frame(parameters.to_frame())
    assert again == parameters
    parameters.coefficients = dict.fromkeys(FEATURE_NAMES, 0.25)
    parameters.smoothing = 2.0
    assert ModelParameters.from_frame(parameters.to_frame()) == parameters
    # A table without the log-linear layer (older files) reads as the interpolation alone.
    old = parameters.to_frame()
    old = old[~old["parameter"].str.startswith(("loglinear:", "smoothing"))]
    assert ModelParameters.from_frame(old).theta().tolist() == [1.0] + [0.0] * (
        len(FEATURE_NAMES) - 1
    )


def _unique_code_exchanges(n: int) -> pd.DataFrame:
    """Exchanges whose EWC entries are all different: a row's own code can only be in a
    knowledge base built with that row."""
    entries = [f"{10 + i // 90:02d}{1 + (i // 9) % 10:02d}{1 + i % 9:02d}" for i in range(n)]
    receivers = np.array(["23.51", "35.11", "20.14", "01.13"])[np.arange(n) % 4]
    return pd.DataFrame(
        {
            "exchange_id": [f"{1 + i // 6},1,{i}" for i in range(n)],
            "provider_nace": np.array(["24.10", "35.11", "10.51"])[np.arange(n) % 3],
            "receiver_nace": receivers,
            "ewc_code": entries,
            "resource_description": "residue",
        }
    )


def test_cross_validation_never_puts_a_test_row_into_its_own_knowledge_base():
    exchanges = _unique_code_exchanges(60)
    q = sector_fit.queries(exchanges)
    code_component = COMPONENT_NAMES.index("code")
    seen_tests = []
    for train, test, model in sector_fit.cross_validate(exchanges, folds=5, seed=42):
        assert not set(train) & set(test)
        assert not model.trained_ids & set(exchanges["exchange_id"].iloc[test])
        counts = model.components(q.code[test], q.provider[test])
        assert counts[:, code_component].sum() == 0  # no test row's own entry was counted
        trained = model.components(q.code[train], q.provider[train])
        assert (trained[:, code_component].sum(-1) == 1).all()  # the training rows were
        seen_tests.extend(test)
    assert sorted(seen_tests) == list(range(len(exchanges)))


def test_inner_folds_never_score_a_row_with_itself():
    exchanges = _unique_code_exchanges(60)
    counts, share, total, truth = sector_fit.inner_predictions(exchanges)
    assert len(truth) == 60
    assert total[:, COMPONENT_NAMES.index("code")].sum() == 0
    # The log-linear layer is chosen on these held-out predictions only, by folds of them:
    # its features of the own code are 0 (no data), and each fold's rows are scored by
    # coefficients fitted on the other folds.
    *_, folds = sector_fit._inner_predictions(exchanges, None, None, 0)
    mixed = interpolate(counts, np.ones(counts.shape[1] + 1), 1.0)
    features = loglinear_features(counts, mixed, 1.0)
    assert np.all(features[:, 1 + COMPONENT_NAMES.index("code")] == 0)
    assert len(np.unique(folds)) == sector_fit.INNER_FOLDS


def test_folds_are_fixed_by_the_seed_and_keep_cases_whole():
    cases = np.repeat(np.arange(12), 3)
    a = sector_fit.fold_numbers(36, 5, 42, cases)
    assert (a == sector_fit.fold_numbers(36, 5, 42, cases)).all()
    assert all(len(set(a[cases == c])) == 1 for c in range(12))
    plain = sector_fit.fold_numbers(36, 5, 42)
    assert np.bincount(plain).tolist() == [8, 7, 7, 7, 7]


def test_site_scores_share_a_division_between_its_groups_and_classes():
    # Only the exact-entry component counts (the floor is negligible): P(23) is 1. Three
    # exchanges name the class 23.51, one only the division 23.
    weights = dict.fromkeys(COMPONENT_NAMES, 0.0)
    weights.update(code=1.0, uniform=1e-12)
    model = SectorModel(
        pd.DataFrame(
            [
                ("code", "ewc:100202", "24", "23.51", "23.5", "23", 3),
                ("code", "ewc:100202", "24", "", "", "23", 1),
            ],
            columns=KB_COLUMNS,
        ),
        ModelParameters(weights, beta=1e-9),
        divisions=DIVISIONS,
    )
    sectors = pd.DataFrame(
        [
            ("23.51", "23.5", "23"),
            ("23.52", "23.5", "23"),
            ("23.61", "23.6", "23"),
            ("", "", "23"),
        ],
        columns=["nace_class", "group", "division"],
    )
    found = model.site_scores("ewc:100202", "24", sectors)
    # The quarter named only at division level is spread over the 8 groups of division 23,
    # then a group's unnamed share over its classes (2 in 23.5, 6 in 23.6).
    p_group_5 = 0.75 + 0.25 / 8
    expected = [0.75 + (p_group_5 - 0.75) / 2, (p_group_5 - 0.75) / 2, 0.25 / 8 / 6, 1.0]
    assert found["kb_score"].tolist() == pytest.approx(expected, rel=1e-6)
    assert found["evidence"].tolist() == [3, 4, 4, 4]  # the class where it is named
    assert found["level"].tolist() == ["code"] * 4
    assert found["receiver_nace"].tolist() == ["23.51", "23", "23", "23"]
    # A division the evidence never names has only the floor's share.
    farms = sectors.assign(division="01", group="", nace_class="")
    other = model.site_scores("ewc:100202", "24", farms)
    assert (other["kb_score"] < 2e-9).all() and (other["level"] == "prior").all()


def test_sector_scores_of_many_resources_are_the_site_scores_of_each(tiny):
    # One planned sector against many (code, provider) queries at once: the numbers the
    # per-query site scores give that sector, a sector of a division never seen included.
    sectors = [("23.51", "23.5", "23"), ("01.13", "01.1", "01"), ("", "", "35"),
               ("99.00", "99.0", "99")]
    codes = ["ewc:100202", "ewc:100202", "ewc:100101", "heat", "co2"]
    providers = ["24", "35", "", "24", "20.14"]
    for sector in sectors:
        together = tiny.sector_scores(codes, providers, sector)
        frame = pd.DataFrame([sector], columns=["nace_class", "group", "division"])
        alone = pd.concat(
            [tiny.site_scores(code, provider, frame)[["division_score", "kb_score"]]
             for code, provider in zip(codes, providers, strict=True)],
            ignore_index=True,
        )
        assert together.to_numpy() == pytest.approx(alone.to_numpy(), rel=1e-12, abs=1e-15)
    cement = tiny.sector_scores(codes, providers, sectors[0])
    assert cement["kb_score"].iloc[0] == cement["kb_score"].max()  # slag from steelmaking
    assert (tiny.sector_scores(codes, providers, sectors[3]).to_numpy() == 0).all()


def test_loglinear_identity_is_the_interpolation_and_boosts_vanish_without_data():
    counts = np.array([[[3.0, 1.0, 0.0], [0.0, 0.0, 0.0]]])
    mixed = np.array([[0.5, 0.3, 0.2]])
    features = loglinear_features(counts, mixed, smoothing=1.0)
    assert features[0, 0] == pytest.approx(np.log(mixed[0]))
    # Component 1 has no data: its boost is 0 everywhere. Component 0: (n + k P) / (N + k) / P.
    assert features[0, 2] == pytest.approx([0.0, 0.0, 0.0])
    assert features[0, 1] == pytest.approx(np.log((counts[0, 0] + mixed[0]) / 5.0 / mixed[0]))
    assert loglinear(features, np.array([1.0, 0.0, 0.0]))[0] == pytest.approx(mixed[0])
    boosted = loglinear(features, np.array([1.0, 1.0, 0.0]))[0]
    assert boosted.sum() == pytest.approx(1.0) and boosted[0] > mixed[0, 0]


def test_loglinear_selection_keeps_the_interpolation_when_boosts_do_not_help():
    rng = np.random.default_rng(0)
    n, d = 200, 6
    mixed = rng.dirichlet(np.ones(d), size=n)
    truth = np.array([rng.choice(d, p=row) for row in mixed])
    # The only component counts at random: it carries no information beyond the mixture.
    counts = rng.integers(0, 3, size=(n, 1, d)).astype(float)
    folds = np.arange(n) % 5
    smoothing, penalty, out, scores = sector_fit.select_loglinear(counts, mixed, truth, folds)
    identity = max(v for (_, p), v in scores.items() if not np.isfinite(p))
    assert scores[(smoothing, penalty)] >= identity
    assert scores[(smoothing, penalty)] - identity < 0.02
    assert out.shape == (n, d) and np.allclose(out.sum(1), 1.0)


def test_loglinear_selection_follows_an_informative_component():
    rng = np.random.default_rng(1)
    n, d = 300, 6
    mixed = np.full((n, d), 1.0 / d)
    truth = rng.integers(0, d, size=n)
    counts = np.zeros((n, 1, d))
    counts[np.arange(n), 0, truth] = 4.0  # the component names the receiver
    smoothing, penalty, _, scores = sector_fit.select_loglinear(
        counts, mixed, truth, np.arange(n) % 5
    )
    assert np.isfinite(penalty)
    features = loglinear_features(counts, mixed, smoothing)
    theta = sector_fit.fit_loglinear_theta(features, truth, penalty)
    assert theta[1] > 0.5
