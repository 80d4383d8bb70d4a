"""The synergy map: a shipped print layout filled with a territory's layers, exported to
PDF, PNG or SVG, with an optional atlas (one page per site, resource family or DH area).

Works headless (qgis_process): no iface, its own QgsProject. The user's layers are never
touched: the map draws memory copies built from frames (public copies when asked, see
:mod:`ite_qgis.core.publishing.public`). A failed export leaves no file behind: pages are
written to a hidden temporary folder beside the destination and moved in place at the end.
Texts come in the run's language, set once by the algorithm
(:func:`ite_qgis.qgis_bridge.translation.in_language`).
"""

from __future__ import annotations

import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from qgis.core import (
    Qgis,
    QgsCoordinateTransform,
    QgsExpression,
    QgsLayoutExporter,
    QgsLayoutItemMap,
    QgsLayoutMultiFrame,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsLayoutTableColumn,
    QgsMapLayerLegendUtils,
    QgsMapRendererSequentialJob,
    QgsMapSettings,
    QgsPalLayerSettings,
    QgsPrintLayout,
    QgsProject,
    QgsReadWriteContext,
    QgsRectangle,
    QgsRuleBasedRenderer,
    QgsVectorLayerSimpleLabeling,
)
from qgis.PyQt.QtCore import QSize, Qt
from qgis.PyQt.QtGui import QColor
from qgis.PyQt.QtXml import QDomDocument

from .. import assets
from ..core.common import i18n
from ..core.common.i18n import translate
from ..core.common.numbers import MISSING
from ..core.publishing.public import DEFAULT_RADIUS_M, require_site_ids
from ..core.validation.findings import InputError
from ..qgis_bridge.legend import category_labels
from ..qgis_bridge.legend import style_words as legend_words
from . import texts as words
from .layers import apply_style, frame_layer, localise_raster_classes, ramp_function

PAPERS = ("a4", "a3")
ORIENTATIONS = ("landscape", "portrait")
ATLAS_MODES = ("none", "site", "family", "dh_area")
FORMATS = ("pdf", "png", "svg")
SYNERGY_COLUMNS = (
    "supplier_site",
    "receiver_site",
    "family",
    "resource",
    "quantity",
    "unit",
    "distance_m",
    "net_benefit_eur_yr",
)
# Share of the drawn extent added on each side, so no symbol or label touches the frame.
MARGIN_SHARE = 0.08
# A page per site frames the site and its partners, never less than this (metres).
MIN_PAGE_SPAN_M = 5000.0
# Drawing order, top first.
LAYER_ORDER = ("sites", "synergies", "flows", "dh_links", "dh_areas", "heat_density")


class MapError(ValueError):
    """Input a map cannot be made from; the message is translated and says why."""


@dataclass
class Territory:
    """What a map shows, as plain frames in one metric CRS (``crs``: a QGIS CRS)."""

    sites: object
    synergies: object
    crs: object
    resources: object = None
    flows: object = None
    dh_areas: object = None
    dh_links: object = None
    heat_density: object = None  # a QgsRasterLayer (never confidential)


@dataclass
class MapOptions:
    title: str = ""
    subtitle: str = ""
    paper: str = "a3"
    orientation: str = "landscape"
    atlas: str = "none"
    public: bool = True
    radius_m: float = DEFAULT_RADIUS_M
    top_n: int = 10
    max_rank: int = 1
    sources: str = ""
    dpi: float = 150.0


@dataclass
class MapLayers:
    """A project holding the styled copies; keep it alive while its layers are used."""

    project: QgsProject
    layers: dict = field(default_factory=dict)  # key -> layer, only those with content
    extent: QgsRectangle | None = None
    coverage: object = None
    shown: int = 0
    confidential: int = 0

    def ordered(self) -> list:
        return [self.layers[key] for key in LAYER_ORDER if key in self.layers]


@dataclass
class ExportResult:
    files: list
    pages: int


def missing_synergy_columns(frame) -> list[str]:
    return [c for c in SYNERGY_COLUMNS if c not in frame.columns]


# ------------------------------------------------------------------ frames -> public frames
def _public(territory: Territory, options: MapOptions, language: str):
    """The territory's frames as the map may show them, and the count of confidential sites."""
    import numpy as np

    from ..core.publishing.public import protect_territory

    sites, lines, links = territory.sites, territory.synergies, territory.dh_links
    if not options.public:
        return sites, lines, territory.flows, links, 0, np.zeros(len(lines), dtype=bool)
    public = protect_territory(
        sites,
        territory.resources,
        territory.flows,
        radius_m=options.radius_m,
        lang=language,
    )
    secret_sites = set(public.public_ids)
    protected = (
        lines["supplier_site"].astype(str).isin(secret_sites)
        | lines["receiver_site"].astype(str).isin(secret_sites)
    ).to_numpy()
    for column in ("supply_id", "demand_id"):
        if column in lines.columns:
            protected |= lines[column].astype(str).isin(public.confidential_resources).to_numpy()
    lines = public.protect_synergies(lines)
    if links is not None and len(links):
        links = public.protect_dh_links(links)
    return public.sites, lines, public.flows, links, len(secret_sites), protected


# ------------------------------------------------------------------ display columns
def _finite(values) -> object:
    """``values`` as floats, NaN where a cell is not a finite number (text, null, inf)."""
    import numpy as np
    import pandas as pd

    figures = pd.to_numeric(values, errors="coerce").to_numpy(dtype=float)
    return np.where(np.isfinite(figures), figures, np.nan)


def _display_columns(lines, sites, protected, language: str, tr) -> object:
    """Readable table cells: site names, resource labels, figures in the run's language."""
    import numpy as np
    import pandas as pd

    from ..core.reference.catalogue import load_catalogue

    out = lines.copy()
    names = dict(zip(sites["site_id"].astype(str), sites["name"].astype(str), strict=False)) \
        if "name" in sites.columns else {}
    for end, column in (("supplier_site", "supplier_name"), ("receiver_site", "receiver_name")):
        ids = out[end].astype(str)
        out[column] = ids.map(names).fillna(ids)
    catalogue = load_catalogue(None)
    codes = out["resource"].astype(str)
    # The catalogue label without its parenthesis ("Fuel gas (refinery, ...)"): one line.
    labels = {
        code: (catalogue.label(code, language) or code).split(" (")[0]
        for code in codes.unique()
    }
    out["resource_label"] = codes.map(labels)
    locale = words.locale()
    per_year = tr["per_year"]
    approx = np.where(protected, "~", "")

    def number(value, decimals=0):
        return locale.toString(float(value), "f", decimals) if np.isfinite(value) else MISSING

    def texts(values) -> pd.Series:
        # Python strings in an object column: adding them never meets a float, even when the
        # table has no row (an empty column of figures is float).
        return pd.Series(list(values), index=out.index, dtype=object)

    quantity = _finite(out["quantity"])
    units = out["unit"].fillna("").astype(str).str.replace("/yr", per_year, regex=False)
    # From ten million on, in millions ("20.0 M m3/yr"): the full figure is wider than the
    # table's quantity column and ran into the distance.
    millions = np.abs(np.nan_to_num(quantity)) >= 1e7
    out["quantity_text"] = texts(
        f"{a}{number(q / 1e6, 1)} M {u}" if big else f"{a}{number(q)} {u}"
        for a, q, u, big in zip(approx, quantity, units, millions, strict=True)
    )
    distance = _finite(out["distance_m"]) / 1000.0
    out["distance_text"] = texts(f"{number(v, 1)} km" for v in distance)
    benefit = _finite(out["net_benefit_eur_yr"])
    with np.errstate(invalid="ignore"):
        scale = np.select([np.abs(benefit) >= 1e6, np.abs(benefit) >= 1e3], [1e6, 1e3], 1.0)
    suffix = np.select([scale == 1e6, scale == 1e3], [" M€", " k€"], " €")
    decimals = np.where(scale == 1e6, 1, 0)
    out["benefit_text"] = texts(
        f"{a}{number(v / s, int(d))}{x}"
        for a, v, s, d, x in zip(approx, benefit, scale, decimals, suffix, strict=True)
    )
    return out


# ------------------------------------------------------------------ layers
def _coverage(key: str, lines, sites, areas, crs, tr_labels: dict):
    """Polygons, one per atlas page: (key, label) attributes."""
    import geopandas as gpd
    import numpy as np
    import pandas as pd
    import shapely

    if key == "dh_area":
        frame = areas[["area_id", areas.geometry.name]].copy()
        frame["key"] = frame["area_id"].astype(str)
        frame["label"] = frame["key"].map(lambda value: tr_labels["dh_area"].format(id=value))
        return frame_layer(frame[["key", "label", frame.geometry.name]], "coverage", crs)
    bounds = pd.DataFrame(shapely.bounds(lines.geometry.to_numpy()),
                          columns=["x0", "y0", "x1", "y1"], index=lines.index)
    if key == "family":
        groups = pd.concat([lines["family"].astype(str).rename("key"), bounds], axis=1)
        label = groups["key"].map(lambda value: tr_labels.get(value, value))
        groups["label"] = label
    else:  # site: the site and all its partners
        point = pd.DataFrame(shapely.bounds(sites.geometry.to_numpy()),
                             columns=["x0", "y0", "x1", "y1"], index=sites.index)
        point["key"] = sites["site_id"].astype(str)
        ends = [pd.concat([lines[c].astype(str).rename("key"), bounds], axis=1)
                for c in ("supplier_site", "receiver_site")]
        groups = pd.concat([point, *ends], ignore_index=True)
        names = dict(zip(sites["site_id"].astype(str), sites["name"].astype(str),
                         strict=False)) if "name" in sites.columns else {}
        # A page for each site with a synergy shown: an empty page helps no reader.
        partners = set(lines["supplier_site"].astype(str)) | set(lines["receiver_site"].astype(str))
        groups = groups[groups["key"].isin(set(point["key"]) & partners)]
        groups["label"] = groups["key"].map(names).fillna(groups["key"])
    box = groups.groupby(["key", "label"], sort=False).agg(
        x0=("x0", "min"), y0=("y0", "min"), x1=("x1", "max"), y1=("y1", "max")
    ).reset_index()
    span = np.maximum(box["x1"] - box["x0"], box["y1"] - box["y0"])
    grow = np.maximum(MIN_PAGE_SPAN_M - span, 0.0) / 2.0
    geometry = shapely.box(box["x0"] - grow, box["y0"] - grow, box["x1"] + grow,
                           box["y1"] + grow)
    frame = gpd.GeoDataFrame(box[["key", "label"]], geometry=geometry)
    return frame_layer(frame.sort_values("label"), "coverage", crs, "Polygon")


def _smaller_labels(layer, size_pt: float) -> None:
    """Site names a little smaller on paper than on screen: 30 names fit without clashes."""
    labeling = layer.labeling()
    if labeling is None or not hasattr(labeling, "settings"):
        return
    settings = QgsPalLayerSettings(labeling.settings())
    text = settings.format()
    text.setSize(size_pt)
    settings.setFormat(text)
    layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))


def _clear_zero_class(raster) -> None:
    """Cells without heat demand (sea, fields) drawn clear: the map shows where heat is
    needed, and the synergies stay readable over it."""
    function = ramp_function(raster)
    if function is None:
        return
    items = function.colorRampItemList()
    for item in items:
        if item.value <= 0.0:
            item.color = QColor(0, 0, 0, 0)
    function.setColorRampItemList(items)


def _legend_entries(legend, layers: MapLayers, wrap_chars: int) -> None:
    """Only the layers drawn, group titles wrapped, and no band name or empty class."""
    import textwrap

    legend.setAutoUpdateModel(False)
    model = legend.model()
    root = model.rootGroup()
    root.removeAllChildren()
    for key, layer in ((k, layers.layers[k]) for k in LAYER_ORDER if k in layers.layers):
        node = root.addLayer(layer)
        title = "~".join(textwrap.wrap(layer.name(), wrap_chars)) or layer.name()
        node.setCustomProperty("legend/title-label", title)
        if key == "heat_density":
            function = layer.renderer().shader().rasterShaderFunction()
            values = [item.value for item in function.colorRampItemList()]
            # Node 0 is the band name; then one node per class.
            keep = [i + 1 for i, value in enumerate(values) if value > 0.0]
            QgsMapLayerLegendUtils.setLegendNodeOrder(node, keep)
            model.refreshLayerLegend(node)


def map_layers(territory: Territory, options: MapOptions, tr=None) -> MapLayers:
    """Styled copies (public ones when ``options.public``) in a new project."""
    import pandas as pd

    language = i18n.language()
    tr = tr or words.map_texts()
    names = words.layer_names()
    labels = category_labels()
    style_words = legend_words()
    try:
        require_site_ids(territory.sites)
    except InputError as error:
        raise MapError(str(error)) from None
    missing = missing_synergy_columns(territory.synergies)
    if missing:
        raise MapError(
            translate(
                "exportsynergymap",
                "The synergies layer lacks the columns {columns}: give the output of "
                "'Find synergies' (ite:findsynergies)."
            ).format(columns=", ".join(missing))
        )
    sites, lines, flows, links, confidential, protected = _public(territory, options, language)
    if "rank" in lines.columns and options.max_rank > 0:
        keep = (pd.to_numeric(lines["rank"], errors="coerce").fillna(1) <= options.max_rank)
        lines, protected = lines[keep.to_numpy()], protected[keep.to_numpy()]
    lines = _display_columns(lines, sites, protected, language, tr)
    project = QgsProject()
    project.setCrs(territory.crs)
    result = MapLayers(project, shown=len(lines), confidential=confidential)
    crs = territory.crs
    frames = {"sites": sites, "synergies": lines, "flows": flows, "dh_links": links,
              "dh_areas": territory.dh_areas}  # fmt: skip
    extent = QgsRectangle()
    for key, frame in frames.items():
        if frame is None or not len(frame):
            continue
        layer = frame_layer(frame, names[key], crs)
        apply_style(layer, key, labels.get(key), style_words)
        if key == "sites":
            _smaller_labels(layer, 6.5)
        result.layers[key] = layer
        extent.combineExtentWith(layer.extent())
    if territory.heat_density is not None:
        raster = territory.heat_density.clone()
        raster.loadNamedStyle(str(assets.style_path("heat_density")))
        raster.setName(names["heat_density"])
        _clear_zero_class(raster)
        localise_raster_classes(raster, style_words)
        result.layers["heat_density"] = raster
    project.addMapLayers(list(result.layers.values()), False)
    if extent.isEmpty():  # a single point
        extent = extent.buffered(MIN_PAGE_SPAN_M / 2.0)
    span = max(extent.width(), extent.height())
    result.extent = extent.buffered(span * MARGIN_SHARE)
    if options.atlas != "none":
        if options.atlas == "dh_area" and (territory.dh_areas is None or
                                           not len(territory.dh_areas)):
            raise MapError(translate(
                "exportsynergymap",
                "An atlas per district heating area needs the DH potential areas layer "
                "(output of ite:dhpotentialareas)."
            ))
        page_labels = {**labels["synergies"], "dh_area": tr["dh_area"]}
        result.coverage = _coverage(options.atlas, lines, sites, territory.dh_areas, crs,
                                    page_labels)
        if not result.coverage.featureCount():
            raise MapError(translate(
                "exportsynergymap", "The atlas has no page to make: there is no synergy to show."
            ))
        project.addMapLayer(result.coverage, False)
    return result


# ------------------------------------------------------------------ layout
_ATLAS_FILTERS = {
    "site": "\"supplier_site\" = attribute(@atlas_feature, 'key') OR "
            "\"receiver_site\" = attribute(@atlas_feature, 'key')",
    "family": "\"family\" = attribute(@atlas_feature, 'key')",
}


def _filter_renderer(layer, expression: str) -> None:
    """Draw only the features of the current atlas page (rules keep the legend's labels)."""
    renderer = QgsRuleBasedRenderer.convertFromRenderer(layer.renderer())
    for rule in renderer.rootRule().children():
        own = rule.filterExpression()
        rule.setFilterExpression(f"({own}) AND ({expression})" if own else expression)
    layer.setRenderer(renderer)


def _template(project, options: MapOptions) -> QgsPrintLayout:
    if options.paper not in PAPERS or options.orientation not in ORIENTATIONS:
        raise MapError(translate(
            "exportsynergymap", "Unknown paper size '{paper} {orientation}': choose A4 or A3, "
            "portrait or landscape."
        ).format(paper=options.paper, orientation=options.orientation))
    path = assets.layout_path(f"synergy_map_{options.paper}_{options.orientation}")
    document = QDomDocument()
    if not document.setContent(path.read_text(encoding="utf-8")):
        raise MapError(translate("exportsynergymap", "The layout template {path} is damaged: "
                                 "reinstall the plugin.").format(path=path))
    layout = QgsPrintLayout(project)
    layout.loadFromTemplate(document, QgsReadWriteContext())
    return layout


def _scale_bar(bar, map_item, extent_width_m: float) -> None:
    """Kilometres for territories, metres below 3 km across; two round segments
    filling 12-32 % of the map width."""
    if extent_width_m >= 3000.0:
        bar.setUnits(Qgis.DistanceUnit.Kilometers)
        bar.setUnitLabel("km")
    else:
        bar.setUnits(Qgis.DistanceUnit.Meters)
        bar.setUnitLabel("m")
    bar.setMapUnitsPerScaleBarUnit(1.0)  # the label multiplier: 1 km reads "1"
    width_mm = map_item.rect().width()
    bar.setSegmentSizeMode(Qgis.ScaleBarSegmentSizeMode.FitWidth)
    # Round segments (1, 2, 5 x 10^n) need a range of at least 2.5 between both widths.
    bar.setMinimumBarWidth(width_mm * 0.12)
    bar.setMaximumBarWidth(width_mm * 0.32)
    bar.setUnitsPerSegment(1.0)
    bar.update()
    bar.resizeToMinimumWidth()


def _table(layout, layer, options: MapOptions, tr: dict) -> None:
    frame = layout.itemById("top_synergies")
    table = frame.multiFrame()
    # A table's frame takes the width of its columns: share out the template's width
    # (read before the layer is set) so names wrap and figures never do.
    width_mm = frame.sizeWithUnits().width() - 6 * 2 * table.cellMargin() - 1.0
    table.setResizeMode(QgsLayoutMultiFrame.ResizeMode.UseExistingFrames)
    table.setMaximumNumberOfFeatures(options.top_n)
    table.setEmptyTableMessage(tr["no_synergy"])  # before the layer: later it crashes 3.40
    table.setVectorLayer(layer)
    left, right = Qt.AlignmentFlag.AlignLeft, Qt.AlignmentFlag.AlignRight
    columns = []
    for attribute, heading, align, share in (
        ("supplier_name", tr["supplier"], left, 0.22),
        ("receiver_name", tr["receiver"], left, 0.21),
        ("resource_label", tr["resource"], left, 0.15),
        ("quantity_text", tr["quantity"], right, 0.15),
        ("distance_text", tr["distance"], right, 0.13),
        ("benefit_text", tr["benefit"], right, 0.14),
    ):
        column = QgsLayoutTableColumn(heading)
        column.setAttribute(attribute)
        column.setHAlignment(align)
        column.setWidth(width_mm * share)
        columns.append(column)
    table.setColumns(columns)
    order = QgsLayoutTableColumn()
    order.setAttribute("net_benefit_eur_yr")
    order.setSortOrder(Qt.SortOrder.DescendingOrder)
    table.setSortColumns([order])
    # Never a row cut off at the frame's foot: fewer rows, and the caption says how many.
    room = frame.sizeWithUnits().height()
    rows = options.top_n
    for rows in range(options.top_n, 0, -1):
        table.setMaximumNumberOfFeatures(rows)
        table.refresh()
        if table.totalSize().height() <= room:
            break
    # On atlas pages the rows vary: the caption gives no count.
    caption = tr["top_page"] if options.atlas != "none" else tr["top"].format(count=rows)
    layout.itemById("table_title").setText(caption)
    if options.atlas in _ATLAS_FILTERS:
        table.setFilterFeatures(True)
        table.setFeatureFilter(_ATLAS_FILTERS[options.atlas])
    elif options.atlas == "dh_area":
        table.setFilterToAtlasFeature(True)
    table.refresh()


def _fit_legend(layout, legend) -> None:
    """A legend taller than its box pushes the table below it down (never clipped
    entries); a shorter one gives the table the room. Side-by-side layouts keep their box."""
    caption, frame = layout.itemById("table_title"), layout.itemById("top_synergies")
    box_bottom = legend.positionWithUnits().y() + legend.sizeWithUnits().height()
    if caption.positionWithUnits().y() < box_bottom - 0.1:
        return  # the table is beside the legend (portrait)
    legend.setResizeToContents(True)
    legend.adjustBoxSize()
    gap_mm = 2.0
    shift = legend.positionWithUnits().y() + legend.sizeWithUnits().height() + gap_mm - box_bottom
    frame_bottom = frame.positionWithUnits().y() + frame.sizeWithUnits().height()
    for item in (caption, frame):
        position = item.positionWithUnits()
        item.attemptMove(QgsLayoutPoint(position.x(), position.y() + shift))
    size = frame.sizeWithUnits()
    frame.attemptResize(QgsLayoutSize(size.width(), frame_bottom - frame.positionWithUnits().y()))


def _label(layout, item_id: str, text: str) -> None:
    item = layout.itemById(item_id)
    # A label evaluates [% ... %]; user texts are shown as typed.
    item.setText(text.replace("[%", "[ %"))


def build_layout(layers: MapLayers, options: MapOptions, tr: dict | None = None):
    """The template filled with the layers, texts, table and (optional) atlas."""
    from .. import assets as _assets

    tr = tr or words.map_texts()
    layout = _template(layers.project, options)
    map_item = layout.itemById("map")
    map_item.setCrs(layers.project.crs())
    map_item.setLayers(layers.ordered())
    map_item.setKeepLayerSet(True)
    map_item.zoomToExtent(layers.extent)
    synergies = layers.layers["synergies"] if "synergies" in layers.layers else None
    title = options.title or tr["title"]
    subtitle = options.subtitle or tr["subtitle"].format(count=layers.shown,
                                                         rank=options.max_rank)
    _label(layout, "title", title)
    if layers.coverage is not None:
        atlas = layout.atlas()
        atlas.setCoverageLayer(layers.coverage)
        atlas.setPageNameExpression('"label"')
        atlas.setSortFeatures(True)
        atlas.setSortExpression('lower("label")')
        atlas.setEnabled(True)
        map_item.setAtlasDriven(True)
        map_item.setAtlasScalingMode(QgsLayoutItemMap.AtlasScalingMode.Auto)
        map_item.setAtlasMargin(MARGIN_SHARE * 2)
        if options.atlas in _ATLAS_FILTERS and synergies is not None:
            _filter_renderer(synergies, _ATLAS_FILTERS[options.atlas])
        # The page's site, family or area; the user's subtitle before it when given (the
        # count of the whole map would mislead on a page).
        lead = options.subtitle.replace("[%", "[ %") + " · " if options.subtitle else ""
        layout.itemById("subtitle").setText(lead + "[% attribute(@atlas_feature, 'label') %]")
    else:
        _label(layout, "subtitle", subtitle)
    legend = layout.itemById("legend")
    legend.setTitle(tr["legend"])
    _legend_entries(legend, layers, 26)
    legend.setLegendFilterByMapEnabled(True)
    legend.refresh()
    _fit_legend(layout, legend)
    _scale_bar(layout.itemById("scalebar"), map_item, layers.extent.width())
    north = layout.itemById("north_arrow")
    north.setPicturePath(str(_assets.icon_path("north_arrow.svg")))
    north.setLinkedMap(map_item)
    if synergies is not None:
        _table(layout, synergies, options, tr)
    sources = tr["sources"].format(sources=options.sources or tr["default_sources"],
                                   version=_assets.version())
    if options.public and layers.confidential:
        sources += " " + tr["public"].format(radius=f"{options.radius_m:,.0f}")
    _label(layout, "sources", sources)
    _label(layout, "date", tr["date"].format(date=words.long_date()))
    return layout


# ------------------------------------------------------------------ export
def output_format(path) -> str:
    suffix = Path(path).suffix.lower().lstrip(".")
    if suffix not in FORMATS:
        raise MapError(translate(
            "exportsynergymap",
            "Cannot export to '{name}': give a file name ending in .pdf, .png or .svg."
        ).format(name=Path(path).name))
    return suffix


def _writable_folder(path: Path) -> Path:
    folder = path.parent
    if folder.exists() and not folder.is_dir():
        raise MapError(translate("exportsynergymap", "Cannot write {path}: {folder} is not a "
                                 "folder.").format(path=path, folder=folder))
    try:
        folder.mkdir(parents=True, exist_ok=True)
        return Path(tempfile.mkdtemp(prefix=".ite_map_", dir=folder))
    except OSError as error:
        raise MapError(translate(
            "exportsynergymap",
            "Cannot write into the folder {folder} ({error}): choose a folder you can write to."
        ).format(folder=folder, error=error.strerror or error)) from None


def _export(layout, atlas: bool, kind: str, target: Path, dpi: float, feedback) -> list[Path]:
    exporter = QgsLayoutExporter(layout)
    if kind == "pdf":
        settings = QgsLayoutExporter.PdfExportSettings()
        settings.textRenderFormat = Qgis.TextRenderFormat.AlwaysText
    elif kind == "svg":
        settings = QgsLayoutExporter.SvgExportSettings()
        settings.textRenderFormat = Qgis.TextRenderFormat.AlwaysText
    else:
        settings = QgsLayoutExporter.ImageExportSettings()
    settings.dpi = dpi
    error = ""
    if not atlas:
        run = {"pdf": exporter.exportToPdf, "svg": exporter.exportToSvg,
               "png": exporter.exportToImage}[kind]
        status = run(str(target), settings)
    elif kind == "pdf":
        status, error = QgsLayoutExporter.exportToPdf(layout.atlas(), str(target), settings,
                                                      feedback)
    else:
        stem = QgsExpression.quotedString(target.stem + "_")
        layout.atlas().setFilenameExpression(f"{stem} || lpad(@atlas_featurenumber, 2, '0')")
        run = QgsLayoutExporter.exportToSvg if kind == "svg" else QgsLayoutExporter.exportToImage
        args = (layout.atlas(), str(target), settings, feedback) if kind == "svg" else (
            layout.atlas(), str(target), kind, settings, feedback)
        status, error = run(*args)
    if feedback is not None and feedback.isCanceled():
        raise MapError(translate("exportsynergymap", "Cancelled."))
    if status != QgsLayoutExporter.ExportResult.Success:
        raise MapError(translate("exportsynergymap", "The export failed: {error}").format(
            error=error or exporter.errorMessage() or str(status)))
    return sorted(p for p in target.parent.iterdir() if p.suffix.lower() == "." + kind)


def export_synergy_map(territory: Territory, options: MapOptions, path, feedback=None):
    """Render the territory to ``path`` (.pdf, .png or .svg). An atlas makes one PDF of many
    pages, or numbered PNG/SVG files beside ``path``. Returns the files and page count."""
    path = Path(path)
    kind = output_format(path)
    layers = map_layers(territory, options)
    if feedback is not None:
        feedback.setProgress(20.0)
    layout = build_layout(layers, options)
    if feedback is not None:
        feedback.setProgress(30.0)
    atlas = layers.coverage is not None
    pages = layers.coverage.featureCount() if atlas else 1
    scratch = _writable_folder(path)
    try:
        written = _export(layout, atlas, kind, scratch / path.name, options.dpi, feedback)
        files = []
        for produced in written:
            final = path.parent / produced.name
            produced.replace(final)
            files.append(final)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    if feedback is not None:
        feedback.setProgress(100.0)
    return ExportResult(files=files, pages=pages)


# ------------------------------------------------------------------ plain map image
def render_map_png(layers, path, width_px: int, height_px: int, extent=None, crs=None):
    """A PNG of ``layers`` (QGIS layers, top first) at the given size; returns the path.

    ``extent`` (a QgsRectangle in ``crs``) defaults to all layers with a margin. For a
    territory, pass ``map_layers(Territory(...), MapOptions(public=True)).ordered()`` and its
    ``extent``: the public copies then are what the image shows.
    """
    layers = list(layers)
    settings = QgsMapSettings()
    target_crs = crs or (layers[0].crs() if layers else None)
    if target_crs is not None:
        settings.setDestinationCrs(target_crs)
    settings.setLayers(layers)
    settings.setOutputSize(QSize(int(width_px), int(height_px)))
    settings.setBackgroundColor(QColor("#ffffff"))
    settings.setFlag(Qgis.MapSettingsFlag.Antialiasing, True)
    if extent is None:
        extent = QgsRectangle()
        for layer in layers:
            box = layer.extent()
            if target_crs is not None and layer.crs() != target_crs:
                box = QgsCoordinateTransform(layer.crs(), target_crs,
                                             QgsProject.instance()).transformBoundingBox(box)
            extent.combineExtentWith(box)
        extent = extent.buffered(max(extent.width(), extent.height()) * MARGIN_SHARE)
    settings.setExtent(extent)
    job = QgsMapRendererSequentialJob(settings)
    job.start()
    job.waitForFinished()
    path = Path(path)
    if not job.renderedImage().save(str(path), "PNG"):
        raise MapError(translate("exportsynergymap", "Could not write the image {path}.").format(
            path=path))
    return path
