"""Sankey diagrams as standalone SVG text: no network, no script, no library beyond numpy/pandas.

A diagram is drawn from a table of links (``source``, ``target``, ``value``, ``family``, and
optionally ``kind``, ``source_label``, ``target_label``). Nodes are placed in columns by their
depth in the graph (a node's column is one more than the deepest of its sources), stacked with
heights proportional to the larger of what flows in and out, and joined by bands whose width is
the link's value. Links are coloured by resource family with the colours of the map styles.
Every text is XML-escaped; the document parses as XML and opens in any browser or in Inkscape.
A link whose value is not a finite number is not drawn, and a panel whose totals overflow says
so instead of its diagram: no coordinate, height or label is ever "nan" or "inf".
"""

from __future__ import annotations

from xml.sax.saxutils import escape, quoteattr

import numpy as np
import pandas as pd

from ..common.families import FAMILY_COLOURS
from ..common.i18n import translate
from ..common.numbers import number

WIDTH = 1000
NODE_WIDTH = 14
NODE_GAP = 6  # px between the slots of two nodes of a column
LABEL_HEIGHT = 26  # px a node's two label lines need
LABEL_CHARS = 36  # longer labels are cut (the whole label stays in the tooltip)
FONT = "DejaVu Sans, Verdana, Arial, sans-serif"
SECTOR_COLOUR = "#455a64"
REST_COLOUR = "#9e9e9e"
KIND_OPACITY = {"supply": 0.45, "existing": 0.6, "candidate": 0.28, "not_looped": 0.35}


def _nothing() -> str:
    return translate("sankey", "Nothing to show.")


def _too_large() -> str:
    return translate(
        "sankey", "The quantities add up to more than a number can hold: nothing is drawn."
    )


def _text(value: str) -> str:
    return escape(str(value))


def _short(label: str) -> str:
    label = str(label)
    return label if len(label) <= LABEL_CHARS else label[: LABEL_CHARS - 1].rstrip() + "\u2026"


def _number(value: float) -> str:
    if not np.isfinite(value) or value >= 100:
        return number(value)
    if value >= 1:
        return number(value, 1).rstrip("0").rstrip(".")
    return f"{value:.2g}"


def _layout(links: pd.DataFrame):
    """Node table (id, label, column, value, colour) in drawing order."""
    sources, targets = links["source"].to_numpy(), links["target"].to_numpy()
    nodes = list(dict.fromkeys(list(sources) + list(targets)))
    depth = dict.fromkeys(nodes, 0)
    for _ in range(len(nodes)):  # longest path from a source; the graph has no cycle
        changed = False
        for s, t in zip(sources, targets, strict=False):
            if depth[t] < depth[s] + 1:
                depth[t], changed = depth[s] + 1, True
        if not changed:
            break
    out_value = links.groupby("source")["value"].sum()
    in_value = links.groupby("target")["value"].sum()
    labels = {}
    for column, label in (("source", "source_label"), ("target", "target_label")):
        names = links[label] if label in links.columns else links[column]
        labels.update(zip(links[column], names, strict=False))
    colours = {}
    for s, t, family in zip(sources, targets, links["family"], strict=False):
        for node in (s, t):
            if str(node).startswith("family:"):
                colours[node] = FAMILY_COLOURS.get(family, SECTOR_COLOUR)
    table = pd.DataFrame({"id": nodes})
    table["column"] = table["id"].map(depth)
    table["value"] = np.maximum(
        table["id"].map(out_value).fillna(0.0), table["id"].map(in_value).fillna(0.0)
    )
    table["label"] = table["id"].map(labels).fillna(table["id"]).astype(str)
    rest = table["id"].str.contains("not_looped") | (table["id"] == "not_looped")
    table["colour"] = table["id"].map(colours).fillna(SECTOR_COLOUR)
    table.loc[rest, "colour"] = REST_COLOUR
    table["last"] = rest
    return table


def _scale(nodes: pd.DataFrame, height: float) -> float:
    """Pixels per unit so that every column fits in ``height``, each node taking at least a
    label's height (fixed point of a few iterations: small nodes take room of their own)."""
    scale = np.inf
    for _ in range(6):
        heights = nodes["value"] * scale
        small = heights < LABEL_HEIGHT
        fixed = (LABEL_HEIGHT * small + NODE_GAP).groupby(nodes["column"]).sum() - NODE_GAP
        flexible = nodes["value"].where(~small, 0.0).groupby(nodes["column"]).sum()
        usable = (height - fixed).clip(lower=height * 0.2)
        ratios = (usable / flexible.where(flexible > 0)).dropna()
        new = float(ratios.min()) if len(ratios) else 1.0
        if np.isfinite(scale) and abs(new - scale) <= 1e-9 * max(scale, 1.0):
            break
        scale = new
    return scale


def _panel(links: pd.DataFrame, top: float, title: str, subtitle: str, unit_label: str,
           width: int) -> tuple[list[str], float]:
    """SVG elements of one diagram starting at ``top``; returns them and the panel's height."""
    parts = [
        f'<text x="24" y="{top + 22:.1f}" class="panel">{_text(title)}</text>',
    ]
    y0 = top + 34
    if subtitle:
        parts.append(f'<text x="24" y="{top + 42:.1f}" class="sub">{_text(subtitle)}</text>')
        y0 = top + 56
    value = pd.to_numeric(links["value"], errors="coerce").astype(float)
    links = links[np.isfinite(value) & (value > 0)].reset_index(drop=True)
    if links.empty:
        return parts + [_note(y0, _nothing())], y0 - top + 30
    with np.errstate(over="ignore", invalid="ignore"):
        nodes = _layout(links)
        n_columns = int(nodes["column"].max()) + 1
        per_column = nodes.groupby("column").size()
        height = max(240.0, LABEL_HEIGHT * 1.25 * per_column.max())
        scale = _scale(nodes, height)
    if not (np.isfinite(nodes["value"]).all() and np.isfinite(scale) and scale > 0):
        return parts + [_note(y0, _too_large())], y0 - top + 30
    # When one node dwarfs the others (values ten decades apart), the small ones all take a
    # label's height: the panel grows to hold its tallest column rather than overflow the next.
    slots = np.maximum(nodes["value"] * scale, LABEL_HEIGHT) + NODE_GAP
    height = max(height, float(slots.groupby(nodes["column"]).sum().max()) - NODE_GAP)
    y_top = _node_tops(nodes, links, n_columns, y0, height, scale)
    nodes["y"] = nodes["id"].map(y_top)
    nodes["x"] = nodes["column"].map(_column_x(nodes, n_columns, width))
    # Bands leave a node in the order of their targets and enter in the order of their sources.
    links = links.assign(
        sy=links["source"].map(y_top), ty=links["target"].map(y_top),
        h=links["value"] * scale,
    )
    out_offset = links.sort_values(["source", "ty"]).groupby("source")["h"].cumsum() - links["h"]
    in_offset = links.sort_values(["target", "sy"]).groupby("target")["h"].cumsum() - links["h"]
    links["y_out"] = links["sy"] + out_offset
    links["y_in"] = links["ty"] + in_offset
    node_x = dict(zip(nodes["id"], nodes["x"], strict=False))
    parts.append('<g class="links">')
    parts.extend(_bands(links, node_x, unit_label))
    parts.append("</g>")
    parts.append('<g class="nodes">')
    parts.extend(_node_marks(nodes, scale, n_columns, unit_label))
    parts.append("</g>")
    return parts, (y0 - top) + height + 24


def _note(y0: float, text: str) -> str:
    return f'<text x="24" y="{y0 + 16:.1f}" class="sub">{_text(text)}</text>'


def _column_x(nodes: pd.DataFrame, n_columns: int, width: int) -> dict[int, float]:
    """Left edge of the nodes of each column, leaving room for the labels (about 6.6 px per
    character at 12 px): left of the first column, right of the others."""
    first = nodes.loc[nodes["column"] == 0, "label"].map(lambda t: len(_short(t)))
    others = nodes.loc[nodes["column"] > 0, "label"].map(lambda t: len(_short(t)))
    margin_left = 24.0 + 6.6 * (first.max() if len(first) and n_columns > 1 else 0)
    margin_right = 24.0 + 6.6 * (others.max() if len(others) else 0)
    span = width - margin_left - margin_right - NODE_WIDTH
    return {c: margin_left + span * c / max(n_columns - 1, 1) for c in range(n_columns)}


def _node_tops(nodes: pd.DataFrame, links: pd.DataFrame, n_columns: int, y0: float,
               height: float, scale: float) -> dict[str, float]:
    """Top of each node. Order: the first column by value; later ones by the mean position of
    their sources, so bands cross as little as possible; 'not looped' last."""
    position: dict[str, float] = {}
    y_top: dict[str, float] = {}
    for column in range(n_columns):
        members = nodes[nodes["column"] == column].copy()
        if column == 0:
            members["order"] = -members["value"]
        else:
            incoming = links[links["target"].isin(members["id"])]
            weights = incoming["source"].map(position) * incoming["value"]
            mean = weights.groupby(incoming["target"]).sum() / incoming.groupby("target")[
                "value"
            ].sum()
            members["order"] = members["id"].map(mean).fillna(0.0) - members["value"] * 1e-12
        members = members.sort_values(["last", "order"])
        slots = np.maximum(members["value"].to_numpy() * scale, LABEL_HEIGHT) + NODE_GAP
        y = y0 + (height - slots.sum() + NODE_GAP) / 2.0
        for rank, (row, slot) in enumerate(zip(members.itertuples(), slots, strict=False)):
            # A node smaller than its label sits in the middle of the label's slot.
            y_top[row.id] = y + (slot - NODE_GAP - row.value * scale) / 2.0
            position[row.id] = rank
            y += slot
    return y_top


def _bands(links: pd.DataFrame, node_x: dict[str, float], unit_label: str) -> list[str]:
    """SVG paths of the bands, widest first, coloured by family and styled by kind."""
    parts = []
    order = links.sort_values("h", ascending=False)
    for link in order.itertuples():
        x_a = node_x[link.source] + NODE_WIDTH
        x_b = node_x[link.target]
        h = max(link.h, 0.8)
        a, b = link.y_out, link.y_in
        mid = (x_a + x_b) / 2.0
        kind = getattr(link, "kind", "existing") or "existing"
        colour = REST_COLOUR if kind == "not_looped" else FAMILY_COLOURS.get(link.family,
                                                                             SECTOR_COLOUR)
        path = (
            f"M{x_a:.1f},{a:.1f} C{mid:.1f},{a:.1f} {mid:.1f},{b:.1f} {x_b:.1f},{b:.1f} "
            f"L{x_b:.1f},{b + h:.1f} C{mid:.1f},{b + h:.1f} {mid:.1f},{a + h:.1f} "
            f"{x_a:.1f},{a + h:.1f} Z"
        )
        dash = ' stroke-dasharray="4 3" stroke-width="1"' if kind == "candidate" else ""
        stroke = f' stroke={quoteattr(colour)}' if kind == "candidate" else ""
        source_label = getattr(link, "source_label", link.source)
        target_label = getattr(link, "target_label", link.target)
        tip = f"{source_label} \u2192 {target_label}: {_number(link.value)} {unit_label}"
        parts.append(
            f'<path d="{path}" fill={quoteattr(colour)} fill-opacity="'
            f'{KIND_OPACITY.get(kind, 0.5)}"{stroke}{dash}><title>{_text(tip)}</title></path>'
        )
    return parts


def _node_marks(nodes: pd.DataFrame, scale: float, n_columns: int, unit_label: str) -> list[str]:
    """SVG rectangles and labels of the nodes."""
    parts = []
    for node in nodes.itertuples():
        h = max(node.value * scale, 1.5)
        parts.append(
            f'<rect x="{node.x:.1f}" y="{node.y:.1f}" width="{NODE_WIDTH}" height="{h:.1f}" '
            f'fill={quoteattr(node.colour)}><title>{_text(node.label)}: '
            f'{_text(_number(node.value))} {_text(unit_label)}</title></rect>'
        )
        centre = node.y + h / 2.0
        # First column: labels on the left of the nodes; the others on their right.
        if node.column == 0 and n_columns > 1:
            x, anchor = node.x - 6, "end"
        else:
            x, anchor = node.x + NODE_WIDTH + 6, "start"
        if 0 < node.column < n_columns - 1:
            # Middle labels sit over the bands: a light plate keeps them legible everywhere.
            chars = max(len(_short(node.label)), len(_number(node.value)) + len(unit_label) + 1)
            parts.append(
                f'<rect x="{x - 3:.1f}" y="{centre - 13:.1f}" width="{6.6 * chars + 6:.1f}" '
                f'height="28" rx="3" fill="#ffffff" fill-opacity="0.8"/>'
            )
        parts.append(
            f'<text x="{x:.1f}" y="{centre - 1:.1f}" text-anchor="{anchor}" class="label">'
            f'{_text(_short(node.label))}</text>'
            f'<text x="{x:.1f}" y="{centre + 11:.1f}" text-anchor="{anchor}" class="value">'
            f'{_text(_number(node.value))} {_text(unit_label)}</text>'
        )
    return parts


def _legend(top: float) -> list[str]:
    items = (
        (FAMILY_COLOURS["heat"], 0.6, "", translate("sankey", "Existing exchange")),
        (FAMILY_COLOURS["heat"], 0.28, ' stroke="#e53935" stroke-dasharray="4 3"',
         translate("sankey", "Candidate synergy (potential)")),
        (REST_COLOUR, 0.35, "", translate("sankey", "Not looped (no exchange found)")),
    )
    parts, x = [], 24.0
    for colour, opacity, extra, label in items:
        parts.append(
            f'<rect x="{x:.1f}" y="{top:.1f}" width="26" height="12" fill={quoteattr(colour)} '
            f'fill-opacity="{opacity}"{extra}/>'
            f'<text x="{x + 32:.1f}" y="{top + 10:.1f}" class="value">{_text(label)}</text>'
        )
        x += 40 + 7.0 * len(label)
    return parts


_STYLE = (
    "<style>"
    f"text{{font-family:{FONT};fill:#263238}}"
    ".title{font-size:19px;font-weight:bold}"
    ".panel{font-size:15px;font-weight:bold}"
    ".sub{font-size:12px;fill:#546e7a}"
    ".label{font-size:12px;paint-order:stroke;stroke:#fff;stroke-width:3px;"
    "stroke-linejoin:round}"
    ".value{font-size:10.5px;fill:#546e7a;paint-order:stroke;stroke:#fff;stroke-width:3px;"
    "stroke-linejoin:round}"
    "</style>"
)


def stacked_sankey_svg(panels: list[dict], title: str = "", width: int = WIDTH) -> str:
    """One SVG document with one diagram per panel, stacked vertically. Each panel is a dict
    with ``links``, ``title``, and optionally ``subtitle`` and ``unit_label``."""
    body: list[str] = []
    top = 12.0
    if title:
        body.append(f'<text x="24" y="{top + 22:.1f}" class="title">{_text(title)}</text>')
        top += 36
    for panel in panels:
        parts, height = _panel(
            panel["links"], top, panel.get("title", ""), panel.get("subtitle", ""),
            panel.get("unit_label", ""), width,
        )
        body.extend(parts)
        top += height + 10
    if not panels:
        body.append(
            f'<text x="24" y="{top + 16:.1f}" class="sub">'
            f"{_text(_nothing())}</text>"
        )
        top += 30
    body.extend(_legend(top))
    total = top + 28
    head = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{total:.0f}" '
        f'viewBox="0 0 {width} {total:.0f}" role="img">'
        f"<title>{_text(title)}</title>{_STYLE}"
        f'<rect width="100%" height="100%" fill="#ffffff"/>'
    )
    return head + "".join(body) + "</svg>\n"


def sankey_svg(links: pd.DataFrame, title: str = "", unit_label: str = "", *,
               subtitle: str = "", width: int = WIDTH) -> str:
    """A standalone SVG Sankey diagram of ``links`` (source, target, value, family; optional
    kind, source_label, target_label), values already in ``unit_label``."""
    return stacked_sankey_svg(
        [{"links": links, "title": "", "subtitle": subtitle, "unit_label": unit_label}],
        title, width,
    )
