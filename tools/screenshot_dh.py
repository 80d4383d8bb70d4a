"""Render the Dunkirk waste-heat district heating result as the README image.

    make build && tools/qgis-env run trixie xvfb-run -a python3 -P tools/screenshot_dh.py \
        [docs/img/dunkirk_dh.png]

Runs the plugin headless on the embedded Dunkirk sample, as a user would in QGIS:
ite:sampleterritory, then ite:dhpotentialareas on the SYNTHETIC heat-demand grid, then
ite:wasteheatdh from the sample's heat and steam supplies. The outputs get the plugin's own
styles (resources/styles) and a print layout (map, title, legend, scale bar, source note) is
exported to PNG. The heat grid is synthetic (ite_qgis/core/samples/synthetic_heat.py): the map
says so.
"""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "build"))
sys.path.insert(0, str(REPO / "tools"))
sys.path.append("/usr/share/qgis/python/plugins")

from figure_page import (  # noqa: E402
    add_label,
    add_legend,
    add_map,
    add_scale_bar,
    export_png,
    keep_legend_nodes,
    make_figure,
    new_page,
)
from qgis.core import (  # noqa: E402
    QgsCoordinateReferenceSystem,
    QgsPalLayerSettings,
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsProject,
    QgsRasterLayer,
    QgsRectangle,
    QgsTextBufferSettings,
    QgsTextFormat,
    QgsUnitTypes,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
)
from qgis.PyQt.QtGui import QColor, QFont  # noqa: E402

L93 = "EPSG:2154"
WIDTH_MM, HEIGHT_MM = 240.0, 142.0
DPI = 110
# Map extent, Lambert-93 metres: Loon-Plage and the port to Leffrinckoucke.
EXTENT = QgsRectangle(640_500.0, 7_097_500.0, 665_000.0, 7_109_000.0)


def run(algorithm: str, parameters: dict) -> dict:
    import processing

    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    return processing.run(algorithm, parameters, context=context,
                          feedback=QgsProcessingFeedback())


def styled(layer, style: str, name: str):
    from ite_qgis import assets

    assert layer.isValid(), name
    message, ok = layer.loadNamedStyle(str(assets.style_path(style)))
    assert ok, message
    layer.setName(name)
    QgsProject.instance().addMapLayer(layer, False)
    return layer


def label_sites(sites, names: list[str]) -> None:
    settings = QgsPalLayerSettings()
    quoted = ", ".join("'" + name.replace("'", "''") + "'" for name in names)
    settings.fieldName = f'if("name" IN ({quoted}) OR "nace" = \'35.30\', "name", \'\')'
    settings.isExpression = True
    text = QgsTextFormat()
    text.setFont(QFont("DejaVu Sans"))
    text.setSize(7.5)
    buffer = QgsTextBufferSettings()
    buffer.setEnabled(True)
    buffer.setSize(1.0)
    buffer.setColor(QColor("white"))
    text.setBuffer(buffer)
    settings.setFormat(text)
    settings.placement = QgsPalLayerSettings.Placement.OrderedPositionsAroundPoint
    settings.dist = 1.0
    sites.setLabeling(QgsVectorLayerSimpleLabeling(settings))
    sites.setLabelsEnabled(True)


def build_layers(folder: Path) -> tuple[list, dict]:
    from ite_qgis.core.samples.synthetic_heat import dunkirk_heat_grid
    from ite_qgis.qgis_bridge.rasters import write_geotiff

    territory = folder / "dunkirk.gpkg"
    run("ite:sampleterritory", {"CRS": L93, "OUTPUT": str(territory)})
    density, transform, crs = dunkirk_heat_grid()
    raster = write_geotiff(folder / "heat_density.tif", density, transform,
                           QgsCoordinateReferenceSystem(crs).toWkt(), -9999.0)
    areas_path = folder / "dh_areas.gpkg"
    areas = run("ite:dhpotentialareas", {"INPUT": str(raster), "OUTPUT": str(areas_path)})
    links_path = folder / "dh_links.gpkg"
    links = run("ite:wasteheatdh", {
        "SOURCES": f"{territory}|layername=sites", "RESOURCES": f"{territory}|layername=resources",
        "AREAS": str(areas_path), "LINKS": str(links_path), "SUMMARY": "memory:"})
    heat = styled(QgsRasterLayer(str(raster), "heat"), "heat_density",
                  "Heat demand, MWh/ha (synthetic)")
    area_layer = styled(QgsVectorLayer(str(areas_path), "areas", "ogr"), "dh_areas",
                        "DH potential areas, demand")
    link_layer = styled(QgsVectorLayer(str(links_path), "links", "ogr"), "dh_links",
                        "Waste-heat links, feasible")
    link_layer.setSubsetString('"feasible" = 1')
    sites = styled(QgsVectorLayer(f"{territory}|layername=sites", "sites", "ogr"), "sites",
                   "Industrial sites")
    feasible = [f for f in QgsVectorLayer(str(links_path), "l", "ogr").getFeatures()
                if f["feasible"] == 1]
    # Label only the sites the map is about (feasible heat sources and the DH networks): all
    # thirty names would cover the town.
    named = sorted({f["source_name"].split(" - ")[0] for f in feasible})
    label_sites(sites, named)
    steel = [f for f in feasible if f["source_id"] == "R003"]
    best = min(steel, key=lambda f: f["lcoh_transmission_eur_mwh"])
    figures = {"areas": areas["AREAS"], "area_gwh": areas["DEMAND_WITH_CLOSING_GWH_YR"],
               "feasible": links["FEASIBLE_LINKS"], "steel": best}
    return [sites, link_layer, area_layer, heat], figures


def layout(layers: list, figures: dict, output: Path) -> None:
    page = new_page(L93, layers, WIDTH_MM, HEIGHT_MM)
    map_item = add_map(page, L93, layers, EXTENT, (4, 16, 172, 104), "#dfe9f2")
    best = figures["steel"]
    add_label(page, "Dunkirk: steelworks waste heat to district heating (ITE for QGIS)",
              (4, 3, 232, 10), 15, bold=True)
    legend = add_legend(page, map_item, 179, 16, symbol=(5, 3.5))
    # Drop the raster's "Band 1" line and its transparent "0" class, and the "not feasible"
    # link class (only feasible links are drawn).
    keep_legend_nodes(legend, [(layers[3], lambda n: range(2, n)), (layers[1], [0])])
    note = add_label(page, (
        f"Steelworks sinter-cooler heat (sample row R003): {best['capacity_mw']:.0f} MW, "
        f"{best['heat_delivered_mwh_yr'] / 1000:.0f} GWh/yr delivered, "
        f"{best['dwelling_eq']:,.0f} dwelling equivalents\n(12 MWh each), "
        f"{best['length_m'] / 1000:.1f} km of transmission pipe, "
        f"{best['lcoh_transmission_eur_mwh']:.2f} EUR/MWh, "
        f"{best['co2_avoided_t_yr'] / 1000:.0f} kt CO2/yr avoided against gas boilers.\n"
        "The heat demand grid is SYNTHETIC demo data (ite_qgis/core/samples/synthetic_heat.py).\n"
        "Sites and figures: resources/samples/dunkirk/SOURCES.md. Lambert-93 (EPSG:2154)."),
        (4, 122, 172, 18), 7)
    note.setBackgroundEnabled(True)
    note.setBackgroundColor(QColor(255, 255, 255, 225))
    note.setMarginX(1.5)
    note.setMarginY(1.0)
    add_scale_bar(page, map_item, 7, 109, QgsUnitTypes.DistanceKilometers, "km", 1.0,
                  QColor(255, 255, 255, 200))
    export_png(page, output, DPI)


def main() -> int:
    output, figures = make_figure(REPO / "docs" / "img" / "dunkirk_dh.png", build_layers, layout)
    best = figures["steel"]
    print(f"{output}: {output.stat().st_size / 1024:.0f} KB; {figures['areas']} DH area(s), "
          f"{figures['area_gwh']:.0f} GWh/yr; steelworks: {best['capacity_mw']:.0f} MW, "
          f"{best['heat_delivered_mwh_yr']:,.0f} MWh/yr, {best['dwelling_eq']:,.0f} dwelling eq, "
          f"{best['length_m']:,.0f} m, {best['lcoh_transmission_eur_mwh']:.2f} EUR/MWh; "
          f"{figures['feasible']} feasible links in all")
    return 0


if __name__ == "__main__":
    sys.exit(main())
