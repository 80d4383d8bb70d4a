"""Render the Brescia industrial sites and their waste-heat links as the README image.

    make build && tools/qgis-env run trixie xvfb-run -a python3 -P tools/screenshot_industrial.py \
        [docs/img/brescia_industrial.png]

Runs the plugin headless as a user would: ite:loadindustrialsites on the extent of the Hotmaps
Brescia heat density raster (../shared/data/hotmaps/brescia), ite:dhpotentialareas on that
raster, then ite:wasteheatdh from the sites' excess heat. The outputs get the plugin's own
styles and a print layout (map, title, legend, source note) is exported to PNG.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tools"))
from figure_page import (  # noqa: E402
    add_label,
    add_legend,
    add_map,
    export_png,
    keep_legend_nodes,
    make_figure,
    new_page,
)
from qgis.core import (  # noqa: E402
    QgsRasterLayer,
    QgsRectangle,
    QgsVectorLayer,
)
from screenshot_dh import DPI, run, styled  # noqa: E402

LAEA = "EPSG:3035"
RASTER_EXTENT = QgsRectangle(4_308_100.0, 2_438_900.0, 4_438_200.0, 2_582_500.0)
WIDTH_MM, HEIGHT_MM = 240.0, 176.0


def shared_data() -> Path:
    for candidate in (os.environ.get("ITE_SHARED_DATA"), REPO.parent / "shared" / "data",
                      "/shared/data"):
        if candidate and Path(candidate).is_dir():
            return Path(candidate)
    raise SystemExit("../shared/data not found")


def build_layers(folder: Path) -> tuple[list, dict]:
    raster = shared_data() / "hotmaps" / "brescia" / "heat_tot_curr_density.tif"
    box = RASTER_EXTENT
    paths = {name: folder / f"{name.lower()}.gpkg" for name in ("SITES", "RESOURCES", "AREAS",
                                                                 "LINKS")}
    loaded = run("ite:loadindustrialsites", {
        "EXTENT": f"{box.xMinimum()},{box.xMaximum()},{box.yMinimum()},{box.yMaximum()} "
                  f"[{LAEA}]", "SITES": str(paths["SITES"]),
        "RESOURCES": str(paths["RESOURCES"]), "REJECTED": "memory:"})
    areas = run("ite:dhpotentialareas", {"INPUT": str(raster), "OUTPUT": str(paths["AREAS"])})
    links = run("ite:wasteheatdh", {
        "SOURCES": str(paths["SITES"]), "RESOURCES": str(paths["RESOURCES"]),
        "AREAS": str(paths["AREAS"]), "LINKS": str(paths["LINKS"]), "SUMMARY": "memory:"})
    heat = styled(QgsRasterLayer(str(raster), "heat"), "heat_density",
                  "Heat demand, MWh/ha (Hotmaps)")
    area_layer = styled(QgsVectorLayer(str(paths["AREAS"]), "areas", "ogr"), "dh_areas",
                        "DH potential areas, demand")
    link_layer = styled(QgsVectorLayer(str(paths["LINKS"]), "links", "ogr"), "dh_links",
                        "Waste-heat links, feasible")
    link_layer.setSubsetString('"feasible" = 1')
    link_layer.setLabelsEnabled(False)  # 128 cost labels would hide the sites
    sites = styled(QgsVectorLayer(str(paths["SITES"]), "sites", "ogr"), "industrial_sites",
                   "Hotmaps industrial sites|(size: CO2; red ring: excess heat)")
    sites.setLabelsEnabled(False)  # 85 long company names would cover the map
    figures = {"sites": loaded["SITE_COUNT"], "areas": areas["AREAS"],
               "feasible": links["FEASIBLE_LINKS"], "usable": links["USABLE_HEAT_MWH_YR"]}
    return [sites, link_layer, area_layer, heat], figures


def layout(layers: list, figures: dict, output: Path) -> None:
    page = new_page(LAEA, layers, WIDTH_MM, HEIGHT_MM)
    map_item = add_map(page, LAEA, layers, RASTER_EXTENT, (4, 16, 150, 140), "#f4f4f0")
    add_label(page, "Brescia: Hotmaps industrial sites and their waste heat (ITE for QGIS)",
              (4, 3, 232, 10), 14, bold=True)
    legend = add_legend(page, map_item, 157, 16)
    keep_legend_nodes(legend, [(layers[3], lambda n: range(2, n)), (layers[1], [0])])
    add_label(page, (
        f"ite:loadindustrialsites on the raster's extent: {figures['sites']} sites; "
        f"ite:dhpotentialareas: {figures['areas']} areas;\nite:wasteheatdh: "
        f"{figures['feasible']} feasible links, {figures['usable'] / 1000:,.0f} GWh/yr usable.\n"
        "Industrial sites: Hotmaps industrial database, Manz & Fleiter, CC BY 4.0.\n"
        "Heat demand: Hotmaps excess-heat module test data (Apache-2.0). LAEA Europe "
        "(EPSG:3035)."), (4, 158, 150, 16), 7)
    export_png(page, output, DPI)


def main() -> int:
    output, figures = make_figure(REPO / "docs/img/brescia_industrial.png", build_layers, layout)
    print(f"{output}: {output.stat().st_size / 1024:.0f} KB; {figures}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
