"""Seasonal matching of heat supply and demand, checked on hand-made profiles."""

import numpy as np
import pytest

from ite_qgis.core.heat.seasonal import (
    MONTH_HOURS,
    climates,
    degree_day_profile,
    flat_profile,
    match_seasonal,
    profile_from_values,
    read_profile_csv,
)

EVEN = profile_from_values([1.0] * 12)  # the same energy every month
WINTER = profile_from_values([3, 3, 1, 1, 0, 0, 0, 0, 0, 1, 1, 2])  # 12 units


def test_usable_heat_is_the_sum_of_monthly_minima_by_hand():
    # Source: 1,200 MWh/yr, 100 a month. Demand: 1,200 MWh/yr: 300, 300, 100, 100, 0 x 5,
    # 100, 100, 200. Minima: 100 + 100 + 100 + 100 + 0 x 5 + 100 + 100 + 100 = 700.
    match = match_seasonal([1200.0], EVEN, [1200.0], WINTER)
    assert match.usable_mwh_yr[0] == pytest.approx(700.0)
    assert match.source_used_share[0] == pytest.approx(700 / 1200)
    assert match.demand_covered_share[0] == pytest.approx(700 / 1200)
    assert match.surplus_mwh_yr[0] == pytest.approx(500.0)
    # The annual totals alone would say 1,200 MWh/yr.


def test_backup_peak_is_the_largest_monthly_shortfall_in_mw():
    match = match_seasonal([1200.0], EVEN, [1200.0], WINTER)
    # February (the short month): demand 300 MWh over 672 h, supply 100 MWh -> 200 / 672 MW
    # short, more than January's 200 / 744.
    assert match.backup_peak_mw[0] == pytest.approx(200.0 / 672.0)
    assert match.demand_peak_mw[0] == pytest.approx(300.0 / 672.0)  # February is shortest
    # A source far larger than the demand needs no backup and covers it all.
    big = match_seasonal([1e6], EVEN, [1200.0], WINTER)
    assert big.backup_peak_mw[0] == 0.0
    assert big.demand_covered_share[0] == pytest.approx(1.0)
    assert big.usable_mwh_yr[0] == pytest.approx(1200.0)


def test_pairs_by_index_and_zero_quantities():
    match = match_seasonal([1200.0, 0.0], EVEN, [1200.0, 600.0, 0.0], WINTER,
                           source_index=[0, 0, 1, 0], sink_index=[0, 1, 0, 2])
    # Half the demand: 150, 150, 50, 50, 0..., 50, 50, 100 -> minima 100+100+50+50+50+50+100.
    assert match.usable_mwh_yr == pytest.approx([700.0, 500.0, 0.0, 0.0])
    assert np.isnan(match.source_used_share[2]) and np.isnan(match.demand_covered_share[3])


def test_shared_and_per_row_profiles_agree():
    rng = np.random.default_rng(7)
    n_src, n_snk, n_pairs = 30, 40, 500
    s_values = rng.random((n_src, 12)) + 0.1
    d_values = rng.random((n_snk, 12))
    supply_rows, demand_rows = profile_from_values(s_values), profile_from_values(d_values)
    a, b = rng.random(n_src) * 1000, rng.random(n_snk) * 1000
    src, snk = rng.integers(0, n_src, n_pairs), rng.integers(0, n_snk, n_pairs)
    rows = match_seasonal(a, supply_rows, b, demand_rows, src, snk, chunk_values=120)
    expected = np.minimum(a[src, None] * supply_rows.shares[src],
                          b[snk, None] * demand_rows.shares[snk]).sum(axis=1)
    assert rows.usable_mwh_yr == pytest.approx(expected)
    # One shared shape each: the tabulated function gives the same as the direct sum.
    shared = match_seasonal(a, profile_from_values(s_values[0]), b,
                            profile_from_values(d_values[0]), src, snk)
    direct = match_seasonal(
        a, profile_from_values(np.repeat(s_values[:1], n_src, axis=0)), b,
        profile_from_values(np.repeat(d_values[:1], n_snk, axis=0)), src, snk)
    assert shared.usable_mwh_yr == pytest.approx(direct.usable_mwh_yr)
    assert shared.backup_peak_mw == pytest.approx(direct.backup_peak_mw)
    assert shared.demand_peak_mw == pytest.approx(direct.demand_peak_mw)


def test_monthly_and_hourly_profiles_are_matched_hour_by_hour():
    hourly_supply = np.ones(8760)
    hourly_supply[: 31 * 24] = 0.0  # the source is off in January
    match = match_seasonal([8760.0 - 744.0], profile_from_values(hourly_supply), [1200.0],
                           WINTER)
    # 1 MW the rest of the year covers every other month (at most 300 MWh in 672 h); January's
    # 300 MWh, spread evenly over its hours, get nothing.
    assert match.usable_mwh_yr[0] == pytest.approx(1200.0 - 300.0)
    assert match.backup_peak_mw[0] == pytest.approx(300.0 / 744.0)


def test_flat_supply_follows_the_hours_of_the_months():
    flat = flat_profile()
    assert flat.shares.sum() == pytest.approx(1.0)
    assert flat.shares[1] == pytest.approx(672.0 / 8760.0)
    assert flat_profile(8760).shares == pytest.approx(np.full(8760, 1 / 8760))


def test_degree_day_profile_of_the_shipped_climates():
    known = climates()
    assert {"FR30", "FR10", "FRK2", "DK", "DE"} <= set(known)
    profile = degree_day_profile("FR30", hot_water_share=0.2)
    hdd = known["FR30"].hdd
    assert profile.shares.sum() == pytest.approx(1.0)
    # July: hot water (0.2 spread by hours) plus July's share of the degree days.
    assert profile.shares[6] == pytest.approx(0.2 * 744 / 8760 + 0.8 * hdd[6] / hdd.sum())
    # Peak at the design temperature (-9 °C), by the degree-day method.
    design = 0.8 * (18 + 9) / (24 * hdd.sum()) + 0.2 / 8760
    assert profile.peak.max() == pytest.approx(design)
    assert (profile.peak >= profile.shares / MONTH_HOURS).all()
    only_hot_water = degree_day_profile("DK", hot_water_share=1.0)
    assert only_hot_water.shares == pytest.approx(flat_profile().shares)
    with pytest.raises(ValueError, match="Unknown climate"):
        degree_day_profile("XX")
    with pytest.raises(ValueError, match="between 0 and 1"):
        degree_day_profile("FR30", hot_water_share=1.5)


def test_profile_values_are_checked():
    with pytest.raises(ValueError, match="12 monthly or 8760 hourly"):
        profile_from_values([1.0] * 11)
    with pytest.raises(ValueError, match="0 or more"):
        profile_from_values([1.0] * 11 + [-1.0])
    with pytest.raises(ValueError, match="all 0"):
        profile_from_values([0.0] * 12)


def test_profile_csv_with_header_and_decimal_comma(tmp_path):
    path = tmp_path / "profile.csv"
    path.write_text("month;load\n" + "\n".join(f"{m};{v}" for m, v in zip(
        range(1, 13), ["3,0", "3", "1", "1", "0", "0", "0", "0", "0", "1", "1", "2,0"],
        strict=True)),
        encoding="utf-8")
    profile = read_profile_csv(path)
    assert profile.shares == pytest.approx(WINTER.shares)
    bad = tmp_path / "bad.csv"
    bad.write_text("load\n" + "\n".join(["1"] * 11 + ["lots"]), encoding="utf-8")
    with pytest.raises(ValueError, match="not numbers"):
        read_profile_csv(bad)
