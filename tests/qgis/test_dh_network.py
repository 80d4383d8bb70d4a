"""ite:dhnetwork through real QGIS: the topotherm district, qgis_process, and bad inputs that
write nothing and leave the inputs unchanged."""

from __future__ import annotations

import csv
import shutil

import pytest
from qgis.core import QgsFeature, QgsGeometry, QgsProcessingException, QgsVectorLayer
from qgis_cli import qgis_process

NUMBERS = ("TRENCH_LENGTH_M", "INVESTMENT_EUR", "HEAT_LOSS_MWH_YR", "DELIVERED_MWH_YR",
           "LINEAR_HEAT_DENSITY_MWH_M", "LCOH_EUR_MWH")


def _memory(uri, rows):
    layer = QgsVectorLayer(uri, "layer", "memory")
    features = []
    for wkt, attributes in rows:
        feature = QgsFeature(layer.fields())
        feature.setGeometry(QgsGeometry.fromWkt(wkt))
        feature.setAttributes(attributes)
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def _streets(crs="EPSG:25832"):
    return _memory(f"LineString?crs={crs}&field=name:string",
                   [("LINESTRING (0 0, 200 0)", ["a"]), ("LINESTRING (100 -100, 100 100)", ["b"])])


def _sinks(peaks=(10.0, 20.0), crs="EPSG:25832", where=("POINT (50 10)", "POINT (150 -10)")):
    return _memory(f"Point?crs={crs}&field=peak:double&field=flh:double",
                   [(wkt, [peak, 2000.0]) for wkt, peak in zip(where, peaks, strict=True)])


def _source(crs="EPSG:25832", wkt="POINT (0 -5)"):
    return _memory(f"Point?crs={crs}&field=name:string", [(wkt, ["plant"])])


def _rows(path):
    layer = QgsVectorLayer(str(path), "out", "ogr")
    assert layer.isValid(), path
    names = layer.fields().names()
    return [dict(zip(names, f.attributes(), strict=True)) for f in layer.getFeatures()]


def test_topotherm_district(run_logged, tmp_path, shared_data):
    folder = shared_data / "topotherm_district"
    if not folder.is_dir():
        pytest.skip("topotherm_district not in the shared data")
    outputs = {name: str(tmp_path / f"{name.lower()}.gpkg")
               for name in ("NETWORK", "SERVICES", "SINK_STATUS")}
    result, feedback = run_logged("ite:dhnetwork", {
        "SOURCES": str(folder / "source.gpkg"), "SINKS": str(folder / "sinks.gpkg"),
        "ROADS": str(folder / "roads.gpkg"), "PEAK_KW_FIELD": "ts_0",
        "FULL_LOAD_HOURS_FIELD": "flh_0", **outputs})
    status = _rows(outputs["SINK_STATUS"])
    assert len(status) == 200 and {row["status"] for row in status} == {"connected"}
    network = _rows(outputs["NETWORK"])
    assert {row["dn"] for row in network} <= {20, 25, 32, 40, 50, 65, 80, 100, 125, 150}
    assert sum(row["cost_eur"] for row in network) < result["INVESTMENT_EUR"]
    assert all(result[name] > 0 for name in NUMBERS)
    assert result["DELIVERED_MWH_YR"] == pytest.approx(
        sum(row["demand_mwh_yr"] for row in status))
    assert any("200 of 200 sinks connected" in line for line in feedback.infos)


def test_small_network_by_hand_and_economic_mode(run_logged, tmp_path):
    outputs = {name: str(tmp_path / f"{name.lower()}.gpkg")
               for name in ("NETWORK", "SERVICES", "SINK_STATUS")}
    result, _ = run_logged("ite:dhnetwork", {
        "SOURCES": _source(), "SINKS": _sinks(), "ROADS": _streets(), "PEAK_KW_FIELD": "peak",
        "FULL_LOAD_HOURS_FIELD": "flh", **outputs})
    assert result["TRENCH_LENGTH_M"] == pytest.approx(150.0 + 5.0 + 10.0 + 10.0)
    assert result["DELIVERED_MWH_YR"] == pytest.approx(60.0)
    economic = {k: str(tmp_path / f"e_{k.lower()}.gpkg") for k in outputs}
    with pytest.raises(QgsProcessingException, match="No sink can be connected"):
        run_logged("ite:dhnetwork", {
            "SOURCES": _source(), "SINKS": _sinks(), "ROADS": _streets(),
            "PEAK_KW_FIELD": "peak", "FULL_LOAD_HOURS_FIELD": "flh", "MODE": 1,
            "CEILING_EUR_MWH": 0.0, **economic})
    # A ceiling of 0 EUR/MWh: no sink pays its way, nothing to lay, nothing written.
    assert not any((tmp_path / f"e_{k.lower()}.gpkg").exists() for k in outputs)


def test_bad_inputs_write_nothing_and_leave_the_inputs_unchanged(run_logged, tmp_path):
    outputs = {name: str(tmp_path / f"{name.lower()}.gpkg")
               for name in ("NETWORK", "SERVICES", "SINK_STATUS")}
    streets = _streets()
    before = [f.geometry().asWkt() for f in streets.getFeatures()]
    cases = [
        ({"ROADS": _streets("EPSG:4326")}, "geographic CRS EPSG:4326"),
        ({"SINKS": _sinks((0.0, None))}, "No sink has a load"),
        ({"SOURCES": _source(wkt="POINT (0 900)")}, "No heat source is within 100 m"),
        ({"PEAK_KW_FIELD": None}, "peak load field"),
    ]
    for change, message in cases:
        parameters = {"SOURCES": _source(), "SINKS": _sinks(), "ROADS": streets,
                      "PEAK_KW_FIELD": "peak", "FULL_LOAD_HOURS_FIELD": "flh", **outputs,
                      **change}
        with pytest.raises(QgsProcessingException, match=message):
            run_logged("ite:dhnetwork", parameters)
    assert list(tmp_path.iterdir()) == []
    assert [f.geometry().asWkt() for f in streets.getFeatures()] == before


def test_far_and_duplicate_sinks_and_broken_streets_are_reported(run_logged, tmp_path):
    status_path = tmp_path / "status.csv"
    streets = _memory("MultiLineString?crs=EPSG:25832", [
        ("MULTILINESTRING ((0 0, 100 0), (100 0, 200 0))", []),
        ("MULTILINESTRING ((5 5, 5 5))", []), ("MULTILINESTRING ((400 0, 500 0))", [])])
    sinks = _sinks((10.0, 10.0, 10.0, 10.0),
                   where=("POINT (50 10)", "POINT (50 10)", "POINT (50 700)", "POINT (450 10)"))
    _, feedback = run_logged("ite:dhnetwork", {
        "SOURCES": _source(), "SINKS": sinks, "ROADS": streets, "PEAK_KW_FIELD": "peak",
        "NETWORK": "memory:", "SERVICES": "memory:", "SINK_STATUS": str(status_path)})
    with open(status_path, encoding="utf-8") as handle:
        status = [row["status"] for row in csv.DictReader(handle)]
    assert status == ["connected", "connected", "too_far_from_street", "no_street_path"]
    warnings = "\n".join(feedback.warnings)
    for expected in ("same place", "multi-part", "zero length", "2 parts"):
        assert expected in warnings


def test_the_issue_command_runs_through_qgis_process(tmp_path, shared_data):
    folder = shared_data / "topotherm_district"
    if not folder.is_dir():
        pytest.skip("topotherm_district not in the shared data")
    work = tmp_path / "district"
    shutil.copytree(folder, work)
    for path in work.iterdir():
        path.chmod(0o644)
    config = tmp_path / "profile"
    qgis_process("plugins", "enable", "ite_qgis", config=config)
    done = qgis_process(
        "run", "ite:dhnetwork", "--", f"SOURCES={work / 'source.gpkg'}",
        f"SINKS={work / 'sinks.gpkg'}", f"ROADS={work / 'roads.gpkg'}", "PEAK_KW_FIELD=ts_0",
        "FULL_LOAD_HOURS_FIELD=flh_0", f"NETWORK={tmp_path / 'n.gpkg'}",
        f"SERVICES={tmp_path / 's.gpkg'}", f"SINK_STATUS={tmp_path / 'st.csv'}", config=config)
    assert "200 of 200 sinks connected" in done.stdout + done.stderr
    for name in NUMBERS:
        assert f"{name}:" in done.stdout


SEASONAL = ("USABLE_HEAT_MWH_YR", "SOURCE_USED_SHARE", "DEMAND_COVERED_SHARE", "BACKUP_PEAK_KW")


def _with_heat(path, heat_mwh):
    """The source layer at ``path`` as a memory layer with a heat field (MWh/yr)."""
    layer = QgsVectorLayer(str(path), "source", "ogr")
    wkts = [f.geometry().asWkt() for f in layer.getFeatures()]
    return _memory(f"Point?crs={layer.crs().authid()}&field=heat_mwh:double",
                   [(wkt, [heat_mwh]) for wkt in wkts])


def test_topotherm_seasonal_matching_against_a_source_of_known_heat(run_logged, shared_data):
    folder = shared_data / "topotherm_district"
    if not folder.is_dir():
        pytest.skip("topotherm_district not in the shared data")
    common = {"SINKS": str(folder / "sinks.gpkg"), "ROADS": str(folder / "roads.gpkg"),
              "PEAK_KW_FIELD": "ts_0", "FULL_LOAD_HOURS_FIELD": "flh_0", "NETWORK": "memory:",
              "SERVICES": "memory:", "SINK_STATUS": "memory:"}
    result, feedback = run_logged("ite:dhnetwork", {
        "SOURCES": _with_heat(folder / "source.gpkg", 4000.0),
        "SOURCE_HEAT_MWH_FIELD": "heat_mwh", **common})
    needed = result["DELIVERED_MWH_YR"] + result["HEAT_LOSS_MWH_YR"]
    usable = result["USABLE_HEAT_MWH_YR"]
    # A flat 4,000 MWh/yr source against a winter-heavy demand of 7,770 MWh/yr (heat delivered
    # and losses): its summer surplus is lost, so less than either is usable.
    assert 3500 < usable < 3950 and needed == pytest.approx(7770.0, abs=1.0)
    assert result["SOURCE_USED_SHARE"] == pytest.approx(usable / 4000.0)
    assert result["DEMAND_COVERED_SHARE"] == pytest.approx(usable / needed)
    # The backup: the network's design load at the source (1,278 kW) plus the steady losses,
    # less the source's 4,000 MWh / 8,760 h.
    loss_kw = result["HEAT_LOSS_MWH_YR"] / 8.76
    assert result["BACKUP_PEAK_KW"] == pytest.approx(1278.2 + loss_kw - 4000.0 / 8.76, abs=1.0)
    assert any("Seasonal matching:" in line for line in feedback.infos)
    # Without the sources' heat the seasonal figures are left out, and the log says why.
    result, feedback = run_logged("ite:dhnetwork", {
        "SOURCES": str(folder / "source.gpkg"), **common})
    assert not any(name in result for name in SEASONAL)
    assert any("Seasonal matching left out" in line for line in feedback.infos)


def test_dunkirk_sites_with_heat_supplies_feed_a_small_network(run_logged, tmp_path):
    from ite_qgis.core.samples.dunkirk import sample_territory

    sites, resources, _ = sample_territory()
    sites.to_file(tmp_path / "sites.gpkg")
    resources.to_csv(tmp_path / "resources.csv", index=False)
    x, y = sites.geometry.x.to_numpy(), sites.geometry.y.to_numpy()
    # A main street along y = 7,103,000 and a street from it to every site.
    streets = [("LINESTRING (638000 7103000, 658000 7103000)", [])] + [
        (f"LINESTRING ({xi} 7103000, {xi} {yi})", []) for xi, yi in zip(x, y, strict=True)]
    sinks = _memory("Point?crs=EPSG:2154&field=mwh:double",
                    [(f"POINT ({647000 + 500 * i} 7103020)", [500.0]) for i in range(7)])
    result, feedback = run_logged("ite:dhnetwork", {
        "SOURCES": str(tmp_path / "sites.gpkg"), "RESOURCES": str(tmp_path / "resources.csv"),
        "SINKS": sinks, "ROADS": _memory("LineString?crs=EPSG:2154", streets),
        "DEMAND_MWH_FIELD": "mwh", "SOURCE_HEAT_MWH_FIELD": "employees", "NETWORK": "memory:",
        "SERVICES": "memory:", "SINK_STATUS": "memory:"})
    infos, warnings = "\n".join(feedback.infos), "\n".join(feedback.warnings)
    assert "Heat sources:" in infos and "heat or steam supplies" in infos
    # The effluent heat at 15 °C cannot feed a 90 °C network; the sites the tree does not
    # reach are not counted.
    assert "colder than the network's supply temperature" in warnings and "R076" in warnings
    assert "at sources the network does not use" in warnings
    assert "the heat and capacity fields are ignored" in warnings
    assert result["DELIVERED_MWH_YR"] == pytest.approx(3500.0)
    # An industrial source far larger than seven buildings covers their whole demand.
    assert result["DEMAND_COVERED_SHARE"] == pytest.approx(1.0)
    assert result["BACKUP_PEAK_KW"] == pytest.approx(0.0, abs=1e-6)
    assert 0 < result["SOURCE_USED_SHARE"] < 0.5


def _density_raster(path, values, x_min=0.0, y_max=300.0, cell=100.0):
    import numpy as np
    from osgeo import gdal, osr

    array = np.asarray(values, dtype=np.float32)
    dataset = gdal.GetDriverByName("GTiff").Create(str(path), array.shape[1], array.shape[0], 1,
                                                   gdal.GDT_Float32)
    dataset.SetGeoTransform((x_min, cell, 0.0, y_max, 0.0, -cell))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(25832)
    dataset.SetProjection(srs.ExportToWkt())
    band = dataset.GetRasterBand(1)
    band.SetNoDataValue(-1.0)
    band.WriteArray(array)
    dataset = None
    return str(path)


def test_cells_of_a_heat_density_raster_inside_dh_areas_are_the_sinks(run_logged, tmp_path):
    # 100 m cells (1 ha): a density in MWh/ha is the cell's MWh/yr. The street runs along
    # y = 150 m, the middle of the second row.
    raster = _density_raster(tmp_path / "density.tif", [[80.0, 0.0, -1.0],
                                                         [120.0, 200.0, 40.0],
                                                         [0.0, 0.0, 60.0]])
    streets = _memory("LineString?crs=EPSG:25832", [("LINESTRING (0 150, 300 150)", [])])
    area = _memory("Polygon?crs=EPSG:25832", [("POLYGON ((0 100, 200 100, 200 300, 0 300, "
                                                "0 100))", [])])
    status_path = tmp_path / "status.csv"
    common = {"SOURCES": _source(wkt="POINT (0 145)"), "ROADS": streets,
              "HEAT_DENSITY": raster, "NETWORK": "memory:", "SERVICES": "memory:"}
    result, feedback = run_logged("ite:dhnetwork", {
        **common, "DH_AREAS": area, "SINK_STATUS": str(status_path)})
    with open(status_path, encoding="utf-8") as handle:
        rows = {row["sink_id"]: row for row in csv.DictReader(handle)}
    # The cells of the area with demand: row 0 col 0, row 1 cols 0 and 1.
    assert sorted(rows) == ["0_0", "1_0", "1_1"]
    assert result["DELIVERED_MWH_YR"] == pytest.approx(80.0 + 120.0 + 200.0)
    # Peak: the demand over the default 2,000 full-load hours.
    assert float(rows["1_1"]["peak_kw"]) == pytest.approx(200.0 * 1000.0 / 2000.0)
    assert any("3 cells of the heat density raster inside the DH areas" in line
               for line in feedback.infos)
    # Without the areas, every cell with demand near the streets (all are within 100 m).
    result, _ = run_logged("ite:dhnetwork", {**common, "SINK_STATUS": "memory:"})
    assert result["DELIVERED_MWH_YR"] == pytest.approx(500.0)
    with pytest.raises(QgsProcessingException, match="not both"):
        run_logged("ite:dhnetwork", {**common, "SINKS": _sinks(), "SINK_STATUS": "memory:"})


def test_buildings_are_joined_from_a_point_inside(run_logged, tmp_path):
    # A U-shaped building north of the street; its first vertex (0 160) is 160 m away.
    building = _memory("Polygon?crs=EPSG:25832&field=mwh:double", [(
        "POLYGON ((0 160, 0 20, 30 20, 30 160, 20 160, 20 40, 10 40, 10 160, 0 160))",
        [100.0])])
    status_path = tmp_path / "status.csv"
    result, _ = run_logged("ite:dhnetwork", {
        "SOURCES": _source(), "SINKS": building, "ROADS": _streets(),
        "DEMAND_MWH_FIELD": "mwh", "NETWORK": "memory:", "SERVICES": "memory:",
        "SINK_STATUS": str(status_path)})
    with open(status_path, encoding="utf-8") as handle:
        (row,) = list(csv.DictReader(handle))
    assert row["status"] == "connected" and float(row["service_m"]) < 100.0
    assert result["DELIVERED_MWH_YR"] == pytest.approx(100.0)
