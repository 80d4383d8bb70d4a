#!/usr/bin/env python3
"""Generate the print layout templates of the synergy map in resources/layouts/.

Run inside a QGIS root: tools/qgis-env run trixie env QT_QPA_PLATFORM=offscreen \
    python3 tools/layouts.py
The .qpt files are committed; this script documents how they were made and remakes them.

Each template (A4/A3, portrait/landscape) holds items found by their id at run time
(ite_qgis/layout/synergy_map.py): ``title``, ``subtitle``, ``map``, ``legend``, ``scalebar``,
``north_arrow``, ``table_title``, ``top_synergies`` (the frame of an attribute table),
``sources`` and ``date``.
Texts, layers, the table's columns and the north arrow picture are set at run time, in the
language of the run; the templates hold geometry and typography only.
"""

import sys
from pathlib import Path

from qgis.core import (
    QgsApplication,
    QgsLayoutFrame,
    QgsLayoutItemAttributeTable,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemMap,
    QgsLayoutItemPicture,
    QgsLayoutItemScaleBar,
    QgsLayoutMeasurement,
    QgsLayoutMultiFrame,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsLayoutTable,
    QgsLegendStyle,
    QgsPrintLayout,
    QgsProject,
    QgsReadWriteContext,
    QgsTextFormat,
)
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QColor, QFont

LAYOUTS = Path(__file__).resolve().parents[1] / "resources" / "layouts"
PAPERS = {"a4": (297.0, 210.0), "a3": (420.0, 297.0)}  # ISO 216, landscape width x height (mm)
FONT = "DejaVu Sans"
INK = QColor("#263238")


def _text(size_pt: float, bold: bool = False, colour: QColor = INK) -> QgsTextFormat:
    font = QFont(FONT)
    font.setBold(bold)
    text = QgsTextFormat()
    text.setFont(font)
    text.setSize(size_pt)
    text.setColor(colour)
    return text


def _place(item, x: float, y: float, w: float, h: float) -> None:
    item.attemptMove(QgsLayoutPoint(x, y))
    item.attemptResize(QgsLayoutSize(w, h))


def _label(layout, item_id, rect, size_pt, bold=False, align=Qt.AlignmentFlag.AlignLeft):
    label = QgsLayoutItemLabel(layout)
    label.setId(item_id)
    label.setText("")
    label.setTextFormat(_text(size_pt, bold))
    label.setHAlign(align)
    label.setVAlign(Qt.AlignmentFlag.AlignVCenter)
    layout.addLayoutItem(label)
    _place(label, *rect)
    return label


def _map(layout, rect):
    item = QgsLayoutItemMap(layout)
    item.setId("map")
    item.setFrameEnabled(True)
    item.setFrameStrokeWidth(QgsLayoutMeasurement(0.3))
    item.setFrameStrokeColor(INK)
    item.setBackgroundColor(QColor("#f4f6f4"))
    layout.addLayoutItem(item)
    _place(item, *rect)
    return item


def _legend(layout, map_item, rect, k):
    legend = QgsLayoutItemLegend(layout)
    legend.setId("legend")
    legend.setLinkedMap(map_item)
    legend.setResizeToContents(False)
    legend.setBackgroundEnabled(False)
    legend.setSymbolWidth(6 * k)
    legend.setSymbolHeight(3.2 * k)
    legend.setWrapString("~")
    legend.setColumnCount(2)
    legend.setSplitLayer(True)
    legend.setEqualColumnWidth(False)
    legend.setColumnSpace(3.0 * k)
    for style, size, bold in (
        (QgsLegendStyle.Style.Title, 10.5 * k, True),
        (QgsLegendStyle.Style.Group, 8.5 * k, True),
        (QgsLegendStyle.Style.Subgroup, 8 * k, True),
        (QgsLegendStyle.Style.SymbolLabel, 7.5 * k, False),
    ):
        legend.rstyle(style).setTextFormat(_text(size, bold))
    legend.rstyle(QgsLegendStyle.Style.Subgroup).setMargin(QgsLegendStyle.Side.Top, 2.0 * k)
    layout.addLayoutItem(legend)
    _place(legend, *rect)
    return legend


def _scalebar(layout, map_item, x, y, k):
    bar = QgsLayoutItemScaleBar(layout)
    bar.setId("scalebar")
    bar.setStyle("Single Box")
    bar.setLinkedMap(map_item)
    bar.setNumberOfSegmentsLeft(0)
    bar.setNumberOfSegments(2)
    bar.setHeight(1.8 * k)
    bar.setTextFormat(_text(7.5 * k))
    bar.setBackgroundEnabled(True)
    bar.setBackgroundColor(QColor(255, 255, 255, 220))
    bar.setBoxContentSpace(1.5 * k)
    layout.addLayoutItem(bar)
    bar.attemptMove(QgsLayoutPoint(x, y))
    return bar


def _north_arrow(layout, rect):
    picture = QgsLayoutItemPicture(layout)
    picture.setId("north_arrow")
    picture.setResizeMode(QgsLayoutItemPicture.ResizeMode.Zoom)
    layout.addLayoutItem(picture)
    _place(picture, *rect)
    return picture


def _table(layout, rect, k):
    table = QgsLayoutItemAttributeTable.create(layout)
    table.setHeaderTextFormat(_text(6.3 * k, True))
    table.setContentTextFormat(_text(6.5 * k))
    table.setCellMargin(0.9 * k)
    table.setGridStrokeWidth(0.1)
    table.setGridColor(QColor("#90a4ae"))
    table.setHorizontalGrid(True)
    table.setVerticalGrid(False)
    table.setWrapBehavior(QgsLayoutTable.WrapBehavior.WrapText)
    table.setEmptyTableBehavior(QgsLayoutTable.EmptyTableMode.ShowMessage)
    table.setHeaderHAlignment(QgsLayoutTable.HeaderHAlignment.FollowColumn)
    table.setResizeMode(QgsLayoutMultiFrame.ResizeMode.UseExistingFrames)
    table.setMaximumNumberOfFeatures(10)
    layout.addMultiFrame(table)
    frame = QgsLayoutFrame(layout, table)
    frame.setId("top_synergies")
    table.addFrame(frame)
    _place(frame, *rect)  # after addFrame, which sizes the frame to the (empty) table
    return table


def template(paper: str, orientation: str) -> QgsPrintLayout:
    """One layout: geometry in mm; ``k`` scales type and margins with the paper (A3 = x1.4)."""
    width, height = PAPERS[paper]
    if orientation == "portrait":
        width, height = height, width
    k = 1.0 if paper == "a4" else 1.35
    layout = QgsPrintLayout(QgsProject.instance())
    layout.initializeDefaults()
    layout.setName(f"ITE synergy map {paper.upper()} {orientation}")
    page = layout.pageCollection().page(0)
    page.setPageSize(QgsLayoutSize(width, height))
    margin = 8.0 * k
    inner_w = width - 2 * margin
    _label(layout, "title", (margin, margin, inner_w, 9.0 * k), 16 * k, bold=True)
    _label(layout, "subtitle", (margin, margin + 9.0 * k, inner_w, 6.0 * k), 10 * k)
    top = margin + 17.0 * k
    footer_h = 9.0 * k
    bottom = height - margin - footer_h - 2.0 * k
    gap = 5.0 * k
    if orientation == "landscape":
        map_w = round(inner_w * 0.66, 1)
        map_rect = (margin, top, map_w, bottom - top)
        side_x, side_w = margin + map_w + gap, inner_w - map_w - gap
        legend_h = (bottom - top) * 0.45
        legend_rect = (side_x, top, side_w, legend_h)
        table_rect = (side_x, top + legend_h + gap, side_w, bottom - top - legend_h - gap)
    else:
        map_h = round((bottom - top) * 0.60, 1)
        map_rect = (margin, top, inner_w, map_h)
        lower = top + map_h + gap
        legend_w = inner_w * 0.42
        legend_rect = (margin, lower, legend_w, bottom - lower)
        table_rect = (margin + legend_w + gap, lower, inner_w - legend_w - gap, bottom - lower)
    map_item = _map(layout, map_rect)
    _legend(layout, map_item, legend_rect, k)
    tx, ty, tw, th = table_rect
    caption_h = 6.0 * k
    _label(layout, "table_title", (tx, ty, tw, caption_h), 8.5 * k, bold=True)
    _table(layout, (tx, ty + caption_h, tw, th - caption_h), k)
    mx, my, mw, mh = map_rect
    _north_arrow(layout, (mx + mw - 12.0 * k, my + 3.0 * k, 9.0 * k, 13.5 * k))
    _scalebar(layout, map_item, mx + 3.0 * k, my + mh - 11.0 * k, k)
    footer_y = height - margin - footer_h
    _label(layout, "sources", (margin, footer_y, inner_w * 0.78, footer_h), 6.5 * k)
    _label(
        layout,
        "date",
        (margin + inner_w * 0.78, footer_y, inner_w * 0.22, footer_h),
        6.5 * k,
        align=Qt.AlignmentFlag.AlignRight,
    )
    return layout


def main() -> int:
    LAYOUTS.mkdir(parents=True, exist_ok=True)
    for paper in PAPERS:
        for orientation in ("portrait", "landscape"):
            layout = template(paper, orientation)
            path = LAYOUTS / f"synergy_map_{paper}_{orientation}.qpt"
            if not layout.saveAsTemplate(str(path), QgsReadWriteContext()):
                print("could not write", path, file=sys.stderr)
                return 1
            print("wrote", path.relative_to(LAYOUTS.parents[1]))
    return 0


if __name__ == "__main__":
    app = QgsApplication([], False)
    app.initQgis()
    sys.exit(main())
