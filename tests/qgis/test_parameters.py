"""Every parameter of every algorithm: a help text, translated, and the core's defaults."""

from __future__ import annotations

import inspect

import pytest
from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QCoreApplication, QTranslator


def _algorithms():
    provider = QgsApplication.processingRegistry().providerById("ite")
    assert provider is not None
    algorithms = provider.algorithms()
    assert len(algorithms) == 19
    return algorithms


def test_every_parameter_has_a_help_text(plugin):
    missing = [
        f"{algorithm.id()} {parameter.name()}"
        for algorithm in _algorithms()
        for parameter in algorithm.parameterDefinitions()
        if not parameter.help().strip()
    ]
    assert missing == []


@pytest.fixture
def french(plugin):
    """The plugin's French messages, installed the way the plugin installs its translator."""
    from ite_qgis import assets

    translator = QTranslator()
    assert translator.load(str(assets.qm_path("fr")))
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


def test_every_help_text_is_translated_into_french(plugin, french):
    untranslated = []
    for algorithm in _algorithms():
        english = {p.name(): p.help() for p in algorithm.parameterDefinitions()}
        fresh = algorithm.create()  # builds its parameters again, now in French
        for parameter in fresh.parameterDefinitions():
            if parameter.help() == english[parameter.name()]:
                untranslated.append(f"{algorithm.id()} {parameter.name()}: {parameter.help()}")
    assert untranslated == []


def _default(algorithm_id: str, name: str):
    algorithm = QgsApplication.processingRegistry().algorithmById(algorithm_id)
    return algorithm.parameterDefinition(name).defaultValue()


def _core_default(function, argument: str):
    return inspect.signature(function).parameters[argument].default


def test_parameter_defaults_are_the_cores(plugin):
    from ite_qgis.core.flows.flowlines import build_flow_map as flow_map
    from ite_qgis.core.heat.dh_areas import dh_potential_areas
    from ite_qgis.core.heat.heat_density import heat_density_grid
    from ite_qgis.core.heat.network.options import NetworkOptions
    from ite_qgis.core.heat.waste_heat import waste_heat_links
    from ite_qgis.core.publishing.public import protect_tables
    from ite_qgis.core.reference.economics import HeatEconomics, MaterialEconomics
    from ite_qgis.core.synergies import find_synergies
    from ite_qgis.core.synergies.pooling import pooling_opportunities

    material, heat, network = MaterialEconomics(), HeatEconomics(), NetworkOptions()
    expected = {
        ("ite:findsynergies", "FIXED_RADIUS_KM"): _core_default(find_synergies, "fixed_radius_m")
        / 1000.0,
        ("ite:findsynergies", "DETOUR_FACTOR"): _core_default(find_synergies, "detour_factor"),
        ("ite:findsynergies", "MAX_CANDIDATES"): _core_default(find_synergies, "max_candidates"),
        ("ite:findsynergies", "COST_EUR_TKM"): material.cost_eur_per_tkm,
        ("ite:findsynergies", "EMPTY_RETURN"): material.empty_return,
        ("ite:findsynergies", "LANDFILL_EUR_T"): material.landfill_eur_t,
        ("ite:findsynergies", "LANDFILL_TAX_EUR_T"): material.landfill_tax_eur_t,
        ("ite:findsynergies", "MAX_RADIUS_KM"): material.max_radius_m / 1000.0,
        ("ite:findsynergies", "HEAT_CEILING_EUR_MWH"): heat.ceiling_eur_mwh,
        ("ite:findsynergies", "RATE"): heat.rate,
        ("ite:findsynergies", "YEARS"): heat.years,
        ("ite:poolingopportunities", "RADIUS_KM"): _core_default(pooling_opportunities, "radius_m")
        / 1000.0,
        ("ite:poolingopportunities", "PAYLOAD_T"): _core_default(
            pooling_opportunities, "payload_t"
        ),
        ("ite:heatdensitygrid", "CELL_SIZE"): _core_default(heat_density_grid, "cell_m"),
        ("ite:dhpotentialareas", "PIXEL_THRESHOLD"): _core_default(
            dh_potential_areas, "pixel_threshold"
        ),
        ("ite:dhpotentialareas", "AREA_THRESHOLD"): _core_default(
            dh_potential_areas, "area_threshold_gwh"
        ),
        ("ite:dhpotentialareas", "MWH_PER_DWELLING"): _core_default(
            dh_potential_areas, "mwh_per_dwelling"
        ),
        ("ite:dhpotentialareas", "CLOSING_ITERATIONS"): _core_default(
            dh_potential_areas, "closing_iterations"
        ),
        ("ite:wasteheatdh", "NETWORK_TEMPERATURE"): _core_default(
            waste_heat_links, "network_temperature_c"
        ),
        ("ite:wasteheatdh", "DETOUR_FACTOR"): _core_default(waste_heat_links, "detour_factor"),
        ("ite:wasteheatdh", "RATE_PCT"): heat.rate * 100.0,
        ("ite:wasteheatdh", "YEARS"): heat.years,
        ("ite:wasteheatdh", "OM_PCT"): heat.om_share * 100.0,
        ("ite:wasteheatdh", "CEILING_EUR_MWH"): heat.ceiling_eur_mwh,
        ("ite:wasteheatdh", "MWH_PER_DWELLING"): heat.mwh_per_dwelling,
        ("ite:dhnetwork", "CEILING_EUR_MWH"): network.ceiling_eur_mwh,
        ("ite:dhnetwork", "SUPPLY_TEMPERATURE"): network.supply_c,
        ("ite:dhnetwork", "RETURN_TEMPERATURE"): network.return_c,
        ("ite:dhnetwork", "MAX_PRESSURE_LOSS"): network.max_pa_m,
        ("ite:dhnetwork", "MAX_VELOCITY"): network.max_velocity_m_s,
        ("ite:dhnetwork", "GAP_TOLERANCE"): network.gap_tolerance_m,
        ("ite:dhnetwork", "MAX_SERVICE_LENGTH"): network.max_service_m,
        ("ite:dhnetwork", "DEFAULT_FULL_LOAD_HOURS"): network.default_full_load_hours,
        ("ite:dhnetwork", "RATE_PCT"): heat.rate * 100.0,
        ("ite:dhnetwork", "YEARS"): heat.years,
        ("ite:dhnetwork", "OM_PCT"): heat.om_share * 100.0,
        ("ite:flowmap", "BEND"): _core_default(flow_map, "bend"),
        ("ite:flowmap", "VERTICES"): _core_default(flow_map, "vertices"),
        ("ite:flowmap", "MAX_WIDTH_MM"): _core_default(flow_map, "max_width_mm"),
        ("ite:flowmap", "MIN_WIDTH_MM"): _core_default(flow_map, "min_width_mm"),
        ("ite:exporttables", "DISPLACEMENT_M"): _core_default(protect_tables, "radius_m"),
        ("ite:report", "DISPLACEMENT_M"): _core_default(protect_tables, "radius_m"),
        ("ite:exportsynergymap", "RADIUS_M"): _core_default(protect_tables, "radius_m"),
    }
    found = {key: _default(*key) for key in expected}
    assert found == pytest.approx(expected)


def test_radius_mode_choices_follow_the_core(plugin):
    from ite_qgis.core.synergies import RADIUS_MODES

    parameter = QgsApplication.processingRegistry().algorithmById(
        "ite:findsynergies"
    ).parameterDefinition("RADIUS_MODE")
    assert len(parameter.options()) == len(RADIUS_MODES)
    assert RADIUS_MODES[parameter.defaultValue()] == "economic"
