"""Choices of a network run (plain Python: the Processing algorithm reads its defaults from
here without loading numpy, shapely or geopandas)."""

from __future__ import annotations

from dataclasses import dataclass, field

from ...reference import defaults
from ...reference.defaults import HeatEconomics

FORCED, ECONOMIC = "forced", "economic"
CONNECTED, TOO_FAR = "connected", "too_far_from_street"
NO_PATH, UNECONOMIC = "no_street_path", "uneconomic"


@dataclass
class NetworkOptions:
    """Choices of a run; every default is a choice of this plugin unless a source is named."""

    mode: str = FORCED
    # Street lines ending this close to another street are joined to it (digitising gaps).
    gap_tolerance_m: float = 2.0
    # A sink or source farther than this from every street is not connected.
    max_service_m: float = 100.0
    # Supply and return temperatures of the design (°C): the plugin's 90 °C supply
    # (defaults.NETWORK_TEMPERATURE_C) and a 60 °C return, usual in existing networks.
    supply_c: float = defaults.NETWORK_TEMPERATURE_C
    return_c: float = 60.0
    # Sizing limits: 150 Pa/m (distribution networks are usually designed at 100-200 Pa/m) and
    # 3 m/s.
    max_pa_m: float = 150.0
    max_velocity_m_s: float = 3.0
    use_simultaneity: bool = True
    # Full-load hours of a sink given by its yearly demand only (usual 1,500-2,500 h of
    # residential heat with hot water).
    default_full_load_hours: float = 2000.0
    # Economic mode: highest levelised cost of a sink's own pipes, EUR per MWh it takes.
    ceiling_eur_mwh: float = 20.0
    cost_area: str = "outer_city"
    economics: HeatEconomics = field(default_factory=HeatEconomics)
    # Key paths tried by the improvement step (steiner.IMPROVE_TRIES).
    improve_tries: int = 5000


