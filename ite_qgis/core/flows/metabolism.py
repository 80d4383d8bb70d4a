"""Territorial metabolism: what the territory's sites take in and give out, and how much of it is
already exchanged (looped) or could be by the candidate synergies.

Quantities are in the canonical unit of their unit family (t/yr, MWh/yr, m3/yr): tonnes and MWh
are never added together. The ledger is kept per supplying site, resource family and unit
family, where the caps apply, then summed by resource family and by sector (NACE division):

- ``supply``: the site's declared supplies, raised to its existing outgoing flows when those are
  larger (a flow that exists proves the supply);
- ``exchanged``: existing flows leaving the site (flows of another status are not counted);
- ``candidate``: candidate synergies leaving the site, capped at ``supply - exchanged`` so that a
  supply offered to several receivers is never counted twice;
- ``not_looped``: the rest. ``supply = exchanged + candidate + not_looped`` holds on every row.

A quantity that is not a finite number is left out where it is read, and a sum too large to be
a number (it overflows) is left out of the diagram, with a note each time: no table, diagram or
log shows "nan" or "inf".
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from ..common.families import family_label
from ..common.i18n import translate
from ..common.units import normalise_quantities
from ..reference.catalogue import DEFAULT_UNITS
from ..reference.nace import label as nace_label
from ..reference.nace import normalise_nace_series
from .flowlines import LEGEND_UNITS, FlowError, FlowFields, prepare_flows

UNKNOWN_SECTOR = "??"
NOT_LOOPED = "not_looped"
UNIT_FAMILY_ORDER = ("energy", "mass", "volume", "service")
SYNERGY_FIELDS = FlowFields("supplier_site", "receiver_site", "resource", "quantity", "unit")


def unit_family_title(unit_family: str) -> str:
    titles = {
        "energy": translate("metabolism", "Energy"),
        "mass": translate("metabolism", "Materials and gases by mass"),
        "volume": translate("metabolism", "Water and gases by volume"),
        "service": translate("metabolism", "Services"),
    }
    return titles.get(unit_family, unit_family)


def sector_label(division: str, lang: str = "en") -> str:
    if division == UNKNOWN_SECTOR:
        return translate("metabolism", "Sector unknown")
    name = nace_label(division, lang) or ""
    return f"{division} {name}".strip()


class MetabolismError(ValueError):
    """Inputs the metabolism cannot be computed from; the message says what to fix."""


@dataclass
class Metabolism:
    ledger: pd.DataFrame  # per supplying site, family, unit family
    demand: pd.DataFrame  # per site, family, unit family
    exchanges: pd.DataFrame  # existing flows: from, to, family, unit family, quantity
    candidates: pd.DataFrame  # capped candidates: from, to, family, unit family, quantity
    sectors: pd.Series  # site_id -> NACE division (or UNKNOWN_SECTOR)
    notes: list[str] = field(default_factory=list)


def _sectors(sites: pd.DataFrame) -> pd.Series:
    from ..publishing.public import require_site_ids
    from ..validation.findings import InputError

    if "site_id" not in sites.columns:
        raise MetabolismError(translate("metabolism", "The sites table has no 'site_id' column."))
    try:  # one sector per site: a site id given twice or not at all cannot be summed by
        require_site_ids(sites)
    except InputError as error:
        raise MetabolismError(str(error)) from None
    ids = sites["site_id"].astype(str).str.strip()
    if "nace" in sites.columns:
        division = normalise_nace_series(sites["nace"]).str.slice(0, 2)
    else:
        division = pd.Series(None, index=sites.index, dtype=object)
    division = division.astype(object).where(division.notna(), UNKNOWN_SECTOR)
    return pd.Series(division.to_numpy(), index=ids.to_numpy())


def _resources(resources: pd.DataFrame, catalogue, notes: list[str]) -> pd.DataFrame:
    required = ("site_id", "direction", "resource", "quantity")
    missing = [c for c in required if c not in resources.columns]
    if missing:
        raise MetabolismError(
            translate("metabolism", "The resources table lacks the columns: {columns}").format(
                columns=", ".join(missing)
            )
        )
    frame = resources.copy()
    frame["site_id"] = frame["site_id"].astype(str).str.strip()
    frame["family"] = catalogue.families(frame["resource"])
    unit = frame["unit"] if "unit" in frame.columns else None
    hours = frame["hours_per_year"] if "hours_per_year" in frame.columns else None
    expected = catalogue.unit_families(frame["resource"])
    if unit is not None:
        empty = unit.isna() | (unit.astype(str).str.strip() == "")
        unit = unit.where(~empty, expected.map(DEFAULT_UNITS))
    normalised = normalise_quantities(frame["quantity"], unit, hours)
    frame["unit_family"] = normalised["unit_family"]
    frame["quantity_norm"] = normalised["quantity"]
    direction = frame["direction"].astype(str).str.strip().str.lower()
    bad = (
        frame["family"].isna()
        | normalised["error"].notna()
        | ~np.isfinite(pd.to_numeric(frame["quantity_norm"], errors="coerce").astype(float))
        | ~direction.isin(["supply", "demand"])
    )
    if bad.any():
        ids = frame["resource_id"] if "resource_id" in frame.columns else frame.index + 1
        notes.append(
            translate(
                "metabolism",
                "{count} resources are left out (unknown code, direction, unit or quantity): "
                "{ids}"
            ).format(count=int(bad.sum()), ids=", ".join(map(str, ids[bad].tolist()[:30])))
        )
    frame["direction"] = direction
    return frame[~bad]


def _existing(flows: pd.DataFrame | None, catalogue, notes: list[str]) -> pd.DataFrame:
    columns = ["from_site", "to_site", "family", "unit_family", "quantity_norm"]
    if flows is None or len(flows) == 0:
        return pd.DataFrame(columns=columns)
    frame = pd.DataFrame(flows)
    if "status" in frame.columns:
        status = frame["status"].astype(str).str.strip().str.lower()
        existing = status.isin(["existing", "", "none", "nan"])
        if (~existing).any():
            notes.append(
                translate(
                    "metabolism",
                    "{count} flows that are not existing (planned, candidate or rejected) are "
                    "not counted as exchanged."
                ).format(count=int((~existing).sum()))
            )
        frame = frame[existing]
    if frame.empty:
        return pd.DataFrame(columns=columns)
    try:
        table, more = prepare_flows(frame, FlowFields(), catalogue)
    except FlowError as error:
        raise MetabolismError(str(error)) from None
    notes.extend(more)
    table = table.drop(columns=["from_site", "to_site"])
    return table.rename(columns={"_from": "from_site", "_to": "to_site"})[columns].reset_index(
        drop=True
    )


def _candidates(synergies: pd.DataFrame | None, catalogue, notes: list[str],
                quantity: str | None) -> pd.DataFrame:
    columns = ["from_site", "to_site", "family", "unit_family", "quantity_norm"]
    if synergies is None or len(synergies) == 0:
        return pd.DataFrame(columns=columns)
    synergies = pd.DataFrame(synergies)
    if quantity is None:
        # The allocation's quantities, when given, respect every supply and demand.
        quantity = "allocated_quantity" if "allocated_quantity" in synergies.columns else "quantity"
    if quantity == "quantity" and "allocated_quantity" not in synergies.columns:
        notes.append(translate(
            "metabolism",
            "The candidate synergies are not allocated: a supply offered to several receivers "
            "is counted once, up to the supply. Run 'Allocate synergies' first for a share "
            "that also respects the demands."
        ))
    fields = FlowFields(SYNERGY_FIELDS.from_site, SYNERGY_FIELDS.to_site,
                        SYNERGY_FIELDS.resource, quantity, SYNERGY_FIELDS.unit)
    if quantity in synergies.columns:
        synergies = _finite_synergies(synergies, quantity, notes)
        if synergies.empty:
            return pd.DataFrame(columns=columns)
    try:
        table, more = prepare_flows(synergies, fields, catalogue)
    except FlowError as error:
        raise MetabolismError(str(error)) from None
    notes.extend(more)
    table = table.drop(columns=["from_site", "to_site"], errors="ignore")
    table = table.rename(columns={"_from": "from_site", "_to": "to_site"})
    return table[columns].reset_index(drop=True)


def _finite_synergies(synergies: pd.DataFrame, quantity: str, notes: list[str]):
    """The synergy lines whose quantity is not infinite; the others left out with a note (an
    infinite candidate cannot be capped, added or drawn)."""
    values = pd.to_numeric(synergies[quantity], errors="coerce").to_numpy(dtype=float)
    infinite = np.isinf(values)
    if infinite.any():
        notes.append(translate(
            "metabolism",
            "{count} candidate synergies have an infinite quantity and are not counted."
        ).format(count=int(infinite.sum())))
    return synergies[~infinite]


def compute_metabolism(sites, resources, flows=None, synergies=None, *, catalogue=None,
                       synergy_quantity: str | None = None):
    """The ledger of the territory (see the module docstring). ``synergy_quantity`` is the
    synergies' quantity column (default: allocated_quantity when present, else quantity)."""
    if catalogue is None:
        from ..reference.catalogue import load_catalogue

        catalogue = load_catalogue()
    notes: list[str] = []
    sectors = _sectors(pd.DataFrame(sites))
    table = _resources(pd.DataFrame(resources), catalogue, notes)
    exchanges = _existing(flows, catalogue, notes)
    candidates = _candidates(synergies, catalogue, notes, synergy_quantity)
    keys = ["site_id", "family", "unit_family"]
    supplies = table[table["direction"] == "supply"].groupby(keys)["quantity_norm"].sum()
    demand = table[table["direction"] == "demand"].groupby(keys)["quantity_norm"].sum()
    flow_keys = ["from_site", "family", "unit_family"]
    exchanged = exchanges.groupby(flow_keys)["quantity_norm"].sum().rename_axis(keys)
    offered = candidates.groupby(flow_keys)["quantity_norm"].sum().rename_axis(keys)
    with np.errstate(over="ignore", invalid="ignore"):
        ledger = pd.concat(
            {"declared": supplies, "exchanged": exchanged, "offered": offered}, axis=1
        ).astype(float).fillna(0.0)
    ledger = _finite_rows(ledger, notes)
    ledger["supply"] = np.maximum(ledger["declared"], ledger["exchanged"])
    room = ledger["supply"] - ledger["exchanged"]
    ledger["candidate"] = np.minimum(ledger["offered"], room)
    ledger["not_looped"] = (room - ledger["candidate"]).clip(lower=0.0)
    raised = ledger["exchanged"] > ledger["declared"]
    if raised.any():
        where = [f"{s} ({f})" for s, f, _ in ledger.index[raised]]
        notes.append(
            translate(
                "metabolism",
                "{count} sites send more in existing flows than their declared supply; the "
                "flows count as their supply: {sites}"
            ).format(count=int(raised.sum()), sites=", ".join(where[:30]))
        )
    ledger = ledger.reset_index()
    ledger["sector"] = ledger["site_id"].map(sectors).fillna(UNKNOWN_SECTOR)
    # Each candidate keeps its share of its supplier's capped total.
    scale = (ledger["candidate"] / ledger["offered"].where(ledger["offered"] > 0)).fillna(0.0)
    factor = pd.Series(scale.to_numpy(), index=pd.MultiIndex.from_frame(ledger[keys]))
    if len(candidates):
        index = pd.MultiIndex.from_frame(candidates[flow_keys].set_axis(keys, axis=1))
        candidates = candidates.assign(
            quantity_norm=candidates["quantity_norm"].to_numpy()
            * factor.reindex(index).fillna(0.0).to_numpy()
        )
    demand = demand.rename("demand").reset_index()
    demand["sector"] = demand["site_id"].map(sectors).fillna(UNKNOWN_SECTOR)
    return Metabolism(ledger, demand, exchanges, candidates, sectors, notes)


def _finite_rows(ledger: pd.DataFrame, notes: list[str]) -> pd.DataFrame:
    """The ledger's rows whose sums are numbers; a site whose quantities add up to more than a
    number can hold (inf) is left out, with a note that names it."""
    finite = np.isfinite(ledger.to_numpy(dtype=float)).all(axis=1)
    if finite.all():
        return ledger
    where = [f"{s} ({f})" for s, f, _ in ledger.index[~finite]]
    notes.append(translate(
        "metabolism",
        "{count} sites declare quantities whose sum is too large to be a number; they are "
        "left out: {sites}"
    ).format(count=int((~finite).sum()), sites=", ".join(where[:30])))
    return ledger[finite]


def _summary(m: Metabolism, by: str, lang: str) -> pd.DataFrame:
    values = ["supply", "exchanged", "candidate", "not_looped"]
    supply = m.ledger.groupby([by, "unit_family"])[values].sum()
    supply["n_sites"] = m.ledger.groupby([by, "unit_family"])["site_id"].nunique()
    demand = m.demand.groupby([by, "unit_family"])["demand"].sum()
    out = supply.join(demand, how="outer").fillna(0.0).reset_index()
    out = out.rename(columns={by: "key"})
    out["dimension"] = "family" if by == "family" else "sector"
    if by == "family":
        out["label"] = out["key"].map(family_label)
    else:
        out["label"] = out["key"].map(lambda d: sector_label(d, lang))
    return out


def metabolism_table(sites, resources, flows=None, synergies=None, *, catalogue=None,
                     lang: str = "en", metabolism: Metabolism | None = None) -> pd.DataFrame:
    """One row per resource family and unit, per sector and unit, and a total per unit.

    Columns: dimension (family, sector, total), key, label, unit, supply, demand, exchanged,
    candidate, not_looped, looped_share, candidate_share, n_sites.
    """
    m = metabolism or compute_metabolism(sites, resources, flows, synergies, catalogue=catalogue)
    parts = [_summary(m, "family", lang), _summary(m, "sector", lang)]
    totals = _summary(m.__class__(
        m.ledger.assign(total="total"), m.demand.assign(total="total"), m.exchanges,
        m.candidates, m.sectors), "total", lang)
    totals["dimension"], totals["label"] = "total", translate("metabolism", "Whole territory")
    table = pd.concat(parts + [totals], ignore_index=True)
    table["unit"] = table["unit_family"].map(DEFAULT_UNITS)
    supply = table["supply"].where(table["supply"] > 0)
    table["looped_share"] = (table["exchanged"] / supply).astype(float)
    table["candidate_share"] = (table["candidate"] / supply).astype(float)
    order = {"family": 0, "sector": 1, "total": 2}
    table["_d"] = table["dimension"].map(order)
    table["_u"] = table["unit_family"].map({u: i for i, u in enumerate(UNIT_FAMILY_ORDER)})
    table = table.sort_values(["_d", "_u", "supply"], ascending=[True, True, False])
    columns = ["dimension", "key", "label", "unit", "supply", "demand", "exchanged", "candidate",
               "not_looped", "looped_share", "candidate_share", "n_sites"]
    table["n_sites"] = table["n_sites"].fillna(0).astype(np.int64)
    figures = ["supply", "demand", "exchanged", "candidate", "not_looped", "looped_share",
               "candidate_share"]
    # A total too large to be a number is left empty (null), never written as inf or nan.
    table[figures] = table[figures].where(np.isfinite(table[figures].astype(float)))
    return table[columns].reset_index(drop=True)


def metabolism_links(sites, resources, flows=None, synergies=None, *, catalogue=None,
                     lang: str = "en", metabolism: Metabolism | None = None) -> pd.DataFrame:
    """Links of the Sankey diagram: supplying sector -> resource family -> receiving sector
    (existing exchange or candidate synergy) or 'not looped', per unit family.

    Columns: unit_family, source, target, value (canonical unit), family, kind (supply,
    existing, candidate, not_looped), source_label, target_label. Node ids are prefixed
    ``from:``, ``family:``, ``to:`` so a sector can be both a supplier and a receiver.
    """
    m = metabolism or compute_metabolism(sites, resources, flows, synergies, catalogue=catalogue)
    parts = []
    ledger = m.ledger
    inflow = ledger.groupby(["unit_family", "sector", "family"])["supply"].sum().reset_index()
    parts.append(pd.DataFrame({
        "unit_family": inflow["unit_family"], "source": "from:" + inflow["sector"],
        "target": "family:" + inflow["family"], "value": inflow["supply"],
        "family": inflow["family"], "kind": "supply",
        "source_label": inflow["sector"].map(lambda d: sector_label(d, lang)),
        "target_label": inflow["family"].map(family_label),
    }))
    for frame, kind in ((m.exchanges, "existing"), (m.candidates, "candidate")):
        if not len(frame):
            continue
        frame = frame.assign(receiver=frame["to_site"].map(m.sectors).fillna(UNKNOWN_SECTOR))
        sums = frame.groupby(["unit_family", "family", "receiver"])["quantity_norm"].sum()
        sums = sums.reset_index()
        parts.append(pd.DataFrame({
            "unit_family": sums["unit_family"], "source": "family:" + sums["family"],
            "target": "to:" + sums["receiver"], "value": sums["quantity_norm"],
            "family": sums["family"], "kind": kind,
            "source_label": sums["family"].map(family_label),
            "target_label": sums["receiver"].map(lambda d: sector_label(d, lang)),
        }))
    rest = ledger.groupby(["unit_family", "family"])["not_looped"].sum().reset_index()
    parts.append(pd.DataFrame({
        "unit_family": rest["unit_family"], "source": "family:" + rest["family"],
        "target": NOT_LOOPED, "value": rest["not_looped"], "family": rest["family"],
        "kind": NOT_LOOPED, "source_label": rest["family"].map(family_label),
        "target_label": translate("metabolism", "Not looped"),
    }))
    links = pd.concat(parts, ignore_index=True)
    value = links["value"].astype(float)
    if (~np.isfinite(value)).any():
        m.notes.append(translate(
            "metabolism",
            "{count} links of the diagram add up to more than a number can hold and are not "
            "drawn."
        ).format(count=int((~np.isfinite(value)).sum())))
    links = links[np.isfinite(value) & (value > 0)].reset_index(drop=True)
    return links


def metabolism_svg(links: pd.DataFrame, title: str) -> str:
    """One Sankey panel per unit family (energy in GWh/yr, masses in t/yr, volumes in m3/yr),
    stacked in one SVG document, with the looped shares in each panel's subtitle."""
    from .sankey import stacked_sankey_svg

    panels = []
    # Services (pooling) are counted in the table, not drawn: they are not flows of matter.
    present = [u for u in UNIT_FAMILY_ORDER[:3] if u in set(links["unit_family"])]
    for unit_family in present:
        part = links[links["unit_family"] == unit_family]
        unit_label, factor = LEGEND_UNITS.get(unit_family, (DEFAULT_UNITS[unit_family], 1.0))
        subtitle = _shares_subtitle(part)
        panels.append({
            "links": part.assign(value=part["value"] / factor),
            "title": f"{unit_family_title(unit_family)} ({unit_label})",
            "subtitle": subtitle,
            "unit_label": unit_label,
        })
    return stacked_sankey_svg(panels, title)


def _shares_subtitle(part: pd.DataFrame) -> str:
    """The looped shares of one panel; a note instead when its totals are too large to be
    numbers (never "nan%")."""
    with np.errstate(over="ignore", invalid="ignore", divide="ignore"):
        supply = part.loc[part["kind"] == "supply", "value"].sum()
        shares = {k: part.loc[part["kind"] == k, "value"].sum() / supply if supply else 0.0
                  for k in ("existing", "candidate", NOT_LOOPED)}
    if not (np.isfinite(supply) and all(np.isfinite(v) for v in shares.values())):
        return translate(
            "metabolism",
            "The quantities add up to more than a number can hold: check the inputs for "
            "absurd quantities."
        )
    return translate(
        "metabolism",
        "Already looped: {looped:.0%} of the supply; candidate synergies could loop "
        "{candidate:.0%} more; not looped: {rest:.0%}"
    ).format(looped=shares["existing"], candidate=shares["candidate"],
             rest=shares[NOT_LOOPED])


def public_inputs(sites, resources, flows=None, synergies=None):
    """The inputs as a public output may show them (:mod:`ite_qgis.core.publishing.public`):
    confidential
    sites renamed and re-identified, their quantities and those of the flows and candidates
    touching them rounded to classes."""
    from ..publishing.public import TerritoryTables, protect_tables

    if "site_id" not in pd.DataFrame(sites).columns:  # compute_metabolism says what is missing
        return sites, resources, flows, synergies
    tables, _count = protect_tables(TerritoryTables(pd.DataFrame(sites), resources, flows,
                                                    synergies))
    return tables.sites, tables.resources, tables.flows, tables.synergies
