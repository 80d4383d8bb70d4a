"""The SQL of a PostGIS territory, without a server: names checked and quoted, values quoted or
passed as parameters, nothing granted to PUBLIC. The behaviour of that SQL on a real server is
tested in tests/qgis/test_postgis_territory.py."""

from __future__ import annotations

import re

import geopandas as gpd
import pytest
import shapely

from ite_qgis.core.territory import postgis_sql as postgis
from ite_qgis.core.territory.postgis_schema import insert_rows, literal
from ite_qgis.core.validation.findings import InputError


@pytest.mark.parametrize("name", ["dunkirk", "flandre_2025", "a", "x" * 40])
def test_plain_schema_names_are_accepted(name):
    assert postgis.check_schema(name) == name


@pytest.mark.parametrize("name", ["Dunkirk", "2025", "_x", "pg_toast", "a-b", "a b", "é", "",
                                  None, 12, "x" * 41, 'x"; DROP SCHEMA public; --', "a.b"])
def test_other_schema_names_are_refused_with_a_message(name):
    with pytest.raises(InputError, match="is not a plain name"):
        postgis.check_schema(name)


def test_literals_double_their_quotes_and_refuse_nul():
    assert literal("O'Neil") == "'O''Neil'"
    assert literal("a\\b") == "'a\\b'"  # standard_conforming_strings: a backslash is a character
    with pytest.raises(InputError):
        literal("a\x00b")


def test_every_identifier_of_the_territory_is_quoted():
    statements = postgis.territory_sql("dunkirk", 2154)
    text = "\n".join(statements)
    assert 'CREATE SCHEMA "dunkirk"' in text
    for table in ("sites", "resources", "flows", "synergy_reviews", "history"):
        assert f'CREATE TABLE "dunkirk"."{table}"' in text
    # No unquoted reference to the schema: every "dunkirk" is inside double quotes.
    assert not re.search(r'(?<!")dunkirk(?!")', text.replace("ite_", ""))
    assert "geometry(Point, 2154)" in text and "geometry(LineString, 2154)" in text
    assert """"direction" IN ('supply', 'demand')""" in text
    assert """"status" IN ('existing', 'planned', 'candidate', 'rejected')""" in text


def test_the_flags_are_not_null_zero_by_default_and_zero_or_one():
    text = "\n".join(postgis.territory_sql("dunkirk", 2154))
    for table in ("sites", "resources"):
        assert f'ALTER TABLE "dunkirk"."{table}" ALTER COLUMN "confidential" SET DEFAULT 0' in text
    assert '"code_suggested" integer NOT NULL CHECK ("code_suggested" IN (0, 1))' in text
    assert ('ALTER TABLE "dunkirk"."resources" ALTER COLUMN "code_suggested" SET DEFAULT 0'
            in text)
    # The public view shows it as it is: a code's reliability, nothing about a company.
    assert "r.confidential, r.code_suggested\n" in text


def test_the_srid_is_a_number():
    with pytest.raises((TypeError, ValueError)):
        postgis.territory_sql("dunkirk", "2154); DROP TABLE x; --")


def test_roles_grant_nothing_to_public_and_check_company_names():
    statements = postgis.roles_sql("dunkirk", {"acme": ["DK16", "x'); DROP TABLE y; --"]})
    text = "\n".join(statements)
    assert not re.search(r"GRANT [^;]* TO [^;]*\bPUBLIC\b", text)
    assert 'REVOKE ALL ON SCHEMA "dunkirk" FROM PUBLIC' in text
    assert "VALUES ('acme', 'x''); DROP TABLE y; --')" in text
    assert postgis.role_names("dunkirk")["public"] == "dunkirk_public"
    with pytest.raises(InputError):
        postgis.roles_sql("dunkirk", {"Acme Inc": ["DK16"]})


def test_rows_go_as_parameters_never_into_the_sql():
    evil = "Robert'); DROP TABLE sites; --"
    frame = gpd.GeoDataFrame(
        {"site_id": ["S1", evil], "name": [evil, None], "employees": [3.0, float("nan")],
         "confidential": [0, 1]},
        geometry=[shapely.Point(1, 2), None], crs=2154,
    )
    sql, template, rows = insert_rows("dunkirk", "sites", frame, 2154)
    assert evil not in sql and "%s" in template
    assert sql.startswith('INSERT INTO "dunkirk"."sites" ("site_id", "name", "employees", '
                          '"confidential", "geom")')
    assert rows[0][:4] == ("S1", evil, 3, 0) and rows[1][:4] == (evil, None, None, 1)
    assert shapely.from_wkb(rows[0][4]).equals(shapely.Point(1, 2)) and rows[1][4] is None


def test_the_dba_script_is_one_transaction():
    text = postgis.script(postgis.roles_sql("dunkirk"), "Roles\nof dunkirk")
    assert text.startswith("-- Roles\n-- of dunkirk\n\\set ON_ERROR_STOP on\nBEGIN;")
    assert text.rstrip().endswith("COMMIT;")


def test_the_views_move_points_by_the_share_of_the_public_copy():
    from ite_qgis.core.publishing import public
    from ite_qgis.core.territory import postgis_public

    assert postgis_public.MIN_SHIFT_SHARE == public.MIN_SHIFT_SHARE
    assert "0.3 + (1 - 0.3) * sqrt(" in "\n".join(postgis_public.functions_sql("dunkirk"))
