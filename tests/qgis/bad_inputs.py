"""Bad variants of the Dunkirk sample, one input file each, for the bad-input matrix.

``build_base(folder, run)`` writes the clean inputs once: the sample territory split into one
GeoPackage per layer (sites, resources, flows), the synergies and the waste-heat links found on
it, the DH potential areas of its heat-demand grid (and the grid as a GeoTIFF), building squares
with a heat demand, roads, and the long-layout inventory CSV. ``make_variant`` copies one of
them and spoils it the way a hostile but realistic user would (one class of the issue at a time).
Every spoiled row is recorded (its original id) so a test can check it is accounted for.

Also: the inspection helpers of a run (hashes of the inputs, the files left in a folder, and
every ``nan``/``inf`` in the outputs or the log).
"""

from __future__ import annotations

import csv
import hashlib
import math
import re
import shutil
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd
import pyogrio
import shapely
from osgeo import gdal, ogr
from qgis.core import QgsProcessingContext, QgsProcessingFeedback, QgsProject

gdal.UseExceptions()
ogr.UseExceptions()

CRS = "EPSG:2154"

# kind -> file name, layer, id column, number column, required column, optional column.
KINDS = {
    "sites": dict(file="sites.gpkg", id="site_id", number=None, required="site_id",
                  optional="nace", geometry="Point"),
    "resources": dict(file="resources.gpkg", id="resource_id", number="quantity",
                      required="quantity", optional="temperature_c", geometry=None),
    "flows": dict(file="flows.gpkg", id="flow_id", number="quantity", required="quantity",
                  optional="status", geometry="LineString"),
    "synergies": dict(file="synergies.gpkg", id="synergy_id", number="quantity",
                      required="supply_id", optional="family", geometry="LineString"),
    "dh_areas": dict(file="areas.gpkg", id="area_id", number="demand_gwh_yr",
                     required="area_id", optional="dwelling_eq", geometry="MultiPolygon"),
    "dh_links": dict(file="links.gpkg", id="source_id", number="heat_delivered_mwh_yr",
                     required="source_id", optional="lcoh_transmission_eur_mwh",
                     geometry="LineString"),
    "buildings": dict(file="buildings.gpkg", id=None, number="demand_mwh",
                      required="demand_mwh", optional=None, geometry="Polygon"),
    "roads": dict(file="roads.gpkg", id=None, number=None, required=None, optional=None,
                  geometry="LineString"),
    "raster": dict(file="heat.tif"),
    "inventory": dict(file="inventory.csv", id="site_id", number="quantity",
                      required="quantity", optional="nace"),
}

# The classes of the issue, and the kinds of input each one can spoil.
CLASSES = {
    "empty": {"sites", "resources", "flows", "synergies", "dh_areas", "dh_links", "buildings",
              "roads", "raster", "inventory"},
    "wrong_geometry": {"sites", "synergies", "dh_areas", "dh_links", "buildings", "roads"},
    "invalid_geometry": {"sites", "dh_areas", "buildings"},
    "null_ids": {"sites", "resources", "flows", "synergies", "dh_areas", "dh_links",
                 "inventory"},
    "duplicate_ids": {"sites", "resources", "flows", "synergies", "dh_areas", "dh_links",
                      "inventory"},
    "missing_required": {"sites", "resources", "flows", "synergies", "dh_areas", "dh_links",
                         "buildings", "inventory"},
    "missing_optional": {"sites", "resources", "flows", "synergies", "dh_areas", "dh_links",
                         "inventory"},
    "text_numbers": {"resources", "flows", "synergies", "dh_areas", "dh_links", "buildings",
                     "inventory"},
    "non_finite": {"resources", "flows", "synergies", "dh_areas", "dh_links", "buildings",
                   "raster", "inventory"},
    "swapped_coordinates": {"sites", "dh_areas", "buildings", "inventory"},
    "multiband_raster": {"raster"},
}
# Besides these, the matrix has classes about the run rather than one input: clean,
# optional_left_out, output_is_input and unwritable (see test_bad_inputs._cases).

NON_FINITE = (math.inf, 1e308, -math.inf)


def as_text(value, row: int) -> str:
    """``value`` as a user types it, the same number: "1 900 000", "700000,5" or "1.5e+03"."""
    if value is None or pd.isna(value):
        return ""
    value = float(value)
    if row % 3 == 0:
        whole = f"{value:,.0f}" if value.is_integer() else f"{value:,.6f}".rstrip("0")
        return whole.replace(",", " ")
    if row % 3 == 1:
        return repr(value).replace(".", ",")
    return np.format_float_scientific(value, unique=True)


@dataclass
class Variant:
    path: Path  # the spoiled file
    spoiled_ids: list = field(default_factory=list)  # original ids of the spoiled rows
    ids_destroyed: bool = False  # the spoiled rows lost their ids (null, empty, duplicate)
    same_values: bool = False  # the same numbers written otherwise: the result must not change


# ------------------------------------------------------------------ the clean inputs


def _layer_file(source: Path, layer: str, target: Path):
    frame = pyogrio.read_dataframe(source, layer=layer)
    pyogrio.write_dataframe(frame, target, layer=target.stem, driver="GPKG")


def build_base(folder: Path, run) -> dict[str, Path]:
    """The clean inputs in ``folder``; ``run(algorithm_id, parameters)`` is processing.run."""
    folder.mkdir(parents=True, exist_ok=True)
    territory = folder / "_territory.gpkg"
    result = run("ite:sampleterritory", {"CRS": CRS, "OUTPUT": str(territory)})
    for kind in ("sites", "resources", "flows"):
        _layer_file(territory, kind, folder / KINDS[kind]["file"])
    # resources: a few numbers in every row the spoilers touch (the slag first, as in the issue)
    gdal.Translate(str(folder / "heat.tif"), str(result["HEAT_GRID"]), format="GTiff",
                   outputSRS=CRS)
    sites = str(folder / "sites.gpkg")
    resources = str(folder / "resources.gpkg")
    run("ite:findsynergies", {"SITES": sites, "RESOURCES": resources,
                              "SYNERGIES": str(folder / "synergies.gpkg")})
    run("ite:dhpotentialareas", {"INPUT": str(folder / "heat.tif"),
                                 "PIXEL_THRESHOLD": 200.0, "AREA_THRESHOLD": 5.0,
                                 "OUTPUT": str(folder / "areas.gpkg")})
    run("ite:wasteheatdh", {"SOURCES": sites, "RESOURCES": resources,
                            "AREAS": str(folder / "areas.gpkg"),
                            "LINKS": str(folder / "links.gpkg"),
                            "SUMMARY": str(folder / "_summary.gpkg")})
    site_frame = pyogrio.read_dataframe(folder / "sites.gpkg")
    buildings = site_frame[["site_id"]].copy()
    buildings = buildings.set_geometry(site_frame.geometry.buffer(40.0, cap_style="square"))
    buildings["demand_mwh"] = np.linspace(500.0, 5000.0, len(buildings))
    pyogrio.write_dataframe(buildings, folder / "buildings.gpkg", layer="buildings")
    flows = pyogrio.read_dataframe(folder / "flows.gpkg")
    roads = flows[["flow_id"]].set_geometry(flows.geometry)
    pyogrio.write_dataframe(roads, folder / "roads.gpkg", layer="roads")
    _inventory_csv(folder)
    return {kind: folder / spec["file"] for kind, spec in KINDS.items()}


def _inventory_csv(folder: Path):
    """The sample as one long inventory table: one row per resource, its site's columns."""
    sites = pyogrio.read_dataframe(folder / "sites.gpkg").to_crs("EPSG:4326")
    sites["x"], sites["y"] = sites.geometry.x.round(5), sites.geometry.y.round(5)
    resources = pyogrio.read_dataframe(folder / "resources.gpkg", read_geometry=False)
    table = resources.merge(
        pd.DataFrame(sites[["site_id", "name", "nace", "x", "y"]]), on="site_id"
    )[["site_id", "name", "nace", "x", "y", "direction", "resource", "quantity", "unit"]]
    table.to_csv(folder / "inventory.csv", index=False, quoting=csv.QUOTE_MINIMAL)


# ------------------------------------------------------------------ the spoilers


def make_variant(base: dict[str, Path], kind: str, bad_class: str, folder: Path) -> Variant:
    """A spoiled copy of the ``kind`` input in ``folder`` (a new file, the base untouched)."""
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / base[kind].name
    if kind == "raster":
        return _raster_variant(base[kind], bad_class, target)
    if kind == "inventory":
        return _csv_variant(base[kind], bad_class, target)
    return _vector_variant(base[kind], kind, bad_class, target)


def _write(frame, target: Path, geometry_type: str | None):
    if target.exists():
        target.unlink()
    if "geometry" in getattr(frame, "columns", []) and hasattr(frame, "crs"):
        pyogrio.write_dataframe(frame, target, layer=target.stem, driver="GPKG",
                                geometry_type=geometry_type or "Unknown", promote_to_multi=False)
    else:
        pyogrio.write_dataframe(pd.DataFrame(frame), target, layer=target.stem, driver="GPKG")


def _bowtie(geometry):
    x0, y0, x1, y1 = geometry.bounds
    return shapely.Polygon([(x0, y0), (x1, y1), (x1, y0), (x0, y1), (x0, y0)])


def _vector_variant(source: Path, kind: str, bad_class: str, target: Path) -> Variant:
    spec = KINDS[kind]
    frame = pyogrio.read_dataframe(source)
    id_column, number = spec["id"], spec["number"]
    ids = list(frame[id_column].astype(str)) if id_column else []
    geometry_type = spec["geometry"]
    variant = Variant(target)
    if bad_class == "empty":
        frame = frame.iloc[:0]
    elif bad_class == "wrong_geometry":
        wrong = {"Point": "line", "LineString": "point", "MultiPolygon": "point",
                 "Polygon": "line"}[geometry_type]
        if wrong == "point":
            frame = frame.set_geometry(frame.geometry.representative_point())
            geometry_type = "Point"
        else:
            centre = frame.geometry.centroid
            frame = frame.set_geometry(shapely.linestrings(
                np.stack([np.c_[centre.x, centre.y], np.c_[centre.x + 50, centre.y + 50]], 1)))
            geometry_type = "LineString"
        variant.spoiled_ids = ids
    elif bad_class == "invalid_geometry":
        geometries = frame.geometry.copy()
        if geometry_type == "Point":  # a point can only be missing or empty
            geometries.iloc[0] = None
            geometries.iloc[1] = shapely.from_wkt("POINT EMPTY")
            variant.spoiled_ids = ids[:2]
        else:
            geometries.iloc[0] = _bowtie(geometries.iloc[0])
            if geometry_type == "MultiPolygon":
                geometries.iloc[0] = shapely.MultiPolygon([geometries.iloc[0]])
            variant.spoiled_ids = ids[:1]
        frame = frame.set_geometry(geometries)
    elif bad_class == "null_ids":
        frame[id_column] = frame[id_column].astype(object)
        frame.loc[frame.index[0], id_column] = None
        if len(frame) > 1:
            frame.loc[frame.index[1], id_column] = ""
        variant.spoiled_ids, variant.ids_destroyed = ids[:2], True
    elif bad_class == "duplicate_ids":
        frame[id_column] = frame[id_column].astype(object)
        frame.loc[frame.index[-1], id_column] = frame[id_column].iloc[0]
        variant.spoiled_ids, variant.ids_destroyed = ids[-1:], True
    elif bad_class == "missing_required":
        frame = frame.drop(columns=[spec["required"]])
        variant.spoiled_ids = ids
    elif bad_class == "missing_optional":
        frame = frame.drop(columns=[spec["optional"]])
    elif bad_class == "text_numbers":
        frame[number] = pd.Series(
            [as_text(v, row) for row, v in enumerate(frame[number])], index=frame.index,
            dtype=object)
        variant.spoiled_ids, variant.same_values = ids[:3], True
    elif bad_class == "non_finite":
        frame[number] = frame[number].astype(float)
        for row, value in enumerate(NON_FINITE[: len(frame)]):
            frame.loc[frame.index[row], number] = value
        variant.spoiled_ids = ids[: len(NON_FINITE)]
    elif bad_class == "swapped_coordinates":
        frame = frame.set_geometry(shapely.transform(frame.geometry, lambda xy: xy[:, ::-1]))
        variant.spoiled_ids = ids
    else:
        raise ValueError(bad_class)
    _write(frame, target, geometry_type)
    return variant


def _csv_variant(source: Path, bad_class: str, target: Path) -> Variant:
    frame = pd.read_csv(source, dtype=str, keep_default_na=False)
    variant = Variant(target)
    ids = list(frame["site_id"])
    if bad_class == "empty":
        frame = frame.iloc[:0]
    elif bad_class == "null_ids":
        frame.loc[0, "site_id"] = ""
        variant.spoiled_ids, variant.ids_destroyed = ids[:1], True
    elif bad_class == "duplicate_ids":  # a second site under the first one's id, elsewhere
        last = frame.index[-1]
        frame.loc[last, "site_id"] = ids[0]
        variant.spoiled_ids, variant.ids_destroyed = ids[-1:], True
    elif bad_class == "missing_required":
        frame = frame.drop(columns=["quantity"])
    elif bad_class == "missing_optional":
        frame = frame.drop(columns=["nace"])
    elif bad_class == "text_numbers":
        frame["quantity"] = [as_text(v, row) for row, v in enumerate(frame["quantity"])]
        variant.spoiled_ids, variant.same_values = ids[:3], True
    elif bad_class == "non_finite":
        for row, value in enumerate(("inf", "1e308", "-inf")):
            frame.loc[row, "quantity"] = value
        variant.spoiled_ids = ids[:3]
    elif bad_class == "swapped_coordinates":
        frame["x"], frame["y"] = frame["y"].copy(), frame["x"].copy()
        variant.spoiled_ids = ids
    else:
        raise ValueError(bad_class)
    frame.to_csv(target, index=False)
    return variant


def _raster_variant(source: Path, bad_class: str, target: Path) -> Variant:
    src = gdal.Open(str(source))
    band_data = src.ReadAsArray().astype("float64")
    nodata = src.GetRasterBand(1).GetNoDataValue()
    if bad_class == "empty":  # every cell no data
        bands = [np.full_like(band_data, -9999.0 if nodata is None else nodata)]
        nodata = -9999.0 if nodata is None else nodata
    elif bad_class == "non_finite":
        data = band_data.copy()
        data.flat[:3] = (math.inf, 1e308, -math.inf)
        row, col = np.unravel_index(np.argmax(band_data), band_data.shape)
        data[row, col] = math.inf  # in the densest cell, where the areas are
        bands = [data]
    elif bad_class == "multiband_raster":
        bands = [band_data, band_data * 2.0, band_data * 0.0]
    else:
        raise ValueError(bad_class)
    out = gdal.GetDriverByName("GTiff").Create(
        str(target), src.RasterXSize, src.RasterYSize, len(bands), gdal.GDT_Float64)
    out.SetGeoTransform(src.GetGeoTransform())
    out.SetProjection(src.GetProjection())
    for index, data in enumerate(bands, start=1):
        band = out.GetRasterBand(index)
        band.WriteArray(data)
        if nodata is not None:
            band.SetNoDataValue(nodata)
    out = None
    return Variant(target)


# ------------------------------------------------------------------ inspecting a run


def sha256(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def files_in(folder: Path) -> list[Path]:
    return sorted(p for p in Path(folder).rglob("*") if p.is_file()) if Path(folder).exists() \
        else []


NON_FINITE_WORD = re.compile(r"\b(nan|inf|infinity)\b", re.IGNORECASE)
_DATA_URI = re.compile(r"data:[a-z/+.-]+;base64,[A-Za-z0-9+/=\s]+")
# Prose about such values (the density grid counts its "NaN or infinite" cells) is no value.
# A message quoting the user's bad text ('inf', « nan », a rejected row's "quantity=inf;") names
# it; it is no value either.
_PROSE = re.compile(
    r"\bNaN(,| or| ou) infini\w*|['\"«]\s?-?(nan|inf|infinity)\s?['\"»]"
    r"|\w=-?(nan|inf|infinity)(?=;|$)",
    re.IGNORECASE | re.MULTILINE,
)


def non_finite_in_text(text: str) -> list[str]:
    text = _PROSE.sub("", _DATA_URI.sub("", text))
    return [text[max(0, m.start() - 40): m.end() + 40] for m in NON_FINITE_WORD.finditer(text)]


def _vector_problems(path: Path) -> tuple[list[str], list[str]]:
    """(non-finite findings, every value as text) of every layer of a vector file."""
    problems, values = [], []
    source = ogr.Open(str(path))
    for index in range(source.GetLayerCount()):
        layer = source.GetLayer(index)
        if layer.GetName() in ("layer_styles",):
            continue
        for feature in layer:
            for value in feature.items().values():
                if isinstance(value, float) and not math.isfinite(value):
                    problems.append(f"{path.name}:{layer.GetName()}: {value}")
                elif isinstance(value, str):
                    problems += [f"{path.name}: {hit}" for hit in non_finite_in_text(value)]
                if value is not None:
                    values.append(str(value))
            geometry = feature.GetGeometryRef()
            if geometry is not None:
                problems += [f"{path.name} geometry: {hit}"
                             for hit in non_finite_in_text(geometry.ExportToWkt())]
    return problems, values


def _raster_problems(path: Path) -> list[str]:
    source = gdal.Open(str(path))
    problems = []
    for index in range(1, source.RasterCount + 1):
        band = source.GetRasterBand(index)
        data = band.ReadAsArray().astype("float64")
        nodata = band.GetNoDataValue()
        if nodata is not None and not math.isnan(nodata):
            data = data[data != nodata]
        bad = int((~np.isfinite(data)).sum())
        if bad:
            problems.append(f"{path.name} band {index}: {bad} non-finite cells")
    return problems


def inspect_outputs(folder: Path) -> tuple[list[str], str]:
    """(non-finite findings, all output values as one text) of every file in ``folder``."""
    problems, texts = [], []
    for path in files_in(folder):
        suffix = path.suffix.lower()
        if suffix in (".gpkg", ".shp", ".geojson", ".fgb", ".sqlite"):
            found, values = _vector_problems(path)
            problems += found
            texts += values
        elif suffix in (".tif", ".tiff", ".asc", ".vrt"):
            problems += _raster_problems(path)
        elif suffix in (".xlsx",):
            with zipfile.ZipFile(path) as archive:
                for member in archive.namelist():
                    text = archive.read(member).decode("utf-8", "replace")
                    problems += [f"{path.name}/{member}: {h}" for h in non_finite_in_text(text)]
                    texts.append(text)
        elif suffix in (".csv", ".html", ".htm", ".svg", ".txt", ".json", ".qml", ".md"):
            text = path.read_text(encoding="utf-8", errors="replace")
            problems += [f"{path.name}: {hit}" for hit in non_finite_in_text(text)]
            texts.append(text)
    return problems, "\n".join(texts)


def feature_count(path) -> int:
    source = ogr.Open(str(path))
    return sum(source.GetLayer(i).GetFeatureCount() for i in range(source.GetLayerCount())
               if source.GetLayer(i).GetName() != "layer_styles")


def copy_inputs(paths: list[Path], folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    copies = []
    for path in paths:
        copy = folder / path.name
        if not copy.exists():
            shutil.copy2(path, copy)
        copies.append(copy)
    return copies


# ------------------------------------------------------------------ running


class RecordingFeedback(QgsProcessingFeedback):
    """Every line the algorithm told the user, warnings apart."""

    def __init__(self):
        super().__init__()
        self.lines, self.warnings = [], []

    def pushInfo(self, info):  # noqa: N802
        self.lines.append(info)
        super().pushInfo(info)

    def pushWarning(self, warning):  # noqa: N802
        self.warnings.append(warning)
        self.lines.append(warning)
        super().pushWarning(warning)

    def reportError(self, error, fatalError=False):  # noqa: N802, N803
        self.lines.append(error)
        super().reportError(error, fatalError)

    def pushCommandInfo(self, info):  # noqa: N802
        self.lines.append(info)
        super().pushCommandInfo(info)

    def pushConsoleInfo(self, info):  # noqa: N802
        self.lines.append(info)
        super().pushConsoleInfo(info)

    def pushDebugInfo(self, info):  # noqa: N802
        self.lines.append(info)
        super().pushDebugInfo(info)

    def setProgressText(self, text):  # noqa: N802
        self.lines.append(text)
        super().setProgressText(text)

    def text(self) -> str:
        return "\n".join(self.lines)


def run_processing(algorithm_id, parameters, feedback=None):
    import processing

    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    return processing.run(algorithm_id, parameters, context=context,
                          feedback=feedback or QgsProcessingFeedback())


def escaped(error: str) -> str:
    """'KeyError: 'x' in heat_density_grid.py:136 _demands' from a wrapped traceback."""
    lines = [line.strip() for line in error.strip().splitlines() if line.strip()]
    frames = re.findall(r'File "([^"]+)", line (\d+), in (\w+)', error)
    ours = [("ite_qgis/" + f.split("/ite_qgis/")[-1], n, w) for f, n, w in frames
            if "/ite_qgis/" in f] or [(Path(f).name, n, w) for f, n, w in frames]
    where = f" in {ours[-1][0]}:{ours[-1][1]} {ours[-1][2]}" if ours else ""
    return lines[-1][:160] + where
