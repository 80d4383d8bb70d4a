"""ite:report's run: read the layers, protect them, draw the map and the Sankey, write the page.

The page is written next to its destination first and renamed into place at the end, so a
failed or cancelled run leaves no half-written report.
"""

from __future__ import annotations

import tempfile
from datetime import date
from pathlib import Path

from .. import assets
from ..core.common import i18n
from ..core.common.files import write_text
from ..core.common.i18n import translate
from ..core.common.labels import INFERRED
from ..core.publishing.public import TerritoryTables, protect_tables, require_site_ids
from ..qgis_bridge.tables import writable_destination
from .report_page import build_report


def write_report(
    inputs: TerritoryTables,
    crs,
    output: str,
    *,
    title: str,
    subtitle: str,
    public: bool,
    radius_m: float,
    top: int,
    feedback,
) -> dict:
    """Write the report of ``inputs`` (checked tables in the sites' CRS, ``crs`` as a QGIS
    CRS) to ``output``; returns the numbers the algorithm reports."""
    path = writable_destination(output)
    lang = i18n.language()  # the run's, set by the algorithm
    require_site_ids(inputs.sites)
    if public:
        inputs, protected = protect_tables(inputs, radius_m=radius_m, lang=lang)
        feedback.pushInfo(
            translate("report", "Public version: {n} confidential sites protected.").format(
                n=protected
            )
        )
    feedback.setProgress(40.0)
    sankey = _sankey(inputs, lang)
    feedback.setProgress(55.0)
    map_png = _map_png(inputs, crs)
    feedback.setProgress(85.0)
    page = build_report(
        inputs,
        title=title or translate("report", "Industrial and territorial ecology report"),
        subtitle=subtitle,
        public=public,
        top=top,
        map_png=map_png,
        sankey_svg=sankey,
        sources=[translate("report", "territory inventory"),
                 translate("report", "ITE for QGIS resource catalogue and knowledge base")],
        generated=date.today().isoformat(),
        version=assets.version(),
    )
    write_text(path, page)
    feedback.setProgress(100.0)
    synergies = 0 if inputs.synergies is None else len(inputs.synergies)
    return {"N_SYNERGIES": synergies, "PUBLIC": bool(public)}


def _sankey(inputs: TerritoryTables, lang: str) -> str | None:
    if inputs.resources is None:
        return None
    from ..core.flows.metabolism import MetabolismError, metabolism_links, metabolism_svg

    synergies = inputs.synergies
    if synergies is not None and "match_kind" in synergies.columns:
        # Declared matches only: a knowledge-based lead has no quantity anyone asked for.
        synergies = synergies[synergies["match_kind"].astype(str) != INFERRED]
    try:
        links = metabolism_links(inputs.sites, inputs.resources, inputs.flows, synergies,
                                 lang=lang)
    except MetabolismError:  # no resource with a known code and a quantity: no diagram
        return None
    if links is None or len(links) == 0:
        return None
    return metabolism_svg(links, "")  # the page's own heading names it


def _map_png(inputs: TerritoryTables, crs) -> bytes | None:
    """The map of the (already protected) tables, as PNG bytes."""
    import geopandas as gpd

    from .synergy_map import SYNERGY_COLUMNS, MapOptions, Territory, map_layers, render_map_png

    synergies = inputs.synergies
    if synergies is None:
        synergies = gpd.GeoDataFrame({c: [] for c in SYNERGY_COLUMNS}, geometry=[],
                                     crs=inputs.sites.crs)
    territory = Territory(sites=inputs.sites, synergies=synergies, crs=crs,
                          resources=inputs.resources, flows=inputs.flows,
                          dh_links=inputs.dh_links)
    layers = map_layers(territory, MapOptions(public=False))
    width, height = 1400, 900
    extent = layers.extent
    if extent is not None and extent.width() > 0:
        # The image takes the territory's shape, within 450-1100 px of height.
        height = int(min(max(width * extent.height() / extent.width(), 450), 1100))
    with tempfile.TemporaryDirectory() as folder:
        path = render_map_png(layers.ordered(), Path(folder) / "map.png", width, height,
                              extent=extent, crs=crs)
        return path.read_bytes()
