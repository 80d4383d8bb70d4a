"""The EWC chapter prior from the provider's NACE division: its arithmetic on a small hand-made
table, its static table, and what it does to the code suggester's ranking."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from ite_qgis.core.reference import nace
from ite_qgis.core.reference.catalogue import load_catalogue
from ite_qgis.core.reference.code_prior import (
    CHAPTERS,
    NEUTRAL,
    ChapterPrior,
    chapter_of,
    divisions_of,
    load_chapter_sectors,
)
from ite_qgis.core.reference.code_suggest import CodeSuggester, catalogue_texts

# Chapter 03 names divisions 16 and 17 as its source, chapter 02 division 10.
SECTORS = pd.DataFrame({"chapter": ["03", "03", "02"], "division": ["16", "17", "10"]})
# Three paper-mill rows in chapter 03, one in 19; one food row in 02; rows that teach nothing: a
# code outside the EWC, a row without a division.
DOCUMENTED = pd.DataFrame({
    "division": ["17", "17", "17", "17", "10", "17", ""],
    "code": ["ewc:030310", "ewc:030305", "ewc:0303", "ewc:190805", "ewc:020502", "steam",
             "ewc:100202"],
})


def _p(prior: ChapterPrior, division: str, chapter: str) -> float:
    return float(prior.probabilities([division])[0, CHAPTERS.index(chapter)])


def test_documented_rows_and_the_static_table_mix_as_documented():
    prior = ChapterPrior(SECTORS, DOCUMENTED, smoothing=2.0, static_share=0.5)
    # Background: Laplace over the 5 EWC rows with a division: 02 once, 03 three times, 19 once.
    assert prior.background[CHAPTERS.index("ewc:03")] == pytest.approx(4 / 25)
    assert prior.background[CHAPTERS.index("ewc:01")] == pytest.approx(1 / 25)
    # Division 17: P0(03) = 0.5 * 1 + 0.5 * 4/25 = 0.58, P0(19) = 0.5 * 2/25 = 0.04;
    # P = (n(17, c) + 2 * P0(c)) / (4 + 2).
    assert _p(prior, "17", "ewc:03") == pytest.approx((3 + 2 * 0.58) / 6)
    assert _p(prior, "17", "ewc:19") == pytest.approx((1 + 2 * 0.04) / 6)
    assert _p(prior, "17", "ewc:01") == pytest.approx(2 * 0.02 / 6)
    # Division 16: named by the table, never documented: P = P0.
    assert _p(prior, "16", "ewc:03") == pytest.approx(0.58)
    assert _p(prior, "16", "ewc:02") == pytest.approx(0.5 * 2 / 25)
    # A division neither source knows: the background; every row sums to 1.
    assert prior.probabilities(["99"])[0] == pytest.approx(prior.background)
    assert prior.probabilities(["17", "16", "10", "99"]).sum(axis=1) == pytest.approx(1.0)
    # No division: no probability.
    assert np.isnan(prior.probabilities([""])).all()


def test_the_tilt_is_the_prior_less_the_neutral_value_and_zero_outside_the_ewc():
    prior = ChapterPrior(SECTORS, None, smoothing=5.0, static_share=0.5)
    codes = ["ewc:030310", "heat:100-200c", "ewc:19", "ewc:0303", "material:fill"]
    chapters = chapter_of(codes)
    assert chapters.tolist() == [2, -1, 18, 2, -1]
    tilt = prior.tilt(["17", "99", ""], chapters)
    # Without documented rows the background is uniform: P(03 | 17) = 0.5 + 0.5 / 20.
    assert tilt[0] == pytest.approx([0.525 - NEUTRAL, 0, 0.025 - NEUTRAL, 0.525 - NEUTRAL, 0])
    # An unknown division (uniform background) and a missing one change nothing.
    assert tilt[1] == pytest.approx(0) and tilt[2] == pytest.approx(0)


def test_nace_codes_are_read_to_their_division():
    found = divisions_of(pd.Series(["17.12", "1712", "C10.51Z", None, "", "not a code", 24.1]))
    assert found.tolist() == ["17", "17", "10", "", "", "", "24"]


def test_the_static_table_names_real_chapters_and_divisions_with_a_source():
    table = load_chapter_sectors()
    assert list(table.columns) == ["chapter", "division", "source"]
    assert set(table["chapter"]) <= {c[4:] for c in CHAPTERS}
    assert all(nace.level(d) == "division" for d in table["division"])
    assert table["source"].str.contains("2014/955/EU").all()
    assert not table.duplicated(["chapter", "division"]).any()
    # The chapters whose title names a source industry; 13 to 16 name none (16 01: vehicle
    # maintenance aside).
    assert {"02", "03", "10", "17", "19"} <= set(table["chapter"])
    assert not {"13", "14", "15"} & set(table["chapter"])


@pytest.fixture(scope="module")
def suggesters() -> tuple[CodeSuggester, CodeSuggester]:
    texts = catalogue_texts(load_catalogue())
    prior = ChapterPrior(load_chapter_sectors())
    return CodeSuggester(texts), CodeSuggester(texts, prior=prior)


def test_without_a_division_the_prior_changes_nothing(suggesters):
    plain, with_prior = suggesters
    words = ["sludge", "fly ash", "boues de papeterie", "vapeur"]
    expected = plain.suggest(words)
    assert with_prior.suggest(words).equals(expected)
    assert with_prior.suggest(words, divisions=[""] * 4).equals(expected)
    # A division the static table does not name, and no documented row: uniform, no change.
    assert with_prior.suggest(words, divisions=["99"] * 4).equals(expected)


def test_the_same_words_from_two_sectors_lean_to_their_chapters(suggesters):
    _, with_prior = suggesters
    found = with_prior.suggest(["sludge", "sludge", "sludge"], top=3,
                               divisions=["17", "10", ""])
    first = found[found["rank"] == 1].set_index("row")["code"]
    assert first[0].startswith("ewc:03") and first[1].startswith("ewc:02")
    assert (found["score"] <= 1).all() and (found["score"] > 0).all()


def test_a_clear_text_lead_stays_confident_when_the_prior_lifts_both_codes_past_1():
    # Two codes of the provider's chapter both pass 1 once the prior is added: the scores shown
    # are clipped to 1, and the lead the words give the first still decides (raw_score).
    from ite_qgis.core.reference.code_suggest import confident

    found = pd.DataFrame({"row": [0, 0, 1, 1], "rank": [1, 2, 1, 2],
                          "score": [1.0, 1.0, 1.0, 1.0], "raw_score": [1.40, 1.32, 1.40, 1.38]})
    assert confident(found).tolist() == [True, False]
    assert confident(found.drop(columns="raw_score")).tolist() == [False, False]
