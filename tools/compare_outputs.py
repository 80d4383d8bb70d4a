"""Compare every algorithm's outputs on the Dunkirk sample between a base git ref and this tree.

Run it with ``make compare BASE=<git ref>`` (default: 3557c00, the last commit before the
refactor of issue 11), or ``python3 tools/compare_outputs.py --base REF`` from the repository.
It exits 1 when any output differs, 0 when every output is the same.

What it does, in three steps:

1. **Build both plugins.** ``git archive REF`` is extracted into ``build/compare/base-src`` and
   assembled there by that ref's own ``make build``; the current tree by ``make build``.
2. **Run the 15 algorithms of the provider**, once per version, each version in its own QGIS
   process (``tools/qgis-env run trixie``, ``processing.run`` in a standalone PyQGIS script)
   that imports only its own plugin folder. Every algorithm runs three times (see ``STEPS``):

   * ``explicit``: every parameter given by its string id (``"DETOUR_FACTOR"``...), so a change
     of default does not hide a change of behaviour; outputs to GeoPackage, CSV, GeoTIFF, PDF,
     HTML, SVG, XLSX files;
   * ``defaults``: only the data inputs and the destinations, so a change of default shows;
   * ``memory``: like ``explicit`` with every feature sink sent to ``memory:`` (the layer is then
     saved to a GeoPackage by QGIS and compared like the others).

   Both versions read the *same* inputs: the Dunkirk sample written by the base's
   ``ite:sampleterritory``, the base's synthetic heat grid (``resources/samples/dunkirk``), an
   inventory CSV made from the sample's ``sites.csv`` and ``resources.csv`` (one long table, as
   ``tools/demo.sh`` makes it, plus a few faulty rows) and, downstream, the base's own upstream
   outputs (synergies, allocated synergies, DH areas and links). So a difference is always the
   fault of the algorithm it is reported for.
3. **Compare every output** named in the results of both runs:

   * vector layers (every layer of a GeoPackage, CSV sinks): same fields (name and type), same
     row count, same values; rows are matched by sorting on all attributes and the geometry;
     floats agree within a relative tolerance of 1e-9, geometries are normalized (shapely) and
     agree within 1e-6 map units (metres). In the ``layer_styles`` table, ``update_time`` is
     ignored and styles are compared as canonical XML (Qt writes attributes in a random order),
     without the random colour QGIS gives the unused symbol of a table without geometry;
   * rasters: same array, nodata, geotransform and CRS;
   * CSV / XLSX tables: same cells (sorted rows, numbers within 1e-9);
   * HTML / SVG / text: same text once what legitimately varies between two runs is replaced
     by placeholders: the date (``YYYY-MM-DD``, the report prints the day it was generated),
     the run's own folders (output folder, plugin folder) and the random uuids QGIS gives layers
     and symbol layers. The same normalization applies to every text cell of every table;
   * PDF: same page count, the same text (``pdftotext``) and the same pixels once rendered at
     40 dpi (``pdftoppm``); byte differences are only noted (a PDF embeds its creation date);
     PNG: same pixels (GDAL);
   * numbers and strings the algorithm returns (``N_SYNERGIES``, ``EUR_YR``, ``STATUS``...);
   * an algorithm that fails: same when it fails in both versions with the same message.

It prints one line per output (algorithm, run, output, rows base/current, verdict with the first
differing row and column) and a summary. The whole comparison takes 20 to 40 seconds.
Everything it writes is under ``build/compare/`` (``make clean`` removes it).
"""

from __future__ import annotations

import argparse
import csv
import json
import math
import os
import re
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
WORK = Path("build/compare")  # relative to the repository, which the QGIS root mounts at /src
BASE_SRC = WORK / "base-src"
OUT = WORK / "out"
INPUTS = OUT / "base" / "explicit"  # both versions read the base's sample and upstream outputs
GRID = BASE_SRC / "build/ite_qgis/resources/samples/dunkirk/heat_demand_synthetic.asc"
REL_TOL = 1e-9
GEOM_TOL = 1e-6


# ----------------------------------------------------------------------------- the runs


@dataclass
class Step:
    """One algorithm run: ``inputs`` go to both runs, ``settings`` to the explicit run only.

    Values are formatted with ``i`` (the shared inputs folder), ``o`` (this run's output folder)
    and ``g`` (the synthetic heat grid); ``defaults`` overrides inputs in the defaults run.
    """

    name: str
    inputs: dict
    settings: dict = field(default_factory=dict)
    defaults: dict = field(default_factory=dict)


G = "{i}/dunkirk.gpkg|layername="
TERRITORY = {"SITES": G + "sites", "RESOURCES": G + "resources"}
WITH_FLOWS = {**TERRITORY, "FLOWS": G + "flows"}

STEPS = [
    Step("sampleterritory", {"OUTPUT": "{o}/dunkirk.gpkg"}, {"CRS": "EPSG:2154"}),
    Step("createterritory", {"OUTPUT": "{o}/territory.gpkg"}, {"CRS": "EPSG:2154"}),
    Step("importinventory",
         {"INPUT_FILE": "{i}/inventory_long.csv", "SITES": "{o}/imported_sites.gpkg",
          "RESOURCES": "{o}/imported_resources.gpkg", "REJECTED": "{o}/imported_rejected.csv"},
         {"LAYOUT": 0, "COORDINATES": 0, "SOURCE_CRS": "EPSG:4326", "TARGET_CRS": "EPSG:2154"}),
    Step("validateinventory", {**WITH_FLOWS, "REPORT": "{o}/validation.csv"}),
    Step("findsynergies", {**TERRITORY, "SYNERGIES": "{o}/synergies.gpkg"},
         {"FAMILIES": [0, 1, 2, 3, 4, 5, 6], "RADIUS_MODE": 0, "FIXED_RADIUS_KM": 50.0,
          "DETOUR_FACTOR": 1.3, "MAX_CANDIDATES": 10, "INCLUDE_INFERRED": True,
          "COST_EUR_TKM": 0.065, "EMPTY_RETURN": 1.0, "LANDFILL_EUR_T": 79.0,
          "LANDFILL_TAX_EUR_T": 65.0, "TREATMENT_EUR_T": 0.0, "HANDLING_EUR_T": 0.0,
          "MAX_RADIUS_KM": 100.0, "HEAT_CEILING_EUR_MWH": 10.0, "RATE": 0.03, "YEARS": 30.0}),
    Step("allocatesynergies",
         {"SYNERGIES": "{i}/synergies.gpkg", "RESOURCES": G + "resources",
          "CHOSEN": "{o}/allocated.gpkg", "RESIDUAL": "{o}/residual.csv"},
         {"INCLUDE_INFERRED": True}),
    Step("poolingopportunities",
         {**TERRITORY, "CLUSTERS": "{o}/pooling_clusters.gpkg",
          "MEMBERS": "{o}/pooling_members.gpkg"},
         {"RADIUS_KM": 5.0, "PAYLOAD_T": 20.0,
          "TREATMENT_SITES": G + "sites|subset=\"site_id\" = 'DK11'"}),
    Step("heatdensitygrid",
         {"INPUT": G + "sites", "DEMAND_FIELD": "employees", "OUTPUT": "{o}/heat_density.tif"},
         {"DEMAND_EXPRESSION": "coalesce(\"employees\", 0) * 10", "CELL_SIZE": 200.0}),
    Step("dhpotentialareas", {"INPUT": "{g}", "OUTPUT": "{o}/dh_areas.gpkg"},
         {"PIXEL_THRESHOLD": 333.0, "AREA_THRESHOLD": 30.0, "MWH_PER_DWELLING": 12.0,
          "CLOSING_ITERATIONS": 1, "THRESHOLD_WITH_CLOSING": True}),
    Step("wasteheatdh",
         {"SOURCES": G + "sites", "RESOURCES": G + "resources", "AREAS": "{i}/dh_areas.gpkg",
          "LINKS": "{o}/dh_links.gpkg", "SUMMARY": "{o}/dh_sources.csv"},
         {"NETWORK_TEMPERATURE": 90.0, "DETOUR_FACTOR": 1.3,
          "RATE_PCT": 3.0, "YEARS": 30.0, "OM_PCT": 1.0, "CEILING_EUR_MWH": 10.0,
          "MWH_PER_DWELLING": 12.0}),
    Step("flowmap", {"FLOWS": G + "flows", "OUTPUT": "{o}/flow_map.gpkg"},
         {"SITES": G + "sites", "SITE_ID_FIELD": "site_id", "FROM_FIELD": "from_site",
          "TO_FIELD": "to_site", "RESOURCE_FIELD": "resource", "QUANTITY_FIELD": "quantity",
          "UNIT_FIELD": "unit", "SHAPE": 0, "MULTIPLE": 0, "BEND": 0.25, "SPACING_M": 0.0,
          "MAX_WIDTH_MM": 6.0, "MIN_WIDTH_MM": 0.4, "VERTICES": 32}),
    Step("metabolism",
         {**TERRITORY, "OUTPUT": "{o}/metabolism.csv", "SANKEY": "{o}/metabolism.svg"},
         {"FLOWS": G + "flows", "SYNERGIES": "{i}/allocated.gpkg", "PUBLIC": True,
          "TITLE": "Dunkirk"}),
    Step("exportsynergymap",
         {"SITES": G + "sites", "SYNERGIES": "{i}/synergies.gpkg",
          "OUTPUT": "{o}/synergy_map.pdf"},
         {"RESOURCES": G + "resources", "FLOWS": G + "flows", "DH_AREAS": "{i}/dh_areas.gpkg",
          "DH_LINKS": "{i}/dh_links.gpkg", "TITLE": "Dunkirk", "SUBTITLE": "Sample",
          "PAPER": 1, "ORIENTATION": 0, "ATLAS": 0, "LANGUAGE": 1, "PUBLIC": True,
          "RADIUS_M": 1000.0, "TOP_N": 10, "MAX_RANK": 1, "DPI": 150},
         {"OUTPUT": "{o}/synergy_map.png"}),
    Step("report",
         {"SITES": G + "sites", "SYNERGIES": "{i}/synergies.gpkg", "OUTPUT": "{o}/report.html"},
         {"RESOURCES": G + "resources", "FLOWS": G + "flows",
          "DH_LINKS": "{i}/dh_links.gpkg", "TITLE": "Dunkirk", "SUBTITLE": "Sample",
          "LANGUAGE": 1, "PUBLIC": True, "DISPLACEMENT_M": 1000.0, "TOP": 15}),
    Step("exporttables", {"SITES": G + "sites", "OUTPUT": "{o}/tables"},
         {"RESOURCES": G + "resources", "FLOWS": G + "flows", "SYNERGIES": "{i}/synergies.gpkg",
          "DH_LINKS": "{i}/dh_links.gpkg", "FORMAT": 1, "PUBLIC": True,
          "DISPLACEMENT_M": 1000.0}),
]


def _fill(value, folders: dict):
    if isinstance(value, str):
        return value.format(**folders)
    return value


# Faulty rows added to the inventory CSV (changes to a copy of its first row), so that the
# rejected table of ite:importinventory is not empty.
FAULTY_ROWS = [
    {"resource_id": "X01", "resource": "xyz:999"},
    {"resource_id": "X02", "quantity": "lots"},
    {"resource_id": "X03", "site_id": "XX1", "x": "", "y": ""},
    {"resource_id": "R001", "site_id": "XX2", "name": "Duplicate resource id"},
    {"resource_id": "X05", "unit": "bananas/yr"},
    {"resource_id": "X06", "x": "2.40000"},
]


def write_inventory_csv(plugin: Path, path: Path) -> None:
    """The sample's sites and resources as one long table with lon/lat, like tools/demo.sh,
    then the :data:`FAULTY_ROWS`."""
    root = plugin / "ite_qgis/resources/samples/dunkirk"
    with open(root / "sites.csv", encoding="utf-8", newline="") as f:
        sites = {row["site_id"]: row for row in csv.DictReader(f)}
    with open(root / "resources.csv", encoding="utf-8", newline="") as f:
        resources = list(csv.DictReader(f))
    site_columns = next(iter(sites.values())).keys()
    columns = list(resources[0].keys()) + [
        c + "_site" if c in resources[0] else c for c in site_columns if c != "site_id"
    ]
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f, delimiter=";")
        writer.writerow(columns)
        long_rows = [
            [*row.values(), *(sites[row["site_id"]][c] for c in site_columns if c != "site_id")]
            for row in resources
        ]
        for changes in FAULTY_ROWS:
            faulty = dict(zip(columns, long_rows[0], strict=True))
            faulty.update(changes)
            long_rows.append(list(faulty.values()))
        writer.writerows(long_rows)


def start_qgis(plugin: Path):
    """QGIS, Processing and the plugin of ``plugin`` (a folder holding ``ite_qgis``)."""
    import warnings

    runtime = Path("/tmp/xdg-runtime")  # quiets QStandardPaths in the QGIS root
    runtime.mkdir(mode=0o700, exist_ok=True)
    os.environ.setdefault("XDG_RUNTIME_DIR", str(runtime))
    sys.path.insert(0, str(plugin.resolve()))
    sys.path.append("/usr/share/qgis/python/plugins")
    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    from processing.core.Processing import Processing

    Processing.initialize()
    warnings.simplefilter("ignore", DeprecationWarning)  # third-party notices, not our outputs
    import ite_qgis

    loaded = Path(ite_qgis.__file__).resolve().parent
    if loaded != (plugin / "ite_qgis").resolve():
        raise SystemExit(f"imported {loaded}, expected the plugin of {plugin}")
    instance = ite_qgis.classFactory(None)
    instance.initProcessing()
    return app, instance


VARIANTS = ("explicit", "defaults", "memory")


def run_version(label: str, plugin: Path) -> None:
    """Every step in every variant with ``plugin``; results in OUT/label/results.json."""
    _app, _instance = start_qgis(plugin)
    shutil.rmtree(OUT / label, ignore_errors=True)
    if not (INPUTS / "inventory_long.csv").exists():
        write_inventory_csv(plugin, INPUTS / "inventory_long.csv")
    results = {}
    for step in STEPS:
        for variant in VARIANTS:
            entry = run_step(step, variant, OUT / label / variant)
            if "error" in entry:
                print(f"  {label}: ite:{step.name} ({variant}) failed", flush=True)
            results[f"{step.name}/{variant}"] = entry
    (OUT / label / "results.json").write_text(json.dumps(results, indent=1), encoding="utf-8")
    print(f"  {label}: {len(results)} runs, {sum(r['seconds'] for r in results.values()):.1f} s")
    # Tearing QGIS down after layout exports can crash (SIGSEGV) in this standalone script;
    # everything is written, so leave without the teardown.
    sys.stdout.flush()
    os._exit(0)


def run_step(step: Step, variant: str, folder: Path) -> dict:
    """One run of one step: its results (JSON-ready) or its error, and its duration.

    ``explicit``: inputs and settings; ``defaults``: inputs only; ``memory``: like explicit, with
    every feature sink written to ``memory:`` and saved to ``folder/<algorithm>/<output>.gpkg``.
    """
    import processing
    from qgis.core import QgsApplication, QgsProcessingContext, QgsProcessingFeedback, QgsProject

    folder.mkdir(parents=True, exist_ok=True)
    folders = {"i": INPUTS.resolve(), "o": folder.resolve(), "g": GRID.resolve()}
    parameters = dict(step.inputs)
    parameters.update(step.defaults if variant == "defaults" else step.settings)
    parameters = {k: _fill(v, folders) for k, v in parameters.items()}
    algorithm = QgsApplication.processingRegistry().algorithmById(f"ite:{step.name}")
    if algorithm is None:
        return {"error": f"ite:{step.name} is not in this version", "seconds": 0.0}
    if variant == "memory":
        sinks = {d.name() for d in algorithm.parameterDefinitions() if d.type() == "sink"}
        if not sinks:
            return {"results": {}, "seconds": 0.0}
        parameters.update(dict.fromkeys(sinks, "memory:"))
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    start = time.perf_counter()
    try:
        out = processing.run(f"ite:{step.name}", parameters, context=context,
                             feedback=QgsProcessingFeedback())
        entry = {"results": {k: _plain(v, folder / step.name / k) for k, v in out.items()}}
    except Exception as error:  # recorded, then compared between the versions
        entry = {"error": str(error)}
    entry["seconds"] = round(time.perf_counter() - start, 2)
    return entry


def _plain(value, path: Path):
    """A result as JSON: a memory layer saved to ``path``.gpkg, lists item by item."""
    from qgis.core import QgsVectorFileWriter, QgsVectorLayer

    if isinstance(value, (list, tuple)):
        return [_plain(v, path.with_name(f"{path.name}_{i}")) for i, v in enumerate(value)]
    if isinstance(value, (bool, int, float, str)) or value is None:
        return value
    if isinstance(value, QgsVectorLayer) and value.providerType() == "memory":
        options = QgsVectorFileWriter.SaveVectorOptions()
        options.layerName = path.name
        path.parent.mkdir(parents=True, exist_ok=True)
        target = str(path.with_suffix(".gpkg"))
        error = QgsVectorFileWriter.writeAsVectorFormatV3(
            value, target, value.transformContext(), options)
        if error[0] != QgsVectorFileWriter.NoError:
            raise RuntimeError(f"could not save the memory output {path.name}: {error}")
        return target
    if hasattr(value, "source"):
        return value.source()
    return str(value)


# ----------------------------------------------------------------------------- readers


def _cell(value):
    """A cell as a comparable value: numbers as float, text stripped of the run's folders."""
    if isinstance(value, (bytes, bytearray)):
        return value.hex()
    if isinstance(value, (bool, int, float)) or value is None:
        return value
    text = str(value)
    return normalize_text(canonical_xml(text) if text.startswith("<") else text)


UUID = r"[0-9a-f]{8}[-_][0-9a-f]{4}[-_][0-9a-f]{4}[-_][0-9a-f]{4}[-_][0-9a-f]{12}"


def normalize_text(text: str) -> str:
    """Text without what legitimately varies between two runs: the day, the run's folders and
    the random ids QGIS gives layers and symbol layers (``{uuid}``, ``sites_<uuid>``)."""
    text = text.replace("/src/build/", "build/")
    text = re.sub(r"build/compare/out/(base|current)/", "<out>/", text)
    text = re.sub(r"build/compare/base-src/build/|build/(?=ite_qgis)", "<plugin>/", text)
    text = re.sub(UUID, "<uuid>", text)
    return re.sub(r"\b\d{4}-\d{2}-\d{2}\b", "<date>", text)


def canonical_xml(text: str) -> str:
    """A QML or SLD style as canonical XML (C14N 2.0): Qt writes attributes in a random order.

    XML held in an attribute (a symbol inside an ``Option``) is made canonical too, and in the
    style of a table without geometry (``layerGeometryType`` 4) the colours of the unused
    symbol are masked: QGIS picks them at random when it makes the layer.
    """
    from xml.etree import ElementTree

    try:
        root = ElementTree.fromstring(re.sub(r"<!DOCTYPE[^>]*>", "", text))
    except ElementTree.ParseError:
        return text
    no_geometry = root.findtext("layerGeometryType") == "4"
    for element in root.iter():
        for key, value in element.attrib.items():
            if value.startswith("<"):
                element.set(key, canonical_xml(value))
            elif no_geometry and re.fullmatch(r"\d+,\d+,\d+,\d+(,rgb:.*)?", value):
                element.set(key, "<random colour>")
    return ElementTree.canonicalize(ElementTree.tostring(root, encoding="unicode"),
                                    strip_text=True)


def read_ogr(path: Path) -> dict:
    """Every layer of a vector file: {layer: (fields, rows, crs)}, geometry as WKB last."""
    from osgeo import gdal, ogr

    gdal.UseExceptions()
    source = ogr.Open(str(path))
    layers = {}
    for layer in source:
        definition = layer.GetLayerDefn()
        fields = [
            (definition.GetFieldDefn(i).GetName(), definition.GetFieldDefn(i).GetTypeName())
            for i in range(definition.GetFieldCount())
        ]
        skip = {i for i, (name, _) in enumerate(fields)
                if layer.GetName() == "layer_styles" and name == "update_time"}
        rows = []
        for feature in layer:
            row = [_cell(feature.GetField(i)) for i in range(len(fields)) if i not in skip]
            geometry = feature.GetGeometryRef()
            row.append(bytes(geometry.ExportToWkb()) if geometry is not None else None)
            rows.append(row)
        srs = layer.GetSpatialRef()
        fields = [f for i, f in enumerate(fields) if i not in skip] + [("geometry", "wkb")]
        layers[layer.GetName()] = (fields, rows, srs.ExportToWkt() if srs else None)
    return layers


def read_csv(path: Path) -> dict:
    """A CSV table (comma or semicolon) as one layer; numeric cells as floats."""
    text = path.read_text(encoding="utf-8-sig")
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:  # a single column
        dialect = csv.excel
    table = list(csv.reader(text.splitlines(), dialect))
    header, body = (table[0], table[1:]) if table else ([], [])
    rows = [[_cell(_number_or_text(c)) for c in row] for row in body]
    return {path.name: ([(h, "") for h in header], rows, None)}


def _number_or_text(cell: str):
    try:
        return float(cell)
    except ValueError:
        return cell


def read_xlsx(path: Path) -> dict:
    """Every sheet of a workbook as a layer of cell values."""
    from openpyxl import load_workbook

    book = load_workbook(path, read_only=True, data_only=True)
    layers = {}
    for sheet in book.worksheets:
        table = [[_cell(v) for v in row] for row in sheet.iter_rows(values_only=True)]
        header = [(str(h), "") for h in table[0]] if table else []
        layers[sheet.title] = (header, table[1:], None)
    return layers


# ----------------------------------------------------------------------------- comparisons


def _sort_key(row):
    def key(value):
        if value is None:
            return (0, "")
        if _is_number(value):
            return (1, f"{value:.9g}")
        if isinstance(value, bytes):
            return (3, _wkt(value))
        return (2, str(value))

    return [key(v) for v in row]


def _wkt(wkb: bytes) -> str:
    import shapely

    return shapely.to_wkt(shapely.normalize(shapely.from_wkb(wkb)), rounding_precision=3)


def _same_value(a, b) -> bool:
    if isinstance(a, bytes) and isinstance(b, bytes):
        if a == b:
            return True
        import shapely

        first, second = shapely.normalize(shapely.from_wkb([a, b]))
        return bool(shapely.equals_exact(first, second, tolerance=GEOM_TOL))
    if _is_number(a) and _is_number(b):
        if math.isnan(a) and math.isnan(b):
            return True
        return math.isclose(a, b, rel_tol=REL_TOL, abs_tol=1e-12)
    return a == b


def _is_number(value) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _show(value) -> str:
    text = _wkt(value) if isinstance(value, bytes) else repr(value)
    return text if len(text) < 60 else text[:57] + "..."


def _show_pair(a, b) -> str:
    """Two differing values, long texts cut around their first difference."""
    if isinstance(a, bytes) and isinstance(b, bytes):
        a, b = _wkt(a), _wkt(b)
    if isinstance(a, str) and isinstance(b, str) and max(len(a), len(b)) >= 60:
        pairs = enumerate(zip(a, b, strict=False))
        start = max(next((i for i, (x, y) in pairs if x != y), 0) - 20, 0)
        return f"...{a[start:start + 50]!r} vs ...{b[start:start + 50]!r}"
    return f"{_show(a)} vs {_show(b)}"


def compare_tables(base: dict, current: dict) -> list[tuple[str, str, str]]:
    """(layer, rows base/current, verdict) for every layer of two readers' results."""
    lines = []
    for name in sorted(set(base) | set(current)):
        if name not in base or name not in current:
            lines.append((name, "", "differs: layer only in " + ("current" if name in current
                                                                 else "base")))
            continue
        (fields_a, rows_a, crs_a), (fields_b, rows_b, crs_b) = base[name], current[name]
        counts = f"{len(rows_a)}/{len(rows_b)}"
        if fields_a != fields_b:
            lines.append((name, counts, _field_difference(fields_a, fields_b)))
        elif crs_a != crs_b:
            lines.append((name, counts, "differs: CRS"))
        elif len(rows_a) != len(rows_b):
            lines.append((name, counts, "differs: row count"))
        else:
            lines.append((name, counts, _first_difference(fields_a, rows_a, rows_b)))
    return lines


def _field_difference(fields_a: list, fields_b: list) -> str:
    """The fields only one version has, or else the first field whose name or type differs."""
    only_a = [n for n, _ in fields_a if n not in {m for m, _ in fields_b}]
    only_b = [n for n, _ in fields_b if n not in {m for m, _ in fields_a}]
    if only_a or only_b:
        return f"differs: fields only in base {only_a}, only in current {only_b}"
    for position, (a, b) in enumerate(zip(fields_a, fields_b, strict=True)):
        if a != b:
            return f"differs: field {position + 1}: {a} vs {b}"
    return "same"


def _first_difference(fields, rows_a, rows_b) -> str:
    rows_a, rows_b = sorted(rows_a, key=_sort_key), sorted(rows_b, key=_sort_key)
    for index, (row_a, row_b) in enumerate(zip(rows_a, rows_b, strict=True)):
        for column, (a, b) in enumerate(zip(row_a, row_b, strict=False)):
            if not _same_value(a, b):
                return (f"differs: sorted row {index} ({fields[0][0]}={_show(row_a[0])}), "
                        f"column {fields[column][0]}: {_show_pair(a, b)}")
        if len(row_a) != len(row_b):
            return f"differs: sorted row {index} has {len(row_a)} vs {len(row_b)} cells"
    return "same"


def compare_rasters(base: Path, current: Path) -> list[tuple[str, str, str]]:
    """Array, nodata, geotransform and CRS of two single-file rasters (every band)."""
    import numpy as np
    from osgeo import gdal

    gdal.UseExceptions()
    a, b = gdal.Open(str(base)), gdal.Open(str(current))
    shape = f"{a.RasterYSize}x{a.RasterXSize}/{b.RasterYSize}x{b.RasterXSize}"
    checks = [
        ("size", (a.RasterCount, a.RasterXSize, a.RasterYSize)
         == (b.RasterCount, b.RasterXSize, b.RasterYSize)),
        ("geotransform", a.GetGeoTransform() == b.GetGeoTransform()),
        ("CRS", a.GetProjection() == b.GetProjection()),
    ]
    for band in range(1, a.RasterCount + 1) if checks[0][1] else []:
        band_a, band_b = a.GetRasterBand(band), b.GetRasterBand(band)
        checks.append((f"band {band} nodata", band_a.GetNoDataValue() == band_b.GetNoDataValue()))
        array_a, array_b = band_a.ReadAsArray(), band_b.ReadAsArray()
        equal = np.array_equal(array_a, array_b, equal_nan=array_a.dtype.kind == "f")
        if not equal:
            row, column = (int(i) for i in np.argwhere(array_a != array_b)[0][:2])
            checks.append((f"band {band} pixel (row {row}, column {column})", False))
    failed = [name for name, ok in checks if not ok]
    return [("raster", shape, "same" if not failed else "differs: " + ", ".join(failed))]


def compare_pdfs(base: Path, current: Path) -> list[tuple[str, str, str]]:
    """Page count and text (pdftotext); byte differences noted, not failed (dates inside)."""

    def pages(path):
        info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True).stdout
        return int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))

    def text(path):
        out = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                             text=True).stdout
        return normalize_text(out)

    counts = f"{pages(base)}/{pages(current)} pages"
    if pages(base) != pages(current):
        return [("pdf", counts, "differs: page count")]
    lines_a, lines_b = text(base).splitlines(), text(current).splitlines()
    if lines_a != lines_b:
        return [("pdf text", counts, _first_text_difference(lines_a, lines_b))]
    renders = [_render_pdf(path) for path in (base, current)]
    for page, (image_a, image_b) in enumerate(zip(*renders, strict=True), start=1):
        verdict = compare_rasters(image_a, image_b)[0][2]
        if verdict != "same":
            return [("pdf pages", counts, f"page {page} rendered at {PDF_DPI} dpi {verdict}")]
    note = "" if base.read_bytes() == current.read_bytes() else " (bytes differ: embedded dates)"
    return [("pdf", counts, "same" + note)]


PDF_DPI = 40


def _render_pdf(path: Path) -> list[Path]:
    """The pages of a PDF rendered to PNG (pdftoppm) beside it, in page order."""
    prefix = path.with_suffix("")
    subprocess.run(["pdftoppm", "-r", str(PDF_DPI), "-png", str(path), str(prefix)], check=True)
    return sorted(path.parent.glob(f"{prefix.name}-*.png"))


def _first_text_difference(lines_a: list[str], lines_b: list[str]) -> str:
    for index, (a, b) in enumerate(zip(lines_a, lines_b, strict=False)):
        if a != b:
            return f"differs: line {index + 1}: {_show_pair(a.strip(), b.strip())}"
    return f"differs: {len(lines_a)} vs {len(lines_b)} lines"


def compare_text(base: Path, current: Path) -> list[tuple[str, str, str]]:
    """HTML, SVG and other text, once normalized (see :func:`normalize_text`)."""
    lines_a = normalize_text(base.read_text(encoding="utf-8")).splitlines()
    lines_b = normalize_text(current.read_text(encoding="utf-8")).splitlines()
    verdict = "same" if lines_a == lines_b else _first_text_difference(lines_a, lines_b)
    return [("text", f"{len(lines_a)}/{len(lines_b)} lines", verdict)]


RASTERS = {".tif", ".tiff", ".asc", ".png"}
VECTORS = {".gpkg", ".shp", ".geojson"}
TEXTS = {".html", ".svg", ".txt", ".md", ".json", ".qml"}


def compare_files(base: Path, current: Path) -> list[tuple[str, str, str]]:
    """Compare two files (or folders, file by file) by their kind."""
    if base.is_dir() or current.is_dir():
        names = sorted({p.name for p in base.iterdir()} | {p.name for p in current.iterdir()})
        lines = []
        for name in names:
            if not (base / name).exists() or not (current / name).exists():
                lines.append((name, "", "differs: file in one version only"))
            else:
                lines += [(f"{name}:{part}", rows, verdict)
                          for part, rows, verdict in compare_files(base / name, current / name)]
        return lines
    suffix = base.suffix.lower()
    if suffix in RASTERS:
        return compare_rasters(base, current)
    if suffix == ".pdf":
        return compare_pdfs(base, current)
    if suffix in TEXTS:
        return compare_text(base, current)
    reader = {".csv": read_csv, ".xlsx": read_xlsx}.get(suffix, read_ogr)
    if suffix not in VECTORS and reader is read_ogr:
        same = base.read_bytes() == current.read_bytes()
        return [("bytes", "", "same" if same else "differs: bytes")]
    return compare_tables(reader(base), reader(current))


def _as_path(value) -> Path | None:
    if not isinstance(value, str) or not value:
        return None
    path = Path(value.split("|")[0].removeprefix("/src/"))
    return path if path.exists() else None


def compare_value(base, current) -> list[tuple[str, str, str]]:
    """One result of an algorithm: a file, a list of files, a number or a string."""
    base_path, current_path = _as_path(base), _as_path(current)
    if base_path and current_path:
        return compare_files(base_path, current_path)
    if base_path or current_path:
        return [("file", "", f"differs: file written by {'base' if base_path else 'current'} "
                             "only")]
    if isinstance(base, list) and isinstance(current, list) and len(base) == len(current):
        lines = []
        for a, b in zip(base, current, strict=True):
            lines += compare_value(a, b)
        return lines
    same = _same_value(_cell(base), _cell(current))
    verdict = "same" if same else f"differs: {_show_pair(base, current)}"
    return [("value", f"{_show(base)}", verdict)]


def _last_line(error: str | None) -> str:
    """An error as its message (the last line of the traceback), or "ran" when there is none."""
    return normalize_text(error.strip().splitlines()[-1]) if error else "ran"


def compare_runs() -> int:
    """Print the table of every output of every run; 1 when anything differs."""
    base = json.loads((OUT / "base/results.json").read_text(encoding="utf-8"))
    current = json.loads((OUT / "current/results.json").read_text(encoding="utf-8"))
    rows = [("algorithm", "run", "output", "rows base/current", "verdict")]
    for run in base:
        algorithm, variant = run.split("/")
        a, b = base[run], current.get(run, {"error": "not run"})
        if "error" in a or "error" in b:
            errors = [_last_line(entry.get("error")) for entry in (a, b)]
            same = errors[0] == errors[1]
            verdict = "same (both failed: " if same else "differs: failed in one version ("
            rows.append((algorithm, variant, "error", "", f"{verdict}{' | '.join(errors)})"))
            continue
        for key in sorted(set(a["results"]) | set(b["results"])):
            for part, counts, verdict in compare_value(a["results"].get(key),
                                                       b["results"].get(key)):
                output = key if part in {"value", "raster", "text", "pdf", "bytes"} else (
                    f"{key}:{part}")
                rows.append((algorithm, variant, output, counts, verdict))
    widths = [max(len(r[i]) for r in rows) for i in range(4)]
    for row in rows:
        print("  ".join(c.ljust(w) for c, w in zip(row[:4], widths, strict=True)), row[4])
    differing = [r for r in rows[1:] if not r[4].startswith("same")]
    seconds = [sum(v["seconds"] for v in runs.values()) for runs in (base, current)]
    print(f"\n{len(rows) - 1} outputs compared, {len(differing)} differ; algorithms ran "
          f"{seconds[0]:.1f} s (base) and {seconds[1]:.1f} s (current)")
    return 1 if differing else 0


# ----------------------------------------------------------------------------- the driver


def build_base(ref: str) -> None:
    """Extract ``ref`` into BASE_SRC and assemble its plugin with its own ``make build``."""
    shutil.rmtree(REPO / BASE_SRC, ignore_errors=True)
    (REPO / BASE_SRC).mkdir(parents=True)
    archive = subprocess.run(["git", "archive", ref], cwd=REPO, capture_output=True, check=True)
    subprocess.run(["tar", "-x", "-C", str(REPO / BASE_SRC)], input=archive.stdout, check=True)
    subprocess.run(["make", "-s", "build", "SUITES=trixie"], cwd=REPO / BASE_SRC, check=True,
                   stdout=subprocess.DEVNULL)


def in_root(*args: str) -> None:
    """This script, inside the trixie QGIS root, with a fresh QGIS profile."""
    command = ["tools/qgis-env", "run", "trixie", "env", "QT_QPA_PLATFORM=offscreen",
               "QGIS_CUSTOM_CONFIG_PATH=/tmp/profile", "PYTHONDONTWRITEBYTECODE=1",
               "python3", "-P", "tools/compare_outputs.py", *args]
    subprocess.run(command, cwd=REPO, check=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--base", default="3557c00", help="git ref to compare with")
    parser.add_argument("--step", choices=["run", "compare"], help=argparse.SUPPRESS)
    parser.add_argument("--label", help=argparse.SUPPRESS)
    parser.add_argument("--plugin", help=argparse.SUPPRESS)
    options = parser.parse_args()
    if options.step == "run":
        run_version(options.label, Path(options.plugin))
        return 0
    if options.step == "compare":
        return compare_runs()
    print(f"building {options.base} and the current tree...", flush=True)
    build_base(options.base)
    subprocess.run(["make", "-s", "build", "SUITES=trixie"], cwd=REPO, check=True,
                   stdout=subprocess.DEVNULL)
    for label, plugin in (("base", BASE_SRC / "build"), ("current", Path("build"))):
        print(f"running the algorithms with the {label} plugin ({plugin})...", flush=True)
        in_root("--step", "run", "--label", label, "--plugin", str(plugin))
    command = ["tools/qgis-env", "run", "trixie", "python3", "-P", "tools/compare_outputs.py",
               "--step", "compare"]
    return subprocess.run(command, cwd=REPO).returncode


if __name__ == "__main__":
    sys.exit(main())
