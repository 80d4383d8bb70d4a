"""A territory in a PostGIS database, through a QGIS database connection.

The SQL comes from ``core.territory.postgis_sql``; this module connects with the parameters of the
connection the user chose (its saved user and password, or those of its authentication
configuration), runs every statement in one transaction (a failure leaves nothing behind), then
stores each layer's forms and style as its default in the database's ``layer_styles`` table, so
a colleague who adds the layer gets the same forms.

psycopg2 is the driver QGIS's own DB Manager uses; it ships with QGIS on every platform.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from qgis.core import QgsDataSourceUri, QgsMapLayer, QgsProviderRegistry, QgsVectorLayer

from .. import assets
from ..core.common.i18n import translate
from ..core.territory import postgis_sql as postgis
from ..core.territory.postgis_schema import division_titles, ident
from ..core.validation.findings import InputError
from .territory import LAYERS, configure_forms, lookup_tables
from .translation import plugin_language

GEOMETRY_COLUMN = {"sites": "geom", "flows": "geom"}


class DatabaseError(InputError):
    """A connection or database failure, its message translated and free of passwords."""


@dataclass
class Territory:
    connection: str
    schema: str
    uri: QgsDataSourceUri
    roles: dict[str, str] = field(default_factory=dict)


def _connection(name: str):
    metadata = QgsProviderRegistry.instance().providerMetadata("postgres")
    try:
        connection = metadata.findConnection(name) if name else None
    except Exception:  # noqa: BLE001 (QGIS raises QgsProviderConnectionException)
        connection = None
    if connection is None:
        raise DatabaseError(
            translate("postgis", "There is no PostgreSQL connection named '{name}' in QGIS.")
            .format(name=name)
        )
    return connection


def connection_uri(name: str) -> QgsDataSourceUri:
    """The data source of the QGIS connection ``name`` (its password included, never shown)."""
    return QgsDataSourceUri(_connection(name).uri())


def connect(uri: QgsDataSourceUri, what: str):
    """A psycopg2 connection for ``uri`` (authentication configuration expanded), or a
    translated :class:`DatabaseError` saying why not (wrong password, server unreachable...)."""
    import psycopg2

    try:
        connection = psycopg2.connect(dsn=uri.connectionInfo(True), connect_timeout=10)
    except psycopg2.Error as error:
        raise DatabaseError(
            translate(
                "postgis",
                "Cannot connect to the database of {what}: {reason} Check the host, port, "
                "database, user and password of the connection."
            ).format(what=what, reason=_reason(error))
        ) from None
    return connection


def _reason(error) -> str:
    text = " ".join(str(getattr(error, "pgerror", None) or error).split())
    return text if text.endswith(".") else text + "."


def run_statements(connection, statements, inserts=()) -> None:
    """Every statement and insert in one transaction, committed at the end or rolled back."""
    import psycopg2
    from psycopg2.extras import execute_batch

    try:
        with connection, connection.cursor() as cursor:
            for statement in statements:
                cursor.execute(statement)
            for sql, rows in inserts:
                execute_batch(cursor, sql, rows, page_size=500)
    except psycopg2.errors.InsufficientPrivilege as error:
        raise DatabaseError(
            translate(
                "postgis",
                "The database refused: {reason} Ask a database administrator for the right, "
                "or let the algorithm write the SQL script of the roles for them to run."
            ).format(reason=_reason(error))
        ) from None
    except psycopg2.Error as error:
        raise DatabaseError(
            translate("postgis", "The database refused the territory: {reason}").format(
                reason=_reason(error)
            )
        ) from None


def schema_exists(connection, schema: str) -> bool:
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1 FROM pg_catalog.pg_namespace WHERE nspname = %s", (schema,))
        found = cursor.fetchone() is not None
    connection.rollback()
    return found


def create_territory(name: str, schema: str, srid: int, *, catalogue=None, roles: bool = False,
                     companies=None) -> Territory:
    """Create the territory schema ``schema`` through the QGIS connection ``name``."""
    schema = postgis.check_schema(schema)
    uri = connection_uri(name)
    what = translate("postgis", "the connection '{name}'").format(name=name)
    connection = connect(uri, what)
    try:
        if schema_exists(connection, schema):
            raise DatabaseError(
                translate(
                    "postgis",
                    "The schema {schema} already exists in the database of {what}: choose "
                    "another name, or delete that schema first."
                ).format(schema=schema, what=what)
            )
        statements = postgis.territory_sql(schema, srid)
        if roles:
            statements += postgis.roles_sql(schema, companies)
        tables = {**lookup_tables(catalogue), "nace_divisions": division_titles(plugin_language())}
        run_statements(connection, statements, postgis.lookup_inserts(schema, tables))
    finally:
        connection.close()
    territory = Territory(name, schema, uri, postgis.role_names(schema) if roles else {})
    store_default_styles(territory)
    return territory


def layer_uri(uri: QgsDataSourceUri, schema: str, table: str) -> str:
    layer = QgsDataSourceUri(uri.connectionInfo(False))
    layer.setDataSource(schema, table, GEOMETRY_COLUMN.get(table), "", "fid" if table in
                        ("sites", "resources", "flows") else "")
    return layer.uri(False)


def open_layers(territory: Territory) -> dict[str, QgsVectorLayer]:
    layers = {}
    for name in LAYERS:
        layer = QgsVectorLayer(layer_uri(territory.uri, territory.schema, name), name, "postgres")
        if not layer.isValid():
            raise DatabaseError(
                translate("postgis", "Cannot open the table {table} of the schema {schema}.")
                .format(table=name, schema=territory.schema)
            )
        layers[name] = layer
    return layers


def store_default_styles(territory: Territory) -> None:
    """Forms and symbology saved as each layer's default in ``layer_styles``; readable by the
    territory's roles."""
    from .legend import translate_legend

    layers = open_layers(territory)
    configure_forms(layers)
    for name, layer in layers.items():
        style = assets.style_path(name)
        if style.is_file():
            layer.loadNamedStyle(
                str(style), QgsMapLayer.StyleCategory.Symbology | QgsMapLayer.StyleCategory.Labeling
            )
            translate_legend(layer, name)
        message = layer.saveStyleToDatabase(name, "ITE for QGIS default style", True, "")
        if message:
            raise DatabaseError(message)
    if territory.roles:
        readers = ", ".join(ident(role) for role in territory.roles.values())
        connection = connect(territory.uri, territory.connection)
        try:
            run_statements(connection, [f"GRANT SELECT ON layer_styles TO {readers}"])
        finally:
            connection.close()


def import_tables(name: str, schema: str, srid: int, tables: dict, page_size: int = 5000) -> dict:
    """Add the rows of ``tables`` (sites, resources, flows frames, in that order) to the
    territory ``schema``, in one transaction; returns the number of rows per table."""
    import psycopg2
    from psycopg2.extras import execute_values

    from ..core.territory.postgis_schema import insert_rows

    schema = postgis.check_schema(schema)
    connection = connect(connection_uri(name), name)
    counts = {}
    try:
        with connection, connection.cursor() as cursor:
            for table in ("sites", "resources", "flows"):
                if tables.get(table) is None:
                    continue
                sql, template, rows = insert_rows(schema, table, tables[table], srid)
                execute_values(cursor, sql, rows, template=template, page_size=page_size)
                counts[table] = len(rows)
    except psycopg2.Error as error:
        raise DatabaseError(
            translate("postgis", "The database refused the rows: {reason}").format(
                reason=_reason(error)
            )
        ) from None
    finally:
        connection.close()
    return counts
