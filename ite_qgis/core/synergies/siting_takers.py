"""The siting potential the other way round: for the supplies that find no taker, which sectors
documentably use each resource and where, on the grid, a plant taking it would be best placed.

A supply finds no taker when the allocation of ite:allocatesynergies left some of it
(``residual`` > 0, what is left counts), or, without an allocation, when
:func:`~ite_qgis.core.synergies.find_synergies` gives it no declared candidate within its radius
(declared demands only: a knowledge-based candidate is a lead, not a taker). Each resource code
of those supplies is then a need of its own, of no fixed quantity and without purchase price
(the knowledge-based economics of ite:findsynergies): a plant taking that resource, alone.

The receiving sectors of a resource are those the receiving-sector model of ite:findsynergies
(:class:`~ite_qgis.core.reference.sector_model.SectorModel`, built by
:func:`~ite_qgis.core.synergies.candidates.sector_model`) scores as likely receivers
(:func:`~ite_qgis.core.synergies.pair_search.likely_receivers`, the thresholds of its inferred
candidates), among the sectors the model knows (``units``: the classes, groups and divisions
that documented exchanges or the catalogue's typical consumers name as receivers). Each
distinct (code, provider division) is scored once; a sector's score for the code is the mean of
its scores over the code's supplies weighted by their quantities, the calibrated probability
that the sector receives a tonne (MWh...) of the code left without a taker; the thresholds
apply to that mean. A division or group is listed when the evidence names a receiver at that
precision only; its score covers all its classes, so it may come before a class of its own.

The net benefit of a resource's best cell is that of a plant of any sector taking it, not
weighted by a score: the plant's sector is not chosen, and the scores of the sectors, each a
probability that one sector receives the resource, do not add up to the probability that some
plant takes it.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from ..common.i18n import language, translate
from ..common.numbers import number
from ..reference.defaults import DETOUR_FACTOR, FIXED_RADIUS_M, MAX_CANDIDATES, SITING_CELL_M
from ..reference.nace import label as nace_label
from ..reference.nace import nace_parts
from ..validation.findings import InputError
from .pair_search import likely_receivers
from .siting import SitingResult, _benefits, _details, _prepare, _Run, _settings
from .siting_engine import build_groups
from .siting_needs import NEED_COLUMNS

# Receiving sectors named per resource, best calibrated score first.
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
    from .candidates import sector_model

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
    ranked = _with_sectors(ranked, order, run, sector_model(knowledge, catalogue), catalogue)
    x_min, y_max, cell, rows, columns = places.grid
    raster = benefit.max(axis=1).reshape(rows, columns).astype(np.float32)
    return SitingResult(places, benefit.max(axis=1), ranked, lines, crs, raster,
                        (x_min, y_max, cell), notes)


def _with_sectors(ranked, order: np.ndarray, run: _Run, model, catalogue):
    """The ranked best places with, for each resource, its supplies, the quantity left, the
    sectors that documentably receive it (:func:`receiving_sectors`) and the score of the
    first."""
    supplies = run.supplies
    codes = run.needs["code"].to_numpy()[order]
    code = supplies.code_names[supplies.code]
    division = nace_parts(run.site_table["nace"].astype(object))["division"].to_numpy()
    found = receiving_sectors(model, code, division[supplies.site], supplies.quantity)
    lang = language()
    found["text"] = [
        f"{nace} {nace_label(nace, lang) or ''} ({number(score, 2)})".replace("  ", " ")
        for nace, score in zip(found["nace"], found["kb_score"], strict=True)
    ]
    by_code = found.groupby("code", sort=False)
    sectors = by_code["text"].agg(", ".join)
    none = translate("siting", "none documented")
    per_code = pd.DataFrame({"code": code, "quantity": supplies.quantity,
                             "unit": supplies.unit_names[supplies.unit]})
    grouped = per_code.groupby("code")
    ranked.insert(1, "resource", codes)
    ranked.insert(2, "label", [catalogue.label(c) or "" for c in codes])
    ranked.insert(3, "supplies_left", grouped.size().reindex(codes).to_numpy())
    ranked.insert(4, "quantity_left", grouped["quantity"].sum().reindex(codes).to_numpy())
    ranked.insert(5, "unit", grouped["unit"].first().reindex(codes).to_numpy())
    ranked.insert(6, "receiving_sectors", sectors.reindex(codes).fillna(none).to_numpy())
    ranked.insert(7, "kb_score", by_code["kb_score"].first().reindex(codes).to_numpy())
    return ranked.drop(columns=["share_met", "needs_met"])


def receiving_sectors(model, codes: np.ndarray, divisions: np.ndarray,
                      quantities: np.ndarray, top: int = SECTORS_NAMED) -> pd.DataFrame:
    """The ``top`` receiving sectors of each resource code of the supplies (``codes``, provider
    ``divisions``, ``quantities``), by the receiving-sector ``model``: see the module docstring.

    Long table ``code``, ``nace`` (class, group or division), ``division_score`` and
    ``kb_score`` (quantity-weighted means over the code's supplies), best ``kb_score`` first
    within each code (ties by NACE code); a code no sector is likely to receive has no row."""
    pairs = pd.MultiIndex.from_arrays([pd.Index(codes, dtype=object),
                                       pd.Index(divisions, dtype=object)])
    query, distinct = pairs.factorize()
    code_of, code_names = pd.factorize(distinct.get_level_values(0))
    units = model.units.frame
    columns = ["code", "nace", "division_score", "kb_score"]
    if len(distinct) == 0:
        return pd.DataFrame({c: pd.Series(dtype=object) for c in columns})
    division_score, kb_score = model.score_matrix(  # (pairs, units)
        distinct.get_level_values(0).to_numpy(), distinct.get_level_values(1).to_numpy(), units)
    # Quantity share of each (code, provider division) within its code.
    weight = np.bincount(query, weights=quantities, minlength=len(distinct))
    weight = weight / np.bincount(code_of, weights=weight)[code_of]
    share = np.zeros((len(code_names), len(distinct)))
    share[code_of, np.arange(len(distinct))] = weight
    mean = pd.DataFrame({"division_score": (share @ division_score).ravel(),
                         "kb_score": (share @ kb_score).ravel()})
    nace = units["nace_class"].where(units["nace_class"] != "", units["group"])
    nace = nace.where(nace != "", units["division"]).to_numpy(dtype=object)
    mean["code"] = np.repeat(np.asarray(code_names, dtype=object), len(units))
    mean["nace"] = np.tile(nace, len(code_names))
    kept = mean[likely_receivers(mean)].sort_values(
        ["code", "kb_score", "nace"], ascending=[True, False, True], kind="stable")
    return kept.groupby("code", sort=False).head(top)[columns].reset_index(drop=True)
