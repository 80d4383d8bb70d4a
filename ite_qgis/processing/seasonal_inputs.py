"""The seasonal-matching parameters that ite:wasteheatdh and ite:dhnetwork share (CLIMATE,
HOT_WATER_SHARE, DEMAND_PROFILE, SUPPLY_PROFILE) and reading them into core profiles.

Each algorithm writes its own help for them (what the demand is differs: DH areas or sinks).
"""

from __future__ import annotations

from qgis.core import (
    QgsProcessingException,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFile,
    QgsProcessingParameterNumber,
)

from .. import assets
from ..core.common.i18n import is_french, language, translate
from ..core.reference import defaults
from .base import advanced

CLIMATE = "CLIMATE"
HOT_WATER_SHARE = "HOT_WATER_SHARE"
DEMAND_PROFILE = "DEMAND_PROFILE"
SUPPLY_PROFILE = "SUPPLY_PROFILE"


def add_seasonal_parameters(algorithm) -> None:
    """Add the climate (by default the plugin's reference climate), the hot-water share and
    the two optional profile CSVs (advanced) to ``algorithm``."""
    french = is_french(language())
    climates = assets.heat_profile_climates()
    keys = [key for key, _name, _name_fr in climates]
    algorithm.addParameter(QgsProcessingParameterEnum(
        CLIMATE, translate("seasonal", "Climate of the demand (heating degree days)"),
        [name_fr if french else name for _key, name, name_fr in climates],
        defaultValue=keys.index(defaults.SEASONAL_CLIMATE)))
    algorithm.addParameter(advanced(QgsProcessingParameterNumber(
        HOT_WATER_SHARE, translate("seasonal", "Hot-water share of the demand"),
        QgsProcessingParameterNumber.Type.Double, defaults.HOT_WATER_SHARE, minValue=0.0,
        maxValue=1.0)))
    for name, label in (
        (DEMAND_PROFILE, translate("seasonal", "Demand profile (optional CSV, 12 or 8760 "
                                               "values)")),
        (SUPPLY_PROFILE, translate("seasonal", "Supply profile (optional CSV, 12 or 8760 "
                                               "values)")),
    ):
        algorithm.addParameter(advanced(QgsProcessingParameterFile(
            name, label, extension="csv", optional=True)))


def seasonal_profiles(algorithm, parameters, context, feedback):
    """``(demand profile, supply profile or None)`` from the seasonal parameters; the demand
    profile's origin is logged. A bad CSV raises a translated QgsProcessingException."""
    from ..core.heat.seasonal import degree_day_profile, read_profile_csv

    climates = assets.heat_profile_climates()
    key = climates[algorithm.parameterAsEnum(parameters, CLIMATE, context)][0]
    try:
        demand_path = algorithm.parameterAsFile(parameters, DEMAND_PROFILE, context)
        supply_path = algorithm.parameterAsFile(parameters, SUPPLY_PROFILE, context)
        demand = (read_profile_csv(demand_path) if demand_path else degree_day_profile(
            key, algorithm.parameterAsDouble(parameters, HOT_WATER_SHARE, context)))
        supply = read_profile_csv(supply_path) if supply_path else None
    except ValueError as error:
        raise QgsProcessingException(str(error)) from None
    if demand_path:
        feedback.pushInfo(translate(
            "seasonal", "Demand profile: {path} ({n} periods).").format(
            path=demand_path, n=demand.periods))
    else:
        feedback.pushInfo(translate(
            "seasonal", "Demand profile: heating degree days of {climate}, hot water "
                        "flat.").format(climate=key))
    return demand, supply
