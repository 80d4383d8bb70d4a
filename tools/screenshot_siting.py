"""Render the siting potential of a planned cement grinding plant in Dunkirk as the README image.

    make build && tools/qgis-env run trixie xvfb-run -a python3 -P tools/screenshot_siting.py \
        [docs/img/dunkirk_siting.png]

Runs the plugin headless on the embedded Dunkirk sample, as a user would in QGIS:
ite:sampleterritory, then ite:sitingpotential for a plant that needs 500,000 t/yr of slag
(ewc:100202) bought today at EUR 30/t, on a grid of 250 m cells. The outputs get the plugin's own
styles (resources/styles) and a print layout (map, title, legend, source note) is exported to
PNG.
"""

from __future__ import annotations

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
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
)
from screenshot_dh import DPI, L93, run, styled  # noqa: E402
from style_common import labels  # noqa: E402

WIDTH_MM, HEIGHT_MM = 240.0, 150.0
NEEDS = "ewc:100202=500000 t/yr @ 30"
# The sites the map is about: the slag sources and today's slag grinders.
NAMED = ("DK01", "DK06", "DK07", "DK18")


def _positive_range(layer) -> tuple[float, float]:
    """The smallest and largest positive values of the raster, as the algorithm classes them."""
    from ite_qgis.qgis_bridge.rasters import read_raster

    values = read_raster(layer.source())[0]
    return float(values[values > 0].min()), float(values.max())


def build_layers(folder: Path) -> tuple[list, dict]:
    from ite_qgis.qgis_bridge.raster_classes import classes_to_data

    territory = folder / "dunkirk.gpkg"
    run("ite:sampleterritory", {"CRS": L93, "OUTPUT": str(territory)})
    paths = {name: folder / file for name, file in (
        ("NET_BENEFIT", "benefit.tif"), ("PLACES", "places.gpkg"),
        ("SUPPLIERS", "suppliers.gpkg"))}
    result = run("ite:sitingpotential", {
        "SITES": f"{territory}|layername=sites", "RESOURCES": f"{territory}|layername=resources",
        "NEEDS": NEEDS, "CELL_SIZE": 250, **{k: str(v) for k, v in paths.items()}})
    benefit = styled(QgsRasterLayer(str(paths["NET_BENEFIT"]), "benefit"), "siting_benefit",
                     "Net benefit of the plant in|each 250 m cell")
    classes_to_data(benefit, *_positive_range(benefit))
    places = styled(QgsVectorLayer(str(paths["PLACES"]), "places", "ogr"), "siting_places",
                    "Ten best cells, by rank")
    suppliers = styled(QgsVectorLayer(str(paths["SUPPLIERS"]), "suppliers", "ogr"),
                       "siting_suppliers", "Slag feeding the best cell")
    sites = styled(QgsVectorLayer(f"{territory}|layername=sites", "sites", "ogr"), "sites",
                   "Industrial sites")
    quoted = ", ".join(f"'{site}'" for site in NAMED)
    settings = labels(f'if("site_id" IN ({quoted}), "name", \'\')').settings()
    settings.dist = 1.0
    sites.setLabeling(QgsVectorLayerSimpleLabeling(settings))
    sites.setLabelsEnabled(True)
    best = next(QgsVectorLayer(str(paths["PLACES"]), "p", "ogr").getFeatures())
    figures = {"best": result["BEST_PLACE"], "eur": result["BEST_NET_BENEFIT_EUR_YR"],
               "supplies": best["top_supplies"]}
    return [sites, suppliers, places, benefit], figures


def layout(layers: list, figures: dict, output: Path) -> None:
    page = new_page(L93, layers, WIDTH_MM, HEIGHT_MM)
    map_item = add_map(page, L93, layers, layers[3].extent(), (4, 16, 160, 110), "#f4f4f0")
    add_label(page, "Dunkirk: where would a new slag grinding plant do best? (ITE for QGIS)",
              (4, 3, 232, 10), 14, bold=True)
    legend = add_legend(page, map_item, 167, 16)
    # No "Band 1 (Gray)" line above the raster's classes.
    keep_legend_nodes(legend, [(layers[3], lambda n: range(1, n))])
    add_label(page, (
        f"ite:sitingpotential, needs {NEEDS.replace('@ 30', 'bought at EUR 30/t')}: best cell "
        f"{figures['best']}, {figures['eur'] / 1e6:,.1f} million EUR/yr net;\n"
        f"fed by {figures['supplies']}.\n"
        "Economics and radii of ite:findsynergies (road EUR 0.065/t-km, empty return). "
        "Embedded Dunkirk sample; Lambert-93."), (4, 129, 232, 18), 7)
    export_png(page, output, DPI)


def main() -> int:
    output, figures = make_figure(REPO / "docs/img/dunkirk_siting.png", build_layers, layout)
    print(f"{output}: {output.stat().st_size / 1024:.0f} KB; {figures}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
