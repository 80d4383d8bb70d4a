"""Two QGIS profiles on the same PostGIS territory, side by side, as the README image.

    make build && tools/qgis-env run trixie xvfb-run -a python3 -P tools/screenshot_postgis.py \
        [docs/img/postgis_two_profiles.png]

Starts the test server (tests/qgis/postgres_server.py: a real PostgreSQL + PostGIS in a
temporary folder, on 127.0.0.1), creates the Dunkirk territory in a PostGIS schema with
ite:createterritory and its roles, and adds two login roles: alice (facilitator) and paul
(public). Each is connected as QGIS connects (a postgres layer with that user), and renders a
map canvas of the sites (the three confidential ones in red, labelled by name) above the
resources of the three confidential sites as QGIS reads them: on the left the base tables
(real names and points, exact quantities), on the right the public views (sector names, public
ids, quantity classes, moved points).
"""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "build"))
sys.path.insert(0, str(REPO / "tools"))
sys.path.insert(0, str(REPO / "tests" / "qgis"))
sys.path.append("/usr/share/qgis/python/plugins")
from figure_page import shrink  # noqa: E402
from qgis.core import (  # noqa: E402
    QgsApplication,
    QgsDataSourceUri,
    QgsMapRendererCustomPainterJob,
    QgsMapSettings,
    QgsMarkerSymbol,
    QgsPalLayerSettings,
    QgsProviderRegistry,
    QgsRectangle,
    QgsSingleSymbolRenderer,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QRectF, QSize, Qt  # noqa: E402
from qgis.PyQt.QtGui import QColor, QFont, QImage, QPainter  # noqa: E402
from screenshot_dh import styled  # noqa: E402
from style_common import labels  # noqa: E402

SCHEMA = "dunkirk"
PASSWORD = "pw-Shot-1"
USERS = {"alice": "facilitator", "paul": "public"}
CONFIDENTIAL = ("DK16", "DK17", "DK19")
MAP_W, MAP_H, TABLE_H, TITLE_H, GAP = 900, 470, 280, 56, 24


def _territory(server) -> None:
    from postgis_helpers import add_logins, load_dunkirk

    uri = QgsDataSourceUri()
    uri.setConnection("127.0.0.1", str(server.port), "ite", "ite_admin",
                      server.dsn()["password"])
    metadata = QgsProviderRegistry.instance().providerMetadata("postgres")
    metadata.saveConnection(metadata.createConnection(
        uri.uri(False), {"saveUsername": True, "savePassword": True}), "screenshot")
    load_dunkirk("screenshot", SCHEMA, ROLES=0)
    add_logins(server, PASSWORD, {user: f"{SCHEMA}_{kind}" for user, kind in USERS.items()})


def _layer(server, user: str, table: str, geometry: str | None, key: str):
    uri = QgsDataSourceUri()
    uri.setConnection("127.0.0.1", str(server.port), "ite", user, PASSWORD)
    uri.setDataSource(SCHEMA, table, geometry, "", key)
    layer = QgsVectorLayer(uri.uri(False), f"{table} ({user})", "postgres")
    assert layer.isValid(), f"{user} cannot open {table}"
    return layer


def _highlighted(layer, where: str, name: str):
    """The confidential sites of ``layer`` (a second layer on the same table, ``where``): red
    markers labelled with the name this user reads."""
    marked = QgsVectorLayer(layer.source(), name, "postgres")
    marked.setSubsetString(where)
    symbol = QgsMarkerSymbol.createSimple({"name": "circle", "color": "#d7301f", "size": "3.6",
                                           "outline_color": "white", "outline_width": "0.4"})
    marked.setRenderer(QgsSingleSymbolRenderer(symbol))
    labelling = labels('"site_id" || \': \' || "name"')
    settings = labelling.settings()
    text = settings.format()
    text.setSize(10)
    text.setColor(QColor("#9e1b0f"))
    settings.setFormat(text)
    settings.dist = 1.5
    settings.priority = 10  # the three names are what the image is about
    settings.autoWrapLength = 34  # the long sector names of the public view on two lines
    positions = QgsPalLayerSettings.PredefinedPointPosition
    settings.pointSettings().setPredefinedPositionOrder(
        [positions.TopRight, positions.BottomRight, positions.MiddleRight, positions.TopLeft,
         positions.BottomLeft, positions.MiddleLeft, positions.TopMiddle, positions.BottomMiddle])
    labelling.setSettings(settings)
    marked.setLabeling(labelling)
    marked.setLabelsEnabled(True)
    return marked


def _map(layers, extent) -> QImage:
    settings = QgsMapSettings()
    settings.setLayers(layers)
    settings.setDestinationCrs(layers[-1].crs())
    settings.setOutputSize(QSize(MAP_W, MAP_H))
    settings.setOutputDpi(110)
    settings.setExtent(extent)
    settings.setBackgroundColor(QColor("#f4f1ea"))
    image = QImage(QSize(MAP_W, MAP_H), QImage.Format.Format_ARGB32)
    image.fill(QColor("#f4f1ea"))
    painter = QPainter(image)
    job = QgsMapRendererCustomPainterJob(settings, painter)
    job.start()
    job.waitForFinished()
    painter.end()
    return image


def _rows(resources, sites_of: list[str]) -> list[str]:
    """The confidential sites' resources as QGIS reads them for that user."""
    rows = []
    for feature in resources.getFeatures():
        if feature["resource_id"] in sites_of:
            quantity = feature["quantity"]
            rows.append((feature["resource_id"], f"{feature['site_id']:<10}",
                         f"{feature['resource'][:26]:<26}",
                         f"{quantity:>14,.0f} {feature['unit']}"))
    return ["  ".join(row) for row in sorted(rows)]


def _panel(painter, left: int, title: str, subtitle: str, image: QImage, rows: list[str]):
    painter.setPen(QColor("#1b1b1b"))
    painter.setFont(QFont("DejaVu Sans", 22, QFont.Weight.Bold))
    painter.drawText(QRectF(left, 6, MAP_W, 34), Qt.AlignmentFlag.AlignLeft, title)
    painter.setFont(QFont("DejaVu Sans", 11))
    painter.drawText(QRectF(left, 36, MAP_W, 20), Qt.AlignmentFlag.AlignLeft, subtitle)
    painter.drawImage(left, TITLE_H, image)
    painter.setPen(QColor("#888888"))
    painter.drawRect(left, TITLE_H, MAP_W, MAP_H)
    top = TITLE_H + MAP_H + 10
    painter.setPen(QColor("#1b1b1b"))
    painter.setFont(QFont("DejaVu Sans", 11, QFont.Weight.Bold))
    painter.drawText(QRectF(left, top, MAP_W, 20), Qt.AlignmentFlag.AlignLeft,
                     "Resources of the three confidential sites (red on the map), as QGIS "
                     "reads them")
    painter.setFont(QFont("DejaVu Sans Mono", 11))
    for index, row in enumerate(rows):
        painter.drawText(QRectF(left, top + 26 + 21 * index, MAP_W, 20),
                         Qt.AlignmentFlag.AlignLeft, row)


def render(server, output: Path) -> None:
    _territory(server)
    facilitator = {"sites": _layer(server, "alice", "sites", "geom", "fid"),
                   "resources": _layer(server, "alice", "resources", None, "fid")}
    public = {"sites": _layer(server, "paul", "public_sites", "geom", "site_id"),
              "resources": _layer(server, "paul", "public_resources", None, "resource_id")}
    hidden = [f["resource_id"] for f in facilitator["resources"].getFeatures()
              if f["site_id"] in CONFIDENTIAL]
    quoted = ", ".join(f"'{site}'" for site in CONFIDENTIAL)
    panels = []
    for layers, where in ((facilitator, f'"site_id" IN ({quoted})'),
                          (public, "\"site_id\" LIKE 'site-%'")):
        sites = styled(layers["sites"], "sites", "Sites")
        sites.setLabelsEnabled(False)  # the other sites: points only, the same on both sides
        marked = _highlighted(sites, where, "Confidential sites")
        panels.append(([marked, sites], _rows(layers["resources"], hidden)))
    # Around the confidential sites, where they are and where the public reads them.
    box = QgsRectangle(panels[0][0][0].extent())
    box.combineExtentWith(panels[1][0][0].extent())
    extent = QgsRectangle(box.xMinimum() - 3000.0, box.yMinimum() - 1500.0,
                          box.xMaximum() + 9000.0, box.yMaximum() + 1500.0)  # names go right
    panels = [(_map(layers, extent), rows) for layers, rows in panels]
    width, height = 2 * MAP_W + 3 * GAP, TITLE_H + MAP_H + TABLE_H
    canvas = QImage(QSize(width, height), QImage.Format.Format_RGB32)
    canvas.fill(QColor("white"))
    painter = QPainter(canvas)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    _panel(painter, GAP, "Facilitator", f"alice, role {SCHEMA}_facilitator: the base tables "
           "sites and resources", *panels[0])
    _panel(painter, 2 * GAP + MAP_W, "Public", f"paul, role {SCHEMA}_public: the views "
           "public_sites and public_resources", *panels[1])
    painter.end()
    output.parent.mkdir(parents=True, exist_ok=True)
    assert canvas.save(str(output)), output
    shrink(output)


def main() -> int:
    output = Path(sys.argv[1]) if len(sys.argv) > 1 else \
        REPO / "docs" / "img" / "postgis_two_profiles.png"
    app = QgsApplication([], True)
    app.initQgis()
    from processing.core.Processing import Processing

    Processing.initialize()
    import postgres_server

    import ite_qgis

    plugin = ite_qgis.classFactory(None)  # kept alive: it owns the Processing provider
    plugin.initProcessing()
    server, reason = postgres_server.start()
    if server is None:
        print(f"no PostgreSQL server could be started: {reason}", file=sys.stderr)
        return 1
    try:
        render(server, output)
    finally:
        server.stop()
    print(output)
    del plugin
    return 0


if __name__ == "__main__":
    sys.exit(main())
