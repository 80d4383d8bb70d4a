"""The code lists behind the territory's drop-downs (core/reference/code_lists.py)."""

from __future__ import annotations

from ite_qgis.core.reference.catalogue import load_catalogue
from ite_qgis.core.reference.code_lists import code_lists


def test_every_catalogue_code_and_nace_code_with_its_label():
    lists = code_lists()
    resources, nace = lists["catalogue_resources"], lists["nace_codes"]
    assert list(resources.columns) == ["code", "family", "label"]
    assert len(resources) == len(load_catalogue().frame)
    steam = resources.set_index("code").loc["steam"]
    assert (steam["family"], steam["label"]) == ("steam", "steam - Process steam")
    assert list(nace.columns) == ["code", "label"]
    assert nace.set_index("code").loc["24.10", "label"].startswith("24.10 - Manufacture of basic")


def test_labels_in_french_and_english_names_where_french_is_missing():
    lists = code_lists(language="fr")
    resources = lists["catalogue_resources"].set_index("code")
    assert resources.loc["steam", "label"] == "steam - Vapeur industrielle"
    nace = lists["nace_codes"].set_index("code")
    assert nace.loc["03", "label"] == "03 - Pêche et aquaculture"
    assert nace.loc["01.1", "label"] == "01.1 - Growing of non-perennial crops"  # no French
    assert not nace["label"].str.endswith(" - ").any()
    assert code_lists(language="de")["nace_codes"].equals(code_lists()["nace_codes"])
