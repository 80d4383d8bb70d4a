"""Fill a ``postgis:`` output in bulk: GDAL's PostgreSQL driver writes the whole frame with COPY
(one Arrow batch, ``ogr_files.append_frame``), instead of QGIS's exporter inserting the rows one
by one (``ite:findsynergies`` with PostGIS in and out on 100,000 resources, 412,000 lines:
3.9 s instead of 37 s, bench/bench_postgis.py).

Processing creates the output table as usual (``parameterAsSink``: its columns, types, key and
geometry column are QGIS's); once QGIS's writer is closed, GDAL opens that table and appends the
rows, the fields taken by position as for a GeoPackage.
"""

from __future__ import annotations

from qgis.core import QgsDataSourceUri

_PREFIXES = ("postgis:", "postgres:")


def postgis_destination(dest_id) -> QgsDataSourceUri | None:
    """The table of a ``postgis:``/``postgres:`` destination; None for anything else."""
    if not isinstance(dest_id, str) or not dest_id.startswith(_PREFIXES):
        return None
    uri = QgsDataSourceUri(dest_id.split(":", 1)[1])
    return uri if uri.table() else None


def gdal_table(uri: QgsDataSourceUri) -> tuple[str, str]:
    """(GDAL connection string, layer name) of a PostGIS table (authentication expanded)."""
    name = f"{uri.schema()}.{uri.table()}" if uri.schema() else uri.table()
    return "PG:" + uri.connectionInfo(True), name
