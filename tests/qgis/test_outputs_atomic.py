"""All-or-nothing outputs (qgis_bridge.destinations): every file output of a run is put in place
together at the end or none is; an output that is an input is refused before anything is
written; unwritable destinations get a clear message; infinite numbers become NULL.

Unwritable folders are made the way that holds when the tests run as root (root ignores
permission bits): a destination whose folder is a regular file, a folder that does not exist,
and, where the shared data folder is mounted read-only (tools/qgis-env binds it so), a
destination inside it.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest
from qgis.core import (
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsGeometry,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingOutputLayerDefinition,
    QgsProcessingUtils,
    QgsProject,
    QgsVectorFileWriter,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis_cli import LogFeedback

X0, Y0 = 650_000.0, 7_100_000.0


def _run(algorithm_id, parameters, feedback=None):
    import processing

    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    feedback = feedback or LogFeedback()
    return processing.run(algorithm_id, parameters, context=context, feedback=feedback)


def _memory(definition: str, rows) -> QgsVectorLayer:
    layer = QgsVectorLayer(definition, "test", "memory")
    features = []
    for wkt, attributes in rows:
        feature = QgsFeature(layer.fields())
        if wkt:
            feature.setGeometry(QgsGeometry.fromWkt(wkt))
        feature.setAttributes(attributes)
        features.append(feature)
    assert layer.dataProvider().addFeatures(features)
    return layer


def _save(layer: QgsVectorLayer, path: Path, name: str, append: bool = False) -> None:
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    options.layerName = name
    if append:
        action = QgsVectorFileWriter.ActionOnExistingFile
        options.actionOnExistingFile = action.CreateOrOverwriteLayer
    error = QgsVectorFileWriter.writeAsVectorFormatV3(
        layer, str(path), QgsProject.instance().transformContext(), options
    )
    assert error[0] == QgsVectorFileWriter.WriterError.NoError, error


def _sites() -> QgsVectorLayer:
    rows = [(f"POINT({X0 + 300 * i} {Y0 + 200 * (i % 3)})", [f"S{i}", f"Site {i}", "24.10"])
            for i in range(6)]  # fmt: skip
    return _memory(
        "Point?crs=EPSG:2154&field=site_id:string&field=name:string&field=nace:string", rows
    )


def _resources() -> QgsVectorLayer:
    fields = "&".join(
        f"field={name}:{kind}"
        for name, kind in (("resource_id", "string"), ("site_id", "string"),
                           ("direction", "string"), ("resource", "string"),
                           ("quantity", "double"), ("unit", "string"))
    )  # fmt: skip
    rows = [("", [f"R{i}", f"S{i}", "demand", "service:waste-collection", 100.0, "t/yr"])
            for i in range(6)]  # fmt: skip
    return _memory(f"None?{fields}", rows)


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _left(folder: Path) -> set[str]:
    """Every entry under ``folder``, hidden ones included."""
    return {str(p.relative_to(folder)) for p in folder.rglob("*")}


@pytest.fixture
def inputs(plugin, tmp_path):
    """Sites and resources saved in one GeoPackage (with a third, unrelated layer)."""
    path = tmp_path / "inputs" / "territory.gpkg"
    path.parent.mkdir()
    _save(_sites(), path, "sites")
    _save(_resources(), path, "resources", append=True)
    _save(_sites(), path, "other", append=True)
    return path


def _layer(path: Path, name: str) -> str:
    return f"{path}|layername={name}"


def _blocked(tmp_path: Path) -> Path:
    """A destination that cannot be created, as root too: its folder is a regular file."""
    blocker = tmp_path / "not_a_folder"
    blocker.write_text("a file where a folder is expected")
    return blocker / "out.gpkg"


# -- the second output unwritable: nothing written, inputs unchanged, a clear message


def _pooling(inputs, clusters, members):
    return ("ite:poolingopportunities", {
        "SITES": _layer(inputs, "sites"), "RESOURCES": _layer(inputs, "resources"),
        "RADIUS_KM": 5, "PAYLOAD_T": 20, "CLUSTERS": str(clusters), "MEMBERS": str(members)})


def _import(inputs, sites, resources, rejected):
    return ("ite:importinventory", {
        "INPUT_TABLE": _layer(inputs, "resources"), "COORDINATES": 2,
        "JOIN_LAYER": _layer(inputs, "sites"), "JOIN_FIELD": "site_id",
        "COLUMNS": "site_id=site_id; direction=direction; resource=resource; "
                   "quantity=quantity; unit=unit",
        "TARGET_CRS": "EPSG:2154",
        "SITES": str(sites), "RESOURCES": str(resources), "REJECTED": str(rejected)})


def _waste_heat(inputs, links, summary):
    return ("ite:wasteheatdh", {
        "SOURCES": _layer(inputs, "sites"), "AREAS": _layer(inputs, "other"),
        "LINKS": str(links), "SUMMARY": str(summary)})


def _allocate(inputs, chosen, residual):
    return ("ite:allocatesynergies", {
        "SYNERGIES": _layer(inputs, "other"), "RESOURCES": _layer(inputs, "resources"),
        "CHOSEN": str(chosen), "RESIDUAL": str(residual)})


CASES = {
    "pooling": _pooling,
    "allocate": _allocate,
    "wasteheatdh": _waste_heat,
    "importinventory": lambda i, a, b: _import(i, a, a.with_name("resources.gpkg"), b),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_second_output_unwritable_writes_nothing(case, inputs, tmp_path):
    before = _digest(inputs)
    first = tmp_path / "first.gpkg"
    algorithm, parameters = CASES[case](inputs, first, _blocked(tmp_path))
    listing = _left(tmp_path)
    with pytest.raises(QgsProcessingException, match="is not a folder"):
        _run(algorithm, parameters)
    assert _left(tmp_path) == listing  # not even a staging folder is left
    assert _digest(inputs) == before


@pytest.mark.parametrize("algorithm", ["ite:createterritory", "ite:sampleterritory"])
def test_territory_into_a_blocked_or_missing_folder(algorithm, plugin, tmp_path):
    parameters = {"CRS": "EPSG:2154"} if algorithm == "ite:createterritory" else {}
    with pytest.raises(QgsProcessingException, match="is not a folder"):
        _run(algorithm, {**parameters, "OUTPUT": str(_blocked(tmp_path))})
    with pytest.raises(QgsProcessingException, match="is not a folder"):
        _run(algorithm, {**parameters, "OUTPUT": str(_blocked(tmp_path).parent / "sub" / "t.gpkg")})
    assert _left(tmp_path) == {"not_a_folder"}
    _run(algorithm, {**parameters, "OUTPUT": str(tmp_path / "new" / "folder" / "t.gpkg")})
    assert _left(tmp_path) == {"not_a_folder", "new", "new/folder", "new/folder/t.gpkg"}


def test_a_failed_run_removes_the_folders_it_made(plugin, tmp_path):
    with pytest.raises(QgsProcessingException, match="EPSG:4326"):
        _run("ite:createterritory", {"CRS": "EPSG:4326", "OUTPUT": str(tmp_path / "a" / "t.gpkg")})
    assert _left(tmp_path) == set()


def test_read_only_folder_is_named(plugin, shared_data):
    if not os.statvfs(shared_data).f_flag & os.ST_RDONLY:
        pytest.skip("the shared data folder is writable here (run through tools/qgis-env)")
    with pytest.raises(QgsProcessingException, match="Cannot write into the folder"):
        _run("ite:createterritory", {"CRS": "EPSG:2154", "OUTPUT": str(shared_data / "t.gpkg")})


def test_messages_are_in_the_run_language(plugin, tmp_path):
    """The message goes through translate() in the language of the run (its French is in
    i18n/fr_voutputs.py until the .ts is regenerated)."""
    from ite_qgis.core.common.i18n import translate
    from ite_qgis.qgis_bridge.translation import in_language

    target = _blocked(tmp_path)
    with in_language("fr"):
        expected = translate(
            "outputs",
            "Cannot write into {folder}: it is not a folder. Choose another destination for "
            "{output}."
        ).format(output=translate("createterritory", "Territory GeoPackage"), folder=target.parent)
        with pytest.raises(QgsProcessingException) as raised:
            _run("ite:createterritory", {"CRS": "EPSG:2154", "OUTPUT": str(target)})
    assert str(raised.value) == expected and expected.endswith("GeoPackage du territoire.")


# -- an output that is an input


def test_import_into_its_own_geopackage_is_refused(inputs, tmp_path):
    before = _digest(inputs)
    algorithm, parameters = _import(
        inputs, inputs, tmp_path / "resources.gpkg", tmp_path / "rejected.gpkg"
    )
    with pytest.raises(QgsProcessingException, match="also the input"):
        _run(algorithm, parameters)
    assert _digest(inputs) == before
    assert _left(tmp_path) == {"inputs", "inputs/territory.gpkg"}


def test_two_outputs_in_the_same_file_are_refused(inputs, tmp_path):
    same = tmp_path / "same.gpkg"
    with pytest.raises(QgsProcessingException, match="same file"):
        _run(*_pooling(inputs, same, same))
    assert not same.exists()


def test_same_input_through_another_path_is_refused(inputs, tmp_path):
    link = tmp_path / "link.gpkg"
    link.symlink_to(inputs)
    before = _digest(inputs)
    with pytest.raises(QgsProcessingException, match="also the input"):
        _run(*_pooling(inputs, link, tmp_path / "members.gpkg"))
    assert _digest(inputs) == before


# -- a successful run: every output in place, nothing else left


def test_outputs_replace_old_files_together(inputs, tmp_path):
    """As the dialog runs it: an output definition loaded into the project on completion."""
    import processing

    clusters, members = tmp_path / "clusters.gpkg", tmp_path / "members.gpkg"
    clusters.write_text("an old file")
    definition = QgsProcessingOutputLayerDefinition(str(clusters), QgsProject.instance())
    definition.destinationName = "Clusters"
    algorithm, parameters = _pooling(inputs, clusters, members)
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    result = processing.run(algorithm, {**parameters, "CLUSTERS": definition}, context=context,
                            feedback=LogFeedback())  # fmt: skip
    assert result["CLUSTERS"].startswith(str(clusters))
    assert result["MEMBERS"].startswith(str(members))
    layer = QgsVectorLayer(result["CLUSTERS"], "clusters", "ogr")
    assert layer.isValid() and layer.featureCount() == result["N_CLUSTERS"] >= 1
    assert QgsVectorLayer(result["MEMBERS"], "members", "ogr").featureCount() >= 2
    keys = [key for key in context.layersToLoadOnCompletion() if key.startswith(str(clusters))]
    assert len(keys) == 1
    details = context.layerToLoadOnCompletionDetails(keys[0])
    assert details.name == "Clusters" and details.postProcessor() is not None  # its style
    assert all(".ite-" not in key for key in context.layersToLoadOnCompletion())
    assert _left(tmp_path) == {"inputs", "inputs/territory.gpkg", "clusters.gpkg", "members.gpkg"}


def test_territory_layers_opened_during_the_run_point_at_the_final_file(plugin, tmp_path):
    import processing

    output = tmp_path / "t.gpkg"
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    processing.run("ite:createterritory", {"CRS": "EPSG:2154", "OUTPUT": str(output)},
                   context=context, feedback=LogFeedback())  # fmt: skip
    sources = [layer.source() for layer in context.temporaryLayerStore().mapLayers().values()]
    assert sources and all(s.startswith(str(output)) for s in sources)
    assert all(".ite-" not in key for key in context.layersToLoadOnCompletion())
    assert _left(tmp_path) == {"t.gpkg"}


def test_a_failed_rename_puts_everything_back(inputs, tmp_path):
    """The commit itself fails on the second output: the first, already renamed, is undone and
    the file it replaced is back."""
    from ite_qgis.qgis_bridge.destinations import RunOutputs

    algorithm = QgsApplication.processingRegistry().createAlgorithmById("ite:poolingopportunities")
    context = QgsProcessingContext()
    clusters, members = tmp_path / "clusters.gpkg", tmp_path / "sub" / "members.gpkg"
    members.parent.mkdir()
    clusters.write_text("old clusters")
    outputs = RunOutputs(algorithm, context)
    try:
        staged = outputs.stage(_pooling(inputs, clusters, members)[1])
        Path(staged["CLUSTERS"]).write_text("new clusters")
        Path(staged["MEMBERS"]).write_text("new members")
        for folder in members.parent.glob(".ite-*"):  # the second staging folder vanishes
            Path(staged["MEMBERS"]).unlink()
            folder.rmdir()
        with pytest.raises(QgsProcessingException, match="none of them was written"):
            outputs.commit({"CLUSTERS": staged["CLUSTERS"]})
    finally:
        outputs.discard()
    assert clusters.read_text() == "old clusters"
    assert not members.exists()
    assert _left(tmp_path) == {"inputs", "inputs/territory.gpkg", "clusters.gpkg", "sub"}


# -- infinite numbers never reach a layer or table


@pytest.mark.parametrize("destination", ["gpkg", "memory"])
def test_infinite_numbers_are_written_as_null_with_a_warning(destination, plugin, tmp_path):
    import numpy as np
    import pandas as pd

    from ite_qgis.qgis_bridge.frames import write_frame

    algorithm = QgsApplication.processingRegistry().createAlgorithmById("ite:validateinventory")
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    feedback = LogFeedback()
    frame = pd.DataFrame({"name": ["a", "b", "c"], "value": [1.5, np.inf, -np.inf],
                          "other": [np.nan, 2.0, 3.0]})  # fmt: skip
    target = str(tmp_path / "table.gpkg") if destination == "gpkg" else "memory:"
    name = algorithm.destinationParameterDefinitions()[0].name()
    dest = write_frame(algorithm, {name: target}, context, name, frame,
                       QgsWkbTypes.Type.NoGeometry, QgsCoordinateReferenceSystem(),
                       feedback)  # fmt: skip

    layer = QgsProcessingUtils.mapLayerFromString(dest, context)
    values = [f["value"] for f in layer.getFeatures()]
    assert values[0] == 1.5 and _nulls(values[1:])
    assert [f["other"] for f in layer.getFeatures()][1:] == [2.0, 3.0]
    warnings = [w for w in feedback.warnings if "infinite" in w]
    assert len(warnings) == 1 and "value" in warnings[0] and warnings[0].endswith("2.")
    assert frame["value"].iloc[1] == np.inf  # the caller's frame is left as it was


def _nulls(values) -> bool:
    from qgis.PyQt.QtCore import QVariant

    return all(v is None or (isinstance(v, QVariant) and v.isNull()) for v in values)


def test_outputs_loaded_into_the_project_come_from_the_final_files(inputs, tmp_path):
    import processing

    algorithm, parameters = _pooling(inputs, tmp_path / "c.gpkg", tmp_path / "m.gpkg")
    project = QgsProject.instance()
    before = set(project.mapLayers())
    processing.runAndLoadResults(algorithm, parameters, feedback=LogFeedback())
    loaded = [project.mapLayer(i) for i in set(project.mapLayers()) - before]
    try:
        sources = sorted(layer.source().split("|")[0] for layer in loaded)
        assert sources == [str(tmp_path / "c.gpkg"), str(tmp_path / "m.gpkg")]
        assert all(layer.isValid() and layer.featureCount() > 0 for layer in loaded)
    finally:
        project.removeMapLayers([layer.id() for layer in loaded])
