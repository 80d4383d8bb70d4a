"""ite:importinventory and free-text descriptions: a confident suggestion is imported with the
code_suggested flag and listed for review; an unsure one is rejected with the top 3 suggestions.
Nothing is assigned silently."""

from __future__ import annotations

import pandas as pd
import pytest

from ite_qgis.core.territory.inventory_checks import validate_inventory
from ite_qgis.core.territory.inventory_import import import_inventory


@pytest.fixture(scope="module")
def catalogue():
    from ite_qgis.core.reference.catalogue import load_catalogue

    return load_catalogue()


@pytest.fixture(scope="module")
def result(catalogue):
    table = pd.DataFrame(
        {
            "site_id": ["P1", "P1", "A1", "L1", "L1", "L1"],
            "x": ["652000"] * 2 + ["653000"] + ["654000"] * 3,
            "y": ["7104000"] * 2 + ["7105000"] + ["7106000"] * 3,
            "sens": ["offre"] * 6,
            "code déchet": ["", "", "déchet inconnu", "", "ewc:100202", "zz"],
            "description": ["boues de papeterie", "palettes cassées", "laitier d'aciérie",
                            "spent pickling acid", "laitier", "qqqq"],
            "quantité": ["1200", "30", "50000", "800", "10", "1"],
            "unité": ["t/an"] * 6,
        }
    )
    return import_inventory(table, catalogue=catalogue, source_crs="EPSG:2154")


def test_confident_suggestions_are_imported_flagged_with_a_warning(result):
    resources = result.resources.set_index("description")
    assert resources.loc["boues de papeterie", "resource"].startswith("ewc:0303")
    assert resources.loc["laitier d'aciérie", "resource"] == "ewc:100202"
    assert resources.loc["spent pickling acid", "resource"] == "ewc:110105"
    flags = resources["code_suggested"].to_dict()
    assert flags == {"boues de papeterie": 1, "laitier d'aciérie": 1, "spent pickling acid": 1,
                     "laitier": 0}  # a given code is never flagged
    warnings = result.rejected[result.rejected["severity"] == "warning"]
    by_row = dict(zip(warnings["row"], warnings["reason"], strict=True))
    assert set(by_row) == {2, 4, 5}
    assert by_row[4].startswith("resource code ewc:100202 (") and "(score 0." in by_row[4]
    assert "suggested from 'laitier d'aciérie déchet inconnu'" in by_row[4]
    assert "matched words: laitier d acierie" in by_row[4] and by_row[4].endswith("check it")


def test_unsure_suggestions_are_rejected_with_the_top_three_in_the_reason(result):
    errors = result.rejected[result.rejected["severity"] == "error"]
    by_row = dict(zip(errors["row"], errors["reason"], strict=True))
    assert set(by_row) == {3, 7}
    pallets = by_row[3]
    assert pallets.startswith("code déchet is empty; closest codes for the description: ")
    # The closest codes worth showing (score at least WEAK_SCORE), at most 3.
    assert 2 <= pallets.count("(0.") <= 3 and "ewc:150103" in pallets
    assert by_row[7] == "resource code 'zz' is not in the catalogue"  # nothing resembles it
    assert result.counts  # every row accounted for, as before


def test_the_validation_report_lists_the_suggested_codes_for_review(result, catalogue):
    report = validate_inventory(result.sites, result.resources, catalogue)
    review = report[report["problem"] == "code_suggested"]
    assert len(review) == 3 and set(review["severity"]) == {"warning"}
    assert review["message"].str.endswith("not given; check it").all()
    assert any("'laitier d'aciérie'" in message for message in review["message"])


def test_formulas_and_numbers_are_not_read_as_descriptions(catalogue):
    table = pd.DataFrame({"site_id": ["S1", "S1"], "x": ["652000"] * 2, "y": ["7104000"] * 2,
                          "direction": ["supply"] * 2, "resource": ["", "999"],
                          "description": ["=SUM(A1:A3)", "45,5"], "quantity": ["1", "2"],
                          "unit": ["t/yr"] * 2})
    result = import_inventory(table, catalogue=catalogue, source_crs="EPSG:2154")
    assert result.resources.empty
    assert result.rejected["reason"].tolist() == [
        "resource is empty", "resource code '999' is not in the catalogue"]
