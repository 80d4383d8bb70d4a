"""Numbers and units as users type them, normalised to t/yr, MWh/yr, m3/yr and count/yr."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest

from ite_qgis.core.common.units import (
    CANONICAL_UNITS,
    normalise_quantities,
    parse_number_series,
    parse_unit,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1 234,5", 1234.5),
        ("1.234,5", 1234.5),
        ("1,234.5", 1234.5),
        ("12,5", 12.5),
        ("12.5", 12.5),
        ("1\u00a0234,5", 1234.5),  # no-break space, as French spreadsheets write it
        ("1\u202f234", 1234.0),  # narrow no-break space
        ("1'234.5", 1234.5),  # Swiss grouping
        ("1.234.567", 1234567.0),
        ("1,234,567", 1234567.0),
        ("-3", -3.0),
        ("+7", 7.0),
        ("1e3", 1000.0),
        ("2,5E2", 250.0),
        ("  42  ", 42.0),
        (",5", 0.5),
    ],
)
def test_numbers_in_user_formats(text, expected):
    values, bad = parse_number_series(pd.Series([text]))
    assert not bad.iloc[0]
    assert values.iloc[0] == pytest.approx(expected)


@pytest.mark.parametrize("text", ["", "  ", "-", "n/a", "NaN", "nd", None])
def test_empty_cells_are_nan_but_not_bad(text):
    values, bad = parse_number_series(pd.Series([text], dtype=object))
    assert math.isnan(values.iloc[0])
    assert not bad.iloc[0]


@pytest.mark.parametrize("text", ["abc", "12 t", "1,2,3", "12 5", "inf", "1.2.3,4,5", "--5"])
def test_text_that_is_not_a_number_is_bad(text):
    values, bad = parse_number_series(pd.Series([text]))
    assert math.isnan(values.iloc[0])
    assert bad.iloc[0]


def test_table_decimal_mark_settles_ambiguous_groups():
    cells = pd.Series(["1.234", "1,234", "1.5"])
    assert parse_number_series(cells)[0].tolist() == [1.234, 1.234, 1.5]
    assert parse_number_series(cells, decimal=",")[0].tolist() == [1234.0, 1.234, 1.5]
    assert parse_number_series(cells, decimal=".")[0].tolist() == [1.234, 1234.0, 1.5]


def test_numeric_and_mixed_series_keep_their_numbers():
    values, bad = parse_number_series(pd.Series([1, 2.5, np.nan]))
    assert values.tolist()[:2] == [1.0, 2.5] and math.isnan(values.iloc[2])
    assert not bad.any()
    mixed = pd.Series([3, "4,5", None, "x"], dtype=object, index=[10, 11, 12, 13])
    values, bad = parse_number_series(mixed)
    assert values.loc[10] == 3.0 and values.loc[11] == 4.5 and math.isnan(values.loc[12])
    assert bad.tolist() == [False, False, False, True]
    assert list(values.index) == [10, 11, 12, 13]


@pytest.mark.parametrize(
    ("text", "family", "factor", "kind"),
    [
        ("t/yr", "mass", 1.0, "annual"),
        ("t/y", "mass", 1.0, "annual"),
        ("T/AN", "mass", 1.0, "annual"),
        ("t par an", "mass", 1.0, "annual"),
        ("tonnes per year", "mass", 1.0, "annual"),
        ("t.yr-1", "mass", 1.0, "annual"),
        ("tpa", "mass", 1.0, "annual"),
        ("kg/a", "mass", 0.001, "annual"),
        ("kt/yr", "mass", 1000.0, "annual"),
        ("Mt/yr", "mass", 1e6, "annual"),
        ("t", "mass", 1.0, "annual"),
        ("MWh / yr", "energy", 1.0, "annual"),
        ("kWh per year", "energy", 0.001, "annual"),
        ("GWh/an", "energy", 1000.0, "annual"),
        ("TWh/yr", "energy", 1e6, "annual"),
        ("GJ/yr", "energy", 1 / 3.6, "annual"),
        ("TJ/yr", "energy", 1000 / 3.6, "annual"),
        ("MJ/yr", "energy", 0.001 / 3.6, "annual"),
        ("tep/an", "energy", 11.63, "annual"),
        ("MWh_th/yr", "energy", 1.0, "annual"),
        ("m3/yr", "volume", 1.0, "annual"),
        ("m³/an", "volume", 1.0, "annual"),
        ("l/yr", "volume", 0.001, "annual"),
        ("ML/yr", "volume", 1000.0, "annual"),
        ("count/yr", "service", 1.0, "annual"),
        ("t/h", "mass", 1.0, "rate"),
        ("m³/h", "volume", 1.0, "rate"),
        ("MWh/h", "energy", 1.0, "rate"),
        ("MW", "energy", 1.0, "power"),
        ("kW", "energy", 0.001, "power"),
        ("MWth", "energy", 1.0, "power"),
        ("kWe", "energy", 0.001, "power"),
    ],
)
def test_units_users_write(text, family, factor, kind):
    info = parse_unit(text)
    assert info is not None, text
    assert (info.family, info.kind) == (family, kind)
    assert info.amount_factor == pytest.approx(factor)


@pytest.mark.parametrize("text", ["", "tons", "furlong", "MW/yr", "t/week", "kWh/km", None])
def test_unknown_units(text):
    assert parse_unit(text) is None


def test_conversions_to_canonical_units():
    quantity = pd.Series(["1500", "2", "3", "36", "0,5", "10", "2", "40", "12"])
    unit = pd.Series(["kWh/yr", "t/h", "MW", "GJ", "ML/yr", "l/s", "kt/an", "GWh", "count/yr"])
    hours = pd.Series(["", "8000", "4000", "", "", "100", "", "", ""])
    result = normalise_quantities(quantity, unit, hours)
    assert result["error"].isna().all()
    assert result["quantity"].tolist() == pytest.approx(
        [1.5, 16000.0, 12000.0, 10.0, 500.0, 3600.0, 2000.0, 40000.0, 12.0]
    )
    assert result["unit"].tolist() == [
        "MWh/yr",
        "t/yr",
        "MWh/yr",
        "MWh/yr",
        "m3/yr",
        "m3/yr",
        "t/yr",
        "MWh/yr",
        "count/yr",
    ]
    assert result["unit_family"].tolist() == [
        "energy",
        "mass",
        "energy",
        "energy",
        "volume",
        "volume",
        "mass",
        "energy",
        "service",
    ]
    # a price per kWh becomes a price per MWh by dividing by this factor
    assert result["amount_factor"].iloc[0] == pytest.approx(0.001)


def test_row_errors_say_what_is_wrong():
    quantity = pd.Series(["x", "5", "5", "-1", "3", "3", "5", "2", "7"], index=list("abcdefghi"))
    unit = pd.Series(
        ["t/yr", "furlong", "t/yr", "t/yr", "MW", "t/h", "", "t/h", "t/h"], index=quantity.index
    )
    hours = pd.Series(["", "", "", "", "", "lots", "", "9000", ""], index=quantity.index)
    expected = pd.Series(
        ["mass", "mass", "energy", "mass", "energy", "mass", "mass", "mass", "mass"],
        index=quantity.index,
    )
    result = normalise_quantities(quantity, unit, hours, expected)
    assert list(result.index) == list("abcdefghi")
    assert result["error"].tolist() == [
        "quantity 'x' is not a number",
        "unit 'furlong' is not recognised (use e.g. t/yr, MWh/yr, m3/yr)",
        "unit 't/yr' measures mass but this resource is measured in energy (MWh/yr)",
        "quantity -1 is negative",
        "unit 'MW' is a rate or a power: hours_per_year is needed",
        "hours_per_year 'lots' is not a number",
        "quantity 5 has no unit",
        "hours_per_year 9000 is outside 0-8784",
        "unit 't/h' is a rate or a power: hours_per_year is needed",
    ]
    assert result["quantity"].isna().all()
    assert result["unit"].isna().all()


def test_empty_quantities_and_services_need_no_unit():
    quantity = pd.Series(["", "4", ""])
    unit = pd.Series(["", "", "t/yr"])
    expected = pd.Series(["energy", "service", None])
    result = normalise_quantities(quantity, unit, None, expected)
    assert result["error"].isna().all()
    assert math.isnan(result["quantity"].iloc[0])
    assert result["unit"].tolist() == ["MWh/yr", "count/yr", "t/yr"]
    assert result["quantity"].iloc[1] == 4.0


def test_hours_are_ignored_when_not_needed():
    result = normalise_quantities(pd.Series(["5"]), pd.Series(["t/yr"]), pd.Series(["lots"]))
    assert result["error"].isna().all()
    assert result["quantity"].iloc[0] == 5.0


def test_every_family_has_one_canonical_unit():
    assert CANONICAL_UNITS == {
        "mass": "t/yr",
        "energy": "MWh/yr",
        "volume": "m3/yr",
        "service": "count/yr",
    }
    for unit in CANONICAL_UNITS.values():
        info = parse_unit(unit)
        assert info is not None and info.amount_factor == 1.0 and info.kind == "annual"
