"""A territory in PostGIS, all its SQL in order: schema, tables, versioning and history, public
views, and (optionally) the roles. The parts are in ``postgis_schema``, ``postgis_public`` and
``postgis_roles``; the QGIS bridge (``qgis_bridge.postgis``) runs them in one transaction."""

from __future__ import annotations

from .postgis_public import views_sql
from .postgis_roles import company_table_sql, role_names, roles_sql, script
from .postgis_schema import (
    check_identifier,
    check_schema,
    lookup_inserts,
    tables_sql,
    versioning_sql,
)

__all__ = [
    "check_identifier",
    "check_schema",
    "lookup_inserts",
    "role_names",
    "roles_sql",
    "script",
    "territory_sql",
]


def territory_sql(schema_name: str, srid: int) -> list[str]:
    """Every statement that creates the territory schema, without the roles."""
    s = check_schema(schema_name)
    return [
        *tables_sql(s, srid),
        *company_table_sql(s),
        *versioning_sql(s),
        *views_sql(s, srid),
    ]
