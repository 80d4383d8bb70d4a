"""The evidence of a knowledge-based candidate in words (core.synergies.evidence): documented
exchanges grouped by provider -> receiver sector and resource, with their dataset and ids, and
the headings the explorer and the report show."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from ite_qgis.core.reference.catalogue import load_catalogue
from ite_qgis.core.reference.knowledge import KnowledgeBase
from ite_qgis.core.synergies.evidence import (
    case_index,
    exchanges_text,
    keyword_label,
    knowledge_evidence,
)

COLUMNS = [
    "level", "key", "provider_division", "receiver_nace_class", "receiver_group",
    "receiver_division", "count", "cases",
]  # fmt: skip


@pytest.fixture(scope="module")
def catalogue():
    return load_catalogue()


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    """Four documented exchanges, each counted at every level as derive_table counts them:
    two steel slag exchanges from steelworks to a cement works, one from a power plant, and
    one waste heat exchange (no EWC code) whose receiver is known only as a group."""
    rows = [
        ("code", "ewc:100202", "24", "23.51", "23.5", "23", 2, "7,1,1; 7,1,2"),
        ("subchapter", "ewc:1002", "24", "23.51", "23.5", "23", 2, "7,1,1; 7,1,2"),
        ("chapter", "ewc:10", "24", "23.51", "23.5", "23", 2, "7,1,1; 7,1,2"),
        ("keyword", "slag", "24", "23.51", "23.5", "23", 2, "7,1,1; 7,1,2"),
        ("code", "ewc:100202", "35", "23.51", "23.5", "23", 1, "9,2,4"),
        ("keyword", "slag", "35", "23.51", "23.5", "23", 1, "9,2,4"),
        ("family", "material", "24", "23.51", "23.5", "23", 2, "7,1,1; 7,1,2"),
        ("family", "material", "35", "23.51", "23.5", "23", 1, "9,2,4"),
        ("keyword", "heat", "", "", "01.3", "01", 1, "11,3,5"),
        ("family", "heat", "", "", "01.3", "01", 1, "11,3,5"),
        ("all", "*", "24", "23.51", "23.5", "23", 2, "7,1,1; 7,1,2"),
    ]
    return KnowledgeBase(pd.DataFrame(rows, columns=COLUMNS))


def test_case_index_reads_each_exchange_once(kb):
    index = case_index(kb.table)
    assert list(index.index) == ["11,3,5", "7,1,1", "7,1,2", "9,2,4"]
    slag = index.loc["7,1,1"]
    assert (slag.provider, slag.receiver, slag.ewc, slag.keywords, slag.family) == (
        "24", "23.51", ("ewc:100202",), ("slag",), ("material",)
    )  # fmt: skip
    heat = index.loc["11,3,5"]
    assert (heat.provider, heat.receiver, heat.ewc, heat.keywords) == ("", "01.3", (), ("heat",))


def test_case_index_of_a_table_without_ids_is_empty():
    table = pd.DataFrame([("code", "ewc:100202", "24", "23.51", "23.5", "23", 2)],
                         columns=COLUMNS[:-1])  # fmt: skip
    assert case_index(table).empty
    assert exchanges_text(KnowledgeBase(table), "1,2,3") == "MAESTRI 1,2,3"


def test_exchanges_are_grouped_by_sectors_and_resource_largest_group_first(kb, catalogue):
    text = exchanges_text(kb, "9,2,4; 7,1,2; 7,1,1", catalogue, "en")
    slag = catalogue.label("ewc:100202", "en")
    assert text == (
        f"NACE 24 -> NACE 23.51, ewc:100202 {slag}: MAESTRI 7,1,2; 7,1,1"
        f" | NACE 35 -> NACE 23.51, ewc:100202 {slag}: MAESTRI 9,2,4"
    )


def test_exchanges_name_the_resource_by_keyword_and_an_unknown_provider(kb, catalogue):
    assert exchanges_text(kb, "11,3,5", catalogue, "en") == (
        "sector not given -> NACE 01.3, heat: MAESTRI 11,3,5"
    )
    assert keyword_label("fuel gas") == "fuel gas" and keyword_label("other") == "other"


def test_exchanges_in_french_use_the_catalogues_french_label(kb, catalogue):
    text = exchanges_text(kb, "9,2,4", catalogue, "fr")
    assert catalogue.label("ewc:100202", "fr") in text
    assert catalogue.label("ewc:100202", "en") not in text


def test_ids_the_knowledge_base_does_not_describe_are_still_cited(kb, catalogue):
    text = exchanges_text(kb, "9,2,4; 99,9,9", catalogue, "en")
    assert text.endswith(" | MAESTRI 99,9,9")
    assert exchanges_text(kb, "", catalogue) == exchanges_text(kb, None, catalogue) == ""


def test_knowledge_evidence_of_a_line(kb, catalogue):
    record = {
        "match_kind": "inferred_sector",
        "kb_score": np.float64(0.2666),
        "evidence": np.int64(3),
        "kb_cases": "7,1,1; 7,1,2; 9,2,4",
        "kb_exchanges": exchanges_text(kb, "7,1,1; 7,1,2; 9,2,4", catalogue, "en"),
        "kb_sources": "ewc:100202 -> material:clinker-substitute -> NACE 23.51 (blended "
                      "cements): EU JRC, CLM BREF, 2013 | ewc:100202 -> material:aggregate "
                      "-> NACE 23.63 (concrete): EN 12620, 2013",
    }  # fmt: skip
    (score, _), (exchanges, groups), (rules, sources) = knowledge_evidence(record)
    assert score.startswith("Calibrated score: 0.27 (estimated probability")
    assert exchanges == "3 documented exchanges back this sector:"
    assert groups[0].startswith("NACE 24 \u2192 NACE 23.51, ewc:100202 ")
    assert groups[0].endswith(": MAESTRI 7,1,1; 7,1,2") and groups[1].endswith("MAESTRI 9,2,4")
    assert rules.startswith("Catalogue rules applied (supply code \u2192 demand code \u2192")
    assert sources == [
        "ewc:100202 \u2192 material:clinker-substitute \u2192 NACE 23.51 (blended cements): "
        "EU JRC, CLM BREF, 2013",
        "ewc:100202 \u2192 material:aggregate \u2192 NACE 23.63 (concrete): EN 12620, 2013",
    ]
    # A table that shows the score in a column leaves it out.
    assert [h for h, _ in knowledge_evidence(record, score=False)] == [exchanges, rules]


def test_knowledge_evidence_of_a_catalogue_only_or_an_older_line():
    catalogue_only = {"kb_score": 0.03, "evidence": 0, "kb_cases": None,
                      "kb_sources": "co2 -> NACE 23 (kiln): EU JRC, CLM BREF, 2013"}  # fmt: skip
    headings = [h for h, _ in knowledge_evidence(catalogue_only)]
    assert headings[1] == "No documented exchange names this sector."
    # A line written before kb_exchanges existed: its ids, cited with the dataset; no score.
    older = {"evidence": 1, "kb_cases": "5,25,18", "kb_score": float("nan")}
    (exchanges, groups), (rules, items) = knowledge_evidence(older)
    assert exchanges == "1 documented exchange backs this sector:"
    assert groups == ["MAESTRI 5,25,18"]
    assert (rules, items) == ("No catalogue rule names this sector.", [])
    # Without ids, the stored count still says how many.
    assert knowledge_evidence({"evidence": 4})[0][0] == "4 documented exchanges back this sector:"
