"""The document and map algorithms (report, exportsynergymap, metabolism, flowmap, exporttables)
on bad input: optional inputs left out or empty, bad site ids, and quantities so large (1e308,
inf) that no sum of them is a number. Each run ends with a clear message or a valid output,
and no output file nor the log shows "nan" or "inf"."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest
from qgis.core import (
    QgsFeatureRequest,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProject,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis_cli import LogFeedback

# "nan" and "inf" as whole words, whatever the case ("info", "infrastructure" do not count).
NON_FINITE = re.compile(r"(?<![A-Za-z])(nan|inf|infinity)(?![A-Za-z])", re.IGNORECASE)
DOCUMENTS = ("ite:report", "ite:exportsynergymap", "ite:metabolism", "ite:flowmap",
             "ite:exporttables")


@pytest.fixture(scope="module")
def dunkirk(plugin, tmp_path_factory):
    import processing

    folder = tmp_path_factory.mktemp("documents")
    gpkg = folder / "dunkirk.gpkg"
    processing.run("ite:sampleterritory", {"OUTPUT": str(gpkg)})
    layers = {
        name: QgsVectorLayer(f"{gpkg}|layername={name}", name, "ogr")
        for name in ("sites", "resources", "flows")
    }
    synergies = folder / "synergies.gpkg"
    processing.run("ite:findsynergies", {"SITES": layers["sites"],
                                         "RESOURCES": layers["resources"],
                                         "SYNERGIES": str(synergies)})
    layers["synergies"] = QgsVectorLayer(str(synergies), "synergies", "ogr")
    assert all(layer.isValid() and layer.featureCount() for layer in layers.values())
    return layers


def _copy(layer, values=None, keep=None, real=None):
    """A memory copy of ``layer``; ``values`` {feature number: {field: value}} changed, only the
    features numbered in ``keep`` (all when None) kept; field ``real`` made a real number."""
    copy = layer.materialize(QgsFeatureRequest())
    if real is not None:
        copy = _real_field(copy, real)
    features = list(copy.getFeatures())
    copy.startEditing()
    for number, feature in enumerate(features):
        if keep is not None and number not in keep:
            copy.deleteFeature(feature.id())
            continue
        for field, value in (values or {}).get(number, {}).items():
            copy.changeAttributeValue(feature.id(), copy.fields().indexOf(field), value)
    assert copy.commitChanges(), copy.commitErrors()
    return copy


def _real_field(layer, name):
    """``layer`` with its field ``name`` as a real number (the sample stores some as integers,
    which cannot hold 1e308)."""
    from qgis.core import QgsFeature, QgsField, QgsFields
    from qgis.PyQt.QtCore import QMetaType

    fields = QgsFields()
    for field in layer.fields():
        fields.append(QgsField(name, QMetaType.Type.Double) if field.name() == name else field)
    uri = QgsWkbTypes.displayString(layer.wkbType()) if layer.isSpatial() else "None"
    copy = QgsVectorLayer(f"{uri}?crs={layer.crs().authid()}", layer.name(), "memory")
    copy.dataProvider().addAttributes(list(fields))
    copy.updateFields()
    features = []
    for feature in layer.getFeatures():
        new = QgsFeature(copy.fields())
        new.setGeometry(feature.geometry())
        new.setAttributes(feature.attributes())
        features.append(new)
    copy.dataProvider().addFeatures(features)
    return copy


def _empty(layer):
    return _copy(layer, keep=set())


def _run(algorithm, parameters):
    import processing

    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    feedback = LogFeedback()
    result = processing.run(algorithm, parameters, context=context, feedback=feedback)
    return result, feedback


def _pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                          text=True, check=True).stdout


def _scan(path: Path) -> str:
    """Every text a user reads in ``path`` (a file or a folder of files)."""
    if path.is_dir():
        return "\n".join(_scan(p) for p in sorted(path.iterdir()))
    if path.suffix == ".pdf":
        return _pdf_text(path)
    if path.suffix in (".gpkg", ".png", ".xlsx"):
        layer = QgsVectorLayer(str(path), "scan", "ogr")
        if not layer.isValid():
            return ""
        return "\n".join(str(f.attributes()) for f in layer.getFeatures())
    text = path.read_text(encoding="utf-8", errors="replace")
    return re.sub(r"base64,[A-Za-z0-9+/=]+", "base64,", text)  # the map image is no text


def _no_non_finite(text: str, where: str) -> None:
    found = [text[max(m.start() - 60, 0):m.end() + 20] for m in NON_FINITE.finditer(text)]
    assert not found, f"{where} shows {found[:5]}"


def _inputs(layers, **changes):
    inputs = {"SITES": layers["sites"], "RESOURCES": layers["resources"],
              "FLOWS": layers["flows"], "SYNERGIES": layers["synergies"]}
    inputs.update(changes)
    return {k: v for k, v in inputs.items() if v is not None}


def _document(algorithm, inputs, folder: Path, tag: str) -> tuple[list[Path], LogFeedback]:
    """Run one document algorithm; returns the files it wrote and the log."""
    out = folder / tag
    out.mkdir(parents=True, exist_ok=True)
    if algorithm == "ite:report":
        params, files = {**inputs, "OUTPUT": str(out / "report.html")}, [out / "report.html"]
    elif algorithm == "ite:exportsynergymap":
        params, files = {**inputs, "OUTPUT": str(out / "map.pdf")}, [out / "map.pdf"]
    elif algorithm == "ite:metabolism":
        params = {**inputs, "OUTPUT": str(out / "metabolism.gpkg"),
                  "SANKEY": str(out / "sankey.svg")}
        files = [out / "metabolism.gpkg", out / "sankey.svg"]
    elif algorithm == "ite:flowmap":
        params = {"FLOWS": inputs.get("FLOWS"), "SITES": inputs.get("SITES"),
                  "OUTPUT": str(out / "flows.gpkg")}
        if params["FLOWS"] is not None and "supplier_site" in params["FLOWS"].fields().names():
            params.update(FROM_FIELD="supplier_site", TO_FIELD="receiver_site")
        files = [out / "flows.gpkg"]
    else:
        params, files = {**inputs, "OUTPUT": str(out / "tables")}, [out / "tables"]
    params = {k: v for k, v in params.items() if v is not None}
    _result, feedback = _run(algorithm, params)
    for path in files:
        assert path.exists(), f"{algorithm} did not write {path.name}"
    return files, feedback


def _check_clean(files, feedback, algorithm: str) -> None:
    for path in files:
        _no_non_finite(_scan(path), f"{algorithm}: {path.name}")
    _no_non_finite("\n".join(feedback.infos + feedback.warnings), f"{algorithm}: the log")


# ------------------------------------------------------------------ optional inputs left out
def test_report_without_synergies_on_the_sample(dunkirk, tmp_path):
    files, feedback = _document("ite:report", _inputs(dunkirk, SYNERGIES=None), tmp_path, "r")
    page = files[0].read_text(encoding="utf-8")
    assert "No declared synergy was given to the report." in page
    assert "data:image/png;base64," in page  # the map is drawn
    _check_clean(files, feedback, "ite:report")


def test_synergy_map_of_a_synergy_layer_without_features(dunkirk, tmp_path):
    files, _ = _document("ite:exportsynergymap",
                         _inputs(dunkirk, SYNERGIES=_empty(dunkirk["synergies"])), tmp_path, "m")
    text = _pdf_text(files[0])
    assert "0 candidate synergies" in text and "Legend" in text


@pytest.mark.parametrize("algorithm", DOCUMENTS)
@pytest.mark.parametrize("left_out", ["RESOURCES", "FLOWS", "SYNERGIES"])
def test_each_optional_input_left_out(dunkirk, tmp_path, algorithm, left_out):
    inputs = _inputs(dunkirk, **{left_out: None})
    if (algorithm, left_out) in (("ite:metabolism", "RESOURCES"),
                                 ("ite:exportsynergymap", "SYNERGIES"),
                                 ("ite:flowmap", "FLOWS")):
        # A required input: Processing names it.
        with pytest.raises(QgsProcessingException):
            _document(algorithm, inputs, tmp_path, "x")
        return
    if algorithm == "ite:flowmap" and left_out != "SYNERGIES":
        inputs = _inputs(dunkirk, SITES=None)  # the sites are flowmap's optional input
        inputs["FLOWS"] = dunkirk["synergies"]
    files, feedback = _document(algorithm, inputs, tmp_path, "x")
    _check_clean(files, feedback, algorithm)


@pytest.mark.parametrize("algorithm", DOCUMENTS)
@pytest.mark.parametrize("emptied", ["SITES", "RESOURCES", "FLOWS", "SYNERGIES"])
def test_each_input_empty(dunkirk, tmp_path, algorithm, emptied):
    """An empty layer: a clear message that says it is empty, or a valid output."""
    key = emptied.lower()
    inputs = _inputs(dunkirk, **{emptied: _empty(dunkirk[key])})
    try:
        files, feedback = _document(algorithm, inputs, tmp_path, "e")
    except QgsProcessingException as error:
        assert "empty" in str(error) or "no " in str(error).lower(), str(error)
        assert "Traceback" not in str(error) and "Error" not in str(error)[:6]
        return
    _check_clean(files, feedback, algorithm)


# ------------------------------------------------------------------ bad site ids
_BAD_IDS = {
    "duplicate": {1: {"site_id": "DK01"}},
    "null": {1: {"site_id": None}},
    "empty": {1: {"site_id": ""}},
}


@pytest.mark.parametrize("algorithm", ["ite:metabolism", "ite:report"])
@pytest.mark.parametrize("case", sorted(_BAD_IDS))
def test_bad_site_ids_are_refused_with_a_message(dunkirk, tmp_path, algorithm, case):
    sites = _copy(dunkirk["sites"], _BAD_IDS[case])
    with pytest.raises(QgsProcessingException, match="site_id") as error:
        _document(algorithm, _inputs(dunkirk, SITES=sites), tmp_path, case)
    assert "Traceback" not in str(error.value)
    assert not list((tmp_path / case).iterdir())  # nothing half-written


# ------------------------------------------------------------------ non-finite quantities
@pytest.fixture(scope="module")
def huge(dunkirk, tmp_path_factory):
    """The sample with one supply of 1e308 and one of inf, and its synergies."""
    resources = dunkirk["resources"]
    quantity = resources.fields().indexOf("quantity")
    direction = resources.fields().indexOf("direction")
    supplies = [n for n, f in enumerate(resources.getFeatures())
                if str(f.attributes()[direction]) == "supply"]
    values = {supplies[0]: {"quantity": 1e308}, supplies[1]: {"quantity": float("inf")},
              supplies[2]: {"quantity": 1e308}}
    bad = _copy(resources, values, real="quantity")
    assert quantity >= 0
    folder = tmp_path_factory.mktemp("huge")
    synergies = folder / "synergies.gpkg"
    _result, feedback = _run("ite:findsynergies", {"SITES": dunkirk["sites"], "RESOURCES": bad,
                                                   "SYNERGIES": str(synergies)})
    # The indicators it logs leave out what is not a number ("EUR_YR: nan" before).
    _no_non_finite("\n".join(feedback.infos + feedback.warnings), "ite:findsynergies: the log")
    layer = QgsVectorLayer(str(synergies), "synergies", "ogr")
    # Two flows of 1e308 between sites: their sums overflow (an inf in a flow is refused as
    # not a number).
    huge_flows = _copy(dunkirk["flows"], {0: {"quantity": 1e308}, 1: {"quantity": 1e308}},
                       real="quantity")
    return {"sites": dunkirk["sites"], "resources": bad, "flows": huge_flows,
            "synergies": layer}


@pytest.mark.parametrize("algorithm", ["ite:report", "ite:metabolism", "ite:flowmap",
                                       "ite:exportsynergymap", "ite:exporttables"])
def test_no_non_finite_number_in_any_output_or_log(huge, tmp_path, algorithm):
    files, feedback = _document(algorithm, _inputs(huge), tmp_path, "h")
    _check_clean(files, feedback, algorithm)
