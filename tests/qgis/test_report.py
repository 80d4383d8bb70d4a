"""ite:report on the Dunkirk sample: a page that renders offline in Chromium and keeps secrets."""

from __future__ import annotations

import csv
import re
import shutil
import subprocess
from html import escape
from pathlib import Path

import pytest
from qgis.core import QgsProcessingException, QgsVectorLayer
from qgis_cli import qgis_process

SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "samples" / "dunkirk"
CHROMIUM = shutil.which("chromium-headless-shell") or shutil.which("chromium")


@pytest.fixture(scope="module")
def territory(tmp_path_factory, plugin):
    import processing

    folder = tmp_path_factory.mktemp("report")
    gpkg = folder / "dunkirk.gpkg"
    processing.run("ite:sampleterritory", {"OUTPUT": str(gpkg)})
    layers = {
        name: QgsVectorLayer(f"{gpkg}|layername={name}", name, "ogr")
        for name in ("sites", "resources", "flows")
    }
    synergies = folder / "synergies.gpkg"
    processing.run(
        "ite:findsynergies",
        {"SITES": layers["sites"], "RESOURCES": layers["resources"], "SYNERGIES": str(synergies)},
    )
    layers["synergies"] = QgsVectorLayer(str(synergies), "synergies", "ogr")
    assert layers["synergies"].featureCount() > 10
    return folder, layers


def _report(run_alg, territory, name: str, **extra) -> tuple[dict, str]:
    folder, layers = territory
    output = folder / name
    params = {
        "SITES": layers["sites"],
        "RESOURCES": layers["resources"],
        "FLOWS": layers["flows"],
        "SYNERGIES": layers["synergies"],
        "OUTPUT": str(output),
        **extra,
    }
    result = run_alg("ite:report", params)
    return result, output.read_text(encoding="utf-8")


def _confidential():
    with open(SAMPLE / "sites.csv", encoding="utf-8") as handle:
        sites = [row for row in csv.DictReader(handle) if row["confidential"] == "1"]
    with open(SAMPLE / "resources.csv", encoding="utf-8") as handle:
        secret = {row["site_id"] for row in sites}
        resources = [
            row for row in csv.DictReader(handle)
            if row["confidential"] == "1" or row["site_id"] in secret
        ]
    return sites, resources


def _spellings(quantity: float) -> set[str]:
    """How a number may be printed: 30000, 30,000, 30 000 (thin/no-break spaces), 30000.0."""
    whole = f"{quantity:,.0f}"
    return {
        f"{quantity:.0f}", whole, whole.replace(",", "\u202f"), whole.replace(",", "\u00a0"),
        whole.replace(",", " "), f"{quantity}",
    }


def test_public_report_hides_names_and_exact_quantities(run_alg, territory):
    _result, page = _report(run_alg, territory, "public.html")
    sites, resources = _confidential()
    assert len(sites) == 3
    for site in sites:
        for field in ("name", "operator", "address"):
            assert site[field] not in page, field
        assert site["site_id"] not in re.sub(r"<[^>]+>", " ", page)
    text = re.sub(r"data:image/png;base64,[A-Za-z0-9+/=]+", "", page)
    text = text.replace("http://www.w3.org/2000/svg", "")  # the SVG namespace, not a figure
    numbers = set(re.findall(r"\d[\d,.\u202f\u00a0 ]*\d|\d", text))
    for row in resources:
        quantity = float(row["quantity"])
        if quantity >= 100:  # small counts (12 collections a year) are not a secret
            assert not _spellings(quantity) & numbers, row["resource_id"]
    assert "Public version" in page
    assert "Top 15 declared synergies" in page
    assert "<svg" in page and "data:image/png;base64," in page


def _inferred(layer) -> list:
    """The knowledge-based lines of a synergies layer, best calibrated score first, nearer
    first on ties (the order of the report's leads)."""
    lines = [f for f in layer.getFeatures() if f["match_kind"] == "inferred_sector"]
    return sorted(lines, key=lambda f: (-f["kb_score"], f["distance_m"]))


def test_synergies_layer_carries_the_evidence_of_inferred_candidates(territory):
    _folder, layers = territory
    layer = layers["synergies"]
    for name in ("kb_score", "evidence", "kb_cases", "kb_exchanges", "kb_sources"):
        assert name in layer.fields().names(), name
    # The steelworks' converter slag towards a cement works: the best-backed lead.
    slag = next(f for f in _inferred(layer) if f["resource"] == "ewc:100202")
    assert 0 < slag["kb_score"] < 1
    ids = slag["kb_cases"].split("; ")
    assert len(ids) == slag["evidence"] > 1
    assert slag["kb_exchanges"].startswith("NACE 24 -> NACE 23.51, ewc:100202 ")
    assert all(case in slag["kb_exchanges"] for case in ids) and "MAESTRI " in slag["kb_exchanges"]
    assert "ewc:100202 -> material:clinker-substitute -> NACE 23.51 (" in slag["kb_sources"]
    assert "CLM BREF" in slag["kb_sources"]
    declared = [f for f in layer.getFeatures() if f["match_kind"] != "inferred_sector"]
    assert all(not f["kb_exchanges"] and not f["kb_sources"] for f in declared)


def _section(page: str, title: str) -> str:
    start = page.index(f"<h2>{title}</h2>")
    end = page.find("<h2>", start + 1)
    return page[start:end if end > 0 else len(page)]


def test_report_lists_knowledge_based_leads_with_their_evidence(run_alg, territory):
    _result, page = _report(run_alg, territory, "leads.html")
    declared = _section(page, "Top 15 declared synergies by net benefit")
    leads = _section(page, "Knowledge-based leads (not declared; upper bounds)")
    assert page.index(declared) < page.index(leads)
    # Declared figures stay apart: no knowledge-based line among them.
    assert "Receiving sector (knowledge base)" not in declared and "MAESTRI" not in declared
    assert "Net benefit (EUR/yr), upper bound" in leads and "upper bound" in leads
    assert leads.count('<tr class="detail">') == 10
    every = _inferred(territory[1]["synergies"])
    # A lead whose upper bound is a loss is not listed (the sample has one: fuel gas to the
    # nuclear plant); the leads are the gainful ones in the layer's order.
    assert any(f["net_benefit_eur_yr"] <= 0 for f in every)
    best = [f for f in every if f["net_benefit_eur_yr"] > 0]
    assert "lose money" in leads and "-4" not in leads.split("</p>", 1)[1].replace("-&gt;", "")
    rows = leads.split('<tr class="detail">')
    # The first lead: its calibrated score, a documented exchange id with the dataset, and the
    # source of the catalogue rule, in its own row; the tenth lead is the layer's tenth.
    first_row, first_detail = rows[0].rsplit("<tr>", 1)[1], rows[1]
    assert f'<td class="n">{best[0]["kb_score"]:.2f}</td>' in first_row
    assert best[0]["resource"] in first_row
    case = best[0]["kb_cases"].split("; ")[0]
    assert "MAESTRI " in first_detail and case in first_detail
    assert "documented exchanges back this sector" in first_detail
    source = best[0]["kb_sources"].split(" | ")[0].rsplit("): ", 1)[1]  # after "(use): "
    assert escape(source) in first_detail
    assert f'<td class="n">{best[9]["kb_score"]:.2f}</td>' in rows[9].rsplit("<tr>", 1)[1]


def test_report_is_self_contained(run_alg, territory):
    _result, page = _report(run_alg, territory, "offline.html")
    assert not re.search(r"(src|href)\s*=\s*[\"']?(https?:)?//", page, re.IGNORECASE)
    assert "<script" not in page.lower()
    assert "default-src 'none'" in page


@pytest.mark.skipif(CHROMIUM is None, reason="Debian's chromium-headless-shell is not installed")
def test_report_renders_in_headless_chromium_without_console_errors(run_alg, territory, tmp_path):
    _result, _page = _report(run_alg, territory, "chromium.html")
    output = territory[0] / "chromium.html"
    shot = tmp_path / "page.png"
    common = [CHROMIUM, "--no-sandbox", "--disable-gpu", "--enable-logging=stderr", "--v=0",
              "--host-resolver-rules=MAP * ~NOTFOUND", "--user-data-dir=" + str(tmp_path)]
    dom = subprocess.run(common + ["--dump-dom", output.as_uri()], capture_output=True,
                         text=True, timeout=120)
    assert dom.returncode == 0, dom.stderr[-2000:]
    assert "<h1>Industrial and territorial ecology report</h1>" in dom.stdout
    console = [line for line in dom.stderr.splitlines() if ":CONSOLE" in line]
    assert console == [], console
    assert "Failed to load resource" not in dom.stderr
    done = subprocess.run(common + ["--screenshot=" + str(shot), "--window-size=1200,2400",
                                    output.as_uri()], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0 and shot.stat().st_size > 20_000, done.stderr[-2000:]
    from qgis.PyQt.QtGui import QImage

    image = QImage(str(shot))
    colours = {image.pixel(x, y) for x in range(0, image.width(), 37)
               for y in range(0, image.height(), 37)}
    assert len(colours) > 50  # text, map and diagram drawn, not a blank page


def test_french_report(run_alg, territory):
    _result, page = _report(run_alg, territory, "fr.html", LANGUAGE=2)
    assert '<html lang="fr">' in page
    assert "Indicateurs" in page
    assert re.search(r"\d\u202f\d{3}", page)  # French thousands separator


def test_private_report_keeps_names(run_alg, territory):
    _result, page = _report(run_alg, territory, "private.html", PUBLIC=False)
    assert "Minakem" in page or "Air Liquide" in page or "Ryssen" in page
    assert "Public version" not in page


def test_bad_inputs_write_nothing(run_alg, territory, tmp_path):
    folder, layers = territory
    bad = QgsVectorLayer("LineString?crs=EPSG:2154&field=x:string", "synergies", "memory")
    output = tmp_path / "bad.html"
    with pytest.raises(QgsProcessingException, match="lacks the fields supplier_site"):
        run_alg("ite:report", {"SITES": layers["sites"], "SYNERGIES": bad,
                               "OUTPUT": str(output)})
    assert not output.exists()
    locked = tmp_path / "a-file"  # a folder inside a file: not writable, even for root
    locked.write_text("")
    with pytest.raises(QgsProcessingException, match="Cannot write into"):
        run_alg("ite:report", {"SITES": layers["sites"], "OUTPUT": str(locked / "r.html")})
    assert locked.read_text() == ""
    assert list(tmp_path.glob("*.partial")) == [] and list(folder.glob(".report-*")) == []


def test_report_through_qgis_process(territory, tmp_path):
    folder, _layers = territory
    output = tmp_path / "cli.html"
    qgis_process("plugins", "enable", "ite_qgis", config=tmp_path)
    qgis_process(
        "run", "ite:report", "--",
        f"SITES={folder / 'dunkirk.gpkg'}|layername=sites",
        f"RESOURCES={folder / 'dunkirk.gpkg'}|layername=resources",
        f"SYNERGIES={folder / 'synergies.gpkg'}",
        f"OUTPUT={output}",
        config=tmp_path,
    )
    assert output.stat().st_size > 50_000
