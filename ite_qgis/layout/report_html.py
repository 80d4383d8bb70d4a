"""The territory report as one self-contained HTML file (no QGIS, no script, no request).

Everything the page shows is inside it: the CSS, the map as a base64 PNG, the Sankey as inline
SVG. It runs no JavaScript and loads nothing, so it opens the same offline, in a mail client or
on an intranet that blocks external hosts. Every text from the data is HTML-escaped.
"""

from __future__ import annotations

import base64
import html
import math
from dataclasses import dataclass, field

import pandas as pd

from ..core.common import i18n
from ..core.common.i18n import translate
from ..core.common.numbers import number

_CSS = """
body{font-family:'DejaVu Sans',Arial,sans-serif;color:#1d2a33;margin:0;background:#f4f6f7}
main{max-width:1100px;margin:0 auto;padding:24px 32px;background:#fff}
h1{font-size:26px;margin:0 0 4px}h2{font-size:19px;margin:28px 0 10px;
border-bottom:2px solid #2a7f62;padding-bottom:4px}
.sub{color:#5a6b75;margin:0 0 12px}.note{font-size:12px;color:#5a6b75}
.public{background:#fff4d6;border-left:4px solid #e0a800;padding:6px 10px;font-size:13px}
.cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(170px,1fr));gap:10px}
.card{border:1px solid #d5dde2;border-radius:6px;padding:10px 12px}
.card b{display:block;font-size:21px;color:#2a7f62}.card span{font-size:12px;color:#5a6b75}
table{border-collapse:collapse;width:100%;font-size:13px}
th,td{border-bottom:1px solid #e3e8eb;padding:5px 6px;text-align:left;vertical-align:top}
th{background:#eef3f1}td.n{text-align:right;white-space:nowrap}
figure{margin:0}figure img,figure svg{max-width:100%;height:auto;border:1px solid #d5dde2}
footer{margin-top:30px;font-size:12px;color:#5a6b75}
tr.detail td{font-size:12px;color:#3b4a54;background:#fafbfb;border-bottom:1px solid #c9d3d8}
tr.detail ul{margin:2px 0 2px 18px;padding:0}tr.detail li{margin:1px 0}
"""


@dataclass
class Indicator:
    label: str
    value: float | None  # None or non-finite: shown as a dash (core.common.numbers.MISSING)
    unit: str = ""
    decimals: int = 0


@dataclass
class Table:
    """Columns as (header, column name, kind): kind ``text`` or a number of decimals.

    ``note``: a paragraph under the title. ``detail``: a column of (text, sub-items) lists
    shown as a full-width row under each row (the evidence of a knowledge-based lead)."""

    title: str
    frame: pd.DataFrame
    columns: list[tuple[str, str, object]]
    empty_text: str = ""
    note: str = ""
    detail: str | None = None


@dataclass
class ReportData:
    title: str
    subtitle: str = ""
    lang: str = field(default_factory=i18n.language)  # the run's
    public: bool = True
    indicators: list[Indicator] = field(default_factory=list)
    dh_indicators: list[Indicator] = field(default_factory=list)
    map_png: bytes | None = None
    sankey_svg: str | None = None
    tables: list[Table] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)
    generated: str = ""
    version: str = ""


def _cards(items: list[Indicator]) -> str:
    cells = []
    for item in items:
        value = number(item.value, item.decimals)
        unit = f" {html.escape(item.unit)}" if item.unit else ""
        cells.append(
            f'<div class="card"><b>{value}{unit}</b><span>{html.escape(item.label)}</span></div>'
        )
    return '<div class="cards">' + "".join(cells) + "</div>"


def _detail(items, width: int) -> str:
    """A full-width row of (text, sub-items) pairs as a nested list, every text escaped."""
    cells = []
    for text, sub in items or []:
        inner = "".join(f"<li>{html.escape(line)}</li>" for line in sub)
        cells.append(f"<li>{html.escape(text)}" + (f"<ul>{inner}</ul>" if inner else "") + "</li>")
    return f'<tr class="detail"><td colspan="{width}"><ul>{"".join(cells)}</ul></td></tr>'


def _table(table: Table) -> str:
    parts = [f"<h2>{html.escape(table.title)}</h2>"]
    if table.note:
        parts.append(f'<p class="note">{html.escape(table.note)}</p>')
    if table.frame is None or table.frame.empty:
        parts.append(f'<p class="note">{html.escape(table.empty_text)}</p>')
        return "".join(parts)
    head = "".join(f"<th>{html.escape(h)}</th>" for h, _c, _k in table.columns)
    rows = []
    for record in table.frame.to_dict("records"):
        cells = []
        for _header, column, kind in table.columns:
            value = record.get(column)
            if kind == "text":
                missing = value is None or (isinstance(value, float) and not math.isfinite(value))
                cells.append(f"<td>{html.escape('' if missing else str(value))}</td>")
            else:
                cells.append(f'<td class="n">{number(value, int(kind))}</td>')
        rows.append("<tr>" + "".join(cells) + "</tr>")
        if table.detail is not None:
            rows.append(_detail(record.get(table.detail), len(table.columns)))
    parts.append(f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>")
    return "".join(parts)


def _strip_xml_prolog(svg: str) -> str:
    start = svg.find("<svg")
    return svg[start:] if start >= 0 else ""


def _titles() -> dict[str, str]:
    return {
        "Indicators": translate("report", "Indicators"),
        "Map": translate("report", "Map"),
        "Territorial metabolism": translate("report", "Territorial metabolism"),
        "District heating candidates": translate("report", "District heating candidates"),
        "Data sources": translate("report", "Data sources"),
    }


def render_report(data: ReportData) -> str:
    """The whole page as one string."""
    lang = i18n.language_of(data.lang)
    titles = _titles()

    def _h(key: str) -> str:
        return html.escape(titles[key])

    out = [
        "<!DOCTYPE html>",
        f'<html lang="{lang}"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        # No request may leave the page, whatever a data string contains.
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
        "img-src data:; style-src 'unsafe-inline'\">",
        f"<title>{html.escape(data.title)}</title><style>{_CSS}</style></head><body><main>",
        f"<h1>{html.escape(data.title)}</h1>",
    ]
    if data.subtitle:
        out.append(f'<p class="sub">{html.escape(data.subtitle)}</p>')
    if data.public:
        out.append(
            '<p class="public">'
            + html.escape(
                translate(
                    "report",
                    "Public version: confidential sites are shown by sector and number, "
                    "their quantities rounded to classes and their locations moved."
                )
            )
            + "</p>"
        )
    out.append(f"<h2>{_h('Indicators')}</h2>")
    out.append(_cards(data.indicators))
    if data.map_png:
        encoded = base64.b64encode(data.map_png).decode("ascii")
        alt = html.escape(translate("report", "Map of the sites, flows and candidate synergies"))
        out.append(f"<h2>{_h('Map')}</h2>")
        out.append(f'<figure><img alt="{alt}" src="data:image/png;base64,{encoded}"></figure>')
    if data.sankey_svg:
        out.append(f"<h2>{_h('Territorial metabolism')}</h2>")
        out.append(f"<figure>{_strip_xml_prolog(data.sankey_svg)}</figure>")
    for table in data.tables:
        out.append(_table(table))
    if data.dh_indicators:
        out.append(f"<h2>{_h('District heating candidates')}</h2>")
        out.append(_cards(data.dh_indicators))
    out.append("<footer>")
    if data.sources:
        out.append(
            f"<p><b>{_h('Data sources')}</b>: "
            + "; ".join(html.escape(s) for s in data.sources)
            + "</p>"
        )
    out.append(
        "<p>"
        + html.escape(
            translate("report", "Generated on {date} by ITE for QGIS {version}.").format(
                date=data.generated, version=data.version
            )
        )
        + "</p></footer></main></body></html>"
    )
    return "\n".join(out)
