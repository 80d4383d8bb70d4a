"""ite:exporttables: public CSV/XLSX files with no secret and no formula."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsProcessingException, QgsVectorLayer

SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "samples" / "dunkirk"


@pytest.fixture(scope="module")
def sample(tmp_path_factory, plugin):
    import processing

    gpkg = tmp_path_factory.mktemp("tables") / "dunkirk.gpkg"
    processing.run("ite:sampleterritory", {"OUTPUT": str(gpkg)})
    return {n: QgsVectorLayer(f"{gpkg}|layername={n}", n, "ogr")
            for n in ("sites", "resources", "flows")}


def _secrets():
    with open(SAMPLE / "sites.csv", encoding="utf-8") as handle:
        sites = [r for r in csv.DictReader(handle) if r["confidential"] == "1"]
    ids = {r["site_id"] for r in sites}
    with open(SAMPLE / "resources.csv", encoding="utf-8") as handle:
        rows = [r for r in csv.DictReader(handle)
                if r["confidential"] == "1" or r["site_id"] in ids]
    return sites, rows


def test_public_csv_has_no_confidential_name_or_quantity(run_alg, sample, tmp_path):
    result = run_alg("ite:exporttables", {"SITES": sample["sites"],
                                          "RESOURCES": sample["resources"],
                                          "FLOWS": sample["flows"], "OUTPUT": str(tmp_path)})
    assert sorted(Path(f).name for f in result["FILES"]) == [
        "flows.csv", "resources.csv", "sites.csv"]
    text = "".join(Path(f).read_text(encoding="utf-8-sig") for f in result["FILES"])
    sites, rows = _secrets()
    for site in sites:
        assert site["name"] not in text and site["operator"] not in text
    with open(tmp_path / "resources.csv", encoding="utf-8-sig") as handle:
        exported = {r["resource_id"]: r for r in csv.DictReader(handle)}
    for row in rows:
        assert float(exported[row["resource_id"]]["quantity"]) != float(row["quantity"])
    with open(tmp_path / "sites.csv", encoding="utf-8-sig") as handle:
        table = list(csv.DictReader(handle))
    with open(SAMPLE / "sites.csv", encoding="utf-8") as handle:
        assert len(table) == sum(1 for _ in csv.DictReader(handle))
    assert {"x", "y", "crs"} <= set(table[0])
    assert table[0]["crs"] == "EPSG:2154"


def test_formulas_are_escaped_in_csv_and_xlsx(run_alg, tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    layer = QgsVectorLayer("Point?crs=EPSG:2154&field=site_id:string&field=name:string"
                           "&field=confidential:integer", "sites", "memory")
    feature = QgsFeature(layer.fields())
    feature.setAttributes(["S1", '=HYPERLINK("http://evil.example","click")', 0])
    feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(650000, 7100000)))
    layer.dataProvider().addFeatures([feature])
    run_alg("ite:exporttables", {"SITES": layer, "OUTPUT": str(tmp_path / "csv")})
    line = (tmp_path / "csv" / "sites.csv").read_text(encoding="utf-8-sig").splitlines()[1]
    assert "'=HYPERLINK" in line
    run_alg("ite:exporttables", {"SITES": layer, "FORMAT": 1, "OUTPUT": str(tmp_path / "xl")})
    sheet = openpyxl.load_workbook(tmp_path / "xl" / "territory.xlsx")["sites"]
    cell = sheet["B2"]
    assert cell.data_type == "s" and cell.value.startswith("'=")


def test_private_export_and_bad_inputs(run_alg, sample, tmp_path):
    run_alg("ite:exporttables", {"SITES": sample["sites"], "PUBLIC": False,
                                 "OUTPUT": str(tmp_path / "private")})
    assert "Minakem" in (tmp_path / "private" / "sites.csv").read_text(encoding="utf-8-sig")
    no_id = QgsVectorLayer("Point?crs=EPSG:2154&field=name:string", "x", "memory")
    with pytest.raises(QgsProcessingException, match="lacks the fields site_id"):
        run_alg("ite:exporttables", {"SITES": no_id, "OUTPUT": str(tmp_path / "bad")})
    assert not (tmp_path / "bad").exists()
    locked = tmp_path / "a-file"  # a folder inside a file: not writable, even for root
    locked.write_text("")
    with pytest.raises(QgsProcessingException, match="Cannot write into"):
        run_alg("ite:exporttables", {"SITES": sample["sites"], "OUTPUT": str(locked / "o")})
