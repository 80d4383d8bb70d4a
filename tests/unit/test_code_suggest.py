"""Codes from free text: the TF-IDF character n-gram suggester, on the catalogue's labels."""

from __future__ import annotations

import pandas as pd
import pytest

from ite_qgis.core.reference.catalogue import load_catalogue
from ite_qgis.core.reference.code_suggest import CodeSuggester, catalogue_texts, normalise_text


@pytest.fixture(scope="module")
def suggester() -> CodeSuggester:
    return CodeSuggester(catalogue_texts(load_catalogue()))


@pytest.mark.parametrize(
    ("description", "code"),
    [
        ("laitier d'aciérie", "ewc:100202"),
        ("cendres volantes", "ewc:100102"),
        ("Fly ash from the coal boiler", "ewc:100102"),
        ("gravats de béton", "ewc:170101"),
        ("palettes cassées", "ewc:150103"),
    ],
)
def test_french_and_english_descriptions(suggester, description, code):
    found = suggester.suggest([description], top=3)
    assert code in set(found["code"])
    first = found.iloc[0]
    assert 0 < first["score"] <= 1 and first["matched"]


def test_each_suggestion_gives_code_score_and_matched_words(suggester):
    found = suggester.suggest(["boues de papeterie"], top=3)
    assert list(found.columns) == ["row", "rank", "code", "score", "matched"]
    assert found["rank"].tolist() == [1, 2, 3]
    assert found["score"].is_monotonic_decreasing
    assert found["code"].iloc[0].startswith("ewc:0303")  # pulp and paper wastes
    assert "boues" in found["matched"].iloc[0]


def test_bad_descriptions_give_no_row_or_a_weak_one_never_an_error(suggester):
    bad = ["", None, float("nan"), 12.5, "x" * 100_000, "<b>fly ash</b>", "=SUM(A1:A3)", "   "]
    found = suggester.suggest(bad, top=3)
    assert set(found["row"]) <= set(range(len(bad)))
    assert not set(found["row"]) & {0, 1, 2, 7}  # nothing to read: no suggestion
    html = found[found["row"] == 5]
    assert html["code"].iloc[0] == "ewc:100102" and html["matched"].iloc[0] == "fly ash"
    assert (found.loc[found["row"] == 6, "score"] < 0.3).all()  # a formula matches nothing well


def test_text_normalisation():
    assert normalise_text("Ã‰lÃ©ments") == "elements"  # UTF-8 read as Latin-1, repaired
    assert normalise_text("Boues <i>de</i> STEP&nbsp;!") == "boues de step"
    assert normalise_text(None) == "" and normalise_text(3) == "3"


def test_documented_texts_extend_the_labels():
    texts = pd.DataFrame({"code": ["a", "b"], "text": ["spent pickling acid", "wood chips"]})
    found = CodeSuggester(texts).suggest(["pickling acids, spent"], top=1)
    assert found["code"].tolist() == ["a"]
    assert found["matched"].iloc[0] == "pickling acids spent"
