"""Fill a ``postgis:`` output with COPY: one statement for all rows, instead of QGIS's exporter
inserting them one by one (about 25 times faster on 400,000 synergy lines,
bench/bench_postgis.py).

Processing creates the output table as usual (``parameterAsSink``: its columns, types, key and
geometry column are QGIS's); once QGIS's writer is closed, the rows of the frame are sent by
``COPY ... FROM STDIN`` in PostgreSQL's text format, built column by column (no Python call per
cell), the geometries as hex EWKB. The table's columns are taken by position, as QGIS made them,
without its key and geometry columns.
"""

from __future__ import annotations

import io

from qgis.core import QgsDataSourceUri, QgsProcessingException

from ..core.common.i18n import translate
from ..core.territory.postgis_schema import ident

_PREFIXES = ("postgis:", "postgres:")


def postgis_destination(dest_id) -> QgsDataSourceUri | None:
    """The table of a ``postgis:``/``postgres:`` destination; None for anything else."""
    if not isinstance(dest_id, str) or not dest_id.startswith(_PREFIXES):
        return None
    uri = QgsDataSourceUri(dest_id.split(":", 1)[1])
    return uri if uri.table() else None


def _table_columns(cursor, schema: str, table: str, geometry: str) -> tuple[list[str], int]:
    """The columns QGIS made for the fields (key and geometry left out) and the geometry's
    SRID (0 without geometry)."""
    qualified = ident(schema, table) if schema else ident(table)
    cursor.execute(
        "SELECT a.attname FROM pg_catalog.pg_attribute AS a WHERE a.attrelid = %s::regclass "
        "AND a.attnum > 0 AND NOT a.attisdropped AND a.attname <> %s AND NOT EXISTS ("
        "SELECT 1 FROM pg_catalog.pg_index AS i WHERE i.indrelid = a.attrelid AND "
        "i.indisprimary AND a.attnum = ANY(i.indkey)) ORDER BY a.attnum",
        (qualified, geometry or ""),
    )
    names = [row[0] for row in cursor.fetchall()]
    srid = 0
    if geometry:
        cursor.execute("SELECT Find_SRID(%s, %s, %s)", (schema or "public", table, geometry))
        srid = int(cursor.fetchone()[0] or 0)
    return names, srid


# COPY's text format: a backslash, tab, newline or carriage return inside a value is escaped.
_ESCAPES = str.maketrans({"\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r"})
_NULL = "\\N"


def _text(series) -> list[str]:
    """A column in COPY's text format: NULL as \\N, text escaped, numbers exact (repr). Text
    is escaped in one pass over the joined column (str.translate), not cell by cell."""
    import numpy as np
    import pandas as pd

    values = series.to_numpy()
    missing = np.flatnonzero(pd.isna(series).to_numpy())
    if values.dtype.kind == "b":
        text = list(map(str, values.astype(np.int64).tolist()))
    elif values.dtype.kind in "iu":
        text = list(map(str, values.tolist()))
    elif values.dtype.kind == "f":
        text = list(map(repr, values.tolist()))
    else:
        cells = [str(v) for v in series.astype(object).where(pd.notna(series), "").tolist()]
        joined = "\x00".join(cells)
        if joined.count("\x00") != len(cells) - 1:
            raise QgsProcessingException(
                translate("postgis", "A text holds a NUL character.")
            )
        text = joined.translate(_ESCAPES).split("\x00") if cells else []
    for position in missing.tolist():
        text[position] = _NULL
    return text


def copy_frame(uri: QgsDataSourceUri, frame, columns: list[str], has_geometry: bool) -> None:
    """Send the rows of ``frame`` (``columns``, then its geometry) into the empty table of
    ``uri`` that Processing has just made."""
    import psycopg2
    import shapely

    from .postgis import connect

    geometry = uri.geometryColumn() if has_geometry else ""
    connection = connect(uri, uri.table())
    try:
        with connection, connection.cursor() as cursor:
            names, srid = _table_columns(cursor, uri.schema(), uri.table(), geometry)
            if len(names) != len(columns):
                raise QgsProcessingException(
                    translate("frames", "Could not write the output: {error}").format(
                        error=f"{len(names)} columns in {uri.table()}, {len(columns)} expected"
                    )
                )
            parts = [_text(frame[column]) for column in columns]
            if geometry:
                geoms = shapely.set_srid(frame.geometry.to_numpy(), srid)
                wkb = shapely.to_wkb(geoms, hex=True, include_srid=True, output_dimension=2)
                parts.append([_NULL if g is None else g for g in wkb.tolist()])
                names.append(geometry)
            buffer = io.StringIO("\n".join(map("\t".join, zip(*parts, strict=True))) + "\n")
            target = ident(uri.schema(), uri.table()) if uri.schema() else ident(uri.table())
            cursor.copy_expert(
                f"COPY {target} ({', '.join(ident(n) for n in names)}) FROM STDIN", buffer
            )
    except psycopg2.Error as error:
        raise QgsProcessingException(
            translate("frames", "Could not write the output: {error}").format(
                error=" ".join(str(error).split())
            )
        ) from None
    finally:
        connection.close()
