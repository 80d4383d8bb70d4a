"""The resource catalogue: shipped data, code normalisation, user files and compatibility."""

from __future__ import annotations

import math
from pathlib import Path

import pandas as pd
import pytest

from ite_qgis.core.common.families import RESOURCE_FAMILIES
from ite_qgis.core.reference.catalogue import (
    CONDITIONS,
    FAMILY_UNITS,
    TRANSPORT_MODES,
    UNIT_FAMILIES,
    Catalogue,
    CatalogueError,
    UnknownCodeError,
    load_catalogue,
    normalise_code,
    normalise_series,
    split_codes,
)

BANDS = ["heat:below-100c", "heat:100-200c", "heat:200-500c", "heat:above-500c"]


@pytest.fixture(scope="module")
def cat() -> Catalogue:
    return load_catalogue()


@pytest.fixture(scope="module")
def official(shared_data) -> pd.DataFrame:
    path = shared_data / "ewc_codes.csv"
    if not path.is_file():
        pytest.skip(f"{path} is absent")
    return pd.read_csv(path, dtype=str)


def _catalogue_dir(repo_root: Path) -> Path:
    return repo_root / "resources" / "catalogue"


def _write(tmp_path: Path, text: str, name: str = "user.csv", encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


# --------------------------------------------------------------------------- shipped data


def test_every_catalogue_ewc_code_is_in_the_official_list(cat, official):
    entries = set(official["ewc_code"])
    groups = {c[:4] for c in entries} | {c[:2] for c in entries}
    ewc = [c[4:] for c in cat.codes if c.startswith("ewc:")]
    assert [c for c in ewc if c not in entries | groups] == []
    assert len([c for c in ewc if len(c) == 6]) >= 150


def test_every_chapter_and_subchapter_is_covered(cat, official):
    chapters = {f"ewc:{c[:2]}" for c in official["ewc_code"]}
    subchapters = {f"ewc:{c[:4]}" for c in official["ewc_code"]}
    assert len(chapters) == 20 and len(subchapters) == 111
    assert chapters <= set(cat.codes)
    assert subchapters <= set(cat.codes)
    # Each entry of the list resolves at least to its sub-chapter.
    levels = {cat.resolve(code)[1] for code in official["ewc_code"]}
    assert levels == {"code", "subchapter"}


def test_every_maestri_ewc_code_is_listed(cat, shared_data):
    path = shared_data / "maestri_exchanges.csv"
    if not path.is_file():
        pytest.skip(f"{path} is absent")
    cells = pd.read_csv(path, dtype=str, keep_default_na=False)["ewc_code"]
    codes = {code for cell in cells for code in split_codes(cell)}
    assert None not in codes
    assert len(codes) == 99  # distinct codes once "160209/160210/160214" cells are split
    assert sorted(codes - set(cat.codes)) == []


def test_dunkirk_territory_codes_are_listed(cat):
    for code in [
        "100202",
        "100201",
        "100102",
        "100105",
        "100101",
        "100210",
        "100208",
        "190805",
        "020304",
        "200108",
        "150101",
        "150102",
        "170504",
        "191212",
        "170101",
        "100903",
    ]:
        assert cat.resolve(code)[1] == "code", code


def test_committed_ewc_list_matches_the_official_one(repo_root, official, shared_data):
    path = _catalogue_dir(repo_root) / "ewc_codes.csv"
    ours = pd.read_csv(path, dtype=str)
    assert list(ours.columns) == ["code", "hazardous"]
    assert len(ours) == 842
    assert set(ours["code"]) == set(official["ewc_code"])
    assert (ours["hazardous"] == "1").sum() == 408
    assert path.read_bytes() != (shared_data / "ewc_codes.csv").read_bytes()
    flags = dict(zip(ours["code"], ours["hazardous"], strict=True))
    # Spot checks against the asterisks of Decision 2014/955/EU.
    assert flags["100104"] == "1" and flags["100202"] == "0" and flags["170503"] == "1"
    assert flags["170504"] == "0" and flags["130205"] == "1" and flags["190805"] == "0"


def test_no_duplicate_codes_and_every_label_filled(repo_root):
    frame = pd.read_csv(
        _catalogue_dir(repo_root) / "resources.csv", dtype=str, keep_default_na=False
    )
    assert not frame["code"].duplicated().any()
    assert (frame["label_en"].str.strip() != "").all()
    assert (frame["label_fr"].str.strip() != "").all()
    assert frame["code"].map(normalise_code).eq(frame["code"]).all()


def test_families_units_and_modes_are_valid(cat):
    frame = cat.frame
    assert set(frame["family"]) <= set(RESOURCE_FAMILIES)
    assert set(frame["unit_family"]) <= set(UNIT_FAMILIES)
    assert set(frame["transport_mode"]) <= set(TRANSPORT_MODES)
    for family, unit in zip(frame["family"], frame["unit_family"], strict=True):
        assert unit in FAMILY_UNITS[family], (family, unit)
    assert frame.loc[frame["code"].str.startswith("ewc:"), "family"].eq("material").all()
    assert frame.loc[frame["code"].str.startswith("ewc:"), "default_unit"].eq("t/yr").all()
    for column in (
        "transport_cost_eur_per_unit_km",
        "co2_factor_t_per_unit",
        "default_avoided_disposal_eur_per_t",
    ):
        assert (frame[column].dropna() >= 0).all()


def test_utility_and_service_codes_of_the_scheme(cat):
    scheme = [
        "heat",
        *BANDS,
        "steam",
        "water",
        "water:cooling",
        "wastewater",
        "co2",
        "hydrogen",
        "fuel-gas",
        "electricity",
        "compressed-air",
        "service:waste-collection",
        "service:group-purchasing",
        "service:shared-equipment",
        "service:logistics",
    ]
    assert all(cat.is_known(code) for code in scheme)
    assert cat.family("steam") == "steam" and cat.unit_family("heat:100-200c") == "energy"
    assert cat.family("wastewater") == "water" and cat.unit_family("water") == "volume"
    assert cat.family("service:logistics") == "service"
    assert cat.entry("heat")["co2_factor_t_per_unit"] == pytest.approx(0.227)


def test_defaults_from_the_design(cat):
    slag = cat.entry("ewc:100202")
    assert slag["transport_cost_eur_per_unit_km"] == pytest.approx(0.065)
    assert slag["default_avoided_disposal_eur_per_t"] == pytest.approx(79 + 65)
    assert slag["hazardous"] == 0
    # Hazardous and inert entries carry no landfill default.
    assert math.isnan(cat.entry("130205")["default_avoided_disposal_eur_per_t"])
    assert math.isnan(cat.entry("170504")["default_avoided_disposal_eur_per_t"])
    # Pipes use the capacity table, not a per-unit cost.
    assert math.isnan(cat.entry("heat")["transport_cost_eur_per_unit_km"])


def test_every_nonzero_co2_factor_is_cited_in_the_readme(cat, repo_root):
    readme = (_catalogue_dir(repo_root) / "README.md").read_text(encoding="utf-8")
    frame = cat.frame
    cited = frame[frame["co2_factor_t_per_unit"] > 0]
    assert len(cited) >= 5
    for code in cited["code"]:
        family_mention = code.startswith("heat:") and "`heat:` bands" in readme
        assert f"`{code}`" in readme or family_mention, code


# --------------------------------------------------------------------------- normalisation


@pytest.mark.parametrize(
    "text, expected",
    [
        ("10 02 02", "ewc:100202"),
        ("100202", "ewc:100202"),
        ("10.02.02", "ewc:100202"),
        ("10-02-02", "ewc:100202"),
        ("100202*", "ewc:100202"),
        ("10 01 04 *", "ewc:100104"),
        ("10 01 04 (*)", "ewc:100104"),
        ("EWC 10 02 02", "ewc:100202"),
        ("LER 10 02 02", "ewc:100202"),
        ("ewc:100202", "ewc:100202"),
        (" EWC:10 02 02 ", "ewc:100202"),
        (100202, "ewc:100202"),
        (100202.0, "ewc:100202"),
        ("100202.0", "ewc:100202"),
        (10101, "ewc:010101"),  # the leading zero a spreadsheet dropped
        ("10 02", "ewc:1002"),
        ("1002", "ewc:1002"),
        ("10", "ewc:10"),
        ("Heat", "heat"),
        ("HEAT:100-200C", "heat:100-200c"),
        ("Fuel gas", "fuel-gas"),
        ("compressed_air", "compressed-air"),
        ("Service: waste collection", "service:waste-collection"),
        ("vapeur", "steam"),
        ("Eaux usées", "wastewater"),
        ("électricité", "electricity"),
        ("CO2", "co2"),
        ("", None),
        ("   ", None),
        (None, None),
        (float("nan"), None),
        ("10 02 0", None),
        ("1002020", None),
        ("10.2.2", None),
        ("ewc:", None),
        ("ewc:abc", None),
        ("heat??", None),
        (True, None),
        (0, None),
        (24.1, None),
    ],
)
def test_normalise_code(text, expected):
    assert normalise_code(text) == expected


def test_split_codes_reads_maestri_cells():
    assert split_codes("160209/160210/160214") == ["ewc:160209", "ewc:160210", "ewc:160214"]
    assert split_codes("200108 / 200125") == ["ewc:200108", "ewc:200125"]
    assert split_codes("") == [] and split_codes(None) == []
    assert split_codes("100202;zz!") == ["ewc:100202", None]


def test_normalise_series_keeps_the_index():
    series = pd.Series(["10 02 02", None, "Heat", "??"], index=[10, 20, 30, 40])
    out = normalise_series(series)
    assert list(out.index) == [10, 20, 30, 40]
    assert out.tolist() == ["ewc:100202", None, "heat", None]


# --------------------------------------------------------------------------- lookups


def test_known_codes_and_fallback_levels(cat):
    assert cat.is_known("10 02 02") and cat.is_known("steam") and cat.is_known("ewc:1002")
    assert not cat.is_known("ewc:100206")  # well formed but not in the List of Waste
    assert not cat.is_known("ewc:999999") and not cat.is_known("foo") and not cat.is_known(None)
    # 10 02 11* is official but not listed: it takes the sub-chapter row and its own flag.
    entry, level = cat.resolve("10 02 11*")
    assert level == "subchapter"
    assert entry["code"] == "ewc:100211" and entry["resolved_code"] == "ewc:1002"
    assert entry["hazardous"] == 1
    assert math.isnan(entry["default_avoided_disposal_eur_per_t"])
    assert cat.family("100211") == "material"
    assert cat.entry("100202")["level"] == "code"


def test_chapter_fallback_when_the_subchapter_is_not_listed(cat):
    frame = cat.frame.set_index("code").drop(index="ewc:1002")
    hazardous = pd.Series({"ewc:100202": False, "ewc:100211": True})
    reduced = Catalogue(frame.drop(index="ewc:100202"), cat.rules, hazardous)
    entry, level = reduced.resolve("ewc:100202")
    assert level == "chapter" and entry["resolved_code"] == "ewc:10"
    assert entry["hazardous"] == 0


def test_unknown_code_raises_a_clear_error(cat):
    with pytest.raises(UnknownCodeError, match="Unknown resource code 'moonrock'"):
        cat.entry("moonrock")
    with pytest.raises(KeyError):
        cat.resolve("ewc:999999")
    assert cat.family("moonrock") is None and cat.unit_family("moonrock") is None
    assert cat.label("moonrock") is None


def test_labels_in_both_languages(cat):
    assert cat.label("steam") == "Process steam"
    assert cat.label("steam", lang="fr") == "Vapeur industrielle"
    assert cat.label("10 02 10", lang="fr_FR") == "Calamine"


def test_vectorised_families_and_known(cat):
    codes = pd.Series(
        ["Heat", "10 02 02", None, "foo", 100102, float("nan"), "10 02 11*"], index=list("abcdefg")
    )
    families = cat.families(codes)
    assert list(families.index) == list("abcdefg")
    assert families.tolist() == ["heat", "material", None, None, "material", None, "material"]
    assert cat.known(codes).tolist() == [True, True, False, False, True, False, True]
    assert cat.unit_families(codes).tolist()[:2] == ["energy", "mass"]


def test_frame_and_rules_are_copies(cat):
    frame = cat.frame
    frame.loc[0, "family"] = "changed"
    assert "changed" not in set(cat.frame["family"])
    assert cat.codes[0] == "heat"


# --------------------------------------------------------------------------- compatibility


def test_rules_are_well_formed(cat):
    rules = cat.rules
    assert set(rules["condition"]) <= set(CONDITIONS)
    assert ((rules["efficiency"] > 0) & (rules["efficiency"] <= 1)).all()
    assert not rules.duplicated(["supply_code", "demand_code"]).any()
    for column in ("supply_code", "demand_code"):
        plain = rules.loc[~rules[column].str.endswith("*"), column]
        assert all(cat.is_known(code) for code in plain), column


def test_heat_only_flows_to_the_same_or_a_cooler_band(cat):
    rules = cat.rules
    between = rules[rules["supply_code"].isin(BANDS) & rules["demand_code"].isin(BANDS)]
    assert len(between) == 10  # 4 + 3 + 2 + 1
    for supply, demand in zip(between["supply_code"], between["demand_code"], strict=True):
        assert BANDS.index(supply) >= BANDS.index(demand), (supply, demand)
    assert (between["condition"] == "supply_temperature_ge_demand").all()
    demands = set(cat.compatible_demands("heat:100-200c")["demand_code"])
    assert demands == {"heat:100-200c", "heat:below-100c", "heat"}
    assert "heat:100-200c" not in set(cat.compatible_demands("heat:below-100c")["demand_code"])


def test_steam_water_gas_rules(cat):
    steam = set(cat.compatible_demands("steam")["demand_code"])
    assert {"steam", "heat", "heat:100-200c"} <= steam
    water = cat.compatible_demands("wastewater").set_index("demand_code")
    assert water.loc["water", "efficiency"] < 1
    assert "co2" in set(cat.compatible_demands("co2")["demand_code"])
    hydrogen = cat.compatible_demands("hydrogen").set_index("demand_code")
    assert hydrogen.loc["fuel-gas", "demand_unit_per_supply_unit"] == pytest.approx(33.3)
    assert set(cat.compatible_demands("fuel-gas")["demand_code"]) == {"fuel-gas"}
    cooling = cat.compatible_demands("water:cooling").set_index("demand_code")
    assert "Only where" in cooling.loc["water", "note"]


def test_ewc_supply_meets_same_code_group_and_material_demands(cat):
    slag = cat.compatible_demands("10 02 02")
    demands = slag["demand_code"].tolist()
    assert demands[:2] == ["material:clinker-substitute", "material:aggregate"]
    assert {"ewc:100202", "ewc:1002", "ewc:10"} <= set(demands)
    assert (slag.set_index("demand_code").loc["ewc:1002", "condition"]) == "same_code"
    assert set(cat.compatible_demands("100105")["demand_code"]) >= {"material:gypsum"}
    assert "material:animal-feed" not in set(cat.compatible_demands("200108")["demand_code"])
    # An official entry known only through its sub-chapter still meets its own code.
    assert set(cat.compatible_demands("100211")["demand_code"]) == {
        "ewc:100211",
        "ewc:1002",
        "ewc:10",
    }
    assert cat.compatible_demands("moonrock").empty


def test_temperature_condition_vectorised(cat):
    supply = pd.Series(
        ["heat:100-200c", "heat", "heat:below-100c", "steam", "heat:200-500c"],
        index=[5, 6, 7, 8, 9],
    )
    demand = ["heat:below-100c", "heat", "heat:100-200c", "heat", "heat:100-200c"]
    supply_t = [None, 80, None, None, 250]
    demand_t = [95, 90, None, 180, 300]
    ok = cat.temperature_ok(supply, demand, supply_t, demand_t)
    assert list(ok.index) == [5, 6, 7, 8, 9]
    # band floor 100 >= 95; 80 < 90; below-100 is too cool for a 100-200 band; steam floor
    # 100 < 180; 250 < 300.
    assert ok.tolist() == [True, False, False, False, False]
    assert cat.temperature_ok(pd.Series(["heat"]), ["heat"], [None], [None]).tolist() == [True]


# --------------------------------------------------------------------------- user files


def test_user_file_extends_and_overrides(tmp_path):
    path = _write(
        tmp_path,
        "code,family,unit_family,label_en,co2_factor_t_per_unit,"
        "default_avoided_disposal_eur_per_t\n"
        "material:slag-wool,material,mass,Slag wool,0.4,\n"
        "10 02 02,,,,0.5,100\n"
        "\n"
        "ewc:100211,material,mass,Oily steelworks cooling water waste,,\n",
    )
    cat = load_catalogue(path)
    wool = cat.entry("material:slag-wool")
    assert wool["label_fr"] == "Slag wool" and wool["default_unit"] == "t/yr"
    assert wool["transport_mode"] == "road" and wool["co2_factor_t_per_unit"] == 0.4
    slag = cat.entry("ewc:100202")
    assert slag["co2_factor_t_per_unit"] == 0.5
    assert slag["default_avoided_disposal_eur_per_t"] == 100
    assert slag["label_en"].startswith("Unprocessed")  # empty cell keeps the shipped label
    assert slag["transport_cost_eur_per_unit_km"] == pytest.approx(0.065)
    added = cat.entry("10 02 11")
    assert added["level"] == "code" and added["hazardous"] == 1  # official flag
    assert len(cat.codes) == len(load_catalogue().codes) + 2


def test_user_file_with_semicolons_and_decimal_commas(tmp_path):
    path = _write(tmp_path, "code;co2_factor_t_per_unit\nheat;0,25\n")
    assert load_catalogue(path).entry("heat")["co2_factor_t_per_unit"] == pytest.approx(0.25)


@pytest.mark.parametrize(
    "text, message",
    [
        ("family,label_en\nmaterial,x\n", "lacks the column(s): code"),
        ("code,colour\nheat,red\n", "unknown column(s): colour"),
        (
            "code,family,unit_family,label_en\nmaterial:a,material,mass,A\n"
            "material:b,metal,mass,B\n",
            "row 3: unknown family 'metal'",
        ),
        (
            "code,family,unit_family,label_en\nmaterial:a,material,kilos,A\n",
            "row 2: unknown unit family 'kilos'",
        ),
        ("code,transport_mode\nheat,boat\n", "row 2: unknown transport mode 'boat'"),
        (
            "code,co2_factor_t_per_unit\nheat,a lot\n",
            "row 2: 'a lot' in column co2_factor_t_per_unit is not a number",
        ),
        (
            "code,transport_cost_eur_per_unit_km\nheat,-1\n",
            "row 2: transport_cost_eur_per_unit_km must not be negative",
        ),
        (
            "code,co2_factor_t_per_unit\nheat,1\nsteam,1\nHeat,2\n",
            "rows 2, 4: duplicate code 'heat'",
        ),
        (
            "code,family,unit_family,label_en\n??,material,mass,A\n",
            "row 2: the code '??' cannot be read",
        ),
        (
            "code,family,unit_family,label_en\n99 99 99,material,mass,A\n",
            "row 2: '99 99 99' is not in the European List of Waste",
        ),
        (
            "code,family\nmaterial:new,material\n",
            "row 2: the new code 'material:new' needs a family, a unit_family and a label_en",
        ),
        ("code,hazardous\nheat,maybe\n", "row 2: hazardous must be 0 or 1, not 'maybe'"),
        (
            "code,family,unit_family,label_en\nmaterial:x,material,energy,X\n",
            "row 2: a material resource cannot be counted in unit family 'energy'",
        ),
        ("code,family\n10 02 02,heat\n", "row 2: 'ewc:100202' cannot be in family 'heat'"),
    ],
)
def test_bad_user_file_messages(tmp_path, text, message):
    path = _write(tmp_path, text)
    with pytest.raises(CatalogueError) as caught:
        load_catalogue(path)
    assert message in str(caught.value)
    assert str(path) in str(caught.value)


def test_bad_user_file_reports_every_problem_at_once(tmp_path):
    path = _write(tmp_path, "code,family,co2_factor_t_per_unit\nheat,metal,x\nsteam,,-2\n")
    with pytest.raises(CatalogueError) as caught:
        load_catalogue(path)
    text = str(caught.value)
    assert "has 3 problem(s)" in text
    assert "row 2: unknown family" in text and "row 3: co2_factor" in text


def test_unreadable_user_files(tmp_path):
    with pytest.raises(CatalogueError, match="does not exist"):
        load_catalogue(tmp_path / "missing.csv")
    latin1 = _write(tmp_path, "code,label_en\nheat,Chaleur résiduelle\n", encoding="latin-1")
    with pytest.raises(CatalogueError, match="is not UTF-8"):
        load_catalogue(latin1)
    with pytest.raises(CatalogueError, match="is empty"):
        load_catalogue(_write(tmp_path, "", name="empty.csv"))
    with pytest.raises(CatalogueError, match="cannot be read as CSV"):
        load_catalogue(_write(tmp_path, 'code,label_en\nheat,"unclosed\n', name="bad.csv"))


def test_catalogue_error_is_a_value_error():
    assert issubclass(CatalogueError, ValueError)
    assert issubclass(UnknownCodeError, CatalogueError) and issubclass(UnknownCodeError, KeyError)


def test_user_rules_add_override_and_disable(tmp_path):
    resources = _write(
        tmp_path, "code,family,unit_family,label_en\nmaterial:slag-wool,material,mass,Slag wool\n"
    )
    rules = _write(
        tmp_path,
        "supply_code,demand_code,condition,efficiency,note\n"
        "10 02 02,material:slag-wool,none,0.6,mineral wool plant\n"
        "wastewater,water,,0.95,better membranes\n"
        "ewc:100202,material:aggregate,none,0,no road use here\n",
        name="rules.csv",
    )
    cat = load_catalogue(resources, user_rules=rules)
    slag = cat.compatible_demands("ewc:100202").set_index("demand_code")
    assert slag.loc["material:slag-wool", "efficiency"] == pytest.approx(0.6)
    assert "material:aggregate" not in slag.index
    water = cat.compatible_demands("wastewater").set_index("demand_code")
    assert water.loc["water", "efficiency"] == pytest.approx(0.95)
    assert water.loc["water", "condition"] == "none"


@pytest.mark.parametrize(
    "text, message",
    [
        ("supply_code\nheat\n", "lacks the column(s): demand_code"),
        (
            "supply_code,demand_code\nheat,moonrock\n",
            "row 2: unknown code 'moonrock' in column demand_code",
        ),
        (
            "supply_code,demand_code,condition\nheat,heat,hotter\n",
            "row 2: unknown condition 'hotter'",
        ),
        (
            "supply_code,demand_code,efficiency\nheat,heat,1.5\n",
            "row 2: efficiency must be a number from 0 to 1, not '1.5'",
        ),
        (
            "supply_code,demand_code,demand_unit_per_supply_unit\nhydrogen,fuel-gas,0\n",
            "row 2: demand_unit_per_supply_unit must be a positive number",
        ),
        (
            "supply_code,demand_code\nheat,steam\nHeat,steam\n",
            "rows 2, 3: duplicate rule heat -> steam",
        ),
    ],
)
def test_bad_user_rules_messages(tmp_path, text, message):
    path = _write(tmp_path, text, name="rules.csv")
    with pytest.raises(CatalogueError) as caught:
        load_catalogue(user_rules=path)
    assert message in str(caught.value)
