"""Bad inputs of the heat algorithms through Processing: each is refused with a clear message
and writes nothing, or is repaired and said so (core.validation geometry, areas, roads and
density rasters). The inputs are never changed."""

from __future__ import annotations

import hashlib

import numpy as np
import pytest
from qgis.core import QgsFeature, QgsGeometry, QgsProcessingException, QgsVectorLayer

X0, Y0 = 650_000.0, 7_100_000.0  # Lambert-93


def _memory(definition: str, rows: list[tuple[str, list]]) -> QgsVectorLayer:
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


def _state(layer: QgsVectorLayer) -> list:
    return [(f.id(), f.geometry().asWkt(), f.attributes()) for f in layer.getFeatures()]


def _digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _box(x0, y0, x1, y1) -> str:
    return f"POLYGON(({x0} {y0},{x1} {y0},{x1} {y1},{x0} {y1},{x0} {y0}))"


def _bow_tie(x0, y0, side) -> str:
    """Two triangles meeting at the centre, each side x side / 4: half the square's area."""
    return (f"POLYGON(({x0} {y0},{x0 + side} {y0 + side},{x0 + side} {y0},{x0} {y0 + side},"
            f"{x0} {y0}))")


def _sources():
    return _memory("Point?crs=EPSG:2154&field=source_id:string&field=heat_mwh_yr:double"
                   "&field=temperature_c:double",
                   [(f"POINT({X0 + 3000} {Y0 + 500})", ["S1", 100_000.0, 150.0])])


def _areas(rows=None):
    rows = rows or [(_box(X0, Y0, X0 + 1000, Y0 + 1000), [1, 50.0])]
    return _memory("Polygon?crs=EPSG:2154&field=area_id:integer&field=demand_gwh_yr:double",
                   rows)


# ---------------------------------------------------------------- ite:wasteheatdh


def test_a_point_layer_as_roads_is_refused_and_nothing_is_written(run_logged, tmp_path):
    roads = _memory("Point?crs=EPSG:2154", [(f"POINT({X0 + 100} {Y0})", []),
                                            (f"POINT({X0 + 2000} {Y0})", [])])
    sources, areas = _sources(), _areas()
    before = [_state(roads), _state(sources), _state(areas)]
    outputs = {"LINKS": str(tmp_path / "links.gpkg"), "SUMMARY": str(tmp_path / "s.gpkg")}
    with pytest.raises(QgsProcessingException,
                       match=r"roads layer holds points, but lines are needed.*Points to path"):
        run_logged("ite:wasteheatdh", {"SOURCES": sources, "AREAS": areas, "ROADS": roads,
                                       **outputs})
    assert list(tmp_path.iterdir()) == []
    assert [_state(roads), _state(sources), _state(areas)] == before


def test_an_empty_roads_layer_is_said_empty_and_straight_lines_are_used(run_logged):
    roads = _memory("LineString?crs=EPSG:2154", [])
    result, feedback = run_logged("ite:wasteheatdh", {
        "SOURCES": _sources(), "AREAS": _areas(), "ROADS": roads, "LINKS": "memory:",
        "SUMMARY": "memory:"})
    assert any("The roads layer is empty" in w for w in feedback.warnings)
    assert result["FEASIBLE_LINKS"] == 1


def test_zero_length_roads_are_named_and_multi_part_roads_are_used(run_logged):
    roads = _memory("MultiLineString?crs=EPSG:2154", [
        (f"MULTILINESTRING(({X0 + 3000} {Y0 + 500},{X0 + 2000} {Y0 + 500}),"
         f"({X0 + 2000} {Y0 + 500},{X0 + 1000} {Y0 + 500}))", []),
        (f"MULTILINESTRING(({X0 + 5000} {Y0},{X0 + 5000} {Y0}))", []),
    ])
    result, feedback = run_logged("ite:wasteheatdh", {
        "SOURCES": _sources(), "AREAS": _areas(), "ROADS": roads, "LINKS": "memory:",
        "SUMMARY": "memory:"})
    assert any("1 lines of the roads layer have no length and were left out: 2." in w
               for w in feedback.warnings)
    links = list(result["LINKS"].getFeatures())
    assert len(links) == 1 and links[0]["routing"] == "roads"
    assert links[0]["length_m"] == pytest.approx(2000.0)  # along both parts of row 1


def test_a_bow_tie_area_is_repaired_reported_and_linked(run_logged, tmp_path):
    # A 1 km square drawn as a bow-tie: its two triangles cover 50 ha, which the drawn ring
    # (area 0) does not say.
    areas = _areas([(_box(X0, Y0, X0 + 1000, Y0 + 1000), [1, 50.0]),
                    (_bow_tie(X0 + 4000, Y0, 1000.0), [7, 40.0])])
    before = _state(areas)
    result, feedback = run_logged("ite:wasteheatdh", {
        "SOURCES": _sources(), "AREAS": areas, "LINKS": "memory:", "SUMMARY": "memory:"})
    assert any("1 invalid polygons of the DH areas layer" in w
               and "their repaired areas: 7 (50 ha)." in w for w in feedback.warnings)
    links = {f["area_id"]: f for f in result["LINKS"].getFeatures()}
    assert set(links) == {1, 7}
    # The source is at (3000, 500); the left triangle of the bow-tie has its tip at the
    # centre of the square, 1000 m east of the source: the link goes to the repaired outline.
    assert links[7]["straight_m"] == pytest.approx(1000.0)
    assert _state(areas) == before


def test_areas_without_id_and_with_text_demand_are_named(run_logged):
    areas = _memory("Polygon?crs=EPSG:2154&field=area_id:string&field=demand_gwh_yr:string", [
        (_box(X0, Y0, X0 + 1000, Y0 + 1000), ["A", "50"]),
        (_box(X0 + 1000, Y0 + 2000, X0 + 2000, Y0 + 3000), [None, "40"]),
        (_box(X0 + 2000, Y0 + 4000, X0 + 3000, Y0 + 5000), ["C", "lots"]),
        ("", ["D", "30"]),
    ])
    result, feedback = run_logged("ite:wasteheatdh", {
        "SOURCES": _sources(), "AREAS": areas, "AREA_DEMAND_FIELD": "demand_gwh_yr",
        "LINKS": "memory:", "SUMMARY": "memory:"})
    warnings = "\n".join(feedback.warnings)
    assert "have no id and were left out (row numbers): 2." in warnings
    assert "not a finite number and were left out: C." in warnings
    assert "have no geometry (or an empty one) and were left out: D." in warnings
    assert {f["area_id"] for f in result["LINKS"].getFeatures()} == {"A"}


def test_areas_with_swapped_coordinates_are_refused(run_logged, tmp_path):
    areas = _areas([(_box(Y0, X0, Y0 + 1000, X0 + 1000), [1, 50.0])])
    with pytest.raises(QgsProcessingException, match="x and y columns of the DH areas layer "
                                                     "look swapped"):
        run_logged("ite:wasteheatdh", {"SOURCES": _sources(), "AREAS": areas,
                                       "LINKS": str(tmp_path / "l.gpkg"),
                                       "SUMMARY": str(tmp_path / "s.gpkg")})
    assert list(tmp_path.iterdir()) == []


# ---------------------------------------------------------------- ite:dhpotentialareas


def _raster(path, bands=1, crs_epsg=3035):
    from osgeo import gdal, osr

    dataset = gdal.GetDriverByName("GTiff").Create(str(path), 10, 10, bands, gdal.GDT_Float32)
    dataset.SetGeoTransform((4_000_000.0, 100.0, 0.0, 2_500_000.0, 0.0, -100.0))
    if crs_epsg:
        srs = osr.SpatialReference()
        srs.ImportFromEPSG(crs_epsg)
        dataset.SetProjection(srs.ExportToWkt())
    for band in range(1, bands + 1):
        dataset.GetRasterBand(band).WriteArray(np.full((10, 10), 500.0, dtype=np.float32))
    dataset = None
    return path


def test_a_three_band_raster_is_refused_and_left_unchanged(run_logged, tmp_path):
    raster = _raster(tmp_path / "rgb.tif", bands=3)
    before = _digest(raster)
    output = tmp_path / "out" / "areas.gpkg"
    with pytest.raises(QgsProcessingException, match=r"has 3 bands.*Rearrange bands"):
        run_logged("ite:dhpotentialareas", {"INPUT": str(raster), "OUTPUT": str(output)})
    assert not output.parent.exists() and _digest(raster) == before


def test_a_raster_without_crs_is_refused_with_its_own_message(run_logged, tmp_path):
    raster = _raster(tmp_path / "nocrs.tif", crs_epsg=None)
    output = tmp_path / "out" / "areas.gpkg"
    with pytest.raises(QgsProcessingException, match="has no coordinate reference system.*Set "
                                                     "its CRS"):
        run_logged("ite:dhpotentialareas", {"INPUT": str(raster), "OUTPUT": str(output)})
    assert not output.parent.exists()


# ---------------------------------------------------------------- ite:heatdensitygrid


def test_density_grid_refuses_lines_and_swapped_coordinates(run_logged, tmp_path):
    output = tmp_path / "density.tif"
    lines = _memory("LineString?crs=EPSG:2154&field=demand:double",
                    [(f"LINESTRING({X0} {Y0},{X0 + 50} {Y0})", [10.0])])
    with pytest.raises(QgsProcessingException, match=r"buildings layer holds lines, but "
                                                     r"points or polygons are needed"):
        run_logged("ite:heatdensitygrid", {"INPUT": lines, "DEMAND_FIELD": "demand",
                                           "OUTPUT": str(output)})
    swapped = _memory("Point?crs=EPSG:2154&field=demand:double",
                      [(f"POINT({Y0 + i * 10} {X0})", [10.0]) for i in range(5)])
    with pytest.raises(QgsProcessingException, match="look swapped"):
        run_logged("ite:heatdensitygrid", {"INPUT": swapped, "DEMAND_FIELD": "demand",
                                           "OUTPUT": str(output)})
    empty = _memory("Point?crs=EPSG:2154&field=demand:double", [])
    with pytest.raises(QgsProcessingException, match="The buildings layer is empty"):
        run_logged("ite:heatdensitygrid", {"INPUT": empty, "DEMAND_FIELD": "demand",
                                           "OUTPUT": str(output)})
    assert list(tmp_path.iterdir()) == []


def test_density_grid_repairs_a_bow_tie_and_names_the_rows_left_out(run_logged, tmp_path):
    from ite_qgis.qgis_bridge.rasters import read_raster

    buildings = _memory("Polygon?crs=EPSG:2154&field=demand:double", [
        (_bow_tie(X0, Y0, 100.0), [100.0]),  # 0.5 ha once repaired, inside one 100 m cell
        (_box(X0 + 200, Y0, X0 + 250, Y0 + 50), [None]),
        (_box(X0 + 300, Y0, X0 + 350, Y0 + 50), [-4.0]),
        ("", [7.0]),
    ])
    before = _state(buildings)
    output = tmp_path / "density.tif"
    result, feedback = run_logged("ite:heatdensitygrid", {
        "INPUT": buildings, "DEMAND_FIELD": "demand", "OUTPUT": str(output)})
    warnings = "\n".join(feedback.warnings)
    assert "their repaired areas: 1 (0.5 ha)." in warnings
    assert "have a demand that is empty, not a number or negative and were left out of the " \
           "grid (feature ids): 2, 3." in warnings
    assert "have no geometry (or an empty one) and were left out: 4." in warnings
    assert "invalid polygons repaired: 1" in "\n".join(feedback.infos)
    grid, (_x, _y, cell), _wkt, _nodata = read_raster(output)
    assert grid.sum() * (cell * cell / 10_000.0) == pytest.approx(100.0)
    assert result["DEMAND_IN_GRID_MWH_YR"] == pytest.approx(100.0)
    assert _state(buildings) == before


# ---------------------------------------------------------------- ite:exportsynergymap


@pytest.fixture(scope="module")
def dunkirk_map(plugin, tmp_path_factory):
    """The sample territory and its synergies, as files, for the map's DH inputs."""
    import processing

    folder = tmp_path_factory.mktemp("dunkirk_map")
    gpkg = folder / "dunkirk.gpkg"
    processing.run("ite:sampleterritory", {"CRS": "EPSG:2154", "OUTPUT": str(gpkg)})
    sites, resources = f"{gpkg}|layername=sites", f"{gpkg}|layername=resources"
    processing.run("ite:findsynergies", {"SITES": sites, "RESOURCES": resources,
                                         "SYNERGIES": str(folder / "synergies.gpkg")})
    return {"SITES": sites, "SYNERGIES": str(folder / "synergies.gpkg")}


def test_map_refuses_a_three_band_density_raster_and_points_as_dh_areas(run_logged, tmp_path,
                                                                        dunkirk_map):
    raster = _raster(tmp_path / "rgb.tif", bands=3)
    output = tmp_path / "out" / "map.pdf"
    with pytest.raises(QgsProcessingException, match="has 3 bands"):
        run_logged("ite:exportsynergymap", {**dunkirk_map, "HEAT_DENSITY": str(raster),
                                            "OUTPUT": str(output)})
    points = _memory("Point?crs=EPSG:2154&field=area_id:integer",
                     [(f"POINT({X0} {Y0})", [1])])
    with pytest.raises(QgsProcessingException, match="holds points, but polygons are needed"):
        run_logged("ite:exportsynergymap", {**dunkirk_map, "DH_AREAS": points,
                                            "OUTPUT": str(output)})
    assert not output.parent.exists()


def test_map_repairs_a_bow_tie_dh_area_and_says_so(run_logged, tmp_path, dunkirk_map):
    areas = _memory("Polygon?crs=EPSG:2154&field=area_id:integer",
                    [(_bow_tie(X0, Y0, 1000.0), [7])])
    before = _state(areas)
    result, feedback = run_logged("ite:exportsynergymap", {
        **dunkirk_map, "DH_AREAS": areas, "OUTPUT": str(tmp_path / "map.png")})
    assert result["PAGES"] == 1
    assert any("their repaired areas: 7 (50 ha)." in w for w in feedback.warnings)
    assert _state(areas) == before
