"""NACE Rev. 2 codes: the committed list against the shared one, normalisation, labels."""

from __future__ import annotations

import pandas as pd
import pytest

from ite_qgis.core.reference.nace import (
    codes_table,
    division,
    label,
    level,
    normalise_nace,
    normalise_nace_series,
)


@pytest.fixture(scope="module")
def shared_nace(shared_data) -> pd.DataFrame:
    path = shared_data / "nace_rev2_codes.csv"
    if not path.is_file():
        pytest.skip(f"{path} is absent")
    return pd.read_csv(path, dtype=str, keep_default_na=False)


@pytest.fixture(scope="module")
def ours(repo_root) -> pd.DataFrame:
    return pd.read_csv(
        repo_root / "resources" / "catalogue" / "nace_rev2.csv", dtype=str, keep_default_na=False
    )


def test_level_counts(ours):
    counts = ours["level"].value_counts().to_dict()
    assert counts == {"4": 615, "3": 272, "2": 88}
    assert not ours["code"].duplicated().any()
    assert (ours["label_en"].str.strip() != "").all()


def test_classes_match_the_shared_list_both_ways(ours, shared_nace):
    classes = set(ours.loc[ours["level"] == "4", "code"])
    assert len(classes) == 615
    assert classes == set(shared_nace["nace_code"])
    assert set(ours.loc[ours["level"] == "3", "code"]) == set(shared_nace["parent"])
    assert set(ours.loc[ours["level"] == "2", "code"]) == {c[:2] for c in shared_nace["nace_code"]}


def test_titles_follow_eurostat(ours, shared_nace):
    by_code = ours.set_index("code")["label_en"]
    official = shared_nace.set_index("nace_code")["description"].str.strip()
    assert (by_code[official.index] == official).all()
    by_division = shared_nace.groupby(shared_nace["nace_code"].str[:2])
    divisions = by_division["division_description"].first()
    assert (by_code[divisions.index] == divisions.str.strip()).all()
    assert by_code["24.1"] == "Manufacture of basic iron and steel and of ferro-alloys"
    assert by_code["38.2"] == "Waste treatment and disposal"
    assert by_code["35.3"] == "Steam and air conditioning supply"


def test_french_titles_for_divisions_only(ours):
    divisions = ours[ours["level"] == "2"]
    assert (divisions["label_fr"].str.strip() != "").all()
    assert (ours.loc[ours["level"] != "2", "label_fr"] == "").all()


def test_sections(ours):
    section = ours.set_index("code")["section"]
    assert section["01"] == "A" and section["24.10"] == "C" and section["35"] == "D"
    assert section["38.21"] == "E" and section["99"] == "U"
    assert section.nunique() == 21


@pytest.mark.parametrize(
    "text, expected",
    [
        ("24.10", "24.10"),
        ("2410", "24.10"),
        ("24.1", "24.1"),
        ("24", "24"),
        ("C24.10", "24.10"),
        ("C 24.10", "24.10"),
        ("24,10", "24.10"),
        (" 24.10 ", "24.10"),
        (2410.0, "24.10"),
        (2410, "24.10"),
        ("2410.0", "24.10"),
        (24.1, "24.1"),
        (24, "24"),
        (1.11, "01.11"),
        ("1.11", "01.11"),
        ("0111", "01.11"),
        (111, "01.11"),  # 0111 typed in a spreadsheet becomes the number 111
        ("241", "24.1"),
        ("1", "01"),
        ("NAF 24.10Z", "24.10"),
        ("35.11Z", "35.11"),
        ("NACE Rev. 2 24.10", "24.10"),
        ("11.0", "11.0"),
        ("A24.10", None),  # section A is agriculture, not division 24
        ("24.19", None),
        ("2419", None),
        ("99.99", None),
        ("00", None),
        ("24.100", None),
        ("C", None),
        ("steel", None),
        ("", None),
        (None, None),
        (float("nan"), None),
        (0, None),
        (True, None),
    ],
)
def test_normalise_nace(text, expected):
    assert normalise_nace(text) == expected


def test_series_keeps_index_and_marks_bad_values():
    series = pd.Series(["2410", None, "steel", 24.1, "C20.14"], index=[7, 8, 9, 10, 11])
    out = normalise_nace_series(series)
    assert list(out.index) == [7, 8, 9, 10, 11]
    assert out.tolist() == ["24.10", None, None, "24.1", "20.14"]


def test_division_level_and_labels():
    assert division("C24.10") == "24" and division("2410") == "24" and division("x") is None
    assert level("24") == "division" and level("24.1") == "group" and level("24.10") == "class"
    assert label("24.10") == "Manufacture of basic iron and steel and of ferro-alloys"
    assert label("24", lang="fr") == "Métallurgie"
    assert label("35.30", lang="fr") == "Steam and air conditioning supply"  # English fallback
    assert label("nope") is None
    assert len(codes_table()) == 975
