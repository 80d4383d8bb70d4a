"""ite:exportsynergymap on the Dunkirk sample: PDF, PNG and SVG files a mapmaker would open."""

from __future__ import annotations

import csv
import re
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import numpy as np
import pytest
from qgis.core import (
    QgsPrintLayout,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProject,
    QgsReadWriteContext,
    QgsVectorLayer,
)
from qgis.PyQt.QtXml import QDomDocument
from qgis_cli import LogFeedback, qgis_process

SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "samples" / "dunkirk"


@pytest.fixture(scope="module")
def dunkirk(plugin, tmp_path_factory):
    """The sample territory, its synergies, DH areas and waste-heat links, as files."""
    import processing
    from qgis.core import QgsCoordinateReferenceSystem

    from ite_qgis.core.samples.synthetic_heat import dunkirk_heat_grid
    from ite_qgis.qgis_bridge.rasters import write_geotiff

    folder = tmp_path_factory.mktemp("dunkirk")
    gpkg = folder / "dunkirk.gpkg"
    processing.run("ite:sampleterritory", {"CRS": "EPSG:2154", "OUTPUT": str(gpkg)})
    sites, resources = f"{gpkg}|layername=sites", f"{gpkg}|layername=resources"
    processing.run("ite:findsynergies", {"SITES": sites, "RESOURCES": resources,
                                         "SYNERGIES": str(folder / "synergies.gpkg")})
    density, transform, _ = dunkirk_heat_grid()
    heat = write_geotiff(folder / "heat.tif", density, transform,
                         QgsCoordinateReferenceSystem("EPSG:2154").toWkt(), -9999.0)
    processing.run("ite:dhpotentialareas", {"INPUT": str(heat),
                                            "OUTPUT": str(folder / "areas.gpkg")})
    processing.run("ite:wasteheatdh", {"SOURCES": sites, "RESOURCES": resources,
                                       "AREAS": str(folder / "areas.gpkg"),
                                       "LINKS": str(folder / "links.gpkg"),
                                       "SUMMARY": str(folder / "summary.gpkg")})
    return {
        "SITES": sites, "SYNERGIES": str(folder / "synergies.gpkg"), "RESOURCES": resources,
        "FLOWS": f"{gpkg}|layername=flows", "DH_AREAS": str(folder / "areas.gpkg"),
        "DH_LINKS": str(folder / "links.gpkg"), "HEAT_DENSITY": str(heat),
    }


def export(inputs, output, **parameters):
    import processing

    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    feedback = LogFeedback()
    result = processing.run("ite:exportsynergymap", {**inputs, **parameters, "OUTPUT": str(output)},
                            context=context, feedback=feedback)
    return result, feedback


def pdf_pages(path: Path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    return int(next(line for line in info.stdout.splitlines() if line.startswith("Pages:"))
               .split()[1])


def pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                          text=True, check=True).stdout


def map_rectangle_mm(paper: str, orientation: str):
    """(x, y, width, height) in mm of the map item of a shipped template."""
    from ite_qgis import assets

    document = QDomDocument()
    document.setContent(assets.layout_path(f"synergy_map_{paper}_{orientation}")
                        .read_text(encoding="utf-8"))
    layout = QgsPrintLayout(QgsProject.instance())
    layout.loadFromTemplate(document, QgsReadWriteContext())
    item = layout.itemById("map")
    position, size = item.positionWithUnits(), item.sizeWithUnits()
    return position.x(), position.y(), size.width(), size.height()


def map_pixels(png: Path, rect_mm, dpi: float) -> np.ndarray:
    from PIL import Image

    image = np.asarray(Image.open(png).convert("L"), dtype=float)
    x, y, w, h = (v / 25.4 * dpi for v in rect_mm)
    inset = 4  # inside the frame line
    return image[int(y) + inset:int(y + h) - inset, int(x) + inset:int(x + w) - inset]


def families_drawn(synergies_path: str) -> set[str]:
    layer = QgsVectorLayer(synergies_path, "synergies", "ogr")
    return {f["family"] for f in layer.getFeatures() if f["rank"] == 1}


def test_a3_landscape_pdf_has_one_page_and_a_drawn_map(dunkirk, tmp_path):
    output = tmp_path / "dunkirk_a3.pdf"
    result, feedback = export(dunkirk, output, PAPER=1, ORIENTATION=0)
    assert result["PAGES"] == 1 and Path(result["OUTPUT"]) == output
    assert output.stat().st_size > 20_000
    assert pdf_pages(output) == 1
    subprocess.run(["pdftoppm", "-png", "-r", "60", "-singlefile", str(output),
                    str(tmp_path / "page")], check=True)
    pixels = map_pixels(tmp_path / "page.png", map_rectangle_mm("a3", "landscape"), 60)
    assert pixels.std() > 20.0, "the map area is blank"
    assert (pixels < 128).mean() > 0.01  # sites and synergy lines drawn in dark ink
    text = pdf_text(output)
    for expected in ("Industrial and territorial synergies", "Legend", "Candidate synergies",
                     "Supplier", "Receiver", "km"):
        assert expected in text, expected
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".ite_map_")] == []


def test_a4_png_has_the_paper_size_in_pixels_and_is_not_blank(dunkirk, tmp_path):
    from PIL import Image

    output = tmp_path / "dunkirk_a4.png"
    result, _ = export(dunkirk, output, PAPER=0, ORIENTATION=1, DPI=100)
    assert result["PAGES"] == 1 and output.stat().st_size > 20_000
    image = Image.open(output)
    assert abs(image.width - 210 / 25.4 * 100) <= 2 and abs(image.height - 297 / 25.4 * 100) <= 2
    pixels = map_pixels(output, map_rectangle_mm("a4", "portrait"), 100)
    assert pixels.std() > 20.0


def test_atlas_per_resource_family_has_one_page_per_family(dunkirk, tmp_path):
    output = tmp_path / "families.pdf"
    result, _ = export(dunkirk, output, ATLAS=2, PAPER=0)
    families = families_drawn(dunkirk["SYNERGIES"])
    assert len(families) >= 3
    assert result["PAGES"] == len(families) == pdf_pages(output)


def test_atlas_per_dh_area_has_one_page_per_area(dunkirk, tmp_path):
    output = tmp_path / "areas.pdf"
    result, _ = export(dunkirk, output, ATLAS=3, PAPER=0)
    areas = QgsVectorLayer(dunkirk["DH_AREAS"], "areas", "ogr").featureCount()
    assert areas >= 1 and result["PAGES"] == areas == pdf_pages(output)
    assert "District heating potential area" in pdf_text(output)


def test_atlas_to_png_writes_numbered_files(dunkirk, tmp_path):
    output = tmp_path / "family.png"
    result, _ = export(dunkirk, output, ATLAS=2, PAPER=0, DPI=50)
    files = sorted(p.name for p in tmp_path.glob("*.png"))
    assert len(files) == result["PAGES"] == len(families_drawn(dunkirk["SYNERGIES"]))
    assert files[0] == "family_01.png" and result["FILES"].count("\n") == len(files) - 1


def test_french_map(dunkirk, tmp_path):
    from qgis.PyQt.QtCore import QDate, QLocale

    output = tmp_path / "carte.pdf"
    export(dunkirk, output, LANGUAGE=2, PAPER=0)
    text = pdf_text(output)
    month = QLocale(QLocale.Language.French).toString(QDate.currentDate(), "MMMM")
    assert month in text  # the date is written in French
    from ite_qgis.qgis_bridge.translation import translator

    french = translator("fr")("exportsynergymap", "Legend")
    if french == "Legend":
        pytest.skip("the French layout strings are not in i18n/ite_qgis_fr.ts yet")
    assert french in text and "Legend" not in text


def test_svg_opens_as_xml(dunkirk, tmp_path):
    output = tmp_path / "map.svg"
    export(dunkirk, output, PAPER=0)
    root = ET.parse(output).getroot()
    assert root.tag.endswith("svg")
    assert len(list(root.iter())) > 100


def test_public_map_shows_no_confidential_name_or_quantity(dunkirk, tmp_path):
    with open(SAMPLE / "sites.csv", encoding="utf-8") as handle:
        secret = [row for row in csv.DictReader(handle) if row["confidential"] == "1"]
    assert secret
    ids = {row["site_id"] for row in secret}
    with open(SAMPLE / "resources.csv", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    hidden = [r for r in rows if r["site_id"] in ids or r["confidential"] == "1"]
    # A figure that a public row also has (60,000 MWh/yr of gas at DK06) may show.
    open_figures = {float(r["quantity"]) for r in rows if r not in hidden}
    quantities = {float(r["quantity"]) for r in hidden} - open_figures
    # Every site has a page, so every site name that could show is printed somewhere.
    pdf, svg = tmp_path / "public.pdf", tmp_path / "public.svg"
    export(dunkirk, pdf, ATLAS=1, PAPER=0, MAX_RANK=10)
    export(dunkirk, svg, PAPER=0, MAX_RANK=10, TOP_N=30)
    texts = [pdf_text(pdf)] + [p.read_text(encoding="utf-8") for p in tmp_path.glob("*.svg")]
    for text in texts:
        for row in secret:
            assert row["name"] not in text and row["operator"] not in text
        for quantity in quantities:
            exact = rf"(?<![\d,.~]){quantity:,.0f}(?![\d,])"
            assert not re.search(exact, text), quantity
    private = tmp_path / "private.pdf"
    export(dunkirk, private, ATLAS=1, PAPER=0, MAX_RANK=10, PUBLIC=False)
    shown = pdf_text(private)
    assert any(row["name"] in shown for row in secret)  # the test would see a leak


def test_synergy_layer_without_the_fields_is_refused(dunkirk, tmp_path):
    output = tmp_path / "map.pdf"
    with pytest.raises(QgsProcessingException, match="lacks the fields supplier_site"):
        export({**dunkirk, "SYNERGIES": dunkirk["DH_LINKS"]}, output)
    assert list(tmp_path.iterdir()) == []


def test_unknown_paper_size_is_refused(dunkirk, tmp_path):
    with pytest.raises(QgsProcessingException, match="PAPER"):
        export(dunkirk, tmp_path / "map.pdf", PAPER=7)
    assert list(tmp_path.iterdir()) == []


def test_unknown_extension_is_refused(dunkirk, tmp_path):
    with pytest.raises(QgsProcessingException, match=r"\.pdf, \.png or \.svg"):
        export(dunkirk, tmp_path / "map.jpg")
    assert list(tmp_path.iterdir()) == []


def test_output_folder_that_cannot_be_written_is_refused(dunkirk, tmp_path):
    blocker = tmp_path / "not_a_folder"
    blocker.write_text("x")
    with pytest.raises(QgsProcessingException, match="is not a folder"):
        export(dunkirk, blocker / "map.pdf")
    with pytest.raises(QgsProcessingException, match="Cannot write into the folder"):
        export(dunkirk, Path("/proc/ite_map/map.pdf"))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["not_a_folder"]


def test_atlas_per_dh_area_without_areas_is_refused(dunkirk, tmp_path):
    inputs = {k: v for k, v in dunkirk.items() if k != "DH_AREAS"}
    with pytest.raises(QgsProcessingException, match="DH potential areas"):
        export(inputs, tmp_path / "map.pdf", ATLAS=3)
    assert list(tmp_path.iterdir()) == []


def test_render_map_png_for_the_report(dunkirk, tmp_path):
    import geopandas as gpd
    from qgis.core import QgsCoordinateReferenceSystem

    from ite_qgis.layout.synergy_map import MapOptions, Territory, map_layers, render_map_png

    gpkg = dunkirk["SITES"].split("|")[0]
    territory = Territory(sites=gpd.read_file(gpkg, layer="sites"),
                          synergies=gpd.read_file(dunkirk["SYNERGIES"]),
                          crs=QgsCoordinateReferenceSystem("EPSG:2154"))
    layers = map_layers(territory, MapOptions(public=True))
    path = render_map_png(layers.ordered(), tmp_path / "map.png", 800, 500, layers.extent)
    from PIL import Image

    image = np.asarray(Image.open(path).convert("L"), dtype=float)
    assert image.shape == (500, 800) and image.std() > 10.0


def test_qgis_process_batch_of_two_exports(dunkirk, tmp_path):
    """What a batch over territories looks like: one qgis_process run per map."""
    config = tmp_path / "profile"
    config.mkdir()
    qgis_process("plugins", "enable", "ite_qgis", config=config)
    for name, paper in (("first.pdf", "0"), ("second.png", "1")):
        args = [f"{key}={value}" for key, value in dunkirk.items()]
        qgis_process("run", "ite:exportsynergymap", "--", *args, f"PAPER={paper}", "DPI=60",
                     f"OUTPUT={tmp_path / name}", config=config)
    assert pdf_pages(tmp_path / "first.pdf") == 1
    assert (tmp_path / "second.png").stat().st_size > 10_000
