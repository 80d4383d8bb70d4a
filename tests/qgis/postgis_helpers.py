"""What the PostGIS tests (and tools/screenshot_postgis.py) share: the Dunkirk sample loaded
into a territory schema, login roles, ``postgis:`` destinations and layers, and the comparison
of a run on PostGIS with the same run on a GeoPackage. Needs QGIS with the plugin's Processing
provider; the server itself is tests/qgis/postgres_server.py."""

from __future__ import annotations

import math
import re

from qgis.core import QgsDataSourceUri, QgsVectorLayer


def load_dunkirk(connection: str, schema: str, **parameters) -> tuple:
    """``ite:createterritory`` into ``schema`` through the QGIS connection ``connection`` (with
    any further ``parameters``: ROLES, COMPANIES...), then the Dunkirk sample's rows imported;
    returns the (sites, resources, flows) frames imported."""
    import processing

    from ite_qgis.core.samples.dunkirk import sample_territory
    from ite_qgis.qgis_bridge.postgis import import_tables

    result = processing.run("ite:createterritory", {
        "CRS": "EPSG:2154", "CONNECTION": connection, "SCHEMA": schema, **parameters})
    assert result["SCHEMA"] == schema
    sites, resources, flows = sample_territory("EPSG:2154")
    counts = import_tables(connection, schema, 2154,
                           {"sites": sites, "resources": resources, "flows": flows})
    assert counts == {"sites": len(sites), "resources": len(resources), "flows": len(flows)}
    return sites, resources, flows


def add_logins(server, password: str, grants: dict) -> None:
    """A login role per user of ``grants`` ({user: role}), member of that role."""
    admin = server.connect()
    with admin.cursor() as cursor:
        for user, role in grants.items():
            cursor.execute(f"CREATE ROLE {user} LOGIN PASSWORD %s", (password,))
            cursor.execute(f"GRANT {role} TO {user}")
    admin.close()


def destination(uri: QgsDataSourceUri, schema: str, table: str, spatial: bool = True) -> str:
    """A ``postgis:`` Processing destination; ``(geom)`` only for a table with geometries (as
    QGIS's "Save to PostGIS table": a table without them fails to load with it)."""
    geometry = " (geom)" if spatial else ""
    return f'postgis:{uri.connectionInfo(False)} table="{schema}"."{table}"{geometry}'


def postgis_layer(uri: QgsDataSourceUri, schema: str, table: str) -> QgsVectorLayer:
    """``schema.table`` as a QGIS layer: on its ``geom`` column, or without geometry."""
    for geometry in ("geom", None):
        source = QgsDataSourceUri(uri.connectionInfo(False))
        source.setDataSource(schema, table, geometry)
        layer = QgsVectorLayer(source.uri(False), table, "postgres")
        if layer.isValid() and (geometry is None or layer.isSpatial()):
            return layer
    raise AssertionError(f"{schema}.{table} cannot be opened")


def rows(layer) -> list[dict]:
    """Every row of ``layer`` with its geometry's length and area, in a fixed order (a database
    table has no order of its own). The keys a table gets from the database it is in (fid, id,
    id_0...) are left out."""
    out = []
    for feature in layer.getFeatures():
        row = {name: feature[name] for name in layer.fields().names()
               if not re.fullmatch(r"fid|id(_\d+)?", name)}
        geometry = feature.geometry()
        row["_length"] = round(geometry.length(), 3) if not geometry.isEmpty() else None
        row["_area"] = round(geometry.area(), 1) if not geometry.isEmpty() else None
        out.append(row)
    return sorted(out, key=lambda r: repr(sorted((k, str(v)) for k, v in r.items())))


def missing(value) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value)) or \
        (hasattr(value, "isNull") and value.isNull())


def assert_same_rows(name: str, a: list[dict], b: list[dict]) -> None:
    """The rows of the GeoPackage run ``a`` and of the PostGIS run ``b`` are the same: the same
    columns, missing values in the same places, numbers to 1e-9, everything else as text."""
    import pytest

    assert len(a) == len(b), f"{name}: {len(a)} rows on the GeoPackage, {len(b)} on PostGIS"
    for left, right in zip(a, b, strict=True):
        assert set(left) == set(right), name
        for key, value in left.items():
            other = right[key]
            if missing(value) or missing(other):
                assert missing(value) and missing(other), (name, key, value, other)
            elif isinstance(value, (int, float)) and isinstance(other, (int, float)):
                assert float(value) == pytest.approx(float(other), rel=1e-9, abs=1e-9), \
                    (name, key)
            else:
                assert str(value) == str(other), (name, key)


def numbers(html: str) -> tuple:
    """The numbers of an HTML or SVG text, in order (the tags left out)."""
    return tuple(re.findall(r"\d[\d\u00a0\u202f ,.]*\d|\d", re.sub(r"<[^>]+>", " ", html)))
