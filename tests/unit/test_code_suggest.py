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
    assert list(found.columns) == ["row", "rank", "code", "score", "matched", "raw_score"]
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


def test_plurals_fold_and_function_words_leave_the_word_terms():
    from ite_qgis.core.reference.code_suggest import stem, text_words

    assert [stem(w) for w in ("ashes", "boues", "batteries", "metaux", "eaux", "glass", "gas")] \
        == ["ash", "boue", "battery", "metal", "eau", "glass", "gas"]
    assert text_words("cendres de la chaudiere") == ["cendre", "chaudiere", "cendre_chaudiere"]


def test_a_chapter_backs_off_to_the_mean_of_its_two_best_codes():
    import numpy as np

    from ite_qgis.core.reference.code_suggest import code_groups, combine, group_support

    codes = np.array(["ewc:100201", "ewc:100202", "ewc:170101", "heat"], dtype=object)
    chapter, sub = code_groups(codes)
    assert chapter[0] == chapter[1] != chapter[2] != chapter[3] and sub[0] == sub[1]
    best = np.array([[0.8, 0.4, 0.6, 0.0]])
    assert np.allclose(group_support(best, chapter), [[0.6, 0.6, 0.3, 0.0]])
    # One text per code: the code's score is 0.8 x its own + 0.2 x its chapter's support.
    score, _ = combine(best, np.zeros_like(best), np.arange(4), (chapter, sub), 1.0, 0.2, 0.0)
    assert np.allclose(score, [[0.76, 0.44, 0.54, 0.0]])
    # Word similarity mixed in by the char weight.
    score, _ = combine(best, np.ones_like(best), np.arange(4), (chapter, sub), 0.5, 0.0, 0.0)
    assert np.allclose(score, [[0.9, 0.7, 0.8, 0.5]])


def test_the_third_place_goes_to_another_chapter_when_it_scores_close():
    import numpy as np

    from ite_qgis.core.reference.code_suggest import pick_top

    chapter = np.array([0, 0, 0, 1, 2])
    score = np.array([[0.9, 0.8, 0.7, 0.65, 0.1],   # chapter 1 is within 0.1: third
                      [0.9, 0.8, 0.7, 0.5, 0.1],    # too far: the third stays in chapter 0
                      [0.9, 0.8, 0.7, 0.1, 0.15]])  # other chapters too weak to show
    assert pick_top(score, chapter, 3, 0.1).tolist() == [[0, 1, 3], [0, 1, 2], [0, 1, 2]]
    assert pick_top(score, chapter, 3, 0.0).tolist() == [[0, 1, 2]] * 3
    # More places: the set by decreasing score, the first two always the two best.
    assert pick_top(score[:1], chapter, 4, 0.1).tolist() == [[0, 1, 2, 3]]


def test_documented_texts_extend_the_labels():
    texts = pd.DataFrame({"code": ["a", "b"], "text": ["spent pickling acid", "wood chips"]})
    found = CodeSuggester(texts).suggest(["pickling acids, spent"], top=1)
    assert found["code"].tolist() == ["a"]
    assert found["matched"].iloc[0] == "pickling acids spent"


# --- the French thesaurus ---------------------------------------------------------------------


def test_thesaurus_has_300_sourced_terms_with_known_codes_and_english_synonyms():
    from ite_qgis import assets
    from ite_qgis.core.reference.code_suggest import load_thesaurus

    terms = load_thesaurus()
    assert list(terms.columns) == ["term_fr", "term_en", "code", "source"]
    assert len(terms) >= 300 and not terms["term_fr"].duplicated().any()
    assert (terms[["term_fr", "term_en", "source"]] != "").all().all()
    catalogue = load_catalogue()
    assert terms["code"].map(catalogue.is_known).all()
    readme = (assets.catalogue_dir() / "waste_thesaurus_fr.README.md").read_text("utf-8")
    assert all(f"| `{key}` |" in readme for key in terms["source"].unique())


def test_french_test_set_shares_no_row_with_the_thesaurus():
    from pathlib import Path

    from ite_qgis.core.reference.code_suggest import load_thesaurus

    path = Path(__file__).resolve().parents[2] / "bench" / "data" / "french_descriptions.csv"
    test = pd.read_csv(path, dtype=str, keep_default_na=False)
    assert len(test) >= 60 and (test["source"] != "").all()
    terms = load_thesaurus()
    known = set(terms["term_fr"].map(normalise_text)) | set(terms["term_en"].map(normalise_text))
    assert not set(test["description"].map(normalise_text)) & known


def test_the_thesaurus_feeds_the_default_suggester():
    from ite_qgis.core.reference.code_suggest import default_suggester

    found = default_suggester(load_catalogue()).suggest(["calamine", "drêches de brasserie"], 1)
    assert found["code"].tolist() == ["ewc:100210", "ewc:020704"]
    assert found["matched"].tolist() == ["calamine", "dreches de brasserie"]


# --- the table of ite:suggestcodes ------------------------------------------------------------


def test_suggest_table_gives_ranked_labelled_lines_and_a_note_for_bad_descriptions():
    from ite_qgis.core.common import i18n
    from ite_qgis.core.reference.code_suggest import (
        TABLE_COLUMNS,
        default_suggester,
        suggest_table,
    )

    catalogue = load_catalogue()
    descriptions = pd.Series(
        ["spent pickling acid", "", None, 42, "=SUM(A1:A3)", "é" * 3000 + " fly ash",
         "Ã©cumes d'aluminium", "zzzz qqqq"],
        index=[10, 11, 12, 13, 14, 15, 16, 17],
    )
    table = suggest_table(default_suggester(catalogue), descriptions, catalogue, top=2)
    assert list(table.columns) == list(TABLE_COLUMNS)
    first = table[table["row"] == 10]
    assert first["rank"].tolist() == [1, 2] and first["code"].iloc[0] == "ewc:110105"
    assert first["label"].iloc[0] == catalogue.label("ewc:110105")
    assert first["matched"].iloc[0] == "pickling acid"
    assert ((table["score"] >= 0) & (table["score"] <= 1)).all()
    notes = dict(zip(table["row"], table["note"], strict=False))
    assert notes[11].startswith("empty description") and notes[12].startswith("empty")
    assert notes[13].startswith("no word to read") and notes[14].startswith("a spreadsheet formula")
    assert notes[15].startswith("only the first 1000 characters")
    assert notes[17].startswith("no code resembles")
    assert table.loc[table["row"] == 16, "code"].iloc[0] == "ewc:100316"  # encoding repaired
    assert set(table["row"]) == set(descriptions.index)
    with i18n.override(None, "fr"):
        french = suggest_table(default_suggester(catalogue), descriptions[:1], catalogue, top=1)
    assert french["label"].iloc[0] == catalogue.label("ewc:110105", "fr")


def test_a_confident_suggestion_leads_clearly():
    from ite_qgis.core.reference.code_suggest import confident

    found = pd.DataFrame({"row": [0, 0, 1, 1, 2], "rank": [1, 2, 1, 2, 1],
                          "score": [0.8, 0.5, 0.56, 0.55, 0.3]})
    assert confident(found).to_dict() == {0: True, 1: False, 2: False}


def test_matched_words_are_those_most_of_whose_grams_the_best_text_holds():
    texts = pd.DataFrame({"code": ["a", "a", "b"],
                          "text": ["wood chips", "sawdust and wood shavings", "fly ash"]})
    found = CodeSuggester(texts).suggest(["wood shavings, dry", "ash ash fly", "chips"], top=1)
    assert found["matched"].tolist() == ["wood shavings", "ash fly", "chips"]


def test_a_coded_row_teaches_its_wording_to_a_similar_uncoded_row():
    from ite_qgis.core.reference.code_suggest import (
        coded_texts,
        default_suggester,
        known_codes,
        suggest_uncoded_table,
    )

    catalogue = load_catalogue()
    # A made-up trade term: zinc alloy dross, coded on one row, in no label nor thesaurus term.
    assert default_suggester(catalogue).suggest(["crasse zamak"], 1)["code"].iloc[0] \
        != "ewc:100511"
    descriptions = pd.Series(["crasses de zamak", "Crasses de Zamak", "crasse zamak", "=A1"],
                             index=[1, 2, 3, 4])
    codes = pd.Series(["10 05 11", "100511", None, "100511"], index=[1, 2, 3, 4])
    taught = coded_texts(descriptions, known_codes(codes, catalogue))
    # Once per (description, code), canonical code, readable descriptions only.
    assert taught.to_dict("records") == [{"code": "ewc:100511", "text": "crasses de zamak"}]
    found = default_suggester(catalogue, taught).suggest(["crasse zamak"], 3)
    assert found["code"].iloc[0] == "ewc:100511" and found["matched"].iloc[0] == "crasse zamak"
    table = suggest_uncoded_table(descriptions, codes, catalogue, top=3)
    # In the table's order; the coded rows get one line each (rank 0), row 3 its suggestions.
    assert table["row"].tolist() == sorted(table["row"]) and set(table["row"]) == {1, 2, 3, 4}
    given = table[table["rank"] == 0]
    assert (given["code"] == "ewc:100511").all() and given["score"].isna().all()
    assert (given["note"] == "code given: nothing suggested").all()
    assert table.loc[table["row"] == 3, "code"].iloc[0] == "ewc:100511"
    # Every row coded: one line each, nothing suggested.
    only = suggest_uncoded_table(descriptions[:2], codes[:2], catalogue)
    assert only["rank"].tolist() == [0, 0] and only["code"].tolist() == ["ewc:100511"] * 2


def test_an_invalid_code_teaches_nothing():
    from ite_qgis.core.reference.code_suggest import (
        coded_texts,
        known_codes,
        suggest_uncoded_table,
    )

    catalogue = load_catalogue()
    descriptions = pd.Series(["crasses de zamak", "crasses de zamak", "crasse zamak"])
    codes = pd.Series(["zamak", "99 99 99", ""])
    assert coded_texts(descriptions, known_codes(codes, catalogue)).empty
    table = suggest_uncoded_table(descriptions, codes, catalogue, top=3)
    assert "ewc:100511" not in set(table["code"]) and (table["rank"] > 0).any()
