"""Ids used twice: one check (core/common/ids.py) for sites, resources, flows and heat sources."""

from __future__ import annotations

import numpy as np
import pandas as pd

from ite_qgis.core.common.ids import MAX_LISTED_IDS, duplicated_ids, listed, repeated_ids


def test_the_first_row_of_an_id_is_kept_the_later_ones_are_repeats():
    ids = pd.Series(["S1", "S2", "S1", "S3", "S1", "S2"])
    assert repeated_ids(ids).tolist() == [False, False, True, False, True, True]
    assert duplicated_ids(ids).tolist() == ["S1", "S2"]


def test_blank_ids_are_never_repeats():
    ids = pd.Series(["", "R1", "", "R1"])
    blank = ids == ""
    assert repeated_ids(ids, blank).tolist() == [False, False, False, True]
    assert duplicated_ids(ids, blank.to_numpy()).tolist() == ["R1"]
    missing = pd.Series([np.nan, "R2", np.nan])
    assert duplicated_ids(missing, missing.isna()).tolist() == []


def test_unique_ids_and_an_index():
    assert len(duplicated_ids(pd.Series(["a", "b", "c"]))) == 0
    assert duplicated_ids(pd.Index(["x", "y", "x", "x"])).tolist() == ["x"]
    assert duplicated_ids(pd.Series([7, 8, 7], index=[10, 20, 30])).tolist() == [7]


def test_listed_ids_are_cut_with_the_count_of_the_rest():
    assert listed(["S1", 2, "S3"]) == "S1, 2, S3"
    text = listed([f"S{i}" for i in range(MAX_LISTED_IDS + 5)])
    assert text.startswith("S0, S1, ") and text.endswith(f"S{MAX_LISTED_IDS - 1} ... and 5 more")
    assert listed(["a", "b", "c"], limit=2) == "a, b ... and 1 more"
