"""Material break-even radius and heat transmission economics, checked against hand values."""

from __future__ import annotations

import numpy as np
import pytest

from ite_qgis.core.reference.economics import (
    PIPE_COST_TABLE,
    HeatEconomics,
    MaterialEconomics,
    annuity_factor,
    break_even_radius_m,
    levelised_transmission_cost_eur_mwh,
    max_transmission_distance_m,
    pipe_class,
    transport_cost_eur_yr,
)


def test_break_even_radius_by_hand():
    # (79 + 65 + 20 - 4 - 0) / (0.065 * 2) = 160 / 0.13 = 1230.77 km
    radius = break_even_radius_m(144.0, 20.0, 4.0, 0.0, 0.065, 1.0)
    assert radius == pytest.approx(160.0 / 0.13 * 1000.0)
    # no empty return: 10 EUR/t / 0.05 EUR/t-km = 200 km
    assert break_even_radius_m(10.0, 0.0, 0.0, 0.0, 0.05, 0.0) == pytest.approx(200_000.0)


def test_break_even_radius_vectorised_and_negative_value_gives_zero():
    radius = break_even_radius_m(np.array([10.0, 5.0, 0.0]), 0.0, np.array([0.0, 10.0, 0.0]),
                                 0.0, 0.1, 1.0)
    np.testing.assert_allclose(radius, [50_000.0, 0.0, 0.0])


def test_defaults_landfill_and_tax():
    econ = MaterialEconomics()
    assert econ.avoided_disposal_eur_t == 144.0
    assert econ.max_radius_m == 100_000.0
    assert econ.empty_return == 1.0


def test_transport_cost_by_hand():
    # 30 km x 1000 t x 0.065 x 2 = 3900 EUR/yr
    assert transport_cost_eur_yr(30_000.0, 1000.0, 0.065, 1.0) == pytest.approx(3900.0)


@pytest.mark.parametrize(
    "capacity_mw, class_mw, cost_eur_m",
    [
        (0.0, 0.2, 195.0),
        (0.05, 0.2, 195.0),
        (0.2, 0.2, 195.0),  # exactly on a class
        (0.21, 0.3, 206.0),  # just above: next class up
        (1.9, 1.9, 261.0),
        (2.0, 3.6, 288.0),
        (100.0, 125.0, 839.0),
        (190.0, 190.0, 976.0),
        (200.0, 380.0, 1952.0),  # two parallel 190 MW pipes
        (570.0, 570.0, 2928.0),  # three
    ],
)
def test_pipe_class_lookup(capacity_mw, class_mw, cost_eur_m):
    got_class, got_cost = pipe_class(capacity_mw)
    assert float(got_class) == pytest.approx(class_mw)
    assert float(got_cost) == pytest.approx(cost_eur_m)


def test_pipe_class_vectorised_and_bad_values():
    classes, costs = pipe_class(np.array([0.6, 45.0, np.nan, -1.0]))
    np.testing.assert_allclose(classes[:2], [0.6, 45.0])
    np.testing.assert_allclose(costs[:2], [220.0, 564.0])
    assert np.isnan(classes[2:]).all() and np.isnan(costs[2:]).all()
    assert len(PIPE_COST_TABLE) == 13


def test_annuity_3pct_30yr():
    assert annuity_factor(0.03, 30) == pytest.approx(0.05102, abs=5e-6)
    assert annuity_factor(0.0, 20) == pytest.approx(0.05)


def test_max_transmission_distance_by_hand():
    econ = HeatEconomics()
    # 100 MW -> 125 MW class, 839 EUR/m. Q = 200,000 MWh/yr.
    # d = 10 * 200000 / (839 * (0.0510193 + 0.01)) = 2,000,000 / 51.195 = 39,066 m
    a = 0.03 / (1 - 1.03 ** -30)
    expected = 10.0 * 200_000.0 / (839.0 * (a + 0.01))
    got = max_transmission_distance_m(200_000.0, 100.0, econ)
    assert float(got) == pytest.approx(expected)
    assert float(got) == pytest.approx(39_066.0, abs=2.0)
    # At that length the levelised cost is exactly the ceiling.
    lcoh = levelised_transmission_cost_eur_mwh(expected, 100.0, 200_000.0, econ)
    assert float(lcoh) == pytest.approx(10.0)


def test_max_distance_vectorised_zero_heat():
    got = max_transmission_distance_m(np.array([0.0, 1000.0]), np.array([1.0, 0.1]))
    assert got[0] == 0.0
    a = annuity_factor(0.03, 30)
    assert got[1] == pytest.approx(10.0 * 1000.0 / (195.0 * (a + 0.01)))


def test_levelised_cost_no_heat_is_infinite():
    assert np.isinf(levelised_transmission_cost_eur_mwh(1000.0, 1.0, 0.0))
