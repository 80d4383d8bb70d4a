"""No "nan" or "inf" in a document: the metabolism, the Sankey, the indicators, the exports and
the site id check on quantities too large to be numbers (pure core)."""

import math
import re
import xml.etree.ElementTree as ET

import numpy as np
import pandas as pd
import pytest

from ite_qgis.core.flows.metabolism import (
    MetabolismError,
    compute_metabolism,
    metabolism_links,
    metabolism_svg,
    metabolism_table,
)
from ite_qgis.core.flows.sankey import sankey_svg
from ite_qgis.core.publishing.exports import write_tables
from ite_qgis.core.publishing.public import require_site_ids, round_to_class
from ite_qgis.core.reference.catalogue import load_catalogue
from ite_qgis.core.synergies.indicators import synergy_indicators
from ite_qgis.core.validation.findings import InputError

NON_FINITE = re.compile(r"(?<![A-Za-z])(nan|inf|infinity)(?![A-Za-z])", re.IGNORECASE)
SITES = pd.DataFrame({"site_id": ["A", "B", "C"], "nace": ["24.10", "35.30", "10.11"]})
# A's heat adds up past the largest number; B declares an infinite supply.
RESOURCES = pd.DataFrame({
    "resource_id": ["R1", "R2", "R3", "R4", "R5"], "site_id": ["A", "A", "B", "C", "C"],
    "direction": ["supply", "supply", "supply", "demand", "supply"],
    "resource": ["heat", "heat", "heat", "heat", "ewc:100202"],
    "quantity": [1e308, 1e308, math.inf, 300.0, 50.0],
    "unit": ["MWh/yr", "MWh/yr", "MWh/yr", "MWh/yr", "t/yr"]})
SYNERGIES = pd.DataFrame({"supplier_site": ["A", "B"], "receiver_site": ["C", "C"],
                          "resource": ["heat", "heat"], "quantity": [1e308, math.inf],
                          "unit": ["MWh/yr", "MWh/yr"]})


def _clean(text: str) -> None:
    assert not NON_FINITE.findall(text), NON_FINITE.findall(text)


def test_metabolism_leaves_out_what_is_not_a_number_and_says_so():
    m = compute_metabolism(SITES, RESOURCES, None, SYNERGIES, catalogue=load_catalogue())
    notes = " ".join(m.notes)
    assert "R3" in notes  # the infinite supply, named
    assert "too large to be a number" in notes and "A (heat)" in notes
    assert "infinite quantity" in notes  # the infinite candidate
    table = metabolism_table(None, None, metabolism=m)
    figures = table.select_dtypes("number").to_numpy(dtype=float)
    assert not np.isinf(figures).any()
    svg = metabolism_svg(metabolism_links(None, None, metabolism=m), "T")
    ET.fromstring(svg.encode("utf-8"))
    _clean(svg)


def test_sankey_of_links_whose_sums_overflow_draws_nothing_and_says_why():
    links = pd.DataFrame({"source": ["a", "b"], "target": ["c", "c"],
                          "value": [1.5e308, 1.5e308], "family": ["heat", "heat"]})
    svg = sankey_svg(links, "T", "MWh/yr")
    ET.fromstring(svg.encode("utf-8"))
    _clean(svg)
    assert "more than a number can hold" in svg
    infinite = links.assign(value=[math.inf, 5.0])
    svg = sankey_svg(infinite, "T", "MWh/yr")
    _clean(svg)
    assert "<path" in svg  # the finite link is drawn


def test_metabolism_refuses_blank_and_duplicate_site_ids():
    for ids in (["A", "A", "C"], ["A", None, "C"], ["A", " ", "C"]):
        sites = SITES.assign(site_id=ids)
        with pytest.raises(MetabolismError, match="site_id"):
            compute_metabolism(sites, RESOURCES.iloc[[4]], catalogue=load_catalogue())
    with pytest.raises(InputError, match="is empty"):
        require_site_ids(SITES.iloc[:0])


def test_indicators_leave_out_non_finite_values_and_never_return_inf():
    lines = pd.DataFrame({"quantity": [1e308, 1e308, 10.0], "family": ["material"] * 3,
                          "unit": ["t/yr"] * 3, "net_benefit_eur_yr": [math.inf, 1.0, 5.0],
                          "co2_avoided_t_yr": [1.0, math.nan, 2.0]})
    values = synergy_indicators(lines)
    assert values["t_yr"] is None  # 2e308 overflows
    assert values["eur_yr"] == 6.0 and values["co2_t_yr"] == 3.0  # inf and nan left out


def test_public_rounding_never_makes_inf():
    out = round_to_class([1.7e308, math.inf, -math.inf, 3.0, 0.0])
    assert out[0] == pytest.approx(1.4e308) and np.isnan(out[1:3]).all()
    assert list(out[3:]) == [3.2, 0.0]


def test_exports_write_infinite_numbers_as_empty_cells(tmp_path):
    notes = []
    frame = pd.DataFrame({"id": ["a", "b"], "quantity": [math.inf, 2.0], "x": [np.nan, 1.0]})
    (path,) = write_tables({"resources": frame}, tmp_path, "csv", notes)
    text = path.read_text(encoding="utf-8-sig")
    _clean(text)
    assert text.splitlines()[1] == "a,,"
    assert notes and "resources: 1 numbers" in notes[0]
