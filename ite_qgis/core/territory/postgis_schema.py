"""A territory in PostGIS: the SQL of its schema, written here and run by the QGIS bridge.

One schema per territory holds the tables of docs/architecture.md (Territory model) with their
rules as constraints (ids unique and not null, ``direction`` and ``status`` checked, the 0/1
flags ``confidential`` and ``code_suggested`` not null, 0 by default and 0 or 1, quantities
>= 0, ``resources.site_id`` a foreign key), spatial and key indexes, the two look-up tables of
the forms, the review of the synergies (``synergy_reviews``), and for concurrent editing:

* a ``row_version`` column on every edited table, checked by a trigger: a save must set it to
  the version it read plus one (QGIS does so with the default value "row_version" + 1 applied on
  update), so a second save of a row someone else saved meanwhile is refused, with a message
  naming the row, instead of overwriting it;
* a ``history`` table, filled by triggers on every insert, update and delete (who, when, old
  and new values as jsonb), and the ``site_history`` view: the history of a site and its rows.

Every identifier is checked (:func:`check_identifier`) and double-quoted; every value written
into SQL text is a quoted literal (:func:`literal`). Data rows go as query parameters.
This module never imports qgis.
"""

from __future__ import annotations

import re

from ..common.i18n import translate
from ..validation.findings import InputError
from . import schema

# A schema name becomes role names too (<schema>_facilitator...), which PostgreSQL cuts at 63
# bytes: 40 characters leave room for the longest suffix.
MAX_SCHEMA_LENGTH = 40
_PLAIN = re.compile(r"^[a-z][a-z0-9_]*$")
SQL_TYPES = {"text": "text", "integer": "integer", "real": "double precision"}
# Tables a team edits: (name, key column, site column for the history, geometry type).
EDITED = (
    ("sites", "site_id", "site_id", "Point"),
    ("resources", "resource_id", "site_id", None),
    ("flows", "flow_id", "from_site", "LineString"),
    ("synergy_reviews", "synergy_id", None, None),
)
REVIEW_STATUSES = ("candidate", "to_discuss", "accepted", "rejected")


def check_identifier(name: object, what: str | None = None, max_length: int = 63) -> str:
    """``name`` when it is a plain lowercase identifier (a letter, then letters, digits or _;
    not pg_...), else a translated :class:`InputError`."""
    text = name if isinstance(name, str) else ""
    if not _PLAIN.match(text) or len(text) > max_length or text.startswith("pg_"):
        raise InputError(
            translate(
                "postgis",
                "{what} '{name}' is not a plain name: use lowercase letters, digits and _, "
                "starting with a letter, at most {length} characters (not starting with pg_)."
            ).format(what=what or translate("postgis", "The name"), name=name, length=max_length)
        )
    return text


def check_schema(name: object) -> str:
    return check_identifier(name, translate("postgis", "The schema name"), MAX_SCHEMA_LENGTH)


def ident(*parts: str) -> str:
    """Double-quoted, dot-joined identifiers (each already checked or a fixed name)."""
    return ".".join('"' + part.replace('"', '""') + '"' for part in parts)


def literal(value: object) -> str:
    """A SQL string literal (standard_conforming_strings on, the default since PostgreSQL 9.1);
    a NUL character, which PostgreSQL text cannot hold, is refused."""
    text = str(value)
    if "\x00" in text:
        raise InputError(translate("postgis", "A text holds a NUL character."))
    return "'" + text.replace("'", "''") + "'"


def _in_list(column: str, values) -> str:
    return f"{ident(column)} IN ({', '.join(literal(v) for v in values)})"


def _columns(table, checks: dict[str, str], not_null=()) -> list[str]:
    lines = []
    for name, kind in table:
        line = f"{ident(name)} {SQL_TYPES[kind]}"
        if name in not_null:
            line += " NOT NULL"
        if name in checks:
            line += f" CHECK ({checks[name]})"
        lines.append(line)
    return lines


def _non_negative(*columns: str) -> dict[str, str]:
    return {column: f"{ident(column)} >= 0" for column in columns}


def _flags(columns) -> dict[str, str]:
    """The 0/1 fields: each one 0 or 1."""
    return {column: f"{ident(column)} IN (0, 1)" for column in columns}


def table_sql(schema_name: str, name: str, srid: int) -> str:
    """CREATE TABLE of one territory table, with its constraints."""
    nonblank = {key: f"btrim({ident(key)}) <> ''" for key in
                ("site_id", "resource_id", "flow_id", "synergy_id")}
    if name == "sites":
        checks = {"site_id": nonblank["site_id"], **_flags(schema.SITE_FLAGS),
                  "status": _in_list("status", schema.SITE_STATUSES), **_non_negative("employees")}
        body = _columns(schema.SITES, checks, ("site_id", *schema.SITE_FLAGS))
        body.append(f"{ident('geom')} geometry(Point, {int(srid)})")
    elif name == "resources":
        checks = {"resource_id": nonblank["resource_id"], **_flags(schema.RESOURCE_FLAGS),
                  "direction": _in_list("direction", schema.DIRECTIONS),
                  **_non_negative("quantity", "hours_per_year")}
        body = _columns(schema.RESOURCES, checks,
                        ("resource_id", "site_id", "direction", *schema.RESOURCE_FLAGS))
    elif name == "flows":
        checks = {"flow_id": nonblank["flow_id"],
                  "status": _in_list("status", schema.FLOW_STATUSES), **_non_negative("quantity")}
        body = _columns(schema.FLOWS, checks, ("flow_id",))
        body.append(f"{ident('geom')} geometry(LineString, {int(srid)})")
    else:
        checks = {"synergy_id": nonblank["synergy_id"],
                  "status": _in_list("status", REVIEW_STATUSES)}
        body = _columns((("synergy_id", "text"), ("status", "text"), ("comment", "text")),
                        checks, ("synergy_id",))
        body.append(f"{ident('reviewed_by')} text DEFAULT session_user")
        body.append(f"{ident('reviewed_at')} timestamptz DEFAULT now()")
    key = next(k for table, k, _s, _g in EDITED if table == name)
    columns = [f"{ident('fid')} bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY", *body,
               f"{ident('row_version')} integer NOT NULL DEFAULT 1",
               f"UNIQUE ({ident(key)})"]
    return f"CREATE TABLE {ident(schema_name, name)} (\n  " + ",\n  ".join(columns) + "\n)"


def _defaults(name: str) -> list[str]:
    if name == "sites":
        return [("status", "'existing'"), *((flag, "0") for flag in schema.SITE_FLAGS)]
    if name == "resources":
        return [(flag, "0") for flag in schema.RESOURCE_FLAGS]
    if name == "synergy_reviews":
        return [("status", "'candidate'")]
    return []


def tables_sql(schema_name: str, srid: int) -> list[str]:
    """The schema, its tables, constraints, defaults and indexes."""
    s = check_schema(schema_name)
    statements = [f"CREATE SCHEMA {ident(s)}"]
    for name, _key, _site, geometry in EDITED:
        statements.append(table_sql(s, name, srid))
        for column, value in _defaults(name):
            statements.append(
                f"ALTER TABLE {ident(s, name)} ALTER COLUMN {ident(column)} SET DEFAULT {value}"
            )
        if geometry:
            statements.append(f"CREATE INDEX ON {ident(s, name)} USING gist ({ident('geom')})")
    statements += [
        f"ALTER TABLE {ident(s, 'resources')} ADD FOREIGN KEY ({ident('site_id')}) "
        f"REFERENCES {ident(s, 'sites')} ({ident('site_id')}) ON UPDATE CASCADE",
        f"CREATE INDEX ON {ident(s, 'resources')} ({ident('site_id')})",
        f"CREATE INDEX ON {ident(s, 'resources')} ({ident('resource')})",
        f"CREATE INDEX ON {ident(s, 'flows')} ({ident('from_site')})",
        f"CREATE INDEX ON {ident(s, 'flows')} ({ident('to_site')})",
        f"CREATE TABLE {ident(s, 'catalogue_resources')} ({ident('code')} text PRIMARY KEY, "
        f"{ident('family')} text, {ident('label')} text)",
        f"CREATE TABLE {ident(s, 'nace_codes')} ({ident('code')} text PRIMARY KEY, "
        f"{ident('label')} text)",
        # The division titles public names are made of, in the language of the creation run.
        f"CREATE TABLE {ident(s, 'nace_divisions')} ({ident('code')} text PRIMARY KEY, "
        f"{ident('title')} text NOT NULL)",
    ]
    return statements


def _sql_format(template: str, names: tuple[str, ...]) -> str:
    """A translated '{name}' template as a literal for PostgreSQL's format(): %1$s..."""
    text = template.replace("%", "%%")
    for position, name in enumerate(names, start=1):
        text = text.replace("{" + name + "}", f"%{position}$s")
    return literal(text)


def versioning_sql(schema_name: str) -> list[str]:
    """The row_version check and the history triggers, the history table and its views."""
    s = check_schema(schema_name)
    conflict = _sql_format(
        translate(
            "postgis",
            "The row {row} of {table} was saved by someone else since you read it (it is at "
            "version {saved}, you read version {read}): your save is refused, nothing was "
            "overwritten. Reload the layer and make your edit again."
        ),
        ("row", "table", "saved", "read"),
    )
    statements = [
        f"CREATE TABLE {ident(s, 'history')} ("
        f"{ident('history_id')} bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, "
        f"{ident('table_name')} text NOT NULL, {ident('row_id')} text, {ident('site_id')} text, "
        f"{ident('action')} text NOT NULL, {ident('changed_by')} text NOT NULL, "
        f"{ident('changed_at')} timestamptz NOT NULL DEFAULT clock_timestamp(), "
        f"{ident('old_values')} jsonb, {ident('new_values')} jsonb)",
        f"CREATE INDEX ON {ident(s, 'history')} ({ident('site_id')}, {ident('changed_at')})",
        f"""CREATE FUNCTION {ident(s, 'ite_check_version')}() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $body$
BEGIN
  IF TG_OP = 'INSERT' THEN
    NEW.row_version := 1;
  ELSIF NEW.row_version IS DISTINCT FROM OLD.row_version + 1 THEN
    RAISE EXCEPTION USING ERRCODE = '40001', MESSAGE = format({conflict},
      to_jsonb(OLD) ->> TG_ARGV[0], TG_TABLE_NAME, OLD.row_version, NEW.row_version - 1);
  END IF;
  RETURN NEW;
END
$body$""",
        # SECURITY DEFINER: the history is written by the trigger only; no role may write it.
        f"""CREATE FUNCTION {ident(s, 'ite_record_history')}() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $body$
DECLARE
  old_row jsonb := CASE WHEN TG_OP <> 'INSERT' THEN to_jsonb(OLD) END;
  new_row jsonb := CASE WHEN TG_OP <> 'DELETE' THEN to_jsonb(NEW) END;
  site text := NULL;
BEGIN
  IF TG_ARGV[1] <> '' THEN
    site := coalesce(new_row ->> TG_ARGV[1], old_row ->> TG_ARGV[1]);
  END IF;
  INSERT INTO {ident(s, 'history')} (table_name, row_id, site_id, action, changed_by,
    old_values, new_values)
  VALUES (TG_TABLE_NAME, coalesce(new_row ->> TG_ARGV[0], old_row ->> TG_ARGV[0]), site,
    lower(TG_OP), session_user, old_row, new_row);
  RETURN NULL;
END
$body$""",
    ]
    for name, key, site, _geometry in EDITED:
        table = ident(s, name)
        statements += [
            f"CREATE TRIGGER ite_check_version BEFORE INSERT OR UPDATE ON {table} "
            f"FOR EACH ROW EXECUTE FUNCTION {ident(s, 'ite_check_version')}({literal(key)})",
            f"CREATE TRIGGER ite_record_history AFTER INSERT OR UPDATE OR DELETE ON {table} "
            f"FOR EACH ROW EXECUTE FUNCTION {ident(s, 'ite_record_history')}"
            f"({literal(key)}, {literal(site or '')})",
        ]
    statements.append(
        f"CREATE VIEW {ident(s, 'site_history')} AS SELECT {ident('site_id')}, "
        f"{ident('changed_at')}, {ident('changed_by')}, {ident('table_name')}, "
        f"{ident('row_id')}, {ident('action')}, {ident('old_values')}, {ident('new_values')} "
        f"FROM {ident(s, 'history')} WHERE {ident('site_id')} IS NOT NULL"
    )
    return statements


def lookup_inserts(schema_name: str, tables: dict) -> list[tuple[str, list[tuple]]]:
    """(INSERT with %s parameters, rows) for the look-up tables: ``tables`` maps
    catalogue_resources, nace_codes and nace_divisions to DataFrames with their columns."""
    s = check_schema(schema_name)
    out = []
    for name, columns in (("catalogue_resources", ("code", "family", "label")),
                          ("nace_codes", ("code", "label")), ("nace_divisions", ("code", "title"))):
        frame = tables[name]
        rows = list(frame[list(columns)].astype(object).itertuples(index=False, name=None))
        sql = (f"INSERT INTO {ident(s, name)} ({', '.join(ident(c) for c in columns)}) "
               f"VALUES ({', '.join(['%s'] * len(columns))})")
        out.append((sql, rows))
    return out


def division_titles(language: str):
    """nace_divisions: each NACE division and its title in ``language``."""
    import pandas as pd

    from ..reference import nace

    codes = nace.codes_table()
    divisions = [code for code in codes.index if len(str(code)) == 2]
    return pd.DataFrame(
        {"code": divisions, "title": [nace.label(code, language) for code in divisions]}
    )


def insert_rows(schema_name: str, table: str, frame, srid: int) -> tuple[str, str, list[tuple]]:
    """(INSERT ... VALUES %s, the row template, the rows) to add ``frame`` to a territory table
    with psycopg2's execute_values: the model's columns that ``frame`` has, values as query
    parameters (missing ones as NULL), the geometry as WKB."""
    import geopandas as gpd
    import numpy as np
    import pandas as pd
    import shapely

    s = check_schema(schema_name)
    model = {"sites": schema.SITES, "resources": schema.RESOURCES, "flows": schema.FLOWS}[table]
    columns = [(name, kind) for name, kind in model if name in frame.columns]
    values = []
    for name, kind in columns:
        series = frame[name]
        if kind != "text":
            series = pd.to_numeric(series, errors="coerce")
            series = series.round() if kind == "integer" else series
        column = series.astype(object).where(series.notna(), None).to_numpy()
        if kind == "integer":
            column = np.array([None if v is None else int(v) for v in column], dtype=object)
        elif kind == "text":
            column = np.array([None if v is None else str(v) for v in column], dtype=object)
        values.append(column)
    names = [name for name, _kind in columns]
    template = ["%s"] * len(columns)
    if isinstance(frame, gpd.GeoDataFrame) and table in ("sites", "flows"):
        wkb = shapely.to_wkb(frame.geometry.to_numpy(), output_dimension=2)
        values.append(np.array([None if g is None else bytes(g) for g in wkb], dtype=object))
        names.append("geom")
        template.append(f"ST_SetSRID(ST_GeomFromWKB(%s), {int(srid)})")
    rows = list(zip(*values, strict=True)) if values else []
    sql = f"INSERT INTO {ident(s, table)} ({', '.join(ident(n) for n in names)}) VALUES %s"
    return sql, "(" + ", ".join(template) + ")", rows
