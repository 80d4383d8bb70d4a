"""ite:loadindustrialsites through Processing, and the chain it feeds on the Brescia area:
loadindustrialsites -> findsynergies, and -> dhpotentialareas -> wasteheatdh."""

from __future__ import annotations

import pytest
from qgis.core import QgsProcessingException, QgsVectorLayer
from qgis_cli import qgis_process, run_json

# The extent of the Hotmaps Brescia density raster (gdalinfo), as a user picks it in the dialog.
BRESCIA_EXTENT = "4308100,4438200,2438900,2582500 [EPSG:3035]"


def _vector(path) -> QgsVectorLayer:
    layer = QgsVectorLayer(str(path), "out", "ogr")
    assert layer.isValid(), path
    return layer


def _rows(path) -> list[dict]:
    layer = _vector(path)
    names = layer.fields().names()
    rows = []
    for feature in layer.getFeatures():
        row = dict(zip(names, feature.attributes(), strict=True))
        row["_geometry"] = feature.geometry()
        rows.append(row)
    return rows


@pytest.fixture(scope="module")
def brescia(tmp_path_factory, plugin, shared_data):
    """The industrial sites of the Brescia raster's extent, loaded once."""
    import processing
    from qgis.core import QgsProcessingContext, QgsProject
    from qgis_cli import LogFeedback

    folder = tmp_path_factory.mktemp("brescia")
    paths = {name: folder / f"{name.lower()}.gpkg" for name in ("SITES", "RESOURCES", "REJECTED")}
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    feedback = LogFeedback()
    result = processing.run("ite:loadindustrialsites", {
        "EXTENT": BRESCIA_EXTENT, **{k: str(v) for k, v in paths.items()}},
        context=context, feedback=feedback)
    return result, paths, feedback, folder


def test_brescia_sites_and_resources(brescia):
    result, paths, feedback, _ = brescia
    sites = {row["site_id"]: row for row in _rows(paths["SITES"])}
    resources = _rows(paths["RESOURCES"])
    rejected = _rows(paths["REJECTED"])
    assert len(sites) == result["SITE_COUNT"] == 85
    assert len(resources) == result["RESOURCE_COUNT"] and len(rejected) == result["REJECTED_COUNT"]
    assert _vector(paths["SITES"]).crs().authid() == "EPSG:3035"
    # ORI Martin, a Brescia steelworks: 34.24 GWh/yr of excess heat, NACE 24.10.
    ori = sites["hotmaps:596"]
    assert ori["name"] == "O.R.I. MARTIN S.P.A." and ori["nace"] == "24.10"
    assert ori["excess_heat_mwh_yr"] == pytest.approx(34_240.0)
    ori_heat = {r["resource"]: r for r in resources if r["site_id"] == "hotmaps:596"}
    assert ori_heat["heat:200-500c"]["quantity"] == pytest.approx(21_400.0)
    assert ori_heat["heat:200-500c"]["temperature_c"] == 350.0
    assert ori_heat["heat:above-500c"]["quantity"] == pytest.approx(12_840.0)
    assert {r["problem"] for r in rejected} <= {"nothing_to_load", "no_point"}
    assert any("0.01 degree" in w for w in feedback.warnings)
    assert any("no excess heat at all" in w for w in feedback.warnings)


def test_the_chain_on_brescia(brescia, run_logged, shared_data):
    result, paths, _, folder = brescia
    sites = {row["site_id"]: row for row in _rows(paths["SITES"])}
    synergies, _ = run_logged("ite:findsynergies", {
        "SITES": str(paths["SITES"]), "RESOURCES": str(paths["RESOURCES"]),
        "SYNERGIES": str(folder / "synergies.gpkg")})
    lines = _rows(folder / "synergies.gpkg")
    # The database has supplies only: every candidate is a knowledge-based lead with its
    # calibrated score. The CO2 of a steelworks or cement works goes, among others, to the
    # documented users of CO2 (chemicals 20.14, aluminium 24.42) within the 50 km radius of a
    # gas without a transport cost model.
    assert synergies["N_SYNERGIES"] == len(lines) > 100
    assert {line["match_kind"] for line in lines} == {"inferred_sector"}
    assert all(0.0 < line["kb_score"] <= 1.0 for line in lines)
    assert all(line["distance_m"] <= line["max_distance_m"] for line in lines)
    co2 = [line for line in lines if line["resource"] == "co2"]
    assert {line["resource"] for line in lines} - {"co2"} <= {
        "heat:100-200c", "heat:200-500c", "heat:above-500c"}
    co2_receivers = {sites[line["receiver_site"]]["nace"] for line in co2}
    assert co2 and {"20.14", "24.42"} & co2_receivers
    assert all(line["max_distance_m"] == 50_000 for line in co2)
    ori_co2 = [line for line in lines if line["supply_id"] == "hotmaps:596:co2"]
    assert ori_co2 and ori_co2[0]["quantity"] == pytest.approx(108_069.0)  # ETS 2014, t/yr
    raster = shared_data / "hotmaps" / "brescia" / "heat_tot_curr_density.tif"
    areas, _ = run_logged("ite:dhpotentialareas", {
        "INPUT": str(raster), "OUTPUT": str(folder / "areas.gpkg")})
    assert areas["AREAS"] > 10
    heat, _ = run_logged("ite:wasteheatdh", {
        "SOURCES": str(paths["SITES"]), "RESOURCES": str(paths["RESOURCES"]),
        "AREAS": str(folder / "areas.gpkg"), "LINKS": str(folder / "links.gpkg"),
        "SUMMARY": str(folder / "summary.gpkg")})
    links = [link for link in _rows(folder / "links.gpkg") if link["feasible"] == 1]
    summary = _rows(folder / "summary.gpkg")
    heat_rows = [r for r in _rows(paths["RESOURCES"]) if r["resource"].startswith("heat:")]
    # One source per heat band of every site with excess heat, each with its own temperature.
    assert len(summary) == len(heat_rows) > 30
    assert heat["FEASIBLE_LINKS"] == len(links) > 50
    loaded_heat = sum(site["excess_heat_mwh_yr"] for site in sites.values())
    assert 0 < heat["USABLE_HEAT_MWH_YR"] <= loaded_heat
    linked = {link["source_id"].split(":heat")[0] for link in links}
    assert "hotmaps:596" in linked  # ORI Martin, in Brescia, reaches a district heating area
    ori = [link for link in links if link["source_id"].startswith("hotmaps:596:")]
    assert max(link["heat_delivered_mwh_yr"] for link in ori) <= 21_400.0 + 1e-6
    print(f"Brescia chain: {result['SITE_COUNT']} sites, {synergies['N_SYNERGIES']} synergies, "
          f"{areas['AREAS']} DH areas, {len(links)} feasible links from {len(linked)} sites, "
          f"{heat['USABLE_HEAT_MWH_YR']:.0f} MWh/yr usable of {loaded_heat:.0f} loaded")


def test_wrong_columns_are_refused_and_nothing_is_written(run_logged, tmp_path):
    wrong = tmp_path / "sites.csv"
    wrong.write_text("SiteID;SiteName;lon;lat\n1;Works;10.2;45.5\n", encoding="utf-8")
    output = tmp_path / "out" / "sites.gpkg"
    with pytest.raises(QgsProcessingException, match="lacks the columns"):
        run_logged("ite:loadindustrialsites", {
            "FILE": str(wrong), "NUTS2": "ITC4", "SITES": str(output),
            "RESOURCES": "memory:", "REJECTED": "memory:"})
    assert not output.exists()


@pytest.mark.parametrize(("parameters", "message"), [
    ({"NUTS2": "ITC4, XX99"}, "XX99"),
    ({"EXTENT": "-80,-70,35,45 [EPSG:4326]"}, "outside Europe"),
    ({"NUTS2": "ITC4", "CRS": "EPSG:4326"}, "geographic CRS"),
])
def test_bad_filters_get_a_clear_message(run_logged, tmp_path, parameters, message):
    with pytest.raises(QgsProcessingException, match=message):
        run_logged("ite:loadindustrialsites", {
            **parameters, "SITES": str(tmp_path / "s.gpkg"), "RESOURCES": "memory:",
            "REJECTED": "memory:"})
    assert not (tmp_path / "s.gpkg").exists()


def test_lombardy_through_qgis_process(tmp_path):
    config = tmp_path / "profile"
    qgis_process("plugins", "enable", "ite_qgis", config=config)
    done = run_json("ite:loadindustrialsites", config, NUTS2="ITC4",
                    SITES=str(tmp_path / "sites.gpkg"), RESOURCES=str(tmp_path / "res.gpkg"),
                    REJECTED=str(tmp_path / "rejected.gpkg"))
    assert done["results"]["SITE_COUNT"] == 88 and done["results"]["REJECTED_COUNT"] == 13
    assert len(_rows(tmp_path / "sites.gpkg")) == 88


def test_a_region_layer_in_its_own_crs(run_logged, tmp_path):
    import geopandas as gpd
    import shapely
    from qgis.core import QgsFeature, QgsGeometry

    from ite_qgis.core.territory.industrial_database import read_database
    from ite_qgis.core.territory.industrial_sites import load_industrial_sites

    box = (4_308_100, 2_438_900, 4_438_200, 2_582_500)  # the Brescia raster, EPSG:3035
    layer = QgsVectorLayer("Polygon?crs=EPSG:3035&field=name:string", "region", "memory")
    feature = QgsFeature(layer.fields())
    feature.setGeometry(QgsGeometry.fromWkt(shapely.box(*box).wkt))
    feature.setAttributes(["Brescia raster"])
    layer.dataProvider().addFeatures([feature])
    result, _ = run_logged("ite:loadindustrialsites", {
        "REGION": layer, "SITES": str(tmp_path / "sites.gpkg"), "RESOURCES": "memory:",
        "REJECTED": "memory:"})
    region = gpd.GeoDataFrame(geometry=[shapely.box(*box)], crs=3035)
    expected = load_industrial_sites(read_database(), region=region)
    # Inside the rectangle itself: fewer than in its bounding box in degrees (85).
    assert result["SITE_COUNT"] == len(expected.sites) == len(_rows(tmp_path / "sites.gpkg"))
    assert 70 < result["SITE_COUNT"] < 85
    empty = QgsVectorLayer("Polygon?crs=EPSG:3035", "empty", "memory")
    with pytest.raises(QgsProcessingException, match="no polygon"):
        run_logged("ite:loadindustrialsites", {
            "REGION": empty, "SITES": "memory:", "RESOURCES": "memory:", "REJECTED": "memory:"})


def test_sink_properties_are_the_written_fields(brescia):
    """What "Append to Layer…" maps (sinkProperties) is what the run writes."""
    from qgis.core import QgsApplication, QgsProcessingContext

    _, paths, _, _ = brescia
    algorithm = QgsApplication.processingRegistry().algorithmById("ite:loadindustrialsites")
    for name in ("SITES", "RESOURCES"):
        written = _vector(paths[name]).fields()
        promised = algorithm.sinkProperties(name, {}, QgsProcessingContext(), {})
        assert promised.crs.authid() == "EPSG:3035"
        assert [(f.name(), f.type()) for f in promised.fields] == [
            (f.name(), f.type()) for f in written if f.name() != "fid"]
