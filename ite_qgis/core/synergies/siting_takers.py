"""The siting potential the other way round: for the supplies that find no taker, which sectors
documentably use each resource and where, on the grid, a plant taking it would be best placed.

A supply finds no taker when the allocation of ite:allocatesynergies left some of it
(``residual`` > 0, what is left counts), or, without an allocation, when
:func:`~ite_qgis.core.synergies.find_synergies` gives it no declared candidate within its radius
(declared demands only: a knowledge-based candidate is a lead, not a taker). Each resource code
of those supplies is then a need of its own, of no fixed quantity and without purchase price
(the knowledge-based economics of ite:findsynergies): a plant taking that resource, alone. The
receiving sectors are those of the knowledge base for the resource and its providers' sectors,
the query ite:findsynergies uses for its knowledge-based candidates.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from ..common.i18n import translate
from ..reference.defaults import DETOUR_FACTOR, FIXED_RADIUS_M, MAX_CANDIDATES, SITING_CELL_M
from ..reference.nace import label as nace_label
from ..reference.nace import nace_parts
from ..validation.findings import InputError
from .siting import SitingResult, _benefits, _details, _prepare, _Run, _settings
from .siting_engine import build_groups
from .siting_needs import NEED_COLUMNS

# Receiving sectors named per resource, most documented exchanges first.
SECTORS_NAMED = 5


def supplies_with_taker(sites, resources, catalogue, residual, settings) -> pd.Index | None:
    """resource_ids of the supplies that have a declared candidate within their radius; None
    when an allocation is given (then what it left is what finds no taker)."""
    from .candidates import find_synergies

    if residual is not None or "residual" in resources.columns:
        return None
    found = find_synergies(
        sites, resources, catalogue, include_inferred=False, max_candidates=1,
        radius_mode=settings.radius_mode, fixed_radius_m=settings.fixed_radius_m,
        detour_factor=settings.detour_factor, econ=settings.econ,
        heat_econ=settings.heat_econ)
    return pd.Index(found.table["supply_id"].astype(str).unique())


def takers_potential(sites, resources, catalogue, *, cell_m: float = SITING_CELL_M,
                     residual: pd.DataFrame | None = None, knowledge=None,
                     detour_factor: float = DETOUR_FACTOR,
                     max_candidates: int = MAX_CANDIDATES, econ=None, heat_econ=None,
                     radius_mode: str = "economic", fixed_radius_m: float = FIXED_RADIUS_M,
                     feedback=None) -> SitingResult:
    """For each resource of the supplies without a taker: the best cell of a ``cell_m`` grid
    for a plant taking it, and the sectors that documentably use it. ``ranked``: one row per
    resource, best first; ``raster``: per cell, the best net benefit of any such plant;
    ``lines``: from each resource's best cell to the supplies it would take."""
    from ..reference.knowledge import KnowledgeBase

    settings = _settings(detour_factor, max_candidates, econ, heat_econ, radius_mode,
                         fixed_radius_m)
    notes: list[str] = []
    taken_ids = supplies_with_taker(sites, resources, catalogue, residual, settings)
    if taken_ids is not None:
        resources = resources.copy()
        supply = resources["direction"].astype(str).str.strip().str.lower() == "supply"
        has_taker = resources["resource_id"].astype(str).str.strip().isin(taken_ids)
        resources = resources[~(supply & has_taker).to_numpy()]
        notes.append(translate(
            "siting", "{count} supplies have a declared taker within their radius and are left "
                      "out.").format(count=int((supply & has_taker).sum())))
    site_table, supplies, places, crs = _prepare(sites, resources, catalogue, None, None,
                                                 cell_m, residual, notes)
    knowledge = knowledge if knowledge is not None else KnowledgeBase.load()
    codes = supplies.code_names[np.unique(supplies.code)]
    needs = pd.DataFrame({"need": codes, "code": codes, "quantity": np.inf,
                          "unit": "", "price": 0.0, "temperature_c": np.nan, "hours": np.nan})

    def pairs_of_need(i: int):
        rules = pd.DataFrame({"supply_code": [codes[i]], "conversion": [1.0],
                              "condition": ["none"], "demand_code": [""]})
        return rules, None

    groups = build_groups(needs[NEED_COLUMNS], supplies, pairs_of_need, catalogue, settings)
    run = _Run(site_table, supplies, needs[NEED_COLUMNS], groups, places, settings, notes)
    benefit = _benefits(run, feedback)
    best_place = benefit.argmax(axis=0)
    best = benefit[best_place, np.arange(len(codes))]
    order = np.argsort(-best, kind="stable")
    order = order[best[order] > 0]
    if not len(order):
        raise InputError(translate(
            "siting", "No supply without a taker pays its transport to any cell of the grid: "
                      "nothing to place."))
    ranked, lines = _details(run, best_place[order], best[order], best_only=False,
                             need_of_place=order)
    ranked = _with_sectors(ranked, order, run, knowledge, catalogue)
    x_min, y_max, cell, rows, columns = places.grid
    raster = benefit.max(axis=1).reshape(rows, columns).astype(np.float32)
    return SitingResult(places, benefit.max(axis=1), ranked, lines, crs, raster,
                        (x_min, y_max, cell), notes)


def _with_sectors(ranked, order: np.ndarray, run: _Run, knowledge, catalogue):
    """The ranked best places with, for each resource, its supplies, the quantity left and the
    sectors that documentably receive it."""
    supplies = run.supplies
    codes = run.needs["code"].to_numpy()[order]
    code = supplies.code_names[supplies.code]
    division = nace_parts(run.site_table["nace"].astype(object))["division"].to_numpy()
    pairs = pd.DataFrame({"resource": code, "provider_division": division[supplies.site]})
    receivers = knowledge.receiver_table(pairs, top=SECTORS_NAMED)
    per_code = pd.DataFrame({"code": code, "quantity": supplies.quantity,
                             "unit": supplies.unit_names[supplies.unit]})
    grouped = per_code.groupby("code")
    sectors = {}
    for resource, found in receivers.groupby("resource"):
        counts = found.groupby("receiver_nace")["count"].sum().sort_values(ascending=False)
        sectors[resource] = ", ".join(
            f"{nace} {nace_label(nace) or ''} ({count})".replace("  ", " ")
            for nace, count in counts.head(SECTORS_NAMED).items())
    none = translate("siting", "none documented")
    ranked.insert(1, "resource", codes)
    ranked.insert(2, "label", [catalogue.label(c) or "" for c in codes])
    ranked.insert(3, "supplies_left", grouped.size().reindex(codes).to_numpy())
    ranked.insert(4, "quantity_left", grouped["quantity"].sum().reindex(codes).to_numpy())
    ranked.insert(5, "unit", grouped["unit"].first().reindex(codes).to_numpy())
    ranked.insert(6, "receiving_sectors", [sectors.get(c, none) for c in codes])
    return ranked.drop(columns=["share_met", "needs_met"])
