"""Territorial metabolism and the Sankey SVG (pure core)."""

import xml.etree.ElementTree as ET

import pandas as pd
import pytest

from ite_qgis.core.flows.metabolism import (
    compute_metabolism,
    metabolism_links,
    metabolism_svg,
    metabolism_table,
)
from ite_qgis.core.flows.sankey import sankey_svg
from ite_qgis.core.reference.catalogue import load_catalogue
from ite_qgis.core.samples.dunkirk import sample_territory

SITES = pd.DataFrame({"site_id": ["A", "B", "C"], "nace": ["24.10", "35.30", "10.11"]})
RESOURCES = pd.DataFrame({
    "resource_id": ["R1", "R2", "R3"], "site_id": ["A", "A", "C"],
    "direction": ["supply", "supply", "demand"], "resource": ["heat", "ewc:100202", "heat"],
    "quantity": [1000.0, 50.0, 300.0], "unit": ["MWh/yr", "t/yr", "MWh/yr"]})
FLOWS = pd.DataFrame({"from_site": ["A"], "to_site": ["B"], "resource": ["heat"],
                      "quantity": [400.0], "unit": ["MWh/yr"], "status": ["existing"]})
# Two receivers offered the same 1,000 MWh: only the 600 left after the flow can count.
SYNERGIES = pd.DataFrame({"supplier_site": ["A", "A"], "receiver_site": ["C", "B"],
                          "resource": ["heat", "heat"], "quantity": [1000.0, 1000.0],
                          "unit": ["MWh/yr", "MWh/yr"]})


def test_ledger_caps_candidates_and_conserves_supply():
    table = metabolism_table(SITES, RESOURCES, FLOWS, SYNERGIES)
    heat = table[(table["dimension"] == "family") & (table["key"] == "heat")].iloc[0]
    assert heat["supply"] == 1000 and heat["exchanged"] == 400 and heat["candidate"] == 600
    assert heat["not_looped"] == 0 and heat["demand"] == 300
    assert heat["looped_share"] == pytest.approx(0.4)
    assert heat["candidate_share"] == pytest.approx(0.6)
    slag = table[(table["dimension"] == "family") & (table["key"] == "material")].iloc[0]
    assert slag["unit"] == "t/yr" and slag["not_looped"] == 50


def test_sample_totals_conserve_quantities():
    sites, resources, flows = sample_territory()
    m = compute_metabolism(sites, resources, flows, catalogue=load_catalogue())
    table = metabolism_table(None, None, metabolism=m)
    for dimension in ("family", "sector"):
        part = table[table["dimension"] == dimension].groupby("unit")[["supply", "exchanged"]]
        totals = table[table["dimension"] == "total"].set_index("unit")
        assert part.sum()["supply"].to_dict() == pytest.approx(totals["supply"].to_dict())
    rows = table[table["supply"] > 0]
    assert (rows["exchanged"] + rows["candidate"] + rows["not_looped"]).to_numpy() == (
        pytest.approx(rows["supply"].to_numpy()))
    links = metabolism_links(None, None, metabolism=m)
    for unit_family, part in links.groupby("unit_family"):
        into = part.loc[part["kind"] == "supply", "value"].sum()
        out = part.loc[part["kind"] != "supply", "value"].sum()
        assert into == pytest.approx(out), unit_family


def test_svg_parses_and_escapes_labels():
    links = pd.DataFrame({
        "source": ["from:24", "family:heat"], "target": ["family:heat", "to:35"],
        "value": [10.0, 10.0], "family": ["heat", "heat"], "kind": ["supply", "existing"],
        "source_label": ["Steel & <iron>", "Heat"], "target_label": ["Heat", "Power"]})
    svg = sankey_svg(links, "A & B", "GWh/yr")
    root = ET.fromstring(svg.encode("utf-8"))
    texts = [t.text for t in root.iter("{http://www.w3.org/2000/svg}text")]
    assert "Steel & <iron>" in texts and "A & B" in texts and "Power" in texts
    table = metabolism_links(SITES, RESOURCES, FLOWS, SYNERGIES)
    document = metabolism_svg(table, "Metabolism")
    ET.fromstring(document.encode("utf-8"))
    assert "Energy (GWh/yr)" in document and "Materials and gases by mass (t/yr)" in document
    assert "Already looped: 40%" in document
