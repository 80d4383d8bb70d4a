"""The shared review of a PostGIS synergies layer, through QGIS's own database connection.

When a synergies layer lives in a territory schema that has ``synergy_reviews``, the synergy
explorer keeps its statuses and comments there instead of in the layer: :func:`shared_review`
finds the table with the layer's own connection (same host, user, password or authentication
configuration), and :class:`SharedReview` reads and saves reviews with the SQL of
``core.territory.postgis_review``, run by QGIS's PostgreSQL provider connection. The schema's
triggers check the row version and keep the history, so a save someone else overtook is
refused by the database, with a message naming the row.
"""

from __future__ import annotations

from qgis.core import QgsDataSourceUri, QgsProviderRegistry, QgsVectorLayer

from ..core.territory import postgis_review as review
from ..core.validation.findings import InputError


class SharedReview:
    """The reviews of one territory schema, read and saved by one database role."""

    def __init__(self, connection, schema: str, writable: bool):
        self.connection = connection
        self.schema = schema
        self.writable = writable
        self.reviews: dict[str, review.Review] = {}

    def load(self) -> dict[str, review.Review]:
        """Every review saved in the schema (what the team sees now)."""
        sql = review.read_sql(self.schema)
        self.reviews = review.reviews_from_rows(self.connection.executeSql(sql))
        return self.reviews

    def save(self, key: str, status: str | None = None, comment: str | None = None) -> str:
        """Save the review of synergy ``key`` from the version last read; "" when saved, else
        the translated reason it was not (the reviews are then read again)."""
        if not self.writable:
            return review.read_only_message(self.schema)
        try:
            sql = review.upsert_sql(self.schema, key, self.reviews.get(key), status, comment)
        except InputError as error:  # a NUL character in the comment
            return str(error)
        try:
            self.connection.executeSql(sql)
        except Exception as error:  # noqa: BLE001 (QgsProviderConnectionException)
            reason = review.server_message(str(error), sql)
            self.refresh()
            return review.refused_message(reason)
        self.refresh()
        return ""

    def refresh(self) -> None:
        """Read the reviews again (a colleague's saves); keep what was read if the server is
        out of reach."""
        try:
            self.load()
        except Exception:  # noqa: BLE001 (the server went away: keep what was read)
            pass


def shared_review(layer: QgsVectorLayer | None) -> SharedReview | None:
    """The shared review for a PostGIS synergies layer of a territory schema, with its reviews
    loaded; None for any other layer (GeoPackage, memory, a schema without the table)."""
    if layer is None or layer.providerType() != "postgres":
        return None
    if "synergy_id" not in layer.fields().names():
        return None
    uri = QgsDataSourceUri(layer.source())
    try:
        schema = review.check_schema(uri.schema())
    except InputError:
        return None
    metadata = QgsProviderRegistry.instance().providerMetadata("postgres")
    try:
        connection = metadata.createConnection(uri.connectionInfo(False), {})
        rows = connection.executeSql(review.probe_sql(schema))
    except Exception:  # noqa: BLE001 (no connection, no right: the layer keeps its review)
        return None
    if not rows or not _true(rows[0][0]):
        return None
    shared = SharedReview(connection, schema, _true(rows[0][1]))
    try:
        shared.load()
    except Exception:  # noqa: BLE001 (no right to read the reviews)
        return None
    return shared


def _true(value) -> bool:
    return value is True or str(value).lower() in ("true", "t", "1")
