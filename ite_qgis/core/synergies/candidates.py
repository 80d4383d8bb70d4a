"""Candidate synergies: which supply could meet which demand, within a transport-cost radius.

Two kinds of candidates:

* **declared**: a supply and a demand stated in the inventory whose codes are the same
  (``exact``) or linked by a catalogue compatibility rule (``compatible``);
* **inferred** (``inferred_sector``): a supply and a site that declared no matching demand but
  whose NACE sector is a likely receiver of that resource from that provider: the
  receiving-sector model (:mod:`~ite_qgis.core.reference.sector_model`) over the documented
  exchanges (knowledge base) and the catalogue's typical consumers gives each a calibrated
  ``kb_score``; they rank by it, then by distance.

:func:`find_synergies` runs the stages, one module each:

1. :mod:`.supplies_demands`: the sites and resources tables as supplies and demands;
2. :mod:`.pair_economics`: quantity, radius and money of a pair, per family;
3. :mod:`.pair_search`: k-d tree searches, one per (supply code, demand code) group, scaled to
   millions of records (Python loops run over code pairs, never over records);
4. :mod:`.lines`: ranking per supply and the rows of the result.

Distances are straight lines in a metric CRS times ``detour_factor`` (road or pipe routes are
longer than the crow flies; 1.3 is a common circuity figure for road networks).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from ..common.i18n import translate
from ..reference.defaults import DETOUR_FACTOR, FIXED_RADIUS_M, MAX_CANDIDATES, RADIUS_MODES
from ..reference.economics import HeatEconomics, MaterialEconomics
from ..reference.knowledge import KnowledgeBase
from ..reference.sector_model import ModelParameters, SectorModel, load_demand_sectors
from .errors import SynergyError, check_cancel
from .indicators import synergy_indicators
from .lines import Rows, assemble_lines
from .pair_economics import Settings, transport_model
from .pair_search import Labels, code_pairs, declared_group, inferred_groups
from .supplies_demands import Points, prepare_resources, prepare_sites


@dataclass
class SynergyResult:
    """Candidate synergies, indicators and log notes.

    ``table`` holds the attributes of the lines (text columns as pandas categoricals) and
    ``endpoints`` their coordinates, ``(n, 2, 2)``: supplier then receiver point, in ``crs`` (the
    metric CRS of the run). ``lines`` is the GeoDataFrame of line geometries, built on first use:
    millions of shapely lines take about 250 bytes each, more than all the attributes, so a
    caller that only needs the table or the coordinates never pays for them.
    """

    table: pd.DataFrame
    endpoints: np.ndarray
    crs: Any
    indicators: dict[str, float]
    notes: list[str] = field(default_factory=list)

    @cached_property
    def lines(self) -> gpd.GeoDataFrame:
        """The candidates as supplier -> receiver line features, in ``crs``."""
        geometry = shapely.linestrings(self.endpoints) if len(self.endpoints) else []
        columns = {name: self.table[name].array for name in self.table.columns}
        return gpd.GeoDataFrame(
            {**columns, "geometry": gpd.GeoSeries(geometry, crs=self.crs)},
            geometry="geometry",
            crs=self.crs,
            copy=False,
        )


def _progress(feedback, percent: float) -> None:
    if feedback is not None:
        feedback.setProgress(float(percent))


def find_synergies(
    sites: gpd.GeoDataFrame,
    resources: pd.DataFrame,
    catalogue,
    *,
    families: list[str] | tuple[str, ...] | None = None,
    radius_mode: str = "economic",
    fixed_radius_m: float = FIXED_RADIUS_M,
    detour_factor: float = DETOUR_FACTOR,
    max_candidates: int = MAX_CANDIDATES,
    include_inferred: bool = True,
    knowledge: KnowledgeBase | SectorModel | None = None,
    econ: MaterialEconomics | None = None,
    heat_econ: HeatEconomics | None = None,
    feedback=None,
) -> SynergyResult:
    """Candidate synergies between the supplies and demands of a territory.

    ``sites``: GeoDataFrame of points with ``site_id`` (and ``nace`` for inferred candidates),
    in any CRS with metres or in a geographic CRS (reprojected to a metric CRS, noted).
    ``resources``: the territory's resources table (quantities already normalised). ``catalogue``:
    a :class:`~ite_qgis.core.reference.catalogue.Catalogue`. ``families`` restricts to those
    families.
    ``max_candidates`` is the number of candidates kept per supply, ranked by score (``rank`` 1
    is the best; declared candidates rank before inferred ones, by net benefit; inferred ones
    by ``kb_score``, then distance). ``knowledge``: a knowledge base or a ready
    :class:`~ite_qgis.core.reference.sector_model.SectorModel` (:func:`sector_model`).
    ``feedback`` (optional) has ``setProgress(percent)`` and ``isCanceled()``; a cancel raises
    :class:`Cancelled`.
    See the module docstring for the method and the economics.
    """
    settings = _settings(
        radius_mode, fixed_radius_m, detour_factor, max_candidates, econ, heat_econ
    )
    notes: list[str] = []
    site_table, crs = prepare_sites(sites, notes)
    wanted = set(families) if families is not None else None
    supplies, demands = prepare_resources(resources, site_table, catalogue, wanted, notes)
    groups = code_pairs(
        supplies.code_names[np.unique(supplies.code)],
        demands.code_names[np.unique(demands.code)],
        catalogue,
    )
    _progress(feedback, 0.0)
    rows = Rows(_row_bound(supplies, groups, settings, include_inferred))
    labels = Labels()
    steps = len(groups) + (1 if include_inferred else 0)
    _search_declared(groups, supplies, demands, catalogue, settings, labels, rows, steps, feedback)
    _note_unmodelled(supplies, catalogue, settings, notes)
    if include_inferred:
        model = sector_model(knowledge, catalogue)
        declared = _declared_pairs(rows, len(site_table), len(supplies.row), settings)
        for part in inferred_groups(
            supplies, site_table, model, catalogue, settings, declared, labels, feedback
        ):
            rows.add(part)
        del declared, model  # freed before the rows are assembled
    _progress(feedback, 100.0)

    table, endpoints = assemble_lines(
        rows.arrays(release=True), supplies, demands, site_table, settings, labels
    )
    indicators = synergy_indicators(table, catalogue)
    _note_search_cut(table, settings.max_candidates, notes)
    notes.append(
        translate("synergy", "{count} candidate synergies for {supplies} supplies.").format(
            count=len(table), supplies=indicators["n_supplies_matched"]
        )
    )
    return SynergyResult(table, endpoints, crs, indicators, notes)


def _note_search_cut(table: pd.DataFrame, max_candidates: int, notes: list[str]) -> None:
    """Say when the headline totals may change with ``max_candidates``: a supply that kept as
    many declared candidates as allowed may have a better one among the demands not kept."""
    if table.empty:
        return
    declared = table["match_kind"].isin(["exact", "compatible"]).to_numpy()
    supply = table["supply_id"].cat.codes.to_numpy()  # a categorical (lines.assemble_lines)
    counts = np.bincount(supply[declared & (supply >= 0)])
    cut = int((counts >= max_candidates).sum())
    if cut:
        notes.append(
            translate(
                "synergy",
                "{count} supplies kept {k} declared candidates, the most allowed: the totals "
                "count the best of those, and a larger number of candidates per supply may "
                "find a better partner and change them. ite:allocatesynergies gives totals "
                "that hold together."
            ).format(count=cut, k=max_candidates)
        )


def sector_model(knowledge: KnowledgeBase | SectorModel | None, catalogue) -> SectorModel:
    """The receiving-sector model of a run: ``knowledge`` itself when it is one, else the model
    over ``knowledge`` (the shipped knowledge base by default) with the shipped fitted
    parameters and the catalogue's typical consuming sectors."""
    if isinstance(knowledge, SectorModel):
        return knowledge
    return SectorModel(
        knowledge if knowledge is not None else KnowledgeBase.load(),
        ModelParameters.load(),
        load_demand_sectors(),
        catalogue,
    )


def _settings(
    radius_mode: str,
    fixed_radius_m: float,
    detour_factor: float,
    max_candidates: int,
    econ: MaterialEconomics | None,
    heat_econ: HeatEconomics | None,
) -> Settings:
    """The run's settings, checked (:class:`SynergyError` says what is wrong)."""
    if radius_mode not in RADIUS_MODES:
        raise SynergyError(
            translate(
                "synergy", "Unknown radius mode '{mode}'; use economic, fixed or min."
            ).format(mode=radius_mode)
        )
    if not (fixed_radius_m > 0 and detour_factor >= 1 and max_candidates >= 1):
        raise SynergyError(
            translate(
                "synergy",
                "The fixed radius must be positive, the detour factor at least "
                "1 and the number of candidates at least 1."
            )
        )
    return Settings(
        radius_mode,
        float(fixed_radius_m),
        float(detour_factor),
        int(max_candidates),
        econ or MaterialEconomics(),
        heat_econ or HeatEconomics(),
    )


def _row_bound(
    supplies: Points, groups: pd.DataFrame, settings: Settings, include_inferred: bool
) -> int:
    """Upper bound of the rows: k per supply and declared group, k + 1 per inferred supply."""
    per_code = np.bincount(supplies.code, minlength=len(supplies.code_names))
    position = {code: i for i, code in enumerate(supplies.code_names)}
    bound = sum(int(per_code[position[code]]) for code in groups["supply_code"])
    bound = bound * settings.max_candidates
    bound += len(supplies.code) * (settings.max_candidates + 1) if include_inferred else 0
    return bound


def _search_declared(
    groups: pd.DataFrame,
    supplies: Points,
    demands: Points,
    catalogue,
    settings: Settings,
    labels: Labels,
    rows: Rows,
    steps: int,
    feedback,
) -> None:
    """Declared candidates of every (supply code, demand code) group, added to ``rows``."""
    trees: dict = {}
    for i, group in enumerate(groups.itertuples(index=False)):
        check_cancel(feedback)
        part = declared_group(group, supplies, demands, trees, catalogue, settings, labels)
        if part is not None:
            rows.add(part)
        _progress(feedback, 100.0 * (i + 1) / max(steps, 1))


def _declared_pairs(
    rows: Rows, n_sites: int, n_supplies: int, settings: Settings
) -> tuple[np.ndarray, np.ndarray]:
    """(sorted unique (supply, receiver site) keys of the declared candidates: an inferred
    candidate never repeats one; how many inferred candidates each supply can still rank:
    ``max_candidates`` less its declared candidates, at least 0)."""
    declared = rows.arrays()
    if not declared:
        return np.zeros(0, dtype=np.int64), np.full(n_supplies, settings.max_candidates)
    supply = declared["supply"]
    keys = np.unique(supply.astype(np.int64) * n_sites + declared["receiver_site"])
    counts = np.bincount(supply, minlength=n_supplies)
    return keys, np.maximum(settings.max_candidates - counts, 0)


def _note_unmodelled(supplies: Points, catalogue, settings: Settings, notes: list[str]) -> None:
    unmodelled = sorted(
        code
        for code in supplies.code_names[np.unique(supplies.code)]
        if transport_model(code, catalogue.family(code), catalogue, settings.econ).kind == "fixed"
    )
    if unmodelled:
        notes.append(
            translate(
                "synergy",
                "No transport cost model for {codes}: the fixed radius of {radius} m is used and "
                "transport is counted as 0."
            ).format(codes=", ".join(unmodelled), radius=round(settings.fixed_radius_m))
        )
