"""The catalogue's typical consuming sectors (resources/catalogue/demand_sectors.csv): every use
said in English and in French, and the evidence of a knowledge-based candidate in the run's
language (the sources are titles and stay as they are)."""

from __future__ import annotations

import geopandas as gpd
import pandas as pd
import pytest

from ite_qgis import assets
from ite_qgis.core.common import i18n
from ite_qgis.core.reference.catalogue import load_catalogue
from ite_qgis.core.reference.knowledge import KnowledgeBase
from ite_qgis.core.reference.sector_model import (
    ModelParameters,
    SectorModel,
    load_demand_sectors,
)
from ite_qgis.core.synergies import find_synergies

SAMPLE = assets.samples_dir() / "dunkirk"
SLAG_RULE = "ewc:100202 -> material:clinker-substitute -> NACE 23.51 ("
SLAG_USE_EN = "blended cements: granulated slag, fly ash, silica fume replace clinker"
SLAG_USE_FR = (
    "ciments composés : laitier granulé, cendres volantes et fumée de silice en substitut de "
    "clinker"
)


@pytest.fixture(scope="module")
def catalogue():
    return load_catalogue()


def test_every_row_says_its_use_in_english_and_in_french():
    table = load_demand_sectors()
    assert list(table.columns) == ["demand_code", "nace", "use", "use_fr", "source"]
    assert len(table) >= 180
    assert (table["use"].str.strip() != "").all() and (table["use_fr"].str.strip() != "").all()
    # Translated, not copied: only short technical terms may read the same in both languages.
    same = table[table["use"] == table["use_fr"]]
    assert same.empty, same
    # Nothing that would break the separators of kb_sources (" | " between rules).
    assert not table["use_fr"].str.contains("|", regex=False).any()
    readme = (assets.catalogue_dir() / "demand_sectors.README.md").read_text("utf-8")
    assert "| `use_fr` |" in readme


def _slag_lead(catalogue) -> pd.Series:
    """The best knowledge-based lead of the Dunkirk converter slag (R002)."""
    table = pd.read_csv(SAMPLE / "sites.csv", dtype={"nace": str})
    sites = gpd.GeoDataFrame(
        table, geometry=gpd.points_from_xy(table["x"], table["y"]), crs=4326
    )
    lines = find_synergies(sites, pd.read_csv(SAMPLE / "resources.csv"), catalogue).lines
    inferred = lines[(lines["supply_id"] == "R002") & (lines["match_kind"] == "inferred_sector")]
    return inferred.sort_values("rank").iloc[0]


def test_dunkirk_slag_lead_cites_the_use_in_the_runs_language(catalogue):
    english = _slag_lead(catalogue)
    with i18n.override(None, "fr"):
        french = _slag_lead(catalogue)
    assert f"{SLAG_RULE}{SLAG_USE_EN}): " in english["kb_sources"]
    assert "substitut de clinker" not in english["kb_sources"]
    assert f"{SLAG_RULE}{SLAG_USE_FR}): " in french["kb_sources"]
    assert SLAG_USE_EN not in french["kb_sources"]
    # The same rules and sources (titles, untranslated), the same model numbers.
    assert "CLM BREF" in french["kb_sources"]
    assert french["kb_sources"].count(" | ") == english["kb_sources"].count(" | ")
    assert french["kb_score"] == english["kb_score"]
    assert french["receiver_site"] == english["receiver_site"]


def test_a_table_without_french_uses_falls_back_to_english(catalogue):
    sectors = load_demand_sectors()
    older = sectors.drop(columns="use_fr")
    partly = sectors.assign(use_fr=sectors["use_fr"].where(sectors["nace"] != "23.51", ""))
    sector = pd.Series({"nace_class": "23.51", "group": "23.5", "division": "23"})
    kb, parameters = KnowledgeBase.load(), ModelParameters.load()
    for table in (older, partly):
        model = SectorModel(kb, parameters, table, catalogue)
        _, rules = model.evidence_texts("ewc:100202", "code", sector, "fr")
        assert f"{SLAG_RULE}{SLAG_USE_EN}): " in rules
    _, rules = SectorModel(kb, parameters, sectors, catalogue).evidence_texts(
        "ewc:100202", "code", sector, "fr"
    )
    assert f"{SLAG_RULE}{SLAG_USE_FR}): " in rules
