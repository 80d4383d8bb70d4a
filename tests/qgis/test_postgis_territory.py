"""A shared territory in PostGIS, against a real PostgreSQL + PostGIS server (no mock).

The server is started by tests/qgis/postgres_server.py; the territory is created by
ite:createterritory through a QGIS connection, filled with the Dunkirk sample, and read and
edited by login roles that a database administrator would grant: alice (facilitator), bob
(analyst), paul (public) and carla (the company role of one confidential site).
"""

from __future__ import annotations

import math
import os
import subprocess

import pytest
from postgis_helpers import add_logins, destination, load_dunkirk
from qgis.core import QgsDataSourceUri, QgsProcessingException, QgsProviderRegistry

SCHEMA = "dunkirk"
COMPANY_SITE = "DK16"  # confidential in the sample
USERS = {"alice": "facilitator", "alice2": "facilitator", "bob": "analyst", "paul": "public",
         "carla": None}
PASSWORD = "pw-Test-1"


@pytest.fixture(scope="module")
def territory(plugin, pg_connection, postgres_server):
    frames = load_dunkirk(pg_connection, SCHEMA, COMPANIES=f"acme={COMPANY_SITE}")
    add_logins(postgres_server, PASSWORD, {
        user: f"{SCHEMA}_{kind}" if kind else "acme" for user, kind in USERS.items()})
    return frames


def _as(server, user):
    return server.connect(user, PASSWORD)


def _rows(connection, sql, params=None):
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchall()


def _run(connection, sql, params=None):
    with connection.cursor() as cursor:
        cursor.execute(sql, params)


def _refused(connection, sql, params=None, pattern="permission denied|must be owner"):
    import re

    import psycopg2

    with pytest.raises(psycopg2.Error) as error:
        _run(connection, sql, params)
    assert re.search(pattern, str(error.value)), str(error.value)
    return str(error.value)


# ---------------------------------------------------------------- the schema


def test_tables_constraints_and_indexes(territory, postgres_server):
    admin = postgres_server.connect()
    indexes = {row[0] for row in _rows(
        admin, "SELECT indexdef FROM pg_indexes WHERE schemaname = %s", (SCHEMA,))}
    assert any("sites USING gist (geom)" in d for d in indexes)
    assert any("flows USING gist (geom)" in d for d in indexes)
    assert any("resources USING btree (site_id)" in d for d in indexes)
    assert any("UNIQUE INDEX" in d and "(site_id)" in d for d in indexes)
    tables = {row[0] for row in _rows(
        admin, "SELECT table_name FROM information_schema.tables WHERE table_schema = %s",
        (SCHEMA,))}
    assert {"sites", "resources", "flows", "synergy_reviews", "history", "site_history",
            "public_sites", "public_resources", "public_flows", "catalogue_resources",
            "nace_codes"} <= tables
    bad = [
        ("INSERT INTO dunkirk.resources (resource_id, site_id, direction) "
         "VALUES ('X1', 'DK01', 'sideways')", "check constraint"),
        ("INSERT INTO dunkirk.resources (resource_id, site_id, direction, quantity) "
         "VALUES ('X1', 'DK01', 'supply', -1)", "check constraint"),
        ("INSERT INTO dunkirk.resources (resource_id, site_id, direction) "
         "VALUES ('X1', 'NOWHERE', 'supply')", "foreign key"),
        ("INSERT INTO dunkirk.sites (site_id) VALUES (NULL)", "null value"),
        ("INSERT INTO dunkirk.sites (site_id) VALUES ('DK01')", "duplicate key"),
        ("INSERT INTO dunkirk.sites (site_id, status) VALUES ('X', 'closed')", "check constraint"),
        ("INSERT INTO dunkirk.flows (flow_id, status) VALUES ('X', 'maybe')", "check constraint"),
        ("INSERT INTO dunkirk.synergy_reviews (synergy_id, status) VALUES ('X', 'sure')",
         "check constraint"),
    ]
    for sql, pattern in bad:
        _refused(admin, sql, pattern=pattern)
    admin.close()


def test_default_styles_and_forms_in_layer_styles(territory, postgres_server, pg_connection):
    from qgis.core import QgsVectorLayer

    from ite_qgis.qgis_bridge.postgis import connection_uri, layer_uri

    admin = postgres_server.connect()
    styles = _rows(admin, "SELECT f_table_name, useasdefault, styleqml::text FROM layer_styles "
                          "WHERE f_table_schema = %s", (SCHEMA,))
    assert {row[0] for row in styles} == {"sites", "resources", "flows", "catalogue_resources",
                                          "nace_codes"}
    assert all(row[1] for row in styles)
    # The forms point at the look-up tables, never with the password of the connection.
    assert not any("Secret" in row[2] or "password=" in row[2] for row in styles)
    admin.close()
    # A colleague (bob, the analyst) who adds the layer gets the forms.
    uri = connection_uri(pg_connection)
    uri.setUsername("bob")
    uri.setPassword(PASSWORD)
    layer = QgsVectorLayer(layer_uri(uri, SCHEMA, "resources"), "resources", "postgres")
    assert layer.isValid() and layer.featureCount() == len(territory[1])
    widget = layer.editorWidgetSetup(layer.fields().indexOf("direction"))
    assert widget.type() == "ValueMap"
    assert layer.editorWidgetSetup(layer.fields().indexOf("resource")).type() == "ValueRelation"


@pytest.mark.parametrize("schema", ["Dunkirk", "a;drop table x", 'x"y', "pg_x", "d-k", "1abc",
                                    "x" * 41, "dunkirk' --"])
def test_a_schema_name_that_is_not_plain_is_refused(run_alg, pg_connection, postgres_server,
                                                    schema):
    with pytest.raises(QgsProcessingException, match="is not a plain name"):
        run_alg("ite:createterritory", {"CRS": "EPSG:2154", "CONNECTION": pg_connection,
                                        "SCHEMA": schema})
    admin = postgres_server.connect()
    assert _rows(admin, "SELECT count(*) FROM pg_namespace WHERE nspname = %s", (schema,)) == [(0,)]
    admin.close()


def test_an_existing_schema_is_refused(territory, run_alg, pg_connection):
    with pytest.raises(QgsProcessingException, match="already exists"):
        run_alg("ite:createterritory", {"CRS": "EPSG:2154", "CONNECTION": pg_connection,
                                        "SCHEMA": SCHEMA})


def _saved_connection(name, port, user, password, database="ite"):
    uri = QgsDataSourceUri()
    uri.setConnection("127.0.0.1", str(port), database, user, password)
    metadata = QgsProviderRegistry.instance().providerMetadata("postgres")
    metadata.saveConnection(
        metadata.createConnection(uri.uri(False), {"saveUsername": True, "savePassword": True}),
        name,
    )
    return name


@pytest.mark.parametrize("case", ["password", "unreachable", "user", "database", "missing"])
def test_connection_failures_get_a_clear_message(run_alg, postgres_server, case):
    port = postgres_server.port
    names = {
        "password": lambda: _saved_connection("wrong pw", port, "ite_admin", "nope"),
        "unreachable": lambda: _saved_connection("no server", port + 1, "ite_admin", "x"),
        "user": lambda: _saved_connection("odd user", port, "ite_admin' OR '1'='1", "x"),
        "database": lambda: _saved_connection("odd db", port, "ite_admin", "x",
                                              "ite; DROP DATABASE ite"),
        "missing": lambda: "no such connection",
    }
    name = names[case]()
    expected = "There is no PostgreSQL connection" if case == "missing" else "Cannot connect"
    with pytest.raises(QgsProcessingException, match=expected) as error:
        run_alg("ite:createterritory", {"CRS": "EPSG:2154", "CONNECTION": name,
                                        "SCHEMA": "other"})
    assert "Traceback" not in str(error.value) and "nope" not in str(error.value)
    admin = postgres_server.connect()
    assert _rows(admin, "SELECT count(*) FROM pg_database WHERE datname = 'ite'") == [(1,)]
    admin.close()


def test_the_roles_as_a_script_for_a_dba(run_alg, pg_connection, postgres_server, tmp_path):
    script = tmp_path / "roles.sql"
    run_alg("ite:createterritory", {"CRS": "EPSG:2154", "CONNECTION": pg_connection,
                                    "SCHEMA": "by_dba", "ROLES": 1, "ROLES_SCRIPT": str(script)})
    text = script.read_text(encoding="utf-8")
    assert "psql" in text and "CREATE ROLE" in text and "ROW LEVEL SECURITY" in text
    admin = postgres_server.connect()
    assert _rows(admin, "SELECT count(*) FROM pg_roles WHERE rolname LIKE 'by_dba%%'") == [(0,)]
    # The DBA runs it with psql.
    psql = subprocess.run(
        [str(postgres_server.bindir / "psql"), "-X", "-q", "-h", "127.0.0.1", "-p",
         str(postgres_server.port), "-U", "ite_admin", "-d", "ite", "-f", str(script)],
        env={**os.environ, "PGPASSWORD": postgres_server.dsn()["password"]},
        capture_output=True, text=True, check=False,
    )
    assert psql.returncode == 0, psql.stderr
    assert _rows(admin, "SELECT count(*) FROM pg_roles WHERE rolname LIKE 'by_dba%%'") == [(4,)]
    admin.close()


# ---------------------------------------------------------------- roles


BASE = ("sites", "resources", "flows", "synergy_reviews", "history", "site_history",
        "site_masks", "public_settings", "nace_divisions")


@pytest.mark.parametrize("user", ["paul", "carla"])
def test_public_and_company_cannot_read_base_tables_by_any_route(territory, postgres_server,
                                                                 user):
    connection = _as(postgres_server, user)
    connection.autocommit = True
    for table in BASE:
        if user == "carla" and table in ("sites", "resources"):
            continue  # row-level security: her own rows only (next test)
        _refused(connection, f"SELECT * FROM {SCHEMA}.{table}")
        _refused(connection, f"COPY {SCHEMA}.{table} TO STDOUT")
        _refused(connection, f"COPY (SELECT * FROM {SCHEMA}.{table}) TO STDOUT")
    # Functions: the trigger functions cannot be called, and no function reads a table for them.
    _refused(connection, f"SELECT {SCHEMA}.ite_record_history()")
    _refused(connection, f"SELECT {SCHEMA}.ite_check_version()")
    # A function of their own (pg_temp is open to every role) sees the public values only:
    # the views are security barriers.
    _run(connection, "CREATE FUNCTION pg_temp.leak(t text) RETURNS boolean LANGUAGE plpgsql "
                      "COST 0.0000001 AS $$ BEGIN RAISE NOTICE 'seen: %', t; RETURN true; END $$")
    connection.notices.clear()
    names = _rows(connection, f"SELECT name FROM {SCHEMA}.public_sites "
                              "WHERE pg_temp.leak(name) AND pg_temp.leak(site_id)")
    seen = " ".join(connection.notices)
    assert "seen: site-001" in seen  # the function did run, on the public values
    sites = territory[0]
    for _index, site in sites[sites["confidential"] == 1].iterrows():
        if user == "carla" and site["site_id"] == COMPANY_SITE:
            continue
        assert site["name"] not in seen and site["site_id"] not in seen
        assert site["name"] not in {row[0] for row in names}
    connection.close()


def test_a_company_sees_and_edits_its_own_site_only(territory, postgres_server):
    carla = _as(postgres_server, "carla")
    carla.autocommit = True
    assert _rows(carla, f"SELECT site_id FROM {SCHEMA}.sites") == [(COMPANY_SITE,)]
    own = territory[1][territory[1]["site_id"] == COMPANY_SITE]
    assert sorted(r[0] for r in _rows(carla, f"SELECT resource_id FROM {SCHEMA}.resources")) == \
        sorted(own["resource_id"])
    assert _rows(carla, f"SELECT site_id FROM {SCHEMA}.company_roles") == [(COMPANY_SITE,)]
    with carla.cursor() as cursor:
        cursor.execute(f"UPDATE {SCHEMA}.sites SET employees = 1, row_version = row_version + 1 "
                       "WHERE site_id = 'DK17'")
        assert cursor.rowcount == 0  # another company's site: invisible, untouched
        cursor.execute(f"UPDATE {SCHEMA}.sites SET employees = 55, row_version = row_version + 1 "
                       "WHERE site_id = %s", (COMPANY_SITE,))
        assert cursor.rowcount == 1
    _refused(carla, f"INSERT INTO {SCHEMA}.resources (resource_id, site_id, direction) "
                    "VALUES ('C1', 'DK17', 'supply')", pattern="row-level security")
    _refused(carla, f"INSERT INTO {SCHEMA}.company_roles VALUES ('acme', 'DK17')")
    # Everyone else's rows only through the public views.
    public = dict(_rows(carla, f"SELECT site_id, name FROM {SCHEMA}.public_sites"))
    assert "DK17" not in public and len(public) == len(territory[0])
    carla.close()


def test_an_analyst_reads_everything_and_writes_nothing(territory, postgres_server):
    bob = _as(postgres_server, "bob")
    bob.autocommit = True
    assert _rows(bob, f"SELECT count(*) FROM {SCHEMA}.sites") == [(len(territory[0]),)]
    assert _rows(bob, f"SELECT count(*) FROM {SCHEMA}.history")[0][0] > 0
    for sql in (f"UPDATE {SCHEMA}.sites SET name = 'x'",
                f"DELETE FROM {SCHEMA}.resources",
                f"INSERT INTO {SCHEMA}.sites (site_id) VALUES ('B1')",
                f"INSERT INTO {SCHEMA}.synergy_reviews (synergy_id) VALUES ('B1')",
                f"INSERT INTO {SCHEMA}.history (table_name, action, changed_by) "
                "VALUES ('x', 'x', 'x')",
                f"COPY {SCHEMA}.sites FROM STDIN",
                f"TRUNCATE {SCHEMA}.flows",
                f"DROP TABLE {SCHEMA}.flows",
                f"CREATE TABLE {SCHEMA}.mine (x int)"):
        _refused(bob, sql)
    bob.close()


def test_public_views_follow_the_rules_of_the_public_copy(territory, postgres_server):
    import numpy as np
    import shapely

    from ite_qgis.core.publishing.public import protect_territory

    sites, resources, flows = territory
    admin = postgres_server.connect()
    sites, resources = sites.copy(), resources.copy()
    # What the database holds now (other tests edit rows): the copy starts from it.
    current = dict(_rows(admin, f"SELECT site_id, employees FROM {SCHEMA}.sites"))
    sites["employees"] = sites["site_id"].map(current).astype(float)
    admin.close()
    expected = protect_territory(sites, resources, flows, lang="en")
    paul = _as(postgres_server, "paul")
    view = {row[0]: row for row in _rows(
        paul, f"SELECT site_id, name, operator, address, employees, ST_AsBinary(geom) "
              f"FROM {SCHEMA}.public_sites")}
    assert set(view) == set(expected.sites["site_id"])
    true_points = dict(zip(sites["site_id"].map(lambda s: expected.public_ids.get(s, s)),
                           sites.geometry, strict=True))
    for _index, row in expected.sites.iterrows():
        got = view[row["site_id"]]
        assert got[1:4] == (row["name"], row["operator"], row["address"])
        assert got[4] == pytest.approx(row["employees"], rel=1e-12)
        moved = shapely.from_wkb(bytes(got[5])).distance(true_points[row["site_id"]])
        if row["site_id"] in expected.public_names and row["site_id"].startswith("site-"):
            assert 300 - 1e-6 <= moved <= 1000 + 1e-6  # 30 % to 100 % of the 1 km radius
        else:
            assert moved == 0
    got = {r[0]: r for r in _rows(paul, f"SELECT resource_id, site_id, description, quantity, "
                                         f"cost_eur_per_unit FROM {SCHEMA}.public_resources")}
    for _index, row in expected.resources.iterrows():
        mine = got[row["resource_id"]]
        assert mine[1] == row["site_id"] and (mine[2] or "") == (row["description"] or "")
        for value, want in zip(mine[3:], (row["quantity"], row["cost_eur_per_unit"]), strict=True):
            assert (value is None and (want is None or math.isnan(want))) or \
                value == pytest.approx(want, rel=1e-12)
    got = {r[0]: r for r in _rows(paul, f"SELECT flow_id, from_site, to_site, quantity "
                                         f"FROM {SCHEMA}.public_flows")}
    for _index, row in expected.flows.iterrows():
        assert got[row["flow_id"]][1:3] == (row["from_site"], row["to_site"])
        assert got[row["flow_id"]][3] == pytest.approx(row["quantity"], rel=1e-12)
    assert np.isin(list(expected.public_ids.values()), list(view)).all()
    paul.close()


# ---------------------------------------------------------------- injection, concurrency


def test_injection_attempts_are_stored_as_text(territory, postgres_server, run_alg,
                                               pg_connection):
    import geopandas as gpd
    import shapely

    from ite_qgis.qgis_bridge.postgis import import_tables

    evil = ["x'); DROP TABLE dunkirk.sites; --", "Robert'); DELETE FROM dunkirk.history;--",
            "$$; DROP SCHEMA dunkirk CASCADE; $$", "\\'; SELECT pg_sleep(10); --"]
    frame = gpd.GeoDataFrame({"site_id": [f"INJ{i} {text}" for i, text in enumerate(evil)],
                              "name": evil, "operator": evil, "confidential": [0] * len(evil)},
                             geometry=[shapely.Point(650000, 7100000)] * len(evil), crs=2154)
    import_tables(pg_connection, SCHEMA, 2154, {"sites": frame})
    alice = _as(postgres_server, "alice")
    alice.autocommit = True
    with alice.cursor() as cursor:
        cursor.execute(f"INSERT INTO {SCHEMA}.synergy_reviews (synergy_id, comment) "
                       "VALUES (%s, %s)", (evil[0], evil[1]))
    stored = _rows(alice, f"SELECT name FROM {SCHEMA}.sites WHERE site_id LIKE 'INJ%%' "
                          "ORDER BY site_id")
    assert [row[0] for row in stored] == evil
    assert _rows(alice, f"SELECT comment FROM {SCHEMA}.synergy_reviews") == [(evil[1],)]
    assert _rows(alice, f"SELECT count(*) FROM {SCHEMA}.sites")[0][0] == len(territory[0]) + 4
    alice.close()
    for companies in ("acme; DROP ROLE x=DK01", 'a"b=DK01', "Acme=DK01", "acme="):
        with pytest.raises(QgsProcessingException, match="not a plain name|Cannot read"):
            run_alg("ite:createterritory", {"CRS": "EPSG:2154", "CONNECTION": pg_connection,
                                            "SCHEMA": "inj", "COMPANIES": companies})
    # A site id is a value: stored as text in company_roles, never run.
    quoted = "DK01') OR ('1'='1"
    run_alg("ite:createterritory", {"CRS": "EPSG:2154", "CONNECTION": pg_connection,
                                    "SCHEMA": "inj", "COMPANIES": f"acme2={quoted}"})
    admin = postgres_server.connect()
    assert _rows(admin, "SELECT role_name, site_id FROM inj.company_roles") == \
        [("acme2", quoted)]
    assert _rows(admin, f"SELECT count(*) FROM {SCHEMA}.sites")[0][0] == len(territory[0]) + 4
    admin.close()


def test_two_facilitators_edit_at_once(territory, postgres_server):
    import psycopg2

    alice, other = _as(postgres_server, "alice"), _as(postgres_server, "alice2")
    for connection in (alice, other):
        connection.autocommit = False
    read = {c: dict(_rows(c, f"SELECT site_id, row_version FROM {SCHEMA}.sites "
                             "WHERE site_id IN ('DK02', 'DK03')")) for c in (alice, other)}
    alice.commit(), other.commit()
    save = (f"UPDATE {SCHEMA}.sites SET name = %s, row_version = %s WHERE site_id = %s")
    # Different rows: both kept.
    with alice.cursor() as cursor:
        cursor.execute(save, ("by alice", read[alice]["DK02"] + 1, "DK02"))
    with other.cursor() as cursor:
        cursor.execute(save, ("by alice2", read[other]["DK03"] + 1, "DK03"))
    alice.commit(), other.commit()
    names = dict(_rows(alice, f"SELECT site_id, name FROM {SCHEMA}.sites "
                              "WHERE site_id IN ('DK02', 'DK03')"))
    assert names == {"DK02": "by alice", "DK03": "by alice2"}
    alice.commit()
    # The same row, from the version both read: the second save is refused, naming the row.
    with alice.cursor() as cursor:
        cursor.execute(save, ("first", read[alice]["DK03"] + 2, "DK03"))
    alice.commit()
    with pytest.raises(psycopg2.Error) as error, other.cursor() as cursor:
        cursor.execute(save, ("second", read[other]["DK03"] + 2, "DK03"))
    other.rollback()
    assert "DK03" in str(error.value) and "sites" in str(error.value)
    assert "refused" in str(error.value)
    assert _rows(alice, f"SELECT name FROM {SCHEMA}.sites WHERE site_id = 'DK03'") == [("first",)]
    alice.commit()
    history = _rows(alice, f"SELECT changed_by, action, old_values->>'name', new_values->>'name' "
                           f"FROM {SCHEMA}.site_history WHERE site_id = 'DK03' ORDER BY changed_at")
    assert history[0][1] == "insert" and history[0][0] == "ite_admin"
    original = territory[0].set_index("site_id").loc["DK03", "name"]
    assert history[-2:] == [("alice2", "update", original, "by alice2"),
                            ("alice", "update", "by alice2", "first")]
    alice.close(), other.close()


def test_two_qgis_layers_editing_the_same_site(territory, postgres_server, pg_connection):
    """Two QGIS sessions (two layers) change the same site: the second save is refused with the
    row named, the first one stays."""
    from qgis.core import QgsVectorLayer

    from ite_qgis.qgis_bridge.postgis import connection_uri, layer_uri
    from ite_qgis.qgis_bridge.territory import configure_forms

    def session(user):
        uri = connection_uri(pg_connection)
        uri.setUsername(user)
        uri.setPassword(PASSWORD)
        layers = {name: QgsVectorLayer(layer_uri(uri, SCHEMA, name), name, "postgres")
                  for name in ("sites", "resources", "flows", "catalogue_resources",
                               "nace_codes")}
        configure_forms(layers)
        return layers["sites"]

    first, second = session("alice"), session("alice2")
    features = []
    for layer in (first, second):
        layer.startEditing()
        features.append(next(layer.getFeatures("site_id = 'DK05'")))
    field = first.fields().indexOf("address")
    assert first.changeAttributeValue(features[0].id(), field, "first address")
    assert second.changeAttributeValue(features[1].id(), field, "second address")
    assert first.commitChanges()
    assert not second.commitChanges()
    errors = " ".join(second.commitErrors())
    assert "DK05" in errors and "refused" in errors
    second.rollBack()
    admin = postgres_server.connect()
    assert _rows(admin, f"SELECT address FROM {SCHEMA}.sites WHERE site_id = 'DK05'") == \
        [("first address",)]
    admin.close()


def test_outputs_written_into_the_territory_reach_the_team_only(territory, run_alg,
                                                                 pg_connection, postgres_server):
    """A synergy table the owner writes into the schema (a postgis: destination): facilitators
    review it, analysts read it, the public and company roles cannot reach it."""
    from qgis.core import QgsVectorLayer

    from ite_qgis.qgis_bridge.postgis import connection_uri, layer_uri

    uri = connection_uri(pg_connection)
    layers = {name: QgsVectorLayer(layer_uri(uri, SCHEMA, name), name, "postgres")
              for name in ("sites", "resources")}
    found = run_alg("ite:findsynergies", {
        "SITES": layers["sites"], "RESOURCES": layers["resources"],
        "SYNERGIES": destination(uri, SCHEMA, "synergies")})
    assert found["SYNERGIES"]
    admin = postgres_server.connect()
    _run(admin, f"ALTER TABLE {SCHEMA}.synergies ADD COLUMN status text, ADD COLUMN comment text")
    count = _rows(admin, f"SELECT count(*) FROM {SCHEMA}.synergies")[0][0]
    assert count > 10
    admin.close()
    alice = _as(postgres_server, "alice")
    alice.autocommit = True
    _run(alice, f"UPDATE {SCHEMA}.synergies SET status = 'accepted', comment = %s "
                "WHERE supplier_site = 'DK01'", ("seen with the plant",))
    alice.close()
    bob = _as(postgres_server, "bob")
    assert _rows(bob, f"SELECT count(*) FROM {SCHEMA}.synergies WHERE status = 'accepted'")[0][0]
    _refused(bob, f"UPDATE {SCHEMA}.synergies SET status = 'rejected'")
    bob.close()
    for user in ("paul", "carla"):
        connection = _as(postgres_server, user)
        _refused(connection, f"SELECT * FROM {SCHEMA}.synergies")
        connection.close()


# ---------------------------------------------------------------- suggested codes


def test_the_code_suggested_flag_is_zero_or_one_and_kept_on_import(territory, postgres_server,
                                                                   pg_connection):
    import pandas as pd
    from psycopg2.extras import execute_values
    from qgis.core import QgsVectorLayer

    from ite_qgis.core.reference.catalogue import load_catalogue
    from ite_qgis.core.territory.inventory_import import import_inventory
    from ite_qgis.core.territory.postgis_schema import insert_rows
    from ite_qgis.qgis_bridge.postgis import connection_uri, layer_uri

    admin = postgres_server.connect()
    column = _rows(admin, "SELECT data_type, is_nullable, column_default FROM "
                          "information_schema.columns WHERE table_schema = %s AND "
                          "table_name = 'resources' AND column_name = 'code_suggested'", (SCHEMA,))
    assert column == [("integer", "NO", "0")]
    assert _rows(admin, f"SELECT DISTINCT code_suggested FROM {SCHEMA}.resources") == [(0,)]
    # Every change below is rolled back: the other tests see the sample as it was.
    admin.autocommit = False
    insert = (f"INSERT INTO {SCHEMA}.resources (resource_id, site_id, direction, code_suggested) "
              "VALUES (%s, 'DK01', 'supply', %s)")
    _run(admin, insert, ("X0", 0))
    _run(admin, insert, ("X1", 1))
    _run(admin, f"INSERT INTO {SCHEMA}.resources (resource_id, site_id, direction) "
                "VALUES ('XD', 'DK01', 'supply')")
    assert _rows(admin, f"SELECT resource_id, code_suggested FROM {SCHEMA}.resources "
                        "WHERE resource_id LIKE 'X%%' ORDER BY resource_id") == [
        ("X0", 0), ("X1", 1), ("XD", 0)]
    for value, pattern in ((2, "check constraint"), (-1, "check constraint"),
                           (None, "null value")):
        _run(admin, "SAVEPOINT flag")
        _refused(admin, insert, ("X2", value), pattern=pattern)
        _run(admin, "ROLLBACK TO SAVEPOINT flag")
    # An imported inventory's suggested code, added to the table as the plugin adds rows.
    table = pd.DataFrame({"site_id": ["Q1", "Q1"], "x": ["652000"] * 2, "y": ["7104000"] * 2,
                          "direction": ["supply"] * 2, "resource": ["", "10 02 10"],
                          "description": ["laitier d'aciérie", "calamine"],
                          "quantity": ["50", "40"], "unit": ["t/yr"] * 2})
    result = import_inventory(table, catalogue=load_catalogue(), source_crs="EPSG:2154")
    for name, frame in (("sites", result.sites), ("resources", result.resources)):
        sql, template, rows = insert_rows(SCHEMA, name, frame, 2154)
        with admin.cursor() as cursor:
            execute_values(cursor, sql, rows, template=template)
    stored = dict(_rows(admin, f"SELECT description, code_suggested FROM {SCHEMA}.resources "
                               "WHERE site_id = 'Q1'"))
    assert stored == {"laitier d'aciérie": 1, "calamine": 0}
    # The public view shows the flag as it is.
    assert dict(_rows(admin, f"SELECT r.description, p.code_suggested FROM "
                             f"{SCHEMA}.public_resources AS p JOIN {SCHEMA}.resources AS r "
                             "USING (resource_id) WHERE r.site_id = 'Q1'")) == stored
    # Clearing the flag after review is an ordinary edit; 2 is refused there too.
    clear = (f"UPDATE {SCHEMA}.resources SET code_suggested = %s, row_version = row_version + 1 "
             "WHERE site_id = 'Q1'")
    _run(admin, "SAVEPOINT flag")
    _refused(admin, clear, (2,), pattern="check constraint")
    _run(admin, "ROLLBACK TO SAVEPOINT flag")
    _run(admin, clear, (0,))
    assert _rows(admin, f"SELECT DISTINCT code_suggested FROM {SCHEMA}.resources "
                        "WHERE site_id = 'Q1'") == [(0,)]
    admin.rollback()
    admin.close()
    # The form: a checkbox, 0 for a new row.
    uri = connection_uri(pg_connection)
    layer = QgsVectorLayer(layer_uri(uri, SCHEMA, "resources"), "resources", "postgres")
    index = layer.fields().indexOf("code_suggested")
    assert layer.editorWidgetSetup(index).type() == "CheckBox"
    assert layer.defaultValueDefinition(index).expression() == "0"
