"""The interface languages are declared once; a run's language is chosen once, for its thread."""

import threading

from ite_qgis.core.common import i18n


def test_the_plugin_speaks_english_and_french():
    assert i18n.LANGUAGES == ("en", "fr")
    assert i18n.LANGUAGE_NAMES["fr"] == "Français"


def test_locale_names_map_to_a_language_the_plugin_speaks():
    assert i18n.language_of("fr_FR") == "fr"
    assert i18n.language_of("FR") == "fr"
    assert i18n.language_of("fr_BE.UTF-8") == "fr"
    assert i18n.language_of("de_DE") == "en"  # not shipped: English
    assert i18n.language_of("") == "en" and i18n.language_of(None) == "en"
    assert i18n.is_french("fr_CA") and not i18n.is_french("en_GB")


def test_a_run_speaks_its_language_inside_the_override_only():
    french = {("ite", "Sites"): "Sites industriels"}
    assert i18n.language() == "en"
    with i18n.override(lambda context, text: french.get((context, text), text), "fr_FR"):
        assert i18n.language() == "fr"
        assert i18n.translate("ite", "Sites") == "Sites industriels"
        with i18n.override(i18n.translate):  # "as now": same translator, same language
            assert i18n.language() == "fr"
            assert i18n.translate("ite", "Sites") == "Sites industriels"
    assert i18n.language() == "en"
    assert i18n.translate("ite", "Sites") == "Sites"


def test_the_override_stays_in_its_thread():
    seen = []
    with i18n.override(lambda context, text: text.upper(), "fr"):
        worker = threading.Thread(
            target=lambda: seen.append((i18n.language(), i18n.translate("ite", "Sites")))
        )
        worker.start()
        worker.join()
    assert seen == [("en", "Sites")]
