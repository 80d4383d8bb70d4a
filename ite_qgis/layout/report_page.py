"""What the territory report says: indicators, top synergies, knowledge-based leads with their
evidence, DH candidates, metabolism.

Pure Python on plain tables (no QGIS): the algorithm ``ite:report`` reads the layers, protects
them when the report is public (:mod:`ite_qgis.core.publishing.public`), renders the map image
and hands everything here; :func:`build_report` returns the page (:mod:`.report_html`).
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from ..core.common.families import family_label
from ..core.common.i18n import translate
from ..core.common.labels import INFERRED, match_kind_label
from ..core.common.numbers import finite_sum
from ..core.publishing.public import TerritoryTables
from ..core.synergies import indicators as core_indicators
from ..core.synergies.evidence import knowledge_evidence
from .report_html import Indicator, ReportData, Table, render_report

# Knowledge-based leads listed in the report, best calibrated score first.
TOP_LEADS = 10


def _names(sites: pd.DataFrame) -> dict[str, str]:
    names = sites["name"] if "name" in sites.columns else sites["site_id"]
    text = names.astype(object).where(names.notna() & (names.astype(str) != ""), sites["site_id"])
    return dict(zip(sites["site_id"].astype(str), text.astype(str), strict=True))


def _unit(key: str) -> str:
    return {
        "t": translate("report", "t/yr"),
        "gwh": translate("report", "GWh/yr"),
        "m3": translate("report", "m3/yr"),
        "eur": translate("report", "EUR/yr"),
    }[key]


def _territory_cards(inputs: TerritoryTables) -> list[Indicator]:
    cards = [Indicator(translate("report", "industrial sites"), len(inputs.sites))]
    resources = inputs.resources
    if resources is not None and "direction" in resources.columns:
        direction = resources["direction"].astype(str).str.lower()
        supplies, needs = (direction == "supply").sum(), (direction == "demand").sum()
        cards.append(Indicator(translate("report", "declared supplies"), supplies))
        cards.append(Indicator(translate("report", "declared needs"), needs))
    if inputs.flows is not None:
        existing = inputs.flows
        if "status" in existing.columns:
            existing = existing[existing["status"].astype(str) == "existing"]
        cards.append(Indicator(translate("report", "existing exchanges"), len(existing)))
    return cards


def _synergy_cards(synergies: pd.DataFrame | None) -> list[Indicator]:
    """The indicators of the synergy issue (core.synergies.indicators): candidates count the best
    declared line of each supply, allocated lines what they carry."""
    if synergies is None:
        return []
    values = core_indicators.synergy_indicators(pd.DataFrame(synergies))
    allocated = "allocated_quantity" in synergies.columns
    return [
        Indicator(translate("report", "allocated synergies") if allocated
                  else translate("report", "candidate synergies"), values["n_synergies"]),
        Indicator(translate("report", "of them knowledge-based, to confirm"),
                  values["n_inferred"]),
        Indicator(translate("report", "materials diverted"), values["t_yr"], _unit("t")),
        Indicator(translate("report", "heat and steam recovered"),
                  None if values["mwh_yr"] is None else values["mwh_yr"] / 1000.0,
                  _unit("gwh"), 1),
        Indicator(translate("report", "water reused"), values["m3_yr"], _unit("m3")),
        Indicator(translate("report", "net benefit"), values["eur_yr"], _unit("eur")),
        Indicator(translate("report", "CO2 avoided"), values["co2_t_yr"], _unit("t")),
    ]


def _top_synergies(synergies: pd.DataFrame | None, names: dict[str, str], top: int) -> Table:
    columns = [
        (translate("report", "Supplier"), "supplier", "text"),
        (translate("report", "Receiver"), "receiver", "text"),
        (translate("report", "Resource"), "resource", "text"),
        (translate("report", "Family"), "family_label", "text"),
        (translate("report", "Match"), "match_kind", "text"),
        (translate("report", "Distance (km)"), "distance_km", 1),
        (translate("report", "Quantity"), "quantity", 0),
        (translate("report", "Unit"), "unit", "text"),
        (translate("report", "Net benefit (EUR/yr)"), "net_benefit_eur_yr", 0),
        (translate("report", "CO2 avoided (t/yr)"), "co2_avoided_t_yr", 0),
    ]
    title = translate("report", "Top {n} declared synergies by net benefit").format(n=top)
    empty = translate("report", "No declared synergy was given to the report.")
    if synergies is None or synergies.empty:
        return Table(title, pd.DataFrame(), columns, empty)
    frame = pd.DataFrame(synergies.drop(columns="geometry", errors="ignore"))
    # Knowledge-based candidates have no declared need: leads to confirm, counted in the
    # indicators, not ranked against declared exchanges by a benefit nothing bounds.
    if "match_kind" in frame.columns:
        frame = frame[frame["match_kind"].astype(str) != INFERRED]
    # A benefit that is not a finite number ranks last (and reads as a dash), never first.
    benefit = pd.to_numeric(frame["net_benefit_eur_yr"], errors="coerce").astype(float)
    frame["_rank"] = benefit.where(np.isfinite(benefit))
    frame = frame.sort_values("_rank", ascending=False, kind="stable", na_position="last")
    frame = frame.head(top)
    frame["supplier"] = frame["supplier_site"].astype(str).map(names).fillna(frame["supplier_site"])
    frame["receiver"] = frame["receiver_site"].astype(str).map(names).fillna(frame["receiver_site"])
    frame["distance_km"] = pd.to_numeric(frame["distance_m"], errors="coerce") / 1000.0
    frame["family_label"] = frame["family"].map(family_label) if "family" in frame else ""
    if "match_kind" in frame.columns:
        frame["match_kind"] = frame["match_kind"].map(match_kind_label)
    return Table(title, frame, columns, empty)


def _knowledge_leads(
    synergies: pd.DataFrame | None, names: dict[str, str], sectors: dict[str, str], top: int
) -> Table:
    """The best knowledge-based candidates (by calibrated score, nearer first on ties), each
    with its evidence: kept apart from the declared synergies, their benefit an upper bound."""
    columns = [
        (translate("report", "Supplier"), "supplier", "text"),
        (translate("report", "Resource"), "resource", "text"),
        (translate("report", "Possible receiver"), "receiver", "text"),
        (translate("report", "Receiver's sector (NACE)"), "sector", "text"),
        (translate("report", "Calibrated score"), "kb_score", 2),
        (translate("report", "Distance (km)"), "distance_km", 1),
        (translate("report", "Net benefit (EUR/yr), upper bound"), "net_benefit_eur_yr", 0),
    ]
    title = translate("report", "Knowledge-based leads (not declared; upper bounds)")
    note = translate(
        "report",
        "These sites declared no need for the resource: documented exchanges and the "
        "catalogue's typical consumers show that their sector often takes it. The {n} best "
        "by calibrated score (the estimated probability that the receiver is of this sector), "
        "the nearest first on ties. The net benefit assumes the receiver takes the whole "
        "supply: an upper bound, to confirm with the companies; a lead that would lose money "
        "even so is not listed. None of these leads is counted in the declared figures above."
    ).format(n=top)
    empty = translate("report", "No knowledge-based lead was given to the report.")
    if synergies is None or synergies.empty or "match_kind" not in synergies.columns:
        return Table(title, pd.DataFrame(), columns, empty, note)
    frame = pd.DataFrame(synergies.drop(columns="geometry", errors="ignore"))
    frame = frame[frame["match_kind"].astype(str) == INFERRED]
    # An upper bound that is a loss is no lead (as in the headline figures).
    benefit = pd.to_numeric(frame["net_benefit_eur_yr"], errors="coerce")
    frame = frame[benefit.gt(0).to_numpy()]
    # Lines written before the calibrated score existed have none: they come last.
    score = pd.to_numeric(frame.get("kb_score", pd.Series(np.nan, index=frame.index)),
                          errors="coerce").astype(float)
    frame["kb_score"] = score.where(np.isfinite(score))
    frame["distance_km"] = pd.to_numeric(frame["distance_m"], errors="coerce") / 1000.0
    frame = frame.sort_values(
        ["kb_score", "distance_km"], ascending=[False, True], kind="stable", na_position="last"
    ).head(top)
    frame["supplier"] = frame["supplier_site"].astype(str).map(names).fillna(frame["supplier_site"])
    frame["receiver"] = frame["receiver_site"].astype(str).map(names).fillna(frame["receiver_site"])
    frame["sector"] = frame["receiver_site"].astype(str).map(sectors).fillna("")
    frame["evidence_items"] = [
        knowledge_evidence(record, score=False) for record in frame.to_dict("records")
    ]
    return Table(title, frame, columns, empty, note, detail="evidence_items")


def _sectors(sites: pd.DataFrame) -> dict[str, str]:
    """NACE code of each site, by site id ('' when none)."""
    if "nace" not in sites.columns:
        return {}
    codes = sites["nace"].astype(object).where(sites["nace"].notna(), "")
    return dict(zip(sites["site_id"].astype(str), codes.astype(str), strict=True))


def _dh(links: pd.DataFrame | None, top: int) -> tuple[list[Indicator], Table]:
    columns = [
        (translate("report", "Heat source"), "source", "text"),
        (translate("report", "DH area"), "area_id", "text"),
        (translate("report", "Length (km)"), "length_km", 1),
        (translate("report", "Heat delivered (GWh/yr)"), "delivered_gwh", 1),
        (translate("report", "Transmission cost (EUR/MWh)"), "lcoh_transmission_eur_mwh", 1),
        (translate("report", "Dwelling equivalents"), "dwelling_eq", 0),
        (translate("report", "Feasible"), "feasible_text", "text"),
    ]
    title = translate("report", "Waste-heat links to district heating areas")
    empty = translate("report", "No district heating link was given to the report.")
    if links is None or links.empty:
        return [], Table(title, pd.DataFrame(), columns, empty)
    frame = pd.DataFrame(links.drop(columns="geometry", errors="ignore"))
    feasible = frame["feasible"].astype(str).str.lower().isin(("1", "true", "yes"))
    yes, no = translate("report", "yes"), translate("report", "no")
    frame["feasible_text"] = np.where(feasible, yes, no)
    frame["length_km"] = pd.to_numeric(frame["length_m"], errors="coerce") / 1000.0
    delivered = pd.to_numeric(frame["heat_delivered_mwh_yr"], errors="coerce")
    frame["delivered_gwh"] = delivered / 1000.0
    name = frame["source_name"] if "source_name" in frame else frame["source_id"]
    frame["source"] = name.astype(object).where(name.notna() & (name != ""), frame["source_id"])
    frame["_feasible"] = feasible.to_numpy()
    frame = frame.sort_values(["_feasible", "delivered_gwh"], ascending=[False, False])
    good = frame[frame["_feasible"]]
    cards = [
        Indicator(translate("report", "feasible waste-heat links"), len(good)),
        Indicator(translate("report", "heat delivered, feasible links"),
                  finite_sum(good["delivered_gwh"]), _unit("gwh"), 1),
        Indicator(translate("report", "dwelling equivalents heated"),
                  finite_sum(pd.to_numeric(good["dwelling_eq"], errors="coerce"))),
        Indicator(translate("report", "CO2 avoided against gas boilers"),
                  finite_sum(pd.to_numeric(good["co2_avoided_t_yr"], errors="coerce")),
                  _unit("t")),
    ]
    return cards, Table(title, frame.head(top), columns, empty)


def build_report(
    inputs: TerritoryTables,
    *,
    title: str,
    subtitle: str = "",
    public: bool = True,
    top: int = 15,
    map_png: bytes | None = None,
    sankey_svg: str | None = None,
    sources: list[str] | None = None,
    generated: str = "",
    version: str = "",
) -> str:
    """The report page (HTML text) of ``inputs``."""
    names = _names(inputs.sites)
    dh_cards, dh_table = _dh(inputs.dh_links, top)
    data = ReportData(
        title=title,
        subtitle=subtitle,
        public=public,
        indicators=_territory_cards(inputs) + _synergy_cards(inputs.synergies),
        dh_indicators=dh_cards,
        map_png=map_png,
        sankey_svg=sankey_svg,
        tables=[
            _top_synergies(inputs.synergies, names, top),
            _knowledge_leads(inputs.synergies, names, _sectors(inputs.sites), TOP_LEADS),
            dh_table,
        ],
        sources=sources or [],
        generated=generated,
        version=version,
    )
    return render_report(data)
