"""The SQL and rules of the shared synergy review, without a server. Their behaviour on a real
server, through the synergy explorer, is tested in tests/qgis/test_postgis_review.py."""

from __future__ import annotations

import pytest

from ite_qgis.core.territory import postgis_review as review
from ite_qgis.core.validation.findings import InputError


@pytest.mark.parametrize("value,key", [(12, "12"), (12.0, "12"), ("12", "12"), (" 7 ", "7"),
                                       (None, None), (float("nan"), None), ("", None),
                                       ("S-3", "S-3"), (2.5, "2.5")])
def test_review_key(value, key):
    assert review.review_key(value) == key


def test_next_version_is_the_version_read_plus_one():
    assert review.next_version(None) == 1
    assert review.next_version(review.Review("accepted", None, 4)) == 5


def test_upsert_writes_only_the_values_given_with_the_version_read_plus_one():
    sql = review.upsert_sql("dunkirk", "12", review.Review("candidate", "x", 3), status="accepted")
    assert sql.startswith('INSERT INTO "dunkirk"."synergy_reviews" ("synergy_id", "status") '
                          "VALUES ('12', 'accepted') ON CONFLICT (\"synergy_id\") DO UPDATE SET ")
    assert '"status" = EXCLUDED."status"' in sql and '"row_version" = 4' in sql
    assert "comment" not in sql and sql.endswith('RETURNING "row_version"')
    first = review.upsert_sql("dunkirk", "12", None, comment="seen")
    assert '("synergy_id", "comment")' in first and '"row_version" = 1' in first


def test_upsert_quotes_values_and_checks_names_and_statuses():
    sql = review.upsert_sql("dunkirk", "1'; DROP TABLE x; --", None, comment="O'Brien")
    assert "'1''; DROP TABLE x; --'" in sql and "'O''Brien'" in sql
    with pytest.raises(InputError, match="not a plain name"):
        review.upsert_sql('dunkirk"; --', "1", None, status="accepted")
    with pytest.raises(ValueError):
        review.upsert_sql("dunkirk", "1", None, status="maybe")
    with pytest.raises(ValueError):
        review.upsert_sql("dunkirk", "1", None)
    with pytest.raises(InputError, match="NUL"):
        review.upsert_sql("dunkirk", "1", None, comment="a\x00b")


def test_probe_and_read_name_the_schema_table():
    assert '"dunkirk"."synergy_reviews"' in review.read_sql("dunkirk")
    probe = review.probe_sql("dunkirk")
    assert "table_schema = 'dunkirk'" in probe and "'INSERT'" in probe and "'UPDATE'" in probe


def test_reviews_from_rows():
    rows = [["12", "accepted", "ok", 2], ["13", None, None, 1], [None, "x", None, 1]]
    assert review.reviews_from_rows(rows) == {"12": review.Review("accepted", "ok", 2),
                                              "13": review.Review(None, None, 1)}


def test_server_message_keeps_the_database_words_only():
    sql = "INSERT INTO x VALUES ('ERROR: mine')"
    error = (f"Error executing SQL {sql}: ERROR:  The row 12 of synergy_reviews was saved by "
             "someone else\nCONTEXT:  PL/pgSQL function")
    assert review.server_message(error, sql) == "The row 12 of synergy_reviews was saved by " \
                                                "someone else."
    assert review.server_message("could not connect.") == "could not connect."
