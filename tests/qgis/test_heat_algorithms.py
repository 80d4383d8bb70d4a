"""ite:heatdensitygrid, ite:dhpotentialareas and ite:wasteheatdh through real QGIS."""

from __future__ import annotations

import csv
import math

import numpy as np
import pytest
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeature,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingException,
    QgsProject,
    QgsVectorLayer,
)
from qgis_cli import qgis_process

L93 = QgsCoordinateReferenceSystem("EPSG:2154")
LAEA = QgsCoordinateReferenceSystem("EPSG:3035")
X0, Y0 = 650_000.0, 7_100_000.0  # a corner in Lambert-93, a multiple of 100 m


def _vector(path) -> QgsVectorLayer:
    layer = QgsVectorLayer(str(path), "out", "ogr")
    assert layer.isValid(), path
    return layer


def _features(path) -> list[dict]:
    layer = _vector(path)
    names = layer.fields().names()
    rows = []
    for feature in layer.getFeatures():
        row = dict(zip(names, feature.attributes(), strict=True))
        row["_geometry"] = feature.geometry()
        rows.append(row)
    return rows


def _memory(definition: str, rows: list[tuple[str, list]]) -> QgsVectorLayer:
    """A memory layer from a URI and (WKT or '', attributes) rows."""
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


def _box(x0, y0, x1, y1) -> str:
    return f"POLYGON(({x0} {y0},{x1} {y0},{x1} {y1},{x0} {y1},{x0} {y0}))"


def _write_raster(path, array, crs=LAEA, x_min=4_000_000.0, y_max=2_500_000.0, cell=100.0,
                  nodata=-9999.0):
    from ite_qgis.qgis_bridge.rasters import write_geotiff

    return write_geotiff(path, np.asarray(array, dtype=np.float32), (x_min, y_max, cell),
                         crs.toWkt(), nodata)


# ---------------------------------------------------------------- ite:heatdensitygrid


def _buildings():
    return _memory(
        "Polygon?crs=EPSG:2154&field=id:integer&field=demand:double&field=label:string",
        [
            # straddles two cells: 200 MWh/yr, 100 in each
            (_box(X0 + 50, Y0 + 10, X0 + 150, Y0 + 90), [1, 200.0, "a"]),
            (_box(X0 + 210, Y0 + 10, X0 + 240, Y0 + 40), [2, 350.0, "b"]),
            # straddles four cells around (X0 + 300, Y0 + 100)
            (_box(X0 + 250, Y0 + 50, X0 + 350, Y0 + 150), [3, 1000.0, "c"]),
            (_box(X0 + 20, Y0 + 220, X0 + 60, Y0 + 260), [4, 40.0, "d"]),
            (_box(X0 + 420, Y0 + 220, X0 + 460, Y0 + 260), [5, None, "no demand"]),
        ],
    )


def test_density_grid_conserves_the_demand(run_logged, tmp_path):
    from ite_qgis.qgis_bridge.rasters import read_raster

    output = tmp_path / "density.tif"
    result, feedback = run_logged("ite:heatdensitygrid", {
        "INPUT": _buildings(), "DEMAND_FIELD": "demand", "CELL_SIZE": 100,
        "OUTPUT": str(output)})
    grid, (x_min, y_max, cell), wkt, nodata = read_raster(output)
    assert cell == 100.0 and QgsCoordinateReferenceSystem(wkt).authid() == "EPSG:2154"
    assert (x_min, y_max) == (X0, Y0 + 300)  # snapped to the 100 m lattice
    # 1 ha cells: MWh/ha equals MWh; 200 + 350 + 1000 + 40, the NULL demand left out
    assert grid.sum() == pytest.approx(1590.0, rel=1e-12)
    assert result["DEMAND_IN_MWH_YR"] == pytest.approx(1590.0)
    assert result["DEMAND_IN_GRID_MWH_YR"] == pytest.approx(1590.0)

    def cell_at(x, y):
        return grid[int((y_max - y) // 100), int((x - x_min) // 100)]

    assert cell_at(X0 + 10, Y0 + 10) == pytest.approx(100.0)  # half of building a
    assert cell_at(X0 + 110, Y0 + 10) == pytest.approx(100.0)  # the other half
    assert cell_at(X0 + 210, Y0 + 10) == pytest.approx(350.0 + 250.0)  # b + a quarter of c
    assert cell_at(X0 + 310, Y0 + 110) == pytest.approx(250.0)
    assert nodata == -9999.0
    assert any("1,590.0" in line and "Demand in" in line for line in feedback.infos)
    assert any("1 features were left out" in w for w in feedback.warnings)


def test_density_grid_expression_wins_over_field(run_logged, tmp_path):
    from ite_qgis.qgis_bridge.rasters import read_raster

    output = tmp_path / "density.tif"
    result, _ = run_logged("ite:heatdensitygrid", {
        "INPUT": _buildings(), "DEMAND_FIELD": "demand",
        "DEMAND_EXPRESSION": "coalesce(\"demand\", 10) * 2", "CELL_SIZE": 50,
        "OUTPUT": str(output)})
    grid, (_x, _y, cell), _wkt, _nd = read_raster(output)
    assert cell == 50.0
    assert grid.sum() * 0.25 == pytest.approx(2 * 1600.0)  # 0.25 ha cells
    assert result["DEMAND_IN_MWH_YR"] == pytest.approx(3200.0)


def test_density_grid_bad_inputs_write_nothing(run_logged, tmp_path):
    output = tmp_path / "density.tif"
    geographic = _memory("Point?crs=EPSG:4326&field=demand:double",
                         [("POINT(2.3 51.0)", [10.0])])
    with pytest.raises(QgsProcessingException, match="geographic CRS EPSG:4326"):
        run_logged("ite:heatdensitygrid", {"INPUT": geographic, "DEMAND_FIELD": "demand",
                                           "OUTPUT": str(output)})
    with pytest.raises(QgsProcessingException, match="as a field or as an expression"):
        run_logged("ite:heatdensitygrid", {"INPUT": _buildings(), "OUTPUT": str(output)})
    with pytest.raises(QgsProcessingException, match="nothing to grid"):  # text, not numbers
        run_logged("ite:heatdensitygrid", {"INPUT": _buildings(),
                                           "DEMAND_EXPRESSION": "\"label\"",
                                           "OUTPUT": str(output)})
    all_null = _memory("Point?crs=EPSG:2154&field=demand:double",
                       [(f"POINT({X0} {Y0})", [None])])
    with pytest.raises(QgsProcessingException, match="nothing to grid"):
        run_logged("ite:heatdensitygrid", {"INPUT": all_null, "DEMAND_FIELD": "demand",
                                           "OUTPUT": str(output)})
    assert list(tmp_path.iterdir()) == []


# ---------------------------------------------------------------- ite:dhpotentialareas


def _hand_raster():
    """20 x 20 cells of 1 ha: a 6 x 6 block at 1000 MWh/ha with one 100 MWh/ha hole (35.1
    GWh/yr, kept), a 3 x 3 block at 500 (4.5 GWh/yr, dropped), 3 nodata, 1 NaN, 1 negative."""
    density = np.zeros((20, 20))
    density[2:8, 2:8] = 1000.0
    density[4, 4] = 100.0
    density[12:15, 12:15] = 500.0
    density[18, 0:3] = -9999.0
    density[0, 19] = np.nan
    density[19, 19] = -5.0
    return density


def test_dh_areas_on_a_hand_made_raster(run_logged, tmp_path):
    raster = _write_raster(tmp_path / "density.tif", _hand_raster())
    output = tmp_path / "areas.gpkg"
    result, feedback = run_logged("ite:dhpotentialareas", {"INPUT": str(raster),
                                                           "OUTPUT": str(output)})
    areas = _features(output)
    assert len(areas) == 1 and result["AREAS"] == 1
    area = areas[0]
    assert area["demand_gwh_yr"] == pytest.approx(35.0)  # cells above 333 only
    assert area["demand_with_closing_gwh_yr"] == pytest.approx(35.1)  # the hole filled in
    assert area["area_ha"] == pytest.approx(36.0)
    assert area["mean_density_mwh_ha"] == pytest.approx(35_100 / 36)
    assert area["dwelling_eq"] == pytest.approx(35_100 / 12)
    assert area["_geometry"].area() == pytest.approx(360_000.0)
    assert _vector(output).crs().authid() == "EPSG:3035"
    log = "\n".join(feedback.infos)
    assert "nodata: 3; NaN or infinite: 1; negative: 1" in log
    assert "Areas found: 2; kept (at least 30 GWh/yr): 1" in log
    assert "35.0 GWh/yr counting only cells above" in log
    assert "35.1 GWh/yr including the cells added by closing" in log
    assert any("2 cells are NaN, infinite or negative" in w for w in feedback.warnings)


def test_dh_areas_thresholds_and_dwelling_figure_are_parameters(run_logged, tmp_path):
    raster = _write_raster(tmp_path / "density.tif", _hand_raster())
    result, _ = run_logged("ite:dhpotentialareas", {
        "INPUT": str(raster), "AREA_THRESHOLD": 4.0, "MWH_PER_DWELLING": 10.0,
        "OUTPUT": str(tmp_path / "areas.gpkg")})
    areas = sorted(_features(tmp_path / "areas.gpkg"), key=lambda a: a["area_ha"])
    assert result["AREAS"] == 2 and [a["area_ha"] for a in areas] == [9.0, 36.0]
    assert areas[0]["dwelling_eq"] == pytest.approx(450.0)


def test_dh_areas_raster_without_nodata_warns_and_goes_on(run_logged, tmp_path):
    raster = _write_raster(tmp_path / "density.tif", _hand_raster(), nodata=None)
    before = raster.read_bytes()
    result, feedback = run_logged("ite:dhpotentialareas", {
        "INPUT": str(raster), "OUTPUT": str(tmp_path / "areas.gpkg")})
    assert any("has no nodata value" in w for w in feedback.warnings)
    # -9999 is now a (negative, invalid) value: 3 + 1 negative cells
    assert "nodata: 0; NaN or infinite: 1; negative: 4" in "\n".join(feedback.infos)
    assert result["AREAS"] == 1
    assert raster.read_bytes() == before  # the input raster is left as it was


def test_dh_areas_zero_demand_gives_an_empty_layer_and_a_message(run_logged, tmp_path):
    raster = _write_raster(tmp_path / "zero.tif", np.zeros((5, 5)))
    output = tmp_path / "areas.gpkg"
    result, feedback = run_logged("ite:dhpotentialareas", {"INPUT": str(raster),
                                                           "OUTPUT": str(output)})
    assert result["AREAS"] == 0 and _vector(output).featureCount() == 0
    assert any("holds no positive heat demand" in w for w in feedback.warnings)
    low = _write_raster(tmp_path / "low.tif", np.full((5, 5), 200.0))
    result, feedback = run_logged("ite:dhpotentialareas", {
        "INPUT": str(low), "OUTPUT": str(tmp_path / "low.gpkg")})
    assert result["AREAS"] == 0
    assert any("No area reaches the thresholds" in w for w in feedback.warnings)


def test_dh_areas_geographic_raster_is_refused_and_writes_nothing(run_logged, tmp_path):
    raster = _write_raster(tmp_path / "deg.tif", _hand_raster(),
                           crs=QgsCoordinateReferenceSystem("EPSG:4326"), x_min=2.0,
                           y_max=51.0, cell=0.001)
    output = tmp_path / "out" / "areas.gpkg"
    with pytest.raises(QgsProcessingException, match="geographic CRS EPSG:4326"):
        run_logged("ite:dhpotentialareas", {"INPUT": str(raster), "OUTPUT": str(output)})
    assert not output.parent.exists()


def test_dh_areas_on_brescia_match_the_core(run_logged, tmp_path, shared_data):
    from ite_qgis.core.heat.dh_areas import dh_potential_areas
    from ite_qgis.qgis_bridge.rasters import read_raster

    raster = shared_data / "hotmaps" / "brescia" / "heat_tot_curr_density.tif"
    if not raster.is_file():
        pytest.skip(f"{raster} is absent")
    output = tmp_path / "brescia.gpkg"
    result, feedback = run_logged("ite:dhpotentialareas", {"INPUT": str(raster),
                                                           "OUTPUT": str(output)})
    density, transform, wkt, nodata = read_raster(raster)
    core = dh_potential_areas(density, transform, wkt, nodata=nodata)
    layer = _vector(output)
    assert layer.featureCount() == len(core.areas) == result["AREAS"] > 0
    assert layer.crs().authid() == "EPSG:3035"
    total = sum(f["demand_with_closing_gwh_yr"] for f in layer.getFeatures())
    assert total == pytest.approx(core.report["demand_in_areas_with_closing_gwh_yr"])
    print(f"Brescia: {result['AREAS']} areas, {result['DEMAND_IN_AREAS_GWH_YR']:.1f} GWh/yr "
          f"(pixel rule), {result['DEMAND_WITH_CLOSING_GWH_YR']:.1f} GWh/yr with closing")


def test_runs_through_qgis_process(tmp_path):
    raster = _write_raster(tmp_path / "density.tif", _hand_raster())
    config = tmp_path / "profile"
    qgis_process("plugins", "enable", "ite_qgis", config=config)
    output = tmp_path / "cli.gpkg"
    done = qgis_process("run", "ite:dhpotentialareas", "--", f"INPUT={raster}",
                        "PIXEL_THRESHOLD=333", f"OUTPUT={output}", config=config)
    assert "Areas found: 2" in done.stdout + done.stderr
    features = _features(output)
    assert len(features) == 1 and features[0]["demand_gwh_yr"] == pytest.approx(35.0)


# ---------------------------------------------------------------- ite:wasteheatdh


def _area_layer(demand_gwh=50.0):
    return _memory(
        "MultiPolygon?crs=EPSG:2154&field=area_id:integer&field=demand_gwh_yr:double"
        "&field=dwelling_eq:double",
        [(f"MULTIPOLYGON((({X0} {Y0},{X0 + 1000} {Y0},{X0 + 1000} {Y0 + 1000},"
          f"{X0} {Y0 + 1000},{X0} {Y0})))", [1, demand_gwh, demand_gwh * 1000 / 12])])


def _source_layer():
    fields = ("Point?crs=EPSG:2154&field=source_id:string&field=name:string"
              "&field=heat_mwh_yr:double&field=capacity_mw:double&field=temperature_c:double"
              "&field=hours_per_year:double")
    return _memory(fields, [
        # 2 km east of the area: 100 GWh/yr, 20 MW, hot enough
        (f"POINT({X0 + 3000} {Y0 + 500})", ["S1", "Foundry", 100_000.0, 20.0, 150.0, 5000.0]),
        # 40 km away with little heat: out of reach
        (f"POINT({X0 + 41_000} {Y0 + 500})", ["S2", "Bakery", 5_000.0, 1.0, 120.0, 5000.0]),
        # MW without hours nor MWh: cannot be linked, flagged
        (f"POINT({X0 + 1500} {Y0 + 500})", ["S3", "Compressor", None, 3.0, 95.0, None]),
        # too cold for a 90 C network
        (f"POINT({X0 + 1200} {Y0 + 500})", ["S4", "Data centre", 30_000.0, 4.0, 35.0, 8000.0]),
    ])


def test_waste_heat_links_by_hand(run_logged, tmp_path):
    links_path, summary_path = tmp_path / "links.gpkg", tmp_path / "summary.gpkg"
    result, feedback = run_logged("ite:wasteheatdh", {
        "SOURCES": _source_layer(), "AREAS": _area_layer(), "LINKS": str(links_path),
        "SUMMARY": str(summary_path)})
    links = _features(links_path)
    assert len(links) == 1 and result["FEASIBLE_LINKS"] == 1
    link = links[0]
    assert link["source_id"] == "S1" and link["area_id"] == 1
    assert link["straight_m"] == pytest.approx(2000.0)
    assert link["length_m"] == pytest.approx(2600.0)  # detour factor 1.3
    assert link["_geometry"].length() == pytest.approx(2000.0)
    assert link["heat_delivered_mwh_yr"] == pytest.approx(50_000.0)  # the area's demand
    assert link["capacity_mw"] == pytest.approx(10.0)  # 20 MW x 50 / 100 GWh
    assert link["pipe_class_mw"] == pytest.approx(20.0) and link["pipe_cost_eur_m"] == 426.0
    annuity = 0.03 / (1 - 1.03 ** -30)
    lcoh = 426.0 * 2600.0 * (annuity + 0.01) / 50_000.0
    assert link["lcoh_transmission_eur_mwh"] == pytest.approx(lcoh)  # about 1.35 EUR/MWh
    assert link["feasible"] == 1
    assert link["dwelling_eq"] == pytest.approx(50_000 / 12)
    summary = {row["source_id"]: row for row in _features(summary_path)}
    assert set(summary) == {"S1", "S2", "S3", "S4"}
    assert summary["S2"]["candidate_areas"] == 0
    assert "missing_hours" in summary["S3"]["flags"]
    assert "too_cold" in summary["S4"]["flags"]
    assert any("S3" in w and "no hours per year" in w for w in feedback.warnings)
    assert _vector(summary_path).wkbType() == 100  # a table, no geometry


def test_waste_heat_economic_overrides(run_logged, tmp_path):
    result, _ = run_logged("ite:wasteheatdh", {
        "SOURCES": _source_layer(), "AREAS": _area_layer(), "CEILING_EUR_MWH": 1.0,
        "DETOUR_FACTOR": 1.0, "LINKS": str(tmp_path / "l.gpkg"),
        "SUMMARY": str(tmp_path / "s.gpkg")})
    # At 1 EUR/MWh S1 (100 GWh/yr, 20 MW pipe at 426 EUR/m) reaches 3.8 km, so the area is a
    # candidate; but the link delivers 50 GWh/yr only: 2 km of pipe cost 1.04 EUR/MWh.
    links = _features(tmp_path / "l.gpkg")
    assert len(links) == 1 and links[0]["feasible"] == 0 and result["FEASIBLE_LINKS"] == 0
    annuity = 0.03 / (1 - 1.03 ** -30)
    assert links[0]["lcoh_transmission_eur_mwh"] == pytest.approx(
        426.0 * 2000.0 * (annuity + 0.01) / 50_000.0)


def test_waste_heat_several_areas_and_outside_sources_are_noted(run_logged, tmp_path):
    areas = _memory(
        "Polygon?crs=EPSG:2154&field=area_id:integer&field=demand_gwh_yr:double",
        [(_box(X0, Y0, X0 + 500, Y0 + 500), [1, 40.0]),
         (_box(X0 + 2000, Y0, X0 + 2500, Y0 + 500), [2, 35.0]),
         (_box(X0 + 5000, Y0, X0 + 5500, Y0 + 500), [3, 0.0])])
    sources = _memory("Point?crs=EPSG:2154&field=source_id:string&field=heat_mwh_yr:double"
                      "&field=temperature_c:double",
                      [(f"POINT({X0 + 1250} {Y0 + 250})", ["big", 200_000.0, 200.0]),
                       (f"POINT({X0 + 1250} {Y0 + 3000})", ["north", 100_000.0, 200.0])])
    result, feedback = run_logged("ite:wasteheatdh", {
        "SOURCES": sources, "AREAS": areas, "LINKS": "memory:", "SUMMARY": "memory:"})
    log = "\n".join(feedback.infos)
    assert "Source big" in log and "can serve 2 areas economically" in log
    assert "1 sources lie outside the extent of the DH areas" in log
    assert any("1 DH areas have no positive demand" in w for w in feedback.warnings)


def test_waste_heat_bad_inputs_write_nothing(run_logged, tmp_path):
    links, summary = tmp_path / "links.gpkg", tmp_path / "summary.gpkg"
    outputs = {"LINKS": str(links), "SUMMARY": str(summary)}
    with pytest.raises(QgsProcessingException, match="No DH area has a positive demand"):
        run_logged("ite:wasteheatdh", {"SOURCES": _source_layer(),
                                       "AREAS": _area_layer(0.0), **outputs})
    empty = _memory("Polygon?crs=EPSG:2154&field=area_id:integer&field=demand_gwh_yr:double",
                    [])
    with pytest.raises(QgsProcessingException, match="DH areas layer is empty"):
        run_logged("ite:wasteheatdh", {"SOURCES": _source_layer(), "AREAS": empty, **outputs})
    geographic = _memory("Polygon?crs=EPSG:4326&field=area_id:integer"
                         "&field=demand_gwh_yr:double",
                         [(_box(2.0, 51.0, 2.01, 51.01), [1, 40.0])])
    with pytest.raises(QgsProcessingException, match="geographic CRS EPSG:4326"):
        run_logged("ite:wasteheatdh", {"SOURCES": _source_layer(), "AREAS": geographic,
                                       **outputs})
    no_heat = _memory("Point?crs=EPSG:2154&field=source_id:string&field=remark:string",
                      [(f"POINT({X0} {Y0})", ["x", "hot"])])
    with pytest.raises(QgsProcessingException, match="no heat field"):
        run_logged("ite:wasteheatdh", {"SOURCES": no_heat, "AREAS": _area_layer(), **outputs})
    twice = _memory("Point?crs=EPSG:2154&field=source_id:string&field=heat_mwh_yr:double",
                    [(f"POINT({X0} {Y0})", ["A", 10.0]), (f"POINT({X0} {Y0})", ["A", 20.0])])
    with pytest.raises(QgsProcessingException, match="repeats the ids A"):
        run_logged("ite:wasteheatdh", {"SOURCES": twice, "AREAS": _area_layer(), **outputs})
    assert list(tmp_path.iterdir()) == []


def test_waste_heat_sources_outside_the_areas_get_a_clear_warning(run_logged, tmp_path):
    # The classic slip: lon/lat numbers in a layer that says Lambert-93, so every source lands
    # some 7,000 km from the areas.
    sources = _memory("Point?crs=EPSG:2154&field=source_id:string&field=heat_mwh_yr:double"
                      "&field=temperature_c:double",
                      [("POINT(2.37 51.03)", ["A", 100_000.0, 200.0]),
                       ("POINT(2.21 51.02)", ["B", 50_000.0, 150.0])])
    before = [(f.geometry().asWkt(), f.attributes()) for f in sources.getFeatures()]
    links_path, summary_path = tmp_path / "links.gpkg", tmp_path / "summary.gpkg"
    result, feedback = run_logged("ite:wasteheatdh", {
        "SOURCES": sources, "AREAS": _area_layer(), "LINKS": str(links_path),
        "SUMMARY": str(summary_path)})
    assert any("Every heat source lies outside the extent of the DH areas" in w
               for w in feedback.warnings)
    assert result["FEASIBLE_LINKS"] == 0 and _vector(links_path).featureCount() == 0
    summary = _features(summary_path)
    assert all("outside_areas_extent" in row["flags"] for row in summary) and len(summary) == 2
    assert [(f.geometry().asWkt(), f.attributes()) for f in sources.getFeatures()] == before


# ---------------------------------------------------------------- Dunkirk sample


def _dunkirk_tables(crs):
    """The sample's sites (reprojected from lon/lat) and resources table as memory layers."""
    from ite_qgis import assets

    folder = assets.samples_dir() / "dunkirk"
    with open(folder / "sites.csv", encoding="utf-8") as stream:
        sites = list(csv.DictReader(stream))
    with open(folder / "resources.csv", encoding="utf-8") as stream:
        resources = list(csv.DictReader(stream))
    to_l93 = QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:4326"), crs,
                                    QgsProject.instance())
    site_rows = []
    for site in sites:
        point = to_l93.transform(QgsPointXY(float(site["x"]), float(site["y"])))
        site_rows.append((f"POINT({point.x()} {point.y()})", [site["site_id"], site["name"]]))
    site_layer = _memory(f"Point?crs={crs.authid()}&field=site_id:string&field=name:string",
                         site_rows)
    columns = list(resources[0])
    numeric = {"quantity", "temperature_c", "hours_per_year", "cost_eur_per_unit"}
    uri = "None?" + "&".join(
        f"field={c}:{'double' if c in numeric else 'string'}" for c in columns)
    table = _memory(uri, [("", [float(r[c]) if c in numeric and r[c] != "" else
                                (None if c in numeric else r[c]) for c in columns])
                          for r in resources])
    return site_layer, table


def test_waste_heat_seasonal_profiles_from_csv(run_logged, tmp_path):
    """A user demand profile (12 values) and an hourly supply profile replace the climate."""
    demand = tmp_path / "demand.csv"
    demand.write_text("load\n" + "\n".join(["3", "3", "1", "1", "0", "0", "0", "0", "0", "1",
                                               "1", "2"]), encoding="utf-8")
    result, feedback = run_logged("ite:wasteheatdh", {
        "SOURCES": _source_layer(), "AREAS": _area_layer(), "DEMAND_PROFILE": str(demand),
        "LINKS": str(tmp_path / "links.gpkg"), "SUMMARY": "memory:"})
    links = _features(tmp_path / "links.gpkg")
    assert links and all(link["usable_heat_mwh_yr"] <= link["heat_delivered_mwh_yr"] + 1e-6
                         for link in links)
    assert any("Demand profile: " in line and "12 periods" in line for line in feedback.infos)
    bad = tmp_path / "bad.csv"
    bad.write_text("1\n2\n3\n", encoding="utf-8")
    output = tmp_path / "bad_links.gpkg"
    with pytest.raises(QgsProcessingException, match="12 monthly or 8760 hourly"):
        run_logged("ite:wasteheatdh", {
            "SOURCES": _source_layer(), "AREAS": _area_layer(), "SUPPLY_PROFILE": str(bad),
            "LINKS": str(output), "SUMMARY": "memory:"})
    assert not output.exists()


def test_dunkirk_steelworks_heats_a_dh_area(run_logged, tmp_path):
    from ite_qgis.core.samples.synthetic_heat import dunkirk_heat_grid
    from ite_qgis.qgis_bridge.rasters import write_geotiff

    density, transform, _crs = dunkirk_heat_grid()
    raster = write_geotiff(tmp_path / "dunkirk.tif", density, transform, L93.toWkt(), -9999.0)
    areas_path = tmp_path / "areas.gpkg"
    areas_result, _ = run_logged("ite:dhpotentialareas", {"INPUT": str(raster),
                                                          "OUTPUT": str(areas_path)})
    assert areas_result["AREAS"] >= 1
    sites, resources = _dunkirk_tables(L93)
    links_path, summary_path = tmp_path / "links.gpkg", tmp_path / "summary.gpkg"
    result, feedback = run_logged("ite:wasteheatdh", {
        "SOURCES": sites, "RESOURCES": resources, "AREAS": str(areas_path),
        "LINKS": str(links_path), "SUMMARY": str(summary_path)})
    links = _features(links_path)
    steel = [link for link in links if link["source_id"] == "R003" and link["feasible"] == 1]
    assert steel, [(link["source_id"], link["feasible"]) for link in links]
    best = min(steel, key=lambda link: link["lcoh_transmission_eur_mwh"])
    # Seed documents (resources/samples/dunkirk/SOURCES.md): about 100 MW, 16,000 dwelling
    # equivalents (today's sources) to 26,000 houses (the original network), 40 km of
    # distribution pipes inside the town; the transmission link is only the way there.
    assert best["capacity_mw"] == pytest.approx(100.0, rel=0.2)
    assert best["heat_delivered_mwh_yr"] == pytest.approx(220_000.0, rel=0.05)
    assert 16_000 * 0.9 <= best["dwelling_eq"] <= 26_000 * 1.1  # 12 MWh each: about 18,300
    assert best["length_m"] < 15_000
    # Seasonal matching (Nord-Pas-de-Calais degree days, 19 % hot water): the steelworks' 220
    # GWh/yr spread evenly over the year (25 MW) against the area's 843 GWh/yr. Summer demand
    # takes almost all of it; the winter peak needs some 280 MW of backup.
    assert best["usable_heat_mwh_yr"] == pytest.approx(217_550.0, rel=0.001)
    assert best["source_used_share"] == pytest.approx(0.989, abs=0.001)
    assert best["demand_covered_share"] == pytest.approx(0.258, abs=0.001)
    assert best["backup_peak_mw"] == pytest.approx(282.1, rel=0.001)
    # Number outputs: over the best feasible link of each source, the steelworks' among them.
    assert result["USABLE_HEAT_MWH_YR"] >= best["usable_heat_mwh_yr"]
    assert 0 < result["SOURCE_USED_SHARE"] <= 1 and 0 < result["DEMAND_COVERED_SHARE"] <= 1
    assert result["BACKUP_PEAK_MW"] >= best["backup_peak_mw"]
    assert any("Seasonal matching of the best links" in line for line in feedback.infos)
    summary = {row["source_id"]: row for row in _features(summary_path)}
    assert summary["R003"]["best_usable_heat_mwh_yr"] == pytest.approx(
        best["usable_heat_mwh_yr"])
    # With 8 MWh per dwelling (newer housing, as the Grande-Synthe branch) the same heat is
    # about the 26,000 houses of the original network.
    run_logged("ite:wasteheatdh", {
        "SOURCES": sites, "RESOURCES": resources, "AREAS": str(areas_path),
        "MWH_PER_DWELLING": 8.0, "LINKS": str(tmp_path / "links8.gpkg"),
        "SUMMARY": "memory:"})
    best8 = min((link for link in _features(tmp_path / "links8.gpkg")
                 if link["source_id"] == "R003" and link["feasible"] == 1),
                key=lambda link: link["lcoh_transmission_eur_mwh"])
    assert best8["dwelling_eq"] == pytest.approx(26_000, rel=0.1)
    assert "R003" in summary and summary["R003"]["feasible_areas"] >= 1
    print("Dunkirk:", areas_result["AREAS"], "areas,",
          f"{areas_result['DEMAND_WITH_CLOSING_GWH_YR']:.0f} GWh/yr with closing;",
          "steelworks best link:", {k: (round(v, 2) if isinstance(v, float) else v)
                                    for k, v in best.items() if k != "_geometry"})
    assert math.isfinite(best["lcoh_transmission_eur_mwh"])
