"""Numbers follow the language of the run."""

import math

from ite_qgis.core.common import i18n
from ite_qgis.core.common.numbers import MISSING, finite_sum, number


def test_english_by_default():
    assert number(1234567.891, 1) == "1,234,567.9"
    assert number(-12) == "-12"


def test_no_value_and_non_finite_values_are_a_dash():
    for value in (None, float("nan"), float("inf"), -math.inf, "text", ""):
        assert number(value, 1) == MISSING == "\u2013"


def test_a_figure_beyond_any_quantity_is_a_power_of_ten():
    assert number(1e308) == "1e+308"
    assert number(-2.5e20, 1) == "-2.5e+20"
    assert number(1e14) == "100,000,000,000,000"


def test_a_sum_leaves_out_non_finite_values_and_says_when_it_overflows():
    assert finite_sum([1.0, float("nan"), 2.0, float("inf"), -math.inf]) == 3.0
    assert finite_sum([]) == 0.0
    assert finite_sum([1e308, 1e308]) is None


def test_french_inside_an_override():
    french = {("numbers", "1,234.5"): "1\u202f234,5"}
    with i18n.override(lambda context, text: french.get((context, text), text)):
        assert number(1234567.891, 1) == "1\u202f234\u202f567,9"
    assert number(1234.5, 1) == "1,234.5"


def test_a_broken_translation_falls_back_to_english():
    with i18n.override(lambda context, text: "oops"):
        assert number(1234.5, 1) == "1,234.5"


def test_an_override_with_translate_itself_keeps_the_current_language():
    french = {("numbers", "1,234.5"): "1\u202f234,5"}
    with i18n.override(lambda context, text: french.get((context, text), text)):
        with i18n.override(i18n.translate):
            assert number(1234.5, 1) == "1\u202f234,5"
