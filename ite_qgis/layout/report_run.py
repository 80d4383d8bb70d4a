"""ite:report's run: read the layers, protect them, draw the map and the Sankey, write the page.

The page is written next to its destination first and renamed into place at the end, so a
failed or cancelled run leaves no half-written report.
"""

from __future__ import annotations

import os
import tempfile
from datetime import date
from pathlib import Path

from .. import assets
from ..core import i18n
from ..core.i18n import translate
from ..core.public import TerritoryTables, protect_tables
from ..qgis_bridge.tables import read_territory_tables, writable_destination
from .report import build_report


def write_report(
    sources: dict,
    output: str,
    *,
    title: str,
    subtitle: str,
    language: str,
    public: bool,
    radius_m: float,
    top: int,
    feedback,
) -> dict:
    """Write the report to ``output``; returns the numbers the algorithm reports."""
    from .texts import resolve_language, translator

    path = writable_destination(output)
    lang = resolve_language(language)
    with i18n.override(translator(lang)):
        feedback.pushInfo(translate("report", "Reading the layers…"))
        inputs = read_territory_tables(sources, feedback)
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
        map_png = _map_png(inputs, feedback)
        feedback.setProgress(85.0)
        page = build_report(
            inputs,
            title=title or translate("report", "Industrial and territorial ecology report"),
            subtitle=subtitle,
            lang=lang,
            public=public,
            top=top,
            map_png=map_png,
            sankey_svg=sankey,
            sources=[translate("report", "territory inventory"),
                     translate("report", "ITE for QGIS resource catalogue and knowledge base")],
            generated=date.today().isoformat(),
            version=assets.version(),
        )
    handle, partial = tempfile.mkstemp(prefix=".report-", suffix=".partial", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            stream.write(page)
        os.replace(partial, path)
    except BaseException:
        Path(partial).unlink(missing_ok=True)
        raise
    feedback.setProgress(100.0)
    synergies = 0 if inputs.synergies is None else len(inputs.synergies)
    return {"N_SYNERGIES": synergies, "PUBLIC": bool(public)}


def _sankey(inputs: TerritoryTables, lang: str) -> str | None:
    if inputs.resources is None:
        return None
    from ..core.metabolism import metabolism_links, metabolism_svg

    links = metabolism_links(inputs.sites, inputs.resources, inputs.flows, inputs.synergies,
                             lang=lang)
    if links is None or len(links) == 0:
        return None
    return metabolism_svg(links, translate("report", "Territorial metabolism"))


def _map_png(inputs: TerritoryTables, feedback) -> bytes | None:
    from .synergy_map import render_map_png

    return render_map_png(inputs, width_px=1400, height_px=900, feedback=feedback)
