"""ite:suggestcodes through real QGIS: codes for French and English descriptions, and bad
descriptions (empty, numeric, very long, HTML, formula, mixed encodings) answered with a note,
never a traceback."""

from __future__ import annotations

import pytest
from qgis.core import QgsProcessingException, QgsProcessingUtils, QgsVectorLayer


def _rows(result) -> list[dict]:
    layer = result["OUTPUT"]
    if not isinstance(layer, QgsVectorLayer):
        layer = QgsProcessingUtils.mapLayerFromString(layer, None)
    names = layer.fields().names()
    return [dict(zip(names, feature.attributes(), strict=True)) for feature in layer.getFeatures()]


def _csv(tmp_path, lines: list[str], encoding: str = "utf-8"):
    path = tmp_path / "descriptions.csv"
    path.write_bytes(("id;libelle\n" + "\n".join(lines) + "\n").encode(encoding))
    return str(path)


def test_codes_for_french_and_english_descriptions_with_labels_scores_and_words(
    run_alg, tmp_path
):
    path = _csv(tmp_path, ["1;boues de papeterie", "2;laitier d'aciérie", "3;palettes cassées",
                           "4;spent pickling acid"])
    result = run_alg("ite:suggestcodes", {"INPUT": path, "FIELD": "libelle", "TOP": 3,
                                          "LANGUAGE": 2, "OUTPUT": "memory:"})
    rows = _rows(result)
    # Up to 3 suggestions each, those worth showing (score at least WEAK_SCORE), ranked.
    per_row = [[r["rank"] for r in rows if r["row"] == row] for row in (1, 2, 3, 4)]
    assert [r["row"] for r in rows] == sorted(r["row"] for r in rows)
    assert all(ranks in ([1, 2], [1, 2, 3]) for ranks in per_row) and per_row[0] == [1, 2, 3]
    first = {r["row"]: r for r in rows if r["rank"] == 1}
    assert first[1]["code"].startswith("ewc:0303")  # pulp and paper wastes
    assert first[2]["code"] == "ewc:100202" and first[2]["matched"] == "laitier d acierie"
    assert "ewc:150103" in {r["code"] for r in rows if r["row"] == 3}
    assert first[4]["code"] == "ewc:110105" and "pickling" in first[4]["matched"]
    # French labels, as asked.
    assert first[2]["label"] == (
        "Laitier ou scorie sidérurgique non traité (haut fourneau ou aciérie)"
    )
    assert all(0 < r["score"] <= 1 and r["label"] and not r["note"] for r in rows)


@pytest.mark.parametrize("encoding", ["utf-8", "cp1252"])
def test_bad_descriptions_get_a_note_never_a_traceback(run_alg, tmp_path, encoding):
    lines = ["1;", "2;12,5", "3;" + "béton " * 400, "4;<b>cendres volantes</b>",
             "5;=SUM(A1:A3)", "6;Ã©cumes d'aluminium", "7;@@@ ### ???", "8;zzzz qqqq"]
    path = _csv(tmp_path, lines, encoding)
    result = run_alg("ite:suggestcodes", {"INPUT": path, "FIELD": "libelle", "TOP": 1,
                                          "OUTPUT": "memory:"})
    rows = {r["row"]: r for r in _rows(result)}
    assert sorted(rows) == list(range(1, 9))  # one row each, nothing dropped
    assert rows[1]["code"] in ("", None) and "empty" in rows[1]["note"]
    assert rows[2]["code"] in ("", None) and "no word" in rows[2]["note"]
    assert "only the first 1000 characters" in rows[3]["note"]
    if encoding == "utf-8":  # in Windows-1252, "béton" reaches the plugin as another word
        assert rows[3]["code"] and rows[3]["matched"].startswith("beton")
    # Markup stripped; "cendres volantes" alone does not say from which boiler: a fly ash.
    fly_ash = {"ewc:100102", "ewc:100117", "ewc:190113", "ewc:190114"}
    assert rows[4]["code"] in fly_ash and rows[4]["matched"] == "cendres volantes"
    assert "formula" in rows[5]["note"] and rows[5]["code"] in ("", None)
    assert rows[6]["code"] == "ewc:100316"
    assert "no word" in rows[7]["note"] and "no code resembles" in rows[8]["note"]


def test_an_empty_table_gives_an_empty_output_and_a_missing_field_is_refused(run_alg, tmp_path):
    path = tmp_path / "empty.csv"
    path.write_text("id;libelle\n", encoding="utf-8")
    result = run_alg("ite:suggestcodes", {"INPUT": str(path), "FIELD": "libelle",
                                          "OUTPUT": "memory:"})
    assert _rows(result) == []
    with pytest.raises(QgsProcessingException):
        run_alg("ite:suggestcodes", {"INPUT": _csv(tmp_path, ["1;calamine"]), "FIELD": "nope",
                                     "OUTPUT": "memory:"})


INVENTORY = (
    "id_site;raison sociale;x;y;sens;code déchet;description;quantité;unité\n"
    "P1;Papeterie;652000;7104000;offre;;boues de papeterie;1 200;t/an\n"
    "P1;Papeterie;652000;7104000;offre;;palettes cassées;30;t/an\n"
    "A1;Aciérie;653000;7105000;offre;inconnu;laitier d'aciérie;50 000;t/an\n"
    "L1;Laminoir;654000;7106000;offre;;spent pickling acid;800;t/an\n"
    "L1;Laminoir;654000;7106000;offre;10 02 10;calamine;400;t/an\n"
)


def test_import_suggests_codes_for_descriptions_and_validation_lists_them(run_alg, tmp_path):
    path = tmp_path / "inventaire.csv"
    path.write_bytes(INVENTORY.encode("cp1252"))
    result = run_alg("ite:importinventory", {
        "INPUT_FILE": str(path), "SOURCE_CRS": "EPSG:2154", "SITES": "memory:",
        "RESOURCES": "memory:", "REJECTED": "memory:"})
    layers = {}
    for key in ("SITES", "RESOURCES", "REJECTED"):
        layer = result[key]
        layers[key] = layer if isinstance(layer, QgsVectorLayer) else \
            QgsProcessingUtils.mapLayerFromString(layer, None)
    resources = {f["description"]: f for f in layers["RESOURCES"].getFeatures()}
    assert set(resources) == {"boues de papeterie", "laitier d'aciérie", "spent pickling acid",
                              "calamine"}
    assert resources["laitier d'aciérie"]["resource"] == "ewc:100202"
    assert resources["spent pickling acid"]["resource"] == "ewc:110105"
    assert resources["boues de papeterie"]["resource"].startswith("ewc:0303")
    assert {d: f["code_suggested"] for d, f in resources.items()} == {
        "boues de papeterie": 1, "laitier d'aciérie": 1, "spent pickling acid": 1, "calamine": 0}
    rejected = [f for f in layers["REJECTED"].getFeatures()]
    errors = [f for f in rejected if f["severity"] == "error"]
    assert len(errors) == 1 and errors[0]["row"] == 3
    assert "closest codes for the description" in errors[0]["reason"]
    assert 2 <= errors[0]["reason"].count("ewc:") <= 3  # those worth showing, at most 3
    assert sum(f["severity"] == "warning" and "suggested from" in f["reason"]
               for f in rejected) == 3
    report = run_alg("ite:validateinventory", {
        "SITES": layers["SITES"], "RESOURCES": layers["RESOURCES"], "REPORT": "memory:"})
    layer = report["REPORT"]
    layer = layer if isinstance(layer, QgsVectorLayer) else \
        QgsProcessingUtils.mapLayerFromString(layer, None)
    review = [f for f in layer.getFeatures() if f["problem"] == "code_suggested"]
    assert len(review) == 3 and report["ERRORS"] == 0


def test_rows_with_a_known_code_teach_the_others_their_wording(run_alg, tmp_path):
    path = tmp_path / "codes.csv"
    path.write_text("id;libelle;code\n1;crasses de zamak;10 05 11\n2;crasse zamak;\n"
                    "3;zamak;inconnu\n4;crasses de zamak;99 99 99\n", encoding="utf-8")
    params = {"INPUT": str(path), "FIELD": "libelle", "TOP": 3, "LANGUAGE": 1,
              "OUTPUT": "memory:"}
    alone = {r["row"]: r for r in _rows(run_alg("ite:suggestcodes", params)) if r["rank"] <= 1}
    assert alone[2]["code"] != "ewc:100511"  # a made-up trade term: nothing knows it
    rows = _rows(run_alg("ite:suggestcodes", {**params, "CODE_FIELD": "code"}))
    first = {r["row"]: r for r in rows if r["rank"] <= 1}
    assert sorted(first) == [1, 2, 3, 4]
    # Row 1's code is given: one line, its canonical code and label, no score.
    assert [r["rank"] for r in rows if r["row"] == 1] == [0]
    score = first[1]["score"]
    assert first[1]["code"] == "ewc:100511" and (score is None or score.isNull())  # NULL
    assert first[1]["note"] == "code given: nothing suggested" and first[1]["label"]
    # Its wording lifts that code for the uncoded and the wrongly coded rows.
    for row in (2, 3, 4):
        assert first[row]["rank"] == 1 and first[row]["code"] == "ewc:100511"
    assert first[2]["matched"] == "crasse zamak"


def test_import_learns_from_the_rows_already_coded(run_alg, tmp_path):
    path = tmp_path / "inventaire.csv"
    path.write_text(
        "id_site;raison sociale;x;y;sens;code déchet;description;quantité;unité\n"
        "F1;Fonderie;652000;7104000;offre;10 05 11;crasses de zamak;120;t/an\n"
        "F2;Fonderie bis;653000;7105000;offre;;crasse zamak;80;t/an\n", encoding="utf-8")
    result = run_alg("ite:importinventory", {
        "INPUT_FILE": str(path), "SOURCE_CRS": "EPSG:2154", "SITES": "memory:",
        "RESOURCES": "memory:", "REJECTED": "memory:"})
    layer = result["RESOURCES"]
    layer = layer if isinstance(layer, QgsVectorLayer) else \
        QgsProcessingUtils.mapLayerFromString(layer, None)
    resources = {f["site_id"]: f for f in layer.getFeatures()}
    assert resources["F1"]["resource"] == "ewc:100511" and resources["F1"]["code_suggested"] == 0
    assert resources["F2"]["resource"] == "ewc:100511" and resources["F2"]["code_suggested"] == 1



def _paste(rows, layer) -> None:
    """The features of ``rows`` pasted into ``layer`` (Edit > Paste Features): attributes
    matched by name, the layer's defaults for the fields ``rows`` lacks."""
    from qgis.core import QgsVectorLayerUtils

    names = rows.fields().names()
    index = {name: layer.fields().indexOf(name) for name in names}
    features = [QgsVectorLayerUtils.createFeature(
        layer, feature.geometry(),
        {index[name]: feature[name] for name in names if index[name] >= 0 and name != "fid"})
        for feature in rows.getFeatures()]
    assert layer.startEditing()
    assert layer.addFeatures(features)
    assert layer.commitChanges(), layer.commitErrors()


def _review(run_alg, territory) -> list[str]:
    """The resource ids ite:validateinventory lists as suggested codes to review."""
    report = run_alg("ite:validateinventory", {
        "SITES": f"{territory}|layername=sites", "RESOURCES": f"{territory}|layername=resources",
        "REPORT": "memory:"})
    layer = report["REPORT"]
    layer = layer if isinstance(layer, QgsVectorLayer) else \
        QgsProcessingUtils.mapLayerFromString(layer, None)
    return sorted(f["feature_id"] for f in layer.getFeatures() if f["problem"] == "code_suggested")


def test_imported_rows_pasted_into_a_territory_keep_their_flag_for_review(run_alg, tmp_path):
    territory = tmp_path / "territory.gpkg"
    run_alg("ite:createterritory", {"CRS": "EPSG:2154", "OUTPUT": str(territory)})
    path = tmp_path / "inventaire.csv"
    path.write_bytes(INVENTORY.encode("cp1252"))
    result = run_alg("ite:importinventory", {
        "INPUT_FILE": str(path), "SOURCE_CRS": "EPSG:2154", "TARGET_CRS": "EPSG:2154",
        "SITES": "memory:", "RESOURCES": "memory:", "REJECTED": "memory:"})
    for name in ("sites", "resources"):
        rows = result[name.upper()]
        rows = rows if isinstance(rows, QgsVectorLayer) else \
            QgsProcessingUtils.mapLayerFromString(rows, None)
        _paste(rows, QgsVectorLayer(f"{territory}|layername={name}", name, "ogr"))
    resources = QgsVectorLayer(f"{territory}|layername=resources", "resources", "ogr")
    flags = {f["description"]: f["code_suggested"] for f in resources.getFeatures()}
    assert flags == {"boues de papeterie": 1, "laitier d'aciérie": 1, "spent pickling acid": 1,
                     "calamine": 0}
    review = _review(run_alg, territory)
    assert len(review) == 3
    # The facilitator checks the slag's code and clears its flag in the form: off the list.
    slag = next(f for f in resources.getFeatures() if f["description"] == "laitier d'aciérie")
    assert resources.startEditing()
    assert resources.changeAttributeValue(
        slag.id(), resources.fields().indexOf("code_suggested"), 0)
    assert resources.commitChanges()
    assert _review(run_alg, territory) == [r for r in review if r != slag["resource_id"]]


def test_the_providers_nace_code_leans_a_vague_description_to_its_sectors_chapter(
    run_alg, tmp_path
):
    path = tmp_path / "sludges.csv"
    path.write_text("id;libelle;nace\n1;sludge;17.12\n2;sludge;10.51\n3;sludge;\n"
                    "4;boues;1712\n5;boues;C10.51Z\n", encoding="utf-8")
    params = {"INPUT": str(path), "FIELD": "libelle", "TOP": 3, "LANGUAGE": 1,
              "OUTPUT": "memory:"}
    plain = _rows(run_alg("ite:suggestcodes", params))
    rows = _rows(run_alg("ite:suggestcodes", {**params, "NACE_FIELD": "nace"}))
    first = {r["row"]: r["code"] for r in rows if r["rank"] == 1}
    # A paper mill's (NACE 17.12) sludge is a pulp-and-paper waste (chapter 03), a dairy's
    # (10.51) a food-industry waste (chapter 02), in English and in French.
    assert first[1].startswith("ewc:03") and first[4].startswith("ewc:03")
    assert first[2].startswith("ewc:02") and first[5].startswith("ewc:02")
    assert all(r["code"] in {"ewc:030310", "ewc:030305", "ewc:030311", "ewc:030302",
                             "ewc:030309", "ewc:020502", "ewc:020301", "ewc:020305",
                             "ewc:020204", "ewc:020603", "ewc:020403", "ewc:020705"}
               or not r["code"].startswith(("ewc:02", "ewc:03")) for r in rows)
    # Without the field, or for a row without a NACE code, the words alone rank as before.
    plain_first = {r["row"]: r["code"] for r in plain if r["rank"] == 1}
    assert plain_first[1] == plain_first[2] == plain_first[3] == "ewc:030310"
    assert [(r["code"], r["score"]) for r in rows if r["row"] == 3] == [
        (r["code"], r["score"]) for r in plain if r["row"] == 3]


def test_import_reads_each_sites_nace_code_for_the_codes_it_suggests(run_alg, tmp_path):
    path = tmp_path / "inventaire.csv"
    path.write_text(
        "id_site;raison sociale;x;y;nace;sens;code déchet;description;quantité;unité\n"
        "P1;Papeterie;652000;7104000;17.12;offre;;boues;300;t/an\n"
        "L1;Laiterie;653000;7105000;10.51;offre;;boues;200;t/an\n", encoding="utf-8")
    result = run_alg("ite:importinventory", {
        "INPUT_FILE": str(path), "SOURCE_CRS": "EPSG:2154", "SITES": "memory:",
        "RESOURCES": "memory:", "REJECTED": "memory:"})
    layers = {}
    for key in ("RESOURCES", "REJECTED"):
        layer = result[key]
        layers[key] = layer if isinstance(layer, QgsVectorLayer) else \
            QgsProcessingUtils.mapLayerFromString(layer, None)
    # One word is too vague to be taken: both stay rejected, with their closest codes, and
    # those are the paper mill's pulp-and-paper codes, the dairy's food-industry codes.
    assert layers["RESOURCES"].featureCount() == 0
    listed = {f["row"]: f["reason"].split("description: ")[1].split("; ")
              for f in layers["REJECTED"].getFeatures() if f["severity"] == "error"}
    assert sorted(listed) == [2, 3]  # the table's rows, after its header
    assert all(item.startswith("ewc:03") for item in listed[2])
    assert all(item.startswith("ewc:02") for item in listed[3])
