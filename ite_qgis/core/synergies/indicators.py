"""Indicators of a set of synergy lines: how many, tonnes diverted, energy recovered, water
reused, money and CO2. One function for the synergy finder, the allocation and the report.

Two readings of the same table:

* **candidates** (output of :func:`ite_qgis.core.synergies.find_synergies`): the totals count the
  best *declared* candidate of each supply (the lowest ``rank`` among its ``exact`` and
  ``compatible`` lines that do not lose money), so a supply is counted once. Several
  supplies may still share one demand, so these are upper bounds. A candidate that loses money
  is never a supply's best: counting it made the totals depend on the number of candidates kept
  (with one candidate per supply, the nearest demand was counted even at a loss; with ten, a
  profitable one further away). The totals still grow with ``max_candidates`` while a supply has
  more demands in reach than were kept (a better one may lie among those not searched), never
  fall; the finder says so in its notes. Knowledge-based (``inferred_sector``) candidates are
  counted in ``n_inferred`` only: no receiver declared a need, so nothing bounds their quantity
  (a steelworks' whole CO2 "sent" to a sector that documented cases show using some CO2), and
  adding their tonnes and euros would turn leads to confirm into headline figures;
* **allocated lines** (output of :func:`ite_qgis.core.synergies.allocation.allocate`, recognised
  by their
  ``allocated_quantity`` column): every line counts with its allocated quantity, its allocated
  benefit and its CO2 scaled to that quantity. These totals are feasible together.

Quantities are added by the unit of each line (``t/yr`` to tonnes, ``MWh/yr`` to MWh, ``m3/yr``
to cubic metres; other spellings of those units are converted); a line whose unit cannot be read
takes the catalogue's unit family of its resource when a catalogue is given, else it is not
counted in the physical totals.

A value that is not a finite number (NaN, inf) is left out of every total, and a total too large
to be a number (it overflows) is None: no "nan" or "inf" ever reaches a log or a report.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from ..common.families import HEAT_FAMILIES
from ..common.labels import INFERRED
from ..common.numbers import finite_sum
from ..common.units import parse_unit

INDICATOR_KEYS = (
    "n_synergies",
    "n_supplies_matched",
    "n_declared",
    "n_inferred",
    "t_yr",
    "mwh_yr",
    "m3_yr",
    "eur_yr",
    "co2_t_yr",
)


def _floats(lines: pd.DataFrame, column: str) -> np.ndarray:
    if column not in lines.columns:
        return np.full(len(lines), np.nan)
    return pd.to_numeric(lines[column], errors="coerce").to_numpy(dtype=float)


def _unit_family_and_factor(lines: pd.DataFrame, catalogue) -> tuple[np.ndarray, np.ndarray]:
    """Unit family of each line and the factor to its canonical unit (each distinct unit text is
    parsed once)."""
    n = len(lines)
    family = np.full(n, None, dtype=object)
    factor = np.ones(n)
    if "unit" in lines.columns:
        codes, units = pd.factorize(lines["unit"], use_na_sentinel=True)
        parsed = [parse_unit(unit if isinstance(unit, str) else None) for unit in units]
        annual = [info is not None and info.kind == "annual" for info in parsed]
        by_unit = np.array(
            [info.family if ok else None for info, ok in zip(parsed, annual, strict=True)] + [None],
            dtype=object,
        )
        scale = np.array(
            [info.amount_factor if ok else 1.0 for info, ok in zip(parsed, annual, strict=True)]
            + [1.0]
        )
        family, factor = by_unit[codes], scale[codes]  # code -1 (missing) reads the last entry
    unknown = pd.isna(family)
    if catalogue is not None and unknown.any() and "resource" in lines.columns:
        family = family.copy()
        resources = lines["resource"].astype(object).to_numpy()[unknown]
        family[unknown] = catalogue.unit_families(pd.Series(resources, dtype=object)).to_numpy()
    return family, factor


def _distinct(values: pd.Series) -> int:
    """Number of distinct values, missing ones left out (a categorical's counted on its codes:
    millions of rows in a blink)."""
    if isinstance(values.dtype, pd.CategoricalDtype):
        codes = values.cat.codes.to_numpy()
        return int(np.count_nonzero(np.bincount(codes[codes >= 0])))
    return int(values.nunique())


def _best_declared(lines: pd.DataFrame, kind: pd.Series | None) -> np.ndarray:
    """Positions (in order) of the lines counted in a table of candidates: the best declared
    line of each supply (lowest ``rank``) among those that do not lose money."""
    if kind is not None:
        declared = kind.isin(["exact", "compatible"]).to_numpy()
    else:
        declared = np.ones(len(lines), dtype=bool)
    if "net_benefit_eur_yr" in lines.columns:
        # a loss is never a best; a benefit of 0 (a family without economics) is no loss
        declared &= ~(_floats(lines, "net_benefit_eur_yr") < 0)
    chosen = np.flatnonzero(declared)
    del declared
    if "rank" in lines.columns and "supply_id" in lines.columns:
        rank = pd.to_numeric(lines["rank"].iloc[chosen], errors="coerce").to_numpy(dtype=float)
        order = np.argsort(rank, kind="stable")
        ids = lines["supply_id"]
        if isinstance(ids.dtype, pd.CategoricalDtype):  # the finder's: its integer codes
            first = ~pd.Series(ids.cat.codes.to_numpy()[chosen[order]]).duplicated().to_numpy()
        else:
            first = ~ids.iloc[chosen[order]].duplicated().to_numpy()
        chosen = np.sort(chosen[order[first]])
    return chosen


def synergy_indicators(lines: pd.DataFrame, catalogue=None) -> dict[str, float | None]:
    """Totals of a table of synergy lines (see the module docstring for what is counted).

    Keys (:data:`INDICATOR_KEYS`): ``n_synergies`` (lines), ``n_supplies_matched`` (distinct
    supplies), ``n_declared`` and ``n_inferred`` (by ``match_kind``), ``t_yr`` (family material
    in tonnes), ``mwh_yr`` (heat and steam in MWh), ``m3_yr`` (family water in m3), ``eur_yr``
    (net benefit) and ``co2_t_yr`` (CO2 avoided); a total that overflows is None. ``lines``
    needs ``quantity``, ``family`` and ``unit``; the other columns count where present.
    """
    allocated = "allocated_quantity" in lines.columns
    used = [
        c
        for c in ("quantity", "allocated_quantity", "allocated_benefit_eur_yr",
                  "net_benefit_eur_yr", "co2_avoided_t_yr", "family", "unit", "resource",
                  "supply_id", "rank")
        if c in lines.columns
    ]  # fmt: skip
    has_kind = "match_kind" in lines.columns
    kind = lines["match_kind"] if has_kind else pd.Series([], dtype=object)
    n_lines = len(lines)
    n_supplies = _distinct(lines["supply_id"]) if "supply_id" in lines.columns else 0
    if allocated:
        counted = lines
        quantity = _floats(counted, "allocated_quantity")
        whole = _floats(counted, "quantity")
        with np.errstate(divide="ignore", invalid="ignore"):
            share = np.where(whole > 0, quantity / whole, 0.0)
        benefit = _floats(counted, "allocated_benefit_eur_yr")
        co2 = _floats(counted, "co2_avoided_t_yr") * share
    else:
        # Only the rows and columns counted are copied: millions of candidates stay cheap.
        positions = [lines.columns.get_loc(c) for c in used]
        counted = lines.iloc[_best_declared(lines, kind if has_kind else None), positions]
        quantity = _floats(counted, "quantity")
        benefit = _floats(counted, "net_benefit_eur_yr")
        co2 = _floats(counted, "co2_avoided_t_yr")
    unit_family, factor = _unit_family_and_factor(counted, catalogue)
    family = (
        counted["family"].astype(object).to_numpy()
        if "family" in counted.columns
        else np.full(len(counted), None, dtype=object)
    )
    with np.errstate(over="ignore", invalid="ignore"):
        amount = quantity * factor

    def total(mask: np.ndarray) -> float | None:
        return finite_sum(amount[mask])

    return {
        "n_synergies": int(n_lines),
        "n_supplies_matched": n_supplies,
        "n_declared": int(kind.isin(["exact", "compatible"]).sum()),
        "n_inferred": int((kind == INFERRED).sum()),
        "t_yr": total((family == "material") & (unit_family == "mass")),
        "mwh_yr": total(np.isin(family, HEAT_FAMILIES) & (unit_family == "energy")),
        "m3_yr": total((family == "water") & (unit_family == "volume")),
        "eur_yr": finite_sum(benefit),
        "co2_t_yr": finite_sum(co2),
    }
