"""Siting potential: where a planned activity would find the resources it needs, and where a
taker of supplies that find none would be best placed.

:func:`siting_potential` gives, for every cell of a grid over the territory or every plot of a
polygon layer, the yearly net benefit a plant with the given needs (:mod:`.siting_needs`) would
get there from the best reachable supplies, each used once, with the economics and break-even
radii of ite:findsynergies (:mod:`.siting_engine` says how). :func:`takers_potential` turns it
the other way round: for the supplies left without a taker, which sectors documentably use each
resource and where, on the grid, a plant taking it would be best placed.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from ..common.i18n import translate
from ..common.ids import listed
from ..reference.defaults import DETOUR_FACTOR, MAX_CANDIDATES, SITING_CELL_M, SITING_TOP_PLACES
from ..reference.economics import HeatEconomics, MaterialEconomics
from ..reference.nace import nace_parts
from ..validation.findings import InputError
from .errors import check_cancel
from .pair_search import code_pairs
from .siting_engine import BLOCK_PLACES, build_groups, evaluate_block
from .siting_needs import Needs, receiving_supplies
from .siting_places import Places, grid_places, plot_places, with_residual
from .supplies_demands import Points, prepare_resources, prepare_sites

RANKED_COLUMNS = ["rank", "place_id", "net_benefit_eur_yr", "share_met", "n_supplies",
                  "needs_met", "top_supplies", "x", "y"]
LINE_COLUMNS = ["place_id", "need", "supply_id", "site_id", "resource", "quantity", "unit",
                "delivered", "need_unit", "distance_m", "net_benefit_eur_yr"]
# Supplies named in the top_supplies text of a place, most benefit first.
TOP_SUPPLIES_NAMED = 5


@dataclass
class SitingResult:
    """``benefit``: net benefit (EUR/yr) of each place, all needs together; ``raster`` the same
    on the grid (rows from the north, ``transform`` ``(x_min, y_max, cell_m)``), None for plots;
    ``ranked`` the places best first with what feeds them; ``lines`` from the best place (or
    the best place of each resource) to the supplies that would feed it."""

    places: Places
    benefit: np.ndarray
    ranked: gpd.GeoDataFrame
    lines: gpd.GeoDataFrame
    crs: object
    raster: np.ndarray | None = None
    transform: tuple | None = None
    notes: list[str] = field(default_factory=list)


@dataclass
class _Run:
    """What one run works on: supplies, needs, their groups, places, settings."""

    site_table: pd.DataFrame
    supplies: Points
    needs: pd.DataFrame
    groups: list
    places: Places
    settings: object
    notes: list[str]
    # NACE mode: the calibrated score of the planned class as receiver of each supply it
    # takes (NaN for the others), shown on the supplier lines; None otherwise.
    kb_score: np.ndarray | None = None


def _settings(detour_factor, max_candidates, econ, heat_econ, radius_mode, fixed_radius_m):
    from .candidates import _settings as synergy_settings

    return synergy_settings(radius_mode, fixed_radius_m, detour_factor, max_candidates, econ,
                            heat_econ)


def _prepare(sites, resources, catalogue, plots, plot_ids, cell_m, residual, notes):
    """(site table, supplies, places, crs): sites in the plots' CRS (plots mode) or a metric
    CRS, supplies with what the allocation left of them."""
    places = plot_places(plots, plot_ids) if plots is not None else None
    if places is not None and len(places.repaired):
        notes.append(translate(
            "siting", "{count} plots had an invalid polygon, made valid: {ids}").format(
            count=len(places.repaired), ids=listed(places.repaired)))
    if places is not None and sites.crs is not None and not sites.crs.equals(places.crs):
        sites = sites.to_crs(places.crs)
    site_table, crs = prepare_sites(sites, notes)
    resources = with_residual(resources, residual, notes)
    supplies, _demands = prepare_resources(resources, site_table, catalogue, None, notes)
    if len(supplies.row) == 0:
        raise InputError(
            translate(
                "siting",
                "No supply with a positive quantity is left in the resources table: nothing can "
                "feed a plant anywhere."
            )
        )
    if places is None:
        places = grid_places(site_table["x"].to_numpy(), site_table["y"].to_numpy(), cell_m, crs)
    return site_table, supplies, places, crs


def _rules_of(needs: Needs, supplies: Points, kb_score: np.ndarray | None, catalogue):
    """``pairs_of_need`` for :func:`.siting_engine.build_groups`; ``kb_score``: the NACE
    mode's score of each supply (:func:`.siting_needs.receiving_supplies`), None otherwise."""
    present = supplies.code_names[np.unique(supplies.code)]
    allowed = np.isfinite(kb_score) if kb_score is not None else None

    def pairs_of_need(i: int):
        code = needs.table["code"].iloc[i]
        if not code:
            used = np.unique(supplies.code[allowed]) if allowed is not None else []
            rules = pd.DataFrame({"supply_code": supplies.code_names[used], "conversion": 1.0,
                                  "condition": "none", "demand_code": ""})
            return rules, allowed
        return code_pairs(present, np.array([code], dtype=object), catalogue), None

    return pairs_of_need


def _benefits(run: _Run, feedback) -> np.ndarray:
    """Net benefit of every place and need (places x needs), block by block."""
    n = len(run.places)
    benefit = np.zeros((n, len(run.needs)), dtype=np.float64)
    for start in range(0, n, BLOCK_PLACES):
        check_cancel(feedback)
        positions = np.arange(start, min(start + BLOCK_PLACES, n))
        part, _served = evaluate_block(run.groups, run.needs, run.supplies,
                                       run.places.xy(positions), run.settings, feedback)
        benefit[positions] = part
        if feedback is not None:
            feedback.setProgress(100.0 * positions[-1] / max(n, 1))
    return benefit


def siting_potential(sites: gpd.GeoDataFrame, resources: pd.DataFrame, catalogue,
                     needs: Needs, *, plots: gpd.GeoDataFrame | None = None,
                     plot_ids: str | None = None, cell_m: float = SITING_CELL_M,
                     residual: pd.DataFrame | None = None, top: int = SITING_TOP_PLACES,
                     knowledge=None, detour_factor: float = DETOUR_FACTOR,
                     max_candidates: int = MAX_CANDIDATES, econ: MaterialEconomics | None = None,
                     heat_econ: HeatEconomics | None = None, radius_mode: str = "economic",
                     fixed_radius_m: float | None = None, feedback=None) -> SitingResult:
    """Net benefit of a plant with ``needs`` on each place: the cells of a ``cell_m`` grid over
    the sites, or the ``plots`` (polygons in a metric CRS; ids in ``plot_ids``).

    ``sites`` and ``resources`` are the territory's tables, as for
    :func:`~ite_qgis.core.synergies.find_synergies`; ``residual`` the RESIDUAL output of
    ite:allocatesynergies (supplies count for what is left of them). ``max_candidates`` is the
    number of nearest supplies of each resource code considered per need and place; the
    economics (``econ``, ``heat_econ``, ``detour_factor``, ``radius_mode``) are those of
    ite:findsynergies. ``top``: places listed in ``ranked`` (every plot in plots mode).
    ``knowledge``: for a NACE class (``needs.nace``), the receiving-sector model that picks
    the supplies it takes, or a knowledge base to build it over, as for ite:findsynergies
    (:func:`~ite_qgis.core.synergies.candidates.sector_model`; the shipped one by default);
    each supplier line then carries the class's calibrated ``kb_score``.
    """
    from ..reference.defaults import FIXED_RADIUS_M

    settings = _settings(detour_factor, max_candidates, econ, heat_econ, radius_mode,
                         FIXED_RADIUS_M if fixed_radius_m is None else fixed_radius_m)
    notes: list[str] = []
    site_table, supplies, places, crs = _prepare(sites, resources, catalogue, plots, plot_ids,
                                                 cell_m, residual, notes)
    kb_score = _supply_scores(needs, supplies, site_table, catalogue, knowledge)
    rules = _rules_of(needs, supplies, kb_score, catalogue)
    groups = build_groups(needs.table, supplies, rules, catalogue, settings,
                          None if kb_score is None else np.nan_to_num(kb_score))
    _note_unfed(needs, groups, notes)
    run = _Run(site_table, supplies, needs.table, groups, places, settings, notes, kb_score)
    benefit = _benefits(run, feedback)
    total = benefit.sum(axis=1)
    count = len(places) if places.grid is None else min(top, len(places))
    order = np.argsort(-total, kind="stable")[:count]
    order = order[total[order] > 0] if places.grid is not None else order
    ranked, lines = _details(run, order, total[order], best_only=True)
    _note_best(ranked, notes)
    result = SitingResult(places, total, ranked, lines, crs, notes=notes)
    if places.grid is not None:
        x_min, y_max, cell, rows, columns = places.grid
        result.raster = total.reshape(rows, columns).astype(np.float32)
        result.transform = (x_min, y_max, cell)
    return result


def _supply_scores(needs: Needs, supplies: Points, site_table, catalogue, knowledge):
    """The NACE mode's score of each supply (:func:`.siting_needs.receiving_supplies`) under
    the model ite:findsynergies builds (:func:`.candidates.sector_model`); None for needs."""
    if not needs.nace:
        return None
    from .candidates import sector_model

    divisions = nace_parts(site_table["nace"].astype(object))["division"].to_numpy()
    return receiving_supplies(sector_model(knowledge, catalogue), needs.nace,
                              supplies.code_names[supplies.code], divisions[supplies.site])


def _note_unfed(needs: Needs, groups: list, notes: list[str]) -> None:
    fed = {group.need for group in groups}
    unfed = [name for i, name in enumerate(needs.table["need"]) if i not in fed]
    if unfed:
        notes.append(
            translate(
                "siting",
                "No supply of the territory can meet {needs}: they bring nothing anywhere."
            ).format(needs=", ".join(unfed))
        )


def _note_best(ranked: pd.DataFrame, notes: list[str]) -> None:
    if ranked.empty or not (ranked["net_benefit_eur_yr"].iloc[0] > 0):
        notes.append(
            translate(
                "siting",
                "No place gets a positive net benefit: no supply in reach pays its transport "
                "there."
            )
        )
        return
    best = ranked.iloc[0]
    notes.append(
        translate(
            "siting", "Best place: {place}, net benefit {benefit} EUR/yr from {n} supplies."
        ).format(place=best["place_id"], benefit=round(float(best["net_benefit_eur_yr"])),
                 n=int(best["n_supplies"]))
    )


def allocations(run: _Run, positions: np.ndarray) -> pd.DataFrame:
    """What feeds each place of ``positions``: one row per (place, need, supply) carrying
    something, with ``place`` (index into ``positions``), quantities, distance and benefit."""
    _benefit, served = evaluate_block(run.groups, run.needs, run.supplies,
                                      run.places.xy(positions), run.settings)
    parts = []
    for need, (candidates, taken) in enumerate(served):
        place, column = np.nonzero(taken > 0)
        take = taken[place, column]
        parts.append(pd.DataFrame({
            "place": place,
            "need_index": need,
            "supply": candidates.supply[place, column],
            "delivered": take,
            "quantity": take / candidates.conversion[place, column],
            "net_benefit_eur_yr": take * candidates.per_unit[place, column],
            "distance_m": candidates.distance[place, column],
        }))
    return pd.concat(parts, ignore_index=True) if parts else pd.DataFrame(
        columns=["place", "need_index", "supply", "delivered", "quantity",
                 "net_benefit_eur_yr", "distance_m"])


def _details(run: _Run, order: np.ndarray, values: np.ndarray, best_only: bool,
             need_of_place: np.ndarray | None = None):
    """(ranked places, lines to their suppliers) for the places ``order`` (best first), whose
    net benefits are ``values``.
    ``need_of_place``: in the takers mode, the one need (resource) each listed place is for."""
    rows = allocations(run, order)
    if need_of_place is not None:
        rows = rows[rows["need_index"].to_numpy() == need_of_place[rows["place"].to_numpy()]]
    rows = rows.sort_values(["place", "net_benefit_eur_yr"], ascending=[True, False])
    supplies, names = run.supplies, run.places.names(order)
    rows["supply_id"] = supplies.ids[supplies.row[rows["supply"]]]
    rows["site_id"] = run.site_table["site_id"].to_numpy()[supplies.site[rows["supply"]]]
    rows["resource"] = supplies.code_names[supplies.code[rows["supply"]]]
    rows["unit"] = supplies.unit_names[supplies.unit[rows["supply"]]]
    rows["need"] = run.needs["need"].to_numpy()[rows["need_index"]]
    rows["need_unit"] = run.needs["unit"].to_numpy()[rows["need_index"]]
    rows["place_id"] = names[rows["place"]]
    if run.kb_score is not None:
        rows["kb_score"] = run.kb_score[rows["supply"].to_numpy()]
    ranked = _ranked(run, order, values, rows)
    chosen = rows[rows["place"] == 0] if best_only else rows
    return ranked, _lines(run, order, chosen)


def _ranked(run: _Run, order: np.ndarray, values: np.ndarray, rows: pd.DataFrame):
    xy = run.places.xy(order)
    needed = run.needs["quantity"].to_numpy(dtype=float)
    delivered = np.zeros((len(order), len(needed)))
    np.add.at(delivered, (rows["place"].to_numpy(), rows["need_index"].to_numpy()),
              rows["delivered"].to_numpy())
    finite = np.isfinite(needed)
    share = np.full(len(order), np.nan)
    if finite.any():
        share = (delivered[:, finite] / needed[finite]).mean(axis=1)
    table = pd.DataFrame({
        "rank": np.arange(1, len(order) + 1),
        "place_id": run.places.names(order),
        "net_benefit_eur_yr": values,
        "share_met": share,
        "n_supplies": np.bincount(rows["place"].to_numpy(), minlength=len(order)),
        "needs_met": _per_place(_needs_met(run, rows), len(order), ", "),
        "top_supplies": _per_place(_top_supplies(rows), len(order), "; "),
        "x": xy[:, 0],
        "y": xy[:, 1],
    })
    return gpd.GeoDataFrame(table[RANKED_COLUMNS], geometry=run.places.shapes(order),
                            crs=run.places.crs)


def _per_place(texts: pd.Series, count: int, separator: str) -> np.ndarray:
    """Texts indexed by place joined per place, '' for a place without any."""
    if texts.empty:
        return np.full(count, "", dtype=object)
    joined = texts.groupby(level=0, sort=False).agg(separator.join)
    return pd.Series(range(count)).map(joined).fillna("").to_numpy(dtype=object)


def _needs_met(run: _Run, rows: pd.DataFrame) -> pd.Series:
    """Per place, what each need receives: ``code received/needed unit``; a NACE class (no
    quantity) lists what it receives in each unit."""
    unit = rows["need_unit"].where(rows["need_unit"] != "", rows["unit"])
    sums = rows.assign(shown=unit).groupby(["place", "need_index", "shown"], sort=True)[
        "delivered"].sum()
    needed = run.needs["quantity"].to_numpy(dtype=float)
    names = run.needs["need"].to_numpy()
    texts = [
        f"{names[n]} {d:.0f}/{needed[n]:.0f} {u}" if np.isfinite(needed[n])
        else f"{names[n]} {d:.0f} {u}"
        for (_p, n, u), d in sums.items()
    ]
    return pd.Series(texts, index=sums.index.get_level_values(0), dtype=object)


def _top_supplies(rows: pd.DataFrame) -> pd.Series:
    """Per place, its first suppliers (most benefit first): ``R002 (DK01): 700000 t/yr at
    3.1 km``."""
    template = translate("siting", "{supply} ({site}): {quantity} {unit} at {km} km")
    first = rows.groupby("place", sort=False).head(TOP_SUPPLIES_NAMED)
    texts = [
        template.format(supply=r.supply_id, site=r.site_id, quantity=f"{r.quantity:.0f}",
                        unit=r.unit, km=f"{r.distance_m / 1000.0:.1f}")
        for r in first.itertuples(index=False)
    ]
    return pd.Series(texts, index=first["place"].to_numpy(), dtype=object)


def _lines(run: _Run, order: np.ndarray, rows: pd.DataFrame) -> gpd.GeoDataFrame:
    start = run.places.xy(order[rows["place"].to_numpy()])
    supply = rows["supply"].to_numpy()
    end = np.column_stack([run.supplies.x[supply], run.supplies.y[supply]])
    geometry = shapely.linestrings(np.stack([start, end], axis=1)) if len(rows) else []
    columns = LINE_COLUMNS + (["kb_score"] if run.kb_score is not None else [])
    table = rows[columns].reset_index(drop=True)
    return gpd.GeoDataFrame(table, geometry=gpd.GeoSeries(geometry, crs=run.places.crs),
                            crs=run.places.crs)
