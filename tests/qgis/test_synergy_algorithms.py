"""ite:findsynergies, ite:allocatesynergies and ite:poolingopportunities on the Dunkirk sample."""

from __future__ import annotations

import csv
import math
from pathlib import Path

import pytest
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeature,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProject,
    QgsVectorFileWriter,
    QgsVectorLayer,
)
from qgis_cli import LogFeedback, qgis_process

SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "samples" / "dunkirk"
NUMBERS = ("quantity", "temperature_c", "hours_per_year", "cost_eur_per_unit")


def _rows(name: str) -> list[dict]:
    with open(SAMPLE / name, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def sites_layer(crs: str = "EPSG:4326", rows=None, uri_geometry: str = "Point") -> QgsVectorLayer:
    """The sample's sites as a memory point layer (lon/lat), reprojected to ``crs``."""
    rows = rows if rows is not None else _rows("sites.csv")
    layer = QgsVectorLayer(
        f"{uri_geometry}?crs={crs}&field=site_id:string&field=name:string&field=nace:string",
        "sites",
        "memory",
    )
    transform = QgsCoordinateTransform(
        QgsCoordinateReferenceSystem("EPSG:4326"),
        QgsCoordinateReferenceSystem(crs),
        QgsProject.instance(),
    )
    features = []
    for row in rows:
        feature = QgsFeature(layer.fields())
        feature.setAttributes([row["site_id"], row["name"], row["nace"]])
        if row.get("x"):
            point = QgsGeometry.fromPointXY(QgsPointXY(float(row["x"]), float(row["y"])))
            point.transform(transform)
            feature.setGeometry(point)
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def resources_layer(rows=None) -> QgsVectorLayer:
    """The sample's resources as a memory table (no geometry), numbers as doubles."""
    rows = rows if rows is not None else _rows("resources.csv")
    names = [n for n in rows[0] if n not in ("description",)]
    fields = "&".join(
        f"field={n}:{'double' if n in NUMBERS else 'string'}" for n in names
    )
    layer = QgsVectorLayer(f"None?{fields}", "resources", "memory")
    features = []
    for row in rows:
        feature = QgsFeature(layer.fields())
        feature.setAttributes(
            [
                (float(row[n]) if row[n] else None) if n in NUMBERS else row[n]
                for n in names
            ]
        )
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def run(plugin, algorithm, parameters, feedback=None):
    import processing

    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    return processing.run(
        algorithm, parameters, context=context, feedback=feedback or QgsProcessingFeedback()
    )


def features(layer_or_id, context_result=None) -> list[dict]:
    layer = layer_or_id
    if isinstance(layer_or_id, str):
        layer = QgsVectorLayer(layer_or_id, "out", "ogr")
    names = layer.fields().names()
    return [
        {**dict(zip(names, f.attributes(), strict=True)), "_geometry": f.geometry()}
        for f in layer.getFeatures()
    ]


def find(plugin, sites, resources=None, feedback=None, **extra):
    parameters = {
        "SITES": sites,
        "RESOURCES": resources or resources_layer(),
        "SYNERGIES": "memory:",
        **extra,
    }
    return run(plugin, "ite:findsynergies", parameters, feedback)


@pytest.fixture(scope="module")
def dunkirk(plugin):
    feedback = LogFeedback()
    result = find(plugin, sites_layer("EPSG:4326"), feedback=feedback)
    return result, features(result["SYNERGIES"]), feedback


def test_slag_heat_and_co2_candidates_in_metres(dunkirk):
    result, lines, _ = dunkirk
    assert result["SYNERGIES"].crs().authid() == "EPSG:32631"  # UTM zone of Dunkirk
    assert result["N_SYNERGIES"] == len(lines) > 20
    slag = [ln for ln in lines if ln["supply_id"] == "R001" and ln["receiver_site"] == "DK06"]
    assert [ln["demand_id"] for ln in slag] == ["R026"]
    # Ecocem grinds 750,000 t/yr of slag beside the blast furnaces, about 1-3 km by road.
    assert slag[0]["quantity"] == 750_000 and slag[0]["rank"] == 1
    assert 1_000 < slag[0]["distance_m"] < 3_000
    assert math.isclose(slag[0]["_geometry"].length() * 1.3, slag[0]["distance_m"], rel_tol=1e-6)
    heat = [ln for ln in lines if ln["supplier_site"] == "DK01" and ln["receiver_site"] == "DK09"]
    assert heat and heat[0]["resource"] == "heat:200-500c" and heat[0]["quantity"] == 210_000
    assert heat[0]["distance_m"] <= heat[0]["max_distance_m"]
    co2 = [ln for ln in lines if ln["supply_id"] == "R005"]
    assert {ln["receiver_site"] for ln in co2 if ln["match_kind"] == "exact"} == {"DK16", "DK30"}
    assert any(ln["match_kind"] == "inferred_sector" for ln in co2)
    assert result["T_YR"] > 750_000 and result["MWH_YR"] > 210_000


def test_log_has_indicators_and_the_crs_chosen(dunkirk):
    _, _, feedback = dunkirk
    log = "\n".join(feedback.infos)
    assert "EPSG:32631" in log
    assert "t/yr of materials diverted" in log and "t CO2/yr avoided" in log


def test_projected_input_gives_the_same_metres(plugin, dunkirk):
    _, geographic, _ = dunkirk
    result = find(plugin, sites_layer("EPSG:2154"))
    assert result["SYNERGIES"].crs().authid() == "EPSG:2154"
    projected = {_key(line): line for line in features(result["SYNERGIES"])}
    assert len(projected) == len(geographic)
    for line in geographic:
        other = projected[_key(line)]
        assert other["distance_m"] == pytest.approx(line["distance_m"], rel=0.005)


def _key(line: dict) -> tuple:
    return line["supply_id"], line["receiver_site"], str(line["demand_id"]), line["match_kind"]


def test_options_restrict_families_and_candidates(plugin):
    result = find(
        plugin,
        sites_layer("EPSG:2154"),
        FAMILIES=[1],  # heat only
        MAX_CANDIDATES=2,
        INCLUDE_INFERRED=False,
        RADIUS_MODE=1,
        FIXED_RADIUS_KM=10,
    )
    lines = features(result["SYNERGIES"])
    assert lines and {ln["family"] for ln in lines} == {"heat"}
    assert max(ln["rank"] for ln in lines) <= 2 and all(ln["distance_m"] <= 10_000 for ln in lines)
    assert {ln["match_kind"] for ln in lines} <= {"exact", "compatible"}


def test_allocation_respects_the_quantities(plugin, dunkirk):
    result, lines, _ = dunkirk
    resources = resources_layer()
    feedback = LogFeedback()
    allocated = run(
        plugin,
        "ite:allocatesynergies",
        {
            "SYNERGIES": result["SYNERGIES"],
            "RESOURCES": resources,
            "CHOSEN": "memory:",
            "RESIDUAL": "memory:",
        },
        feedback,
    )
    assert allocated["STATUS"] == "optimal" and allocated["TOTAL_BENEFIT_EUR_YR"] > 0
    chosen = features(allocated["CHOSEN"])
    assert 0 < len(chosen) <= len(lines)
    supply = {f["resource_id"]: f["quantity"] for f in features(resources)}
    sent: dict[str, float] = {}
    for line in chosen:
        assert 0 < line["allocated_quantity"] <= line["quantity"] * (1 + 1e-9)
        sent[line["supply_id"]] = sent.get(line["supply_id"], 0.0) + line["allocated_quantity"]
    for supply_id, total in sent.items():
        assert total <= supply[supply_id] * (1 + 1e-9)
    residual = {f["resource_id"]: f for f in features(allocated["RESIDUAL"])}
    assert len(residual) == len(supply)
    for supply_id, total in sent.items():
        row = residual[supply_id]
        assert row["direction"] == "supply"
        assert row["allocated"] == pytest.approx(total)
        assert row["residual"] == pytest.approx(supply[supply_id] - total, abs=1e-6)
    # The slag grinder takes its 750,000 t/yr; its demand is then met.
    assert residual["R026"]["residual"] == pytest.approx(0.0, abs=1e-3)
    assert any("total net benefit" in line for line in feedback.infos)


def test_pooling_clusters_with_member_sites(plugin):
    result = run(
        plugin,
        "ite:poolingopportunities",
        {
            "SITES": sites_layer("EPSG:2154"),
            "RESOURCES": resources_layer(),
            "RADIUS_KM": 5,
            "PAYLOAD_T": 20,
            "CLUSTERS": "memory:",
            "MEMBERS": "memory:",
        },
    )
    clusters = features(result["CLUSTERS"])
    members = features(result["MEMBERS"])
    assert result["N_CLUSTERS"] == len(clusters) >= 1
    assert result["CLUSTERS"].crs().authid() == "EPSG:2154"
    for cluster in clusters:
        own = [m for m in members if m["cluster_id"] == cluster["cluster_id"]]
        assert len(own) == cluster["n_sites"] >= 2
        assert {m["site_id"] for m in own} == set(cluster["member_sites"].split(", "))
        assert all(m["distance_to_hub_m"] < 5_000 * len(own) for m in own)
    collection = [c for c in clusters if c["resource"] == "service:waste-collection"]
    assert collection and collection[0]["direction"] == "demand"


def test_pooling_with_treatment_sites(plugin):
    incinerator = [row for row in _rows("sites.csv") if row["site_id"] == "DK11"]
    treatment = sites_layer("EPSG:2154", rows=incinerator)
    result = run(
        plugin,
        "ite:poolingopportunities",
        {
            "SITES": sites_layer("EPSG:2154"),
            "RESOURCES": resources_layer(),
            "TREATMENT_SITES": treatment,
            "CLUSTERS": "memory:",
            "MEMBERS": "memory:",
        },
    )
    assert result["N_CLUSTERS"] >= 1
    with pytest.raises(QgsProcessingException, match="EPSG:4326"):
        run(
            plugin,
            "ite:poolingopportunities",
            {
                "SITES": sites_layer("EPSG:2154"),
                "RESOURCES": resources_layer(),
                "TREATMENT_SITES": sites_layer("EPSG:4326"),
                "CLUSTERS": "memory:",
                "MEMBERS": "memory:",
            },
        )


# -- bad inputs: a clear message, nothing written


def _expect_error(plugin, tmp_path, sites, match, resources=None):
    output = tmp_path / "synergies.gpkg"
    with pytest.raises(QgsProcessingException, match=match):
        find(plugin, sites, resources, SYNERGIES=str(output))
    assert not output.exists()


def test_polygons_as_sites_are_refused(plugin, tmp_path):
    layer = QgsVectorLayer("Polygon?crs=EPSG:2154&field=site_id:string", "parcels", "memory")
    feature = QgsFeature(layer.fields())
    feature.setAttributes(["DK01"])
    feature.setGeometry(QgsGeometry.fromWkt("POLYGON((0 0, 10 0, 10 10, 0 0))"))
    layer.dataProvider().addFeatures([feature])
    _expect_error(plugin, tmp_path, layer, "must be a point layer.*Polygon")


def test_sites_without_crs_are_refused(plugin, tmp_path):
    layer = sites_layer("EPSG:2154")
    layer.setCrs(QgsCoordinateReferenceSystem())
    _expect_error(plugin, tmp_path, layer, "no coordinate reference system")


def test_duplicate_site_ids_are_refused(plugin, tmp_path):
    rows = _rows("sites.csv")
    rows[1] = {**rows[1], "site_id": "DK01"}
    _expect_error(plugin, tmp_path, sites_layer("EPSG:2154", rows), "duplicate site_id.*DK01")


def test_a_territory_with_no_located_site_is_refused(plugin, tmp_path):
    rows = [{**r, "x": ""} for r in _rows("sites.csv")]
    _expect_error(plugin, tmp_path, sites_layer("EPSG:2154", rows), "no feature with a usable")


def test_missing_geometries_and_unknown_codes_are_listed(plugin):
    rows = _rows("sites.csv")
    rows[5] = {**rows[5], "x": ""}  # DK06, the slag grinder, loses its point
    resources = _rows("resources.csv")
    resources[0] = {**resources[0], "resource": "ewc:999999"}
    resources[1] = {**resources[1], "resource": "unobtainium"}
    feedback = LogFeedback()
    result = find(
        plugin, sites_layer("EPSG:2154", rows), resources_layer(resources), feedback=feedback
    )
    warnings = "\n".join(feedback.warnings)
    assert "1 features have an empty or invalid geometry" in warnings and "DK06" in warnings
    assert "2 resources have a code the catalogue does not know" in warnings
    assert "R001 (ewc:999999)" in warnings and "R002 (unobtainium)" in warnings
    lines = features(result["SYNERGIES"])
    assert lines and "DK06" not in {ln["receiver_site"] for ln in lines}
    assert not {"R001", "R002"} & {ln["supply_id"] for ln in lines}
    # The resources of the site without a point are named in the log too.
    assert any("R026" in info for info in feedback.infos)


def test_missing_columns_are_refused(plugin, tmp_path):
    layer = QgsVectorLayer("None?field=resource_id:string&field=resource:string", "r", "memory")
    feature = QgsFeature(layer.fields())
    feature.setAttributes(["R1", "heat"])
    layer.dataProvider().addFeatures([feature])
    _expect_error(plugin, tmp_path, sites_layer("EPSG:2154"), "lacks the columns", layer)


class CancelDuringSearch(QgsProcessingFeedback):
    """Cancels once the search step (the third of four) has started."""

    def __init__(self):
        super().__init__()
        self.progress_seen = []
        self.progressChanged.connect(self._check)

    def _check(self, progress):
        self.progress_seen.append(progress)
        if progress > 50.0 and not self.isCanceled():
            self.cancel()


def test_cancel_stops_the_search(plugin, tmp_path):
    before = QgsProcessingFeedback()
    before.cancel()
    output = tmp_path / "cancelled.gpkg"
    with pytest.raises(QgsProcessingException):
        find(plugin, sites_layer("EPSG:2154"), feedback=before, SYNERGIES=str(output))
    feedback = CancelDuringSearch()
    with pytest.raises(QgsProcessingException):
        find(plugin, sites_layer("EPSG:2154"), feedback=feedback, SYNERGIES=str(output))
    assert feedback.isCanceled() and max(feedback.progress_seen) < 75.0
    assert not output.exists()


# -- the command line, as a user runs it


def _write(layer: QgsVectorLayer, path: Path, name: str) -> None:
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    options.layerName = name
    if path.exists():
        options.actionOnExistingFile = (
            QgsVectorFileWriter.ActionOnExistingFile.CreateOrOverwriteLayer
        )
    error = QgsVectorFileWriter.writeAsVectorFormatV3(
        layer, str(path), QgsProject.instance().transformContext(), options
    )
    assert error[0] == QgsVectorFileWriter.WriterError.NoError, error


def test_qgis_process_writes_a_geopackage(plugin, tmp_path):
    inputs = tmp_path / "dunkirk.gpkg"
    _write(sites_layer("EPSG:2154"), inputs, "sites")
    _write(resources_layer(), inputs, "resources")
    output = tmp_path / "synergies.gpkg"
    qgis_process("plugins", "enable", "ite_qgis", config=tmp_path)
    result = qgis_process(
        "run",
        "ite:findsynergies",
        "--",
        f"SITES={inputs}|layername=sites",
        f"RESOURCES={inputs}|layername=resources",
        "INCLUDE_INFERRED=false",
        f"SYNERGIES={output}",
        config=tmp_path,
    )
    assert "candidate synergies" in result.stdout + result.stderr
    layer = QgsVectorLayer(str(output), "synergies", "ogr")
    assert layer.isValid() and layer.crs().authid() == "EPSG:2154"
    lines = features(layer)
    assert lines and {ln["match_kind"] for ln in lines} <= {"exact", "compatible"}
    assert any(ln["supply_id"] == "R001" and ln["receiver_site"] == "DK06" for ln in lines)
    assert layer.fields().indexOf("net_benefit_eur_yr") >= 0


INDICATOR_OUTPUTS = ("N_SYNERGIES", "T_YR", "MWH_YR", "M3_YR", "EUR_YR", "CO2_T_YR")
INDICATOR_LOG = ("synergies;", "t/yr of materials diverted", "MWh/yr of heat and steam",
                 "m3/yr of water reused", "EUR/yr", "t CO2/yr avoided")  # fmt: skip


def test_indicators_in_outputs_and_log_of_both_algorithms(plugin, dunkirk):
    found, lines, found_log = dunkirk
    feedback = LogFeedback()
    allocated = run(
        plugin,
        "ite:allocatesynergies",
        {
            "SYNERGIES": found["SYNERGIES"],
            "RESOURCES": resources_layer(),
            "CHOSEN": "memory:",
            "RESIDUAL": "memory:",
        },
        feedback,
    )
    chosen = features(allocated["CHOSEN"])
    for result, log in ((found, found_log), (allocated, feedback)):
        assert all(isinstance(result[name], (int, float)) for name in INDICATOR_OUTPUTS)
        text = "\n".join(log.infos)
        assert all(part in text for part in INDICATOR_LOG), text
    # Dunkirk: the 750,000 t/yr of slag, 210,000 MWh/yr of heat, CO2 and money (rank 1 lines).
    assert found["N_SYNERGIES"] == len(lines)
    # Best declared candidate of each supply (knowledge-based ones have no declared need, a
    # loss-making one is no best).
    declared = sorted((ln for ln in lines if ln["match_kind"] != "inferred_sector"
                       and ln["net_benefit_eur_yr"] >= 0), key=lambda ln: ln["rank"])
    best = list({ln["supply_id"]: ln for ln in reversed(declared)}.values())
    assert found["EUR_YR"] == pytest.approx(sum(ln["net_benefit_eur_yr"] for ln in best))
    assert found["CO2_T_YR"] == pytest.approx(sum(ln["co2_avoided_t_yr"] for ln in best))
    assert found["CO2_T_YR"] > 0 and found["M3_YR"] >= 0
    # The allocation counts what it sends: its lines, their allocated quantities and benefit.
    assert allocated["N_SYNERGIES"] == len(chosen) > 0
    assert allocated["EUR_YR"] == pytest.approx(allocated["TOTAL_BENEFIT_EUR_YR"])
    materials = sum(
        ln["allocated_quantity"]
        for ln in chosen
        if ln["family"] == "material" and ln["unit"] == "t/yr"
    )
    assert allocated["T_YR"] == pytest.approx(materials) and materials >= 750_000
    heat = sum(ln["allocated_quantity"] for ln in chosen if ln["family"] in ("heat", "steam"))
    assert allocated["MWH_YR"] == pytest.approx(heat) and heat > 0
