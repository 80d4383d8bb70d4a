"""Numbers follow the language of the run."""

from ite_qgis.core.common import i18n
from ite_qgis.core.common.numbers import number


def test_english_by_default():
    assert number(1234567.891, 1) == "1,234,567.9"
    assert number(-12) == "-12"
    assert number(None) == "" and number(float("nan")) == ""


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
