"""The shared review of the synergies in a PostGIS territory: the SQL and the rules, no QGIS.

A territory schema holds ``synergy_reviews`` (``postgis_schema``): one row per reviewed synergy,
keyed by its ``synergy_id``, with its status, comment and ``row_version``. The synergy explorer
reads every row when it opens a synergies layer of that schema, and saves a review with one
upsert (:func:`upsert_sql`) that sets ``row_version`` to the version it read plus one
(:func:`next_version`; no row read counts as version 0). The schema's trigger refuses the save
when someone else saved the same review meanwhile, naming the row, and records every change in
``history``: the rule and the audit trail are the database's, whoever writes.

Every identifier is checked and quoted, every value is a quoted literal (``postgis_schema``).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from ..common.i18n import translate
from .postgis_schema import REVIEW_STATUSES, check_schema, ident, literal

TABLE = "synergy_reviews"
COLUMNS = ("synergy_id", "status", "comment", "row_version")


@dataclass(frozen=True)
class Review:
    """A synergy's review as read from the table."""

    status: str | None
    comment: str | None
    version: int


def review_key(value: object) -> str | None:
    """The ``synergy_id`` of a synergy line as the text key of its review (12, 12.0 and "12"
    give "12"); None when the line has none."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = str(value).strip()
    return text or None


def next_version(read: Review | None) -> int:
    """The row-version rule: a save carries the version it read plus one (no row: 0 + 1)."""
    return (read.version if read is not None else 0) + 1


def probe_sql(schema: str) -> str:
    """One row: (the schema has a ``synergy_reviews`` table with the review columns, the
    current role may insert and update it)."""
    s = check_schema(schema)
    table = literal(ident(s, TABLE))
    columns = ", ".join(literal(c) for c in COLUMNS)
    return (
        "SELECT (SELECT count(DISTINCT column_name) FROM information_schema.columns "
        f"WHERE table_schema = {literal(s)} AND table_name = {literal(TABLE)} "
        f"AND column_name IN ({columns})) = {len(COLUMNS)}, "
        f"coalesce(has_table_privilege(to_regclass({table}), 'INSERT') "
        f"AND has_table_privilege(to_regclass({table}), 'UPDATE'), false)"
    )


def read_sql(schema: str) -> str:
    s = check_schema(schema)
    return f"SELECT {', '.join(ident(c) for c in COLUMNS)} FROM {ident(s, TABLE)}"


def reviews_from_rows(rows) -> dict[str, Review]:
    """{synergy_id: Review} from the rows of :func:`read_sql`."""
    out = {}
    for synergy_id, status, comment, version in rows:
        key = review_key(synergy_id)
        if key is not None:
            out[key] = Review(_text(status), _text(comment), int(version or 0))
    return out


def _text(value) -> str | None:
    return None if value is None or str(value) == "NULL" else str(value)


def upsert_sql(schema: str, key: str, read: Review | None, status: str | None = None,
               comment: str | None = None) -> str:
    """Insert the review of ``key``, or update it when it exists, with the version rule: the
    update sets ``row_version`` to the version read plus one (the trigger refuses it when the
    row is at another version). Only the values given are written; the status is checked."""
    s = check_schema(schema)
    if status is None and comment is None:
        raise ValueError("nothing to save")
    if status is not None and status not in REVIEW_STATUSES:
        raise ValueError(status)
    values = {"synergy_id": key, "status": status, "comment": comment}
    given = [name for name, value in values.items() if value is not None]
    updates = [f"{ident(name)} = EXCLUDED.{ident(name)}" for name in given[1:]]
    updates += [f"{ident('row_version')} = {int(next_version(read))}",
                f"{ident('reviewed_by')} = session_user", f"{ident('reviewed_at')} = now()"]
    return (
        f"INSERT INTO {ident(s, TABLE)} ({', '.join(ident(n) for n in given)}) "
        f"VALUES ({', '.join(literal(values[n]) for n in given)}) "
        f"ON CONFLICT ({ident('synergy_id')}) DO UPDATE SET {', '.join(updates)} "
        f"RETURNING {ident('row_version')}"
    )


def server_message(error: str, sql: str = "") -> str:
    """The database's own words from an error text (the statement and the technical context
    around it removed)."""
    text = error.replace(sql, " ") if sql else error
    found = re.findall(r"ERROR:\s*(.+)", text)
    reason = " ".join((found[-1] if found else text).split())
    return reason if reason.endswith(".") or not reason else reason + "."


def read_only_message(schema: str) -> str:
    return translate(
        "synergyreview",
        "You can read the shared review of {schema} but not change it: your database role "
        "may not write {schema}.synergy_reviews (an analyst's role reads only). Ask a "
        "facilitator to save the review."
    ).format(schema=schema)


def shared_message(schema: str) -> str:
    return translate(
        "synergyreview",
        "Statuses and comments are shared with the team in {schema}.synergy_reviews."
    ).format(schema=schema)


def saved_message(schema: str) -> str:
    return translate(
        "synergyreview",
        "Saved in {schema}.synergy_reviews: the team sees it (the database keeps its history)."
    ).format(schema=schema)


def refused_message(reason: str) -> str:
    return translate(
        "synergyreview",
        "Not saved: {reason} The explorer now shows the review as the database holds it: "
        "make your change again if it is still needed."
    ).format(reason=reason)
