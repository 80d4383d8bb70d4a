"""Synergies between sites: who could take whose output, and which set of exchanges to pursue.

The candidate synergies inside transport-cost radii, found in stages, one module each:
``supplies_demands`` (the input tables as supplies and demands), ``pair_economics`` (quantity,
radius and money of a pair), ``pair_search`` (k-d tree searches per code pair and inferred
receivers), ``lines`` (ranking and the rows of the result), run by ``candidates``
(:func:`find_synergies`); ``errors`` holds how a search stops early. Then the allocation that
maximises the net benefit under the quantities (``allocation``), pooling of the same waste or
need (``pooling``) and the headline indicators of a set of synergy lines (``indicators``).

The public names of the synergy search are importable from here
(``from ite_qgis.core.synergies import find_synergies``). They are loaded on first use, so that
importing the package does not import numpy or pandas (see ``ite_qgis.core``).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

# Public name -> module of this package that defines it.
_PUBLIC = {
    "find_synergies": "candidates",
    "SynergyResult": "candidates",
    "SynergyError": "errors",
    "Cancelled": "errors",
    "RADIUS_MODES": "candidates",  # its home: ite_qgis.core.reference.defaults
    "DEFAULT_HOURS_PER_YEAR": "pair_economics",
    "MATCH_KINDS": "pair_search",
    "CONDITION_OVERSAMPLE": "pair_search",
    "LINE_COLUMNS": "lines",
    "MIN_DIVISION_SCORE": "pair_search",
}
__all__ = [
    "CONDITION_OVERSAMPLE",
    "Cancelled",
    "DEFAULT_HOURS_PER_YEAR",
    "LINE_COLUMNS",
    "MATCH_KINDS",
    "MIN_DIVISION_SCORE",
    "RADIUS_MODES",
    "SynergyError",
    "SynergyResult",
    "find_synergies",
]

if TYPE_CHECKING:
    from .candidates import RADIUS_MODES, SynergyResult, find_synergies
    from .errors import Cancelled, SynergyError
    from .lines import LINE_COLUMNS
    from .pair_economics import DEFAULT_HOURS_PER_YEAR
    from .pair_search import CONDITION_OVERSAMPLE, MATCH_KINDS, MIN_DIVISION_SCORE


def __getattr__(name: str) -> Any:
    module = _PUBLIC.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value  # later look-ups skip this function
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_PUBLIC))
